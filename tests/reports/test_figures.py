"""Figures against hand-computed small datasets, the domain's indicators, and themselves.

`build_small` is the fixed small database the figures, narrative and package tests
share: every number asserted below was counted by hand from it. The 6-month report of
2025 covers 15/12/2024 – 14/05/2025, so records on the 14th and 15th of both months
test the period's edges.
"""

from __future__ import annotations

import os
import random
import threading
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import sqlcipher3

from gbv_desktop.domain import demo, vocab
from gbv_desktop.domain.calendar import Period
from gbv_desktop.domain.indicators import indicator_i1, indicator_i2
from gbv_desktop.domain.records import (
    Activity,
    Case,
    Funding,
    InfluencerCount,
    Inspection,
    Mobilisation,
    ModelFacility,
    Record,
    Service,
    Survivor,
    SurvivorIdentity,
    Training,
)
from gbv_desktop.reports import figures as fig
from gbv_desktop.reports.figures import HEADLINE_KEYS, compute_figures
from gbv_desktop.reports.model import SECTIONS, Figures
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.files import atomic_write_text
from gbv_desktop.storage.records import RecordStore

TODAY = date(2025, 12, 31)
HALF_YEAR_2025 = Period(date(2024, 12, 15), date(2025, 5, 14))
GOLDEN = Path(__file__).parent / "golden"


def check_golden(name: str, text: str) -> None:
    """Compare `text` with the golden file `name`; with GBV_UPDATE_GOLDEN=1, write it."""
    path = GOLDEN / name
    if os.environ.get("GBV_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        atomic_write_text(path, text)
    assert path.exists(), f"{path} is missing: run the tests with GBV_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), (
        f"{name} differs from the golden file; if the change is intended, run the tests "
        "with GBV_UPDATE_GOLDEN=1 and review the diff"
    )


