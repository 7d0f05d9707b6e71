"""Saving, loading, listing and deleting records, each change with its audit entry.

One `RecordStore` per open `Database`. Writes check the account's role; a survivor's
identifying details are read and written only for roles allowed to see them, here in
storage and not only in the window. Each record keeps a folded `search_text` (search
ignoring case and diacritics, đ included) and a Vietnamese `sort_key`.
"""

from __future__ import annotations

import functools
import json
import typing
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from gbv_desktop.domain import vocab
from gbv_desktop.domain.calendar import Period
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP
from gbv_desktop.domain.records import (
    RECORD_TYPES,
    Activity,
    Case,
    Funding,
    InfluencerCount,
    Inspection,
    Mobilisation,
    ModelFacility,
    Record,
    Service,
    Survivor,
    SurvivorIdentity,
    Training,
    _err,
)
from gbv_desktop.domain.text import fold, sort_key
from gbv_desktop.storage.audit import now_utc
from gbv_desktop.storage.connection import DatabaseError, map_error
from gbv_desktop.storage.database import (
    ACTION_READ_IDENTITY,
    ACTION_WRITE,
    Database,
)
from gbv_desktop.storage.errors import InvalidRecord, RecordNotFound

REF_CODE_TAKEN = QT_TRANSLATE_NOOP(
    "Validation", "The reference {value} is already used by another case."
)


@dataclass(frozen=True)
class TableSpec:
    kind: str
    table: str
    date_column: str  # the column periods filter on
    search: tuple[str, ...]  # text fields folded into search_text
    labels: tuple[tuple[str, vocab.Vocabulary], ...]  # coded fields whose labels are searchable
    sort: str  # field whose Vietnamese sort key is kept
    special: tuple[str, ...] = ()  # fields stored outside the main row


SPECS: dict[str, TableSpec] = {
    "activity": TableSpec(
        "activity", "activities", "start_date", ("title", "hamlet", "co_organisers", "notes"),
        (("form", vocab.ACTIVITY_FORMS), ("setting", vocab.SETTINGS), ("campaign", vocab.CAMPAIGNS)),
        "title",
    ),
    "case": TableSpec(
        "case", "cases", "reported_on", ("ref_code",),
        (("channel", vocab.CASE_CHANNELS), ("status", vocab.CASE_STATUSES)),
        "ref_code", ("survivor", "services", "identity", "story"),
    ),
    "training": TableSpec(
        "training", "trainings", "start_date", ("topic", "organiser", "place", "notes"), (),
        "topic", ("participants",),
    ),
    "model": TableSpec(
        "model", "models", "established_on", ("name", "hamlet", "notes"),
        (("model_type", vocab.MODEL_TYPES), ("status", vocab.MODEL_STATUSES)), "name",
    ),
    "influencer": TableSpec("influencer", "influencers", "as_of", ("hamlet", "notes"), (), "hamlet"),
    "mobilisation": TableSpec(
        "mobilisation", "mobilisations", "received_on", ("donor", "in_kind", "purpose"),
        (("source", vocab.SUPPORT_SOURCES),), "donor",
    ),
    "inspection": TableSpec(
        "inspection", "inspections", "inspected_on",
        ("subject", "inspector", "inspected_body", "findings", "follow_up"), (), "subject",
    ),
    "funding": TableSpec(
        "funding", "funding", "year", ("budget_line", "notes"), (("source", vocab.FUNDING_SOURCES),),
        "budget_line",
    ),
}  # fmt: skip


# Where a search in date order reads the search text from an index instead of the rows
# (schema MIGRATION_4): the table, and the index holding its date and search_text.
SEARCH_INDEXES = {"activities": "activities_listing"}


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _is(hint: Any, kind: type) -> bool:
    return hint is kind or kind in typing.get_args(hint)


def to_row(record: Record, spec: TableSpec) -> dict[str, Any]:
    """The main-table columns of `record` (without id and audit columns)."""
    hints = _hints(type(record))
    row: dict[str, Any] = {}
    for f in fields(record):  # type: ignore[arg-type]
        if f.name == "id" or f.name in spec.special:
            continue
        value = getattr(record, f.name)
        hint = hints[f.name]
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, list):
            value = json.dumps(value, ensure_ascii=False)
        elif isinstance(value, bool):
            value = int(value)
        elif _is(hint, str) and value is None:
            value = ""
        row[f.name] = value
    parts = [str(getattr(record, n) or "") for n in spec.search]
    parts += [voc.label(str(getattr(record, n)), "vi") for n, voc in spec.labels]
    row["search_text"] = fold(" ".join(parts))
    row["sort_key"] = sort_key(str(getattr(record, spec.sort) or ""))
    return row


