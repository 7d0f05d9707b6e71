"""The benchmark's measurements, shared by `benchmarks/run.py` and the performance tests.

Every figure is measured against a floor measured in the same run on the same machine
(a bare Qt window, the same plain SQL, a plain reportlab document), so that the ratio
holds on a noisy machine. Times are seconds; each figure is the median of `repeat` runs.
"""

from __future__ import annotations

import gc
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import typing
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
    path: Path,
    counts: dict[str, int] | None,
    level: str = "city",
    kdf: Any = None,
    password: str = PASSWORD,
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
    database, _ = Database.create(path, profile, "admin", password, kdf=kdf)
    with database:
        if counts is None:
            records = list(demo.generate(seed=1, years=5, end=END))
        else:
            records = list(demo.generate(seed=1, years=5, end=END, counts=counts))
        RecordStore(database).save_many(records, today=END)
    return path


def upgrade_database(path: Path) -> float:
    """Migrate `path` to the current schema in place (no backup first: a cached copy);
    returns the seconds the migration took."""
    from gbv_desktop.storage.connection import connect
    from gbv_desktop.storage.database import migrate
    from gbv_desktop.storage.keys import KeyFile, keys_path

    key = KeyFile.load(keys_path(path)).unlock_password("admin", PASSWORD)
    conn = connect(path, key)
    try:
        started = time.perf_counter()
        migrate(conn, path, key, backup_first=False)
        took = time.perf_counter() - started
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    return took


# -- unlock --------------------------------------------------------------------------------


def measure_unlock(path: Path, repeat: int = 3, password: str = PASSWORD) -> dict[str, Any]:
    from gbv_desktop.storage.database import Database

    def unlock() -> None:
        Database.open(path, "admin", password).close()

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

# The program's own start (gbv_desktop.ui.app.run), step by step: the checks before
# signing in, the sign-in dialog (its password submitted TYPING_MS after it is usable),
# then the session's main window. The unlock (Database.open, run by the dialog off the
# GUI thread: the key derivation and the integrity checks) is timed where it runs.
_APP = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from gbv_desktop.ui.app import application, signin_dialog
    app = application("vi")
    from PySide6.QtCore import QTimer
    from gbv_desktop.ui.instance import check_before_sign_in
    path = Path(sys.argv[1])
    lock = check_before_sign_in(path)
    dialog = signin_dialog(path)
    unlocks = []
    def timed(open_):
        def open_timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return open_(*args, **kwargs)
            finally:
                unlocks.append(time.perf_counter() - started)
        return open_timed
    def sign_in():
        print("SIGNIN", flush=True)
        from gbv_desktop.storage.database import Database
        Database.open = timed(Database.open)
        dialog.username.setText("admin")
        dialog.password.setText(sys.argv[2])
        dialog.sign_in()
    def signed_in(_result):
        from gbv_desktop.ui.session import Session
        window = Session(path).open(dialog.database)
        def figures():
            print("FIGURES", flush=True)
            app.quit()
        def ready():
            print("READY", unlocks[0], flush=True)
            home = window.home
            if home.figures is not None and not home.loading:
                figures()
            else:
                home.updated.connect(figures)
        QTimer.singleShot(0, ready)
    def usable():
        print("DIALOG", flush=True)
        QTimer.singleShot(int(sys.argv[3]), sign_in)  # TYPING_MS
    dialog.finished.connect(signed_in)
    dialog.show()
    QTimer.singleShot(0, usable)
    app.exec()
    """
)
# How long after the sign-in dialog is usable the password is submitted: a person needs
# more (eight characters or more, then Enter); the program imports what comes next
# meanwhile. This time is the user's, not counted.
TYPING_MS = 500


PYCACHE = ROOT / "benchmarks" / ".cache" / "pycache"


class Launch(typing.NamedTuple):
    """One start, in seconds of waiting: for a usable window (the bare one, or the main
    window: the sign-in dialog's wait plus the wait after submitting the password, less
    the unlock), for the home page's figures likewise, and for the sign-in dialog."""

    ready: float
    figures: float
    dialog: float


