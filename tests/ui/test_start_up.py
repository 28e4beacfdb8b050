"""Start-up order: the window paints first; the log file, the features' hooks and the
single-instance server follow at once, so a command handed over from the first moment the window
shows is still taken, and what was logged before is in companion.log."""

from __future__ import annotations

import os
import select
import subprocess
import sys
import time
import uuid

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from companion import app as companion_app
from companion import ipc, paths

# The real app, started as `companion` starts it, saying when its window first paints.
START = """
import logging, sys, time
from types import SimpleNamespace
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and type(watched).__name__ == "MainWindow":
            print("painted", time.monotonic(), flush=True)
            logging.getLogger("start").warning("said while the window first painted")
            app.removeEventFilter(self)
        return False

painted = Painted()
app.installEventFilter(painted)
from companion import app as companion_app
args = SimpleNamespace(command=None, exit_after_show=False, hidden=False)
sys.exit(companion_app.run(args))
"""


def test_a_command_is_handed_over_from_the_moment_the_window_has_painted(tmp_path):
    log_file = paths.data_dir() / "companion.log"
    path = ipc.socket_path(paths.data_dir())
    app_log = tmp_path / "app.log"
    with (
        app_log.open("w") as app_err,
        subprocess.Popen(
            [sys.executable, "-c", START],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=app_err,
            text=True,
            env=dict(os.environ),
        ) as app,
    ):
        try:
            assert app.stdout is not None
            ready, _, _ = select.select([app.stdout], [], [], 60)
            line = app.stdout.readline() if ready else ""
            assert line.startswith("painted"), app_log.read_text()
            painted = float(line.split()[1])
            while ipc.send(path, ["--ping"]) is None:
                assert time.monotonic() - painted < 1.0, "not listening a second after painting"
                time.sleep(0.005)
            reply = ipc.send(path, ["log", "+"], None, uuid.uuid4().hex)
            assert reply is not None and reply.exit == 0, reply
            assert "Logged positive" in reply.stdout
            assert "said while the window first painted" in log_file.read_text()
        finally:
            app.terminate()
            app.wait(30)


class Painting(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def test_what_follows_the_first_paint_runs_once_after_it(qtbot):
    window = Painting()
    qtbot.addWidget(window)
    calls: list[int] = []
    companion_app.FirstPaint(window, lambda: calls.append(window.paints))
    window.show()
    qtbot.waitUntil(lambda: calls != [])
    qtbot.wait(companion_app.FIRST_PAINT_WAIT_MS + 100)
    assert calls == [1]  # after the paint, and only once (the fallback did not run it again)


def test_what_follows_the_first_paint_still_runs_when_no_paint_comes(qtbot):
    window = Painting()
    qtbot.addWidget(window)
    calls: list[int] = []
    companion_app.FirstPaint(window, lambda: calls.append(window.paints))  # never shown
    qtbot.waitUntil(lambda: calls == [0], timeout=companion_app.FIRST_PAINT_WAIT_MS + 2000)


def test_the_built_app_keeps_no_module_sources(parts):
    import linecache

    # PySide6 reads every module imported after it; the app lets linecache forget them.
    built = ("ui/main_window.py", "ui/controller.py", "ui/check_tools.py", "settings.py")
    kept = [name for name in linecache.cache if name.replace("\\", "/").endswith(built)]
    assert kept == []
