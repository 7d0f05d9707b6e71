"""The city office (databases of level "city"): reports received from the member units,
and the list of member units.

"Received reports": choose the report (kind, year; the period and due date follow the
city's calendar, editable where the calendar has none), import the units' packages by
choosing files, a folder or a removable drive that is plugged in, or by dropping files
and folders on the page. Reading and checking runs off the GUI thread
(`ui.worker.Worker`); a newer package from a unit that already reported replaces the
older one only once the officer confirms (both are kept), and every file not imported
is listed with the reason. The tracker lists every member unit with its status
(received, late, missing) and exports to XLSX or CSV; the reminder list of the units
still missing can be copied into an email or a message. "Compile report…" writes the
compiled report's files (letter PDF and DOCX, annex XLSX, package JSON of level "city",
email draft) off the GUI thread, into a folder or onto a removable drive.

"Member units": the wards and communes that report to the city, with their codes;
edited in place (double-click), with the 21 wards and communes of Buôn Ma Thuột as an
optional preset (names only: each unit's official code is entered by the officer).

All the work is in `reports.consolidate` (no Qt, no SQL here).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDir,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gbv_desktop import i18n
from gbv_desktop.domain import vocab
from gbv_desktop.domain.calendar import Period, default_period
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, KnownError
from gbv_desktop.reports import consolidate as co
from gbv_desktop.storage import location
from gbv_desktop.storage.database import Database
from gbv_desktop.ui.errors import show_error
from gbv_desktop.ui.setup_wizard import (
    ERROR_STYLE,
    HINT_STYLE,
    app_settings,
    confirm,
    error_text,
)
from gbv_desktop.ui.widgets import DateField, VocabCombo, vi_number
from gbv_desktop.ui.worker import Worker

Index = QModelIndex | QPersistentModelIndex
OK_STYLE = "color: #2e7d32;"
STATUS_COLORS = {
    co.RECEIVED: QColor("#2e7d32"),
    co.LATE: QColor("#8a5300"),
    co.MISSING: QColor("#b71c1c"),
}
NOT_DUE_COLOR = QColor("#5f6b76")
SETTING_FOLDER = "city/folder"
SETTING_EMAIL_TO = "city/email_to"
FORMAT_LABELS = {
    "pdf": QT_TRANSLATE_NOOP("CityPage", "Official letter (PDF)"),
    "docx": QT_TRANSLATE_NOOP("CityPage", "Editable letter (DOCX, for Word)"),
    "xlsx": QT_TRANSLATE_NOOP("CityPage", "Annex workbook (XLSX, for Excel)"),
    "json": QT_TRANSLATE_NOOP("CityPage", "Package for the province (JSON)"),
    "eml": QT_TRANSLATE_NOOP("CityPage", "Email draft with the files attached"),
}


def _fmt(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("CityPage", text)


def _title(text: str, name: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(max(font.pointSizeF(), 8.0) * 1.2)
    label.setFont(font)
    return label


def _hint(text: str = "", name: str = "", style: str = HINT_STYLE) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    if name:
        label.setObjectName(name)
    return label


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


def nearest_report(programme: Any, today: date) -> tuple[str, int]:
    """The periodic report whose due date is nearest today (the one being collected)."""
    best: tuple[int, str, int] | None = None
    for year in (today.year - 1, today.year, today.year + 1):
        for kind in ("half_year", "annual"):
            distance = abs((programme.calendar.due(kind, year) - today).days)
            if best is None or distance < best[0]:
                best = (distance, kind, year)
    assert best is not None
    return best[1], best[2]


# -- the tracker ------------------------------------------------------------------------------


class TrackerModel(QAbstractTableModel):
    """Every member unit with the status of its report for the chosen period."""

    COLUMNS = ("no", "unit", "code", "status", "received_on", "number", "versions", "file")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[co.TrackerRow] = []
        self.today = date.today()

    def set_rows(self, rows: list[co.TrackerRow], today: date) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.today = today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("No."),
            self.tr("Ward or commune"),
            self.tr("Code"),
            self.tr("Status"),
            self.tr("Received on"),
            self.tr("Letter number"),
            self.tr("Packages"),
            self.tr("File"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def status_text(self, row: co.TrackerRow) -> str:
        if row.status == co.RECEIVED:
            return self.tr("Received")
        if row.status == co.LATE:
            days = (row.received_on - row.due).days if row.received_on and row.due else 0
            return self.tr("Received late ({n} day(s))").format(n=vi_number(days))
        if not row.unit.code:
            return self.tr("Missing (no code entered)")
        if row.overdue_days:
            return self.tr("Missing, {n} day(s) overdue").format(n=vi_number(row.overdue_days))
        return self.tr("Not received yet")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        p = row.package
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "no":
                return str(index.row() + 1)
            if column == "unit":
                return row.unit.name
            if column == "code":
                return row.unit.code
            if column == "status":
                return self.status_text(row)
            if column == "received_on":
                if row.received_on and row.updated_on and row.updated_on != row.received_on:
                    return self.tr("{first} (new version {latest})").format(
                        first=_fmt(row.received_on), latest=_fmt(row.updated_on)
                    )
                return _fmt(row.received_on)
            if column == "number":
                return p.number if p else ""
            if column == "versions":
                return vi_number(row.versions) if row.versions else ""
            if column == "file":
                return p.source_name if p else ""
        if role == Qt.ItemDataRole.ForegroundRole and column == "status":
            if row.status == co.MISSING and not row.overdue_days:
                return QBrush(NOT_DUE_COLOR)
            return QBrush(STATUS_COLORS[row.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("no", "versions"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "versions" and row.versions > 1:
            return self.tr(
                "The unit sent a newer package; the latest counts, the earlier ones are kept."
            )
        return None


# -- member units -----------------------------------------------------------------------------


class LevelDelegate(QStyledItemDelegate):
    """A ward or a commune, chosen from a list."""

    def createEditor(self, parent: QWidget, option: Any, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for code in co.MEMBER_LEVELS:
            combo.addItem(vocab.UNIT_LEVELS.label(code, i18n.language()), code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MemberUnitsModel(QAbstractTableModel):
    """The member units, name, code and level edited in place."""

    COLUMNS = ("no", "name", "code", "level")
    error = Signal(object)  # the exception of a refused edit

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.units: list[co.MemberUnit] = []
        self.editable = database.user.can_write

    def refresh(self) -> None:
        self.beginResetModel()
        self.units = co.list_member_units(self.database)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.units)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("No."), self.tr("Name"), self.tr("Code (5 digits)"), self.tr("Level"))
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and self.editable and self.COLUMNS[index.column()] != "no":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.units)):
            return None
        unit = self.units[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "no":
                return str(index.row() + 1)
            if column == "name":
                return unit.name
            if column == "code":
                if role == Qt.ItemDataRole.DisplayRole and not unit.code:
                    return self.tr("(to enter)")
                return unit.code
            if column == "level":
                if role == Qt.ItemDataRole.EditRole:
                    return unit.level
                return vocab.UNIT_LEVELS.label(unit.level, i18n.language())
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "no":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == "code" and not unit.code:
            return QBrush(STATUS_COLORS[co.LATE])
        if role == Qt.ItemDataRole.ToolTipRole and column == "code" and not unit.code:
            return self.tr(
                "Double-click to enter the unit's official 5-digit code: its packages are recognised by it."
            )
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        unit = self.units[index.row()]
        column = self.COLUMNS[index.column()]
        name, code, level = unit.name, unit.code, unit.level
        text = str(value or "").strip()
        if column == "name":
            name = text
        elif column == "code":
            code = text
        elif column == "level":
            level = text
        else:
            return False
        if (name, code, level) == (unit.name, unit.code, unit.level):
            return False
        try:
            self.units[index.row()] = co.update_member_unit(
                self.database, unit.id, name, code, level
            )
        except KnownError as exc:
            self.error.emit(exc)
            return False
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), 3))
        self.error.emit(None)
        return True


class MemberUnitsTab(QWidget):
    """The wards and communes that report to the city."""

    changed = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_members")
        self.database = database
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(
            _hint(
                self.tr(
                    "The wards and communes that report to the city. A package is recognised by the unit's 5-digit code: double-click a cell to change a name, a code or a level."
                )
            )
        )
        self.model = MemberUnitsModel(database, self)
        self.model.error.connect(self._show_error)
        self.table = _table("members_table")
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(3, LevelDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.error = _hint(style=ERROR_STYLE, name="members_error")
        self.error.hide()
        layout.addWidget(self.error)
        self.no_code = _hint(style="color: #8a5300;", name="members_no_code")
        layout.addWidget(self.no_code)

        add_row = QHBoxLayout()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("member_name")
        self.name_edit.setPlaceholderText(self.tr("e.g. Phường Tân Lợi"))
        self.code_edit = QLineEdit()
        self.code_edit.setObjectName("member_code")
        self.code_edit.setPlaceholderText(self.tr("5 digits"))
        self.code_edit.setMaxLength(5)
        self.code_edit.setMaximumWidth(90)
        self.level_combo = VocabCombo(vocab.UNIT_LEVELS, exclude=("city",))
        self.level_combo.setObjectName("member_level")
        self.level_combo.setMinimumContentsLength(8)
        self.add_button = QPushButton(self.tr("&Add"))
        self.add_button.setObjectName("member_add")
        self.add_button.clicked.connect(self.add_unit)
        self.name_edit.returnPressed.connect(self.add_unit)
        self.code_edit.returnPressed.connect(self.add_unit)
        name_label = QLabel(self.tr("New unit:"))
        name_label.setBuddy(self.name_edit)
        add_row.addWidget(name_label)
        add_row.addWidget(self.name_edit, 1)
        code_label = QLabel(self.tr("Code:"))
        code_label.setBuddy(self.code_edit)
        add_row.addWidget(code_label)
        add_row.addWidget(self.code_edit)
        add_row.addWidget(self.level_combo)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)

        buttons = QHBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.setObjectName("member_up")
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.setObjectName("member_down")
        self.down_button.clicked.connect(lambda: self.move(1))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.remove_button.setObjectName("member_remove")
        self.remove_button.clicked.connect(self.remove_unit)
        self.preset_button = QPushButton(self.tr("Add the 21 wards and communes of &Buôn Ma Thuột"))
        self.preset_button.setObjectName("member_preset")
        self.preset_button.setToolTip(
            self.tr(
                "The 13 wards and 8 communes of Buôn Ma Thuột before the 2025 merger, names only: enter each one's official code."
            )
        )
        self.preset_button.clicked.connect(self.add_preset)
        for button in (self.up_button, self.down_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.preset_button)
        layout.addLayout(buttons)
        if not database.user.can_write:
            for widget in (
                self.name_edit,
                self.code_edit,
                self.level_combo,
                self.add_button,
                self.preset_button,
            ):
                widget.setEnabled(False)  # fmt: skip
            self.add_button.setToolTip(self.tr("Your role may look at the list but not change it."))
        self.refresh()

    def refresh(self) -> None:
        self.model.refresh()
        missing = sum(1 for u in self.model.units if not u.code)
        self.no_code.setVisible(bool(missing))
        self.no_code.setText(
            self.tr(
                "{n} unit(s) have no code yet: their packages cannot be recognised until the code is entered."
            ).format(n=vi_number(missing))
        )
        self._selection_changed()

    def _show_error(self, exc: BaseException | None) -> None:
        self.error.setVisible(exc is not None)
        if exc is not None:
            self.error.setText(error_text(exc))
        else:
            self.refresh_codes()

    def refresh_codes(self) -> None:
        missing = sum(1 for u in self.model.units if not u.code)
        self.no_code.setVisible(bool(missing))
        self.no_code.setText(
            self.tr(
                "{n} unit(s) have no code yet: their packages cannot be recognised until the code is entered."
            ).format(n=vi_number(missing))
        )
        self.changed.emit()

    def selected(self) -> co.MemberUnit | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.units[rows[0].row()]

    def _selection_changed(self, *_: Any) -> None:
        chosen = self.selected() is not None and self.database.user.can_write
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setEnabled(chosen)

    def _select(self, unit_id: int) -> None:
        for row, unit in enumerate(self.model.units):
            if unit.id == unit_id:
                self.table.selectRow(row)
                return

    def add_unit(self) -> None:
        try:
            unit = co.add_member_unit(
                self.database, self.name_edit.text(), self.code_edit.text(), self.level_combo.code()
            )
        except KnownError as exc:
            self._show_error(exc)
            return
        self.name_edit.clear()
        self.code_edit.clear()
        self.error.hide()
        self.refresh()
        self._select(unit.id)
        self.name_edit.setFocus()
        self.changed.emit()

    def move(self, offset: int) -> None:
        unit = self.selected()
        if unit is None:
            return
        try:
            co.move_member_unit(self.database, unit.id, offset)
        except KnownError as exc:
            self._show_error(exc)
            return
        self.refresh()
        self._select(unit.id)
        self.changed.emit()

    def remove_unit(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        if not confirm(
            self,
            self.tr("Remove a member unit"),
            self.tr(
                "Remove {unit} from the member units? The packages it sent are kept, but no longer count in the city's report."
            ).format(unit=unit.name),
            self.tr("Remove"),
            self.tr("Keep"),
        ):
            return
        try:
            co.remove_member_unit(self.database, unit.id)
        except KnownError as exc:
            self._show_error(exc)
            return
        self.refresh()
        self.changed.emit()

    def add_preset(self) -> None:
        try:
            added = co.add_preset(self.database)
        except KnownError as exc:
            self._show_error(exc)
            return
        self.refresh()
        self.error.setVisible(not added)
        if not added:
            self.error.setText(self.tr("Every ward and commune of the list is already there."))
        self.changed.emit()


# -- dialogs --------------------------------------------------------------------------------


class ImportResultsDialog(QDialog):
    """Every file of an import with what became of it, and why."""

    def __init__(self, outcomes: list[co.FileOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_results")
        self.setWindowTitle(self.tr("Packages imported"))
        layout = QVBoxLayout(self)
        imported = sum(1 for o in outcomes if o.imported)
        self.summary = QLabel(
            self.tr("{n} of {total} file(s) imported.").format(
                n=vi_number(imported), total=vi_number(len(outcomes))
            )
        )
        self.summary.setObjectName("import_summary")
        layout.addWidget(self.summary)
        self.list = QListWidget()
        self.list.setObjectName("import_list")
        self.list.setWordWrap(True)
        for outcome in outcomes:
            item = QListWidgetItem(self.line(outcome))
            item.setToolTip(QDir.toNativeSeparators(str(outcome.path)))
            item.setForeground(
                QBrush(STATUS_COLORS[co.RECEIVED if outcome.imported else co.MISSING])
            )
            self.list.addItem(item)
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        layout.addWidget(buttons)
        self.resize(760, 420)

    def line(self, o: co.FileOutcome) -> str:
        name = o.path.name
        if o.status == co.ACCEPTED:
            return self.tr("✓ {file}: imported ({unit}).").format(file=name, unit=o.unit_name)
        if o.status == co.REPLACED:
            return self.tr(
                "✓ {file}: imported ({unit}); it replaces the package received earlier, which is kept."
            ).format(file=name, unit=o.unit_name)
        reason = i18n.render(o.reason) if o.reason is not None else ""
        return self.tr("✗ {file}: not imported: {reason}").format(file=name, reason=reason)


class ReminderDialog(QDialog):
    """The units still missing, as text to copy into an email or a message."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminder_dialog")
        self.setWindowTitle(self.tr("Units that have not reported"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _hint(self.tr("Copy this list into an email or a message to the units concerned."))
        )
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("reminder_text")
        self.text.setReadOnly(True)
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox()
        self.copy_button = buttons.addButton(
            self.tr("&Copy"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("reminder_copy")
        self.copy_button.clicked.connect(self.copy)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text.toPlainText())
        self.copy_button.setText(self.tr("Copied"))


class CompileDialog(QDialog):
    """The compiled report's files: which, the letter's number, and where to save them."""

    produced = Signal(list)

    def __init__(
        self,
        database: Database,
        kind: str,
        year: int,
        period: Period,
        due: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compile_dialog")
        self.database = database
        self.kind, self.year, self.period, self.due = kind, year, period, due
        self.worker: Worker | None = None
        self.paths: list[Path] = []
        self.setWindowTitle(self.tr("Compile the city's report"))
        layout = QVBoxLayout(self)
        kind_label = vocab.REPORT_KINDS.label(kind, i18n.language())
        self.heading = QLabel(
            self.tr("{report} {year}, period {period}").format(
                report=kind_label, year=year, period=co.period_text(period)
            )
        )
        self.heading.setObjectName("compile_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        layout.addWidget(
            _hint(
                self.tr(
                    "The figures of the units' latest packages are added up; shares and the two indicators are computed again from the totals. Units that have not reported are listed in the report. Check the editable letter (DOCX) before signing."
                )
            )
        )
        form = QFormLayout()
        self.number = QLineEdit()
        self.number.setObjectName("compile_number")
        self.number.setPlaceholderText(self.tr("e.g. 25/BC-UBND (optional)"))
        form.addRow(self.tr("Letter &number:"), self.number)
        self.issued = DateField()
        self.issued.setObjectName("compile_date")
        form.addRow(self.tr("Letter &date:"), self.issued)
        layout.addLayout(form)

        grid = QGridLayout()
        self.format_boxes: dict[str, QCheckBox] = {}
        for i, code in enumerate(("pdf", "docx", "xlsx", "json", "eml")):
            box = QCheckBox(_tr(FORMAT_LABELS[code]))
            box.setObjectName(f"compile_format_{code}")
            box.setChecked(True)
            box.toggled.connect(self._update)
            self.format_boxes[code] = box
            grid.addWidget(box, i % 3, i // 3)
        layout.addLayout(grid)
        email_row = QHBoxLayout()
        self.email_label = QLabel(self.tr("Recipient's &email address:"))
        self.email_to = QLineEdit(str(app_settings().value(SETTING_EMAIL_TO, "") or ""))
        self.email_to.setObjectName("compile_email")
        self.email_label.setBuddy(self.email_to)
        email_row.addWidget(self.email_label)
        email_row.addWidget(self.email_to, 1)
        layout.addLayout(email_row)

        self.to_folder = QRadioButton(self.tr("A &folder:"))
        self.to_folder.setObjectName("compile_to_folder")
        self.to_drive = QRadioButton(self.tr("A removable d&rive:"))
        self.to_drive.setObjectName("compile_to_drive")
        group = QButtonGroup(self)
        group.addButton(self.to_folder)
        group.addButton(self.to_drive)
        self.to_folder.setChecked(True)
        folder_row = QHBoxLayout()
        start = app_settings().value(SETTING_FOLDER, "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        self.folder = QLineEdit(QDir.toNativeSeparators(str(start)))
        self.folder.setObjectName("compile_folder")
        self.folder.textEdited.connect(lambda _t: self.to_folder.setChecked(True))
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self._browse)
        folder_row.addWidget(self.to_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        layout.addLayout(folder_row)
        drive_row = QHBoxLayout()
        self.drives = QComboBox()
        self.drives.setObjectName("compile_drives")
        self.drives.activated.connect(lambda _i: self.to_drive.setChecked(True))
        drive_row.addWidget(self.to_drive)
        drive_row.addWidget(self.drives, 1)
        layout.addLayout(drive_row)

        self.progress = QProgressBar()
        self.progress.setObjectName("compile_progress")
        self.progress.hide()
        self.status = _hint(name="compile_status")
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.files = QListWidget()
        self.files.setObjectName("compile_files")
        self.files.hide()
        layout.addWidget(self.files, 10)
        layout.addStretch(1)

        buttons = QDialogButtonBox()
        self.compile_button = buttons.addButton(
            self.tr("&Compile"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.compile_button.setObjectName("compile_run")
        self.compile_button.setDefault(True)
        self.compile_button.clicked.connect(self.compile)
        self.open_button = buttons.addButton(
            self.tr("Open &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setObjectName("compile_open")
        self.open_button.hide()
        self.open_button.clicked.connect(self.open_folder)
        self.close_button = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)
        for signal in (self.to_folder.toggled, self.folder.textChanged):
            signal.connect(self._update)
        self.refresh_drives()
        self.resize(660, 480)

    def refresh_drives(self) -> None:
        self.drives.clear()
        for drive in location.removable_drives():
            self.drives.addItem(QDir.toNativeSeparators(str(drive)), str(drive))
        has = self.drives.count() > 0
        self.to_drive.setEnabled(has)
        self.drives.setEnabled(has)
        if not has:
            self.drives.addItem(self.tr("(no removable drive plugged in)"))
            self.to_folder.setChecked(True)
        self._update()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the report"), self.folder.text()
        )
        if chosen:
            self.folder.setText(QDir.toNativeSeparators(chosen))
            self.to_folder.setChecked(True)

    def formats(self) -> list[str]:
        return [code for code, box in self.format_boxes.items() if box.isChecked()]

    def destination(self) -> Path | None:
        if self.to_drive.isChecked():
            data = self.drives.currentData()
            return Path(data) if data else None
        text = self.folder.text().strip()
        return Path(QDir.fromNativeSeparators(text)).expanduser() if text else None

    def _update(self, *_: Any) -> None:
        eml = self.format_boxes["eml"].isChecked()
        self.email_to.setEnabled(eml)
        self.email_label.setEnabled(eml)
        busy = self.worker is not None
        ready = bool(self.formats()) and self.destination() is not None and not busy
        self.compile_button.setEnabled(ready)

    def compile(self) -> None:
        if self.worker is not None or self.destination() is None or not self.formats():
            return
        from gbv_desktop.reports.produce import produce

        out, formats = self.destination(), self.formats()
        assert out is not None
        kind, year, period, due = self.kind, self.year, self.period, self.due
        number, issued = self.number.text().strip(), self.issued.value()
        to = self.email_to.text().strip() if "eml" in formats else ""

        def job(database: Any, progress: Any) -> list[Path]:
            document = co.build_city_document(database, kind, year, period, due=due)
            document.letter.number = number
            document.letter.issued_on = issued
            return produce(database, document, out, formats, progress, to=to)

        self.status.setStyleSheet(HINT_STYLE)
        self.status.setText(self.tr("Adding up the figures…"))
        self.progress.setRange(0, 0)
        self.progress.show()
        self.worker = Worker(self.database, job, self, prewarm=_prewarm_writers)
        self.worker.progress.connect(self._progressed)
        self.worker.succeeded.connect(self._produced)
        self.worker.failed.connect(self._failed)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QCheckBox | QLineEdit | QRadioButton | QComboBox | DateField):
                widget.setEnabled(False)
        self.close_button.setEnabled(False)
        self._update()
        self.worker.start()

    def _progressed(self, step: int, total: int, label: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(step)
        self.status.setText(label)

    def _finished(self) -> None:
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        self.progress.hide()
        self.close_button.setEnabled(True)
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QCheckBox | QLineEdit | QRadioButton | QComboBox | DateField):
                widget.setEnabled(True)
        self.refresh_drives()

    def _produced(self, paths: list[Path]) -> None:
        self._finished()
        self.paths = list(paths)
        settings = app_settings()
        if self.to_folder.isChecked() and self.destination() is not None:
            settings.setValue(SETTING_FOLDER, str(self.destination()))
        if "eml" in self.formats():
            settings.setValue(SETTING_EMAIL_TO, self.email_to.text().strip())
        folder = self.paths[0].parent if self.paths else None
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(
            self.tr("{n} file(s) saved in {folder}:").format(
                n=len(self.paths), folder=QDir.toNativeSeparators(str(folder or ""))
            )
        )
        self.files.clear()
        for path in self.paths:
            self.files.addItem(path.name)
        self.files.show()
        self.open_button.show()
        self.compile_button.hide()
        self.close_button.setDefault(True)
        self.produced.emit(self.paths)

    def _failed(self, exc: BaseException) -> None:
        self._finished()
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(exc))

    def open_folder(self) -> None:
        if self.paths:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths[0].parent)))

    def reject(self) -> None:
        if self.worker is not None:
            return  # the files are being written: they finish, or are removed, first
        super().reject()

    def done(self, result: int) -> None:
        if self.worker is not None and self.worker.isRunning():
            self.worker.wait()
        super().done(result)


def _prewarm_writers() -> None:
    import importlib

    for name in ("docx", "eml", "package", "pdf", "xlsx", "narrative"):
        importlib.import_module(f"gbv_desktop.reports.{name}")
    importlib.import_module("xlsxwriter")


# -- received reports ---------------------------------------------------------------------------


class ReceivedTab(QWidget):
    """The report being collected: import, tracker, reminder, compile."""

    imported = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tab_received")
        self.database = database
        self.worker: Worker | None = None
        self.results: ImportResultsDialog | None = None
        self.reminder: ReminderDialog | None = None
        self.compile_dialog: CompileDialog | None = None
        self.last_result: co.ImportResult | None = None
        self.today = date.today()
        self.setAcceptDrops(database.user.can_write)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        choose = QHBoxLayout()
        self.kind_combo = VocabCombo(vocab.REPORT_KINDS)
        self.kind_combo.setObjectName("city_kind")
        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("city_year")
        self.year_spin.setRange(2000, 2100)
        self.from_date = DateField()
        self.from_date.setObjectName("city_from")
        self.to_date = DateField()
        self.to_date.setObjectName("city_to")
        self.due_date = DateField(optional=True)
        self.due_date.setObjectName("city_due")
        for text, widget in (
            (self.tr("&Report:"), self.kind_combo),
            (self.tr("&Year:"), self.year_spin),
            (self.tr("F&rom:"), self.from_date),
            (self.tr("&To:"), self.to_date),
            (self.tr("D&ue:"), self.due_date),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            choose.addWidget(label)
            choose.addWidget(widget)
        choose.addStretch(1)
        layout.addLayout(choose)

        imports = QHBoxLayout()
        self.files_button = QPushButton(self.tr("Import &files…"))
        self.files_button.setObjectName("import_files")
        self.files_button.clicked.connect(self.choose_files)
        self.folder_button = QPushButton(self.tr("Import a f&older…"))
        self.folder_button.setObjectName("import_folder")
        self.folder_button.clicked.connect(self.choose_folder)
        self.drives = QComboBox()
        self.drives.setObjectName("import_drives")
        self.drives.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.drive_button = QPushButton(self.tr("Import from the &drive"))
        self.drive_button.setObjectName("import_drive")
        self.drive_button.clicked.connect(self.import_drive)
        self.refresh_drives_button = QPushButton(self.tr("Refre&sh"))
        self.refresh_drives_button.setObjectName("refresh_drives")
        self.refresh_drives_button.clicked.connect(self.refresh_drives)
        for widget in (self.files_button, self.folder_button):
            imports.addWidget(widget)
        imports.addSpacing(16)
        imports.addWidget(self.drives)
        imports.addWidget(self.drive_button)
        imports.addWidget(self.refresh_drives_button)
        imports.addStretch(1)
        layout.addLayout(imports)
        self.drop_hint = _hint(
            self.tr(
                "Packages (.json files) arrive on USB sticks and by email. Drop files or folders here, or import them with the buttons; the whole folder or drive is searched."
            ),
            "drop_hint",
        )
        layout.addWidget(self.drop_hint)
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.hide()
        layout.addWidget(self.progress)

        self.summary = QLabel()
        self.summary.setObjectName("tracker_summary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        self.model = TrackerModel(self)
        self.table = _table("tracker_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.export_button = QPushButton(self.tr("E&xport the list…"))
        self.export_button.setObjectName("export_tracker")
        self.export_button.clicked.connect(self.export_tracker)
        self.reminder_button = QPushButton(self.tr("Re&minder list…"))
        self.reminder_button.setObjectName("reminder")
        self.reminder_button.clicked.connect(self.show_reminder)
        self.results_button = QPushButton(self.tr("Last import…"))
        self.results_button.setObjectName("last_import")
        self.results_button.clicked.connect(self.show_results)
        self.results_button.setEnabled(False)
        self.compile_button = QPushButton(self.tr("&Compile report…"))
        self.compile_button.setObjectName("compile_report")
        self.compile_button.clicked.connect(self.compile_report)
        for widget in (self.export_button, self.reminder_button, self.results_button):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        bottom.addWidget(self.compile_button)
        layout.addLayout(bottom)
        self.error = _hint(style=ERROR_STYLE, name="received_error")
        self.error.hide()
        layout.addWidget(self.error)

        if not database.user.can_write:
            for widget in (
                self.files_button,
                self.folder_button,
                self.drive_button,
                self.compile_button,
            ):
                widget.setEnabled(False)  # fmt: skip
                widget.setToolTip(
                    self.tr("Your role may look at the reports received but not import or compile.")
                )

        kind, year = nearest_report(database.programme, self.today)
        self.kind_combo.set_code(kind)
        self.year_spin.setValue(year)
        self._apply_calendar()
        self.kind_combo.currentIndexChanged.connect(self._apply_calendar)
        self.year_spin.valueChanged.connect(self._apply_calendar)
        for field in (self.from_date, self.to_date, self.due_date):
            field.dateChanged.connect(self.refresh)
        self.refresh_drives()

    # -- the report being collected ------------------------------------------------------------
    def kind(self) -> str:
        return self.kind_combo.code()

    def year(self) -> int:
        return self.year_spin.value()

    def period(self) -> Period | None:
        start, end = self.from_date.value(), self.to_date.value()
        if start is None or end is None or end < start:
            return None
        return Period(start, end)

    def due(self) -> date | None:
        return self.due_date.value()

    def set_report(self, kind: str, year: int, period: Period | None = None) -> None:
        self.kind_combo.set_code(kind)
        self.year_spin.setValue(year)
        if period is not None:
            with QSignalBlocker(self.from_date), QSignalBlocker(self.to_date):
                self.from_date.set_value(period.start)
                self.to_date.set_value(period.end)
        self.refresh()

    def _apply_calendar(self) -> None:
        """Period and due date from the calendar; dates free for an ad hoc report."""
        kind, year = self.kind(), self.year()
        programme = self.database.programme
        free = kind == "ad_hoc"
        period = default_period(kind, year, programme.calendar, programme.phase, self.today)
        with (
            QSignalBlocker(self.from_date),
            QSignalBlocker(self.to_date),
            QSignalBlocker(self.due_date),
        ):
            self.from_date.set_value(period.start)
            self.to_date.set_value(period.end)
            self.due_date.set_value(co.due_date(self.database, kind, year))
        self.from_date.setEnabled(free)
        self.to_date.setEnabled(free)
        self.year_spin.setEnabled(kind != "phase")
        self.refresh()

    def refresh(self) -> None:
        period = self.period()
        self.error.hide()
        if period is None:
            self.model.set_rows([], self.today)
            self.summary.setText(self.tr("Choose a period whose end is not before its start."))
            self._update_buttons(0, 0)
            return
        rows = co.tracker(
            self.database, self.kind(), self.year(), self.today, period=period, due=self.due()
        )
        self.model.set_rows(rows, self.today)
        received = sum(1 for r in rows if r.status != co.MISSING)
        late = sum(1 for r in rows if r.status == co.LATE)
        missing = len(rows) - received
        if not rows:
            text = self.tr("No member unit yet: add the wards and communes under Member units.")
        else:
            text = self.tr(
                "Received from {received} of {total} member units ({late} late); {missing} missing."
            ).format(
                received=vi_number(received),
                total=vi_number(len(rows)),
                late=vi_number(late),
                missing=vi_number(missing),
            )
            if self.due() is not None:
                text += " " + self.tr("Due date: {date}.").format(date=_fmt(self.due()))
        self.summary.setText(text)
        self._update_buttons(received, missing)

    def _update_buttons(self, received: int, missing: int) -> None:
        writer = self.database.user.can_write
        busy = self.worker is not None
        self.compile_button.setEnabled(writer and received > 0 and not busy)
        self.compile_button.setToolTip(
            ""
            if received or not writer
            else self.tr("No package has been received for this period yet.")
        )
        self.reminder_button.setEnabled(missing > 0)
        self.export_button.setEnabled(bool(self.model.rows))
        for widget in (self.files_button, self.folder_button):
            widget.setEnabled(writer and not busy)
        self.drive_button.setEnabled(writer and not busy and self.drives.currentData() is not None)

    # -- importing -------------------------------------------------------------------------------
    def refresh_drives(self) -> None:
        current = self.drives.currentData()
        self.drives.clear()
        for drive in location.removable_drives():
            self.drives.addItem(QDir.toNativeSeparators(str(drive)), str(drive))
        if current is not None:
            found = self.drives.findData(current)
            if found >= 0:
                self.drives.setCurrentIndex(found)
        if self.drives.count() == 0:
            self.drives.addItem(self.tr("(no removable drive plugged in)"))
        self.drives.setEnabled(self.drives.currentData() is not None)
        self.refresh()

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Choose the packages to import"),
            QDir.homePath(),
            self.tr("Report packages (*.json);;All files (*)"),
        )
        if names:
            self.import_paths([Path(n) for n in names])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder with packages"), QDir.homePath()
        )
        if folder:
            self.import_paths([Path(folder)])

    def import_drive(self) -> None:
        data = self.drives.currentData()
        if data:
            self.import_paths([Path(data)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if self.worker is None and urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.worker is None:
            event.acceptProposedAction()
            self.import_paths(paths)
        else:
            event.ignore()

    def import_paths(self, paths: list[Path]) -> None:
        """Read and check the packages off the GUI thread, then ask about replacements."""
        period = self.period()
        if self.worker is not None or period is None or not self.database.user.can_write:
            return
        kind, year, today = self.kind(), self.year(), self.today

        def job(database: Any, progress: Any) -> co.ImportResult:
            return co.import_packages(
                database, paths, kind, year, None, period=period, received_on=today,
                progress=progress,
            )  # fmt: skip

        self.error.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        # No parent: the thread may outlive the page (the window closing); it is kept
        # alive until done (ui.worker), and the window waits for it (`unload`).
        self.worker = Worker(self.database, job)
        self.worker.progress.connect(self._progressed)
        self.worker.succeeded.connect(self._imported)
        self.worker.failed.connect(self._import_failed)
        self._update_buttons(0, 0)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.worker.start()

    def _progressed(self, step: int, total: int, _label: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(step)

    def _import_done(self) -> None:
        QGuiApplication.restoreOverrideCursor()
        if self.worker is not None:
            self.worker.deleteLater()
        self.worker = None
        self.progress.hide()

    def _imported(self, result: co.ImportResult) -> None:
        self._import_done()
        confirmed, declined = [], []
        for outcome in result.pending:
            if self.ask_replace(outcome):
                confirmed.append(outcome)
            else:
                declined.append(outcome)
        co.decline_pending(declined)
        if confirmed:
            try:
                co.confirm_pending(self.database, confirmed, received_on=self.today)
            except KnownError as exc:
                show_error(self, exc)
        self.last_result = result
        self.results_button.setEnabled(True)
        self.refresh()
        self.imported.emit()
        self.show_results()

    def ask_replace(self, outcome: co.FileOutcome) -> bool:
        older, incoming = outcome.replaces, outcome.incoming
        assert older is not None and incoming is not None
        return confirm(
            self,
            self.tr("A newer package"),
            self.tr(
                "{unit} has sent a newer package for this period ({file}, letter {number} of {date}). Replace the package received on {received}? The older one is kept."
            ).format(
                unit=outcome.unit_name,
                file=incoming.source_name,
                number=incoming.number or "–",
                date=_fmt(incoming.issued_on),
                received=_fmt(older.received_on),
            ),
            self.tr("Replace"),
            self.tr("Keep the older one"),
        )

    def _import_failed(self, exc: BaseException) -> None:
        self._import_done()
        self.refresh()
        self.error.setText(error_text(exc))
        self.error.show()

    def show_results(self) -> None:
        if self.last_result is None:
            return
        if self.results is not None:
            self.results.close()
            self.results.deleteLater()
        self.results = ImportResultsDialog(self.last_result.outcomes, self)
        self.results.open()

    # -- the tracker's exports -----------------------------------------------------------------
    def _title(self) -> str:
        kind = vocab.REPORT_KINDS.label(self.kind(), "vi")
        period = self.period()
        text = f"Theo dõi tiếp nhận {kind.lower()}"
        if period is not None:
            text += f" (kỳ {co.period_text(period)})"
        return text

    def export_tracker(self) -> None:
        name, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the list"),
            str(Path(QDir.homePath()) / f"TheoDoiBaoCao_{self.kind()}_{self.year()}.xlsx"),
            self.tr("Excel workbook (*.xlsx);;CSV, for any spreadsheet (*.csv)"),
        )
        if not name:
            return
        path = Path(name)
        as_csv = path.suffix.lower() == ".csv" or (not path.suffix and "csv" in chosen)
        if not path.suffix:
            path = path.with_suffix(".csv" if as_csv else ".xlsx")
        try:
            if as_csv:
                co.write_tracker_csv(self.model.rows, path)
            else:
                co.write_tracker_xlsx(self.model.rows, path, self._title())
        except KnownError as exc:
            show_error(self, exc)

    def reminder_text(self) -> str:
        period = self.period()
        if period is None:
            return ""
        return co.reminder_text(self.model.rows, self.kind(), self.year(), period, self.today)

    def show_reminder(self) -> None:
        text = self.reminder_text()
        if not text:
            return
        self.reminder = ReminderDialog(text, self)
        self.reminder.open()

    # -- compiling -------------------------------------------------------------------------------
    def compile_report(self) -> None:
        period = self.period()
        if period is None:
            return
        self.compile_dialog = CompileDialog(
            self.database, self.kind(), self.year(), period, self.due(), self
        )
        self.compile_dialog.open()

    def unload(self) -> None:
        for worker in (self.worker, self.compile_dialog.worker if self.compile_dialog else None):
            if worker is not None and worker.isRunning():
                worker.wait()


class CityPage(QWidget):
    """The city office's page: reports received, and the member units."""

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_city")
        self.database = database
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        layout.addWidget(_title(self.tr("Reports of the wards and communes"), "city_title"))
        self.tabs = QTabWidget()
        self.tabs.setObjectName("city_tabs")
        self.received = ReceivedTab(database, self)
        self.members = MemberUnitsTab(database, self)
        self.tabs.addTab(self.received, self.tr("Received reports"))
        self.tabs.addTab(self.members, self.tr("Member units"))
        self.members.changed.connect(self.received.refresh)
        layout.addWidget(self.tabs, 1)
        closed = getattr(parent, "closed", None)
        if closed is not None:
            closed.connect(self.unload)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.received.refresh_drives()

    def unload(self) -> None:
        """Wait for running work (the window is closing or locking)."""
        self.received.unload()


__all__ = ["CityPage", "MemberUnitsModel", "TrackerModel", "nearest_report"]
