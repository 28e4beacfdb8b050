"""`companion backup` and `companion restore` as a user runs them, and what a damaged database
says to the terminal."""

from __future__ import annotations

import json
import os
import sqlite3

import pytest

from companion import paths
from companion.store import backup as backup_store
from tests.support import run_cli


def damage(path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'interactions'").fetchone()
    conn.close()
    with path.open("r+b") as handle:
        handle.seek((root[0] - 1) * 4096)
        handle.write(os.urandom(300))


def logged() -> int:
    conn = sqlite3.connect(paths.database_path())
    try:
        return int(conn.execute("SELECT count(*) FROM interactions").fetchone()[0])
    finally:
        conn.close()


def test_backup_makes_a_checked_copy_and_lists_it(clock):
    assert run_cli(["log", "+"], clock)[0] == 0
    code, out, err = run_cli(["backup"], clock)
    assert (code, err) == (0, "")
    assert out.startswith("Backed up and checked: ")
    code, out, _ = run_cli(["backup", "--list", "--json"], clock)
    listed = json.loads(out)
    assert [item["reason"] for item in listed] == ["daily", "manual"]
    assert all(item["bytes"] > 0 for item in listed)


def test_a_damaged_database_stops_a_log_with_what_to_do_and_restore_brings_it_back(clock):
    run_cli(["log", "+"], clock)
    run_cli(["backup"], clock)
    run_cli(["log", "+"], clock)
    damage(paths.database_path())
    code, out, err = run_cli(["log", "-"], clock)
    assert code == 2 and out == ""
    assert "damaged" in err and "companion restore" in err
    assert err.count("\n") == 1 and "Traceback" not in err

    code, out, err = run_cli(["restore"], clock)
    assert code == 0, err
    assert out.startswith("Restored companion-")
    assert "set-aside" in out
    assert logged() == 1  # as it was at the backup
    code, out, _ = run_cli(["today", "--json"], clock)
    assert code == 0 and json.loads(out)["positive"] == 1


def test_restore_names_a_backup_and_refuses_a_damaged_one(clock):
    run_cli(["log", "+"], clock)
    [made] = backup_store.list_backups(paths.database_path())
    damage(made.path)
    code, _, err = run_cli(["restore", made.path.name], clock)
    assert code == 2 and "damaged" in err and "nothing was changed" in err
    code, _, err = run_cli(["restore", "no-such-backup.db"], clock)
    assert code == 2 and "There is no backup no-such-backup.db" in err


def test_a_deleted_database_beside_backups_is_reported_then_restored(clock):
    run_cli(["log", "+"], clock)
    for suffix in ("", "-wal", "-shm"):
        paths.database_path().with_name(f"companion.db{suffix}").unlink(missing_ok=True)
    code, _, err = run_cli(["log", "+"], clock)
    assert code == 2 and "is missing" in err and "companion restore" in err
    assert not paths.database_path().exists()
    assert run_cli(["restore"], clock)[0] == 0
    assert run_cli(["log", "+"], clock)[0] == 0
    assert logged() == 1  # the daily backup was taken before the first log


def test_a_backups_path_that_is_a_file_is_one_line_and_logging_still_works(clock):
    backup_store.backups_dir(paths.database_path()).write_text("in the way")
    code, _, err = run_cli(["log", "+"], clock)
    assert code == 0 and err == ""
    code, _, err = run_cli(["backup"], clock)
    assert code == 2 and "is a file, not a folder" in err and err.count("\n") == 1
    log_file = paths.data_dir() / "companion.log"
    assert "is a file, not a folder" in log_file.read_text()  # the skipped daily backup
    assert log_file.stat().st_mode & 0o777 == 0o600


@pytest.fixture(autouse=True)
def _detach_log_file():
    yield
    import logging

    from companion.logfile import PrivateLogFile

    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, PrivateLogFile):
            root.removeHandler(handler)
            handler.close()
