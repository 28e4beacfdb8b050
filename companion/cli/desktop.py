"""`companion desktop install|uninstall`: the app launcher entry, with its icon and AppStream
metadata (companion.desktop says what is written where); and `companion completion SHELL`,
the other piece of fitting into the desktop one works in (companion.cli.completion)."""

from __future__ import annotations

import argparse
from typing import Any

from companion.cli import completion
from companion.cli.context import Context
from companion.cli.i18n import Texts
from companion.cli.terminal import visible
from companion.core.errors import CompanionError

CliDesktop = Texts("CliDesktop")


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "desktop",
        help=CliDesktop.tr("add Companion to the desktop's app launcher, or remove it"),
        description=CliDesktop.tr(
            "Add Companion to the app launcher of a Linux desktop (a freedesktop .desktop file, "
            "its icon and AppStream metadata in your data folder, ~/.local/share), or remove "
            "it. The launcher's menu offers Log positive, Log negative and Check clipboard, "
            "which the desktop's keyboard settings can bind to keys. The launcher starts "
            "Companion as this command was started."
        ),
    )
    actions = parser.add_subparsers(
        dest="desktop_action", metavar="ACTION", required=True, parser_class=type(parser)
    )
    install = actions.add_parser(
        "install", help=CliDesktop.tr("add the launcher, icon and metadata (replacing older ones)")
    )
    install.set_defaults(handler=cmd_install, forward=False)
    uninstall = actions.add_parser(
        "uninstall", help=CliDesktop.tr("remove what 'desktop install' added")
    )
    uninstall.set_defaults(handler=cmd_uninstall, forward=False)
    completion.register(subparsers)


def _check_platform() -> None:
    from companion import desktop

    if not desktop.supported():
        raise CompanionError(
            CliDesktop.tr(
                "The app launcher entry is for Linux desktops; on Windows and macOS start "
                "Companion from where you installed it (and turn on start at login in Settings)."
            )
        )


def cmd_install(args: argparse.Namespace, ctx: Context) -> int:
    from companion import desktop

    _check_platform()
    written = desktop.install()
    ctx.out(visible(CliDesktop.tr("Added Companion to the app launcher: %1").arg(written[0])))
    for path in written[1:]:
        ctx.out(visible(f"  {path}"))
    ctx.out(
        CliDesktop.tr(
            "Its menu has Log positive, Log negative and Check clipboard; bind them to keys in "
            "your desktop's keyboard settings."
        )
    )
    return 0


def cmd_uninstall(args: argparse.Namespace, ctx: Context) -> int:
    from companion import desktop

    _check_platform()
    removed = desktop.uninstall()
    if not removed:
        ctx.out(CliDesktop.tr("Companion was not in the app launcher; nothing to remove."))
        return 0
    if len(removed) == 1:
        ctx.out(CliDesktop.tr("Removed Companion from the app launcher (1 file)."))
    else:
        ctx.out(
            CliDesktop.tr("Removed Companion from the app launcher (%L1 files).").arg(len(removed))
        )
    return 0
