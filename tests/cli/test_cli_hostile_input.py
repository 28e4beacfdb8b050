"""Input meant to break a command: each one gets one clear line on stderr and exit 2, and reading
stops at a bound however much arrives."""

from __future__ import annotations

import io
import json
import os
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from companion.cli import export as export_cli
from tests.support import run_cli

FEED_CAP = 64 * 1024 * 1024
"""The endless feeder gives up here, so a reader that never stops fails the test instead of
filling the machine's memory."""


def _limit_memory() -> None:
    # A reader that trusts nothing but EOF would otherwise grow until the kernel kills it.
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


def run_endless(*argv: str, stdin_chunk: bytes | None = None) -> tuple[int, str, float]:
    """Run `python -m companion ARGV` with standard input that never ends (or /dev/null when
    no chunk is given); exit code, stderr and seconds taken."""
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-m", "companion", *argv],
        stdin=subprocess.PIPE if stdin_chunk else subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=_limit_memory,
    )

    def feed() -> None:
        assert process.stdin is not None and stdin_chunk is not None
        sent = 0
        try:
            while sent < FEED_CAP:
                process.stdin.write(stdin_chunk)
                sent += len(stdin_chunk)
            process.stdin.close()
        except (BrokenPipeError, ValueError, OSError):
            pass  # the command stopped reading, as it should

    if stdin_chunk:
        threading.Thread(target=feed, daemon=True).start()
    with process:
        try:
            code = process.wait(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
        assert process.stderr is not None
        err = process.stderr.read().decode("utf-8", "replace")
    return code, err, time.monotonic() - started


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "unexpected error" not in err and "Traceback" not in err
    return lines[0]


# --- reads that never end ------------------------------------------------------------------


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_importing_a_device_that_never_ends_stops_at_once(device: str) -> None:
    code, err, seconds = run_endless("import", "happy", device)
    assert code == 2 and seconds < 30
    assert one_line(err) in {
        f"companion: {device} is not text (it holds binary data).",
        f"companion: {device} is not UTF-8 text.",
    }


@pytest.mark.parametrize(
    "argv",
    [["check", "-"], ["happy", "add", "-"], ["reframe", "detect", "-"], ["reframe", "detect"]],
)
def test_standard_input_that_never_ends_stops_at_the_limit(argv: list[str]) -> None:
    code, err, seconds = run_endless(*argv, stdin_chunk=b"kind words " * 10_000)
    assert code == 2 and seconds < 30
    assert one_line(err) == (
        "companion: Standard input is too large: Companion reads at most 4 MB."
    )


def test_checking_a_device_that_never_ends_stops_at_once() -> None:
    code, err, _ = run_endless("check", "/dev/zero")
    assert code == 2 and one_line(err) == (
        "companion: /dev/zero is not text (it holds binary data)."
    )


class EndlessStdin(io.RawIOBase):
    """Standard input that ends only at FEED_CAP (so a reader without a bound fails the test
    instead of filling the memory of the test run)."""

    def __init__(self) -> None:
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = min(len(buffer), FEED_CAP - self.given)
        buffer[:size] = b"[" * size
        self.given += size
        return size


def test_an_import_from_endless_standard_input_stops_at_the_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(export_cli, "MAX_IMPORT_BYTES", 3 * 1024 * 1024)
    endless = io.TextIOWrapper(io.BufferedReader(EndlessStdin()))
    monkeypatch.setattr(sys, "stdin", endless)
    code, out, err = run_cli(["import", "happy", "-"])
    assert (code, out) == (2, "")
    assert one_line(err) == "companion: Standard input is too large: Companion reads at most 3 MB."


def test_an_import_file_over_the_limit_is_refused(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(export_cli, "MAX_IMPORT_BYTES", 1000)
    big = tmp_path / "big.json"
    big.write_text(" " * 1001, encoding="utf-8")
    code, _, err = run_cli(["import", "happy", str(big)])
    assert code == 2
    assert one_line(err) == f"companion: {big} is too large: Companion reads at most 1,000 bytes."


def test_closed_standard_input_is_one_line() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "companion", "check", "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        preexec_fn=lambda: os.close(0),
    )
    assert result.returncode == 2
    assert one_line(result.stderr) == "companion: There is no standard input to read."


# --- files that are not what an import expects ---------------------------------------------


def test_importing_a_folder_is_one_line(tmp_path: Path) -> None:
    code, _, err = run_cli(["import", "happy", str(tmp_path)])
    assert code == 2 and one_line(err) == f"companion: {tmp_path} is a folder, not a file."


def test_importing_an_empty_file_is_one_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    code, _, err = run_cli(["import", "happy", str(empty)])
    assert code == 2 and "not valid JSON" in one_line(err)


def test_importing_binary_or_latin1_is_one_line(tmp_path: Path) -> None:
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes(b'{"quote": "caf\xe9"}')
    code, _, err = run_cli(["import", "happy", str(latin1)])
    assert code == 2 and one_line(err) == f"companion: {latin1} is not UTF-8 text."
    code, _, err = run_cli(["import", "happy", "-"], stdin="{\x00}")
    assert code == 2
    assert one_line(err) == "companion: Standard input is not text (it holds binary data)."


def test_an_export_saved_with_a_byte_order_mark_imports(tmp_path: Path) -> None:
    marked = tmp_path / "notepad.json"
    marked.write_bytes(b'\xef\xbb\xbf{"format": "companion-happy-file", "version": 1}')
    code, out, err = run_cli(["import", "happy", str(marked)])
    assert (code, err) == (0, "") and "Imported 0 new entries" in out


# --- what an import file may hold -----------------------------------------------------------


def _export(**entry: object) -> str:
    item = {"created": "2026-02-14T16:05:07Z", "quote": "Thanks!", **entry}
    return json.dumps({"format": "companion-happy-file", "version": 1, "entries": [item]})


@pytest.mark.parametrize(
    "created",
    [
        "0001-01-01T00:00:00Z",
        "0001-01-01T00:30:00+01:00",
        "9999-12-31T23:59:59Z",
        "9999-12-31T23:00:00-05:00",
    ],
)
def test_an_import_dated_at_the_edge_of_the_calendar_is_one_line(created: str) -> None:
    code, _, err = run_cli(["import", "happy", "-"], stdin=_export(created=created))
    assert code == 2
    assert one_line(err) == (
        f"companion: Entry 1: 'created' is outside the years 1970–9998: {created!r}."
    )


def test_an_import_with_half_a_character_is_saved_with_a_replacement() -> None:
    document = _export(quote="thanks \ud800", tags=["a\udc80"])  # JSON escapes them
    code, out, err = run_cli(["import", "happy", "-"], stdin=document)
    assert (code, err) == (0, "") and "Imported 1 new entry" in out
    [saved] = json.loads(run_cli(["happy", "search", "--json"])[1])
    assert (saved["quote"], saved["tags"]) == ("thanks \ufffd", ["a\ufffd"])


def test_an_import_with_a_huge_number_is_one_line() -> None:
    document = '{"format": "companion-happy-file", "version": 1' + "0" * 5000 + "}"
    code, _, err = run_cli(["import", "happy", "-"], stdin=document)
    assert code == 2 and one_line(err).startswith("companion: This file is not valid JSON")


# --- numbers on the command line ------------------------------------------------------------


def test_a_huge_limit_means_all(clock: Any) -> None:
    run_cli(["happy", "add", "Thank you"], clock)
    code, out, err = run_cli(["happy", "search", "--limit", "99999999999999999999"], clock)
    assert (code, err) == (0, "") and "Thank you" in out


@pytest.mark.parametrize(
    ("limit", "complaint"),
    [
        ("-5", "must be 1 or more, not -5"),
        ("0", "must be 1 or more, not 0"),
        ("1" + "0" * 5000, "'10000000000000000000' is not a whole number"),
        ("lots", "'lots' is not a whole number"),
    ],
)
def test_a_limit_below_one_or_not_a_number_is_one_line(limit: str, complaint: str) -> None:
    code, out, err = run_cli(["happy", "search", f"--limit={limit}"])
    assert (code, out) == (2, "")
    assert complaint in one_line(err) and "--limit" in err


# --- file names that are not files ----------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "complaint"),
    [
        (["import", "happy", ""], "Give the file to import, or '-' for standard input."),
        (["check", ""], "Give a FILE to check, '-' to read standard input, or --clipboard."),
        (["export", "happy", "-f", "md", "-o", ""], "Give a file name after -o, or '-' for"),
        (["export", "reflections", "-f", "csv", "-o", " "], "Give a file name after -o, or '-'"),
    ],
)
def test_an_empty_file_name_is_not_the_current_folder(argv: list[str], complaint: str) -> None:
    code, out, err = run_cli(argv)
    assert (code, out) == (2, "") and complaint in one_line(err)


