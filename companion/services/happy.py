"""The happy file (P1.2–P1.4): saving, editing, starring, deleting with undo, purging, importing.

Each write goes through the store (which checks lengths, images and that there is something to
save before it writes) and is then announced as a HAPPY change whose payload says what happened.
An import that brings the agent's own phrases also announces a PHRASES change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from companion.core.happy import HappyEntry
from companion.core.happy_export import HappyExport
from companion.services import Session, Subject
from companion.store import happy as happy_store
from companion.store.happy import ImportResult


@dataclass(frozen=True, slots=True)
class Added:
    """Payload of a HAPPY change: ``entry`` was saved (or a double click brought it back)."""

    entry: HappyEntry


@dataclass(frozen=True, slots=True)
class Updated:
    """Payload of a HAPPY change: the agent edited ``entry``."""

    entry: HappyEntry


@dataclass(frozen=True, slots=True)
class Starred:
    """Payload of a HAPPY change: ``entry`` (without its image) was starred or unstarred."""

    entry: HappyEntry


@dataclass(frozen=True, slots=True)
class Deleted:
    """Payload of a HAPPY change: these entries were deleted (Undo can bring them back)."""

    entry_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Restored:
    """Payload of a HAPPY change: a delete was undone for these entries."""

    entry_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Purged:
    """Payload of a HAPPY change: ``count`` deleted entries were removed for good."""

    count: int


@dataclass(frozen=True, slots=True)
class Imported:
    """Payload of a HAPPY (and, when phrases came too, a PHRASES) change: what an import did."""

    result: ImportResult


def add_happy(
    session: Session,
    quote: str,
    *,
    note: str = "",
    tags: Iterable[str] = (),
    starred: bool = False,
    image: bytes | None = None,
    image_mime: str | None = None,
) -> HappyEntry:
    """Save a new entry now and announce it (the caller has already redacted the quote if the
    agent wanted that)."""
    entry = happy_store.add_happy(
        session.store,
        quote,
        session.now(),
        note=note,
        tags=tags,
        starred=starred,
        image=image,
        image_mime=image_mime,
    )
    session.changes.announce(Subject.HAPPY, Added(entry))
    return entry


def update_happy(
    session: Session,
    entry_id: int,
    *,
    quote: str | None = None,
    note: str | None = None,
    tags: Iterable[str] | None = None,
    starred: bool | None = None,
) -> HappyEntry:
    """Change what the agent edited and announce the entry as it now is."""
    entry = happy_store.update_happy(
        session.store, entry_id, quote=quote, note=note, tags=tags, starred=starred
    )
    session.changes.announce(Subject.HAPPY, Updated(entry))
    return entry


def set_starred(session: Session, entry_id: int, starred: bool) -> HappyEntry | None:
    """Star or unstar a live entry; returns it without its image, or None (and no announcement)
    when there is no such entry."""
    happy_store.set_starred(session.store, entry_id, starred)
    entry = happy_store.get_happy(session.store, entry_id, with_image=False)
    if entry is not None:
        session.changes.announce(Subject.HAPPY, Starred(entry))
    return entry


def delete_entries(session: Session, entry_ids: Sequence[int]) -> tuple[int, ...]:
    """Delete these entries (Undo is :func:`restore_entries`); returns those that were live.

    One announcement for the lot. Should a write fail part way, what was deleted before it is
    still announced, then the failure is raised.
    """
    now = session.now()
    deleted: list[int] = []
    try:
        for entry_id in entry_ids:
            if happy_store.delete_happy(session.store, entry_id, now):
                deleted.append(entry_id)
    finally:
        if deleted:
            session.changes.announce(Subject.HAPPY, Deleted(tuple(deleted)))
    return tuple(deleted)


def restore_entries(session: Session, entry_ids: Sequence[int]) -> tuple[int, ...]:
    """Undo a delete; returns the entries that came back, announced once."""
    restored: list[int] = []
    try:
        for entry_id in entry_ids:
            if happy_store.restore_happy(session.store, entry_id):
                restored.append(entry_id)
    finally:
        if restored:
            session.changes.announce(Subject.HAPPY, Restored(tuple(restored)))
    return tuple(restored)


def purge_deleted(session: Session, before: dt.datetime) -> int:
    """Remove for good the entries deleted before ``before``; announced when there were any."""
    count = happy_store.purge_deleted(session.store, before)
    if count:
        session.changes.announce(Subject.HAPPY, Purged(count))
    return count


def import_happy(session: Session, export: HappyExport) -> ImportResult:
    """Add what a happy file export holds that is not here yet, in one transaction.

    Announced only when something came in: HAPPY for entries, PHRASES for the agent's phrases.
    """
    result = happy_store.import_happy(session.store, export)
    if result.added:
        session.changes.announce(Subject.HAPPY, Imported(result))
    if result.phrases_added:
        session.changes.announce(Subject.PHRASES, Imported(result))
    return result
