"""`companion completion bash|zsh|fish`: a completion script made from the parser itself, so
every command, option and choice the CLI has completes, and nothing it does not.

Install it once (each shell's usual place)::

    companion completion bash > ~/.local/share/bash-completion/completions/companion
    companion completion zsh  > ~/.zfunc/_companion   # or: eval "$(companion completion zsh)"
    companion completion fish > ~/.config/fish/completions/companion.fish
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from typing import Any

from companion.cli.context import Context
from companion.cli.i18n import Texts

SHELLS = ("bash", "zsh", "fish")

CliCompletion = Texts("CliCompletion")

_WORD = re.compile(r"^[\w+.:-]+$")
"""Commands, options and choices are written into the scripts unquoted: only such words."""


@dataclass
class Command:
    """One command of the tree (``path`` is () for `companion` itself)."""

    path: tuple[str, ...]
    help: str = ""
    subcommands: list[tuple[str, str]] = field(default_factory=list)
    options: list[tuple[list[str], str, list[str] | None]] = field(default_factory=list)
    """Each option's strings, help, and what it takes: None for nothing, else its choices
    (an empty list for any value)."""
    choices: list[str] = field(default_factory=list)
    """Values of its positional arguments that have a fixed set."""
    free: bool = False
    """Whether it takes a positional argument of any value (a file, words)."""


def commands(parser: argparse.ArgumentParser) -> list[Command]:
    """Every command reachable from ``parser``, parents before children."""
    found: list[Command] = []

    def walk(path: tuple[str, ...], parser: argparse.ArgumentParser, help_text: str) -> None:
        command = Command(path, help_text)
        found.append(command)
        children: list[tuple[str, argparse.ArgumentParser, str]] = []
        for action in parser._actions:  # argparse offers no public way to walk its tree
            if isinstance(action, argparse._SubParsersAction):
                helps = {a.dest: a.help or "" for a in action._choices_actions}
                for name, child in action.choices.items():
                    children.append((name, child, helps.get(name, "")))
                    command.subcommands.append((name, helps.get(name, "")))
            elif action.help == argparse.SUPPRESS:
                continue
            elif action.option_strings:
                takes = None if action.nargs == 0 else [str(c) for c in action.choices or []]
                command.options.append((list(action.option_strings), action.help or "", takes))
            elif action.choices:
                command.choices.extend(str(choice) for choice in action.choices)
            else:
                command.free = True
        for name, child, child_help in children:
            walk((*path, name), child, child_help)

    walk((), parser, "")
    return found


def _words(items: list[str]) -> str:
    return " ".join(item for item in items if _WORD.match(item))


def _key(path: tuple[str, ...]) -> str:
    return "/" + "/".join(path)


def bash_script(parser: argparse.ArgumentParser) -> str:
    tree = commands(parser)
    known = "|".join(_key(c.path) for c in tree if c.path)
    value_cases, word_cases = [], []
    for command in tree:
        key = _key(command.path)
        for strings, _help, takes in command.options:
            if takes is not None:
                pattern = "|".join(f'"{key}|{s}"' for s in strings if _WORD.match(s))
                value_cases.append(f"        {pattern}) words={_words(takes)!r} ;;")
        options = [s for strings, _help, _takes in command.options for s in strings]
        word_cases.append(
            f'        "{key}") words={_words([n for n, _ in command.subcommands])!r}'
            f" choices={_words(command.choices)!r} options={_words(options)!r}"
            f" free={int(command.free)} ;;"
        )
    return f"""# bash completion for companion (made by `companion completion bash`)
