import logging
import os
import stat
import subprocess
import sys

import pytest

from companion import logfile


@pytest.fixture
def handler(tmp_path):
    made = logfile.PrivateLogFile(logfile.path_in(tmp_path), max_bytes=400, keep=2)
    made.setFormatter(logging.Formatter("%(message)s"))
    yield made
    made.close()


def write(handler, text):
    handler.handle(logging.LogRecord("t", logging.WARNING, __file__, 1, text, None, None))


def test_the_file_is_made_private_on_the_first_record(tmp_path, handler):
    path = logfile.path_in(tmp_path)
    assert not path.exists()  # nothing is opened before a record comes
    write(handler, "first")
    assert path.read_text() == "first\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_an_older_file_open_to_others_is_tightened(tmp_path, handler):
    path = logfile.path_in(tmp_path)
    path.write_text("old\n")
    path.chmod(0o644)
    write(handler, "new")
    assert path.read_text() == "old\nnew\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_full_file_moves_to_dot_1_and_only_two_old_ones_are_kept(tmp_path, handler):
    path = logfile.path_in(tmp_path)
    for number in range(40):
        write(handler, f"record {number:02d} " + "x" * 80)  # 91 bytes a line: 4 to a file
    files = sorted(tmp_path.iterdir())
    assert [file.name for file in files] == ["companion.log", "companion.log.1", "companion.log.2"]
    assert all(file.stat().st_size < 400 for file in files)
    newest, older, oldest = (file.read_text().splitlines() for file in files)
    assert newest[-1].startswith("record 39")
    assert older[-1].startswith(f"record {int(newest[0][7:9]) - 1:02d}")
    assert oldest[-1].startswith(f"record {int(older[0][7:9]) - 1:02d}")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "companion.log.1").stat().st_mode) == 0o600


def test_a_record_that_cannot_be_written_does_not_raise(tmp_path, handler, capsys):
    logfile.path_in(tmp_path).mkdir()  # a folder where the file should be
    write(handler, "lost")
    assert "lost" not in "".join(p.name for p in tmp_path.iterdir())
    assert "Logging error" in capsys.readouterr().err


def test_attach_is_once_per_folder_and_moves_with_the_data(tmp_path):
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        first = logfile.attach(tmp_path / "a")
        assert first is not None and logfile.attach(tmp_path / "a") is first
        second = logfile.attach(tmp_path / "b")
        assert second is not first and first not in root.handlers and second in root.handlers
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()


def test_the_log_file_loads_no_heavy_module():
    code = (
        "import sys, companion.logfile as l, pathlib, tempfile\n"
        "l.attach(pathlib.Path(tempfile.mkdtemp()))\n"
        "print(sorted({'logging.handlers', 'pickle', 'queue', 'socket'} & set(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=dict(os.environ)
    )
    assert result.stdout.strip() == "[]", result.stderr
