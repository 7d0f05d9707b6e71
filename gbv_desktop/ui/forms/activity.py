"""The awareness-activity form."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from gbv_desktop.domain import vocab
from gbv_desktop.domain.records import Activity, Record
from gbv_desktop.ui.forms.base import RecordForm
from gbv_desktop.ui.widgets import CountField, DateField, MoneyField, VocabChecks, VocabCombo


class ActivityForm(RecordForm):
    kind = "activity"

    def build(self) -> None:
        self.start_date = self.add_field("start_date", self.tr("Date"), DateField(), required=True)
        self.end_date = self.add_field(
            "end_date", self.tr("End date (if several days)"), DateField(optional=True)
        )
        self.title = self.add_field("title", self.tr("Title"), QLineEdit(), required=True)
        self.title.setPlaceholderText(self.tr("e.g. Thematic talk on preventing domestic violence"))
        self.form_combo = self.add_field(
            "form", self.tr("Form"), VocabCombo(vocab.ACTIVITY_FORMS), required=True
        )
        self.setting = self.add_field(
            "setting", self.tr("Setting"), VocabCombo(vocab.SETTINGS), required=True
        )
        self.hamlet = self.add_field(
            "hamlet", self.tr("Place (hamlet, residential group)"), QLineEdit()
        )
        self.campaign = self.add_field(
            "campaign", self.tr("Campaign"), VocabCombo(vocab.CAMPAIGNS), required=True
        )
        self.audiences = self.add_field(
            "audiences", self.tr("Audience"), VocabChecks(vocab.AUDIENCES, columns=2)
        )

        self.add_section(self.tr("Attendance"))
        self.total = CountField(optional=True)
        self.female = CountField(optional=True)
        self.male = CountField(optional=True)
        self.check_label = QLabel()
        self.check_label.setObjectName("attendance_check")
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.total)
        line.addWidget(QLabel(self.tr("women")))
        line.addWidget(self.female)
        line.addWidget(QLabel(self.tr("men")))
        line.addWidget(self.male)
        line.addStretch(1)
        self.add_field("attendance_total", self.tr("Attendances (total)"), row)
        self.check_label.setWordWrap(True)
        self.form.addRow("", self.check_label)
        self.rows["attendance_female"] = self.rows["attendance_total"]
        self.rows["attendance_male"] = self.rows["attendance_total"]
        for field in (self.total, self.female, self.male):
            field.valueChanged.connect(self._check_attendance)
        self.children = self.add_field(
            "attendance_children", self.tr("of whom children"), CountField(optional=True)
        )
        self.minority = self.add_field(
            "attendance_ethnic_minority",
            self.tr("of whom from ethnic minorities"),
            CountField(optional=True),
        )
        self.materials = self.add_field(
            "materials_count", self.tr("Materials handed out"), CountField()
        )

        self.add_section(self.tr("Organisation and cost"))
        self.co_organisers = self.add_field(
            "co_organisers", self.tr("Co-organising bodies"), QLineEdit()
        )
        self.cost = self.add_field("cost_vnd", self.tr("Cost"), MoneyField())
        self.funding_source = self.add_field(
            "funding_source",
            self.tr("Source of funds"),
            VocabCombo(vocab.FUNDING_SOURCES, empty_label="—"),
        )
        self.notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setMaximumHeight(80)
        self.notes.setTabChangesFocus(True)
        self.start_date.dateChanged.connect(self._suggest_campaign)
        # Once the user picks a campaign, the date no longer changes it.
        self.campaign.activated.connect(lambda _index: self.campaign.setProperty("auto", False))

    def _suggest_campaign(self) -> None:
        """Default the campaign from the date while the user has not chosen one."""
        if self.campaign.property("auto"):
            day = self.start_date.value()
            self.campaign.set_code(vocab.campaign_for(day) if day else "none")

    def _check_attendance(self) -> None:
        total, female, male = self.total.count(), self.female.count(), self.male.count()
        if total is None:
            self.check_label.setText("")
            return
        parts = (female or 0) + (male or 0)
        if parts > total:
            self.check_label.setText(
                self.tr("⚠ women + men = {n}, more than the total").format(n=parts)
            )
            self.check_label.setStyleSheet("color: #b71c1c;")
        elif female is not None and male is not None and parts < total:
            self.check_label.setText(self.tr("{n} not counted by sex").format(n=total - parts))
            self.check_label.setStyleSheet("color: #6d4c41;")
        else:
            self.check_label.setText("✓" if female is not None or male is not None else "")
            self.check_label.setStyleSheet("color: #2e7d32;")

    def new_record(self) -> Record:
        today = date.today()
        return Activity(start_date=today, campaign=vocab.campaign_for(today))

    def next_record(self, saved: Record) -> Record:
        assert isinstance(saved, Activity)
        return Activity(
            start_date=saved.start_date,
            end_date=saved.end_date,
            hamlet=saved.hamlet,
            form=saved.form,
            setting=saved.setting,
            campaign=saved.campaign,
        )

    def load(self, record: Record) -> None:
        assert isinstance(record, Activity)
        self.start_date.set_value(record.start_date)
        self.end_date.set_value(record.end_date)
        self.title.setText(record.title)
        self.form_combo.set_code(record.form)
        self.setting.set_code(record.setting)
        self.hamlet.setText(record.hamlet)
        self.campaign.set_code(record.campaign)
        self.campaign.setProperty("auto", record.id is None)
        self.audiences.set_codes(record.audiences)
        self.total.set_count(record.attendance_total)
        self.female.set_count(record.attendance_female)
        self.male.set_count(record.attendance_male)
        self.children.set_count(record.attendance_children)
        self.minority.set_count(record.attendance_ethnic_minority)
        self.materials.set_count(record.materials_count)
        self.co_organisers.setText(record.co_organisers)
        self.cost.set_amount(record.cost_vnd)
        self.funding_source.set_code(record.funding_source)
        self.notes.setPlainText(record.notes)
        self._check_attendance()

    def collect(self) -> Record:
        return Activity(
            start_date=self.start_date.value(),
            end_date=self.end_date.value(),
            title=self.title.text().strip(),
            form=self.form_combo.code(),
            setting=self.setting.code(),
            hamlet=self.hamlet.text().strip(),
            campaign=self.campaign.code(),
            audiences=self.audiences.codes(),
            attendance_total=self.total.count(),
            attendance_female=self.female.count(),
            attendance_male=self.male.count(),
            attendance_children=self.children.count(),
            attendance_ethnic_minority=self.minority.count(),
            materials_count=self.materials.count() or 0,
            co_organisers=self.co_organisers.text().strip(),
            cost_vnd=self.cost.amount(),
            funding_source=self.funding_source.code(),
            notes=self.notes.toPlainText().strip(),
            id=self.record_id,
        )
