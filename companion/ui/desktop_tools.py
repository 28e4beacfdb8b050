"""At start-up: the one-time offer to add Companion to the app launcher (a quiet banner, never a
dialog), and moving an older version's start-at-login entry to this platform's way."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Slot

from companion import autostart, desktop
from companion.core.errors import CompanionError

if TYPE_CHECKING:
    from companion.ui.main_window import MainWindow
    from companion.ui.tray import Tray

log = logging.getLogger(__name__)

OFFER_DELAY_MS = 20_000
"""The offer waits until the window has been open a while: not the first thing a user sees."""


class LauncherOffer(QObject):
    """Offers once to add Companion to the app launcher, when the window has been shown for a
    while on a freedesktop desktop that does not have it yet and no other message is showing.
    Having offered (or found the launcher there) turns the ``offer_launcher`` setting off."""

    def __init__(
        self, window: MainWindow, platform: str | None = None, delay_ms: int = OFFER_DELAY_MS
    ) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.platform = platform
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.on_timer)
        if self.due():
            window.installEventFilter(self)
            if window.isVisible():
                self.timer.start()

    def due(self) -> bool:
        return self.controller.settings.offer_launcher and desktop.supported(self.platform)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and not self.timer.isActive() and self.due():
            self.timer.start()
        return False

    @Slot()
    def on_timer(self) -> None:
        if not self.due():
            return
        if not self.window.isVisible():
            return  # the next Show starts the wait again
        banner = self.window.banner
        if banner.isVisible() or banner.is_waiting():
            self.timer.start()  # another message is being read (or about to be); ask after it
            return
        if not desktop.is_installed():
            self.window.show_banner(
                self.tr(
                    "Add Companion to your desktop's app launcher? Its menu will have Log "
                    "positive, Log negative and Check clipboard, which your desktop's keyboard "
                    "settings can bind to keys."
                ),
                self.tr("Add to launcher"),
                self.add_to_launcher,
            )
        self.window.removeEventFilter(self)
        self.controller.update_settings(self.controller.settings.replace(offer_launcher=False))

    @Slot()
    def add_to_launcher(self) -> None:
        try:
            desktop.install()
        except CompanionError as error:
            self.window.show_banner(error.message)
            return
        self.window.show_banner(
            self.tr(
                "Companion is in the app launcher now. To log or check with one key, bind its "
                "Log positive, Log negative and Check clipboard actions in your desktop's "
                "keyboard settings."
            )
        )


def install(window: MainWindow, tray: Tray | None = None) -> LauncherOffer:
    """Move an older start-at-login entry and set up the launcher offer (called once)."""
    try:
        if autostart.move_legacy_entry():
            log.info("start at login: moved the older entry to this platform's way")
    except (OSError, CompanionError) as error:
        log.warning("start at login: could not move the older entry (%s)", error)
    return LauncherOffer(window)
