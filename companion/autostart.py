"""Start at login: the Linux (XDG) autostart entry."""

from __future__ import annotations

import os
import shlex
import sys
from pathlib import Path

ENTRY_NAME = "companion.desktop"


def autostart_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "autostart"


def entry_path() -> Path:
    return autostart_dir() / ENTRY_NAME


def entry_text(executable: str | None = None) -> str:
    command = f"{shlex.quote(executable or sys.executable)} -m companion --hidden"
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Companion\n"
        "Comment=Support-agent companion: ratio, reply checker, cool-off, happy file\n"
        f"Exec={command}\n"
        "Icon=companion\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def is_enabled() -> bool:
    return entry_path().exists()


def set_enabled(enabled: bool) -> None:
    """Write or remove the autostart entry; errors propagate as OSError for the caller to show."""
    path = entry_path()
    if enabled:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(entry_text(), encoding="utf-8")
    else:
        path.unlink(missing_ok=True)
