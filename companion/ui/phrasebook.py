"""Phrasebook (P1.7, P3.3, P3.6, P4, P5.1, P5.4): phrases by category, the agent's own phrases and
rehearsed answers, search, and one click to copy."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from companion.core.errors import CompanionError
from companion.core.phrasebook import Phrase, Phrasebook, load_phrasebook, search_phrases
from companion.services import Change, Subject
from companion.services import phrasebook as phrasebook_service
from companion.store import happy as happy_store
from companion.ui.controller import Controller
from companion.ui.i18n import arg, ui_language
from companion.ui.status_line import StatusLine
from companion.ui.style import heading, screen_margins

ALL = "all"
OWN = "own"
PHRASE_ROLE = Qt.ItemDataRole.UserRole + 1


class PhraseModel(QAbstractListModel):
    """The phrases shown: own entries first, then the shipped ones."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.phrases: list[Phrase] = []
        self.titles: dict[str, str] = {}
        self.show_categories = True

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.phrases)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self.phrases):
            return None
        phrase = self.phrases[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            lines = []
            if phrase.objection:
                lines.append(arg(self.tr("When they say: “%1”"), phrase.objection))
            lines.append(phrase.text)
            labels = []
            if self.show_categories:
                labels.append(self.titles.get(phrase.category, phrase.category))
            if phrase.user_id is not None:
                labels.append(self.tr("my phrase"))
            if labels:
                lines.append(arg(self.tr("— %1"), self.tr(" · ").join(labels)))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Click to copy")
        if role == PHRASE_ROLE:
            return phrase
        return None

    def set_phrases(
        self, phrases: list[Phrase], titles: dict[str, str], show_categories: bool = True
    ) -> None:
        self.beginResetModel()
        self.phrases = phrases
        self.titles = titles
        self.show_categories = show_categories
        self.endResetModel()


class PhraseDialog(QDialog):
    """Add or edit one of the agent's own phrases; an objection makes it a rehearsed answer."""

    def __init__(
        self, book: Phrasebook, parent: QWidget | None = None, phrase: Phrase | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit my phrase") if phrase else self.tr("Add my phrase"))
        self.setMinimumWidth(480)
        self.category_combo = QComboBox()
        self.category_combo.setAccessibleName(self.tr("Category"))
        for category in book.categories:
            self.category_combo.addItem(category.title, category.id)
        self.objection_edit = QPlainTextEdit()
        self.objection_edit.setAccessibleName(self.tr("When a customer says"))
        # Short hints that fit their boxes; what the first box is for is said under the form.
        self.objection_edit.setPlaceholderText(self.tr("Optional, e.g. “It's too expensive.”"))
        self.objection_edit.setTabChangesFocus(True)
        self.objection_edit.setFixedHeight(64)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("What I'll say"))
        self.text_edit.setPlaceholderText(self.tr("The words you want ready"))
        self.text_edit.setTabChangesFocus(True)
        if phrase is not None:
            self.category_combo.setCurrentIndex(self.category_combo.findData(phrase.category))
            self.objection_edit.setPlainText(phrase.objection)
            self.text_edit.setPlainText(phrase.text)
        self.objection_hint = QLabel(
            self.tr("Fill this in to rehearse your answer to something you expect to hear.")
        )
        self.objection_hint.setWordWrap(True)
        self.objection_hint.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Category"), self.category_combo)
        form.addRow(self.tr("When they say"), self.objection_edit)
        form.addRow("", self.objection_hint)
        form.addRow(self.tr("I say"), self.text_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.text_edit.textChanged.connect(self.on_text_changed)
        self.on_text_changed()

    @Slot()
    def on_text_changed(self) -> None:
        self.save_button.setEnabled(bool(self.text_edit.toPlainText().strip()))

    def values(self) -> tuple[str, str, str]:
        """(category, text, objection)."""
        return (
            str(self.category_combo.currentData()),
            self.text_edit.toPlainText().strip(),
            self.objection_edit.toPlainText().strip(),
        )


class CategoryList(QListWidget):
    """The phrase categories: as wide as the longest name in the interface language needs
    (Greek names are long), wrapping a name rather than cutting it short where the screen has
    less room (800×600)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # names wrap again as the width changes
        self.setSpacing(2)
        self.setMinimumWidth(200)

    def sizeHint(self) -> QSize:
        """Room for the longest name on one line, and for the scroll bar a short window
        brings, so its coming never wraps a name."""
        names = self.sizeHintForColumn(0) + 2 * (self.frameWidth() + self.spacing())
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(max(names + bar, self.minimumWidth()), super().sizeHint().height())


class PhrasebookScreen(QWidget):
    """Categories on the left, phrases on the right; a click copies a phrase.

    Signals:
        copied(str): the text put on the clipboard.
    """

    copied = Signal(str)

    def __init__(self, controller: Controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.book = load_phrasebook(ui_language())  # English where a language has none
        self.titles = {category.id: category.title for category in self.book.categories}
        self.setAccessibleName(self.tr("Phrasebook"))

        title = heading(self.tr("Phrasebook"))

        self.category_list = CategoryList()
        self.category_list.setAccessibleName(self.tr("Phrase categories"))
        self._add_category_item(self.tr("All phrases"), ALL, "")
        for category in self.book.categories:
            self._add_category_item(category.title, category.id, category.when)
        self._add_category_item(
            self.tr("My phrases"),
            OWN,
            self.tr("Your own words, and answers to objections you expect"),
        )

        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search phrases"))
        self.search_edit.setAccessibleName(self.tr("Search phrases"))
        self.search_edit.setClearButtonEnabled(True)
        # When to use the category, in words; the practices behind it (numbers such as P3.3)
        # are behind its "Why this works" link, not in the text read at a glance.
        self.when_label = QLabel()
        self.when_label.setObjectName("phraseWhen")
        self.when_label.setWordWrap(True)
        self.when_label.setTextFormat(Qt.TextFormat.RichText)
        self.when_label.linkActivated.connect(self.on_practice_link)
        self.model = PhraseModel(self)
        self.phrase_view = QListView()
        self.phrase_view.setAccessibleName(self.tr("Phrases"))
        self.phrase_view.setModel(self.model)
        self.phrase_view.setWordWrap(True)
        self.phrase_view.setSpacing(6)
        self.phrase_view.setAlternatingRowColors(True)
        self.phrase_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.phrase_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # A line of its own under the phrases, as wide as they are: beside the buttons it had
        # what they left, a word or two a line at 800×600. Two lines whatever it says, so a
        # message never moves the phrases or the buttons.
        self.status_label = StatusLine()
        self.status_label.setObjectName("phraseStatus")
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.add_button = QPushButton(self.tr("Add my own…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.search_edit)
        right_layout.addWidget(self.when_label)
        right_layout.addWidget(self.phrase_view, 1)
        right_layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.category_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        # The categories as wide as their longest name, the phrases the rest; on a screen
        # without room for both the phrases keep what their buttons need and names wrap.
        splitter.setSizes([self.category_list.sizeHint().width(), right.minimumSizeHint().width()])

        layout = screen_margins(QVBoxLayout(self))
        layout.addWidget(title)
        layout.addWidget(splitter, 1)

        self.category_list.currentRowChanged.connect(self.on_category_changed)
        self.search_edit.textChanged.connect(self.on_search_changed)
        self.phrase_view.clicked.connect(self.on_phrase_clicked)
        self.phrase_view.activated.connect(self.on_phrase_clicked)
        self.phrase_view.selectionModel().currentChanged.connect(self.on_current_changed)
        self.add_button.clicked.connect(self.on_add_clicked)
        self.edit_button.clicked.connect(self.on_edit_clicked)
        self.delete_button.clicked.connect(self.on_delete_clicked)
        controller.changed.connect(self.on_changed)
        self.category_list.setCurrentRow(0)
        self.on_current_changed()

    def _add_category_item(self, text: str, key: str, tip: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        if tip:
            item.setToolTip(tip)
        self.category_list.addItem(item)

    # --- what is shown ----------------------------------------------------------------------

    def current_category(self) -> str:
        item = self.category_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ALL

    def show_category(self, category_id: str) -> None:
        """Open at a category, e.g. from a reply checker finding's ``phrase_category``."""
        for row in range(self.category_list.count()):
            if self.category_list.item(row).data(Qt.ItemDataRole.UserRole) == category_id:
                self.search_edit.clear()
                self.category_list.setCurrentRow(row)
                return

    def refresh(self) -> None:
        key = self.current_category()
        own = [p.as_phrase() for p in happy_store.list_phrases(self.controller.store)]
        if key == OWN:
            pool, category = own, None
        else:
            pool = [*own, *self.book.phrases()]
            category = None if key == ALL else key
        found = search_phrases(pool, self.search_edit.text(), category=category, titles=self.titles)
        self.model.set_phrases(found, self.titles, show_categories=category is None)
        if key == ALL:
            self.show_when(
                self.tr("Click a phrase to copy it. Make it your own before you send it."), []
            )
        elif key == OWN:
            self.show_when(
                self.tr("Your own phrases and rehearsed answers. They go into JSON exports."),
                ["P1.7"],
            )
        else:
            category_info = self.book.category(key)
            self.show_when(category_info.when, list(category_info.practices))
        if not found:
            self.status_label.setText(
                self.tr("No phrases match.")
                if self.search_edit.text().strip()
                else self.tr("Nothing here yet: add your own with Add my own….")
            )
        self.on_current_changed()

    def show_when(self, text: str, practices: list[str]) -> None:
        """When to use what is shown, and a link to the practices behind it (their numbers
        are in the link's tooltip, for whoever wants them)."""
        words = html.escape(text)
        if practices:
            link = html.escape(self.tr("Why this works"))
            words += f' <a href="practice:{practices[0]}">{link}</a>'
        self.when_label.setText(words)
        self.when_label.setToolTip(
            arg(self.tr("The practices behind it: %1"), ", ".join(practices)) if practices else ""
        )

    @Slot(str)
    def on_practice_link(self, link: str) -> None:
        """Open the practices at the first one behind the shown category."""
        from companion.ui.help import show_practice

        show_practice(self, link.removeprefix("practice:"))

    @Slot(int)
    def on_category_changed(self, _row: int) -> None:
        self.status_label.setText(self.tr("Click a phrase to copy it."))
        self.refresh()

    @Slot(str)
    def on_search_changed(self, _text: str) -> None:
        self.status_label.clear()
        self.refresh()

    @Slot(object)
    def on_changed(self, change: Change) -> None:
        if change.concerns(Subject.PHRASES):
            self.refresh()

    def current_phrase(self) -> Phrase | None:
        index = self.phrase_view.currentIndex()
        return index.data(PHRASE_ROLE) if index.isValid() else None

    @Slot()
    def on_current_changed(self, *_args: object) -> None:
        phrase = self.current_phrase()
        own = phrase is not None and phrase.user_id is not None
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)

    # --- actions ----------------------------------------------------------------------------

    @Slot(QModelIndex)
    def on_phrase_clicked(self, index: QModelIndex) -> None:
        phrase: Phrase | None = index.data(PHRASE_ROLE)
        if phrase is None:
            return
        QGuiApplication.clipboard().setText(phrase.text)
        shown = phrase.text if len(phrase.text) <= 60 else phrase.text[:59] + "…"
        self.status_label.setText(arg(self.tr("Copied: %1"), shown))
        self.copied.emit(phrase.text)

    @Slot()
    def on_add_clicked(self) -> None:
        dialog = PhraseDialog(self.book, self)
        key = self.current_category()
        if key not in (ALL, OWN):
            dialog.category_combo.setCurrentIndex(dialog.category_combo.findData(key))
        self.phrase_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        category, text, objection = dialog.values()
        try:
            phrasebook_service.add_phrase(self.controller, category, text, objection=objection)
        except CompanionError as error:
            self.status_label.setText(error.message)
            return
        self.status_label.setText(self.tr("Added to your phrases."))

    @Slot()
    def on_edit_clicked(self) -> None:
        phrase = self.current_phrase()
        if phrase is None or phrase.user_id is None:
            return
        dialog = PhraseDialog(self.book, self, phrase)
        self.phrase_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        category, text, objection = dialog.values()
        try:
            phrasebook_service.update_phrase(
                self.controller,
                phrase.user_id,
                category=category,
                text=text,
                objection=objection,
            )
        except CompanionError as error:
            self.status_label.setText(error.message)
            return
        self.status_label.setText(self.tr("Saved."))

    @Slot()
    def on_delete_clicked(self) -> None:
        phrase = self.current_phrase()
        if phrase is None or phrase.user_id is None:
            return
        try:
            phrasebook_service.delete_phrase(self.controller, phrase.user_id)
        except CompanionError as error:
            self.status_label.setText(error.message)
            return
        self.status_label.setText(self.tr("Deleted your phrase."))
