"""Demo data: deterministic, valid, shaped like a ward's records, fast, and saved whole."""

from __future__ import annotations

import ast
import random
import time
from collections import Counter, defaultdict
from datetime import date
from itertools import islice
from pathlib import Path

import pytest

from gbv_desktop.domain import demo, vocab
from gbv_desktop.domain.demo import KINDS, PROPORTIONS, WARD_YEAR, generate
from gbv_desktop.domain.records import (
    Activity,
    Case,
    Funding,
    InfluencerCount,
    Inspection,
    Mobilisation,
    ModelFacility,
    Record,
    Training,
)

END = date(2025, 12, 31)
CITY = 100_000
CAMPAIGN_MONTHS = (6, 11, 12)


@pytest.fixture(scope="module")
def ward() -> list[Record]:
    return list(generate(seed=7, end=END))


@pytest.fixture(scope="module")
def wards() -> list[list[Record]]:
    """Several wards' five years, for shares that one small ward leaves to chance."""
    return [list(generate(seed=s, end=END)) for s in range(20, 30)]


@pytest.fixture(scope="module")
def city() -> tuple[list[Record], float]:
    started = time.perf_counter()
    records = list(generate(seed=11, records=CITY, end=END))
    return records, time.perf_counter() - started


def of(records: list[Record], cls: type) -> list:
    return [r for r in records if isinstance(r, cls)]


def day_of(record: Record) -> date:
    for name in ("start_date", "reported_on", "established_on", "as_of", "received_on"):
        value = getattr(record, name, None)
        if value is not None:
            return value
    if isinstance(record, Inspection):
        assert record.inspected_on is not None
        return record.inspected_on
    assert isinstance(record, Funding) and record.year is not None
    return date(record.year, 1, 1)


def every_date(record: Record) -> list[date]:
    """Every date a record holds (services, end and closing dates included)."""
    out = [getattr(record, f) for f in record.field_names()]
    out = [d for d in out if isinstance(d, date)]
    if isinstance(record, Case):
        out += [s.given_on for s in record.services if s.given_on is not None]
    return out


# -- determinism ---------------------------------------------------------------------


def test_same_seed_gives_the_same_records() -> None:
    assert list(generate(seed=5, years=2, end=END)) == list(generate(seed=5, years=2, end=END))
    a = list(generate(seed=5, records=3000, end=END))
    assert a == list(generate(seed=5, records=3000, end=END))


def test_different_seeds_give_different_records() -> None:
    a = list(generate(seed=5, years=2, end=END))
    b = list(generate(seed=6, years=2, end=END))
    assert a != b
    assert [r.title for r in of(a, Activity)] != [r.title for r in of(b, Activity)]


def test_consuming_in_batches_or_interleaved_gives_the_same_records() -> None:
    whole = list(generate(seed=9, records=2000, end=END))
    it = generate(seed=9, records=2000, end=END)
    batches: list[Record] = []
    while batch := list(islice(it, 37)):
        batches += batch
    assert batches == whole
    # Two generators side by side share no state.
    pairs = zip(
        generate(seed=9, records=2000, end=END),
        generate(seed=9, records=2000, end=END),
        strict=True,
    )
    assert all(a == b for a, b in pairs)


def test_leaves_the_global_random_state_alone() -> None:
    random.seed(123)
    state = random.getstate()
    list(generate(seed=1, years=1, end=END))
    assert random.getstate() == state


def test_yields_lazily_year_by_year_in_date_order(ward: list[Record]) -> None:
    first = next(generate(seed=7, end=END))
    assert first == ward[0]
    days = [day_of(r) for r in ward]
    assert days == sorted(days)


# -- validity and dates --------------------------------------------------------------


