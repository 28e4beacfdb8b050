"""The cool-off timer (P2.1): a short, paced-breathing pause before a hard reply goes out.

Plain data, no Qt, no clock of its own: every call takes ``now`` (``time.monotonic()``) and, where
a wall-clock time is needed, ``now_utc``.

How a running cool-off survives a restart: a monotonic clock is only meaningful within one boot,
so the saved state holds both the monotonic start (used while this process lives) and the UTC
deadline. ``CoolOff.restore`` uses the wall clock: the time left is ``deadline_utc - now_utc``,
clamped to 0 … duration, so neither a reboot nor a clock set back can make it longer than the
original pause, and closing the app never ends it early.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, Literal

from companion.core.errors import InvalidInput

Outcome = Literal["taken", "skipped", "sent-anyway"]
Phase = Literal["in", "hold", "out"]

OUTCOMES: tuple[Outcome, ...] = ("taken", "skipped", "sent-anyway")

#: One breath: in for 4 s, hold for 4 s, out for 6 s (a long out-breath calms).
BREATH_PATTERN: tuple[tuple[Phase, float], ...] = (("in", 4.0), ("hold", 4.0), ("out", 6.0))

MIN_MINUTES = 1
MAX_MINUTES = 15
DEFAULT_MINUTES = 3


@dataclass(frozen=True, slots=True)
class Breath:
    """Where in the breathing cycle we are: the phase and how far through it (0 … 1)."""

    phase: Phase
    fraction: float
    seconds_left: float

    @property
    def size(self) -> float:
        """How full the animated shape is, 0 (empty) … 1 (full): grows in, stays, shrinks out."""
        if self.phase == "in":
            return self.fraction
        if self.phase == "hold":
            return 1.0
        return 1.0 - self.fraction


def breath_at(
    elapsed_s: float, pattern: tuple[tuple[Phase, float], ...] = BREATH_PATTERN
) -> Breath:
    """The breathing phase ``elapsed_s`` seconds after the start of the first breath."""
    cycle = sum(length for _, length in pattern)
    t = max(0.0, elapsed_s) % cycle
    for phase, length in pattern:
        if t < length:
            return Breath(phase, t / length, length - t)
        t -= length
    last_phase, _ = pattern[-1]
    return Breath(last_phase, 1.0, 0.0)  # only reached through float rounding


def check_minutes(minutes: int) -> int:
    """Validate the cool-off length setting (1 … 15 minutes)."""
    if not MIN_MINUTES <= minutes <= MAX_MINUTES:
        raise InvalidInput(
            f"A cool-off lasts {MIN_MINUTES} to {MAX_MINUTES} minutes (got {minutes})."
        )
    return minutes


@dataclass(frozen=True, slots=True)
class CoolOff:
    """One cool-off. ``outcome`` is None while it runs (or until the user comes back to it)."""

    duration_s: float
    started_mono: float
    started_utc: datetime
    deadline_utc: datetime
    outcome: Outcome | None = None
    ended_utc: datetime | None = None

    @classmethod
    def start(cls, duration_s: float, now: float, now_utc: datetime) -> CoolOff:
        if not math.isfinite(duration_s) or duration_s <= 0:
            raise InvalidInput("A cool-off needs a length above zero.")
        if now_utc.tzinfo is None:
            raise ValueError("now_utc must be timezone-aware")
        now_utc = now_utc.astimezone(UTC)
        return cls(
            duration_s=float(duration_s),
            started_mono=now,
            started_utc=now_utc,
            deadline_utc=now_utc + timedelta(seconds=duration_s),
        )

    def elapsed(self, now: float) -> float:
        return min(self.duration_s, max(0.0, now - self.started_mono))

    def remaining(self, now: float) -> float:
        """Seconds left, never below 0 nor above the duration."""
        return self.duration_s - self.elapsed(now)

    def done(self, now: float) -> bool:
        return self.remaining(now) <= 0.0

    def fraction_done(self, now: float) -> float:
        return self.elapsed(now) / self.duration_s

    def breath(self, now: float) -> Breath:
        return breath_at(now - self.started_mono)

    @property
    def running(self) -> bool:
        return self.outcome is None

    def finish(self, now: float, now_utc: datetime) -> CoolOff:
        """The timer ran out: the cool-off was taken."""
        if not self.done(now):
            raise InvalidInput("The cool-off is still running.")
        return self._end("taken", now_utc)

    def send_anyway(self, now_utc: datetime) -> CoolOff:
        """The agent confirmed sending before the end; recorded as such."""
        return self._end("sent-anyway", now_utc)

    def skip(self, now_utc: datetime) -> CoolOff:
        """The pause was declined or stopped without sending."""
        return self._end("skipped", now_utc)

    def _end(self, outcome: Outcome, now_utc: datetime) -> CoolOff:
        if self.outcome is not None:
            raise InvalidInput("This cool-off has already ended.")
        return replace(self, outcome=outcome, ended_utc=now_utc.astimezone(UTC))

    # ------------------------------------------------------------------ persistence

    def to_dict(self) -> dict[str, Any]:
        """Plain values the store can save; times in UTC ISO text."""
        return {
            "duration_s": self.duration_s,
            "started_mono": self.started_mono,
            "started_utc": self.started_utc.isoformat(),
            "deadline_utc": self.deadline_utc.isoformat(),
            "outcome": self.outcome,
            "ended_utc": self.ended_utc.isoformat() if self.ended_utc else None,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CoolOff:
        """The saved cool-off as it was (monotonic start untouched: same process only)."""
        try:
            outcome = data.get("outcome")
            if outcome is not None and outcome not in OUTCOMES:
                raise ValueError(f"unknown outcome {outcome!r}")
            ended = data.get("ended_utc")
            duration = float(data["duration_s"])
            if not math.isfinite(duration) or duration <= 0:
                raise ValueError("bad duration")
            return cls(
                duration_s=duration,
                started_mono=float(data["started_mono"]),
                started_utc=_utc(data["started_utc"]),
                deadline_utc=_utc(data["deadline_utc"]),
                outcome=outcome,
                ended_utc=_utc(ended) if ended else None,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInput(f"The saved cool-off cannot be read ({exc}).") from exc

    @classmethod
    def restore(cls, data: dict[str, Any], now: float, now_utc: datetime) -> CoolOff:
        """A saved cool-off in a new process: the time left comes from the wall clock, clamped
        to 0 … duration, and the monotonic start is re-based on this process's clock."""
        saved = cls.from_dict(data)
        left = (saved.deadline_utc - now_utc.astimezone(UTC)).total_seconds()
        left = min(saved.duration_s, max(0.0, left))
        return replace(saved, started_mono=now - (saved.duration_s - left))


def _utc(value: Any) -> datetime:
    if not isinstance(value, str):
        raise TypeError("time must be ISO text")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)
