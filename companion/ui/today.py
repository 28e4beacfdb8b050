"""Today: log an interaction in one action and see the ratio against the target (P1.1, P5.5)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.core.ratio import DayRatio, State
from companion.services import Change, Subject
from companion.store import ratio as ratio_store
from companion.store.ratio import MAX_NOTE, MAX_TOPIC
from companion.ui import icons
from companion.ui.controller import Controller
from companion.ui.i18n import arg, day_text, number, time_text
from companion.ui.style import USER_ROLE, heading, scaled_font, screen_margins, set_key
from companion.ui.words import format_ratio, format_target, ratio_number, state_words

if TYPE_CHECKING:
    from PySide6.QtCore import QStringListModel
    from PySide6.QtGui import QFocusEvent

RECENT_LIMIT = 50
TOPIC_DAYS = 180  # topics offered for completion: those used in the last six months


class TodayWords(QObject):
    """The day against the target in words, shared by Today and the tray's tooltip: numbers
    said as a person would say them, with each language's plural forms (``tr(…, "", n)``)."""

    def state(self, day: DayRatio) -> str:
        """ "Below target", "At target", "Above target", or that nothing is logged yet."""
        if day.total == 0:
            return self.tr("No logs yet today")
        return state_words(day.state, start=True)

    def needed(self, day: DayRatio) -> str:
        """What is left to reach the target, or that it is reached."""
        if day.total == 0:
            return self.tr("Log your first conversation with + or −.")
        if day.negative == 0:
            return self.tr("No negative conversations yet today.")
        if day.needed == 0:
            return self.tr("You have reached your target. Nice work.")
        return self.tr(
            "%n more positive conversation(s) and you're at your target.", "", day.needed
        )

    def target(self, target: float) -> str:
        """The target as said in a sentence: "3 to 1"."""
        return arg(self.tr("%1 to 1"), ratio_number(target))

    def counts(self, day: DayRatio) -> str:
        """ "5 positives, 2 negatives: 2.5 to 1", or "2 positives, no negatives yet"."""
        positives = self.tr("%n positive(s)", "", day.positive)
        if day.negative == 0:
            return arg(self.tr("%1, no negatives yet"), positives)
        negatives = self.tr("%n negative(s)", "", day.negative)
        ratio = day.ratio
        assert ratio is not None
        return arg(self.tr("%1, %2: %3 to 1"), positives, negatives, ratio_number(ratio, 1))


def state_text(day: DayRatio) -> str:
    return TodayWords().state(day)


def needed_text(day: DayRatio) -> str:
    return TodayWords().needed(day)


class TopicEdit(QLineEdit):
    """The topic field; says when it gets the keyboard, so completion is filled only then.

    Signals:
        focused(): the field is getting the keyboard focus.
    """

    focused = Signal()

    def focusInEvent(self, event: QFocusEvent) -> None:
        # An override, not an event filter: a filter in Python is handed every event of the
        # field, and PySide6 loads each event class to hand it over (about 5 ms at start-up).
        self.focused.emit()
        super().focusInEvent(event)


