"""Every report produced, kept with its figures as they were (the `reports` table).

`record_report(database, document)` keeps a produced report: its kind, year, period,
number and date, the figures in full (JSON, with the unit and programme as they were
and the letter's details), a SHA-256 of the figures' canonical form, and the narrative;
with an audit entry in the same transaction. `list_reports` lists them newest first,
`load_report` gives one back as a `ReportDocument`, and `changed_since` tells whether
the records have changed the report's figures since it was made.

The checksum covers what the records decide: kind, year, period, masking, every named
value, the annex tables, the figures year by year and the two indicators (with their
targets). It leaves out when the figures were computed and the unit's profile (a new
signatory does not change a figure). Canonical form: JSON with sorted keys, no spaces,
UTF-8 (as the report package's checksum).

Only a role that may change records (officer, case worker, administrator) keeps a
report. Aggregates only, as in every report file.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from gbv_desktop.domain import vocab
from gbv_desktop.domain.calendar import Period
from gbv_desktop.domain.indicators import Indicator
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, Labels, Message
from gbv_desktop.domain.profile import Programme, Signatory, UnitProfile
from gbv_desktop.reports.model import Figures, LetterDetails, ReportDocument, Table
from gbv_desktop.storage import audit
from gbv_desktop.storage.connection import DatabaseError, map_error
from gbv_desktop.storage.errors import PermissionDenied, RecordNotFound

_C = "Reports"
ACTION_KEEP_REPORT = QT_TRANSLATE_NOOP("Reports", "produce reports and keep them in the history")
REPORT_RECORD_KIND = "report"  # the audit log's record kind for a kept report


@dataclass(frozen=True)
class ReportEntry:
    """One line of the history."""

    id: int
    kind: str
    year: int
    period: Period
    number: str
    issued_on: date | None
    created_at: datetime  # UTC
    created_by: int | None
    created_by_name: str  # the account's display name, else its name ("" if deleted)
    figures_sha256: str
    masked: bool


@dataclass(frozen=True)
class StoredReport:
    entry: ReportEntry
    document: ReportDocument


# -- figures to JSON and back ----------------------------------------------------------


def _indicator_dict(ind: Indicator) -> dict[str, Any]:
    return {
        "code": ind.code,
        "numerator": ind.numerator,
        "denominator": ind.denominator,
        "target_percent": str(ind.target_percent),
        "met": ind.met,
    }


def _table_dict(t: Table) -> dict[str, Any]:
    return {
        "code": t.code,
        "title": t.title,
        "columns": list(t.columns),
        "rows": [list(r) for r in t.rows],
        "section": t.section,
        "unit_note": t.unit_note,
        "has_total_row": bool(t.has_total_row),
    }


def _figures_core(f: Figures) -> dict[str, Any]:
    """What the records decide (the part the checksum covers)."""
    return {
        "kind": f.kind,
        "year": f.year,
        "period": {"start": f.period.start.isoformat(), "end": f.period.end.isoformat()},
        "masked": bool(f.masked),
        "values": dict(f.values),
        "tables": [_table_dict(t) for t in f.tables],
        "by_year": {str(y): dict(v) for y, v in sorted(f.by_year.items())},
        "indicators": [_indicator_dict(i) for i in f.indicators],
    }


def figures_to_dict(f: Figures) -> dict[str, Any]:
    """Everything in `f`, JSON-ready."""
    generated = f.generated_at
    return {
        **_figures_core(f),
        "unit": f.unit.to_dict(),
        "programme": f.programme.to_dict(),
        "generated_at": generated.isoformat() if isinstance(generated, datetime) else "",
    }


def canonical_figures(f: Figures) -> bytes:
    text = json.dumps(
        _figures_core(f), sort_keys=True, separators=(",", ":"), ensure_ascii=False,
        allow_nan=False,
    )  # fmt: skip
    return text.encode("utf-8", "surrogatepass")


def figures_digest(f: Figures) -> str:
    """SHA-256 of the figures' canonical form (see the module docstring)."""
    return hashlib.sha256(canonical_figures(f)).hexdigest()


