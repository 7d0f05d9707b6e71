"""The activity list's index (schema 4): a search in date order reads it instead of the
rows, and finds exactly what reading every row found, in the same order, with the same
totals; a schema 3 database gets the index when it is opened."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from gbv_desktop.domain import demo
from gbv_desktop.domain.profile import default_profile
from gbv_desktop.domain.records import Activity
from gbv_desktop.domain.text import fold
from gbv_desktop.storage import backup, connection, schema
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import SPECS, RecordStore
from tests.conftest import FAST_KDF, PASSWORD

TODAY = date(2025, 12, 31)
TOTALS = ["attendance_total", "attendance_female", "attendance_male", "cost_vnd"]


def _like(word: str) -> str:
    return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def scanned(
    db: Database, kind: str, text: str, order: str = "date", desc: bool = True
) -> list[int]:
    """What search_ids returned before the index: every row read (NOT INDEXED), each word
    LIKE a part of its search_text."""
    spec = SPECS[kind]
    column = {"date": spec.date_column, "name": "sort_key", "id": "id"}[order]
    words = fold(text).split()
    where = "".join(" AND search_text LIKE ? ESCAPE '\\'" for _ in words)
    way = "DESC" if desc else "ASC"
    sql = (
        f"SELECT id FROM {spec.table} NOT INDEXED WHERE 1 = 1{where} "
        f"ORDER BY {column} {way}, id {way}"
    )
    return [r[0] for r in db.conn.execute(sql, [_like(w) for w in words])]


def scanned_totals(db: Database, text: str) -> dict[str, int]:
    words = fold(text).split()
    where = "".join(" AND search_text LIKE ? ESCAPE '\\'" for _ in words)
    select = ", ".join([f"coalesce(sum({c}), 0)" for c in TOTALS] + ["count(*)"])
    row = db.conn.execute(
        f"SELECT {select} FROM activities NOT INDEXED WHERE 1 = 1{where}",
        [_like(w) for w in words],
    ).fetchone()
    return {**dict(zip(TOTALS, row[:-1], strict=True)), "count": row[-1]}


def queries(db: Database, rng: random.Random) -> list[str]:
    """Words of the records themselves, parts of them (1 to 6 letters, from anywhere,
    across words too), several at once, typed with diacritics, and odd characters."""
    texts = [r[0] for r in db.conn.execute("SELECT search_text FROM activities ORDER BY id")]
    words = sorted({w for t in texts for w in t.split()})
    found = []
    for _ in range(60):
        text = rng.choice(texts)
        start = rng.randrange(len(text))
        found.append(text[start : start + rng.randint(1, 6)])
    found += rng.sample(words, 30)
    found += [" ".join(rng.sample(words, k)) for k in (2, 3) for _ in range(5)]
    found += ["Tân Lợi", "TAN LOI", "đường", "hội nghị", "xyzzy", "a", "50%", "a_b",
              'say "no"', "back\\slash", "%", "_"]  # fmt: skip
    return found


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Database:
    path = tmp_path_factory.mktemp("search") / "unit.db"
    db, _ = Database.create(
        path, default_profile("Tân Lợi", "24133", "ward"), "admin", PASSWORD, kdf=FAST_KDF
    )
    RecordStore(db).save_many(list(demo.generate(seed=11, records=3000, end=TODAY)), today=TODAY)
    yield db
    db.close()


def test_a_search_finds_exactly_what_reading_every_row_found(demo_db: Database) -> None:
    store = RecordStore(demo_db)
    for text in queries(demo_db, random.Random(4)):
        for desc in (True, False):
            assert store.search_ids("activity", text, descending=desc) == scanned(
                demo_db, "activity", text, desc=desc
            ), text
    for kind in SPECS:
        for text in ("tan", "hoi nghi", "ba", "zzz", ""):
            for order in ("date", "name", "id"):
                assert store.search_ids(kind, text, order=order) == scanned(
                    demo_db, kind, text, order
                ), (kind, text, order)


def test_a_search_in_date_order_reads_the_index_not_the_rows(demo_db: Database) -> None:
    store = RecordStore(demo_db)
    plans: list[str] = []
    demo_db.conn.set_trace_callback(plans.append)
    try:
        store.search_ids("activity", "tan loi")
    finally:
        demo_db.conn.set_trace_callback(None)
    [sql] = [s for s in plans if s.startswith("SELECT id FROM activities")]
    plan = " ".join(r[-1] for r in demo_db.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
    assert "COVERING INDEX activities_listing" in plan, plan
    totals = "SELECT sum(attendance_total), count(*) FROM activities WHERE search_text LIKE 'x'"
    plan = " ".join(r[-1] for r in demo_db.conn.execute(f"EXPLAIN QUERY PLAN {totals}"))
    assert "COVERING INDEX activities_listing" in plan, plan


def test_totals_are_those_of_every_row(demo_db: Database) -> None:
    store = RecordStore(demo_db)
    for text in ("", "tan", "tan loi", "hoi nghi truyen", "a", "xyzzy", "ng 2"):
        assert store.totals("activity", TOTALS, text) == scanned_totals(demo_db, text), text


def _downgrade_to_v3(path: Path, key: bytes) -> None:
    conn = connection.connect(path, key)
    with conn:
        conn.execute("DROP INDEX activities_listing")
        conn.execute("PRAGMA user_version = 3")
    conn.close()


def test_a_schema_3_database_gets_the_index_when_opened(db: Database) -> None:
    store = RecordStore(db)
    store.save_many(list(demo.generate(seed=2, records=400, end=TODAY)), today=TODAY)
    before = {text: store.search_ids("activity", text) for text in ("tan loi", "hoi", "a", "")}
    path, key = db.path, db.data_key
    db.close()
    _downgrade_to_v3(path, key)

    with Database.open(path, "admin", PASSWORD) as migrated:
        assert migrated.schema_version == schema.SCHEMA_VERSION == 4
        indexes = {r[0] for r in migrated.conn.execute("SELECT name FROM sqlite_master")}
        assert "activities_listing" in indexes
        store = RecordStore(migrated)
        for text, ids in before.items():
            assert store.search_ids("activity", text) == ids == scanned(migrated, "activity", text)
        activity = Activity(
            start_date=date(2025, 3, 8), title="Nói chuyện ở Buôn Kô Siêr", form="talk",
            setting="school", attendance_total=40,
        )  # fmt: skip
        store.save(activity, today=TODAY)
        assert store.search_ids("activity", "ko sier") == [activity.id]
        assert connection.full_check(migrated.conn) == []
    made = sorted(backup.backups_folder(path).glob(f"*before-v4*{backup.SUFFIX}"))
    assert len(made) == 1
    assert backup.verify_copy(made[0], key, expected_version=3) == 3
