"""The Reports page. The report wizard arrives with the report issue; until then this
page says so plainly instead of pretending."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gbv_desktop.storage.database import Database


class ReportsPage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_reports")
        layout = QVBoxLayout(self)
        label = QLabel(
            self.tr(
                "The report wizard is not available yet in this version. It will turn the records of a period into the official letter (PDF and DOCX), the annex workbook and the package for the city office. Until then, the command line can export every record (gbv-desktop export)."
            )
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setObjectName("reports_notice")
        layout.addWidget(label)
        layout.addStretch(1)
