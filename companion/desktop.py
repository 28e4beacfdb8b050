"""The app launcher entry on freedesktop desktops (Linux, the BSDs): what is written where.

``companion desktop install`` writes, under ``$XDG_DATA_HOME`` (``~/.local/share``):

- ``applications/APP_ID.desktop``: the launcher, with the actions Log positive, Log negative and
  Check clipboard, which the launcher's menu shows and the desktop's keyboard settings can bind;
- ``icons/hicolor/*/apps/APP_ID.{svg,png}``: the icon, scalable and in the sizes menus ask for;
- ``metainfo/APP_ID.metainfo.xml``: AppStream metadata, which software centres read.

The files are made from the templates in resources/desktop. Their ``Exec`` lines start Companion
the way it was started now (the virtualenv's ``companion`` script, or ``python -m companion``),
quoted by the Desktop Entry Specification's rules, which are not a shell's.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from companion import __version__
from companion.core import resources
from companion.core.errors import CompanionError
from companion.paths import APP_ID as APP_ID  # the launcher's files are named by it

DESKTOP_FILE = f"{APP_ID}.desktop"

ICON_SIZES = (48, 128, 256)
"""The PNG sizes shipped beside the scalable icon (48 is the size the icon theme spec asks for
at least; 128 and 256 are what software centres show)."""

# Characters that make an Exec argument need double quotes (Desktop Entry Specification,
# "The Exec key"), and those that must be escaped with a backslash inside the quotes.
_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
_ESCAPED_IN_QUOTES = frozenset('"`$\\')


def data_home() -> Path:
    """``$XDG_DATA_HOME``, or ``~/.local/share`` when it is unset, empty or not absolute."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def supported(platform: str | None = None) -> bool:
    """Whether this platform's desktop reads freedesktop launchers (not Windows or macOS)."""
    platform = platform or sys.platform
    return not platform.startswith(("win32", "cygwin", "msys", "darwin"))


def launch_command(argv0: str | None = None, executable: str | None = None) -> list[str]:
    """The command line that starts Companion as it was started: the ``companion`` script when
    that ran (absolute, so the launcher need not find it on PATH), else ``python -m companion``
    with this interpreter (kept unresolved: a virtualenv's python is a link out of it)."""
    argv0 = sys.argv[0] if argv0 is None else argv0
    executable = executable or sys.executable
    script = os.path.abspath(argv0) if argv0 else ""
    name = os.path.basename(script)
    if name in ("companion", "companion.exe") and os.path.isfile(script):
        return [script]
    return [os.path.abspath(executable), "-m", "companion"]


def exec_argument(argument: str) -> str:
    """One argument as the Exec key wants it, before the string escapes of the file."""
    if not argument or any(char in _RESERVED for char in argument):
        escaped = "".join("\\" + c if c in _ESCAPED_IN_QUOTES else c for c in argument)
        argument = f'"{escaped}"'
    return argument.replace("%", "%%")


def exec_value(arguments: Sequence[str]) -> str:
    """The value of an ``Exec=`` line running ``arguments``: each argument quoted by the Exec
    rules, then the whole line escaped as a string value (a backslash doubles again, so a
    literal one in a quoted argument is written as four)."""
    for argument in arguments:
        if any(0xD800 <= ord(char) <= 0xDFFF for char in argument):
            raise CompanionError(
                f"{argument!r} is not UTF-8, so no launcher can name it; move Companion to a "
                "folder whose name is UTF-8."
            )
    line = " ".join(exec_argument(argument) for argument in arguments)
    return string_value(line)


def string_value(text: str) -> str:
    """``text`` escaped as a desktop entry string value (backslash, newline, tab, return)."""
    escapes = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    return "".join(escapes.get(char, char) for char in text)


def desktop_entry(command: Sequence[str]) -> str:
    """The launcher's text, starting ``command`` (its actions add their arguments to it)."""
    return _fill(
        "desktop",
        "companion.desktop.in",
        EXEC=exec_value(command),
        TRY_EXEC=string_value(command[0]),
    )


def metainfo() -> str:
    return _fill("desktop", "companion.metainfo.xml.in")


def _fill(*parts: str, **values: str) -> str:
    text = resources.resource(*parts).read_text(encoding="utf-8")
    for name, value in {"APP_ID": APP_ID, "VERSION": __version__, **values}.items():
        text = text.replace(f"@{name}@", value)
    return text


@dataclass(frozen=True, slots=True)
class LauncherFile:
    path: Path
    content: bytes


def launcher_files(command: Sequence[str], base: Path | None = None) -> list[LauncherFile]:
    """Every file ``install`` writes, with its content, under ``base`` (``data_home()``)."""
    base = base or data_home()
    icons = base / "icons" / "hicolor"
    files = [
        LauncherFile(base / "applications" / DESKTOP_FILE, desktop_entry(command).encode()),
        LauncherFile(base / "metainfo" / f"{APP_ID}.metainfo.xml", metainfo().encode()),
        LauncherFile(
            icons / "scalable" / "apps" / f"{APP_ID}.svg",
            resources.resource("icons", "companion.svg").read_bytes(),
        ),
    ]
    for size in ICON_SIZES:
        files.append(
            LauncherFile(
                icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png",
                resources.resource("icons", f"companion-{size}.png").read_bytes(),
            )
        )
    return files


def desktop_file_path(base: Path | None = None) -> Path:
    return (base or data_home()) / "applications" / DESKTOP_FILE


def is_installed(base: Path | None = None) -> bool:
    return desktop_file_path(base).is_file()


def install(command: Sequence[str] | None = None, base: Path | None = None) -> list[Path]:
    """Write the launcher, icons and metadata (replacing older ones); the paths written.

    Raises CompanionError, with the path, when a file cannot be written.
    """
    written = []
    for item in launcher_files(command or launch_command(), base):
        _write(item.path, item.content)
        written.append(item.path)
    return written


def uninstall(base: Path | None = None) -> list[Path]:
    """Remove what ``install`` writes; the paths that were there and are now gone."""
    removed = []
    for item in launcher_files(["companion"], base):
        try:
            item.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise CompanionError(
                f"Could not remove {item.path}: {error.strerror or error}"
            ) from error
        removed.append(item.path)
    return removed


def _write(path: Path, content: bytes) -> None:
    """Replace ``path`` whole: a launcher watching the folder never reads half a file."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(content)
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise CompanionError(f"Could not write {path}: {error.strerror or error}") from error