def small_records(canary: str = "") -> list[Record]:
    """The hand-counted dataset. With `canary`, every free-text field that must never
    reach a report (identities, stories, case references, names, notes) holds it."""
    c = canary
    d = date
    s1 = Survivor(sex="female", ethnicity="ede", birth_year=1965)  # two cases in the period
    s2 = Survivor(sex="male", ethnicity="kinh", disability=True)  # case the day before
    s3 = Survivor(sex="female", ethnicity="kinh")
    s4 = Survivor(sex="unknown", ethnicity="unknown")
    s5 = Survivor(sex="female", ethnicity="kinh")  # case the day after
    ident = SurvivorIdentity(f"Nguyễn Thị {c}", f"0905{c}", f"Tổ 3 {c}") if c else None
    story = f"Câu chuyện {c}" if c else None

    def case(ref: int, **kw: object) -> Case:
        base = {"ref_code": f"{c}-VV-{ref}" if c else "", "identity": ident, "story": story}
        return Case(**{**base, **kw})  # type: ignore[arg-type]

    def sv(kind: str, day: date, provider: str) -> Service:
        return Service(kind, day, provider, f"{c} {provider}" if c else "")

    return [
        # -- activities: the 14th of December and the 15th of May are outside --
        Activity(d(2024, 12, 14), f"Nói chuyện {c}", "talk", "residential",
                 attendance_total=100, attendance_female=60, attendance_male=40),
        Activity(d(2024, 12, 15), f"Nói chuyện đầu kỳ {c}", "talk", "residential",
                 campaign="gender_equality_month", attendance_total=50, attendance_female=30,
                 attendance_male=20, attendance_children=5, attendance_ethnic_minority=10,
                 materials_count=20, cost_vnd=1_000_000, notes=c, co_organisers=c),
        Activity(d(2025, 5, 14), f"Mít tinh {c}", "rally", "school", attendance_total=200,
                 attendance_female=120, attendance_male=60, cost_vnd=2_500_000),
        Activity(d(2025, 5, 15), f"Phát thanh {c}", "broadcast", "other"),
        Activity(d(2025, 3, 1), f"Phát thanh {c}", "broadcast", "other", attendance_total=300),
        Activity(d(2025, 1, 10), f"Câu lạc bộ {c}", "club_meeting", "workplace",
                 attendance_total=20, attendance_female=10, attendance_male=10),
        # -- cases --
        case(1, reported_on=d(2025, 1, 5), survivor=s1, age_group="16_59",
             violence_types=["physical", "psychological"], perpetrator_sex="male",
             perpetrator_relation="spouse", needs=["medical", "legal"],
             services=[sv("medical", d(2025, 1, 6), "health"),
                       sv("legal", d(2025, 1, 7), "family_community"),
                       sv("shelter", d(2025, 1, 6), "trusted_address")],
             shelter_days=3, handling=["community_criticism"], status="closed"),
        case(2, reported_on=d(2025, 3, 10), survivor=s1, age_group="60_plus",
             violence_types=["psychological"], perpetrator_sex="male",
             perpetrator_relation="spouse", needs=["psychosocial"],
             services=[sv("psychosocial", d(2025, 3, 11), "family_community")],
             handling=["education_counselling", "no_contact_order"], status="closed"),
        case(3, reported_on=d(2024, 12, 14), survivor=s2, age_group="16_59",
             violence_types=["physical"], domestic=True, needs=["legal"],
             services=[sv("legal", d(2024, 12, 20), "legal_aid")], status="closed"),
        case(4, reported_on=d(2024, 12, 15), survivor=s3, age_group="under_16",
             violence_types=["sexual"], domestic=False, perpetrator_sex="male",
             perpetrator_relation="teacher", needs=["psychosocial", "shelter"], status="open"),
        case(5, reported_on=d(2025, 5, 14), survivor=s4, age_group="16_59",
             violence_types=["economic"], perpetrator_sex="female",
             perpetrator_relation="parent",
             services=[sv("medical", d(2025, 5, 20), "health")], handling=["not_yet"],
             status="referred"),
        case(6, reported_on=d(2025, 5, 15), survivor=s5, violence_types=["physical"]),
        # -- trainings --
        Training(d(2025, 5, 14), f"Tập huấn {c}", f"Phòng LĐ {c}", place=c,
                 participants={"official": (3, 2), "collaborator": (5, 0)},
                 cost_vnd=2_000_000, notes=c),
        Training(d(2025, 5, 15), f"Tập huấn sau kỳ {c}", "Phòng LĐ",
                 participants={"official": (1, 1)}),
        # -- models: one closed the day before the period, one on its first day --
        ModelFacility("club", f"CLB {c}", d(2020, 1, 1), notes=c),
        ModelFacility("trusted_address", f"Địa chỉ tin cậy A {c}", d(2019, 1, 1),
                      status="closed", closed_on=d(2024, 12, 14)),
        ModelFacility("trusted_address", f"Địa chỉ tin cậy B {c}", d(2018, 1, 1),
                      status="closed", closed_on=d(2024, 12, 15)),
        ModelFacility("safe_friendly", f"Mô hình an toàn {c}", d(2025, 5, 14)),
        ModelFacility("club", f"CLB mới {c}", d(2025, 5, 15)),
        # -- influencer networks --
        InfluencerCount(d(2024, 6, 1), "Thôn 1", 3, 2, notes=c),
        InfluencerCount(d(2025, 5, 14), "Thôn 1", 4, 4),
        InfluencerCount(d(2025, 5, 15), "Thôn 1", 9, 9),
        InfluencerCount(d(2023, 1, 1), "Buôn Ky", 2, 5),
        # -- mobilised support --
        Mobilisation(d(2025, 2, 1), "business", f"Công ty {c}", cash_vnd=5_000_000, purpose=c),
        Mobilisation(d(2025, 5, 14), "individual", f"Bà {c}", in_kind=f"Gạo {c}",
                     in_kind_value_vnd=1_500_000),
        Mobilisation(d(2025, 5, 15), "business", "Công ty B", cash_vnd=9_000_000),
        # -- inspections --
        Inspection(d(2024, 12, 15), "Kiểm tra công tác hỗ trợ", f"Đoàn {c}", f"Tổ {c}",
                   findings=c, follow_up=c),
        Inspection(d(2025, 5, 14), "Kiểm tra công tác hỗ trợ", "Đoàn"),
        Inspection(d(2024, 12, 14), "Kiểm tra trước kỳ", "Đoàn"),
        # -- funding --
        Funding(2024, f"Truyền thông {c}", "city_budget", 10_000_000, 9_000_000, notes=c),
        Funding(2025, f"Hỗ trợ {c}", "unit_budget", 20_000_000, 5_000_000),
    ]  # fmt: skip


