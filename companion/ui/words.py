"""The window's words for a reply's verdict and the day's state against the target, translated
(the terminal words them in companion.cli).

Each comes in two forms, inside a sentence ("Verdict: needs care") and at the start of one
("Needs care — …"), as a language may write them differently.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.core.ratio import State
from companion.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Words"

_VERDICTS = {
    "ok": (QT_TRANSLATE_NOOP("Words", "ok"), QT_TRANSLATE_NOOP("Words", "OK")),
    "care": (
        QT_TRANSLATE_NOOP("Words", "needs care"),
        QT_TRANSLATE_NOOP("Words", "Needs care"),
    ),
    "hard": (
        QT_TRANSLATE_NOOP("Words", "hard reply"),
        QT_TRANSLATE_NOOP("Words", "Hard reply"),
    ),
}

_STATES = {
    State.ABOVE: (
        QT_TRANSLATE_NOOP("Words", "above target"),
        QT_TRANSLATE_NOOP("Words", "Above target"),
    ),
    State.AT: (QT_TRANSLATE_NOOP("Words", "at target"), QT_TRANSLATE_NOOP("Words", "At target")),
    State.BELOW: (
        QT_TRANSLATE_NOOP("Words", "below target"),
        QT_TRANSLATE_NOOP("Words", "Below target"),
    ),
}

_KINDS = {
    True: (QT_TRANSLATE_NOOP("Words", "positive"), QT_TRANSLATE_NOOP("Words", "Positive")),
    False: (QT_TRANSLATE_NOOP("Words", "negative"), QT_TRANSLATE_NOOP("Words", "Negative")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def verdict_words(verdict: str, *, start: bool = False) -> str:
    """A checker verdict ("ok", "care", "hard") in words; ``start`` for a sentence's start."""
    inside, at_start = _VERDICTS[verdict]
    return _tr(at_start if start else inside)


def state_words(state: State, *, start: bool = False) -> str:
    """Where the day's ratio stands against the target, in words."""
    inside, at_start = _STATES[state]
    return _tr(at_start if start else inside)


def kind_words(positive: bool, *, start: bool = False) -> str:
    """A logged conversation's kind: "positive" or "negative"."""
    inside, at_start = _KINDS[positive]
    return _tr(at_start if start else inside)


def ratio_number(value: float, decimals: int = 2) -> str:
    """The first number of a ratio or target as the interface's locale writes it: "3", "2.5"
    ("2,5" in Greek), with no trailing zeros."""
    from companion.ui.i18n import ui_locale

    locale = ui_locale()
    text = locale.toString(float(value), "f", decimals)
    point = locale.decimalPoint()
    if point in text:
        text = text.rstrip("0").removesuffix(point)
    return text


def format_ratio(positive: int, negative: int) -> str:
    """A ratio as people say it: "3.5 : 1", or "5 : 0" with no negative."""
    if negative == 0:
        return _tr("%1 : 0").replace("%1", ratio_number(positive, 0))
    return _tr("%1 : 1").replace("%1", ratio_number(positive / negative, 1))


def format_target(target: float) -> str:
    """A target ratio: "3 : 1"."""
    return _tr("%1 : 1").replace("%1", ratio_number(target))


def join_sentences(*sentences: str) -> str:
    """Whole sentences one after the other, as the interface language writes them: a space
    between them, none in Japanese (its 。 ends a sentence without one)."""
    from companion.ui.i18n import ui_language

    joiner = "" if ui_language() == "ja" else " "
    return joiner.join(s for s in sentences if s)
