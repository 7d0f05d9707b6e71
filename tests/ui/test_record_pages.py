"""The record list page (pages/records.py) on real databases filled with demo data.

Search, period and type filters, sorting by the headers, totals, deletion, a viewer's
rights and unloading on lock are checked against what `RecordStore.all` returns; a
city's 100,000 records check that the list stays smooth.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSignalBlocker, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from gbv_desktop.domain import demo
from gbv_desktop.domain.calendar import Period
from gbv_desktop.domain.records import Activity, Case, Mobilisation, Record
from gbv_desktop.domain.text import fold, sort_key
from gbv_desktop.storage import audit
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import RecordNotFound
from gbv_desktop.storage.records import SPECS, RecordStore
from gbv_desktop.ui.models.record_table import CACHE_ROWS, RecordIdRole, RowRole
from gbv_desktop.ui.pages.records import RecordPage
from tests.conftest import PASSWORD

# The offscreen platform plugin warns whenever a shown window's size limits change (the
# totals line growing, say); it cannot resize windows anyway. Nothing else is ignored.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

END = date(2025, 12, 31)


@pytest.fixture
def store(db: Database) -> RecordStore:
    store = RecordStore(db)
    store.save_many(list(demo.generate(seed=1, years=2, end=END)), today=END)
    return store


@pytest.fixture
def make_page(qtbot: QtBot, db: Database) -> Iterator[Callable[..., RecordPage]]:
    """Record pages, shown; unloaded at the end before any database closes."""
    pages: list[RecordPage] = []

    def make(store: RecordStore, kind: str, size: tuple[int, int] = (1366, 768)) -> RecordPage:
        page = RecordPage(store, kind)
        qtbot.addWidget(page)
        pages.append(page)
        page.resize(*size)
        page.show()
        qtbot.waitExposed(page)
        page.refresh()
        return page

    yield make
    for page in pages:
        page.unload()
        page.hide()


def shown_ids(page: RecordPage) -> list[int]:
    model = page.model
    return [model.data(model.index(row, 0), RecordIdRole) for row in range(model.rowCount())]


def shown_rows(page: RecordPage) -> list[dict[str, object]]:
    model = page.model
    return [model.data(model.index(row, 0), RowRole) for row in range(model.rowCount())]


def numbers(text: str) -> list[int]:
    """The numbers in a label, written with Vietnamese grouping (1.234.567)."""
    return [int(n.replace(".", "")) for n in re.findall(r"\d+(?:\.\d{3})*", text)]


def searchable(record: Record) -> str:
    """The text a record is found by, folded: its text fields and its Vietnamese labels."""
    spec = SPECS[record.kind]
    parts = [str(getattr(record, n) or "") for n in spec.search]
    parts += [voc.label(str(getattr(record, n)), "vi") for n, voc in spec.labels]
    return fold(" ".join(parts))


def click_header(qtbot: QtBot, page: RecordPage, key: str) -> None:
    header = page.table.horizontalHeader()
    column = [c.key for c in page.model.columns].index(key)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    assert 0 < x < header.viewport().width(), "the column is not on screen"
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def select_row(qtbot: QtBot, page: RecordPage, row: int) -> int:
    index = page.model.index(row, 1)
    page.table.scrollTo(index)
    qtbot.mouseClick(
        page.table.viewport(), Qt.MouseButton.LeftButton, pos=page.table.visualRect(index).center()
    )
    record_id = page.selected_id()
    assert record_id == page.model.record_id(row)
    return record_id


# -- search and filters --------------------------------------------------------------------


def test_the_list_shows_every_record_newest_first(
    store: RecordStore, make_page: Callable[..., RecordPage]
) -> None:
    page = make_page(store, "activity")
    records = list(store.all("activity"))
    assert sorted(shown_ids(page)) == sorted(r.id for r in records)
    days = [row["start_date"] for row in shown_rows(page)]
    assert days == sorted(days, reverse=True)


def test_search_ignores_diacritics_and_case(
    qtbot: QtBot, store: RecordStore, make_page: Callable[..., RecordPage]
) -> None:
    page = make_page(store, "activity")
    everything = page.model.rowCount()
    qtbot.keyClicks(page.search, "to dan pho")  # typed without diacritics
    qtbot.waitUntil(lambda: page.model.rowCount() != everything, timeout=3000)
    found = set(shown_ids(page))
    expected = {
        r.id
        for r in store.all("activity")
        if all(word in searchable(r) for word in ("to", "dan", "pho"))
    }
    assert found == expected
    in_residential_groups = {r.id for r in store.all("activity") if "Tổ dân phố" in r.hamlet}
    assert in_residential_groups and in_residential_groups <= found

    for text in ("Tổ dân phố 3", "TO DAN PHO 3", "tổ dân phố 3"):
        with QSignalBlocker(page.search):
            page.search.setText(text)
        page.refresh()
        assert {r["hamlet"] for r in shown_rows(page)} >= {"Tổ dân phố 3"}
        assert set(shown_ids(page)) == set(store.search_ids("activity", "to dan pho 3"))

    with QSignalBlocker(page.search):
        page.search.setText("Đoàn")  # đ folds to d: "doan" finds it too
    page.refresh()
    with_d = set(shown_ids(page))
    assert with_d and with_d == set(store.search_ids("activity", "doan"))
    assert len(with_d) < everything
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == everything, timeout=3000)


def test_period_filter(store: RecordStore, make_page: Callable[..., RecordPage]) -> None:
    page = make_page(store, "activity")
    everything = set(shown_ids(page))
    page.period.set_code("custom")
    page.period.start.set_value(date(2025, 6, 1))
    page.period.end.set_value(date(2025, 6, 30))
    june = {
        r.id for r in store.all("activity") if date(2025, 6, 1) <= r.start_date <= date(2025, 6, 30)
    }  # type: ignore[attr-defined]
    assert june and set(shown_ids(page)) == june
    assert june == {
        r.id for r in store.all("activity", Period(date(2025, 6, 1), date(2025, 6, 30)))
    }
    page.period.set_code("all")
    assert set(shown_ids(page)) == everything

    cases = make_page(store, "case")
    cases.period.set_code("custom")
    cases.period.start.set_value(date(2024, 1, 1))
    cases.period.end.set_value(date(2024, 12, 31))
    expected = {r.id for r in store.all("case") if r.reported_on.year == 2024}  # type: ignore[attr-defined]
    assert expected and set(shown_ids(cases)) == expected

    funding = make_page(store, "funding")
    funding.period.set_code("custom")
    funding.period.start.set_value(date(2025, 1, 1))
    funding.period.end.set_value(date(2025, 12, 31))
    expected = {r.id for r in store.all("funding") if r.year == 2025}  # type: ignore[attr-defined]
    assert expected and set(shown_ids(funding)) == expected


def test_type_and_campaign_filters(
    store: RecordStore, make_page: Callable[..., RecordPage]
) -> None:
    page = make_page(store, "activity")
    activities = [r for r in store.all("activity") if isinstance(r, Activity)]
    page.filters["form"].set_code("talk")
    talks = {r.id for r in activities if r.form == "talk"}
    assert talks and set(shown_ids(page)) == talks
    page.filters["campaign"].set_code("gender_equality_month")
    both = {r.id for r in activities if r.form == "talk" and r.campaign == "gender_equality_month"}
    assert set(shown_ids(page)) == both
    page.filters["form"].set_code("")
    campaign = {r.id for r in activities if r.campaign == "gender_equality_month"}
    assert campaign and set(shown_ids(page)) == campaign
    page.filters["setting"].set_code("school")
    assert set(shown_ids(page)) == {r.id for r in activities if r.campaign == "gender_equality_month" and r.setting == "school"}  # fmt: skip

    sources = make_page(store, "mobilisation")
    gifts = [r for r in store.all("mobilisation") if isinstance(r, Mobilisation)]
    source = gifts[0].source
    sources.filters["source"].set_code(source)
    assert set(shown_ids(sources)) == {r.id for r in gifts if r.source == source}


def test_status_and_violence_type_filters(
    store: RecordStore, make_page: Callable[..., RecordPage]
) -> None:
    page = make_page(store, "case")
    cases = [r for r in store.all("case") if isinstance(r, Case)]
    for code in ("physical", "psychological", "sexual", "economic"):
        page.filters["violence_types"].set_code(code)  # a list column: "contains"
        assert set(shown_ids(page)) == {c.id for c in cases if code in c.violence_types}, code
    page.filters["violence_types"].set_code("psychological")
    page.filters["status"].set_code("closed")
    expected = {c.id for c in cases if "psychological" in c.violence_types and c.status == "closed"}
    assert set(shown_ids(page)) == expected
    page.filters["violence_types"].set_code("")
    assert set(shown_ids(page)) == {c.id for c in cases if c.status == "closed"}

    models = make_page(store, "model")
    assert models.period.isHidden()  # models are listed whatever their date
    models.filters["status"].set_code("active")
    assert set(shown_ids(models)) == {r.id for r in store.all("model") if r.status == "active"}  # type: ignore[attr-defined]


# -- sorting -------------------------------------------------------------------------------


def test_sorting_by_clicking_headers(
    qtbot: QtBot, store: RecordStore, make_page: Callable[..., RecordPage]
) -> None:
    page = make_page(store, "activity")
    click_header(qtbot, page, "hamlet")
    places = [str(r["hamlet"]) for r in shown_rows(page)]
    assert len(places) == len(list(store.all("activity")))
    # Vietnamese dictionary order: "Toàn phường" < "Tổ dân phố 1" < "Trường ..."
    assert places == sorted(places, key=sort_key)
    assert places != sorted(places), "the data should tell Vietnamese order from code points"
    header = page.table.horizontalHeader()
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder

    click_header(qtbot, page, "hamlet")
    places = [str(r["hamlet"]) for r in shown_rows(page)]
    assert places == sorted(places, key=sort_key, reverse=True)

    click_header(qtbot, page, "attendance_total")
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    counts = [
        -1 if r["attendance_total"] is None else r["attendance_total"] for r in shown_rows(page)
    ]
    assert counts == sorted(counts, reverse=descending)

    click_header(qtbot, page, "start_date")
    descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    days = [r["start_date"] for r in shown_rows(page)]
    assert days == sorted(days, reverse=descending)
    # The order stays while filtering.
    page.filters["form"].set_code("talk")
    days = [r["start_date"] for r in shown_rows(page)]
    assert days == sorted(days, reverse=descending)


# -- totals --------------------------------------------------------------------------------


def test_totals_match_the_records(store: RecordStore, make_page: Callable[..., RecordPage]) -> None:
    page = make_page(store, "activity")
    activities = [r for r in store.all("activity") if isinstance(r, Activity)]

    def expected(records: list[Activity]) -> list[int]:
        return [
            len(records),
            sum(r.attendance_total or 0 for r in records),
            sum(r.attendance_female or 0 for r in records),
            sum(r.attendance_male or 0 for r in records),
            sum(r.cost_vnd for r in records),
        ]

    assert numbers(page.totals_label.text()) == expected(activities)
    page.filters["campaign"].set_code("domestic_violence_month")
    page.period.set_code("custom")
    page.period.start.set_value(date(2025, 1, 1))
    page.period.end.set_value(date(2025, 12, 31))
    chosen = [
        r
        for r in activities
        if r.campaign == "domestic_violence_month" and r.start_date.year == 2025  # type: ignore[union-attr]
    ]
    assert chosen
    assert numbers(page.totals_label.text()) == expected(chosen)

    gifts = make_page(store, "mobilisation")
    all_gifts = [r for r in store.all("mobilisation") if isinstance(r, Mobilisation)]
    assert numbers(gifts.totals_label.text()) == [
        len(all_gifts),
        sum(r.cash_vnd for r in all_gifts),
        sum(r.in_kind_value_vnd for r in all_gifts),
    ]


# -- deleting, rights, locking -------------------------------------------------------------


def test_delete_asks_first(
    qtbot: QtBot,
    store: RecordStore,
    make_page: Callable[..., RecordPage],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(store, "activity")
    before = page.model.rowCount()
    record_id = select_row(qtbot, page, 3)
    asked: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> Callable[..., QMessageBox.StandardButton]:
        def question(parent: object, title: str, text: str, *args: object) -> object:
            asked.append(text)
            return button

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    assert store.get("activity", record_id).id == record_id
    assert page.model.rowCount() == before
    assert audit.entries(store.conn, record_kind="activity", limit=1)[0].action == "create"

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 2
    with pytest.raises(RecordNotFound):
        store.get("activity", record_id)
    assert page.model.rowCount() == before - 1
    assert record_id not in shown_ids(page)
    assert changed == [True]
    entry = audit.entries(store.conn, record_kind="activity", limit=1)[0]
    assert (entry.action, entry.record_id, entry.username) == ("delete", record_id, "admin")
    assert numbers(page.totals_label.text())[0] == before - 1


def test_a_viewer_sees_the_lists_but_changes_nothing(
    qtbot: QtBot,
    db: Database,
    store: RecordStore,
    make_page: Callable[..., RecordPage],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db.add_user("viewer1", PASSWORD, "viewer")
    viewer = Database.open(db.path, "viewer1", PASSWORD)
    pages: list[RecordPage] = []
    try:
        viewer_store = RecordStore(viewer)
        asked: list[object] = []
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a))
        for kind in ("activity", "case", "model", "funding"):
            page = make_page(viewer_store, kind)
            pages.append(page)
            assert page.model.rowCount() == store.count(kind) > 0
            assert page.open_button.isEnabled()
            for button in (page.new_button, page.duplicate_button, page.delete_button):
                assert not button.isEnabled(), (kind, button.objectName())
            select_row(qtbot, page, 0)
            assert page.delete_selected() is False  # the Delete key does nothing either
            page.duplicate_selected()  # Ctrl+D: no form opens
            page.new_record()
            assert page.open_forms == [] and asked == []
            assert page.model.rowCount() == store.count(kind)
    finally:
        for page in pages:
            page.unload()
        viewer.close()


def test_unload_drops_every_row_and_cached_value(
    store: RecordStore, make_page: Callable[..., RecordPage]
) -> None:
    page = make_page(store, "case")
    model = page.model
    assert model.rowCount() > 0
    for row in range(model.rowCount()):
        model.data(model.index(row, 0))
    assert model.cached_rows > 0
    page.unload()
    assert model.rowCount() == 0
    assert model.cached_rows == 0
    assert page.totals_label.text() == ""
    assert not page.loaded
    assert model.data(model.index(0, 0)) is None
    page.refresh()  # unlocking shows them again
    assert model.rowCount() == store.count("case")


# -- a city's worth of records -------------------------------------------------------------


@pytest.fixture
def city_store(city_db_path: Path) -> Iterator[RecordStore]:
    """100,000 records (21 wards over five years): the suite's shared city database."""
    database = Database.open(city_db_path, "admin", PASSWORD)
    try:
        yield RecordStore(database)
    finally:
        database.close()


