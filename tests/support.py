"""Helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from collections.abc import Callable

from companion.cli import main
from companion.cli.context import Context
from companion.core.reframe import Dimension, detect


def run_cli(
    argv: list[str],
    clock: Callable[[], dt.datetime] | None = None,
    stdin: str | None = None,
) -> tuple[int, str, str]:
    """Run `companion ARGV` in-process: exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    ctx = Context(stdout=out, stderr=err, stdin_text=stdin)
    if clock is not None:
        ctx.clock = clock
    code = main(argv, ctx)
    return code, out.getvalue(), err.getvalue()


def run_process(
    *argv: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m companion ARGV` as its own process, as a desktop shortcut would."""
    return subprocess.run(
        [sys.executable, "-m", "companion", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        env=dict(os.environ) if env is None else env,
        timeout=60,
        check=False,
    )


class ServiceSession:
    """A services.Session over a test's store and clock; ``heard`` is every change it
    announced, in order."""

    def __init__(self, store: object, clock: Callable[[], dt.datetime]) -> None:
        from companion.services import Change, Changes

        self.store, self.clock, self.changes = store, clock, Changes()
        self.heard: list[Change] = []
        self.changes.listen(self.heard.append)

    def now(self) -> dt.datetime:
        return self.clock()


def log_from_another_process(db_path: object, when: dt.datetime, positive: bool) -> None:
    """Insert one interaction with plain sqlite3 from a process of its own (no Companion code,
    no hand-off): the app can only learn of it from the database itself."""
    from companion.core.days import utc_iso

    code = (
        "import sqlite3, sys\n"
        "c = sqlite3.connect(sys.argv[1])\n"
        "c.execute('INSERT INTO interactions (created, positive) VALUES (?, ?)',"
        " (sys.argv[2], int(sys.argv[3])))\n"
        "c.commit()\n"
    )
    subprocess.run(
        [sys.executable, "-c", code, str(db_path), utc_iso(when), str(int(positive))],
        check=True,
        timeout=60,
    )


def one_rule_pack(**rule: object) -> dict[str, object]:
    """A rule pack (as parsed TOML) holding one rule; keyword arguments override its fields."""
    base: dict[str, object] = {
        "id": "r1",
        "category": "blame",
        "practice": "P3.1",
        "severity": "care",
        "patterns": ["wrong"],
        "message": "m",
        "why": "w",
    }
    base.update(rule)
    return {"pack": {"lang": "zz"}, "rule": [base]}


def assert_kind_marked(thought: str, lang: str, cue: str, dimension: Dimension) -> None:
    """The reframe detector marks ``thought`` with ``cue`` alone for ``dimension``, as the
    agent's own thought."""
    found = detect(thought, lang).of(dimension)
    assert [m.cue for m in found] == [cue], thought
    assert all(m.about_self for m in found)


def assert_rewritten_as(thought: str, lang: str, dimension: Dimension, expected: str) -> None:
    """The rewrite offered for ``dimension`` is ``expected``: a full sentence without the
    marked words, and with nothing of the agent's own left to mark."""
    detection = detect(thought, lang)
    suggestion = detection.suggestions[dimension]
    assert suggestion == expected
    assert suggestion[0].isupper()
    assert suggestion.rstrip()[-1] in ".;?!"
    for marking in detection.of(dimension):
        assert marking.text.casefold() not in suggestion.casefold()
    assert [m.text for m in detect(suggestion, lang).markings if m.about_self] == []
