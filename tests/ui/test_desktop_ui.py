"""The app's side of the launcher: offered once, quietly, when the window has been open a while;
added from the banner or the Desktop settings page; and the CSV export's Excel option."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from companion import desktop, settings
from companion.ui.desktop_settings import DesktopPage
from companion.ui.desktop_tools import LauncherOffer

LEFT = Qt.MouseButton.LeftButton


def offer_of(parts) -> LauncherOffer:
    offer = parts.window.findChild(LauncherOffer)
    assert offer is not None
    return offer


def test_the_launcher_is_offered_once_and_added_from_the_banner(parts, qtbot):
    offer = offer_of(parts)
    banner = parts.window.banner
    assert offer.timer.isActive() and not banner.isVisible(), "not the first thing seen"
    offer.timer.start(0)
    qtbot.waitUntil(banner.isVisible)
    assert "app launcher" in banner.label.text()
    assert banner.action.text() == "Add to launcher"
    assert parts.controller.settings.offer_launcher is False
    assert settings.load().offer_launcher is False, "remembered across restarts"

    qtbot.mouseClick(banner.action, LEFT)
    assert desktop.is_installed()
    assert banner.isVisible() and "in the app launcher now" in banner.label.text()

    again = LauncherOffer(parts.window, delay_ms=0)
    assert not again.due() and not again.timer.isActive()


def global_rect(widget):  # type: ignore[no-untyped-def]
    return widget.rect().translated(widget.mapToGlobal(widget.rect().topLeft()))


def test_the_offer_takes_a_row_of_its_own_above_every_screen_and_goes_when_dismissed(parts, qtbot):
    """The banner pushes the screen down instead of lying over its heading and first lines."""
    from companion.ui.main_window import SCREENS

    window = parts.window
    area = window.screen_area
    assert area.geometry().top() == window.sidebar.geometry().top(), "room kept for no message"
    tops = {}
    for spec in SCREENS:
        window.show_screen(spec.key)
        qtbot.wait(10)
        tops[spec.key] = global_rect(area)
    offer = offer_of(parts)
    offer.timer.start(0)
    banner = window.banner
    qtbot.waitUntil(banner.isVisible)
    for spec in SCREENS:
        screen = window.show_screen(spec.key)
        qtbot.wait(10)
        shown = global_rect(banner)
        assert not shown.intersects(global_rect(area)), spec.key
        assert not shown.intersects(global_rect(screen)), spec.key
        assert global_rect(area).top() >= tops[spec.key].top() + banner.height(), spec.key
    qtbot.mouseClick(banner.close_button, LEFT)
    qtbot.wait(10)
    assert not banner.isVisible()
    assert global_rect(area) == tops[SCREENS[-1].key], "the screen takes its room back"
    assert area.geometry().top() == window.sidebar.geometry().top()


def test_no_offer_when_the_launcher_is_there_already(parts, qtbot):
    desktop.install(["/usr/bin/companion"])
    offer = offer_of(parts)
    offer.on_timer()
    assert not parts.window.banner.isVisible()
    assert parts.controller.settings.offer_launcher is False


def test_no_offer_on_windows_or_macos(parts):
    for platform in ("win32", "darwin"):
        offer = LauncherOffer(parts.window, platform=platform, delay_ms=0)
        assert not offer.due() and not offer.timer.isActive()
        offer.on_timer()
        assert not parts.window.banner.isVisible()
    assert parts.controller.settings.offer_launcher is True


def test_the_offer_waits_for_another_message_and_for_a_hidden_window(parts, qtbot):
    offer = offer_of(parts)
    parts.window.show_banner("Something else to read first")
    offer.on_timer()
    assert parts.window.banner.label.text() == "Something else to read first"
    assert offer.timer.isActive() and parts.controller.settings.offer_launcher is True

    parts.window.banner.hide()
    parts.window.hide()
    offer.timer.stop()
    offer.on_timer()
    assert parts.controller.settings.offer_launcher is True, "never offered to a hidden window"
    parts.window.show()
    qtbot.waitExposed(parts.window)
    assert offer.timer.isActive(), "showing the window starts the wait again"


def test_the_desktop_page_adds_and_removes_the_launcher(qtbot):
    page = DesktopPage()
    qtbot.addWidget(page)
    assert page.launcher_button.text() == "&Add to launcher"
    assert "not in the app launcher" in page.launcher_status.text()
    qtbot.mouseClick(page.launcher_button, LEFT)
    assert desktop.is_installed()
    assert page.launcher_button.text() == "&Remove from launcher"
    assert "Log positive" in page.launcher_status.text()
    qtbot.mouseClick(page.launcher_button, LEFT)
    assert not desktop.is_installed()

    assert list(page.editors) == ["offer_launcher"]
    page.load(settings.Settings(offer_launcher=False))
    assert page.values() == {"offer_launcher": False}


def test_the_desktop_page_says_the_launcher_is_for_linux_elsewhere(qtbot):
    page = DesktopPage(platform="darwin")
    qtbot.addWidget(page)
    assert not page.launcher_button.isEnabled()
    assert "Linux" in page.launcher_status.text()


def test_the_reflection_export_offers_a_csv_for_excel(parts, qtbot, tmp_path):
    page = parts.window.show_screen("reflection").export_page
    assert not page.bom_check.isEnabled(), "Markdown needs no byte order mark"
    page.format_combo.setCurrentIndex(page.format_combo.findData("csv"))
    assert page.bom_check.isEnabled()
    page.bom_check.setChecked(True)
    today = parts.controller.today_day()
    target = tmp_path / "reflections.csv"
    with qtbot.waitSignal(page.export_done, timeout=5000):
        page.export_to(target, "csv", today - dt.timedelta(days=1), today)
    assert target.read_bytes().startswith(b"\xef\xbb\xbfday,mood,")


@pytest.mark.parametrize("code", ["en", "el", "ja"])
def test_the_launcher_status_is_as_tall_as_its_wrapped_text(qapp, qtbot, code):
    # In Greek and Japanese "not in the app launcher" wraps to two lines in the Settings dialog
    # (564 px wide); its row stayed one line tall and cut the text at the top and bottom.
    from companion.settings import Settings
    from companion.ui import i18n
    from companion.ui.settings_dialog import SettingsDialog

    i18n.install_translations(qapp, code)
    try:
        dialog = SettingsDialog(Settings())
        qtbot.addWidget(dialog)
        dialog.resize(564, dialog.height())
        page = dialog.findChild(DesktopPage)
        dialog.tabs.setCurrentWidget(page)
        dialog.show()
        qtbot.waitExposed(dialog)
        label = page.launcher_status
        for text in (label.text(), label.text() + " " + label.text() * 3):
            label.setText(text)
            qtbot.wait(20)
            lines = label.heightForWidth(label.width())
            assert label.height() >= lines, (code, label.width(), label.height(), lines)
    finally:
        i18n.install_translations(qapp, "en")
