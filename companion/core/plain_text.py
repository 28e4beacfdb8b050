"""A text as its reader sees it, for the rules to read, with the way back to the text itself.

A reply pasted from a web page, a mail program or a ticket system may carry characters nobody
sees: zero-width spaces and joiners, soft hyphens, direction marks, a byte-order mark (Unicode's
"format" characters), variation selectors. Inside a word they hide it from every rule
("fa\\u200bult" is "fault" on the screen), and so do other ways of writing the same letters:
typed full width ("Ｎｏ． Ｗｅ ｃａｎ＇ｔ", a Japanese keyboard's wide mode), half-width
katakana ("ﾑﾘ" for "ムリ", from older systems), letters and accents stored apart (Korean
syllables as their jamo and Greek accents as combining marks, as Mac file names and some PDFs
keep them) and the "bold" letters of social-media posts ("𝐟𝐚𝐮𝐥𝐭"). ``plain`` gives the text
with the hidden characters left out and the rest in their usual form; a ``Plain`` maps what is
found in it back to the text the user wrote, so every mark, Apply and "Ignore here" still lands
on the user's own characters, and a rewrite changes only the words it is about.

Japanese writes digits, punctuation and spaces full width on purpose, and its rules read both
forms: in it only full-width letters are made narrow.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass, field

#: the format characters (category Cf) of the Basic Multilingual Plane and the tags and other
#: format characters above it (a test checks this against the Unicode database), and the other
#: characters Unicode says to ignore when they cannot be shown: the combining grapheme joiner
#: and the variation selectors
_HIDDEN = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
    "\u034f\u180b-\u180d\u180f\ufe00-\ufe0f\U000e0100-\U000e01ef"
)
#: a letter followed by marks stored apart from it: combining accents, the vowel and final
#: jamo of a Korean syllable, the kana sound marks
_APART = "\u0300-\u034e\u0350-\u036f\u1160-\u11ff\u3099\u309a"
#: full-width Latin letters; the other full-width signs and the ideographic space; half-width
#: katakana with their marks; the mathematical alphanumerics ("bold" and "italic" letters)
_WIDE_LETTERS = "\uff21-\uff3a\uff41-\uff5a"
_WIDE_SIGNS = "\u3000\uff01-\uff20\uff3b-\uff40\uff5b-\uff5e"
_HALF_KANA = "\uff61-\uff9f"
_MATH = "\U0001d400-\U0001d7ff"


def _pattern(wide_signs: bool) -> re.Pattern[str]:
    wide = _WIDE_LETTERS + (_WIDE_SIGNS if wide_signs else "")
    others = f"{_HIDDEN}{wide}{_MATH}{_HALF_KANA}"
    return re.compile(
        f"(?P<hidden>[{_HIDDEN}]+)|(?P<apart>[^{others}][{_APART}]+)"
        f"|(?P<kana>[{_HALF_KANA}][\uff9e\uff9f]?)|(?P<wide>[{wide}{_MATH}])"
    )


_PATTERNS = {True: _pattern(True), False: _pattern(False)}
#: languages that write digits, punctuation and spaces full width on purpose
_WIDE_WRITERS = frozenset({"ja"})


@dataclass(frozen=True, slots=True)
class Plain:
    """``text`` as its reader sees it, made from a text of ``length`` characters. From the
    character at ``at[k]`` of ``text`` on (up to the next ``at``), each lies ``skipped[k]``
    characters further on in the original; the characters in ``widths`` stand for that many
    there (a syllable stored as its jamo, a kana and its sound mark)."""

    text: str
    length: int
    at: tuple[int, ...]
    skipped: tuple[int, ...]
    widths: dict[int, int] = field(default_factory=dict)

    def start(self, i: int) -> int:
        """Where the character at ``i`` of ``text`` starts in the original (``len(text)``:
        its end)."""
        if i >= len(self.text):
            return self.length
        k = bisect.bisect_right(self.at, i) - 1
        return i + (self.skipped[k] if k >= 0 else 0)

    def end(self, i: int) -> int:
        """Where a stretch of ``text`` that ends at ``i`` ends in the original."""
        if i <= 0:
            return 0
        last = min(i, len(self.text)) - 1
        return self.start(last) + self.widths.get(last, 1)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Where the stretch ``text[start:end]`` lies in the original; an empty one is a place
        between two characters (at 0: the start, which is also where a finding about the whole
        text stands)."""
        if end <= start:
            place = self.start(start) if start else 0
            return place, place
        return self.start(start), self.end(end)

    def index(self, j: int) -> int:
        """Where a place at ``j`` of the original is in ``text`` (before the first character
        that starts there or after it)."""
        lo, hi = 0, len(self.text)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.start(mid) < j:
                lo = mid + 1
            else:
                hi = mid
        return lo

    def put_back(self, original: str, changed: str) -> str:
        """``original`` with the change that turned ``text`` into ``changed`` made to it: the
        user's own characters kept wherever the change did not reach, and the words it reached
        written whole in their usual form (never "tｈｉｓ")."""
        old = self.text
        same = min(len(old), len(changed))
        a = 0
        while a < same and old[a] == changed[a]:
            a += 1
        b = 0
        while b < same - a and old[-1 - b] == changed[-1 - b]:
            b += 1
        # a change that starts or ends inside a word takes the whole word
        after = changed[a : len(changed) - b][:1] + old[a : len(old) - b][:1]
        if a > 0 and old[a - 1].isalnum() and any(c.isalnum() for c in after):
            while a > 0 and old[a - 1].isalnum():  # the part before is the same in both
                a -= 1
        before = changed[a : len(changed) - b][-1:] + old[a : len(old) - b][-1:]
        if b > 0 and old[len(old) - b].isalnum() and any(c.isalnum() for c in before):
            while b > 0 and old[len(old) - b].isalnum():
                b -= 1
        lo = self.start(a)
        hi = self.end(len(old) - b) if len(old) - b > a else lo
        return original[:lo] + changed[a : len(changed) - b] + original[hi:]


def plain(text: str, lang: str = "") -> Plain | None:
    """``text``, read in ``lang``, as its reader sees it (see the module), or None when it is so
    already (the usual case, found in one scan). In Japanese, full-width digits, punctuation and
    spaces stay as they are."""
    pattern = _PATTERNS[lang not in _WIDE_WRITERS]
    if pattern.search(text) is None:
        return None
    out: list[str] = []
    at: list[int] = []
    skipped: list[int] = []
    widths: dict[int, int] = {}
    made = 0  # characters in out
    copied = 0  # text before this is in out
    for found in pattern.finditer(text):
        i, j = found.span()
        out.append(text[copied:i])
        made += i - copied
        copied = j
        kind, piece = found.lastgroup, found.group()
        if kind == "hidden":
            new = ""
        elif kind == "apart":
            new = unicodedata.normalize("NFC", piece)
        elif kind == "kana" or (len(piece) == 1 and piece >= "\U0001d400"):
            new = unicodedata.normalize("NFKC", piece)
        elif piece == "\u3000":
            new = " "
        else:  # a full-width letter or sign
            new = chr(ord(piece) - 0xFEE0)
        if len(new) not in (1, len(piece)) and kind != "hidden":
            new = piece  # no one form for it: left as written
        if len(new) == 1 and len(piece) > 1:
            widths[made] = len(piece)
        out.append(new)
        made += len(new)
        if len(new) != len(piece):
            at.append(made)
            skipped.append(j - made)
    out.append(text[copied:])
    return Plain("".join(out), len(text), tuple(at), tuple(skipped), widths)
