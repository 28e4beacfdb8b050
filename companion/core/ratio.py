"""The positive:negative ratio against a target (P1.1).

The target is a user setting (default 3.0) and never presented as science: Losada's maths behind
the "3:1 positivity ratio" was retracted in 2013; what matters is noticing when the day slides.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum

DEFAULT_TARGET = 3.0
MIN_TARGET = 0.5
MAX_TARGET = 20.0


class State(StrEnum):
    BELOW = "below"
    AT = "at"
    ABOVE = "above"


@dataclass(frozen=True, slots=True)
class DayRatio:
    """One day's counts and where they stand against the target."""

    day: dt.date
    positive: int
    negative: int
    target: float

    @property
    def ratio(self) -> float | None:
        """positives per negative; None when there is no negative (the ratio is unbounded)."""
        if self.negative == 0:
            return None
        return self.positive / self.negative

    @property
    def needed(self) -> int:
        """Further positives that bring the day to the target."""
        return positives_needed(self.positive, self.negative, self.target)

    @property
    def state(self) -> State:
        return state_of(self.positive, self.negative, self.target)

    @property
    def total(self) -> int:
        return self.positive + self.negative

    def as_json(self) -> dict[str, object]:
        ratio = self.ratio
        return {
            "day": self.day.isoformat(),
            "positive": self.positive,
            "negative": self.negative,
            "ratio": None if ratio is None else round(ratio, 4),
            "target": float(self.target),
            "needed": self.needed,
            "state": self.state.value,
        }


# Ratios are compared with a little slack so that 3 positives / 1 negative is "at" 3.0 even when
# the target was typed as 3.0000000001 or arrived through float arithmetic.
_EPSILON = 1e-9


def positives_needed(positive: int, negative: int, target: float) -> int:
    """The smallest number of further positives with (positive + n) / negative >= target."""
    if negative == 0:
        return 0
    want = math.ceil(target * negative - _EPSILON)
    return max(0, want - positive)


def state_of(positive: int, negative: int, target: float) -> State:
    """Below, at or above the target; a day with no negative is "at" until it has a positive."""
    if negative == 0:
        return State.ABOVE if positive > 0 else State.AT
    ratio = positive / negative
    if abs(ratio - target) <= _EPSILON * max(1.0, target):
        return State.AT
    return State.ABOVE if ratio > target else State.BELOW


def format_ratio(positive: int, negative: int) -> str:
    """A ratio as people say it: "3.5 : 1", or "5 : 0" with no negative."""
    if negative == 0:
        return f"{positive} : 0"
    return f"{ratio_number(positive / negative, 1)} : 1"


def format_target(target: float) -> str:
    return f"{ratio_number(target)} : 1"


def ratio_number(value: float, decimals: int = 2) -> str:
    """The first number of a ratio or target as people write it: "3", "2.5", "3.25" (a day's
    ratio is shown with one decimal, a target with up to two)."""
    return f"{value:.{decimals}f}".rstrip("0").rstrip(".")


def streak(days: Sequence[DayRatio], *, include_today: bool = True) -> int:
    """Consecutive days at or above target, counted back from the newest.

    Days without any log neither break nor extend a streak (a day off is not a bad day). Today,
    still in progress, extends the streak when it is at target and is skipped when it is not.
    """
    count = 0
    for index, day in enumerate(reversed(days)):
        if day.total == 0:
            continue
        if day.state is State.BELOW:
            if index == 0 and include_today:
                continue  # today is not over yet
            break
        count += 1
    return count


@dataclass(frozen=True, slots=True)
class TopicTrend:
    """How often a topic came up in negative logs this week against last week (P5.5)."""

    topic: str
    this_week: int
    last_week: int

    @property
    def change(self) -> int:
        return self.this_week - self.last_week


def complaint_trends(
    this_week: Iterable[tuple[str, int]], last_week: Iterable[tuple[str, int]], limit: int = 10
) -> list[TopicTrend]:
    """Merge two weeks of topic counts, most frequent this week first, then rising ones."""
    current = dict(this_week)
    previous = dict(last_week)
    topics = set(current) | set(previous)
    trends = [TopicTrend(t, current.get(t, 0), previous.get(t, 0)) for t in topics]
    trends.sort(key=lambda t: (-t.this_week, -t.change, t.topic.casefold()))
    return trends[:limit]


def normalise_topic(topic: str | None) -> str | None:
    """Topics are compared case-insensitively and trimmed; an empty topic is no topic."""
    if topic is None:
        return None
    cleaned = " ".join(topic.split())
    return cleaned.lower() if cleaned else None
