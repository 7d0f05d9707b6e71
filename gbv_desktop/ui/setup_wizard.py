"""First run: set up the unit, its programme and the first administrator, then hand
over the recovery key.

The wizard ends on the recovery-key page, which cannot be finished until the officer
confirms the key is printed or saved. `RecoveryKeyPanel` (that page's content) is
reused by the sign-in dialog's recovery flow; the slow key derivation runs off the GUI
thread in `ui.worker.BackgroundTask`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from gbv_desktop import i18n
from gbv_desktop.domain import vocab
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from gbv_desktop.domain.profile import Programme, Signatory, UnitProfile, default_profile
from gbv_desktop.domain.records import FieldError
from gbv_desktop.storage.database import (
    MIN_PASSWORD,
    Database,
    validate_password,
    validate_username,
)
from gbv_desktop.storage.errors import InvalidRecord, StorageError
from gbv_desktop.storage.files import atomic_write, atomic_write_text
from gbv_desktop.ui.errors import confirm, error_text
from gbv_desktop.ui.forms.base import FieldRow, field_block
from gbv_desktop.ui.local_settings import LAST_USER, app_settings, path_key
from gbv_desktop.ui.styles import ERROR_STYLE, HINT_STYLE, WIZARD_INVALID_STYLE
from gbv_desktop.ui.widgets import VocabCombo
from gbv_desktop.ui.worker import BackgroundTask

log = logging.getLogger(__name__)

PASSWORDS_DIFFER = QT_TRANSLATE_NOOP("Validation", "The two passwords differ.")


# -- shared helpers -------------------------------------------------------------------


class FieldRows:
    """Labelled fields in a QFormLayout, each with a line for its error (as in the
    record forms: invalid fields are outlined and say why)."""

    def __init__(self, form: QFormLayout) -> None:
        self.form = form
        self.rows: dict[str, FieldRow] = {}
        self.aliases: dict[str, str] = {}

    def add(
        self,
        name: str,
        label: str,
        widget: QWidget,
        required: bool = False,
        hint: str = "",
        extra: QWidget | None = None,
    ) -> Any:
        label_widget = QLabel(label + (" *" if required else ""))
        label_widget.setBuddy(widget)
        widget.setObjectName(name)
        parts = [widget] + ([extra] if extra is not None else [])
        if hint:
            hint_label = QLabel(hint)
            hint_label.setObjectName(f"hint_{name}")
            hint_label.setWordWrap(True)
            hint_label.setStyleSheet(HINT_STYLE)
            parts.append(hint_label)
        holder, error = field_block(name, *parts)
        self.form.addRow(label_widget, holder)
        self.rows[name] = FieldRow(name, label_widget, widget, error)
        return widget

    def clear(self) -> None:
        for row in self.rows.values():
            row.set_error("")

    def show(self, errors: list[FieldError]) -> list[FieldError]:
        """Mark the fields in `errors`; returns the errors no field here shows."""
        self.clear()
        texts: dict[str, list[str]] = {}
        others = []
        for error in errors:
            name = self.aliases.get(error.field, error.field)
            if name in self.rows:
                texts.setdefault(name, []).append(error.message.render(i18n.translate))
            else:
                others.append(error)
        for name, messages in texts.items():
            self.rows[name].set_error(" ".join(messages))
        first = next((self.rows[n] for n in self.rows if n in texts), None)
        if first is not None:
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return others


def password_strength(password: str) -> int:
    """0: too short, 1: weak, 2: fair, 3: strong (a hint, not a rule)."""
    if len(password) < MIN_PASSWORD:
        return 0
    lowered = password.lower()
    if len(set(password)) <= 3 or lowered in _COMMON or lowered.strip("0123456789") in _COMMON:
        return 1
    if re.fullmatch(r"[0-9]+", password) or _is_sequence(lowered):
        return 1
    kinds = sum(
        (
            any(c.islower() for c in password),
            any(c.isupper() for c in password),
            any(c.isdigit() for c in password),
            any(not c.isalnum() for c in password),
        )
    )
    if len(password) >= 16 or (len(password) >= 12 and kinds >= 3):
        return 3
    if len(password) >= 12 or kinds >= 3:
        return 2
    return 1


_COMMON = {
    "password", "matkhau", "mat khau", "admin", "administrator", "qwerty", "abc", "abcd",
    "iloveyou", "welcome", "letmein", "ubnd", "phuong", "quantri", "123456789", "12345678",
}  # fmt: skip


def _is_sequence(text: str) -> bool:
    return text in "abcdefghijklmnopqrstuvwxyz" or text in "0123456789012345678901234567890"


class PasswordPair(QWidget):
    """A new password typed twice, with a strength hint."""

    changed = Signal()

    def __init__(self, rows: FieldRows, label: str, repeat_label: str) -> None:
        super().__init__()
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.strength = QLabel()
        self.strength.setObjectName("password_strength")
        self.strength.setWordWrap(True)
        self.show_box = QCheckBox(self.tr("Sho&w the passwords"))
        self.show_box.setObjectName("show_passwords")
        rows.add("password", label, self.first, required=True, extra=self.strength)
        rows.add("password2", repeat_label, self.second, required=True)
        rows.form.addRow("", self.show_box)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self.changed)
        self.first.textChanged.connect(self.changed)
        self.show_box.toggled.connect(self._show)
        self._update()

    def _show(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.first.setEchoMode(mode)
        self.second.setEchoMode(mode)

    def _update(self) -> None:
        text = self.first.text()
        level = password_strength(text)
        if not text:
            message = self.tr(
                "At least {n} characters. Several words are easy to remember and hard to guess."
            ).format(n=MIN_PASSWORD)
            colour = "#555555"
        elif level == 0:
            message = self.tr("Too short: at least {n} characters.").format(n=MIN_PASSWORD)
            colour = "#b71c1c"
        elif level == 1:
            message = self.tr("Weak: easy to guess. Make it longer, e.g. several words.")
            colour = "#b71c1c"
        elif level == 2:
            message = self.tr("Fair. A longer password would be stronger.")
            colour = "#8a6d00"
        else:
            message = self.tr("Strong.")
            colour = "#1b5e20"
        self.strength.setText(message)
        self.strength.setStyleSheet(f"color: {colour};")
        self.strength.show()

    def errors(self) -> list[FieldError]:
        found = [FieldError("password", e.message) for e in validate_password(self.first.text())]
        if not found and self.first.text() != self.second.text():
            found.append(FieldError("password2", Message("Validation", PASSWORDS_DIFFER)))
        # The error under the field says it; the hint would repeat it.
        self.strength.setVisible(not any(e.field == "password" for e in found))
        return found

    def password(self) -> str:
        return self.first.text()

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()


# -- the recovery key -----------------------------------------------------------------


class RecoveryKeyPanel(QWidget):
    """Shows a recovery key once, with Print, Save and Copy, and the confirmation box
    that must be ticked before the dialog showing it can be finished."""

    confirmed_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_key_panel")
        self._key = ""
        self.unit = ""
        self.db_path: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        intro = QLabel(
            self.tr(
                "This recovery key opens the database when every password is forgotten. It is shown only now. Print it or save it, and keep it locked away from this computer: whoever holds it and a copy of the database can read every record."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.key_label = QLabel()
        self.key_label.setObjectName("recovery_key")
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 9) * 1.7)
        font.setBold(True)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet(
            "QLabel { border: 2px solid #37474f; border-radius: 4px; padding: 14px; "
            "background: #fafafa; color: #000000; }"
        )
        layout.addWidget(self.key_label)

        buttons = QHBoxLayout()
        self.print_button = QPushButton(self.tr("&Print…"))
        self.print_button.setObjectName("print_key")
        self.save_button = QPushButton(self.tr("Save as PDF or te&xt file…"))
        self.save_button.setObjectName("save_key")
        self.copy_button = QPushButton(self.tr("C&opy"))
        self.copy_button.setObjectName("copy_key")
        for button in (self.print_button, self.save_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.status = QLabel()
        self.status.setObjectName("key_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addSpacing(8)

        self.confirm_box = QCheckBox(
            self.tr("I have printed or saved the recovery key and will keep it safe")
        )
        self.confirm_box.setObjectName("confirm_key")
        layout.addWidget(self.confirm_box)
        layout.addStretch(1)

        self.print_button.clicked.connect(self.print_key)
        self.save_button.clicked.connect(self.save_key)
        self.copy_button.clicked.connect(self.copy_key)
        self.confirm_box.toggled.connect(self.confirmed_changed)

    # -- state ----------------------------------------------------------------
    def set_key(self, key: str, unit: str = "", db_path: Path | None = None) -> None:
        self._key = key
        self.unit = unit
        self.db_path = db_path
        self.key_label.setText(key)
        self.confirm_box.setChecked(False)
        self.status.clear()

    def key(self) -> str:
        return self._key

    def confirmed(self) -> bool:
        return self.confirm_box.isChecked()

    def forget(self) -> None:
        """Drop the key from the screen and from the clipboard if it is still there."""
        clipboard = QGuiApplication.clipboard()
        if self._key and clipboard is not None and clipboard.text() == self._key:
            clipboard.clear()
        self._key = ""
        self.key_label.clear()

    # -- the sheet to keep ----------------------------------------------------
    def sheet_text(self) -> str:
        lines = [
            self.tr("gbv-desktop: recovery key"),
            "",
            self.tr("Unit: {unit}").format(unit=self.unit),
            self.tr("Database file: {path}").format(path=self.db_path or ""),
            self.tr("Issued on: {day}").format(day=date.today().strftime("%d/%m/%Y")),
            "",
            "    " + self._key,
            "",
            self.tr(
                "With this key an administrator can open the database and set a new password when every password is forgotten. Keep it locked away, apart from the computer. A new key replaces this one when it is used."
            ),
        ]
        return "\n".join(lines) + "\n"

    def sheet_document(self) -> QTextDocument:
        from html import escape

        title, _blank, unit, path, issued, _blank2, _key, _blank3, advice = (
            self.sheet_text().rstrip("\n").split("\n")
        )
        doc = QTextDocument(self)
        doc.setHtml(
            f"<h2>{escape(title)}</h2>"
            f"<p>{escape(unit)}<br>{escape(path)}<br>{escape(issued)}</p>"
            "<p style='font-family: monospace; font-size: 16pt; font-weight: bold; white-space: pre;'>"
            f"{escape(self._key)}</p>"
            f"<p>{escape(advice)}</p>"
        )
        return doc

    # -- actions --------------------------------------------------------------
    def print_key(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the recovery key"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        self.sheet_document().print_(printer)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Sent to the printer. Check that the sheet came out."))

    def save_key(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery key"),
            str(Path.home() / "gbv-recovery-key.pdf"),
            self.tr("PDF document (*.pdf);;Text file (*.txt)"),
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (".pdf", ".txt"):
            path = path.with_name(path.name + (".txt" if "txt" in _filter else ".pdf"))
        try:
            if path.suffix.lower() == ".txt":
                atomic_write_text(path, self.sheet_text())
            else:
                self._write_pdf(path)
        except StorageError as exc:
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(i18n.render(exc))
            return
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr(
                "Saved to {path}. Move the file off this computer, e.g. to a USB stick you lock away."
            ).format(path=path)
        )

    def _write_pdf(self, path: Path) -> None:
        from PySide6.QtPrintSupport import QPrinter

        def write(tmp: Path) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(tmp))
            self.sheet_document().print_(printer)

        atomic_write(path, write)

    def copy_key(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self._key)
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr(
                "Copied. Paste it where you keep it safe; it is removed from the clipboard when you finish."
            )
        )


# -- the wizard -----------------------------------------------------------------------


class _Page(QWizardPage):
    """A wizard page whose checks are the wizard's methods (one translation context)."""

    def __init__(
        self,
        title: str,
        subtitle: str,
        validate: Callable[[], bool] | None = None,
        complete: Callable[[], bool] | None = None,
    ) -> None:
        super().__init__()
        # Expanding from the start: QWizard otherwise keeps a page at the height it
        # had when first laid out, and squeezes its fields when error lines appear.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self._validate = validate
        self._complete = complete

    def validatePage(self) -> bool:
        return self._validate() if self._validate is not None else True

    def isComplete(self) -> bool:
        return self._complete() if self._complete is not None else super().isComplete()


