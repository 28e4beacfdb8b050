"""The app launcher entry: Exec lines quoted by the Desktop Entry rules (read back by those
rules), the files written under XDG_DATA_HOME, and both validators' verdict on them."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion import desktop
from companion.core.errors import CompanionError

ODD_FOLDER = "my venv $HOME 'q' \"dq\" 100% back\\slash `x` (1) #2 ~ é"


def parse_exec(value: str) -> list[str]:
    """An Exec value read as a launcher reads it (the specification's rules, written apart from
    the code under test): string escapes first, then double-quoted arguments, then %%."""
    unescaped, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            unescaped.append(
                {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(value[i + 1], value[i + 1])
            )
            i += 2
        else:
            unescaped.append(value[i])
            i += 1
    text = "".join(unescaped)
    arguments: list[str] = []
    current: list[str] | None = None
    i = 0
    while i < len(text):
        char = text[i]
        if char == " ":
            if current is not None:
                arguments.append("".join(current))
                current = None
            i += 1
        elif char == '"':
            current = current or []
            i += 1
            while text[i] != '"':
                if text[i] == "\\" and text[i + 1] in '"`$\\':
                    i += 1
                current.append(text[i])
                i += 1
            i += 1
        else:
            assert char not in "\t\n'\\><~|&;$*?#()`", f"{char!r} unquoted in {text!r}"
            current = current or []
            current.append(char)
            i += 1
    if current is not None:
        arguments.append("".join(current))
    return [argument.replace("%%", "%") for argument in arguments]


def test_plain_arguments_stay_as_they_are():
    assert desktop.exec_value(["/usr/bin/companion", "log", "+"]) == "/usr/bin/companion log +"
    assert desktop.exec_value(["/opt/companion", "check", "--clipboard"]) == (
        "/opt/companion check --clipboard"
    )


def test_reserved_characters_are_double_quoted_and_escaped():
    assert desktop.exec_argument("/home/a b/companion") == '"/home/a b/companion"'
    assert desktop.exec_argument('say "hi" $x `y` \\') == '"say \\"hi\\" \\$x \\`y\\` \\\\"'
    assert desktop.exec_argument("") == '""'
    assert desktop.exec_argument("100%") == "100%%"
    # A literal backslash in a quoted argument is four in the file.
    assert desktop.exec_value(["/a b\\c"]) == '"/a b\\\\\\\\c"'


@given(
    st.lists(
        st.text(
            st.characters(exclude_categories=["Cs", "Cc"]) | st.sampled_from("\n\t"), max_size=12
        ),
        min_size=1,
        max_size=4,
    )
)
def test_every_argument_reads_back_as_written(arguments):
    value = desktop.exec_value(arguments)
    assert "\n" not in value  # one line of the file
    assert parse_exec(value) == arguments


def test_a_path_that_is_not_utf8_is_refused_with_a_clear_message():
    with pytest.raises(CompanionError, match="not UTF-8"):
        desktop.exec_value(["/home/\udcff/companion"])


def test_the_companion_script_starts_it_when_it_ran(tmp_path):
    script = tmp_path / "my venv" / "bin" / "companion"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n")
    assert desktop.launch_command(str(script), "/usr/bin/python3") == [str(script)]


def test_python_dash_m_otherwise_with_the_interpreter_unresolved(tmp_path):
    link = tmp_path / "venv" / "bin" / "python"
    link.parent.mkdir(parents=True)
    link.symlink_to(sys.executable)
    main = Path(desktop.__file__).parent / "__main__.py"
    assert desktop.launch_command(str(main), str(link)) == [str(link), "-m", "companion"]
    assert desktop.launch_command("", str(link)) == [str(link), "-m", "companion"]


def test_data_home_is_xdg_data_home_or_the_default(monkeypatch, tmp_path):
    assert desktop.data_home() == Path(os.environ["XDG_DATA_HOME"])
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")  # the spec says: ignore it
    monkeypatch.setenv("HOME", str(tmp_path))
    assert desktop.data_home() == tmp_path / ".local" / "share"


def test_only_freedesktop_platforms_get_a_launcher():
    assert desktop.supported("linux") and desktop.supported("freebsd14")
    assert not desktop.supported("win32") and not desktop.supported("darwin")


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


def validate(tool: list[str], path: Path) -> None:
    """Run a validator when it is installed (CI installs both); without it only this check is
    left out."""
    if shutil.which(tool[0]) is None:
        return
    result = subprocess.run([*tool, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_writes_launcher_icons_and_metadata_that_validate(tmp_path):
    script = tmp_path / ODD_FOLDER / "bin" / "companion"
    script.parent.mkdir(parents=True)
    script.write_text("#!/bin/sh\n")
    written = desktop.install([str(script)])
    share = Path(os.environ["XDG_DATA_HOME"])
    app_id = desktop.APP_ID
    assert set(written) == {
        share / "applications" / f"{app_id}.desktop",
        share / "metainfo" / f"{app_id}.metainfo.xml",
        share / "icons/hicolor/scalable/apps" / f"{app_id}.svg",
        share / "icons/hicolor/48x48/apps" / f"{app_id}.png",
        share / "icons/hicolor/128x128/apps" / f"{app_id}.png",
        share / "icons/hicolor/256x256/apps" / f"{app_id}.png",
    }
    for size in desktop.ICON_SIZES:
        assert png_size(share / f"icons/hicolor/{size}x{size}/apps/{app_id}.png") == (size, size)
    assert desktop.is_installed()

    entry = (share / "applications" / f"{app_id}.desktop").read_text(encoding="utf-8")
    lines = dict(line.split("=", 1) for line in entry.splitlines() if "=" in line)
    assert lines["Icon"] == app_id
    assert lines["Actions"] == "log-positive;log-negative;check-clipboard;"
    execs = [line.split("=", 1)[1] for line in entry.splitlines() if line.startswith("Exec=")]
    assert [parse_exec(value) for value in execs] == [
        [str(script)],
        [str(script), "log", "+"],
        [str(script), "log", "-"],
        [str(script), "check", "--clipboard"],
    ]
    for name in ("Log positive", "Log negative", "Check clipboard"):
        assert f"Name={name}\n" in entry
    metainfo = (share / "metainfo" / f"{app_id}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{app_id}</id>" in metainfo
    assert f'<launchable type="desktop-id">{app_id}.desktop</launchable>' in metainfo
    assert "<project_license>MIT</project_license>" in metainfo

    validate(["desktop-file-validate"], share / "applications" / f"{app_id}.desktop")
    validate(
        ["appstreamcli", "validate", "--no-net"], share / "metainfo" / f"{app_id}.metainfo.xml"
    )


def test_install_again_replaces_and_uninstall_removes_everything(tmp_path):
    first = desktop.install(["/old/companion"])
    desktop.install(["/new/companion"])
    assert "Exec=/new/companion\n" in first[0].read_text(encoding="utf-8")
    assert sorted(desktop.uninstall()) == sorted(first)
    assert not any(path.exists() for path in first)
    assert not desktop.is_installed()
    assert desktop.uninstall() == []


def test_a_folder_that_cannot_be_written_is_one_clear_error(tmp_path):
    blocker = tmp_path / "share"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(CompanionError, match="Could not write"):
        desktop.install(["/usr/bin/companion"], base=blocker)
