"""The interface's language: which one the system asks for, what Settings chooses, Qt's own
buttons, dates as each language writes them, a restart offered when it changes, and fcitx."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QCoreApplication

from companion.ui import i18n, input_method

TUESDAY = dt.date(2025, 12, 2)


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "ko_KR.UTF-8"}, "ko"),
        ({"LANG": "en_GB.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8"}, "ja"),
        ({"LC_ALL": "el_GR.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8", "LANG": "ko_KR"}, "el"),
        ({"LC_ALL": "", "LANG": "el_GR"}, "el"),
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LC_ALL": "POSIX", "LANG": "ko_KR.UTF-8"}, "en"),
    ],
)
def test_the_language_follows_the_system_in_the_c_library_s_order(environ, expected):
    assert i18n.system_language(environ) == expected
    assert i18n.resolve_language("system", environ) == expected
    assert i18n.resolve_language("ja", environ) == "ja"


def test_korean_and_japanese_bring_qt_s_own_buttons(language):
    language("ja")
    assert i18n.ui_language() == "ja"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "キャンセル"
    language("ko")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"
    language("en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert i18n.ui_language() == "en"


def test_english_plural_forms_stay_under_every_language(language):
    for code in ("ko", "ja", "el"):
        language(code)
        text = QCoreApplication.translate("HappyScreen", "%Ln entry(s)", None, 2)
        assert "(s)" not in text


@pytest.mark.parametrize(
    ("code", "day", "short"),
    [
        ("ko", "12월 2일 화요일", "12월 2일 (화)"),
        ("ja", "12月2日(火)", "12月2日(火)"),
        ("el", "Τρίτη 2 Δεκεμβρίου", "Τρί 2 Δεκ"),
    ],
)
def test_days_are_written_as_each_language_writes_them(language, code, day, short):
    language(code)
    assert i18n.day_text(TUESDAY) == day
    assert i18n.short_day_text(TUESDAY).replace(".", "") == short
    assert str(TUESDAY.year) in i18n.year_day_text(TUESDAY)


def test_numbers_follow_the_language(language):
    from companion.ui.words import format_target, ratio_number

    language("el")
    assert ratio_number(2.5) == "2,5"
    assert format_target(3.0) == "3 : 1"
    language("en")
    assert ratio_number(2.5) == "2.5"


def test_arguments_are_filled_in_one_pass_in_any_order():
    assert i18n.arg("%2, %1", "a", "b") == "b, a"
    assert i18n.arg("%1 and %2", "%2", "x") == "%2 and x"
    assert i18n.arg("%1 of %2", 3) == "3 of %2"


def test_changing_the_language_offers_a_restart(parts, qtbot):  # type: ignore[no-untyped-def]
    window = parts.window
    parts.controller.update_settings(parts.controller.settings.replace(language="el"))
    window.offer_restart_for_language()
    qtbot.waitUntil(window.banner.isVisible)
    assert "Ελληνικά" in window.banner.label.text()
    assert window.banner.action.text() == "Restart now"
    with qtbot.waitSignal(window.restart_requested):
        window.banner.action.click()


def test_the_same_language_offers_nothing(parts):  # type: ignore[no-untyped-def]
    window = parts.window
    parts.controller.update_settings(parts.controller.settings.replace(language="en"))
    window.offer_restart_for_language()
    assert not window.banner.isVisible() and not window.banner.is_waiting()


def test_fcitx_without_its_plugin_is_reached_as_ibus(tmp_path):
    environ = {"QT_IM_MODULE": "fcitx"}
    assert input_method.use_ibus_for_fcitx(environ, tmp_path) == "fcitx"
    assert environ["QT_IM_MODULE"] == "ibus"
    environ = {"QT_IM_MODULE": "ibus"}
    assert input_method.use_ibus_for_fcitx(environ, tmp_path) is None
    (tmp_path / "libfcitx5platforminputcontextplugin.so").touch()
    environ = {"QT_IM_MODULE": "fcitx5"}
    assert input_method.use_ibus_for_fcitx(environ, tmp_path) is None
    assert environ["QT_IM_MODULE"] == "fcitx5"


def test_the_wheel_s_qt_has_no_fcitx_plugin_to_lose():
    assert input_method.plugins_dir().is_dir()
    assert not input_method.has_fcitx_plugin(input_method.plugins_dir())


def test_the_fcitx_note_is_said_once(parts, tmp_path):  # type: ignore[no-untyped-def]
    assert input_method.note_once(parts.window, tmp_path, "fcitx")
    assert not input_method.note_once(parts.window, tmp_path, "fcitx")
    assert not input_method.note_once(parts.window, tmp_path / "other", None)
