"""Errors the user may see. Each carries a message fit to show as it is."""


class CompanionError(Exception):
    """Base of every error Companion reports to the user (exit code 2 in the CLI)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DatabaseTooNew(CompanionError):
    """The database was written by a newer Companion; we never modify it."""


class NotACompanionDatabase(CompanionError):
    """The data file exists but is not a Companion database; we never modify it."""


class DatabaseUnavailable(CompanionError):
    """The database could not be opened or written (damaged file, full disk, permissions)."""


class InputTooLarge(CompanionError):
    """Input was over the size we accept."""


class InvalidInput(CompanionError):
    """Input that cannot be used (empty, not text, out of range)."""


class DatabaseDamaged(DatabaseUnavailable):
    """The database (or a backup) fails SQLite's integrity check."""


class BackupFailed(CompanionError):
    """A backup could not be written or verified, or no good backup could be found."""


class DatabaseMissing(DatabaseUnavailable):
    """The database is missing or empty while backups of it exist."""
