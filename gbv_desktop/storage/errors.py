"""Errors the user can act on, each with one clear, translatable message.

Bugs stay ordinary exceptions; everything here is a `KnownError` the window or the
command line shows as it is (qutebrowser's KnownError / BugError split).
"""

from __future__ import annotations

import errno
from typing import Any

from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, KnownError, Message

_C = "StorageError"


def _m(text: str, **params: Any) -> Message:
    return Message(_C, text, params)


class StorageError(KnownError):
    """Base of every storage error a user can act on."""

    default = QT_TRANSLATE_NOOP("StorageError", "The database could not be used.")

    def __init__(self, message: Message | None = None, **params: Any) -> None:
        super().__init__(message or _m(self.default, **params))


class WrongPassword(StorageError):
    default = QT_TRANSLATE_NOOP("StorageError", "Wrong account name or password.")


class WrongRecoveryKey(StorageError):
    default = QT_TRANSLATE_NOOP("StorageError", "This recovery key does not open this database.")


class AccountDisabled(StorageError):
    default = QT_TRANSLATE_NOOP("StorageError", "This account is disabled. Ask an administrator.")


class DatabaseMissing(StorageError):
    default = QT_TRANSLATE_NOOP("StorageError", "There is no database at {path}.")


class DatabaseExists(StorageError):
    default = QT_TRANSLATE_NOOP(
        "StorageError", "A database already exists at {path}; nothing was changed."
    )


class KeyFileMissing(StorageError):
    default = QT_TRANSLATE_NOOP(
        "StorageError",
        "The key file {path} that belongs to this database is missing. "
        "Restore it from a backup (it is saved beside every backup).",
    )


class DatabaseDamaged(StorageError):
    default = QT_TRANSLATE_NOOP(
        "StorageError",
        "The database file is damaged or has been altered ({detail}). Restore the newest backup.",
    )


class NewerSchema(StorageError):
    default = QT_TRANSLATE_NOOP(
        "StorageError",
        "This database was written by a newer version of gbv-desktop (schema {found}, this "
        "version knows up to {known}). Install the newer version; nothing was changed.",
    )


class PermissionDenied(StorageError):
    default = QT_TRANSLATE_NOOP("StorageError", "Your role ({role}) may not do this: {action}.")


class RecordNotFound(StorageError):
    default = QT_TRANSLATE_NOOP(
        "StorageError", "Record {kind} #{id} does not exist (it may have been deleted)."
    )


class InvalidRecord(StorageError):
    """A record failed validation; `errors` lists every field and reason."""

    default = QT_TRANSLATE_NOOP("StorageError", "The record has {count} invalid field(s).")

    def __init__(self, errors: list[Any]) -> None:
        super().__init__(count=len(errors))
        self.errors = errors


class DiskFull(StorageError):
    default = QT_TRANSLATE_NOOP(
        "StorageError", "The disk is full; nothing was saved. Free some space and try again."
    )


class DatabaseLocked(StorageError):
    default = QT_TRANSLATE_NOOP(
        "StorageError", "The database is busy in another window or program. Close it and try again."
    )


class WriteFailed(StorageError):
    default = QT_TRANSLATE_NOOP(
        "StorageError", "Could not write {path}: {detail}. The previous file, if any, is unchanged."
    )


class UnsafeLocation(StorageError):
    default = QT_TRANSLATE_NOOP(
        "StorageError",
        "The database cannot be kept at {path}: {reason} Keep it on this computer's own "
        "disk and copy backups to other drives instead.",
    )


class BadFile(StorageError):
    """An import or package file that cannot be used; nothing was changed."""

    default = QT_TRANSLATE_NOOP("StorageError", "The file {path} cannot be used: {detail}")


def from_os_error(exc: OSError, path: object) -> StorageError:
    """Map an OSError while writing `path` to a message the user can act on."""
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull()
    return WriteFailed(path=str(path), detail=exc.strerror or str(exc))
