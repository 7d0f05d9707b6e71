"""The benchmark's figures (benchmarks/run.py, README "Performance") with generous bounds:
a regression of several times fails the suite, a loaded machine does not.

Each figure is measured as benchmarks/measures.py measures it, on the suite's city
database (100,000 records), against its floor measured in the same run; the bounds are
3 times the budget's ratio and 5 times its seconds. Also: what each window loads before
it shows, and that the quick DOCX writer writes exactly the XML that python-docx's
cell-by-cell calls wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from lxml import etree

from benchmarks import compile_bench, measures
from gbv_desktop.domain import demo
from gbv_desktop.domain.profile import default_profile
from gbv_desktop.reports import docx as D
from gbv_desktop.reports import letter as L
from gbv_desktop.reports.fonts import text_width
from gbv_desktop.storage import keys
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore
from tests.conftest import FAST_KDF, PASSWORD
from tests.reports.sample import empty_document, sample_document

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

RATIO = 3  # times the budget's ratio
SECONDS = 5  # times the budget's seconds


def test_lists_first_rows_and_search(qapp, city_db_path: Path) -> None:
    lists = measures.measure_lists(city_db_path, repeat=3, password=PASSWORD)
    for name in ("first_rows", "search"):
        fig = lists[name]
        assert fig["ratio"] <= RATIO * fig["budget_ratio"], (name, fig)
        assert fig["median_s"] <= SECONDS * fig["budget_s"], (name, fig)
    assert lists["first_rows"]["rows"] >= 60_000  # the demo's share of 100,000 records
    assert lists["search"]["matches"] > 0
    assert lists["page_refresh_s"]["search"] <= SECONDS * 0.2


def test_report_all_files_against_sql_and_a_plain_pdf(city_db_path: Path) -> None:
    fig = measures.measure_report(city_db_path, repeat=2, password=PASSWORD)
    assert fig["annex_tables"] >= 20 and fig["statements"] >= 20
    assert fig["ratio"] <= RATIO * fig["budget_ratio"], fig
    assert fig["median_s"] <= SECONDS * fig["budget_s"], fig


def test_start_up_against_a_bare_qt_window(city_db_path: Path) -> None:
    fig = measures.measure_startup(city_db_path, repeat=2, password=PASSWORD)
    # 1.6 times the bare window here (README, over its budget of 1.5); the sign-in
    # dialog alone 1.4 times.
    assert fig["ratio"] <= RATIO * fig["budget_ratio"], fig
    assert fig["signin_ratio"] <= RATIO * fig["budget_ratio"], fig
    # Usable before the home page's figures are there: they are computed off the GUI
    # thread (computed first, the window would wait for them, 0.4 s more here).
    assert fig["median_s"] < 0.8 * fig["figures_s"], fig
    assert fig["figures_s"] <= 10, fig


def test_memory_does_not_grow_with_the_rows(
    tmp_path: Path, city_db_path: Path, make_db: Callable[..., Database]
) -> None:
    small = make_db("thousand.db")
    RecordStore(small).save_many(
        demo.generate(seed=1, years=5, end=date(2025, 12, 31),
                      counts={"activity": 1_000, "case": 150, "training": 50}),
        today=date(2025, 12, 31),
    )  # fmt: skip
    small.close()
    memory = measures.measure_memory(small.path, city_db_path, password=PASSWORD)
    assert memory["rows"][0] == 1_000 and memory["rows"][1] >= 60_000
    assert memory["difference_mb"] < RATIO * memory["budget_mb"], memory


def test_unlock_costs_the_key_derivation_and_the_checks(
    city_db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The city database was made with the suite's cheap key derivation: this is the
    # integrity checks on 100,000 records (run side by side).
    checks = measures.measure_unlock(city_db_path, repeat=1, password=PASSWORD)
    assert checks["median_s"] <= SECONDS * 1.5, checks
    # The real key derivation: meant to cost (budget 0.3 to 1.5 s here).
    monkeypatch.setattr(keys, "DEFAULT_KDF", keys.ScryptParams())
    real, _ = Database.create(
        tmp_path / "real.db", default_profile("Tân Lợi", "24133", "ward"), "admin", PASSWORD
    )
    real.close()
    fig = measures.measure_unlock(real.path, repeat=1, password=PASSWORD)
    assert 0.3 / RATIO <= fig["median_s"] <= SECONDS * 1.5, fig


def test_compiling_a_tenth_of_the_country(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "DEFAULT_KDF", FAST_KDF)
    fig = compile_bench.measure(332)  # a tenth of 3,321 units: a tenth of the budget
    assert fig["parts"]["import_s"] > 0
    assert fig["median_s"] <= SECONDS * compile_bench.BUDGET_S / 10, fig


def test_the_home_page_computes_its_figures_off_the_gui_thread(qtbot, db: Database) -> None:
    from gbv_desktop.domain.records import Case
    from gbv_desktop.reports import dashboard
    from gbv_desktop.ui.pages.home import HomePage

    store = RecordStore(db)
    store.save_many(demo.generate(seed=1, years=1))
    page = HomePage(db, background=True)
    qtbot.addWidget(page)
    page.resize(1180, 640)
    with qtbot.waitSignal(page.updated, timeout=10_000):
        page.show()
        assert page.waiting.isVisible() and not page.cards.isVisible()
        assert page.unit_label.text() == db.profile.name  # the name at once
    assert not page.loading and page.cards.isVisible() and not page.waiting.isVisible()
    assert page.figures == dashboard.dashboard(db, date.today())
    store.save(Case(reported_on=date.today(), violence_types=["sexual"], needs=["medical"]))
    with qtbot.waitSignal(page.updated, timeout=10_000):
        page.refresh()
        assert page.loading and page.status_label.isVisible()  # the old figures stay
    assert page.figures == dashboard.dashboard(db, date.today())
    assert not page.status_label.isVisible()
    page.refresh()
    assert not page.loading  # nothing changed: nothing computed
    page.unload()
    assert page.figures is None


# -- the quick DOCX writer ----------------------------------------------------------------


def _cell_by_cell(document, table: L.AnnexTable, plan: L.TablePlan) -> None:  # type: ignore[no-untyped-def]
    """An annex table as docx.py wrote it before, with python-docx's cell objects."""
    grid = document.add_table(rows=len(table.rows) + 1, cols=len(table.header))
    D._table_props(grid, plan.widths, borders=True, pad=L.CELL_PAD)
    rows = grid.rows
    for j, head in enumerate(table.header):
        cell = rows[0].cells[j]
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        D._text(D._Cell(cell), head, plan.size, bold=True, before=2.5, after=3.5)
    D._row_flags(rows[0], header=True)
    for k, values in enumerate(table.rows):
        row = rows[k + 1]
        D._row_flags(row)
        for j, value in enumerate(values):
            cell = row.cells[j]
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            align = D.RIGHT if (j > 0 and table.numeric[j]) else D.LEFT
            bold = k in table.bold_rows
            D._text(D._Cell(cell), value, plan.size, bold=bold, align=align, before=2.5, after=3.5)


