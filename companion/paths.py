"""Where Companion keeps its data and config, how a file or standard input is read without
trusting its size, and how a file the user asked for is written without losing the old one.
(The shipped resources are found by companion.core.resources.)

``COMPANION_DATA_DIR`` and ``COMPANION_CONFIG_DIR`` override the platform folders (tests and
benchmarks always set them). Nothing here runs at import time.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import stat
from pathlib import Path
from typing import BinaryIO

from companion.core.errors import CompanionError, InputTooLarge, InvalidInput

APP_NAME = "companion"
"""The name of the data and config folders."""

APP_ID = "io.github.companion.Companion"
"""The desktop file's and AppStream component's id (reverse DNS, as AppStream asks), the icon's
name, and the name ``QGuiApplication.setDesktopFileName`` gives the window. Here, not in
companion.desktop, so the app can name its window without loading the launcher's module."""


def _private_dir(path: Path, variable: str) -> Path:
    """``path`` as a folder, created 0700; CompanionError naming ``variable`` when it cannot be."""
    try:
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
    except FileExistsError as error:
        if path.is_symlink() and not path.exists():
            problem = f"is a link to {os.readlink(path)}, which does not exist"
        else:
            problem = "is not a folder"
        raise CompanionError(
            f"{path} {problem}; point {variable} at a folder (or remove it)."
        ) from error
    except OSError as error:
        raise CompanionError(
            f"Could not create the folder {path}: {error.strerror or error}."
        ) from error
    with contextlib.suppress(OSError):  # a folder the user chose and owns differently
        path.chmod(0o700)
    return path


def data_dir() -> Path:
    """The folder holding the database and backups, created 0700."""
    return _private_dir(_data_dir_path(), "COMPANION_DATA_DIR")


