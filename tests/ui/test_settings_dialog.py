"""The General page is built from the settings declared for it: it shows every value, gives back
every edit, and keeps its labels, mnemonics and names for screen readers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QTimeEdit,
)

from companion import settings
from companion.settings import Settings
from companion.ui.settings_dialog import GeneralPage, GeneratedPage, SettingsDialog
from tests.test_settings import every_setting_changed

GENERAL = [one.name for one in settings.on_page("general")]


def test_every_general_setting_has_an_editor_in_declared_order(qtbot) -> None:
    page = GeneralPage()
    qtbot.addWidget(page)
    assert list(page.editors) == GENERAL
    assert GENERAL == [
        "target",
        "day_start_hour",
        "shift_end",
        "reflection_reminder",
        "start_at_login",
        "language",
    ]


def test_the_page_shows_every_general_value_and_gives_it_back(qtbot) -> None:
    changed = every_setting_changed()
    page = GeneralPage()
    qtbot.addWidget(page)
    page.load(changed)
    assert page.values() == {name: getattr(changed, name) for name in GENERAL}
    page.load(Settings())
    assert page.values() == {name: getattr(Settings(), name) for name in GENERAL}


def test_the_editors_show_the_values(qtbot) -> None:
    page = GeneralPage()
    qtbot.addWidget(page)
    page.load(Settings(target=2.5, day_start_hour=6, shift_end="18:30", start_at_login=True))
    assert page.editors["target"].value() == 2.5
    assert page.editors["day_start_hour"].currentText() == "06:00"
    assert page.editors["shift_end"].time() == QTime(18, 30)
    assert page.editors["reflection_reminder"].isChecked()
    assert page.editors["start_at_login"].isChecked()


def test_edits_come_back_from_the_dialog(qtbot) -> None:
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    page = dialog.pages[0]
    assert isinstance(page, GeneralPage)
    page.editors["target"].setValue(4.5)
    page.editors["day_start_hour"].setCurrentIndex(23)
    page.editors["shift_end"].setTime(QTime(22, 15))
    page.editors["reflection_reminder"].setChecked(False)
    page.editors["start_at_login"].setChecked(True)
    result = dialog.result_settings()
    assert (result.target, result.day_start_hour, result.shift_end) == (4.5, 23, "22:15")
    assert (result.reflection_reminder, result.start_at_login) == (False, True)


def test_the_rows_look_as_declared(qtbot) -> None:
    page = GeneralPage()
    qtbot.addWidget(page)
    form = page.form
    labelled = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        if label is not None and isinstance(label.widget(), QLabel) and label.widget().buddy():
            labelled[label.widget().text()] = label.widget().buddy()
    target, day_start, shift_end = (page.editors[n] for n in GENERAL[:3])
    assert labelled == {
        "&Target ratio (positives per negative):": target,
        "A new &day starts at:": day_start,
        "&Shift ends at:": shift_end,
        "&Language:": page.editors["language"],
    }
    assert [target.accessibleName(), day_start.accessibleName(), shift_end.accessibleName()] == [
        "Target ratio",
        "A new day starts at",
        "Shift ends at",
    ]
    assert isinstance(target, QDoubleSpinBox)
    assert (target.minimum(), target.maximum(), target.singleStep()) == (0.5, 20.0, 0.5)
    assert (target.decimals(), target.suffix()) == (1, " : 1")
    assert isinstance(day_start, QComboBox) and day_start.count() == 24
    assert day_start.itemText(23) == "23:00" and day_start.itemData(23) == 23
    assert isinstance(shift_end, QTimeEdit) and shift_end.displayFormat() == "HH:mm"
    boxes = [page.editors[n] for n in GENERAL[3:5]]
    assert all(isinstance(box, QCheckBox) for box in boxes)
    # a check box's words wrap in a label beside it (a click there toggles it)
    assert [box.accessibleName() for box in boxes] == [
        "Remind me to reflect when my shift ends",
        "Start Companion when I log in",
    ]
    words = [label for label in page.findChildren(QLabel) if label.buddy() in boxes]
    assert [label.text() for label in words] == [box.accessibleName() for box in boxes]
    assert all(label.wordWrap() for label in words)
    before = boxes[0].isChecked()
    qtbot.mouseClick(words[0], Qt.MouseButton.LeftButton)
    assert boxes[0].isChecked() != before
    notes = [
        label.text()
        for label in page.findChildren(QLabel)
        if label.wordWrap() and label.buddy() is None
    ]
    assert notes == [
        settings.BY_NAME["target"].help,
        settings.BY_NAME["day_start_hour"].help,
        settings.BY_NAME["language"].help,
    ]
    language = page.editors["language"]
    assert isinstance(language, QComboBox)
    assert [language.itemText(i) for i in range(language.count())] == [
        "System",
        "English",
        "한국어",
        "日本語",
        "Ελληνικά",
    ]


def test_a_feature_page_gets_its_simple_rows_and_leaves_the_rest(qtbot) -> None:
    class CheckPage(GeneratedPage):
        page = "check"

    page = CheckPage()
    qtbot.addWidget(page)
    assert list(page.editors) == ["cooloff_minutes", "watch_clipboard"]  # not disabled_rules
    cooloff = page.editors["cooloff_minutes"]
    assert (cooloff.minimum(), cooloff.maximum(), cooloff.suffix()) == (1, 15, " min")
    assert cooloff.accessibleName() == "Cool-off length in minutes"
    page.load(Settings(cooloff_minutes=9, watch_clipboard=True))
    assert page.values() == {"cooloff_minutes": 9, "watch_clipboard": True}


def test_every_declared_text_is_in_the_translation_catalogue() -> None:
    """settings.py stays free of Qt, so the dialog lists its texts for pyside6-lupdate."""
    import re

    from companion.ui.i18n import NATIVE_NAMES
    from companion.ui.settings_dialog import SETTINGS_TEXTS

    for one in settings.SETTINGS:
        if one.page == settings.KEPT:
            continue
        shown = [one.label, one.screen_reader_name, one.help, one.suffix]
        shown += [text for _, text in one.choices]
        for text in shown:
            if text and re.search("[A-Za-z]", text) and text not in NATIVE_NAMES.values():
                assert text in SETTINGS_TEXTS, (one.name, text)


def test_the_regions_whose_phone_numbers_are_hidden_are_chosen_in_settings(qtbot) -> None:
    from companion.core.redact import redact
    from companion.ui.happy import HappyFilePage

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    [page] = [p for p in dialog.pages if isinstance(p, HappyFilePage)]
    qtbot.keyClicks(page.regions_edit, "de, fr; xx")
    assert page.regions_note.text().startswith("Not a region code: xx.")
    regions = dialog.result_settings().redaction_regions
    assert regions == ("DE", "FR")
    german = "Ruf mich an: 030 1234567"
    assert "030 1234567" in redact(german, regions=("US",)).text
    assert "030 1234567" not in redact(german, lang="en", extra_regions=regions).text
    again = SettingsDialog(dialog.result_settings())
    qtbot.addWidget(again)
    [page] = [p for p in again.pages if isinstance(p, HappyFilePage)]
    assert page.regions_edit.text() == "DE, FR"


@pytest.mark.parametrize(
    ("typed", "codes"),
    [
        ("DE、FR", ("DE", "FR")),
        ("DE，FR", ("DE", "FR")),
        ("ＤＥ", ("DE",)),
        ("UK", ("GB",)),
        ("kr；jp gr", ("KR", "JP", "GR")),
        ("GB, uk", ("GB",)),
    ],
)
def test_region_codes_may_be_typed_the_way_people_write_them(
    qtbot, typed: str, codes: tuple[str, ...]
) -> None:
    from companion.ui.happy import HappyFilePage

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    [page] = [p for p in dialog.pages if isinstance(p, HappyFilePage)]
    # Typed through the input method, as "、" and full-width letters arrive from a Japanese one.
    page.regions_edit.setFocus()
    commit = QInputMethodEvent("", [])
    commit.setCommitString(typed)
    QApplication.sendEvent(page.regions_edit, commit)
    assert page.regions_edit.text() == typed
    assert "Not a region code" not in page.regions_note.text()
    assert dialog.result_settings().redaction_regions == codes


def test_rules_of_every_language_can_be_switched_off(qtbot) -> None:
    from PySide6.QtCore import Qt

    from companion.core import checker
    from companion.ui.check_settings import ReplyCheckPage

    dialog = SettingsDialog(Settings(disabled_rules=("absolute-never-always",)))
    qtbot.addWidget(dialog)
    [page] = [p for p in dialog.pages if isinstance(p, ReplyCheckPage)]
    assert page.rules_language.currentData() == "en"
    english = [page.rules.item(r) for r in range(page.rules.count())]
    off = [i for i in english if i.checkState() != Qt.CheckState.Checked]
    assert [i.data(Qt.ItemDataRole.UserRole) for i in off] == ["absolute-never-always"]
    page.rules_language.setCurrentIndex(page.rules_language.findData("ko"))
    korean_ids = [r.id for r in checker.load_pack("ko").rules]
    assert page.rules.item(0).data(Qt.ItemDataRole.UserRole) == korean_ids[0]
    page.rules.item(0).setCheckState(Qt.CheckState.Unchecked)
    page.rules_language.setCurrentIndex(page.rules_language.findData("en"))
    assert dialog.result_settings().disabled_rules == tuple(
        sorted(["absolute-never-always", korean_ids[0]])
    )


def indicator_centre(box: QCheckBox) -> float:
    """Where the check box's square is drawn, its middle, in the window's coordinates."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    box.initStyleOption(option)
    square = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    return box.mapTo(box.window(), square.topLeft()).y() + square.height() / 2


