"""`companion happy add|search|random`, `companion export happy`, `companion import happy`."""

from __future__ import annotations

import argparse
from typing import Any

from companion.cli import i18n
from companion.cli.context import Context
from companion.cli.export import (
    add_output_argument,
    export_subjects,
    import_subjects,
    read_input_file,
    write_output,
)
from companion.cli.i18n import Text, Texts
from companion.cli.terminal import json_text, visible
from companion.core.days import local_zone
from companion.core.errors import InvalidInput
from companion.core.happy import HappyEntry, cap_quote
from companion.core.happy_export import EXPORT_FORMATS, parse_json, render
from companion.core.redact import Redaction, redact
from companion.services import happy as happy_service
from companion.store import happy as happy_store

CliHappy = Texts("CliHappy")


def kind_words(kind: str, count: int) -> str:
    """How many of one kind of personal data were hidden: "1 e-mail", "2 phone numbers"."""
    one = count == 1
    if kind == "email":
        text = CliHappy.tr("1 e-mail") if one else CliHappy.tr("%L1 e-mails")
    elif kind == "phone":
        text = CliHappy.tr("1 phone number") if one else CliHappy.tr("%L1 phone numbers")
    elif kind == "card":
        text = CliHappy.tr("1 card number") if one else CliHappy.tr("%L1 card numbers")
    elif kind == "order":
        text = CliHappy.tr("1 order number") if one else CliHappy.tr("%L1 order numbers")
    else:
        text = Text(f"%L1 {kind}")
    return text.arg(count)


def register(subparsers: Any) -> None:
    happy = subparsers.add_parser(
        "happy",
        help=CliHappy.tr("keep customer messages that made your day, and find them again"),
        description=CliHappy.tr(
            "Your happy file (P1.2): lovely customer messages, kept to read on a bad day."
        ),
    )
    actions = happy.add_subparsers(
        dest="happy_command", metavar="ACTION", required=True, parser_class=type(happy)
    )

    add = actions.add_parser(
        "add",
        help=CliHappy.tr("save a quote (text, '-' for standard input, or --clipboard)"),
        description=CliHappy.tr(
            "Save a customer quote. E-mail addresses, phone numbers, card numbers and "
            "order/account numbers are hidden before saving unless you pass --no-redact."
        ),
    )
    source = add.add_mutually_exclusive_group()
    source.add_argument(
        "text", nargs="?", help=CliHappy.tr("the quote, or '-' to read standard input")
    )
    source.add_argument(
        "--clipboard", "-c", action="store_true", help=CliHappy.tr("use the clipboard")
    )
    add.add_argument("--note", "-n", default="", help=CliHappy.tr("why it made your day"))
    add.add_argument(
        "--tag",
        "-t",
        action="append",
        default=[],
        help=CliHappy.tr("a tag (repeat for more than one)"),
    )
    add.add_argument("--star", action="store_true", help=CliHappy.tr("star it as a favourite"))
    add.add_argument(
        "--no-redact",
        action="store_true",
        help=CliHappy.tr("keep the text exactly as it is for this entry"),
    )
    add.set_defaults(handler=cmd_add, forward=True, stdin_dest="text")

    search = actions.add_parser(
        "search",
        help=CliHappy.tr("search quotes, notes and tags"),
        description=CliHappy.tr(
            "Search your happy file. The query is plain words; every word must match."
        ),
    )
    search.add_argument("query", nargs="*", help=CliHappy.tr("words to look for (prefixes match)"))
    search.add_argument("--tag", "-t", help=CliHappy.tr("only entries with this tag"))
    search.add_argument("--starred", action="store_true", help=CliHappy.tr("only starred entries"))
    search.add_argument(
        "--limit",
        type=count,
        default=50,
        metavar="N",
        help=CliHappy.tr("at most this many (default 50)"),
    )
    search.add_argument("--json", action="store_true", help=CliHappy.tr("print JSON"))
    search.set_defaults(handler=cmd_search, forward=False)

    random_entry = actions.add_parser(
        "random", help=CliHappy.tr("lift me up: one entry at random, starred ones more often")
    )
    random_entry.add_argument("--json", action="store_true", help=CliHappy.tr("print JSON"))
    random_entry.set_defaults(handler=cmd_random, forward=False)

    export = export_subjects(subparsers).add_parser(
        "happy",
        help=CliHappy.tr("the happy file as Markdown, HTML (for a kudos post) or JSON"),
        description=CliHappy.tr(
            "Export the happy file. HTML is one self-contained page (images included) to share "
            "in a team kudos post; JSON keeps everything, your own phrases included, and can be "
            "imported back."
        ),
    )
    export.add_argument("--format", "-f", choices=EXPORT_FORMATS, required=True)
    export.add_argument("--starred", action="store_true", help=CliHappy.tr("only starred entries"))
    export.add_argument("--tag", "-t", help=CliHappy.tr("only entries with this tag"))
    export.add_argument(
        "--query", "-q", default="", help=CliHappy.tr("only entries matching these words")
    )
    add_output_argument(export)
    export.set_defaults(handler=cmd_export, forward=False)

    importer = import_subjects(subparsers).add_parser(
        "happy",
        help=CliHappy.tr("a happy file JSON export"),
        description=CliHappy.tr(
            "Import a happy file JSON export; entries you already have are skipped."
        ),
    )
    importer.add_argument("file", help=CliHappy.tr("the JSON file ('-' for standard input)"))
    importer.set_defaults(handler=cmd_import, forward=False)


