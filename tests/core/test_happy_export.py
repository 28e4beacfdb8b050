"""Happy file data and exports: round trips, escaping, self-contained HTML, clear import errors."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import random
import re
from collections import Counter
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.errors import CompanionError
from companion.core.happy import (
    MAX_QUOTE_CHARS,
    HappyEntry,
    cap_quote,
    choose_lift,
    content_key,
    normalise_tag,
    normalise_tags,
)
from companion.core.happy_export import (
    HappyImportError,
    parse_json,
    render,
    render_html,
    render_json,
    render_markdown,
)
from companion.core.phrasebook import UserPhrase

UTC = dt.UTC
NOW = dt.datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
)


def entry(**changes: object) -> HappyEntry:
    fields: dict[str, object] = {
        "id": 1,
        "created": dt.datetime(2026, 2, 14, 16, 5, 7, 123456, tzinfo=UTC),
        "quote": "You saved my launch day. Thank you, Maya!",
        "note": "She wrote back after the fix went live.",
        "tags": ("billing", "launch"),
        "starred": True,
    }
    fields.update(changes)
    return HappyEntry(**fields)  # type: ignore[arg-type]


# --- entry rules --------------------------------------------------------------------------


def test_tags_are_normalised() -> None:
    assert normalise_tag("  #Shipping   Delay ") == "shipping delay"
    assert normalise_tags(["Billing", "billing", "a, b", " ", "#"]) == ("billing", "a", "b")
    assert len(normalise_tag("x" * 100)) == 40


def test_content_key_is_stable_and_distinguishes() -> None:
    created = dt.datetime(2026, 1, 1, 12, tzinfo=UTC)
    key = content_key(created, "Thanks!")
    assert key == content_key(created.astimezone(ZoneInfo("Asia/Seoul")), "  Thanks!\n")
    assert key != content_key(created, "Thanks!!")
    assert key != content_key(created + dt.timedelta(seconds=1), "Thanks!")
    assert key != content_key(created, "Thanks!", PNG)
    assert re.fullmatch(r"[0-9a-f]{32}", key)


def test_key_survives_an_edit() -> None:
    original = entry(key="")
    edited = entry(quote="Edited quote", key=original.effective_key)
    assert edited.effective_key == original.effective_key


def test_cap_quote() -> None:
    assert cap_quote("short") == ("short", False)
    text, cut = cap_quote("x" * (MAX_QUOTE_CHARS + 5))
    assert cut and len(text) == MAX_QUOTE_CHARS


def test_choose_lift_favours_starred() -> None:
    rng = random.Random(4)
    picks = Counter(choose_lift([(1, False), (2, True)], rng) for _ in range(5000))
    assert picks[2] > picks[1] * 3
    assert picks[1] > 0, "unstarred entries still come up"
    assert choose_lift([], rng) is None


# --- Markdown -----------------------------------------------------------------------------


def test_markdown() -> None:
    text = render_markdown(
        [entry(quote="# Not a heading\nline two <b>"), entry(starred=False, tags=())],
        tz=ZoneInfo("Asia/Seoul"),
    )
    assert text.startswith("# Kudos from our customers\n")
    assert "## 15 February 2026 ★" in text  # 16:05 UTC is the next day in Seoul
    assert "> \\# Not a heading" in text
    assert "> line two \\<b\\>" in text
    assert "*Why it made my day:* She wrote back" in text
    assert "`billing` `launch`" in text


def reflected(**changes: object) -> HappyEntry:
    """What "what went well" from a reflection becomes in the happy file: the agent's words."""
    fields: dict[str, object] = {
        "quote": "Turned a cancellation into a happy customer.",
        "note": "From my reflection on 2026-02-14",
        "tags": ("reflection",),
        "starred": False,
    }
    fields.update(changes)
    return entry(**fields)


def test_what_went_well_in_a_reflection_is_not_exported_as_kudos_from_customers() -> None:
    own = render_markdown([reflected()])
    assert own.startswith("# What went well\n")
    assert "Kudos" not in own and "customer" not in own.split("\n", 1)[0]
    assert "\nTurned a cancellation into a happy customer.\n" in own, "not quoted as theirs"
    assert "Why it made my day" not in own and "*From my reflection on 2026-02-14*" in own
    assert "`reflection`" not in own

    both = render_markdown([entry(), reflected(id=2)])
    assert both.startswith("# What made our day\n")
    customers, mine = both.split("## From our customers\n")[1].split(
        "## What went well, in my own words\n"
    )
    assert "> You saved my launch day" in customers and "Turned a cancellation" not in customers
    assert "Turned a cancellation" in mine and "> " not in mine

    page = render_html([entry(), reflected(id=2)])
    assert "<title>What made our day</title>" in page and "Kudos" not in page
    assert "<h2>What went well, in my own words</h2>" in page
    assert "<p>Turned a cancellation into a happy customer.</p>" in page
    assert "1 message that made our day · 1 thing that went well" in page
    assert "<title>Kudos from our customers</title>" in render_html([entry()])


