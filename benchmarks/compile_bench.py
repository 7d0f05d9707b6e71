"""The city office compiling its units' reports: `measure(units)` for benchmarks/run.py.

"Compile" is what the city office does with a folder of received report packages: import
them all (read, check, store: `consolidate.import_packages`), then build the compiled
report document (`build_city_document`: the compiled figures, `compile_figures`, and the
narrative drafted from them), as the City page and `gbv-desktop consolidate` do.
`compile_figures` alone is also timed, for information (it is part of the document). Budget: 3,321 packages (every ward and commune of the country)
in under 5 s. The five files of a compiled report are timed for 21 units (for
information: with 3,321 units each by-unit table has 3,321 rows).

The packages: four real ones written by the report writer from demo wards (one half
year of records each), the others copies of their figures under other unit codes and
names, sealed again with the package checksum. Every unit is a member of a new city
database (cheap key derivation: unlocking is measured elsewhere).
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

END = date(2025, 6, 30)
PASSWORD = "benchmark password"
SOURCES = (("Tân An", "24121", 11), ("Ea Tu", "24004", 12), ("Tân Lợi", "24133", 13),
           ("Hòa Xuân", "24175", 14))  # fmt: skip
BUDGET_S = 5.0


def _fast_kdf() -> Any:
    from gbv_desktop.storage.keys import ScryptParams

    return ScryptParams(n=2**10, r=8, p=1)


def real_packages(folder: Path) -> list[dict[str, Any]]:
    """A half-year package from each of four demo wards."""
    from gbv_desktop.domain import demo
    from gbv_desktop.domain.profile import default_profile
    from gbv_desktop.reports import package
    from gbv_desktop.reports.produce import build_document
    from gbv_desktop.storage.database import Database
    from gbv_desktop.storage.records import RecordStore

    out = []
    for name, code, seed in SOURCES:
        db, _ = Database.create(
            folder / f"{code}.db", default_profile(name, code, "ward"), "admin", PASSWORD,
            kdf=_fast_kdf(),
        )  # fmt: skip
        with db:
            records = demo.generate(seed=seed, years=1, end=END, unit_name=name)
            RecordStore(db).save_many(records, today=END)
            document = build_document(db, "half_year", 2025)
            document.figures.generated_at = datetime(2025, 7, 10, 9, 0)
            out.append(package.build_package(document))
    return out


def write_copies(sources: list[dict[str, Any]], units: int, folder: Path) -> list[tuple[str, str]]:
    """`units` package files in `folder` (unit i: code 10000 + i); returns (code, name)."""
    from gbv_desktop.reports import package

    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(units):
        copy = dict(sources[i % len(sources)])
        code, name = f"{10000 + i:05d}", f"Phường Thử Nghiệm {i + 1}"
        copy["unit"] = {"code": code, "name": name, "level": "ward"}
        copy["sha256"] = package.checksum(copy)
        (folder / f"{code}.json").write_bytes(package.dumps(copy))
        made.append((code, name))
    return made


def compile_once(folder: Path, members: list[tuple[str, str]], work: Path) -> dict[str, float]:
    """Import `folder` into a new city database whose members are `members`, then compile;
    the seconds of each step."""
    from gbv_desktop.domain.profile import default_profile
    from gbv_desktop.reports import consolidate
    from gbv_desktop.storage.database import Database

    work.mkdir(parents=True, exist_ok=True)
    city, _ = Database.create(
        work / "city.db", default_profile("Buôn Ma Thuột", "643", "city"), "admin", PASSWORD,
        kdf=_fast_kdf(),
    )  # fmt: skip
    with city:
        with city.conn:
            for code, name in members:
                consolidate.add_member_unit(city, name, code, "ward")
        started = time.perf_counter()
        result = consolidate.import_packages(city, [folder], "half_year", 2025)
        imported = time.perf_counter()
        if len(result.imported) != len(members):
            reasons = [o.reason for o in result.rejected][:3]
            raise RuntimeError(f"{len(result.imported)} of {len(members)} imported: {reasons}")
        document = consolidate.build_city_document(city, "half_year", 2025)
        documented = time.perf_counter()
        assert document.figures.values["units.reported"] == len(members)
        figures_started = time.perf_counter()
        consolidate.compile_figures(city, "half_year", 2025)
        figures_s = time.perf_counter() - figures_started
    return {
        "import_s": imported - started,
        "document_s": documented - imported,
        "of_which_compile_figures_s": figures_s,
        "total_s": documented - started,
    }


def files_for(units: int, sources: list[dict[str, Any]], root: Path) -> float:
    """Seconds to write the five files of the compiled report of `units` units."""
    from gbv_desktop.reports import consolidate
    from gbv_desktop.reports.produce import produce
    from gbv_desktop.storage.database import Database

    members = write_copies(sources, units, root / f"files-{units}")
    compile_once(root / f"files-{units}", members, root / f"files-city-{units}")
    out = root / f"files-out-{units}"
    out.mkdir()
    with Database.open(root / f"files-city-{units}" / "city.db", "admin", PASSWORD) as city:
        document = consolidate.build_city_document(city, "half_year", 2025)
        started = time.perf_counter()
        produce(city, document, out)
        return time.perf_counter() - started


def measure(units: int = 3321, repeat: int = 1) -> dict[str, Any]:
    """Compile `units` packages `repeat` times (each on a new city database); medians."""
    from gbv_desktop.storage import keys

    saved = keys.DEFAULT_KDF
    keys.DEFAULT_KDF = _fast_kdf()
    try:
        with tempfile.TemporaryDirectory(prefix="gbv-compile-") as tmp:
            root = Path(tmp)
            sources = real_packages(root)
            members = write_copies(sources, units, root / "packages")
            size = sum(p.stat().st_size for p in (root / "packages").iterdir())
            runs = []
            for i in range(repeat):
                runs.append(compile_once(root / "packages", members, root / f"run{i}"))
                shutil.rmtree(root / f"run{i}")  # 150 MB each
            files_21 = files_for(21, sources, root)
    finally:
        keys.DEFAULT_KDF = saved
    parts = {key: round(statistics.median(r[key] for r in runs), 4) for key in runs[0]}
    total = parts.pop("total_s")
    return {
        "units": units,
        "median_s": round(total, 4),
        "reference_s": None,
        "budget_s": BUDGET_S,
        "parts": parts,
        "runs_s": [round(r["total_s"], 3) for r in runs],
        "package_kb": round(size / units / 1024, 1),
        "five_files_21_units_s": round(files_21, 4),
        "ok": total < BUDGET_S,
    }


if __name__ == "__main__":  # .venv/bin/python -m benchmarks.compile_bench [units]
    import json
    import sys

    print(json.dumps(measure(int(sys.argv[1]) if len(sys.argv) > 1 else 3321), indent=2))
