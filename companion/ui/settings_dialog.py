"""Settings: one dialog with a page per subject. Pages read and write ``Settings`` fields."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTime
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from companion.settings import (
    BY_NAME,
    TRANSLATION_CONTEXT,
    Kind,
    Setting,
    Settings,
    on_page,
    parse_hhmm,
)
from companion.ui.i18n import NATIVE_NAMES, QT_TRANSLATE_NOOP

SETTINGS_TEXTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("Settings", "&Target ratio (positives per negative):"),
    QT_TRANSLATE_NOOP("Settings", "Target ratio"),
    QT_TRANSLATE_NOOP(
        "Settings",
        "3 : 1 is a rule of thumb, not science: pick the number that helps you notice "
        "when a day slides.",
    ),
    QT_TRANSLATE_NOOP("Settings", "A new &day starts at:"),
    QT_TRANSLATE_NOOP("Settings", "A new day starts at"),
    QT_TRANSLATE_NOOP(
        "Settings", "Logs before this hour count for the previous day, so a night shift is one day."
    ),
    QT_TRANSLATE_NOOP("Settings", "&Shift ends at:"),
    QT_TRANSLATE_NOOP("Settings", "Shift ends at"),
    QT_TRANSLATE_NOOP("Settings", "Remind me to reflect when my shift ends"),
    QT_TRANSLATE_NOOP("Settings", "Start Companion when I log in"),
    QT_TRANSLATE_NOOP("Settings", "&Language:"),
    QT_TRANSLATE_NOOP("Settings", "Language"),
    QT_TRANSLATE_NOOP(
        "Settings", "System follows your desktop's language; dates and numbers follow it too."
    ),
    QT_TRANSLATE_NOOP("Settings", "System"),
    QT_TRANSLATE_NOOP("Settings", "&Cool-off length:"),
    QT_TRANSLATE_NOOP("Settings", "Cool-off length in minutes"),
    QT_TRANSLATE_NOOP("Settings", " min"),
    QT_TRANSLATE_NOOP(
        "Settings", "Watch the clipboard and quietly tell me the verdict of copied replies"
    ),
    QT_TRANSLATE_NOOP("Settings", "Copied text is checked in memory only and never saved."),
    QT_TRANSLATE_NOOP("Settings", "&Rules in use:"),
    QT_TRANSLATE_NOOP("Settings", "Rules in use"),
    QT_TRANSLATE_NOOP(
        "Settings", "Hide customer details (e-mail, phone, card, order numbers) in new entries"
    ),
    QT_TRANSLATE_NOOP("Settings", "Also hide local phone numbers of these &regions:"),
    QT_TRANSLATE_NOOP("Settings", "Regions whose local phone numbers are hidden"),
    QT_TRANSLATE_NOOP(
        "Settings",
        "Country codes such as DE, FR, GB, separated by commas. Numbers written with a + "
        "country code are always hidden, and so are local numbers of the text's language and "
        "of your system's region.",
    ),
    QT_TRANSLATE_NOOP(
        "Settings", "Offer Lift me up once a day when a negative log leaves today below target"
    ),
    QT_TRANSLATE_NOOP(
        "Settings", "The offer is a quiet banner (or a tray notification), never a pop-up."
    ),
    QT_TRANSLATE_NOOP("Settings", "Offer to add Companion to the app launcher"),
    QT_TRANSLATE_NOOP("Settings", "Asked once, quietly, on a Linux desktop where it is missing."),
)
"""Every text companion.settings declares for a Settings page (labels, names for screen readers,
help, suffixes and choices), listed for the translation catalogue: settings.py stays free of
Qt. Native language names and hours are shown as they are."""


class SettingsPage(QWidget):
    """A page shows some fields; ``values()`` returns the fields it owns."""

    title = QT_TRANSLATE_NOOP("SettingsDialog", "General")
    """The tab's title, in English (translated in the "SettingsDialog" context)."""

    def load(self, settings: Settings) -> None:
        """Show the current values (each page overrides this)."""

    def values(self) -> dict[str, Any]:
        """The fields this page owns, as edited (each page overrides this)."""
        return {}


class GeneratedPage(SettingsPage):
    """A page whose rows are built from the settings declared for ``page`` in companion.settings:
    a spin box for a number with a range, a combo box for choices, a time edit for a time and a
    check box for a yes or no, each followed by its help as a note. Settings no editor fits (a
    list) are left to the subclass, which adds their rows to ``form`` and extends ``load`` and
    ``values``."""

    page = "general"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.editors: dict[str, QWidget] = {}
        """The editor of each generated setting, by setting name."""
        for declared in on_page(self.page):
            editor = _editor(declared)
            if editor is None:
                continue
            self.editors[declared.name] = editor
            if isinstance(editor, QCheckBox):
                self.form.addRow("", _CheckRow(editor))
            else:
                editor.setAccessibleName(_translated(declared.screen_reader_name))
                self.form.addRow(_translated(declared.label), editor)
            if declared.help:
                note = QLabel(_translated(declared.help))
                note.setWordWrap(True)
                self.form.addRow("", note)

    def load(self, settings: Settings) -> None:
        for name, editor in self.editors.items():
            _show(editor, getattr(settings, name))

    def values(self) -> dict[str, Any]:
        return {name: _edited(BY_NAME[name], editor) for name, editor in self.editors.items()}


