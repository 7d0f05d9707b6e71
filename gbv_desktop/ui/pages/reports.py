"""The Reports page: the reports produced so far, and "New report…" to make one.

Every report produced is kept with its figures as they were (`reports.history`); the
list shows its kind, period, number, date, who produced it and when, and marks a report
whose figures the records no longer give ("changed since"), so the officer knows to
send a correction. That check computes figures again, so it runs off the GUI thread
(`ui.worker.Worker`) and only when the database has changed since the last check.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gbv_desktop import i18n
from gbv_desktop.domain import vocab
from gbv_desktop.reports import history
from gbv_desktop.storage.database import Database
from gbv_desktop.ui.widgets import vi_number
from gbv_desktop.ui.worker import Worker

Index = QModelIndex | QPersistentModelIndex
CHANGED_COLOR = QColor("#a05a00")


def _fmt(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


class HistoryModel(QAbstractTableModel):
    """The kept reports, newest first."""

    COLUMNS = ("kind", "period", "number", "issued_on", "created_by", "created_at", "state")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[history.ReportEntry] = []
        self.changed: dict[int, bool] = {}  # report id -> changed since (absent: not known)

    def set_rows(self, rows: list[history.ReportEntry]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def set_changed(self, changed: dict[int, bool]) -> None:
        self.changed = dict(changed)
        if self.rows:
            column = self.COLUMNS.index("state")
            self.dataChanged.emit(self.index(0, column), self.index(len(self.rows) - 1, column))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Report"),
            self.tr("Period"),
            self.tr("Number"),
            self.tr("Date"),
            self.tr("Produced by"),
            self.tr("Produced on"),
            self.tr("Figures now"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def _state(self, entry: history.ReportEntry) -> str:
        known = self.changed.get(entry.id)
        if known is None:
            return self.tr("checking…")
        return self.tr("changed since") if known else self.tr("unchanged")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        entry = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "kind":
                text = vocab.REPORT_KINDS.label(entry.kind, i18n.language())
                if entry.kind in ("half_year", "annual"):
                    text = f"{text} {entry.year}"
                if entry.masked:
                    text = self.tr("{report} (masked copy)").format(report=text)
                return text
            if column == "period":
                return f"{_fmt(entry.period.start)} – {_fmt(entry.period.end)}"
            if column == "number":
                return entry.number
            if column == "issued_on":
                return _fmt(entry.issued_on)
            if column == "created_by":
                return entry.created_by_name
            if column == "created_at":
                return entry.created_at.astimezone().strftime("%d/%m/%Y %H:%M")
            if column == "state":
                return self._state(entry)
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            if self.changed.get(entry.id):
                return QBrush(CHANGED_COLOR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == "state":
            if self.changed.get(entry.id):
                return self.tr(
                    "Records were added, changed or deleted since this report was made: its figures are no longer what the records give. Produce a new report if a correction is needed."
                )
            if self.changed.get(entry.id) is False:
                return self.tr("The records still give the figures of this report.")
        return None


class ReportsPage(QWidget):
    """The history of reports and the way to a new one."""

    report_produced = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_reports")
        self.database = database
        self.wizard: Any = None
        self._worker: Worker | None = None
        self._checked_stamp: tuple[int, int] | None = None
        self._pending = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        top = QHBoxLayout()
        title = QLabel(self.tr("Reports produced"))
        title.setObjectName("reports_title")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 8.0) * 1.2)
        title.setFont(font)
        top.addWidget(title)
        top.addStretch(1)
        self.new_button = QPushButton(self.tr("&New report…"))
        self.new_button.setObjectName("new_report")
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.new_report)
        if not database.user.can_write:
            self.new_button.setEnabled(False)
            self.new_button.setToolTip(
                self.tr("Your role may look at the reports but not produce them.")
            )
        top.addWidget(self.new_button)
        layout.addLayout(top)
        self.intro = QLabel(
            self.tr(
                "Each report is kept with its figures as they were when it was made. A report marked \u201cchanged since\u201d no longer matches the records: they were completed or corrected afterwards."
            )
        )
        self.intro.setWordWrap(True)
        self.intro.setObjectName("reports_intro")
        self.intro.setStyleSheet("color: #5f6b76;")
        layout.addWidget(self.intro)

        self.model = HistoryModel(self)
        self.table = QTableView()
        self.table.setObjectName("history_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr("No report has been produced yet. Press \u201cNew report…\u201d to make one.")
        )
        self.empty.setObjectName("reports_empty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)
        self.count_label = QLabel()
        self.count_label.setObjectName("reports_count")
        self.count_label.setStyleSheet("color: #5f6b76;")
        layout.addWidget(self.count_label)
        closed = getattr(parent, "closed", None)
        if closed is not None:
            closed.connect(self.unload)
        self.refresh()

    # -- the list -----------------------------------------------------------------------
    def refresh(self) -> None:
        rows = history.list_reports(self.database)
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.count_label.setVisible(bool(rows))
        self.count_label.setText(self.tr("{n} report(s).").format(n=vi_number(len(rows))))
        self.check_changes()

    def _stamp(self) -> tuple[int, int]:
        from gbv_desktop.reports.dashboard import data_stamp

        return data_stamp(self.database)

    def check_changes(self, force: bool = False) -> None:
        """Find out, off the GUI thread, which reports the records no longer match."""
        if not self.model.rows:
            self.model.set_changed({})
            return
        if self._worker is not None and self._worker.isRunning():
            self._pending = True
            return
        stamp = self._stamp()
        if (
            not force
            and stamp == self._checked_stamp
            and all(r.id in self.model.changed for r in self.model.rows)
        ):
            return
        ids = [r.id for r in self.model.rows]

        def job(database: Any, _progress: Any) -> dict[int, bool]:
            return {i: history.changed_since(database, i) for i in ids}

        self._checked_stamp = stamp
        # No parent: the thread may outlive the page (the window closing); it is kept
        # alive until done, and its result then goes nowhere.
        self._worker = Worker(self.database, job)
        self._worker.succeeded.connect(self._changes_found)
        self._worker.failed.connect(self._changes_failed)
        self._worker.start()

    def _changes_found(self, changed: dict[int, bool]) -> None:
        known = dict(self.model.changed)
        known.update(changed)
        self.model.set_changed(known)
        self._after_check()

    def _changes_failed(self, _exc: BaseException) -> None:
        self._checked_stamp = None  # try again next time the page is shown
        self._after_check()

    def _after_check(self) -> None:
        if self._worker is not None and not self._worker.isRunning():
            self._worker.deleteLater()
            self._worker = None
        if self._pending:
            self._pending = False
            self.check_changes()

    @property
    def checking(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model.rows:
            self.check_changes()

    # -- a new report ----------------------------------------------------------------------
    def new_report(self) -> None:
        from gbv_desktop.ui.report_wizard import ReportWizard

        self.wizard = ReportWizard(self.database, self)
        self.wizard.produced.connect(self._produced)
        try:
            self.wizard.exec()
        finally:
            wizard, self.wizard = self.wizard, None
            wizard.deleteLater()

    def _produced(self, _paths: list[Any]) -> None:
        self.refresh()
        self.report_produced.emit()

    def unload(self) -> None:
        """Wait for a running check (the window is closing)."""
        self._pending = False
        if self._worker is not None and self._worker.isRunning():
            self._worker.wait()
