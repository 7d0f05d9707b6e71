"""The city office: member units, received report packages, the tracker, the compiled report.

A database at level "city" (the city Labour office) keeps:

- its **member units**, the wards and communes that report to it (name, 5-digit code,
  level), editable, with the 21 wards and communes of Buôn Ma Thuột (before the 2025
  merger) as an optional preset (`BMT_PRESET`). The preset has **no codes**: we could
  not confirm the official ones, so the officer enters each unit's code (a package is
  matched to its unit by code);
- the **report packages** received from them (`import_packages`): each file is read and
  checked by `package.read_package` (format, version, checksum, structure), then against
  the compilation at hand: it must be the official (unmasked) report of a member ward or
  commune, of the kind and period being compiled, and not a package already received. A
  newer package from a unit that already sent one for the period replaces it only once
  the officer confirms; the older one is kept, marked as superseded. Nothing received is
  ever deleted. The package is stored as received (it holds aggregates only), with its
  checksum, the file's name, when it was received and a compact copy of its figures;
- the **tracker** (`tracker`): for a period, every member unit with its status
  (received on or before the due date, received late, missing) and a reminder list;
- the **compiled report** (`compile_figures`, `build_city_document`): figures of level
  "city", every count and amount the sum of the reporting units' figures, every share
  recomputed from the summed parts (never averaged), the indicators from the summed
  numerators and denominators with the city programme's targets, the annex tables of a
  unit's report computed on those sums, one table per report section with a row per
  unit and a total row, and the lists of the units that did and did not report. Then
  `produce.produce` writes the same five files as a unit's report.

No Qt here. SQL through `database.conn`, as the other report modules.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from gbv_desktop.domain import vocab
from gbv_desktop.domain.calendar import Period, default_period
from gbv_desktop.domain.indicators import Indicator
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, KnownError, Labels, Message
from gbv_desktop.domain.profile import Programme
from gbv_desktop.domain.text import fold, sort_key
from gbv_desktop.reports import figures as fig
from gbv_desktop.reports.model import Cell, Figures, LetterDetails, ReportDocument, Table
from gbv_desktop.reports.package import PackageRejected, check_package
from gbv_desktop.reports.produce import PERIOD_PHRASES, STEP_DONE, default_letter
from gbv_desktop.storage import audit
from gbv_desktop.storage.connection import DatabaseError, map_error
from gbv_desktop.storage.files import atomic_write_bytes

_C = "Reports"
MEMBER_KIND = "member_unit"  # the change log's record kinds
PACKAGE_KIND = "received_package"
MEMBER_LEVELS = ("ward", "commune")
PROVINCE_DEPARTMENT = "Sở Lao động – Thương binh và Xã hội tỉnh"
WARD_RECIPIENT = "Phòng Lao động – Thương binh và Xã hội thành phố"  # a ward's default
UNITS_HEADER = "Phường, xã"
MAX_SCAN_DEPTH = 8  # folders below a chosen folder or drive that are searched for packages

# The 21 wards and communes of Buôn Ma Thuột before the 2025 merger: 13 wards, 8 communes.
# No codes: the official 5-digit codes could not be confirmed, so the officer enters them.
BMT_PRESET: tuple[tuple[str, str], ...] = (
    ("Phường Ea Tam", "ward"),
    ("Phường Khánh Xuân", "ward"),
    ("Phường Tân An", "ward"),
    ("Phường Tân Hòa", "ward"),
    ("Phường Tân Lập", "ward"),
    ("Phường Tân Lợi", "ward"),
    ("Phường Tân Thành", "ward"),
    ("Phường Tân Tiến", "ward"),
    ("Phường Thành Công", "ward"),
    ("Phường Thành Nhất", "ward"),
    ("Phường Thắng Lợi", "ward"),
    ("Phường Thống Nhất", "ward"),
    ("Phường Tự An", "ward"),
    ("Xã Cư Êbur", "commune"),
    ("Xã Ea Kao", "commune"),
    ("Xã Ea Tu", "commune"),
    ("Xã Hòa Khánh", "commune"),
    ("Xã Hòa Phú", "commune"),
    ("Xã Hòa Thắng", "commune"),
    ("Xã Hòa Thuận", "commune"),
    ("Xã Hòa Xuân", "commune"),
)

# -- messages ------------------------------------------------------------------------------

ACTION_RECEIVE = QT_TRANSLATE_NOOP("Reports", "receive report packages and manage member units")
NAME_REQUIRED = QT_TRANSLATE_NOOP("Reports", "A member unit needs a name.")
BAD_CODE = QT_TRANSLATE_NOOP(
    "Reports", "A ward or commune code has exactly 5 digits, e.g. 24133 (or leave it empty)."
)
BAD_LEVEL = QT_TRANSLATE_NOOP("Reports", "A member unit is a ward or a commune.")
CODE_TAKEN = QT_TRANSLATE_NOOP("Reports", "The code {code} is already used by {unit}.")
MEMBER_MISSING = QT_TRANSLATE_NOOP("Reports", "This member unit no longer exists.")
AD_HOC_PERIOD = QT_TRANSLATE_NOOP(
    "Reports", "An ad hoc report has no period in the calendar: give its first and last day."
)
NOTHING_RECEIVED = QT_TRANSLATE_NOOP(
    "Reports", "No member unit's package has been received for this period: nothing to compile."
)
NO_MEMBERS = QT_TRANSLATE_NOOP(
    "Reports", "The city has no member units yet: add its wards and communes first."
)
REJECT_CITY = QT_TRANSLATE_NOOP(
    "Reports",
    "it is the compiled report of {unit}, not the report of a ward or commune.",
)
REJECT_MASKED = QT_TRANSLATE_NOOP(
    "Reports",
    "it is a masked copy (small counts hidden, for sharing outside government), which "
    "cannot be added up; ask {unit} for the official package.",
)
REJECT_KIND = QT_TRANSLATE_NOOP(
    "Reports", "it is of the kind \u201c{found}\u201d, not \u201c{wanted}\u201d."
)
REJECT_PERIOD = QT_TRANSLATE_NOOP(
    "Reports", "it covers {found}, not the period being compiled ({wanted})."
)
REJECT_UNKNOWN = QT_TRANSLATE_NOOP(
    "Reports",
    "it comes from {unit} (code {code}), which is not one of the city's member units. If it "
    "belongs to the city, add it under Member units, then import the file again.",
)
REJECT_NO_CODE = QT_TRANSLATE_NOOP(
    "Reports",
    "it comes from {unit} (code {code}), but the member unit {member} has no code yet. Enter "
    "its code under Member units, then import the file again.",
)
REJECT_DUPLICATE = QT_TRANSLATE_NOOP(
    "Reports", "the same package was already received on {date}; nothing new was imported."
)
REJECT_OLDER = QT_TRANSLATE_NOOP(
    "Reports",
    "it is older than the package from {unit} received on {date}, which is kept.",
)
REJECT_SAME_FILE = QT_TRANSLATE_NOOP(
    "Reports", "it is the same package as {name}, imported with it."
)
REJECT_NEWER_HERE = QT_TRANSLATE_NOOP(
    "Reports",
    "a newer package from {unit} for the same period is among the files imported ({name}).",
)
REJECT_HIDDEN = QT_TRANSLATE_NOOP(
    "Reports", "some of its counts are missing, so it cannot be added up."
)
KEPT_OLDER = QT_TRANSLATE_NOOP(
    "Reports", "you chose to keep the package received on {date}; this one was not imported."
)
STEP_READING = QT_TRANSLATE_NOOP("Reports", "Reading {name}…")
STEP_SAVING = QT_TRANSLATE_NOOP("Reports", "Keeping the packages received…")
STEP_COMPILING = QT_TRANSLATE_NOOP("Reports", "Adding up the figures of {n} units…")


class MemberUnitInvalid(KnownError):
    """A member unit that cannot be saved as given; nothing was changed."""


# -- periods and dates ---------------------------------------------------------------------


def _fmt(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def period_text(period: Period) -> str:
    """ "15/12/2024 – 14/05/2025"."""
    return f"{_fmt(period.start)} – {_fmt(period.end)}"


def expected_period(database: Any, kind: str, year: int, period: Period | None = None) -> Period:
    """The period being compiled: `period` if given, else the city calendar's (6-month,
    annual) or the programme's phase (end-of-phase). An ad hoc report needs `period`."""
    if kind not in vocab.REPORT_KINDS:
        raise ValueError(f"unknown report kind {kind!r}")
    if period is not None:
        return period
    if kind == "ad_hoc":
        raise KnownError(Message(_C, AD_HOC_PERIOD))
    programme = database.programme
    return default_period(kind, year, programme.calendar, programme.phase)


