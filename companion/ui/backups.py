"""Backups in the app: the daily verified backup (which is also the daily check of the
database), a plain warning when the database is damaged, and a dialog to back up now or restore.

The backup runs off the GUI thread with a connection of its own; a restore goes through the
app's own connection (SQLite's backup API), so every screen keeps working on the restored data.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from companion.core.errors import CompanionError, DatabaseDamaged
from companion.store import backup as backup_store

if TYPE_CHECKING:
    from companion.ui.controller import Controller
    from companion.ui.main_window import MainWindow
    from companion.ui.tray import Tray

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 30_000
"""The first daily backup waits until the app has settled after start-up."""
CHECK_EVERY_MS = 60 * 60 * 1000
"""Whether a day's backup is due is asked hourly: an app left open for days backs up daily."""


class BackupTask(QRunnable):
    """One backup off the GUI thread, with its own connection.

    ``due_only``: the daily one (nothing happens when today's exists); else a backup now.
    """

    class Signals(QObject):
        """Signals:
        done(str): a message for the user ("" when no backup was due).
        damaged(str): the database failed its check; what to do.
        failed(str): the backup could not be written.
        """

        done = Signal(str)
        damaged = Signal(str)
        failed = Signal(str)

    def __init__(self, db_path: Path, due_only: bool) -> None:
        super().__init__()
        self.db_path, self.due_only = db_path, due_only
        self.signals = BackupTask.Signals()

    def run(self) -> None:
        try:
            if self.due_only:
                made = backup_store.backup_if_due(self.db_path)
            else:
                made = backup_store.backup_file(self.db_path, reason="manual")
        except DatabaseDamaged as error:
            self.signals.damaged.emit(error.message)
            return
        except CompanionError as error:
            self.signals.failed.emit(error.message)
            return
        self.signals.done.emit("" if made is None else made.path.name)


