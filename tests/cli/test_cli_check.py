"""`companion check`: the JSON contract, human output, exit codes and bad input."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest

from tests.support import run_cli, run_process

HARD = "No. You are wrong, as I already said!!!"
KIND = "Thanks for waiting, Sam. I've sent a new parcel today; just reply if it doesn't arrive."


def test_json_contract_and_exit_1_for_a_hard_reply(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(HARD, encoding="utf-8")
    code, out, err = run_cli(["check", str(draft), "--json"])
    assert code == 1 and err == ""
    data = json.loads(out)
    assert list(data) == ["verdict", "score", "findings", "lang"]
    assert data["verdict"] == "hard" and isinstance(data["score"], float)
    assert data["lang"] == "en"
    for finding in data["findings"]:
        assert list(finding)[:7] == [
            "rule",
            "category",
            "practice",
            "start",
            "end",
            "message",
            "suggestions",
        ]
        assert set(finding) <= {*list(finding)[:7], "advice"}
        assert isinstance(finding["suggestions"], list)
        # each suggestion is what Apply puts in at that place, so it reads in the sentence
        for words in finding["suggestions"]:
            fixed = HARD[: finding["start"]] + words + HARD[finding["end"] :]
            assert "  " not in fixed.strip()
    words = {HARD[f["start"] : f["end"]] for f in data["findings"]}
    assert {"No.", "You are wrong", "as I already said", "!!!"} <= words


def test_an_ok_reply_from_stdin_exits_0():
    code, out, _ = run_cli(["check", "-", "--json"], stdin=KIND)
    assert code == 0
    data = json.loads(out)
    assert {k: data[k] for k in ("verdict", "findings", "lang")} == {
        "verdict": "ok",
        "findings": [],
        "lang": "en",
    }
    # with no finding the score is the reply's tone, which never reaches a verdict
    assert 0 <= data["score"] < 0.12


def test_needs_care_exits_0_and_human_output_has_line_and_column():
    text = "Thanks for asking.\nPer our policy, refunds take 14 days. Let me know if you need more."
    code, out, _ = run_cli(["check", "-"], stdin=text)
    assert code == 0
    lines = out.splitlines()
    assert any(
        line.strip().startswith("2:1  Policy without the why (P3.6) “Per our policy”")
        for line in lines
    )
    assert "try: “I'm happy to explain the reason behind it if that helps.”" in out
    assert lines[-1].startswith("Verdict: needs care")


def test_reply_level_findings_are_marked_as_such():
    code, out, _ = run_cli(
        ["check", "-"],
        stdin="The parcel is delayed at the depot and the courier has no new date yet.",
    )
    assert code == 0
    assert "reply  No empathy (P4.1)" in out and "reply  No next step (P5.4)" in out


def test_each_check_is_counted_for_today_without_its_text(clock):
    run_cli(["check", "-"], stdin=HARD, clock=clock)
    run_cli(["check", "-"], stdin=KIND, clock=clock)
    from companion.core import days
    from companion.store import checks as checks_store
    from companion.store import open_store

    store = open_store()
    try:
        start, end = days.day_bounds(days.day_of(clock(), 4), 4)
        stats = checks_store.day_check_stats(store, start, end)
        assert stats.checks == 2
        assert "wrong" not in "\n".join(store.conn.iterdump())
    finally:
        store.close()


@pytest.mark.parametrize(
    ("argv", "stdin", "complaint"),
    [
        (["check"], None, "Give a FILE"),
        (["check", "-"], "   \n ", "Nothing to check"),
        (["check", "/no/such/file.txt"], None, "There is no file /no/such/file.txt"),
        (["check", "-", "--lang", "xx"], "hello there", "no checking rules"),
        (["check", "a.txt", "--clipboard"], None, "not both"),
        (["check", "-", "--bogus"], "hi", "unrecognized arguments"),
    ],
)
def test_input_and_usage_errors_exit_2_with_one_line(argv, stdin, complaint):
    code, out, err = run_cli(argv, stdin=stdin)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and complaint in err


def test_a_folder_is_not_a_file(tmp_path):
    code, _, err = run_cli(["check", str(tmp_path)])
    assert code == 2 and "folder" in err


def test_invalid_utf8_is_shown_as_replacement_characters(tmp_path):
    draft = tmp_path / "odd.txt"
    draft.write_bytes(b"Thanks! \xff\xfe You are wrong here!!!\n")
    code, out, err = run_cli(["check", str(draft), "--json"])
    assert code in (0, 1) and "not UTF-8" in err
    data = json.loads(out)
    text = b"Thanks! \xff\xfe You are wrong here!!!\n".decode("utf-8", errors="replace")
    assert "You are wrong" in {text[f["start"] : f["end"]] for f in data["findings"]}


def test_nul_bytes_are_binary_not_a_reply(tmp_path):
    draft = tmp_path / "odd.txt"
    draft.write_bytes(b"Thanks! You are wrong\x00 here!!!\n")
    code, out, err = run_cli(["check", str(draft), "--json"])
    assert (code, out) == (2, "")
    assert err == f"companion: {draft} is not text (it holds binary data).\n"


def test_a_huge_file_is_cut_and_the_user_told(tmp_path):
    draft = tmp_path / "big.txt"
    draft.write_text("Thanks, all good. " * 70_000, encoding="utf-8")
    code, out, err = run_cli(["check", str(draft), "--json"])
    assert code == 0 and "only the first 1,000,000 characters" in err
    assert json.loads(out)["verdict"] in ("ok", "care")


def test_disabled_rules_in_settings_apply(clock):
    from companion import settings

    settings.save(settings.Settings(disabled_rules=("shouting", "refusal-flat-no")))
    code, out, _ = run_cli(["check", "-", "--json"], stdin=HARD)
    assert code == 1
    categories = {f["category"] for f in json.loads(out)["findings"]}
    assert "shouting" not in categories and "refusal" not in categories
    assert "blame" in categories


def test_clipboard_without_the_app_and_without_text_is_a_clear_error():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    result = run_process("check", "--clipboard", env=env)
    assert result.returncode == 2, result.stderr
    assert "no text on the clipboard" in result.stderr
    assert result.stderr.count("\n") == 1


def test_the_entry_point_exits_1_for_a_hard_reply():
    result = run_process("check", "-", "--json", stdin=HARD)
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["verdict"] == "hard"


def test_clock_is_used_for_the_log(clock):
    clock.now = dt.datetime(2026, 1, 2, 12, 0, tzinfo=dt.UTC)
    run_cli(["check", "-"], stdin=KIND, clock=clock)
    from companion.store import checks as checks_store
    from companion.store import open_store

    store = open_store()
    try:
        [logged] = checks_store.checks_between(
            store, clock.now - dt.timedelta(minutes=1), clock.now + dt.timedelta(minutes=1)
        )
        assert logged.source == "stdin" and logged.verdict == "ok"
    finally:
        store.close()


def test_registering_the_command_does_not_load_the_checker():
    # The parser is built for every command, so `check` must not cost the checker's import.
    code = (
        "import argparse, sys\n"
        "from companion.cli import check\n"
        "check.register(argparse.ArgumentParser().add_subparsers())\n"
        "print('companion.core.checker' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_terminal_shows_rewrites_as_they_fit_and_advice_otherwise():
    code, out, _ = run_cli(["check", "-"], stdin="We ALWAYS answer within a day. As I said, no.")
    assert code in (0, 1)
    assert "{normal case}" not in out and "rarely" not in out
    assert "try: “always”" in out  # the capitals, in normal case
    assert "try: “To recap”" in out
