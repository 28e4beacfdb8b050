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


# A fault or a setback followed, anywhere in the thought, by what one will do about it; giving
# up is not a plan
PLANNED = [
    ("ko", "세탁소에 맡길 걸 깜빡한 건 내 잘못이야. 내일 아침에 가져다주고 사장님께 말씀드려야지."),
    ("ko", "면접에서 또 말이 꼬였다. 다음 주에 스터디 모임에서 연습해 보자."),
    ("ja", "私のせいで発注が一日遅れた。次からは前日に在庫を確かめておこう。"),
    (
        "el",
        "Φταίω εγώ που ξέχασα την κράτηση. Θα της ζητήσω συγγνώμη και θα κλείσουμε για Σάββατο.",
    ),
]
GIVING_UP = [
    ("ko", "또 떨어졌다. 그냥 포기하자."),
    ("ko", "이번에도 내 잘못이다. 그만두자."),
    ("ko", "또 실수했다. 죽어야지."),
    ("ja", "私のせいで会議が遅れた。次からはもうやめよう。"),
    ("el", "Φταίω εγώ. Δεν θα αλλάξει τίποτα."),
]


@pytest.mark.parametrize(("lang", "thought"), PLANNED)
def test_a_fault_or_setback_with_a_plan_in_the_next_sentence_is_healthy(
    lang: str, thought: str
) -> None:
    assert [m.text for m in detect(thought, lang).markings if m.about_self] == [], thought


@pytest.mark.parametrize(("lang", "thought"), GIVING_UP)
def test_giving_up_is_no_plan(lang: str, thought: str) -> None:
    assert [m.text for m in detect(thought, lang).markings if m.about_self], thought
