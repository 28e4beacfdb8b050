"""The happy file, capture, lift me up and phrasebook screens, driven with real clicks."""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from companion.services import happy as happy_service
from companion.store import happy as happy_store
from companion.ui.capture import CaptureDialog
from companion.ui.happy import HappyScreen
from companion.ui.happy_list import highlighted_html
from companion.ui.happy_tools import PURGE_DELAY_MS, HappyActions
from companion.ui.lift import LiftDialog, breakable

LEFT = Qt.MouseButton.LeftButton


def happy_actions(parts) -> HappyActions:  # type: ignore[no-untyped-def]
    found = parts.window.findChild(HappyActions)
    assert found is not None
    return found


def open_capture(parts, qtbot) -> CaptureDialog:  # type: ignore[no-untyped-def]
    actions = happy_actions(parts)
    actions.save_action.trigger()
    dialog = actions.capture_dialog
    assert isinstance(dialog, CaptureDialog)
    qtbot.waitExposed(dialog)
    return dialog


def screen(parts) -> HappyScreen:  # type: ignore[no-untyped-def]
    widget = parts.window.show_screen("happy")
    assert isinstance(widget, HappyScreen)
    return widget


def add(parts, quote: str, minutes: int = 0, **fields):  # type: ignore[no-untyped-def]
    parts.controller.clock.advance(minutes=minutes)
    return happy_service.add_happy(parts.controller, quote, **fields)


