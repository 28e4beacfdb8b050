"""The History charts' geometry: what each day is drawn as, and where, at made-up sizes."""

from __future__ import annotations

import datetime as dt

import pytest

from companion.core.chart import (
    Metrics,
    Role,
    Shape,
    day_ticks,
    layout_feelings,
    layout_ratio,
    nice_step,
    ratio_gutters,
    ratio_overview,
    ratio_scale,
    spread,
)
from companion.core.ratio import DayRatio

TODAY = dt.date(2026, 11, 30)  # a Monday


def width(text: str) -> float:
    return 7.0 * len(text)


def metrics(w: float = 800, h: float = 300) -> Metrics:
    return Metrics(w, h, 16.0, width, 50.0, 40.0)


def day_text(day: dt.date, month_only: bool) -> str:
    return day.strftime("%b") if month_only else day.strftime("%d %b")


def days_of(counts: dict[int, tuple[int, int]], count: int = 30, target: float = 3.0):
    """``count`` days ending TODAY; ``counts`` maps days back to (positive, negative)."""
    first = TODAY - dt.timedelta(days=count - 1)
    return [
        DayRatio(first + dt.timedelta(days=i), *counts.get(count - 1 - i, (0, 0)), target)
        for i in range(count)
    ]


def bar_of(drawing, index):
    found = [b for b in drawing.bars if b.index == index]
    return found[0] if found else None


def value_at(drawing, y: float, top: float) -> float:
    plot = drawing.plot
    return (plot.bottom - y) / plot.height * top


@pytest.mark.parametrize(
    ("span", "ticks", "step"),
    [(15, 5, 5), (16, 5, 5), (4.5, 5, 1), (20, 5, 5), (12, 5, 2.5), (100, 5, 20), (0.7, 5, 0.2)],
)
def test_nice_steps(span, ticks, step):
    assert nice_step(span, ticks) == pytest.approx(step)


def test_a_sixteen_to_one_day_is_never_drawn_at_twelve():
    history = days_of({0: (3, 1), 1: (16, 1)})
    scale = ratio_scale(history, 3.0)
    drawing = layout_ratio(history, 3.0, metrics(), day_text)
    bar = bar_of(drawing, 28)
    assert scale.top == 15  # five times the target: the axis stops here
    assert bar.box.y == pytest.approx(drawing.plot.y)  # drawn to the top ...
    cuts = [line for line in drawing.lines if line.role is Role.TALLER and line.index == 28]
    assert len(cuts) == 2  # ... broken, so it does not read as 15
    written = [t for t in drawing.texts if t.role is Role.TALLER]
    assert [(t.text, t.index) for t in written] == [("16", 28)]
    assert written[0].y < drawing.plot.y  # in the band above the axis

    with_four = days_of({0: (3, 1), 1: (16, 1)}, target=4.0)
    drawing = layout_ratio(with_four, 4.0, metrics(), day_text)
    assert ratio_scale(with_four, 4.0).top == 20
    assert value_at(drawing, bar_of(drawing, 28).box.y, 20) == pytest.approx(16)
    assert not [t for t in drawing.texts if t.role is Role.TALLER]


def test_bar_heights_are_the_ratios_and_the_target_line_is_at_the_target():
    history = days_of({0: (9, 3), 2: (2, 1), 3: (7, 2)})
    drawing = layout_ratio(history, 3.0, metrics(), day_text)
    top = ratio_scale(history, 3.0).top
    heights = {b.index: value_at(drawing, b.box.y, top) for b in drawing.bars}
    assert heights == pytest.approx({29: 3.0, 27: 2.0, 26: 3.5})
    roles = {b.index: b.role for b in drawing.bars}
    assert roles == {29: Role.ABOVE, 27: Role.BELOW, 26: Role.ABOVE}  # at target counts as met
    (target,) = [line for line in drawing.lines if line.role is Role.TARGET]
    assert value_at(drawing, target.points[0][1], top) == pytest.approx(3.0)
    assert [t.text for t in drawing.texts if t.role is Role.TARGET] == ["3 : 1"]


def test_a_day_with_no_negative_is_a_mark_above_the_axis_not_a_bar():
    history = days_of({0: (5, 0), 1: (2, 1)})
    drawing = layout_ratio(history, 3.0, metrics(), day_text)
    assert bar_of(drawing, 29) is None
    (mark,) = drawing.markers
    assert (mark.index, mark.shape, mark.role) == (29, Shape.TRIANGLE, Role.NO_NEGATIVE)
    assert mark.y + mark.size / 2 < drawing.plot.y
    assert "n : 0" in [t.text for t in drawing.texts]


def test_empty_days_draw_nothing_and_a_day_of_only_negatives_shows_on_the_axis():
    history = days_of({0: (0, 3)})
    drawing = layout_ratio(history, 3.0, metrics(), day_text)
    assert [b.index for b in drawing.bars] == [29]
    zero = drawing.bars[0]
    assert zero.role is Role.BELOW
    assert zero.box.bottom == pytest.approx(drawing.plot.bottom) and 1 <= zero.box.height <= 3
    assert not drawing.markers
    assert "n : 0" not in [t.text for t in drawing.texts]
    assert len(drawing.slots) == 30  # every day can still be pointed at


