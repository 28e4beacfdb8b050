"""Notifications by the best route there is: the desktop's notification service (with buttons),
the tray's balloon, or the status bar; a tagged one withdrawn when out of date; and the
service's client against a real bus."""

import os
import shutil
import subprocess
import threading

import pytest
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from companion.ui import icons
from companion.ui.notify import SERVICE, FreedesktopNotifications, Notifier, Route


class TrayIcon(QSystemTrayIcon):
    """A tray icon that is or is not on a tray, recording the balloons it shows."""

    def __init__(self, on_a_tray: bool) -> None:
        super().__init__(icons.app_icon())
        self.on_a_tray = on_a_tray
        self.balloons: list[tuple[str, str]] = []

    def isVisible(self) -> bool:
        return self.on_a_tray

    def showMessage(self, title, text, icon, msecs) -> None:
        self.balloons.append((title, text))


class Desktop:
    """Stands in for the desktop's notification service; ``present`` says whether there is one."""

    def __init__(self, present: bool = True) -> None:
        self.present = present
        self.sent: list[dict[str, object]] = []

        self.withdrawn: list[object] = []

    def send(self, title, text, labels, on_action, on_failed, *, lasting=False) -> bool:
        if not self.present:
            return False
        self.sent.append({"title": title, "text": text, "labels": list(labels), "click": on_action})
        self.sent[-1].update(fail=on_failed, lasting=lasting)
        return True

    def withdraw(self, on_action) -> None:
        self.withdrawn.append(on_action)


@pytest.fixture
def window(qtbot):
    shown = QMainWindow()
    qtbot.addWidget(shown)
    return shown


def actions_recording(clicked: list[str]):
    return [
        ("Open", lambda: clicked.append("open")),
        ("Later", lambda: clicked.append("later")),
    ]


def test_without_a_service_the_balloon_shows_it_and_a_click_runs_the_first_action(window):
    icon, clicked = TrayIcon(on_a_tray=True), []
    notifier = Notifier(icon, window, Desktop(present=False))
    route = notifier.notify("Cool-off done", "You can send it now.", actions_recording(clicked))
    assert route is Route.TRAY and icon.balloons == [("Cool-off done", "You can send it now.")]
    icon.messageClicked.emit()
    assert clicked == ["open"]


@pytest.mark.parametrize("on_a_tray", [False, True], ids=["no tray", "a tray"])
def test_the_desktop_service_shows_it_with_its_buttons_tray_or_not(window, on_a_tray):
    icon, desktop, clicked = TrayIcon(on_a_tray=on_a_tray), Desktop(), []
    notifier = Notifier(icon, window, desktop)
    route = notifier.notify("Reflection", "Two minutes for today?", actions_recording(clicked))
    assert route is Route.DESKTOP and icon.balloons == []
    [sent] = desktop.sent
    assert (sent["title"], sent["text"], sent["labels"]) == (
        "Reflection",
        "Two minutes for today?",
        ["Open", "Later"],
    )
    sent["click"](1)
    sent["click"](7)  # a button it never had: nothing happens
    assert clicked == ["later"]
    assert window.statusBar().currentMessage() == ""


def test_a_notification_the_service_turns_down_is_left_in_the_status_bar(window):
    desktop = Desktop()
    notifier = Notifier(TrayIcon(on_a_tray=False), window, desktop)
    assert notifier.notify("Cool-off done", "You can send it now.") is Route.DESKTOP
    desktop.sent[0]["fail"]()
    assert window.statusBar().currentMessage() == "Cool-off done: You can send it now."


def test_a_notification_the_service_turns_down_goes_to_the_balloon_where_a_tray_is(window):
    icon, desktop, clicked = TrayIcon(on_a_tray=True), Desktop(), []
    notifier = Notifier(icon, window, desktop)
    notifier.notify("Reflection", "Two minutes?", actions_recording(clicked))
    desktop.sent[0]["fail"]()
    assert icon.balloons == [("Reflection", "Two minutes?")]
    icon.messageClicked.emit()
    assert clicked == ["open"]


