"""The Help menu: the welcome again, a sheet of every keyboard shortcut, and the practices the
app is built on (docs/practices.md, shipped with the app, opened at a practice when asked).

Installed at start by the feature manifest; the welcome loads when first asked for.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSize, Slot
from PySide6.QtGui import QAction, QKeySequence, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion.core import resources
from companion.ui.i18n import QT_TRANSLATE_NOOP, arg, ui_language

if TYPE_CHECKING:
    from companion.ui.main_window import MainWindow
    from companion.ui.tray import Tray

log = logging.getLogger(__name__)

PRACTICE = re.compile(r"^P(\d+)\.(\d+)(?:\s*[–-]\s*P?(\d+)\.(\d+))?")
"""A practice number, or a range of them ("P2.2–P2.7"), at the start of a table cell."""


def practices_path(language: str | None = None) -> Path:
    """docs/practices.md, or its translation docs/practices.<lang>.md for the interface's
    language when there is one. In a wheel they are shipped under resources/help (see
    pyproject.toml); in a checkout they are read where they are written."""
    language = ui_language() if language is None else language
    names = ["practices.md"] if language == "en" else [f"practices.{language}.md", "practices.md"]
    for name in names:
        for candidate in (
            resources.resource("help", name),
            resources.resources_dir().parent / "docs" / name,
        ):
            if candidate.is_file():
                return candidate
    return resources.resources_dir().parent / "docs" / "practices.md"


def practice_names(cell: str) -> list[str]:
    """The practice numbers a cell starts with: "P3.2" → ["P3.2"], "P2.2–P2.7" → P2.2 … P2.7."""
    found = PRACTICE.match(cell.strip())
    if found is None:
        return []
    group, first = int(found[1]), int(found[2])
    if found[3] is None or int(found[3]) != group:
        return [f"P{group}.{first}"]
    return [f"P{group}.{number}" for number in range(first, int(found[4]) + 1)]


def add_practice_anchors(document: QTextDocument) -> dict[str, int]:
    """Make each practice number in the document an anchor named after it ("P3.2"), so the
    browser can open at a practice; the position of each, by name."""
    positions: dict[str, int] = {}
    block = document.begin()
    while block.isValid():
        names = [name for name in practice_names(block.text()) if name not in positions]
        if names:
            cursor = QTextCursor(block)
            cursor.movePosition(
                QTextCursor.MoveOperation.EndOfWord, QTextCursor.MoveMode.KeepAnchor
            )
            anchor = QTextCharFormat()
            anchor.setAnchor(True)
            anchor.setAnchorNames(names)
            cursor.mergeCharFormat(anchor)
            for name in names:
                positions[name] = block.position()
        block = block.next()
    return positions


def fit_to_screen(window: QWidget, size: QSize) -> None:
    """Open ``window`` at ``size``, or smaller where the screen is (a 1366×768 laptop)."""
    available = window.screen().availableGeometry()
    window.resize(
        min(size.width(), int(available.width() * 0.9)),
        min(size.height(), int(available.height() * 0.85)),
    )


class PracticesWindow(QDialog):
    """The practices behind the app, rendered from Markdown; ``show_practice("P3.2")`` opens it
    at one and marks its row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("The practices behind Companion"))
        fit_to_screen(self, QSize(760, 600))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Practices"))
        try:
            text = practices_path().read_text(encoding="utf-8")
        except OSError as error:
            log.warning("practices: %s", error)
            text = arg(self.tr("The practices could not be read (%1)."), error)
        self.browser.setMarkdown(text)
        self.positions = add_practice_anchors(self.browser.document())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def show_practice(self, number: str) -> bool:
        """Scroll to practice ``number`` ("P3.2", or "3.2") and select its row's first cell;
        False when the page has no such practice (it then opens at the top)."""
        name = number.strip().upper()
        if not name.startswith("P"):
            name = f"P{name}"
        position = self.positions.get(name)
        if position is None:
            return False
        self.browser.scrollToAnchor(name)
        cursor = QTextCursor(self.browser.document().findBlock(position))
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        return True


# --- the keyboard-shortcut sheet --------------------------------------------------------------

