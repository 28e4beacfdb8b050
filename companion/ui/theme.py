"""Light or dark, as the system says (Qt's colour scheme), and live when it changes.

Most desktops hand Qt a palette that already matches their scheme (KDE, Windows with Fusion, a
GTK theme). Where the scheme is dark but the palette is still light (GNOME's dark style through
the desktop portal, the Fusion style on a desktop that only reports the scheme), the app gets
the Fusion style and a dark palette of its own, and gets the system's back when the scheme turns
light again. Everything else in the app draws from the palette, so it follows.

Asking for the scheme costs the first window about 12 ms: the answer is a ``Qt.ColorScheme``,
and PySide6 builds Python enums for the whole ``Qt`` namespace the first time one is made. So
at start-up it is asked before the first paint only where the palette can be light while the
scheme is dark (``scheme_needed_before_paint``); elsewhere just after it, and a dark answer
there (rare) re-themes the window a moment after it appeared.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

log = logging.getLogger(__name__)

GNOME_FAMILY = frozenset({"gnome", "unity", "budgie", "pantheon", "cinnamon", "x-cinnamon", "mate"})
"""Desktops (XDG_CURRENT_DESKTOP, any of its ``:``-separated names, any case) whose dark style
reaches Qt through the desktop portal or the gtk3 theme: the scheme dark, the palette light."""

PORTAL_THEMES = frozenset({"gtk3", "gnome", "xdgdesktopportal"})
"""Platform themes (QT_QPA_PLATFORMTHEME) that report the scheme without a matching palette."""

DESKTOP_VARIABLES = (
    "XDG_CURRENT_DESKTOP",
    "QT_QPA_PLATFORMTHEME",
    "FLATPAK_ID",
    "container",
    "SNAP",
)
"""The environment that says which desktop the app is on, all that scheme_needed_before_paint
reads (a test or a benchmark clears them for a start with no desktop named)."""


def scheme_needed_before_paint(env: Mapping[str, str], platform: str) -> bool:
    """Whether the colour scheme must be asked before the first window paints: where the
    system's palette can stay light while the scheme is dark, so only the scheme says the
    window should be dark — GNOME-family desktops and GTK or portal platform themes, an app
    in a Flatpak or Snap sandbox (the portal again), and Windows (its default style keeps a
    light palette in dark mode). Elsewhere (KDE, macOS, no desktop named) the palette already
    matches the scheme, and the scheme is asked just after the first paint.

    ``env`` is the environment, ``platform`` is ``sys.platform``."""
    if platform == "win32":
        return True
    if env.get("FLATPAK_ID") or env.get("container") == "flatpak" or env.get("SNAP"):
        return True
    desktops = {name.strip().lower() for name in env.get("XDG_CURRENT_DESKTOP", "").split(":")}
    themes = {name.strip().lower() for name in env.get("QT_QPA_PLATFORMTHEME", "").split(":")}
    return bool(desktops & GNOME_FAMILY or themes & PORTAL_THEMES)


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
    ``force`` (the screenshots' --dark, tests). One per application (see ``follow``); it
    follows the system once ``settle`` has run.

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
        self.settled = False
        """Whether the scheme has been asked and its changes are heard (``settle``)."""

    def settle(self) -> None:
        """Follow the system's scheme from now on: ask it, apply it, hear when it changes."""
        # Asked before connecting: a signal carrying a Qt enum reaches Python only once
        # PySide6 has built the ``Qt`` namespace, which asking builds.
        self.apply()
        if not self.settled:
            self.app.styleHints().colorSchemeChanged.connect(self.on_color_scheme_changed)
            self.settled = True

    def scheme(self) -> Qt.ColorScheme:
        if self.forced is not None:
            return self.forced
        return self.app.styleHints().colorScheme()

    def force(self, scheme: Qt.ColorScheme | None) -> None:
        """Look light or dark whatever the system says; None follows the system again."""
        self.forced = scheme
        self.settle()

    # Typed by name, not as Qt.ColorScheme: naming the ``Qt`` namespace at import would build it.
    @Slot("Qt::ColorScheme")
    def on_color_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        self.apply()

    def apply(self) -> None:
        """Bring palette and style in line with the scheme (nothing when they already are)."""
        from PySide6.QtCore import Qt

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


def follow(app: QApplication, *, before_first_paint: bool = False) -> SchemeFollower:
    """The application's follower, made on first call, following the system's scheme.

    With ``before_first_paint`` (at start-up) it asks the scheme now only where
    ``scheme_needed_before_paint`` says so; elsewhere a later ``follow(app)`` (just after the
    first paint) asks it and re-themes the window if it is dark."""
    # Found by name: looking for a Python class among the application's children would wrap
    # each of them for Python, the style among them (its enums cost the first window 4 ms).
    found = app.findChild(QObject, _FOLLOWER)
    follower = found if isinstance(found, SchemeFollower) else SchemeFollower(app)
    if follower.settled:
        return follower
    if not before_first_paint or scheme_needed_before_paint(os.environ, sys.platform):
        follower.settle()
    return follower
