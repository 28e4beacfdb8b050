"""The reply checker's tab in Settings: cool-off length, clipboard watching, the rules in use.

Its own module, so opening Settings does not build the Check screen's module (the rule pack is
loaded either way: the page lists its rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from companion.core import checker
from companion.ui.check import CATEGORY_TITLES
from companion.ui.settings_dialog import SettingsPage

if TYPE_CHECKING:
    from companion.settings import Settings


class ReplyCheckPage(SettingsPage):
    """Cool-off length, clipboard watching and which checker rules are on."""

    title = "Reply checker"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.cooloff_minutes = QSpinBox()
        self.cooloff_minutes.setRange(1, 15)
        self.cooloff_minutes.setSuffix(self.tr(" min"))
        self.cooloff_minutes.setAccessibleName(self.tr("Cool-off length in minutes"))
        form.addRow(self.tr("&Cool-off length:"), self.cooloff_minutes)
        self.watch_clipboard = QCheckBox(
            self.tr("Watch the clipboard and quietly tell me the verdict of copied replies")
        )
        form.addRow("", self.watch_clipboard)
        note = QLabel(self.tr("Copied text is checked in memory only and never saved."))
        note.setWordWrap(True)
        form.addRow("", note)
        self.rules = QListWidget()
        self.rules.setAccessibleName(self.tr("Checker rules"))
        self.rules.setWordWrap(True)
        self.rules.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rules.setMinimumSize(520, 260)
        for rule in checker.load_pack("en").rules:
            title = self.tr(CATEGORY_TITLES.get(rule.category, rule.category))
            item = QListWidgetItem(f"{title} ({rule.practice}) — {rule.message}")
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.rules.addItem(item)
        form.addRow(self.tr("&Rules in use:"), self.rules)

    def load(self, settings: Settings) -> None:
        self.cooloff_minutes.setValue(settings.cooloff_minutes)
        self.watch_clipboard.setChecked(settings.watch_clipboard)
        off = set(settings.disabled_rules)
        for row in range(self.rules.count()):
            item = self.rules.item(row)
            rule_id = item.data(Qt.ItemDataRole.UserRole)
            rule = next(r for r in checker.load_pack("en").rules if r.id == rule_id)
            on = rule.id not in off and rule.category not in off
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def values(self) -> dict[str, Any]:
        disabled = tuple(
            self.rules.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.rules.count())
            if self.rules.item(row).checkState() != Qt.CheckState.Checked
        )
        return {
            "cooloff_minutes": self.cooloff_minutes.value(),
            "watch_clipboard": self.watch_clipboard.isChecked(),
            "disabled_rules": disabled,
        }
