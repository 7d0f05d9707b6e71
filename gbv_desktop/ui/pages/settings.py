"""The settings page: the unit's profile, the programme and its reporting calendar, the
language, and the accounts.

Only administrators change the unit and the programme (storage enforces it too);
everyone else sees them read-only. Every field error comes from the domain's
validation and is marked on its field, as in the record forms. Accounts are managed by
administrators; every user can change their own password.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gbv_desktop import i18n
from gbv_desktop.domain import vocab
from gbv_desktop.domain.calendar import ReportingCalendar
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from gbv_desktop.domain.profile import Programme, Signatory, UnitProfile
from gbv_desktop.domain.records import FieldError
from gbv_desktop.storage.database import Database, User
from gbv_desktop.storage.errors import InvalidRecord, StorageError
from gbv_desktop.ui.errors import show_error
from gbv_desktop.ui.forms.base import INVALID_STYLE, FieldRow, field_block
from gbv_desktop.ui.widgets import VocabCombo

ORGANISATION = "gbv-desktop"
APPLICATION = "gbv-desktop"
LANGUAGE_KEY = "language"
SAVED_STYLE = "color: #2e7d32;"
READ_ONLY_STYLE = ' QLineEdit[readOnly="true"], QAbstractSpinBox[readOnly="true"] { background: palette(window); }'
NOTICE_STYLE = "background: #fff8e1; border: 1px solid #f0d58c; border-radius: 4px; padding: 6px;"


def app_settings() -> QSettings:
    """The program's own settings (the language), where `i18n.preferred_language` reads."""
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def _render(error: FieldError) -> str:
    return error.message.render(i18n.translate)


