"""The hand-off socket: where it lives, whom the client trusts, and what a silent app leads to."""

import contextlib
import json
import os
import shutil
import socket
import stat
import subprocess
import tempfile
import threading
import time
import zlib
from pathlib import Path

import pytest

from companion import ipc, ipc_windows, paths
from companion.store import handoffs, open_store, ratio
from companion.store import happy as happy_store
from tests.support import run_cli

SECRET = "Thank you! Reach me at sam@example.com or +1 415 555 2671."
NOBODY = 65534


class FakeApp:
    """A plain socket server on a path: it records what it receives and answers ``reply`` (or
    nothing, while ``silent``), as a squatter or a stopped app would."""

    def __init__(self, path: Path, reply: bytes = b"", silent: bool = False) -> None:
        self.received = b""
        self.release = threading.Event()
        self.server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.server.bind(str(path))
        self.server.listen(1)
        self.server.settimeout(10)
        self.thread = threading.Thread(target=self._answer, args=(reply, silent))
        self.thread.start()

    def _answer(self, reply: bytes, silent: bool) -> None:
        try:
            conn, _ = self.server.accept()
        except OSError:
            return
        with conn:
            conn.settimeout(2)
            try:
                while not self.received.endswith(b"\n"):
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    self.received += chunk
                if silent:
                    self.release.wait(10)
                else:
                    conn.sendall(reply)
            except OSError:
                pass

    def stop(self) -> None:
        self.release.set()
        with contextlib.suppress(OSError):
            self.server.shutdown(socket.SHUT_RDWR)  # wakes a waiting accept()
        self.server.close()
        self.thread.join(15)

    def request(self) -> dict[str, object]:
        return ipc.decode(self.received)


@pytest.fixture
def app_path() -> Path:
    return ipc.socket_path(paths.data_dir())


@pytest.fixture
def shared_tmp(monkeypatch):
    """A shared temporary folder (mode 1777, like /tmp) and no XDG_RUNTIME_DIR."""
    folder = Path(tempfile.mkdtemp(prefix="cmp-tmp-", dir="/tmp"))
    folder.chmod(0o1777)
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def assert_private_folder(folder: Path) -> None:
    info = os.lstat(folder)
    assert stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
    assert stat.S_IMODE(info.st_mode) & 0o077 == 0


def today(clock=None) -> dict[str, object]:
    return json.loads(run_cli(["today", "--json"], clock)[1])


def test_no_app_listening_means_run_here(tmp_path):
    assert ipc.send(tmp_path / "none.sock", ["today"]) is None
    stale = tmp_path / "stale.sock"
    stale.write_text("left by a crash")
    assert ipc.send(stale, ["today"]) is None


def test_a_socket_left_by_a_crashed_app_is_no_app(tmp_path):
    path = tmp_path / "dead.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as dead:
        dead.bind(str(path))  # bound, never listening: connecting is refused
    assert ipc.send(path, ["log", "+"]) is None


def test_a_reply_comes_back_whole_and_the_request_is_versioned(tmp_path):
    path = tmp_path / "a.sock"
    app = FakeApp(path, ipc.encode(ipc.reply_message(1, "out\n")))
    try:
        reply = ipc.send(path, ["check", "--clipboard"], command_id="c0ffee")
    finally:
        app.stop()
    assert reply == ipc.Reply(1, "out\n", "")
    request = app.request()
    assert request["v"] == ipc.PROTOCOL_VERSION and request["id"] == "c0ffee"
    assert request["argv"] == [ipc.MARKER, "check", "--clipboard"]
    assert ipc.read_request(request) == ipc.Request(["check", "--clipboard"], None, "c0ffee")


def test_a_request_without_the_version_is_not_read_as_a_command():
    with pytest.raises(ipc.OtherVersion):
        ipc.read_request({"argv": ["log", "+"], "stdin": None})
    with pytest.raises(ipc.OtherVersion):
        ipc.read_request({"v": ipc.PROTOCOL_VERSION + 1, "argv": [ipc.MARKER, "log", "+"]})


