"""The Happy file screen (P1.2–P1.4): browse, search as you type, star, edit, delete with undo,
export for a kudos post and import. The list itself (model and card painting) is in
:mod:`companion.ui.happy_list`; the app-wide "Save to happy file" and "Lift me up" actions live in
:mod:`companion.ui.happy_tools`, so start-up does not import this screen.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from companion.core.days import local_zone
from companion.core.errors import CompanionError
from companion.core.happy import HappyEntry
from companion.core.redact import known_regions, split_region_codes
from companion.paths import IMPORT_LIMIT, read_text_file
from companion.services import Change, Changes, Subject
from companion.services import happy as happy_service
from companion.services.happy import Purged, Starred
from companion.settings import BY_NAME, Settings
from companion.store import Store
from companion.store import happy as happy_store
from companion.ui.controller import Controller
from companion.ui.export_task import ExportTask
from companion.ui.happy_list import HappyDelegate, HappyModel
from companion.ui.i18n import QT_TRANSLATE_NOOP, arg
from companion.ui.settings_dialog import GeneratedPage, translate_setting
from companion.ui.style import heading, screen_margins
from companion.ui.workers import TaskSignals

log = logging.getLogger(__name__)

SEARCH_DELAY_MS = 60


# --- edit dialog --------------------------------------------------------------------------


class EditDialog(QDialog):
    """Edit one entry's words, note, tags and star; a screenshot is shown, not edited."""

    def __init__(self, entry: HappyEntry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Edit happy file entry"))
        self.setMinimumWidth(520)
        self.quote_edit = QPlainTextEdit(entry.quote)
        self.quote_edit.setAccessibleName(self.tr("Customer's words"))
        self.quote_edit.setTabChangesFocus(True)
        self.note_edit = QLineEdit(entry.note)
        self.note_edit.setAccessibleName(self.tr("Why it made my day"))
        self.tags_edit = QLineEdit(", ".join(entry.tags))
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.star_check = QCheckBox(self.tr("Starred"))
        self.star_check.setChecked(entry.starred)
        layout = QVBoxLayout(self)
        if entry.image:
            image_label = QLabel()
            pixmap = QPixmap()
            pixmap.loadFromData(entry.image)
            image_label.setPixmap(
                pixmap.scaled(
                    QSize(480, 260),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            image_label.setAccessibleName(self.tr("Screenshot"))
            layout.addWidget(image_label)
        form = QFormLayout()
        form.addRow(self.tr("Words"), self.quote_edit)
        form.addRow(self.tr("Why"), self.note_edit)
        form.addRow(self.tr("Tags"), self.tags_edit)
        form.addRow("", self.star_check)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout.addWidget(buttons)
        self.quote_edit.textChanged.connect(self.on_quote_changed)

    @Slot()
    def on_quote_changed(self) -> None:
        self.save_button.setEnabled(
            bool(self.quote_edit.toPlainText().strip()) or self.entry.image is not None
        )


# --- words ----------------------------------------------------------------------------------


class HappyWords(QObject):
    """What an import or export says it did, with each language's plural forms; used on the
    worker thread too (a QObject made there, for ``tr``)."""

    def imported(self, added: int, skipped: int, phrases_added: int) -> str:
        message = self.tr("Imported %n new entry(s)", "", added)
        message += ", " + self.tr("%n already there.", "", skipped)
        if phrases_added:
            message += " " + self.tr("%n of your phrases added.", "", phrases_added)
        return message

    def exported(self, count: int, file_name: str) -> str:
        return self.tr("Exported %n entry(s) to %1.", "", count).replace("%1", file_name)


# --- workers ------------------------------------------------------------------------------


def happy_export(
    export_format: str, entry_ids: list[int], now: dt.datetime
) -> Callable[[Store], tuple[str, int]]:
    """What the shared export task renders for the happy file (plain values only: it runs on
    the worker thread with the task's own connection)."""

    def render_with(store: Store) -> tuple[str, int]:
        from companion.core.happy_export import render

        entries = happy_store.entries_by_id(store, entry_ids)
        phrases = happy_store.list_phrases(store) if export_format == "json" else []
        text = render(entries, export_format, exported=now, phrases=phrases, tz=local_zone())
        return text, len(entries)

    return render_with


@dataclass
class TaskSession:
    """A worker's services.Session: its own connection, and a ``changes`` nobody listens to on
    the GUI thread, so what it announces is kept and handed back to be announced there."""

    store: Store
    moment: dt.datetime
    changes: Changes = field(default_factory=Changes)

    def now(self) -> dt.datetime:
        return self.moment


class ImportSignals(TaskSignals):
    """An import's outcome, delivered on the GUI thread.

    Signals:
        announced(object): the services.Change tuple the import announced (before finished),
            for the GUI thread to announce again where the screens listen.
    """

    announced = Signal(object)


class ImportTask(QRunnable):
    """Read, check and import a JSON export off the GUI thread, through the happy file service
    with a connection of its own."""

    def __init__(self, db_path: Path, source: Path, now: dt.datetime) -> None:
        super().__init__()
        self.db_path, self.source, self.now = db_path, source, now
        self.signals = ImportSignals()

    def run(self) -> None:
        from companion.core.happy_export import parse_json
        from companion.store import open_store

        heard: list[Change] = []
        try:
            text = read_text_file(self.source, IMPORT_LIMIT, strict=True)[0]
            export = parse_json(text)
            store = open_store(self.db_path)
            try:
                session = TaskSession(store, self.now)
                session.changes.listen(heard.append)
                result = happy_service.import_happy(session, export)
            finally:
                store.close()
        except CompanionError as error:
            self.signals.failed.emit(error.message)
            return
        except (OSError, UnicodeDecodeError) as error:
            self.signals.failed.emit(
                arg(
                    QCoreApplication.translate("HappyScreen", "Could not read %1: %2"),
                    self.source.name,
                    error,
                )
            )
            return
        words = HappyWords()
        message = words.imported(result.added, result.skipped, result.phrases_added)
        if heard:
            self.signals.announced.emit(tuple(heard))
        self.signals.finished.emit(message)


# --- screen -------------------------------------------------------------------------------


class HappyScreen(QWidget):
    """Search, filter and manage the happy file.

    Signals:
        capture_requested(): the user asked to save the clipboard to the happy file.
        lift_requested(): the user asked for Lift me up.
        task_done(str): an export or import finished (the message shown).
    """

    capture_requested = Signal()
    lift_requested = Signal()
    task_done = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAccessibleName(self.tr("Happy file"))
        self._deleted_ids: list[int] = []
        self._tasks: list[QRunnable] = []

        title = heading(self.tr("Happy file"))
        self.count_label = QLabel()
        self.count_label.setObjectName("happyCount")

        self.capture_button = QPushButton(self.tr("Save from clipboard"))
        self.capture_button.setToolTip(self.tr("Save the message you copied (Ctrl+Shift+H)"))
        self.capture_button.clicked.connect(self.capture_requested)
        self.lift_button = QPushButton(self.tr("Lift me up"))
        self.lift_button.clicked.connect(self.lift_requested)

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search words, notes and tags"))
        self.search_edit.setAccessibleName(self.tr("Search the happy file"))
        self.search_edit.setClearButtonEnabled(True)
        self.tag_combo = QComboBox()
        self.tag_combo.setAccessibleName(self.tr("Filter by tag"))
        self.tag_combo.setMinimumContentsLength(12)
        self.starred_check = QCheckBox(self.tr("Starred only"))

        self.model = HappyModel(controller, self)
        self.list_view = QListView()
        self.list_view.setAccessibleName(self.tr("Happy file entries"))
        self.list_view.setModel(self.model)
        self.delegate = HappyDelegate(self.model, self.list_view)
        self.list_view.setItemDelegate(self.delegate)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setMouseTracking(True)
        self.list_view.setAlternatingRowColors(False)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("happyEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(40)

        self.star_button = QPushButton(self.tr("Star"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        # a push button, as the others in its row: it keeps room for its menu's arrow
        self.export_button = QPushButton(self.tr("Export…"))
        export_menu = QMenu(self.export_button)
        self.export_html_action = export_menu.addAction(self.tr("HTML page for a kudos post…"))
        self.export_md_action = export_menu.addAction(self.tr("Markdown…"))
        self.export_json_action = export_menu.addAction(self.tr("JSON (can be imported back)…"))
        self.export_button.setMenu(export_menu)
        self.import_button = QPushButton(self.tr("Import…"))

        # Undo bar after a delete.
        self.undo_bar = QFrame()
        self.undo_bar.setObjectName("happyUndo")
        self.undo_bar.setFrameShape(QFrame.Shape.StyledPanel)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(10, 4, 4, 4)
        self.undo_label = QLabel(self.tr("Entry deleted."))
        self.undo_button = QPushButton(self.tr("Undo"))
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.hide()
        self.message_label = QLabel()
        self.message_label.setObjectName("happyMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()

        top = QHBoxLayout()
        top.addWidget(title)
        top.addWidget(self.count_label)
        top.addStretch(1)
        top.addWidget(self.lift_button)
        top.addWidget(self.capture_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.tag_combo)
        filters.addWidget(self.starred_check)
        self.list_stack = QStackedLayout()
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(self.empty_label)
        bottom = QHBoxLayout()
        bottom.addWidget(self.star_button)
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.delete_button)
        bottom.addStretch(1)
        bottom.addWidget(self.import_button)
        bottom.addWidget(self.export_button)
        layout = screen_margins(QVBoxLayout(self))
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.message_label)
        layout.addLayout(self.list_stack, 1)
        layout.addLayout(bottom)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(self.on_search_text_changed)
        self.tag_combo.currentIndexChanged.connect(self.on_filter_changed)
        self.starred_check.toggled.connect(self.on_filter_changed)
        self.list_view.doubleClicked.connect(self.on_entry_double_clicked)
        self.list_view.selectionModel().selectionChanged.connect(self.on_selection_changed)
        self.delegate.star_clicked.connect(self.on_star_clicked)
        self.star_button.clicked.connect(self.on_star_button_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        self.undo_button.clicked.connect(self.on_undo_clicked)
        self.export_html_action.triggered.connect(lambda: self.on_export_requested("html"))
        self.export_md_action.triggered.connect(lambda: self.on_export_requested("md"))
        self.export_json_action.triggered.connect(lambda: self.on_export_requested("json"))
        self.import_button.clicked.connect(self.on_import_clicked)
        delete_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list_view)
        delete_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_shortcut.activated.connect(self.on_delete_clicked)
        find_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find_shortcut.activated.connect(self.search_edit.setFocus)
        controller.changed.connect(self.on_changed)

        self.refresh_tags()
        self.apply_filter()
        self.on_selection_changed()

    # --- filtering --------------------------------------------------------------------------

    def refresh_tags(self) -> None:
        current = self.tag_combo.currentData()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("All tags"), None)
        for tag, count in happy_store.happy_tags(self.controller.store):
            self.tag_combo.addItem(f"#{tag} ({count})", tag)
        index = self.tag_combo.findData(current) if current else 0
        self.tag_combo.setCurrentIndex(max(index, 0))
        self.tag_combo.blockSignals(False)

    @Slot(str)
    def on_search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    @Slot()
    def on_filter_changed(self) -> None:
        self.apply_filter()

    @Slot()
    def apply_filter(self) -> None:
        self._search_timer.stop()
        self.model.set_filter(
            self.search_edit.text(), self.tag_combo.currentData(), self.starred_check.isChecked()
        )
        self.update_counts()

    def update_counts(self) -> None:
        total = self.model.total
        filtering = bool(
            self.search_edit.text().strip()
            or self.tag_combo.currentData()
            or self.starred_check.isChecked()
        )
        if filtering:
            self.count_label.setText(self.tr("%Ln found", "", total))
        else:
            self.count_label.setText(self.tr("%Ln entry(s)", "", total))
        if total:
            self.list_stack.setCurrentWidget(self.list_view)
        else:
            if filtering:
                self.empty_label.setText(self.tr("Nothing matches. Try fewer or shorter words."))
            else:
                self.empty_label.setText(
                    self.tr(
                        "Nothing here yet.\n\nWhen a customer makes your day, copy their message "
                        "and choose Save to happy file (Ctrl+Shift+H, or the tray menu). "
                        "On a hard day, Lift me up brings one back."
                    )
                )
            self.list_stack.setCurrentWidget(self.empty_label)
        self.on_selection_changed()

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if not change.concerns(Subject.HAPPY):
            return
        if isinstance(change.payload, Purged):
            return  # only entries already gone from the list
        if isinstance(change.payload, Starred) and not self.model.starred_only:
            # A star changes one card; the list, its order and the tags stay as they are.
            self.model.replace_entry(change.payload.entry)
            self.on_selection_changed()
            return
        self.refresh_tags()
        self.model.reload()
        self.update_counts()

    # --- selection and entry actions --------------------------------------------------------

    def selected_entries(self) -> list[HappyEntry]:
        rows = sorted(index.row() for index in self.list_view.selectionModel().selectedRows())
        return [self.model.entries[row] for row in rows if row < len(self.model.entries)]

    def current_entry(self) -> HappyEntry | None:
        index = self.list_view.currentIndex()
        selected = self.selected_entries()
        if index.isValid() and index.row() < len(self.model.entries):
            entry = self.model.entries[index.row()]
            if entry in selected or not selected:
                return entry
        return selected[0] if selected else None

    def select_entry(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row is not None:
            self.list_view.setCurrentIndex(self.model.index(row))

    @Slot()
    def on_selection_changed(self, *_args: object) -> None:
        entry = self.current_entry()
        has = entry is not None
        self.star_button.setEnabled(has)
        self.edit_button.setEnabled(has and len(self.selected_entries()) <= 1)
        self.delete_button.setEnabled(has)
        if entry is not None:
            self.star_button.setText(self.tr("Unstar") if entry.starred else self.tr("Star"))
        else:
            self.star_button.setText(self.tr("Star"))

    def _write(self, action: Any) -> Any:
        """Run a store write; a failure shows its message instead of a traceback."""
        try:
            return action()
        except CompanionError as error:
            self.show_message(error.message)
            return None

    @Slot(int)
    def on_star_clicked(self, entry_id: int) -> None:
        row = self.model.row_of(entry_id)
        if row is None:
            return
        entry = self.model.entries[row]
        self.set_star(entry, not entry.starred)

    @Slot()
    def on_star_button_clicked(self) -> None:
        entry = self.current_entry()
        if entry is not None:
            self.set_star(entry, not entry.starred)

    def set_star(self, entry: HappyEntry, starred: bool) -> None:
        """Star or unstar; the list follows the announcement (see :meth:`on_changed`)."""
        entry_id = entry.id
        assert entry_id is not None
        self._write(lambda: happy_service.set_starred(self.controller, entry_id, starred))

    @Slot(QModelIndex)
    def on_entry_double_clicked(self, index: QModelIndex) -> None:
        self.list_view.setCurrentIndex(index)
        self.on_edit_clicked()

    @Slot()
    def on_edit_clicked(self) -> None:
        entry = self.current_entry()
        if entry is None or entry.id is None:
            return
        full = happy_store.get_happy(self.controller.store, entry.id)
        if full is None:
            return
        dialog = EditDialog(full, self)
        self.edit_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        from companion.ui.capture import split_tags

        updated = self._write(
            lambda: happy_service.update_happy(
                self.controller,
                full.id,  # type: ignore[arg-type]
                quote=dialog.quote_edit.toPlainText(),
                note=dialog.note_edit.text(),
                tags=split_tags(dialog.tags_edit.text()),
                starred=dialog.star_check.isChecked(),
            )
        )
        if updated is not None:
            self.select_entry(updated.id)

    @Slot()
    def on_delete_clicked(self) -> None:
        entries = self.selected_entries() or ([e] if (e := self.current_entry()) else [])
        if not entries:
            return
        row = self.list_view.currentIndex().row()
        ids = [entry.id for entry in entries if entry.id is not None]
        deleted = self._write(lambda: happy_service.delete_entries(self.controller, ids))
        if not deleted:
            return
        self._deleted_ids = list(deleted)
        count = len(deleted)
        self.undo_label.setText(self.tr("%n entry(s) deleted.", "", count))
        self.undo_bar.show()
        if self.model.entries:
            row = min(max(row, 0), len(self.model.entries) - 1)
            self.list_view.setCurrentIndex(self.model.index(row))

    @Slot()
    def on_undo_clicked(self) -> None:
        ids = self._deleted_ids
        self._write(lambda: happy_service.restore_entries(self.controller, ids))
        self._deleted_ids = []
        self.undo_bar.hide()
        if ids:
            self.select_entry(ids[0])

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    # --- export and import ------------------------------------------------------------------

    def export_scope(self) -> list[int]:
        """The selected entries when more than one is selected, else everything shown."""
        selected = [e.id for e in self.selected_entries() if e.id is not None]
        if len(selected) > 1:
            return selected
        return [
            entry.id
            for entry in happy_store.search_happy(
                self.controller.store,
                self.model.query,
                tag=self.model.tag,
                starred_only=self.model.starred_only,
            )
            if entry.id is not None
        ]

    @Slot()
    def on_export_requested(self, export_format: str) -> None:
        ids = self.export_scope()
        suffix = {"html": "html", "md": "md", "json": "json"}[export_format]
        names = {
            "html": self.tr("HTML page (*.html)"),
            "md": self.tr("Markdown (*.md)"),
            "json": self.tr("JSON (*.json)"),
        }
        default = str(Path.home() / f"happy-file.{suffix}")
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export %n entry(s)", "", len(ids)),
            default,
            names[export_format],
        )
        if not path:
            return
        target = Path(path)
        if target.suffix == "":
            target = target.with_suffix(f".{suffix}")
        self.start_export(target, export_format, ids)

    def start_export(self, target: Path, export_format: str, entry_ids: list[int]) -> None:
        def message(count: int) -> str:
            return HappyWords().exported(count, target.name)

        task = ExportTask(
            self.controller.store.path,
            target,
            happy_export(export_format, entry_ids, self.controller.now()),
            message,
        )
        self._run(task)

    @Slot()
    def on_import_clicked(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a happy file"), str(Path.home()), self.tr("JSON (*.json)")
        )
        if path:
            self.start_import(Path(path))

    def start_import(self, source: Path) -> None:
        task = ImportTask(self.controller.store.path, source, self.controller.now())
        task.signals.announced.connect(self.on_import_announced)
        self._run(task)

    @Slot(object)
    def on_import_announced(self, changes: tuple[Change, ...]) -> None:
        """What the import's worker announced, announced again here on the GUI thread, where
        the Controller turns it into ``changed`` for every screen."""
        for change in changes:
            self.controller.changes.announce(change.subject, change.payload)

    def _run(self, task: ExportTask | ImportTask) -> None:
        self.export_button.setEnabled(False)
        self.import_button.setEnabled(False)
        self.show_message(self.tr("Working…"))
        task.signals.finished.connect(self.on_task_finished)
        task.signals.failed.connect(self.on_task_finished)
        task.setAutoDelete(True)
        self._tasks.append(task)
        QThreadPool.globalInstance().start(task)

    @Slot(str)
    def on_task_finished(self, message: str) -> None:
        self._tasks = [t for t in self._tasks if t.signals is not self.sender()]  # type: ignore[attr-defined]
        self.export_button.setEnabled(True)
        self.import_button.setEnabled(True)
        self.show_message(message)
        self.task_done.emit(message)


# --- settings -----------------------------------------------------------------------------


class HappyFilePage(GeneratedPage):
    """Settings for the happy file: redaction by default, the regions whose local phone numbers
    are hidden too, and the lift me up offer (rows built from their declarations in
    companion.settings, the regions' by hand: a list has no generated editor)."""

    title = QT_TRANSLATE_NOOP("SettingsDialog", "Happy file")
    page = "happy"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        declared = BY_NAME["redaction_regions"]
        self.regions_edit = QLineEdit()
        self.regions_edit.setPlaceholderText(self.tr("DE, FR, GB", "example region codes"))
        self.regions_edit.setAccessibleName(translate_setting(declared.screen_reader_name))
        self.regions_edit.textEdited.connect(self.on_regions_edited)
        self.regions_note = QLabel(translate_setting(declared.help))
        self.regions_note.setWordWrap(True)
        # right below the redaction check box (the generated rows keep their order)
        index = self.form.indexOf(self.editors["redact_by_default"])
        position: Any = self.form.getItemPosition(index) if index >= 0 else None
        row = int(position[0]) if position else self.form.rowCount() - 1
        self.form.insertRow(row + 1, translate_setting(declared.label), self.regions_edit)
        self.form.insertRow(row + 2, "", self.regions_note)

    def load(self, settings: Settings) -> None:
        super().load(settings)
        self.regions_edit.setText(", ".join(settings.redaction_regions))

    def values(self) -> dict[str, Any]:
        return {**super().values(), "redaction_regions": known_regions(self._codes())}

    def _codes(self) -> list[str]:
        return split_region_codes(self.regions_edit.text())

    @Slot()
    def on_regions_edited(self) -> None:
        unknown = [c for c in self._codes() if not known_regions([c])]
        help_text = translate_setting(BY_NAME["redaction_regions"].help)
        if unknown:
            help_text = arg(self.tr("Not a region code: %1. %2"), ", ".join(unknown), help_text)
        self.regions_note.setText(help_text)
