"""The one clipboard reader for commands: the same text and the same messages wherever it runs.

The desktop tools are stand-ins on PATH (small scripts named xclip and wl-paste), each run in a
fresh interpreter without Qt, the way a command starts.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from companion import clipboard

READ = """
import json, sys
from companion import clipboard
from companion.core.errors import CompanionError
try:
    content = clipboard.read(image="--image" in sys.argv, limit=int(sys.argv[1]))
except CompanionError as error:
    print(json.dumps({"error": type(error).__name__, "message": str(error)}))
else:
    print(json.dumps({
        "text": content.text,
        "png": (content.image_png or b"").hex(),
        "holds_image": content.holds_image,
        "qt": "PySide6.QtGui" in sys.modules,
    }))
"""


def tool(folder: Path, name: str, script: str) -> None:
    path = folder / name
    path.write_text(f"#!{sys.executable}\nimport sys, time\n{script}\n", encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def read_with(folder: Path, *args: str, limit: int = 1000, **env: str) -> dict[str, object]:
    environment = {
        k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PATH")
    }
    environment.update(PATH=str(folder), QT_QPA_PLATFORM="offscreen", **env)
    result = subprocess.run(
        [sys.executable, "-c", READ, str(limit), *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Thanks,\r\nSam\r", "Thanks,\nSam\n"),
        ("\ufeffHello", "Hello"),
        ("half \ud83d of an emoji", "half \ufffd of an emoji"),
        ("kept 😀 whole, é", "kept 😀 whole, é"),
    ],
)
def test_text_is_cleaned_up_the_way_an_editor_holds_it(raw, clean):
    assert clipboard.normalise(raw) == clean
    clean.encode("utf-8")  # can be saved and printed


def test_with_no_display_there_is_no_text_and_qt_is_not_loaded(tmp_path):
    tool(tmp_path, "xclip", "print('never asked')")
    assert read_with(tmp_path) == {"text": "", "png": "", "holds_image": False, "qt": False}


def test_the_desktop_tool_gives_the_text_cleaned_up_without_loading_qt(tmp_path):
    tool(tmp_path, "xclip", "sys.stdout.buffer.write(b'Thanks, Sam.\\r\\nBye \\xff')")
    assert read_with(tmp_path, DISPLAY=":0") == {
        "text": "Thanks, Sam.\nBye \ufffd",
        "png": "",
        "holds_image": False,
        "qt": False,
    }


def test_wayland_asks_wl_paste_first(tmp_path):
    tool(tmp_path, "wl-paste", "print('from wayland', end='')")
    tool(tmp_path, "xclip", "print('from x11', end='')")
    assert read_with(tmp_path, DISPLAY=":0", WAYLAND_DISPLAY="wayland-0")["text"] == "from wayland"


def test_a_tool_that_fails_or_hangs_is_passed_over(tmp_path):
    tool(tmp_path, "wl-paste", "sys.exit(1)")  # e.g. the clipboard holds no text
    tool(tmp_path, "xclip", "time.sleep(60)")  # its owner does not answer
    tool(tmp_path, "xsel", "print('from xsel', end='')")
    code = f"from companion import clipboard\nclipboard.TOOL_TIMEOUT_S = 0.5\n{READ}"
    environment = {k: v for k, v in os.environ.items() if k not in ("PATH",)}
    environment.update(PATH=str(tmp_path), DISPLAY=":0", WAYLAND_DISPLAY="wayland-0")
    environment["QT_QPA_PLATFORM"] = "offscreen"
    result = subprocess.run(
        [sys.executable, "-c", code, "1000"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=30,
        check=True,
    )
    assert json.loads(result.stdout)["text"] == "from xsel"


def test_too_much_text_is_one_clear_error_found_as_it_arrives(tmp_path):
    tool(tmp_path, "xclip", "sys.stdout.write('word ' * 100_000)")  # 500 kB, limit 1000 bytes
    answer = read_with(tmp_path, DISPLAY=":0")
    assert answer["error"] == "InputTooLarge"
    assert str(answer["message"]).startswith("The clipboard is too large")


def test_binary_data_is_not_text(tmp_path):
    tool(tmp_path, "xclip", "sys.stdout.buffer.write(b'PK\\x03\\x04\\x00\\x00')")
    answer = read_with(tmp_path, DISPLAY=":0")
    assert answer == {
        "error": "InvalidInput",
        "message": "The clipboard is not text (it holds binary data).",
    }


def test_an_image_is_read_as_png_only_when_asked_for(tmp_path):
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 8
    tool(
        tmp_path,
        "xclip",
        f"sys.exit(1) if '-t' not in sys.argv else sys.stdout.buffer.write({png!r})",
    )
    assert read_with(tmp_path, "--image", DISPLAY=":0")["png"] == png.hex()
    assert read_with(tmp_path, DISPLAY=":0")["png"] == ""


def test_wayland_without_wl_paste_says_what_to_install(tmp_path):
    answer = read_with(tmp_path, WAYLAND_DISPLAY="wayland-0")
    assert answer["error"] == "ClipboardUnavailable"
    assert "install wl-clipboard" in str(answer["message"])


def test_inside_the_app_the_apps_own_clipboard_is_read(qapp):
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("Thanks for waiting.\r\n")
    assert clipboard.read().text == "Thanks for waiting.\n"
