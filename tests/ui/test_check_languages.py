"""The Check screen reads a draft in the language it is written in, loads a new language's
rules off the GUI thread, lets the agent choose the language, and never shows an old verdict
for a draft it could not check."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from companion.core import checker
from companion.ui import i18n
from companion.ui.check import CheckScreen


def check_screen(parts) -> CheckScreen:
    screen = parts.window.show_screen("check")
    assert isinstance(screen, CheckScreen)
    return screen


def check(qtbot, screen: CheckScreen, text: str) -> None:
    screen.editor.setPlainText(text)
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen._checking is None, timeout=10_000)


def test_a_korean_draft_is_checked_with_the_korean_rules_and_says_so(parts, qtbot):
    screen = check_screen(parts)
    check(qtbot, screen, "그건 고객님 잘못입니다. 저희는 해 드릴 수 없어요.")
    assert screen.report is not None and screen.report.lang == "ko"
    assert screen.report.findings
    assert "(checked as 한국어)" in screen.verdict_label.text()
    assert not screen.verdict_label.text().startswith("OK")


def test_the_first_draft_in_a_language_not_loaded_yet_is_checked_in_the_background(
    parts, qtbot, monkeypatch
):
    screen = check_screen(parts)
    monkeypatch.setattr(checker, "is_ready_for", lambda text, lang=None: False)
    screen.editor.setPlainText("お客様の勘違いです。")
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    assert screen._checking is not None  # handed to a worker: the window goes on
    assert screen.status_label.text() == "Checking…"
    qtbot.waitUntil(lambda: screen.report is not None, timeout=10_000)
    assert screen.report.lang == "ja" and screen.report.findings


def test_a_draft_in_a_language_without_rules_shows_no_verdict_not_an_old_one(parts, qtbot):
    screen = check_screen(parts)
    check(qtbot, screen, "Thanks for waiting, it ships today.")
    assert screen.verdict_label.text().startswith("OK")
    check(qtbot, screen, "这是你的问题，我们不能退款。")
    assert screen.report is None
    assert screen.verdict_label.text().startswith("Not checked")
    assert "中文" in screen.verdict_label.text()
    assert screen.findings_model.rowCount() == 0


def test_the_agent_can_choose_the_language(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText("Σας ευχαριστούμε πολύ.")
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.report is not None, timeout=10_000)
    assert screen.report.lang == "el"
    screen.language_box.setCurrentIndex(screen.language_box.findData("en"))
    qtbot.waitUntil(
        lambda: screen.report is not None and screen.report.lang == "en", timeout=10_000
    )
    names = [screen.language_box.itemText(i) for i in range(screen.language_box.count())]
    assert names[0] == "Automatic" and {"English", "한국어", "日本語", "Ελληνικά"} <= set(names)


def test_a_language_chosen_for_one_draft_is_not_kept_for_the_next(parts, qtbot):
    screen = check_screen(parts)
    screen.editor.setPlainText("Σας ευχαριστούμε πολύ.")
    screen.language_box.setCurrentIndex(screen.language_box.findData("ja"))
    screen.set_text("그건 안 돼요. 고객님 잘못입니다.")  # a new draft, from the clipboard
    qtbot.mouseClick(screen.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.report is not None, timeout=10_000)
    assert screen.language_box.currentData() is None
    assert screen.report.lang == "ko"


def test_a_missing_word_analyser_says_how_to_add_it_and_is_never_ok(parts, qtbot, monkeypatch):
    screen = check_screen(parts)

    def missing(*_args, **_kwargs):
        raise checker.AnalyserUnavailable("x", "ko", "python-mecab-ko")

    monkeypatch.setattr(checker, "check", missing)
    monkeypatch.setattr(checker, "is_ready_for", lambda text, lang=None: True)
    check(qtbot, screen, "그건 안 돼요.")
    shown = screen.verdict_label.text()
    assert shown.startswith("Not checked: 한국어 needs its word analyser")
    assert "pip install python-mecab-ko" in shown
    assert screen.report is None


def test_a_long_japanese_finding_scrolls_instead_of_squeezing_its_lines(qtbot):
    """In a narrow, short detail panel a message of several wrapped lines keeps every line:
    the labels do not overlap, and the panel scrolls to the buttons."""
    from companion.ui.check_findings import FindingDetail

    text = "お問い合わせありがとうございます。とりあえず再起動してみてください。"
    [finding] = [f for f in checker.check(text, "ja").findings if f.rule == "ja-dismissive-hedge"]
    detail = FindingDetail()
    qtbot.addWidget(detail)
    detail.setMaximumHeight(16_777_215)
    detail.resize(260, 140)
    detail.show()
    detail.show_finding(text, finding)
    qtbot.waitUntil(
        lambda: detail.title.height() >= detail.title.heightForWidth(detail.title.width())
    )
    for label in (detail.title, detail.advice):
        assert label.height() >= label.heightForWidth(label.width())
    assert detail.title.geometry().bottom() < detail.advice.geometry().top()
    assert detail.scroller.verticalScrollBar().maximum() > 0
    # the buttons stay in sight at the foot, below the words that scroll
    assert detail.scroller.geometry().bottom() < detail.apply_button.geometry().top()


def test_the_status_line_ends_in_an_ellipsis_when_it_runs_past_two_lines(qtbot):
    from PySide6.QtWidgets import QLabel

    from companion.ui.status_line import StatusLine

    status = StatusLine()
    qtbot.addWidget(status)
    status.resize(120, status.height())
    status.show()
    whole = "Έγινε. Δείτε αν η πρόταση διαβάζεται ακόμα καλά μετά την αλλαγή."
    status.setText(whole)
    assert status.text() == whole
    shown = QLabel.text(status)
    assert shown.endswith("…") and whole.startswith(shown[:-1])
    assert status.toolTip() == whole
    status.resize(2000, status.height())
    qtbot.waitUntil(lambda: QLabel.text(status) == whole)
    assert status.toolTip() == ""


def test_at_the_windows_own_size_the_rewrites_are_in_view_with_the_finding(parts, qtbot):
    # Korean messages and advice wrap to more lines than English ones: the rewrites Apply puts
    # in must still be in view when a finding is selected, without scrolling the detail
    screen = check_screen(parts)
    parts.window.resize(960, 640)  # the size the window opens at
    qtbot.waitUntil(lambda: parts.window.height() == 640)
    check(
        qtbot,
        screen,
        "안녕하세요 고객님.\n\n아니요, 환불은 안 됩니다. 구매 후 30일이 지나면 규정상 절대 환불이 "
        "불가능합니다!!! 지난번 메일에서 이미 말씀드렸잖아요.\n\n김지은 드림",
    )
    model = screen.findings_model
    rows = [model.index(r, 0) for r in range(model.rowCount())]
    [flat_no] = [i for i in rows if i.data().startswith("Flat no")]
    screen.findings_view.scrollTo(flat_no)
    rect = screen.findings_view.visualRect(flat_no)
    qtbot.mouseClick(screen.findings_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = screen.detail
    rewrites = detail.suggestion_list
    assert rewrites.count() >= 1
    viewport = detail.scroller.viewport()
    first = rewrites.visualItemRect(rewrites.item(0))
    top = rewrites.viewport().mapTo(viewport, first.topLeft()).y()
    assert detail.scroller.verticalScrollBar().value() == 0  # nothing scrolled to get there
    assert top + first.height() <= viewport.height(), (top, first.height(), viewport.height())


@pytest.mark.parametrize("code", ["en", "ko", "ja", "el"])
def test_at_the_windows_smallest_size_a_chosen_finding_is_in_view(qapp, qtbot, clock, code):
    """The window cannot be made smaller than the Check screen needs to show a finding: in
    Korean, whose titles and buttons wrap to more lines, the chosen finding's title was cut to
    nothing at the old minimum."""
    from companion import app, settings

    settings.save(settings.load().replace(language=code))  # the window is built in it
    # at midday: after the shift's end the reminder's banner would take its row above Check
    built = app.build(clock=clock)
    window = built.window
    try:
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        screen = window.show_screen("check")
        assert isinstance(screen, CheckScreen)
        assert (
            screen.accessibleName()
            == {
                "en": "Check a reply",
                "ko": "답변 검토",
                "ja": "返信をチェック",
                "el": "Έλεγχος απάντησης",
            }[code]
        )
        check(qtbot, screen, "아니요, 환불은 안 됩니다. 규정상 절대 환불이 불가능합니다!!!")
        screen.select_finding(0)
        window.resize(window.minimumSize())
        qtbot.waitUntil(lambda: window.size() == window.minimumSize())
        title = screen.detail.title
        qtbot.waitUntil(lambda: title.visibleRegion().boundingRect().height() == title.height())
        assert title.height() > 0
        detail = screen.detail
        for button in (screen.check_button, screen.clipboard_button, detail.apply_button):
            assert button.visibleRegion().boundingRect().width() == button.width()
    finally:
        window.has_tray = True  # closing must not quit the shared QApplication
        window.close()
        built.tray.icon.hide()
        built.store.close()
        i18n.install_translations(qapp, "en")


def test_two_lines_of_japanese_fit_the_status_line_whole(qtbot, language):  # type: ignore[no-untyped-def]
    # Japanese and Korean glyphs come from a font with a taller line than the interface font's:
    # two lines of them must fit, not one and an ellipsis
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QLabel

    from companion.ui.status_line import StatusLine

    language("ja")
    status = StatusLine()
    qtbot.addWidget(status)
    status.resize(300, status.height())
    status.show()
    flags = int(Qt.TextFlag.TextWordWrap)
    width = status.contentsRect().width()
    metrics = status.fontMetrics()
    sentence = "反映しました。"
    one_line = metrics.boundingRect(QRect(0, 0, 10_000, 10_000), flags, sentence).height()
    whole = sentence
    while metrics.boundingRect(QRect(0, 0, width, 10_000), flags, whole).height() <= one_line:
        whole += sentence  # until it wraps onto a second line
    status.setText(whole)
    assert QLabel.text(status) == whole
    assert status.toolTip() == ""
