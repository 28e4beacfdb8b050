r"""Hand-off between a `companion …` command and the running app (single instance).

The app listens with a QLocalServer whose name depends on the data folder: an app using another
COMPANION_DATA_DIR (tests, benchmarks) is a different instance. A command carries the customer's
words, so another local user must neither receive it nor pose as the app, and each side checks
the user of the other end before trusting it. The transport is chosen by platform:

- Linux, macOS, the BSDs: a Unix-domain socket (QLocalServer given a full path) in a folder only
  this user can write; the peer's user id is read with SO_PEERCRED or LOCAL_PEERCRED.
- Windows: a named pipe (``\\.\pipe\companion-<user>-<folder>``: QLocalServer on Windows is a
  named pipe) that only this user can open; each end reads the other's user from its process
  token (companion.ipc_windows, loaded only there).

Both sides of the hand-off agree on ``Transport``: connect(address, timeout) gives a byte stream
whose listener is already known to be this user's, and the app asks it whether a connection it
accepted is. The client uses the standard library only, so a CLI call never pays for importing
Qt. One request, one reply, each a line of JSON:

    request  {"v": 2, "id": str|null, "argv": ["--companion-protocol=2", ...], "stdin": str|null}
    reply    {"v": 2, "exit": int, "stdout": str, "stderr": str}

``id`` is a random command id that the app applies once (companion.store.handoffs): when the app
does not answer in time the command runs on its own with the same id, and the app, once awake,
finds it done. An app of another version answers exit 2 and runs nothing. The marker at the head
of ``argv`` makes an app from before versioning refuse the request as an unknown option, instead
of running a command it cannot apply once.
"""

from __future__ import annotations

import contextlib
import os
import stat
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import socket
    from collections.abc import Iterator

PROTOCOL_VERSION = 2
MARKER = f"--companion-protocol={PROTOCOL_VERSION}"
CONNECT_TIMEOUT_S = 1.0
# Long enough for any command the app runs, short enough that a stopped app does not keep the
# terminal waiting: the command then runs on its own, under the same id.
REPLY_TIMEOUT_S = 5.0
MAX_MESSAGE = 8 * 1024 * 1024
# sun_path holds 104 bytes on macOS and the BSDs (108 on Linux), the final NUL included.
MAX_SOCKET_PATH = 100
PIPE_PREFIX = "\\\\.\\pipe\\"


@dataclass(frozen=True, slots=True)
class Reply:
    exit: int
    stdout: str
    stderr: str


@dataclass(frozen=True, slots=True)
class Request:
    argv: list[str]
    stdin: str | None
    command_id: str | None


class AppBusy(Exception):
    """The app took the request but did not answer in time, or answered garbage: it may still
    run the command, once, under the request's id."""


class ForeignListener(Exception):
    """The socket belongs to another user or process: nothing was sent to it."""


class OtherVersion(Exception):
    """The other end speaks another version of the hand-off and ran nothing."""


def my_uid() -> int:
    return os.getuid()


def on_windows() -> bool:
    """Whether the hand-off goes through a named pipe (Windows) rather than a Unix socket."""
    return os.name == "nt"


def socket_path(data_dir: Path) -> Path:
    """A short path, in a folder only this user can write, where the app for ``data_dir`` listens.

    Tried in order: $XDG_RUNTIME_DIR; a ``companion-<uid>`` folder in the temporary folder, made
    0700 (one that exists already and is not ours and 0700 is never used: another user may have
    made it); the data folder itself. With none usable the path is in a random folder that does
    not exist: the app cannot listen there and commands simply run on their own.

    On Windows it is the named pipe's name, one per user and data folder (see pipe_name).
    """
    data_dir = data_dir.resolve()
    if on_windows():
        return Path(pipe_name(data_dir))
    name = f"companion-{zlib.crc32(str(data_dir).encode()):08x}.sock"
    for folder in _socket_folders(data_dir):
        path = folder / name
        if len(os.fsencode(path)) <= MAX_SOCKET_PATH:
            return path
    return _temporary_base() / f"companion-{my_uid()}-{os.urandom(8).hex()}" / name