def _launch(script: str, *args: str) -> Launch:
    """Start `script` and read its lines as they come: DIALOG (the sign-in dialog
    usable), SIGNIN (the password submitted), READY (a usable window; with the unlock's
    seconds), FIGURES (the home page's figures drawn). The time between SIGNIN and
    DIALOG is the user's (typing), and the unlock is the key derivation's and the
    integrity checks': neither is counted.

    With compiled bytecode, as an installed program has it (pip compiles on install,
    the bundle holds it): kept in benchmarks/.cache/pycache, written by the first launch
    (a warm-up) even where PYTHONDONTWRITEBYTECODE is set, so the source tree stays clean.
    """
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
               PYTHONPYCACHEPREFIX=str(PYCACHE))  # fmt: skip
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT)  # fmt: skip
    assert child.stdout is not None
    at: dict[str, float] = {}
    unlock = 0.0
    for line in child.stdout:
        word = line.split()[0] if line.strip() else ""
        at[word] = time.perf_counter() - started
        if word == "READY":
            unlock = float(line.split()[1])
            if script is _BARE:
                break
        elif word == "FIGURES":
            break
    child.wait(timeout=60)
    if "READY" not in at:
        raise RuntimeError("the start-up script ended without READY")
    typing_s = at["SIGNIN"] - at["DIALOG"] if "SIGNIN" in at else 0.0
    not_waiting = typing_s + unlock
    return Launch(
        ready=at["READY"] - not_waiting,
        figures=at.get("FIGURES", at["READY"]) - not_waiting,
        dialog=at.get("DIALOG", at["READY"]),
    )


def measure_startup(path: Path, repeat: int = 3, password: str = PASSWORD) -> dict[str, Any]:
    """Launch to a usable main window on `path`, as the program starts (sign-in dialog,
    then the main window), against a bare PySide6 QMainWindow start: the user's waiting,
    for the sign-in dialog and after submitting the password, without the password's
    key derivation and the integrity checks (measured as `unlock`) or the typing.

    "Usable": the window is shown and its event loop runs (the first timer after
    `show()` fires), so it answers the keyboard and mouse. For information: the sign-in
    dialog alone (`signin_s`, against the same floor), and the home page's figures
    (`figures_s`), which arrive a moment later, computed off the GUI thread.
    """
    _launch(_BARE)  # warm-ups: bytecode written, files in the page cache
    _launch(_APP, str(path), password, str(TYPING_MS))
    reference = statistics.median(_launch(_BARE).ready for _ in range(repeat))
    runs = [_launch(_APP, str(path), password, str(TYPING_MS)) for _ in range(repeat)]
    value = statistics.median(r.ready for r in runs)
    return figure(
        value,
        reference,
        budget_ratio=1.5,
        signin_s=round(statistics.median(r.dialog for r in runs), 4),
        signin_ratio=round(statistics.median(r.dialog for r in runs) / reference, 2),
        figures_s=round(statistics.median(r.figures for r in runs), 4),
    )


# -- lists ---------------------------------------------------------------------------------


def _captured(conn: Any, fn: Callable[[], Any]) -> list[str]:
    """The SQL statements `fn` runs on `conn`, as run (SQLite's trace callback)."""
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    try:
        fn()
    finally:
        conn.set_trace_callback(None)
    return seen