@pytest.mark.parametrize(
    ("end", "years", "unit"),
    [
        (END, 5, "Tân Lợi"),
        (date(2024, 2, 29), 3, "Phường Thành Công"),
        (date(2026, 3, 15), 5, "Xã Ea Kao"),
        (date(2025, 1, 1), 1, "Tân Lợi"),
        (date(2023, 6, 30), 2, "Thị trấn Phước An"),
    ],
)
def test_every_record_is_valid_and_within_the_range(end: date, years: int, unit: str) -> None:
    start = date(end.year - years, end.month, 28 if (end.month, end.day) == (2, 29) else end.day)
    for seed in range(3):
        records = list(generate(seed=seed, years=years, end=end, unit_name=unit))
        assert records
        for r in records:
            assert r.validate(today=end) == [], r
            assert r.id is None
            for d in every_date(r):
                assert start < d <= end, r
            if isinstance(r, Funding):
                assert r.year is not None and start.year <= r.year <= end.year


def test_default_end_is_today() -> None:
    today = date.today()
    records = list(generate(seed=2, years=1))
    assert max(max(every_date(r), default=date.min) for r in records) <= today
    assert all(r.validate(today=today) == [] for r in records)


def test_the_city_is_valid_and_never_after_the_end(city: tuple[list[Record], float]) -> None:
    records, _ = city
    for r in records:
        assert r.validate(today=END) == [], r
        assert all(date(2021, 1, 1) <= d <= END for d in every_date(r)), r


@pytest.mark.parametrize("bad", [{"years": 0}, {"records": -1}])
def test_rejects_impossible_arguments(bad: dict[str, int]) -> None:
    with pytest.raises(ValueError):
        list(generate(**bad))  # type: ignore[arg-type]


# -- volume and proportions ----------------------------------------------------------


@pytest.mark.parametrize("n", [0, 1, 7, 100, 999, 2500])
def test_exactly_the_number_of_records_asked_for(n: int) -> None:
    records = list(generate(seed=4, records=n, end=END))
    assert len(records) == n
    assert all(r.validate(today=END) == [] for r in records)


def test_a_city_in_realistic_proportions_and_fast(city: tuple[list[Record], float]) -> None:
    records, seconds = city
    assert len(records) == CITY
    counts = Counter(r.kind for r in records)
    assert set(counts) == set(KINDS)
    for kind, share in PROPORTIONS.items():
        assert abs(counts[kind] - share * CITY) <= 1, kind
    assert counts["activity"] > CITY / 2
    assert counts["case"] == pytest.approx(0.15 * CITY, abs=1)
    # Spread over the five years, each in proportion to its days.
    by_year = Counter(day_of(r).year for r in records)
    assert sorted(by_year) == [2021, 2022, 2023, 2024, 2025]
    assert max(by_year.values()) - min(by_year.values()) < 0.01 * CITY
    assert seconds < 20, f"generating {CITY} records took {seconds:.1f} s"


def test_a_small_wards_yearly_volume(wards: list[list[Record]]) -> None:
    for records in wards:
        per_year: dict[int, Counter[str]] = defaultdict(Counter)
        for r in records:
            per_year[day_of(r).year][r.kind] += 1
        assert sorted(per_year) == [2021, 2022, 2023, 2024, 2025]
        hamlets = {r.hamlet for r in of(records, InfluencerCount)}
        assert 9 <= len(hamlets) <= 20
        for counts in per_year.values():
            for kind, (lo, hi) in WARD_YEAR.items():
                assert lo <= counts[kind] <= hi, (kind, counts)
            assert counts["influencer"] == len(hamlets)  # one count per hamlet a year
        models = of(records, ModelFacility)
        assert 2 <= len(models) <= 14
        assert per_year[2021]["model"] >= 2


def test_influencer_networks_per_hamlet_each_year(ward: list[Record]) -> None:
    counts = of(ward, InfluencerCount)
    per_year = defaultdict(list)
    for c in counts:
        per_year[c.as_of.year].append(c.hamlet)
    for hamlets in per_year.values():
        assert len(hamlets) == len(set(hamlets))
    assert any(h.startswith("Tổ dân phố") for h in per_year[2025])
    assert any(h.startswith("Buôn") for h in per_year[2025])
    assert all(c.total > 0 for c in counts)


# -- awareness activities ------------------------------------------------------------


