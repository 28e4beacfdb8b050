"""Every write goes through here: a service validates, writes through the store, then announces
a typed change. Plain Python, no Qt: the CLI and the app call the same functions.

Whoever owns the data announces the change (qutebrowser's ``SqlTable.changed``): a screen never
has to remember to tell the others. The app's Controller is the one listener that turns
announcements into a Qt signal; in the terminal nobody listens, or the running app does when a
command is handed to it.
"""

from __future__ import annotations

import enum
import inspect
import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import datetime as dt

    from companion.store import Store

log = logging.getLogger(__name__)


class Subject(enum.Enum):
    """What was written. ``EVERYTHING``: a restore, or a write by another process (the
    database's ``data_version`` moved), after which anything shown may be stale."""

    INTERACTIONS = "interactions"
    HAPPY = "happy"
    PHRASES = "phrases"
    CHECKS = "checks"
    COOLOFFS = "cooloffs"
    REFLECTIONS = "reflections"
    REFRAMES = "reframes"
    REMINDER = "reminder"
    EVERYTHING = "everything"


@dataclass(frozen=True, slots=True)
class Change:
    """One announcement: the subject and a small payload saying what happened (the logged
    interaction, the saved entry), or None when the subject alone is enough."""

    subject: Subject
    payload: object = None

    def concerns(self, *subjects: Subject) -> bool:
        """Whether a screen showing ``subjects`` must refresh."""
        return self.subject is Subject.EVERYTHING or self.subject in subjects


Listener = Callable[[Change], None]


class Changes:
    """Where services announce; listeners are called in order, on the announcing thread.

    A bound method is held weakly: the object that owns the hub (the app's Controller) and
    listens to it does not keep itself alive through it, so it is freed when its owner lets
    go, on the owner's thread, not later by the garbage collector on whatever thread runs it.
    """

    def __init__(self) -> None:
        self._listeners: list[Callable[[], Listener | None]] = []

    def listen(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every change; returns what stops it."""
        if inspect.ismethod(listener):
            reference: Callable[[], Listener | None] = weakref.WeakMethod(listener)
        else:

            def reference() -> Listener | None:
                return listener

        self._listeners.append(reference)
        return lambda: self._listeners.remove(reference)

    def announce(self, subject: Subject, payload: object = None) -> Change:
        change = Change(subject, payload)
        for reference in list(self._listeners):
            listener = reference()
            if listener is None:
                self._listeners.remove(reference)
            else:
                listener(change)
        return change


class Session(Protocol):
    """What a service needs: the store, the clock and where to announce. The CLI's Context
    and the app's Controller are both one."""

    @property
    def store(self) -> Store: ...

    @property
    def changes(self) -> Changes: ...

    def now(self) -> dt.datetime:
        """The current instant (the session's clock: tests and the CLI inject one)."""
        ...
