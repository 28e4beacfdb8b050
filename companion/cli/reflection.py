"""`companion reflect show|add` and `companion export reflections`."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from companion.cli import i18n
from companion.cli.context import Context
from companion.cli.export import add_output_argument, export_subjects, write_output
from companion.cli.i18n import Texts
from companion.cli.ratio import format_ratio, format_target, state_words
from companion.cli.terminal import json_text, visible
from companion.core import days
from companion.core.errors import InvalidInput

if TYPE_CHECKING:
    # The parser is built for every command, so the reflection's summaries and exports are
    # loaded only by the handlers that use them.
    from companion.core.reflection import DaySummary, Reflection

CliReflect = Texts("CliReflect")


def register(subparsers: Any) -> None:
    reflect = subparsers.add_parser(
        "reflect",
        help=CliReflect.tr("the end-of-shift reflection: show a day or write today's"),
        description=CliReflect.tr("One reflection per day (P1.6), beside the day's numbers."),
    )
    reflect_actions = reflect.add_subparsers(
        dest="reflect_command", metavar="ACTION", required=True, parser_class=type(reflect)
    )
    show = reflect_actions.add_parser(
        "show", help=CliReflect.tr("a day's numbers and reflection (today by default)")
    )
    show.add_argument("day", nargs="?", help=CliReflect.tr("YYYY-MM-DD (default: today)"))
    show.add_argument("--json", action="store_true", help=CliReflect.tr("print JSON"))
    show.set_defaults(handler=cmd_show, forward=False)

    add = reflect_actions.add_parser(
        "add",
        help=CliReflect.tr("write today's reflection (again: updates it)"),
        description=CliReflect.tr(
            "Write today's reflection. Saving again the same day updates the entry; answers "
            "you leave out keep what was saved before."
        ),
    )
    scale = CliReflect.tr("1 (low) to 5 (high)")
    add.add_argument("--mood", type=int, required=True, metavar="N", help=scale)
    add.add_argument("--energy", type=int, required=True, metavar="N", help=scale)
    add.add_argument("--well", metavar="T", help=CliReflect.tr("what went well"))
    add.add_argument("--hard", metavar="T", help=CliReflect.tr("the hardest moment"))
    add.add_argument("--improve", metavar="T", help=CliReflect.tr("one thing to improve"))
    add.add_argument("--note", metavar="T", help=CliReflect.tr("a free note"))
    add.set_defaults(handler=cmd_add, forward=True)

    export = export_subjects(subparsers).add_parser(
        "reflections",
        help=CliReflect.tr("reflections with the day's numbers, as Markdown or CSV"),
        description=CliReflect.tr(
            "Export reflections and each day's numbers. Days with a reflection or any log in "
            "the range are included. Unknown numbers are '—' in Markdown and empty in CSV."
        ),
    )
    export.add_argument("--format", "-f", choices=["md", "csv"], required=True)
    export.add_argument(
        "--from", dest="first", metavar="D", help=CliReflect.tr("first day, YYYY-MM-DD")
    )
    export.add_argument(
        "--to", dest="last", metavar="D", help=CliReflect.tr("last day (default: today)")
    )
    export.add_argument(
        "--bom",
        action="store_true",
        help=CliReflect.tr("start the CSV with a byte order mark, so Excel reads it as UTF-8"),
    )
    add_output_argument(export)
    export.set_defaults(handler=cmd_export, forward=False)


# Days whose bounds the system clock can convert (year 1 or 9999 overflow at the edges).
FIRST_YEAR, LAST_YEAR = 1970, 9998


def parse_day(text: str) -> dt.date:
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError as error:
        raise InvalidInput(
            CliReflect.tr("%1 is not a day; write it as YYYY-MM-DD.").arg(repr(text))
        ) from error
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InvalidInput(
            CliReflect.tr("%1 is outside the years %2–%3.").arg(repr(text), FIRST_YEAR, LAST_YEAR)
        )
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
    ctx.out(i18n.year_day_text(day))
    for label, value in summary_lines(summary):
        ctx.out(CliReflect.tr("  %1: %2", "a label and its value").arg(label, value))
    if reflection is None:
        ctx.out(CliReflect.tr("No reflection for this day yet."))
        return 0
    ctx.out(
        CliReflect.tr("  Mood: %1   Energy: %2").arg(
            _scale(reflection.mood), _scale(reflection.energy)
        )
    )
    for label, text in (
        (CliReflect.tr("What went well"), reflection.well),
        (CliReflect.tr("Hardest moment"), reflection.hard),
        (CliReflect.tr("One thing to improve"), reflection.improve),
        (CliReflect.tr("Note"), reflection.note),
    ):
        if text:
            ctx.out(CliReflect.tr("%1:", "a heading before the text").arg(label))
            for line in text.splitlines():
                ctx.out(f"  {visible(line)}")
    return 0


def summary_lines(summary: DaySummary) -> list[tuple[str, str]]:
    """(label, value) pairs in the order the summary shows them (core's DaySummary.lines, in
    the user's language)."""
    if summary.positives + summary.negatives == 0:
        ratio = CliReflect.tr("no logs (target %1)").arg(format_target(summary.target))
    else:
        ratio = CliReflect.tr("%1 (target %2, %3)").arg(
            format_ratio(summary.positives, summary.negatives),
            format_target(summary.target),
            state_words(summary.state),
        )
    return [
        (CliReflect.tr("Positive"), i18n.number(summary.positives)),
        (CliReflect.tr("Negative"), i18n.number(summary.negatives)),
        (CliReflect.tr("Ratio"), ratio),
        (CliReflect.tr("Replies checked"), _count(summary.checks)),
        (CliReflect.tr("Cool-offs taken"), _count(summary.cooloffs_taken)),
        (CliReflect.tr("Cool-offs skipped"), _count(summary.cooloffs_skipped)),
        (CliReflect.tr("Happy-file entries added"), _count(summary.happy_added)),
    ]


def _count(value: int | None) -> str:
    return "—" if value is None else i18n.number(value)


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
    if saved.updated:
        ctx.out(CliReflect.tr("Updated the reflection for %1.").arg(i18n.year_day_text(day)))
    else:
        ctx.out(CliReflect.tr("Saved the reflection for %1.").arg(i18n.year_day_text(day)))
    return 0


# ---- export reflections --------------------------------------------------------------------


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.reflection import render_csv, render_markdown
    from companion.store import reflection as reflection_store

    if args.bom and args.format != "csv":
        raise InvalidInput(
            CliReflect.tr("--bom is for --format csv (Excel needs it; Markdown does not).")
        )
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
        if len(rows) == 1:
            done = CliReflect.tr("Exported 1 day to %2.")
        else:
            done = CliReflect.tr("Exported %L1 days to %2.")
        ctx.err(visible(done.arg(len(rows), args.output)))
    return 0
