"""`companion reflect show|add` and `companion export reflections`."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys

import pytest

from companion.store import happy as happy_store
from companion.store import open_store
from tests.support import run_cli


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
    assert code == 0 and out == "" and "Exported 1 day to" in err
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


def test_registering_the_commands_loads_no_word_lists_or_exports() -> None:
    code = (
        "import sys, argparse\n"
        "from companion.cli import reflection, reframe\n"
        "subparsers = argparse.ArgumentParser().add_subparsers()\n"
        "reflection.register(subparsers)\n"
        "reframe.register(subparsers)\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith('companion'))))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(done.stdout.split())
    assert {"companion.cli.reflection", "companion.cli.reframe"} <= loaded
    heavy = {"companion.core.reframe", "companion.core.reflection", "companion.store.reflection"}
    assert not loaded & heavy


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


def test_export_reflections_csv_for_excel_starts_with_a_byte_order_mark(clock, tmp_path) -> None:  # type: ignore[no-untyped-def]
    run_cli(["reflect", "add", "--mood", "4", "--energy", "3", "--well", "Café — merci"], clock)
    target = tmp_path / "reflections.csv"
    code, _, _ = run_cli(
        ["export", "reflections", "--format", "csv", "--bom", "-o", str(target)], clock
    )
    assert code == 0
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbfday,mood,")
    [row] = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert row["went_well"] == "Café — merci"
    code, out, _ = run_cli(["export", "reflections", "--format", "csv"], clock)
    assert code == 0 and out.startswith("day,mood,"), "no mark unless asked"
    code, _, err = run_cli(["export", "reflections", "--format", "md", "--bom"], clock)
    assert code == 2 and "--bom is for --format csv" in err
