"""Backups in the window: made after changes and when quitting (off the GUI thread), the
Backups page (administrators), restoring in one step, and the sign-in dialog offering
the newest good backup of a damaged database."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from gbv_desktop import i18n
from gbv_desktop.domain.records import Activity
from gbv_desktop.storage import autobackup, backup
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.keys import keys_path
from gbv_desktop.storage.records import RecordStore
from gbv_desktop.ui import errors as errors_module
from gbv_desktop.ui.main_window import MainWindow
from gbv_desktop.ui.pages import backups as backups_module
from gbv_desktop.ui.pages.backups import (
    DAMAGED,
    GOOD,
    BackupScheduler,
    BackupsModel,
    BackupsPage,
    copy_folder,
)
from gbv_desktop.ui.session import Session
from gbv_desktop.ui.signin import SignInDialog
from tests.conftest import PASSWORD


def _pyside_emit_refcount_guard() -> None:
    """PySide6 6.12.0: `SignalInstance.emit()` returns True without a new reference, so
    every emit from Python takes one reference from True and the interpreter aborts
    ("bool_dealloc") once enough have been emitted. Until the application guards
    against it at start-up (requested of ui/app.py and tests/conftest.py), keep True
    alive for the test session, as Python 3.12 does for every such singleton."""
    import ctypes

    ctypes.c_ssize_t.from_address(id(True)).value += 1 << 32


_pyside_emit_refcount_guard()


TODAY = date(2025, 6, 30)


@pytest.fixture(autouse=True)
def settings(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "settings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


@pytest.fixture(autouse=True)
def english(qapp: Any) -> Iterator[None]:
    previous = i18n._language
    i18n.install("en", qapp)
    yield
    if previous is not None:
        i18n.install(previous, qapp)


@pytest.fixture
def messages(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box, answered without blocking."""
    shown: list[tuple[str, str]] = []

    def record(kind: str) -> Any:
        def box(_parent: Any, title: str, text: str, *a: Any, **k: Any) -> Any:
            shown.append((kind, text))
            return QMessageBox.StandardButton.Ok

        return box

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(("exec", self.text())) or 0)
    return shown


def _activity(title: str = "Nói chuyện") -> Activity:
    return Activity(
        start_date=date(2025, 3, 8), title=title, form="talk", setting="school", attendance_total=9
    )


def _home(db: Database) -> Path:
    return db.path.parent / "backups"


def _backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.gbvbak")) if folder.exists() else []


def _wait_idle(qtbot: QtBot, scheduler: BackupScheduler) -> None:
    qtbot.waitUntil(lambda: not scheduler.running, timeout=10_000)


# -- automatic backups ----------------------------------------------------------------


