"""The reporting calendar: report kinds, their default periods and due dates.

Defaults follow OFFICIAL-FORMAT.md (this plan): a 6-month report due before 15 May on
15 Dec of the previous year – 14 May, an annual report due before 15 December on 15 Dec
of the previous year – 14 Dec, ad hoc reports on a chosen period and an end-of-phase
report on the programme's phase. A unit overrides any of it in its settings.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, KnownError, Message

MonthDay = tuple[int, int]


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise KnownError(
                Message(
                    "Validation",
                    QT_TRANSLATE_NOOP("Validation", "The end date is before the start date."),
                )
            )

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    def years(self) -> list[int]:
        return list(range(self.start.year, self.end.year + 1))


@dataclass(frozen=True)
class ReportingCalendar:
    """When periodic reports are due, and the period each covers (per unit, editable)."""

    half_year_start: MonthDay = (12, 15)  # of the previous year
    half_year_end: MonthDay = (5, 14)
    half_year_due: MonthDay = (5, 15)
    annual_start: MonthDay = (12, 15)  # of the previous year
    annual_end: MonthDay = (12, 14)
    annual_due: MonthDay = (12, 15)

    def to_dict(self) -> dict[str, Any]:
        return {k: list(v) for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ReportingCalendar:
        known = {k: tuple(v) for k, v in data.items() if k in cls.__dataclass_fields__}
        calendar = cls(**known)  # type: ignore[arg-type]
        for name in cls.__dataclass_fields__:
            month, day = getattr(calendar, name)
            date(2024, month, day)  # raises ValueError on an impossible day (29 Feb allowed)
        return calendar

    def _start(self, md: MonthDay, end: MonthDay, year: int) -> date:
        # A start later in the year than the end belongs to the previous year.
        start_year = year - 1 if md > end else year
        return _day(start_year, md)

    def period(self, kind: str, year: int) -> Period:
        if kind == "half_year":
            return Period(
                self._start(self.half_year_start, self.half_year_end, year),
                _day(year, self.half_year_end),
            )
        if kind == "annual":
            return Period(
                self._start(self.annual_start, self.annual_end, year), _day(year, self.annual_end)
            )
        raise ValueError(f"no calendar period for report kind {kind!r}")

    def due(self, kind: str, year: int) -> date:
        """Due date of the report whose period ends in `year` (the next year if the due
        day comes earlier in the year than the period's end)."""
        if kind == "half_year":
            due, end = self.half_year_due, self.half_year_end
        elif kind == "annual":
            due, end = self.annual_due, self.annual_end
        else:
            raise ValueError(f"no due date for report kind {kind!r}")
        return _day(year + 1 if due < end else year, due)

    def next_due(self, today: date) -> tuple[str, int, date]:
        """The next periodic report (kind, year, due date) due on or after `today`."""
        candidates = []
        for year in (today.year - 1, today.year, today.year + 1):
            for kind in ("half_year", "annual"):
                due = self.due(kind, year)
                if due >= today:
                    candidates.append((due, kind, year))
        due, kind, year = min(candidates)
        return kind, year, due


def _day(year: int, md: MonthDay) -> date:
    month, day = md
    if (month, day) == (2, 29):
        try:
            return date(year, 2, 29)
        except ValueError:
            return date(year, 2, 28)
    return date(year, month, day)


def default_period(
    kind: str,
    year: int,
    calendar: ReportingCalendar | None = None,
    phase: tuple[int, int] | None = None,
    today: date | None = None,
) -> Period:
    """The default period of a report; the officer may change it in the wizard."""
    calendar = calendar or ReportingCalendar()
    if kind in ("half_year", "annual"):
        return calendar.period(kind, year)
    if kind == "phase":
        first, last = phase or (2021, 2025)
        return Period(date(first, 1, 1), date(last, 12, 31))
    if kind == "ad_hoc":
        today = today or date.today()
        last = date(year, 12, 31) if year > today.year else min(today, date(year, 12, 31))
        return Period(date(year, 1, 1), last)
    raise ValueError(f"unknown report kind {kind!r}")


def days_until(day: date, today: date) -> int:
    return (day - today).days


def month_starts(period: Period) -> list[date]:
    """The first day of every calendar month the period touches (for charts)."""
    out = []
    d = date(period.start.year, period.start.month, 1)
    while d <= period.end:
        out.append(d)
        d = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
    return out
