"""Hand-off between a `companion …` command and the running app (single instance).

The app listens on a local socket (QLocalServer with a full path, so a Unix-domain socket) whose
name depends on the data folder: an app using another COMPANION_DATA_DIR (tests, benchmarks) is a
different instance. The client side below uses the standard library only, so a CLI call never
pays for importing Qt. One request, one reply, each a line of JSON:

    request  {"argv": [...], "stdin": str|null}
    reply    {"exit": int, "stdout": str, "stderr": str}
"""

from __future__ import annotations

import os
import zlib
from dataclasses import dataclass
from pathlib import Path

CONNECT_TIMEOUT_S = 1.0
REPLY_TIMEOUT_S = 15.0
MAX_MESSAGE = 8 * 1024 * 1024


def socket_path(data_dir: Path) -> Path:
    """A short per-user, per-data-folder path (Unix socket paths are limited to ~100 bytes)."""
    digest = f"{zlib.crc32(str(data_dir.resolve()).encode()):08x}"
    base = os.environ.get("XDG_RUNTIME_DIR") or os.environ.get("TMPDIR") or "/tmp"
    uid = os.getuid() if hasattr(os, "getuid") else 0
    return Path(base) / f"companion-{uid}-{digest}.sock"


@dataclass(frozen=True, slots=True)
class Reply:
    exit: int
    stdout: str
    stderr: str


class AppBusy(Exception):
    """The app accepted the request but did not answer in time."""


def encode(message: dict[str, object]) -> bytes:
    import json

    # surrogatepass: an argument that was not UTF-8 on the command line crosses as it is.
    return json.dumps(message, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n"


def decode(line: bytes) -> dict[str, object]:
    import json

    value = json.loads(line.decode("utf-8", "surrogatepass"))
    if not isinstance(value, dict):
        raise ValueError("message is not an object")
    return value


def send(path: Path, argv: list[str], stdin: str | None = None) -> Reply | None:
    """Send a command to the running app. None when no app is listening."""
    import socket

    if not hasattr(socket, "AF_UNIX") or not path.exists():
        return None
    client = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    client.settimeout(CONNECT_TIMEOUT_S)
    try:
        client.connect(str(path))
    except OSError:
        client.close()
        return None  # a stale socket left by a crash: nobody is listening
    try:
        client.settimeout(REPLY_TIMEOUT_S)
        try:
            client.sendall(encode({"argv": argv, "stdin": stdin}))
        except OSError:
            return None  # nothing reached the app (it handles whole lines only): run it here
        buffer = b""
        while not buffer.endswith(b"\n") and len(buffer) <= MAX_MESSAGE:
            chunk = client.recv(65536)
            if not chunk:
                break
            buffer += chunk
        reply = decode(buffer)
    except (OSError, ValueError, UnicodeDecodeError) as error:
        # The app has the command and may have run it: running it here too could count a log
        # twice, so say so instead.
        raise AppBusy(
            "Companion is running but did not answer; check with 'companion today' whether "
            "it was done before trying again."
        ) from error
    finally:
        client.close()
    return Reply(
        int(reply.get("exit", 2)), str(reply.get("stdout", "")), str(reply.get("stderr", ""))
    )