def build_small(database: Database, canary: str = "") -> Database:
    RecordStore(database).save_many(small_records(canary), today=TODAY)
    return database


@pytest.fixture
def small(db: Database) -> Database:
    return build_small(db)


def test_default_periods(small: Database) -> None:
    assert compute_figures(small, "half_year", 2025).period == HALF_YEAR_2025
    assert compute_figures(small, "annual", 2025).period == Period(
        date(2024, 12, 15), date(2025, 12, 14)
    )
    assert compute_figures(small, "phase", 2025).period == Period(
        date(2021, 1, 1), date(2025, 12, 31)
    )
    with pytest.raises(ValueError):
        compute_figures(small, "weekly", 2025)


def test_activities_counted_by_hand(small: Database) -> None:
    v = compute_figures(small, "half_year", 2025).values
    # In: 15/12 talk, 10/01 club, 01/03 broadcast, 14/05 rally. Out: 14/12, 15/05.
    assert v["activities.count"] == 4
    assert v["activities.by_form.talk"] == 1
    assert v["activities.by_form.rally"] == 1
    assert v["activities.by_form.broadcast"] == 1
    assert v["activities.by_form.club_meeting"] == 1
    assert v["activities.by_form.online"] == 0
    assert v["activities.by_setting.residential"] == 1
    assert v["activities.by_setting.school"] == 1
    assert v["activities.by_setting.other"] == 1
    assert v["activities.by_setting.workplace"] == 1
    assert v["activities.by_campaign.gender_equality_month"] == 1
    assert v["activities.by_campaign.none"] == 3
    assert v["attendance.total"] == 50 + 200 + 300 + 20
    assert v["attendance.female"] == 30 + 120 + 10
    assert v["attendance.male"] == 20 + 60 + 10
    assert v["attendance.men_share"] == 36.0  # 90 of the 250 whose sex was recorded
    assert v["attendance.by_form.broadcast.total"] == 300
    assert v["attendance.by_form.broadcast.men_share"] is None  # no one's sex recorded
    assert v["attendance.by_form.rally.men_share"] == 33.3  # 60 / 180
    assert v["attendance.children"] == 5
    assert v["attendance.ethnic_minority"] == 10
    assert v["materials.handed_out"] == 20
    assert v["activities.cost_vnd"] == 3_500_000


