"""Errors in the user's language: core, store and services say what went wrong in English (the
log and the JSON keep those words); the command line translates the ones people meet at its edge.

Each known message is matched as a whole by a pattern whose groups are the parts that vary (a
file name, a number); the translation receives them as %1, %2… A message no pattern knows is
shown as it is, in English, rather than half translated.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

from companion.cli import i18n
from companion.cli.i18n import Text, Texts
from companion.core.errors import CompanionError

CliErrors = Texts("CliErrors")

Translation = Callable[[], Text]

# (pattern of the English message, its translation); the translations are functions so that
# each is made in the language active when the error is shown.
_KNOWN: list[tuple[str, Translation]] = [
    (r"There is no file (.+)\.", lambda: CliErrors.tr("There is no file %1.")),
    (r"(.+) is a folder, not a file\.", lambda: CliErrors.tr("%1 is a folder, not a file.")),
    (r"Cannot read (.+): (.+)\.", lambda: CliErrors.tr("Cannot read %1: %2.")),
    (r"(.+) is not UTF-8 text\.", lambda: CliErrors.tr("%1 is not UTF-8 text.")),
    (
        r"(.+) is not text \(it holds binary data\)\.",
        lambda: CliErrors.tr("%1 is not text (it holds binary data)."),
    ),
    (
        r"(.+) is too large: Companion reads at most (.+)\.",
        lambda: CliErrors.tr("%1 is too large: Companion reads at most %2."),
    ),
    (
        r"(.+) is Companion's own database, not a text file\.",
        lambda: CliErrors.tr("%1 is Companion's own database, not a text file."),
    ),
    (r"Could not write (.+): (.+)", lambda: CliErrors.tr("Could not write %1: %2")),
    (
        r"There is no standard input to read\.",
        lambda: CliErrors.tr("There is no standard input to read."),
    ),
    (
        r"The note is too long \((\d+) characters; at most (\d+)\)\.",
        lambda: CliErrors.tr("The note is too long (%1 characters; at most %2)."),
    ),
    (
        r"The topic is too long \(at most (\d+) characters\)\.",
        lambda: CliErrors.tr("The topic is too long (at most %1 characters)."),
    ),
    (
        r"The quote is too long \(at most ([\d,]+) characters\)\.",
        lambda: CliErrors.tr("The quote is too long (at most %1 characters)."),
    ),
    (
        r"The note is too long \(at most ([\d,]+) characters\)\.",
        lambda: CliErrors.tr("The note is too long (at most %1 characters)."),
    ),
    (
        r"(.+) is too long \(([\d,]+) characters; at most ([\d,]+)\)\.",
        lambda: CliErrors.tr("%1 is too long (%2 characters; at most %3)."),
    ),
    (
        r"There is nothing to save: the quote is empty and there is no image\.",
        lambda: CliErrors.tr("There is nothing to save: the quote is empty and there is no image."),
    ),
    (
        r"There is no backup in (.+) to restore\.",
        lambda: CliErrors.tr("There is no backup in %1 to restore."),
    ),
    (
        r"There is no good backup in (.+) to restore\.",
        lambda: CliErrors.tr("There is no good backup in %1 to restore."),
    ),
    (r"There is no backup (.+)\.", lambda: CliErrors.tr("There is no backup %1.")),
    (
        r"The backup (.+) is damaged \((.+)\); nothing was changed\.",
        lambda: CliErrors.tr("The backup %1 is damaged (%2); nothing was changed."),
    ),
    (
        r"The range ends \((.+)\) before it starts \((.+)\)\.",
        lambda: CliErrors.tr("The range ends (%1) before it starts (%2)."),
    ),
    (
        r"Export at most ten years at a time\.",
        lambda: CliErrors.tr("Export at most ten years at a time."),
    ),
]


@functools.cache
def _compiled() -> list[tuple[re.Pattern[str], Translation]]:
    """The patterns, compiled when an error is first shown in another language than English."""
    return [(re.compile(pattern, re.DOTALL), text) for pattern, text in _KNOWN]


def error_text(error: CompanionError) -> str:
    """``error``'s message in the active language when it is one the command line knows."""
    message = error.message
    if i18n.language() == i18n.ENGLISH:
        return message
    from companion.core import checker
    from companion.core.language import native_name

    if isinstance(error, checker.NoRules):
        return CliErrors.tr("Not checked: there are no checking rules for %1 yet.").arg(
            native_name(error.language)
        )
    if isinstance(error, checker.AnalyserUnavailable) and error.packages:
        return CliErrors.tr(
            "Not checked: %1 needs its word analyser, which is not installed. Add it with "
            "“pip install %2” in Companion's environment, or run scripts/start.sh again."
        ).arg(native_name(error.language), error.packages)
    for pattern, text in _compiled():
        found = pattern.fullmatch(message)
        if found is not None:
            return text().arg(*found.groups())
    return message
