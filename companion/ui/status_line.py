"""A status line of two lines at most: what does not fit ends in "…", shown whole as its
tooltip. Two lines of Korean or Japanese are taller than two of the interface font's own
letters (their glyphs come from a CJK font with a taller line), so the room is measured on the
interface language's own letters."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel

from companion.ui.i18n import ui_language

#: a letter of each interface language whose line is taller than the interface font's
_TALL_LETTERS = {"ko": "가", "ja": "あ", "zh": "国"}


class StatusLine(QLabel):
    """The status line: two lines at most, whatever the language and the window's width. What
    does not fit ends in "…" and is shown whole as its tooltip; text() is always the whole."""

    def __init__(self) -> None:
        super().__init__()
        self._whole = ""
        self.setWordWrap(True)
        self._two_lines = self._room()  # measured once: every fit of a text is held to it
        self.setFixedHeight(self._two_lines + 2)

    def _room(self) -> int:
        letter = _TALL_LETTERS.get(ui_language(), "")
        two_lines = f"Ag{letter}\nAg{letter}"
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = self.fontMetrics().boundingRect(QRect(0, 0, 10_000, 10_000), flags, two_lines)
        return max(2 * self.fontMetrics().lineSpacing(), needed.height())

    def text(self) -> str:
        return self._whole

    def setText(self, text: str) -> None:
        self._whole = text
        self._fit()

    def clear(self) -> None:
        self.setText("")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fits(self, text: str, width: int) -> bool:
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = self.fontMetrics().boundingRect(QRect(0, 0, width, 10_000), flags, text)
        return needed.height() <= self._two_lines

    def _fit(self) -> None:
        whole, width = self._whole, self.contentsRect().width()
        if width <= 0 or self._fits(whole, width):
            QLabel.setText(self, whole)
            self.setToolTip("")
            return
        shortest, longest = 0, len(whole)  # the most of it that fits with "…" after it
        while shortest < longest:
            middle = (shortest + longest + 1) // 2
            if self._fits(whole[:middle].rstrip() + "…", width):
                shortest = middle
            else:
                longest = middle - 1
        QLabel.setText(self, whole[:shortest].rstrip() + "…")
        self.setToolTip(whole)
