import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time

import pytest

from companion import ipc, paths
from companion.store import handoffs, open_store, ratio
from companion.ui.instance_server import InstanceServer
from tests.support import run_process


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
    today = parts.window.screen_widget("today")
    code, out, err = run_while_app_serves(qtbot, "log", "+", "--topic", "Shipping")
    assert code == 0, err
    assert "Logged positive" in out
    # The open window updated at once, through the app's own store connection.
    assert today.positive_count.text() == "1"
    assert "shipping" in today.recent_list.item(0).text()
    assert "1 positive, no negatives yet" in parts.tray.tooltip()
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


def _dead_socket(path):
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(str(path))  # what a crashed app leaves: a socket file nobody listens on


@pytest.mark.parametrize("leave", [lambda p: p.write_text("left over by a crash"), _dead_socket])
def test_a_stale_socket_is_replaced(parts, qtbot, leave):
    path = ipc.socket_path(paths.data_dir())
    leave(path)
    instance = InstanceServer(parts.controller, path)
    try:
        assert instance.listen()
        code, _, _ = run_while_app_serves(qtbot, "log", "-")
        assert code == 0 and parts.window.screen_widget("today").negative_count.text() == "1"
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


def positives() -> int:
    store = open_store()
    try:
        return store.read("SELECT count(*) FROM interactions WHERE positive = 1")[0][0]
    finally:
        store.close()


def exchange(qtbot, path, message: bytes) -> dict[str, object]:
    """Send raw bytes to the app's socket from a thread while Qt runs; the decoded reply."""
    answer = []

    def talk():
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(10)
            client.connect(str(path))
            client.sendall(message)
            buffer = b""
            while not buffer.endswith(b"\n"):
                chunk = client.recv(65536)
                if not chunk:
                    break
                buffer += chunk
            answer.append(buffer)

    thread = threading.Thread(target=talk)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10000)
    return ipc.decode(answer[0])


def test_a_command_from_another_version_is_refused_and_not_run(parts, server, qtbot):
    old_request = b'{"argv": ["log", "+"], "stdin": null}\n'
    reply = exchange(qtbot, server.path, old_request)
    assert reply["exit"] == 2 and "another version" in reply["stderr"]
    assert "start it again" in reply["stderr"]
    newer = ipc.encode({**ipc.request_message(["log", "+"]), "v": ipc.PROTOCOL_VERSION + 1})
    assert exchange(qtbot, server.path, newer)["exit"] == 2
    assert positives() == 0 and parts.window.screen_widget("today").positive_count.text() == "0"


def test_a_request_nested_deeper_than_json_reads_is_a_bad_request(parts, server, qtbot):
    reply = exchange(qtbot, server.path, b"[" * 100_000 + b"]" * 100_000 + b"\n")
    assert reply["exit"] == 2 and "bad request" in reply["stderr"]
    # and the app still answers the next one
    assert exchange(qtbot, server.path, ipc.encode(ipc.request_message(["log", "+"])))["exit"] == 0
    assert positives() == 1


def test_a_command_done_on_its_own_is_not_done_again_by_the_app(parts, server, clock):
    cli = open_store()  # the command's own connection, used when the app did not answer
    try:
        cli.pending_claim = "f00"
        ratio.log_interaction(cli, True, clock())
        reply = server.handle(ipc.request_message(["log", "+"], command_id="f00"))
        assert reply["exit"] == 0 and "already done" in reply["stderr"]
        assert positives() == 1
        # The other way round: the app first, then the command on its own.
        reply = server.handle(ipc.request_message(["log", "+"], command_id="f01"))
        assert reply["exit"] == 0 and "Logged positive" in reply["stdout"]
        cli.pending_claim = "f01"
        with pytest.raises(handoffs.CommandAlreadyApplied):
            ratio.log_interaction(cli, True, clock())
    finally:
        cli.close()
    assert positives() == 2
    assert parts.controller.store.pending_claim is None


def test_a_command_done_on_its_own_while_the_app_runs_it_is_refused_at_the_write(
    parts, server, clock, monkeypatch
):
    cli = open_store()
    try:
        cli.pending_claim = "f02"
        ratio.log_interaction(cli, True, clock())
    finally:
        cli.close()
    checks = []
    real_applied = handoffs.applied

    def not_yet_on_the_first_look(store, command_id):
        checks.append(command_id)
        return len(checks) > 1 and real_applied(store, command_id)

    monkeypatch.setattr(handoffs, "applied", not_yet_on_the_first_look)
    reply = server.handle(ipc.request_message(["log", "+"], command_id="f02"))
    assert reply == ipc.reply_message(0, stderr="companion: this command was already done.\n")
    assert positives() == 1


def test_a_connection_from_another_user_is_refused(parts, server, qtbot, monkeypatch, caplog):
    monkeypatch.setattr(ipc, "peer_uid", lambda peer: os.getuid() + 1)
    code, out, _ = run_while_app_serves(qtbot, "log", "+")
    # The app hung up before reading anything, so the command ran on its own, once.
    assert "refused a connection from another user" in caplog.text
    assert code == 0 and "Logged positive" in out
    assert positives() == 1


