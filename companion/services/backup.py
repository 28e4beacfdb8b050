"""Backups and restore: a restore replaces everything, so it announces EVERYTHING."""

from __future__ import annotations

from companion.services import Session, Subject
from companion.store import backup as backup_store
from companion.store import schema


def restore(session: Session, chosen: backup_store.Backup) -> backup_store.Restored:
    """Restore ``chosen`` through the session's own connection, upgrade it if it is older,
    and announce that everything changed."""
    store = session.store
    restored = backup_store.restore(store.path, chosen, live=store.conn, now=session.now)
    schema.migrate(store, store.schema_version)
    session.changes.announce(Subject.EVERYTHING)
    return restored