def _indicator_from(d: dict[str, Any]) -> Indicator:
    target = Decimal(str(d["target_percent"]))
    if d.get("numerator") is None or d.get("denominator") is None:
        from gbv_desktop.reports.masking import MaskedIndicator

        return MaskedIndicator(d["code"], d.get("numerator"), d.get("denominator"), target,
                               d.get("met"))  # type: ignore[arg-type]  # fmt: skip
    return Indicator(d["code"], int(d["numerator"]), int(d["denominator"]), target)


def figures_from_dict(d: dict[str, Any]) -> Figures:
    generated = d.get("generated_at") or ""
    return Figures(
        unit=UnitProfile.from_dict(d.get("unit") or {}),
        programme=Programme.from_dict(d.get("programme") or {}),
        kind=d["kind"],
        year=int(d["year"]),
        period=Period(
            date.fromisoformat(d["period"]["start"]), date.fromisoformat(d["period"]["end"])
        ),
        values=dict(d["values"]),
        indicators=[_indicator_from(i) for i in d["indicators"]],
        tables=[
            Table(
                code=t["code"],
                title=t["title"],
                columns=list(t["columns"]),
                rows=[list(r) for r in t["rows"]],
                section=t.get("section", ""),
                unit_note=t.get("unit_note", ""),
                has_total_row=bool(t.get("has_total_row")),
            )
            for t in d["tables"]
        ],
        by_year={int(y): dict(v) for y, v in (d.get("by_year") or {}).items()},
        generated_at=datetime.fromisoformat(generated) if generated else datetime.now(),
        masked=bool(d.get("masked")),
    )


def letter_to_dict(letter: LetterDetails) -> dict[str, Any]:
    return {
        "number": letter.number,
        "issued_on": letter.issued_on.isoformat() if letter.issued_on else None,
        "place": letter.place,
        "recipients": list(letter.recipients),
        "distribution": list(letter.distribution),
        "signatory": {
            "name": letter.signatory.name,
            "title": letter.signatory.title,
            "authority": letter.signatory.authority,
        },
        "subject": letter.subject,
    }


def letter_from_dict(d: dict[str, Any]) -> LetterDetails:
    issued = d.get("issued_on")
    return LetterDetails(
        number=d.get("number", ""),
        issued_on=date.fromisoformat(issued) if issued else None,
        place=d.get("place", ""),
        recipients=list(d.get("recipients") or []),
        distribution=list(d.get("distribution") or []),
        signatory=Signatory(**(d.get("signatory") or {})),
        subject=d.get("subject", ""),
    )


# -- the table ---------------------------------------------------------------------------


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, allow_nan=False)


def _require_writer(database: Any) -> None:
    user = database.user
    if not user.can_write:
        raise PermissionDenied(
            role=Labels(vocab.ROLES, (user.role,)), action=Message(_C, ACTION_KEEP_REPORT)
        )


def record_report(database: Any, document: ReportDocument) -> int:
    """Keep `document` in the history; returns its id. Needs a role that may change
    records (PermissionDenied otherwise)."""
    _require_writer(database)
    f, letter = document.figures, document.letter
    stored = {**figures_to_dict(f), "letter": letter_to_dict(letter)}
    issued = letter.issued_on or date.today()
    conn = database.conn
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO reports (kind, year, period_start, period_end, number, issued_on, "
                "figures, figures_sha256, narrative, created_at, created_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    f.kind,
                    f.year,
                    f.period.start.isoformat(),
                    f.period.end.isoformat(),
                    letter.number,
                    issued.isoformat(),
                    _dumps(stored),
                    figures_digest(f),
                    _dumps(dict(document.narrative)),
                    audit.now_utc(),
                    database.user.id,
                ),
            )
            report_id = int(cur.lastrowid or 0)
            database.audit(
                "create",
                REPORT_RECORD_KIND,
                report_id,
                {"kind": f.kind, "year": f.year, "masked": bool(f.masked)},
            )
    except DatabaseError as exc:
        known = map_error(exc)
        if known is None:
            raise
        raise known from exc
    return report_id


