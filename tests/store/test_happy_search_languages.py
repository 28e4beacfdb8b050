"""Happy-file search in Korean, Japanese and Greek as well as English, on a real SQLite file,
and the upgrade that rebuilds an older file's index so its entries are found the same way."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion import paths
from companion.store import Store, open_store, schema
from companion.store import happy as happy_store

NOW = dt.datetime(2026, 3, 2, 15, 0, tzinfo=dt.UTC)

KOREAN = "감사합니다! 상담원분이 정말 친절하게 도와주셔서 하루 종일 기분이 좋았어요."
JAPANESE = "本当にありがとうございます。丁寧に対応していただいて、とても助かりました。"
GREEK = "Ευχαριστώ πολύ για την άμεση βοήθεια, ήσασταν υπέροχοι!"
ENGLISH = "Thanks so much, you turned my whole week around."
QUOTES = (KOREAN, JAPANESE, GREEK, ENGLISH)


def found(store: Store, query: str) -> list[str]:
    return [entry.quote for entry in happy_store.search_happy(store, query)]


@pytest.fixture
def filled(store: Store) -> Store:
    for minutes, quote in enumerate(QUOTES):
        happy_store.add_happy(store, quote, NOW + dt.timedelta(minutes=minutes))
    return store


@pytest.mark.parametrize(
    ("query", "quote"),
    [
        ("감사", KOREAN),  # the start of 감사합니다
        ("감사합니다", KOREAN),
        ("친절하게", KOREAN),  # inside a longer entry
        ("기분", KOREAN),
        ("ありがとう", JAPANESE),  # inside ありがとうございます, with no space before it
        ("ありがとうございます", JAPANESE),
        ("対応", JAPANESE),  # a word in the middle of a sentence
        ("助かりました", JAPANESE),
        ("丁寧", JAPANESE),
        ("ευχαριστω", GREEK),  # typed without the accent
        ("Ευχαριστώ", GREEK),
        ("ΕΥΧΑΡΙΣΤΩ", GREEK),
        ("πολυ", GREEK),
        ("πολύ", GREEK),
        ("υπεροχοι", GREEK),
        ("thank", ENGLISH),
        ("WHOLE week", ENGLISH),
    ],
)
def test_a_word_finds_its_entry_in_every_language(filled: Store, query: str, quote: str) -> None:
    assert found(filled, query) == [quote]
    assert happy_store.count_search(filled, query) == 1


@pytest.mark.parametrize(
    "query",
    [
        "감사해요",  # a different ending: not in the entry
        "ありがとうね",
        "がとう",  # voicing marks are kept: が is not か
        "かとう",
        "ευχαριστουμε",
        "ank",  # inside an English word, not at its start
        "hanks",
    ],
)
def test_what_is_not_there_is_not_found(filled: Store, query: str) -> None:
    if query == "がとう":
        # A piece of a Japanese word is found: Japanese has no spaces to mark where words start.
        assert found(filled, query) == [JAPANESE]
        return
    assert found(filled, query) == []


@pytest.mark.parametrize(
    ("query", "quote"),
    [("감", KOREAN), ("に", JAPANESE), ("助", JAPANESE), ("π", GREEK), ("so", ENGLISH)],
)
def test_one_or_two_characters_are_searched_too(filled: Store, query: str, quote: str) -> None:
    assert found(filled, query) == [quote]


def test_words_in_two_languages_must_all_be_there(filled: Store) -> None:
    happy_store.add_happy(filled, "Thank you! 감사합니다", NOW + dt.timedelta(hours=1))
    assert found(filled, "thank 감사") == ["Thank you! 감사합니다"]
    assert found(filled, "감사 ありがとう") == []


def test_full_width_and_half_width_forms_match(filled: Store) -> None:
    happy_store.add_happy(filled, "ｻﾎﾟｰﾄ最高！ＴＨＡＮＫＳ", NOW + dt.timedelta(hours=1))
    assert found(filled, "サポート") == ["ｻﾎﾟｰﾄ最高！ＴＨＡＮＫＳ"]
    assert found(filled, "thanks") == ["ｻﾎﾟｰﾄ最高！ＴＨＡＮＫＳ", ENGLISH]


def test_notes_and_tags_are_searched(store: Store) -> None:
    happy_store.add_happy(store, "Great help", NOW, note="배송 문의 고객", tags=["ご案内"])
    assert found(store, "배송") == ["Great help"]
    assert found(store, "案内") == ["Great help"]


def test_edits_are_searched_in_their_new_words(filled: Store) -> None:
    entry = happy_store.search_happy(filled, "πολυ")[0]
    assert entry.id is not None
    happy_store.update_happy(filled, entry.id, quote="Σας ευχαριστούμε θερμά")
    assert found(filled, "πολυ") == []
    assert found(filled, "θερμα") == ["Σας ευχαριστούμε θερμά"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"감사"', [KOREAN]),
        ("감사*", [KOREAN]),
        ("(감사)", [KOREAN]),
        ("^감사", [KOREAN]),
        ("NEAR(감사 친절)", []),  # "near" is a word the entry does not hold
        ("감사 AND 친절", []),  # so is "and"
        ("감사 OR ありがとう", []),  # every word must be there, "or" included
        ("ありがとう -丁寧", [JAPANESE]),
    ],
)
def test_search_syntax_around_other_scripts_is_text(
    filled: Store, query: str, expected: list[str]
) -> None:
    assert found(filled, query) == expected
    assert happy_store.count_search(filled, query) == len(expected)


def test_search_syntax_words_are_searched_as_words(store: Store) -> None:
    happy_store.add_happy(store, "He said AND then OR and NEAR the door", NOW)
    happy_store.add_happy(store, "Nothing of the kind", NOW + dt.timedelta(minutes=1))
    assert found(store, "AND") == ["He said AND then OR and NEAR the door"]
    assert found(store, "or near") == ["He said AND then OR and NEAR the door"]
    assert found(store, "NEAR(door said)") == ["He said AND then OR and NEAR the door"]
    assert found(store, "kind*") == ["Nothing of the kind"]
    assert found(store, '"nothing of"') == ["Nothing of the kind"]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(
        alphabet=st.sampled_from(list('감사ありがとうΕυχαριστώ"*^()-: ANDORNEARab')), max_size=20
    )
)
def test_search_in_any_script_never_raises(filled: Store, query: str) -> None:
    result = happy_store.search_happy(filled, query, limit=5)
    assert len(result) <= 5


# --- upgrading a file from before -------------------------------------------------------------

OLD_VERSION = 7
"""The schema version before happy-file search worked in every script."""


def old_database(path: Path, quotes: tuple[str, ...]) -> None:
    """A database as the previous version left it, with entries saved by that version."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    old = Store(path, conn)
    schema.migrate(old, 0, OLD_VERSION)
    with old.write() as write:
        for number, quote in enumerate(quotes):
            write.execute(
                "INSERT INTO happy_entries (created, quote, key) VALUES (?, ?, ?)",
                (f"2025-01-0{number + 1}T09:00:00Z", quote, f"key-{number}"),
            )
    assert old.schema_version == OLD_VERSION
    # The old index held a Japanese sentence as one word: the reason for the upgrade.
    old_match = "SELECT rowid FROM happy_fts WHERE happy_fts MATCH ?"
    assert not conn.execute(old_match, ('"ありがとう"*',)).fetchall()
    old.close()


