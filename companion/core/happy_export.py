"""Happy file exports: Markdown, one self-contained HTML page for a team kudos post (P1.3, P1.4),
and JSON that imports back without duplicates. Pure functions: the caller reads and writes files.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import html
import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from companion.core.days import parse_utc_iso, utc_iso
from companion.core.errors import InvalidInput
from companion.core.happy import (
    IMAGE_MIMES,
    MAX_IMAGE_BYTES,
    MAX_NOTE_CHARS,
    MAX_QUOTE_CHARS,
    HappyEntry,
    content_key,
    normalise_tags,
)
from companion.core.language import whole_characters
from companion.core.phrasebook import CATEGORY_IDS, UserPhrase

FORMAT_NAME = "companion-happy-file"
FORMAT_VERSION = 1
EXPORT_FORMATS: tuple[str, ...] = ("md", "html", "json")
MAX_PHRASE_CHARS = 4_000
FIRST_YEAR, LAST_YEAR = 1970, 9998
"""Years an imported entry may be from: any instant in them has a local time on every system
(year 1 and 9999 overflow at the edges, and some systems know no local time before 1970)."""


class HappyImportError(InvalidInput):
    """The file is not a happy-file export Companion can read."""


@dataclass(frozen=True, slots=True)
class HappyExport:
    """What a JSON export holds: happy entries and the agent's own phrases."""

    entries: tuple[HappyEntry, ...]
    phrases: tuple[UserPhrase, ...] = ()


def _day_label(created: dt.datetime, tz: dt.tzinfo) -> str:
    local = created.astimezone(tz)
    return f"{local.day} {local:%B %Y}"


def _data_uri(entry: HappyEntry) -> str | None:
    if not entry.image or entry.image_mime not in IMAGE_MIMES:
        return None
    return f"data:{entry.image_mime};base64,{base64.b64encode(entry.image).decode('ascii')}"


# --- Markdown -----------------------------------------------------------------------------


# Every character with a meaning inside a line of CommonMark (or GitHub's tables and
# strikethrough) is escaped with a backslash, which CommonMark allows before any ASCII
# punctuation: then no user text can become HTML, a link, an image, emphasis or a code span.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>&~|])")
# What makes a line start a block: a heading, a list item, a setext underline, a thematic break.
_MARKDOWN_LINE_START = re.compile(r"^(?:[#+=-]|\d{1,9}(?=[.)]))")


def _markdown_escape_line(line: str) -> str:
    """One line of user text as Markdown that renders as exactly that text.

    Leading and trailing blanks go: four leading spaces would make a code block, two trailing
    ones a line break.
    """
    escaped = _MARKDOWN_INLINE.sub(r"\\\1", line.strip(" \t"))
    start = _MARKDOWN_LINE_START.match(escaped)
    if start is None:
        return escaped
    if start.group().isdigit():  # "1. " or "1) ": escape the dot or the parenthesis
        return f"{start.group()}\\{escaped[start.end() :]}"
    return f"\\{escaped}"


def _markdown_code(text: str) -> str:
    """A code span holding ``text`` as it is: the fence is one backtick longer than any run of
    backticks inside it (CommonMark), padded with a space when the text starts or ends with one.
    Line breaks become spaces, so the span cannot end the paragraph it is in."""
    text = " ".join(text.split())
    runs = [len(run) for run in re.findall(r"`+", text)]
    fence = "`" * (max(runs, default=0) + 1)
    if text.startswith("`") or text.endswith("`"):
        text = f" {text} "
    return f"{fence}{text}{fence}"


REFLECTION_TAG = "reflection"
"""The tag of an entry sent from a reflection's "what went well": the agent's own words."""

CUSTOMERS_TITLE = "Kudos from our customers"
OWN_TITLE = "What went well"
MIXED_TITLE = "What made our day"


def from_reflection(entry: HappyEntry) -> bool:
    """Whether the entry is the agent's own words from a reflection, not a customer's."""
    return REFLECTION_TAG in entry.tags


def export_title(entries: Sequence[HappyEntry]) -> str:
    """What the export is called: kudos only when every entry is a customer's words."""
    own = sum(1 for entry in entries if from_reflection(entry))
    if not own:
        return CUSTOMERS_TITLE
    return OWN_TITLE if own == len(entries) else MIXED_TITLE


def _grouped(entries: Sequence[HappyEntry]) -> list[tuple[str | None, list[HappyEntry]]]:
    """Customers' words, then the agent's own under a heading of their own; no headings when
    the entries are all of one kind (the title says which)."""
    customers = [entry for entry in entries if not from_reflection(entry)]
    own = [entry for entry in entries if from_reflection(entry)]
    if not customers or not own:
        return [(None, list(entries))]
    return [("From our customers", customers), ("What went well, in my own words", own)]