def first_line_centre(label: QLabel) -> float:
    """The middle of the first line of a plain label's words, as QLabel draws them: the wrapped
    block placed in its contents as its alignment says."""
    from PySide6.QtCore import QRect

    room = label.contentsRect()
    metrics = label.fontMetrics()
    mnemonic = int(Qt.TextFlag.TextShowMnemonic)
    one_line = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), mnemonic, label.text())
    wrapped = metrics.boundingRect(
        QRect(0, 0, room.width(), 100_000),
        mnemonic | int(Qt.TextFlag.TextWordWrap),
        label.text(),
    )
    alignment = label.alignment()
    if alignment & Qt.AlignmentFlag.AlignTop:
        top = float(room.top())
    elif alignment & Qt.AlignmentFlag.AlignBottom:
        top = float(room.bottom() + 1 - wrapped.height())
    else:
        top = room.top() + (room.height() - wrapped.height()) / 2
    label_top = label.mapTo(label.window(), room.topLeft()).y() - room.top()
    return label_top + top + one_line.height() / 2


def check_rows(qtbot, code: str):  # type: ignore[no-untyped-def]
    """Each check box with its words beside it, on every page of the dialog in ``code``, as it
    opens and as narrow as it goes: (width, label, box)."""
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for width in (dialog.width(), dialog.minimumSizeHint().width()):
        dialog.resize(width, dialog.height())
        for index in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(index)
            qtbot.wait(10)
            for label in dialog.tabs.widget(index).findChildren(QLabel):
                box = label.buddy()
                if isinstance(box, QCheckBox) and label.isVisible():
                    yield width, label, box


