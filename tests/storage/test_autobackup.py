"""Automatic backups: when they are made, where, how they are thinned, and what a full
or missing destination does (DATA-SAFETY.md promises 7 and 8)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from gbv_desktop.domain import demo
from gbv_desktop.domain.records import Activity
from gbv_desktop.storage import autobackup, backup
from gbv_desktop.storage.autobackup import LastBackup, thin
from gbv_desktop.storage.backup import (
    KIND_AUTO,
    KIND_MANUAL,
    KIND_MIGRATION,
    KIND_REPLACED,
    BackupFolderMissing,
)
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import DiskFull
from gbv_desktop.storage.keys import keys_path
from gbv_desktop.storage.records import RecordStore
from tests.conftest import PASSWORD

REPO = Path(__file__).resolve().parents[2]
NOW = datetime(2025, 6, 30, 12, 0, 0)


def _activity(title: str = "Nói chuyện") -> Activity:
    return Activity(
        start_date=date(2025, 3, 8), title=title, form="talk", setting="school", attendance_total=20
    )


# -- thinning ------------------------------------------------------------------------


def _hourly(days: int, now: datetime = NOW) -> list[tuple[datetime, datetime]]:
    return [(now - timedelta(hours=h), now - timedelta(hours=h)) for h in range(days * 24)]


def test_thin_keeps_two_days_then_daily_weekly_monthly() -> None:
    backups = _hourly(400)
    deleted = set(thin(backups, NOW))
    kept = sorted((t for t, _ in backups if t not in deleted), reverse=True)

    recent = [t for t in kept if NOW - t < timedelta(days=2)]
    assert len(recent) == 48  # every hourly backup of the last 2 days
    daily = [t for t in kept if timedelta(days=2) <= NOW - t < timedelta(days=14)]
    assert len({t.date() for t in daily}) == len(daily)  # one a day
    assert len(daily) in (12, 13)  # the 12 days from day 2 to day 14 (a partial day at each end)
    weekly = [t for t in kept if timedelta(days=14) <= NOW - t < timedelta(days=91)]
    assert len({t.isocalendar()[:2] for t in weekly}) == len(weekly)  # one a week
    assert 10 <= len(weekly) <= 12
    monthly = [t for t in kept if NOW - t >= timedelta(days=91)]
    assert len({(t.year, t.month) for t in monthly}) == len(monthly)  # one a month
    assert 10 <= len(monthly) <= 11
    assert kept[0] == NOW  # the newest
    assert len(kept) == len(recent) + len(daily) + len(weekly) + len(monthly)
    # The newest of each day/week/month is the one kept.
    for t in daily:
        assert not any(o.date() == t.date() and o > t for o, _ in backups if o in deleted)


def test_thin_is_stable_and_keeps_the_newest() -> None:
    backups = _hourly(200)
    deleted = set(thin(backups, NOW))
    remaining = [(t, t) for t, _ in backups if t not in deleted]
    assert thin(remaining, NOW) == []
    # Thinning later only ever deletes more of what was left, never the newest.
    later = NOW + timedelta(days=30)
    assert NOW not in thin(remaining, later)


def test_thin_never_deletes_the_newest_or_a_lone_old_backup() -> None:
    assert thin([], NOW) == []
    very_old = datetime(2017, 3, 20, 9, 0)
    assert thin([("only", very_old)], NOW) == []
    # Two old backups in the same month: the newer stays.
    assert thin([("a", very_old), ("b", very_old - timedelta(days=1))], NOW) == ["b"]


def test_thin_keeps_backups_from_a_clock_set_ahead() -> None:
    future = [(f"f{i}", NOW + timedelta(days=i)) for i in range(1, 5)]
    assert thin([*future, ("now", NOW)], NOW) == []


def test_thin_accepts_any_item_type() -> None:
    items = [({"id": i}, NOW - timedelta(days=20, hours=i)) for i in range(3)]
    deleted = thin(items, NOW)
    assert deleted == [items[1][0], items[2][0]]


def _fake_backup(folder: Path, db_path: Path, when: datetime, label: str, keys: bytes) -> Path:
    name = backup.backup_name(db_path, when, label)
    path = folder / name
    path.write_bytes(b"x")
    keys_path(path).write_bytes(keys)
    return path


def test_thin_folder_deletes_only_automatic_backups_of_this_database(
    db: Database, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    own_keys = keys_path(db.path).read_bytes()
    other = json.loads(own_keys)
    other["database_id"] = "another-unit"
    other_keys = json.dumps(other).encode()
    old = NOW - timedelta(days=40)
    autos = [
        _fake_backup(folder, db.path, old - timedelta(hours=h), "", own_keys) for h in range(5)
    ]
    manual = _fake_backup(folder, db.path, old - timedelta(hours=7), "manual", own_keys)
    migration = _fake_backup(folder, db.path, old - timedelta(hours=8), "before-v2", own_keys)
    foreign = [
        _fake_backup(folder, db.path, old - timedelta(hours=9, minutes=h), "", other_keys)
        for h in range(3)
    ]
    no_keys = folder / backup.backup_name(db.path, old - timedelta(hours=10))
    no_keys.write_bytes(b"x")
    replaced = folder / f"unit-replaced-{old:%Y%m%d-%H%M%S}.db"
    replaced.write_bytes(b"x")
    unrelated = folder / "notes.txt"
    unrelated.write_text("keep me", "utf-8")

    deleted = autobackup.thin_folder(db.path, folder, db.keyfile.database_id, NOW)

    assert sorted(deleted) == sorted(autos[1:])
    for path in autos[1:]:
        assert not path.exists() and not keys_path(path).exists()
    for path in (autos[0], manual, migration, *foreign, no_keys, replaced, unrelated):
        assert path.exists()


def test_find_backups_reads_kinds_and_times(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    keys = keys_path(db.path).read_bytes()
    when = datetime(2025, 1, 2, 3, 4, 5)
    _fake_backup(folder, db.path, when, "", keys)
    _fake_backup(folder, db.path, when + timedelta(seconds=1), "manual", keys)
    _fake_backup(folder, db.path, when + timedelta(seconds=2), "before-v2", keys)
    _fake_backup(folder, db.path, when + timedelta(seconds=3), "1", keys)
    (folder / "unit-replaced-20250102-030409.db").write_bytes(b"abc")
    (folder / "unit-replaced-20250102-030409.db-wal").write_bytes(b"defg")
    (folder / "other-20250102-030405.gbvbak").write_bytes(b"x")  # another database's name
    (folder / "unit-2025-bad.gbvbak").write_bytes(b"x")
    entries = backup.find_backups(db.path, folder)
    assert [(e.when.second, e.kind) for e in entries] == [
        (9, KIND_REPLACED),
        (8, KIND_AUTO),
        (7, KIND_MIGRATION),
        (6, KIND_MANUAL),
        (5, KIND_AUTO),
    ]
    assert entries[0].size == 7  # with its -wal
    assert [e.protected for e in entries] == [True, False, True, True, False]
    assert len(backup.find_backups(db.path, folder, replaced=False)) == 4
    assert backup.find_backups(db.path, tmp_path / "missing") == []


# -- when ---------------------------------------------------------------------------


def test_delay_policy() -> None:
    last = LastBackup(NOW - timedelta(minutes=10), "2:abc")
    assert autobackup.delay(NOW, last, "2:abc") is None  # nothing changed
    assert autobackup.delay(NOW, last, "2:def") == pytest.approx(20 * 60)
    assert autobackup.delay(NOW + timedelta(hours=1), last, "2:def") == 0.0
    assert autobackup.delay(NOW, LastBackup(), "2:def") == 0.0  # never backed up
    assert autobackup.delay(NOW, LastBackup(NOW, None), "2:abc") == pytest.approx(30 * 60)
    assert autobackup.needed_at_exit(last, "2:def")
    assert not autobackup.needed_at_exit(last, "2:abc")
    assert autobackup.needed_at_exit(LastBackup(), "2:abc")


def test_the_marker_follows_every_change_and_is_read_back_from_the_backup(
    db: Database, tmp_path: Path
) -> None:
    first = autobackup.marker(db.conn)
    RecordStore(db).save(_activity())
    second = autobackup.marker(db.conn)
    assert second != first
    db.add_user("lan", PASSWORD, "officer")
    third = autobackup.marker(db.conn)
    assert third != second
    assert autobackup.last_backup(db.path, db.data_key, db.keyfile.database_id) == LastBackup()

    run = autobackup.run_backup(db)
    assert run.marker == third
    last = autobackup.last_backup(db.path, db.data_key, db.keyfile.database_id)
    assert last.marker == third and last.path == run.made[0].path
    assert autobackup.delay(datetime.now(), last, autobackup.marker(db.conn)) is None
    RecordStore(db).save(_activity("Sau sao lưu"))
    assert autobackup.needed_at_exit(last, autobackup.marker(db.conn))
    assert autobackup.marker_of(tmp_path / "nothing.gbvbak", db.data_key) is None


# -- making one ---------------------------------------------------------------------


def test_run_backup_makes_a_verified_backup_and_a_verified_copy(
    db: Database, tmp_path: Path
) -> None:
    RecordStore(db).save(_activity())
    stick = tmp_path / "usb"
    stick.mkdir()
    run = autobackup.run_backup(db, stick)
    assert run.problems == []
    home, copy = run.made
    assert home.path.parent == db.path.parent / "backups"
    assert copy.path == stick / home.path.name
    assert copy.path.read_bytes() == home.path.read_bytes()
    assert keys_path(copy.path).read_bytes() == keys_path(db.path).read_bytes()
    assert backup.verify_copy(copy.path, db.data_key) == db.schema_version
    assert sorted(p.name for p in stick.iterdir()) == sorted(
        [copy.path.name, keys_path(copy.path).name]
    )
    assert run.seconds > 0


def test_a_missing_drive_is_reported_and_the_home_backup_stands(
    db: Database, tmp_path: Path
) -> None:
    stick = tmp_path / "unplugged"
    run = autobackup.run_backup(db, stick)
    assert len(run.made) == 1 and run.made[0].path.exists()
    [(folder, problem)] = run.problems
    assert folder == stick and isinstance(problem, BackupFolderMissing)
    assert str(stick) in str(problem)
    assert not stick.exists()


def test_a_manual_backup_to_a_missing_drive_is_a_clear_error(db: Database, tmp_path: Path) -> None:
    with pytest.raises(BackupFolderMissing):
        autobackup.run_backup(db, dest=tmp_path / "gone" / "folder", label="manual")


def test_run_backup_thins_old_automatic_backups(db: Database, tmp_path: Path) -> None:
    folder = db.path.parent / "backups"
    folder.mkdir()
    keys = keys_path(db.path).read_bytes()
    now = datetime.now()
    old = [
        _fake_backup(folder, db.path, now - timedelta(days=30, hours=h), "", keys) for h in range(4)
    ]
    run = autobackup.run_backup(db)
    assert sorted(run.deleted) == sorted(old[1:])
    assert old[0].exists() and run.made[0].path.exists()


def test_backup_in_the_same_second_as_another_keeps_both(db: Database) -> None:
    first = autobackup.run_backup(db).made[0].path
    second = autobackup.run_backup(db).made[0].path
    assert first != second and first.exists() and second.exists()


# -- a full destination (RLIMIT_FSIZE in a child process) -----------------------------

CHILD = textwrap.dedent(
    """
    import json, os, resource, signal, sys
    from pathlib import Path

    from gbv_desktop.storage import autobackup, backup
    from gbv_desktop.storage.database import Database
    from gbv_desktop.storage.errors import StorageError

    db_path, password, what, dest, limit = sys.argv[1:6]
    limit = int(limit)
    db = Database.open(Path(db_path), "admin", password)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))
    try:
        if what == "backup":
            autobackup.run_backup(db, dest=Path(dest), label="manual")
        else:
            source = sorted(Path(db_path).parent.joinpath("backups").glob("*.gbvbak"))[0]
            backup.copy_backup(source, Path(dest), db.data_key)
    except StorageError as exc:
        print(json.dumps({"error": type(exc).__name__, "message": str(exc)}))
    except BaseException as exc:
        print(json.dumps({"error": "unexpected " + type(exc).__name__, "message": str(exc)}))
    else:
        print(json.dumps({"error": None}))
    finally:
        db.close()
    """
)


@pytest.fixture
def big(db: Database) -> Database:
    RecordStore(db).save_many(
        list(demo.generate(seed=3, records=1500, end=date(2025, 12, 31))), today=date(2025, 12, 31)
    )
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return db


def _child(db: Database, what: str, dest: Path, limit: int, tmp_path: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(db.path), PASSWORD, what, str(dest), str(limit)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX only")
def test_a_backup_to_a_full_destination_leaves_no_partial_backup(
    big: Database, tmp_path: Path
) -> None:
    dest = tmp_path / "full-stick"
    dest.mkdir()
    size = big.path.stat().st_size
    assert size > 1_000_000
    outcome = _child(big, "backup", dest, size // 3, tmp_path)
    assert outcome["error"] == "DiskFull", outcome
    assert str(DiskFull()) == outcome["message"]
    assert list(dest.iterdir()) == []  # no partial .gbvbak, no temporary file


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX only")
def test_a_copy_to_a_full_stick_leaves_no_partial_backup(big: Database, tmp_path: Path) -> None:
    autobackup.run_backup(big)
    dest = tmp_path / "full-stick"
    dest.mkdir()
    size = big.path.stat().st_size
    outcome = _child(big, "copy", dest, size // 3, tmp_path)
    assert outcome["error"] == "DiskFull", outcome
    assert list(dest.iterdir()) == []
