"""Text from the user's data made safe to print: what a terminal would act on is shown instead.

A quote imported from a file may hold ANSI escapes that clear the screen, retitle the window or
hide the rest of a line, and bidirectional overrides that print words in another order than they
are stored. Commands print such text through :func:`visible`, and JSON through :func:`json_text`.
"""

from __future__ import annotations

import json
import re

# C0 controls but newline and tab, DEL, C1 controls (U+009B is CSI on some terminals), the
# bidirectional embeddings, overrides and isolates, and half characters (which stdout refuses).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
# What json.dumps(ensure_ascii=False) leaves as it is (it always escapes C0 itself).
_UNSAFE_IN_JSON = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def _shown(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """``text`` with every character a terminal would act on written out as an escape such as
    ``\\x1b`` or ``\\u202e``; newlines and tabs stay, and a Windows line end is a newline."""
    return _UNSAFE.sub(_shown, text.replace("\r\n", "\n"))


def json_text(value: object, *, indent: int | None = None) -> str:
    """``value`` as JSON that keeps non-ASCII text readable, with ``\\u`` escapes for what
    json.dumps would leave raw but a terminal would act on. It is still the same JSON value."""
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _UNSAFE_IN_JSON.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def display_width(text: str) -> int:
    """How many columns ``text`` takes in a terminal: wide characters (Hangul, kana, Han) take
    two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def right_aligned(text: str, width: int) -> str:
    """``text`` padded on the left to ``width`` columns (as wide characters show)."""
    return " " * max(0, width - display_width(text)) + text
