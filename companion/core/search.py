"""Text as full-text search sees it, the same on the stored side and on the query side.

Both sides are case-folded, compatibility-normalised (full-width letters, half-width kana) and
stripped of accents (Greek tonos, Latin diacritics), then recomposed, so Hangul stays in
syllables and Japanese keeps its voiced kana: "감사" is found in "감사합니다", "が" is not "か",
"ευχαριστω" is found in "Ευχαριστώ". Only words are kept, one space apart, with a space at both
ends.

A word in a script written without spaces between words (Japanese, Chinese) or with particles
glued to words (Korean) is looked for anywhere; any other word is looked for where a word starts,
as prefix search always did ("thank" finds "thanks", "ank" does not).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_WORD = re.compile(r"\w+")

# Kana voicing marks are not accents: が and か are different sounds and different words.
_KEPT_MARKS = frozenset("\u3099\u309a")


def fold(text: str) -> str:
    """Lower-case, accent-free, recomposed form of ``text`` (what is compared)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(
        char for char in decomposed if char in _KEPT_MARKS or not unicodedata.combining(char)
    )
    return unicodedata.normalize("NFC", kept)


def words(text: str) -> list[str]:
    """The folded words of ``text``; punctuation and search syntax are dropped."""
    return _WORD.findall(fold(text))


def search_text(*fields: str) -> str:
    """What the index holds for a row: the folded words of every field, one space apart."""
    found = [word for field in fields for word in words(field)]
    return f" {' '.join(found)} " if found else ""


def is_unspaced(word: str) -> bool:
    """True when ``word`` holds Hangul, kana or Han, whose words are found inside longer runs."""
    for char in word:
        code = ord(char)
        if (
            0xAC00 <= code <= 0xD7A3  # Hangul syllables
            or 0x1100 <= code <= 0x11FF  # Hangul jamo
            or 0x3130 <= code <= 0x318F  # Hangul compatibility jamo
            or 0x3040 <= code <= 0x30FF  # hiragana, katakana
            or 0x31F0 <= code <= 0x31FF  # katakana extensions
            or 0x3400 <= code <= 0x4DBF  # Han extension A
            or 0x4E00 <= code <= 0x9FFF  # Han
            or 0xF900 <= code <= 0xFAFF  # Han compatibility
            or 0x20000 <= code <= 0x3FFFF  # Han extensions B and on
        ):
            return True
    return False


@dataclass(frozen=True, slots=True)
class SearchTerms:
    """A search box entry split by how each word is looked for; a row must hold every one.

    ``words`` start a word of the row (a word index with prefixes answers them); ``pieces``
    are Hangul, kana or Han found anywhere (a trigram index answers them); ``scanned`` are such
    pieces shorter than a trigram, looked for by reading the rows.
    """

    words: tuple[str, ...]
    pieces: tuple[str, ...]
    scanned: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.words or self.pieces or self.scanned)


TRIGRAM = 3


def search_terms(query: str) -> SearchTerms:
    """How each word of ``query`` is looked for (see :class:`SearchTerms`)."""
    spaced: list[str] = []
    pieces: list[str] = []
    scanned: list[str] = []
    for word in dict.fromkeys(words(query)):
        if not is_unspaced(word):
            spaced.append(word)
        elif len(word) >= TRIGRAM:
            pieces.append(word)
        else:
            scanned.append(word)
    return SearchTerms(tuple(spaced), tuple(pieces), tuple(scanned))


def fts_phrases(pieces: tuple[str, ...], *, prefix: bool = False) -> str:
    """``pieces`` as an FTS5 query of quoted phrases (each a prefix if asked), all required;
    never FTS syntax."""
    star = "*" if prefix else ""
    return " ".join('"' + piece.replace('"', '""') + '"' + star for piece in pieces)


# --- where a query matches, for highlighting and for searching text held in memory -------------


def _joins_previous(char: str) -> bool:
    """True for a character that folds together with the one before it: an accent typed as a
    separate mark, a half-width voicing mark (ｶﾞ), a Hangul vowel or final written as a letter."""
    if unicodedata.category(char).startswith("M") or char in "\uff9e\uff9f":
        return True
    return 0x1160 <= ord(char) <= 0x11FF


@lru_cache(maxsize=128)
def _folded_with_origins(text: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """:func:`fold` of ``text``, and for each folded character where the characters it was
    folded from start and end in ``text`` (a list repaints the same few texts often)."""
    if text.isascii():
        return text.lower(), tuple(range(len(text))), tuple(range(1, len(text) + 1))
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    start = 0
    while start < len(text):
        end = start + 1
        while end < len(text) and _joins_previous(text[end]):
            end += 1
        piece = fold(text[start:end])
        pieces.append(piece)
        starts.extend([start] * len(piece))
        ends.extend([end] * len(piece))
        start = end
    return "".join(pieces), tuple(starts), tuple(ends)


def _hits(folded: str, word: str) -> list[tuple[int, int]]:
    """Where the folded query ``word`` matches in ``folded``: anywhere for Hangul, kana or Han;
    else where a word starts, the whole word (as the word index finds it by its prefix)."""
    unspaced = is_unspaced(word)
    found: list[tuple[int, int]] = []
    at = folded.find(word)
    while at >= 0:
        end = at + len(word)
        if unspaced:
            found.append((at, end))
        elif at == 0 or not _WORD.match(folded, at - 1):
            while end < len(folded) and _WORD.match(folded, end):
                end += 1
            found.append((at, end))
        at = folded.find(word, at + 1)
    return found


def holds_every_word(query: str, *fields: str) -> bool:
    """True when every word of ``query`` matches somewhere in the fields, by the rules the
    stored search follows (see the module); an empty query holds everywhere."""
    folded = [fold(field) for field in fields]
    return all(any(_hits(field, word) for field in folded) for word in dict.fromkeys(words(query)))


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of what the words of ``query`` match, in order and merged, for
    highlighting: a Japanese word inside a sentence, a Korean word without its ending, a Greek
    or English word from its start to its end, whatever the case and accents on either side."""
    folded, starts, ends = _folded_with_origins(text)
    hits = sorted(hit for word in dict.fromkeys(words(query)) for hit in _hits(folded, word))
    spans: list[tuple[int, int]] = []
    for first, last in hits:
        start, end = starts[first], ends[last - 1]
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
        else:
            spans.append((start, end))
    return spans
