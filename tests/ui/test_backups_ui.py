"""Backups in the app: the daily check warns about a damaged database, Backups… backs up and
restores through the app's own connection, and every screen shows the restored data."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from companion.store import backup as backup_store
from companion.ui.backups import BackupKeeper, BackupsDialog


def keeper_of(parts) -> BackupKeeper:
    keeper = parts.window.findChild(BackupKeeper)
    assert keeper is not None
    return keeper


def open_dialog(parts, qtbot) -> BackupsDialog:
    keeper = keeper_of(parts)
    [action] = [a for a in parts.window.app_menu.actions() if a.text() == "Backups…"]
    action.trigger()
    dialog = keeper.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def damage_from_another_process(path) -> None:
    """Random bytes over the interactions table, as a failing disk would leave them (written
    by another process: this one holds connections, whose locks an open() here would drop)."""
    code = (
        "import os, sqlite3, sys\n"
        "p = sys.argv[1]\n"
        "c = sqlite3.connect(p); c.execute('PRAGMA wal_checkpoint(TRUNCATE)')\n"
        "root = c.execute(\"SELECT rootpage FROM sqlite_master WHERE name = 'interactions'\")"
        ".fetchone()[0]\n"
        "c.close()\n"
        "f = open(p, 'r+b'); f.seek((root - 1) * 4096); f.write(os.urandom(300)); f.close()\n"
    )
    subprocess.run([sys.executable, "-c", code, str(path)], check=True, timeout=60)


def test_back_up_now_then_restore_brings_the_day_back_on_today(parts, qtbot, monkeypatch):
    today = parts.window.screen_widget("today")
    qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(parts, qtbot)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.list.topLevelItemCount() == 1, timeout=10000)
    assert "Backed up and checked" in dialog.status.text()
    for _ in range(2):
        qtbot.mouseClick(today.minus_button, Qt.MouseButton.LeftButton)
    assert today.negative_count.text() == "2"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.list.setCurrentItem(dialog.list.topLevelItem(0))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert "Restored the backup" in dialog.status.text()
    assert (today.positive_count.text(), today.negative_count.text()) == ("1", "0")
    aside = list((backup_store.backups_dir(parts.store.path) / "set-aside").iterdir())
    assert len(aside) == 1
    qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)  # the app keeps working
    assert today.positive_count.text() == "2"


def test_the_daily_check_warns_about_a_damaged_database_with_a_way_to_restore(parts, qtbot):
    keeper = keeper_of(parts)
    today = parts.window.screen_widget("today")
    qtbot.mouseClick(today.plus_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(keeper.start(due_only=False).signals.done, timeout=10000):
        pass
    damage_from_another_process(parts.store.path)
    task = keeper.start(due_only=False)
    with qtbot.waitSignal(task.signals.damaged, timeout=10000):
        pass
    assert not parts.window.banner.isHidden()
    assert "damaged" in parts.window.banner.label.text()
    assert len(backup_store.list_backups(parts.store.path)) == 1  # the good one is kept
    parts.window.on_banner_action()  # "Restore…" opens the dialog on the good backup
    dialog = keeper.dialog
    assert dialog is not None and "damaged" in dialog.status.text()
    assert dialog.list.topLevelItemCount() == 1


def test_at_start_up_a_damaged_database_is_offered_its_newest_good_backup(qtbot, monkeypatch):
    from companion import app, paths
    from companion.core.errors import CompanionError
    from companion.store import open_store
    from companion.store import ratio as ratio_store

    store = open_store()
    ratio_store.log_interaction(store, True, ratio_store_now())
    backup_store.backup_now(store)
    ratio_store.log_interaction(store, True, ratio_store_now())
    store.close()
    with paths.database_path().open("r+b") as handle:  # no connection is open here
        handle.write(b"\0" * 100)  # the header is gone: SQLite no longer knows the file
    try:
        open_store().close()
    except CompanionError as error:
        failure = error
    else:
        raise AssertionError("a damaged database opened")
    shown: list[str] = []

    def choose_restore(box: QMessageBox) -> int:
        shown.append(box.text())
        box.buttons()[0].click()  # "Restore the newest backup" comes first
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_restore)
    assert app.offer_restore(failure) is True
    assert "companion restore" in shown[0]
    reopened = open_store()
    try:
        assert backup_store.check_database(reopened) is None
        start, end = ratio_store_now().replace(hour=0), ratio_store_now().replace(hour=23)
        assert ratio_store.counts_between(reopened, start, end) == (1, 0)
    finally:
        reopened.close()


def ratio_store_now():
    import datetime as dt

    return dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)
