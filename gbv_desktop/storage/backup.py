"""Verified backups: an encrypted copy, fsynced, reopened and checked, with its key file.

`VACUUM INTO` writes a consistent, encrypted copy (same key) and keeps `user_version`
(unlike `sqlcipher_export()`), but it does not fsync its output, so we fsync it, reopen
it with the key, run the quick check and the cipher check, compare the schema version,
and only then rename it into place. The key file is copied beside it, so a backup on a
USB stick can be restored with any password that was valid when it was made, or with
the recovery key.

A backup is named `<database>-<yyyymmdd>-<hhmmss>[-<label>].gbvbak` (local time):
no label for automatic backups, `manual` for one asked for, `before-v<n>` for the copy
made before a schema update. A restore keeps the database it replaces as
`<database>-replaced-<yyyymmdd>-<hhmmss>.db` in the backups folder. `find_backups`
reads these names back (`BackupEntry`), and only lists the files of one database (its
id is in the key file beside every backup), so two units backing up to one USB stick
never see, thin or restore each other's copies.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP
from gbv_desktop.storage.connection import (
    Connection,
    DatabaseError,
    connect,
    map_error,
    quick_check,
)
from gbv_desktop.storage.errors import (
    BadFile,
    DatabaseDamaged,
    DatabaseMissing,
    DiskFull,
    KeyFileMissing,
    StorageError,
    WriteFailed,
    from_os_error,
)
from gbv_desktop.storage.files import (
    atomic_write,
    atomic_write_bytes,
    fsync_dir,
    fsync_file,
    temporary_name,
)
from gbv_desktop.storage.keys import KeyFile, key_check, keys_path

SUFFIX = ".gbvbak"


def backups_folder(db_path: Path) -> Path:
    """Where a database's own backups (and set-aside copies) live: beside it."""
    return db_path.parent / "backups"


MANUAL = "manual"
REPLACED = "replaced"
MIGRATION_PREFIX = "before-v"
# What an entry is: an automatic backup, one asked for, the copy made before a schema
# update, or a database a restore replaced (kept aside).
KIND_AUTO, KIND_MANUAL, KIND_MIGRATION, KIND_REPLACED = "auto", "manual", "migration", "replaced"

_STAMP = r"(?P<stamp>\d{8}-\d{6})"


class BackupFolderMissing(StorageError):
    default = QT_TRANSLATE_NOOP(
        "StorageError",
        "The backup folder {path} cannot be reached (is the drive plugged in?). Nothing was written there.",
    )


class OtherDatabase(StorageError):
    default = QT_TRANSLATE_NOOP(
        "StorageError",
        "The backup {path} belongs to another database. Restore it with that database's own password from the command line (gbv-desktop restore).",
    )


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    user_version: int


@dataclass(frozen=True)
class BackupEntry:
    """A backup (or a replaced database kept aside) found in a folder."""

    path: Path
    when: datetime  # local time, from the name
    size: int  # bytes, with the -wal of a replaced database
    kind: str  # KIND_AUTO | KIND_MANUAL | KIND_MIGRATION | KIND_REPLACED
    label: str = ""

    @property
    def protected(self) -> bool:
        """Never deleted by thinning: only automatic backups are thinned."""
        return self.kind != KIND_AUTO


def backup_name(db_path: Path, when: datetime | None = None, label: str = "") -> str:
    when = when or datetime.now()
    stem = db_path.name.removesuffix(".db")
    tag = f"-{label}" if label else ""
    return f"{stem}-{when:%Y%m%d-%H%M%S}{tag}{SUFFIX}"


def _stem(db_path: Path) -> str:
    return db_path.name.removesuffix(".db")


