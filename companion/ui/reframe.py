"""Reframe: a guided walk from a permanent, pervasive, personal explanation of a bruising moment
to a temporary, specific, external one, and one thing to do better next time (P1.5, P1.6).

The guide marks the agent's words as they type (the detection lives in companion.core.reframe)
and suggests rewrites built from those words. Saved reframes are listed by date with search
(:mod:`companion.ui.reframe_saved`).
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import (
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QFont,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.core.errors import CompanionError
from companion.core.language import native_name
from companion.core.reframe import (
    MAX_THOUGHT_CHARS,
    Detection,
    Dimension,
    Marking,
    detect,
    empty_detection,
    is_ready_for,
    language_of,
)
from companion.services import reframe as reframe_service
from companion.store.reframe import SavedReframe
from companion.ui.controller import Controller
from companion.ui.i18n import arg
from companion.ui.reframe_marks import DIMENSION_COLOURS, ThoughtHighlighter, WordListsTask
from companion.ui.reframe_saved import SavedReframes
from companion.ui.reframe_support import SupportNote
from companion.ui.style import heading, screen_margins, text_box

log = logging.getLogger(__name__)

VAGUE_IMPROVEMENTS = {
    "be better",
    "do better",
    "try harder",
    "improve",
    "be nicer",
    "work harder",
    "be more careful",
    "not sure",
}


def dimension_name(dimension: Dimension) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        Dimension.PERMANENT: QCoreApplication.translate("Reframe", "Permanent"),
        Dimension.PERVASIVE: QCoreApplication.translate("Reframe", "Pervasive"),
        Dimension.PERSONAL: QCoreApplication.translate("Reframe", "Personal"),
    }[dimension]


def is_vague(improvement: str) -> bool:
    """True for an improvement too general to act on ("be better"); P1.6 asks for one step."""
    words = improvement.strip().rstrip(".!").casefold().split()
    return len(words) < 3 or " ".join(words) in VAGUE_IMPROVEMENTS


class RatingButtons(QWidget):
    """Five buttons, one click each, for a 1–5 rating; no choice means None.

    Signals:
        changed(int): the new rating.
    """

    changed = Signal(int)

    def __init__(self, name: str, low: str, high: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        low_label = QLabel(low)
        low_label.setEnabled(False)
        layout.addWidget(low_label)
        self.buttons: list[QPushButton] = []
        for value in range(1, 6):
            button = QPushButton(str(value))
            button.setCheckable(True)
            button.setFixedWidth(40)
            button.setAccessibleName(arg(self.tr("%1 %2 of 5"), name, value))
            self.group.addButton(button, value)
            self.buttons.append(button)
            layout.addWidget(button)
        high_label = QLabel(high)
        high_label.setEnabled(False)
        layout.addWidget(high_label)
        layout.addStretch(1)
        self.group.idClicked.connect(self.on_button_clicked)
        self.setStyleSheet(
            "QPushButton:checked { background: palette(highlight); "
            "color: palette(highlighted-text); font-weight: bold; }"
        )

    def value(self) -> int | None:
        checked = self.group.checkedId()
        return checked if checked > 0 else None

    def set_value(self, value: int | None) -> None:
        if value is None:
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[value - 1].setChecked(True)

    @Slot(int)
    def on_button_clicked(self, value: int) -> None:
        self.changed.emit(value)


def _text_edit(hint: str, name: str, height: int = 70) -> QPlainTextEdit:
    return text_box(hint, name, height)


def _heading(text: str) -> QLabel:
    label = heading(text, 1.3)
    label.setWordWrap(True)
    return label


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _scrolled(page: QWidget) -> QScrollArea:
    """A step's page in a frameless area that scrolls up and down, never sideways."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(page)
    area.viewport().setAutoFillBackground(False)
    page.setAutoFillBackground(False)
    return area


