"""The change log (administrators): who changed what, when; read-only.

Every change to the records, the accounts and the settings is logged in the same
transaction as the change, naming fields, never values. The page lists the log newest
first, filtered by account, record kind, action and dates (in SQL, rows read lazily),
and "Verify the chain" recomputes the hash chain off the GUI thread and says whether
the log is intact or which entries were altered outside the program. Nothing on this
page can change the log.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gbv_desktop.storage import audit
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import SPECS
from gbv_desktop.ui.errors import error_text
from gbv_desktop.ui.models.audit_table import (
    ACTIONS,
    KINDS,
    AuditTableModel,
    action_label,
    kind_label,
    make_filter,
)
from gbv_desktop.ui.setup_wizard import ERROR_STYLE
from gbv_desktop.ui.widgets import DateField, vi_number
from gbv_desktop.ui.worker import Worker

OK_STYLE = "color: #2e7d32; font-weight: bold;"
ALTERED_STYLE = ERROR_STYLE + " font-weight: bold;"
SHOWN_IDS = 20


class AuditPage(QWidget):
    """The change log with its filters and the chain check."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_audit")
        self.database = database
        self._verifier: Worker | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        title = QLabel(self.tr("Change log"))
        title.setObjectName("audit_title")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 8.0) * 1.2)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "Every change to records, accounts and settings, with who made it and when. The log names the fields that changed, never their contents, and cannot be edited. Each entry is sealed to the one before it, so an entry altered outside the program is found by \u201cVerify the chain\u201d."
            )
        )
        intro.setObjectName("audit_intro")
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #5f6b76;")
        layout.addWidget(intro)

        filters = QHBoxLayout()
        self.user_combo = self._combo("filter_user")
        self.kind_combo = self._combo("filter_kind")
        self.action_combo = self._combo("filter_action")
        self.since = DateField(optional=True)
        self.since.setObjectName("filter_since")
        self.until = DateField(optional=True)
        self.until.setObjectName("filter_until")
        user_label = QLabel(self.tr("&Account:"))
        user_label.setBuddy(self.user_combo)
        kind_label_widget = QLabel(self.tr("&Kind:"))
        kind_label_widget.setBuddy(self.kind_combo)
        action_label_widget = QLabel(self.tr("Ac&tion:"))
        action_label_widget.setBuddy(self.action_combo)
        since_label = QLabel(self.tr("Fro&m:"))
        since_label.setBuddy(self.since)
        until_label = QLabel(self.tr("T&o:"))
        until_label.setBuddy(self.until)
        for widget in (
            user_label, self.user_combo, kind_label_widget, self.kind_combo,
            action_label_widget, self.action_combo, since_label, self.since,
            until_label, self.until,
        ):  # fmt: skip
            filters.addWidget(widget)
        self.clear_button = QPushButton(self.tr("&Clear filters"))
        self.clear_button.setObjectName("clear_filters")
        filters.addWidget(self.clear_button)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = AuditTableModel(database, self)
        self.table = QTableView()
        self.table.setObjectName("audit_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Widths from the longest text each column can hold, in the language in force.
        metrics = self.fontMetrics()
        samples = (
            ["00/00/0000 00:00:00"],
            ["administrator"],
            [action_label(a) for a in ACTIONS],
            [kind_label(k) for k in (*SPECS, *KINDS)],
            ["00000"],
        )
        for column, texts in enumerate(samples):
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widest = max(metrics.horizontalAdvance(t) for t in [*texts, header])
            self.table.setColumnWidth(column, widest + 24)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("audit_count")
        self.count_label.setStyleSheet("color: #5f6b76;")
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        self.verify_button = QPushButton(self.tr("&Verify the chain"))
        self.verify_button.setObjectName("verify_chain")
        bottom.addWidget(self.verify_button)
        layout.addLayout(bottom)
        self.result = QLabel()
        self.result.setObjectName("verify_result")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.hide()
        layout.addWidget(self.result)

        for combo in (self.user_combo, self.kind_combo, self.action_combo):
            combo.currentIndexChanged.connect(self._filters_changed)
        # Typing a date fires on every key: wait for a pause before querying.
        self._date_timer = QTimer(self)
        self._date_timer.setSingleShot(True)
        self._date_timer.setInterval(300)
        self._date_timer.timeout.connect(self.apply_filters)
        self.since.dateChanged.connect(lambda _d: self._date_timer.start())
        self.until.dateChanged.connect(lambda _d: self._date_timer.start())
        self.clear_button.clicked.connect(self.clear_filters)
        self.verify_button.clicked.connect(self.verify)
        closed = getattr(parent, "closed", None)
        if closed is not None:
            closed.connect(self.unload)
        self._loading = False

    @staticmethod
    def _combo(name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    # -- loading ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the filter lists from the log and list the entries."""
        self._loading = True
        try:
            conn = self.database.conn
            self._fill(
                self.user_combo, self.tr("All accounts"),
                [(u, u) for u in audit.distinct(conn, "username")],
            )  # fmt: skip
            self._fill(
                self.kind_combo, self.tr("All kinds"),
                sorted(((kind_label(k), k) for k in audit.distinct(conn, "record_kind")),
                       key=lambda pair: pair[0].casefold()),
            )  # fmt: skip
            self._fill(
                self.action_combo, self.tr("All actions"),
                sorted(((action_label(a), a) for a in audit.distinct(conn, "action")),
                       key=lambda pair: pair[0].casefold()),
            )  # fmt: skip
        finally:
            self._loading = False
        self.apply_filters()

    @staticmethod
    def _fill(combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for text, code in items:
            combo.addItem(text, code)
        index = combo.findData(current) if current else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _filters_changed(self) -> None:
        if not self._loading:
            self.apply_filters()

    def current_filter(self) -> audit.Filter:
        return make_filter(
            username=self.user_combo.currentData() or "",
            record_kind=self.kind_combo.currentData() or "",
            action=self.action_combo.currentData() or "",
            since=self.since.value(),
            until=self.until.value(),
        )

    def apply_filters(self) -> None:
        self.model.set_filter(self.current_filter())
        total = audit.count(self.database.conn)
        shown = self.model.rowCount()
        if shown == total:
            text = self.tr("{n} entries.").format(n=vi_number(total))
        else:
            text = self.tr("{shown} of {n} entries.").format(
                shown=vi_number(shown), n=vi_number(total)
            )
        self.count_label.setText(text)

    def clear_filters(self) -> None:
        self._loading = True
        try:
            for combo in (self.user_combo, self.kind_combo, self.action_combo):
                combo.setCurrentIndex(0)
            self.since.set_value(None)
            self.until.set_value(None)
        finally:
            self._loading = False
        self._date_timer.stop()
        self.apply_filters()

    # -- verifying ----------------------------------------------------------------------------
    def verify(self) -> None:
        if self._verifier is not None:
            return
        self.verify_button.setEnabled(False)
        self.result.setStyleSheet("")
        self.result.setText(self.tr("Verifying the chain…"))
        self.result.show()

        def job(database: Any, _progress: Any) -> tuple[list[int], int]:
            return audit.verify(database.conn), audit.count(database.conn)

        verifier = Worker(self.database, job, self)
        verifier.succeeded.connect(self._verified)
        verifier.failed.connect(self._verify_failed)
        self._verifier = verifier
        verifier.start()

    def _verify_done(self) -> None:
        verifier, self._verifier = self._verifier, None
        if verifier is not None:
            verifier.deleteLater()
        self.verify_button.setEnabled(True)

    def _verified(self, result: tuple[list[int], int]) -> None:
        self._verify_done()
        altered, total = result
        self.model.set_altered(altered)
        if not altered:
            self.result.setStyleSheet(OK_STYLE)
            self.result.setText(
                self.tr(
                    "The change log is intact: all {n} entries follow from one another."
                ).format(n=vi_number(total))
            )
            return
        shown = ", ".join(str(i) for i in altered[:SHOWN_IDS])
        if len(altered) > SHOWN_IDS:
            shown += ", …"
        self.result.setStyleSheet(ALTERED_STYLE)
        self.result.setText(
            self.tr(
                "The change log was altered outside the program: {count} entries do not match the chain (entries {ids}). They are shown in red. Keep this database as it is, and tell whoever is responsible for data protection."
            ).format(count=vi_number(len(altered)), ids=shown)
        )

    def _verify_failed(self, exc: BaseException) -> None:
        self._verify_done()
        self.result.setStyleSheet(ERROR_STYLE)
        self.result.setText(
            self.tr("The chain could not be verified: {reason}").format(reason=error_text(exc))
        )

    @property
    def verifying(self) -> bool:
        return self._verifier is not None

    # -- showing and locking ------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def unload(self) -> None:
        if self._verifier is not None:
            self._verifier.wait()
        self.model.clear()


__all__ = ["AuditPage"]
