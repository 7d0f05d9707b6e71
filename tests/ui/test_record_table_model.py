"""RecordTableModel against Qt's model rules (qtmodeltester), loaded and empty, for
every record kind; its headers follow the language in force."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester

from gbv_desktop import i18n
from gbv_desktop.domain import demo
from gbv_desktop.domain.calendar import Period
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore
from gbv_desktop.ui.columns import COLUMNS
from gbv_desktop.ui.models.record_table import Query, RecordIdRole, RecordTableModel, RowRole

KINDS = list(COLUMNS)
END = date(2025, 12, 31)


@pytest.fixture
def store(db: Database) -> RecordStore:
    store = RecordStore(db)
    store.save_many(list(demo.generate(seed=3, years=2, end=END)), today=END)
    return store


@pytest.fixture
def empty_store(make_db: Callable[..., Database]) -> RecordStore:
    return RecordStore(make_db("empty.db"))


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    i18n.install("en", qapp)
    yield qapp
    i18n.install("en", qapp)  # English translations are the source texts: neutral


def test_every_kind_is_listed() -> None:
    assert set(KINDS) == set(demo.KINDS)


@pytest.mark.parametrize("kind", KINDS)
def test_model_with_data(qtmodeltester: ModelTester, store: RecordStore, kind: str) -> None:
    model = RecordTableModel(store, kind)
    model.set_query(Query())
    assert model.rowCount() == store.count(kind) > 0
    assert model.columnCount() == len(COLUMNS[kind])
    qtmodeltester.check(model)
    first = model.index(0, 0)
    assert model.data(first, RecordIdRole) == model.record_id(0)
    row = model.data(first, RowRole)
    assert isinstance(row, dict) and row["id"] == model.record_id(0)
    for column, spec in enumerate(model.columns):
        text = model.data(model.index(0, column))
        assert isinstance(text, str)
        alignment = model.data(model.index(0, column), Qt.ItemDataRole.TextAlignmentRole)
        right = bool(alignment & Qt.AlignmentFlag.AlignRight)
        assert right == spec.numeric, spec.key


@pytest.mark.parametrize("kind", KINDS)
def test_model_empty(
    qtmodeltester: ModelTester, empty_store: RecordStore, store: RecordStore, kind: str
) -> None:
    never_loaded = RecordTableModel(empty_store, kind)
    assert never_loaded.rowCount() == 0
    qtmodeltester.check(never_loaded)

    nothing_found = RecordTableModel(store, kind)
    nothing_found.set_query(Query(text="khong co ban ghi nao nhu the nay"))
    assert nothing_found.rowCount() == 0
    qtmodeltester.check(nothing_found)
    assert nothing_found.data(nothing_found.index(0, 0)) is None
    assert nothing_found.record_id(0) is None

    emptied = RecordTableModel(store, kind)
    emptied.set_query(Query(period=Period(date(2000, 1, 1), date(2000, 12, 31))))
    assert emptied.rowCount() == 0
    emptied.set_query(Query())
    assert emptied.rowCount() > 0
    emptied.data(emptied.index(0, 0))
    emptied.clear()  # locking
    assert emptied.rowCount() == 0 and emptied.cached_rows == 0
    qtmodeltester.check(emptied)


def test_model_cache_is_filled_by_blocks_and_reset_on_reload(store: RecordStore) -> None:
    model = RecordTableModel(store, "activity")
    model.set_query(Query())
    assert model.cached_rows == 0  # nothing is read until a row is shown
    model.data(model.index(model.rowCount() - 1, 1))
    assert 0 < model.cached_rows <= 200
    model.reload()
    assert model.cached_rows == 0


def test_headers_are_translated(english: QApplication, store: RecordStore) -> None:
    model = RecordTableModel(store, "activity")
    horizontal = Qt.Orientation.Horizontal
    assert model.headerData(0, horizontal) == "Date"
    assert model.headerData(6, horizontal) == "Attendance"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(len(model.columns), horizontal) is None
    numeric = model.headerData(6, horizontal, Qt.ItemDataRole.TextAlignmentRole)
    assert numeric & Qt.AlignmentFlag.AlignRight

    class Marked(QTranslator):
        """A catalogue that marks every column title, to see the header go through it."""

        def translate(  # type: ignore[override]
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str:
            return f"«{source}»" if context == "Columns" else ""

    marked = Marked()
    QCoreApplication.installTranslator(marked)
    try:
        assert model.headerData(0, horizontal) == "«Date»"
        cases = RecordTableModel(store, "case")
        assert cases.headerData(2, horizontal) == "«Violence»"
    finally:
        QCoreApplication.removeTranslator(marked)
    assert model.headerData(0, horizontal) == "Date"

    i18n.install("vi", english)
    assert model.headerData(0, horizontal) == QCoreApplication.translate("Columns", "Date")
