"""The first-run welcome: what the ratio is and why 3 : 1, your day (target, day start, shift
end, the reminder, start at login), and the one-key ways to log. Three short pages, skippable,
shown once (the ``welcomed`` setting) and again from Help → Welcome….
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.errors import CompanionError
from companion.ui import icons, style
from companion.ui.i18n import arg

if TYPE_CHECKING:
    from companion.ui.controller import Controller
    from companion.ui.main_window import MainWindow

log = logging.getLogger(__name__)


def _paragraph(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _keys(sequence: str | QKeySequence.StandardKey) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


class WelcomeDialog(QDialog):
    """Three pages — the ratio, your day, logging in one key — with Back, Next, Skip and, on
    the last page, Start. Start keeps the settings edited on the second page; Skip (or Esc, or
    closing it) keeps them as they were. Either way the welcome counts as seen."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from companion.ui.settings_dialog import GeneralPage

        self.controller = controller
        self.setWindowTitle(self.tr("Welcome to Companion"))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget()
        self.settings_page = GeneralPage()
        self.settings_page.load(controller.settings)
        for page in (self._ratio_page(), self._day_page(), self._keys_page()):
            self.pages.addWidget(page)

        self.step_label = QLabel()
        self.step_label.setEnabled(False)  # quieter than the page it counts
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setToolTip(self.tr("Help → Welcome… shows this again"))
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.start_button = QPushButton(self.tr("Start"))
        self.skip_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.on_back_clicked)
        self.next_button.clicked.connect(self.on_next_clicked)
        self.start_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.step_label)
        buttons.addSpacing(12)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.start_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)
        self.show_page(0)

    # --- pages ------------------------------------------------------------------------------

    def _ratio_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(style.heading(self.tr("Welcome to Companion")))
        layout.addWidget(
            _paragraph(
                self.tr(
                    "After each conversation with a customer, log it: <b>positive</b> or "
                    "<b>negative</b>. Companion keeps the day's <b>ratio</b> — positives for "
                    "each negative — in view on Today and on the tray icon, so you notice when "
                    "a day slides, and lift it before it drags you down."
                )
            )
        )
        target = QLabel(self.tr("3 : 1"))
        target.setFont(style.scaled_font(target.font(), 2.4))
        target.setAlignment(Qt.AlignmentFlag.AlignCenter)
        target.setAccessibleName(self.tr("Three to one"))
        layout.addWidget(target)
        layout.addWidget(
            _paragraph(
                self.tr(
                    "<b>Why 3&nbsp;:&nbsp;1?</b> About three good conversations for each hard "
                    "one tends to feel about right: 1&nbsp;:&nbsp;1 feels bleak, 10&nbsp;:&nbsp;1 "
                    "is not realistic. It is a "
                    "rule of thumb, not science — the maths behind the famous “positivity "
                    "ratio” was retracted — so the target is yours: set it on the next page."
                )
            )
        )
        states = QGridLayout()
        for row, (state, words) in enumerate(
            (
                ("above", self.tr("<b>above</b> the target: a good day so far")),
                ("at", self.tr("<b>at</b> the target")),
                ("below", self.tr("<b>below</b>: time for a kind word from your happy file")),
            )
        ):
            mark = QLabel()
            mark.setPixmap(icons.state_icon_for(state).pixmap(QSize(20, 20)))
            states.addWidget(mark, row, 0)
            states.addWidget(_paragraph(words), row, 1)
        states.setColumnStretch(1, 1)
        layout.addLayout(states)
        layout.addStretch(1)
        return page

    def _day_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(style.heading(self.tr("Your day")))
        layout.addWidget(
            _paragraph(
                arg(
                    self.tr(
                        "When your shift ends, Companion invites two minutes of reflection (or "
                        "snooze it, or not today). Starting at login keeps it at hand from the "
                        "first conversation of the day. All of this can be changed later in "
                        "Settings (%1)."
                    ),
                    _keys(QKeySequence.StandardKey.Preferences),
                )
            )
        )
        layout.addWidget(self.settings_page)
        layout.addStretch(1)
        return page

    def _keys_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(style.heading(self.tr("Log in one key")))
        rows = (
            (f"+  /  {_keys('-')}", self.tr("on Today, which the window opens on, ready")),
            (
                f"{_keys('Ctrl+Up')}  /  {_keys('Ctrl+Down')}",
                self.tr("anywhere in the window"),
            ),
            (_keys("Ctrl+Z"), self.tr("on Today: undo the last log")),
            (self.tr("Tray icon"), self.tr("Log positive or Log negative from its menu")),
            (
                "companion log +",
                self.tr("in a terminal, or on a key you set in your desktop's keyboard settings"),
            ),
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        for row, (keys, where) in enumerate(rows):
            key_label = QLabel(keys)
            key_label.setFont(style.scaled_font(key_label.font(), 1.1))
            grid.addWidget(key_label, row, 0)
            grid.addWidget(_paragraph(where), row, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid)
        layout.addSpacing(12)
        layout.addWidget(
            _paragraph(
                arg(
                    self.tr(
                        "<b>Help → Keyboard shortcuts</b> (%1) lists every key, and <b>Help → "
                        "Practices</b> the customer-service practices behind each screen."
                    ),
                    _keys(QKeySequence.StandardKey.HelpContents),
                )
            )
        )
        layout.addStretch(1)
        return page

    # --- moving through it ------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        count = self.pages.count()
        index = max(0, min(count - 1, index))
        self.pages.setCurrentIndex(index)
        last = index == count - 1
        self.step_label.setText(arg(self.tr("%1 of %2"), index + 1, count))
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(not last)
        self.start_button.setVisible(last)
        default = self.start_button if last else self.next_button
        default.setDefault(True)
        default.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def on_next_clicked(self) -> None:
        self.show_page(self.pages.currentIndex() + 1)

    @Slot()
    def on_back_clicked(self) -> None:
        self.show_page(self.pages.currentIndex() - 1)

    def accept(self) -> None:
        """Start: keep the settings as edited, and the welcome as seen."""
        settings = self.controller.settings.replace(**self.settings_page.values(), welcomed=True)
        if settings != self.controller.settings:
            self.controller.update_settings(settings)
        super().accept()

    def reject(self) -> None:
        """Skip, Esc or the close button: nothing changes but that the welcome was seen."""
        mark_welcomed(self.controller)
        super().reject()


# --- when it shows -----------------------------------------------------------------------------


def mark_welcomed(controller: Controller) -> None:
    if not controller.settings.welcomed:
        controller.update_settings(controller.settings.replace(welcomed=True))


def is_first_run(controller: Controller) -> bool:
    """Not welcomed yet, and nothing logged: someone who has logged already knows the app (an
    upgrade from before the welcome), so for them it counts as seen without showing."""
    if controller.settings.welcomed:
        return False
    from companion.store import ratio as ratio_store

    try:
        start = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
        logged = ratio_store.interactions_between(
            controller.store, start, dt.datetime.now(dt.UTC) + dt.timedelta(days=3660), limit=1
        )
    except CompanionError as error:
        log.warning("welcome: %s", error)
        return False
    if logged:
        mark_welcomed(controller)
        return False
    return True


def open_welcome(window: MainWindow) -> WelcomeDialog:
    """Show the welcome over the window (the one already open, if any)."""
    for child in window.findChildren(WelcomeDialog):
        if child.isVisible():
            child.raise_()
            child.activateWindow()
            return child
    window.bring_forward()
    dialog = WelcomeDialog(window.controller, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


class _WhenShown(QObject):
    """Runs ``then`` once, when ``window`` is first on screen: shown from the tray, or brought
    up from the taskbar where it started minimised (a desktop without a tray)."""

    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        on_screen = isinstance(watched, QWidget) and not watched.isMinimized()
        if event.type() in (QEvent.Type.Show, QEvent.Type.WindowStateChange) and on_screen:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # once the window is on screen
            self.deleteLater()
        return False


def offer_first_run(window: MainWindow) -> bool:
    """At start-up: the welcome on a first run, as soon as the window is on screen (at once, or
    when it is first opened from the tray). True when it is (or will be) shown."""
    if not is_first_run(window.controller):
        return False
    if window.isVisible() and not window.isMinimized():
        open_welcome(window)
    else:
        _WhenShown(window, lambda: open_welcome(window))
    return True
