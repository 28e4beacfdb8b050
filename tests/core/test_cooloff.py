"""The cool-off timer: time left, breathing phases, outcomes and surviving a restart."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from companion.core.cooloff import (
    BREATH_PATTERN,
    CoolOff,
    breath_at,
    check_minutes,
)
from companion.core.errors import InvalidInput

T0 = datetime(2026, 3, 3, 10, 0, tzinfo=UTC)


def test_counts_down_on_the_monotonic_clock() -> None:
    c = CoolOff.start(180, now=1000.0, now_utc=T0)
    assert c.remaining(1000.0) == 180
    assert c.remaining(1060.5) == pytest.approx(119.5)
    assert not c.done(1179.9)
    assert c.done(1180.0) and c.remaining(5000.0) == 0
    assert c.remaining(900.0) == 180  # a clock before the start never adds time
    assert c.fraction_done(1090.0) == pytest.approx(0.5)
    assert c.deadline_utc == T0 + timedelta(minutes=3)


def test_breathing_follows_in_hold_out() -> None:
    assert [p for p, _ in BREATH_PATTERN] == ["in", "hold", "out"]
    assert (breath_at(0).phase, breath_at(0).fraction) == ("in", 0.0)
    assert breath_at(2).phase == "in" and breath_at(2).fraction == pytest.approx(0.5)
    assert breath_at(5).phase == "hold" and breath_at(5).size == 1.0
    out = breath_at(11)
    assert out.phase == "out" and out.fraction == pytest.approx(0.5) and out.size == 0.5
    assert out.seconds_left == pytest.approx(3)
    assert breath_at(14).phase == "in"  # the next breath
    c = CoolOff.start(60, now=50.0, now_utc=T0)
    assert c.breath(59.0).phase == "out"


def test_outcomes_are_recorded_once() -> None:
    c = CoolOff.start(60, now=0.0, now_utc=T0)
    with pytest.raises(InvalidInput, match="still running"):
        c.finish(30.0, T0)
    taken = c.finish(60.0, T0 + timedelta(minutes=1))
    assert taken.outcome == "taken" and not taken.running
    sent = c.send_anyway(T0)
    assert sent.outcome == "sent-anyway" and sent.ended_utc == T0
    assert c.skip(T0).outcome == "skipped"
    with pytest.raises(InvalidInput, match="already ended"):
        sent.skip(T0)


def test_bad_lengths_are_refused() -> None:
    for bad in (0, -5, float("nan"), float("inf")):
        with pytest.raises(InvalidInput):
            CoolOff.start(bad, now=0.0, now_utc=T0)
    assert check_minutes(3) == 3
    for minutes in (0, 16):
        with pytest.raises(InvalidInput, match="1 to 15 minutes"):
            check_minutes(minutes)


def test_round_trips_through_a_plain_dict() -> None:
    c = CoolOff.start(120, now=42.0, now_utc=T0).send_anyway(T0 + timedelta(seconds=5))
    assert CoolOff.from_dict(c.to_dict()) == c


def test_restart_resumes_from_the_wall_clock_deadline() -> None:
    saved = CoolOff.start(180, now=5000.0, now_utc=T0).to_dict()
    # the machine rebooted: the new monotonic clock starts near zero
    later = CoolOff.restore(saved, now=12.0, now_utc=T0 + timedelta(seconds=100))
    assert later.remaining(12.0) == pytest.approx(80)
    assert later.remaining(92.0) == 0
    assert later.deadline_utc == T0 + timedelta(minutes=3)


def test_restore_never_makes_it_longer_or_ends_it_early() -> None:
    saved = CoolOff.start(180, now=5000.0, now_utc=T0).to_dict()
    clock_set_back = CoolOff.restore(saved, now=1.0, now_utc=T0 - timedelta(hours=2))
    assert clock_set_back.remaining(1.0) == 180
    long_gone = CoolOff.restore(saved, now=1.0, now_utc=T0 + timedelta(hours=2))
    assert long_gone.done(1.0)
    same_moment = CoolOff.restore(saved, now=7.0, now_utc=T0)
    assert same_moment.remaining(7.0) == 180


@pytest.mark.parametrize(
    "broken",
    [
        {},
        {"duration_s": "x", "started_mono": 0, "started_utc": "t", "deadline_utc": "t"},
        {
            "duration_s": 60,
            "started_mono": 0,
            "started_utc": T0.isoformat(),
            "deadline_utc": T0.isoformat(),
            "outcome": "exploded",
        },
        {
            "duration_s": -1,
            "started_mono": 0,
            "started_utc": T0.isoformat(),
            "deadline_utc": T0.isoformat(),
        },
    ],
)
def test_a_damaged_saved_state_is_a_clear_error(broken: dict[str, object]) -> None:
    with pytest.raises(InvalidInput, match="saved cool-off"):
        CoolOff.from_dict(broken)
