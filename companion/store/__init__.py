"""The one door to the database: opening, checks, pragmas, migrations, transactions.

Start-up reads ``PRAGMA user_version`` with the standard library alone and imports sqlite-utils
only when there are migrations to run (or a subject module needs its helpers), because importing
it costs more than showing the first window.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from companion.core.errors import (
    BackupFailed,
    DatabaseDamaged,
    DatabaseMissing,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotACompanionDatabase,
)

if TYPE_CHECKING:
    import sqlite_utils

log = logging.getLogger(__name__)

# "CMPN" — marks the file as ours so a foreign SQLite file is never migrated by mistake.
APPLICATION_ID = 0x434D504E
BUSY_TIMEOUT_MS = 5000


class Store:
    """An open Companion database. One per thread; a worker opens its own."""

    # A handed-off command's id (see companion.store.handoffs): the next write transaction
    # records it with the write, so the command is applied once however often it is run.
    pending_claim: str | None = None

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self._db: sqlite_utils.Database | None = None

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the same connection, built on first use."""
        if self._db is None:
            import sqlite_utils

            self._db = sqlite_utils.Database(self.conn, execute_plugins=False)
        return self._db

    @contextlib.contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction taken up front (BEGIN IMMEDIATE), so concurrent writers queue
        on the busy timeout instead of failing half-way; disk and I/O errors become ours."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise _as_companion_error(error, self.path) from error
        try:
            if self.pending_claim is not None:
                from companion.store import handoffs

                handoffs.claim(self.conn, self.pending_claim)
                self.pending_claim = None
            yield self.conn
        except BaseException as error:
            if self.conn.in_transaction:
                self.conn.rollback()
            if isinstance(error, sqlite3.Error):
                raise _as_companion_error(error, self.path) from error
            raise
        else:
            try:
                self.conn.commit()
            except sqlite3.Error as error:
                if self.conn.in_transaction:
                    self.conn.rollback()
                raise _as_companion_error(error, self.path) from error

    def read(
        self, sql: str, params: tuple[object, ...] | dict[str, object] = ()
    ) -> list[sqlite3.Row]:
        """Run a query and return all rows; errors become ours."""
        try:
            return list(self.conn.execute(sql, params))
        except sqlite3.Error as error:
            raise _as_companion_error(error, self.path) from error

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.close()


def _as_companion_error(error: sqlite3.Error, path: Path) -> DatabaseUnavailable:
    text = str(error)
    if "disk is full" in text or "disk I/O" in text:
        return DatabaseUnavailable(
            f"Could not save: the disk holding {path.parent} is full or failing. "
            "Free some space and try again; nothing was changed."
        )
    if "locked" in text or "busy" in text:
        return DatabaseUnavailable(
            "The database is busy in another program. Try again in a moment; nothing was changed."
        )
    if "readonly" in text:
        return DatabaseUnavailable(f"The database {path} is read-only; nothing was changed.")
    if "malformed" in text or "not a database" in text:
        from companion.store.backup import restore_advice

        return DatabaseDamaged(
            f"The database {path} is damaged ({text}); nothing was changed. " + restore_advice(path)
        )
    return DatabaseUnavailable(f"Database error in {path}: {text}")


def default_path() -> Path:
    from companion import paths

    return paths.database_path()


