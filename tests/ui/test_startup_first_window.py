"""The first window waits only for what it shows: the tray, the single-instance server, the
banner, PySide6's ``Qt`` namespace and its wrappers of what the window does not use come after
its first paint, and no module's source is read on the way (see benchmarks/README.md for what
each costs)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from companion import app as companion_app

# The real app as `companion --exit-after-show` starts it, saying what was loaded by the time
# its window had painted (FirstPaint.run follows the first paint; the app quits right after).
START = """
import gc, json, linecache, sys
from types import SimpleNamespace

# Every source file read from here on (PySide6 reads them through linecache, which the app
# clears between its batches of imports, so the cache alone would not tell).
read = []
getlines = linecache.getlines
linecache.getlines = lambda name, *args: read.append(name) or getlines(name, *args)

from companion import app as companion_app

run_after_paint = companion_app.FirstPaint.run
asked_for_a_tray = []
tray_available = companion_app.tray_available
companion_app.tray_available = lambda: asked_for_a_tray.append(1) or tray_available()


def report(self):
    from PySide6 import QtCore, QtWidgets

    # Before anything below names a class: PySide6 adds ``Qt`` to the module once it has built
    # the namespace's Python enums, whatever built them (a name, a call returning one).
    qt_namespace = "Qt" in vars(QtCore)
    tops = QtWidgets.QApplication.topLevelWidgets()
    window = [w for w in tops if type(w).__name__ == "MainWindow"]
    today = window[0].screens.get("today") if window else None
    print(json.dumps({
        "qt_namespace": qt_namespace,
        "collecting": gc.isenabled(),
        "frozen": gc.get_freeze_count(),
        "tray_asked": bool(asked_for_a_tray),
        "logs_shown": today.recent_list.count() if today is not None else None,
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


def start_env(folder: Path) -> dict[str, str]:
    """The environment of a start in folders of its own (a module-wide fixture runs before the
    per-test folders are set), no desktop named: where the colour scheme is asked after the
    first paint (theme.scheme_needed_before_paint)."""
    env = dict(os.environ)
    env["COMPANION_DATA_DIR"] = str(folder / "data")
    env["COMPANION_CONFIG_DIR"] = str(folder / "config")
    env["XDG_CONFIG_HOME"] = str(folder / "xdg-config")
    env["XDG_DATA_HOME"] = str(folder / "xdg-data")
    for name in ("XDG_CURRENT_DESKTOP", "QT_QPA_PLATFORMTHEME", "FLATPAK_ID", "container", "SNAP"):
        env.pop(name, None)
    return env


@pytest.fixture(scope="module")
def first_window(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    env = start_env(tmp_path_factory.mktemp("first-window"))
    # A day with logs, so Today's list fills its items before the first paint too.
    for sign in ("+", "-"):
        logged = subprocess.run(
            [sys.executable, "-m", "companion", "log", sign, "--topic", "billing"],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert logged.returncode == 0, logged.stderr
    done = subprocess.run(
        [sys.executable, "-c", START],
        capture_output=True,
        text=True,
        env=env,
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
    assert first_window["logs_shown"] == 2


def test_the_qt_namespace_is_built_after_the_first_paint(first_window):
    # Its 93 enums cost about 12 ms: the controller hears activation, the theme asks the
    # colour scheme (where it can wait) after the paint, and the window and Today set their
    # Qt enums by name (style.set_key).
    assert first_window["qt_namespace"] is False


def test_the_tray_and_the_hand_off_come_after_the_first_paint(first_window):
    modules = first_window["modules"]
    assert "companion.ui.tray" not in modules
    assert "companion.ui.notify" not in modules
    assert "companion.ipc" not in modules
    assert first_window["banner"] is False  # made with the first message


def test_garbage_is_not_collected_before_the_first_paint(first_window):
    # PySide6's own objects were set aside as it loaded, and the start held collections back.
    assert first_window["frozen"] > 10_000
    assert first_window["collecting"] is False


def test_a_start_that_shows_its_window_asks_for_a_tray_after_the_first_paint(first_window):
    assert first_window["tray_asked"] is False


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


def test_the_first_window_gets_the_qt_enums_it_sets_by_name(parts):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QShortcut

    from companion.ui import style

    assert Qt.ItemDataRole.UserRole.value == style.USER_ROLE
    window = parts.window
    assert window.sidebar.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert window.sidebar.item(0).data(Qt.ItemDataRole.UserRole) == "today"
    today = window.screen_widget("today")
    for label in (today.positive_count, today.negative_count, today.ratio_label):
        assert label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert today.target_label.alignment() == Qt.AlignmentFlag.AlignCenter
    assert today.recent_list.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    keys = today.findChildren(QShortcut)
    assert len(keys) == 5
    assert {key.context() for key in keys} == {Qt.ShortcutContext.WidgetWithChildrenShortcut}


def test_a_misspelt_enum_key_or_property_is_refused(qtbot):
    from PySide6.QtWidgets import QLabel

    from companion.ui import style

    label = QLabel("x")
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match="AlignCentre"):
        style.set_key(label, "alignment", "AlignCentre")
    with pytest.raises(ValueError, match="alignement"):
        style.set_key(label, "alignement", "AlignCenter")
    style.set_key(label, "alignment", "AlignRight|AlignVCenter")
    assert label.alignment().value == 0x0002 | 0x0080


def test_the_actions_keep_their_shortcuts(parts):
    from PySide6.QtGui import QKeySequence

    actions = parts.window.app_actions
    assert actions.log_positive.shortcut() == QKeySequence("Ctrl+Up")
    assert actions.log_negative.shortcut() == QKeySequence("Ctrl+Down")
    assert actions.quit.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)
    assert actions.hide_window.shortcut() == QKeySequence(QKeySequence.StandardKey.Close)
    assert not actions.settings.shortcut().isEmpty()
    go = [action for action in parts.window.menuBar().actions() if action.menu()][3].menu()
    assert [action.shortcut().toString() for action in go.actions()][:2] == ["Ctrl+1", "Ctrl+2"]


def test_activation_is_heard_once_the_start_has_settled(qtbot, clock, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    parts = companion_app.build(clock=clock, features=False, tray=False, settled=False)
    qtbot.addWidget(parts.window)
    checked: list[str] = []
    monkeypatch.setattr(parts.controller, "check_other_writers", lambda: checked.append("w"))
    monkeypatch.setattr(parts.controller, "check_day", lambda: checked.append("d"))
    app = QApplication.instance()
    try:
        # The first window's own activation: nothing to check, what it shows was just read.
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        assert checked == []
        companion_app.settle(parts)
        companion_app.settle(parts)  # heard once, however often it is called
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
        assert checked == []
        app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
        assert checked == ["w", "d"]
    finally:
        parts.window.has_tray = True
        parts.window.close()
        parts.store.close()


# The real app started as a user starts it, reporting what the work after the first paint has
# found by the time it installs the features' hooks (after the theme, activation and tray).
AFTER_PAINT = """
import gc, json, sys
from types import SimpleNamespace
from companion import app as companion_app

painted = []
run_after_paint = companion_app.FirstPaint.run
companion_app.FirstPaint.run = lambda self: painted.append(1) or run_after_paint(self)
asked = []
tray_available = companion_app.tray_available
companion_app.tray_available = lambda: asked.append(bool(painted)) or tray_available()


def report(parts):
    print(json.dumps({"collecting": gc.isenabled(), "tray_asked": asked}), flush=True)
    parts.app.quit()


companion_app.install_features = report
companion_app.run(SimpleNamespace(command=None, exit_after_show=False, hidden=False))
"""


def test_after_the_first_paint_garbage_is_collected_again_and_the_tray_is_asked_for(tmp_path):
    done = subprocess.run(
        [sys.executable, "-c", AFTER_PAINT],
        capture_output=True,
        text=True,
        env=start_env(tmp_path),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    reports = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert reports == [{"collecting": True, "tray_asked": [True]}]  # once, after the paint


def test_importing_the_app_leaves_the_garbage_collector_as_it_was():
    done = subprocess.run(
        [sys.executable, "-c", "import gc; import companion.app; print(gc.isenabled())"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True"]