def _data_dir_path() -> Path:
    override = os.environ.get("COMPANION_DATA_DIR")
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The folder holding settings, created 0700."""
    override = os.environ.get("COMPANION_CONFIG_DIR")
    if override:
        return _private_dir(Path(override).expanduser(), "COMPANION_CONFIG_DIR")
    import platformdirs

    folder = Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return _private_dir(folder, "COMPANION_CONFIG_DIR")


def cache_dir() -> Path:
    """The folder for what Companion can make again (the rule packs' translations), created
    0700: ``COMPANION_CACHE_DIR``; else, when ``COMPANION_DATA_DIR`` is set (tests, benchmarks,
    a portable install), its ``cache`` folder; else the platform's cache folder."""
    override = os.environ.get("COMPANION_CACHE_DIR")
    if override:
        return _private_dir(Path(override).expanduser(), "COMPANION_CACHE_DIR")
    if os.environ.get("COMPANION_DATA_DIR"):
        return _private_dir(_data_dir_path() / "cache", "COMPANION_DATA_DIR")
    import platformdirs

    folder = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    return _private_dir(folder, "COMPANION_CACHE_DIR")


def database_path() -> Path:
    return data_dir() / "companion.db"


TEXT_INPUT_LIMIT = 4 * 1024 * 1024
"""Most bytes read as a reply to check, a quote or a thought: far more than any of them needs,
and still small enough to be handed over to the running app (its messages are at most 8 MB)."""

IMPORT_LIMIT = 512 * 1024 * 1024
"""Most bytes an import reads: happy files with screenshots can be big, but not this big."""

_READ_CHUNK = 1024 * 1024


def read_text(source: BinaryIO, name: str, limit: int, *, strict: bool) -> tuple[str, bool]:
    """At most ``limit`` bytes of ``source`` as text, and whether some bytes were not UTF-8.

    The size the system reports is never trusted (it is 0 for a pipe, /dev/zero or
    /dev/urandom): one byte more than ``limit`` is InputTooLarge and a NUL byte is InvalidInput,
    each found as soon as it arrives. Bytes that are not UTF-8 are InvalidInput when ``strict``,
    else they become U+FFFD — unless so many are that the text is in another encoding
    (Shift_JIS, EUC-KR, Windows-1253…), which is InvalidInput with how to fix it. A UTF-8 byte
    order mark is dropped; one of UTF-16 (Windows' "Unicode" files) reads the file as UTF-16.
    ``name`` is the input's name in the messages.
    """
    first = source.read(min(_READ_CHUNK, limit + 1))
    wide = first.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    encoding = "utf-16" if wide else "utf-8-sig"
    decoder = codecs.getincrementaldecoder(encoding)("strict" if strict or wide else "replace")
    probe = None if strict or wide else codecs.getincrementaldecoder("utf-8")("strict")
    parts: list[str] = []
    total = 0
    replaced = False
    chunk = first
    while True:
        final = not chunk
        total += len(chunk)
        if total > limit:
            raise InputTooLarge(f"{name} is too large: Companion reads at most {_size(limit)}.")
        if not wide and b"\x00" in chunk:
            raise InvalidInput(f"{name} is not text (it holds binary data).")
        try:
            parts.append(decoder.decode(chunk, final))
        except UnicodeDecodeError as error:
            raise InvalidInput(f"{name} is not {'UTF-16' if wide else 'UTF-8'} text.") from error
        if probe is not None and not replaced:
            try:
                probe.decode(chunk, final)
            except UnicodeDecodeError:
                replaced = True
        if final:
            text = "".join(parts)
            if wide and "\x00" in text:
                raise InvalidInput(f"{name} is not text (it holds binary data).")
            if replaced and _mostly_replaced(text):
                raise InvalidInput(
                    f"{name} is not UTF-8 text: it looks like another encoding (such as "
                    "Shift_JIS, EUC-KR or Windows-1253). Save it as UTF-8 and try again."
                )
            return text, replaced
        chunk = source.read(min(_READ_CHUNK, limit + 1 - total))


def _mostly_replaced(text: str) -> bool:
    """Whether bytes that were not UTF-8 stand for much of the text (a third of its
    characters that are not space, three at least): a stray byte is kept as U+FFFD, a file in
    a legacy encoding, where every Korean, Japanese or Greek letter would be one, is not."""
    sample = text[:200_000]
    replaced = sample.count("\ufffd")
    shown = sum(1 for ch in sample if not ch.isspace())
    return replaced >= 3 and replaced * 3 >= shown


def read_text_file(path: Path, limit: int, *, strict: bool) -> tuple[str, bool]:
    """:func:`read_text` on a file the user named, with a clear line for each way it can fail.

    Companion's own database is never opened this way: closing that descriptor would drop
    every lock this process's connections hold on it (POSIX), and this may be the app.
    """
    if is_database_file(path):
        raise InvalidInput(f"{path} is Companion's own database, not a text file.")
    try:
        # Without O_NONBLOCK, opening a named pipe nobody writes to would wait forever.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if stat.S_ISFIFO(os.fstat(fd).st_mode):
                _wait_for_a_writer(fd, path)
            _blocking(fd)
            return read_text(handle, str(path), limit, strict=strict)
    except FileNotFoundError as error:
        raise InvalidInput(f"There is no file {path}.") from error
    except IsADirectoryError as error:
        raise InvalidInput(f"{path} is a folder, not a file.") from error
    except OSError as error:
        raise InvalidInput(f"Cannot read {path}: {error.strerror or error}.") from error


#: How long a named pipe given as a file may stay silent before Companion gives up on it.
PIPE_WAIT_SECONDS = 10.0


def _wait_for_a_writer(fd: int, path: Path) -> None:
    """Wait until a named pipe has something to read (or its writer is done); a pipe nobody
    writes to is one clear line after PIPE_WAIT_SECONDS instead of a wait without end."""
    import select

    if not hasattr(select, "poll"):
        return
    waiting = select.poll()
    waiting.register(fd, select.POLLIN)
    if not waiting.poll(int(PIPE_WAIT_SECONDS * 1000)):
        raise InvalidInput(
            f"Nothing arrived from {path} (a named pipe) in {PIPE_WAIT_SECONDS:g} seconds."
        )


def _blocking(fd: int) -> None:
    """Reads of ``fd`` wait for data again (it was opened without waiting)."""
    with contextlib.suppress(ImportError, OSError):
        import fcntl

        flags = fcntl.fcntl(fd, fcntl.F_GETFL)
        fcntl.fcntl(fd, fcntl.F_SETFL, flags & ~getattr(os, "O_NONBLOCK", 0))


def is_database_file(path: Path) -> bool:
    """Whether ``path`` is the database or its -wal or -shm file (compared by inode, through
    links, without opening anything)."""
    try:
        named = os.stat(path)
    except OSError:
        return False
    database = _data_dir_path() / "companion.db"  # found, not created
    for candidate in (database, Path(f"{database}-wal"), Path(f"{database}-shm")):
        try:
            found = os.stat(candidate)
        except OSError:
            continue
        if (found.st_dev, found.st_ino) == (named.st_dev, named.st_ino):
            return True
    return False


def _size(limit: int) -> str:
    if limit >= 1024 * 1024:
        return f"{limit / (1024 * 1024):g} MB"
    return f"{limit:,} bytes"


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` as a shell redirect would, without ever leaving half a file.

    A regular file is replaced through a temporary file beside it (synced first), so a failed
    write (a full disk, say) keeps the old file and leaves nothing behind; it keeps its
    permission bits and owner. A symbolic link stays a link: the file it points to is replaced.
    A terminal, ``/dev/stdout`` or a named pipe is written into, since it cannot be replaced.
    A folder or any other special file is refused. Raises CompanionError with a message for the
    user.
    """
    target = Path(os.path.realpath(path))
    if is_database_file(target):
        raise CompanionError(
            f"Could not write {path}: it is Companion's own database. Choose another file."
        )
    try:
        existing: os.stat_result | None = target.stat()
    except FileNotFoundError:
        existing = None
    except OSError as error:
        raise CompanionError(f"Could not write {path}: {error.strerror or error}") from error
    data = text.encode("utf-8")
    if existing is None or stat.S_ISREG(existing.st_mode):
        _replace_file(path, target, data, existing)
    elif stat.S_ISCHR(existing.st_mode) or stat.S_ISFIFO(existing.st_mode):
        _write_into(path, target, data)
    elif stat.S_ISDIR(existing.st_mode):
        raise CompanionError(f"Could not write {path}: it is a folder.")
    else:
        raise CompanionError(f"Could not write {path}: it is not a regular file.")


def _replace_file(path: Path, target: Path, data: bytes, existing: os.stat_result | None) -> None:
    # Created with the old file's bits (or 0666 for a new one) less the umask, so the content is
    # never readable by more people than before; the old bits are then set exactly.
    mode = 0o666 if existing is None else stat.S_IMODE(existing.st_mode) & 0o777
    tmp, fd = _create_beside(path, target, mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            if existing is not None:
                if (existing.st_uid, existing.st_gid) != (os.getuid(), os.getgid()):
                    with contextlib.suppress(OSError):  # only root may give a file away
                        os.fchown(handle.fileno(), existing.st_uid, existing.st_gid)
                os.fchmod(handle.fileno(), stat.S_IMODE(existing.st_mode))
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise CompanionError(f"Could not write {path}: {error.strerror or error}") from error
    with contextlib.suppress(OSError):  # the new name survives a power cut too
        folder = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def _create_beside(path: Path, target: Path, mode: int) -> tuple[Path, int]:
    """A new, empty temporary file in ``target``'s folder and its descriptor.

    Not tempfile.mkstemp: it always creates 0600, and learning the umask to set the usual mode
    afterwards would mean changing it for every thread of the process.
    """
    for _ in range(100):
        # os.urandom is what secrets.token_hex reads; importing secrets would load OpenSSL's
        # libcrypto (about 4 MiB resident) into every process, the tray app's included.
        tmp = target.with_name(f".{target.name}.{os.urandom(4).hex()}.tmp")
        try:
            return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
        except FileExistsError:
            continue
        except OSError as error:
            raise CompanionError(f"Could not write {path}: {error.strerror or error}") from error
    raise CompanionError(f"Could not write {path}: no free name for a temporary file beside it.")


def _write_into(path: Path, target: Path, data: bytes) -> None:
    """Write into a terminal or a pipe, which has no old content to keep."""
    try:
        # No O_CREAT: should the pipe have gone since it was looked at, nothing is created.
        with os.fdopen(os.open(target, os.O_WRONLY | os.O_NOCTTY), "wb") as handle:
            handle.write(data)
    except OSError as error:
        raise CompanionError(f"Could not write {path}: {error.strerror or error}") from error
