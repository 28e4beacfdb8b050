"""Icons from resources/, and the tray icon painted with today's ratio.

What only the tray's badge needs (QPainter, QFont, polygons, the ``Qt`` namespace) is imported
when it is first painted, after the first window: each class PySide6 wraps costs its enums the
first time.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QIcon, QIconEngine

from companion.core import resources
from companion.core.ratio import DayRatio, State

if TYPE_CHECKING:
    from PySide6.QtCore import QRect, QRectF, QSize
    from PySide6.QtGui import QPainter, QPixmap, QPolygonF

STATE_COLOURS = {
    State.ABOVE: QColor("#2e8b57"),
    State.AT: QColor("#2f6f8f"),
    State.BELOW: QColor("#c0612b"),
}


@cache
def icon(name: str) -> QIcon:
    """An SVG icon shipped in resources/icons (cached; Qt scales it for HiDPI), read when it is
    first drawn (see ``SvgWhenDrawn``)."""
    return QIcon(AppIcon() if name == "companion" else SvgWhenDrawn(name))


@cache
def svg_icon(name: str) -> QIcon:
    """The icon read from its SVG file now (which loads Qt's SVG icon engine)."""
    return QIcon(str(resources.resource("icons", f"{name}.svg")))


class SvgWhenDrawn(QIconEngine):
    """An SVG icon that reads its file, and so loads QtSvg and Qt's SVG icon engine, when it is
    first drawn rather than when it is made: an app idle in the tray draws only its painted
    badge, and QtSvg with its engine is about 1 MiB of its memory. Every call is the real
    icon's (``svg_icon``), so it looks and scales exactly as that one."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name

    def real(self) -> QIcon:
        return svg_icon(self.name)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        self.real().paint(painter, rect, mode=mode, state=state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.real().pixmap(size, mode, state)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        return self.real().pixmap(size, scale, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return self.real().actualSize(size, mode, state)

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return self.real().availableSizes(mode, state)

    def isNull(self) -> bool:
        return False

    def key(self) -> str:
        return "SvgWhenDrawn"

    def clone(self) -> QIconEngine:
        return SvgWhenDrawn(self.name)


def app_icon() -> QIcon:
    return icon("companion")


def state_icon(state: State) -> QIcon:
    return icon(f"state-{state.value}")


def state_icon_for(name: str) -> QIcon:
    """``"above"``, ``"at"`` or ``"below"``."""
    return state_icon(State(name))


def badge_text(day: DayRatio) -> str:
    """Short enough for a 22 px tray icon: "3.5", "5+", "–"."""
    if day.total == 0:
        return "–"
    if day.ratio is None:
        return f"{min(day.positive, 99)}+"
    value = day.ratio
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}".rstrip("0").rstrip(".")


def tray_icon(day: DayRatio, size: int = 64) -> QIcon:
    """The ratio on a badge whose colour follows the state, and a mark under the number that
    says it without colour: ▲ above the target, ▬ at it, ▼ below it (none on an empty day)."""
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFont, QPainter, QPixmap

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(STATE_COLOURS[day.state])
    painter.drawRoundedRect(QRectF(2, 2, size - 4, size - 4), size * 0.22, size * 0.22)
    white = QColor("#ffffff")
    text = badge_text(day)
    marked = day.total > 0
    font = QFont()
    font.setBold(True)
    if marked:
        font.setPixelSize(int(size * (0.44 if len(text) <= 2 else 0.36)))
        text_box = QRectF(0, size * 0.05, size, size * 0.58)
    else:
        font.setPixelSize(int(size * 0.5))
        text_box = QRectF(0, 0, size, size)
    painter.setFont(font)
    painter.setPen(white)
    painter.drawText(text_box, Qt.AlignmentFlag.AlignCenter, text)
    if marked:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(white)
        painter.drawPolygon(
            state_mark(day.state, QRectF(size * 0.3, size * 0.64, size * 0.4, size * 0.24))
        )
    painter.end()
    return QIcon(pixmap)


def state_mark(state: State, box: QRectF) -> QPolygonF:
    """The badge's shape for a state, filling ``box``: a triangle pointing up (above) or down
    (below), a flat bar (at)."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPolygonF

    left, right, top, bottom = box.left(), box.right(), box.top(), box.bottom()
    middle = box.center().x()
    if state is State.ABOVE:
        points = [QPointF(left, bottom), QPointF(middle, top), QPointF(right, bottom)]
    elif state is State.BELOW:
        points = [QPointF(left, top), QPointF(right, top), QPointF(middle, bottom)]
    else:
        bar = box.height() * 0.3
        centre = box.center().y()
        points = [
            QPointF(left, centre - bar),
            QPointF(right, centre - bar),
            QPointF(right, centre + bar),
            QPointF(left, centre + bar),
        ]
    return QPolygonF(points)


APP_ICON_PNG_SIZES = (48, 128, 256)
"""The sizes of Companion's icon shipped as PNG files for the launcher."""


@cache
def png_app_icon(size: int) -> QIcon:
    return QIcon(str(resources.resource("icons", f"companion-{size}.png")))


class AppIcon(SvgWhenDrawn):
    """Companion's icon: from the smallest of the launcher's PNG files (48, 128, 256 px) at
    least as large as asked, larger from the SVG when first asked for. The desktop asks for 16
    to 128 px (what Qt offers for an SVG icon) as soon as the tray icon shows, and Qt reads a
    PNG itself, without QtSvg."""

    def __init__(self) -> None:
        super().__init__("companion")

    def source(self, width: float, height: float) -> QIcon:
        for size in APP_ICON_PNG_SIZES:
            if max(width, height) <= size:
                return png_app_icon(size)
        return self.real()

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        scale = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        source = self.source(rect.width() * scale, rect.height() * scale)
        source.paint(painter, rect, mode=mode, state=state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.source(size.width(), size.height()).pixmap(size, mode, state)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        source = self.source(size.width() * scale, size.height() * scale)
        return source.pixmap(size, scale, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        return size  # as the SVG: any size asked for

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return []  # as the SVG: the desktop then asks for the sizes Qt chooses

    def clone(self) -> QIconEngine:
        return AppIcon()
