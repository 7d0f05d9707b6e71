"""The figures of the home screen: targets, what is due, what is incomplete, trends.

No Qt: the home page (ui/pages/home.py) draws what these functions return. They read
only what they need, so the home screen stays fast on a whole city's database
(100,000 records over five years): the indicators load one row per case of the period
and one per service of those cases, never whole records; the rest are aggregates
computed by SQLite. The few queries RecordStore has no method for are written here,
with parameters, against `database.conn`.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from gbv_desktop.domain import vocab
from gbv_desktop.domain.calendar import Period, ReportingCalendar, days_until, month_starts
from gbv_desktop.domain.indicators import Indicator, indicator_i1, indicator_i2
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, Labels, Message
from gbv_desktop.domain.profile import Programme
from gbv_desktop.domain.records import Case, Service, Survivor
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore

_C = "Dashboard"

# Why a record is listed as incomplete, in the order the list shows them.
NO_NEEDS = QT_TRANSLATE_NOOP("Dashboard", "No needs recorded for this case.")
NEEDS_NOT_SERVED = QT_TRANSLATE_NOOP("Dashboard", "Needs not yet met by a service: {needs}.")
OPEN_TOO_LONG = QT_TRANSLATE_NOOP(
    "Dashboard", "Still open {days} days after it was reported: close or refer it."
)
NO_ATTENDANCE = QT_TRANSLATE_NOOP("Dashboard", "No attendance recorded.")
NO_PARTICIPANTS = QT_TRANSLATE_NOOP("Dashboard", "No participants recorded.")
NO_MEMBERS = QT_TRANSLATE_NOOP("Dashboard", "Number of members not recorded.")

OPEN_CASE_DAYS = 90  # an open case older than this needs a decision
CAMPAIGN_LOOKAHEAD_DAYS = 60
# Forms of activity with no people in a room: attendance is not expected of them.
NO_AUDIENCE_FORMS = ("broadcast", "materials", "online")


# -- indicators -------------------------------------------------------------------------


def current_year_period(calendar: ReportingCalendar, today: date) -> tuple[int, Period]:
    """The annual report period running on `today` (15 Dec – 14 Dec by default), so the
    home screen's "this year" counts exactly what the annual report will."""
    period = calendar.period("annual", today.year)
    if period.end < today:
        return today.year + 1, calendar.period("annual", today.year + 1)
    return today.year, period


def phase_period(programme: Programme) -> Period:
    return Period(date(programme.start_year, 1, 1), date(programme.end_year, 12, 31))


def load_indicator_cases(database: Database, period: Period) -> list[Case]:
    """The cases reported in `period`, with only what the indicators read: reported
    date, survivor id, needs and services (kind, date, provider kind). Two queries."""
    start, end = period.start.isoformat(), period.end.isoformat()
    cases: dict[int, Case] = {}
    # Few distinct needs lists and dates: parse each once (the lists are only read).
    needs_of: dict[str, list[str]] = {}
    day_of: dict[str, date] = {}
    for case_id, reported_on, survivor_id, needs in database.conn.execute(
        "SELECT id, reported_on, survivor_id, needs FROM cases WHERE reported_on BETWEEN ? AND ?",
        (start, end),
    ):
        parsed = needs_of.get(needs)
        if parsed is None:
            parsed = needs_of[needs] = json.loads(needs) if needs else []
        day = day_of.get(reported_on)
        if day is None:
            day = day_of[reported_on] = date.fromisoformat(reported_on)
        cases[case_id] = Case(
            reported_on=day, survivor=Survivor(id=survivor_id), needs=parsed, id=case_id
        )
    if cases:
        for case_id, kind, given_on, provider_kind in database.conn.execute(
            "SELECT s.case_id, s.kind, s.given_on, s.provider_kind FROM services s "
            "JOIN cases c ON c.id = s.case_id WHERE c.reported_on BETWEEN ? AND ?",
            (start, end),
        ):
            day = day_of.get(given_on)
            if day is None:
                day = day_of[given_on] = date.fromisoformat(given_on)
            cases[case_id].services.append(
                Service(kind=kind, given_on=day, provider_kind=provider_kind)
            )
    return list(cases.values())


