"""Shared look: heading sizes and emphasised fonts, relative to the system font (HiDPI and
accessibility settings scale with it)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel


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
