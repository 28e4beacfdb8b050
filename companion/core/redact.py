"""Hide a customer's personal data in a quote before it is kept (happy file, exports, sharing).

Four kinds are found: e-mail addresses, phone numbers (via the ``phonenumbers`` library, which
knows real numbering plans and so leaves dates and ordinary numbers alone), payment card numbers
(digit pattern plus a Luhn check, so long invoice totals stay visible) and order/account numbers
recognised by their label ("order #", "account no.", "ticket #", "ref"). Offsets in the returned
spans are positions in the *original* text so a preview can highlight them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import phonenumbers

RedactionKind = Literal["email", "phone", "card", "order"]

KINDS: tuple[RedactionKind, ...] = ("email", "card", "order", "phone")
"""Every kind, in the order they win when two overlap (an e-mail beats a phone inside it)."""

REPLACEMENTS: dict[RedactionKind, str] = {
    "email": "[email]",
    "phone": "[phone]",
    "card": "[card]",
    "order": "[order]",
}

DEFAULT_REGIONS: tuple[str, ...] = ("US",)
"""Regions used to read numbers written without a country code; "+" numbers work everywhere."""

_MIN_PHONE_TRIES = 1000
"""The phone matcher gives up after this many candidates, or one per character of a longer
text, so every number in a long paste is still looked at."""


@dataclass(frozen=True, slots=True)
class RedactedSpan:
    """One replaced piece of the original: ``text[start:end]`` became ``replacement``."""

    start: int
    end: int
    kind: RedactionKind
    replacement: str


@dataclass(frozen=True, slots=True)
class Redaction:
    """The redacted text and what was hidden, in order of position."""

    text: str
    spans: tuple[RedactedSpan, ...]

    @property
    def changed(self) -> bool:
        return bool(self.spans)


# Local part: RFC 5322 "atext" plus dots; domain: labels then a letter-led top-level label
# (covers punycode "xn--" domains). Leading quote/brace characters are trimmed below because in
# prose they are almost always punctuation around the address, not part of it.
_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+"
    r"@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+"
    r"[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?",
)
_EMAIL_LEADING_PUNCTUATION = "'`{"

# 13 to 19 digits, optionally grouped with single spaces or dashes, not glued to other digits.
_CARD = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?![\d])")

# A label such as "order #", "order no.", "account number is", "ref:", "ticket #" followed by an
# identifier that holds at least one digit. Only the identifier is replaced so the sentence
# still reads ("your order #[order] shipped").
_ORDER = re.compile(
    r"\b(?:order|account|acct|invoice|ticket|case|ref|reference|booking|confirmation|tracking"
    r"|customer|membership|policy|claim)"
    r"(?:\s*(?:number|num|no|nr|id|code)\b\.?)?"
    r"(?:\s+is)?"
    r"\s*[:#]?\s*(?:#\s*)?"
    r"(?P<id>(?=[A-Za-z0-9-]*\d)[A-Za-z0-9][A-Za-z0-9-]{2,}[A-Za-z0-9])",
    re.IGNORECASE,
)


def luhn_valid(digits: str) -> bool:
    """True when the digit string passes the Luhn checksum used by every payment card."""
    if not digits.isdigit() or not digits.isascii():
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _email_spans(text: str) -> Iterable[tuple[int, int]]:
    for match in _EMAIL.finditer(text):
        start, end = match.span()
        # Keep at least one character before the "@": "'@example.com" is a valid address.
        while text[start] in _EMAIL_LEADING_PUNCTUATION and text[start + 1] != "@":
            start += 1
        yield start, end


def _card_spans(text: str) -> Iterable[tuple[int, int]]:
    for match in _CARD.finditer(text):
        digits = re.sub(r"[ -]", "", match.group())
        # Card numbers start with 2-6 (Mastercard 2-series, Amex 3, Visa 4, Mastercard 5,
        # Discover/UnionPay 6); other long numbers are not cards even when Luhn happens to pass.
        if digits[0] in "23456" and luhn_valid(digits):
            yield match.span()


def _order_spans(text: str) -> Iterable[tuple[int, int]]:
    for match in _ORDER.finditer(text):
        yield match.span("id")


def _phone_spans(text: str, regions: tuple[str, ...]) -> Iterable[tuple[int, int]]:
    for region in regions:
        matcher = phonenumbers.PhoneNumberMatcher(
            text,
            region,
            leniency=phonenumbers.Leniency.VALID,
            max_tries=max(_MIN_PHONE_TRIES, len(text)),
        )
        for match in matcher:
            yield match.start, match.end


def redact(
    text: str,
    *,
    kinds: Iterable[RedactionKind] = KINDS,
    regions: tuple[str, ...] = DEFAULT_REGIONS,
) -> Redaction:
    """Replace personal data in ``text``; spans refer to offsets in ``text`` itself.

    When two findings overlap, the kind earlier in :data:`KINDS` wins and the later one is
    dropped, so spans never overlap.
    """
    wanted = set(kinds)
    found: list[tuple[int, int, RedactionKind]] = []
    for kind in KINDS:
        if kind not in wanted:
            continue
        if kind == "email":
            candidates = _email_spans(text)
        elif kind == "card":
            candidates = _card_spans(text)
        elif kind == "order":
            candidates = _order_spans(text)
        else:
            candidates = _phone_spans(text, regions)
        for start, end in candidates:
            if start >= end:
                continue
            if any(start < taken_end and taken_start < end for taken_start, taken_end, _ in found):
                continue
            found.append((start, end, kind))
    found.sort()
    spans = tuple(
        RedactedSpan(start=start, end=end, kind=kind, replacement=REPLACEMENTS[kind])
        for start, end, kind in found
    )
    return Redaction(text=apply_spans(text, spans), spans=spans)


def apply_spans(text: str, spans: Iterable[RedactedSpan]) -> str:
    """Rebuild ``text`` with each span swapped for its replacement (spans sorted, disjoint)."""
    pieces: list[str] = []
    position = 0
    for span in spans:
        pieces.append(text[position : span.start])
        pieces.append(span.replacement)
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)
