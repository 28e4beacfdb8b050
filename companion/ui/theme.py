"""Light or dark, as the system says (Qt's colour scheme), and live when it changes.

Most desktops hand Qt a palette that already matches their scheme (KDE, Windows with Fusion, a
GTK theme). Where the scheme is dark but the palette is still light (GNOME's dark style through
the desktop portal, the Fusion style on a desktop that only reports the scheme), the app gets
the Fusion style and a dark palette of its own, and gets the system's back when the scheme turns
light again. Everything else in the app draws from the palette, so it follows.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

_DARK = {
    QPalette.ColorRole.Window: "#2b2b2e",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1e21",
    QPalette.ColorRole.AlternateBase: "#27272b",
    QPalette.ColorRole.ToolTipBase: "#3a3a3f",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#9c9ca3",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#37373c",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff8a80",
    QPalette.ColorRole.Light: "#4b4b51",
    QPalette.ColorRole.Midlight: "#404045",
    QPalette.ColorRole.Mid: "#55555c",
    QPalette.ColorRole.Dark: "#18181a",
    QPalette.ColorRole.Shadow: "#000000",
    # The app icon's blue, a little lighter: white text on it passes WCAG AA (5.3 : 1).
    QPalette.ColorRole.Highlight: "#3a7196",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Accent: "#3a7196",
    QPalette.ColorRole.Link: "#8cc4ff",
    QPalette.ColorRole.LinkVisited: "#c9a8ff",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#808087",
    QPalette.ColorRole.Text: "#808087",
    QPalette.ColorRole.ButtonText: "#808087",
    QPalette.ColorRole.Highlight: "#45454b",
    QPalette.ColorRole.HighlightedText: "#b0b0b0",
    QPalette.ColorRole.PlaceholderText: "#6c6c72",
}


_FOLLOWER = "companion-scheme-follower"
"""The object name of the application's SchemeFollower."""


def dark_palette() -> QPalette:
    """The app's own dark palette (used only where the system gives none)."""
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def is_dark(palette: QPalette) -> bool:
    """Whether ``palette`` draws light text on a dark window."""
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


class SchemeFollower(QObject):
    """Keeps the app's look in step with the colour scheme: the system's, or one set by
    ``force`` (the screenshots' --dark, tests). One per application (see ``follow``).

    Signals:
        scheme_changed(bool): the app now looks dark (True) or light (False).
    """

    scheme_changed = Signal(bool)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName(_FOLLOWER)
        self.app = app
        self.forced: Qt.ColorScheme | None = None
        self.own_palette = False
        """Whether the dark palette in use is ours (the system's light one is set aside)."""
        self._system_style: str | None = None
        """The style the system gave, read when the first dark palette of ours replaces it:
        asking for it at start-up would build PySide6's wrapper of QStyle and its enums
        (about 4 ms) before the first window, which a light scheme never needs."""
        self.dark = is_dark(app.palette())
        app.styleHints().colorSchemeChanged.connect(self.on_color_scheme_changed)

    def scheme(self) -> Qt.ColorScheme:
        if self.forced is not None:
            return self.forced
        return self.app.styleHints().colorScheme()

    def force(self, scheme: Qt.ColorScheme | None) -> None:
        """Look light or dark whatever the system says; None follows the system again."""
        self.forced = scheme
        self.apply()

    @Slot(Qt.ColorScheme)
    def on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.apply()

    def apply(self) -> None:
        """Bring palette and style in line with the scheme (nothing when they already are)."""
        wants_dark = self.scheme() == Qt.ColorScheme.Dark
        if wants_dark and not self.own_palette and not is_dark(self.app.palette()):
            log.info("colour scheme: dark; using a dark palette")
            if self._system_style is None:
                self._system_style = self.app.style().name()
            if self._system_style.lower() != "fusion":
                self.app.setStyle("Fusion")  # native light styles draw a dark palette poorly
            self.app.setPalette(dark_palette())
            self.own_palette = True
            self._restyle()
        elif not wants_dark and self.own_palette:
            log.info("colour scheme: light; back to the system's palette")
            self.own_palette = False
            system_style = self._system_style or "fusion"
            if self.app.style().name().lower() != system_style.lower():
                self.app.setStyle(system_style)
            self.app.setPalette(QPalette())  # nothing set: the system's palette again
            self._restyle()
        dark = is_dark(self.app.palette())
        if dark != self.dark:
            self.dark = dark
            self.scheme_changed.emit(dark)

    def _restyle(self) -> None:
        """Style sheets resolve palette(...) once: set them again so they take the new one."""
        for widget in self.app.allWidgets():
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet(sheet)


def follow(app: QApplication) -> SchemeFollower:
    """The application's follower, made (and applied) on first call."""
    # Found by name: looking for a Python class among the application's children would wrap
    # each of them for Python, the style among them (its enums cost the first window 4 ms).
    found = app.findChild(QObject, _FOLLOWER)
    if isinstance(found, SchemeFollower):
        return found
    follower = SchemeFollower(app)
    follower.apply()
    return follower
