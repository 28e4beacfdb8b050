"""The tray: its badge says above, at or below the target by a mark as well as by colour, and
its menu shows no key the hidden window would not hear, pointing to the desktop's keys."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QStyleOptionMenuItem

from companion import desktop
from companion.core.ratio import DayRatio, State
from companion.ui import icons

TODAY = dt.date(2026, 3, 2)


def light_pixels(day: DayRatio, size: int) -> set[tuple[int, int]]:
    """Where the badge is white (its number and its mark): its shape without its colour."""
    image = icons.tray_icon(day).pixmap(size, size).toImage()
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    return {
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if QColor(image.pixel(x, y)).lightness() > 200 and QColor(image.pixel(x, y)).alpha() > 128
    }


@pytest.mark.parametrize("size", [22, 64])
def test_the_badge_shows_the_state_without_colour(qapp, size):
    # The same "3" on each badge: only the state differs.
    above = DayRatio(TODAY, 3, 1, 2.0)
    at = DayRatio(TODAY, 3, 1, 3.0)
    below = DayRatio(TODAY, 3, 1, 4.0)
    assert [d.state for d in (above, at, below)] == [State.ABOVE, State.AT, State.BELOW]
    assert {icons.badge_text(d) for d in (above, at, below)} == {"3"}
    shapes = [light_pixels(day, size) for day in (above, at, below)]
    for one, other in ((0, 1), (0, 2), (1, 2)):
        differing = shapes[one] ^ shapes[other]
        assert len(differing) >= size // 2, (one, other)

    # Above points up, below points down: more of the mark at its wide end.
    def weight_by_half(pixels, top):  # type: ignore[no-untyped-def]
        mark = [(x, y) for x, y in pixels if y > size * 0.62]
        middle = size * 0.76
        return sum(1 for _x, y in mark if (y < middle) == top)

    assert weight_by_half(shapes[0], top=False) > weight_by_half(shapes[0], top=True)
    assert weight_by_half(shapes[2], top=True) > weight_by_half(shapes[2], top=False)


def shown_text(menu, action) -> str:  # type: ignore[no-untyped-def]
    option = QStyleOptionMenuItem()
    menu.initStyleOption(option, action)
    return option.text


# A menu opened from the menu bar grabs the keyboard, which the offscreen platform cannot do.
@pytest.mark.qt_log_ignore("does not support grabbing the keyboard")
def test_the_tray_menu_shows_no_key_the_hidden_window_would_not_hear(parts, qtbot):
    menu = parts.tray.menu
    keyed = [a for a in menu.actions() if not a.shortcut().isEmpty()]
    assert len(keyed) >= 4, "Log, Settings, Quit and the quick actions have window keys"
    for action in keyed:
        assert "\t" not in shown_text(menu, action), action.text()
    # The window's own menus, opened from its menu bar, still show them.
    log_menu = parts.window.log_menu
    parts.window.menuBar().setActiveAction(log_menu.menuAction())
    qtbot.waitUntil(log_menu.isVisible)
    assert shown_text(log_menu, parts.window.app_actions.log_positive).endswith("\tCtrl+Up")
    log_menu.close()


def test_keys_for_the_desktop_offers_the_launcher_and_says_how_to_bind_its_actions(
    parts, qtbot, monkeypatch
):
    keys = parts.tray.desktop_keys
    assert keys in parts.tray.menu.actions()
    monkeypatch.setattr(desktop, "supported", lambda platform=None: True)
    parts.window.hide()
    keys.trigger()
    assert parts.window.isVisible()
    banner = parts.window.banner
    assert banner.isVisible() and "app launcher" in banner.label.text()
    assert banner.action.text() == "Add to launcher"
    qtbot.mouseClick(banner.action, Qt.MouseButton.LeftButton)
    assert desktop.is_installed()
    assert "Companion is in your app launcher" in banner.label.text()
    assert "log +" in banner.label.text()
    keys.trigger()
    assert "Companion is in your app launcher" in banner.label.text()
