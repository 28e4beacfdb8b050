"""Saved reframes against a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest

from companion.core.errors import InvalidInput
from companion.store import ratio as ratio_store
from companion.store import reframe
from companion.store.reframe import SavedReframe

NOW = dt.datetime(2026, 11, 23, 15, 0, tzinfo=dt.UTC)


def test_reframe_round_trip(store) -> None:  # type: ignore[no-untyped-def]
    saved = reframe.save_reframe(
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
    assert reframe.get_reframe(store, saved.id) == saved
    assert reframe.get_reframe(store, saved.id + 100) is None


def test_reframes_newest_first_and_searchable(store) -> None:  # type: ignore[no-untyped-def]
    first = reframe.save_reframe(store, SavedReframe("Courier late", "Everyone hates me"), NOW)
    second = reframe.save_reframe(
        store,
        SavedReframe("Refund failed", "I'm useless", improvement="check payment status"),
        NOW + dt.timedelta(hours=1),
    )
    assert [r.id for r in reframe.list_reframes(store)] == [second.id, first.id]
    assert [r.id for r in reframe.list_reframes(store, "courier")] == [first.id]
    assert [r.id for r in reframe.list_reframes(store, "pay")] == [second.id]  # prefix
    assert [r.id for r in reframe.list_reframes(store, "REFUND useless")] == [second.id]
    assert reframe.list_reframes(store, "refund courier") == []
    # search syntax typed into the box is plain text, never an error
    for odd in ['"', "refund*", "a OR (b", "NEAR(", "-x", "'"]:
        reframe.list_reframes(store, odd)
    assert len(reframe.list_reframes(store, "  ")) == 2
    assert len(reframe.list_reframes(store, limit=1)) == 1


def test_reframe_needs_words_and_feelings_in_range(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput):
        reframe.save_reframe(store, SavedReframe("  ", ""), NOW)
    with pytest.raises(InvalidInput):
        reframe.save_reframe(store, SavedReframe("x", "y", feeling_before=0), NOW)
    with pytest.raises(InvalidInput):
        reframe.save_reframe(store, SavedReframe("x", "y", feeling_after=6), NOW)
    with pytest.raises(InvalidInput):
        reframe.save_reframe(store, SavedReframe("x" * (reframe.MAX_TEXT + 1), "y"), NOW)
    assert reframe.list_reframes(store) == []


def test_reframe_keeps_its_log_link_until_the_log_is_undone(store) -> None:  # type: ignore[no-untyped-def]
    entry = ratio_store.log_interaction(store, False, NOW, topic="refund", note="shouted")
    saved = reframe.save_reframe(store, SavedReframe("x", "y", interaction_id=entry.id), NOW)
    assert saved.interaction_id == entry.id
    ratio_store.undo_last(store, since=NOW - dt.timedelta(hours=1))
    assert reframe.get_reframe(store, saved.id).interaction_id is None  # type: ignore[arg-type, union-attr]
    missing = reframe.save_reframe(store, SavedReframe("x", "y", interaction_id=9999), NOW)
    assert missing.interaction_id is None


def test_reframe_can_be_deleted(store) -> None:  # type: ignore[no-untyped-def]
    saved = reframe.save_reframe(store, SavedReframe("Courier late", "never again"), NOW)
    assert reframe.delete_reframe(store, saved.id)  # type: ignore[arg-type]
    assert not reframe.delete_reframe(store, saved.id)  # type: ignore[arg-type]
    assert reframe.list_reframes(store, "courier") == []
