"""What QThreadPool tasks share: the signals they report back to the GUI thread with."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class TaskSignals(QObject):
    """A task's outcome, delivered on the GUI thread.

    Signals:
        finished(str): a message for the user when the task succeeded.
        failed(str): a message for the user when it did not.
    """

    finished = Signal(str)
    failed = Signal(str)
