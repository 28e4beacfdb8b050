"""The agent's own phrases: every write announces a PHRASES change saying what happened."""

from __future__ import annotations

import pytest

from companion.core.errors import InvalidInput
from companion.services import Change, Subject
from companion.services import phrasebook as phrasebook_service
from companion.services.phrasebook import Added, Deleted, Updated
from companion.store import happy as happy_store
from tests.support import ServiceSession as Session


def test_add_update_delete_announce_the_phrase(store, clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(store, clock)
    heard: list[Change] = []
    session.changes.listen(heard.append)
    phrase = phrasebook_service.add_phrase(
        session, "explain-why", "It pays for support at night.", objection="Why pay more?"
    )
    assert phrase.id is not None and phrase.objection == "Why pay more?"
    edited = phrasebook_service.update_phrase(
        session, phrase.id, category="can-do", text="Here is what I can do."
    )
    assert edited.category == "can-do" and edited.objection == ""
    assert phrasebook_service.delete_phrase(session, phrase.id)
    assert not phrasebook_service.delete_phrase(session, phrase.id)
    assert heard == [
        Change(Subject.PHRASES, Added(phrase)),
        Change(Subject.PHRASES, Updated(edited)),
        Change(Subject.PHRASES, Deleted(phrase.id)),
    ]
    assert happy_store.list_phrases(store) == []


def test_a_refused_phrase_announces_nothing(store, clock) -> None:  # type: ignore[no-untyped-def]
    session = Session(store, clock)
    heard: list[Change] = []
    session.changes.listen(heard.append)
    with pytest.raises(InvalidInput):
        phrasebook_service.add_phrase(session, "no-such-category", "Hello")
    with pytest.raises(InvalidInput):
        phrasebook_service.update_phrase(session, 42, category="can-do", text="Hello")
    assert heard == []
