"""History: the daily ratio against the target, mood and energy from the reflections, streaks
and complaint trends (P1.1, P5.5). A day on either chart opens with its logs.

What each day is drawn as is decided in :mod:`companion.core.chart`; :mod:`companion.ui.chart`
paints it.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.core import chart
from companion.core.chart import Feelings, Metrics, Role, Spread
from companion.core.ratio import DayRatio, TopicTrend, streak
from companion.services import Change, Subject
from companion.store import ratio as ratio_store
from companion.store import reflection as reflection_store
from companion.ui.chart import ChartLegend, ChartView
from companion.ui.controller import Controller
from companion.ui.history_day import DayDialog
from companion.ui.i18n import (
    arg,
    month_day_text,
    month_text,
    number,
    short_day_text,
    short_year_day_text,
)
from companion.ui.style import screen_margins
from companion.ui.words import format_ratio, format_target, join_sentences, state_words

RANGES = (30, 90, 365)


def _bold(label: QLabel) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    return label


class HistoryScreen(QWidget):
    """Daily ratio chart with the target line for 30/90/365 days, mood and energy below it on
    the same days, the streak, and topic trends. Clicking a day (or Enter on it) opens it."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.days_shown = RANGES[0]
        self.history: list[DayRatio] = []
        self.feelings: dict[dt.date, Feelings] = {}
        self.day_dialog: DayDialog | None = None
        self.setAccessibleName(self.tr("History"))

        self.range_group = QButtonGroup(self)
        range_row = QHBoxLayout()
        range_row.addWidget(QLabel(self.tr("Show:")))
        for count in RANGES:
            button = QPushButton(self.tr("%n day(s)", "", count))
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show %n day(s)", "", count))
            self.range_group.addButton(button, count)
            range_row.addWidget(button)
        self.range_group.button(RANGES[0]).setChecked(True)
        self.range_group.idClicked.connect(self.on_range_clicked)
        range_row.addStretch(1)
        self.streak_label = QLabel()
        self.streak_label.setAccessibleName(self.tr("Streak"))
        range_row.addWidget(self.streak_label)

        self.ratio_caption = _bold(QLabel())
        self.ratio_chart = ChartView()
        self.ratio_chart.setAccessibleName(self.tr("Daily ratio chart"))
        self.ratio_chart.setMinimumHeight(120)
        self.ratio_legend = ChartLegend()
        self.ratio_legend.add_entry("above", Role.ABOVE, self.tr("At or above target"))
        self.ratio_legend.add_entry("below", Role.BELOW, self.tr("Below target"))
        self.ratio_legend.add_entry(
            "no_negative", Role.NO_NEGATIVE, self.tr("No negative (n : 0, no ratio)")
        )
        self.ratio_legend.add_entry("taller", Role.TALLER, self.tr("Taller than the axis"))
        self.ratio_legend.add_entry("target", Role.TARGET)
        self.readout = QLabel()
        self.readout.setObjectName("historyReadout")
        self.readout.setWordWrap(True)
        self.readout.setAccessibleName(self.tr("Day under the pointer"))

        self.feelings_caption = _bold(QLabel(self.tr("Mood and energy, from your reflections")))
        self.feelings_summary = QLabel()
        self.feelings_summary.setWordWrap(True)
        self.feelings_chart = ChartView()
        self.feelings_chart.setAccessibleName(self.tr("Mood and energy chart"))
        self.feelings_chart.setMinimumHeight(70)
        self.feelings_legend = ChartLegend()
        self.feelings_legend.add_entry("mood", Role.MOOD, self.tr("Mood (1–5)"))
        self.feelings_legend.add_entry("energy", Role.ENERGY, self.tr("Energy (1–5)"))
        self.feelings_legend.add_entry(
            "gap", Role.MOOD, self.tr("Dotted: days without an entry between"), faint=True
        )

        charts = QWidget()
        charts_layout = QVBoxLayout(charts)
        charts_layout.setContentsMargins(0, 0, 0, 0)
        charts_layout.addWidget(self.ratio_caption)
        charts_layout.addWidget(self.ratio_chart, 3)
        charts_layout.addWidget(self.ratio_legend)
        charts_layout.addWidget(self.readout)
        charts_layout.addSpacing(6)
        charts_layout.addWidget(self.feelings_caption)
        charts_layout.addWidget(self.feelings_summary)
        charts_layout.addWidget(self.feelings_chart, 2)
        charts_layout.addWidget(self.feelings_legend)
        charts_layout.addSpacing(6)

        self.trends_model = QStandardItemModel(0, 4, self)
        self.trends_model.setHorizontalHeaderLabels(
            [self.tr("Topic"), self.tr("Last 7 days"), self.tr("7 days before"), self.tr("Change")]
        )
        self.trends_view = QTableView()
        self.trends_view.setModel(self.trends_model)
        self.trends_view.setAccessibleName(self.tr("Complaint trends"))
        self.trends_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trends_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trends_view.verticalHeader().hide()
        self.trends_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = self.trends_view.verticalHeader().defaultSectionSize()
        self.trends_view.setMinimumHeight(rows * 3)  # the header and two topics, at least
        self.trends_empty = QLabel(
            self.tr(
                "No negative logs with a topic in the last two weeks. Add a topic when you "
                "log a negative to see which complaints recur."
            )
        )
        self.trends_empty.setWordWrap(True)

        trends_box = QWidget()
        trends_layout = QVBoxLayout(trends_box)
        trends_layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(
            self.tr(
                "<b>Complaint trends</b> — topics of negative logs, this week against last week"
            )
        )
        trends_layout.addWidget(caption)
        trends_layout.addWidget(self.trends_empty)
        trends_layout.addWidget(self.trends_view, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(charts)
        splitter.addWidget(trends_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter

        layout = screen_margins(QVBoxLayout(self))
        layout.addLayout(range_row)
        layout.addWidget(splitter, 1)

        for view in (self.ratio_chart, self.feelings_chart):
            view.current_changed.connect(self.on_chart_current_changed)
            view.activated.connect(self.on_day_activated)
        controller.changed.connect(self.on_store_changed)
        controller.day_changed.connect(self.refresh)
        controller.settings_changed.connect(self.on_settings_changed)
        self.refresh()

    def focus_target(self) -> QWidget:
        return self.ratio_chart

    # --- reacting -------------------------------------------------------------------------

    @Slot(object)
    def on_store_changed(self, change: Change) -> None:
        if change.concerns(Subject.INTERACTIONS, Subject.REFLECTIONS):
            self.refresh()

    @Slot(int)
    def on_range_clicked(self, count: int) -> None:
        self.days_shown = count
        self.refresh()

    @Slot(object)
    def on_settings_changed(self, _settings: object) -> None:
        self.refresh()

    @Slot(int)
    def on_chart_current_changed(self, index: int) -> None:
        """The other chart marks the same day; the line under the chart reads it out."""
        for view in (self.ratio_chart, self.feelings_chart):
            if view.current != index:
                view.set_current(index)
        self.readout.setText(self.readout_text(index))

    @Slot(int)
    def on_day_activated(self, index: int) -> None:
        if 0 <= index < len(self.history):
            self.open_day(self.history[index].day)

    def open_day(self, day: dt.date) -> DayDialog:
        """Show the day's numbers, reflection and logs beside the window."""
        if self.day_dialog is None:
            self.day_dialog = DayDialog(self.controller, self)
        self.day_dialog.show_day(day)
        return self.day_dialog

    # --- filling --------------------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        settings = self.controller.settings
        store = self.controller.store
        today = self.controller.today_day()
        self.history = ratio_store.history(
            store, today, self.days_shown, settings.target, settings.day_start_hour
        )
        entries = reflection_store.reflections_between(store, self.history[0].day, today)
        self.feelings = {
            r.day: (r.mood, r.energy) for r in entries if (r.mood, r.energy) != (None, None)
        }
        self._fill_charts(settings.target)
        current = streak(self.history)
        self.streak_label.setText(
            arg(
                self.tr("Current streak: %n day(s) at or above %1", "", current),
                format_target(settings.target),
            )
        )
        self._fill_trends(ratio_store.weekly_trends(store, today, settings.day_start_hour))

    def _fill_charts(self, target: float) -> None:
        history = self.history
        days = [d.day for d in history]
        width = self.ratio_chart.fontMetrics().horizontalAdvance
        left, right = chart.ratio_gutters(history, target, lambda text: float(width(text)))
        for view in (self.ratio_chart, self.feelings_chart):
            view.gutters = (left, right)
        self.ratio_caption.setText(
            arg(self.tr("Daily ratio — positives per negative, last %1 days"), len(history))
        )

        def ratio_layout(metrics: Metrics) -> chart.Drawing:
            return chart.layout_ratio(history, target, metrics, self.day_text)

        self.ratio_chart.set_plot(
            ratio_layout,
            [self.ratio_tip(d) for d in history],
            self.ratio_description(history, target),
        )
        overview = chart.ratio_overview(history)
        scale = chart.ratio_scale(history, target)
        self.ratio_legend.set_shown("no_negative", overview.no_negative > 0)
        self.ratio_legend.set_shown(
            "taller", any(d.ratio is not None and d.ratio > scale.top for d in history)
        )
        self.ratio_legend.set_text("target", arg(self.tr("Target %1"), format_target(target)))

        feelings = dict(self.feelings)
        self.feelings_chart.set_plot(
            partial(chart.layout_feelings, days, feelings, day_text=self.day_text),
            [self.feelings_tip(day) for day in days],
            self.feelings_text(),
        )
        shown = bool(feelings)
        self.feelings_chart.setVisible(shown)
        self.feelings_legend.setVisible(shown)
        self.feelings_summary.setText(self.feelings_text())
        self.readout.setText(self.readout_text(self.ratio_chart.current))

    # --- words ----------------------------------------------------------------------------

    def day_text(self, day: dt.date, month_only: bool) -> str:
        """An axis label in the user's language: "3 Sep", or "Sep" / "Jan 2027" by month."""
        if month_only:
            return month_text(day, with_year=day.month == 1)
        return month_day_text(day)

    def long_day(self, day: dt.date) -> str:
        """ "Mon 5 Oct", with the year only when it is not this year's."""
        same_year = day.year == self.controller.today_day().year
        return short_day_text(day) if same_year else short_year_day_text(day)

    def ratio_tip(self, day: DayRatio) -> str:
        when = self.long_day(day.day)
        if day.total == 0:
            return arg(self.tr("%1: no logs"), when)
        if day.negative == 0:
            return arg(
                self.tr("%1: %2 positive, no negative (%3): no ratio to draw"),
                when,
                day.positive,
                format_ratio(day.positive, 0),
            )
        return arg(
            self.tr("%1: %2 positive, %3 negative: %4, %5 (target %6)"),
            when,
            day.positive,
            day.negative,
            format_ratio(day.positive, day.negative),
            state_words(day.state),
            format_target(day.target),
        )

    def feelings_tip(self, day: dt.date) -> str:
        mood, energy = self.feelings.get(day, (None, None))
        when = self.long_day(day)
        if mood is None and energy is None:
            return arg(self.tr("%1: no mood or energy noted"), when)
        return arg(
            self.tr("%1: mood %2, energy %3"),
            when,
            "—" if mood is None else arg(self.tr("%1 of 5"), mood),
            "—" if energy is None else arg(self.tr("%1 of 5"), energy),
        )

    def readout_text(self, index: int) -> str:
        if not 0 <= index < len(self.history):
            return self.tr(
                "Point at a day (or Tab to the chart and use the arrow keys) to read it; "
                "click it or press Enter to open its logs."
            )
        day = self.history[index].day
        parts = [self.ratio_tip(self.history[index])]
        if day in self.feelings:
            parts.append(self.feelings_tip(day).split(": ", 1)[1])
        return arg(
            self.tr("%1. Click or press Enter to open the day."),
            self.tr("; ", "between the parts of a day's summary").join(parts),
        )

    def ratio_description(self, history: list[DayRatio], target: float) -> str:
        overview = chart.ratio_overview(history)
        text = arg(
            self.tr(
                "%n day(s): %2 with logs, %3 at or above the target %4, %5 below, "
                "%6 with no negative.",
                "",
                len(history),
            ),
            len(history),
            overview.logged,
            overview.at_or_above,
            format_target(target),
            overview.below,
            overview.no_negative,
        )
        if overview.best is not None and overview.worst is not None:
            text = join_sentences(
                text,
                arg(
                    self.tr("Highest %1 on %2, lowest %3 on %4."),
                    format_ratio(overview.best.positive, overview.best.negative),
                    self.long_day(overview.best.day),
                    format_ratio(overview.worst.positive, overview.worst.negative),
                    self.long_day(overview.worst.day),
                ),
            )
        return text

    def spread_text(self, name: str, found: Spread | None) -> str:
        """What happened, not just the average: "Mood went from 1 to 5 (average 3.0, 5
        entries); the biggest change was 5 → 1, from Mon 1 Sep to Tue 2 Sep." """
        if found is None:
            return arg(self.tr("%1: not noted."), name)
        if found.low == found.high:
            return arg(
                self.tr("%1 was %2 every time (%n entry(s)).", "", found.count), name, found.low
            )
        if found.biggest_change is None:
            return arg(
                self.tr("%1 went from %2 to %3 (average %4, %n entry(s)).", "", found.count),
                name,
                found.low,
                found.high,
                number(found.average, 1),
            )
        (day_a, a), (day_b, b) = found.biggest_change
        return arg(
            self.tr(
                "%1 went from %2 to %3 (average %4, %n entry(s)); the biggest change was "
                "%5 → %6, from %7 to %8.",
                "",
                found.count,
            ),
            name,
            found.low,
            found.high,
            number(found.average, 1),
            a,
            b,
            self.long_day(day_a),
            self.long_day(day_b),
        )

    def feelings_text(self) -> str:
        if not self.feelings:
            return self.tr(
                "No mood or energy noted in these %n day(s). The Reflection screen asks for "
                "them at the end of a shift.",
                "",
                len(self.history),
            )
        ordered = sorted(self.feelings.items())
        mood = chart.spread([(day, m) for day, (m, _e) in ordered if m is not None])
        energy = chart.spread([(day, e) for day, (_m, e) in ordered if e is not None])
        return join_sentences(
            self.spread_text(self.tr("Mood"), mood), self.spread_text(self.tr("Energy"), energy)
        )

    def _fill_trends(self, trends: list[TopicTrend]) -> None:
        self.trends_model.removeRows(0, self.trends_model.rowCount())
        for trend in trends:
            if trend.change > 0:
                change = f"▲ +{trend.change}"
            elif trend.change < 0:
                change = f"▼ {trend.change}"
            else:
                change = "= 0"
            row = [
                QStandardItem(trend.topic),
                QStandardItem(str(trend.this_week)),
                QStandardItem(str(trend.last_week)),
                QStandardItem(change),
            ]
            for item in row[1:]:
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.trends_model.appendRow(row)
        self.trends_empty.setVisible(not trends)
        self.trends_view.setVisible(bool(trends))
