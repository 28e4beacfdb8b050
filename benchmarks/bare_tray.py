"""The floor for a tray app's idle memory: a bare PySide6 tray icon with a small menu and a
hidden main window, left running until it is terminated (benchmarks/__main__.py reads its RSS).

The icon is painted, not read from a file, so the floor has no image plugin; without a tray host
(offscreen) the window is shown instead, as Companion does.
"""

import sys

from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMenu, QSystemTrayIcon

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(QLabel("Hello"))
pixmap = QPixmap(64, 64)
pixmap.fill(QColor("#2f6f8f"))
tray = QSystemTrayIcon(QIcon(pixmap))
menu = QMenu()
open_action = QAction("Open", menu)
open_action.triggered.connect(window.show)
quit_action = QAction("Quit", menu)
quit_action.triggered.connect(app.quit)
menu.addAction(open_action)
menu.addSeparator()
menu.addAction(quit_action)
tray.setContextMenu(menu)
tray.setToolTip("Hello")
if QSystemTrayIcon.isSystemTrayAvailable():
    app.setQuitOnLastWindowClosed(False)
    tray.show()
else:
    window.show()
sys.exit(app.exec())
