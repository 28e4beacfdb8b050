"""Shared look: heading sizes and emphasised fonts, relative to the system font (HiDPI and
accessibility settings scale with it), colours that read on a light and a dark window, and
``set_key`` for the ``Qt`` enums of the first window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

USER_ROLE = 256
"""``Qt.ItemDataRole.UserRole`` (0x0100, fixed by Qt), for item data set on the first window."""


def set_key(target: QObject, name: str, key: str) -> None:
    """Set ``target``'s enum property ``name`` to the enum key ``key`` (``"AlignCenter"``,
    ``"ScrollBarAlwaysOff"``; flags may be joined with ``|``), as Qt's own property system
    reads it. The first window sets its ``Qt`` enums this way: naming one from Python makes
    PySide6 build Python enums for the whole ``Qt`` namespace, about 12 ms it need not wait
    for. A misspelt property or key raises ValueError (Qt would quietly ignore it)."""
    if not target.setProperty(name, key):
        raise ValueError(f"{target.metaObject().className()} has no {name} {key!r}")


SCREEN_MARGINS = (24, 18, 24, 18)
"""Left, top, right, bottom space around every screen, so moving between screens does not
shift where the content starts."""


def screen_margins(layout: QBoxLayout) -> QBoxLayout:
    """Give a screen's outer layout the margins every screen shares."""
    layout.setContentsMargins(*SCREEN_MARGINS)
    return layout


def scaled_font(base: QFont, factor: float, bold: bool = True) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def heading(text: str = "", factor: float = 1.5) -> QLabel:
    """A screen or section title."""
    label = QLabel(text)
    label.setFont(scaled_font(label.font(), factor))
    return label


def text_box(
    hint: str, name: str, min_height: int, max_height: int | None = None
) -> QPlainTextEdit:
    """A few lines of free text in a form: Tab moves on (keyboard-only use), a hint shows
    while empty, and screen readers get a name."""
    from PySide6.QtWidgets import QPlainTextEdit  # not on the first window (Today has none)

    edit = QPlainTextEdit()
    edit.setPlaceholderText(hint)
    edit.setAccessibleName(name)
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(min_height)
    if max_height is not None:
        edit.setMaximumHeight(max_height)
    return edit


ERROR_ON_LIGHT = "#b3261e"
ERROR_ON_DARK = "#ffb4ab"
"""An error message's red, on a light and on a dark window: both read at WCAG AA (4.5 : 1)."""


def error_colour(palette: QPalette) -> QColor:
    """The red for an error message on ``palette``'s window."""
    dark = palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5
    return QColor(ERROR_ON_DARK if dark else ERROR_ON_LIGHT)


class _ErrorText(QObject):
    """Keeps a label's text in the error red that suits its palette, when the colour scheme
    changes too (a style sheet's fixed red would vanish on a dark window)."""

    def __init__(self, label: QLabel) -> None:
        super().__init__(label)
        self.label = label
        self.recolour()
        label.installEventFilter(self)

    def recolour(self) -> None:
        palette = self.label.palette()
        wanted = error_colour(palette)
        if palette.color(QPalette.ColorRole.WindowText) != wanted:
            palette.setColor(QPalette.ColorRole.WindowText, wanted)
            self.label.setPalette(palette)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self.recolour()
        return False


def error_text(label: QLabel) -> QLabel:
    """Show ``label``'s text as an error message, in a red that reads on light and dark."""
    if label.findChild(_ErrorText) is None:
        _ErrorText(label)
    return label


#: the Check screen's verdict frame, by verdict
VERDICT_TINTS = {
    "ok": "rgba(60, 170, 90, 45)",
    "care": "rgba(235, 170, 40, 60)",
    "hard": "rgba(220, 50, 50, 60)",
}


def verdict_tint(frame: QFrame, verdict: str) -> None:
    """Tint the verdict's frame in its colour (none for "none")."""
    frame.setProperty("verdict", verdict)
    frame.setStyleSheet(
        f"QFrame#verdictFrame {{ background: {VERDICT_TINTS.get(verdict, 'transparent')}; "
        "border-radius: 6px; }"
    )
