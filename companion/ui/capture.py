"""Save to happy file: the capture dialog (P1.2).

Opens with the clipboard's text (or screenshot) already in place, a "why it made my day" field,
tags with completion from earlier tags, and a live preview of what will be saved with the
customer's personal data hidden. One Enter saves.
"""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from companion.core.errors import CompanionError
from companion.core.happy import MAX_IMAGE_BYTES, MAX_IMAGE_SIDE, MAX_QUOTE_CHARS
from companion.core.redact import Redaction, redact
from companion.services import happy as happy_service
from companion.store import happy as happy_store
from companion.ui.controller import Controller
from companion.ui.i18n import arg, number
from companion.ui.style import error_text

log = logging.getLogger(__name__)


def kind_words(kind: str, count: int) -> str:
    """How many of one kind of customer detail were hidden ("1 e-mail", "2 phone numbers"),
    in the interface's language: the command line's words, from the same catalogue."""
    one = count == 1
    translate = QCoreApplication.translate
    if kind == "email":
        text = translate("CliHappy", "1 e-mail") if one else translate("CliHappy", "%L1 e-mails")
    elif kind == "phone":
        text = (
            translate("CliHappy", "1 phone number")
            if one
            else translate("CliHappy", "%L1 phone numbers")
        )
    elif kind == "card":
        text = (
            translate("CliHappy", "1 card number")
            if one
            else translate("CliHappy", "%L1 card numbers")
        )
    else:
        text = (
            translate("CliHappy", "1 order number")
            if one
            else translate("CliHappy", "%L1 order numbers")
        )
    return text.replace("%L1", number(count))


_PREVIEW_DELAY_MS = 120
_JPEG_ABOVE_BYTES = 2_500_000


class TagCompleter(QCompleter):
    """Completes the tag being typed after the last comma, keeping the earlier tags."""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        chosen = super().pathFromIndex(index)  # type: ignore[arg-type]
        widget = self.widget()
        text = widget.text() if isinstance(widget, QLineEdit) else ""
        head = text.rsplit(",", 1)[0] + ", " if "," in text else ""
        return head + chosen