def render_markdown(
    entries: Sequence[HappyEntry],
    *,
    title: str | None = None,
    tz: dt.tzinfo = dt.UTC,
) -> str:
    """Entries as Markdown: a customer's words as a block quote, the agent's own from a
    reflection as a plain paragraph; then note, tags and date."""
    lines = [f"# {_markdown_escape_line(title or export_title(entries))}", ""]
    if not entries:
        lines += ["_No entries yet._", ""]
    for group, members in _grouped(entries):
        level = "##"
        if group is not None:
            lines += [f"## {group}", ""]
            level = "###"
        for entry in members:
            lines += _markdown_entry(entry, level, tz)
    return "\n".join(lines).rstrip() + "\n"


def _markdown_entry(entry: HappyEntry, level: str, tz: dt.tzinfo) -> list[str]:
    own = from_reflection(entry)
    star = " ★" if entry.starred else ""
    lines = [f"{level} {_day_label(entry.created, tz)}{star}", ""]
    mark = "" if own else "> "
    quote_lines = entry.quote.strip().splitlines() or ([] if entry.image else [""])
    lines += [f"{mark}{_markdown_escape_line(line)}".rstrip() for line in quote_lines]
    uri = _data_uri(entry)
    if uri:
        if quote_lines:
            lines.append(mark.rstrip() if mark else "")
        lines.append(f"{mark}![Screenshot]({uri})")
    lines.append("")
    if entry.note.strip():
        note = " ".join(_markdown_escape_line(n) for n in entry.note.strip().splitlines())
        lines += [f"*{note}*" if own else f"*Why it made my day:* {note}", ""]
    tags = [tag for tag in entry.tags if not own or tag != REFLECTION_TAG]
    if tags:
        lines += [" ".join(_markdown_code(tag) for tag in tags), ""]
    return lines


# --- HTML ---------------------------------------------------------------------------------

_CSS = """
:root { color-scheme: light dark; --bg: #f6f4ef; --card: #ffffff; --ink: #26231f;
  --muted: #6d665c; --accent: #d9822b; --pill: #f1e7da; --line: #e6dfd4; }
@media (prefers-color-scheme: dark) { :root { --bg: #1d1b19; --card: #282523; --ink: #efe9e1;
  --muted: #b3aa9e; --accent: #f0a350; --pill: #3a342e; --line: #3a3530; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--ink);
  font: 17px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; }
header { max-width: 1100px; margin: 0 auto; padding: 48px 24px 8px; }
h1 { margin: 0 0 6px; font-size: 2rem; letter-spacing: -0.01em; }
header p { margin: 0; color: var(--muted); }
main { max-width: 1100px; margin: 0 auto; padding: 24px; display: grid; gap: 20px;
  grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); align-items: start; }
article { background: var(--card); border: 1px solid var(--line); border-radius: 14px;
  padding: 22px 22px 16px; box-shadow: 0 1px 2px rgba(0,0,0,.04), 0 6px 18px rgba(0,0,0,.05); }
article.starred { border-top: 4px solid var(--accent); }
blockquote, article.own > p:first-child { margin: 0; font-size: 1.1rem; white-space: pre-wrap;
  overflow-wrap: anywhere; }
main > h2 { grid-column: 1 / -1; margin: 12px 0 0; font-size: 1.2rem; }
blockquote::before { content: "\\201C"; display: block; height: .55em; color: var(--accent);
  font: 700 3rem/1 Georgia, serif; }
img { display: block; max-width: 100%; height: auto; margin-top: 12px; border-radius: 8px;
  border: 1px solid var(--line); }
.note { margin: 14px 0 0; color: var(--muted); font-style: italic; white-space: pre-wrap;
  overflow-wrap: anywhere; }
footer { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 14px;
  font-size: .85rem; color: var(--muted); }
.tag { background: var(--pill); border-radius: 999px; padding: 2px 10px; }
time { margin-left: auto; }
.star { color: var(--accent); }
.empty { color: var(--muted); }
@media print { body { background: #fff; } article { break-inside: avoid; box-shadow: none; } }
"""


