"""The Check screen's findings: cards (one model row per finding, painted by a delegate) and
the selected finding's detail.

A long draft can have many findings, so they stay model/view (no widget per row). Each card
reads category, the words, why it matters and the rewrites that fit; the practice a finding
comes from is kept out of the cards (the detail's explanation link names it).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from companion.core import checker
from companion.core.checker import Finding, Report
from companion.core.wording import CATEGORY_CONTEXT, CATEGORY_TITLES
from companion.ui.i18n import QT_TRANSLATE_NOOP, arg, number
from companion.ui.words import join_sentences


def category_title(category: str) -> str:
    """A checker category's title in the interface's language (its id for one we lack)."""
    title = CATEGORY_TITLES.get(category)
    return QCoreApplication.translate(CATEGORY_CONTEXT, title) if title else category


# Highlight colours by severity: light enough for black text, readable on dark themes as a tint.
SEVERITY_COLOURS = {
    "hint": QColor(90, 140, 220, 70),
    "care": QColor(235, 170, 40, 90),
    "serious": QColor(235, 110, 40, 110),
    "hard": QColor(220, 50, 50, 120),
}

#: Severity in words on each card, so colour is never the only sign.
SEVERITY_WORDS = {
    "hint": QT_TRANSLATE_NOOP("CheckSeverity", "hint"),
    "care": QT_TRANSLATE_NOOP("CheckSeverity", "worth a look"),
    "serious": QT_TRANSLATE_NOOP("CheckSeverity", "serious"),
    "hard": QT_TRANSLATE_NOOP("CheckSeverity", "hard"),
}


def severity_words(severity: str) -> str:
    words = SEVERITY_WORDS.get(severity)
    return QCoreApplication.translate("CheckSeverity", words) if words else severity


#: The quoted words on a card are cut here; the whole span is highlighted in the draft.
WORDS_LIMIT = 90

CARD_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True, slots=True)
class FindingCard:
    """What one card shows, in the words an agent reads (no practice codes)."""

    title: str
    level: str
    severity: str
    words: str
    why: str
    rewrites: tuple[str, ...]
    advice: str

    def action_line(self) -> str:
        if self.rewrites:
            return arg(
                QCoreApplication.translate("FindingCard", "Try: %1"),
                QCoreApplication.translate("FindingCard", " · ").join(self.rewrites),
            )
        return (
            arg(QCoreApplication.translate("FindingCard", "What to do: %1"), self.advice)
            if self.advice
            else ""
        )

    def spoken(self) -> str:
        """The whole card as one sentence for a screen reader."""
        parts = [
            arg(
                QCoreApplication.translate("FindingCard", "%1, %2: %3."),
                self.title,
                self.severity,
                self.words,
            ),
            arg(QCoreApplication.translate("FindingCard", "Why: %1"), self.why),
        ]
        if self.action_line():
            parts.append(self.action_line())
        return join_sentences(*parts)


def rewrite_label(rewrite: checker.Rewrite, removed: str) -> str:
    """How a rewrite is listed: its words as they will read in place (``removed`` where it
    takes words out)."""
    if not rewrite.words:
        return removed
    if not rewrite.words[0].isalnum():
        return "…" + rewrite.words  # ", please" goes after the words before it
    return rewrite.words


def quoted_words(text: str, finding: Finding) -> str | None:
    """The finding's words in quotes, cut when long; None for a finding on the whole reply."""
    if finding.end <= finding.start:
        return None
    words = " ".join(text[finding.start : finding.end].split())
    if len(words) > WORDS_LIMIT:
        words = words[: WORDS_LIMIT - 1] + "…"
    return arg(QCoreApplication.translate("FindingCard", "“%1”"), words)


#: Most findings listed as cards (and marked in the editor): a draft with more is a pasted
#: document, not a reply, and measuring thousands of cards would hold the window for seconds.
MAX_CARDS = 200


def listed_note() -> str:
    """The status line's note on a report with more findings than are listed."""
    note = QCoreApplication.translate(
        "CheckScreen",
        "Only the first %1 findings are listed: work through them, then check again.",
    )
    return arg(note, number(MAX_CARDS))


