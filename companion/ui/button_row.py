"""A row of buttons with a status line that takes a line of its own when the row is too narrow.

The Check screen's bottom row holds its buttons, a status line between them and the language box.
In a wide window they share one line; in a narrow one (an 800×600 screen in Greek, whose labels
are long) the status line would be squeezed to nothing and the buttons pushed past the edge. Then
the row wraps: the buttons stay on the first line, and the status line and what follows it go
to a second line, where the status has the room its words need.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayoutItem, QSizePolicy, QStyle, QWidget

from companion.ui.item_layout import ItemLayout


class ButtonRow(ItemLayout):
    """``leading`` widgets, then ``stretch`` (which takes the room left), then ``trailing``.

    On one line while ``stretch`` keeps at least ``stretch_width`` pixels; below that,
    ``stretch`` and ``trailing`` go to a second line. It has a height for its width, so a
    vertical layout above it gives it the second line's room when it wraps.
    """

    def __init__(
        self,
        parent: QWidget | None,
        leading: Sequence[QWidget],
        stretch: QWidget,
        trailing: Sequence[QWidget],
        stretch_width: int,
    ) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self._leading = len(leading)
        self.stretch_width = stretch_width
        for widget in (*leading, stretch, *trailing):
            self.addWidget(widget)

    # --- what a QLayout must say ------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), place=False)

    def sizeHint(self) -> QSize:
        first, _stretch, rest = self._parts()
        width = self._line_width([*first, *rest]) + self._gap() + self.stretch_width
        return QSize(width + self._side_margins(), self._one_line_height())

    def minimumSize(self) -> QSize:
        """As narrow as the wider of the two lines when wrapped (the status line may then take
        whatever is left beside what follows it), as low as one line."""
        first, _stretch, rest = self._parts()
        width = max(self._line_width(first), self._line_width(rest))
        return QSize(width + self._side_margins(), self._one_line_height())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, place=True)

    # --- how it lays out --------------------------------------------------------------------

    def _parts(self) -> tuple[list[QLayoutItem], QLayoutItem, list[QLayoutItem]]:
        items, leading = self._items, self._leading
        return items[:leading], items[leading], items[leading + 1 :]

    def _gap(self) -> int:
        spacing = self.spacing()
        if spacing >= 0:
            return spacing
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        gap = style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)
        if gap < 0:
            gap = style.layoutSpacing(
                QSizePolicy.ControlType.PushButton,
                QSizePolicy.ControlType.PushButton,
                Qt.Orientation.Horizontal,
            )
        return max(gap, 0)

    def _side_margins(self) -> int:
        margins = self.contentsMargins()
        return margins.left() + margins.right()

    def _line_width(self, items: Sequence[QLayoutItem]) -> int:
        shown = [item for item in items if not item.isEmpty()]
        if not shown:
            return 0
        return sum(item.sizeHint().width() for item in shown) + self._gap() * (len(shown) - 1)

    @staticmethod
    def _line_height(items: Sequence[QLayoutItem]) -> int:
        return max((item.sizeHint().height() for item in items if not item.isEmpty()), default=0)

    def _one_line_height(self) -> int:
        margins = self.contentsMargins()
        return self._line_height(self._items) + margins.top() + margins.bottom()

    def _arrange(self, rect: QRect, *, place: bool) -> int:
        """Lay the items out in ``rect`` (when ``place``); the height that takes."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        first, stretch, rest = self._parts()
        gap = self._gap()
        fixed = self._line_width([*first, *rest])
        one_line = fixed + gap + self.stretch_width <= area.width()
        if one_line:
            height = self._line_height(self._items)
            if place:
                self._place_line([*first, stretch, *rest], stretch, area.topLeft(), area, height)
        else:
            top_height = self._line_height(first)
            low_height = self._line_height([stretch, *rest])
            spacing = self._vertical_gap()
            height = top_height + spacing + low_height
            if place:
                self._place_line(first, None, area.topLeft(), area, top_height)
                low = QPoint(area.left(), area.top() + top_height + spacing)
                self._place_line([stretch, *rest], stretch, low, area, low_height)
        return height + margins.top() + margins.bottom()

    def _vertical_gap(self) -> int:
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        gap = (
            style.pixelMetric(QStyle.PixelMetric.PM_LayoutVerticalSpacing, None, parent)
            if style is not None
            else -1
        )
        return gap if gap >= 0 else 6

    def _place_line(
        self,
        items: Sequence[QLayoutItem],
        stretch: QLayoutItem | None,
        start: QPoint,
        area: QRect,
        height: int,
    ) -> None:
        """Items left to right from ``start``, each as wide as it asks, ``stretch`` taking what
        is left of ``area``'s width; each centred in the line's ``height``."""
        shown = [item for item in items if not item.isEmpty()]
        gap = self._gap()
        others = sum(item.sizeHint().width() for item in shown if item is not stretch)
        left_over = area.width() - others - gap * max(len(shown) - 1, 0)
        x = start.x()
        for item in shown:
            hint = item.sizeHint()
            width = max(left_over, 0) if item is stretch else hint.width()
            item_height = height if item is stretch else min(hint.height(), height)
            y = start.y() + (height - item_height) // 2
            item.setGeometry(QRect(x, y, width, item_height))
            x += width + gap
