"""Helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

import datetime as dt
import io
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
