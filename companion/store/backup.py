"""Verified, rotating backups and restore, with SQLite's online backup API.

A backup is written to a hidden temporary file, checked with ``PRAGMA integrity_check`` and
only then renamed into ``backups/``, so a crash or a full disk never leaves a file that looks
like a backup, and a damaged database never produces one. Each name carries a sequence number
(``companion-000012-20261201T101500Z-daily.db``): backups are ordered and rotated by it, not
by the clock, so a clock that was once set years ahead cannot make every later backup look
older than the rest and be deleted as soon as it is written.

Restore copies a verified backup into the live database through the backup API, which takes
SQLite's own locks (safe beside the app and other commands). What the database held before is
kept aside in ``backups/set-aside/``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from companion.core.errors import BackupFailed, DatabaseDamaged, DatabaseTooNew

if TYPE_CHECKING:
    from collections.abc import Callable

    from companion.store import Store

log = logging.getLogger(__name__)

KEEP = 7
SET_ASIDE = "set-aside"
_NAME = re.compile(
    r"^companion-(?:(?P<seq>\d{1,9})-)?(?P<stamp>\d{8}T\d{6}Z)-(?P<reason>[\w-]+)\.db$"
)


@dataclass(frozen=True, slots=True)
class Backup:
    """One backup file. ``written`` is the wall-clock time its name records (UTC)."""

    path: Path
    sequence: int
    written: dt.datetime
    reason: str

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


@dataclass(frozen=True, slots=True)
class Restored:
    backup: Backup
    set_aside: Path | None


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def list_backups(db_path: Path) -> list[Backup]:
    """The backups beside ``db_path``, oldest first (by sequence, then by the time named)."""
    folder = backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match is None or not path.is_file():
            continue
        written = dt.datetime.strptime(match["stamp"], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
        found.append(Backup(path, int(match["seq"] or 0), written, match["reason"]))
    found.sort(key=lambda b: (b.sequence, b.written, b.path.name))
    return found


def verify(path: Path) -> str | None:
    """None when ``path`` is a whole, readable Companion database; else what is wrong."""
    from companion.store import APPLICATION_ID

    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        return str(error)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA integrity_check(5)")]
        if rows != ["ok"]:
            return "; ".join(rows)
        if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            return "not a Companion database"
    except sqlite3.Error as error:
        return str(error)
    finally:
        conn.close()
    return None


def check_database(store: Store) -> str | None:
    """None when the live database passes ``PRAGMA quick_check``; else what is wrong."""
    try:
        rows = [str(r[0]) for r in store.conn.execute("PRAGMA quick_check(5)")]
    except sqlite3.Error as error:
        return str(error)
    return None if rows == ["ok"] else "; ".join(rows)


def backup_now(
    store: Store,
    reason: str = "manual",
    keep: int = KEEP,
    now: Callable[[], dt.datetime] | None = None,
) -> Backup:
    """Write a verified backup of ``store`` and rotate old ones.

    Raises DatabaseDamaged when the copy fails its check (the database itself is damaged;
    no backup is kept and none is rotated out), BackupFailed when it cannot be written.
    """
    return _backup(store.conn, store.path, reason, keep, now)


def backup_file(
    db_path: Path,
    reason: str = "daily",
    keep: int = KEEP,
    now: Callable[[], dt.datetime] | None = None,
) -> Backup:
    """The same from a connection of its own: safe to call from a worker thread."""
    try:
        source = sqlite3.connect(db_path)
    except sqlite3.Error as error:
        raise BackupFailed(f"Could not open {db_path} to back it up: {error}") from error
    try:
        return _backup(source, db_path, reason, keep, now)
    finally:
        source.close()


def backup_if_due(
    db_path: Path, keep: int = KEEP, now: Callable[[], dt.datetime] | None = None
) -> Backup | None:
    """One verified backup a day: None when today's (UTC) exists already."""
    today = (now or _utc_now)().strftime("%Y%m%d")
    if any(b.written.strftime("%Y%m%d") == today for b in list_backups(db_path)):
        return None
    return backup_file(db_path, "daily", keep, now)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _prepare_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise BackupFailed(
            f"{folder} is a file, not a folder, so no backup can be kept there. "
            "Move it aside and try again."
        )
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as error:
        raise BackupFailed(f"Could not create {folder}: {error.strerror or error}") from error


def _backup(
    source: sqlite3.Connection,
    db_path: Path,
    reason: str,
    keep: int,
    now: Callable[[], dt.datetime] | None,
) -> Backup:
    folder = backups_dir(db_path)
    _prepare_folder(folder)
    existing = list_backups(db_path)
    sequence = (existing[-1].sequence if existing else 0) + 1
    written = (now or _utc_now)().astimezone(dt.UTC).replace(microsecond=0)
    name = f"companion-{sequence:06d}-{written:%Y%m%dT%H%M%SZ}-{reason}.db"
    target = folder / name
    temporary = folder / f".{name}.{os.getpid()}.tmp"
    try:
        _copy(source, temporary)
        problem = verify(temporary)
        if problem is not None:
            raise DatabaseDamaged(
                f"Companion's database {db_path} is damaged ({problem}), so no backup was "
                f"made and the good ones were kept. {restore_advice(db_path)}"
            )
        _fsync(temporary)
        os.replace(temporary, target)
        _fsync(folder)
    except (OSError, sqlite3.Error) as error:
        raise BackupFailed(
            f"Could not write a backup in {folder}: {getattr(error, 'strerror', None) or error}"
        ) from error
    finally:
        _remove(temporary)
    made = Backup(target, sequence, written, reason)
    _rotate(db_path, keep, made)
    return made


