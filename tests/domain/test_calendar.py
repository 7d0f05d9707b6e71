"""The reporting calendar: default periods, due dates, overrides and serialisation."""

from __future__ import annotations

import itertools
import json
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gbv_desktop.domain.calendar import (
    Period,
    ReportingCalendar,
    days_until,
    default_period,
    month_starts,
)
from gbv_desktop.domain.messages import KnownError

DEFAULT = ReportingCalendar()
years = st.integers(min_value=2000, max_value=2100)


# --- Period --------------------------------------------------------------------------


def test_period_rejects_end_before_start() -> None:
    with pytest.raises(KnownError) as info:
        Period(date(2025, 5, 15), date(2025, 5, 14))
    assert str(info.value) == "The end date is before the start date."
    assert info.value.message.context == "Validation"


def test_period_of_one_day() -> None:
    p = Period(date(2025, 5, 14), date(2025, 5, 14))
    assert p.contains(date(2025, 5, 14))
    assert not p.contains(date(2025, 5, 13))
    assert not p.contains(date(2025, 5, 15))
    assert p.years() == [2025]


def test_period_contains_is_inclusive_and_years() -> None:
    p = Period(date(2024, 12, 15), date(2025, 5, 14))
    assert p.contains(date(2024, 12, 15))
    assert p.contains(date(2025, 5, 14))
    assert not p.contains(date(2024, 12, 14))
    assert not p.contains(date(2025, 5, 15))
    assert p.years() == [2024, 2025]
    assert Period(date(2021, 1, 1), date(2025, 12, 31)).years() == [2021, 2022, 2023, 2024, 2025]


def test_period_is_frozen_and_comparable() -> None:
    p = Period(date(2025, 1, 1), date(2025, 1, 31))
    assert p == Period(date(2025, 1, 1), date(2025, 1, 31))
    assert hash(p) == hash(Period(date(2025, 1, 1), date(2025, 1, 31)))
    with pytest.raises(AttributeError):
        p.end = date(2025, 2, 1)  # type: ignore[misc]


# --- default periods -----------------------------------------------------------------


@pytest.mark.parametrize("year", [2021, 2023, 2024, 2025, 2100])
def test_default_half_year_period(year: int) -> None:
    # OFFICIAL-FORMAT.md: "15 Dec of the previous year – 14 May".
    assert default_period("half_year", year) == Period(date(year - 1, 12, 15), date(year, 5, 14))
    assert DEFAULT.period("half_year", year) == default_period("half_year", year)


@pytest.mark.parametrize("year", [2021, 2023, 2024, 2025, 2100])
def test_default_annual_period(year: int) -> None:
    # OFFICIAL-FORMAT.md: "15 Dec of the previous year – 14 Dec".
    assert default_period("annual", year) == Period(date(year - 1, 12, 15), date(year, 12, 14))


@given(years)
def test_annual_periods_follow_each_other_without_gap_or_overlap(year: int) -> None:
    this, last = DEFAULT.period("annual", year), DEFAULT.period("annual", year - 1)
    assert this.start == last.end + timedelta(days=1)
    assert (this.end - this.start).days + 1 in (365, 366)


@given(years)
def test_half_year_period_lies_within_the_annual_one(year: int) -> None:
    half, annual = DEFAULT.period("half_year", year), DEFAULT.period("annual", year)
    assert half.start == annual.start
    assert half.end < annual.end


@pytest.mark.parametrize(
    ("year", "end"),
    [
        (2024, date(2024, 2, 29)),
        (2025, date(2025, 2, 28)),
        (2000, date(2000, 2, 29)),
        (2100, date(2100, 2, 28)),
    ],
)
def test_override_ending_on_29_february(year: int, end: date) -> None:
    cal = ReportingCalendar(half_year_start=(3, 1), half_year_end=(2, 29), half_year_due=(2, 29))
    period = cal.period("half_year", year)
    assert period == Period(date(year - 1, 3, 1), end)
    assert cal.due("half_year", year) == end


def test_override_starting_on_29_february_in_a_common_year() -> None:
    cal = ReportingCalendar(annual_start=(2, 29), annual_end=(12, 31), annual_due=(12, 31))
    assert cal.period("annual", 2024) == Period(date(2024, 2, 29), date(2024, 12, 31))
    assert cal.period("annual", 2025) == Period(date(2025, 2, 28), date(2025, 12, 31))


def test_override_within_one_calendar_year() -> None:
    # A start earlier in the year than the end belongs to the same year.
    cal = ReportingCalendar(
        half_year_start=(1, 1),
        half_year_end=(6, 30),
        half_year_due=(7, 5),
        annual_start=(1, 1),
        annual_end=(12, 31),
        annual_due=(12, 31),
    )
    assert cal.period("half_year", 2025) == Period(date(2025, 1, 1), date(2025, 6, 30))
    assert cal.period("annual", 2025) == Period(date(2025, 1, 1), date(2025, 12, 31))
    assert cal.due("half_year", 2025) == date(2025, 7, 5)