class BackupKeeper(QObject):
    """The daily backup and check, the Backups… action, and the damaged-database warning."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.controller = window.controller
        self.action = QAction(self.tr("Backups…"), window)
        self.action.setStatusTip(self.tr("Back up your data now, or bring back a backup"))
        self.action.triggered.connect(self.open_dialog)
        window.add_app_action(self.action)
        self.damage: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run_daily)
        self.timer.start(FIRST_CHECK_MS)
        self._tasks: list[BackupTask] = []
        self.dialog: BackupsDialog | None = None

    @Slot()
    def run_daily(self) -> None:
        self.timer.start(CHECK_EVERY_MS)
        self.start(due_only=True)

    def start(self, due_only: bool) -> BackupTask:
        task = BackupTask(self.controller.store.path, due_only)
        task.setAutoDelete(False)
        task.signals.done.connect(self.on_done)
        task.signals.damaged.connect(self.on_damaged)
        task.signals.failed.connect(self.on_failed)
        for signal in (task.signals.done, task.signals.damaged, task.signals.failed):
            signal.connect(lambda _text, t=task: self._forget(t))
        self._tasks.append(task)
        QThreadPool.globalInstance().start(task)
        return task

    def _forget(self, task: BackupTask) -> None:
        if task in self._tasks:
            self._tasks.remove(task)

    @Slot(str)
    def on_done(self, name: str) -> None:
        self.damage = None
        if self.dialog is not None:
            self.dialog.reload()
            if name:
                self.dialog.say(self.tr("Backed up and checked: %1").replace("%1", name))

    @Slot(str)
    def on_damaged(self, message: str) -> None:
        self.damage = message
        log.error("%s", message)
        if self.dialog is not None:
            self.dialog.reload()
            self.dialog.say(message)
        if self.window.isVisible():
            self.window.show_banner(message, self.tr("Restore…"), self.open_dialog)
        else:
            self.controller.notify.emit(self.tr("Companion's data is damaged"), message)

    @Slot(str)
    def on_failed(self, message: str) -> None:
        log.warning("%s", message)
        if self.dialog is not None:
            self.dialog.say(message)

    @Slot()
    def open_dialog(self) -> None:
        if self.dialog is None:
            self.dialog = BackupsDialog(self, self.window if self.window.isVisible() else None)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(self.on_dialog_closed)
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    @Slot()
    def on_dialog_closed(self) -> None:
        self.dialog = None


class BackupsDialog(QDialog):
    """The backups beside the database, newest first: back up now, restore, open the folder."""

    def __init__(self, keeper: BackupKeeper, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.keeper = keeper
        self.controller: Controller = keeper.controller
        self.setWindowTitle(self.tr("Backups"))
        self.resize(560, 380)
        path = self.controller.store.path
        intro = QLabel(
            self.tr(
                "Every day Companion keeps a checked copy of your data (the newest %1), in %2. "
                "Restoring one keeps what Companion holds now in its set-aside folder."
            )
            .replace("%1", str(backup_store.KEEP))
            .replace("%2", str(backup_store.backups_dir(path)))
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Written"), self.tr("Kind"), self.tr("Size")])
        self.list.setAccessibleName(self.tr("Backups"))
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.list.currentItemChanged.connect(self.on_selection_changed)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.folder_button = QPushButton(self.tr("Open &folder"))
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.backup_button.clicked.connect(self.on_backup_clicked)
        self.restore_button.clicked.connect(self.on_restore_clicked)
        self.folder_button.clicked.connect(self.on_folder_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.reload()
        if keeper.damage:
            self.say(keeper.damage)

    def reload(self) -> None:
        from PySide6.QtCore import QDateTime, QLocale

        locale = QLocale()
        self.list.clear()
        kinds = {
            "daily": self.tr("daily"),
            "manual": self.tr("made by you"),
        }
        for item in reversed(backup_store.list_backups(self.controller.store.path)):
            written = QDateTime.fromSecsSinceEpoch(int(item.written.timestamp())).toLocalTime()
            if item.reason.startswith("before-migration"):
                kind = self.tr("before an upgrade")
            else:
                kind = kinds.get(item.reason, item.reason)
            row = QTreeWidgetItem(
                [
                    locale.toString(written, self.tr("ddd d MMM yyyy, HH:mm")),
                    kind,
                    locale.formattedDataSize(item.size, 0),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, str(item.path))
            row.setToolTip(0, item.path.name)
            self.list.addTopLevelItem(row)
        first = self.list.topLevelItem(0)
        if first is not None:
            self.list.setCurrentItem(first)
        else:
            self.say(self.tr("No backups yet. The first is made shortly after Companion starts."))
        self.on_selection_changed()

    def say(self, message: str) -> None:
        self.status.setText(message)

    def selected(self) -> backup_store.Backup | None:
        item = self.list.currentItem()
        if item is None:
            return None
        path = Path(str(item.data(0, Qt.ItemDataRole.UserRole)))
        for known in backup_store.list_backups(self.controller.store.path):
            if known.path == path:
                return known
        return None

    @Slot()
    def on_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    @Slot()
    def on_backup_clicked(self) -> None:
        self.backup_button.setEnabled(False)
        self.say(self.tr("Backing up…"))
        task = self.keeper.start(due_only=False)
        task.signals.done.connect(lambda _name: self.backup_button.setEnabled(True))
        task.signals.damaged.connect(lambda _message: self.backup_button.setEnabled(True))
        task.signals.failed.connect(lambda _message: self.backup_button.setEnabled(True))

    @Slot()
    def on_restore_clicked(self) -> None:
        chosen, item = self.selected(), self.list.currentItem()
        if chosen is None or item is None:
            return
        when = item.text(0)
        answer = QMessageBox.question(
            self,
            self.tr("Restore this backup?"),
            self.tr(
                "Replace your data with the backup from %1? Logs, happy-file entries and "
                "reflections saved since then will be set aside with the rest of what "
                "Companion holds now, not deleted."
            ).replace("%1", when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.restore(chosen, when)

    def restore(self, chosen: backup_store.Backup, when: str) -> bool:
        from companion.services import backup as backup_service

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restored = backup_service.restore(self.controller, chosen)
        except CompanionError as error:
            self.say(error.message)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.keeper.damage = None
        self.controller.check_day()
        message = self.tr("Restored the backup from %1.").replace("%1", when)
        if restored.set_aside is not None:
            message += " " + self.tr("What Companion held before is in %1.").replace(
                "%1", str(restored.set_aside)
            )
        self.reload()
        self.say(message)  # after reload, which may say there are no backups
        return True

    @Slot()
    def on_folder_clicked(self) -> None:
        folder = backup_store.backups_dir(self.controller.store.path)
        if not folder.is_dir():
            self.say(self.tr("There is no backups folder yet."))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def install(window: MainWindow, tray: Tray | None = None) -> BackupKeeper:
    """Add Backups… to the Companion menu and start the daily backup (called once by the app)."""
    return BackupKeeper(window)
