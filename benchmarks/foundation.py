#!/usr/bin/env python3
"""The foundation's figures: a city's 100,000 demo records saved, the database's size,
unlock, export, import and backup, all with the real key derivation.

    .venv/bin/python benchmarks/foundation.py [--records 100000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gbv_desktop.domain import demo
from gbv_desktop.domain.profile import default_profile
from gbv_desktop.storage import exchange
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore

PASSWORD = "benchmark password"
END = date(2025, 12, 31)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args()
    out: dict[str, float | int] = {"records": args.records}
    profile = default_profile("Buôn Ma Thuột", "66", "city")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)

        def timed(name: str, fn):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            result = fn()
            out[name] = round(time.perf_counter() - start, 2)
            return result

        db, _ = timed(
            "create_s", lambda: Database.create(folder / "a.db", profile, "admin", PASSWORD)
        )
        records = timed(
            "demo_generate_s", lambda: list(demo.generate(seed=1, records=args.records, end=END))
        )
        timed("demo_save_s", lambda: RecordStore(db).save_many(records, today=END))
        db.close()
        out["database_bytes"] = sum(p.stat().st_size for p in folder.glob("a.db*") if p.is_file())
        db = timed("unlock_s", lambda: Database.open(folder / "a.db", "admin", PASSWORD))
        timed("export_s", lambda: exchange.export_records(db, folder / "export.json"))
        out["export_bytes"] = (folder / "export.json").stat().st_size
        info = timed("backup_s", lambda: db.backup(folder / "backups"))
        out["backup_bytes"] = info.size
        db.close()
        other, _ = Database.create(folder / "b.db", profile, "admin", PASSWORD)
        timed("import_s", lambda: exchange.import_records(other, folder / "export.json", today=END))
        other.close()
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