def test_override_decree_09_half_year_ending_14_june() -> None:
    cal = ReportingCalendar(half_year_end=(6, 14), half_year_due=(6, 15))
    assert cal.period("half_year", 2025) == Period(date(2024, 12, 15), date(2025, 6, 14))


def test_due_date_after_period_end_even_when_it_falls_in_the_next_year() -> None:
    # A unit may be asked for its annual report by 10 January: the report on the
    # period that ends 14 Dec 2025 is then due on 10 Jan 2026, not on 10 Jan 2025
    # (eleven months before its period ends).
    cal = ReportingCalendar(annual_due=(1, 10))
    period = cal.period("annual", 2025)
    assert cal.due("annual", 2025) >= period.end
    assert cal.due("annual", 2025) == date(2026, 1, 10)
    assert cal.next_due(date(2026, 1, 5)) == ("annual", 2025, date(2026, 1, 10))


def test_phase_default_period() -> None:
    assert default_period("phase", 2025) == Period(date(2021, 1, 1), date(2025, 12, 31))
    assert default_period("phase", 2030, phase=(2026, 2030)) == Period(
        date(2026, 1, 1), date(2030, 12, 31)
    )
    assert default_period("phase", 2026, phase=(2026, 2026)) == Period(
        date(2026, 1, 1), date(2026, 12, 31)
    )


def test_ad_hoc_default_period() -> None:
    # From 1 January to today, or to 31 December for a past year.
    assert default_period("ad_hoc", 2025, today=date(2025, 6, 10)) == Period(
        date(2025, 1, 1), date(2025, 6, 10)
    )
    assert default_period("ad_hoc", 2024, today=date(2025, 6, 10)) == Period(
        date(2024, 1, 1), date(2024, 12, 31)
    )
    assert default_period("ad_hoc", 2025, today=date(2025, 1, 1)) == Period(
        date(2025, 1, 1), date(2025, 1, 1)
    )
    assert default_period("ad_hoc", 2025, today=date(2025, 12, 31)) == Period(
        date(2025, 1, 1), date(2025, 12, 31)
    )


def test_ad_hoc_default_period_uses_the_real_today() -> None:
    today = date.today()
    assert default_period("ad_hoc", today.year) == Period(date(today.year, 1, 1), today)


def test_default_period_uses_the_given_calendar() -> None:
    cal = ReportingCalendar(half_year_end=(6, 14))
    assert default_period("half_year", 2025, calendar=cal).end == date(2025, 6, 14)


@pytest.mark.parametrize("kind", ["quarterly", "", "HALF_YEAR"])
def test_default_period_rejects_unknown_kind(kind: str) -> None:
    with pytest.raises(ValueError, match="unknown report kind"):
        default_period(kind, 2025)


@pytest.mark.parametrize("kind", ["phase", "ad_hoc", "quarterly"])
def test_calendar_has_no_period_or_due_date_for_other_kinds(kind: str) -> None:
    with pytest.raises(ValueError):
        DEFAULT.period(kind, 2025)
    with pytest.raises(ValueError):
        DEFAULT.due(kind, 2025)


# --- due dates -----------------------------------------------------------------------


@pytest.mark.parametrize("year", [2021, 2024, 2025])
def test_default_due_dates(year: int) -> None:
    assert DEFAULT.due("half_year", year) == date(year, 5, 15)
    assert DEFAULT.due("annual", year) == date(year, 12, 15)


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2025, 1, 1), ("half_year", 2025, date(2025, 5, 15))),
        (date(2025, 5, 14), ("half_year", 2025, date(2025, 5, 15))),
        (date(2025, 5, 15), ("half_year", 2025, date(2025, 5, 15))),  # due today
        (date(2025, 5, 16), ("annual", 2025, date(2025, 12, 15))),
        (date(2025, 12, 15), ("annual", 2025, date(2025, 12, 15))),
        (date(2025, 12, 16), ("half_year", 2026, date(2026, 5, 15))),
        (date(2025, 12, 31), ("half_year", 2026, date(2026, 5, 15))),
        (date(2024, 2, 29), ("half_year", 2024, date(2024, 5, 15))),
    ],
)
def test_next_due(today: date, expected: tuple[str, int, date]) -> None:
    assert DEFAULT.next_due(today) == expected


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)))
def test_next_due_is_the_earliest_due_date_not_yet_passed(today: date) -> None:
    kind, year, due = DEFAULT.next_due(today)
    assert due == DEFAULT.due(kind, year)
    assert due >= today
    assert days_until(due, today) <= 214  # 15 Dec → 15 May is the longest wait
    for y in (today.year - 1, today.year, today.year + 1):
        for k in ("half_year", "annual"):
            d = DEFAULT.due(k, y)
            assert not today <= d < due, (k, y)
    # The report due covers a period that has already ended (or ends the day before).
    assert DEFAULT.period(kind, year).end < due


