"""Notifications that reach the user whatever the desktop offers.

``Notifier.notify(title, text, actions)`` takes the first route there is:

1. the desktop's notification service (freedesktop ``org.freedesktop.Notifications``: GNOME
   Shell, KDE Plasma, Xfce, dunst, mako…), with a button for each action where the server draws
   buttons, and a click on the notification itself running the first action;
2. elsewhere (Windows, macOS: the platform's own notifications, which Qt's tray icon speaks to),
   or when the service is missing or refuses the notification, the tray icon's balloon while a
   tray shows the icon (a click on it runs the first action);
3. the window's status bar, when there is neither.

A notification given a ``tag`` replaces the last one with that tag, and ``withdraw(tag)`` takes
it back once it is out of date (the reminder snoozed from the tray menu, say): it leaves the
screen where the service allows, and its buttons do nothing from then on.

The service is spoken to with jeepney, not QtDBus: Notify takes a uint32 (replaces_id), and
PySide6 sends a Python int as int16, int32 or int64, never uint32, so servers refuse the call.
jeepney writes the message as declared and its socket is watched by the Qt event loop, so
nothing here blocks the window.
"""

from __future__ import annotations

import enum
import logging
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from PySide6.QtCore import QObject, QSocketNotifier, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSystemTrayIcon

from companion.ui import icons

if TYPE_CHECKING:
    from jeepney.io.blocking import DBusConnection
    from jeepney.low_level import Message

log = logging.getLogger(__name__)

Action = tuple[str, Callable[[], object]]
"""A button on a notification: its label and what clicking it does."""

SERVICE = "org.freedesktop.Notifications"
OBJECT_PATH = "/org/freedesktop/Notifications"
STATUS_BAR_MS = 15000
BALLOON_MS = 8000


class Route(enum.Enum):
    """Where a notification went."""

    TRAY = "tray"
    DESKTOP = "desktop"
    STATUS_BAR = "status bar"


class DesktopNotifications(Protocol):
    """The desktop's notification service (a stand-in in tests)."""

    def send(
        self,
        title: str,
        text: str,
        labels: Sequence[str],
        on_action: Callable[[int], None],
        on_failed: Callable[[], None],
        *,
        lasting: bool = False,
    ) -> bool:
        """Hand a notification to the service; False at once when there is none. Later,
        ``on_action(i)`` when the user clicks the button ``labels[i]``, or ``on_failed()`` when
        the service refuses it. A ``lasting`` one stays until the user answers it."""
        ...


@runtime_checkable
class Withdrawing(Protocol):
    """A service that can take a notification off the screen again."""

    def withdraw(self, on_action: Callable[[int], None]) -> None:
        """Close the notification sent with ``on_action``, if it is still there."""
        ...


