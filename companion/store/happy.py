"""The happy file (P1.2) and the agent's own phrases (P1.7): saving, search, lift me up, import.

Full-text search runs on two FTS5 tables, ``happy_fts`` (words) and ``happy_trigrams``, that
triggers keep in step with ``happy_entries.search``: the folded words of quote, note and tags,
which the store writes with every change (companion.core.search). User words are always quoted,
so search syntax typed into the box is plain text. Deleting sets ``deleted`` so that Undo can
bring an entry back unchanged.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from companion.core.days import parse_utc_iso, utc_iso
from companion.core.errors import InvalidInput
from companion.core.happy import (
    IMAGE_MIMES,
    MAX_IMAGE_BYTES,
    MAX_NOTE_CHARS,
    MAX_QUOTE_CHARS,
    HappyEntry,
    choose_lift,
    content_key,
    normalise_tags,
    tag_key,
)
from companion.core.happy_export import HappyExport
from companion.core.phrasebook import CATEGORY_IDS, UserPhrase
from companion.core.search import fts_phrases, search_terms, search_text
from companion.store import Store
from companion.store.searching import matching

log = logging.getLogger(__name__)

_SUMMARY_COLUMNS = "e.id, e.created, e.quote, e.note, e.tags, e.starred, e.image_mime, e.key"
_FULL_COLUMNS = f"{_SUMMARY_COLUMNS}, e.image"
MAX_PHRASE_CHARS = 4_000


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import did, for the message the user sees."""

    added: int
    skipped: int
    phrases_added: int = 0
    phrases_skipped: int = 0


# --- rows ---------------------------------------------------------------------------------


def _tags_text(tags: Sequence[str]) -> str:
    return "\n".join(tags)


def _row_to_entry(row: sqlite3.Row, with_image: bool) -> HappyEntry:
    tags = tuple(t for t in str(row["tags"]).split("\n") if t)
    return HappyEntry(
        id=int(row["id"]),
        created=parse_utc_iso(row["created"]),
        quote=str(row["quote"]),
        note=str(row["note"]),
        tags=tags,
        starred=bool(row["starred"]),
        image=bytes(row["image"]) if with_image and row["image"] is not None else None,
        image_mime=row["image_mime"],
        key=str(row["key"]),
    )


def _clean(quote: str, note: str, image: bytes | None, image_mime: str | None) -> None:
    if len(quote) > MAX_QUOTE_CHARS:
        raise InvalidInput(f"The quote is too long (at most {MAX_QUOTE_CHARS:,} characters).")
    if len(note) > MAX_NOTE_CHARS:
        raise InvalidInput(f"The note is too long (at most {MAX_NOTE_CHARS:,} characters).")
    if image is not None:
        if image_mime not in IMAGE_MIMES:
            raise InvalidInput("Only PNG, JPEG, GIF and WebP images can be kept.")
        if len(image) > MAX_IMAGE_BYTES:
            raise InvalidInput("The image is too large to keep; scale it down first.")
    if not quote.strip() and not image:
        raise InvalidInput("There is nothing to save: the quote is empty and there is no image.")


def _write_tags(conn: sqlite3.Connection, entry_id: int, tags: Sequence[str]) -> None:
    conn.execute("DELETE FROM happy_tags WHERE entry_id = ?", (entry_id,))
    conn.executemany(
        "INSERT INTO happy_tags (entry_id, tag) VALUES (?, ?)", [(entry_id, t) for t in tags]
    )


def _insert(conn: sqlite3.Connection, entry: HappyEntry, key: str) -> int:
    cursor = conn.execute(
        "INSERT INTO happy_entries "
        "(created, quote, note, tags, starred, image, image_mime, key, search) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            utc_iso(entry.created),
            entry.quote,
            entry.note,
            _tags_text(entry.tags),
            int(entry.starred),
            entry.image,
            entry.image_mime if entry.image else None,
            key,
            search_text(entry.quote, entry.note, _tags_text(entry.tags)),
        ),
    )
    assert cursor.lastrowid is not None
    _write_tags(conn, cursor.lastrowid, entry.tags)
    return cursor.lastrowid


# --- writing ------------------------------------------------------------------------------


