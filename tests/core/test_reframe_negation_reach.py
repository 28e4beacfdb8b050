"""How far a negation reaches back: the "not" of a condition does not cancel the verdict that
follows it ("if I'm not performing then I am a failure"), while a negation of the cue itself
still does; "then again" means "on the other hand", not a repeat."""

from __future__ import annotations

import pytest

from companion.core.reframe import detect

MARKED = [
    ("If I'm not performing then I am a failure.", "I am a failure"),
    ("If I don't close this ticket then I'm useless.", "I'm useless"),
    ("When I can't answer then I am an idiot.", "I am an idiot"),
]

UNMARKED = [
    "I am not a failure.",
    "I'm not always late.",
    "It's not like I'm useless.",
    "I'm not so sure I'm useless.",
    "I was late once, then again I was early on Friday.",
    "Then again, maybe the system was slow.",
]


@pytest.mark.parametrize(("thought", "words"), MARKED)
def test_the_conditions_not_does_not_reach_the_verdict(thought: str, words: str) -> None:
    assert words in [m.text for m in detect(thought, "en").markings]


@pytest.mark.parametrize("thought", UNMARKED)
def test_a_negated_cue_and_then_again_stay_unmarked(thought: str) -> None:
    assert detect(thought, "en").markings == ()