def parse_name(db_path: Path, name: str) -> tuple[datetime, str, str] | None:
    """(time, kind, label) of a backup or replaced-database file name of `db_path`'s
    database, or None for any other file."""
    stem = re.escape(_stem(db_path))
    m = re.fullmatch(rf"{stem}-{_STAMP}(?:-(?P<label>[A-Za-z0-9.\-]+))?{re.escape(SUFFIX)}", name)
    if m:
        label = m.group("label") or ""
        if label.startswith(MIGRATION_PREFIX):
            kind = KIND_MIGRATION
        elif label.startswith(MANUAL):
            kind = KIND_MANUAL
        elif label == "" or label.isdigit():  # digits: two backups in the same second
            kind = KIND_AUTO
        else:
            kind = KIND_MANUAL  # any other label was given on purpose
    else:
        m = re.fullmatch(rf"{stem}-{REPLACED}-{_STAMP}(?:-\d+)?\.db", name)
        if not m:
            return None
        kind, label = KIND_REPLACED, REPLACED
    try:
        when = datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return when, kind, label


def _size(path: Path) -> int:
    total = path.stat().st_size
    wal = Path(str(path) + "-wal")
    if wal.exists():
        total += wal.stat().st_size
    return total


def database_id_of(path: Path) -> str | None:
    """The id of the database a backup belongs to (from the key file beside it)."""
    try:
        return KeyFile.load(keys_path(path)).database_id
    except StorageError:
        return None


def find_backups(
    db_path: Path, folder: Path, database_id: str | None = None, *, replaced: bool = True
) -> list[BackupEntry]:
    """The backups of the database at `db_path` in `folder`, newest first.

    With `database_id`, only files whose key file says they belong to that database
    (a backup without its key file is left out: it cannot be told apart)."""
    if not folder.is_dir():
        return []
    found: list[BackupEntry] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return []
    for name in names:
        parsed = parse_name(db_path, name)
        if parsed is None:
            continue
        when, kind, label = parsed
        if kind == KIND_REPLACED and not replaced:
            continue
        path = folder / name
        try:
            if not path.is_file():
                continue
            size = _size(path)
        except OSError:
            continue
        if database_id is not None and database_id_of(path) != database_id:
            continue
        found.append(BackupEntry(path, when, size, kind, label))
    found.sort(key=lambda e: (e.when, e.path.name), reverse=True)
    return found


# -- making backups ------------------------------------------------------------------