def test_an_older_file_is_searchable_in_every_language_after_the_upgrade() -> None:
    path = paths.database_path()
    old_database(path, QUOTES)
    store = open_store(path)
    try:
        assert store.schema_version == len(schema.MIGRATIONS)
        assert happy_store.count_happy(store) == len(QUOTES), "every entry survives"
        assert found(store, "감사") == [KOREAN]
        assert found(store, "친절하게") == [KOREAN]
        assert found(store, "ありがとう") == [JAPANESE]
        assert found(store, "対応") == [JAPANESE]
        assert found(store, "ευχαριστω") == [GREEK]
        assert found(store, "πολυ") == [GREEK]
        assert found(store, "thank") == [ENGLISH]
        # Entries added and edited after the upgrade are kept in step with the new index.
        added = happy_store.add_happy(store, "また利用したいです", NOW)
        assert found(store, "利用") == ["また利用したいです"]
        assert added.id is not None
        happy_store.update_happy(store, added.id, quote="また使いたいです")
        assert found(store, "利用") == []
        assert found(store, "使い") == ["また使いたいです"]
        for index in ("happy_fts", "happy_trigrams"):
            # Raises when an index and the rows it was built from disagree.
            store.conn.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")
    finally:
        store.close()


def test_two_first_runs_of_the_new_version_upgrade_once() -> None:
    path = paths.database_path()
    old_database(path, QUOTES)
    first = open_store(path)
    # A second process that read the old version before the first one finished: it finds the
    # upgrade done when it gets the write lock, and skips it.
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    second = Store(path, conn)
    schema.migrate(second, OLD_VERSION)
    try:
        assert second.schema_version == len(schema.MIGRATIONS)
        assert found(second, "ありがとう") == [JAPANESE]
        assert happy_store.count_happy(second) == len(QUOTES)
    finally:
        second.close()
        first.close()
