"""companion.log beside the data: private (0600), small (rotated at 1 MB), written from the start
of the app and by commands run in the terminal, so the warnings that matter land in it."""

from __future__ import annotations

import contextlib
import io
import logging
import logging.handlers
import os
from pathlib import Path

MAX_BYTES = 1_000_000
KEEP = 2
FORMAT = "%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"


class PrivateLogFile(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose files are created 0600 (a log may name the data's folder,
    a topic or an error about a reply) and tightened to 0600 when an older one was not."""

    def _open(self) -> io.TextIOWrapper:
        descriptor = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        with contextlib.suppress(OSError):
            if os.fstat(descriptor).st_mode & 0o077:
                os.fchmod(descriptor, 0o600)
        return io.TextIOWrapper(
            io.FileIO(descriptor, "a"), encoding=self.encoding, errors=self.errors
        )


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
        handler = PrivateLogFile(
            path_in(data_dir), maxBytes=MAX_BYTES, backupCount=KEEP, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return handler
