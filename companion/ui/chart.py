"""A chart widget that paints a core.chart.Drawing, and its legend.

The widget decides nothing: the screen hands it a layout function (size and font in, Drawing
out) and one tooltip per day; geometry is recomputed when the size, font or data change, and
``paintEvent`` only draws it. Colours come from the palette, so a dark theme works, and every
meaning also has a shape (solid or hatched bar, triangle, circle, square, dashed line).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QResizeEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QToolTip, QWidget

from companion.core.chart import Align, Drawing, Line, Marker, Metrics, Role, Shape
from companion.core.ratio import State
from companion.ui.icons import STATE_COLOURS

Layout = Callable[[Metrics], Drawing]

_BASE = {
    Role.ABOVE: STATE_COLOURS[State.ABOVE],
    Role.BELOW: STATE_COLOURS[State.BELOW],
    Role.NO_NEGATIVE: STATE_COLOURS[State.ABOVE],
    Role.MOOD: QColor("#7b4fb3"),
    Role.ENERGY: QColor("#a86a00"),
}


_LINE_WIDTHS = {Role.TARGET: 2.0, Role.MOOD: 2.0, Role.ENERGY: 2.0, Role.TALLER: 1.5}
_GLYPH_MARKERS = {
    Role.NO_NEGATIVE: (Shape.TRIANGLE, 11.0),
    Role.MOOD: (Shape.CIRCLE, 8.0),
    Role.ENERGY: (Shape.SQUARE, 8.0),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def role_colours(palette: QPalette) -> dict[Role, QColor]:
    """The colour of each role under ``palette``: the state colours, lightened on a dark
    window so they keep their contrast; text, grid and target from the palette itself."""
    dark = is_dark(palette)
    colours = {role: QColor(c).lighter(150) if dark else QColor(c) for role, c in _BASE.items()}
    text = palette.color(QPalette.ColorRole.WindowText)
    grid = QColor(text)
    grid.setAlphaF(0.16)
    colours[Role.GRID] = grid
    axis = QColor(text)
    axis.setAlphaF(0.55)
    colours[Role.AXIS] = axis
    colours[Role.TICK] = text
    colours[Role.TARGET] = text
    colours[Role.TALLER] = text
    colours[Role.GAP] = axis
    return colours


def bar_brush(role: Role, colour: QColor, width: float = 12.0) -> QBrush:
    """At or above target: solid. Below: hatched, so the state does not rest on colour alone
    (a bar too thin to show hatching is solid; it still stands below the target line)."""
    if role is Role.BELOW and width >= 4:
        return QBrush(colour, Qt.BrushStyle.BDiagPattern)
    return QBrush(colour)


def line_pen(line: Line, colour: QColor) -> QPen:
    pen = QPen(colour)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setWidthF(_LINE_WIDTHS.get(line.role, 1.0))
    if line.role in (Role.TARGET, Role.ENERGY):  # mood is solid: not told apart by colour alone
        pen.setStyle(Qt.PenStyle.DashLine)
    if line.faint:
        pen.setWidthF(1.0)
        pen.setStyle(Qt.PenStyle.DotLine)
    return pen


def paint_marker(painter: QPainter, marker: Marker, colour: QColor, background: QColor) -> None:
    """Mood: a filled circle. Energy: a hollow square. No negative: a filled triangle."""
    half = marker.size / 2
    centre = QPointF(marker.x, marker.y)
    painter.setPen(QPen(colour, 1.5))
    if marker.shape is Shape.CIRCLE:
        painter.setBrush(colour)
        painter.drawEllipse(centre, half, half)
    elif marker.shape is Shape.SQUARE:
        painter.setBrush(background)
        painter.drawRect(QRectF(marker.x - half, marker.y - half, marker.size, marker.size))
    else:
        painter.setBrush(colour)
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(marker.x, marker.y - half),
                    QPointF(marker.x + half, marker.y + half * 0.8),
                    QPointF(marker.x - half, marker.y + half * 0.8),
                ]
            )
        )


class ChartView(QWidget):
    """Paints a Drawing; the day under the mouse or the keyboard shows its tooltip.

    Keys: Left/Right a day, Page Up/Down a week, Home/End the first/last day, Enter or Space
    opens the day.

    Signals:
        current_changed(int): the day (index into the days) under the mouse or the keyboard;
            -1 when none.
        activated(int): the day was clicked, or Enter/Space pressed on it.
    """

    current_changed = Signal(int)
    activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout: Layout | None = None
        self._tips: tuple[str, ...] = ()
        self.drawing: Drawing | None = None
        self.current = -1
        self.gutters = (40.0, 40.0)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(600, 240)

    def set_plot(self, layout: Layout, tips: Sequence[str], description: str) -> None:
        """Show a new chart: ``tips`` has one line per day, ``description`` says it in words."""
        self._layout = layout
        self._tips = tuple(tips)
        self.setAccessibleDescription(description)
        if self.current >= len(self._tips):
            self.current = -1
        self.relayout()

    def set_gutters(self, left: float, right: float) -> None:
        self.gutters = (left, right)
        self.relayout()

    def tip(self, index: int) -> str:
        return self._tips[index] if 0 <= index < len(self._tips) else ""

    def metrics(self) -> Metrics:
        font = self.fontMetrics()
        return Metrics(
            float(self.width()),
            float(self.height()),
            float(font.height()),
            lambda text: float(font.horizontalAdvance(text)),
            *self.gutters,
        )

    def relayout(self) -> None:
        self.drawing = None if self._layout is None else self._layout(self.metrics())
        self.update()

    # --- events ---------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.relayout()
        elif event.type() == QEvent.Type.PaletteChange:
            self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self._slot_at(event.pos().x())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tip(index), self)
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self._slot_at(event.position().x())
        self.set_current(-1 if index is None else index)

    def leaveEvent(self, event: QEvent) -> None:
        if not self.hasFocus():
            self.set_current(-1)
        super().leaveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self._slot_at(event.position().x())
        if event.button() == Qt.MouseButton.LeftButton and index is not None:
            self.set_current(index)
            self.activated.emit(index)
        else:
            super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = len(self._tips)
        if not count:
            super().keyPressEvent(event)
            return
        here = self.current if self.current >= 0 else count - 1
        moves = {
            Qt.Key.Key_Left: here - 1,
            Qt.Key.Key_Right: here + 1,
            Qt.Key.Key_PageUp: here - 7,
            Qt.Key.Key_PageDown: here + 7,
            Qt.Key.Key_Home: 0,
            Qt.Key.Key_End: count - 1,
        }
        key = Qt.Key(event.key())
        if key in moves:
            self.set_current(min(count - 1, max(0, moves[key])), show_tip=True)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.set_current(here)
            self.activated.emit(here)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if self.current < 0 and self._tips:
            self.set_current(len(self._tips) - 1)

    def set_current(self, index: int, *, show_tip: bool = False) -> None:
        """Mark a day (-1: none); with ``show_tip`` its tooltip opens where it is drawn."""
        if index != self.current:
            self.current = index
            self.update()
            self.current_changed.emit(index)
        if show_tip and self.drawing is not None and 0 <= index < len(self.drawing.slots):
            x, y = self.drawing.slots[index].anchor
            QToolTip.showText(self.mapToGlobal(QPointF(x, y).toPoint()), self.tip(index), self)

    def _slot_at(self, x: float) -> int | None:
        return None if self.drawing is None else self.drawing.slot_at(x)

    # --- painting: only what the Drawing says -------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        drawing = self.drawing
        if drawing is None:
            return
        palette = self.palette()
        colours = role_colours(palette)
        background = palette.color(QPalette.ColorRole.Window)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if 0 <= self.current < len(drawing.slots):
            slot = drawing.slots[self.current]
            band = QColor(palette.color(QPalette.ColorRole.Highlight))
            band.setAlphaF(0.22)
            top, bottom = 0.0, drawing.plot.bottom
            painter.fillRect(QRectF(slot.left, top, slot.right - slot.left, bottom), band)
            if self.hasFocus():
                painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 1))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(slot.left, top, slot.right - slot.left, bottom))
        for line in drawing.grid:
            self._draw_line(painter, line, colours)
        for bar in drawing.bars:
            colour = colours[bar.role]
            rect = QRectF(bar.box.x, bar.box.y, bar.box.width, bar.box.height)
            if bar.role is Role.BELOW:
                painter.fillRect(rect, background)
            painter.fillRect(rect, bar_brush(bar.role, colour, bar.box.width))
            if bar.role is Role.BELOW and bar.box.width >= 3:
                painter.setPen(QPen(colour, 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect.adjusted(0.6, 0.6, -0.6, 0))
        for line in drawing.lines:
            if line.role is Role.TALLER:  # the cut is the window colour, the edges the ink
                cut = QPen(background, 4.0)
                painter.setPen(cut)
                (x1, y1), (x2, y2) = line.points
                painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
            self._draw_line(painter, line, colours)
        for marker in drawing.markers:
            paint_marker(painter, marker, colours[marker.role], background)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        font_height = self.fontMetrics().height()
        for text in drawing.texts:
            painter.setPen(colours[text.role])
            width = self.fontMetrics().horizontalAdvance(text.text) + 2
            if text.align is Align.LEFT:
                left = text.x
            elif text.align is Align.RIGHT:
                left = text.x - width
            else:
                left = text.x - width / 2
            rect = QRectF(left, text.y - font_height / 2, width, font_height)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text.text)
        painter.end()

    @staticmethod
    def _draw_line(painter: QPainter, line: Line, colours: dict[Role, QColor]) -> None:
        painter.setPen(line_pen(line, colours[line.role]))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if len(line.points) == 2:
            (x1, y1), (x2, y2) = line.points
            painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
            return
        path = QPainterPath(QPointF(*line.points[0]))
        for point in line.points[1:]:
            path.lineTo(QPointF(*point))
        painter.drawPath(path)


class LegendGlyph(QWidget):
    """The small picture beside a legend entry, drawn the way the chart draws its role."""

    def __init__(self, role: Role, *, faint: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role
        self.faint = faint
        self.setFixedSize(22, 14)

    def paintEvent(self, _event: QPaintEvent) -> None:
        palette = self.palette()
        colours = role_colours(palette)
        background = palette.color(QPalette.ColorRole.Window)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = float(self.width()), float(self.height())
        role = self.role
        if role in (Role.ABOVE, Role.BELOW):
            rect = QRectF(5, 1, 12, h - 2)
            painter.fillRect(rect, bar_brush(role, colours[role]))
            if role is Role.BELOW:
                painter.setPen(QPen(colours[role], 1.2))
                painter.drawRect(rect.adjusted(0.6, 0.6, -0.6, -0.6))
        elif role is Role.TALLER:
            painter.fillRect(QRectF(7, 0, 8, h), colours[Role.ABOVE])
            for dy in (2.0, 7.0):
                start, end = QPointF(4, dy + 4), QPointF(18, dy)
                painter.setPen(QPen(background, 4.0))
                painter.drawLine(start, end)
                painter.setPen(line_pen(Line(((4, dy + 4), (18, dy)), role), colours[role]))
                painter.drawLine(start, end)
        else:
            if role is not Role.NO_NEGATIVE:
                line = Line(((1, h / 2), (w - 1, h / 2)), role, faint=self.faint)
                painter.setPen(line_pen(line, colours[Role.GAP if self.faint else role]))
                painter.drawLine(QPointF(1, h / 2), QPointF(w - 1, h / 2))
            if role in _GLYPH_MARKERS and not self.faint:
                shape, size = _GLYPH_MARKERS[role]
                marker = Marker(0, w / 2, h / 2, size, shape, role)
                paint_marker(painter, marker, colours[role], background)
        painter.end()


class ChartLegend(QWidget):
    """One entry per meaning: a glyph and its words. Entries can be hidden when the chart has
    nothing of that kind."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(14)
        self.row.addStretch(1)
        self.entries: dict[str, tuple[QWidget, QLabel]] = {}

    def add_entry(self, key: str, role: Role, text: str = "", *, faint: bool = False) -> QLabel:
        entry = QWidget()
        layout = QHBoxLayout(entry)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(5)
        layout.addWidget(LegendGlyph(role, faint=faint))
        label = QLabel(text)
        layout.addWidget(label)
        self.row.insertWidget(self.row.count() - 1, entry)
        self.entries[key] = (entry, label)
        return label

    def set_text(self, key: str, text: str) -> None:
        self.entries[key][1].setText(text)

    def set_shown(self, key: str, shown: bool) -> None:
        self.entries[key][0].setVisible(shown)

    def texts(self) -> list[str]:
        """The words of the entries shown, in order (what a reader of the legend sees)."""
        return [label.text() for entry, label in self.entries.values() if not entry.isHidden()]