def test_markdown_embeds_image_and_empty_list() -> None:
    text = render_markdown([entry(quote="", image=PNG, image_mime="image/png")])
    assert "![Screenshot](data:image/png;base64," in text
    assert "_No entries yet._" in render_markdown([])


# --- HTML ---------------------------------------------------------------------------------


def test_html_is_self_contained_and_escaped() -> None:
    nasty = entry(
        quote='<script>alert("x")</script> & "thanks"',
        note="<img src=x onerror=alert(1)>",
        tags=("<b>tag</b>",),
        image=PNG,
        image_mime="image/png",
    )
    page = render_html([nasty, entry(id=2, starred=False)])
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;thanks&quot;" in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "&lt;b&gt;tag&lt;/b&gt;" in page
    assert '<img src="data:image/png;base64,' in page
    # Self-contained: no external fetches of any kind.
    assert not re.search(r"""(src|href)=["']?(https?:|//)""", page)
    assert "@import" not in page and "url(" not in page
    assert "<style>" in page and "prefers-color-scheme: dark" in page
    assert page.count("<article") == 2
    assert 'class="starred"' in page
    assert "2 messages that made our day · 14 February 2026" in page


def test_html_refuses_unknown_image_types() -> None:
    page = render_html([entry(image=b"<svg onload=alert(1)>", image_mime="image/svg+xml")])
    assert "svg" not in page


def test_html_empty() -> None:
    assert "No entries yet." in render_html([])


# --- JSON ---------------------------------------------------------------------------------


def test_json_round_trip_with_image_and_phrases() -> None:
    phrase = UserPhrase(
        id=3, created=NOW, category="explain-why", text="Because…", objection="Why so dear?"
    )
    original = [entry(image=PNG, image_mime="image/png"), entry(id=2, quote="Ünïcode ✓ 😀")]
    document = render_json(original, [phrase], exported=NOW)
    parsed = parse_json(document)
    assert [e.quote for e in parsed.entries] == [e.quote for e in original]
    assert parsed.entries[0].image == PNG
    assert parsed.entries[0].image_mime == "image/png"
    assert parsed.entries[0].created == original[0].created
    assert parsed.entries[0].tags == ("billing", "launch")
    assert parsed.entries[0].starred is True
    assert [e.key for e in parsed.entries] == [e.effective_key for e in original]
    assert all(e.id is None for e in parsed.entries)
    assert parsed.phrases[0].objection == "Why so dear?"
    assert parsed.phrases[0].category == "explain-why"
    assert json.loads(document)["exported"] == "2026-03-01T09:30:00.000000Z"


def test_render_dispatch() -> None:
    assert render([entry()], "md", exported=NOW).startswith("# ")
    assert render([entry()], "html", exported=NOW).startswith("<!DOCTYPE html>")
    assert json.loads(render([entry()], "json", exported=NOW))["version"] == 1
    with pytest.raises(CompanionError, match="Unknown export format"):
        render([], "pdf", exported=NOW)


