"""The Markdown export rendered by a real CommonMark implementation: nothing a customer or the
agent wrote becomes HTML, a link or formatting, and every word comes out as it went in."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from companion.core.happy import HappyEntry
from companion.core.happy_export import render_markdown

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)
EXPORT_TAGS = {"h1", "h2", "p", "blockquote", "em", "code", "img"}
"""Every tag the export itself produces."""

HOSTILE = [
    "<img src=x onerror=alert(1)>",
    "`<img src=x onerror=alert(1)>`",
    "``<img src=x onerror=alert(1)>``",
    "` `` ``` <script>alert(1)</script>",
    "[click me](javascript:alert(1))",
    "![pic](javascript:alert(1))",
    "[x]: javascript:alert(1)\n[x]",
    "[x][y]\n\n[y]: https://evil.example",
    "<https://evil.example>",
    "<javascript:alert(1)>",
    "<mail@evil.example>",
    "<!-- hidden --> visible",
    "<?php evil() ?>",
    "<![CDATA[ x ]]>",
    "<!DOCTYPE html>",
    "<div>\nblock html\n</div>",
    "&lt;script&gt; &#60;b&#62; &amp;",
    "\\<img src=x onerror=alert(1)>",
    "trailing backslash\\\nnext",
    "two trailing spaces  \nnext",
    "    indented code",
    "\tindented by a tab",
    "```\nfenced\n```",
    "~~~\nfenced\n~~~",
    "# heading\n## heading\n###### heading",
    "setext\n===",
    "setext\n---",
    "***\n---\n___",
    "- item\n+ item\n* item",
    "1. first\n2) second",
    "> nested quote",
    "| a | b |\n|---|---|\n| c | d |",
    "~~struck~~ *em* **strong** _u_ __uu__",
    "a\rb\r\nc\x0bd\x0ce\x1cf\x85g\u2028h\u2029i",
]


@dataclass
class Rendered(HTMLParser):
    """The tags of a rendered page and the text inside blockquotes, notes and code spans."""

    tags: list[tuple[str, dict[str, str | None]]] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    _open: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        super().__init__(convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "blockquote":
            self.quotes.append("")
        if tag == "code":
            self.codes.append("")
        if tag == "p" and self._open[-1:] != ["blockquote"]:
            self.notes.append("")
        if tag != "img":
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "img":  # <img … /> has no content
            return
        assert self._open and self._open[-1] == tag, (tag, self._open)
        self._open.pop()

    def handle_data(self, data: str) -> None:
        if "blockquote" in self._open:
            self.quotes[-1] += data
        elif "code" in self._open:
            self.codes[-1] += data
        elif "p" in self._open and self.notes:
            self.notes[-1] += data

    def handle_comment(self, data: str) -> None:
        self.other.append(f"comment {data!r}")

    def handle_decl(self, decl: str) -> None:
        self.other.append(f"declaration {decl!r}")

    def handle_pi(self, data: str) -> None:
        self.other.append(f"processing instruction {data!r}")

    def unknown_decl(self, data: str) -> None:
        self.other.append(f"declaration {data!r}")


def rendered(entries: list[HappyEntry]) -> Rendered:
    markdown = render_markdown(entries)
    page = Rendered()
    for renderer in (MarkdownIt("commonmark"), MarkdownIt("commonmark").enable("table")):
        html = renderer.enable("strikethrough").render(markdown)
        page = Rendered()
        page.feed(html)
        page.close()
        assert {tag for tag, _ in page.tags} <= EXPORT_TAGS, (markdown, html)
        assert page.other == [], html
    return page


def words(text: str) -> str:
    """Text as a reader sees it: CommonMark shows a NUL as U+FFFD, and joins lines."""
    return " ".join(text.replace("\x00", "\ufffd").split())


def entry(quote: str, note: str = "", tags: tuple[str, ...] = ()) -> HappyEntry:
    return HappyEntry(
        id=1,
        created=dt.datetime(2026, 2, 14, 16, 5, tzinfo=dt.UTC),
        quote=quote,
        note=note,
        tags=tags,
    )


def check_entries(entries: list[HappyEntry]) -> None:
    page = rendered(entries)
    tagged = [tag for e in entries for tag in e.tags]
    counts = {name: sum(1 for tag, _ in page.tags if tag == name) for name in EXPORT_TAGS}
    assert counts["h1"] == 1 and counts["h2"] == len(entries)
    assert counts["blockquote"] == sum(1 for e in entries if e.quote.strip() or e.image)
    assert counts["em"] == sum(1 for e in entries if e.note.strip())
    assert counts["img"] == sum(1 for e in entries if e.image)
    sources = [attrs.get("src") or "" for tag, attrs in page.tags if tag == "img"]
    assert all(src.startswith("data:image/png;base64,") for src in sources)
    assert page.codes == [words(tag) for tag in tagged]
    assert [words(q) for q in page.quotes] == [words(e.quote) for e in entries if e.quote.strip()]
    notes = [n for n in page.notes if n.startswith("Why it made my day:")]
    assert [words(n.removeprefix("Why it made my day:")) for n in notes] == [
        words(e.note) for e in entries if e.note.strip()
    ]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_stays_text_in_quote_note_and_tag(text: str) -> None:
    check_entries([entry(text, note=text, tags=(text, "kind"))])


def test_a_screenshot_is_the_only_image() -> None:
    shot = HappyEntry(
        id=2,
        created=dt.datetime(2026, 2, 15, tzinfo=dt.UTC),
        quote="![x](https://evil.example/t.png)",
        image=PNG,
        image_mime="image/png",
    )
    check_entries([shot])


# Markdown's punctuation, HTML's, and anything else Unicode holds.
_MARKUP = st.sampled_from([*"\\`*_[]()<>&!~|#+-=.:;\"' \t\n", "javascript:", "&#60;", "1."])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.lists(_MARKUP | st.text(max_size=3), max_size=40).map("".join),
            st.lists(_MARKUP | st.text(max_size=3), max_size=15).map("".join),
            st.lists(
                st.lists(_MARKUP | st.text(max_size=2), min_size=1, max_size=8)
                .map("".join)
                .filter(str.strip),
                max_size=3,
            ),
        ).filter(lambda t: t[0].strip()),
        min_size=1,
        max_size=3,
    )
)
def test_no_text_becomes_markup(fields: list[tuple[str, str, list[str]]]) -> None:
    check_entries([entry(quote, note, tuple(tags)) for quote, note, tags in fields])