def add_happy(
    store: Store,
    quote: str,
    now: dt.datetime,
    *,
    note: str = "",
    tags: Iterable[str] = (),
    starred: bool = False,
    image: bytes | None = None,
    image_mime: str | None = None,
) -> HappyEntry:
    """Save a new entry (the caller has already redacted the quote if the agent wanted that)."""
    quote = quote.strip()
    note = note.strip()
    _clean(quote, note, image, image_mime)
    entry = HappyEntry(
        id=None,
        created=parse_utc_iso(utc_iso(now)),
        quote=quote,
        note=note,
        tags=normalise_tags(tags),
        starred=starred,
        image=image or None,
        image_mime=image_mime if image else None,
    )
    key = entry.effective_key
    with store.write() as conn:
        existing = conn.execute("SELECT id FROM happy_entries WHERE key = ?", (key,)).fetchone()
        if existing is not None:
            # Same instant and same text: a double click, not a second entry.
            conn.execute("UPDATE happy_entries SET deleted = NULL WHERE id = ?", (existing[0],))
            entry_id = int(existing[0])
        else:
            entry_id = _insert(conn, entry, key)
    found = get_happy(store, entry_id)
    assert found is not None
    return found


def update_happy(
    store: Store,
    entry_id: int,
    *,
    quote: str | None = None,
    note: str | None = None,
    tags: Iterable[str] | None = None,
    starred: bool | None = None,
) -> HappyEntry:
    """Change what the agent edited; the content key stays so old exports still match."""
    current = get_happy(store, entry_id, with_image=True)
    if current is None:
        raise InvalidInput(f"There is no happy file entry {entry_id}.")
    new_quote = current.quote if quote is None else quote.strip()
    new_note = current.note if note is None else note.strip()
    new_tags = current.tags if tags is None else normalise_tags(tags)
    new_starred = current.starred if starred is None else starred
    _clean(new_quote, new_note, current.image, current.image_mime)
    with store.write() as conn:
        conn.execute(
            "UPDATE happy_entries SET quote = ?, note = ?, tags = ?, starred = ?, search = ? "
            "WHERE id = ?",
            (
                new_quote,
                new_note,
                _tags_text(new_tags),
                int(new_starred),
                search_text(new_quote, new_note, _tags_text(new_tags)),
                entry_id,
            ),
        )
        if new_tags != current.tags:
            _write_tags(conn, entry_id, new_tags)
    updated = get_happy(store, entry_id)
    assert updated is not None
    return updated


def set_starred(store: Store, entry_id: int, starred: bool) -> None:
    with store.write() as conn:
        conn.execute(
            "UPDATE happy_entries SET starred = ? WHERE id = ? AND deleted IS NULL",
            (int(starred), entry_id),
        )


def delete_happy(store: Store, entry_id: int, now: dt.datetime) -> bool:
    """Hide an entry; :func:`restore_happy` undoes it. False when there was nothing to delete."""
    with store.write() as conn:
        cursor = conn.execute(
            "UPDATE happy_entries SET deleted = ? WHERE id = ? AND deleted IS NULL",
            (utc_iso(now), entry_id),
        )
    return cursor.rowcount > 0


def restore_happy(store: Store, entry_id: int) -> bool:
    """Undo a delete."""
    with store.write() as conn:
        cursor = conn.execute(
            "UPDATE happy_entries SET deleted = NULL WHERE id = ? AND deleted IS NOT NULL",
            (entry_id,),
        )
    return cursor.rowcount > 0


def purge_deleted(store: Store, before: dt.datetime) -> int:
    """Remove for good entries deleted before ``before`` (undo is only offered briefly)."""
    with store.write() as conn:
        cursor = conn.execute(
            "DELETE FROM happy_entries WHERE deleted IS NOT NULL AND deleted < ?",
            (utc_iso(before),),
        )
    return cursor.rowcount


# --- reading ------------------------------------------------------------------------------


def get_happy(store: Store, entry_id: int, *, with_image: bool = True) -> HappyEntry | None:
    """One live entry (not deleted), with its image bytes unless asked otherwise."""
    columns = _FULL_COLUMNS if with_image else f"{_SUMMARY_COLUMNS}, NULL AS image"
    rows = store.read(
        f"SELECT {columns} FROM happy_entries e WHERE e.id = ? AND e.deleted IS NULL",
        (entry_id,),
    )
    return _row_to_entry(rows[0], with_image) if rows else None


def fts_query(text: str) -> str:
    """The words of ``text`` written with spaces between words, as an FTS5 query of the word
    index: each word quoted and matched as a prefix, all required.

    Quotes, ``*``, ``-``, ``NEAR``, ``AND``/``OR`` and parentheses are never passed through as
    syntax; empty when there are no such words.
    """
    return fts_phrases(search_terms(text).words, prefix=True)


