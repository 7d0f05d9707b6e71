"""Indicators I1 and I2, computed exactly as documented in indicators.py."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gbv_desktop.domain.calendar import Period
from gbv_desktop.domain.indicators import Indicator, indicator_i1, indicator_i2
from gbv_desktop.domain.records import Case, Service, Survivor
from gbv_desktop.domain.vocab import NON_PROVIDER_KINDS, PROVIDER_KINDS, SERVICE_KINDS

PERIOD = Period(date(2024, 12, 15), date(2025, 5, 14))
IN = date(2025, 2, 1)
PROVIDERS = [k for k in PROVIDER_KINDS.codes if k not in NON_PROVIDER_KINDS]


def svc(kind: str = "medical", on: date | None = IN, provider: str = "health") -> Service:
    return Service(kind=kind, given_on=on, provider_kind=provider)


def mk(
    survivor_id: int | None = 1,
    reported_on: date | None = IN,
    services: Sequence[Service] = (),
    needs: Sequence[str] = (),
) -> Case:
    return Case(
        reported_on=reported_on,
        survivor=Survivor(id=survivor_id),
        violence_types=["physical"],
        needs=list(needs),
        services=list(services),
    )


# --- Indicator -----------------------------------------------------------------------


def test_empty_denominator_is_no_data() -> None:
    ind = Indicator("I1", 0, 0, Decimal(60))
    assert ind.has_data is False
    assert ind.ratio is None
    assert ind.percent is None
    assert ind.met is None
    assert ind.to_dict() == {
        "code": "I1",
        "numerator": 0,
        "denominator": 0,
        "target_percent": "60",
        "percent": None,
        "met": None,
    }


@pytest.mark.parametrize(
    ("num", "den", "target", "met"),
    [
        (3, 5, Decimal(60), True),  # exactly at the target
        (2, 5, Decimal(60), False),
        (59, 100, Decimal(60), False),  # just below
        (599, 1000, Decimal(60), False),
        (6, 10, Decimal("60.0"), True),
        (2, 3, Decimal("66.7"), False),  # 66.66…% is below 66.7%
        (2, 3, Decimal("66.6"), True),
        (667, 1000, Decimal("66.7"), True),
        (1, 1, Decimal(100), True),
        (99, 100, Decimal(100), False),
        (0, 4, Decimal(0), True),
        (0, 4, Decimal("0.1"), False),
    ],
)
def test_met_is_exact(num: int, den: int, target: Decimal, met: bool) -> None:
    ind = Indicator("I1", num, den, target)
    assert ind.met is met
    assert ind.has_data is True
    assert ind.ratio == Fraction(num, den)


def test_percent_and_to_dict() -> None:
    ind = Indicator("I2", 2, 3, Decimal("66.7"))
    assert ind.percent == pytest.approx(66.6666666)
    assert ind.to_dict() == {
        "code": "I2",
        "numerator": 2,
        "denominator": 3,
        "target_percent": "66.7",
        "percent": 66.67,
        "met": False,
    }
    assert Indicator("I1", 3, 5, Decimal(60)).percent == 60.0
    assert Indicator("I1", 0, 5, Decimal(60)).percent == 0.0


@given(
    den=st.integers(min_value=1, max_value=10_000),
    data=st.data(),
    target=st.decimals(min_value=0, max_value=100, places=2, allow_nan=False),
)
def test_met_matches_integer_arithmetic(den: int, data: st.DataObject, target: Decimal) -> None:
    num = data.draw(st.integers(min_value=0, max_value=den))
    ind = Indicator("I1", num, den, target)
    # num/den >= target/100  <=>  100 * num * 100 >= target*100 * den (target has 2 places)
    assert ind.met is (10_000 * num >= int(target * 100) * den)
    assert 0.0 <= ind.percent <= 100.0  # type: ignore[operator]


# --- I1 ------------------------------------------------------------------------------


def test_i1_no_cases_is_no_data() -> None:
    ind = indicator_i1([], PERIOD)
    assert (ind.code, ind.numerator, ind.denominator) == ("I1", 0, 0)
    assert ind.has_data is False and ind.percent is None and ind.met is None


def test_i1_defaults_to_the_plan_target() -> None:
    assert indicator_i1([], PERIOD).target_percent == Decimal(60)


def test_i1_counts_distinct_survivors_once() -> None:
    cases = [
        mk(1, services=[svc()]),
        mk(1, services=[svc()]),
        mk(1, services=[svc()]),
        mk(2),
    ]
    ind = indicator_i1(cases, PERIOD)
    assert (ind.numerator, ind.denominator) == (1, 2)
    assert ind.percent == 50.0
    assert ind.met is False


def test_i1_survivor_with_one_helped_and_one_unhelped_case_counts_as_helped() -> None:
    cases = [mk(1), mk(1, services=[svc()])]
    ind = indicator_i1(cases, PERIOD)
    assert (ind.numerator, ind.denominator) == (1, 1)
    assert ind.met is True
    # Order must not matter.
    assert indicator_i1(list(reversed(cases)), PERIOD) == ind


@pytest.mark.parametrize("provider", PROVIDERS)
def test_i1_every_provider_kind_counts(provider: str) -> None:
    ind = indicator_i1([mk(1, services=[svc(provider=provider)])], PERIOD)
    assert (ind.numerator, ind.denominator) == (1, 1)


def test_i1_family_or_community_is_not_a_provider() -> None:
    cases = [mk(1, services=[svc("psychosocial", provider="family_community")])]
    ind = indicator_i1(cases, PERIOD)
    assert (ind.numerator, ind.denominator) == (0, 1)
    assert ind.percent == 0.0
    assert ind.met is False


def test_i1_any_service_kind_from_a_provider_counts() -> None:
    cases = [mk(i, services=[svc(kind)]) for i, kind in enumerate(SERVICE_KINDS.codes)]
    ind = indicator_i1(cases, PERIOD)
    assert ind.numerator == ind.denominator == len(SERVICE_KINDS)


def test_i1_services_after_the_period_end_do_not_count() -> None:
    late = mk(1, reported_on=date(2025, 5, 10), services=[svc(on=date(2025, 5, 15))])
    on_time = mk(2, reported_on=date(2025, 5, 10), services=[svc(on=date(2025, 5, 14))])
    ind = indicator_i1([late, on_time], PERIOD)
    assert (ind.numerator, ind.denominator) == (1, 2)


def test_i1_undated_services_do_not_count() -> None:
    ind = indicator_i1([mk(1, services=[svc(on=None)])], PERIOD)
    assert (ind.numerator, ind.denominator) == (0, 1)


@pytest.mark.parametrize(
    ("reported_on", "counted"),
    [
        (date(2024, 12, 14), False),
        (date(2024, 12, 15), True),  # first day of the period
        (date(2025, 5, 14), True),  # last day of the period
        (date(2025, 5, 15), False),
        (None, False),
    ],
)
def test_i1_only_cases_reported_in_the_period(reported_on: date | None, counted: bool) -> None:
    on = PERIOD.end if reported_on is None else reported_on
    ind = indicator_i1([mk(1, reported_on=reported_on, services=[svc(on=on)])], PERIOD)
    assert ind.denominator == int(counted)
    assert ind.numerator == int(counted)


def test_i1_survivor_helped_only_through_a_case_outside_the_period_is_not_helped() -> None:
    before = mk(1, reported_on=date(2024, 11, 1), services=[svc(on=date(2024, 11, 2))])
    now = mk(1, reported_on=IN)
    ind = indicator_i1([before, now], PERIOD)
    assert (ind.numerator, ind.denominator) == (0, 1)


def test_i1_cases_without_a_survivor_id_are_ignored() -> None:
    ind = indicator_i1([mk(None, services=[svc()]), mk(None), mk(5)], PERIOD)
    assert (ind.numerator, ind.denominator) == (0, 1)


def test_i1_target_as_decimal() -> None:
    cases = [mk(1, services=[svc()]), mk(2, services=[svc()]), mk(3)]
    assert indicator_i1(cases, PERIOD, Decimal("66.7")).met is False
    assert indicator_i1(cases, PERIOD, Decimal("66.6")).met is True
    assert indicator_i1(cases, PERIOD, Decimal("66.7")).to_dict()["target_percent"] == "66.7"


def test_i1_exactly_at_target() -> None:
    cases = [mk(i, services=[svc()]) for i in range(3)] + [mk(i) for i in range(3, 5)]
    ind = indicator_i1(cases, PERIOD)
    assert (ind.numerator, ind.denominator) == (3, 5)
    assert ind.met is True
    below = cases[:2] + [mk(i) for i in range(2, 5)]
    assert indicator_i1(below, PERIOD).met is False


def test_i1_accepts_any_iterable() -> None:
    ind = indicator_i1(iter([mk(1, services=[svc()])]), PERIOD)
    assert (ind.numerator, ind.denominator) == (1, 1)


# --- I2 ------------------------------------------------------------------------------


def test_i2_no_cases_is_no_data() -> None:
    ind = indicator_i2([], PERIOD)
    assert (ind.code, ind.numerator, ind.denominator) == ("I2", 0, 0)
    assert ind.has_data is False and ind.percent is None and ind.met is None
    assert ind.target_percent == Decimal(100)


def test_i2_case_with_no_needs_is_excluded() -> None:
    ind = indicator_i2([mk(1), mk(2, services=[svc()])], PERIOD)
    assert (ind.numerator, ind.denominator) == (0, 0)
    assert ind.met is None
    ind = indicator_i2([mk(1), mk(2, needs=["medical"], services=[svc("medical")])], PERIOD)
    assert (ind.numerator, ind.denominator) == (1, 1)


def test_i2_all_needs_must_be_met() -> None:
    half = mk(1, needs=["medical", "legal"], services=[svc("medical")])
    full = mk(2, needs=["medical", "legal"], services=[svc("medical"), svc("legal")])
    assert (indicator_i2([half], PERIOD).numerator, indicator_i2([half], PERIOD).denominator) == (
        0,
        1,
    )
    ind = indicator_i2([half, full], PERIOD)
    assert (ind.numerator, ind.denominator) == (1, 2)
    assert ind.met is False


def test_i2_need_is_met_only_by_a_service_of_its_kind() -> None:
    ind = indicator_i2([mk(1, needs=["legal"], services=[svc("medical")])], PERIOD)
    assert (ind.numerator, ind.denominator) == (0, 1)


def test_i2_counts_cases_not_survivors() -> None:
    cases = [mk(1, needs=["medical"], services=[svc("medical")]) for _ in range(3)] + [
        mk(1, needs=["medical"])
    ]
    ind = indicator_i2(cases, PERIOD)
    assert (ind.numerator, ind.denominator) == (3, 4)


def test_i2_services_after_the_period_end_do_not_count() -> None:
    late = mk(1, needs=["shelter"], services=[svc("shelter", date(2025, 5, 15))])
    on_time = mk(2, needs=["shelter"], services=[svc("shelter", date(2025, 5, 14))])
    undated = mk(3, needs=["shelter"], services=[svc("shelter", None)])
    ind = indicator_i2([late, on_time, undated], PERIOD)
    assert (ind.numerator, ind.denominator) == (1, 3)


@pytest.mark.parametrize(
    ("reported_on", "counted"),
    [
        (date(2024, 12, 14), False),
        (date(2024, 12, 15), True),
        (date(2025, 5, 14), True),
        (date(2025, 5, 15), False),
        (None, False),
    ],
)
def test_i2_only_cases_reported_in_the_period(reported_on: date | None, counted: bool) -> None:
    on = PERIOD.end if reported_on is None else reported_on
    case = mk(1, reported_on=reported_on, needs=["medical"], services=[svc("medical", on)])
    ind = indicator_i2([case], PERIOD)
    assert (ind.numerator, ind.denominator) == (int(counted), int(counted))


def test_i2_exactly_at_and_just_below_target() -> None:
    met = [mk(i, needs=["medical"], services=[svc("medical")]) for i in range(3)]
    unmet = [mk(i, needs=["medical"]) for i in range(3, 5)]
    assert indicator_i2(met, PERIOD).met is True  # 3/3 = 100%
    assert indicator_i2(met + unmet, PERIOD, Decimal(60)).met is True  # 3/5 = 60%
    assert indicator_i2(met[:2] + unmet + [mk(9, needs=["legal"])], PERIOD, Decimal(60)).met is (
        False
    )  # 2/5
    assert indicator_i2(met + unmet[:1], PERIOD).met is False  # 3/4 < 100%


def test_i2_to_dict() -> None:
    cases = [mk(1, needs=["medical"], services=[svc("medical")]), mk(2, needs=["legal"])]
    assert indicator_i2(cases, PERIOD).to_dict() == {
        "code": "I2",
        "numerator": 1,
        "denominator": 2,
        "target_percent": "100",
        "percent": 50.0,
        "met": False,
    }


# --- properties ----------------------------------------------------------------------

case_strategy = st.builds(
    mk,
    survivor_id=st.one_of(st.none(), st.integers(min_value=1, max_value=6)),
    reported_on=st.one_of(
        st.none(), st.dates(min_value=date(2024, 12, 1), max_value=date(2025, 5, 31))
    ),
    services=st.lists(
        st.builds(
            svc,
            kind=st.sampled_from(SERVICE_KINDS.codes),
            on=st.one_of(
                st.none(), st.dates(min_value=date(2024, 12, 1), max_value=date(2025, 6, 30))
            ),
            provider=st.sampled_from(PROVIDER_KINDS.codes),
        ),
        max_size=4,
    ),
    needs=st.lists(st.sampled_from(SERVICE_KINDS.codes), unique=True, max_size=3),
)


@given(st.lists(case_strategy, max_size=12))
def test_indicators_property(cases: list[Case]) -> None:
    i1, i2 = indicator_i1(cases, PERIOD), indicator_i2(cases, PERIOD)
    for ind in (i1, i2):
        assert 0 <= ind.numerator <= ind.denominator
        assert ind.has_data == (ind.denominator > 0)
        assert (ind.met is None) == (not ind.has_data)
    in_period = [c for c in cases if c.reported_on and PERIOD.contains(c.reported_on)]
    assert i1.denominator == len({c.survivor.id for c in in_period if c.survivor.id is not None})
    assert i2.denominator == sum(1 for c in in_period if c.needs)
    # Adding a case outside the period changes nothing.
    outside = mk(99, reported_on=PERIOD.end + timedelta(days=1), needs=["medical"])
    assert indicator_i1([*cases, outside], PERIOD) == i1
    assert indicator_i2([*cases, outside], PERIOD) == i2
