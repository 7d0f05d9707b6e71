"""The settings page on real databases: the unit and the programme saved or refused
field by field, the language kept in QSettings (a temporary file, never the user's),
and accounts managed by an administrator; other roles read only."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gbv_desktop import i18n
from gbv_desktop.domain.profile import BAD_UNIT_CODE
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import AccountDisabled, StorageError, WrongPassword
from gbv_desktop.ui.pages import settings as S
from gbv_desktop.ui.pages.settings import (
    AccountsTab,
    DialogFields,
    SettingsPage,
    UsersModel,
)
from tests.conftest import PASSWORD

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

NEW_PASSWORD = "a new password 9"


def make_page(qtbot: QtBot, database: Database) -> SettingsPage:
    page = SettingsPage(database)
    qtbot.addWidget(page)
    page.resize(1100, 650)
    page.show()
    qtbot.waitExposed(page)
    return page


def sign_in_as(database: Database, username: str, password: str) -> Database:
    path = database.path
    database.close()
    return Database.open(path, username, password)


@pytest.fixture
def officer_db(db: Database) -> Iterator[Database]:
    db.add_user("hoa.tran", "officer password", "officer", "Trần Thị Hoa")
    officer = sign_in_as(db, "hoa.tran", "officer password")
    yield officer
    officer.close()


@pytest.fixture
def errors_shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """show_error's message boxes, recorded instead of shown."""
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def answer_dialogs(
    monkeypatch: pytest.MonkeyPatch, fill: Callable[[DialogFields], None]
) -> list[DialogFields]:
    """Instead of running a dialog, fill it in and press OK; returns the dialogs seen."""
    seen: list[DialogFields] = []

    def run(self: AccountsTab, dialog: QDialog) -> bool:
        assert isinstance(dialog, DialogFields)
        seen.append(dialog)
        fill(dialog)
        dialog.submit()
        return dialog.result() == QDialog.DialogCode.Accepted

    monkeypatch.setattr(AccountsTab, "_run", run)
    return seen


# -- the unit -----------------------------------------------------------------------------


def test_unit_shows_the_saved_profile(qtbot: QtBot, db: Database) -> None:
    page = make_page(qtbot, db)
    unit = page.unit
    assert unit.name.text() == "Phường Tân Lợi"
    assert unit.code.text() == "24133"
    assert unit.level.code() == "ward"
    assert unit.issuing_body.text() == "ỦY BAN NHÂN DÂN PHƯỜNG TÂN LỢI"
    assert unit.signatory_authority.text() == "TM. ỦY BAN NHÂN DÂN"
    assert "Tân Lợi, ngày" in unit.date_line.text()
    assert unit.symbol_hint.text() == "The number reads: Số: 05/BC-UBND"
    assert not unit.notice.isVisible() and unit.save_button.isVisible()


def test_bad_code_is_marked_and_nothing_saved(qtbot: QtBot, db: Database) -> None:
    page = make_page(qtbot, db)
    unit = page.unit
    before = db.profile
    audit_rows = db.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    unit.code.setText("123")
    unit.place_name.setText("Somewhere else")
    assert unit.save() is False
    row = unit.rows["code"]
    assert row.widget.property("invalid") == "true"
    assert row.error.isVisible()
    assert row.error.text() == BAD_UNIT_CODE
    assert unit.rows["name"].widget.property("invalid") == "false"
    assert unit.summary.isVisible() and "Nothing was saved" in unit.summary.text()
    assert db.profile == before
    assert db.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == audit_rows
    # What was typed stays, to be corrected.
    assert unit.code.text() == "123" and unit.place_name.text() == "Somewhere else"
    # Empty name and code: both marked at once.
    unit.name.clear()
    unit.code.clear()
    qtbot.mouseClick(unit.save_button, Qt.MouseButton.LeftButton)
    assert unit.rows["name"].widget.property("invalid") == "true"
    assert unit.rows["code"].error.text() == "This field is required."
    assert db.profile == before


def test_unit_saves_and_says_so(qtbot: QtBot, db: Database) -> None:
    page = make_page(qtbot, db)
    unit = page.unit
    unit.name.setText("Phường Tân An")
    unit.code.setText("24130")
    unit.place_name.setText("Tân An")
    unit.signatory_name.setText("Nguyễn Văn A")
    unit.signatory_title.setText("PHÓ CHỦ TỊCH")
    unit.signatory_authority.setText("KT. CHỦ TỊCH")
    unit.recipient.setText("Phòng Văn hóa – Xã hội")
    with qtbot.waitSignal(page.changed):
        qtbot.keyClick(unit.name, Qt.Key.Key_Return)  # Enter saves
    profile = db.profile
    assert (profile.name, profile.code, profile.place_name) == ("Phường Tân An", "24130", "Tân An")
    assert profile.signatory.name == "Nguyễn Văn A"
    assert profile.signatory.title == "PHÓ CHỦ TỊCH"
    assert profile.signatory.authority == "KT. CHỦ TỊCH"
    assert profile.recipient == "Phòng Văn hóa – Xã hội"
    assert unit.status.text() == "Saved."
    assert not unit.summary.isVisible()