def test_a_withdrawn_notification_leaves_the_screen_and_its_buttons_do_nothing(window):
    icon, desktop, clicked = TrayIcon(on_a_tray=False), Desktop(), []
    notifier = Notifier(icon, window, desktop)
    notifier.notify("End of shift", "Reflect?", actions_recording(clicked), tag="r", lasting=True)
    [sent] = desktop.sent
    assert sent["lasting"]
    notifier.withdraw("r")
    assert desktop.withdrawn == [sent["click"]]
    sent["click"](0)
    sent["fail"]()  # refused after all: not shown elsewhere either, it is out of date
    assert clicked == [] and window.statusBar().currentMessage() == ""
    notifier.withdraw("r")  # twice: nothing more
    assert len(desktop.withdrawn) == 1


def test_a_tagged_notification_replaces_the_last_one_with_its_tag(window):
    icon, desktop, clicked = TrayIcon(on_a_tray=False), Desktop(), []
    notifier = Notifier(icon, window, desktop)
    notifier.notify("End of shift", "Reflect?", actions_recording(clicked), tag="r")
    notifier.notify("End of shift", "Still there?", actions_recording(clicked), tag="r")
    first, second = desktop.sent
    assert desktop.withdrawn == [first["click"]]
    first["click"](0)
    second["click"](1)
    assert clicked == ["later"]


def test_a_withdrawn_balloon_or_status_bar_message_is_taken_back(window):
    icon, clicked = TrayIcon(on_a_tray=True), []
    notifier = Notifier(icon, window, None)
    notifier.notify("End of shift", "Reflect?", actions_recording(clicked), tag="r")
    notifier.withdraw("r")
    icon.messageClicked.emit()
    assert clicked == []
    icon.on_a_tray = False
    notifier.notify("End of shift", "Reflect?", tag="r")
    assert window.statusBar().currentMessage() == "End of shift: Reflect?"
    notifier.withdraw("r")
    assert window.statusBar().currentMessage() == ""


@pytest.mark.parametrize("desktop", [None, Desktop(present=False)], ids=["none", "no bus"])
def test_with_neither_tray_nor_service_the_status_bar_says_it(window, desktop):
    notifier = Notifier(TrayIcon(on_a_tray=False), window, desktop)
    assert notifier.notify("Lift me up", "“You made my day.”") is Route.STATUS_BAR
    assert window.statusBar().currentMessage() == "Lift me up: “You made my day.”"


# --- the freedesktop client against a private session bus and a stand-in server -------------


@pytest.fixture
def session_bus(monkeypatch, tmp_path):
    """A private dbus-daemon, set as this process's session bus."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("needs dbus-daemon")
    pytest.importorskip("jeepney")
    config = tmp_path / "bus.conf"
    config.write_text(
        "<!DOCTYPE busconfig PUBLIC '-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN'"
        " 'http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd'>"
        f"<busconfig><type>session</type><listen>unix:dir={tmp_path}</listen>"
        "<auth>EXTERNAL</auth><policy context='default'><allow send_destination='*'/>"
        "<allow eavesdrop='true'/><allow own='*'/></policy></busconfig>"
    )
    process = subprocess.Popen(
        [daemon, f"--config-file={config}", "--print-address=1", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = process.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    process.terminate()
    process.wait(10)
    process.stdout.close()


class NotificationServer:
    """org.freedesktop.Notifications as a server such as dunst answers it: the capabilities it
    is given, an id for each Notify (or an error while ``refusing``), and, when told, the
    ActionInvoked signal sent to the notification's sender only."""

    def __init__(self, address: str, capabilities: list[str], refusing: bool = False) -> None:
        from jeepney import message_bus
        from jeepney.io.blocking import open_dbus_connection

        self.capabilities, self.refusing = capabilities, refusing
        self.calls: list[tuple[str, str, tuple]] = []
        self.connection = open_dbus_connection(bus=address)
        self.connection.send_and_get_reply(message_bus.RequestName(SERVICE))
        self.clicks: list[str] = []
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        from jeepney import HeaderFields, MessageType, new_error, new_method_return

        while not self.stopping.is_set():
            try:
                message = self.connection.receive(timeout=0.1)
            except TimeoutError:
                continue
            except OSError:
                return
            fields = message.header.fields
            if message.header.message_type != MessageType.method_call:
                continue
            member, signature = fields[HeaderFields.member], fields.get(HeaderFields.signature, "")
            self.calls.append((member, signature, message.body))
            if member == "GetCapabilities":
                self.connection.send(new_method_return(message, "as", (self.capabilities,)))
            elif member == "Notify" and self.refusing:
                self.connection.send(new_error(message, "org.example.Refused", "s", ("no",)))
            elif member == "Notify":
                self.connection.send(new_method_return(message, "u", (41,)))
                for key in self.clicks:
                    self._signal(fields[HeaderFields.sender], "ActionInvoked", "us", (41, key))

    def _signal(self, destination: str, member: str, signature: str, body: tuple) -> None:
        from jeepney import DBusAddress, HeaderFields, new_signal

        address = DBusAddress("/org/freedesktop/Notifications", interface=SERVICE)
        signal = new_signal(address, member, signature, body)
        signal.header.fields[HeaderFields.destination] = destination
        self.connection.send(signal)

    def stop(self) -> None:
        self.stopping.set()
        self.thread.join(5)
        self.connection.close()