@pytest.mark.parametrize(
    ("output", "complaint"),
    [
        ("/dev/full", "Could not write /dev/full: No space left on device"),
        ("/no/such/folder/x.md", "Could not write /no/such/folder/x.md: No such file"),
        (".", "Could not write .: it is a folder."),
    ],
)
def test_an_output_that_cannot_be_written_is_one_line(output: str, complaint: str) -> None:
    code, _, err = run_cli(["export", "happy", "-f", "md", "-o", output])
    assert code == 2 and complaint in one_line(err)


def test_a_symlink_loop_as_output_is_one_line(tmp_path: Path) -> None:
    loop = tmp_path / "loop"
    loop.symlink_to(loop)
    code, _, err = run_cli(["export", "happy", "-f", "md", "-o", str(loop)])
    assert code == 2 and "Too many levels of symbolic links" in one_line(err)


# --- data and config folders that are not folders -------------------------------------------


@pytest.mark.parametrize("variable", ["COMPANION_DATA_DIR", "COMPANION_CONFIG_DIR"])
@pytest.mark.parametrize("kind", ["file", "dangling link"])
def test_a_folder_that_is_not_one_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, variable: str, kind: str
) -> None:
    folder = tmp_path / "not-a-folder"
    if kind == "file":
        folder.write_text("x", encoding="utf-8")
    else:
        folder.symlink_to(tmp_path / "gone")
    monkeypatch.setenv(variable, str(folder))
    code, out, err = run_cli(["today"])
    assert (code, out) == (2, "")
    assert one_line(err).endswith(f"; point {variable} at a folder (or remove it).")


