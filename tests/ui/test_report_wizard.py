"""The report wizard driven end to end, the figures table model, the worker, and the
Reports page's history with its "changed since" mark."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from gbv_desktop.domain import demo
from gbv_desktop.domain.records import Activity, Case
from gbv_desktop.reports.history import list_reports
from gbv_desktop.reports.model import Table
from gbv_desktop.reports.package import read_package
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore
from gbv_desktop.ui.pages.reports import ReportsPage
from gbv_desktop.ui.report_wizard import FigureTableModel, ReportWizard
from gbv_desktop.ui.worker import Worker
from tests.conftest import PASSWORD

END = date(2025, 5, 14)
TODAY = date(2025, 5, 10)
STEM = "BaoCao_6thang_2025_PhuongTanLoi"


@pytest.fixture
def ward(db: Database) -> Database:
    store = RecordStore(db)
    store.save_many(demo.generate(seed=11, years=1, end=END), today=END)
    return db


def make_wizard(qtbot: QtBot, database: Database) -> ReportWizard:
    wizard = ReportWizard(database, today=TODAY)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def test_the_wizard_end_to_end(
    qtbot: QtBot, ward: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = RecordStore(ward)
    empty_talk = store.save(
        Activity(start_date=date(2025, 4, 2), title="Nói chuyện tổ 3", form="talk",
                 attendance_total=0),
        today=END,
    )  # fmt: skip
    wizard = make_wizard(qtbot, ward)

    # (a) The next report due on 10 May is the 6-month report of 2025.
    assert wizard.currentPage() is wizard.kind_page
    assert (wizard.kind.code(), wizard.year.value()) == ("half_year", 2025)
    assert wizard.start.value() == date(2024, 12, 15) and wizard.end.value() == END
    assert "15/05/2025" in wizard.due.text()
    wizard.kind.set_code("annual")
    assert wizard.end.value() == date(2025, 12, 14)
    wizard.kind.set_code("half_year")
    assert wizard.end.value() == END
    assert not wizard.masked.isChecked()  # exact counts unless asked

    # (b) The completeness check lists the talk without attendance; Next waits for
    # "go on anyway" or for the records to be completed.
    wizard.next()
    assert wizard.currentPage() is wizard.check_page
    rows = wizard.check_model.rows
    assert ("activity", empty_talk) in {(r.kind, r.id) for r in rows}
    assert wizard.check_list.isVisible()
    row = next(i for i, r in enumerate(rows) if (r.kind, r.id) == ("activity", empty_talk))
    index = wizard.check_model.index(row, 0)
    attendance_before = wizard.document.figures.values["attendance.total"]  # type: ignore[union-attr]

    def complete_the_form() -> None:
        form = wizard.open_forms[-1]
        form.total.setValue(45)
        assert form.save()

    QTimer.singleShot(0, complete_the_form)
    wizard._open_index(index)  # what a double click does
    assert ("activity", empty_talk) not in {(r.kind, r.id) for r in wizard.check_model.rows}
    if wizard.check_model.rows:
        assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
        wizard.go_on.setChecked(True)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()

    # (c) The figures, computed again after the save.
    wizard.next()
    assert wizard.currentPage() is wizard.figures_page
    figures = wizard.document.figures  # type: ignore[union-attr]
    assert figures.values["attendance.total"] == attendance_before + 45
    assert wizard.table_list.count() == len(figures.tables)
    assert wizard.figure_model.table is figures.tables[0]
    wizard.table_list.setCurrentRow(3)
    assert wizard.figure_model.table is figures.tables[3]
    assert wizard.figure_model.rowCount() == len(figures.tables[3].rows)
    assert "%" in wizard.indicator_labels["I1"][1].text()
    assert not wizard.empty_notice.isVisible()

    # (d) The text: drafted sections filled in, the officer's own empty with a hint.
    wizard.next()
    assert wizard.currentPage() is wizard.text_page
    drafted = wizard.section_boxes["II.1"].toPlainText()
    assert "hoạt động truyền thông" in drafted
    assert wizard.section_boxes["V"].toPlainText() == ""
    assert wizard.section_boxes["V"].placeholderText()
    wizard.section_boxes["V"].setPlainText("Tiếp tục tuyên truyền tại các tổ dân phố.")
    wizard.section_boxes["I"].setPlainText("Tình hình do cán bộ viết lại.")
    wizard.restore_buttons["II.1"].click()
    assert wizard.section_boxes["II.1"].toPlainText() == drafted

    # (e) The letter.
    wizard.next()
    assert wizard.currentPage() is wizard.letter_page
    assert wizard.subject.toPlainText().endswith("6 tháng đầu năm 2025")
    assert wizard.distribution.toPlainText() == "- Như trên;\n- Lưu: VT."
    wizard.number.setText("12/BC-UBND")
    wizard.recipients.setPlainText(
        "Phòng Lao động – Thương binh và Xã hội thành phố\nHội LHPN phường"
    )

    # (f) The files and where: a folder chosen with the dialog.
    wizard.next()
    assert wizard.currentPage() is wizard.files_page
    out = tmp_path / "reports"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    wizard.browse.click()
    assert wizard.destination() == out
    wizard.email_to.setText("phonglaodong@example.vn")
    with qtbot.waitSignal(wizard.produced, timeout=60_000) as blocker:
        wizard.next()  # "Produce the report": runs in a worker thread
        assert wizard.currentPage() is wizard.files_page
    paths = blocker.args[0]
    assert [p.name for p in paths] == [
        f"{STEM}.{e}" for e in ("pdf", "docx", "xlsx", "json", "eml")
    ]
    assert all(p.exists() for p in paths)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.done_page)
    assert wizard.file_list.count() == 5
    package = read_package(out / f"{STEM}.json")
    assert package["report"]["number"] == "12/BC-UBND"
    assert package["narrative"]["V"] == "Tiếp tục tuyên truyền tại các tổ dân phố."
    assert package["narrative"]["I"] == "Tình hình do cán bộ viết lại."
    assert package["values"]["attendance.total"] == attendance_before + 45

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    wizard.open_folder_button.click()
    wizard.open_email_button.click()
    assert opened == [str(out), str(out / f"{STEM}.eml")]

    entries = list_reports(ward)
    assert len(entries) == 1 and entries[0].number == "12/BC-UBND"
    wizard.accept()


def test_masking_is_chosen_first_and_shows_in_the_figures(qtbot: QtBot, ward: Database) -> None:
    wizard = make_wizard(qtbot, ward)
    wizard.masked.setChecked(True)
    wizard.next()
    wizard.go_on.setChecked(True)
    wizard.next()
    figures = wizard.document.figures  # type: ignore[union-attr]
    assert figures.masked
    shown = [
        wizard.figure_model.data(wizard.figure_model.index(r, c))
        for k in range(len(figures.tables))
        if not wizard.table_list.setCurrentRow(k)
        for r in range(wizard.figure_model.rowCount())
        for c in range(wizard.figure_model.columnCount())
    ]
    assert "<5" in shown


def test_a_folder_that_cannot_be_written_keeps_the_wizard_open(
    qtbot: QtBot, ward: Database, tmp_path: Path
) -> None:
    wizard = make_wizard(qtbot, ward)
    for _ in range(2):
        wizard.next()
    wizard.go_on.setChecked(True)
    while wizard.currentPage() is not wizard.files_page:
        wizard.next()
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    wizard.folder.setText(str(blocker_file / "sub"))
    worker_done = []
    wizard.next()
    assert wizard._worker is not None
    wizard._worker.failed.connect(lambda exc: worker_done.append(exc))
    qtbot.waitUntil(lambda: bool(worker_done), timeout=60_000)
    qtbot.waitUntil(lambda: not wizard.produce_error.isHidden())
    assert str(blocker_file / "sub") in wizard.produce_error.text()
    assert wizard.currentPage() is wizard.files_page
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    assert list_reports(ward) == []


def test_figure_table_model(qtbot: QtBot, qtmodeltester) -> None:
    table = Table(
        "t", "Bảng", ["Hình thức", "Số buổi", "Tỷ lệ nam (%)", "Ghi chú"],
        [["Nói chuyện", 1234, 38.5, "–"], ["Phát thanh", None, None, "x"], ["Tổng số", 1240, 40.0, ""]],
        "II.1", "", True,
    )  # fmt: skip
    model = FigureTableModel()
    model.set_table(table, masked=True)
    qtmodeltester.check(model)
    assert model.data(model.index(0, 1)) == "1.234"
    assert model.data(model.index(0, 2)) == "38,5"
    assert model.data(model.index(1, 1)) == "<5"
    assert model.data(model.index(1, 1), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(2, 0), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, 0), Qt.ItemDataRole.FontRole) is None
    assert model.headerData(2, Qt.Orientation.Horizontal) == "Tỷ lệ nam (%)"
    align = model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)
    model.set_table(table, masked=False)
    assert model.data(model.index(1, 1)) == "–"
    model.set_table(None)
    assert model.rowCount() == 0 and model.data(QModelIndex()) is None


def test_the_worker_runs_on_its_own_connection(qtbot: QtBot, db: Database) -> None:
    seen: list[object] = []

    def job(database, progress):  # type: ignore[no-untyped-def]
        progress(1, 2, "half way")
        seen.append(database)
        return database.conn.execute("SELECT count(*) FROM users").fetchone()[0]

    worker = Worker(db, job)
    steps: list[tuple[int, int, str]] = []
    worker.progress.connect(lambda *a: steps.append(a))
    with qtbot.waitSignal(worker.succeeded, timeout=10_000) as blocker:
        worker.start()
    assert blocker.args == [1]
    assert steps == [(1, 2, "half way")]
    assert seen and seen[0] is not db
    assert seen[0]._key == bytearray(len(seen[0]._key))  # closed: its key overwritten
    assert db.conn.execute("SELECT 1").fetchone()[0] == 1  # the window's connection is fine

    failing = Worker(db, lambda database, progress: 1 / 0)
    with qtbot.waitSignal(failing.failed, timeout=10_000) as blocker:
        failing.start()
    assert isinstance(blocker.args[0], ZeroDivisionError)


def test_the_reports_page_lists_reports_and_marks_changes(
    qtbot: QtBot, ward: Database, tmp_path: Path
) -> None:
    from gbv_desktop.reports.history import record_report
    from gbv_desktop.reports.produce import build_document

    page = ReportsPage(ward)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert page.empty.isVisible() and not page.table.isVisible()
    assert page.new_button.isEnabled()

    document = build_document(ward, "half_year", 2025)
    document.letter.number = "07/BC-UBND"
    record_report(ward, document)
    page.refresh()
    assert page.model.rowCount() == 1 and page.table.isVisible()
    qtbot.waitUntil(lambda: not page.checking and bool(page.model.changed), timeout=30_000)
    texts = [page.model.data(page.model.index(0, c)) for c in range(page.model.columnCount())]
    assert "07/BC-UBND" in texts
    assert "15/12/2024 – 14/05/2025" in texts
    assert page.model.changed == {page.model.rows[0].id: False}

    RecordStore(ward).save(
        Case(reported_on=date(2025, 3, 1), violence_types=["physical"]), today=END
    )
    page.check_changes()
    qtbot.waitUntil(lambda: not page.checking and any(page.model.changed.values()), timeout=30_000)
    state = page.model.data(page.model.index(0, page.model.columnCount() - 1))
    assert state == page.model.tr("changed since")
    page.unload()


def test_a_viewer_cannot_start_a_report(qtbot: QtBot, ward: Database) -> None:
    ward.add_user("xem", PASSWORD, "viewer")
    viewer = Database.open(ward.path, "xem", PASSWORD)
    try:
        page = ReportsPage(viewer)
        qtbot.addWidget(page)
        assert not page.new_button.isEnabled()
        assert page.new_button.toolTip()
    finally:
        viewer.close()


def test_closing_while_producing_waits_for_the_files(
    qtbot: QtBot, ward: Database, tmp_path: Path
) -> None:
    """Locking closes every dialog with done(): the files are finished, never half done."""
    wizard = make_wizard(qtbot, ward)
    wizard.next()
    wizard.go_on.setChecked(True)
    while wizard.currentPage() is not wizard.files_page:
        wizard.next()
    out = tmp_path / "out"
    out.mkdir()
    wizard.folder.setText(str(out))
    wizard.next()
    assert wizard._worker is not None and wizard._busy
    wizard.reject()  # Cancel is refused while the files are being written
    assert wizard.isVisible()
    wizard.done(QWizard.DialogCode.Rejected)  # what locking does
    assert not wizard._worker.isRunning()
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"{STEM}.{e}" for e in ("pdf", "docx", "xlsx", "json", "eml"))
    assert len(list_reports(ward)) == 1


def test_a_page_that_goes_away_during_a_check_does_not_crash(qtbot: QtBot, ward: Database) -> None:
    from gbv_desktop.reports.history import record_report
    from gbv_desktop.reports.produce import build_document
    from gbv_desktop.ui import worker as worker_module

    record_report(ward, build_document(ward, "annual", 2025))
    page = ReportsPage(ward)
    assert page.checking  # started by refresh() in the constructor
    page.deleteLater()
    del page
    qtbot.waitUntil(lambda: not worker_module._RUNNING, timeout=30_000)
