"""Masking: small counts hidden everywhere, and no hidden cell can be worked back."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date

import pytest

from gbv_desktop.domain import demo
from gbv_desktop.reports import figures as fig
from gbv_desktop.reports.figures import compute_figures
from gbv_desktop.reports.masking import MaskedIndicator, hidden_variables, mask_figures
from gbv_desktop.reports.model import Figures, Table
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore
from tests.reports.test_figures import TODAY, build_small


@pytest.fixture
def small(db: Database) -> Database:
    return build_small(db)


@pytest.fixture(scope="module")
def demo_figures(tmp_path_factory: pytest.TempPathFactory) -> list[Figures]:
    """Figures of two demo wards for every kind of report (small numbers: much masking)."""
    from gbv_desktop.domain.profile import default_profile
    from gbv_desktop.storage import keys

    out = []
    folder = tmp_path_factory.mktemp("masking")
    for seed in (5, 6):
        database, _ = Database.create(
            folder / f"w{seed}.db",
            default_profile("Tân Lợi", "24133", "ward"),
            "admin",
            "correct horse 1",
            kdf=keys.ScryptParams(n=2**10, r=8, p=1),
        )
        with database:
            RecordStore(database).save_many(
                demo.generate(seed=seed, end=date(2025, 12, 31)), today=TODAY
            )
            for kind, year in (("half_year", 2025), ("annual", 2024), ("phase", 2025),
                               ("half_year", 2022)):  # fmt: skip
                out.append(compute_figures(database, kind, year))
    return out


def _is_count(table: Table, j: int, keys: list[list[str | None]]) -> bool:
    return any(row[j - 1] is not None and fig.kind_of(row[j - 1]) == "count" for row in keys)  # type: ignore[arg-type]


def _check_masked(original: Figures, masked: Figures, threshold: int = 5) -> None:
    assert masked.masked and not original.masked
    grids = fig.grids(original)
    assert [t.code for t in masked.tables] == [t.code for t in original.tables]
    hidden_anywhere = False
    for grid, before, after in zip(grids, original.tables, masked.tables, strict=True):
        assert len(after.rows) == len(before.rows)
        for keys, row_before, row_after in zip(grid.keys, before.rows, after.rows, strict=True):
            assert row_after[0] == row_before[0]
            for key, a, b in zip(keys, row_before[1:], row_after[1:], strict=True):
                if key is None:
                    assert a == b
                    continue
                kind = fig.kind_of(key)
                if b is None:
                    hidden_anywhere = True
                    # Only counts (and shares computed from them) are ever hidden, never 0.
                    assert kind in ("count", "share"), (before.code, key)
                    assert a != 0, (before.code, key)
                else:
                    assert b == a, (before.code, key)
                if kind == "count" and isinstance(a, int) and 0 < a < threshold:
                    assert b is None, (before.code, key, a)
                if kind in ("amount", "days", "target", "year", "places"):
                    assert b == a
        # Independently of the grid: in a table with a total row, no column has exactly
        # one hidden cell under a visible total.
        if after.has_total_row:
            for j in range(1, len(after.columns)):
                if not _is_count(after, j, grid.keys):
                    continue
                body = [r[j] for r in after.rows[:-1] if isinstance(r[j], int) or r[j] is None]
                total = after.rows[-1][j]
                if total is not None:
                    assert sum(1 for c in body if c is None) != 1, (after.code, j)
    # Every relation a reader could subtract along: never exactly one hidden member,
    # and the hidden members never forced to all 1 or all (threshold - 1).
    hidden = hidden_variables(original, threshold)
    cells = fig.list_cell_values(fig._lists_from_tables(original))
    value = {
        var: fig.lookup(original, var, cells) for g in grids for row in g.keys for var in row if var
    }
    for total, parts in [eq for g in grids for eq in g.sums] + fig.value_sums(original):
        members = {*parts, total}
        k = len(members & hidden)
        assert k != 1, (total, parts)
        if k and total not in hidden:
            rest = (value.get(total) or original.values.get(total) or 0) - sum(
                (value.get(p) or original.values.get(p) or 0) for p in parts if p not in hidden
            )
            assert rest not in (k, k * (threshold - 1)), (total, parts)
    # Values and by_year: hidden exactly where the variable is.
    for key, v in original.values.items():
        assert masked.values[key] == (None if key in hidden else v), key
        if fig.kind_of(key) == "count" and isinstance(v, int) and 0 < v < threshold:
            assert masked.values[key] is None
    for year, values in original.by_year.items():
        for key, v in values.items():
            var = fig.year_var(original, year, key)
            assert masked.by_year[year][key] == (None if var in hidden else v), (year, key)
    # Shares of hidden counts are hidden.
    for key in original.values:
        if fig.kind_of(key) == "share" and any(p in hidden for p in fig.share_parts(key)):
            assert masked.values[key] is None
    # Indicators: a hidden count is hidden in the indicator too; `met` is kept.
    for before, after in zip(original.indicators, masked.indicators, strict=True):
        assert after.met == before.met
        num, den = f"indicators.{before.code}.numerator", f"indicators.{before.code}.denominator"
        if num in hidden or den in hidden:
            assert isinstance(after, MaskedIndicator)
            assert after.percent is None and after.ratio is None and after.has_data
            assert after.numerator == (None if num in hidden else before.numerator)
            assert after.denominator == (None if den in hidden else before.denominator)
        else:
            assert after == before
    if hidden_anywhere:
        notes = [t.unit_note for t in masked.tables if "<5" in t.unit_note]
        assert notes or threshold != 5


def test_small_database_masked(small: Database) -> None:
    original = compute_figures(small, "half_year", 2025)
    snapshot = copy.deepcopy(original)
    masked = mask_figures(original)
    assert original == snapshot  # the original is not changed
    _check_masked(original, masked)
    v = masked.values
    # Hand-checked: the 4 cases are hidden, and with them the always-equal perpetrators.
    assert v["cases.count"] is None and v["perpetrators.count"] is None
    assert v["cases.by_violence_type.trafficking"] == 0  # zeros stay
    assert v["activities.cost_vnd"] == 3_500_000  # money stays
    assert v["attendance.total"] == 570 and v["attendance.men_share"] == 36.0
    assert masked.indicators[0].numerator is None
    by_code = {t.code: t for t in masked.tables}
    # Attendance is large, so it stays; one hidden activity count per column is never
    # left alone under its total.
    assert by_code["activities_by_form"].rows[-1][2] == 570
    assert "<5" in by_code["cases_by_domestic"].unit_note
    assert compute_figures(small, "half_year", 2025, masked=True).values == masked.values


def test_demo_wards_masked(demo_figures: list[Figures]) -> None:
    hidden_total = 0
    for original in demo_figures:
        masked = mask_figures(original)
        _check_masked(original, masked)
        hidden_total += sum(1 for v in masked.values.values() if v is None)
    assert hidden_total > 50  # a ward has many small counts


def test_other_thresholds(demo_figures: list[Figures]) -> None:
    original = demo_figures[0]
    ten = mask_figures(original, threshold=10)
    _check_masked(original, ten, threshold=10)
    assert sum(v is None for v in ten.values.values()) >= sum(
        v is None for v in mask_figures(original).values.values()
    )
    for bad in (0, 1, 2.5):
        with pytest.raises(ValueError):
            mask_figures(original, threshold=bad)  # type: ignore[arg-type]


def test_masking_twice_changes_nothing_more(demo_figures: list[Figures]) -> None:
    once = mask_figures(demo_figures[1])
    twice = mask_figures(once)
    assert twice.values == once.values
    assert twice.by_year == once.by_year
    assert [t.rows for t in twice.tables] == [t.rows for t in once.tables]
    assert [(i.numerator, i.denominator, i.met) for i in twice.indicators] == [
        (i.numerator, i.denominator, i.met) for i in once.indicators
    ]


def test_empty_period_has_nothing_to_hide(db: Database) -> None:
    original = compute_figures(db, "annual", 2025)
    masked = mask_figures(original)
    assert masked.masked
    assert masked.values == original.values
    assert [t.rows for t in masked.tables] == [t.rows for t in original.tables]
    assert masked.indicators == original.indicators


def test_complementary_masking_by_hand(make_db: Callable[..., Database]) -> None:
    """One small cell in a column of large ones: the next-smallest is hidden with it."""
    from gbv_desktop.domain.records import Activity

    database = make_db()
    day = date(2025, 2, 1)
    records = (
        [Activity(day, "Nói chuyện", "talk", attendance_total=10) for _ in range(20)]
        + [Activity(day, "Mít tinh", "rally", attendance_total=10) for _ in range(7)]
        + [Activity(day, "Tọa đàm", "seminar", attendance_total=10) for _ in range(2)]
    )
    RecordStore(database).save_many(records, today=TODAY)
    masked = compute_figures(database, "half_year", 2025, masked=True)
    table = {t.code: t for t in masked.tables}["activities_by_form"]
    counts = {row[0]: row[1] for row in table.rows}
    assert counts["Tọa đàm, giao lưu"] is None  # 2: below 5
    assert counts["Mít tinh"] is None  # 7: the next-smallest, hidden with it
    assert counts["Nói chuyện chuyên đề"] == 20
    assert counts["Tổng số"] == 29
    # Attendance 20 and 70 are not small; 20 hidden in another column does not matter.
    assert masked.values["attendance.by_form.seminar.total"] == 20
