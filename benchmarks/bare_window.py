"""The floor for start-up: a bare PySide6 window with a label, shown, then quit once it has
painted (as `companion --exit-after-show` does)."""

import sys

from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class Window(QMainWindow):
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        QTimer.singleShot(0, app.quit)


app = QApplication(sys.argv[:1])
window = Window()
window.setCentralWidget(QLabel("Hello"))
window.show()
sys.exit(app.exec())
