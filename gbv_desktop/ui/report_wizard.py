"""The report wizard: from the period's records to the files the city office expects.

1. The report: kind and year, giving the period and the due date from the unit's
   calendar (dates editable), and whether small counts are masked (a copy to share
   outside government). Masking is chosen first because it changes every figure and
   the drafted text that follow.
2. The completeness check: records of the period that would make the report wrong
   (cases without needs or with needs not met, activities without attendance,
   trainings without participants); double-click opens a record's form, and the
   figures are computed again after a save. "Go on anyway" lets the officer continue.
3. The figures: every annex table, read-only, and the two indicators.
4. The text: one box per section, the drafted sections filled in (a section the officer
   has not changed follows the figures when they are computed again), the officer's
   own sections empty with a hint.
5. The letter: number, date, place, subject, "Kính gửi", distribution list, signatory.
6. The files and where to save them: a folder, or a removable drive that is plugged in.
   The files are produced off the GUI thread (`ui.worker.Worker`) with a progress bar.
7. Done: the files produced, "Open folder" and "Open email draft".

Figures, checks and files come from `reports.produce` (no Qt); this module only asks
and shows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QDir,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from gbv_desktop import i18n
from gbv_desktop.domain import vocab
from gbv_desktop.domain.calendar import Period, default_period
from gbv_desktop.domain.indicators import Indicator
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP
from gbv_desktop.domain.profile import Signatory
from gbv_desktop.reports.model import (
    DRAFTED_SECTIONS,
    SECTIONS,
    LetterDetails,
    ReportDocument,
    Table,
)
from gbv_desktop.storage import location
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import StorageError
from gbv_desktop.storage.records import RecordStore
from gbv_desktop.ui.columns import record_name
from gbv_desktop.ui.errors import error_text, show_error
from gbv_desktop.ui.local_settings import app_settings
from gbv_desktop.ui.styles import ERROR_STYLE, HINT_STYLE
from gbv_desktop.ui.widgets import DateField, VocabCombo, from_qdate, vi_number
from gbv_desktop.ui.worker import Worker

SETTING_FOLDER = "reports/folder"
SETTING_EMAIL_TO = "reports/email_to"
SETTING_FORMATS = "reports/formats"
WARNING_STYLE = "color: #8a5300;"
OK_STYLE = "color: #2e7d32;"

# Hints in the officer's own sections (and the optional introductions of parts II, IV).
SECTION_HINTS = {
    "II": QT_TRANSLATE_NOOP("ReportWizard", "Optional: a sentence introducing the results."),
    "IV": QT_TRANSLATE_NOOP("ReportWizard", "Optional: a sentence introducing the assessment."),
    "IV.2": QT_TRANSLATE_NOOP("ReportWizard", "For you to write: what went well in the period."),
    "IV.3": QT_TRANSLATE_NOOP(
        "ReportWizard", "For you to write: difficulties, shortcomings and their causes."
    ),
    "V": QT_TRANSLATE_NOOP("ReportWizard", "For you to write: the main tasks for the next period."),
    "VI": QT_TRANSLATE_NOOP(
        "ReportWizard", "For you to write: proposals and requests to the city office."
    ),
}
FORMAT_LABELS = {
    "pdf": QT_TRANSLATE_NOOP("ReportWizard", "Official letter (PDF)"),
    "docx": QT_TRANSLATE_NOOP("ReportWizard", "Editable letter (DOCX, for Word)"),
    "xlsx": QT_TRANSLATE_NOOP("ReportWizard", "Annex workbook (XLSX, for Excel)"),
    "json": QT_TRANSLATE_NOOP("ReportWizard", "Package for the city office (JSON)"),
    "eml": QT_TRANSLATE_NOOP("ReportWizard", "Email draft with the files attached"),
}
INDICATOR_TITLES = {
    "I1": QT_TRANSLATE_NOOP("ReportWizard", "I1 · Survivors helped by a service provider"),
    "I2": QT_TRANSLATE_NOOP("ReportWizard", "I2 · Cases needing help that received it"),
}

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("ReportWizard", text)


def _fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _label(text: str = "", style: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if style:
        label.setStyleSheet(style)
    if name:
        label.setObjectName(name)
    return label


def cell_text(value: Any, masked: bool) -> str:
    """A figure as the review table shows it: 1.234 ; 38,5 ; "<5" ; "–"."""
    if value is None:
        return "<5" if masked else "–"
    if isinstance(value, bool):
        return _tr("Yes") if value else _tr("No")
    if isinstance(value, int):
        return vi_number(value)
    if isinstance(value, float):
        text = f"{value:,.1f}".replace(",", " ").replace(".", ",").replace(" ", ".")
        return text
    return " ".join(str(value).split())


def percent(value: float | None) -> str:
    if value is None:
        return ""
    text = f"{value:.1f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


# -- models ---------------------------------------------------------------------------------


class FigureTableModel(QAbstractTableModel):
    """One annex table (`reports.model.Table`), read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None
        self.masked = False
        self._bold = QFont()
        self._bold.setBold(True)

    def set_table(self, table: Table | None, masked: bool = False) -> None:
        self.beginResetModel()
        self.table = table
        self.masked = masked
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def _cell(self, row: int, column: int) -> Any:
        assert self.table is not None
        cells = self.table.rows[row]
        return cells[column] if column < len(cells) else ""

    def _is_total(self, row: int) -> bool:
        t = self.table
        return t is not None and t.has_total_row and row == len(t.rows) - 1 and row > 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.table is None or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < len(self.table.rows) and 0 <= column < len(self.table.columns)):
            return None
        value = self._cell(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(value, self.masked) if column else " ".join(str(value).split())
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column and (value is None or isinstance(value, int | float)):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column:
                return int(Qt.AlignmentFlag.AlignCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and self._is_total(row):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            if value is None and self.masked:
                return _tr(
                    "Hidden in this copy: a count from 1 to 4, or a cell hidden so that it cannot be worked out from a total."
                )
            if column == 0:
                return " ".join(str(value).split())
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self.table is None:
            return None
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.table.columns)
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        ):
            return self.table.columns[section]
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


