"""The shift-end reminder as a desktop notification: Reflect now, Snooze 15 min and Not today on
it do what the same entries of the tray menu do, and once the reminder is answered anywhere the
notification is taken back, so a button clicked later does nothing out of date."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from companion.core.reflection import Reflection
from companion.services import reflection as reflection_service
from companion.ui.notify import Route
from companion.ui.reflection_tools import ReflectionActions


class Desktop:
    """Stands in for the desktop's notification service, recording what is sent and closed."""

    def __init__(self) -> None:
        self.sent: list[dict[str, object]] = []
        self.withdrawn: list[object] = []

    def send(self, title, text, labels, on_action, on_failed, *, lasting=False) -> bool:
        self.sent.append(
            {"title": title, "labels": list(labels), "click": on_action, "lasting": lasting}
        )
        return True

    def withdraw(self, on_action) -> None:
        self.withdrawn.append(on_action)


def local(clock) -> dt.datetime:
    return clock().astimezone().replace(tzinfo=None)


@pytest.fixture
def desktop(parts) -> Desktop:
    service = Desktop()
    parts.tray.notifier.desktop = service
    return service


@pytest.fixture
def actions(parts) -> ReflectionActions:
    found = parts.window.findChild(ReflectionActions)
    assert found is not None
    return found


def ring(parts, actions, qtbot) -> None:
    """Make the reminder due now (the shift ended an hour ago) and wait for it."""
    with qtbot.waitSignal(actions.reminder.due, timeout=3000):
        parts.controller.update_settings(parts.controller.settings.replace(shift_end="11:00"))


def test_the_reminder_reaches_the_desktop_with_three_buttons_until_answered(
    parts, desktop, actions, qtbot
):
    ring(parts, actions, qtbot)
    [sent] = desktop.sent
    assert sent["title"] == "End of shift"
    assert sent["labels"] == ["Reflect now", "Snooze 15 min", "Not today"]
    assert sent["lasting"]  # not an eight-second balloon: it waits for an answer
    assert parts.window.banner.isVisible()


def test_snooze_on_the_notification_is_the_tray_menus_snooze(parts, desktop, actions, qtbot, clock):
    ring(parts, actions, qtbot)
    [sent] = desktop.sent
    sent["click"](1)
    reminder = actions.reminder
    assert reminder.due_at == local(clock) + dt.timedelta(minutes=15)
    assert not reminder.pending and not actions.snooze_action.isVisible()
    assert not parts.window.banner.isVisible()
    assert desktop.withdrawn == [sent["click"]]
    clock.advance(minutes=15)
    reminder.schedule()
    with qtbot.waitSignal(reminder.due, timeout=3000):
        pass
    assert len(desktop.sent) == 2  # back in fifteen minutes, as a new notification


def test_not_today_on_the_notification_waits_for_tomorrow(parts, desktop, actions, qtbot, clock):
    ring(parts, actions, qtbot)
    desktop.sent[0]["click"](2)
    tomorrow = local(clock).date() + dt.timedelta(days=1)
    assert actions.reminder.due_at == dt.datetime.combine(tomorrow, dt.time(11, 0))
    assert not actions.not_today_action.isVisible() and len(desktop.withdrawn) == 1


def test_reflect_now_on_the_notification_opens_today_even_from_the_tray(
    parts, desktop, actions, qtbot
):
    ring(parts, actions, qtbot)
    parts.window.hide()
    desktop.sent[0]["click"](0)
    assert parts.window.isVisible()
    assert parts.window.current_screen_key() == "reflection"
    assert not actions.reminder.pending and not actions.snooze_action.isVisible()
    assert len(desktop.withdrawn) == 1


def test_answered_from_the_tray_the_notifications_buttons_do_nothing(
    parts, desktop, actions, qtbot, clock
):
    ring(parts, actions, qtbot)
    [sent] = desktop.sent
    actions.snooze_action.trigger()  # the tray menu's Snooze
    assert desktop.withdrawn == [sent["click"]]
    snoozed = actions.reminder.due_at
    sent["click"](2)  # "Not today", clicked later on a notification the server kept
    assert actions.reminder.due_at == snoozed


def test_saving_todays_reflection_takes_the_notification_back(parts, desktop, actions, qtbot):
    ring(parts, actions, qtbot)
    today = parts.controller.today_day()
    reflection_service.save_reflection(parts.controller, Reflection(today, mood=4, energy=3))
    assert len(desktop.withdrawn) == 1 and not parts.window.banner.isVisible()
    assert not actions.snooze_action.isVisible()


def test_without_a_service_the_tray_balloon_opens_the_reflection_once(
    parts, actions, qtbot, monkeypatch
):
    parts.tray.notifier.desktop = None
    monkeypatch.setattr(parts.tray.icon, "isVisible", lambda: True)
    monkeypatch.setattr(QSystemTrayIcon, "supportsMessages", staticmethod(lambda: True))
    shown = []
    monkeypatch.setattr(parts.tray.icon, "showMessage", lambda *args: shown.append(args[0]))
    opened = []
    actions.reflect_action.triggered.connect(lambda: opened.append(1))
    ring(parts, actions, qtbot)
    assert shown == ["End of shift"]
    parts.tray.icon.messageClicked.emit()
    assert opened == [1] and parts.window.current_screen_key() == "reflection"
    parts.tray.icon.messageClicked.emit()  # answered: a second click does nothing
    assert opened == [1]


def test_the_banner_keeps_a_message_that_came_after_the_reminder(parts, desktop, actions, qtbot):
    ring(parts, actions, qtbot)
    parts.window.show_banner("Companion's data is damaged.")
    desktop.sent[0]["click"](1)
    assert parts.window.banner.isVisible()
    assert parts.window.banner.label.text() == "Companion's data is damaged."


def test_route_without_tray_or_service_is_the_status_bar(parts, actions, qtbot):
    parts.tray.notifier.desktop = None
    ring(parts, actions, qtbot)
    assert parts.window.statusBar().currentMessage().startswith("End of shift: ")
    assert parts.tray.notifier._tagged["reflection-reminder"].route is Route.STATUS_BAR
    actions.not_today_action.trigger()
    assert parts.window.statusBar().currentMessage() == ""
