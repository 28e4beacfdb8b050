"""Small screens: how much of the screen a window may take (the screen's available geometry,
panels and docks left out, less the frame a window manager draws around it, so a window opened
at that size keeps its edges and buttons on an 800×600 screen), and the layout that lets each
of the window's screens take the room it is given and scroll only below its own smallest size."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Slot
from PySide6.QtWidgets import QStackedWidget, QWidget

from companion.ui.item_layout import ItemLayout

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


class ScreenRoom(ItemLayout):
    """The layout of the screens' holder: the stack of screens filling the room the window
    gives it, in a scroll area that scrolls only below the shown screen's own smallest size. On
    a small screen (800×600) a screen takes the width it is given and scrolls down, sideways
    only if its own layout needs more. It asks for no height for its width, so a screen is laid
    out in the room given, as it is with no scroll area around it, not stretched to its
    preferred height. (A layout, not an event handler: Qt tells it of a screen's new size.)"""

    def __init__(self, holder: QWidget, stack: QStackedWidget) -> None:
        super().__init__(holder)
        self.setContentsMargins(0, 0, 0, 0)
        self.stack = stack
        self.addWidget(stack)
        stack.currentChanged.connect(self.on_current_changed)

    def _smallest(self) -> QSize:
        screen = self.stack.currentWidget()
        if screen is None:
            return QSize(0, 0)
        return screen.minimumSizeHint().expandedTo(screen.minimumSize())

    def minimumSize(self) -> QSize:
        return self._smallest()

    def sizeHint(self) -> QSize:
        return self._smallest()

    def hasHeightForWidth(self) -> bool:
        return False

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self.stack.setGeometry(rect)

    @Slot(int)
    def on_current_changed(self, _index: int) -> None:
        self.invalidate()
