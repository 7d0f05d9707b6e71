"""The first-run wizard, driven through its widgets: every page filled, the database
created off the GUI thread, the recovery key handed over before Finish is allowed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6 import QtPrintSupport
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
    QWizard,
)
from pytestqt.qtbot import QtBot

from gbv_desktop import i18n
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import WrongPassword
from gbv_desktop.storage.keys import keys_path
from gbv_desktop.ui.setup_wizard import LAST_USER, SetupWizard, app_settings, password_strength
from tests.conftest import PASSWORD

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings in a throw-away INI folder, never the developer's own."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@pytest.fixture(autouse=True)
def _never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A question box would wait for a click: answer "yes" unless a test says otherwise
    (closing the wizard at teardown after the database was created asks one)."""
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)


@pytest.fixture
def language(qapp) -> Iterator[Callable[[str], None]]:
    previous = i18n._language

    def switch(lang: str) -> None:
        i18n.install(lang, qapp)

    yield switch
    if previous is not None:
        i18n.install(previous, qapp)


@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path, language) -> Iterator[SetupWizard]:
    language("en")
    wizard = SetupWizard(tmp_path / "data" / "unit.db")
    qtbot.addWidget(wizard)
    wizard.show()
    yield wizard
    if wizard.database is not None:
        wizard.database.close()


