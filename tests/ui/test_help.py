"""The Help menu: the welcome again, a sheet of every keyboard shortcut read from the menus
themselves, and the practices rendered in the app with an anchor at each practice, so a
finding's practice opens where it is explained."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu

from companion.ui import help as help_module
from companion.ui.help import HelpActions, practice_names

ROOT = Path(__file__).resolve().parents[2]


def helper_of(parts) -> HelpActions:
    found = parts.window.findChild(HelpActions)
    assert found is not None
    return found


def native(key: str) -> str:
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def test_the_help_menu_has_the_welcome_the_keys_and_the_practices_above_about(parts):
    texts = [a.text() for a in parts.window.help_menu.actions() if not a.isSeparator()]
    assert texts == ["Welcome…", "Keyboard shortcuts", "Practices", "About Companion"]


def test_the_sheet_lists_every_key_of_every_menu_and_each_screens_own(parts, qtbot):
    sheet = helper_of(parts).open_shortcuts()
    qtbot.addWidget(sheet)
    text = sheet.browser.toPlainText()
    for menu_action in parts.window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu) or not menu_action.isVisible():
            continue
        for action in menu.actions():
            if action.isVisible() and not action.shortcut().isEmpty():
                assert action.text().replace("&", "") in text
                assert action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) in text
    for expected in ("Ctrl+Up", "Ctrl+Shift+K", "Ctrl+1", "Ctrl+Return", "Space"):
        assert native(expected) in text, expected
    assert "Log a positive conversation" in text and "companion log +" in text


def test_f1_opens_the_sheet(parts, qtbot):
    helper = helper_of(parts)
    keys = [key.toString() for key in helper.shortcuts_action.shortcuts()]
    assert QKeySequence(QKeySequence.StandardKey.HelpContents).toString() in keys
    helper.shortcuts_action.trigger()
    assert helper.shortcut_sheet is not None and helper.shortcut_sheet.isVisible()
    helper.shortcut_sheet.close()


def test_the_sheets_today_keys_are_the_ones_today_has(parts):
    today = parts.window.show_screen("today")
    bound = {
        shortcut.key().toString() for shortcut in today.findChildren(QShortcut) if shortcut.key()
    }
    [(_screen, keys)] = [entry for entry in help_module.SCREEN_KEYS if entry[0] == "Today"]
    for key, _what in keys:
        assert QKeySequence(key).toString() in bound, key


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        ("P3.2", ["P3.2"]),
        ("P1.1 ", ["P1.1"]),
        ("P2.2–P2.7", ["P2.2", "P2.3", "P2.4", "P2.5", "P2.6", "P2.7"]),
        ("P5.1-P5.3", ["P5.1", "P5.2", "P5.3"]),
        ("Practice, in one line", []),
    ],
)
def test_practice_numbers_in_a_cell(cell, names):
    assert practice_names(cell) == names


def documented_practices() -> list[str]:
    text = (ROOT / "docs" / "practices.md").read_text(encoding="utf-8")
    names = []
    for cell in re.findall(r"^\| (P[^|]+?) \|", text, flags=re.MULTILINE):
        names += practice_names(cell)
    return names


def test_the_practices_window_opens_at_each_practice(parts, qtbot):
    window = helper_of(parts).open_practices()
    qtbot.addWidget(window)
    assert "The practices behind Companion" in window.browser.toPlainText()
    names = documented_practices()
    assert "P3.2" in names and "P2.5" in names and len(names) > 20
    for name in names:
        assert window.show_practice(name), name
        selected = window.browser.textCursor().selectedText()
        assert selected.startswith(f"P{name[1]}."), (name, selected)
    assert window.show_practice("3.2") and window.browser.textCursor().selectedText() == "P3.2"
    assert not window.show_practice("P9.9")


def test_a_finding_can_open_its_practice_from_any_screen(parts, qtbot):
    check = parts.window.show_screen("check")
    window = help_module.show_practice(check, "P3.3")
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    assert window.browser.textCursor().selectedText() == "P3.3"
    assert help_module.show_practice(check, "P1.2") is window  # one window, reused


def test_the_practices_ship_with_the_app():
    assert help_module.practices_path().is_file()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    hatch = project["tool"]["hatch"]["build"]["targets"]
    shipped = hatch["wheel"]["force-include"]["docs/practices.md"]
    assert shipped == "companion/resources/help/practices.md"
    assert "docs/practices*.md" in hatch["sdist"]["include"]
    for translated in sorted((ROOT / "docs").glob("practices.*.md")):
        shipped = hatch["wheel"]["force-include"][f"docs/{translated.name}"]
        assert shipped == f"companion/resources/help/{translated.name}"


@pytest.mark.parametrize("language", ["ko", "ja", "el"])
def test_help_shows_the_practices_in_the_interface_language(qapp, language):
    from companion.ui.i18n import install_translations

    install_translations(qapp, language)
    try:
        path = help_module.practices_path()
        translated = ROOT / "docs" / f"practices.{language}.md"
        assert path.name == (translated.name if translated.is_file() else "practices.md")
    finally:
        install_translations(qapp, "en")
    assert help_module.practices_path().name == "practices.md"
    assert help_module.practices_path("xx").name == "practices.md"


def test_menu_texts_are_named_without_their_accelerators_in_every_script() -> None:
    from companion.ui.help import plain_label

    assert plain_label("&Save") == "Save"
    assert plain_label("保存(&S)") == "保存"
    assert plain_label("기록(&L)") == "기록"
    assert plain_label("Q&&A") == "Q&A"
