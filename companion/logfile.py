"""companion.log beside the data: private (0600), small (rotated at 1 MB), written from the start
of the app and by commands run in the terminal, so the warnings that matter land in it."""

from __future__ import annotations

import contextlib
import io
import logging
import os
from pathlib import Path

MAX_BYTES = 1_000_000
KEEP = 2
FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"


class PrivateLogFile(logging.FileHandler):
    """A log file created 0600 (a log may name the data's folder, a topic or an error about a
    reply), tightened to 0600 when an older one was not, and opened on the first record.

    A record that would take it to ``max_bytes`` first moves it to ``.1`` (``.1`` to ``.2``, …,
    ``keep`` of them), as logging.handlers.RotatingFileHandler does: that module is not used
    because it loads pickle, queue and socket with it, about 1 MiB of an app idle in the tray.
    """

    def __init__(
        self, filename: str | os.PathLike[str], max_bytes: int = MAX_BYTES, keep: int = KEEP
    ) -> None:
        super().__init__(filename, mode="a", encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.keep = keep

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with contextlib.suppress(OSError):
            if os.fstat(descriptor).st_mode & 0o077:
                os.fchmod(descriptor, 0o600)
        return io.TextIOWrapper(
            io.FileIO(descriptor, "a"), encoding=self.encoding, errors=self.errors
        )

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.is_full_with(record):
                self.rotate()
            super().emit(record)
        except Exception:  # as logging's own handlers: a record that cannot be written is said
            self.handleError(record)  # on stderr, never raised into the app

    def is_full_with(self, record: logging.LogRecord) -> bool:
        if self.max_bytes <= 0:
            return False
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            return False  # never move anything but a regular file (a pipe, /dev/null)
        if self.stream is None:
            self.stream = self._open()
        line = f"{self.format(record)}\n"
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(line) >= self.max_bytes

    def rotate(self) -> None:
        """companion.log becomes companion.log.1, the older ones move up, the oldest goes."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        if self.keep <= 0:
            return
        for number in range(self.keep - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        if os.path.exists(self.baseFilename):
            os.replace(self.baseFilename, f"{self.baseFilename}.1")


def path_in(data_dir: Path) -> Path:
    return data_dir / "companion.log"


def attach(data_dir: Path, level: int = logging.INFO) -> PrivateLogFile | None:
    """Send records at ``level`` and above to companion.log in ``data_dir`` (opened on the first
    record). None when the folder cannot hold it."""
    root = logging.getLogger()
    target = os.path.abspath(path_in(data_dir))
    for existing in list(root.handlers):
        if isinstance(existing, PrivateLogFile):
            if existing.baseFilename == target:
                return existing
            root.removeHandler(existing)  # another data folder (tests run many in one process)
            existing.close()
    try:
        handler = PrivateLogFile(path_in(data_dir))
    except OSError:
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return handler
