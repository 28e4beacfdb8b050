import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from companion.services import Subject
from companion.store import ratio as ratio_store
from companion.ui.settings_dialog import SettingsDialog


def seed(parts, days_back_counts):
    noon = parts.controller.clock()
    for back, (pos, neg, topic) in days_back_counts.items():
        when = noon - dt.timedelta(days=back)
        for _ in range(pos):
            ratio_store.log_interaction(parts.store, True, when)
        for _ in range(neg):
            ratio_store.log_interaction(parts.store, False, when, topic=topic)
    parts.controller.changes.announce(Subject.INTERACTIONS)


def test_chart_has_one_point_per_day_with_logs_and_a_target_line(parts, qtbot):
    seed(parts, {0: (3, 1, None), 1: (1, 1, "billing"), 3: (5, 0, None), 40: (2, 1, None)})
    history = parts.window.show_screen("history")
    assert history.ratio_series.count() == 3  # the 40-days-ago point is outside 30 days
    values = sorted(p.y() for p in history.ratio_series.points())
    assert values[0] == 1.0 and values[1] == 3.0
    target = history.target_series.points()
    assert len(target) == 2 and target[0].y() == target[1].y() == 3.0
    qtbot.mouseClick(history.range_group.button(90), Qt.MouseButton.LeftButton)
    assert history.ratio_series.count() == 4
    assert "Current streak: 1" in history.streak_label.text()


def test_complaint_trends_table(parts, qtbot):
    seed(parts, {0: (0, 2, "late delivery"), 2: (0, 1, "billing"), 9: (0, 3, "billing")})
    history = parts.window.show_screen("history")
    model = history.trends_model
    table = {
        model.item(r, 0).text(): (model.item(r, 1).text(), model.item(r, 2).text())
        for r in range(model.rowCount())
    }
    assert table == {"late delivery": ("2", "0"), "billing": ("1", "3")}
    assert model.item(0, 0).text() == "late delivery"


def test_tray_menu_actions_run_the_same_code(parts, qtbot):
    menu_texts = [a.text() for a in parts.tray.menu.actions() if a.text()]
    assert menu_texts[:2] == ["Log positive (+)", "Log negative (−)"]
    assert "Open Companion" in menu_texts and "Quit Companion" in menu_texts
    today = parts.window.screen_widget("today")
    parts.tray.menu.actions()[0].trigger()
    parts.tray.menu.actions()[0].trigger()
    parts.tray.menu.actions()[1].trigger()
    assert (today.positive_count.text(), today.negative_count.text()) == ("2", "1")
    assert "2 : 1" in parts.tray.tooltip() and "Below target" in parts.tray.tooltip()
    parts.window.hide()
    next(a for a in parts.tray.menu.actions() if a.text() == "Open Companion").trigger()
    assert parts.window.isVisible()


def test_settings_dialog_changes_the_target_and_today_follows(parts, qtbot):
    today = parts.window.screen_widget("today")
    for positive in (True, True, False):
        parts.controller.log_interaction(positive)
    assert today.state_label.text() == "Below target"

    def fill_in():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SettingsDialog)
        page = dialog.pages[0]
        page.editors["target"].setValue(2.0)
        page.editors["day_start_hour"].setCurrentIndex(5)
        qtbot.mouseClick(
            dialog.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    QTimer.singleShot(50, fill_in)
    parts.window.app_actions.settings.trigger()
    assert parts.controller.settings.target == 2.0
    assert parts.controller.settings.day_start_hour == 5
    assert today.state_label.text() == "At target"
    assert today.target_label.text() == "target 2 : 1"
    from companion import settings

    assert settings.load().target == 2.0


def test_closing_without_a_tray_quits_and_with_a_tray_hides(parts, qtbot):
    quits = []
    parts.window.quit_requested.connect(lambda: quits.append(1))
    parts.window.has_tray = True
    parts.window.close()
    assert not parts.window.isVisible() and quits == []
    parts.window.show()
    parts.window.has_tray = False
    parts.window.close()
    assert quits == [1]


def mnemonics(widget):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QAbstractButton, QLabel

    found = []
    for child in widget.findChildren(QAbstractButton) + widget.findChildren(QLabel):
        if isinstance(child, QLabel) and child.buddy() is None:
            continue
        key = QKeySequence.mnemonic(child.text()).toString()
        if key:
            found.append(key)
    return found


def test_alt_keys_on_the_screens_do_not_clash_with_the_menus(parts, qtbot):
    from PySide6.QtGui import QKeySequence

    menus = [
        QKeySequence.mnemonic(action.text()).toString()
        for action in parts.window.menuBar().actions()
        if action.isVisible()
    ]
    assert len(menus) == len(set(menus))
    for key in ("today", "history", "check", "cooloff"):
        on_screen = mnemonics(parts.window.screen_widget(key))
        clashes = [k for k in on_screen if on_screen.count(k) > 1 or k in menus]
        assert clashes == [], key


def test_alt_p_on_today_goes_to_the_topic(parts, qtbot):
    parts.window.activateWindow()
    today = parts.window.screen_widget("today")
    today.plus_button.setFocus()
    qtbot.keyClick(today.plus_button, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    assert today.topic_edit.hasFocus()


def test_the_day_start_hour_passing_while_open_starts_a_new_day_everywhere(clock, qtbot):
    from companion import app
    from companion.core import days

    local_noon = clock().astimezone()
    end_of_day = days.day_bounds(local_noon.date(), 4)[1]
    clock.now = end_of_day - dt.timedelta(milliseconds=200)
    built = app.build(clock=clock)
    qtbot.addWidget(built.window)
    try:
        built.window.show()
        today = built.window.screen_widget("today")
        history = built.window.screen_widget("history")
        qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)
        assert "+2" in built.tray.tooltip()
        assert history.ratio_series.count() == 1

        clock.advance(minutes=1)  # 04:00:59: a new day has begun
        qtbot.waitUntil(lambda: "no logs yet today" in built.tray.tooltip(), timeout=4000)
        assert today.positive_count.text() == "0"
        assert today.recent_list.count() == 0
        assert built.controller.today_day() == local_noon.date() + dt.timedelta(days=1)
        # yesterday's point is still on the chart, one day further back
        assert history.ratio_series.count() == 1
        assert history.x_axis.max().date() == built.controller.today_day()
        # yesterday's logs are kept, they just belong to yesterday now
        start, end = days.day_bounds(local_noon.date(), 4)
        assert len(ratio_store.interactions_between(built.store, start, end)) == 2
    finally:
        built.window.has_tray = True
        built.window.close()
        built.tray.icon.hide()
        built.store.close()
