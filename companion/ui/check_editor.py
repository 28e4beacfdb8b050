"""The Check screen's draft editor, its highlights, and checking a long draft off the GUI thread.

The editor lets text leave (Copy, Cut, the context menu, a drag) only through the screen's
copy gate: a hard draft not yet released waits behind a cool-off or Send anyway (P2.1).
"""

from __future__ import annotations

import contextlib
import re
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QPoint, QRunnable, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QKeyEvent,
    QKeySequence,
    QTextCharFormat,
    QTextCursor,
    QTextOption,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QTextEdit, QWidget

from companion.core import checker
from companion.core.checker import Finding, Ignored
from companion.core.errors import CompanionError
from companion.ui.check_findings import SEVERITY_COLOURS

LONG_RUN = 10_000
"""Characters in a row with no place to break a line between them from which the editor wraps
the draft anywhere. Wrapping at word boundaries, Qt looks along the whole run for a boundary
for each line it wraps, so the time grows with the square of the run: a 500 KB line with no
space held the window for half a minute (a 10 000-character run takes about 10 ms). Wrapped
anywhere, the same line is laid out in a fifth of a second."""

_BREAKS = "\\s\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef"
"""Where a line may break: spaces and line ends, and between Chinese and Japanese characters
(a Japanese paragraph needs no spaces to wrap). Not between Hangul syllables: Korean is
written with spaces and Qt does not break a run of syllables: 300 KB of them with no space,
wrapped at word boundaries, held the window for 12 s."""
_LONG_RUN = re.compile(f"(?<![^{_BREAKS}])[^{_BREAKS}]{{{LONG_RUN}}}")


def has_long_run(text: str) -> bool:
    """``text`` holds LONG_RUN characters or more in a row with nowhere to break a line."""
    return _LONG_RUN.search(text) is not None


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


def python_edit(
    before: str, after: str, position: int, removed: int, added: int
) -> tuple[int, int, int]:
    """An edit as Qt reports it (where, how many places removed, how many added, in UTF-16
    units of ``after``) as Python character offsets, given the text ``before`` and ``after``
    it: an emoji before the edit or in it is one character, not two."""
    if before.isascii() and after.isascii():
        return position, removed, added
    units = after.encode("utf-16-le", "surrogatepass")
    start = len(units[: 2 * position].decode("utf-16-le", "surrogatepass"))
    put_in = len(units[2 * position : 2 * (position + added)].decode("utf-16-le", "surrogatepass"))
    return start, len(before) - len(after) + put_in, put_in


def unchecked_message(error: CompanionError) -> str:
    """Why a draft was not checked, in the interface's language: a language without rules, or
    one whose word analyser is not installed (other errors as the core words them)."""
    from companion.core.language import native_name
    from companion.ui.i18n import arg

    if isinstance(error, checker.NoRules):
        return arg(
            QCoreApplication.translate(
                "CheckScreen", "Not checked: there are no checking rules for %1 yet."
            ),
            native_name(error.language),
        )
    if isinstance(error, checker.AnalyserUnavailable) and error.packages:
        return arg(
            QCoreApplication.translate(
                "CheckScreen",
                "Not checked: %1 needs its word analyser, which is not installed. Add it with "
                "“pip install %2” in Companion's environment, or run scripts/start.sh again.",
            ),
            native_name(error.language),
            error.packages,
        )
    return error.message


class CheckSignals(QObject):
    """Signals:
    done(int, object): generation, Report.
    failed(int, str): generation, message.
    """

    done = Signal(int, object)
    failed = Signal(int, str)


class CheckTask(QRunnable):
    """A check off the GUI thread (a long text, or the first in a language whose rules and
    word analyser are not loaded yet); the core is pure, so nothing is shared."""

    def __init__(
        self,
        generation: int,
        text: str,
        disabled: frozenset[str],
        ignored: frozenset[Ignored],
        lang: str | None = None,
    ) -> None:
        super().__init__()
        self.generation = generation
        self.text = text
        self.disabled = disabled
        self.ignored = ignored
        self.lang = lang
        self.signals = CheckSignals()

    def run(self) -> None:
        try:
            report = checker.check(
                self.text, self.lang, disabled_rules=self.disabled, ignored=self.ignored
            )
        except CompanionError as error:
            emit_unless_quit(self.signals.failed, self.generation, unchecked_message(error))
        else:
            emit_unless_quit(self.signals.done, self.generation, report)


def emit_unless_quit(signal: Any, *values: object) -> None:
    """Emit a pool task's result, unless the app quit while the task ran (its signals are gone
    with it)."""
    with contextlib.suppress(RuntimeError):
        signal.emit(*values)


