"""`companion phrases`: the phrasebook and the agent's own rehearsed answers."""

from __future__ import annotations

import argparse
from typing import Any

from companion.cli import i18n
from companion.cli.context import Context
from companion.cli.i18n import Texts
from companion.cli.terminal import json_text, visible
from companion.core import interface_language
from companion.core.phrasebook import CATEGORY_IDS, load_phrasebook, search_phrases
from companion.store import happy as happy_store

CliPhrases = Texts("CliPhrases")


def register(subparsers: Any) -> None:
    phrases = subparsers.add_parser(
        "phrases",
        help=CliPhrases.tr("search the phrasebook and your own rehearsed answers"),
        description=CliPhrases.tr(
            "Phrases for support replies by category (P4, P3.3, P3.6, P5.1, P5.4) and your own "
            "entries. The query is plain words."
        ),
    )
    phrases.add_argument("query", nargs="*", help=CliPhrases.tr("words to look for"))
    phrases.add_argument(
        "--category", "-c", choices=CATEGORY_IDS, help=CliPhrases.tr("only this category")
    )
    phrases.add_argument(
        "--lang",
        choices=interface_language.LANGUAGES,
        help=CliPhrases.tr("the phrasebook of this language (default: the interface's)"),
    )
    phrases.add_argument("--json", action="store_true", help=CliPhrases.tr("print JSON"))
    phrases.set_defaults(handler=cmd_phrases, forward=False)


def cmd_phrases(args: argparse.Namespace, ctx: Context) -> int:
    book = load_phrasebook(args.lang or i18n.language())
    titles = {c.id: c.title for c in book.categories}
    own = [p.as_phrase() for p in happy_store.list_phrases(ctx.store)]
    found = search_phrases(
        [*own, *book.phrases()], " ".join(args.query), category=args.category, titles=titles
    )
    if args.json:
        ctx.out(
            json_text(
                [
                    {
                        "category": p.category,
                        "category_title": titles.get(p.category, p.category),
                        "text": p.text,
                        "objection": p.objection,
                        "own": p.user_id is not None,
                        "id": p.user_id,
                    }
                    for p in found
                ],
                indent=2,
            )
        )
        return 0
    if not found:
        ctx.out(CliPhrases.tr("No phrases match."))
        return 0
    found.sort(key=lambda p: CATEGORY_IDS.index(p.category))
    current = None
    for phrase in found:
        if phrase.category != current:
            current = phrase.category
            category = book.category(current)
            ctx.out(f"{category.title} ({', '.join(category.practices)})")
        prefix = "  * " if phrase.user_id is not None else "  - "
        if phrase.objection:
            ctx.out(visible(prefix + CliPhrases.tr("When they say: %1").arg(phrase.objection)))
            ctx.out(visible(f"      {phrase.text}"))
        else:
            ctx.out(visible(f"{prefix}{phrase.text}"))
    return 0
