"""Interactions: positive/negative logs, day counts, daily series and complaint topics."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from companion.core.days import day_bounds, last_days, parse_utc_iso, utc_iso
from companion.core.errors import InvalidInput
from companion.core.ratio import DayRatio, TopicTrend, complaint_trends, normalise_topic
from companion.store import Store

MAX_NOTE = 500
MAX_TOPIC = 60


@dataclass(frozen=True, slots=True)
class Interaction:
    id: int
    created: dt.datetime
    positive: bool
    topic: str | None
    note: str | None


def _row_to_interaction(row: object) -> Interaction:
    r = row  # sqlite3.Row
    return Interaction(
        id=r["id"],  # type: ignore[index]
        created=parse_utc_iso(r["created"]),  # type: ignore[index]
        positive=bool(r["positive"]),  # type: ignore[index]
        topic=r["topic"],  # type: ignore[index]
        note=r["note"],  # type: ignore[index]
    )


def clean_note(note: str | None) -> str | None:
    if note is None:
        return None
    single_line = " ".join(note.split())
    if len(single_line) > MAX_NOTE:
        raise InvalidInput(
            f"The note is too long ({len(single_line)} characters; at most {MAX_NOTE})."
        )
    return single_line or None


def clean_topic(topic: str | None) -> str | None:
    cleaned = normalise_topic(topic)
    if cleaned is not None and len(cleaned) > MAX_TOPIC:
        raise InvalidInput(f"The topic is too long (at most {MAX_TOPIC} characters).")
    return cleaned


def log_interaction(
    store: Store,
    positive: bool,
    now: dt.datetime,
    topic: str | None = None,
    note: str | None = None,
) -> Interaction:
    """Record one interaction and return it as stored."""
    topic = clean_topic(topic)
    note = clean_note(note)
    created = utc_iso(now)
    with store.write() as conn:
        cursor = conn.execute(
            "INSERT INTO interactions (created, positive, topic, note) VALUES (?, ?, ?, ?)",
            (created, int(positive), topic, note),
        )
        new_id = cursor.lastrowid
    assert new_id is not None
    return Interaction(new_id, parse_utc_iso(created), positive, topic, note)


def undo_last(store: Store, since: dt.datetime) -> Interaction | None:
    """Delete the last interaction logged (in the order they were logged, whatever the clock
    did in between) at or after ``since``; None when there is none."""
    with store.write() as conn:
        row = conn.execute(
            "SELECT * FROM interactions WHERE created >= ? ORDER BY id DESC LIMIT 1",
            (utc_iso(since),),
        ).fetchone()
        if row is None:
            return None
        conn.execute("DELETE FROM interactions WHERE id = ?", (row["id"],))
    return _row_to_interaction(row)


def get_interaction(store: Store, interaction_id: int) -> Interaction | None:
    rows = store.read("SELECT * FROM interactions WHERE id = ?", (interaction_id,))
    return _row_to_interaction(rows[0]) if rows else None


def counts_between(store: Store, start: dt.datetime, end: dt.datetime) -> tuple[int, int]:
    """(positives, negatives) logged in ``[start, end)``."""
    row = store.read(
        "SELECT coalesce(sum(positive), 0) AS pos, count(*) - coalesce(sum(positive), 0) AS neg "
        "FROM interactions WHERE created >= ? AND created < ?",
        (utc_iso(start), utc_iso(end)),
    )[0]
    return int(row["pos"]), int(row["neg"])


def interactions_between(
    store: Store, start: dt.datetime, end: dt.datetime, limit: int = 200
) -> list[Interaction]:
    """Newest first."""
    rows = store.read(
        "SELECT * FROM interactions WHERE created >= ? AND created < ? "
        "ORDER BY created DESC, id DESC LIMIT ?",
        (utc_iso(start), utc_iso(end), limit),
    )
    return [_row_to_interaction(r) for r in rows]


def daily_counts(
    store: Store, start: dt.datetime, end: dt.datetime, day_start_hour: int
) -> dict[dt.date, tuple[int, int]]:
    """(positives, negatives) per Companion day in ``[start, end)``.

    The day is computed by SQLite in the system's local zone, the same rule as
    :func:`companion.core.days.day_of` (local wall-clock time minus the day-start hour).
    """
    rows = store.read(
        "SELECT date(created, 'localtime', ?) AS day, sum(positive) AS pos, "
        "count(*) - sum(positive) AS neg FROM interactions "
        "WHERE created >= ? AND created < ? GROUP BY day",
        (f"-{int(day_start_hour)} hours", utc_iso(start), utc_iso(end)),
    )
    return {dt.date.fromisoformat(r["day"]): (int(r["pos"]), int(r["neg"])) for r in rows}


def negative_topic_counts(
    store: Store, start: dt.datetime, end: dt.datetime
) -> list[tuple[str, int]]:
    """How often each topic came up in negative logs in ``[start, end)``, most frequent first."""
    rows = store.read(
        "SELECT topic, count(*) AS n FROM interactions "
        "WHERE positive = 0 AND created >= ? AND created < ? AND topic IS NOT NULL "
        "GROUP BY topic ORDER BY n DESC, topic",
        (utc_iso(start), utc_iso(end)),
    )
    return [(str(r["topic"]), int(r["n"])) for r in rows]


def known_topics(store: Store, since: dt.datetime, limit: int = 200) -> list[str]:
    """Topics used since ``since``, most used first, for completion (index range, not a scan)."""
    rows = store.read(
        "SELECT topic FROM interactions WHERE created >= ? AND topic IS NOT NULL "
        "GROUP BY topic ORDER BY count(*) DESC, topic LIMIT ?",
        (utc_iso(since), limit),
    )
    return [str(r["topic"]) for r in rows]


# --- Views that combine the counts with the day rule and the target -----------------------------


def day_ratio(
    store: Store, day: dt.date, target: float, day_start_hour: int, tz: dt.tzinfo | None = None
) -> DayRatio:
    """One day's counts against the target."""
    start, end = day_bounds(day, day_start_hour, tz)
    positive, negative = counts_between(store, start, end)
    return DayRatio(day, positive, negative, target)