@pytest.mark.parametrize(
    "garbled", [b"not json\n", b"", b"[1, 2]\n", b"[" * 100_000 + b"]" * 100_000 + b"\n"]
)
def test_a_garbled_or_missing_reply_is_the_app_not_answering(tmp_path, garbled):
    path = tmp_path / "g.sock"
    app = FakeApp(path, garbled)
    try:
        with pytest.raises(ipc.AppBusy):
            ipc.send(path, ["log", "+"])
    finally:
        app.stop()


def test_a_reply_without_the_version_is_another_version(tmp_path):
    path = tmp_path / "old.sock"
    app = FakeApp(path, b'{"exit": 0, "stdout": "Logged positive\\n", "stderr": ""}\n')
    try:
        with pytest.raises(ipc.OtherVersion):
            ipc.send(path, ["log", "+"])
    finally:
        app.stop()


def test_the_socket_is_in_the_private_runtime_folder(app_path):
    assert app_path.parent == Path(os.environ["XDG_RUNTIME_DIR"]).resolve()
    assert_private_folder(app_path.parent)
    assert len(os.fsencode(app_path)) <= ipc.MAX_SOCKET_PATH


def test_without_a_runtime_folder_the_socket_gets_a_0700_folder_of_its_own(shared_tmp):
    path = ipc.socket_path(paths.data_dir())
    assert path.parent == shared_tmp / f"companion-{os.getuid()}"
    assert stat.S_IMODE(os.lstat(path.parent).st_mode) == 0o700
    assert_private_folder(path.parent)
    assert ipc.socket_path(paths.data_dir()) == path  # the app and every command agree


def test_a_runtime_folder_others_can_write_to_is_not_used(monkeypatch, tmp_path):
    runtime = tmp_path / "rt"
    runtime.mkdir()
    runtime.chmod(0o777)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    path = ipc.socket_path(paths.data_dir())
    assert runtime not in path.parents
    assert_private_folder(path.parent)


def _world_writable(folder: Path) -> None:
    folder.mkdir()
    folder.chmod(0o777)


def _open_to_the_group(folder: Path) -> None:
    folder.mkdir(mode=0o770)
    folder.chmod(0o770)


def _link_to_a_private_folder(folder: Path) -> None:
    target = folder.parent / "elsewhere"
    target.mkdir(mode=0o700)
    folder.symlink_to(target)


def _another_users(folder: Path) -> None:
    if os.geteuid() != 0:
        pytest.skip("making a folder of another user needs root")
    folder.mkdir(mode=0o700)
    os.chown(folder, NOBODY, NOBODY)


def _a_file(folder: Path) -> None:
    folder.write_text("")


@pytest.mark.parametrize(
    "squat",
    [_world_writable, _open_to_the_group, _link_to_a_private_folder, _another_users, _a_file],
)
def test_a_folder_already_at_the_shared_name_is_not_used(shared_tmp, squat):
    squatted = shared_tmp / f"companion-{os.getuid()}"
    squat(squatted)
    path = ipc.socket_path(paths.data_dir())
    assert squatted not in path.parents and path.parent != squatted
    assert (shared_tmp / "elsewhere") not in path.parents
    if path.parent.exists():
        assert_private_folder(path.parent)
    assert len(os.fsencode(path)) <= ipc.MAX_SOCKET_PATH


def test_with_no_private_folder_at_all_nothing_listens_or_is_reached(shared_tmp, monkeypatch):
    _world_writable(shared_tmp / f"companion-{os.getuid()}")
    data = Path(os.environ["COMPANION_DATA_DIR"])
    paths.data_dir().chmod(0o777)
    path = ipc.socket_path(data)
    assert not path.parent.exists()  # a random name in a folder nobody made
    assert ipc.send(path, ["log", "+"]) is None