def translate_setting(text: str) -> str:
    """A declared setting's text in the interface language."""
    return _translated(text)


def _translated(text: str) -> str:
    if text in NATIVE_NAMES.values():
        return text  # each language is named in its own words, whatever the interface's
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text)


def _editor(declared: Setting) -> QWidget | None:
    """The editor that fits a declared setting, set up from its declaration; None if none does."""
    kind = declared.kind
    if declared.choices:
        choices = QComboBox()
        for value, text in declared.choices:
            choices.addItem(_translated(text), value)
        return choices
    if kind is Kind.BOOL:
        return QCheckBox(_translated(declared.label))
    if kind is Kind.FLOAT and declared.range is not None:
        number = QDoubleSpinBox()
        number.setDecimals(declared.decimals)
        number.setRange(*declared.range)
        number.setSingleStep(declared.step)
        number.setSuffix(_translated(declared.suffix))
        return number
    if kind is Kind.INT and declared.range is not None:
        whole = QSpinBox()
        whole.setRange(int(declared.range[0]), int(declared.range[1]))
        whole.setSingleStep(int(declared.step))
        whole.setSuffix(_translated(declared.suffix))
        return whole
    if kind is Kind.TIME:
        time = QTimeEdit()
        time.setDisplayFormat("HH:mm")
        return time
    return None


QWIDGETSIZE_MAX = 16_777_215
"""Qt's largest widget size: a label's height for it is that of its words on one line."""


class _CheckLabel(QLabel):
    """A check box's words as a label that wraps (a long setting, or a language with long
    words, would widen the dialog past a small screen); a click on it toggles the box."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__()
        self.box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(box)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.box.isEnabled():
            self.box.toggle()
            self.box.setFocus()
        event.accept()


class _CheckRow(QWidget):
    """A check box with its words beside it in a label that wraps, both at the row's top and
    the box centred on the words' first line, however tall the form makes the row and however
    many lines the words take. The box keeps its accessible name and its mnemonic."""

    def __init__(self, box: QCheckBox) -> None:
        super().__init__()
        text = box.text()
        box.setAccessibleName(text.replace("&", ""))
        box.setText("")
        self.box = box
        self.label = _CheckLabel(box)
        self.label.setText(text)  # its "&" mnemonic moves the focus to the box
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.label, 1)
        self._level()

    def _level(self) -> None:
        """Give the box and the first line the same height, the shorter one's space split
        above and below it: the box draws its square in its middle. A line of Korean or
        Japanese is taller than one of the interface font (its glyphs come from a CJK font),
        so the line is measured on the words themselves."""
        margins = self.label.contentsMargins()
        unwrapped = self.label.heightForWidth(QWIDGETSIZE_MAX)  # the words on one line
        first_line = unwrapped - margins.top() - margins.bottom()
        square = self.box.sizeHint()
        self.box.setFixedSize(square.width(), max(square.height(), first_line))
        self.label.setContentsMargins(0, max(0, (square.height() - first_line) // 2), 0, 0)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._level()  # the label and the box have had theirs: Qt tells children first

    def sizeHint(self) -> QSize:
        """As tall as the words need at the row's width. A wrapping label's own hint is a
        guess at a pleasing shape, often two lines, and a form with room to spare gives each
        row its hint: one line of words sat in two lines' height."""
        hint = super().sizeHint()
        width = self.width() if self.isVisible() else hint.width()
        return QSize(hint.width(), self.heightForWidth(max(1, width)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the height the words need has changed with the width


def _show(editor: QWidget, value: Any) -> None:
    if isinstance(editor, QComboBox):
        editor.setCurrentIndex(editor.findData(value))
    elif isinstance(editor, QCheckBox):
        editor.setChecked(value)
    elif isinstance(editor, QDoubleSpinBox | QSpinBox):
        editor.setValue(value)
    elif isinstance(editor, QTimeEdit):
        time = parse_hhmm(value) or dt.time(0, 0)  # validated settings always parse
        editor.setTime(QTime(time.hour, time.minute))


def _edited(declared: Setting, editor: QWidget) -> Any:
    if isinstance(editor, QComboBox):
        return editor.currentData()
    if isinstance(editor, QCheckBox):
        return editor.isChecked()
    if isinstance(editor, QDoubleSpinBox):
        return round(editor.value(), declared.decimals)
    if isinstance(editor, QSpinBox):
        return editor.value()
    assert isinstance(editor, QTimeEdit)
    return editor.time().toString("HH:mm")


class GeneralPage(GeneratedPage):
    """Target ratio, day start, shift end, the reflection reminder and start at login."""

    title = QT_TRANSLATE_NOOP("SettingsDialog", "General")
    page = "general"


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
            self.tabs.addTab(page, QCoreApplication.translate("SettingsDialog", page.title))
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
