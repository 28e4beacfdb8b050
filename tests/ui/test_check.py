"""The Check screen driven like a user: paste, click, read what is shown, look in the database."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess
import sys

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QImage, QTextCursor, QTextOption
from PySide6.QtWidgets import QMessageBox

from companion import ipc, paths
from companion.store import checks as checks_store
from companion.ui.check import CheckScreen
from companion.ui.check_findings import CARD_ROLE, FindingCard, FindingCardDelegate
from companion.ui.check_settings import ReplyCheckPage
from companion.ui.check_tools import ReplyTools
from companion.ui.instance_server import InstanceServer
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


def outcomes(parts):
    return checks_store.cooloff_outcomes(parts.store, *parts.controller.today_bounds())


class Answers:
    """Send anyway's question, answered by the test: each answer in turn, then No."""

    def __init__(self, monkeypatch, *answers: QMessageBox.StandardButton) -> None:
        self.asked: list[str] = []
        self.answers = list(answers)
        monkeypatch.setattr(QMessageBox, "question", self)

    def __call__(self, _parent, title, text, *_args):
        self.asked.append(f"{title} {text}")
        return self.answers.pop(0) if self.answers else QMessageBox.StandardButton.No


YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def paste(qtbot, screen: CheckScreen, text: str) -> None:
    """Paste over whatever the editor holds, with the keys an agent uses."""
    QGuiApplication.clipboard().setText(text)
    screen.editor.setFocus()
    qtbot.keyClick(screen.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen.editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def settled(qtbot, screen: CheckScreen) -> None:
    """Wait for the check that follows an edit (the verdict is then about the text shown)."""
    qtbot.waitUntil(lambda: not screen.recheck_timer.isActive() and screen.report is not None)


def test_typing_and_checking_shows_the_verdict_and_findings_and_logs_no_text(parts, qtbot):
    screen = check_screen(parts)
    qtbot.keyClicks(screen.editor, HARD)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert screen.verdict_label.text().startswith("Hard reply")
    shown = "\n".join(rows_of(screen))
    assert "Flat no — “No.”" in shown
    assert "Blame — “You are wrong”" in shown
    assert "Policy without the why — “Per our policy”" in shown
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
    assert screen.detail.title.isVisible() and not screen.detail.placeholder.isVisible()
    assert screen.detail.title.text().startswith("<b>Dismissive</b>: ")
    assert "practice P2.3" in screen.detail.practice_link.text()  # the code lives in the link only
    assert screen.detail.suggestion_list.item(0).text() == "To recap"
    qtbot.mouseClick(screen.detail.apply_button, Qt.MouseButton.LeftButton)
    assert screen.text().startswith("Thanks for waiting. To recap, the box is in the shed.")
    assert screen.verdict_label.text().startswith("OK")
    screen.editor.undo()  # one undo step brings the old words back
    assert "As I already said" in screen.text()


def apply_on(qtbot, screen: CheckScreen, title: str, rewrite: str) -> str:
    """Select the finding whose row starts with ``title``, apply the rewrite listed as
    ``rewrite`` with the Apply button, and give the draft as it is then."""
    [row] = [i for i, text in enumerate(rows_of(screen)) if text.startswith(title)]
    click_finding(qtbot, screen, row)
    listed = [
        screen.detail.suggestion_list.item(i).text()
        for i in range(screen.detail.suggestion_list.count())
    ]
    assert rewrite in listed, listed
    screen.detail.suggestion_list.setCurrentRow(listed.index(rewrite))
    qtbot.mouseClick(screen.detail.apply_button, Qt.MouseButton.LeftButton)
    return screen.text()


def test_after_apply_on_a_long_draft_the_status_says_checking_until_the_check_is_back(parts, qtbot):
    screen = check_screen(parts)
    draft = (
        "Thanks for waiting. As I already said, the box is in the shed. "
        + "Thanks, all good here. " * 6000  # long: checked in a worker
    )
    screen.editor.setPlainText(draft)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen._checking is None and screen.report is not None, timeout=20_000)
    apply_on(qtbot, screen, "Dismissive", "To recap")
    assert screen.text().startswith("Thanks for waiting. To recap, the box is in the shed.")
    assert screen._checking == screen.generation  # the new text is being checked
    assert screen.status_label.text() == "Checking…"
    qtbot.waitUntil(lambda: screen._checking is None, timeout=20_000)
    assert screen.status_label.text() == "Applied. Check the sentence still reads well."
    assert not any(r.startswith("Dismissive") for r in rows_of(screen))


