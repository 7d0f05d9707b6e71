"""The benchmark's measurements, shared by `benchmarks/run.py` and the performance tests.

Every figure is measured against a floor measured in the same run on the same machine
(a bare Qt window, the same plain SQL, a plain reportlab document), so that the ratio
holds on a noisy machine. Times are seconds; each figure is the median of `repeat` runs.
"""

from __future__ import annotations

import gc
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
END = date(2025, 12, 31)
PASSWORD = "benchmark password"
# The city: 21 units over 5 years, at least 100,000 activities, 20,000 cases
# and 10,000 trainings (the other kinds in the demo's usual proportions).
CITY_COUNTS = {
    "activity": 100_000,
    "case": 20_000,
    "training": 10_000,
    "influencer": 7_500,
    "mobilisation": 4_500,
    "funding": 4_500,
    "inspection": 3_000,
    "model": 1_500,
}


def median_time(fn: Callable[[], Any], repeat: int = 5, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def figure(value: float, reference: float | None, budget_ratio: float | None = None,
           budget_seconds: float | None = None, **extra: Any) -> dict[str, Any]:  # fmt: skip
    """One figure of the JSON: the median, its floor, the ratio and whether it is in budget."""
    ratio = value / reference if reference else None
    ok = True
    if budget_ratio is not None and ratio is not None:
        ok = ok and ratio <= budget_ratio
    if budget_seconds is not None:
        ok = ok and value <= budget_seconds
    out = {
        "median_s": round(value, 4),
        "reference_s": None if reference is None else round(reference, 4),
    }
    out["ratio"] = None if ratio is None else round(ratio, 2)
    out["budget_ratio"] = budget_ratio
    out["budget_s"] = budget_seconds
    out.update(extra)
    out["ok"] = ok
    return out


# -- databases -----------------------------------------------------------------------------


def build_database(
    path: Path, counts: dict[str, int] | None, level: str = "city", kdf: Any = None
) -> Path:
    """A demo database at `path` (the city's counts, or a ward's five years)."""
    from gbv_desktop.domain import demo
    from gbv_desktop.domain.profile import default_profile
    from gbv_desktop.storage.database import Database
    from gbv_desktop.storage.records import RecordStore

    profile = (
        default_profile("Buôn Ma Thuột", "66", "city")
        if level == "city"
        else default_profile("Tân Lợi", "24133", "ward")
    )
    database, _ = Database.create(path, profile, "admin", PASSWORD, kdf=kdf)
    with database:
        if counts is None:
            records = list(demo.generate(seed=1, years=5, end=END))
        else:
            records = list(demo.generate(seed=1, years=5, end=END, counts=counts))
        RecordStore(database).save_many(records, today=END)
    return path


# -- unlock --------------------------------------------------------------------------------


def measure_unlock(path: Path, repeat: int = 3) -> dict[str, Any]:
    from gbv_desktop.storage.database import Database

    def unlock() -> None:
        Database.open(path, "admin", PASSWORD).close()

    value = median_time(unlock, repeat=repeat, warmup=0)
    return figure(value, None, budget_seconds=1.5, floor_s=0.3, ok_floor=value >= 0.3)


# -- start-up ------------------------------------------------------------------------------

_BARE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setCentralWidget(QLabel("ready"))
    window.resize(1366, 768)
    window.show()
    def done():
        print("READY", 0.0, flush=True)
        app.quit()
    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, done)
    app.exec()
    """
)

_APP = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from gbv_desktop.ui.app import application
    app = application("vi")
    from gbv_desktop.storage.database import Database
    started = time.perf_counter()
    database = Database.open(Path(sys.argv[1]), "admin", sys.argv[2])
    unlock = time.perf_counter() - started
    from gbv_desktop.ui.main_window import MainWindow
    window = MainWindow(database)
    window.resize(1366, 768)
    window.show()
    def done():
        window.home.refresh()
        print("READY", unlock, flush=True)
        app.quit()
    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, done)
    app.exec()
    """
)


