"""Schema 3 (the city office's member units and received packages): a database of
schema 2 opens, is backed up, then migrated; its records and reports are untouched."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from gbv_desktop.domain.records import Activity
from gbv_desktop.reports import consolidate
from gbv_desktop.reports.history import list_reports, record_report
from gbv_desktop.reports.produce import build_document
from gbv_desktop.storage import audit, backup, connection, schema
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.keys import keys_path
from gbv_desktop.storage.records import RecordStore
from tests.conftest import PASSWORD

NEW_TABLES = {"member_units", "received_packages"}
LABEL = f"before-v{schema.SCHEMA_VERSION}"  # the backup made before migrating


def _version_and_tables(path: Path, key: bytes) -> tuple[int, set[str]]:
    conn = connection.connect(path, key, readonly=True)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return version, tables
    finally:
        conn.close()


def _downgrade_to_v2(path: Path, key: bytes) -> None:
    conn = connection.connect(path, key)
    with conn:
        conn.execute("DROP TABLE received_packages")
        conn.execute("DROP TABLE member_units")
        conn.execute("PRAGMA user_version = 2")
    conn.close()


def _backups(path: Path) -> list[Path]:
    return sorted((path.parent / "backups").glob(f"*{LABEL}*{backup.SUFFIX}"))


def test_migration_3_is_the_third() -> None:
    assert schema.SCHEMA_VERSION >= 3
    assert schema.MIGRATIONS[2] is schema.MIGRATION_3


def test_a_schema_2_database_is_backed_up_then_migrated(
    make_db: Callable[..., Database],
) -> None:
    db = make_db("city.db", level="city", code="643")
    RecordStore(db).save(
        Activity(
            start_date=date(2025, 3, 8),
            title="Mít tinh ngày Quốc tế Phụ nữ",
            form="rally",
            setting="residential",
            attendance_total=300,
        )
    )
    record_report(db, build_document(db, "half_year", 2025))
    path, key = db.path, db.data_key
    db.close()
    _downgrade_to_v2(path, key)
    version, tables = _version_and_tables(path, key)
    assert version == 2 and not NEW_TABLES & tables and "reports" in tables

    with Database.open(path, "admin", PASSWORD) as migrated:
        assert migrated.schema_version == schema.SCHEMA_VERSION
        assert set(migrated.db.table_names()) >= NEW_TABLES
        assert RecordStore(migrated).get("activity", 1).title == "Mít tinh ngày Quốc tế Phụ nữ"  # type: ignore[attr-defined]
        assert [r.kind for r in list_reports(migrated)] == ["half_year"]
        assert audit.verify(migrated.conn) == []
        assert connection.full_check(migrated.conn) == []
        # The new tables work.
        unit = consolidate.add_member_unit(migrated, "Phường Tân Lợi", "24133", "ward")
        assert consolidate.list_member_units(migrated) == [unit]
        indexes = {
            r[0]
            for r in migrated.conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
        }
        assert {"member_units_code", "received_packages_period"} <= indexes

    [copy] = _backups(path)
    assert keys_path(copy).exists()
    # The backup is the database as it was: schema 2, without the new tables.
    assert backup.verify_copy(copy, key, expected_version=2) == 2
    version, tables = _version_and_tables(copy, key)
    assert version == 2 and not NEW_TABLES & tables

    Database.open(path, "admin", PASSWORD).close()  # current now: no second backup
    assert len(_backups(path)) == 1


def test_a_member_code_is_unique_only_once_entered(make_db: Callable[..., Database]) -> None:
    db = make_db("city.db", level="city", code="643")
    now = audit.now_utc()
    with db.conn:
        for name in ("Phường Tân An", "Phường Tân Hòa"):  # two units without a code yet
            db.conn.execute(
                "INSERT INTO member_units (code, name, level, created_at, updated_at) "
                "VALUES ('', ?, 'ward', ?, ?)",
                (name, now, now),
            )
    assert len(consolidate.list_member_units(db)) == 2
    with pytest.raises(connection.IntegrityError), db.conn:
        db.conn.execute(
            "INSERT INTO member_units (code, name, level, created_at, updated_at) "
            "VALUES ('24121', 'A', 'ward', ?, ?), ('24121', 'B', 'ward', ?, ?)",
            (now, now, now, now),
        )
    assert len(consolidate.list_member_units(db)) == 2
