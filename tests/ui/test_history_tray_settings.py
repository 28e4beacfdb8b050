import datetime as dt
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from companion.core import chart
from companion.core.chart import Role
from companion.core.reflection import Reflection
from companion.services import Subject
from companion.services import reflection as reflection_service
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


def bars(history):
    return {bar.index: bar for bar in history.ratio_chart.drawing.bars}


def index_of(history, back):
    """The chart's index of the day ``back`` days before today."""
    return len(history.history) - 1 - back


def test_chart_has_one_bar_per_day_with_a_ratio_and_a_target_line(parts, qtbot):
    seed(parts, {0: (3, 1, None), 1: (1, 1, "billing"), 3: (5, 0, None), 40: (2, 1, None)})
    history = parts.window.show_screen("history")
    drawing = history.ratio_chart.drawing
    assert len(drawing.slots) == 30 and sorted(bars(history)) == [28, 29]
    assert bars(history)[29].role is Role.ABOVE and bars(history)[28].role is Role.BELOW
    (no_negative,) = drawing.markers  # 5 : 0 has no ratio: a mark above the axis, not a bar
    assert no_negative.index == index_of(history, 3) and no_negative.y < drawing.plot.y
    (target,) = [line for line in drawing.lines if line.role is Role.TARGET]
    assert target.points[0][0] == drawing.plot.x and target.points[1][0] == drawing.plot.right
    qtbot.mouseClick(history.range_group.button(90), Qt.MouseButton.LeftButton)
    assert len(history.ratio_chart.drawing.slots) == 90 and len(bars(history)) == 3
    assert "Current streak: 1" in history.streak_label.text()


def test_a_day_above_the_axis_is_drawn_broken_with_its_value(parts, qtbot):
    seed(parts, {1: (16, 1, None), 2: (2, 1, None)})
    history = parts.window.show_screen("history")
    day = index_of(history, 1)
    drawing = history.ratio_chart.drawing
    assert bars(history)[day].box.y == pytest.approx(drawing.plot.y)
    assert ("16", day) in [(t.text, t.index) for t in drawing.texts if t.role is Role.TALLER]
    assert "Taller than the axis" in history.ratio_legend.texts()

    parts.controller.update_settings(replace(parts.controller.settings, target=4.0))
    drawing = history.ratio_chart.drawing
    plot = drawing.plot
    top = chart.ratio_scale(history.history, 4.0).top
    drawn_at = (plot.bottom - bars(history)[day].box.y) / plot.height * top
    assert drawn_at == pytest.approx(16.0)
    assert "Taller than the axis" not in history.ratio_legend.texts()
    assert "Target 4 : 1" in history.ratio_legend.texts()


def test_legend_has_one_entry_per_meaning(parts, qtbot):
    seed(parts, {0: (3, 1, None), 1: (1, 1, None), 2: (4, 0, None)})
    history = parts.window.show_screen("history")
    texts = history.ratio_legend.texts()
    assert texts == [
        "At or above target",
        "Below target",
        "No negative (n : 0, no ratio)",
        "Target 3 : 1",
    ]


def test_pointing_at_a_day_reads_it_out(parts, qtbot):
    seed(parts, {0: (16, 1, None)})
    history = parts.window.show_screen("history")
    history.ratio_chart.setFocus()
    qtbot.keyClick(history.ratio_chart, Qt.Key.Key_End)
    assert "16 positive, 1 negative: 16 : 1, above target" in history.readout.text()
    assert history.ratio_chart.tip(29).endswith(
        "16 positive, 1 negative: 16 : 1, above target (target 3 : 1)"
    )
    assert history.feelings_chart.current == 29  # the mood chart marks the same day
    qtbot.keyClick(history.ratio_chart, Qt.Key.Key_Left)
    assert "no logs" in history.readout.text()
    description = history.ratio_chart.accessibleDescription()
    assert "30 days: 1 with logs, 1 at or above the target 3 : 1" in description
    assert history.ratio_chart.accessibleName() == "Daily ratio chart"