def _copy(source: sqlite3.Connection, target: Path) -> None:
    _remove(target)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
        # One self-contained file: no -wal or -shm beside a backup.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    os.chmod(target, 0o600)


def _rotate(db_path: Path, keep: int, newest: Backup) -> None:
    """Keep the newest ``keep`` backups by sequence; the one just verified is always kept."""
    older = [b for b in list_backups(db_path) if b.path != newest.path]
    for old in older[: max(0, len(older) - (keep - 1))]:
        _remove(old.path)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    flags = os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) if path.is_dir() else os.O_RDONLY
    with contextlib.suppress(OSError):
        descriptor = os.open(path, flags)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def newest_good(db_path: Path) -> Backup | None:
    """The newest backup that passes its check, or None."""
    for candidate in reversed(list_backups(db_path)):
        if verify(candidate.path) is None:
            return candidate
    return None


def restore_advice(db_path: Path) -> str:
    """One sentence on how to get the data back, naming the newest backup when there is one."""
    backups = list_backups(db_path)
    if not backups:
        return f"There is no backup in {backups_dir(db_path)} to restore."
    newest = backups[-1]
    return (
        f"'companion restore' (or Backups… in the app's Companion menu) brings back the newest "
        f"good backup ({newest.written:%Y-%m-%d %H:%M} UTC); the damaged file is kept aside."
    )


def find_backup(db_path: Path, name: str | None) -> Backup:
    """The backup the user named (a file name in backups/ or a path), or the newest good one."""
    if name is None:
        chosen = newest_good(db_path)
        if chosen is None:
            raise BackupFailed(
                f"There is no good backup in {backups_dir(db_path)} to restore."
                if list_backups(db_path)
                else f"There is no backup in {backups_dir(db_path)} to restore."
            )
        return chosen
    path = Path(name).expanduser()
    if not path.is_absolute() and not path.exists():
        path = backups_dir(db_path) / name
    for known in list_backups(db_path):
        if known.path.resolve() == path.resolve():
            return known
    if not path.is_file():
        raise BackupFailed(f"There is no backup {name}.")
    return Backup(path, 0, _mtime(path), "file")


def _mtime(path: Path) -> dt.datetime:
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)


def restore(
    db_path: Path,
    backup: Backup,
    live: sqlite3.Connection | None = None,
    now: Callable[[], dt.datetime] | None = None,
) -> Restored:
    """Replace the database's content with ``backup``, keeping what it held aside.

    ``live`` is this process's open connection to the database, if it has one (the app's):
    the copy goes through it, so it stays valid. Raises BackupFailed (nothing changed) when the
    backup is damaged or not Companion's, DatabaseTooNew when a newer Companion wrote it.
    """
    from companion.store import schema

    problem = verify(backup.path)
    if problem is not None:
        raise BackupFailed(
            f"The backup {backup.path.name} is damaged ({problem}); nothing was changed."
        )
    source = sqlite3.connect(f"{backup.path.as_uri()}?mode=ro", uri=True)
    try:
        version = int(source.execute("PRAGMA user_version").fetchone()[0])
        if version > len(schema.MIGRATIONS):
            raise DatabaseTooNew(
                f"The backup {backup.path.name} was written by a newer version of Companion; "
                "update Companion to restore it. Nothing was changed."
            )
        stamp = (now or _utc_now)().astimezone(dt.UTC)
        aside = _set_aside(db_path, live, stamp)
        own = live is None
        target = live if live is not None else sqlite3.connect(db_path, timeout=5)
        try:
            source.backup(target)
        except sqlite3.DatabaseError:
            # The live file is beyond what SQLite can open (its first page is gone): nobody can
            # be using it, so it is replaced as a file.
            if not own:
                raise
            target.close()
            own = False
            _replace_file(backup.path, db_path)
        finally:
            if own:
                target.close()
    except (OSError, sqlite3.Error) as error:
        raise BackupFailed(
            f"Could not restore {backup.path.name}: {getattr(error, 'strerror', None) or error}"
        ) from error
    finally:
        source.close()
    return Restored(backup, aside)


def _set_aside(db_path: Path, live: sqlite3.Connection | None, stamp: dt.datetime) -> Path | None:
    """Copy what the database holds now into backups/set-aside/ (None when there is nothing)."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    folder = backups_dir(db_path) / SET_ASIDE
    _prepare_folder(backups_dir(db_path))
    _prepare_folder(folder)
    target = folder / f"companion-{stamp:%Y%m%dT%H%M%S%fZ}-before-restore.db"
    conn = live if live is not None else sqlite3.connect(db_path, timeout=5)
    try:
        _copy(conn, target)
        return target
    except sqlite3.DatabaseError:
        _remove(target)
        if live is not None:
            raise
    finally:
        if live is None:
            conn.close()
    # Too damaged for SQLite to read: keep the bytes as they are (no connection is open here).
    import shutil

    for suffix in ("", "-wal"):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            shutil.copyfile(source, Path(f"{target}{suffix}"))
            os.chmod(Path(f"{target}{suffix}"), 0o600)
    return target


def _replace_file(backup_path: Path, db_path: Path) -> None:
    temporary = db_path.with_name(f".{db_path.name}.restore.tmp")
    source = sqlite3.connect(f"{backup_path.as_uri()}?mode=ro", uri=True)
    try:
        _copy(source, temporary)
    finally:
        source.close()
    for suffix in ("-wal", "-shm"):
        _remove(Path(f"{db_path}{suffix}"))
    os.replace(temporary, db_path)
