"""Settings: one dialog with a page per subject. Pages read and write ``Settings`` fields."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.settings import Settings


class SettingsPage(QWidget):
    """A page shows some fields; ``values()`` returns the fields it owns."""

    title = "General"

    def load(self, settings: Settings) -> None:
        """Show the current values (each page overrides this)."""

    def values(self) -> dict[str, Any]:
        """The fields this page owns, as edited (each page overrides this)."""
        return {}


class GeneralPage(SettingsPage):
    title = "General"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.target = QDoubleSpinBox()
        self.target.setRange(0.5, 20.0)
        self.target.setSingleStep(0.5)
        self.target.setDecimals(1)
        self.target.setSuffix(" : 1")
        self.target.setAccessibleName(self.tr("Target ratio"))
        form.addRow(self.tr("&Target ratio (positives per negative):"), self.target)
        note = QLabel(
            self.tr(
                "3 : 1 is a rule of thumb, not science: pick the number that helps you notice "
                "when a day slides."
            )
        )
        note.setWordWrap(True)
        form.addRow("", note)
        self.day_start = QComboBox()
        for hour in range(24):
            self.day_start.addItem(f"{hour:02d}:00", hour)
        self.day_start.setAccessibleName(self.tr("A new day starts at"))
        form.addRow(self.tr("A new &day starts at:"), self.day_start)
        hint = QLabel(
            self.tr(
                "Logs before this hour count for the previous day, so a night shift is one day."
            )
        )
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.shift_end = QTimeEdit()
        self.shift_end.setDisplayFormat("HH:mm")
        self.shift_end.setAccessibleName(self.tr("Shift ends at"))
        form.addRow(self.tr("&Shift ends at:"), self.shift_end)
        self.reflection_reminder = QCheckBox(self.tr("Remind me to reflect when my shift ends"))
        form.addRow("", self.reflection_reminder)
        self.start_at_login = QCheckBox(self.tr("Start Companion when I log in"))
        form.addRow("", self.start_at_login)

    def load(self, settings: Settings) -> None:
        self.target.setValue(settings.target)
        self.day_start.setCurrentIndex(settings.day_start_hour)
        end = settings.shift_end_time
        self.shift_end.setTime(QTime(end.hour, end.minute))
        self.start_at_login.setChecked(settings.start_at_login)
        self.reflection_reminder.setChecked(settings.reflection_reminder)

    def values(self) -> dict[str, Any]:
        return {
            "target": round(self.target.value(), 2),
            "day_start_hour": int(self.day_start.currentData()),
            "shift_end": self.shift_end.time().toString("HH:mm"),
            "start_at_login": self.start_at_login.isChecked(),
            "reflection_reminder": self.reflection_reminder.isChecked(),
        }


def pages() -> list[type[SettingsPage] | str]:
    """General first, then each feature's pages from the manifest ("module:Class", imported
    when the dialog opens, so a feature's settings page costs nothing at start-up)."""
    from companion import features

    return [GeneralPage, *features.settings_pages()]


def page_class(entry: type[SettingsPage] | str) -> type[SettingsPage]:
    if isinstance(entry, str):
        from companion.features import resolve

        page = resolve(entry)
        assert isinstance(page, type) and issubclass(page, SettingsPage)
        return page
    return entry


class SettingsDialog(QDialog):
    """Edit a copy of the settings; ``result_settings()`` after Accepted gives the new ones."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Companion settings"))
        self._original = settings
        self.tabs = QTabWidget()
        self.pages: list[SettingsPage] = []
        for entry in pages():
            page = page_class(entry)()
            page.load(settings)
            self.pages.append(page)
            self.tabs.addTab(page, self.tr(page.title))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.button_box = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def result_settings(self) -> Settings:
        changes: dict[str, Any] = {}
        for page in self.pages:
            changes.update(page.values())
        return self._original.replace(**changes) if changes else dataclasses.replace(self._original)