def _diagnose(exc: BaseException, dest_dir: Path, needed: int) -> StorageError:
    """Why writing `needed` bytes into `dest_dir` failed, from SQLite's vague "disk I/O
    error": SQLite does not say which system error it met, so we ask the folder."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, OSError):
        return from_os_error(exc, dest_dir)
    known = map_error(exc) if isinstance(exc, Exception) else None
    if isinstance(known, DiskFull):
        return known
    if not dest_dir.is_dir():
        return BackupFolderMissing(path=str(dest_dir))
    with contextlib.suppress(OSError):
        if shutil.disk_usage(dest_dir).free < needed:
            return DiskFull()
    # Try to reserve the size with a probe file: a size limit (EFBIG), a full disk
    # (ENOSPC) or a pulled drive (EIO) show themselves as the system error they are.
    probe = temporary_name(dest_dir / "space-probe")
    try:
        with open(probe, "xb") as f:
            f.seek(max(needed - 1, 0))
            f.write(b"\0")
            f.flush()
            os.fsync(f.fileno())
    except OSError as os_exc:
        return from_os_error(os_exc, dest_dir)
    finally:
        with contextlib.suppress(OSError):
            probe.unlink(missing_ok=True)
    return known or WriteFailed(path=str(dest_dir), detail=str(exc))


def make_backup(
    conn: Connection, db_path: Path, data_key: bytes, dest_dir: Path, label: str = ""
) -> BackupInfo:
    """Write a verified backup of the open database into `dest_dir`."""
    try:
        # Only the last level is created (the "backups" folder beside the database): a
        # drive that is not plugged in must not become a folder on the system disk.
        dest_dir.mkdir(exist_ok=True)
    except FileNotFoundError as exc:
        raise BackupFolderMissing(path=str(dest_dir)) from exc
    except OSError as exc:
        raise from_os_error(exc, dest_dir) from exc
    final = dest_dir / backup_name(db_path, label=label)
    n = 1
    while final.exists():
        final = dest_dir / backup_name(db_path, label=f"{label}{'-' if label else ''}{n}")
        n += 1
    tmp = temporary_name(final)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    try:
        conn.execute("VACUUM INTO ?", (str(tmp),))
        fsync_file(tmp)
        verify_copy(tmp, data_key, version)
        os.replace(tmp, final)
        fsync_dir(final.parent)
        key_file = keys_path(db_path)
        if key_file.exists():
            atomic_write_bytes(keys_path(final), key_file.read_bytes())
        return BackupInfo(final, final.stat().st_size, version)
    except StorageError:
        raise
    except Exception as exc:
        raise _diagnose(exc, dest_dir, _size(db_path)) from exc
    finally:
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(OSError):
                leftover.unlink(missing_ok=True)


def copy_backup(source: Path, dest_dir: Path, data_key: bytes) -> BackupInfo:
    """Copy a verified backup (and its key file) into `dest_dir` (a USB stick), then
    check the copy there: a drive that lies about its writes is found out now."""
    if not dest_dir.is_dir():
        raise BackupFolderMissing(path=str(dest_dir))
    final = dest_dir / source.name
    if final.exists():
        raise WriteFailed(path=str(final), detail=os.strerror(errno.EEXIST))

    def write(tmp: Path) -> None:
        shutil.copyfile(source, tmp)

    try:
        atomic_write(final, write)
        version = verify_copy(final, data_key)
        if keys_path(source).exists():
            atomic_write_bytes(keys_path(final), keys_path(source).read_bytes())
    except StorageError:
        with contextlib.suppress(OSError):
            if final.exists() and not keys_path(final).exists():
                final.unlink()  # a copy that does not check out is not a backup
        raise
    return BackupInfo(final, final.stat().st_size, version)


def verify_copy(path: Path, data_key: bytes, expected_version: int | None = None) -> int:
    """Reopen a copy read-only and check it; returns its schema version."""
    copy = _open_readonly(path, data_key)
    try:
        problems = quick_check(copy)
        version = copy.execute("PRAGMA user_version").fetchone()[0]
    except DatabaseError as exc:
        raise map_error(exc) or DatabaseDamaged(detail=str(exc)) from exc
    finally:
        copy.close()
    if problems:
        raise DatabaseDamaged(detail="; ".join(problems[:3]))
    if expected_version is not None and version != expected_version:
        raise DatabaseDamaged(detail=f"backup has schema {version}, expected {expected_version}")
    return int(version)


def _open_readonly(path: Path, data_key: bytes) -> Connection:
    if not path.is_file():
        raise DatabaseMissing(path=str(path))
    try:
        return connect(path, data_key, readonly=True)
    except DatabaseError as exc:  # raised by sqlcipher3.connect itself (unreadable file)
        raise map_error(exc) or DatabaseDamaged(detail=str(exc)) from exc


def belongs_to(path: Path, data_key: bytes) -> bool:
    """Whether the backup at `path` is encrypted with `data_key` (by its key file, when
    there is one; without it, by trying)."""
    try:
        return KeyFile.load(keys_path(path)).key_check == key_check(data_key)
    except KeyFileMissing:
        try:
            verify_copy(path, data_key)
        except StorageError:
            return False
        return True
    except BadFile:
        return False


def copy_file(src: Path, dst: Path) -> None:
    """Copy a closed database file (restore) atomically."""

    def write(tmp: Path) -> None:
        shutil.copyfile(src, tmp)

    atomic_write(dst, write)


def list_backups(dest_dir: Path) -> list[Path]:
    """Backups in `dest_dir`, newest first."""
    if not dest_dir.is_dir():
        return []
    return sorted(dest_dir.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)


def unlock_key(db_path: Path, username: str, password: str) -> bytes:
    """The data key, unwrapped from the key file beside `db_path` with an account's
    password, without opening the database (which may be damaged)."""
    return KeyFile.load(keys_path(db_path)).unlock_password(username, password)


def newest_good_backup(
    db_path: Path, folders: Iterable[Path], data_key: bytes
) -> BackupEntry | None:
    """The newest backup of this database in `folders` that passes `verify_copy` with
    `data_key` (replaced databases are not candidates: one may be the damaged file)."""
    entries: list[BackupEntry] = []
    seen: set[Path] = set()
    for folder in folders:
        for entry in find_backups(db_path, folder, replaced=False):
            if entry.path not in seen:
                seen.add(entry.path)
                entries.append(entry)
    entries.sort(key=lambda e: (e.when, e.path.name), reverse=True)
    for entry in entries:
        if not belongs_to(entry.path, data_key):
            continue
        try:
            verify_copy(entry.path, data_key)
        except StorageError:
            continue
        return entry
    return None


def find_restorable(
    db_path: Path, folders: Iterable[Path], username: str, password: str
) -> tuple[BackupEntry | None, bytes]:
    """The newest good backup of a database that cannot be opened, and the data key.

    The key comes from the database's key file with the account's password; when that
    file is missing or unreadable, from the key file beside a backup (one that knew the
    password). A wrong password raises WrongPassword, as at sign-in."""
    folders = list(folders)
    try:
        key = unlock_key(db_path, username, password)
    except (KeyFileMissing, BadFile) as exc:
        entries = [e for f in folders for e in find_backups(db_path, f, replaced=False)]
        entries.sort(key=lambda e: (e.when, e.path.name), reverse=True)
        for entry in entries:
            try:
                key = KeyFile.load(keys_path(entry.path)).unlock_password(username, password)
            except StorageError:
                continue
            return newest_good_backup(db_path, folders, key), key
        raise exc
    return newest_good_backup(db_path, folders, key), key


def restore_backup(db_path: Path, backup_path: Path, data_key: bytes) -> Path | None:
    """Replace the (closed) database at `db_path` by a verified copy of `backup_path`.

    The current database, if any, is first moved aside next to the backups (never
    overwritten, never deleted); its path is returned. The backup's key file replaces
    the current one only when the data keys differ, so passwords set since the backup
    keep working. `backup_path` may also be a database set aside by an earlier restore
    (with its -wal, if it has one).
    """
    from gbv_desktop.storage.connection import remove_database_files

    verify_copy(backup_path, data_key)
    aside: Path | None = None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    current_keys = keys_path(db_path)
    backup_keys = keys_path(backup_path)
    restoring = Path(str(db_path) + ".restoring")
    source_wal = Path(str(backup_path) + "-wal")
    try:
        if db_path.exists():
            aside_dir = backups_folder(db_path)
            aside_dir.mkdir(parents=True, exist_ok=True)
            stem = f"{_stem(db_path)}-{REPLACED}-{stamp}"
            aside = aside_dir / f"{stem}.db"
            n = 1
            while aside.exists() or keys_path(aside).exists():
                aside = aside_dir / f"{stem}-{n}.db"
                n += 1
            # Checkpoint-free copy of the closed database with its WAL, so nothing in
            # the WAL is lost: copy the files, then remove the originals.
            for suffix in ("", "-wal"):
                src = Path(str(db_path) + suffix)
                if src.exists():
                    copy_file(src, Path(str(aside) + suffix))
            if current_keys.exists():
                atomic_write_bytes(keys_path(aside), current_keys.read_bytes())
        copy_file(backup_path, restoring)
        if source_wal.exists():
            copy_file(source_wal, Path(str(restoring) + "-wal"))
        remove_database_files(db_path)
        os.replace(restoring, db_path)
        if source_wal.exists():
            os.replace(Path(str(restoring) + "-wal"), Path(str(db_path) + "-wal"))
        fsync_dir(db_path.parent)
        use_backup_keys = True
        if current_keys.exists() and backup_keys.exists():
            use_backup_keys = (
                KeyFile.load(current_keys).key_check != KeyFile.load(backup_keys).key_check
            )
        if backup_keys.exists() and (use_backup_keys or not current_keys.exists()):
            atomic_write_bytes(current_keys, backup_keys.read_bytes())
    except OSError as exc:
        raise from_os_error(exc, db_path) from exc
    finally:
        # Once the database is gone the copy being restored is all there is: keep it.
        if db_path.exists():
            for leftover in (restoring, Path(str(restoring) + "-wal")):
                with contextlib.suppress(OSError):
                    leftover.unlink(missing_ok=True)
    verify_copy(db_path, data_key)
    return aside
