"""The table model of a record list: ids from SQL, rows fetched lazily in blocks.

Filtering and sorting run in SQL (`RecordStore.search_ids`), which returns only ids;
the rows a view actually paints are fetched a block at a time and cached (Anki's
browser table), so a list of 100,000 records opens as fast as one of 100.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from gbv_desktop.domain.calendar import Period
from gbv_desktop.storage.records import RecordStore
from gbv_desktop.ui.columns import COLUMNS, Column

RecordIdRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2
BLOCK = 200
CACHE_ROWS = 4000

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Query:
    text: str = ""
    period: Period | None = None
    filters: dict[str, Any] = field(default_factory=dict)
    order: str = "date"
    descending: bool = True


class RecordTableModel(QAbstractTableModel):
    def __init__(self, store: RecordStore, kind: str, parent: Any = None) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.columns: list[Column] = COLUMNS[kind]
        self.query = Query()
        self._ids: list[int] = []
        self._cache: OrderedDict[int, dict[str, Any]] = OrderedDict()
        self.loaded = False

    # -- loading ------------------------------------------------------------
    def set_query(self, query: Query) -> None:
        self.query = query
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        q = self.query
        self._ids = self.store.search_ids(
            self.kind, q.text, q.period, q.filters, q.order, q.descending
        )
        self._cache.clear()
        self.loaded = True
        self.endResetModel()

    def clear(self) -> None:
        """Drop every row and cached value (locking)."""
        self.beginResetModel()
        self._ids = []
        self._cache.clear()
        self.loaded = False
        self.endResetModel()

    def totals(self) -> dict[str, int]:
        q = self.query
        columns = [c.key for c in self.columns if c.total]
        return self.store.totals(self.kind, columns, q.text, q.period, q.filters)

    def record_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, record_id: int) -> int:
        try:
            return self._ids.index(record_id)
        except ValueError:
            return -1

    @property
    def cached_rows(self) -> int:
        return len(self._cache)

    def _row(self, row: int) -> dict[str, Any]:
        record_id = self._ids[row]
        cached = self._cache.get(record_id)
        if cached is not None:
            self._cache.move_to_end(record_id)
            return cached
        start = (row // BLOCK) * BLOCK
        block = [i for i in self._ids[start : start + BLOCK] if i not in self._cache]
        fetched = self.store.rows(self.kind, block)
        for i in block:
            self._cache[i] = fetched.get(i, {})
        while len(self._cache) > CACHE_ROWS:
            self._cache.popitem(last=False)
        return self._cache[record_id]

    # -- Qt model -----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._ids)):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(self._row(index.row()))
        if role == Qt.ItemDataRole.ToolTipRole and column.kind in ("text", "vocab_list"):
            text = column.display(self._row(index.row()))
            return text if len(text) > 30 else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.numeric:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == RecordIdRole:
            return self._ids[index.row()]
        if role == RowRole:
            return self._row(index.row())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self.columns)):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title()
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)) or not self.columns[column].sortable:
            return
        self.query.order = self.columns[column].key
        self.query.descending = order == Qt.SortOrder.DescendingOrder
        if not self.loaded:
            return  # the order applies when the list is first shown
        self.reload()