def test_a_listener_of_another_user_is_sent_nothing(monkeypatch, tmp_path):
    path = tmp_path / "squat.sock"
    app = FakeApp(path, ipc.encode(ipc.reply_message(0, "Logged positive\n")))
    monkeypatch.setattr(ipc, "peer_uid", lambda peer: os.getuid() + 1)
    try:
        with pytest.raises(ipc.ForeignListener) as error:
            ipc.send(path, ["happy", "add", SECRET], command_id="1")
    finally:
        app.stop()
    assert app.received == b""
    assert str(path) in str(error.value)


def test_the_credential_check_reads_the_listeners_real_user(tmp_path):
    path = tmp_path / "me.sock"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        server.listen(1)
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
            client.connect(str(path))
            if hasattr(socket, "SO_PEERCRED"):
                assert ipc.peer_uid(client) == os.getuid()
            assert ipc.peer_is_us(client)


def test_a_socket_file_of_another_user_is_not_even_connected_to(tmp_path):
    if os.geteuid() != 0:
        pytest.skip("giving a file to another user needs root")
    path = tmp_path / "theirs.sock"
    app = FakeApp(path, ipc.encode(ipc.reply_message(0)))
    os.chown(path, NOBODY, NOBODY)
    try:
        with pytest.raises(ipc.ForeignListener):
            ipc.send(path, ["log", "+"])
    finally:
        app.stop()
    assert app.received == b""


def test_happy_add_with_a_squatter_on_the_socket_is_saved_here_and_sent_nowhere(
    monkeypatch, app_path, clock
):
    squatter = FakeApp(app_path, ipc.encode(ipc.reply_message(0, "Logged positive\n")))
    monkeypatch.setattr(ipc, "peer_uid", lambda peer: os.getuid() + 1)
    try:
        code, out, err = run_cli(["happy", "add", SECRET], clock)
    finally:
        squatter.stop()
    assert squatter.received == b""
    assert code == 0 and "Saved to your happy file" in out and "Logged positive" not in out
    [line] = err.splitlines()
    assert "something else is listening" in line and str(app_path) in line
    assert "sam@example.com" not in err
    store = open_store()
    try:
        [entry] = happy_store.search_happy(store)
    finally:
        store.close()
    assert entry.quote == "Thank you! Reach me at [email] or [phone]."


def test_a_squatter_of_another_user_in_the_shared_folder_gets_nothing(shared_tmp, clock):
    """The reported attack: another user listens on every name the CLI could predict in /tmp."""
    python = Path("/usr/bin/python3")
    if os.geteuid() != 0 or not python.exists():
        pytest.skip("running a process as another user needs root and a system Python")
    uid, digest = os.getuid(), f"{zlib.crc32(str(paths.data_dir().resolve()).encode()):08x}"
    names = [
        shared_tmp / f"companion-{uid}-{digest}.sock",  # the old name
        shared_tmp / f"companion-{uid}" / f"companion-{digest}.sock",  # in a folder of theirs
    ]
    script = (
        "import json, os, select, socket, sys\n"
        "os.makedirs(os.path.dirname(sys.argv[2]), mode=0o700, exist_ok=True)\n"
        "servers = []\n"
        "for name in sys.argv[1:]:\n"
        "    s = socket.socket(socket.AF_UNIX); s.bind(name); s.listen(4); servers.append(s)\n"
        "print('ready', flush=True)\n"
        "while True:\n"
        "    ready, _, _ = select.select(servers + [sys.stdin], [], [])\n"
        "    if sys.stdin in ready: break\n"
        "    for s in ready:\n"
        "        conn, _ = s.accept(); data = conn.recv(65536)\n"
        "        print('got', data.decode(errors='replace'), flush=True)\n"
        '        conn.sendall(b\'{"exit": 0, "stdout": "Logged positive"}\\n\'); conn.close()\n'
    )
    with subprocess.Popen(
        [str(python), "-c", script, *map(str, names)],
        user=NOBODY,
        group=NOBODY,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd="/",
        env={"PATH": "/usr/bin:/bin"},
    ) as squatter:
        try:
            assert squatter.stdout.readline().strip() == "ready"
            code, out, err = run_cli(["happy", "add", SECRET], clock)
        finally:
            squatter.stdin.close()
            received = squatter.stdout.read()
            squatter.wait(10)
    assert "sam@example.com" not in received and "got" not in received
    assert code == 0 and "Saved to your happy file" in out and "Logged positive" not in out
    assert err == ""
    assert ipc.send(ipc.socket_path(paths.data_dir()), ["--ping"]) is None