def pipe_name(data_dir: Path) -> str:
    r"""``\\.\pipe\companion-<user>-<folder>``: the user's name keeps two users' apps on one
    machine apart (pipe names are shared by all users); who may connect is decided by the pipe's
    access list and the token checks, not by the name."""
    user = f"{os.environ.get('USERDOMAIN', '')}\\{os.environ.get('USERNAME', '')}".lower()
    folder = str(data_dir).lower()  # Windows paths are case-insensitive
    return (
        f"{PIPE_PREFIX}companion-{zlib.crc32(user.encode()):08x}-{zlib.crc32(folder.encode()):08x}"
    )


def _temporary_base() -> Path:
    return Path(os.environ.get("TMPDIR") or "/tmp")


def _socket_folders(data_dir: Path) -> Iterator[Path]:
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_absolute():
        resolved = Path(runtime).resolve()
        if _is_private(resolved, exact=False):
            yield resolved
    shared = _temporary_base() / f"companion-{my_uid()}"
    with contextlib.suppress(OSError):
        os.mkdir(shared, 0o700)
    if _is_private(shared, exact=True):
        yield shared
    if _is_private(data_dir, exact=False):
        yield data_dir


def _is_private(folder: Path, *, exact: bool) -> bool:
    """A real folder (a symbolic link is not followed) owned by us that no one else can write
    to; ``exact`` asks for mode 0700, as for a folder of our own in a shared one."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    mode = stat.S_IMODE(info.st_mode)
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == my_uid()
        and (mode == 0o700 if exact else mode & 0o022 == 0)
    )


def peer_uid(peer: socket.socket) -> int | None:
    """The user id of the process at the other end of a Unix-domain socket; None where the
    system cannot tell (the private folder and the socket file's owner still guard then)."""
    import socket
    import struct
    import sys

    try:
        if hasattr(socket, "SO_PEERCRED"):  # Linux: struct ucred {pid, uid, gid}
            raw = peer.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("iII"))
            _pid, uid, _gid = struct.unpack("iII", raw)
            return int(uid)
        if sys.platform == "darwin" or "bsd" in sys.platform:
            # LOCAL_PEERCRED (level SOL_LOCAL 0, option 1): struct xucred {version, uid, ...}.
            level = getattr(socket, "SOL_LOCAL", 0)
            option = getattr(socket, "LOCAL_PEERCRED", 1)
            raw = peer.getsockopt(level, option, 256)
            version, uid = struct.unpack_from("=II", raw)
            return int(uid) if version == 0 else None
    except (OSError, struct.error):
        return None
    return None


def peer_is_us(peer: socket.socket) -> bool:
    uid = peer_uid(peer)
    return uid is None or uid == my_uid()


