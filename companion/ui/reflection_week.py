"""The Reflection screen's Week page: Monday to Sunday beside each other, and what mood and
energy did in words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Slot
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.core import days
from companion.core.errors import CompanionError
from companion.core.reflection import WeekSummary, trend, week_summary
from companion.services import Change, Subject
from companion.store import reflection as reflection_store
from companion.ui.controller import Controller
from companion.ui.i18n import (
    QT_TRANSLATE_NOOP,
    arg,
    number,
    short_day_text,
    weekday_text,
    year_day_text,
)
from companion.ui.words import format_ratio, join_sentences


class WeekPage(QWidget):
    """Monday to Sunday: ratio per day, mood and energy trend, improvements named."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("WeekPage", "Day"),
        "+",
        "−",
        QT_TRANSLATE_NOOP("WeekPage", "Ratio"),
        QT_TRANSLATE_NOOP("WeekPage", "Mood"),
        QT_TRANSLATE_NOOP("WeekPage", "Energy"),
    )

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.any_day = controller.today_day()
        self.previous_button = QPushButton(self.tr("◀ &Previous week"))
        self.previous_button.clicked.connect(lambda: self.move_week(-7))
        self.next_button = QPushButton(self.tr("Next wee&k ▶"))
        self.next_button.clicked.connect(lambda: self.move_week(7))
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        # Wrapped, so the week's long title (Greek) neither sets the screen's smallest width
        # (it would scroll sideways) nor is cut where the window is narrow.
        self.title.setWordWrap(True)
        self.model = QStandardItemModel(0, len(self.COLUMNS), self)
        self.model.setHorizontalHeaderLabels([self.tr(c) for c in self.COLUMNS])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("The week, day by day"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.trend_label = QLabel()
        self.trend_label.setObjectName("weekTrend")
        self.trend_label.setWordWrap(True)
        self.improvements = QListWidget()
        self.improvements.setAccessibleName(self.tr("Improvements named this week"))
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addWidget(self.title, 1)
        nav.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addLayout(nav)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.trend_label)
        layout.addWidget(QLabel(self.tr("Improvements named:")))
        layout.addWidget(self.improvements, 1)
        controller.changed.connect(self.on_changed)
        controller.settings_changed.connect(self.on_settings_changed)
        self.refresh()

    def move_week(self, offset_days: int) -> None:
        self.any_day += dt.timedelta(days=offset_days)
        self.refresh()

    def week(self) -> WeekSummary:
        settings = self.controller.settings
        first = days.week_start(self.any_day)
        rows = reflection_store.reflected_range(
            self.controller.store,
            first,
            first + dt.timedelta(days=6),
            settings.target,
            settings.day_start_hour,
        )
        return week_summary(rows, self.any_day)

    @Slot()
    def refresh(self) -> None:
        try:
            week = self.week()
        except CompanionError as error:
            self.controller.error.emit(error.message)
            return
        today = self.controller.today_day()
        self.next_button.setEnabled(week.first_day + dt.timedelta(days=7) <= today)
        self.title.setText(
            arg(
                self.tr("Week of %1 — ratio %2, %n day(s) at target", "", week.days_at_target),
                year_day_text(week.first_day),
                format_ratio(week.positives, week.negatives),
            )
        )
        self.model.removeRows(0, self.model.rowCount())
        for item in week.days:
            s, r = item.summary, item.reflection
            logged = s.positives + s.negatives > 0
            cells = [
                short_day_text(item.day),
                number(s.positives),
                number(s.negatives),
                format_ratio(s.positives, s.negatives) if logged else "—",
                "—" if r is None or r.mood is None else str(r.mood),
                "—" if r is None or r.energy is None else str(r.energy),
            ]
            self.model.appendRow([QStandardItem(c) for c in cells])
        self.trend_label.setText(
            join_sentences(
                self.describe(self.tr("Mood"), week, "mood"),
                self.describe(self.tr("Energy"), week, "energy"),
            )
        )
        self.improvements.clear()
        for improvement in week.improvements:
            self.improvements.addItem(
                arg(self.tr("%1: %2"), weekday_text(improvement.day), improvement.text)
            )
        if not week.improvements:
            self.improvements.addItem(self.tr("None named this week yet."))

    def describe(self, name: str, week: WeekSummary, field: str) -> str:
        """What mood or energy did this week, in words: a week of 5, 1, 2, 3, 4 went up and
        down, it was not "steady"."""
        from companion.core.chart import spread

        values = [
            (d.day, value)
            for d in week.days
            if d.reflection is not None and (value := getattr(d.reflection, field)) is not None
        ]
        found = spread(values)
        if found is None or found.count < 2:
            if found is None:
                return arg(self.tr("%1: not enough entries yet."), name)
            return arg(self.tr("%1: %2, one entry so far."), name, found.high)
        if found.biggest_change is not None and found.high - found.low >= 2:
            (before_day, before), (after_day, after) = found.biggest_change
            return arg(
                self.tr("%1 went from %2 to %3; the biggest change was %4 → %5 (%6 to %7)."),
                name,
                found.low,
                found.high,
                before,
                after,
                weekday_text(before_day),
                weekday_text(after_day),
            )
        moves = {"rising": self.tr("rising"), "falling": self.tr("falling")}
        direction = trend([(d.toordinal(), v) for d, v in values])
        around = f"{found.average:.1f}"
        if direction in moves:
            return (
                self.tr("%1: %2, around %3.")
                .replace("%1", name)
                .replace("%2", moves[direction])
                .replace("%3", around)
            )
        return self.tr("%1: steady, around %2.").replace("%1", name).replace("%2", around)

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change.concerns(Subject.REFLECTIONS, Subject.INTERACTIONS):
            self.refresh()

    @Slot(object)
    def on_settings_changed(self, _settings: object) -> None:
        self.refresh()  # the target and the day-start hour


# --- export -----------------------------------------------------------------------------------
