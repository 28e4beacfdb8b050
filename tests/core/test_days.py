import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from companion.core import days

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def local(tz, *args):
    return dt.datetime(*args, tzinfo=tz)


@pytest.mark.parametrize(
    ("when", "expected"),
    [
        ((2026, 6, 10, 3, 59), dt.date(2026, 6, 9)),  # before the day starts: yesterday
        ((2026, 6, 10, 4, 0), dt.date(2026, 6, 10)),  # exactly the start: today
        ((2026, 6, 10, 23, 30), dt.date(2026, 6, 10)),
        ((2026, 6, 11, 2, 0), dt.date(2026, 6, 10)),  # night shift: still the 10th
    ],
)
def test_day_of_respects_the_day_start_hour(when, expected):
    assert days.day_of(local(BERLIN, *when), 4, BERLIN) == expected


def test_day_start_hour_zero_is_the_calendar_day():
    assert days.day_of(local(BERLIN, 2026, 6, 10, 0, 1), 0, BERLIN) == dt.date(2026, 6, 10)


def test_spring_forward_day_is_23_hours_and_bounds_meet():
    # Europe/Berlin springs forward on 2026-03-29 at 02:00 → 03:00.
    start, end = days.day_bounds(dt.date(2026, 3, 28), 4, BERLIN)
    assert end - start == dt.timedelta(hours=23)
    next_start, _ = days.day_bounds(dt.date(2026, 3, 29), 4, BERLIN)
    assert next_start == end
    assert start == dt.datetime(2026, 3, 28, 3, 0, tzinfo=dt.UTC)  # 04:00 CET
    assert end == dt.datetime(2026, 3, 29, 2, 0, tzinfo=dt.UTC)  # 04:00 CEST


def test_fall_back_day_is_25_hours():
    # New York falls back on 2026-11-01 at 02:00, inside the day that began 04:00 on 31 Oct.
    start, end = days.day_bounds(dt.date(2026, 10, 31), 4, NEW_YORK)
    assert end - start == dt.timedelta(hours=25)
    start, end = days.day_bounds(dt.date(2026, 10, 31), 4, BERLIN)  # Berlin falls back 25 Oct
    assert end - start == dt.timedelta(hours=24)
    start, end = days.day_bounds(dt.date(2026, 10, 24), 4, BERLIN)
    assert end - start == dt.timedelta(hours=25)


def test_an_instant_just_before_the_shifted_boundary_belongs_to_the_previous_day():
    start, _ = days.day_bounds(dt.date(2026, 3, 29), 4, BERLIN)
    assert days.day_of(start - dt.timedelta(seconds=1), 4, BERLIN) == dt.date(2026, 3, 28)
    assert days.day_of(start, 4, BERLIN) == dt.date(2026, 3, 29)


def test_utc_text_round_trips_and_sorts():
    a = dt.datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=dt.UTC)
    b = a + dt.timedelta(microseconds=1)
    assert days.parse_utc_iso(days.utc_iso(a)) == a
    assert days.utc_iso(a) < days.utc_iso(b)
    with pytest.raises(ValueError):
        days.utc_iso(dt.datetime(2026, 1, 1))


def test_bad_hour_is_refused():
    with pytest.raises(ValueError):
        days.day_of(dt.datetime.now(dt.UTC), 24)


def test_last_days_are_oldest_first():
    assert days.last_days(dt.date(2026, 1, 3), 3) == [
        dt.date(2026, 1, 1),
        dt.date(2026, 1, 2),
        dt.date(2026, 1, 3),
    ]
