"""The tag filter finds a tag whatever its case, accents or sigma, in old files too."""

from __future__ import annotations

import datetime as dt

import pytest

from companion.store import happy as happy_store

NOW = dt.datetime(2026, 3, 2, 15, 0, tzinfo=dt.UTC)


def add(store, quote, minutes, tags):  # type: ignore[no-untyped-def]
    return happy_store.add_happy(store, quote, NOW + dt.timedelta(minutes=minutes), tags=tags)


def quotes(entries: list[happy_store.HappyEntry]) -> list[str]:
    return [e.quote for e in entries]


def test_a_greek_tag_is_shown_as_written(store) -> None:  # type: ignore[no-untyped-def]
    entry = add(store, "Σας ευχαριστώ πολύ για τη βοήθεια!", 0, ["Ευχαριστίες"])
    assert entry.tags == ("ευχαριστίες",)
    assert happy_store.happy_tags(store) == [("ευχαριστίες", 1)]


@pytest.mark.parametrize(
    "typed", ["ευχαριστίες", "ευχαριστιες", "ΕΥΧΑΡΙΣΤΙΕΣ", "Ευχαριστίες", "#ευχαριστίεσ"]
)
def test_the_tag_filter_ignores_case_accents_and_sigma(store, typed: str) -> None:  # type: ignore[no-untyped-def]
    add(store, "Σας ευχαριστώ πολύ για τη βοήθεια!", 0, ["Ευχαριστίες"])
    add(store, "Τα κεφάλαια ήταν σαφή", 1, ["Κεφάλαια"])
    assert quotes(happy_store.search_happy(store, tag=typed)) == [
        "Σας ευχαριστώ πολύ για τη βοήθεια!"
    ]
    assert happy_store.count_search(store, tag=typed) == 1
    assert quotes(happy_store.search_happy(store, tag="ΚΕΦΑΛΑΙΑ")) == ["Τα κεφάλαια ήταν σαφή"]


def test_tags_stored_with_a_plain_sigma_are_still_found(store) -> None:  # type: ignore[no-untyped-def]
    old = add(store, "Ευχαριστώ!", 0, ["ευχαριστίες"])
    add(store, "Thank you", 1, ["thanks"])
    # Older versions case-folded tags, so the file holds "ευχαριστίεσ".
    with store.write() as conn:
        conn.execute("UPDATE happy_entries SET tags = ? WHERE id = ?", ("ευχαριστίεσ", old.id))
        conn.execute("UPDATE happy_tags SET tag = ? WHERE entry_id = ?", ("ευχαριστίεσ", old.id))
    for typed in ("ευχαριστίες", "ευχαριστιες", "ΕΥΧΑΡΙΣΤΙΕΣ"):
        assert quotes(happy_store.search_happy(store, tag=typed)) == ["Ευχαριστώ!"]


def test_an_unknown_tag_finds_nothing(store) -> None:  # type: ignore[no-untyped-def]
    add(store, "Thank you", 0, ["thanks"])
    assert happy_store.search_happy(store, tag="κεφάλαια") == []
    assert happy_store.count_search(store, tag="κεφάλαια") == 0
    assert quotes(happy_store.search_happy(store, tag="THANKS")) == ["Thank you"]
