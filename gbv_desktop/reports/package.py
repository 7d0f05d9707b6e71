"""The report package: the figures in machine-readable form, for the city office.

`build_package(document)` gives the package as a JSON-ready dict, `write_package`
writes it (atomically, through `storage.files.atomic_write_bytes`), and `read_package`
reads one back, checking its format, version, checksum and structure, and raises
`PackageRejected` with a clear reason for anything else. The format is documented in
`docs/report-package.md`, with a JSON Schema beside it.

A package carries aggregates only: the unit, the period, every named figure, the annex
tables, the figures year by year, the two indicators and the narrative. Never a name,
an address, a phone number, a story or a case reference: the figures never hold one.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import typing
from datetime import UTC, date
from pathlib import Path
from typing import Any

from gbv_desktop import __version__
from gbv_desktop.domain import vocab
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, Message
from gbv_desktop.reports.figures import share
from gbv_desktop.reports.model import SECTIONS, ReportDocument
from gbv_desktop.storage import jsonfile
from gbv_desktop.storage.errors import BadFile
from gbv_desktop.storage.files import atomic_write_bytes

FORMAT = "gbv-desktop-report"
VERSION = 1  # bump on any change a version-1 reader would misread (see the docs)
MAX_FILE_BYTES = 64 * 1024 * 1024
_SHA256 = re.compile(r"[0-9a-f]{64}", re.ASCII)
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_KEY = re.compile(r"[A-Za-z0-9_.\-]+", re.ASCII)

KEYS = (
    "format", "version", "generator", "generated_at", "unit", "report", "programme",
    "masked", "values", "tables", "by_year", "indicators", "narrative", "sha256",
)  # fmt: skip
UNIT_KEYS = ("code", "name", "level")
REPORT_KEYS = ("kind", "year", "period_start", "period_end", "number", "issued_on")
PROGRAMME_KEYS = ("name", "plan_reference", "start_year", "end_year")
TABLE_KEYS = ("code", "title", "section", "columns", "rows", "unit_note", "has_total_row")
INDICATOR_KEYS = ("code", "numerator", "denominator", "target_percent", "percent", "met")
SECTION_CODES = tuple(code for code, _ in SECTIONS)

_C = "Reports"
REJECTED = QT_TRANSLATE_NOOP("Reports", "The report package {path} cannot be used: {reason}")
FILE_MISSING = QT_TRANSLATE_NOOP("Reports", "it does not exist.")
FILE_UNREADABLE = QT_TRANSLATE_NOOP("Reports", "it could not be read ({reason}).")
FILE_TOO_BIG = QT_TRANSLATE_NOOP(
    "Reports", "it is larger than {limit} MB, too large to be a report package."
)
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Reports", "it is not UTF-8 text, so it is not a report package from gbv-desktop."
)
TRUNCATED = QT_TRANSLATE_NOOP(
    "Reports", "it ends too early: it was probably cut off while being copied or saved."
)
NOT_JSON = QT_TRANSLATE_NOOP(
    "Reports", "it is not valid JSON (line {line}, column {column}); it may be damaged."
)
NOT_JSON_ANYWHERE = QT_TRANSLATE_NOOP("Reports", "it is not valid JSON; it may be damaged.")
DUPLICATE_KEY = QT_TRANSLATE_NOOP("Reports", 'the field "{field}" appears twice in one object.')
TOO_DEEP = QT_TRANSLATE_NOOP("Reports", "it is nested too deeply to be a report package.")
NOT_PACKAGE = QT_TRANSLATE_NOOP("Reports", "it is not a report package from gbv-desktop.")
NEWER_VERSION = QT_TRANSLATE_NOOP(
    "Reports",
    "it was written by a newer version of gbv-desktop (report package version {found}; this "
    "version reads version {known} and older). Install the newer version to read it.",
)
BAD_VERSION = QT_TRANSLATE_NOOP("Reports", "its format version is not valid.")
NO_CHECKSUM = QT_TRANSLATE_NOOP("Reports", "it has no valid checksum.")
BAD_CHECKSUM = QT_TRANSLATE_NOOP(
    "Reports",
    "its checksum does not match its contents: it was changed or damaged after it was written.",
)
BAD_FIELD = QT_TRANSLATE_NOOP("Reports", 'its field "{field}" is missing or not valid.')
UNEXPECTED_FIELD = QT_TRANSLATE_NOOP("Reports", 'it has an unexpected field "{field}".')


_FILE_PROBLEMS = {
    jsonfile.MISSING: FILE_MISSING,
    jsonfile.UNREADABLE: FILE_UNREADABLE,
    jsonfile.TOO_BIG: FILE_TOO_BIG,
    jsonfile.NOT_UTF8: NOT_UTF8,
    jsonfile.TRUNCATED: TRUNCATED,
    jsonfile.NOT_JSON: NOT_JSON,
    jsonfile.NOT_JSON_ANYWHERE: NOT_JSON_ANYWHERE,
    jsonfile.DUPLICATE_KEY: DUPLICATE_KEY,
    jsonfile.TOO_DEEP: TOO_DEEP,
}


class PackageRejected(BadFile):
    """A report package that cannot be used; `reason` says why."""

    def __init__(self, path: Path | str, reason: Message) -> None:
        super().__init__(Message(_C, REJECTED, {"path": str(path), "reason": reason}))
        self.path = Path(path)
        self.reason = reason


# -- building ------------------------------------------------------------------------------


def _canonical_text(package: dict[str, Any]) -> str:
    body = {k: v for k, v in package.items() if k != "sha256"}
    return json.dumps(
        body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )


def canonical_json(package: dict[str, Any]) -> bytes:
    """The bytes the checksum covers: the package without "sha256", keys sorted, compact,
    UTF-8 (not ASCII escapes)."""
    return _canonical_text(package).encode("utf-8", "surrogatepass")


def checksum(package: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(package)).hexdigest()


def _number(value: Any) -> Any:
    """A Decimal target as a JSON number: 60 stays 60, 62.5 stays 62.5."""
    if value is None or isinstance(value, bool):
        return value
    as_float = float(value)
    return int(as_float) if as_float.is_integer() else as_float


def _cell(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def build_package(document: ReportDocument) -> dict[str, Any]:
    """The package of `document` as a dict, checksum included (nothing written)."""
    f = document.figures
    letter = document.letter
    issued_on = letter.issued_on or date.today()
    generated = f.generated_at
    if generated.tzinfo is None:
        generated = generated.astimezone()  # a naive time is the computer's local time
    package: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"gbv-desktop {__version__}",
        "generated_at": generated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "unit": {"code": f.unit.code, "name": f.unit.name, "level": f.unit.level},
        "report": {
            "kind": f.kind,
            "year": f.year,
            "period_start": f.period.start.isoformat(),
            "period_end": f.period.end.isoformat(),
            "number": letter.number,
            "issued_on": issued_on.isoformat(),
        },
        "programme": {
            "name": f.programme.name,
            "plan_reference": f.programme.plan_reference,
            "start_year": f.programme.start_year,
            "end_year": f.programme.end_year,
        },
        "masked": bool(f.masked),
        "values": {k: _cell(v) for k, v in f.values.items()},
        "tables": [
            {
                "code": t.code,
                "title": t.title,
                "section": t.section,
                "columns": list(t.columns),
                "rows": [[_cell(c) for c in row] for row in t.rows],
                "unit_note": t.unit_note,
                "has_total_row": bool(t.has_total_row),
            }
            for t in f.tables
        ],
        "by_year": {
            str(year): {k: _cell(v) for k, v in values.items()}
            for year, values in sorted(f.by_year.items())
        },
        "indicators": [
            {
                "code": ind.code,
                "numerator": ind.numerator,
                "denominator": ind.denominator,
                "target_percent": _number(ind.target_percent),
                "percent": share(ind.numerator, ind.denominator, cut=True),
                "met": ind.met,
            }
            for ind in f.indicators
        ],
        "narrative": {code: document.narrative.get(code, "") for code in SECTION_CODES},
    }
    package["sha256"] = checksum(package)
    return package


def dumps(package: dict[str, Any]) -> bytes:
    """The file's bytes: indented UTF-8 JSON (readable; the checksum does not depend on
    the layout)."""
    return json.dumps(package, ensure_ascii=False, indent=1, allow_nan=False).encode() + b"\n"


def write_package(document: ReportDocument, path: Path | str) -> Path:
    """Write the package of `document` to `path` (atomic, fsynced, verified)."""
    path = Path(path)
    atomic_write_bytes(path, dumps(build_package(document)))
    return path


# -- reading ---------------------------------------------------------------------------------


class CheckedPackage(typing.NamedTuple):
    """A report package read and checked: its `content`, and its `canonical` JSON text
    (what its checksum covers, as UTF-8: everything but "sha256", keys sorted, compact),
    so that keeping it needs no second encoding."""

    content: dict[str, Any]
    canonical: str


def read_package(path: Path | str) -> dict[str, Any]:
    """Read and check the report package at `path`; returns it as a dict.

    Raises PackageRejected, with a clear reason, for a missing, unreadable, truncated,
    altered or malformed file, for anything that is not a report package, and for a
    package of a newer version.
    """
    return check_package(path).content


def check_package(path: Path | str) -> CheckedPackage:
    """`read_package`, with the package's canonical JSON text."""
    path = Path(path)

    def reject(text: str, **params: Any) -> PackageRejected:
        return PackageRejected(path, Message(_C, text, params))

    try:
        package = jsonfile.read_json_file(path, MAX_FILE_BYTES)
    except jsonfile.JsonFileError as exc:
        raise reject(_FILE_PROBLEMS[exc.problem], **exc.params) from exc

    if not isinstance(package, dict) or package.get("format") != FORMAT:
        raise reject(NOT_PACKAGE)
    version = package.get("version")
    if type(version) is not int or version < 1:
        raise reject(BAD_VERSION)
    if version > VERSION:
        raise reject(NEWER_VERSION, found=version, known=VERSION)
    digest = package.get("sha256")
    if not isinstance(digest, str) or not _SHA256.fullmatch(digest.lower()):
        raise reject(NO_CHECKSUM)
    try:
        text = _canonical_text(package)
    except RecursionError as exc:
        raise reject(TOO_DEEP) from exc
    except ValueError as exc:  # a number too large for a float (1e999 reads as infinity)
        raise reject(NOT_JSON_ANYWHERE) from exc
    try:
        encoded, strict = text.encode("utf-8"), True
    except UnicodeEncodeError:  # a lone surrogate (a "\ud800" escape) somewhere
        encoded, strict = text.encode("utf-8", "surrogatepass"), False
    if hashlib.sha256(encoded).hexdigest() != digest.lower():
        raise reject(BAD_CHECKSUM)
    for key in package:
        if key not in KEYS:
            raise reject(UNEXPECTED_FIELD, field=jsonfile.shown(key))
    problem = structure_problem(package, encoded=strict)
    if problem is not None:
        raise reject(BAD_FIELD, field=problem)
    return CheckedPackage(typing.cast(dict[str, Any], package), text)


