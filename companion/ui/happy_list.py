"""The happy file's list (P1.2): a model that loads entries a page at a time, so 20,000 entries
scroll smoothly and a search shows its first results in a few milliseconds, and a delegate that
paints each entry as a small card with the search's words marked.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from companion.core.days import local_zone
from companion.core.happy import HappyEntry
from companion.core.phrasebook import match_spans
from companion.store import happy as happy_store
from companion.ui.controller import Controller

PAGE_SIZE = 200
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
    return f"{local.day} {local:%b %Y}"


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

        # Quote, matches highlighted, at most three lines.
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(0)
        quote = " ".join(entry.quote.split()) or "(screenshot)"
        if len(quote) > 600:
            quote = quote[:600] + "…"
        document.setHtml(
            f'<div style="color:{ink.name()};">{highlighted_html(quote, self.model.query)}</div>'
        )
        document.setTextWidth(inner.width())
        painter.save()
        painter.translate(inner.topLeft())
        quote_height = min(int(document.size().height()) + 2, line * self.QUOTE_LINES)
        clip = QRect(0, 0, inner.width(), quote_height)
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = clip  # type: ignore[assignment]
        document.documentLayout().draw(painter, context)
        painter.restore()

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