def _counted(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def _html_card(entry: HappyEntry, tz: dt.tzinfo) -> str:
    esc = html.escape
    own = from_reflection(entry)
    classes = " ".join(
        name for name, wanted in (("starred", entry.starred), ("own", own)) if wanted
    )
    parts = [f'<article class="{classes}">']
    if entry.quote.strip():
        tag = "p" if own else "blockquote"
        parts.append(f"<{tag}>{esc(entry.quote.strip())}</{tag}>")
    uri = _data_uri(entry)
    if uri:
        alt = "Screenshot" if own else "Screenshot of a customer message"
        parts.append(f'<img src="{uri}" alt="{alt}">')
    if entry.note.strip():
        note = esc(entry.note.strip())
        parts.append(f'<p class="note">{note if own else f"Why it made my day: {note}"}</p>')
    tags = [tag for tag in entry.tags if not own or tag != REFLECTION_TAG]
    footer = [f'<span class="tag">{esc(tag)}</span>' for tag in tags]
    if entry.starred:
        footer.append('<span class="star" title="Starred">★</span>')
    stamp = utc_iso(entry.created)
    footer.append(f'<time datetime="{stamp}">{esc(_day_label(entry.created, tz))}</time>')
    parts.append(f"<footer>{''.join(footer)}</footer>")
    parts.append("</article>")
    return "".join(parts)


def render_html(
    entries: Sequence[HappyEntry],
    *,
    title: str | None = None,
    tz: dt.tzinfo = dt.UTC,
) -> str:
    """One HTML file with inline CSS and images as data: URIs, every text escaped. A
    customer's words are quoted; the agent's own from a reflection are not, and are headed
    apart when both kinds are there."""
    esc = html.escape
    title = title or export_title(entries)
    cards: list[str] = []
    for group, members in _grouped(entries):
        if group is not None:
            cards.append(f"<h2>{esc(group)}</h2>")
        cards += [_html_card(entry, tz) for entry in members]
    own = sum(1 for entry in entries if from_reflection(entry))
    customers = len(entries) - own
    counts = []
    if customers or not entries:
        counts.append(_counted(customers, "message", "messages") + " that made our day")
    if own:
        counts.append(_counted(own, "thing", "things") + " that went well")
    summary = " · ".join(counts)
    if entries:
        first = min(e.created for e in entries)
        last = max(e.created for e in entries)
        span = _day_label(first, tz)
        if _day_label(last, tz) != span:
            span = f"{span} – {_day_label(last, tz)}"
        summary = f"{summary} · {span}"
    body = "\n".join(cards) if cards else '<p class="empty">No entries yet.</p>'
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<header><h1>{esc(title)}</h1><p>{esc(summary)}</p></header>\n"
        f"<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


# --- JSON ---------------------------------------------------------------------------------


def _entry_to_json(entry: HappyEntry) -> dict[str, Any]:
    return {
        "key": entry.effective_key,
        "created": utc_iso(entry.created),
        "quote": entry.quote,
        "note": entry.note,
        "tags": list(entry.tags),
        "starred": entry.starred,
        "image": base64.b64encode(entry.image).decode("ascii") if entry.image else None,
        "image_mime": entry.image_mime if entry.image else None,
    }


def _phrase_to_json(phrase: UserPhrase) -> dict[str, Any]:
    return {
        "created": utc_iso(phrase.created),
        "category": phrase.category,
        "text": phrase.text,
        "objection": phrase.objection,
    }


# What json.dumps leaves raw although a terminal or an editor would act on it: DEL, C1 controls,
# bidirectional embeddings, overrides and isolates. As \u escapes they read back the same.
_JSON_INVISIBLE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def render_json(
    entries: Iterable[HappyEntry],
    phrases: Iterable[UserPhrase] = (),
    *,
    exported: dt.datetime,
) -> str:
    """A versioned JSON document; ``exported`` is passed in so the core never reads the clock."""
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported": utc_iso(exported),
        "entries": [_entry_to_json(entry) for entry in entries],
        "phrases": [_phrase_to_json(phrase) for phrase in phrases],
    }
    text = json.dumps(document, ensure_ascii=False, indent=2)
    return _JSON_INVISIBLE.sub(lambda match: f"\\u{ord(match.group()):04x}", text) + "\n"


def _text(item: dict[str, Any], field: str, where: str, limit: int, required: bool) -> str:
    value = item.get(field, None if required else "")
    if value is None and not required:
        return ""
    if not isinstance(value, str):
        raise HappyImportError(f"{where}: '{field}' must be text.")
    if len(value) > limit:
        raise HappyImportError(f"{where}: '{field}' is longer than {limit:,} characters.")
    return whole_characters(value)


def _created(item: dict[str, Any], where: str) -> dt.datetime:
    value = item.get("created")
    if not isinstance(value, str):
        raise HappyImportError(f"{where}: 'created' must be a date and time.")
    try:
        created = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as error:
        raise HappyImportError(f"{where}: 'created' is not a date and time: {value!r}.") from error
    if created.tzinfo is None:
        raise HappyImportError(f"{where}: 'created' needs a time zone (…Z for UTC).")
    try:
        in_range = FIRST_YEAR <= created.astimezone(dt.UTC).year <= LAST_YEAR
    except OverflowError:  # 0001-01-01T00:00+01:00 would be in year 0 in UTC
        in_range = False
    if not in_range:
        raise HappyImportError(
            f"{where}: 'created' is outside the years {FIRST_YEAR}–{LAST_YEAR}: {value!r}."
        )
    return parse_utc_iso(utc_iso(created))