# -- structure checks (what the JSON Schema says, without needing jsonschema) ----------------


def _text(value: Any) -> bool:
    """A string that is valid text (no lone surrogate: it encodes as UTF-8)."""
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _str(value: Any) -> bool:
    return isinstance(value, str)


def _int(value: Any) -> bool:
    return type(value) is int


def _num(value: Any) -> bool:
    return (type(value) is int or type(value) is float) and math.isfinite(value)


def _iso_date(value: Any) -> bool:
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _exact(obj: Any, keys: tuple[str, ...]) -> bool:
    return isinstance(obj, dict) and set(obj) == set(keys)


# Figure names found valid: the same few hundred in every package (bounded, in case a
# file brings thousands of new ones).
_GOOD_KEYS: set[str] = set()
_NUMBER_TYPES = frozenset((type(None), int, float))
_CELL_TYPES = frozenset((type(None), int, float, str))


def _values(obj: Any, encoded: bool = False) -> bool:
    if not isinstance(obj, dict):
        return False
    if not _GOOD_KEYS.issuperset(obj):
        for k in obj:
            if not isinstance(k, str) or not _KEY.fullmatch(k):
                return False
            if len(_GOOD_KEYS) < 10_000:
                _GOOD_KEYS.add(k)
    if encoded:  # every number is finite: its types say it all
        return _NUMBER_TYPES.issuperset(map(type, obj.values()))
    return all(v is None or _num(v) for v in obj.values())