class FieldPanel(QWidget):
    """A scrollable form of fields, each with its error line, like the record forms.

    Its own strings use the "SettingsPage" context explicitly: PySide's `self.tr` looks a
    string up under the class of the object at run time (UnitTab, ProgrammeTab), so a
    base class's `self.tr` strings would never be found in the catalogue.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(INVALID_STYLE + READ_ONLY_STYLE)
        self.rows: dict[str, FieldRow] = {}
        outer = QVBoxLayout(self)
        self.notice = QLabel()
        self.notice.setObjectName("read_only_notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        outer.addWidget(self.notice)
        self.summary = QLabel()
        self.summary.setObjectName("error_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.summary.hide()
        outer.addWidget(self.summary)
        body = QWidget()
        body.setMaximumWidth(900)  # long lines of fields are hard to read on wide screens
        self.form = QFormLayout(body)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll, 1)

        buttons = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setStyleSheet(SAVED_STYLE)
        buttons.addWidget(self.status, 1)
        self.revert_button = QPushButton(
            QCoreApplication.translate("SettingsPage", "&Undo changes")
        )
        self.revert_button.setObjectName("revert")
        self.save_button = QPushButton(QCoreApplication.translate("SettingsPage", "&Save"))
        self.save_button.setObjectName("save")
        self.save_button.setToolTip(QCoreApplication.translate("SettingsPage", "Save (Ctrl+S)"))
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)
        QShortcut(
            QKeySequence.StandardKey.Save,
            self,
            activated=self.save,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    # -- to implement -------------------------------------------------------
    def save(self) -> bool:
        raise NotImplementedError

    def save_with(self, value: Any, setter: Callable[[Any], None]) -> bool:
        """Validate `value` (a profile or programme), mark its errors or store it."""
        if not self.database.user.is_admin:
            return False
        errors = value.validate()
        if errors:
            self.show_errors(errors)
            return False
        try:
            setter(value)
        except InvalidRecord as exc:
            self.show_errors([e for e in exc.errors if isinstance(e, FieldError)])
            return False
        except StorageError as exc:
            show_error(self, exc)
            return False
        self.saved_message()
        self.saved.emit()
        return True

    def revert(self) -> None:
        raise NotImplementedError

    # -- layout -------------------------------------------------------------
    def add_field(self, name: str, label: str, widget: QWidget, required: bool = False) -> Any:
        label_widget = QLabel(label + (" *" if required else ""))
        label_widget.setBuddy(widget)
        widget.setObjectName(name)
        holder, error = field_block(name, widget)
        self.form.addRow(label_widget, holder)
        self.rows[name] = FieldRow(name, label_widget, widget, error)
        if isinstance(widget, QLineEdit):
            widget.returnPressed.connect(self.save)
        return widget

    def add_section(self, title: str) -> None:
        label = QLabel(f"<b>{title}</b>")
        label.setContentsMargins(0, 10, 0, 0)
        self.form.addRow(label)

    def add_hint(self, text: str) -> QLabel:
        hint = QLabel(text)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6b76;")
        self.form.addRow("", hint)
        return hint

    def set_editable(self, editable: bool, notice: str) -> None:
        """Read-only for those who may not change it: inputs locked, a notice says why."""
        for row in self.rows.values():
            _lock(row.widget, not editable)
        self.save_button.setVisible(editable)
        self.revert_button.setVisible(editable)
        self.notice.setText(notice)
        self.notice.setVisible(not editable)

    # -- errors -------------------------------------------------------------
    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.set_error("")
        self.summary.hide()

    def show_errors(self, errors: list[FieldError]) -> None:
        self.clear_errors()
        texts: dict[str, list[str]] = {}
        lines = []
        for error in errors:
            message = _render(error)
            row = self.rows.get(error.field) or self.rows.get(error.field.split(".")[0])
            if row is not None:
                texts.setdefault(row.name, []).append(message)
                lines.append(f"{row.label.text().rstrip(' *')}: {message}")
            else:
                lines.append(message)
        for name, messages in texts.items():
            self.rows[name].set_error(" ".join(messages))
        self.summary.setText(
            QCoreApplication.translate(
                "SettingsPage", "Nothing was saved. Please correct the marked fields:"
            )
            + "\n• "
            + "\n• ".join(lines)
        )
        self.summary.show()
        self.status.clear()
        first = next((self.rows[n] for n in self.rows if n in texts), None)
        if first is not None:
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def saved_message(self) -> None:
        self.clear_errors()
        self.status.setText(QCoreApplication.translate("SettingsPage", "Saved."))


def _lock(widget: QWidget, locked: bool) -> None:
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        widget.setReadOnly(locked)
    elif isinstance(widget, QComboBox):
        widget.setEnabled(not locked)
    else:
        for child in widget.findChildren(QWidget):
            if isinstance(child, QLineEdit | QAbstractSpinBox):
                child.setReadOnly(locked)
            elif isinstance(child, QComboBox):
                child.setEnabled(not locked)


# -- the unit ---------------------------------------------------------------------------


class UnitTab(FieldPanel):
    """The unit's profile: what the letter says about who reports."""

    saved = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.name = self.add_field("name", self.tr("Unit name"), QLineEdit(), required=True)
        self.name.setPlaceholderText(self.tr("e.g. Phường Tân Lợi"))
        self.level = self.add_field(
            "level", self.tr("Level"), VocabCombo(vocab.UNIT_LEVELS), required=True
        )
        self.code = self.add_field(
            "code", self.tr("Administrative code"), QLineEdit(), required=True
        )
        self.code.setMaxLength(5)
        self.code.setMaximumWidth(160)
        self.level.setMaximumWidth(260)
        self.code.setPlaceholderText(self.tr("5 digits, e.g. 24133"))
        self.place_name = self.add_field(
            "place_name", self.tr("Place name in the date line"), QLineEdit()
        )
        self.place_name.setPlaceholderText(self.tr("e.g. Tân Lợi"))
        self.date_line = self.add_hint("")
        self.date_line.setObjectName("date_line_preview")

        self.add_section(self.tr("The letter"))
        self.parent_body = self.add_field(
            "parent_body", self.tr("Parent body (if any)"), QLineEdit()
        )
        self.issuing_body = self.add_field("issuing_body", self.tr("Issuing body"), QLineEdit())
        self.issuing_body.setPlaceholderText(self.tr("e.g. ỦY BAN NHÂN DÂN PHƯỜNG TÂN LỢI"))
        self.document_symbol = self.add_field(
            "document_symbol", self.tr("Document symbol"), QLineEdit()
        )
        self.document_symbol.setPlaceholderText("BC-UBND")
        self.symbol_hint = self.add_hint("")
        self.symbol_hint.setObjectName("symbol_preview")
        self.recipient = self.add_field("recipient", self.tr("Recipient (Kính gửi)"), QLineEdit())

        self.add_section(self.tr("Signatory"))
        self.signatory_authority = self.add_field(
            "signatory.authority", self.tr("Signing authority"), QLineEdit()
        )
        self.signatory_authority.setPlaceholderText(
            self.tr("e.g. TM. ỦY BAN NHÂN DÂN or KT. CHỦ TỊCH")
        )
        self.signatory_title = self.add_field("signatory.title", self.tr("Title"), QLineEdit())
        self.signatory_title.setPlaceholderText(self.tr("e.g. CHỦ TỊCH or PHÓ CHỦ TỊCH"))
        self.signatory_name = self.add_field(
            "signatory.name", self.tr("Name of the signatory"), QLineEdit()
        )

        self.place_name.textChanged.connect(self._update_hints)
        self.document_symbol.textChanged.connect(self._update_hints)
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self.status.clear)
        self.revert()
        self.set_editable(
            database.user.is_admin,
            self.tr("Only an administrator can change the unit's details."),
        )

    def _update_hints(self) -> None:
        today = date.today()
        place = self.place_name.text().strip() or "…"
        # The date line and the number are the letter's own (Vietnamese) wording.
        # Decree 30/2020: a leading zero for days below 10 and for January and February.
        month = f"{today.month:02d}" if today.month <= 2 else str(today.month)
        line = f"{place}, ngày {today.day:02d} tháng {month} năm {today.year}"
        self.date_line.setText(self.tr("In the letter: {line}").format(line=line))
        symbol = self.document_symbol.text().strip() or "BC-UBND"
        self.symbol_hint.setText(
            self.tr("The number reads: {number}").format(number=f"Số: 05/{symbol}")
        )

    def load(self, profile: UnitProfile) -> None:
        self.name.setText(profile.name)
        self.level.set_code(profile.level)
        self.code.setText(profile.code)
        self.place_name.setText(profile.place_name)
        self.parent_body.setText(profile.parent_body)
        self.issuing_body.setText(profile.issuing_body)
        self.document_symbol.setText(profile.document_symbol)
        self.recipient.setText(profile.recipient)
        self.signatory_authority.setText(profile.signatory.authority)
        self.signatory_title.setText(profile.signatory.title)
        self.signatory_name.setText(profile.signatory.name)
        self._update_hints()

    def collect(self) -> UnitProfile:
        return UnitProfile(
            name=self.name.text().strip(),
            level=self.level.code(),
            code=self.code.text().strip(),
            place_name=self.place_name.text().strip(),
            parent_body=self.parent_body.text().strip(),
            issuing_body=self.issuing_body.text().strip(),
            document_symbol=self.document_symbol.text().strip(),
            recipient=self.recipient.text().strip(),
            signatory=Signatory(
                name=self.signatory_name.text().strip(),
                title=self.signatory_title.text().strip(),
                authority=self.signatory_authority.text().strip(),
            ),
        )

    def revert(self) -> None:
        self.clear_errors()
        self.status.clear()
        self.load(self.database.profile)

    def save(self) -> bool:
        return self.save_with(self.collect(), self.database.set_profile)


