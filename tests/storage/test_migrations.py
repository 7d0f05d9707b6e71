"""Opening an older database migrates it, after writing a verified backup."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from gbv_desktop.domain.records import Activity
from gbv_desktop.storage import audit, backup, connection, database, schema
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import StorageError
from gbv_desktop.storage.keys import KeyFile, keys_path
from gbv_desktop.storage.records import RecordStore

PASSWORD = "correct horse 1"  # the password tests/conftest.py gives the `db` fixture
LABEL = f"before-v{schema.SCHEMA_VERSION}"


def _version(path: Path, key: bytes) -> int:
    conn = connection.connect(path, key, readonly=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def _tables(path: Path, key: bytes) -> set[str]:
    conn = connection.connect(path, key, readonly=True)
    try:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def _downgrade_to_v1(path: Path, key: bytes) -> None:
    conn = connection.connect(path, key)
    with conn:
        conn.execute("DROP TABLE reports")
        conn.execute("PRAGMA user_version = 1")
    conn.close()


def _v1_from_scratch(path: Path) -> bytes:
    """A database exactly as version 1 of the schema made it, with one administrator."""
    keyfile, data_key = KeyFile.new()
    keyfile.set_password("admin", PASSWORD, data_key)
    keyfile.new_recovery_key(data_key)
    conn = connection.connect(path, data_key)
    with conn:
        for statement in database._statements(schema.MIGRATION_1):
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 1")
        for k, v in (("database_id", keyfile.database_id), ("profile", {"code": "24133"})):
            conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (k, json.dumps(v)))
        conn.execute(
            "INSERT INTO users (username, role, created_at) VALUES ('admin', 'administrator', ?)",
            (audit.now_utc(),),
        )
        audit.append(
            conn, user_id=1, username="admin", action="create", record_kind="database",
            record_id=None,
        )  # fmt: skip
    conn.close()
    keyfile.save(keys_path(path))
    return data_key


def _backups(path: Path) -> list[Path]:
    return sorted((path.parent / "backups").glob(f"*{LABEL}*{backup.SUFFIX}"))


def test_version_1_is_migrated_after_a_verified_backup(db: Database) -> None:
    store = RecordStore(db)
    store.save(
        Activity(
            start_date=date(2024, 3, 8),
            title="Trước khi nâng cấp",
            form="talk",
            setting="school",
            attendance_total=12,
        )
    )
    path, key = db.path, db.data_key
    db.close()
    _downgrade_to_v1(path, key)
    assert _version(path, key) == 1
    assert "reports" not in _tables(path, key)

    with Database.open(path, "admin", PASSWORD) as migrated:
        assert migrated.schema_version == schema.SCHEMA_VERSION
        assert "reports" in migrated.db.table_names()
        assert RecordStore(migrated).get("activity", 1).title == "Trước khi nâng cấp"  # type: ignore[attr-defined]
        assert audit.verify(migrated.conn) == []
        assert connection.full_check(migrated.conn) == []

    found = _backups(path)
    assert len(found) == 1, list((path.parent / "backups").iterdir())
    copy = found[0]
    assert keys_path(copy).read_bytes() == keys_path(path).read_bytes()
    # The backup is the database as it was before: version 1, no reports table.
    assert backup.verify_copy(copy, key, expected_version=1) == 1
    assert "reports" not in _tables(copy, key)
    assert not copy.read_bytes().startswith(b"SQLite format 3")

    # Opening again finds the current version: no second backup.
    Database.open(path, "admin", PASSWORD).close()
    assert len(_backups(path)) == 1


def test_a_database_built_by_version_1_opens_and_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    key = _v1_from_scratch(path)
    assert _version(path, key) == 1
    with Database.open(path, "admin", PASSWORD) as migrated:
        assert migrated.schema_version == schema.SCHEMA_VERSION
        assert migrated.user.is_admin
        assert {"reports", "activities", "audit"} <= set(migrated.db.table_names())
        RecordStore(migrated).save(
            Activity(
                start_date=date(2024, 1, 2),
                title="Sau nâng cấp",
                form="online",
                setting="other",
            )
        )
        assert audit.verify(migrated.conn) == []
    assert len(_backups(path)) == 1
    assert backup.verify_copy(_backups(path)[0], key) == 1


def test_a_failing_migration_changes_nothing_and_leaves_the_backup(db: Database) -> None:
    path, key = db.path, db.data_key
    db.close()
    _downgrade_to_v1(path, key)
    # Something the migration's second statement collides with: its index name.
    conn = connection.connect(path, key)
    with conn:
        conn.execute("CREATE TABLE clash (x INTEGER)")
        conn.execute("CREATE INDEX reports_period ON clash (x)")
    conn.close()

    with pytest.raises(StorageError):
        Database.open(path, "admin", PASSWORD)

    # The migration ran in one transaction: its first statement was rolled back too.
    assert _version(path, key) == 1
    assert "reports" not in _tables(path, key)
    assert len(_backups(path)) == 1
    assert backup.verify_copy(_backups(path)[0], key, expected_version=1) == 1


def test_migrations_are_ordered_and_complete() -> None:
    assert len(schema.MIGRATIONS) == schema.SCHEMA_VERSION
    assert schema.MIGRATIONS[0] is schema.MIGRATION_1
    for script in schema.MIGRATIONS:
        assert database._statements(script)
