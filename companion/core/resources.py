"""Where the shipped data files are (rule packs, phrasebooks, reframe word lists, icons): the
core reads its own data files, and nothing here touches the user's data."""

from __future__ import annotations

from pathlib import Path


def resources_dir() -> Path:
    """Shipped resources: inside the package in a wheel, at the repo root in a checkout."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def resource(*parts: str) -> Path:
    """Path of one shipped resource file, e.g. ``resource("rules", "en.toml")``."""
    return resources_dir().joinpath(*parts)
