"""Typed user settings with defaults, loaded and saved in one place.

Settings live in ``settings.json`` in the config folder. A value that is missing, of the wrong type
or out of range falls back to its default (and is logged), so a hand-edited or older file never
stops the app from starting. Unknown keys are kept out of the dataclass but never cause an error.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from companion import paths
from companion.core.errors import CompanionError, InvalidInput

log = logging.getLogger(__name__)

SETTINGS_FILE = "settings.json"
MAX_SETTINGS_BYTES = 1024 * 1024
"""A settings file is a few hundred bytes; one larger than this is damaged."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the user can set. Add a field with a default; validation is by ``_RANGES``."""

    target: float = 3.0
    day_start_hour: int = 4
    shift_end: str = "17:00"
    start_at_login: bool = False
    # Reply checker and cool-off.
    cooloff_minutes: int = 3
    disabled_rules: tuple[str, ...] = ()
    watch_clipboard: bool = False
    # Happy file.
    offer_lift_me_up: bool = True
    redact_by_default: bool = True
    # Reflection.
    reflection_reminder: bool = True
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def shift_end_time(self) -> dt.time:
        return parse_hhmm(self.shift_end) or dt.time(17, 0)

    def replace(self, **changes: Any) -> Settings:
        return validated(dataclasses.replace(self, **changes))


# Numeric fields and their inclusive ranges.
_RANGES: dict[str, tuple[float, float]] = {
    "target": (0.5, 20.0),
    "day_start_hour": (0, 23),
    "cooloff_minutes": (1, 15),
}


def parse_hhmm(text: str) -> dt.time | None:
    try:
        hours, minutes = text.strip().split(":")
        return dt.time(int(hours), int(minutes))
    except (ValueError, AttributeError):
        return None


def validated(settings: Settings) -> Settings:
    """The same settings with every bad value replaced by its default."""
    defaults = Settings()
    fixes: dict[str, Any] = {}
    for f in dataclasses.fields(Settings):
        if f.name == "extra":
            continue
        value = getattr(settings, f.name)
        default = getattr(defaults, f.name)
        if not _type_ok(value, default):
            fixes[f.name] = default
            continue
        if f.name in _RANGES:
            low, high = _RANGES[f.name]
            if not low <= value <= high:
                fixes[f.name] = default
    if parse_hhmm(settings.shift_end) is None:
        fixes["shift_end"] = defaults.shift_end
    if fixes:
        log.warning("settings: replaced invalid values for %s", ", ".join(sorted(fixes)))
        return dataclasses.replace(settings, **fixes)
    return settings


def _type_ok(value: object, default: object) -> bool:
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, int | float) and not isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(default, tuple):
        return isinstance(value, tuple) and all(isinstance(v, str) for v in value)
    return isinstance(value, type(default))


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
    known = {f.name for f in dataclasses.fields(Settings)} - {"extra"}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key in known:
            values[key] = tuple(value) if isinstance(value, list) else value
    extra = {k: v for k, v in raw.items() if k not in known}
    try:
        settings = Settings(**values, extra=extra)
    except TypeError:
        return Settings()
    if isinstance(settings.target, int):
        settings = dataclasses.replace(settings, target=float(settings.target))
    return validated(settings)


def save(settings: Settings, path: Path | None = None) -> None:
    """Write settings atomically (a crash mid-write keeps the old file)."""
    path = path or settings_path()
    data = {
        f.name: getattr(settings, f.name) for f in dataclasses.fields(Settings) if f.name != "extra"
    }
    data = {k: list(v) if isinstance(v, tuple) else v for k, v in data.items()}
    merged = {**settings.extra, **data}
    tmp = path.with_suffix(".json.tmp")
    try:
        tmp.write_text(json.dumps(merged, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except OSError as error:
        raise CompanionError(
            f"Could not save settings to {path}: {error.strerror or error}"
        ) from error
