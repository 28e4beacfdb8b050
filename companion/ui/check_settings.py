"""The reply checker's tab in Settings: cool-off length, clipboard watching, the rules in use.

Its own module, so opening Settings does not build the Check screen's module (the rule pack is
loaded either way: the page lists its rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from companion.core import checker
from companion.ui.check_findings import category_title
from companion.ui.i18n import QT_TRANSLATE_NOOP
from companion.ui.settings_dialog import GeneratedPage

if TYPE_CHECKING:
    from companion.settings import Settings


class ReplyCheckPage(GeneratedPage):
    """Cool-off length and clipboard watching (built from their declarations), and which
    checker rules are on."""

    title = QT_TRANSLATE_NOOP("SettingsDialog", "Reply checker")
    page = "check"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rules = QListWidget()
        self.rules.setAccessibleName(self.tr("Checker rules"))
        self.rules.setWordWrap(True)
        self.rules.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rules.setMinimumSize(520, 260)
        for rule in checker.load_pack("en").rules:
            title = category_title(rule.category)
            item = QListWidgetItem(f"{title} ({rule.practice}) — {rule.message}")
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.rules.addItem(item)
        self.form.addRow(self.tr("&Rules in use:"), self.rules)

    def load(self, settings: Settings) -> None:
        super().load(settings)
        off = set(settings.disabled_rules)
        categories = {rule.id: rule.category for rule in checker.load_pack("en").rules}
        for row in range(self.rules.count()):
            item = self.rules.item(row)
            rule_id = item.data(Qt.ItemDataRole.UserRole)
            on = rule_id not in off and categories.get(rule_id) not in off
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def values(self) -> dict[str, Any]:
        disabled = tuple(
            self.rules.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.rules.count())
            if self.rules.item(row).checkState() != Qt.CheckState.Checked
        )
        return {**super().values(), "disabled_rules": disabled}
