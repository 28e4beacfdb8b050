"""The database under faults: a second open in the same process, concurrent first runs,
permissions the user chose, a missing file beside good backups."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from companion.store import open_store, schema
from companion.store import ratio as ratio_store

NOW = dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.UTC)
WINDOW = (NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=1))


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM interactions").fetchone()[0])
    finally:
        conn.close()


def _count_from_another_process(path: Path) -> int:
    """What `companion today` does to the file: open, read, close (the last connection to
    close checkpoints and deletes the WAL when it can take the file's exclusive lock)."""
    code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "print(c.execute('SELECT count(*) FROM interactions').fetchone()[0])\n"
        "c.close()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        check=True,
        timeout=60,
        capture_output=True,
        text=True,
    )
    return int(done.stdout)


def test_opening_the_store_twice_in_one_process_keeps_the_first_ones_locks(tmp_path):
    """An export or import in the app opens the store again in the app's process; that must
    never drop the app's own locks, or another process deletes the WAL under it."""
    path = tmp_path / "companion.db"
    app_store = open_store(path)
    try:
        ratio_store.log_interaction(app_store, True, NOW)
        second = open_store(path)  # the export task's connection
        second.close()
        assert _count_from_another_process(path) == 1
        ratio_store.log_interaction(app_store, True, NOW)
        # What every other process sees, and what survives if the app is killed now.
        assert _count_from_another_process(path) == 2
    finally:
        app_store.close()
    assert _count(path) == 2


def _start_loggers(count: int) -> list[subprocess.Popen[str]]:
    return [
        subprocess.Popen(
            [sys.executable, "-m", "companion", "log", "+"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(count)
    ]


def _finish(processes: list[subprocess.Popen[str]]) -> list[tuple[int, str]]:
    results = []
    for process in processes:
        _, err = process.communicate(timeout=120)
        results.append((process.returncode, err))
    return results


@pytest.mark.parametrize("start_version", [0, 1])
def test_concurrent_first_runs_and_upgrades_all_succeed(start_version):
    """A login autostart and a desktop shortcut at once: every process migrates or waits, none
    fails with "table … already exists", and every log is counted once."""
    from companion import paths

    path = paths.database_path()
    if start_version:
        conn = sqlite3.connect(path)
        from companion.store import Store

        old = Store(path, conn)
        schema.migrate(old, 0, start_version)
        old.close()
    results = _finish(_start_loggers(12))
    assert [err for code, err in results if code != 0] == []
    assert _count(path) == 12
    store = open_store(path)
    try:
        assert store.schema_version == len(schema.MIGRATIONS)
    finally:
        store.close()


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "{db}"],
        ["import", "happy", "{db}"],
        ["export", "happy", "--format", "json", "-o", "{db}"],
        ["export", "happy", "--format", "json", "-o", "{db}-wal"],
    ],
)
def test_a_command_never_opens_or_replaces_the_database_file_itself(argv):
    """`companion check ~/.local/share/companion/companion.db` handed to the app (or an export
    written over it) would open the file outside SQLite, or rename over it, in a process that
    holds a connection: refused, and the connection's locks hold."""
    from companion import paths
    from tests.support import run_cli

    path = paths.database_path()
    app_store = open_store(path)
    try:
        ratio_store.log_interaction(app_store, True, NOW)
        code, _, err = run_cli([part.replace("{db}", str(path)) for part in argv])
        assert code == 2 and "Companion's own database" in err
        assert _count_from_another_process(path) == 1
        ratio_store.log_interaction(app_store, True, NOW)
        assert _count_from_another_process(path) == 2
    finally:
        app_store.close()


class _FirstRunBetweenReads:
    """A connection to a new database through which another process's first migration commits
    right after the first statement: what a start at the same moment can do."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path)
        self.other = sqlite3.connect(path, isolation_level=None)
        self.statements = 0

    def execute(self, sql: str) -> sqlite3.Cursor:
        cursor = self.conn.execute(sql)
        self.statements += 1
        if self.statements == 1:
            from companion.store import APPLICATION_ID

            self.other.execute("BEGIN IMMEDIATE")
            self.other.execute("CREATE TABLE interactions (id INTEGER PRIMARY KEY)")
            self.other.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.other.execute("PRAGMA user_version = 1")
            self.other.execute("COMMIT")
        return cursor


def test_a_first_migration_committed_while_the_identity_is_read_is_not_a_stranger(tmp_path):
    from companion.store import _check_identity

    path = tmp_path / "companion.db"
    first = sqlite3.connect(path)
    first.execute("PRAGMA journal_mode = WAL")  # the other start has created the file
    first.close()
    racing = _FirstRunBetweenReads(path)
    try:
        # read before the other start's migration: a new, empty file (its migration is then
        # found applied when this process takes the write lock)
        assert _check_identity(racing, path, existed=True) == 0  # type: ignore[arg-type]
    finally:
        racing.conn.close()
        racing.other.close()
