"""The reflection screen and the shift-end reminder, in the real app with an injected clock."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import subprocess
import sys

from PySide6.QtCore import Qt

from companion.core.checker import check
from companion.core.cooloff import CoolOff
from companion.store import checks as checks_store
from companion.store import happy as happy_store
from companion.store import ratio as ratio_store
from companion.store import reflection as reflection_store
from companion.ui.reflection import ReflectionScreen
from companion.ui.reflection_tools import ReflectionActions, ReflectionReminder


def actions_of(parts):  # type: ignore[no-untyped-def]
    found = parts.window.findChild(ReflectionActions)
    assert found is not None
    return found


def local(clock):  # type: ignore[no-untyped-def]
    return clock().astimezone().replace(tzinfo=None)


def set_shift_end(parts, hhmm: str) -> None:  # type: ignore[no-untyped-def]
    parts.controller.update_settings(parts.controller.settings.replace(shift_end=hhmm))


# --- the day's numbers and the entry ----------------------------------------------------------


def test_the_days_numbers_come_from_the_store(parts, qtbot, clock):  # type: ignore[no-untyped-def]
    for positive in (True, True, True, False):
        ratio_store.log_interaction(parts.store, positive, clock())
    checks_store.log_check(
        parts.store, check("Thanks for waiting, the refund is on its way."), clock()
    )
    checks_store.record_declined(parts.store, clock(), 180)
    taken = CoolOff.start(180, 0.0, clock()).finish(180.0, clock() + dt.timedelta(minutes=3))
    checks_store.start_cooloff(parts.store, taken)
    happy_store.add_happy(parts.store, "You saved my holiday!", clock())
    screen = parts.window.show_screen("reflection")
    assert isinstance(screen, ReflectionScreen)
    box = screen.day_page.summary
    assert box.value("Positive") == "3"
    assert box.value("Negative") == "1"
    assert box.value("Ratio") == "3 : 1 (target 3 : 1, at target)"
    assert box.value("Replies checked") == "1"
    assert box.value("Cool-offs taken") == "1"
    assert box.value("Cool-offs skipped") == "1"
    assert box.value("Happy-file entries added") == "1"
    # a new log shows at once: the numbers are read, not copied
    parts.controller.log_interaction(False)
    assert box.value("Negative") == "2"
    assert "below target" in box.value("Ratio")


def test_saving_twice_the_same_day_updates(parts, qtbot):  # type: ignore[no-untyped-def]
    page = parts.window.show_screen("reflection").day_page
    assert page.status.text() == "Not written yet."
    qtbot.mouseClick(page.mood.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.energy.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.well_edit, "Mrs K. thanked me twice")
    qtbot.keyClicks(page.improve_edit, "Check the tracking page first")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text().startswith("Saved at")
    qtbot.mouseClick(page.mood.buttons[1], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.note_edit, "Long queue")
    qtbot.keyClick(page.note_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert page.status.text().startswith("Updated at")
    assert parts.store.read("SELECT count(*) FROM reflections")[0][0] == 1
    saved = reflection_store.get_reflection(parts.store, parts.controller.today_day())
    assert saved is not None
    assert (saved.mood, saved.energy) == (2, 3)
    assert saved.well == "Mrs K. thanked me twice" and saved.note == "Long queue"
    # the calendar marks the day, and showing it again reads the entry back
    fmt = page.calendar.dateTextFormat(page.calendar.selectedDate())
    assert fmt.fontUnderline()
    page.show_day(parts.controller.today_day() - dt.timedelta(days=1))
    assert page.mood.value() is None and page.well_edit.toPlainText() == ""
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.mood.value() == 2 and page.well_edit.toPlainText() == "Mrs K. thanked me twice"


def test_send_to_happy_file_and_reframe_the_hardest_moment(parts, qtbot):  # type: ignore[no-untyped-def]
    page = parts.window.show_screen("reflection").day_page
    qtbot.keyClicks(page.well_edit, "A customer wrote: you are a star, mail me at a@b.example")
    qtbot.mouseClick(page.happy_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Sent to your happy file."
    [entry] = happy_store.search_happy(parts.store, "star")
    assert "a@b.example" not in entry.quote  # redacted, as the settings ask by default
    assert "reflection" in entry.tags
    assert page.summary.value("Happy-file entries added") == "1"
    # A second click on the same words does not file them twice; new words are sent.
    qtbot.mouseClick(page.happy_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Already in your happy file."
    assert len(happy_store.search_happy(parts.store, "star")) == 1
    qtbot.keyClicks(page.well_edit, " Another one")
    qtbot.mouseClick(page.happy_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Sent to your happy file."
    assert len(happy_store.search_happy(parts.store, "star")) == 2

    qtbot.keyClicks(page.hard_edit, "The refund call where I was shouted at")
    qtbot.mouseClick(page.reframe_button, Qt.MouseButton.LeftButton)
    assert parts.window.current_screen_key() == "reframe"
    guide = parts.window.screens["reframe"].guide
    assert guide.situation_edit.toPlainText() == "The refund call where I was shouted at"


def test_week_summary(parts, qtbot, clock):  # type: ignore[no-untyped-def]
    today = parts.controller.today_day()
    monday = today - dt.timedelta(days=today.weekday())
    from companion.core.reflection import Reflection

    reflection_store.save_reflection(
        parts.store, Reflection(monday, mood=2, energy=3, improve="Offer a call sooner"), clock()
    )
    ratio_store.log_interaction(parts.store, True, clock())
    screen = parts.window.show_screen("reflection")
    week = screen.week_page
    week.refresh()
    assert week.model.rowCount() == 7
    assert week.model.item(0, 4).text() == "2"
    assert week.model.item(today.weekday(), 1).text() == "1"
    assert "Offer a call sooner" in week.improvements.item(0).text()
    assert week.trend_label.text() == "Mood: 2, one entry so far. Energy: 3, one entry so far."
    assert not week.next_button.isEnabled()
    qtbot.mouseClick(week.previous_button, Qt.MouseButton.LeftButton)
    assert week.model.item(0, 4).text() == "—"
    assert week.next_button.isEnabled()


def test_export_writes_markdown_and_csv(parts, qtbot, clock, tmp_path):  # type: ignore[no-untyped-def]
    from companion.core.reflection import Reflection

    today = parts.controller.today_day()
    ratio_store.log_interaction(parts.store, True, clock())
    reflection_store.save_reflection(
        parts.store, Reflection(today, mood=4, energy=2, well="A kind word"), clock()
    )
    page = parts.window.show_screen("reflection").export_page
    md = tmp_path / "reflections.md"
    with qtbot.waitSignal(page.export_done, timeout=5000) as done:
        page.export_to(md, "md", today - dt.timedelta(days=7), today)
    assert "Exported 1 day to" in done.args[0]
    text = md.read_text(encoding="utf-8")
    assert f"## {today:%A} {today.isoformat()}" in text
    assert "**What went well:** A kind word" in text
    csv_path = tmp_path / "reflections.csv"
    with qtbot.waitSignal(page.export_done, timeout=5000):
        page.export_to(csv_path, "csv", today, today)
    [row] = list(csv.DictReader(io.StringIO(csv_path.read_text(encoding="utf-8"))))
    assert row["mood"] == "4" and row["positive"] == "1" and row["went_well"] == "A kind word"
    assert page.status.text().startswith("Exported 1 day to")
    with qtbot.waitSignal(page.export_done, timeout=5000) as failed:
        page.export_to(tmp_path / "no-such-folder" / "x.md", "md", today, today)
    assert "Could not write" in failed.args[0]


def test_an_entry_saved_elsewhere_shows_unless_words_are_being_changed(parts, qtbot):  # type: ignore[no-untyped-def]
    from companion.core.reflection import Reflection
    from companion.services import reflection as reflection_service

    page = parts.window.show_screen("reflection").day_page
    today = parts.controller.today_day()
    reflection_service.save_reflection(parts.controller, Reflection(today, mood=4, note="Queue"))
    assert page.mood.value() == 4 and page.note_edit.toPlainText() == "Queue"
    assert page.status.text().startswith("Saved ")
    # An older day's entry leaves the shown day alone (the calendar still marks it).
    yesterday = today - dt.timedelta(days=1)
    reflection_service.save_reflection(parts.controller, Reflection(yesterday, note="Other"))
    assert page.note_edit.toPlainText() == "Queue"
    # The agent is typing: their words stay until they save.
    qtbot.keyClicks(page.well_edit, "A kind word")
    reflection_service.save_reflection(parts.controller, Reflection(today, mood=1, note="Later"))
    assert page.well_edit.toPlainText() == "A kind word" and page.mood.value() == 4
    assert "Changed elsewhere" in page.status.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = reflection_store.get_reflection(parts.store, today)
    assert saved is not None and (saved.mood, saved.well, saved.note) == (4, "A kind word", "Queue")


def test_a_handed_over_reflect_add_shows_in_the_open_screen(parts, qtbot):  # type: ignore[no-untyped-def]
    from companion import ipc, paths
    from companion.ui.instance_server import InstanceServer

    server = InstanceServer(parts.controller, ipc.socket_path(paths.data_dir()))
    assert server.listen()
    try:
        screen = parts.window.show_screen("reflection")
        page = screen.day_page
        assert page.status.text() == "Not written yet."
        argv = ["reflect", "add", "--mood", "4", "--energy", "2", "--well", "Mrs K. thanked me"]
        proc = subprocess.Popen(
            [sys.executable, "-m", "companion", *argv],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
        with proc:
            out, err = proc.stdout.read(), proc.stderr.read()  # type: ignore[union-attr]
    finally:
        server.close()
    assert proc.returncode == 0, err
    assert out.startswith("Saved the reflection for")
    # Written by the app's own connection, shown at once: the entry, the calendar, the week.
    assert (page.mood.value(), page.energy.value()) == (4, 2)
    assert page.well_edit.toPlainText() == "Mrs K. thanked me"
    assert page.status.text().startswith("Saved ")
    assert page.calendar.dateTextFormat(page.calendar.selectedDate()).fontUnderline()
    today = parts.controller.today_day()
    assert screen.week_page.model.item(today.weekday(), 4).text() == "4"


def test_the_week_shows_an_entry_saved_elsewhere(parts, qtbot):  # type: ignore[no-untyped-def]
    from companion.core.reflection import Reflection
    from companion.services import reflection as reflection_service

    week = parts.window.show_screen("reflection").week_page
    today = parts.controller.today_day()
    assert week.model.item(today.weekday(), 4).text() == "—"
    reflection_service.save_reflection(parts.controller, Reflection(today, mood=3, energy=5))
    assert week.model.item(today.weekday(), 4).text() == "3"
    assert week.model.item(today.weekday(), 5).text() == "5"


# --- the reminder -----------------------------------------------------------------------------


def test_reminder_fires_at_the_shift_end(parts, qtbot, clock):  # type: ignore[no-untyped-def]
    actions = actions_of(parts)
    reminder = actions.reminder
    assert reminder.timer.isSingleShot()
    set_shift_end(parts, "12:01")  # the clock reads 12:00 local
    assert reminder.due_at == local(clock).replace(minute=1)
    assert 59_000 <= reminder.milliseconds_left() <= 60_000
    assert not actions.snooze_action.isVisible()

    # Half a second before the shift end; the clock then moves past it.
    clock.advance(seconds=59.5)
    reminder.schedule()
    assert reminder.milliseconds_left() <= 500
    clock.advance(seconds=1)
    with qtbot.waitSignal(reminder.due, timeout=3000):
        pass
    # No tray and no notification service offscreen: the notification is in the status bar.
    assert parts.window.statusBar().currentMessage().startswith("End of shift: ")
    assert reminder.pending
    assert parts.window.banner.isVisible()
    assert actions.snooze_action.isVisible() and actions.not_today_action.isVisible()
    # shown once: the next one is tomorrow's
    tomorrow = local(clock).date() + dt.timedelta(days=1)
    assert reminder.due_at == dt.datetime.combine(tomorrow, dt.time(12, 1))

    # "Reflect now" in the banner opens today's reflection.
    qtbot.mouseClick(parts.window.banner.action, Qt.MouseButton.LeftButton)
    assert parts.window.current_screen_key() == "reflection"
    assert not actions.snooze_action.isVisible()


def test_snooze_brings_it_back_in_fifteen_minutes(parts, qtbot, clock):  # type: ignore[no-untyped-def]
    actions = actions_of(parts)
    reminder = actions.reminder
    set_shift_end(parts, "11:00")  # already past: due now
    with qtbot.waitSignal(reminder.due, timeout=3000):
        pass
    actions.snooze_action.trigger()
    assert reminder.due_at == local(clock) + dt.timedelta(minutes=15)
    assert 14 * 60_000 < reminder.milliseconds_left() <= 15 * 60_000
    assert not parts.window.banner.isVisible()
    clock.advance(minutes=15)
    reminder.schedule()
    with qtbot.waitSignal(reminder.due, timeout=3000):
        pass
    assert reminder.pending


def test_not_today_waits_for_tomorrow(parts, qtbot, clock):  # type: ignore[no-untyped-def]
    actions = actions_of(parts)
    reminder = actions.reminder
    set_shift_end(parts, "12:30")
    actions.not_today_action.trigger()
    tomorrow = local(clock).date() + dt.timedelta(days=1)
    assert reminder.due_at == dt.datetime.combine(tomorrow, dt.time(12, 30))


def test_a_saved_reflection_silences_today(parts, qtbot, clock):  # type: ignore[no-untyped-def]
    reminder = actions_of(parts).reminder
    set_shift_end(parts, "12:30")
    assert reminder.due_at is not None and reminder.due_at.date() == local(clock).date()
    page = parts.window.show_screen("reflection").day_page
    qtbot.mouseClick(page.mood.buttons[2], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert reminder.due_at.date() == local(clock).date() + dt.timedelta(days=1)


def test_reminder_can_be_turned_off(parts, qtbot):  # type: ignore[no-untyped-def]
    reminder = actions_of(parts).reminder
    parts.controller.update_settings(parts.controller.settings.replace(reflection_reminder=False))
    assert reminder.due_at is None and not reminder.timer.isActive()


def test_reflect_on_today_from_the_tray(parts, qtbot):  # type: ignore[no-untyped-def]
    actions = actions_of(parts)
    parts.window.hide()
    [reflect] = [a for a in parts.tray.menu.actions() if a.text() == "Reflect on today"]
    reflect.trigger()
    assert parts.window.isVisible()
    assert parts.window.current_screen_key() == "reflection"
    assert actions.reflect_action is reflect


# --- the reminder across a restart ------------------------------------------------------------


def restarted(parts):  # type: ignore[no-untyped-def]
    """A new reminder on the same store and clock, as the app builds after a restart."""
    reminder = ReflectionReminder(parts.controller, parent=parts.window)
    reminder.schedule()
    return reminder


def test_not_today_survives_a_restart(parts, qtbot, clock):  # type: ignore[no-untyped-def]
    actions = actions_of(parts)
    set_shift_end(parts, "11:00")  # already past: due now
    with qtbot.waitSignal(actions.reminder.due, timeout=3000):
        pass
    actions.not_today_action.trigger()
    clock.advance(minutes=5)
    reminder = restarted(parts)
    tomorrow = local(clock).date() + dt.timedelta(days=1)
    assert reminder.not_today == local(clock).date()
    assert reminder.due_at == dt.datetime.combine(tomorrow, dt.time(11, 0))
    assert reminder.milliseconds_left() > 60_000


def test_snooze_survives_a_restart_and_is_cleared_when_it_rings(parts, qtbot, clock):  # type: ignore[no-untyped-def]
    actions = actions_of(parts)
    set_shift_end(parts, "11:00")
    with qtbot.waitSignal(actions.reminder.due, timeout=3000):
        pass
    actions.snooze_action.trigger()
    snoozed_at = local(clock) + dt.timedelta(minutes=15)
    clock.advance(minutes=5)
    reminder = restarted(parts)
    assert reminder.due_at == snoozed_at
    assert 9 * 60_000 < reminder.milliseconds_left() <= 10 * 60_000

    # The snooze ran out while the app was closed: due at once, and then forgotten.
    clock.advance(minutes=20)
    reminder = restarted(parts)
    assert reminder.due_at == local(clock)
    with qtbot.waitSignal(reminder.due, timeout=3000):
        pass
    assert reflection_store.reminder_state(parts.store).snoozed_until is None
    tomorrow = local(clock).date() + dt.timedelta(days=1)
    assert reminder.due_at == dt.datetime.combine(tomorrow, dt.time(11, 0))


def test_saving_the_reflection_forgets_the_snooze(parts, qtbot, clock):  # type: ignore[no-untyped-def]
    actions = actions_of(parts)
    set_shift_end(parts, "11:00")
    with qtbot.waitSignal(actions.reminder.due, timeout=3000):
        pass
    actions.snooze_action.trigger()
    assert reflection_store.reminder_state(parts.store).snoozed_until is not None
    page = parts.window.show_screen("reflection").day_page
    qtbot.mouseClick(page.mood.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert reflection_store.reminder_state(parts.store).snoozed_until is None
    assert restarted(parts).due_at.date() == local(clock).date() + dt.timedelta(days=1)


def test_a_write_elsewhere_or_an_older_days_entry_keeps_the_snooze(parts, qtbot, clock):  # type: ignore[no-untyped-def]
    from companion.core.reflection import Reflection
    from companion.services import Subject
    from companion.services import reflection as reflection_service

    actions = actions_of(parts)
    set_shift_end(parts, "11:00")
    with qtbot.waitSignal(actions.reminder.due, timeout=3000):
        pass
    actions.snooze_action.trigger()
    snoozed = reflection_store.reminder_state(parts.store).snoozed_until
    assert snoozed is not None
    parts.controller.changes.announce(Subject.EVERYTHING)  # e.g. another process logged
    yesterday = parts.controller.today_day() - dt.timedelta(days=1)
    reflection_service.save_reflection(parts.controller, Reflection(yesterday, mood=3))
    assert reflection_store.reminder_state(parts.store).snoozed_until == snoozed
    assert actions.reminder.due_at == local(clock) + dt.timedelta(minutes=15)


def test_yesterdays_not_today_does_not_silence_today(parts, qtbot, clock):  # type: ignore[no-untyped-def]
    yesterday = local(clock).date() - dt.timedelta(days=1)
    not_yesterday = reflection_store.ReminderState(None, yesterday)
    reflection_store.save_reminder_state(parts.store, not_yesterday)
    set_shift_end(parts, "12:30")
    reminder = restarted(parts)
    assert reminder.not_today == yesterday
    assert reminder.due_at == dt.datetime.combine(local(clock).date(), dt.time(12, 30))


# --- start-up cost ----------------------------------------------------------------------------


def test_installing_the_tools_loads_no_screen_or_heavy_core() -> None:
    code = (
        "import sys, PySide6.QtWidgets\n"
        "import companion.ui.reflection_tools\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('companion'))))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True
    )
    loaded = set(done.stdout.split())
    assert "companion.ui.reflection_tools" in loaded
    heavy = {
        "companion.ui.reflection",
        "companion.ui.reframe",
        "companion.ui.reframe_saved",
        "companion.core.reflection",
        "companion.core.reframe",
        "companion.store.reflection",
        "companion.store.reframe",
    }
    assert not loaded & heavy


# --- keyboard: each Alt+letter on a page does one thing -----------------------------------------


def press_alt(parts, qtbot, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    parts.window.activateWindow()
    qtbot.waitUntil(parts.window.isActiveWindow)
    qtbot.keyClick(parts.window, key, Qt.KeyboardModifier.AltModifier)


def close_popup() -> None:
    from PySide6.QtWidgets import QApplication

    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()


def test_reflection_mnemonics_reach_their_own_controls(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    screen = parts.window.show_screen("reflection")
    assert isinstance(screen, ReflectionScreen)
    day = screen.day_page
    day.show_day(parts.controller.today_day() - dt.timedelta(days=3))
    # The Today button's letter must not open the window's Tools menu.
    press_alt(parts, qtbot, Qt.Key.Key_O)
    assert QApplication.activePopupWidget() is None
    # A mnemonic presses its button the way a click does, after a short press animation.
    qtbot.waitUntil(lambda: day.day == parts.controller.today_day())
    # The hardest moment's letter must not open the Help menu; the well's not the Week tab.
    for letter, field in ((Qt.Key.Key_R, day.hard_edit), (Qt.Key.Key_A, day.well_edit)):
        press_alt(parts, qtbot, letter)
        close_popup()
        assert QApplication.focusWidget() is field
        assert screen.tabs.currentWidget() is day
    assert "&h" not in day.reframe_button.text().lower()
    # Export tab: Alt+P presses Export (the tab's own letter is X); From, To and Format differ.
    screen.tabs.setCurrentWidget(screen.export_page)
    asked: list[str] = []
    import PySide6.QtWidgets as widgets

    original = widgets.QFileDialog.getSaveFileName
    widgets.QFileDialog.getSaveFileName = staticmethod(  # type: ignore[method-assign]
        lambda *args, **kwargs: (asked.append("asked"), ("", ""))[1]
    )
    try:
        press_alt(parts, qtbot, Qt.Key.Key_P)
        qtbot.waitUntil(lambda: asked == ["asked"])
    finally:
        widgets.QFileDialog.getSaveFileName = original  # type: ignore[method-assign]
    assert asked == ["asked"], "Alt+P opened the save dialog"
    press_alt(parts, qtbot, Qt.Key.Key_R)
    assert QApplication.focusWidget() is screen.export_page.format_combo
    press_alt(parts, qtbot, Qt.Key.Key_O)
    assert QApplication.focusWidget() is screen.export_page.to_edit


def test_at_the_day_change_the_open_page_keeps_its_day_and_its_words(parts, qtbot, clock):  # type: ignore[no-untyped-def]
    screen = parts.window.show_screen("reflection")
    page = screen.day_page
    day = page.day
    qtbot.keyClicks(page.well_edit, "Calmed a double charge")
    assert page.title.text().startswith("Today, ")
    clock.advance(days=1)
    parts.controller.check_day()  # what the day-start timer calls
    assert page.day == day  # a night shift mid-reflection loses nothing
    assert page.well_edit.toPlainText() == "Calmed a double charge"
    assert not page.title.text().startswith("Today")
    assert str(day.year) in page.title.text()


def test_a_week_that_went_up_and_down_is_not_called_steady(parts, qtbot, clock):
    """A week of 5, 1, 2, 3, 4 averages 3.0: saying "steady" would hide the swings."""
    from companion.core.reflection import Reflection

    today = parts.controller.today_day()
    monday = today - dt.timedelta(days=today.weekday() + 7)
    for offset, mood in enumerate([5, 1, 2, 3, 4]):
        day = monday + dt.timedelta(days=offset)
        reflection_store.save_reflection(parts.store, Reflection(day, mood=mood, energy=3), clock())
    screen = parts.window.show_screen("reflection")
    week = screen.week_page
    qtbot.mouseClick(week.previous_button, Qt.MouseButton.LeftButton)
    text = week.trend_label.text()
    assert "steady" not in text.split("Energy")[0]
    assert "Mood went from 1 to 5; the biggest change was 5 → 1 (Mon to Tue)." in text
    assert "Energy: steady, around 3.0." in text


def test_the_weeks_ratios_are_written_as_the_interface_language_writes_numbers(  # type: ignore[no-untyped-def]
    parts, qtbot, clock, language
):
    for positive in (True,) * 5 + (False,) * 2:
        ratio_store.log_interaction(parts.store, positive, clock())
    language("el")
    week = parts.window.show_screen("reflection").week_page
    week.refresh()
    today = parts.controller.today_day()
    assert week.model.item(today.weekday(), 3).text() == "2,5 : 1"
    assert "2,5 : 1" in week.title.text()