def from_row(cls: type[Record], row: dict[str, Any]) -> Record:
    hints = _hints(cls)
    values: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name not in row:
            continue
        value = row[f.name]
        hint = hints[f.name]
        if value is not None and _is(hint, date):
            value = date.fromisoformat(value)
        elif _is(hint, list) or typing.get_origin(hint) is list:
            value = json.loads(value) if value else []
        elif hint is bool:
            value = bool(value)
        values[f.name] = value
    return cls(**values)


def _changed_fields(old: dict[str, Any], new: dict[str, Any]) -> list[str]:
    return sorted(k for k in new if k not in ("search_text", "sort_key") and old.get(k) != new[k])


class RecordStore:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.conn = database.conn

    @property
    def db(self) -> Any:  # sqlite_utils.Database, imported when first used
        return self.database.db

    @property
    def user(self) -> Any:
        return self.database.user

    # -- writing ------------------------------------------------------------
    def save(self, record: Record, today: date | None = None) -> int:
        """Validate and save (insert or update); returns the record's id."""
        self.database.require(self.user.can_write, ACTION_WRITE)
        if isinstance(record, Case) and (record.identity is not None or record.story is not None):
            self.database.require(self.user.can_read_identity, ACTION_READ_IDENTITY)
        errors = record.validate(today)
        if errors:
            raise InvalidRecord(errors)
        try:
            with self.conn:
                return self._save(record)
        except DatabaseError as exc:
            known = map_error(exc)
            if known is None:
                raise
            raise known from exc

    def save_many(self, records: Iterable[Record], today: date | None = None) -> list[int]:
        """Save several records in one transaction: all or none (imports, demo data)."""
        self.database.require(self.user.can_write, ACTION_WRITE)
        records = list(records)
        errors = []
        for i, record in enumerate(records):
            if isinstance(record, Case) and (
                record.identity is not None or record.story is not None
            ):
                self.database.require(self.user.can_read_identity, ACTION_READ_IDENTITY)
            for e in record.validate(today):
                errors.append((i, e))
        if errors:
            raise InvalidRecord(errors)
        try:
            with self.conn:
                return [self._save(r) for r in records]
        except DatabaseError as exc:
            known = map_error(exc)
            if known is None:
                raise
            raise known from exc

    def _save(self, record: Record) -> int:
        spec = SPECS[record.kind]
        row = to_row(record, spec)
        stamp = now_utc()
        table = self.db[spec.table]
        if record.id is None:
            if isinstance(record, Case):
                row["survivor_id"] = self._save_survivor(record.survivor)
                row["ref_code"] = record.ref_code or self._next_ref_code(record)
                self._check_ref_code(row["ref_code"], None)
                record.ref_code = row["ref_code"]
                row["search_text"] = fold(row["search_text"] + " " + row["ref_code"])
                row["sort_key"] = sort_key(row["ref_code"])
            row.update(
                created_at=stamp, updated_at=stamp, created_by=self.user.id, updated_by=self.user.id
            )
            record_id = self._insert(spec.table, row)
            record.id = record_id
            self._save_children(record)
            self.database.audit("create", record.kind, record_id)
            return record_id
        old = self._row(spec, record.id)
        if isinstance(record, Case):
            record.survivor.id = record.survivor.id or old["survivor_id"]
            row["survivor_id"] = self._save_survivor(record.survivor)
            row["ref_code"] = old["ref_code"] if not record.ref_code else record.ref_code
            self._check_ref_code(row["ref_code"], record.id)
            record.ref_code = row["ref_code"]
            row["search_text"] = fold(row["search_text"] + " " + row["ref_code"])
            row["sort_key"] = sort_key(row["ref_code"])
        changed = _changed_fields(old, row) + self._save_children(record)
        row.update(updated_at=stamp, updated_by=self.user.id)
        table.update(record.id, row)
        self.database.audit("update", record.kind, record.id, {"fields": changed})
        return record.id

    def _insert(self, table: str, row: dict[str, Any]) -> int:
        """INSERT one row; returns its id. (The hot path of bulk saves: a plain prepared
        statement is about twice as fast as sqlite-utils' insert, which re-inspects the
        table each call.)"""
        columns = ", ".join(row)
        marks = ", ".join(f":{name}" for name in row)
        cursor = self.conn.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", row)
        return int(cursor.lastrowid or 0)

    def _save_survivor(self, survivor: Survivor) -> int:
        row = {
            "sex": survivor.sex,
            "ethnicity": survivor.ethnicity,
            "disability": int(survivor.disability),
            "birth_year": survivor.birth_year,
        }
        if survivor.id is None:
            row.update(code="", created_at=now_utc())
            survivor.id = self._insert("survivors", row)
            self.db["survivors"].update(survivor.id, {"code": f"NB-{survivor.id:05d}"})
        else:
            self._row(TableSpec("survivor", "survivors", "", (), (), ""), survivor.id)
            self.db["survivors"].update(survivor.id, row)
        return survivor.id

    def _check_ref_code(self, ref_code: str, record_id: int | None) -> None:
        taken = self.conn.execute(
            "SELECT 1 FROM cases WHERE ref_code = ? AND id IS NOT ?", (ref_code, record_id)
        ).fetchone()
        if taken:
            raise InvalidRecord([_err("ref_code", REF_CODE_TAKEN, value=ref_code)])

    def _next_ref_code(self, case: Case) -> str:
        """VV-<year>-<n>: n never reused, even after the newest case is deleted."""
        year = case.reported_on.year if case.reported_on else date.today().year
        prefix = f"VV-{year}-"
        row = self.conn.execute(
            "SELECT max(CAST(substr(ref_code, ?) AS INTEGER)) FROM cases WHERE ref_code LIKE ?",
            (len(prefix) + 1, prefix + "%"),
        ).fetchone()
        issued = self.database.meta("case_ref_issued", {})
        n = max(row[0] or 0, int(issued.get(str(year), 0))) + 1
        issued[str(year)] = n
        self.conn.execute(
            "INSERT INTO meta (key, value) VALUES ('case_ref_issued', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (json.dumps(issued, sort_keys=True),),
        )
        return f"{prefix}{n:04d}"

    def _save_children(self, record: Record) -> list[str]:
        """Write child rows; returns the names of the parts that changed."""
        changed: list[str] = []
        if isinstance(record, Case):
            assert record.id is not None
            old = [tuple(r) for r in self.conn.execute(
                "SELECT kind, given_on, provider_kind, provider_name FROM services WHERE case_id = ? ORDER BY position",
                (record.id,),
            )]  # fmt: skip
            new = [
                (
                    s.kind,
                    s.given_on.isoformat() if s.given_on else "",
                    s.provider_kind,
                    s.provider_name,
                )
                for s in record.services
            ]
            if old != new:
                changed.append("services")
                self.conn.execute("DELETE FROM services WHERE case_id = ?", (record.id,))
                self.db["services"].insert_all(
                    {"case_id": record.id, "position": i, "kind": k, "given_on": d, "provider_kind": p,
                     "provider_name": n}
                    for i, (k, d, p, n) in enumerate(new)
                )  # fmt: skip
            if record.identity is not None:
                changed += self._save_identity(record.survivor.id, record.identity)
            if record.story is not None:
                changed += self._save_story(record.id, record.story)
        elif isinstance(record, Training):
            assert record.id is not None
            old_p = {r[0]: (r[1], r[2]) for r in self.conn.execute(
                "SELECT role, female, male FROM training_participants WHERE training_id = ?", (record.id,)
            )}  # fmt: skip
            new_p = {k: tuple(v) for k, v in record.participants.items() if any(v)}
            if old_p != new_p:
                changed.append("participants")
                self.conn.execute(
                    "DELETE FROM training_participants WHERE training_id = ?", (record.id,)
                )
                self.db["training_participants"].insert_all(
                    {"training_id": record.id, "role": role, "female": f, "male": m}
                    for role, (f, m) in new_p.items()
                )
        return changed

    def _save_identity(self, survivor_id: int | None, identity: SurvivorIdentity) -> list[str]:
        assert survivor_id is not None
        old = self.conn.execute(
            "SELECT full_name, phone, address FROM survivor_identities WHERE survivor_id = ?",
            (survivor_id,),
        ).fetchone()
        new = (identity.full_name, identity.phone, identity.address)
        if identity.is_empty():
            if old:
                self.conn.execute(
                    "DELETE FROM survivor_identities WHERE survivor_id = ?", (survivor_id,)
                )
                return ["identity"]
            return []
        if old is None or tuple(old) != new:
            self.conn.execute(
                "INSERT INTO survivor_identities (survivor_id, full_name, phone, address) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (survivor_id) DO UPDATE SET full_name = excluded.full_name, "
                "phone = excluded.phone, address = excluded.address",
                (survivor_id, *new),
            )
            return ["identity"]
        return []

    def _save_story(self, case_id: int, story: str) -> list[str]:
        old = self.conn.execute(
            "SELECT story FROM case_stories WHERE case_id = ?", (case_id,)
        ).fetchone()
        if not story.strip():
            if old:
                self.conn.execute("DELETE FROM case_stories WHERE case_id = ?", (case_id,))
                return ["story"]
            return []
        if old is None or old[0] != story:
            self.conn.execute(
                "INSERT INTO case_stories (case_id, story) VALUES (?, ?) "
                "ON CONFLICT (case_id) DO UPDATE SET story = excluded.story",
                (case_id, story),
            )
            return ["story"]
        return []

    def delete(self, kind: str, record_id: int) -> None:
        self.database.require(self.user.can_write, ACTION_WRITE)
        spec = SPECS[kind]
        try:
            self._delete(spec, kind, record_id)
        except DatabaseError as exc:
            known = map_error(exc)
            if known is None:
                raise
            raise known from exc

    def _delete(self, spec: TableSpec, kind: str, record_id: int) -> None:
        with self.conn:
            old = self._row(spec, record_id)
            self.db[spec.table].delete(record_id)
            if kind == "case":
                # A survivor with no case left is deleted with their identity.
                self.conn.execute(
                    "DELETE FROM survivors WHERE id = ? AND NOT EXISTS "
                    "(SELECT 1 FROM cases WHERE survivor_id = ?)",
                    (old["survivor_id"], old["survivor_id"]),
                )
            self.database.audit("delete", kind, record_id)

    # -- reading ------------------------------------------------------------
    def _row(self, spec: TableSpec, record_id: int) -> dict[str, Any]:
        row = self.conn.execute(f"SELECT * FROM {spec.table} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise RecordNotFound(kind=spec.kind, id=record_id)
        cols = [d[0] for d in self.conn.execute(f"SELECT * FROM {spec.table} LIMIT 0").description]
        return dict(zip(cols, row, strict=True))

    def get(self, kind: str, record_id: int, with_identity: bool = True) -> Record:
        spec = SPECS[kind]
        record = from_row(RECORD_TYPES[kind], self._row(spec, record_id))
        record.id = record_id
        self._load_children([record], with_identity=with_identity)
        return record

    def _load_children(self, records: list[Record], with_identity: bool = True) -> None:
        if not records:
            return
        first = records[0]
        by_id = {r.id: r for r in records}
        ids = list(by_id)
        marks = ",".join("?" * len(ids))
        if isinstance(first, Case):
            rows = {r[0]: r for r in self.conn.execute(
                f"SELECT c.id, s.id, s.sex, s.ethnicity, s.disability, s.birth_year FROM cases c "
                f"JOIN survivors s ON s.id = c.survivor_id WHERE c.id IN ({marks})", ids,
            )}  # fmt: skip
            for case_id, record in by_id.items():
                r = rows[case_id]
                assert isinstance(record, Case)
                record.survivor = Survivor(r[2], r[3], bool(r[4]), r[5], r[1])
                record.services = []
            for r in self.conn.execute(
                f"SELECT case_id, kind, given_on, provider_kind, provider_name, id FROM services "
                f"WHERE case_id IN ({marks}) ORDER BY case_id, position", ids,
            ):  # fmt: skip
                by_id[r[0]].services.append(  # type: ignore[union-attr]
                    Service(r[1], date.fromisoformat(r[2]), r[3], r[4], r[5])
                )
            if with_identity and self.user.can_read_identity:
                cases = [r for r in by_id.values() if isinstance(r, Case)]
                survivor_ids = sorted({c.survivor.id for c in cases if c.survivor.id is not None})
                s_marks = ",".join("?" * len(survivor_ids))
                identities = {
                    r[0]: SurvivorIdentity(r[1], r[2], r[3])
                    for r in self.conn.execute(
                        f"SELECT survivor_id, full_name, phone, address FROM survivor_identities "
                        f"WHERE survivor_id IN ({s_marks})",
                        survivor_ids,
                    )
                }
                stories = dict(
                    self.conn.execute(
                        f"SELECT case_id, story FROM case_stories WHERE case_id IN ({marks})", ids
                    ).fetchall()
                )
                for case in cases:
                    case.identity = identities.get(case.survivor.id, SurvivorIdentity())
                    case.story = stories.get(case.id, "")
        elif isinstance(first, Training):
            for record in by_id.values():
                assert isinstance(record, Training)
                record.participants = {}
            for r in self.conn.execute(
                f"SELECT training_id, role, female, male FROM training_participants "
                f"WHERE training_id IN ({marks})", ids,
            ):  # fmt: skip
                by_id[r[0]].participants[r[1]] = (r[2], r[3])  # type: ignore[union-attr]

    def identity(self, case_id: int) -> tuple[SurvivorIdentity, str]:
        """A case's identifying details and story (permitted roles only)."""
        self.database.require(self.user.can_read_identity, ACTION_READ_IDENTITY)
        case = self.get("case", case_id)
        assert isinstance(case, Case)
        return case.identity or SurvivorIdentity(), case.story or ""

    def all(
        self,
        kind: str,
        period: Period | None = None,
        batch: int = 2000,
        with_identity: bool = False,
    ) -> Iterator[Record]:
        """Every record of `kind` (in `period` if given), in date order, in batches."""
        spec = SPECS[kind]
        where, params = self._period_where(spec, period)
        last = 0
        while True:
            rows = self.conn.execute(
                f"SELECT * FROM {spec.table} WHERE id > ? {where} ORDER BY id LIMIT ?",
                [last, *params, batch],
            )
            cols = [d[0] for d in rows.description]
            chunk = []
            for row in rows.fetchall():
                record = from_row(RECORD_TYPES[kind], dict(zip(cols, row, strict=True)))
                record.id = row[0]
                chunk.append(record)
            if not chunk:
                return
            self._load_children(chunk, with_identity=with_identity)
            yield from chunk
            last = chunk[-1].id or 0

    @staticmethod
    def _period_where(spec: TableSpec, period: Period | None) -> tuple[str, list[Any]]:
        if period is None:
            return "", []
        if spec.kind == "funding":
            return "AND year BETWEEN ? AND ?", [period.start.year, period.end.year]
        return f"AND {spec.date_column} BETWEEN ? AND ?", [
            period.start.isoformat(),
            period.end.isoformat(),
        ]

    def count(self, kind: str | None = None) -> int | dict[str, int]:
        if kind is not None:
            return int(self.db[SPECS[kind].table].count)
        return {k: int(self.db[s.table].count) for k, s in SPECS.items()}

    def _where(
        self, kind: str, text: str, period: Period | None, filters: dict[str, Any] | None
    ) -> tuple[str, list[Any]]:
        """The WHERE clause shared by listing, counting and totals."""
        spec = SPECS[kind]
        where, params = self._period_where(spec, period)
        clauses = ["1 = 1"]
        if where:
            clauses.append(where.removeprefix("AND "))
        for word in fold(text).split():
            clauses.append("search_text LIKE ? ESCAPE '\\'")
            params.append(
                "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            )
        hints = _hints(RECORD_TYPES[kind])
        for column, value in (filters or {}).items():
            if column not in hints or column in spec.special or column == "id":
                raise ValueError(f"cannot filter {kind} on {column}")
            if typing.get_origin(hints[column]) is list:
                # A list column (e.g. violence types) matches when it contains the value.
                clauses.append(f"EXISTS (SELECT 1 FROM json_each({column}) WHERE value = ?)")
                params.append(value)
            elif isinstance(value, list | tuple | set | frozenset):
                values = list(value)
                clauses.append(f"{column} IN ({','.join('?' * len(values))})" if values else "0")
                params.extend(values)
            else:
                clauses.append(f"{column} = ?")
                params.append(int(value) if isinstance(value, bool) else value)
        return " AND ".join(clauses), params

    def search_ids(
        self,
        kind: str,
        text: str = "",
        period: Period | None = None,
        filters: dict[str, Any] | None = None,
        order: str = "date",
        descending: bool = True,
        limit: int | None = None,
    ) -> list[int]:
        """Ids matching a text (diacritics and case ignored), period and field filters.

        `order` is "date", "name" (Vietnamese order of the record's label), "id", or a
        column of the record's table; text columns sort in Vietnamese order too.
        """
        spec = SPECS[kind]
        where, params = self._where(kind, text, period, filters)
        hints = _hints(RECORD_TYPES[kind])
        named = {"date": spec.date_column, "name": "sort_key", "id": "id"}
        if order in named:
            order_by = named[order]
        elif order in hints and order not in spec.special:
            order_by = f"vi_key({order})" if _is(hints[order], str) else order
        else:
            raise ValueError(f"cannot order {kind} by {order}")
        direction = "DESC" if descending else "ASC"
        # A search in date order reads the index that holds each row's date and search
        # text (a tenth of the table); SQLite would otherwise walk the date index and
        # fetch every row for its text. (Other filters need the rows: SQLite chooses.)
        source = spec.table
        searched = fold(text) and not filters and order_by == spec.date_column
        if searched and spec.table in SEARCH_INDEXES:
            source += f" INDEXED BY {SEARCH_INDEXES[spec.table]}"
        sql = (
            f"SELECT id FROM {source} WHERE {where} ORDER BY {order_by} {direction}, id {direction}"
        )
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self.conn.execute(sql, params)]

    def totals(
        self,
        kind: str,
        columns: Iterable[str],
        text: str = "",
        period: Period | None = None,
        filters: dict[str, Any] | None = None,
    ) -> dict[str, int]:
        """Sums of numeric columns over the records a listing shows."""
        spec = SPECS[kind]
        hints = _hints(RECORD_TYPES[kind])
        columns = list(columns)
        for column in columns:
            if column not in hints or not _is(hints[column], int):
                raise ValueError(f"cannot total {kind}.{column}")
        where, params = self._where(kind, text, period, filters)
        select = ", ".join([f"coalesce(sum({c}), 0)" for c in columns] + ["count(*)"])
        row = self.conn.execute(
            f"SELECT {select} FROM {spec.table} WHERE {where}", params
        ).fetchone()
        result = dict(zip(columns, (int(v) for v in row[:-1]), strict=True))
        result["count"] = int(row[-1])
        return result

    def rows(self, kind: str, ids: list[int]) -> dict[int, dict[str, Any]]:
        """Listing rows by id: the main columns (no identity), plus for cases the number
        of services and for trainings the participants by sex."""
        if not ids:
            return {}
        spec = SPECS[kind]
        marks = ",".join("?" * len(ids))
        extra = ""
        if kind == "case":
            extra = ", (SELECT count(*) FROM services s WHERE s.case_id = t.id) AS services_count"
        elif kind == "training":
            extra = (
                ", (SELECT coalesce(sum(female), 0) FROM training_participants p WHERE p.training_id = t.id)"
                " AS participants_female"
                ", (SELECT coalesce(sum(male), 0) FROM training_participants p WHERE p.training_id = t.id)"
                " AS participants_male"
            )
        cursor = self.conn.execute(
            f"SELECT t.*{extra} FROM {spec.table} t WHERE t.id IN ({marks})", ids
        )
        cols = [d[0] for d in cursor.description]
        hints = _hints(RECORD_TYPES[kind])
        out: dict[int, dict[str, Any]] = {}
        for row in cursor:
            item = dict(zip(cols, row, strict=True))
            for name, value in item.items():
                hint = hints.get(name)
                if hint is not None and typing.get_origin(hint) is list and isinstance(value, str):
                    item[name] = json.loads(value)
            out[item["id"]] = item
        return out


__all__ = [
    "SPECS",
    "Activity",
    "Case",
    "Funding",
    "InfluencerCount",
    "Inspection",
    "Mobilisation",
    "ModelFacility",
    "RecordStore",
    "Training",
]