class DimensionPrompt(QFrame):
    """One of the three questions, with the words found, an example, and a suggested rewrite."""

    def __init__(
        self, dimension: Dimension, question: str, example: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.dimension = dimension
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = QLabel(f"<b>{html.escape(question)}</b>")
        self.found_label = _hint("")
        self.found_label.setObjectName(f"found-{dimension.value}")
        self.example_label = _hint(example)
        self.example_label.setEnabled(False)
        self.suggestion_label = _hint("")
        self.suggestion_label.setObjectName(f"suggestion-{dimension.value}")
        self.use_button = QPushButton(self.tr("Use suggestion"))
        self.use_button.setAccessibleName(arg(self.tr("Use suggestion: %1"), question))
        self.use_button.clicked.connect(self.on_use_clicked)
        self.answer = _text_edit(self.tr("Your words…"), question, 48)
        self.answer.setMaximumHeight(60)
        self._suggestion: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        layout.addWidget(self.question)
        layout.addWidget(self.found_label)
        layout.addWidget(self.example_label)
        row = QHBoxLayout()
        row.addWidget(self.suggestion_label, 1)
        row.addWidget(self.use_button)
        layout.addLayout(row)
        layout.addWidget(self.answer)

    def show_detection(self, result: Detection) -> None:
        markings = result.of(self.dimension)
        own = [m for m in markings if m.about_self]
        outside = [m for m in markings if not m.about_self]
        lines = [m.explanation for m in own + outside]
        if not lines:
            lines = [self.tr("Nothing of this kind in your words. You can still answer it.")]
        self.found_label.setText("\n".join(lines))
        self._suggestion = result.suggestions.get(self.dimension)
        if self._suggestion:
            self.suggestion_label.setText(arg(self.tr("Suggested: %1"), self._suggestion))
        else:
            self.suggestion_label.setText("")
        self.use_button.setVisible(bool(self._suggestion))
        # A suggestion is an example made from the agent's own words: the stock one is then
        # left out, so the three questions fit a small window.
        self.example_label.setVisible(not self._suggestion)

    @Slot()
    def on_use_clicked(self) -> None:
        if self._suggestion:
            self.answer.setPlainText(self._suggestion)
            self.answer.setFocus()


class ReframeGuide(QWidget):
    """The guide, one step at a time, with a progress bar and Back/Next.

    Signals:
        saved(object): a SavedReframe was written.
    """

    saved = Signal(object)

    STEPS = 4

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.interaction_id: int | None = None
        self.detection: Detection = empty_detection()
        #: word lists being compiled on a pool thread, by language
        self._loading: dict[str, WordListsTask] = {}
        #: languages whose lists could not be read: detect says why, once asked
        self._unreadable: set[str] = set()
        self._fresh = SavedReframe("", "")

        self.progress = QProgressBar()
        self.progress.setRange(0, self.STEPS)
        self.progress.setTextVisible(False)  # the step title says it in words
        self.progress.setAccessibleName(self.tr("Progress through the guide"))
        self.progress.setMinimumWidth(220)
        self.step_title = QLabel()
        self.step_title.setObjectName("stepTitle")
        title_font = QFont(self.step_title.font())
        title_font.setBold(True)
        self.step_title.setFont(title_font)
        # Each step scrolls when the window is too small for it, rather than squeezing its
        # boxes and cutting its words.
        self.pages = QStackedWidget()
        self.pages.addWidget(_scrolled(self._build_what_happened()))
        self.pages.addWidget(_scrolled(self._build_prompts()))
        self.pages.addWidget(_scrolled(self._build_dispute()))
        self.pages.addWidget(_scrolled(self._build_next_time()))

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(self.on_back_clicked)
        self.next_button = QPushButton(self.tr("&Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.on_next_clicked)
        self.message = QLabel()
        self.message.setObjectName("guideMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)

        self.support_frame = SupportNote()

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.step_title, 1)
        top.addWidget(self.progress)
        layout.addLayout(top)
        layout.addWidget(self.support_frame)
        layout.addWidget(self.pages, 1)
        layout.addLayout(buttons)

        next_key = QShortcut(QKeySequence("Ctrl+Return"), self)
        next_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        next_key.activated.connect(self.on_next_clicked)
        self.show_step(0)

    # --- pages -------------------------------------------------------------------------------

    def _build_what_happened(self) -> QWidget:
        page = QWidget()
        self.situation_edit = _text_edit(
            self.tr("e.g. A customer called me incompetent over a late refund."),
            self.tr("What happened?"),
        )
        self.situation_edit.setMaximumHeight(90)
        self.thought_edit = _text_edit(
            self.tr("e.g. I always mess up refunds. Everyone can see I'm useless."),
            self.tr("What are you telling yourself about it?"),
            90,
        )
        self.highlighter = ThoughtHighlighter(self.thought_edit.document())
        self.thought_edit.textChanged.connect(self.on_thought_changed)
        self.load_word_lists("en")  # ready before the first word is typed
        self.marks_list = QListWidget()
        self.marks_list.setAccessibleName(self.tr("Words marked in your thought"))
        self.marks_list.setWordWrap(True)
        self.marks_list.setMaximumHeight(130)
        self.feeling_before = RatingButtons(
            self.tr("Feeling now"), self.tr("awful"), self.tr("fine")
        )
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("What happened?")))
        layout.addWidget(self.situation_edit)
        layout.addWidget(_heading(self.tr("What are you telling yourself about it?")))
        layout.addWidget(
            _hint(
                self.tr(
                    "Write it as it sounds in your head. Words that make it permanent, "
                    "pervasive or personal are marked as you type."
                )
            )
        )
        layout.addWidget(self.thought_edit, 1)
        layout.addWidget(self.marks_list)
        feeling = QFormLayout()
        feeling.addRow(self.tr("How do you feel right now?"), self.feeling_before)
        layout.addLayout(feeling)
        return page

    def _build_prompts(self) -> QWidget:
        page = QWidget()
        self.prompts = {
            Dimension.PERMANENT: DimensionPrompt(
                Dimension.PERMANENT,
                self.tr("Is this temporary?"),
                self.tr("Example: “I always mess up refunds” → “This refund went wrong today.”"),
            ),
            Dimension.PERVASIVE: DimensionPrompt(
                Dimension.PERVASIVE,
                self.tr("Is it about one specific thing?"),
                self.tr("Example: “Everyone hates me” → “One customer was angry about one order.”"),
            ),
            Dimension.PERSONAL: DimensionPrompt(
                Dimension.PERSONAL,
                self.tr("Is it really about you?"),
                self.tr("Example: “It's my fault” → “The courier was late; I passed on the news.”"),
            ),
        }
        layout = QVBoxLayout(page)
        for prompt in self.prompts.values():
            layout.addWidget(prompt)
        layout.addStretch(1)
        return page

    def _build_dispute(self) -> QWidget:
        page = QWidget()
        self.evidence_for = _text_edit(
            self.tr("What supports the thought?"), self.tr("Evidence for"), 50
        )
        self.evidence_against = _text_edit(
            self.tr("What does not fit it? Times it went well?"), self.tr("Evidence against"), 50
        )
        self.useful_belief = _text_edit(
            self.tr("e.g. Refunds are tricky; I am learning them."),
            self.tr("What is more useful to believe?"),
            50,
        )
        form = QFormLayout()
        form.addRow(self.tr("Evidence &for:"), self.evidence_for)
        form.addRow(self.tr("Evidence &against:"), self.evidence_against)
        form.addRow(self.tr("More &useful to believe:"), self.useful_belief)
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("Dispute the thought (optional)")))
        layout.addWidget(_hint(self.tr("Leave these empty and press Next to skip this step.")))
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _build_next_time(self) -> QWidget:
        page = QWidget()
        self.improvement_edit = QLineEdit()
        self.improvement_edit.setPlaceholderText(
            self.tr("e.g. Check the courier tracking page before I promise a date")
        )
        self.improvement_edit.setAccessibleName(self.tr("One thing I could do better next time"))
        self.improvement_edit.textChanged.connect(self.on_improvement_changed)
        # The last step's one line: Enter finishes, as it would in a dialog.
        self.improvement_edit.returnPressed.connect(self.on_next_clicked)
        self.improvement_hint = _hint("")
        self.feeling_after = RatingButtons(
            self.tr("Feeling after"), self.tr("awful"), self.tr("fine")
        )
        layout = QVBoxLayout(page)
        layout.addWidget(_heading(self.tr("One thing I could do better next time")))
        layout.addWidget(
            _hint(
                self.tr("Specific and doable: a detail to check, a phrase to use, a step to add.")
            )
        )
        layout.addWidget(self.improvement_edit)
        layout.addWidget(self.improvement_hint)
        form = QFormLayout()
        form.addRow(self.tr("How do you feel now?"), self.feeling_after)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    # --- navigation --------------------------------------------------------------------------

    def step(self) -> int:
        return self.pages.currentIndex()

    def show_step(self, index: int) -> None:
        titles = [
            self.tr("What happened?"),
            self.tr("Three questions"),
            self.tr("Dispute (optional)"),
            self.tr("Next time"),
        ]
        self.pages.setCurrentIndex(index)
        self.progress.setValue(index + 1)
        self.progress.setFormat(
            self.tr("Step %1 of %2").replace("%1", str(index + 1)).replace("%2", str(self.STEPS))
        )
        self.step_title.setText(
            arg(self.tr("Step %1 of %2: %3"), index + 1, self.STEPS, titles[index])
        )
        self.step_title.setAccessibleName(self.step_title.text())
        self.back_button.setEnabled(index > 0)
        last = index == self.STEPS - 1
        self.next_button.setText(self.tr("&Save") if last else self.tr("&Next"))
        self.message.clear()
        first_field = {
            0: self.situation_edit,
            1: self.prompts[Dimension.PERMANENT].answer,
            2: self.evidence_for,
            3: self.improvement_edit,
        }[index]
        if self.isVisible():
            first_field.setFocus()

    @Slot()
    def on_back_clicked(self) -> None:
        if self.step() > 0:
            self.show_step(self.step() - 1)

    @Slot()
    def on_next_clicked(self) -> None:
        index = self.step()
        if index == 0:
            if not (
                self.situation_edit.toPlainText().strip() or self.thought_edit.toPlainText().strip()
            ):
                self.message.setText(
                    self.tr("Write what happened or what you are telling yourself.")
                )
                self.situation_edit.setFocus()
                return
            thought = self.thought_edit.toPlainText()
            if self.detection.thought != thought:  # its word lists are still loading
                try:
                    self.detection = detect(thought)
                except CompanionError as error:
                    self.message.setText(error.message)
                    return
                self.support_frame.show_for(self.detection)
            for prompt in self.prompts.values():
                prompt.show_detection(self.detection)
        if index < self.STEPS - 1:
            self.show_step(index + 1)
        else:
            self.save()

    def load_word_lists(self, language: str) -> None:
        """Compile ``language``'s word lists on a pool thread, then mark the thought again."""
        if language in self._loading or language in self._unreadable:
            return
        if is_ready_for("", language):
            return
        import gc

        # as for the checker's warm-up: a collection started by the compiling on the pool
        # thread could free a Qt object there, away from its own thread
        gc.collect()
        task = WordListsTask(language)
        task.signals.loaded.connect(self.on_word_lists_loaded)
        self._loading[language] = task
        QThreadPool.globalInstance().start(task)

    @Slot(str, bool)
    def on_word_lists_loaded(self, language: str, ok: bool) -> None:
        self._loading.pop(language, None)
        if not ok:
            self._unreadable.add(language)
        if language_of(self.thought_edit.toPlainText()) == language:
            self.on_thought_changed()  # marks the thought, or says why it cannot
            if ok:
                self.highlighter.rehighlight()

    @Slot()
    def on_thought_changed(self) -> None:
        thought = self.thought_edit.toPlainText()
        if len(thought) <= MAX_THOUGHT_CHARS and not is_ready_for(thought):
            language = language_of(thought)
            if language not in self._unreadable:
                self.load_word_lists(language)
                return  # marked when they are loaded
        try:
            self.detection = detect(thought)
        except CompanionError as error:
            self.message.setText(error.message)
            return
        self.support_frame.show_for(self.detection)
        self.marks_list.clear()
        for marking in self.detection.markings:
            self.marks_list.addItem(self._mark_item(marking))
        if not self.thought_edit.toPlainText().strip():
            return
        if not self.detection.read:
            self.marks_list.addItem(
                arg(
                    self.tr("Not read: the guide has no word lists for %1 yet."),
                    native_name(self.detection.language),
                )
            )
        elif not self.detection.markings:
            self.marks_list.addItem(self.tr("Nothing permanent, pervasive or personal so far."))

    def _mark_item(self, marking: Marking) -> QListWidgetItem:
        prefix = dimension_name(marking.dimension)
        if not marking.about_self:
            prefix = arg(self.tr("%1, about someone else"), prefix)
        item = QListWidgetItem(arg(self.tr("%1: %2"), prefix, marking.explanation))
        if marking.about_self:
            item.setBackground(DIMENSION_COLOURS[marking.dimension])
        return item

    @Slot(str)
    def on_improvement_changed(self, text: str) -> None:
        if text.strip() and is_vague(text):
            self.improvement_hint.setText(
                self.tr("Make it specific: what exactly will you do, and when?")
            )
        else:
            self.improvement_hint.clear()

    # --- data --------------------------------------------------------------------------------

    def start(
        self, situation: str = "", thought: str = "", interaction_id: int | None = None
    ) -> None:
        """Begin a fresh walk, pre-filled (from a negative log or a reflection's hardest moment)."""
        for edit in (
            self.situation_edit,
            self.thought_edit,
            self.evidence_for,
            self.evidence_against,
            self.useful_belief,
            *(p.answer for p in self.prompts.values()),
        ):
            edit.clear()
        self.improvement_edit.clear()
        self.feeling_before.set_value(None)
        self.feeling_after.set_value(None)
        self.situation_edit.setPlainText(situation)
        self.thought_edit.setPlainText(thought)
        self.interaction_id = interaction_id
        self._fresh = self.current_reframe()
        self.show_step(0)
        target = self.thought_edit if situation and not thought else self.situation_edit
        target.setFocus()
        cursor = target.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        target.setTextCursor(cursor)

    def has_unfinished_work(self) -> bool:
        """Whether the agent has written or chosen anything since the walk began (what it was
        pre-filled with does not count)."""
        return self.current_reframe() != self._fresh

    def current_reframe(self) -> SavedReframe:
        return SavedReframe(
            situation=self.situation_edit.toPlainText(),
            thought=self.thought_edit.toPlainText(),
            temporary=self.prompts[Dimension.PERMANENT].answer.toPlainText(),
            specific=self.prompts[Dimension.PERVASIVE].answer.toPlainText(),
            external=self.prompts[Dimension.PERSONAL].answer.toPlainText(),
            evidence_for=self.evidence_for.toPlainText(),
            evidence_against=self.evidence_against.toPlainText(),
            useful_belief=self.useful_belief.toPlainText(),
            improvement=self.improvement_edit.text(),
            feeling_before=self.feeling_before.value(),
            feeling_after=self.feeling_after.value(),
            interaction_id=self.interaction_id,
        )

    def save(self) -> None:
        try:
            saved = reframe_service.save_reframe(self.controller, self.current_reframe())
        except CompanionError as error:
            self.message.setText(error.message)
            return
        self.start()
        self.message.setText(self.tr("Saved. Find it under Saved reframes."))
        self.saved.emit(saved)