def test_a_stopped_app_lets_the_command_run_here_once(monkeypatch, app_path, clock):
    monkeypatch.setattr(ipc, "REPLY_TIMEOUT_S", 0.5)
    stopped = FakeApp(app_path, silent=True)
    try:
        code, out, err = run_cli(["log", "+"], clock)
    finally:
        stopped.stop()
    assert code == 0 and "Logged positive" in out
    [line] = err.splitlines()
    assert "did not answer" in line and "done here" in line
    assert today(clock)["positive"] == 1
    # The app, once awake, runs the same command under the same id: nothing more is stored.
    command_id = stopped.request()["id"]
    assert isinstance(command_id, str) and len(command_id) == 32
    store = open_store()
    try:
        assert handoffs.applied(store, command_id)
        store.pending_claim = command_id
        with pytest.raises(handoffs.CommandAlreadyApplied):
            ratio.log_interaction(store, True, clock())
    finally:
        store.close()
    assert today(clock)["positive"] == 1


def test_an_app_of_another_version_did_nothing_so_the_command_runs_here(app_path, clock):
    old_app = FakeApp(app_path, b'{"exit": 0, "stdout": "Logged positive\\n", "stderr": ""}\n')
    try:
        code, out, err = run_cli(["log", "+"], clock)
    finally:
        old_app.stop()
    assert code == 0 and "Logged positive" in out
    assert "another version" in err
    assert today(clock)["positive"] == 1


# --- the Windows named pipe, on any system: a fake _winapi with a socketpair for each pipe ---

ME, SOMEONE_ELSE = "S-1-5-21-1000", "S-1-5-21-1001"


def _winerror(code: int) -> OSError:
    error = OSError(f"[WinError {code}]")
    error.winerror = code  # set by Windows itself; here by hand
    return error


class FakeOverlapped:
    """An overlapped read or write on the fake pipe: the 'event' is the object itself."""

    def __init__(self, sock: socket.socket, size: int = 0, written: int = 0) -> None:
        self.sock, self.size, self.written = sock, size, written
        self.data = b""
        self.cancelled = False

    def ready(self, milliseconds: int) -> bool:
        if self.size == 0:
            return True  # a write on a socketpair is done at once
        import select

        readable, _, _ = select.select([self.sock], [], [], milliseconds / 1000)
        return bool(readable)

    def GetOverlappedResult(self, wait: bool) -> tuple[int, int]:
        if self.cancelled:
            return 0, 995  # ERROR_OPERATION_ABORTED
        if self.size == 0:
            return self.written, 0
        self.data = self.sock.recv(self.size)
        if not self.data:
            raise _winerror(ipc_windows.ERROR_BROKEN_PIPE)
        return len(self.data), 0

    def getbuffer(self) -> bytes:
        return self.data

    def cancel(self) -> None:
        self.cancelled = True

    @property
    def event(self) -> "FakeOverlapped":
        return self


