"""What the History charts draw and where, without Qt.

ui/chart.py only paints a :class:`Drawing`; every decision — the axis, what a day is drawn as
(a bar, a mark above the axis, a bar broken at the top, nothing), where the labels go, which
day is under the mouse — is made here, in plain functions the tests call with made-up sizes.

No value is drawn as something it is not: a day with no negative has no ratio, so it gets a
mark in a band above the axis instead of a bar; a day taller than the axis gets a bar broken at
the top with its value written over it; a day without logs gets nothing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from companion.core.ratio import DayRatio, State, format_target

FEELING_RANGE = (1, 5)
"""Mood and energy are 1 to 5 (core/reflection.MOOD_RANGE)."""


class Role(StrEnum):
    """What a shape means; the widget picks its pen and brush by role from the palette."""

    GRID = "grid"
    AXIS = "axis"
    TICK = "tick"
    ABOVE = "above"
    BELOW = "below"
    NO_NEGATIVE = "no_negative"
    TALLER = "taller"
    TARGET = "target"
    MOOD = "mood"
    ENERGY = "energy"
    GAP = "gap"


class Shape(StrEnum):
    CIRCLE = "circle"
    SQUARE = "square"
    TRIANGLE = "triangle"


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Box:
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


@dataclass(frozen=True, slots=True)
class Bar:
    """One day's bar (``index`` into the days)."""

    index: int
    box: Box
    role: Role


@dataclass(frozen=True, slots=True)
class Line:
    """A polyline; ``faint`` ones bridge days with nothing to show (drawn dotted)."""

    points: tuple[tuple[float, float], ...]
    role: Role
    faint: bool = False
    index: int = -1


@dataclass(frozen=True, slots=True)
class Marker:
    index: int
    x: float
    y: float
    size: float
    shape: Shape
    role: Role


@dataclass(frozen=True, slots=True)
class Text:
    """A label anchored at (x, y): ``align`` says which side of x it runs, y is its middle."""

    x: float
    y: float
    text: str
    align: Align
    role: Role
    index: int = -1


@dataclass(frozen=True, slots=True)
class Slot:
    """The strip a day owns across the chart, and where its tooltip points."""

    index: int
    left: float
    right: float
    anchor: tuple[float, float]


@dataclass(frozen=True, slots=True)
class Drawing:
    plot: Box
    grid: tuple[Line, ...] = ()
    bars: tuple[Bar, ...] = ()
    lines: tuple[Line, ...] = ()
    markers: tuple[Marker, ...] = ()
    texts: tuple[Text, ...] = ()
    slots: tuple[Slot, ...] = ()

    def slot_at(self, x: float) -> int | None:
        """The day under ``x`` (anywhere in its column), None outside the days."""
        if not self.slots or x < self.slots[0].left or x >= self.slots[-1].right:
            return None
        width = self.slots[0].right - self.slots[0].left
        return min(len(self.slots) - 1, max(0, int((x - self.slots[0].left) / width)))


@dataclass(frozen=True, slots=True)
class Metrics:
    """The widget's size and font, and the gutters kept beside the plot for labels (the same
    for every chart on the screen, so their days line up)."""

    width: float
    height: float
    line_height: float
    text_width: Callable[[str], float]
    left: float
    right: float


DayText = Callable[[dt.date, bool], str]
"""A day's axis label; the flag asks for the month alone (the year-long view)."""


# ---- scales and ticks ------------------------------------------------------------------------


def nice_step(span: float, max_ticks: int) -> float:
    """The smallest of 1, 2, 2.5, 5 × 10^k that cuts ``span`` into at most ``max_ticks`` parts."""
    if span <= 0 or max_ticks < 1:
        return 1.0
    raw = span / max_ticks
    power = 10.0 ** math.floor(math.log10(raw))
    for factor in (1.0, 2.0, 2.5, 5.0, 10.0):
        if factor * power >= raw - 1e-12:
            return factor * power
    return 10.0 * power  # pragma: no cover - the loop ends at 10


@dataclass(frozen=True, slots=True)
class RatioScale:
    """The value axis: 0 to ``top`` in ``step``s; days above ``top`` are drawn broken."""

    top: float
    step: float

    def ticks(self) -> list[float]:
        count = round(self.top / self.step)
        return [round(i * self.step, 9) for i in range(count + 1)]


