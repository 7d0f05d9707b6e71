"""Small counts hidden, for copies of a report shared outside government.

`mask_figures(figures, threshold=5)` returns a copy in which every count from 1 to
`threshold - 1` is None (writers show it as "<5"), everywhere it appears: in the annex
tables, in `values` and in `by_year`. Zeros stay: a zero identifies no one.

Hiding the small cells alone is not enough when a table shows a total: with one cell of
a row hidden, the total minus the other cells gives it back. So the masking is
*complementary*: wherever a row or column with a total (or two figures that are always
equal, such as "cases" and "perpetrators") has exactly one hidden cell, the smallest
other non-zero cell is hidden too, and again until no hidden cell can be worked back by
subtraction. A reader who assumes every hidden cell lies between 1 and threshold - 1
could still pin them down when the hidden cells of a line add up to exactly their
number (all 1) or to threshold - 1 times it (all 4); those lines get one more hidden
cell as well. A figure appearing in several tables is one variable, hidden in all of
them or in none. Shares computed from a hidden count, and the two indicators' counts
and percentages, are hidden with it (whether a target was met is kept). Amounts of
money, days, years and the number of hamlets with a network (each listed by name) are
not counts of people or events and are never hidden.

The official report is never masked: it carries exact counts (and never identities).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from gbv_desktop.domain.indicators import Indicator
from gbv_desktop.reports import figures as fig
from gbv_desktop.reports.model import Figures

DEFAULT_THRESHOLD = 5


@dataclass(frozen=True)
class MaskedIndicator(Indicator):
    """An indicator of a masked copy with a hidden count: the hidden numerator and/or
    denominator and the percent are None; whether the target was met is kept."""

    target_met: bool | None = None

    @property
    def has_data(self) -> bool:
        return True

    @property
    def ratio(self) -> None:  # type: ignore[override]
        return None

    @property
    def percent(self) -> None:  # type: ignore[override]
        return None

    @property
    def met(self) -> bool | None:
        return self.target_met

    def to_dict(self) -> dict[str, object]:
        return {
            "code": self.code,
            "numerator": self.numerator,
            "denominator": self.denominator,
            "target_percent": str(self.target_percent),
            "percent": None,
            "met": self.target_met,
        }


def mask_note(threshold: int) -> str:
    return (
        f"Ô ghi „<{threshold}”: số liệu từ 1 đến {threshold - 1} được ẩn, hoặc được ẩn thêm "
        "để không tính ngược được từ số tổng."
    )


def hidden_variables(figures: Figures, threshold: int = DEFAULT_THRESHOLD) -> set[str]:
    """The variables (see `figures.Grid`) a masked copy hides."""
    grids = fig.grids(figures)
    cells = fig.list_cell_values(fig._lists_from_tables(figures))

    def get(var: str) -> Any:
        return fig.lookup(figures, var, cells)

    variables: dict[str, Any] = dict(figures.values)
    for year, values in figures.by_year.items():
        for key, value in values.items():
            variables[fig.year_var(figures, year, key)] = value
    for g in grids:
        for row in g.keys:
            for var in row:
                if var is not None:
                    variables[var] = get(var)
    equations = [eq for g in grids for eq in g.sums] + fig.value_sums(figures)

    def is_count(var: str) -> bool:
        return fig.kind_of(var) == "count"

    # Already hidden (a masked copy masked again) or small: hidden.
    hidden = {
        var
        for var, value in variables.items()
        if is_count(var) and (value is None or (isinstance(value, int) and 0 < value < threshold))
    }

    def value(var: str) -> int:
        v = variables.get(var)
        return v if isinstance(v, int) else 0

    changed = True
    while changed:
        changed = False
        for total, parts in equations:
            members = list(dict.fromkeys([*parts, total]))  # parts first: preferred
            members = [m for m in members if is_count(m)]
            shown = [m for m in members if m not in hidden]
            k = len(members) - len(shown)
            if k == 0:
                continue
            exposed = k == 1
            if not exposed and total not in hidden:
                rest = value(total) - sum(value(p) for p in parts if p not in hidden)
                exposed = rest == k or rest == k * (threshold - 1)
            if not exposed:
                continue
            candidates = [m for m in shown if value(m) > 0]
            if candidates:
                pick = min(candidates, key=lambda m: (value(m), members.index(m)))
                hidden.add(pick)
                changed = True
    for var in variables:
        if fig.kind_of(var) == "share" and any(p in hidden for p in fig.share_parts(var)):
            hidden.add(var)
    return hidden


def mask_figures(figures: Figures, threshold: int = DEFAULT_THRESHOLD) -> Figures:
    """A copy of `figures` with small counts hidden (see the module docstring)."""
    if not isinstance(threshold, int) or threshold < 2:
        raise ValueError("the masking threshold must be a whole number of at least 2")
    hidden = hidden_variables(figures, threshold)
    grids = fig.grids(figures)
    cells = fig.list_cell_values(fig._lists_from_tables(figures))
    out = copy.deepcopy(figures)
    out.values = {k: (None if k in hidden else v) for k, v in figures.values.items()}  # type: ignore[misc]
    out.by_year = {
        year: {
            k: (None if fig.year_var(figures, year, k) in hidden else v) for k, v in values.items()
        }
        for year, values in figures.by_year.items()
    }  # type: ignore[assignment]
    frozen = frozenset(hidden)
    tables = []
    for g in grids:
        table = g.render(lambda var: fig.lookup(figures, var, cells), frozen)
        if any(var in frozen for row in g.keys for var in row if var is not None):
            table.unit_note = (table.unit_note + " " + mask_note(threshold)).strip()
        tables.append(table)
    out.tables = tables
    indicators = []
    for ind in figures.indicators:
        num, den = f"indicators.{ind.code}.numerator", f"indicators.{ind.code}.denominator"
        if num in hidden or den in hidden:
            indicators.append(
                MaskedIndicator(
                    ind.code,
                    None if num in hidden else ind.numerator,  # type: ignore[arg-type]
                    None if den in hidden else ind.denominator,  # type: ignore[arg-type]
                    ind.target_percent,
                    ind.met,
                )
            )
        else:
            indicators.append(ind)
    out.indicators = indicators
    out.masked = True
    return out
