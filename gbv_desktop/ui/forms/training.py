"""The training-course form: who was trained, by role and by sex, and what it cost."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from gbv_desktop import i18n
from gbv_desktop.domain import vocab
from gbv_desktop.domain.records import Record, Training
from gbv_desktop.ui.forms.base import RecordForm
from gbv_desktop.ui.widgets import CountField, DateField, MoneyField, VocabCombo, vi_number


class ParticipantGrid(QWidget):
    """Participants as a grid: one row per role, women and men, with live totals."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for column, text in enumerate((self.tr("Women"), self.tr("Men"), self.tr("Total")), 1):
            header = QLabel(text)
            header.setStyleSheet("font-weight: bold;")
            header.setAlignment(right)
            grid.addWidget(header, 0, column)

        lang = i18n.language()
        self.fields: dict[str, tuple[CountField, CountField]] = {}
        self.row_totals: dict[str, QLabel] = {}
        for row, term in enumerate(vocab.TRAINING_ROLES, 1):
            label = QLabel(term.label(lang))
            women, men = CountField(), CountField()
            women.setObjectName(f"women_{term.code}")
            men.setObjectName(f"men_{term.code}")
            women.setAccessibleName(self.tr("{role}: women").format(role=term.label(lang)))
            men.setAccessibleName(self.tr("{role}: men").format(role=term.label(lang)))
            label.setBuddy(women)
            total = QLabel("0")
            total.setObjectName(f"total_{term.code}")
            total.setAlignment(right)
            total.setMinimumWidth(60)
            grid.addWidget(label, row, 0)
            grid.addWidget(women, row, 1)
            grid.addWidget(men, row, 2)
            grid.addWidget(total, row, 3)
            self.fields[term.code] = (women, men)
            self.row_totals[term.code] = total
            women.valueChanged.connect(self._update_totals)
            men.valueChanged.connect(self._update_totals)

        last = len(vocab.TRAINING_ROLES) + 1
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        grid.addWidget(line, last, 0, 1, 4)
        everyone = QLabel(self.tr("All participants"))
        everyone.setStyleSheet("font-weight: bold;")
        grid.addWidget(everyone, last + 1, 0)
        self.women_total = QLabel("0")
        self.men_total = QLabel("0")
        self.grand_total = QLabel("0")
        for column, label in enumerate((self.women_total, self.men_total, self.grand_total), 1):
            label.setAlignment(right)
            label.setStyleSheet("font-weight: bold;")
            grid.addWidget(label, last + 1, column)
        self.women_total.setObjectName("women_total")
        self.men_total.setObjectName("men_total")
        self.grand_total.setObjectName("grand_total")
        grid.setColumnStretch(4, 1)  # the numbers stay narrow; the space goes to the right
        self.setFocusProxy(next(iter(self.fields.values()))[0])

    def participants(self) -> dict[str, tuple[int, int]]:
        """role → (women, men), only the roles with someone trained (as storage keeps them)."""
        out = {}
        for role, (women, men) in self.fields.items():
            pair = (women.value(), men.value())
            if any(pair):
                out[role] = pair
        return out

    def set_participants(self, participants: dict[str, tuple[int, int]]) -> None:
        for role, (women, men) in self.fields.items():
            f, m = participants.get(role, (0, 0))
            for field, value in ((women, f), (men, m)):
                field.blockSignals(True)
                field.set_count(value)
                field.blockSignals(False)
        self._update_totals()

    def _update_totals(self) -> None:
        all_women = all_men = 0
        for role, (women, men) in self.fields.items():
            f, m = women.value(), men.value()
            all_women += f
            all_men += m
            self.row_totals[role].setText(vi_number(f + m))
        self.women_total.setText(vi_number(all_women))
        self.men_total.setText(vi_number(all_men))
        self.grand_total.setText(vi_number(all_women + all_men))
        self.changed.emit()


class TrainingForm(RecordForm):
    kind = "training"

    def build(self) -> None:
        self.again_button.setToolTip(
            self.tr(
                "Save, then start a new course with the same dates, organiser and place "
                "(Ctrl+Shift+S)"
            )
        )
        self.start_date = self.add_field("start_date", self.tr("Date"), DateField(), required=True)
        self.end_date = self.add_field(
            "end_date", self.tr("End date (if several days)"), DateField(optional=True)
        )
        self.topic = self.add_field("topic", self.tr("Topic"), QLineEdit(), required=True)
        self.topic.setPlaceholderText(
            self.tr("e.g. Skills for supporting survivors of gender-based violence")
        )
        self.organiser = self.add_field(
            "organiser", self.tr("Organiser"), QLineEdit(), required=True
        )
        self.organiser.setPlaceholderText(self.tr("e.g. Ward People's Committee"))
        self.place = self.add_field("place", self.tr("Place"), QLineEdit())

        self.add_section(self.tr("Participants"))
        self.participants = self.add_field(
            "participants", self.tr("By role and sex"), ParticipantGrid(), required=True
        )

        self.add_section(self.tr("Cost and notes"))
        self.cost = self.add_field("cost_vnd", self.tr("Cost"), MoneyField())
        self.funding_source = self.add_field(
            "funding_source",
            self.tr("Source of funds"),
            VocabCombo(vocab.FUNDING_SOURCES, empty_label="—"),
        )
        self.notes = self.add_field("notes", self.tr("Notes"), QPlainTextEdit())
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(80)

    def new_record(self) -> Record:
        return Training(start_date=date.today())

    def next_record(self, saved: Record) -> Record:
        """After "save and add another": the same dates, organiser and place."""
        assert isinstance(saved, Training)
        return Training(
            start_date=saved.start_date,
            end_date=saved.end_date,
            organiser=saved.organiser,
            place=saved.place,
        )

    def load(self, record: Record) -> None:
        assert isinstance(record, Training)
        self.start_date.set_value(record.start_date)
        self.end_date.set_value(record.end_date)
        self.topic.setText(record.topic)
        self.organiser.setText(record.organiser)
        self.place.setText(record.place)
        self.participants.set_participants(record.participants)
        self.cost.set_amount(record.cost_vnd)
        self.funding_source.set_code(record.funding_source)
        self.notes.setPlainText(record.notes)

    def collect(self) -> Record:
        return Training(
            start_date=self.start_date.value(),
            end_date=self.end_date.value(),
            topic=self.topic.text().strip(),
            organiser=self.organiser.text().strip(),
            place=self.place.text().strip(),
            participants=self.participants.participants(),
            cost_vnd=self.cost.amount(),
            funding_source=self.funding_source.code(),
            notes=self.notes.toPlainText().strip(),
            id=self.record_id,
        )