def due_date(database: Any, kind: str, year: int) -> date | None:
    """The due date from the city calendar (6-month and annual reports); None for ad hoc
    and end-of-phase reports, which are due when the city asks."""
    if kind in ("half_year", "annual"):
        return database.programme.calendar.due(kind, year)  # type: ignore[no-any-return]
    return None


# -- member units --------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberUnit:
    id: int
    code: str  # "" until the officer enters it
    name: str  # e.g. "Phường Tân Lợi"
    level: str  # ward | commune
    position: int


_CODE = re.compile(r"[0-9]{5}")


def _require_writer(database: Any) -> None:
    database.require(database.user.can_write, ACTION_RECEIVE)


def _clean_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name or "").split())


def _name_key(name: str) -> str:
    """ "Phường Tân Lợi", "phuong tan loi" and "Tân Lợi" alike."""
    words = fold(name).split()
    if words[:1] in (["phuong"], ["xa"]):
        words = words[1:]
    elif words[:2] == ["thi", "tran"]:
        words = words[2:]
    return " ".join(words)


def list_member_units(database: Any) -> list[MemberUnit]:
    """The member units in their order."""
    rows = database.conn.execute(
        "SELECT id, code, name, level, position FROM member_units ORDER BY position, id"
    ).fetchall()
    return [MemberUnit(int(r[0]), r[1], r[2], r[3], int(r[4])) for r in rows]


def _validate(database: Any, code: str, name: str, level: str, unit_id: int | None) -> None:
    if not name:
        raise MemberUnitInvalid(Message(_C, NAME_REQUIRED))
    if level not in MEMBER_LEVELS:
        raise MemberUnitInvalid(Message(_C, BAD_LEVEL))
    if code and not _CODE.fullmatch(code):
        raise MemberUnitInvalid(Message(_C, BAD_CODE))
    if code:
        row = database.conn.execute(
            "SELECT id, name FROM member_units WHERE code = ? AND id != ?", (code, unit_id or 0)
        ).fetchone()
        if row is not None:
            raise MemberUnitInvalid(Message(_C, CODE_TAKEN, {"code": code, "unit": row[1]}))


def _write(database: Any, fn: Callable[[], Any]) -> Any:
    try:
        with database.conn:
            return fn()
    except DatabaseError as exc:
        known = map_error(exc)
        if known is None:
            raise
        raise known from exc


def add_member_unit(database: Any, name: str, code: str = "", level: str = "ward") -> MemberUnit:
    """Add a member unit at the end of the list."""
    _require_writer(database)
    name, code = _clean_name(name), (code or "").strip()
    _validate(database, code, name, level, None)

    def write() -> MemberUnit:
        now = audit.now_utc()
        position = database.conn.execute(
            "SELECT coalesce(max(position), 0) + 1 FROM member_units"
        ).fetchone()[0]
        cur = database.conn.execute(
            "INSERT INTO member_units (code, name, level, position, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (code, name, level, position, now, now),
        )
        unit_id = int(cur.lastrowid or 0)
        database.audit("create", MEMBER_KIND, unit_id, {"code": code, "level": level})
        return MemberUnit(unit_id, code, name, level, int(position))

    return _write(database, write)  # type: ignore[no-any-return]


def update_member_unit(database: Any, unit_id: int, name: str, code: str, level: str) -> MemberUnit:
    """Change a member unit's name, code or level. Packages are matched to units by code:
    those received under an old code no longer count for the unit."""
    _require_writer(database)
    name, code = _clean_name(name), (code or "").strip()
    _validate(database, code, name, level, unit_id)

    def write() -> MemberUnit:
        row = database.conn.execute(
            "SELECT position FROM member_units WHERE id = ?", (unit_id,)
        ).fetchone()
        if row is None:
            raise MemberUnitInvalid(Message(_C, MEMBER_MISSING))
        database.conn.execute(
            "UPDATE member_units SET code = ?, name = ?, level = ?, updated_at = ? WHERE id = ?",
            (code, name, level, audit.now_utc(), unit_id),
        )
        database.audit("update", MEMBER_KIND, unit_id, {"code": code, "level": level})
        return MemberUnit(unit_id, code, name, level, int(row[0]))

    return _write(database, write)  # type: ignore[no-any-return]


def remove_member_unit(database: Any, unit_id: int) -> None:
    """Take a unit off the list. The packages it sent are kept (never deleted); they stop
    counting until a member unit has their code again."""
    _require_writer(database)

    def write() -> None:
        cur = database.conn.execute("DELETE FROM member_units WHERE id = ?", (unit_id,))
        if cur.rowcount:
            database.audit("delete", MEMBER_KIND, unit_id)

    _write(database, write)


def move_member_unit(database: Any, unit_id: int, offset: int) -> None:
    """Move a unit `offset` places up (negative) or down the list."""
    _require_writer(database)
    units = list_member_units(database)
    ids = [u.id for u in units]
    if unit_id not in ids:
        return
    i = ids.index(unit_id)
    j = max(0, min(len(ids) - 1, i + offset))
    if i == j:
        return
    ids.insert(j, ids.pop(i))

    def write() -> None:
        for position, uid in enumerate(ids, start=1):
            database.conn.execute(
                "UPDATE member_units SET position = ? WHERE id = ?", (position, uid)
            )
        database.audit("update", MEMBER_KIND, unit_id, {"position": j + 1})

    _write(database, write)