@pytest.mark.parametrize("repeats", [400, 6000], ids=["in the GUI thread", "in a worker"])
def test_after_apply_on_a_draft_with_too_many_findings_the_status_says_applied_then_the_note(
    parts, qtbot, repeats
):
    # The worker's check put the note on the findings listed in place of "Applied", while the
    # check in the GUI thread put "Applied" over the note: both now say what was done, then
    # the note, which still holds.
    screen = check_screen(parts)
    screen.editor.setPlainText(
        "Thanks for waiting. As I already said, the box is in the shed. "
        + "Never. Always. No. " * repeats  # 400: 7 600 characters; 6000: checked in a worker
    )
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen._checking is None and screen.report is not None, timeout=20_000)
    apply_on(qtbot, screen, "Dismissive", "To recap")
    assert screen.text().startswith("Thanks for waiting. To recap, the box is in the shed.")
    qtbot.waitUntil(lambda: screen._checking is None, timeout=20_000)
    assert screen.status_label.text() == (
        "Applied. Check the sentence still reads well. "
        "Only the first 200 findings are listed: work through them, then check again."
    )


def test_check_clipboard_on_a_long_text_says_checking_until_the_check_is_back(parts, qtbot):
    screen = check_screen(parts)
    QGuiApplication.clipboard().setText("Thanks, all good here. " * 6000 + "You idiot.")
    qtbot.mouseClick(screen.clipboard_button, Qt.MouseButton.LeftButton)
    assert screen.status_label.text() == "Checking…"
    qtbot.waitUntil(lambda: screen._checking is None, timeout=20_000)
    assert screen.status_label.text() == "Checked the clipboard."
    assert screen.verdict_label.text().startswith("Hard reply")