def _table(t: Any, encoded: bool = False) -> bool:
    text = _str if encoded else _text
    if not _exact(t, TABLE_KEYS):
        return False
    if not all(text(t[k]) for k in ("code", "title", "section", "unit_note")):
        return False
    if t["section"] not in SECTION_CODES or type(t["has_total_row"]) is not bool:
        return False
    columns, rows = t["columns"], t["rows"]
    if not isinstance(columns, list) or not columns or not all(text(c) for c in columns):
        return False
    if not isinstance(rows, list):
        return False
    width, isfinite = len(columns), math.isfinite
    if encoded:  # every string valid and every number finite: the types say it all
        cell_types = _CELL_TYPES.issuperset
        for row in rows:
            if type(row) is not list or len(row) != width or type(row[0]) is not str:
                return False
            if not cell_types(map(type, row)):
                return False
        return True
    for row in rows:  # loops written out: a city office reads thousands of tables at once
        if type(row) is not list or len(row) != width or not text(row[0]):
            return False
        for c in row[1:]:
            kind = type(c)
            if c is None or kind is int or (kind is float and isfinite(c)):
                continue
            if kind is str and text(c):
                continue
            return False
    return True


def _indicator(ind: Any, code: str) -> bool:
    if not _exact(ind, INDICATOR_KEYS) or ind["code"] != code:
        return False
    counts = ("numerator", "denominator")
    if not all(ind[k] is None or (_int(ind[k]) and ind[k] >= 0) for k in counts):
        return False
    if not _num(ind["target_percent"]) or not 0 <= ind["target_percent"] <= 100:
        return False
    if ind["percent"] is not None and not _num(ind["percent"]):
        return False
    return ind["met"] is None or type(ind["met"]) is bool