SCREEN_KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("ShortcutSheet", "Today"),
        (
            ("+", QT_TRANSLATE_NOOP("ShortcutSheet", "Log a positive conversation (also = )")),
            ("-", QT_TRANSLATE_NOOP("ShortcutSheet", "Log a negative conversation")),
            ("Ctrl+Z", QT_TRANSLATE_NOOP("ShortcutSheet", "Undo the last log")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutSheet", "History chart"),
        (
            ("Left", QT_TRANSLATE_NOOP("ShortcutSheet", "The day before (Right: the day after)")),
            ("PgUp", QT_TRANSLATE_NOOP("ShortcutSheet", "A week back (PgDown: a week on)")),
            ("Home", QT_TRANSLATE_NOOP("ShortcutSheet", "The first day shown (End: the last)")),
            ("Return", QT_TRANSLATE_NOOP("ShortcutSheet", "Open the day's logs and reflection")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutSheet", "Check reply"),
        (("Ctrl+Return", QT_TRANSLATE_NOOP("ShortcutSheet", "Check the reply")),),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutSheet", "Save to happy file"),
        (("Ctrl+Return", QT_TRANSLATE_NOOP("ShortcutSheet", "Save")),),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutSheet", "Happy file"),
        (
            ("Ctrl+F", QT_TRANSLATE_NOOP("ShortcutSheet", "Search")),
            ("Del", QT_TRANSLATE_NOOP("ShortcutSheet", "Delete the selected entry")),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutSheet", "Lift me up"),
        (("Space", QT_TRANSLATE_NOOP("ShortcutSheet", "Another one")),),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutSheet", "Reframe"),
        (("Ctrl+Return", QT_TRANSLATE_NOOP("ShortcutSheet", "Next step")),),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutSheet", "Reflection"),
        (("Ctrl+S", QT_TRANSLATE_NOOP("ShortcutSheet", "Save today's reflection")),),
    ),
)
"""Keys that work on one screen (the menus' keys are read from the menus themselves)."""


def _native(sequence: QKeySequence | str) -> str:
    return QKeySequence(sequence).toString(QKeySequence.SequenceFormat.NativeText)


def menu_shortcuts(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each menu of the window with its actions that have keys: (menu, [(keys, action)])."""
    sections = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if not isinstance(menu, QMenu) or not menu_action.isVisible():
            continue
        rows = []
        for action in menu.actions():
            keys = [key for key in action.shortcuts() if not key.isEmpty()]
            if not keys or not action.isVisible():
                continue
            label = plain_label(action.text())
            either = QCoreApplication.translate("ShortcutSheet", " or ")
            rows.append((either.join(_native(key) for key in keys), label))
        if rows:
            title = plain_label(menu_action.text())
            sections.append((title, rows))
    return sections


#: "(&S)" after a CJK label: the accelerator written the way Korean and Japanese menus write it
_CJK_ACCELERATOR = re.compile(r"\s*\(&\w\)")


def plain_label(text: str) -> str:
    """A menu or action text as a sentence names it: no accelerator mark ("&Save" → "Save",
    "保存(&S)" → "保存"), "&&" kept as one "&"."""
    text = _CJK_ACCELERATOR.sub("", text.replace("&&", "\0"))
    return text.replace("&", "").replace("\0", "&")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutSheet", text)


def shortcut_sheet_html(window: QMainWindow) -> str:
    """The sheet as a page of small tables: the menus' keys, then each screen's own."""
    import html  # when the sheet is first opened: its entities table is not idle memory

    parts = [
        "<h2>"
        + html.escape(QCoreApplication.translate("ShortcutSheet", "Keyboard shortcuts"))
        + "</h2>"
    ]

    def table(title: str, rows: list[tuple[str, str]]) -> None:
        parts.append(f"<h3>{html.escape(title)}</h3>")
        parts.append('<table cellspacing="0" cellpadding="4">')
        for keys, what in rows:
            parts.append(
                f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>"
            )
        parts.append("</table>")

    for title, rows in menu_shortcuts(window):
        table(arg(QCoreApplication.translate("ShortcutSheet", "%1 menu"), title), rows)
    for screen, keys in SCREEN_KEYS:
        table(_tr(screen), [(_native(key), _tr(what)) for key, what in keys])
    parts.append(
        "<p>"
        + QCoreApplication.translate(
            "ShortcutSheet",
            "Outside the window: the tray icon's menu logs and checks in one click, and "
            "<code>companion log +</code> or <code>companion log -</code> logs from a terminal, "
            "or from a key you give it in your desktop's keyboard settings.",
        )
        + "</p>"
    )
    return "\n".join(parts)


class ShortcutSheet(QDialog):
    """Every keyboard shortcut on one page, read from the window's menus when opened."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        fit_to_screen(self, QSize(560, 620))
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.browser.setHtml(shortcut_sheet_html(window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)


# --- the Help menu ------------------------------------------------------------------------------


class HelpActions(QObject):
    """Welcome…, Keyboard shortcuts and Practices in the Help menu; each window is made once
    and brought forward when asked for again."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.welcome_action = QAction(self.tr("Welcome…"), window)
        self.welcome_action.setStatusTip(self.tr("The ratio, your day and the keys, in brief"))
        self.shortcuts_action = QAction(self.tr("Keyboard shortcuts"), window)
        self.shortcuts_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.HelpContents), QKeySequence("Ctrl+/")]
        )
        self.practices_action = QAction(self.tr("Practices"), window)
        self.practices_action.setStatusTip(self.tr("The customer-service practices behind it"))
        self.welcome_action.triggered.connect(self.open_welcome)
        self.shortcuts_action.triggered.connect(self.open_shortcuts)
        self.practices_action.triggered.connect(lambda: self.open_practices())
        for action in (self.welcome_action, self.shortcuts_action, self.practices_action):
            window.add_help_action(action)
        self.shortcut_sheet: ShortcutSheet | None = None
        self.practices: PracticesWindow | None = None

    @Slot()
    def open_welcome(self) -> QDialog:
        from companion.ui.welcome import open_welcome

        return open_welcome(self.window)

    @Slot()
    def open_shortcuts(self) -> ShortcutSheet:
        if self.shortcut_sheet is None:
            self.shortcut_sheet = ShortcutSheet(self.window)
        else:
            self.shortcut_sheet.browser.setHtml(shortcut_sheet_html(self.window))
        _bring_forward(self.shortcut_sheet)
        return self.shortcut_sheet

    def open_practices(self, number: str | None = None) -> PracticesWindow:
        """The practices window, at practice ``number`` when given (a checker finding's)."""
        if self.practices is None:
            self.practices = PracticesWindow(self.window)
        _bring_forward(self.practices)
        if number:
            self.practices.show_practice(number)
        return self.practices


def _bring_forward(dialog: QDialog) -> None:
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def show_practice(window: QWidget, number: str) -> PracticesWindow | None:
    """Open the practices at ``number`` from anywhere in the app (a finding's "from practice
    P3.2" link): ``window`` is any widget of the main window. None before Help is installed."""
    top = window.window()
    helper = top.findChild(HelpActions)
    if not isinstance(helper, HelpActions):
        return None
    return helper.open_practices(number)


def install(window: MainWindow, tray: Tray | None = None) -> HelpActions:
    """Add the Help menu's entries (called once by the app)."""
    del tray  # nothing of Help's is in the tray
    return HelpActions(window)
