"""One day opened from the History charts: its numbers, its reflection and every log."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, QTime, Slot
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.core.days import day_bounds
from companion.core.ratio import DayRatio
from companion.core.reflection import Reflection
from companion.services import Change, Subject
from companion.store import ratio as ratio_store
from companion.store import reflection as reflection_store
from companion.store.ratio import Interaction
from companion.ui.controller import Controller
from companion.ui.i18n import QT_TRANSLATE_NOOP, arg
from companion.ui.style import heading
from companion.ui.words import format_ratio, format_target, join_sentences, state_words

MAX_LOGS = 2000
"""More than any real day holds; the table says so if a day ever has more."""


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class DayDialog(QDialog):
    """A day's ratio, its reflection (mood, energy, the answers) and its logs, oldest first.
    Stays open beside the window and follows new logs and edits."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("DayDialog", "Time"),
        QT_TRANSLATE_NOOP("DayDialog", "Kind"),
        QT_TRANSLATE_NOOP("DayDialog", "Topic"),
        QT_TRANSLATE_NOOP("DayDialog", "Note"),
    )

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.day = controller.today_day()
        self.setMinimumSize(520, 420)
        self.title = heading(factor=1.3)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reflection = QLabel()
        self.reflection.setWordWrap(True)
        self.reflection.setTextFormat(Qt.TextFormat.PlainText)
        self.reflection.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.logs_model = QStandardItemModel(0, len(self.COLUMNS), self)
        self.logs_model.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.logs_view = QTableView()
        self.logs_view.setModel(self.logs_model)
        self.logs_view.setAccessibleName(self.tr("The day's logs"))
        self.logs_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.logs_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.logs_view.verticalHeader().hide()
        header = self.logs_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.reflection)
        layout.addWidget(self.logs_view, 1)
        layout.addWidget(buttons)
        controller.changed.connect(self.on_store_changed)

    def show_day(self, day: dt.date) -> None:
        self.day = day
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()

    @Slot(object)
    def on_store_changed(self, change: Change) -> None:
        if self.isVisible() and change.concerns(Subject.INTERACTIONS, Subject.REFLECTIONS):
            self.refresh()

    def refresh(self) -> None:
        settings = self.controller.settings
        store = self.controller.store
        start, end = day_bounds(self.day, settings.day_start_hour)
        counts = ratio_store.day_ratio(store, self.day, settings.target, settings.day_start_hour)
        logs = list(reversed(ratio_store.interactions_between(store, start, end, MAX_LOGS)))
        entry = reflection_store.get_reflection(store, self.day)
        locale = QLocale()
        date_text = locale.toString(qdate(self.day), QLocale.FormatType.LongFormat)
        self.setWindowTitle(arg(self.tr("Day: %1"), date_text))
        self.title.setText(date_text)
        self.summary.setText(self.summary_text(counts))
        self.reflection.setText(self.reflection_text(entry))
        self.logs_model.removeRows(0, self.logs_model.rowCount())
        for log in logs:
            self.logs_model.appendRow(self._row(log, locale))
        if len(logs) == MAX_LOGS:
            self.summary.setText(
                join_sentences(
                    self.summary.text(), arg(self.tr("(the first %1 logs are listed)"), MAX_LOGS)
                )
            )

    def summary_text(self, day: DayRatio) -> str:
        if day.total == 0:
            return arg(self.tr("No logs this day (target %1)."), format_target(day.target))
        if day.negative == 0:
            return arg(
                self.tr("%1 positive, no negative: %2, no ratio to compare (target %3)."),
                day.positive,
                format_ratio(day.positive, day.negative),
                format_target(day.target),
            )
        return arg(
            self.tr("%1 positive, %2 negative: %3, %4 (target %5)."),
            day.positive,
            day.negative,
            format_ratio(day.positive, day.negative),
            state_words(day.state),
            format_target(day.target),
        )

    def reflection_text(self, entry: Reflection | None) -> str:
        if entry is None or entry.is_blank:
            return self.tr("No reflection written this day.")

        def rated(value: int | None) -> str:
            return "—" if value is None else arg(self.tr("%1 of 5"), value)

        lines = [arg(self.tr("Mood %1 · Energy %2"), rated(entry.mood), rated(entry.energy))]
        for label, text in (
            (self.tr("What went well"), entry.well),
            (self.tr("Hardest moment"), entry.hard),
            (self.tr("One thing to improve"), entry.improve),
            (self.tr("Note"), entry.note),
        ):
            if text.strip():
                lines.append(f"{label}: {' '.join(text.split())}")
        return "\n".join(lines)

    def _row(self, log: Interaction, locale: QLocale) -> list[QStandardItem]:
        local = log.created.astimezone()
        time = locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
        kind = self.tr("+ positive") if log.positive else self.tr("− negative")
        cells = [time, kind, log.topic or "", log.note or ""]
        items = [QStandardItem(c) for c in cells]
        for item in items:
            item.setEditable(False)
        return items
