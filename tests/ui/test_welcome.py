"""The first-run welcome: three short pages (the ratio and why 3 : 1, your day, the one-key ways
to log), Start keeps what was set, Skip changes nothing, shown once — on screen, even for an
app started in the tray — and again from Help → Welcome…."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTime

from companion import settings as settings_module
from companion.ui import welcome
from companion.ui.help import HelpActions
from companion.ui.welcome import WelcomeDialog


def open_dialog(parts) -> WelcomeDialog:
    [dialog] = [d for d in parts.window.findChildren(WelcomeDialog) if d.isVisible()]
    return dialog


def test_a_first_run_opens_the_welcome_over_the_window(parts, qtbot):
    assert welcome.offer_first_run(parts.window)
    dialog = open_dialog(parts)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    text = dialog.pages.currentWidget().findChildren(type(dialog.step_label))
    words = " ".join(label.text() for label in text)
    assert "3 : 1" in words and "rule of thumb" in words and "retracted" in words
    assert dialog.step_label.text() == "1 of 3"
    assert not dialog.back_button.isEnabled() and not dialog.start_button.isVisible()


def test_start_keeps_the_target_and_the_shift_end_set_on_the_way(parts, qtbot):
    welcome.offer_first_run(parts.window)
    dialog = open_dialog(parts)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.step_label.text() == "2 of 3"
    editors = dialog.settings_page.editors
    assert set(editors) >= {"target", "day_start_hour", "shift_end", "start_at_login"}
    editors["target"].setValue(2.5)
    editors["shift_end"].setTime(QTime(18, 30))
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    keys_page = dialog.pages.currentWidget()
    words = " ".join(label.text() for label in keys_page.findChildren(type(dialog.step_label)))
    assert "companion log +" in words and "Keyboard shortcuts" in words
    assert dialog.start_button.isVisible() and not dialog.next_button.isVisible()
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    saved = settings_module.load()
    assert (saved.target, saved.shift_end, saved.welcomed) == (2.5, "18:30", True)
    assert parts.controller.settings == saved
    assert not welcome.offer_first_run(parts.window)  # once


def test_skip_changes_nothing_but_that_it_was_seen(parts, qtbot):
    welcome.offer_first_run(parts.window)
    dialog = open_dialog(parts)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    dialog.settings_page.editors["target"].setValue(6.0)
    qtbot.mouseClick(dialog.skip_button, Qt.MouseButton.LeftButton)
    saved = settings_module.load()
    assert saved.welcomed and saved.target == 3.0


def test_escape_skips_it_too(parts, qtbot):
    welcome.offer_first_run(parts.window)
    dialog = open_dialog(parts)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and parts.controller.settings.welcomed


def test_someone_who_has_logged_already_is_not_welcomed_as_new(parts):
    parts.controller.log_interaction(True)
    assert not welcome.offer_first_run(parts.window)
    assert parts.controller.settings.welcomed
    assert not parts.window.findChildren(WelcomeDialog)


def test_started_in_the_tray_it_waits_for_the_window(parts, qtbot):
    parts.window.hide()
    assert welcome.offer_first_run(parts.window)
    assert not parts.window.findChildren(WelcomeDialog)
    parts.window.show()
    qtbot.waitUntil(lambda: bool(parts.window.findChildren(WelcomeDialog)))
    assert open_dialog(parts).isVisible()


def test_help_shows_it_again_once_at_a_time(parts, qtbot):
    parts.controller.update_settings(parts.controller.settings.replace(welcomed=True))
    helper = parts.window.findChild(HelpActions)
    helper.welcome_action.trigger()
    first = open_dialog(parts)
    helper.welcome_action.trigger()
    assert open_dialog(parts) is first
    assert first.settings_page.editors["target"].value() == 3.0
    first.reject()
