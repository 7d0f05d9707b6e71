"""SQLCipher connections: keyed with a raw key, safe pragmas, nestable transactions.

`with conn:` opens `BEGIN IMMEDIATE` at the outermost level only and commits or rolls
back there; inner `with conn:` blocks (sqlite-utils uses them inside every insert,
update and delete) join the outer transaction instead of committing it early. So a
record and its audit entry are always written together or not at all.
"""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlcipher3

if TYPE_CHECKING:
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


BUSY_TIMEOUT_MS = 5000  # how long a statement waits for another connection's lock


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
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        # Vietnamese dictionary order for ORDER BY on any text column.
        conn.create_function("vi_key", 1, sort_key, deterministic=True)
    except (DatabaseError, OperationalError) as exc:
        conn.close()
        raise map_error(exc) or DatabaseDamaged(detail=str(exc)) from exc
    return conn


def utils(conn: Connection) -> sqlite_utils.Database:
    """sqlite-utils over our connection (it never opens one of its own). Imported here,
    when first needed: it costs a tenth of a second, which the start-up need not pay."""
    import sqlite_utils

    return sqlite_utils.Database(conn)


def quick_check(
    conn: Connection, path: Path | None = None, data_key: bytes | None = None
) -> list[str]:
    """Problems found by SQLite's quick check and SQLCipher's page HMAC check.

    With the database's `path` and `data_key`, SQLCipher's check runs at the same time
    on a second connection in another thread: the two checks read the whole file each
    (0.3 to 0.6 s each on a city's database), so on two cores unlocking waits for the
    longer one instead of both. Both always run, whatever either finds.
    """
    cipher: list[str] = []
    failure: list[BaseException] = []
    helper = None
    if path is not None and data_key is not None:

        def check_pages() -> None:
            try:
                other = connect(path, data_key, readonly=True)
                try:
                    cipher.extend(_cipher_problems(other))
                finally:
                    other.close()
            except BaseException as exc:  # reported in the calling thread
                failure.append(exc)

        helper = threading.Thread(target=check_pages, name="cipher_integrity_check")
        helper.start()
    try:
        problems = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall() if r[0] != "ok"]
    finally:
        if helper is not None:
            helper.join()
    if failure:
        raise failure[0]
    if helper is None:
        cipher = _cipher_problems(conn)
    return problems + cipher


def _cipher_problems(conn: Connection) -> list[str]:
    return [r[0] for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]


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