def encode(message: dict[str, object]) -> bytes:
    import json

    # surrogatepass: an argument that was not UTF-8 on the command line crosses as it is.
    return json.dumps(message, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n"


def decode(line: bytes) -> dict[str, object]:
    import json

    try:
        value = json.loads(line.decode("utf-8", "surrogatepass"))
    except RecursionError as error:  # arrays nested thousands deep: as bad as any bad line
        raise ValueError("message nested too deep") from error
    if not isinstance(value, dict):
        raise ValueError("message is not an object")
    return value


def request_message(
    argv: list[str], stdin: str | None = None, command_id: str | None = None
) -> dict[str, object]:
    return {"v": PROTOCOL_VERSION, "id": command_id, "argv": [MARKER, *argv], "stdin": stdin}


def read_request(message: dict[str, object]) -> Request:
    """The request in a message; OtherVersion for another version's, ValueError for garbage."""
    if message.get("v") != PROTOCOL_VERSION:
        raise OtherVersion("request from another version")
    argv, stdin, command_id = message.get("argv"), message.get("stdin"), message.get("id")
    if not isinstance(argv, list) or argv[:1] != [MARKER]:
        raise ValueError("no protocol marker")
    if stdin is not None and not isinstance(stdin, str):
        raise ValueError("stdin is not text")
    if command_id is not None and not (
        isinstance(command_id, str) and 0 < len(command_id) <= 64 and command_id.isalnum()
    ):
        raise ValueError("bad command id")
    return Request([str(a) for a in argv[1:]], stdin, command_id)


def reply_message(code: int, stdout: str = "", stderr: str = "") -> dict[str, object]:
    return {"v": PROTOCOL_VERSION, "exit": code, "stdout": stdout, "stderr": stderr}


def send(
    path: Path, argv: list[str], stdin: str | None = None, command_id: str | None = None
) -> Reply | None:
    """Send a command to the running app. None when no app is listening.

    Raises ForeignListener (nothing sent) when another user holds the socket, AppBusy when the
    app took the command but did not answer, OtherVersion when it is another version.
    """
    stream = transport().connect(str(path), CONNECT_TIMEOUT_S)
    if stream is None:
        return None
    try:
        stream.settimeout(REPLY_TIMEOUT_S)
        try:
            stream.sendall(encode(request_message(argv, stdin, command_id)))
        except OSError:
            return None  # nothing reached the app (it handles whole lines only): run it here
        buffer = b""
        while not buffer.endswith(b"\n") and len(buffer) <= MAX_MESSAGE:
            chunk = stream.recv(65536)
            if not chunk:
                break
            buffer += chunk
        reply = decode(buffer)
        if reply.get("v") != PROTOCOL_VERSION:
            raise OtherVersion("the running Companion is another version")
        return Reply(
            int(reply.get("exit", 2)),  # type: ignore[call-overload]
            str(reply.get("stdout", "")),
            str(reply.get("stderr", "")),
        )
    except (OSError, ValueError, TypeError, UnicodeDecodeError) as error:
        raise AppBusy("Companion did not answer") from error
    finally:
        stream.close()


# --- transports ------------------------------------------------------------------------------


class Stream(Protocol):
    """A connected byte stream to the other end (a socket, or a named pipe's handle)."""

    def sendall(self, data: bytes) -> None: ...

    def recv(self, size: int) -> bytes:
        """Up to ``size`` bytes; b"" once the other end has closed. OSError on a timeout."""
        ...

    def settimeout(self, seconds: float) -> None: ...

    def close(self) -> None: ...


class Transport(Protocol):
    """How the CLI reaches the app, and how the app tells who reached it."""

    def connect(self, address: str, timeout: float) -> Stream | None:
        """A stream to the app at ``address``, its user checked; None when nothing listens.
        Raises ForeignListener, having sent nothing, when another user holds the address."""
        ...

    def accepted_peer_is_us(self, descriptor: int) -> bool:
        """For the app: whether the process behind an accepted connection (QLocalSocket's
        socketDescriptor(): a socket, or a pipe handle) runs as this user."""
        ...


def transport() -> Transport:
    """The Unix socket, or on Windows the named pipe (its module is loaded only there)."""
    if on_windows():
        from companion import ipc_windows

        return ipc_windows.NamedPipeTransport()
    return UnixSocketTransport()


class UnixSocketTransport:
    """A Unix-domain socket in a private folder; the peer's user id checked on both ends."""

    def connect(self, address: str, timeout: float) -> Stream | None:
        import socket

        if not hasattr(socket, "AF_UNIX"):
            return None
        try:
            info = os.lstat(address)
        except OSError:
            return None
        if info.st_uid != my_uid():
            raise ForeignListener(f"something else is listening on Companion's socket {address}")
        if not stat.S_ISSOCK(info.st_mode):
            return None  # not a socket: nothing can listen there
        client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        client.settimeout(timeout)
        try:
            client.connect(address)
        except OSError:
            client.close()
            return None  # a stale socket left by a crash: nobody is listening
        if not peer_is_us(client):
            client.close()
            raise ForeignListener(f"something else is listening on Companion's socket {address}")
        return client

    def accepted_peer_is_us(self, descriptor: int) -> bool:
        import socket

        if descriptor < 0:
            return False
        try:
            with socket.socket(fileno=os.dup(descriptor)) as peer:
                return peer_is_us(peer)
        except OSError as error:
            import logging

            logging.getLogger(__name__).warning(
                "single instance: cannot tell who connected: %s", error
            )
            return True  # the socket's folder and mode still keep other users out
