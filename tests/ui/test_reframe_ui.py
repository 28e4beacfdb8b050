"""The reframe guide, driven with the keyboard and the mouse, in the real app window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from companion.core.reframe import Dimension
from companion.store import ratio as ratio_store
from companion.store import reframe as reframe_store
from companion.ui.reflection_tools import ReflectionActions
from companion.ui.reframe import ReframeScreen

THOUGHT = "I always mess up refunds and everyone thinks I'm useless."


def actions_of(parts):  # type: ignore[no-untyped-def]
    found = parts.window.findChild(ReflectionActions)
    assert found is not None
    return found


def formats_in_block(edit):  # type: ignore[no-untyped-def]
    block = edit.document().firstBlock()
    return [(r.start, r.length) for r in block.layout().formats()]


def test_walk_the_guide_with_keyboard_and_mouse_and_find_the_saved_row(parts, qtbot):  # type: ignore[no-untyped-def]
    screen = parts.window.show_screen("reframe")
    assert isinstance(screen, ReframeScreen)
    guide = screen.guide
    assert guide.step() == 0 and not guide.back_button.isEnabled()
    assert guide.progress.value() == 1 and "Step 1 of 4" in guide.step_title.text()

    # Step 1: type the situation and the thought; words are marked as they are typed.
    qtbot.mouseClick(guide.situation_edit.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(guide.situation_edit, "Refund call went badly")
    qtbot.keyClick(guide.situation_edit, Qt.Key.Key_Tab)
    assert guide.thought_edit.hasFocus()
    qtbot.keyClicks(guide.thought_edit, THOUGHT)
    # (the word lists load on a pool thread when the guide is built: a fast typist may finish
    # before they are in, and the words are marked then)
    qtbot.waitUntil(lambda: guide.detection.thought == THOUGHT, timeout=10_000)
    marked = [guide.marks_list.item(i).text() for i in range(guide.marks_list.count())]
    assert len(marked) == 3
    assert marked[0].startswith("Permanent: ") and "“always”" in marked[0]
    assert marked[1].startswith("Pervasive: ") and "“everyone”" in marked[1]
    assert marked[2].startswith("Personal: ") and "“I'm useless”" in marked[2]
    assert (THOUGHT.index("always"), len("always")) in formats_in_block(guide.thought_edit)
    assert (THOUGHT.index("I'm useless"), len("I'm useless")) in formats_in_block(
        guide.thought_edit
    )
    qtbot.mouseClick(guide.feeling_before.buttons[1], Qt.MouseButton.LeftButton)
    assert guide.feeling_before.value() == 2

    # Next with the keyboard.
    qtbot.keyClick(guide.thought_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert guide.step() == 1 and guide.back_button.isEnabled()
    permanent = guide.prompts[Dimension.PERMANENT]
    assert "“always”" in permanent.found_label.text()
    assert "I sometimes mess up refunds" in permanent.suggestion_label.text()
    qtbot.mouseClick(permanent.use_button, Qt.MouseButton.LeftButton)
    assert permanent.answer.toPlainText().startswith("I sometimes mess up refunds")
    qtbot.keyClicks(guide.prompts[Dimension.PERVASIVE].answer, "One customer was cross")
    qtbot.keyClicks(guide.prompts[Dimension.PERSONAL].answer, "The refund system was slow")

    # Back and forth keeps what was typed.
    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    assert guide.step() == 0
    assert guide.situation_edit.toPlainText() == "Refund call went badly"
    qtbot.mouseClick(guide.next_button, Qt.MouseButton.LeftButton)
    assert guide.step() == 1
    assert guide.prompts[Dimension.PERVASIVE].answer.toPlainText() == "One customer was cross"

    # The dispute step is optional: Next skips it.
    qtbot.mouseClick(guide.next_button, Qt.MouseButton.LeftButton)
    assert guide.step() == 2 and "Dispute" in guide.step_title.text()
    qtbot.mouseClick(guide.next_button, Qt.MouseButton.LeftButton)
    assert guide.step() == 3 and guide.next_button.text() == "&Save"

    # A vague improvement gets a nudge; a specific one does not.
    qtbot.keyClicks(guide.improvement_edit, "be better")
    assert "specific" in guide.improvement_hint.text()
    guide.improvement_edit.clear()
    qtbot.keyClicks(guide.improvement_edit, "Keep the refund code next to the keyboard")
    assert guide.improvement_hint.text() == ""
    qtbot.mouseClick(guide.feeling_after.buttons[3], Qt.MouseButton.LeftButton)
    qtbot.keyClick(guide.improvement_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    # Saved: the list shows it, selected, with its before/after; the guide starts afresh.
    assert screen.tabs.currentWidget() is screen.saved_list
    model = screen.saved_list.model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Refund call went badly"
    assert model.index(0, 2).data() == "2 → 4"
    view = screen.saved_list.view.toPlainText()
    assert "Keep the refund code next to the keyboard" in view
    assert "I sometimes mess up refunds" in view
    assert view.count("Feeling before → after: 2 → 4") == 1
    assert guide.step() == 0 and guide.situation_edit.toPlainText() == ""
    [saved] = reframe_store.list_reframes(parts.store)
    assert saved.thought == THOUGHT
    assert saved.specific == "One customer was cross"
    assert saved.external == "The refund system was slow"
    assert (saved.feeling_before, saved.feeling_after) == (2, 4)
    assert saved.evidence_for == ""

    # Search narrows the list.
    qtbot.keyClicks(screen.saved_list.search_edit, "courier")
    assert model.rowCount() == 0
    screen.saved_list.search_edit.clear()
    qtbot.keyClicks(screen.saved_list.search_edit, "refund keyb")
    assert model.rowCount() == 1


def test_next_needs_something_written(parts, qtbot):  # type: ignore[no-untyped-def]
    guide = parts.window.show_screen("reframe").guide
    qtbot.mouseClick(guide.next_button, Qt.MouseButton.LeftButton)
    assert guide.step() == 0
    assert "Write what happened" in guide.message.text()


def test_someone_elses_words_are_marked_as_outside(parts, qtbot):  # type: ignore[no-untyped-def]
    guide = parts.window.show_screen("reframe").guide
    qtbot.keyClicks(guide.thought_edit, "Every time the courier is late, the customer shouts.")
    [item] = [guide.marks_list.item(i).text() for i in range(guide.marks_list.count())]
    assert item.startswith("Permanent, about someone else: ")
    assert "the courier" in item


def test_the_marks_sit_on_their_words_after_an_emoji(parts, qtbot):  # type: ignore[no-untyped-def]
    # Qt counts an emoji as two places, Python as one (a flag of tags as many as seven)
    guide = parts.window.show_screen("reframe").guide
    for lead in ("😀 ", "🏴\U000e0067\U000e0062\U000e0073\U000e0063\U000e0074\U000e007f "):
        thought = lead + THOUGHT
        guide.thought_edit.setPlainText(thought)
        units = thought.encode("utf-16-le")
        qtbot.waitUntil(lambda: bool(formats_in_block(guide.thought_edit)))
        marked = [
            units[2 * start : 2 * (start + length)].decode("utf-16-le")
            for start, length in formats_in_block(guide.thought_edit)
        ]
        assert "always" in marked and "everyone" in marked, marked


def test_reframe_this_on_a_negative_log_prefills_the_guide(parts, qtbot):  # type: ignore[no-untyped-def]
    today = parts.window.show_screen("today")
    assert not today.reframe_button.isEnabled()
    parts.controller.log_interaction(False, "late delivery", "customer shouted at me")
    parts.controller.log_interaction(True)
    assert today.reframe_button.isEnabled()
    qtbot.mouseClick(today.reframe_button, Qt.MouseButton.LeftButton)
    screen = parts.window.screens["reframe"]
    assert parts.window.current_screen_key() == "reframe"
    guide = screen.guide
    assert guide.situation_edit.toPlainText() == "late delivery — customer shouted at me"
    negative = ratio_store.interactions_between(parts.store, *parts.controller.today_bounds())[1]
    assert guide.interaction_id == negative.id
    qtbot.keyClicks(guide.thought_edit, "It's all my fault")
    for _ in range(3):
        qtbot.mouseClick(guide.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(guide.next_button, Qt.MouseButton.LeftButton)  # save
    [saved] = reframe_store.list_reframes(parts.store)
    assert saved.interaction_id == negative.id


def test_tray_and_window_open_the_guide(parts, qtbot):  # type: ignore[no-untyped-def]
    actions = actions_of(parts)
    tray_texts = [a.text() for a in parts.tray.menu.actions()]
    assert "Reframe…" in tray_texts and "Reflect on today" in tray_texts
    assert actions.reframe_action in parts.window.tools_menu.actions()
    parts.window.show_screen("today")
    actions.reframe_action.trigger()
    assert parts.window.current_screen_key() == "reframe"
    assert parts.window.screens["reframe"].guide.step() == 0


def test_reframe_guide_tab_letter_is_not_the_go_menu(parts, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    screen = parts.window.show_screen("reframe")
    screen.tabs.setCurrentWidget(screen.saved_list)
    parts.window.activateWindow()
    qtbot.waitUntil(parts.window.isActiveWindow)
    qtbot.keyClick(parts.window, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()
        raise AssertionError("Alt+I opened a menu instead of the Guide tab")
    assert screen.tabs.currentWidget() is screen.guide


def test_enter_on_the_last_step_saves(parts, qtbot):  # type: ignore[no-untyped-def]
    guide = parts.window.show_screen("reframe").guide
    qtbot.keyClicks(guide.thought_edit, THOUGHT)
    while guide.step() < guide.STEPS - 1:
        qtbot.mouseClick(guide.next_button, Qt.MouseButton.LeftButton)
    assert guide.step() == guide.STEPS - 1
    qtbot.keyClicks(guide.improvement_edit, "Read the order history before I answer")
    qtbot.keyClick(guide.improvement_edit, Qt.Key.Key_Return)
    [saved] = reframe_store.list_reframes(parts.store)
    assert saved.improvement == "Read the order history before I answer"


def test_a_reframe_saved_elsewhere_shows_in_the_open_list(parts, qtbot):  # type: ignore[no-untyped-def]
    from companion.services import reframe as reframe_service
    from companion.store.reframe import SavedReframe

    screen = parts.window.show_screen("reframe")
    screen.tabs.setCurrentWidget(screen.saved_list)
    assert screen.saved_list.model.rowCount() == 0
    reframe_service.save_reframe(parts.controller, SavedReframe("Courier late", "Never again"))
    assert screen.saved_list.model.rowCount() == 1
    assert screen.saved_list.count_label.text() == "1 saved"
    assert "Courier late" in screen.saved_list.view.toPlainText()


# --- nothing cut at the default size ------------------------------------------------------

LONG_THOUGHT = (
    "I always get the angry ones and everyone thinks I'm useless. It's my fault, I never get "
    "refunds right and the whole team can see it every single day."
)


def test_the_three_questions_are_whole_at_the_default_window_size(parts, qtbot):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel, QScrollArea

    parts.window.resize(960, 640)
    screen = parts.window.show_screen("reframe")
    qtbot.waitUntil(lambda: parts.window.width() == 960)
    guide = screen.guide
    guide.start("A customer said our app is a joke.", LONG_THOUGHT)
    qtbot.mouseClick(guide.next_button, Qt.MouseButton.LeftButton)
    assert guide.step() == 1
    area = guide.pages.currentWidget()
    assert isinstance(area, QScrollArea)
    qtbot.waitUntil(lambda: area.widget().height() >= area.widget().minimumSizeHint().height())
    for prompt in guide.prompts.values():
        assert prompt.use_button.isVisible(), "every question has a suggestion here"
        for label in prompt.findChildren(QLabel):
            if label.isVisibleTo(prompt) and label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
        assert prompt.answer.height() >= prompt.answer.minimumHeight()
        # Each can be brought into view, whole.
        area.ensureWidgetVisible(prompt, 0, 0)
        top = prompt.mapTo(area.viewport(), prompt.rect().topLeft()).y()
        assert top >= 0 and top + prompt.height() <= area.viewport().height()


# --- an unfinished reframe is not thrown away unasked -------------------------------------


def negative_log(parts, note):  # type: ignore[no-untyped-def]
    parts.controller.log_interaction(False, "billing", note)
    start, end = parts.controller.today_bounds()
    return ratio_store.interactions_between(parts.store, start, end)[0]


def click_reframe_this(parts, qtbot):  # type: ignore[no-untyped-def]
    today = parts.window.show_screen("today")
    today.recent_list.setCurrentRow(0)
    qtbot.mouseClick(today.reframe_button, Qt.MouseButton.LeftButton)
    return parts.window.screens["reframe"]


def test_reframe_this_asks_before_discarding_an_unfinished_reframe(parts, qtbot):  # type: ignore[no-untyped-def]
    first = negative_log(parts, "charged twice")
    screen = click_reframe_this(parts, qtbot)
    guide = screen.guide
    assert screen.discard_box is None, "a guide with nothing written just starts"
    qtbot.keyClicks(guide.thought_edit, "I always get these wrong")
    second = negative_log(parts, "shouted at me")

    screen = click_reframe_this(parts, qtbot)
    box = screen.discard_box
    assert box is not None and box.isVisible()
    assert guide.thought_edit.toPlainText() == "I always get these wrong", "nothing lost yet"
    keep = box.defaultButton()
    assert keep is box.escapeButton() and keep.text() == "Keep writing"
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert screen.discard_box is None
    assert guide.thought_edit.toPlainText() == "I always get these wrong"
    assert guide.interaction_id == first.id

    # The tray's Reframe… has nothing new to bring: the unfinished walk is simply shown.
    actions_of(parts).reframe_action.trigger()
    assert screen.discard_box is None
    assert guide.thought_edit.toPlainText() == "I always get these wrong"

    screen = click_reframe_this(parts, qtbot)
    box = screen.discard_box
    assert box is not None
    start_new = next(b for b in box.buttons() if b.text() == "Start new")
    qtbot.mouseClick(start_new, Qt.MouseButton.LeftButton)
    assert guide.thought_edit.toPlainText() == ""
    assert guide.situation_edit.toPlainText() == "billing — shouted at me"
    assert guide.interaction_id == second.id
    # Pre-filled and untouched: the next Reframe this… starts over without asking.
    screen = click_reframe_this(parts, qtbot)
    assert screen.discard_box is None


def marks(guide):  # type: ignore[no-untyped-def]
    return [guide.marks_list.item(i).text() for i in range(guide.marks_list.count())]


def test_a_thought_in_korean_japanese_or_greek_is_marked_in_its_language(parts, qtbot):  # type: ignore[no-untyped-def]
    guide = parts.window.show_screen("reframe").guide
    for thought in ("나는 항상 일을 망쳐.", "私はいつも失敗する。", "Πάντα τα κάνω λάθος."):
        guide.thought_edit.setPlainText(thought)
        # marked at once, or as soon as the language's word lists are loaded
        qtbot.waitUntil(lambda: bool(marks(guide)), timeout=10_000)
        marked = marks(guide)
        assert marked[0].startswith("Permanent: "), (thought, marked)


def test_word_lists_are_never_compiled_on_the_gui_thread(parts, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    """Compiling a language's word lists takes a third of a second: the screen opens and the
    agent types while it happens on a pool thread, and the marks come when it is done."""
    import threading

    from companion.core import reframe_words

    compiled_on: list[str] = []
    real = reframe_words.parse_word_lists

    def parse(*args, **kwargs):  # type: ignore[no-untyped-def]
        compiled_on.append(threading.current_thread().name)
        return real(*args, **kwargs)

    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()  # no loading left over from another test
    monkeypatch.setattr(reframe_words, "parse_word_lists", parse)
    # as in a fresh process: no word lists loaded yet
    monkeypatch.setattr(reframe_words, "_COMPILED", {})
    guide = parts.window.show_screen("reframe").guide
    guide.thought_edit.setPlainText("Πάντα τα κάνω λάθος.")
    qtbot.waitUntil(lambda: bool(marks(guide)), timeout=10_000)
    assert marks(guide)[0].startswith("Permanent: ")
    assert formats_in_block(guide.thought_edit)  # the words are highlighted too
    guide.thought_edit.setPlainText("I always get refunds wrong.")
    qtbot.waitUntil(lambda: guide.detection.thought == "I always get refunds wrong.")
    assert marks(guide)[0].startswith("Permanent: ")
    # Greek, and English (loaded when the guide was built): both off the GUI thread
    assert len(compiled_on) == 2 and threading.main_thread().name not in compiled_on, compiled_on


def test_a_thought_in_a_language_without_lists_says_it_was_not_read(parts, qtbot):  # type: ignore[no-untyped-def]
    guide = parts.window.show_screen("reframe").guide
    guide.thought_edit.setPlainText("我总是把事情搞砸。")
    [item] = [guide.marks_list.item(i).text() for i in range(guide.marks_list.count())]
    assert item == "Not read: the guide has no word lists for 中文 yet."


def test_word_lists_that_cannot_be_read_say_so_once(parts, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from companion.core import reframe_words

    tries: list[str] = []

    real = reframe_words.parse_word_lists

    def broken(text, source="<text>"):  # type: ignore[no-untyped-def]
        if not str(source).endswith("el.toml"):
            return real(text, source)
        tries.append(str(source))
        raise reframe_words.WordListError("el.toml: not valid TOML")

    guide = parts.window.show_screen("reframe").guide
    qtbot.waitUntil(lambda: not guide._loading, timeout=10_000)  # English is in
    from PySide6.QtCore import QThreadPool

    QThreadPool.globalInstance().waitForDone()
    monkeypatch.setattr(reframe_words, "parse_word_lists", broken)
    compiled = reframe_words._COMPILED
    monkeypatch.setattr(reframe_words, "_COMPILED", {"en": compiled["en"]})
    guide.thought_edit.setPlainText("Πάντα τα κάνω λάθος.")
    qtbot.waitUntil(lambda: "not valid TOML" in guide.message.text(), timeout=10_000)
    qtbot.wait(200)  # no new attempt follows the failed one
    assert len(tries) == 2  # once on the pool thread, once by detect to say why


def test_a_thought_of_ending_ones_life_shows_where_to_find_help_over_every_step(parts, qtbot):  # type: ignore[no-untyped-def]
    guide = parts.window.show_screen("reframe").guide
    guide.situation_edit.setPlainText("A long shift of angry calls.")
    for thought, number in (
        ("Honestly I just want to die.", "988"),
        ("요즘은 그냥 사라지고 싶어요.", "109"),
        ("もう消えたい。", "0120-279-338"),
        ("Σκέφτομαι να αυτοκτονήσω.", "1018"),
    ):
        guide.thought_edit.setPlainText(thought)
        qtbot.waitUntil(lambda t=thought: guide.detection.thought == t, timeout=10_000)
        assert guide.support_frame.isVisible(), thought
        assert number in guide.support_frame.text.text(), thought
        assert guide.support_frame.heading.text(), thought
    qtbot.mouseClick(guide.next_button, Qt.MouseButton.LeftButton)
    assert guide.step() == 1 and guide.support_frame.isVisible()  # still there on the next step
    qtbot.mouseClick(guide.back_button, Qt.MouseButton.LeftButton)
    guide.thought_edit.setPlainText("I always mess up refunds.")
    qtbot.waitUntil(lambda: guide.detection.thought == "I always mess up refunds.")
    assert not guide.support_frame.isVisible()


def test_word_lists_finishing_after_the_app_quit_stay_quiet(qtbot):  # type: ignore[no-untyped-def]
    """The app can quit while a language's lists still load on the pool; their signals are gone
    with it, and the task must end without a traceback on the way out."""
    import shiboken6

    from companion.ui.reframe_marks import WordListsTask

    task = WordListsTask("en")
    shiboken6.delete(task.signals)  # what quitting does to the QObject
    task.run()  # raised "Signal source has been deleted" before