def test_activities_cluster_in_the_campaign_months(wards: list[list[Record]]) -> None:
    months = Counter(a.start_date.month for rs in wards for a in of(rs, Activity))
    campaign = sum(months[m] for m in CAMPAIGN_MONTHS) / len(CAMPAIGN_MONTHS)
    other = sum(n for m, n in months.items() if m not in CAMPAIGN_MONTHS) / 9
    assert campaign > 2.5 * other
    assert all(months[m] > 0 for m in range(1, 13))


def test_the_campaign_follows_the_date(city: tuple[list[Record], float]) -> None:
    activities = of(city[0], Activity)
    assert all(a.campaign == vocab.campaign_for(a.start_date) for a in activities)
    campaigns = Counter(a.campaign for a in activities)
    assert set(campaigns) == set(vocab.CAMPAIGNS.codes)
    assert campaigns["none"] < len(activities) * 0.7
    rallies = Counter(a.campaign for a in activities if a.form == "rally")
    assert rallies["none"] < sum(rallies.values()) / 2


def test_attendance_is_plausible(city: tuple[list[Record], float]) -> None:
    activities = of(city[0], Activity)
    forms = Counter(a.form for a in activities)
    assert set(forms) == set(vocab.ACTIVITY_FORMS.codes)
    assert forms.most_common(2)[0][0] in ("talk", "club_meeting")
    split = [a for a in activities if a.attendance_female is not None]
    female = sum(a.attendance_female for a in split)
    total = sum(a.attendance_total for a in split)
    assert 0.55 <= female / total <= 0.72
    for a in split:
        assert a.attendance_female + a.attendance_male <= a.attendance_total
    assert any(a.attendance_children for a in activities)
    assert any(a.attendance_ethnic_minority for a in activities)
    assert any(a.attendance_children is None for a in activities)
    remote = [a for a in activities if a.form in ("broadcast", "materials", "online")]
    assert any(a.attendance_total is None for a in remote)
    assert any(a.attendance_total is not None for a in remote)
    assert all(a.attendance_female is None for a in remote)
    assert all(a.materials_count > 0 for a in activities if a.form == "materials")
    in_person = [a for a in activities if a.form not in ("broadcast", "materials", "online")]
    assert all(a.attendance_total for a in in_person)
    school = [a for a in activities if a.setting == "school"]
    assert school and all(
        "students" in a.audiences or "parents" in a.audiences or "youth" in a.audiences
        for a in school
    )


def test_activity_texts_are_vietnamese(ward: list[Record]) -> None:
    activities = of(ward, Activity)
    titles = {a.title for a in activities}
    assert len(titles) > len(activities) / 3
    assert any(t.startswith("Nói chuyện chuyên đề về") for t in titles)
    assert any(t.startswith("Sinh hoạt") and "CLB" in t for t in titles)
    assert all(len(t) <= 300 for t in titles)
    assert any("phường Tân Lợi" in a.co_organisers for a in activities)
    costs = [a.cost_vnd for a in activities if a.cost_vnd]
    assert costs and all(c % 1000 == 0 for c in costs)
    assert all(a.funding_source for a in activities if a.cost_vnd)
    assert all(not a.funding_source for a in activities if not a.cost_vnd)


def test_the_law_of_2022_only_after_it_took_effect(city: tuple[list[Record], float]) -> None:
    law = "Luật Phòng, chống bạo lực gia đình năm 2022"
    dated = [(a.start_date, a.title) for a in of(city[0], Activity)]
    dated += [(t.start_date, t.topic) for t in of(city[0], Training)]
    assert any(law in text for _, text in dated)
    assert all(d >= date(2023, 7, 1) for d, text in dated if law in text)


# -- cases ---------------------------------------------------------------------------