def test_first_and_last_days_are_whole_inside_the_plot():
    history = days_of({29: (4, 1), 0: (4, 1)})
    drawing = layout_ratio(history, 3.0, metrics(), day_text)
    first, last = bar_of(drawing, 0), bar_of(drawing, 29)
    assert first.box.x > drawing.plot.x and last.box.right < drawing.plot.right
    labels = [t for t in drawing.texts if t.role is Role.TICK and t.index >= 0]
    for label in labels:
        assert label.x - width(label.text) / 2 >= 0
        assert label.x + width(label.text) / 2 <= 800


def test_the_plot_grows_with_the_widget():
    history = days_of({0: (6, 1)})
    small = layout_ratio(history, 3.0, metrics(600, 220), day_text)
    large = layout_ratio(history, 3.0, metrics(1400, 900), day_text)
    assert large.plot.height > 3 * small.plot.height
    assert large.plot.width > 2 * small.plot.width
    assert bar_of(large, 29).box.height > 3 * bar_of(small, 29).box.height


def test_slot_at_finds_the_day_under_the_pointer():
    drawing = layout_ratio(days_of({}), 3.0, metrics(), day_text)
    plot = drawing.plot
    column = plot.width / 30
    assert drawing.slot_at(plot.x) == 0
    assert drawing.slot_at(plot.x + column * 4.5) == 4
    assert drawing.slot_at(plot.right - 0.1) == 29
    assert drawing.slot_at(plot.x - 1) is None
    assert drawing.slot_at(plot.right) is None


def test_day_labels_thin_out_by_days_weeks_and_months():
    month = [TODAY - dt.timedelta(days=29 - i) for i in range(30)]
    every, monthly = day_ticks(month, 60, 40)
    assert every == list(range(30)) and not monthly
    other, _ = day_ticks(month, 30, 40)
    assert other[-1] == 29 and other[-2] == 27  # counted back from today
    mondays, _ = day_ticks(month, 10, 40)
    assert {month[i].weekday() for i in mondays} == {0}
    year = [TODAY - dt.timedelta(days=364 - i) for i in range(365)]
    months, monthly = day_ticks(year, 2.4, 40)
    assert monthly and {year[i].day for i in months} == {1} and len(months) == 12


def test_gutters_fit_the_value_labels_and_the_target():
    history = days_of({0: (40, 1)})
    left, right = ratio_gutters(history, 3.0, width)
    assert left >= width("15 : 1") and right >= width("3 : 1")


def test_overview_counts_the_days_as_the_chart_draws_them():
    history = days_of({0: (5, 0), 1: (1, 1), 2: (6, 1), 3: (3, 1)})
    overview = ratio_overview(history)
    assert (overview.logged, overview.at_or_above, overview.below, overview.no_negative) == (
        4,
        3,
        1,
        1,
    )
    assert overview.best.ratio == 6 and overview.worst.ratio == 1


def week(values):
    return [(TODAY + dt.timedelta(days=i), v) for i, v in enumerate(values)]


def test_feelings_join_neighbouring_days_and_bridge_gaps_faintly():
    days = [TODAY + dt.timedelta(days=i) for i in range(10)]
    entries = {days[0]: (5, 3), days[1]: (1, None), days[2]: (2, 2), days[6]: (4, 4)}
    drawing = layout_feelings(days, entries, metrics(), day_text)
    mood = [m for m in drawing.markers if m.role is Role.MOOD]
    energy = [m for m in drawing.markers if m.role is Role.ENERGY]
    assert [m.index for m in mood] == [0, 1, 2, 6]
    assert [m.index for m in energy] == [0, 2, 6]
    assert drawing.markers.index(energy[0]) < drawing.markers.index(mood[0])  # dots on top
    assert mood[0].size < energy[0].size
    plot = drawing.plot
    assert mood[0].y == pytest.approx(plot.y) and mood[1].y == pytest.approx(plot.bottom)
    mood_lines = [line for line in drawing.lines if line.role is Role.MOOD]
    assert [(len(line.points), line.faint) for line in mood_lines] == [(3, False), (2, True)]
    energy_lines = [line for line in drawing.lines if line.role is Role.ENERGY]
    assert [line.faint for line in energy_lines] == [True, True]  # day 1 has no energy


def test_the_swings_of_a_week_are_not_steady():
    found = spread(week([5, 1, 2, 3, 4]))
    assert (found.low, found.high, found.average, found.count) == (1, 5, 3.0, 5)
    assert found.biggest_change == ((TODAY, 5), (TODAY + dt.timedelta(days=1), 1))
    flat = spread(week([3, 3, 3]))
    assert flat.biggest_change is None and flat.low == flat.high == 3
    assert spread([]) is None
