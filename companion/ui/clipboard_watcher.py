"""Clipboard watching (a setting, off by default): a quiet verdict for each copied reply.

Light to import: the checker loads on the first copied text that looks like a reply, not before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from companion import clipboard
from companion.core.errors import CompanionError
from companion.ui.i18n import arg
from companion.ui.words import verdict_words

if TYPE_CHECKING:
    from companion.settings import Settings
    from companion.ui.controller import Controller

#: Clipboard watching only looks at the start of very long texts.
WATCH_LIMIT = 50_000
#: A copy settles this long before it is read (some programs set the clipboard several times).
SETTLE_MS = 400


def looks_like_reply(text: str) -> bool:
    """A sentence or more of words (not a number, a link or a single word). Japanese and
    Chinese have no spaces between words: there a dozen of their characters make a sentence."""
    stripped = text.strip()
    if stripped.startswith(("http://", "https://")):
        return False
    if len(stripped.split()) >= 5 and len(stripped) >= 25:
        return True
    return sum(1 for ch in stripped[:200] if _is_cjk(ch)) >= 12


def _is_cjk(ch: str) -> bool:
    """A kana, Han or Hangul character."""
    cp = ord(ch)
    return 0x3040 <= cp <= 0x30FF or 0x4E00 <= cp <= 0x9FFF or 0xAC00 <= cp <= 0xD7A3


class ClipboardWatcher(QObject):
    """When on, new clipboard text that looks like a reply gets a quiet notification with the
    verdict. Nothing is stored; Companion's own copies (``own_copy``) are skipped.

    Signals:
        verdict(str, object): a watched text was checked (title, Report) — for tests.
    """

    verdict = Signal(str, object)

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.own_copy: str | None = None
        self._connected = False
        self._task: object | None = None  # a check running in the background, kept alive
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SETTLE_MS)
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
    def on_settings_changed(self, settings: Settings) -> None:
        self.apply(settings.watch_clipboard)

    @Slot()
    def on_clipboard_changed(self) -> None:
        self.timer.start()

    @Slot()
    def on_settled(self) -> None:
        text = clipboard.normalise(QGuiApplication.clipboard().text())
        if not looks_like_reply(text) or text == self.own_copy:
            return
        from companion.core import checker

        text = text[:WATCH_LIMIT]
        disabled = frozenset(self.controller.settings.disabled_rules)
        if not checker.is_ready_for(text):
            # the first text in its language: its rules (and word analyser) load off the GUI
            # thread, and the verdict comes when they have
            from PySide6.QtCore import QThreadPool

            from companion.ui.check_editor import CheckTask

            task = CheckTask(0, text, disabled, frozenset())
            task.signals.done.connect(self.on_checked)
            self._task = task
            QThreadPool.globalInstance().start(task)
            return
        try:
            report = checker.check(text, disabled_rules=disabled)
        except CompanionError:
            return
        self.on_checked(0, report)

    @Slot(int, object)
    def on_checked(self, _generation: int, report: object) -> None:
        from companion.core.checker import Report

        self._task = None
        if not isinstance(report, Report):
            return
        count = len(report.findings)
        title = arg(self.tr("Copied reply: %1"), verdict_words(report.verdict, start=True))
        if count:
            message = self.tr("%n finding(s). Use Check clipboard to see them.", "", count)
        else:
            message = self.tr("Nothing here should hurt the reply.")
        self.controller.notify.emit(title, message)
        self.verdict.emit(title, report)
