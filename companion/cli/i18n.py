"""The command line in the user's language, from the window's own catalogue and without Qt.

The texts are English in the code and translated through resources/i18n/companion_<lang>.qm,
the catalogue the window loads into QTranslator: one set of translations for both. Each command
module names its translation context once and marks its texts the way pyside6-lupdate finds
them (``Context.tr("…")`` is read as context "Context")::

    CliRatio = Texts("CliRatio")
    ctx.out(CliRatio.tr("Logged %1.").arg(...))

The catalogue is read here, in plain Python: loading QtCore for QTranslator and QLocale would
add some 60 ms to every command of a user whose language is not English, and English loads
nothing at all (its texts are the code's). :class:`Catalogue` reads the .qm file lrelease writes,
as QTranslator does: context, source and comment, then the same without the comment; a
translation left empty counts as none, and a count picks its form by the language's plural
rules stored in the file. Days and numbers are written as QLocale writes them for the language
(tests compare the two).
"""

from __future__ import annotations

import datetime as dt
import re
import struct
from collections.abc import Mapping, Sequence
from pathlib import Path

from companion.core import interface_language

ENGLISH = "en"

# --- the active language ----------------------------------------------------------------------

CATALOGUE_DIR: Path | None = None
"""Where the catalogues are (resources/i18n unless set; tests point it at their own)."""


class _Active:
    language = ENGLISH
    catalogue: Catalogue | bool | None = None
    """The language's catalogue once read; False when there is none."""
    english: Catalogue | bool | None = None


def activate(language: str) -> str:
    """Make ``language`` the one texts are translated into (English for one we lack); its
    catalogue is read when the first text needs it."""
    if language not in interface_language.LANGUAGES:
        language = ENGLISH
    if language != _Active.language:
        _Active.language = language
        _Active.catalogue = None
    return language


def choose_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the user asked for: Settings → Language, else the system's."""
    from companion import paths
    from companion.core.errors import CompanionError

    try:
        setting = interface_language.language_setting(paths.config_dir())
    except CompanionError:  # an unusable folder is reported by the command that needs it
        setting = None
    return interface_language.resolve_language(setting, environ)


def language() -> str:
    """The active language ("en", "ko", "ja" or "el")."""
    return _Active.language


def forget_catalogues() -> None:
    """Read the catalogues again when next needed (after CATALOGUE_DIR changed)."""
    _Active.catalogue = _Active.english = None


def _load(name: str) -> Catalogue | bool:
    folder = CATALOGUE_DIR
    if folder is None:
        from companion.core import resources

        folder = resources.resource("i18n")
    return Catalogue.load(folder / f"companion_{name}.qm")


def _catalogue() -> Catalogue | None:
    """The active language's catalogue; English's own (its plural forms) for English."""
    if _Active.language == ENGLISH:
        if _Active.english is None:
            _Active.english = _load(ENGLISH)
        found = _Active.english
    else:
        if _Active.catalogue is None:
            _Active.catalogue = _load(_Active.language)
        found = _Active.catalogue
    return found if isinstance(found, Catalogue) else None


# --- texts ------------------------------------------------------------------------------------


class Text(str):
    """A translated text; :meth:`arg` fills its %1, %2…"""

    __slots__ = ()

    def arg(self, *values: object) -> Text:
        """``%1``, ``%2``… replaced by ``values`` in one pass (a value holding "%2" stays as it
        is), as QString::arg does, so a translation may put them in any order. ``%L1`` writes a
        number as the language does (1.234 in Greek)."""

        def value(found: re.Match[str]) -> str:
            index = int(found.group(2)) - 1
            if index >= len(values):
                return found.group(0)
            given = values[index]
            if found.group(1) and isinstance(given, int | float) and not isinstance(given, bool):
                return number(given, 0 if isinstance(given, int) else 2)
            return str(given)

        filled = re.sub(r"%(L?)([1-9])", value, self)
        if _Active.language == "ko":  # "%1은(는)": the particle the value takes
            from companion.core.particles import fit_particles

            filled = fit_particles(filled)
        return Text(filled)


class Texts:
    """The texts of one translation context; ``tr`` has QObject.tr's arguments."""

    __slots__ = ("context",)

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, source: str, disambiguation: str | None = None, n: int = -1) -> Text:
        """``source`` in the active language; with ``n``, the form for that count, its %n
        (%Ln as the language writes numbers) filled."""
        text = source
        if _Active.language != ENGLISH or n >= 0:  # English reads its file only for a count
            catalogue = _catalogue()
            if catalogue is not None:
                text = catalogue.translate(self.context, source, disambiguation or "", n) or source
        if n >= 0:
            text = text.replace("%Ln", number(n)).replace("%n", str(n))
        return Text(text)


