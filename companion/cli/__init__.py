"""`companion …`: argument parsing and printing only; the work is in core/ and store/.

Exit codes: 0 ok, 1 a check found a hard reply, 2 usage or input error (one line on stderr).
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from companion import __version__
from companion.cli import i18n
from companion.cli.context import Context, output_error
from companion.cli.i18n import Texts
from companion.cli.terminal import visible
from companion.core import cache
from companion.core.errors import CompanionError

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

EXIT_OK = 0
EXIT_HARD = 1
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # what a shell reports for a command killed by SIGPIPE

Cli = Texts("Cli")


class UsageError(CompanionError):
    """Bad command-line arguments."""


def build_parser() -> argparse.ArgumentParser:
    """The full parser, with every subject's commands (built only when a command is given),
    its help in the user's language."""
    import argparse

    if i18n.activate(i18n.choose_language()) != i18n.ENGLISH:
        from companion.cli import argparse_texts

        argparse_texts.install()

    class Parser(argparse.ArgumentParser):
        """argparse that reports a usage error in one line and never exits by itself."""

        def error(self, message: str) -> Any:
            raise UsageError(
                Cli.tr("%1: %2 (see '%1 --help')", "a usage error; %2 is argparse's message").arg(
                    self.prog, message
                )
            )

    parser = Parser(
        prog="companion",
        description=Cli.tr(
            "Companion keeps a support agent's day in balance: log positive and negative "
            "interactions, check draft replies, cool off before a hard reply, keep a happy file, "
            "reframe negative feedback and reflect at the end of a shift. Run without a command "
            "to open the app. All data stays on this machine."
        ),
        epilog=Cli.tr("Exit codes: 0 ok, 1 a check found a hard reply, 2 usage or input error."),
    )
    from companion.cli.argparse_texts import version_help

    parser.add_argument(
        "--version", action="version", version=f"companion {__version__}", help=version_help()
    )
    parser.add_argument(
        "--exit-after-show",
        action="store_true",
        help=Cli.tr("open the window and quit as soon as it is shown (smoke tests, benchmarks)"),
    )
    parser.add_argument(
        "--hidden",
        action="store_true",
        help=Cli.tr("start in the tray without showing the window"),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    from companion import features

    for name in features.command_modules():
        importlib.import_module(name).register(subparsers)
    return parser


Handler = Callable[["argparse.Namespace", Context], int]


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Run a parsed command; CompanionError becomes one line on stderr and exit 2."""
    handler: Handler = args.handler
    _mend_text_arguments(args)
    try:
        if ctx.app is None:
            _log_warnings_to_file()
        return handler(args, ctx)
    except CompanionError as error:
        ctx.err(f"companion: {visible(error_text(error))}")
        return EXIT_USAGE


def error_text(error: CompanionError) -> str:
    """The error's message in the user's language (companion.cli.errors)."""
    from companion.cli.errors import error_text

    return error_text(error)


def _log_warnings_to_file() -> None:
    """Warnings from a command in the terminal (a backup that could not be written) go to
    companion.log, as the app's do; the terminal gets the one line that matters."""
    import logging

    from companion import logfile, paths

    logfile.attach(paths.data_dir(), logging.WARNING)


# Arguments that name files: they keep bytes that are not UTF-8, so such a file still opens.
_PATH_ARGUMENTS = frozenset({"file", "output"})


def _mend_text_arguments(args: argparse.Namespace) -> None:
    """Bytes that are not UTF-8 in a text argument reach Python as lone surrogates, which the
    database and the terminal refuse; they become U+FFFD, as invalid bytes in a file do."""
    from companion.core.language import whole_characters

    def mend(value: object) -> object:
        return whole_characters(value) if isinstance(value, str) else value

    for name, value in vars(args).items():
        if name in _PATH_ARGUMENTS:
            continue
        if isinstance(value, list):
            setattr(args, name, [mend(item) for item in value])
        else:
            setattr(args, name, mend(value))


# Options that only start the app: with nothing else on the command line the full parser (and
# every subject's command module) is not needed, which keeps start-up short.
_APP_FLAGS = {"--exit-after-show", "--hidden"}


def _usable_streams(ctx: Context) -> None:
    """Output the terminal cannot show is shown as "?" rather than stopping the command (a
    Korean reply on a terminal set to ASCII); with standard output or error closed
    (``>&-``), what would go there goes nowhere and the command still does its work."""
    for name in ("stdout", "stderr"):
        stream = getattr(ctx, name)
        if stream is None:
            setattr(ctx, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None, ctx: Context | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    ctx = ctx or Context()
    _usable_streams(ctx)
    try:
        code = _main(argv, ctx)
        try:
            ctx.stdout.flush()
        except BrokenPipeError:
            raise
        except OSError as error:  # what was printed last could not be written
            ctx.err(f"companion: {output_error(error)}")
            return EXIT_USAGE
        return code
    except BrokenPipeError:
        # The reader went away (`companion check --json | head -1`): stop quietly, as a
        # SIGPIPE would, instead of a traceback now and another one at interpreter exit.
        if ctx.stdout is sys.stdout:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    finally:
        ctx.close()


def _cache_dir() -> Path:
    """The cache folder, asked for when a rule pack is first read (companion.paths is not
    imported before the window's first paint)."""
    from companion import paths

    return paths.cache_dir()


def _main(argv: list[str], ctx: Context) -> int:
    try:
        i18n.activate(i18n.choose_language())
        cache.keep_in(_cache_dir)
        if set(argv) <= _APP_FLAGS:
            app_args = SimpleNamespace(
                command=None,
                exit_after_show="--exit-after-show" in argv,
                hidden="--hidden" in argv,
            )
            return _start_app(app_args, argv, ctx)
        try:
            args = build_parser().parse_args(argv)
        except UsageError as error:
            ctx.err(visible(error.message))
            return EXIT_USAGE
        if args.command is None:
            return _start_app(args, argv, ctx)
        if getattr(args, "forward", False) and ctx.app is None:
            forwarded = _forward(args, argv, ctx)
            if forwarded is not None:
                return forwarded
        return run(args, ctx)
    except CompanionError as error:
        ctx.err(f"companion: {visible(error_text(error))}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        raise  # handled in main()
    except Exception as error:
        # A bug, not the user's doing: one clear line, never a traceback (unless asked for).
        if os.environ.get("COMPANION_DEBUG"):
            raise
        ctx.err(
            "companion: "
            + Cli.tr(
                "unexpected error (%1). Nothing you saved was lost; run again with "
                "COMPANION_DEBUG=1 to see the details."
            ).arg(f"{type(error).__name__}: {error}")
        )
        return EXIT_USAGE


def _forward(args: argparse.Namespace, argv: list[str], ctx: Context) -> int | None:
    """Hand the command to the running app, if there is one; None to run it here.

    A command that reads standard input names the argument that may be "-" with
    ``set_defaults(stdin_dest=...)``; the input is read here and handed over with the command.
    When the app takes the command but does not answer, it runs here under the same command id,
    so it is done once whether or not the app gets to it later.
    """
    import uuid

    from companion import ipc, paths

    stdin_dest = getattr(args, "stdin_dest", None)
    reads_stdin = stdin_dest is not None and getattr(args, stdin_dest, None) == "-"
    stdin = ctx.read_stdin() if reads_stdin else None
    path = ipc.socket_path(paths.data_dir())
    command_id = uuid.uuid4().hex
    try:
        reply = ipc.send(path, argv, stdin, command_id)
    except ipc.ForeignListener as error:
        ctx.err(
            "companion: "
            + Cli.tr("%1; nothing was sent to it, so this ran here instead.").arg(error)
        )
        reply = None
    except ipc.OtherVersion:
        ctx.err(
            "companion: "
            + Cli.tr(
                "the running Companion is another version and did nothing, so this ran here "
                "instead; quit Companion and start it again."
            )
        )
        reply = None
    except ipc.AppBusy:
        from companion.store import handoffs

        if stdin is not None:
            ctx.stdin_text = stdin
        store = ctx.store
        store.pending_claim = command_id
        code = run(args, ctx)
        if store.pending_claim is not None and handoffs.applied(store, command_id):
            return EXIT_OK  # the app woke and did it first; run() said so
        if code == EXIT_USAGE:
            ctx.err(
                "companion: "
                + Cli.tr(
                    "Companion did not answer and this could not be done here either; "
                    "Companion may still do it when it wakes, so check with 'companion today' "
                    "before trying again."
                )
            )
        else:
            ctx.err(
                "companion: "
                + Cli.tr(
                    "Companion did not answer, so this was done here directly; its window "
                    "catches up when it wakes."
                )
            )
        return code
    if reply is None:
        if stdin is not None:
            ctx.stdin_text = stdin
        return None
    if reply.stdout:
        ctx.stdout.write(reply.stdout)
    if reply.stderr:
        ctx.stderr.write(reply.stderr)
    return reply.exit


def _start_app(args: Any, argv: list[str], ctx: Context) -> int:
    if not args.exit_after_show:
        from companion import ipc, paths

        try:
            reply = ipc.send(ipc.socket_path(paths.data_dir()), ["--show"])
        except ipc.ForeignListener as error:
            ctx.err(
                "companion: " + Cli.tr("%1; starting Companion, which takes it back.").arg(error)
            )
            reply = None
        except ipc.OtherVersion:
            ctx.err(
                "companion: "
                + Cli.tr(
                    "another version of Companion is running; quit it, then start Companion again."
                )
            )
            return EXIT_USAGE
        except ipc.AppBusy:
            ctx.err(
                "companion: "
                + Cli.tr(
                    "Companion is running but does not answer; its window comes forward when it "
                    "does."
                )
            )
            return EXIT_USAGE
        if reply is not None:
            ctx.err("companion: " + Cli.tr("already running; brought its window forward."))
            return EXIT_OK
    from companion import app

    return app.run(args)
