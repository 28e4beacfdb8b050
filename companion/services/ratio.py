"""Logging interactions (P1.1): log one, undo the last."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from companion.services import Session, Subject
from companion.store import ratio as ratio_store
from companion.store.ratio import Interaction


@dataclass(frozen=True, slots=True)
class Logged:
    """Payload of an INTERACTIONS change: ``entry`` was logged."""

    entry: Interaction


@dataclass(frozen=True, slots=True)
class Removed:
    """Payload of an INTERACTIONS change: ``entry`` was undone."""

    entry: Interaction


def log_interaction(
    session: Session, positive: bool, topic: str | None = None, note: str | None = None
) -> Interaction:
    """Record one interaction now and announce it."""
    entry = ratio_store.log_interaction(session.store, positive, session.now(), topic, note)
    session.changes.announce(Subject.INTERACTIONS, Logged(entry))
    return entry


def undo_last(session: Session, since: dt.datetime) -> Interaction | None:
    """Remove the last interaction logged since ``since``; None (and no announcement) when
    there is none."""
    removed = ratio_store.undo_last(session.store, since)
    if removed is not None:
        session.changes.announce(Subject.INTERACTIONS, Removed(removed))
    return removed
