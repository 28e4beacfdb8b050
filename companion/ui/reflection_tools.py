"""The app-wide "Reframe…" and "Reflect on today" actions and the shift-end reminder (P1.5, P1.6).

Installed at start, so only what the menus and the reminder need is imported here; the screens
(:mod:`companion.ui.reflection`, :mod:`companion.ui.reframe`) load when they are first opened, and
the reflection's store and service when the reminder is first scheduled (just after the first
paint).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from companion.core import days
from companion.core.errors import CompanionError
from companion.core.reminder import next_reminder
from companion.services import Change, Subject
from companion.ui.i18n import arg

if TYPE_CHECKING:
    from companion.ui.controller import Controller
    from companion.ui.main_window import MainWindow
    from companion.ui.tray import Tray

log = logging.getLogger(__name__)

SNOOZE_MINUTES = 15
NOTIFICATION_TAG = "reflection-reminder"
MAX_TIMER_MS = 24 * 3600 * 1000
"""Longer waits are cut into steps; a timer that fires early simply schedules again."""


# --- the reminder -----------------------------------------------------------------------------


class ReflectionReminder(QObject):
    """A single-shot timer to the shift end from Settings; snooze and "not today" move it.

    The clock is the controller's (injectable); times are computed in local wall-clock time. The
    snooze and "not today" are kept in the store (through the reflection service), so a restart
    does not ring again at once. Today's reflection, saved anywhere, silences it for the day.

    Signals:
        due(): time to invite the reflection.
        settled(): the invitation is answered (snoozed, not today, or today's reflection
            saved): a notification still on screen is out of date.
    """

    due = Signal()
    settled = Signal()

    def __init__(
        self,
        controller: Controller,
        tz: dt.tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.tz = tz
        self.snoozed_until: dt.datetime | None = None
        """An aware instant; compared in local wall-clock time."""
        self.not_today: dt.date | None = None
        self.done_day: dt.date | None = None
        self.pending = False
        self.due_at: dt.datetime | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        # Once a day, so precision costs nothing; a coarse timer may fire a few minutes late.
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.on_timeout)
        controller.settings_changed.connect(self.on_settings_changed)
        controller.changed.connect(self.on_changed)
        self.state_loaded = False

    def load_state(self) -> None:
        """Pick up the snooze and "not today" saved before the last restart (once)."""
        if self.state_loaded:
            return
        from companion.store import reflection as reflection_store

        self.state_loaded = True
        try:
            state = reflection_store.reminder_state(self.controller.store)
        except CompanionError as error:
            log.warning("reminder: %s", error)
            return
        self.snoozed_until, self.not_today = state.snoozed_until, state.not_today

    @staticmethod
    def keep(write: Callable[[], object]) -> None:
        """Save the state for the next start; a failure costs only that (the timer still runs
        on what is held here)."""
        try:
            write()
        except CompanionError as error:
            log.warning("reminder: %s", error)

    def local(self, instant: dt.datetime) -> dt.datetime:
        """An aware instant as naive local wall-clock time, the schedule's terms."""
        local = instant.astimezone(self.tz) if self.tz is not None else instant.astimezone()
        return local.replace(tzinfo=None)

    def local_now(self) -> dt.datetime:
        return self.local(self.controller.clock())

    def today(self) -> dt.date:
        return days.day_of(
            self.controller.clock(), self.controller.settings.day_start_hour, self.tz
        )

    def schedule(self) -> None:
        """(Re)start the timer for the next due time; stopped when reminders are off."""
        from companion.store import reflection as reflection_store

        self.load_state()
        self.timer.stop()
        settings = self.controller.settings
        if not settings.reflection_reminder:
            self.due_at = None
            return
        if self.done_day is None or self.done_day != self.today():
            try:
                if reflection_store.has_reflection(self.controller.store, self.today()):
                    self.done_day = self.today()
            except CompanionError as error:
                log.warning("reminder: %s", error)
        now = self.local_now()
        self.due_at = next_reminder(
            now,
            settings.shift_end_time,
            settings.day_start_hour,
            snoozed_until=None if self.snoozed_until is None else self.local(self.snoozed_until),
            not_today=self.not_today,
            done_day=self.done_day,
        )
        wait_ms = int((self.due_at - now).total_seconds() * 1000)
        self.timer.start(max(0, min(wait_ms, MAX_TIMER_MS)))

    def milliseconds_left(self) -> int:
        return self.timer.remainingTime() if self.timer.isActive() else -1

    def _clear_snooze(self) -> None:
        from companion.services import reflection as reflection_service

        self.load_state()
        if self.snoozed_until is not None:
            self.snoozed_until = None
            self.keep(lambda: reflection_service.forget_snooze(self.controller))

    @Slot()
    def on_timeout(self) -> None:
        now = self.local_now()
        if self.due_at is None or self.due_at - now > dt.timedelta(seconds=1):
            self.schedule()  # woke early (a long wait cut short, or the clock moved)
            return
        self.pending = True
        self._clear_snooze()
        self.done_day = self.today()  # shown once a day; snooze brings it back
        self.due.emit()
        self.schedule()

    def snooze(self, minutes: int = SNOOZE_MINUTES) -> None:
        from companion.services import reflection as reflection_service

        self.load_state()
        self.pending = False
        self.snoozed_until = self.controller.clock() + dt.timedelta(minutes=minutes)
        self.keep(lambda: reflection_service.snooze_reminder(self.controller, minutes))
        self.schedule()
        self.settled.emit()

    def skip_today(self) -> None:
        from companion.services import reflection as reflection_service

        self.load_state()
        self.pending = False
        self.snoozed_until = None
        self.not_today = day = self.today()
        self.keep(lambda: reflection_service.skip_reminder(self.controller, day))
        self.schedule()
        self.settled.emit()

    @Slot(object)
    def on_settings_changed(self, _settings: object) -> None:
        self.schedule()

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change.subject is Subject.EVERYTHING:
            # A restore or another process: the saved state and today's entry may differ.
            self.state_loaded = False
            self.schedule()
        elif change.subject is Subject.REFLECTIONS and self.is_today(change.payload):
            self.pending = False
            self._clear_snooze()
            self.schedule()
            self.settled.emit()

    def is_today(self, payload: object) -> bool:
        """Whether a REFLECTIONS change saved today's entry (an older day's does not count)."""
        from companion.services.reflection import ReflectionSaved

        return isinstance(payload, ReflectionSaved) and payload.reflection.day == self.today()


