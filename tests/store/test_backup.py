"""Backups are verified, written whole, rotated by sequence, and can be restored."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest

from companion.core.errors import BackupFailed, DatabaseDamaged, DatabaseMissing
from companion.store import backup, open_store, schema
from companion.store import ratio as ratio_store

NOW = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)
WINDOW = (NOW - dt.timedelta(days=400), NOW + dt.timedelta(days=4000))


def _at(when: dt.datetime):
    return lambda: when


def damage(path: Path) -> None:
    """Random bytes over the interactions table's first page (no connection may be open)."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'interactions'").fetchone()
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root[0] - 1) * 4096)
        handle.write(os.urandom(300))


def _logged(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM interactions").fetchone()[0])
    finally:
        conn.close()


def _names(path: Path) -> list[str]:
    return [b.path.name for b in backup.list_backups(path)]


def test_a_backup_is_checked_and_self_contained(store):
    ratio_store.log_interaction(store, True, NOW)
    made = backup.backup_now(store, now=_at(NOW))
    assert backup.verify(made.path) is None
    assert _logged(made.path) == 1
    folder = backup.backups_dir(store.path)
    assert sorted(p.name for p in folder.iterdir()) == [made.path.name]  # no -wal, no temp


def test_a_damaged_database_makes_no_backup_and_keeps_every_good_one(store):
    for day in range(7):
        ratio_store.log_interaction(store, True, NOW)
        backup.backup_now(store, reason="daily", now=_at(NOW + dt.timedelta(days=day)))
    good = _names(store.path)
    path = store.path
    store.close()
    damage(path)
    for day in range(7, 15):  # a week and more of daily backups on the damaged file
        with pytest.raises(DatabaseDamaged, match="companion restore"):
            backup.backup_file(path, now=_at(NOW + dt.timedelta(days=day)))
    assert _names(path) == good
    assert all(backup.verify(b.path) is None for b in backup.list_backups(path))


def test_an_interrupted_backup_leaves_nothing_that_counts(store, monkeypatch):
    ratio_store.log_interaction(store, True, NOW)

    def crash(source: sqlite3.Connection, target: Path) -> None:
        target.write_bytes(b"")  # what a crash half-way leaves
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "_copy", crash)
    with pytest.raises(BackupFailed, match="No space left"):
        backup.backup_if_due(store.path, now=_at(NOW))
    folder = backup.backups_dir(store.path)
    assert list(folder.iterdir()) == []
    monkeypatch.undo()
    made = backup.backup_if_due(store.path, now=_at(NOW))
    assert made is not None and _logged(made.path) == 1


def test_a_clock_set_years_ahead_does_not_rotate_out_later_backups(store):
    ratio_store.log_interaction(store, True, NOW)
    future = NOW.replace(year=2031)
    for hour in range(7):
        backup.backup_now(store, now=_at(future + dt.timedelta(hours=hour)))
    fixed = backup.backup_now(store, now=_at(NOW))  # the clock was put right
    kept = backup.list_backups(store.path)
    assert len(kept) == backup.KEEP
    assert kept[-1] == fixed
    assert fixed.path.exists()
    again = backup.backup_now(store, now=_at(NOW + dt.timedelta(hours=1)))
    assert backup.list_backups(store.path)[-2:] == [fixed, again]


def test_the_daily_backup_is_due_once_a_day(store):
    assert backup.backup_if_due(store.path, now=_at(NOW)) is not None
    assert backup.backup_if_due(store.path, now=_at(NOW + dt.timedelta(hours=3))) is None
    assert backup.backup_if_due(store.path, now=_at(NOW + dt.timedelta(days=1))) is not None


def test_restore_brings_back_the_newest_good_backup_and_sets_the_damaged_file_aside(store):
    ratio_store.log_interaction(store, True, NOW)
    good = backup.backup_now(store, now=_at(NOW))
    ratio_store.log_interaction(store, True, NOW)
    bad = backup.backup_now(store, now=_at(NOW + dt.timedelta(hours=1)))
    path = store.path
    store.close()
    damage(bad.path)
    damage(path)
    chosen = backup.find_backup(path, None)
    assert chosen == good
    restored = backup.restore(path, chosen, now=_at(NOW))
    assert restored.set_aside is not None and restored.set_aside.exists()
    assert _logged(path) == 1
    reopened = open_store(path)
    try:
        assert backup.check_database(reopened) is None
        assert ratio_store.counts_between(reopened, *WINDOW) == (1, 0)
    finally:
        reopened.close()


def test_restore_through_the_apps_own_connection_keeps_it_working(store):
    ratio_store.log_interaction(store, True, NOW)
    made = backup.backup_now(store, now=_at(NOW))
    for _ in range(3):
        ratio_store.log_interaction(store, False, NOW)
    backup.restore(store.path, made, live=store.conn, now=_at(NOW))
    assert ratio_store.counts_between(store, *WINDOW) == (1, 0)
    ratio_store.log_interaction(store, True, NOW)
    assert _logged(store.path) == 2


def test_a_damaged_backup_is_never_restored(store):
    made = backup.backup_now(store, now=_at(NOW))
    ratio_store.log_interaction(store, True, NOW)
    damage(made.path)
    with pytest.raises(BackupFailed, match="no good backup"):
        backup.find_backup(store.path, None)
    with pytest.raises(BackupFailed, match="damaged"):
        backup.restore(store.path, made, live=store.conn)
    assert ratio_store.counts_between(store, *WINDOW) == (1, 0)


def test_a_backup_from_before_an_upgrade_is_upgraded_when_restored(tmp_path):
    path = tmp_path / "companion.db"
    conn = sqlite3.connect(path)
    from companion.store import Store

    old = Store(path, conn)
    schema.migrate(old, 0, 1)
    ratio_store.log_interaction(old, True, NOW)
    made = backup.backup_now(old, now=_at(NOW))
    old.close()
    path.unlink()
    backup.restore(path, made)
    reopened = open_store(path)
    try:
        assert reopened.schema_version == len(schema.MIGRATIONS)
        assert ratio_store.counts_between(reopened, *WINDOW) == (1, 0)
    finally:
        reopened.close()


@pytest.mark.parametrize("how", ["missing", "empty"])
def test_a_missing_or_empty_database_beside_backups_is_reported(store, how):
    backup.backup_now(store, now=_at(NOW))
    path = store.path
    store.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    if how == "empty":
        path.write_bytes(b"")
    with pytest.raises(DatabaseMissing, match="companion restore"):
        open_store(path)
    assert not path.exists() or path.stat().st_size == 0  # nothing was created in its place


def test_a_backups_path_that_is_a_file_is_a_clear_failure(store):
    backup.backups_dir(store.path).write_text("not a folder")
    with pytest.raises(BackupFailed, match="is a file, not a folder"):
        backup.backup_now(store)


def test_a_read_only_database_the_user_chose_stays_read_only(tmp_path):
    path = tmp_path / "companion.db"
    open_store(path).close()
    os.chmod(path, 0o400)
    open_store(path).close()
    assert path.stat().st_mode & 0o777 == 0o400
    os.chmod(path, 0o644)
    open_store(path).close()
    assert path.stat().st_mode & 0o777 == 0o600
