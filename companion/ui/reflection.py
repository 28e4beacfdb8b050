"""End-of-shift reflection (P1.6): one entry per day beside the day's numbers, past days on a
calendar, the week at a glance, export. The shift-end reminder and the app-wide "Reframe…" and
"Reflect on today" actions are in :mod:`companion.ui.reflection_tools`.

The day's numbers are read from the store each time the screen shows a day (never copied into
the entry), so a late log, an undo or a new happy-file entry shows up at once.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import ClassVar, TypeVar

from PySide6.QtCore import (
    QDate,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.errors import CompanionError
from companion.core.reflection import (
    DaySummary,
    Reflection,
    render_csv,
    render_markdown,
)
from companion.services import Change, Subject
from companion.services import reflection as reflection_service
from companion.services.reflection import ReflectionSaved
from companion.store import Store
from companion.store import reflection as reflection_store
from companion.ui.controller import Controller
from companion.ui.export_task import ExportTask, Render
from companion.ui.i18n import arg, day_text, day_time_text, time_text, year_day_text
from companion.ui.reflection_week import WeekPage
from companion.ui.reframe import RatingButtons
from companion.ui.style import heading, screen_margins, text_box
from companion.ui.words import format_ratio, format_target, state_words

log = logging.getLogger(__name__)
_T = TypeVar("_T")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _text_edit(hint: str, name: str) -> QPlainTextEdit:
    return text_box(hint, name, 44, 90)


def _trimmed(entry: Reflection) -> Reflection:
    """The entry as the store keeps it (texts without surrounding blanks)."""
    return replace(
        entry,
        well=entry.well.strip(),
        hard=entry.hard.strip(),
        improve=entry.improve.strip(),
        note=entry.note.strip(),
    )


# --- the day ----------------------------------------------------------------------------------


class DaySummaryBox(QFrame):
    """The day's numbers as a small read-only summary."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("daySummary")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("The day's numbers"))
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(10, 6, 10, 6)
        self.values: dict[str, QLabel] = {}
        self.grid.setColumnStretch(1, 1)
        self.grid.setColumnStretch(3, 1)

    # (row, column, span of the value): counts side by side, the ratio on a line of its own.
    PLACES: ClassVar[dict[str, tuple[int, int, int]]] = {  # keys: DaySummary.lines()'s
        "Positive": (0, 0, 1),
        "Negative": (0, 2, 1),
        "Ratio": (1, 0, 3),
        "Replies checked": (2, 0, 1),
        "Happy-file entries added": (2, 2, 1),
        "Cool-offs taken": (3, 0, 1),
        "Cool-offs skipped": (3, 2, 1),
    }

    def show_summary(self, summary: DaySummary) -> None:
        labels = {
            "Positive": self.tr("Positive"),
            "Negative": self.tr("Negative"),
            "Ratio": self.tr("Ratio"),
            "Replies checked": self.tr("Replies checked"),
            "Cool-offs taken": self.tr("Cool-offs taken"),
            "Cool-offs skipped": self.tr("Cool-offs skipped"),
            "Happy-file entries added": self.tr("Happy-file entries added"),
        }
        for key, value in summary.lines():
            if key not in self.values:
                caption = QLabel(labels.get(key, key) + ":")
                label = QLabel()
                label.setAccessibleName(labels.get(key, key))
                self.values[key] = label
                row, column, span = self.PLACES.get(key, (self.grid.rowCount(), 0, 1))
                self.grid.addWidget(caption, row, column)
                self.grid.addWidget(label, row, column + 1, 1, span)
            if key == "Ratio":
                value = self.ratio_words(summary)
            self.values[key].setText(value)

    def ratio_words(self, summary: DaySummary) -> str:
        """The summary's ratio line in the interface's words (core words it in English)."""
        target = format_target(summary.target)
        if summary.positives + summary.negatives == 0:
            return arg(self.tr("no logs (target %1)"), target)
        return arg(
            self.tr("%1 (target %2, %3)"),
            format_ratio(summary.positives, summary.negatives),
            target,
            state_words(summary.state),
        )

    def value(self, key: str) -> str:
        return self.values[key].text()


