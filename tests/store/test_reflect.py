"""Saved reframes and reflections against a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest

from companion.core import days
from companion.core.errors import InvalidInput
from companion.core.reflection import Reflection
from companion.store import ratio as ratio_store
from companion.store import reflect
from companion.store.reflect import SavedReframe

NOW = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)


def test_reframe_round_trip(store) -> None:  # type: ignore[no-untyped-def]
    saved = reflect.save_reframe(
        store,
        SavedReframe(
            situation="  Refund call went badly  ",
            thought="I always mess up refunds.",
            temporary="This time the refund went wrong.",
            specific="It was one refund.",
            external="The payment system was down.",
            evidence_for="I forgot the code",
            evidence_against="Yesterday's five refunds went fine",
            useful_belief="I can learn the code",
            improvement="Keep the refund code on a sticky note",
            feeling_before=2,
            feeling_after=4,
        ),
        NOW,
    )
    assert saved.id is not None and saved.created == NOW
    assert saved.situation == "Refund call went badly"
    assert reflect.get_reframe(store, saved.id) == saved
    assert reflect.get_reframe(store, saved.id + 100) is None


def test_reframes_newest_first_and_searchable(store) -> None:  # type: ignore[no-untyped-def]
    first = reflect.save_reframe(store, SavedReframe("Courier late", "Everyone hates me"), NOW)
    second = reflect.save_reframe(
        store,
        SavedReframe("Refund failed", "I'm useless", improvement="check payment status"),
        NOW + dt.timedelta(hours=1),
    )
    assert [r.id for r in reflect.list_reframes(store)] == [second.id, first.id]
    assert [r.id for r in reflect.list_reframes(store, "courier")] == [first.id]
    assert [r.id for r in reflect.list_reframes(store, "pay")] == [second.id]  # prefix
    assert [r.id for r in reflect.list_reframes(store, "REFUND useless")] == [second.id]
    assert reflect.list_reframes(store, "refund courier") == []
    # search syntax typed into the box is plain text, never an error
    for odd in ['"', "refund*", "a OR (b", "NEAR(", "-x", "'"]:
        reflect.list_reframes(store, odd)
    assert len(reflect.list_reframes(store, "  ")) == 2
    assert len(reflect.list_reframes(store, limit=1)) == 1


def test_reframe_needs_words_and_feelings_in_range(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput):
        reflect.save_reframe(store, SavedReframe("  ", ""), NOW)
    with pytest.raises(InvalidInput):
        reflect.save_reframe(store, SavedReframe("x", "y", feeling_before=0), NOW)
    with pytest.raises(InvalidInput):
        reflect.save_reframe(store, SavedReframe("x", "y", feeling_after=6), NOW)
    with pytest.raises(InvalidInput):
        reflect.save_reframe(store, SavedReframe("x" * (reflect.MAX_TEXT + 1), "y"), NOW)
    assert reflect.list_reframes(store) == []


def test_reframe_keeps_its_log_link_until_the_log_is_undone(store) -> None:  # type: ignore[no-untyped-def]
    entry = ratio_store.log_interaction(store, False, NOW, topic="refund", note="shouted")
    saved = reflect.save_reframe(store, SavedReframe("x", "y", interaction_id=entry.id), NOW)
    assert saved.interaction_id == entry.id
    ratio_store.undo_last(store, since=NOW - dt.timedelta(hours=1))
    assert reflect.get_reframe(store, saved.id).interaction_id is None  # type: ignore[arg-type, union-attr]
    missing = reflect.save_reframe(store, SavedReframe("x", "y", interaction_id=9999), NOW)
    assert missing.interaction_id is None


def test_reframe_can_be_deleted(store) -> None:  # type: ignore[no-untyped-def]
    saved = reflect.save_reframe(store, SavedReframe("Courier late", "never again"), NOW)
    assert reflect.delete_reframe(store, saved.id)  # type: ignore[arg-type]
    assert not reflect.delete_reframe(store, saved.id)  # type: ignore[arg-type]
    assert reflect.list_reframes(store, "courier") == []


DAY = dt.date(2026, 11, 23)


def test_saving_twice_the_same_day_updates(store) -> None:  # type: ignore[no-untyped-def]
    reflect.save_reflection(store, Reflection(DAY, mood=2, energy=3, well="a thank-you"), NOW)
    later = NOW + dt.timedelta(minutes=30)
    reflect.save_reflection(store, Reflection(DAY, mood=4, energy=3, note=" tired "), later)
    rows = store.read("SELECT count(*) FROM reflections")
    assert rows[0][0] == 1
    saved = reflect.get_reflection(store, DAY)
    assert saved == Reflection(DAY, mood=4, energy=3, note="tired")
    assert reflect.reflection_times(store, DAY) == (NOW, later)
    assert reflect.get_reflection(store, DAY + dt.timedelta(days=1)) is None
    assert reflect.reflection_times(store, DAY + dt.timedelta(days=1)) is None


def test_reflections_between_and_first_day(store) -> None:  # type: ignore[no-untyped-def]
    assert reflect.first_reflection_day(store) is None
    for offset in (0, 2, 5):
        day = DAY + dt.timedelta(days=offset)
        reflect.save_reflection(store, Reflection(day, mood=3), NOW)
    found = reflect.reflections_between(
        store, DAY + dt.timedelta(days=1), DAY + dt.timedelta(days=5)
    )
    assert [r.day for r in found] == [DAY + dt.timedelta(days=2), DAY + dt.timedelta(days=5)]
    assert reflect.first_reflection_day(store) == DAY
    assert reflect.reflected_days(store, DAY, DAY + dt.timedelta(days=2)) == {
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
    summary = reflect.day_summary(store, DAY, 3.0, day_start_hour=4)
    assert (summary.positives, summary.negatives) == (3, 2)
    assert summary.ratio == 1.5
    # an undo shows up at once: the summary is read, never copied
    ratio_store.undo_last(store, since=_at_local(DAY, 4))  # the next day's log
    assert reflect.day_summary(store, DAY, 3.0, 4).negatives == 2
    ratio_store.undo_last(store, since=_at_local(DAY, 4))  # the 02:00 one, still DAY's
    assert reflect.day_summary(store, DAY, 3.0, 4).negatives == 1


def test_reflected_range_holds_days_with_entries_or_logs(store) -> None:  # type: ignore[no-untyped-def]
    ratio_store.log_interaction(store, True, _at_local(DAY, 10))
    reflect.save_reflection(store, Reflection(DAY + dt.timedelta(days=2), mood=5), NOW)
    rows = reflect.reflected_range(
        store, DAY - dt.timedelta(days=3), DAY + dt.timedelta(days=3), 3, 4
    )
    assert [r.day for r in rows] == [DAY, DAY + dt.timedelta(days=2)]
    assert rows[0].reflection is None and rows[0].summary.positives == 1
    assert rows[1].reflection is not None and rows[1].reflection.mood == 5
    only = reflect.reflected_range(
        store, DAY, DAY + dt.timedelta(days=3), 3, 4, only_reflected=True
    )
    assert [r.day for r in only] == [DAY + dt.timedelta(days=2)]
    with pytest.raises(InvalidInput):
        reflect.reflected_range(store, DAY, DAY - dt.timedelta(days=1), 3, 4)


def test_day_bounds_match_the_core_rule(store) -> None:  # type: ignore[no-untyped-def]
    # a log at 03:59 local belongs to the previous day with a 04:00 day start
    ratio_store.log_interaction(store, True, _at_local(DAY, 3))
    assert days.day_of(_at_local(DAY, 3), 4) == DAY - dt.timedelta(days=1)
    assert reflect.day_summary(store, DAY - dt.timedelta(days=1), 3.0, 4).positives == 1
    assert reflect.day_summary(store, DAY, 3.0, 4).positives == 0


def test_has_reflection_looks_up_one_day(store) -> None:  # type: ignore[no-untyped-def]
    assert not reflect.has_reflection(store, DAY)
    reflect.save_reflection(store, Reflection(DAY, mood=3), NOW)
    assert reflect.has_reflection(store, DAY)
    assert not reflect.has_reflection(store, DAY + dt.timedelta(days=1))
    plan = store.read(
        "EXPLAIN QUERY PLAN SELECT 1 FROM reflections WHERE day = ?", (DAY.isoformat(),)
    )
    assert "USING" in " ".join(str(row["detail"]) for row in plan)


def test_reminder_state_round_trip_survives_reopening(store) -> None:  # type: ignore[no-untyped-def]
    from companion.store import open_store

    assert reflect.reminder_state(store) == reflect.ReminderState()
    snoozed = dt.datetime(2026, 11, 23, 17, 15, 30, 5, tzinfo=dt.timezone(dt.timedelta(hours=2)))
    reflect.save_reminder_state(store, reflect.ReminderState(snoozed, DAY))
    reopened = open_store(store.path)
    try:
        state = reflect.reminder_state(reopened)
    finally:
        reopened.close()
    assert state == reflect.ReminderState(snoozed, DAY)
    assert state.snoozed_until is not None and state.snoozed_until.utcoffset() == dt.timedelta(0)
    # Saving again replaces the one row; None clears a value.
    reflect.save_reminder_state(store, reflect.ReminderState(None, DAY + dt.timedelta(days=1)))
    assert reflect.reminder_state(store) == reflect.ReminderState(None, DAY + dt.timedelta(days=1))
    assert store.read("SELECT count(*) FROM reflection_reminder")[0][0] == 1
