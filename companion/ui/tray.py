"""The tray icon: today's ratio at a glance and a menu with every quick action.

Stock GNOME has no tray. There the window stays the way in (see MainWindow.closeEvent), a note
says once how to get a tray, notifications go to the desktop's notification service
(companion.ui.notify), and a tray that turns up later is used.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QSystemTrayIcon

from companion import desktop
from companion.core.errors import CompanionError
from companion.services import Change, Subject
from companion.ui import icons
from companion.ui.actions import Actions
from companion.ui.controller import Controller
from companion.ui.i18n import arg
from companion.ui.notify import Notifier, desktop_service
from companion.ui.today import TodayWords

if TYPE_CHECKING:
    from companion.ui.main_window import MainWindow

log = logging.getLogger(__name__)

# Desktops that draw tray icons for D-Bus clients (KDE, the GNOME extension, many panels)
# register this name; its arrival is the sign that a tray may have turned up.
STATUS_NOTIFIER_WATCHER = "org.kde.StatusNotifierWatcher"
NO_TRAY_NOTE_FILE = "no-tray-note-shown"


class Tray(QObject):
    """Shows the ratio as a painted badge and in the tooltip; the menu reuses the window's actions.

    A click on the icon opens the window. ``menu`` is built even where the platform has no tray,
    so the same actions stay testable. The menu shows no key shortcuts: the window's keys do
    nothing while it is hidden, so "Keys for your desktop…" explains the desktop's own instead
    (the launcher's actions, bound in its keyboard settings). Notifications from
    ``controller.notify`` go through ``notifier``, which finds a way to the user with or
    without a tray.

    Signals:
        appeared(): a tray turned up after start-up, while ``watch_for_tray`` was on.
    """

    appeared = Signal()

    def __init__(
        self, controller: Controller, actions: Actions, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.actions = actions
        self.icon = QSystemTrayIcon(icons.app_icon(), self)
        self.menu = QMenu()
        self._add(actions.log_positive)
        self._add(actions.log_negative)
        self._add(actions.undo)
        self.quick_section = self.menu.addSeparator()
        self.menu.addSeparator()
        self._add(actions.open_window)
        self._add(actions.settings)
        self.desktop_keys = QAction(self.tr("Keys for your desktop…"), self)
        self.desktop_keys.setVisible(desktop.supported())
        self.desktop_keys.triggered.connect(self.on_desktop_keys)
        self._add(self.desktop_keys)
        self.menu.addSeparator()
        self._add(actions.quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self.on_activated)
        controller.changed.connect(self.on_store_changed)
        controller.day_changed.connect(self.refresh)
        controller.settings_changed.connect(self.on_settings_changed)
        window = parent if isinstance(parent, QMainWindow) else None
        self.notifier = Notifier(self.icon, window, desktop_service("Companion", self), self)
        controller.notify.connect(self.on_notify)
        self._watching = False
        self._watcher: QObject | None = None
        self.refresh()

    def add_quick_action(self, action: QAction) -> None:
        """Later features add their quick actions above Open/Settings/Quit."""
        action.setShortcutVisibleInContextMenu(False)
        self.menu.insertAction(self.quick_section, action)

    def _add(self, action: QAction) -> None:
        # The window's menus still show the action's keys; this menu, a context menu, does not.
        action.setShortcutVisibleInContextMenu(False)
        self.menu.addAction(action)

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def tooltip(self) -> str:
        return self.icon.toolTip()

    @Slot()
    def refresh(self) -> None:
        day = self.controller.today()
        self.icon.setIcon(icons.tray_icon(day))
        words = TodayWords(self)
        target = words.target(day.target)
        if day.total:
            text = arg(
                self.tr("Companion — today %1 (target %2)\n%3. %4"),
                words.counts(day),
                target,
                words.state(day),
                words.needed(day),
            )
        else:
            text = arg(self.tr("Companion — no logs yet today (target %1)"), target)
        self.icon.setToolTip(text)

    @Slot(object)
    def on_store_changed(self, change: Change) -> None:
        if change.concerns(Subject.INTERACTIONS):
            self.refresh()

    @Slot(object)
    def on_settings_changed(self, _settings: object) -> None:
        self.refresh()

    @Slot(QSystemTrayIcon.ActivationReason)
    def on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.actions.open_window.trigger()

    @Slot(str, str)
    def on_notify(self, title: str, message: str) -> None:
        self.notifier.notify(title, message)

    # --- keys from the desktop ----------------------------------------------------------------

    def _window(self) -> MainWindow | None:
        from companion.ui.main_window import MainWindow

        window = self.parent()
        return window if isinstance(window, MainWindow) else None

    @Slot()
    def on_desktop_keys(self) -> None:
        """Say how to log and check with a key while the window is hidden: the desktop binds
        keys to the launcher's actions (offering to add the launcher when it is missing)."""
        window = self._window()
        if window is None:
            return
        self.actions.open_window.trigger()
        if desktop.is_installed():
            window.show_banner(self.installed_keys_text())
            return
        window.show_banner(
            self.tr(
                "Companion's keys work only while its window is open. Add it to your app "
                "launcher, and your desktop's keyboard settings can give its Log positive, Log "
                "negative and Check clipboard a key each."
            ),
            self.tr("Add to launcher"),
            self.on_add_launcher,
        )

    @Slot()
    def on_add_launcher(self) -> None:
        window = self._window()
        if window is None:
            return
        try:
            desktop.install()
        except CompanionError as error:
            window.show_banner(error.message)
            return
        window.show_banner(self.installed_keys_text())

    def installed_keys_text(self) -> str:
        import shlex  # only for this message: not held by the app idle in the tray

        command = shlex.join([*desktop.launch_command(), "log", "+"])
        return arg(
            self.tr(
                "Companion is in your app launcher. Give its Log positive, Log negative and Check "
                "clipboard actions keys in your desktop's keyboard settings: on KDE, Shortcuts, "
                "Add New, Application, Companion; elsewhere, a custom shortcut running a command "
                "such as %1"
            ),
            command,
        )

    # --- a tray that turns up later -----------------------------------------------------------

    def watch_for_tray(self) -> None:
        """Emit ``appeared`` once a tray turns up: when a D-Bus tray host registers (the GNOME
        extension turned on, a panel started), or when the app is next brought forward (an
        X11 tray). Nothing polls."""
        if self._watching:
            return
        self._watching = True
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.applicationStateChanged.connect(self.on_application_state_changed)
        if sys.platform in ("win32", "darwin"):
            return
        from PySide6.QtDBus import QDBusConnection, QDBusServiceWatcher

        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            return
        watcher = QDBusServiceWatcher(
            STATUS_NOTIFIER_WATCHER,
            bus,
            QDBusServiceWatcher.WatchModeFlag.WatchForRegistration,
            self,
        )
        watcher.serviceRegistered.connect(self.on_tray_host_registered)
        self._watcher = watcher

    @Slot(str)
    def on_tray_host_registered(self, _service: str) -> None:
        if self.check_for_tray():
            return
        # Qt decides once per run whether to use a D-Bus tray, so this run cannot use it.
        log.info("a tray host appeared; restart Companion to put its icon there")
        self.notifier.notify(
            self.tr("Companion can use the tray now"),
            self.tr("Quit Companion and start it again to put its icon in the tray."),
        )

    @Slot(Qt.ApplicationState)
    def on_application_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_for_tray()

    def check_for_tray(self) -> bool:
        """Whether a tray is there now; the first time one is, say so with ``appeared``."""
        if self.icon.isVisible() or not self.available():
            return False
        self.stop_watching()
        self.appeared.emit()
        return True

    def stop_watching(self) -> None:
        if not self._watching:
            return
        self._watching = False
        application = QGuiApplication.instance()
        if isinstance(application, QGuiApplication):
            application.applicationStateChanged.disconnect(self.on_application_state_changed)
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None


def start_without_tray(tray: Tray, window: MainWindow, config_dir: Path) -> None:
    """There is no tray at start-up: say so once, and move into a tray that turns up later
    (its icon shows, and closing the window hides it there again)."""
    show_no_tray_note_once(window, config_dir)

    def on_tray_appeared() -> None:
        log.info("a tray turned up; Companion's icon is there now")
        tray.show()
        window.has_tray = True
        QApplication.setQuitOnLastWindowClosed(False)

    tray.appeared.connect(on_tray_appeared)
    tray.watch_for_tray()


def show_no_tray_note_once(window: MainWindow, config_dir: Path) -> bool:
    """Say, once per user, that this desktop has no tray and how to get one; True when said.
    The note is a quiet banner in the window, never a dialog in the way."""
    marker = config_dir / NO_TRAY_NOTE_FILE
    if marker.exists():
        return False
    window.show_banner(
        QCoreApplication.translate(
            "Tray",
            "This desktop has no system tray, so Companion lives in its window: closing it "
            "minimises Companion, which keeps running for your reminders and cool-offs (Quit is "
            "in the Companion menu). To get a tray on GNOME, install and turn on the "
            "“AppIndicator and KStatusNotifierItem Support” extension, then start "
            "Companion again. Starting Companion from the app launcher or a keyboard shortcut "
            "always brings this window forward.",
        )
    )
    try:
        marker.write_text("shown\n", encoding="utf-8")
    except OSError as error:  # said again next time: better than never
        log.warning("could not remember the no-tray note: %s", error)
    return True
