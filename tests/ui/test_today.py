import datetime as dt

from PySide6.QtCore import Qt

from companion.store import ratio as ratio_store


def rows(parts):
    start, end = parts.controller.today_bounds()
    return ratio_store.interactions_between(parts.store, start, end)


def test_clicking_plus_and_minus_updates_today_and_the_database(parts, qtbot):
    today = parts.window.screen_widget("today")
    assert today.state_label.text() == "No logs yet today"
    today.topic_edit.setText("Billing")
    today.note_edit.setText("double charge")
    qtbot.mouseClick(today.minus_button, Qt.MouseButton.LeftButton)
    assert today.negative_count.text() == "1"
    assert today.state_label.text() == "Below target"
    needed = "3 more positive conversations and you're at your target."
    assert today.needed_label.text() == needed
    assert today.topic_edit.text() == "" and today.note_edit.text() == ""
    [entry] = rows(parts)
    assert (entry.positive, entry.topic, entry.note) == (False, "billing", "double charge")

    for _ in range(3):
        qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)
    assert today.positive_count.text() == "3"
    assert today.ratio_label.text() == "3 : 1"
    assert today.state_label.text() == "At target"
    assert "reached" in today.needed_label.text()
    assert len(rows(parts)) == 4
    assert today.recent_list.count() == 4
    assert "billing" in today.recent_list.item(3).text()


def test_undo_removes_the_last_log(parts, qtbot):
    today = parts.window.screen_widget("today")
    qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)
    parts.controller.clock.advance(seconds=5)
    qtbot.mouseClick(today.minus_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(today.undo_button, Qt.MouseButton.LeftButton)
    assert [e.positive for e in rows(parts)] == [True]
    assert today.negative_count.text() == "0"
    assert "Removed the last negative" in today.feedback_label.text()


def test_keyboard_shortcuts_log(parts, qtbot):
    today = parts.window.screen_widget("today")
    today.plus_button.setFocus()
    qtbot.keyClick(today.plus_button, Qt.Key.Key_Plus)
    qtbot.keyClick(today.plus_button, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(today.plus_button, Qt.Key.Key_Minus)
    qtbot.keyClick(today.plus_button, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert (today.positive_count.text(), today.negative_count.text()) == ("2", "2")
    assert len(rows(parts)) == 4


def test_typing_a_minus_in_the_note_does_not_log(parts, qtbot):
    today = parts.window.screen_widget("today")
    today.note_edit.setFocus()
    qtbot.keyClicks(today.note_edit, "re-sent - twice")
    assert today.note_edit.text() == "re-sent - twice"
    assert rows(parts) == []


def test_ctrl_z_undoes_from_the_menu(parts, qtbot):
    today = parts.window.screen_widget("today")
    qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)
    parts.window.app_actions.undo.trigger()
    assert rows(parts) == []
    assert today.positive_count.text() == "0"


def test_a_log_before_the_day_start_hour_counts_for_yesterday(parts, qtbot):
    today = parts.window.screen_widget("today")
    local = parts.controller.clock().astimezone()
    parts.controller.clock.now = local.replace(hour=3, minute=30).astimezone(dt.UTC)
    qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)
    assert parts.controller.today_day() == local.date() - dt.timedelta(days=1)
    parts.controller.clock.now = local.replace(hour=4, minute=30).astimezone(dt.UTC)
    today.refresh()
    assert today.positive_count.text() == "0"


def test_a_failed_write_shows_a_banner_and_keeps_the_count(parts, qtbot):
    today = parts.window.screen_widget("today")
    parts.store.conn.execute("PRAGMA query_only = ON")
    qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)
    parts.store.conn.execute("PRAGMA query_only = OFF")
    assert parts.window.banner.isVisible()
    assert "nothing was changed" in parts.window.banner.label.text()
    assert today.positive_count.text() == "0"


