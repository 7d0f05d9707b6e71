"""Automatic backups of the open database, and the second folder they are copied to.

Kept apart from the Backups page (and its imports) so that the main window can start
the scheduler without loading the page: the page is built when it is first shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal

from gbv_desktop.storage import autobackup
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import StorageError
from gbv_desktop.ui.errors import error_text
from gbv_desktop.ui.local_settings import app_settings, path_key
from gbv_desktop.ui.worker import Worker

Clock = Callable[[], datetime]
POLL_MS = 60_000  # how often the scheduler looks for changes made outside the record pages
START_DELAY_MS = 10_000  # the first look, once the window has opened and settled


# -- the second folder (a setting of this computer) ------------------------------------


def _setting_key(db_path: Path) -> str:
    return f"backups/{path_key(db_path)}/copy_folder"


def copy_folder(db_path: Path) -> Path | None:
    """The folder (or drive) backups of this database are also copied to, if any."""
    value = app_settings().value(_setting_key(db_path), "")
    return Path(str(value)) if value else None


def set_copy_folder(db_path: Path, folder: Path | None) -> None:
    settings = app_settings()
    if folder is None:
        settings.remove(_setting_key(db_path))
    else:
        settings.setValue(_setting_key(db_path), str(folder))
    settings.sync()


def backup_folders(db_path: Path) -> list[Path]:
    """Where backups of this database are looked for: the data folder's, then the
    second folder."""
    folders = [autobackup.backups_folder(db_path)]
    extra = copy_folder(db_path)
    if extra is not None and extra not in folders:
        folders.append(extra)
    return folders


def _size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


class BackupScheduler(QObject):
    """Makes backups of the window's database: after changes (at most every 30
    minutes), by hand, and before the window closes."""

    message = Signal(str)  # for the status bar
    started = Signal()
    finished = Signal(object)  # autobackup.BackupRun
    failed = Signal(object)  # the exception

    def __init__(
        self, database: Database, parent: QObject | None = None, *, clock: Clock = datetime.now
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.clock = clock
        self.worker: Worker | None = None
        self.last_error: BaseException | None = None
        self._recheck = False
        self._to_home = True
        self._started = False
        self._stopped = False
        try:
            self.last = autobackup.last_backup(
                database.path, database.data_key, database.keyfile.database_id
            )
        except (OSError, StorageError):
            self.last = autobackup.LastBackup()
        self.due = QTimer(self)
        self.due.setSingleShot(True)
        self.due.timeout.connect(self.check)
        self.poll = QTimer(self)
        self.poll.setInterval(POLL_MS)
        self.poll.timeout.connect(self.check)

    def start(self, first_check_ms: int = START_DELAY_MS) -> None:
        """Begin watching for changes (the window calls this once it is shown)."""
        if self._stopped or self._started:
            return
        self._started = True
        self.poll.start()
        self.due.start(first_check_ms)

    @property
    def running(self) -> bool:
        return self.worker is not None

    def _marker(self) -> str:
        return autobackup.marker(self.database.conn)

    def check(self) -> None:
        """Make a backup if something changed and the last one is 30 minutes old;
        otherwise plan one for when it will be."""
        if self._stopped or not self._started:
            return
        if self.running:
            self._recheck = True
            return
        try:
            seconds = autobackup.delay(self.clock(), self.last, self._marker())
        except Exception:  # the database closed under us (locking): nothing to do
            return
        if seconds is None:
            self.due.stop()
        elif seconds <= 0:
            self.due.stop()
            self.backup_now()
        else:
            self.due.start(int(seconds * 1000) + 1000)  # the time follows from the last backup

    def needed_at_exit(self) -> bool:
        """Whether anything changed since the last backup in the data folder."""
        try:
            return self.running or autobackup.needed_at_exit(self.last, self._marker())
        except Exception:
            return False

    def backup_now(self, dest: Path | None = None, label: str = "", *, copy: bool = True) -> bool:
        """Start a backup (to `dest`, by default the data folder's backups folder, and
        then to the second folder when `copy`); False if one is already running."""
        if self.running or self._stopped:
            return False
        extra = copy_folder(self.database.path) if copy and dest is None else None
        home = dest is None

        def job(database: Any, _progress: Any) -> autobackup.BackupRun:
            return autobackup.run_backup(database, extra, dest=dest, label=label)

        self._to_home = home
        worker = Worker(self.database, job, self)
        worker.succeeded.connect(self._succeeded)
        worker.failed.connect(self._failed)
        self.worker = worker
        self.message.emit(self.tr("Making a backup…"))
        self.started.emit()
        worker.start()
        return True

    def _done(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.deleteLater()

    def _succeeded(self, run: autobackup.BackupRun) -> None:
        self._done()
        self.last_error = None
        made = run.made[0]
        if self._to_home:
            self.last = autobackup.LastBackup(run.when, run.marker, made.path)
        text = self.tr("Backup made and checked at {time} ({size}).").format(
            time=(run.when or self.clock()).strftime("%H:%M"), size=_size(made.size)
        )
        for folder, problem in run.problems:
            text += " " + self.tr("The copy to {folder} was not made: {reason}").format(
                folder=str(folder), reason=error_text(problem)
            )
        self.message.emit(text)
        self.finished.emit(run)
        self._after()

    def _failed(self, exc: BaseException) -> None:
        self._done()
        self.last_error = exc
        self.message.emit(self.tr("The backup failed: {reason}").format(reason=error_text(exc)))
        self.failed.emit(exc)
        self._after()

    def _after(self) -> None:
        if self._recheck:
            self._recheck = False
            QTimer.singleShot(0, self.check)

    def stop(self) -> None:
        """Stop planning backups and wait for one that is running (the window closes)."""
        self._stopped = True
        self.due.stop()
        self.poll.stop()
        if self.worker is not None:
            self.worker.wait()
