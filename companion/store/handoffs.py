"""Commands handed from `companion …` to the running app, applied once.

When the app does not answer in time, the command runs on its own under the same id, and the app
may still get to it when it wakes. Whichever writes first records the id in the same transaction
as its write; the other finds it there and changes nothing. Ids are kept a few days: far longer
than an app stays asleep with a command waiting, short enough to keep the table tiny.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from companion.core.days import utc_iso, utc_now
from companion.core.errors import CompanionError
from companion.store import Store

KEEP_FOR = dt.timedelta(days=7)


class CommandAlreadyApplied(CompanionError):
    """The command was already done under its id; this run changed nothing."""


def claim(conn: sqlite3.Connection, command_id: str, now: dt.datetime | None = None) -> None:
    """Record ``command_id`` in the caller's open write transaction, or raise
    CommandAlreadyApplied so that the caller's transaction rolls back."""
    now = now or utc_now()
    try:
        conn.execute("INSERT INTO handoffs (id, created) VALUES (?, ?)", (command_id, utc_iso(now)))
    except sqlite3.IntegrityError as error:
        raise CommandAlreadyApplied(
            "Companion already did this command, so it was not done a second time."
        ) from error
    conn.execute("DELETE FROM handoffs WHERE created < ?", (utc_iso(now - KEEP_FOR),))


def applied(store: Store, command_id: str) -> bool:
    """Whether a command with this id has been done."""
    return bool(store.read("SELECT 1 FROM handoffs WHERE id = ?", (command_id,)))
