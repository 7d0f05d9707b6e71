"""An open, unlocked database and the account using it.

`Database.create` sets up a new encrypted database with its first administrator and
returns the recovery key to show once; `Database.open` unlocks one with an account's
password, `Database.open_with_recovery` with the recovery key. Opening migrates the
schema (after a verified backup) and refuses a database from a newer version.
"""

from __future__ import annotations

import contextlib
import functools
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gbv_desktop.domain import vocab
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, Labels, Message
from gbv_desktop.domain.profile import Programme, UnitProfile
from gbv_desktop.domain.records import REQUIRED, FieldError, _err
from gbv_desktop.storage import audit, backup
from gbv_desktop.storage.connection import (
    Connection,
    DatabaseError,
    connect,
    map_error,
    quick_check,
    remove_database_files,
    utils,
)
from gbv_desktop.storage.errors import (
    AccountDisabled,
    DatabaseDamaged,
    DatabaseExists,
    DatabaseMissing,
    InvalidRecord,
    NewerSchema,
    PermissionDenied,
    StorageError,
    WrongPassword,
)
from gbv_desktop.storage.keys import KeyFile, ScryptParams, keys_path
from gbv_desktop.storage.schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    import sqlite_utils

_C = "StorageError"
PASSWORD_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Validation", "The password must have at least {n} characters."
)
USERNAME_TAKEN = QT_TRANSLATE_NOOP("Validation", 'The account name "{value}" is already taken.')
USERNAME_BAD = QT_TRANSLATE_NOOP(
    "Validation",
    "An account name has 2 to 40 letters without accents (a–z), digits, dots, dashes or underscores.",
)
LAST_ADMIN = QT_TRANSLATE_NOOP("StorageError", "At least one active administrator must remain.")
MIN_PASSWORD = 8

ACTION_MANAGE_ACCOUNTS = QT_TRANSLATE_NOOP("StorageError", "manage accounts")
ACTION_EDIT_SETTINGS = QT_TRANSLATE_NOOP("StorageError", "change the unit's settings")
ACTION_WRITE = QT_TRANSLATE_NOOP("StorageError", "change records")
ACTION_READ_IDENTITY = QT_TRANSLATE_NOOP(
    "StorageError", "see or change a survivor's identifying details"
)


@dataclass(frozen=True)
class User:
    id: int
    username: str
    display_name: str
    role: str
    disabled: bool = False

    @property
    def can_write(self) -> bool:
        return self.role in vocab.WRITER_ROLES

    @property
    def can_read_identity(self) -> bool:
        return self.role in vocab.IDENTITY_ROLES

    @property
    def is_admin(self) -> bool:
        return self.role == "administrator"


def validate_username(username: str) -> list[FieldError]:
    import re

    if not username.strip():
        return [_err("username", REQUIRED)]
    # ASCII only: SQLite's NOCASE and the key file's case folding then agree, so "Đức"
    # and "đức" cannot become two accounts sharing one key slot.
    if not re.fullmatch(r"[A-Za-z0-9._\-]{2,40}", username.strip()):
        return [_err("username", USERNAME_BAD)]
    return []


def validate_password(password: str) -> list[FieldError]:
    if len(password) < MIN_PASSWORD:
        return [_err("password", PASSWORD_TOO_SHORT, n=MIN_PASSWORD)]
    return []


