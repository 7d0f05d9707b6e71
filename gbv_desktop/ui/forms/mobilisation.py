"""The form of mobilised support: money, goods or both, from an agency, business or person."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from gbv_desktop.domain import vocab
from gbv_desktop.domain.records import Mobilisation, Record
from gbv_desktop.ui.forms.base import FieldRow, RecordForm, field_block
from gbv_desktop.ui.widgets import DateField, MoneyField, VocabCombo, vi_number

W = TypeVar("W", bound=QWidget)
VI_NUMBERS = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


class MobilisationForm(RecordForm):
    kind = "mobilisation"

    def build(self) -> None:
        self.received_on = self.add_field(
            "received_on", self.tr("Date received"), DateField(), required=True
        )
        self.source = self.add_field(
            "source", self.tr("Source"), VocabCombo(vocab.SUPPORT_SOURCES), required=True
        )
        self.donor = self.add_field("donor", self.tr("Given by"), QLineEdit(), required=True)
        self.donor.setPlaceholderText(self.tr("Name of the agency, business or person"))

        # Money and goods side by side: either (or both) makes the record.
        self.add_section(self.tr("What was given (money, goods or both)"))
        sides = QWidget()
        sides.setObjectName("support_given")
        line = QHBoxLayout(sides)
        line.setContentsMargins(0, 0, 0, 0)
        cash_box = QGroupBox(self.tr("Cash"))
        cash_box.setObjectName("cash_box")
        cash_form = self._side_form(cash_box)
        self.cash = self._side_field(cash_form, "cash_vnd", self.tr("Amount"), MoneyField())
        kind_box = QGroupBox(self.tr("In kind"))
        kind_box.setObjectName("in_kind_box")
        kind_form = self._side_form(kind_box)
        self.in_kind = self._side_field(kind_form, "in_kind", self.tr("What"), QLineEdit())
        self.in_kind.setPlaceholderText(self.tr("e.g. 20 bags of rice"))
        self.in_kind_value = self._side_field(
            kind_form, "in_kind_value_vnd", self.tr("Value"), MoneyField()
        )
        self.in_kind_value.setToolTip(self.tr("Estimated value of the goods, if known"))
        for field in (self.received_on, self.cash, self.in_kind_value):
            field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        for money in (self.cash, self.in_kind_value):
            money.setLocale(VI_NUMBERS)  # 1.500.000 in either language, as in the totals
        line.addWidget(cash_box, 2)
        line.addWidget(kind_box, 3)
        self.form.addRow(sides)
        self.total = QLabel()
        self.total.setObjectName("total")
        self.form.addRow(self.tr("Total value"), self.total)
        for field in (self.cash, self.in_kind_value):
            field.valueChanged.connect(self._update_total)

        self.purpose = self.add_field("purpose", self.tr("Purpose"), QLineEdit())
        self.purpose.setPlaceholderText(self.tr("e.g. Support for the trusted address"))
        self.again_button.setToolTip(
            self.tr("Save, then enter more support received on the same date (Ctrl+Shift+S)")
        )

    def _update_total(self) -> None:
        total = self.cash.amount() + self.in_kind_value.amount()
        self.total.setText(vi_number(total) + " đ")

    @staticmethod
    def _side_form(box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        return form

    def _side_field(self, form: QFormLayout, name: str, label: str, widget: W) -> W:
        """A field inside one side, with its own error line (like `add_field`)."""
        label_widget = QLabel(label)
        label_widget.setBuddy(widget)
        widget.setObjectName(name)
        holder, error = field_block(name, widget)
        form.addRow(label_widget, holder)
        self.rows[name] = FieldRow(name, label_widget, widget, error)
        return widget

    def new_record(self) -> Record:
        return Mobilisation(received_on=date.today())

    def next_record(self, saved: Record) -> Record:
        """Gifts come in batches (a campaign's collection): same date, source and purpose."""
        assert isinstance(saved, Mobilisation)
        return Mobilisation(
            received_on=saved.received_on, source=saved.source, purpose=saved.purpose
        )

    def load(self, record: Record) -> None:
        assert isinstance(record, Mobilisation)
        self.received_on.set_value(record.received_on)
        self.source.set_code(record.source)
        self.donor.setText(record.donor)
        self.cash.set_amount(record.cash_vnd)
        self.in_kind.setText(record.in_kind)
        self.in_kind_value.set_amount(record.in_kind_value_vnd)
        self.purpose.setText(record.purpose)
        self._update_total()
        self.donor.setFocus()  # date and source have defaults: the cursor starts at the donor

    def collect(self) -> Record:
        return Mobilisation(
            received_on=self.received_on.value(),
            source=self.source.code(),
            donor=self.donor.text().strip(),
            cash_vnd=self.cash.amount(),
            in_kind=self.in_kind.text().strip(),
            in_kind_value_vnd=self.in_kind_value.amount(),
            purpose=self.purpose.text().strip(),
            id=self.record_id,
        )
