"""The frame every record form shares.

A subclass lays out its fields with `add_field`, reads them in `collect()` and fills
them in `load()`. The frame validates with the domain's rules before saving, marks
every invalid field with its reason (in the user's language), keeps what was typed
when a save fails, offers "save and add another", and warns before unsaved changes
are thrown away.
"""

from __future__ import annotations

import copy

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gbv_desktop import i18n
from gbv_desktop.domain.records import FieldError, Record
from gbv_desktop.storage.errors import InvalidRecord, StorageError
from gbv_desktop.storage.records import RecordStore
from gbv_desktop.ui.columns import record_name
from gbv_desktop.ui.errors import show_error
from gbv_desktop.ui.styles import INVALID_STYLE

ERROR_COLOUR = "#b71c1c"


def field_block(name: str, *widgets: QWidget) -> tuple[QWidget, QLabel]:
    """A column of `widgets` (the input among them) above the hidden line that shows the
    field's error; returns the column and that line. Every form, settings tab and wizard
    page builds its fields with this, so an error looks the same everywhere."""
    error = QLabel()
    error.setObjectName(f"error_{name}")
    error.setWordWrap(True)
    error.setStyleSheet(f"color: {ERROR_COLOUR};")
    error.hide()
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for widget in widgets:
        column.addWidget(widget)
    column.addWidget(error)
    return holder, error


class FieldRow:
    """One field of a form: its label, its input widget and the line for its error."""

    def __init__(self, name: str, label: QLabel, widget: QWidget, error: QLabel) -> None:
        self.name = name
        self.label = label
        self.widget = widget
        self.error = error

    def set_error(self, text: str) -> None:
        self.widget.setProperty("invalid", "true" if text else "false")
        self.widget.setToolTip(text)
        self.error.setText(text)
        self.error.setVisible(bool(text))
        style = self.widget.style()
        style.unpolish(self.widget)
        style.polish(self.widget)


