"""Automatic backups: when to make one, where, and which old ones to delete (no Qt).

As Anki does: a backup after changes, at most every 30 minutes, and one when the
program closes if anything changed since the last one. "Changed" is read from the
change log: every change appends an audit entry in its own transaction, so the head
of the audit chain (with the schema version) identifies the state of the data. The
state a backup holds is read from the backup itself, so there is no bookkeeping to
lose or to get out of step (and nothing is written to the database for it).

Backups go to `<database folder>/backups`, and are copied to a second folder (a USB
stick or another drive) when one is set. Old automatic backups are thinned: every one
of the last 2 days, then one a day for 2 weeks, one a week for 3 months, one a month
beyond (`thin`). Backups asked for by hand, the copies made before a schema update and
databases set aside by a restore are never deleted automatically.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, TypeVar

from gbv_desktop.storage import audit
from gbv_desktop.storage.backup import (
    BackupInfo,
    backups_folder,
    copy_backup,
    find_backups,
)
from gbv_desktop.storage.connection import Connection, DatabaseError, connect
from gbv_desktop.storage.errors import StorageError
from gbv_desktop.storage.keys import keys_path

INTERVAL = timedelta(minutes=30)
KEEP_ALL_FOR = timedelta(days=2)
DAILY_FOR = timedelta(days=14)
WEEKLY_FOR = timedelta(days=91)  # about 3 months

T = TypeVar("T")


# -- thinning -------------------------------------------------------------------------


def thin(backups_with_times: Iterable[tuple[T, datetime]], now: datetime) -> list[T]:
    """The backups to delete: all of the last 2 days are kept, then the newest of each
    day for 2 weeks, of each (ISO) week for 3 months, of each month beyond. The newest
    backup is never deleted, whatever its time."""
    items = sorted(backups_with_times, key=lambda item: item[1], reverse=True)
    kept_buckets: set[tuple[Any, ...]] = set()
    delete: list[T] = []
    for position, (item, when) in enumerate(items):
        age = now - when
        if age < KEEP_ALL_FOR:
            continue
        if age < DAILY_FOR:
            bucket: tuple[Any, ...] = ("day", when.date())
        elif age < WEEKLY_FOR:
            iso = when.isocalendar()
            bucket = ("week", iso.year, iso.week)
        else:
            bucket = ("month", when.year, when.month)
        if bucket in kept_buckets and position > 0:
            delete.append(item)
        else:
            kept_buckets.add(bucket)
    return delete


def thin_folder(db_path: Path, folder: Path, database_id: str, now: datetime) -> list[Path]:
    """Delete the automatic backups of this database in `folder` that `thin` lets go
    (with their key files); returns the deleted paths."""
    entries = find_backups(db_path, folder, database_id, replaced=False)
    candidates = [(e.path, e.when) for e in entries if not e.protected]
    deleted = []
    for path in thin(candidates, now):
        try:
            path.unlink()
        except OSError:
            continue
        with contextlib.suppress(OSError):
            keys_path(path).unlink(missing_ok=True)
        deleted.append(path)
    return deleted


# -- what has changed -----------------------------------------------------------------


def marker(conn: Connection) -> str:
    """The state of the data: schema version and head of the change log."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    head = audit.head(conn)
    return f"{version}:{head[1] if head else ''}"


def marker_of(path: Path, data_key: bytes) -> str | None:
    """The state a backup holds, or None if it cannot be read."""
    if not path.is_file():
        return None
    try:
        copy = connect(path, data_key, readonly=True)
    except (StorageError, DatabaseError):
        return None
    try:
        return marker(copy)
    except DatabaseError:
        return None
    finally:
        copy.close()


@dataclass(frozen=True)
class LastBackup:
    when: datetime | None = None
    marker: str | None = None
    path: Path | None = None


def last_backup(db_path: Path, data_key: bytes, database_id: str) -> LastBackup:
    """The newest backup of this database in its own backups folder."""
    for entry in find_backups(db_path, backups_folder(db_path), database_id, replaced=False):
        return LastBackup(entry.when, marker_of(entry.path, data_key), entry.path)
    return LastBackup()


def delay(
    now: datetime, last: LastBackup, current: str, interval: timedelta = INTERVAL
) -> float | None:
    """Seconds until the next automatic backup is due, or None when nothing changed
    since the last backup."""
    if last.marker is not None and current == last.marker:
        return None
    if last.when is None:
        return 0.0
    return max(0.0, (last.when + interval - now).total_seconds())


def needed_at_exit(last: LastBackup, current: str) -> bool:
    return last.marker is None or current != last.marker


# -- making one -----------------------------------------------------------------------


@dataclass
class BackupRun:
    made: list[BackupInfo] = field(default_factory=list)
    deleted: list[Path] = field(default_factory=list)
    problems: list[tuple[Path, StorageError]] = field(default_factory=list)
    marker: str | None = None
    when: datetime | None = None
    seconds: float = 0.0


def run_backup(
    database: Any,
    extra_folder: Path | None = None,
    *,
    dest: Path | None = None,
    label: str = "",
    now: datetime | None = None,
) -> BackupRun:
    """Make a verified backup of `database` in `dest` (default: its backups folder),
    copy it to `extra_folder` if given, and thin both folders.

    A failure of the backup itself raises; a failure of the copy (a drive not plugged
    in, a full stick) is reported in `problems`, the backup in the data folder stands.
    """
    import time

    started = time.perf_counter()
    home = backups_folder(database.path)
    target = dest or home
    info = database.backup(target, label)
    run = BackupRun(made=[info], marker=marker_of(info.path, database.data_key))
    if extra_folder is not None and Path(extra_folder) != target:
        try:
            run.made.append(copy_backup(info.path, Path(extra_folder), database.data_key))
        except StorageError as exc:
            run.problems.append((Path(extra_folder), exc))
    run.when = now or datetime.now()
    database_id = database.keyfile.database_id
    for folder in dict.fromkeys([home, *([Path(extra_folder)] if extra_folder else [])]):
        if folder.is_dir():
            run.deleted += thin_folder(database.path, folder, database_id, run.when)
    run.seconds = time.perf_counter() - started
    return run


def record_copy_folder_change(database: Any, copying: bool) -> None:
    """Note in the change log that backups are now (or no longer) copied to a second
    folder. The folder itself is a setting of the computer; its path is not logged."""
    from gbv_desktop.storage.database import ACTION_EDIT_SETTINGS

    database.require(database.user.is_admin, ACTION_EDIT_SETTINGS)
    with database.conn:
        database.audit("update", "settings", None, {"key": "backup_copy_folder", "set": copying})


__all__ = [
    "INTERVAL",
    "BackupRun",
    "LastBackup",
    "backups_folder",
    "delay",
    "last_backup",
    "marker",
    "marker_of",
    "needed_at_exit",
    "record_copy_folder_change",
    "run_backup",
    "thin",
    "thin_folder",
]
