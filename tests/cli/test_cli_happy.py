"""`companion happy …`, `export happy`, `import happy`, through the entry point."""

from __future__ import annotations

import json
import os
from pathlib import Path

from companion.store import happy as happy_store
from companion.store import open_store
from tests.support import run_cli, run_process


def test_add_redacts_by_default_and_reports_it(clock) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli(
        [
            "happy",
            "add",
            "Thank you! Reach me at sam@example.com or +1 415 555 2671.",
            "--note",
            "first day",
            "--tag",
            "Billing",
            "--tag",
            "launch",
        ],
        clock,
    )
    assert (code, err) == (0, "")
    assert "Saved to your happy file (#1)." in out
    assert "Hidden: 1 e-mail, 1 phone number." in out
    store = open_store()
    try:
        [entry] = happy_store.search_happy(store)
    finally:
        store.close()
    assert entry.quote == "Thank you! Reach me at [email] or [phone]."
    assert entry.note == "first day" and entry.tags == ("billing", "launch")


def test_add_no_redact_and_stdin(clock) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli(["happy", "add", "-", "--no-redact"], clock, stdin="Write to jo@x.io\n")
    assert code == 0 and "Hidden" not in out
    code, out, _ = run_cli(["happy", "search", "jo", "--json"], clock)
    assert json.loads(out)[0]["quote"] == "Write to jo@x.io"


def test_add_needs_something(clock) -> None:  # type: ignore[no-untyped-def]
    code, _, err = run_cli(["happy", "add"], clock)
    assert code == 2 and "Give the quote" in err
    code, _, err = run_cli(["happy", "add", "-"], clock, stdin="   ")
    assert code == 2 and "nothing to save" in err
    code, _, err = run_cli(["happy", "add", "x", "--clipboard"], clock)
    assert code == 2 and "not allowed with" in err


def test_add_caps_huge_input(clock) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli(["happy", "add", "-"], clock, stdin="kind words " * 300_000)
    assert code == 0 and "only the first 20,000 characters were kept" in out


def test_search_json_contract(clock) -> None:  # type: ignore[no-untyped-def]
    run_cli(["happy", "add", "You are wonderful", "--tag", "kind"], clock)
    clock.advance(minutes=1)
    run_cli(["happy", "add", "Fast and friendly help", "--star"], clock)
    code, out, err = run_cli(["happy", "search", "--json"], clock)
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert [d["quote"] for d in data] == ["Fast and friendly help", "You are wonderful"]
    assert set(data[0]) >= {"id", "created", "quote", "note", "tags", "starred"}
    assert data[0]["starred"] is True and data[1]["tags"] == ["kind"]
    assert data[0]["created"].endswith("Z")
    code, out, _ = run_cli(["happy", "search", "wonder", "--json"], clock)
    assert [d["quote"] for d in json.loads(out)] == ["You are wonderful"]
    code, out, _ = run_cli(["happy", "search", "--starred"], clock)
    assert "Fast and friendly help" in out and "wonderful" not in out


def test_search_takes_fts_syntax_as_words(clock) -> None:  # type: ignore[no-untyped-def]
    run_cli(["happy", "add", "Thanks NEAR the end"], clock)
    for query in ['"', "*", "NEAR(", "-", "a OR b", '"unbalanced', ")"]:
        code, out, err = run_cli(["happy", "search", query, "--json"], clock)
        assert code == 0 and err == "", query
        assert isinstance(json.loads(out), list)
    code, out, _ = run_cli(["happy", "search", "NEAR", "--json"], clock)
    assert len(json.loads(out)) == 1


def test_random(clock) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli(["happy", "random"], clock)
    assert code == 0 and "empty" in out
    assert json.loads(run_cli(["happy", "random", "--json"], clock)[1]) is None
    run_cli(["happy", "add", "Only one", "--note", "because"], clock)
    code, out, _ = run_cli(["happy", "random"], clock)
    assert "Only one" in out and "because" in out
    assert json.loads(run_cli(["happy", "random", "--json"], clock)[1])["quote"] == "Only one"


def test_export_and_import_round_trip(clock, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    run_cli(["happy", "add", "<b>Bold</b> thanks & more", "--tag", "kind", "--star"], clock)
    clock.advance(minutes=1)
    run_cli(["happy", "add", "Second"], clock)
    store = open_store()
    try:
        happy_store.add_phrase(store, "can-do", "Here's what I can do.", clock())
    finally:
        store.close()

    target = tmp_path / "kudos.html"
    code, _, err = run_cli(["export", "happy", "--format", "html", "-o", str(target)], clock)
    assert code == 0 and "Exported 2 entries" in err
    page = target.read_text(encoding="utf-8")
    assert "&lt;b&gt;Bold&lt;/b&gt; thanks &amp; more" in page and "<article" in page

    code, out, _ = run_cli(["export", "happy", "--format", "md", "--starred"], clock)
    assert code == 0 and "Bold" in out and "Second" not in out

    dump = tmp_path / "happy.json"
    assert run_cli(["export", "happy", "--format", "json", "-o", str(dump)], clock)[0] == 0
    assert json.loads(dump.read_text())["phrases"][0]["text"] == "Here's what I can do."
    code, out, _ = run_cli(["import", "happy", str(dump)], clock)
    assert code == 0 and "Imported 0 new entries, 2 already there." in out

    # A second machine: everything arrives once.
    monkeypatch.setenv("COMPANION_DATA_DIR", str(tmp_path / "second"))
    code, out, _ = run_cli(["import", "happy", str(dump)], clock)
    assert "Imported 2 new entries, 0 already there." in out
    assert "Phrases: 1 new, 0 already there." in out
    code, out, _ = run_cli(["import", "happy", str(dump)], clock)
    assert "Imported 0 new entries, 2 already there." in out


def test_import_bad_file_is_one_clear_line(clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "something else"}')
    code, out, err = run_cli(["import", "happy", str(bad)], clock)
    assert code == 2 and out == ""
    assert err.strip() == "companion: This file is not a Companion happy-file export."
    code, _, err = run_cli(["import", "happy", str(tmp_path / "missing.json")], clock)
    assert code == 2 and "There is no file" in err


def test_export_needs_a_subject_and_format(clock) -> None:  # type: ignore[no-untyped-def]
    assert run_cli(["export"], clock)[0] == 2
    assert run_cli(["export", "happy"], clock)[0] == 2
    assert run_cli(["export", "happy", "--format", "pdf"], clock)[0] == 2


def test_subprocess_search_json(tmp_path: Path) -> None:
    env = {**os.environ, "COMPANION_DATA_DIR": str(tmp_path / "sub")}
    add = run_process("happy", "add", "-", stdin="Lovely people", env=env)
    assert add.returncode == 0, add.stderr
    result = run_process("happy", "search", "lovely", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["quote"] == "Lovely people"


def test_add_refuses_binary_input(clock) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run_cli(["happy", "add", "-"], clock, stdin="\x89PNG\x00\x00binary")
    assert code == 2 and out == "" and "not text" in err
    assert run_cli(["happy", "search", "--json"], clock)[1].strip() == "[]"