def _launch(script: str, *args: str) -> float:
    """Seconds from process start to its READY line, less the unlock time it reports."""
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)  # fmt: skip
    assert child.stdout is not None
    for line in child.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - started
            unlock = float(line.split()[1])
            child.wait(timeout=60)
            return elapsed - unlock
    child.wait(timeout=60)
    raise RuntimeError("the start-up script ended without READY")


def measure_startup(path: Path, repeat: int = 3) -> dict[str, Any]:
    """Launch to a usable main window (home page drawn) on `path`, without the password's
    key derivation (measured as `unlock`), against a bare PySide6 QMainWindow start."""
    reference = statistics.median(_launch(_BARE) for _ in range(repeat))
    value = statistics.median(_launch(_APP, str(path), PASSWORD) for _ in range(repeat))
    return figure(value, reference, budget_ratio=1.5)


# -- lists ---------------------------------------------------------------------------------


def measure_lists(path: Path, repeat: int = 5) -> dict[str, Any]:
    """First rows of the 100,000-activity table and a diacritic-insensitive search over
    it, against the same plain SQL on the same database."""
    from gbv_desktop.domain.text import fold
    from gbv_desktop.storage.database import Database
    from gbv_desktop.storage.records import RecordStore
    from gbv_desktop.ui.models.record_table import Query, RecordTableModel

    shown = 40  # rows visible on a 1366x768 screen

    with Database.open(path, "admin", PASSWORD) as database:
        store = RecordStore(database)
        conn = database.conn
        model = RecordTableModel(store, "activity")
        columns = model.columnCount()
        total = store.count("activity")

        def first_rows(text: str = "") -> None:
            model.set_query(Query(text=text))
            for row in range(min(shown, model.rowCount())):
                for column in range(columns):
                    model.data(model.index(row, column))

        def plain(text: str = "") -> None:
            where, params = "", []
            for word in fold(text).split():
                where += " AND search_text LIKE ?"
                params.append(f"%{word}%")
            ids = [r[0] for r in conn.execute(
                f"SELECT id FROM activities WHERE 1 = 1{where} ORDER BY start_date DESC, id DESC", params
            )]  # fmt: skip
            marks = ",".join("?" * min(200, len(ids)))
            conn.execute(f"SELECT * FROM activities WHERE id IN ({marks})", ids[:200]).fetchall()

        rows = figure(median_time(first_rows, repeat), median_time(plain, repeat),
                      budget_ratio=2.0, budget_seconds=0.1, rows=total)  # fmt: skip
        search = figure(median_time(lambda: first_rows("tan loi"), repeat),
                        median_time(lambda: plain("tan loi"), repeat),
                        budget_ratio=2.0, budget_seconds=0.1)  # fmt: skip
    return {"first_rows": rows, "search": search}


