"""Writing an export off the GUI thread: any screen's export (reflections, the happy file) is a
render function run with a database connection of the task's own, then one atomic write."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRunnable

from companion.core.errors import CompanionError
from companion.paths import write_atomically
from companion.store import Store
from companion.ui.i18n import arg
from companion.ui.workers import TaskSignals

Render = Callable[[Store], tuple[str, int]]
"""Reads what to export through the given connection and returns the text and how many items
(days, entries) it holds. Runs on the worker thread: it must capture plain values only, never
a widget or the GUI thread's store."""


class ExportTask(QRunnable):
    """Render and write one export; ``signals`` report the outcome on the GUI thread.

    ``message(count)`` is what the user reads when the file was written; a failure (the
    database, a full disk, a folder that is not there) is reported with its own message, and
    never leaves half a file.
    """

    def __init__(
        self, db_path: Path, target: Path, render: Render, message: Callable[[int], str]
    ) -> None:
        super().__init__()
        self.db_path, self.target = db_path, target
        self.render, self.message = render, message
        self.signals = TaskSignals()

    def run(self) -> None:
        from companion.store import open_store

        try:
            store = open_store(self.db_path)  # one connection per thread
            try:
                text, count = self.render(store)
            finally:
                store.close()
            write_atomically(self.target, text)
        except CompanionError as error:
            self.signals.failed.emit(error.message)
            return
        except OSError as error:  # the database's folder, before anything was written
            self.signals.failed.emit(
                arg(
                    QCoreApplication.translate("ExportTask", "Could not write %1: %2"),
                    self.target,
                    error.strerror or error,
                )
            )
            return
        self.signals.finished.emit(self.message(count))
