"""Where Companion keeps its data and config, and where its shipped resources are.

``COMPANION_DATA_DIR`` and ``COMPANION_CONFIG_DIR`` override the platform folders (tests and
benchmarks always set them). Nothing here runs at import time.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

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