class TodayScreen(QWidget):
    """Counts, ratio and state for today, the + / − buttons, and today's logs; other features
    add a line of their own numbers for today with ``add_stat_row``.

    Signals:
        reframe_requested(object): the user asked to reframe a negative log (an Interaction).
    """

    reframe_requested = Signal(object)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAccessibleName(self.tr("Today"))

        self.date_label = heading()
        self.date_label.setObjectName("todayDate")

        # Counts and ratio.
        big = scaled_font(self.font(), 2.6)
        self.positive_count = QLabel("0")
        self.negative_count = QLabel("0")
        self.ratio_label = QLabel()
        for label in (self.positive_count, self.negative_count, self.ratio_label):
            label.setFont(big)
            set_key(label, "alignment", "AlignCenter")
        self.positive_count.setAccessibleName(self.tr("Positive interactions today"))
        self.negative_count.setAccessibleName(self.tr("Negative interactions today"))
        self.ratio_label.setAccessibleName(self.tr("Today's ratio"))
        self.target_label = QLabel()
        set_key(self.target_label, "alignment", "AlignCenter")

        counts = QGridLayout()
        for column, (value, caption) in enumerate(
            (
                (self.positive_count, self.tr("positive")),
                (self.negative_count, self.tr("negative")),
                (self.ratio_label, self.tr("ratio")),
            )
        ):
            counts.addWidget(value, 0, column)
            cap = QLabel(caption)
            set_key(cap, "alignment", "AlignCenter")
            counts.addWidget(cap, 1, column)
        counts.addWidget(self.target_label, 2, 2)

        # State: icon + words (never colour alone).
        self.state_icon = QLabel()
        self.state_icon.setFixedSize(32, 32)
        self.state_label = QLabel()
        self.state_label.setFont(scaled_font(self.font(), 1.3))
        self.state_label.setAccessibleName(self.tr("State against target"))
        self.needed_label = QLabel()
        self.needed_label.setAccessibleName(self.tr("Positives needed to reach the target"))
        state_row = QHBoxLayout()
        state_row.addWidget(self.state_icon)
        state_text_box = QVBoxLayout()
        state_text_box.addWidget(self.state_label)
        state_text_box.addWidget(self.needed_label)
        state_row.addLayout(state_text_box, 1)
        state_frame = QFrame()
        state_frame.setObjectName("stateFrame")
        state_frame.setFrameShape(QFrame.Shape.StyledPanel)
        state_frame.setLayout(state_row)

        # Logging.
        self.topic_edit = TopicEdit()
        self.topic_edit.setPlaceholderText(self.tr('optional, e.g. "billing", "late delivery"'))
        self.topic_edit.setMaxLength(MAX_TOPIC)
        self.topic_edit.setAccessibleName(self.tr("Topic"))
        # Made and filled when the field first gets focus: completion is not needed for the
        # first paint.
        self.topic_model: QStringListModel | None = None
        self._topics_loaded = False
        self.topic_edit.focused.connect(self._load_topics)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("optional one-line note"))
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setAccessibleName(self.tr("Note"))
        form = QFormLayout()
        form.addRow(self.tr("To&pic:"), self.topic_edit)
        form.addRow(self.tr("N&ote:"), self.note_edit)

        button_font = scaled_font(self.font(), 1.6)
        self.plus_button = QPushButton(self.tr("+  Positive"))
        self.plus_button.setIcon(icons.state_icon(State.ABOVE))
        self.plus_button.setToolTip(self.tr("Log a positive interaction (+ or Ctrl+Up)"))
        self.plus_button.setAccessibleName(self.tr("Log positive"))
        self.minus_button = QPushButton(self.tr("−  Negative"))
        self.minus_button.setIcon(icons.state_icon(State.BELOW))
        self.minus_button.setToolTip(self.tr("Log a negative interaction (− or Ctrl+Down)"))
        self.minus_button.setAccessibleName(self.tr("Log negative"))
        for button in (self.plus_button, self.minus_button):
            button.setFont(button_font)
            button.setMinimumHeight(64)
        self.plus_button.clicked.connect(self.on_plus_clicked)
        self.minus_button.clicked.connect(self.on_minus_clicked)
        buttons = QHBoxLayout()
        # Half the row each, by stretch: as the Expanding size policy they had did, without
        # QSizePolicy's wrapper and enums (0.4 ms of the first window).
        buttons.addWidget(self.plus_button, 1)
        buttons.addWidget(self.minus_button, 1)

        self.undo_button = QPushButton(self.tr("&Undo last log"))
        self.undo_button.setToolTip(self.tr("Remove today's most recent log (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.on_undo_clicked)
        self.feedback_label = QLabel()
        self.feedback_label.setAccessibleName(self.tr("Last action"))
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.feedback_label, 1)
        # "Reframe this…": the selected negative log, else today's last one, opens the guide.
        self.reframe_button = QPushButton(self.tr("&Reframe this…"))
        self.reframe_button.setToolTip(
            self.tr("Open the reframe guide for the selected (or the last) negative log")
        )
        self.reframe_button.clicked.connect(self.on_reframe_clicked)
        undo_row.addWidget(self.reframe_button)
        undo_row.addWidget(self.undo_button)

        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(self.tr("Today's logs"))
        self.recent_list.setAlternatingRowColors(True)
        # A long note wraps onto more lines (and shows whole in the tooltip), not in a sideways
        # scroll that hides it.
        set_key(self.recent_list, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.recent_list.setWordWrap(True)
        self.recent_list.setResizeMode(QListWidget.ResizeMode.Adjust)

        # Lines of today's numbers that other features add (checks and cool-offs).
        self._stat_rows = QVBoxLayout()

        layout = QVBoxLayout(self)
        screen_margins(layout)
        layout.addWidget(self.date_label)
        layout.addLayout(counts)
        layout.addWidget(state_frame)
        layout.addLayout(self._stat_rows)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addLayout(undo_row)
        recent_caption = QLabel(self.tr("Today's logs"))
        recent_caption.setBuddy(self.recent_list)
        layout.addWidget(recent_caption)
        layout.addWidget(self.recent_list, 1)

        # Keys: + / − here when not typing in a field (Ctrl+Up / Ctrl+Down are the Log actions'
        # shortcuts, so they work anywhere in the window). Focus lands on + (``focus_target``)
        # when the window opens, so the keys work at once.
        for sequence, slot in (
            ("+", self.on_plus_clicked),
            ("Shift++", self.on_plus_clicked),
            ("=", self.on_plus_clicked),
            ("-", self.on_minus_clicked),
            (QKeySequence.StandardKey.Undo, self.on_undo_clicked),
        ):
            shortcut = QShortcut(QKeySequence(sequence), self)
            set_key(shortcut, "context", "WidgetWithChildrenShortcut")
            shortcut.activated.connect(slot)

        controller.changed.connect(self.on_store_changed)
        controller.day_changed.connect(self.on_day_changed)
        controller.settings_changed.connect(self.on_settings_changed)
        self.refresh()

    def focus_target(self) -> QWidget:
        """Where the keyboard goes when the screen is opened: + , so + / − log at once."""
        return self.plus_button

    def add_stat_row(self, row: QWidget) -> None:
        """Show another feature's line of numbers for today under the state, in the order
        added. The row keeps itself up to date (it listens to the controller)."""
        self._stat_rows.addWidget(row)

    def stat_rows(self) -> list[QWidget]:
        """The lines other features added, in order."""
        rows = []
        for index in range(self._stat_rows.count()):
            item = self._stat_rows.itemAt(index)
            row = item.widget() if item is not None else None
            if row is not None:
                rows.append(row)
        return rows

    # --- reactions ----------------------------------------------------------------------------

    @Slot()
    def on_plus_clicked(self) -> None:
        self._log(True)

    @Slot()
    def on_minus_clicked(self) -> None:
        self._log(False)

    def _log(self, positive: bool) -> None:
        entry = self.controller.log_interaction(
            positive, self.topic_edit.text() or None, self.note_edit.text() or None
        )
        if entry is None:
            return
        self.topic_edit.clear()
        self.note_edit.clear()
        when = time_text(entry.created)
        self.feedback_label.setText(
            arg(self.tr("Logged positive at %1."), when)
            if positive
            else arg(self.tr("Logged negative at %1."), when)
        )

    @Slot()
    def on_reframe_clicked(self) -> None:
        self.feedback_label.clear()
        entry = self.negative_to_reframe()
        if entry is not None:
            self.reframe_requested.emit(entry)

    def negative_to_reframe(self) -> ratio_store.Interaction | None:
        """The selected log when it is negative, else today's last negative log."""
        item = self.recent_list.currentItem()
        if item is not None:
            chosen = ratio_store.get_interaction(self.controller.store, int(item.data(USER_ROLE)))
            if chosen is not None and not chosen.positive:
                return chosen
        start, end = self.controller.today_bounds()
        entries = ratio_store.interactions_between(self.controller.store, start, end, RECENT_LIMIT)
        return next((e for e in entries if not e.positive), None)

    @Slot()
    def on_undo_clicked(self) -> None:
        removed = self.controller.undo_last()
        if removed is None:
            self.feedback_label.setText(self.tr("Nothing to undo today."))
        else:
            self.feedback_label.setText(
                self.tr("Removed the last positive log.")
                if removed.positive
                else self.tr("Removed the last negative log.")
            )

    @Slot(object)
    def on_store_changed(self, change: Change) -> None:
        if change.concerns(Subject.INTERACTIONS):
            # A log or undo from anywhere (the tray, a key, the command line, this screen) is
            # the next action: what the last one said no longer describes the day. This
            # screen's own log or undo says its words after this (see _log, on_undo_clicked).
            self.feedback_label.clear()
            self.refresh()

    @Slot()
    def on_day_changed(self) -> None:
        self.feedback_label.clear()
        self.refresh()

    @Slot(object)
    def on_settings_changed(self, _settings: object) -> None:
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        day = self.controller.today()
        self.date_label.setText(arg(self.tr("Today, %1"), day_text(day.day)))
        self.positive_count.setText(number(day.positive))
        self.negative_count.setText(number(day.negative))
        # No negative means no ratio yet: "5 : 0" is not a ratio anyone says.
        has_ratio = day.negative > 0
        self.ratio_label.setText(format_ratio(day.positive, day.negative) if has_ratio else "–")
        self.ratio_label.setToolTip(
            "" if has_ratio else self.tr("No ratio until there is a negative conversation")
        )
        self.target_label.setText(arg(self.tr("target %1"), format_target(day.target)))
        self.state_label.setText(state_text(day))
        # An empty day has no state yet: the app's own icon, not a "done" check mark.
        icon = icons.app_icon() if day.total == 0 else icons.state_icon(day.state)
        self.state_icon.setPixmap(icon.pixmap(32, 32))
        self.state_icon.setAccessibleName(state_text(day))
        self.needed_label.setText(needed_text(day))
        self.undo_button.setEnabled(day.total > 0)
        self._fill_recent()
        self.reframe_button.setEnabled(day.negative > 0)
        self._topics_loaded = False

    @Slot()
    def _load_topics(self) -> None:
        if self._topics_loaded:
            return
        if self.topic_model is None:
            from PySide6.QtCore import QStringListModel, Qt
            from PySide6.QtWidgets import QCompleter

            self.topic_model = QStringListModel(self)
            completer = QCompleter(self.topic_model, self)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.topic_edit.setCompleter(completer)  # before the field takes the focus
        since = self.controller.clock() - dt.timedelta(days=TOPIC_DAYS)
        self.topic_model.setStringList(ratio_store.known_topics(self.controller.store, since))
        self._topics_loaded = True

    def _fill_recent(self) -> None:
        start, end = self.controller.today_bounds()
        entries = ratio_store.interactions_between(self.controller.store, start, end, RECENT_LIMIT)
        self.recent_list.clear()
        for entry in entries:
            sign = "+" if entry.positive else "−"
            parts = [f"{_local_time(entry.created)}  {sign}"]
            if entry.topic:
                parts.append(entry.topic)
            if entry.note:
                parts.append(f"— {entry.note}")
            item = QListWidgetItem(
                icons.state_icon(State.ABOVE if entry.positive else State.BELOW), "  ".join(parts)
            )
            item.setData(USER_ROLE, entry.id)
            item.setToolTip("  ".join(parts))
            self.recent_list.addItem(item)


def _local_time(instant: dt.datetime) -> str:
    return time_text(instant)
