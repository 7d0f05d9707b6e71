"""Atomic, verified file writes: every report, export, key file and backup goes here.

The file is written under a temporary name in the same folder, flushed and fsynced,
renamed over the target (atomic on one filesystem), the folder fsynced, and the result
re-read and compared by SHA-256. A full disk or a pulled USB stick therefore leaves the
old file or no file, never half a file, and raises a `StorageError` with a clear message.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import uuid
from collections.abc import Callable
from pathlib import Path

from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from gbv_desktop.storage.errors import StorageError, WriteFailed, from_os_error

CHUNK = 1 << 20
READ_BACK_DIFFERS = QT_TRANSLATE_NOOP(
    "StorageError", "the file read back differs from what was written"
)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(CHUNK):
            h.update(chunk)
    return h.hexdigest()


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename in `path` durable (no-op where directories cannot be opened)."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temporary_name(path: Path) -> Path:
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:12]}.tmp")


def atomic_write(
    path: Path | str, writer: Callable[[Path], None], expected: str | None = None
) -> str:
    """Let `writer` fill a temporary file, then move it over `path`; returns its SHA-256.

    With `expected` (the SHA-256 of what `writer` means to write), the file in place is
    checked against it; otherwise against the temporary file as it was written."""
    path = Path(path)
    tmp = temporary_name(path)
    try:
        writer(tmp)
        fsync_file(tmp)
        digest = expected or sha256_file(tmp)
        os.replace(tmp, path)
        fsync_dir(path.parent)
        if sha256_file(path) != digest:
            raise WriteFailed(path=str(path), detail=Message("StorageError", READ_BACK_DIFFERS))
        return digest
    except OSError as exc:
        raise from_os_error(exc, path) from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def atomic_write_bytes(path: Path | str, data: bytes) -> str:
    def write(tmp: Path) -> None:
        with open(tmp, "xb") as f:  # fsynced by atomic_write
            f.write(data)

    return atomic_write(path, write, expected=hashlib.sha256(data).hexdigest())


def atomic_write_text(path: Path | str, text: str) -> str:
    return atomic_write_bytes(path, text.encode("utf-8"))


__all__ = [
    "StorageError",
    "atomic_write",
    "atomic_write_bytes",
    "atomic_write_text",
    "fsync_dir",
    "fsync_file",
    "sha256_file",
]
