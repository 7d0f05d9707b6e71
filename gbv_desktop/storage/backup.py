"""Verified backups: an encrypted copy, fsynced, reopened and checked, with its key file.

`VACUUM INTO` writes a consistent, encrypted copy (same key) and keeps `user_version`
(unlike `sqlcipher_export()`), but it does not fsync its output, so we fsync it, reopen
it with the key, run the quick check and the cipher check, compare the schema version,
and only then rename it into place. The key file is copied beside it, so a backup on a
USB stick can be restored with any password that was valid when it was made, or with
the recovery key.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from gbv_desktop.storage.connection import (
    Connection,
    DatabaseError,
    connect,
    map_error,
    quick_check,
)
from gbv_desktop.storage.errors import DatabaseDamaged, StorageError, WriteFailed, from_os_error
from gbv_desktop.storage.files import atomic_write_bytes, fsync_dir, fsync_file, temporary_name
from gbv_desktop.storage.keys import keys_path

SUFFIX = ".gbvbak"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    size: int
    user_version: int


def backup_name(db_path: Path, when: datetime | None = None, label: str = "") -> str:
    when = when or datetime.now()
    stem = db_path.name.removesuffix(".db")
    tag = f"-{label}" if label else ""
    return f"{stem}-{when:%Y%m%d-%H%M%S}{tag}{SUFFIX}"


def make_backup(
    conn: Connection, db_path: Path, data_key: bytes, dest_dir: Path, label: str = ""
) -> BackupInfo:
    """Write a verified backup of the open database into `dest_dir`."""
    dest_dir.mkdir(parents=True, exist_ok=True)
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
    except OSError as exc:
        raise from_os_error(exc, final) from exc
    except StorageError:
        raise
    except Exception as exc:
        error = WriteFailed(path=str(final), detail=str(exc))
        raise error from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def verify_copy(path: Path, data_key: bytes, expected_version: int | None = None) -> int:
    """Reopen a copy read-only and check it; returns its schema version."""
    copy = connect(path, data_key, readonly=True)
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


def copy_file(src: Path, dst: Path) -> None:
    """Copy a closed database file (restore) atomically."""

    def write(tmp: Path) -> None:
        shutil.copyfile(src, tmp)

    from gbv_desktop.storage.files import atomic_write

    atomic_write(dst, write)


def list_backups(dest_dir: Path) -> list[Path]:
    """Backups in `dest_dir`, newest first."""
    if not dest_dir.is_dir():
        return []
    return sorted(dest_dir.glob(f"*{SUFFIX}"), key=lambda p: p.stat().st_mtime, reverse=True)


def restore_backup(db_path: Path, backup_path: Path, data_key: bytes) -> Path | None:
    """Replace the (closed) database at `db_path` by a verified copy of `backup_path`.

    The current database, if any, is first moved aside next to the backups (never
    overwritten, never deleted); its path is returned. The backup's key file replaces
    the current one only when the data keys differ, so passwords set since the backup
    keep working.
    """
    from gbv_desktop.storage.connection import remove_database_files
    from gbv_desktop.storage.keys import KeyFile

    verify_copy(backup_path, data_key)
    aside: Path | None = None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    current_keys = keys_path(db_path)
    backup_keys = keys_path(backup_path)
    try:
        if db_path.exists():
            aside_dir = db_path.parent / "backups"
            aside_dir.mkdir(parents=True, exist_ok=True)
            stem = f"{db_path.name.removesuffix('.db')}-replaced-{stamp}"
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
        copy_file(backup_path, Path(str(db_path) + ".restoring"))
        remove_database_files(db_path)
        os.replace(Path(str(db_path) + ".restoring"), db_path)
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
    verify_copy(db_path, data_key)
    return aside
