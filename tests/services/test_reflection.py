"""Reflection writes announce what changed: the saved entry, the reminder's new state, the
entry sent to the happy file."""

from __future__ import annotations

import datetime as dt

import pytest

from companion.core.days import day_of
from companion.core.errors import InvalidInput
from companion.core.reflection import Reflection
from companion.services import Change, Subject
from companion.services import reflection as reflection_service
from companion.services.happy import Added
from companion.services.reflection import ReflectionSaved, ReminderMoved
from companion.store import happy as happy_store
from companion.store import reflection as reflection_store
from companion.store.reflection import ReminderState
from tests.support import ServiceSession as Session


@pytest.fixture
def session(store, clock):
    return Session(store, clock)


@pytest.fixture
def heard(session) -> list[Change]:
    heard: list[Change] = []
    session.changes.listen(heard.append)
    return heard


def test_saving_a_reflection_announces_it_and_whether_it_was_an_update(session, heard, clock):
    day = day_of(clock(), 4)
    first = reflection_service.save_reflection(session, Reflection(day, mood=2, well=" a thanks "))
    assert first == ReflectionSaved(Reflection(day, mood=2, well="a thanks"), updated=False)
    second = reflection_service.save_reflection(session, Reflection(day, mood=4))
    assert second == ReflectionSaved(Reflection(day, mood=4), updated=True)
    assert heard == [Change(Subject.REFLECTIONS, first), Change(Subject.REFLECTIONS, second)]
    assert reflection_store.get_reflection(session.store, day) == Reflection(day, mood=4)


def test_a_refused_reflection_announces_nothing(session, heard, clock):
    with pytest.raises(InvalidInput):
        reflection_service.save_reflection(
            session, Reflection(day_of(clock(), 4), note="x" * (reflection_store.MAX_TEXT + 1))
        )
    assert heard == []


def test_snooze_and_not_today_announce_the_reminders_state(session, heard, clock):
    day = day_of(clock(), 4)
    skipped = reflection_service.skip_reminder(session, day)
    assert skipped == ReminderState(None, day)
    snoozed = reflection_service.snooze_reminder(session, 15)
    assert snoozed == ReminderState(clock() + dt.timedelta(minutes=15), day)
    assert reflection_store.reminder_state(session.store) == snoozed
    forgotten = reflection_service.forget_snooze(session)
    assert forgotten == ReminderState(None, day)
    assert heard == [
        Change(Subject.REMINDER, ReminderMoved(skipped)),
        Change(Subject.REMINDER, ReminderMoved(snoozed)),
        Change(Subject.REMINDER, ReminderMoved(forgotten)),
    ]
    # Nothing to forget: no write, no announcement.
    assert reflection_service.forget_snooze(session) == forgotten
    assert len(heard) == 3
    assert reflection_store.reminder_state(session.store) == forgotten


def test_what_went_well_goes_to_the_happy_file_as_a_happy_change(session, heard):
    entry = reflection_service.send_to_happy_file(
        session, "You are a star, mail me at a@b.example", "From my reflection", redact=True
    )
    assert heard == [Change(Subject.HAPPY, Added(entry))]
    assert "a@b.example" not in entry.quote and "star" in entry.quote
    assert entry.tags == ("reflection",) and entry.note == "From my reflection"
    kept = reflection_service.send_to_happy_file(session, "mail a@b.example", "", redact=False)
    assert kept.quote == "mail a@b.example"
    found = happy_store.search_happy(session.store, "mail")
    assert {e.id for e in found} == {kept.id, entry.id}
