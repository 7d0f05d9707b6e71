"""The change log: who changed which record when, in the same transaction as the change.

Entries form a hash chain (each hash covers the entry and the previous hash), so an
entry edited or removed outside the app is detected by `gbv-desktop check`. Entries
name fields, never values, so the log itself holds no survivor's details.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from gbv_desktop.storage.connection import Connection

GENESIS = "0" * 64


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _digest(prev_hash: str, entry: dict[str, Any]) -> str:
    body = json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    user_id: int | None
    username: str
    action: str
    record_kind: str
    record_id: int | None
    summary: dict[str, Any]


def append(
    conn: Connection,
    *,
    user_id: int | None,
    username: str,
    action: str,
    record_kind: str,
    record_id: int | None,
    summary: dict[str, Any] | None = None,
) -> None:
    """Add an entry; must run inside the transaction that makes the change."""
    row = conn.execute("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1").fetchone()
    next_id = (row[0] + 1) if row else 1
    prev_hash = row[1] if row else GENESIS
    entry = {
        "id": next_id,
        "at": now_utc(),
        "user_id": user_id,
        "username": username,
        "action": action,
        "record_kind": record_kind,
        "record_id": record_id,
        "summary": json.dumps(summary or {}, sort_keys=True, ensure_ascii=False),
    }
    digest = _digest(prev_hash, entry)
    conn.execute(
        "INSERT INTO audit (id, at, user_id, username, action, record_kind, record_id, summary, "
        "prev_hash, hash) VALUES (:id, :at, :user_id, :username, :action, :record_kind, "
        ":record_id, :summary, :prev_hash, :hash)",
        {**entry, "prev_hash": prev_hash, "hash": digest},
    )
    # The head of the chain, so that entries cut off the end are detected too.
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (json.dumps({"id": next_id, "hash": digest}),),
    )


def verify(conn: Connection) -> list[int]:
    """Ids of entries whose hash does not follow from the chain (empty when intact)."""
    bad: list[int] = []
    prev = GENESIS
    expected_id = 1
    cursor = conn.execute(
        "SELECT id, at, user_id, username, action, record_kind, record_id, summary, prev_hash, hash "
        "FROM audit ORDER BY id"
    )
    for row in cursor:
        entry = dict(
            zip(
                (
                    "id",
                    "at",
                    "user_id",
                    "username",
                    "action",
                    "record_kind",
                    "record_id",
                    "summary",
                ),
                row[:8],
                strict=True,
            )
        )
        if row[0] != expected_id or row[8] != prev or _digest(prev, entry) != row[9]:
            bad.append(row[0])
        prev = row[9]
        expected_id = row[0] + 1
    head = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if head is not None:
        expected = json.loads(head[0])
        if expected_id - 1 != expected["id"] or prev != expected["hash"]:
            bad.append(int(expected["id"]))
    elif expected_id > 1:
        bad.append(expected_id - 1)
    return bad


def entries(
    conn: Connection, *, record_kind: str | None = None, limit: int = 1000, offset: int = 0
) -> list[AuditEntry]:
    sql = "SELECT id, at, user_id, username, action, record_kind, record_id, summary FROM audit"
    params: list[Any] = []
    if record_kind:
        sql += " WHERE record_kind = ?"
        params.append(record_kind)
    sql += " ORDER BY id DESC LIMIT ? OFFSET ?"
    params += [limit, offset]
    return [
        AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]))
        for r in conn.execute(sql, params)
    ]