class ReframeScreen(QWidget):
    """The guide and the saved reframes, as two tabs."""

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAccessibleName(self.tr("Reframe"))
        self.guide = ReframeGuide(controller)
        self.discard_box: QMessageBox | None = None
        self.saved_list = SavedReframes(controller)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.guide, self.tr("Gu&ide"))
        self.tabs.addTab(self.saved_list, self.tr("Sa&ved reframes"))
        layout = screen_margins(QVBoxLayout(self))
        layout.addWidget(self.tabs)
        self.guide.saved.connect(self.on_saved)

    def start(
        self, situation: str = "", thought: str = "", interaction_id: int | None = None
    ) -> None:
        """Open the guide on a fresh walk, pre-filled. An unfinished walk is never thrown away
        unasked: with nothing new to pre-fill (the tray's Reframe…) or the same log again, it
        is shown as it was left; otherwise the agent chooses (see ``discard_box``)."""
        self.tabs.setCurrentWidget(self.guide)
        if not self.guide.has_unfinished_work():
            self.guide.start(situation, thought, interaction_id)
            return
        nothing_new = not (situation or thought) and interaction_id is None
        same_log = interaction_id is not None and interaction_id == self.guide.interaction_id
        if nothing_new or same_log:
            self.guide.show_step(self.guide.step())
            return
        self.ask_to_discard(situation, thought, interaction_id)

    def ask_to_discard(self, situation: str, thought: str, interaction_id: int | None) -> None:
        """Ask, without blocking, whether to start again; keeping the unfinished walk is the
        default, so Enter or Escape loses nothing."""
        if self.discard_box is not None:
            self.discard_box.close()
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unfinished reframe"))
        box.setText(self.tr("You have a reframe you haven't saved."))
        box.setInformativeText(
            self.tr("Start a new one and lose it, or go on with the one you were writing?")
        )
        start_new = box.addButton(self.tr("Start new"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep writing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)

        def on_answered() -> None:
            self.discard_box = None
            if box.clickedButton() is start_new:
                self.guide.start(situation, thought, interaction_id)
            else:
                self.guide.show_step(self.guide.step())

        box.finished.connect(on_answered)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.discard_box = box
        box.open()

    @Slot(object)
    def on_saved(self, reframe: SavedReframe) -> None:
        # The list already holds it (it refreshed on the change); a search could hide it.
        self.saved_list.search_edit.clear()
        if reframe.id is not None:
            self.saved_list.select(reframe.id)
        self.tabs.setCurrentWidget(self.saved_list)
        self.saved_list.table.setFocus()
