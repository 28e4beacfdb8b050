"""The reply checker's tab in Settings: cool-off length, clipboard watching, the rules in use.

Its own module, so opening Settings does not build the Check screen's module (the rule pack is
loaded either way: the page lists its rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from companion.core import checker
from companion.core.language import native_name
from companion.ui.check_findings import category_title
from companion.ui.i18n import QT_TRANSLATE_NOOP, ui_language
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
        #: the rules (and categories) switched off, in every language's pack
        self._off: set[str] = set()
        self._shown: str | None = None
        self.rules_language = QComboBox()
        self.rules_language.setAccessibleName(self.tr("Language of the rules shown"))
        for code in checker.shipped_languages():
            self.rules_language.addItem(native_name(code), code)
        shown = ui_language() if ui_language() in checker.shipped_languages() else "en"
        self.rules_language.setCurrentIndex(max(0, self.rules_language.findData(shown)))
        self.rules_language.currentIndexChanged.connect(self.on_rules_language_changed)
        self.rules = QListWidget()
        self.rules.setAccessibleName(self.tr("Checker rules"))
        self.rules.setWordWrap(True)
        self.rules.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.rules.setMinimumSize(520, 260)
        self.form.addRow(self.tr("Rules &for replies in:"), self.rules_language)
        # The list under its label, across the page: beside a long label (Greek's) it made the
        # dialog wider than an 800-pixel screen.
        rules_label = QLabel(self.tr("&Rules in use:"))
        rules_label.setBuddy(self.rules)
        self.form.addRow(rules_label)
        self.form.addRow(self.rules)
        self._show_rules()

    def _show_rules(self) -> None:
        """List the rules of the chosen language's pack, ticked unless switched off."""
        self._keep_ticks()
        code = self.rules_language.currentData() or "en"
        self.rules.clear()
        for rule in checker.load_pack(code).rules:
            title = category_title(rule.category)
            item = QListWidgetItem(f"{title} — {rule.message}")
            item.setData(Qt.ItemDataRole.UserRole, rule.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, rule.category)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            on = rule.id not in self._off and rule.category not in self._off
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self.rules.addItem(item)
        self._shown = code

    def _keep_ticks(self) -> None:
        """Take the ticks of the rules shown into ``_off`` (before another list replaces them)."""
        if self._shown is None:
            return
        for row in range(self.rules.count()):
            item = self.rules.item(row)
            rule_id = item.data(Qt.ItemDataRole.UserRole)
            if item.checkState() == Qt.CheckState.Checked:
                self._off.discard(rule_id)
                self._off.discard(item.data(Qt.ItemDataRole.UserRole + 1))
            else:
                self._off.add(rule_id)

    @Slot()
    def on_rules_language_changed(self) -> None:
        self._show_rules()

    def load(self, settings: Settings) -> None:
        super().load(settings)
        self._off = set(settings.disabled_rules)
        self._shown = None  # the ticks shown are not edits: the settings' own replace them
        self._show_rules()

    def values(self) -> dict[str, Any]:
        self._keep_ticks()
        return {**super().values(), "disabled_rules": tuple(sorted(self._off))}