def test_apply_puts_in_words_that_fit_the_sentence(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText(
        "Thanks for asking. No. That's how the plan works. We ALWAYS reply within one working "
        "day, and our SLA is one day."
    )
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert apply_on(qtbot, screen, "Flat no", "Unfortunately,").startswith(
        "Thanks for asking. Unfortunately, that's how the plan works. We ALWAYS"
    )
    assert "We always reply" in apply_on(qtbot, screen, "Shouting", "always")
    assert "We usually reply" in apply_on(qtbot, screen, "Absolute", "usually")
    assert apply_on(qtbot, screen, "Jargon", "promised response time").endswith(
        "and our promised response time is one day."
    )
    assert not [r for r in rows_of(screen) if r.startswith(("Flat no", "Shouting", "Jargon"))]


def test_a_pasted_reply_with_hidden_characters_is_checked_and_fixed_as_it_reads(parts, qtbot):
    screen = check_screen(parts)
    # a zero-width space inside "wrong" and a soft hyphen in "date", as web pages carry them
    paste(qtbot, screen, "Thanks for writing. You are wr\u200bong about the da\u00adte.")
    settled(qtbot, screen)
    assert any(r.startswith("Blame — “You are wr") for r in rows_of(screen))
    fixed = apply_on(qtbot, screen, "Blame", "There may be a mix-up")
    assert fixed == "Thanks for writing. There may be a mix-up about the da\u00adte."


def test_an_order_put_as_the_agents_need_is_rewritten_as_a_request(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText(
        "Thanks for calling, Sam. I need you to restart the router before we go on."
    )
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert screen.verdict_label.text().startswith("Needs care")
    fixed = apply_on(qtbot, screen, "Blame", "It would help if you could")
    assert fixed == (
        "Thanks for calling, Sam. It would help if you could restart the router before we go on."
    )
    assert screen.verdict_label.text().startswith("OK")


def test_advice_is_shown_and_a_finding_with_no_fitting_rewrite_offers_no_apply(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText("Thanks for waiting. This is bullshit and I will fix it today.")
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    [row] = [i for i, text in enumerate(rows_of(screen)) if text.startswith("Insult")]
    click_finding(qtbot, screen, row)
    assert screen.detail.advice.isVisible()
    assert screen.detail.advice.text().startswith("What to do: Take the swear word out")
    assert not screen.detail.apply_button.isVisible()
    assert screen.detail.suggestion_list.count() == 0


def ignore_the_first_and_go_to_the_start(qtbot, screen: CheckScreen, draft: str) -> None:
    """Check ``draft`` (two "Obviously"), ignore the first one here, put the cursor first."""
    screen.editor.setPlainText(draft)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert sum(r.startswith("Dismissive") for r in rows_of(screen)) == 2
    click_finding(qtbot, screen, 0)
    qtbot.mouseClick(screen.detail.ignore_button, Qt.MouseButton.LeftButton)
    assert sum(r.startswith("Dismissive") for r in rows_of(screen)) == 1
    cursor = screen.editor.textCursor()
    cursor.setPosition(0)
    screen.editor.setTextCursor(cursor)


def test_ignore_here_hides_one_match_and_survives_edits_elsewhere(parts, qtbot):
    screen = check_screen(parts)
    draft = "Thanks! Obviously it is red. Obviously it is blue. Let me know."
    ignore_the_first_and_go_to_the_start(qtbot, screen, draft)
    qtbot.keyClicks(screen.editor, "Hi Ann. ")
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    dismissive = [r for r in rows_of(screen) if r.startswith("Dismissive")]
    assert len(dismissive) == 1


def test_ignore_here_survives_edits_in_a_draft_with_emoji(parts, qtbot):
    # Qt counts an emoji as two places and Python as one: the marks must still follow the words
    screen = check_screen(parts)
    draft = "Thanks 👍🏽! Obviously it is red. Obviously it is blue. Bye."
    ignore_the_first_and_go_to_the_start(qtbot, screen, draft)
    # before the ignored words, with an emoji (typed as an input method puts one in), and after
    qtbot.keyClicks(screen.editor, "Hi Ann ")
    screen.editor.textCursor().insertText("😀")
    qtbot.keyClicks(screen.editor, ". ")
    screen.editor.moveCursor(QTextCursor.MoveOperation.End)
    screen.editor.textCursor().insertText(" 👋")
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert sum(r.startswith("Dismissive") for r in rows_of(screen)) == 1
    [left] = [f for f in screen.report.findings if f.category == "dismissive"]
    assert screen.text()[left.start : left.end] == "Obviously"
    assert left.start > screen.text().index("blue") - 20  # the second one, not the ignored one


def test_a_long_draft_typed_into_while_it_is_checked_keeps_its_marks_on_their_words(parts, qtbot):
    # a long draft is checked in a worker; typing meanwhile makes that check's places stale
    screen = check_screen(parts)
    screen.set_text(HARD + " Thanks, all good here." * 6000)
    screen.run_check("typed")
    qtbot.waitUntil(lambda: screen._checking is None and screen.report is not None, timeout=20_000)
    cursor = screen.editor.textCursor()
    cursor.setPosition(0)
    screen.editor.setTextCursor(cursor)
    qtbot.keyClicks(screen.editor, "Hi. ")
    qtbot.waitUntil(lambda: screen._checking is not None, timeout=5_000)  # checked again
    qtbot.keyClicks(screen.editor, "Dear Sam, ")  # typed into while that check runs
    qtbot.waitUntil(lambda: screen._checking is None, timeout=20_000)
    model, checked = screen.findings_model, screen._checked_text
    found = [f for f in screen.report.findings if f.end > f.start]
    # every card quotes, and every mark covers, the words the check found in the text it read
    quotes = [model.text[f.start : f.end] for f in found]
    assert quotes == [checked[f.start : f.end] for f in found]
    marked = [selection.cursor.selectedText() for selection in screen.editor.extraSelections()]
    assert marked and set(marked) <= set(quotes), (marked, quotes)


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


def test_the_chosen_card_stays_chosen_through_a_settings_change_and_typing(parts, qtbot):
    screen = check_screen(parts)
    paste(qtbot, screen, HARD)
    settled(qtbot, screen)
    [row] = [i for i, text in enumerate(rows_of(screen)) if text.startswith("Policy")]
    click_finding(qtbot, screen, row)
    chosen = screen.selected_finding()
    assert chosen is not None and screen.detail.title.text().startswith("<b>Policy")
    # another rule switched off in Settings: the draft is checked again, the card still chosen
    parts.controller.update_settings(
        parts.controller.settings.replace(disabled_rules=("shouting-punctuation",))
    )
    qtbot.waitUntil(lambda: not any(r.startswith("Shouting") for r in rows_of(screen)))
    assert screen.selected_finding() == chosen
    assert screen.detail.title.text().startswith("<b>Policy")
    # typing at the end: the re-check keeps the card, and the cursor stays where it types
    screen.editor.setFocus()
    screen.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(screen.editor, " Thanks")
    settled(qtbot, screen)
    qtbot.waitUntil(lambda: screen.current_report() is not None)  # the check of the new text
    assert screen.selected_finding() == chosen
    assert screen.editor.textCursor().position() == len(screen.text())
    assert screen.text().endswith("14 days. Thanks")
    # typing before it moves its words: still the same card
    cursor = screen.editor.textCursor()
    cursor.setPosition(0)
    screen.editor.setTextCursor(cursor)
    qtbot.keyClicks(screen.editor, "Hi. ")
    settled(qtbot, screen)
    qtbot.waitUntil(lambda: screen.current_report() is not None)
    moved = screen.selected_finding()
    assert moved is not None and moved.rule == chosen.rule
    assert moved.start == chosen.start + len("Hi. ")
    assert screen.editor.textCursor().position() == len("Hi. ")


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


def test_a_huge_line_without_spaces_is_wrapped_anywhere_kept_whole_and_checked(parts, qtbot):
    # Wrapping at word boundaries, Qt looks along a run with no space for a boundary for each
    # line it wraps: 500 KB of it pasted held the window for half a minute. Wrapped anywhere,
    # the same line is laid out at once.
    screen = check_screen(parts)
    line = ("x" * 37 + ".") * 13_000  # about 500 KB, no space, no line end
    paste(qtbot, screen, line)
    assert screen.editor.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    assert screen.text() == line  # nothing of it lost
    qtbot.waitUntil(lambda: screen.report is not None and screen._checking is None, timeout=20_000)
    assert screen.verdict_label.text().startswith("OK")
    assert screen.editor.horizontalScrollBar().maximum() == 0  # wrapped, not scrolled sideways
    # an ordinary draft pasted over it wraps between words again
    paste(qtbot, screen, CARE)
    assert screen.editor.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    settled(qtbot, screen)


def test_a_long_run_of_hangul_without_spaces_is_wrapped_anywhere(parts, qtbot):
    # Qt does not break between Hangul syllables: wrapped at word boundaries, 300 KB of them with
    # no space held the window for 12 s. Japanese breaks between characters and wraps as before.
    screen = check_screen(parts)
    paste(qtbot, screen, "안녕하세요고객님감사합니다" * 1_000)  # 13 000 syllables, no space
    assert screen.editor.wordWrapMode() == QTextOption.WrapMode.WrapAnywhere
    paste(qtbot, screen, "お問い合わせありがとうございます" * 1_000)
    assert screen.editor.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    paste(qtbot, screen, "안녕하세요 고객님 감사합니다 " * 1_000)  # spaced as Korean is written
    assert screen.editor.wordWrapMode() == QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
    settled(qtbot, screen)


@pytest.fixture
def server(parts):
    instance = InstanceServer(parts.controller, ipc.socket_path(paths.data_dir()))
    assert instance.listen()
    yield instance
    instance.close()


def test_cli_clipboard_check_is_handed_to_the_app_and_held_there(parts, server, qtbot, monkeypatch):
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
    assert screen.take_button.isVisible() and screen.send_button.isVisible()
    answers = Answers(monkeypatch, NO)
    QGuiApplication.clipboard().setText("something else")
    qtbot.mouseClick(screen.copy_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 1 and QGuiApplication.clipboard().text() == "something else"
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert stats(parts).checks == 1  # the same draft: not counted again


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
    assert screen.detail.phrases_button.text() == "Phrases →"  # the same width for every finding
    assert "can-do" in screen.detail.phrases_button.toolTip()
    qtbot.mouseClick(screen.detail.phrases_button, Qt.MouseButton.LeftButton)
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


# --- the gate: a hard reply waits, however it arrived ---------------------------------------


def by_paste(parts, qtbot, screen: CheckScreen) -> None:
    paste(qtbot, screen, HARD)
    settled(qtbot, screen)


def by_typing(parts, qtbot, screen: CheckScreen) -> None:
    screen.editor.setFocus()
    qtbot.keyClicks(screen.editor, HARD)
    settled(qtbot, screen)


def by_check_button(parts, qtbot, screen: CheckScreen) -> None:
    screen.editor.setPlainText(HARD)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)


def by_check_clipboard(parts, qtbot, screen: CheckScreen) -> None:
    QGuiApplication.clipboard().setText(HARD)
    qtbot.mouseClick(screen.clipboard_button, Qt.MouseButton.LeftButton)


def by_tray(parts, qtbot, screen: CheckScreen) -> None:
    QGuiApplication.clipboard().setText(HARD)
    parts.window.show_screen("today")
    [action] = [a for a in parts.tray.menu.actions() if a.text() == "Check clipboard"]
    action.trigger()


@pytest.mark.parametrize(
    "arrive",
    [by_paste, by_typing, by_check_button, by_check_clipboard, by_tray],
    ids=["paste", "typing", "check", "check-clipboard", "tray"],
)
def test_a_hard_reply_is_held_however_it_arrives(parts, qtbot, monkeypatch, arrive):
    screen = check_screen(parts)
    arrive(parts, qtbot, screen)
    assert parts.window.current_screen_key() == "check"
    assert screen.verdict_label.text().startswith("Hard reply")
    assert screen.take_button.isVisible() and screen.send_button.isVisible()
    assert "3-minute cool-off" in screen.note_label.text()
    QGuiApplication.clipboard().setText("something else")
    answers = Answers(monkeypatch, NO)
    qtbot.mouseClick(screen.copy_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 1 and answers.asked[0].startswith("Send anyway?")
    screen.editor.setFocus()  # the editor's own Copy asks the same question
    qtbot.keyClick(screen.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen.editor, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert len(answers.asked) == 2
    assert QGuiApplication.clipboard().text() == "something else"
    assert outcomes(parts) == []
    answers.answers = [YES]
    qtbot.mouseClick(screen.send_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == HARD
    assert outcomes(parts) == ["sent-anyway"]
    assert not screen.take_button.isVisible() and "Sent anyway" in screen.note_label.text()
    qtbot.mouseClick(screen.copy_button, Qt.MouseButton.LeftButton)
    assert len(answers.asked) == 3  # released: Copy reply does not ask again
    assert stats(parts).checks == 1
    label = parts.window.findChild(object, "coolOffsToday")
    assert "Replies checked: 1" in label.text() and "skipped: 1" in label.text()


def test_a_draft_edited_since_its_verdict_is_checked_again_before_it_is_copied(
    parts, qtbot, monkeypatch
):
    screen = check_screen(parts)
    paste(qtbot, screen, CARE)
    settled(qtbot, screen)
    answers = Answers(monkeypatch, NO)
    screen.editor.moveCursor(screen.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(screen.editor, " You idiot.")
    qtbot.mouseClick(screen.copy_button, Qt.MouseButton.LeftButton)  # before the recheck
    assert len(answers.asked) == 1
    assert screen.verdict_label.text().startswith("Hard reply")


def test_a_hard_draft_that_is_rewritten_is_no_longer_held(parts, qtbot, monkeypatch):
    screen = check_screen(parts)
    paste(qtbot, screen, HARD)
    settled(qtbot, screen)
    answers = Answers(monkeypatch)
    geometry = screen.editor.geometry(), screen.copy_button.geometry()
    paste(qtbot, screen, CARE)
    settled(qtbot, screen)
    assert not screen.take_button.isVisible() and screen.note_label.text() == ""
    assert (screen.editor.geometry(), screen.copy_button.geometry()) == geometry  # nothing moved
    qtbot.mouseClick(screen.copy_button, Qt.MouseButton.LeftButton)
    assert answers.asked == [] and QGuiApplication.clipboard().text() == CARE


# --- counted once a draft -------------------------------------------------------------------


def test_a_pasted_draft_counts_once_when_its_verdict_settles(parts, qtbot):
    screen = check_screen(parts)
    screen.settle_timer.setInterval(50)
    paste(qtbot, screen, CARE)
    qtbot.waitUntil(lambda: stats(parts).checks == 1)
    qtbot.keyClicks(screen.editor, " Thanks again.")  # an edit: the same draft
    settled(qtbot, screen)
    qtbot.wait(150)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.copy_button, Qt.MouseButton.LeftButton)
    assert stats(parts).checks == 1
    paste(qtbot, screen, "Thanks for waiting, Ann. The refund went out today; tell me if not.")
    qtbot.waitUntil(lambda: stats(parts).checks == 2)  # pasted over it all: a new draft
    logged = checks_store.checks_between(parts.store, *parts.controller.today_bounds())
    assert [c.source for c in logged] == ["typed", "typed"]


def test_a_typed_draft_counts_once_not_per_pause(parts, qtbot):
    screen = check_screen(parts)
    screen.settle_timer.setInterval(50)
    screen.editor.setFocus()
    for part in ("Thanks for asking.", " The refund went out today", ", so", " tell me if not."):
        qtbot.keyClicks(screen.editor, part)
        settled(qtbot, screen)
        qtbot.wait(150)  # a pause long enough for the verdict to settle
    assert stats(parts).checks == 1  # not for "Thanks for asking." (not yet a reply), once after
    qtbot.keyClick(screen.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(screen.editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(screen.editor, "Hi Ann, the new card is on its way to you now.")
    settled(qtbot, screen)
    qtbot.waitUntil(lambda: stats(parts).checks == 2)  # typed into an empty editor: a new draft


# --- what an agent reads, and where it stays ------------------------------------------------


def test_findings_are_cards_for_the_eye_the_keyboard_and_a_screen_reader(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText(HARD)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    view, model = screen.findings_view, screen.findings_model
    assert isinstance(view.itemDelegate(), FindingCardDelegate)
    line = view.fontMetrics().lineSpacing()
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        card = index.data(CARD_ROLE)
        assert isinstance(card, FindingCard)
        assert view.visualRect(index).height() >= 3 * line  # category, words, why at least
        spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
        assert card.title in spoken and card.words in spoken and f"Why: {card.why}" in spoken
    [no] = [
        model.index(r, 0) for r in range(model.rowCount()) if rows_of(screen)[r][:7] == "Flat no"
    ]
    assert no.data(CARD_ROLE).rewrites[0] == "“Unfortunately,”"
    assert not view.grab().isNull()  # the cards paint
    assert view.horizontalScrollBar().maximum() == 0
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert view.currentIndex().row() == 0
    assert model.index(0, 0).data(CARD_ROLE).title in screen.detail.title.text()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1
    assert model.index(1, 0).data(CARD_ROLE).title in screen.detail.title.text()


def test_what_to_do_is_said_once_under_the_list_and_the_list_gets_the_room(parts, qtbot):
    """A card says what was found and why; what to do and the rewrites are the pane's below
    (said on both, the same advice took half the column and one card was all that showed)."""
    screen = check_screen(parts)
    screen.window().resize(1100, 760)
    screen.editor.setPlainText(HARD)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    view, model = screen.findings_view, screen.findings_model
    delegate = view.itemDelegate()
    assert isinstance(delegate, FindingCardDelegate)
    for row in range(model.rowCount()):
        card = model.index(row, 0).data(CARD_ROLE)
        painted = " ".join(text for _, text in delegate._blocks(card, view.font()))
        assert card.why in painted
        assert not card.advice or card.advice not in painted
    view.setCurrentIndex(model.index(0, 0))
    finding = screen.findings_model.finding(0)
    assert finding is not None and finding.advice
    assert screen.detail.advice.text() == f"What to do: {finding.advice}"
    qtbot.waitUntil(lambda: view.height() > 0)
    assert view.height() > screen.detail.height()


def test_no_practice_codes_in_what_an_agent_reads(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText(HARD)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    click_finding(qtbot, screen, 0)
    model = screen.findings_model
    read = [
        model.index(r, 0).data(role)
        for r in range(model.rowCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)
    ]
    read += [w.text() for w in screen.findChildren(type(screen.verdict_label)) if w.isVisible()]
    read = [text for text in read if text != screen.detail.practice_link.text()]
    assert read and not [text for text in read if re.search(r"\bP\d\.\d", text)]
    assert re.search(r"practice P\d\.\d", screen.detail.practice_link.text())  # kept in the link


def test_selecting_a_finding_moves_nothing(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText(HARD + " We ALWAYS reply within one working day.")
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)

    def places():
        return [w.geometry() for w in (screen.editor, screen.findings_view, screen.detail)]

    before = places()
    for row in range(screen.findings_model.rowCount()):
        click_finding(qtbot, screen, row)
        assert places() == before, row


def test_a_long_rewrite_wraps_instead_of_scrolling_sideways(parts, qtbot):
    screen = check_screen(parts)
    parts.window.resize(parts.window.minimumSize())  # the rewrite is longer than the list
    qtbot.waitUntil(lambda: parts.window.size() == parts.window.minimumSize())
    screen.editor.setPlainText("Thanks for asking. I am afraid we cannot refund this order.")
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    [row] = [i for i, text in enumerate(rows_of(screen)) if text.startswith("Can't without")]
    click_finding(qtbot, screen, row)
    rewrites = screen.detail.suggestion_list
    longest = max(range(rewrites.count()), key=lambda r: len(rewrites.item(r).text()))
    width = rewrites.fontMetrics().horizontalAdvance(rewrites.item(longest).text())
    assert width > rewrites.viewport().width()  # too long for one line here
    rect = rewrites.visualItemRect(rewrites.item(longest))
    assert rect.width() <= rewrites.viewport().width()
    assert rect.height() >= 2 * rewrites.fontMetrics().lineSpacing()  # wrapped
    assert rewrites.horizontalScrollBar().maximum() == 0


def test_the_editors_menu_and_a_drag_ask_the_same_gate(parts, qtbot, monkeypatch):
    from PySide6.QtCore import QPoint

    screen = check_screen(parts)
    paste(qtbot, screen, HARD)
    settled(qtbot, screen)
    QGuiApplication.clipboard().setText("something else")
    screen.editor.selectAll()
    assert screen.editor.createMimeDataFromSelection().text() == ""  # a drag carries nothing
    answers = Answers(monkeypatch, NO, YES)

    def cut_from_the_menu() -> None:
        menu = screen.editor.gated_context_menu(QPoint(5, 5))
        [cut] = [a for a in menu.actions() if a.objectName() == "edit-cut"]
        cut.trigger()
        menu.deleteLater()

    cut_from_the_menu()  # answered No: the draft stays whole
    assert len(answers.asked) == 1
    assert screen.text() == HARD and QGuiApplication.clipboard().text() == "something else"
    cut_from_the_menu()  # answered Yes: sent anyway, and counted
    assert QGuiApplication.clipboard().text() == HARD and screen.text() == ""
    assert outcomes(parts) == ["sent-anyway"] and stats(parts).checks == 1


def test_the_verdict_counts_findings_in_words_not_with_brackets(parts):
    screen = parts.window.show_screen("check")
    screen.set_text("Per our policy, refunds take 14 days. Thanks for asking, let me know.")
    screen.run_check("typed")
    text = screen.verdict_label.text()
    assert "(s)" not in text
    assert "one finding" in text or "findings" in text or "thing" in text


def test_a_findings_practice_link_opens_the_practices_in_the_app(parts, qtbot):
    from PySide6.QtWidgets import QApplication

    from companion.ui.help import PracticesWindow

    screen = parts.window.show_screen("check")
    screen.set_text("Per our policy, refunds take 14 days. Thanks for asking, let me know.")
    screen.run_check("typed")
    screen.select_finding(0)
    detail = screen.detail
    assert detail.practice.startswith("P")
    detail.on_practice_link("practices")
    opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, PracticesWindow)]
    assert opened and opened[0].isVisible()
    opened[0].close()


def test_a_stock_line_in_a_long_reply_is_shown_as_a_hint(parts, qtbot):
    screen = check_screen(parts)
    paste(
        qtbot,
        screen,
        "Hi Sam, thank you for telling us about the broken handle on your kettle, and I'm sorry "
        "it failed after only two weeks. I have checked your order, and the replacement kettle "
        "left our warehouse with the courier, and the tracking link is in the email we sent a "
        "minute ago. You don't need to send the old one back: please recycle it locally. Your "
        "satisfaction is our top priority.",
    )
    settled(qtbot, screen)
    assert screen.verdict_label.text().startswith("OK")
    card = screen.findings_model.card(0)
    assert card is not None and (card.level, card.severity) == ("hint", "hint")


def highlighted_words(screen: CheckScreen) -> list[str]:
    return [s.cursor.selectedText() for s in screen.editor.extraSelections()]


def type_at_start(qtbot, screen: CheckScreen, words: str) -> None:
    cursor = screen.editor.textCursor()
    cursor.setPosition(0)
    screen.editor.setTextCursor(cursor)
    qtbot.keyClicks(screen.editor, words)


def test_a_card_chosen_after_an_edit_marks_nothing_stale_and_the_draft_is_checked_again(
    parts, qtbot
):
    screen = check_screen(parts)
    screen.editor.setPlainText(HARD)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    type_at_start(qtbot, screen, "Hello there. ")  # the re-check is still 350 ms away
    [row] = [i for i, text in enumerate(rows_of(screen)) if text.startswith("Blame")]
    click_finding(qtbot, screen, row)
    # the cards were about the text before the edit: checked again at once, nothing marked
    # at the old places
    assert screen._checked_text == screen.text()
    assert "choose from the new findings" in screen.status_label.text()
    assert "Hel" not in highlighted_words(screen)
    assert all(w in screen.text() for w in highlighted_words(screen))
    [row] = [i for i, text in enumerate(rows_of(screen)) if text.startswith("Blame")]
    click_finding(qtbot, screen, row)
    assert "You are wrong" in highlighted_words(screen)


def test_ignore_and_apply_after_an_edit_do_nothing_at_the_old_places(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText(HARD)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    [row] = [i for i, text in enumerate(rows_of(screen)) if text.startswith("Shouting")]
    click_finding(qtbot, screen, row)
    type_at_start(qtbot, screen, "Hi. ")
    qtbot.mouseClick(screen.detail.ignore_button, Qt.MouseButton.LeftButton)
    assert screen.ignored == frozenset()  # no mark stored at the old offsets
    assert "choose from the new findings" in screen.status_label.text()
    assert any(r.startswith("Shouting") for r in rows_of(screen))
    [row] = [i for i, text in enumerate(rows_of(screen)) if text.startswith("Flat no")]
    click_finding(qtbot, screen, row)
    before = screen.text()
    type_at_start(qtbot, screen, "So. ")
    qtbot.mouseClick(screen.detail.apply_button, Qt.MouseButton.LeftButton)
    assert screen.text() == "So. " + before  # nothing rewritten by the old places


def test_a_broken_character_handed_to_the_screen_does_not_shift_marks_or_rewrites(parts, qtbot):
    screen = check_screen(parts)
    screen.set_text("No. You are wrong \ud800!!! Per our policy \udfff, refunds take 14 days.")
    screen.run_check("typed")
    assert "\ufffd" in screen.text()
    words = highlighted_words(screen)
    assert "!!!" in words and "Per our policy" in words
    explained = "I'm happy to explain the reason behind it if that helps."
    result = apply_on(qtbot, screen, "Policy without the why", explained)
    assert result.endswith("\ufffd, refunds take 14 days. " + explained)


def test_a_pasted_document_lists_its_first_findings_and_the_window_stays_quick(parts, qtbot):
    from companion.ui.check_findings import MAX_CARDS

    screen = check_screen(parts)
    screen.set_text("Never. Always. No. " * 400)
    screen.run_check("typed")
    assert len(screen.report.findings) > MAX_CARDS
    assert screen.findings_model.rowCount() == MAX_CARDS
    assert len(screen.editor.extraSelections()) <= MAX_CARDS
    assert "Only the first 200 findings are listed" in screen.status_label.text()
