import datetime as dt
import sqlite3
import stat
import threading

import pytest

from companion import paths
from companion.core.errors import DatabaseTooNew, DatabaseUnavailable, NotACompanionDatabase
from companion.store import APPLICATION_ID, open_store, schema
from companion.store import ratio as ratio_store

NOW = dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.UTC)


def test_fresh_database_is_private_wal_and_fully_migrated():
    store = open_store()
    try:
        path = paths.database_path()
        assert store.path == path
        assert store.schema_version == len(schema.MIGRATIONS)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    finally:
        store.close()


def test_migration_from_version_1_keeps_the_logs(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    from companion.store import Store

    old = Store(path, conn)
    schema.migrate(old, 0, 1)
    ratio_store.log_interaction(old, False, NOW, topic="billing", note="from v1")
    old.close()

    store = open_store(path)
    try:
        assert store.schema_version == len(schema.MIGRATIONS)
        start, end = NOW - dt.timedelta(hours=1), NOW + dt.timedelta(hours=1)
        assert ratio_store.counts_between(store, start, end) == (0, 1)
        [entry] = ratio_store.interactions_between(store, start, end)
        assert (entry.topic, entry.note) == ("billing", "from v1")
    finally:
        store.close()
    if len(schema.MIGRATIONS) > 1:
        backups = list((tmp_path / "backups").glob("companion-*before-migration-1.db"))
        assert len(backups) == 1


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "new.db"
    store = open_store(path)
    store.conn.execute(f"PRAGMA user_version = {len(schema.MIGRATIONS) + 5}")
    store.conn.commit()
    store.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as error:
        open_store(path)
    assert "newer version" in str(error.value)
    assert path.read_bytes() == before


def test_a_text_file_is_not_a_companion_database(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 20)
    before = path.read_bytes()
    with pytest.raises(NotACompanionDatabase):
        open_store(path)
    assert path.read_bytes() == before


def test_a_foreign_sqlite_database_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Ada')")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotACompanionDatabase) as error:
        open_store(path)
    assert "not one of Companion's" in str(error.value)
    assert path.read_bytes() == before


def test_an_empty_file_becomes_a_database(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    store = open_store(path)
    assert store.schema_version == len(schema.MIGRATIONS)
    store.close()


def test_log_undo_and_counts(store):
    ratio_store.log_interaction(store, True, NOW)
    ratio_store.log_interaction(store, False, NOW + dt.timedelta(minutes=1), topic=" Billing ")
    start, end = NOW - dt.timedelta(hours=1), NOW + dt.timedelta(hours=1)
    assert ratio_store.counts_between(store, start, end) == (1, 1)
    removed = ratio_store.undo_last(store, since=start)
    assert removed is not None and not removed.positive and removed.topic == "billing"
    assert ratio_store.counts_between(store, start, end) == (1, 0)
    assert ratio_store.undo_last(store, since=NOW + dt.timedelta(minutes=30)) is None


def test_daily_counts_follow_the_day_start_hour(store):
    # Logs are placed in local time; SQLite and Python share the process's zone.
    base = dt.datetime(2026, 5, 4, 12, 0).astimezone()
    ratio_store.log_interaction(store, True, base)
    ratio_store.log_interaction(store, False, base.replace(hour=23))
    ratio_store.log_interaction(store, True, (base + dt.timedelta(days=1)).replace(hour=2))  # night
    ratio_store.log_interaction(store, True, (base + dt.timedelta(days=1)).replace(hour=5))
    history = ratio_store.history(store, dt.date(2026, 5, 5), 3, 3.0, 4)
    assert [(d.day.isoformat(), d.positive, d.negative) for d in history] == [
        ("2026-05-03", 0, 0),
        ("2026-05-04", 2, 1),
        ("2026-05-05", 1, 0),
    ]


def test_weekly_trends_compare_two_weeks(store):
    today = dt.date(2026, 5, 14)
    noon = dt.datetime(2026, 5, 14, 12).astimezone()
    for back, topic in [
        (0, "billing"),
        (1, "billing"),
        (2, "login"),
        (8, "billing"),
        (9, "refund"),
    ]:
        ratio_store.log_interaction(store, False, noon - dt.timedelta(days=back), topic=topic)
    ratio_store.log_interaction(store, True, noon, topic="billing")  # positives never count
    trends = {
        t.topic: (t.this_week, t.last_week) for t in ratio_store.weekly_trends(store, today, 4)
    }
    assert trends == {"billing": (2, 1), "login": (1, 0), "refund": (0, 1)}


def test_concurrent_writers_lose_nothing(tmp_path):
    path = tmp_path / "busy.db"
    open_store(path).close()
    errors: list[BaseException] = []

    def writer(positive: bool) -> None:
        store = open_store(path)
        try:
            for index in range(50):
                ratio_store.log_interaction(store, positive, NOW + dt.timedelta(seconds=index))
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)
        finally:
            store.close()

    threads = [threading.Thread(target=writer, args=(i % 2 == 0,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    store = open_store(path)
    assert ratio_store.counts_between(store, NOW, NOW + dt.timedelta(hours=1)) == (100, 100)
    store.close()


def test_disk_errors_become_a_clear_message(store, monkeypatch):
    store.conn.execute("PRAGMA max_page_count = 1")  # nothing more fits: like a full disk
    with pytest.raises(DatabaseUnavailable) as error:
        for _ in range(200):
            ratio_store.log_interaction(store, True, NOW, note="x" * 400)
    assert "full" in str(error.value)


def test_backup_copies_and_rotates(store):
    from companion.store import backup

    ratio_store.log_interaction(store, True, NOW)
    made = [backup.backup_now(store, reason=f"r{i}", keep=3) for i in range(5)]
    assert all(p is not None for p in made)
    kept = sorted((store.path.parent / "backups").glob("companion-*.db"))
    assert len(kept) <= 3
    copy = sqlite3.connect(kept[-1])
    assert copy.execute("SELECT count(*) FROM interactions").fetchone()[0] == 1
    copy.close()


def test_a_locked_database_is_reported_as_busy_not_as_foreign(tmp_path, monkeypatch):
    path = tmp_path / "busy.db"
    open_store(path).close()
    monkeypatch.setattr("companion.store.BUSY_TIMEOUT_MS", 50)
    holder = sqlite3.connect(path, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseUnavailable, match="busy in another program"):
            open_store(path)
    finally:
        holder.close()
    open_store(path).close()