def add_preset(database: Any, preset: Sequence[tuple[str, str]] = BMT_PRESET) -> list[MemberUnit]:
    """Add the preset's units that are not in the list yet (by name, accents and "Phường"/
    "Xã" aside), without codes; returns those added."""
    _require_writer(database)
    have = {_name_key(u.name) for u in list_member_units(database)}
    wanted = [(n, lv) for n, lv in preset if _name_key(n) not in have]

    def write() -> list[MemberUnit]:
        return [add_member_unit(database, name, "", level) for name, level in wanted]

    return _write(database, write)  # type: ignore[no-any-return]


# -- received packages ---------------------------------------------------------------------


@dataclass(frozen=True)
class ReceivedPackage:
    """One package as kept (without its content)."""

    id: int
    sha256: str
    unit_code: str
    unit_name: str
    kind: str
    year: int
    period: Period
    number: str
    issued_on: date | None
    generated_at: str  # UTC, as in the package
    source_name: str
    received_at: datetime  # UTC
    received_on: date  # the day the office counts it as received
    superseded_by: int | None


_PACKAGE_COLUMNS = (
    "id, sha256, unit_code, unit_name, kind, year, period_start, period_end, number, "
    "issued_on, generated_at, source_name, received_at, received_on, superseded_by"
)


def _received(row: Sequence[Any]) -> ReceivedPackage:
    at = datetime.fromisoformat(row[12])
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return ReceivedPackage(
        id=int(row[0]),
        sha256=row[1],
        unit_code=row[2],
        unit_name=row[3],
        kind=row[4],
        year=int(row[5]),
        period=Period(date.fromisoformat(row[6]), date.fromisoformat(row[7])),
        number=row[8] or "",
        issued_on=date.fromisoformat(row[9]) if row[9] else None,
        generated_at=row[10] or "",
        source_name=row[11] or "",
        received_at=at,
        received_on=date.fromisoformat(row[13]),
        superseded_by=row[14],
    )


def received_packages(
    database: Any, kind: str, period: Period, *, current_only: bool = False
) -> list[ReceivedPackage]:
    """The packages received for `kind` and `period`, oldest first; with `current_only`,
    only those not replaced by a newer one."""
    sql = (
        f"SELECT {_PACKAGE_COLUMNS} FROM received_packages WHERE kind = ? AND period_start = ? "
        "AND period_end = ?"
    )
    if current_only:
        sql += " AND superseded_by IS NULL"
    rows = database.conn.execute(
        sql + " ORDER BY received_at, id", (kind, period.start.isoformat(), period.end.isoformat())
    ).fetchall()
    return [_received(r) for r in rows]


def package_content(database: Any, package_id: int) -> dict[str, Any]:
    """The package as it was received (its checksum still holds)."""
    row = database.conn.execute(
        "SELECT package, sha256 FROM received_packages WHERE id = ?", (package_id,)
    ).fetchone()
    if row is None:
        raise KeyError(package_id)
    content: dict[str, Any] = json.loads(row[0])
    # Kept in its canonical form (the bytes its checksum covers), without "sha256".
    content.setdefault("sha256", row[1])
    return content


# -- importing -----------------------------------------------------------------------------

ACCEPTED = "accepted"  # a first package from the unit for the period
REPLACED = "replaced"  # a newer package, replacing (and keeping) the older one
PENDING = "pending"  # a newer package waiting for the officer's confirmation
KEPT = "kept"  # the officer kept the older package; this one was not imported
REJECTED = "rejected"


@dataclass(frozen=True)
class Incoming:
    """What a package says about itself (for the confirmation question)."""

    unit_code: str
    unit_name: str
    number: str
    issued_on: date | None
    generated_at: str
    source_name: str


@dataclass
class FileOutcome:
    path: Path
    status: str  # ACCEPTED, REPLACED, PENDING, KEPT or REJECTED
    reason: Message | None = None  # why it was rejected or not imported
    unit_code: str = ""
    unit_name: str = ""  # the member unit's name (or the package's, if unknown)
    package_id: int | None = None  # the package as kept
    replaces: ReceivedPackage | None = None  # the older package (REPLACED, PENDING, KEPT)
    incoming: Incoming | None = None
    _package: _Kept | None = field(default=None, repr=False)
    _kind: str = field(default="", repr=False)
    _period: Period | None = field(default=None, repr=False)

    @property
    def imported(self) -> bool:
        return self.status in (ACCEPTED, REPLACED)


@dataclass
class ImportResult:
    outcomes: list[FileOutcome]

    def _with(self, *statuses: str) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status in statuses]

    @property
    def imported(self) -> list[FileOutcome]:
        return self._with(ACCEPTED, REPLACED)

    @property
    def rejected(self) -> list[FileOutcome]:
        return self._with(REJECTED)

    @property
    def pending(self) -> list[FileOutcome]:
        return self._with(PENDING)

    @property
    def kept(self) -> list[FileOutcome]:
        return self._with(KEPT)


ConfirmReplace = Callable[[ReceivedPackage, Incoming], bool]
Progress = Callable[[int, int, Message], None]


def package_files(paths: Iterable[Path | str]) -> list[Path]:
    """The files to import: each file given, and the `.json` files in each folder given
    (searched `MAX_SCAN_DEPTH` levels down; hidden files and folders and unfinished
    temporary files skipped), in a stable order, each once."""
    out: list[Path] = []
    seen: set[Path] = set()

    def add(path: Path) -> None:
        key = path.absolute()
        if key not in seen:
            seen.add(key)
            out.append(path)

    def scan(folder: Path, depth: int) -> None:
        try:
            entries = sorted(folder.iterdir(), key=lambda p: (p.is_dir(), sort_key(p.name)))
        except OSError:
            return
        for entry in entries:
            if entry.name.startswith(".") or entry.name.startswith("$"):
                continue
            try:
                if entry.is_symlink():
                    continue
                if entry.is_dir():
                    if depth < MAX_SCAN_DEPTH:
                        scan(entry, depth + 1)
                elif entry.suffix.lower() == ".json" and entry.is_file():
                    add(entry)
            except OSError:
                continue

    for given in paths:
        path = Path(given)
        if path.is_dir():
            scan(path, 0)
        else:
            add(path)
    return out


def _summary_figures(package: dict[str, Any]) -> dict[str, Any]:
    """The compact figures the compilation reads (values, year by year, the inspection
    subjects), kept beside the package so compiling never parses whole packages."""
    subjects: list[list[Any]] = []
    for table in package.get("tables", []):
        if table.get("code") == "inspections_by_subject":
            body = table["rows"][:-1] if table.get("has_total_row") else table["rows"]
            subjects = [[r[0], r[1]] for r in body if isinstance(r[1], int)]
    return {"values": package["values"], "by_year": package["by_year"], "inspections": subjects}


