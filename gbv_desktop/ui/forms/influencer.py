"""The form of an influencer-network count: how many influencers a hamlet has on a date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSizePolicy

from gbv_desktop.domain.records import InfluencerCount, Record
from gbv_desktop.ui.forms.base import RecordForm
from gbv_desktop.ui.widgets import CountField, DateField, vi_number


class InfluencerForm(RecordForm):
    kind = "influencer"

    def build(self) -> None:
        self.as_of = self.add_field("as_of", self.tr("Counted on"), DateField(), required=True)
        self.hamlet = self.add_field(
            "hamlet", self.tr("Place (hamlet, residential group)"), QLineEdit(), required=True
        )
        self.hamlet.setPlaceholderText(self.tr("e.g. Residential group 3"))
        self.female = self.add_field("female", self.tr("Women"), CountField())
        self.male = self.add_field("male", self.tr("Men"), CountField())
        self.total = QLabel()
        self.total.setObjectName("total")
        self.total.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.tr("Total"), self.total)
        self.notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.notes.setFixedHeight(90)
        for field in (self.as_of, self.female, self.male):
            field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.female.valueChanged.connect(self._update_total)
        self.male.valueChanged.connect(self._update_total)
        self.again_button.setToolTip(
            self.tr("Save, then count another place on the same date (Ctrl+Shift+S)")
        )

    def _update_total(self) -> None:
        total = (self.female.count() or 0) + (self.male.count() or 0)
        self.total.setText(self.tr("{n} influencers").format(n=vi_number(total)))

    def new_record(self) -> Record:
        return InfluencerCount(as_of=date.today())

    def next_record(self, saved: Record) -> Record:
        """Counts come in batches: the same date, and the place ready to be typed over."""
        assert isinstance(saved, InfluencerCount)
        return InfluencerCount(as_of=saved.as_of, hamlet=saved.hamlet)

    def prepare_duplicate(self, record: Record) -> None:
        """A copy is a later count of the same place: today's date, the numbers to update."""
        super().prepare_duplicate(record)
        assert isinstance(record, InfluencerCount)
        record.as_of = date.today()

    def load(self, record: Record) -> None:
        assert isinstance(record, InfluencerCount)
        self.as_of.set_value(record.as_of)
        self.hamlet.setText(record.hamlet)
        self.female.set_count(record.female)
        self.male.set_count(record.male)
        self.notes.setPlainText(record.notes)
        self._update_total()
        # The date defaults to today: the cursor starts at the place. When the place is
        # kept ("save and add another"), it is selected: typing replaces it, Tab keeps it.
        self.hamlet.setFocus()
        self.hamlet.selectAll()

    def collect(self) -> Record:
        return InfluencerCount(
            as_of=self.as_of.value(),
            hamlet=self.hamlet.text().strip(),
            female=self.female.count() or 0,
            male=self.male.count() or 0,
            notes=self.notes.toPlainText().strip(),
            id=self.record_id,
        )
