"""The one clipboard reader for commands, and the text clean-up the app's own reads share.

Commands read the clipboard in this order, so they behave the same wherever they run:

1. inside the running app (a handed-over command): the app's own Qt clipboard;
2. with no display at all (a server, a plain console): there is no clipboard, so no text;
3. the desktop's own tool: ``wl-paste`` on Wayland, then ``xclip`` or ``xsel``, ``pbpaste`` on
   macOS — each read as it arrives, stopped at a bound and after a few seconds;
4. otherwise a short-lived Qt application (macOS, Windows, X11 without the tools), which can
   also tell an image from an empty clipboard.

Qt loads only in cases 1 and 4. Text is cleaned up by :func:`normalise` in every case, so a
command sees what the Check screen's editor would hold.
"""

from __future__ import annotations

import io
import logging
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass

from companion import paths
from companion.core.errors import CompanionError, InputTooLarge

log = logging.getLogger(__name__)

TOOL_TIMEOUT_S = 3.0
"""A clipboard tool that has not answered by then is stopped (its owner may be hung)."""

IMAGE_LIMIT = 32 * 1024 * 1024
"""Most bytes of an image read from the clipboard (a large screenshot as PNG fits)."""

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"

_NAME = "The clipboard"
_CHUNK = 64 * 1024


class ClipboardUnavailable(CompanionError):
    """Nothing here can read the clipboard."""


@dataclass(frozen=True, slots=True)
class ClipboardContent:
    """What the clipboard held: its text (normalised, "" when there is none), the image as PNG
    bytes when one was asked for and there is no text, and whether it holds an image at all."""

    text: str
    image_png: bytes | None = None
    holds_image: bool = False


def normalise(text: str) -> str:
    """Clipboard text as an editor holds it: line ends as "\\n", no byte-order mark, and half of
    an emoji pair (which can be neither saved nor printed) as U+FFFD."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.isascii():
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return text


def read(*, image: bool = False, limit: int = paths.TEXT_INPUT_LIMIT) -> ClipboardContent:
    """The clipboard's text (at most ``limit`` bytes of it), and its image as PNG when ``image``
    and there is no text. Raises InputTooLarge, InvalidInput (binary data) or
    ClipboardUnavailable."""
    in_app = _read_running_app(image, limit)
    if in_app is not None:
        return in_app
    if not _has_display():
        return ClipboardContent("")
    text_tools = [c for c in _text_commands() if shutil.which(c[0]) is not None]
    for command in text_tools:
        raw = _output(command, limit)
        if raw is not None:
            text = _text(raw, limit)
            if text.strip():
                return ClipboardContent(text)
    if image:
        for command in _image_commands():
            if shutil.which(command[0]) is None:
                continue
            raw = _output(command, IMAGE_LIMIT)
            if raw is not None and len(raw) > IMAGE_LIMIT:
                raise InputTooLarge(
                    f"The image on the clipboard is too large: Companion reads at most "
                    f"{IMAGE_LIMIT // (1024 * 1024)} MB."
                )
            if raw is not None and raw.startswith(PNG_SIGNATURE):
                return ClipboardContent("", raw, True)
    content = _read_short_lived_app(image, limit)
    nothing = content is None or (not content.text.strip() and not content.holds_image)
    if nothing and os.environ.get("WAYLAND_DISPLAY") and shutil.which("wl-paste") is None:
        # Qt cannot read a Wayland clipboard without a focused window of its own: say so.
        raise ClipboardUnavailable(
            "Could not read the clipboard here. Start Companion, or install wl-clipboard or "
            "xclip, or pipe the text in with '-'."
        )
    return content if content is not None else ClipboardContent("")


# --- where it is read from ---------------------------------------------------------------------


def _has_display() -> bool:
    return sys.platform in ("darwin", "win32") or bool(
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )


def _text_commands() -> list[list[str]]:
    commands: list[list[str]] = []
    if sys.platform == "darwin":
        commands.append(["pbpaste"])
    if os.environ.get("WAYLAND_DISPLAY"):
        commands.append(["wl-paste", "--no-newline", "--type", "text/plain"])
    if os.environ.get("DISPLAY"):
        commands += [
            ["xclip", "-selection", "clipboard", "-o"],
            ["xsel", "--clipboard", "--output"],
        ]
    return commands


def _image_commands() -> list[list[str]]:
    commands: list[list[str]] = []
    if os.environ.get("WAYLAND_DISPLAY"):
        commands.append(["wl-paste", "--type", "image/png"])
    if os.environ.get("DISPLAY"):
        commands.append(["xclip", "-selection", "clipboard", "-t", "image/png", "-o"])
    return commands


def _output(command: list[str], limit: int) -> bytes | None:
    """What ``command`` prints, read as it arrives and stopped one byte past ``limit``; None
    when it cannot start, fails or does not answer within TOOL_TIMEOUT_S."""
    try:
        process = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
    except OSError as error:
        log.info("clipboard: %s did not start: %s", command[0], error)
        return None
    timer = threading.Timer(TOOL_TIMEOUT_S, process.kill)
    timer.start()
    chunks: list[bytes] = []
    total = 0
    try:
        assert process.stdout is not None
        with process.stdout:
            while total <= limit:
                chunk = process.stdout.read(min(_CHUNK, limit + 1 - total))
                if not chunk:
                    break
                chunks.append(chunk)
                total += len(chunk)
        if total > limit:
            process.kill()
    finally:
        timer.cancel()
        process.wait()
    if total <= limit and process.returncode != 0:
        return None  # no text there, or the tool was stopped
    return b"".join(chunks)


def _text(raw: bytes, limit: int) -> str:
    """Bytes from a tool as clipboard text, with the same bound and messages as any input."""
    return normalise(paths.read_text(io.BytesIO(raw), _NAME, limit, strict=False)[0])


def _read_running_app(image: bool, limit: int) -> ClipboardContent | None:
    """The running app's clipboard, when this runs on its GUI thread (a handed-over command)."""
    if "PySide6.QtGui" not in sys.modules:
        return None
    from PySide6.QtCore import QThread
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication) or QThread.currentThread() is not app.thread():
        return None
    return _read_qt(image, limit)


def _read_short_lived_app(image: bool, limit: int) -> ClipboardContent | None:
    """A Qt application made for this one read; None where Qt already runs without a GUI."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    if QCoreApplication.instance() is not None:
        return None
    app = QGuiApplication(sys.argv[:1])
    try:
        return _read_qt(image, limit)
    finally:
        app.shutdown()


def _read_qt(image: bool, limit: int) -> ClipboardContent:
    from PySide6.QtGui import QGuiApplication

    clipboard = QGuiApplication.clipboard()
    text = _text(normalise(clipboard.text()).encode("utf-8"), limit)
    mime = clipboard.mimeData()
    holds_image = mime is not None and mime.hasImage()
    png = None
    if image and holds_image and not text.strip():
        from PySide6.QtCore import QBuffer, QIODevice

        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The stubs say bytes; PySide6 itself takes the format as str.
        clipboard.image().save(buffer, "PNG")  # type: ignore[call-overload]
        png = bytes(buffer.data().data())
    return ClipboardContent(text, png, holds_image)
