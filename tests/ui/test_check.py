"""The Check screen driven like a user: paste, click, read what is shown, look in the database."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QImage

from companion import ipc, paths
from companion.app import InstanceServer
from companion.store import checks as checks_store
from companion.ui.check import CheckScreen
from companion.ui.check_settings import ReplyCheckPage
from companion.ui.check_tools import ReplyTools
from companion.ui.settings_dialog import SettingsDialog

HARD = "No. You are wrong, as I already said!!! Per our policy, refunds take 14 days."
CARE = "Thanks for asking. Per our policy, refunds take 14 days. Let me know if you need more."


def tools(parts) -> ReplyTools:
    found = parts.window.findChild(ReplyTools)
    assert found is not None
    return found


def check_screen(parts) -> CheckScreen:
    screen = parts.window.show_screen("check")
    assert isinstance(screen, CheckScreen)
    return screen


def stats(parts):
    return checks_store.day_check_stats(parts.store, *parts.controller.today_bounds())


def click_finding(qtbot, screen: CheckScreen, row: int) -> None:
    index = screen.findings_model.index(row, 0)
    screen.findings_view.scrollTo(index)
    rect = screen.findings_view.visualRect(index)
    qtbot.mouseClick(screen.findings_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def rows_of(screen: CheckScreen) -> list[str]:
    model = screen.findings_model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_typing_and_checking_shows_the_verdict_and_findings_and_logs_no_text(parts, qtbot):
    screen = check_screen(parts)
    qtbot.keyClicks(screen.editor, HARD)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert screen.verdict_label.text().startswith("Hard reply")
    shown = "\n".join(rows_of(screen))
    assert "Flat no (P3.2) — “No.”" in shown
    assert "Blame (P3.1) — “You are wrong”" in shown
    assert "Policy without the why (P3.6)" in shown
    assert len(screen.editor.extraSelections()) >= 4  # highlighted in place
    assert stats(parts).checks == 1
    dump = "\n".join(parts.store.conn.iterdump())
    assert "wrong" not in dump and "refunds" not in dump
    assert "Replies checked: 1" in parts.window.findChild(object, "coolOffsToday").text()


def test_a_finding_explains_itself_and_apply_rewrites_the_draft(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText(
        "Thanks for waiting. As I already said, the box is in the shed. "
        "Let me know if it is not there."
    )
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert screen.verdict_label.text().startswith("Needs care")
    [row] = [i for i, text in enumerate(rows_of(screen)) if text.startswith("Dismissive")]
    click_finding(qtbot, screen, row)
    assert screen.detail_box.isVisible()
    assert "from practice P2.3" in screen.detail_title.text()
    assert screen.detail_why.text().startswith("Why it matters:")
    assert screen.suggestion_list.item(0).text() == "To recap"
    qtbot.mouseClick(screen.apply_button, Qt.MouseButton.LeftButton)
    assert screen.text().startswith("Thanks for waiting. To recap, the box is in the shed.")
    assert screen.verdict_label.text().startswith("OK")
    screen.editor.undo()  # one undo step brings the old words back
    assert "As I already said" in screen.text()


def apply_on(qtbot, screen: CheckScreen, title: str, rewrite: str) -> str:
    """Select the finding whose row starts with ``title``, apply the rewrite listed as
    ``rewrite`` with the Apply button, and give the draft as it is then."""
    [row] = [i for i, text in enumerate(rows_of(screen)) if text.startswith(title)]
    click_finding(qtbot, screen, row)
    listed = [screen.suggestion_list.item(i).text() for i in range(screen.suggestion_list.count())]
    assert rewrite in listed, listed
    screen.suggestion_list.setCurrentRow(listed.index(rewrite))
    qtbot.mouseClick(screen.apply_button, Qt.MouseButton.LeftButton)
    return screen.text()


def test_apply_puts_in_words_that_fit_the_sentence(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText(
        "Thanks for asking. No. That's how the plan works. We ALWAYS reply within one working "
        "day, and our SLA is one day."
    )
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert apply_on(qtbot, screen, "Flat no", "I'm sorry, but").startswith(
        "Thanks for asking. I'm sorry, but that's how the plan works. We ALWAYS"
    )
    assert "We always reply" in apply_on(qtbot, screen, "Shouting", "always")
    assert "We usually reply" in apply_on(qtbot, screen, "Absolute", "usually")
    assert apply_on(qtbot, screen, "Jargon", "promised response time").endswith(
        "and our promised response time is one day."
    )
    assert not [r for r in rows_of(screen) if r.startswith(("Flat no", "Shouting", "Jargon"))]


def test_advice_is_shown_and_a_finding_with_no_fitting_rewrite_offers_no_apply(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText("Thanks for waiting. This is bullshit and I will fix it today.")
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    [row] = [i for i, text in enumerate(rows_of(screen)) if text.startswith("Insult")]
    click_finding(qtbot, screen, row)
    assert screen.detail_advice.isVisible()
    assert screen.detail_advice.text().startswith("What to do: Take the swear word out")
    assert not screen.apply_button.isVisible()
    assert screen.suggestion_list.count() == 0


def test_ignore_here_hides_one_match_and_survives_edits_elsewhere(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText("Thanks! Obviously it is red. Obviously it is blue. Let me know.")
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert sum(r.startswith("Dismissive") for r in rows_of(screen)) == 2
    click_finding(qtbot, screen, 0)
    qtbot.mouseClick(screen.ignore_button, Qt.MouseButton.LeftButton)
    assert sum(r.startswith("Dismissive") for r in rows_of(screen)) == 1
    cursor = screen.editor.textCursor()
    cursor.setPosition(0)
    screen.editor.setTextCursor(cursor)
    qtbot.keyClicks(screen.editor, "Hi Ann. ")
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    dismissive = [r for r in rows_of(screen) if r.startswith("Dismissive")]
    assert len(dismissive) == 1


def test_copy_puts_the_reply_on_the_clipboard(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText(CARE)
    qtbot.mouseClick(screen.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == CARE
    assert "Copied" in screen.status_label.text()


def test_check_clipboard_from_the_tray_menu(parts, qtbot):
    QGuiApplication.clipboard().setText(CARE)
    [action] = [a for a in parts.tray.menu.actions() if a.text() == "Check clipboard"]
    action.trigger()
    screen = parts.window.screens["check"]
    assert parts.window.current_screen_key() == "check"
    assert screen.text() == CARE
    assert screen.verdict_label.text().startswith("Needs care")
    [logged] = checks_store.checks_between(parts.store, *parts.controller.today_bounds())
    assert (logged.source, logged.verdict) == ("clipboard", "care")


def test_an_image_on_the_clipboard_gets_a_clear_message(parts, qtbot):
    mime = QMimeData()
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.red)
    mime.setImageData(image)
    QGuiApplication.clipboard().setMimeData(mime)
    screen = check_screen(parts)
    qtbot.mouseClick(screen.clipboard_button, Qt.MouseButton.LeftButton)
    assert "image, not text" in screen.status_label.text()
    assert stats(parts).checks == 0


def test_a_hard_reply_offers_a_cool_off_and_not_now_counts_as_skipped(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText(HARD)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert screen.offer_frame.isVisible()
    assert "3-minute cool-off" in screen.offer_label.text()
    qtbot.mouseClick(screen.not_now_button, Qt.MouseButton.LeftButton)
    assert not screen.offer_frame.isVisible()
    assert stats(parts).cooloffs_skipped == 1
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert not screen.offer_frame.isVisible()  # not offered again for the same draft
    label = parts.window.findChild(object, "coolOffsToday")
    assert "skipped: 1" in label.text()


def test_settings_page_turns_rules_off_and_sets_the_cool_off_length(parts, qtbot):
    dialog = SettingsDialog(parts.controller.settings, parts.window)
    qtbot.addWidget(dialog)
    [page] = [p for p in dialog.pages if isinstance(p, ReplyCheckPage)]
    minutes, watch = page.editors["cooloff_minutes"], page.editors["watch_clipboard"]
    assert minutes.value() == 3 and not watch.isChecked()
    minutes.setValue(5)
    for row in range(page.rules.count()):
        item = page.rules.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == "shouting-punctuation":
            item.setCheckState(Qt.CheckState.Unchecked)
    new = dialog.result_settings()
    assert new.cooloff_minutes == 5 and new.disabled_rules == ("shouting-punctuation",)
    parts.controller.update_settings(new)
    screen = check_screen(parts)
    screen.editor.setPlainText("Thanks, it is fixed!!! Let me know if anything is off.")
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert not any(r.startswith("Shouting") for r in rows_of(screen))


def test_clipboard_watching_notifies_quietly_and_stores_nothing(parts, qtbot):
    watcher = tools(parts).watcher
    assert not watcher.watching  # off by default
    parts.controller.update_settings(parts.controller.settings.replace(watch_clipboard=True))
    assert watcher.watching
    with qtbot.waitSignal(parts.controller.notify, timeout=3000) as note:
        QGuiApplication.clipboard().setText(HARD)
    title, message = note.args
    assert title == "Copied reply: Hard reply" and "finding" in message
    assert stats(parts).checks == 0
    with qtbot.assertNotEmitted(parts.controller.notify, wait=700):
        QGuiApplication.clipboard().setText("12345")  # not a reply


def test_a_big_text_is_checked_in_a_worker(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText(("Thanks, all good here. " * 6000) + "You idiot.")
    with qtbot.waitSignal(parts.controller.changed, timeout=10000, raising=False):
        qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
        assert screen.status_label.text() == "Checking…"
    qtbot.waitUntil(lambda: screen.report is not None, timeout=10000)
    assert screen.verdict_label.text().startswith("Hard reply")
    assert stats(parts).checks == 1


@pytest.fixture
def server(parts):
    instance = InstanceServer(parts.controller, ipc.socket_path(paths.data_dir()))
    assert instance.listen()
    yield instance
    instance.close()


def test_cli_clipboard_check_is_handed_to_the_app_and_opens_there(parts, server, qtbot):
    QGuiApplication.clipboard().setText(HARD)
    parts.window.show_screen("today")
    proc = subprocess.Popen(
        [sys.executable, "-m", "companion", "check", "--clipboard", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    with proc:
        out, err = proc.stdout.read(), proc.stderr.read()
    assert proc.returncode == 1, err
    assert json.loads(out)["verdict"] == "hard"
    screen = parts.window.screens["check"]
    assert parts.window.current_screen_key() == "check"
    assert screen.text() == HARD and screen.verdict_label.text().startswith("Hard reply")
    assert stats(parts).checks == 1  # counted once, by the command


def test_clock_day_bounds_are_used_for_today(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText(CARE)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    parts.controller.clock.advance(days=1)
    assert stats(parts).checks == 0
    parts.controller.clock.advance(days=-1)
    assert stats(parts).checks == 1
    assert parts.controller.clock() > dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def test_a_finding_links_to_the_phrasebook_category_that_helps(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText("Thanks. I can't change the address now. Let me know if that works.")
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    [row] = [i for i, text in enumerate(rows_of(screen)) if text.startswith("Can't without can")]
    click_finding(qtbot, screen, row)
    assert screen.phrases_button.text() == "Phrases: can-do →"
    qtbot.mouseClick(screen.phrases_button, Qt.MouseButton.LeftButton)
    assert parts.window.current_screen_key() == "phrasebook"
    book = parts.window.screens["phrasebook"]
    assert book.category_list.currentItem().data(Qt.ItemDataRole.UserRole) == "can-do"


def test_highlights_land_on_the_right_words_after_emoji_and_rtl(parts, qtbot):
    screen = check_screen(parts)
    text = "Thanks 🙏🏽 שלום e\u0301! 😀😀 As I already said, it is fixed!!! Let me know 👍."
    screen.editor.setPlainText(text)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    highlighted = sorted(s.cursor.selectedText() for s in screen.editor.extraSelections())
    expected = sorted(text[f.start : f.end] for f in screen.report.findings if f.end > f.start)
    assert highlighted == expected and "As I already said" in highlighted
