"""Typing Korean or Japanese through fcitx, which PySide6's Qt brings no plugin for.

PySide6's wheels carry only the ibus and compose input-method plugins. A desktop set up for fcitx
(QT_IM_MODULE=fcitx or fcitx5) would leave Companion's fields without the input method: no
Hangul, no kana-kanji conversion. Fcitx 5 also answers as ibus, so Companion asks for ibus instead
before Qt starts, and says once what to do if that is not enough (README: "Typing Korean or
Japanese").
"""

from __future__ import annotations

import logging
import os
from collections.abc import MutableMapping
from pathlib import Path

log = logging.getLogger(__name__)

FCITX = ("fcitx", "fcitx5")
NOTE_FILE = "input-method-note-shown"
"""In the config folder once the note has been shown."""


def plugins_dir() -> Path:
    """PySide6's folder of input-method plugins (found without starting Qt)."""
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforminputcontexts"


def has_fcitx_plugin(folder: Path) -> bool:
    return folder.is_dir() and any("fcitx" in path.name for path in folder.iterdir())


def use_ibus_for_fcitx(
    environ: MutableMapping[str, str] | None = None, folder: Path | None = None
) -> str | None:
    """Before the QApplication exists: when the desktop asks Qt for fcitx and this Qt has no
    fcitx plugin, ask for ibus instead (fcitx 5's ibus frontend answers). Returns the module
    the desktop had asked for when it was replaced, else None."""
    environ = os.environ if environ is None else environ
    wanted = environ.get("QT_IM_MODULE", "")
    if wanted not in FCITX or has_fcitx_plugin(folder or plugins_dir()):
        return None
    environ["QT_IM_MODULE"] = "ibus"
    log.info("QT_IM_MODULE=%s has no plugin in this Qt; using ibus (fcitx 5 answers it)", wanted)
    return wanted


def note_once(window: object, config_dir: Path, replaced: str | None) -> bool:
    """Say once per user, in a quiet banner, that fcitx is reached through ibus and what to do
    if typing in Korean or Japanese still does not work; True when said."""
    if replaced is None:
        return False
    marker = config_dir / NOTE_FILE
    if marker.exists():
        return False
    from PySide6.QtCore import QCoreApplication

    show_banner = getattr(window, "show_banner", None)
    if not callable(show_banner):
        return False
    show_banner(
        QCoreApplication.translate(
            "InputMethod",
            "Your desktop types through fcitx, which this Qt has no plugin for, so Companion "
            "talks to it as ibus. If Korean or Japanese typing does not work here, turn on "
            "fcitx 5's ibus frontend, or install ibus with your language's engine (the README "
            "says how).",
        )
    )
    try:
        config_dir.mkdir(parents=True, exist_ok=True)
        marker.touch()
    except OSError as error:
        log.warning("could not remember the input-method note: %s", error)
    return True
