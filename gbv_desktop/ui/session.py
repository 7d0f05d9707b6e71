"""One signed-in session at a time, and locking it.

Locking (after idle time, on Ctrl+L, or when the system locks the screen) closes every
open dialog, drops every page, model and cache with the main window, closes the
database and overwrites its key in memory; signing in again opens a fresh main window
on the page the user was on. What was typed in a form and not yet saved is discarded,
as a password manager discards an unsaved entry: an unlocked form on a shared PC would
show a survivor's details to whoever sits down.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QDialog

from gbv_desktop.storage.database import Database
from gbv_desktop.ui.main_window import MainWindow
from gbv_desktop.ui.screen_lock import ScreenLockWatcher

SCREEN_LOCK_DELAY_MS = 500
IDLE_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10
_INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def idle_minutes() -> int:
    value = QSettings("gbv-desktop", "gbv-desktop").value(IDLE_SETTING, DEFAULT_IDLE_MINUTES)
    try:
        return max(1, int(value))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES


class Session(QObject):
    """Owns the main window of the signed-in account; locks and unlocks it."""

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.window: MainWindow | None = None
        self.locked_page: str | None = None
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self._locking = False
        self._restore: tuple[Path, bytearray] | None = None
        # Lock when the system locks the screen (where Qt can tell; ui/screen_lock.py),
        # watched once the window is up and drawn: reaching the session bus or making a
        # hidden native window takes 2 ms (the idle time locks meanwhile too).
        self.screen_lock: ScreenLockWatcher | None = None
        QTimer.singleShot(SCREEN_LOCK_DELAY_MS, self, self._watch_screen_lock)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        # The user's input reaches a top-level window before its widgets: watching the
        # windows the user works in (each as it gets the focus) sees every key press and
        # mouse move and little else. (A filter on the whole application would run
        # Python for every event of every object, thousands while a window opens.)
        app.focusWindowChanged.connect(self._watch)
        # Locking closes the main window; that must not end the program.
        app.setQuitOnLastWindowClosed(False)

    def _watch_screen_lock(self) -> None:
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.locked.connect(self.lock)

    # -- opening ------------------------------------------------------------
    def open(self, database: Database, page: str | None = None) -> MainWindow:
        window = MainWindow(database)
        window.lock_requested.connect(self.lock)
        window.restore_requested.connect(self.restore)
        window.closed.connect(self._window_closed)
        self.window = window
        window.show()
        self._watch(window.windowHandle())
        if page:
            window.show_page(page)
        self.restart_idle()
        return window

    def restart_idle(self) -> None:
        self.idle.start(idle_minutes() * 60_000)

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # installed once, however often asked

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self.window is not None:
            self.idle.start()
        return False

    def _window_closed(self) -> None:
        if not self._locking:  # the user closed the window: the program ends
            self.window = None
            self.idle.stop()
            QApplication.quit()

    # -- locking ------------------------------------------------------------
    @property
    def is_locked(self) -> bool:
        return self.window is None

    def lock(self) -> None:
        """Close dialogs now; finish locking once their event loops have unwound."""
        if self.window is None:
            return
        self.idle.stop()
        self.locked_page = self.window.current_page_key()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        QTimer.singleShot(0, self._close_window)

    def _close_window(self) -> None:
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(10, self._close_window)  # a nested dialog is still unwinding
            return
        window, self.window = self.window, None
        if window is not None:
            self._locking = True
            try:
                window.close()  # unloads every page and closes the database (drops the key)
            finally:
                self._locking = False
            window.deleteLater()
        QTimer.singleShot(0, self.unlock)

    def restore(self, backup_path: Path) -> None:
        """Restore a backup in one step: lock (dialogs close, the database closes, its
        key is dropped), replace the database by the backup (the current one is kept
        aside), then sign in again."""
        if self.window is None:
            return
        self._restore = (Path(backup_path), bytearray(self.window.database.data_key))
        self.lock()

    def _restore_pending(self) -> None:
        from gbv_desktop.ui.pages.backups import restore_with_progress

        backup_path, key = self._restore or (None, bytearray())
        self._restore = None
        try:
            if backup_path is not None:
                restore_with_progress(self.path, backup_path, bytes(key))
        finally:
            for i in range(len(key)):
                key[i] = 0

    def unlock(self) -> None:
        """Ask for a password again; quit if the user gives up."""
        from gbv_desktop.ui.signin import SignInDialog

        if self._restore is not None:
            self._restore_pending()

        dialog = SignInDialog(self.path)
        dialog.setWindowTitle(QCoreApplication.translate("Session", "Locked — sign in again"))
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.database is not None:
            self.open(dialog.database, self.locked_page)
        else:
            QApplication.quit()