def test_unit_undo_restores_what_is_saved(qtbot: QtBot, db: Database) -> None:
    page = make_page(qtbot, db)
    page.unit.code.setText("999")
    page.unit.save()
    qtbot.mouseClick(page.unit.revert_button, Qt.MouseButton.LeftButton)
    assert page.unit.code.text() == "24133"
    assert page.unit.rows["code"].widget.property("invalid") == "false"


def test_a_city_takes_a_short_code(qtbot: QtBot, db: Database) -> None:
    page = make_page(qtbot, db)
    page.unit.level.set_code("city")
    page.unit.code.setText("66")
    assert page.unit.save() is True
    assert (db.profile.level, db.profile.code) == ("city", "66")


# -- the programme ------------------------------------------------------------------------


def test_programme_saves_targets_phase_and_calendar(qtbot: QtBot, db: Database) -> None:
    page = make_page(qtbot, db)
    tab = page.programme
    assert tab.target_i1.value() == 60 and tab.target_i2.value() == 100
    assert tab.calendar_fields["half_year_due"].value() == (5, 15)
    assert "6-month report" in tab.calendar_preview.text()
    tab.name.setText("Chương trình giai đoạn 2026 – 2030")
    tab.start_year.setValue(2026)
    tab.end_year.setValue(2030)
    tab.target_i1.setValue(75)
    tab.target_i2.setValue(92.5)
    tab.calendar_fields["half_year_end"].setDate(QDate(2024, 6, 14))
    tab.calendar_fields["half_year_due"].setDate(QDate(2024, 6, 20))
    tab.calendar_fields["annual_due"].set_value((2, 29))
    assert "20/06" in tab.calendar_preview.text()
    with qtbot.waitSignal(page.changed):
        assert tab.save() is True
    programme = db.programme
    assert programme.name == "Chương trình giai đoạn 2026 – 2030"
    assert (programme.start_year, programme.end_year) == (2026, 2030)
    assert programme.target_i1_percent == Decimal(75)
    assert str(programme.target_i1_percent) == "75"  # kept as typed, not "75.0"
    assert programme.target_i2_percent == Decimal("92.5")
    assert programme.calendar.half_year_end == (6, 14)
    assert programme.calendar.half_year_due == (6, 20)
    assert programme.calendar.annual_due == (2, 29)
    assert programme.calendar.half_year_start == (12, 15)


def test_programme_phase_backwards_is_refused(qtbot: QtBot, db: Database) -> None:
    page = make_page(qtbot, db)
    tab = page.programme
    before = db.programme
    tab.start_year.setValue(2030)
    tab.end_year.setValue(2026)
    tab.name.setText("   ")
    assert tab.save() is False
    assert tab.rows["end_year"].widget.property("invalid") == "true"
    assert "phase must start" in tab.rows["end_year"].error.text()
    assert tab.rows["name"].error.text() == "This field is required."
    assert db.programme == before


def test_percent_decimal() -> None:
    assert str(S._percent_decimal(60.0)) == "60"
    assert str(S._percent_decimal(62.5)) == "62.5"
    assert S._percent_decimal(99.94) == Decimal("99.9")


# -- read only for other roles ------------------------------------------------------------


def test_officer_sees_unit_and_programme_read_only(qtbot: QtBot, officer_db: Database) -> None:
    page = make_page(qtbot, officer_db)
    for tab in (page.unit, page.programme):
        page.tabs.setCurrentWidget(tab)
        assert tab.notice.isVisible()
        assert "Only an administrator" in tab.notice.text()
        assert not tab.save_button.isVisible() and not tab.revert_button.isVisible()
        assert tab.save() is False
    assert page.unit.name.isReadOnly() and page.unit.code.isReadOnly()
    assert not page.unit.level.isEnabled()
    assert page.programme.target_i1.isReadOnly()
    assert page.programme.start_year.isReadOnly()
    assert page.programme.calendar_fields["annual_due"].isReadOnly()


def test_officer_sees_accounts_disabled_with_an_explanation(
    qtbot: QtBot, officer_db: Database
) -> None:
    page = make_page(qtbot, officer_db)
    page.tabs.setCurrentWidget(page.accounts)
    tab = page.accounts
    assert not tab.accounts.isEnabled() and not tab.accounts.isVisible()
    assert tab.explanation.isVisible() and "Only an administrator" in tab.explanation.text()
    assert tab.model.rowCount() == 0  # no one else's account is listed
    assert tab.my_password_button.isEnabled() and tab.my_password_button.isVisible()
    assert "Trần Thị Hoa (hoa.tran)" in tab.me_label.text()
    assert page.tabs.tabToolTip(3)