def test_cases_and_people_counted_by_hand(small: Database) -> None:
    v = compute_figures(small, "half_year", 2025).values
    # In: cases 1 and 2 (one survivor), 4 (15/12), 5 (14/05). Out: 3 (14/12), 6 (15/05).
    assert v["cases.count"] == 4
    assert v["cases.domestic"] == 3
    assert v["cases.non_domestic"] == 1
    assert v["cases.by_violence_type.physical"] == 1
    assert v["cases.by_violence_type.psychological"] == 2
    assert v["cases.by_violence_type.sexual"] == 1
    assert v["cases.by_violence_type.economic"] == 1
    assert v["cases.by_violence_type.trafficking"] == 0
    assert v["cases.by_status.closed"] == 2
    assert v["cases.by_status.open"] == 1
    assert v["cases.by_status.referred"] == 1
    assert v["cases.with_needs"] == 3
    # The survivor with two cases counts once, in the age group of the later case.
    assert v["survivors.count"] == 3
    assert v["survivors.by_sex.female"] == 2
    assert v["survivors.by_sex.male"] == 0
    assert v["survivors.by_sex.unknown"] == 1
    assert v["survivors.by_age_group.under_16"] == 1
    assert v["survivors.by_age_group.16_59"] == 1
    assert v["survivors.by_age_group.60_plus"] == 1
    assert v["survivors.by_age_sex.60_plus.female"] == 1
    assert v["survivors.by_age_sex.16_59.unknown"] == 1
    assert v["survivors.ethnic_minority"] == 1  # Ê Đê; "unknown" is not a minority
    assert v["survivors.disability"] == 0  # only the survivor of the case of 14/12
    assert v["perpetrators.count"] == 4
    assert v["perpetrators.by_sex.male"] == 3
    assert v["perpetrators.by_sex.female"] == 1
    assert v["perpetrators.by_relation.spouse"] == 2
    assert v["perpetrators.by_relation.teacher"] == 1
    assert v["perpetrators.by_relation.parent"] == 1
    assert v["perpetrators.by_handling.community_criticism"] == 1
    assert v["perpetrators.by_handling.education_counselling"] == 1
    assert v["perpetrators.by_handling.no_contact_order"] == 1
    assert v["perpetrators.by_handling.not_yet"] == 2  # case 4 (nothing recorded), case 5


def test_needs_and_services_counted_by_hand(small: Database) -> None:
    v = compute_figures(small, "half_year", 2025).values
    # Needs of the period's cases; case 4 has needs and no service at all.
    assert v["needs.by_kind.medical"] == 1
    assert v["needs.by_kind.legal"] == 1
    assert v["needs.by_kind.psychosocial"] == 2
    assert v["needs.by_kind.shelter"] == 1
    assert v["needs.met.medical"] == 1
    assert v["needs.met.legal"] == 1  # met by the family: a service of its kind
    assert v["needs.met.psychosocial"] == 1
    assert v["needs.unmet.psychosocial"] == 1
    assert v["needs.unmet.shelter"] == 1
    # Services given in the period: case 1's three, case 2's one, and case 3's (a case
    # reported the day before the period) given on 20/12; not case 5's of 20/05.
    assert v["services.count"] == 5
    assert v["services.cases"] == 3
    assert v["services.by_kind.medical"] == 1
    assert v["services.by_kind.legal"] == 2
    assert v["services.by_kind.psychosocial"] == 1
    assert v["services.by_kind.shelter"] == 1
    assert v["services.by_provider.health"] == 1
    assert v["services.by_provider.trusted_address"] == 1
    assert v["services.by_provider.legal_aid"] == 1
    assert v["services.by_provider.family_community"] == 2
    assert v["services.from_providers"] == 3
    assert v["shelter.days"] == 3


def test_indicators_counted_by_hand(small: Database) -> None:
    f = compute_figures(small, "half_year", 2025)
    i1, i2 = f.indicators
    # I1: survivors 1, 3, 4; only survivor 1 had a provider's service by 14/05 (survivor
    # 4's came on 20/05, and family help does not count).
    assert (i1.code, i1.numerator, i1.denominator) == ("I1", 1, 3)
    assert i1.target_percent == Decimal(60) and i1.met is False
    # I2: cases 1, 2, 4 need help; 1 and 2 got every need met (2 by the family).
    assert (i2.code, i2.numerator, i2.denominator) == ("I2", 2, 3)
    assert i2.met is False
    assert f.values["indicators.I1.percent"] == 33.3
    assert f.values["indicators.I2.percent"] == 66.6  # cut, not rounded up
    assert f.values["indicators.I2.target_percent"] == 100