class DayPage(QWidget):
    """The calendar of past days beside the selected day's numbers and entry.

    An entry saved elsewhere (a handed-over `companion reflect add`, another process) shows at
    once, unless the agent is changing the shown one: their words are kept until they save.

    Signals:
        reframe_requested(str): open the reframe guide with this text (the hardest moment).
        saved(object): the day's Reflection was saved.
    """

    reframe_requested = Signal(str)
    saved = Signal(object)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.day = controller.today_day()

        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(self.tr("Past days; days with a reflection are bold"))
        self.calendar.setGridVisible(False)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.clicked.connect(self.on_calendar_clicked)
        self.calendar.activated.connect(self.on_calendar_clicked)
        self.calendar.currentPageChanged.connect(self.on_calendar_page_changed)
        self.today_button = QPushButton(self.tr("T&oday"))
        self.today_button.clicked.connect(self.on_today_clicked)

        self.title = heading(factor=1.4)
        self.summary = DaySummaryBox()
        self.mood = RatingButtons(self.tr("Mood"), self.tr("low"), self.tr("high"))
        self.energy = RatingButtons(self.tr("Energy"), self.tr("low"), self.tr("high"))
        self.well_edit = _text_edit(
            self.tr("A thank-you, a fix that worked, a good call…"), self.tr("What went well")
        )
        self.happy_button = QPushButton(self.tr("Send to happy file"))
        self.happy_button.setToolTip(self.tr("Keep what went well in your happy file"))
        self.happy_button.clicked.connect(self.on_happy_clicked)
        self.hard_edit = _text_edit(
            self.tr("The moment that stung most"), self.tr("The hardest moment")
        )
        self.reframe_button = QPushButton(self.tr("Reframe this…"))
        self.reframe_button.setToolTip(self.tr("Open the reframe guide with the hardest moment"))
        self.reframe_button.clicked.connect(self.on_reframe_clicked)
        self.improve_edit = _text_edit(
            self.tr("One specific thing, e.g. check tracking before promising a date"),
            self.tr("One thing to improve"),
        )
        self.note_edit = _text_edit(self.tr("Anything else"), self.tr("Note"))
        self.save_button = QPushButton(self.tr("&Save reflection"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.on_save_clicked)
        self.shown_entry = Reflection(self.day)
        """The entry as last loaded or saved, to tell the agent's unsaved words."""
        self._sent_to_happy: set[tuple[dt.date, str]] = set()
        """(day, words) already sent, so a second click does not file the same words twice."""
        self.status = QLabel()
        self.status.setObjectName("reflectionStatus")
        self.status.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Mood:"), self.mood.buttons[0]), self.mood)
        form.addRow(self._label(self.tr("&Energy:"), self.energy.buttons[0]), self.energy)
        # The two one-click buttons share a width so the text boxes line up.
        width = max(self.happy_button.sizeHint().width(), self.reframe_button.sizeHint().width())
        for button in (self.happy_button, self.reframe_button):
            button.setFixedWidth(width)
        well_row = QHBoxLayout()
        well_row.addWidget(self.well_edit, 1)
        well_row.addWidget(self.happy_button)
        form.addRow(self._label(self.tr("Wh&at went well:"), self.well_edit), well_row)
        hard_row = QHBoxLayout()
        hard_row.addWidget(self.hard_edit, 1)
        hard_row.addWidget(self.reframe_button)
        form.addRow(self._label(self.tr("The ha&rdest moment:"), self.hard_edit), hard_row)
        form.addRow(self.tr("One thing to &improve:"), self.improve_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        actions = QHBoxLayout()
        actions.addWidget(self.status, 1)
        actions.addWidget(self.save_button)

        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.summary)
        right.addLayout(form)
        right.addLayout(actions)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.calendar)
        left.addWidget(self.today_button)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(right, 1)

        save_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_key.activated.connect(self.on_save_clicked)
        controller.changed.connect(self.on_changed)
        controller.settings_changed.connect(self.on_settings_changed)
        controller.day_changed.connect(self.show_title)
        self.show_day(self.day)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # --- showing a day -------------------------------------------------------------------------

    @Slot()
    def show_title(self) -> None:
        """ "Today, …" only while the page's day is today. At the day change the page stays on
        its day (a night shift may be mid-reflection) and its title says which day that is."""
        today = self.controller.today_day()
        self.calendar.setMaximumDate(_qdate(today))
        if self.day == today:
            self.title.setText(arg(self.tr("Today, %1"), day_text(self.day)))
        else:
            self.title.setText(year_day_text(self.day))

    def show_day(self, day: dt.date) -> None:
        today = self.controller.today_day()
        self.day = min(day, today)
        self.calendar.setMaximumDate(_qdate(today))
        self.calendar.setSelectedDate(_qdate(self.day))
        self.show_title()
        self.refresh_summary()
        entry = self._read(lambda: reflection_store.get_reflection(self.controller.store, self.day))
        self.show_entry(entry or Reflection(self.day))
        self.mark_calendar()

    def show_entry(self, entry: Reflection) -> None:
        """Fill the form with the page's day's entry as saved, and say when it was saved."""
        self.mood.set_value(entry.mood)
        self.energy.set_value(entry.energy)
        self.well_edit.setPlainText(entry.well)
        self.hard_edit.setPlainText(entry.hard)
        self.improve_edit.setPlainText(entry.improve)
        self.note_edit.setPlainText(entry.note)
        self.shown_entry = entry
        times = self._read(
            lambda: reflection_store.reflection_times(self.controller.store, self.day)
        )
        if times is None:
            self.status.setText(self.tr("Not written yet."))
        else:
            self.status.setText(arg(self.tr("Saved %1."), day_time_text(times[1])))

    def reload_entry(self) -> None:
        """Show the day's entry as it now is in the store, unless the agent has unsaved words
        here (they are kept; saving them replaces the other)."""
        try:
            stored = reflection_store.get_reflection(self.controller.store, self.day)
        except CompanionError as error:
            self.controller.error.emit(error.message)
            return
        stored = stored or Reflection(self.day)
        form = self.current_reflection()
        if _trimmed(form) == stored:  # already shown (this page saved it)
            self.shown_entry = form
        elif form == self.shown_entry:
            self.show_entry(stored)
        else:
            self.status.setText(
                self.tr("Changed elsewhere meanwhile; saving keeps what you see here.")
            )

    def _read(self, query: Callable[[], _T]) -> _T | None:
        try:
            return query()
        except CompanionError as error:
            self.controller.error.emit(error.message)
            return None

    def current_summary(self) -> DaySummary:
        settings = self.controller.settings
        return reflection_store.day_summary(
            self.controller.store, self.day, settings.target, settings.day_start_hour
        )

    @Slot()
    def refresh_summary(self) -> None:
        try:
            self.summary.show_summary(self.current_summary())
        except CompanionError as error:
            self.controller.error.emit(error.message)

    def mark_calendar(self) -> None:
        """Bold the days of the shown month that have a reflection."""
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = dt.date(year, month, 1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear all
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        bold.setFontUnderline(True)
        found = self._read(
            lambda: reflection_store.reflected_days(self.controller.store, first, last)
        )
        for day in found or set():
            self.calendar.setDateTextFormat(_qdate(day), bold)

    def current_reflection(self) -> Reflection:
        return Reflection(
            self.day,
            mood=self.mood.value(),
            energy=self.energy.value(),
            well=self.well_edit.toPlainText(),
            hard=self.hard_edit.toPlainText(),
            improve=self.improve_edit.toPlainText(),
            note=self.note_edit.toPlainText(),
        )

    # --- reactions ------------------------------------------------------------------------------

    @Slot(QDate)
    def on_calendar_clicked(self, day: QDate) -> None:
        self.show_day(_pydate(day))

    @Slot(int, int)
    def on_calendar_page_changed(self, _year: int, _month: int) -> None:
        self.mark_calendar()

    @Slot()
    def on_today_clicked(self) -> None:
        self.show_day(self.controller.today_day())

    @Slot()
    def on_save_clicked(self) -> None:
        entry = self.current_reflection()
        try:
            saved = reflection_service.save_reflection(self.controller, entry)
        except CompanionError as error:
            self.status.setText(error.message)
            return
        stamp = time_text(self.controller.clock())
        self.status.setText(
            arg(self.tr("Updated at %1."), stamp)
            if saved.updated
            else arg(self.tr("Saved at %1."), stamp)
        )
        self.saved.emit(entry)

    @Slot()
    def on_happy_clicked(self) -> None:
        text = self.well_edit.toPlainText().strip()
        if not text:
            self.status.setText(self.tr("Write what went well first."))
            self.well_edit.setFocus()
            return
        if (self.day, text) in self._sent_to_happy:
            self.status.setText(self.tr("Already in your happy file."))
            return
        try:
            reflection_service.send_to_happy_file(
                self.controller,
                text,
                arg(self.tr("From my reflection on %1"), year_day_text(self.day)),
                redact=self.controller.settings.redact_by_default,
                regions=self.controller.settings.redaction_regions,
            )
        except CompanionError as error:
            self.status.setText(error.message)
            return
        self._sent_to_happy.add((self.day, text))
        self.status.setText(self.tr("Sent to your happy file."))

    @Slot()
    def on_reframe_clicked(self) -> None:
        self.reframe_requested.emit(self.hard_edit.toPlainText().strip())

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change.concerns(Subject.INTERACTIONS, Subject.CHECKS, Subject.COOLOFFS, Subject.HAPPY):
            self.refresh_summary()
        if change.concerns(Subject.REFLECTIONS):
            self.mark_calendar()
            saved = change.payload
            if not isinstance(saved, ReflectionSaved) or saved.reflection.day == self.day:
                self.reload_entry()

    @Slot(object)
    def on_settings_changed(self, _settings: object) -> None:
        self.refresh_summary()


# --- the week ---------------------------------------------------------------------------------


def reflections_export(
    export_format: str,
    first: dt.date,
    last: dt.date,
    target: float,
    day_start_hour: int,
    bom: bool = False,
) -> Render:
    """What an export of reflections writes: every day from ``first`` to ``last`` with a
    reflection or a log, as Markdown ("md") or CSV (``bom``: for Excel), and how many days."""

    def render(store: Store) -> tuple[str, int]:
        rows = reflection_store.reflected_range(store, first, last, target, day_start_hour)
        text = render_markdown(rows) if export_format == "md" else render_csv(rows, bom=bom)
        return text, len(rows)

    return render


class ExportPage(QWidget):
    """Choose a range and a format; the file is written by a worker.

    Signals:
        export_done(str): the message shown when the export finished or failed.
    """

    export_done = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        today = controller.today_day()
        self.from_edit = QDateEdit(_qdate(today - dt.timedelta(days=29)))
        self.to_edit = QDateEdit(_qdate(today))
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.from_edit.setAccessibleName(self.tr("First day"))
        self.to_edit.setAccessibleName(self.tr("Last day"))
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("Markdown (.md)"), "md")
        self.format_combo.addItem(self.tr("CSV for a spreadsheet (.csv)"), "csv")
        self.format_combo.setAccessibleName(self.tr("Format"))
        self.bom_check = QCheckBox(self.tr("For &Excel (UTF-8 with a byte order mark)"))
        self.bom_check.setEnabled(False)
        self.format_combo.currentIndexChanged.connect(self.on_format_changed)
        self.export_button = QPushButton(self.tr("Ex&port…"))
        self.export_button.clicked.connect(self.on_export_clicked)
        self.status = QLabel()
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&From:"), self.from_edit)
        form.addRow(self.tr("T&o:"), self.to_edit)
        form.addRow(self.tr("Fo&rmat:"), self.format_combo)
        form.addRow("", self.bom_check)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Export your reflections with each day's numbers. Days with a reflection or "
                "any log are included; unknown numbers are “—” in Markdown and empty in CSV."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.export_button)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._tasks: list[ExportTask] = []

    @Slot(int)
    def on_format_changed(self, _index: int) -> None:
        self.bom_check.setEnabled(self.format_combo.currentData() == "csv")

    @Slot()
    def on_export_clicked(self) -> None:
        fmt = str(self.format_combo.currentData())
        first, last = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        suggested = str(Path.home() / f"reflections-{first}-to-{last}.{fmt}")
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export reflections"),
            suggested,
            self.tr("Markdown (*.md)") if fmt == "md" else self.tr("CSV (*.csv)"),
        )
        if name:
            self.export_to(Path(name), fmt, first, last)

    def export_to(self, target: Path, fmt: str, first: dt.date, last: dt.date) -> None:
        """Start writing the export (also the entry point for tests and scripts)."""
        if last < first:
            self.status.setText(self.tr("The last day is before the first."))
            return
        settings = self.controller.settings
        bom = fmt == "csv" and self.bom_check.isChecked()
        task = ExportTask(
            self.controller.store.path,
            target,
            reflections_export(fmt, first, last, settings.target, settings.day_start_hour, bom),
            lambda count: self.tr("Exported %n day(s) to %1.", "", count).replace(
                "%1", str(target)
            ),
        )
        task.signals.finished.connect(self.on_task_done)
        task.signals.failed.connect(self.on_task_done)
        task.setAutoDelete(True)
        self._tasks.append(task)
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        QThreadPool.globalInstance().start(task)

    @Slot(str)
    def on_task_done(self, message: str) -> None:
        sender = self.sender()
        self._tasks = [t for t in self._tasks if t.signals is not sender]
        self.export_button.setEnabled(True)
        self.status.setText(message)
        self.export_done.emit(message)


class ReflectionScreen(QWidget):
    """The reflection: Day (entry + calendar), Week and Export tabs.

    Signals:
        reframe_requested(str): open the reframe guide with the hardest moment.
    """

    reframe_requested = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAccessibleName(self.tr("Reflection"))
        self.day_page = DayPage(controller)
        self.week_page = WeekPage(controller)
        self.export_page = ExportPage(controller)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.day_page, self.tr("&Day"))
        self.tabs.addTab(self.week_page, self.tr("&Week"))
        self.tabs.addTab(self.export_page, self.tr("E&xport"))
        layout = screen_margins(QVBoxLayout(self))
        layout.addWidget(self.tabs)
        self.day_page.reframe_requested.connect(self.reframe_requested)

    def show_today(self) -> None:
        self.tabs.setCurrentWidget(self.day_page)
        self.day_page.show_day(self.controller.today_day())
        self.day_page.mood.buttons[0].setFocus()
