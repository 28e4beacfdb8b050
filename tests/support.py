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