# -- language -----------------------------------------------------------------------------


@pytest.fixture
def ini_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings in an INI file under tmp_path; the previous places restored after."""
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)
    home = os.environ.get("XDG_CONFIG_HOME", "")
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, home)


def on_indicator(button: QWidget) -> QPoint:
    """Where a radio button takes clicks: its circle, not the empty width after the text."""
    return QPoint(6, button.height() // 2)


def test_language_saved_to_qsettings(
    qtbot: QtBot, db: Database, ini_settings: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "_language", "en")  # the language in force
    page = make_page(qtbot, db)
    tab = page.language
    page.tabs.setCurrentWidget(tab)
    assert tab.vietnamese.isChecked()  # Vietnamese by default
    qtbot.mouseClick(tab.english, Qt.MouseButton.LeftButton, pos=on_indicator(tab.english))
    assert tab.english.isChecked()
    stored = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "gbv-desktop", "gbv-desktop"
    )
    assert stored.value("language") == "en"
    assert (ini_settings / "gbv-desktop" / "gbv-desktop.ini").exists()
    assert tab.status.text() == "Saved."  # English is already in force
    qtbot.mouseClick(tab.vietnamese, Qt.MouseButton.LeftButton, pos=on_indicator(tab.vietnamese))
    stored.sync()
    assert stored.value("language") == "vi"
    assert "start the program again" in tab.status.text()
    assert "next time" in tab.note.text()
    # A page opened later shows what was chosen.
    again = make_page(qtbot, db)
    assert again.language.vietnamese.isChecked()


# -- accounts -----------------------------------------------------------------------------


def test_users_model(qtmodeltester: Any, db: Database) -> None:
    db.add_user("hoa.tran", "officer password", "officer", "Trần Thị Hoa")
    db.set_disabled("hoa.tran", True)
    model = UsersModel()
    model.set_users(db.users())
    qtmodeltester.check(model)
    assert [model.headerData(i, Qt.Orientation.Horizontal) for i in range(4)] == [
        "Account", "Name", "Role", "Status",
    ]  # fmt: skip
    row = [model.data(model.index(1, c)) for c in range(4)]
    assert row == ["hoa.tran", "Trần Thị Hoa", "Officer", "Disabled"]
    assert model.data(model.index(0, 3)) == "Active"


def select(tab: AccountsTab, username: str) -> None:
    for row, user in enumerate(tab.model.users):
        if user.username == username:
            tab.table.selectRow(row)
            return
    raise AssertionError(username)


def test_admin_adds_an_account(qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    page = make_page(qtbot, db)
    tab = page.accounts

    def fill(dialog: DialogFields) -> None:
        dialog.username.setText("lan.nguyen")
        dialog.display_name.setText("Nguyễn Thị Lan")
        dialog.role.set_code("case_worker")
        dialog.password.setText(NEW_PASSWORD)
        dialog.password_again.setText(NEW_PASSWORD)

    answer_dialogs(monkeypatch, fill)
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert [u.username for u in tab.model.users] == ["admin", "lan.nguyen"]
    assert tab.selected().username == "lan.nguyen"
    assert tab.status.text() == "Account lan.nguyen added."
    added = next(u for u in db.users() if u.username == "lan.nguyen")
    assert (added.role, added.display_name) == ("case_worker", "Nguyễn Thị Lan")
    Database.open(db.path, "lan.nguyen", NEW_PASSWORD).close()


def test_add_account_errors_are_marked(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, db)
    cases = iter(
        [
            ("new.one", "long enough 1", "different 2", "password_again"),
            ("new.one", "short", "short", "password"),
            ("Đức", "long enough 1", "long enough 1", "username"),
            ("ADMIN", "long enough 1", "long enough 1", "username"),
        ]
    )
    marked: list[str] = []

    def fill(dialog: DialogFields) -> None:
        username, first, second, expected = next(cases)
        dialog.username.setText(username)
        dialog.password.setText(first)
        dialog.password_again.setText(second)
        marked.append(expected)

    seen = answer_dialogs(monkeypatch, fill)
    for _ in range(4):
        page.accounts.add_account()
    for dialog, field in zip(seen, marked, strict=True):
        assert dialog.result() != QDialog.DialogCode.Accepted
        invalid = [n for n, r in dialog.rows.items() if r.widget.property("invalid") == "true"]
        assert invalid == [field], (field, invalid)
        assert dialog.rows[field].error.text()
    assert "already taken" in seen[3].rows["username"].error.text()
    assert [u.username for u in db.users()] == ["admin"]


def test_admin_disables_enables_and_resets(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.add_user("hoa.tran", "officer password", "officer", "Trần Thị Hoa")
    page = make_page(qtbot, db)
    tab = page.accounts
    # One's own account cannot be disabled from here.
    select(tab, "admin")
    assert not tab.disable_button.isEnabled()
    assert tab.disable_button.toolTip()

    select(tab, "hoa.tran")
    assert tab.disable_button.isEnabled() and tab.disable_button.text() == "&Disable"
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.disable_button, Qt.MouseButton.LeftButton)
    assert next(u for u in db.users() if u.username == "hoa.tran").disabled
    assert tab.model.data(tab.model.index(1, 3)) == "Disabled"
    assert tab.disable_button.text() == "&Enable…"
    assert not tab.reset_button.isEnabled()
    with pytest.raises((AccountDisabled, WrongPassword)):
        Database.open(db.path, "hoa.tran", "officer password")

    def fill(dialog: DialogFields) -> None:
        dialog.password.setText(NEW_PASSWORD)
        dialog.password_again.setText(NEW_PASSWORD)

    seen = answer_dialogs(monkeypatch, fill)
    qtbot.mouseClick(tab.disable_button, Qt.MouseButton.LeftButton)  # enable, new password
    assert "give the account a new password" in seen[0].intro.text()
    assert not next(u for u in db.users() if u.username == "hoa.tran").disabled
    Database.open(db.path, "hoa.tran", NEW_PASSWORD).close()

    def fill_reset(dialog: DialogFields) -> None:
        dialog.password.setText("reset password 3")
        dialog.password_again.setText("reset password 3")

    answer_dialogs(monkeypatch, fill_reset)
    select(tab, "hoa.tran")
    qtbot.mouseClick(tab.reset_button, Qt.MouseButton.LeftButton)
    assert tab.status.text() == "The password of hoa.tran has been reset."
    Database.open(db.path, "hoa.tran", "reset password 3").close()
    with pytest.raises(WrongPassword):
        Database.open(db.path, "hoa.tran", NEW_PASSWORD)


def test_disable_cancelled_changes_nothing(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    db.add_user("hoa.tran", "officer password", "officer")
    page = make_page(qtbot, db)
    select(page.accounts, "hoa.tran")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.accounts.toggle_disabled()
    assert not any(u.disabled for u in db.users())


def test_storage_errors_are_shown(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, errors_shown: list[str]
) -> None:
    db.add_user("boss", "boss password 1", "administrator")
    page = make_page(qtbot, db)
    select(page.accounts, "boss")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    def refuse(username: str, disabled: bool) -> None:
        from gbv_desktop.domain.messages import Message
        from gbv_desktop.storage.database import LAST_ADMIN

        raise StorageError(Message("StorageError", LAST_ADMIN))

    monkeypatch.setattr(db, "set_disabled", refuse)
    page.accounts.toggle_disabled()
    assert errors_shown == ["At least one active administrator must remain."]


def test_change_my_own_password(
    qtbot: QtBot, officer_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, officer_db)
    tab = page.accounts
    attempts = iter(["wrong password", "officer password"])

    def fill(dialog: DialogFields) -> None:
        dialog.current.setText(next(attempts))
        dialog.password.setText(NEW_PASSWORD)
        dialog.password_again.setText(NEW_PASSWORD)

    seen = answer_dialogs(monkeypatch, fill)
    tab.change_my_password()
    assert seen[0].rows["current"].error.text() == "This is not your current password."
    assert seen[0].result() != QDialog.DialogCode.Accepted
    qtbot.mouseClick(tab.my_password_button, Qt.MouseButton.LeftButton)
    assert tab.status.text() == "Your password has been changed."
    path = officer_db.path
    officer_db.close()
    Database.open(path, "hoa.tran", NEW_PASSWORD).close()
    with pytest.raises(WrongPassword):
        Database.open(path, "hoa.tran", "officer password")


def test_admin_changes_own_password(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, db)

    def fill(dialog: DialogFields) -> None:
        dialog.current.setText(PASSWORD)
        dialog.password.setText(NEW_PASSWORD)
        dialog.password_again.setText(NEW_PASSWORD)

    answer_dialogs(monkeypatch, fill)
    page.accounts.change_my_password()
    db.close()
    Database.open(db.path, "admin", NEW_PASSWORD).close()


def test_refresh_shows_what_is_saved(qtbot: QtBot, db: Database) -> None:
    page = make_page(qtbot, db)
    page.unit.code.setText("11111")
    profile = db.profile
    profile.place_name = "Tân Lợi mới"
    db.set_profile(profile)
    page.refresh()
    assert page.unit.code.text() == "24133"
    assert page.unit.place_name.text() == "Tân Lợi mới"
