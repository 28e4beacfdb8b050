"""The end-of-shift reflection without Qt or SQL (P1.6): the day's numbers, the week and exports
(when the reminder is next due is in :mod:`companion.core.reminder`).

Numbers owned by other features (replies checked, cool-offs, happy-file entries) are ``None``
until those features exist; they then render as "—" rather than as a misleading zero.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from companion.core.days import iter_days, week_start
from companion.core.errors import InvalidInput
from companion.core.ratio import State, format_ratio, format_target, state_of

MISSING = "—"
MOOD_RANGE = range(1, 6)
TREND_SLOPE = 0.2
"""Mood/energy points per day: a steeper least-squares slope than this is rising or falling."""


def _shown(value: int | None) -> str:
    return MISSING if value is None else str(value)


@dataclass(frozen=True, slots=True)
class DaySummary:
    """The day's numbers as they stand in the store when the reflection is written."""

    day: dt.date
    positives: int
    negatives: int
    target: float
    checks: int | None = None
    cooloffs_taken: int | None = None
    cooloffs_skipped: int | None = None
    happy_added: int | None = None

    @property
    def ratio(self) -> float | None:
        """Positives per negative; None when there is no negative."""
        return None if self.negatives == 0 else self.positives / self.negatives

    @property
    def state(self) -> State:
        return state_of(self.positives, self.negatives, self.target)

    @property
    def ratio_text(self) -> str:
        return format_ratio(self.positives, self.negatives)

    @property
    def target_text(self) -> str:
        return format_target(self.target)

    def lines(self) -> list[tuple[str, str]]:
        """(label, value) pairs, the order the summary shows them."""
        state = {State.BELOW: "below target", State.AT: "at target", State.ABOVE: "above target"}
        if self.positives + self.negatives == 0:
            ratio = f"no logs (target {self.target_text})"
        else:
            ratio = f"{self.ratio_text} (target {self.target_text}, {state[self.state]})"
        return [
            ("Positive", str(self.positives)),
            ("Negative", str(self.negatives)),
            ("Ratio", ratio),
            ("Replies checked", _shown(self.checks)),
            ("Cool-offs taken", _shown(self.cooloffs_taken)),
            ("Cool-offs skipped", _shown(self.cooloffs_skipped)),
            ("Happy-file entries added", _shown(self.happy_added)),
        ]


@dataclass(frozen=True, slots=True)
class Reflection:
    """One day's entry. Mood and energy are 1–5, or None when not given."""

    day: dt.date
    mood: int | None = None
    energy: int | None = None
    well: str = ""
    hard: str = ""
    improve: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        for name in ("mood", "energy"):
            value = getattr(self, name)
            if value is not None and value not in MOOD_RANGE:
                raise InvalidInput(f"{name.capitalize()} is 1 to 5, not {value}.")

    @property
    def is_blank(self) -> bool:
        texts = (self.well, self.hard, self.improve, self.note)
        return self.mood is None and self.energy is None and not any(t.strip() for t in texts)


@dataclass(frozen=True, slots=True)
class ReflectedDay:
    """A day's reflection (if any) beside its numbers: one row of an export or a week."""

    summary: DaySummary
    reflection: Reflection | None

    @property
    def day(self) -> dt.date:
        return self.summary.day


# ---- the week ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Improvement:
    day: dt.date
    text: str


@dataclass(frozen=True, slots=True)
class WeekSummary:
    """Monday to Sunday: the ratio per day, mood and energy trends, the improvements named."""

    first_day: dt.date
    days: tuple[ReflectedDay, ...]
    mood_trend: str | None
    energy_trend: str | None
    improvements: tuple[Improvement, ...]

    @property
    def positives(self) -> int:
        return sum(d.summary.positives for d in self.days)

    @property
    def negatives(self) -> int:
        return sum(d.summary.negatives for d in self.days)

    @property
    def ratio_text(self) -> str:
        return format_ratio(self.positives, self.negatives)

    @property
    def days_at_target(self) -> int:
        return sum(
            1
            for d in self.days
            if d.summary.positives + d.summary.negatives and d.summary.state is not State.BELOW
        )

    def average(self, field: str) -> float | None:
        values = [getattr(d.reflection, field) for d in self.days if d.reflection is not None]
        present = [v for v in values if v is not None]
        return sum(present) / len(present) if present else None


def trend(points: Sequence[tuple[int, int]]) -> str | None:
    """ "rising", "falling" or "steady" from (day index, value) points; None under two points."""
    if len(points) < 2:
        return None
    n = len(points)
    mean_x = sum(x for x, _ in points) / n
    mean_y = sum(y for _, y in points) / n
    spread = sum((x - mean_x) ** 2 for x, _ in points)
    if spread == 0:
        return None
    slope = sum((x - mean_x) * (y - mean_y) for x, y in points) / spread
    if slope > TREND_SLOPE:
        return "rising"
    if slope < -TREND_SLOPE:
        return "falling"
    return "steady"


