"""Killed mid-write: no acknowledged record is lost and the file stays sound (DATA-SAFETY 1).

A child process saves records through the storage layer in a loop and prints each id
only after its transaction committed; the parent kills it with SIGKILL at random moments,
at least 25 times, then checks that every acknowledged record is there, whole (with its
services and audit entry), and that SQLite's and SQLCipher's integrity checks are clean.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from gbv_desktop.storage import audit
from gbv_desktop.storage.connection import full_check
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore
from tests.conftest import PASSWORD

KILLS = 25

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from gbv_desktop.domain.records import Case, Service, Activity
    from gbv_desktop.storage.database import Database
    from gbv_desktop.storage.records import RecordStore

    db = Database.open(sys.argv[1], "admin", sys.argv[2])
    store = RecordStore(db)
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        if n % 2:
            record = Case(
                reported_on=date(2025, 3, 1), violence_types=["physical"], needs=["medical"],
                services=[Service("medical", date(2025, 3, 2), "health", f"service {n}")],
            )
        else:
            record = Activity(start_date=date(2025, 3, 1), title=f"activity {n}", attendance_total=n)
        record_id = store.save(record)
        print(record.kind, record_id, flush=True)
    """
)


@pytest.mark.slow
def test_kill_minus_nine_loses_no_acknowledged_record(db: Database, tmp_path: Path) -> None:
    path = db.path
    db.close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    acknowledged: dict[str, set[int]] = {"case": set(), "activity": set()}
    rng = random.Random(20261130)
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, str(script), str(path), PASSWORD],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + rng.uniform(0.05, 0.4)
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            kind, record_id = line.split()
            acknowledged[kind].add(int(record_id))
        child.send_signal(signal.SIGKILL)
        # Lines already written before the kill were acknowledged too.
        for line in child.stdout.read().splitlines():
            kind, record_id = line.split()
            acknowledged[kind].add(int(record_id))
        child.wait()
        assert child.returncode == -signal.SIGKILL

    assert sum(len(v) for v in acknowledged.values()) > KILLS
    with Database.open(path, "admin", PASSWORD) as reopened:
        assert full_check(reopened.conn) == []
        assert audit.verify(reopened.conn) == []
        store = RecordStore(reopened)
        for kind, ids in acknowledged.items():
            present = set(store.search_ids(kind, descending=False))
            assert ids <= present, f"lost {kind}: {sorted(ids - present)[:10]}"
        # Every case is whole: its service and its audit entry were committed with it.
        for record_id in acknowledged["case"]:
            case = store.get("case", record_id)
            assert len(case.services) == 1
        logged = {
            (e.record_kind, e.record_id)
            for e in audit.entries(reopened.conn, limit=1_000_000)
            if e.action == "create"
        }
        assert {("case", i) for i in acknowledged["case"]} <= logged
