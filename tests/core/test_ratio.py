import datetime as dt

import pytest

from companion.core.ratio import (
    DayRatio,
    State,
    complaint_trends,
    format_ratio,
    normalise_topic,
    positives_needed,
    state_of,
    streak,
)

DAY = dt.date(2026, 3, 2)


def test_no_logs_is_at_target_with_nothing_needed():
    day = DayRatio(DAY, 0, 0, 3.0)
    assert day.ratio is None
    assert day.needed == 0
    assert day.state is State.AT


def test_zero_negatives_has_no_ratio_and_is_above_target():
    day = DayRatio(DAY, 4, 0, 3.0)
    assert day.ratio is None
    assert day.needed == 0
    assert day.state is State.ABOVE
    assert format_ratio(4, 0) == "4 : 0"


@pytest.mark.parametrize(
    ("positive", "negative", "target", "needed"),
    [
        (0, 1, 3.0, 3),
        (2, 1, 3.0, 1),
        (3, 1, 3.0, 0),
        (5, 2, 3.0, 1),
        (7, 3, 2.5, 1),  # 7.5 → 8
        (10, 2, 3.0, 0),
        (1, 4, 0.5, 1),
    ],
)
def test_positives_needed_reach_the_target(positive, negative, target, needed):
    assert positives_needed(positive, negative, target) == needed
    after = positive + needed
    assert after / negative >= target - 1e-9
    if needed:
        assert (after - 1) / negative < target


def test_exactly_the_target_is_at_target():
    assert state_of(3, 1, 3.0) is State.AT
    assert state_of(6, 2, 3.0) is State.AT
    assert state_of(7, 2, 3.5) is State.AT
    assert state_of(2, 1, 3.0) is State.BELOW
    assert state_of(4, 1, 3.0) is State.ABOVE


def test_json_contract_is_exact():
    data = DayRatio(DAY, 5, 2, 3.0).as_json()
    assert data == {
        "day": "2026-03-02",
        "positive": 5,
        "negative": 2,
        "ratio": 2.5,
        "target": 3.0,
        "needed": 1,
        "state": "below",
    }
    assert DayRatio(DAY, 1, 0, 3.0).as_json()["ratio"] is None


def test_streak_counts_back_skipping_empty_days_and_an_unfinished_today():
    target = 3.0
    days = [
        DayRatio(DAY, 1, 1, target),  # below: breaks
        DayRatio(DAY, 6, 1, target),
        DayRatio(DAY, 0, 0, target),  # day off
        DayRatio(DAY, 3, 1, target),
        DayRatio(DAY, 1, 2, target),  # today, below so far
    ]
    assert streak(days) == 2
    days[-1] = DayRatio(DAY, 9, 1, target)
    assert streak(days) == 3
    assert streak(days[:1]) == 0


def test_complaint_trends_sort_by_this_week_then_rise():
    trends = complaint_trends(
        [("billing", 4), ("login", 4), ("refund", 1)], [("login", 1), ("shipping", 3)]
    )
    assert [t.topic for t in trends] == ["billing", "login", "refund", "shipping"]
    assert (trends[0].change, trends[1].change) == (4, 3)
    assert trends[-1].this_week == 0 and trends[-1].change == -3


def test_topics_are_trimmed_and_case_folded():
    assert normalise_topic("  Late   Delivery ") == "late delivery"
    assert normalise_topic("   ") is None
    assert normalise_topic(None) is None