# -- the programme ----------------------------------------------------------------------


class DayMonthField(QDateEdit):
    """A day and month (dd/MM) of any year; 29/02 allowed (it becomes 28/02 in other years)."""

    YEAR = 2024  # a leap year, so every day and month exists

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM")
        self.setDateRange(QDate(self.YEAR, 1, 1), QDate(self.YEAR, 12, 31))
        self.setCalendarPopup(False)
        self.setMinimumWidth(70)

    def value(self) -> tuple[int, int]:
        return self.date().month(), self.date().day()

    def set_value(self, month_day: tuple[int, int]) -> None:
        month, day = month_day
        self.setDate(QDate(self.YEAR, month, day))


REPORT_ROWS = (
    ("half_year", QT_TRANSLATE_NOOP("SettingsPage", "6-month report")),
    ("annual", QT_TRANSLATE_NOOP("SettingsPage", "Annual report")),
)


def _percent_decimal(value: float) -> Decimal:
    """A spin box's percentage as the Decimal the programme keeps (60, not 60.0)."""
    exact = Decimal(f"{value:.1f}")
    return Decimal(int(exact)) if exact == exact.to_integral_value() else exact


class ProgrammeTab(FieldPanel):
    """The plan the unit carries out: its phase, its two targets, its report calendar."""

    saved = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.name = self.add_field("name", self.tr("Programme"), QLineEdit(), required=True)
        self.plan_reference = self.add_field(
            "plan_reference", self.tr("Plan reference"), QLineEdit()
        )
        self.plan_reference.setPlaceholderText(
            self.tr("e.g. Kế hoạch số 43/KH-UBND ngày 10/3/2021 của UBND thành phố")
        )
        phase = QWidget()
        line = QHBoxLayout(phase)
        line.setContentsMargins(0, 0, 0, 0)
        self.start_year = QSpinBox()
        self.start_year.setObjectName("start_year")
        self.end_year = QSpinBox()
        self.end_year.setObjectName("end_year_value")
        for spin in (self.start_year, self.end_year):
            spin.setRange(2000, 2100)
            spin.setGroupSeparatorShown(False)
            spin.setMinimumWidth(80)
        line.addWidget(self.start_year)
        line.addWidget(QLabel("–"))
        line.addWidget(self.end_year)
        phase.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.add_field("end_year", self.tr("Phase (years)"), phase, required=True)
        self.rows["start_year"] = self.rows["end_year"]

        self.add_section(self.tr("Targets"))
        self.target_i1 = self.add_field(
            "target_i1_percent",
            self.tr("I1: survivors helped by a service provider, at least"),
            self._percent_box(),
        )
        self.target_i2 = self.add_field(
            "target_i2_percent",
            self.tr("I2: cases needing help that received it, at least"),
            self._percent_box(),
        )

        self.add_section(self.tr("Reporting calendar"))
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        for column, text in enumerate(
            (self.tr("Period from"), self.tr("to"), self.tr("Due before")), start=1
        ):
            header = QLabel(text)
            header.setStyleSheet("color: #5f6b76;")
            grid.addWidget(header, 0, column)
        self.calendar_fields: dict[str, DayMonthField] = {}
        for row, (kind, label) in enumerate(REPORT_ROWS, start=1):
            grid.addWidget(QLabel(QCoreApplication.translate("SettingsPage", label)), row, 0)
            for column, part in enumerate(("start", "end", "due"), start=1):
                field = DayMonthField()
                name = f"{kind}_{part}"
                field.setObjectName(name)
                field.dateChanged.connect(self._update_preview)
                self.calendar_fields[name] = field
                grid.addWidget(field, row, column)
        grid.setColumnStretch(4, 1)
        self.add_field("calendar", self.tr("Periods and due dates"), grid_holder)
        self.calendar_preview = self.add_hint("")
        self.calendar_preview.setObjectName("calendar_preview")
        for edit in self.findChildren(QLineEdit):
            edit.textEdited.connect(self.status.clear)
        self.revert()
        self.set_editable(
            database.user.is_admin,
            self.tr("Only an administrator can change the programme and its calendar."),
        )

    def _percent_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0, 100)
        box.setDecimals(1)
        box.setSuffix(" %")
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.setMaximumWidth(110)
        return box

    def calendar(self) -> ReportingCalendar:
        f = {name: field.value() for name, field in self.calendar_fields.items()}
        return ReportingCalendar(
            half_year_start=f["half_year_start"],
            half_year_end=f["half_year_end"],
            half_year_due=f["half_year_due"],
            annual_start=f["annual_start"],
            annual_end=f["annual_end"],
            annual_due=f["annual_due"],
        )

    def _update_preview(self) -> None:
        calendar = self.calendar()
        year = date.today().year
        lines = []
        for kind, label in REPORT_ROWS:
            period = calendar.period(kind, year)
            lines.append(
                self.tr("{report} {year}: {start} – {end}, due before {due}").format(
                    report=QCoreApplication.translate("SettingsPage", label),
                    year=year,
                    start=period.start.strftime("%d/%m/%Y"),
                    end=period.end.strftime("%d/%m/%Y"),
                    due=calendar.due(kind, year).strftime("%d/%m/%Y"),
                )
            )
        rule = self.tr(
            "A period that starts later in the year than it ends begins in the previous year (15/12 – 14/05 runs from December to May)."
        )
        self.calendar_preview.setText(rule + "\n\n" + "\n".join(lines))

    def load(self, programme: Programme) -> None:
        self.name.setText(programme.name)
        self.plan_reference.setText(programme.plan_reference)
        self.start_year.setValue(programme.start_year)
        self.end_year.setValue(programme.end_year)
        self.target_i1.setValue(float(programme.target_i1_percent))
        self.target_i2.setValue(float(programme.target_i2_percent))
        calendar = programme.calendar
        for kind, _label in REPORT_ROWS:
            for part in ("start", "end", "due"):
                self.calendar_fields[f"{kind}_{part}"].set_value(
                    getattr(calendar, f"{kind}_{part}")
                )
        self._update_preview()

    def collect(self) -> Programme:
        return Programme(
            name=self.name.text().strip(),
            plan_reference=self.plan_reference.text().strip(),
            start_year=self.start_year.value(),
            end_year=self.end_year.value(),
            target_i1_percent=_percent_decimal(self.target_i1.value()),
            target_i2_percent=_percent_decimal(self.target_i2.value()),
            calendar=self.calendar(),
        )

    def revert(self) -> None:
        self.clear_errors()
        self.status.clear()
        self.load(self.database.programme)

    def save(self) -> bool:
        return self.save_with(self.collect(), self.database.set_programme)


