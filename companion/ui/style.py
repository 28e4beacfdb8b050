"""Shared look: heading sizes and emphasised fonts, relative to the system font (HiDPI and
accessibility settings scale with it)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit


def scaled_font(base: QFont, factor: float, bold: bool = True) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def heading(text: str = "", factor: float = 1.5) -> QLabel:
    """A screen or section title."""
    label = QLabel(text)
    label.setFont(scaled_font(label.font(), factor))
    return label


def text_box(
    hint: str, name: str, min_height: int, max_height: int | None = None
) -> QPlainTextEdit:
    """A few lines of free text in a form: Tab moves on (keyboard-only use), a hint shows
    while empty, and screen readers get a name."""
    edit = QPlainTextEdit()
    edit.setPlaceholderText(hint)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(min_height)
    if max_height is not None:
        edit.setMaximumHeight(max_height)
    return edit
