"""Restoring: the records, the schema version and the change log come back exactly
(full dumps compared), the replaced database is kept and can itself be restored, and a
damaged database is replaced by its newest good backup (DATA-SAFETY.md promises 3, 7)."""

from __future__ import annotations

import os
import random
import shutil
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from gbv_desktop.domain import demo
from gbv_desktop.domain.records import Activity, Case, Service, Survivor, SurvivorIdentity
from gbv_desktop.storage import audit, autobackup, backup
from gbv_desktop.storage.connection import full_check
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import DatabaseDamaged, KeyFileMissing, WrongPassword
from gbv_desktop.storage.keys import keys_path
from gbv_desktop.storage.records import RecordStore
from tests.conftest import PASSWORD

TODAY = date(2025, 12, 31)


def full_dump(db: Database) -> dict[str, Any]:
    """Every row of every table, the schema's SQL and version: what "identical" means."""
    conn = db.conn
    schema = list(conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"))
    tables = [name for kind, name, _t, _s in schema if kind == "table"]
    return {
        "user_version": conn.execute("PRAGMA user_version").fetchone()[0],
        "schema": schema,
        "rows": {t: list(conn.execute(f"SELECT * FROM {t} ORDER BY rowid")) for t in tables},
    }


@pytest.fixture
def filled(db: Database) -> Database:
    store = RecordStore(db)
    store.save_many(list(demo.generate(seed=7, records=300, end=TODAY)), today=TODAY)
    store.save(
        Case(
            reported_on=date(2025, 5, 2),
            channel="hotline",
            survivor=Survivor("female", "ede", False, 1992),
            violence_types=["physical"],
            needs=["medical"],
            services=[Service("medical", date(2025, 5, 2), "health", "Trạm y tế")],
            identity=SurvivorIdentity("Hoàng Thị Yến", "0905 000 000", "Buôn Ea Tam"),
            story="Câu chuyện",
        ),
        today=TODAY,
    )
    db.add_user("lan", PASSWORD, "officer")
    return db


def _change(db: Database) -> None:
    store = RecordStore(db)
    store.delete("activity", store.search_ids("activity")[0])
    store.save(
        Activity(
            start_date=date(2025, 9, 1), title="Sau bản sao", form="online", setting="other",
            attendance_total=3,
        ),
        today=TODAY,
    )  # fmt: skip


def test_backup_then_restore_gives_identical_dumps(filled: Database) -> None:
    path, key = filled.path, filled.data_key
    expected = full_dump(filled)
    run = autobackup.run_backup(filled)
    _change(filled)
    changed = full_dump(filled)
    assert changed != expected
    filled.close()

    aside = backup.restore_backup(path, run.made[0].path, key)

    with Database.open(path, "admin", PASSWORD) as restored:
        assert full_dump(restored) == expected
        assert audit.verify(restored.conn) == []
        assert full_check(restored.conn) == []
    assert aside is not None
    with Database.open(aside, "admin", PASSWORD) as replaced:
        assert full_dump(replaced) == changed


def test_a_restore_can_be_undone_from_the_replaced_database_with_its_wal(
    filled: Database, tmp_path: Path
) -> None:
    """The replaced database is copied aside with its -wal (here: a database that was
    not closed cleanly, so its last changes are only in the WAL)."""
    path, key = filled.path, filled.data_key
    run = autobackup.run_backup(filled)
    _change(filled)
    changed = full_dump(filled)
    # A crash: copy the files of the open database (the WAL holds the changes).
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    for suffix in ("", "-wal"):
        shutil.copyfile(f"{path}{suffix}", crashed / f"unit.db{suffix}")
    shutil.copyfile(keys_path(path), keys_path(crashed / "unit.db"))
    filled.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    for suffix in ("", "-wal"):
        shutil.copyfile(crashed / f"unit.db{suffix}", f"{path}{suffix}")
    assert Path(f"{path}-wal").stat().st_size > 0

    aside = backup.restore_backup(path, run.made[0].path, key)
    assert aside is not None and Path(f"{aside}-wal").exists()
    entries = backup.find_backups(path, path.parent / "backups")
    assert entries[0].kind == backup.KIND_REPLACED and entries[0].path == aside

    backup.restore_backup(path, aside, key)  # undo
    with Database.open(path, "admin", PASSWORD) as undone:
        assert full_dump(undone) == changed


def test_a_damaged_database_is_replaced_by_its_newest_good_backup(
    filled: Database, tmp_path: Path
) -> None:
    path, key = filled.path, filled.data_key
    older = autobackup.run_backup(filled).made[0].path
    _change(filled)
    expected = full_dump(filled)
    newer = autobackup.run_backup(filled).made[0].path
    # Name the two backups an hour apart and damage the newest one.
    stamp = datetime.now()
    older = older.rename(older.with_name(backup.backup_name(path, stamp - timedelta(hours=2))))
    newest_bad = newer.with_name(backup.backup_name(path, stamp + timedelta(hours=1)))
    shutil.copyfile(newer, newest_bad)
    shutil.copyfile(keys_path(newer), keys_path(newest_bad))
    raw = bytearray(newest_bad.read_bytes())
    raw[len(raw) // 2] ^= 0x40
    newest_bad.write_bytes(bytes(raw))
    filled.close()
    raw = bytearray(path.read_bytes())
    rng = random.Random(3)
    for _ in range(3):
        raw[rng.randrange(4096, len(raw))] ^= 0x01
    path.write_bytes(bytes(raw))
    damaged = path.read_bytes()

    with pytest.raises(DatabaseDamaged):
        Database.open(path, "admin", PASSWORD)
    # The key still unwraps from the key file with the password; the database is not opened.
    assert backup.unlock_key(path, "admin", PASSWORD) == key
    with pytest.raises(WrongPassword):
        backup.unlock_key(path, "admin", "not the password")
    good = backup.newest_good_backup(path, [path.parent / "backups", tmp_path / "absent"], key)
    assert good is not None and good.path == newer

    aside = backup.restore_backup(path, good.path, key)
    assert aside is not None and aside.read_bytes() == damaged  # kept, never overwritten
    with Database.open(path, "admin", PASSWORD) as restored:
        assert full_dump(restored) == expected


def test_unlock_key_without_a_key_file(filled: Database) -> None:
    path = filled.path
    filled.close()
    os.remove(keys_path(path))
    with pytest.raises(KeyFileMissing):
        backup.unlock_key(path, "admin", PASSWORD)


def test_a_backup_of_another_database_is_not_a_candidate(filled: Database, make_db: Any) -> None:
    other = make_db("other.db")
    foreign = other.backup(filled.path.parent / "backups")
    renamed = foreign.path.with_name(backup.backup_name(filled.path))
    foreign.path.rename(renamed)
    keys_path(foreign.path).rename(keys_path(renamed))
    assert not backup.belongs_to(renamed, filled.data_key)
    assert backup.newest_good_backup(filled.path, [renamed.parent], filled.data_key) is None
    own = filled.backup(filled.path.parent / "backups", "manual")
    assert backup.belongs_to(own.path, filled.data_key)
    found = backup.newest_good_backup(filled.path, [renamed.parent], filled.data_key)
    assert found is not None and found.path == own.path
