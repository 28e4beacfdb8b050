"""The app's state shared by every screen: the store, the settings, the clock.

Screens never talk to each other; they call the controller and listen to its signals.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from companion import settings as settings_module
from companion.core import days
from companion.core.days import utc_now
from companion.core.errors import CompanionError
from companion.core.ratio import DayRatio
from companion.services import Change, Changes, Subject
from companion.settings import Settings
from companion.store import Store
from companion.store import ratio as ratio_store
from companion.ui.i18n import arg

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

log = logging.getLogger(__name__)

WATCH_OPEN_MS = 1000
WATCH_HIDDEN_MS = 30_000


class Controller(QObject):
    """Owns the GUI thread's store connection and the settings.

    The one Qt adapter of the services' announcements (``changes``): every write, here, by a
    handed-over command, or by another process (seen through ``PRAGMA data_version``), reaches
    the screens as ``changed``.

    Signals:
        changed(object): a services.Change; screens refresh when ``change.concerns(...)`` theirs.
        settings_changed(object): the new Settings.
        day_changed(): the day-start hour passed while the app was open: "today" is a new day.
        show_requested(str): bring the window forward on a screen ("" = as it is).
        check_requested(str): show this text checked on the Check screen.
        error(str): a message to show the user (a failed write, a full disk).
        notify(str, str): a quiet notification (title, message) for the tray.
    """

    changed = Signal(object)
    settings_changed = Signal(object)
    day_changed = Signal()
    show_requested = Signal(str)
    check_requested = Signal(str)
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
        self.changes = Changes()
        self.changes.listen(self._on_change)
        # Writes by other processes (a CLI import, a second tool on the file): the database's
        # data_version moves. Checked every second while the window is open, slowly while it is
        # hidden (the tray's ratio), and at once when the app becomes active (watch_activation).
        self._data_version = self._read_data_version()
        self.watch_timer = QTimer(self)
        self.watch_timer.timeout.connect(self.check_other_writers)
        self.watch_timer.start(WATCH_HIDDEN_MS)
        # One single-shot timer for the whole app, set for the next day-start hour (no polling).
        # Timers stand still while the machine sleeps, so the day is also checked when the app
        # becomes active again.
        self._day = self.today_day()
        self.day_timer = QTimer(self)
        self.day_timer.setSingleShot(True)
        self.day_timer.timeout.connect(self.check_day)
        self._schedule_day_check()
        self._watching_activation = False

    def watch_activation(self) -> None:
        """Look for other writers and a new day whenever the app becomes active again (after a
        sleep, from another window). The app starts this once its first window has painted:
        the window's own activation at start-up would only check what was just read, and
        hearing it costs the first window about 12 ms (the signal carries a ``Qt`` enum, and
        PySide6 builds the whole ``Qt`` namespace to hand one over)."""
        from PySide6.QtCore import Qt  # noqa: F401  (built first: see above)

        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication) and not self._watching_activation:
            application.applicationStateChanged.connect(self.on_application_state_changed)
            self._watching_activation = True

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

    # Typed by name, not as Qt.ApplicationState: naming the ``Qt`` namespace at import builds it.
    @Slot("Qt::ApplicationState")
    def on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        from PySide6.QtCore import Qt

        if state == Qt.ApplicationState.ApplicationActive:
            self.check_other_writers()
            self.check_day()

    # --- changes -----------------------------------------------------------------------------

    def now(self) -> dt.datetime:
        """The session's clock (services.Session)."""
        return self.clock()

    def _on_change(self, change: Change) -> None:
        self.changed.emit(change)

    def watch_closely(self, closely: bool) -> None:
        """Look for other processes' writes every second (window open) or slowly (hidden)."""
        self.watch_timer.setInterval(WATCH_OPEN_MS if closely else WATCH_HIDDEN_MS)
        if closely:
            self.check_other_writers()

    @Slot()
    def check_other_writers(self) -> None:
        version = self._read_data_version()
        if version is not None and version != self._data_version:
            log.info("store: written by another process; refreshing")
            self.changes.announce(Subject.EVERYTHING)

    def _read_data_version(self) -> int | None:
        try:
            return int(self.store.conn.execute("PRAGMA data_version").fetchone()[0])
        except sqlite3.Error:
            return None

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
        from companion.services import ratio

        try:
            return ratio.log_interaction(self, positive, topic, note)
        except CompanionError as failure:
            self.error.emit(failure.message)
            return None

    def undo_last(self) -> ratio_store.Interaction | None:
        from companion.services import ratio

        try:
            return ratio.undo_last(self, since=self.today_bounds()[0])
        except CompanionError as failure:
            self.error.emit(failure.message)
            return None

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
                self.error.emit(arg(self.tr("Could not change start at login: %1"), failure))
        self.settings = new
        self.settings_changed.emit(new)
        self.check_day()  # a new day-start hour moves the next day change
        return True

    # --- hooks for commands handed over by `companion …` (cli.context.AppHooks) ---------------

    def show_window(self, screen: str | None = None) -> None:
        """Bring the window forward, on ``screen`` when given (a command, cli.context.AppHooks)."""
        self.show_requested.emit(screen or "")

    def show_check(self, text: str) -> None:
        """Show ``text`` checked on the Check screen (a command: `check --clipboard` hands over
        the text it read, so the clipboard is read once)."""
        self.check_requested.emit(text)
