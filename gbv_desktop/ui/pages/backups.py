"""Backups: made automatically off the GUI thread, listed, made by hand, restored.

`BackupScheduler` (one per main window) makes a backup after changes, at most every 30
minutes, and tells the window whether one is needed before it closes; the policy and
the work are Qt-free (`storage.autobackup`). Backups run on `ui.worker.Worker` (a
second connection in a worker thread) with a message in the status bar.

`BackupsPage` (administrators only) lists the backups of this database in the data
folder and in the second folder (date, kind, size, where, checked), makes one now, sets
the second folder, and restores one in one step: after a confirmation the session locks
(the database closes and the key is dropped), the backup replaces the database (the
current one is kept aside, never overwritten), and the officer signs in again
(`Session.restore`, `restore_with_progress`).

The second folder (a USB stick or another drive) is a setting of this computer, kept
in the application's settings (QSettings) under a hash of the database's path, not in
the database: a drive letter or mount point belongs to the computer, not to the records;
it must be known before signing in, when a damaged database cannot be read and the
newest good backup may be on that drive; and changing it must not itself count as a
change of the data. Changing it is still recorded in the change log (without the path).
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP
from gbv_desktop.storage import autobackup, backup, location
from gbv_desktop.storage.backup import BackupEntry
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import StorageError
from gbv_desktop.ui.backup_scheduler import (
    BackupScheduler,
    _size,
    backup_folders,
    copy_folder,
    set_copy_folder,
)
from gbv_desktop.ui.errors import error_text, show_error
from gbv_desktop.ui.setup_wizard import ERROR_STYLE, HINT_STYLE, confirm
from gbv_desktop.ui.worker import BackgroundTask, Worker

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
WARNING_COLOR = QColor("#b71c1c")
OK_COLOR = QColor("#2e7d32")
NOTICE_STYLE = "background: #fff8e1; border: 1px solid #f0d58c; border-radius: 4px; padding: 6px;"

KIND_NAMES = {
    backup.KIND_AUTO: QT_TRANSLATE_NOOP("BackupsModel", "Automatic"),
    backup.KIND_MANUAL: QT_TRANSLATE_NOOP("BackupsModel", "Made by hand"),
    backup.KIND_MIGRATION: QT_TRANSLATE_NOOP("BackupsModel", "Before a program update"),
    backup.KIND_REPLACED: QT_TRANSLATE_NOOP("BackupsModel", "Replaced by a restore"),
}
CHECKING, GOOD, DAMAGED = "checking", "good", "damaged"


def _when(entry_time: datetime) -> str:
    return entry_time.strftime("%d/%m/%Y %H:%M")


# -- the list -------------------------------------------------------------------------------


class BackupsModel(QAbstractTableModel):
    """The backups found, newest first, with the result of checking each."""

    COLUMNS = ("when", "kind", "size", "where", "checked")
    HEADERS = (
        QT_TRANSLATE_NOOP("BackupsModel", "Date and time"),
        QT_TRANSLATE_NOOP("BackupsModel", "Kind"),
        QT_TRANSLATE_NOOP("BackupsModel", "Size"),
        QT_TRANSLATE_NOOP("BackupsModel", "Where"),
        QT_TRANSLATE_NOOP("BackupsModel", "Checked"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[BackupEntry] = []
        self.status: dict[Path, str] = {}
        self.home: Path | None = None

    def set_entries(self, entries: list[BackupEntry], home: Path) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.home = home
        self.endResetModel()

    def set_status(self, path: Path, status: str) -> None:
        self.status[path] = status
        for row, entry in enumerate(self.entries):
            if entry.path == path:
                index = self.index(row, self.COLUMNS.index("checked"))
                self.dataChanged.emit(index, index)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("BackupsModel", self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[section] == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _where(self, entry: BackupEntry) -> str:
        if entry.path.parent == self.home:
            return QCoreApplication.translate("BackupsModel", "Data folder")
        return str(entry.path.parent)

    def _checked(self, entry: BackupEntry) -> str:
        status = self.status.get(entry.path)
        if status == GOOD:
            return QCoreApplication.translate("BackupsModel", "Good")
        if status == DAMAGED:
            return QCoreApplication.translate("BackupsModel", "Damaged — do not use")
        if status == CHECKING:
            return QCoreApplication.translate("BackupsModel", "Checking…")
        return ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry = self.entries[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "when":
                return _when(entry.when)
            if column == "kind":
                return QCoreApplication.translate("BackupsModel", KIND_NAMES[entry.kind])
            if column == "size":
                return _size(entry.size)
            if column == "where":
                return self._where(entry)
            return self._checked(entry)
        if role == Qt.ItemDataRole.ToolTipRole and column == "where":
            return str(entry.path)
        if role == Qt.ItemDataRole.ForegroundRole and column == "checked":
            status = self.status.get(entry.path)
            if status == DAMAGED:
                return QBrush(WARNING_COLOR)
            if status == GOOD:
                return QBrush(OK_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return entry
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# -- the page --------------------------------------------------------------------------------


class BackupsPage(QWidget):
    """Administrators: the backups of this database; make, copy and restore them."""

    restore_requested = Signal(object)  # the Path of the backup to restore

    def __init__(
        self, database: Database, scheduler: BackupScheduler, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_backups")
        self.database = database
        self.scheduler = scheduler
        self._checker: Worker | None = None
        self._check_again = False
        self._verified: dict[tuple[Path, int, float], str] = {}
        self._results: dict[Path, str] = {}

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 12)
        title = QLabel(self.tr("Backups"))
        title.setObjectName("backups_title")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 8.0) * 1.2)
        title.setFont(font)
        layout.addWidget(title)
        intro = QLabel(
            self.tr(
                "A backup is made automatically after changes (at most every 30 minutes) and when the program closes. Each backup is encrypted with the database's key and checked after it is written. Old automatic backups are thinned: all of the last 2 days are kept, then one a day for 2 weeks, one a week for 3 months and one a month after that."
            )
        )
        intro.setObjectName("backups_intro")
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #5f6b76;")
        layout.addWidget(intro)

        places = QGroupBox(self.tr("Where backups are kept"))
        places.setObjectName("backup_places")
        grid = QGridLayout(places)
        grid.setColumnStretch(1, 1)
        grid.addWidget(QLabel(self.tr("Data folder:")), 0, 0)
        self.home_label = QLabel(str(autobackup.backups_folder(database.path)))
        self.home_label.setObjectName("home_folder")
        self.home_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.home_label.setWordWrap(True)
        grid.addWidget(self.home_label, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Also copied to:")), 1, 0)
        self.copy_label = QLabel()
        self.copy_label.setObjectName("copy_folder")
        self.copy_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_label.setWordWrap(True)
        grid.addWidget(self.copy_label, 1, 1)
        self.choose_button = QPushButton(self.tr("C&hoose a folder or drive…"))
        self.choose_button.setObjectName("choose_copy_folder")
        self.stop_copy_button = QPushButton(self.tr("Stop co&pying"))
        self.stop_copy_button.setObjectName("stop_copying")
        grid.addWidget(self.choose_button, 1, 2)
        grid.addWidget(self.stop_copy_button, 1, 3)
        hint = QLabel(
            self.tr(
                "Choose a folder on a USB stick or another drive, and keep it away from this computer. When it is not plugged in, the backup is still made in the data folder."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(HINT_STYLE)
        grid.addWidget(hint, 2, 1, 1, 3)
        layout.addWidget(places)

        actions = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("backup_now")
        self.backup_to_button = QPushButton(self.tr("Back up &to a folder or drive…"))
        self.backup_to_button.setObjectName("backup_to")
        actions.addWidget(self.backup_button)
        actions.addWidget(self.backup_to_button)
        actions.addStretch(1)
        self.busy = QProgressBar()
        self.busy.setObjectName("backup_busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.busy.setMaximumHeight(10)
        self.busy.hide()
        actions.addWidget(self.busy)
        layout.addLayout(actions)

        self.model = BackupsModel(self)
        self.table = QTableView()
        self.table.setObjectName("backups_table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            BackupsModel.COLUMNS.index("where"), QHeaderView.ResizeMode.Stretch
        )
        layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr("There is no backup yet. Press \u201cBack up now\u201d to make one.")
        )
        self.empty.setObjectName("backups_empty")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

        bottom = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("&Restore this backup…"))
        self.restore_button.setObjectName("restore_backup")
        self.restore_file_button = QPushButton(self.tr("Restore from a fi&le…"))
        self.restore_file_button.setObjectName("restore_file")
        bottom.addWidget(self.restore_button)
        bottom.addWidget(self.restore_file_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.status = QLabel()
        self.status.setObjectName("backups_status")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.backup_button.clicked.connect(self.backup_now)
        self.backup_to_button.clicked.connect(self.backup_to)
        self.choose_button.clicked.connect(self.choose_copy_folder)
        self.stop_copy_button.clicked.connect(self.stop_copying)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.table.doubleClicked.connect(lambda _i: self.restore_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        scheduler.started.connect(self._update_buttons)
        scheduler.finished.connect(self._backup_finished)
        scheduler.failed.connect(self._backup_failed)
        closed = getattr(parent, "closed", None)
        if closed is not None:
            closed.connect(self.unload)
        # Listed (and checked, off the GUI thread) when the page is shown, not before:
        # checking a backup of a large database takes about a second.
        self._show_copy_folder()
        self._update_buttons()

    # -- the list ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """List the backups again and check the ones not checked yet."""
        path = self.database.path
        home = autobackup.backups_folder(path)
        database_id = self.database.keyfile.database_id
        entries: list[BackupEntry] = []
        for folder in backup_folders(path):
            entries += backup.find_backups(path, folder, database_id if folder != home else None)
        entries.sort(key=lambda e: (e.when, e.path.name), reverse=True)
        self.model.set_entries(entries, home)
        for entry in entries:
            known = self._verified.get(self._cache_key(entry))
            if known is not None:
                self.model.status[entry.path] = known
        self.table.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        self._update_buttons()
        self._check_backups()

    @staticmethod
    def _cache_key(entry: BackupEntry) -> tuple[Path, int, float]:
        try:
            mtime = entry.path.stat().st_mtime
        except OSError:
            mtime = 0.0
        return (entry.path, entry.size, mtime)

    def _check_backups(self) -> None:
        """Reopen and check each backup not yet checked, off the GUI thread, newest
        first; the list shows each result as it comes."""
        if self._checker is not None:
            self._check_again = True
            return
        todo = [e for e in self.model.entries if e.path not in self.model.status]
        if not todo:
            return
        for entry in todo:
            self.model.set_status(entry.path, CHECKING)
        results = self._results

        def job(database: Any, progress: Any) -> None:
            for n, entry in enumerate(todo):
                try:
                    backup.verify_copy(entry.path, database.data_key)
                    results[entry.path] = GOOD
                except (StorageError, OSError):
                    results[entry.path] = DAMAGED
                progress(n + 1, len(todo), str(entry.path))

        checker = Worker(self.database, job, self)
        checker.progress.connect(self._checked_one)
        checker.succeeded.connect(self._checks_done)
        checker.failed.connect(self._checks_done)
        self._checker = checker
        checker.start()

    def _checked_one(self, _step: int, _total: int, label: str) -> None:
        path = Path(label)
        status = self._results.get(path)
        if status is None:
            return
        self.model.set_status(path, status)
        for entry in self.model.entries:
            if entry.path == path:
                self._verified[self._cache_key(entry)] = status

    def _checks_done(self, _result: object = None) -> None:
        checker, self._checker = self._checker, None
        if checker is not None:
            checker.deleteLater()
        for path in list(self._results):
            self._checked_one(0, 0, str(path))
        for entry in self.model.entries:  # a check that could not run: try again later
            if self.model.status.get(entry.path) == CHECKING:
                del self.model.status[entry.path]
        if self._check_again:
            self._check_again = False
            self._check_backups()

    @property
    def checking(self) -> bool:
        return self._checker is not None

    def selected(self) -> BackupEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        busy = self.scheduler.running
        self.backup_button.setEnabled(not busy)
        self.backup_to_button.setEnabled(not busy)
        self.busy.setVisible(busy)
        entry = self.selected()
        self.restore_button.setEnabled(
            entry is not None and self.model.status.get(entry.path) != DAMAGED and not busy
        )
        self.restore_file_button.setEnabled(not busy)

    def _show_copy_folder(self) -> None:
        folder = copy_folder(self.database.path)
        if folder is None:
            self.copy_label.setText(self.tr("(not set)"))
            self.copy_label.setStyleSheet(HINT_STYLE)
        elif not folder.is_dir():
            self.copy_label.setText(
                self.tr("{folder} (not connected now)").format(folder=str(folder))
            )
            self.copy_label.setStyleSheet(ERROR_STYLE)
        else:
            self.copy_label.setText(str(folder))
            self.copy_label.setStyleSheet("")
        self.stop_copy_button.setEnabled(folder is not None)

    def _say(self, text: str, error: bool = False) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(ERROR_STYLE if error else "color: #2e7d32;")

    # -- making backups -----------------------------------------------------------------------
    def backup_now(self) -> None:
        if self.scheduler.backup_now(label=backup.MANUAL):
            self._say(self.tr("Making a backup…"))
        self._update_buttons()

    def _start_folder(self) -> str:
        drives = location.removable_drives()
        folder = copy_folder(self.database.path)
        if folder is not None and folder.is_dir():
            return str(folder)
        return str(drives[0]) if drives else str(Path.home())

    def backup_to(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Back up to a folder or drive"), self._start_folder()
        )
        if not folder:
            return
        if self.scheduler.backup_now(Path(folder), backup.MANUAL, copy=False):
            self._say(self.tr("Making a backup…"))
        self._update_buttons()

    def _backup_finished(self, run: autobackup.BackupRun) -> None:
        made = run.made[0]
        text = self.tr("Backup made and checked: {path} ({size}).").format(
            path=str(made.path), size=_size(made.size)
        )
        problems = [
            self.tr("The copy to {folder} was not made: {reason}").format(
                folder=str(folder), reason=error_text(problem)
            )
            for folder, problem in run.problems
        ]
        self._say(" ".join([text, *problems]), error=bool(problems))
        for info in run.made:  # checked when it was written: no need to check it again
            try:
                self._verified[(info.path, info.size, info.path.stat().st_mtime)] = GOOD
            except OSError:
                continue
        self._show_copy_folder()
        if self.isVisible():
            self.refresh()
        else:
            self._update_buttons()

    def _backup_failed(self, exc: BaseException) -> None:
        self._say(self.tr("The backup failed: {reason}").format(reason=error_text(exc)), True)
        self._update_buttons()

    # -- the second folder ----------------------------------------------------------------------
    def choose_copy_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Also copy backups to"), self._start_folder()
        )
        if not folder:
            return
        chosen = Path(folder)
        if chosen == autobackup.backups_folder(self.database.path):
            self._say(self.tr("Choose another folder than the data folder's own backups."), True)
            return
        self._set_copy_folder(chosen)
        self._say(
            self.tr("From now on, every backup is also copied to {folder}.").format(folder=folder)
        )
        self.scheduler.backup_now()  # a first copy there now

    def stop_copying(self) -> None:
        self._set_copy_folder(None)
        self._say(self.tr("Backups are no longer copied to a second folder."))

    def _set_copy_folder(self, folder: Path | None) -> None:
        set_copy_folder(self.database.path, folder)
        try:
            autobackup.record_copy_folder_change(self.database, folder is not None)
        except StorageError as exc:
            log.warning("could not record the backup folder change: %s", type(exc).__name__)
        self._show_copy_folder()
        self.refresh()

    # -- restoring ------------------------------------------------------------------------------
    def restore_selected(self) -> None:
        entry = self.selected()
        if entry is None or self.model.status.get(entry.path) == DAMAGED:
            return
        self._confirm_restore(entry.path, entry.when)

    def restore_from_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from a backup file"),
            self._start_folder(),
            self.tr("Backups (*.gbvbak)"),
        )
        if not name:
            return
        path = Path(name)
        if not backup.belongs_to(path, self.database.data_key):
            show_error(self, backup.OtherDatabase(path=str(path)))
            return
        parsed = backup.parse_name(self.database.path, path.name)
        self._confirm_restore(path, parsed[0] if parsed else None)

    def _confirm_restore(self, path: Path, when: datetime | None) -> None:
        date_text = _when(when) if when else path.name
        if not confirm(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace the database with the backup of {date}?\n\nEverything entered after that moment will no longer be in the database. The current database is not deleted: it is kept in the backups folder and can be restored in the same way.\n\nThe program locks while it restores; then sign in again."
            ).format(date=date_text),
            self.tr("Restore the backup"),
            self.tr("Cancel"),
        ):
            return
        self.restore_requested.emit(path)

    # -- locking --------------------------------------------------------------------------------
    def unload(self) -> None:
        if self._checker is not None:
            self._checker.wait()
        self.model.set_entries([], autobackup.backups_folder(self.database.path))
        self.model.status.clear()
        self._verified.clear()
        self._results.clear()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_copy_folder()
        self.refresh()


# -- restoring, between locking and signing in again -----------------------------------------


class RestoreDialog(QDialog):
    """A small window that says a restore is running (it cannot be closed)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(self.tr("Restoring a backup"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        label = QLabel(text)
        label.setWordWrap(True)
        layout.addWidget(label)
        bar = QProgressBar()
        bar.setRange(0, 0)
        bar.setTextVisible(False)
        layout.addWidget(bar)
        self.setMinimumWidth(420)
        self.closable = False

    def reject(self) -> None:
        if self.closable:
            super().reject()


def restore_with_progress(
    db_path: Path, backup_path: Path, data_key: bytes, parent: QWidget | None = None
) -> bool:
    """Restore `backup_path` over the closed database at `db_path` off the GUI thread,
    then say what happened; True if the backup was restored."""
    title = QCoreApplication.translate("Backups", "Restoring a backup")
    dialog = RestoreDialog(
        QCoreApplication.translate(
            "Backups", "Restoring {name}… The current database is kept aside first."
        ).format(name=backup_path.name),
        parent,
    )
    outcome: dict[str, Any] = {}

    def finish(key: str, value: Any) -> None:
        outcome[key] = value
        dialog.closable = True
        dialog.done(QDialog.DialogCode.Accepted)

    task = BackgroundTask(lambda: backup.restore_backup(db_path, backup_path, data_key), dialog)
    task.succeeded.connect(lambda aside: finish("aside", aside))
    task.failed.connect(lambda exc: finish("error", exc))
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        task.start()
        dialog.exec()
        task.wait()
    finally:
        QGuiApplication.restoreOverrideCursor()
        dialog.deleteLater()
    if "error" in outcome:
        QMessageBox.warning(
            parent,
            title,
            QCoreApplication.translate(
                "Backups", "The backup was not restored: {reason}\n\nThe database was not changed."
            ).format(reason=error_text(outcome["error"])),
        )
        return False
    aside = outcome.get("aside")
    if aside is not None:
        text = QCoreApplication.translate(
            "Backups",
            "The backup has been restored. The database it replaced is kept as {name} in {folder}.\n\nSign in to continue.",
        ).format(name=aside.name, folder=str(aside.parent))
    else:
        text = QCoreApplication.translate(
            "Backups", "The backup has been restored.\n\nSign in to continue."
        )
    QMessageBox.information(parent, title, text)
    return True


__all__ = [
    "BackupScheduler",
    "BackupsModel",
    "BackupsPage",
    "backup_folders",
    "copy_folder",
    "restore_with_progress",
    "set_copy_folder",
]
