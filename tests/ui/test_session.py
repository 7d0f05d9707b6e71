"""Locking: the database closes, the key is overwritten, no page keeps record data."""

from __future__ import annotations

from datetime import date

import pytest
import sqlcipher3
from PySide6.QtWidgets import QApplication

from gbv_desktop.domain import demo
from gbv_desktop.storage.records import RecordStore
from gbv_desktop.ui import session as session_module
from gbv_desktop.ui.session import Session


@pytest.fixture
def filled(db):
    RecordStore(db).save_many(
        list(demo.generate(seed=2, years=1, end=date(2025, 12, 31))), today=date(2025, 12, 31)
    )
    return db


def test_lock_closes_database_and_drops_every_row(qtbot, filled, monkeypatch) -> None:
    unlocks = []
    monkeypatch.setattr(Session, "unlock", lambda self: unlocks.append(self.locked_page))
    session = Session(filled.path)
    window = session.open(filled)
    qtbot.addWidget(window)
    window.show_page("cases")
    page = window.record_pages["case"]
    assert page.model.rowCount() > 0 and page.model.cached_rows >= 0
    page.model.data(page.model.index(0, 0))
    assert page.model.cached_rows > 0

    window.lock_requested.emit()  # what Ctrl+L does
    qtbot.waitUntil(lambda: unlocks == ["cases"], timeout=5000)

    assert session.is_locked
    assert page.model.rowCount() == 0 and page.model.cached_rows == 0
    assert all(b == 0 for b in filled._key), "the key must be overwritten in memory"
    with pytest.raises(sqlcipher3.ProgrammingError, match="closed"):
        filled.conn.execute("SELECT 1")
    assert QApplication.instance().quitOnLastWindowClosed() is False


def test_idle_time_locks(qtbot, filled, monkeypatch) -> None:
    unlocks = []
    monkeypatch.setattr(Session, "unlock", lambda self: unlocks.append(self.locked_page))
    monkeypatch.setattr(session_module, "idle_minutes", lambda: 1)
    session = Session(filled.path)
    window = session.open(filled)
    qtbot.addWidget(window)
    window.show_page("activities")
    assert session.idle.isActive() and session.idle.interval() == 60_000
    session.idle.setInterval(50)  # a minute is long for a test: same timer, shorter wait
    session.idle.start()
    qtbot.waitUntil(lambda: unlocks == ["activities"], timeout=5000)
    assert session.is_locked


def test_open_forms_are_closed_when_locking(qtbot, filled, monkeypatch) -> None:
    from PySide6.QtCore import QTimer

    unlocks = []
    monkeypatch.setattr(Session, "unlock", lambda self: unlocks.append(self.locked_page))
    session = Session(filled.path)
    window = session.open(filled)
    qtbot.addWidget(window)
    window.show_page("activities")
    page = window.record_pages["activity"]
    # Lock while a form is open in its own (modal) event loop.
    QTimer.singleShot(100, window.lock_requested.emit)
    page.new_record()  # returns when the lock closes the form
    qtbot.waitUntil(lambda: unlocks == ["activities"], timeout=5000)
    assert page.open_forms == []


def test_lock_action_locks(qtbot, filled, monkeypatch) -> None:
    unlocks = []
    monkeypatch.setattr(Session, "unlock", lambda self: unlocks.append(self.locked_page))
    session = Session(filled.path)
    window = session.open(filled)
    qtbot.addWidget(window)
    assert window.lock_action.shortcut().toString() == "Ctrl+L"
    window.lock_action.trigger()
    qtbot.waitUntil(lambda: unlocks == ["home"], timeout=5000)
    assert session.is_locked


def test_the_users_input_keeps_the_session_open(qtbot, filled, monkeypatch) -> None:
    """Key presses and mouse moves in the main window, or in a dialog opened from it,
    start the idle time again; nothing else does."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QDialog

    monkeypatch.setattr(session_module, "idle_minutes", lambda: 1)
    session = Session(filled.path)
    window = session.open(filled)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)

    # A minute's timer is coarse (Qt lets it drift by 5%): read it to the millisecond.
    session.idle.setTimerType(Qt.TimerType.PreciseTimer)

    def restarted_by(send) -> bool:  # type: ignore[no-untyped-def]
        session.idle.start(60_000)
        qtbot.wait(150)
        before = session.idle.remainingTime()
        send()
        return session.idle.remainingTime() > before + 100

    handle = window.windowHandle()
    assert restarted_by(lambda: QTest.keyClick(handle, Qt.Key.Key_Shift))
    assert restarted_by(lambda: QTest.mouseMove(handle, QPoint(200, 200)))
    assert not restarted_by(lambda: window.setWindowTitle("x"))  # not the user's doing

    dialog = QDialog(window)
    dialog.show()
    qtbot.waitExposed(dialog)
    session._watch(dialog.windowHandle())  # as when it gets the focus (focusWindowChanged)
    assert restarted_by(lambda: QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Shift))
    dialog.close()
