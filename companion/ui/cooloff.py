"""Cool-off (P2.1): a short paced-breathing pause; the draft is held until the time is up.

``CoolOffScreen`` shows the running cool-off. ``CoolOffKeeper`` (companion.ui.cooloff_keeper)
owns it for the whole app: it lives while the window is closed and is restored from the database
after a restart, without loading this screen. The held draft stays in memory only: it may be
clipboard text, which is never saved, so after a restart the timer resumes without it.
The breathing animation runs only while this screen is visible.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Property, QCoreApplication, QRectF, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QHideEvent, QPainter, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.ui.controller import Controller
from companion.ui.cooloff_keeper import CoolOffKeeper, ask_send_anyway
from companion.ui.i18n import QT_TRANSLATE_NOOP, arg
from companion.ui.style import heading

log = logging.getLogger(__name__)

FRAME_MS = 33  # about 30 frames a second while the breathing guide is on screen

PHASE_WORDS = {
    "in": QT_TRANSLATE_NOOP("CoolOffScreen", "Breathe in…"),
    "hold": QT_TRANSLATE_NOOP("CoolOffScreen", "Hold…"),
    "out": QT_TRANSLATE_NOOP("CoolOffScreen", "Breathe out…"),
}


class BreathingShape(QWidget):
    """A soft circle that grows on the in-breath and shrinks on the out-breath.

    ``level`` (0 … 1) is a Qt property, set from the cool-off's breathing phase each frame.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = 0.0
        self.setMinimumSize(180, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing guide"))

    def get_level(self) -> float:
        return self._level

    def set_level(self, value: float) -> None:
        value = max(0.0, min(1.0, value))
        if abs(value - self._level) > 1e-4:
            self._level = value
            self.update()

    level = Property(float, get_level, set_level)

    def paintEvent(self, event: QPaintEvent) -> None:
        side = min(self.width(), self.height())
        smallest, largest = side * 0.25, side * 0.92
        diameter = smallest + (largest - smallest) * self._level
        rect = QRectF(
            (self.width() - diameter) / 2, (self.height() - diameter) / 2, diameter, diameter
        )
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        accent = self.palette().highlight().color()
        fill = QColor(accent)
        fill.setAlpha(70 + int(90 * self._level))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(rect)
        ring = QColor(accent)
        ring.setAlpha(160)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(ring)
        painter.drawEllipse(
            QRectF((self.width() - largest) / 2, (self.height() - largest) / 2, largest, largest)
        )


class CoolOffScreen(QWidget):
    """The breathing guide, time left and the held draft; Send anyway asks first.

    Signals:
        rewrite_requested(str, object): open the draft in Check beside the first findings
            (draft, first Report or None).
    """

    rewrite_requested = Signal(str, object)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.keeper: CoolOffKeeper | None = None
        self.setAccessibleName(self.tr("Cool-off"))

        title = heading(self.tr("Take a minute"))
        intro = QLabel(
            self.tr(
                "When a customer is upset with you, give yourself a few minutes before you "
                "answer. Step back, breathe with the circle, and say to yourself what you think "
                "of the situation. What you write afterwards is kinder and clearer."
            )
        )
        intro.setWordWrap(True)

        # Idle.
        self.idle_page = QWidget()
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.on_start_clicked)
        idle = QVBoxLayout(self.idle_page)
        idle.addStretch(1)
        idle.addWidget(self.start_button, 0, Qt.AlignmentFlag.AlignCenter)
        idle.addStretch(1)

        # Running.
        self.running_page = QWidget()
        self.shape = BreathingShape()
        self.phase_label = QLabel()
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        phase_font = QFont(self.font())
        phase_font.setPointSizeF(phase_font.pointSizeF() * 1.6)
        self.phase_label.setFont(phase_font)
        self.phase_label.setAccessibleName(self.tr("Breathing phase"))
        self.time_label = QLabel()
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_label.setAccessibleName(self.tr("Time left"))
        self.held_caption = QLabel(self.tr("Your draft waits here until the time is up:"))
        self.held_view = QPlainTextEdit()
        self.held_view.setReadOnly(True)
        # Held means held: no selecting, no copying, no context menu until the time is up.
        self.held_view.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.held_view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.held_view.setAccessibleName(self.tr("Held draft"))
        self.held_view.setMaximumHeight(140)
        self.restored_note = QLabel(
            self.tr(
                "The timer carried on while Companion was closed. Drafts are never written to "
                "disk, so paste yours into Check when the time is up."
            )
        )
        self.restored_note.setWordWrap(True)
        self.send_button = QPushButton(self.tr("Send anyway…"))
        self.send_button.setToolTip(self.tr("Copy the held draft now (asks first; it is recorded)"))
        self.send_button.clicked.connect(self.on_send_anyway_clicked)
        self.end_button = QPushButton(self.tr("I'm ready"))
        self.end_button.setToolTip(self.tr("End the cool-off early"))
        self.end_button.clicked.connect(self.on_end_clicked)
        # Each button keeps its own place whether or not it is shown, in every cool-off: Send
        # anyway is never where "I'm ready" was a cool-off ago.
        running_buttons = QHBoxLayout()
        running_buttons.addStretch(1)
        for button in (self.send_button, self.end_button):
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
            running_buttons.addWidget(button)
        running = QVBoxLayout(self.running_page)
        running.addWidget(self.shape, 1)
        running.addWidget(self.phase_label)
        running.addWidget(self.time_label)
        running.addWidget(self.held_caption)
        running.addWidget(self.held_view)
        running.addWidget(self.restored_note)
        running.addLayout(running_buttons)

        # Done.
        self.done_page = QWidget()
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setFont(phase_font)
        self.rewrite_button = QPushButton(self.tr("Rewrite it now"))
        self.rewrite_button.clicked.connect(self.on_rewrite_clicked)
        self.again_button = QPushButton(self.tr("Another cool-off"))
        self.again_button.clicked.connect(self.on_start_clicked)
        done = QVBoxLayout(self.done_page)
        done.addStretch(1)
        done.addWidget(self.done_label)
        done_buttons = QHBoxLayout()
        done_buttons.addWidget(self.rewrite_button)
        done_buttons.addWidget(self.again_button)
        done_buttons.addStretch(1)
        done.addLayout(done_buttons)
        done.addStretch(1)

        self.pages = QStackedWidget()
        for page in (self.idle_page, self.running_page, self.done_page):
            self.pages.addWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.pages, 1)

        # Repaints only while this screen is on show and a cool-off runs.
        self.frame_timer = QTimer(self)
        self.frame_timer.setInterval(FRAME_MS)
        self.frame_timer.timeout.connect(self.on_frame)
        controller.settings_changed.connect(self.on_settings_changed)
        self._show_state()

    def focus_target(self) -> QWidget:
        """Opening the screen puts the keyboard on the held draft (read-only): a stray Space
        must not press "I'm ready" and end the cool-off early."""
        return self.held_view if self.held_view.isVisible() else self.start_button

    def attach(self, keeper: CoolOffKeeper) -> None:
        self.keeper = keeper
        keeper.started.connect(self.on_keeper_changed)
        keeper.ended.connect(self.on_keeper_ended)
        self._show_state()

    # --- showing ----------------------------------------------------------------------------

    def _show_state(self) -> None:
        keeper = self.keeper
        minutes = self.controller.settings.cooloff_minutes
        self.start_button.setText(self.tr("Start a %n-minute cool-off", "", minutes))
        if keeper is not None and keeper.running:
            self.pages.setCurrentWidget(self.running_page)
            has_draft = bool(keeper.draft)
            self.held_caption.setVisible(has_draft)
            self.held_view.setVisible(has_draft)
            self.held_view.setPlainText(keeper.draft or "")
            self.send_button.setVisible(has_draft)
            self.end_button.setVisible(not has_draft)  # a held draft leaves only by Send anyway
            self.restored_note.setVisible(keeper.restored)
            self.on_frame()
            self._run_frames()
            return
        self.frame_timer.stop()
        if keeper is not None and keeper.last_outcome == "taken":
            done = self.tr("Time's up. Well done for taking the minute.")
            if keeper.draft:
                done += "\n" + self.tr(
                    "Rewrite it now opens your draft in Check, beside the first findings."
                )
            self.done_label.setText(done)
            self.rewrite_button.setVisible(bool(keeper.draft))
            self.pages.setCurrentWidget(self.done_page)
        else:
            self.pages.setCurrentWidget(self.idle_page)

    def _run_frames(self) -> None:
        if self.isVisible() and self.keeper is not None and self.keeper.running:
            self.frame_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._run_frames()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.frame_timer.stop()

    @Slot()
    def on_frame(self) -> None:
        keeper = self.keeper
        if keeper is None or keeper.state is None or not keeper.running:
            self.frame_timer.stop()
            return
        now = keeper.monotonic()
        breath = keeper.state.breath(now)
        self.shape.set_level(breath.size)
        self.phase_label.setText(
            QCoreApplication.translate("CoolOffScreen", PHASE_WORDS[breath.phase])
        )
        left = int(keeper.state.remaining(now) + 0.999)
        self.time_label.setText(arg(self.tr("%1:%2 left"), left // 60, f"{left % 60:02d}"))

    # --- reactions --------------------------------------------------------------------------

    @Slot()
    def on_keeper_changed(self) -> None:
        self._show_state()

    @Slot(str)
    def on_keeper_ended(self, _outcome: str) -> None:
        self._show_state()

    @Slot(object)
    def on_settings_changed(self, _settings: object) -> None:
        self._show_state()

    @Slot()
    def on_start_clicked(self) -> None:
        if self.keeper is not None:
            self.keeper.start(None, None, "on-demand")

    @Slot()
    def on_send_anyway_clicked(self) -> None:
        if self.keeper is None or not self.keeper.running:
            return
        if not ask_send_anyway(self, running=True):
            return
        draft = self.keeper.send_anyway()
        if draft:
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.clipboard().setText(draft)

    @Slot()
    def on_end_clicked(self) -> None:
        if self.keeper is not None:
            self.keeper.end_early()

    @Slot()
    def on_rewrite_clicked(self) -> None:
        if self.keeper is not None and self.keeper.draft:
            self.rewrite_requested.emit(self.keeper.draft, self.keeper.first)