def test_some_survivors_have_two_cases_sharing_one_survivor(wards: list[list[Record]]) -> None:
    for records in [*wards, list(generate(seed=3, years=2, end=END))]:
        cases = of(records, Case)
        by_survivor: dict[int, list[Case]] = defaultdict(list)
        for c in cases:
            by_survivor[id(c.survivor)].append(c)
        repeated = [cs for cs in by_survivor.values() if len(cs) > 1]
        assert repeated, "no survivor with a second case"
        assert all(len(cs) == 2 for cs in repeated)
        for first, second in repeated:
            assert first.reported_on < second.reported_on
            assert first.survivor is second.survivor
        assert len(repeated) < len(cases) / 4


def test_cases_have_plausible_statistics(city: tuple[list[Record], float]) -> None:
    cases = of(city[0], Case)
    n = len(cases)
    types = Counter(t for c in cases for t in c.violence_types)
    assert types["physical"] + types["psychological"] > 0.6 * sum(types.values())
    assert set(types) == set(vocab.VIOLENCE_TYPES.codes)
    assert sum(c.domestic for c in cases) > 0.75 * n
    assert all(not c.domestic for c in cases if "workplace_harassment" in c.violence_types)
    survivors = {id(c.survivor): c.survivor for c in cases}.values()
    assert sum(s.sex == "female" for s in survivors) > 0.8 * len(survivors)
    ages = Counter(c.age_group for c in cases)
    assert ages.most_common(1)[0][0] == "16_59" and ages["under_16"] and ages["60_plus"]
    ethnicities = Counter(s.ethnicity for s in survivors)
    assert ethnicities.most_common(1)[0][0] == "kinh"
    assert ethnicities["ede"] > ethnicities["mnong"] > 0
    assert sum(c.consent_to_share for c in cases) < 0.3 * n
    assert all(c.identity is None and c.story is None and c.ref_code == "" for c in cases)
    assert all(1 <= len(c.needs) <= 3 for c in cases)
    statuses = Counter(c.status for c in cases)
    assert statuses["closed"] > statuses["open"] > 0 and statuses["referred"] > 0
    assert all(c.handling for c in cases)


def test_services_answer_needs_on_time(city: tuple[list[Record], float]) -> None:
    cases = of(city[0], Case)
    services = [s for c in cases for s in c.services]
    matching = sum(s.kind in c.needs for c in cases for s in c.services)
    assert matching > 0.85 * len(services)
    for c in cases:
        for s in c.services:
            assert c.reported_on <= s.given_on <= END
        if c.status == "closed":
            assert c.unmet_needs() == []
        if c.shelter_days:
            assert any(s.kind == "shelter" for s in c.services)
    providers = Counter(s.provider_kind for s in services)
    assert 0.03 * len(services) < providers["family_community"] < 0.2 * len(services)
    # Some cases were helped only by family or community, which is no service provider.
    only_family = [
        c
        for c in cases
        if c.services and all(s.provider_kind in vocab.NON_PROVIDER_KINDS for s in c.services)
    ]
    assert only_family
    assert any(c.unmet_needs() for c in cases)  # indicator I2 is not trivially 100%
    assert any(c.shelter_days for c in cases)


# -- the other kinds -----------------------------------------------------------------


def test_trainings(ward: list[Record]) -> None:
    trainings = of(ward, Training)
    assert trainings
    for t in trainings:
        assert t.participants and set(t.participants) <= set(vocab.TRAINING_ROLES.codes)
        assert t.participants_female + t.participants_male > 0
        assert 1_500_000 <= t.cost_vnd <= 25_000_000 and t.cost_vnd % 1000 == 0
        assert t.start_date.weekday() < 5
        assert t.topic.startswith(("Tập huấn", "Bồi dưỡng"))
    assert any("Phòng LĐ-TB&XH" in t.organiser for t in trainings)


def test_models_open_and_sometimes_close(wards: list[list[Record]]) -> None:
    models = [m for rs in wards for m in of(rs, ModelFacility)]
    kinds = Counter(m.model_type for m in models)
    assert kinds["trusted_address"] and kinds["club"]
    closed = [m for m in models if m.status == "closed"]
    assert closed and len(closed) < len(models) / 3
    assert all(m.closed_on and m.closed_on > m.established_on for m in closed)
    assert all(m.closed_on is None for m in models if m.status != "closed")