@dataclass(frozen=True, slots=True)
class _Kept:
    """An accepted package, as it will be stored: its few fields, the compact figures the
    compilation reads, and the package in its canonical form (what its checksum covers:
    compact, keys sorted, without "sha256", which has a column of its own)."""

    sha256: str
    unit: dict[str, str]
    report: dict[str, Any]
    generated_at: str
    version: int
    figures: str
    canonical: str

    @classmethod
    def of(cls, package: dict[str, Any], canonical: str) -> _Kept:
        figures = json.dumps(_summary_figures(package), ensure_ascii=False, separators=(",", ":"))
        return cls(package["sha256"].lower(), package["unit"], package["report"],
                   package["generated_at"], package["version"], figures, canonical)  # fmt: skip


def _counts_missing(values: dict[str, Any]) -> bool:
    return any(v is None and _kind(k) != "share" for k, v in values.items())


def _same_period(kind: str, year: int, period: Period, report: dict[str, Any]) -> bool:
    same = (report["period_start"], report["period_end"]) == (
        period.start.isoformat(),
        period.end.isoformat(),
    )
    if kind in ("half_year", "annual"):
        return same and report["year"] == year
    return same


def import_packages(
    database: Any,
    paths: Iterable[Path | str],
    kind: str,
    year: int,
    confirm_replace: ConfirmReplace | None = None,
    *,
    period: Period | None = None,
    received_on: date | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Import the report packages in `paths` (files, folders, drives) for the `kind`
    report of `year` (period from the city calendar unless given).

    Every file gets an outcome: ACCEPTED; REJECTED with the reason (unreadable, altered,
    of a newer format, a city's compiled report, a masked copy, another kind or period,
    a unit that is not a member, a package already received, older than the one
    received); or, for a newer package from a unit that already sent one for the
    period, REPLACED when `confirm_replace(older, incoming)` says yes (the older one is
    kept, marked as superseded), KEPT when it says no, PENDING when `confirm_replace` is
    None (ask later, then `confirm_pending`). The packages accepted are written in one
    transaction at the end, with a change-log entry each.
    """
    _require_writer(database)
    period = expected_period(database, kind, year, period)
    received_on = received_on or date.today()
    files = package_files(paths)
    members = list_member_units(database)
    by_code = {m.code: m for m in members if m.code}
    uncoded = {_name_key(m.name): m for m in members if not m.code}
    outcomes: list[FileOutcome] = []
    candidates: list[FileOutcome] = []
    total = len(files) + 1

    def report(step: int, text: str, **params: Any) -> None:
        if progress is not None:
            progress(step, total, Message(_C, text, params))

    for step, path in enumerate(files):
        report(step, STEP_READING, name=path.name)
        outcome = FileOutcome(path, REJECTED, _kind=kind, _period=period)
        outcomes.append(outcome)
        try:
            package, canonical = check_package(path)
        except PackageRejected as exc:
            outcome.reason = exc.reason
            continue
        unit, rep = package["unit"], package["report"]
        outcome.unit_code, outcome.unit_name = unit["code"], unit["name"]

        def reject(text: str, **params: Any) -> None:
            outcome.reason = Message(_C, text, params)  # noqa: B023 - used at once

        if unit["level"] not in MEMBER_LEVELS:
            reject(REJECT_CITY, unit=unit["name"])
        elif package["masked"]:
            reject(REJECT_MASKED, unit=unit["name"])
        elif rep["kind"] != kind:
            reject(
                REJECT_KIND,
                found=Labels(vocab.REPORT_KINDS, (rep["kind"],)),
                wanted=Labels(vocab.REPORT_KINDS, (kind,)),
            )
        elif not _same_period(kind, year, period, rep):
            found = Period(
                date.fromisoformat(rep["period_start"]), date.fromisoformat(rep["period_end"])
            )
            reject(REJECT_PERIOD, found=period_text(found), wanted=period_text(period))
        elif _counts_missing(package["values"]):
            reject(REJECT_HIDDEN)
        elif unit["code"] not in by_code:
            member = uncoded.get(_name_key(unit["name"]))
            if member is not None:
                reject(REJECT_NO_CODE, unit=unit["name"], code=unit["code"], member=member.name)
            else:
                reject(REJECT_UNKNOWN, unit=unit["name"], code=unit["code"])
        else:
            outcome.unit_name = by_code[unit["code"]].name
            outcome.status = ACCEPTED
            outcome.reason = None
            # What is kept, as text: thousands of whole packages held as Python objects
            # until the end would make the garbage collector crawl.
            outcome._package = _Kept.of(package, canonical)
            outcome.incoming = Incoming(
                unit_code=unit["code"],
                unit_name=unit["name"],
                number=rep["number"],
                issued_on=date.fromisoformat(rep["issued_on"]),
                generated_at=package["generated_at"],
                source_name=path.name,
            )
            candidates.append(outcome)

    # Against what is kept: a unit's newest package of this batch only (its older ones
    # are refused, naming the newer file), then duplicates, then the unit's current one.
    known = {
        r[0]: r[1]
        for r in database.conn.execute("SELECT sha256, received_on FROM received_packages")
    }
    current = {p.unit_code: p for p in received_packages(database, kind, period, current_only=True)}
    newest: dict[str, FileOutcome] = {}
    seen: dict[str, FileOutcome] = {}
    for outcome in candidates:
        digest = outcome._package.sha256  # type: ignore[union-attr]
        if digest in known:
            _reject(outcome, REJECT_DUPLICATE, date=_fmt(date.fromisoformat(known[digest])))
            continue
        if digest in seen:
            _reject(outcome, REJECT_SAME_FILE, name=seen[digest].path.name)
            continue
        seen[digest] = outcome
        other = newest.get(outcome.unit_code)
        if other is None:
            newest[outcome.unit_code] = outcome
            continue
        if _generated(outcome) >= _generated(other):
            newer, older_here = outcome, other
            newest[outcome.unit_code] = outcome
        else:
            newer, older_here = other, outcome
        _reject(older_here, REJECT_NEWER_HERE, unit=older_here.unit_name, name=newer.path.name)
    for outcome in newest.values():
        older = current.get(outcome.unit_code)
        if older is None:
            continue
        assert outcome.incoming is not None
        if outcome.incoming.generated_at < older.generated_at:
            _reject(outcome, REJECT_OLDER, unit=outcome.unit_name, date=_fmt(older.received_on))
            continue
        outcome.replaces = older
        if confirm_replace is None:
            outcome.status = PENDING
        elif confirm_replace(older, outcome.incoming):
            outcome.status = REPLACED
        else:
            _keep_older(outcome)

    to_write = [o for o in outcomes if o.status in (ACCEPTED, REPLACED)]
    if to_write:
        report(len(files), STEP_SAVING)
        _store(database, to_write, received_on)
    report(total, STEP_DONE)
    return ImportResult(outcomes)


def _generated(outcome: FileOutcome) -> str:
    return outcome.incoming.generated_at if outcome.incoming else ""


def _keep_older(outcome: FileOutcome) -> None:
    day = outcome.replaces.received_on if outcome.replaces else None
    outcome.status = KEPT
    outcome.reason = Message(_C, KEPT_OLDER, {"date": _fmt(day)})
    outcome._package = None


def _reject(outcome: FileOutcome, text: str, **params: Any) -> None:
    outcome.status = REJECTED
    outcome.reason = Message(_C, text, params)
    outcome._package = None


def _store(database: Any, outcomes: list[FileOutcome], received_on: date) -> None:
    """Keep the packages of `outcomes` (oldest first), each replacing the unit's current
    package for the period, in one transaction."""

    def write() -> None:
        now = audit.now_utc()
        for outcome in sorted(outcomes, key=lambda o: o.incoming.generated_at):  # type: ignore[union-attr]
            kept = outcome._package
            assert kept is not None
            unit, rep = kept.unit, kept.report
            older = database.conn.execute(
                "SELECT id FROM received_packages WHERE unit_code = ? AND kind = ? AND "
                "period_start = ? AND period_end = ? AND superseded_by IS NULL",
                (unit["code"], rep["kind"], rep["period_start"], rep["period_end"]),
            ).fetchone()
            cur = database.conn.execute(
                "INSERT INTO received_packages (sha256, unit_code, unit_name, unit_level, kind, "
                "year, period_start, period_end, number, issued_on, generated_at, "
                "format_version, source_name, received_at, received_on, received_by, figures, "
                "package) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    kept.sha256,
                    unit["code"],
                    unit["name"],
                    unit["level"],
                    rep["kind"],
                    rep["year"],
                    rep["period_start"],
                    rep["period_end"],
                    rep["number"],
                    rep["issued_on"],
                    kept.generated_at,
                    kept.version,
                    outcome.path.name,
                    now,
                    received_on.isoformat(),
                    database.user.id,
                    kept.figures,
                    kept.canonical,
                ),
            )
            new_id = int(cur.lastrowid or 0)
            summary: dict[str, Any] = {
                "unit_code": unit["code"], "kind": rep["kind"], "year": rep["year"]
            }  # fmt: skip
            if older is not None:
                database.conn.execute(
                    "UPDATE received_packages SET superseded_by = ?, superseded_at = ? "
                    "WHERE id = ?",
                    (new_id, now, older[0]),
                )
                summary["replaces"] = int(older[0])
                outcome.status = REPLACED
            database.audit("import", PACKAGE_KIND, new_id, summary)
            outcome.package_id = new_id
            outcome._package = None

    _write(database, write)


def confirm_pending(
    database: Any, outcomes: Iterable[FileOutcome], received_on: date | None = None
) -> list[FileOutcome]:
    """Import the PENDING outcomes the officer confirmed (the older packages are kept,
    marked as superseded). One still pending whose unit has since sent something newer
    is rejected as older. Returns the outcomes, updated."""
    _require_writer(database)
    chosen = [o for o in outcomes if o.status == PENDING and o._package is not None]
    to_write = []
    for outcome in sorted(chosen, key=lambda o: o.incoming.generated_at):  # type: ignore[union-attr]
        assert outcome._period is not None and outcome._package is not None
        current = {
            p.unit_code: p
            for p in received_packages(database, outcome._kind, outcome._period, current_only=True)
        }
        now = current.get(outcome.unit_code)
        digest = outcome._package.sha256
        known = database.conn.execute(
            "SELECT received_on FROM received_packages WHERE sha256 = ?", (digest,)
        ).fetchone()
        if known is not None:
            _reject(outcome, REJECT_DUPLICATE, date=_fmt(date.fromisoformat(known[0])))
        elif now is not None and outcome._package.generated_at < now.generated_at:
            _reject(outcome, REJECT_OLDER, unit=outcome.unit_name, date=_fmt(now.received_on))
        else:
            outcome.status = REPLACED
            to_write.append(outcome)
    if to_write:
        _store(database, to_write, received_on or date.today())
    return list(chosen)


def decline_pending(outcomes: Iterable[FileOutcome]) -> None:
    """The officer keeps the older packages: the PENDING outcomes become KEPT."""
    for outcome in outcomes:
        if outcome.status == PENDING:
            _keep_older(outcome)


# -- the tracker -----------------------------------------------------------------------------

RECEIVED = "received"  # on or before the due date (or no due date)
LATE = "late"  # received after the due date
MISSING = "missing"  # not received

STATUS_WORDS = {RECEIVED: "Đã nhận", LATE: "Nhận muộn", MISSING: "Chưa nhận"}


@dataclass(frozen=True)
class TrackerRow:
    unit: MemberUnit
    status: str  # RECEIVED, LATE or MISSING
    received_on: date | None  # when the unit's first package for the period was received
    due: date | None
    package: ReceivedPackage | None = None  # the current package
    versions: int = 0  # packages received from the unit for the period
    overdue_days: int = 0  # MISSING: days past the due date (0 before or on it)

    @property
    def updated_on(self) -> date | None:
        """When the current package was received (a later correction)."""
        return self.package.received_on if self.package else None


def tracker(
    database: Any,
    kind: str,
    year: int,
    today: date | None = None,
    *,
    period: Period | None = None,
    due: date | None = None,
) -> list[TrackerRow]:
    """Every member unit with its status for the `kind` report of `year`: RECEIVED on or
    before the due date, LATE after it, MISSING (with the days past the due date). The
    due date is `due`, else the calendar's (none for ad hoc and end-of-phase reports, so
    nothing is late). A unit counts as received on the day its first package for the
    period was received; a correction later does not make it late."""
    period = expected_period(database, kind, year, period)
    today = today or date.today()
    if due is None:
        due = due_date(database, kind, year)
    packages = received_packages(database, kind, period)
    first: dict[str, date] = {}
    versions: dict[str, int] = {}
    current: dict[str, ReceivedPackage] = {}
    for p in packages:
        first[p.unit_code] = min(first.get(p.unit_code, p.received_on), p.received_on)
        versions[p.unit_code] = versions.get(p.unit_code, 0) + 1
        if p.superseded_by is None:
            current[p.unit_code] = p
    rows = []
    for unit in list_member_units(database):
        package = current.get(unit.code) if unit.code else None
        if package is None:
            overdue = max(0, (today - due).days) if due is not None else 0
            rows.append(TrackerRow(unit, MISSING, None, due, overdue_days=overdue))
            continue
        received = first[unit.code]
        status = LATE if due is not None and received > due else RECEIVED
        rows.append(TrackerRow(unit, status, received, due, package, versions[unit.code]))
    return rows


def report_phrase(kind: str, year: int, period: Period) -> str:
    """ "báo cáo 6 tháng đầu năm 2025", "báo cáo năm 2025", "báo cáo tổng kết giai đoạn
    2021 – 2025", "báo cáo đột xuất (từ ngày ... đến ngày ...)"."""
    if kind in PERIOD_PHRASES:
        return f"báo cáo {PERIOD_PHRASES[kind].format(year=year)}"
    if kind == "phase":
        return f"báo cáo tổng kết giai đoạn {period.start.year} – {period.end.year}"
    return f"báo cáo đột xuất (từ ngày {_fmt(period.start)} đến ngày {_fmt(period.end)})"


