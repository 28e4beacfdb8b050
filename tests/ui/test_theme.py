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


@pytest.mark.parametrize(
    ("env", "platform", "needed"),
    [
        ({}, "linux", False),  # no desktop named
        ({"XDG_CURRENT_DESKTOP": "KDE"}, "linux", False),
        ({"XDG_CURRENT_DESKTOP": "XFCE"}, "linux", False),
        ({}, "darwin", False),
        ({}, "win32", True),  # windowsvista keeps a light palette in dark mode
        ({"XDG_CURRENT_DESKTOP": "GNOME"}, "linux", True),
        ({"XDG_CURRENT_DESKTOP": "ubuntu:GNOME"}, "linux", True),
        ({"XDG_CURRENT_DESKTOP": "Budgie:GNOME"}, "linux", True),
        ({"XDG_CURRENT_DESKTOP": "Unity"}, "linux", True),
        ({"XDG_CURRENT_DESKTOP": "Pantheon"}, "linux", True),
        ({"XDG_CURRENT_DESKTOP": "X-Cinnamon"}, "linux", True),
        ({"XDG_CURRENT_DESKTOP": "Cinnamon"}, "linux", True),
        ({"XDG_CURRENT_DESKTOP": "MATE"}, "linux", True),
        ({"XDG_CURRENT_DESKTOP": "KDE", "QT_QPA_PLATFORMTHEME": "xdgdesktopportal"}, "linux", True),
        ({"QT_QPA_PLATFORMTHEME": "gtk3"}, "linux", True),
        ({"QT_QPA_PLATFORMTHEME": "gnome"}, "linux", True),
        ({"QT_QPA_PLATFORMTHEME": "kde"}, "linux", False),
        ({"FLATPAK_ID": "org.example.Companion"}, "linux", True),
        ({"container": "flatpak"}, "linux", True),
        ({"SNAP": "/snap/companion/1"}, "linux", True),
        ({"XDG_CURRENT_DESKTOP": ""}, "linux", False),
    ],
)
def test_the_scheme_is_asked_before_the_first_paint_only_where_the_palette_may_not_say_it(
    env: dict[str, str], platform: str, needed: bool
):
    assert theme.scheme_needed_before_paint(env, platform) is needed


class System:
    """The colour scheme the system says, as a test sets it (None: what Qt says), and how
    often it was asked."""

    def __init__(self) -> None:
        self.scheme: Qt.ColorScheme | None = None
        self.asked = 0


@pytest.fixture
def no_follower_yet(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[System]:
    """The application as at start-up, with no follower made yet (the session's own one is
    set aside meanwhile), no desktop named, and the system's scheme as the test says."""
    from PySide6.QtCore import QObject

    for name in theme.DESKTOP_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    system = System()
    asked_qt = theme.SchemeFollower.scheme

    def scheme(follower: theme.SchemeFollower) -> Qt.ColorScheme:
        if follower.forced is None:
            system.asked += 1
            if system.scheme is not None:
                return system.scheme
        return asked_qt(follower)

    monkeypatch.setattr(theme.SchemeFollower, "scheme", scheme)
    old = qapp.findChild(QObject, theme._FOLLOWER)
    if old is not None:
        old.setParent(None)
    try:
        yield system
    finally:
        new = qapp.findChild(QObject, theme._FOLLOWER)
        if isinstance(new, theme.SchemeFollower):
            new.force(Qt.ColorScheme.Light)  # the system's palette and style back
            new.setParent(None)
            new.deleteLater()
        if old is not None:
            old.setParent(qapp)


def sidebar_corner_lightness(parts) -> float:
    sidebar = parts.window.sidebar
    image = sidebar.grab().toImage()
    return image.pixelColor(sidebar.width() - 2, sidebar.height() - 2).lightnessF()


def test_where_the_scheme_can_wait_a_dark_one_rethemes_the_window_just_after_its_first_paint(
    no_follower_yet, qapp, qtbot, clock
):
    from companion import app as companion_app

    system = no_follower_yet
    system.scheme = Qt.ColorScheme.Dark  # as a dark desktop other than GNOME's would say
    parts = companion_app.build(clock=clock, features=False, tray=False, settled=False)
    qtbot.addWidget(parts.window)
    try:
        follower = theme.follow(qapp, before_first_paint=True)
        assert not follower.settled and system.asked == 0
        parts.window.show()
        qtbot.waitExposed(parts.window)
        assert sidebar_corner_lightness(parts) > 0.7  # the first frame: the system's palette
        with qtbot.waitSignal(follower.scheme_changed) as changed:
            companion_app.settle(parts)  # what run() does once the window has painted
        assert changed.args == [True] and system.asked > 0
        assert theme.is_dark(qapp.palette()) and follower.settled
        assert sidebar_corner_lightness(parts) < 0.3
        # Heard from now on, as when the follower is made before the first paint.
        system.scheme = Qt.ColorScheme.Light
        with qtbot.waitSignal(follower.scheme_changed) as changed:
            qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
        assert changed.args == [False]
        assert sidebar_corner_lightness(parts) > 0.7
    finally:
        parts.window.has_tray = True  # closing must not quit the shared QApplication
        parts.window.close()
        parts.store.close()


def test_on_gnome_a_dark_scheme_is_there_before_the_first_paint(
    no_follower_yet, qapp, qtbot, clock, monkeypatch
):
    from companion import app as companion_app

    system = no_follower_yet
    system.scheme = Qt.ColorScheme.Dark
    monkeypatch.setenv("XDG_CURRENT_DESKTOP", "ubuntu:GNOME")
    parts = companion_app.build(clock=clock, features=False, tray=False, settled=False)
    qtbot.addWidget(parts.window)
    try:
        follower = theme.follow(qapp, before_first_paint=True)
        assert follower.settled and system.asked > 0 and theme.is_dark(qapp.palette())
        parts.window.show()
        qtbot.waitExposed(parts.window)
        assert sidebar_corner_lightness(parts) < 0.3  # dark from the first frame
    finally:
        parts.window.has_tray = True
        parts.window.close()
        parts.store.close()
