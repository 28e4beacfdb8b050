"""Saved reframes (P1.5) and end-of-shift reflections (P1.6).

The day's numbers are never copied into a reflection: they are read from the tables that own
them (interactions, checks, happy entries) each time, so a late log or an undo shows up. Numbers
whose feature is not installed come back as None and render as "—".
"""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from companion.core.days import day_bounds, iter_days, parse_utc_iso, utc_iso
from companion.core.errors import DatabaseUnavailable, InvalidInput
from companion.store import Store
from companion.store import ratio as ratio_store

if TYPE_CHECKING:
    # Imported where used, so the app can check today's reflection and the reminder's state at
    # start without loading the reflection's summaries and exports.
    from companion.core.reflection import DaySummary, ReflectedDay, Reflection

log = logging.getLogger(__name__)

MAX_TEXT = 5_000
"""Per field; a reframe or reflection is a few sentences, this only stops a runaway paste."""

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


# ---- reframes ------------------------------------------------------------------------------

_REFRAME_TEXTS = (
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
        for name in _REFRAME_TEXTS
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
            f"INSERT INTO reframes (created, {', '.join(_REFRAME_TEXTS)}, feeling_before, "
            f"feeling_after, interaction_id) VALUES (?, {', '.join('?' for _ in _REFRAME_TEXTS)}, "
            "?, ?, ?)",
            (
                created,
                *texts.values(),
                reframe.feeling_before,
                reframe.feeling_after,
                interaction,
            ),
        )
        new_id = cursor.lastrowid
    assert new_id is not None
    saved = get_reframe(store, new_id)
    assert saved is not None
    return saved


def _row_to_reframe(row: sqlite3.Row) -> SavedReframe:
    return SavedReframe(
        **{name: str(row[name]) for name in _REFRAME_TEXTS},
        feeling_before=row["feeling_before"],
        feeling_after=row["feeling_after"],
        interaction_id=row["interaction_id"],
        id=int(row["id"]),
        created=parse_utc_iso(row["created"]),
    )


def get_reframe(store: Store, reframe_id: int) -> SavedReframe | None:
    rows = store.read("SELECT * FROM reframes WHERE id = ?", (reframe_id,))
    return _row_to_reframe(rows[0]) if rows else None


def fts_words(text: str) -> str:
    """User words as an FTS5 query: each quoted, matched as a prefix, all required."""
    words = re.findall(r"\w+", text.casefold())
    return " ".join('"' + word + '"*' for word in words)


def list_reframes(store: Store, search: str = "", limit: int | None = None) -> list[SavedReframe]:
    """Saved reframes, newest first; ``search`` keeps those holding every word (prefixes count)."""
    match = fts_words(search)
    if match:
        sql = (
            "SELECT r.* FROM reframes_fts JOIN reframes r ON r.id = reframes_fts.rowid "
            "WHERE reframes_fts MATCH ? ORDER BY r.created DESC, r.id DESC"
        )
        params: tuple[object, ...] = (match,)
    else:
        sql = "SELECT * FROM reframes ORDER BY created DESC, id DESC"
        params = ()
    if limit is not None:
        sql += " LIMIT ?"
        params += (int(limit),)
    return [_row_to_reframe(row) for row in store.read(sql, params)]


def delete_reframe(store: Store, reframe_id: int) -> bool:
    with store.write() as conn:
        cursor = conn.execute("DELETE FROM reframes WHERE id = ?", (reframe_id,))
    return cursor.rowcount > 0


# ---- reflections ---------------------------------------------------------------------------

_REFLECTION_TEXTS = ("well", "hard", "improve", "note")


def save_reflection(store: Store, reflection: Reflection, now: dt.datetime) -> Reflection:
    """Save the day's reflection; saving the same day again updates it (one entry per day)."""
    texts = {
        name: _clean_text(getattr(reflection, name), name.capitalize())
        for name in _REFLECTION_TEXTS
    }
    stamp = utc_iso(now)
    with store.write() as conn:
        conn.execute(
            "INSERT INTO reflections (day, mood, energy, well, hard, improve, note, created, "
            "updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(day) DO UPDATE SET mood = excluded.mood, energy = excluded.energy, "
            "well = excluded.well, hard = excluded.hard, improve = excluded.improve, "
            "note = excluded.note, updated = excluded.updated",
            (
                reflection.day.isoformat(),
                reflection.mood,
                reflection.energy,
                *texts.values(),
                stamp,
                stamp,
            ),
        )
    return replace(
        reflection,
        well=texts["well"],
        hard=texts["hard"],
        improve=texts["improve"],
        note=texts["note"],
    )


def _row_to_reflection(row: sqlite3.Row) -> Reflection:
    from companion.core.reflection import Reflection

    return Reflection(
        day=dt.date.fromisoformat(row["day"]),
        mood=row["mood"],
        energy=row["energy"],
        well=str(row["well"]),
        hard=str(row["hard"]),
        improve=str(row["improve"]),
        note=str(row["note"]),
    )


def get_reflection(store: Store, day: dt.date) -> Reflection | None:
    rows = store.read("SELECT * FROM reflections WHERE day = ?", (day.isoformat(),))
    return _row_to_reflection(rows[0]) if rows else None


def has_reflection(store: Store, day: dt.date) -> bool:
    """Whether the day has a reflection (one lookup in the day's unique index)."""
    return bool(store.read("SELECT 1 FROM reflections WHERE day = ?", (day.isoformat(),)))