def count(text: str) -> int:
    """An argument that counts entries: a whole number, 1 or more. A huge one means all of them
    (the database counts in 64 bits)."""
    try:
        value = int(text)
    except ValueError:  # also a number of more than 4,300 digits
        raise argparse.ArgumentTypeError(
            CliHappy.tr("%1 is not a whole number").arg(repr(text[:20]))
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(CliHappy.tr("must be 1 or more, not %1").arg(value))
    return min(value, _LARGEST_COUNT)


_LARGEST_COUNT = 2**63 - 1


# --- output -------------------------------------------------------------------------------


def entry_json(entry: HappyEntry) -> dict[str, Any]:
    return {
        "id": entry.id,
        "created": entry.created.isoformat().replace("+00:00", "Z"),
        "quote": entry.quote,
        "note": entry.note,
        "tags": list(entry.tags),
        "starred": entry.starred,
        "has_image": entry.image is not None or entry.image_mime is not None,
    }


def entry_line(entry: HappyEntry) -> str:
    day = entry.created.astimezone().strftime("%Y-%m-%d")
    star = "★" if entry.starred else " "
    quote = " ".join(entry.quote.split()) or CliHappy.tr("(screenshot)")
    if len(quote) > 70:
        quote = quote[:69] + "…"
    tags = f"  [{', '.join(entry.tags)}]" if entry.tags else ""
    return f"#{entry.id:<5} {day} {star} {quote}{tags}"


def describe_redaction(redaction: Redaction) -> str:
    counts: dict[str, int] = {}
    for span in redaction.spans:
        counts[span.kind] = counts.get(span.kind, 0) + 1
    parts = [kind_words(kind, count) for kind, count in counts.items()]
    return CliHappy.tr(", ", "between the kinds of data hidden").join(parts)


# --- clipboard ----------------------------------------------------------------------------


def read_clipboard() -> tuple[str, bytes | None]:
    """(text, PNG bytes) from the clipboard (companion.clipboard: the running app's when this
    runs inside it, else the desktop's own tool)."""
    from companion import clipboard

    content = clipboard.read(image=True)
    return content.text, content.image_png


# --- commands -----------------------------------------------------------------------------


def cmd_add(args: argparse.Namespace, ctx: Context) -> int:
    image: bytes | None = None
    if args.clipboard:
        text, image = read_clipboard()
    elif args.text == "-":
        text = ctx.read_stdin()
    elif args.text is not None:
        text = args.text
    else:
        raise InvalidInput(
            CliHappy.tr("Give the quote as text, '-' to read standard input, or --clipboard.")
        )
    if "\x00" in text:
        raise InvalidInput(
            CliHappy.tr("That is not text (it holds binary data); nothing was saved.")
        )
    text, was_cut = cap_quote(text.strip())
    if not text and image is None:
        raise InvalidInput(CliHappy.tr("There is nothing to save: the quote is empty."))
    redaction = (
        None if args.no_redact else redact(text, extra_regions=ctx.settings.redaction_regions)
    )
    quote = redaction.text if redaction is not None else text
    entry = happy_service.add_happy(
        ctx,
        quote,
        note=args.note,
        tags=args.tag,
        starred=args.star,
        image=image,
        image_mime="image/png" if image else None,
    )
    message: str = CliHappy.tr("Saved to your happy file (#%1).").arg(entry.id)
    if redaction is not None and redaction.changed:
        message += CliHappy.tr(" Hidden: %1.").arg(describe_redaction(redaction))
    if was_cut:
        message += CliHappy.tr(
            " The text was long, so only the first %L1 characters were kept."
        ).arg(len(text))
    ctx.out(message)
    return 0


def cmd_search(args: argparse.Namespace, ctx: Context) -> int:
    query = " ".join(args.query)
    entries = happy_store.search_happy(
        ctx.store, query, tag=args.tag, starred_only=args.starred, limit=args.limit
    )
    if args.json:
        ctx.out(json_text([entry_json(e) for e in entries], indent=2))
        return 0
    if not entries:
        if query or args.tag or args.starred:
            ctx.out(CliHappy.tr("Nothing found."))
        else:
            ctx.out(CliHappy.tr("Your happy file is empty."))
        return 0
    for entry in entries:
        ctx.out(visible(entry_line(entry)))
    return 0


def cmd_random(args: argparse.Namespace, ctx: Context) -> int:
    entry = happy_store.random_happy(ctx.store)
    if args.json:
        ctx.out(json_text(entry_json(entry) if entry else None, indent=2))
        return 0
    if entry is None:
        ctx.out(
            CliHappy.tr("Your happy file is empty. Save a kind message with 'companion happy add'.")
        )
        return 0
    ctx.out(visible(entry.quote) or CliHappy.tr("(a screenshot; open Companion to see it)"))
    if entry.note:
        ctx.out(CliHappy.tr("  — why it made my day: %1").arg(visible(entry.note)))
    meta = i18n.year_day_text(entry.created.astimezone().date())
    if entry.tags:
        meta += "  " + ", ".join(entry.tags)
    ctx.out(visible(f"  {meta}{'  ★' if entry.starred else ''}"))
    return 0


def cmd_export(args: argparse.Namespace, ctx: Context) -> int:
    summaries = happy_store.search_happy(
        ctx.store, args.query, tag=args.tag, starred_only=args.starred
    )
    entries = happy_store.entries_by_id(ctx.store, [e.id for e in summaries if e.id is not None])
    phrases = happy_store.list_phrases(ctx.store) if args.format == "json" else []
    text = render(
        entries,
        args.format,
        exported=ctx.clock(),
        phrases=phrases,
        tz=local_zone(),
    )
    write_output(ctx, text, args.output)
    if args.output not in (None, "-"):
        if len(entries) == 1:
            done = CliHappy.tr("Exported 1 entry to %2.")
        else:
            done = CliHappy.tr("Exported %L1 entries to %2.")
        ctx.err(visible(done.arg(len(entries), args.output)))
    return 0


def cmd_import(args: argparse.Namespace, ctx: Context) -> int:
    export = parse_json(read_input_file(ctx, args.file))
    result = happy_service.import_happy(ctx, export)
    if result.added == 1:
        message: str = CliHappy.tr("Imported 1 new entry, %L2 already there.")
    else:
        message = CliHappy.tr("Imported %L1 new entries, %L2 already there.")
    message = Text(message).arg(result.added, result.skipped)
    if result.phrases_added or result.phrases_skipped:
        message += CliHappy.tr(" Phrases: %L1 new, %L2 already there.").arg(
            result.phrases_added, result.phrases_skipped
        )
    ctx.out(message)
    return 0