def ratio_scale(days: Sequence[DayRatio], target: float, max_ticks: int = 5) -> RatioScale:
    """An axis that shows every day's ratio as it is, up to a limit.

    The axis reaches the largest ratio (and always half as much again as the target), but no
    further than five times the target (at least 10 : 1): one 40 : 1 day would otherwise
    flatten every other day. Days above the top are drawn broken, with their value written.
    """
    finite = [d.ratio for d in days if d.ratio is not None]
    wanted = max([target * 1.5, 4.0, *finite])
    limit = max(target * 5.0, 10.0)
    reach = min(wanted, limit)
    step = nice_step(reach, max_ticks)
    return RatioScale(math.ceil(reach / step - 1e-9) * step, step)


def day_ticks(
    days: Sequence[dt.date], slot_width: float, label_width: float
) -> tuple[list[int], bool]:
    """Which days get an axis label, and whether the label is the month alone: as many as fit
    without crowding, on days people count from (every other day back from today, Mondays, the
    first of the month or quarter)."""
    room = label_width * 1.4
    last = len(days) - 1
    if slot_width >= room:
        return list(range(len(days))), False
    if slot_width * 2 >= room:
        return [i for i in range(len(days)) if (last - i) % 2 == 0], False
    for weeks in (1, 2):
        if slot_width * 7 * weeks >= room:
            mondays = [i for i, d in enumerate(days) if d.weekday() == 0]
            return [i for i in mondays if ((mondays[-1] - i) // 7) % weeks == 0], False
    for months in (1, 3, 6, 12):
        if slot_width * 30 * months >= room or months == 12:
            firsts = [i for i, d in enumerate(days) if d.day == 1 and (d.month - 1) % months == 0]
            return firsts, True
    raise AssertionError("unreachable")  # pragma: no cover


def _columns(count: int, plot: Box) -> list[tuple[float, float, float]]:
    """(left, centre, right) of each day's column; the first and last are whole, never cut."""
    width = plot.width / count if count else 0.0
    return [
        (plot.x + i * width, plot.x + (i + 0.5) * width, plot.x + (i + 1) * width)
        for i in range(count)
    ]


def _day_labels(
    days: Sequence[dt.date], plot: Box, metrics: Metrics, day_text: DayText, y: float
) -> tuple[list[Text], list[Line]]:
    if not days:
        return [], []
    columns = _columns(len(days), plot)
    widest = max(metrics.text_width(day_text(d, False)) for d in days[-31:])
    ticks, monthly = day_ticks(days, plot.width / len(days), widest)
    texts, marks = [], []
    for i in ticks:
        text = day_text(days[i], monthly)
        half = metrics.text_width(text) / 2
        centre = columns[i][1]
        x = min(max(centre, half + 1), metrics.width - half - 1)
        texts.append(Text(x, y, text, Align.CENTER, Role.TICK, i))
        marks.append(Line(((centre, plot.bottom), (centre, plot.bottom + 3)), Role.AXIS))
    return texts, marks


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


# ---- the daily ratio ---------------------------------------------------------------------------


def ratio_gutters(
    days: Sequence[DayRatio], target: float, text_width: Callable[[str], float]
) -> tuple[float, float]:
    """Room for the value labels left of the plot and the target's label right of it."""
    scale = ratio_scale(days, target)
    labels = [format_target(v) for v in scale.ticks()] + ["n : 0"]
    left = max(text_width(label) for label in labels) + 10
    right = text_width(format_target(target)) + 10
    return left, right


def layout_ratio(
    days: Sequence[DayRatio], target: float, metrics: Metrics, day_text: DayText
) -> Drawing:
    """Bars of positives per negative, one column per day, against the target line.

    Top to bottom: a band for the days with no negative (a triangle each) and for the values
    of bars taller than the axis; the plot; the day labels.
    """
    line = metrics.line_height
    band = Box(metrics.left, 2, metrics.width - metrics.left - metrics.right, line * 1.3)
    top = band.bottom + line * 0.6
    bottom = metrics.height - line * 1.6
    plot = Box(band.x, top, band.width, max(1.0, bottom - top))
    scale = ratio_scale(days, target)

    def y_of(value: float) -> float:
        return plot.bottom - min(value, scale.top) / scale.top * plot.height

    grid: list[Line] = []
    texts: list[Text] = []
    for value in scale.ticks():
        y = y_of(value)
        grid.append(Line(((plot.x, y), (plot.right, y)), Role.AXIS if value == 0 else Role.GRID))
        label = "0" if value == 0 else format_target(value)
        texts.append(Text(plot.x - 6, y, label, Align.RIGHT, Role.TICK))

    columns = _columns(len(days), plot)
    slot_width = plot.width / len(days) if days else 0.0
    bar_width = slot_width if slot_width < 3 else max(2.0, slot_width * 0.7)
    band_middle = band.y + band.height / 2
    bars: list[Bar] = []
    lines: list[Line] = []
    markers: list[Marker] = []
    slots: list[Slot] = []
    written_to = -math.inf  # right edge of the last value written in the band
    any_unbounded = False
    for index, (day, (left, centre, right)) in enumerate(zip(days, columns, strict=True)):
        anchor = (centre, plot.bottom)
        ratio = day.ratio
        if day.total == 0:
            pass
        elif ratio is None:
            any_unbounded = True
            size = max(3.0, min(slot_width * 0.8, line * 0.7))
            markers.append(
                Marker(index, centre, band_middle, size, Shape.TRIANGLE, Role.NO_NEGATIVE)
            )
            anchor = (centre, band_middle)
        else:
            role = Role.BELOW if day.state is State.BELOW else Role.ABOVE
            y = min(y_of(ratio), plot.bottom - 2)  # a 0 : n day is a sliver on the axis
            bars.append(
                Bar(index, Box(centre - bar_width / 2, y, bar_width, plot.bottom - y), role)
            )
            anchor = (centre, y)
            if ratio > scale.top + 1e-9:
                lines.extend(_break_mark(index, centre, bar_width, plot.y + line * 0.6))
                text = _number(ratio)
                width = metrics.text_width(text)
                if centre - width / 2 > written_to + 4:
                    texts.append(Text(centre, band_middle, text, Align.CENTER, Role.TALLER, index))
                    written_to = centre + width / 2
        slots.append(Slot(index, left, right, anchor))

    target_y = y_of(target)
    lines.append(Line(((plot.x, target_y), (plot.right, target_y)), Role.TARGET))
    texts.append(Text(plot.right + 5, target_y, format_target(target), Align.LEFT, Role.TARGET))
    if any_unbounded:
        texts.append(Text(plot.x - 6, band_middle, "n : 0", Align.RIGHT, Role.TICK))
    day_texts, day_marks = _day_labels(
        [d.day for d in days], plot, metrics, day_text, plot.bottom + line * 0.9
    )
    return Drawing(
        plot,
        tuple(grid + day_marks),
        tuple(bars),
        tuple(lines),
        tuple(markers),
        tuple(texts + day_texts),
        tuple(slots),
    )


def _break_mark(index: int, centre: float, width: float, y: float) -> list[Line]:
    """Two slanted cuts across a bar: it goes on past the top of the axis."""
    half = width / 2 + 2
    return [
        Line(((centre - half, y + 3 + dy), (centre + half, y - 3 + dy)), Role.TALLER, index=index)
        for dy in (0.0, 5.0)
    ]


@dataclass(frozen=True, slots=True)
class RatioOverview:
    """The chart in numbers, for its accessible description."""

    logged: int
    at_or_above: int
    below: int
    no_negative: int
    best: DayRatio | None
    worst: DayRatio | None


def ratio_overview(days: Sequence[DayRatio]) -> RatioOverview:
    logged = [d for d in days if d.total]
    finite = [d for d in logged if d.ratio is not None]
    return RatioOverview(
        len(logged),
        sum(1 for d in logged if d.state is not State.BELOW),
        sum(1 for d in logged if d.state is State.BELOW),
        sum(1 for d in logged if d.ratio is None),
        max(finite, key=lambda d: (d.ratio or 0.0, d.day), default=None),
        min(finite, key=lambda d: (d.ratio or 0.0, d.day), default=None),
    )


# ---- mood and energy ---------------------------------------------------------------------------


Feelings = tuple[int | None, int | None]
"""A reflection's (mood, energy), each 1–5 or None."""


def layout_feelings(
    days: Sequence[dt.date],
    entries: Mapping[dt.date, Feelings],
    metrics: Metrics,
    day_text: DayText,
) -> Drawing:
    """Mood and energy (1–5) on the days that have a reflection, over the same columns as the
    ratio chart. Lines join neighbouring days; across days without an entry they are faint."""
    line = metrics.line_height
    low, high = FEELING_RANGE
    top = line * 0.8
    bottom = metrics.height - line * 1.6
    plot = Box(metrics.left, top, metrics.width - metrics.left - metrics.right, bottom - top)
    plot = Box(plot.x, plot.y, plot.width, max(1.0, plot.height))

    def y_of(value: float) -> float:
        return plot.bottom - (value - low) / (high - low) * plot.height

    grid: list[Line] = []
    texts: list[Text] = []
    for value in range(low, high + 1):
        y = y_of(value)
        grid.append(Line(((plot.x, y), (plot.right, y)), Role.GRID))
        texts.append(Text(plot.x - 6, y, str(value), Align.RIGHT, Role.TICK))

    columns = _columns(len(days), plot)
    slot_width = plot.width / len(days) if days else 0.0
    size = max(4.0, min(slot_width * 0.7, line * 0.6))
    markers: list[Marker] = []
    lines: list[Line] = []
    slots: list[Slot] = []
    # Energy first: its hollow squares sit under mood's smaller dots, so a day where both are
    # the same shows both.
    series = ((1, Role.ENERGY, Shape.SQUARE, size), (0, Role.MOOD, Shape.CIRCLE, size * 0.75))
    for which, role, shape, mark in series:
        points: list[tuple[int, int]] = []
        for i, day in enumerate(days):
            given = entries.get(day, (None, None))[which]
            if given is not None:
                points.append((i, given))
                markers.append(Marker(i, columns[i][1], y_of(given), mark, shape, role))
        lines.extend(_joined(points, columns, y_of, role))
    for i, (left, centre, right) in enumerate(columns):
        values = [v for v in entries.get(days[i], (None, None)) if v is not None]
        anchor_y = y_of(max(values)) if values else plot.bottom
        slots.append(Slot(i, left, right, (centre, anchor_y)))
    day_texts, day_marks = _day_labels(days, plot, metrics, day_text, plot.bottom + line * 0.9)
    return Drawing(
        plot,
        tuple(grid + day_marks),
        (),
        tuple(lines),
        tuple(markers),
        tuple(texts + day_texts),
        tuple(slots),
    )


def _joined(
    points: Sequence[tuple[int, int]],
    columns: Sequence[tuple[float, float, float]],
    y_of: Callable[[float], float],
    role: Role,
) -> list[Line]:
    """Solid runs over consecutive days; a faint segment over each gap."""
    lines: list[Line] = []
    run: list[tuple[float, float]] = []
    previous: tuple[int, int] | None = None
    for i, value in points:
        here = (columns[i][1], y_of(value))
        if previous is not None and i - previous[0] > 1:
            if len(run) > 1:
                lines.append(Line(tuple(run), role))
            before = (columns[previous[0]][1], y_of(previous[1]))
            lines.append(Line((before, here), role, faint=True))
            run = []
        run.append(here)
        previous = (i, value)
    if len(run) > 1:
        lines.append(Line(tuple(run), role))
    return lines


@dataclass(frozen=True, slots=True)
class Spread:
    """How mood or energy moved: its range, its average and the biggest change from one entry
    to the next, so a week of 5, 1, 2, 3, 4 does not read as "steady"."""

    count: int
    low: int
    high: int
    average: float
    biggest_change: tuple[tuple[dt.date, int], tuple[dt.date, int]] | None


def spread(values: Sequence[tuple[dt.date, int]]) -> Spread | None:
    """From (day, value) pairs in day order; None without any. The biggest change is None when
    no two entries differ."""
    if not values:
        return None
    numbers = [v for _, v in values]
    change = max(itertools.pairwise(values), key=lambda p: abs(p[1][1] - p[0][1]), default=None)
    if change is not None and change[0][1] == change[1][1]:
        change = None
    return Spread(len(numbers), min(numbers), max(numbers), sum(numbers) / len(numbers), change)