def measure_lists(
    path: Path, repeat: int = 5, search: str = "tan loi", password: str = PASSWORD
) -> dict[str, Any]:
    """First rows of the 100,000-activity table and a diacritic-insensitive search over
    it, against the same plain SQL on the same database: the very statement the list
    runs for its ids (captured), then the block of rows the first screen shows.

    Also, for information: the whole page's refresh (ids, rows and the totals line)."""
    from gbv_desktop.storage.database import Database
    from gbv_desktop.storage.records import RecordStore
    from gbv_desktop.ui.models.record_table import BLOCK, Query, RecordTableModel
    from gbv_desktop.ui.pages.records import RecordPage

    shown = 40  # rows visible on a 1366x768 screen

    with Database.open(path, "admin", password) as database:
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

        def ids_statement(text: str) -> str:
            [sql] = [
                q for q in _captured(conn, lambda: first_rows(text)) if q.startswith("SELECT id ")
            ]
            return sql

        def plain(sql: str) -> None:
            ids = [r[0] for r in conn.execute(sql)]
            marks = ",".join("?" * min(BLOCK, len(ids)))
            conn.execute(f"SELECT * FROM activities WHERE id IN ({marks})", ids[:BLOCK]).fetchall()

        listing, searching = ids_statement(""), ids_statement(search)
        rows = figure(median_time(first_rows, repeat), median_time(lambda: plain(listing), repeat),
                      budget_ratio=2.0, budget_seconds=0.1, rows=total)  # fmt: skip
        found = figure(median_time(lambda: first_rows(search), repeat),
                       median_time(lambda: plain(searching), repeat),
                       budget_ratio=2.0, budget_seconds=0.1, text=search,
                       matches=model.rowCount())  # fmt: skip
        page = RecordPage(store, "activity")
        page.resize(1366, 700)

        def refresh(text: str) -> None:
            page.search.blockSignals(True)  # no search timer left running after
            page.search.setText(text)
            page.search.blockSignals(False)
            page.refresh()

        page_s = {
            "all": round(median_time(lambda: refresh(""), repeat), 4),
            "search": round(median_time(lambda: refresh(search), repeat), 4),
        }
        page.unload()
        page.deleteLater()
    return {"first_rows": rows, "search": found, "page_refresh_s": page_s}


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


def _rss_after_scrolling(path: Path, password: str = PASSWORD) -> tuple[int, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", _MEMORY, str(path), password], capture_output=True,
                         text=True, env=env, cwd=ROOT, timeout=600, check=True).stdout  # fmt: skip
    line = next(line for line in out.splitlines() if line.startswith("RSS"))
    _, rss, rows = line.split()
    return int(rss), int(rows)


def measure_memory(small: Path, large: Path, password: str = PASSWORD) -> dict[str, Any]:
    """Process memory with the activity list of `small` (about 1,000 rows) versus `large`
    (100,000 rows), after scrolling through each."""
    rss_small, rows_small = _rss_after_scrolling(small, password)
    rss_large, rows_large = _rss_after_scrolling(large, password)
    difference = (rss_large - rss_small) / 2**20
    return {
        "rows": [rows_small, rows_large],
        "rss_mb": [round(rss_small / 2**20, 1), round(rss_large / 2**20, 1)],
        "difference_mb": round(difference, 1),
        "budget_mb": 30,
        "ok": difference < 30,
    }


# -- report --------------------------------------------------------------------------------


def report_statements(database: Any, kind: str = "half_year", year: int = 2025) -> list[str]:
    """The SQL that computes a report's figures, as the report runs it: every SELECT,
    captured once with SQLite's trace callback (parameters written in). Inside a
    transaction of the caller's, the figures read everything on this one connection
    (the report itself reads on two at once), so every statement is seen here."""
    from gbv_desktop.reports.figures import compute_figures

    seen: list[str] = []
    conn = database.conn
    conn.set_trace_callback(seen.append)
    try:
        with conn:
            compute_figures(database, kind, year)
    finally:
        conn.set_trace_callback(None)
    return [sql for sql in seen if sql.lstrip()[:6].upper() in ("SELECT", "WITH")]


