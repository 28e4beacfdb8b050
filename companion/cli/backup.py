"""`companion backup` and `companion restore [BACKUP]`: verified backups, and getting them back."""

from __future__ import annotations

import argparse
import json
from typing import Any

from companion.cli import i18n
from companion.cli.context import Context
from companion.cli.i18n import Texts
from companion.store import backup as backup_store

CliBackup = Texts("CliBackup")


def register(subparsers: Any) -> None:
    backup = subparsers.add_parser(
        "backup",
        help=CliBackup.tr("make a verified backup of your data now"),
        description=CliBackup.tr(
            "Copy the database into the backups folder beside it, check the copy, and keep the "
            "newest %L1. A damaged database is reported and never replaces a good backup. With "
            "--list, show the backups instead."
        ).arg(backup_store.KEEP),
    )
    backup.add_argument(
        "--list", action="store_true", help=CliBackup.tr("list the backups, newest last")
    )
    backup.add_argument("--json", action="store_true", help=CliBackup.tr("print JSON"))
    backup.set_defaults(handler=cmd_backup, forward=False)

    restore = subparsers.add_parser(
        "restore",
        help=CliBackup.tr("bring back a backup (the newest good one by default)"),
        description=CliBackup.tr(
            "Replace your data with a backup: the newest one that passes its check, or the one "
            "named (a file name from 'companion backup --list', or a path). What the database "
            "held before is kept in backups/set-aside/. With the app running, it restores and "
            "its window shows the restored data at once."
        ),
    )
    restore.add_argument(
        "backup", nargs="?", help=CliBackup.tr("the backup to restore (default: newest good)")
    )
    restore.set_defaults(handler=cmd_restore, forward=True)


def cmd_backup(args: argparse.Namespace, ctx: Context) -> int:
    path = ctx.database_path()
    if args.list:
        backups = backup_store.list_backups(path)
        if args.json:
            ctx.out(
                json.dumps(
                    [
                        {
                            "file": b.path.name,
                            "written": b.written.isoformat().replace("+00:00", "Z"),
                            "reason": b.reason,
                            "bytes": b.size,
                        }
                        for b in backups
                    ]
                )
            )
            return 0
        if not backups:
            ctx.out(CliBackup.tr("No backups yet in %1.").arg(backup_store.backups_dir(path)))
        for item in backups:
            ctx.out(f"{item.path.name}  {i18n.number(item.size // 1024)} KB  {item.reason}")
        return 0
    made = backup_store.backup_now(ctx.store, reason="manual", now=ctx.clock)
    if args.json:
        ctx.out(json.dumps({"file": str(made.path), "bytes": made.size}))
    else:
        ctx.out(CliBackup.tr("Backed up and checked: %1").arg(made.path))
    return 0


def cmd_restore(args: argparse.Namespace, ctx: Context) -> int:
    from companion.store import open_store

    path = ctx.database_path()
    chosen = backup_store.find_backup(path, args.backup)
    # Inside the running app the restore goes through its own connection, so the window keeps
    # working on the restored data; in the terminal no connection is opened before it.
    if ctx.app is not None:
        from companion.services import backup as backup_service

        restored = backup_service.restore(ctx, chosen)
    else:
        restored = backup_store.restore(path, chosen, now=ctx.clock)
        open_store(path).close()  # a backup from before an upgrade is upgraded now
    ctx.out(
        CliBackup.tr("Restored %1 (written %2 UTC).").arg(
            chosen.path.name, f"{chosen.written:%Y-%m-%d %H:%M}"
        )
    )
    if restored.set_aside is not None:
        ctx.out(
            CliBackup.tr("What the database held before is kept in %1.").arg(restored.set_aside)
        )
    return 0
