"""`companion reflect show|add` and `companion export reflections`."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from companion.cli.context import Context
from companion.cli.export import add_output_argument, export_subjects, write_output
from companion.cli.terminal import json_text, visible
from companion.core import days
from companion.core.errors import InvalidInput

if TYPE_CHECKING:
    # The parser is built for every command, so the reflection's summaries and exports are
    # loaded only by the handlers that use them.
    from companion.core.reflection import DaySummary, Reflection


def register(subparsers: Any) -> None:
    reflect = subparsers.add_parser(
        "reflect",
        help="the end-of-shift reflection: show a day or write today's",
        description="One reflection per day (P1.6), beside the day's numbers.",
    )
    reflect_actions = reflect.add_subparsers(
        dest="reflect_command", metavar="ACTION", required=True, parser_class=type(reflect)
    )
    show = reflect_actions.add_parser(
        "show", help="a day's numbers and reflection (today by default)"
    )
    show.add_argument("day", nargs="?", help="YYYY-MM-DD (default: today)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(handler=cmd_show, forward=False)

    add = reflect_actions.add_parser(
        "add",
        help="write today's reflection (again: updates it)",
        description=(
            "Write today's reflection. Saving again the same day updates the entry; answers "
            "you leave out keep what was saved before."
        ),
    )
    add.add_argument("--mood", type=int, required=True, metavar="N", help="1 (low) to 5 (high)")
    add.add_argument("--energy", type=int, required=True, metavar="N", help="1 (low) to 5 (high)")
    add.add_argument("--well", metavar="T", help="what went well")
    add.add_argument("--hard", metavar="T", help="the hardest moment")
    add.add_argument("--improve", metavar="T", help="one thing to improve")
    add.add_argument("--note", metavar="T", help="a free note")
    add.set_defaults(handler=cmd_add, forward=True)

    export = export_subjects(subparsers).add_parser(
        "reflections",
        help="reflections with the day's numbers, as Markdown or CSV",
        description=(
            "Export reflections and each day's numbers. Days with a reflection or any log in "
            "the range are included. Unknown numbers are '—' in Markdown and empty in CSV."
        ),
    )
    export.add_argument("--format", "-f", choices=["md", "csv"], required=True)
    export.add_argument("--from", dest="first", metavar="D", help="first day, YYYY-MM-DD")
    export.add_argument("--to", dest="last", metavar="D", help="last day (default: today)")
    export.add_argument(
        "--bom",
        action="store_true",
        help="start the CSV with a byte order mark, so Excel reads it as UTF-8",
    )
    add_output_argument(export)
    export.set_defaults(handler=cmd_export, forward=False)


# Days whose bounds the system clock can convert (year 1 or 9999 overflow at the edges).
FIRST_YEAR, LAST_YEAR = 1970, 9998


def parse_day(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError as error:
        raise InvalidInput(f"{text!r} is not a day; write it as YYYY-MM-DD.") from error
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InvalidInput(f"{text!r} is outside the years {FIRST_YEAR}–{LAST_YEAR}.")
    return day


def _today(ctx: Context) -> dt.date:
    return days.day_of(ctx.clock(), ctx.settings.day_start_hour)


# ---- reflect show / add --------------------------------------------------------------------


def summary_json(summary: DaySummary) -> dict[str, Any]:
    ratio = summary.ratio
    return {
        "positive": summary.positives,
        "negative": summary.negatives,
        "ratio": None if ratio is None else round(ratio, 4),
        "target": float(summary.target),
        "state": summary.state.value,
        "replies_checked": summary.checks,
        "cooloffs_taken": summary.cooloffs_taken,
        "cooloffs_skipped": summary.cooloffs_skipped,
        "happy_added": summary.happy_added,
    }


def reflection_json(reflection: Reflection | None) -> dict[str, Any] | None:
    if reflection is None:
        return None
    return {
        "mood": reflection.mood,
        "energy": reflection.energy,
        "well": reflection.well,
        "hard": reflection.hard,
        "improve": reflection.improve,
        "note": reflection.note,
    }


def cmd_show(args: argparse.Namespace, ctx: Context) -> int:
    from companion.store import reflection as reflection_store

    day = parse_day(args.day) if args.day else _today(ctx)
    settings = ctx.settings
    summary = reflection_store.day_summary(ctx.store, day, settings.target, settings.day_start_hour)
    reflection = reflection_store.get_reflection(ctx.store, day)
    if args.json:
        data = {
            "day": day.isoformat(),
            "summary": summary_json(summary),
            "reflection": reflection_json(reflection),
        }
        ctx.out(json_text(data))
        return 0
    ctx.out(f"{day:%A %d %B %Y}")
    for label, value in summary.lines():
        ctx.out(f"  {label}: {value}")
    if reflection is None:
        ctx.out("No reflection for this day yet.")
        return 0
    ctx.out(f"  Mood: {_scale(reflection.mood)}   Energy: {_scale(reflection.energy)}")
    for label, text in (
        ("What went well", reflection.well),
        ("Hardest moment", reflection.hard),
        ("One thing to improve", reflection.improve),
        ("Note", reflection.note),
    ):
        if text:
            ctx.out(f"{label}:")
            for line in text.splitlines():
                ctx.out(f"  {visible(line)}")
    return 0


def _scale(value: int | None) -> str:
    return "—" if value is None else f"{value}/5"


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.reflection import Reflection
    from companion.services import reflection as reflection_service
    from companion.store import reflection as reflection_store

    day = _today(ctx)
    before = reflection_store.get_reflection(ctx.store, day) or Reflection(day)

    def kept(value: str | None, old: str) -> str:
        return old if value is None else value

    reflection = Reflection(
        day,
        mood=args.mood,
        energy=args.energy,
        well=kept(args.well, before.well),
        hard=kept(args.hard, before.hard),
        improve=kept(args.improve, before.improve),
        note=kept(args.note, before.note),
    )
    saved = reflection_service.save_reflection(ctx, reflection)
    verb = "Updated" if saved.updated else "Saved"
    ctx.out(f"{verb} the reflection for {day:%A %d %B %Y}.")
    return 0


# ---- export reflections --------------------------------------------------------------------


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.reflection import render_csv, render_markdown
    from companion.store import reflection as reflection_store

    if args.bom and args.format != "csv":
        raise InvalidInput("--bom is for --format csv (Excel needs it; Markdown does not).")
    last = parse_day(args.last) if args.last else _today(ctx)
    if args.first:
        first = parse_day(args.first)
    else:
        earliest = reflection_store.first_reflection_day(ctx.store)
        first = earliest if earliest is not None and earliest <= last else last
    settings = ctx.settings
    rows = reflection_store.reflected_range(
        ctx.store, first, last, settings.target, settings.day_start_hour
    )
    text = render_markdown(rows) if args.format == "md" else render_csv(rows, bom=args.bom)
    write_output(ctx, text, args.output)
    if args.output and args.output != "-":
        ctx.err(visible(f"Exported {len(rows)} days to {args.output}."))
    return 0
