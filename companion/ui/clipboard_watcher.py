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
    """A sentence or more of words (not a number, a link or a single word)."""
    stripped = text.strip()
    if len(stripped) < 25 or stripped.startswith(("http://", "https://")):
        return False
    return len(stripped.split()) >= 5


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

        try:
            report = checker.check(
                text[:WATCH_LIMIT],
                disabled_rules=frozenset(self.controller.settings.disabled_rules),
            )
        except CompanionError:
            return
        count = len(report.findings)
        title = arg(self.tr("Copied reply: %1"), verdict_words(report.verdict, start=True))
        if count:
            message = self.tr("%n finding(s). Use Check clipboard to see them.", "", count)
        else:
            message = self.tr("Nothing here should hurt the reply.")
        self.controller.notify.emit(title, message)
        self.verdict.emit(title, report)
