"""The form of a model or facility (trusted address, club, pilot, counselling point...)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDateTimeEdit, QLineEdit, QPlainTextEdit, QSizePolicy

from gbv_desktop.domain import vocab
from gbv_desktop.domain.records import ModelFacility, Record
from gbv_desktop.ui.forms.base import RecordForm
from gbv_desktop.ui.widgets import CountField, DateField, VocabCombo


class ModelForm(RecordForm):
    kind = "model"

    def build(self) -> None:
        self._loading = False
        self._closed_memo: date | None = None  # the closing date, kept while "closed" is off
        self.model_type = self.add_field(
            "model_type", self.tr("Type"), VocabCombo(vocab.MODEL_TYPES), required=True
        )
        self.name = self.add_field("name", self.tr("Name"), QLineEdit(), required=True)
        self.name.setPlaceholderText(self.tr("e.g. Trusted address of residential group 5"))
        self.established_on = self.add_field(
            "established_on", self.tr("Date set up"), DateField(), required=True
        )
        self.hamlet = self.add_field(
            "hamlet", self.tr("Place (hamlet, residential group)"), QLineEdit()
        )
        self.status = self.add_field(
            "status", self.tr("Status"), VocabCombo(vocab.MODEL_STATUSES), required=True
        )
        self.closed_on = self.add_field(
            "closed_on", self._closed_label(False), DateField(optional=True)
        )
        self.closed_on.setToolTip(self.tr("Only for a model that has closed."))
        self.members = self.add_field(
            "members", self.tr("Members (if any)"), CountField(optional=True)
        )
        self.notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.notes.setFixedHeight(90)
        for field in (self.established_on, self.closed_on, self.members):
            field.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.again_button.setToolTip(
            self.tr("Save, then start a new model of the same type (Ctrl+Shift+S)")
        )

    def _closed_label(self, required: bool) -> str:
        label = self.tr("Closing date")
        return label + " *" if required else label

    def _status_changed(self) -> None:
        """The closing date belongs to a closed model only: enable, suggest or clear it."""
        closed = self.status.code() == "closed"
        self.closed_on.setEnabled(closed)
        self.rows["closed_on"].label.setText(self._closed_label(closed))
        if self._loading:
            return
        if not closed:
            if self.closed_on.value() is not None:
                self._closed_memo = self.closed_on.value()
            self.closed_on.set_value(None)
        elif self.closed_on.value() is None:
            # A starting point the user can type over (an empty date cannot be typed into).
            self.closed_on.set_value(self._closed_memo or date.today())
            self.closed_on.setFocus()
            self.closed_on.setSelectedSection(QDateTimeEdit.Section.DaySection)

    def new_record(self) -> Record:
        return ModelFacility(established_on=date.today(), status="active")

    def next_record(self, saved: Record) -> Record:
        assert isinstance(saved, ModelFacility)
        # Several models of one kind are often set up together (a club in each hamlet).
        return ModelFacility(
            model_type=saved.model_type, established_on=saved.established_on, status="active"
        )

    def prepare_duplicate(self, record: Record) -> None:
        """A copy is a new model: running, without the original's closing or members."""
        super().prepare_duplicate(record)
        assert isinstance(record, ModelFacility)
        record.status = "active"
        record.closed_on = None
        record.members = None

    def load(self, record: Record) -> None:
        assert isinstance(record, ModelFacility)
        self._loading = True
        try:
            self.model_type.set_code(record.model_type)
            self.name.setText(record.name)
            self.established_on.set_value(record.established_on)
            self.hamlet.setText(record.hamlet)
            self.status.set_code(record.status)
            self.closed_on.set_value(record.closed_on)
            self._closed_memo = record.closed_on
            self.members.set_count(record.members)
            self.notes.setPlainText(record.notes)
            self._status_changed()
        finally:
            self._loading = False
        # The cursor starts at the type; after "save and add another" (type kept), at the name.
        (self.name if self.saved_count else self.model_type).setFocus()

    def collect(self) -> Record:
        return ModelFacility(
            model_type=self.model_type.code(),
            name=self.name.text().strip(),
            established_on=self.established_on.value(),
            hamlet=self.hamlet.text().strip(),
            status=self.status.code(),
            closed_on=self.closed_on.value(),
            members=self.members.count(),
            notes=self.notes.toPlainText().strip(),
            id=self.record_id,
        )
