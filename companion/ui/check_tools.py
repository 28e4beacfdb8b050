"""The reply checker's start-up pieces: the Check clipboard and I need a minute actions, the
cool-off keeper, clipboard watching and the Today row (``install``, called once by the app).

Kept light so the first paint does not wait for the checker: the Check and Cool-off screens,
the rule pack and the cool-off maths load when an action, a screen or a clipboard change needs
them, not when the app starts.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox

from companion.core.errors import CompanionError
from companion.store import checks as checks_store

if TYPE_CHECKING:
    from companion.core.checker import Report
    from companion.core.cooloff import CoolOff
    from companion.ui.check import CheckScreen
    from companion.ui.controller import Controller
    from companion.ui.main_window import MainWindow
    from companion.ui.tray import Tray

log = logging.getLogger(__name__)

#: Clipboard watching only looks at the start of very long texts.
WATCH_LIMIT = 50_000


def verdict_words(verdict: str) -> str:
    tr = QCoreApplication.translate
    return {
        "ok": tr("Check", "OK"),
        "care": tr("Check", "Needs care"),
        "hard": tr("Check", "Hard reply"),
    }[verdict]


def looks_like_reply(text: str) -> bool:
    """A sentence or more of words (not a number, a link or a single word)."""
    stripped = text.strip()
    if len(stripped) < 25 or stripped.startswith(("http://", "https://")):
        return False
    return len(stripped.split()) >= 5


# --------------------------------------------------------------------------- the cool-off keeper


class CoolOffKeeper(QObject):
    """The app's one cool-off: start, send anyway, end early, and the end when time is up.

    It lives while the window is closed and picks up a cool-off left running by the last run
    (the held draft is not saved, so a restored one runs without it). The cool-off maths
    (companion.core.cooloff) loads only when a cool-off is restored or started.

    Signals:
        started(): a cool-off began (or was restored).
        ended(str): it ended: "taken", "skipped" or "sent-anyway".
    """

    started = Signal()
    ended = Signal(str)

    def __init__(
        self,
        controller: Controller,
        monotonic: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.monotonic = monotonic
        self.state: CoolOff | None = None
        self.row_id: int | None = None
        self.reason = "on-demand"
        self.draft: str | None = None
        self.first: Report | None = None
        self.restored = False
        self.last_outcome: str | None = None
        self.due_timer = QTimer(self)
        self.due_timer.setSingleShot(True)
        self.due_timer.timeout.connect(self.on_due)
        self._restore()

    # --- state -------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.state is not None and self.state.outcome is None

    def remaining(self) -> float:
        return self.state.remaining(self.monotonic()) if self.state is not None else 0.0

    def _restore(self) -> None:
        try:
            saved = checks_store.active_cooloff(self.controller.store)
        except CompanionError as error:
            log.warning("cool-off: cannot restore: %s", error)
            return
        if saved is None:
            return
        from companion.core.cooloff import CoolOff

        self.state = CoolOff.restore(
            saved.cool_off.to_dict(), self.monotonic(), self.controller.clock()
        )
        self.row_id, self.reason, self.restored = saved.id, saved.reason, True
        self._schedule()

    def _schedule(self) -> None:
        self.due_timer.start(max(0, int(self.remaining() * 1000) + 50))

    def start(self, draft: str | None, first: Report | None, reason: str = "on-demand") -> bool:
        """Start a cool-off of the configured length holding ``draft``; False if one runs."""
        if self.running:
            return False
        from companion.core.cooloff import CoolOff

        minutes = self.controller.settings.cooloff_minutes
        state = CoolOff.start(minutes * 60, self.monotonic(), self.controller.clock())
        try:
            row_id = checks_store.start_cooloff(self.controller.store, state, reason)
        except CompanionError as error:
            self.controller.error.emit(error.message)
            return False
        self.state, self.row_id, self.reason = state, row_id, reason
        self.draft, self.first, self.restored, self.last_outcome = draft, first, False, None
        self._schedule()
        self.started.emit()
        return True

    def send_anyway(self) -> str | None:
        """End now, recorded as sent anyway; returns the draft to put on the clipboard."""
        if self.state is None or not self.running:
            return None
        draft = self.draft
        self._end(self.state.send_anyway(self.controller.clock()))
        return draft

    def end_early(self) -> None:
        """Stop without sending (counted as skipped)."""
        if self.state is not None and self.running:
            self._end(self.state.skip(self.controller.clock()))

    def record_declined(self) -> None:
        """A cool-off offered for a hard reply and turned down."""
        minutes = self.controller.settings.cooloff_minutes
        try:
            checks_store.record_declined(
                self.controller.store, self.controller.clock(), minutes * 60
            )
        except CompanionError as error:
            self.controller.error.emit(error.message)
        self.controller.data_changed.emit("checks")

    @Slot()
    def on_due(self) -> None:
        if self.state is None or not self.running:
            return
        now = self.monotonic()
        if not self.state.done(now):
            self._schedule()  # woke a little early
            return
        self._end(self.state.finish(now, self.controller.clock()))

    def _end(self, ended: CoolOff) -> None:
        self.due_timer.stop()
        self.state = ended
        if self.row_id is not None:
            try:
                checks_store.end_cooloff(self.controller.store, self.row_id, ended)
            except CompanionError as error:
                self.controller.error.emit(error.message)
        assert ended.outcome is not None
        self.last_outcome = ended.outcome
        self.ended.emit(ended.outcome)
        self.controller.data_changed.emit("checks")


# --------------------------------------------------------------------------- clipboard watching


class ClipboardWatcher(QObject):
    """When on (a setting, off by default), new clipboard text that looks like a reply gets a
    quiet notification with the verdict. Nothing is stored; Companion's own copies are skipped.

    The checker loads on the first copied text that looks like a reply, not before.

    Signals:
        verdict(str, object): a watched text was checked (title, Report) — for tests.
    """

    verdict = Signal(str, object)

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.own_copy: str | None = None
        self._connected = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(400)
        self.timer.timeout.connect(self.on_settled)
        controller.settings_changed.connect(self.on_settings_changed)
        self.apply(controller.settings.watch_clipboard)

    def apply(self, on: bool) -> None:
        if on and not self._connected:
            QGuiApplication.clipboard().dataChanged.connect(self.on_clipboard_changed)
            self._connected = True
        elif not on and self._connected:
            QGuiApplication.clipboard().dataChanged.disconnect(self.on_clipboard_changed)
            self._connected = False
            self.timer.stop()

    @property
    def watching(self) -> bool:
        return self._connected

    @Slot(object)
    def on_settings_changed(self, settings: object) -> None:
        self.apply(bool(getattr(settings, "watch_clipboard", False)))

    @Slot()
    def on_clipboard_changed(self) -> None:
        self.timer.start()

    @Slot()
    def on_settled(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not looks_like_reply(text) or text == self.own_copy:
            return
        from companion.core import checker

        try:
            report = checker.check(
                text[:WATCH_LIMIT],
                disabled_rules=frozenset(self.controller.settings.disabled_rules),
            )
        except CompanionError:
            return
        count = len(report.findings)
        title = self.tr("Copied reply: %s") % verdict_words(report.verdict)
        if count:
            message = self.tr("%d finding(s). Use Check clipboard to see them.") % count
        else:
            message = self.tr("Nothing here should hurt the reply.")
        self.controller.notify.emit(title, message)
        self.verdict.emit(title, report)


# --------------------------------------------------------------------------- installation


WARM_UP_DELAY_MS = 3_000


def warm_up_checker() -> None:
    """Load and compile the English rule pack on a pool thread (it is cached per process)."""
    from PySide6.QtCore import QRunnable, QThreadPool

    class WarmUp(QRunnable):
        def run(self) -> None:
            from companion.core import checker

            try:
                checker.load_pack("en")
            except CompanionError as error:  # the check itself will report it
                log.warning("reply checker: %s", error)

    QThreadPool.globalInstance().start(WarmUp())


class ReplyTools(QObject):
    """Check clipboard and I need a minute in the window's Tools menu and the tray, the
    cool-off keeper, clipboard watching, and the cool-off numbers on Today.

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
        self.watcher = ClipboardWatcher(self.controller, self)
        self.today_label: QLabel | None = None
        window.screen_built.connect(self.on_screen_built)
        self.controller.data_changed.connect(self.on_data_changed)
        self.controller.check_requested.connect(self.on_check_requested)
        self.controller.interactions_changed.connect(self.refresh_today)
        self.controller.day_changed.connect(self.refresh_today)
        for key, widget in list(window.screens.items()):
            self.on_screen_built(key, widget)
        # Compile the rule pack in the background once the app has settled, so the first
        # check the agent asks for answers at once instead of waiting for the compile.
        QTimer.singleShot(WARM_UP_DELAY_MS, warm_up_checker)

    def check_screen(self) -> CheckScreen:
        """The Check screen, shown (built, and the checker loaded, on first use)."""
        self.window.show_screen("check")
        return self.check_screen_widget()

    def check_screen_widget(self) -> CheckScreen:
        from companion.ui.check import CheckScreen

        widget = self.window.screens["check"]
        assert isinstance(widget, CheckScreen)
        return widget

    @Slot(str, object)
    def on_screen_built(self, key: str, widget: object) -> None:
        if key == "check":
            from companion.ui.check import CheckScreen  # already loaded: the screen exists

            if isinstance(widget, CheckScreen):
                widget.cool_off_requested.connect(self.on_cool_off_requested)
                widget.cool_off_declined.connect(self.on_cool_off_declined)
                widget.phrasebook_requested.connect(self.on_phrasebook_requested)
                widget.checked.connect(self.on_checked)
                widget.copied.connect(self.on_copied)
        elif key == "cooloff":
            from companion.ui.cooloff import CoolOffScreen

            if isinstance(widget, CoolOffScreen):
                widget.attach(self.keeper)
                widget.rewrite_requested.connect(self.on_rewrite_requested)
        elif key == "today":
            box = getattr(widget, "extra_box", None)
            if box is not None and self.today_label is None:
                self.today_label = QLabel()
                self.today_label.setObjectName("coolOffsToday")
                self.today_label.setAccessibleName(self.tr("Checks and cool-offs today"))
                box.addWidget(self.today_label)
                self.refresh_today()

    @Slot()
    def refresh_today(self) -> None:
        if self.today_label is None:
            return
        start, end = self.controller.today_bounds()
        try:
            stats = checks_store.day_check_stats(self.controller.store, start, end)
        except CompanionError as error:
            log.info("today: no check numbers: %s", error)
            return
        self.today_label.setText(
            self.tr("Replies checked: %d · Cool-offs taken: %d · skipped: %d")
            % (stats.checks, stats.cooloffs_taken, stats.cooloffs_skipped)
        )

    @Slot(str)
    def on_data_changed(self, subject: str) -> None:
        if subject == "checks":
            self.refresh_today()

    @Slot(str)
    def on_check_requested(self, text: str) -> None:
        """`companion check --clipboard` ran in the app: show what it checked (already counted)."""
        screen = self.check_screen()
        screen.set_text(text)
        screen.status_label.setText(self.tr("Checked the clipboard."))
        screen.run_check(None)
        self.window.bring_forward()

    @Slot()
    def on_check_clipboard(self) -> None:
        screen = self.check_screen()
        self.window.bring_forward()
        screen.check_clipboard()

    @Slot()
    def on_need_a_minute(self) -> None:
        if not self.keeper.running:
            draft = ""
            report = None
            if "check" in self.window.screens:
                screen = self.check_screen()
                draft, report = screen.text(), screen.report
            self._start_cool_off(draft, report, "on-demand")
        self.window.show_screen("cooloff")
        self.window.bring_forward()

    @Slot(object)
    def on_checked(self, payload: object) -> None:
        report, source = cast("tuple[Report, str]", payload)
        try:
            checks_store.log_check(self.controller.store, report, self.controller.clock(), source)
        except CompanionError as error:
            self.controller.error.emit(error.message)
            return
        self.refresh_today()

    @Slot(str)
    def on_copied(self, text: str) -> None:
        self.watcher.own_copy = text

    @Slot(str, object)
    def on_cool_off_requested(self, draft: str, report: object) -> None:
        from companion.core.checker import Report  # loaded with the Check screen

        first = report if isinstance(report, Report) else None
        reason = "hard-reply" if first is not None and first.verdict == "hard" else "on-demand"
        self._start_cool_off(draft, first, reason)
        self.window.show_screen("cooloff")

    def _start_cool_off(self, draft: str, report: Report | None, reason: str) -> None:
        if self.keeper.running:
            QMessageBox.information(
                self.window,
                self.tr("Cool-off"),
                self.tr("A cool-off is already running; it holds its own draft."),
            )
            return
        self.keeper.start(draft or None, report, reason)
        if draft and "check" in self.window.screens:
            self.check_screen_widget().hold_draft()
        self.refresh_today()

    @Slot()
    def on_cool_off_declined(self) -> None:
        self.keeper.record_declined()
        self.refresh_today()

    @Slot(str)
    def on_phrasebook_requested(self, category: str) -> None:
        show = getattr(self.window, "show_phrasebook", None)
        if callable(show):
            try:
                show(category)
            except KeyError:
                self.window.statusBar().showMessage(self.tr("The phrasebook is not here yet."))

    @Slot(str)
    def on_cool_off_ended(self, outcome: str) -> None:
        self.refresh_today()
        if outcome == "sent-anyway" and self.keeper.draft:
            self.watcher.own_copy = self.keeper.draft  # the agent chose this; no nagging
        if outcome != "taken":
            return
        if self.keeper.draft:
            # the draft comes back, re-checked, beside the first findings
            self.check_screen().show_beside(self.keeper.draft, self.keeper.first)
            self.window.show_screen("cooloff")
            message = self.tr("Welcome back. Your draft is back in Check, beside the findings.")
        else:
            message = self.tr("Welcome back. Time to answer, cool.")
        self.controller.notify.emit(self.tr("Cool-off done"), message)

    @Slot(str, object)
    def on_rewrite_requested(self, draft: str, first: object) -> None:
        from companion.core.checker import Report

        screen = self.check_screen()
        screen.show_beside(draft, first if isinstance(first, Report) else None)
        self.window.bring_forward()


def install(window: MainWindow, tray: Tray | None = None) -> ReplyTools:
    """Add the reply checker's actions, cool-off and clipboard watching (called once)."""
    started = time.perf_counter()
    tools = ReplyTools(window, tray)
    log.debug("reply tools installed in %.1f ms", (time.perf_counter() - started) * 1000)
    return tools