def indicators(
    database: Database, period: Period, programme: Programme | None = None
) -> tuple[Indicator, Indicator]:
    """I1 and I2 for `period` against the programme's targets (see domain.indicators)."""
    programme = programme or database.programme
    cases = load_indicator_cases(database, period)
    return (
        indicator_i1(cases, period, programme.target_i1_percent),
        indicator_i2(cases, period, programme.target_i2_percent),
    )


# -- charts -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MonthActivity:
    month: date  # the first day of the month
    activities: int
    attendance: int


def last_months(today: date, months: int = 12) -> Period:
    """The `months` calendar months ending with the one `today` is in."""
    first = date(today.year, today.month, 1)
    for _ in range(months - 1):
        first = (first - timedelta(days=1)).replace(day=1)
    last = (date(today.year, today.month, 28) + timedelta(days=4)).replace(day=1)
    return Period(first, last - timedelta(days=1))


def monthly_activity(database: Database, period: Period) -> list[MonthActivity]:
    """Activities and attendance total per calendar month the period touches (every
    month listed, empty ones as zero). One grouped query."""
    found: dict[str, tuple[int, int]] = {
        month: (int(n), int(people))
        for month, n, people in database.conn.execute(
            "SELECT substr(start_date, 1, 7), count(*), coalesce(sum(attendance_total), 0) "
            "FROM activities WHERE start_date BETWEEN ? AND ? GROUP BY 1",
            (period.start.isoformat(), period.end.isoformat()),
        )
    }
    out = []
    for month in month_starts(period):
        n, people = found.get(month.isoformat()[:7], (0, 0))
        out.append(MonthActivity(month, n, people))
    return out


def cases_by_violence_type(database: Database, period: Period) -> dict[str, int]:
    """Cases reported in the period per violence type, every type listed (a case with
    several types counts under each)."""
    store = RecordStore(database)
    return {
        code: int(
            store.totals("case", [], period=period, filters={"violence_types": code})["count"]
        )
        for code in vocab.VIOLENCE_TYPES.codes
    }


# -- incomplete records -----------------------------------------------------------------


@dataclass(frozen=True)
class Incomplete:
    kind: str  # record kind (domain.records)
    id: int
    label: str  # what identifies the record in a list: never a survivor's identity
    reason: Message
    day: date | None = None  # the record's date, for ordering and display

    def __iter__(self) -> Any:  # unpacks as (kind, id, label, reason)
        return iter((self.kind, self.id, self.label, self.reason))


