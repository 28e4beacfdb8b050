import json
import os
import subprocess
import sys

import pytest

from companion import ipc, paths
from companion.app import InstanceServer


@pytest.fixture
def server(parts):
    instance = InstanceServer(parts.controller, ipc.socket_path(paths.data_dir()))
    assert instance.listen()
    yield instance
    instance.close()


def run_while_app_serves(qtbot, *argv, stdin=None):
    proc = subprocess.Popen(
        [sys.executable, "-m", "companion", *argv],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=dict(os.environ),
    )
    if stdin is not None:
        proc.stdin.write(stdin)
    proc.stdin.close()
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    with proc:
        out, err = proc.stdout.read(), proc.stderr.read()
    return proc.returncode, out, err


def test_cli_log_is_handed_to_the_running_app(parts, server, qtbot):
    today = parts.window.screen("today")
    code, out, err = run_while_app_serves(qtbot, "log", "+", "--topic", "Shipping")
    assert code == 0, err
    assert "Logged positive" in out
    # The open window updated at once, through the app's own store connection.
    assert today.positive_count.text() == "1"
    assert "shipping" in today.recent_list.item(0).text()
    assert "1 : 0" in parts.tray.tooltip()
    code, out, _ = run_while_app_serves(qtbot, "undo")
    assert code == 0 and today.positive_count.text() == "0"


def test_cli_reads_that_do_not_need_the_app_still_work(parts, server, qtbot):
    parts.controller.log_interaction(False)
    code, out, _ = run_while_app_serves(qtbot, "today", "--json")
    assert code == 0 and json.loads(out)["negative"] == 1


def test_a_second_companion_brings_the_window_forward(parts, server, qtbot):
    parts.window.hide()
    code, _, err = run_while_app_serves(qtbot)
    assert code == 0 and "already running" in err
    assert parts.window.isVisible()


def test_a_stale_socket_is_replaced(parts, qtbot):
    path = ipc.socket_path(paths.data_dir())
    path.write_text("left over by a crash")
    instance = InstanceServer(parts.controller, path)
    try:
        assert instance.listen()
        code, _, _ = run_while_app_serves(qtbot, "log", "-")
        assert code == 0 and parts.window.screen("today").negative_count.text() == "1"
    finally:
        instance.close()


def test_exit_after_show_starts_and_exits_cleanly():
    result = subprocess.run(
        [sys.executable, "-m", "companion", "--exit-after-show"],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )
    assert result.returncode == 0, result.stderr
    assert paths.database_path().exists()


def test_a_damaged_database_gives_a_message_not_a_traceback():
    paths.database_path().write_bytes(b"\x00garbage" * 100)
    result = subprocess.run(
        [sys.executable, "-m", "companion", "today"],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "not a Companion database" in result.stderr