class RecordForm(QDialog):
    """Base of the forms; `kind` names the record type (see domain.records)."""

    kind: str = ""
    saved = Signal(int)  # the id of the record just saved

    def __init__(
        self,
        store: RecordStore,
        record: Record | None = None,
        parent: QWidget | None = None,
        *,
        duplicate: bool = False,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.setObjectName(f"form_{self.kind}")
        self.setStyleSheet(INVALID_STYLE)
        self.rows: dict[str, FieldRow] = {}
        self.record_id: int | None = None
        self.saved_count = 0

        outer = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("error_summary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("color: #b71c1c; font-weight: bold;")
        self.summary.hide()
        outer.addWidget(self.summary)

        body = QWidget()
        self.form = QFormLayout(body)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll = self.scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll, 1)

        self.buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save and close (Ctrl+S)"))
        self.again_button = QPushButton(self.tr("Save and &add another"))
        self.again_button.setObjectName("save_again")
        self.again_button.setToolTip(
            self.tr("Save, then start a new record with the same date and place (Ctrl+Shift+S)")
        )
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setObjectName("cancel")
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(lambda: self.save(add_another=False))
        self.again_button.clicked.connect(lambda: self.save(add_another=True))
        cancel.clicked.connect(self.reject)
        outer.addWidget(self.buttons)
        QShortcut(
            QKeySequence.StandardKey.Save, self, activated=lambda: self.save(add_another=False)
        )
        QShortcut(QKeySequence("Ctrl+Shift+S"), self, activated=lambda: self.save(add_another=True))

        self.build()
        # Tab runs through the fields, then Save, Save and add another, Cancel.
        inputs = [
            row.widget
            for row in self.rows.values()
            if row.widget.focusPolicy() != Qt.FocusPolicy.NoFocus
        ]
        if inputs:
            QWidget.setTabOrder(inputs[-1], self.save_button)
        QWidget.setTabOrder(self.save_button, self.again_button)
        QWidget.setTabOrder(self.again_button, cancel)
        if record is not None:
            record = copy.deepcopy(record)
            if duplicate:
                self.prepare_duplicate(record)
            else:
                self.record_id = record.id
            self.load(record)
        else:
            self.load(self.new_record())
        self._initial = self.collect()
        self._update_title()
        # Never narrower than the fields: the form scrolls down, never sideways.
        scrollbar = self.scroll.verticalScrollBar().sizeHint().width()
        self.scroll.setMinimumWidth(body.minimumSizeHint().width() + scrollbar + 4)
        self.resize(max(760, self.minimumSizeHint().width()), 640)

    # -- to implement -------------------------------------------------------
    def build(self) -> None:
        raise NotImplementedError

    def new_record(self) -> Record:
        raise NotImplementedError

    def load(self, record: Record) -> None:
        raise NotImplementedError

    def collect(self) -> Record:
        raise NotImplementedError

    def prepare_duplicate(self, record: Record) -> None:
        """Make `record` a new record: no id (subclasses clear what must not be copied)."""
        record.id = None

    def next_record(self, saved: Record) -> Record:
        """The blank record offered after "save and add another" (keeps date and place)."""
        return self.new_record()

    # -- layout helpers -----------------------------------------------------
    def add_field(self, name: str, label: str, widget: QWidget, required: bool = False) -> QWidget:
        text = label + (" *" if required else "")
        label_widget = QLabel(text)
        label_widget.setBuddy(widget)
        widget.setObjectName(name)
        holder, error = field_block(name, widget)
        self.form.addRow(label_widget, holder)
        self.rows[name] = FieldRow(name, label_widget, widget, error)
        return widget

    def add_section(self, title: str) -> None:
        label = QLabel(f"<b>{title}</b>")
        label.setContentsMargins(0, 8, 0, 0)
        self.form.addRow(label)

    # -- behaviour ----------------------------------------------------------
    def _update_title(self) -> None:
        name = record_name(self.kind)
        if self.record_id is None:
            self.setWindowTitle(self.tr("New: {name}").format(name=name))
        else:
            self.setWindowTitle(self.tr("Edit: {name}").format(name=name))

    def row_for(self, field: str) -> FieldRow | None:
        """The form row that shows an error on `field` ("services[2].given_on" → "services")."""
        if field in self.rows:
            return self.rows[field]
        base = field.split("[")[0].split(".")[0]
        if base in self.rows:
            return self.rows[base]
        for name, row in self.rows.items():
            if field.startswith(name):
                return row
        return None

    def clear_errors(self) -> None:
        for row in self.rows.values():
            row.set_error("")
        self.summary.hide()

    def show_errors(self, errors: list[FieldError]) -> None:
        self.clear_errors()
        texts: dict[str, list[str]] = {}
        lines = []
        for error in errors:
            message = error.message.render(i18n.translate)
            row = self.row_for(error.field)
            if row is not None:
                texts.setdefault(row.name, []).append(message)
                label = (
                    row.label.text()
                    .rstrip(" *")
                    .replace("&&", "\0")
                    .replace("&", "")
                    .replace("\0", "&")
                )
                lines.append(f"{label}: {message}")
            else:
                lines.append(message)
        for name, messages in texts.items():
            self.rows[name].set_error(" ".join(messages))
        self.summary.setText(
            self.tr("Please correct the marked fields:") + "\n• " + "\n• ".join(lines)
        )
        self.summary.show()
        first = next((self.rows[n] for n in self.rows if n in texts), None)
        if first is not None:
            first.widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.scroll.ensureWidgetVisible(first.widget, 50, 80)

    def is_dirty(self) -> bool:
        return self.collect() != self._initial

    def save(self, add_another: bool = False) -> bool:
        record = self.collect()
        record.id = self.record_id
        errors = record.validate()
        if errors:
            self.show_errors(errors)
            return False
        try:
            record_id = self.store.save(record)
        except InvalidRecord as exc:
            self.show_errors([e for e in exc.errors if isinstance(e, FieldError)])
            return False
        except StorageError as exc:
            # Disk full, locked, damaged...: say what to do; keep what was typed.
            show_error(self, exc)
            return False
        self.clear_errors()
        self.saved_count += 1
        self.saved.emit(record_id)
        if add_another:
            self.record_id = None
            self.load(self.next_record(record))
            self._initial = self.collect()
            self._update_title()
            return True
        self.record_id = record_id
        self._initial = self.collect()
        self.accept()
        return True

    def reject(self) -> None:
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("This record has changes that are not saved. Save them?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                if self.save():
                    return
                return
        super().reject()


__all__ = ["FieldRow", "RecordForm"]
