"""Atomic, verified writes: the old file or the new one, never half a file."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gbv_desktop.storage import files
from gbv_desktop.storage.errors import DiskFull, StorageError, WriteFailed, from_os_error

REPO = Path(__file__).resolve().parents[2]


def _leftovers(folder: Path, name: str) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != name)


def test_atomic_write_bytes_writes_and_returns_the_sha256(tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    data = os.urandom(100_000)
    digest = files.atomic_write_bytes(target, data)
    assert digest == hashlib.sha256(data).hexdigest()
    assert target.read_bytes() == data
    assert files.sha256_file(target) == digest
    assert _leftovers(tmp_path, target.name) == []


def test_a_file_that_is_not_what_was_meant_is_a_write_failed(tmp_path: Path) -> None:
    # What the writer left is checked against the checksum of what was meant, as a
    # disk that returns other bytes than it was given would show it.
    target = tmp_path / "report.pdf"

    def write(tmp: Path) -> None:
        tmp.write_bytes(b"other bytes")

    with pytest.raises(WriteFailed):
        files.atomic_write(target, write, expected=hashlib.sha256(b"the report").hexdigest())
    assert _leftovers(tmp_path, target.name) == []


def test_atomic_write_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_bytes(b"old contents")
    files.atomic_write_bytes(str(target), b"new contents")
    assert target.read_bytes() == b"new contents"
    assert _leftovers(tmp_path, target.name) == []


def test_atomic_write_text_is_utf8(tmp_path: Path) -> None:
    target = tmp_path / "note.txt"
    digest = files.atomic_write_text(target, "Báo cáo phường Tân Lợi")
    assert target.read_text("utf-8") == "Báo cáo phường Tân Lợi"
    assert digest == hashlib.sha256("Báo cáo phường Tân Lợi".encode()).hexdigest()


def test_a_writer_that_raises_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    target.write_bytes(b"the old report")

    def half_then_fail(tmp: Path) -> None:
        with open(tmp, "wb") as f:
            f.write(b"half of the new rep")
        raise RuntimeError("renderer crashed")

    with pytest.raises(RuntimeError, match="renderer crashed"):
        files.atomic_write(target, half_then_fail)
    assert target.read_bytes() == b"the old report"
    assert _leftovers(tmp_path, target.name) == []


def test_a_writer_that_raises_leaves_no_file_where_there_was_none(tmp_path: Path) -> None:
    target = tmp_path / "new.docx"

    def fail(tmp: Path) -> None:
        tmp.write_bytes(b"partial")
        raise ValueError("bad")

    with pytest.raises(ValueError):
        files.atomic_write(target, fail)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (errno.ENOSPC, DiskFull),
        (errno.EDQUOT, DiskFull),
        (errno.EFBIG, DiskFull),
        (errno.EACCES, WriteFailed),
        (errno.EIO, WriteFailed),
    ],
)
def test_os_errors_become_clear_messages(
    tmp_path: Path, code: int, expected: type[StorageError]
) -> None:
    target = tmp_path / "report.docx"
    target.write_bytes(b"old")

    def fail(tmp: Path) -> None:
        tmp.write_bytes(b"partial")
        raise OSError(code, os.strerror(code))

    with pytest.raises(expected):
        files.atomic_write(target, fail)
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path, target.name) == []
    assert isinstance(from_os_error(OSError(code, "x"), target), expected)


def test_writing_into_a_missing_folder_is_a_write_failed(tmp_path: Path) -> None:
    target = tmp_path / "unplugged-usb" / "report.docx"
    with pytest.raises(WriteFailed) as excinfo:
        files.atomic_write_bytes(target, b"data")
    assert str(target) in str(excinfo.value)
    assert not target.parent.exists()


CHILD = textwrap.dedent(
    """
    import json, resource, signal, sys
    from pathlib import Path

    from gbv_desktop.storage.errors import DiskFull
    from gbv_desktop.storage.files import atomic_write_bytes

    target, limit = Path(sys.argv[1]), int(sys.argv[2])
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        atomic_write_bytes(target, b"n" * (limit * 4))
    except DiskFull as exc:
        cause = exc.__cause__
        print(json.dumps({"error": "DiskFull", "message": str(exc),
                          "errno": getattr(cause, "errno", None)}))
    except BaseException as exc:
        print(json.dumps({"error": type(exc).__name__, "message": str(exc)}))
    else:
        print(json.dumps({"error": None}))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX only")
def test_a_real_full_disk_keeps_the_old_file(tmp_path: Path) -> None:
    """A child process whose file size limit is below the new file's size: EFBIG."""
    target = tmp_path / "report.docx"
    old = b"the old report, intact"
    target.write_bytes(old)
    limit = 64 * 1024
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(target), str(limit)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["error"] == "DiskFull", outcome
    assert outcome["errno"] == errno.EFBIG
    assert "disk is full" in outcome["message"]
    assert target.read_bytes() == old
    assert _leftovers(tmp_path, target.name) == []


def test_temporary_names_are_hidden_and_beside_the_target(tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    tmp = files.temporary_name(target)
    assert tmp.parent == tmp_path
    assert tmp.name.startswith(".report.docx.") and tmp.name.endswith(".tmp")
    assert files.temporary_name(target) != tmp
