"""The reply checker's start-up hook (``install``, named in companion.features): the Check
clipboard and I need a minute actions, the line of check numbers on Today, and the wiring
between the Check and Cool-off screens, the cool-off keeper (companion.ui.cooloff_keeper) and
clipboard watching (companion.ui.clipboard_watcher).

Kept light so the first paint does not wait for the checker: the Check and Cool-off screens,
the rule pack and the cool-off maths load when an action, a screen or a clipboard change needs
them, not when the app starts.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from companion.core.errors import CompanionError
from companion.services import Change, Subject
from companion.store import checks as checks_store
from companion.ui.cooloff_keeper import CoolOffKeeper
from companion.ui.i18n import arg
from companion.ui.today import TodayScreen

if TYPE_CHECKING:
    from companion.core.checker import Report
    from companion.settings import Settings
    from companion.ui.check import CheckScreen
    from companion.ui.clipboard_watcher import ClipboardWatcher
    from companion.ui.controller import Controller
    from companion.ui.main_window import MainWindow
    from companion.ui.tray import Tray

log = logging.getLogger(__name__)

WARM_UP_DELAY_MS = 3_000
"""How long after the window is shown (or clipboard watching is turned on) the rule pack is
compiled in the background."""


def warm_up_checker() -> None:
    """Load and compile the English rule pack on a pool thread (it is cached per process).

    Garbage is collected here first, on the GUI thread: compiling allocates enough to start a
    collection on the pool thread otherwise, and a Qt object freed there (one left in a
    reference cycle, with its timers) must be destroyed on its own thread.
    """
    import gc

    from PySide6.QtCore import QRunnable, QThreadPool

    gc.collect()

    class WarmUp(QRunnable):
        def run(self) -> None:
            from companion.core import checker

            try:
                checker.load_pack("en")
            except CompanionError as error:  # the check itself will report it
                log.warning("reply checker: %s", error)

    QThreadPool.globalInstance().start(WarmUp())


class CheckNumbersRow(QLabel):
    """Today's line of check numbers: replies checked, cool-offs taken and skipped.

    Follows every write that concerns checks or cool-offs — here, by a command handed to the
    app, or by another process — and the day and its start hour moving on.
    """

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("coolOffsToday")
        self.setAccessibleName(self.tr("Checks and cool-offs today"))
        controller.changed.connect(self.on_store_changed)
        controller.day_changed.connect(self.refresh)
        controller.settings_changed.connect(self.on_settings_changed)
        self.refresh()

    @Slot(object)
    def on_store_changed(self, change: Change) -> None:
        if change.concerns(Subject.CHECKS, Subject.COOLOFFS):
            self.refresh()

    @Slot(object)
    def on_settings_changed(self, _settings: object) -> None:
        self.refresh()  # a new day-start hour moves today's bounds

    @Slot()
    def refresh(self) -> None:
        start, end = self.controller.today_bounds()
        try:
            stats = checks_store.day_check_stats(self.controller.store, start, end)
        except CompanionError as error:
            log.info("today: no check numbers: %s", error)
            return
        self.setText(
            arg(
                self.tr("Replies checked: %1 · Cool-offs taken: %2 · skipped: %3"),
                stats.checks,
                stats.cooloffs_taken,
                stats.cooloffs_skipped,
            )
        )


class ReplyTools(QObject):
    """Check clipboard and I need a minute in the window's Tools menu and the tray, the
    cool-off keeper, clipboard watching, and the check numbers on Today.

    The Check and Cool-off screens are wired up when the window first builds them.
    """

    def __init__(self, window: MainWindow, tray: Tray | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.check_action = QAction(self.tr("Check clipboard"), window)
        self.check_action.setShortcut(QKeySequence("Ctrl+Shift+K"))
        self.check_action.setStatusTip(self.tr("Check the reply on the clipboard"))
        self.minute_action = QAction(self.tr("I need a minute"), window)
        self.minute_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.minute_action.setStatusTip(self.tr("Start a short breathing cool-off"))
        self.check_action.triggered.connect(self.on_check_clipboard)
        self.minute_action.triggered.connect(self.on_need_a_minute)
        window.add_tool_action(self.check_action)
        window.add_tool_action(self.minute_action)
        if tray is not None:
            tray.add_quick_action(self.check_action)
            tray.add_quick_action(self.minute_action)
        self.keeper = CoolOffKeeper(self.controller, parent=self)
        self.keeper.ended.connect(self.on_cool_off_ended)
        self._watcher: ClipboardWatcher | None = None
        if self.controller.settings.watch_clipboard:
            self.watcher.apply(True)
        self.today_row: CheckNumbersRow | None = None
        window.screen_built.connect(self.on_screen_built)
        self.controller.check_requested.connect(self.on_check_requested)
        for key, widget in list(window.screens.items()):
            self.on_screen_built(key, widget)
        # Compile the rule pack in the background once a check is likely (the window has been
        # shown, or copied replies are watched), so the first check answers at once. An app
        # left hidden in the tray does not hold the compiled pack (about 10 MiB) meanwhile.
        self.warm_up_timer = QTimer(self)
        self.warm_up_timer.setSingleShot(True)
        self.warm_up_timer.setInterval(WARM_UP_DELAY_MS)
        self.warm_up_timer.timeout.connect(self.on_warm_up_due)
        self.warmed_up = False
        window.installEventFilter(self)
        self.controller.settings_changed.connect(self.on_settings_changed)
        if window.isVisible() or self.controller.settings.watch_clipboard:
            self.warm_up_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show:
            self.warm_up_soon()
        return False

    def warm_up_soon(self) -> None:
        if not self.warmed_up and not self.warm_up_timer.isActive():
            self.warm_up_timer.start()

    @Slot()
    def on_warm_up_due(self) -> None:
        self.warmed_up = True
        self.window.removeEventFilter(self)
        warm_up_checker()

    @property
    def watcher(self) -> ClipboardWatcher:
        """Clipboard watching, made (and its module loaded) once it is first turned on."""
        if self._watcher is None:
            from companion.ui.clipboard_watcher import ClipboardWatcher

            self._watcher = ClipboardWatcher(self.controller, self)
        return self._watcher

    @Slot(object)
    def on_settings_changed(self, settings: Settings) -> None:
        if settings.watch_clipboard:
            self.watcher.apply(True)
            self.warm_up_soon()

    def check_screen(self) -> CheckScreen:
        """The Check screen, shown (built, and the checker loaded, on first use)."""
        from companion.ui.check import CheckScreen

        widget = self.window.show_screen("check")
        assert isinstance(widget, CheckScreen)
        return widget

    def built_check_screen(self) -> CheckScreen | None:
        """The Check screen if the window has built it (without building it)."""
        if "check" not in self.window.screens:
            return None
        from companion.ui.check import CheckScreen  # loaded: the screen exists

        widget = self.window.screens["check"]
        return widget if isinstance(widget, CheckScreen) else None

    @Slot(str, object)
    def on_screen_built(self, key: str, widget: QWidget) -> None:
        if key == "check":
            from companion.ui.check import CheckScreen  # loaded: the screen exists

            if isinstance(widget, CheckScreen):
                widget.cool_off_requested.connect(self.on_cool_off_requested)
                widget.phrasebook_requested.connect(self.on_phrasebook_requested)
                widget.copied.connect(self.on_copied)
        elif key == "cooloff":
            from companion.ui.cooloff import CoolOffScreen

            if isinstance(widget, CoolOffScreen):
                widget.attach(self.keeper)
                widget.rewrite_requested.connect(self.on_rewrite_requested)
        elif key == "today" and isinstance(widget, TodayScreen) and self.today_row is None:
            self.today_row = CheckNumbersRow(self.controller)
            widget.add_stat_row(self.today_row)

    @Slot(str)
    def on_check_requested(self, text: str) -> None:
        """`companion check --clipboard` ran in the app: show what it checked (already counted),
        held like any other hard draft."""
        screen = self.check_screen()
        screen.show_checked(text)
        self.window.bring_forward()

    @Slot()
    def on_check_clipboard(self) -> None:
        screen = self.check_screen()
        self.window.bring_forward()
        screen.check_clipboard()

    @Slot()
    def on_need_a_minute(self) -> None:
        if not self.keeper.running:
            screen = self.built_check_screen()
            draft = screen.text() if screen is not None else ""
            report = screen.current_report() if screen is not None and draft.strip() else None
            self._start_cool_off(draft, report, "on-demand")
        self.window.show_screen("cooloff")
        self.window.bring_forward()

    @Slot(str)
    def on_copied(self, text: str) -> None:
        if self._watcher is not None:  # not watching: nothing to tell apart
            self._watcher.own_copy = text

    @Slot(str, object)
    def on_cool_off_requested(self, draft: str, report: object) -> None:
        from companion.core.checker import Report  # loaded with the Check screen

        first = report if isinstance(report, Report) else None
        reason = "hard-reply" if first is not None and first.verdict == "hard" else "on-demand"
        self._start_cool_off(draft, first, reason)
        self.window.show_screen("cooloff")

    def _start_cool_off(self, draft: str, report: Report | None, reason: str) -> None:
        screen = self.built_check_screen()
        if self.keeper.running and draft and self.keeper.hold(draft, report):
            if screen is not None:  # one running without a draft now holds this one
                screen.hold_draft()
            return
        if self.keeper.running:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(
                self.window,
                self.tr("Cool-off"),
                self.tr("A cool-off is already running; it holds its own draft."),
            )
            return
        if not self.keeper.start(draft or None, report, reason):
            return
        if draft and screen is not None:
            screen.hold_draft()

    @Slot(str)
    def on_phrasebook_requested(self, category: str) -> None:
        self.window.show_phrasebook(category)

    @Slot(str)
    def on_cool_off_ended(self, outcome: str) -> None:
        """The agent stays on whatever screen they are on; a notification says it is over."""
        screen = self.built_check_screen()
        if screen is not None:
            screen.on_cool_off_ended()
        if outcome == "sent-anyway" and self.keeper.draft and self._watcher is not None:
            self._watcher.own_copy = self.keeper.draft  # the agent chose this; no nagging
        if outcome != "taken":
            return
        message = self.tr("Welcome back. Time to answer, cool.")
        if self.keeper.draft:
            # The draft comes back, re-checked, beside the first findings, unless the agent
            # has started another draft in Check meanwhile (Rewrite it now brings it then).
            if screen is None or not screen.text().strip():
                from companion.ui.check import CheckScreen

                widget = self.window.screen_widget("check")  # built, not shown
                assert isinstance(widget, CheckScreen)
                widget.show_beside(self.keeper.draft, self.keeper.first)
                message = self.tr("Welcome back. Your draft is back in Check, beside the findings.")
            else:
                message = self.tr("Welcome back. Your draft waits in Cool-off: Rewrite it now.")
        self.controller.notify.emit(self.tr("Cool-off done"), message)

    @Slot(str, object)
    def on_rewrite_requested(self, draft: str, first: object) -> None:
        from companion.core.checker import Report

        screen = self.check_screen()
        if not screen.has_returned_draft():  # else it is there already, maybe rewritten
            screen.show_beside(draft, first if isinstance(first, Report) else None)
        self.window.bring_forward()


def install(window: MainWindow, tray: Tray | None = None) -> ReplyTools:
    """Add the reply checker's actions, cool-off and clipboard watching (called once)."""
    started = time.perf_counter()
    tools = ReplyTools(window, tray)
    log.debug("reply tools installed in %.1f ms", (time.perf_counter() - started) * 1000)
    return tools