def test_a_change_makes_a_backup_off_the_gui_thread(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    scheduler = window.backups
    assert scheduler.due.isActive()  # the first look comes a little after opening
    assert _backups(_home(db)) == []
    window.record_pages["activity"].store.save(_activity(), today=TODAY)
    with qtbot.waitSignal(scheduler.finished, timeout=10_000) as finished:
        window.record_pages["activity"].changed.emit()  # what saving a form does
        assert scheduler.running
    run = finished.args[0]
    [made] = _backups(_home(db))
    assert run.made[0].path == made
    assert "Backup made and checked" in window.statusBar().currentMessage()
    assert scheduler.last.marker == autobackup.marker(db.conn)
    # Nothing changed since: no new backup, nothing planned.
    scheduler.check()
    assert not scheduler.running and not scheduler.due.isActive()


def test_changes_within_30_minutes_wait_for_their_turn(qtbot: QtBot, db: Database) -> None:
    autobackup.run_backup(db)  # a backup just now
    now = [datetime.now()]
    scheduler = BackupScheduler(db, clock=lambda: now[0])
    scheduler.start(first_check_ms=60_000)
    RecordStore(db).save(_activity(), today=TODAY)
    scheduler.check()
    assert not scheduler.running
    assert scheduler.due.isActive()
    assert 29 * 60_000 < scheduler.due.remainingTime() <= 31 * 60_000
    # Half an hour later the plan fires and the backup is made.
    now[0] += timedelta(minutes=31)
    with qtbot.waitSignal(scheduler.finished, timeout=10_000):
        scheduler.check()  # what the planned timer calls
    assert len(_backups(_home(db))) == 2
    scheduler.stop()


def test_quitting_after_changes_makes_a_backup_first(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    RecordStore(db).save(_activity(), today=TODAY)
    with qtbot.waitSignal(window.closed, timeout=10_000):
        window.findChild(type(window.lock_action), "action_quit").trigger()
        assert window.backups.running  # the window waits for the backup
    [made] = _backups(_home(db))
    with Database.open(made, "admin", PASSWORD) as copy:
        assert [r.title for r in RecordStore(copy).all("activity")] == ["Nói chuyện"]


def test_quitting_without_changes_closes_at_once(qtbot: QtBot, db: Database) -> None:
    autobackup.run_backup(db)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.closed, timeout=2000):
        window.quit()
    assert len(_backups(_home(db))) == 1


def test_locking_does_not_wait_for_a_backup(qtbot: QtBot, db: Database, monkeypatch: Any) -> None:
    monkeypatch.setattr(Session, "unlock", lambda self: None)
    session = Session(db.path)
    window = session.open(db)
    qtbot.addWidget(window)
    RecordStore(db).save(_activity(), today=TODAY)
    window.lock_requested.emit()
    qtbot.waitUntil(lambda: session.is_locked, timeout=5000)
    assert _backups(_home(db)) == []


def test_a_failed_backup_at_exit_is_said_and_the_window_closes(
    qtbot: QtBot, db: Database, messages: list[tuple[str, str]], monkeypatch: Any
) -> None:
    from gbv_desktop.storage.errors import DiskFull

    def full(*_a: Any, **_k: Any) -> Any:
        raise DiskFull()

    monkeypatch.setattr(autobackup, "run_backup", full)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    RecordStore(db).save(_activity(), today=TODAY)
    with qtbot.waitSignal(window.closed, timeout=10_000):
        window.quit()
    assert [k for k, _ in messages] == ["warning"]
    assert "disk is full" in messages[0][1]


# -- the page --------------------------------------------------------------------------


def test_only_administrators_see_backups_and_the_change_log(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert {"backups", "audit"} <= set(window.pages)
    db.add_user("lan", PASSWORD, "officer")
    with Database.open(db.path, "lan", PASSWORD) as officer_db:
        officer = MainWindow(officer_db)
        qtbot.addWidget(officer)
        assert "backups" not in officer.pages and "audit" not in officer.pages
        assert officer.backups_page is None and officer.audit_page is None
        officer.close()


def test_backups_model(qtmodeltester: Any, db: Database) -> None:
    autobackup.run_backup(db)
    db.backup(_home(db), "manual")
    model = BackupsModel()
    model.set_entries(backup.find_backups(db.path, _home(db)), _home(db))
    model.set_status(model.entries[0].path, GOOD)
    model.set_status(model.entries[1].path, DAMAGED)
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    row = [model.index(0, c).data() for c in range(model.columnCount())]
    assert row[1] in ("Made by hand", "Automatic") and row[3] == "Data folder"
    assert {model.index(r, 4).data() for r in range(2)} == {"Good", "Damaged — do not use"}


def _page(qtbot: QtBot, db: Database) -> tuple[MainWindow, BackupsPage]:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.show_page("backups")
    page = window.backups_page
    assert page is not None
    qtbot.waitUntil(lambda: not page.checking, timeout=10_000)
    return window, page


def test_the_page_lists_and_checks_every_backup(qtbot: QtBot, db: Database) -> None:
    RecordStore(db).save(_activity(), today=TODAY)
    good = autobackup.run_backup(db).made[0].path
    bad = db.backup(_home(db), "manual").path
    raw = bytearray(bad.read_bytes())
    raw[len(raw) // 2] ^= 0x10
    bad.write_bytes(bytes(raw))
    _window, page = _page(qtbot, db)
    assert page.model.rowCount() == 2
    assert page.model.status == {good: GOOD, bad: DAMAGED}
    # A damaged backup cannot be restored.
    page.table.selectRow([e.path for e in page.model.entries].index(bad))
    assert not page.restore_button.isEnabled()
    page.table.selectRow([e.path for e in page.model.entries].index(good))
    assert page.restore_button.isEnabled()


def test_back_up_now_adds_a_checked_backup(qtbot: QtBot, db: Database) -> None:
    window, page = _page(qtbot, db)
    assert page.empty.isVisible() and page.model.rowCount() == 0
    with qtbot.waitSignal(window.backups.finished, timeout=10_000):
        page.backup_button.click()
        assert not page.backup_button.isEnabled()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.checking, timeout=10_000)
    assert page.model.index(0, 1).data() == "Made by hand"
    assert page.model.index(0, 4).data() == "Good"
    assert "Backup made and checked" in page.status.text()
    assert page.backup_button.isEnabled()


def test_back_up_to_a_chosen_drive(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    window, page = _page(qtbot, db)
    with qtbot.waitSignal(window.backups.finished, timeout=10_000):
        page.backup_to_button.click()
    [made] = _backups(stick)
    assert "-manual" in made.name and keys_path(made).exists()
    assert str(made) in page.status.text()
    assert _backups(_home(db)) == []  # only where it was asked for


def test_a_second_folder_gets_a_copy_of_every_backup(
    qtbot: QtBot, db: Database, tmp_path: Path, monkeypatch: Any
) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    window, page = _page(qtbot, db)
    assert page.copy_label.text() == "(not set)" and not page.stop_copy_button.isEnabled()
    with qtbot.waitSignal(window.backups.finished, timeout=10_000):
        page.choose_button.click()  # sets the folder and makes a first copy
    assert copy_folder(db.path) == stick
    assert page.copy_label.text() == str(stick)
    assert len(_backups(stick)) == 1 and len(_backups(_home(db))) == 1
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.checking, timeout=10_000)
    assert {page.model.index(r, 3).data() for r in range(2)} == {"Data folder", str(stick)}
    # The change is in the change log, without the path.
    entry = db.conn.execute(
        "SELECT summary FROM audit WHERE record_kind = 'settings' ORDER BY id DESC LIMIT 1"
    ).fetchone()[0]
    assert "backup_copy_folder" in entry and str(stick) not in entry
    # The drive is unplugged: the next backup is made in the data folder and says so.
    stick.rename(tmp_path / "usb-away")
    page._show_copy_folder()
    assert "not connected" in page.copy_label.text()
    with qtbot.waitSignal(window.backups.finished, timeout=10_000):
        page.backup_button.click()
    assert len(_backups(_home(db))) == 2
    assert "was not made" in page.status.text()
    page.stop_copy_button.click()
    assert copy_folder(db.path) is None


def test_restore_in_one_step_from_the_page(
    qtbot: QtBot, db: Database, monkeypatch: Any, messages: list[tuple[str, str]]
) -> None:
    store = RecordStore(db)
    store.save(_activity("Trước sao lưu"), today=TODAY)
    kept = autobackup.run_backup(db).made[0]
    store.save(_activity("Sau sao lưu"), today=TODAY)
    path = db.path

    signed_in: list[Database] = []

    def sign_in(dialog: SignInDialog) -> int:
        dialog.database = Database.open(dialog.path, "admin", PASSWORD)
        signed_in.append(dialog.database)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SignInDialog, "exec", sign_in)
    monkeypatch.setattr(backups_module, "confirm", lambda *a, **k: True)
    session = Session(path)
    window = session.open(db, "backups")
    qtbot.addWidget(window)
    page = window.backups_page
    assert page is not None
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.checking, timeout=10_000)
    page.table.selectRow(0)
    page.restore_button.click()

    qtbot.waitUntil(lambda: bool(signed_in) and session.window is not None, timeout=10_000)
    new_window = session.window
    assert new_window is not window
    qtbot.addWidget(new_window)
    assert new_window.current_page_key() == "backups"  # back where the officer was
    restored = signed_in[0]
    assert [r.title for r in RecordStore(restored).all("activity")] == ["Trước sao lưu"]
    assert all(b == 0 for b in db._key)  # the old session's key was dropped
    assert kept.path.exists()
    [aside] = [e for e in backup.find_backups(path, _home(restored)) if e.kind == "replaced"]
    with Database.open(aside.path, "admin", PASSWORD) as replaced:
        titles = sorted(r.title for r in RecordStore(replaced).all("activity"))
        assert titles == ["Sau sao lưu", "Trước sao lưu"]
    assert [k for k, _ in messages] == ["information"]
    assert aside.path.name in messages[0][1]
    new_window.close()


