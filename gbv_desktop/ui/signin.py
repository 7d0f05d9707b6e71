"""Signing in to an existing database, and the way back in with the recovery key.

Unlocking derives a key from the password (about half a second), so it runs off the
GUI thread. Wrong passwords slow down: the first three are free, then the wait doubles
from 2 s up to a minute. The count is kept per database in the settings (a hash of the
path, the count and the time of the last failure; never a name or a password), so
closing the dialog or restarting the program does not reset it; a successful sign-in
does.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gbv_desktop.ui.local_settings import LAST_USER, app_settings, path_key
from gbv_desktop.ui.styles import ERROR_STYLE, HINT_STYLE, WIZARD_INVALID_STYLE
from gbv_desktop.ui.worker import BackgroundTask

# Imported when first used: the dialog opens before they are needed (the storage layer's
# errors and messages, with `dataclasses`, cost it 3 ms).
if TYPE_CHECKING:
    from gbv_desktop.storage.database import Database
    from gbv_desktop.ui.recovery import RecoveryDialog

Clock = Callable[[], float]
FREE_ATTEMPTS = 3
MAX_DELAY = 60
WAIT_STYLE = "color: #8a4b00; font-weight: bold;"
DETAILS_DELAY_MS = 30
LAST_USER_DELAY_MS = 500


def delay_after(failures: int) -> int:
    """Seconds to wait after `failures` failed attempts in a row: 0, 0, 0, 2, 4, 8, … 60."""
    if failures < FREE_ATTEMPTS:
        return 0
    return min(MAX_DELAY, 2 ** (failures - FREE_ATTEMPTS + 1))


class FailureThrottle:
    """Failed attempts on one database, kept in the settings across restarts."""

    def __init__(self, path: Path, clock: Clock = time.time) -> None:
        self.clock = clock
        self.group = f"signin/{path_key(path)}"

    def _read(self) -> tuple[int, float]:
        settings = app_settings()
        try:
            failures = int(settings.value(f"{self.group}/failures", 0) or 0)
            last = float(settings.value(f"{self.group}/last_failure", 0.0) or 0.0)
        except (TypeError, ValueError):
            return 0, 0.0
        return max(failures, 0), last

    @property
    def failures(self) -> int:
        return self._read()[0]

    def record_failure(self) -> None:
        settings = app_settings()
        settings.setValue(f"{self.group}/failures", self.failures + 1)
        settings.setValue(f"{self.group}/last_failure", float(self.clock()))
        settings.sync()

    def reset(self) -> None:
        settings = app_settings()
        settings.remove(self.group)
        settings.sync()

    def remaining(self) -> float:
        """Seconds before the next attempt is allowed (never more than the delay
        itself, so a clock set back cannot lock anyone out)."""
        failures, last = self._read()
        delay = delay_after(failures)
        if delay == 0:
            return 0.0
        return max(0.0, min(float(delay), last + delay - self.clock()))


class Backoff(QObject):
    """Counts down on `label` while the throttle says wait; `changed` fires on every
    tick, so the dialog can enable its buttons again when the wait is over."""

    changed = Signal()

    def __init__(self, throttle: FailureThrottle, label: QLabel, parent: QObject) -> None:
        super().__init__(parent)
        self.throttle = throttle
        self.label = label
        self.timer = QTimer(self)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.refresh)

    def waiting(self) -> bool:
        return self.throttle.remaining() > 0

    def refresh(self) -> None:
        remaining = self.throttle.remaining()
        if remaining > 0:
            self.label.setText(
                self.tr("Too many wrong attempts. You can try again in {seconds} s.").format(
                    seconds=math.ceil(remaining)
                )
            )
            self.label.show()
            if not self.timer.isActive():
                self.timer.start()
        else:
            self.stop()
        self.changed.emit()

    def stop(self) -> None:
        self.label.clear()
        self.label.hide()
        self.timer.stop()


def message_label(name: str, style: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    label.hide()
    return label


def wait_cursor(busy: bool) -> None:
    """The pointer shows the program is working (True) or is back to normal (False)."""
    if busy:
        from PySide6.QtCore import Qt

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    else:
        QGuiApplication.restoreOverrideCursor()


def busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setObjectName("busy")
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setMaximumHeight(8)
    bar.hide()
    return bar


class SignInDialog(QDialog):
    """Unlocks the database at `path`; `database` is open once the dialog is accepted."""

    def __init__(
        self, path: Path | str, parent: QWidget | None = None, *, clock: Clock = time.time
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signin_dialog")
        self.path = Path(path)
        self.clock = clock
        self.database: Database | None = None
        self.throttle = FailureThrottle(self.path, clock)
        self.recovery_dialog: RecoveryDialog | None = None
        self._task: BackgroundTask | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Sign in — gbv-desktop"))
        self.setStyleSheet(WIZARD_INVALID_STYLE)

        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Sign in"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        file_label = QLabel(self.tr("Database: {name}").format(name=self.path.name))
        file_label.setObjectName("database_name")
        layout.addWidget(file_label)
        folder = QLabel(str(self.path.parent))
        folder.setObjectName("database_folder")
        folder.setWordWrap(True)
        folder.setStyleSheet(HINT_STYLE)
        layout.addWidget(folder)
        layout.addSpacing(6)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        user_label = QLabel(self.tr("&Account name"))
        user_label.setBuddy(self.username)
        password_label = QLabel(self.tr("&Password"))
        password_label.setBuddy(self.password)
        form.addRow(user_label, self.username)
        form.addRow(password_label, self.password)
        layout.addLayout(form)

        self.error_label = message_label("error", ERROR_STYLE)
        self.wait_label = message_label("wait", WAIT_STYLE)
        self.busy_bar = busy_bar()
        layout.addWidget(self.error_label)
        # A damaged database: offer its newest good backup (DATA-SAFETY.md promise 3).
        self.damage_label = message_label("damage", HINT_STYLE)
        self.restore_button = QPushButton(self.tr("&Restore the newest good backup…"))
        self.restore_button.setObjectName("restore_newest")
        self.restore_button.setAutoDefault(False)
        self.restore_button.hide()
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout.addWidget(self.damage_label)
        layout.addLayout(restore_row)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.busy_bar)
        layout.addStretch(1)

        bottom = QHBoxLayout()
        self.forgot_button = QPushButton(self.tr("&Forgot password?"))
        self.forgot_button.setObjectName("forgot")
        self.forgot_button.setFlat(True)
        self.forgot_button.setStyleSheet(
            "QPushButton { color: #1565c0; text-decoration: underline; border: none; padding: 2px; }"
        )
        self.forgot_button.setAutoDefault(False)
        bottom.addWidget(self.forgot_button)
        bottom.addStretch(1)
        buttons = QDialogButtonBox()
        self.sign_in_button = QPushButton(self.tr("&Sign in"))
        self.sign_in_button.setObjectName("sign_in")
        self.sign_in_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        buttons.addButton(self.sign_in_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)

        self.restore_button.clicked.connect(self.restore_newest)
        self.sign_in_button.clicked.connect(self.sign_in)
        self.cancel_button.clicked.connect(self.reject)
        self.forgot_button.clicked.connect(self.start_recovery)
        self.username.textEdited.connect(lambda _t: self.error_label.hide())
        self.password.textEdited.connect(lambda _t: self.error_label.hide())
        self.backoff = Backoff(self.throttle, self.wait_label, self)
        self.backoff.changed.connect(self._update_buttons)

        last = str(app_settings().value(LAST_USER, "") or "")
        self.username.setText(last)
        (self.password if last else self.username).setFocus()
        self.backoff.refresh()
        self.setMinimumWidth(460)
        self.resize(500, 300)
        self._folder_label = folder
        # Touches of the pointer and the mouse that need Qt's namespace of enums (about a
        # hundred, 0.015 s to create): set once the dialog is shown and can be used (the
        # timer runs in the event loop, which starts with the dialog shown; none fires
        # if the dialog is gone).
        QTimer.singleShot(DETAILS_DELAY_MS, self, self._details)

    def _details(self) -> None:
        from PySide6.QtCore import Qt

        self._folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)

    # -- signing in -----------------------------------------------------------------
    def _update_buttons(self) -> None:
        self.sign_in_button.setEnabled(not self._busy and not self.backoff.waiting())

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def sign_in(self) -> None:
        if self._busy or self.backoff.waiting():
            self.backoff.refresh()
            return
        username = self.username.text().strip()
        password = self.password.text()
        if not username:
            self._show_error(self.tr("Enter your account name."))
            self.username.setFocus()
            return
        if not password:
            self._show_error(self.tr("Enter your password."))
            self.password.setFocus()
            return
        self.error_label.hide()
        path = self.path
        from gbv_desktop.storage.database import Database

        self._start(lambda: Database.open(path, username, password))

    def _start(self, fn: Callable[[], Database]) -> None:
        self._set_busy(True)
        self._task = BackgroundTask(fn, self)
        self._task.succeeded.connect(self._signed_in)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (
            self.username, self.password, self.forgot_button, self.cancel_button,
            self.restore_button,
        ):  # fmt: skip
            widget.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self.backoff.refresh()
        wait_cursor(busy)

    def _signed_in(self, database: Database) -> None:
        self._set_busy(False)
        self._finish(database)

    def _finish(self, database: Database) -> None:
        if self.throttle.failures:
            self.throttle.reset()
        # Written to the disk once the main window is up and drawn, not while the user
        # waits for it.
        username = database.user.username
        QTimer.singleShot(LAST_USER_DELAY_MS, lambda: app_settings().setValue(LAST_USER, username))
        self.password.clear()
        self.database = database
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        from gbv_desktop.storage.errors import (
            BadFile,
            DatabaseDamaged,
            KeyFileMissing,
            WrongPassword,
        )
        from gbv_desktop.ui.errors import error_text

        self._set_busy(False)
        if isinstance(exc, WrongPassword):
            self.throttle.record_failure()
            self.password.clear()
            self.password.setFocus()
        if isinstance(exc, DatabaseDamaged):
            # SQLite's findings are for a technician: in the tooltip, not the dialog.
            self._show_error(
                self.tr(
                    "The database file is damaged or has been altered outside the program, so it was not opened."
                )
            )
            self.error_label.setToolTip(str(exc))
        else:
            self._show_error(error_text(exc))
            self.error_label.setToolTip("")
        self._offer_restore(isinstance(exc, DatabaseDamaged | KeyFileMissing | BadFile))
        self.backoff.refresh()

    # -- a damaged database -------------------------------------------------------------
    def _offer_restore(self, damaged: bool) -> None:
        self.damage_label.setText(
            self.tr(
                "The program will not work on a damaged database. Restore the newest backup that checks out: the damaged file is kept aside, not deleted, and what was entered after that backup is not in it."
            )
        )
        self.damage_label.setVisible(damaged)
        self.restore_button.setVisible(damaged)
        if damaged:
            self.adjustSize()  # room for the explanation, whatever the language

    def restore_newest(self) -> None:
        """Find the newest good backup (off the GUI thread), confirm, restore it (the
        damaged database kept aside) and sign in, in one step."""
        if self._busy:
            return
        username = self.username.text().strip()
        password = self.password.text()
        if not username or not password:
            self._show_error(self.tr("Enter your account name and password first."))
            (self.password if username else self.username).setFocus()
            return
        from gbv_desktop.storage import backup
        from gbv_desktop.ui.backup_scheduler import backup_folders

        path = self.path
        folders = backup_folders(path)
        self._found_in = folders
        self._credentials = (username, password)
        self._run(
            lambda: backup.find_restorable(path, folders, username, password), self._found_backup
        )

    def _run(self, fn: Callable[[], object], on_success: Callable[[object], None]) -> None:
        self._set_busy(True)
        self._task = BackgroundTask(fn, self)
        self._task.succeeded.connect(lambda result: self._task_done(on_success, result))
        self._task.failed.connect(self._restore_failed)
        self._task.start()

    def _task_done(self, on_success: Callable[[object], None], result: object) -> None:
        self._set_busy(False)
        on_success(result)

    def _restore_failed(self, exc: BaseException) -> None:
        from gbv_desktop.storage.errors import WrongPassword
        from gbv_desktop.ui.errors import error_text

        self._set_busy(False)
        if isinstance(exc, WrongPassword):
            self.throttle.record_failure()
            self.backoff.refresh()
        self._show_error(error_text(exc))

    def _found_backup(self, result: object) -> None:
        entry, key = result  # type: ignore[misc]
        if entry is None:
            self._show_error(
                self.tr(
                    "No backup of this database that checks out was found in {folders}. If a backup is on a USB stick, plug it in and try again, or restore it from the command line (gbv-desktop restore)."
                ).format(folders="; ".join(str(f) for f in self._found_in))
            )
            return
        from gbv_desktop.storage import backup
        from gbv_desktop.storage.database import Database
        from gbv_desktop.ui.errors import confirm

        when = entry.when.strftime("%d/%m/%Y %H:%M")
        if not confirm(
            self,
            self.tr("Restore the newest good backup"),
            self.tr(
                "Restore the backup of {date} from {folder}?\n\nThe damaged database is kept in the backups folder, not deleted. Anything entered after {date} is not in the backup."
            ).format(date=when, folder=str(entry.path.parent)),
            self.tr("Restore and sign in"),
            self.tr("Cancel"),
        ):
            return
        path = self.path
        username, password = self._credentials

        def restore_and_open() -> tuple[Database, object]:
            aside = backup.restore_backup(path, entry.path, key)
            return Database.open(path, username, password), aside

        self._restored_from = when
        self._run(restore_and_open, self._restored)

    def _restored(self, result: object) -> None:
        database, aside = result  # type: ignore[misc]
        self._credentials = ("", "")
        text = self.tr("The backup of {date} has been restored.").format(date=self._restored_from)
        if aside is not None:
            text += " " + self.tr("The damaged database is kept as {name} in {folder}.").format(
                name=aside.name, folder=str(aside.parent)
            )
        QMessageBox.information(self, self.tr("Backup restored"), text)
        self._offer_restore(False)
        self._finish(database)

    # -- forgotten password ------------------------------------------------------------
    def start_recovery(self) -> None:
        if self._busy:
            return
        from gbv_desktop.ui.recovery import RecoveryDialog

        dialog = RecoveryDialog(
            self.path, self.throttle, username=self.username.text().strip(), parent=self
        )
        self.recovery_dialog = dialog
        dialog.finished.connect(self._recovery_finished)
        dialog.open()

    def _recovery_finished(self, result: int) -> None:
        dialog = self.recovery_dialog
        self.recovery_dialog = None
        if dialog is None:
            return
        database = dialog.database
        dialog.deleteLater()
        self.backoff.refresh()
        if result == QDialog.DialogCode.Accepted and database is not None:
            self._finish(database)

    # -- closing ------------------------------------------------------------------------
    def reject(self) -> None:
        if self._busy:
            return
        super().reject()

    def done(self, result: int) -> None:
        if self._task is not None and self._task.isRunning():
            self._task.wait()
        self.backoff.timer.stop()
        super().done(result)


__all__ = ["FailureThrottle", "SignInDialog", "delay_after"]
