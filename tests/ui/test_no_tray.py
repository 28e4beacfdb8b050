"""Where there is no tray (stock GNOME): the window stays the way in, a note says once how to get
a tray, notifications still reach the user, and a tray that turns up later is used."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from companion import paths
from companion.ui import tray as tray_module
from companion.ui.notify import Route
from companion.ui.tray import Tray, show_no_tray_note_once, start_without_tray


class CloseFromTheWindowManager(QCloseEvent):
    """The close a title bar's button or Alt+F4 sends: it comes from the window system."""

    def spontaneous(self) -> bool:
        return True


class RecordingDesktop:
    """Stands in for the desktop's notification service."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str, list[str]]] = []

    def send(self, title, text, labels, on_action, on_failed, **options) -> bool:
        self.sent.append((title, text, list(labels)))
        return True


def no_tray(parts, monkeypatch) -> None:
    monkeypatch.setattr(Tray, "available", staticmethod(lambda: False))
    parts.window.has_tray = False


def test_without_a_tray_closing_the_window_minimises_it_and_quit_still_quits(
    parts, qtbot, monkeypatch
):
    no_tray(parts, monkeypatch)
    window = parts.window
    quits = []
    window.quit_requested.connect(lambda: quits.append(1))

    close = CloseFromTheWindowManager()
    window.closeEvent(close)
    assert not close.isAccepted() and quits == []
    qtbot.waitUntil(window.isMinimized)
    assert window.isVisible()  # in the taskbar or dock, not gone

    window.showNormal()
    window.app_actions.hide_window.trigger()  # Ctrl+W, "Hide window"
    qtbot.waitUntil(window.isMinimized)
    assert window.isVisible() and quits == []

    window.showNormal()
    window.app_actions.quit.trigger()
    assert quits == [1]
    window.close()  # what Quit's closing of every window does: it closes
    assert quits == [1, 1] and not window.isVisible()


def test_with_a_tray_closing_still_hides_the_window_there(parts, qtbot):
    parts.window.has_tray = True
    close = CloseFromTheWindowManager()
    parts.window.closeEvent(close)
    assert not close.isAccepted() and not parts.window.isVisible()


def test_the_note_about_getting_a_tray_is_shown_once(parts):
    config = paths.config_dir()
    assert show_no_tray_note_once(parts.window, config)
    text = parts.window.banner.label.text()
    assert parts.window.banner.isVisible()
    assert "no system tray" in text and "AppIndicator and KStatusNotifierItem Support" in text
    assert "minimises" in text and "Quit" in text and "app launcher" in text
    parts.window.banner.close_button.click()
    assert not show_no_tray_note_once(parts.window, config)
    assert not parts.window.banner.isVisible()
    assert (config / tray_module.NO_TRAY_NOTE_FILE).exists()


def test_without_a_tray_a_notification_reaches_the_desktop_service(parts, monkeypatch):
    no_tray(parts, monkeypatch)
    desktop = RecordingDesktop()
    parts.tray.notifier.desktop = desktop
    parts.controller.notify.emit("Cool-off done", "You can send it now.")
    assert desktop.sent == [("Cool-off done", "You can send it now.", [])]


def test_without_a_tray_or_a_service_a_notification_is_in_the_status_bar(parts, monkeypatch):
    no_tray(parts, monkeypatch)
    parts.tray.notifier.desktop = None
    route = parts.tray.notifier.notify("Cool-off done", "You can send it now.")
    assert route is Route.STATUS_BAR
    assert parts.window.statusBar().currentMessage() == "Cool-off done: You can send it now."


def test_a_tray_that_turns_up_later_is_used(parts, qtbot, monkeypatch):
    no_tray(parts, monkeypatch)
    shown = []  # the offscreen platform cannot show a tray icon: record that it was asked to
    monkeypatch.setattr(parts.tray, "show", lambda: shown.append(1))
    app = QApplication.instance()
    quits_on_close = app.quitOnLastWindowClosed()
    try:
        start_without_tray(parts.tray, parts.window, paths.config_dir())
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        assert not parts.window.has_tray  # still none

        monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
        with qtbot.waitSignal(parts.tray.appeared, timeout=1000):
            app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        assert parts.window.has_tray and shown == [1]
        assert not app.quitOnLastWindowClosed()
        parts.window.close()
        assert not parts.window.isVisible()  # hidden in the tray, as anywhere with one
        with qtbot.assertNotEmitted(parts.tray.appeared):
            app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    finally:
        app.setQuitOnLastWindowClosed(quits_on_close)
        parts.tray.stop_watching()


def test_a_tray_host_registering_is_checked_and_a_restart_suggested_if_qt_cannot_use_it(
    parts, qtbot, monkeypatch
):
    no_tray(parts, monkeypatch)
    desktop = RecordingDesktop()
    parts.tray.notifier.desktop = desktop
    parts.tray.watch_for_tray()
    try:
        parts.tray.on_tray_host_registered(tray_module.STATUS_NOTIFIER_WATCHER)
        [(title, text, _labels)] = desktop.sent
        assert "tray" in title and "start it again" in text and not parts.window.has_tray
        monkeypatch.setattr(Tray, "available", staticmethod(lambda: True))
        with qtbot.waitSignal(parts.tray.appeared, timeout=1000):
            parts.tray.on_tray_host_registered(tray_module.STATUS_NOTIFIER_WATCHER)
    finally:
        parts.tray.stop_watching()