def reminder_text(
    rows: Sequence[TrackerRow], kind: str, year: int, period: Period, today: date | None = None
) -> str:
    """The units still missing, as a text to paste into an email or a message (in
    Vietnamese, like the report itself); "" when every unit has reported."""
    missing = [r for r in rows if r.status == MISSING]
    if not missing:
        return ""
    today = today or date.today()
    due = missing[0].due
    first = f"Các phường, xã chưa gửi {report_phrase(kind, year, period)}"
    if due is not None:
        first += f" ({'đã quá hạn' if today > due else 'hạn gửi'} ngày {_fmt(due)})"
    lines = [f"{first}, tính đến ngày {_fmt(today)}:"]
    for i, row in enumerate(missing, start=1):
        code = f" (mã {row.unit.code})" if row.unit.code else ""
        late = f" – quá hạn {row.overdue_days} ngày" if row.overdue_days else ""
        lines.append(f"{i}. {row.unit.name}{code}{late}")
    lines.append("")
    lines.append(
        "Đề nghị các đơn vị khẩn trương gửi báo cáo, kèm tệp dữ liệu báo cáo (.json) do phần "
        "mềm lập."
    )
    return "\n".join(lines)


TRACKER_COLUMNS = (
    "STT", "Phường, xã", "Mã", "Tình trạng", "Ngày nhận", "Hạn gửi", "Số ngày quá hạn",
    "Số văn bản", "Ngày văn bản", "Số lần gửi", "Ngày nhận bản mới nhất", "Tệp",
)  # fmt: skip


