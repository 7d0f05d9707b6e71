"""The city office's page on real databases: the tracker, importing by file picker,
folder, removable drive and drag and drop (off the GUI thread), the confirmation before
a newer package replaces an older one, the exports and the reminder list, the member
units editor, and the compiled report's files."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gbv_desktop.domain.profile import default_profile
from gbv_desktop.reports import consolidate as co
from gbv_desktop.reports.package import read_package
from gbv_desktop.storage import location
from gbv_desktop.storage.database import Database
from gbv_desktop.ui.pages import city as city_module
from gbv_desktop.ui.pages.city import CityPage, MemberUnitsModel, TrackerModel, nearest_report
from tests.conftest import PASSWORD
from tests.reports.test_consolidate import HALF, MEMBERS, Packages, build_packages

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
TODAY = date(2025, 5, 20)
WAIT = 20_000


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Packages:
    return build_packages(tmp_path_factory.mktemp("units"))


@pytest.fixture
def city(tmp_path: Path) -> Iterator[Database]:
    db, _ = Database.create(
        tmp_path / "city.db", default_profile("Buôn Ma Thuột", "643", "city"), "admin", PASSWORD
    )
    for unit in MEMBERS:
        co.add_member_unit(db, unit.name, unit.code, unit.level)
    yield db
    db.close()


@pytest.fixture(autouse=True)
def no_drives(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(location, "removable_drives", lambda *a, **k: [])


def make_page(qtbot: QtBot, database: Database) -> CityPage:
    page = CityPage(database)
    qtbot.addWidget(page)
    page.received.today = TODAY
    page.received.set_report("half_year", 2025)
    page.resize(1180, 680)
    page.show()
    qtbot.waitExposed(page)
    return page


def answer(monkeypatch: pytest.MonkeyPatch, yes: bool) -> list[str]:
    asked: list[str] = []

    def exec_(box: QMessageBox) -> QMessageBox.StandardButton:
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def statuses(page: CityPage) -> list[tuple[str, str]]:
    return [(r.unit.code, r.status) for r in page.received.model.rows]


def test_the_models(qtmodeltester, city: Database, packages: Packages) -> None:
    co.import_packages(city, [packages.half["24121"]], "half_year", 2025, received_on=TODAY)
    tracker = TrackerModel()
    tracker.set_rows(co.tracker(city, "half_year", 2025, TODAY), TODAY)
    qtmodeltester.check(tracker)
    assert tracker.data(tracker.index(0, 3)) == "Received late (5 day(s))"
    assert tracker.data(tracker.index(1, 3)) == "Missing, 5 day(s) overdue"
    members = MemberUnitsModel(city)
    members.refresh()
    qtmodeltester.check(members)
    assert members.data(members.index(1, 1)) == "Xã Ea Tu"
    assert members.data(members.index(1, 3)) == "Commune"


def test_the_report_being_collected(city: Database) -> None:
    assert nearest_report(city.programme, date(2025, 5, 20)) == ("half_year", 2025)
    assert nearest_report(city.programme, date(2025, 11, 1)) == ("annual", 2025)
    assert nearest_report(city.programme, date(2026, 1, 10)) == ("annual", 2025)


def test_import_files_then_compile(
    qtbot: QtBot,
    city: Database,
    packages: Packages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, city)
    tab = page.received
    assert (tab.from_date.value(), tab.to_date.value(), tab.due()) == (
        HALF.start, HALF.end, date(2025, 5, 15)
    )  # fmt: skip
    assert not tab.from_date.isEnabled() and not tab.compile_button.isEnabled()
    assert statuses(page) == [(u.code, co.MISSING) for u in MEMBERS]
    assert "Received from 0 of 3 member units" in tab.summary.text()

    chosen = [str(packages.half["24121"]), str(packages.masked)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))
    with qtbot.waitSignal(tab.imported, timeout=WAIT):
        qtbot.mouseClick(tab.files_button, Qt.MouseButton.LeftButton)
    assert tab.worker is None and tab.results is not None and tab.results.isVisible()
    lines = [tab.results.list.item(i).text() for i in range(tab.results.list.count())]
    assert lines[0] == "✓ half-24121.json: imported (Phường Tân An)."
    assert lines[1].startswith("✗ masked.json: not imported: it is a masked copy")
    assert tab.results.summary.text() == "1 of 2 file(s) imported."
    assert statuses(page)[0] == ("24121", co.LATE)  # received today, after the 15th
    assert tab.compile_button.isEnabled()
    tab.results.close()

    out = tmp_path / "out"
    out.mkdir()
    qtbot.mouseClick(tab.compile_button, Qt.MouseButton.LeftButton)
    dialog = tab.compile_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.heading.text() == "6-month report 2025, period 15/12/2024 – 14/05/2025"
    dialog.folder.setText(str(out))
    dialog.number.setText("12/BC-UBND")
    dialog.format_boxes["eml"].setChecked(False)
    with qtbot.waitSignal(dialog.produced, timeout=60_000):
        qtbot.mouseClick(dialog.compile_button, Qt.MouseButton.LeftButton)
    stem = "BaoCao_6thang_2025_ThanhPhoBuonMaThuot"
    assert sorted(p.name for p in out.iterdir()) == sorted(
        f"{stem}.{e}" for e in ("pdf", "docx", "xlsx", "json")
    )
    assert dialog.files.count() == 4 and dialog.open_button.isVisible()
    package = read_package(out / f"{stem}.json")
    assert package["report"]["number"] == "12/BC-UBND"
    assert package["values"]["units.reported"] == 1
    dialog.close()


def test_drop_a_folder_and_confirm_a_newer_package(
    qtbot: QtBot,
    city: Database,
    packages: Packages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, city)
    tab = page.received
    folder = tmp_path / "email"
    folder.mkdir()
    for code in ("24121", "24004"):
        (folder / f"{code}.json").write_bytes(packages.half[code].read_bytes())

    def drop(*paths: Path) -> None:
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
        event = QDropEvent(
            QPointF(20, 20), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )  # fmt: skip
        with qtbot.waitSignal(tab.imported, timeout=WAIT):
            tab.dropEvent(event)
        assert event.isAccepted()

    assert tab.acceptDrops()
    drop(folder)
    assert statuses(page) == [("24121", co.LATE), ("24004", co.LATE), ("24133", co.MISSING)]

    asked = answer(monkeypatch, yes=False)
    drop(packages.newer)
    assert len(asked) == 1 and "Phường Tân An has sent a newer package" in asked[0]
    assert "letter 07/BC-UBND of 12/05/2025" in asked[0]
    assert tab.last_result.outcomes[0].status == co.KEPT  # type: ignore[union-attr]
    assert len(co.received_packages(city, "half_year", HALF)) == 2

    asked = answer(monkeypatch, yes=True)
    drop(packages.newer)
    assert len(asked) == 1
    assert tab.last_result.outcomes[0].status == co.REPLACED  # type: ignore[union-attr]
    kept = [p for p in co.received_packages(city, "half_year", HALF) if p.unit_code == "24121"]
    assert len(kept) == 2 and kept[0].superseded_by == kept[1].id
    assert kept[1].received_on == TODAY
    row = tab.model.rows[0]
    assert row.versions == 2 and row.package is not None and row.package.number == "07/BC-UBND"
    assert tab.model.data(tab.model.index(0, 4)) == "20/05/2025"  # both received today
    tip = tab.model.data(tab.model.index(0, 6), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("The unit sent a newer package")


def test_a_removable_drive_and_the_exports(
    qtbot: QtBot,
    city: Database,
    packages: Packages,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drive = tmp_path / "USB"
    (drive / "BaoCao").mkdir(parents=True)
    (drive / "BaoCao" / "tanan.json").write_bytes(packages.half["24121"].read_bytes())
    page = make_page(qtbot, city)
    tab = page.received
    assert not tab.drive_button.isEnabled()
    monkeypatch.setattr(location, "removable_drives", lambda *a, **k: [drive])
    qtbot.mouseClick(tab.refresh_drives_button, Qt.MouseButton.LeftButton)
    assert tab.drives.currentData() == str(drive) and tab.drive_button.isEnabled()
    with qtbot.waitSignal(tab.imported, timeout=WAIT):
        qtbot.mouseClick(tab.drive_button, Qt.MouseButton.LeftButton)
    assert statuses(page)[0] == ("24121", co.LATE)

    for suffix, chosen in ((".xlsx", "Excel workbook (*.xlsx)"), (".csv", "CSV (*.csv)")):
        target = tmp_path / f"tracker{suffix}"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, t=target, c=chosen, **k: (str(t), c)
        )
        qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
        assert target.exists()
    rows = list(csv.reader((tmp_path / "tracker.csv").read_text("utf-8-sig").splitlines()))
    assert [r[3] for r in rows[1:]] == ["Nhận muộn", "Chưa nhận", "Chưa nhận"]

    qtbot.mouseClick(tab.reminder_button, Qt.MouseButton.LeftButton)
    reminder = tab.reminder
    assert reminder is not None and reminder.isVisible()
    text = reminder.text.toPlainText()
    assert "1. Xã Ea Tu (mã 24004) – quá hạn 5 ngày" in text
    assert "2. Phường Tân Lợi (mã 24133) – quá hạn 5 ngày" in text
    qtbot.mouseClick(reminder.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    reminder.close()


def test_the_member_units_editor(
    qtbot: QtBot, city: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, city)
    tab = page.members
    page.tabs.setCurrentWidget(tab)
    tab.name_edit.setText("Phường Tân Hòa")
    tab.code_edit.setText("2412")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert tab.error.isVisible() and "exactly 5 digits" in tab.error.text()
    tab.code_edit.setText("")
    qtbot.keyClick(tab.name_edit, Qt.Key.Key_Return)
    assert not tab.error.isVisible() and tab.name_edit.text() == ""
    assert [u.name for u in tab.model.units][-1] == "Phường Tân Hòa"
    assert tab.no_code.isVisible() and tab.no_code.text().startswith("1 unit(s) have no code")
    # The tracker follows the list.
    assert len(page.received.model.rows) == 4

    model = tab.model
    code_cell = model.index(3, 2)
    assert model.data(code_cell) == "(to enter)"
    assert not model.setData(code_cell, "24121")  # taken by Tân An
    assert tab.error.isVisible() and "already used by Phường Tân An" in tab.error.text()
    assert model.setData(code_cell, "24125")
    assert not tab.error.isVisible() and not tab.no_code.isVisible()
    assert model.setData(model.index(3, 3), "commune")
    assert co.list_member_units(city)[3].level == "commune"

    tab.table.selectRow(3)
    qtbot.mouseClick(tab.up_button, Qt.MouseButton.LeftButton)
    assert [u.code for u in co.list_member_units(city)][2] == "24125"
    answer(monkeypatch, yes=False)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert len(co.list_member_units(city)) == 4
    answer(monkeypatch, yes=True)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    assert len(co.list_member_units(city)) == 3

    qtbot.mouseClick(tab.preset_button, Qt.MouseButton.LeftButton)
    assert len(co.list_member_units(city)) == 21  # Tân An, Ea Tu, Tân Lợi were there
    assert tab.no_code.text().startswith("18 unit(s) have no code")
    qtbot.mouseClick(tab.preset_button, Qt.MouseButton.LeftButton)
    assert tab.error.text() == "Every ward and commune of the list is already there."


def test_a_viewer_looks_only(qtbot: QtBot, city: Database) -> None:
    city.add_user("xem", PASSWORD, "viewer")
    path = city.path
    city.close()
    with Database.open(path, "xem", PASSWORD) as viewer:
        page = make_page(qtbot, viewer)
        tab = page.received
        for button in (tab.files_button, tab.folder_button, tab.drive_button, tab.compile_button):
            assert not button.isEnabled()
        assert not tab.acceptDrops()
        assert not page.members.add_button.isEnabled()
        assert not page.members.model.flags(page.members.model.index(0, 2)) & (
            Qt.ItemFlag.ItemIsEditable
        )
        assert len(tab.model.rows) == 3
        page.close()


def test_the_window_shows_the_page_for_a_city_only(qtbot: QtBot, city: Database, make_db) -> None:
    from gbv_desktop.ui.main_window import MainWindow

    window = MainWindow(city)
    qtbot.addWidget(window)
    assert isinstance(window.pages["city"], CityPage)
    window.show_page("city")
    assert window.current_page_key() == "city"
    window.close()
    ward = make_db("ward.db")
    other = MainWindow(ward)
    qtbot.addWidget(other)
    assert "city" not in other.pages
    other.close()


def test_no_sql_in_the_page() -> None:
    source = Path(city_module.__file__).read_text("utf-8")
    assert "SELECT" not in source and ".execute(" not in source