_companion() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}"
    local path="" word i words="" choices="" options="" free=0 IFS=$'\\n'
    for ((i = 1; i < COMP_CWORD; i++)); do
        word="${{COMP_WORDS[i]}}"
        case "$path/$word" in
            {known}) path="$path/$word" ;;
        esac
    done
    [ -z "$path" ] && path="/"
    case "$path|$prev" in
{chr(10).join(value_cases)}
        *) prev="" ;;
    esac
    if [ -n "$prev" ]; then
        COMPREPLY=($(IFS=' '; compgen -W "$words" -- "$cur"))
        [ -z "$words" ] && COMPREPLY=($(compgen -f -- "$cur"))
        return 0
    fi
    case "$path" in
{chr(10).join(word_cases)}
    esac
    if [[ "$cur" == -?* ]]; then
        COMPREPLY=($(IFS=' '; compgen -W "$options $choices" -- "$cur"))
    else
        COMPREPLY=($(IFS=' '; compgen -W "$words $choices" -- "$cur"))
        [ "$free" = 1 ] && COMPREPLY+=($(compgen -f -- "$cur"))
    fi
    return 0
}}
complete -o filenames -F _companion companion
"""


def zsh_script(parser: argparse.ArgumentParser) -> str:
    """zsh runs the bash script through its bashcompinit layer."""
    return (
        "#compdef companion\n"
        "# zsh completion for companion (made by `companion completion zsh`)\n"
        "autoload -U +X compinit && { (( $+functions[compdef] )) || compinit; }\n"
        "autoload -U +X bashcompinit && bashcompinit\n" + bash_script(parser)
    )


def _fish_text(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def fish_script(parser: argparse.ArgumentParser) -> str:
    tree = commands(parser)
    known = " ".join(_fish_text(_key(c.path)) for c in tree if c.path)
    lines = [
        "# fish completion for companion (made by `companion completion fish`)",
        "function __companion_path",
        "    set -l path ''",
        "    for word in (commandline -opc)[2..-1]",
        f'        if contains -- "$path/$word" {known}',
        '            set path "$path/$word"',
        "        end",
        "    end",
        "    test -n \"$path\"; and echo $path; or echo '/'",
        "end",
        "function __companion_at",
        '    test (__companion_path) = "$argv[1]"',
        "end",
        "complete -c companion -f",
    ]
    for command in tree:
        at = f"-n {_fish_text('__companion_at ' + _key(command.path))}"
        for name, help_text in command.subcommands:
            lines.append(f"complete -c companion {at} -a {name} -d {_fish_text(help_text)}")
        if command.choices:
            lines.append(f"complete -c companion {at} -a {_fish_text(_words(command.choices))}")
        if command.free:
            lines.append(f"complete -c companion {at} -F")
        for strings, help_text, takes in command.options:
            flags = []
            for option in strings:
                if option.startswith("--"):
                    flags.append(f"-l {option[2:]}")
                elif len(option) == 2:
                    flags.append(f"-s {option[1]}")
            if takes:
                flags.append(f"-x -a {_fish_text(_words(takes))}")
            elif takes is not None:
                flags.append("-r -F")
            lines.append(f"complete -c companion {at} {' '.join(flags)} -d {_fish_text(help_text)}")
    return "\n".join(lines) + "\n"


def register(subparsers: Any) -> None:
    completion = subparsers.add_parser(
        "completion",
        help=CliCompletion.tr("print a shell completion script (bash, zsh or fish)"),
        description=CliCompletion.tr(
            "Print a script that completes companion's commands, options and choices in your "
            "shell. For bash: companion completion bash > "
            '~/.local/share/bash-completion/completions/companion; for zsh: eval "$(companion '
            'completion zsh)" in ~/.zshrc; for fish: companion completion fish > '
            "~/.config/fish/completions/companion.fish."
        ),
    )
    completion.add_argument(
        "shell", choices=SHELLS, help=CliCompletion.tr("the shell to complete in")
    )
    completion.set_defaults(handler=cmd_completion, forward=False)


def cmd_completion(args: argparse.Namespace, ctx: Context) -> int:
    from companion.cli import build_parser

    parser = build_parser()
    script = {"bash": bash_script, "zsh": zsh_script, "fish": fish_script}[args.shell](parser)
    ctx.stdout.write(script)
    return 0
