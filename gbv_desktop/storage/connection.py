"""SQLCipher connections: keyed with a raw key, safe pragmas, nestable transactions.

`with conn:` opens `BEGIN IMMEDIATE` at the outermost level only and commits or rolls
back there; inner `with conn:` blocks (sqlite-utils uses them inside every insert,
update and delete) join the outer transaction instead of committing it early. So a
record and its audit entry are always written together or not at all.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import sqlcipher3
import sqlite_utils

from gbv_desktop.domain.text import sort_key
from gbv_desktop.storage.errors import DatabaseDamaged, DatabaseLocked, DiskFull, StorageError

DatabaseError = sqlcipher3.DatabaseError
OperationalError = sqlcipher3.OperationalError
IntegrityError = sqlcipher3.IntegrityError


class Connection(sqlcipher3.Connection):
    """A connection whose context manager nests (see the module docstring)."""

    _depth = 0

    def __enter__(self) -> Connection:
        if self._depth == 0:
            self.execute("BEGIN IMMEDIATE")
        self._depth += 1
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> bool:
        self._depth -= 1
        if self._depth == 0:
            if exc_type is None:
                try:
                    self.execute("COMMIT")
                except BaseException:
                    if self.in_transaction:
                        self.execute("ROLLBACK")
                    raise
            elif self.in_transaction:
                self.execute("ROLLBACK")
        return False

    @property
    def depth(self) -> int:
        return self._depth


def map_error(exc: Exception) -> StorageError | None:
    """The user-facing error for a database exception, or None for a bug."""
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return DiskFull()
    if "database or disk is full" in text or ("disk i/o error" in text and "full" in text):
        return DiskFull()
    if "database is locked" in text or "database is busy" in text:
        return DatabaseLocked()
    if "file is not a database" in text or "malformed" in text or "hmac" in text:
        return DatabaseDamaged(detail=str(exc))
    return None


def connect(path: Path, data_key: bytes, *, readonly: bool = False) -> Connection:
    """Open `path` with `data_key`; raises DatabaseDamaged if the pages do not decrypt."""
    uri = f"file:{path.as_posix()}{'?mode=ro' if readonly else ''}"
    conn = sqlcipher3.connect(
        uri, uri=True, factory=Connection, isolation_level=None, check_same_thread=False, timeout=5
    )
    try:
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        # Reading the schema is the first access that decrypts a page: a damaged first
        # page or a wrong key fails here ("file is not a database").
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if not readonly:
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        # Vietnamese dictionary order for ORDER BY on any text column.
        conn.create_function("vi_key", 1, sort_key, deterministic=True)
    except (DatabaseError, OperationalError) as exc:
        conn.close()
        raise map_error(exc) or DatabaseDamaged(detail=str(exc)) from exc
    return conn


def utils(conn: Connection) -> sqlite_utils.Database:
    """sqlite-utils over our connection (it never opens one of its own)."""
    return sqlite_utils.Database(conn)


def quick_check(conn: Connection) -> list[str]:
    """Problems found by SQLite's quick check and SQLCipher's page HMAC check."""
    problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
    problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    return problems


def full_check(conn: Connection) -> list[str]:
    problems = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall() if r[0] != "ok"]
    problems += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
    problems += [
        f"foreign key: {tuple(r)}" for r in conn.execute("PRAGMA foreign_key_check").fetchall()
    ]
    return problems


def remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        p = Path(str(path) + suffix)
        if p.exists():
            os.remove(p)
