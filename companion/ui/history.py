"""History: the daily ratio against the target, streaks, and complaint trends (P1.1, P5.5)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDate, QDateTime, QMargins, Qt, QTime, Slot
from PySide6.QtGui import QColor, QPainter, QPen, QStandardItem, QStandardItemModel
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

from companion.core.ratio import DayRatio, TopicTrend, format_target, streak
from companion.services import Change, Subject
from companion.store import ratio as ratio_store
from companion.ui.controller import Controller
from companion.ui.icons import STATE_COLOURS

RANGES = (30, 90, 365)


def chart_value(day: DayRatio, cap: float) -> float | None:
    """Where a day sits on the chart; days with no negative sit at the top, empty days nowhere."""
    if day.total == 0:
        return None
    ratio = day.ratio
    return cap if ratio is None else min(ratio, cap)


class HistoryScreen(QWidget):
    """Daily ratio chart with the target line for 30/90/365 days, the streak, and topic trends."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.days_shown = RANGES[0]
        self.setAccessibleName(self.tr("History"))

        self.range_group = QButtonGroup(self)
        range_row = QHBoxLayout()
        range_row.addWidget(QLabel(self.tr("Show:")))
        for count in RANGES:
            button = QPushButton(self.tr("%d days") % count)
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Show %d days") % count)
            self.range_group.addButton(button, count)
            range_row.addWidget(button)
        self.range_group.button(RANGES[0]).setChecked(True)
        self.range_group.idClicked.connect(self.on_range_clicked)
        range_row.addStretch(1)
        self.streak_label = QLabel()
        self.streak_label.setAccessibleName(self.tr("Streak"))
        range_row.addWidget(self.streak_label)

        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setAccessibleName(self.tr("Daily ratio chart"))
        self.chart_view.setMinimumHeight(260)
        self.ratio_series = QLineSeries()
        self.ratio_series.setName(self.tr("Daily ratio"))
        self.point_series = QScatterSeries()
        self.point_series.setName(self.tr("Days with logs"))
        self.point_series.setMarkerSize(7)
        self.target_series = QLineSeries()
        for series in (self.ratio_series, self.point_series, self.target_series):
            self.chart.addSeries(series)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat("d MMM")
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.1f")
        self.y_axis.setTitleText(self.tr("ratio (: 1)"))
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.ratio_series, self.point_series, self.target_series):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        pen = QPen(STATE_COLOURS[next(iter(STATE_COLOURS))].darker(110))
        pen.setWidthF(2.0)
        self.ratio_series.setPen(pen)
        self.point_series.setColor(pen.color())
        target_pen = QPen(QColor("#c0612b"))
        target_pen.setStyle(Qt.PenStyle.DashLine)
        target_pen.setWidthF(2.0)
        self.target_series.setPen(target_pen)

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
        splitter.addWidget(self.chart_view)
        splitter.addWidget(trends_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.addLayout(range_row)
        layout.addWidget(splitter, 1)

        controller.changed.connect(self.on_store_changed)
        controller.day_changed.connect(self.refresh)
        controller.settings_changed.connect(self.on_settings_changed)
        self.refresh()

    @Slot(object)
    def on_store_changed(self, change: Change) -> None:
        if change.concerns(Subject.INTERACTIONS):
            self.refresh()

    @Slot(int)
    def on_range_clicked(self, count: int) -> None:
        self.days_shown = count
        self.refresh()

    @Slot(object)
    def on_settings_changed(self, _settings: object) -> None:
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        settings = self.controller.settings
        today = self.controller.today_day()
        history = ratio_store.history(
            self.controller.store, today, self.days_shown, settings.target, settings.day_start_hour
        )
        self._fill_chart(history, settings.target)
        current = streak(history)
        self.streak_label.setText(
            self.tr("Current streak: %d day(s) at or above %s")
            % (current, format_target(settings.target))
        )
        self._fill_trends(
            ratio_store.weekly_trends(self.controller.store, today, settings.day_start_hour)
        )

    def _fill_chart(self, history: list[DayRatio], target: float) -> None:
        finite = [d.ratio for d in history if d.ratio is not None]
        cap = max([target * 2, 4.0, *finite])
        cap = min(cap, max(target * 4, 8.0))
        points = []
        for day in history:
            value = chart_value(day, cap)
            if value is not None:
                points.append((_msecs(day.day), value))
        from PySide6.QtCore import QPointF

        qpoints = [QPointF(x, y) for x, y in points]
        self.ratio_series.replace(qpoints)
        self.point_series.replace(qpoints)
        first, last = _msecs(history[0].day), _msecs(history[-1].day)
        self.target_series.replace([QPointF(first, target), QPointF(last, target)])
        self.target_series.setName(self.tr("Target %s") % format_target(target))
        self.x_axis.setRange(
            QDateTime.fromMSecsSinceEpoch(first), QDateTime.fromMSecsSinceEpoch(last)
        )
        self.x_axis.setTickCount(7 if len(history) > 30 else 6)
        self.y_axis.setRange(0, cap * 1.05)
        self.y_axis.applyNiceNumbers()
        self.chart.setTitle(
            self.tr("Daily ratio, last %d days (days with no negative sit at the top)")
            % len(history)
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


def _msecs(day: dt.date) -> int:
    return int(QDateTime(QDate(day.year, day.month, day.day), QTime(12, 0)).toMSecsSinceEpoch())
