"""The window and every dialog fit a small screen (800×600) in every language, frame and buttons
included: texts wrap or the content scrolls, and no edge lands off the screen."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QDialog

from companion.core.happy import HappyEntry
from companion.ui import i18n

SMALL_SCREEN = QRect(0, 0, 800, 600)
FRAME = (16, 40)
"""What a window manager adds around a window (borders, title bar): the offscreen platform
reports none, a desktop does."""


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """Every screen says it is 800×600 (ask for it before ``parts``, which opens the window)."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(SMALL_SCREEN))
    return SMALL_SCREEN


@pytest.fixture
def large_screen(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """Every screen says it is 1920×1080, less a panel."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1920, 1050))
    return QRect(0, 0, 1920, 1050)


def every_dialog(parts) -> dict[str, QDialog]:  # type: ignore[no-untyped-def]
    """Each dialog of the app, made as the app makes it."""
    from companion.settings import Settings
    from companion.ui.backups import BackupKeeper, BackupsDialog
    from companion.ui.capture import CaptureDialog
    from companion.ui.happy import EditDialog
    from companion.ui.help import PracticesWindow, ShortcutSheet
    from companion.ui.history_day import DayDialog
    from companion.ui.lift import LiftDialog
    from companion.ui.phrasebook import PhraseDialog
    from companion.ui.settings_dialog import SettingsDialog
    from companion.ui.welcome import WelcomeDialog

    window = parts.window
    keeper = window.findChild(BackupKeeper)
    entry = HappyEntry(
        id=1, created=dt.datetime(2025, 12, 2, 12, tzinfo=dt.UTC), quote="Thank you!", note="A"
    )
    return {
        "settings": SettingsDialog(Settings(), window),
        "practices": PracticesWindow(window),
        "shortcuts": ShortcutSheet(window),
        "phrase": PhraseDialog(window.show_screen("phrasebook").book, window),
        "backups": BackupsDialog(keeper, window),
        "day": DayDialog(parts.controller, window),
        "happy entry": EditDialog(entry, window),
        "lift": LiftDialog(parts.controller, window),
        "capture": CaptureDialog(parts.controller, window, text="You fixed it in minutes, thanks!"),
        "welcome": WelcomeDialog(parts.controller, window),
    }


@pytest.mark.parametrize("code", ["en", "ko", "ja", "el"])
def test_every_dialog_fits_an_800_by_600_screen(small_screen, parts, qtbot, language, code):
    language(code)
    room = (small_screen.width() - FRAME[0], small_screen.height() - FRAME[1])
    too_big = []
    for name, dialog in every_dialog(parts).items():
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        opened = (dialog.width(), dialog.height())
        smallest = (dialog.minimumSize().width(), dialog.minimumSize().height())
        smallest_laid_out = (dialog.minimumSizeHint().width(), dialog.minimumSizeHint().height())
        for what, size in (("opens", opened), ("min", smallest), ("layout", smallest_laid_out)):
            if size[0] > room[0] or size[1] > room[1]:
                too_big.append(f"{name} {what} {size[0]}×{size[1]}")
        dialog.close()
    assert not too_big, f"wider or taller than {room[0]}×{room[1]} in {code}: {too_big}"


@pytest.fixture(params=["en", "el"])
def chosen_language(request, language) -> str:  # type: ignore[no-untyped-def]
    """Settings → Language, saved before ``parts`` opens the window in it."""
    from companion import settings

    settings.save(settings.load().replace(language=request.param))
    return str(request.param)


def test_on_a_small_screen_the_window_fits_and_its_screens_scroll(
    small_screen, chosen_language, parts, qtbot
):
    from companion.ui.main_window import SCREENS

    window = parts.window
    assert i18n.ui_language() == chosen_language
    room = (small_screen.width() - FRAME[0], small_screen.height() - FRAME[1])
    assert window.width() <= room[0] and window.height() <= room[1]
    assert window.minimumWidth() <= room[0] and window.minimumHeight() <= room[1]
    area = window.screen_area
    for spec in SCREENS:
        screen = window.show_screen(spec.key)
        qtbot.wait(20)
        # each screen takes the width it is given, no less than its own layout needs (not the
        # window's smallest size), and scrolls sideways only if that is wider than the room
        smallest = screen.minimumSizeHint()
        assert window.screen_holder.minimumSizeHint() == smallest, spec.key
        assert screen.width() >= smallest.width() and screen.height() >= smallest.height()
        wider = smallest.width() > area.viewport().width()
        assert area.horizontalScrollBar().isVisible() == wider, (spec.key, smallest)
        if not wider:
            assert screen.width() == area.viewport().width(), spec.key
        for bar in (area.horizontalScrollBar(), area.verticalScrollBar()):
            bar.setValue(bar.maximum())
        corner = screen.mapTo(area.viewport(), screen.rect().bottomRight())
        assert corner.x() < area.viewport().width() and corner.y() < area.viewport().height()
    today = window.show_screen("today")
    qtbot.wait(20)
    assert not area.horizontalScrollBar().isVisible()
    # a screen that comes to need more room (a longer text) scrolls at once
    today.setMinimumWidth(area.viewport().width() + 50)
    qtbot.waitUntil(lambda: area.horizontalScrollBar().maximum() >= 50)


def test_on_a_large_screen_the_window_opens_as_before_and_nothing_scrolls(
    large_screen, chosen_language, parts, qtbot
):
    from companion.ui.main_window import MINIMUM_SIZE, MINIMUM_SIZES, SCREENS

    window = parts.window
    assert (window.width(), window.height()) == (960, 640)
    assert (window.minimumWidth(), window.minimumHeight()) == MINIMUM_SIZES.get(
        chosen_language, MINIMUM_SIZE
    )
    window.resize(window.minimumSize())
    qtbot.waitUntil(lambda: window.size() == window.minimumSize())
    for key in [spec.key for spec in SCREENS]:
        window.show_screen(key)
        qtbot.wait(20)
        assert not window.screen_area.horizontalScrollBar().isVisible(), key
        assert not window.screen_area.verticalScrollBar().isVisible(), key


def test_each_screen_opens_at_its_top_left(parts, qtbot):
    window = parts.window
    # a window so small that Today scrolls both ways (at 800×600 it fits the width)
    window.setMinimumSize(0, 0)
    window.resize(500, 440)
    window.show_screen("today")
    area = window.screen_area
    bars = (area.horizontalScrollBar(), area.verticalScrollBar())
    qtbot.waitUntil(lambda: all(bar.maximum() > 0 for bar in bars))
    for bar in bars:
        bar.setValue(bar.maximum())
    for key in ("reflection", "history", "check", "today"):
        window.show_screen(key)
        qtbot.wait(20)
        assert [bar.value() for bar in bars] == [0, 0], key
        for bar in bars:
            bar.setValue(bar.maximum())


@pytest.fixture(params=["en", "ko", "ja", "el"])
def every_language(request) -> str:  # type: ignore[no-untyped-def]
    """Settings → Language, each in turn, saved before ``parts`` opens the window in it."""
    from companion import settings

    settings.save(settings.load().replace(language=request.param))
    return str(request.param)


def test_on_a_small_screen_the_chosen_findings_buttons_show_their_whole_labels(
    small_screen, every_language, parts, qtbot
):
    """Apply rewrite is longest in Greek and Japanese: the findings' column gives the detail's
    buttons the width their labels need, and choosing a finding does not move the draft."""
    window = parts.window
    screen = window.show_screen("check")
    screen.set_text("No. We can't do that, it's our policy!!!")
    screen.run_check("typed")
    qtbot.waitUntil(lambda: screen.findings_model.rowCount() > 0, timeout=10_000)
    qtbot.wait(20)  # laid out with the findings listed
    editor_width = screen.editor.width()
    with_rewrites = [
        row
        for row in range(screen.findings_model.rowCount())
        if screen.findings_model.card(row).rewrites  # type: ignore[union-attr]
    ]
    screen.select_finding(with_rewrites[0])
    detail = screen.detail
    qtbot.wait(20)
    for button in (detail.apply_button, detail.ignore_button, detail.phrases_button):
        assert button.isVisible()
        assert button.width() >= button.sizeHint().width(), (every_language, button.text())
        whole = button.visibleRegion().boundingRect()
        assert whole.width() == button.width(), (every_language, button.text())
    assert screen.editor.width() == editor_width, "choosing a finding moved the draft"


def test_on_a_small_screen_the_phrasebooks_hint_has_a_line_of_its_own(
    small_screen, every_language, parts, qtbot
):
    """The hint under the phrases ("Click a phrase to copy it.") reads whole on one line, not a
    word or two a line in what the buttons beside it left."""
    from PySide6.QtWidgets import QLabel

    screen = parts.window.show_screen("phrasebook")
    qtbot.wait(20)
    status = screen.status_label
    hint = status.text()
    assert hint and QLabel.text(status) == hint, "cut short"
    room = status.contentsRect().width()
    assert status.fontMetrics().horizontalAdvance(hint) <= room, (every_language, hint, room)
    for button in (screen.add_button, screen.edit_button, screen.delete_button):
        assert button.width() >= button.sizeHint().width(), (every_language, button.text())
        assert not status.geometry().intersects(button.geometry())


def category_names_cut_short(screen, one_line: bool) -> list[str]:  # type: ignore[no-untyped-def]
    """The phrasebook's category names its list does not show whole (on one line, if asked):
    what each item's rectangle holds of its name, wrapped as the list wraps it."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle

    names = screen.category_list
    margin = names.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, names) + 1
    metrics = names.fontMetrics()
    cut = []
    for row in range(names.count()):
        item = names.item(row)
        rect = names.visualItemRect(item).intersected(names.viewport().rect())  # as seen
        room = rect.width() - 2 * margin
        flags = int(Qt.TextFlag.TextWordWrap)
        needed = metrics.boundingRect(QRect(0, 0, room, 100_000), flags, item.text())
        if needed.height() > rect.height() or (
            one_line and metrics.horizontalAdvance(item.text()) > room
        ):
            cut.append(item.text())
    return cut


