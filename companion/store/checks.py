"""Reply checks and cool-offs: the checks log (never the checked text) and the running cool-off.

Light to import: the app reads Today's numbers and looks for a running cool-off at start, before
the checker or the cool-off maths are needed, so those load inside the functions that use them.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from companion.core.days import parse_utc_iso, utc_iso
from companion.store import Store

if TYPE_CHECKING:
    from companion.core.checker import Report
    from companion.core.cooloff import CoolOff, Outcome

SOURCES = ("typed", "clipboard", "file", "stdin", "recheck")


@dataclass(frozen=True, slots=True)
class CheckStats:
    """A day's numbers for Today and the reflection. Skipped counts "sent anyway" too."""

    checks: int
    cooloffs_taken: int
    cooloffs_skipped: int


@dataclass(frozen=True, slots=True)
class LoggedCheck:
    id: int
    created: dt.datetime
    verdict: str
    score: float
    findings: int
    counts: dict[str, int]
    source: str


@dataclass(frozen=True, slots=True)
class SavedCoolOff:
    """A cool-off row: its id, its state, and why it started ("hard-reply" or "on-demand")."""

    id: int
    cool_off: CoolOff
    reason: str


def log_check(store: Store, report: Report, now: dt.datetime, source: str = "typed") -> int:
    """Record that a reply was checked: verdict, score and counts per category, no text."""
    if source not in SOURCES:
        raise ValueError(f"unknown source {source!r}")
    with store.write() as conn:
        cursor = conn.execute(
            "INSERT INTO checks (created, verdict, score, findings, counts, source, lang) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                utc_iso(now),
                report.verdict,
                report.score,
                len(report.findings),
                json.dumps(report.counts(), sort_keys=True),
                source,
                report.lang,
            ),
        )
        new_id = cursor.lastrowid
    assert new_id is not None
    return new_id


def checks_between(store: Store, start: dt.datetime, end: dt.datetime) -> list[LoggedCheck]:
    rows = store.read(
        "SELECT * FROM checks WHERE created >= ? AND created < ? ORDER BY created, id",
        (utc_iso(start), utc_iso(end)),
    )
    return [
        LoggedCheck(
            id=r["id"],
            created=parse_utc_iso(r["created"]),
            verdict=r["verdict"],
            score=r["score"],
            findings=r["findings"],
            counts=json.loads(r["counts"]),
            source=r["source"],
        )
        for r in rows
    ]


def day_check_stats(store: Store, start_utc: dt.datetime, end_utc: dt.datetime) -> CheckStats:
    """Checks, cool-offs taken and cool-offs skipped (or sent anyway) in [start, end)."""
    bounds = (utc_iso(start_utc), utc_iso(end_utc))
    [row] = store.read(
        "SELECT count(*) AS n FROM checks WHERE created >= ? AND created < ?", bounds
    )
    outcomes = store.read(
        "SELECT outcome, count(*) AS n FROM cooloffs "
        "WHERE started >= ? AND started < ? AND outcome IS NOT NULL GROUP BY outcome",
        bounds,
    )
    by_outcome = {r["outcome"]: int(r["n"]) for r in outcomes}
    return CheckStats(
        checks=int(row["n"]),
        cooloffs_taken=by_outcome.get("taken", 0),
        cooloffs_skipped=by_outcome.get("skipped", 0) + by_outcome.get("sent-anyway", 0),
    )


# --------------------------------------------------------------------------- cool-offs


def start_cooloff(store: Store, cool_off: CoolOff, reason: str = "on-demand") -> int:
    """Save a new running cool-off. A cool-off still running is ended as skipped first, so
    there is never more than one."""
    state = cool_off.to_dict()
    with store.write() as conn:
        conn.execute(
            "UPDATE cooloffs SET outcome = 'skipped', ended = ? WHERE outcome IS NULL",
            (utc_iso(cool_off.started_utc),),
        )
        cursor = conn.execute(
            "INSERT INTO cooloffs (started, duration_s, deadline, started_mono, reason, outcome, "
            "ended) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                utc_iso(cool_off.started_utc),
                state["duration_s"],
                utc_iso(cool_off.deadline_utc),
                state["started_mono"],
                reason,
                cool_off.outcome,
                utc_iso(cool_off.ended_utc) if cool_off.ended_utc else None,
            ),
        )
        new_id = cursor.lastrowid
    assert new_id is not None
    return new_id


def end_cooloff(store: Store, cooloff_id: int, cool_off: CoolOff) -> None:
    """Record how a cool-off ended (taken, skipped, sent anyway)."""
    if cool_off.outcome is None or cool_off.ended_utc is None:
        raise ValueError("the cool-off has not ended")
    with store.write() as conn:
        conn.execute(
            "UPDATE cooloffs SET outcome = ?, ended = ? WHERE id = ?",
            (cool_off.outcome, utc_iso(cool_off.ended_utc), cooloff_id),
        )


def record_declined(store: Store, now: dt.datetime, duration_s: float) -> int:
    """A cool-off offered for a hard reply and declined: counted as skipped."""
    from companion.core.cooloff import CoolOff

    declined = CoolOff.start(duration_s, 0.0, now).skip(now)
    return start_cooloff(store, declined, reason="hard-reply")


def active_cooloff(store: Store) -> SavedCoolOff | None:
    """The running cool-off as saved (give ``cool_off.to_dict()`` to ``CoolOff.restore``).

    Runs at every start: the partial index cooloffs_running holds only unfinished rows.
    """
    rows = store.read(
        "SELECT * FROM cooloffs WHERE outcome IS NULL ORDER BY started DESC, id DESC LIMIT 1"
    )
    if not rows:
        return None
    from companion.core.cooloff import CoolOff

    r = rows[0]
    state: dict[str, Any] = {
        "duration_s": r["duration_s"],
        "started_mono": r["started_mono"],
        "started_utc": r["started"].replace("Z", "+00:00"),
        "deadline_utc": r["deadline"].replace("Z", "+00:00"),
        "outcome": None,
        "ended_utc": None,
    }
    return SavedCoolOff(r["id"], CoolOff.from_dict(state), r["reason"])


def cooloff_outcomes(store: Store, start: dt.datetime, end: dt.datetime) -> list[Outcome]:
    rows = store.read(
        "SELECT outcome FROM cooloffs WHERE started >= ? AND started < ? "
        "AND outcome IS NOT NULL ORDER BY started, id",
        (utc_iso(start), utc_iso(end)),
    )
    return [r["outcome"] for r in rows]