def click_row(view, row: int, qtbot) -> None:  # type: ignore[no-untyped-def]
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center() - QPoint(rect.width() // 4, 0))


# --- capture ------------------------------------------------------------------------------


def test_capture_clipboard_text_with_redaction_preview(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    add(parts, "Earlier one", tags=["billing"])
    QGuiApplication.clipboard().setText(
        "You saved my weekend! Write to jo@example.com, order #A7781 arrived."
    )
    dialog = open_capture(parts, qtbot)
    assert dialog.focusWidget() is dialog.note_edit, "focus starts in why, so one Enter saves"
    assert dialog.save_button.isDefault()
    assert dialog.quote_edit.toPlainText().startswith("You saved my weekend!")
    preview = dialog.preview.toPlainText()
    assert "[email]" in preview and "[order]" in preview and "jo@example.com" not in preview
    assert dialog.redact_summary.text() == "Hidden: 1 e-mail, 1 order number."
    assert dialog.save_button.isEnabled()
    assert dialog.completer.model().index(0, 0).data() == "billing"

    # Switching redaction off for this entry says so, and on again brings the preview back.
    qtbot.mouseClick(dialog.redact_check, LEFT)
    assert not dialog.preview.isVisible()
    assert "exactly as they are" in dialog.redact_summary.text()
    qtbot.mouseClick(dialog.redact_check, LEFT)
    assert dialog.preview.isVisible()

    qtbot.keyClicks(dialog.note_edit, "They wrote back to say thanks")
    dialog.tags_edit.setText("weekend, Kind")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    entries = happy_store.search_happy(parts.store)
    assert entries[0].quote == "You saved my weekend! Write to [email], order #[order] arrived."
    assert entries[0].note == "They wrote back to say thanks"
    assert entries[0].tags == ("weekend", "kind")
    happy = screen(parts)
    assert happy.model.rowCount() == 2
    assert happy.count_label.text() == "2 entries"


def test_capture_keeps_original_when_redaction_is_off(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText("Call me on +1 415 555 2671, you star")
    dialog = open_capture(parts, qtbot)
    assert dialog.redact_summary.text() == "Hidden: 1 phone number."
    qtbot.mouseClick(dialog.redact_check, LEFT)
    qtbot.mouseClick(dialog.save_button, LEFT)
    [entry] = happy_store.search_happy(parts.store)
    assert entry.quote == "Call me on +1 415 555 2671, you star"


def test_capture_clipboard_image_is_scaled_down(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    image = QImage(3200, 2000, QImage.Format.Format_RGB32)
    image.fill(QColor("#88aacc"))
    QGuiApplication.clipboard().setImage(image)
    dialog = open_capture(parts, qtbot)
    assert dialog.image_label.isVisible()
    assert dialog.quote_edit.toPlainText() == ""
    assert dialog.save_button.isEnabled(), "a screenshot alone can be saved"
    assert "scaled down to 1600" in dialog.info.text()
    qtbot.mouseClick(dialog.save_button, LEFT)
    [summary] = happy_store.search_happy(parts.store)
    entry = happy_store.get_happy(parts.store, summary.id)
    assert entry is not None and entry.image_mime == "image/png"
    stored = QImage.fromData(entry.image)
    assert (stored.width(), stored.height()) == (1600, 1000)
    happy = screen(parts)
    assert happy.model.rowCount() == 1


def test_empty_capture_cannot_be_saved(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().clear()
    dialog = open_capture(parts, qtbot)
    assert not dialog.save_button.isEnabled()
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    assert happy_store.count_happy(parts.store) == 0
    qtbot.keyClicks(dialog.quote_edit, "   ")
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.quote_edit, "Thank you")
    assert dialog.save_button.isEnabled()
    dialog.reject()


def test_huge_clipboard_is_capped(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    QGuiApplication.clipboard().setText("You are kind. " * 750_000)  # about 10 MB
    dialog = open_capture(parts, qtbot)
    assert len(dialog.quote_edit.toPlainText()) <= 20_000
    assert "The first 20,000 are kept" in dialog.info.text()
    qtbot.mouseClick(dialog.save_button, LEFT)
    assert happy_store.count_happy(parts.store) == 1


# --- the happy file screen ----------------------------------------------------------------


def test_search_as_you_type_highlights_and_takes_syntax_as_words(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    add(parts, "Thank you for the café tip", 0, tags=["food"])
    add(parts, "Shipping was quick", 1)
    add(parts, "Thanks a million", 2, note="new customer")
    happy = screen(parts)
    assert happy.model.rowCount() == 3
    qtbot.keyClicks(happy.search_edit, "than")
    qtbot.waitUntil(lambda: happy.model.rowCount() == 2)
    assert [e.quote for e in happy.model.entries] == [
        "Thanks a million",
        "Thank you for the café tip",
    ]
    assert happy.count_label.text() == "2 found"
    assert '<span style="background-color:#f6d37a; color:#1d1b19;">Thanks</span>' in (
        highlighted_html(happy.model.entries[0].quote, happy.model.query)
    )
    happy.search_edit.clear()
    qtbot.keyClicks(happy.search_edit, "cafe")
    qtbot.waitUntil(lambda: happy.model.rowCount() == 1)
    for odd in ['"', "NEAR(", "*", "-", ")"]:
        happy.search_edit.clear()
        qtbot.keyClicks(happy.search_edit, odd)
        qtbot.waitUntil(lambda: not happy._search_timer.isActive())
    assert happy.empty_label.text().startswith("Nothing matches") or happy.model.rowCount() >= 0
    happy.search_edit.clear()
    qtbot.waitUntil(lambda: happy.model.rowCount() == 3)
    # Tag filter.
    happy.tag_combo.setCurrentIndex(happy.tag_combo.findData("food"))
    assert [e.quote for e in happy.model.entries] == ["Thank you for the café tip"]


def test_star_from_button_and_from_the_row(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    first = add(parts, "First", 0)
    add(parts, "Second", 1)
    happy = screen(parts)
    click_row(happy.list_view, 1, qtbot)
    assert happy.current_entry().id == first.id  # type: ignore[union-attr]
    assert happy.star_button.text() == "Star"
    qtbot.mouseClick(happy.star_button, LEFT)
    assert happy_store.get_happy(parts.store, first.id).starred  # type: ignore[union-attr, arg-type]
    assert happy.star_button.text() == "Unstar"

    # The star drawn on a row toggles it too.
    view = happy.list_view
    rect = view.visualRect(happy.model.index(0, 0))
    star_point = QPoint(rect.right() - 20, rect.top() + 18)
    qtbot.mouseClick(view.viewport(), LEFT, pos=star_point)
    assert happy.model.entries[0].starred
    assert [e.quote for e in happy_store.search_happy(parts.store, starred_only=True)] == [
        "Second",
        "First",
    ]
    qtbot.mouseClick(happy.starred_check, LEFT)
    assert happy.model.rowCount() == 2


def test_delete_and_undo(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    keep = add(parts, "Keep", 0)
    gone = add(parts, "Delete me", 1, tags=["oops"])
    happy = screen(parts)
    click_row(happy.list_view, 0, qtbot)
    qtbot.mouseClick(happy.delete_button, LEFT)
    assert [e.quote for e in happy.model.entries] == ["Keep"]
    assert happy.undo_bar.isVisible() and happy.undo_label.text() == "Entry deleted."
    assert happy_store.get_happy(parts.store, gone.id) is None  # type: ignore[arg-type]
    assert happy.tag_combo.findData("oops") == -1
    qtbot.mouseClick(happy.undo_button, LEFT)
    assert not happy.undo_bar.isVisible()
    assert [e.quote for e in happy.model.entries] == ["Delete me", "Keep"]
    assert happy_store.get_happy(parts.store, gone.id) is not None  # type: ignore[arg-type]
    assert happy.current_entry().id == gone.id  # type: ignore[union-attr]
    # Delete key on the list.
    click_row(happy.list_view, 1, qtbot)
    qtbot.keyClick(happy.list_view, Qt.Key.Key_Delete)
    assert happy_store.get_happy(parts.store, keep.id) is None  # type: ignore[arg-type]


def test_edit_entry(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    entry = add(parts, "Typo in hre", 0, tags=["a"])
    happy = screen(parts)
    click_row(happy.list_view, 0, qtbot)

    def fill() -> None:
        dialog = happy.edit_dialog
        dialog.quote_edit.setPlainText("Typo in here")
        dialog.tags_edit.setText("a, fixed")
        dialog.accept()

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(happy.edit_button, LEFT)
    stored = happy_store.get_happy(parts.store, entry.id)  # type: ignore[arg-type]
    assert stored is not None and stored.quote == "Typo in here" and stored.tags == ("a", "fixed")
    assert happy.model.entries[0].quote == "Typo in here"
    assert happy_store.search_happy(parts.store, "here")


def test_empty_file_explains_itself(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    happy = screen(parts)
    assert happy.list_stack.currentWidget() is happy.empty_label
    assert "Save to happy file" in happy.empty_label.text()
    assert not happy.delete_button.isEnabled()


# --- lift me up ---------------------------------------------------------------------------


def test_lift_me_up_shows_an_entry_and_another(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    add(parts, "You are a legend", 0, note="after the outage", starred=True, tags=["outage"])
    add(parts, "Great help", 1)
    happy = screen(parts)
    qtbot.mouseClick(happy.lift_button, LEFT)
    dialog = happy_actions(parts).lift_dialog
    assert isinstance(dialog, LiftDialog)
    qtbot.waitExposed(dialog)
    assert dialog.quote_label.text() in {"You are a legend", "Great help"}
    first = dialog.entry
    qtbot.mouseClick(dialog.another_button, LEFT)
    assert dialog.entry is not None and dialog.entry.id != first.id  # type: ignore[union-attr]
    if dialog.entry.starred:
        assert "★" in dialog.meta_label.text() and "after the outage" in dialog.note_label.text()
    second = dialog.entry
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(dialog.shown_entry):  # Space draws again, even on a focused button
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Space)
    assert dialog.isVisible()
    assert dialog.entry is not None and dialog.entry.id != second.id
    qtbot.mouseClick(dialog.close_button, LEFT)
    qtbot.waitUntil(lambda: happy_actions(parts).lift_dialog is None)


def test_a_long_link_on_the_card_may_wrap_but_japanese_wraps_by_its_own_rules() -> None:
    # a break put in between Japanese letters let a line of the card start with 「、」
    japanese = "前のお店では二週間かかっても直らなかったのに、十分で直していただきました。"
    assert breakable(japanese) == japanese
    link = "ありがとう https://example.com/a/very/long/path/that/never/ends"
    wrapped = breakable(link)
    assert "\u200b" in wrapped and wrapped.replace("\u200b", "") == link


def test_lift_me_up_on_an_empty_file(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    happy_actions(parts).lift_action.trigger()
    dialog = happy_actions(parts).lift_dialog
    assert dialog is not None and "empty" in dialog.quote_label.text()
    assert not dialog.another_button.isEnabled()
    dialog.close()


def test_lift_is_offered_once_after_a_negative_log(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    add(parts, "Kind words", 0)
    today = parts.window.show_screen("today")
    banner = parts.window.banner
    qtbot.mouseClick(today.plus_button, LEFT)
    assert not banner.isVisible()
    qtbot.mouseClick(today.minus_button, LEFT)
    assert banner.isVisible() and "happy file" in banner.label.text()
    assert banner.action.text() == "Lift me up"
    qtbot.mouseClick(banner.action, LEFT)
    dialog = happy_actions(parts).lift_dialog
    assert dialog is not None and dialog.quote_label.text() == "Kind words"
    dialog.close()
    qtbot.mouseClick(today.minus_button, LEFT)
    assert not banner.isVisible(), "offered once a day"


def test_lift_offer_can_be_turned_off(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    add(parts, "Kind words", 0)
    parts.controller.update_settings(parts.controller.settings.replace(offer_lift_me_up=False))
    today = parts.window.show_screen("today")
    qtbot.mouseClick(today.minus_button, LEFT)
    assert not parts.window.banner.isVisible()


def test_deleted_entries_are_purged_after_start_up_not_during_it(parts) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    old = add(parts, "Deleted long ago", 0)
    recent = add(parts, "Deleted just now", 1)
    now = parts.controller.clock()
    happy_store.delete_happy(parts.store, old.id, now - dt.timedelta(days=3))
    happy_store.delete_happy(parts.store, recent.id, now)
    actions = HappyActions(parts.window)  # as at the next start-up, with both deletions on disk
    timer = actions.purge_timer
    assert timer.isActive() and timer.isSingleShot() and timer.interval() == PURGE_DELAY_MS

    def stored_ids() -> set[int]:
        return {row[0] for row in parts.store.read("SELECT id FROM happy_entries")}

    assert stored_ids() == {old.id, recent.id}, "nothing purged while the app starts"
    timer.timeout.emit()
    assert stored_ids() == {recent.id}
    assert happy_store.restore_happy(parts.store, recent.id), "undo still works for a recent one"


def test_start_up_actions_leave_the_screen_and_dialogs_unimported() -> None:
    code = (
        "import sys, PySide6.QtWidgets\n"
        "before = set(sys.modules)\n"
        "import companion.ui.happy_tools\n"
        "print('\\n'.join(sorted(set(sys.modules) - before)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    loaded = set(result.stdout.split())
    assert "companion.ui.happy_tools" in loaded
    heavy = {
        "companion.ui.happy",
        "companion.ui.happy_list",
        "companion.ui.lift",
        "companion.ui.capture",
        "companion.ui.phrasebook",
        "companion.store.happy",
        "companion.core.happy",
        "companion.core.happy_export",
        "companion.core.phrasebook",
        "companion.core.redact",
    }
    assert loaded & heavy == set()


def test_tray_has_the_quick_actions(parts) -> None:  # type: ignore[no-untyped-def]
    texts = [a.text() for a in parts.tray.menu.actions()]
    assert "Save to happy file" in texts and "Lift me up" in texts
    actions = happy_actions(parts)
    assert actions.save_action.shortcut().toString() == "Ctrl+Shift+H"


# --- export and import --------------------------------------------------------------------


def test_export_html_and_json_then_reimport(parts, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    from companion.ui.capture import image_to_bytes

    png, mime, _ = image_to_bytes(image)
    add(parts, "Best support <ever>", 0, tags=["kudos"], starred=True)
    add(parts, "", 1, image=png, image_mime=mime, note="screenshot of a thank-you")
    happy = screen(parts)

    html_path = tmp_path / "kudos.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(html_path), ""))
    with qtbot.waitSignal(happy.task_done, timeout=10_000) as done:
        happy.export_html_action.trigger()
    assert done.args == ["Exported 2 entries to kudos.html."]
    assert happy.message_label.text() == "Exported 2 entries to kudos.html."
    page = html_path.read_text(encoding="utf-8")
    assert "Best support &lt;ever&gt;" in page and "data:image/png;base64," in page

    json_path = tmp_path / "happy.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(json_path), ""))
    with qtbot.waitSignal(happy.task_done, timeout=10_000):
        happy.export_json_action.trigger()
    assert len(json.loads(json_path.read_text())["entries"]) == 2

    # Delete everything, then import the JSON back: both return, once.
    ids = [entry.id for entry in happy_store.search_happy(parts.store)]
    happy_service.delete_entries(parts.controller, ids)  # type: ignore[arg-type]
    assert happy.model.rowCount() == 0
    happy_service.purge_deleted(parts.controller, parts.controller.clock().replace(year=2100))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(json_path), ""))
    with qtbot.waitSignal(happy.task_done, timeout=10_000) as done:
        qtbot.mouseClick(happy.import_button, LEFT)
    assert done.args == ["Imported 2 new entries, 0 already there."]
    assert happy.model.rowCount() == 2, "the import's announcement came before its message"
    restored = happy_store.search_happy(parts.store, with_images=True)
    assert restored[0].image == png and restored[1].starred
    with qtbot.waitSignal(happy.task_done, timeout=10_000) as done:
        qtbot.mouseClick(happy.import_button, LEFT)
    assert done.args == ["Imported 0 new entries, 2 already there."]
    assert happy_store.count_happy(parts.store) == 2


def test_import_of_a_bad_file_shows_a_message(parts, qtbot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    happy = screen(parts)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    with qtbot.waitSignal(happy.task_done, timeout=10_000) as done:
        qtbot.mouseClick(happy.import_button, LEFT)
    assert done.args[0].startswith("This file is not valid JSON")
    assert happy.import_button.isEnabled()


# --- phrasebook ---------------------------------------------------------------------------


def test_phrasebook_category_search_and_one_click_copy(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    parts.window.show_phrasebook("apologise")
    book = parts.window.screen_widget("phrasebook")
    assert book.current_category() == "apologise"
    assert book.model.rowCount() >= 8
    assert "Why this works" in book.when_label.text()
    click_row(book.phrase_view, 0, qtbot)
    first = book.model.phrases[0].text
    assert QGuiApplication.clipboard().text() == first
    assert book.status_label.text().startswith("Copied:")
    book.category_list.setCurrentRow(0)
    qtbot.keyClicks(book.search_edit, "REFUND")
    assert book.model.rowCount() >= 2
    assert all("refund" in p.text.lower() for p in book.model.phrases)


def test_own_rehearsed_answer_add_edit_delete(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    parts.window.show_phrasebook("explain-why")
    book = parts.window.screen_widget("phrasebook")

    def fill_new() -> None:
        dialog = book.phrase_dialog
        assert dialog.category_combo.currentData() == "explain-why"
        dialog.objection_edit.setPlainText("Why did my price go up?")
        dialog.text_edit.setPlainText("The new price pays for support around the clock.")
        qtbot.mouseClick(dialog.save_button, LEFT)

    QTimer.singleShot(0, fill_new)
    qtbot.mouseClick(book.add_button, LEFT)
    [own] = happy_store.list_phrases(parts.store)
    assert own.objection == "Why did my price go up?" and own.category == "explain-why"
    assert book.model.phrases[0].user_id == own.id
    assert "When they say" in book.model.index(0, 0).data()

    click_row(book.phrase_view, 0, qtbot)
    assert book.edit_button.isEnabled() and book.delete_button.isEnabled()

    def fill_edit() -> None:
        book.phrase_dialog.text_edit.setPlainText("It pays for support around the clock.")
        book.phrase_dialog.accept()

    QTimer.singleShot(0, fill_edit)
    qtbot.mouseClick(book.edit_button, LEFT)
    assert happy_store.list_phrases(parts.store)[0].text == "It pays for support around the clock."
    click_row(book.phrase_view, 0, qtbot)
    qtbot.mouseClick(book.delete_button, LEFT)
    assert happy_store.list_phrases(parts.store) == []
    # Shipped phrases cannot be edited or deleted.
    click_row(book.phrase_view, 0, qtbot)
    assert not book.edit_button.isEnabled() and not book.delete_button.isEnabled()


@pytest.fixture(autouse=True)
def _close_dialogs(qtbot):  # type: ignore[no-untyped-def]
    # Earlier tests' Qt objects caught in reference cycles are collected here, on the GUI
    # thread: collected on an export or import worker, their timers would be stopped from the
    # wrong thread (a Qt warning, which fails the test).
    gc.collect()
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()


def test_settings_page_turns_the_offer_off(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    from companion.ui.happy import HappyFilePage
    from companion.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(parts.controller.settings, parts.window)
    qtbot.addWidget(dialog)
    [page] = [p for p in dialog.pages if isinstance(p, HappyFilePage)]
    offer, redact = page.editors["offer_lift_me_up"], page.editors["redact_by_default"]
    assert offer.isChecked() and redact.isChecked()
    qtbot.mouseClick(offer, LEFT)
    qtbot.mouseClick(redact, LEFT)
    new = dialog.result_settings()
    assert new.offer_lift_me_up is False and new.redact_by_default is False
    parts.controller.update_settings(new)
    QGuiApplication.clipboard().setText("mail a@b.co")
    capture = open_capture(parts, qtbot)
    assert not capture.redact_check.isChecked()


def test_checker_findings_can_open_the_phrasebook_at_a_category(parts) -> None:  # type: ignore[no-untyped-def]
    parts.window.show_phrasebook("can-do")
    assert parts.window.current_screen_key() == "phrasebook"
    assert parts.window.screen_widget("phrasebook").current_category() == "can-do"


def test_large_file_loads_by_pages(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from companion.core.happy import HappyEntry
    from companion.core.happy_export import HappyExport

    base = parts.controller.clock()
    entries = tuple(
        HappyEntry(id=None, created=base - dt.timedelta(minutes=n), quote=f"Thank you number {n}")
        for n in range(450)
    )
    happy = screen(parts)
    happy_service.import_happy(parts.controller, HappyExport(entries))
    assert happy.model.rowCount() == 200 and happy.model.total == 450
    assert happy.count_label.text() == "450 entries"
    happy.list_view.scrollToBottom()
    qtbot.waitUntil(lambda: happy.model.rowCount() > 200)
    happy.search_edit.setText("number 44")
    happy.apply_filter()
    assert happy.model.total == 11  # 44 and 440-449
    assert happy.count_label.text() == "11 found"


def test_cli_clipboard_add_handed_to_the_running_app(parts, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from companion import ipc
    from companion.ui.instance_server import InstanceServer

    happy = screen(parts)
    QGuiApplication.clipboard().setText("Brilliant help, thanks! Call +1 415 555 2671")
    server = InstanceServer(parts.controller, tmp_path / "s.sock")
    reply = server.handle(ipc.request_message(["happy", "add", "--clipboard", "--tag", "cli"]))
    assert reply["exit"] == 0, reply
    assert "Hidden: 1 phone number." in str(reply["stdout"])
    assert [e.quote for e in happy.model.entries] == ["Brilliant help, thanks! Call [phone]"]
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    QGuiApplication.clipboard().setImage(image)
    reply = server.handle(ipc.request_message(["happy", "add", "--clipboard"]))
    assert reply["exit"] == 0, reply
    assert happy.model.entries[0].image_mime == "image/png"


# --- changes reach the open screens ---------------------------------------------------------


def test_a_handed_over_happy_add_shows_in_the_open_happy_screen(
    parts, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from companion import ipc
    from companion.services import Change, Subject
    from companion.services.happy import Added
    from companion.ui.instance_server import InstanceServer

    happy = screen(parts)
    assert happy.model.rowCount() == 0
    parts.controller.watch_timer.stop()  # only the command's own announcement may refresh
    heard: list[Change] = []
    parts.controller.changed.connect(heard.append)
    server = InstanceServer(parts.controller, tmp_path / "s.sock")
    reply = server.handle(
        ipc.request_message(["happy", "add", "You fixed it in minutes", "-t", "fast"])
    )
    assert reply["exit"] == 0, reply
    [entry] = happy_store.search_happy(parts.store)
    assert [(c.subject, type(c.payload)) for c in heard] == [(Subject.HAPPY, Added)]
    assert heard[0].payload.entry.id == entry.id  # type: ignore[attr-defined]
    assert [e.quote for e in happy.model.entries] == ["You fixed it in minutes"]
    assert happy.count_label.text() == "1 entry"
    assert happy.tag_combo.findData("fast") > 0


def test_an_import_by_another_process_shows_in_the_open_happy_screen(
    parts, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from companion.core.happy import HappyEntry
    from companion.core.happy_export import render
    from companion.core.phrasebook import UserPhrase
    from companion.services import Change, Subject

    add(parts, "Already here", 0)
    happy = screen(parts)
    parts.window.show_phrasebook("can-do")
    book = parts.window.screen_widget("phrasebook")
    parts.window.show_screen("happy")
    made = parts.controller.clock() - dt.timedelta(days=30)
    dump = tmp_path / "other-laptop.json"
    dump.write_text(
        render(
            [HappyEntry(id=None, created=made, quote="Sent from the old laptop")],
            "json",
            exported=made,
            phrases=[UserPhrase(None, made, "can-do", "I can have it with you by Friday.")],
        ),
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "companion", "import", "happy", str(dump)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Imported 1 new entry" in result.stdout
    with qtbot.waitSignal(parts.controller.changed, timeout=2500) as caught:
        pass
    assert caught.args[0] == Change(Subject.EVERYTHING)
    assert [e.quote for e in happy.model.entries] == ["Already here", "Sent from the old laptop"]
    assert happy.count_label.text() == "2 entries"
    assert "I can have it with you by Friday." in [p.text for p in book.model.phrases]


def test_an_import_on_a_worker_is_announced_on_the_gui_thread(
    parts, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from companion.services import Change, Subject
    from companion.services.happy import Imported

    add(parts, "Exported once", 0)
    happy = screen(parts)
    dump = tmp_path / "happy.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dump), ""))
    with qtbot.waitSignal(happy.task_done, timeout=10_000):
        happy.export_json_action.trigger()
    happy_service.delete_entries(parts.controller, [happy.model.entries[0].id])  # type: ignore[list-item]
    happy_service.purge_deleted(parts.controller, parts.controller.clock().replace(year=2100))
    assert happy.model.rowCount() == 0
    parts.controller.watch_timer.stop()  # the worker's own announcement, not data_version
    heard: list[tuple[Change, int]] = []
    parts.controller.changes.listen(lambda change: heard.append((change, threading.get_ident())))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(dump), ""))
    with qtbot.waitSignal(happy.task_done, timeout=10_000):
        qtbot.mouseClick(happy.import_button, LEFT)
    # (The app becoming active may also look for other writers and announce EVERYTHING.)
    [imported] = [change for change, _ in heard if change.subject is Subject.HAPPY]
    assert isinstance(imported.payload, Imported) and imported.payload.result.added == 1
    assert {thread for _, thread in heard} == {threading.main_thread().ident}
    assert [e.quote for e in happy.model.entries] == ["Exported once"]


def test_lift_is_offered_for_a_negative_logged_here_not_for_another_process_write(
    parts, qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from companion import ipc
    from companion.ui.instance_server import InstanceServer

    add(parts, "Kind words", 0)
    banner = parts.window.banner
    # Another process writes a negative: the window refreshes, but nothing says a log was made.
    from tests.support import log_from_another_process

    log_from_another_process(parts.store.path, parts.controller.clock(), positive=False)
    with qtbot.waitSignal(parts.controller.changed, timeout=2500):
        pass
    assert parts.controller.today().negative == 1
    assert not banner.isVisible()
    # A negative handed over by `companion log -` is announced with what was logged.
    server = InstanceServer(parts.controller, tmp_path / "s.sock")
    reply = server.handle(ipc.request_message(["log", "-"]))
    assert reply["exit"] == 0, reply
    assert banner.isVisible() and "happy file" in banner.label.text()


# --- long entries: whole lines, an ellipsis, a scroll bar ---------------------------------

LONG_QUOTE = (
    "You stayed with me for nearly an hour while I fumbled with the settings, you never once "
    "made me feel stupid, and when the first fix did not work you calmly tried another. "
) * 4
CJK_QUOTE = (
    "本当にありがとうございました。長い間困っていた問題が、あなたの丁寧な説明のおかげで"
    "ようやく解決しました。毎回優しく答えてくださって、心から感謝しています。"
) * 6


@pytest.mark.parametrize("quote", [LONG_QUOTE, CJK_QUOTE, "Supercalifragilistic" * 30])
def test_a_long_entry_shows_three_whole_lines_ending_in_an_ellipsis(parts, qtbot, quote) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontMetrics

    from companion.ui.happy_list import lay_out_quote

    add(parts, quote, 0, note="kept")
    parts.window.resize(960, 640)
    happy = screen(parts)
    qtbot.waitUntil(lambda: happy.list_view.viewport().width() > 500)
    font = happy.list_view.font()
    width = happy.list_view.viewport().width() - 80
    laid = lay_out_quote(" ".join(quote.split()), font, width, happy.delegate.QUOTE_LINES)
    assert laid.cut and laid.lines == 3
    last = laid.pieces[-1].layout
    assert last.text().endswith("…") and last.lineCount() == 1
    metrics = QFontMetrics(font)
    pitch = metrics.lineSpacing()
    assert laid.height == 3 * pitch
    # Every line is whole inside the quote's three lines: a CJK line from a taller fallback
    # font keeps the pitch, its baseline where the font's own would be.
    lines = [p.layout.lineAt(i) for p in laid.pieces for i in range(p.layout.lineCount())]
    assert len(lines) == 3
    for number, line in enumerate(lines):
        baseline = line.position().y() + line.ascent()
        assert baseline == pytest.approx(number * pitch + metrics.ascent(), abs=1)
        assert baseline + metrics.descent() <= laid.height
    # And the card has room for those lines, the note and the date under them.
    assert happy.list_view.visualRect(happy.model.index(0, 0)).height() >= laid.height + 2 * pitch


def test_a_short_entry_is_not_cut(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFont

    from companion.ui.happy_list import lay_out_quote

    laid = lay_out_quote("Best support chat all year.", QFont(), 600, 3)
    assert not laid.cut and laid.lines == 1
    assert laid.pieces[0].layout.text() == "Best support chat all year."
    # Laid out only in part (a very long quote): what is shown still says there is more.
    more = lay_out_quote("Best support chat all year.", QFont(), 600, 3, goes_on=True)
    assert more.cut and more.lines == 1
    assert more.pieces[-1].layout.text() == "Best support chat all year.…"


def test_lift_me_up_scrolls_a_long_message_instead_of_cutting_it(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    long_entry = add(parts, LONG_QUOTE * 2, 0, note="A note " * 40)
    short_entry = add(parts, "Thank you!", 1)
    dialog = LiftDialog(parts.controller, parts.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.show_entry(long_entry)
    qtbot.waitUntil(lambda: dialog.words_area.verticalScrollBar().maximum() > 0)
    label = dialog.quote_label
    assert label.height() >= label.heightForWidth(label.width()), "the message is squeezed"
    assert dialog.meta_label.isVisible() and dialog.meta_label.visibleRegion().boundingRect() == (
        dialog.meta_label.rect()
    )
    dialog.show_entry(short_entry)
    qtbot.waitUntil(lambda: dialog.words_area.verticalScrollBar().maximum() == 0)
    dialog.close()


def visible_words(label) -> str:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(label.text())
    return document.toPlainText()


def test_the_phrasebook_keeps_practice_numbers_behind_its_why_link(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    import re

    from companion.ui.help import PracticesWindow

    parts.window.show_phrasebook("can-do")
    book = parts.window.screen_widget("phrasebook")
    code = re.compile(r"\bP\d+(\.\d+)?\b")
    for row in range(book.category_list.count()):
        book.category_list.setCurrentRow(row)
        item = book.category_list.item(row)
        assert not code.search(visible_words(book.when_label)), item.text()
        assert not code.search(item.text() + item.toolTip()), item.text()
        assert not code.search(book.status_label.text())
    book.show_category("can-do")
    assert visible_words(book.when_label).endswith("Why this works")
    assert "P3.3" in book.when_label.toolTip(), "the numbers are there for whoever wants them"
    book.when_label.linkActivated.emit("practice:P3.3")
    practices = parts.window.findChild(PracticesWindow)
    assert practices is not None and practices.isVisible()
    practices.close()


def test_the_add_my_phrase_hints_fit_their_boxes(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    from companion.ui.phrasebook import PhraseDialog

    book = parts.window.show_screen("phrasebook")
    dialog = PhraseDialog(book.book, parts.window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for edit in (dialog.objection_edit, dialog.text_edit):
        room = edit.viewport().width() - 2 * edit.document().documentMargin()
        assert edit.fontMetrics().horizontalAdvance(edit.placeholderText()) <= room
    assert dialog.objection_hint.isVisible()
    dialog.close()


def test_what_went_well_sent_from_a_reflection_is_not_exported_as_customers_kudos(
    parts, qtbot, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    reflection = parts.window.show_screen("reflection").day_page
    reflection.well_edit.setPlainText("Calmed a furious caller and kept the account.")
    qtbot.mouseClick(reflection.happy_button, LEFT)
    happy = screen(parts)
    target = tmp_path / "kudos.html"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(happy.task_done, timeout=10_000) as done:
        happy.export_html_action.trigger()
    assert done.args == ["Exported 1 entry to kudos.html."]
    page = target.read_text(encoding="utf-8")
    assert "Kudos from our customers" not in page and "<title>What went well</title>" in page
    assert "<blockquote>" not in page and "Calmed a furious caller" in page


def test_lift_offer_to_a_hidden_or_minimised_window_is_a_notification_with_its_button(
    parts, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from companion.ui.happy_tools import HappyActions

    actions = parts.window.findChild(HappyActions)
    assert actions is not None
    sent: list[tuple[str, list[str]]] = []

    def record(title, text, buttons=(), **_kw):  # type: ignore[no-untyped-def]
        sent.append((title, [label for label, _run in buttons]))

    parts.tray.notifier.notify = record
    parts.window.showMinimized()
    actions.on_lift_offered()
    assert sent == [("Lift me up", ["Lift me up"])]
    assert not parts.window.banner.isVisible()