# --- app-wide actions -------------------------------------------------------------------------


class ReflectionActions(QObject):
    """ "Reframe…" and "Reflect on today" in the window's Tools menu and the tray, the shift-end
    reminder, and the links between screens (a negative log or a hardest moment → the guide)."""

    def __init__(self, window: MainWindow, tray: Tray | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.tray = tray
        self.controller = window.controller
        self.reframe_action = QAction(self.tr("Reframe…"), window)
        self.reframe_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.reframe_action.setStatusTip(self.tr("Walk through a bruising moment"))
        self.reflect_action = QAction(self.tr("Reflect on today"), window)
        self.reflect_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.snooze_action = QAction(self.tr("Snooze reflection 15 min"), window)
        self.not_today_action = QAction(self.tr("No reflection today"), window)
        self.reframe_action.triggered.connect(lambda: self.open_reframe())
        self.reflect_action.triggered.connect(self.open_reflection)
        self.snooze_action.triggered.connect(self.on_snooze)
        self.not_today_action.triggered.connect(self.on_not_today)
        window.add_tool_action(self.reframe_action)
        window.add_tool_action(self.reflect_action)
        if tray is not None:
            tray.add_quick_action(self.reframe_action)
            tray.add_quick_action(self.reflect_action)
            tray.add_quick_action(self.snooze_action)
            tray.add_quick_action(self.not_today_action)
        self.reminder = ReflectionReminder(self.controller, parent=self)
        self.reminder.due.connect(self.on_reminder_due)
        self.reminder.settled.connect(self.on_reminder_settled)
        self._banner_text = ""
        self._show_pending(False)
        window.screen_built.connect(self.on_screen_built)
        for key, widget in list(window.screens.items()):
            self.on_screen_built(key, widget)
        # One event-loop turn later: the first paint does not wait for the store's lookups.
        QTimer.singleShot(0, self.reminder.schedule)

    def _show_pending(self, pending: bool) -> None:
        self.snooze_action.setVisible(pending)
        self.not_today_action.setVisible(pending)

    @Slot(str, object)
    def on_screen_built(self, key: str, widget: object) -> None:
        if key == "reflection":
            from companion.ui.reflection import ReflectionScreen

            if isinstance(widget, ReflectionScreen):
                widget.reframe_requested.connect(self.on_reframe_hardest)
        elif key == "today" and hasattr(widget, "reframe_requested"):
            widget.reframe_requested.connect(self.on_reframe_log)

    def open_reframe(
        self, situation: str = "", thought: str = "", interaction_id: int | None = None
    ) -> QWidget:
        from companion.ui.reframe import ReframeScreen

        screen = self.window.show_screen("reframe")
        assert isinstance(screen, ReframeScreen)
        self.window.bring_forward()
        screen.start(situation, thought, interaction_id)
        return screen

    @Slot()
    def open_reflection(self) -> None:
        from companion.ui.reflection import ReflectionScreen

        screen = self.window.show_screen("reflection")
        assert isinstance(screen, ReflectionScreen)
        self.window.bring_forward()
        screen.show_today()
        self.reminder.pending = False
        self.on_reminder_settled()

    @Slot(str)
    def on_reframe_hardest(self, text: str) -> None:
        self.open_reframe(situation=text)

    @Slot(object)
    def on_reframe_log(self, interaction: object) -> None:
        topic = getattr(interaction, "topic", None) or ""
        note = getattr(interaction, "note", None) or ""
        situation = " — ".join(part for part in (topic, note) if part)
        self.open_reframe(situation=situation, interaction_id=getattr(interaction, "id", None))

    @Slot()
    def on_reminder_due(self) -> None:
        """Invite the reflection on the desktop (with Reflect now, Snooze 15 min and Not today,
        the very actions of the tray menu) and in the window's banner."""
        title = self.tr("End of shift")
        text = self.tr("How did today go? Two minutes of reflection, with today's numbers.")
        actions = [
            (self.tr("Reflect now"), self.reflect_action.trigger),
            (arg(self.tr("Snooze %1 min"), SNOOZE_MINUTES), self.snooze_action.trigger),
            (self.tr("Not today"), self.not_today_action.trigger),
        ]
        if self.tray is not None:
            self.tray.notifier.notify(title, text, actions, tag=NOTIFICATION_TAG, lasting=True)
        else:
            self.controller.notify.emit(title, text)
        self._banner_text = text
        self.window.show_banner(text, self.tr("Reflect now"), self.open_reflection)
        self._show_pending(True)

    @Slot()
    def on_reminder_settled(self) -> None:
        """Answered, wherever: the notification, the banner and the tray's snooze go."""
        if self.tray is not None:
            self.tray.notifier.withdraw(NOTIFICATION_TAG)
        if self._banner_text and self.window.banner.label.text() == self._banner_text:
            self.window.banner.hide()
        self._banner_text = ""
        self._show_pending(False)

    @Slot()
    def on_snooze(self) -> None:
        self.reminder.snooze()

    @Slot()
    def on_not_today(self) -> None:
        self.reminder.skip_today()


def install(window: MainWindow, tray: Tray | None = None) -> ReflectionActions:
    """Add the reframe and reflection actions and the reminder (called once by the app)."""
    return ReflectionActions(window, tray)
