"""Check: a draft reply with each finding highlighted in place, why it matters and a rewrite.

The screen is also the copy gate (P2.1): however a draft arrives (pasted, typed, Check
clipboard, the tray, ``companion check --clipboard``), once its verdict is hard it leaves only
after a cool-off or through Send anyway, which asks and is counted. Each draft's check counts
once in today's numbers (see ``Draft``).

The pieces the app installs at start (actions and the Today row in companion.ui.check_tools,
the cool-off keeper, clipboard watching) load without this module, so it and the checker load
only when needed. The findings cards and the selected finding's detail live in
companion.ui.check_findings, the editor and the worker in companion.ui.check_editor.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from companion import clipboard
from companion.core import checker
from companion.core.checker import Finding, Ignored, Report
from companion.core.errors import CompanionError
from companion.core.language import native_name, whole_characters
from companion.services import checks
from companion.ui.button_row import ButtonRow
from companion.ui.check_editor import (
    CheckTask,
    DraftEditor,
    Utf16,
    highlight,
    python_edit,
    replace_changed_part,
    unchecked_message,
)
from companion.ui.check_findings import (
    MAX_CARDS,
    FindingDetail,
    FindingsColumn,
    FindingsModel,
    cards_view,
    report_note,
    with_note,
)
from companion.ui.clipboard_watcher import looks_like_reply
from companion.ui.controller import Controller
from companion.ui.cooloff_keeper import ask_send_anyway
from companion.ui.i18n import arg, ui_language
from companion.ui.status_line import StatusLine
from companion.ui.style import heading, verdict_tint
from companion.ui.words import verdict_words

__all__ = ["CheckScreen", "Draft"]

log = logging.getLogger(__name__)

#: Texts longer than this are checked in a worker thread (about 50 ms of work and up).
WORKER_THRESHOLD = 100_000
#: Typing pauses this long before the draft is checked again.
RECHECK_DELAY_MS = 350
#: A verdict left this long on an unchanged draft has been seen: the check counts.
SETTLE_MS = 1500


@dataclass(slots=True)
class Draft:
    """What belongs to the draft in the editor, and goes when another replaces it.

    A new draft starts when text arrives whole (pasted over everything or into an empty editor,
    Check clipboard, the tray, the command line, back from a cool-off) or is typed into an empty
    editor; edits and rewrites keep the same draft. Its check counts once: when its verdict
    first settles (unchanged for SETTLE_MS on a text that looks like a reply) or at once when
    the agent acts on it (Check, Copy reply, a cool-off, Send anyway).
    """

    source: str = "typed"  # typed (pasted or typed), clipboard, recheck
    counted: bool = False  # its check is in today's numbers
    released: bool = False  # a hard verdict no longer holds it: cool-off taken or Send anyway


class CheckScreen(QWidget):
    """Draft editor with findings in place, the findings cards, a verdict, Apply and Copy.

    Signals:
        cool_off_requested(str, object): start a cool-off holding this draft (text, Report).
        phrasebook_requested(str): open the phrasebook at a category.
        copied(str): the draft was put on the clipboard by Copy.
    """

    cool_off_requested = Signal(str, object)
    phrasebook_requested = Signal(str)
    copied = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setAccessibleName(self.tr("Check a reply"))
        self.report: Report | None = None
        self.ignored: frozenset[Ignored] = frozenset()
        self._marked_text = ""
        self.draft = Draft()
        self.generation = 0
        self._checked_text = ""  # the text self.report is about
        self._checking: int | None = None  # generation a worker is checking
        self._said_when_checked = ""  # the status once the worker's check is back
        self._count_pending = False  # count this draft as soon as its verdict is in
        self._had_text = self._held_note = False
        self._fresh = False  # the edit under way replaces the whole draft
        self._tasks: list[CheckTask] = []

        title = heading(self.tr("Check a reply"))
        intro = QLabel(
            self.tr(
                "Paste or type a draft, or use Check clipboard. Each finding says why it matters "
                "to the customer and what to do instead, often with a rewrite."
            )
        )
        intro.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self._build_verdict())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.editor = DraftEditor(self)
        self.editor.setAccessibleName(self.tr("Draft reply"))
        self.editor.setPlaceholderText(self.tr("Paste your draft reply here…"))
        self.editor.setTabChangesFocus(True)
        self.editor.replacing_all.connect(self.on_replacing_all)
        self.editor.textChanged.connect(self.on_text_changed)
        self.editor.document().contentsChange.connect(self.on_contents_change)
        splitter.addWidget(self.editor)
        splitter.addWidget(self._build_findings())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout.addWidget(splitter, 1)
        layout.addLayout(self._build_buttons())

        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.on_check_clicked)

        self.recheck_timer = QTimer(self)
        self.recheck_timer.setSingleShot(True)
        self.recheck_timer.setInterval(RECHECK_DELAY_MS)
        self.recheck_timer.timeout.connect(self.on_recheck_due)
        self.settle_timer = QTimer(self)
        self.settle_timer.setSingleShot(True)
        self.settle_timer.setInterval(SETTLE_MS)
        self.settle_timer.timeout.connect(self.on_settled)
        controller.settings_changed.connect(self.on_settings_changed)
        self._update_buttons()
        self._show_gate()

    # --- building ---------------------------------------------------------------------------

    def _bold_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _build_verdict(self) -> QFrame:
        """The verdict, and for a held draft the way out (P2.1): a cool-off or Send anyway.
        The buttons keep their place when hidden, so nothing moves as the verdict changes."""
        self.verdict_frame = QFrame()
        self.verdict_frame.setObjectName("verdictFrame")
        self.verdict_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict_label = QLabel(self.tr("Nothing checked yet."))
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setAccessibleName(self.tr("Verdict"))
        self.verdict_label.setFont(self._bold_font())
        self.take_button = QPushButton(self.tr("Take a cool-off"))
        self.take_button.setToolTip(self.tr("Hold this draft while you breathe for a few minutes"))
        self.take_button.clicked.connect(self.on_take_clicked)
        self.send_button = QPushButton(self.tr("Send anyway…"))
        self.send_button.setToolTip(self.tr("Copy it now without a cool-off (asks; it is counted)"))
        self.send_button.clicked.connect(self.on_copy_clicked)
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setMinimumHeight(self.note_label.fontMetrics().lineSpacing())
        self.note_label.setAccessibleName(self.tr("About the verdict"))
        row = QHBoxLayout()
        row.addWidget(self.verdict_label, 1)
        for button in (self.take_button, self.send_button):
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
            row.addWidget(button)
        box = QVBoxLayout(self.verdict_frame)
        box.addLayout(row)
        box.addWidget(self.note_label)
        return self.verdict_frame

    def _build_findings(self) -> QWidget:
        """The cards, the selected finding's detail (always there, so selecting one moves
        nothing), and after a cool-off the first findings."""
        self.findings_model = FindingsModel(self)
        self.findings_view = cards_view(self.findings_model, self.tr("Findings"))
        self.findings_view.selectionModel().currentChanged.connect(self.on_finding_selected)

        self.detail = FindingDetail()
        self.detail.suggestion_list.itemDoubleClicked.connect(self.on_apply_clicked)
        self.detail.apply_button.clicked.connect(self.on_apply_clicked)
        self.detail.ignore_button.clicked.connect(self.on_ignore_clicked)
        self.detail.phrases_button.clicked.connect(self.on_phrases_clicked)

        self.before_box = QFrame()
        self.before_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.before_title = QLabel()
        self.before_title.setWordWrap(True)
        self.before_title.setFont(self._bold_font())
        self.before_model = FindingsModel(self)
        self.before_view = cards_view(self.before_model, self.tr("Findings before the cool-off"))
        before = QVBoxLayout(self.before_box)
        before.addWidget(self.before_title)
        before.addWidget(self.before_view)
        self.before_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.before_box.hide()

        right = FindingsColumn()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Findings"))
        caption.setBuddy(self.findings_view)
        column.addWidget(caption)
        # the detail as tall as the cards: at the window's own size (960×640) the rewrites that
        # Apply puts in are in view with the finding's words, not below them
        column.addWidget(self.findings_view, 1)
        column.addWidget(self.detail, 1)
        column.addWidget(self.before_box, 1)
        return right

    def _build_buttons(self) -> ButtonRow:
        self.check_button = QPushButton(self.tr("Chec&k"))
        self.check_button.setToolTip(self.tr("Check the draft (Ctrl+Return)"))
        self.check_button.clicked.connect(self.on_check_clicked)
        self.clipboard_button = QPushButton(self.tr("Check clip&board"))
        self.clipboard_button.setToolTip(self.tr("Check the text on the clipboard (Ctrl+Shift+K)"))
        self.clipboard_button.clicked.connect(self.on_clipboard_clicked)
        self.copy_button = QPushButton(self.tr("C&opy reply"))
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.minute_button = QPushButton(self.tr("I need a &minute"))
        self.minute_button.setToolTip(self.tr("Hold this draft and take a short cool-off"))
        self.minute_button.clicked.connect(self.on_take_clicked)
        # Two lines, whatever it says: a message never pushes the buttons or the draft about.
        self.status_label = StatusLine()
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language of the draft"))
        self.language_box.setToolTip(
            self.tr("The language the draft is checked in; Automatic reads it from the text")
        )
        self.language_box.addItem(self.tr("Automatic"), None)
        for code in checker.shipped_languages():
            self.language_box.addItem(native_name(code), code)
        self.language_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.language_box.currentIndexChanged.connect(self.on_language_changed)
        # The status beside the buttons while it keeps room for a short sentence; on a narrow
        # screen (Greek at 800×600) it takes a line of its own with the language box.
        return ButtonRow(
            None,
            (self.check_button, self.clipboard_button, self.copy_button, self.minute_button),
            self.status_label,
            (self.language_box,),
            stretch_width=self.fontMetrics().averageCharWidth() * 24,
        )

    @Slot()
    def on_language_changed(self) -> None:
        """Another language chosen: the verdict on the draft was about the old one."""
        self.ignored = frozenset()
        if self.text().strip():
            self.run_check()

    # --- the draft --------------------------------------------------------------------------

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(
        self, text: str, source: str = "typed", *, counted: bool = False, released: bool = False
    ) -> None:
        """Replace the draft with a new one (earlier "ignore here" marks no longer apply); a
        lone surrogate, which the editor keeps but does not give back, stands as U+FFFD."""
        self.editor.setPlainText(whole_characters(text))
        self._new_draft(Draft(source, counted, released))

    def _new_draft(self, draft: Draft) -> None:
        """Forget what belonged to the last draft: its marks, its count, its release, the
        findings before its cool-off, its chosen language and what the status line said."""
        self.draft = draft
        self.ignored = frozenset()
        if self.language_box.currentIndex() != 0:
            # a language chosen for one draft is not the next one's: read it from its text
            with QSignalBlocker(self.language_box):
                self.language_box.setCurrentIndex(0)
        self._count_pending = self._held_note = False
        self.settle_timer.stop()
        self.before_box.hide()
        self.status_label.clear()
        self._said_when_checked = ""
        self._show_gate()

    def held(self) -> bool:
        """The draft is hard and not yet released: it leaves only through a cool-off or Send
        anyway. The one gate every copy asks (Copy reply, Send anyway, the editor's Copy)."""
        return self.report is not None and self.report.verdict == "hard" and not self.draft.released

    def release_for_copy(self) -> bool:
        """True when the draft may leave now. A held draft asks Send anyway first; a yes is
        recorded and releases it. The draft's check counts here if it has not yet."""
        if not self.text().strip():
            return True
        if not self._bring_current():
            if self._checking == self.generation:
                self.status_label.setText(self.tr("Checking… copy again once the verdict is in."))
                return False
            return True  # it could not be checked: nothing says it is hard
        self._count_once()
        if not self.held():
            return True
        if not ask_send_anyway(self, running=False):
            return False
        try:
            checks.send_without_cooloff(self.controller, self.controller.settings.cooloff_minutes)
        except CompanionError as error:
            self.controller.error.emit(error.message)
        self.draft.released = True
        self._show_gate()
        return True

    def current_report(self) -> Report | None:
        """The verdict on the draft as it is now (checked again first if it changed)."""
        return self.report if self._bring_current() else None

    def _bring_current(self) -> bool:
        """Check now if the draft changed since the last verdict; True if the verdict is about
        the text in the editor (a long one checked in a worker may still be on its way)."""
        if not self.text().strip():
            return False
        if self.report is None or self._checked_text != self.text():
            self.run_check()
        return self.report is not None and self._checked_text == self.text()

    def _count_once(self) -> None:
        """Count this draft's check in today's numbers (its verdict and counts, never its text),
        the first time only."""
        self.settle_timer.stop()
        if self.draft.counted or self.report is None or self._checked_text != self.text():
            return
        self.draft.counted = True
        try:
            checks.record_check(self.controller, self.report, self.draft.source)
        except CompanionError as error:
            self.controller.error.emit(error.message)

    # --- checking ---------------------------------------------------------------------------

    def run_check(self, source: str | None = None) -> None:
        """Check the draft now. With a ``source`` (typed, clipboard, recheck) the agent asked
        for it: the draft's check counts at once (still only once), as coming from there."""
        self.recheck_timer.stop()
        text = self.text()
        self.generation += 1
        if source is not None and not self.draft.counted:
            self.draft.source = source
            self._count_pending = True
        if not text.strip():
            self.report, self._checked_text = None, ""
            self._show_report(None)
            if source is not None:
                self.status_label.setText(self.tr("Nothing to check: the draft is empty."))
            self._count_pending = False
            return
        disabled = frozenset(self.controller.settings.disabled_rules)
        lang = self.language_box.currentData()
        if len(text) > WORKER_THRESHOLD or not checker.is_ready_for(text, lang):
            task = CheckTask(self.generation, text, disabled, self.ignored, lang)
            task.signals.done.connect(self.on_worker_done)
            task.signals.failed.connect(self.on_worker_failed)
            self._tasks.append(task)
            self._checking = self.generation
            self.status_label.setText(self.tr("Checking…"))
            QThreadPool.globalInstance().start(task)
            return
        try:
            report = checker.check(text, lang, disabled_rules=disabled, ignored=self.ignored)
        except CompanionError as error:
            self._show_unchecked(unchecked_message(error))
            return
        self._accept(report, text)

    def _say_when_checked(self, message: str) -> None:
        """Say ``message`` about the check just asked for, then the note on what the report
        leaves out: now, or once it is back when it runs in a worker (a long draft), the status
        saying it is checking until then. Both ways say the same."""
        if self._checking == self.generation:
            self._said_when_checked = message
        else:
            self.status_label.setText(with_note(message, self.report))

    def _show_unchecked(self, message: str) -> None:
        """The draft could not be checked (a language without rules, an analyser not
        installed): say so where the verdict goes, never leave an older verdict showing."""
        self.report, self._checked_text = None, ""
        self._show_report(None)
        self.verdict_label.setText(message)

    @Slot(int, object)
    def on_worker_done(self, generation: int, report: object) -> None:
        done = [t for t in self._tasks if t.generation == generation]
        self._tasks = [t for t in self._tasks if t.generation > generation]
        if generation != self.generation or not isinstance(report, Report) or not done:
            return  # the draft changed since; a newer check is on its way
        self._checking = None
        self.status_label.clear()
        said, self._said_when_checked = self._said_when_checked, ""
        if done[0].text == self.text():  # typed into while it was checked: checked again soon
            self._accept(report, done[0].text)
            if said:  # what was done, then the note the check left (as in the GUI thread)
                self.status_label.setText(with_note(said, report))

    @Slot(int, str)
    def on_worker_failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self._checking = None
            self._said_when_checked = ""
            self.status_label.clear()
            self._show_unchecked(message)

    def _accept(self, report: Report, text: str) -> None:
        self.report, self._checked_text = report, text
        self._show_report(report)
        self._show_gate()
        if self._count_pending:
            self._count_pending = False
            self._count_once()
        elif not self.draft.counted:
            self.settle_timer.start()
        if note := report_note(report):
            self.status_label.setText(note)

    @Slot()
    def on_settled(self) -> None:
        if self._checked_text == self.text() and looks_like_reply(self.text()):
            self._count_once()

    def _show_report(self, report: Report | None) -> None:
        text, kept = self.text(), self.findings_model.key_of(self.selected_finding())
        self.findings_model.set_report(text, report)
        self.detail.show_finding(text, None)
        if report is None:
            self.verdict_label.setText(self.tr("Nothing checked yet."))
            verdict_tint(self.verdict_frame, "none")
            highlight(self.editor, [], None)
            return
        count = len(report.findings)
        verdict = verdict_words(report.verdict, start=True)
        if report.verdict == "ok" and not count:
            words = arg(self.tr("%1 — nothing here should hurt the reply."), verdict)
        elif report.verdict == "ok":
            words = self.tr("%1 — %n small thing(s) you may want to look at.", "", count)
        elif report.verdict == "care":
            words = self.tr("%1 — %n finding(s) worth a look before sending.", "", count)
        else:
            words = self.tr("%1 — %n finding(s). Take a minute before you send it.", "", count)
        words = arg(words, verdict)
        if report.lang != ui_language():
            words = arg(self.tr("%1 (checked as %2)"), words, native_name(report.lang))
        self.verdict_label.setText(words)
        verdict_tint(self.verdict_frame, report.verdict)
        # the card chosen stays chosen if found again, the cursor left where the user types
        row = self.findings_model.row_of(kept)
        chosen = None if row is None else report.findings[row]
        if row is not None:
            with QSignalBlocker(self.findings_view.selectionModel()):
                self.select_finding(row)
            self.detail.show_finding(text, chosen)
        highlight(self.editor, list(report.findings[:MAX_CARDS]), chosen)

    def _show_gate(self) -> None:
        """The cool-off and Send anyway buttons for a held draft, and a line on where it stands."""
        held = self.held()
        self.take_button.setVisible(held)
        self.send_button.setVisible(held)
        minutes = self.controller.settings.cooloff_minutes
        hard = self.report is not None and self.report.verdict == "hard"
        if held:
            note = self.tr(
                "A %n-minute cool-off holds the draft while you breathe; Copy reply asks first.",
                "",
                minutes,
            )
        elif hard and self.draft.source == "recheck":
            note = self.tr("You took the cool-off. Rewrite it cool, then Copy reply.")
        elif hard:
            note = self.tr("Sent anyway: counted in today's numbers.")
        else:
            note = ""
        self.note_label.setText(note)
        self.copy_button.setToolTip(
            self.tr("This draft is held: Copy reply asks before it sends it anyway")
            if held
            else self.tr("Put the reply, as it is now, on the clipboard")
        )

    # --- reactions --------------------------------------------------------------------------

    @Slot()
    def on_replacing_all(self) -> None:
        self._fresh = True

    @Slot()
    def on_text_changed(self) -> None:
        has_text = bool(self.text().strip())
        if has_text and (self._fresh or not self._had_text):
            self._new_draft(Draft())  # pasted over everything, or typed into an empty editor
        self._fresh, self._had_text, self._held_note = False, has_text, False
        self.settle_timer.stop()
        self.status_label.clear()  # what it said was about the text before
        self._said_when_checked = ""
        self._update_buttons()
        if self.report is not None or has_text:
            self.recheck_timer.start()

    @Slot()
    def on_recheck_due(self) -> None:
        self.run_check()

    @Slot(int, int, int)
    def on_contents_change(self, position: int, removed: int, added: int) -> None:
        """Keep "ignore here" marks on their words while the draft is edited."""
        if self.ignored:
            text = self.text()  # Qt counts in UTF-16 units: an emoji is two of them
            edit = python_edit(self._marked_text, text, position, removed, added)
            self.ignored, self._marked_text = checker.shift_ignored(self.ignored, *edit), text

    @Slot()
    def on_check_clicked(self) -> None:
        self.run_check("typed")

    @Slot()
    def on_clipboard_clicked(self) -> None:
        self.check_clipboard()

    def check_clipboard(self) -> bool:
        """Load the clipboard's text into the draft and check it; False with a message if the
        clipboard holds no text."""
        board = QGuiApplication.clipboard()
        text = clipboard.normalise(board.text())
        if not text.strip():
            mime = board.mimeData()
            if mime is not None and mime.hasImage():
                message = self.tr("The clipboard holds an image, not text: copy the reply's text.")
            else:
                message = self.tr("There is no text on the clipboard: copy the reply first.")
            self.status_label.setText(message)
            return False
        self.set_text(text, "clipboard")
        self.run_check("clipboard")
        self._say_when_checked(self.tr("Checked the clipboard."))
        return True

    def show_checked(self, text: str) -> None:
        """``companion check --clipboard`` checked (and counted) this: show it, gated alike."""
        self.set_text(text, "clipboard", counted=True)
        self.run_check()
        self._say_when_checked(self.tr("Checked the clipboard."))

    def _changed_since_check(self) -> bool:
        """The cards are about the draft before an edit: it is checked again, and nothing is
        marked, fitted or ignored at the old places."""
        if self.report is None or self._checked_text == self.text():
            return False
        self.run_check()
        self.status_label.setText(
            self.tr("The draft changed since that check: choose from the new findings.")
        )
        return True

    @Slot(object, object)
    def on_finding_selected(self, _current: Any, _previous: Any) -> None:
        finding = self.selected_finding()
        if finding is not None and self._changed_since_check():
            return
        self.detail.show_finding(self.text(), finding)
        if finding is None or self.report is None:
            return
        highlight(self.editor, list(self.report.findings[:MAX_CARDS]), finding)
        if finding.end > finding.start:
            cursor = self.editor.textCursor()
            cursor.setPosition(Utf16(self.text()).to_qt(finding.start))
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()

    def selected_finding(self) -> Finding | None:
        index = self.findings_view.currentIndex()
        return self.findings_model.finding(index.row()) if index.isValid() else None

    def select_finding(self, position: int) -> None:
        self.findings_view.setCurrentIndex(self.findings_model.index(position, 0))

    @Slot()
    def on_apply_clicked(self) -> None:
        finding = self.selected_finding()
        if finding is None or self._changed_since_check():
            return
        chosen = self.detail.chosen_suggestion()
        if chosen is None:
            return
        old = self.text()
        # fitted again to the draft as it is now, so an edit since cannot misplace it
        fitted = [r for r in checker.rewrites(old, finding) if r.suggestion == chosen]
        if not fitted:
            self.status_label.setText(self.tr("That rewrite no longer fits here: check again."))
            return
        replace_changed_part(self.editor, old, fitted[0].text)
        self.run_check()
        self._say_when_checked(self.tr("Applied. Check the sentence still reads well."))

    @Slot()
    def on_ignore_clicked(self) -> None:
        finding = self.selected_finding()
        if finding is None or self._changed_since_check():
            return
        self.ignored = self.ignored | {Ignored(finding.rule, finding.start, finding.end)}
        self._marked_text = self.text()  # the text the marks are places in
        self.run_check()
        self._say_when_checked(self.tr("Ignored here. Turn a whole rule off in Settings."))

    @Slot()
    def on_phrases_clicked(self) -> None:
        finding = self.selected_finding()
        if finding is not None and finding.phrase_category:
            self.phrasebook_requested.emit(finding.phrase_category)

    @Slot()
    def on_copy_clicked(self) -> None:
        """Copy reply, and Send anyway for a held draft: both go through the gate."""
        text = self.text()
        if not text.strip() or not self.release_for_copy():
            return
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)
        self.status_label.setText(self.tr("Copied the reply to the clipboard."))

    @Slot()
    def on_take_clicked(self) -> None:
        text = self.text() if self.text().strip() else ""
        self.cool_off_requested.emit(text, self.current_report() if text else None)

    def hold_draft(self) -> None:
        """The draft went into a cool-off (its check counted): it leaves this screen, so it
        cannot be copied until the cool-off gives it back."""
        self._count_once()
        self.set_text("")
        self.status_label.setText(self.tr("Your draft is held in the cool-off."))
        self._held_note = True

    def has_returned_draft(self) -> bool:
        """The editor holds a draft given back by a cool-off (rewritten or not)."""
        return self.draft.source == "recheck" and bool(self.text().strip())

    def on_cool_off_ended(self) -> None:
        """The cool-off is over: the line saying the draft is held there goes."""
        if self._held_note:
            self.status_label.clear()
            self._held_note = False

    def show_beside(self, draft: str, first: Report | None) -> None:
        """After a cool-off: the draft back (released, already counted) for a cool rewrite,
        re-checked, with the first findings beside it."""
        self.set_text(draft, "recheck", counted=True, released=True)
        self.before_model.set_report(draft, first)
        if first is None:
            self.before_title.setText(self.tr("Before the cool-off: not known"))
        else:
            self.before_title.setText(
                arg(
                    self.tr("Before the cool-off: %1, %n finding(s)", "", len(first.findings)),
                    verdict_words(first.verdict, start=True),
                )
            )
        self.before_box.show()
        self.run_check()
        self.status_label.setText(self.tr("Welcome back. Rewrite it cool, then Copy reply."))

    @Slot(object)
    def on_settings_changed(self, _settings: object) -> None:
        if self.text().strip():
            self.run_check()
        self._show_gate()

    def _update_buttons(self) -> None:
        has_text = bool(self.text().strip())
        self.copy_button.setEnabled(has_text)
        self.check_button.setEnabled(has_text)