def search_happy(
    store: Store,
    query: str = "",
    *,
    tag: str | None = None,
    starred_only: bool = False,
    limit: int | None = None,
    offset: int = 0,
    with_images: bool = False,
) -> list[HappyEntry]:
    """Live entries matching every word of ``query``, newest first: a word matches where a word
    starts ("thank" finds "thanks"), and anywhere in Korean, Japanese or Chinese text.

    Entries come without image bytes unless ``with_images``; ``image_mime`` still says there
    is one, so a list can show a marker without loading megabytes.
    """
    columns = _FULL_COLUMNS if with_images else f"{_SUMMARY_COLUMNS}, NULL AS image"
    source, where, params = _search_filter(store, query, tag, starred_only)
    # With only a character or two of Korean, Japanese or Chinese to look for, reading the rows
    # in stored order and sorting the matches beats walking the date index (unary + stops it):
    # a rare match would otherwise jump across the whole file.
    terms = search_terms(query)
    newest = "+e.created" if terms.scanned and not (terms.words or terms.pieces) else "e.created"
    sql = f"SELECT {columns} FROM {source} WHERE {where} ORDER BY {newest} DESC, e.id DESC"
    if limit is not None or offset:
        sql += " LIMIT ? OFFSET ?"
        params += [-1 if limit is None else int(limit), int(offset)]
    return [_row_to_entry(row, with_images) for row in store.read(sql, tuple(params))]


def count_search(
    store: Store, query: str = "", *, tag: str | None = None, starred_only: bool = False
) -> int:
    """How many live entries :func:`search_happy` would return without a limit."""
    source, where, params = _search_filter(store, query, tag, starred_only)
    return int(store.read(f"SELECT count(*) FROM {source} WHERE {where}", tuple(params))[0][0])


def _search_filter(
    store: Store, query: str, tag: str | None, starred_only: bool
) -> tuple[str, str, list[object]]:
    found = matching(query, "e", "happy_fts", "happy_trigrams")
    source = "happy_entries e" + found.joins
    where = ["e.deleted IS NULL", *found.where]
    params = found.params
    if tag:
        spellings = _tag_spellings(store, tag)
        marks = ", ".join("?" for _ in spellings) or "NULL"
        where.append(f"e.id IN (SELECT entry_id FROM happy_tags WHERE tag IN ({marks}))")
        params.extend(spellings)
    if starred_only:
        where.append("e.starred = 1")
    return source, " AND ".join(where), params


def _tag_spellings(store: Store, tag: str) -> list[str]:
    """The stored tags that ``tag`` names, whatever their case, accents or sigma ("ευχαριστιες"
    finds "ευχαριστίες", and "ευχαριστίεσ" that older versions stored)."""
    wanted = tag_key(tag)
    rows = store.read("SELECT DISTINCT tag FROM happy_tags")
    return [str(row[0]) for row in rows if tag_key(str(row[0])) == wanted]


def entries_by_id(store: Store, entry_ids: Sequence[int]) -> list[HappyEntry]:
    """Live entries with images, newest first, for exporting a selection."""
    found: list[HappyEntry] = []
    for start in range(0, len(entry_ids), 500):
        chunk = list(entry_ids[start : start + 500])
        marks = ", ".join("?" for _ in chunk)
        rows = store.read(
            f"SELECT {_FULL_COLUMNS} FROM happy_entries e "
            f"WHERE e.deleted IS NULL AND e.id IN ({marks})",
            tuple(chunk),
        )
        found.extend(_row_to_entry(row, True) for row in rows)
    found.sort(key=lambda e: (e.created, e.id or 0), reverse=True)
    return found


def happy_tags(store: Store) -> list[tuple[str, int]]:
    """Tags in use with how many live entries carry each, most used first (for completion)."""
    rows = store.read(
        "SELECT t.tag, count(*) AS n FROM happy_tags t "
        "JOIN happy_entries e ON e.id = t.entry_id WHERE e.deleted IS NULL "
        "GROUP BY t.tag ORDER BY n DESC, t.tag"
    )
    return [(str(r["tag"]), int(r["n"])) for r in rows]


def count_happy(store: Store) -> int:
    return int(store.read("SELECT count(*) FROM happy_entries WHERE deleted IS NULL")[0][0])


def count_happy_added(store: Store, start_utc: dt.datetime, end_utc: dt.datetime) -> int:
    """Live entries created in ``[start_utc, end_utc)`` (the reflection screen's day count)."""
    row = store.read(
        "SELECT count(*) FROM happy_entries WHERE deleted IS NULL AND created >= ? AND created < ?",
        (utc_iso(start_utc), utc_iso(end_utc)),
    )[0]
    return int(row[0])


def random_happy(
    store: Store, rng: random.Random | None = None, *, avoid: int | None = None
) -> HappyEntry | None:
    """One live entry for "lift me up", starred ones more likely; None when the file is empty.

    ``avoid`` (the entry already on screen) is left out whenever there is another to show.
    """
    rows = store.read("SELECT id, starred FROM happy_entries WHERE deleted IS NULL")
    candidates = [(int(r[0]), bool(r[1])) for r in rows]
    others = [c for c in candidates if c[0] != avoid]
    chosen = choose_lift(others or candidates, rng or random.Random())
    return None if chosen is None else get_happy(store, chosen)


