"""Start at login on all three platforms' code paths, on any machine: the XDG entry for real,
the Windows Run key through a fake registry key, the macOS LaunchAgent with HOME in a temporary
folder (nothing calls launchctl)."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from companion import autostart, desktop
from tests.test_desktop import parse_exec


class FakeRunKey:
    """The Run key as a dict: what the Windows registry would hold."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


@pytest.fixture
def started_as(monkeypatch, tmp_path) -> Path:
    """Companion started by its venv script in a folder with a space in its name."""
    script = tmp_path / "My Apps" / "venv" / "bin" / "companion"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n")
    monkeypatch.setattr(sys, "argv", [str(script)])
    return script


def autostart_folder() -> Path:
    return Path(os.environ["XDG_CONFIG_HOME"]) / "autostart"


# --- Linux and other freedesktop desktops --------------------------------------------------------


def test_linux_writes_an_xdg_entry_whose_exec_survives_a_space(monkeypatch, started_as):
    monkeypatch.setattr(sys, "platform", "linux")
    assert not autostart.is_enabled()
    autostart.set_enabled(True)
    entry = autostart_folder() / desktop.DESKTOP_FILE
    assert autostart.is_enabled()
    text = entry.read_text(encoding="utf-8")
    [exec_value] = [line[5:] for line in text.splitlines() if line.startswith("Exec=")]
    assert parse_exec(exec_value) == [str(started_as), "--hidden"]
    if shutil.which("desktop-file-validate"):  # CI installs it; without it only this is left out
        checked = subprocess.run(
            ["desktop-file-validate", str(entry)], capture_output=True, text=True, check=False
        )
        assert checked.returncode == 0, checked.stdout
    autostart.set_enabled(False)
    assert not entry.exists() and not autostart.is_enabled()


def test_linux_replaces_the_older_entry_quoted_for_a_shell(monkeypatch, started_as):
    monkeypatch.setattr(sys, "platform", "linux")
    legacy = autostart_folder() / autostart.LEGACY_ENTRY
    legacy.parent.mkdir(parents=True)
    legacy.write_text("[Desktop Entry]\nExec='/a b/python' -m companion --hidden\n")
    assert autostart.is_enabled()
    autostart.set_enabled(True)
    assert not legacy.exists() and (autostart_folder() / desktop.DESKTOP_FILE).exists()

    legacy.write_text("[Desktop Entry]\n")
    autostart.set_enabled(False)
    assert not legacy.exists() and not autostart.is_enabled()


def test_the_older_entry_is_moved_at_start_up(monkeypatch, started_as):
    monkeypatch.setattr(sys, "platform", "linux")
    assert autostart.move_legacy_entry() is False
    legacy = autostart_folder() / autostart.LEGACY_ENTRY
    legacy.parent.mkdir(parents=True)
    legacy.write_text("[Desktop Entry]\n")
    assert autostart.move_legacy_entry() is True
    assert not legacy.exists()
    assert str(started_as) in (autostart_folder() / desktop.DESKTOP_FILE).read_text()


def test_a_folder_that_cannot_be_written_is_an_os_error(monkeypatch, started_as):
    monkeypatch.setattr(sys, "platform", "linux")
    autostart_folder().parent.mkdir(parents=True, exist_ok=True)
    autostart_folder().write_text("a file where the folder should be")
    with pytest.raises(OSError):
        autostart.set_enabled(True)


# --- Windows --------------------------------------------------------------------------------------


@pytest.fixture
def windows(monkeypatch, tmp_path) -> FakeRunKey:
    key = FakeRunKey()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(autostart, "RegistryRunKey", lambda: key)
    return key


def test_windows_writes_the_run_key_with_pythonw_so_no_console_opens(
    windows, monkeypatch, tmp_path
):
    scripts = tmp_path / "Program Files" / "Companion" / "Scripts"
    scripts.mkdir(parents=True)
    for name in ("python.exe", "pythonw.exe"):
        (scripts / name).write_bytes(b"")
    monkeypatch.setattr(sys, "executable", str(scripts / "python.exe"))
    assert not autostart.is_enabled()
    autostart.set_enabled(True)
    assert autostart.is_enabled()
    assert windows.values == {
        "Companion": f'"{scripts / "pythonw.exe"}" -m companion --hidden',
    }
    autostart.set_enabled(False)
    assert windows.values == {} and not autostart.is_enabled()
    autostart.set_enabled(False)  # already off: nothing to remove, no error


def test_windows_without_pythonw_runs_companion_as_it_was_started(windows, started_as):
    autostart.set_enabled(True)
    assert windows.values["Companion"] == f'"{started_as}" --hidden'


def test_windows_moves_the_xdg_entry_older_versions_wrote_there(windows, started_as):
    legacy = autostart_folder() / autostart.LEGACY_ENTRY
    legacy.parent.mkdir(parents=True)
    legacy.write_text("[Desktop Entry]\n")
    assert autostart.move_legacy_entry() is True
    assert not legacy.exists() and "Companion" in windows.values


def test_the_real_registry_key_is_only_on_windows():
    if sys.platform == "win32":
        pytest.skip("this machine has a registry")
    with pytest.raises(OSError):
        autostart.RegistryRunKey().get("Companion")


# --- macOS ----------------------------------------------------------------------------------------


@pytest.fixture
def mac_home(monkeypatch, tmp_path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setattr(sys, "platform", "darwin")
    return home


def test_macos_writes_a_launch_agent_for_the_next_login(mac_home, started_as):
    assert not autostart.is_enabled()
    autostart.set_enabled(True)
    agent = mac_home / "Library" / "LaunchAgents" / f"{desktop.APP_ID}.plist"
    with agent.open("rb") as handle:
        loaded = plistlib.load(handle)
    assert loaded == {
        "Label": desktop.APP_ID,
        "ProgramArguments": [str(started_as), "--hidden"],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",
    }
    assert autostart.is_enabled()
    assert not autostart_folder().exists(), "no XDG entry on macOS"
    autostart.set_enabled(False)
    assert not agent.exists() and not autostart.is_enabled()


def test_macos_moves_the_xdg_entry_older_versions_wrote_there(mac_home, started_as):
    legacy = autostart_folder() / autostart.LEGACY_ENTRY
    legacy.parent.mkdir(parents=True)
    legacy.write_text("[Desktop Entry]\n")
    assert autostart.move_legacy_entry() is True
    assert not legacy.exists()
    assert (mac_home / "Library" / "LaunchAgents" / f"{desktop.APP_ID}.plist").exists()


# --- the setting ----------------------------------------------------------------------------------


def test_the_setting_turns_start_at_login_on_and_off(parts):
    controller = parts.controller
    assert controller.update_settings(controller.settings.replace(start_at_login=True))
    assert autostart.is_enabled()
    assert controller.update_settings(controller.settings.replace(start_at_login=False))
    assert not autostart.is_enabled()
