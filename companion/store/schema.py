"""Numbered forward migrations. ``PRAGMA user_version`` is the number applied.

A fresh database is built by running every migration in order, so the upgrade path is exercised
every time. Append new migrations at the end; never edit or reorder a released one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from companion.core.errors import DatabaseUnavailable

if TYPE_CHECKING:
    import sqlite_utils

    from companion.store import Store

log = logging.getLogger(__name__)

Migration = Callable[["sqlite_utils.Database"], None]


def m001_interactions(db: sqlite_utils.Database) -> None:
    """Positive/negative logs (P1.1) with an optional topic (P5.5) and note."""
    db.table("interactions").create(
        {"id": int, "created": str, "positive": int, "topic": str, "note": str},
        pk="id",
        not_null={"created", "positive"},
    )
    db.table("interactions").create_index(["created"], index_name="interactions_created")
    db.table("interactions").create_index(
        ["positive", "created"], index_name="interactions_positive_created"
    )


def reframes_and_reflections(db: sqlite_utils.Database) -> None:
    """Saved reframes (P1.5) with full-text search, and one reflection per day (P1.6).

    A reframe's link to a negative log is cleared, not cascaded, when the log is undone.
    """
    db.execute(
        """
        CREATE TABLE reframes (
            id INTEGER PRIMARY KEY,
            created TEXT NOT NULL,
            situation TEXT NOT NULL DEFAULT '',
            thought TEXT NOT NULL DEFAULT '',
            temporary TEXT NOT NULL DEFAULT '',
            specific TEXT NOT NULL DEFAULT '',
            external TEXT NOT NULL DEFAULT '',
            evidence_for TEXT NOT NULL DEFAULT '',
            evidence_against TEXT NOT NULL DEFAULT '',
            useful_belief TEXT NOT NULL DEFAULT '',
            improvement TEXT NOT NULL DEFAULT '',
            feeling_before INTEGER CHECK (feeling_before BETWEEN 1 AND 5),
            feeling_after INTEGER CHECK (feeling_after BETWEEN 1 AND 5),
            interaction_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL
        )
        """
    )
    db.execute("CREATE INDEX reframes_created ON reframes(created)")
    db.table("reframes").enable_fts(
        ["situation", "thought", "temporary", "specific", "external", "improvement"],
        fts_version="FTS5",
        create_triggers=True,
        tokenize="unicode61 remove_diacritics 2",
    )
    db.execute(
        """
        CREATE TABLE reflections (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL UNIQUE,
            mood INTEGER CHECK (mood BETWEEN 1 AND 5),
            energy INTEGER CHECK (energy BETWEEN 1 AND 5),
            well TEXT NOT NULL DEFAULT '',
            hard TEXT NOT NULL DEFAULT '',
            improve TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )
        """
    )


def checks_and_cooloffs(db: sqlite_utils.Database) -> None:
    """Reply checks (counts only — never the checked text) and cool-offs (P2.1).

    A cool-off row with no outcome is the one running; it holds what a restart needs to resume
    (UTC deadline, and the monotonic start for the same process). The held draft is not stored:
    it may be clipboard text, which never goes into the database.
    """
    db.execute(
        """
        CREATE TABLE checks (
            id INTEGER PRIMARY KEY,
            created TEXT NOT NULL,
            verdict TEXT NOT NULL CHECK (verdict IN ('ok', 'care', 'hard')),
            score REAL NOT NULL,
            findings INTEGER NOT NULL DEFAULT 0,
            counts TEXT NOT NULL DEFAULT '{}',
            source TEXT NOT NULL DEFAULT 'typed',
            lang TEXT NOT NULL DEFAULT 'en'
        )
        """
    )
    db.execute("CREATE INDEX checks_created ON checks(created)")
    db.execute(
        """
        CREATE TABLE cooloffs (
            id INTEGER PRIMARY KEY,
            started TEXT NOT NULL,
            duration_s REAL NOT NULL CHECK (duration_s >= 0),
            deadline TEXT NOT NULL,
            started_mono REAL NOT NULL DEFAULT 0,
            reason TEXT NOT NULL DEFAULT 'on-demand',
            outcome TEXT CHECK (outcome IN ('taken', 'skipped', 'sent-anyway')),
            ended TEXT
        )
        """
    )
    db.execute("CREATE INDEX cooloffs_started ON cooloffs(started)")


def happy_file_and_phrases(db: sqlite_utils.Database) -> None:
    """The happy file (P1.2) with FTS5 over quote, note and tags kept in step by triggers, its
    normalised tags, and the agent's own phrases and rehearsed answers (P1.7).

    ``key`` de-duplicates imports; ``deleted`` marks an entry hidden until Undo or a purge.
    """
    for statement in (
        """CREATE TABLE happy_entries (
            id INTEGER PRIMARY KEY,
            created TEXT NOT NULL,
            quote TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',
            starred INTEGER NOT NULL DEFAULT 0,
            image BLOB,
            image_mime TEXT,
            key TEXT NOT NULL UNIQUE,
            deleted TEXT
        )""",
        "CREATE INDEX happy_entries_created ON happy_entries (created)",
        """CREATE TABLE happy_tags (
            entry_id INTEGER NOT NULL REFERENCES happy_entries (id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (entry_id, tag)
        ) WITHOUT ROWID""",
        "CREATE INDEX happy_tags_tag ON happy_tags (tag, entry_id)",
        """CREATE VIRTUAL TABLE happy_fts USING fts5(
            quote, note, tags,
            content='happy_entries', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
        )""",
        """CREATE TRIGGER happy_entries_ai AFTER INSERT ON happy_entries BEGIN
            INSERT INTO happy_fts (rowid, quote, note, tags)
            VALUES (new.id, new.quote, new.note, new.tags);
        END""",
        """CREATE TRIGGER happy_entries_ad AFTER DELETE ON happy_entries BEGIN
            INSERT INTO happy_fts (happy_fts, rowid, quote, note, tags)
            VALUES ('delete', old.id, old.quote, old.note, old.tags);
        END""",
        """CREATE TRIGGER happy_entries_au AFTER UPDATE OF quote, note, tags ON happy_entries
        BEGIN
            INSERT INTO happy_fts (happy_fts, rowid, quote, note, tags)
            VALUES ('delete', old.id, old.quote, old.note, old.tags);
            INSERT INTO happy_fts (rowid, quote, note, tags)
            VALUES (new.id, new.quote, new.note, new.tags);
        END""",
        """CREATE TABLE user_phrases (
            id INTEGER PRIMARY KEY,
            created TEXT NOT NULL,
            category TEXT NOT NULL,
            text TEXT NOT NULL,
            objection TEXT NOT NULL DEFAULT '',
            UNIQUE (category, text, objection)
        )""",
    ):
        db.execute(statement)


def reflection_reminder_state(db: sqlite_utils.Database) -> None:
    """The reflection reminder's snooze (a UTC instant) and "not today" (a Companion day), one
    row, so a restart neither forgets a snooze nor rings again on a day the agent declined."""
    db.execute(
        """
        CREATE TABLE reflection_reminder (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            snoozed_until TEXT,
            not_today TEXT
        )
        """
    )


def running_cooloff_index(db: sqlite_utils.Database) -> None:
    """The app looks for a running cool-off at every start: a partial index of the unfinished
    rows (none or one) answers without reading years of finished cool-offs."""
    db.execute("CREATE INDEX cooloffs_running ON cooloffs(started) WHERE outcome IS NULL")


def handed_off_commands(db: sqlite_utils.Database) -> None:
    """Ids of the commands handed from `companion …` to the app, so that a command the CLI
    saved itself, when the app did not answer, is not saved again when the app wakes."""
    db.execute("CREATE TABLE handoffs (id TEXT PRIMARY KEY, created TEXT NOT NULL) WITHOUT ROWID")


def happy_search_in_every_script(db: sqlite_utils.Database) -> None:
    """Happy-file search that works in Korean, Japanese and Greek as well as English.

    Both indexes read ``happy_entries.search``: the folded words of quote, note and tags
    (companion.core.search), written by the store with every change, so the index and the query
    are folded alike (the old index kept accents the query had dropped, and Hangul syllables the
    query had split into letters). ``happy_fts`` indexes words with their prefixes, as before;
    ``happy_trigrams`` indexes every three characters, so a Japanese word is found inside a
    sentence and a Korean word with its ending. The new column is filled from the rows already
    there, then both indexes are built from it.
    """
    from companion.core.search import search_text

    for statement in (
        "DROP TRIGGER IF EXISTS happy_entries_ai",
        "DROP TRIGGER IF EXISTS happy_entries_ad",
        "DROP TRIGGER IF EXISTS happy_entries_au",
        "DROP TABLE IF EXISTS happy_fts",
        "ALTER TABLE happy_entries ADD COLUMN search TEXT NOT NULL DEFAULT ''",
    ):
        db.execute(statement)
    rows = db.execute("SELECT id, quote, note, tags FROM happy_entries").fetchall()
    db.conn.executemany(
        "UPDATE happy_entries SET search = ? WHERE id = ?",
        [(search_text(quote, note, tags), entry_id) for entry_id, quote, note, tags in rows],
    )
    _search_indexes(db, "happy_entries", "happy_fts", "happy_trigrams")


def _search_indexes(db: sqlite_utils.Database, table: str, words: str, trigrams: str) -> None:
    """Two FTS5 indexes over ``table.search`` (its folded words, see companion.core.search),
    built from the rows and kept in step by triggers: ``words`` holds whole words with their
    prefixes (English, Greek); ``trigrams`` every three characters, for Korean, Japanese and
    Chinese words inside longer runs."""
    indexes = {
        words: "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3'",
        trigrams: "tokenize='trigram'",
    }
    for name, options in indexes.items():
        db.execute(
            f"CREATE VIRTUAL TABLE {name} USING fts5("
            f"search, content='{table}', content_rowid='id', {options})"
        )
        db.execute(f"INSERT INTO {name} ({name}) VALUES ('rebuild')")
    added = "".join(
        f"INSERT INTO {name} (rowid, search) VALUES (new.id, new.search);" for name in indexes
    )
    removed = "".join(
        f"INSERT INTO {name} ({name}, rowid, search) VALUES ('delete', old.id, old.search);"
        for name in indexes
    )
    for statement in (
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON {table} BEGIN {added} END",
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON {table} BEGIN {removed} END",
        f"CREATE TRIGGER {table}_au AFTER UPDATE OF search ON {table} BEGIN {removed} {added} END",
    ):
        db.execute(statement)


def reframe_search_in_every_script(db: sqlite_utils.Database) -> None:
    """Saved-reframe search that works in Korean, Japanese and Greek as well as English, as the
    happy file's does.

    The old index kept Greek accents (its tokenizer strips Latin ones only), so a word typed
    without them was not found, and held a Japanese sentence as one word. Both new indexes read
    ``reframes.search``: the folded words of every text of a reframe (companion.core.search),
    written by the store with each save, so the index and the query are folded alike.
    ``reframes_fts`` indexes words with their prefixes; ``reframes_trigrams`` every three
    characters, for Korean, Japanese and Chinese words inside longer runs. The column is filled
    from the reframes already saved, then both indexes are built from it.
    """
    from companion.core.search import search_text

    texts = (
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
    for statement in (
        "DROP TRIGGER IF EXISTS reframes_ai",
        "DROP TRIGGER IF EXISTS reframes_ad",
        "DROP TRIGGER IF EXISTS reframes_au",
        "DROP TABLE IF EXISTS reframes_fts",
        "ALTER TABLE reframes ADD COLUMN search TEXT NOT NULL DEFAULT ''",
    ):
        db.execute(statement)
    rows = db.execute(f"SELECT id, {', '.join(texts)} FROM reframes").fetchall()
    db.conn.executemany(
        "UPDATE reframes SET search = ? WHERE id = ?",
        [(search_text(*row[1:]), row[0]) for row in rows],
    )
    _search_indexes(db, "reframes", "reframes_fts", "reframes_trigrams")


MIGRATIONS: list[Migration] = [
    m001_interactions,
    reframes_and_reflections,
    checks_and_cooloffs,
    happy_file_and_phrases,
    reflection_reminder_state,
    running_cooloff_index,
    handed_off_commands,
    happy_search_in_every_script,
    reframe_search_in_every_script,
]


def migrate(store: Store, current: int, target: int | None = None) -> None:
    """Apply migrations ``current+1 .. target`` one transaction each."""
    from companion.store import APPLICATION_ID

    target = len(MIGRATIONS) if target is None else target
    db = store.db
    for number in range(current + 1, target + 1):
        migration = MIGRATIONS[number - 1]
        with store.write() as conn:
            # Another process starting at the same moment (a login autostart and a shortcut)
            # may have applied it while this one waited for the write lock.
            if int(conn.execute("PRAGMA user_version").fetchone()[0]) >= number:
                continue
            log.info("store: applying migration %d (%s)", number, migration.__name__)
            migration(db)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {number}")
    if store.schema_version < target:
        raise DatabaseUnavailable(f"Migration of {store.path} did not complete.")
