"""The app's actions, made once and shared by the window's menus and the tray menu.

Both faces trigger the same QAction, so a tray click runs exactly the code a menu click does.
Shortcuts are set with ``setShortcuts([…])``: ``setShortcut(QKeySequence(…))`` tries an overload
taking a ``Qt.Key`` first, which makes PySide6 build the whole ``Qt`` namespace (about 12 ms of
the first window).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from companion.ui import icons


class Actions(QObject):
    """Quick actions. Connected by the main window; the tray only shows them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_positive = QAction(self.tr("Log positive"), self)
        self.log_positive.setIcon(icons.state_icon_for("above"))
        self.log_positive.setShortcuts([QKeySequence("Ctrl+Up")])
        self.log_negative = QAction(self.tr("Log negative"), self)
        self.log_negative.setIcon(icons.state_icon_for("below"))
        self.log_negative.setShortcuts([QKeySequence("Ctrl+Down")])
        # No window-wide Ctrl+Z: on other screens it means "undo my edit" (a happy-file delete,
        # a rewrite); the Today screen binds it to this undo itself.
        self.undo = QAction(self.tr("Undo last log"), self)
        self.open_window = QAction(self.tr("Open Companion"), self)
        self.open_window.setIcon(icons.app_icon())
        self.settings = QAction(self.tr("Settings…"), self)
        self.settings.setShortcuts([QKeySequence(QKeySequence.StandardKey.Preferences)])
        if self.settings.shortcut().isEmpty():
            self.settings.setShortcuts([QKeySequence("Ctrl+,")])
        self.hide_window = QAction(self.tr("Hide window"), self)
        self.hide_window.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close)])
        self.quit = QAction(self.tr("Quit Companion"), self)
        self.quit.setShortcuts([QKeySequence(QKeySequence.StandardKey.Quit)])
        self.about = QAction(self.tr("About Companion"), self)
