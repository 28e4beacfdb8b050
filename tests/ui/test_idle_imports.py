"""What the app idle in the tray keeps loaded: its start-up hooks and the first notification
load no module that only a later action needs (see benchmarks/README.md, idle memory)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

IDLE = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
before = set(sys.modules)
from companion import autostart, logfile
from companion.ui import desktop_tools, help, notify
autostart.move_legacy_entry()
autostart.login_start("darwin"), autostart.login_start("win32")
client = notify.FreedesktopNotifications("Companion")
sent = client.send("Title", "Text", [], lambda index: None, lambda: None)
print(json.dumps({"sent": sent, "loaded": sorted(set(sys.modules) - before)}))
"""

NOT_AT_IDLE = {"plistlib", "subprocess", "html", "html.entities", "jeepney", "logging.handlers"}


def test_start_up_hooks_and_a_notification_without_a_bus_load_nothing_heavy(tmp_path):
    env = dict(os.environ)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    env["XDG_RUNTIME_DIR"] = str(tmp_path)  # no bus there
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    result = subprocess.run(
        [sys.executable, "-c", IDLE], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.splitlines()[-1])
    assert report["sent"] is False
    assert not NOT_AT_IDLE & set(report["loaded"])


def test_the_bus_is_looked_for_where_it_may_be(tmp_path, monkeypatch):
    from companion.ui import notify

    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    assert not notify.session_bus_may_be_there()
    (tmp_path / "bus").touch()
    assert notify.session_bus_may_be_there()
    monkeypatch.setenv("XDG_RUNTIME_DIR", "")
    assert not notify.session_bus_may_be_there()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nowhere")
    assert notify.session_bus_may_be_there()
