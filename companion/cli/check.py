"""`companion check [FILE | - | --clipboard] [--json] [--lang LANG]`: check a draft reply.

Exit 0 for ok or "needs care", 1 for a hard reply, 2 for usage or input errors. With the app
running, ``--clipboard`` is handed to the app, which checks its own clipboard, prints the same
result here and opens it in the Check screen.

Every command's parser is built for any command, so registering stays cheap: the checker loads
inside the handler.
"""

from __future__ import annotations

import argparse
import bisect
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.cli import i18n
from companion.cli.context import Context
from companion.cli.errors import error_text
from companion.cli.i18n import Texts
from companion.cli.terminal import json_text, right_aligned, visible
from companion.core.errors import CompanionError, InvalidInput
from companion.core.wording import CATEGORY_CONTEXT, CATEGORY_TITLES

if TYPE_CHECKING:
    from companion.core.checker import Report

EXIT_OK = 0
EXIT_HARD = 1

CliCheck = Texts("CliCheck")


def category_title(category: str) -> str:
    """A checker category's title in the user's language (its id for one we lack)."""
    title = CATEGORY_TITLES.get(category)
    return Texts(CATEGORY_CONTEXT).tr(title) if title else category


def verdict_words(verdict: str) -> str:
    """A checker verdict ("ok", "care", "hard") in words, translated."""
    if verdict == "hard":
        return CliCheck.tr("hard reply")
    if verdict == "care":
        return CliCheck.tr("needs care")
    return CliCheck.tr("ok", "the verdict of a reply with nothing to change")


