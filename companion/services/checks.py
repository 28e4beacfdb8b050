"""Reply checks and cool-offs (P2.1, P3): count a check, start, end or decline a cool-off, or
record a hard reply sent without one.

Light to import, like the store module it writes through: the app's start-up hook needs this
before the checker or the cool-off maths, so those load inside the functions that use them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from companion.core.errors import InvalidInput
from companion.services import Session, Subject
from companion.store import checks as checks_store

if TYPE_CHECKING:
    from companion.core.checker import Report
    from companion.core.cooloff import CoolOff, Outcome

REASONS = ("hard-reply", "on-demand")


@dataclass(frozen=True, slots=True)
class Checked:
    """Payload of a CHECKS change: a reply was checked and counted (never its text)."""

    check_id: int
    verdict: str
    source: str


@dataclass(frozen=True, slots=True)
class CoolOffStarted:
    """Payload of a COOLOFFS change: a cool-off began (and any one still running was skipped)."""

    cooloff_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class CoolOffEnded:
    """Payload of a COOLOFFS change: a cool-off ended as taken, skipped or sent anyway."""

    cooloff_id: int
    outcome: Outcome


@dataclass(frozen=True, slots=True)
class CoolOffDeclined:
    """Payload of a COOLOFFS change: a cool-off offered for a hard reply was turned down
    (counted as skipped)."""

    cooloff_id: int


def record_check(session: Session, report: Report, source: str) -> int:
    """Count one check of a reply for today: its verdict, score and counts, no text."""
    if source not in checks_store.SOURCES:
        raise InvalidInput(f"A check comes from one of {', '.join(checks_store.SOURCES)}.")
    check_id = checks_store.log_check(session.store, report, session.now(), source)
    session.changes.announce(Subject.CHECKS, Checked(check_id, report.verdict, source))
    return check_id


def start_cooloff(
    session: Session, minutes: int, monotonic_now: float, reason: str = "on-demand"
) -> tuple[int, CoolOff]:
    """Start a cool-off of ``minutes`` now (``monotonic_now`` times it within this process);
    its row id and state. One still running is ended as skipped: there is only ever one."""
    from companion.core.cooloff import CoolOff, check_minutes

    if reason not in REASONS:
        raise InvalidInput(f"A cool-off starts for one of {', '.join(REASONS)}.")
    state = CoolOff.start(check_minutes(minutes) * 60, monotonic_now, session.now())
    cooloff_id = checks_store.start_cooloff(session.store, state, reason)
    session.changes.announce(Subject.COOLOFFS, CoolOffStarted(cooloff_id, reason))
    return cooloff_id, state


def end_cooloff(session: Session, cooloff_id: int, ended: CoolOff) -> None:
    """Record how a cool-off ended (``ended`` comes from ``finish``, ``skip`` or
    ``send_anyway``)."""
    if ended.outcome is None or ended.ended_utc is None:
        raise InvalidInput("The cool-off has not ended yet.")
    checks_store.end_cooloff(session.store, cooloff_id, ended)
    session.changes.announce(Subject.COOLOFFS, CoolOffEnded(cooloff_id, ended.outcome))


def decline_cooloff(session: Session, minutes: int) -> int:
    """A cool-off offered for a hard reply and turned down: counted as skipped."""
    from companion.core.cooloff import check_minutes

    cooloff_id = checks_store.record_declined(
        session.store, session.now(), check_minutes(minutes) * 60
    )
    session.changes.announce(Subject.COOLOFFS, CoolOffDeclined(cooloff_id))
    return cooloff_id


def send_without_cooloff(session: Session, minutes: int) -> int:
    """A hard reply copied after Send anyway, with no cool-off taken for it: recorded like a
    cool-off sent anyway (Today counts it with the skipped ones)."""
    from companion.core.cooloff import CoolOff, check_minutes

    now = session.now()
    sent = CoolOff.start(check_minutes(minutes) * 60, 0.0, now).send_anyway(now)
    cooloff_id = checks_store.start_cooloff(session.store, sent, reason="hard-reply")
    session.changes.announce(Subject.COOLOFFS, CoolOffEnded(cooloff_id, "sent-anyway"))
    return cooloff_id
