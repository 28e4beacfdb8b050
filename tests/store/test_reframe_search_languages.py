"""Saved-reframe search in Korean, Japanese and Greek as well as English, on a real SQLite file,
and the upgrade that rebuilds an older file's index so its reframes are found the same way."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import sqlite3
import threading
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from companion import paths
from companion.store import Store, open_store, schema
from companion.store import reframe as reframe_store
from companion.store.reframe import SavedReframe

NOW = dt.datetime(2026, 3, 2, 15, 0, tzinfo=dt.UTC)

KOREAN = SavedReframe(
    situation="환불 문의 고객이 상담 내내 언성을 높이셨다",
    thought="나는 항상 이런 통화를 망쳐",
    temporary="오늘 통화 하나가 힘들었을 뿐이다",
    improvement="환불 규정을 먼저 짧게 설명해 드리기",
)
JAPANESE = SavedReframe(
    situation="配送遅延のお問い合わせで、お客様にかなり強い口調で責められた",
    thought="私の対応がいつも悪いせいだ",
    specific="今回は配送業者の遅れが原因で、私の説明の仕方だけの問題ではない",
    evidence_against="先週は同じ件で丁寧にお礼を言われた",
)
GREEK = SavedReframe(
    situation="Πελάτης φώναζε για την επιστροφή χρημάτων",
    thought="Όλοι οι πελάτες με μισούν",
    external="Ήταν θυμωμένος με την καθυστέρηση, όχι μαζί μου",
    useful_belief="Μπορώ να εξηγήσω τη διαδικασία πιο απλά",
)
ENGLISH = SavedReframe(
    situation="Courier lost the parcel twice",
    thought="I'm useless at shipping tickets",
    improvement="Check the tracking page before replying",
)
REFRAMES = (KOREAN, JAPANESE, GREEK, ENGLISH)
TEXTS = (
    "situation",
    "thought",
    "temporary",
    "specific",
    "external",
    "evidence_for",
    "evidence_against",
    "useful_belief",
    "improvement",
)


def found(store: Store, query: str) -> list[str]:
    return [saved.situation for saved in reframe_store.list_reframes(store, query)]


def save_all(store: Store) -> None:
    for minutes, reframe in enumerate(REFRAMES):
        reframe_store.save_reframe(store, reframe, NOW + dt.timedelta(minutes=minutes))


@pytest.fixture
def filled(store: Store) -> Store:
    save_all(store)
    return store


WORDS_IN_EVERY_LANGUAGE = [
    ("환불", KOREAN),
    ("항상", KOREAN),
    ("망쳐", KOREAN),
    ("통화를", KOREAN),
    ("높이셨다", KOREAN),
    ("규정", KOREAN),
    ("配送", JAPANESE),  # at the start of the sentence
    ("遅延", JAPANESE),  # inside it, with no space before it
    ("お問い合わせ", JAPANESE),
    ("対応", JAPANESE),
    ("責められた", JAPANESE),
    ("丁寧", JAPANESE),  # in the evidence against the thought
    ("επιστροφη", GREEK),  # typed without the accent
    ("επιστροφή", GREEK),
    ("ΟΛΟΙ", GREEK),  # capitals, without the accent of Όλοι
    ("μισουν", GREEK),
    ("καθυστερηση", GREEK),
    ("απλα", GREEK),  # in the useful belief
    ("courier", ENGLISH),
    ("TRACK", ENGLISH),  # the start of a word
    ("useless shipping", ENGLISH),
]


@pytest.mark.parametrize(("query", "reframe"), WORDS_IN_EVERY_LANGUAGE)
def test_a_word_finds_its_reframe_in_every_language(
    filled: Store, query: str, reframe: SavedReframe
) -> None:
    assert found(filled, query) == [reframe.situation]


@pytest.mark.parametrize(
    "query",
    [
        "환불해",  # a different ending: not in the reframe
        "配送料",
        "かいつも",  # voicing marks are kept: the reframe says がいつも
        "ευχαριστω",
        "πιστροφη",  # inside a Greek word, not at its start
        "ourier",  # inside an English word
        "환불 courier",  # every word must be in one reframe
    ],
)
def test_what_is_not_there_is_not_found(filled: Store, query: str) -> None:
    assert found(filled, query) == []


@pytest.mark.parametrize(
    ("query", "reframe"),
    [("환", KOREAN), ("나는", KOREAN), ("私", JAPANESE), ("口調", JAPANESE), ("π", GREEK)],
)
def test_one_or_two_characters_are_searched_too(
    filled: Store, query: str, reframe: SavedReframe
) -> None:
    assert found(filled, query) == [reframe.situation]


def test_full_width_and_half_width_forms_match(filled: Store) -> None:
    reframe_store.save_reframe(
        filled, SavedReframe("ﾁｬｯﾄで怒られた", "ＡＬＷＡＹＳ私だけ"), NOW + dt.timedelta(hours=1)
    )
    assert found(filled, "チャット") == ["ﾁｬｯﾄで怒られた"]
    assert found(filled, "always") == ["ﾁｬｯﾄで怒られた"]


def test_deleted_reframes_are_not_found(filled: Store) -> None:
    [saved] = reframe_store.list_reframes(filled, "遅延")
    assert saved.id is not None
    assert reframe_store.delete_reframe(filled, saved.id)
    assert found(filled, "遅延") == []
    assert found(filled, "丁寧") == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ('"환불"', [KOREAN]),
        ("환불*", [KOREAN]),
        ("(配送)", [JAPANESE]),
        ("^配送", [JAPANESE]),
        ("NEAR(配送 遅延)", []),  # "near" is a word the reframe does not hold
        ("配送 AND 遅延", []),  # so is "and"
        ("환불 OR 配送", []),  # every word must be there, "or" included
        ("配送 -遅延", [JAPANESE]),
        ("επιστροφη:", [GREEK]),
        ("situation:courier", []),  # no column filter: "situation" is a word like any other
    ],
)
def test_search_syntax_is_text(filled: Store, query: str, expected: list[SavedReframe]) -> None:
    assert found(filled, query) == [reframe.situation for reframe in expected]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.text(alphabet=st.sampled_from(list('환불配送遅延Όλοιπ"*^()-:{} ANDORNEARcu')), max_size=20)
)
def test_search_in_any_script_never_raises(filled: Store, query: str) -> None:
    assert len(reframe_store.list_reframes(filled, query, limit=3)) <= 3


# --- upgrading a file from before -------------------------------------------------------------

OLD_VERSION = 8
"""The schema version before saved-reframe search worked in every script."""


def old_database(path: Path) -> None:
    """A database as the previous version left it, with reframes saved by that version."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    old = Store(path, conn)
    schema.migrate(old, 0, OLD_VERSION)
    with old.write() as write:
        for number, reframe in enumerate(REFRAMES):
            write.execute(
                f"INSERT INTO reframes (created, {', '.join(TEXTS)}) "
                f"VALUES (?, {', '.join('?' for _ in TEXTS)})",
                (f"2025-01-0{number + 1}T09:00:00Z", *(getattr(reframe, t) for t in TEXTS)),
            )
    assert old.schema_version == OLD_VERSION
    # The old index held a Japanese sentence as one word and kept Greek accents (its tokenizer
    # strips Latin ones only), while the query had none: the reasons for the upgrade.
    old_match = "SELECT rowid FROM reframes_fts WHERE reframes_fts MATCH ?"
    assert conn.execute(old_match, ('"配送"*',)).fetchall()
    assert not conn.execute(old_match, ('"遅延"*',)).fetchall()
    assert conn.execute(old_match, ('"όλοι"*',)).fetchall()
    assert not conn.execute(old_match, ('"ολοι"*',)).fetchall()
    old.close()


