"""The first window waits only for what it shows: the tray, the single-instance server, the
banner and PySide6's wrappers of what the window does not use come after its first paint, and
no module's source is read on the way (see benchmarks/README.md for what each costs)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from companion import app as companion_app

# The real app as `companion --exit-after-show` starts it, saying what was loaded by the time
# its window had painted (FirstPaint.run follows the first paint; the app quits right after).
START = """
import json, linecache, sys
from types import SimpleNamespace

# Every source file read from here on (PySide6 reads them through linecache, which the app
# clears between its batches of imports, so the cache alone would not tell).
read = []
getlines = linecache.getlines
linecache.getlines = lambda name, *args: read.append(name) or getlines(name, *args)

from companion import app as companion_app

run_after_paint = companion_app.FirstPaint.run


def report(self):
    from PySide6 import QtCore, QtWidgets

    tops = QtWidgets.QApplication.topLevelWidgets()
    window = [w for w in tops if type(w).__name__ == "MainWindow"]
    print(json.dumps({
        "modules": sorted(name for name in sys.modules if name.startswith("companion")),
        "wrapped": sorted(set(vars(QtWidgets)) | set(vars(QtCore))),
        "sources": [name for name in linecache.cache if "companion" in name],
        "read": read,
        "screen": window[0].current_screen_key() if window else None,
        "banner": window[0]._banner is not None if window else None,
    }), flush=True)
    run_after_paint(self)


companion_app.FirstPaint.run = report
companion_app.run(SimpleNamespace(command=None, exit_after_show=True, hidden=False))
"""


# What importing PySide6 reads of its own, with nothing of ours: the floor for "read".
PYSIDE_ALONE = """
import json, linecache
read = []
getlines = linecache.getlines
linecache.getlines = lambda name, *args: read.append(name) or getlines(name, *args)
from PySide6 import QtCore, QtGui, QtWidgets
print(json.dumps(read))
"""


@pytest.fixture(scope="module")
def first_window() -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", START],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 1, done.stdout + done.stderr
    report: dict[str, object] = json.loads(lines[0])
    return report


def test_the_first_window_shows_today(first_window):
    assert first_window["screen"] == "today"
    assert "companion.ui.today" in first_window["modules"]


def test_the_tray_and_the_hand_off_come_after_the_first_paint(first_window):
    modules = first_window["modules"]
    assert "companion.ui.tray" not in modules
    assert "companion.ui.notify" not in modules
    assert "companion.ipc" not in modules
    assert first_window["banner"] is False  # made with the first message


def test_the_first_window_does_without_pyside_wrappers_it_does_not_use(first_window):
    wrapped = first_window["wrapped"]
    # The style: theme.follow found its follower among the application's children by class,
    # which wrapped each child for Python, the style and its enums among them.
    assert "QStyle" not in wrapped
    # Every event class: an event filter written in Python is handed every event of what it
    # watches, and PySide6 loads each event class of Qt to hand them over.
    assert "QChildEvent" not in wrapped
    assert "QGraphicsSceneEvent" not in wrapped


def test_no_module_source_is_read_before_the_first_paint(first_window):
    assert first_window["sources"] == []
    # Nothing beyond what PySide6 reads while it loads, ours or the standard library's: the
    # app's own module imports nothing of ours before it has told PySide6 not to look.
    alone = subprocess.run(
        [sys.executable, "-c", PYSIDE_ALONE], capture_output=True, text=True, timeout=120
    )
    assert alone.returncode == 0, alone.stderr
    assert set(first_window["read"]) <= set(json.loads(alone.stdout))


def test_without_a_tray_asked_for_the_app_makes_it_when_first_read(qtbot, clock):
    parts = companion_app.build(clock=clock, features=False, tray=False)
    qtbot.addWidget(parts.window)
    try:
        assert not parts.has_tray_made()
        tray = parts.tray
        assert parts.has_tray_made() and parts.tray is tray
        assert tray.menu.actions()  # the window's actions are in its menu
    finally:
        parts.tray.icon.hide()
        parts.store.close()


def test_the_app_reads_no_module_source_after_pyside(qapp, tmp_path, monkeypatch):
    import linecache

    companion_app.skip_pyside_source_reading()
    companion_app.skip_pyside_source_reading()  # once is enough: no second finder
    finders = [f for f in sys.meta_path if type(f).__name__ == "_ReadNoSources"]
    assert len(finders) == 1
    (tmp_path / "fresh_module_for_the_scan.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()
    import fresh_module_for_the_scan  # noqa: F401  (imported after PySide6, never before)

    assert not [name for name in linecache.cache if name.endswith("fresh_module_for_the_scan.py")]
    monkeypatch.delitem(sys.modules, "fresh_module_for_the_scan")
