"""Where Companion keeps its data and config, where its shipped resources are, and how a file
the user asked for is written without losing the old one.

``COMPANION_DATA_DIR`` and ``COMPANION_CONFIG_DIR`` override the platform folders (tests and
benchmarks always set them). Nothing here runs at import time.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from companion.core.errors import CompanionError

APP_NAME = "companion"


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    with contextlib.suppress(OSError):  # a folder the user chose and owns differently
        path.chmod(0o700)
    return path


def data_dir() -> Path:
    """The folder holding the database and backups, created 0700."""
    override = os.environ.get("COMPANION_DATA_DIR")
    if override:
        return _private_dir(Path(override).expanduser())
    import platformdirs

    return _private_dir(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def config_dir() -> Path:
    """The folder holding settings, created 0700."""
    override = os.environ.get("COMPANION_CONFIG_DIR")
    if override:
        return _private_dir(Path(override).expanduser())
    import platformdirs

    return _private_dir(Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)))


def database_path() -> Path:
    return data_dir() / "companion.db"


def resources_dir() -> Path:
    """Shipped resources: inside the package in a wheel, at the repo root in a checkout."""
    package = Path(__file__).resolve().parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of one shipped resource file, e.g. ``resource("rules", "en.toml")``."""
    return resources_dir().joinpath(*parts)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file beside it, so a failed write (a full
    disk, say) keeps the old file and leaves nothing behind. Raises CompanionError with a
    message for the user."""
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise CompanionError(f"Could not write {path}: {error.strerror or error}") from error
