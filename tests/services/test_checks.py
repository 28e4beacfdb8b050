"""Counting checks and keeping cool-offs: each write announces what happened, once, after it is
saved; a write that is refused announces nothing."""

from __future__ import annotations

import io

import pytest

from companion.cli import main
from companion.cli.context import Context
from companion.core import checker
from companion.core.errors import InvalidInput
from companion.services import Change, Changes, Subject
from companion.services import checks as checks_service
from companion.services.checks import Checked, CoolOffDeclined, CoolOffEnded, CoolOffStarted
from companion.services.ratio import Logged, Removed
from companion.store import checks as checks_store
from tests.support import ServiceSession as Session

HARD = "No. You are wrong, as I already said!!!"


@pytest.fixture
def session(store, clock) -> Session:
    return Session(store, clock)


def heard_by(session: Session) -> list[Change]:
    heard: list[Change] = []
    session.changes.listen(heard.append)
    return heard


def whole_day(session: Session):
    start = session.now().replace(hour=0, minute=0)
    return start, start.replace(hour=23, minute=59)


def today(session: Session):
    return checks_store.day_check_stats(session.store, *whole_day(session))


def test_a_check_is_counted_then_announced_with_its_verdict_and_source(session):
    heard = heard_by(session)
    seen_when_heard: list[int] = []
    session.changes.listen(lambda _change: seen_when_heard.append(today(session).checks))
    check_id = checks_service.record_check(session, checker.check(HARD), "clipboard")
    assert heard == [Change(Subject.CHECKS, Checked(check_id, "hard", "clipboard"))]
    assert seen_when_heard == [1]  # saved before it was announced
    [logged] = checks_store.checks_between(session.store, *whole_day(session))
    assert (logged.id, logged.verdict, logged.source) == (check_id, "hard", "clipboard")


def test_a_check_from_nowhere_known_is_refused_and_not_announced(session):
    heard = heard_by(session)
    with pytest.raises(InvalidInput):
        checks_service.record_check(session, checker.check(HARD), "carrier pigeon")
    assert heard == [] and today(session).checks == 0


def test_starting_and_ending_a_cool_off_announce_each_step(session):
    heard = heard_by(session)
    cooloff_id, running = checks_service.start_cooloff(session, 3, 100.0, "hard-reply")
    assert running.duration_s == 180 and running.outcome is None
    assert checks_store.active_cooloff(session.store).id == cooloff_id
    checks_service.end_cooloff(session, cooloff_id, running.finish(280.0, session.now()))
    assert heard == [
        Change(Subject.COOLOFFS, CoolOffStarted(cooloff_id, "hard-reply")),
        Change(Subject.COOLOFFS, CoolOffEnded(cooloff_id, "taken")),
    ]
    assert checks_store.active_cooloff(session.store) is None
    assert today(session).cooloffs_taken == 1


def test_a_cool_off_that_has_not_ended_cannot_be_recorded_as_ended(session):
    cooloff_id, running = checks_service.start_cooloff(session, 3, 0.0)
    heard = heard_by(session)
    with pytest.raises(InvalidInput):
        checks_service.end_cooloff(session, cooloff_id, running)
    assert heard == [] and checks_store.active_cooloff(session.store) is not None


@pytest.mark.parametrize(("minutes", "reason"), [(0, "on-demand"), (16, "on-demand"), (3, "bored")])
def test_a_cool_off_out_of_range_or_for_no_known_reason_is_refused(session, minutes, reason):
    heard = heard_by(session)
    with pytest.raises(InvalidInput):
        checks_service.start_cooloff(session, minutes, 0.0, reason)
    assert heard == [] and checks_store.active_cooloff(session.store) is None


def test_turning_a_cool_off_down_counts_as_skipped_and_is_announced(session):
    heard = heard_by(session)
    cooloff_id = checks_service.decline_cooloff(session, 3)
    assert heard == [Change(Subject.COOLOFFS, CoolOffDeclined(cooloff_id))]
    assert today(session).cooloffs_skipped == 1
    assert checks_store.active_cooloff(session.store) is None


def test_a_hard_reply_sent_without_a_cool_off_is_recorded_as_sent_anyway(session):
    heard = heard_by(session)
    cooloff_id = checks_service.send_without_cooloff(session, 3)
    assert heard == [Change(Subject.COOLOFFS, CoolOffEnded(cooloff_id, "sent-anyway"))]
    assert checks_store.cooloff_outcomes(session.store, *whole_day(session)) == ["sent-anyway"]
    assert today(session).cooloffs_skipped == 1
    assert checks_store.active_cooloff(session.store) is None


def test_a_new_cool_off_skips_one_still_running(session):
    first_id, _ = checks_service.start_cooloff(session, 3, 0.0)
    second_id, _ = checks_service.start_cooloff(session, 3, 10.0)
    assert second_id != first_id
    assert checks_store.active_cooloff(session.store).id == second_id
    assert checks_store.cooloff_outcomes(session.store, *whole_day(session)) == ["skipped"]


# --- commands handed to the app share its announcements --------------------------------------


def command(argv: list[str], changes: Changes, clock, stdin: str | None = None) -> int:
    """Run a command the way the app runs a handed-over one: with the app's ``changes``."""
    ctx = Context(stdout=io.StringIO(), stderr=io.StringIO(), stdin_text=stdin, _changes=changes)
    ctx.clock = clock
    try:
        return main(argv, ctx)
    finally:
        ctx.close()


def test_companion_check_announces_the_check_it_counted(clock):
    changes = Changes()
    heard: list[Change] = []
    changes.listen(heard.append)
    assert command(["check", "-"], changes, clock, stdin=HARD) == 1
    [change] = heard
    assert change.subject is Subject.CHECKS
    assert isinstance(change.payload, Checked)
    assert (change.payload.verdict, change.payload.source) == ("hard", "stdin")


def test_companion_log_and_undo_announce_through_the_ratio_service(clock):
    changes = Changes()
    heard: list[Change] = []
    changes.listen(heard.append)
    assert command(["log", "-", "--topic", "billing"], changes, clock) == 0
    clock.advance(seconds=5)
    assert command(["undo"], changes, clock) == 0
    logged, removed = heard
    assert logged.subject is removed.subject is Subject.INTERACTIONS
    assert isinstance(logged.payload, Logged) and isinstance(removed.payload, Removed)
    assert logged.payload.entry.topic == "billing"
    assert removed.payload.entry.id == logged.payload.entry.id
    assert command(["undo"], changes, clock) == 0  # nothing left: nothing announced
    assert len(heard) == 2