def test_other_records_counted_by_hand(small: Database) -> None:
    v = compute_figures(small, "half_year", 2025).values
    assert v["trainings.count"] == 1
    assert v["trainings.participants.female"] == 8
    assert v["trainings.participants.male"] == 2
    assert v["trainings.participants.total"] == 10
    assert v["trainings.participants.by_role.official.total"] == 5
    assert v["trainings.participants.by_role.collaborator.female"] == 5
    assert v["trainings.cost_vnd"] == 2_000_000
    # Models: the one closed on 14/12 was not active; the one closed on 15/12 was.
    assert v["models.active.total"] == 3
    assert v["models.active.by_type.club"] == 1
    assert v["models.active.by_type.trusted_address"] == 1
    assert v["models.active.by_type.safe_friendly"] == 1
    assert v["models.new.count"] == 1
    assert v["models.new.by_type.safe_friendly"] == 1
    assert v["models.closed.count"] == 1
    # Influencers: latest count per hamlet on or before 14/05, however old.
    assert v["influencers.female"] == 4 + 2
    assert v["influencers.male"] == 4 + 5
    assert v["influencers.total"] == 15
    assert v["influencers.hamlets"] == 2
    assert v["influencers.updates.count"] == 1
    assert v["mobilisations.count"] == 2
    assert v["mobilisations.cash_vnd"] == 5_000_000
    assert v["mobilisations.in_kind_value_vnd"] == 1_500_000
    assert v["mobilisations.total_vnd"] == 6_500_000
    assert v["mobilisations.by_source.individual.count"] == 1
    assert v["inspections.count"] == 2
    # Funding: the 6-month report of 2025 counts the budget of 2025 only.
    assert v["funding.planned_vnd"] == 20_000_000
    assert v["funding.spent_vnd"] == 5_000_000
    assert v["funding.spent_percent"] == 25.0
    assert (v["funding.first_year"], v["funding.last_year"]) == (2025, 2025)
    phase = compute_figures(small, "phase", 2025).values
    assert phase["funding.planned_vnd"] == 30_000_000
    assert (phase["funding.first_year"], phase["funding.last_year"]) == (2021, 2025)


def test_one_day_periods_on_the_edges(small: Database) -> None:
    on_14 = compute_figures(small, "ad_hoc", 2025, Period(date(2025, 5, 14), date(2025, 5, 14)))
    on_15 = compute_figures(small, "ad_hoc", 2025, Period(date(2025, 5, 15), date(2025, 5, 15)))
    assert on_14.values["activities.count"] == 1 and on_15.values["activities.count"] == 1
    assert on_14.values["cases.count"] == 1 and on_15.values["cases.count"] == 1
    assert on_14.values["trainings.count"] == 1 and on_15.values["trainings.count"] == 1
    assert on_14.values["models.new.count"] == 1 and on_15.values["models.new.count"] == 1
    assert on_14.values["inspections.count"] == 1 and on_15.values["inspections.count"] == 0
    assert (
        on_14.values["influencers.total"] == 8 + 7 and on_15.values["influencers.total"] == 18 + 7
    )


