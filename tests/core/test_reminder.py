"""The reflection reminder's schedule: shift end, snooze, "not today", night shifts."""

from __future__ import annotations

import datetime as dt

from companion.core.reminder import local_day, next_reminder, reminder_at

MONDAY = dt.date(2026, 11, 23)


def day(offset: int) -> dt.date:
    return MONDAY + dt.timedelta(days=offset)


FIVE_PM = dt.time(17, 0)


def at(offset: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day(offset), dt.time(hour, minute))


def test_reminder_is_due_at_shift_end_today() -> None:
    assert next_reminder(at(0, 9), FIVE_PM, 4) == at(0, 17)


def test_reminder_missed_while_closed_is_due_now() -> None:
    assert next_reminder(at(0, 19, 30), FIVE_PM, 4) == at(0, 19, 30)


def test_reminder_after_midnight_still_belongs_to_yesterday() -> None:
    # 02:00 with a 04:00 day start is still Monday's day: the missed reminder is due now
    assert next_reminder(at(1, 2), FIVE_PM, 4) == at(1, 2)
    # once Monday's reminder is done, the next one is Tuesday 17:00
    assert next_reminder(at(1, 2), FIVE_PM, 4, done_day=day(0)) == at(1, 17)


def test_snooze_wins_until_it_runs_out() -> None:
    now = at(0, 17, 1)
    snooze = now + dt.timedelta(minutes=15)
    assert next_reminder(now, FIVE_PM, 4, snoozed_until=snooze) == snooze
    later = at(0, 17, 20)
    # the snooze ran out while nobody was looking: due now
    assert next_reminder(later, FIVE_PM, 4, snoozed_until=snooze) == later
    # the first reminder marked the day done; the snooze still brings it back
    assert next_reminder(now, FIVE_PM, 4, snoozed_until=snooze, done_day=day(0)) == snooze
    assert next_reminder(snooze, FIVE_PM, 4, snoozed_until=snooze, done_day=day(0)) == snooze
    # a snooze left over from yesterday (the laptop slept) does not ring the next morning
    assert next_reminder(at(1, 9), FIVE_PM, 4, snoozed_until=snooze, done_day=day(0)) == at(1, 17)


def test_not_today_moves_to_tomorrow_and_beats_a_snooze() -> None:
    now = at(0, 17, 1)
    snooze = now + dt.timedelta(minutes=15)
    assert next_reminder(now, FIVE_PM, 4, not_today=day(0)) == at(1, 17)
    assert next_reminder(now, FIVE_PM, 4, snoozed_until=snooze, not_today=day(0)) == at(1, 17)
    # said "not today" in the morning: today is skipped as well
    assert next_reminder(at(0, 9), FIVE_PM, 4, not_today=day(0)) == at(1, 17)


def test_done_today_waits_for_tomorrow() -> None:
    assert next_reminder(at(0, 12), FIVE_PM, 4, done_day=day(0)) == at(1, 17)
    # yesterday's "done" does not silence today
    assert next_reminder(at(0, 12), FIVE_PM, 4, done_day=day(-1)) == at(0, 17)


def test_night_shift_ends_the_next_morning() -> None:
    six_am = dt.time(6, 0)
    assert reminder_at(day(0), six_am, 18) == at(1, 6)
    # 23:00 on Monday is Monday's night shift (day start 18:00): due Tuesday 06:00
    assert next_reminder(at(0, 23), six_am, 18) == at(1, 6)
    # Tuesday 07:00 is still Monday's day (before 18:00): the reminder was missed, due now
    assert next_reminder(at(1, 7), six_am, 18) == at(1, 7)
    assert next_reminder(at(1, 7), six_am, 18, done_day=day(0)) == at(2, 6)


def test_reminder_is_never_in_the_past() -> None:
    start = at(0, 0)
    for step in range(0, 48 * 4):
        now = start + dt.timedelta(minutes=15 * step)
        for done in (None, day(-1), day(0), day(1)):
            due = next_reminder(now, FIVE_PM, 4, done_day=done)
            assert due >= now
            assert due - now <= dt.timedelta(days=2)


def test_local_day_starts_at_the_day_start_hour() -> None:
    assert local_day(at(1, 3, 59), 4) == day(0)
    assert local_day(at(1, 4), 4) == day(1)
