"""`--batch FILE|-`: JSON lines in, JSON lines out, one process for a whole library of texts.

Each input line is an object ``{"id": …, "text": …, "lang": … (optional)}``; each output line
is the command's own JSON for that text plus its ``"id"``, in input order. A line that cannot be
answered (not JSON, no text, a language with no rules) gets ``{"id": …, "error": "…"}`` and the
rest are still answered. Blank lines are skipped. Lines end at a line feed only: a text may hold
any other line break (U+2028, a form feed) inside its string.
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Callable
from pathlib import Path

from companion import paths
from companion.cli.context import Context
from companion.cli.i18n import Texts
from companion.cli.terminal import json_text
from companion.core.errors import CompanionError, InvalidInput
from companion.core.language import whole_characters

BATCH_LIMIT = 64 * 1024 * 1024
"""Most bytes a batch reads: a team's whole library of saved replies fits many times over."""

CliBatch = Texts("CliBatch")

log = logging.getLogger(__name__)

Answer = Callable[[str, str | None], dict[str, object]]
"""Answers one text (and the language the line names, if any) with the command's JSON."""


def read_batch(ctx: Context, source: str) -> str:
    """The whole batch as text: bytes that are not UTF-8 stand as U+FFFD in their line, as in a
    single check, unless so many are that the file is in another encoding (one clear error)."""
    if source == "-":
        return ctx.read_stdin(BATCH_LIMIT)
    if not source.strip():
        raise InvalidInput(
            CliBatch.tr("Give a FILE of JSON lines after --batch, or '-' for standard input.")
        )
    return paths.read_text_file(Path(source).expanduser(), BATCH_LIMIT, strict=False)[0]


def run_batch(ctx: Context, source: str, answer: Answer) -> int:
    """Answer every line of ``source``; exit 0 when every line was answered (errors included)."""
    for number, line in enumerate(read_batch(ctx, source).split("\n"), start=1):
        if not line.strip():
            continue
        ctx.out(json_text(_answer_line(line.removesuffix("\r"), number, answer)))
    return 0


def _finite(number: str) -> float:
    value = float(number)
    if not math.isfinite(value):
        raise ValueError("a number too large for JSON")
    return value


def _no_constant(name: str) -> object:
    raise ValueError(f"{name} is not JSON")


def _answer_line(line: str, number: int, answer: Answer) -> dict[str, object]:
    try:
        # NaN, Infinity and 1e400 are read by Python but are no JSON: echoed, they would make
        # an answer line other programs cannot read
        item = json.loads(line, parse_constant=_no_constant, parse_float=_finite)
    except json.JSONDecodeError as error:
        return {"id": None, "line": number, "error": f"not a JSON object ({error.msg})"}
    except (ValueError, RecursionError):  # a number of over 4,300 digits; arrays nested deep
        return {"id": None, "line": number, "error": "not a JSON object Companion can read"}
    if not isinstance(item, dict):
        return {"id": None, "line": number, "error": "not a JSON object"}
    identity = item.get("id")
    text, lang = item.get("text"), item.get("lang")
    if not isinstance(text, str):
        return {"id": identity, "line": number, "error": 'no "text" string'}
    if lang is not None and not isinstance(lang, str):
        return {"id": identity, "line": number, "error": '"lang" is not a string'}
    try:
        # an escape such as "\\udcff" leaves half a character, which no analyser takes
        result = answer(whole_characters(text), lang)
    except CompanionError as error:
        return {"id": identity, "line": number, "error": error.message}
    except Exception as error:  # one text the code cannot read must not cost the rest
        log.exception("batch line %d could not be answered", number)
        return {
            "id": identity,
            "line": number,
            "error": f"could not be read ({type(error).__name__}); the log has the details",
        }
    return {"id": identity, **result}
