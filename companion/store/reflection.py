"""End-of-shift reflections (P1.6): one per day, the reminder's snooze and "not today", and the
day's numbers beside them.

The day's numbers are never copied into a reflection: they are read from the tables that own
them (interactions, checks, happy entries) each time, so a late log or an undo shows up.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from companion.core.days import day_bounds, iter_days, parse_utc_iso, utc_iso
from companion.core.errors import InvalidInput
from companion.store import Store
from companion.store import checks as checks_store
from companion.store import ratio as ratio_store

if TYPE_CHECKING:
    # Imported where used, so the app can check today's reflection and the reminder's state at
    # start without loading the reflection's summaries and exports.
    from companion.core.reflection import DaySummary, ReflectedDay, Reflection

MAX_TEXT = 5_000
"""Per field; a reflection is a few sentences, this only stops a runaway paste."""


def _clean_text(value: str, label: str) -> str:
    text = value.strip()
    if len(text) > MAX_TEXT:
        raise InvalidInput(f"{label} is too long ({len(text):,} characters; at most {MAX_TEXT:,}).")
    return text


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


def day_summary(
    store: Store,
    day: dt.date,
    target: float,
    day_start_hour: int,
    tz: dt.tzinfo | None = None,
) -> DaySummary:
    """The day's numbers: ratio from the interactions, checks and cool-offs, happy entries."""
    from companion.core.reflection import DaySummary

    # The happy file's store module is imported here: it is heavier than the reminder needs.
    from companion.store import happy as happy_store

    start, end = day_bounds(day, day_start_hour, tz)
    positives, negatives = ratio_store.counts_between(store, start, end)
    checks = checks_store.day_check_stats(store, start, end)
    happy = happy_store.count_happy_added(store, start, end)
    return DaySummary(
        day,
        positives,
        negatives,
        target,
        checks.checks,
        checks.cooloffs_taken,
        checks.cooloffs_skipped,
        happy,
    )


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
