"""The case form: what happened, what the survivor needed and was given, and (only for
the roles allowed to see it) who the survivor is.

The statistics and the identity are kept apart here as in storage: for a role that may
not read identities the identifying section is never built, and `collect()` returns
`identity=None, story=None`, which storage reads as "leave them as they are".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gbv_desktop import i18n
from gbv_desktop.domain import vocab
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from gbv_desktop.domain.records import (
    Case,
    FieldError,
    Record,
    Service,
    Survivor,
    SurvivorIdentity,
)
from gbv_desktop.ui.forms.base import FieldRow, RecordForm, field_block
from gbv_desktop.ui.widgets import CountField, DateField, VocabChecks, VocabCombo

# A service's error, shown on the services row, says which service it is about.
SERVICE_ERROR = QT_TRANSLATE_NOOP("CaseForm", "Service {n}: {message}")

# Who usually gives a service of each kind: the provider a new service starts with.
PROVIDER_FOR_KIND = {
    "medical": "health",
    "psychosocial": "counselling",
    "legal": "legal_aid",
    "shelter": "trusted_address",
    "safety": "police",
    "economic": "peoples_committee",
    "other": "peoples_committee",
}

AMBER = "#8a5a00"  # dark enough to read on white (WCAG AA)
RED = "#b71c1c"
GREEN = "#2e7d32"
HINT = "#5f6368"

_SERVICE_FIELD = re.compile(r"services\[(\d+)\]\.(\w+)")


def _checks(vocabulary: vocab.Vocabulary, columns: int = 2) -> VocabChecks:
    """Check boxes that show a red frame when marked invalid and take focus on errors."""
    checks = VocabChecks(vocabulary, columns=columns)
    checks.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    first = next(iter(checks.boxes.values()))
    checks.setFocusProxy(first)
    return checks


class BirthYearField(QSpinBox):
    """A year of birth, or empty when not known (no digit grouping: 1985, not 1.985)."""

    EMPTY = 1899

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(self.EMPTY, date.today().year)
        self.setSpecialValueText(" ")
        self.setValue(self.EMPTY)
        self.setGroupSeparatorShown(False)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(90)

    def year(self) -> int | None:
        value = self.value()
        return None if value == self.EMPTY else value

    def set_year(self, year: int | None) -> None:
        self.setValue(self.EMPTY if year is None else year)


class ServiceEntry(QFrame):
    """One service given: kind and date on the first line, the provider on the second."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, service: Service, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("service_entry")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.service_id = service.id
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(4)

        self.number = QLabel()
        self.number.setObjectName("number")
        self.kind = VocabCombo(vocab.SERVICE_KINDS)
        self.kind.setObjectName("kind")
        self.given_on = DateField()
        self.given_on.setObjectName("given_on")
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setObjectName("remove")
        self.remove.setAutoDefault(False)
        self.remove.setToolTip(self.tr("Remove this service from the case"))
        self.provider_kind = VocabCombo(vocab.PROVIDER_KINDS)
        self.provider_kind.setObjectName("provider_kind")
        self.provider_name = QLineEdit()
        self.provider_name.setObjectName("provider_name")
        self.provider_name.setPlaceholderText(self.tr("Name, e.g. Ward health station"))
        kind_label = QLabel(self.tr("Service"))
        kind_label.setBuddy(self.kind)
        date_label = QLabel(self.tr("Date"))
        date_label.setBuddy(self.given_on)
        provider_label = QLabel(self.tr("Given by"))
        provider_label.setBuddy(self.provider_kind)

        grid.addWidget(self.number, 0, 0)
        grid.addWidget(kind_label, 0, 1)
        grid.addWidget(self.kind, 0, 2)
        grid.addWidget(date_label, 0, 3)
        grid.addWidget(self.given_on, 0, 4, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.remove, 0, 5)
        grid.addWidget(provider_label, 1, 1)
        grid.addWidget(self.provider_kind, 1, 2)
        grid.addWidget(self.provider_name, 1, 3, 1, 3)
        # The pick-lists get most of the width (their labels are long), the provider's
        # name the rest; the date keeps its own size.
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(4, 2)

        self.kind.set_code(service.kind)
        self.given_on.set_value(service.given_on)
        self.provider_kind.set_code(service.provider_kind)
        self.provider_name.setText(service.provider_name)
        # A new service's provider follows its kind until the user picks one.
        self._provider_auto = service.id is None and not service.provider_name
        self.provider_kind.activated.connect(self._provider_chosen)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        for signal in (
            self.kind.currentIndexChanged,
            self.given_on.dateChanged,
            self.provider_kind.currentIndexChanged,
            self.provider_name.textChanged,
        ):
            signal.connect(self.changed)
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))

    def _provider_chosen(self, _index: int) -> None:
        self._provider_auto = False

    def _kind_changed(self) -> None:
        if self._provider_auto:
            self.provider_kind.set_code(
                PROVIDER_FOR_KIND.get(self.kind.code(), "peoples_committee")
            )

    def set_number(self, n: int) -> None:
        self.number.setText(f"{n}.")
        self.remove.setAccessibleName(self.tr("Remove service {n}").format(n=n))

    def widgets(self) -> list[QWidget]:
        """The inputs in keyboard order."""
        return [self.kind, self.given_on, self.remove, self.provider_kind, self.provider_name]

    def part(self, name: str) -> QWidget | None:
        return {
            "kind": self.kind,
            "given_on": self.given_on,
            "provider_kind": self.provider_kind,
            "provider_name": self.provider_name,
        }.get(name)

    def service(self) -> Service:
        return Service(
            kind=self.kind.code(),
            given_on=self.given_on.value(),
            provider_kind=self.provider_kind.code(),
            provider_name=self.provider_name.text().strip(),
            id=self.service_id,
        )


