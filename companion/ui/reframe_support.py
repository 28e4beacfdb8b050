"""Where to find someone to talk to, above every step of the reframe guide while the thought
speaks of ending one's life or of self-harm (the words are the word list's own, in the thought's
language: see ``[support]`` in ``resources/reframe/en.toml``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from companion.core.reframe import Detection


class SupportNote(QFrame):
    """Hidden until a detection carries a support note; then its heading and message."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("supportFrame")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#supportFrame { background: palette(base); border: 2px solid palette(highlight);"
            " border-radius: 6px; }"
        )
        self.heading = QLabel()
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 8)
        column.addWidget(self.heading)
        column.addWidget(self.text)
        self.hide()

    def show_for(self, detection: Detection) -> None:
        support = detection.support
        if support is None:
            self.hide()
            return
        self.heading.setText(support.heading)
        self.text.setText(support.message)
        self.setAccessibleName(support.heading)
        self.setAccessibleDescription(support.message)
        self.show()
