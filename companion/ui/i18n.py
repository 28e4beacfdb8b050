"""The texts' plural forms. The code's texts are English with ``%n`` for a count
(``tr("%n entry(s)", "", n)``); English's own forms ("1 entry", "2 entries") come from
resources/i18n/companion_en.ts like any other language's, so a translation gives each language
its forms instead of the code choosing between two English words."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QTranslator

from companion.core import resources

log = logging.getLogger(__name__)

ENGLISH = "companion-en"


def install_translations(app: QCoreApplication) -> None:
    """Load the English plural forms into ``app`` (once; a second call does nothing)."""
    if app.findChild(QTranslator, ENGLISH) is not None:
        return
    translator = QTranslator(app)
    translator.setObjectName(ENGLISH)
    if translator.load("companion_en", str(resources.resource("i18n"))):
        app.installTranslator(translator)
    else:
        log.warning("could not load the English plural forms from resources/i18n")
