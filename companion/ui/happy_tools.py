"""The app-wide "Save to happy file" and "Lift me up" actions and the daily lift me up offer
(P1.2), installed at start-up.

Kept apart from the Happy file screen so that start-up imports only Qt and the ratio code: the
screen, the capture and lift dialogs and the happy file store are imported when first used.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from companion.core.errors import CompanionError
from companion.core.ratio import State
from companion.services import Change, Subject
from companion.services.ratio import Logged

if TYPE_CHECKING:
    from companion.ui.controller import Controller
    from companion.ui.main_window import MainWindow
    from companion.ui.tray import Tray

log = logging.getLogger(__name__)

PURGE_AFTER_DAYS = 2
PURGE_DELAY_MS = 30_000
"""Deleted entries are purged this long after start-up, so the first window is not kept waiting."""


class LiftOffer(QObject):
    """Offers Lift me up once a day, when a negative log leaves today below the target (never
    a modal interruption).

    Signals:
        offered(): a negative log has just left today below the target; offer Lift me up.
    """

    offered = Signal()

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.offered_day: dt.date | None = None
        controller.changed.connect(self.on_changed)

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        # Only a log seen being made counts: the announcement says what was logged. A write by
        # another process (EVERYTHING) says nothing of the kind, so it offers nothing.
        if change.subject is not Subject.INTERACTIONS or not isinstance(change.payload, Logged):
            return
        if change.payload.entry.positive:
            return
        today = self.controller.today()
        if today.negative == 0 or today.state != State.BELOW:
            return
        if not self.controller.settings.offer_lift_me_up or self.offered_day == today.day:
            return
        from companion.store import happy as happy_store

        if happy_store.count_happy(self.controller.store) == 0:
            return
        self.offered_day = today.day
        self.offered.emit()


class HappyActions(QObject):
    """ "Save to happy file" and "Lift me up", in the window's Tools menu and the tray.

    Also offers Lift me up once a day when a negative log drops today's ratio below target
    (a quiet banner, or a tray notification when the window is hidden), unless turned off.
    """

    def __init__(self, window: MainWindow, tray: Tray | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.tray = tray
        self.controller = window.controller
        self.save_action = QAction(self.tr("Save to happy file"), window)
        self.save_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.save_action.setStatusTip(
            self.tr("Save the copied customer message to your happy file")
        )
        self.lift_action = QAction(self.tr("Lift me up"), window)
        self.lift_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.save_action.triggered.connect(self.open_capture)
        self.lift_action.triggered.connect(self.open_lift)
        window.add_tool_action(self.save_action)
        window.add_tool_action(self.lift_action)
        if tray is not None:
            tray.add_quick_action(self.save_action)
            tray.add_quick_action(self.lift_action)
        self.offer = LiftOffer(self.controller, self)
        self.offer.offered.connect(self.on_lift_offered)
        window.screen_built.connect(self.on_screen_built)
        for key, widget in list(window.screens.items()):
            self.on_screen_built(key, widget)
        # Deleted entries are kept only while Undo may still be asked for; the purge scans the
        # table, so it waits until the app has settled.
        self.purge_timer = QTimer(self)
        self.purge_timer.setSingleShot(True)
        self.purge_timer.setInterval(PURGE_DELAY_MS)
        self.purge_timer.timeout.connect(self.purge_deleted)
        self.purge_timer.start()
        self.capture_dialog: QDialog | None = None
        self.lift_dialog: QDialog | None = None

    @Slot()
    def purge_deleted(self) -> None:
        from companion.services import happy as happy_service

        before = self.controller.now() - dt.timedelta(days=PURGE_AFTER_DAYS)
        try:
            happy_service.purge_deleted(self.controller, before)
        except CompanionError as error:
            log.warning("happy file: could not purge deleted entries: %s", error)

    @Slot(str, object)
    def on_screen_built(self, key: str, widget: object) -> None:
        if key != "happy":
            return
        from companion.ui.happy import HappyScreen

        if isinstance(widget, HappyScreen):
            widget.capture_requested.connect(self.open_capture)
            widget.lift_requested.connect(self.open_lift)

    @Slot()
    def open_capture(self) -> None:
        from companion.ui.capture import CaptureDialog

        parent = self.window if self.window.isVisible() else None
        dialog = CaptureDialog.from_clipboard(self.controller, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.on_saved)
        self.capture_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    @Slot(object)
    def on_saved(self, _entry: object) -> None:
        self.window.statusBar().showMessage(self.tr("Saved to your happy file."), 4000)

    @Slot()
    def open_lift(self) -> None:
        from companion.ui.lift import LiftDialog

        if self.lift_dialog is not None and self.lift_dialog.isVisible():
            self.lift_dialog.raise_()
            return
        parent = self.window if self.window.isVisible() else None
        dialog = LiftDialog(self.controller, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self.on_lift_closed)
        self.lift_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    @Slot()
    def on_lift_closed(self) -> None:
        self.lift_dialog = None

    @Slot()
    def on_lift_offered(self) -> None:
        text = self.tr("Today has been tough so far. A kind word from your happy file might help.")
        if self.window.isVisible() and not self.window.isMinimized():
            self.window.show_banner(text, self.tr("Lift me up"), self.open_lift)
        elif self.tray is not None:
            # A notification with its button, replacing an earlier offer of the day.
            self.tray.notifier.notify(
                self.tr("Lift me up"), text, [(self.tr("Lift me up"), self.open_lift)], tag="lift"
            )
        else:
            self.controller.notify.emit(self.tr("Lift me up"), text)


def install(window: MainWindow, tray: Tray | None = None) -> HappyActions:
    """Add the happy file's quick actions to the window and tray (called once by the app)."""
    return HappyActions(window, tray)