def _paragraph_by_paragraph(document, lines, size, bold=False, italic=False, **fmt) -> None:  # type: ignore[no-untyped-def]
    """A paragraph as docx.py wrote it before, with python-docx's paragraph objects."""
    paragraph = document.add_paragraph()
    items = [lines] if isinstance(lines, str) else lines
    for k, line in enumerate(items):
        run = D._run(paragraph, line, size, bold, italic)
        if k < len(items) - 1:
            run.add_break()
    D._format(paragraph, size=size, **fmt)


ODD = L.AnnexTable(
    "Biểu thử", "", ["Tên", " lề trái", "Số"],
    [["tab\there", "1\n2", ""], [" lead", "a & <b> \"c\"", "trail "], ["đ", "1.234", "5,5"]],
    [False, True, True], frozenset({2}),
)  # fmt: skip


def test_the_quick_docx_writer_writes_what_python_docx_wrote() -> None:
    checked = 0
    for document in (sample_document(), empty_document(), sample_document(True, 3)):
        letter = L.build(document)
        for table in [*letter.tables, ODD]:
            plan = L.plan_table(table, lambda t, size, bold: text_width(t, size, bold=bold))
            slow, quick = Document(), Document()
            _cell_by_cell(slow, table, plan)
            quick.element.body._insert_tbl(D.parse_xml(D._grid_xml(table, plan.widths, plan.size)))
            assert etree.tostring(slow.element.body) == etree.tostring(quick.element.body)
            checked += 1
    assert checked >= 20
    from docx.shared import Pt

    paragraphs = [
        (["Dòng một", "dòng hai\tcó tab"], 13, {"bold": True, "keep_with_next": True}),
        ("Căn đều", 14, {"align": D.JUSTIFY, "after": 6, "line": 1.15, "first_indent_mm": 12.7}),
        ("", 12, {"line": Pt(10)}),
        (" khoảng trắng ", 12.5, {"italic": True, "align": D.RIGHT, "before": 2.5}),
        ("Trái", 11, {"align": D.LEFT, "bold": True, "italic": True}),
    ]
    for lines, size, fmt in paragraphs:
        slow, quick = Document(), Document()
        _paragraph_by_paragraph(slow, lines, size, **fmt)
        D._text(quick, lines, size, **fmt)
        assert etree.tostring(slow.element.body) == etree.tostring(quick.element.body), lines


