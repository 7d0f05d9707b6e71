"""The plan's two indicators, computed exactly.

I1: share of survivors who received help from a service provider.
    numerator   = distinct survivors of cases reported in the period with at least one
                  service from a service provider, given on or before the period's end;
    denominator = distinct survivors of cases reported in the period.
I2: share of cases needing help that received it.
    numerator   = cases reported in the period with at least one need, in which every
                  need received a service of the same kind on or before the period's end;
    denominator = cases reported in the period with at least one need.
An empty denominator is "no data": neither 0% nor 100%, and neither met nor not met.
I1 counts persons: only cases linked to a survivor id count there (never names).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from gbv_desktop.domain.calendar import Period
from gbv_desktop.domain.records import Case
from gbv_desktop.domain.vocab import NON_PROVIDER_KINDS


@dataclass(frozen=True)
class Indicator:
    code: str
    numerator: int
    denominator: int
    target_percent: Decimal

    @property
    def has_data(self) -> bool:
        return self.denominator > 0

    @property
    def ratio(self) -> Fraction | None:
        return Fraction(self.numerator, self.denominator) if self.denominator else None

    @property
    def percent(self) -> float | None:
        r = self.ratio
        return None if r is None else float(r * 100)

    @property
    def met(self) -> bool | None:
        r = self.ratio
        if r is None:
            return None
        return r * 100 >= Fraction(self.target_percent)

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "target_percent": str(self.target_percent),
            "percent": None if self.percent is None else round(self.percent, 2),
            "met": self.met,
        }


def _in_period(cases: Iterable[Case], period: Period) -> list[Case]:
    return [c for c in cases if c.reported_on is not None and period.contains(c.reported_on)]


def _provider_service_by(case: Case, end: Period) -> bool:
    return any(
        s.provider_kind not in NON_PROVIDER_KINDS
        and s.given_on is not None
        and s.given_on <= end.end
        for s in case.services
    )


def indicator_i1(
    cases: Iterable[Case], period: Period, target_percent: Decimal = Decimal(60)
) -> Indicator:
    reported = [c for c in _in_period(cases, period) if c.survivor.id is not None]
    everyone = {c.survivor.id for c in reported}
    helped = {c.survivor.id for c in reported if _provider_service_by(c, period)}
    return Indicator("I1", len(helped), len(everyone), Decimal(target_percent))


def indicator_i2(
    cases: Iterable[Case], period: Period, target_percent: Decimal = Decimal(100)
) -> Indicator:
    needing = [c for c in _in_period(cases, period) if c.needs]
    met = [c for c in needing if not c.unmet_needs(until=period.end)]
    return Indicator("I2", len(met), len(needing), Decimal(target_percent))
