"""A handed-off command's id is applied once: by the app or by the CLI, whichever writes first."""

import datetime as dt

import pytest

from companion.store import handoffs, open_store, ratio


def positives(store) -> int:
    return store.read("SELECT count(*) FROM interactions WHERE positive = 1")[0][0]


def test_the_first_write_of_a_command_carries_its_id(store, clock):
    store.pending_claim = "a1"
    ratio.log_interaction(store, True, clock())
    assert store.pending_claim is None and handoffs.applied(store, "a1")
    ratio.log_interaction(store, True, clock())  # later writes claim nothing
    assert positives(store) == 2


def test_a_second_run_under_the_same_id_changes_nothing(store, clock):
    other = open_store()  # the CLI's own connection beside the app's
    try:
        other.pending_claim = "b2"
        ratio.log_interaction(other, True, clock())
        store.pending_claim = "b2"
        with pytest.raises(handoffs.CommandAlreadyApplied, match="already did"):
            ratio.log_interaction(store, True, clock())
        with pytest.raises(handoffs.CommandAlreadyApplied):
            ratio.log_interaction(store, False, clock())  # the refusal holds for the command
    finally:
        other.close()
    assert positives(store) == 1
    assert store.read("SELECT count(*) FROM interactions")[0][0] == 1


def test_ids_are_kept_a_few_days_only(store):
    now = dt.datetime(2030, 5, 1, 12, tzinfo=dt.UTC)
    with store.write() as conn:
        handoffs.claim(conn, "old", now - handoffs.KEEP_FOR - dt.timedelta(minutes=1))
        handoffs.claim(conn, "recent", now - dt.timedelta(days=1))
    with store.write() as conn:
        handoffs.claim(conn, "new", now)
    assert [row[0] for row in store.read("SELECT id FROM handoffs ORDER BY id")] == [
        "new",
        "recent",
    ]