def _read_visible(page: RecordPage) -> int:
    """Paint the table and read every visible cell, as the view does; returns the rows."""
    table, model = page.table, page.model
    table.viewport().repaint()
    first = table.rowAt(0)
    last = table.rowAt(table.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    for row in range(first, last + 1):
        for column in range(model.columnCount()):
            model.data(model.index(row, column))
            model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
    return last - first + 1


@pytest.mark.slow
def test_a_city_of_records_stays_smooth(
    city_store: RecordStore, make_page: Callable[..., RecordPage]
) -> None:
    page = make_page(city_store, "activity")
    model, table = page.model, page.table
    activities = city_store.count("activity")
    assert isinstance(activities, int) and activities > 60_000

    started = time.perf_counter()
    page.refresh()
    QApplication.processEvents()  # the view lays itself out and paints the first rows
    refresh = time.perf_counter() - started
    assert model.rowCount() == activities

    bar = table.verticalScrollBar()
    started = time.perf_counter()
    bar.setValue(bar.maximum() // 2)
    visible = _read_visible(page)
    middle = time.perf_counter() - started
    assert visible > 10
    assert abs(table.rowAt(0) - activities // 2) < activities // 10

    started = time.perf_counter()
    table.scrollToBottom()
    visible = _read_visible(page)
    bottom = time.perf_counter() - started
    assert table.rowAt(table.viewport().height() - 1) in (activities - 1, -1)

    with QSignalBlocker(page.search):
        page.search.setText("to dan pho 3")
    started = time.perf_counter()
    page.refresh()
    QApplication.processEvents()
    search = time.perf_counter() - started
    found = model.rowCount()
    assert 0 < found < activities
    assert found == len(city_store.search_ids("activity", "to dan pho 3"))

    with QSignalBlocker(page.search):
        page.search.clear()
    page.refresh()
    QApplication.processEvents()
    started = time.perf_counter()
    steps = 0
    for value in range(0, bar.maximum() + 1, max(1, bar.maximum() // 80)):
        bar.setValue(value)
        _read_visible(page)
        steps += 1
    through = time.perf_counter() - started
    print(
        f"\n[100k] {activities} activities: refresh {refresh:.3f} s, middle {middle:.3f} s, "
        f"end {bottom:.3f} s, search {search:.3f} s ({found} found), "
        f"scrolling through in {steps} jumps {through:.2f} s, cache {model.cached_rows} rows"
    )
    assert refresh < 2.0
    assert middle < 0.5
    assert bottom < 0.5
    assert search < 2.0
    assert model.cached_rows <= CACHE_ROWS
