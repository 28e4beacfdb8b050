"""The happy file's list (P1.2): a model that loads entries a page at a time, so 20,000 entries
scroll smoothly and a search shows its first results in a few milliseconds, and a delegate that
paints each entry as a small card with the search's words marked.
"""

from __future__ import annotations

import datetime as dt
import html
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from companion.core.days import local_zone
from companion.core.happy import HappyEntry
from companion.core.phrasebook import match_spans
from companion.store import happy as happy_store
from companion.ui.controller import Controller
from companion.ui.i18n import short_year_day_text

PAGE_SIZE = 200
QUOTE_CHARS_LAID_OUT = 2000
"""More than three lines of the widest window hold; the rest of a long quote is not laid out."""
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
HIGHLIGHT = "#f6d37a"
STAR_COLOUR = "#d9822b"


# --- model --------------------------------------------------------------------------------


class HappyModel(QAbstractListModel):
    """Live happy file entries matching the current search, newest first, loaded by pages."""

    def __init__(self, controller: Controller, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.entries: list[HappyEntry] = []
        self.query = ""
        self.tag: str | None = None
        self.starred_only = False
        self.total = 0

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid() or index.row() >= len(self.entries):
            return None
        entry = self.entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.quote or "(screenshot)"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            star = ", starred" if entry.starred else ""
            return f"{entry.quote} — {entry.note}{star}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.note or None
        if role == ENTRY_ROLE:
            return entry
        return None

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        return not parent.isValid() and len(self.entries) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if parent.isValid():
            return
        page = self._page(len(self.entries))
        if not page:
            self.total = len(self.entries)
            return
        first = len(self.entries)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.entries.extend(page)
        self.endInsertRows()

    def _page(self, offset: int) -> list[HappyEntry]:
        return happy_store.search_happy(
            self.controller.store,
            self.query,
            tag=self.tag,
            starred_only=self.starred_only,
            limit=PAGE_SIZE,
            offset=offset,
        )

    def set_filter(self, query: str, tag: str | None, starred_only: bool) -> None:
        self.query, self.tag, self.starred_only = query, tag, starred_only
        self.reload()

    def reload(self) -> None:
        """Fetch the first page again (after a search change or a write)."""
        keep = max(PAGE_SIZE, len(self.entries)) if self.entries else PAGE_SIZE
        store = self.controller.store
        self.beginResetModel()
        self.entries = happy_store.search_happy(
            store, self.query, tag=self.tag, starred_only=self.starred_only, limit=keep
        )
        # Count separately only when there is more than one page: a narrow search stays cheap.
        if len(self.entries) < keep:
            self.total = len(self.entries)
        else:
            self.total = happy_store.count_search(
                store, self.query, tag=self.tag, starred_only=self.starred_only
            )
        self.endResetModel()

    def replace_entry(self, entry: HappyEntry) -> None:
        for row, current in enumerate(self.entries):
            if current.id == entry.id:
                self.entries[row] = entry
                index = self.index(row)
                self.dataChanged.emit(index, index)
                return

    def row_of(self, entry_id: int) -> int | None:
        for row, entry in enumerate(self.entries):
            if entry.id == entry_id:
                return row
        return None


# --- painting -----------------------------------------------------------------------------


def highlighted_html(text: str, query: str) -> str:
    """``text`` escaped, with the words the search matched marked."""
    pieces: list[str] = []
    position = 0
    for start, end in match_spans(text, query):
        pieces.append(html.escape(text[position:start]))
        pieces.append(
            f'<span style="background-color:{HIGHLIGHT}; color:#1d1b19;">'
            f"{html.escape(text[start:end])}</span>"
        )
        position = end
    pieces.append(html.escape(text[position:]))
    return "".join(pieces)


def day_label(created: dt.datetime) -> str:
    local = created.astimezone(local_zone())
    return short_year_day_text(local.date())


@dataclass(frozen=True, slots=True)
class QuotePiece:
    """Part of a quote laid out for painting: ``layout`` paints characters ``start`` to
    ``end`` of the quote (then "…" when the quote was cut there)."""

    layout: QTextLayout
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class QuoteLines:
    """A quote laid out for a card: the pieces to paint, how many lines and pixels they take,
    and whether the quote was cut (its last line then ends with "…")."""

    pieces: tuple[QuotePiece, ...]
    lines: int
    height: int
    cut: bool


def _wrapping() -> QTextOption:
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def _lay_out(text: str, font: QFont, width: int, top_line: int, pitch: int) -> QTextLayout:
    """``text`` in lines of ``width`` pixels, the first on line ``top_line`` of a grid of
    ``pitch`` pixels. Every baseline sits where the font's own would, so a line with glyphs from
    a taller fallback font (CJK) keeps the same pitch instead of pushing the next line down."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_wrapping())
    ascent = QFontMetrics(font).ascent()
    layout.beginLayout()
    number = top_line
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, number * pitch + ascent - line.ascent()))
        number += 1
    layout.endLayout()
    return layout


def _line_starts(text: str, font: QFont, width: int) -> list[int]:
    layout = QTextLayout(text, font)
    layout.setTextOption(_wrapping())
    starts = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    return starts


def lay_out_quote(
    text: str, font: QFont, width: int, max_lines: int, *, goes_on: bool = False
) -> QuoteLines:
    """``text`` in whole lines of ``width`` pixels, at most ``max_lines`` of them, one line
    pitch of ``font`` apart; when it goes on (beyond those lines, or beyond ``text`` when
    ``goes_on``), the last line is cut at a word and ends in "…"."""
    width = max(width, 1)
    metrics = QFontMetrics(font)
    pitch = metrics.lineSpacing()
    starts = _line_starts(text, font, width) or [0]
    if len(starts) <= max_lines and not goes_on:
        layout = _lay_out(text, font, width, 0, pitch)
        lines = len(starts)
        return QuoteLines((QuotePiece(layout, 0, len(text)),), lines, lines * pitch, False)
    last_line = min(len(starts), max_lines) - 1
    cut = starts[last_line]
    rest = text[cut:]
    room = width - metrics.horizontalAdvance("…")
    kept = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width).removesuffix("…")
    if kept == rest:  # all of it fits, but the quote goes on past what was laid out
        kept = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room).removesuffix("…")
    # Cut inside a word: end at the word before it, when that is not too far back.
    inside_a_word = len(kept) < len(rest) and kept[-1:].isalnum() and rest[len(kept)].isalnum()
    space = kept.rfind(" ")
    if inside_a_word and space > len(kept) * 0.6:
        kept = kept[:space]
    kept = kept.rstrip(" ,;:")
    pieces = [QuotePiece(_lay_out(text[:cut], font, width, 0, pitch), 0, cut)] if cut else []
    last = _lay_out(kept + "…", font, width, last_line, pitch)
    pieces.append(QuotePiece(last, cut, cut + len(kept)))
    return QuoteLines(tuple(pieces), last_line + 1, (last_line + 1) * pitch, True)


class HappyDelegate(QStyledItemDelegate):
    """Paints an entry as a small card: quote (matches highlighted), note, then date · tags · star.

    Signals:
        star_clicked(int): the star of the entry with this id was clicked.
    """

    star_clicked = Signal(int)
    QUOTE_LINES = 3
    PADDING = 10

    def __init__(self, model: HappyModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def _metrics(self, option: QStyleOptionViewItem) -> QFontMetrics:
        return QFontMetrics(option.font)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = self._metrics(option).lineSpacing()
        return QSize(200, line * (self.QUOTE_LINES + 2) + self.PADDING * 2 + 6)

    def star_rect(self, rect: QRect, option: QStyleOptionViewItem) -> QRect:
        line = self._metrics(option).lineSpacing()
        size = line + 8
        return QRect(rect.right() - size - self.PADDING, rect.top() + self.PADDING - 2, size, size)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        entry: HappyEntry | None = index.data(ENTRY_ROLE)
        if entry is None:
            return
        painter.save()
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget
            )
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ink = palette.color(text_role)
        muted = palette.color(QPalette.ColorRole.PlaceholderText if not selected else text_role)
        metrics = self._metrics(option)
        line = metrics.lineSpacing()
        star_box = self.star_rect(rect, option)
        inner = rect.adjusted(
            self.PADDING, self.PADDING, -self.PADDING * 2 - star_box.width(), -self.PADDING
        )

        # Quote, matches highlighted: whole lines only, at most three, the last ending in "…"
        # when there is more.
        quote = " ".join(entry.quote.split()) or "(screenshot)"
        goes_on = len(quote) > QUOTE_CHARS_LAID_OUT
        quote_lines = lay_out_quote(
            quote[:QUOTE_CHARS_LAID_OUT],
            option.font,
            inner.width(),
            self.QUOTE_LINES,
            goes_on=goes_on,
        )
        spans = match_spans(quote, self.model.query)
        marked = QTextCharFormat()
        marked.setBackground(QColor(HIGHLIGHT))
        marked.setForeground(QColor("#1d1b19"))
        painter.setPen(ink)
        for piece in quote_lines.pieces:
            selections = []
            for start, end in spans:
                start, end = max(start, piece.start), min(end, piece.end)
                if start < end:
                    selection = QTextLayout.FormatRange()
                    selection.start, selection.length = start - piece.start, end - start
                    selection.format = marked
                    selections.append(selection)
            piece.layout.draw(painter, QPointF(inner.topLeft()), selections)
        quote_height = quote_lines.height

        # Note, then date · tags · screenshot.
        note_font = QFont(option.font)
        note_font.setItalic(True)
        painter.setFont(note_font)
        painter.setPen(muted)
        y = inner.top() + quote_height + 4
        if entry.note:
            note = QFontMetrics(note_font).elidedText(
                entry.note.replace("\n", " "), Qt.TextElideMode.ElideRight, inner.width()
            )
            painter.drawText(QRect(inner.left(), y, inner.width(), line), 0, note)
        painter.setFont(option.font)
        meta = [day_label(entry.created)]
        if entry.tags:
            meta.append("  ".join(f"#{tag}" for tag in entry.tags))
        if entry.image_mime:
            meta.append("screenshot")
        painter.drawText(
            QRect(inner.left(), y + line, inner.width(), line),
            0,
            metrics.elidedText(" · ".join(meta), Qt.TextElideMode.ElideRight, inner.width()),
        )

        # Star.
        star_font = QFont(option.font)
        star_font.setPointSizeF(star_font.pointSizeF() * 1.4)
        painter.setFont(star_font)
        if selected:
            painter.setPen(ink)
        else:
            painter.setPen(QColor(STAR_COLOUR) if entry.starred else muted)
        painter.drawText(star_box, Qt.AlignmentFlag.AlignCenter, "★" if entry.starred else "☆")

        # A hairline between cards.
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawLine(
            rect.left() + self.PADDING, rect.bottom(), rect.right() - self.PADDING, rect.bottom()
        )
        painter.restore()

    def editorEvent(
        self,
        event: QEvent,
        model: Any,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            rect: QRect = option.rect
            if self.star_rect(rect, option).contains(event.position().toPoint()):
                entry: HappyEntry | None = index.data(ENTRY_ROLE)
                if entry is not None and entry.id is not None:
                    self.star_clicked.emit(entry.id)
                    return True
        return super().editorEvent(event, model, option, index)
