"""`companion export SUBJECT …` and `companion import SUBJECT FILE`, shared by every subject.

A subject adds itself from its own ``register(subparsers)``::

    from companion.cli.export import export_subjects, import_subjects
    parser = export_subjects(subparsers).add_parser("reflections", help="…")
    parser.set_defaults(handler=cmd_export_reflections, forward=False)

The first call creates the ``export`` (or ``import``) command; later calls reuse it, so no list
has to be edited and the order of the features in the manifest does not matter.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from companion.cli.context import Context
from companion.cli.i18n import Texts
from companion.cli.terminal import visible
from companion.core.errors import InvalidInput
from companion.paths import IMPORT_LIMIT, read_text_file, write_atomically

MAX_IMPORT_BYTES = IMPORT_LIMIT

CliExport = Texts("CliExport")


def _group(subparsers: Any, name: str, help_text: str, description: str) -> Any:
    attribute = f"_companion_{name}_subjects"
    group = getattr(subparsers, attribute, None)
    if group is None:
        parser = subparsers.add_parser(name, help=help_text, description=description)
        group = parser.add_subparsers(
            dest=f"{name}_subject", metavar="SUBJECT", required=True, parser_class=type(parser)
        )
        setattr(subparsers, attribute, group)
    return group


def export_subjects(subparsers: Any) -> Any:
    """The subparsers of `companion export`, created on first use."""
    return _group(
        subparsers,
        "export",
        CliExport.tr("export your data (happy file, reflections, …) to a file"),
        CliExport.tr(
            "Export one subject to Markdown, HTML, JSON or CSV. Prints to standard output "
            "unless -o FILE is given."
        ),
    )


def import_subjects(subparsers: Any) -> Any:
    """The subparsers of `companion import`, created on first use."""
    return _group(
        subparsers,
        "import",
        CliExport.tr("import a file exported before (happy file, …)"),
        CliExport.tr(
            "Import a JSON export back. Entries you already have are skipped, so importing the "
            "same file twice changes nothing."
        ),
    )


def write_output(ctx: Context, text: str, output: str | None) -> None:
    """Print ``text``, or write it to ``output`` atomically (a failed write keeps the old file).

    Printed to a terminal, what it would act on (an escape sequence in a quote) is shown instead.
    """
    if output is None or output == "-":
        ctx.stdout.write(visible(text) if ctx.stdout.isatty() else text)
        return
    if not output.strip():  # Path("") is the current folder
        raise InvalidInput(CliExport.tr("Give a file name after -o, or '-' for standard output."))
    write_atomically(Path(output).expanduser(), text)


def read_input_file(ctx: Context, name: str) -> str:
    """The text of an import file ("-" reads standard input), read with a size limit."""
    if name == "-":
        return ctx.read_stdin(MAX_IMPORT_BYTES, strict=True)
    if not name.strip():  # Path("") is the current folder
        raise InvalidInput(CliExport.tr("Give the file to import, or '-' for standard input."))
    return read_text_file(Path(name).expanduser(), MAX_IMPORT_BYTES, strict=True)[0]


def add_output_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help=CliExport.tr("write to FILE instead of standard output"),
    )