def test_clicking_a_day_opens_its_logs_and_reflection(parts, qtbot):
    seed(parts, {2: (2, 1, "billing")})
    day = parts.controller.today_day() - dt.timedelta(days=2)
    reflection_service.save_reflection(
        parts.controller, Reflection(day, 2, 4, well="Fixed the refund", hard="A long call")
    )
    history = parts.window.show_screen("history")
    slot = history.ratio_chart.drawing.slots[index_of(history, 2)]
    where = QPoint(
        int((slot.left + slot.right) / 2), int(history.ratio_chart.drawing.plot.bottom - 2)
    )
    qtbot.mouseClick(history.ratio_chart, Qt.MouseButton.LeftButton, pos=where)
    dialog = history.day_dialog
    assert dialog is not None and dialog.isVisible() and dialog.day == day
    model = dialog.logs_model
    kinds = [model.item(row, 1).text() for row in range(model.rowCount())]
    assert kinds == ["+ positive", "+ positive", "− negative"]
    assert model.item(2, 2).text() == "billing"
    assert "2 positive, 1 negative: 2 : 1, below target" in dialog.summary.text()
    assert "Mood 2 of 5 · Energy 4 of 5" in dialog.reflection.text()
    assert "What went well: Fixed the refund" in dialog.reflection.text()
    parts.controller.log_interaction(False)  # today, not the day shown: the dialog stays
    assert model.rowCount() == 3
    dialog.close()


def test_mood_and_energy_over_time_say_what_happened(parts, qtbot):
    today = parts.controller.today_day()
    for back, mood in zip(range(5, 0, -1), (5, 1, 2, 3, 4), strict=True):
        reflection_service.save_reflection(
            parts.controller, Reflection(today - dt.timedelta(days=back), mood, 3)
        )
    history = parts.window.show_screen("history")
    assert history.feelings_chart.isVisible()
    drawing = history.feelings_chart.drawing
    mood = [m.index for m in drawing.markers if m.role is Role.MOOD]
    assert mood == [index_of(history, back) for back in range(5, 0, -1)]
    summary = history.feelings_summary.text()
    assert "Mood went from 1 to 5 (average 3.0, 5 entries)" in summary
    assert "the biggest change was 5 → 1" in summary
    assert "Energy was 3 every time (5 entries)." in summary
    assert history.feelings_chart.tip(index_of(history, 4)).endswith("mood 1 of 5, energy 3 of 5")


def test_without_reflections_the_mood_chart_says_so(parts, qtbot):
    history = parts.window.show_screen("history")
    assert not history.feelings_chart.isVisible()
    assert "No mood or energy noted in these 30 days" in history.feelings_summary.text()


def test_the_chart_grows_with_the_window(parts, qtbot):
    history = parts.window.show_screen("history")
    parts.window.resize(1000, 700)
    qtbot.waitUntil(lambda: history.ratio_chart.width() > 600)
    small = history.ratio_chart.height()
    parts.window.resize(1600, 1200)
    qtbot.waitUntil(lambda: history.ratio_chart.height() > small + 250)
    assert history.ratio_chart.drawing.plot.height > history.ratio_chart.height() * 0.6


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
    assert menu_texts[:2] == ["Log positive", "Log negative"]
    assert "Open Companion" in menu_texts and "Quit Companion" in menu_texts
    today = parts.window.screen_widget("today")
    parts.tray.menu.actions()[0].trigger()
    parts.tray.menu.actions()[0].trigger()
    parts.tray.menu.actions()[1].trigger()
    assert (today.positive_count.text(), today.negative_count.text()) == ("2", "1")
    assert "2 positives, 1 negative: 2 to 1" in parts.tray.tooltip()
    assert "Below target" in parts.tray.tooltip()
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
        assert "2 positives" in built.tray.tooltip()
        assert len(history.ratio_chart.drawing.bars) + len(history.ratio_chart.drawing.markers) == 1

        clock.advance(minutes=1)  # 04:00:59: a new day has begun
        qtbot.waitUntil(lambda: "no logs yet today" in built.tray.tooltip(), timeout=4000)
        assert today.positive_count.text() == "0"
        assert today.recent_list.count() == 0
        assert built.controller.today_day() == local_noon.date() + dt.timedelta(days=1)
        # yesterday's mark is still on the chart, one day further back
        (mark,) = history.ratio_chart.drawing.markers
        assert mark.index == 28
        assert history.history[-1].day == built.controller.today_day()
        # yesterday's logs are kept, they just belong to yesterday now
        start, end = days.day_bounds(local_noon.date(), 4)
        assert len(ratio_store.interactions_between(built.store, start, end)) == 2
    finally:
        built.window.has_tray = True
        built.window.close()
        built.tray.icon.hide()
        built.store.close()
