"""Signing in: right and wrong passwords, every error the user can act on, the growing
wait after repeated failures (a fake clock, no sleeping), and the way back in with the
recovery key."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gbv_desktop import i18n
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import WrongPassword, WrongRecoveryKey
from gbv_desktop.storage.keys import keys_path
from gbv_desktop.ui.recovery import RecoveryDialog
from gbv_desktop.ui.setup_wizard import LAST_USER, app_settings
from gbv_desktop.ui.signin import FailureThrottle, SignInDialog, delay_after
from tests.conftest import PASSWORD

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NEW_PASSWORD = "a brand new one 2"


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    previous = i18n._language
    i18n.install("en", qapp)
    yield
    if previous is not None:
        i18n.install(previous, qapp)


@pytest.fixture(autouse=True)
def _never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)


class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def unit(make_db: Callable[..., Database]) -> tuple[Path, str]:
    """A database with an administrator "admin" (PASSWORD); its path and recovery key."""
    db = make_db()
    recovery = db.recovery_key_for_tests  # type: ignore[attr-defined]
    db.add_user("lan", PASSWORD, "officer")
    db.close()
    return db.path, recovery


@pytest.fixture
def opened() -> Iterator[list[Database]]:
    databases: list[Database] = []
    yield databases
    for database in databases:
        database.close()


def dialog_for(qtbot: QtBot, path: Path, clock: Clock) -> SignInDialog:
    dialog = SignInDialog(path, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def attempt(qtbot: QtBot, dialog: SignInDialog, user: str, password: str) -> None:
    dialog.username.setText(user)
    dialog.password.setText(password)
    dialog.sign_in_button.click()
    qtbot.waitUntil(lambda: not dialog._busy, timeout=10_000)


def test_right_password_opens_and_remembers_the_account(
    qtbot: QtBot, unit, clock, opened, settings: Path
) -> None:
    path, _ = unit
    dialog = dialog_for(qtbot, path, clock)
    assert path.name in dialog.findChild(type(dialog.error_label), "database_name").text()
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.username.setText("admin")
        dialog.password.setText(PASSWORD)
        dialog.sign_in_button.click()
    assert dialog.database is not None
    opened.append(dialog.database)
    assert dialog.database.user.username == "admin"
    assert dialog.password.text() == ""
    # Kept once the main window is up (half a second later).
    qtbot.waitUntil(lambda: app_settings().value(LAST_USER) == "admin", timeout=3000)

    # The next time, the account name is filled in and the password has the focus.
    again = dialog_for(qtbot, path, clock)
    assert again.username.text() == "admin"
    # Only the account name is kept in the settings, never a password.
    stored = "".join(p.read_text("utf-8") for p in settings.rglob("*") if p.is_file())
    assert PASSWORD not in stored


def test_wrong_password_says_so_and_counts(qtbot: QtBot, unit, clock) -> None:
    path, _ = unit
    dialog = dialog_for(qtbot, path, clock)
    attempt(qtbot, dialog, "admin", "not the password")
    assert dialog.database is None and dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Wrong account name or password."
    assert dialog.password.text() == ""
    assert dialog.throttle.failures == 1
    assert dialog.sign_in_button.isEnabled()  # the first failures cost nothing
    # An unknown account gets the same words (no telling which names exist).
    attempt(qtbot, dialog, "nobody", PASSWORD)
    assert dialog.error_label.text() == "Wrong account name or password."


def test_empty_fields_are_asked_for(qtbot: QtBot, unit, clock) -> None:
    path, _ = unit
    dialog = dialog_for(qtbot, path, clock)
    dialog.username.clear()
    dialog.sign_in_button.click()
    assert "account name" in dialog.error_label.text()
    dialog.username.setText("admin")
    dialog.sign_in_button.click()
    assert "password" in dialog.error_label.text()
    assert dialog._task is None and dialog.throttle.failures == 0


def test_disabled_account(qtbot: QtBot, unit, clock, opened) -> None:
    path, _ = unit
    saved_keys = path.parent / "old.keys"
    shutil.copy(keys_path(path), saved_keys)
    with Database.open(path, "admin", PASSWORD) as db:
        db.set_disabled("lan", True)
    dialog = dialog_for(qtbot, path, clock)
    # Disabling removes the account's key slot: the password simply no longer works.
    attempt(qtbot, dialog, "lan", PASSWORD)
    assert dialog.error_label.text() == "Wrong account name or password."
    # With an older key file (restored from a backup) the database itself says why.
    shutil.copy(saved_keys, keys_path(path))
    attempt(qtbot, dialog, "lan", PASSWORD)
    assert dialog.error_label.text() == "This account is disabled. Ask an administrator."
    assert dialog.database is None


def test_missing_key_file(qtbot: QtBot, unit, clock) -> None:
    path, _ = unit
    keys_path(path).unlink()
    dialog = dialog_for(qtbot, path, clock)
    attempt(qtbot, dialog, "admin", PASSWORD)
    text = dialog.error_label.text()
    assert "key file" in text and str(keys_path(path)) in text
    assert dialog.throttle.failures == 0  # not a guess


def test_newer_version_and_damaged_file(qtbot: QtBot, unit, clock) -> None:
    path, _ = unit
    with Database.open(path, "admin", PASSWORD) as db:
        db.conn.execute("PRAGMA user_version = 999")
    dialog = dialog_for(qtbot, path, clock)
    attempt(qtbot, dialog, "admin", PASSWORD)
    assert "newer version" in dialog.error_label.text()

    data = bytearray(path.read_bytes())
    for i in range(5000, 5100):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    attempt(qtbot, dialog, "admin", PASSWORD)
    assert "damaged" in dialog.error_label.text()
    assert dialog.throttle.failures == 0


def test_delays_grow_after_three_failures() -> None:
    assert [delay_after(n) for n in range(11)] == [0, 0, 0, 2, 4, 8, 16, 32, 60, 60, 60]


def test_repeated_failures_disable_the_button_with_a_countdown(
    qtbot: QtBot, unit, clock: Clock
) -> None:
    path, _ = unit
    dialog = dialog_for(qtbot, path, clock)
    for _ in range(2):
        attempt(qtbot, dialog, "admin", "wrong")
    assert dialog.sign_in_button.isEnabled() and not dialog.wait_label.isVisible()

    attempt(qtbot, dialog, "admin", "wrong")  # the third
    assert not dialog.sign_in_button.isEnabled()
    assert dialog.wait_label.isVisible()
    assert "try again in 2 s" in dialog.wait_label.text()
    # Enter while waiting does nothing.
    dialog.password.setText(PASSWORD)
    dialog.sign_in()
    assert not dialog._busy and dialog.database is None

    clock.now += 1.2
    qtbot.waitUntil(lambda: "in 1 s" in dialog.wait_label.text(), timeout=2000)
    clock.now += 1.0
    qtbot.waitUntil(dialog.sign_in_button.isEnabled, timeout=2000)
    assert not dialog.wait_label.isVisible()

    attempt(qtbot, dialog, "admin", "wrong")  # the fourth: 4 s
    assert "try again in 4 s" in dialog.wait_label.text()
    assert not dialog.sign_in_button.isEnabled()


def test_failures_are_kept_across_dialogs_and_restarts(
    qtbot: QtBot, unit, clock: Clock, settings: Path, opened
) -> None:
    path, _ = unit
    dialog = dialog_for(qtbot, path, clock)
    for _ in range(3):
        attempt(qtbot, dialog, "admin", "wrong")
        clock.now += 60
    dialog.reject()

    # A new dialog (or a new program: the count is in the settings file) still knows.
    assert FailureThrottle(path, clock).failures == 3
    clock.now += 3
    stored = "".join(p.read_text("utf-8") for p in settings.rglob("*.ini"))
    assert "failures=3" in stored
    assert str(path) not in stored and "admin" not in stored  # a hash, never names
    attempt(qtbot, dialog_for(qtbot, path, clock), "admin", "wrong")  # the fourth: 4 s
    clock.now += 1
    again = dialog_for(qtbot, path, clock)
    assert not again.sign_in_button.isEnabled()
    assert "try again in 3 s" in again.wait_label.text()

    # Other databases are not affected.
    other = dialog_for(qtbot, path.with_name("other.db"), clock)
    assert other.sign_in_button.isEnabled()

    # Success resets the count.
    clock.now += 10
    qtbot.waitUntil(again.sign_in_button.isEnabled, timeout=2000)
    with qtbot.waitSignal(again.accepted, timeout=10_000):
        again.username.setText("admin")
        again.password.setText(PASSWORD)
        again.sign_in_button.click()
    opened.append(again.database)
    assert FailureThrottle(path, clock).failures == 0


def test_a_clock_set_back_never_locks_anyone_out(unit, clock: Clock) -> None:
    path, _ = unit
    throttle = FailureThrottle(path, clock)
    for _ in range(5):
        throttle.record_failure()
    clock.now -= 10 * 365 * 24 * 3600
    assert throttle.remaining() <= delay_after(5)


# -- forgotten password ----------------------------------------------------------------


def start_recovery(qtbot: QtBot, dialog: SignInDialog) -> RecoveryDialog:
    dialog.forgot_button.click()
    recovery = dialog.recovery_dialog
    assert recovery is not None and recovery.isVisible()
    return recovery


def advance(qtbot: QtBot, recovery: RecoveryDialog) -> None:
    recovery.next_button.click()
    qtbot.waitUntil(lambda: not recovery._busy, timeout=10_000)


def test_recovery_sets_a_new_password_and_a_new_key(
    qtbot: QtBot, unit, clock: Clock, opened
) -> None:
    path, old_key = unit
    dialog = dialog_for(qtbot, path, clock)
    dialog.username.setText("admin")
    recovery = start_recovery(qtbot, dialog)
    assert recovery.account_edit.text() == "admin"
    assert recovery.next_button.text() == "&Continue"

    recovery.key_edit.setText(old_key.lower())  # as typed from paper
    advance(qtbot, recovery)
    assert recovery.step() == RecoveryDialog.STEP_PASSWORD
    assert recovery.key_edit.text() == ""

    recovery.passwords.first.setText(NEW_PASSWORD)
    recovery.passwords.second.setText("something else")
    advance(qtbot, recovery)
    assert recovery.step() == RecoveryDialog.STEP_PASSWORD
    assert "differ" in recovery.password_rows.rows["password2"].error.text()
    recovery.passwords.second.setText(NEW_PASSWORD)
    advance(qtbot, recovery)
    assert recovery.step() == RecoveryDialog.STEP_NEW_KEY

    new_key = recovery.key_panel.key()
    assert new_key and new_key != old_key
    assert not recovery.next_button.isEnabled()
    assert recovery.cancel_button.isHidden()
    recovery.key_panel.confirm_box.click()
    assert recovery.next_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        recovery.next_button.click()
    # Signed in straight away, as the administrator.
    assert dialog.database is not None and dialog.database.user.username == "admin"
    opened.append(dialog.database)

    with pytest.raises(WrongPassword):
        Database.open(path, "admin", PASSWORD)
    Database.open(path, "admin", NEW_PASSWORD).close()
    with pytest.raises(WrongRecoveryKey):
        Database.open_with_recovery(path, old_key, "admin")
    Database.open_with_recovery(path, new_key, "admin").close()


def test_recovery_rejects_a_wrong_key_and_a_non_administrator(
    qtbot: QtBot, unit, clock: Clock
) -> None:
    path, key = unit
    dialog = dialog_for(qtbot, path, clock)
    recovery = start_recovery(qtbot, dialog)
    recovery.account_edit.setText("admin")
    recovery.key_edit.setText("ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567")
    advance(qtbot, recovery)
    assert recovery.step() == RecoveryDialog.STEP_KEY
    assert "does not open this database" in recovery.key_rows.rows["recovery_key"].error.text()
    assert dialog.throttle.failures == 1

    recovery.key_edit.setText(key)
    recovery.account_edit.setText("lan")  # an officer
    advance(qtbot, recovery)
    assert recovery.step() == RecoveryDialog.STEP_KEY
    assert "not an administrator" in recovery.key_rows.rows["username"].error.text()
    assert recovery.database is None

    recovery.key_edit.clear()
    advance(qtbot, recovery)
    assert "required" in recovery.key_rows.rows["recovery_key"].error.text()

    recovery.reject()
    assert dialog.recovery_dialog is None and dialog.isVisible()
    Database.open(path, "admin", PASSWORD).close()  # nothing changed


def test_recovery_waits_too_after_repeated_failures(qtbot: QtBot, unit, clock: Clock) -> None:
    path, _ = unit
    dialog = dialog_for(qtbot, path, clock)
    for _ in range(3):
        attempt(qtbot, dialog, "admin", "wrong")
    recovery = start_recovery(qtbot, dialog)
    assert not recovery.next_button.isEnabled()
    assert "try again in 2 s" in recovery.wait_label.text()
    clock.now += 3
    qtbot.waitUntil(recovery.next_button.isEnabled, timeout=2000)


def test_leaving_recovery_before_keeping_the_new_key_asks(
    qtbot: QtBot, unit, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, key = unit
    dialog = dialog_for(qtbot, path, clock)
    recovery = start_recovery(qtbot, dialog)
    recovery.account_edit.setText("admin")
    recovery.key_edit.setText(key)
    advance(qtbot, recovery)
    recovery.passwords.first.setText(NEW_PASSWORD)
    recovery.passwords.second.setText(NEW_PASSWORD)
    advance(qtbot, recovery)
    assert recovery.step() == RecoveryDialog.STEP_NEW_KEY

    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.No)
    recovery.reject()
    assert recovery.isVisible()
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    recovery.reject()
    assert recovery.result() == QDialog.DialogCode.Rejected
    assert dialog.database is None and dialog.isVisible()
    # The new password works; the sign-in dialog is still there to use it.
    Database.open(path, "admin", NEW_PASSWORD).close()


def test_a_database_is_known_in_the_settings_by_a_hash_of_its_place(tmp_path: Path) -> None:
    """The same key as earlier versions made with hashlib, so a count of failed attempts
    survives an update, and the settings do not say where the database is."""
    import hashlib

    from gbv_desktop.ui.local_settings import path_key

    path = tmp_path / "Phường Tân Lợi" / "dữ liệu.db"
    expected = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:32]
    assert path_key(path) == expected
    assert "Tân" not in path_key(path) and len(path_key(path)) == 32
