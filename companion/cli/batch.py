"""`--batch FILE|-`: JSON lines in, JSON lines out, one process for a whole library of texts.

Each input line is an object ``{"id": …, "text": …, "lang": … (optional)}``; each output line
is the command's own JSON for that text plus its ``"id"``, in input order. A line that cannot be
answered (not JSON, no text, a language with no rules) gets ``{"id": …, "error": "…"}`` and the
rest are still answered. Blank lines are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from companion import paths
from companion.cli.context import Context
from companion.cli.i18n import Texts
from companion.cli.terminal import json_text
from companion.core.errors import CompanionError, InvalidInput

BATCH_LIMIT = 64 * 1024 * 1024
"""Most bytes a batch reads: a team's whole library of saved replies fits many times over."""

CliBatch = Texts("CliBatch")

Answer = Callable[[str, str | None], dict[str, object]]
"""Answers one text (and the language the line names, if any) with the command's JSON."""


def read_batch(ctx: Context, source: str) -> str:
    if source == "-":
        return ctx.read_stdin(BATCH_LIMIT, strict=True)
    if not source.strip():
        raise InvalidInput(
            CliBatch.tr("Give a FILE of JSON lines after --batch, or '-' for standard input.")
        )
    return paths.read_text_file(Path(source).expanduser(), BATCH_LIMIT, strict=True)[0]


def run_batch(ctx: Context, source: str, answer: Answer) -> int:
    """Answer every line of ``source``; exit 0 when every line was answered (errors included)."""
    for number, line in enumerate(read_batch(ctx, source).splitlines(), start=1):
        if not line.strip():
            continue
        ctx.out(json_text(_answer_line(line, number, answer)))
    return 0


def _answer_line(line: str, number: int, answer: Answer) -> dict[str, object]:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as error:
        return {"id": None, "line": number, "error": f"not a JSON object ({error.msg})"}
    except (ValueError, RecursionError):  # a number of over 4,300 digits; arrays nested deep
        return {"id": None, "line": number, "error": "not a JSON object Companion can read"}
    if not isinstance(item, dict):
        return {"id": None, "line": number, "error": "not a JSON object"}
    identity = item.get("id")
    text, lang = item.get("text"), item.get("lang")
    if not isinstance(text, str):
        return {"id": identity, "error": 'no "text" string'}
    if lang is not None and not isinstance(lang, str):
        return {"id": identity, "error": '"lang" is not a string'}
    try:
        result = answer(text, lang)
    except CompanionError as error:
        return {"id": identity, "error": error.message}
    return {"id": identity, **result}
