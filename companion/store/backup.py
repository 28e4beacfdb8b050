"""Rotating backups with SQLite's online backup API (safe while the app writes)."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.store import Store

log = logging.getLogger(__name__)

KEEP = 7


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_now(store: Store, reason: str = "daily", keep: int = KEEP) -> Path | None:
    """Copy the database into ``backups/``, keeping the newest ``keep`` files.

    A backup that cannot be written (full disk) is logged and skipped: it must never stop the
    agent from working.
    """
    return _backup(store.conn, store.path, reason, keep)


def backup_file(db_path: Path, reason: str = "daily", keep: int = KEEP) -> Path | None:
    """The same from a connection of its own: safe to call from a worker thread."""
    try:
        source = sqlite3.connect(db_path)
    except sqlite3.Error as error:
        log.warning("backup: could not open %s: %s", db_path, error)
        return None
    try:
        return _backup(source, db_path, reason, keep)
    finally:
        source.close()


def _backup(source: sqlite3.Connection, db_path: Path, reason: str, keep: int) -> Path | None:
    folder = backups_dir(db_path)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = folder / f"companion-{stamp}-{reason}.db"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        with sqlite3.connect(target) as copy:
            source.backup(copy)
        copy.close()
        os.chmod(target, 0o600)
    except (OSError, sqlite3.Error) as error:
        log.warning("backup: could not write %s: %s", target, error)
        target.unlink(missing_ok=True)
        return None
    for old in sorted(folder.glob("companion-*.db"))[:-keep]:
        old.unlink(missing_ok=True)
    return target


def backup_if_due(db_path: Path, keep: int = KEEP) -> Path | None:
    """One backup a day at most: skipped when today's (UTC) exists already."""
    folder = backups_dir(db_path)
    today = dt.datetime.now(dt.UTC).strftime("%Y%m%d")
    if any(folder.glob(f"companion-{today}T*.db")):
        return None
    return backup_file(db_path, "daily", keep)