def reflection_times(store: Store, day: dt.date) -> tuple[dt.datetime, dt.datetime] | None:
    """(created, last updated) of a day's reflection, in UTC."""
    rows = store.read("SELECT created, updated FROM reflections WHERE day = ?", (day.isoformat(),))
    if not rows:
        return None
    return parse_utc_iso(rows[0]["created"]), parse_utc_iso(rows[0]["updated"])


def reflections_between(store: Store, first: dt.date, last: dt.date) -> list[Reflection]:
    """Reflections from ``first`` to ``last`` inclusive, oldest first."""
    rows = store.read(
        "SELECT * FROM reflections WHERE day >= ? AND day <= ? ORDER BY day",
        (first.isoformat(), last.isoformat()),
    )
    return [_row_to_reflection(row) for row in rows]


def first_reflection_day(store: Store) -> dt.date | None:
    rows = store.read("SELECT min(day) AS day FROM reflections")
    return dt.date.fromisoformat(rows[0]["day"]) if rows and rows[0]["day"] else None


def reflected_days(store: Store, first: dt.date, last: dt.date) -> set[dt.date]:
    rows = store.read(
        "SELECT day FROM reflections WHERE day >= ? AND day <= ?",
        (first.isoformat(), last.isoformat()),
    )
    return {dt.date.fromisoformat(row["day"]) for row in rows}


# ---- the day's numbers, read from their owners ---------------------------------------------


def _optional(module: str, name: str) -> Callable[..., Any] | None:
    """A function from a feature that may not be installed yet; None when it is missing."""
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError as error:
        if error.name == module:
            return None
        raise
    function = getattr(found, name, None)
    return function if callable(function) else None


def day_summary(
    store: Store,
    day: dt.date,
    target: float,
    day_start_hour: int,
    tz: dt.tzinfo | None = None,
) -> DaySummary:
    """The day's numbers: ratio from the interactions, checks and cool-offs, happy entries."""
    from companion.core.reflection import DaySummary

    start, end = day_bounds(day, day_start_hour, tz)
    positives, negatives = ratio_store.counts_between(store, start, end)
    checks = taken = skipped = happy = None
    check_stats = _optional("companion.store.checks", "day_check_stats")
    if check_stats is not None:
        try:
            stats = check_stats(store, start, end)
        except DatabaseUnavailable as error:  # the feature's table is not there yet
            log.info("reflection: no check numbers: %s", error)
        else:
            checks, taken, skipped = stats.checks, stats.cooloffs_taken, stats.cooloffs_skipped
    count_happy = _optional("companion.store.happy", "count_happy_added")
    if count_happy is not None:
        try:
            happy = int(count_happy(store, start, end))
        except DatabaseUnavailable as error:
            log.info("reflection: no happy-file numbers: %s", error)
    return DaySummary(day, positives, negatives, target, checks, taken, skipped, happy)


def reflected_range(
    store: Store,
    first: dt.date,
    last: dt.date,
    target: float,
    day_start_hour: int,
    *,
    only_reflected: bool = False,
    tz: dt.tzinfo | None = None,
) -> list[ReflectedDay]:
    """Days from ``first`` to ``last`` that have a reflection or any log, oldest first.

    With ``only_reflected`` the days without a reflection are left out (an export of entries).
    """
    from companion.core.reflection import ReflectedDay

    if last < first:
        raise InvalidInput(f"The range ends ({last}) before it starts ({first}).")
    if (last - first).days > 3660:
        raise InvalidInput("Export at most ten years at a time.")
    entries = {r.day: r for r in reflections_between(store, first, last)}
    start = day_bounds(first, day_start_hour, tz)[0]
    end = day_bounds(last, day_start_hour, tz)[1]
    counts = ratio_store.daily_counts(store, start, end, day_start_hour)
    wanted: Iterable[dt.date] = (
        sorted(entries)
        if only_reflected
        else [d for d in iter_days(first, last) if d in entries or d in counts]
    )
    return [
        ReflectedDay(day_summary(store, d, target, day_start_hour, tz), entries.get(d))
        for d in wanted
    ]


# ---- the reminder's snooze and "not today" -------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReminderState:
    """What the agent told the shift-end reminder: snoozed until an instant (aware UTC), or not
    today (a Companion day). Either is None when not set."""

    snoozed_until: dt.datetime | None = None
    not_today: dt.date | None = None


def reminder_state(store: Store) -> ReminderState:
    """The saved snooze and "not today"; stale values are harmless (the schedule ignores them)."""
    rows = store.read("SELECT snoozed_until, not_today FROM reflection_reminder WHERE id = 1")
    if not rows:
        return ReminderState()
    snoozed, skipped = rows[0]["snoozed_until"], rows[0]["not_today"]
    return ReminderState(
        parse_utc_iso(snoozed) if snoozed else None,
        dt.date.fromisoformat(skipped) if skipped else None,
    )


def save_reminder_state(store: Store, state: ReminderState) -> None:
    """Keep the reminder's snooze and "not today" for the next start of the app."""
    snoozed = utc_iso(state.snoozed_until) if state.snoozed_until is not None else None
    skipped = state.not_today.isoformat() if state.not_today is not None else None
    with store.write() as conn:
        conn.execute(
            "INSERT INTO reflection_reminder (id, snoozed_until, not_today) VALUES (1, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET snoozed_until = excluded.snoozed_until, "
            "not_today = excluded.not_today",
            (snoozed, skipped),
        )
