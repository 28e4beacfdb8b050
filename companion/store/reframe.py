"""Saved reframes (P1.5): one walk through the reframe guide each, and their search.

Search runs on two FTS5 tables, ``reframes_fts`` (words) and ``reframes_trigrams``, that
triggers keep in step with ``reframes.search``: the folded words of every text of a reframe,
written with each save (companion.core.search), so a Japanese word is found inside a sentence,
a Korean word with its ending and a Greek word typed without accents. User words are always
quoted, so search syntax typed into the box is plain text.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass

from companion.core.days import parse_utc_iso, utc_iso
from companion.core.errors import InvalidInput
from companion.core.search import search_text
from companion.store import Store
from companion.store.searching import matching

MAX_TEXT = 5_000
"""Per field; a reframe is a few sentences, this only stops a runaway paste."""

FEELING_RANGE = range(1, 6)


@dataclass(frozen=True, slots=True)
class SavedReframe:
    """One walk through the reframe guide. ``id``/``created`` are None until saved."""

    situation: str
    thought: str
    temporary: str = ""
    specific: str = ""
    external: str = ""
    evidence_for: str = ""
    evidence_against: str = ""
    useful_belief: str = ""
    improvement: str = ""
    feeling_before: int | None = None
    feeling_after: int | None = None
    interaction_id: int | None = None
    id: int | None = None
    created: dt.datetime | None = None

    @property
    def title(self) -> str:
        """One line for a list: the situation, else the thought."""
        text = (self.situation or self.thought).strip()
        first = text.splitlines()[0] if text else ""
        return first if len(first) <= 80 else first[:79] + "…"


_TEXTS = (
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


def _clean_text(value: str, label: str) -> str:
    text = value.strip()
    if len(text) > MAX_TEXT:
        raise InvalidInput(f"{label} is too long ({len(text):,} characters; at most {MAX_TEXT:,}).")
    return text


def _check_feeling(value: int | None, label: str) -> None:
    if value is not None and value not in FEELING_RANGE:
        raise InvalidInput(f"{label} is 1 to 5, not {value}.")


def save_reframe(store: Store, reframe: SavedReframe, now: dt.datetime) -> SavedReframe:
    """Save a new reframe and return it with its id and creation time."""
    texts = {
        name: _clean_text(getattr(reframe, name), name.replace("_", " ").capitalize())
        for name in _TEXTS
    }
    if not texts["situation"] and not texts["thought"]:
        raise InvalidInput("Write what happened or what you are telling yourself first.")
    _check_feeling(reframe.feeling_before, "The feeling before")
    _check_feeling(reframe.feeling_after, "The feeling after")
    created = utc_iso(now)
    with store.write() as conn:
        interaction = reframe.interaction_id
        if interaction is not None:
            found = conn.execute("SELECT 1 FROM interactions WHERE id = ?", (interaction,))
            if found.fetchone() is None:
                interaction = None  # the log was undone meanwhile; keep the reframe
        cursor = conn.execute(
            f"INSERT INTO reframes (created, {', '.join(_TEXTS)}, feeling_before, "
            f"feeling_after, interaction_id, search) VALUES (?, {', '.join('?' for _ in _TEXTS)}, "
            "?, ?, ?, ?)",
            (
                created,
                *texts.values(),
                reframe.feeling_before,
                reframe.feeling_after,
                interaction,
                search_text(*texts.values()),
            ),
        )
        new_id = cursor.lastrowid
    assert new_id is not None
    saved = get_reframe(store, new_id)
    assert saved is not None
    return saved


def _row_to_reframe(row: sqlite3.Row) -> SavedReframe:
    return SavedReframe(
        **{name: str(row[name]) for name in _TEXTS},
        feeling_before=row["feeling_before"],
        feeling_after=row["feeling_after"],
        interaction_id=row["interaction_id"],
        id=int(row["id"]),
        created=parse_utc_iso(row["created"]),
    )


def get_reframe(store: Store, reframe_id: int) -> SavedReframe | None:
    rows = store.read("SELECT * FROM reframes WHERE id = ?", (reframe_id,))
    return _row_to_reframe(rows[0]) if rows else None


def list_reframes(store: Store, search: str = "", limit: int | None = None) -> list[SavedReframe]:
    """Saved reframes, newest first; ``search`` keeps those holding every word of it, in any of
    their texts: case, width and accents aside, an English or Greek word from its start ("pay"
    finds "payment"), a Korean, Japanese or Chinese word anywhere ("対応" inside a sentence)."""
    found = matching(search, "r", "reframes_fts", "reframes_trigrams")
    source = "reframes r" + found.joins
    where, params = found.where, found.params
    sql = f"SELECT r.* FROM {source}"
    if where:
        sql += f" WHERE {' AND '.join(where)}"
    sql += " ORDER BY r.created DESC, r.id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(int(limit))
    return [_row_to_reframe(row) for row in store.read(sql, tuple(params))]


def delete_reframe(store: Store, reframe_id: int) -> bool:
    with store.write() as conn:
        cursor = conn.execute("DELETE FROM reframes WHERE id = ?", (reframe_id,))
    return cursor.rowcount > 0
