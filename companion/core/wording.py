"""What a reply's verdict and the day's state against the target are called: written once, for
the terminal and the window alike.

English for now; this is the one place a translation will hook in. Each word comes in two
forms: inside a sentence ("Verdict: needs care") and at the start of one ("Needs care — …").
"""

from __future__ import annotations

from companion.core.ratio import State

_VERDICTS = {
    "ok": ("ok", "OK"),
    "care": ("needs care", "Needs care"),
    "hard": ("hard reply", "Hard reply"),
}

_STATES = {
    State.ABOVE: ("above target", "Above target"),
    State.AT: ("at target", "At target"),
    State.BELOW: ("below target", "Below target"),
}


def verdict_words(verdict: str, *, start: bool = False) -> str:
    """A checker verdict ("ok", "care", "hard") in words; ``start`` for a sentence's start."""
    inside, at_start = _VERDICTS[verdict]
    return at_start if start else inside


def state_words(state: State, *, start: bool = False) -> str:
    """Where the day's ratio stands against the target, in words."""
    inside, at_start = _STATES[state]
    return at_start if start else inside
