"""Every happy file write announces a HAPPY change saying what happened; a write that did
nothing announces nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from companion.core.errors import InvalidInput
from companion.core.happy import HappyEntry
from companion.core.happy_export import HappyExport
from companion.core.phrasebook import UserPhrase
from companion.services import Change, Subject
from companion.services import happy as happy_service
from companion.services.happy import (
    Added,
    Deleted,
    Imported,
    Purged,
    Restored,
    Starred,
    Updated,
)
from companion.store import happy as happy_store
from tests.support import ServiceSession as Session


@pytest.fixture
def session(store, clock) -> Session:  # type: ignore[no-untyped-def]
    return Session(store, clock)


def test_add_announces_the_saved_entry(session, clock) -> None:  # type: ignore[no-untyped-def]
    entry = happy_service.add_happy(session, "  You made my day  ", tags=["Kind"], starred=True)
    assert entry.quote == "You made my day" and entry.created == clock().replace(microsecond=0)
    assert session.heard == [Change(Subject.HAPPY, Added(entry))]
    assert happy_store.get_happy(session.store, entry.id) == entry  # type: ignore[arg-type]


def test_a_refused_add_announces_nothing(session) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput):
        happy_service.add_happy(session, "   ")
    assert session.heard == []


def test_update_and_star_announce_the_entry_as_it_now_is(session) -> None:  # type: ignore[no-untyped-def]
    entry = happy_service.add_happy(session, "Typo in hre")
    assert entry.id is not None
    updated = happy_service.update_happy(session, entry.id, quote="Typo in here", tags=["fixed"])
    starred = happy_service.set_starred(session, entry.id, True)
    assert starred is not None and starred.starred and starred.image is None
    assert session.heard[1:] == [
        Change(Subject.HAPPY, Updated(updated)),
        Change(Subject.HAPPY, Starred(starred)),
    ]
    assert updated.quote == "Typo in here" and updated.tags == ("fixed",)
    with pytest.raises(InvalidInput):
        happy_service.update_happy(session, 999, quote="x")
    assert happy_service.set_starred(session, 999, True) is None
    assert len(session.heard) == 3


def test_delete_and_restore_announce_the_entries_once(session) -> None:  # type: ignore[no-untyped-def]
    first = happy_service.add_happy(session, "First")
    second = happy_service.add_happy(session, "Second")
    ids = (first.id, second.id)
    del session.heard[:]
    assert happy_service.delete_entries(session, [*ids, 999]) == ids
    assert happy_store.count_happy(session.store) == 0
    assert happy_service.delete_entries(session, ids) == ()
    assert happy_service.restore_entries(session, [first.id]) == (first.id,)
    assert happy_service.restore_entries(session, [first.id]) == ()
    assert session.heard == [
        Change(Subject.HAPPY, Deleted(ids)),  # type: ignore[arg-type]
        Change(Subject.HAPPY, Restored((first.id,))),  # type: ignore[arg-type]
    ]


def test_purge_announces_how_many_went_for_good(session, clock) -> None:  # type: ignore[no-untyped-def]
    entry = happy_service.add_happy(session, "Old")
    happy_service.delete_entries(session, [entry.id])
    del session.heard[:]
    assert happy_service.purge_deleted(session, clock() - dt.timedelta(days=1)) == 0
    assert session.heard == [], "nothing purged, nothing announced"
    assert happy_service.purge_deleted(session, clock() + dt.timedelta(days=1)) == 1
    assert session.heard == [Change(Subject.HAPPY, Purged(1))]


def test_import_announces_entries_and_phrases_separately(session, clock) -> None:  # type: ignore[no-untyped-def]
    export = HappyExport(
        entries=(HappyEntry(id=None, created=clock(), quote="From the old laptop"),),
        phrases=(UserPhrase(id=None, created=clock(), category="can-do", text="I can do it."),),
    )
    result = happy_service.import_happy(session, export)
    assert (result.added, result.phrases_added) == (1, 1)
    assert session.heard == [
        Change(Subject.HAPPY, Imported(result)),
        Change(Subject.PHRASES, Imported(result)),
    ]
    again = happy_service.import_happy(session, export)
    assert (again.added, again.skipped, again.phrases_skipped) == (0, 1, 1)
    assert len(session.heard) == 2, "an import that added nothing announces nothing"
    only_entries = HappyExport(entries=(HappyEntry(id=None, created=clock(), quote="Another one"),))
    third = happy_service.import_happy(session, only_entries)
    assert session.heard[2:] == [Change(Subject.HAPPY, Imported(third))]