# -- the language -----------------------------------------------------------------------


class LanguageTab(QWidget):
    """Vietnamese or English, kept in QSettings; in force from the next start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The language of the program's windows and messages:"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.vietnamese = QRadioButton(self.tr("&Vietnamese (Tiếng Việt)"))
        self.vietnamese.setObjectName("language_vi")
        self.english = QRadioButton(self.tr("&English"))
        self.english.setObjectName("language_en")
        self.group = QButtonGroup(self)
        self.group.addButton(self.vietnamese)
        self.group.addButton(self.english)
        layout.addWidget(self.vietnamese)
        layout.addWidget(self.english)
        self.note = QLabel(
            self.tr(
                "The new language is used from the next time the program starts. Reports are always written in Vietnamese."
            )
        )
        self.note.setObjectName("language_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5f6b76;")
        layout.addWidget(self.note)
        self.status = QLabel()
        self.status.setObjectName("language_status")
        self.status.setWordWrap(True)
        self.status.setStyleSheet(SAVED_STYLE)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.load()
        self.vietnamese.toggled.connect(self._chosen)

    def chosen(self) -> str:
        return "en" if self.english.isChecked() else "vi"

    def load(self) -> None:
        value = i18n.normalize(str(app_settings().value(LANGUAGE_KEY, i18n.DEFAULT)))
        (self.english if value == "en" else self.vietnamese).setChecked(True)

    def _chosen(self) -> None:
        lang = self.chosen()
        settings = app_settings()
        settings.setValue(LANGUAGE_KEY, lang)
        settings.sync()
        if lang == i18n.language():
            self.status.setText(self.tr("Saved."))
        else:
            self.status.setText(
                self.tr("Saved. Close and start the program again to use the new language.")
            )


# -- accounts ---------------------------------------------------------------------------

Index = QModelIndex | QPersistentModelIndex
UserRole = Qt.ItemDataRole.UserRole + 1


class UsersModel(QAbstractTableModel):
    """The accounts, one row each: account name, display name, role, status."""

    HEADERS = (
        QT_TRANSLATE_NOOP("UsersModel", "Account"),
        QT_TRANSLATE_NOOP("UsersModel", "Name"),
        QT_TRANSLATE_NOOP("UsersModel", "Role"),
        QT_TRANSLATE_NOOP("UsersModel", "Status"),
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.users: list[User] = []

    def set_users(self, users: list[User]) -> None:
        self.beginResetModel()
        self.users = list(users)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.users)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return QCoreApplication.translate("UsersModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.users)):
            return None
        user = self.users[index.row()]
        if role == UserRole:
            return user
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return user.username
            if column == 1:
                return user.display_name
            if column == 2:
                return vocab.ROLES.label(user.role, i18n.language())
            if column == 3:
                return self.tr("Disabled") if user.disabled else self.tr("Active")
        if role == Qt.ItemDataRole.ForegroundRole and user.disabled:
            return QColor("#8a939c")
        return None

    def user(self, row: int) -> User | None:
        return self.users[row] if 0 <= row < len(self.users) else None


class DialogFields(QDialog):
    """A small dialog of fields with error lines; `accept_with` saves or shows errors."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setStyleSheet(INVALID_STYLE)
        self.rows: dict[str, FieldRow] = {}
        outer = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.hide()
        outer.addWidget(self.intro)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        self.ok_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("SettingsPage", "Cancel")
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_field(self, name: str, label: str, widget: QWidget) -> Any:
        label_widget = QLabel(label)
        label_widget.setBuddy(widget)
        widget.setObjectName(name)
        holder, error = field_block(name, widget)
        self.form.addRow(label_widget, holder)
        self.rows[name] = FieldRow(name, label_widget, widget, error)
        return widget

    def password_field(self, name: str, label: str) -> QLineEdit:
        edit = self.add_field(name, label, QLineEdit())
        edit.setEchoMode(QLineEdit.EchoMode.Password)
        return edit

    def show_errors(self, errors: list[FieldError]) -> None:
        for row in self.rows.values():
            row.set_error("")
        first = None
        for error in errors:
            row = self.rows.get(error.field)
            if row is None:
                row = self.rows.get("password") if error.field == "password" else None
            if row is None:
                row = next(iter(self.rows.values()))
            row.set_error(_render(error))
            first = first or row
        self.adjustSize()  # room for the error lines, never overlapping the next field
        if first is not None:
            first.widget.setFocus()

    def submit(self) -> None:
        raise NotImplementedError