def test_an_older_file_is_searchable_in_every_language_after_the_upgrade() -> None:
    path = paths.database_path()
    old_database(path)
    store = open_store(path)
    try:
        assert store.schema_version == len(schema.MIGRATIONS)
        assert len(reframe_store.list_reframes(store)) == len(REFRAMES), "every reframe survives"
        for query, reframe in WORDS_IN_EVERY_LANGUAGE:
            assert found(store, query) == [reframe.situation], query
        # Reframes saved and deleted after the upgrade are kept in step with the new indexes.
        saved = reframe_store.save_reframe(
            store, SavedReframe("返品の件で同じ説明を三回した", "誰も私の話を聞いてくれない"), NOW
        )
        assert found(store, "返品") == ["返品の件で同じ説明を三回した"]
        assert found(store, "聞いて") == ["返品の件で同じ説明を三回した"]
        assert saved.id is not None
        reframe_store.delete_reframe(store, saved.id)
        assert found(store, "返品") == []
        for index in ("reframes_fts", "reframes_trigrams"):
            # Raises when an index and the rows it was built from disagree.
            store.conn.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")
    finally:
        store.close()


def test_the_upgrade_indexes_every_text_of_a_reframe() -> None:
    path = paths.database_path()
    old_database(path)
    store = open_store(path)
    try:
        # The old index left out the evidence and the useful belief; the new one reads them.
        assert found(store, "丁寧") == [JAPANESE.situation]
        assert found(store, "απλα") == [GREEK.situation]
    finally:
        store.close()


def test_two_first_runs_of_the_new_version_upgrade_once() -> None:
    path = paths.database_path()
    old_database(path)
    first = open_store(path)
    # A second process that read the old version before the first one finished: it finds the
    # upgrade done when it gets the write lock, and skips it.
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    second = Store(path, conn)
    schema.migrate(second, OLD_VERSION)
    try:
        assert second.schema_version == len(schema.MIGRATIONS)
        assert found(second, "遅延") == [JAPANESE.situation]
        assert len(reframe_store.list_reframes(second)) == len(REFRAMES)
    finally:
        second.close()
        first.close()


def _open_and_search(path: str, start: threading.Barrier) -> list[str]:
    start.wait(timeout=60)
    store = open_store(Path(path))
    try:
        return found(store, "遅延")
    finally:
        store.close()


def test_two_processes_opening_an_older_file_at_once_both_find_it_upgraded() -> None:
    path = paths.database_path()
    old_database(path)
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        start = manager.Barrier(2)
        with context.Pool(2) as pool:
            results = [pool.apply_async(_open_and_search, (str(path), start)) for _ in range(2)]
            answers = [result.get(timeout=120) for result in results]
    assert answers == [[JAPANESE.situation]] * 2
    store = open_store(path)
    try:
        assert store.schema_version == len(schema.MIGRATIONS)
        assert len(reframe_store.list_reframes(store)) == len(REFRAMES), "nothing saved twice"
        (count,) = store.conn.execute("SELECT count(*) FROM reframes_trigrams").fetchone()
        assert count == len(REFRAMES)
        for index in ("reframes_fts", "reframes_trigrams"):
            store.conn.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")
    finally:
        store.close()
