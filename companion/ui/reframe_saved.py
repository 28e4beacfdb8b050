"""The Reframe screen's second tab: saved reframes by date with search, the selected one shown
read-only beside the list."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion.core.errors import CompanionError
from companion.services import Change, Subject
from companion.store import reframe as reframe_store
from companion.store.reframe import SavedReframe
from companion.ui.controller import Controller
from companion.ui.i18n import QT_TRANSLATE_NOOP, arg, day_time_text, time_text, year_day_text


class ReframeListModel(QAbstractTableModel):
    """Saved reframes, newest first: date, what happened, feeling before → after."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("ReframeListModel", "Date"),
        QT_TRANSLATE_NOOP("ReframeListModel", "What happened"),
        QT_TRANSLATE_NOOP("ReframeListModel", "Feeling"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reframes: list[SavedReframe] = []

    def set_reframes(self, reframes: list[SavedReframe]) -> None:
        self.beginResetModel()
        self.reframes = reframes
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.reframes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        reframe = self.reframes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return day_time_text(reframe.created, with_year=True) if reframe.created else ""
            if index.column() == 1:
                return reframe.title
            return feeling_text(reframe)
        if role == Qt.ItemDataRole.UserRole:
            return reframe
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 2:
            return arg(
                self.tr("feeling before %1, after %2"),
                _scale(reframe.feeling_before),
                _scale(reframe.feeling_after),
            )
        return None


def _scale(value: int | None) -> str:
    return "—" if value is None else str(value)


def feeling_text(reframe: SavedReframe) -> str:
    return f"{_scale(reframe.feeling_before)} → {_scale(reframe.feeling_after)}"


def _local(instant: dt.datetime) -> dt.datetime:
    return instant.astimezone()


def reframe_html(reframe: SavedReframe) -> str:
    """The read-only view of a saved reframe."""
    from PySide6.QtCore import QCoreApplication

    parts = []
    when = (
        arg(
            QCoreApplication.translate("Dates", "%1, %2"),
            year_day_text(_local(reframe.created).date()),
            time_text(reframe.created),
        )
        if reframe.created
        else ""
    )
    parts.append(f"<h3>{html.escape(when)}</h3>")
    parts.append(
        "<p><b>"
        + html.escape(QCoreApplication.translate("Reframe", "Feeling before → after:"))
        + f"</b> {html.escape(feeling_text(reframe))}</p>"
    )
    for label, text in (
        (QCoreApplication.translate("Reframe", "What happened"), reframe.situation),
        (QCoreApplication.translate("Reframe", "What I told myself"), reframe.thought),
        (QCoreApplication.translate("Reframe", "Temporary"), reframe.temporary),
        (QCoreApplication.translate("Reframe", "Specific"), reframe.specific),
        (QCoreApplication.translate("Reframe", "External"), reframe.external),
        (QCoreApplication.translate("Reframe", "Evidence for"), reframe.evidence_for),
        (QCoreApplication.translate("Reframe", "Evidence against"), reframe.evidence_against),
        (QCoreApplication.translate("Reframe", "More useful to believe"), reframe.useful_belief),
        (QCoreApplication.translate("Reframe", "Next time"), reframe.improvement),
    ):
        if text.strip():
            body = html.escape(text).replace("\n", "<br>")
            parts.append(f"<p><b>{html.escape(label)}</b><br>{body}</p>")
    return "".join(parts)


class SavedReframes(QWidget):
    """Saved reframes by date with search; the selected one shows read-only beside the list."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search saved reframes"))
        self.search_edit.setAccessibleName(self.tr("Search saved reframes"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.refresh)
        self.model = ReframeListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Saved reframes"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_changed)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("The selected reframe"))
        self.view.setOpenLinks(False)
        self.count_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count_label)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.view)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        controller.changed.connect(self.on_changed)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        try:
            reframes = reframe_store.list_reframes(
                self.controller.store, self.search_edit.text(), limit=2000
            )
        except CompanionError as error:
            self.controller.error.emit(error.message)
            return
        self.model.set_reframes(reframes)
        self.count_label.setText(self.tr("%Ln saved", "", len(reframes)))
        if reframes:
            self.table.selectRow(0)
        else:
            self.view.setHtml(
                "<p>" + html.escape(self.tr("No saved reframes yet.")) + "</p>"
                if not self.search_edit.text().strip()
                else "<p>" + html.escape(self.tr("Nothing matches.")) + "</p>"
            )

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change.concerns(Subject.REFRAMES):
            self.refresh()

    @Slot(QModelIndex, QModelIndex)
    def on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        reframe = self.model.data(current, Qt.ItemDataRole.UserRole)
        if isinstance(reframe, SavedReframe):
            self.view.setHtml(reframe_html(reframe))

    def select(self, reframe_id: int) -> None:
        for row, reframe in enumerate(self.model.reframes):
            if reframe.id == reframe_id:
                self.table.selectRow(row)
                return