_ENTRY_SQL = (
    "SELECT r.id, r.kind, r.year, r.period_start, r.period_end, r.number, r.issued_on, "
    "r.created_at, r.created_by, coalesce(nullif(u.display_name, ''), u.username, ''), "
    "r.figures_sha256, coalesce(json_extract(r.figures, '$.masked'), 0) "
    "FROM reports r LEFT JOIN users u ON u.id = r.created_by"
)


def _entry(row: Any) -> ReportEntry:
    created = datetime.fromisoformat(row[7])
    if created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    return ReportEntry(
        id=int(row[0]),
        kind=row[1],
        year=int(row[2]),
        period=Period(date.fromisoformat(row[3]), date.fromisoformat(row[4])),
        number=row[5] or "",
        issued_on=date.fromisoformat(row[6]) if row[6] else None,
        created_at=created,
        created_by=row[8],
        created_by_name=row[9] or "",
        figures_sha256=row[10],
        masked=bool(row[11]),
    )


def list_reports(database: Any) -> list[ReportEntry]:
    """Every kept report, newest first."""
    rows = database.conn.execute(f"{_ENTRY_SQL} ORDER BY r.created_at DESC, r.id DESC")
    return [_entry(r) for r in rows.fetchall()]


def _row(database: Any, report_id: int) -> Any:
    row = database.conn.execute(f"{_ENTRY_SQL} WHERE r.id = ?", (report_id,)).fetchone()
    if row is None:
        raise RecordNotFound(kind=REPORT_RECORD_KIND, id=report_id)
    return row


def load_report(database: Any, report_id: int) -> StoredReport:
    """A kept report, its figures as they were when it was made."""
    entry = _entry(_row(database, report_id))
    figures_json, narrative_json = database.conn.execute(
        "SELECT figures, narrative FROM reports WHERE id = ?", (report_id,)
    ).fetchone()
    stored = json.loads(figures_json)
    document = ReportDocument(
        figures=figures_from_dict(stored),
        narrative=dict(json.loads(narrative_json or "{}")),
        letter=letter_from_dict(stored.get("letter") or {}),
    )
    return StoredReport(entry, document)


def _computed_at(database: Any, report_id: int) -> str | None:
    """When the kept figures were computed, as the audit log writes times (UTC)."""
    value = database.conn.execute(
        "SELECT json_extract(figures, '$.generated_at') FROM reports WHERE id = ?", (report_id,)
    ).fetchone()
    if not value or not value[0]:
        return None
    try:
        moment = datetime.fromisoformat(value[0])
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.astimezone()  # the computer's local time
    # Figures keep whole seconds: compare from the start of that second.
    return moment.astimezone(UTC).replace(microsecond=0).isoformat(timespec="microseconds")


def changed_since(database: Any, report_id: int) -> bool:
    """Whether the records now give different figures for the report's kind, period and
    masking than those kept with it.

    Quick when nothing was written since the figures were computed (the audit log says
    so); otherwise the figures are computed again and their checksums compared."""
    entry = _entry(_row(database, report_id))
    since = _computed_at(database, report_id)
    if since is not None:
        later = database.conn.execute(
            "SELECT 1 FROM audit WHERE at >= ? AND record_kind != ? LIMIT 1",
            (since, REPORT_RECORD_KIND),
        ).fetchone()
        if later is None:
            return False
    (figures_json,) = database.conn.execute(
        "SELECT figures FROM reports WHERE id = ?", (report_id,)
    ).fetchone()
    if "units.reported" in (json.loads(figures_json).get("values") or {}):
        # A city's compiled report: its figures come from the units' packages.
        from gbv_desktop.reports.consolidate import compile_figures

        now = compile_figures(database, entry.kind, entry.year, entry.period)
    else:
        from gbv_desktop.reports.figures import compute_figures

        now = compute_figures(database, entry.kind, entry.year, entry.period, masked=entry.masked)
    return figures_digest(now) != entry.figures_sha256


__all__ = [
    "ReportEntry",
    "StoredReport",
    "canonical_figures",
    "changed_since",
    "figures_digest",
    "figures_from_dict",
    "figures_to_dict",
    "list_reports",
    "load_report",
    "record_report",
]
