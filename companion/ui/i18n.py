"""The interface's language: which one is active, its translations, its dates and numbers.

The code's texts are English with ``%n`` for a count (``tr("%n entry(s)", "", n)``) and ``%1``,
``%2``… for what a translator may move (filled by :func:`arg`). English's own plural forms
("1 entry", "2 entries") come from resources/i18n/companion_en.ts like any other language's;
companion_ko.ts, companion_ja.ts and companion_el.ts translate everything else. Qt's own texts
(OK, Cancel, the editors' context menus) come from the qtbase catalogue PySide6 ships for Korean
and Japanese, and from our catalogue for Greek, which Qt does not ship.

The language follows the system (LC_ALL, LC_MESSAGES, LANG, in that order) unless Settings →
Language names one; it is chosen once at start-up, before any text is made.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, QTranslator

from companion.core import interface_language, resources
from companion.core.interface_language import (
    LANGUAGES,
    NATIVE_NAMES,
    SYSTEM,
    language_of,
)

if TYPE_CHECKING:
    from PySide6.QtCore import QDateTime

log = logging.getLogger(__name__)

ENGLISH = "companion-en"
"""Object name of the translator holding English plural forms (the fallback of every language)."""
TRANSLATED = "companion-translation"
"""Object name of the translator of the active language, when it is not English."""
QT_OWN = "companion-qtbase"
"""Object name of Qt's own catalogue for the active language."""

_PROPERTY = "companionLanguage"
"""The application property holding the active language (set by :func:`install_translations`)."""
_QT_SHIPS = ("ko", "ja")

__all__ = ["LANGUAGES", "NATIVE_NAMES", "SYSTEM", "language_of"]
"""Languages whose qtbase_<lang>.qm PySide6 ships."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` of a table for the catalogue under ``context`` (pyside6-lupdate reads the
    calls by this name); whoever shows it translates it then. Typed, unlike PySide6's own."""
    return text


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The language the system asks for (see interface_language.system_language), with the
    system locale Qt reports where no variable names one (Windows, macOS)."""
    return interface_language.system_language(environ, lambda: QLocale.system().name())


def resolve_language(setting: str, environ: Mapping[str, str] | None = None) -> str:
    """The language to show for the Language setting ("system" or a language code)."""
    return interface_language.resolve_language(setting, environ, lambda: QLocale.system().name())


def ui_language() -> str:
    """The active interface language ("en", "ko", "ja" or "el"): what the phrasebook, help and
    anything else that picks a language's own file should follow."""
    app = QCoreApplication.instance()
    value = app.property(_PROPERTY) if app is not None else None
    return value if isinstance(value, str) and value in LANGUAGES else "en"


def ui_locale() -> QLocale:
    """The locale of dates and numbers: the system's when it speaks the interface's language
    (so an English user in Britain keeps day-month order), else the language's own."""
    language = ui_language()
    system = QLocale.system()
    if language_of(system.name()) == language:
        return system
    return QLocale(language)


def qt_translations_dir() -> Path:
    from PySide6.QtCore import QLibraryInfo  # for Korean and Japanese only

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def install_translations(app: QCoreApplication, language: str = "en") -> None:
    """Make ``language`` the interface's: English plural forms underneath, then the language's
    own catalogue and Qt's, and its locale as the default one. Call it before any text is made;
    a second call replaces what the first installed."""
    if language not in LANGUAGES:
        language = "en"
    folder = str(resources.resource("i18n"))
    if app.findChild(QTranslator, ENGLISH) is None:
        english = QTranslator(app)
        english.setObjectName(ENGLISH)
        if english.load("companion_en", folder):
            app.installTranslator(english)
        else:
            log.warning("could not load the English plural forms from resources/i18n")
    for name in (TRANSLATED, QT_OWN):
        for old in app.findChildren(QTranslator, name):
            app.removeTranslator(old)
            old.setObjectName("")  # gone now, though deleted later
            old.deleteLater()
    if language != "en":
        if language in _QT_SHIPS:
            _install(app, QT_OWN, f"qtbase_{language}", str(qt_translations_dir()))
        _install(app, TRANSLATED, f"companion_{language}", folder)  # searched first
    app.setProperty(_PROPERTY, language)
    QLocale.setDefault(ui_locale())


