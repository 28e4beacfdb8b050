"""Hide a customer's personal data in a quote before it is kept (happy file, exports, sharing).

Four kinds are found: e-mail addresses (internationalised ones too, ``jörg@bücher.de``), phone
numbers (via the ``phonenumbers`` library, which knows real numbering plans and so leaves dates
and ordinary numbers alone), payment card numbers (digit pattern plus a Luhn check, so long
invoice totals stay visible) and order/account numbers recognised by their label in English,
Korean, Japanese, Greek, German or French ("order #", "주문번호", "注文番号", "αριθμός
παραγγελίας", "Bestellnummer", "numéro de commande") or by a "#" before them. Offsets in the
returned spans are positions in the *original* text so a preview can highlight them.

A phone number written with its country code ("+82 …") is found whatever the regions. One
written the way it is dialled at home ("010-1234-5678") is read with the numbering plans of the
regions where the text's language is spoken (ko → KR, ja → JP, el → GR, en → US and GB, …), of
the scripts in it (a Korean number quoted in an English reply), of the system's locale and of
the regions the user added in Settings.
"""

from __future__ import annotations

import bisect
import functools
import locale
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import phonenumbers

from companion.core.language import detect_language, language_code

RedactionKind = Literal["email", "phone", "card", "order"]

KINDS: tuple[RedactionKind, ...] = ("email", "card", "order", "phone")
"""Every kind, in the order they win when two overlap (an e-mail beats a phone inside it)."""

REPLACEMENTS: dict[RedactionKind, str] = {
    "email": "[email]",
    "phone": "[phone]",
    "card": "[card]",
    "order": "[order]",
}

#: What stands in for each kind of detail in the text's own language (English's above), so a
#: Korean entry reads "[주문번호]" where an English one reads "[order]".
LOCAL_REPLACEMENTS: dict[str, dict[RedactionKind, str]] = {
    "ko": {"email": "[이메일]", "phone": "[전화번호]", "card": "[카드번호]", "order": "[주문번호]"},
    "ja": {
        "email": "[メール]",
        "phone": "[電話番号]",
        "card": "[カード番号]",
        "order": "[注文番号]",
    },
    "el": {
        "email": "[email]",
        "phone": "[τηλέφωνο]",
        "card": "[αρ. κάρτας]",
        "order": "[αρ. παραγγελίας]",
    },
}

DEFAULT_REGIONS: tuple[str, ...] = ("US",)
"""Regions used when nothing else names one (no language, no locale, no setting)."""

LANGUAGE_REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("US", "GB"),
    "ko": ("KR",),
    "ja": ("JP",),
    "el": ("GR", "CY"),
    "de": ("DE", "AT", "CH"),
    "fr": ("FR", "BE", "CH"),
    "zh": ("CN", "TW", "HK"),
    "ru": ("RU",),
}
"""Where a language's local phone numbers come from, most likely first."""

SUPPORTED_REGIONS: frozenset[str] = frozenset(phonenumbers.SUPPORTED_REGIONS)

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


# Letters of alphabetic scripts (Latin with accents, Greek, Cyrillic) as in internationalised
# addresses (RFC 6531). Hangul, kana and Han are left out of the local part and the top-level
# label: Korean and Japanese glue words to an address ("info@example.comまで").
_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0370-\u03ff\u0400-\u04ff"
_LABEL = _LETTER + "0-9\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3"
# Local part: RFC 5322 "atext" plus dots; domain: labels then a letter-led top-level label
# (covers punycode "xn--" domains). Leading quote/brace characters are trimmed below because in
# prose they are almost always punctuation around the address, not part of it.
_EMAIL = re.compile(
    rf"[{_LETTER}0-9!#$%&'*+/=?^_`{{|}}~.-]+"
    r"@"
    rf"(?:[{_LABEL}](?:[{_LABEL}-]*[{_LABEL}])?\.)+"
    rf"[{_LETTER}](?:[{_LETTER}0-9-]*[{_LETTER}0-9])?",
)
_EMAIL_LEADING_PUNCTUATION = "'`{"

# 13 to 19 digits, optionally grouped with spaces (one or two), dashes or dots, not glued to
# other digits.
_CARD = re.compile(r"(?<![\d.])\d(?:(?:[ \u00a0]{1,2}|[-.])?\d){12,18}(?![\d])")
_CARD_SEPARATORS = re.compile(r"[ \u00a0.-]")

# An identifier holds at least one digit: "order ABCD" is a word. Its letters may be of any
# alphabetic script ("ΑΒ-123456" in a Greek reply, full-width "ＡＢ１２３" in a Japanese one), but
# not Hangul, kana or Han: Korean and Japanese glue the next word on ("１２３４５６です").
_UNSPACED = (
    "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3"
    "\uf900-\ufaff\uff66-\uff9f"
)
_ID_CHAR = rf"[^\W_{_UNSPACED}]"
# Inside an identifier also dashes and combining accents (a decomposed "Ά").
_ID_PART = rf"(?:{_ID_CHAR}|[\-－\u0300-\u036f])"
_ID = rf"(?P<id>(?={_ID_PART}*\d){_ID_CHAR}{_ID_PART}{{2,}}{_ID_CHAR}[\u0300-\u036f]*)"
_HASH = r"\s*[:#：＃]?\s*(?:[#＃]\s*)?"