class Database:
    """An unlocked database. Close it to drop the key."""

    def __init__(self, path: Path, conn: Connection, keyfile: KeyFile, data_key: bytes, user: User):
        self.path = path
        self.conn = conn
        self.keyfile = keyfile
        self._key = bytearray(data_key)
        self.user = user

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over the connection, made when first used."""
        return utils(self.conn)

    # -- opening ------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: Path | str,
        profile: UnitProfile,
        username: str,
        password: str,
        *,
        display_name: str = "",
        programme: Programme | None = None,
        kdf: ScryptParams | None = None,
    ) -> tuple[Database, str]:
        """Create a new database; returns it open, and the recovery key to show once."""
        path = Path(path)
        errors = profile.validate() + validate_username(username) + validate_password(password)
        if programme is not None:
            errors += programme.validate()
        if errors:
            raise InvalidRecord(errors)
        if path.exists() or keys_path(path).exists():
            raise DatabaseExists(path=str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        keyfile, data_key = KeyFile.new()
        keyfile.set_password(username, password, data_key, kdf)
        recovery = keyfile.new_recovery_key(data_key)
        conn: Connection | None = None
        try:
            conn = connect(path, data_key)
            migrate(conn, path, data_key, backup_first=False)
            with conn:
                _set_meta(conn, "database_id", keyfile.database_id)
                _set_meta(conn, "profile", profile.to_dict())
                _set_meta(conn, "programme", (programme or Programme()).to_dict())
                _set_meta(conn, "created_on", date.today().isoformat())
                cur = conn.execute(
                    "INSERT INTO users (username, display_name, role, created_at, password_changed_at) "
                    "VALUES (?, ?, 'administrator', ?, ?)",
                    (username.strip(), display_name, audit.now_utc(), audit.now_utc()),
                )
                user = User(
                    int(cur.lastrowid or 0), username.strip(), display_name, "administrator"
                )
                audit.append(
                    conn, user_id=user.id, username=user.username, action="create",
                    record_kind="database", record_id=None, summary={"unit_code": profile.code},
                )  # fmt: skip
            keyfile.save(keys_path(path))
        except BaseException:
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()
            with contextlib.suppress(OSError):
                remove_database_files(path)
                keys_path(path).unlink(missing_ok=True)
            raise
        return cls(path, conn, keyfile, data_key, user), recovery

    @classmethod
    def _unlock(cls, path: Path, data_key: bytes, keyfile: KeyFile, username: str) -> Database:
        conn = connect(path, data_key)
        try:
            problems = quick_check(conn, path, data_key)
            if problems:
                raise DatabaseDamaged(detail="; ".join(problems[:3]))
            # The account is checked before any migration, so a wrong or disabled
            # account never changes the file. (The users table is the same in every
            # schema version so far.)
            found = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if found > SCHEMA_VERSION:
                raise NewerSchema(found=found, known=SCHEMA_VERSION)
            row = conn.execute(
                "SELECT id, username, display_name, role, disabled FROM users WHERE username = ?",
                (username.strip(),),
            ).fetchone()
            if row is None:
                raise WrongPassword()
            user = User(row[0], row[1], row[2], row[3], bool(row[4]))
            if user.disabled:
                raise AccountDisabled()
            migrate(conn, path, data_key, backup_first=True)
        except DatabaseError as exc:
            conn.close()
            raise map_error(exc) or DatabaseDamaged(detail=str(exc)) from exc
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, keyfile, data_key, user)

    @classmethod
    def open(cls, path: Path | str, username: str, password: str) -> Database:
        path = Path(path)
        if not path.exists():
            raise DatabaseMissing(path=str(path))
        keyfile = KeyFile.load(keys_path(path))
        data_key = keyfile.unlock_password(username, password)
        return cls._unlock(path, data_key, keyfile, username)

    @classmethod
    def open_with_recovery(cls, path: Path | str, recovery_key: str, username: str) -> Database:
        """Unlock with the recovery key as `username` (an administrator account).

        The caller then sets a new password (`set_password`) and should issue a new
        recovery key (`new_recovery_key`), since the old one has been used.
        """
        path = Path(path)
        if not path.exists():
            raise DatabaseMissing(path=str(path))
        keyfile = KeyFile.load(keys_path(path))
        data_key = keyfile.unlock_recovery(recovery_key)
        database = cls._unlock(path, data_key, keyfile, username)
        if not database.user.is_admin:
            database.close()
            raise PermissionDenied(
                role=database.user.role, action=Message(_C, ACTION_MANAGE_ACCOUNTS)
            )
        return database

    def for_thread(self) -> Database:
        """The same database and account on a new connection, for a worker thread
        (one SQLite connection per thread). Close it when the work is done."""
        conn = connect(self.path, self.data_key)
        return Database(self.path, conn, self.keyfile, self.data_key, self.user)

    def close(self) -> None:
        """Close the connection and overwrite the key in memory."""
        with contextlib.suppress(Exception):
            self.conn.close()
        for i in range(len(self._key)):
            self._key[i] = 0

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @property
    def data_key(self) -> bytes:
        return bytes(self._key)

    # -- permissions --------------------------------------------------------
    def require(self, allowed: bool, action: str) -> None:
        if not allowed:
            raise PermissionDenied(
                role=Labels(vocab.ROLES, (self.user.role,)), action=Message(_C, action)
            )

    # -- meta ---------------------------------------------------------------
    def meta(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_meta(self, key: str, value: Any) -> None:
        self.require(self.user.is_admin, ACTION_EDIT_SETTINGS)
        with self.conn:
            _set_meta(self.conn, key, value)
            self.audit("update", "settings", None, {"key": key})

    @property
    def profile(self) -> UnitProfile:
        return UnitProfile.from_dict(self.meta("profile", {}))

    def set_profile(self, profile: UnitProfile) -> None:
        errors = profile.validate()
        if errors:
            raise InvalidRecord(errors)
        self.set_meta("profile", profile.to_dict())

    @property
    def programme(self) -> Programme:
        return Programme.from_dict(self.meta("programme", {}))

    def set_programme(self, programme: Programme) -> None:
        errors = programme.validate()
        if errors:
            raise InvalidRecord(errors)
        self.set_meta("programme", programme.to_dict())

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- audit --------------------------------------------------------------
    def audit(
        self, action: str, kind: str, record_id: int | None, summary: dict[str, Any] | None = None
    ) -> None:
        audit.append(
            self.conn, user_id=self.user.id, username=self.user.username, action=action,
            record_kind=kind, record_id=record_id, summary=summary,
        )  # fmt: skip

    # -- accounts -----------------------------------------------------------
    def users(self) -> list[User]:
        return [
            User(r[0], r[1], r[2], r[3], bool(r[4]))
            for r in self.conn.execute(
                "SELECT id, username, display_name, role, disabled FROM users ORDER BY username"
            )
        ]

    def add_user(self, username: str, password: str, role: str, display_name: str = "") -> User:
        self.require(self.user.is_admin, ACTION_MANAGE_ACCOUNTS)
        errors = validate_username(username) + validate_password(password)
        if role not in vocab.ROLES:
            errors.append(
                _err(
                    "role",
                    QT_TRANSLATE_NOOP("Validation", '"{value}" is not one of the allowed choices.'),
                    value=role,
                )
            )
        taken = self.conn.execute(
            "SELECT 1 FROM users WHERE username = ?", (username.strip(),)
        ).fetchone()
        if taken:
            errors.append(_err("username", USERNAME_TAKEN, value=username))
        if errors:
            raise InvalidRecord(errors)
        new_keys = KeyFile(
            self.keyfile.database_id, self.keyfile.key_check, list(self.keyfile.slots)
        )
        new_keys.set_password(username, password, self.data_key)
        with self.conn:
            cur = self.conn.execute(
                "INSERT INTO users (username, display_name, role, created_at, password_changed_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (username.strip(), display_name, role, audit.now_utc(), audit.now_utc()),
            )
            user_id = int(cur.lastrowid or 0)
            self.audit("create", "user", user_id, {"role": role})
            # Key file last, still inside the transaction: if it cannot be written, the
            # account is not created either.
            new_keys.save(keys_path(self.path))
        self.keyfile = new_keys
        return User(user_id, username.strip(), display_name, role)

    def set_password(self, username: str, password: str) -> None:
        """Change one's own password, or (administrators) anyone's."""
        own = username.strip().casefold() == self.user.username.casefold()
        self.require(own or self.user.is_admin, ACTION_MANAGE_ACCOUNTS)
        errors = validate_password(password)
        if errors:
            raise InvalidRecord(errors)
        row = self.conn.execute(
            "SELECT id FROM users WHERE username = ?", (username.strip(),)
        ).fetchone()
        if row is None:
            raise InvalidRecord([_err("username", REQUIRED)])
        new_keys = KeyFile(
            self.keyfile.database_id, self.keyfile.key_check, list(self.keyfile.slots)
        )
        new_keys.set_password(username, password, self.data_key)
        with self.conn:
            self.conn.execute(
                "UPDATE users SET password_changed_at = ? WHERE id = ?", (audit.now_utc(), row[0])
            )
            self.audit("password", "user", row[0])
            new_keys.save(keys_path(self.path))
        self.keyfile = new_keys

    def set_disabled(self, username: str, disabled: bool) -> None:
        self.require(self.user.is_admin, ACTION_MANAGE_ACCOUNTS)
        row = self.conn.execute(
            "SELECT id, role FROM users WHERE username = ?", (username.strip(),)
        ).fetchone()
        if row is None:
            raise InvalidRecord([_err("username", REQUIRED)])
        if disabled and row[1] == "administrator":
            admins = self.conn.execute(
                "SELECT count(*) FROM users WHERE role = 'administrator' AND disabled = 0 AND id != ?",
                (row[0],),
            ).fetchone()[0]
            if admins == 0:
                raise StorageError(Message(_C, LAST_ADMIN))
        new_keys = KeyFile(
            self.keyfile.database_id, self.keyfile.key_check, list(self.keyfile.slots)
        )
        with self.conn:
            self.conn.execute("UPDATE users SET disabled = ? WHERE id = ?", (int(disabled), row[0]))
            self.audit("disable" if disabled else "enable", "user", row[0])
            if disabled:
                # A disabled account's key slot goes, so the password no longer unwraps
                # the key even with an old copy of the app. Re-enabling needs a new password.
                new_keys.remove_account(username)
                new_keys.save(keys_path(self.path))
        self.keyfile = new_keys

    def new_recovery_key(self) -> str:
        self.require(self.user.is_admin, ACTION_MANAGE_ACCOUNTS)
        new_keys = KeyFile(
            self.keyfile.database_id, self.keyfile.key_check, list(self.keyfile.slots)
        )
        recovery = new_keys.new_recovery_key(self.data_key)
        with self.conn:
            self.audit("recovery_key", "user", self.user.id)
            new_keys.save(keys_path(self.path))
        self.keyfile = new_keys
        return recovery

    # -- backups ------------------------------------------------------------
    def backup(self, dest_dir: Path, label: str = "") -> backup.BackupInfo:
        return backup.make_backup(self.conn, self.path, self.data_key, Path(dest_dir), label)


def _set_meta(conn: Connection, key: str, value: Any) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value, ensure_ascii=False, sort_keys=True)),
    )


def migrate(conn: Connection, path: Path, data_key: bytes, *, backup_first: bool) -> int:
    """Bring the schema up to SCHEMA_VERSION; returns the version found."""
    found = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if found > SCHEMA_VERSION:
        raise NewerSchema(found=found, known=SCHEMA_VERSION)
    if found == SCHEMA_VERSION:
        return found
    if backup_first and found > 0:
        backup.make_backup(
            conn, path, data_key, backup.backups_folder(path), label=f"before-v{SCHEMA_VERSION}"
        )
    for version in range(found, SCHEMA_VERSION):
        with conn:
            for statement in _statements(MIGRATIONS[version]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
    return found


def _statements(script: str) -> list[str]:
    """Split a migration into statements (ours contain no ';' inside literals)."""
    return [s.strip() for s in script.split(";") if s.strip()]
