"""`companion log`, `companion undo`, `companion today`."""

from __future__ import annotations

import argparse
import json
from typing import Any

from companion.cli import i18n
from companion.cli.context import Context
from companion.cli.i18n import Texts
from companion.core import days
from companion.core.ratio import DayRatio, State
from companion.services import ratio as ratio_service
from companion.store import ratio as ratio_store

CliRatio = Texts("CliRatio")


def state_words(state: State) -> str:
    """Where the day's ratio stands against the target, in words, translated."""
    if state is State.ABOVE:
        return CliRatio.tr("above target")
    if state is State.AT:
        return CliRatio.tr("at target")
    return CliRatio.tr("below target")


def format_ratio(positive: int, negative: int) -> str:
    """A ratio as people say it: "3.5 : 1" ("3,5 : 1" in Greek), or "5 : 0" with no negative."""
    if negative == 0:
        return f"{positive} : 0"
    return f"{i18n.ratio_number(positive / negative, 1)} : 1"


def format_target(target: float) -> str:
    return f"{i18n.ratio_number(target)} : 1"


def register(subparsers: Any) -> None:
    log = subparsers.add_parser(
        "log",
        help=CliRatio.tr("log an interaction as positive (+) or negative (-)"),
        description=CliRatio.tr(
            "Log one interaction. With the app running, its window and tray update at once."
        ),
    )
    log.add_argument("sign", choices=["+", "-"], help=CliRatio.tr("+ for positive, - for negative"))
    log.add_argument(
        "--topic", "-t", help=CliRatio.tr('what it was about, e.g. "billing" (optional)')
    )
    log.add_argument("--note", "-n", help=CliRatio.tr("a one-line note (optional)"))
    log.set_defaults(handler=cmd_log, forward=True)

    undo = subparsers.add_parser("undo", help=CliRatio.tr("undo today's last log"))
    undo.set_defaults(handler=cmd_undo, forward=True)

    today = subparsers.add_parser(
        "today", help=CliRatio.tr("today's counts and ratio against the target")
    )
    today.add_argument("--json", action="store_true", help=CliRatio.tr("print JSON"))
    today.set_defaults(handler=cmd_today, forward=False)


def today_ratio(ctx: Context) -> DayRatio:
    settings = ctx.settings
    day = days.day_of(ctx.clock(), settings.day_start_hour)
    return ratio_store.day_ratio(ctx.store, day, settings.target, settings.day_start_hour)


def describe(day: DayRatio) -> str:
    """One line: counts, ratio, target, state and what it takes to reach the target."""
    if day.total == 0:
        return CliRatio.tr("no logs yet (target %1)").arg(format_target(day.target))
    text: str = CliRatio.tr("+%1 / -%2  ratio %3  target %4  %5").arg(
        day.positive,
        day.negative,
        format_ratio(day.positive, day.negative),
        format_target(day.target),
        state_words(day.state),
    )
    if day.needed == 1:
        text += CliRatio.tr(" (1 more positive to reach it)")
    elif day.needed:
        text += CliRatio.tr(" (%L1 more positives to reach it)").arg(day.needed)
    return text


def cmd_log(args: argparse.Namespace, ctx: Context) -> int:
    ratio_service.log_interaction(ctx, args.sign == "+", topic=args.topic, note=args.note)
    if args.sign == "+":
        ctx.out(CliRatio.tr("Logged positive. Today: %1").arg(describe(today_ratio(ctx))))
    else:
        ctx.out(CliRatio.tr("Logged negative. Today: %1").arg(describe(today_ratio(ctx))))
    return 0


def cmd_undo(args: argparse.Namespace, ctx: Context) -> int:
    settings = ctx.settings
    now = ctx.clock()
    start, _ = days.day_bounds(days.day_of(now, settings.day_start_hour), settings.day_start_hour)
    removed = ratio_service.undo_last(ctx, since=start)
    if removed is None:
        ctx.out(CliRatio.tr("Nothing to undo today."))
        return 0
    if removed.positive:
        text = CliRatio.tr("Removed the last positive log. Today: %1")
    else:
        text = CliRatio.tr("Removed the last negative log. Today: %1")
    ctx.out(text.arg(describe(today_ratio(ctx))))
    return 0


def cmd_today(args: argparse.Namespace, ctx: Context) -> int:
    day = today_ratio(ctx)
    if args.json:
        ctx.out(json.dumps(day.as_json()))
    else:
        ctx.out(
            CliRatio.tr("%1: %2", "the day, then how it stands").arg(
                i18n.short_year_day_text(day.day), describe(day)
            )
        )
    return 0