KindIdRole = Qt.ItemDataRole.UserRole + 1


class IncompleteModel(QAbstractListModel):
    """The records to complete, two lines each: the record, then what is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"{record_name(row.kind)}: {row.label}\n{i18n.render(row.reason)}"
        if role == KindIdRole:
            return (row.kind, row.id)
        return None


class _EnterList(QListView):
    """Enter opens the current item, like a double click."""

    activated_current = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_current.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class GrowingTextEdit(QPlainTextEdit):
    """A text box as tall as its text (between `min_lines` and `max_lines` lines), so a
    page of sections scrolls as one instead of each box scrolling on its own."""

    def __init__(self, min_lines: int = 3, max_lines: int = 18, parent: QWidget | None = None):
        super().__init__(parent)
        self.min_lines = min_lines
        self.max_lines = max_lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self.fit)
        self.fit()

    def lines_needed(self) -> int:
        metrics = self.fontMetrics()
        margin = int(self.document().documentMargin() * 2) + 8
        width = max(self.viewport().width() - margin, 100)
        text = self.toPlainText() or self.placeholderText()
        lines = 0
        for paragraph in text.split("\n"):
            if not paragraph:
                lines += 1
                continue
            rect = metrics.boundingRect(
                0, 0, width, 100_000, int(Qt.TextFlag.TextWordWrap), paragraph
            )
            lines += max(1, round(rect.height() / max(metrics.lineSpacing(), 1)))
        return max(self.min_lines, min(lines, self.max_lines))

    def fit(self) -> None:
        height = self.lines_needed() * self.fontMetrics().lineSpacing()
        height += int(self.document().documentMargin() * 2) + self.frameWidth() * 2 + 6
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self.fit()


# -- pages ----------------------------------------------------------------------------------


class _Page(QWizardPage):
    """A page whose checks and set-up are the wizard's methods (one translation context)."""

    def __init__(self, wizard: ReportWizard, name: str, enter: Any = None, validate: Any = None,
                 complete: Any = None) -> None:  # fmt: skip
        super().__init__()
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self._wizard = wizard
        self._enter = enter
        self._validate = validate
        self._complete = complete

    def initializePage(self) -> None:
        if self._enter is not None:
            self._enter()

    def validatePage(self) -> bool:
        return self._validate() if self._validate is not None else True

    def isComplete(self) -> bool:
        return self._complete() if self._complete is not None else True


