"""A page listing one kind of record: search, filters, totals, open/duplicate/delete."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gbv_desktop.domain import vocab
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP
from gbv_desktop.storage.errors import StorageError
from gbv_desktop.storage.records import SPECS, RecordStore
from gbv_desktop.ui.columns import record_name
from gbv_desktop.ui.errors import show_error
from gbv_desktop.ui.forms.registry import form_class
from gbv_desktop.ui.models.record_table import Query, RecordTableModel
from gbv_desktop.ui.period_filter import PeriodFilter
from gbv_desktop.ui.widgets import VocabCombo, vi_number


@dataclass(frozen=True)
class FilterSpec:
    column: str
    label: str  # English source, context "Filters"
    vocabulary: vocab.Vocabulary


FILTERS: dict[str, list[FilterSpec]] = {
    "activity": [
        FilterSpec("form", QT_TRANSLATE_NOOP("Filters", "All forms"), vocab.ACTIVITY_FORMS),
        FilterSpec("campaign", QT_TRANSLATE_NOOP("Filters", "All campaigns"), vocab.CAMPAIGNS),
        FilterSpec("setting", QT_TRANSLATE_NOOP("Filters", "All settings"), vocab.SETTINGS),
    ],
    "case": [
        FilterSpec("violence_types", QT_TRANSLATE_NOOP("Filters", "All violence types"), vocab.VIOLENCE_TYPES),
        FilterSpec("status", QT_TRANSLATE_NOOP("Filters", "All statuses"), vocab.CASE_STATUSES),
    ],
    "model": [
        FilterSpec("model_type", QT_TRANSLATE_NOOP("Filters", "All types"), vocab.MODEL_TYPES),
        FilterSpec("status", QT_TRANSLATE_NOOP("Filters", "All statuses"), vocab.MODEL_STATUSES),
    ],
    "mobilisation": [FilterSpec("source", QT_TRANSLATE_NOOP("Filters", "All sources"), vocab.SUPPORT_SOURCES)],
    "funding": [FilterSpec("source", QT_TRANSLATE_NOOP("Filters", "All sources"), vocab.FUNDING_SOURCES)],
}  # fmt: skip
NO_PERIOD = {"model"}  # models are listed whatever their date; filter by status instead


class RecordPage(QWidget):
    """The list of one record kind. `changed` fires after a save or delete."""

    changed = Signal()

    def __init__(self, store: RecordStore, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.kind = kind
        self.setObjectName(f"page_{kind}")
        self.model = RecordTableModel(store, kind, self)
        self.open_forms: list[QWidget] = []

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr('Search (diacritics optional: "tan loi" finds "Tân Lợi")')
        )
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(220)
        bar.addWidget(self.search, 2)
        self.period = PeriodFilter(store.database.programme.calendar)
        if kind in NO_PERIOD:
            self.period.hide()
        bar.addWidget(self.period)
        self.filters: dict[str, VocabCombo] = {}
        for spec in FILTERS.get(kind, []):
            combo = VocabCombo(
                spec.vocabulary, empty_label=QCoreApplication.translate("Filters", spec.label)
            )
            combo.setObjectName(f"filter_{spec.column}")
            combo.currentIndexChanged.connect(self.refresh)
            self.filters[spec.column] = combo
            bar.addWidget(combo, 1)
        layout.addLayout(bar)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setObjectName("new")
        self.new_button.setToolTip(self.tr("New record (Ctrl+N)"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("open")
        self.duplicate_button = QPushButton(self.tr("D&uplicate"))
        self.duplicate_button.setObjectName("duplicate")
        self.duplicate_button.setToolTip(
            self.tr("A new record copied from the selected one (Ctrl+D)")
        )
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setObjectName("delete")
        for button in (
            self.new_button,
            self.open_button,
            self.duplicate_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.totals_label = QLabel()
        self.totals_label.setObjectName("totals")
        actions.addWidget(self.totals_label)
        layout.addLayout(actions)

        self.table = QTableView()
        self.table.setObjectName("table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(True)
        # The list starts newest first: the indicator on the date column, if shown.
        date_column = SPECS[kind].date_column
        keys = [c.key for c in self.model.columns]
        header.setSortIndicator(
            keys.index(date_column) if date_column in keys else 0, Qt.SortOrder.DescendingOrder
        )
        self.table.setSortingEnabled(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        char = self.fontMetrics().horizontalAdvance("n")
        # Wide enough for the data and for the header's own (translated) title.
        metrics = self.table.horizontalHeader().fontMetrics()
        self._widths = [
            max((c.width or 12) * char + 16, metrics.horizontalAdvance(c.title()) + 28)
            for c in self.model.columns
        ]
        # The widest text column (title, topic, name...) gives or takes the spare width.
        self._flex = max(range(len(self.model.columns)), key=lambda i: self.model.columns[i].width)
        self._flex_min = 22 * char
        for i, width in enumerate(self._widths):
            self.table.setColumnWidth(i, width)
        header.sectionResized.connect(self._user_resized)
        self._fitting = False
        layout.addWidget(self.table, 1)

        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._search_timer.start)
        self.period.changed.connect(self.refresh)
        self.new_button.clicked.connect(self.new_record)
        self.open_button.clicked.connect(self.open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        QShortcut(QKeySequence("Ctrl+D"), self, activated=self.duplicate_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.table, activated=self.delete_selected)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, activated=self.open_selected)

        can_write = store.user.can_write
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            button.setEnabled(can_write)
        self.loaded = False

    # -- layout -------------------------------------------------------------
    def _user_resized(self, index: int, _old: int, new: int) -> None:
        if not self._fitting:
            self._widths[index] = new  # the user's width wins from now on

    def _fit_columns(self) -> None:
        """Give the flexible column whatever the others leave of the view's width, but
        never less than about 22 characters (the table then scrolls sideways)."""
        available = self.table.viewport().width()
        others = sum(w for i, w in enumerate(self._widths) if i != self._flex)
        self._fitting = True
        try:
            self.table.setColumnWidth(self._flex, max(self._flex_min, available - others))
        finally:
            self._fitting = False

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit_columns()

    # -- data ---------------------------------------------------------------
    def query(self) -> Query:
        filters = {column: combo.code() for column, combo in self.filters.items() if combo.code()}
        period = None if self.kind in NO_PERIOD else self.period.period()
        return Query(
            text=self.search.text(),
            period=period,
            filters=filters,
            order=self.model.query.order,
            descending=self.model.query.descending,
        )

    def refresh(self) -> None:
        selected = self.selected_id()
        self.model.set_query(self.query())
        self.loaded = True
        self._update_totals()
        if selected is not None:
            self.select_id(selected)

    def unload(self) -> None:
        """Drop every row (locking): nothing of the records stays in memory."""
        self.model.clear()
        self.loaded = False
        self.totals_label.clear()

    def _update_totals(self) -> None:
        totals = self.model.totals()
        parts = [self.tr("{n} records").format(n=vi_number(totals.pop("count", 0)))]
        titles = {c.key: c.title() for c in self.model.columns}
        parts += [f"{titles[key]}: {vi_number(value)}" for key, value in totals.items()]
        self.totals_label.setText(" · ".join(parts))

    def selected_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.record_id(rows[0].row()) if rows else None

    def select_id(self, record_id: int) -> None:
        row = self.model.row_of(record_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().select(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)

    # -- actions ------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _run_form(self, record_id: int | None, duplicate: bool = False) -> None:
        try:
            record = self.store.get(self.kind, record_id) if record_id is not None else None
        except StorageError as exc:
            show_error(self, exc)
            self.refresh()
            return
        form = form_class(self.kind)(self.store, record, self, duplicate=duplicate)
        if not self.store.user.can_write:
            form.save_button.setEnabled(False)
            form.again_button.setEnabled(False)
        form.saved.connect(self._after_save)
        self.open_forms.append(form)
        try:
            form.exec()
        finally:
            self.open_forms.remove(form)

    def _after_save(self, record_id: int) -> None:
        self.refresh()
        self.select_id(record_id)
        self.changed.emit()

    def open_record(self, record_id: int) -> None:
        """Open one record's form (e.g. from the home page's list of incomplete records)."""
        self._run_form(record_id)

    def new_record(self) -> None:
        if self.store.user.can_write:
            self._run_form(None)

    def open_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None:
            self._run_form(record_id)

    def duplicate_selected(self) -> None:
        record_id = self.selected_id()
        if record_id is not None and self.store.user.can_write:
            self._run_form(record_id, duplicate=True)

    def delete_selected(self, confirm: Callable[[], bool] | None = None) -> bool:
        record_id = self.selected_id()
        if record_id is None or not self.store.user.can_write:
            return False
        row = self.model.data(
            self.table.selectionModel().selectedRows()[0], Qt.ItemDataRole.DisplayRole
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete record"),
            self.tr(
                "Delete this {kind} ({label})? The deletion is recorded in the change log."
            ).format(kind=record_name(self.kind).lower(), label=row),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.store.delete(self.kind, record_id)
        except StorageError as exc:
            show_error(self, exc)
            return False
        self.refresh()
        self.changed.emit()
        return True