def _doc(**changes: object) -> str:
    item: dict[str, object] = {
        "created": "2026-02-14T16:05:07.000000Z",
        "quote": "Thanks!",
        "note": "",
        "tags": ["a"],
        "starred": False,
        "image": None,
        "image_mime": None,
    }
    item.update(changes)
    return json.dumps({"format": "companion-happy-file", "version": 1, "entries": [item]})


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "not valid JSON"),
        ("[]", "not a Companion happy-file export"),
        ('{"format": "other"}', "not a Companion happy-file export"),
        ('{"format": "companion-happy-file"}', "no format version"),
        ('{"format": "companion-happy-file", "version": 99}', "newer Companion"),
        ('{"format": "companion-happy-file", "version": 1, "entries": {}}', "must be lists"),
        (_doc(created="yesterday"), "Entry 1: 'created' is not a date"),
        (_doc(created="2026-02-14T16:05:07"), "needs a time zone"),
        (_doc(created=5), "'created' must be a date"),
        (_doc(quote=7), "'quote' must be text"),
        (_doc(quote=" ", image=None), "neither a quote nor an image"),
        (_doc(quote="x" * (MAX_QUOTE_CHARS + 1)), "longer than"),
        (_doc(tags="a"), "'tags' must be a list"),
        (_doc(starred="yes"), "'starred' must be true or false"),
        (_doc(image="***", image_mime="image/png"), "not valid base64"),
        (_doc(image="aGk=", image_mime="text/html"), "'image_mime' must be one of"),
        (_doc(key=["x"]), "'key' must be short text"),
        (_doc(created="0001-01-01T00:00:00Z"), "outside the years 1970–9998"),
        (_doc(created="0001-01-01T00:30:00+01:00"), "outside the years 1970–9998"),
        (_doc(created="9999-12-31T23:59:59Z"), "outside the years 1970–9998"),
        (_doc(created="9999-12-31T23:00:00-05:00"), "outside the years 1970–9998"),
        (_doc(created="1969-12-31T23:59:59Z"), "outside the years 1970–9998"),
        (_doc(created="2026-02-30T00:00:00Z"), "'created' is not a date"),
        ('{"format": "companion-happy-file", "version": 1' + "0" * 5000 + "}", "not valid JSON"),
        ("[" * 100_000 + "]" * 100_000, "not valid JSON"),
    ],
)
def test_bad_files_are_rejected_clearly(text: str, message: str) -> None:
    with pytest.raises(HappyImportError, match=message) as raised:
        parse_json(text)
    assert isinstance(raised.value, CompanionError)


def test_half_characters_from_json_escapes_become_replacement_characters() -> None:
    document = json.loads(
        _doc(quote="thanks \ud800!", note="\udfff", tags=["a\udc80"], key="k\ud800")
    )
    document["phrases"] = [
        {
            "created": "2026-01-01T00:00:00Z",
            "category": "acknowledge",
            "text": "\ud83d",
            "objection": "why\udc00",
        }
    ]
    export = parse_json(json.dumps(document))
    [parsed] = export.entries
    assert (parsed.quote, parsed.note, parsed.tags, parsed.key) == (
        "thanks \ufffd!",
        "\ufffd",
        ("a\ufffd",),
        "k\ufffd",
    )
    assert (export.phrases[0].text, export.phrases[0].objection) == ("\ufffd", "why\ufffd")


def test_the_first_and_last_years_import() -> None:
    for created in ("1970-01-01T00:00:00Z", "9998-12-31T23:59:59Z"):
        [parsed] = parse_json(_doc(created=created)).entries
        assert parsed.created.year in (1970, 9998)


def test_bad_phrase_is_rejected() -> None:
    document = json.loads(_doc())
    document["phrases"] = [{"created": "2026-01-01T00:00:00Z", "category": "x", "text": "t"}]
    with pytest.raises(HappyImportError, match="Phrase 1: 'category'"):
        parse_json(json.dumps(document))


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(),
        lambda c: st.lists(c) | st.dictionaries(st.text(), c),
        max_leaves=20,
    )
)
def test_parse_never_crashes_on_odd_json(value: object) -> None:
    for document in (value, {"format": "companion-happy-file", "version": 1, "entries": value}):
        with contextlib.suppress(HappyImportError):
            parse_json(json.dumps(document))


@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.builds(
            HappyEntry,
            id=st.none(),
            created=st.datetimes(
                min_value=dt.datetime(2000, 1, 1),
                max_value=dt.datetime(2100, 1, 1),
                timezones=st.just(UTC),
            ),
            quote=st.text(min_size=1, max_size=200).filter(str.strip),
            note=st.text(max_size=50),
            tags=st.lists(
                st.from_regex(r"[a-z]{1,8}", fullmatch=True), max_size=3, unique=True
            ).map(tuple),
            starred=st.booleans(),
        ),
        max_size=5,
    )
)
def test_json_round_trip_fuzz(entries: list[HappyEntry]) -> None:
    parsed = parse_json(render_json(entries, exported=NOW)).entries
    assert [(e.created, e.quote, e.note, e.tags, e.starred) for e in parsed] == [
        (e.created, e.quote, e.note, e.tags, e.starred) for e in entries
    ]
    render_html(entries)
    render_markdown(entries)
