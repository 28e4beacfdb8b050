"""The Qt binding must not leak or drop references on calls the app makes all shift long."""

import sys

from PySide6.QtWidgets import QPushButton


def test_calls_returning_nothing_keep_none_alive(qtbot):
    button = QPushButton()
    qtbot.addWidget(button)
    before = sys.getrefcount(None)
    for _ in range(2000):
        button.setText("x")
        button.setEnabled(True)
    # A binding that drops one reference per call (PySide6 6.12.0 on Python 3.11) would show
    # -4000 here and, left running for a shift, abort the process.
    assert abs(sys.getrefcount(None) - before) < 100
