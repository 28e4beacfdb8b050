"""Happy file store on a real SQLite file: FTS kept in step, plain-word search, undo, import."""

from __future__ import annotations

import base64
import datetime as dt
import random
import sqlite3
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion.core.errors import InvalidInput
from companion.core.happy import HappyEntry
from companion.core.happy_export import HappyExport, parse_json, render_json
from companion.core.phrasebook import UserPhrase
from companion.store import happy as happy_store
from companion.store import open_store

NOW = dt.datetime(2026, 3, 2, 15, 0, tzinfo=dt.UTC)
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def add(store, quote, minutes=0, **fields):  # type: ignore[no-untyped-def]
    return happy_store.add_happy(store, quote, NOW + dt.timedelta(minutes=minutes), **fields)


def quotes(entries: list[HappyEntry]) -> list[str]:
    return [e.quote for e in entries]


def test_add_and_read_back(store) -> None:  # type: ignore[no-untyped-def]
    entry = add(store, "  You fixed it in minutes!  ", note="first week", tags=["#Billing", "fast"])
    assert entry.id is not None
    assert entry.quote == "You fixed it in minutes!"
    assert entry.tags == ("billing", "fast")
    assert entry.created == NOW
    assert len(entry.key) == 32
    again = happy_store.get_happy(store, entry.id)
    assert again == entry
    row = store.conn.execute("SELECT tags FROM happy_entries").fetchone()
    assert row[0] == "billing\nfast"
    assert [r[0] for r in store.conn.execute("SELECT tag FROM happy_tags ORDER BY tag")] == [
        "billing",
        "fast",
    ]


def test_empty_and_oversized_are_refused(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InvalidInput, match="nothing to save"):
        add(store, "   ")
    with pytest.raises(InvalidInput, match="too long"):
        add(store, "x" * 20_001)
    with pytest.raises(InvalidInput, match="PNG, JPEG"):
        add(store, "", image=b"<svg/>", image_mime="image/svg+xml")


def test_image_only_entry(store) -> None:  # type: ignore[no-untyped-def]
    entry = add(store, "", image=PNG, image_mime="image/png")
    assert happy_store.get_happy(store, entry.id).image == PNG  # type: ignore[union-attr, arg-type]
    listed = happy_store.search_happy(store)[0]
    assert listed.image is None and listed.image_mime == "image/png"


def test_double_save_is_one_entry(store) -> None:  # type: ignore[no-untyped-def]
    first = add(store, "Thanks!")
    second = add(store, "Thanks!")
    assert first.id == second.id
    assert happy_store.count_happy(store) == 1


def test_search_newest_first_prefix_accent_and_tags(store) -> None:  # type: ignore[no-untyped-def]
    add(store, "The café voucher was lovely", 0, tags=["billing"])
    add(store, "Shipping was so fast, thank you", 1, note="made my morning")
    add(store, "Thank you for your patience", 2, tags=["patience"])
    assert quotes(happy_store.search_happy(store)) == [
        "Thank you for your patience",
        "Shipping was so fast, thank you",
        "The café voucher was lovely",
    ]
    assert quotes(happy_store.search_happy(store, "CAFE")) == ["The café voucher was lovely"]
    assert quotes(happy_store.search_happy(store, "thank")) == [
        "Thank you for your patience",
        "Shipping was so fast, thank you",
    ]
    assert quotes(happy_store.search_happy(store, "morning")) == ["Shipping was so fast, thank you"]
    assert quotes(happy_store.search_happy(store, "bill")) == ["The café voucher was lovely"]
    assert quotes(happy_store.search_happy(store, "thank fast")) == [
        "Shipping was so fast, thank you"
    ]
    assert happy_store.search_happy(store, "thank zebra") == []
    assert happy_store.count_search(store, "thank") == 2


@pytest.mark.parametrize(
    "query",
    [
        '"',
        "*",
        "-",
        "NEAR",
        "NEAR(a b)",
        "(",
        ")",
        "a OR",
        "AND",
        "^x",
        "thank*",
        '"unbalanced',
        "col:thank",
        "{quote}: x",
        "'; DROP TABLE happy_entries; --",
        "\x00",
        "🙂",
        "-thank",
    ],
)
def test_search_syntax_is_plain_words(store, query: str) -> None:  # type: ignore[no-untyped-def]
    add(store, "Thank you NEAR the end, a real star")
    result = happy_store.search_happy(store, query)
    assert isinstance(result, list)
    assert happy_store.count_search(store, query) == len(result)
    assert happy_store.count_happy(store) == 1