def tracker_table(rows: Sequence[TrackerRow]) -> list[list[Any]]:
    """The tracker as rows of cells (dates as dd/mm/yyyy text, counts as numbers)."""
    out: list[list[Any]] = []
    for i, r in enumerate(rows, start=1):
        late = (r.received_on - r.due).days if r.status == LATE and r.received_on and r.due else 0
        p = r.package
        out.append([
            i, r.unit.name, r.unit.code, STATUS_WORDS[r.status], _fmt(r.received_on),
            _fmt(r.due), r.overdue_days or late or 0, p.number if p else "",
            _fmt(p.issued_on) if p else "", r.versions, _fmt(r.updated_on),
            p.source_name if p else "",
        ])  # fmt: skip
    return out


def write_tracker_csv(rows: Sequence[TrackerRow], path: Path | str) -> Path:
    """The tracker as CSV (UTF-8 with a byte-order mark, so Excel reads the accents)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(TRACKER_COLUMNS)
    writer.writerows(tracker_table(rows))
    atomic_write_bytes(path, ("\ufeff" + buffer.getvalue()).encode("utf-8"))
    return Path(path)


def write_tracker_xlsx(rows: Sequence[TrackerRow], path: Path | str, title: str = "") -> Path:
    """The tracker as a workbook: one sheet, header frozen, numbers as numbers."""
    import xlsxwriter

    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True})
    sheet = book.add_worksheet("Theo dõi báo cáo")
    bold = book.add_format({"bold": True, "font_name": "Times New Roman", "text_wrap": True,
                            "border": 1, "valign": "vcenter", "align": "center"})  # fmt: skip
    plain = book.add_format({"font_name": "Times New Roman", "border": 1})
    number = book.add_format({"font_name": "Times New Roman", "border": 1, "num_format": "0"})
    heading = book.add_format({"bold": True, "font_name": "Times New Roman", "font_size": 13})
    first = 0
    if title:
        sheet.write_string(0, 0, title, heading)
        first = 2
    for j, name in enumerate(TRACKER_COLUMNS):
        sheet.write_string(first, j, name, bold)
    for i, row in enumerate(tracker_table(rows), start=first + 1):
        for j, cell in enumerate(row):
            if isinstance(cell, int):
                sheet.write_number(i, j, cell, number)
            else:
                sheet.write_string(i, j, str(cell), plain)
    widths = (5, 28, 8, 12, 12, 12, 10, 14, 12, 8, 14, 40)
    for j, width in enumerate(widths):
        sheet.set_column(j, j, width)
    sheet.freeze_panes(first + 1, 2)
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    book.close()
    atomic_write_bytes(path, buffer.getvalue())
    return Path(path)


# -- compiling -------------------------------------------------------------------------------

# The per-unit table of each section: (code, section, title, unit note, [(column, key)]).
BY_UNIT: list[tuple[str, str, str, str, list[tuple[str, str]]]] = [
    ("by_unit_situation", "I", "Tình hình bạo lực trên cơ sở giới theo phường, xã",
     "Đơn vị tính: vụ; người.",
     [("Số vụ việc", "cases.count"), ("Trong đó: bạo lực gia đình", "cases.domestic"),
      ("Số người bị bạo lực", "survivors.count"), ("Nữ", "survivors.by_sex.female"),
      ("Nam", "survivors.by_sex.male"), ("Dưới 16 tuổi", "survivors.by_age_group.under_16")]),
    ("by_unit_awareness", "II.1", "Công tác truyền thông theo phường, xã",
     "Đơn vị tính: hoạt động; lượt người; bản; người.",
     [("Số hoạt động", "activities.count"), ("Lượt người tham dự", "attendance.total"),
      ("Nữ", "attendance.female"), ("Nam", "attendance.male"),
      ("Tỷ lệ nam giới (%)", "attendance.men_share"),
      ("Tài liệu đã phát", "materials.handed_out"),
      ("Người có ảnh hưởng", "influencers.total")]),
    ("by_unit_support", "II.2", "Mô hình, cơ sở và hỗ trợ người bị bạo lực theo phường, xã",
     "Đơn vị tính: mô hình; lượt; vụ; ngày.",
     [("Mô hình, cơ sở đang hoạt động", "models.active.total"),
      ("Thành lập mới", "models.new.count"), ("Lượt dịch vụ hỗ trợ", "services.count"),
      ("Số vụ việc được hỗ trợ", "services.cases"), ("Số ngày tạm lánh", "shelter.days")]),
    ("by_unit_training", "II.3", "Tập huấn, bồi dưỡng theo phường, xã",
     "Đơn vị tính: lớp; lượt người; đồng.",
     [("Số lớp", "trainings.count"), ("Lượt người tham gia", "trainings.participants.total"),
      ("Nữ", "trainings.participants.female"), ("Nam", "trainings.participants.male"),
      ("Kinh phí (đồng)", "trainings.cost_vnd")]),
    ("by_unit_mobilisation", "II.4", "Huy động nguồn lực theo phường, xã",
     "Đơn vị tính: lượt; đồng.",
     [("Số lượt", "mobilisations.count"), ("Tiền mặt (đồng)", "mobilisations.cash_vnd"),
      ("Hiện vật quy đổi (đồng)", "mobilisations.in_kind_value_vnd"),
      ("Tổng giá trị (đồng)", "mobilisations.total_vnd")]),
    ("by_unit_inspection", "II.5",
     "Kiểm tra, giám sát và xử lý người gây bạo lực theo phường, xã",
     "Đơn vị tính: cuộc; người (tính theo vụ việc).",
     [("Số cuộc kiểm tra, giám sát", "inspections.count"),
      ("Người gây bạo lực", "perpetrators.count"),
      ("Trong đó: chưa xử lý", "perpetrators.by_handling.not_yet")]),
    ("by_unit_funding", "III", "Kinh phí thực hiện theo phường, xã", "Đơn vị tính: đồng.",
     [("Dự toán (đồng)", "funding.planned_vnd"), ("Đã chi (đồng)", "funding.spent_vnd"),
      ("Tỷ lệ đã chi (%)", "funding.spent_percent")]),
    ("by_unit_indicators", "IV.1", "Kết quả thực hiện các chỉ tiêu theo phường, xã",
     "Chỉ tiêu 1 tính theo người; Chỉ tiêu 2 tính theo vụ việc có nhu cầu hỗ trợ. Tỷ lệ "
     "của thành phố tính trên tổng số đạt và tổng số của các phường, xã, không lấy bình "
     "quân các tỷ lệ.",
     [("CT1: số người được hỗ trợ", "indicators.I1.numerator"),
      ("CT1: tổng số người bị bạo lực", "indicators.I1.denominator"),
      ("CT1: tỷ lệ (%)", "indicators.I1.percent"),
      ("CT2: số vụ được hỗ trợ đủ", "indicators.I2.numerator"),
      ("CT2: số vụ có nhu cầu", "indicators.I2.denominator"),
      ("CT2: tỷ lệ (%)", "indicators.I2.percent")]),
]  # fmt: skip
SECTION_ORDER = ("I", "II", "II.1", "II.2", "II.3", "II.4", "II.5", "III", "IV", "IV.1")
SUMMED_KINDS = ("count", "amount", "days", "places")


@dataclass(frozen=True)
class UnitFigures:
    """One reporting unit's figures, as the compilation reads them."""

    unit: MemberUnit
    package: ReceivedPackage
    values: dict[str, Any]
    by_year: dict[str, dict[str, Any]]
    inspections: list[list[Any]]