_WINDOW_MODULES = """
import sys
from pathlib import Path
from gbv_desktop.ui.app import application
app = application("vi")
from gbv_desktop.storage.database import Database
from gbv_desktop.ui.main_window import MainWindow
window = MainWindow(Database.open(Path(sys.argv[1]), "admin", sys.argv[2]))
window.show()
def done():
    window.home.updated.disconnect(done)
    print(" ".join(sorted(sys.modules)), flush=True)
    app.quit()
window.home.updated.connect(done)
app.exec()
"""


def test_the_window_opens_without_loading_what_it_does_not_show(city_db_path: Path) -> None:
    """Start-up pays only for the home page: its figures are plain SQL (no sqlite-utils,
    a tenth of a second to import), and the Backups page, the wizards and the report
    writers load when they are first opened."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", _WINDOW_MODULES, str(city_db_path), PASSWORD],
                         capture_output=True, text=True, env=env, timeout=120,
                         check=True).stdout.split()  # fmt: skip
    assert "gbv_desktop.ui.pages.home" in out and "gbv_desktop.reports.dashboard" in out
    for module in ("sqlite_utils", "gbv_desktop.ui.pages.backups", "gbv_desktop.ui.setup_wizard",
                   "gbv_desktop.ui.report_wizard", "gbv_desktop.reports.pdf", "reportlab"):  # fmt: skip
        assert module not in out, module


_SIGNIN_MODULES = """
import sys
from pathlib import Path
from gbv_desktop.ui.app import WINDOW_MODULES, application, signin_dialog
app = application("vi")
from gbv_desktop.ui.instance import check_before_sign_in
path = Path(sys.argv[1])
lock = check_before_sign_in(path)
dialog = signin_dialog(path)
dialog.show()
from PySide6.QtCore import QTimer
def shown():
    print("SHOWN", " ".join(sorted(sys.modules)), flush=True)
    def waited():
        if all(m in sys.modules for m in WINDOW_MODULES) and "sqlite_utils" in sys.modules:
            print("WAITED", " ".join(sorted(sys.modules)), flush=True)
            app.quit()
        else:
            QTimer.singleShot(20, waited)
    waited()
QTimer.singleShot(0, shown)
QTimer.singleShot(20_000, app.quit)
app.exec()
"""


def test_the_sign_in_dialog_loads_only_what_it_shows(city_db_path: Path) -> None:
    """The first window at every start opens without the storage layer, the wizards or
    the main window; what signing in and the main window need is imported while it
    waits for the password (ui/app.py, import_when_idle)."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", _SIGNIN_MODULES, str(city_db_path)],
                         capture_output=True, text=True, env=env, timeout=120,
                         check=True).stdout.splitlines()  # fmt: skip
    shown = next(line for line in out if line.startswith("SHOWN")).split()
    waited = next(line for line in out if line.startswith("WAITED")).split()
    assert "gbv_desktop.ui.signin" in shown
    for module in ("gbv_desktop.storage.database", "sqlcipher3", "cryptography",
                   "gbv_desktop.ui.main_window", "gbv_desktop.ui.pages.home", "sqlite_utils",
                   "gbv_desktop.storage.errors", "gbv_desktop.domain.messages", "dataclasses",
                   "hashlib"):  # fmt: skip
        assert module not in shown, module
        assert module in waited, module
    for module in ("gbv_desktop.ui.setup_wizard", "gbv_desktop.ui.recovery"):
        assert module not in waited, module
    assert "gbv_desktop.ui.report_wizard" not in waited and "reportlab" not in waited
