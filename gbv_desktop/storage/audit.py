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


def head(conn: Connection) -> tuple[int, str] | None:
    """The id and hash of the newest entry, as recorded in meta (None: no entry yet)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    if row is None:
        return None
    value = json.loads(row[0])
    return int(value["id"]), str(value["hash"])


# -- reading the log with filters (the Change log page) ----------------------------------


@dataclass(frozen=True)
class Filter:
    """Which entries to show; empty fields do not filter. `since`/`until` are UTC ISO
    timestamps (inclusive lower bound, exclusive upper bound), as in the `at` column."""

    username: str = ""
    record_kind: str = ""
    action: str = ""
    since: str = ""
    until: str = ""

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.username:
            clauses.append("username = ?")
            params.append(self.username)
        if self.record_kind:
            clauses.append("record_kind = ?")
            params.append(self.record_kind)
        if self.action:
            clauses.append("action = ?")
            params.append(self.action)
        if self.since:
            clauses.append("at >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("at < ?")
            params.append(self.until)
        return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def entry_ids(
    conn: Connection, where: Filter | None = None, *, newest_first: bool = True
) -> list[int]:
    """Ids of the entries matching `where`, newest first (the page loads rows lazily)."""
    sql, params = (where or Filter()).where()
    order = "DESC" if newest_first else "ASC"
    return [r[0] for r in conn.execute(f"SELECT id FROM audit{sql} ORDER BY id {order}", params)]


def count(conn: Connection, where: Filter | None = None) -> int:
    sql, params = (where or Filter()).where()
    return int(conn.execute(f"SELECT count(*) FROM audit{sql}", params).fetchone()[0])


def entries_by_id(conn: Connection, ids: list[int]) -> dict[int, AuditEntry]:
    """The entries with these ids (a block of rows for the page)."""
    found: dict[int, AuditEntry] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(
            "SELECT id, at, user_id, username, action, record_kind, record_id, summary "
            f"FROM audit WHERE id IN ({marks})",
            chunk,
        ):
            found[r[0]] = AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]))
    return found


def distinct(conn: Connection, column: str) -> list[str]:
    """The values found in one of the filterable columns (for the filter lists)."""
    if column not in ("username", "record_kind", "action"):
        raise ValueError(column)
    return [r[0] for r in conn.execute(f"SELECT DISTINCT {column} FROM audit ORDER BY {column}")]
