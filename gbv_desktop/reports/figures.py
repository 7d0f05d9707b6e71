"""Every figure of a report, computed in SQL from the unit's database.

`compute_figures(database, kind, year, period=None, masked=False)` is the one function
every writer uses: it reads aggregates (never a single record's details) through
`database.conn` in one read snapshot and returns a `model.Figures` with

- `values`: flat named figures (see `docs/report-package.md` for the full list), e.g.
  "activities.count", "activities.by_form.talk", "attendance.total", "cases.count",
  "survivors.by_sex.female", "indicators.I1.numerator". Every code of every vocabulary
  has its key, zeros included, so two reports always have the same keys. A key ending
  in ".count" counts records dated in the period; a period where all of them are 0 has
  nothing to report. A share whose base is 0 is None ("not applicable");
- `tables`: the annex tables, in Vietnamese, built from those values;
- `by_year`: for annual and end-of-phase reports, the headline values year by year;
- `indicators`: I1 and I2 with the programme's targets, counted exactly as
  `domain.indicators` counts them (tests compare the two).

Periods are inclusive at both ends. What counts in a period:
- activities, trainings, mobilised support, inspections: dated (start date, received
  on, inspected on) in the period;
- cases and everything about them (survivors, perpetrators, needs, shelter days,
  statuses, the indicators): reported in the period; a need counts as met by a service
  of its kind given on or before the period's end; statuses are as they are now;
- services (by kind and by provider): given in the period, whatever the case's date;
- models and facilities: active if set up on or before the end and not closed before
  the start; new if set up in the period; closed if closed in the period;
- influencer networks: each hamlet's latest count on or before the period's end;
- funding: the budget lines of the report's year (6-month and annual reports, whose
  period starts on 15 December of the year before), of every year of the period
  (end-of-phase and ad hoc reports).

Survivors are distinct persons: one counted once however many cases they have in the
period, in the age group of their latest case. Perpetrators are counted once per case
(they are not identified across cases). A case without any handling measure counts as
"not yet dealt with".
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal
from typing import Any

from gbv_desktop.domain import vocab
from gbv_desktop.domain.calendar import Period, default_period
from gbv_desktop.domain.indicators import Indicator
from gbv_desktop.domain.profile import Programme
from gbv_desktop.domain.text import sort_key
from gbv_desktop.reports.model import Cell, Figures, Table

Value = int | float | None
NOT_APPLICABLE = "–"  # a table cell for a share of nothing
INSPECTION_SUBJECTS_LISTED = 10  # the rest are summed as "other subjects"

# Headline figures: the summary table's rows, and the values kept year by year.
# (key, Vietnamese label, unit word, section)
HEADLINES: list[tuple[str, str, str, str]] = [
    ("cases.count", "Số vụ việc bạo lực trên cơ sở giới", "vụ", "I"),
    ("survivors.count", "Số người bị bạo lực", "người", "I"),
    ("cases.domestic", "Trong đó: số vụ bạo lực gia đình", "vụ", "I"),
    ("activities.count", "Số hoạt động truyền thông", "buổi", "II.1"),
    ("attendance.total", "Lượt người tham dự", "lượt người", "II.1"),
    ("attendance.female", "Trong đó: nữ", "lượt người", "II.1"),
    ("attendance.male", "Trong đó: nam", "lượt người", "II.1"),
    ("attendance.men_share", "Tỷ lệ nam giới tham dự", "%", "II.1"),
    ("attendance.children", "Lượt trẻ em tham dự", "lượt người", "II.1"),
    ("attendance.ethnic_minority", "Lượt người dân tộc thiểu số tham dự", "lượt người", "II.1"),
    ("materials.handed_out", "Tờ rơi, tài liệu đã phát", "bản", "II.1"),
    ("influencers.total", "Người có ảnh hưởng trong mạng lưới", "người", "II.1"),
    ("activities.cost_vnd", "Kinh phí hoạt động truyền thông", "đồng", "II.1"),
    ("models.active.total", "Mô hình, cơ sở đang hoạt động", "mô hình", "II.2"),
    ("models.new.count", "Mô hình, cơ sở thành lập mới", "mô hình", "II.2"),
    ("services.count", "Lượt dịch vụ hỗ trợ đã cung cấp", "lượt", "II.2"),
    ("shelter.days", "Số ngày tạm lánh", "ngày", "II.2"),
    ("trainings.count", "Số lớp tập huấn", "lớp", "II.3"),
    ("trainings.participants.total", "Lượt người tham gia tập huấn", "người", "II.3"),
    ("trainings.cost_vnd", "Kinh phí tập huấn", "đồng", "II.3"),
    ("mobilisations.count", "Số lượt huy động hỗ trợ", "lượt", "II.4"),
    ("mobilisations.total_vnd", "Tổng giá trị huy động (tiền và hiện vật)", "đồng", "II.4"),
    ("inspections.count", "Số cuộc kiểm tra, giám sát", "cuộc", "II.5"),
    ("funding.planned_vnd", "Kinh phí dự toán", "đồng", "III"),
    ("funding.spent_vnd", "Kinh phí đã chi", "đồng", "III"),
]
_INDICATOR_HEADLINES = [
    ("indicators.I1.numerator", "Chỉ tiêu 1: số người được cơ sở cung cấp dịch vụ hỗ trợ", "người"),
    ("indicators.I1.denominator", "Chỉ tiêu 1: tổng số người bị bạo lực", "người"),
    ("indicators.I1.percent", "Chỉ tiêu 1: tỷ lệ đạt", "%"),
    ("indicators.I2.numerator", "Chỉ tiêu 2: số vụ được hỗ trợ đủ nhu cầu", "vụ"),
    ("indicators.I2.denominator", "Chỉ tiêu 2: số vụ có nhu cầu hỗ trợ", "vụ"),
    ("indicators.I2.percent", "Chỉ tiêu 2: tỷ lệ đạt", "%"),
]
HEADLINE_KEYS: tuple[str, ...] = tuple(k for k, *_ in HEADLINES) + tuple(
    k for k, *_ in _INDICATOR_HEADLINES
)
INDICATOR_NAMES = {
    "I1": "Tỷ lệ người bị bạo lực trên cơ sở giới được tiếp cận ít nhất một dịch vụ hỗ trợ "
    "của cơ sở cung cấp dịch vụ",
    "I2": "Tỷ lệ vụ việc bạo lực trên cơ sở giới có nhu cầu được hỗ trợ, can thiệp kịp thời",
}


# -- kinds of figures ------------------------------------------------------------------


def base_key(var: str) -> str:
    """The value key of a variable: "2023:cases.count" -> "cases.count"."""
    return var.split(":", 1)[1] if ":" in var and var[0].isdigit() else var


def kind_of(var: str) -> str:
    """The kind of a figure: "count", "amount" (đồng), "days", "year", "places",
    "share" (a percentage) or "target" (a programme's target percentage). Only counts
    are masked."""
    key = base_key(var)
    if key.endswith("_vnd"):
        return "amount"
    if key.endswith("_year"):
        return "year"
    if key == "influencers.hamlets":  # places, each listed by name in its table
        return "places"
    if key == "shelter.days":
        return "days"
    if key.endswith("target_percent"):
        return "target"
    if key.endswith("share") or key.endswith("percent"):
        return "share"
    return "count"


def share_parts(var: str) -> list[str]:
    """The variables a share is computed from (a share is hidden when any of them is)."""
    prefix = var[: var.rfind(".")]
    if var.endswith(".men_share"):  # men among the attendances whose sex was recorded
        return [prefix + ".male", prefix + ".female"]
    if var.endswith(".percent") and ".indicators." in "." + base_key(var):
        return [prefix + ".numerator", prefix + ".denominator"]
    if var.endswith(".spent_percent"):
        return [prefix + ".spent_vnd", prefix + ".planned_vnd"]
    return []


def share(part: int | None, whole: int | None, cut: bool = False) -> float | None:
    """A percentage with one decimal (rounded half up, or with `cut` truncated, so that
    an indicator at 59.96% never shows as a 60% it did not reach), or None when `whole`
    is 0 or unknown."""
    if part is None or whole is None or whole == 0:
        return None
    rounding = ROUND_DOWN if cut else ROUND_HALF_UP
    value = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding)
    return float(value)


# -- the computation ---------------------------------------------------------------------


def compute_figures(
    database: Any,
    kind: str,
    year: int,
    period: Period | None = None,
    masked: bool = False,
) -> Figures:
    """Every figure of the `kind` report for `year` (default period from the calendar).

    `database` is an open `storage.database.Database`; nothing is written to it.
    With `masked`, small counts are hidden (see `reports.masking`).
    """
    if kind not in vocab.REPORT_KINDS:
        raise ValueError(f"unknown report kind {kind!r}")
    programme: Programme = database.programme
    unit = database.profile
    if period is None:
        period = default_period(kind, year, programme.calendar, programme.phase)
    with _snapshot(database) as (query, side):
        funding = _funding_years(kind, year, period)
        values, lists = _compute(query, period, funding, programme, side=side)
        by_year: dict[int, dict[str, Value]] = {}
        for y, sl in year_slices(kind, year, period, programme):
            if sl == period:
                year_values = values
            else:
                year_values, _ = _compute(
                    query, sl, (y, y), programme, headlines_only=True, side=side
                )
            by_year[y] = {k: year_values[k] for k in HEADLINE_KEYS}
    indicators = [
        Indicator(
            "I1",
            int(values["indicators.I1.numerator"] or 0),
            int(values["indicators.I1.denominator"] or 0),
            programme.target_i1_percent,
        ),
        Indicator(
            "I2",
            int(values["indicators.I2.numerator"] or 0),
            int(values["indicators.I2.denominator"] or 0),
            programme.target_i2_percent,
        ),
    ]
    figures = Figures(
        unit=unit,
        programme=programme,
        kind=kind,
        year=year,
        period=period,
        values=values,  # type: ignore[arg-type]
        indicators=indicators,
        tables=[],
        by_year=by_year,  # type: ignore[arg-type]
        generated_at=datetime.now().replace(microsecond=0),
    )
    cells = list_cell_values(lists)
    figures.tables = [
        g.render(lambda var: lookup(figures, var, cells)) for g in grids(figures, lists)
    ]
    if masked:
        from gbv_desktop.reports.masking import mask_figures

        return mask_figures(figures)
    return figures


def _funding_years(kind: str, year: int, period: Period) -> tuple[int, int]:
    if kind in ("half_year", "annual"):
        return year, year
    return period.start.year, period.end.year


def year_slices(
    kind: str, year: int, period: Period, programme: Programme
) -> list[tuple[int, Period]]:
    """The periods of the year-by-year figures: for an annual report, the annual period
    of each programme year up to `year` (at most five, the last being the report's own
    period); for an end-of-phase report, each calendar year of the period. Others: none."""
    if kind == "annual":
        first = max(programme.start_year, year - 4) if programme.start_year <= year else year
        out = [(y, default_period("annual", y, programme.calendar)) for y in range(first, year)]
        return [*out, (year, period)]
    if kind == "phase":
        out = []
        for y in period.years():
            start = max(period.start, date(y, 1, 1))
            end = min(period.end, date(y, 12, 31))
            out.append((y, Period(start, end)))
        return out
    return []


@contextlib.contextmanager
def _snapshot(database: Any) -> Iterator[tuple[_Query, _Side | None]]:
    """One state of the database for every figure, read on two connections at once
    (two cores) where it can be: the main query, and the side one or None.

    The main connection takes the write lock (BEGIN IMMEDIATE), so that no other
    connection can commit until the figures are done; the side connection, opened then,
    therefore reads the very state the main one reads. Where the lock is not to be had
    at once (another connection writing, a read-only file) or the caller is inside its
    own transaction, everything is read on the main connection alone, as before."""
    from gbv_desktop.storage.connection import BUSY_TIMEOUT_MS, DatabaseError

    conn = database.conn
    if conn.in_transaction:  # the caller's transaction is the snapshot
        yield _Query(conn), None
        return
    side: Any = None
    conn.execute(f"PRAGMA busy_timeout = {LOCK_WAIT_MS}")
    try:
        conn.execute("BEGIN IMMEDIATE")
    except DatabaseError:
        conn.execute("BEGIN")
    else:
        try:
            side = database.for_thread()
            side.conn.execute("BEGIN")
            side.conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # reads now
        except Exception:  # no second connection (it is only quicker): read on the main one
            if side is not None:
                side.close()
            side = None
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="figures") if side else None
    try:
        yield _Query(conn), (_Side(pool, _Query(side.conn)) if pool else None)
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
            with contextlib.suppress(DatabaseError):
                side.conn.execute("COMMIT")
            side.close()
        conn.execute("COMMIT")


# How long the figures wait for the write lock before reading on one connection (ms).
LOCK_WAIT_MS = 50


@dataclass
class _Side:
    """The second connection's query, and the thread that runs it."""

    pool: ThreadPoolExecutor
    query: _Query

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future[Any]:
        return self.pool.submit(fn, self.query, *args)


class _Query:
    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def rows(self, sql: str, params: Any = ()) -> list[tuple[Any, ...]]:
        return [tuple(r) for r in self.conn.execute(sql, params).fetchall()]

    def one(self, sql: str, params: Any = ()) -> tuple[Any, ...]:
        return tuple(self.conn.execute(sql, params).fetchone())


def _codes(vocabulary: vocab.Vocabulary, found: Iterable[str]) -> list[str]:
    """The vocabulary's codes, then any unknown code found in the data."""
    extra = sorted({c for c in found if c not in vocabulary and c is not None})
    return [*vocabulary.codes, *extra]


def _compute(
    q: _Query,
    period: Period,
    funding_years: tuple[int, int],
    programme: Programme,
    headlines_only: bool = False,
    side: _Side | None = None,
) -> tuple[dict[str, Value], dict[str, Any]]:
    """The values and lists of one period: the cases and what follows from them on the
    side connection (when there is one) while the main one reads the rest; the values
    keep the same order either way."""
    s, e = period.start.isoformat(), period.end.isoformat()
    pending = side.submit(_cases, s, e, programme) if side else None
    lists: dict[str, Any] = {}
    first = _activities(q, s, e, lists)
    last = _resources(q, s, e, funding_years, headlines_only, lists)
    cases = pending.result() if pending else _cases(q, s, e, programme)
    return {**first, **cases, **last}, lists


def _activities(q: _Query, s: str, e: str, lists: dict[str, Any]) -> dict[str, Value]:
    """Awareness activities, influencer networks, models and facilities."""
    v: dict[str, Value] = {}

    # -- awareness activities (one grouped query) --
    rows = q.rows(
        "SELECT form, setting, campaign, count(*), "
        "coalesce(sum(attendance_total), 0), coalesce(sum(attendance_female), 0), "
        "coalesce(sum(attendance_male), 0), coalesce(sum(attendance_children), 0), "
        "coalesce(sum(attendance_ethnic_minority), 0), coalesce(sum(materials_count), 0), "
        "coalesce(sum(cost_vnd), 0) "
        "FROM activities WHERE start_date BETWEEN ? AND ? GROUP BY form, setting, campaign",
        (s, e),
    )
    totals = [0] * 8
    dims = {"by_form": (0, vocab.ACTIVITY_FORMS), "by_setting": (1, vocab.SETTINGS),
            "by_campaign": (2, vocab.CAMPAIGNS)}  # fmt: skip
    for dim, (col, vocabulary) in dims.items():
        groups: dict[str, list[int]] = {c: [0, 0, 0, 0] for c in _codes(vocabulary, ())}
        for r in rows:
            g = groups.setdefault(r[col], [0, 0, 0, 0])
            for i in range(4):
                g[i] += r[3 + i]
        for code in _codes(vocabulary, groups):
            count, total, female, male = groups[code]
            v[f"activities.{dim}.{code}"] = count
            v[f"attendance.{dim}.{code}.total"] = total
            v[f"attendance.{dim}.{code}.female"] = female
            v[f"attendance.{dim}.{code}.male"] = male
            v[f"attendance.{dim}.{code}.men_share"] = share(male, female + male)
    for r in rows:
        for i in range(8):
            totals[i] += r[3 + i]
    count, total, female, male, children, minority, materials, cost = totals
    v["activities.count"] = count
    v["attendance.total"] = total
    v["attendance.female"] = female
    v["attendance.male"] = male
    v["attendance.men_share"] = share(male, female + male)
    v["attendance.children"] = children
    v["attendance.ethnic_minority"] = minority
    v["materials.handed_out"] = materials
    v["activities.cost_vnd"] = cost

    # -- influencer networks: each hamlet's latest count on or before the end --
    networks = q.rows(
        "SELECT hamlet, female, male FROM (SELECT trim(hamlet) AS hamlet, female, male, "
        "row_number() OVER (PARTITION BY trim(hamlet) ORDER BY as_of DESC, id DESC) AS n "
        "FROM influencers WHERE as_of <= ?) WHERE n = 1",
        (e,),
    )
    networks.sort(key=lambda r: sort_key(r[0]))
    lists["influencers"] = networks
    v["influencers.female"] = sum(r[1] for r in networks)
    v["influencers.male"] = sum(r[2] for r in networks)
    v["influencers.total"] = sum(r[1] + r[2] for r in networks)
    v["influencers.hamlets"] = sum(1 for r in networks if r[1] + r[2] > 0)
    v["influencers.updates.count"] = q.one(
        "SELECT count(*) FROM influencers WHERE as_of BETWEEN ? AND ?", (s, e)
    )[0]

    # -- models and facilities --
    rows = q.rows(
        "SELECT model_type, "
        "coalesce(sum(established_on <= :e AND (closed_on IS NULL OR closed_on >= :s)), 0), "
        "coalesce(sum(established_on BETWEEN :s AND :e), 0), "
        "coalesce(sum(closed_on IS NOT NULL AND closed_on BETWEEN :s AND :e), 0) "
        "FROM models GROUP BY model_type",
        {"s": s, "e": e},
    )
    by_type = {r[0]: r[1:] for r in rows}
    for code in _codes(vocab.MODEL_TYPES, by_type):
        active, new, closed = by_type.get(code, (0, 0, 0))
        v[f"models.active.by_type.{code}"] = active
        v[f"models.new.by_type.{code}"] = new
        v[f"models.closed.by_type.{code}"] = closed
    v["models.active.total"] = sum(r[1] for r in rows)
    v["models.new.count"] = sum(r[2] for r in rows)
    v["models.closed.count"] = sum(r[3] for r in rows)
    return v


def _cases(q: _Query, s: str, e: str, programme: Programme) -> dict[str, Value]:
    """Cases, survivors, perpetrators, needs, services and the two indicators."""
    v: dict[str, Value] = {}

    # -- cases --
    in_period = "c.reported_on BETWEEN ? AND ?"
    count, domestic, shelter, with_needs = q.one(
        "SELECT count(*), coalesce(sum(domestic != 0), 0), coalesce(sum(shelter_days), 0), "
        "coalesce(sum(json_array_length(needs) > 0), 0) "
        f"FROM cases c WHERE {in_period}",
        (s, e),
    )
    v["cases.count"] = count
    v["cases.domestic"] = domestic
    v["cases.non_domestic"] = count - domestic
    v["cases.with_needs"] = with_needs
    v["shelter.days"] = shelter
    found = dict(
        q.rows(
            "SELECT j.value, count(DISTINCT c.id) FROM cases c, json_each(c.violence_types) j "
            f"WHERE {in_period} GROUP BY j.value",
            (s, e),
        )
    )
    for code in _codes(vocab.VIOLENCE_TYPES, found):
        v[f"cases.by_violence_type.{code}"] = found.get(code, 0)
    found = dict(
        q.rows(f"SELECT status, count(*) FROM cases c WHERE {in_period} GROUP BY 1", (s, e))
    )
    for code in _codes(vocab.CASE_STATUSES, found):
        v[f"cases.by_status.{code}"] = found.get(code, 0)

    # survivors: distinct persons, in the age group of their latest case of the period
    rows = q.rows(
        "SELECT s.sex, p.age_group, s.ethnicity, s.disability, count(*) FROM ("
        "SELECT c.survivor_id, c.age_group, row_number() OVER (PARTITION BY c.survivor_id "
        f"ORDER BY c.reported_on DESC, c.id DESC) AS n FROM cases c WHERE {in_period}) p "
        "JOIN survivors s ON s.id = p.survivor_id WHERE p.n = 1 GROUP BY 1, 2, 3, 4",
        (s, e),
    )
    sexes = _codes(vocab.SEXES, (r[0] for r in rows))
    ages = _codes(vocab.AGE_GROUPS, (r[1] for r in rows))
    cross = {(a, x): 0 for a in ages for x in sexes}
    minority = disabled = 0
    for sex, age, ethnicity, disability, n in rows:
        cross[(age, sex)] += n
        if ethnicity not in vocab.MAJORITY_ETHNICITIES and ethnicity != "unknown":
            minority += n
        if disability:
            disabled += n
    v["survivors.count"] = sum(cross.values())
    for x in sexes:
        v[f"survivors.by_sex.{x}"] = sum(cross[(a, x)] for a in ages)
    for a in ages:
        v[f"survivors.by_age_group.{a}"] = sum(cross[(a, x)] for x in sexes)
        for x in sexes:
            v[f"survivors.by_age_sex.{a}.{x}"] = cross[(a, x)]
    v["survivors.ethnic_minority"] = minority
    v["survivors.disability"] = disabled

    # perpetrators: one per case
    v["perpetrators.count"] = count
    found = dict(
        q.rows(
            f"SELECT perpetrator_sex, count(*) FROM cases c WHERE {in_period} GROUP BY 1", (s, e)
        )
    )
    for code in _codes(vocab.SEXES, found):
        v[f"perpetrators.by_sex.{code}"] = found.get(code, 0)
    found = dict(
        q.rows(
            f"SELECT perpetrator_relation, count(*) FROM cases c WHERE {in_period} GROUP BY 1",
            (s, e),
        )
    )
    for code in _codes(vocab.PERPETRATOR_RELATIONS, found):
        v[f"perpetrators.by_relation.{code}"] = found.get(code, 0)
    found = dict(
        q.rows(
            "SELECT j.value, count(DISTINCT c.id) FROM cases c, json_each(c.handling) j "
            f"WHERE {in_period} GROUP BY j.value",
            (s, e),
        )
    )
    found["not_yet"] = q.one(
        f"SELECT count(*) FROM cases c WHERE {in_period} AND (json_array_length(c.handling) = 0 "
        "OR EXISTS (SELECT 1 FROM json_each(c.handling) j WHERE j.value = 'not_yet'))",
        (s, e),
    )[0]
    for code in _codes(vocab.HANDLING_MEASURES, found):
        v[f"perpetrators.by_handling.{code}"] = found.get(code, 0)

    # needs of the period's cases, met by a service of their kind by the period's end
    found_needs = {
        r[0]: r[1:]
        for r in q.rows(
            "SELECT n.value, count(DISTINCT c.id), count(DISTINCT CASE WHEN EXISTS ("
            "SELECT 1 FROM services sv WHERE sv.case_id = c.id AND sv.kind = n.value "
            "AND sv.given_on <= ?) THEN c.id END) "
            f"FROM cases c, json_each(c.needs) n WHERE {in_period} GROUP BY n.value",
            (e, s, e),
        )
    }
    for code in _codes(vocab.SERVICE_KINDS, found_needs):
        needing, met = found_needs.get(code, (0, 0))
        v[f"needs.by_kind.{code}"] = needing
        v[f"needs.met.{code}"] = met
        v[f"needs.unmet.{code}"] = needing - met

    # services given in the period, whatever the case's date
    rows = q.rows(
        "SELECT kind, provider_kind, count(*) FROM services WHERE given_on BETWEEN ? AND ? "
        "GROUP BY kind, provider_kind",
        (s, e),
    )
    kinds: dict[str, int] = {}
    providers: dict[str, int] = {}
    for k, p, n in rows:
        kinds[k] = kinds.get(k, 0) + n
        providers[p] = providers.get(p, 0) + n
    cases_by_kind = dict(
        q.rows(
            "SELECT kind, count(DISTINCT case_id) FROM services WHERE given_on BETWEEN ? AND ? "
            "GROUP BY kind",
            (s, e),
        )
    )
    for code in _codes(vocab.SERVICE_KINDS, kinds):
        v[f"services.by_kind.{code}"] = kinds.get(code, 0)
        v[f"services.cases.by_kind.{code}"] = cases_by_kind.get(code, 0)
    for code in _codes(vocab.PROVIDER_KINDS, providers):
        v[f"services.by_provider.{code}"] = providers.get(code, 0)
    v["services.count"] = sum(kinds.values())
    v["services.cases"] = q.one(
        "SELECT count(DISTINCT case_id) FROM services WHERE given_on BETWEEN ? AND ?", (s, e)
    )[0]
    v["services.from_providers"] = sum(
        n for p, n in providers.items() if p not in vocab.NON_PROVIDER_KINDS
    )

    # -- the indicators, exactly as domain.indicators counts them --
    non_providers = sorted(vocab.NON_PROVIDER_KINDS)
    marks = ",".join("?" * len(non_providers))
    everyone, helped = q.one(
        "SELECT count(DISTINCT c.survivor_id), count(DISTINCT CASE WHEN EXISTS ("
        "SELECT 1 FROM services sv WHERE sv.case_id = c.id AND sv.given_on <= ? "
        f"AND sv.provider_kind NOT IN ({marks})) THEN c.survivor_id END) "
        f"FROM cases c WHERE {in_period} AND c.survivor_id IS NOT NULL",
        (e, *non_providers, s, e),
    )
    needing, met = q.one(
        "SELECT count(*), coalesce(sum(NOT EXISTS (SELECT 1 FROM json_each(c.needs) n "
        "WHERE NOT EXISTS (SELECT 1 FROM services sv WHERE sv.case_id = c.id "
        "AND sv.kind = n.value AND sv.given_on <= ?))), 0) "
        f"FROM cases c WHERE {in_period} AND json_array_length(c.needs) > 0",
        (e, s, e),
    )
    for code, num, den, target in (
        ("I1", helped, everyone, programme.target_i1_percent),
        ("I2", met, needing, programme.target_i2_percent),
    ):
        v[f"indicators.{code}.numerator"] = num
        v[f"indicators.{code}.denominator"] = den
        v[f"indicators.{code}.percent"] = share(num, den, cut=True)
        v[f"indicators.{code}.target_percent"] = _number(target)
    return v


def _resources(
    q: _Query,
    s: str,
    e: str,
    funding_years: tuple[int, int],
    headlines_only: bool,
    lists: dict[str, Any],
) -> dict[str, Value]:
    """Trainings, mobilised support, inspections and funding."""
    v: dict[str, Value] = {}

    # -- trainings --
    count, cost = q.one(
        "SELECT count(*), coalesce(sum(cost_vnd), 0) FROM trainings WHERE start_date BETWEEN ? AND ?",
        (s, e),
    )
    v["trainings.count"] = count
    v["trainings.cost_vnd"] = cost
    found_roles = {
        r[0]: r[1:]
        for r in q.rows(
            "SELECT p.role, coalesce(sum(p.female), 0), coalesce(sum(p.male), 0) "
            "FROM training_participants p JOIN trainings t ON t.id = p.training_id "
            "WHERE t.start_date BETWEEN ? AND ? GROUP BY p.role",
            (s, e),
        )
    }
    for code in _codes(vocab.TRAINING_ROLES, found_roles):
        female, male = found_roles.get(code, (0, 0))
        v[f"trainings.participants.by_role.{code}.female"] = female
        v[f"trainings.participants.by_role.{code}.male"] = male
        v[f"trainings.participants.by_role.{code}.total"] = female + male
    v["trainings.participants.female"] = sum(f for f, _ in found_roles.values())
    v["trainings.participants.male"] = sum(m for _, m in found_roles.values())
    v["trainings.participants.total"] = sum(f + m for f, m in found_roles.values())

    # -- mobilised support --
    found_sources = {
        r[0]: r[1:]
        for r in q.rows(
            "SELECT source, count(*), coalesce(sum(cash_vnd), 0), coalesce(sum(in_kind_value_vnd), 0) "
            "FROM mobilisations WHERE received_on BETWEEN ? AND ? GROUP BY source",
            (s, e),
        )
    }
    for code in _codes(vocab.SUPPORT_SOURCES, found_sources):
        n, cash, kind_value = found_sources.get(code, (0, 0, 0))
        v[f"mobilisations.by_source.{code}.count"] = n
        v[f"mobilisations.by_source.{code}.cash_vnd"] = cash
        v[f"mobilisations.by_source.{code}.in_kind_value_vnd"] = kind_value
        v[f"mobilisations.by_source.{code}.total_vnd"] = cash + kind_value
    v["mobilisations.count"] = sum(r[0] for r in found_sources.values())
    v["mobilisations.cash_vnd"] = sum(r[1] for r in found_sources.values())
    v["mobilisations.in_kind_value_vnd"] = sum(r[2] for r in found_sources.values())
    v["mobilisations.total_vnd"] = sum(r[1] + r[2] for r in found_sources.values())

    # -- inspections: counts, and the most frequent subjects --
    v["inspections.count"] = q.one(
        "SELECT count(*) FROM inspections WHERE inspected_on BETWEEN ? AND ?", (s, e)
    )[0]
    if not headlines_only:
        subjects = q.rows(
            "SELECT trim(subject), count(*) FROM inspections WHERE inspected_on BETWEEN ? AND ? "
            "GROUP BY trim(subject)",
            (s, e),
        )
        subjects.sort(key=lambda r: (-r[1], sort_key(r[0])))
        listed = subjects[:INSPECTION_SUBJECTS_LISTED]
        rest = subjects[INSPECTION_SUBJECTS_LISTED:]
        if rest:
            listed.append((OTHER_SUBJECTS, sum(r[1] for r in rest)))
        lists["inspections"] = listed

    # -- funding of the report's year(s) --
    first, last = funding_years
    found_funding = {
        r[0]: r[1:]
        for r in q.rows(
            "SELECT source, coalesce(sum(planned_vnd), 0), coalesce(sum(spent_vnd), 0) "
            "FROM funding WHERE year BETWEEN ? AND ? GROUP BY source",
            (first, last),
        )
    }
    for code in _codes(vocab.FUNDING_SOURCES, found_funding):
        planned, spent = found_funding.get(code, (0, 0))
        v[f"funding.by_source.{code}.planned_vnd"] = planned
        v[f"funding.by_source.{code}.spent_vnd"] = spent
        v[f"funding.by_source.{code}.spent_percent"] = share(spent, planned)
    v["funding.planned_vnd"] = sum(r[0] for r in found_funding.values())
    v["funding.spent_vnd"] = sum(r[1] for r in found_funding.values())
    v["funding.spent_percent"] = share(v["funding.spent_vnd"], v["funding.planned_vnd"])  # type: ignore[arg-type]
    v["funding.first_year"] = first
    v["funding.last_year"] = last
    return v


OTHER_SUBJECTS = "Các nội dung khác"


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


# -- the annex tables, and what each cell is ----------------------------------------------


@dataclass
class Grid:
    """An annex table together with the variable behind each cell.

    `keys[i][j]` names the figure in row i, column j: a key of `values`, "<year>:<key>"
    for a value of `by_year`, "@<table>.<row>.<column>" for a cell of a list table (per
    hamlet, per inspection subject), or None for labels and text. `sums` are the
    relations a reader could subtract along: (total, parts) pairs of variables, one per
    row with a total column and one per column of a table with a total row.
    """

    code: str
    title: str
    columns: list[str]
    section: str
    unit_note: str = ""
    labels: list[str] = field(default_factory=list)
    keys: list[list[str | None]] = field(default_factory=list)
    texts: dict[tuple[int, int], str] = field(default_factory=dict)
    has_total_row: bool = False
    row_total: tuple[int, list[int]] | None = None  # (total column, part columns)

    def add(self, label: str, keys: list[str | None]) -> None:
        self.labels.append(label)
        self.keys.append(keys)

    @property
    def sums(self) -> list[tuple[str, list[str]]]:
        out: list[tuple[str, list[str]]] = []
        if self.row_total is not None:
            total_col, parts = self.row_total
            for row in self.keys:
                total = row[total_col - 1]
                members = [row[p - 1] for p in parts]
                if total is not None and all(m is not None for m in members):
                    out.append((total, members))  # type: ignore[arg-type]
        if self.has_total_row and len(self.keys) > 1:
            for j in range(len(self.columns) - 1):
                total = self.keys[-1][j]
                members = [row[j] for row in self.keys[:-1]]
                if total is not None and kind_of(total) == "count":
                    out.append((total, [m for m in members if m is not None]))
        return [(t, p) for t, p in out if kind_of(t) == "count" and p]

    def render(self, get: Callable[[str], Value], masked: frozenset[str] = frozenset()) -> Table:
        """The table, its cells read with `get`; a cell whose variable is in `masked` is
        None, a share of nothing is NOT_APPLICABLE."""
        rows: list[list[Cell]] = []
        for i, (label, keys) in enumerate(zip(self.labels, self.keys, strict=True)):
            row: list[Cell] = [label]
            for j, key in enumerate(keys):
                if key is None:
                    row.append(self.texts.get((i, j + 1), ""))
                elif key in masked:
                    row.append(None)
                else:
                    value = get(key)
                    row.append(NOT_APPLICABLE if value is None else value)
            rows.append(row)
        return Table(
            code=self.code,
            title=self.title,
            columns=list(self.columns),
            rows=rows,
            section=self.section,
            unit_note=self.unit_note,
            has_total_row=self.has_total_row,
        )


def lookup(figures: Figures, var: str, cells: dict[str, Value] | None = None) -> Value:
    """The value of a variable (see `Grid`) in `figures`; `cells` are the list tables'
    cells (`list_cell_values`)."""
    if var.startswith("@"):
        return (cells or {}).get(var)
    if ":" in var and var[0].isdigit():
        year, key = var.split(":", 1)
        return figures.by_year.get(int(year), {}).get(key)
    return figures.values.get(var)


LIST_TABLES = ("influencers", "inspections_by_subject")


def _fmt_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def level_word(level: str) -> str:
    """The level's word in a sentence: "phường", "xã" or "thành phố"."""
    return vocab.UNIT_LEVELS.label(level, "vi").lower()


def grids(figures: Figures, lists: dict[str, Any] | None = None) -> list[Grid]:
    """The annex tables of `figures` with the variable behind every cell.

    `lists` holds the rows of the list tables (hamlets, inspection subjects) when the
    figures are being computed; otherwise they are read back from `figures.tables`.
    """
    values = figures.values
    period = figures.period
    if lists is None:
        lists = _lists_from_tables(figures)
    found = {k for k in values}

    def codes(prefix: str, vocabulary: vocab.Vocabulary, suffix: str = "") -> list[str]:
        extra = []
        for key in found:
            if key.startswith(prefix) and key.endswith(suffix):
                code = key[len(prefix) : len(key) - len(suffix)]
                if code not in vocabulary and "." not in code:
                    extra.append(code)
        return [*vocabulary.codes, *sorted(set(extra))]

    def label(vocabulary: vocab.Vocabulary, code: str) -> str:
        return vocabulary.label(code, "vi")

    out: list[Grid] = []
    end = _fmt_date(period.end)

    # -- summary --
    g = Grid(
        "summary",
        "Tổng hợp kết quả chủ yếu trong kỳ báo cáo",
        ["Chỉ tiêu", "Đơn vị tính", "Số lượng"],
        "II",
        f"Kỳ báo cáo: từ ngày {_fmt_date(period.start)} đến ngày {end}.",
    )
    for i, (key, text, unit, _section) in enumerate(HEADLINES):
        g.add(text, [None, key])
        g.texts[(i, 1)] = unit
    out.append(g)

    # -- I. situation --
    g = Grid(
        "cases_by_violence_type",
        "Số vụ việc bạo lực trên cơ sở giới theo hình thức bạo lực",
        ["Hình thức bạo lực", "Số vụ"],
        "I",
        "Đơn vị tính: vụ. Một vụ việc có thể có nhiều hình thức bạo lực, nên tổng số vụ "
        "có thể nhỏ hơn tổng các dòng.",
        has_total_row=True,
    )
    for code in codes("cases.by_violence_type.", vocab.VIOLENCE_TYPES):
        g.add(label(vocab.VIOLENCE_TYPES, code), [f"cases.by_violence_type.{code}"])
    g.add("Tổng số vụ việc", ["cases.count"])
    out.append(g)

    g = Grid(
        "cases_by_domestic",
        "Số vụ việc bạo lực gia đình và bạo lực ngoài gia đình",
        ["Loại vụ việc", "Số vụ"],
        "I",
        "Đơn vị tính: vụ.",
        has_total_row=True,
    )
    g.add("Bạo lực gia đình", ["cases.domestic"])
    g.add("Bạo lực ngoài phạm vi gia đình", ["cases.non_domestic"])
    g.add("Tổng số vụ việc", ["cases.count"])
    out.append(g)

    sexes = codes("survivors.by_sex.", vocab.SEXES)
    g = Grid(
        "survivors_by_age_sex",
        "Người bị bạo lực theo nhóm tuổi và giới tính",
        ["Nhóm tuổi", *(label(vocab.SEXES, x) for x in sexes), "Tổng số"],
        "I",
        "Đơn vị tính: người. Mỗi người được tính một lần, theo nhóm tuổi tại vụ việc gần nhất "
        "trong kỳ.",
        has_total_row=True,
        row_total=(len(sexes) + 1, list(range(1, len(sexes) + 1))),
    )
    for a in codes("survivors.by_age_group.", vocab.AGE_GROUPS):
        g.add(
            label(vocab.AGE_GROUPS, a),
            [*(f"survivors.by_age_sex.{a}.{x}" for x in sexes), f"survivors.by_age_group.{a}"],
        )
    g.add("Tổng số", [*(f"survivors.by_sex.{x}" for x in sexes), "survivors.count"])
    out.append(g)

    g = Grid(
        "survivors_characteristics",
        "Người bị bạo lực là người dân tộc thiểu số, người khuyết tật",
        ["Đặc điểm", "Số người"],
        "I",
        "Đơn vị tính: người. Một người có thể thuộc cả hai nhóm.",
        has_total_row=True,
    )
    g.add("Người dân tộc thiểu số", ["survivors.ethnic_minority"])
    g.add("Người khuyết tật", ["survivors.disability"])
    g.add("Tổng số người bị bạo lực", ["survivors.count"])
    out.append(g)

    g = Grid(
        "perpetrators_by_sex",
        "Người gây bạo lực theo giới tính",
        ["Giới tính", "Số người"],
        "I",
        "Đơn vị tính: người (tính theo vụ việc).",
        has_total_row=True,
    )
    for code in codes("perpetrators.by_sex.", vocab.SEXES):
        g.add(label(vocab.SEXES, code), [f"perpetrators.by_sex.{code}"])
    g.add("Tổng số", ["perpetrators.count"])
    out.append(g)

    g = Grid(
        "perpetrators_by_relation",
        "Người gây bạo lực theo quan hệ với người bị bạo lực",
        ["Quan hệ với người bị bạo lực", "Số người"],
        "I",
        "Đơn vị tính: người (tính theo vụ việc).",
        has_total_row=True,
    )
    for code in codes("perpetrators.by_relation.", vocab.PERPETRATOR_RELATIONS):
        g.add(label(vocab.PERPETRATOR_RELATIONS, code), [f"perpetrators.by_relation.{code}"])
    g.add("Tổng số", ["perpetrators.count"])
    out.append(g)

    # -- II.1 awareness --
    for dim, vocabulary, title, head in (
        ("by_form", vocab.ACTIVITY_FORMS, "theo hình thức", "Hình thức"),
        ("by_setting", vocab.SETTINGS, "theo địa bàn, môi trường", "Địa bàn, môi trường"),
        ("by_campaign", vocab.CAMPAIGNS, "theo đợt cao điểm", "Đợt cao điểm"),
    ):
        g = Grid(
            f"activities_{dim}",
            f"Hoạt động truyền thông {title}",
            [head, "Số hoạt động", "Tổng số lượt người tham dự", "Nữ", "Nam", "Tỷ lệ nam giới (%)"],
            "II.1",
            "Đơn vị tính: hoạt động; lượt người. Tỷ lệ nam giới tính trên số lượt người tham "
            "dự có ghi giới tính (phát thanh, tài liệu, trực tuyến thường chỉ ghi tổng số).",
            has_total_row=True,
            row_total=(2, [3, 4]),
        )
        for code in codes(f"activities.{dim}.", vocabulary):
            p = f"attendance.{dim}.{code}"
            g.add(
                label(vocabulary, code),
                [f"activities.{dim}.{code}", f"{p}.total", f"{p}.female", f"{p}.male",
                 f"{p}.men_share"],
            )  # fmt: skip
        g.add(
            "Tổng số",
            ["activities.count", "attendance.total", "attendance.female", "attendance.male",
             "attendance.men_share"],
        )  # fmt: skip
        out.append(g)

    g = Grid(
        "influencers",
        f"Mạng lưới người có ảnh hưởng tại cộng đồng (tính đến ngày {end})",
        ["Thôn, buôn, tổ dân phố", "Nữ", "Nam", "Tổng số"],
        "II.1",
        "Đơn vị tính: người. Số liệu cập nhật gần nhất của từng thôn, buôn, tổ dân phố.",
        has_total_row=True,
        row_total=(3, [1, 2]),
    )
    for i, (hamlet, *_counts) in enumerate(lists.get("influencers", [])):
        g.add(hamlet or "(không ghi)", [f"@influencers.{i}.1", f"@influencers.{i}.2",
                                         f"@influencers.{i}.3"])  # fmt: skip
    g.add("Tổng số", ["influencers.female", "influencers.male", "influencers.total"])
    out.append(g)

    # -- II.2 models, support --
    g = Grid(
        "models_by_type",
        "Mô hình, cơ sở cung cấp dịch vụ theo loại",
        ["Loại mô hình", "Đang hoạt động trong kỳ", "Thành lập mới trong kỳ", "Giải thể trong kỳ"],
        "II.2",
        "Đơn vị tính: mô hình.",
        has_total_row=True,
    )
    for code in codes("models.active.by_type.", vocab.MODEL_TYPES):
        g.add(
            label(vocab.MODEL_TYPES, code),
            [f"models.{x}.by_type.{code}" for x in ("active", "new", "closed")],
        )
    g.add("Tổng số", ["models.active.total", "models.new.count", "models.closed.count"])
    out.append(g)

    g = Grid(
        "needs_by_kind",
        "Nhu cầu hỗ trợ của các vụ việc trong kỳ và mức độ đáp ứng",
        ["Nhu cầu hỗ trợ", "Số vụ có nhu cầu", f"Đã được hỗ trợ (đến {end})", "Chưa được hỗ trợ"],
        "II.2",
        "Đơn vị tính: vụ. Một vụ việc có thể có nhiều nhu cầu.",
        row_total=(1, [2, 3]),
    )
    for code in codes("needs.by_kind.", vocab.SERVICE_KINDS):
        g.add(
            label(vocab.SERVICE_KINDS, code),
            [f"needs.by_kind.{code}", f"needs.met.{code}", f"needs.unmet.{code}"],
        )
    out.append(g)

    g = Grid(
        "services_by_kind",
        "Dịch vụ hỗ trợ đã cung cấp trong kỳ theo loại dịch vụ",
        ["Loại dịch vụ", "Số lượt dịch vụ", "Số vụ việc được hỗ trợ"],
        "II.2",
        "Đơn vị tính: lượt; vụ. Một vụ việc có thể được nhiều loại dịch vụ.",
        has_total_row=True,
    )
    for code in codes("services.by_kind.", vocab.SERVICE_KINDS):
        g.add(
            label(vocab.SERVICE_KINDS, code),
            [f"services.by_kind.{code}", f"services.cases.by_kind.{code}"],
        )
    g.add("Tổng số", ["services.count", "services.cases"])
    out.append(g)

    g = Grid(
        "services_by_provider",
        "Dịch vụ hỗ trợ đã cung cấp trong kỳ theo đơn vị cung cấp",
        ["Đơn vị cung cấp", "Số lượt dịch vụ"],
        "II.2",
        "Đơn vị tính: lượt. Hỗ trợ của gia đình, cộng đồng không tính là dịch vụ của cơ sở "
        "cung cấp dịch vụ (Chỉ tiêu 1).",
        has_total_row=True,
    )
    for code in codes("services.by_provider.", vocab.PROVIDER_KINDS):
        g.add(label(vocab.PROVIDER_KINDS, code), [f"services.by_provider.{code}"])
    g.add("Tổng số", ["services.count"])
    out.append(g)

    g = Grid(
        "cases_by_status",
        "Vụ việc trong kỳ theo tình trạng hỗ trợ",
        ["Tình trạng", "Số vụ"],
        "II.2",
        "Đơn vị tính: vụ. Tình trạng tại thời điểm lập báo cáo.",
        has_total_row=True,
    )
    for code in codes("cases.by_status.", vocab.CASE_STATUSES):
        g.add(label(vocab.CASE_STATUSES, code), [f"cases.by_status.{code}"])
    g.add("Tổng số vụ việc", ["cases.count"])
    out.append(g)

    # -- II.3 training --
    g = Grid(
        "trainings_by_role",
        "Người tham gia tập huấn, bồi dưỡng theo đối tượng và giới tính",
        ["Đối tượng", "Nữ", "Nam", "Tổng số"],
        "II.3",
        "Đơn vị tính: người (lượt người).",
        has_total_row=True,
        row_total=(3, [1, 2]),
    )
    for code in codes("trainings.participants.by_role.", vocab.TRAINING_ROLES, ".total"):
        p = f"trainings.participants.by_role.{code}"
        g.add(label(vocab.TRAINING_ROLES, code), [f"{p}.female", f"{p}.male", f"{p}.total"])
    g.add(
        "Tổng số",
        ["trainings.participants.female", "trainings.participants.male",
         "trainings.participants.total"],
    )  # fmt: skip
    out.append(g)

    # -- II.4 mobilised support --
    g = Grid(
        "mobilisations_by_source",
        "Nguồn lực huy động theo nguồn",
        ["Nguồn huy động", "Số lượt", "Tiền mặt (đồng)", "Hiện vật quy đổi (đồng)",
         "Tổng giá trị (đồng)"],
        "II.4",
        "Đơn vị tính: lượt; đồng.",
        has_total_row=True,
    )  # fmt: skip
    for code in codes("mobilisations.by_source.", vocab.SUPPORT_SOURCES, ".count"):
        p = f"mobilisations.by_source.{code}"
        g.add(
            label(vocab.SUPPORT_SOURCES, code),
            [f"{p}.count", f"{p}.cash_vnd", f"{p}.in_kind_value_vnd", f"{p}.total_vnd"],
        )
    g.add(
        "Tổng số",
        ["mobilisations.count", "mobilisations.cash_vnd", "mobilisations.in_kind_value_vnd",
         "mobilisations.total_vnd"],
    )  # fmt: skip
    out.append(g)

    # -- II.5 inspection, handling --
    g = Grid(
        "inspections_by_subject",
        "Kiểm tra, giám sát theo nội dung",
        ["Nội dung kiểm tra, giám sát", "Số cuộc"],
        "II.5",
        "Đơn vị tính: cuộc.",
        has_total_row=True,
    )
    for i, (subject, _n) in enumerate(lists.get("inspections", [])):
        g.add(subject, [f"@inspections_by_subject.{i}.1"])
    g.add("Tổng số", ["inspections.count"])
    out.append(g)

    g = Grid(
        "perpetrators_by_handling",
        "Người gây bạo lực theo hình thức xử lý",
        ["Hình thức xử lý", "Số người"],
        "II.5",
        "Đơn vị tính: người (tính theo vụ việc). Một người có thể bị áp dụng nhiều hình thức "
        "xử lý; vụ việc chưa ghi hình thức xử lý được tính là chưa xử lý.",
        has_total_row=True,
    )
    for code in codes("perpetrators.by_handling.", vocab.HANDLING_MEASURES):
        g.add(label(vocab.HANDLING_MEASURES, code), [f"perpetrators.by_handling.{code}"])
    g.add("Tổng số", ["perpetrators.count"])
    out.append(g)

    # -- III funding --
    first = int(values.get("funding.first_year") or period.start.year)
    last = int(values.get("funding.last_year") or period.end.year)
    years = f"năm {first}" if first == last else f"các năm {first} – {last}"
    g = Grid(
        "funding_by_source",
        f"Kinh phí thực hiện {years} theo nguồn",
        ["Nguồn kinh phí", "Dự toán (đồng)", "Đã chi (đồng)", "Tỷ lệ đã chi (%)"],
        "III",
        "Đơn vị tính: đồng.",
        has_total_row=True,
    )
    for code in codes("funding.by_source.", vocab.FUNDING_SOURCES, ".planned_vnd"):
        p = f"funding.by_source.{code}"
        g.add(
            label(vocab.FUNDING_SOURCES, code),
            [f"{p}.planned_vnd", f"{p}.spent_vnd", f"{p}.spent_percent"],
        )
    g.add("Tổng số", ["funding.planned_vnd", "funding.spent_vnd", "funding.spent_percent"])
    out.append(g)

    # -- IV.1 indicators --
    g = Grid(
        "indicators",
        "Kết quả thực hiện các chỉ tiêu",
        ["Chỉ tiêu", "Số đạt", "Tổng số", "Tỷ lệ đạt (%)", "Chỉ tiêu kế hoạch (%)", "Đánh giá"],
        "IV.1",
        "Chỉ tiêu 1 tính theo người; Chỉ tiêu 2 tính theo vụ việc có nhu cầu hỗ trợ.",
    )
    for i, ind in enumerate(("I1", "I2")):
        p = f"indicators.{ind}"
        g.add(
            INDICATOR_NAMES[ind],
            [f"{p}.numerator", f"{p}.denominator", f"{p}.percent", f"{p}.target_percent", None],
        )
        g.texts[(i, 5)] = assessment(figures, ind)
    out.append(g)

    # -- year by year --
    if figures.by_year:
        years_list = sorted(figures.by_year)
        whole = figures.kind == "phase" and len(years_list) > 1
        columns = ["Chỉ tiêu", "Đơn vị tính", *(str(y) for y in years_list)]
        if whole:
            columns.append("Cả giai đoạn")
        g = Grid(
            "by_year",
            "Kết quả chủ yếu qua các năm",
            columns,
            "IV",
            "Mỗi năm tính theo năm dương lịch trong kỳ báo cáo."
            if figures.kind == "phase"
            else "Mỗi năm tính theo kỳ báo cáo năm (từ ngày 15/12 năm trước đến ngày 14/12); "
            f"năm {figures.year} là kỳ báo cáo này.",
            # The whole phase is the sum of its years for counts of dated records; for
            # distinct persons and counts at a date it is not, but a reader could still
            # narrow a hidden cell down, so those rows are masked as if it were.
            row_total=(len(columns) - 1, list(range(2, len(columns) - 1))) if whole else None,
        )
        rows = [(k, t, u) for k, t, u, _ in HEADLINES] + _INDICATOR_HEADLINES
        for i, (key, text, unit) in enumerate(rows):
            cells: list[str | None] = [None]
            cells += [year_var(figures, y, key) for y in years_list]
            if whole:
                cells.append(key)
            g.add(text, cells)
            g.texts[(i, 1)] = unit
        out.append(g)
    return out


def _same_as_period(figures: Figures, year: int) -> bool:
    if figures.kind == "annual":
        return year == figures.year
    return figures.kind == "phase" and len(figures.by_year) == 1


def _lists_from_tables(figures: Figures) -> dict[str, Any]:
    lists: dict[str, Any] = {}
    for table in figures.tables:
        body = table.rows[:-1] if table.has_total_row else table.rows
        if table.code == "influencers":
            lists["influencers"] = [(r[0], r[1], r[2], r[3]) for r in body]
        elif table.code == "inspections_by_subject":
            lists["inspections"] = [(r[0], r[1]) for r in body]
    return lists


def assessment(figures: Figures, code: str) -> str:
    """The assessment of indicator `code` ("I1", "I2"): "Đạt", "Chưa đạt" or "Chưa có số liệu"."""
    for ind in figures.indicators:
        if ind.code == code:
            met = ind.met
            return "Chưa có số liệu" if met is None else ("Đạt" if met else "Chưa đạt")
    return "Chưa có số liệu"


def list_cell_values(lists: dict[str, Any]) -> dict[str, Value]:
    """The list tables' cells as variables: rows (hamlet, female, male[, total]) and
    (subject, count), as computed or as read back from the tables."""
    out: dict[str, Value] = {}
    for i, (_hamlet, female, male, *total) in enumerate(lists.get("influencers", [])):
        out[f"@influencers.{i}.1"] = female
        out[f"@influencers.{i}.2"] = male
        out[f"@influencers.{i}.3"] = total[0] if total else female + male
    for i, (_subject, n) in enumerate(lists.get("inspections", [])):
        out[f"@inspections_by_subject.{i}.1"] = n
    return out


def year_var(figures: Figures, year: int, key: str) -> str:
    """The variable of `key` in the figures of `year` (see `Grid`)."""
    return key if _same_as_period(figures, year) else f"{year}:{key}"


def value_sums(figures: Figures) -> list[tuple[str, list[str]]]:
    """Relations between named figures that no single table shows, as (total, parts):
    figures that are always equal, and sums across two breakdowns."""
    relations: list[tuple[str, list[str]]] = [
        ("perpetrators.count", ["cases.count"]),
        ("indicators.I1.denominator", ["survivors.count"]),
        ("indicators.I2.denominator", ["cases.with_needs"]),
        (
            "services.count",
            ["services.from_providers"]
            + [f"services.by_provider.{code}" for code in sorted(vocab.NON_PROVIDER_KINDS)],
        ),
    ]
    out = list(relations)
    for year in figures.by_year:
        for total, parts in relations:
            if total in figures.by_year[year] and all(p in figures.by_year[year] for p in parts):
                out.append(
                    (year_var(figures, year, total), [year_var(figures, year, p) for p in parts])
                )
    return out
