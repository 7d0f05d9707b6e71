"""Verified, encrypted backups and one-step restore."""

from __future__ import annotations

import dataclasses
import os
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from gbv_desktop.domain.records import (
    Activity,
    Case,
    Service,
    Survivor,
    SurvivorIdentity,
    Training,
)
from gbv_desktop.storage import audit, backup, connection
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import DatabaseDamaged, StorageError
from gbv_desktop.storage.keys import keys_path
from gbv_desktop.storage.records import SPECS, RecordStore
from gbv_desktop.storage.schema import SCHEMA_VERSION

PASSWORD = "correct horse 1"  # the password tests/conftest.py gives the `db` fixture
CANARY = "Hoàng-Yến-backup-5c1e"
SQLITE_HEADER = b"SQLite format 3"


def _fill(store: RecordStore) -> None:
    store.save(
        Activity(
            start_date=date(2024, 3, 8),
            title=f"Nói chuyện {CANARY}",
            form="talk",
            setting="school",
            attendance_total=40,
        )
    )
    store.save(
        Case(
            reported_on=date(2024, 5, 2),
            channel="hotline",
            survivor=Survivor("female", "ede", False, 1992),
            violence_types=["physical"],
            needs=["medical"],
            services=[Service("medical", date(2024, 5, 2), "health", "Trạm y tế")],
            identity=SurvivorIdentity(CANARY, "0905 000 000", "Buôn Ea Tam"),
            story=f"Câu chuyện {CANARY}",
        )
    )
    store.save(
        Training(
            start_date=date(2024, 4, 1),
            topic="Tập huấn",
            organiser="Phường",
            participants={"official": (2, 1)},
        )
    )


def _snapshot(db: Database) -> dict[str, Any]:
    store = RecordStore(db)
    return {
        "records": {
            kind: [dataclasses.asdict(r) for r in store.all(kind, with_identity=True)]  # type: ignore[call-overload]
            for kind in SPECS
        },
        "schema": db.schema_version,
        "audit": audit.entries(db.conn),
        "users": db.users(),
        "meta": list(db.conn.execute("SELECT key, value FROM meta ORDER BY key")),
    }


def _scan(data: bytes) -> None:
    assert not data.startswith(SQLITE_HEADER)
    for encoding in ("utf-8", "utf-16-le"):
        assert CANARY.encode(encoding) not in data
        assert b"survivor_identities" not in data


@pytest.fixture
def filled(db: Database) -> Database:
    _fill(RecordStore(db))
    return db


# -- making backups ------------------------------------------------------------------


def test_make_backup_writes_a_verified_encrypted_copy_and_its_keys(
    filled: Database, tmp_path: Path
) -> None:
    dest = tmp_path / "usb"
    info = filled.backup(dest)
    assert info.path.parent == dest and info.path.name.endswith(".gbvbak")
    assert info.path.name.startswith("unit-")
    assert info.size == info.path.stat().st_size > 0
    assert info.user_version == SCHEMA_VERSION
    assert keys_path(info.path) == dest / (info.path.name + ".keys")
    assert keys_path(info.path).read_bytes() == keys_path(filled.path).read_bytes()
    assert sorted(p.name for p in dest.iterdir()) == sorted(
        [info.path.name, info.path.name + ".keys"]
    )  # no temporary file left behind
    assert backup.verify_copy(info.path, filled.data_key) == SCHEMA_VERSION
    assert backup.verify_copy(info.path, filled.data_key, SCHEMA_VERSION) == SCHEMA_VERSION
    _scan(info.path.read_bytes())
    _scan(keys_path(info.path).read_bytes())


def test_backup_has_the_records_and_opens_with_the_password(
    filled: Database, tmp_path: Path
) -> None:
    info = filled.backup(tmp_path / "usb", label="manual")
    assert "-manual" in info.path.name
    expected = _snapshot(filled)
    with Database.open(info.path, "admin", PASSWORD) as copy:
        assert _snapshot(copy) == expected
        assert connection.full_check(copy.conn) == []


def test_verify_copy_refuses_a_different_schema_version(filled: Database, tmp_path: Path) -> None:
    info = filled.backup(tmp_path / "usb")
    with pytest.raises(DatabaseDamaged):
        backup.verify_copy(info.path, filled.data_key, SCHEMA_VERSION + 1)


def test_verify_copy_refuses_a_wrong_key(filled: Database, tmp_path: Path) -> None:
    info = filled.backup(tmp_path / "usb")
    with pytest.raises(DatabaseDamaged):
        backup.verify_copy(info.path, bytes(32))


def test_backups_made_in_the_same_second_are_all_kept(filled: Database, tmp_path: Path) -> None:
    dest = tmp_path / "usb"
    paths = {filled.backup(dest).path for _ in range(3)}
    assert len(paths) == 3
    assert all(p.exists() and keys_path(p).exists() for p in paths)


