"""A period chooser for record lists: all time, this year, reporting periods, custom."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from gbv_desktop.domain.calendar import Period, ReportingCalendar
from gbv_desktop.ui.widgets import DateField


class PeriodFilter(QWidget):
    changed = Signal()

    def __init__(self, calendar: ReportingCalendar | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.calendar = calendar or ReportingCalendar()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo = QComboBox()
        self.combo.setObjectName("period")
        for code, text in (
            ("all", self.tr("All time")),
            ("this_year", self.tr("This year")),
            ("last_year", self.tr("Last year")),
            ("half_year", self.tr("Current 6-month report period")),
            ("annual", self.tr("Current annual report period")),
            ("custom", self.tr("Dates…")),
        ):
            self.combo.addItem(text, code)
        self.start = DateField()
        self.end = DateField()
        self.start.set_value(date(date.today().year, 1, 1))
        self.to_label = QLabel("–")
        layout.addWidget(self.combo)
        layout.addWidget(self.start)
        layout.addWidget(self.to_label)
        layout.addWidget(self.end)
        self.combo.currentIndexChanged.connect(self._changed)
        self.start.dateChanged.connect(self._custom_changed)
        self.end.dateChanged.connect(self._custom_changed)
        self._show_dates(False)

    def _show_dates(self, visible: bool) -> None:
        for widget in (self.start, self.to_label, self.end):
            widget.setVisible(visible)

    def _changed(self) -> None:
        self._show_dates(self.combo.currentData() == "custom")
        self.changed.emit()

    def _custom_changed(self) -> None:
        if self.combo.currentData() == "custom":
            self.changed.emit()

    def set_code(self, code: str) -> None:
        self.combo.setCurrentIndex(max(self.combo.findData(code), 0))

    def period(self, today: date | None = None) -> Period | None:
        today = today or date.today()
        code = self.combo.currentData()
        if code == "this_year":
            return Period(date(today.year, 1, 1), date(today.year, 12, 31))
        if code == "last_year":
            return Period(date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
        if code in ("half_year", "annual"):
            period = self.calendar.period(code, today.year)
            if period.end < today:  # that period is over: the one running now is next year's
                period = self.calendar.period(code, today.year + 1)
            return period
        if code == "custom":
            start, end = self.start.value(), self.end.value()
            if start and end and end >= start:
                return Period(start, end)
            return None
        return None
