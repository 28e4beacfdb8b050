"""The agent's own phrases and rehearsed answers (P1.7): add, edit, delete.

The shipped phrases are data files read by ``core.phrasebook``; only the agent's own are written,
through the store (which checks the category, that the text is not empty and not too long),
and each write is announced as a PHRASES change.
"""

from __future__ import annotations

from dataclasses import dataclass

from companion.core.phrasebook import UserPhrase
from companion.services import Session, Subject
from companion.store import happy as happy_store


@dataclass(frozen=True, slots=True)
class Added:
    """Payload of a PHRASES change: ``phrase`` was kept (or was already there)."""

    phrase: UserPhrase


@dataclass(frozen=True, slots=True)
class Updated:
    """Payload of a PHRASES change: the agent edited ``phrase``."""

    phrase: UserPhrase


@dataclass(frozen=True, slots=True)
class Deleted:
    """Payload of a PHRASES change: the phrase with this id is gone."""

    phrase_id: int


def add_phrase(session: Session, category: str, text: str, *, objection: str = "") -> UserPhrase:
    """Keep one of the agent's own phrases; with ``objection`` it is a rehearsed answer."""
    phrase = happy_store.add_phrase(
        session.store, category, text, session.now(), objection=objection
    )
    session.changes.announce(Subject.PHRASES, Added(phrase))
    return phrase


def update_phrase(
    session: Session, phrase_id: int, *, category: str, text: str, objection: str = ""
) -> UserPhrase:
    phrase = happy_store.update_phrase(
        session.store, phrase_id, category=category, text=text, objection=objection
    )
    session.changes.announce(Subject.PHRASES, Updated(phrase))
    return phrase


def delete_phrase(session: Session, phrase_id: int) -> bool:
    """False (and no announcement) when there was no such phrase."""
    deleted = happy_store.delete_phrase(session.store, phrase_id)
    if deleted:
        session.changes.announce(Subject.PHRASES, Deleted(phrase_id))
    return deleted