def test_restoring_a_backup_of_another_database_is_refused(
    qtbot: QtBot, db: Database, make_db: Any, monkeypatch: Any, messages: list[tuple[str, str]]
) -> None:
    other = make_db("other.db")
    foreign = other.backup(other.path.parent / "elsewhere").path
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(foreign), ""))
    requested: list[Path] = []
    _window, page = _page(qtbot, db)
    page.restore_requested.connect(requested.append)
    page.restore_file_button.click()
    assert requested == []
    assert messages and "belongs to another database" in messages[0][1]


def test_a_damaged_backup_is_not_restored_and_nothing_changes(
    qtbot: QtBot, db: Database, messages: list[tuple[str, str]]
) -> None:
    info = db.backup(_home(db))
    path, key = db.path, db.data_key
    db.close()
    raw = bytearray(info.path.read_bytes())
    raw[len(raw) // 2] ^= 0x08
    info.path.write_bytes(bytes(raw))
    before = path.read_bytes()
    assert not backups_module.restore_with_progress(path, info.path, key)
    assert path.read_bytes() == before
    assert [k for k, _ in messages] == ["warning"]
    assert "not restored" in messages[0][1] and "not changed" in messages[0][1]


# -- a damaged database at sign-in --------------------------------------------------------


def _damage(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[len(raw) - 100] ^= 0x01
    path.write_bytes(bytes(raw))


def test_sign_in_to_a_damaged_database_offers_the_newest_good_backup(
    qtbot: QtBot, db: Database, monkeypatch: Any, messages: list[tuple[str, str]]
) -> None:
    store = RecordStore(db)
    store.save(_activity("Trong sao lưu"), today=TODAY)
    autobackup.run_backup(db)
    path = db.path
    db.close()
    _damage(path)
    damaged = path.read_bytes()

    dialog = SignInDialog(path)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText(PASSWORD)
    assert not dialog.restore_button.isVisible()
    dialog.show()
    dialog.sign_in()
    qtbot.waitUntil(lambda: dialog.restore_button.isVisible(), timeout=5000)
    assert "damaged" in dialog.error_label.text()
    assert dialog.damage_label.isVisible()

    questions: list[str] = []
    monkeypatch.setattr(
        errors_module, "confirm", lambda _p, _t, text, *a: questions.append(text) or True
    )
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.restore_button.click()
    assert questions and "kept in the backups folder" in questions[0]
    database = dialog.database
    assert database is not None
    try:
        assert [r.title for r in RecordStore(database).all("activity")] == ["Trong sao lưu"]
    finally:
        database.close()
    [aside] = [
        e for e in backup.find_backups(path, path.parent / "backups") if e.kind == "replaced"
    ]
    assert aside.path.read_bytes() == damaged
    assert [k for k, _ in messages] == ["information"]
    assert "has been restored" in messages[0][1]


def test_a_damaged_database_without_a_good_backup_says_so(
    qtbot: QtBot, db: Database, monkeypatch: Any
) -> None:
    path = db.path
    db.close()
    _damage(path)
    dialog = SignInDialog(path)
    qtbot.addWidget(dialog)
    dialog.username.setText("admin")
    dialog.password.setText(PASSWORD)
    dialog.sign_in()
    qtbot.waitUntil(lambda: not dialog.restore_button.isHidden(), timeout=5000)
    monkeypatch.setattr(errors_module, "confirm", lambda *a: pytest.fail("nothing to confirm"))
    dialog.restore_newest()
    qtbot.waitUntil(lambda: "No backup" in dialog.error_label.text(), timeout=5000)
    assert str(path.parent / "backups") in dialog.error_label.text()
    # A wrong password never finds, verifies or restores anything.
    dialog.password.setText("not the password")
    dialog.restore_newest()
    qtbot.waitUntil(lambda: "Wrong account name" in dialog.error_label.text(), timeout=5000)
    dialog.reject()
