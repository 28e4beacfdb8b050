"""The cool-off screen: the held draft, Send anyway, the end of the timer, and a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

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


def paste(qtbot, check: CheckScreen, text: str) -> None:
    QGuiApplication.clipboard().setText(text)
    check.editor.setFocus()
    qtbot.keyClick(check.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(check.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not check.recheck_timer.isActive() and check.report is not None)


def start_from_hard_reply(parts, qtbot) -> tuple[CheckScreen, CoolOffScreen]:
    """Paste a hard reply into Check and take the cool-off it offers."""
    check = parts.window.show_screen("check")
    paste(qtbot, check, HARD)
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
    assert check.before_model.rowCount() == len(keeper.first.findings)
    assert parts.window.current_screen_key() == "cooloff"  # where the agent was
    assert check.report is not None and check.verdict_label.text().startswith("Hard reply")
    assert "Time's up" in cool.done_label.text()
    qtbot.mouseClick(cool.rewrite_button, Qt.MouseButton.LeftButton)
    assert parts.window.current_screen_key() == "check"
    assert check.before_box.isVisible()
    assert check.take_button.isHidden()  # cooled off: the draft is no longer held
    QGuiApplication.clipboard().setText("something else")
    qtbot.mouseClick(check.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == HARD  # no question: the minute was taken
    stats = checks_store.day_check_stats(parts.store, *parts.controller.today_bounds())
    assert stats.checks == 1  # one draft, counted once before and after its cool-off
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


def time_up(parts, qtbot, fake: FakeMonotonic) -> None:
    keeper = tools(parts).keeper
    fake.now += 180
    parts.controller.clock.advance(minutes=3)
    with qtbot.waitSignal(keeper.ended, timeout=3000):
        keeper._schedule()


def test_the_end_of_a_cool_off_leaves_the_agent_where_they_are(parts, qtbot):
    fake = FakeMonotonic()
    tools(parts).keeper.monotonic = fake
    check, _ = start_from_hard_reply(parts, qtbot)
    parts.window.show_screen("today")
    with qtbot.waitSignal(parts.controller.notify) as note:
        time_up(parts, qtbot, fake)
    assert parts.window.current_screen_key() == "today"
    assert note.args[0] == "Cool-off done" and "back in Check" in note.args[1]
    assert check.text() == HARD


def test_the_end_of_a_cool_off_does_not_overwrite_a_new_draft(parts, qtbot):
    fake = FakeMonotonic()
    tools(parts).keeper.monotonic = fake
    check, cool = start_from_hard_reply(parts, qtbot)
    parts.window.show_screen("check")
    paste(qtbot, check, "Thanks for waiting, Ann. The refund went out today.")
    with qtbot.waitSignal(parts.controller.notify) as note:
        time_up(parts, qtbot, fake)
    assert check.text() == "Thanks for waiting, Ann. The refund went out today."
    assert "Rewrite it now" in note.args[1]
    parts.window.show_screen("cooloff")
    qtbot.mouseClick(cool.rewrite_button, Qt.MouseButton.LeftButton)  # asked for: it comes
    assert check.text() == HARD and check.before_box.isVisible()


def test_send_anyway_and_im_ready_keep_their_places_in_every_cool_off(parts, qtbot, monkeypatch):
    fake = FakeMonotonic()
    tools(parts).keeper.monotonic = fake
    _, cool = start_from_hard_reply(parts, qtbot)
    with_draft = cool.send_button.geometry(), cool.end_button.geometry()
    assert cool.send_button.isVisible() and not cool.end_button.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(cool.send_button, Qt.MouseButton.LeftButton)
    [minute] = [a for a in parts.tray.menu.actions() if a.text() == "I need a minute"]
    minute.trigger()  # no draft this time: only "I'm ready"
    assert cool.end_button.isVisible() and not cool.send_button.isVisible()
    assert (cool.send_button.geometry(), cool.end_button.geometry()) == with_draft


def test_after_send_anyway_a_new_draft_starts_clean(parts, qtbot, monkeypatch):
    fake = FakeMonotonic()
    tools(parts).keeper.monotonic = fake
    check, cool = start_from_hard_reply(parts, qtbot)
    time_up(parts, qtbot, fake)  # the first cool-off is taken: its findings shown beside
    parts.window.show_screen("check")
    assert check.before_box.isVisible()
    [minute] = [a for a in parts.tray.menu.actions() if a.text() == "I need a minute"]
    minute.trigger()  # a second cool-off holds the draft
    assert check.status_label.text() == "Your draft is held in the cool-off."
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(cool.send_button, Qt.MouseButton.LeftButton)
    assert "held" not in check.status_label.text()  # no cool-off holds it any more
    parts.window.show_screen("check")
    assert not check.before_box.isVisible()
    other = "You are wrong again, as I already said!!! Per our policy there is no refund."
    paste(qtbot, check, other)
    assert not check.before_box.isVisible()
    assert check.verdict_label.text().startswith("Hard reply")
    assert check.take_button.isVisible()  # a new draft: held again, nothing carried over
    qtbot.mouseClick(check.take_button, Qt.MouseButton.LeftButton)
    assert cool.held_view.toPlainText() == other


def test_copied_is_not_said_of_the_next_draft(parts, qtbot):
    check = parts.window.show_screen("check")
    paste(qtbot, check, "Thanks for waiting, Ann. The refund went out today.")
    qtbot.mouseClick(check.copy_button, Qt.MouseButton.LeftButton)
    assert check.status_label.text() == "Copied the reply to the clipboard."
    paste(qtbot, check, "Thanks, Ann. The new card is on its way; tell me if it is not there.")
    assert check.status_label.text() == ""


def test_a_cool_off_without_a_draft_takes_one_to_hold(parts, qtbot):
    tools(parts).keeper.monotonic = FakeMonotonic()
    [minute] = [a for a in parts.tray.menu.actions() if a.text() == "I need a minute"]
    minute.trigger()
    check, cool = start_from_hard_reply(parts, qtbot)
    assert check.text() == "" and cool.held_view.toPlainText() == HARD
    assert cool.send_button.isVisible() and not cool.end_button.isVisible()
    assert len(outcomes(parts)) == 0  # still the one cool-off, running


def test_the_cool_off_screen_names_no_practice_codes(parts, qtbot):
    cool = parts.window.show_screen("cooloff")
    texts = [label.text() for label in cool.findChildren(QLabel)]
    assert texts and not [text for text in texts if "P2.1" in text]
