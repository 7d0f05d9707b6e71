"""The form of an inspection or supervision visit: what, by whom, findings, follow-up."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QSizePolicy

from gbv_desktop.domain.records import Inspection, Record
from gbv_desktop.ui.forms.base import RecordForm
from gbv_desktop.ui.widgets import DateField


class InspectionForm(RecordForm):
    kind = "inspection"

    def build(self) -> None:
        self.inspected_on = self.add_field(
            "inspected_on", self.tr("Date"), DateField(), required=True
        )
        self.subject = self.add_field(
            "subject", self.tr("Subject (what was inspected)"), QLineEdit(), required=True
        )
        self.subject.setPlaceholderText(
            self.tr("e.g. Running of the trusted address and the prevention club")
        )
        self.inspector = self.add_field("inspector", self.tr("Inspected by"), QLineEdit())
        self.inspector.setPlaceholderText(self.tr("e.g. Inter-agency team of the ward"))
        self.inspected_body = self.add_field(
            "inspected_body", self.tr("Body inspected"), QLineEdit()
        )
        self.findings = self.add_field("findings", self.tr("Findings"), QPlainTextEdit())
        self.follow_up = self.add_field(
            "follow_up", self.tr("Follow-up (what must be done)"), QPlainTextEdit()
        )
        for text in (self.findings, self.follow_up):
            text.setTabChangesFocus(True)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            text.setFixedHeight(120)
        self.inspected_on.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.again_button.setToolTip(
            self.tr("Save, then record the next body visited on the same round (Ctrl+Shift+S)")
        )

    def new_record(self) -> Record:
        return Inspection(inspected_on=date.today())

    def next_record(self, saved: Record) -> Record:
        """One round visits several bodies: same date, subject and team."""
        assert isinstance(saved, Inspection)
        return Inspection(
            inspected_on=saved.inspected_on, subject=saved.subject, inspector=saved.inspector
        )

    def prepare_duplicate(self, record: Record) -> None:
        """A copy is another visit: what was found there is not copied."""
        super().prepare_duplicate(record)
        assert isinstance(record, Inspection)
        record.findings = ""
        record.follow_up = ""

    def load(self, record: Record) -> None:
        assert isinstance(record, Inspection)
        self.inspected_on.set_value(record.inspected_on)
        self.subject.setText(record.subject)
        self.inspector.setText(record.inspector)
        self.inspected_body.setText(record.inspected_body)
        self.findings.setPlainText(record.findings)
        self.follow_up.setPlainText(record.follow_up)
        # The date defaults to today: the cursor starts at the subject; on the same round
        # ("save and add another" keeps date, subject and team), at the next body.
        (self.inspected_body if self.saved_count else self.subject).setFocus()

    def collect(self) -> Record:
        return Inspection(
            inspected_on=self.inspected_on.value(),
            subject=self.subject.text().strip(),
            inspector=self.inspector.text().strip(),
            inspected_body=self.inspected_body.text().strip(),
            findings=self.findings.toPlainText().strip(),
            follow_up=self.follow_up.toPlainText().strip(),
            id=self.record_id,
        )