def _greek(words: str) -> str:
    """A Greek label matched with or without its accents (customers often leave them out)."""
    loose = {"α": "[αά]", "ε": "[εέ]", "η": "[ηή]", "ι": "[ιίϊΐ]", "ο": "[οό]", "υ": "[υύϋΰ]"}
    loose["ω"] = "[ωώ]"
    plain = str.maketrans("άέήίόύώ", "αεηιουω")
    return "".join(loose.get(char, re.escape(char)) for char in words.translate(plain))


# A label such as "order #", "order no.", "account number is", "ref:", "ticket #" followed by an
# identifier that holds at least one digit. Only the identifier is replaced so the sentence
# still reads ("your order #[order] shipped").
_ORDER_EN = (
    r"\b(?:order|account|acct|invoice|ticket|case|ref|reference|booking|confirmation|tracking"
    r"|customer|membership|policy|claim)"
    r"(?:\s*(?:number|num|no|nr|id|code)\b\.?)?"
    r"(?:\s+is)?"
)
# Korean and Japanese labels glue their particle ("주문번호는", "注文番号は") and need no word
# boundary ("고객주문번호").
_ORDER_KO = (
    r"(?:주문|계좌|계정|회원|고객|예약|송장|운송장|접수|문의|티켓|카드\s*승인|결제|환불)\s*번호"
    r"(?:는|은|가|이)?"
)
_ORDER_JA = (
    r"(?:ご|お)?(?:注文|口座|会員|顧客|お客様|予約|伝票|追跡|受付|問い?合わせ|問合せ|アカウント"
    r"|契約|お問い合わせ|請求書|チケット)\s*(?:番号|No\.?|ＮＯ．?|ID|ＩＤ)(?:は|が)?"
)
_ORDER_EL = (
    r"(?<!\w)(?:"
    + _greek("αριθμ")
    + r"(?:ός|ος|ό|ο|οί|οι)?\.?|"
    + _greek("αρ")
    + r"\.|"
    + _greek("κωδικ")
    + r"(?:ός|ος|ό|ο)?)\s+(?:"
    + "|".join(
        _greek(word)
        for word in (
            "παραγγελίας",
            "λογαριασμού",
            "πελάτη",
            "κράτησης",
            "αποστολής",
            "αιτήματος",
            "τιμολογίου",
            "δελτίου",
            "συμβολαίου",
        )
    )
    + r")(?:\s+(?:σας|μου))?(?:\s+"
    + _greek("είναι")
    + r")?"
)
_ORDER_DE = (
    r"\b(?:Bestell|Auftrags|Kunden|Konto|Rechnungs|Sendungs|Vorgangs|Ticket|Buchungs|Vertrags"
    r"|Mitglieds|Referenz)(?:-?nummer|-?nr\.?)(?:\s+(?:lautet|ist))?"
)
_ORDER_FR = (
    r"\b(?:num[ée]ro|n[°º]|no\.?)\s*(?:de\s+|d')?\s*"
    r"(?:commande|compte|client|dossier|facture|suivi|r[ée]servation|contrat|ticket|adh[ée]rent)"
    r"(?:\s+est)?|\br[ée]f(?:[ée]rence|\.)"
)
_ORDER = re.compile(
    rf"(?:{_ORDER_EN}|{_ORDER_KO}|{_ORDER_JA}|{_ORDER_EL}|{_ORDER_DE}|{_ORDER_FR}){_HASH}{_ID}",
    re.IGNORECASE,
)
# "#A-558213" with no label: an identifier after "#" with at least four digits in five or more
# characters ("#1", "#2024" and hashtags stay). "&#123;" is markup, not an order.
_HASHED = re.compile(rf"(?<![\w&#＃])[#＃]{_ID}")


def _hashed_id(identifier: str) -> bool:
    return len(identifier) >= 5 and sum(char.isdigit() for char in identifier) >= 4


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
        digits = _CARD_SEPARATORS.sub("", match.group())
        # Card numbers start with 2-6 (Mastercard 2-series, Amex 3, Visa 4, Mastercard 5,
        # Discover/UnionPay 6); other long numbers are not cards even when Luhn happens to pass.
        if digits[0] in "23456" and luhn_valid(digits):
            yield match.span()


def _order_spans(text: str) -> Iterable[tuple[int, int]]:
    for match in _ORDER.finditer(text):
        yield match.span("id")
    for match in _HASHED.finditer(text):
        # The "#" goes with the number: "#A-558213" becomes "[order]", not "#[order]".
        if _hashed_id(match.group("id")):
            yield match.span()


_DIGIT = re.compile(r"\d")


def _has_digit(text: str) -> bool:
    return _DIGIT.search(text) is not None