def history(
    store: Store, today: dt.date, count: int, target: float, day_start_hour: int
) -> list[DayRatio]:
    """The ``count`` days ending with ``today``, oldest first, with empty days included."""
    days = last_days(today, count)
    start = day_bounds(days[0], day_start_hour)[0]
    end = day_bounds(days[-1], day_start_hour)[1]
    counts = daily_counts(store, start, end, day_start_hour)
    return [DayRatio(d, *counts.get(d, (0, 0)), target) for d in days]


def weekly_trends(store: Store, today: dt.date, day_start_hour: int) -> list[TopicTrend]:
    """Negative topics of the last 7 days (today included) against the 7 days before (P5.5)."""
    this_start = day_bounds(today - dt.timedelta(days=6), day_start_hour)[0]
    end = day_bounds(today, day_start_hour)[1]
    last_start = day_bounds(today - dt.timedelta(days=13), day_start_hour)[0]
    this_week = negative_topic_counts(store, this_start, end)
    last_week = negative_topic_counts(store, last_start, this_start)
    return complaint_trends(this_week, last_week)


def import_interactions(
    store: Store, rows: Iterable[tuple[dt.datetime, bool, str | None, str | None]]
) -> int:
    """Insert many interactions in one transaction (importers, demo and benchmark data)."""
    prepared = [
        (utc_iso(created), int(positive), clean_topic(topic), clean_note(note))
        for created, positive, topic, note in rows
    ]
    with store.write() as conn:
        conn.executemany(
            "INSERT INTO interactions (created, positive, topic, note) VALUES (?, ?, ?, ?)",
            prepared,
        )
    return len(prepared)