def _fmt(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _label(text: str, day: date | None) -> str:
    text = text.strip()
    return f"{text} · {_fmt(day)}" if day and text else text or _fmt(day)


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _cases_without_needs(database: Database, limit: int, today: date) -> list[Incomplete]:
    rows = database.conn.execute(
        "SELECT id, ref_code, reported_on FROM cases WHERE needs = '[]' OR needs = '' "
        "ORDER BY reported_on DESC, id DESC LIMIT ?",
        (limit,),
    )
    return [
        Incomplete("case", i, _label(ref, _day(d)), Message(_C, NO_NEEDS), _day(d))
        for i, ref, d in rows
    ]


def _cases_needs_not_served(database: Database, limit: int, today: date) -> list[Incomplete]:
    rows = database.conn.execute(
        "SELECT c.id, c.ref_code, c.reported_on, c.needs, "
        "(SELECT json_group_array(DISTINCT s.kind) FROM services s WHERE s.case_id = c.id) "
        "FROM cases c WHERE EXISTS (SELECT 1 FROM json_each(c.needs) n WHERE NOT EXISTS "
        "(SELECT 1 FROM services s WHERE s.case_id = c.id AND s.kind = n.value)) "
        "ORDER BY c.reported_on DESC, c.id DESC LIMIT ?",
        (limit,),
    )
    out = []
    for i, ref, d, needs, given in rows:
        served = set(json.loads(given or "[]"))
        unmet = tuple(n for n in json.loads(needs) if n not in served)
        reason = Message(_C, NEEDS_NOT_SERVED, {"needs": Labels(vocab.SERVICE_KINDS, unmet)})
        out.append(Incomplete("case", i, _label(ref, _day(d)), reason, _day(d)))
    return out


def _cases_open_too_long(database: Database, limit: int, today: date) -> list[Incomplete]:
    cutoff = today - timedelta(days=OPEN_CASE_DAYS)
    rows = database.conn.execute(
        "SELECT id, ref_code, reported_on FROM cases WHERE status = 'open' AND reported_on < ? "
        "ORDER BY reported_on ASC, id ASC LIMIT ?",
        (cutoff.isoformat(), limit),
    )
    out = []
    for i, ref, d in rows:
        day = _day(d)
        days = (today - day).days if day else 0
        out.append(
            Incomplete(
                "case",
                i,
                _label(ref, day),
                Message(_C, OPEN_TOO_LONG, {"days": f"{days:,}".replace(",", ".")}),
                day,
            )
        )
    return out


def _activities_without_attendance(database: Database, limit: int, today: date) -> list[Incomplete]:
    marks = ",".join("?" * len(NO_AUDIENCE_FORMS))
    rows = database.conn.execute(
        "SELECT id, title, start_date FROM activities "
        f"WHERE form NOT IN ({marks}) AND coalesce(attendance_total, 0) = 0 "
        "ORDER BY start_date DESC, id DESC LIMIT ?",
        (*NO_AUDIENCE_FORMS, limit),
    )
    return [
        Incomplete("activity", i, _label(t, _day(d)), Message(_C, NO_ATTENDANCE), _day(d))
        for i, t, d in rows
    ]


def _trainings_without_participants(
    database: Database, limit: int, today: date
) -> list[Incomplete]:
    rows = database.conn.execute(
        "SELECT t.id, t.topic, t.start_date FROM trainings t WHERE NOT EXISTS "
        "(SELECT 1 FROM training_participants p WHERE p.training_id = t.id "
        "AND p.female + p.male > 0) ORDER BY t.start_date DESC, t.id DESC LIMIT ?",
        (limit,),
    )
    return [
        Incomplete("training", i, _label(t, _day(d)), Message(_C, NO_PARTICIPANTS), _day(d))
        for i, t, d in rows
    ]


def _models_without_members(database: Database, limit: int, today: date) -> list[Incomplete]:
    rows = database.conn.execute(
        "SELECT id, name, established_on FROM models WHERE members IS NULL "
        "AND status != 'closed' ORDER BY established_on DESC, id DESC LIMIT ?",
        (limit,),
    )
    return [
        Incomplete("model", i, _label(n, _day(d)), Message(_C, NO_MEMBERS), _day(d))
        for i, n, d in rows
    ]


INCOMPLETE_CHECKS = (
    _cases_without_needs,
    _cases_needs_not_served,
    _cases_open_too_long,
    _activities_without_attendance,
    _trainings_without_participants,
    _models_without_members,
)


def incomplete_records(
    database: Database, limit: int = 50, today: date | None = None
) -> list[Incomplete]:
    """Records that a report would count wrongly or not at all until completed.

    At most `limit` in all; when there are more, every kind of problem keeps a fair
    share of the list rather than the first one filling it. Grouped by problem, newest
    first within each (open cases: oldest first). A case appears once per problem.
    """
    if limit <= 0:
        return []
    today = today or date.today()
    found = [check(database, limit, today) for check in INCOMPLETE_CHECKS]
    # Fair shares: deal one from each problem in turn until the limit is reached.
    taken = [0] * len(found)
    total = 0
    while total < limit and any(taken[i] < len(found[i]) for i in range(len(found))):
        for i, rows in enumerate(found):
            if total < limit and taken[i] < len(rows):
                taken[i] += 1
                total += 1
    return [row for i, rows in enumerate(found) for row in rows[: taken[i]]]


# -- what is due ------------------------------------------------------------------------


@dataclass(frozen=True)
class DueReport:
    kind: str  # half_year | annual (vocab.REPORT_KINDS)
    year: int  # the year the report's period ends in
    due: date
    days_left: int  # negative when overdue

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class CampaignWindow:
    code: str  # vocab.CAMPAIGNS
    start: date
    end: date
    days_to_start: int  # 0 or negative while it runs

    @property
    def running(self) -> bool:
        return self.days_to_start <= 0


@dataclass(frozen=True)
class Upcoming:
    next_report: DueReport
    overdue: list[DueReport]  # periodic reports past due and not sent, oldest first
    campaigns: list[CampaignWindow]  # running now or starting within 60 days, by start
    phase: Period
    phase_days_left: int  # negative once the phase is over


def upcoming(
    today: date,
    calendar: ReportingCalendar,
    programme: Programme,
    sent: Collection[tuple[str, int]] | None = None,
    since: date | None = None,
) -> Upcoming:
    """The next periodic report due and the campaigns coming up.

    `sent` lists the (kind, year) of reports already sent (see `sent_reports`); when it
    is given, the latest report of each kind whose due date has passed, is on or after
    `since` (when the unit started using the program) and is not in `sent` is overdue.
    Without `sent`, nothing is called overdue.
    """
    kind, year, due = calendar.next_due(today)
    next_report = DueReport(kind, year, due, days_until(due, today))
    overdue: list[DueReport] = []
    if sent is not None:
        done = set(sent)
        for k in ("half_year", "annual"):
            past = [
                (calendar.due(k, y), y)
                for y in (today.year - 2, today.year - 1, today.year)
                if calendar.due(k, y) < today
            ]
            if not past:
                continue
            due_day, y = max(past)
            if (k, y) not in done and (since is None or due_day >= since):
                overdue.append(DueReport(k, y, due_day, days_until(due_day, today)))
        overdue.sort(key=lambda r: r.due)
    horizon = today + timedelta(days=CAMPAIGN_LOOKAHEAD_DAYS)
    campaigns = []
    for code, campaign in vocab.CAMPAIGN_DATES.items():
        for y in (today.year - 1, today.year, today.year + 1):
            start, end = campaign.dates(y)
            if start <= today <= end or today < start <= horizon:
                campaigns.append(CampaignWindow(code, start, end, days_until(start, today)))
    campaigns.sort(key=lambda c: (c.start, c.end))
    phase = phase_period(programme)
    return Upcoming(next_report, overdue, campaigns, phase, days_until(phase.end, today))


def sent_reports(database: Database) -> set[tuple[str, int]]:
    """The (kind, year) of every report kept as sent (the `reports` table)."""
    return {(str(k), int(y)) for k, y in database.conn.execute("SELECT kind, year FROM reports")}


def started_on(database: Database) -> date | None:
    """When this database was created: no report due before it is called overdue."""
    value = database.meta("created_on")
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


# -- everything at once -----------------------------------------------------------------


@dataclass(frozen=True)
class TargetProgress:
    label_year: int | None  # the report year, or None for the phase
    period: Period
    i1: Indicator
    i2: Indicator


@dataclass(frozen=True)
class Dashboard:
    today: date
    year: TargetProgress
    phase: TargetProgress
    upcoming: Upcoming
    months: list[MonthActivity]
    violence: dict[str, int]
    violence_period: Period
    incomplete: list[Incomplete]


def dashboard(database: Database, today: date | None = None, limit: int = 50) -> Dashboard:
    """Every figure of the home screen, read in one go."""
    today = today or date.today()
    programme = database.programme
    year, year_period = current_year_period(programme.calendar, today)
    phase = phase_period(programme)
    y1, y2 = indicators(database, year_period, programme)
    p1, p2 = indicators(database, phase, programme)
    violence_period = Period(date(today.year, 1, 1), date(today.year, 12, 31))
    return Dashboard(
        today=today,
        year=TargetProgress(year, year_period, y1, y2),
        phase=TargetProgress(None, phase, p1, p2),
        upcoming=upcoming(
            today,
            programme.calendar,
            programme,
            sent=sent_reports(database),
            since=started_on(database),
        ),
        months=monthly_activity(database, last_months(today)),
        violence=cases_by_violence_type(database, violence_period),
        violence_period=violence_period,
        incomplete=incomplete_records(database, limit, today),
    )


def data_stamp(database: Database) -> tuple[int, int]:
    """Changes whenever the database does: writes through this connection (every write
    of the program) or commits by another one (`PRAGMA data_version`). The home page
    recomputes only when it changes."""
    other = int(database.conn.execute("PRAGMA data_version").fetchone()[0])
    return int(database.conn.total_changes), other
