"""The checks log and the cool-offs on a real database file."""

from __future__ import annotations

import datetime as dt

import pytest

from companion.core.checker import check
from companion.core.cooloff import CoolOff
from companion.store import checks as checks_store
from companion.store import open_store

NOW = dt.datetime(2026, 5, 4, 10, 0, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)


def test_a_check_is_logged_without_its_text(store):
    secret = "No. You are wrong, Mrs Whitfield, order 55-1234!!!"
    report = check(secret)
    checks_store.log_check(store, report, NOW, source="clipboard")
    [logged] = checks_store.checks_between(store, NOW - HOUR, NOW + HOUR)
    assert (logged.verdict, logged.source, logged.findings) == (
        "hard",
        "clipboard",
        len(report.findings),
    )
    assert logged.counts == report.counts() and logged.counts["blame"] == 1
    dump = "\n".join(store.conn.iterdump())
    assert "Whitfield" not in dump and "55-1234" not in dump and "wrong" not in dump


def test_day_check_stats_counts_checks_and_cooloff_outcomes(store):
    for verdict_text in ("Thanks, done.", "No. You are wrong!!!"):
        checks_store.log_check(store, check(verdict_text), NOW)
    checks_store.log_check(store, check("Thanks, done."), NOW + 3 * HOUR)  # outside the window
    taken = CoolOff.start(60, 0.0, NOW)
    taken_id = checks_store.start_cooloff(store, taken, reason="hard-reply")
    checks_store.end_cooloff(store, taken_id, taken.finish(60.0, NOW + dt.timedelta(minutes=1)))
    sent = CoolOff.start(60, 100.0, NOW + dt.timedelta(minutes=5))
    sent_id = checks_store.start_cooloff(store, sent)
    checks_store.end_cooloff(store, sent_id, sent.send_anyway(NOW + dt.timedelta(minutes=6)))
    checks_store.record_declined(store, NOW + dt.timedelta(minutes=10), 180)
    checks_store.start_cooloff(store, CoolOff.start(60, 200.0, NOW + dt.timedelta(minutes=20)))
    stats = checks_store.day_check_stats(store, NOW - HOUR, NOW + HOUR)
    assert stats == checks_store.CheckStats(checks=2, cooloffs_taken=1, cooloffs_skipped=2)
    assert checks_store.cooloff_outcomes(store, NOW - HOUR, NOW + HOUR) == [
        "taken",
        "sent-anyway",
        "skipped",
    ]


def test_the_running_cooloff_survives_reopening_the_database(tmp_path):
    path = tmp_path / "c.db"
    first = open_store(path)
    running = CoolOff.start(180, 5000.0, NOW)
    saved_id = checks_store.start_cooloff(first, running, reason="hard-reply")
    first.close()

    second = open_store(path)
    try:
        saved = checks_store.active_cooloff(second)
        assert saved is not None and saved.id == saved_id and saved.reason == "hard-reply"
        assert saved.cool_off == running
        # a new process after a reboot: monotonic clock near zero, 100 s of wall time passed
        resumed = CoolOff.restore(saved.cool_off.to_dict(), 3.0, NOW + dt.timedelta(seconds=100))
        assert resumed.remaining(3.0) == pytest.approx(80)
        checks_store.end_cooloff(second, saved.id, resumed.skip(NOW + dt.timedelta(seconds=101)))
        assert checks_store.active_cooloff(second) is None
    finally:
        second.close()


def test_starting_a_new_cooloff_ends_a_forgotten_one(store):
    checks_store.start_cooloff(store, CoolOff.start(60, 0.0, NOW))
    newer = CoolOff.start(60, 10.0, NOW + dt.timedelta(minutes=30))
    new_id = checks_store.start_cooloff(store, newer)
    active = checks_store.active_cooloff(store)
    assert active is not None and active.id == new_id
    assert checks_store.cooloff_outcomes(store, NOW - HOUR, NOW + HOUR) == ["skipped"]


def test_an_ended_cooloff_must_have_an_outcome(store):
    running = CoolOff.start(60, 0.0, NOW)
    new_id = checks_store.start_cooloff(store, running)
    with pytest.raises(ValueError):
        checks_store.end_cooloff(store, new_id, running)
