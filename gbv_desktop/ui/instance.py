"""Before signing in: refuse an unsafe place for the database, and a second window.

- A database on a network share or a removable drive is refused with an explanation
  (DATA-SAFETY.md promise 10): SQLite's write-ahead log needs shared memory that a
  network filesystem cannot give, and a USB stick pulled out while writing loses data.
  Backups may go to such drives; the database itself may not live there.
- A second instance of the program on the same database is refused: a `QLockFile`
  beside the database (`<name>.db.lock`) is held for as long as the program runs. A
  lock left by a program that crashed is taken over (Qt checks whether its process is
  still alive); there is no time limit, since a session may last all day.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLockFile
from PySide6.QtWidgets import QMessageBox, QWidget

from gbv_desktop.storage import location

_C = "Instance"
NETWORK_REASON = QT_TRANSLATE_NOOP(
    "Instance",
    "it is on a network share, where the database's write-ahead log cannot work and two computers could damage it.",
)
REMOVABLE_REASON = QT_TRANSLATE_NOOP(
    "Instance",
    "it is on a removable drive (USB stick or memory card), which loses data when pulled out while the program writes.",
)
UNSAFE_TEXT = QT_TRANSLATE_NOOP(
    "Instance",
    "The database cannot be opened at {path}: {reason}\n\nCopy the database file and its key file (.keys) to a folder on this computer's own disk, and open it there. Backups may still be copied to USB sticks and other drives.",
)
ALREADY_OPEN = QT_TRANSLATE_NOOP(
    "Instance",
    "The database {name} is already open in another window of this program. Switch to that window (look in the taskbar); two windows on one database could overwrite each other's work.",
)
LOCK_FAILED = QT_TRANSLATE_NOOP(
    "Instance",
    "The database {name} could not be reserved for this window ({path} cannot be written). Check that the folder is not read-only.",
)


def _t(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def location_problem(
    path: Path, mounts: list[location.Mount] | None = None, platform: str | None = None
) -> str | None:
    """Why the database may not be kept at `path` (translated), or None if it may."""
    if location.is_network(path, mounts, platform):
        return _t(NETWORK_REASON)
    if location.is_removable(path, mounts, platform):
        return _t(REMOVABLE_REASON)
    return None


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


class InstanceLock:
    """The lock that keeps a second window off the database at `db_path`."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # stale only when its process is gone

    def acquire(self) -> bool:
        """Take the lock now (never waits); False if another program holds it or the
        lock file cannot be written (see `error`)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        return self._lock.tryLock(0)

    @property
    def held(self) -> bool:
        return self._lock.isLocked()

    @property
    def held_elsewhere(self) -> bool:
        return self._lock.error() == QLockFile.LockError.LockFailedError

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()

    def refusal(self) -> str:
        """What to tell the user when `acquire` failed."""
        if self.held_elsewhere:
            return _t(ALREADY_OPEN).format(name=self.db_path.name)
        return _t(LOCK_FAILED).format(name=self.db_path.name, path=str(self.path))


def check_before_sign_in(db_path: Path, parent: QWidget | None = None) -> InstanceLock | None:
    """Refuse an unsafe location or a second window (saying why); otherwise the held
    lock, to keep until the program ends."""
    title = QCoreApplication.translate("Instance", "gbv-desktop")
    reason = location_problem(db_path)
    if reason is not None:
        QMessageBox.critical(
            parent, title, _t(UNSAFE_TEXT).format(path=str(db_path), reason=reason)
        )
        return None
    lock = InstanceLock(db_path)
    try:
        acquired = lock.acquire()
    except OSError:
        acquired = False
    if not acquired:
        QMessageBox.warning(parent, title, lock.refusal())
        return None
    return lock


__all__ = ["InstanceLock", "check_before_sign_in", "location_problem", "lock_path"]
