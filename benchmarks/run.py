#!/usr/bin/env python3
"""Measure gbv-desktop against its budgets on this machine; print one JSON object.

    .venv/bin/python benchmarks/run.py [--out results.json] [--rebuild] [--quick]

Builds (once, cached in benchmarks/.cache/) a ward's database (five years of demo
records) and the issue's city (21 units over five years: 100,000 activities, 20,000
cases, 10,000 trainings and the other kinds; about 150,000 records), both with the real
key derivation, then measures each figure several times against a floor measured in the
same run. See README.md ("Performance") for the budgets and this machine's numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import measures
from gbv_desktop import __version__
from gbv_desktop.storage.schema import SCHEMA_VERSION

CACHE = Path(__file__).resolve().parent / ".cache"


def cached(name: str, counts: dict[str, int] | None, level: str, rebuild: bool) -> Path:
    """The database `name` in the cache: built if missing (or asked), migrated in place
    when only the schema is older (as opening it in the application would, without the
    backup first; the time is printed), else used as it is."""
    wanted = {"schema": SCHEMA_VERSION, "version": __version__, "counts": counts, "level": level}
    path = CACHE / f"{name}.db"
    stamp_file = CACHE / f"{name}.stamp"
    found = json.loads(stamp_file.read_text()) if stamp_file.exists() and path.exists() else None
    older = found is not None and found != wanted and found["schema"] < SCHEMA_VERSION
    if older and not rebuild and {**found, "schema": SCHEMA_VERSION} == wanted:  # type: ignore[dict-item]
        took = measures.upgrade_database(path)
        print(f"migrated {name} to schema {SCHEMA_VERSION}: {took:.2f} s", file=sys.stderr)
        stamp_file.write_text(json.dumps(wanted))
        found = wanted
    if rebuild or found != wanted:
        for suffix in ("", "-wal", "-shm", ".keys"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        CACHE.mkdir(exist_ok=True)
        started = time.perf_counter()
        measures.build_database(path, counts, level)
        print(f"built {name}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
        stamp_file.write_text(json.dumps(wanted))
    return path


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=None)
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args()
    repeat = 3 if args.quick else 5

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # noqa: F841 - models need one
    ward = cached("ward", None, "ward", args.rebuild)
    small = cached(
        "thousand", {"activity": 1_000, "case": 150, "training": 50}, "ward", args.rebuild
    )
    city = cached("city", measures.CITY_COUNTS, "city", args.rebuild)

    results: dict[str, object] = {
        "version": __version__,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "city_records": sum(measures.CITY_COUNTS.values()),
        "database_bytes": {"ward": ward.stat().st_size, "city": city.stat().st_size},
    }
    results["unlock"] = measures.measure_unlock(city, repeat=3)
    results["startup"] = measures.measure_startup(city, repeat=repeat)
    results["lists"] = measures.measure_lists(city, repeat=repeat)
    results["memory"] = measures.measure_memory(small, city)
    results["report"] = measures.measure_report(city, repeat=3)
    # A ward's report, for information: the budget is the city's (on a ward's
    # few records the floor is a near-empty SQL aggregation and one small PDF).
    results["report_ward"] = measures.measure_report(ward, repeat=3, budget_ratio=None)
    results["compile"] = measures.measure_compile(repeat=2 if args.quick else 3)
    text = json.dumps(results, indent=2, ensure_ascii=False)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
