"""End-of-shift reflections (P1.6): saving the day's entry, the reminder's snooze and "not
today", and sending what went well to the happy file."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from companion.services import Session, Subject
from companion.store import reflection as reflection_store
from companion.store.reflection import ReminderState

if TYPE_CHECKING:
    from companion.core.happy import HappyEntry
    from companion.core.reflection import Reflection


@dataclass(frozen=True, slots=True)
class ReflectionSaved:
    """Payload of a REFLECTIONS change: the day's ``reflection`` as saved (texts trimmed);
    ``updated`` when the day already had one."""

    reflection: Reflection
    updated: bool


@dataclass(frozen=True, slots=True)
class ReminderMoved:
    """Payload of a REMINDER change: the reminder's snooze and "not today" as they now are."""

    state: ReminderState


def save_reflection(session: Session, reflection: Reflection) -> ReflectionSaved:
    """Save the day's reflection (a second save the same day updates it) and announce it."""
    store = session.store
    updated = reflection_store.has_reflection(store, reflection.day)
    saved = reflection_store.save_reflection(store, reflection, session.now())
    change = ReflectionSaved(saved, updated)
    session.changes.announce(Subject.REFLECTIONS, change)
    return change


def _move_reminder(session: Session, state: ReminderState) -> ReminderState:
    reflection_store.save_reminder_state(session.store, state)
    session.changes.announce(Subject.REMINDER, ReminderMoved(state))
    return state


def snooze_reminder(session: Session, minutes: int) -> ReminderState:
    """Ring again ``minutes`` from now (kept across a restart of the app)."""
    current = reflection_store.reminder_state(session.store)
    until = session.now() + dt.timedelta(minutes=minutes)
    return _move_reminder(session, ReminderState(until, current.not_today))


def skip_reminder(session: Session, day: dt.date) -> ReminderState:
    """No reminder on ``day`` (a Companion day); forgets any snooze."""
    return _move_reminder(session, ReminderState(None, day))


def forget_snooze(session: Session) -> ReminderState:
    """Drop the snooze (it rang, or the reflection was written); no write when there is none."""
    current = reflection_store.reminder_state(session.store)
    if current.snoozed_until is None:
        return current
    return _move_reminder(session, replace(current, snoozed_until=None))


def send_to_happy_file(
    session: Session, words: str, note: str, *, redact: bool, regions: tuple[str, ...] = ()
) -> HappyEntry:
    """Keep what went well in the happy file, tagged "reflection", with ``note`` (the caller's
    words, in the agent's language, naming the day); redacted first when the agent asks for it
    (``regions``: those whose local phone numbers are hidden too, from Settings).
    Announced by the happy file's own service, as a HAPPY change."""
    from companion.services import happy as happy_service

    if redact:
        from companion.core.redact import redact as redacted

        words = redacted(words, extra_regions=regions).text
    return happy_service.add_happy(session, words, note=note, tags=["reflection"])