_MEMORY = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from gbv_desktop.storage.database import Database
    from gbv_desktop.storage.records import RecordStore
    from gbv_desktop.ui.pages.records import RecordPage

    def rss():
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
        return 0

    database = Database.open(Path(sys.argv[1]), "admin", sys.argv[2])
    page = RecordPage(RecordStore(database), "activity")
    page.resize(1366, 700)
    page.show()
    page.refresh()
    model = page.model
    step = max(1, model.rowCount() // 50)
    for row in range(0, model.rowCount(), step):
        page.table.scrollTo(model.index(row, 0))
        for r in range(row, min(row + 40, model.rowCount())):
            for c in range(model.columnCount()):
                model.data(model.index(r, c))
    print("RSS", rss(), model.rowCount(), flush=True)
    """
)


def _rss_after_scrolling(path: Path) -> tuple[int, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", _MEMORY, str(path), PASSWORD], capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=600, check=True).stdout  # fmt: skip
    line = next(line for line in out.splitlines() if line.startswith("RSS"))
    _, rss, rows = line.split()
    return int(rss), int(rows)


def measure_memory(small: Path, large: Path) -> dict[str, Any]:
    """Process memory with the activity list of `small` (about 1,000 rows) versus `large`
    (100,000 rows), after scrolling through each."""
    rss_small, rows_small = _rss_after_scrolling(small)
    rss_large, rows_large = _rss_after_scrolling(large)
    difference = (rss_large - rss_small) / 2**20
    return {
        "rows": [rows_small, rows_large],
        "rss_mb": [round(rss_small / 2**20, 1), round(rss_large / 2**20, 1)],
        "difference_mb": round(difference, 1),
        "budget_mb": 30,
        "ok": difference < 30,
    }


# -- report --------------------------------------------------------------------------------


def _plain_report(database: Any, out: Path) -> None:
    """The floor: the same kind of figures by plain SQL aggregation, written as tables in
    a plain reportlab document."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from gbv_desktop.domain.calendar import default_period

    period = default_period("half_year", 2025)
    span = (period.start.isoformat(), period.end.isoformat())
    conn = database.conn
    queries = [
        "SELECT form, count(*), sum(attendance_total), sum(attendance_female), sum(attendance_male) FROM activities WHERE start_date BETWEEN ? AND ? GROUP BY form",
        "SELECT setting, count(*), sum(attendance_total) FROM activities WHERE start_date BETWEEN ? AND ? GROUP BY setting",
        "SELECT campaign, count(*), sum(attendance_total) FROM activities WHERE start_date BETWEEN ? AND ? GROUP BY campaign",
        "SELECT j.value, count(*) FROM cases, json_each(cases.violence_types) j WHERE reported_on BETWEEN ? AND ? GROUP BY j.value",
        "SELECT age_group, count(DISTINCT survivor_id) FROM cases WHERE reported_on BETWEEN ? AND ? GROUP BY age_group",
        "SELECT s.kind, count(*) FROM services s JOIN cases c ON c.id = s.case_id WHERE c.reported_on BETWEEN ? AND ? GROUP BY s.kind",
        "SELECT p.role, sum(p.female), sum(p.male) FROM training_participants p JOIN trainings t ON t.id = p.training_id WHERE t.start_date BETWEEN ? AND ? GROUP BY p.role",
        "SELECT source, sum(cash_vnd), sum(in_kind_value_vnd) FROM mobilisations WHERE received_on BETWEEN ? AND ? GROUP BY source",
    ]
    story = [
        Table([[str(v) for v in row] for row in conn.execute(q, span).fetchall()] or [["-"]])
        for q in queries
    ]
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def measure_report(path: Path, repeat: int = 3) -> dict[str, Any]:
    """All files of a 6-month report on the city database, against plain SQL aggregation
    plus a plain reportlab document of the same tables."""
    from gbv_desktop.reports.pdf import write_pdf
    from gbv_desktop.reports.produce import build_document, produce
    from gbv_desktop.storage.database import Database

    with Database.open(path, "admin", PASSWORD) as database, tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        counter = iter(range(10_000))

        def all_files() -> None:
            out = folder / f"run{next(counter)}"
            out.mkdir()
            produce(database, build_document(database, "half_year", 2025), out)

        def pdf_alone() -> None:
            write_pdf(
                build_document(database, "half_year", 2025), folder / f"alone{next(counter)}.pdf"
            )

        reference = median_time(lambda: _plain_report(database, folder / "plain.pdf"), repeat)
        value = median_time(all_files, repeat)
        pdf = median_time(pdf_alone, repeat)
    return figure(value, reference, budget_ratio=2.0, budget_seconds=2.0, pdf_alone_s=round(pdf, 4))


# -- compile -------------------------------------------------------------------------------


def measure_compile(units: int = 3321) -> dict[str, Any] | None:
    """Compiling every commune and ward of the country (3,321 packages), if the city
    office's consolidation is present."""
    try:
        from benchmarks import compile_bench
    except ImportError:
        return None
    return compile_bench.measure(units)
