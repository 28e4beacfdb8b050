"""Days and the clock: DST days count the same on every screen; undo follows the order of logs,
not a clock that was moved."""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

import pytest

from companion.core import days
from companion.store import ratio as ratio_store

ATHENS = ZoneInfo("Europe/Athens")


@pytest.fixture
def athens(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Athens")
    time.tzset()
    yield ATHENS
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    "local",
    [
        dt.datetime(2026, 3, 29, 2, 30),  # spring: 03:00 does not exist on this day
        dt.datetime(2026, 3, 29, 4, 30),
        dt.datetime(2026, 10, 25, 2, 30),  # autumn: 03:00–03:59 happens twice
        dt.datetime(2026, 10, 25, 3, 30),
        dt.datetime(2026, 10, 25, 4, 30),
    ],
)
def test_a_dst_day_counts_the_same_on_today_and_in_history(store, athens, local):
    instant = local.replace(tzinfo=athens).astimezone(dt.UTC)
    ratio_store.log_interaction(store, True, instant)
    day = days.day_of(instant, 3)
    today = ratio_store.day_ratio(store, day, 3.0, 3)
    history = ratio_store.history(store, day + dt.timedelta(days=1), 3, 3.0, 3)
    by_day = {d.day: d.positive for d in history}
    assert today.positive == 1
    assert by_day[day] == 1
    assert sum(by_day.values()) == 1


def test_day_bounds_follow_day_of_across_the_spring_gap(athens):
    for day_start_hour in range(24):
        for offset in range(-2, 3):
            day = dt.date(2026, 3, 29) + dt.timedelta(days=offset)
            start, end = days.day_bounds(day, day_start_hour)
            assert days.day_of(start, day_start_hour) == day
            assert days.day_of(start - dt.timedelta(microseconds=1), day_start_hour) < day
            assert days.day_of(end, day_start_hour) > day


def test_undo_removes_the_last_log_even_after_the_clock_went_back(store, clock):
    first = ratio_store.log_interaction(store, True, clock())
    clock.advance(hours=-1)  # the clock was put back an hour
    second = ratio_store.log_interaction(store, False, clock())
    since = clock() - dt.timedelta(hours=6)
    removed = ratio_store.undo_last(store, since)
    assert removed is not None and removed.id == second.id
    assert ratio_store.get_interaction(store, first.id) is not None
