"""The cool-off screen: the held draft, Send anyway, the end of the timer, and a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from companion.store import checks as checks_store
from companion.ui.check import CheckScreen
from companion.ui.check_tools import ReplyTools
from companion.ui.cooloff import CoolOffScreen

HARD = "No. You are wrong, as I already said!!! Per our policy, refunds take 14 days."


class FakeMonotonic:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def tools(parts) -> ReplyTools:
    found = parts.window.findChild(ReplyTools)
    assert found is not None
    return found


def outcomes(parts):
    return checks_store.cooloff_outcomes(parts.store, *parts.controller.today_bounds())


def start_from_hard_reply(parts, qtbot) -> tuple[CheckScreen, CoolOffScreen]:
    check = parts.window.show_screen("check")
    check.editor.setPlainText(HARD)
    qtbot.mouseClick(check.check_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(check.take_button, Qt.MouseButton.LeftButton)
    cool = parts.window.screens["cooloff"]
    assert parts.window.current_screen_key() == "cooloff"
    return check, cool


def test_taking_a_cool_off_holds_the_draft_where_it_cannot_be_copied(parts, qtbot):
    tools(parts).keeper.monotonic = FakeMonotonic()
    check, cool = start_from_hard_reply(parts, qtbot)
    assert check.text() == ""  # the draft left the Check screen
    assert cool.pages.currentWidget() is cool.running_page
    assert cool.held_view.toPlainText() == HARD
    assert cool.held_view.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction
    assert cool.held_view.contextMenuPolicy() == Qt.ContextMenuPolicy.NoContextMenu
    assert cool.time_label.text() == "3:00 left"
    assert cool.phase_label.text() == "Breathe in…"
    assert not cool.end_button.isVisible()  # a held draft leaves only through Send anyway
    [row] = parts.store.read("SELECT reason, outcome FROM cooloffs")
    assert (row["reason"], row["outcome"]) == ("hard-reply", None)


def test_breathing_follows_the_clock_and_animates_only_on_screen(parts, qtbot):
    fake = FakeMonotonic()
    tools(parts).keeper.monotonic = fake
    _, cool = start_from_hard_reply(parts, qtbot)
    assert cool.frame_timer.isActive()
    fake.now += 5  # in 4 s, hold 4 s
    cool.on_frame()
    assert cool.phase_label.text() == "Hold…" and cool.shape.get_level() == 1.0
    fake.now += 6  # 11 s: halfway through breathing out
    cool.on_frame()
    assert cool.phase_label.text() == "Breathe out…"
    assert abs(cool.shape.get_level() - 0.5) < 0.01
    assert cool.time_label.text() == "2:49 left"
    parts.window.show_screen("today")
    assert not cool.frame_timer.isActive()
    parts.window.show_screen("cooloff")
    assert cool.frame_timer.isActive()


def test_send_anyway_asks_then_copies_and_records_it(parts, qtbot, monkeypatch):
    tools(parts).keeper.monotonic = FakeMonotonic()
    _, cool = start_from_hard_reply(parts, qtbot)
    QGuiApplication.clipboard().setText("something else")
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: next(answers))
    qtbot.mouseClick(cool.send_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "something else"  # said no: still held
    assert cool.pages.currentWidget() is cool.running_page
    qtbot.mouseClick(cool.send_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == HARD
    assert outcomes(parts) == ["sent-anyway"]
    assert cool.pages.currentWidget() is cool.idle_page
    stats = checks_store.day_check_stats(parts.store, *parts.controller.today_bounds())
    assert (stats.cooloffs_taken, stats.cooloffs_skipped) == (0, 1)


def test_when_time_is_up_the_draft_is_rechecked_beside_the_first_findings(parts, qtbot):
    fake = FakeMonotonic()
    keeper = tools(parts).keeper
    keeper.monotonic = fake
    check, cool = start_from_hard_reply(parts, qtbot)
    fake.now += 180
    parts.controller.clock.advance(minutes=3)
    with qtbot.waitSignal(keeper.ended, timeout=3000) as ended:
        keeper._schedule()
    assert ended.args == ["taken"]
    assert outcomes(parts) == ["taken"]
    assert check.text() == HARD
    assert check.before_box.isVisibleTo(check)
    assert check.before_title.text().startswith("Before the cool-off: Hard reply")
    assert check.before_list.count() == len(keeper.first.findings)
    assert check.report is not None and check.verdict_label.text().startswith("Hard reply")
    assert "Time's up" in cool.done_label.text()
    qtbot.mouseClick(cool.rewrite_button, Qt.MouseButton.LeftButton)
    assert parts.window.current_screen_key() == "check"
    assert check.before_box.isVisible()
    label = parts.window.findChild(object, "coolOffsToday")
    assert "Cool-offs taken: 1" in label.text()


def test_i_need_a_minute_from_the_tray_without_a_draft(parts, qtbot):
    fake = FakeMonotonic()
    tools(parts).keeper.monotonic = fake
    [action] = [a for a in parts.tray.menu.actions() if a.text() == "I need a minute"]
    action.trigger()
    cool = parts.window.screens["cooloff"]
    assert parts.window.current_screen_key() == "cooloff"
    assert cool.pages.currentWidget() is cool.running_page
    assert not cool.held_view.isVisible() and cool.end_button.isVisible()
    qtbot.mouseClick(cool.end_button, Qt.MouseButton.LeftButton)
    assert outcomes(parts) == ["skipped"]


def test_closing_the_window_does_not_stop_it_and_a_restart_resumes_it(parts, qtbot):
    from companion import app

    fake = FakeMonotonic()
    tools(parts).keeper.monotonic = fake
    start_from_hard_reply(parts, qtbot)
    parts.window.close()  # hides to the tray
    assert tools(parts).keeper.running
    # quit, and start again 100 s later (a new process: a new monotonic clock)
    parts.window.has_tray = True
    parts.store.close()
    parts.controller.clock.advance(seconds=100)
    again = app.build(clock=parts.controller.clock)
    qtbot.addWidget(again.window)
    try:
        keeper = again.window.findChild(ReplyTools).keeper
        assert keeper.running and keeper.restored and keeper.draft is None
        assert 79 <= keeper.remaining() <= 80.5
        again.window.show()
        cool = again.window.show_screen("cooloff")
        assert cool.restored_note.isVisible()
        assert not cool.held_view.isVisible()
        assert cool.time_label.text() in ("1:20 left", "1:21 left", "1:19 left")
    finally:
        again.window.has_tray = True
        again.window.close()
        again.tray.icon.hide()
        again.store.close()


def test_ctrl_4_during_a_cool_off_puts_the_keyboard_where_space_cannot_end_it(parts, qtbot):
    tools(parts).keeper.monotonic = FakeMonotonic()
    find = parts.window.tools_menu.actions()
    [minute] = [a for a in find if a.text() == "I need a minute"]
    minute.trigger()  # on demand: no held draft, so "I'm ready" is shown
    cool = parts.window.screens["cooloff"]
    parts.window.show_screen("today")
    qtbot.keyClick(parts.window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert parts.window.current_screen_key() == "cooloff"
    assert QApplication.focusWidget() is not cool.end_button
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert cool.pages.currentWidget() is cool.running_page  # still cooling off
    assert [row["outcome"] for row in parts.store.read("SELECT outcome FROM cooloffs")] == [None]
