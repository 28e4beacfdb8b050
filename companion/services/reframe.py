"""Saved reframes (P1.5): saving one walk through the guide."""

from __future__ import annotations

from dataclasses import dataclass

from companion.services import Session, Subject
from companion.store import reframe as reframe_store
from companion.store.reframe import SavedReframe


@dataclass(frozen=True, slots=True)
class ReframeSaved:
    """Payload of a REFRAMES change: ``reframe`` was saved (with its id and time)."""

    reframe: SavedReframe


def save_reframe(session: Session, reframe: SavedReframe) -> SavedReframe:
    """Save a walk through the guide now and announce it; the store checks the words and
    feelings first, and a failure announces nothing."""
    saved = reframe_store.save_reframe(session.store, reframe, session.now())
    session.changes.announce(Subject.REFRAMES, ReframeSaved(saved))
    return saved
