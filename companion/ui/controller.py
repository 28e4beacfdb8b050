"""The app's state shared by every screen: the store, the settings, the clock.

Screens never talk to each other; they call the controller and listen to its signals.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from companion import settings as settings_module
from companion.core import days
from companion.core.days import utc_now
from companion.core.errors import CompanionError
from companion.core.ratio import DayRatio
from companion.settings import Settings
from companion.store import Store
from companion.store import ratio as ratio_store

log = logging.getLogger(__name__)


class Controller(QObject):
    """Owns the GUI thread's store connection and the settings.

    Signals:
        interactions_changed(): a log was added or removed (here or by a handed-over command).
        settings_changed(object): the new Settings.
        data_changed(str): a subject (e.g. "happy", "checks") was written; its screens refresh.
        day_changed(): the day-start hour passed while the app was open: "today" is a new day.
        show_requested(str): bring the window forward on a screen ("" = as it is).
        error(str): a message to show the user (a failed write, a full disk).
        notify(str, str): a quiet notification (title, message) for the tray.
    """

    interactions_changed = Signal()
    settings_changed = Signal(object)
    day_changed = Signal()
    data_changed = Signal(str)
    show_requested = Signal(str)
    error = Signal(str)
    notify = Signal(str, str)

    def __init__(
        self,
        store: Store,
        settings: Settings,
        clock: Callable[[], dt.datetime] = utc_now,
        save_settings: Callable[[Settings], None] = settings_module.save,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.settings = settings
        self.clock = clock
        self._save_settings = save_settings
        # One single-shot timer for the whole app, set for the next day-start hour (no polling).
        # Timers stand still while the machine sleeps, so the day is also checked when the app
        # becomes active again.
        self._day = self.today_day()
        self.day_timer = QTimer(self)
        self.day_timer.setSingleShot(True)
        self.day_timer.timeout.connect(self.check_day)
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.applicationStateChanged.connect(self.on_application_state_changed)
        self._schedule_day_check()

    # --- days -------------------------------------------------------------------------------

    def today_day(self) -> dt.date:
        return days.day_of(self.clock(), self.settings.day_start_hour)

    def today_bounds(self) -> tuple[dt.datetime, dt.datetime]:
        return days.day_bounds(self.today_day(), self.settings.day_start_hour)

    @Slot()
    def check_day(self) -> None:
        """Tell the screens when "today" has moved on, and wait for the next day-start hour."""
        day = self.today_day()
        if day != self._day:
            self._day = day
            self.day_changed.emit()
        self._schedule_day_check()

    @Slot(Qt.ApplicationState)
    def on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_day()

    def _schedule_day_check(self) -> None:
        _, end = self.today_bounds()
        msec = int((end - self.clock()).total_seconds() * 1000) + 500
        # QTimer takes an int of milliseconds; a day (even a DST one) is well within range.
        self.day_timer.start(max(1000, min(msec, 26 * 3600 * 1000)))

    def today(self) -> DayRatio:
        return ratio_store.day_ratio(
            self.store, self.today_day(), self.settings.target, self.settings.day_start_hour
        )

    # --- interactions ------------------------------------------------------------------------

    def log_interaction(
        self, positive: bool, topic: str | None = None, note: str | None = None
    ) -> ratio_store.Interaction | None:
        """Log one interaction; a failure is reported through ``error`` and returns None."""
        try:
            entry = ratio_store.log_interaction(self.store, positive, self.clock(), topic, note)
        except CompanionError as failure:
            self.error.emit(failure.message)
            return None
        self.interactions_changed.emit()
        return entry

    def undo_last(self) -> ratio_store.Interaction | None:
        try:
            removed = ratio_store.undo_last(self.store, since=self.today_bounds()[0])
        except CompanionError as failure:
            self.error.emit(failure.message)
            return None
        if removed is not None:
            self.interactions_changed.emit()
        return removed

    # --- settings ----------------------------------------------------------------------------

    def update_settings(self, new: Settings) -> bool:
        try:
            self._save_settings(new)
        except CompanionError as failure:
            self.error.emit(failure.message)
            return False
        if new.start_at_login != self.settings.start_at_login:
            from companion import autostart

            try:
                autostart.set_enabled(new.start_at_login)
            except OSError as failure:
                self.error.emit(self.tr("Could not change start at login: %s") % failure)
        self.settings = new
        self.settings_changed.emit(new)
        self.check_day()  # a new day-start hour moves the next day change
        return True

    # --- hooks for commands handed over by `companion …` (cli.context.AppHooks) ---------------

    def data_changed_hook(self, subject: str) -> None:
        if subject == "interactions":
            self.interactions_changed.emit()
        self.data_changed.emit(subject)

    def show_window(self, screen: str | None = None) -> None:
        self.show_requested.emit(screen or "")

    def data_restored(self) -> None:
        """A backup replaced the database's content: everything shown is stale."""
        from companion.store.backup import SUBJECTS

        for subject in SUBJECTS:
            self.data_changed_hook(subject)
        self.check_day()


class CommandHooks:
    """Adapter giving handed-over commands the AppHooks they expect."""

    def __init__(self, controller: Controller) -> None:
        self.controller = controller

    def data_changed(self, subject: str) -> None:
        self.controller.data_changed_hook(subject)

    def show_window(self, screen: str | None = None) -> None:
        self.controller.show_window(screen)
