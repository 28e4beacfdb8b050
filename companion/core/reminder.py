"""When the end-of-shift reflection reminder is next due (P1.6).

Kept apart from :mod:`companion.core.reflection` so the app can schedule the reminder at start
without loading the reflection's summaries and exports.
"""

from __future__ import annotations

import datetime as dt


def reminder_at(day: dt.date, shift_end: dt.time, day_start_hour: int) -> dt.datetime:
    """Local wall-clock time of a day's reminder.

    A shift end earlier than the day start hour (a night shift) falls on the next calendar date.
    """
    at = dt.datetime.combine(day, shift_end)
    if shift_end.hour < day_start_hour:
        at += dt.timedelta(days=1)
    return at


def local_day(now: dt.datetime, day_start_hour: int) -> dt.date:
    """The Companion day of a local wall-clock time (naive)."""
    return (now - dt.timedelta(hours=day_start_hour)).date()


def next_reminder(
    now: dt.datetime,
    shift_end: dt.time,
    day_start_hour: int,
    *,
    snoozed_until: dt.datetime | None = None,
    not_today: dt.date | None = None,
    done_day: dt.date | None = None,
) -> dt.datetime:
    """When the reflection reminder is next due, in local wall-clock time (naive datetimes).

    ``not_today`` is a day the agent declined; ``done_day`` a day already reflected on or already
    reminded. A reminder missed while the app was closed is due now. A snooze wins (even over
    ``done_day``, which the first reminder sets) unless the agent has since said "not today".
    """
    today = local_day(now, day_start_hour)
    # A snooze that ran out meanwhile is due now, but not one left over from yesterday.
    if (
        snoozed_until is not None
        and not_today != today
        and (snoozed_until > now or local_day(snoozed_until, day_start_hour) == today)
    ):
        return max(snoozed_until, now)
    day = today
    while True:
        if day not in (not_today, done_day):
            due = reminder_at(day, shift_end, day_start_hour)
            if day == today and due <= now:
                return now
            if due > now:
                return due
        day += dt.timedelta(days=1)
