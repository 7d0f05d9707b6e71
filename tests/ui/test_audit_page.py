"""The change log page: lazy model, filters in SQL, read-only, and "Verify the chain"
finding entries altered outside the program."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from gbv_desktop import i18n
from gbv_desktop.domain import demo
from gbv_desktop.domain.records import Activity
from gbv_desktop.storage import audit
from gbv_desktop.storage.audit import Filter
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore
from gbv_desktop.ui.main_window import MainWindow
from gbv_desktop.ui.models.audit_table import (
    BLOCK,
    AuditTableModel,
    details,
    make_filter,
    utc_bound,
)
from gbv_desktop.ui.pages.audit import AuditPage
from gbv_desktop.ui.session import Session
from tests.conftest import PASSWORD


def _pyside_emit_refcount_guard() -> None:
    """PySide6 6.12.0: `SignalInstance.emit()` returns True without a new reference, so
    every emit from Python takes one reference from True and the interpreter aborts
    ("bool_dealloc") once enough have been emitted. Until the application guards
    against it at start-up (requested of ui/app.py and tests/conftest.py), keep True
    alive for the test session, as Python 3.12 does for every such singleton."""
    import ctypes

    ctypes.c_ssize_t.from_address(id(True)).value += 1 << 32


_pyside_emit_refcount_guard()


TODAY = date(2025, 12, 31)


@pytest.fixture(autouse=True)
def english(qapp: Any) -> Iterator[None]:
    previous = i18n._language
    i18n.install("en", qapp)
    yield
    if previous is not None:
        i18n.install(previous, qapp)


def _activity(title: str) -> Activity:
    return Activity(
        start_date=date(2025, 3, 8), title=title, form="talk", setting="school", attendance_total=5
    )


@pytest.fixture
def logged(db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    """A log with entries by two accounts on known days (the clock is set per entry)."""
    clock = [datetime(2025, 3, 1, 2, 0, tzinfo=UTC)]
    monkeypatch.setattr(audit, "now_utc", lambda: clock[0].isoformat(timespec="microseconds"))
    store = RecordStore(db)
    store.save(_activity("Một"), today=TODAY)  # 2: create activity, admin, 1 March
    clock[0] += timedelta(days=10)
    activity = store.get("activity", 1)
    activity.title = "Một (sửa)"  # type: ignore[attr-defined]
    activity.notes = "ghi chú"  # type: ignore[attr-defined]
    store.save(activity, today=TODAY)  # 3: update, 11 March
    clock[0] += timedelta(days=10)
    db.add_user("lan", PASSWORD, "officer")  # 4: create user, 21 March
    with Database.open(db.path, "lan", PASSWORD) as lan:
        RecordStore(lan).save(_activity("Hai"), today=TODAY)  # 5: create, lan, 21 March
        RecordStore(lan).delete("activity", 2)  # 6: delete, lan
    monkeypatch.undo()
    return db


def test_storage_filters_and_count(logged: Database) -> None:
    conn = logged.conn
    assert audit.count(conn) == 6
    assert audit.entry_ids(conn) == [6, 5, 4, 3, 2, 1]
    assert audit.entry_ids(conn, Filter(username="lan")) == [6, 5]
    assert audit.entry_ids(conn, Filter(record_kind="activity")) == [6, 5, 3, 2]
    assert audit.entry_ids(conn, Filter(action="update")) == [3]
    assert audit.entry_ids(conn, Filter(username="lan", action="delete")) == [6]
    assert audit.count(conn, Filter(record_kind="user")) == 1
    assert audit.distinct(conn, "username") == ["admin", "lan"]
    assert audit.distinct(conn, "action") == ["create", "delete", "update"]
    with pytest.raises(ValueError):
        audit.distinct(conn, "summary; DROP TABLE audit")
    found = audit.entries_by_id(conn, [3, 99])
    assert list(found) == [3] and found[3].summary == {"fields": ["notes", "title"]}


def test_date_filters_use_local_days(logged: Database) -> None:
    conn = logged.conn
    march_11 = make_filter(since=date(2025, 3, 11), until=date(2025, 3, 11))
    assert audit.entry_ids(conn, march_11) == [3]
    # Entry 1 (the database's creation) was written at the real time, after 2025.
    assert audit.entry_ids(conn, make_filter(since=date(2025, 3, 20))) == [6, 5, 4, 1]
    assert audit.entry_ids(
        conn, make_filter(since=date(2025, 3, 20), until=date(2025, 12, 31))
    ) == [6, 5, 4]
    assert audit.entry_ids(conn, make_filter(until=date(2025, 3, 2))) == [2]
    assert utc_bound(date(2025, 3, 11)) == datetime(2025, 3, 11).astimezone(UTC).isoformat(
        timespec="microseconds"
    )


def test_model(qtmodeltester: Any, logged: Database) -> None:
    model = AuditTableModel(logged)
    model.reload()
    qtmodeltester.check(model)
    assert model.rowCount() == 6 and model.columnCount() == 6
    rows = [[model.index(r, c).data() for c in range(6)] for r in range(6)]
    assert rows[0][1:5] == ["lan", "Deleted", "Awareness activity", "2"]
    assert rows[3][1:] == ["admin", "Changed", "Awareness activity", "1", "Notes, Title"]
    assert rows[2][2:4] == ["Created", "Account"] and rows[2][5] == "role: Officer"
    assert rows[5][3] == "Database"
    # Times are local, day first.
    local = datetime(2025, 3, 11, 2, 0, tzinfo=UTC).astimezone().strftime("%d/%m/%Y %H:%M:%S")
    assert rows[3][0] == local
    # Read-only: nothing is editable.
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_the_model_reads_lazily(db: Database) -> None:
    RecordStore(db).save_many(list(demo.generate(seed=1, records=1500, end=TODAY)), today=TODAY)
    model = AuditTableModel(db)
    model.reload()
    assert model.rowCount() == 1501
    assert model.cached_rows == 0
    model.index(0, 0).data()
    assert model.cached_rows == BLOCK
    model.index(1000, 2).data()
    assert model.cached_rows == 2 * BLOCK
    model.clear()
    assert model.rowCount() == 0 and model.cached_rows == 0


def test_details_never_show_values(logged: Database) -> None:
    entries = audit.entries(logged.conn)
    text = " ".join(details(e) for e in entries)
    for value in ("Một", "ghi chú", "Hai", PASSWORD):
        assert value not in text


def _page(qtbot: QtBot, db: Database) -> AuditPage:
    page = AuditPage(db)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    return page


def test_page_filters(qtbot: QtBot, logged: Database) -> None:
    page = _page(qtbot, logged)
    assert page.model.rowCount() == 6
    assert page.count_label.text() == "6 entries."
    assert [page.user_combo.itemText(i) for i in range(page.user_combo.count())] == [
        "All accounts", "admin", "lan",
    ]  # fmt: skip
    page.user_combo.setCurrentIndex(page.user_combo.findData("lan"))
    assert page.model.rowCount() == 2
    assert page.count_label.text() == "2 of 6 entries."
    page.action_combo.setCurrentIndex(page.action_combo.findData("delete"))
    assert page.model.rowCount() == 1
    page.clear_button.click()
    assert page.model.rowCount() == 6
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("user"))
    assert page.model.rowCount() == 1
    page.clear_button.click()
    page.since.set_value(date(2025, 3, 11))
    page.until.set_value(date(2025, 3, 11))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers


def test_verify_says_intact_then_finds_an_altered_entry(qtbot: QtBot, logged: Database) -> None:
    page = _page(qtbot, logged)
    with qtbot.waitSignal(page.verify_button.clicked):
        page.verify_button.click()
    qtbot.waitUntil(lambda: not page.verifying, timeout=5000)
    assert "intact" in page.result.text() and "6" in page.result.text()
    assert page.model.altered == set()

    # Someone edits the log with another tool: who did entry 3 is changed.
    with logged.conn:
        logged.conn.execute("UPDATE audit SET username = 'lan' WHERE id = 3")
    page.verify()
    qtbot.waitUntil(lambda: not page.verifying, timeout=5000)
    assert "altered outside the program" in page.result.text()
    assert "entries 3" in page.result.text()
    page.refresh()
    row = [page.model.entry_id(r) for r in range(page.model.rowCount())].index(3)
    assert page.model.index(row, 1).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert "altered" in page.model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def test_locking_drops_the_log_from_memory(
    qtbot: QtBot, logged: Database, monkeypatch: Any
) -> None:
    monkeypatch.setattr(Session, "unlock", lambda self: None)
    session = Session(logged.path)
    window = session.open(logged, "audit")
    qtbot.addWidget(window)
    page = window.audit_page
    assert isinstance(page, AuditPage) and isinstance(window, MainWindow)
    assert page.model.rowCount() == 6
    page.model.index(0, 0).data()
    assert page.model.cached_rows > 0
    window.lock_requested.emit()
    qtbot.waitUntil(lambda: session.is_locked, timeout=5000)
    assert page.model.rowCount() == 0 and page.model.cached_rows == 0