class ServiceEditor(QWidget):
    """The services given for a case, as a short editable list."""

    changed = Signal()

    def __init__(self, suggest: Callable[[], Service], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.suggest = suggest
        self.entries: list[ServiceEntry] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a ser&vice"))
        self.add_button.setObjectName("add_service")
        self.add_button.setToolTip(self.tr("Add a service given to the survivor"))
        self.add_button.setAutoDefault(False)
        self.empty = QLabel(self.tr("No service recorded yet."))
        self.empty.setObjectName("no_services")
        self.empty.setStyleSheet(f"color: {HINT};")
        top.addWidget(self.add_button)
        top.addWidget(self.empty)
        top.addStretch(1)
        layout.addLayout(top)
        self.list = QVBoxLayout()
        self.list.setSpacing(4)
        layout.addLayout(self.list)
        self.setFocusProxy(self.add_button)
        self.add_button.clicked.connect(self._add_clicked)

    def services(self) -> list[Service]:
        return [entry.service() for entry in self.entries]

    def set_services(self, services: list[Service]) -> None:
        for entry in self.entries:
            self._drop(entry)
        self.entries = []
        for service in services:
            self._append(service)
        self._renumber()
        self.changed.emit()

    def _add_clicked(self) -> None:
        entry = self._append(self.suggest())
        self._renumber()
        entry.kind.setFocus(Qt.FocusReason.TabFocusReason)
        self.changed.emit()

    def _append(self, service: Service) -> ServiceEntry:
        entry = ServiceEntry(service, self)
        entry.changed.connect(self.changed)
        entry.remove_requested.connect(self.remove_entry)
        # New inputs go after the last ones in the tab order (before what follows the
        # list), not at the end of the dialog where Qt would put widgets created late.
        previous: QWidget = self.entries[-1].widgets()[-1] if self.entries else self.add_button
        for widget in entry.widgets():
            QWidget.setTabOrder(previous, widget)
            previous = widget
        self.entries.append(entry)
        self.list.addWidget(entry)
        return entry

    def remove_entry(self, entry: ServiceEntry) -> None:
        index = self.entries.index(entry)
        self.entries.remove(entry)
        self._drop(entry)
        self._renumber()
        if self.entries:
            self.entries[min(index, len(self.entries) - 1)].kind.setFocus()
        else:
            self.add_button.setFocus()
        self.changed.emit()

    def _drop(self, entry: ServiceEntry) -> None:
        self.list.removeWidget(entry)
        entry.hide()
        entry.setParent(None)
        entry.deleteLater()

    def _renumber(self) -> None:
        for n, entry in enumerate(self.entries, 1):
            entry.set_number(n)
        self.empty.setVisible(not self.entries)

    def mark(self, index: int, part: str, text: str) -> QWidget | None:
        """Mark one input of one service as invalid; returns it (to focus it)."""
        if not 0 <= index < len(self.entries):
            return None
        widget = self.entries[index].part(part)
        if widget is not None:
            _set_invalid(widget, text)
        return widget

    def clear_marks(self) -> None:
        for entry in self.entries:
            for widget in entry.widgets():
                if widget.property("invalid") == "true":
                    _set_invalid(widget, "")


def _set_invalid(widget: QWidget, text: str) -> None:
    widget.setProperty("invalid", "true" if text else "false")
    widget.setToolTip(text)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class CaseForm(RecordForm):
    kind = "case"

    # -- layout ---------------------------------------------------------------
    def build(self) -> None:
        self._loading = False
        self._age_auto = False
        self._ref_code = ""
        self._survivor_id: int | None = None
        # Set by prepare_duplicate: the original case's survivor id, reference code and
        # identity, offered as "same person" (see there).
        self._dup_source: tuple[int | None, str, SurvivorIdentity | None] | None = None

        self.again_button.setToolTip(
            self.tr(
                "Save, then start a new case with the same date reported and channel (Ctrl+Shift+S)"
            )
        )
        self.ref_code = self.add_field("ref_code", self.tr("Reference code"), QLabel())
        self.ref_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reported_on = self.add_field(
            "reported_on", self.tr("Date reported"), DateField(), required=True
        )
        self.channel = self.add_field(
            "channel", self.tr("How it came in"), VocabCombo(vocab.CASE_CHANNELS), required=True
        )

        self.add_section(self.tr("Violence"))
        self.violence_types = self.add_field(
            "violence_types",
            self.tr("Types of violence"),
            _checks(vocab.VIOLENCE_TYPES),
            required=True,
        )
        self.domestic = self.add_field(
            "domestic", self.tr("Domestic violence"), QCheckBox(self.tr("Yes, within the family"))
        )

        self.add_section(self.tr("Survivor (statistics only, no names)"))
        self.same_survivor = QCheckBox()
        self.same_survivor.setObjectName("same_survivor")
        self.same_survivor.setToolTip(
            self.tr(
                "Tick when this new case is about the same person as the case it was copied "
                "from; otherwise it counts as a different person."
            )
        )
        self.form.addRow("", self.same_survivor)
        self.form.setRowVisible(self.same_survivor, False)
        self.sex = self.add_field("survivor.sex", self.tr("Sex"), VocabCombo(vocab.SEXES))
        self.birth_year = BirthYearField()
        self.age_hint = QLabel()
        self.age_hint.setObjectName("age_hint")
        self.age_hint.setStyleSheet(f"color: {HINT};")
        self._add_compound(
            "survivor.birth_year", self.tr("Year of birth (if known)"), self.birth_year,
            self.age_hint,
        )  # fmt: skip
        self.age_group = self.add_field(
            "age_group", self.tr("Age group"), VocabCombo(vocab.AGE_GROUPS), required=True
        )
        self.ethnicity = self.add_field(
            "survivor.ethnicity", self.tr("Ethnicity"), VocabCombo(vocab.ETHNICITIES)
        )
        self.disability = self.add_field(
            "survivor.disability", self.tr("Disability"), QCheckBox(self.tr("Has a disability"))
        )

        self.add_section(self.tr("Perpetrator"))
        self.perpetrator_sex = self.add_field(
            "perpetrator_sex", self.tr("Sex"), VocabCombo(vocab.SEXES)
        )
        self.perpetrator_relation = self.add_field(
            "perpetrator_relation",
            self.tr("Relation to the survivor"),
            VocabCombo(vocab.PERPETRATOR_RELATIONS),
        )

        self.add_section(self.tr("Needs and services"))
        self.needs = _checks(vocab.SERVICE_KINDS)
        self.needs_check = QLabel()
        self.needs_check.setObjectName("needs_check")
        self.needs_check.setWordWrap(True)
        self._add_compound("needs", self.tr("Needs"), self.needs, self.needs_check, below=True)
        self.services = ServiceEditor(self._suggest_service)
        self._add_wide("services", self.tr("Services given"), self.services)
        self.shelter_days = self.add_field(
            "shelter_days", self.tr("Days sheltered at a trusted address"), CountField()
        )

        self.add_section(self.tr("Handling and status"))
        self.handling = self.add_field(
            "handling",
            self.tr("How the perpetrator was dealt with"),
            _checks(vocab.HANDLING_MEASURES, columns=1),
        )
        self.status = self.add_field(
            "status", self.tr("Status"), VocabCombo(vocab.CASE_STATUSES), required=True
        )
        self.consent = self.add_field(
            "consent_to_share",
            self.tr("Consent to share"),
            QCheckBox(self.tr("The survivor agreed")),
        )
        self.consent.setToolTip(
            self.tr(
                "Tick only when the survivor has agreed that the case may be shared with "
                "service providers."
            )
        )

        self.full_name: QLineEdit | None = None
        self.phone: QLineEdit | None = None
        self.address: QLineEdit | None = None
        self.story: QPlainTextEdit | None = None
        if self.store.user.can_read_identity:
            self._build_identity()

        self.reported_on.dateChanged.connect(self._reported_changed)
        self.birth_year.valueChanged.connect(self._birth_year_changed)
        self.age_group.activated.connect(self._age_chosen)
        self.needs.changed.connect(self._update_needs_check)
        self.services.changed.connect(self._update_needs_check)
        self.status.currentIndexChanged.connect(self._update_needs_check)
        self.same_survivor.toggled.connect(self._same_survivor_toggled)

    def _build_identity(self) -> None:
        """The identifying details: built only for roles allowed to read them."""
        header = QLabel(
            self.tr("Identifying details — visible only to administrators and case workers")
        )
        header.setObjectName("identity_section")
        header.setWordWrap(True)
        header.setStyleSheet(
            "QLabel { font-weight: bold; background: #ede7f6; color: #311b92;"
            " border-left: 4px solid #5e35b1; padding: 6px; margin-top: 10px; }"
        )
        note = QLabel(
            self.tr(
                "Kept apart from the statistics and never included in reports or report "
                "packages. Leave out anything the survivor did not want recorded."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {HINT};")
        self.form.addRow(header)
        self.form.addRow(note)
        self.full_name = self.add_field("identity.full_name", self.tr("Full name"), QLineEdit())
        self.phone = self.add_field("identity.phone", self.tr("Phone"), QLineEdit())
        self.address = self.add_field("identity.address", self.tr("Address"), QLineEdit())
        self.story = self.add_field("story", self.tr("What happened"), QPlainTextEdit())
        self.story.setTabChangesFocus(True)
        self.story.setMinimumHeight(90)
        self.story.setMaximumHeight(140)

    def _add_compound(
        self, name: str, label: str, widget: QWidget, *extras: QWidget, below: bool = False
    ) -> None:
        """A field whose input has helpers beside (or below) it; errors still mark the
        input itself."""
        holder = QWidget()
        line = QVBoxLayout(holder) if below else QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(widget)
        for extra in extras:
            line.addWidget(extra)
        if not below:
            line.addStretch(1)
        self.add_field(name, label, holder)
        row = self.rows[name]
        holder.setObjectName(f"{name}_row")
        widget.setObjectName(name)
        row.label.setBuddy(widget)
        row.widget = widget

    def _add_wide(self, name: str, label: str, widget: QWidget) -> None:
        """A field across the whole width, its label above it (the services list)."""
        label_widget = QLabel(label)
        label_widget.setBuddy(widget)
        widget.setObjectName(name)
        holder, error = field_block(name, label_widget, widget)
        self.form.addRow(holder)
        self.rows[name] = FieldRow(name, label_widget, widget, error)

    # -- live behaviour -------------------------------------------------------
    def _suggest_service(self) -> Service:
        """A new service: for the first need not yet served, dated like the last one."""
        given = {s.kind for s in self.services.services()}
        unmet = [n for n in self.needs.codes() if n not in given]
        kind = unmet[0] if unmet else "psychosocial"
        previous = self.services.services()
        day = previous[-1].given_on if previous else self.reported_on.value()
        return Service(
            kind=kind, given_on=day, provider_kind=PROVIDER_FOR_KIND.get(kind, "peoples_committee")
        )

    def _update_needs_check(self) -> None:
        if self._loading:
            return
        needs = self.needs.codes()
        given = {s.kind for s in self.services.services()}
        unmet = [n for n in needs if n not in given]
        lang = i18n.language()
        names = ", ".join(vocab.SERVICE_KINDS.label(code, lang) for code in unmet)
        closed = self.status.code() == "closed"
        if not needs:
            text, colour = "", HINT
        elif not unmet:
            text, colour = self.tr("✓ Every need has a service."), GREEN
        elif closed:
            text = self.tr(
                "⚠ Not yet served: {needs}. A case can be closed only when every need has "
                "a service."
            ).format(needs=names)
            colour = RED
        else:
            text, colour = self.tr("Not yet served: {needs}").format(needs=names), AMBER
        self.needs_check.setText(text)
        self.needs_check.setStyleSheet(f"color: {colour};")
        self.needs_check.setProperty("unmet", ",".join(unmet))
        self.needs_check.setProperty("blocking", bool(unmet and closed))
        self.needs_check.setVisible(bool(text))

    def _birth_year_changed(self) -> None:
        if self._loading:
            return
        self._age_auto = True
        self._suggest_age()

    def _reported_changed(self) -> None:
        if not self._loading:
            self._suggest_age()

    def _age_chosen(self, _index: int) -> None:
        self._age_auto = False

    def _suggest_age(self) -> None:
        """Show the age when reported and, until the user picks one, the age group."""
        year = self.birth_year.year()
        reported = self.reported_on.value()
        if year is None or reported is None:
            self.age_hint.setText("")
            return
        age = reported.year - year
        if age < 0:  # born after the report: a typing error the user will see and fix
            self.age_hint.setText("")
            return
        self.age_hint.setText(self.tr("about {age} years old when reported").format(age=age))
        if self._age_auto:
            self.age_group.set_code(vocab.age_group_for(age))

    def _same_survivor_toggled(self, checked: bool) -> None:
        """For a repeat case, the identity is the original person's (one per survivor)."""
        if self._loading or self._dup_source is None or self.full_name is None:
            return
        source = self._dup_source[2] or SurvivorIdentity()
        fields = (self.full_name, self.phone, self.address)
        values = (source.full_name, source.phone, source.address)
        typed = tuple(f.text() for f in fields if f is not None)
        if checked and not any(t.strip() for t in typed):
            for widget, value in zip(fields, values, strict=True):
                assert widget is not None
                widget.setText(value)
        elif not checked and typed == values:
            # Do not copy one person's identity onto a new, different person.
            for widget in fields:
                assert widget is not None
                widget.clear()

    # -- errors -----------------------------------------------------------------
    def show_errors(self, errors: list[FieldError]) -> None:
        """As the frame does, and say which service an error is about, marking its input."""
        marks: list[tuple[int, str, Message]] = []
        shown: list[FieldError] = []
        for error in errors:
            match = _SERVICE_FIELD.fullmatch(error.field)
            if match:
                index, part = int(match[1]), match[2]
                marks.append((index, part, error.message))
                error = FieldError(
                    error.field,
                    Message("CaseForm", SERVICE_ERROR, {"n": index + 1, "message": error.message}),
                )
            shown.append(error)
        super().show_errors(shown)
        first: QWidget | None = None
        for index, part, message in marks:
            widget = self.services.mark(index, part, message.render(i18n.translate))
            first = first or widget
        if first is not None and self._first_error_row(shown) == "services":
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        # The form is long: bring the first marked field into view.
        focused = self.focusWidget()
        scroll = self.findChild(QScrollArea)
        if focused is not None and scroll is not None and scroll.isAncestorOf(focused):
            scroll.ensureWidgetVisible(focused, 50, 80)

    def _first_error_row(self, errors: list[FieldError]) -> str | None:
        names = set()
        for error in errors:
            row = self.row_for(error.field)
            if row is not None:
                names.add(row.name)
        return next((name for name in self.rows if name in names), None)

    def clear_errors(self) -> None:
        super().clear_errors()
        self.services.clear_marks()

    # -- records ----------------------------------------------------------------
    def new_record(self) -> Record:
        return Case(reported_on=date.today())

    def next_record(self, saved: Record) -> Record:
        """After "save and add another": the same date and channel, nothing about the person."""
        assert isinstance(saved, Case)
        self._dup_source = None
        return Case(reported_on=saved.reported_on, channel=saved.channel)

    def prepare_duplicate(self, record: Record) -> None:
        assert isinstance(record, Case)
        super().prepare_duplicate(record)
        # A copied case is a NEW PERSON unless the user ticks "same person":
        # - the survivor row holds the statistics and, through it, the identity. Keeping
        #   its id would make the copy edit the original person's sex, ethnicity and year
        #   of birth, and saving the copy's (empty) identity fields would erase the
        #   original person's name, phone and address;
        # - a duplicate is made to log a similar case quickly (same kind of violence,
        #   services, handling), far more often than a repeat case of the same person.
        # So the reference code (a new one is issued), the identity, the story (it is
        # this case's account), the consent (a person's own decision) and the service ids
        # are cleared; the statistics are kept as a starting point. The original's
        # survivor and identity are remembered for the "same person" box.
        self._dup_source = (record.survivor.id, record.ref_code, record.identity)
        record.ref_code = ""
        record.identity = None
        record.story = None
        record.consent_to_share = False
        record.survivor.id = None
        for service in record.services:
            service.id = None

    def load(self, record: Record) -> None:
        assert isinstance(record, Case)
        self._loading = True
        try:
            self._ref_code = record.ref_code
            if record.ref_code:
                self.ref_code.setText(record.ref_code)
                self.ref_code.setStyleSheet("font-weight: bold;")
            else:
                self.ref_code.setText(self.tr("Assigned when the case is first saved"))
                self.ref_code.setStyleSheet(f"color: {HINT}; font-style: italic;")
            self.reported_on.set_value(record.reported_on)
            self.channel.set_code(record.channel)
            self.violence_types.set_codes(record.violence_types)
            self.domestic.setChecked(record.domestic)
            self._survivor_id = record.survivor.id
            self.sex.set_code(record.survivor.sex)
            self.birth_year.set_year(record.survivor.birth_year)
            self.age_group.set_code(record.age_group)
            self.ethnicity.set_code(record.survivor.ethnicity)
            self.disability.setChecked(record.survivor.disability)
            self.perpetrator_sex.set_code(record.perpetrator_sex)
            self.perpetrator_relation.set_code(record.perpetrator_relation)
            self.needs.set_codes(record.needs)
            self.services.set_services(record.services)
            self.shelter_days.set_count(record.shelter_days)
            self.handling.set_codes(record.handling)
            self.status.set_code(record.status)
            self.consent.setChecked(record.consent_to_share)
            if self.full_name is not None:
                self._load_identity(record)
            source = self._dup_source
            self.same_survivor.setChecked(False)
            if source is not None and source[0] is not None:
                self.same_survivor.setText(
                    self.tr("Same person as in case {ref} (a repeat case)").format(
                        ref=source[1] or "—"
                    )
                )
            self.form.setRowVisible(
                self.same_survivor, source is not None and source[0] is not None
            )
        finally:
            self._loading = False
        # A new case's age group follows the year of birth until the user picks one.
        self._age_auto = record.id is None and record.survivor.birth_year is None
        self._suggest_age()
        self._update_needs_check()

    def _load_identity(self, record: Case) -> None:
        identity, story = record.identity, record.story
        if record.id is not None and (identity is None or story is None):
            # Not loaded with the record: read it, so that saving cannot blank it.
            identity, story = self.store.identity(record.id)
        identity = identity or SurvivorIdentity()
        assert self.phone is not None and self.address is not None and self.story is not None
        assert self.full_name is not None
        self.full_name.setText(identity.full_name)
        self.phone.setText(identity.phone)
        self.address.setText(identity.address)
        self.story.setPlainText(story or "")

    def collect(self) -> Record:
        survivor_id = self._survivor_id
        if self._dup_source is not None and self.same_survivor.isChecked():
            survivor_id = self._dup_source[0]
        identity: SurvivorIdentity | None = None
        story: str | None = None
        if self.full_name is not None:
            assert self.phone is not None and self.address is not None and self.story is not None
            identity = SurvivorIdentity(
                full_name=self.full_name.text().strip(),
                phone=self.phone.text().strip(),
                address=self.address.text().strip(),
            )
            story = self.story.toPlainText().strip()
        return Case(
            reported_on=self.reported_on.value(),
            channel=self.channel.code(),
            survivor=Survivor(
                sex=self.sex.code(),
                ethnicity=self.ethnicity.code(),
                disability=self.disability.isChecked(),
                birth_year=self.birth_year.year(),
                id=survivor_id,
            ),
            age_group=self.age_group.code(),
            violence_types=self.violence_types.codes(),
            domestic=self.domestic.isChecked(),
            perpetrator_sex=self.perpetrator_sex.code(),
            perpetrator_relation=self.perpetrator_relation.code(),
            needs=self.needs.codes(),
            services=self.services.services(),
            shelter_days=self.shelter_days.count() or 0,
            handling=self.handling.codes(),
            status=self.status.code(),
            consent_to_share=self.consent.isChecked(),
            ref_code=self._ref_code,
            identity=identity,
            story=story,
            id=self.record_id,
        )
