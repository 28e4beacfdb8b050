"""Shift-aware days.

A Companion "day" is the local wall-clock date of (local time − ``day_start_hour`` hours), so with
the default 04:00 a night shift from 22:00 to 03:00 counts as one day. Instants are stored in UTC;
the bounds of a day are computed in local time and converted back, which keeps them right across
DST changes (a day may then last 23 or 25 hours).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

UTC = dt.UTC


def utc_now() -> dt.datetime:
    """The wall clock, as the default for the clocks that callers inject."""
    return dt.datetime.now(UTC)


def utc_iso(instant: dt.datetime) -> str:
    """The one text form of an instant in the database: ISO 8601 UTC with microseconds and Z."""
    if instant.tzinfo is None:
        raise ValueError("naive datetimes are ambiguous; pass an aware one")
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_utc_iso(text: str) -> dt.datetime:
    """Inverse of :func:`utc_iso` (also accepts ``+00:00``)."""
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def local_zone(tz: dt.tzinfo | None = None) -> dt.tzinfo:
    """The zone days are counted in: the one given, else the system's."""
    if tz is not None:
        return tz
    zone = dt.datetime.now().astimezone().tzinfo
    assert zone is not None
    return zone


def day_of(instant: dt.datetime, day_start_hour: int, tz: dt.tzinfo | None = None) -> dt.date:
    """The Companion day an instant belongs to."""
    _check_hour(day_start_hour)
    local = instant.astimezone(tz) if tz is not None else instant.astimezone()
    # Wall-clock arithmetic on purpose: 03:30 local is "yesterday" whatever the UTC offset did.
    return (local.replace(tzinfo=None) - dt.timedelta(hours=day_start_hour)).date()


def day_start(day: dt.date, day_start_hour: int, tz: dt.tzinfo | None = None) -> dt.datetime:
    """The UTC instant at which ``day`` begins: the first instant :func:`day_of` puts in it.

    On a DST day the wall-clock start may not exist (spring: the clock jumps over it) or happen
    twice (autumn); the day then starts when the clock jumps, or at the first of the two.
    """
    _check_hour(day_start_hour)
    naive = dt.datetime.combine(day, dt.time(hour=day_start_hour))
    # Without a zone, the C library resolves the wall-clock time in the system zone (DST-aware).
    local = naive.astimezone() if tz is None else naive.replace(tzinfo=tz)
    start = local.astimezone(UTC)
    if _starts(start, day, day_start_hour, tz):
        return start
    # A gap or a repeated hour: search the hours around it for the first instant of the day.
    low, high = start - _SEARCH, start + _SEARCH
    while high - low > _PRECISION:
        middle = low + (high - low) / 2
        if day_of(middle, day_start_hour, tz) >= day:
            high = middle
        else:
            low = middle
    return high


_SEARCH = dt.timedelta(hours=3)
_PRECISION = dt.timedelta(microseconds=1)


def _starts(instant: dt.datetime, day: dt.date, day_start_hour: int, tz: dt.tzinfo | None) -> bool:
    before = instant - _PRECISION
    return day_of(instant, day_start_hour, tz) == day and day_of(before, day_start_hour, tz) < day


def day_bounds(
    day: dt.date, day_start_hour: int, tz: dt.tzinfo | None = None
) -> tuple[dt.datetime, dt.datetime]:
    """``[start, end)`` of a day in UTC."""
    return day_start(day, day_start_hour, tz), day_start(
        day + dt.timedelta(days=1), day_start_hour, tz
    )


def last_days(today: dt.date, count: int) -> list[dt.date]:
    """The ``count`` days ending with ``today``, oldest first."""
    return [today - dt.timedelta(days=offset) for offset in range(count - 1, -1, -1)]


def week_start(day: dt.date) -> dt.date:
    """Monday of the week holding ``day``."""
    return day - dt.timedelta(days=day.weekday())


def iter_days(first: dt.date, last: dt.date) -> Iterator[dt.date]:
    day = first
    while day <= last:
        yield day
        day += dt.timedelta(days=1)


def _check_hour(hour: int) -> None:
    if not 0 <= hour <= 23:
        raise ValueError(f"day start hour must be 0–23, not {hour}")