class CopyGate(Protocol):
    """What the editor asks before text leaves it."""

    def held(self) -> bool:
        """The draft is hard and not yet released: nothing may be copied without asking."""
        ...

    def release_for_copy(self) -> bool:
        """True when the draft may leave now; asks Send anyway first for a held one."""
        ...


class DraftEditor(QPlainTextEdit):
    """The draft. Copy and Cut (keys and context menu) ask the gate first; while the draft is
    held, a drag or the selection clipboard carries nothing.

    Signals:
        replacing_all(): the edit about to happen replaces the whole text (a paste, a drop or
            typing over it all): a new draft, not a change to this one.
    """

    replacing_all = Signal()

    GATED: ClassVar[dict[str, str]] = {"edit-copy": "copy", "edit-cut": "cut"}

    def __init__(self, gate: CopyGate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gate = gate
        self.textChanged.connect(self.on_text_changed)

    def _wrap_for(self, text: str) -> None:
        """Wrap at word boundaries, or anywhere while the draft holds a run too long to look
        along for one (see LONG_RUN): set before such a run is laid out, not after."""
        mode = (
            QTextOption.WrapMode.WrapAnywhere
            if has_long_run(text)
            else QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere
        )
        if self.wordWrapMode() != mode:
            self.setWordWrapMode(mode)

    def setPlainText(self, text: str) -> None:
        self._wrap_for(text)
        super().setPlainText(text)

    @Slot()
    def on_text_changed(self) -> None:
        """Back to word boundaries once the long run is gone (or anywhere, if an edit made
        one: a paste joining two runs, a key held down)."""
        self._wrap_for(self.toPlainText())

    def _all_selected(self) -> bool:
        cursor = self.textCursor()
        return (
            cursor.hasSelection()
            and cursor.selectionStart() == 0
            and cursor.selectionEnd() >= self.document().characterCount() - 1
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        leaving = event.matches(QKeySequence.StandardKey.Copy) or event.matches(
            QKeySequence.StandardKey.Cut
        )
        if leaving and self.textCursor().hasSelection() and not self.gate.release_for_copy():
            event.accept()
            return
        if event.text().isprintable() and event.text() and self._all_selected():
            self.replacing_all.emit()
        super().keyPressEvent(event)

    def insertFromMimeData(self, source: QMimeData) -> None:
        if self._all_selected():
            self.replacing_all.emit()
        if source.hasText() and has_long_run(source.text()):  # wrapped anywhere from the start
            self.setWordWrapMode(QTextOption.WrapMode.WrapAnywhere)
        super().insertFromMimeData(source)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.gated_context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def gated_context_menu(self, position: QPoint) -> QMenu:
        """The standard menu, with Copy and Cut asking the gate first."""
        menu = self.createStandardContextMenu(position)
        for action in menu.actions():
            name = self.GATED.get(action.objectName())
            if name is None:
                continue
            gated = QAction(action.text(), menu)
            gated.setObjectName(action.objectName())
            gated.setShortcut(action.shortcut())
            gated.setEnabled(action.isEnabled())
            gated.triggered.connect(lambda _checked=False, name=name: self._leave(name))
            menu.insertAction(action, gated)
            menu.removeAction(action)
        return menu

    def _leave(self, name: str) -> None:
        if self.gate.release_for_copy():
            self.copy() if name == "copy" else self.cut()

    def createMimeDataFromSelection(self) -> QMimeData:
        data = super().createMimeDataFromSelection()
        if self.gate.held():  # a drag, or the X11 selection, while held: nothing leaves
            data.formats()  # Qt fills the data from the selection on first use; then it can go
            data.text()
            data.clear()
        return data


def highlight(editor: QPlainTextEdit, findings: list[Finding], selected: Finding | None) -> None:
    """Mark each finding's words in place, in its severity's colour (the selected one darker)."""
    text = editor.toPlainText()
    mapping = Utf16(text)
    selections = []
    document = editor.document()
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
    editor.setExtraSelections(selections)


def replace_changed_part(editor: QPlainTextEdit, old: str, new: str) -> None:
    """Edit only the part that differs, as one undo step, so marks elsewhere stay put."""
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]:
        suffix += 1
    mapping = Utf16(old)
    cursor = QTextCursor(editor.document())
    cursor.beginEditBlock()
    cursor.setPosition(mapping.to_qt(prefix))
    cursor.setPosition(mapping.to_qt(len(old) - suffix), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new[prefix : len(new) - suffix])
    cursor.endEditBlock()
