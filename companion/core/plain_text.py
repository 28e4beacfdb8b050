"""A text as its reader sees it, for the rules to read, with the way back to the text itself.

A reply pasted from a web page, a mail program or a ticket system may carry characters nobody
sees: zero-width spaces and joiners, soft hyphens, direction marks, a byte-order mark (Unicode's
"format" characters). Inside a word they hide it from every rule ("fa\\u200bult" is "fault" on
the screen), and so do letters typed full width ("ｆａｕｌｔ", a Japanese keyboard's wide mode)
and half-width katakana ("ﾑﾘ" for "ムリ", from older systems). ``plain`` gives the text with
the hidden characters left out and those letters in their usual form; a ``Plain`` maps what is
found in it back to the text the user wrote, so every mark, Apply and "Ignore here" still
lands on the user's own characters.

Full-width digits and punctuation stay as they are: Japanese writes them so and the Japanese
rules read both forms.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

#: the format characters (category Cf) of the Basic Multilingual Plane and the tags and other
#: format characters above it (a test checks this against the Unicode database)
_HIDDEN = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
#: full-width Latin letters, and half-width katakana with their marks
_WIDE_LETTERS = "\uff21-\uff3a\uff41-\uff5a"
_HALF_KANA = "\uff61-\uff9f"
_NOT_PLAIN = re.compile(f"[{_HIDDEN}{_WIDE_LETTERS}{_HALF_KANA}]")
_IS_HIDDEN = re.compile(f"[{_HIDDEN}]")
#: the half-width voiced and semi-voiced sound marks, one character with the kana before them
_SOUND_MARKS = "\uff9e\uff9f"


@dataclass(frozen=True, slots=True)
class Plain:
    """``text`` as its reader sees it, made from a text of ``length`` characters. From the
    character at ``at[k]`` of ``text`` on (up to the next ``at``), each lies ``skipped[k]``
    characters further on in the original; the characters in ``doubled`` stand for two there
    (a half-width kana and its sound mark)."""

    text: str
    length: int
    at: tuple[int, ...]
    skipped: tuple[int, ...]
    doubled: frozenset[int]

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
        return self.start(last) + (2 if last in self.doubled else 1)

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
        user's own characters kept wherever the change did not reach."""
        old = self.text
        same = min(len(old), len(changed))
        a = 0
        while a < same and old[a] == changed[a]:
            a += 1
        b = 0
        while b < same - a and old[-1 - b] == changed[-1 - b]:
            b += 1
        lo = self.start(a)
        hi = self.end(len(old) - b) if len(old) - b > a else lo
        return original[:lo] + changed[a : len(changed) - b] + original[hi:]


def plain(text: str) -> Plain | None:
    """``text`` as its reader sees it (see the module), or None when it is so already (the
    usual case, found in one scan)."""
    if _NOT_PLAIN.search(text) is None:
        return None
    out: list[str] = []
    at: list[int] = []
    skipped: list[int] = []
    doubled: set[int] = set()
    made = 0  # characters in out
    gone = 0  # characters of text not in out so far
    copied = 0  # text before this is in out
    for found in _NOT_PLAIN.finditer(text):
        i = found.start()
        if i < copied:  # the sound mark of a kana joined already
            continue
        out.append(text[copied:i])
        made += i - copied
        copied = i + 1
        ch = found.group()
        if _IS_HIDDEN.match(ch):
            gone += 1
            at.append(made)
            skipped.append(gone)
            continue
        if ch >= "\uff61":  # half-width katakana
            pair = text[i : i + 2]
            joined = unicodedata.normalize("NFKC", pair)
            if len(pair) == 2 and pair[1] in _SOUND_MARKS and len(joined) == 1:
                doubled.add(made)
                gone += 1
                copied += 1
                at.append(made + 1)
                skipped.append(gone)
            else:
                joined = unicodedata.normalize("NFKC", ch)
                if len(joined) != 1:
                    joined = ch
        else:  # a full-width Latin letter
            joined = chr(ord(ch) - 0xFEE0)
        out.append(joined)
        made += 1
    out.append(text[copied:])
    return Plain("".join(out), len(text), tuple(at), tuple(skipped), frozenset(doubled))
