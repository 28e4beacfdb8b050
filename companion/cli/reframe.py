"""`companion reframe detect`: the reframe guide's word check, in the terminal."""

from __future__ import annotations

import argparse
import re
from typing import Any

from companion.cli.context import Context
from companion.cli.i18n import Texts
from companion.cli.terminal import json_text, visible
from companion.core.errors import InvalidInput
from companion.core.language import native_name

CliReframe = Texts("CliReframe")


def dimension_words(dimension: str) -> str:
    """The heading of one :class:`companion.core.reframe.Dimension` (by its value)."""
    if dimension == "permanent":
        return CliReframe.tr("Permanent → is this temporary?")
    if dimension == "pervasive":
        return CliReframe.tr("Pervasive → is it about one specific thing?")
    return CliReframe.tr("Personal → is it really about you?")


def register(subparsers: Any) -> None:
    reframe = subparsers.add_parser(
        "reframe",
        help=CliReframe.tr("find permanent, pervasive and personal wording in a thought"),
        description=CliReframe.tr(
            "The reframe guide's word check (P1.5). The guide itself is in the app."
        ),
    )
    actions = reframe.add_subparsers(
        dest="reframe_command", metavar="ACTION", required=True, parser_class=type(reframe)
    )
    detect_parser = actions.add_parser(
        "detect",
        help=CliReframe.tr("mark permanent, pervasive and personal words and suggest reframes"),
        description=CliReframe.tr(
            "Mark the words that make a thought permanent (always, never), pervasive (everyone, "
            "nothing) or personal (I'm useless, my fault), and suggest a reframe for each. "
            "Quoted text (lines starting with > or words in quotation marks) is skipped."
        ),
    )
    detect_parser.add_argument(
        "text",
        nargs="?",
        default="-",
        help=CliReframe.tr("the thought; '-' or nothing reads standard input"),
    )
    detect_parser.add_argument(
        "--batch",
        metavar="FILE",
        help=CliReframe.tr(
            "many thoughts: JSON lines {id, text} from FILE ('-': standard input), one JSON "
            "result per line with its id"
        ),
    )
    detect_parser.add_argument("--json", action="store_true", help=CliReframe.tr("print JSON"))
    detect_parser.add_argument(
        "--lang",
        default=None,
        help=CliReframe.tr(
            "language of the thought: en, ko, ja or el (default: the language it is written in)"
        ),
    )
    detect_parser.set_defaults(handler=cmd_detect, forward=False, stdin_dest="text")


def cmd_detect(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.reframe import Detection, Dimension, detect

    def read(text: str, lang: str | None) -> Detection:
        """The thought read in its language; one without word lists, or no thought at all, is
        not passed as clean."""
        if not text.strip():
            raise InvalidInput(CliReframe.tr("Nothing to read: the thought is empty."))
        given = lang or args.lang
        found = detect(text, given)
        if not found.read:
            # a code the user typed that is no language code ("../x") is shown as typed
            known = re.fullmatch(r"[a-z]{2,3}", found.language) is not None
            shown = native_name(found.language) if known or not given else given.strip()
            raise InvalidInput(
                CliReframe.tr("Not read: the reframe guide has no word lists for %1 yet.").arg(
                    shown
                )
            )
        return found

    if args.batch is not None:
        from companion.cli.batch import run_batch

        if args.text != "-":
            raise InvalidInput(CliReframe.tr("Give --batch FILE on its own, without a thought."))
        return run_batch(ctx, args.batch, lambda text, lang: dict(read(text, lang).as_json()))
    text = ctx.read_stdin() if args.text == "-" else args.text
    result = read(text, None)
    if args.json:
        ctx.out(json_text(result.as_json()))
        return 0
    if result.support is not None:  # first, before anything about wording
        ctx.out(visible(result.support.heading))
        ctx.out(visible(result.support.message))
        if result.is_empty:
            return 0
        ctx.out("")
    if result.is_empty:
        ctx.out(CliReframe.tr("No permanent, pervasive or personal wording found."))
        return 0
    for dimension in Dimension:
        found = result.of(dimension)
        if not found:
            continue
        ctx.out(dimension_words(dimension.value))
        for marking in found:
            where = f"{marking.start}-{marking.end}"
            quoted = CliReframe.tr("“%1”", "words quoted from the thought").arg(marking.text)
            ctx.out(visible(f"  {where} {quoted}: {marking.explanation}"))
        suggestion = result.suggestions.get(dimension)
        if suggestion:
            ctx.out(visible(CliReframe.tr("  Try: %1").arg(suggestion)))
    return 0