# --- the .qm file -----------------------------------------------------------------------------

_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES, _NUMERUS_RULES = 0x69, 0x88
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 1, 3, 5, 6, 7, 8, 9


class Catalogue:
    """The translations of one compiled catalogue (lrelease's .qm file)."""

    def __init__(
        self, messages: Mapping[tuple[str, str, str], Sequence[str]], rules: bytes
    ) -> None:
        self.messages = messages
        self.rules = rules

    @classmethod
    def load(cls, path: Path) -> Catalogue | bool:
        """The catalogue at ``path``; False (remembered as "none") when it is missing or is
        not a catalogue, so its texts stay English."""
        try:
            data = path.read_bytes()
        except OSError:
            return False
        try:
            return cls.parse(data)
        except (ValueError, struct.error, UnicodeDecodeError):
            return False

    @classmethod
    def parse(cls, data: bytes) -> Catalogue:
        if not data.startswith(_MAGIC):
            raise ValueError("not a Qt translation file")
        messages: dict[tuple[str, str, str], list[str]] = {}
        rules = b""
        offset = len(_MAGIC)
        while offset + 5 <= len(data):
            tag, length = data[offset], struct.unpack_from(">I", data, offset + 1)[0]
            start, offset = offset + 5, offset + 5 + length
            if offset > len(data):
                raise ValueError("a truncated section")
            if tag == _MESSAGES:
                _read_messages(data, start, offset, messages)
            elif tag == _NUMERUS_RULES:
                rules = data[start:offset]
        if offset != len(data):
            raise ValueError("a truncated section")
        return cls(messages, rules)

    def translate(self, context: str, source: str, comment: str = "", n: int = -1) -> str:
        """The translation, or "" when there is none (as QTranslator: with the comment, then
        without it)."""
        forms = self.messages.get((context, source, comment))
        if forms is None and comment:
            forms = self.messages.get((context, source, ""))
        if not forms:
            return ""
        index = plural_form(n, self.rules) if n >= 0 else 0
        return forms[min(index, len(forms) - 1)]


def _read_messages(
    data: bytes, offset: int, end: int, messages: dict[tuple[str, str, str], list[str]]
) -> None:
    translations: list[str] = []
    context = source = comment = ""
    while offset < end:
        tag = data[offset]
        offset += 1
        if tag == _END:
            if any(translations):
                messages[(context, source, comment)] = translations
            translations, context, source, comment = [], "", "", ""
            continue
        if tag in (_OBSOLETE1, _OBSOLETE2):
            continue
        (length,) = struct.unpack_from(">I", data, offset)
        offset += 4
        if length == 0xFFFFFFFF:  # a null translation
            if tag == _TRANSLATION:
                translations.append("")
            continue
        value = data[offset : offset + length]
        offset += length
        if tag == _TRANSLATION:
            translations.append(value.decode("utf-16-be"))
        elif tag == _SOURCE:
            source = value.decode("utf-8")
        elif tag == _CONTEXT:
            context = value.decode("utf-8")
        elif tag == _COMMENT:
            comment = value.decode("utf-8")
        else:
            raise ValueError(f"unknown message field {tag}")


_EQ, _LT, _LEQ, _BETWEEN = 1, 2, 3, 4
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR = 0xFD, 0xFE


def plural_form(n: int, rules: bytes) -> int:
    """Which of a message's forms the count ``n`` takes, by the plural rules lrelease stores
    (the same little program QTranslator runs: rules separated by NEWRULE, the first true one
    wins; none true is the last form)."""
    if not rules:
        return 0
    form, i = 0, 0
    while True:
        any_true = False
        while True:
            all_true = True
            while True:
                opcode, right = rules[i], rules[i + 1]
                i += 2
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                operator = opcode & 0x07
                if operator == _EQ:
                    truth = left == right
                elif operator == _LT:
                    truth = left < right
                elif operator == _LEQ:
                    truth = left <= right
                else:
                    top = rules[i]
                    i += 1
                    truth = right <= left <= top
                if opcode & _NOT:
                    truth = not truth
                all_true = all_true and truth
                if i == len(rules) or rules[i] != _AND:
                    break
                i += 1
            any_true = any_true or all_true
            if i == len(rules) or rules[i] != _OR:
                break
            i += 1
        if any_true:
            return form
        form += 1
        if i == len(rules):
            return form
        i += 1  # NEWRULE


