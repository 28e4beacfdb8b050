"""Words the window and the terminal both show, in English, marked for the translation
catalogue (resources/i18n): each side translates them with its own reader, under the context
given here.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue under ``context`` (pyside6-lupdate reads calls by this
    name); whoever shows it translates it."""
    return text


#: The context the checker's category titles are translated under.
CATEGORY_CONTEXT = "CheckCategory"

#: Each checker category's title, in English.
CATEGORY_TITLES = {
    "refusal": QT_TRANSLATE_NOOP("CheckCategory", "Flat no"),
    "blame": QT_TRANSLATE_NOOP("CheckCategory", "Blame"),
    "cant-without-can": QT_TRANSLATE_NOOP("CheckCategory", "Can't without can"),
    "absolute": QT_TRANSLATE_NOOP("CheckCategory", "Absolute"),
    "policy-without-why": QT_TRANSLATE_NOOP("CheckCategory", "Policy without the why"),
    "jargon": QT_TRANSLATE_NOOP("CheckCategory", "Jargon"),
    "too-long": QT_TRANSLATE_NOOP("CheckCategory", "Too long"),
    "shouting": QT_TRANSLATE_NOOP("CheckCategory", "Shouting"),
    "dismissive": QT_TRANSLATE_NOOP("CheckCategory", "Dismissive"),
    "insult": QT_TRANSLATE_NOOP("CheckCategory", "Insult"),
    "no-empathy": QT_TRANSLATE_NOOP("CheckCategory", "No empathy"),
    "no-next-step": QT_TRANSLATE_NOOP("CheckCategory", "No next step"),
}
