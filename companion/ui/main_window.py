"""The main window: a small shell with a list of screens, built lazily when first shown."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, NamedTuple, Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from companion import __version__
from companion.ui import icons
from companion.ui.actions import Actions
from companion.ui.controller import Controller
from companion.ui.i18n import arg, ui_language
from companion.ui.screen_room import ScreenRoom, within_screen
from companion.ui.style import SCREEN_MARGINS, USER_ROLE, set_key

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QHideEvent, QPaintEvent, QShowEvent

log = logging.getLogger(__name__)


class ScreenSpec(NamedTuple):
    """A screen: key, title, "module:Class" built as ``Class(controller, parent)``, shortcut."""

    key: str
    title: str
    factory: str
    shortcut: str


@runtime_checkable
class Focusable(Protocol):
    """A screen that names the control the keyboard lands on when it is shown (Today: +)."""

    def focus_target(self) -> QWidget: ...


# The smallest window every screen fits in whole, its texts and buttons uncut (looked at in
# each language): at 640×480 a chosen finding's title on the Check screen was cut to nothing
# and the History charts' legends ran over their dates. Greek words are the longest. On a
# screen smaller than this the window takes what the screen has and the screens scroll.
MINIMUM_SIZE = (900, 600)
MINIMUM_SIZES = {"el": (960, 620)}
OPENING_SIZE = (960, 640)


def _screen_specs() -> list[ScreenSpec]:
    """The screens the feature manifest declares; the order is the sidebar's, and the
    shortcuts Ctrl+1, Ctrl+2, … follow it."""
    from companion import features

    return [
        ScreenSpec(screen.key, screen.title, screen.factory, f"Ctrl+{number}")
        for number, screen in enumerate(features.screens(), start=1)
    ]


SCREENS: list[ScreenSpec] = _screen_specs()


class Banner(QWidget):
    """A quiet, dismissable message in a row of its own above the screens (never a modal
    interruption, and never over what a screen shows: it pushes the screen down). The row's
    edges are in line with the screens' content, and a hidden banner takes no room at all.

    Since it moves the screen, it does not come while the mouse is at work there: a message
    that arrives with the pointer over the screens (the "Today has been tough" offer right
    after a click on −) waits until the pointer leaves them or no button has been pressed for
    a moment, so a quick second click still lands where it was aimed.

    Signals:
        action_clicked(): the optional action button was clicked.
    """

    action_clicked = Signal()

    POINTER_CHECK_MS = 250
    QUIET_MS = 1000
    """How long the mouse rests over the screens, no button pressed, before a waiting message
    moves them down."""

    def __init__(self, screens: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QVBoxLayout(self)  # the margins are the banner's own: hidden, it has none
        left, top, right, _bottom = SCREEN_MARGINS
        row.setContentsMargins(left, top, right, 0)
        self.frame = QFrame()
        self.frame.setObjectName("banner")
        self.frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.frame.setAccessibleName(self.tr("Message"))
        self.frame.setAutoFillBackground(True)
        self.frame.setStyleSheet(
            "QFrame#banner { background: palette(base); border: 1px solid palette(mid);"
            " border-radius: 6px; }"
        )
        row.addWidget(self.frame)
        layout = QHBoxLayout(self.frame)
        layout.setContentsMargins(14, 8, 8, 8)
        self.label = QLabel()
        self.label.setWordWrap(True)
        from PySide6.QtCore import Qt  # with the first message, after the first paint

        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QPushButton()
        self.action.clicked.connect(self.on_action_clicked)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action)
        layout.addWidget(self.close_button)
        self._screens = screens
        self._last_press = 0.0
        self._waiting = QTimer(self)
        self._waiting.setInterval(self.POINTER_CHECK_MS)
        self._waiting.timeout.connect(self.on_pointer_check)
        self.hide()

    def show_message(self, text: str, action_text: str | None = None) -> None:
        self.label.setText(text)
        self.action.setVisible(bool(action_text))
        self.action.setText(action_text or "")
        if self.isVisible() or self.is_waiting():
            return  # the new words take the place of the old
        if self.pointer_over_screens():
            self._last_press = time.monotonic()  # most likely what brought the message
            self._start_waiting()
        else:
            self._show_now()

    def is_waiting(self) -> bool:
        """A message is ready but waits for the mouse to be done with the screens."""
        return self._waiting.isActive()

    def pointer_over_screens(self) -> bool:
        screens = self._screens
        if not screens.isVisible():
            return False
        from PySide6.QtGui import QCursor  # with the first message

        return screens.rect().contains(screens.mapFromGlobal(QCursor.pos()))

    def _start_waiting(self) -> None:
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # presses anywhere, and only while waiting
        self._waiting.start()

    def _stop_waiting(self) -> None:
        self._waiting.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick):
            self._last_press = time.monotonic()
        return False

    @Slot()
    def on_pointer_check(self) -> None:
        quiet = time.monotonic() - self._last_press >= self.QUIET_MS / 1000
        if quiet or not self.pointer_over_screens():
            self._show_now()

    def _show_now(self) -> None:
        self._stop_waiting()
        self.show()

    def setVisible(self, visible: bool) -> None:
        if not visible:
            self._stop_waiting()  # dismissed, or made way for another message
        super().setVisible(visible)

    @Slot()
    def on_action_clicked(self) -> None:
        self.hide()
        self.action_clicked.emit()


class MainWindow(QMainWindow):
    """Sidebar of screens, a banner for messages, menus holding every action.

    Signals:
        screen_built(str, object): a screen was built for the first time (key, widget).
        painted(): the window itself was painted (its screens paint just after, at once).
        quit_requested(): the user chose Quit.
        restart_requested(): the user chose to restart (to show another language).
    """

    screen_built = Signal(str, object)
    quit_requested = Signal()
    restart_requested = Signal()
    painted = Signal()

    def __init__(self, controller: Controller, has_tray: bool = False) -> None:
        super().__init__()
        self.controller = controller
        self.has_tray = has_tray
        self.app_actions = Actions(self)
        self.screens: dict[str, QWidget] = {}
        self._banner_callback: object = None
        self._banner: Banner | None = None
        self.setWindowTitle(self.tr("Companion"))
        self.setWindowIcon(icons.app_icon())

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Screens"))
        set_key(self.sidebar, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        self.sidebar.setFrameShape(QFrame.Shape.NoFrame)
        # Palette colours only, so light and dark system themes both read well.
        self.sidebar.setStyleSheet(
            "QListWidget#sidebar { background: palette(window); outline: 0; }"
            "QListWidget#sidebar::item { padding: 7px 12px; border-radius: 4px; margin: 1px 6px; }"
            "QListWidget#sidebar::item:selected { background: palette(highlight);"
            " color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget()
        # The screens at their smallest size, scrolled, on a screen too small for the window
        self.screen_area = QScrollArea()
        self.screen_area.setObjectName("screens")
        self.screen_area.setFrameShape(QFrame.Shape.NoFrame)
        self.screen_area.setWidgetResizable(True)
        set_key(self.screen_area, "focusPolicy", "NoFocus")  # not a stop of its own for Tab
        self.screen_holder = QWidget()
        ScreenRoom(self.screen_holder, self.stack)
        self.screen_area.setWidget(self.screen_holder)
        body.addWidget(self.sidebar)
        # the banner's row (made with the first message) goes above the screens
        self.screen_column = QVBoxLayout()
        self.screen_column.setSpacing(0)
        self.screen_column.addWidget(self.screen_area, 1)
        body.addLayout(self.screen_column, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)
        # Made now, not by the first message: a status bar appearing later would lift the
        # bottom of every screen under the pointer.
        self.statusBar().setSizeGripEnabled(False)

        for spec in SCREENS:
            title = self.tr(spec.title)
            item = QListWidgetItem(title)
            item.setData(USER_ROLE, spec.key)
            shortcut = QKeySequence(spec.shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(arg(self.tr("%1 (%2)"), title, shortcut))
            self.sidebar.addItem(item)
            unbuilt = QWidget()
            unbuilt.setObjectName(f"unbuilt-{spec.key}")
            self.stack.addWidget(unbuilt)
        # As wide as its longest title needs in this language (Greek titles are long), and no
        # narrower than before; the padding and margins are the style sheet's.
        widest = max(
            self.sidebar.fontMetrics().horizontalAdvance(self.sidebar.item(row).text())
            for row in range(self.sidebar.count())
        )
        self.sidebar.setFixedWidth(min(260, max(170, widest + 2 * (12 + 6) + 8)))
        self.sidebar.currentRowChanged.connect(self.on_sidebar_row_changed)
        self._build_menus()
        self._fit_to_screen()
        self._connect_actions()
        controller.error.connect(self.on_controller_error)
        controller.show_requested.connect(self.on_show_requested)

    def _fit_to_screen(self) -> None:
        """Open at OPENING_SIZE, no smaller than the size every screen fits in whole — or, on a
        smaller screen (800×600), as large as the screen allows, each screen taking the room
        left and scrolling (see ScreenRoom) rather than running off the screen's edge."""
        smallest = QSize(*MINIMUM_SIZES.get(ui_language(), MINIMUM_SIZE))
        self.setMinimumSize(within_screen(self, smallest))
        self.resize(within_screen(self, QSize(*OPENING_SIZE)))

    # --- screens -----------------------------------------------------------------------------

    def screen_widget(self, key: str) -> QWidget:
        """The screen for ``key``, built on first use."""
        if key in self.screens:
            return self.screens[key]
        index = self._index_of(key)
        spec = SCREENS[index]
        from companion.features import resolve

        factory = resolve(spec.factory)
        assert callable(factory)
        widget = factory(self.controller, self)
        assert isinstance(widget, QWidget)
        old = self.stack.widget(index)
        self.stack.insertWidget(index, widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self.screens[key] = widget
        self.screen_built.emit(key, widget)
        return widget

    def show_screen(self, key: str) -> QWidget:
        widget = self.screen_widget(key)
        self.sidebar.setCurrentRow(self._index_of(key))
        return widget

    def focus_screen(self, widget: QWidget) -> None:
        """Put the keyboard in a screen: the control its ``focus_target()`` names (Today: +),
        else its first control, so a screen reached by shortcut can be used without the mouse."""
        if isinstance(widget, Focusable):
            widget.focus_target().setFocus()  # OtherFocusReason, without naming ``Qt``
            return
        from PySide6.QtCore import Qt

        candidate = widget.nextInFocusChain()
        for _ in range(1000):
            if candidate is None or candidate is widget:
                return
            if (
                widget.isAncestorOf(candidate)
                and candidate.isVisibleTo(widget)
                and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                candidate.setFocus(Qt.FocusReason.TabFocusReason)
                return
            candidate = candidate.nextInFocusChain()

    def show_phrasebook(self, category: str | None = None) -> None:
        """Open the phrasebook, at ``category`` when given (a checker finding's phrase_category)."""
        from companion.ui.phrasebook import PhrasebookScreen

        widget = self.show_screen("phrasebook")
        assert isinstance(widget, PhrasebookScreen)
        if category:
            widget.show_category(category)
        self.bring_forward()

    def current_screen_key(self) -> str:
        return SCREENS[self.stack.currentIndex()].key

    def _index_of(self, key: str) -> int:
        for index, spec in enumerate(SCREENS):
            if spec.key == key:
                return index
        raise KeyError(key)

    @Slot(int)
    def on_sidebar_row_changed(self, row: int) -> None:
        if row < 0:
            return
        widget = self.screen_widget(SCREENS[row].key)
        self.stack.setCurrentWidget(widget)
        # A screen opens at its top-left, not where the last one was scrolled to
        self.screen_area.horizontalScrollBar().setValue(0)
        self.screen_area.verticalScrollBar().setValue(0)

    # --- menus and actions -------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        app_menu = bar.addMenu(self.tr("&Companion"))
        app_menu.addAction(self.app_actions.settings)
        self.app_menu = app_menu
        self._app_menu_end = app_menu.addSeparator()
        app_menu.addAction(self.app_actions.hide_window)
        app_menu.addAction(self.app_actions.quit)
        self.log_menu = bar.addMenu(self.tr("&Log"))
        self.log_menu.addAction(self.app_actions.log_positive)
        self.log_menu.addAction(self.app_actions.log_negative)
        self.log_menu.addAction(self.app_actions.undo)
        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.tools_menu.menuAction().setVisible(False)
        view = bar.addMenu(self.tr("&Go"))
        for spec in SCREENS:
            action = view.addAction(self.tr(spec.title))
            action.setShortcuts([QKeySequence(spec.shortcut)])  # (see actions.py)
            action.triggered.connect(
                lambda _checked=False, key=spec.key: self.focus_screen(self.show_screen(key))
            )
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self._help_menu_end = self.help_menu.addSeparator()
        self.help_menu.addAction(self.app_actions.about)

    def add_app_action(self, action: QAction) -> None:
        """An action for the Companion menu, after Settings (backups and the like)."""
        self.app_menu.insertAction(self._app_menu_end, action)

    def add_help_action(self, action: QAction) -> None:
        """An action for the Help menu, above About (the welcome, the keys, the practices)."""
        self.help_menu.insertAction(self._help_menu_end, action)

    def add_tool_action(self, action: QAction) -> None:
        """Screens from later features add their quick actions to the Tools menu."""
        self.tools_menu.addAction(action)
        self.tools_menu.menuAction().setVisible(True)

    def _connect_actions(self) -> None:
        a = self.app_actions
        a.log_positive.triggered.connect(self.on_log_positive)
        a.log_negative.triggered.connect(self.on_log_negative)
        a.undo.triggered.connect(self.on_undo)
        a.open_window.triggered.connect(self.bring_forward)
        a.settings.triggered.connect(self.on_settings)
        a.hide_window.triggered.connect(self.close)
        a.quit.triggered.connect(self.quit_requested)
        a.about.triggered.connect(self.on_about)

    @Slot()
    def on_log_positive(self) -> None:
        self.controller.log_interaction(True)

    @Slot()
    def on_log_negative(self) -> None:
        self.controller.log_interaction(False)

    @Slot()
    def on_undo(self) -> None:
        removed = self.controller.undo_last()
        if removed is None:
            self.statusBar().showMessage(self.tr("Nothing to undo today."), 4000)
        else:
            removed_text = (
                self.tr("Removed the last positive log.")
                if removed.positive
                else self.tr("Removed the last negative log.")
            )
            self.statusBar().showMessage(removed_text, 4000)

    @Slot()
    def on_settings(self) -> None:
        from companion.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.controller.settings, self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            self.controller.update_settings(dialog.result_settings())
            self.offer_restart_for_language()

    def offer_restart_for_language(self) -> None:
        """Every screen, menu and Qt's own buttons change language together at a restart
        rather than a window half in one language and half in another; the banner offers it."""
        from companion.ui.i18n import NATIVE_NAMES, arg, resolve_language, ui_language

        wanted = resolve_language(self.controller.settings.language)
        if wanted == ui_language():
            return
        self.show_banner(
            arg(
                self.tr("Companion shows %1 from its next start."),
                NATIVE_NAMES[wanted],
            ),
            self.tr("Restart now"),
            self.restart_requested.emit,
        )

    @Slot()
    def on_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from companion.ui.i18n import arg

        QMessageBox.about(
            self,
            self.tr("About Companion"),
            arg(
                self.tr(
                    "<p><b>Companion %1</b></p><p>A companion for customer-support agents: keep "
                    "the day's positives in view, check replies before sending, cool off, keep a "
                    "happy file and reflect.</p><p>All data stays on this computer.</p>"
                ),
                __version__,
            ),
        )

    # --- messages ----------------------------------------------------------------------------

    @property
    def banner(self) -> Banner:
        """The banner, made with the first message (the first window does without it)."""
        if self._banner is None:
            self._banner = Banner(self.screen_area)
            self._banner.action_clicked.connect(self.on_banner_action)
            self.screen_column.insertWidget(0, self._banner)
        return self._banner

    def show_banner(
        self, text: str, action_text: str | None = None, callback: object = None
    ) -> None:
        """A quiet message; ``callback`` runs when its action button is clicked."""
        self._banner_callback = callback
        self.banner.show_message(text, action_text)

    @Slot()
    def on_banner_action(self) -> None:
        if callable(self._banner_callback):
            self._banner_callback()

    @Slot(str)
    def on_controller_error(self, message: str) -> None:
        self.show_banner(message)

    @Slot(str)
    def on_show_requested(self, screen: str) -> None:
        if screen:
            self.show_screen(screen)
        self.bring_forward()

    @Slot()
    def bring_forward(self) -> None:
        self.show()
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self.painted.emit()

    def showEvent(self, event: QShowEvent) -> None:
        if self.sidebar.currentRow() < 0:
            # The first screen is built when the window is first shown (unless a screen was
            # asked for before): an app started hidden in the tray holds no screen meanwhile.
            self.sidebar.setCurrentRow(0)
            self.focus_screen(self.screen_widget(SCREENS[0].key))
        super().showEvent(event)
        self.controller.watch_closely(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.controller.watch_closely(False)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing hides to the tray when there is one. Without one, the user's own close (the
        title bar's button, or Hide window) minimises instead: Companion keeps running for
        reminders, cool-offs and handed-over commands, and stays in the taskbar or dock. Any
        other close (Quit, the session ending) closes the window and quits."""
        if self.has_tray:
            event.ignore()
            self.hide()
        elif event.spontaneous() or self.sender() is self.app_actions.hide_window:
            # Spontaneous: sent by the window manager. Hide window reaches here through close().
            event.ignore()
            self.showMinimized()
        else:
            event.accept()
            self.quit_requested.emit()