# --- import -------------------------------------------------------------------------------


def import_happy(store: Store, export: HappyExport) -> ImportResult:
    """Add what the export holds that is not here yet, in one transaction.

    Entries match on their content key; an entry deleted here comes back. Own phrases match on
    category, text and objection.
    """
    added = skipped = phrases_added = phrases_skipped = 0
    with store.write() as conn:
        for entry in export.entries:
            _clean(entry.quote, entry.note, entry.image, entry.image_mime)
            key = entry.key or content_key(entry.created, entry.quote, entry.image)
            row = conn.execute(
                "SELECT id, deleted FROM happy_entries WHERE key = ?", (key,)
            ).fetchone()
            if row is None:
                _insert(conn, entry, key)
                added += 1
            elif row["deleted"] is not None:
                conn.execute("UPDATE happy_entries SET deleted = NULL WHERE id = ?", (row["id"],))
                added += 1
            else:
                skipped += 1
        for phrase in export.phrases:
            if _insert_phrase(conn, phrase):
                phrases_added += 1
            else:
                phrases_skipped += 1
    return ImportResult(added, skipped, phrases_added, phrases_skipped)


# --- own phrases and rehearsed answers (P1.7) ---------------------------------------------


def _check_phrase(category: str, text: str, objection: str) -> None:
    if category not in CATEGORY_IDS:
        raise InvalidInput(f"Unknown phrase category {category!r}.")
    if not text.strip():
        raise InvalidInput("The phrase is empty.")
    if len(text) > MAX_PHRASE_CHARS or len(objection) > MAX_PHRASE_CHARS:
        raise InvalidInput(f"The phrase is too long (at most {MAX_PHRASE_CHARS:,} characters).")


def _insert_phrase(conn: sqlite3.Connection, phrase: UserPhrase) -> bool:
    _check_phrase(phrase.category, phrase.text, phrase.objection)
    cursor = conn.execute(
        "INSERT OR IGNORE INTO user_phrases (created, category, text, objection) "
        "VALUES (?, ?, ?, ?)",
        (utc_iso(phrase.created), phrase.category, phrase.text.strip(), phrase.objection.strip()),
    )
    return cursor.rowcount > 0


def _row_to_phrase(row: sqlite3.Row) -> UserPhrase:
    return UserPhrase(
        id=int(row["id"]),
        created=parse_utc_iso(row["created"]),
        category=str(row["category"]),
        text=str(row["text"]),
        objection=str(row["objection"]),
    )


def add_phrase(
    store: Store, category: str, text: str, now: dt.datetime, *, objection: str = ""
) -> UserPhrase:
    """Keep one of the agent's own phrases; with ``objection`` it is a rehearsed answer."""
    _check_phrase(category, text, objection)
    with store.write() as conn:
        cursor = conn.execute(
            "INSERT INTO user_phrases (created, category, text, objection) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (category, text, objection) DO UPDATE SET created = created "
            "RETURNING id",
            (utc_iso(now), category, text.strip(), objection.strip()),
        )
        phrase_id = int(cursor.fetchone()[0])
    phrase = get_phrase(store, phrase_id)
    assert phrase is not None
    return phrase


def update_phrase(
    store: Store, phrase_id: int, *, category: str, text: str, objection: str = ""
) -> UserPhrase:
    _check_phrase(category, text, objection)
    try:
        with store.write() as conn:
            cursor = conn.execute(
                "UPDATE user_phrases SET category = ?, text = ?, objection = ? WHERE id = ?",
                (category, text.strip(), objection.strip(), phrase_id),
            )
    except sqlite3.IntegrityError as error:
        raise InvalidInput("You already have this phrase in that category.") from error
    if cursor.rowcount == 0:
        raise InvalidInput(f"There is no phrase {phrase_id}.")
    phrase = get_phrase(store, phrase_id)
    assert phrase is not None
    return phrase


def delete_phrase(store: Store, phrase_id: int) -> bool:
    with store.write() as conn:
        cursor = conn.execute("DELETE FROM user_phrases WHERE id = ?", (phrase_id,))
    return cursor.rowcount > 0


def get_phrase(store: Store, phrase_id: int) -> UserPhrase | None:
    rows = store.read("SELECT * FROM user_phrases WHERE id = ?", (phrase_id,))
    return _row_to_phrase(rows[0]) if rows else None


def list_phrases(store: Store, category: str | None = None) -> list[UserPhrase]:
    """The agent's own phrases, newest first."""
    if category is None:
        rows = store.read("SELECT * FROM user_phrases ORDER BY created DESC, id DESC")
    else:
        rows = store.read(
            "SELECT * FROM user_phrases WHERE category = ? ORDER BY created DESC, id DESC",
            (category,),
        )
    return [_row_to_phrase(row) for row in rows]
