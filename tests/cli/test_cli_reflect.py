"""`companion reframe detect`, `companion reflect show|add`, `companion export reflections`."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from companion.store import happy as happy_store
from companion.store import open_store
from tests.support import run_cli, run_process


def test_detect_json_contract_exactly() -> None:
    code, out, err = run_cli(
        ["reframe", "detect", "Everyone always blames me, it's my fault.", "--json"]
    )
    assert code == 0 and err == ""
    data = json.loads(out)
    assert list(data) == ["permanent", "pervasive", "personal", "suggestions"]
    assert data["permanent"] == [{"start": 9, "end": 15, "text": "always"}]
    assert data["pervasive"] == [{"start": 0, "end": 8, "text": "Everyone"}]
    assert data["personal"] == [{"start": 32, "end": 40, "text": "my fault"}]
    assert list(data["suggestions"]) == ["permanent", "pervasive", "personal"]
    assert data["suggestions"]["personal"] == "Everyone always blames me, it's not only down to me."


def test_detect_reads_standard_input() -> None:
    code, out, _ = run_cli(["reframe", "detect", "--json"], stdin="The parcel was late.")
    assert code == 0
    assert json.loads(out) == {
        "permanent": [],
        "pervasive": [],
        "personal": [],
        "suggestions": {"permanent": None, "pervasive": None, "personal": None},
    }
    code, out, _ = run_cli(["reframe", "detect", "-"], stdin="> always happy to help\nI'm useless")
    assert code == 0
    assert "Personal" in out and "“I'm useless”" in out and "always" not in out
    assert "Try: I'm having a hard day." in out


def test_detect_plain_output_says_when_nothing_is_found() -> None:
    code, out, _ = run_cli(["reframe", "detect", "I'm not bad at this"])
    assert code == 0 and out.strip() == "No permanent, pervasive or personal wording found."


def test_detect_refuses_huge_input_with_exit_2() -> None:
    code, out, err = run_cli(["reframe", "detect", "-"], stdin="x" * 30_000)
    assert code == 2 and out == "" and "limited to" in err


def test_reflect_add_then_show(clock) -> None:  # type: ignore[no-untyped-def]
    run_cli(["log", "+"], clock)
    run_cli(["log", "-"], clock)
    code, out, err = run_cli(
        [
            "reflect",
            "add",
            "--mood",
            "4",
            "--energy",
            "2",
            "--well",
            "a thank-you",
            "--hard",
            "refund",
        ],
        clock,
    )
    assert code == 0 and out.startswith("Saved the reflection for") and err == ""
    code, out, _ = run_cli(
        ["reflect", "add", "--mood", "3", "--energy", "2", "--note", "late"], clock
    )
    assert code == 0 and out.startswith("Updated the reflection")
    code, out, _ = run_cli(["reflect", "show", "--json"], clock)
    data = json.loads(out)
    assert data["day"] == clock().astimezone().date().isoformat()
    assert data["reflection"] == {
        "mood": 3,
        "energy": 2,
        "well": "a thank-you",  # kept: not given the second time
        "hard": "refund",
        "improve": "",
        "note": "late",
    }
    summary = data["summary"]
    assert (summary["positive"], summary["negative"], summary["ratio"]) == (1, 1, 1.0)
    assert summary["state"] == "below"
    assert summary["replies_checked"] == 0 and summary["cooloffs_taken"] == 0
    assert summary["happy_added"] == 0
    code, out, _ = run_cli(["reflect", "show"], clock)
    assert "Mood: 3/5   Energy: 2/5" in out and "a thank-you" in out


def test_reflect_show_counts_happy_entries(clock) -> None:  # type: ignore[no-untyped-def]
    store = open_store()
    try:
        happy_store.add_happy(store, "You are wonderful", clock())
    finally:
        store.close()
    data = json.loads(run_cli(["reflect", "show", "--json"], clock)[1])
    assert data["summary"]["happy_added"] == 1
    assert data["reflection"] is None


def test_reflect_add_refuses_bad_mood_and_bad_day(clock) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run_cli(["reflect", "add", "--mood", "7", "--energy", "2"], clock)
    assert code == 2 and "Mood is 1 to 5" in err
    code, _, err = run_cli(["reflect", "add", "--energy", "2"], clock)
    assert code == 2 and "--mood" in err
    code, _, err = run_cli(["reflect", "show", "yesterday"], clock)
    assert code == 2 and "YYYY-MM-DD" in err


def test_export_reflections_markdown_and_csv(clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    today = clock().astimezone().date().isoformat()
    run_cli(["log", "+"], clock)
    run_cli(["reflect", "add", "--mood", "5", "--energy", "4", "--improve", "ask sooner"], clock)
    code, out, _ = run_cli(["export", "reflections", "--format", "md"], clock)
    assert code == 0
    assert out.startswith(f"# Reflections: {today} to {today}")
    assert "**One thing to improve:** ask sooner" in out
    target = tmp_path / "r.csv"
    code, out, err = run_cli(
        [
            "export",
            "reflections",
            "--format",
            "csv",
            "--from",
            today,
            "--to",
            today,
            "-o",
            str(target),
        ],
        clock,
    )
    assert code == 0 and out == "" and "Exported 1 days" in err
    [row] = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert row["day"] == today and row["mood"] == "5" and row["improve"] == "ask sooner"
    code, _, err = run_cli(
        ["export", "reflections", "--format", "csv", "--from", today, "--to", "2000-01-01"], clock
    )
    assert code == 2 and "before it starts" in err
    code, _, err = run_cli(["export", "reflections", "--format", "pdf"], clock)
    assert code == 2


def test_export_group_lists_both_subjects(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as exited:
        run_cli(["export", "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert "reflections" in out and "happy" in out


def test_detect_as_a_real_process(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run_process("reframe", "detect", "--json", stdin="Nobody ever listens to me")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["pervasive"] == [{"start": 0, "end": 6, "text": "Nobody"}]


def test_registering_the_commands_loads_no_word_lists_or_exports() -> None:
    code = (
        "import sys, argparse\n"
        "from companion.cli import reflect\n"
        "reflect.register(argparse.ArgumentParser().add_subparsers())\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('companion'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert "companion.cli.reflect" in loaded
    assert not loaded & {"companion.core.reframe", "companion.core.reflection"}


@pytest.mark.parametrize(
    "argv",
    [
        ["reflect", "show", "0001-01-01"],
        ["reflect", "show", "9999-12-31", "--json"],
        ["export", "reflections", "--format", "csv", "--from", "0001-01-01", "--to", "0002-01-01"],
    ],
)
def test_days_at_the_edge_of_the_calendar_are_an_input_error(argv: list[str]) -> None:
    code, _out, err = run_cli(argv)
    assert code == 2
    assert "outside the years" in err and len(err.strip().splitlines()) == 1