class FakePipes:
    """Stands in for ``_winapi``: named pipes, each served by a function on the far end of a
    socketpair (in a thread), run as the user ``served_by`` names."""

    def __init__(self) -> None:
        self.apps: dict[str, object] = {}
        self.denied: set[str] = set()
        self.handles: dict[int, socket.socket] = {}
        self.users: dict[int, str] = {}
        self.threads: list[threading.Thread] = []

    def serve(self, name: str, answer, user: str = ME) -> None:
        self.apps[name] = (answer, user)

    # the part of _winapi the client uses
    def WaitNamedPipe(self, name: str, timeout: int) -> None:
        if name not in self.apps and name not in self.denied:
            raise _winerror(ipc_windows.ERROR_FILE_NOT_FOUND)

    def CreateFile(self, name, access, share, security, disposition, flags, template):
        assert access == ipc_windows.GENERIC_READ | ipc_windows.GENERIC_WRITE
        assert flags & ipc_windows.FILE_FLAG_OVERLAPPED
        if name in self.denied:
            raise _winerror(ipc_windows.ERROR_ACCESS_DENIED)
        answer, user = self.apps[name]
        client, server = socket.socketpair()
        thread = threading.Thread(target=self._run, args=(answer, server), daemon=True)
        thread.start()
        self.threads.append(thread)
        handle = 1000 + len(self.handles)
        self.handles[handle], self.users[handle] = client, user
        return handle

    @staticmethod
    def _run(answer, server: socket.socket) -> None:
        with server:
            answer(server)

    def WriteFile(self, handle: int, data: bytes, overlapped: bool) -> tuple[FakeOverlapped, int]:
        assert overlapped
        self.handles[handle].sendall(data)
        return FakeOverlapped(self.handles[handle], written=len(data)), 0

    def ReadFile(self, handle: int, size: int, overlapped: bool) -> tuple[FakeOverlapped, int]:
        assert overlapped
        return FakeOverlapped(self.handles[handle], size=size), ipc_windows.ERROR_IO_PENDING

    def WaitForMultipleObjects(self, events, wait_all: bool, milliseconds: int) -> int:
        [event] = events
        return ipc_windows.WAIT_OBJECT_0 if event.ready(milliseconds) else ipc_windows.WAIT_TIMEOUT

    def CloseHandle(self, handle: int) -> None:
        self.handles[handle].close()

    def join(self) -> None:
        for thread in self.threads:
            thread.join(10)


class PipeApp:
    """What the app does with one connection: read a request line, answer ``reply`` (or hang
    up without a word while ``silent``)."""

    def __init__(self, reply: bytes = b"", silent: bool = False) -> None:
        self.reply, self.silent = reply, silent
        self.received = b""
        self.release = threading.Event()

    def __call__(self, conn: socket.socket) -> None:
        conn.settimeout(5)
        try:
            while not self.received.endswith(b"\n"):
                chunk = conn.recv(65536)
                if not chunk:
                    return
                self.received += chunk
            if self.silent:
                self.release.wait(10)
            else:
                conn.sendall(self.reply)
        except OSError:
            pass

    def request(self) -> dict[str, object]:
        return ipc.decode(self.received)


@pytest.fixture
def windows(monkeypatch):
    """The hand-off as it runs on Windows: pipe names, the pipe client, token users."""
    pipes = FakePipes()
    monkeypatch.setattr(ipc, "on_windows", lambda: True)
    monkeypatch.setattr(ipc_windows, "pipe_api", lambda: pipes)
    monkeypatch.setattr(ipc_windows, "pipe_server_user", lambda handle: pipes.users.get(handle))
    monkeypatch.setattr(ipc_windows, "pipe_client_user", lambda handle: pipes.users.get(handle))
    monkeypatch.setattr(ipc_windows, "current_user", lambda: ME)
    monkeypatch.setenv("USERDOMAIN", "OFFICE")
    monkeypatch.setenv("USERNAME", "sam")
    yield pipes
    pipes.join()


def test_on_windows_the_app_is_a_pipe_per_user_and_data_folder(windows, monkeypatch, tmp_path):
    path = ipc.socket_path(paths.data_dir())
    name = str(path)
    assert name.startswith("\\\\.\\pipe\\companion-") and "\\" not in name[len(ipc.PIPE_PREFIX) :]
    assert ipc.socket_path(paths.data_dir()) == path  # the app and every command agree
    assert ipc.socket_path(tmp_path) != path  # another data folder, another app
    monkeypatch.setenv("USERNAME", "alex")
    assert ipc.socket_path(paths.data_dir()) != path  # another user, another pipe
    assert isinstance(ipc.transport(), ipc_windows.NamedPipeTransport)