@pytest.mark.parametrize("code", ["en", "ko", "ja", "el"])
def test_each_check_box_is_level_with_the_first_line_of_its_words(qtbot, language, code) -> None:
    """A check box sat some 8 px above its words; it is centred on their first line, whether
    they take one line (the dialog as it opens) or wrap (the dialog as narrow as it goes)."""
    language(code)
    checked = 0
    for width, label, box in check_rows(qtbot, code):
        checked += 1
        off = indicator_centre(box) - first_line_centre(label)
        assert abs(off) <= 2, (code, width, label.text(), off)
    assert checked >= 4, "no check box with its words beside it was measured"


@pytest.mark.parametrize("code", ["en", "ko", "ja", "el"])
def test_a_check_box_row_is_as_tall_as_its_words(qtbot, language, code) -> None:
    """One line of words beside a check box sat in two lines' height (the wrapping label's own
    guess at its shape), leaving a gap under the row; each row now takes what its words need at
    its width, as the dialog opens and as narrow as it goes."""
    language(code)
    measured = 0
    for width, label, box in check_rows(qtbot, code):
        row = label.parentWidget()
        needed = max(box.height(), label.heightForWidth(label.width()))
        assert row.height() <= needed + 2, (code, width, label.text(), row.height(), needed)
        measured += 1
    assert measured >= 4, "no check box with its words beside it was measured"
