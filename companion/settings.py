"""Typed user settings, each declared once, loaded and saved in one place.

Every setting is a field of :class:`Settings` declared with :func:`setting`: its type (the
annotation), default, range or choices, label, help text and the Settings page it is shown on.
Loading, validation and saving read those declarations, and the Settings dialog builds its
simple rows from them. Labels, help, suffixes and choice texts are English; the dialog
translates them in the ``TRANSLATION_CONTEXT`` context.

Settings live in ``settings.json`` in the config folder, readable by the user only. A value that
is missing, of the wrong type or not one of its choices falls back to its default, and a number
outside its range is brought to the nearest end of it (either is logged), so a hand-edited or
older file never stops the app from starting. Unknown keys are kept out of the dataclass, saved
back unchanged and never cause an error.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import enum
import json
import logging
import math
import os
import stat
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from companion import paths
from companion.core.errors import CompanionError, InvalidInput

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
MAX_SETTINGS_BYTES = 1024 * 1024
"""A settings file is a few hundred bytes; one larger than this is damaged."""

KEPT = "kept"
"""The page of a setting the app keeps for itself (the welcome seen): no Settings page shows it."""

TRANSLATION_CONTEXT = "Settings"
"""The translation context of every label, help text, suffix and choice text declared here."""


class Kind(enum.Enum):
    """What a setting holds; it decides how the value is checked and which editor shows it."""

    BOOL = "bool"
    INT = "int"
    FLOAT = "float"
    TEXT = "text"
    TIME = "time"
    """Text holding a time of day as HH:MM."""
    TEXT_LIST = "text list"


class Setting(NamedTuple):
    """One setting's declaration. ``name`` and ``kind`` come from its field in :class:`Settings`
    (``kind`` from the annotation unless declared, as for a TIME). A named tuple, not a frozen
    dataclass: the window's settings are loaded before its first paint, and a dataclass costs
    about a millisecond to make."""

    name: str
    kind: Kind | None
    default: Any
    label: str
    """The row's label (with its &mnemonic) or, for a BOOL, the check box's text."""
    page: str
    """The Settings page showing it: "general", or the feature's name ("check", "happy"); or
    KEPT for what the app remembers for the user and shows on no page."""
    help: str = ""
    """A note shown under the row."""
    range: tuple[float, float] | None = None
    """Inclusive bounds of an INT or FLOAT."""
    choices: tuple[tuple[Any, str], ...] = ()
    """The values allowed and the text shown for each, in the order shown."""
    step: float = 1
    decimals: int = 0
    suffix: str = ""
    accessible_name: str = ""
    """For screen readers; the label without its & and colon unless given."""

    @property
    def screen_reader_name(self) -> str:
        return self.accessible_name or self.label.replace("&", "").rstrip(": ")

    def checked(self, value: object) -> tuple[Any, bool]:
        """The value to keep for ``value`` (read or changed), and whether it had to be fixed."""
        if not _type_ok(self.kind, value):
            return self.default, True
        if self.choices and value not in [choice for choice, _ in self.choices]:
            return self.default, True
        if self.kind is Kind.TIME and parse_hhmm(str(value)) is None:
            return self.default, True
        if self.range is not None:
            assert isinstance(value, int | float)
            low, high = self.range
            if isinstance(value, float) and math.isnan(value):
                return self.default, True
            if not low <= value <= high:
                clamped = low if value < low else high
                return (float(clamped) if self.kind is Kind.FLOAT else int(clamped)), True
        if self.kind is Kind.FLOAT and isinstance(value, int):
            return float(value), False  # a hand-edited file may say 3 for 3.0
        return value, False


_T = TypeVar("_T")


def setting(
    default: _T,
    *,
    label: str,
    page: str,
    help: str = "",
    range: tuple[float, float] | None = None,
    choices: tuple[tuple[Any, str], ...] = (),
    step: float = 1,
    decimals: int = 0,
    suffix: str = "",
    accessible_name: str = "",
    kind: Kind | None = None,
) -> _T:
    """Declare a field of :class:`Settings` (its name and type are the field's)."""
    declared = Setting(
        name="",
        kind=kind,
        default=default,
        label=label,
        page=page,
        help=help,
        range=range,
        choices=choices,
        step=step,
        decimals=decimals,
        suffix=suffix,
        accessible_name=accessible_name,
    )
    return field(default=default, metadata={"setting": declared})


_HOURS = tuple((hour, f"{hour:02d}:00") for hour in range(24))


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the user can set. Add a field declared with :func:`setting`; pages show their
    fields in the order declared here."""

    # General.
    target: float = setting(
        3.0,
        label="&Target ratio (positives per negative):",
        accessible_name="Target ratio",
        help="3 : 1 is a rule of thumb, not science: pick the number that helps you notice "
        "when a day slides.",
        page="general",
        range=(0.5, 20.0),
        step=0.5,
        decimals=1,
        suffix=" : 1",
    )
    day_start_hour: int = setting(
        4,
        label="A new &day starts at:",
        help="Logs before this hour count for the previous day, so a night shift is one day.",
        page="general",
        choices=_HOURS,
    )
    shift_end: str = setting("17:00", label="&Shift ends at:", page="general", kind=Kind.TIME)
    reflection_reminder: bool = setting(
        True, label="Remind me to reflect when my shift ends", page="general"
    )
    start_at_login: bool = setting(False, label="Start Companion when I log in", page="general")
    language: str = setting(
        "system",
        label="&Language:",
        help="System follows your desktop's language; dates and numbers follow it too.",
        page="general",
        choices=(
            ("system", "System"),
            ("en", "English"),
            ("ko", "한국어"),
            ("ja", "日本語"),
            ("el", "Ελληνικά"),
        ),
    )
    # Reply checker and cool-off.
    cooloff_minutes: int = setting(
        3,
        label="&Cool-off length:",
        accessible_name="Cool-off length in minutes",
        page="check",
        range=(1, 15),
        suffix=" min",
    )
    watch_clipboard: bool = setting(
        False,
        label="Watch the clipboard and quietly tell me the verdict of copied replies",
        help="Copied text is checked in memory only and never saved.",
        page="check",
    )
    # Shown as every rule with a check box (a row the page builds itself); holds those unticked.
    disabled_rules: tuple[str, ...] = setting((), label="&Rules in use:", page="check")
    # Happy file.
    redact_by_default: bool = setting(
        True,
        label="Hide customer details (e-mail, phone, card, order numbers) in new entries",
        page="happy",
    )
    redaction_regions: tuple[str, ...] = setting(
        (),
        label="Also hide local phone numbers of these &regions:",
        accessible_name="Regions whose local phone numbers are hidden",
        help="Country codes such as DE, FR, GB, separated by commas. Numbers written with a + "
        "country code are always hidden, and so are local numbers of the text's language and "
        "of your system's region.",
        page="happy",
    )
    offer_lift_me_up: bool = setting(
        True,
        label="Offer Lift me up once a day when a negative log leaves today below target",
        help="The offer is a quiet banner (or a tray notification), never a pop-up.",
        page="happy",
    )
    # Desktop.
    offer_launcher: bool = setting(
        True,
        label="Offer to add Companion to the app launcher",
        help="Asked once, quietly, on a Linux desktop where it is missing.",
        page="desktop",
    )
    # Kept by the app.
    welcomed: bool = setting(
        False,
        label="The first-run welcome has been shown",
        help="Help → Welcome shows it again.",
        page=KEPT,
    )
    extra: dict[str, Any] = field(default_factory=dict, compare=False)
    """Keys of the file that are not settings (from a newer version, say), saved back as read."""

    @property
    def shift_end_time(self) -> dt.time:
        return parse_hhmm(self.shift_end) or dt.time(17, 0)

    def replace(self, **changes: Any) -> Settings:
        return validated(dataclasses.replace(self, **changes))


_KINDS: dict[object, Kind] = {
    bool: Kind.BOOL,
    int: Kind.INT,
    float: Kind.FLOAT,
    str: Kind.TEXT,
    tuple[str, ...]: Kind.TEXT_LIST,
}


def _declarations() -> tuple[Setting, ...]:
    types = typing.get_type_hints(Settings)
    declared = []
    for f in dataclasses.fields(Settings):
        if "setting" in f.metadata:
            one: Setting = f.metadata["setting"]
            kind = one.kind or _KINDS[types[f.name]]
            declared.append(one._replace(name=f.name, kind=kind))
    return tuple(declared)


SETTINGS: tuple[Setting, ...] = _declarations()
"""Every setting, in the order declared."""

BY_NAME: dict[str, Setting] = {one.name: one for one in SETTINGS}


def on_page(page: str) -> tuple[Setting, ...]:
    """The settings shown on ``page``, in the order declared."""
    return tuple(one for one in SETTINGS if one.page == page)


def parse_hhmm(text: str) -> dt.time | None:
    try:
        hours, minutes = text.strip().split(":")
        return dt.time(int(hours), int(minutes))
    except (ValueError, AttributeError):
        return None


def validated(settings: Settings) -> Settings:
    """The same settings with every value out of range clamped and every other bad value
    replaced by its default."""
    fixes: dict[str, Any] = {}
    fixed_names = []
    for one in SETTINGS:
        value = getattr(settings, one.name)
        kept, was_bad = one.checked(value)
        if was_bad:
            fixed_names.append(one.name)
        if was_bad or kept is not value:
            fixes[one.name] = kept
    if fixed_names:
        log.warning("settings: replaced invalid values for %s", ", ".join(sorted(fixed_names)))
    return dataclasses.replace(settings, **fixes) if fixes else settings


def _type_ok(kind: Kind | None, value: object) -> bool:
    if kind is Kind.BOOL:
        return isinstance(value, bool)
    if isinstance(value, bool):  # bool is an int to Python, never to a setting
        return False
    if kind is Kind.FLOAT:
        return isinstance(value, int | float)
    if kind is Kind.INT:
        return isinstance(value, int)
    if kind is Kind.TEXT_LIST:
        return isinstance(value, tuple) and all(isinstance(v, str) for v in value)
    return isinstance(value, str)


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE


def load(path: Path | None = None) -> Settings:
    """Read settings; a missing or damaged file gives the defaults (the damage is logged)."""
    path = path or settings_path()
    try:
        # Without O_NONBLOCK a named pipe in the file's place would wait for a writer forever.
        with os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InvalidInput("not a regular file")
            text, _ = paths.read_text(handle, str(path), MAX_SETTINGS_BYTES, strict=True)
        raw = json.loads(text)
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError, RecursionError, CompanionError) as error:
        # RecursionError: JSON nested thousands deep.
        log.warning("settings: could not read %s (%s); using defaults", path, error)
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key in BY_NAME:
            values[key] = tuple(value) if isinstance(value, list) else value
    extra = {k: v for k, v in raw.items() if k not in BY_NAME}
    return validated(Settings(**values, extra=extra))


def save(settings: Settings, path: Path | None = None) -> None:
    """Write settings atomically (a crash mid-write keeps the old file), readable by the user
    only. A link is written through, so settings.json may live in a folder of dotfiles."""
    path = path or settings_path()
    data = {one.name: getattr(settings, one.name) for one in SETTINGS}
    data = {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}
    text = json.dumps({**settings.extra, **data}, indent=2, sort_keys=True) + "\n"
    created = _make_private(path)
    try:
        paths.write_atomically(path, text)
    except CompanionError:
        if created is not None:
            created.unlink(missing_ok=True)
        raise


def _make_private(path: Path) -> Path | None:
    """Make the file ``path`` names (through links) 0600 before anything is written to it, since
    write_atomically keeps a file's bits and gives a new file 0666 less the umask. Returns the
    file when it is created here (empty), so a failed first save can remove it."""
    target = Path(os.path.realpath(path))
    try:
        os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        return target
    except FileExistsError:
        pass
    except OSError:
        return None  # write_atomically says why in its own words
    with contextlib.suppress(OSError):  # a file owned by someone else keeps its bits
        found = os.stat(target)
        if stat.S_ISREG(found.st_mode) and stat.S_IMODE(found.st_mode) != 0o600:
            os.chmod(target, 0o600)
    return None