def test_search_operators_are_words(store) -> None:  # type: ignore[no-untyped-def]
    add(store, "Thank you NEAR the end", 0)
    add(store, "Thank you", 1)
    assert quotes(happy_store.search_happy(store, "NEAR")) == ["Thank you NEAR the end"]
    assert len(happy_store.search_happy(store, "thank*")) == 2
    assert len(happy_store.search_happy(store, "-thank")) == 2


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_search_never_raises(store, query: str) -> None:  # type: ignore[no-untyped-def]
    happy_store.search_happy(store, query, limit=5)


def test_fts_follows_edits_and_real_deletes(store) -> None:  # type: ignore[no-untyped-def]
    entry = add(store, "Original words", tags=["old"])
    happy_store.update_happy(store, entry.id, quote="Brand new words", tags=["fresh"])
    assert happy_store.search_happy(store, "original") == []
    assert quotes(happy_store.search_happy(store, "brand")) == ["Brand new words"]
    assert quotes(happy_store.search_happy(store, "fresh")) == ["Brand new words"]
    assert happy_store.search_happy(store, tag="old") == []
    assert happy_store.happy_tags(store) == [("fresh", 1)]
    edited = happy_store.get_happy(store, entry.id)
    assert edited is not None and edited.key == entry.key, "edits keep the de-duplication key"
    happy_store.delete_happy(store, entry.id, NOW)
    assert happy_store.purge_deleted(store, NOW + dt.timedelta(days=1)) == 1
    fts_rows = store.conn.execute(
        "SELECT count(*) FROM happy_fts WHERE happy_fts MATCH 'brand'"
    ).fetchone()[0]
    assert fts_rows == 0
    assert store.conn.execute("SELECT count(*) FROM happy_tags").fetchone()[0] == 0


def test_delete_and_undo(store) -> None:  # type: ignore[no-untyped-def]
    entry = add(store, "Keep me", tags=["x"])
    assert happy_store.delete_happy(store, entry.id, NOW)
    assert happy_store.search_happy(store) == []
    assert happy_store.search_happy(store, "keep") == []
    assert happy_store.get_happy(store, entry.id) is None
    assert happy_store.happy_tags(store) == []
    assert not happy_store.delete_happy(store, entry.id, NOW)
    assert happy_store.restore_happy(store, entry.id)
    assert happy_store.get_happy(store, entry.id) == entry
    assert not happy_store.restore_happy(store, entry.id)


def test_star_and_filters(store) -> None:  # type: ignore[no-untyped-def]
    a = add(store, "One", 0, tags=["billing"])
    add(store, "Two", 1, tags=["shipping"])
    happy_store.set_starred(store, a.id, True)
    assert quotes(happy_store.search_happy(store, starred_only=True)) == ["One"]
    assert quotes(happy_store.search_happy(store, tag="#Billing")) == ["One"]
    assert happy_store.search_happy(store, tag="billing", starred_only=True)[0].starred
    assert happy_store.search_happy(store, "two", starred_only=True) == []


def test_paging(store) -> None:  # type: ignore[no-untyped-def]
    for n in range(7):
        add(store, f"Entry {n}", n)
    first = happy_store.search_happy(store, "entry", limit=3)
    second = happy_store.search_happy(store, "entry", limit=3, offset=3)
    rest = happy_store.search_happy(store, "entry", offset=6)
    assert quotes(first + second + rest) == [f"Entry {n}" for n in range(6, -1, -1)]


def test_count_happy_added_uses_utc_bounds(store) -> None:  # type: ignore[no-untyped-def]
    add(store, "before", -1)
    add(store, "at start", 0)
    add(store, "inside", 30)
    gone = add(store, "deleted", 31)
    add(store, "at end", 60)
    happy_store.delete_happy(store, gone.id, NOW)
    assert happy_store.count_happy_added(store, NOW, NOW + dt.timedelta(minutes=60)) == 2


def test_random_favours_starred(store) -> None:  # type: ignore[no-untyped-def]
    assert happy_store.random_happy(store) is None
    plain = add(store, "plain", 0)
    starred = add(store, "starred", 1, starred=True)
    rng = random.Random(7)
    picks = Counter(happy_store.random_happy(store, rng).id for _ in range(400))  # type: ignore[union-attr]
    assert picks[starred.id] > 2 * picks[plain.id] > 0