def split_tags(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def image_to_bytes(image: QImage) -> tuple[bytes, str, bool]:
    """(bytes, mime, scaled): PNG, or JPEG for photos too big as PNG; huge images scaled down."""
    scaled = False
    if max(image.width(), image.height()) > MAX_IMAGE_SIDE:
        image = image.scaled(
            QSize(MAX_IMAGE_SIDE, MAX_IMAGE_SIDE),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled = True

    def encode(fmt: str, quality: int = -1) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        # The stubs say bytes; PySide6 itself takes the format as str.
        image.save(buffer, fmt, quality)  # type: ignore[call-overload]
        return bytes(buffer.data().data())

    data = encode("PNG")
    if len(data) <= _JPEG_ABOVE_BYTES:
        return data, "image/png", scaled
    jpeg = encode("JPEG", 85)
    while len(jpeg) > MAX_IMAGE_BYTES and image.width() > 200:
        image = image.scaled(image.width() // 2, image.height() // 2)
        scaled = True
        jpeg = encode("JPEG", 85)
    return jpeg, "image/jpeg", scaled


def preview_html(original: str, redaction: Redaction) -> str:
    """The redacted text with each replacement marked, for the preview pane."""
    pieces: list[str] = []
    position = 0
    for span in redaction.spans:
        pieces.append(html.escape(original[position : span.start]))
        pieces.append(
            '<span style="background-color:#f4d9a6; color:#3b2a00; font-weight:600;">'
            f"{html.escape(span.replacement)}</span>"
        )
        position = span.end
    pieces.append(html.escape(original[position:]))
    body = "".join(pieces).replace("\n", "<br>")
    return f'<div style="white-space:pre-wrap;">{body}</div>'


class CaptureDialog(QDialog):
    """Capture one happy file entry.

    Signals:
        saved(object): the HappyEntry as stored.
    """

    saved = Signal(object)

    def __init__(
        self,
        controller: Controller,
        parent: QWidget | None = None,
        *,
        text: str = "",
        image: QImage | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Save to happy file"))
        self.setAccessibleName(self.tr("Save to happy file"))
        self.setMinimumWidth(560)
        self.image_bytes: bytes | None = None
        self.image_mime: str | None = None
        self._redaction: Redaction | None = None
        self._saved = False

        self.info = QLabel()
        self.info.setObjectName("captureInfo")
        self.info.setWordWrap(True)
        self.info.hide()

        self.quote_edit = QPlainTextEdit()
        self.quote_edit.setAccessibleName(self.tr("Customer's words"))
        self.quote_edit.setPlaceholderText(self.tr("Paste what the customer wrote…"))
        self.quote_edit.setTabChangesFocus(True)
        self.quote_edit.setMinimumHeight(90)

        self.image_label = QLabel()
        self.image_label.setAccessibleName(self.tr("Screenshot"))
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.hide()

        self.note_edit = QLineEdit()
        self.note_edit.setAccessibleName(self.tr("Why it made my day"))
        self.note_edit.setPlaceholderText(self.tr("Why it made my day (optional)"))
        self.note_edit.setMaxLength(2000)

        self.tags_edit = QLineEdit()
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("Tags, separated by commas (optional)"))
        known = [tag for tag, _count in happy_store.happy_tags(controller.store)]
        self.completer = TagCompleter(known, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags_edit.setCompleter(self.completer)

        self.star_check = QCheckBox(self.tr("Star it as a favourite"))

        self.redact_check = QCheckBox(
            self.tr("Hide customer details (e-mail, phone, card and order numbers)")
        )
        self.redact_check.setChecked(controller.settings.redact_by_default)
        self.redact_summary = QLabel()
        self.redact_summary.setObjectName("redactSummary")
        self.redact_summary.setWordWrap(True)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("What will be saved"))
        self.preview.setMinimumHeight(80)
        self.preview_caption = QLabel(self.tr("What will be saved:"))

        self.error_label = QLabel()
        self.error_label.setObjectName("captureError")
        self.error_label.setWordWrap(True)
        error_text(self.error_label)  # a red that reads on light and dark
        self.error_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save"))
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAutoDefault(False)
        self.buttons.accepted.connect(self.on_save_clicked)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Why"), self.note_edit)
        form.addRow(self.tr("Tags"), self.tags_edit)
        form.addRow("", self.star_check)

        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(QLabel(self.tr("The customer's words")))
        layout.addWidget(self.quote_edit, 1)
        layout.addWidget(self.image_label, 1)
        layout.addLayout(form)
        layout.addWidget(self.redact_check)
        layout.addWidget(self.preview_caption)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.redact_summary)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(_PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)
        self.quote_edit.textChanged.connect(self.on_quote_changed)
        self.redact_check.toggled.connect(self.on_redact_toggled)
        self.note_edit.returnPressed.connect(self.on_save_clicked)
        save_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        save_shortcut.activated.connect(self.on_save_clicked)

        if image is not None and not image.isNull():
            self.set_image(image)
        self.set_text(text)
        # Set once the button sits in the dialog, so the dialog knows it as its default.
        self.save_button.setDefault(True)
        if self.quote_edit.toPlainText() or self.image_bytes is not None:
            self.note_edit.setFocus()
        else:
            self.quote_edit.setFocus()
        self.resize(620, 560)

    # --- filling ----------------------------------------------------------------------------

    @classmethod
    def from_clipboard(cls, controller: Controller, parent: QWidget | None = None) -> CaptureDialog:
        """A dialog holding whatever the clipboard has: text, or else an image."""
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        text = clipboard.text() if mime is not None and mime.hasText() else ""
        image = None
        if not text.strip() and mime is not None and mime.hasImage():
            image = clipboard.image()
        return cls(controller, parent, text=text, image=image)

    def set_text(self, text: str) -> None:
        """Put text in the quote box, capped so a huge clipboard cannot freeze the window."""
        if len(text) > MAX_QUOTE_CHARS:
            self.show_info(
                arg(
                    self.tr(
                        "The clipboard held %1 characters, more than a quote needs. "
                        "The first %2 are kept."
                    ),
                    f"{len(text):,}",
                    f"{MAX_QUOTE_CHARS:,}",
                )
            )
            text = text[:MAX_QUOTE_CHARS]
        self.quote_edit.setPlainText(text.strip())
        self.update_preview()

    def set_image(self, image: QImage) -> None:
        data, mime, scaled = image_to_bytes(image)
        self.image_bytes, self.image_mime = data, mime
        shown = QImage.fromData(data)
        pixmap = QPixmap.fromImage(shown).scaled(
            QSize(520, 300),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        self.image_label.setPixmap(pixmap)
        self.image_label.show()
        self.quote_edit.setPlaceholderText(self.tr("Type the words too, if you like (optional)"))
        self.quote_edit.setMinimumHeight(50)
        if scaled:
            self.show_info(
                arg(
                    self.tr(
                        "The screenshot was large, so it was scaled down to %1 pixels to keep it."
                    ),
                    MAX_IMAGE_SIDE,
                )
            )
        self.update_save_enabled()

    def show_info(self, text: str) -> None:
        self.info.setText(text)
        self.info.show()

    # --- reacting ---------------------------------------------------------------------------

    @Slot()
    def on_quote_changed(self) -> None:
        self.update_save_enabled()
        self._preview_timer.start()

    @Slot(bool)
    def on_redact_toggled(self, _checked: bool) -> None:
        self.update_preview()

    def update_save_enabled(self) -> None:
        has_text = bool(self.quote_edit.toPlainText().strip())
        self.save_button.setEnabled(has_text or self.image_bytes is not None)

    @Slot()
    def update_preview(self) -> None:
        self._preview_timer.stop()
        original = self.quote_edit.toPlainText()
        redacting = self.redact_check.isChecked()
        has_text = bool(original.strip())
        self.preview.setVisible(redacting and has_text)
        self.preview_caption.setVisible(redacting and has_text)
        self.redact_summary.setVisible(has_text)
        if not redacting:
            self._redaction = None
            self.redact_summary.setText(self.tr("The words will be saved exactly as they are."))
            self.update_save_enabled()
            return
        self._redaction = redact(
            original.strip(), extra_regions=self.controller.settings.redaction_regions
        )
        self.preview.setHtml(preview_html(original.strip(), self._redaction))
        if self._redaction.changed:
            counts: dict[str, int] = {}
            for span in self._redaction.spans:
                counts[span.kind] = counts.get(span.kind, 0) + 1
            parts = [kind_words(kind, count) for kind, count in counts.items()]
            between = QCoreApplication.translate(
                "CliHappy", ", ", "between the kinds of data hidden"
            )
            self.redact_summary.setText(arg(self.tr("Hidden: %1."), between.join(parts)))
        else:
            self.redact_summary.setText(self.tr("No customer details found to hide."))
        self.update_save_enabled()

    def quote_to_save(self) -> str:
        original = self.quote_edit.toPlainText().strip()
        if not self.redact_check.isChecked():
            return original
        if self._redaction is None or self._preview_timer.isActive():
            self.update_preview()
        assert self._redaction is not None
        return self._redaction.text

    @Slot()
    def on_save_clicked(self) -> None:
        if self._saved or not self.save_button.isEnabled():
            return
        try:
            entry = happy_service.add_happy(
                self.controller,
                self.quote_to_save(),
                note=self.note_edit.text(),
                tags=split_tags(self.tags_edit.text()),
                starred=self.star_check.isChecked(),
                image=self.image_bytes,
                image_mime=self.image_mime,
            )
        except CompanionError as error:
            self.error_label.setText(error.message)
            self.error_label.show()
            return
        self._saved = True
        log.info("happy file: saved entry %s", entry.id)
        self.saved.emit(entry)
        self.accept()