def test_on_a_small_screen_every_phrase_category_shows_its_whole_name(
    small_screen, every_language, parts, qtbot
):
    """Greek category names are long: at 800×600 they wrap rather than end in "…"."""
    screen = parts.window.show_screen("phrasebook")
    qtbot.wait(20)
    assert not category_names_cut_short(screen, one_line=False), every_language
    assert not parts.window.screen_area.horizontalScrollBar().isVisible(), every_language


@pytest.mark.parametrize("size", [(960, 640), (1264, 760)])
def test_with_room_the_phrase_categories_are_as_wide_as_their_longest_name(
    large_screen, every_language, parts, qtbot, size
):
    """At the window's own size and on a 1280×800 screen each name is on one line."""
    parts.window.resize(*size)
    qtbot.waitUntil(lambda: parts.window.size().toTuple() == size)
    screen = parts.window.show_screen("phrasebook")
    qtbot.wait(20)
    assert not category_names_cut_short(screen, one_line=True), every_language


def _check_row(screen):  # type: ignore[no-untyped-def]
    """The Check screen's buttons, status line and language box, laid out."""
    status = screen.status_label
    buttons = (screen.check_button, screen.clipboard_button, screen.copy_button)
    return buttons, screen.minute_button, status, screen.language_box


def test_on_a_small_screen_checks_buttons_fit_and_the_status_keeps_room_to_read(
    small_screen, every_language, parts, qtbot
):
    """Greek's labels are long: at 800×600 the buttons pushed the screen past the edge and left
    the status line no width at all. The status line (and the language box) now take a line of
    their own when the buttons leave it too little room."""
    window = parts.window
    screen = window.show_screen("check")
    qtbot.wait(20)
    area = window.screen_area
    assert not area.horizontalScrollBar().isVisible(), every_language
    buttons, minute, status, language_box = _check_row(screen)
    screen.status_label.setText(screen.tr("Copied. Paste it into your reply."))
    qtbot.wait(20)
    assert status.width() >= screen.fontMetrics().averageCharWidth() * 24, every_language
    for widget in (*buttons, minute, language_box):
        assert widget.width() >= widget.sizeHint().width(), (every_language, widget)
        seen = widget.visibleRegion().boundingRect()
        assert seen.width() == widget.width(), (every_language, widget)
    # nothing overlaps, on one line or two
    placed = [w.geometry() for w in (*buttons, minute, status, language_box)]
    for i, one in enumerate(placed):
        for other in placed[i + 1 :]:
            assert not one.intersects(other), (every_language, one, other)


def test_with_room_checks_status_line_sits_beside_the_buttons(large_screen, parts, qtbot):
    window = parts.window
    window.resize(1100, 760)
    screen = window.show_screen("check")
    qtbot.waitUntil(lambda: screen.width() > 900)
    _buttons, minute, status, language_box = _check_row(screen)
    line = minute.geometry()
    assert status.geometry().left() > line.right()
    assert abs(status.geometry().center().y() - line.center().y()) <= 2
    assert language_box.geometry().left() > status.geometry().right()
