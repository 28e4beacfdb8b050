"""Check: a draft reply with each finding highlighted in place, why it matters and a rewrite.

The pieces the app installs at start (actions and the Today row in companion.ui.check_tools,
the cool-off keeper, clipboard watching) load without this module, so it and the checker load
only when needed. Checks and turned-down cool-offs are counted through companion.services.checks.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from companion import clipboard
from companion.core import checker
from companion.core.checker import Finding, Ignored, Report
from companion.core.errors import CompanionError
from companion.core.wording import verdict_words
from companion.services import checks
from companion.ui.controller import Controller
from companion.ui.style import heading

log = logging.getLogger(__name__)

#: Texts longer than this are checked in a worker thread (about 50 ms of work and up).
WORKER_THRESHOLD = 100_000
#: Typing pauses this long before the draft is checked again.
RECHECK_DELAY_MS = 350

CATEGORY_TITLES = {
    "refusal": "Flat no",
    "blame": "Blame",
    "cant-without-can": "Can't without can",
    "absolute": "Absolute",
    "policy-without-why": "Policy without the why",
    "jargon": "Jargon",
    "too-long": "Too long",
    "shouting": "Shouting",
    "dismissive": "Dismissive",
    "insult": "Insult",
    "no-empathy": "No empathy",
    "no-next-step": "No next step",
}

# Highlight colours by severity: light enough for black text, readable on dark themes as a tint.
SEVERITY_COLOURS = {
    "hint": QColor(90, 140, 220, 70),
    "care": QColor(235, 170, 40, 90),
    "serious": QColor(235, 110, 40, 110),
    "hard": QColor(220, 50, 50, 120),
}


class Utf16:
    """Python character offsets ↔ Qt text positions (UTF-16 units: an emoji counts twice)."""

    def __init__(self, text: str) -> None:
        self.identity = all(ord(ch) <= 0xFFFF for ch in text) if not text.isascii() else True
        self._to_qt: list[int] = []
        if not self.identity:
            position = 0
            for ch in text:
                self._to_qt.append(position)
                position += 2 if ord(ch) > 0xFFFF else 1
            self._to_qt.append(position)

    def to_qt(self, offset: int) -> int:
        if self.identity:
            return offset
        return self._to_qt[max(0, min(offset, len(self._to_qt) - 1))]


# --------------------------------------------------------------------------- worker


class CheckSignals(QObject):
    """Signals:
    done(int, object): generation, Report.
    failed(int, str): generation, message.
    """

    done = Signal(int, object)
    failed = Signal(int, str)


class CheckTask(QRunnable):
    """A long check off the GUI thread; the core is pure, so nothing is shared."""

    def __init__(
        self, generation: int, text: str, disabled: frozenset[str], ignored: frozenset[Ignored]
    ) -> None:
        super().__init__()
        self.generation = generation
        self.text = text
        self.disabled = disabled
        self.ignored = ignored
        self.signals = CheckSignals()

    def run(self) -> None:
        try:
            report = checker.check(self.text, disabled_rules=self.disabled, ignored=self.ignored)
        except CompanionError as error:
            self.signals.failed.emit(self.generation, error.message)
        else:
            self.signals.done.emit(self.generation, report)


# --------------------------------------------------------------------------- the screen


class CheckScreen(QWidget):
    """Draft editor with findings in place, the findings list, a verdict, Apply and Copy.

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
        self.generation = 0
        self._pending_source: str | None = None
        self._offer_declined_for: int | None = None
        self._tasks: list[CheckTask] = []

        title = heading(self.tr("Check a reply"))
        intro = QLabel(
            self.tr(
                "Paste or type a draft, or use Check clipboard. Each finding says why it matters "
                "to the customer and offers a rewrite."
            )
        )
        intro.setWordWrap(True)

        self.verdict_frame = QFrame()
        self.verdict_frame.setObjectName("verdictFrame")
        self.verdict_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.verdict_label = QLabel(self.tr("Nothing checked yet."))
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setAccessibleName(self.tr("Verdict"))
        verdict_font = QFont(self.font())
        verdict_font.setBold(True)
        self.verdict_label.setFont(verdict_font)
        verdict_row = QHBoxLayout(self.verdict_frame)
        verdict_row.addWidget(self.verdict_label, 1)

        # The cool-off offer for a hard reply (P2.1).
        self.offer_frame = QFrame()
        self.offer_frame.setObjectName("coolOffOffer")
        self.offer_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.offer_label = QLabel()
        self.offer_label.setWordWrap(True)
        self.take_button = QPushButton(self.tr("Take a cool-off"))
        self.take_button.setAccessibleName(self.tr("Take a cool-off"))
        self.not_now_button = QPushButton(self.tr("Not now"))
        offer_row = QHBoxLayout(self.offer_frame)
        offer_row.addWidget(self.offer_label, 1)
        offer_row.addWidget(self.take_button)
        offer_row.addWidget(self.not_now_button)
        self.offer_frame.hide()
        self.take_button.clicked.connect(self.on_take_clicked)
        self.not_now_button.clicked.connect(self.on_not_now_clicked)

        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Draft reply"))
        self.editor.setPlaceholderText(self.tr("Paste your draft reply here…"))
        self.editor.setTabChangesFocus(True)
        self.editor.textChanged.connect(self.on_text_changed)
        self.editor.document().contentsChange.connect(self.on_contents_change)

        # Findings: model/view, since a long text can have many.
        self.findings_model = QStandardItemModel(self)
        self.findings_view = QListView()
        self.findings_view.setModel(self.findings_model)
        self.findings_view.setAccessibleName(self.tr("Findings"))
        self.findings_view.setWordWrap(True)
        self.findings_view.setAlternatingRowColors(True)
        self.findings_view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.findings_view.selectionModel().currentChanged.connect(self.on_finding_selected)

        # The selected finding.
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_title.setFont(verdict_font)
        self.detail_message = QLabel()
        self.detail_message.setWordWrap(True)
        self.detail_why = QLabel()
        self.detail_why.setWordWrap(True)
        self.detail_why.setAccessibleName(self.tr("Why it matters"))
        self.detail_advice = QLabel()
        self.detail_advice.setWordWrap(True)
        self.detail_advice.setAccessibleName(self.tr("What to do"))
        self.suggestion_list = QListWidget()
        self.suggestion_list.setAccessibleName(self.tr("Rewrites"))
        self.suggestion_list.setMaximumHeight(90)
        self.suggestion_list.itemDoubleClicked.connect(self.on_apply_clicked)
        self.apply_button = QPushButton(self.tr("&Apply rewrite"))
        self.apply_button.clicked.connect(self.on_apply_clicked)
        self.ignore_button = QPushButton(self.tr("&Ignore here"))
        self.ignore_button.setToolTip(self.tr("Stop flagging this one match in this draft"))
        self.ignore_button.clicked.connect(self.on_ignore_clicked)
        self.phrases_button = QPushButton()
        self.phrases_button.clicked.connect(self.on_phrases_clicked)
        detail_buttons = QHBoxLayout()
        detail_buttons.addWidget(self.apply_button)
        detail_buttons.addWidget(self.ignore_button)
        detail_buttons.addStretch(1)
        detail_buttons.addWidget(self.phrases_button)
        self.detail_box = QFrame()
        self.detail_box.setFrameShape(QFrame.Shape.StyledPanel)
        detail = QVBoxLayout(self.detail_box)
        detail.addWidget(self.detail_title)
        detail.addWidget(self.detail_message)
        detail.addWidget(self.detail_why)
        detail.addWidget(self.detail_advice)
        self.rewrite_caption = QLabel(self.tr("Rewrites:"))
        self.rewrite_caption.setBuddy(self.suggestion_list)
        detail.addWidget(self.rewrite_caption)
        detail.addWidget(self.suggestion_list)
        detail.addLayout(detail_buttons)
        self.detail_box.hide()

        # The first findings, shown beside the draft after a cool-off.
        self.before_box = QFrame()
        self.before_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.before_title = QLabel()
        self.before_title.setWordWrap(True)
        self.before_title.setFont(verdict_font)
        self.before_list = QListWidget()
        self.before_list.setAccessibleName(self.tr("Findings before the cool-off"))
        self.before_list.setWordWrap(True)
        self.before_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        before = QVBoxLayout(self.before_box)
        before.addWidget(self.before_title)
        before.addWidget(self.before_list)
        self.before_box.hide()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        findings_caption = QLabel(self.tr("Findings"))
        findings_caption.setBuddy(self.findings_view)
        right_layout.addWidget(findings_caption)
        right_layout.addWidget(self.findings_view, 2)
        right_layout.addWidget(self.detail_box, 0)
        right_layout.addWidget(self.before_box, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.editor)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.check_button = QPushButton(self.tr("Chec&k"))
        self.check_button.setToolTip(self.tr("Check the draft (Ctrl+Return)"))
        self.check_button.clicked.connect(self.on_check_clicked)
        self.clipboard_button = QPushButton(self.tr("Check clip&board"))
        self.clipboard_button.setToolTip(self.tr("Check the text on the clipboard (Ctrl+Shift+K)"))
        self.clipboard_button.clicked.connect(self.on_clipboard_clicked)
        self.copy_button = QPushButton(self.tr("C&opy reply"))
        self.copy_button.setToolTip(self.tr("Put the reply, as it is now, on the clipboard"))
        self.copy_button.clicked.connect(self.on_copy_clicked)
        self.minute_button = QPushButton(self.tr("I need a &minute"))
        self.minute_button.setToolTip(self.tr("Hold this draft and take a short cool-off"))
        self.minute_button.clicked.connect(self.on_take_clicked)
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.clipboard_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.minute_button)
        buttons.addWidget(self.status_label, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.verdict_frame)
        layout.addWidget(self.offer_frame)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.on_check_clicked)

        self.recheck_timer = QTimer(self)
        self.recheck_timer.setSingleShot(True)
        self.recheck_timer.setInterval(RECHECK_DELAY_MS)
        self.recheck_timer.timeout.connect(self.on_recheck_due)
        controller.settings_changed.connect(self.on_settings_changed)
        self._update_buttons()

    # --- checking ---------------------------------------------------------------------------

    def text(self) -> str:
        return self.editor.toPlainText()

    def set_text(self, text: str) -> None:
        """Replace the draft (a new draft: earlier "ignore here" marks no longer apply)."""
        self.editor.setPlainText(text)
        self.ignored = frozenset()
        self._offer_declined_for = None

    def run_check(self, source: str | None = None) -> None:
        """Check the draft now. ``source`` (typed, clipboard, recheck) logs it as a check."""
        self.recheck_timer.stop()
        text = self.text()
        self.generation += 1
        if not text.strip():
            self.report = None
            self._show_report(None)
            if source is not None:
                self.status_label.setText(self.tr("Nothing to check: the draft is empty."))
            return
        disabled = frozenset(self.controller.settings.disabled_rules)
        if len(text) > WORKER_THRESHOLD:
            self._pending_source = source
            task = CheckTask(self.generation, text, disabled, self.ignored)
            task.signals.done.connect(self.on_worker_done)
            task.signals.failed.connect(self.on_worker_failed)
            self._tasks.append(task)
            self.status_label.setText(self.tr("Checking…"))
            QThreadPool.globalInstance().start(task)
            return
        try:
            report = checker.check(text, disabled_rules=disabled, ignored=self.ignored)
        except CompanionError as error:
            self.status_label.setText(error.message)
            return
        self._accept(report, source)

    @Slot(int, object)
    def on_worker_done(self, generation: int, report: object) -> None:
        self._tasks = [t for t in self._tasks if t.generation > generation]
        if generation != self.generation or not isinstance(report, Report):
            return  # the draft changed since; a newer check is on its way
        self.status_label.clear()
        self._accept(report, self._pending_source)

    @Slot(int, str)
    def on_worker_failed(self, generation: int, message: str) -> None:
        if generation == self.generation:
            self.status_label.setText(message)

    def _accept(self, report: Report, source: str | None) -> None:
        self.report = report
        self._show_report(report)
        if source is not None:
            self._count(report, source)
            offer = source in ("typed", "clipboard")  # not again right after a cool-off
            if offer and report.verdict == "hard" and self._offer_declined_for != hash(self.text()):
                minutes = self.controller.settings.cooloff_minutes
                self.offer_label.setText(
                    self.tr(
                        "This reply may land hard. A %d-minute cool-off lets you answer it cool "
                        "(P2.1): the draft waits here, safe."
                    )
                    % minutes
                )
                self.offer_frame.show()
        if report.verdict != "hard":
            self.offer_frame.hide()
        if report.truncated:
            self.status_label.setText(
                self.tr("Long text: only the first %s characters were checked.")
                % f"{report.checked_chars:,}"
            )

    def _count(self, report: Report, source: str) -> None:
        """An explicit check counts in today's numbers (never its text)."""
        try:
            checks.record_check(self.controller, report, source)
        except CompanionError as error:
            self.controller.error.emit(error.message)

    def _show_report(self, report: Report | None) -> None:
        self.findings_model.clear()
        self.detail_box.hide()
        if report is None:
            self.verdict_label.setText(self.tr("Nothing checked yet."))
            self.verdict_frame.setProperty("verdict", "none")
            self._highlight([])
            self._restyle()
            return
        count = len(report.findings)
        verdict = verdict_words(report.verdict, start=True)
        if report.verdict == "ok" and not count:
            words = self.tr("%s — nothing here should hurt the reply.") % verdict
        elif report.verdict == "ok":
            words = self.tr("%s — %d small thing(s) you may want to look at.") % (verdict, count)
        elif report.verdict == "care":
            words = self.tr("%s — %d finding(s) worth a look before sending.") % (verdict, count)
        else:
            words = self.tr("%s — %d finding(s). Take a minute before you send it.") % (
                verdict,
                count,
            )
        self.verdict_label.setText(words)
        self.verdict_frame.setProperty("verdict", report.verdict)
        self._restyle()
        text = self.text()
        for index, finding in enumerate(report.findings):
            item = QStandardItem(self._finding_line(text, finding))
            item.setData(index, Qt.ItemDataRole.UserRole)
            item.setToolTip(finding.why)
            item.setData(
                f"{CATEGORY_TITLES.get(finding.category, finding.category)}: {finding.message}",
                Qt.ItemDataRole.AccessibleTextRole,
            )
            self.findings_model.appendRow(item)
        self._highlight(list(report.findings))

    def _finding_line(self, text: str, finding: Finding) -> str:
        title = self.tr(CATEGORY_TITLES.get(finding.category, finding.category))
        if finding.end > finding.start:
            words = text[finding.start : finding.end]
            if len(words) > 60:
                words = words[:57] + "…"
            where = f"“{words}”"
        else:
            where = self.tr("the whole reply")
        return f"{title} ({finding.practice}) — {where}\n{finding.message}"

    def _restyle(self) -> None:
        verdict = self.verdict_frame.property("verdict") or "none"
        tints = {
            "ok": "rgba(60, 170, 90, 45)",
            "care": "rgba(235, 170, 40, 60)",
            "hard": "rgba(220, 50, 50, 60)",
            "none": "transparent",
        }
        self.verdict_frame.setStyleSheet(
            f"QFrame#verdictFrame {{ background: {tints.get(str(verdict), 'transparent')}; "
            "border-radius: 6px; }"
        )

    def _highlight(self, findings: list[Finding], selected: Finding | None = None) -> None:
        text = self.text()
        mapping = Utf16(text)
        selections = []
        document = self.editor.document()
        for finding in findings:
            if finding.end <= finding.start:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(document)
            cursor.setPosition(mapping.to_qt(finding.start))
            cursor.setPosition(mapping.to_qt(finding.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            colour = QColor(SEVERITY_COLOURS.get(finding.severity, SEVERITY_COLOURS["care"]))
            if finding is selected:
                colour.setAlpha(min(255, colour.alpha() * 2 + 40))
            fmt.setBackground(colour)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(colour.red(), colour.green(), colour.blue()))
            selection.format = fmt
            selections.append(selection)
        self.editor.setExtraSelections(selections)

    # --- reactions --------------------------------------------------------------------------

    @Slot()
    def on_text_changed(self) -> None:
        self._update_buttons()
        if self.report is not None or self.text().strip():
            self.recheck_timer.start()

    @Slot()
    def on_recheck_due(self) -> None:
        self.run_check(None)

    @Slot(int, int, int)
    def on_contents_change(self, position: int, removed: int, added: int) -> None:
        """Keep "ignore here" marks on their words while the draft is edited."""
        if not self.ignored:
            return
        if Utf16(self.text()).identity:
            self.ignored = checker.shift_ignored(self.ignored, position, removed, added)
        else:
            self.ignored = frozenset(i for i in self.ignored if i.start == i.end == 0)

    @Slot()
    def on_check_clicked(self) -> None:
        self.run_check("typed")

    @Slot()
    def on_clipboard_clicked(self) -> None:
        self.check_clipboard()

    def check_clipboard(self, log_it: bool = True) -> bool:
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
        self.set_text(text)
        self.status_label.setText(self.tr("Checked the clipboard."))
        self.run_check("clipboard" if log_it else None)
        return True

    @Slot(object, object)
    def on_finding_selected(self, current: Any, _previous: Any) -> None:
        finding = self.selected_finding()
        if finding is None or self.report is None:
            self.detail_box.hide()
            return
        title = self.tr(CATEGORY_TITLES.get(finding.category, finding.category))
        self.detail_title.setText(self.tr("%s — from practice %s") % (title, finding.practice))
        self.detail_message.setText(finding.message)
        self.detail_why.setText(self.tr("Why it matters: %s") % finding.why)
        self.detail_advice.setText(self.tr("What to do: %s") % finding.advice)
        self.detail_advice.setVisible(bool(finding.advice))
        # Only the rewrites that fit where the finding is, as they will read there.
        offered = checker.rewrites(self.text(), finding)
        self.suggestion_list.clear()
        for rewrite in offered:
            item = QListWidgetItem(self._rewrite_label(rewrite))
            item.setData(Qt.ItemDataRole.UserRole, rewrite.suggestion)
            self.suggestion_list.addItem(item)
        if self.suggestion_list.count():
            self.suggestion_list.setCurrentRow(0)
        for widget in (self.rewrite_caption, self.suggestion_list, self.apply_button):
            widget.setVisible(bool(offered))
        self.apply_button.setEnabled(bool(offered))
        self.phrases_button.setVisible(finding.phrase_category is not None)
        if finding.phrase_category:
            self.phrases_button.setText(self.tr("Phrases: %s →") % finding.phrase_category)
        self.detail_box.show()
        self._highlight(list(self.report.findings), finding)
        if finding.end > finding.start:
            cursor = self.editor.textCursor()
            cursor.setPosition(Utf16(self.text()).to_qt(finding.start))
            self.editor.setTextCursor(cursor)
            self.editor.ensureCursorVisible()

    def selected_finding(self) -> Finding | None:
        if self.report is None:
            return None
        index = self.findings_view.currentIndex()
        if not index.isValid():
            return None
        position = index.data(Qt.ItemDataRole.UserRole)
        if not isinstance(position, int) or position >= len(self.report.findings):
            return None
        return self.report.findings[position]

    def select_finding(self, position: int) -> None:
        self.findings_view.setCurrentIndex(self.findings_model.index(position, 0))

    def _rewrite_label(self, rewrite: checker.Rewrite) -> str:
        """How a rewrite is listed: its words as they will read in place."""
        if not rewrite.words:
            return self.tr("(remove these words)")
        if not rewrite.words[0].isalnum():
            return "…" + rewrite.words  # ", please" goes after the words before it
        return rewrite.words

    @Slot()
    def on_apply_clicked(self) -> None:
        finding = self.selected_finding()
        if finding is None:
            return
        item = self.suggestion_list.currentItem()
        if item is None:
            item = self.suggestion_list.item(0)
        if item is None:
            return
        chosen = item.data(Qt.ItemDataRole.UserRole)
        old = self.text()
        # fitted again to the draft as it is now, so an edit since cannot misplace it
        fitted = [r for r in checker.rewrites(old, finding) if r.suggestion == chosen]
        if not fitted:
            self.status_label.setText(self.tr("That rewrite no longer fits here: check again."))
            return
        self._replace_changed_part(old, fitted[0].text)
        self.run_check(None)
        self.status_label.setText(self.tr("Applied. Check the sentence still reads well."))

    def _replace_changed_part(self, old: str, new: str) -> None:
        """Edit only the part that differs, as one undo step, so marks elsewhere stay put."""
        prefix = 0
        limit = min(len(old), len(new))
        while prefix < limit and old[prefix] == new[prefix]:
            prefix += 1
        suffix = 0
        while suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
            suffix += 1
        mapping = Utf16(old)
        cursor = QTextCursor(self.editor.document())
        cursor.beginEditBlock()
        cursor.setPosition(mapping.to_qt(prefix))
        cursor.setPosition(mapping.to_qt(len(old) - suffix), QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(new[prefix : len(new) - suffix])
        cursor.endEditBlock()

    @Slot()
    def on_ignore_clicked(self) -> None:
        finding = self.selected_finding()
        if finding is None:
            return
        self.ignored = self.ignored | {Ignored(finding.rule, finding.start, finding.end)}
        self.run_check(None)
        self.status_label.setText(self.tr("Ignored here. Turn a whole rule off in Settings."))

    @Slot()
    def on_phrases_clicked(self) -> None:
        finding = self.selected_finding()
        if finding is not None and finding.phrase_category:
            self.phrasebook_requested.emit(finding.phrase_category)

    @Slot()
    def on_copy_clicked(self) -> None:
        text = self.text()
        if not text.strip():
            return
        QGuiApplication.clipboard().setText(text)
        self.copied.emit(text)
        self.status_label.setText(self.tr("Copied the reply to the clipboard."))

    @Slot()
    def on_take_clicked(self) -> None:
        self.offer_frame.hide()
        text = self.text()
        report = self.report if text.strip() else None
        self.cool_off_requested.emit(text if text.strip() else "", report)

    @Slot()
    def on_not_now_clicked(self) -> None:
        self.offer_frame.hide()
        self._offer_declined_for = hash(self.text())
        try:
            checks.decline_cooloff(self.controller, self.controller.settings.cooloff_minutes)
        except CompanionError as error:
            self.controller.error.emit(error.message)

    def hold_draft(self) -> None:
        """The draft went into a cool-off: it leaves this screen so it cannot be copied."""
        self.set_text("")
        self.offer_frame.hide()
        self.status_label.setText(self.tr("Your draft is held in the cool-off."))

    def show_beside(self, draft: str, first: Report | None) -> None:
        """After a cool-off: the draft back for a cool rewrite, the first findings beside it."""
        self.set_text(draft)
        self.before_list.clear()
        if first is None:
            self.before_title.setText(self.tr("Before the cool-off: not known"))
        else:
            self.before_title.setText(
                self.tr("Before the cool-off: %s, %d finding(s)")
                % (verdict_words(first.verdict, start=True), len(first.findings))
            )
            for finding in first.findings:
                self.before_list.addItem(self._finding_line(draft, finding))
        self.before_box.show()
        self.run_check("recheck")
        self.status_label.setText(self.tr("Welcome back. Rewrite it cool, then Copy."))

    @Slot(object)
    def on_settings_changed(self, _settings: object) -> None:
        if self.text().strip():
            self.run_check(None)

    def _update_buttons(self) -> None:
        has_text = bool(self.text().strip())
        self.copy_button.setEnabled(has_text)
        self.check_button.setEnabled(has_text)