def test_on_windows_no_pipe_means_run_here(windows):
    started = time.monotonic()
    assert ipc.send(ipc.socket_path(paths.data_dir()), ["log", "+"]) is None
    assert time.monotonic() - started < 0.5


def test_on_windows_a_reply_comes_back_whole_through_the_pipe(windows):
    path = ipc.socket_path(paths.data_dir())
    app = PipeApp(ipc.encode(ipc.reply_message(0, "Logged positive\n")))
    windows.serve(str(path), app)
    reply = ipc.send(path, ["log", "+"], command_id="c0ffee")
    assert reply == ipc.Reply(0, "Logged positive\n", "")
    assert ipc.read_request(app.request()) == ipc.Request(["log", "+"], None, "c0ffee")


def test_on_windows_a_pipe_served_by_another_user_is_sent_nothing(windows):
    path = ipc.socket_path(paths.data_dir())
    squatter = PipeApp(ipc.encode(ipc.reply_message(0, "Logged positive\n")))
    windows.serve(str(path), squatter, user=SOMEONE_ELSE)
    with pytest.raises(ipc.ForeignListener) as error:
        ipc.send(path, ["happy", "add", SECRET], command_id="1")
    assert squatter.received == b"" and "pipe" in str(error.value)


def test_on_windows_a_server_whose_user_cannot_be_read_is_not_trusted(windows, monkeypatch):
    path = ipc.socket_path(paths.data_dir())
    app = PipeApp(ipc.encode(ipc.reply_message(0)))
    windows.serve(str(path), app)
    monkeypatch.setattr(ipc_windows, "pipe_server_user", lambda handle: None)
    with pytest.raises(ipc.ForeignListener):
        ipc.send(path, ["log", "+"])
    assert app.received == b""


def test_on_windows_a_pipe_that_will_not_let_us_in_is_someone_elses(windows):
    path = ipc.socket_path(paths.data_dir())
    windows.denied.add(str(path))
    with pytest.raises(ipc.ForeignListener):
        ipc.send(path, ["log", "+"])


def test_on_windows_a_stopped_app_lets_the_command_run_here_once(windows, monkeypatch, clock):
    monkeypatch.setattr(ipc, "REPLY_TIMEOUT_S", 0.3)
    path = ipc.socket_path(paths.data_dir())
    stopped = PipeApp(silent=True)
    windows.serve(str(path), stopped)
    started = time.monotonic()
    try:
        code, out, err = run_cli(["log", "+"], clock)
    finally:
        stopped.release.set()
    assert time.monotonic() - started < 5
    assert code == 0 and "Logged positive" in out
    assert "did not answer" in err and "done here" in err
    assert isinstance(stopped.request()["id"], str)
    assert today(clock)["positive"] == 1


def test_on_windows_the_cli_hands_a_command_to_the_app(windows, clock):
    path = ipc.socket_path(paths.data_dir())
    app = PipeApp(ipc.encode(ipc.reply_message(0, "Logged positive (from the app)\n")))
    windows.serve(str(path), app)
    code, out, err = run_cli(["log", "+"], clock)
    assert (code, out, err) == (0, "Logged positive (from the app)\n", "")
    assert today(clock)["positive"] == 0  # the app, not this process, did it


def test_on_windows_the_app_hears_only_clients_of_its_own_user(windows):
    transport = ipc.transport()
    windows.users.update({7: ME, 8: SOMEONE_ELSE})
    assert transport.accepted_peer_is_us(7)
    assert not transport.accepted_peer_is_us(8)
    assert not transport.accepted_peer_is_us(9)  # cannot tell: not trusted
