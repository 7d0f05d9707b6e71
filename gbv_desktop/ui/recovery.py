"""The way back in after a forgotten password: the recovery key and an administrator's
name, then a new password, then a new recovery key (the used one stops working).

Opened from the sign-in dialog ("Forgot password?"); kept apart from it so that the
sign-in dialog, the first window at every start, does not load the set-up wizard's
parts this dialog is built from.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gbv_desktop.domain.messages import Message
from gbv_desktop.domain.records import REQUIRED, FieldError
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import (
    PermissionDenied,
    WrongPassword,
    WrongRecoveryKey,
)
from gbv_desktop.ui.errors import error_text
from gbv_desktop.ui.setup_wizard import FieldRows, PasswordPair, RecoveryKeyPanel, confirm
from gbv_desktop.ui.signin import (
    WAIT_STYLE,
    Backoff,
    FailureThrottle,
    busy_bar,
    message_label,
    wait_cursor,
)
from gbv_desktop.ui.styles import ERROR_STYLE, WIZARD_INVALID_STYLE
from gbv_desktop.ui.worker import BackgroundTask


class RecoveryDialog(QDialog):
    """Forgotten password: recovery key and an administrator's name, then a new
    password, then a new recovery key (the used one stops working)."""

    STEP_KEY, STEP_PASSWORD, STEP_NEW_KEY = range(3)

    def __init__(
        self,
        path: Path,
        throttle: FailureThrottle,
        username: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.path = Path(path)
        self.throttle = throttle
        self.database: Database | None = None
        self._task: BackgroundTask | None = None
        self._busy = False
        self.setWindowTitle(self.tr("Forgotten password"))
        self.setStyleSheet(WIZARD_INVALID_STYLE)

        layout = QVBoxLayout(self)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)

        # Step 1: the recovery key and an administrator account.
        first = QWidget()
        column = QVBoxLayout(first)
        column.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "Enter the recovery key you printed or saved when the database was set up, and the name of an administrator account. You then choose a new password for that account."
            )
        )
        intro.setWordWrap(True)
        column.addWidget(intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.key_rows = FieldRows(form)
        self.key_edit = self.key_rows.add(
            "recovery_key", self.tr("&Recovery key"), QLineEdit(), True
        )
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key_edit.setFont(mono)
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.account_edit = self.key_rows.add(
            "username", self.tr("&Administrator account"), QLineEdit(), True
        )
        self.account_edit.setText(username)
        for name in ("recovery_key", "username"):
            edit = self.key_rows.rows[name].widget
            assert isinstance(edit, QLineEdit)
            edit.textEdited.connect(lambda _t, n=name: self.key_rows.rows[n].set_error(""))
        column.addLayout(form)
        column.addStretch(1)
        self.stack.addWidget(first)

        # Step 2: the new password.
        second = QWidget()
        column = QVBoxLayout(second)
        column.setContentsMargins(0, 0, 0, 0)
        self.password_intro = QLabel()
        self.password_intro.setWordWrap(True)
        column.addWidget(self.password_intro)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.password_rows = FieldRows(form)
        self.passwords = PasswordPair(
            self.password_rows, self.tr("&New password"), self.tr("&Repeat the password")
        )
        column.addLayout(form)
        column.addStretch(1)
        self.stack.addWidget(second)

        # Step 3: the new recovery key.
        third = QWidget()
        column = QVBoxLayout(third)
        column.setContentsMargins(0, 0, 0, 0)
        done_label = QLabel(
            self.tr(
                "The new password is set. The recovery key you used no longer works: here is the new one."
            )
        )
        done_label.setWordWrap(True)
        done_label.setStyleSheet("font-weight: bold;")
        column.addWidget(done_label)
        self.key_panel = RecoveryKeyPanel()
        column.addWidget(self.key_panel, 1)
        self.stack.addWidget(third)

        self.error_label = message_label("error", ERROR_STYLE)
        self.wait_label = message_label("wait", WAIT_STYLE)
        self.busy_bar = busy_bar()
        layout.addWidget(self.error_label)
        layout.addWidget(self.wait_label)
        layout.addWidget(self.busy_bar)

        buttons = QDialogButtonBox()
        self.next_button = QPushButton()
        self.next_button.setObjectName("next")
        self.next_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        self.next_button.clicked.connect(self.advance)
        self.cancel_button.clicked.connect(self.reject)
        self.key_panel.confirmed_changed.connect(lambda _c: self._update_buttons())
        self.backoff = Backoff(self.throttle, self.wait_label, self)
        self.backoff.changed.connect(self._update_buttons)

        self._go(self.STEP_KEY)
        self.key_edit.setFocus()
        self.setMinimumWidth(620)
        self.resize(680, 420)

    # -- steps ------------------------------------------------------------------------
    def step(self) -> int:
        return self.stack.currentIndex()

    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.error_label.hide()
        texts = {
            self.STEP_KEY: self.tr("&Continue"),
            self.STEP_PASSWORD: self.tr("&Set the password"),
            self.STEP_NEW_KEY: self.tr("&Finish"),
        }
        self.next_button.setText(texts[step])
        self.cancel_button.setVisible(step != self.STEP_NEW_KEY)
        if step == self.STEP_KEY:
            self.backoff.refresh()  # calls _update_buttons
        else:
            self.backoff.stop()
            self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.step()
        enabled = not self._busy
        if step == self.STEP_KEY:
            enabled = enabled and not self.backoff.waiting()
        elif step == self.STEP_NEW_KEY:
            enabled = enabled and self.key_panel.confirmed()
        self.next_button.setEnabled(enabled)
        self.cancel_button.setEnabled(not self._busy)

    def advance(self) -> None:
        if self._busy:
            return
        step = self.step()
        if step == self.STEP_KEY:
            self._unlock()
        elif step == self.STEP_PASSWORD:
            self._set_password()
        elif self.key_panel.confirmed():
            self.key_panel.forget()
            self.accept()

    def _unlock(self) -> None:
        if self.backoff.waiting():
            self.backoff.refresh()
            return
        self.key_rows.clear()
        self.error_label.hide()
        key = self.key_edit.text().strip()
        username = self.account_edit.text().strip()
        missing = [
            FieldError(name, Message("Validation", REQUIRED))
            for name, value in (("recovery_key", key), ("username", username))
            if not value
        ]
        if missing:
            self.key_rows.show(missing)
            return
        path = self.path
        self._run(lambda: Database.open_with_recovery(path, key, username), self._unlocked)

    def _unlocked(self, database: Database) -> None:
        self.database = database
        self.key_edit.clear()
        self.password_intro.setText(
            self.tr(
                "The recovery key is correct. Choose a new password for the account {user}."
            ).format(user=database.user.username)
        )
        self._go(self.STEP_PASSWORD)
        self.passwords.first.setFocus()

    def _set_password(self) -> None:
        errors = self.passwords.errors()
        self.password_rows.show(errors)
        if errors or self.database is None:
            return
        database = self.database
        password = self.passwords.password()

        def change() -> str:
            database.set_password(database.user.username, password)
            return database.new_recovery_key()

        self._run(change, self._password_set)

    def _password_set(self, recovery_key: str) -> None:
        assert self.database is not None
        self.passwords.clear()
        self.key_panel.set_key(recovery_key, self.database.profile.name, self.path)
        self._go(self.STEP_NEW_KEY)

    # -- background work -------------------------------------------------------------
    def _run(self, fn: Callable[[], object], on_success: Callable[[object], None]) -> None:
        self._on_success = on_success
        self._set_busy(True)
        self._task = BackgroundTask(fn, self)
        self._task.succeeded.connect(self._succeeded)
        self._task.failed.connect(self._failed)
        self._task.start()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.stack.setEnabled(not busy)
        self.busy_bar.setVisible(busy)
        self._update_buttons()
        wait_cursor(busy)

    def _succeeded(self, result: object) -> None:
        self._set_busy(False)
        self._on_success(result)

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if self.step() == self.STEP_KEY:
            if isinstance(exc, WrongRecoveryKey | WrongPassword):
                self.throttle.record_failure()
            if isinstance(exc, WrongPassword):
                text = self.tr("There is no administrator account with this name.")
                self.key_rows.rows["username"].set_error(text)
            elif isinstance(exc, PermissionDenied):
                text = self.tr(
                    "This account is not an administrator. Enter the name of an administrator account."
                )
                self.key_rows.rows["username"].set_error(text)
            elif isinstance(exc, WrongRecoveryKey):
                self.key_rows.rows["recovery_key"].set_error(error_text(exc))
            else:
                self.error_label.setText(error_text(exc))
                self.error_label.show()
            self.backoff.refresh()
            return
        self.error_label.setText(error_text(exc))
        self.error_label.show()

    # -- closing --------------------------------------------------------------------------
    def reject(self) -> None:
        if self._busy:
            return
        if self.step() == self.STEP_NEW_KEY and not confirm(
            self,
            self.tr("Recovery key not kept"),
            self.tr(
                "Your new password works. Without the new recovery key, a forgotten password cannot be recovered again. Close without keeping the key?"
            ),
            self.tr("Close without the key"),
            self.tr("Go back to the key"),
        ):
            return
        self.key_panel.forget()
        if self.database is not None:
            self.database.close()
            self.database = None
        super().reject()

    def done(self, result: int) -> None:
        if self._task is not None and self._task.isRunning():
            self._task.wait()
        self.backoff.timer.stop()
        super().done(result)


__all__ = ["RecoveryDialog"]