def test_mobilisations_inspections_and_funding(ward: list[Record]) -> None:
    mobilisations = of(ward, Mobilisation)
    assert any(m.cash_vnd for m in mobilisations)
    assert any(m.in_kind for m in mobilisations)
    assert all(m.cash_vnd or m.in_kind for m in mobilisations)
    assert any(m.donor.startswith(("Công ty", "Doanh nghiệp")) for m in mobilisations)
    inspections = of(ward, Inspection)
    assert all(i.subject and i.findings for i in inspections)
    funding = of(ward, Funding)
    for year in range(2021, 2026):
        lines = [f for f in funding if f.year == year]
        assert 3 <= len(lines) <= 6
        assert len({f.budget_line for f in lines}) == len(lines)
    assert all(f.planned_vnd > 0 and 0 <= f.spent_vnd <= f.planned_vnd for f in funding)
    assert len({f.source for f in funding}) >= 2


def test_a_commune_has_villages_and_its_own_name() -> None:
    records = list(generate(seed=1, years=2, end=END, unit_name="Xã Ea Kao"))
    hamlets = {r.hamlet for r in of(records, InfluencerCount)}
    assert all(h.startswith(("Thôn", "Buôn")) for h in hamlets)
    texts = " ".join(a.co_organisers + a.title for a in of(records, Activity))
    assert "xã Ea Kao" in texts and "phường" not in texts


def test_the_module_stays_pure() -> None:
    tree = ast.parse(Path(demo.__file__).read_text(encoding="utf-8"))
    imported = {
        node.module if isinstance(node, ast.ImportFrom) else alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }
    assert all(
        not m.startswith(("gbv_desktop.storage", "gbv_desktop.ui", "PySide6"))
        for m in imported
        if m
    )
    assert not imported & {"os", "pathlib", "io", "time", "sqlite3"}


# -- saved in a real database ----------------------------------------------------------


def test_saves_into_an_encrypted_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from gbv_desktop.domain.profile import default_profile
    from gbv_desktop.storage import keys
    from gbv_desktop.storage.database import Database
    from gbv_desktop.storage.records import RecordStore

    monkeypatch.setattr(keys, "DEFAULT_KDF", keys.ScryptParams(n=2**10, r=8, p=1))
    db, _recovery = Database.create(
        tmp_path / "demo.db", default_profile("Tân Lợi", "24133", "ward"), "admin", "password123"
    )
    try:
        store = RecordStore(db)
        records = list(generate(seed=3, years=2, end=END))
        ids = store.save_many(records, today=END)
        assert len(ids) == len(records)
        expected = Counter(r.kind for r in records)
        assert store.count() == {kind: expected[kind] for kind in store.count()}
        cases = of(records, Case)
        survivors = db.conn.execute("SELECT count(*) FROM survivors").fetchone()[0]
        assert survivors == len({id(c.survivor) for c in cases}) < len(cases)
        linked = db.conn.execute(
            "SELECT count(*) FROM (SELECT survivor_id FROM cases GROUP BY survivor_id HAVING count(*) = 2)"
        ).fetchone()[0]
        assert linked >= 1
        refs = [r[0] for r in db.conn.execute("SELECT ref_code FROM cases ORDER BY id")]
        assert len(set(refs)) == len(refs) and all(r.startswith("VV-") for r in refs)
        assert db.conn.execute("SELECT count(*) FROM survivor_identities").fetchone()[0] == 0
        assert db.conn.execute("SELECT count(*) FROM case_stories").fetchone()[0] == 0
    finally:
        db.close()


def test_exact_counts_per_kind() -> None:
    from collections import Counter

    wanted = {"activity": 300, "case": 60, "training": 30, "inspection": 0}
    got = Counter(r.kind for r in generate(seed=4, years=2, counts=wanted, end=date(2025, 6, 30)))
    assert got == Counter({k: n for k, n in wanted.items() if n})
    with pytest.raises(ValueError):
        list(generate(seed=4, counts={"nothing": 3}))
