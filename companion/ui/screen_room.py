"""How much of the screen a window may take: the screen's available geometry (panels and docks
left out) less the frame a window manager draws around it, so a window opened at that size
keeps its edges and buttons on a small screen (800×600)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 40)
"""Room for a window manager's borders and title bar: the size Qt gives a window is without
them, and Qt knows them only once the window is on the screen."""


def room_on_screen(window: QWidget) -> QSize:
    """The largest size ``window`` may take on the screen it is on (or will open on)."""
    available = window.screen().availableGeometry()
    return QSize(
        max(available.width() - FRAME.width(), 1), max(available.height() - FRAME.height(), 1)
    )


def within_screen(window: QWidget, size: QSize) -> QSize:
    """``size``, made no larger than the room on ``window``'s screen."""
    return size.boundedTo(room_on_screen(window))
