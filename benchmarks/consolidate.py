#!/usr/bin/env python3
"""Time the city office's import and compilation for 21 units and for 3,321 (every ward
and commune of the country since July 2025); print one JSON object.

    .venv/bin/python benchmarks/consolidate.py [--units 21 3321] [--profile]

The packages are those of `benchmarks/compile_bench.py` (which `benchmarks/run.py`
times): four real ones written by the report writer from demo wards, the others copies
of their figures under other unit codes and names, sealed again with the package
checksum, so building thousands of them is quick. Every copy's unit is a member of a
city database, so every package is imported. Timed, each step on its own (with
--profile, under cProfile): the import of the whole folder (read, check, store), the
compiled figures, the compiled document (figures and narrative), the tracker, and for
21 units the five files.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.compile_bench import PASSWORD, _fast_kdf, real_packages, write_copies
from gbv_desktop.domain.profile import default_profile
from gbv_desktop.reports import consolidate as co
from gbv_desktop.reports.produce import produce
from gbv_desktop.storage import keys
from gbv_desktop.storage.database import Database


def measure(n: int, sources: list[dict], root: Path, profile: bool) -> dict[str, float]:
    folder = root / f"packages-{n}"
    started = time.perf_counter()
    units = write_copies(sources, n, folder)
    made = time.perf_counter() - started
    size = sum(p.stat().st_size for p in folder.iterdir())
    city, _ = Database.create(
        root / f"city-{n}.db",
        default_profile("Buôn Ma Thuột", "643", "city"),
        "admin",
        PASSWORD,
        kdf=_fast_kdf(),
    )
    with city:
        with city.conn:
            for code, name in units:
                co.add_member_unit(city, name, code, "ward")
        profiler = cProfile.Profile() if profile else None

        def timed(fn):  # type: ignore[no-untyped-def]
            if profiler is not None:
                profiler.enable()
            t = time.perf_counter()
            result = fn()
            elapsed = time.perf_counter() - t
            if profiler is not None:
                profiler.disable()
            return result, elapsed

        result, import_s = timed(lambda: co.import_packages(city, [folder], "half_year", 2025))
        assert len(result.imported) == n, [o.reason for o in result.rejected][:3]
        figures, compile_s = timed(lambda: co.compile_figures(city, "half_year", 2025))
        assert figures.values["units.reported"] == n
        _, document_s = timed(lambda: co.build_city_document(city, "half_year", 2025))
        _, tracker_s = timed(lambda: co.tracker(city, "half_year", 2025))
        out: dict[str, float] = {
            "units": n,
            "package_kb": round(size / n / 1024, 1),
            "make_copies_s": round(made, 2),
            "import_s": round(import_s, 2),
            "compile_figures_s": round(compile_s, 3),
            "compiled_document_s": round(document_s, 3),
            "tracker_s": round(tracker_s, 3),
        }
        if n <= 100:
            target = root / f"out-{n}"
            target.mkdir()
            document = co.build_city_document(city, "half_year", 2025)
            _, files_s = timed(lambda: produce(city, document, target))
            out["five_files_s"] = round(files_s, 2)
        if profiler is not None:
            stats = pstats.Stats(profiler)
            stats.sort_stats("cumulative").print_stats(25)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--units", type=int, nargs="+", default=[21, 3321])
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    saved = keys.DEFAULT_KDF
    keys.DEFAULT_KDF = _fast_kdf()  # opening cost is not what is measured here
    try:
        with tempfile.TemporaryDirectory(prefix="gbv-consolidate-") as tmp:
            root = Path(tmp)
            sources = real_packages(root)
            results = [measure(n, sources, root, args.profile) for n in args.units]
    finally:
        keys.DEFAULT_KDF = saved
    print(json.dumps({"consolidate": results}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
