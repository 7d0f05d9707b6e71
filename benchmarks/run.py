#!/usr/bin/env python3
"""Measure gbv-desktop's budgets on this machine and print them as JSON.

    .venv/bin/python benchmarks/run.py [--records 100000] [--out results.json]

Uses the real key derivation, a real encrypted database in a temporary folder and the
deterministic demo data, so two runs on one machine are comparable. Times are seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from gbv_desktop import __version__
from gbv_desktop.domain import demo
from gbv_desktop.domain.profile import default_profile
from gbv_desktop.storage import exchange
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore

PASSWORD = "benchmark password"


def timed(fn, repeat: int = 1) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def size_of(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*") if p.is_file())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--out", default=None)
    args = parser.parse_args()
    results: dict[str, object] = {
        "version": __version__,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "records": args.records,
    }
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "city.db"
        profile = default_profile("Buôn Ma Thuột", "643", "city")
        results["create_s"], (db, _recovery) = timed(
            lambda: Database.create(path, profile, "admin", PASSWORD)
        )
        end = date(2025, 12, 31)
        results["demo_generate_s"], records = timed(
            lambda: list(demo.generate(seed=1, years=5, records=args.records, end=end))
        )
        results["demo_save_s"], _ = timed(lambda: RecordStore(db).save_many(records, today=end))
        db.close()
        results["database_bytes"] = size_of(path)
        results["unlock_s"], db = timed(lambda: Database.open(path, "admin", PASSWORD), repeat=1)
        db.close()
        unlock_times = []
        for _ in range(3):
            t, db = timed(lambda: Database.open(path, "admin", PASSWORD))
            unlock_times.append(t)
            db.close()
        results["unlock_s"] = statistics.median(unlock_times)
        with Database.open(path, "admin", PASSWORD) as db:
            store = RecordStore(db)
            results["search_text_s"], ids = timed(
                lambda: store.search_ids("activity", "tan loi"), repeat=5
            )
            results["search_text_hits"] = len(ids)
            export_file = folder / "export.json"
            results["export_s"], _ = timed(lambda: exchange.export_records(db, export_file))
            results["export_bytes"] = export_file.stat().st_size
            results["backup_s"], info = timed(lambda: db.backup(folder / "backups"))
            results["backup_bytes"] = info.size
        other = folder / "other.db"
        db2, _ = Database.create(other, profile, "admin", PASSWORD)
        results["import_s"], _ = timed(lambda: exchange.import_records(db2, export_file, today=end))
        db2.close()
    text = json.dumps(results, indent=2, default=str)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