def unit_figures(database: Any, kind: str, period: Period) -> list[UnitFigures]:
    """The current package of every member unit that reported, in the members' order."""
    members = {m.code: m for m in list_member_units(database) if m.code}
    rows = database.conn.execute(
        f"SELECT {_PACKAGE_COLUMNS}, figures FROM received_packages WHERE kind = ? "
        "AND period_start = ? AND period_end = ? AND superseded_by IS NULL",
        (kind, period.start.isoformat(), period.end.isoformat()),
    ).fetchall()
    out = []
    for row in rows:
        member = members.get(row[2])
        if member is None:
            continue
        data = json.loads(row[-1])
        out.append(
            UnitFigures(
                member, _received(row), data["values"], data["by_year"], data["inspections"]
            )
        )
    out.sort(key=lambda u: (u.unit.position, u.unit.id))
    return out


_KIND_CACHE: dict[str, str] = {}


def _kind(key: str) -> str:
    found = _KIND_CACHE.get(key)
    if found is None:
        found = _KIND_CACHE[key] = fig.kind_of(key)
    return found


def sum_values(many: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Every count, amount, number of days and of places summed over `many` (a key
    missing from one counts 0 there); the other keys (shares, targets, years) present
    with the value None, for `recompute_shares` to fill."""
    out: dict[str, Any] = {}
    for values in many:
        for key, value in values.items():
            if _kind(key) in SUMMED_KINDS:
                out[key] = out.get(key, 0) + (value or 0)
            elif key not in out:
                out[key] = None
    return out


def _share_of(values: dict[str, Any], key: str) -> float | None:
    prefix = key[: key.rfind(".")]
    get = values.get
    if key.endswith(".men_share"):
        male, female = get(prefix + ".male"), get(prefix + ".female")
        if male is None or female is None:
            return None
        return fig.share(male, male + female)
    if key.endswith(".spent_percent"):
        return fig.share(get(prefix + ".spent_vnd"), get(prefix + ".planned_vnd"))
    if key.endswith(".percent") and key.startswith("indicators."):
        return fig.share(get(prefix + ".numerator"), get(prefix + ".denominator"), cut=True)
    return None


def _target(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def recompute_shares(values: dict[str, Any], programme: Programme) -> dict[str, Any]:
    """Every share of `values` from its summed parts (never an average of shares), and
    the indicators' targets from `programme`."""
    for key in values:
        kind = _kind(key)
        if kind == "share":
            values[key] = _share_of(values, key)
        elif kind == "target":
            code = key.split(".")[1]
            target = programme.target_i1_percent if code == "I1" else programme.target_i2_percent
            values[key] = _target(target)
    return values


def _merged_subjects(units: Sequence[UnitFigures]) -> list[tuple[str, int]]:
    """The inspection subjects of every unit, summed by subject: the most frequent
    listed, the rest (and each unit's own "other subjects") summed."""
    counts: dict[str, int] = {}
    for u in units:
        for subject, n in u.inspections:
            counts[subject] = counts.get(subject, 0) + int(n)
    other = counts.pop(fig.OTHER_SUBJECTS, 0)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], sort_key(kv[0])))
    listed = ranked[: fig.INSPECTION_SUBJECTS_LISTED]
    other += sum(n for _, n in ranked[fig.INSPECTION_SUBJECTS_LISTED :])
    if other:
        listed.append((fig.OTHER_SUBJECTS, other))
    return listed


def _cell(value: Any) -> Cell:
    return fig.NOT_APPLICABLE if value is None else value


def _by_unit_table(
    spec: tuple[str, str, str, str, list[tuple[str, str]]],
    units: Sequence[UnitFigures],
    totals: dict[str, Any],
    programme: Programme,
) -> Table:
    code, section, title, note, columns = spec
    rows: list[list[Cell]] = []
    for u in units:
        values = recompute_shares({k: u.values.get(k, 0) for _, k in columns}, programme)
        rows.append([u.unit.name, *(_cell(values[k]) for _, k in columns)])
    rows.append(["Tổng số", *(_cell(totals.get(k, 0)) for _, k in columns)])
    return Table(
        code=code,
        title=title,
        columns=[UNITS_HEADER, *(c for c, _ in columns)],
        rows=rows,
        section=section,
        unit_note=note,
        has_total_row=True,
    )


def _units_tables(
    units: Sequence[UnitFigures], missing: Sequence[MemberUnit], due: date | None
) -> list[Table]:
    received = Table(
        code="units_reported",
        title="Các phường, xã đã gửi báo cáo",
        columns=[UNITS_HEADER, "Mã đơn vị", "Ngày nhận", "Số văn bản", "Ngày văn bản",
                 "Ghi chú"],
        rows=[],
        section="II",
        unit_note=f"Hạn gửi báo cáo: {_fmt(due)}." if due else "",
    )  # fmt: skip
    for u in units:
        p = u.package
        late = due is not None and p.received_on > due
        received.rows.append([
            u.unit.name, u.unit.code, _fmt(p.received_on), p.number or "",
            _fmt(p.issued_on), "Gửi muộn" if late else "",
        ])  # fmt: skip
    not_received = Table(
        code="units_not_reported",
        title="Các phường, xã chưa gửi báo cáo",
        columns=[UNITS_HEADER, "Mã đơn vị"],
        rows=[[m.name, m.code] for m in missing],
        section="II",
        unit_note="Số liệu của các đơn vị này không có trong báo cáo tổng hợp."
        if missing
        else "Tất cả các phường, xã đã gửi báo cáo.",
    )
    return [received, not_received]


