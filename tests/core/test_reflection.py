"""Reflection core: the day's summary, the week and exports."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from companion.core.errors import InvalidInput
from companion.core.ratio import State
from companion.core.reflection import (
    CSV_COLUMNS,
    MISSING,
    DaySummary,
    ReflectedDay,
    Reflection,
    render_csv,
    render_markdown,
    trend,
    week_summary,
)

MONDAY = dt.date(2026, 11, 23)


def day(offset: int) -> dt.date:
    return MONDAY + dt.timedelta(days=offset)


# ---- the day's summary ---------------------------------------------------------------------


def test_unknown_numbers_render_as_a_dash_not_zero() -> None:
    summary = DaySummary(MONDAY, positives=6, negatives=2, target=3.0)
    values = dict(summary.lines())
    assert values["Replies checked"] == MISSING
    assert values["Cool-offs taken"] == MISSING
    assert values["Cool-offs skipped"] == MISSING
    assert values["Happy-file entries added"] == MISSING
    assert values["Ratio"] == "3 : 1 (target 3 : 1, at target)"


def test_known_numbers_including_zero_are_shown() -> None:
    summary = DaySummary(
        MONDAY, 1, 2, 3.0, checks=4, cooloffs_taken=0, cooloffs_skipped=1, happy_added=2
    )
    values = dict(summary.lines())
    assert values["Replies checked"] == "4"
    assert values["Cool-offs taken"] == "0"
    assert values["Cool-offs skipped"] == "1"
    assert values["Happy-file entries added"] == "2"
    assert summary.state is State.BELOW
    assert summary.ratio == 0.5
    assert "below target" in values["Ratio"]


def test_day_without_negatives_has_no_ratio_number() -> None:
    summary = DaySummary(MONDAY, 5, 0, 3.0)
    assert summary.ratio is None
    assert summary.ratio_text == "5 : 0"
    assert summary.state is State.ABOVE


@pytest.mark.parametrize("value", [0, 6, -1])
def test_mood_and_energy_are_one_to_five(value: int) -> None:
    with pytest.raises(InvalidInput):
        Reflection(MONDAY, mood=value)
    with pytest.raises(InvalidInput):
        Reflection(MONDAY, energy=value)


def test_blank_reflection() -> None:
    assert Reflection(MONDAY).is_blank
    assert Reflection(MONDAY, note="  \n").is_blank
    assert not Reflection(MONDAY, mood=3).is_blank
    assert not Reflection(MONDAY, well="a kind customer").is_blank


# ---- the week ------------------------------------------------------------------------------


def reflected(
    offset: int, pos: int, neg: int, mood: int | None, energy: int | None, improve: str = ""
) -> ReflectedDay:
    return ReflectedDay(
        DaySummary(day(offset), pos, neg, 3.0),
        Reflection(day(offset), mood=mood, energy=energy, improve=improve),
    )


def test_week_summary_ratio_per_day_trends_and_improvements() -> None:
    rows = [
        reflected(0, 3, 3, 1, 4, "Read the order history before replying"),
        reflected(1, 6, 2, 2, 4),
        reflected(3, 9, 1, 4, 4, "Offer the call earlier"),
        reflected(4, 8, 2, 5, 3),
        reflected(8, 1, 1, 1, 1, "next week: not in this one"),
    ]
    week = week_summary(rows, day(2))
    assert week.first_day == MONDAY
    assert [d.day for d in week.days] == [day(i) for i in range(7)]
    assert [d.summary.ratio_text for d in week.days] == [
        "1 : 1",
        "3 : 1",
        "0 : 0",
        "9 : 1",
        "4 : 1",
        "0 : 0",
        "0 : 0",
    ]
    assert week.days[2].reflection is None  # a gap is filled, not invented
    assert week.mood_trend == "rising"
    assert week.energy_trend == "steady"
    assert [(i.day, i.text) for i in week.improvements] == [
        (day(0), "Read the order history before replying"),
        (day(3), "Offer the call earlier"),
    ]
    assert week.positives == 26 and week.negatives == 8
    assert week.ratio_text == "3.2 : 1"
    assert week.days_at_target == 3
    assert week.average("mood") == 3.0


def test_falling_trend_and_too_few_points() -> None:
    assert trend([(0, 5), (1, 4), (2, 2)]) == "falling"
    assert trend([(0, 3), (4, 3)]) == "steady"
    assert trend([(3, 4)]) is None
    assert trend([]) is None
    week = week_summary([reflected(0, 1, 1, 3, None)], MONDAY)
    assert week.mood_trend is None and week.energy_trend is None
    assert week.average("energy") is None


# ---- export --------------------------------------------------------------------------------


def export_rows() -> list[ReflectedDay]:
    return [
        ReflectedDay(
            DaySummary(day(0), 6, 2, 3.0, checks=3, cooloffs_taken=1, cooloffs_skipped=0),
            Reflection(
                day(0),
                mood=4,
                energy=2,
                well='Mrs "K" thanked me, twice',
                hard="# the refund call\nshe shouted",
                improve="Check the courier page first",
                note="",
            ),
        ),
        ReflectedDay(DaySummary(day(1), 2, 0, 3.0), None),
    ]


def test_csv_export_round_trips_through_a_csv_reader() -> None:
    text = render_csv(export_rows())
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == CSV_COLUMNS
    first, second = rows
    assert first["day"] == "2026-11-23"
    assert first["mood"] == "4" and first["energy"] == "2"
    assert first["ratio"] == "3.00" and first["target"] == "3" and first["state"] == "at"
    assert first["replies_checked"] == "3"
    assert first["cooloffs_taken"] == "1" and first["cooloffs_skipped"] == "0"
    assert first["happy_added"] == ""  # unknown is empty, not 0
    assert first["went_well"] == 'Mrs "K" thanked me, twice'
    assert first["hardest_moment"] == "# the refund call\nshe shouted"
    assert second["mood"] == "" and second["ratio"] == "" and second["went_well"] == ""
    assert second["state"] == "above"


def test_csv_export_of_nothing_is_just_the_header() -> None:
    assert render_csv([]) == ",".join(CSV_COLUMNS) + "\n"


def test_markdown_export() -> None:
    text = render_markdown(export_rows())
    assert text.startswith("# Reflections: 2026-11-23 to 2026-11-24\n")
    assert "## Monday 2026-11-23" in text
    assert "## Tuesday 2026-11-24" in text
    assert "- Mood 4/5 · Energy 2/5" in text
    assert "- Ratio: 3 : 1 (target 3 : 1, at target)" in text
    assert "- Replies checked: 3" in text
    assert "- Happy-file entries added: —" in text
    assert '**What went well:** Mrs "K" thanked me, twice' in text
    # the agent's "#" line does not become a heading; the line break is kept
    assert "**Hardest moment:** \\# the refund call  \nshe shouted" in text
    assert "**One thing to improve:** Check the courier page first" in text
    assert "**Note:**" not in text  # empty answers are left out
    assert "- Mood —/5 · Energy —/5" in text  # a day with numbers but no entry
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_markdown_export_of_nothing() -> None:
    assert "No reflections in this range." in render_markdown([])


def test_a_day_without_logs_says_so_instead_of_a_zero_ratio() -> None:
    values = dict(DaySummary(MONDAY, 0, 0, 3.0).lines())
    assert values["Ratio"] == "no logs (target 3 : 1)"


def test_csv_cells_of_the_agents_words_never_start_a_formula() -> None:
    import dataclasses

    first = export_rows()[0]
    assert first.reflection is not None
    risky = dataclasses.replace(
        first.reflection,
        well='=HYPERLINK("http://x","click")',
        hard="+1 call went badly",
        improve="-check the log",
        note="@everyone thanks",
    )
    text = render_csv([dataclasses.replace(first, reflection=risky)])
    [row] = list(csv.DictReader(io.StringIO(text)))
    assert row["went_well"] == '\'=HYPERLINK("http://x","click")'
    assert row["hardest_moment"] == "'+1 call went badly"
    assert row["improve"] == "'-check the log"
    assert row["note"] == "'@everyone thanks"