def test_a_stopped_app_does_not_count_a_log_twice(tmp_path):
    """The reported case: the app is stopped, `log +` must not wait, fail and be retried; when
    the app resumes with the same command in its queue, the total is still one."""
    path = ipc.socket_path(paths.data_dir())
    app_log = tmp_path / "app.log"
    with (
        app_log.open("w") as app_err,
        subprocess.Popen(
            [sys.executable, "-m", "companion", "--hidden"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=app_err,
            env=dict(os.environ),
        ) as app,
    ):
        try:
            deadline = time.monotonic() + 60
            while ipc.send(path, ["--ping"]) is None:
                assert time.monotonic() < deadline and app.poll() is None, app_log.read_text()
                time.sleep(0.1)
            os.kill(app.pid, signal.SIGSTOP)
            try:
                started = time.monotonic()
                result = run_process("log", "+")
                waited = time.monotonic() - started
            finally:
                os.kill(app.pid, signal.SIGCONT)
            assert result.returncode == 0, result.stderr
            assert "Logged positive" in result.stdout and "did not answer" in result.stderr
            assert waited < ipc.REPLY_TIMEOUT_S + 20
            deadline = time.monotonic() + 30
            while "already done" not in app_log.read_text():
                assert time.monotonic() < deadline, app_log.read_text()
                time.sleep(0.1)
            assert json.loads(run_process("today", "--json").stdout)["positive"] == 1
        finally:
            app.terminate()
            app.wait(30)


def test_on_windows_the_app_refuses_a_pipe_client_of_another_user(parts, monkeypatch):
    """The app's side of the named pipe: the connecting process's token user must be ours."""
    from PySide6.QtNetwork import QLocalSocket

    users = {}
    from companion import ipc_windows

    monkeypatch.setattr(ipc, "on_windows", lambda: True)
    monkeypatch.setattr(ipc_windows, "current_user", lambda: "S-1-5-21-1000")
    monkeypatch.setattr(ipc_windows, "pipe_client_user", lambda handle: users.get(handle))
    client = QLocalSocket()  # not connected: its descriptor stands in for the pipe's handle
    handle = int(client.socketDescriptor())
    users[handle] = "S-1-5-21-1001"
    assert not InstanceServer._peer_is_us(client)
    users[handle] = "S-1-5-21-1000"
    assert InstanceServer._peer_is_us(client)
    del users[handle]
    assert not InstanceServer._peer_is_us(client)  # cannot tell: not trusted


def talk_in_pieces(qtbot, path, pieces: list[bytes], *, read: bool = True) -> bytes:
    """Send ``pieces`` a moment apart from a thread while Qt runs; all the reply's bytes (or
    none: hang up without reading when ``read`` is False)."""
    answer = []

    def talk():
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.settimeout(10)
            client.connect(str(path))
            for piece in pieces:
                client.sendall(piece)
                time.sleep(0.2)
            buffer = b""
            while read and (chunk := client.recv(65536)):
                buffer += chunk
            answer.append(buffer)

    thread = threading.Thread(target=talk)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10000)
    return answer[0]


def test_a_request_arriving_in_pieces_is_answered_once_whole(parts, server, qtbot):
    request = ipc.encode(ipc.request_message(["log", "+"]))
    reply = talk_in_pieces(qtbot, server.path, [request[:7], request[7:20], request[20:]])
    assert ipc.decode(reply)["exit"] == 0 and reply.count(b"\n") == 1
    assert positives() == 1


def test_a_reply_larger_than_the_socket_buffer_arrives_whole(parts, server, qtbot, monkeypatch):
    big = "a line of output\n" * 200_000  # 3.4 MB: written as the client reads it
    monkeypatch.setattr(server, "handle", lambda message: ipc.reply_message(0, big))
    reply = talk_in_pieces(qtbot, server.path, [ipc.encode(ipc.request_message(["today"]))])
    assert ipc.decode(reply)["stdout"] == big


def test_a_client_hanging_up_mid_request_leaves_the_server_answering(parts, server, qtbot):
    talk_in_pieces(qtbot, server.path, [b'{"v": 2, "argv": ['], read=False)
    qtbot.waitUntil(lambda: not server._listener.peers, timeout=5000)
    assert exchange(qtbot, server.path, ipc.encode(ipc.request_message(["--ping"])))["exit"] == 0
    assert positives() == 0


def test_only_this_user_can_open_the_socket_and_it_goes_with_the_app(parts, qtbot):
    path = ipc.socket_path(paths.data_dir())
    instance = InstanceServer(parts.controller, path)
    assert instance.listen()
    try:
        assert oct(path.stat().st_mode & 0o777) == oct(0o600)
        second = InstanceServer(parts.controller, path)
        assert not second.listen()  # the first one answers its ping
    finally:
        instance.close()
    assert not path.exists()
    assert ipc.send(path, ["--ping"]) is None