def test_topic_completion_offers_recent_topics(parts, qtbot):
    parts.controller.log_interaction(False, "late delivery")
    parts.controller.log_interaction(False, "billing")
    parts.controller.log_interaction(False, "billing")
    today = parts.window.screen_widget("today")
    today.topic_edit.setFocus()
    qtbot.waitUntil(lambda: today.topic_model.rowCount() == 2)
    assert today.topic_model.stringList() == ["billing", "late delivery"]


def focused():
    from PySide6.QtWidgets import QApplication

    return QApplication.focusWidget()


def test_plus_and_minus_work_as_soon_as_the_window_opens(parts, qtbot):
    parts.window.activateWindow()
    qtbot.waitUntil(lambda: focused() is not None)
    qtbot.keyClick(focused(), Qt.Key.Key_Plus)
    qtbot.keyClick(focused(), Qt.Key.Key_Minus)
    assert [e.positive for e in rows(parts)] == [False, True]
    today = parts.window.screen_widget("today")
    assert (today.positive_count.text(), today.negative_count.text()) == ("1", "1")


def test_ctrl_up_and_down_log_from_any_screen(parts, qtbot):
    parts.window.activateWindow()
    history = parts.window.show_screen("history")
    history.setFocus()
    qtbot.keyClick(history, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(history, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert sorted(e.positive for e in rows(parts)) == [False, True]
    assert "Ctrl+Up" in parts.window.app_actions.log_positive.shortcut().toString()


def test_going_to_today_by_keyboard_puts_the_keys_on_plus(parts, qtbot):
    parts.window.activateWindow()
    parts.window.sidebar.setFocus()
    qtbot.keyClick(parts.window.sidebar, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert parts.window.current_screen_key() == "history"
    qtbot.keyClick(focused(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert parts.window.current_screen_key() == "today"
    qtbot.keyClick(focused(), Qt.Key.Key_Plus)
    assert [e.positive for e in rows(parts)] == [True]


def test_ctrl_z_on_another_screen_leaves_todays_logs_alone(parts, qtbot):
    parts.window.activateWindow()
    parts.controller.log_interaction(True)
    history = parts.window.show_screen("history")
    button = history.range_group.button(90)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(rows(parts)) == 1

    today = parts.window.show_screen("today")
    today.plus_button.setFocus()
    qtbot.keyClick(today.plus_button, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert rows(parts) == []
    assert today.positive_count.text() == "0"


def test_a_long_note_is_cut_in_the_list_and_whole_in_the_tooltip(parts, qtbot):
    today = parts.window.screen_widget("today")
    note = "The parcel never arrived and the customer waited three weeks for it " * 7
    today.topic_edit.setText("shipping")
    today.note_edit.setText(note[:500])
    qtbot.mouseClick(today.minus_button, Qt.MouseButton.LeftButton)
    [entry] = rows(parts)
    assert entry.note == note[:500].strip()
    item = today.recent_list.item(0)
    assert entry.note in item.toolTip()
    assert not today.recent_list.horizontalScrollBar().isVisible()
    shown = today.recent_list.visualItemRect(item)
    assert shown.width() <= today.recent_list.viewport().width()


def test_an_empty_day_shows_no_state_mark(parts, qtbot):
    from companion.core.ratio import State
    from companion.ui import icons

    today = parts.window.screen_widget("today")
    shown = today.state_icon.pixmap().toImage()
    assert shown == icons.app_icon().pixmap(32, 32).toImage()
    assert shown != icons.state_icon(State.AT).pixmap(32, 32).toImage()
    qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)
    assert (
        today.state_icon.pixmap().toImage()
        == icons.state_icon(State.ABOVE).pixmap(32, 32).toImage()
    )


def test_other_features_add_their_rows_to_today_through_its_own_method(parts, qtbot):
    from PySide6.QtWidgets import QFrame, QLabel

    from companion.ui.check_tools import CheckNumbersRow
    from companion.ui.today import TodayScreen

    today = parts.window.screen_widget("today")
    [row] = today.stat_rows()  # the reply checker's, added at start-up
    assert isinstance(row, CheckNumbersRow) and row.objectName() == "coolOffsToday"
    assert row.text() == "Replies checked: 0 · Cool-offs taken: 0 · skipped: 0"
    assert row.isVisible() and row.parent() is today
    # where it always was: under the state, above the topic field
    state = today.findChild(QFrame, "stateFrame")
    topic_top = today.topic_edit.mapTo(today, today.topic_edit.rect().topLeft()).y()
    assert state.geometry().bottom() < row.geometry().top() < topic_top

    # a screen of its own, with a row from nobody in particular
    alone = TodayScreen(parts.controller)
    qtbot.addWidget(alone)
    extra = QLabel("Reflections this week: 2")
    alone.add_stat_row(extra)
    assert alone.stat_rows() == [extra] and extra.parent() is alone


def test_a_check_counted_by_another_process_shows_in_the_open_window(parts, qtbot, tmp_path):
    import subprocess
    import sys

    # the command counts the check at the real time: make that the window's today too
    parts.controller.clock.now = dt.datetime.now(dt.UTC)
    today = parts.window.screen_widget("today")
    [row] = today.stat_rows()
    assert "Replies checked: 0" in row.text()
    draft = tmp_path / "draft.txt"
    draft.write_text("No. You are wrong, as I already said!!!", encoding="utf-8")
    # `companion check FILE` with no app listening: it counts the check itself
    result = subprocess.run(
        [sys.executable, "-m", "companion", "check", str(draft)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    qtbot.waitUntil(lambda: "Replies checked: 1 ·" in row.text(), timeout=2500)


# --- what Today says, and for how long ----------------------------------------------------


def test_what_the_last_action_said_goes_when_the_next_one_happens(parts, qtbot):
    today = parts.window.show_screen("today")
    qtbot.mouseClick(today.minus_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(today.undo_button, Qt.MouseButton.LeftButton)
    assert today.feedback_label.text() == "Removed the last negative log."
    # Ten minutes later, logs come from the tray, a key and the command line: the removal
    # is old news, and nothing on Today may still say it.
    parts.controller.clock.advance(minutes=10)
    parts.tray.menu.actions()[0].trigger()
    assert today.feedback_label.text() == ""
    qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)
    assert today.feedback_label.text().startswith("Logged positive at ")
    parts.window.app_actions.log_negative.trigger()
    assert today.feedback_label.text() == ""
    qtbot.mouseClick(today.undo_button, Qt.MouseButton.LeftButton)
    assert today.feedback_label.text() == "Removed the last negative log."
    parts.controller.day_changed.emit()
    assert today.feedback_label.text() == ""


def test_the_day_is_said_in_words_a_person_would_use(parts, qtbot):
    today = parts.window.show_screen("today")
    for _ in range(2):
        qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)
    assert today.ratio_label.text() == "–", "2 positives and no negative is not a ratio of 2 : 0"
    assert today.needed_label.text() == "No negative conversations yet today."
    assert "2 positives, no negatives yet" in parts.tray.tooltip()
    qtbot.mouseClick(today.minus_button, Qt.MouseButton.LeftButton)
    assert today.ratio_label.text() == "2 : 1"
    assert today.needed_label.text() == "One more positive conversation and you're at your target."
    tooltip = parts.tray.tooltip()
    assert "2 positives, 1 negative: 2 to 1 (target 3 to 1)" in tooltip
    assert " : " not in tooltip.split("\n")[1]
    qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)
    assert today.needed_label.text() == "You have reached your target. Nice work."


# --- nothing moves under the pointer ------------------------------------------------------


def screen_position(widget):
    return widget.mapToGlobal(widget.rect().topLeft())


def test_a_banner_after_a_negative_log_waits_until_the_clicking_is_done(parts, qtbot):
    """The banner takes a row of its own and pushes the screen down, so it does not come
    while the mouse is at work: a quick second click on − still lands on −."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QCursor

    from companion.services import happy as happy_service

    happy_service.add_happy(parts.controller, "Thank you for your patience")
    parts.window.resize(960, 640)
    today = parts.window.show_screen("today")
    qtbot.waitUntil(lambda: parts.window.width() == 960)
    watched = (today.plus_button, today.minus_button, today.note_edit, today.topic_edit)
    before = {widget: (screen_position(widget), widget.size()) for widget in watched}
    QCursor.setPos(screen_position(today.minus_button) + QPoint(20, 20))  # on −
    try:
        qtbot.mouseClick(today.minus_button, Qt.MouseButton.LeftButton)
        banner = parts.window.banner
        assert banner.is_waiting() and not banner.isVisible()
        qtbot.wait(banner.QUIET_MS // 3)
        qtbot.mouseClick(today.minus_button, Qt.MouseButton.LeftButton)
        assert today.negative_count.text() == "2", "the second click went elsewhere"
        assert banner.is_waiting() and not banner.isVisible()
        assert {widget: (screen_position(widget), widget.size()) for widget in watched} == before

        qtbot.waitUntil(banner.isVisible, timeout=banner.QUIET_MS * 3)
        assert "tough" in banner.label.text() and not banner.is_waiting()
        qtbot.wait(20)
        shown = banner.rect().translated(screen_position(banner))
        for widget in watched:
            area = widget.rect().translated(screen_position(widget))
            assert not area.intersects(shown)
            assert area.top() - before[widget][0].y() >= banner.height(), "not pushed down"
        banner.close_button.click()
        qtbot.wait(20)
        assert {widget: (screen_position(widget), widget.size()) for widget in watched} == before
    finally:
        QCursor.setPos(QPoint(0, 0))


def test_a_banner_waits_while_the_mouse_is_at_work_over_the_screens(parts, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QCursor

    banner = parts.window.banner
    stack = parts.window.stack
    sidebar = parts.window.sidebar
    QCursor.setPos(stack.mapToGlobal(QPoint(stack.width() // 2, 10)))
    try:
        parts.window.show_banner("Something to read")
        assert not banner.isVisible() and banner.is_waiting()
        for _ in range(3):  # each click keeps it waiting
            qtbot.wait(banner.QUIET_MS // 3)
            qtbot.mouseClick(stack, Qt.MouseButton.LeftButton, pos=QPoint(stack.width() // 2, 10))
            assert not banner.isVisible(), "shown while the mouse was at work"
        qtbot.waitUntil(banner.isVisible, timeout=banner.QUIET_MS * 3)  # the mouse rests
        assert banner.label.text() == "Something to read" and not banner.is_waiting()

        banner.close_button.click()
        qtbot.wait(20)  # the screens back in the banner's row
        QCursor.setPos(stack.mapToGlobal(QPoint(stack.width() // 2, 10)))
        parts.window.show_banner("Something else")
        assert banner.is_waiting()
        QCursor.setPos(sidebar.mapToGlobal(QPoint(5, 5)))  # the pointer leaves the screens
        qtbot.waitUntil(banner.isVisible, timeout=banner.POINTER_CHECK_MS * 3)
        assert banner.label.text() == "Something else"

        banner.close_button.click()
        parts.window.show_banner("A third")  # with the pointer away from the screens: at once
        assert banner.isVisible() and not banner.is_waiting()
    finally:
        QCursor.setPos(QPoint(0, 0))


def test_undo_does_not_lift_the_bottom_of_the_window(parts, qtbot):
    today = parts.window.screen_widget("today")
    qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)
    before = today.geometry()
    parts.window.app_actions.undo.trigger()  # its message goes to the status bar
    qtbot.wait(50)
    assert today.geometry() == before


def test_plus_and_minus_share_their_row_half_and_half(parts):
    today = parts.window.screen_widget("today")
    plus, minus = today.plus_button.geometry(), today.minus_button.geometry()
    assert abs(plus.width() - minus.width()) <= 1
    row = today.contentsRect().width() - sum(today.layout().getContentsMargins()[::2])
    assert plus.width() + minus.width() + today.layout().spacing() >= row - 2
    assert plus.height() == minus.height() == 64
