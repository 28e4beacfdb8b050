"""Flesch reading ease of English-like text, counted in a few whole-text passes.

Syllables are counted as vowel groups minus a silent final e, at least one per word: the usual
approximation. ASCII text (most replies) is counted on byte classes, since bytes.translate and
bytes.count run in C without a Python object per match; other text by the regular expressions
below, which define what is counted.
"""

from __future__ import annotations

import re

from companion.core.checker.layout import ASCII_SPACE, ascii_table

VOWEL_GROUPS = re.compile(r"[aeiouyäöüéèêáàíóúæøå]+")
SILENT_E = re.compile(r"[b-df-hj-km-np-tv-xz]e(?![^\W\d_])")
#: a run of end marks before a space or the end, or a line that ends without one (a newline
#: ends a sentence, as the layout reads it: list items, greetings, headings)
SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|[^\s.!?…][^\S\n]*(?=\n)")
_TRAILING_SPACES = re.compile(rb" +n")
_X = ord("x")

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_CONSONANTS = "bcdfghjkmnpqrstvwxz"  # as in SILENT_E: no l, no vowels
_VOWEL_TABLE = ascii_table({"aeiouyAEIOUY": "v"}, " ")
_SILENT_E_TABLE = ascii_table(
    {_LETTERS + _LETTERS.upper(): "l", _CONSONANTS + _CONSONANTS.upper(): "c", "eE": "e"}, " "
)
_SENTENCE_END_TABLE = ascii_table({".!?": ".", ASCII_SPACE.replace("\n", ""): " ", "\n": "n"}, "x")
#: Common non-ASCII punctuation and a stand-in of the same kind for counting (none is a letter,
#: a space or a vowel; "…" ends a sentence like "."), so most replies take the fast path.
_ASCII_STAND_INS = (
    ("’", "'"),
    ("‘", "'"),
    ("“", '"'),
    ("”", '"'),
    ("–", "-"),
    ("—", "-"),
    ("…", "."),
)


def sentences_and_syllables(text: str) -> tuple[int, int]:
    """(sentences, syllables) of ``text``: matches of SENTENCE_END, and matches of VOWEL_GROUPS
    less those of SILENT_E in the lower-cased text."""
    if not text.isascii():
        for char, stand_in in _ASCII_STAND_INS:
            if char in text:
                text = text.replace(char, stand_in)
    if not text.isascii():
        low = text.lower()
        sentences = len(SENTENCE_END.findall(text))
        return sentences, len(VOWEL_GROUPS.findall(low)) - len(SILENT_E.findall(low))
    raw = text.encode("ascii")
    ends = raw.translate(_SENTENCE_END_TABLE)
    # a run of end marks followed by a space, a newline or the end of the text; a line ending
    # in anything else (spaces aside)
    sentences = ends.count(b". ") + ends.count(b".n") + ends.endswith(b".") + ends.count(b"xn")
    if b" n" in ends:  # spaces at the end of a line (rare)
        sentences += sum(
            m.start() > 0 and ends[m.start() - 1] == _X for m in _TRAILING_SPACES.finditer(ends)
        )
    vowels = raw.translate(_VOWEL_TABLE)
    groups = vowels.count(b" v") + vowels.startswith(b"v")
    letters = raw.translate(_SILENT_E_TABLE)
    silent = letters.count(b"ce ") + letters.endswith(b"ce")
    return sentences, groups - silent


def flesch(words: int, sentences: int, syllables: int) -> float:
    """Flesch reading ease from the three counts (at least one sentence, a syllable a word)."""
    sentences = max(1, sentences)
    syllables = max(syllables, words)
    return round(206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words), 1)


def reading_ease(text: str) -> tuple[int, int, float | None]:
    """Flesch reading ease of English-like text: (words, sentences, ease or None if too short)."""
    words = len(text.split())
    if words < 30:
        return words, 0, None
    sentences, syllables = sentences_and_syllables(text)
    return words, max(1, sentences), flesch(words, sentences, syllables)
