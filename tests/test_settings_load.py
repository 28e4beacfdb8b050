"""A damaged settings file gives the defaults, whatever the damage: the app and every command
still start."""

from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

import pytest

from companion import settings
from tests.support import run_cli


@pytest.mark.parametrize(
    "content",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"target": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b'{"day_start_hour": 1' + b"0" * 5000 + b"}",
        b"\xff\xfe not UTF-8",
        b'{"target": 5\x00}',
        b"{" + b" " * (2 * 1024 * 1024) + b"}",
        b"",
    ],
    ids=["nested", "nested-value", "huge-number", "not-utf8", "nul", "too-large", "empty"],
)
def test_a_damaged_file_gives_the_defaults_and_is_logged(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="companion.settings"):
        assert settings.load(path) == settings.Settings()
    assert "using defaults" in caplog.text


def test_a_folder_named_like_the_file_gives_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "settings.json").mkdir()
    assert settings.load(tmp_path / "settings.json") == settings.Settings()


def test_commands_run_on_a_deeply_nested_settings_file(isolated_dirs: Path) -> None:
    config = isolated_dirs / "config"
    config.mkdir(exist_ok=True)
    (config / "settings.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    code, out, err = run_cli(["today", "--json"])
    assert code == 0 and "unexpected error" not in err
    assert '"target": 3.0' in out


def test_a_named_pipe_in_place_of_the_file_gives_the_defaults_at_once(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    result: list[settings.Settings] = []
    reader = threading.Thread(target=lambda: result.append(settings.load(path)), daemon=True)
    reader.start()
    reader.join(timeout=10)
    if reader.is_alive():  # unblock the reader, then fail
        with path.open("wb"):
            pass
        pytest.fail("loading settings waited on a named pipe")
    assert result == [settings.Settings()]