def report_note(report: Report | None) -> str:
    """The status line's note on what a report leaves out (a long text checked in part, more
    findings than are listed), or nothing."""
    if report is not None and report.truncated:
        note = QCoreApplication.translate(
            "CheckScreen", "Long text: only the first %1 characters were checked."
        )
        return arg(note, number(report.checked_chars))
    return listed_note() if report is not None and len(report.findings) > MAX_CARDS else ""


def with_note(message: str, report: Report | None) -> str:
    """``message`` about what was just done, then the note on the report, which still holds."""
    return join_sentences(message, report_note(report))


class FindingsModel(QAbstractListModel):
    """One row per finding of a report on a text; a row's card is made when first shown (the
    rewrites are fitted to the text then)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.report: Report | None = None
        self._cards: dict[int, FindingCard] = {}

    def set_report(self, text: str, report: Report | None) -> None:
        self.beginResetModel()
        self.text, self.report, self._cards = text, report, {}
        self.endResetModel()

    def key_of(self, finding: Finding | None) -> tuple[str, str, int] | None:
        """What says which card ``finding`` is when the draft is checked again: its rule, its
        words and where they were (see row_of)."""
        if finding is None:
            return None
        return finding.rule, self.text[finding.start : finding.end], finding.start

    def row_of(self, key: tuple[str, str, int] | None) -> int | None:
        """The row (among the cards shown) of the card ``key_of`` gave for the report before:
        the same rule on the same words, the nearest to where they were (an edit before them
        moves them), or None."""
        if key is None or self.report is None:
            return None
        rule, words, start = key
        shown = self.report.findings[:MAX_CARDS]
        rows = [
            row
            for row, found in enumerate(shown)
            if found.rule == rule and self.text[found.start : found.end] == words
        ]
        return min(rows, key=lambda row: abs(shown[row].start - start), default=None)

    def finding(self, row: int) -> Finding | None:
        if self.report is None or not 0 <= row < len(self.report.findings):
            return None
        return self.report.findings[row]

    def title(self, finding: Finding) -> str:
        return category_title(finding.category)

    def card(self, row: int) -> FindingCard | None:
        finding = self.finding(row)
        if finding is None:
            return None
        if row not in self._cards:
            self._cards[row] = FindingCard(
                title=self.title(finding),
                level=finding.severity,
                severity=severity_words(finding.severity),
                words=quoted_words(self.text, finding) or self.tr("The whole reply"),
                why=finding.why,
                rewrites=tuple(
                    arg(QCoreApplication.translate("FindingCard", "“%1”"), rewrite_label(r, ""))
                    if r.words
                    else self.tr("leave those words out")
                    for r in checker.rewrites(self.text, finding)
                ),
                advice=finding.advice,
            )
        return self._cards[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.report is None:
            return 0
        return min(len(self.report.findings), MAX_CARDS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        card = self.card(index.row()) if index.isValid() else None
        if card is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return arg(
                QCoreApplication.translate("FindingCard", "%1 — %2"), card.title, card.words
            )  # what typing searches
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return card.spoken()
        if role == Qt.ItemDataRole.UserRole:
            return index.row()
        if role == CARD_ROLE:
            return card
        return None


class FindingCardDelegate(QStyledItemDelegate):
    """Paints a finding as a card: a severity stripe, the category and severity in words, the
    words quoted, why it matters, and the rewrites (or what to do). Heights follow the list's
    width, so nothing needs sideways scrolling."""

    GAP = 3  # between cards
    PAD = 8  # inside a card
    STRIPE = 5

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def _blocks(self, card: FindingCard, font: QFont) -> list[tuple[QFont, str]]:
        bold, italic = QFont(font), QFont(font)
        bold.setBold(True)
        italic.setItalic(True)
        heading = arg(
            QCoreApplication.translate("FindingCard", "%1 — %2"), card.title, card.severity
        )
        # What to do and the rewrites are the detail pane's, under the list: said once, and
        # the cards stay short enough to see several at a time.
        return [(bold, heading), (italic, card.words), (font, card.why)]

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = self.view.viewport().width() or option.rect.width()
        return max(80, width - 2 * (self.GAP + self.PAD) - self.STRIPE)

    @staticmethod
    def _height(font: QFont, text: str, width: int) -> int:
        flags = int(Qt.TextFlag.TextWordWrap)
        return QFontMetrics(font).boundingRect(QRect(0, 0, width, 100_000), flags, text).height()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        card = index.data(CARD_ROLE)
        if not isinstance(card, FindingCard):
            return super().sizeHint(option, index)
        width = self._text_width(option)
        blocks = self._blocks(card, option.font)
        spacing = 3 * (len(blocks) - 1)
        height = sum(self._height(font, text, width) for font, text in blocks) + spacing
        return QSize(width, height + 2 * (self.PAD + self.GAP))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, FindingCard):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        state: QStyle.StateFlag = option.state
        palette: QPalette = option.palette
        font: QFont = option.font
        box = QRectF(rect.adjusted(self.GAP, self.GAP, -self.GAP, -self.GAP))
        selected = bool(state & QStyle.StateFlag.State_Selected)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        background = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid)
        if selected:
            tint = QColor(highlight)
            tint.setAlpha(45)
            background = tint
            border = highlight
        elif state & QStyle.StateFlag.State_MouseOver:
            border = palette.color(QPalette.ColorRole.Dark)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outline = QPainterPath()
        outline.addRoundedRect(box, 6, 6)
        painter.fillPath(outline, palette.color(QPalette.ColorRole.Base))
        painter.fillPath(outline, background)
        painter.setClipPath(outline)
        stripe = QColor(SEVERITY_COLOURS.get(card.level, SEVERITY_COLOURS["care"]))
        stripe.setAlpha(255)
        painter.fillRect(QRectF(box.left(), box.top(), self.STRIPE, box.height()), stripe)
        painter.setClipping(False)
        painter.setPen(QPen(border, 2.0 if selected else 1.0))
        painter.drawPath(outline)

        painter.setPen(palette.color(QPalette.ColorRole.Text))
        left = int(box.left()) + self.STRIPE + self.PAD
        top = int(box.top()) + self.PAD
        width = self._text_width(option)
        for block_font, text in self._blocks(card, font):
            height = self._height(block_font, text, width)
            painter.setFont(block_font)
            painter.drawText(QRect(left, top, width, height), Qt.TextFlag.TextWordWrap, text)
            top += height + 3
        painter.restore()


def cards_view(model: FindingsModel, name: str) -> QListView:
    """A list of finding cards (``model``'s), named ``name`` for screen readers: cards wrap
    to the list's width, scroll by the pixel and are outlined under the pointer."""
    view = QListView()
    view.setModel(model)
    view.setItemDelegate(FindingCardDelegate(view))
    view.setAccessibleName(name)
    view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setWordWrap(True)  # laid out again whenever the width changes (cards wrap)
    view.setUniformItemSizes(False)
    view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setMouseTracking(True)  # a card under the pointer is outlined
    view.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
    return view


class FindingsColumn(QWidget):
    """The findings' column beside the draft: no narrower than a card stays readable at, nor
    than its own layout needs (the chosen finding's buttons, whose labels are longest in Greek
    and Japanese). A minimum width set on it would win over its layout in the splitter."""

    READABLE_WIDTH = 300

    def minimumSizeHint(self) -> QSize:
        return super().minimumSizeHint().expandedTo(QSize(self.READABLE_WIDTH, 0))


class _FitColumn(QWidget):
    """The detail's column, never shorter than its wrapped lines need at its width: a scroll
    area sizes what it holds without asking the height a width needs, so a message of three
    wrapped lines (Japanese, a narrow window) was squeezed under the next one instead of
    scrolling."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Ask the height the column's lines need at its width."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()  # widgets shown or hidden since: counted as they are now
        need = (  # Qt answers -1 for a width when nothing shown wraps
            layout.totalMinimumHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height()
        )
        if need != self.minimumHeight():
            self.setMinimumHeight(need)


class FindingDetail(QFrame):
    """The selected finding: its message, what to do, the rewrites that fit where it is, Apply,
    Ignore, Phrases, and a link to the practice it comes from. Always on screen (a hint when
    nothing is selected), so selecting a finding moves nothing. The buttons and the link stay
    at its foot; the words and the rewrites above them scroll when they need more room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.practice = ""
        self.placeholder = QLabel(
            self.tr("Select a finding to see what to do and the rewrites that fit.")
        )
        self.title = QLabel()  # the category in bold, then what was found
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.advice = QLabel()
        self.advice.setAccessibleName(self.tr("What to do"))
        for label in (self.placeholder, self.title, self.advice):
            label.setWordWrap(True)
        self.suggestion_list = QListWidget()
        self.suggestion_list.setAccessibleName(self.tr("Rewrites"))
        self.suggestion_list.setToolTip(self.tr("Rewrites that fit here: Apply puts one in"))
        self.suggestion_list.setWordWrap(True)  # a long rewrite wraps, never scrolls sideways
        self.suggestion_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggestion_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.suggestion_list.setMinimumHeight(3 * self.fontMetrics().lineSpacing())
        self.suggestion_list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.apply_button = QPushButton(self.tr("&Apply rewrite"))
        self.ignore_button = QPushButton(self.tr("&Ignore here"))
        self.ignore_button.setToolTip(self.tr("Stop flagging this one match in this draft"))
        self.phrases_button = QPushButton(self.tr("Phrases →"))  # one width for every finding
        self.practice_link = QLabel()
        self.practice_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.practice_link.linkActivated.connect(self.on_practice_link)
        buttons = QHBoxLayout()
        # The buttons keep their place when hidden: the column is as wide as all of them need
        # whichever finding is chosen (or none), so choosing one never widens it over the draft.
        for button in (self.apply_button, self.ignore_button, self.phrases_button):
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.ignore_button)
        buttons.addStretch(1)
        buttons.addWidget(self.phrases_button)
        # The words and the rewrites scroll; the rewrites take the room the words leave.
        self.words = _FitColumn()
        column = QVBoxLayout(self.words)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in (self.placeholder, self.title, self.advice):
            column.addWidget(widget)
        column.addWidget(self.suggestion_list, 1)
        column.addSpacerItem(
            QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        )
        self.scroller = QScrollArea()
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.words)
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        outer = QVBoxLayout(self)
        outer.addWidget(self.scroller, 1)
        outer.addLayout(buttons)
        outer.addWidget(self.practice_link)
        self.parts: list[QWidget] = [self.title, self.advice, self.suggestion_list]
        self.parts += [self.apply_button, self.ignore_button, self.phrases_button]
        self.parts.append(self.practice_link)
        self.setAccessibleName(self.tr("Selected finding"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.setMaximumHeight(18 * self.fontMetrics().lineSpacing())  # the rest to the cards
        self.show_finding("", None)

    def show_finding(self, text: str, finding: Finding | None) -> None:
        self.placeholder.setVisible(finding is None)
        for widget in self.parts:
            widget.setVisible(finding is not None)
        self.suggestion_list.clear()
        if finding is None:
            self.words.fit()
            return
        category = category_title(finding.category)
        self.title.setText(
            arg(self.tr("<b>%1</b>: %2"), html.escape(category), html.escape(finding.message))
        )
        self.advice.setText(arg(self.tr("What to do: %1"), finding.advice))
        self.advice.setVisible(bool(finding.advice))
        offered = checker.rewrites(text, finding)
        for rewrite in offered:
            item = QListWidgetItem(rewrite_label(rewrite, self.tr("(remove these words)")))
            item.setData(Qt.ItemDataRole.UserRole, rewrite.suggestion)
            self.suggestion_list.addItem(item)
        if offered:
            self.suggestion_list.setCurrentRow(0)
        for widget in (self.suggestion_list, self.apply_button):
            widget.setVisible(bool(offered))
        self.phrases_button.setVisible(finding.phrase_category is not None)
        if finding.phrase_category:
            self.phrases_button.setToolTip(
                arg(self.tr("Phrases that help here: %1"), finding.phrase_category)
            )
        practice = arg(self.tr("Where this comes from (practice %1)"), finding.practice)
        self.practice = finding.practice
        self.practice_link.setText(f'<a href="practices">{practice}</a>')
        self.words.fit()

    def chosen_suggestion(self) -> str | None:
        """The rewrite chosen in the list (the first when none is), as the rule words it."""
        item = self.suggestion_list.currentItem() or self.suggestion_list.item(0)
        if item is None:
            return None
        chosen = item.data(Qt.ItemDataRole.UserRole)
        return chosen if isinstance(chosen, str) else None

    @Slot(str)
    def on_practice_link(self, _link: str) -> None:
        """Help → Practices, opened at the practice this finding comes from."""
        from companion.ui.help import show_practice

        show_practice(self, self.practice)
