"""Reflections, the reminder's state and the day's numbers against a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest

from companion.core import days
from companion.core.errors import InvalidInput
from companion.core.reflection import Reflection
from companion.store import ratio as ratio_store
from companion.store import reflection as reflection_store

NOW = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)


DAY = dt.date(2026, 11, 23)


def test_saving_twice_the_same_day_updates(store) -> None:  # type: ignore[no-untyped-def]
    reflection_store.save_reflection(
        store, Reflection(DAY, mood=2, energy=3, well="a thank-you"), NOW
    )
    later = NOW + dt.timedelta(minutes=30)
    reflection_store.save_reflection(
        store, Reflection(DAY, mood=4, energy=3, note=" tired "), later
    )
    rows = store.read("SELECT count(*) FROM reflections")
    assert rows[0][0] == 1
    saved = reflection_store.get_reflection(store, DAY)
    assert saved == Reflection(DAY, mood=4, energy=3, note="tired")
    assert reflection_store.reflection_times(store, DAY) == (NOW, later)
    assert reflection_store.get_reflection(store, DAY + dt.timedelta(days=1)) is None
    assert reflection_store.reflection_times(store, DAY + dt.timedelta(days=1)) is None


def test_reflections_between_and_first_day(store) -> None:  # type: ignore[no-untyped-def]
    assert reflection_store.first_reflection_day(store) is None
    for offset in (0, 2, 5):
        day = DAY + dt.timedelta(days=offset)
        reflection_store.save_reflection(store, Reflection(day, mood=3), NOW)
    found = reflection_store.reflections_between(
        store, DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=5)
    )
    assert [r.day for r in found] == [DAY + dt.timedelta(days=2), DAY + dt.timedelta(days=5)]
    assert reflection_store.first_reflection_day(store) == DAY
    assert reflection_store.reflected_days(store, DAY, DAY + dt.timedelta(days=2)) == {
        DAY,
        DAY + dt.timedelta(days=2),
    }


def test_database_refuses_out_of_range_moods(store) -> None:  # type: ignore[no-untyped-def]
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO reflections (day, mood, created, updated) VALUES ('2026-01-01', 9, '', '')"
        )


def _at_local(day: dt.date, hour: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour)).astimezone().astimezone(dt.UTC)


def test_day_summary_reads_the_logs_of_that_day(store) -> None:  # type: ignore[no-untyped-def]
    for positive, hour in ((True, 9), (True, 10), (False, 11), (True, 23)):
        ratio_store.log_interaction(store, positive, _at_local(DAY, hour))
    ratio_store.log_interaction(store, False, _at_local(DAY + dt.timedelta(days=1), 2))  # night
    ratio_store.log_interaction(store, False, _at_local(DAY + dt.timedelta(days=1), 9))  # next day
    summary = reflection_store.day_summary(store, DAY, 3.0, day_start_hour=4)
    assert (summary.positives, summary.negatives) == (3, 2)
    assert summary.ratio == 1.5
    # an undo shows up at once: the summary is read, never copied
    ratio_store.undo_last(store, since=_at_local(DAY, 4))  # the next day's log
    assert reflection_store.day_summary(store, DAY, 3.0, 4).negatives == 2
    ratio_store.undo_last(store, since=_at_local(DAY, 4))  # the 02:00 one, still DAY's
    assert reflection_store.day_summary(store, DAY, 3.0, 4).negatives == 1


def test_reflected_range_holds_days_with_entries_or_logs(store) -> None:  # type: ignore[no-untyped-def]
    ratio_store.log_interaction(store, True, _at_local(DAY, 10))
    reflection_store.save_reflection(store, Reflection(DAY + dt.timedelta(days=2), mood=5), NOW)
    rows = reflection_store.reflected_range(
        store, DAY - dt.timedelta(days=3), DAY + dt.timedelta(days=3), 3, 4
    )
    assert [r.day for r in rows] == [DAY, DAY + dt.timedelta(days=2)]
    assert rows[0].reflection is None and rows[0].summary.positives == 1
    assert rows[1].reflection is not None and rows[1].reflection.mood == 5
    only = reflection_store.reflected_range(
        store, DAY, DAY + dt.timedelta(days=3), 3, 4, only_reflected=True
    )
    assert [r.day for r in only] == [DAY + dt.timedelta(days=2)]
    with pytest.raises(InvalidInput):
        reflection_store.reflected_range(store, DAY, DAY - dt.timedelta(days=1), 3, 4)


def test_day_bounds_match_the_core_rule(store) -> None:  # type: ignore[no-untyped-def]
    # a log at 03:59 local belongs to the previous day with a 04:00 day start
    ratio_store.log_interaction(store, True, _at_local(DAY, 3))
    assert days.day_of(_at_local(DAY, 3), 4) == DAY - dt.timedelta(days=1)
    assert reflection_store.day_summary(store, DAY - dt.timedelta(days=1), 3.0, 4).positives == 1
    assert reflection_store.day_summary(store, DAY, 3.0, 4).positives == 0


def test_has_reflection_looks_up_one_day(store) -> None:  # type: ignore[no-untyped-def]
    assert not reflection_store.has_reflection(store, DAY)
    reflection_store.save_reflection(store, Reflection(DAY, mood=3), NOW)
    assert reflection_store.has_reflection(store, DAY)
    assert not reflection_store.has_reflection(store, DAY + dt.timedelta(days=1))
    plan = store.read(
        "EXPLAIN QUERY PLAN SELECT 1 FROM reflections WHERE day = ?", (DAY.isoformat(),)
    )
    assert "USING" in " ".join(str(row["detail"]) for row in plan)


def test_reminder_state_round_trip_survives_reopening(store) -> None:  # type: ignore[no-untyped-def]
    from companion.store import open_store

    assert reflection_store.reminder_state(store) == reflection_store.ReminderState()
    snoozed = dt.datetime(2026, 11, 23, 17, 15, 30, 5, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    reflection_store.save_reminder_state(store, reflection_store.ReminderState(snoozed, DAY))
    reopened = open_store(store.path)
    try:
        state = reflection_store.reminder_state(reopened)
    finally:
        reopened.close()
    assert state == reflection_store.ReminderState(snoozed, DAY)
    assert state.snoozed_until is not None and state.snoozed_until.utcoffset() == dt.timedelta(0)
    # Saving again replaces the one row; None clears a value.
    not_tomorrow = reflection_store.ReminderState(None, DAY + dt.timedelta(days=1))
    reflection_store.save_reminder_state(store, not_tomorrow)
    assert reflection_store.reminder_state(store) == not_tomorrow
    assert store.read("SELECT count(*) FROM reflection_reminder")[0][0] == 1
