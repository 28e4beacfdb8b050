"""Saving a reframe announces it, with what was saved; a refused one announces nothing."""

from __future__ import annotations

import pytest

from companion.core.errors import InvalidInput
from companion.services import Change, Subject
from companion.services import reframe as reframe_service
from companion.services.reframe import ReframeSaved
from companion.store import reframe as reframe_store
from companion.store.reframe import SavedReframe
from tests.support import ServiceSession as Session


def test_saving_a_reframe_announces_the_saved_reframe(store, clock):
    session = Session(store, clock)
    heard: list[Change] = []
    session.changes.listen(heard.append)
    saved = reframe_service.save_reframe(
        session, SavedReframe("  Courier late  ", "Everyone hates me", feeling_before=2)
    )
    assert saved.id is not None and saved.created == clock()
    assert saved.situation == "Courier late"
    assert heard == [Change(Subject.REFRAMES, ReframeSaved(saved))]
    assert reframe_store.list_reframes(store) == [saved]


def test_a_refused_reframe_announces_nothing(store, clock):
    session = Session(store, clock)
    heard: list[Change] = []
    session.changes.listen(heard.append)
    with pytest.raises(InvalidInput):
        reframe_service.save_reframe(session, SavedReframe("", "", feeling_after=9))
    assert heard == []
