"""Before signing in: a database on a network share or a removable drive is refused with
an explanation, a second window on the same database is prevented; and the session
locks when the system locks the screen (D-Bus on Linux)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gbv_desktop import i18n
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.location import Mount
from gbv_desktop.ui import app as app_module
from gbv_desktop.ui import instance
from gbv_desktop.ui.instance import InstanceLock, check_before_sign_in, location_problem
from gbv_desktop.ui.screen_lock import DBUS_INTERFACES, ScreenLockWatcher
from gbv_desktop.ui.session import Session


def _pyside_emit_refcount_guard() -> None:
    """PySide6 6.12.0: `SignalInstance.emit()` returns True without a new reference, so
    every emit from Python takes one reference from True and the interpreter aborts
    ("bool_dealloc") once enough have been emitted. Until the application guards
    against it at start-up (requested of ui/app.py and tests/conftest.py), keep True
    alive for the test session, as Python 3.12 does for every such singleton."""
    import ctypes

    ctypes.c_ssize_t.from_address(id(True)).value += 1 << 32


_pyside_emit_refcount_guard()


REPO = Path(__file__).resolve().parents[2]
MOUNTS = [
    Mount("/dev/sda1", "/", "ext4"),
    Mount("server:/export", "/srv/office", "nfs4"),
    Mount("//server/share", "/mnt/share", "cifs"),
    Mount("/dev/sdb1", "/media/lan/USB", "vfat"),
    Mount("/dev/sdc1", "/mnt/stick", "exfat"),
    Mount("/dev/sdd1", "/mnt/data", "ext4"),
]


@pytest.fixture(autouse=True)
def english(qapp: Any) -> Iterator[None]:
    previous = i18n._language
    i18n.install("en", qapp)
    yield
    if previous is not None:
        i18n.install(previous, qapp)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []
    for kind in ("critical", "warning", "information"):
        monkeypatch.setattr(
            QMessageBox,
            kind,
            lambda _p, _t, text, *a, k=kind, **kw: (
                shown.append((k, text)) or QMessageBox.StandardButton.Ok
            ),
        )
    return shown


# -- where the database is ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/home/lan/gbv/gbv.db", None),
        ("/mnt/data/gbv.db", None),
        ("/srv/office/gbv/gbv.db", "network share"),
        ("/mnt/share/gbv.db", "network share"),
        ("/media/lan/USB/gbv.db", "removable drive"),
        ("/mnt/stick/gbv/gbv.db", "removable drive"),
    ],
)
def test_location_problem(path: str, problem: str | None) -> None:
    found = location_problem(Path(path), MOUNTS, "linux")
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


def test_an_unsafe_place_is_refused_before_anything_opens(
    tmp_path: Path, boxes: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(instance.location, "is_network", lambda *a, **k: True)
    db_path = tmp_path / "gbv.db"
    assert check_before_sign_in(db_path) is None
    [(kind, text)] = boxes
    assert kind == "critical"
    assert str(db_path) in text and "network share" in text
    assert "Copy the database file and its key file" in text
    assert not instance.lock_path(db_path).exists()  # nothing was written there


def test_app_run_stops_at_the_refusal(
    tmp_path: Path, boxes: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(instance.location, "is_removable", lambda *a, **k: True)
    monkeypatch.setattr(app_module, "sign_in", lambda path: pytest.fail("must not sign in"))
    assert app_module.run(tmp_path / "gbv.db", "en") == 1
    assert boxes[0][0] == "critical" and "removable drive" in boxes[0][1]


# -- one window per database ---------------------------------------------------------------


def test_a_second_lock_on_the_same_database_is_refused(tmp_path: Path) -> None:
    db_path = tmp_path / "gbv.db"
    first = InstanceLock(db_path)
    assert first.acquire() and first.held
    assert instance.lock_path(db_path).exists()
    second = InstanceLock(db_path)
    assert not second.acquire()
    assert second.held_elsewhere
    assert "already open in another window" in second.refusal()
    # Another database in the same folder is not affected.
    other = InstanceLock(tmp_path / "other.db")
    assert other.acquire()
    other.release()
    first.release()
    assert second.acquire()
    second.release()


def test_check_before_sign_in_refuses_a_second_window(
    tmp_path: Path, boxes: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = tmp_path / "gbv.db"
    monkeypatch.setattr(app_module, "sign_in", lambda path: None)  # the first window's user cancels
    held = check_before_sign_in(db_path)
    assert held is not None and boxes == []
    try:
        assert check_before_sign_in(db_path) is None
        assert app_module.run(db_path, "en") == 1
        assert [k for k, _ in boxes] == ["warning", "warning"]
        assert "gbv.db is already open in another window" in boxes[0][1]
    finally:
        held.release()
    assert app_module.run(db_path, "en") == 0  # free again: signs in (here: cancelled)
    assert not InstanceLock(db_path).held


HOLDER = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QCoreApplication
    from gbv_desktop.ui.instance import InstanceLock

    app = QCoreApplication([])
    lock = InstanceLock(__import__("pathlib").Path(sys.argv[1]))
    print("locked" if lock.acquire() else "refused", flush=True)
    time.sleep(60)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX only")
def test_another_process_holds_the_lock_until_it_dies(tmp_path: Path) -> None:
    """The lock works across processes; one left by a crashed program is taken over."""
    db_path = tmp_path / "gbv.db"
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], stdout=subprocess.PIPE, text=True, env=env
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"
        mine = InstanceLock(db_path)
        assert not mine.acquire() and mine.held_elsewhere
    finally:
        child.send_signal(signal.SIGKILL)  # a crash: the lock file stays behind
        child.wait()
    assert instance.lock_path(db_path).exists()
    assert mine.acquire()  # its process is gone: the stale lock is taken over
    mine.release()


# -- the system locks the screen ------------------------------------------------------------


class _Bus:
    """A private session bus (dbus-daemon), so the test never touches a real desktop."""

    def __init__(self) -> None:
        self.process = subprocess.Popen(
            ["dbus-daemon", "--session", "--print-address=1", "--nofork", "--nopidfile"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        assert self.process.stdout is not None
        self.address = self.process.stdout.readline().strip()

    def send(self, interface: str, path: str, active: bool) -> None:
        subprocess.run(
            ["dbus-send", f"--bus={self.address}", "--type=signal", path,
             f"{interface}.ActiveChanged", f"boolean:{'true' if active else 'false'}"],
            check=True,
        )  # fmt: skip

    def close(self) -> None:
        self.process.terminate()
        self.process.wait()


def test_the_screen_saver_signal_locks(qtbot: QtBot) -> None:
    if shutil.which("dbus-daemon") and shutil.which("dbus-send"):
        from PySide6.QtDBus import QDBusConnection

        bus = _Bus()
        try:
            connection = QDBusConnection.connectToBus(bus.address, "gbv-test-bus")
            watcher = ScreenLockWatcher(bus=connection, platform="linux")
            assert watcher.watching == list(DBUS_INTERFACES)
            locks: list[bool] = []
            watcher.locked.connect(lambda: locks.append(True))
            bus.send("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", False)
            bus.send("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", True)
            qtbot.waitUntil(lambda: locks == [True], timeout=5000)
            bus.send("org.freedesktop.ScreenSaver", "/ScreenSaver", True)  # KDE's path
            qtbot.waitUntil(lambda: locks == [True, True], timeout=5000)
        finally:
            QDBusConnection.disconnectFromBus("gbv-test-bus")
            bus.close()
    else:  # no D-Bus tools here: call the slot the bus would call
        watcher = ScreenLockWatcher(platform="none")
        with qtbot.waitSignal(watcher.locked, timeout=1000):
            watcher._active_changed(True)


def test_without_a_session_bus_nothing_is_watched(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)

    class NoBus:
        def isConnected(self) -> bool:
            return False

    assert ScreenLockWatcher(bus=NoBus(), platform="linux").watching == []
    assert ScreenLockWatcher(platform="darwin").watching == []


def test_the_session_locks_when_the_screen_locks(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    unlocks: list[str | None] = []
    monkeypatch.setattr(Session, "unlock", lambda self: unlocks.append(self.locked_page))
    session = Session(db.path)
    window = session.open(db, "cases")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: session.screen_lock is not None, timeout=3000)  # once it is up
    assert session.screen_lock is not None
    session.screen_lock.locked.emit()  # what the screen saver's signal does
    qtbot.waitUntil(lambda: unlocks == ["cases"], timeout=5000)
    assert session.is_locked
    assert all(b == 0 for b in db._key)


def test_app_run_signs_in_and_opens_the_main_window(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The program's own start, end to end: the checks, the sign-in dialog (the password
    typed into it), the main window; closing the window ends the program."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from gbv_desktop.domain.profile import default_profile
    from gbv_desktop.ui.main_window import MainWindow
    from gbv_desktop.ui.signin import SignInDialog
    from tests.conftest import PASSWORD

    db_path = tmp_path / "gbv.db"
    Database.create(db_path, default_profile("Tân Lợi", "24133", "ward"), "admin", PASSWORD)[
        0
    ].close()
    seen: list[str] = []

    def type_password() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInDialog):
            QTimer.singleShot(20, type_password)
            return
        seen.append("dialog")
        dialog.username.setText("admin")
        dialog.password.setText(PASSWORD)
        dialog.sign_in()
        QTimer.singleShot(20, close_window)

    def close_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown = [w for w in windows if w.isVisible()]
        if not shown:
            QTimer.singleShot(20, close_window)
            return
        seen.append(f"window: {shown[0].database.user.username}")
        if not shown[0].windowIcon().isNull():  # given just after the first window showed
            seen.append("icon")
        shown[0].backups.stop()  # no backup at exit in this test (backups are tested apart)
        monkeypatch.setattr(shown[0].backups, "needed_at_exit", lambda: False)
        shown[0].close()

    QTimer.singleShot(0, type_password)
    assert app_module.run(db_path, "en") == 0
    assert seen == ["dialog", "window: admin", "icon"]
    assert not instance.lock_path(db_path).exists()  # the lock was released


def test_importing_ahead_of_time_never_breaks_the_dialog(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A module that fails to import while the sign-in dialog waits is logged and left
    to fail where it is used; the steps after it are not taken."""
    import sys

    calls: list[str] = []
    monkeypatch.setattr("gbv_desktop.ui.worker.prewarm_imports", lambda: calls.append("prewarm"))
    app_module.import_when_idle(["gbv_desktop.no_such_module", "gbv_desktop.paths"], delay_ms=0)
    qtbot.waitUntil(lambda: "ahead of time" in caplog.text, timeout=2000)
    qtbot.wait(50)
    assert "gbv_desktop.no_such_module" not in sys.modules
    assert calls == []  # stopped at the failure

    app_module.import_when_idle(["gbv_desktop.paths"], delay_ms=0)  # already imported: skipped
    qtbot.waitUntil(lambda: calls == ["prewarm"], timeout=2000)