def _phone_spans(text: str, regions: tuple[str, ...]) -> Iterable[tuple[int, int]]:
    if not _has_digit(text):
        return
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
    regions: tuple[str, ...] | None = None,
    lang: str | None = None,
    extra_regions: Iterable[str] = (),
) -> Redaction:
    """Replace personal data in ``text``; spans refer to offsets in ``text`` itself.

    Local phone numbers are read with ``regions`` when given, else with those of
    :func:`regions_for` (the language ``lang``, or the one the text is written in, the scripts
    in it, the system's locale and ``extra_regions`` from Settings).

    When two findings overlap, the kind earlier in :data:`KINDS` wins and the later one is
    dropped, so spans never overlap.
    """
    wanted = set(kinds)
    taken = _Taken()
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
            if regions is None and _has_digit(text):
                regions = regions_for(text, lang, extra_regions)
            candidates = _phone_spans(text, regions or ())
        for start, end in candidates:
            if start >= end or not taken.add(start, end):
                continue
            found.append((start, end, kind))
    found.sort()
    words = REPLACEMENTS
    if found and not text.isascii():
        language = detect_language(text) if lang is None else language_code(lang)
        words = LOCAL_REPLACEMENTS.get(language, REPLACEMENTS)
    spans = tuple(
        RedactedSpan(start=start, end=end, kind=kind, replacement=words[kind])
        for start, end, kind in found
    )
    return Redaction(text=apply_spans(text, spans), spans=spans)


class _Taken:
    """Disjoint spans already kept, sorted, so a long paste with thousands of numbers is checked
    for overlaps in log time per candidate."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> bool:
        """Keep ``[start, end)`` unless it overlaps a kept span; True when kept."""
        index = bisect.bisect_right(self.starts, start)
        if index and self.ends[index - 1] > start:
            return False
        if index < len(self.starts) and self.starts[index] < end:
            return False
        self.starts.insert(index, start)
        self.ends.insert(index, end)
        return True


def regions_for(
    text: str, lang: str | None = None, extra_regions: Iterable[str] = ()
) -> tuple[str, ...]:
    """Regions whose local numbers ``text`` may hold, most likely first, without repeats.

    From the language (``lang``, else the one the text is written in), the scripts present
    (Hangul → KR, kana → JP, Greek → GR), the system's locale and ``extra_regions``; the
    default region when none of these names one that phonenumbers knows.
    """
    wanted: list[str] = []
    language = lang or detect_language(text)
    wanted.extend(LANGUAGE_REGIONS.get(language.split("-")[0].split("_")[0].lower(), ()))
    wanted.extend(_script_regions(text))
    region = system_region()
    if region is not None:
        wanted.append(region)
    wanted.extend(region_code(code) for code in extra_regions)
    known = tuple(code for code in dict.fromkeys(wanted) if code in SUPPORTED_REGIONS)
    return known or DEFAULT_REGIONS


_SCRIPT_REGIONS = (
    (re.compile(r"[\uac00-\ud7a3]"), "KR"),
    (re.compile(r"[\u3040-\u30ff]"), "JP"),
    (re.compile(r"[\u0370-\u03ff]"), "GR"),
)


def _script_regions(text: str) -> Iterable[str]:
    for script, region in _SCRIPT_REGIONS:
        if script.search(text):
            yield region


REGION_ALIASES: dict[str, str] = {"UK": "GB"}
"""Codes people write for a region that ISO 3166 spells otherwise."""

_REGION_SEPARATORS = re.compile(r"[\s,;、，；､]+")


def region_code(code: str) -> str:
    """The ISO form of a code as typed: "kr" → "KR", full-width "ＤＥ" → "DE", "UK" → "GB"."""
    cleaned = unicodedata.normalize("NFKC", code).strip().upper()
    return REGION_ALIASES.get(cleaned, cleaned)


def split_region_codes(text: str) -> list[str]:
    """The codes in a typed list, split on commas (also "、" and "，"), semicolons or spaces."""
    return [code for code in _REGION_SEPARATORS.split(unicodedata.normalize("NFKC", text)) if code]


def known_regions(codes: Iterable[str]) -> tuple[str, ...]:
    """The codes phonenumbers knows ("kr" → "KR", "UK" → "GB"), in the order given, without
    repeats."""
    cleaned = (region_code(code) for code in codes)
    return tuple(code for code in dict.fromkeys(cleaned) if code in SUPPORTED_REGIONS)


@functools.cache
def system_region() -> str | None:
    """The region of the system's locale ("ko_KR.UTF-8" → "KR"), or None when it names none."""
    for variable in ("LC_ALL", "LC_TELEPHONE", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return _locale_region(value)
    try:
        name = locale.getlocale()[0]
    except ValueError:
        return None
    return _locale_region(name or "")


def _locale_region(name: str) -> str | None:
    match = re.match(r"[A-Za-z]{2,3}[_-]([A-Za-z]{2})\b", name)
    if match is None:
        return None
    region = match.group(1).upper()
    return region if region in SUPPORTED_REGIONS else None


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