class ReportWizard(QWizard):
    """Produces one report; `produced(paths)` is emitted once its files are written and
    it is kept in the history."""

    produced = Signal(list)

    def __init__(
        self, database: Database, parent: QWidget | None = None, today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("report_wizard")
        self.database = database
        self.store = RecordStore(database)
        self.today = today or date.today()
        self.programme = database.programme
        self.document: ReportDocument | None = None
        self._key: tuple[Any, ...] | None = None  # what the document was computed for
        self._stale = False  # a record was saved since the figures were computed
        self._drafts: dict[str, str] = {}  # the drafted text each box was last given
        self._default_subject = ""
        self._cursor = False  # the wait cursor is ours to restore
        self.paths: list[Path] = []
        self._worker: Worker | None = None
        self._busy = False
        self.open_forms: list[QWidget] = []

        self.setWindowTitle(self.tr("New report"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Produce the report"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

        self.kind_page = self._build_kind()
        self.check_page = self._build_check()
        self.figures_page = self._build_figures()
        self.text_page = self._build_text()
        self.letter_page = self._build_letter()
        self.files_page = self._build_files()
        self.done_page = self._build_done()
        for page in (
            self.kind_page,
            self.check_page,
            self.figures_page,
            self.text_page,
            self.letter_page,
            self.files_page,
            self.done_page,
        ):
            self.addPage(page)
        self._set_defaults()
        self.setMinimumSize(760, 560)
        self.resize(980, 700)

    # -- page 1: the report ------------------------------------------------------------
    def _build_kind(self) -> _Page:
        page = _Page(self, "page_kind", validate=self._leave_kind, complete=self._kind_ok)
        page.setTitle(self.tr("Which report?"))
        page.setSubTitle(
            self.tr(
                "The period and the due date follow the unit's calendar; you can change the dates."
            )
        )
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.kind = VocabCombo(vocab.REPORT_KINDS)
        self.kind.setObjectName("kind")
        self.year = QSpinBox()
        self.year.setObjectName("year")
        self.year.setRange(2000, 2100)
        self.year.setMaximumWidth(120)
        self.start = DateField()
        self.start.setObjectName("period_start")
        self.end = DateField()
        self.end.setObjectName("period_end")
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        to_label = QLabel(self.tr("to"))
        dates.addWidget(to_label)
        dates.addWidget(self.end)
        dates.addStretch(1)
        self.due = QLabel()
        self.due.setObjectName("due")
        self.period_error = _label(style=ERROR_STYLE, name="period_error")
        self.period_error.hide()
        self.masked = QCheckBox(self.tr("&Mask small counts (a copy to share outside government)"))
        self.masked.setObjectName("masked")
        masked_help = _label(
            self.tr(
                'Counts from 1 to 4 are shown as "<5", and other cells are hidden too where a total would give them away. Leave this off for the official report to the city office: it carries exact counts, and never anyone\'s identity.'
            ),
            HINT_STYLE,
            "masked_help",
        )
        kind_label = QLabel(self.tr("&Kind of report:"))
        kind_label.setBuddy(self.kind)
        year_label = QLabel(self.tr("&Year:"))
        year_label.setBuddy(self.year)
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.start)
        form.addRow(kind_label, self.kind)
        form.addRow(year_label, self.year)
        form.addRow(period_label, dates)
        form.addRow("", self.period_error)
        form.addRow(self.tr("Due:"), self.due)
        spacer = QWidget()
        spacer.setFixedHeight(8)
        form.addRow(spacer)
        form.addRow(self.masked)
        form.addRow(masked_help)
        self.kind.currentIndexChanged.connect(self._calendar_changed)
        self.year.valueChanged.connect(self._calendar_changed)
        self.start.dateChanged.connect(self._dates_changed)
        self.end.dateChanged.connect(self._dates_changed)
        return page

    def _set_defaults(self) -> None:
        kind, year, _due = self.programme.calendar.next_due(self.today)
        self.kind.blockSignals(True)
        self.kind.set_code(kind)
        self.kind.blockSignals(False)
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)
        self._calendar_changed()
        settings = app_settings()
        self.email_to.setText(str(settings.value(SETTING_EMAIL_TO, "") or ""))
        folder = str(settings.value(SETTING_FOLDER, "") or "")
        if not folder or not Path(folder).is_dir():
            folder = (
                QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
                or QDir.homePath()
            )
        self.folder.setText(QDir.toNativeSeparators(folder))
        saved = settings.value(SETTING_FORMATS, "")
        if saved:
            chosen = set(str(saved).split(","))
            for code, box in self.format_boxes.items():
                box.setChecked(code in chosen)

    def set_report(self, kind: str, year: int, period: Period | None = None) -> None:
        """Choose the report (used by tests and by callers that know what is due)."""
        self.kind.set_code(kind)
        self.year.setValue(year)
        self._calendar_changed()
        if period is not None:
            self.start.set_value(period.start)
            self.end.set_value(period.end)

    def _calendar_changed(self) -> None:
        kind = self.kind.code()
        if kind == "phase":
            self.year.blockSignals(True)
            self.year.setValue(self.programme.end_year)
            self.year.blockSignals(False)
        year = self.year.value()
        period = default_period(
            kind, year, self.programme.calendar, self.programme.phase, self.today
        )
        for field in (self.start, self.end):
            field.blockSignals(True)
        self.start.set_value(period.start)
        self.end.set_value(period.end)
        for field in (self.start, self.end):
            field.blockSignals(False)
        self.year.setEnabled(kind != "phase")
        if kind in ("half_year", "annual"):
            due = self.programme.calendar.due(kind, year)
            days = (due - self.today).days
            if days >= 0:
                text = self.tr("before {date} ({days} days from today)").format(
                    date=_fmt(due), days=vi_number(days)
                )
            else:
                text = self.tr("before {date} ({days} days ago)").format(
                    date=_fmt(due), days=vi_number(-days)
                )
        else:
            text = self.tr("when asked (no fixed date)")
        self.due.setText(text)
        self._dates_changed()

    def _dates_changed(self) -> None:
        ok = self._kind_ok()
        self.period_error.setVisible(not ok)
        if not ok:
            self.period_error.setText(self.tr("The end date is before the start date."))
        self.kind_page.completeChanged.emit()

    def _kind_ok(self) -> bool:
        return from_qdate(self.start.date()) <= from_qdate(self.end.date())

    def period(self) -> Period:
        return Period(from_qdate(self.start.date()), from_qdate(self.end.date()))

    def _report_key(self) -> tuple[Any, ...]:
        p = self.period()
        return (self.kind.code(), self.year.value(), p.start, p.end, self.masked.isChecked())

    def _leave_kind(self) -> bool:
        if not self._kind_ok():
            return False
        return self._ensure_document()

    # -- the document ---------------------------------------------------------------------
    def _ensure_document(self, force: bool = False) -> bool:
        """Compute the figures (and drafts) if the report chosen changed or a record was
        saved since; keeps the officer's edits."""
        key = self._report_key()
        if not force and not self._stale and self.document is not None and key == self._key:
            return True
        from gbv_desktop.reports.narrative import draft_narrative
        from gbv_desktop.reports.produce import build_document

        kind, year, _s, _e, masked = key
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            document = build_document(self.database, kind, year, self.period(), masked=masked)
        except StorageError as exc:
            error: StorageError | None = exc
        else:
            error = None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if error is not None:
            show_error(self, error)
            return False
        if self.document is not None:
            # Keep what the officer set; the subject follows the report unless edited.
            letter = self.letter_details()
            if letter.subject == self._default_subject:
                letter.subject = document.letter.subject
            document.letter = letter
        else:
            document.letter.issued_on = self.today
        self._default_subject = document.letter.subject
        self._fill_letter(document.letter)
        edited_before = (
            self._key is not None
            and key[4] != self._key[4]
            and any(
                self.section_boxes[c].toPlainText() != self._drafts.get(c, "")
                for c in DRAFTED_SECTIONS
                if c in self.section_boxes
            )
        )
        self.text_warning.setVisible(bool(key[4] and edited_before))
        drafts = draft_narrative(document.figures)
        self._apply_drafts(drafts)
        self.document = document
        self._key = key
        self._stale = False
        self._show_figures()
        return True

    def _apply_drafts(self, drafts: dict[str, str]) -> None:
        """Each box still holding the previous draft (or nothing) takes the new one."""
        for code, box in self.section_boxes.items():
            new = drafts.get(code, "")
            old = self._drafts.get(code, "")
            current = box.toPlainText()
            if current == old or not current.strip():
                box.setPlainText(new)
        self._drafts = dict(drafts)

    def narrative(self) -> dict[str, str]:
        return {code: box.toPlainText().strip() for code, box in self.section_boxes.items()}

    def current_document(self) -> ReportDocument:
        """The document with the officer's text and letter details."""
        assert self.document is not None
        return ReportDocument(self.document.figures, self.narrative(), self.letter_details())

    # -- page 2: completeness ------------------------------------------------------------
    def _build_check(self) -> _Page:
        page = _Page(self, "page_check", enter=self.refresh_check, complete=self._check_ok)
        page.setTitle(self.tr("Records to complete"))
        page.setSubTitle(
            self.tr(
                "Records of the period that the report would count wrongly until they are completed."
            )
        )
        layout = QVBoxLayout(page)
        self.check_summary = _label(name="check_summary")
        layout.addWidget(self.check_summary)
        self.check_model = IncompleteModel(self)
        self.check_list = _EnterList()
        self.check_list.setObjectName("incomplete_list")
        self.check_list.setModel(self.check_model)
        self.check_list.setWordWrap(True)
        self.check_list.setAlternatingRowColors(True)
        self.check_list.setUniformItemSizes(False)
        self.check_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.check_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.check_list.setStyleSheet("QListView::item { padding: 4px 2px; }")
        self.check_list.doubleClicked.connect(self._open_index)
        self.check_list.activated_current.connect(
            lambda: self._open_index(self.check_list.currentIndex())
        )
        layout.addWidget(self.check_list, 1)
        row = QHBoxLayout()
        self.check_again = QPushButton(self.tr("Check &again"))
        self.check_again.setObjectName("check_again")
        self.check_again.clicked.connect(self.refresh_check)
        self.open_button = QPushButton(self.tr("&Open the record"))
        self.open_button.setObjectName("open_record")
        self.open_button.clicked.connect(lambda: self._open_index(self.check_list.currentIndex()))
        row.addWidget(self.open_button)
        row.addWidget(self.check_again)
        row.addStretch(1)
        layout.addLayout(row)
        self.go_on = QCheckBox(
            self.tr("&Go on anyway: produce the report with these records as they are")
        )
        self.go_on.setObjectName("go_on")
        self.go_on.toggled.connect(page.completeChanged)
        layout.addWidget(self.go_on)
        return page

    def refresh_check(self) -> None:
        from gbv_desktop.reports.produce import incomplete_in_period

        rows = incomplete_in_period(self.database, self.period())
        self.check_model.set_rows(rows)
        if rows:
            self.check_summary.setText(
                self.tr(
                    "{n} record(s) of this period need completing. Double-click one to open it; the figures are computed again after you save."
                ).format(n=vi_number(len(rows)))
            )
            self.check_summary.setStyleSheet(WARNING_STYLE)
            self.check_list.setCurrentIndex(self.check_model.index(0, 0))
        else:
            self.check_summary.setText(self.tr("No record of this period needs completing."))
            self.check_summary.setStyleSheet(OK_STYLE)
        for widget in (self.check_list, self.go_on, self.open_button):
            widget.setVisible(bool(rows))
        self.check_page.completeChanged.emit()

    def _check_ok(self) -> bool:
        return not self.check_model.rows or self.go_on.isChecked()

    def _open_index(self, index: QModelIndex) -> None:
        value = self.check_model.data(index, KindIdRole) if index.isValid() else None
        if value is None:
            return
        kind, record_id = value
        self.open_record(kind, record_id)

    def open_record(self, kind: str, record_id: int) -> None:
        from gbv_desktop.ui.forms.registry import form_class

        try:
            record = self.store.get(kind, record_id)
        except StorageError as exc:
            show_error(self, exc)
            self.refresh_check()
            return
        form = form_class(kind)(self.store, record, self)
        if not self.store.user.can_write:
            form.save_button.setEnabled(False)
            form.again_button.setEnabled(False)
        form.saved.connect(self._record_saved)
        self.open_forms.append(form)
        try:
            form.exec()
        finally:
            self.open_forms.remove(form)
            form.deleteLater()

    def _record_saved(self, _record_id: int) -> None:
        self._stale = True
        self.refresh_check()

    # -- page 3: figures ------------------------------------------------------------------
    def _build_figures(self) -> _Page:
        page = _Page(self, "page_figures", enter=self._enter_figures)
        page.setTitle(self.tr("Review the figures"))
        page.setSubTitle(
            self.tr(
                "Every figure of the report, as the annex will show it. Choose a table on the left."
            )
        )
        layout = QVBoxLayout(page)
        self.empty_notice = _label(
            self.tr(
                "There is no record in this period. The report will still be produced and will say so."
            ),
            WARNING_STYLE,
            "empty_notice",
        )
        layout.addWidget(self.empty_notice)
        indicators = QFrame()
        indicators.setObjectName("indicators")
        indicators.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(indicators)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setHorizontalSpacing(12)
        self.indicator_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for row, code in enumerate(("I1", "I2")):
            title = QLabel(_tr(INDICATOR_TITLES[code]))
            title.setStyleSheet("font-weight: bold;")
            value = _label(name=f"indicator_{code}")
            grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1)
            self.indicator_labels[code] = (title, value)
        grid.setColumnStretch(1, 1)
        layout.addWidget(indicators)
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        self.table_list = QListWidget()
        self.table_list.setObjectName("table_list")
        self.table_list.setWordWrap(True)
        self.table_list.setSpacing(2)
        self.table_list.setMinimumWidth(200)
        self.table_list.currentRowChanged.connect(self._show_table)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        self.table_title = _label(name="table_title")
        self.table_title.setStyleSheet("font-weight: bold;")
        self.figure_model = FigureTableModel(self)
        self.figure_view = QTableView()
        self.figure_view.setObjectName("figure_table")
        self.figure_view.setModel(self.figure_model)
        self.figure_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.figure_view.setWordWrap(True)
        self.figure_view.setAlternatingRowColors(True)
        self.figure_view.verticalHeader().hide()
        header = self.figure_view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.table_note = _label(style=HINT_STYLE, name="table_note")
        column.addWidget(self.table_title)
        column.addWidget(self.figure_view, 1)
        column.addWidget(self.table_note)
        splitter.addWidget(self.table_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 700])
        layout.addWidget(splitter, 1)
        return page

    def _enter_figures(self) -> None:
        self._ensure_document()

    def _show_figures(self) -> None:
        assert self.document is not None
        figures = self.document.figures
        self.empty_notice.setVisible(figures.empty)
        for ind in figures.indicators:
            if ind.code in self.indicator_labels:
                self.indicator_labels[ind.code][1].setText(
                    self._indicator_text(ind, figures.masked)
                )
        current = max(self.table_list.currentRow(), 0)
        self.table_list.blockSignals(True)
        self.table_list.clear()
        for k, table in enumerate(figures.tables, start=1):
            item = QListWidgetItem(f"{k}. {' '.join(table.title.split())}")
            item.setToolTip(table.title)
            self.table_list.addItem(item)
        self.table_list.blockSignals(False)
        if figures.tables:
            self.table_list.setCurrentRow(min(current, len(figures.tables) - 1))
            self._show_table(self.table_list.currentRow())

    def _indicator_text(self, ind: Indicator, masked: bool) -> str:
        from gbv_desktop.reports.figures import share

        target = percent(float(ind.target_percent))
        if ind.numerator is None or ind.denominator is None:
            verdict = {True: self.tr("met"), False: self.tr("not met")}.get(ind.met, "")
            return self.tr("counts hidden in this copy; target {target}: {verdict}").format(
                target=target, verdict=verdict or self.tr("no data yet")
            )
        if not ind.denominator:
            return self.tr("no data yet (nothing to count in this period); target {target}").format(
                target=target
            )
        value = share(ind.numerator, ind.denominator, cut=True)
        verdict = self.tr("met") if ind.met else self.tr("not met")
        return self.tr(
            "{percent} ({numerator} of {denominator}); target {target}: {verdict}"
        ).format(
            percent=percent(value),
            numerator=vi_number(ind.numerator),
            denominator=vi_number(ind.denominator),
            target=target,
            verdict=verdict,
        )

    def _show_table(self, row: int) -> None:
        if self.document is None or not (0 <= row < len(self.document.figures.tables)):
            self.figure_model.set_table(None)
            return
        figures = self.document.figures
        table = figures.tables[row]
        self.figure_model.set_table(table, figures.masked)
        self.table_title.setText(f"Biểu {row + 1}. {' '.join(table.title.split())}")
        self.table_note.setText(" ".join(table.unit_note.split()))
        self.table_note.setVisible(bool(table.unit_note.strip()))
        self._fit_columns()

    def _fit_columns(self) -> None:
        view = self.figure_view
        header = view.horizontalHeader()
        columns = self.figure_model.columnCount()
        if not columns:
            return
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.resizeColumnsToContents()
        metrics = view.fontMetrics()
        for j in range(1, columns):
            # Numbers need little room; the header wraps onto two or three lines.
            words = str(self.figure_model.headerData(j, Qt.Orientation.Horizontal) or "").split()
            longest = max((metrics.horizontalAdvance(w) for w in words), default=40)
            width = max(view.columnWidth(j) if view.columnWidth(j) < 140 else 0, longest + 24, 70)
            view.setColumnWidth(j, min(width, 160))
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumHeight(metrics.height() * 3 + 8)
        view.resizeRowsToContents()

    # -- page 4: the text -------------------------------------------------------------------
    def _build_text(self) -> _Page:
        page = _Page(self, "page_text")
        page.setTitle(self.tr("The report's text"))
        page.setSubTitle(
            self.tr(
                "The drafted sections follow the figures; edit them as you wish. Sections left empty are left out of the letter."
            )
        )
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        self.text_warning = _label(
            self.tr(
                "You edited drafted sections before choosing to mask small counts: check that your text gives no count below 5."
            ),
            WARNING_STYLE,
            "text_warning",
        )
        self.text_warning.hide()
        outer.addWidget(self.text_warning)
        scroll = QScrollArea()
        scroll.setObjectName("text_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(4, 0, 12, 0)
        column.setSpacing(4)
        self.section_boxes: dict[str, QPlainTextEdit] = {}
        self.restore_buttons: dict[str, QToolButton] = {}
        for code, title in SECTIONS:
            head = QHBoxLayout()
            heading = QLabel(title)
            heading.setWordWrap(True)
            if "." not in code:
                heading.setStyleSheet("font-weight: bold;")
            head.addWidget(heading, 1)
            box = GrowingTextEdit(3 if code in DRAFTED_SECTIONS else 2)
            box.setObjectName(f"section_{code}")
            box.setAccessibleName(title)
            if code in DRAFTED_SECTIONS:
                restore = QToolButton()
                restore.setObjectName(f"restore_{code}")
                restore.setText(self.tr("Restore the draft"))
                restore.setToolTip(
                    self.tr("Replace this section by the text drafted from the figures")
                )
                restore.clicked.connect(lambda _c=False, c=code: self._restore_draft(c))
                head.addWidget(restore, 0, Qt.AlignmentFlag.AlignBottom)
                self.restore_buttons[code] = restore
            else:
                hint = SECTION_HINTS.get(code)
                if hint:
                    box.setPlaceholderText(_tr(hint))
            heading.setBuddy(box)
            column.addLayout(head)
            column.addWidget(box)
            column.addSpacing(6)
            self.section_boxes[code] = box
        column.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        return page

    def _restore_draft(self, code: str) -> None:
        self.section_boxes[code].setPlainText(self._drafts.get(code, ""))

    # -- page 5: the letter ----------------------------------------------------------------
    def _build_letter(self) -> _Page:
        page = _Page(self, "page_letter")
        page.setTitle(self.tr("The letter"))
        page.setSubTitle(
            self.tr("Number, date, recipients and signatory, as they will be printed.")
        )
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(4, 0, 12, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        body_layout.addLayout(form)
        body_layout.addStretch(1)

        def add(label: str, widget: QWidget, hint: str = "") -> None:
            label_widget = QLabel(label)
            label_widget.setBuddy(widget)
            if hint:
                holder = QWidget()
                column = QVBoxLayout(holder)
                column.setContentsMargins(0, 0, 0, 0)
                column.setSpacing(2)
                column.addWidget(widget)
                column.addWidget(_label(hint, HINT_STYLE))
                form.addRow(label_widget, holder)
            else:
                form.addRow(label_widget, widget)

        self.number = QLineEdit()
        self.number.setObjectName("number")
        self.number.setPlaceholderText(self.tr("e.g. 12/BC-UBND"))
        add(
            self.tr("&Number:"),
            self.number,
            self.tr("Leave it empty to write the number by hand on the printed letter."),
        )
        self.issued_on = DateField()
        self.issued_on.setObjectName("issued_on")
        self.issued_on.set_value(self.today)
        self.issued_on.setMaximumWidth(160)
        add(self.tr("&Date:"), self.issued_on)
        self.place = QLineEdit()
        self.place.setObjectName("place")
        add(self.tr("P&lace on the date line:"), self.place)
        self.subject = self._lines_box("subject", 2)
        add(self.tr("&Subject:"), self.subject)
        self.recipients = self._lines_box("recipients", 2)
        add(self.tr("&To (Kính gửi):"), self.recipients, self.tr("One recipient per line."))
        self.distribution = self._lines_box("distribution", 3)
        add(
            self.tr("Dist&ribution (Nơi nhận):"),
            self.distribution,
            self.tr('One line each, ending with "- Lưu: VT."'),
        )
        self.sig_authority = QLineEdit()
        self.sig_authority.setObjectName("sig_authority")
        self.sig_authority.setPlaceholderText("TM. ỦY BAN NHÂN DÂN")
        add(self.tr("Signing &for:"), self.sig_authority)
        self.sig_title = QLineEdit()
        self.sig_title.setObjectName("sig_title")
        self.sig_title.setPlaceholderText("CHỦ TỊCH")
        add(self.tr("Signatory's t&itle:"), self.sig_title)
        self.sig_name = QLineEdit()
        self.sig_name.setObjectName("sig_name")
        add(self.tr("Signatory's na&me:"), self.sig_name)
        scroll.setWidget(body)
        outer.addWidget(scroll)
        return page

    @staticmethod
    def _lines_box(name: str, lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setObjectName(name)
        box.setTabChangesFocus(True)
        box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        height = box.fontMetrics().lineSpacing() * lines + 14
        box.setFixedHeight(height)
        return box

    def _fill_letter(self, letter: LetterDetails) -> None:
        self.number.setText(letter.number)
        self.issued_on.set_value(letter.issued_on or self.today)
        self.place.setText(letter.place)
        self.subject.setPlainText(letter.subject)
        self.recipients.setPlainText("\n".join(letter.recipients))
        self.distribution.setPlainText("\n".join(letter.distribution))
        self.sig_authority.setText(letter.signatory.authority)
        self.sig_title.setText(letter.signatory.title)
        self.sig_name.setText(letter.signatory.name)

    @staticmethod
    def _lines(box: QPlainTextEdit) -> list[str]:
        return [" ".join(line.split()) for line in box.toPlainText().splitlines() if line.strip()]

    def letter_details(self) -> LetterDetails:
        return LetterDetails(
            number=" ".join(self.number.text().split()),
            issued_on=self.issued_on.value(),
            place=" ".join(self.place.text().split()),
            recipients=self._lines(self.recipients),
            distribution=self._lines(self.distribution),
            signatory=Signatory(
                name=" ".join(self.sig_name.text().split()),
                title=" ".join(self.sig_title.text().split()),
                authority=" ".join(self.sig_authority.text().split()),
            ),
            subject=" ".join(self.subject.toPlainText().split()),
        )

    # -- page 6: files and destination -------------------------------------------------------
    def _build_files(self) -> _Page:
        page = _Page(self, "page_files", enter=self.refresh_drives, validate=self._commit,
                     complete=self._files_ok)  # fmt: skip
        page.setTitle(self.tr("Files and where to save them"))
        page.setSubTitle(self.tr("The report is kept in the history once its files are saved."))
        page.setCommitPage(True)
        layout = QVBoxLayout(page)
        files_label = QLabel(self.tr("Files to produce:"))
        files_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(files_label)
        self.format_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for i, code in enumerate(("pdf", "docx", "xlsx", "json", "eml")):
            box = QCheckBox(_tr(FORMAT_LABELS[code]))
            box.setObjectName(f"format_{code}")
            box.setChecked(True)
            box.toggled.connect(self._formats_changed)
            self.format_boxes[code] = box
            grid.addWidget(box, i % 3, i // 3)
        layout.addLayout(grid)
        email_row = QHBoxLayout()
        self.email_label = QLabel(self.tr("Recipient's &email address:"))
        self.email_to = QLineEdit()
        self.email_to.setObjectName("email_to")
        self.email_to.setPlaceholderText(self.tr("e.g. phonglaodong@example.gov.vn (optional)"))
        self.email_label.setBuddy(self.email_to)
        email_row.addSpacing(24)
        email_row.addWidget(self.email_label)
        email_row.addWidget(self.email_to, 1)
        layout.addLayout(email_row)
        layout.addSpacing(10)

        where = QLabel(self.tr("Save to:"))
        where.setStyleSheet("font-weight: bold;")
        layout.addWidget(where)
        self.to_folder = QRadioButton(self.tr("A &folder:"))
        self.to_folder.setObjectName("to_folder")
        self.to_drive = QRadioButton(self.tr("A removable &drive (USB stick, memory card):"))
        self.to_drive.setObjectName("to_drive")
        group = QButtonGroup(page)
        group.addButton(self.to_folder)
        group.addButton(self.to_drive)
        self.to_folder.setChecked(True)
        folder_row = QHBoxLayout()
        self.folder = QLineEdit()
        self.folder.setObjectName("folder")
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setObjectName("browse")
        self.browse.clicked.connect(self._browse)
        folder_row.addWidget(self.to_folder)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        layout.addLayout(folder_row)
        drive_row = QHBoxLayout()
        self.drives = QComboBox()
        self.drives.setObjectName("drives")
        self.drives.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.setObjectName("refresh_drives")
        self.refresh_button.clicked.connect(self.refresh_drives)
        drive_row.addWidget(self.to_drive)
        drive_row.addWidget(self.drives, 1)
        drive_row.addWidget(self.refresh_button)
        layout.addLayout(drive_row)
        self.no_drive = _label(
            self.tr("No removable drive is plugged in. Plug one in, then press Refresh."),
            HINT_STYLE,
            "no_drive",
        )
        layout.addWidget(self.no_drive)
        for signal in (
            self.to_folder.toggled,
            self.folder.textChanged,
            self.drives.currentIndexChanged,
        ):
            signal.connect(page.completeChanged)
        self.folder.textEdited.connect(lambda _t: self.to_folder.setChecked(True))
        self.drives.activated.connect(lambda _i: self.to_drive.setChecked(True))
        layout.addStretch(1)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.hide()
        self.progress_label = _label(name="progress_label")
        self.progress_label.hide()
        self.produce_error = _label(style=ERROR_STYLE, name="produce_error")
        self.produce_error.hide()
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.produce_error)
        return page

    def _formats_changed(self) -> None:
        eml = self.format_boxes["eml"].isChecked()
        self.email_to.setEnabled(eml)
        self.email_label.setEnabled(eml)
        self.files_page.completeChanged.emit()

    def formats(self) -> list[str]:
        return [code for code, box in self.format_boxes.items() if box.isChecked()]

    def refresh_drives(self) -> None:
        current = self.drives.currentData()
        self.drives.clear()
        for drive in location.removable_drives():
            self.drives.addItem(QDir.toNativeSeparators(str(drive)), str(drive))
        if current is not None:
            index = self.drives.findData(current)
            if index >= 0:
                self.drives.setCurrentIndex(index)
        has = self.drives.count() > 0
        self.to_drive.setEnabled(has)
        self.drives.setEnabled(has)
        self.no_drive.setVisible(not has)
        if not has and self.to_drive.isChecked():
            self.to_folder.setChecked(True)
        self.files_page.completeChanged.emit()

    def _browse(self) -> None:
        start = self.folder.text().strip() or QDir.homePath()
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the folder for the report"), start
        )
        if chosen:
            self.folder.setText(QDir.toNativeSeparators(chosen))
            self.to_folder.setChecked(True)

    def destination(self) -> Path | None:
        if self.to_drive.isChecked():
            data = self.drives.currentData()
            return Path(data) if data else None
        text = self.folder.text().strip()
        return Path(QDir.fromNativeSeparators(text)).expanduser() if text else None

    def _files_ok(self) -> bool:
        return bool(self.formats()) and self.destination() is not None and not self._busy

    def _commit(self) -> bool:
        """Produce the files off the GUI thread; the wizard moves on once they exist."""
        if self.paths:
            return True
        if self._busy or not self._files_ok():
            return False
        if not self._ensure_document():
            return False
        from gbv_desktop.reports.produce import produce

        document = self.current_document()
        out_dir = self.destination()
        assert out_dir is not None
        formats = self.formats()
        to = self.email_to.text().strip() if "eml" in formats else ""

        def job(database: Any, progress: Any) -> list[Path]:
            return produce(database, document, out_dir, formats, progress, to=to)

        self.produce_error.hide()
        self._set_busy(True)
        self.progress.setRange(0, len(formats) + 1)
        self.progress.setValue(0)
        self._worker = Worker(self.database, job, self, prewarm=_prewarm_writers)
        self._worker.progress.connect(self._progressed)
        self._worker.succeeded.connect(self._produced)
        self._worker.failed.connect(self._failed)
        self._worker.start()
        return False

    def _progressed(self, step: int, total: int, label: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(step)
        self.progress_label.setText(label)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)
        inputs = QCheckBox | QLineEdit | QPushButton | QRadioButton | QComboBox
        for widget in self.files_page.findChildren(QWidget):
            if isinstance(widget, inputs):
                widget.setEnabled(not busy)
        if not busy:
            self._formats_changed()
            self.refresh_drives()
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)
        if busy and not self._cursor:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            self._cursor = True
        elif not busy and self._cursor:
            QGuiApplication.restoreOverrideCursor()
            self._cursor = False
        self.files_page.completeChanged.emit()

    def _produced(self, paths: list[Path]) -> None:
        self._set_busy(False)
        self.paths = list(paths)
        settings = app_settings()
        if "eml" in self.formats():
            settings.setValue(SETTING_EMAIL_TO, self.email_to.text().strip())
        settings.setValue(SETTING_FORMATS, ",".join(self.formats()))
        if self.to_folder.isChecked():
            destination = self.destination()
            if destination is not None:
                settings.setValue(SETTING_FOLDER, str(destination))
        self._show_done()
        self.produced.emit(self.paths)
        self.next()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self.produce_error.setText(error_text(exc))
        self.produce_error.show()

    # -- page 7: done ---------------------------------------------------------------------------
    def _build_done(self) -> _Page:
        page = _Page(self, "page_done")
        page.setTitle(self.tr("The report is ready"))
        page.setFinalPage(True)
        layout = QVBoxLayout(page)
        self.done_label = _label(name="done_label")
        layout.addWidget(self.done_label)
        self.file_list = QListWidget()
        self.file_list.setObjectName("file_list")
        layout.addWidget(self.file_list, 1)
        row = QHBoxLayout()
        self.open_folder_button = QPushButton(self.tr("Open &folder"))
        self.open_folder_button.setObjectName("open_folder")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_email_button = QPushButton(self.tr("Open the &email draft"))
        self.open_email_button.setObjectName("open_email")
        self.open_email_button.clicked.connect(self.open_email)
        row.addWidget(self.open_folder_button)
        row.addWidget(self.open_email_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.done_hint = _label(
            self.tr(
                "Check the letter, print it for signing, and keep the files with the unit's records. The report is listed in the history on the Reports page."
            ),
            HINT_STYLE,
        )
        layout.addWidget(self.done_hint)
        return page

    def _show_done(self) -> None:
        folder = self.paths[0].parent if self.paths else None
        self.done_label.setText(
            self.tr("{n} file(s) saved in {folder}:").format(
                n=len(self.paths), folder=QDir.toNativeSeparators(str(folder or ""))
            )
        )
        self.file_list.clear()
        for path in self.paths:
            self.file_list.addItem(path.name)
        self.open_email_button.setEnabled(any(p.suffix == ".eml" for p in self.paths))

    def open_folder(self) -> None:
        if self.paths:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths[0].parent)))

    def open_email(self) -> None:
        for path in self.paths:
            if path.suffix == ".eml":
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
                return

    # -- closing ----------------------------------------------------------------------------------
    def reject(self) -> None:
        if self._busy:
            return
        super().reject()

    def done(self, result: int) -> None:
        if self._worker is not None and self._worker.isRunning():
            self._worker.wait()  # the files are finished (or removed), never left half done
        for form in list(self.open_forms):
            form.reject()
        if self._busy:
            self._set_busy(False)
        super().done(result)


def _prewarm_writers() -> None:
    """Import the writers in the GUI thread, before the worker needs them."""
    import importlib

    for name in ("docx", "eml", "package", "pdf", "xlsx"):
        importlib.import_module(f"gbv_desktop.reports.{name}")
    importlib.import_module("xlsxwriter")


__all__ = ["FigureTableModel", "ReportWizard"]
