"""Every dialog fits a small screen (800×600) in every language, frame and buttons included: its
texts wrap or its content scrolls, and no edge lands off the screen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialog

from companion.core.happy import HappyEntry
from companion.ui import i18n

SMALL_SCREEN = QRect(0, 0, 800, 600)
FRAME = (16, 40)
"""What a window manager adds around a window (borders, title bar): the offscreen platform
reports none, a desktop does."""


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(SMALL_SCREEN))
    return SMALL_SCREEN


@pytest.fixture
def language(qapp):  # type: ignore[no-untyped-def]
    """Install a language for one test; English again afterwards."""

    def install(code: str) -> None:
        i18n.install_translations(qapp, code)

    yield install
    i18n.install_translations(qapp, "en")


def every_dialog(parts) -> dict[str, QDialog]:  # type: ignore[no-untyped-def]
    """Each dialog of the app, made as the app makes it."""
    from companion.settings import Settings
    from companion.ui.backups import BackupKeeper, BackupsDialog
    from companion.ui.capture import CaptureDialog
    from companion.ui.happy import EditDialog
    from companion.ui.help import PracticesWindow, ShortcutSheet
    from companion.ui.history_day import DayDialog
    from companion.ui.lift import LiftDialog
    from companion.ui.phrasebook import PhraseDialog
    from companion.ui.settings_dialog import SettingsDialog
    from companion.ui.welcome import WelcomeDialog

    window = parts.window
    keeper = window.findChild(BackupKeeper)
    entry = HappyEntry(
        id=1, created=dt.datetime(2025, 12, 2, 12, tzinfo=dt.UTC), quote="Thank you!", note="A"
    )
    return {
        "settings": SettingsDialog(Settings(), window),
        "practices": PracticesWindow(window),
        "shortcuts": ShortcutSheet(window),
        "phrase": PhraseDialog(window.show_screen("phrasebook").book, window),
        "backups": BackupsDialog(keeper, window),
        "day": DayDialog(parts.controller, window),
        "happy entry": EditDialog(entry, window),
        "lift": LiftDialog(parts.controller, window),
        "capture": CaptureDialog(parts.controller, window, text="You fixed it in minutes, thanks!"),
        "welcome": WelcomeDialog(parts.controller, window),
    }


@pytest.mark.parametrize("code", ["en", "ko", "ja", "el"])
def test_every_dialog_fits_an_800_by_600_screen(parts, qtbot, small_screen, language, code):
    language(code)
    room = (small_screen.width() - FRAME[0], small_screen.height() - FRAME[1])
    too_big = []
    for name, dialog in every_dialog(parts).items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        opened = (dialog.width(), dialog.height())
        smallest = (dialog.minimumSize().width(), dialog.minimumSize().height())
        smallest_laid_out = (dialog.minimumSizeHint().width(), dialog.minimumSizeHint().height())
        for what, size in (("opens", opened), ("min", smallest), ("layout", smallest_laid_out)):
            if size[0] > room[0] or size[1] > room[1]:
                too_big.append(f"{name} {what} {size[0]}×{size[1]}")
        dialog.close()
    assert not too_big, f"wider or taller than {room[0]}×{room[1]} in {code}: {too_big}"