def test_export_import_round_trip_without_duplicates(store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    add(store, "With picture", 0, image=PNG, image_mime="image/png", tags=["screens"])
    kept = add(store, "Kept words", 1, note="why", starred=True)
    happy_store.add_phrase(
        store, "explain-why", "Because it keeps you safe.", NOW, objection="Why?"
    )
    entries = happy_store.entries_by_id(store, [e.id for e in happy_store.search_happy(store)])
    document = render_json(entries, happy_store.list_phrases(store), exported=NOW)

    # Importing into the same file adds nothing.
    result = happy_store.import_happy(store, parse_json(document))
    assert (result.added, result.skipped, result.phrases_added, result.phrases_skipped) == (
        0,
        2,
        0,
        1,
    )
    # An edited entry still matches its export.
    happy_store.update_happy(store, kept.id, quote="Kept words, edited")
    assert happy_store.import_happy(store, parse_json(document)).added == 0

    # Into a fresh database: everything arrives, once.
    other = open_store(tmp_path / "other.db")
    try:
        first = happy_store.import_happy(other, parse_json(document))
        assert (first.added, first.phrases_added) == (2, 1)
        second = happy_store.import_happy(other, parse_json(document))
        assert (second.added, second.skipped) == (0, 2)
        imported = happy_store.search_happy(other, with_images=True)
        assert quotes(imported) == ["Kept words", "With picture"]
        assert imported[1].image == PNG and imported[1].tags == ("screens",)
        assert imported[0].starred and imported[0].note == "why"
        assert happy_store.search_happy(other, "picture")  # FTS filled by the triggers
        assert happy_store.list_phrases(other)[0].objection == "Why?"
    finally:
        other.close()


def test_import_brings_back_a_deleted_entry(store) -> None:  # type: ignore[no-untyped-def]
    entry = add(store, "Come back")
    document = render_json([entry], exported=NOW)
    happy_store.delete_happy(store, entry.id, NOW)
    assert happy_store.import_happy(store, parse_json(document)).added == 1
    assert quotes(happy_store.search_happy(store)) == ["Come back"]


def test_import_is_all_or_nothing(store) -> None:  # type: ignore[no-untyped-def]
    good = HappyEntry(id=None, created=NOW, quote="fine")
    bad = HappyEntry(id=None, created=NOW, quote="x" * 30_000)
    with pytest.raises(InvalidInput):
        happy_store.import_happy(store, HappyExport(entries=(good, bad)))
    assert happy_store.count_happy(store) == 0


def test_own_phrases(store) -> None:  # type: ignore[no-untyped-def]
    phrase = happy_store.add_phrase(store, "can-do", "I can send a new one today.", NOW)
    answer = happy_store.add_phrase(
        store,
        "explain-why",
        "The price pays for…",
        NOW + dt.timedelta(seconds=1),
        objection="Why did the price go up?",
    )
    assert [p.id for p in happy_store.list_phrases(store)] == [answer.id, phrase.id]
    assert happy_store.list_phrases(store, "can-do") == [phrase]
    again = happy_store.add_phrase(store, "can-do", "I can send a new one today.", NOW)
    assert again.id == phrase.id
    changed = happy_store.update_phrase(
        store,
        phrase.id,
        category="confirm",
        text="Tell me when it arrives.",  # type: ignore[arg-type]
    )
    assert isinstance(changed, UserPhrase) and changed.category == "confirm"
    with pytest.raises(InvalidInput, match="Unknown phrase category"):
        happy_store.add_phrase(store, "nope", "x", NOW)
    with pytest.raises(InvalidInput, match="empty"):
        happy_store.add_phrase(store, "can-do", "  ", NOW)
    assert happy_store.delete_phrase(store, phrase.id)  # type: ignore[arg-type]
    assert happy_store.list_phrases(store) == [answer]


def test_key_is_unique_in_the_schema(store) -> None:  # type: ignore[no-untyped-def]
    entry = add(store, "unique")
    with pytest.raises(sqlite3.IntegrityError):
        store.conn.execute(
            "INSERT INTO happy_entries (created, quote, key) VALUES ('x', 'y', ?)", (entry.key,)
        )