# --- days and numbers -------------------------------------------------------------------------

_DAY_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ko": ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일"),
    "ja": ("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"),
    "el": ("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"),
}
_SHORT_DAY_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "ko": ("월", "화", "수", "목", "금", "토", "일"),
    "ja": ("月", "火", "水", "木", "金", "土", "日"),
    "el": ("Δευ", "Τρί", "Τετ", "Πέμ", "Παρ", "Σάβ", "Κυρ"),
}
_MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ),
    "ko": tuple(f"{month}월" for month in range(1, 13)),
    "ja": tuple(f"{month}月" for month in range(1, 13)),
    "el": (
        "Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου",
        "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου",
    ),
}  # fmt: skip
_SHORT_MONTH_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "ko": _MONTH_NAMES["ko"],
    "ja": _MONTH_NAMES["ja"],
    "el": ("Ιαν", "Φεβ", "Μαρ", "Απρ", "Μαΐ", "Ιουν", "Ιουλ", "Αυγ", "Σεπ", "Οκτ", "Νοε", "Δεκ"),
}
_SEPARATORS = {"en": (",", "."), "ko": (",", "."), "ja": (",", "."), "el": (".", ",")}
"""Each language's (thousands, decimal) separators."""

_PATTERN = re.compile(r"'(?:[^']|'')*'|d{1,4}|M{1,4}|yyyy|yy|HH?|mm?|ss?|.", re.DOTALL)


def date_text(moment: dt.date | dt.datetime, pattern: str, lang: str | None = None) -> str:
    """``moment`` written with a Qt date pattern ("dddd d MMMM", "HH:mm"), as
    QLocale(lang).toString(moment, pattern) writes it; ``lang`` is the active language unless
    given."""
    lang = lang if lang in _DAY_NAMES else language()
    assert lang is not None

    def field(token: str) -> str:
        if token.startswith("'"):
            return token[1:-1].replace("''", "'") if token != "''" else "'"
        letter, width = token[0], len(token)
        if letter == "d":
            if width >= 3:
                names = _DAY_NAMES if width == 4 else _SHORT_DAY_NAMES
                return names[lang][moment.weekday()]
            return f"{moment.day:0{width}d}"
        if letter == "M":
            if width >= 3:
                names = _MONTH_NAMES if width == 4 else _SHORT_MONTH_NAMES
                return names[lang][moment.month - 1]
            return f"{moment.month:0{width}d}"
        if letter == "y" and width > 1:
            return f"{moment.year % 100:02d}" if width == 2 else f"{moment.year:04d}"
        if letter in "Hms" and isinstance(moment, dt.datetime):
            value = {"H": moment.hour, "m": moment.minute, "s": moment.second}[letter]
            return f"{value:0{width}d}"
        return token

    return "".join(field(token) for token in _PATTERN.findall(pattern))


def day_text(day: dt.date) -> str:
    """A day as its language says it: "Tuesday 1 December", "12월 1일 화요일", "12月1日(火)",
    "Τρίτη 1 Δεκεμβρίου" (the window's formats)."""
    return date_text(day, interface_language.DAY[language()])


def year_day_text(day: dt.date) -> str:
    """A day with its year: "Tuesday 1 December 2026", "2026년 12월 1일 화요일"."""
    return date_text(day, interface_language.YEAR_DAY[language()])


def short_year_day_text(day: dt.date) -> str:
    """A day with its year, short: "Tue 1 Dec 2026", "2026년 12월 1일 (화)", "2026年12月1日(火)"."""
    return date_text(day, interface_language.SHORT_YEAR_DAY[language()])


def number(value: float, decimals: int = 0, lang: str | None = None) -> str:
    """A number as the language writes it: 1,234.5 (1.234,5 in Greek)."""
    group, point = _SEPARATORS[lang if lang in _SEPARATORS else language()]
    text = f"{value:,.{decimals}f}"
    return text.translate({ord(","): group, ord("."): point})


def ratio_number(value: float, decimals: int = 2) -> str:
    """The first number of a ratio or target: "3", "2.5", "3,25" in Greek (trailing zeros
    left out, as core.ratio.ratio_number does)."""
    text = f"{value:.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(".", _SEPARATORS[language()][1])