def structure_problem(package: dict[str, Any], *, encoded: bool = False) -> str | None:
    """The first field of `package` that is missing or not valid, or None.

    `encoded=True` says the caller encoded the whole package as strict canonical JSON
    (UTF-8 without surrogates, no NaN or infinity): every string is then valid text and
    every number finite, and only the types are checked."""
    text = _str if encoded else _text
    unit, report, programme = package.get("unit"), package.get("report"), package.get("programme")
    checks: list[tuple[str, Any]] = [
        ("generator", lambda: text(package.get("generator"))),
        ("generated_at", lambda: text(package.get("generated_at"))),
        ("unit", lambda: _exact(unit, UNIT_KEYS) and all(text(unit[k]) for k in UNIT_KEYS)),
        ("unit.level", lambda: unit["level"] in vocab.UNIT_LEVELS),
        ("report", lambda: _exact(report, REPORT_KEYS)),
        ("report.kind", lambda: report["kind"] in vocab.REPORT_KINDS),
        ("report.year", lambda: _int(report["year"])),
        ("report.period_start", lambda: _iso_date(report["period_start"])),
        ("report.period_end", lambda: _iso_date(report["period_end"])),
        ("report.period_end", lambda: report["period_end"] >= report["period_start"]),
        ("report.number", lambda: text(report["number"])),
        ("report.issued_on", lambda: _iso_date(report["issued_on"])),
        ("programme", lambda: _exact(programme, PROGRAMME_KEYS)),
        ("programme.name", lambda: text(programme["name"])),
        ("programme.plan_reference", lambda: text(programme["plan_reference"])),
        ("programme.start_year", lambda: _int(programme["start_year"])),
        ("programme.end_year", lambda: _int(programme["end_year"])),
        ("masked", lambda: type(package.get("masked")) is bool),
        ("values", lambda: _values(package.get("values"), encoded)),
        ("tables", lambda: isinstance(package.get("tables"), list)),
        ("tables", lambda: all(_table(t, encoded) for t in package["tables"])),
        ("by_year", lambda: isinstance(package.get("by_year"), dict)),
        ("by_year", lambda: all(re.fullmatch(r"\d{4}", y) for y in package["by_year"])),
        ("by_year", lambda: all(_values(v, encoded) for v in package["by_year"].values())),
        ("indicators", lambda: isinstance(package.get("indicators"), list)),
        ("indicators", lambda: len(package["indicators"]) == 2),
        ("indicators", lambda: _indicator(package["indicators"][0], "I1")),
        ("indicators", lambda: _indicator(package["indicators"][1], "I2")),
        ("narrative", lambda: _exact(package.get("narrative"), SECTION_CODES)),
        ("narrative", lambda: all(text(v) for v in package["narrative"].values())),
    ]
    for name, check in checks:
        if not check():
            return name
    return None
