"""The home screen's figures, on real encrypted databases: exact values on small
hand-made ones, agreement with the domain's own indicator functions on demo data, and
the edge cases (no cases is "no data", never 0%)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from gbv_desktop.domain import demo
from gbv_desktop.domain.calendar import Period, ReportingCalendar
from gbv_desktop.domain.indicators import indicator_i1, indicator_i2
from gbv_desktop.domain.messages import Labels, Message
from gbv_desktop.domain.profile import Programme
from gbv_desktop.domain.records import (
    Activity,
    Case,
    ModelFacility,
    Service,
    Survivor,
    Training,
)
from gbv_desktop.reports import dashboard as D
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore

TODAY = date(2025, 6, 1)
YEAR_2024 = Period(date(2024, 1, 1), date(2024, 12, 31))


def case(
    on: date,
    survivor: Survivor | None = None,
    needs: tuple[str, ...] = (),
    services: tuple[Service, ...] = (),
    types: tuple[str, ...] = ("physical",),
    status: str = "open",
) -> Case:
    return Case(
        reported_on=on,
        survivor=survivor or Survivor(),
        violence_types=list(types),
        needs=list(needs),
        services=list(services),
        status=status,
    )


def svc(kind: str, on: date, provider: str = "health") -> Service:
    return Service(kind=kind, given_on=on, provider_kind=provider)


@pytest.fixture
def store(db: Database) -> RecordStore:
    return RecordStore(db)


# -- indicators ---------------------------------------------------------------------------


def test_no_cases_is_no_data_not_zero(db: Database) -> None:
    i1, i2 = D.indicators(db, YEAR_2024)
    for ind in (i1, i2):
        assert ind.denominator == 0
        assert ind.has_data is False
        assert ind.percent is None
        assert ind.met is None
    assert (i1.code, i2.code) == ("I1", "I2")
    assert (i1.target_percent, i2.target_percent) == (Decimal(60), Decimal(100))


def test_cases_without_needs_give_i2_no_data(db: Database, store: RecordStore) -> None:
    store.save(case(date(2024, 3, 1), services=(svc("medical", date(2024, 3, 2)),)), TODAY)
    i1, i2 = D.indicators(db, YEAR_2024)
    assert (i1.numerator, i1.denominator) == (1, 1)
    assert i2.has_data is False


def test_exact_values_on_a_hand_made_database(db: Database, store: RecordStore) -> None:
    # Survivor A: two cases; helped by a provider in the first, a need unmet in the second.
    c1 = case(date(2024, 3, 1), needs=("medical",), services=(svc("medical", date(2024, 3, 2)),))
    store.save(c1, TODAY)
    survivor_a = Survivor(id=c1.survivor.id)
    store.save(case(date(2024, 5, 1), survivor_a, needs=("legal",)), TODAY)
    # Survivor B: helped by family only (not a provider); no needs recorded.
    store.save(
        case(
            date(2024, 6, 1), services=(svc("psychosocial", date(2024, 6, 2), "family_community"),)
        ),
        TODAY,
    )
    # Survivor C: shelter given, safety not: helped (I1) but not every need met (I2).
    store.save(
        case(
            date(2024, 7, 1),
            needs=("shelter", "safety"),
            services=(svc("shelter", date(2024, 7, 2), "trusted_address"),),
        ),
        TODAY,
    )
    # Outside the period: not counted.
    store.save(case(date(2025, 1, 10), needs=("medical",)), TODAY)
    # Survivor E: reported in the period, served only after it ended.
    store.save(
        case(date(2024, 12, 20), needs=("medical",), services=(svc("medical", date(2025, 1, 5)),)),
        TODAY,
    )

    i1, i2 = D.indicators(db, YEAR_2024)
    assert (i1.numerator, i1.denominator) == (2, 4)  # A and C of A, B, C, E
    assert (i2.numerator, i2.denominator) == (1, 4)  # c1 of c1, c2, C's case, E's case
    assert i1.percent == 50.0 and i1.met is False
    assert i2.percent == 25.0 and i2.met is False

    # The same as the domain's functions on fully loaded records.
    everything = list(store.all("case"))
    assert i1 == indicator_i1(everything, YEAR_2024, Decimal(60))
    assert i2 == indicator_i2(everything, YEAR_2024, Decimal(100))

    # A later period sees the late service: E is helped in 2025's count.
    p2025 = Period(date(2024, 12, 1), date(2025, 5, 31))
    j1, j2 = D.indicators(db, p2025)
    assert (j1.numerator, j1.denominator) == (1, 2)
    assert (j2.numerator, j2.denominator) == (1, 2)


def test_targets_come_from_the_programme(db: Database, store: RecordStore) -> None:
    store.save(case(date(2024, 3, 1), services=(svc("medical", date(2024, 3, 2)),)), TODAY)
    programme = db.programme
    programme.target_i1_percent = Decimal(75)
    programme.target_i2_percent = Decimal("90.5")
    db.set_programme(programme)
    i1, i2 = D.indicators(db, YEAR_2024)
    assert i1.target_percent == Decimal(75)
    assert i2.target_percent == Decimal("90.5")
    assert i1.met is True


def test_indicators_agree_with_the_domain_on_demo_data(db: Database, store: RecordStore) -> None:
    end = date(2025, 12, 31)
    store.save_many(demo.generate(seed=3, years=5, end=end), today=end)
    cases = list(store.all("case"))
    for period in (
        Period(date(2021, 1, 1), date(2025, 12, 31)),
        Period(date(2024, 12, 15), date(2025, 5, 14)),
        Period(date(2023, 1, 1), date(2023, 12, 31)),
    ):
        i1, i2 = D.indicators(db, period)
        assert i1 == indicator_i1(cases, period, Decimal(60))
        assert i2 == indicator_i2(cases, period, Decimal(100))
        assert i1.denominator > 0 and i2.denominator > 0


def test_current_year_is_the_annual_report_period() -> None:
    calendar = ReportingCalendar()
    assert D.current_year_period(calendar, date(2025, 6, 1)) == (
        2025,
        Period(date(2024, 12, 15), date(2025, 12, 14)),
    )
    # After the cut-off the running period is next year's.
    assert D.current_year_period(calendar, date(2025, 12, 20)) == (
        2026,
        Period(date(2025, 12, 15), date(2026, 12, 14)),
    )
    assert D.phase_period(Programme()) == Period(date(2021, 1, 1), date(2025, 12, 31))


# -- charts -------------------------------------------------------------------------------


def activity(
    on: date, total: int | None, form: str = "talk", title: str = "Nói chuyện"
) -> Activity:
    return Activity(start_date=on, title=title, form=form, attendance_total=total)


def test_monthly_activity_lists_every_month(db: Database, store: RecordStore) -> None:
    store.save(activity(date(2024, 1, 5), 30), TODAY)
    store.save(activity(date(2024, 1, 31), 20), TODAY)
    store.save(activity(date(2024, 3, 1), None, form="broadcast"), TODAY)
    store.save(activity(date(2024, 4, 1), 99), TODAY)  # outside
    months = D.monthly_activity(db, Period(date(2024, 1, 1), date(2024, 3, 31)))
    assert [(m.month, m.activities, m.attendance) for m in months] == [
        (date(2024, 1, 1), 2, 50),
        (date(2024, 2, 1), 0, 0),
        (date(2024, 3, 1), 1, 0),
    ]


def test_monthly_activity_on_an_empty_database(db: Database) -> None:
    months = D.monthly_activity(db, D.last_months(date(2024, 3, 15)))
    assert len(months) == 12
    assert months[0].month == date(2023, 4, 1) and months[-1].month == date(2024, 3, 1)
    assert all(m.activities == 0 and m.attendance == 0 for m in months)


def test_last_months() -> None:
    assert D.last_months(date(2024, 3, 15)) == Period(date(2023, 4, 1), date(2024, 3, 31))
    assert D.last_months(date(2024, 12, 31), 1) == Period(date(2024, 12, 1), date(2024, 12, 31))
    assert D.last_months(date(2024, 2, 29), 2) == Period(date(2024, 1, 1), date(2024, 2, 29))


def test_cases_by_violence_type(db: Database, store: RecordStore) -> None:
    store.save(case(date(2024, 2, 1), types=("physical", "psychological")), TODAY)
    store.save(case(date(2024, 3, 1), types=("physical",)), TODAY)
    store.save(case(date(2024, 4, 1), types=("economic",)), TODAY)
    store.save(case(date(2023, 4, 1), types=("sexual",)), TODAY)  # outside
    counts = D.cases_by_violence_type(db, YEAR_2024)
    assert counts == {
        "physical": 2,
        "psychological": 1,
        "sexual": 0,
        "economic": 1,
        "workplace_harassment": 0,
        "trafficking": 0,
    }
    assert D.cases_by_violence_type(db, Period(date(2022, 1, 1), date(2022, 12, 31))) == {
        code: 0 for code in counts
    }


# -- incomplete records -------------------------------------------------------------------


def test_incomplete_records_finds_each_problem(db: Database, store: RecordStore) -> None:
    today = date(2025, 6, 1)
    no_needs = case(date(2025, 5, 20))
    unserved = case(
        date(2025, 5, 10),
        needs=("medical", "legal", "shelter"),
        services=(svc("medical", date(2025, 5, 11)),),
    )
    old_open = case(
        date(2025, 1, 2), needs=("medical",), services=(svc("medical", date(2025, 1, 3)),)
    )
    fine_case = case(
        date(2025, 5, 1),
        needs=("medical",),
        services=(svc("medical", date(2025, 5, 2)),),
        status="closed",
    )
    empty_talk = activity(date(2025, 4, 1), 0, title="Buổi nói chuyện vắng")
    broadcast = activity(date(2025, 4, 2), None, form="broadcast", title="Phát thanh")
    good_talk = activity(date(2025, 4, 3), 40, title="Buổi đông")
    training = Training(
        start_date=date(2025, 3, 1),
        topic="Tập huấn",
        organiser="UBND",
        participants={"official": (1, 1)},
    )
    model = ModelFacility(name="Địa chỉ tin cậy A", established_on=date(2024, 1, 1))
    closed_model = ModelFacility(
        name="CLB cũ", established_on=date(2022, 1, 1), status="closed", closed_on=date(2023, 1, 1)
    )
    counted_model = ModelFacility(name="CLB B", established_on=date(2024, 1, 1), members=12)
    for record in (
        no_needs, unserved, old_open, fine_case, empty_talk, broadcast, good_talk, training,
        model, closed_model, counted_model,
    ):  # fmt: skip
        store.save(record, today)
    # A training whose participants were lost (an old import): the form cannot save one.
    db.conn.execute("DELETE FROM training_participants WHERE training_id = ?", (training.id,))

    rows = D.incomplete_records(db, today=today)
    found = [(kind, rid, reason.source) for kind, rid, _label, reason in rows]
    assert found == [
        ("case", no_needs.id, D.NO_NEEDS),
        ("case", unserved.id, D.NEEDS_NOT_SERVED),
        ("case", old_open.id, D.OPEN_TOO_LONG),
        ("activity", empty_talk.id, D.NO_ATTENDANCE),
        ("training", training.id, D.NO_PARTICIPANTS),
        ("model", model.id, D.NO_MEMBERS),
    ]
    for row in rows:
        assert isinstance(row.reason, Message) and row.reason.context == "Dashboard"
    by_reason = {r.reason.source: r for r in rows}
    # The unmet needs are named in the user's language; the label never holds an identity.
    needs = by_reason[D.NEEDS_NOT_SERVED].reason.params["needs"]
    assert isinstance(needs, Labels) and needs.codes == ("legal", "shelter")
    assert "Legal advice" in by_reason[D.NEEDS_NOT_SERVED].reason.render()
    assert by_reason[D.OPEN_TOO_LONG].reason.render() == (
        "Still open 150 days after it was reported: close or refer it."
    )
    assert by_reason[D.NO_NEEDS].label == f"{no_needs.ref_code} · 20/05/2025"
    assert by_reason[D.NO_ATTENDANCE].label == "Buổi nói chuyện vắng · 01/04/2025"
    assert by_reason[D.NO_MEMBERS].label == "Địa chỉ tin cậy A · 01/01/2024"


def test_incomplete_records_share_the_limit(db: Database, store: RecordStore) -> None:
    for day in range(1, 7):
        store.save(case(date(2025, 5, day)), TODAY)
    talk = activity(date(2025, 4, 1), 0)
    store.save(talk, TODAY)
    rows = D.incomplete_records(db, limit=4, today=TODAY)
    assert [r.kind for r in rows] == ["case", "case", "case", "activity"]
    # Newest first within a problem.
    assert [r.day for r in rows[:3]] == [date(2025, 5, 6), date(2025, 5, 5), date(2025, 5, 4)]
    assert len(D.incomplete_records(db, limit=50, today=TODAY)) == 7
    assert D.incomplete_records(db, limit=0, today=TODAY) == []


def test_nothing_incomplete_on_an_empty_database(db: Database) -> None:
    assert D.incomplete_records(db) == []


# -- what is due --------------------------------------------------------------------------


def test_upcoming_next_report_and_campaigns() -> None:
    calendar, programme = ReportingCalendar(), Programme()
    up = D.upcoming(date(2025, 4, 20), calendar, programme)
    assert up.next_report == D.DueReport("half_year", 2025, date(2025, 5, 15), 25)
    assert [(c.code, c.start, c.days_to_start, c.running) for c in up.campaigns] == [
        ("domestic_violence_month", date(2025, 6, 1), 42, False)
    ]
    assert up.overdue == []
    assert up.phase == Period(date(2021, 1, 1), date(2025, 12, 31))
    assert up.phase_days_left == (date(2025, 12, 31) - date(2025, 4, 20)).days

    up = D.upcoming(date(2025, 11, 20), calendar, programme)
    assert up.next_report == D.DueReport("annual", 2025, date(2025, 12, 15), 25)
    assert [(c.code, c.days_to_start, c.running) for c in up.campaigns] == [
        ("gender_equality_month", -5, True),
        ("elimination_day", 5, False),
    ]
    # Nothing within 60 days; on the due day itself, that report is next with 0 days.
    assert D.upcoming(date(2025, 3, 1), calendar, programme).campaigns == []
    assert D.upcoming(date(2025, 5, 15), calendar, programme).next_report.days_left == 0


def test_upcoming_overdue_only_when_known_unsent() -> None:
    calendar, programme = ReportingCalendar(), Programme()
    today = date(2026, 1, 10)
    up = D.upcoming(today, calendar, programme)
    assert up.next_report == D.DueReport("half_year", 2026, date(2026, 5, 15), 125)
    assert up.overdue == []  # without knowing what was sent, nothing is called overdue
    assert up.phase_days_left < 0
    up = D.upcoming(today, calendar, programme, sent=set(), since=date(2025, 1, 1))
    assert up.overdue == [
        D.DueReport("half_year", 2025, date(2025, 5, 15), -240),
        D.DueReport("annual", 2025, date(2025, 12, 15), -26),
    ]
    assert all(r.overdue for r in up.overdue)
    up = D.upcoming(today, calendar, programme, sent={("half_year", 2025)}, since=date(2025, 1, 1))
    assert [(r.kind, r.year) for r in up.overdue] == [("annual", 2025)]
    # Reports due before the unit started with the program are not its to chase here.
    up = D.upcoming(today, calendar, programme, sent=set(), since=date(2025, 12, 1))
    assert [(r.kind, r.year) for r in up.overdue] == [("annual", 2025)]


def test_upcoming_follows_an_edited_calendar() -> None:
    calendar = ReportingCalendar(half_year_end=(6, 14), half_year_due=(6, 20))
    up = D.upcoming(date(2025, 5, 20), calendar, Programme())
    assert up.next_report == D.DueReport("half_year", 2025, date(2025, 6, 20), 31)


def test_sent_reports_and_start_date(db: Database) -> None:
    assert D.sent_reports(db) == set()
    with db.conn:
        db.conn.execute(
            "INSERT INTO reports (kind, year, period_start, period_end, figures, figures_sha256, "
            "created_at) VALUES ('half_year', 2025, '2024-12-15', '2025-05-14', '{}', '', '')"
        )
    assert D.sent_reports(db) == {("half_year", 2025)}
    assert D.started_on(db) == date.today()


# -- all at once --------------------------------------------------------------------------


def test_dashboard_on_demo_data(db: Database, store: RecordStore) -> None:
    today = date(2025, 11, 20)
    store.save_many(demo.generate(seed=1, years=5, end=today), today=today)
    figures = D.dashboard(db, today)
    assert figures.year.label_year == 2025
    assert figures.year.period == Period(date(2024, 12, 15), date(2025, 12, 14))
    assert (figures.year.i1, figures.year.i2) == D.indicators(db, figures.year.period)
    assert (figures.phase.i1, figures.phase.i2) == D.indicators(
        db, Period(date(2021, 1, 1), date(2025, 12, 31))
    )
    assert figures.year.i1.has_data and figures.phase.i2.has_data
    assert len(figures.months) == 12 and figures.months[-1].month == date(2025, 11, 1)
    assert sum(m.activities for m in figures.months) > 0
    assert set(figures.violence) == {
        "physical", "psychological", "sexual", "economic", "workplace_harassment", "trafficking",
    }  # fmt: skip
    assert figures.violence_period == Period(date(2025, 1, 1), date(2025, 12, 31))
    assert figures.upcoming.next_report.kind == "annual"
    assert len(figures.incomplete) <= 50


def test_data_stamp_changes_with_every_write(db: Database, store: RecordStore) -> None:
    first = D.data_stamp(db)
    assert D.data_stamp(db) == first
    D.dashboard(db, TODAY)
    assert D.data_stamp(db) == first  # reading writes nothing
    store.save(case(date(2024, 3, 1)), TODAY)
    second = D.data_stamp(db)
    assert second != first
    db.set_programme(db.programme)
    assert D.data_stamp(db) != second


def test_dashboard_reads_only_what_it_needs_quickly(db: Database, store: RecordStore) -> None:
    """A smoke test of speed on a few thousand records (the full 100,000-record timing
    is in the benchmark notes): the figures take a small fraction of a second."""
    import time

    end = date(2025, 12, 31)
    store.save_many(demo.generate(seed=2, years=5, records=6000, end=end), today=end)
    start = time.perf_counter()
    D.dashboard(db, end - timedelta(days=10))
    assert time.perf_counter() - start < 1.0
