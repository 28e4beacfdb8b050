"""Lift me up (P1.2): one happy file entry in a calm card, starred ones more often.

The once-a-day offer lives in :mod:`companion.ui.happy_tools`, which start-up imports."""

from __future__ import annotations

import random
import re

from PySide6.QtCore import QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from companion.core.days import local_zone
from companion.core.happy import HappyEntry
from companion.store import happy as happy_store
from companion.ui.controller import Controller
from companion.ui.i18n import arg, year_day_text

_CARD_STYLE = """
QFrame#liftCard { background: palette(base); border: 1px solid palette(mid); border-radius: 14px; }
QLabel#liftQuote { font-family: Georgia, 'Noto Serif', 'DejaVu Serif', serif; }
QLabel#liftMark { color: #d9822b; }
QLabel#liftMeta, QLabel#liftNote { color: palette(placeholder-text); }
QScrollArea#liftScroll, QWidget#liftWords { background: transparent; }
"""


LONGEST_UNBROKEN = 24
"""Characters after which a run with no break (a pasted link, a name in capitals) may wrap."""


# Letters that wrap between any two of them already, as Japanese, Chinese and Korean do (with
# the line-breaking rules of their own: never before 「、」 or 「。」)
_WRAPS_ANYWHERE = "\u3000-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"


def breakable(text: str) -> str:
    """``text`` with an invisible break allowed every few characters of a run that has no
    space, so a pasted link wraps inside the card instead of running off its edge. Japanese,
    Chinese and Korean letters are left to Qt, which breaks their lines where their rules say:
    a break put in between them could start a line with 「、」."""
    run = f"[^\\s{_WRAPS_ANYWHERE}]"
    return re.sub(rf"({run}{{{LONGEST_UNBROKEN}}})(?={run})", "\\1\u200b", text)


class LiftDialog(QDialog):
    """A quiet card with one kind customer message; "Another one" draws again.

    Signals:
        shown_entry(object): the HappyEntry now on the card (None when the file is empty).
    """

    shown_entry = Signal(object)

    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.rng = rng or random.Random()
        self.entry: HappyEntry | None = None
        self.setWindowTitle(self.tr("Lift me up"))
        self.setAccessibleName(self.tr("Lift me up"))
        self.setMinimumSize(QSize(520, 360))
        self.setStyleSheet(_CARD_STYLE)

        card = QFrame()
        card.setObjectName("liftCard")
        mark = QLabel("\u201c")
        mark.setObjectName("liftMark")
        mark_font = QFont("Georgia")
        mark_font.setPointSizeF(self.font().pointSizeF() * 4)
        mark_font.setBold(True)
        mark.setFont(mark_font)
        mark.setFixedHeight(int(mark.fontMetrics().height() * 0.8))
        self.quote_label = QLabel()
        self.quote_label.setObjectName("liftQuote")
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.quote_label.setAccessibleName(self.tr("Customer's words"))
        quote_font = QFont(self.font())
        quote_font.setPointSizeF(quote_font.pointSizeF() * 1.45)
        self.quote_label.setFont(quote_font)
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setAccessibleName(self.tr("Screenshot"))
        self.note_label = QLabel()
        self.note_label.setObjectName("liftNote")
        self.note_label.setWordWrap(True)
        note_font = QFont(self.font())
        note_font.setItalic(True)
        self.note_label.setFont(note_font)
        self.meta_label = QLabel()
        self.meta_label.setObjectName("liftMeta")

        # The words scroll inside the card when a message is longer than it (the date and tags
        # stay in view under them); a short one sits at the top with nothing to scroll.
        words = QWidget()
        words.setObjectName("liftWords")
        words_layout = QVBoxLayout(words)
        words_layout.setContentsMargins(0, 0, 10, 0)  # room beside a scroll bar
        words_layout.setSpacing(10)
        words_layout.addWidget(self.quote_label)
        words_layout.addWidget(self.image_label)
        words_layout.addStretch(1)
        words_layout.addWidget(self.note_label)
        self.words_area = QScrollArea()
        self.words_area.setObjectName("liftScroll")
        self.words_area.setFrameShape(QFrame.Shape.NoFrame)
        self.words_area.setWidgetResizable(True)
        self.words_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.words_area.setWidget(words)
        self.words_area.viewport().setAutoFillBackground(False)
        self.words_area.setAccessibleName(self.tr("The message"))

        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(28, 18, 28, 22)
        card_layout.setSpacing(10)
        card_layout.addWidget(mark)
        card_layout.addWidget(self.words_area, 1)
        card_layout.addWidget(self.meta_label)

        self.another_button = QPushButton(self.tr("Another one"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.another_button.clicked.connect(self.show_another)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.another_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.addWidget(card, 1)
        layout.addLayout(buttons)
        another_shortcut = QShortcut(QKeySequence("Space"), self)
        another_shortcut.activated.connect(self.show_another)
        self.show_another()

    @Slot()
    def show_another(self) -> None:
        """Draw an entry, avoiding the one on the card when there is a choice."""
        previous = self.entry.id if self.entry else None
        entry = happy_store.random_happy(self.controller.store, self.rng, avoid=previous)
        self.show_entry(entry)

    def show_entry(self, entry: HappyEntry | None) -> None:
        self.entry = entry
        self.words_area.verticalScrollBar().setValue(0)
        if entry is None:
            self.quote_label.setText(
                self.tr(
                    "Your happy file is empty for now.\n\nWhen a customer writes something kind, "
                    "copy it and choose Save to happy file. On a day like this it will be here."
                )
            )
            self.note_label.clear()
            self.meta_label.clear()
            self.image_label.hide()
            self.another_button.setEnabled(False)
            self.shown_entry.emit(None)
            return
        self.another_button.setEnabled(True)
        self.quote_label.setText(breakable(entry.quote))
        self.quote_label.setVisible(bool(entry.quote))
        if entry.image:
            pixmap = QPixmap()
            pixmap.loadFromData(entry.image)
            self.image_label.setPixmap(
                pixmap.scaled(
                    QSize(460, 240),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.image_label.show()
        else:
            self.image_label.clear()
            self.image_label.hide()
        self.note_label.setText(
            arg(self.tr("Why it made my day: %1"), entry.note) if entry.note else ""
        )
        local = entry.created.astimezone(local_zone())
        meta = year_day_text(local.date())
        if entry.tags:
            meta += "   " + "  ".join(f"#{tag}" for tag in entry.tags)
        if entry.starred:
            meta += "   ★"
        self.meta_label.setText(meta)
        self.shown_entry.emit(entry)
