"""The README's command table says what the parser accepts: every command and option it names
exists, and every command and option the parser has is in the table (as sqlite-utils checks
its documentation against its CLI)."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from companion.cli import build_parser

README = Path(__file__).resolve().parent.parent / "README.md"


def _table() -> list[str]:
    """The command part of each line (what follows two spaces or more is its description)."""
    text = README.read_text(encoding="utf-8")
    block = text.split("## Command line", 1)[1].split("```", 2)[1]
    return [
        re.split(r"\s{2,}", line)[0] for line in block.splitlines() if line.startswith("companion")
    ]


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:  # argparse offers no public way to walk its tree
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _commands() -> dict[tuple[str, ...], argparse.ArgumentParser]:
    """Every runnable command path, e.g. ("happy", "add"), with its parser."""
    found: dict[tuple[str, ...], argparse.ArgumentParser] = {}

    def walk(path: tuple[str, ...], parser: argparse.ArgumentParser) -> None:
        children = _subparsers(parser)
        if not children:
            found[path] = parser
        for name, child in children.items():
            walk((*path, name), child)

    for name, child in _subparsers(build_parser()).items():
        walk((name,), child)
    return found


def _documented() -> dict[tuple[str, ...], str]:
    commands = _commands()
    documented: dict[tuple[str, ...], str] = {}
    for line in _table():
        words = line.split()[1:]
        for length in (2, 1):
            path = tuple(words[:length])
            if path in commands:
                documented[path] = f"{documented.get(path, '')} {line}".strip()
                break
    return documented


def test_every_command_is_in_the_readme_table():
    missing = sorted(" ".join(path) for path in set(_commands()) - set(_documented()))
    assert missing == []


def test_every_line_of_the_table_is_a_command():
    commands = _commands()
    for line in _table():
        words = line.split()[1:]
        if not words or words[0].startswith("-"):
            continue  # `companion` alone and `companion --version | --help`
        assert tuple(words[:2]) in commands or tuple(words[:1]) in commands, line


@pytest.mark.parametrize("path", sorted(_commands()), ids=" ".join)
def test_the_options_in_the_table_are_the_commands_options(path):
    parser = _commands()[path]
    line = _documented()[path]
    table_options = set(re.findall(r"(?<![\w-])(--[a-z][a-z-]*|-o)\b", line))
    parser_options = {
        option
        for action in parser._actions
        for option in action.option_strings
        if option not in ("-h", "--help") and (option.startswith("--") or option == "-o")
    }
    long_forms = {
        option
        for action in parser._actions
        if action.option_strings and action.option_strings[0] not in ("-h",)
        for option in action.option_strings[-1:]
    }
    assert table_options <= parser_options, f"{line}: not options of the command"
    undocumented = {o for o in long_forms - table_options if o.startswith("--")}
    undocumented -= {"--help"}
    # an option documented by its short form (-o) counts for its long one (--output)
    for action in parser._actions:
        if set(action.option_strings) & table_options:
            undocumented -= set(action.option_strings)
    assert undocumented == set(), f"{' '.join(path)}: options missing from the README table"
