"""Marking a thought as it is typed (P1.5): the highlighter, the tints of the three
dimensions, and the word lists compiled on a pool thread so the GUI thread never waits for them.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QRunnable, Signal
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat

from companion.core.errors import CompanionError
from companion.core.reframe import (
    MAX_THOUGHT_CHARS,
    Dimension,
    detect,
    is_ready_for,
    load_word_lists,
)
from companion.ui.check_editor import Utf16, emit_unless_quit

log = logging.getLogger(__name__)

# Tints readable on light and dark palettes; the dimension is also spelled out in words.
DIMENSION_COLOURS = {
    Dimension.PERMANENT: QColor(230, 140, 0, 90),
    Dimension.PERVASIVE: QColor(40, 130, 230, 90),
    Dimension.PERSONAL: QColor(200, 60, 160, 90),
}


class _LoadedSignals(QObject):
    loaded = Signal(str, bool)  # the language, and whether its lists could be read


class WordListsTask(QRunnable):
    """Compiles one language's reframe word lists on a pool thread (a third of a second for
    English), so marking as the agent types never waits for it on the GUI thread."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.signals = _LoadedSignals()

    def run(self) -> None:
        try:
            load_word_lists(self.language)
        except CompanionError as error:  # detect itself reports it, on the GUI thread
            log.warning("reframe word lists for %s: %s", self.language, error)
            emit_unless_quit(self.signals.loaded, self.language, False)
            return
        emit_unless_quit(self.signals.loaded, self.language, True)


class ThoughtHighlighter(QSyntaxHighlighter):
    """Marks permanent, pervasive and personal words, one paragraph at a time.

    Clauses never cross a line break, so each paragraph can be read on its own. A paragraph in
    a language whose word lists are still loading is marked once they are (see ReframeGuide).
    """

    def highlightBlock(self, text: str) -> None:
        if not text.strip() or len(text) > MAX_THOUGHT_CHARS or not is_ready_for(text):
            return
        try:
            found = detect(text)
        except CompanionError:
            return
        units = Utf16(text)  # Qt counts an emoji as two places, Python as one
        for marking in found.markings:
            fmt = QTextCharFormat()
            if marking.about_self:
                fmt.setBackground(DIMENSION_COLOURS[marking.dimension])
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            else:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setToolTip(marking.explanation)
            start = units.to_qt(marking.start)
            self.setFormat(start, units.to_qt(marking.end) - start, fmt)
