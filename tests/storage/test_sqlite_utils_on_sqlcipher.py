"""Every sqlite-utils call the storage layer uses, on a real SQLCipher connection.

sqlite-utils catches the standard library's sqlite3 exceptions; sqlcipher3 raises its
own classes, so error paths are tested too (DATA-SAFETY.md, "Pitfalls").
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
import sqlite_utils
from sqlite_utils.db import NotFoundError

from gbv_desktop.storage import connection

SQLITE_HEADER = b"SQLite format 3"


@pytest.fixture
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def conn(tmp_path: Path, key: bytes) -> Iterator[connection.Connection]:
    c = connection.connect(tmp_path / "utils.db", key)
    yield c
    c.close()


@pytest.fixture
def udb(conn: connection.Connection) -> sqlite_utils.Database:
    db = connection.utils(conn)
    db.execute(
        "CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, hamlet TEXT DEFAULT '')"
    )
    db.execute(
        "CREATE TABLE visits (person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE, "
        "day TEXT NOT NULL, PRIMARY KEY (person_id, day))"
    )
    return db


def test_database_over_our_connection(conn: connection.Connection) -> None:
    db = connection.utils(conn)
    assert isinstance(db, sqlite_utils.Database)
    assert db.conn is conn
    # sqlite-utils must not change the safety pragmas.
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert not conn.in_transaction


def test_insert_last_pk(udb: sqlite_utils.Database) -> None:
    assert udb["people"].insert({"name": "Hoa"}).last_pk == 1
    assert udb["people"].insert({"name": "Lan", "hamlet": "Thôn 2"}).last_pk == 2
    assert udb["people"].insert({"id": 10, "name": "Mai"}).last_pk == 10
    # Without pk=..., a compound-key table reports the rowid (sqlite-utils behaviour).
    assert udb["visits"].insert({"person_id": 1, "day": "2024-01-01"}).last_rowid == 1
    assert not udb.conn.in_transaction


def test_insert_all_from_a_generator(udb: sqlite_utils.Database) -> None:
    udb["people"].insert_all({"name": f"Người {i}"} for i in range(250))
    udb["visits"].insert_all({"person_id": i + 1, "day": "2024-02-02"} for i in range(3))
    udb["visits"].insert_all(iter([]))  # empty: nothing happens, no error
    assert udb["people"].count == 250
    assert udb["visits"].count == 3


def test_update_delete_count(udb: sqlite_utils.Database) -> None:
    people = udb["people"]
    people.insert_all([{"name": "A"}, {"name": "B"}, {"name": "C"}])
    people.update(2, {"name": "Bình", "hamlet": "Buôn Ea Tam"})
    assert people.get(2) == {"id": 2, "name": "Bình", "hamlet": "Buôn Ea Tam"}
    people.delete(3)
    assert people.count == 2
    assert udb["visits"].count == 0


def test_exists_and_table_names(udb: sqlite_utils.Database) -> None:
    assert udb["people"].exists()
    assert not udb["nothing_here"].exists()
    assert udb.table_names() == ["people", "visits"]


def test_rows_where_and_query(udb: sqlite_utils.Database) -> None:
    udb["people"].insert_all([{"name": "Hoa", "hamlet": "1"}, {"name": "Lan", "hamlet": "2"}])
    assert list(udb["people"].rows_where("hamlet = ?", ["2"])) == [
        {"id": 2, "name": "Lan", "hamlet": "2"}
    ]
    assert next(iter(udb["people"].rows_where(order_by="id DESC", limit=1)))["name"] == "Lan"
    assert list(udb.query("SELECT name FROM people WHERE id = :id", {"id": 1})) == [{"name": "Hoa"}]


def test_foreign_keys_cascade_through_sqlite_utils(udb: sqlite_utils.Database) -> None:
    udb["people"].insert({"name": "Hoa"})
    udb["visits"].insert({"person_id": 1, "day": "2024-01-01"})
    udb["people"].delete(1)
    assert udb["visits"].count == 0
    with pytest.raises(sqlcipher3.IntegrityError):
        udb["visits"].insert({"person_id": 99, "day": "2024-01-01"})


def test_calls_join_an_outer_transaction(udb: sqlite_utils.Database, tmp_path: Path) -> None:
    conn = udb.conn
    assert isinstance(conn, connection.Connection)
    with pytest.raises(RuntimeError), conn:
        udb["people"].insert({"name": "Hoa"})
        udb["people"].insert_all([{"name": "Lan"}])
        udb["people"].update(1, {"name": "Hoa 2"})
        assert conn.in_transaction
        raise RuntimeError("roll back")
    assert udb["people"].count == 0
    assert not conn.in_transaction


def test_file_stays_encrypted(udb: sqlite_utils.Database, tmp_path: Path) -> None:
    udb["people"].insert_all({"name": f"Nguyễn Văn Canary{i}"} for i in range(50))
    udb.conn.close()
    for name in ("utils.db", "utils.db-wal"):
        path = tmp_path / name
        if path.exists():
            data = path.read_bytes()
            assert not data.startswith(SQLITE_HEADER)
            assert b"Canary" not in data and b"people" not in data


# -- error paths ---------------------------------------------------------------------


def test_get_missing_raises_not_found(udb: sqlite_utils.Database) -> None:
    with pytest.raises(NotFoundError):
        udb["people"].get(12345)
    with pytest.raises(NotFoundError):
        udb["visits"].get(1)  # wrong number of key values


def test_drop_ignore_on_a_missing_table_raises_sqlcipher_error(
    udb: sqlite_utils.Database,
) -> None:
    """What actually happens (sqlite-utils 4.x on sqlcipher3 0.6): `drop(ignore=True)`
    catches only `sqlite3.OperationalError`, so sqlcipher3's own OperationalError
    escapes. Our code never calls `drop`; if it ever must, check `exists()` first.
    If this test starts failing, sqlite-utils now handles foreign driver exceptions.
    """
    with pytest.raises(sqlcipher3.OperationalError, match="no such table") as excinfo:
        udb["x"].drop(ignore=True)
    assert not isinstance(excinfo.value, sqlite3.OperationalError)
    assert not udb.conn.in_transaction
    # The safe pattern:
    if udb["x"].exists():
        udb["x"].drop()
    udb["people"].drop()
    assert udb.table_names() == ["visits"]


def test_duplicate_primary_key_raises_sqlcipher_integrity_error(
    udb: sqlite_utils.Database,
) -> None:
    udb["people"].insert({"id": 1, "name": "Hoa"})
    with pytest.raises(sqlcipher3.IntegrityError) as excinfo:
        udb["people"].insert({"id": 1, "name": "Lan"})
    assert not isinstance(excinfo.value, sqlite3.IntegrityError)
    assert excinfo.value.__class__ is connection.IntegrityError
    assert not udb.conn.in_transaction
    with pytest.raises(sqlcipher3.IntegrityError):
        udb["people"].insert_all([{"id": 2, "name": "B"}, {"id": 2, "name": "C"}])
    # The failed batch left nothing behind.
    assert [r["id"] for r in udb["people"].rows] == [1]


def test_not_null_violation_raises_sqlcipher_integrity_error(udb: sqlite_utils.Database) -> None:
    with pytest.raises(sqlcipher3.IntegrityError):
        udb["people"].insert({"hamlet": "no name"})


def test_update_of_a_missing_row_raises_not_found(udb: sqlite_utils.Database) -> None:
    with pytest.raises(NotFoundError):
        udb["people"].update(404, {"name": "x"})
