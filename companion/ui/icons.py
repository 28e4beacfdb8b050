"""Icons from resources/, and the tray icon painted with today's ratio."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from companion.core import resources
from companion.core.ratio import DayRatio, State

STATE_COLOURS = {
    State.ABOVE: QColor("#2e8b57"),
    State.AT: QColor("#2f6f8f"),
    State.BELOW: QColor("#c0612b"),
}


@cache
def icon(name: str) -> QIcon:
    """An SVG icon shipped in resources/icons (cached; Qt scales it for HiDPI)."""
    return QIcon(str(resources.resource("icons", f"{name}.svg")))


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
    """The app icon's colour follows the state; the badge shows the ratio."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(STATE_COLOURS[day.state])
    painter.drawRoundedRect(QRectF(2, 2, size - 4, size - 4), size * 0.22, size * 0.22)
    painter.setPen(QColor("#ffffff"))
    font = QFont()
    font.setBold(True)
    text = badge_text(day)
    font.setPixelSize(int(size * (0.5 if len(text) <= 2 else 0.4)))
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)