def test_tables_show_the_values(small: Database) -> None:
    f = compute_figures(small, "half_year", 2025)
    cells = fig.list_cell_values(fig._lists_from_tables(f))
    codes = [t.code for t in f.tables]
    assert len(codes) == len(set(codes))
    sections = {code for code, _ in SECTIONS}
    for grid, table in zip(fig.grids(f), f.tables, strict=True):
        assert table.code == grid.code and table.section in sections
        assert table.title and all(table.columns)
        for row, keys in zip(table.rows, grid.keys, strict=True):
            assert len(row) == len(table.columns)
            for cell, key in zip(row[1:], keys, strict=True):
                if key is not None:
                    value = fig.lookup(f, key, cells)
                    assert cell == (fig.NOT_APPLICABLE if value is None else value), key
        # Totals add up wherever the parts partition the whole: down every column of a
        # table with a total row, and along the rows of the tables split by sex or need
        # (not attendance, where some people's sex is not recorded).
        not_partitions = ("summary", "cases_by_violence_type", "services_by_kind",
                          "perpetrators_by_handling", "survivors_characteristics")  # fmt: skip
        for total, parts in grid.sums:
            along_a_row = any(total in keys and parts[0] in keys for keys in grid.keys)
            if table.code in not_partitions or (
                along_a_row and table.code.startswith("activities_")
            ):
                continue
            assert fig.lookup(f, total, cells) == sum(
                fig.lookup(f, p, cells) or 0 for p in parts
            ), (table.code, total)
    by_code = {t.code: t for t in f.tables}
    assert by_code["influencers"].rows == [
        ["Buôn Ky", 2, 5, 7],
        ["Thôn 1", 4, 4, 8],
        ["Tổng số", 6, 9, 15],
    ]
    assert by_code["inspections_by_subject"].rows == [
        ["Kiểm tra công tác hỗ trợ", 2],
        ["Tổng số", 2],
    ]
    assert by_code["activities_by_form"].rows[4] == [
        vocab.ACTIVITY_FORMS.label("broadcast"),
        1,
        300,
        0,
        0,
        fig.NOT_APPLICABLE,
    ]
    assert by_code["indicators"].rows[0][1:] == [1, 3, 33.3, 60, "Chưa đạt"]
    assert "by_year" not in by_code  # a 6-month report has no year-by-year table


def test_empty_period(db: Database) -> None:
    f = compute_figures(db, "half_year", 2025)
    assert f.empty
    assert all(
        v in (0, None) for k, v in f.values.items() if fig.kind_of(k) not in ("year", "target")
    ), [k for k, v in f.values.items() if v not in (0, None)]
    assert f.values["attendance.men_share"] is None
    assert [i.has_data for i in f.indicators] == [False, False]
    assert [i.met for i in f.indicators] == [None, None]
    by_code = {t.code: t for t in f.tables}
    assert by_code["influencers"].rows == [["Tổng số", 0, 0, 0]]
    assert by_code["inspections_by_subject"].rows == [["Tổng số", 0]]
    assert by_code["indicators"].rows[1][1:] == [0, 0, fig.NOT_APPLICABLE, 100, "Chưa có số liệu"]


def test_not_empty_with_records(small: Database) -> None:
    assert not compute_figures(small, "half_year", 2025).empty
    # Nothing dated in 2022's first half; the old models and networks do not count.
    f = compute_figures(small, "half_year", 2022)
    assert f.empty
    assert f.values["models.active.total"] == 3  # active, though nothing happened


def test_year_by_year(small: Database) -> None:
    annual = compute_figures(small, "annual", 2025)
    assert sorted(annual.by_year) == [2021, 2022, 2023, 2024, 2025]
    assert annual.by_year[2025] == {k: annual.values[k] for k in HEADLINE_KEYS}
    assert annual.by_year[2024]["cases.count"] == 1  # 15/12/2023 – 14/12/2024: case 3
    assert annual.by_year[2025]["cases.count"] == 5  # 15/12/2024 – 14/12/2025
    table = {t.code: t for t in annual.tables}["by_year"]
    assert table.columns == ["Chỉ tiêu", "Đơn vị tính", "2021", "2022", "2023", "2024", "2025"]
    assert table.rows[0] == ["Số vụ việc bạo lực trên cơ sở giới", "vụ", 0, 0, 0, 1, 5]

    phase = compute_figures(small, "phase", 2025)
    assert sorted(phase.by_year) == [2021, 2022, 2023, 2024, 2025]
    assert phase.by_year[2024]["cases.count"] == 2  # 14/12 and 15/12/2024
    for key in ("cases.count", "activities.count", "services.count", "trainings.count",
                "attendance.total", "mobilisations.total_vnd", "inspections.count"):  # fmt: skip
        assert sum(y[key] for y in phase.by_year.values()) == phase.values[key], key
    table = {t.code: t for t in phase.tables}["by_year"]
    assert table.columns[-1] == "Cả giai đoạn"
    assert table.rows[0][2:] == [0, 0, 0, 2, 4, 6]
    assert compute_figures(small, "half_year", 2025).by_year == {}
    assert compute_figures(small, "ad_hoc", 2025).by_year == {}