def _install(app: QCoreApplication, name: str, file: str, folder: str) -> None:
    translator = QTranslator(app)
    translator.setObjectName(name)
    if translator.load(file, folder):
        app.installTranslator(translator)
    else:
        log.info("no %s in %s; those texts stay in English", file, folder)


def arg(text: str, *values: object) -> str:
    """``text`` with %1, %2… replaced by ``values`` in one pass (a value holding "%2" stays as
    it is), as QString::arg does: a translation may put them in any order."""

    def value(found: re.Match[str]) -> str:
        index = int(found.group(1)) - 1
        return str(values[index]) if index < len(values) else found.group(0)

    filled = re.sub(r"%([1-9])", value, text)
    if "(" in filled and ui_language() == "ko":  # "%1은(는)": the particle the value takes
        from companion.core.particles import fit_particles

        filled = fit_particles(filled)
    return filled


def number(value: float, decimals: int = 0) -> str:
    """A number as the interface's locale writes it (1,234.5; 1.234,5 in Greek)."""
    locale = ui_locale()
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _format(table: Mapping[str, str], day: dt.date) -> str:
    return ui_locale().toString(qdate(day), table.get(ui_language(), table["en"]))


def day_text(day: dt.date) -> str:
    """A day as its language says it: "Tuesday 1 December", "12월 1일 화요일", "12月1日(火)",
    "Τρίτη 1 Δεκεμβρίου"."""
    return _format(interface_language.DAY, day)


def short_day_text(day: dt.date) -> str:
    """A day in a list or a chart's label: "Tue 1 Dec", "12월 1일 (화)", "12月1日(火)"."""
    return _format(interface_language.SHORT_DAY, day)


def year_day_text(day: dt.date) -> str:
    """A day with its year: "Tuesday 1 December 2025", "2025년 12월 1일 화요일"."""
    return _format(interface_language.YEAR_DAY, day)


def short_year_day_text(day: dt.date) -> str:
    return _format(interface_language.SHORT_YEAR_DAY, day)


def month_day_text(day: dt.date) -> str:
    """A day of a month without its weekday: "1 Dec", "12월 1일", "12月1日"."""
    return _format(interface_language.MONTH_DAY, day)


def month_text(day: dt.date, *, with_year: bool = False) -> str:
    """A month's short name: "Dec", "12월"; with its year: "Dec 2025", "2025년 12월"."""
    return _format(interface_language.MONTH_YEAR if with_year else interface_language.MONTH, day)


def weekday_text(day: dt.date) -> str:
    """The short name of a day's weekday: "Tue", "화", "火", "Τρί"."""
    return ui_locale().toString(qdate(day), "ddd")


def time_text(moment: dt.time | dt.datetime) -> str:
    """A time of day as the locale writes it short ("14:05", "오후 2:05"); an aware datetime
    is shown in local time."""
    if isinstance(moment, dt.datetime):
        moment = (moment.astimezone() if moment.tzinfo else moment).time()
    return ui_locale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def day_time_text(moment: dt.datetime, *, with_year: bool = False) -> str:
    """A day and a time, short: "Tue 1 Dec, 14:05"; local time for an aware datetime."""
    local = moment.astimezone() if moment.tzinfo else moment
    day = short_year_day_text(local.date()) if with_year else short_day_text(local.date())
    return arg(QCoreApplication.translate("Dates", "%1, %2"), day, time_text(local))


def from_qdatetime(moment: QDateTime) -> dt.datetime:
    """A QDateTime as a naive local datetime."""
    day, time = moment.toLocalTime().date(), moment.toLocalTime().time()
    return dt.datetime(day.year(), day.month(), day.day(), time.hour(), time.minute())
