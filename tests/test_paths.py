"""Reading a file or standard input with a bound, writing a file the user asked for without
losing the old one, and the data and config folders."""

from __future__ import annotations

import io
import os
import socket
import stat
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from companion.core.errors import CompanionError, InputTooLarge, InvalidInput
from companion.paths import config_dir, data_dir, read_text, read_text_file, write_atomically


def test_write_atomically_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "export.md"
    target.write_text("old", encoding="utf-8")
    write_atomically(target, "new ✓")
    assert target.read_text(encoding="utf-8") == "new ✓"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.md"]


def test_a_failed_write_says_so_and_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "taken"
    target.mkdir()
    (target / "inside").write_text("kept", encoding="utf-8")
    with pytest.raises(CompanionError, match=r"Could not write .*taken"):
        write_atomically(target, "text")  # a folder cannot be replaced by a file
    assert (target / "inside").read_text(encoding="utf-8") == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["taken"]


# --- writing: what -o may name --------------------------------------------------------------


def test_a_symlink_stays_a_link_and_the_file_it_points_to_is_replaced(tmp_path: Path) -> None:
    real = tmp_path / "real.md"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    before = real.stat().st_ino
    write_atomically(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == "new"
    assert real.stat().st_ino != before  # replaced, not rewritten in place
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.md", "real.md"]


def test_a_dangling_symlink_gets_its_file_created(tmp_path: Path) -> None:
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "made.md")
    write_atomically(link, "new")
    assert link.is_symlink() and (tmp_path / "made.md").read_text(encoding="utf-8") == "new"


def test_a_named_pipe_is_written_into_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def reader() -> None:
        with fifo.open("rb") as handle:
            received.append(handle.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    write_atomically(fifo, "through the pipe")
    thread.join(timeout=10)
    assert received == [b"through the pipe"]
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_a_terminal_is_written_into(tmp_path: Path) -> None:
    leader, follower = os.openpty()
    try:
        terminal = Path(os.ttyname(follower))
        write_atomically(terminal, "on screen")
        assert stat.S_ISCHR(terminal.stat().st_mode)
        assert os.read(leader, 100).replace(b"\r\n", b"\n") == b"on screen"
    finally:
        os.close(leader)
        os.close(follower)


def test_a_link_to_a_device_writes_into_the_device(tmp_path: Path) -> None:
    link = tmp_path / "out"
    link.symlink_to(os.devnull)
    write_atomically(link, "gone")
    assert link.is_symlink() and stat.S_ISCHR(Path(os.devnull).stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_a_socket_is_refused_in_one_line(tmp_path: Path) -> None:
    path = tmp_path / "s.sock"
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        server.bind(str(path))
        with pytest.raises(CompanionError, match="not a regular file"):
            write_atomically(path, "text")
        assert stat.S_ISSOCK(path.lstat().st_mode)
    finally:
        server.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.sock"]


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o604])
def test_an_existing_file_keeps_its_permission_bits(tmp_path: Path, mode: int) -> None:
    target = tmp_path / "private.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(mode)
    write_atomically(target, "new")
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert target.read_text(encoding="utf-8") == "new"


def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path: Path) -> None:
    old = os.umask(0o027)
    try:
        write_atomically(tmp_path / "new.md", "text")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.md").stat().st_mode) == 0o640


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a file to someone else")
def test_an_existing_file_keeps_its_owner(tmp_path: Path) -> None:
    target = tmp_path / "theirs.md"
    target.write_text("old", encoding="utf-8")
    os.chown(target, 4321, 4322)
    write_atomically(target, "new")
    assert (target.stat().st_uid, target.stat().st_gid) == (4321, 4322)


# --- reading: never more than the limit -----------------------------------------------------


class EndlessText(io.RawIOBase):
    """A stream that never ends (like `yes`), counting what was taken from it."""

    def __init__(self) -> None:
        self.taken = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        buffer[:] = b"y" * len(buffer)
        self.taken += len(buffer)
        return len(buffer)


def test_an_endless_stream_stops_one_byte_past_the_limit() -> None:
    source = EndlessText()
    with pytest.raises(InputTooLarge, match=r"^Standard input is too large: .* at most 1 MB\.$"):
        read_text(source, "Standard input", 1024 * 1024, strict=True)  # type: ignore[arg-type]
    assert source.taken == 1024 * 1024 + 1


def test_exactly_the_limit_is_fine_and_a_split_character_is_joined() -> None:
    data = "é€😀".encode() * 3
    trickle = io.BufferedReader(io.BytesIO(data), buffer_size=1)
    assert read_text(trickle, "x", len(data), strict=True) == ("é€😀" * 3, False)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_devices_that_never_end_fail_at_once(device: str) -> None:
    started = time.monotonic()
    with pytest.raises(InvalidInput, match=r"not text|not UTF-8"):
        read_text_file(Path(device), 512 * 1024 * 1024, strict=True)
    assert time.monotonic() - started < 5


