"""The form of a funding line: one budget line of the programme for one year."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox

from gbv_desktop.domain import vocab
from gbv_desktop.domain.records import Funding, Record
from gbv_desktop.ui.forms.base import RecordForm
from gbv_desktop.ui.widgets import MoneyField, VocabCombo, vi_number

VI_NUMBERS = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


class FundingForm(RecordForm):
    kind = "funding"

    def build(self) -> None:
        self.year = self.add_field("year", self.tr("Year"), QSpinBox(), required=True)
        # The domain allows up to next year (an estimate is made the year before).
        self.year.setRange(2000, date.today().year + 1)
        self.year.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.year.setMinimumWidth(90)
        self.budget_line = self.add_field(
            "budget_line", self.tr("Budget line"), QLineEdit(), required=True
        )
        self.budget_line.setPlaceholderText(
            self.tr("e.g. Awareness activities in the action month")
        )
        self.source = self.add_field(
            "source", self.tr("Source of funds"), VocabCombo(vocab.FUNDING_SOURCES), required=True
        )
        self.planned = self.add_field("planned_vnd", self.tr("Planned"), MoneyField())
        self.spent = self.add_field("spent_vnd", self.tr("Spent"), MoneyField())
        self.balance = QLabel()
        self.balance.setObjectName("balance")
        self.balance.setWordWrap(True)
        self.form.addRow("", self.balance)
        self.notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.notes.setFixedHeight(90)
        for field in (self.year, self.planned, self.spent):
            field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for money in (self.planned, self.spent):
            money.setLocale(VI_NUMBERS)  # 1.500.000 in either language, as in the totals
        self.planned.valueChanged.connect(self._update_balance)
        self.spent.valueChanged.connect(self._update_balance)
        self.again_button.setToolTip(
            self.tr("Save, then enter another line of the same year and source (Ctrl+Shift+S)")
        )

    def _update_balance(self) -> None:
        planned, spent = self.planned.amount(), self.spent.amount()
        self.balance.setVisible(bool(planned))
        if not planned:
            self.balance.setText("")
        elif spent > planned:
            self.balance.setText(
                self.tr("⚠ {amount} đ more than planned").format(amount=vi_number(spent - planned))
            )
            self.balance.setStyleSheet("color: #b71c1c;")
        else:
            self.balance.setText(
                self.tr("{percent}% spent, {amount} đ left").format(
                    percent=spent * 100 // planned, amount=vi_number(planned - spent)
                )
            )
            self.balance.setStyleSheet("color: #6d4c41;")

    def new_record(self) -> Record:
        return Funding(year=date.today().year)

    def next_record(self, saved: Record) -> Record:
        """A year's estimate is entered line by line: keep the year and the source."""
        assert isinstance(saved, Funding)
        return Funding(year=saved.year, source=saved.source)

    def prepare_duplicate(self, record: Record) -> None:
        """A copy carries a line into this year's estimate: nothing of it is spent yet."""
        super().prepare_duplicate(record)
        assert isinstance(record, Funding)
        record.year = max(record.year or 0, date.today().year)
        record.spent_vnd = 0

    def load(self, record: Record) -> None:
        assert isinstance(record, Funding)
        self.year.setValue(record.year or date.today().year)
        self.budget_line.setText(record.budget_line)
        self.source.set_code(record.source)
        self.planned.set_amount(record.planned_vnd)
        self.spent.set_amount(record.spent_vnd)
        self.notes.setPlainText(record.notes)
        self._update_balance()
        self.budget_line.setFocus()  # year and source have defaults: the cursor starts here

    def collect(self) -> Record:
        return Funding(
            year=self.year.value(),
            budget_line=self.budget_line.text().strip(),
            source=self.source.code(),
            planned_vnd=self.planned.amount(),
            spent_vnd=self.spent.amount(),
            notes=self.notes.toPlainText().strip(),
            id=self.record_id,
        )