def open_store(path: Path | None = None) -> Store:
    """Open (creating or migrating as needed) the Companion database.

    Raises NotACompanionDatabase or DatabaseTooNew without modifying the file, and
    DatabaseUnavailable when the file cannot be read or written at all.
    """
    from companion.store import schema

    path = Path(path) if path is not None else default_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    # A file that is not SQLite is recognised by SQLite itself ("file is not a database") when
    # its identity is read below: opening the file here with open() and closing it would drop
    # every lock this process's connections hold on it (POSIX), and another process could then
    # delete the WAL under a live connection.
    existed = path.exists() and path.stat().st_size > 0
    if not existed:
        _refuse_to_start_afresh_beside_backups(path)
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        raise _as_companion_error(error, path) from error
    conn.row_factory = sqlite3.Row
    store = Store(path, conn)
    try:
        version = _check_identity(conn, path, existed)
        latest = len(schema.MIGRATIONS)
        if version > latest:
            raise DatabaseTooNew(
                f"{path} was written by a newer version of Companion (schema {version}; this "
                f"version knows up to {latest}). Update Companion to open it; the file was "
                "left untouched."
            )
        _set_pragmas(conn)
        if version < latest:
            if existed and version > 0:
                from companion.store import backup

                try:
                    backup.backup_now(store, reason=f"before-migration-{version}")
                except BackupFailed as failure:
                    # A full disk must not keep the agent from working; a damaged database
                    # (DatabaseDamaged) is never upgraded and goes up to the caller.
                    log.warning("store: no backup before the upgrade: %s", failure)
            schema.migrate(store, version)
    except sqlite3.OperationalError as error:
        # Locked by another program, disk trouble, no permission: the file may be fine.
        store.close()
        raise _as_companion_error(error, path) from error
    except sqlite3.DatabaseError as error:
        store.close()
        from companion.store.backup import list_backups, restore_advice

        if "malformed" in str(error):
            raise DatabaseDamaged(
                f"The database {path} is damaged ({error}); it was left untouched. "
                + restore_advice(path)
            ) from error
        advice = f" {restore_advice(path)}" if list_backups(path) else ""
        raise NotACompanionDatabase(
            f"{path} is not a Companion database or is damaged ({error}). It was left "
            f"untouched.{advice}"
        ) from error
    except BaseException:
        store.close()
        raise
    _make_private(path)
    return store


def _refuse_to_start_afresh_beside_backups(path: Path) -> None:
    """A missing or empty database beside backups is a loss to report, not a first run."""
    from companion.store.backup import backups_dir, list_backups

    backups = list_backups(path)
    if not backups:
        return
    what = "is empty" if path.exists() else "is missing"
    raise DatabaseMissing(
        f"The database {path} {what}, but {backups_dir(path)} holds backups of it, the "
        f"newest from {backups[-1].written:%Y-%m-%d %H:%M} UTC. "
        "'companion restore' brings it back; to start afresh instead, move the backups "
        "folder aside."
    )


def _check_identity(conn: sqlite3.Connection, path: Path, existed: bool) -> int:
    # One statement, so one snapshot: read one by one, another process starting at the same
    # moment could commit its first migration in between, and a file with Companion's tables but
    # no identity yet would look like somebody else's database.
    app_id, version, has_tables = conn.execute(
        "SELECT (SELECT application_id FROM pragma_application_id),"
        " (SELECT user_version FROM pragma_user_version),"
        " (SELECT count(*) FROM sqlite_master WHERE type = 'table')"
    ).fetchone()
    app_id, version = int(app_id), int(version)
    if app_id == APPLICATION_ID:
        return version
    if existed and (has_tables or version or app_id):
        raise NotACompanionDatabase(
            f"{path} is an SQLite database, but not one of Companion's. "
            "It was left untouched; move it aside to start afresh."
        )
    return 0


def _set_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = _journal_mode_wal(conn)
    if str(mode).lower() != "wal":
        log.warning("store: journal mode is %s, not WAL", mode)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA synchronous = NORMAL")


def _journal_mode_wal(conn: sqlite3.Connection) -> str:
    """Switch to WAL. Turning a file in another journal mode to WAL needs it to itself for a
    moment, and SQLite answers "locked" at once rather than waiting when another process opens
    the same file at that moment (two starts at login): try again for the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _make_private(path: Path) -> None:
    """Take away what others may do with the files; what the owner chose (say 0400, to keep
    the file read-only) is left as it is."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            mode = candidate.stat().st_mode & 0o777
            if mode & 0o077:
                os.chmod(candidate, mode & 0o700)