class Notifier(QObject):
    """Shows notifications by the best route there is (see the module's docstring)."""

    def __init__(
        self,
        tray_icon: QSystemTrayIcon,
        window: QMainWindow | None,
        desktop: DesktopNotifications | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.tray_icon = tray_icon
        self.window = window
        self.desktop = desktop
        self._balloon_actions: list[Action] = []
        self._tagged: dict[str, _Sent] = {}
        tray_icon.messageClicked.connect(self.on_balloon_clicked)

    def notify(
        self,
        title: str,
        text: str,
        actions: Sequence[Action] = (),
        *,
        tag: str = "",
        lasting: bool = False,
    ) -> Route:
        """Show a notification; the route it took (a desktop one may still fall back to the
        balloon or the status bar if the service refuses it). ``tag`` names it for
        ``withdraw``; ``lasting`` asks the service to keep it until answered."""
        if tag:
            self.withdraw(tag)
        sent = _Sent(title, text, list(actions))
        if tag:
            self._tagged[tag] = sent
        if self.desktop is not None:

            def on_action(index: int) -> None:
                if 0 <= index < len(sent.actions):
                    sent.actions[index][1]()

            def on_failed() -> None:
                if not sent.withdrawn:
                    sent.route = self._without_service(sent)

            sent.on_action = on_action
            labels = [label for label, _run in sent.actions]
            if self.desktop.send(title, text, labels, on_action, on_failed, lasting=lasting):
                sent.route = Route.DESKTOP
                return sent.route
            sent.on_action = None
        sent.route = self._without_service(sent)
        return sent.route

    def _without_service(self, sent: _Sent) -> Route:
        if self.tray_icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self._balloon_actions = sent.actions
            self.tray_icon.showMessage(sent.title, sent.text, icons.app_icon(), BALLOON_MS)
            return Route.TRAY
        self.to_status_bar(sent.title, sent.text)
        return Route.STATUS_BAR

    def withdraw(self, tag: str) -> None:
        """Take back the notification tagged ``tag``: off the screen where the service can
        close it (and out of the status bar), and its buttons do nothing from now on."""
        sent = self._tagged.pop(tag, None)
        if sent is None:
            return
        sent.withdrawn = True
        sent.actions.clear()  # a balloon or a lingering notification clicked later: nothing
        if (
            sent.route is Route.DESKTOP
            and sent.on_action is not None
            and isinstance(self.desktop, Withdrawing)
        ):
            self.desktop.withdraw(sent.on_action)
        if sent.route is Route.STATUS_BAR and self.window is not None:
            bar = self.window.statusBar()
            if bar.currentMessage() == f"{sent.title}: {sent.text}":
                bar.clearMessage()

    def to_status_bar(self, title: str, text: str) -> None:
        if self.window is None:
            log.info("notification with nowhere to show it: %s: %s", title, text)
            return
        self.window.statusBar().showMessage(f"{title}: {text}", STATUS_BAR_MS)

    @Slot()
    def on_balloon_clicked(self) -> None:
        if self._balloon_actions:
            self._balloon_actions[0][1]()


@dataclass(slots=True)
class _Sent:
    """A notification as the Notifier sent it; ``actions`` is emptied when it is withdrawn."""

    title: str
    text: str
    actions: list[Action]
    route: Route | None = None
    on_action: Callable[[int], None] | None = None
    withdrawn: bool = False


def desktop_service(app_name: str, parent: QObject | None = None) -> DesktopNotifications | None:
    """The freedesktop notification service where desktops have one (not on Windows or macOS,
    whose tray is always there), and not for an app drawn off-screen, which no one sees."""
    if sys.platform in ("win32", "darwin"):
        return None
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        return None
    return FreedesktopNotifications(app_name, parent)


def session_bus_may_be_there() -> bool:
    """Whether the session bus is named ($DBUS_SESSION_BUS_ADDRESS) or at its usual place
    ($XDG_RUNTIME_DIR/bus); without either, no connection to it can be made."""
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    return bool(runtime) and os.path.exists(os.path.join(runtime, "bus"))


@dataclass(slots=True)
class _Notification:
    title: str
    text: str
    labels: list[str]
    on_action: Callable[[int], None]
    on_failed: Callable[[], None]
    lasting: bool = False
    withdrawn: bool = False
    """Taken back while its Notify call was on its way: closed as soon as it has an id."""


class FreedesktopNotifications(QObject):
    """org.freedesktop.Notifications on the session bus, over one connection opened at the
    first notification. Replies and the ActionInvoked / NotificationClosed signals are read when
    the socket has data; servers may send those signals to the connection that sent Notify only,
    so the same connection listens."""

    def __init__(self, app_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.app_name = app_name
        self.connection: DBusConnection | None = None
        self.unusable = False
        self.capabilities: set[str] | None = None
        """What the server says it does (GetCapabilities); None until it has answered."""
        self._reader: QSocketNotifier | None = None
        self._waiting: list[_Notification] = []
        self._replies: dict[int, Callable[[Message], None]] = {}
        self._sending: dict[int, _Notification] = {}
        """Notifications sent, by the serial of their Notify call, until the server answers."""
        self._shown: dict[int, _Notification] = {}
        """Notifications on screen, by the server's id for them, until closed."""

    def send(
        self,
        title: str,
        text: str,
        labels: Sequence[str],
        on_action: Callable[[int], None],
        on_failed: Callable[[], None],
        *,
        lasting: bool = False,
    ) -> bool:
        if not self._connect():
            return False
        notification = _Notification(title, text, list(labels), on_action, on_failed, lasting)
        if self.capabilities is None:
            self._waiting.append(notification)
        else:
            self._notify(notification)
        return True

    def _connect(self) -> bool:
        if self.connection is not None:
            return True
        if self.unusable:
            return False
        if not session_bus_may_be_there():
            # Not even jeepney is loaded to find that out (about 0.5 MiB, for good).
            log.info("no desktop notification service: no session bus")
            self.unusable = True
            return False
        try:
            from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
            from jeepney.io.blocking import open_dbus_connection

            # Authenticating is a few local round trips; it gives up after a quarter second.
            self.connection = open_dbus_connection(bus="SESSION", auth_timeout=0.25)
        except (ImportError, OSError, KeyError, ValueError, RuntimeError) as error:
            # No jeepney, no session bus ($DBUS_SESSION_BUS_ADDRESS unset), or it refused us.
            log.info("no desktop notification service: %s", error)
            self.unusable = True
            return False
        self._reader = QSocketNotifier(
            self.connection.sock.fileno(), QSocketNotifier.Type.Read, self
        )
        self._reader.activated.connect(self.on_readable)
        rule = MatchRule(type="signal", interface=SERVICE, path=OBJECT_PATH)
        self._call(message_bus.AddMatch(rule), lambda _reply: None)
        address = DBusAddress(OBJECT_PATH, bus_name=SERVICE, interface=SERVICE)
        self._call(new_method_call(address, "GetCapabilities"), self._on_capabilities)
        return True

    def _call(self, message: Message, on_reply: Callable[[Message], None]) -> int:
        """Send a method call; ``on_reply`` gets its reply (or error). Its serial."""
        assert self.connection is not None
        serial: int = next(self.connection.outgoing_serial)
        self._replies[serial] = on_reply
        try:
            self.connection.send(message, serial=serial)
        except OSError as error:
            self._replies.pop(serial, None)
            self._lost(error)
        return serial

    def _on_capabilities(self, reply: Message) -> None:
        from jeepney import MessageType

        ok = reply.header.message_type == MessageType.method_return
        self.capabilities = set(reply.body[0]) if ok else set()
        waiting, self._waiting = self._waiting, []
        for notification in waiting:
            self._notify(notification)

    def _notify(self, notification: _Notification) -> None:
        from jeepney import DBusAddress, MessageType, new_method_call

        actions: list[str] = []
        if "actions" in (self.capabilities or set()) and notification.labels:
            # "default" is what clicking the notification itself does: the first action, as a
            # click on the tray's balloon does.
            actions += ["default", notification.labels[0]]
            for index, label in enumerate(notification.labels):
                actions += [str(index), label]
        hints: dict[str, Any] = {"desktop-entry": ("s", "companion"), "urgency": ("y", 1)}
        # 0: until the user answers it (a lasting one); -1: as long as the server likes.
        expire_ms = 0 if notification.lasting else -1
        address = DBusAddress(OBJECT_PATH, bus_name=SERVICE, interface=SERVICE)
        message = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            (
                self.app_name,
                0,
                "",
                notification.title,
                notification.text,
                actions,
                hints,
                expire_ms,
            ),
        )

        def on_reply(reply: Message) -> None:
            self._sending.pop(serial, None)
            if reply.header.message_type == MessageType.method_return:
                shown_id = int(reply.body[0])
                self._shown[shown_id] = notification
                if notification.withdrawn:
                    self._close(shown_id)
            else:
                log.info("the notification service refused a notification: %s", reply.body)
                notification.on_failed()

        serial = self._call(message, on_reply)
        if self.connection is not None:
            self._sending[serial] = notification

    @Slot()
    def on_readable(self) -> None:
        while self.connection is not None:
            try:
                message = self.connection.receive(timeout=0)
            except TimeoutError:
                return  # nothing more for now
            except OSError as error:
                self._lost(error)
                return
            self._dispatch(message)

    def _dispatch(self, message: Message) -> None:
        from jeepney import HeaderFields, MessageType

        fields = message.header.fields
        kind = message.header.message_type
        if kind in (MessageType.method_return, MessageType.error):
            handler = self._replies.pop(fields.get(HeaderFields.reply_serial, -1), None)
            if handler is not None:
                handler(message)
            return
        if kind != MessageType.signal or fields.get(HeaderFields.interface) != SERVICE:
            return
        member = fields.get(HeaderFields.member)
        if member == "ActionInvoked":
            shown_id, key = message.body
            notification = self._shown.get(int(shown_id))
            if (
                notification is not None
                and not notification.withdrawn
                and (key == "default" or str(key).isdigit())
            ):
                notification.on_action(0 if key == "default" else int(key))
        elif member == "NotificationClosed":
            self._shown.pop(int(message.body[0]), None)

    def withdraw(self, on_action: Callable[[int], None]) -> None:
        """Take the notification sent with ``on_action`` off the screen (CloseNotification), or
        keep it from being shown when it has not been yet."""
        self._waiting = [one for one in self._waiting if one.on_action is not on_action]
        for notification in self._sending.values():
            if notification.on_action is on_action:
                notification.withdrawn = True
        for shown_id, notification in list(self._shown.items()):
            if notification.on_action is on_action:
                notification.withdrawn = True
                self._close(shown_id)

    def _close(self, shown_id: int) -> None:
        from jeepney import DBusAddress, new_method_call

        if self.connection is None:
            return
        address = DBusAddress(OBJECT_PATH, bus_name=SERVICE, interface=SERVICE)
        self._call(new_method_call(address, "CloseNotification", "u", (shown_id,)), _ignore)

    def close(self) -> None:
        """Leave the bus (notifications already on screen stay there)."""
        if self._reader is not None:
            self._reader.setEnabled(False)
            self._reader.deleteLater()
            self._reader = None
        if self.connection is not None:
            self.connection.close()
            self.connection = None
        self.capabilities = None

    def _lost(self, error: Exception) -> None:
        """The bus went away: what had not reached the server yet goes to the next route; a
        later notification connects again."""
        log.info("lost the session bus: %s", error)
        self.close()
        pending = self._waiting + list(self._sending.values())
        self._waiting, self._sending, self._shown, self._replies = [], {}, {}, {}
        for notification in pending:
            notification.on_failed()


def _ignore(_reply: Message) -> None:
    """A reply nothing waits for (a close of a notification the user may have closed already)."""
