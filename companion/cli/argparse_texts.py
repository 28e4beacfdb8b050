"""argparse's own words ("usage:", "options:", its error messages) in the user's language.

argparse asks ``gettext`` for each of them; here they come from our catalogue instead, under
the context "argparse", so the help and a usage error are in one language. The messages keep
argparse's own placeholders (%(prog)s, %s), which a translation keeps too.
"""

from __future__ import annotations

from companion.cli.i18n import Texts
from companion.core.wording import QT_TRANSLATE_NOOP

#: The messages argparse shows a user (its programming errors are left out).
TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
)

argparse = Texts("argparse")


def _gettext(message: str) -> str:
    return str(argparse.tr(message)) if message in TEXTS else message


def version_help() -> str:
    """The --version option's help (Python 3.11's argparse writes it without gettext)."""
    return _gettext("show program's version number and exit")


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


def install() -> None:
    """Route argparse's words through the catalogue (argparse looks its gettext up by these
    module names each time it words something)."""
    import argparse as module

    module._ = _gettext  # type: ignore[attr-defined]
    module.ngettext = _ngettext  # type: ignore[attr-defined]