def test_next_due_with_a_29_february_due_date() -> None:
    cal = ReportingCalendar(half_year_start=(3, 1), half_year_end=(2, 28), half_year_due=(2, 29))
    assert cal.next_due(date(2025, 2, 28)) == ("half_year", 2025, date(2025, 2, 28))
    assert cal.next_due(date(2024, 2, 29)) == ("half_year", 2024, date(2024, 2, 29))


def test_days_until() -> None:
    assert days_until(date(2025, 5, 15), date(2025, 5, 15)) == 0
    assert days_until(date(2025, 5, 15), date(2025, 5, 10)) == 5
    assert days_until(date(2025, 5, 15), date(2025, 5, 16)) == -1
    assert days_until(date(2026, 1, 1), date(2025, 12, 31)) == 1


# --- serialisation -------------------------------------------------------------------


def test_to_dict_is_json_ready() -> None:
    data = DEFAULT.to_dict()
    assert data == {
        "half_year_start": [12, 15],
        "half_year_end": [5, 14],
        "half_year_due": [5, 15],
        "annual_start": [12, 15],
        "annual_end": [12, 14],
        "annual_due": [12, 15],
    }
    assert json.loads(json.dumps(data)) == data


month_days = st.dates(min_value=date(2024, 1, 1), max_value=date(2024, 12, 31)).map(
    lambda d: (d.month, d.day)
)


@given(st.fixed_dictionaries({name: month_days for name in ReportingCalendar.__dataclass_fields__}))
def test_round_trip_through_json(values: dict[str, tuple[int, int]]) -> None:
    cal = ReportingCalendar(**values)
    again = ReportingCalendar.from_dict(json.loads(json.dumps(cal.to_dict())))
    assert again == cal
    assert all(isinstance(getattr(again, name), tuple) for name in values)


def test_from_dict_fills_missing_keys_and_ignores_unknown_ones() -> None:
    cal = ReportingCalendar.from_dict({"annual_due": [12, 10], "quarterly_due": [3, 31]})
    assert cal == ReportingCalendar(annual_due=(12, 10))
    assert ReportingCalendar.from_dict({}) == DEFAULT


def test_from_dict_accepts_29_february() -> None:
    cal = ReportingCalendar.from_dict({"half_year_end": [2, 29]})
    assert cal.half_year_end == (2, 29)


@pytest.mark.parametrize("md", [[2, 30], [2, 31], [4, 31], [13, 1], [0, 10], [12, 0], [12, 32]])
def test_from_dict_rejects_impossible_days(md: list[int]) -> None:
    with pytest.raises(ValueError):
        ReportingCalendar.from_dict({"half_year_due": md})


# --- month_starts --------------------------------------------------------------------


def test_month_starts_of_the_half_year_period() -> None:
    assert month_starts(Period(date(2024, 12, 15), date(2025, 5, 14))) == [
        date(2024, 12, 1),
        date(2025, 1, 1),
        date(2025, 2, 1),
        date(2025, 3, 1),
        date(2025, 4, 1),
        date(2025, 5, 1),
    ]


def test_month_starts_edges() -> None:
    assert month_starts(Period(date(2025, 3, 1), date(2025, 3, 1))) == [date(2025, 3, 1)]
    assert month_starts(Period(date(2025, 3, 31), date(2025, 4, 1))) == [
        date(2025, 3, 1),
        date(2025, 4, 1),
    ]
    assert month_starts(Period(date(2024, 1, 31), date(2024, 3, 1))) == [
        date(2024, 1, 1),
        date(2024, 2, 1),
        date(2024, 3, 1),
    ]
    assert len(month_starts(Period(date(2021, 1, 1), date(2025, 12, 31)))) == 60


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
    st.integers(min_value=0, max_value=800),
)
def test_month_starts_property(start: date, length: int) -> None:
    period = Period(start, start + timedelta(days=length))
    starts = month_starts(period)
    assert starts[0] == start.replace(day=1)
    assert all(d.day == 1 for d in starts)
    assert all(a < b for a, b in itertools.pairwise(starts))
    assert starts[-1] == period.end.replace(day=1)
    months = (period.end.year - start.year) * 12 + period.end.month - start.month + 1
    assert len(starts) == months