def test_list_backups_newest_first(filled: Database, tmp_path: Path) -> None:
    dest = tmp_path / "usb"
    assert backup.list_backups(dest) == []
    first = filled.backup(dest).path
    second = filled.backup(dest).path
    third = filled.backup(dest).path
    now = datetime.now().timestamp()
    for age, path in ((300, first), (200, second), (100, third)):
        os.utime(path, (now - age, now - age))
    assert backup.list_backups(dest) == [third, second, first]
    os.utime(first, (now, now))
    assert backup.list_backups(dest) == [first, third, second]
    (dest / "notes.txt").write_text("not a backup", "utf-8")
    assert len(backup.list_backups(dest)) == 3
    assert backup.list_backups(tmp_path / "nowhere") == []


# -- restoring -----------------------------------------------------------------------


def test_restore_returns_the_records_schema_and_log_and_keeps_the_replaced_database(
    filled: Database, tmp_path: Path
) -> None:
    path, key = filled.path, filled.data_key
    info = filled.backup(tmp_path / "usb")
    expected = _snapshot(filled)
    store = RecordStore(filled)
    store.delete("case", 1)
    store.save(
        Activity(
            start_date=date(2024, 9, 1),
            title="Sau bản sao",
            form="online",
            setting="other",
        )
    )
    after_backup = _snapshot(filled)
    filled.close()

    aside = backup.restore_backup(path, info.path, key)

    assert aside is not None and aside.exists()
    assert aside.parent == path.parent / "backups"
    assert keys_path(aside).exists()
    assert info.path.exists()  # the backup itself is untouched
    with Database.open(path, "admin", PASSWORD) as restored:
        assert _snapshot(restored) == expected
        assert restored.schema_version == SCHEMA_VERSION
        assert audit.verify(restored.conn) == []
        assert connection.full_check(restored.conn) == []
    with Database.open(aside, "admin", PASSWORD) as replaced:
        assert _snapshot(replaced) == after_backup


def test_restore_keeps_passwords_set_since_the_backup(filled: Database, tmp_path: Path) -> None:
    path, key = filled.path, filled.data_key
    info = filled.backup(tmp_path / "usb")
    filled.add_user("lan", "password of lan", "officer")
    filled.set_password("admin", "admin changed it")
    filled.close()
    backup.restore_backup(path, info.path, key)
    with Database.open(path, "admin", "admin changed it") as restored:
        # The account row comes from the backup; the key file was kept.
        assert [u.username for u in restored.users()] == ["admin"]


def test_restore_where_no_database_is_left(filled: Database, tmp_path: Path) -> None:
    path, key = filled.path, filled.data_key
    info = filled.backup(tmp_path / "usb")
    expected = _snapshot(filled)
    filled.close()
    connection.remove_database_files(path)
    keys_path(path).unlink()
    assert backup.restore_backup(path, info.path, key) is None
    with Database.open(path, "admin", PASSWORD) as restored:
        assert _snapshot(restored) == expected


def test_restoring_twice_never_overwrites_a_replaced_database(
    filled: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both restores happen "in the same second" (a fixed clock), as a double click would.

    BUG (found by this test): the aside name has one-second resolution and no
    collision check, so the second restore overwrites the first replaced database.
    """
    path, key = filled.path, filled.data_key
    info = filled.backup(tmp_path / "usb")
    RecordStore(filled).save(
        Activity(
            start_date=date(2024, 9, 1), title="Chỉ ở bản bị thay", form="online", setting="other"
        )
    )
    filled.close()

    class FixedClock(datetime):
        @classmethod
        def now(cls, tz: Any = None) -> FixedClock:  # type: ignore[override]
            return cls(2025, 1, 2, 3, 4, 5)

    monkeypatch.setattr(backup, "datetime", FixedClock)
    first_aside = backup.restore_backup(path, info.path, key)
    assert first_aside is not None
    first_bytes = first_aside.read_bytes()
    second_aside = backup.restore_backup(path, info.path, key)
    assert second_aside is not None
    assert second_aside != first_aside
    assert first_aside.read_bytes() == first_bytes


@pytest.mark.parametrize(
    "where",
    [
        pytest.param(lambda size: 64, id="first-page"),
        pytest.param(lambda size: size // 2, id="middle"),
    ],
)
def test_corrupted_backup_is_refused_and_the_database_is_unchanged(
    filled: Database, tmp_path: Path, where: Any
) -> None:
    """BUG (found by the "middle" case): `verify_copy` lets sqlcipher3.DatabaseError
    ("database disk image is malformed") from the quick check escape instead of
    raising DatabaseDamaged; `restore_backup` inherits it.
    """
    path, key = filled.path, filled.data_key
    info = filled.backup(tmp_path / "usb")
    filled.close()
    raw = bytearray(info.path.read_bytes())
    offset = where(len(raw))
    raw[offset : offset + 32] = bytes(b ^ 0xFF for b in raw[offset : offset + 32])
    info.path.write_bytes(bytes(raw))
    before = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}

    with pytest.raises(DatabaseDamaged):
        backup.verify_copy(info.path, key)
    with pytest.raises(StorageError):
        backup.restore_backup(path, info.path, key)

    after = {p.name: p.read_bytes() for p in path.parent.iterdir() if p.is_file()}
    assert after == before
    assert not (path.parent / "backups").exists()
    Database.open(path, "admin", PASSWORD).close()
