import socket
import threading

import pytest

from companion import ipc


def serve_once(path, reply: bytes):
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(str(path))
    server.listen(1)

    def answer():
        conn, _ = server.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(reply)
        server.close()

    thread = threading.Thread(target=answer)
    thread.start()
    return thread


def test_no_app_listening_means_run_here(tmp_path):
    assert ipc.send(tmp_path / "none.sock", ["today"]) is None
    stale = tmp_path / "stale.sock"
    stale.write_text("left by a crash")
    assert ipc.send(stale, ["today"]) is None


def test_a_reply_comes_back_whole(tmp_path):
    path = tmp_path / "a.sock"
    thread = serve_once(path, ipc.encode({"exit": 1, "stdout": "out\n", "stderr": ""}))
    reply = ipc.send(path, ["check", "--clipboard"])
    thread.join()
    assert reply == ipc.Reply(1, "out\n", "")


@pytest.mark.parametrize("garbled", [b"not json\n", b"", b"[1, 2]\n"])
def test_a_garbled_or_missing_reply_is_reported_not_run_twice(tmp_path, garbled):
    path = tmp_path / "g.sock"
    thread = serve_once(path, garbled)
    with pytest.raises(ipc.AppBusy) as error:
        ipc.send(path, ["log", "+"])
    thread.join()
    assert "companion today" in str(error.value)