class SetupWizard(QWizard):
    """Shown when there is no database at `path`; `database` is the new one, open,
    once the wizard is accepted."""

    def __init__(self, path: Path | str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setup_wizard")
        self.path = Path(path)
        self.database: Database | None = None
        self.recovery_key = ""
        self._task: BackgroundTask | None = None
        self._busy = False
        self._edited: set[str] = set()
        self.setWindowTitle(self.tr("Set up gbv-desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setStyleSheet(WIZARD_INVALID_STYLE)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create the database"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))

        self.welcome_page = self._build_welcome()
        self.unit_page = self._build_unit()
        self.signatory_page = self._build_signatory()
        self.programme_page = self._build_programme()
        self.account_page = self._build_account()
        self.recovery_page = self._build_recovery()
        for page in (
            self.welcome_page,
            self.unit_page,
            self.signatory_page,
            self.programme_page,
            self.account_page,
            self.recovery_page,
        ):
            self.addPage(page)
        self.setMinimumSize(720, 600)
        self.resize(780, 660)

    # -- pages ----------------------------------------------------------------
    def _build_welcome(self) -> _Page:
        page = _Page(
            self.tr("Welcome to gbv-desktop"),
            self.tr(
                "A few questions set the program up for your unit. It takes about five minutes."
            ),
        )
        page.setObjectName("page_welcome")
        layout = QVBoxLayout(page)
        text = QLabel(
            self.tr(
                "<p>gbv-desktop keeps the records of your unit's work against gender-based violence: awareness activities, cases and the services given, trainings, models and facilities, support mobilised, inspections and funding. From these records it prepares the periodic reports to the city office.</p><p><b>Your data stays on this computer.</b> The program needs no internet connection and sends nothing anywhere. The database is encrypted: without a password nobody can read it, not even by copying the file.</p><p>You will now enter your unit's details, the signatory of reports, the programme and its targets, and the first administrator account. At the end you receive a <b>recovery key</b>: print it or save it, because it is the only way back in if every password is forgotten.</p>"
            )
        )
        text.setObjectName("welcome_text")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(text)
        where = QLabel(self.tr("The database will be created at:"))
        where.setWordWrap(True)
        layout.addWidget(where)
        path_label = QLabel(str(self.path))
        path_label.setObjectName("database_path")
        path_label.setWordWrap(True)
        path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        path_label.setStyleSheet(HINT_STYLE)
        layout.addWidget(path_label)
        layout.addStretch(1)
        return page

    def _build_unit(self) -> _Page:
        page = _Page(
            self.tr("Your unit"),
            self.tr(
                "These details appear in the heading and date line of every report. You can change them later in Settings."
            ),
            validate=self._validate_unit,
        )
        page.setObjectName("page_unit")
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unit_rows = FieldRows(form)
        rows = self.unit_rows
        self.unit_name = rows.add("name", self.tr("&Name of the unit"), QLineEdit(), True)
        self.unit_name.setPlaceholderText(self.tr("e.g. Phường Tân Lợi"))
        self.unit_level = rows.add("level", self.tr("&Level"), VocabCombo(vocab.UNIT_LEVELS), True)
        self.unit_code = rows.add(
            "code",
            self.tr("Administrative &code"),
            QLineEdit(),
            True,
            hint=self.tr("The unit's code in the national list of administrative units."),
        )
        self.unit_code.setMaxLength(5)
        self.unit_code.setPlaceholderText(self.tr("e.g. 24133"))
        self.place_name = rows.add(
            "place_name",
            self.tr("&Place in the date line"),
            QLineEdit(),
            hint=self.tr('As in "Tân Lợi, ngày 15 tháng 5 năm 2025".'),
        )
        self.issuing_body = rows.add("issuing_body", self.tr("&Issuing body"), QLineEdit())
        self.parent_body = rows.add(
            "parent_body",
            self.tr("Pa&rent body"),
            QLineEdit(),
            hint=self.tr("Printed above the issuing body; leave empty if there is none."),
        )
        self.recipient = rows.add("recipient", self.tr("Reports &go to"), QLineEdit())
        for name in ("place_name", "issuing_body", "parent_body", "recipient"):
            widget = rows.rows[name].widget
            assert isinstance(widget, QLineEdit)
            widget.textEdited.connect(lambda text, n=name: self._field_edited(n, text))
        self.unit_name.textChanged.connect(self._update_defaults)
        self.unit_level.currentIndexChanged.connect(self._update_defaults)
        self.unit_code.textChanged.connect(lambda _t: rows.rows["code"].set_error(""))
        self.unit_name.textChanged.connect(lambda _t: rows.rows["name"].set_error(""))
        self._update_defaults()
        return page

    def _build_signatory(self) -> _Page:
        page = _Page(
            self.tr("Who signs the reports"),
            self.tr("The signature block of the official letter. Each report can change it."),
        )
        page.setObjectName("page_signatory")
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        self.signatory_rows = FieldRows(form)
        rows = self.signatory_rows
        defaults = Signatory()
        self.signatory_authority = rows.add(
            "authority",
            self.tr("&Authority"),
            self._editable_combo([defaults.authority, "KT. CHỦ TỊCH", "TL. CHỦ TỊCH"]),
            hint=self.tr('e.g. "TM. ỦY BAN NHÂN DÂN" or "KT. CHỦ TỊCH".'),
        )
        self.signatory_title = rows.add(
            "title",
            self.tr("&Title"),
            self._editable_combo([defaults.title, "PHÓ CHỦ TỊCH"]),
            hint=self.tr('e.g. "CHỦ TỊCH" or "PHÓ CHỦ TỊCH".'),
        )
        self.signatory_name = rows.add("signatory_name", self.tr("&Full name"), QLineEdit())
        self.signatory_name.setPlaceholderText(self.tr("e.g. Nguyễn Văn An"))
        outer.addSpacing(12)
        outer.addWidget(QLabel(self.tr("As it will appear:")))
        self.signature_preview = QLabel()
        self.signature_preview.setObjectName("signature_preview")
        self.signature_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.signature_preview.setTextFormat(Qt.TextFormat.RichText)
        self.signature_preview.setStyleSheet(
            "QLabel { border: 1px solid #b0bec5; background: #ffffff; color: #000000; padding: 10px; }"
        )
        self.signature_preview.setMinimumWidth(320)
        outer.addWidget(self.signature_preview, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.signatory_authority.currentTextChanged.connect(self._update_preview)
        self.signatory_title.currentTextChanged.connect(self._update_preview)
        self.signatory_name.textChanged.connect(self._update_preview)
        self._update_preview()
        return page

    @staticmethod
    def _editable_combo(items: list[str]) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)
        combo.addItems(items)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        return combo

    def _build_programme(self) -> _Page:
        page = _Page(
            self.tr("Programme and targets"),
            self.tr(
                "The plan your unit carries out and the two targets every report is measured against. The defaults are the 2021–2025 plan; change them if your plan differs."
            ),
            validate=self._validate_programme,
        )
        page.setObjectName("page_programme")
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.programme_rows = FieldRows(form)
        rows = self.programme_rows
        defaults = Programme()
        self.programme_name = rows.add(
            "programme_name", self.tr("&Programme"), self._text_box(defaults.name), True
        )
        self.plan_reference = rows.add(
            "plan_reference", self.tr("Plan &reference"), self._text_box(defaults.plan_reference)
        )
        years = QWidget()
        line = QHBoxLayout(years)
        line.setContentsMargins(0, 0, 0, 0)
        self.start_year = QSpinBox()
        self.start_year.setObjectName("start_year")
        self.end_year = QSpinBox()
        for box, value in (
            (self.start_year, defaults.start_year),
            (self.end_year, defaults.end_year),
        ):
            box.setRange(2000, 2100)
            box.setValue(value)
            box.setMinimumWidth(90)
        line.addWidget(self.start_year)
        line.addWidget(QLabel(self.tr("to")))
        line.addWidget(self.end_year)
        line.addStretch(1)
        rows.add("end_year", self.tr("P&hase"), years, True)
        rows.rows["end_year"].label.setBuddy(self.start_year)
        rows.aliases["start_year"] = "end_year"
        self.end_year.setObjectName("end_year_box")
        self.target_i1 = rows.add(
            "target_i1_percent",
            self.tr("Target &1"),
            self._percent(defaults.target_i1_percent),
            True,
            hint=self.tr(
                "Share of people subjected to gender-based violence who receive help from a service provider."
            ),
        )
        self.target_i2 = rows.add(
            "target_i2_percent",
            self.tr("Target &2"),
            self._percent(defaults.target_i2_percent),
            True,
            hint=self.tr(
                "Share of cases needing help (medical care, counselling, legal advice…) that receive it."
            ),
        )
        note = QLabel(
            self.tr(
                "The reporting calendar (6-month and annual deadlines) can be changed later in Settings."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(HINT_STYLE)
        form.addRow(note)
        return page

    @staticmethod
    def _text_box(text: str) -> QPlainTextEdit:
        box = QPlainTextEdit(text)
        box.setTabChangesFocus(True)
        box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        lines = 2
        box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
        box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return box

    @staticmethod
    def _percent(value: Decimal) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 100)
        box.setSuffix(" %")
        box.setValue(int(value))
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.setMaximumWidth(110)
        return box

    def _build_account(self) -> _Page:
        page = _Page(
            self.tr("The first administrator"),
            self.tr(
                "This account manages the unit's settings, the other accounts and the backups. Choose a password you can remember: nobody can look it up for you."
            ),
            validate=self._commit,
        )
        page.setObjectName("page_account")
        page.setCommitPage(True)
        outer = QVBoxLayout(page)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(form)
        self.account_rows = FieldRows(form)
        rows = self.account_rows
        self.username = rows.add(
            "username",
            self.tr("&Account name"),
            QLineEdit(),
            True,
            hint=self.tr(
                "Used to sign in: letters without accents, digits, dots, dashes or underscores."
            ),
        )
        self.username.setPlaceholderText(self.tr("e.g. admin or lan.nguyen"))
        self.display_name = rows.add("display_name", self.tr("&Your name"), QLineEdit())
        self.display_name.setPlaceholderText(self.tr("e.g. Nguyễn Thị Lan"))
        self.passwords = PasswordPair(rows, self.tr("&Password"), self.tr("&Repeat the password"))
        self.username.textChanged.connect(lambda _t: rows.rows["username"].set_error(""))
        self.passwords.changed.connect(lambda: rows.rows["password"].set_error(""))
        self.passwords.changed.connect(lambda: rows.rows["password2"].set_error(""))

        self.progress = QProgressBar()
        self.progress.setObjectName("busy")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.busy_label = QLabel(self.tr("Creating the encrypted database…"))
        self.busy_label.setObjectName("busy_label")
        self.busy_label.hide()
        self.create_error = QLabel()
        self.create_error.setObjectName("create_error")
        self.create_error.setWordWrap(True)
        self.create_error.setStyleSheet(ERROR_STYLE + " font-weight: bold;")
        self.create_error.hide()
        outer.addStretch(1)
        outer.addWidget(self.busy_label)
        outer.addWidget(self.progress)
        outer.addWidget(self.create_error)
        return page

    def _build_recovery(self) -> _Page:
        page = _Page(
            self.tr("Your recovery key"),
            self.tr("The database is ready. One last step: keep the recovery key."),
            complete=lambda: self.key_panel.confirmed(),
        )
        page.setObjectName("page_recovery")
        layout = QVBoxLayout(page)
        self.key_panel = RecoveryKeyPanel()
        layout.addWidget(self.key_panel)
        self.key_panel.confirmed_changed.connect(lambda _c: page.completeChanged.emit())
        return page

    # -- unit defaults ------------------------------------------------------------
    def _field_edited(self, name: str, text: str) -> None:
        # Emptied by the user: the suggestion comes back.
        if text.strip():
            self._edited.add(name)
        else:
            self._edited.discard(name)
            self._update_defaults()

    def _update_defaults(self) -> None:
        suggested = default_profile(self.unit_name.text(), "", self.unit_level.code() or "ward")
        if not self.unit_name.text().strip():
            suggested.place_name = suggested.issuing_body = ""
        for name in ("place_name", "issuing_body", "parent_body", "recipient"):
            if name in self._edited:
                continue
            widget = self.unit_rows.rows[name].widget
            assert isinstance(widget, QLineEdit)
            widget.setText(getattr(suggested, name))
            widget.setCursorPosition(0)

    def _update_preview(self) -> None:
        from html import escape

        name = self.signatory_name.text().strip() or self.tr("(full name)")
        self.signature_preview.setText(
            f"<b>{escape(self.signatory_authority.currentText())}</b><br>"
            f"<b>{escape(self.signatory_title.currentText())}</b><br><br><br>"
            f"<b>{escape(name)}</b>"
        )

    # -- what was entered -----------------------------------------------------------
    def profile(self) -> UnitProfile:
        level = self.unit_level.code()
        suggested = default_profile(self.unit_name.text(), self.unit_code.text().strip(), level)
        return UnitProfile(
            # The level word is added when missing ("Tân Lợi" -> "Phường Tân Lợi"), but
            # an empty name stays empty so that it is marked as required.
            name=suggested.name if self.unit_name.text().strip() else "",
            level=level,
            code=self.unit_code.text().strip(),
            place_name=self.place_name.text().strip(),
            parent_body=self.parent_body.text().strip(),
            issuing_body=self.issuing_body.text().strip(),
            recipient=self.recipient.text().strip(),
            signatory=Signatory(
                name=self.signatory_name.text().strip(),
                title=self.signatory_title.currentText().strip(),
                authority=self.signatory_authority.currentText().strip(),
            ),
        )

    def programme(self) -> Programme:
        programme = Programme()
        programme.name = self.programme_name.toPlainText().strip()
        programme.plan_reference = self.plan_reference.toPlainText().strip()
        programme.start_year = self.start_year.value()
        programme.end_year = self.end_year.value()
        programme.target_i1_percent = Decimal(self.target_i1.value())
        programme.target_i2_percent = Decimal(self.target_i2.value())
        return programme

    # -- checks ------------------------------------------------------------------
    def _validate_unit(self) -> bool:
        errors = self.profile().validate()
        self.unit_rows.show(errors)
        return not errors

    def _validate_programme(self) -> bool:
        errors = [
            FieldError("programme_name", e.message) if e.field == "name" else e
            for e in self.programme().validate()
        ]
        self.programme_rows.show(errors)
        return not errors

    def _account_errors(self) -> list[FieldError]:
        return validate_username(self.username.text()) + self.passwords.errors()

    def _commit(self) -> bool:
        """Create the database (in a thread); Next moves on once it exists."""
        if self.database is not None:
            return True
        if self._busy:
            return False
        errors = self._account_errors()
        self.account_rows.show(errors)
        self.create_error.hide()
        if errors:
            return False
        profile, programme = self.profile(), self.programme()
        username = self.username.text().strip()
        password = self.passwords.password()
        display_name = self.display_name.text().strip()
        path = self.path

        def create() -> tuple[Database, str]:
            return Database.create(
                path, profile, username, password, display_name=display_name, programme=programme
            )

        self._set_busy(True)
        self._task = BackgroundTask(create, self)
        self._task.succeeded.connect(self._created)
        self._task.failed.connect(self._create_failed)
        self._task.start()
        return False

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        self.busy_label.setVisible(busy)
        self.account_page.setEnabled(not busy)
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = self.button(which)
            if button is not None:
                button.setEnabled(not busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def _created(self, result: tuple[Database, str]) -> None:
        self._set_busy(False)
        self.database, self.recovery_key = result
        self.passwords.clear()
        self.key_panel.set_key(self.recovery_key, self.database.profile.name, self.path)
        app_settings().setValue(LAST_USER, self.database.user.username)
        self.next()

    def _create_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if isinstance(exc, InvalidRecord):
            errors = [e for e in exc.errors if isinstance(e, FieldError)]
            others = self.account_rows.show(errors)
            if others:
                self.create_error.setText(
                    "\n".join(e.message.render(i18n.translate) for e in others)
                )
                self.create_error.show()
            return
        self.create_error.setText(
            self.tr("The database was not created. {reason}").format(reason=error_text(exc))
        )
        self.create_error.show()

    # -- closing -----------------------------------------------------------------
    def _wait_for_task(self) -> None:
        if self._task is not None and self._task.isRunning():
            self._task.wait()

    def accept(self) -> None:
        if self.database is None or not self.key_panel.confirmed():
            return
        self.key_panel.forget()
        self.recovery_key = ""
        super().accept()

    def reject(self) -> None:
        if self._busy:
            return
        if self.database is not None:
            if not confirm(
                self,
                self.tr("Recovery key not kept"),
                self.tr(
                    "The database has been created and you can sign in with your password. Without the recovery key, a forgotten password cannot be recovered. Close without keeping the key?"
                ),
                self.tr("Close without the key"),
                self.tr("Go back to the key"),
            ):
                return
            self.key_panel.forget()
            self.recovery_key = ""
            self.database.close()
            self.database = None
        super().reject()

    def done(self, result: int) -> None:
        self._wait_for_task()
        super().done(result)


__all__ = [
    "LAST_USER",
    "FieldRows",
    "PasswordPair",
    "RecoveryKeyPanel",
    "SetupWizard",
    "app_settings",
    "confirm",
    "error_text",
    "password_strength",
    "path_key",
]
