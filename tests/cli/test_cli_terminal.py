"""What commands print from the user's data never steers the terminal: escape sequences, control
characters and bidirectional overrides are shown, not obeyed, and JSON stays the same value."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.cli import main
from companion.cli.context import Context
from companion.cli.terminal import json_text, visible
from tests.support import run_cli

EVIL = "a\x1b]0;owned\x07b\x1b[2J\x1b[31mred\x9b1m\x7f\x00\u202egnp.exe\u2066x\u2069\rend"
"""Retitles the window, clears the screen, colours, CSI as one C1 byte, DEL, NUL, a right-to-left
override and isolate, and a carriage return that would hide what came before it."""

# Anything a terminal acts on: C0 but newline and tab, DEL, C1, bidi embeddings to isolates.
OBEYED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def test_visible_writes_out_what_a_terminal_would_act_on() -> None:
    assert visible(EVIL) == (
        "a\\x1b]0;owned\\x07b\\x1b[2J\\x1b[31mred\\x9b1m\\x7f\\x00\\u202egnp.exe\\u2066x\\u2069"
        "\\x0dend"
    )
    assert visible("line one\r\n\tline two\n") == "line one\n\tline two\n"
    assert visible("half \ud800") == "half \\ud800"
    assert visible("Grüße, 고마워요 ✓") == "Grüße, 고마워요 ✓"


@given(
    st.recursive(st.text() | st.integers(), lambda c: st.lists(c) | st.dictionaries(st.text(), c))
)
def test_json_text_is_the_same_value_with_nothing_a_terminal_obeys(value: object) -> None:
    for indent in (None, 2):
        text = json_text(value, indent=indent)
        assert json.loads(text) == value
        assert not OBEYED.search(text.replace("\n", ""))


def _import(documents: dict[str, Any]) -> None:
    document = {"format": "companion-happy-file", "version": 1, **documents}
    code, _, err = run_cli(["import", "happy", "-"], stdin=json.dumps(document))
    assert (code, err) == (0, "")


@pytest.fixture
def evil_happy_file() -> None:
    _import(
        {
            "entries": [
                {
                    "created": "2026-02-14T16:05:07Z",
                    "quote": EVIL,
                    "note": EVIL,
                    "tags": ["t\x1b[1m", "\u202eevil"],
                    "starred": True,
                }
            ],
            "phrases": [
                {
                    "created": "2026-02-14T16:05:07Z",
                    "category": "acknowledge",
                    "text": f"phrase {EVIL}",
                    "objection": f"objection {EVIL}",
                }
            ],
        }
    )


def assert_shown_not_obeyed(out: str) -> None:
    assert out.strip()
    assert not OBEYED.search(out), repr(out)


@pytest.mark.usefixtures("evil_happy_file")
@pytest.mark.parametrize(
    "argv",
    [
        ["happy", "search"],
        ["happy", "search", "owned"],
        ["happy", "random"],
        ["phrases", "phrase"],
        ["phrases", "objection"],
    ],
)
def test_happy_file_text_is_shown_not_obeyed(argv: list[str]) -> None:
    code, out, err = run_cli(argv)
    assert (code, err) == (0, "")
    assert_shown_not_obeyed(out)
    assert "\\x1b" in out


@pytest.mark.usefixtures("evil_happy_file")
@pytest.mark.parametrize(
    "argv", [["happy", "search", "--json"], ["happy", "random", "--json"], ["phrases", "--json"]]
)
def test_json_output_keeps_the_text_and_escapes_it(argv: list[str]) -> None:
    code, out, _ = run_cli(argv)
    assert code == 0
    assert_shown_not_obeyed(out.replace("\n", ""))
    assert any(EVIL in text for text in strings(json.loads(out)))


def strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        return [text for item in value for text in strings(item)]
    return []


@pytest.mark.usefixtures("evil_happy_file")
def test_the_json_export_reads_back_the_same_and_escapes_what_a_terminal_obeys() -> None:
    code, out, _ = run_cli(["export", "happy", "--format", "json"])
    assert code == 0
    assert not OBEYED.search(out.replace("\n", ""))
    assert json.loads(out)["entries"][0]["quote"] == EVIL


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.usefixtures("evil_happy_file")
@pytest.mark.parametrize("export_format", ["md", "html"])
def test_an_export_printed_to_a_terminal_is_shown_not_obeyed(export_format: str) -> None:
    terminal = Terminal()
    ctx = Context(stdout=terminal, stderr=io.StringIO())
    assert main(["export", "happy", "--format", export_format], ctx) == 0
    assert_shown_not_obeyed(terminal.getvalue().replace("\n", ""))
    # Into a pipe or a file the export is left as it is.
    code, out, _ = run_cli(["export", "happy", "--format", export_format])
    assert code == 0 and "\x1b" in out


def test_reflection_text_is_shown_not_obeyed(clock: Any) -> None:
    code, _, _ = run_cli(
        ["reflect", "add", "--mood", "3", "--energy", "4", "--well", EVIL, "--note", EVIL], clock
    )
    assert code == 0
    code, out, _ = run_cli(["reflect", "show"], clock)
    assert code == 0 and "\\x1b" in out
    assert_shown_not_obeyed(out.replace("\n", ""))
    code, out, _ = run_cli(["reflect", "show", "--json"], clock)
    assert code == 0 and json.loads(out)["reflection"]["well"] == EVIL
    assert_shown_not_obeyed(out)


def test_reframe_and_check_show_the_words_they_quote(clock: Any) -> None:
    thought = "I always \x1b[31mfail\u202e, it's my fault"
    for argv in (["reframe", "detect", thought], ["reframe", "detect", thought, "--json"]):
        code, out, _ = run_cli(argv)
        assert code == 0
        assert_shown_not_obeyed(out.replace("\n", ""))
    reply = "No. You are \x1b[31mwrong\x1b[0m, as I already said!!!"
    for argv in (["check", "-"], ["check", "-", "--json"]):
        code, out, _ = run_cli(argv, clock, stdin=reply)
        assert code == 1
        assert_shown_not_obeyed(out.replace("\n", ""))


def test_an_output_name_with_escapes_is_shown_in_the_message(tmp_path: Any, clock: Any) -> None:
    target = tmp_path / "kudos\x1b[2J.md"
    code, _, err = run_cli(["export", "happy", "--format", "md", "-o", str(target)], clock)
    assert code == 0 and target.exists()
    assert "kudos\\x1b[2J.md" in err and "\x1b" not in err


def test_wide_characters_take_two_columns_when_aligned() -> None:
    from companion.cli.terminal import display_width, right_aligned

    assert display_width("답변 전체") == 9
    assert right_aligned("1:1", 7) == "    1:1"
    assert display_width(right_aligned("返信全体", 9)) == 9