# -- the SQL against the domain's definitions, on random demo databases ---------------------


def _demo_db(make_db: Callable[..., Database], seed: int) -> Database:
    database = make_db(f"demo{seed}.db")
    RecordStore(database).save_many(demo.generate(seed=seed, end=date(2025, 12, 31)), today=TODAY)
    return database


def _random_periods(rng: random.Random, n: int) -> list[Period]:
    out = []
    for _ in range(n):
        start = date(2021, 1, 1) + timedelta(days=rng.randrange(0, 5 * 365))
        out.append(Period(start, start + timedelta(days=rng.randrange(0, 400))))
    return out


@pytest.mark.parametrize("seed", [2, 3, 4])
def test_indicators_agree_with_the_domain(make_db: Callable[..., Database], seed: int) -> None:
    database = _demo_db(make_db, seed)
    cases = list(RecordStore(database).all("case"))
    assert cases
    rng = random.Random(seed)
    checked = 0
    for period in [HALF_YEAR_2025, Period(date(2021, 1, 1), date(2025, 12, 31)),
                   *_random_periods(rng, 6)]:  # fmt: skip
        f = compute_figures(database, "ad_hoc", period.end.year, period)
        i1, i2 = f.indicators
        assert i1 == indicator_i1(cases, period, Decimal(60)), period
        assert i2 == indicator_i2(cases, period, Decimal(100)), period
        checked += i1.denominator + i2.denominator
        # The other case figures agree with a count over the loaded records too.
        inside = [c for c in cases if c.reported_on and period.contains(c.reported_on)]
        assert f.values["cases.count"] == len(inside)
        assert f.values["survivors.count"] == len({c.survivor.id for c in inside})
        assert f.values["cases.with_needs"] == sum(1 for c in inside if c.needs)
        for code in vocab.SERVICE_KINDS.codes:
            needing = [c for c in inside if code in c.needs]
            met = [c for c in needing if code not in c.unmet_needs(until=period.end)]
            assert f.values[f"needs.by_kind.{code}"] == len(needing)
            assert f.values[f"needs.met.{code}"] == len(met)
        given = [s for c in cases for s in c.services if period.contains(s.given_on)]  # type: ignore[arg-type]
        assert f.values["services.count"] == len(given)
    assert checked > 0


def test_a_programme_with_other_targets(small: Database) -> None:
    programme = small.programme
    programme.target_i1_percent = Decimal("33.3")
    programme.target_i2_percent = Decimal("62.5")
    small.set_programme(programme)
    f = compute_figures(small, "half_year", 2025)
    assert [i.target_percent for i in f.indicators] == [Decimal("33.3"), Decimal("62.5")]
    assert [i.met for i in f.indicators] == [True, True]
    assert f.values["indicators.I2.target_percent"] == 62.5


def test_nothing_is_written(small: Database) -> None:
    before = small.conn.total_changes
    compute_figures(small, "phase", 2025, masked=True)
    assert small.conn.total_changes == before
    assert not small.conn.in_transaction


def test_inspection_subjects_are_a_short_list(db: Database) -> None:
    RecordStore(db).save_many(
        [Inspection(date(2025, 1, 1) + timedelta(days=i), f"Nội dung {i % 13:02d}", "Đoàn")
         for i in range(40)],
        today=TODAY,
    )  # fmt: skip
    table = {t.code: t for t in compute_figures(db, "half_year", 2025).tables}[
        "inspections_by_subject"
    ]
    assert len(table.rows) == fig.INSPECTION_SUBJECTS_LISTED + 2
    assert table.rows[-2][0] == fig.OTHER_SUBJECTS
    assert table.rows[-1] == ["Tổng số", 40]
    assert sum(r[1] for r in table.rows[:-1]) == 40  # type: ignore[misc]