MISMATCH = QT_TRANSLATE_NOOP("SettingsPage", "The two passwords are not the same.")
WRONG_CURRENT = QT_TRANSLATE_NOOP("SettingsPage", "This is not your current password.")


def _mismatch() -> FieldError:
    return FieldError("password_again", Message("SettingsPage", MISMATCH))


class NewAccountDialog(DialogFields):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New account"), parent)
        self.database = database
        self.user: User | None = None
        self.username = self.add_field("username", self.tr("Account name"), QLineEdit())
        self.username.setPlaceholderText(self.tr("letters without accents, e.g. lan.nguyen"))
        self.display_name = self.add_field("display_name", self.tr("Full name"), QLineEdit())
        self.role = self.add_field("role", self.tr("Role"), VocabCombo(vocab.ROLES))
        self.role.set_code("officer")
        self.password = self.password_field("password", self.tr("Password"))
        self.password_again = self.password_field("password_again", self.tr("Password again"))

    def submit(self) -> None:
        if self.password.text() != self.password_again.text():
            self.show_errors([_mismatch()])
            return
        try:
            self.user = self.database.add_user(
                self.username.text().strip(),
                self.password.text(),
                self.role.code(),
                self.display_name.text().strip(),
            )
        except InvalidRecord as exc:
            self.show_errors([e for e in exc.errors if isinstance(e, FieldError)])
            return
        except StorageError as exc:
            show_error(self, exc)
            return
        self.accept()


