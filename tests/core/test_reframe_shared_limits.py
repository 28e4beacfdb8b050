"""A limit everyone shares said as the healthy view, a loss denied ("never lets me down") and
something good that lasted ("on time all week") are not distortions; the same words said of
oneself as a verdict still are."""

from __future__ import annotations

import pytest

from companion.core.reframe import detect

HEALTHY = [
    "Few people are great at everything in their first year.",
    "No one is perfect all the time.",
    "You can't please all of the callers all the time.",
    "My team lead never loses faith in me.",
    "I never lose my temper with a caller.",
    "She never lets us down on a busy shift.",
    "I was on time all week.",
    "I felt calm all day, even with the angry callers.",
    "I can't fix everything for every caller, but I fixed this one.",
    "I don't have control over everything that happens on a shift.",
]

STILL_MARKED = [
    "I can't do anything right on the phones.",
    "Nobody is ever going to trust me with the big accounts.",
    "I can't please anyone on this team.",
    "I mess up everything I touch.",
    "Now my whole training is completely ruined!",
    "I sent the wrong file, and my manager will lose all faith in me.",
    "The team will never trust me again after today.",
    "I've been messing up all day.",
    "What if I can't make rent this month?",
]


@pytest.mark.parametrize("thought", HEALTHY)
def test_a_shared_limit_is_left_alone(thought: str) -> None:
    assert detect(thought, "en").markings == ()


@pytest.mark.parametrize("thought", STILL_MARKED)
def test_a_verdict_on_oneself_is_still_marked(thought: str) -> None:
    assert detect(thought, "en").markings
