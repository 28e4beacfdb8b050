"""What a command runs with: where to print, the store, the settings, the clock, and the app.

The same command functions run in the terminal and, when the app is running, inside the app (the
CLI hands the command over); ``app`` is set only in the second case.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from companion.cli.i18n import Texts
from companion.core.days import utc_now
from companion.core.errors import CompanionError
from companion.services import Changes

log = logging.getLogger(__name__)

CliContext = Texts("CliContext")

if TYPE_CHECKING:
    from companion.settings import Settings
    from companion.store import Store


class OutputError(CompanionError):
    """What a command printed could not be written (a full disk behind ``> file``)."""


def output_error(error: OSError) -> str:
    reason = error.strerror or type(error).__name__
    return CliContext.tr("the output could not be written (%1).").arg(reason)


class AppHooks(Protocol):
    """What a command may ask of the running app."""

    def show_window(self, screen: str | None = None) -> None:
        """Bring the main window forward, optionally on one screen."""

    def show_check(self, text: str) -> None:
        """Show ``text`` checked on the Check screen, window forward."""


@dataclass
class Context:
    stdout: TextIO = field(default_factory=lambda: sys.stdout)
    stderr: TextIO = field(default_factory=lambda: sys.stderr)
    clock: Callable[[], dt.datetime] = utc_now
    stdin_text: str | None = None
    app: AppHooks | None = None
    _changes: Changes | None = None
    _store: Store | None = None
    _settings: Settings | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            from companion.store import open_store

            store = open_store()
            if self.app is None:
                _daily_backup(store, self.clock)
            self._store = store
        return self._store

    def database_path(self) -> Path:
        """The database file, without opening it (restore must work on a damaged one)."""
        if self._store is not None:
            return self._store.path
        from companion import paths

        return paths.database_path()

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            from companion import settings

            self._settings = settings.load()
        return self._settings

    def read_stdin(self, limit: int | None = None, *, strict: bool = False) -> str:
        """Standard input as text (handed over by the client when the app runs the command).

        At most ``limit`` bytes (a reply's worth, ``paths.TEXT_INPUT_LIMIT``, unless told), read
        as they come: more, or a NUL byte, is one clear error. Bytes that are not UTF-8 become
        U+FFFD, or are an error when ``strict``.
        """
        import io

        from companion import paths
        from companion.core.errors import InvalidInput

        name = CliContext.tr("Standard input")

        limit = paths.TEXT_INPUT_LIMIT if limit is None else limit
        if self.stdin_text is not None:
            handed = io.BytesIO(self.stdin_text.encode("utf-8", "surrogatepass"))
            return paths.read_text(handed, name, limit, strict=strict)[0]
        if sys.stdin is None:  # started with standard input closed
            raise InvalidInput(CliContext.tr("There is no standard input to read."))
        return paths.read_text(sys.stdin.buffer, name, limit, strict=strict)[0]

    def out(self, text: str = "") -> None:
        try:
            print(text, file=self.stdout)
        except BrokenPipeError:
            raise  # the reader went away: main() stops quietly
        except OSError as error:  # a full disk behind "> file", a device that fails
            raise OutputError(output_error(error)) from error

    def err(self, text: str) -> None:
        print(text, file=self.stderr)

    @property
    def changes(self) -> Changes:
        """Where services announce (services.Session): the running app's, when it runs the
        command; in the terminal, nobody listens."""
        if self._changes is None:
            self._changes = Changes()
        return self._changes

    def now(self) -> dt.datetime:
        return self.clock()

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


def _daily_backup(store: Store, clock: Callable[[], dt.datetime]) -> None:
    """The first command of a day (when the app is not running to do it) makes the day's
    verified backup, which is also the daily check: a damaged database stops the command with
    what to do, before anything is written to it."""
    from companion.core.errors import BackupFailed, DatabaseDamaged
    from companion.store import backup

    try:
        backup.backup_if_due(store.path, now=clock)
    except DatabaseDamaged:
        store.close()
        raise
    except BackupFailed as failure:
        log.warning("%s", failure)