def test_bytes_that_are_not_utf8_are_refused_or_replaced() -> None:
    with pytest.raises(InvalidInput, match=r"^x is not UTF-8 text\.$"):
        read_text(io.BytesIO(b"caf\xe9"), "x", 100, strict=True)
    assert read_text(io.BytesIO(b"caf\xe9"), "x", 100, strict=False) == ("caf\ufffd", True)
    assert read_text(io.BytesIO("caf\ufffd".encode()), "x", 100, strict=False)[1] is False


def test_a_byte_order_mark_is_dropped() -> None:
    assert read_text(io.BytesIO(b"\xef\xbb\xbf{}"), "x", 100, strict=True) == ("{}", False)


def test_a_nul_byte_is_binary() -> None:
    with pytest.raises(InvalidInput, match=r"^x is not text \(it holds binary data\)\.$"):
        read_text(io.BytesIO(b"ab\x00c"), "x", 100, strict=False)


def test_files_that_cannot_be_read_say_why(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="There is no file"):
        read_text_file(tmp_path / "missing.txt", 100, strict=True)
    with pytest.raises(InvalidInput, match="is a folder, not a file"):
        read_text_file(tmp_path, 100, strict=True)


def test_a_file_without_read_permission_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("x", encoding="utf-8")
    secret.chmod(0)
    if os.geteuid() == 0:
        # Root reads any file: the system's refusal is what an ordinary user gets.
        real_open = os.open

        def refuse(path: Any, flags: int, *args: Any, **kwargs: Any) -> Any:
            if Path(path) == secret:
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(InvalidInput, match=r"Cannot read .*Permission denied"):
        read_text_file(secret, 100, strict=True)


# --- the data and config folders ------------------------------------------------------------


def test_a_data_folder_that_is_a_file_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    monkeypatch.setenv("COMPANION_DATA_DIR", str(tmp_path / "file"))
    with pytest.raises(CompanionError, match="is not a folder; point COMPANION_DATA_DIR"):
        data_dir()


def test_a_config_folder_that_is_a_dangling_link_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "link").symlink_to(tmp_path / "gone")
    monkeypatch.setenv("COMPANION_CONFIG_DIR", str(tmp_path / "link"))
    with pytest.raises(CompanionError, match="gone, which does not exist; point COMPANION_CONFIG"):
        config_dir()


def test_a_data_folder_inside_a_file_is_one_clear_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "file").write_text("x", encoding="utf-8")
    monkeypatch.setenv("COMPANION_DATA_DIR", str(tmp_path / "file" / "data"))
    with pytest.raises(CompanionError, match=r"Could not create the folder .*Not a directory"):
        data_dir()


def test_a_file_in_a_legacy_encoding_is_refused_with_how_to_fix_it(tmp_path) -> None:
    import pytest

    from companion import paths
    from companion.core.errors import InvalidInput

    for text, encoding in [
        ("申し訳ございません。規定により返品はできません。", "shift_jis"),
        ("그건 안 돼요. 고객님 잘못입니다.", "euc-kr"),
        ("Δεν γίνεται επιστροφή χρημάτων.", "cp1253"),
    ]:
        legacy = tmp_path / f"{encoding}.txt"
        legacy.write_bytes(text.encode(encoding))
        with pytest.raises(InvalidInput, match="Save it as UTF-8"):
            paths.read_text_file(legacy, 1_000_000, strict=False)


def test_a_stray_byte_is_kept_and_a_utf16_file_is_read(tmp_path) -> None:
    from companion import paths

    stray = tmp_path / "stray.txt"
    stray.write_bytes("café is fine, thanks for waiting for the refund.".encode("latin-1"))
    text, replaced = paths.read_text_file(stray, 1_000_000, strict=False)
    assert replaced and text.startswith("caf\ufffd is fine")
    wide = tmp_path / "unicode.txt"
    wide.write_bytes("그건 안 돼요.".encode("utf-16"))  # with its byte order mark
    assert paths.read_text_file(wide, 1_000_000, strict=False) == ("그건 안 돼요.", False)


def test_the_cache_folder_follows_its_own_override_then_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.paths import cache_dir

    assert cache_dir() == tmp_path / "data" / "cache"  # tests set COMPANION_DATA_DIR
    monkeypatch.setenv("COMPANION_CACHE_DIR", str(tmp_path / "own"))
    assert cache_dir() == tmp_path / "own"
    assert stat.S_IMODE((tmp_path / "own").stat().st_mode) == 0o700
    monkeypatch.delenv("COMPANION_CACHE_DIR")
    monkeypatch.delenv("COMPANION_DATA_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    assert cache_dir() == tmp_path / "xdg-cache" / "companion"


def test_a_cache_folder_that_is_a_file_is_one_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion.paths import cache_dir

    (tmp_path / "blocker").write_text("x")
    monkeypatch.setenv("COMPANION_CACHE_DIR", str(tmp_path / "blocker"))
    with pytest.raises(CompanionError, match="COMPANION_CACHE_DIR"):
        cache_dir()
