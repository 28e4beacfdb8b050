"""The chart widget: it paints what the layout says, in the palette's colours, and the mouse and
keyboard reach every day."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from companion.core import chart
from companion.core.chart import Role
from companion.core.ratio import DayRatio
from companion.ui.chart import ChartLegend, ChartView, role_colours

TODAY = dt.date(2026, 11, 30)
COUNTS = {29: (9, 1), 28: (1, 2), 27: (5, 0)}  # index: (positive, negative)


def history():
    return [
        DayRatio(TODAY - dt.timedelta(days=29 - i), *COUNTS.get(i, (0, 0)), 3.0) for i in range(30)
    ]


def day_text(day: dt.date, month_only: bool) -> str:
    return day.strftime("%b" if month_only else "%d %b")


@pytest.fixture
def view(qtbot):
    widget = ChartView()
    qtbot.addWidget(widget)
    days = history()
    widget.set_plot(
        lambda metrics: chart.layout_ratio(days, 3.0, metrics, day_text),
        [f"tip {i}" for i in range(30)],
        "thirty days",
    )
    widget.resize(640, 260)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in [
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#171717"),
        (QPalette.ColorRole.Text, "#e8eaed"),
    ]:
        palette.setColor(role, QColor(colour))
    return palette


def pixel(view: ChartView, x: float, y: float) -> QColor:
    return view.grab().toImage().pixelColor(int(x), int(y))


def bar(view: ChartView, index: int):
    return next(b for b in view.drawing.bars if b.index == index)


def close(a: QColor, b: QColor) -> bool:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) < 8


def test_layout_follows_the_size(view, qtbot):
    before = view.drawing.plot
    view.resize(1200, 600)
    qtbot.waitUntil(lambda: view.drawing.plot.height > before.height * 2)
    assert view.drawing.plot.width > before.width


def test_bars_are_painted_in_the_palette_colours_light_and_dark(view):
    above = bar(view, 29).box
    x, y = above.x + above.width / 2, above.bottom - 3
    light = role_colours(view.palette())
    assert close(pixel(view, x, y), light[Role.ABOVE])

    view.setPalette(dark_palette())
    dark = role_colours(view.palette())
    assert dark[Role.ABOVE].lightness() > light[Role.ABOVE].lightness()
    assert dark[Role.TICK] == QColor("#e8eaed")  # text follows the palette
    assert close(pixel(view, x, y), dark[Role.ABOVE])
    assert pixel(view, 2, 2).lightness() < 60  # the window behind stays dark


def test_keyboard_moves_through_every_day_and_opens_one(view, qtbot):
    seen = []
    view.current_changed.connect(seen.append)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    assert view.current == 29  # the keyboard lands on today
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current == 28 and QToolTip.text() == "tip 28"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.current == 0
    qtbot.keyClick(view, Qt.Key.Key_Left)
    assert view.current == 0  # stays on the first day
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    assert view.current == 7
    qtbot.keyClick(view, Qt.Key.Key_End)
    with qtbot.waitSignal(view.activated) as opened:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened.args == [29]
    assert seen[:3] == [28, 0, 7]


def test_hover_shows_the_day_and_a_click_opens_it(view, qtbot):
    slot = view.drawing.slots[28]
    middle = QPoint(int((slot.left + slot.right) / 2), int(view.drawing.plot.bottom - 5))
    # a move event of its own: the offscreen platform's cursor may already be there
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(middle),
        QPointF(view.mapToGlobal(middle)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, move)
    assert view.current == 28
    help_event = QHelpEvent(QEvent.Type.ToolTip, middle, view.mapToGlobal(middle))
    QApplication.sendEvent(view, help_event)
    assert QToolTip.text() == "tip 28"
    with qtbot.waitSignal(view.activated) as opened:
        qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=middle)
    assert opened.args == [28]
    QToolTip.hideText()


def test_accessible_description_is_the_one_given(view):
    assert view.accessibleDescription() == "thirty days"


def test_legend_lists_each_meaning_once(qtbot):
    legend = ChartLegend()
    qtbot.addWidget(legend)
    legend.add_entry("above", Role.ABOVE, "At or above target")
    legend.add_entry("below", Role.BELOW, "Below target")
    legend.add_entry("target", Role.TARGET, "Target 3 : 1")
    legend.set_shown("below", False)
    assert legend.texts() == ["At or above target", "Target 3 : 1"]