class _ClipboardFlag(argparse.Action):
    """--clipboard: read the clipboard, and hand the command to the running app if there is one
    (a file or standard input is read by this process instead)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=False, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        setattr(namespace, self.dest, True)
        namespace.forward = True


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "check",
        help=CliCheck.tr("check a draft reply (a file, '-' for standard input, or --clipboard)"),
        description=CliCheck.tr(
            "Check a draft reply for what may hurt it: a flat no, blame, can't without can, "
            "absolutes, policy without the why, jargon, length, shouting, dismissive words, "
            "insults, and a missing acknowledgement or next step. Exit 0 for ok or needs care, "
            "1 for a hard reply, 2 for usage or input errors."
        ),
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help=CliCheck.tr("a text file, or '-' for stdin")
    )
    parser.add_argument(
        "--clipboard",
        "-c",
        action=_ClipboardFlag,
        help=CliCheck.tr("check the text on the clipboard"),
    )
    parser.add_argument(
        "--batch",
        metavar="FILE",
        help=CliCheck.tr(
            "check many replies: JSON lines {id, text, lang} from FILE ('-': standard input), "
            "one JSON result per line with its id (not counted in today's numbers)"
        ),
    )
    parser.add_argument("--json", action="store_true", help=CliCheck.tr("print the result as JSON"))
    parser.add_argument(
        "--lang",
        default=None,
        help=CliCheck.tr(
            "language of the reply: en, ko, ja or el (default: the language it is written in)"
        ),
    )
    parser.set_defaults(handler=cmd_check, forward=False)


def read_file(path: str) -> tuple[str, bool]:
    """The file's text and whether some bytes were not UTF-8 (they become U+FFFD).

    At most ``paths.TEXT_INPUT_LIMIT`` bytes: far above the characters the checker reads (it
    cuts longer text and says so), and a device or pipe that never ends stops there.
    """
    from companion import paths

    if not path.strip():  # Path("") is the current folder
        raise InvalidInput(_nothing_to_check())
    return paths.read_text_file(Path(path), paths.TEXT_INPUT_LIMIT, strict=False)


def _nothing_to_check() -> str:
    return CliCheck.tr("Give a FILE to check, '-' to read standard input, or --clipboard.")


def read_clipboard() -> str:
    """The clipboard's text (companion.clipboard: the running app's when this runs inside it)."""
    from companion import clipboard

    content = clipboard.read()
    if content.text.strip():
        return content.text
    if content.holds_image:
        raise InvalidInput(
            CliCheck.tr("The clipboard holds an image, not text: copy the reply's text.")
        )
    raise InvalidInput(CliCheck.tr("There is no text on the clipboard: copy the reply first."))


def position(text: str, offset: int, breaks: list[int] | None = None) -> tuple[int, int]:
    """1-based line and column of a character offset (``breaks``: the offsets of the text's
    line breaks, worked out once for a report with many findings)."""
    if breaks is None:
        line = text.count("\n", 0, offset) + 1
        return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
    before = bisect.bisect_left(breaks, offset)
    return before + 1, offset - (breaks[before - 1] + 1 if before else 0) + 1


def format_report(text: str, report: Report) -> list[str]:
    from companion.core.checker import rewrites

    lines = []
    # counting the lines before each finding anew would take a second per thousand findings
    # in a long text: the line breaks are found once
    breaks = [m.start() for m in re.finditer("\n", text)] if len(report.findings) > 20 else None
    for f in report.findings:
        line, column = position(text, f.start, breaks)
        where = (
            CliCheck.tr("reply", "a finding about the whole reply")
            if f.start == f.end
            else f"{line}:{column}"
        )
        words = (
            " " + CliCheck.tr("“%1”", "words quoted from the reply").arg(text[f.start : f.end])
            if f.end > f.start
            else ""
        )
        fitted = rewrites(text, f)
        tail: str
        if fitted:
            if fitted[0].words:
                tail = CliCheck.tr(" — try: “%1”").arg(fitted[0].words)
            else:
                tail = CliCheck.tr(" — try: leave those words out")
        else:
            tail = f" — {f.advice}" if f.advice else ""
        title = category_title(f.category)
        lines.append(f"{right_aligned(where, 7)}  {title} ({f.practice}){words}: {f.message}{tail}")
    count = len(report.findings)
    score = i18n.number(report.score, 2)
    if count == 1:
        verdict = CliCheck.tr("Verdict: %1 (score %2, one finding)")
    else:
        verdict = CliCheck.tr("Verdict: %1 (score %2, %L3 findings)")
    lines.append(verdict.arg(verdict_words(report.verdict), score, count))
    return lines


def _say_if_written_in_another(ctx: Context, text: str, asked: str) -> None:
    """A reply checked with the rules of the language asked for, though it is written in
    another one the checker reads, gets a line saying so: those rules find nothing in it, and
    "ok" alone would pass a hard Korean reply checked as English."""
    from companion.core.checker import shipped_languages
    from companion.core.language import detect_language, language_share, native_name

    written = detect_language(text, default=asked, known=shipped_languages())
    if written != asked and written in shipped_languages() and language_share(text, asked) < 0.2:
        ctx.err(
            "companion: "
            + CliCheck.tr(
                "this text is written in %1, but was checked with the %2 rules as asked; leave "
                "out --lang to check it in its own language."
            ).arg(native_name(written), native_name(asked))
        )


def cmd_check(args: argparse.Namespace, ctx: Context) -> int:
    from companion.core.checker import check

    if args.batch is not None:
        if args.clipboard or args.file is not None:
            raise InvalidInput(
                CliCheck.tr("Give --batch FILE on its own, without FILE, '-' or --clipboard.")
            )
        return check_batch(args, ctx)
    if args.clipboard and args.file is not None:
        raise InvalidInput(CliCheck.tr("Give a FILE, '-' or --clipboard, not both."))
    if args.clipboard:
        text, source, mangled = read_clipboard(), "clipboard", False
    elif args.file == "-":
        text, source, mangled = ctx.read_stdin(), "stdin", False
    elif args.file is not None:
        text, mangled = read_file(args.file)
        source = "file"
    else:
        raise InvalidInput(_nothing_to_check())
    report = check(text, args.lang, disabled_rules=frozenset(ctx.settings.disabled_rules))
    try:
        from companion.services import checks

        checks.record_check(ctx, report, source)
    except CompanionError as error:  # the check itself is still worth printing
        ctx.err(
            "companion: "
            + CliCheck.tr("the check was not counted in today's numbers (%1).").arg(
                error_text(error)
            )
        )
    if args.clipboard and ctx.app is not None:
        ctx.app.show_check(text)
    if mangled:
        ctx.err("companion: " + CliCheck.tr("some bytes were not UTF-8; they are shown as �."))
    if args.lang is not None:
        _say_if_written_in_another(ctx, text, report.lang)
    if report.truncated:
        ctx.err(
            "companion: "
            + CliCheck.tr("the text is long; only the first %L1 characters were checked.").arg(
                report.checked_chars
            )
        )
    if args.json:
        from companion.core.checker import report_json

        ctx.out(json_text(report_json(text, report)))
    else:
        for line in format_report(text, report):
            ctx.out(visible(line))
    return EXIT_HARD if report.verdict == "hard" else EXIT_OK


def check_batch(args: argparse.Namespace, ctx: Context) -> int:
    """A library of saved replies (macros) checked in one process; nothing is counted in the
    day's numbers, since none of them is being sent."""
    from companion.cli.batch import run_batch
    from companion.core.checker import check, report_json

    disabled = frozenset(ctx.settings.disabled_rules)

    def answer(text: str, lang: str | None) -> dict[str, object]:
        return report_json(text, check(text, lang or args.lang, disabled_rules=disabled))

    return run_batch(ctx, args.batch, answer)
