"""The app's one cool-off (P2.1), kept while the window is closed and across a restart.

Light to import: the start-up hook builds the keeper before the cool-off maths
(companion.core.cooloff) is needed; it loads when a cool-off is restored or started.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from companion.core.errors import CompanionError
from companion.services import checks
from companion.store import checks as checks_store

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from companion.core.checker import Report
    from companion.core.cooloff import CoolOff
    from companion.ui.controller import Controller

log = logging.getLogger(__name__)


def ask_send_anyway(parent: QWidget, running: bool) -> bool:
    """The one question before a hard draft leaves without its cool-off (the Cool-off screen's
    Send anyway while one runs, or Copy reply on a held draft in Check)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    if running:
        question = QCoreApplication.translate(
            "CoolOffKeeper",
            "The cool-off is not over. Copy the draft now and send it as it is? "
            "This is recorded in today's numbers.",
        )
    else:
        question = QCoreApplication.translate(
            "CoolOffKeeper",
            "This reply may land hard. Copy it now, without a cool-off, and send it as it is? "
            "This is recorded in today's numbers.",
        )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CoolOffKeeper", "Send anyway?"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class CoolOffKeeper(QObject):
    """Start, send anyway, end early, and the end when time is up; writes go through
    companion.services.checks, which announces them to every screen.

    It picks up a cool-off left running by the last run (the held draft is never saved, so a
    restored one runs without it). The draft and the first findings live here, in memory only,
    for the Cool-off screen that shows them.

    Signals:
        started(): a cool-off began (or was restored), or a running one took a draft to hold.
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

    # --- what the user does ------------------------------------------------------------------

    def start(self, draft: str | None, first: Report | None, reason: str = "on-demand") -> bool:
        """Start a cool-off of the configured length holding ``draft``; False if one runs."""
        if self.running:
            return False
        minutes = self.controller.settings.cooloff_minutes
        try:
            row_id, state = checks.start_cooloff(self.controller, minutes, self.monotonic(), reason)
        except CompanionError as error:
            self.controller.error.emit(error.message)
            return False
        self.state, self.row_id, self.reason = state, row_id, reason
        self.draft, self.first, self.restored, self.last_outcome = draft, first, False, None
        self._schedule()
        self.started.emit()
        return True

    def hold(self, draft: str, first: Report | None) -> bool:
        """Give a running cool-off that holds no draft this one to hold; False otherwise."""
        if not self.running or self.draft:
            return False
        self.draft, self.first = draft, first
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
        """Ends here whatever the disk says: a failed write leaves the row running, and the next
        start picks it up with no time left."""
        self.due_timer.stop()
        self.state = ended
        if self.row_id is not None:
            try:
                checks.end_cooloff(self.controller, self.row_id, ended)
            except CompanionError as error:
                self.controller.error.emit(error.message)
        assert ended.outcome is not None
        self.last_outcome = ended.outcome
        self.ended.emit(ended.outcome)