def test_the_service_gets_notify_as_declared_and_a_button_click_comes_back(session_bus, qtbot):
    server = NotificationServer(session_bus, ["actions", "body"])
    server.clicks = ["1", "default"]  # the second button, then the notification itself
    client = FreedesktopNotifications("Companion")
    clicked, failed = [], []
    try:
        assert client.send(
            "Cool-off done", "Read it again?", ["Open", "Later"], clicked.append, failed.append
        )
        qtbot.waitUntil(lambda: clicked == [1, 0], timeout=5000)
    finally:
        client.close()
        server.stop()
    notify = [call for call in server.calls if call[0] == "Notify"]
    [(_member, signature, body)] = notify
    assert signature == "susssasa{sv}i"  # replaces_id a uint32, as servers insist
    app_name, replaces_id, _icon, title, text, actions, hints, timeout = body
    assert (app_name, replaces_id) == ("Companion", 0)
    assert (title, text) == ("Cool-off done", "Read it again?")
    assert actions == ["default", "Open", "0", "Open", "1", "Later"] and timeout == -1
    assert hints["desktop-entry"] == ("s", "companion")
    assert failed == []


def test_a_server_without_buttons_gets_none_and_a_refusal_falls_back(session_bus, qtbot):
    server = NotificationServer(session_bus, ["body"], refusing=True)
    client = FreedesktopNotifications("Companion")
    failed = []
    try:
        assert client.send("Title", "Text", ["Open"], lambda index: None, lambda: failed.append(1))
        qtbot.waitUntil(lambda: failed == [1], timeout=5000)
    finally:
        client.close()
        server.stop()
    [(_member, _signature, body)] = [call for call in server.calls if call[0] == "Notify"]
    assert body[5] == []  # no "actions" capability: no buttons asked for


def test_without_a_session_bus_there_is_no_service(monkeypatch):
    pytest.importorskip("jeepney")
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", os.devnull)  # nor a bus at its usual place
    client = FreedesktopNotifications("Companion")
    assert not client.send("Title", "Text", [], lambda index: None, lambda: None)
    assert client.unusable


def test_a_lasting_notification_stays_until_withdrawn_and_is_then_closed(session_bus, qtbot):
    server = NotificationServer(session_bus, ["actions", "body"])
    client = FreedesktopNotifications("Companion")
    clicked: list[int] = []
    on_action = clicked.append  # one object: the notification is known by it
    try:
        assert client.send(
            "End of shift", "Reflect?", ["Reflect now"], on_action, list, lasting=True
        )
        qtbot.waitUntil(lambda: 41 in client._shown, timeout=5000)
        client.withdraw(on_action)
        qtbot.waitUntil(
            lambda: any(c[0] == "CloseNotification" for c in server.calls), timeout=5000
        )
    finally:
        client.close()
        server.stop()
    [notify] = [call for call in server.calls if call[0] == "Notify"]
    assert notify[2][7] == 0  # expire_timeout 0: until the user answers it
    [close] = [call for call in server.calls if call[0] == "CloseNotification"]
    assert close[1:] == ("u", (41,))