def _plain_report(database: Any, statements: list[str], tables: list[Any], out: Path) -> None:
    """The floor: the report's own SQL aggregation, run plainly (no Python around it),
    then the same tables as the report's annex (titles, headers, every row, as shown)
    in a plain reportlab document, in the letter's font (Vietnamese needs a TrueType
    font; registering it once is outside the timing, as it is for the report)."""
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from gbv_desktop.reports.fonts import register

    conn = database.conn
    for sql in statements:
        conn.execute(sql).fetchall()
    fonts = register()
    title = ParagraphStyle("title", fontName=fonts.bold, fontSize=12, leading=15, spaceBefore=6)
    grid = TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.regular, 10),
        ("FONT", (0, 0), (-1, 0), fonts.bold, 10),
        ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ])  # fmt: skip
    story: list[Any] = []
    for table in tables:
        story.append(Paragraph(escape(table.title), title))
        story.append(Table([table.header, *table.rows], repeatRows=1, style=grid))
    SimpleDocTemplate(str(out), pagesize=A4).build(story)


def measure_report(
    path: Path, repeat: int = 3, password: str = PASSWORD, budget_ratio: float | None = 2.0
) -> dict[str, Any]:
    """All files of a 6-month report on `path` (PDF, DOCX, XLSX, package, email draft,
    history), against its floor: the same SQL aggregation plus a plain reportlab
    document of the same annex tables. On a copy of `path`: every report is kept in the
    history, and the cached database would otherwise grow by a megabyte a run (and its
    unlock with it)."""
    from gbv_desktop.storage.database import Database

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Database.open(_scratch_copy(path, folder), "admin", password) as database:
            return _measure_report(database, folder, repeat, budget_ratio)


def _scratch_copy(path: Path, folder: Path) -> Path:
    """A copy of the closed database at `path` (with its key file) in `folder`."""
    copy = folder / path.name
    for suffix in ("", ".keys", "-wal"):
        source = path.with_name(path.name + suffix)
        if source.exists():
            shutil.copyfile(source, copy.with_name(copy.name + suffix))
    return copy


def _measure_report(
    database: Any, folder: Path, repeat: int, budget_ratio: float | None
) -> dict[str, Any]:
    from gbv_desktop.reports import letter
    from gbv_desktop.reports.docx import write_docx
    from gbv_desktop.reports.pdf import write_pdf
    from gbv_desktop.reports.produce import build_document, produce
    from gbv_desktop.reports.xlsx import write_xlsx

    counter = iter(range(10_000))
    statements = report_statements(database)
    document = build_document(database, "half_year", 2025)
    tables = letter.build(document).tables

    def all_files() -> None:
        out = folder / f"run{next(counter)}"
        out.mkdir()
        produce(database, build_document(database, "half_year", 2025), out)

    def plain() -> None:
        _plain_report(database, statements, tables, folder / f"plain{next(counter)}.pdf")

    def sql_alone() -> None:
        for sql in statements:
            database.conn.execute(sql).fetchall()

    reference = median_time(plain, repeat)
    value = median_time(all_files, repeat)
    parts = {
        "sql_alone_s": median_time(sql_alone, repeat),
        "document_s": median_time(lambda: build_document(database, "half_year", 2025), repeat),
        "pdf_s": median_time(lambda: write_pdf(document, folder / f"a{next(counter)}.pdf"), repeat),
        "docx_s": median_time(lambda: write_docx(document, folder / f"a{next(counter)}.docx"), repeat),
        "xlsx_s": median_time(lambda: write_xlsx(document, folder / f"a{next(counter)}.xlsx"), repeat),
    }  # fmt: skip
    return figure(
        value,
        reference,
        budget_ratio=budget_ratio,
        budget_seconds=2.0,
        annex_tables=len(tables),
        statements=len(statements),
        parts={k: round(v, 4) for k, v in parts.items()},
    )


# -- compile -------------------------------------------------------------------------------


def measure_compile(units: int = 3321, repeat: int = 3) -> dict[str, Any]:
    """Compiling every commune and ward of the country (3,321 packages): the median of
    `repeat` runs, each on a new city database (one run varies by a quarter here)."""
    from benchmarks import compile_bench

    return compile_bench.measure(units, repeat=repeat)