class PasswordDialog(DialogFields):
    """A new password, typed twice; for one's own, the current one first."""

    def __init__(
        self,
        title: str,
        intro: str,
        save: Callable[[str], None],
        verify_current: Callable[[str], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self._save = save
        self._verify = verify_current
        self.set_intro(intro)
        self.current = None
        if verify_current is not None:
            self.current = self.password_field("current", self.tr("Current password"))
        self.password = self.password_field("password", self.tr("New password"))
        self.password_again = self.password_field("password_again", self.tr("New password again"))

    def submit(self) -> None:
        if self.password.text() != self.password_again.text():
            self.show_errors([_mismatch()])
            return
        try:
            if self._verify is not None and self.current is not None:
                try:
                    self._verify(self.current.text())
                except StorageError:
                    self.show_errors(
                        [FieldError("current", Message("SettingsPage", WRONG_CURRENT))]
                    )
                    return
            self._save(self.password.text())
        except InvalidRecord as exc:
            self.show_errors([e for e in exc.errors if isinstance(e, FieldError)])
            return
        except StorageError as exc:
            show_error(self, exc)
            return
        self.accept()


class AccountsTab(QWidget):
    """Everyone: change one's own password. Administrators: every account."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        layout = QVBoxLayout(self)

        mine = QGroupBox(self.tr("My account"))
        mine.setObjectName("my_account")
        mine_layout = QHBoxLayout(mine)
        user = database.user
        self.me_label = QLabel(
            self.tr("Signed in as {name} ({username}), {role}.").format(
                name=user.display_name or user.username,
                username=user.username,
                role=vocab.ROLES.label(user.role, i18n.language()),
            )
        )
        self.me_label.setWordWrap(True)
        self.my_password_button = QPushButton(self.tr("&Change my password…"))
        self.my_password_button.setObjectName("change_my_password")
        mine_layout.addWidget(self.me_label, 1)
        mine_layout.addWidget(self.my_password_button)
        layout.addWidget(mine)

        self.accounts = QGroupBox(self.tr("All accounts"))
        self.accounts.setObjectName("all_accounts")
        box = QVBoxLayout(self.accounts)
        self.explanation = QLabel(
            self.tr(
                "Only an administrator can add accounts, reset passwords or disable accounts. Ask your administrator if someone needs an account."
            )
        )
        self.explanation.setObjectName("accounts_explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet(NOTICE_STYLE)
        layout.addWidget(self.explanation)
        self.model = UsersModel(self)
        self.table = QTableView()
        self.table.setObjectName("users")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add account…"))
        self.add_button.setObjectName("add_account")
        self.reset_button = QPushButton(self.tr("&Reset password…"))
        self.reset_button.setObjectName("reset_password")
        self.disable_button = QPushButton(self.tr("&Disable"))
        self.disable_button.setObjectName("disable_account")
        for button in (self.add_button, self.reset_button, self.disable_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        layout.addWidget(self.accounts, 1)
        self.status = QLabel()
        self.status.setObjectName("accounts_status")
        self.status.setStyleSheet(SAVED_STYLE)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.my_password_button.clicked.connect(self.change_my_password)
        self.add_button.clicked.connect(self.add_account)
        self.reset_button.clicked.connect(self.reset_password)
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.table.doubleClicked.connect(lambda _i: self.reset_password())

        admin = database.user.is_admin
        self.explanation.setVisible(not admin)
        # Other roles see no one else's account: the whole list is off, not just greyed.
        self.accounts.setEnabled(admin)
        self.accounts.setVisible(admin)
        if not admin:
            layout.addStretch(1)
        self.reload()
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- data ---------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        selected = select or (self.selected().username if self.selected() else None)
        self.model.set_users(self.database.users() if self.database.user.is_admin else [])
        if selected:
            for row, user in enumerate(self.model.users):
                if user.username.casefold() == selected.casefold():
                    self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> User | None:
        selection = self.table.selectionModel()
        rows = selection.selectedRows() if selection else []
        return self.model.user(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        if not self.database.user.is_admin:
            return
        user = self.selected()
        self.reset_button.setEnabled(user is not None and not user.disabled)
        own = user is not None and user.id == self.database.user.id
        self.disable_button.setEnabled(user is not None and not own)
        self.disable_button.setText(
            self.tr("&Enable…") if user is not None and user.disabled else self.tr("&Disable")
        )
        self.disable_button.setToolTip(
            self.tr("You cannot disable the account you are signed in with.") if own else ""
        )

    # -- actions ------------------------------------------------------------
    def _run(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def change_my_password(self) -> None:
        username = self.database.user.username
        dialog = PasswordDialog(
            self.tr("Change my password"),
            self.tr("Choose a password of at least 8 characters that others cannot guess."),
            save=lambda password: self.database.set_password(username, password),
            verify_current=lambda current: self.database.keyfile.unlock_password(username, current),
            parent=self,
        )
        if self._run(dialog):
            self.status.setText(self.tr("Your password has been changed."))

    def add_account(self) -> None:
        dialog = NewAccountDialog(self.database, self)
        if self._run(dialog) and dialog.user is not None:
            self.reload(select=dialog.user.username)
            self.status.setText(
                self.tr("Account {username} added.").format(username=dialog.user.username)
            )

    def reset_password(self) -> None:
        user = self.selected()
        if user is None or user.disabled or not self.database.user.is_admin:
            return
        dialog = PasswordDialog(
            self.tr("Reset password"),
            self.tr("A new password for {username}. Tell it to them in person.").format(
                username=user.username
            ),
            save=lambda password: self.database.set_password(user.username, password),
            parent=self,
        )
        if self._run(dialog):
            self.status.setText(
                self.tr("The password of {username} has been reset.").format(username=user.username)
            )

    def toggle_disabled(self) -> None:
        user = self.selected()
        if user is None or not self.database.user.is_admin:
            return
        if user.disabled:
            self._enable(user)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Disable account"),
            self.tr(
                "Disable the account {username}? It can no longer sign in. Enabling it again needs a new password."
            ).format(username=user.username),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.database.set_disabled(user.username, True)
        except StorageError as exc:
            show_error(self, exc)
            return
        self.reload(select=user.username)
        self.status.setText(self.tr("Account {username} disabled.").format(username=user.username))

    def _enable(self, user: User) -> None:
        def save(password: str) -> None:
            # The password first: a disabled account has no key slot until it gets one.
            self.database.set_password(user.username, password)
            self.database.set_disabled(user.username, False)

        dialog = PasswordDialog(
            self.tr("Enable account"),
            self.tr("To enable {username} again, give the account a new password.").format(
                username=user.username
            ),
            save=save,
            parent=self,
        )
        if self._run(dialog):
            self.reload(select=user.username)
            self.status.setText(
                self.tr("Account {username} enabled.").format(username=user.username)
            )


# -- the page ---------------------------------------------------------------------------


class SettingsPage(QWidget):
    """Unit, Programme, Language and Accounts tabs. `changed` fires after the unit or the
    programme is saved (the home page's targets and the report defaults follow them)."""

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_settings")
        self.database = database
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settings_tabs")
        self.unit = UnitTab(database)
        self.programme = ProgrammeTab(database)
        self.language = LanguageTab()
        self.accounts = AccountsTab(database)
        self.tabs.addTab(self.unit, self.tr("&Unit"))
        self.tabs.addTab(self.programme, self.tr("&Programme"))
        self.tabs.addTab(self.language, self.tr("&Language"))
        self.tabs.addTab(self.accounts, self.tr("A&ccounts"))
        if not database.user.is_admin:
            self.tabs.setTabToolTip(
                3, self.tr("Only an administrator manages accounts; you can change your password.")
            )
        layout.addWidget(self.tabs)
        self.unit.saved.connect(self.changed)
        self.programme.saved.connect(self.changed)

    def refresh(self) -> None:
        """Show what is saved (drops unsaved edits)."""
        self.unit.revert()
        self.programme.revert()
        self.language.load()
        self.accounts.reload()
