"""The command line, in process (fast) and once as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from gbv_desktop import cli
from gbv_desktop.storage.database import Database
from tests.conftest import PASSWORD

INIT = ["init", "--unit-name", "Tân Lợi", "--unit-code", "24133", "--level", "ward"]


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GBV_PASSWORD", PASSWORD)
    monkeypatch.delenv("GBV_USER", raising=False)


def run(*args: str) -> int:
    return cli.main(list(args))


def test_init_creates_database_and_prints_recovery_key_once(tmp_path, env, capsys):
    db_path = tmp_path / "ward.db"
    assert run("--lang", "en", "--db", str(db_path), *INIT) == 0
    out = capsys.readouterr().out
    assert "RECOVERY KEY" in out
    key_line = next(line.strip() for line in out.splitlines() if line.startswith("    "))
    # The printed key really opens the database.
    Database.open_with_recovery(db_path, key_line, "admin").close()
    assert (tmp_path / "ward.db.keys").exists()


def test_init_refuses_existing_database_and_changes_nothing(tmp_path, env, capsys):
    db_path = tmp_path / "ward.db"
    assert run("--db", str(db_path), *INIT) == 0
    before = db_path.read_bytes(), (tmp_path / "ward.db.keys").read_bytes()
    capsys.readouterr()
    assert run("--lang", "en", "--db", str(db_path), *INIT) == 1
    err = capsys.readouterr().err
    assert "already exists" in err
    assert (db_path.read_bytes(), (tmp_path / "ward.db.keys").read_bytes()) == before


def test_init_rejects_bad_unit_code_naming_the_field(tmp_path, env, capsys):
    code = run("--lang", "en", "--db", str(tmp_path / "w.db"), "init", "--unit-name", "X",
               "--unit-code", "123", "--level", "ward")  # fmt: skip
    assert code == 1
    err = capsys.readouterr().err
    assert "code:" in err and "5 digits" in err
    assert not (tmp_path / "w.db").exists()


def test_messages_are_vietnamese_by_default(tmp_path, env, capsys):
    assert run("--db", str(tmp_path / "missing.db"), "check") == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("Không có cơ sở dữ liệu")
    assert len(err.splitlines()) == 1


def test_wrong_password_one_clear_line(tmp_path, env, capsys, monkeypatch):
    db_path = tmp_path / "ward.db"
    run("--db", str(db_path), *INIT)
    capsys.readouterr()
    monkeypatch.setenv("GBV_PASSWORD", "not the password")
    assert run("--lang", "en", "--db", str(db_path), "check") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["Wrong account name or password."]


def test_password_never_taken_from_arguments(tmp_path, env):
    with pytest.raises(SystemExit) as exc:
        run("--db", str(tmp_path / "x.db"), "check", "--password", "x")
    assert exc.value.code == 2


def test_missing_password_without_terminal(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("GBV_PASSWORD", raising=False)
    monkeypatch.setattr(sys, "stdin", None)
    assert run("--lang", "en", "--db", str(tmp_path / "x.db"), *INIT) == 1
    assert "GBV_PASSWORD" in capsys.readouterr().err


def test_check_reports_counts_and_passes(tmp_path, env, capsys):
    db_path = tmp_path / "ward.db"
    run("--db", str(db_path), *INIT)
    capsys.readouterr()
    assert run("--lang", "en", "--db", str(db_path), "check") == 0
    out = capsys.readouterr().out
    assert "Integrity and encryption checks: passed." in out
    assert "Change log chain: intact." in out
    from gbv_desktop.storage.schema import SCHEMA_VERSION

    assert f"Schema version: {SCHEMA_VERSION} (this program: {SCHEMA_VERSION})" in out


def test_check_detects_tampered_change_log(tmp_path, env, capsys):
    db_path = tmp_path / "ward.db"
    run("--db", str(db_path), *INIT)
    db = Database.open(db_path, "admin", PASSWORD)
    db.conn.execute("UPDATE audit SET username = 'someone else' WHERE id = 1")
    db.close()
    capsys.readouterr()
    assert run("--lang", "en", "--db", str(db_path), "check") == 1
    assert "altered" in capsys.readouterr().out


def test_backup_and_restore_round_trip(tmp_path, env, capsys):
    from datetime import date

    from gbv_desktop.domain.records import Inspection
    from gbv_desktop.storage.records import RecordStore

    db_path = tmp_path / "ward.db"
    run("--db", str(db_path), *INIT)
    with Database.open(db_path, "admin", PASSWORD) as db:
        RecordStore(db).save(Inspection(inspected_on=date(2025, 3, 1), subject="Kiểm tra mô hình"))
    assert run("--db", str(db_path), "backup", "--to", str(tmp_path / "usb")) == 0
    backups = list((tmp_path / "usb").glob("*.gbvbak"))
    assert len(backups) == 1 and (tmp_path / "usb" / (backups[0].name + ".keys")).exists()
    with Database.open(db_path, "admin", PASSWORD) as db:
        RecordStore(db).save(Inspection(inspected_on=date(2025, 3, 2), subject="Sau sao lưu"))
    assert run("--db", str(db_path), "restore", str(backups[0])) == 0
    with Database.open(db_path, "admin", PASSWORD) as db:
        assert RecordStore(db).count("inspection") == 1
    kept = list((tmp_path / "backups").glob("*replaced*.db"))
    assert kept, "the replaced database must be kept aside"


def test_restore_missing_backup(tmp_path, env, capsys):
    db_path = tmp_path / "ward.db"
    run("--db", str(db_path), *INIT)
    capsys.readouterr()
    assert run("--lang", "en", "--db", str(db_path), "restore", str(tmp_path / "nope.gbvbak")) == 1
    assert "no backup" in capsys.readouterr().err


def test_demo_export_import_round_trip(tmp_path, env, capsys):
    db_path = tmp_path / "ward.db"
    assert run("--db", str(db_path), "demo", "--seed", "2", "--years", "1") == 0
    out_file = tmp_path / "records.json"
    assert run("--db", str(db_path), "export", "--out", str(out_file)) == 0
    document = json.loads(out_file.read_text("utf-8"))
    total = sum(len(v) for v in document["records"].values())
    assert total > 20
    other = tmp_path / "other.db"
    run("--db", str(other), *INIT)
    assert run("--db", str(other), "import", str(out_file)) == 0
    with (
        Database.open(db_path, "admin", PASSWORD) as a,
        Database.open(other, "admin", PASSWORD) as b,
    ):
        from gbv_desktop.storage.records import RecordStore

        assert RecordStore(a).count() == RecordStore(b).count()


def test_demo_is_deterministic(tmp_path, env):
    from gbv_desktop.storage.records import RecordStore

    counts = []
    for name in ("a.db", "b.db"):
        run("--db", str(tmp_path / name), "demo", "--seed", "5", "--years", "1", "--records", "300")
        with Database.open(tmp_path / name, "admin", PASSWORD) as db:
            store = RecordStore(db)
            counts.append((store.count(), [a.title for a in store.all("activity")]))
    assert counts[0] == counts[1]
    assert sum(counts[0][0].values()) == 300


def test_real_process_module_entry_point(tmp_path):
    """`python -m gbv_desktop` works as a real process, with the password from the environment."""
    env = dict(os.environ, GBV_PASSWORD=PASSWORD, QT_QPA_PLATFORM="offscreen")
    db_path = tmp_path / "ward.db"
    done = subprocess.run(
        [sys.executable, "-m", "gbv_desktop", "--lang", "en", "--db", str(db_path), *INIT],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "RECOVERY KEY" in done.stdout
    assert PASSWORD not in done.stdout + done.stderr
    assert db_path.exists()


def test_no_file_written_in_the_working_directory(tmp_path, env, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run("--db", str(tmp_path / "sub" / "ward.db"), *INIT)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sub"]
    assert Path(tmp_path / "sub" / "ward.db").exists()