def week_summary(days: Iterable[ReflectedDay], any_day: dt.date) -> WeekSummary:
    """The week (Monday first) holding ``any_day``; days outside it are ignored, gaps filled."""
    first = week_start(any_day)
    last = first + dt.timedelta(days=6)
    by_day = {d.day: d for d in days if first <= d.day <= last}
    target = next(iter(by_day.values())).summary.target if by_day else 3.0
    week = tuple(
        by_day.get(day, ReflectedDay(DaySummary(day, 0, 0, target), None))
        for day in iter_days(first, last)
    )

    def points(field: str) -> list[tuple[int, int]]:
        result = []
        for index, item in enumerate(week):
            value = getattr(item.reflection, field) if item.reflection else None
            if value is not None:
                result.append((index, value))
        return result

    improvements = tuple(
        Improvement(item.day, item.reflection.improve.strip())
        for item in week
        if item.reflection is not None and item.reflection.improve.strip()
    )
    return WeekSummary(first, week, trend(points("mood")), trend(points("energy")), improvements)


# ---- export --------------------------------------------------------------------------------

CSV_COLUMNS = (
    "day",
    "mood",
    "energy",
    "positive",
    "negative",
    "ratio",
    "target",
    "state",
    "replies_checked",
    "cooloffs_taken",
    "cooloffs_skipped",
    "happy_added",
    "went_well",
    "hardest_moment",
    "improve",
    "note",
)


_FORMULA_STARTS = frozenset("=+-@\t\r")


def render_csv(rows: Iterable[ReflectedDay], *, bom: bool = False) -> str:
    """One line per day. Unknown numbers are empty cells (spreadsheets read "—" as text).

    ``bom`` starts the text with a byte order mark, without which Excel reads UTF-8 as the
    system's legacy code page and garbles every accent, dash and emoji."""
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)

    def cell(value: int | float | None) -> str:
        return "" if value is None else str(value)

    def words(text: str) -> str:
        """The agent's own words as text: a spreadsheet runs a cell that starts with = + - @
        (or a tab or carriage return before one) as a formula, so such a cell starts with '."""
        return f"'{text}" if text[:1] in _FORMULA_STARTS else text

    for row in rows:
        s, r = row.summary, row.reflection
        ratio = s.ratio
        writer.writerow(
            [
                s.day.isoformat(),
                cell(r.mood if r else None),
                cell(r.energy if r else None),
                s.positives,
                s.negatives,
                "" if ratio is None else f"{ratio:.2f}",
                f"{s.target:g}",
                s.state.value,
                cell(s.checks),
                cell(s.cooloffs_taken),
                cell(s.cooloffs_skipped),
                cell(s.happy_added),
                words(r.well) if r else "",
                words(r.hard) if r else "",
                words(r.improve) if r else "",
                words(r.note) if r else "",
            ]
        )
    return out.getvalue()


def render_markdown(rows: Sequence[ReflectedDay], title: str = "Reflections") -> str:
    """A readable journal: a heading per day, the numbers as one list, then the answers."""
    lines = [f"# {title}"]
    if rows:
        lines[0] += f": {rows[0].day.isoformat()} to {rows[-1].day.isoformat()}"
    lines.append("")
    if not rows:
        lines.append("No reflections in this range.")
    for row in rows:
        s, r = row.summary, row.reflection
        lines.append(f"## {s.day.strftime('%A')} {s.day.isoformat()}")
        lines.append("")
        feeling = (
            f"Mood {_shown(r.mood if r else None)}/5 · Energy {_shown(r.energy if r else None)}/5"
        )
        lines.append(f"- {feeling}")
        for label, value in s.lines():
            lines.append(f"- {label}: {value}")
        lines.append("")
        if r is not None:
            for label, text in (
                ("What went well", r.well),
                ("Hardest moment", r.hard),
                ("One thing to improve", r.improve),
                ("Note", r.note),
            ):
                if text.strip():
                    lines.append(f"**{label}:** {_markdown_text(text)}")
                    lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def _markdown_text(text: str) -> str:
    """Keeps the agent's line breaks inside one paragraph and stops a line reading as a heading."""
    parts = [line.strip() for line in text.strip().splitlines() if line.strip()]
    escaped = [("\\" + p) if p[:1] in "#>-*+|" else p for p in parts]
    return "  \n".join(escaped)
