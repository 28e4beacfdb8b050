"""The Desktop settings page: whether Companion is in the app launcher (added or removed at
once, as `companion desktop install|uninstall` would), and the launcher offer's setting."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from companion import desktop
from companion.core.errors import CompanionError
from companion.ui.i18n import QT_TRANSLATE_NOOP
from companion.ui.settings_dialog import GeneratedPage


class DesktopPage(GeneratedPage):
    """The launcher row, then the rows built from the settings declared for "desktop"."""

    title = QT_TRANSLATE_NOOP("SettingsDialog", "Desktop")
    page = "desktop"

    def __init__(self, parent: QWidget | None = None, platform: str | None = None) -> None:
        super().__init__(parent)
        self.supported = desktop.supported(platform)
        self.launcher_status = QLabel()
        self.launcher_status.setWordWrap(True)
        self.launcher_button = QPushButton()
        self.launcher_button.clicked.connect(self.on_launcher_clicked)
        # The status is the row's field itself, so the row grows with its wrapped lines (beside
        # the button, in a layout of its own, it stayed one line tall and was cut in Greek and
        # Japanese); the button is under it, at its own width.
        self.form.insertRow(0, self.tr("App launcher:"), self.launcher_status)
        buttons = QHBoxLayout()
        buttons.addWidget(self.launcher_button)
        buttons.addStretch(1)
        self.form.insertRow(1, "", buttons)
        self.show_launcher_state()

    def show_launcher_state(self, message: str = "") -> None:
        if not self.supported:
            self.launcher_status.setText(
                self.tr("The app launcher entry is for Linux desktops.") + " " + message
            )
            self.launcher_button.setText(self.tr("&Add to launcher"))
            self.launcher_button.setEnabled(False)
            return
        installed = desktop.is_installed()
        state = (
            self.tr(
                "Companion is in the app launcher, with Log positive, Log negative and "
                "Check clipboard in its menu (bind them to keys in your desktop's keyboard "
                "settings)."
            )
            if installed
            else self.tr("Companion is not in the app launcher.")
        )
        self.launcher_status.setText(f"{message} {state}".strip())
        self.launcher_button.setText(
            self.tr("&Remove from launcher") if installed else self.tr("&Add to launcher")
        )
        self.launcher_button.setEnabled(True)

    @Slot()
    def on_launcher_clicked(self) -> None:
        try:
            if desktop.is_installed():
                desktop.uninstall()
            else:
                desktop.install()
        except CompanionError as error:
            self.show_launcher_state(error.message)
            return
        self.show_launcher_state()