def _parse_entry(item: Any, number: int) -> HappyEntry:
    where = f"Entry {number}"
    if not isinstance(item, dict):
        raise HappyImportError(f"{where} is not an object.")
    created = _created(item, where)
    quote = _text(item, "quote", where, MAX_QUOTE_CHARS, required=False)
    note = _text(item, "note", where, MAX_NOTE_CHARS, required=False)
    tags = item.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(tag, str) for tag in tags):
        raise HappyImportError(f"{where}: 'tags' must be a list of text.")
    tags = [whole_characters(tag) for tag in tags]
    starred = item.get("starred", False)
    if not isinstance(starred, bool):
        raise HappyImportError(f"{where}: 'starred' must be true or false.")
    image: bytes | None = None
    mime: str | None = None
    encoded = item.get("image")
    if encoded is not None:
        if not isinstance(encoded, str):
            raise HappyImportError(f"{where}: 'image' must be base64 text.")
        try:
            image = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError) as error:
            raise HappyImportError(f"{where}: 'image' is not valid base64.") from error
        if len(image) > MAX_IMAGE_BYTES:
            raise HappyImportError(f"{where}: the image is larger than we keep.")
        mime = item.get("image_mime")
        if mime not in IMAGE_MIMES:
            raise HappyImportError(
                f"{where}: 'image_mime' must be one of {', '.join(IMAGE_MIMES)}."
            )
        image = image or None
        if image is None:
            mime = None
    if not quote.strip() and image is None:
        raise HappyImportError(f"{where} has neither a quote nor an image.")
    key = item.get("key", "")
    if not isinstance(key, str) or len(key) > 64:
        raise HappyImportError(f"{where}: 'key' must be short text.")
    key = whole_characters(key)
    return HappyEntry(
        id=None,
        created=created,
        quote=quote,
        note=note,
        tags=normalise_tags(tags),
        starred=starred,
        image=image,
        image_mime=mime,
        key=key or content_key(created, quote, image),
    )


def _parse_phrase(item: Any, number: int) -> UserPhrase:
    where = f"Phrase {number}"
    if not isinstance(item, dict):
        raise HappyImportError(f"{where} is not an object.")
    created = _created(item, where)
    category = item.get("category")
    if category not in CATEGORY_IDS:
        raise HappyImportError(f"{where}: 'category' must be one of {', '.join(CATEGORY_IDS)}.")
    text = _text(item, "text", where, MAX_PHRASE_CHARS, required=True)
    if not text.strip():
        raise HappyImportError(f"{where}: 'text' is empty.")
    objection = _text(item, "objection", where, MAX_PHRASE_CHARS, required=False)
    return UserPhrase(id=None, created=created, category=category, text=text, objection=objection)


def parse_json(text: str) -> HappyExport:
    """Read a JSON export back, checking every field; a bad file raises :class:`HappyImportError`
    naming the first problem, and nothing is half-imported."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError) as error:  # a number of over 4,300 digits is a ValueError
        raise HappyImportError(f"This file is not valid JSON ({error}).") from error
    if not isinstance(document, dict) or document.get("format") != FORMAT_NAME:
        raise HappyImportError("This file is not a Companion happy-file export.")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise HappyImportError("The export has no format version.")
    if version > FORMAT_VERSION:
        raise HappyImportError(
            "This export was made by a newer Companion; update Companion to import it."
        )
    entries = document.get("entries", [])
    phrases = document.get("phrases", [])
    if not isinstance(entries, list) or not isinstance(phrases, list):
        raise HappyImportError("'entries' and 'phrases' must be lists.")
    return HappyExport(
        entries=tuple(_parse_entry(item, n) for n, item in enumerate(entries, 1)),
        phrases=tuple(_parse_phrase(item, n) for n, item in enumerate(phrases, 1)),
    )


def render(
    entries: Sequence[HappyEntry],
    export_format: str,
    *,
    exported: dt.datetime,
    phrases: Sequence[UserPhrase] = (),
    tz: dt.tzinfo = dt.UTC,
) -> str:
    """Dispatch on ``md``, ``html`` or ``json`` (own phrases go into JSON only)."""
    if export_format == "md":
        return render_markdown(entries, tz=tz)
    if export_format == "html":
        return render_html(entries, tz=tz)
    if export_format == "json":
        return render_json(entries, phrases, exported=exported)
    raise InvalidInput(f"Unknown export format {export_format!r}; use md, html or json.")