def compile_figures(
    database: Any,
    kind: str,
    year: int,
    period: Period | None = None,
    *,
    due: date | None = None,
    progress: Progress | None = None,
) -> Figures:
    """The city's figures for the `kind` report of `year`, from the member units'
    current packages (see the module docstring). The unit is the city's profile (level
    "city"); `values` also holds "units.members" and "units.reported"."""
    period = expected_period(database, kind, year, period)
    programme: Programme = database.programme
    members = list_member_units(database)
    units = unit_figures(database, kind, period)
    if progress is not None:
        progress(0, 1, Message(_C, STEP_COMPILING, {"n": len(units)}))
    reported = {u.unit.id for u in units}
    missing = [m for m in members if m.id not in reported]
    if due is None:
        due = due_date(database, kind, year)

    values = recompute_shares(sum_values(u.values for u in units), programme)
    firsts = [
        int(u.values["funding.first_year"]) for u in units if u.values.get("funding.first_year")
    ]
    lasts = [int(u.values["funding.last_year"]) for u in units if u.values.get("funding.last_year")]
    if firsts and lasts:
        values["funding.first_year"], values["funding.last_year"] = min(firsts), max(lasts)
    values["units.members"] = len(members)
    values["units.reported"] = len(units)
    by_year: dict[int, dict[str, Any]] = {}
    for y in sorted({int(y) for u in units for y in u.by_year}):
        summed = sum_values(u.by_year.get(str(y), {}) for u in units)
        by_year[y] = recompute_shares(summed, programme)

    indicators = [
        Indicator(code, int(values.get(f"indicators.{code}.numerator") or 0),
                  int(values.get(f"indicators.{code}.denominator") or 0), target)
        for code, target in (("I1", programme.target_i1_percent),
                             ("I2", programme.target_i2_percent))
    ]  # fmt: skip
    figures = Figures(
        unit=database.profile,
        programme=programme,
        kind=kind,
        year=year,
        period=period,
        values=values,
        indicators=indicators,
        tables=[],
        by_year=by_year,
        generated_at=datetime.now().replace(microsecond=0),
    )
    lists: dict[str, Any] = {
        "influencers": [
            (u.unit.name, int(u.values.get("influencers.female") or 0),
             int(u.values.get("influencers.male") or 0))
            for u in units
        ],
        "inspections": _merged_subjects(units),
    }  # fmt: skip
    cells = fig.list_cell_values(lists)
    standard = [
        g.render(lambda var: fig.lookup(figures, var, cells)) for g in fig.grids(figures, lists)
    ]
    for table in standard:
        if table.code == "influencers":
            table.columns[0] = UNITS_HEADER
            table.unit_note = "Đơn vị tính: người. Số liệu cập nhật gần nhất của từng phường, xã."
    by_section: dict[str, list[Table]] = {}
    for table in standard:
        by_section.setdefault(table.section, []).append(table)
    for spec in BY_UNIT:
        by_section.setdefault(spec[1], []).append(_by_unit_table(spec, units, values, programme))
    tables = _units_tables(units, missing, due)
    tables += [t for t in by_section.get("II", []) if t.code == "summary"]
    by_section["II"] = [t for t in by_section.get("II", []) if t.code != "summary"]
    for section in SECTION_ORDER:
        tables += by_section.pop(section, [])
    for rest in by_section.values():
        tables += rest
    figures.tables = tables
    return figures


def _in_sentence(name: str) -> str:
    """ "Phường Tân Lợi" -> "phường Tân Lợi" inside a sentence."""
    for word in ("Phường ", "Xã ", "Thị trấn "):
        if name.startswith(word):
            return word.lower() + name[len(word) :]
    return name


def reporting_paragraph(figures: Figures, today: date | None = None) -> str:
    """ "Số liệu ... tổng hợp từ báo cáo của 19/21 phường, xã ...; còn 02 đơn vị chưa
    gửi báo cáo: ..." (from the compiled figures' tables)."""
    from gbv_desktop.reports.narrative import format_count

    members = int(figures.values.get("units.members") or 0)
    reported = int(figures.values.get("units.reported") or 0)
    missing: list[str] = []
    for table in figures.tables:
        if table.code == "units_not_reported":
            missing = [_in_sentence(str(r[0])) for r in table.rows]
    today = today or date.today()
    text = (
        f"Số liệu trong báo cáo này được tổng hợp từ báo cáo của {format_count(reported)}/"
        f"{format_count(members)} phường, xã trên địa bàn thành phố (tính đến ngày "
        f"{_fmt(today)})"
    )
    if missing:
        text += f"; còn {format_count(len(missing))} đơn vị chưa gửi báo cáo: {', '.join(missing)}"
    else:
        text += "; tất cả các phường, xã đã gửi báo cáo"
    return text + "."


def default_city_letter(figures: Figures) -> LetterDetails:
    """The letter's defaults, as a unit's, addressed to the provincial Department unless
    the city's profile names another recipient."""
    f = figures
    letter = default_letter(f.unit, f.programme, f.kind, f.year, f.period)
    recipients = [r for r in letter.recipients if fold(r) != fold(WARD_RECIPIENT)]
    return replace(letter, recipients=recipients or [PROVINCE_DEPARTMENT])


def build_city_document(
    database: Any,
    kind: str,
    year: int,
    period: Period | None = None,
    letter: LetterDetails | None = None,
    *,
    due: date | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> ReportDocument:
    """The compiled report: the city's figures, the narrative drafted from them (with
    which units reported), and the letter's defaults. Raises KnownError when no member
    unit's package has been received for the period."""
    from gbv_desktop.reports.narrative import draft_narrative

    if not list_member_units(database):
        raise KnownError(Message(_C, NO_MEMBERS))
    figures = compile_figures(database, kind, year, period, due=due, progress=progress)
    if not figures.values.get("units.reported"):
        raise KnownError(Message(_C, NOTHING_RECEIVED))
    narrative = draft_narrative(figures)
    first = reporting_paragraph(figures, today)
    narrative["I"] = f"{first}\n\n{narrative['I']}".strip()
    return ReportDocument(figures, narrative, letter or default_city_letter(figures))


__all__ = [
    "ACCEPTED",
    "BMT_PRESET",
    "KEPT",
    "LATE",
    "MISSING",
    "PENDING",
    "RECEIVED",
    "REJECTED",
    "REPLACED",
    "FileOutcome",
    "ImportResult",
    "MemberUnit",
    "MemberUnitInvalid",
    "ReceivedPackage",
    "TrackerRow",
    "add_member_unit",
    "add_preset",
    "build_city_document",
    "compile_figures",
    "confirm_pending",
    "decline_pending",
    "due_date",
    "expected_period",
    "import_packages",
    "list_member_units",
    "package_content",
    "package_files",
    "received_packages",
    "reminder_text",
    "remove_member_unit",
    "sum_values",
    "tracker",
    "update_member_unit",
    "write_tracker_csv",
    "write_tracker_xlsx",
]
