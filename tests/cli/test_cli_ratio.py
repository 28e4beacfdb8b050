import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from tests.support import run_cli, run_process


def test_today_json_contract(clock):
    assert run_cli(["log", "+"], clock)[0] == 0
    assert run_cli(["log", "-", "--topic", "Billing", "--note", "charged twice"], clock)[0] == 0
    code, out, err = run_cli(["today", "--json"], clock)
    assert code == 0 and err == ""
    data = json.loads(out)
    assert list(data) == ["day", "positive", "negative", "ratio", "target", "needed", "state"]
    assert data["positive"] == 1 and data["negative"] == 1
    assert data["ratio"] == 1.0 and data["target"] == 3.0
    assert data["needed"] == 2 and data["state"] == "below"
    assert data["day"] == clock().astimezone().date().isoformat()


def test_ratio_is_null_without_negatives(clock):
    run_cli(["log", "+"], clock)
    data = json.loads(run_cli(["today", "--json"], clock)[1])
    assert data["ratio"] is None and data["state"] == "above" and data["needed"] == 0


def test_undo_removes_the_last_log(clock):
    run_cli(["log", "+"], clock)
    clock.advance(minutes=1)
    run_cli(["log", "-"], clock)
    code, out, _ = run_cli(["undo"], clock)
    assert code == 0 and "negative" in out
    data = json.loads(run_cli(["today", "--json"], clock)[1])
    assert (data["positive"], data["negative"]) == (1, 0)
    run_cli(["undo"], clock)
    code, out, _ = run_cli(["undo"], clock)
    assert code == 0 and "Nothing to undo" in out


@pytest.mark.parametrize(
    "argv",
    [["log"], ["log", "x"], ["log", "+", "--bogus"], ["nonsense"], ["today", "--json", "extra"]],
)
def test_usage_errors_exit_2_with_one_line(argv):
    code, out, err = run_cli(argv)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and "companion" in err


def test_too_long_note_is_an_input_error(clock):
    code, _, err = run_cli(["log", "+", "--note", "x" * 600], clock)
    assert code == 2 and "too long" in err
    assert json.loads(run_cli(["today", "--json"], clock)[1])["positive"] == 0


def test_settings_target_is_used(clock):
    from companion import settings

    settings.save(settings.Settings(target=2.0))
    run_cli(["log", "+"], clock)
    run_cli(["log", "+"], clock)
    run_cli(["log", "-"], clock)
    data = json.loads(run_cli(["today", "--json"], clock)[1])
    assert data["target"] == 2.0 and data["state"] == "at"


def test_a_newer_database_gives_one_clear_line(clock):
    from companion.store import open_store, schema

    store = open_store()
    store.conn.execute(f"PRAGMA user_version = {len(schema.MIGRATIONS) + 1}")
    store.conn.commit()
    store.close()
    code, _, err = run_cli(["today"], clock)
    assert code == 2
    assert "newer version of Companion" in err and len(err.strip().splitlines()) == 1


def test_entry_point_as_a_process():
    version = run_process("--version")
    assert version.returncode == 0 and version.stdout.startswith("companion ")
    logged = run_process("log", "+")
    assert logged.returncode == 0, logged.stderr
    today = run_process("today", "--json")
    assert json.loads(today.stdout)["positive"] == 1
    bad = run_process("log")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


def test_a_closed_output_pipe_ends_quietly_without_a_traceback():
    read_end, write_end = os.pipe()
    os.close(read_end)  # like `companion today --json | true`
    try:
        result = subprocess.run(
            [sys.executable, "-m", "companion", "today", "--json"],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            env=dict(os.environ),
        )
    finally:
        os.close(write_end)
    assert result.stderr == ""
    assert result.returncode == 141


def test_text_arguments_that_were_not_utf8_are_stored_with_a_replacement_character(clock):
    # `companion log + --note $'bad\xff'`: Python hands the byte over as a lone surrogate.
    code, _out, err = run_cli(["log", "+", "--note", "bad\udcff"], clock)
    assert (code, err) == (0, "")
    from companion.store import open_store
    from companion.store import ratio as ratio_store

    store = open_store()
    try:
        [entry] = ratio_store.interactions_between(
            store, clock() - dt.timedelta(hours=1), clock() + dt.timedelta(hours=1)
        )
    finally:
        store.close()
    assert entry.note == "bad\ufffd"


def test_a_handed_over_command_may_carry_bytes_that_were_not_utf8():
    from companion import ipc

    message = {"argv": ["log", "+", "--note", "bad\udcff"], "stdin": None}
    assert ipc.decode(ipc.encode(message)) == message


def test_an_unexpected_error_is_one_line_not_a_traceback(monkeypatch):
    import companion.cli.ratio as ratio_cli

    def broken(args, ctx):
        raise RuntimeError("something inside broke")

    monkeypatch.setattr(ratio_cli, "cmd_today", broken)
    monkeypatch.delenv("COMPANION_DEBUG", raising=False)
    code, out, err = run_cli(["today"])
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "RuntimeError: something inside broke" in err
