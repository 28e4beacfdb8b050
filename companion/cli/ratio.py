"""`companion log`, `companion undo`, `companion today`."""

from __future__ import annotations

import argparse
import json
from typing import Any

from companion.cli.context import Context
from companion.core import days
from companion.core.ratio import DayRatio, format_ratio, format_target
from companion.core.wording import state_words
from companion.services import ratio as ratio_service
from companion.store import ratio as ratio_store


def register(subparsers: Any) -> None:
    log = subparsers.add_parser(
        "log",
        help="log an interaction as positive (+) or negative (-)",
        description=(
            "Log one interaction. With the app running, its window and tray update at once."
        ),
    )
    log.add_argument("sign", choices=["+", "-"], help="+ for positive, - for negative")
    log.add_argument("--topic", "-t", help='what it was about, e.g. "billing" (optional)')
    log.add_argument("--note", "-n", help="a one-line note (optional)")
    log.set_defaults(handler=cmd_log, forward=True)

    undo = subparsers.add_parser("undo", help="undo today's last log")
    undo.set_defaults(handler=cmd_undo, forward=True)

    today = subparsers.add_parser("today", help="today's counts and ratio against the target")
    today.add_argument("--json", action="store_true", help="print JSON")
    today.set_defaults(handler=cmd_today, forward=False)


def today_ratio(ctx: Context) -> DayRatio:
    settings = ctx.settings
    day = days.day_of(ctx.clock(), settings.day_start_hour)
    return ratio_store.day_ratio(ctx.store, day, settings.target, settings.day_start_hour)


def describe(day: DayRatio) -> str:
    """One line: counts, ratio, target, state and what it takes to reach the target."""
    if day.total == 0:
        return f"no logs yet (target {format_target(day.target)})"
    text = (
        f"+{day.positive} / -{day.negative}  ratio {format_ratio(day.positive, day.negative)}  "
        f"target {format_target(day.target)}  {state_words(day.state)}"
    )
    if day.needed:
        plural = "positive" if day.needed == 1 else "positives"
        text += f" ({day.needed} more {plural} to reach it)"
    return text


def cmd_log(args: argparse.Namespace, ctx: Context) -> int:
    ratio_service.log_interaction(ctx, args.sign == "+", topic=args.topic, note=args.note)
    ctx.out(
        f"Logged {'positive' if args.sign == '+' else 'negative'}. "
        f"Today: {describe(today_ratio(ctx))}"
    )
    return 0


def cmd_undo(args: argparse.Namespace, ctx: Context) -> int:
    settings = ctx.settings
    now = ctx.clock()
    start, _ = days.day_bounds(days.day_of(now, settings.day_start_hour), settings.day_start_hour)
    removed = ratio_service.undo_last(ctx, since=start)
    if removed is None:
        ctx.out("Nothing to undo today.")
        return 0
    sign = "positive" if removed.positive else "negative"
    ctx.out(f"Removed the last {sign} log. Today: {describe(today_ratio(ctx))}")
    return 0


def cmd_today(args: argparse.Namespace, ctx: Context) -> int:
    day = today_ratio(ctx)
    if args.json:
        ctx.out(json.dumps(day.as_json()))
    else:
        ctx.out(f"{day.day:%a %d %b %Y}: {describe(day)}")
    return 0