# -- one state of the database, read on two connections at once ------------------------------


def _one_connection(database: Database, kind: str, year: int) -> Figures:
    """The figures read on the main connection alone (inside a transaction of ours)."""
    with database.conn:
        return compute_figures(database, kind, year)


@pytest.mark.parametrize("kind", ["half_year", "annual", "phase"])
def test_two_connections_give_the_figures_of_one(
    make_db: Callable[..., Database], kind: str
) -> None:
    database = _demo_db(make_db, 5)
    with fig._snapshot(database) as (_, side):
        assert side is not None  # the usual case: the cases are read beside the rest
    alone, both = _one_connection(database, kind, 2025), compute_figures(database, kind, 2025)
    assert list(both.values.items()) == list(alone.values.items())  # the same order too
    assert both.by_year == alone.by_year
    assert [(t.code, t.rows) for t in both.tables] == [(t.code, t.rows) for t in alone.tables]
    assert both.values["cases.count"] > 0 and both.values["activities.count"] > 0


def test_no_commit_comes_between_the_two_connections(small: Database) -> None:
    """While the figures are read, the database is locked against writers, so the two
    connections read one state; the lock is let go at the end."""
    other = small.for_thread()
    try:
        other.conn.execute("PRAGMA busy_timeout = 0")
        with fig._snapshot(small) as (query, side):
            assert side is not None
            with pytest.raises(sqlcipher3.OperationalError, match="locked"):
                other.conn.execute("BEGIN IMMEDIATE")
            sql = "SELECT count(*), max(id) FROM cases"
            assert query.one(sql) == side.submit(lambda q: q.one(sql)).result()
        with other.conn:  # free again
            other.conn.execute("DELETE FROM meta WHERE key = 'no such key'")
    finally:
        other.close()
    assert not small.conn.in_transaction


def test_while_another_connection_writes_one_connection_reads_at_once(small: Database) -> None:
    expected = _one_connection(small, "half_year", 2025).values
    writer = small.for_thread()
    try:
        writer.conn.execute("BEGIN IMMEDIATE")  # holds the write lock throughout
        started = time.monotonic()
        with fig._snapshot(small) as (_, side):
            assert side is None
        figures = compute_figures(small, "half_year", 2025)
        assert time.monotonic() - started < 1.0  # not the 5 s a writer would wait
        writer.conn.execute("ROLLBACK")
    finally:
        writer.close()
    assert figures.values == expected
    assert not small.conn.in_transaction


def test_a_failure_on_the_side_connection_leaves_nothing_open(
    small: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fails(*args: object) -> None:
        raise sqlcipher3.OperationalError("disk I/O error")

    expected = compute_figures(small, "half_year", 2025).values
    monkeypatch.setattr(fig, "_cases", fails)
    threads = threading.active_count()
    with pytest.raises(sqlcipher3.OperationalError, match="disk I/O"):
        compute_figures(small, "half_year", 2025)
    assert not small.conn.in_transaction
    assert threading.active_count() == threads
    monkeypatch.undo()
    assert compute_figures(small, "half_year", 2025).values == expected


def test_without_a_second_connection_the_figures_are_read_on_one(
    small: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gbv_desktop.storage.errors import DatabaseDamaged

    expected = _one_connection(small, "half_year", 2025).values

    def refused(self: Database) -> Database:
        raise DatabaseDamaged(detail="file is not a database")

    monkeypatch.setattr(Database, "for_thread", refused)
    with fig._snapshot(small) as (_, side):
        assert side is None and small.conn.in_transaction
    assert compute_figures(small, "half_year", 2025).values == expected
    assert not small.conn.in_transaction  # the write lock is let go
