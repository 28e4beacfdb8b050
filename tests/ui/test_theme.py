"""Dark mode follows the colour scheme: a dark palette where the system's is still light, the
system's own back when it turns light, style sheets and the chart drawn from the new palette,
and every text colour of the dark palette readable (WCAG AA)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from companion.ui import theme


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, other: QColor) -> float:
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.fixture
def follower(qapp: QApplication) -> Iterator[theme.SchemeFollower]:
    following = theme.follow(qapp)
    yield following
    following.force(None)


@pytest.mark.parametrize(
    ("text", "background"),
    [
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
        (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
        (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
        (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    ],
)
def test_the_dark_palette_reads_well(text: QPalette.ColorRole, background: QPalette.ColorRole):
    palette = theme.dark_palette()
    assert theme.is_dark(palette)
    assert contrast(palette.color(text), palette.color(background)) >= 4.5


def test_a_dark_scheme_gets_a_dark_palette_and_light_gives_the_system_one_back(
    parts, follower, qtbot
):
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light_window = app.palette().color(QPalette.ColorRole.Window)
    assert not theme.is_dark(app.palette())  # the offscreen platform's palette
    sidebar = parts.window.sidebar
    with qtbot.waitSignal(follower.scheme_changed) as changed:
        follower.force(Qt.ColorScheme.Dark)
    assert changed.args == [True]
    assert theme.is_dark(app.palette()) and app.style().name().lower() == "fusion"
    # The sidebar's style sheet (palette(window)) is drawn with the dark palette at once.
    corner = sidebar.grab().toImage().pixelColor(sidebar.width() - 2, sidebar.height() - 2)
    assert corner.lightnessF() < 0.3

    with qtbot.waitSignal(follower.scheme_changed) as changed:
        follower.force(Qt.ColorScheme.Light)
    assert changed.args == [False]
    assert app.palette().color(QPalette.ColorRole.Window) == light_window
    corner = sidebar.grab().toImage().pixelColor(sidebar.width() - 2, sidebar.height() - 2)
    assert corner.lightnessF() > 0.7


def test_the_system_scheme_is_followed_when_nothing_is_forced(follower, qtbot, monkeypatch):
    app = follower.app
    monkeypatch.setattr(follower, "scheme", lambda: Qt.ColorScheme.Dark)
    with qtbot.waitSignal(follower.scheme_changed):
        app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.is_dark(app.palette())
    monkeypatch.setattr(follower, "scheme", lambda: Qt.ColorScheme.Unknown)
    with qtbot.waitSignal(follower.scheme_changed):
        app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Unknown)
    assert not theme.is_dark(app.palette())


def test_a_palette_that_is_already_dark_is_left_alone(follower, qtbot):
    app = follower.app
    system_dark = theme.dark_palette()
    system_dark.setColor(QPalette.ColorRole.Window, QColor("#101010"))
    app.setPalette(system_dark)  # as KDE's dark colours would arrive
    try:
        follower.force(Qt.ColorScheme.Dark)
        assert not follower.own_palette
        assert app.palette().color(QPalette.ColorRole.Window) == QColor("#101010")
    finally:
        follower.force(None)
        app.setPalette(QPalette())


def test_there_is_one_follower_per_application(qapp):
    assert theme.follow(qapp) is theme.follow(qapp)


def test_the_history_chart_takes_its_colours_from_the_dark_palette(parts, follower, qtbot):
    from companion.core.chart import Role
    from companion.ui.chart import role_colours

    screen = parts.window.show_screen("history")
    follower.force(Qt.ColorScheme.Dark)
    chart = screen.ratio_chart
    qtbot.waitUntil(lambda: theme.is_dark(chart.palette()))  # handed down after an event turn
    colours = role_colours(chart.palette())  # read at each paint
    assert colours[Role.TICK].lightnessF() > 0.7 and colours[Role.TARGET].lightnessF() > 0.7


def test_an_error_message_reads_on_light_and_dark_and_follows_the_scheme(follower, qtbot):
    from PySide6.QtWidgets import QLabel

    from companion.ui import style

    label = style.error_text(QLabel("Could not save: the disk is full."))
    qtbot.addWidget(label)

    def text_on_window() -> float:
        palette = label.palette()
        return contrast(
            palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
        )

    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(style.ERROR_ON_LIGHT)
    assert text_on_window() >= 4.5
    follower.force(Qt.ColorScheme.Dark)
    qtbot.waitUntil(lambda: theme.is_dark(label.palette()))
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(style.ERROR_ON_DARK)
    assert text_on_window() >= 4.5
    follower.force(Qt.ColorScheme.Light)
    qtbot.waitUntil(lambda: not theme.is_dark(label.palette()))
    assert label.palette().color(QPalette.ColorRole.WindowText) == QColor(style.ERROR_ON_LIGHT)
