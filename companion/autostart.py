"""Start at login, the way each platform does it: an XDG autostart entry on Linux (and other
freedesktop desktops), a value under the user's Run key on Windows, a LaunchAgent on macOS
(loaded at the next login; nothing here calls launchctl).

Each way is a small class with the same three methods, so the tests drive all three on any
platform: the Windows one through a fake registry key, the macOS one with HOME in a temporary
folder. Errors are OSError, for the caller to show.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from companion import desktop
from companion.core.errors import CompanionError

LEGACY_ENTRY = "companion.desktop"
"""The XDG autostart entry older versions wrote, on every platform."""

RUN_VALUE = "Companion"
"""The value's name under the Windows Run key."""

RUN_KEY_PATH = r"Software\Microsoft\Windows\CurrentVersion\Run"


class LoginStart(Protocol):
    """One platform's way of starting Companion at login."""

    def is_enabled(self) -> bool: ...

    def enable(self, command: Sequence[str]) -> None:
        """Start ``command`` at login (replacing what was there)."""

    def disable(self) -> None: ...


def config_home() -> Path:
    """``$XDG_CONFIG_HOME``, or ``~/.config`` when it is unset, empty or not absolute."""
    value = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".config"


@dataclass
class XdgAutostart:
    """An entry in ``$XDG_CONFIG_HOME/autostart``, which freedesktop sessions start at login."""

    folder: Path

    @property
    def path(self) -> Path:
        return self.folder / desktop.DESKTOP_FILE

    @property
    def legacy_path(self) -> Path:
        return self.folder / LEGACY_ENTRY

    def entry_text(self, command: Sequence[str]) -> str:
        return (
            "[Desktop Entry]\n"
            "Type=Application\n"
            "Name=Companion\n"
            "Comment=Support-agent companion: ratio, reply checker, cool-off, happy file\n"
            f"Exec={desktop.exec_value(command)}\n"
            f"Icon={desktop.APP_ID}\n"
            "Terminal=false\n"
            "X-GNOME-Autostart-enabled=true\n"
        )

    def is_enabled(self) -> bool:
        return self.path.exists() or self.legacy_path.exists()

    def enable(self, command: Sequence[str]) -> None:
        try:
            text = self.entry_text(command)
        except CompanionError as error:  # a path that is not UTF-8
            raise OSError(error.message) from error
        self.folder.mkdir(parents=True, exist_ok=True)
        self.path.write_text(text, encoding="utf-8")
        self.legacy_path.unlink(missing_ok=True)  # its Exec broke on a path with a space

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)
        self.legacy_path.unlink(missing_ok=True)


class RunKey(Protocol):
    """The few operations on the Windows registry key ``HKCU\\…\\Run`` that are needed."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None:
        """Remove the value; nothing happens when it is not there."""


class RegistryRunKey:
    """The current user's Run key, through ``winreg`` (Windows only)."""

    def get(self, name: str) -> str | None:
        if sys.platform != "win32":
            raise OSError("the Windows registry is only on Windows")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY_PATH) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        if sys.platform != "win32":
            raise OSError("the Windows registry is only on Windows")
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY_PATH) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        if sys.platform != "win32":
            raise OSError("the Windows registry is only on Windows")
        import winreg

        try:
            with winreg.OpenKey(
                winreg.HKEY_CURRENT_USER, RUN_KEY_PATH, 0, winreg.KEY_SET_VALUE
            ) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


@dataclass
class WindowsRun:
    """A value under the user's Run key: Windows runs its command line at login."""

    key: RunKey

    def is_enabled(self) -> bool:
        return self.key.get(RUN_VALUE) is not None

    def enable(self, command: Sequence[str]) -> None:
        import subprocess  # Windows' quoting; the app idle in the tray does without the module

        self.key.set(RUN_VALUE, subprocess.list2cmdline(list(command)))

    def disable(self) -> None:
        self.key.delete(RUN_VALUE)


@dataclass
class MacLaunchAgent:
    """A LaunchAgent in ``~/Library/LaunchAgents``: launchd starts it at the next login."""

    home: Path

    @property
    def path(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{desktop.APP_ID}.plist"

    def agent(self, command: Sequence[str]) -> dict[str, object]:
        return {
            "Label": desktop.APP_ID,
            "ProgramArguments": list(command),
            "RunAtLoad": True,
            "ProcessType": "Interactive",
            "LimitLoadToSessionType": "Aqua",
        }

    def is_enabled(self) -> bool:
        return self.path.exists()

    def enable(self, command: Sequence[str]) -> None:
        import plistlib  # macOS only: elsewhere the app does without it (and its XML parser)

        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(plistlib.dumps(self.agent(command)))

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)


def login_start(platform: str | None = None, run_key: RunKey | None = None) -> LoginStart:
    """This platform's way (``platform`` as ``sys.platform`` names it)."""
    platform = platform or sys.platform
    if platform == "win32":
        return WindowsRun(run_key or RegistryRunKey())
    if platform == "darwin":
        return MacLaunchAgent(Path.home())
    return XdgAutostart(config_home() / "autostart")


def login_command(platform: str | None = None) -> list[str]:
    """What runs at login: Companion started as it was now, in the tray. On Windows through
    ``pythonw.exe`` when it is there, so no console window opens with it."""
    platform = platform or sys.platform
    if platform == "win32":
        windowless = Path(sys.executable).with_name("pythonw.exe")
        if windowless.is_file():
            return [str(windowless), "-m", "companion", "--hidden"]
    return [*desktop.launch_command(), "--hidden"]


def is_enabled() -> bool:
    return login_start().is_enabled()


def set_enabled(enabled: bool) -> None:
    """Start at login, or no longer; errors propagate as OSError for the caller to show."""
    way = login_start()
    if enabled:
        way.enable(login_command())
    else:
        way.disable()


def move_legacy_entry() -> bool:
    """Older versions wrote an XDG autostart entry on every platform, quoted for a shell: make it
    this platform's way with today's command. True when there was one to move."""
    legacy = config_home() / "autostart" / LEGACY_ENTRY
    if not legacy.exists():
        return False
    way = login_start()
    way.enable(login_command())
    legacy.unlink(missing_ok=True)
    return True