class _FullDisk(io.StringIO):
    """Standard output redirected to a file on a disk that is full."""

    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")


def test_output_that_cannot_be_written_is_one_line_not_an_unexpected_error() -> None:
    from companion.cli import main
    from companion.cli.context import Context

    err = io.StringIO()
    context = Context(stdout=_FullDisk(), stderr=err, stdin_text="No. That is your fault.")
    code = main(["check", "--json", "-"], context)
    assert code == 2
    assert (
        err.getvalue() == "companion: the output could not be written (No space left on device).\n"
    )


def test_closed_standard_output_still_does_the_work_without_a_traceback(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "COMPANION_DATA_DIR": str(tmp_path / "d"),
        "COMPANION_CONFIG_DIR": str(tmp_path / "c"),
    }
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import os, sys; os.close(1); sys.stdout = None; "
            "from companion.cli import main; sys.exit(main(['log', '+']))",
        ],
        capture_output=False,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert (done.returncode, done.stderr) == (0, "")
    shown = subprocess.run(
        [sys.executable, "-m", "companion", "today", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert json.loads(shown.stdout)["positive"] == 1


def test_a_terminal_that_cannot_show_korean_gets_question_marks_not_an_error() -> None:
    from companion.cli import main
    from companion.cli.context import Context

    raw = io.BytesIO()
    ascii_out = io.TextIOWrapper(raw, encoding="ascii")
    context = Context(stdout=ascii_out, stderr=io.StringIO(), stdin_text="절대 안 됩니다.")
    code = main(["check", "-"], context)
    ascii_out.flush()
    assert code in (0, 1)
    assert b"?" in raw.getvalue() and b"Verdict" in raw.getvalue()


def test_a_named_pipe_nobody_writes_to_is_one_line_not_a_wait_without_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from companion import paths

    monkeypatch.setattr(paths, "PIPE_WAIT_SECONDS", 0.3)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for argv in (["check", str(pipe)], ["check", "--batch", str(pipe)]):
        started = time.monotonic()
        code, _, err = run_cli(argv)
        assert code == 2 and "Nothing arrived from" in err and "named pipe" in err
        assert time.monotonic() - started < 10


def test_a_named_pipe_written_a_moment_later_is_read(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)

    def write() -> None:
        time.sleep(0.3)
        with pipe.open("w", encoding="utf-8") as end:
            end.write("No. That is your fault.\n")

    writer = threading.Thread(target=write)
    writer.start()
    code, out, _ = run_cli(["check", str(pipe)])
    writer.join()
    assert code == 1 and "Flat no" in out