def type_into(widget: QWidget, text: str) -> None:
    """Type `text` at the cursor, one key event per character (QTest.keyClicks only
    knows ASCII, and Vietnamese names are not)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def fill_unit(qtbot: QtBot, wizard: SetupWizard, code: str = "24133") -> None:
    assert wizard.currentPage() is wizard.unit_page
    type_into(wizard.unit_name, "Tân Lợi")
    wizard.unit_code.setText(code)


def to_account_page(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.next()
    fill_unit(qtbot, wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.signatory_page
    wizard.next()
    assert wizard.currentPage() is wizard.programme_page
    wizard.next()
    assert wizard.currentPage() is wizard.account_page


def create(qtbot: QtBot, wizard: SetupWizard, password: str = PASSWORD) -> None:
    wizard.username.setText("lan.nguyen")
    wizard.display_name.setText("Nguyễn Thị Lan")
    wizard.passwords.first.setText(password)
    wizard.passwords.second.setText(password)
    with qtbot.waitSignal(wizard.currentIdChanged, timeout=10_000):
        wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.currentPage() is wizard.recovery_page


def test_every_page_filled_creates_database_that_opens_with_password_and_key(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    path = wizard.path
    assert wizard.currentPage() is wizard.welcome_page
    path_label = wizard.welcome_page.findChild(QLabel, "database_path")
    assert path_label is not None and path_label.text() == str(path)
    wizard.next()

    # Unit: the defaults follow the name and level until the officer edits them.
    fill_unit(qtbot, wizard)
    assert wizard.place_name.text() == "Tân Lợi"
    assert wizard.issuing_body.text() == "ỦY BAN NHÂN DÂN PHƯỜNG TÂN LỢI"
    wizard.unit_level.set_code("commune")
    assert wizard.issuing_body.text() == "ỦY BAN NHÂN DÂN XÃ TÂN LỢI"
    wizard.unit_level.set_code("ward")
    wizard.recipient.clear()
    type_into(wizard.recipient, "Phòng Văn hóa - Xã hội")
    type_into(wizard.parent_body, "UBND THÀNH PHỐ BUÔN MA THUỘT")
    type_into(wizard.unit_name, " Mới")
    assert wizard.place_name.text() == "Tân Lợi Mới"  # still the suggestion
    assert wizard.recipient.text() == "Phòng Văn hóa - Xã hội"  # edited: kept
    wizard.next()

    # Signatory, with its preview.
    assert wizard.currentPage() is wizard.signatory_page
    wizard.signatory_title.setCurrentText("PHÓ CHỦ TỊCH")
    wizard.signatory_authority.setCurrentText("KT. CHỦ TỊCH")
    type_into(wizard.signatory_name, "Nguyễn Văn An")
    assert "Nguyễn Văn An" in wizard.signature_preview.text()
    assert "PHÓ CHỦ TỊCH" in wizard.signature_preview.text()
    wizard.next()

    # Programme: the 2021–2025 plan by default, editable.
    assert wizard.currentPage() is wizard.programme_page
    assert wizard.target_i1.value() == 60 and wizard.target_i2.value() == 100
    assert "2021 – 2025" in wizard.programme_name.toPlainText()
    wizard.target_i1.setValue(70)
    wizard.end_year.setValue(2030)
    wizard.next()

    # Account, then the database is created off the GUI thread.
    assert wizard.currentPage() is wizard.account_page
    assert not path.exists()
    create(qtbot, wizard)
    assert path.exists() and keys_path(path).exists()
    assert (
        wizard.button(QWizard.WizardButton.BackButton).isHidden()
        or not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    )

    # The key is shown large; Finish waits for the confirmation.
    key = wizard.key_panel.key()
    assert len(key) == 39 and key.count("-") == 7
    assert wizard.key_panel.key_label.text() == key
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    wizard.accept()  # Enter on the last page: refused while unticked
    assert wizard.isVisible() and wizard.result() != QDialog.DialogCode.Accepted
    wizard.key_panel.confirm_box.click()
    assert finish.isEnabled()
    finish.click()
    assert wizard.result() == QDialog.DialogCode.Accepted

    database = wizard.database
    assert database is not None
    profile = database.profile
    assert profile.name == "Phường Tân Lợi Mới"
    assert profile.code == "24133" and profile.level == "ward"
    assert profile.place_name == "Tân Lợi Mới"
    assert profile.recipient == "Phòng Văn hóa - Xã hội"
    assert profile.parent_body == "UBND THÀNH PHỐ BUÔN MA THUỘT"
    assert profile.signatory.name == "Nguyễn Văn An"
    assert profile.signatory.title == "PHÓ CHỦ TỊCH"
    assert profile.signatory.authority == "KT. CHỦ TỊCH"
    assert database.programme.target_i1_percent == Decimal(70)
    assert database.programme.phase == (2021, 2030)
    assert database.user.username == "lan.nguyen"
    assert database.user.display_name == "Nguyễn Thị Lan"
    assert database.user.is_admin
    assert app_settings().value(LAST_USER) == "lan.nguyen"
    database.close()
    wizard.database = None

    Database.open(path, "lan.nguyen", PASSWORD).close()
    Database.open_with_recovery(path, key, "lan.nguyen").close()
    with pytest.raises(WrongPassword):
        Database.open(path, "lan.nguyen", "not the password")


def test_bad_unit_code_is_marked_and_the_page_does_not_advance(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    wizard.next()
    fill_unit(qtbot, wizard, code="241")
    wizard.next()
    assert wizard.currentPage() is wizard.unit_page
    error = wizard.unit_rows.rows["code"].error
    assert error.isVisible() and "5 digits" in error.text()
    assert wizard.unit_code.property("invalid") == "true"
    wizard.unit_code.setText("24133")
    assert not error.isVisible()  # typing clears the mark
    wizard.next()
    assert wizard.currentPage() is wizard.signatory_page
    assert not wizard.path.exists()


def test_empty_unit_name_is_required(qtbot: QtBot, wizard: SetupWizard) -> None:
    wizard.next()
    wizard.unit_code.setText("24133")
    wizard.next()
    assert wizard.currentPage() is wizard.unit_page
    assert "required" in wizard.unit_rows.rows["name"].error.text()


def test_messages_are_in_the_users_language(qtbot: QtBot, wizard: SetupWizard, language) -> None:
    language("vi")
    wizard.next()
    fill_unit(qtbot, wizard, code="12")
    wizard.next()
    assert "Mã phường, xã gồm đúng 5 chữ số" in wizard.unit_rows.rows["code"].error.text()


def test_short_password_and_mismatch_are_marked_and_nothing_is_created(
    qtbot: QtBot, wizard: SetupWizard
) -> None:
    to_account_page(qtbot, wizard)
    wizard.username.setText("admin")
    wizard.passwords.first.setText("short")
    wizard.passwords.second.setText("short")
    assert "Too short" in wizard.passwords.strength.text()
    wizard.next()
    assert wizard.currentPage() is wizard.account_page
    assert "at least 8 characters" in wizard.account_rows.rows["password"].error.text()
    assert wizard.passwords.first.property("invalid") == "true"

    wizard.passwords.first.setText("long enough 1")
    wizard.passwords.second.setText("long enough 2")
    wizard.next()
    assert wizard.currentPage() is wizard.account_page
    assert "differ" in wizard.account_rows.rows["password2"].error.text()

    wizard.username.setText("Đức")  # account names are ASCII
    wizard.passwords.second.setText("long enough 1")
    wizard.next()
    assert wizard.currentPage() is wizard.account_page
    assert "without accents" in wizard.account_rows.rows["username"].error.text()
    assert wizard._task is None
    assert not wizard.path.exists() and not keys_path(wizard.path).exists()


def test_creation_failure_says_so_and_leaves_nothing(
    qtbot: QtBot, tmp_path: Path, language
) -> None:
    language("en")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    wizard = SetupWizard(blocker / "unit.db")
    qtbot.addWidget(wizard)
    wizard.show()
    to_account_page(qtbot, wizard)
    wizard.username.setText("admin")
    wizard.passwords.first.setText(PASSWORD)
    wizard.passwords.second.setText(PASSWORD)
    wizard.next()
    qtbot.waitUntil(lambda: not wizard._busy, timeout=10_000)
    assert wizard.currentPage() is wizard.account_page
    assert wizard.database is None
    assert wizard.create_error.isVisible()
    assert "not created" in wizard.create_error.text()
    assert str(blocker) in wizard.create_error.text()
    assert blocker.is_file() and sorted(p.name for p in tmp_path.iterdir()) == ["not-a-folder"]
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()


def test_password_strength_hint() -> None:
    assert password_strength("short") == 0
    assert password_strength("password") == 1
    assert password_strength("12345678") == 1
    assert password_strength("abcdefgh") == 1
    assert password_strength("Ngay2thang9") == 2
    assert password_strength("correct horse battery") == 3


# -- the recovery-key page -------------------------------------------------------------


@pytest.fixture
def key_page(qtbot: QtBot, wizard: SetupWizard) -> SetupWizard:
    to_account_page(qtbot, wizard)
    create(qtbot, wizard)
    return wizard


def test_save_key_as_text_and_pdf(
    key_page: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = key_page.key_panel
    text_file = tmp_path / "kept" / "recovery.txt"
    text_file.parent.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(text_file), "Text file (*.txt)")
    )
    panel.save_button.click()
    content = text_file.read_text("utf-8")
    assert panel.key() in content and "Phường Tân Lợi" in content
    assert str(text_file) in panel.status.text()
    assert not list(text_file.parent.glob(".*.tmp"))  # written atomically

    pdf = tmp_path / "kept" / "recovery"  # no suffix: PDF by default
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(pdf), "PDF document (*.pdf)")
    )
    panel.save_button.click()
    assert (tmp_path / "kept" / "recovery.pdf").read_bytes().startswith(b"%PDF")


def test_save_key_failure_is_shown(
    key_page: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "missing-folder" / "key.txt"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Text file (*.txt)")
    )
    key_page.key_panel.save_button.click()
    assert "Could not write" in key_page.key_panel.status.text()
    assert not target.exists()


def test_print_key_renders_the_sheet(
    key_page: SetupWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "printed.pdf"

    class FakePrintDialog:
        DialogCode = QDialog.DialogCode

        def __init__(self, printer: QtPrintSupport.QPrinter, parent: object = None) -> None:
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            self.printer.setOutputFormat(QtPrintSupport.QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(out))
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QtPrintSupport, "QPrintDialog", FakePrintDialog)
    key_page.key_panel.print_button.click()
    assert out.read_bytes().startswith(b"%PDF")
    assert "printer" in key_page.key_panel.status.text()


def test_copied_key_leaves_the_clipboard_when_finished(key_page: SetupWizard) -> None:
    clipboard = QGuiApplication.clipboard()
    key_page.key_panel.copy_button.click()
    assert clipboard.text() == key_page.key_panel.key()
    key_page.key_panel.confirm_box.click()
    key_page.button(QWizard.WizardButton.FinishButton).click()
    assert clipboard.text() == ""


def test_closing_before_keeping_the_key_asks_first(
    key_page: SetupWizard, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.No)
    key_page.reject()
    assert key_page.isVisible() and key_page.database is not None

    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Yes)
    key_page.reject()
    assert key_page.result() == QDialog.DialogCode.Rejected
    assert key_page.database is None  # closed: the key dropped
    # The database stays: the officer signs in with the password next time.
    Database.open(key_page.path, "lan.nguyen", PASSWORD).close()


def test_cancel_before_creating_creates_nothing(qtbot: QtBot, wizard: SetupWizard) -> None:
    to_account_page(qtbot, wizard)
    wizard.reject()
    assert wizard.result() == QDialog.DialogCode.Rejected
    assert not wizard.path.exists()
