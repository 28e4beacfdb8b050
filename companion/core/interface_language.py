"""Which language the interface speaks, chosen the same way by the window and the command line.

No Qt here, and nothing of ours outside core: the command line answers `companion log +`
without loading Qt, and the window asks the same questions. The language follows the system
(the first of LC_ALL, LC_MESSAGES and LANG that is set, as the C library reads them; "C" and
"POSIX" are English) unless Settings → Language names one. On a system that sets none of those
(Windows, macOS) the caller may pass what the system reports instead (the window:
``QLocale.system().name()``); without it Windows is asked directly and anything else is English.

The day formats are Qt's date patterns ("dddd d MMMM"), one per language, so a day reads the
same in the window (QLocale) and in the terminal (companion.cli.i18n).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Mapping

from companion.core import language

LANGUAGES: tuple[str, ...] = ("en", "ko", "ja", "el")
"""The interface languages, English first."""
SYSTEM = "system"
"""The Language setting's value that follows the system."""
NATIVE_NAMES: Mapping[str, str] = {code: language.NATIVE_NAMES[code] for code in LANGUAGES}
"""Each interface language's name for itself."""
SETTING = "language"
"""The key of the Language setting in settings.json."""

# Qt date patterns for each language (QLocale.toString(date, pattern) and cli.i18n.date_text).
DAY: Mapping[str, str] = {
    "en": "dddd d MMMM",
    "ko": "M월 d일 dddd",
    "ja": "M月d日(ddd)",
    "el": "dddd d MMMM",
}
"""A day as its language says it: "Tuesday 1 December", "12월 1일 화요일", "12月1日(火)"."""
SHORT_DAY: Mapping[str, str] = {
    "en": "ddd d MMM",
    "ko": "M월 d일 (ddd)",
    "ja": "M月d日(ddd)",
    "el": "ddd d MMM",
}
YEAR_DAY: Mapping[str, str] = {
    "en": "dddd d MMMM yyyy",
    "ko": "yyyy년 M월 d일 dddd",
    "ja": "yyyy年M月d日(ddd)",
    "el": "dddd d MMMM yyyy",
}
SHORT_YEAR_DAY: Mapping[str, str] = {
    "en": "ddd d MMM yyyy",
    "ko": "yyyy년 M월 d일 (ddd)",
    "ja": "yyyy年M月d日(ddd)",
    "el": "ddd d MMM yyyy",
}

MONTH_DAY: Mapping[str, str] = {"en": "d MMM", "ko": "M월 d일", "ja": "M月d日", "el": "d MMM"}
"""A day of a month without its weekday: "1 Dec", "12월 1일", "12月1日"."""
MONTH: Mapping[str, str] = {"en": "MMM", "ko": "M월", "ja": "M月", "el": "MMM"}
MONTH_YEAR: Mapping[str, str] = {
    "en": "MMM yyyy",
    "ko": "yyyy년 M월",
    "ja": "yyyy年M月",
    "el": "MMM yyyy",
}
DATE_FORMATS: tuple[Mapping[str, str], ...] = (
    DAY,
    SHORT_DAY,
    YEAR_DAY,
    SHORT_YEAR_DAY,
    MONTH_DAY,
    MONTH,
    MONTH_YEAR,
)
"""Every table above."""


def language_of(locale_name: str) -> str | None:
    """The interface language of a locale name ("ko_KR.UTF-8" → "ko"), None for one we lack."""
    code = re.split(r"[_.@-]", locale_name.strip(), maxsplit=1)[0].lower()
    if code in ("c", "posix"):
        return "en"
    return code if code in LANGUAGES else None


def system_language(
    environ: Mapping[str, str] | None = None,
    system_locale: Callable[[], str] | None = None,
) -> str:
    """The language the system asks for: the first of LC_ALL, LC_MESSAGES and LANG that is set,
    else ``system_locale()`` (or, without it, what Windows reports); English when it is none of
    ours."""
    environ = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return language_of(value) or "en"
    name = system_locale() if system_locale is not None else _windows_locale()
    return language_of(name) or "en"


def resolve_language(
    setting: str | None,
    environ: Mapping[str, str] | None = None,
    system_locale: Callable[[], str] | None = None,
) -> str:
    """The language to show for the Language setting ("system", a language code, or None when
    there is no such setting)."""
    if setting in LANGUAGES:
        assert setting is not None
        return setting
    return system_language(environ, system_locale)


def language_setting(config_dir: os.PathLike[str] | str) -> str | None:
    """The Language setting as saved in settings.json in ``config_dir``, read without loading
    the settings module (the command line decides its language before anything else); None
    when it is absent, unreadable or not one of the setting's values."""
    import stat
    from pathlib import Path

    try:
        # Without O_NONBLOCK a named pipe in the file's place would wait for a writer forever.
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
        with os.fdopen(os.open(Path(config_dir) / "settings.json", flags), "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None
            raw = json.loads(handle.read(1024 * 1024))
    except (OSError, ValueError, RecursionError):
        return None
    value = raw.get(SETTING) if isinstance(raw, dict) else None
    return value if value in (SYSTEM, *LANGUAGES) else None


def _windows_locale() -> str:
    """The user's display language on Windows ("ko_KR"), "" elsewhere."""
    if sys.platform != "win32":
        return ""
    import ctypes
    import locale

    try:
        code = ctypes.windll.kernel32.GetUserDefaultUILanguage()
    except (AttributeError, OSError):
        return ""
    return str(locale.windows_locale.get(code, ""))
