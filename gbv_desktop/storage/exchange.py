"""Export every record to one JSON file, and import such a file back, losslessly.

The format is documented in `docs/export-format.md` (JSON Schema beside it): a header
naming the format, its version and the unit, the records of each kind as plain JSON
objects, and a SHA-256 over the canonical JSON of everything else, so a file changed
or damaged after export is refused. A survivor is exported as a pseudonymous `ref`
("S1", "S2", ...) so that an import links the cases of one person again without the
file carrying internal ids; identifying details travel only when asked for, and only
for roles allowed to read them.

An import reads and checks the whole file first and lists every problem of every
record; only a file without any is saved, in one transaction, so a bad file imports
nothing. Importing always adds new records.
"""

from __future__ import annotations

import hashlib
import json
import re
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from gbv_desktop import __version__
from gbv_desktop.domain import vocab
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, Message, Translate
from gbv_desktop.domain.messages import identity as _no_translation
from gbv_desktop.domain.records import (
    MAX_LINE,
    NOT_WHOLE,
    RECORD_TYPES,
    REQUIRED,
    TOO_LONG,
    Case,
    Record,
    Service,
    Survivor,
    SurvivorIdentity,
    Training,
)
from gbv_desktop.storage import jsonfile
from gbv_desktop.storage.connection import DatabaseError, map_error
from gbv_desktop.storage.database import ACTION_READ_IDENTITY, ACTION_WRITE, Database
from gbv_desktop.storage.errors import BadFile, StorageError
from gbv_desktop.storage.files import atomic_write_bytes
from gbv_desktop.storage.records import RecordStore

FORMAT = "gbv-desktop-export"
VERSION = 1  # bump on any change a version-1 reader would misread (see the docs)
KINDS: tuple[str, ...] = tuple(RECORD_TYPES)  # the order of "records" in the file
MAX_FILE_BYTES = 512 * 1024 * 1024
_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1  # what an SQLite INTEGER holds
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_SHA256 = re.compile(r"[0-9a-f]{64}", re.ASCII)

_C = "Import"
# Why a file cannot be used (the `detail` of BadFile: "The file {path} cannot be used: ...").
NOTHING_IMPORTED = QT_TRANSLATE_NOOP("Import", "{reason} Nothing was imported.")
FILE_MISSING = QT_TRANSLATE_NOOP("Import", "it does not exist.")
FILE_UNREADABLE = QT_TRANSLATE_NOOP("Import", "it could not be read ({reason}).")
FILE_TOO_BIG = QT_TRANSLATE_NOOP(
    "Import", "it is larger than {limit} MB, too large to be an export."
)
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Import", "it is not UTF-8 text, so it is not an export from gbv-desktop."
)
TRUNCATED = QT_TRANSLATE_NOOP(
    "Import", "it ends too early: it was probably cut off while being copied or saved."
)
NOT_JSON = QT_TRANSLATE_NOOP(
    "Import", "it is not valid JSON (line {line}, column {column}); it may be damaged."
)
NOT_JSON_ANYWHERE = QT_TRANSLATE_NOOP("Import", "it is not valid JSON; it may be damaged.")
DUPLICATE_KEY = QT_TRANSLATE_NOOP("Import", 'the field "{field}" appears twice in one object.')
TOO_DEEP = QT_TRANSLATE_NOOP("Import", "it is nested too deeply to be an export.")
NOT_EXPORT = QT_TRANSLATE_NOOP("Import", "it is not a records export from gbv-desktop.")
NEWER_VERSION = QT_TRANSLATE_NOOP(
    "Import",
    "it was written by a newer version of gbv-desktop (export format version {found}; this "
    "version reads version {known} and older). Install the newer version to import it.",
)
BAD_VERSION = QT_TRANSLATE_NOOP("Import", "its format version is not valid.")
NO_CHECKSUM = QT_TRANSLATE_NOOP("Import", "it has no valid checksum.")
BAD_CHECKSUM = QT_TRANSLATE_NOOP(
    "Import",
    "its checksum does not match its contents: it was changed or damaged after it was exported.",
)
BAD_HEADER = QT_TRANSLATE_NOOP("Import", 'its header field "{field}" is missing or not valid.')
UNEXPECTED_HEADER = QT_TRANSLATE_NOOP("Import", 'its header has an unexpected field "{field}".')

# Problems of single records (listed all together by ImportRejected).
REJECTED = QT_TRANSLATE_NOOP(
    "Import", "The file {path} has {count} problem(s) in its records; nothing was imported."
)
PROBLEM = QT_TRANSLATE_NOOP("Import", "{kind} no. {number}, {field}: {message}")
PROBLEM_IN_KIND = QT_TRANSLATE_NOOP("Import", "{kind}: {message}")
KIND_UNKNOWN = QT_TRANSLATE_NOOP("Import", "This kind of record is unknown.")
KIND_MISSING = QT_TRANSLATE_NOOP("Import", "The file has no list for this kind of record.")
NOT_A_RECORD_LIST = QT_TRANSLATE_NOOP("Import", "Must be a list of records.")
RECORD_NOT_OBJECT = QT_TRANSLATE_NOOP("Import", "The record is not an object with named fields.")
FIELD_MISSING = QT_TRANSLATE_NOOP("Import", "This field is missing.")
FIELD_UNKNOWN = QT_TRANSLATE_NOOP("Import", "This field is not part of the export format.")
NOT_TEXT = QT_TRANSLATE_NOOP("Import", "Must be text.")
BAD_CHARACTERS = QT_TRANSLATE_NOOP("Import", "Contains characters that are not valid text.")
NOT_BOOL = QT_TRANSLATE_NOOP("Import", "Must be true or false.")
NOT_LIST = QT_TRANSLATE_NOOP("Import", "Must be a list.")
NOT_CODES = QT_TRANSLATE_NOOP("Import", "Must be a list of codes.")
NOT_OBJECT = QT_TRANSLATE_NOOP("Import", "Must be an object with named fields.")
NOT_ISO_DATE = QT_TRANSLATE_NOOP("Import", 'Must be a date written as YYYY-MM-DD, not "{value}".')
NUMBER_TOO_LARGE = QT_TRANSLATE_NOOP("Import", "The number is too large.")
IDENTITY_UNDECLARED = QT_TRANSLATE_NOOP(
    "Import", "The file says it holds no identifying details, yet this record has them."
)
SURVIVOR_DIFFERS = QT_TRANSLATE_NOOP(
    "Import", "Survivor {ref} has different details here than in case no. {number}."
)
IDENTITY_DIFFERS = QT_TRANSLATE_NOOP(
    "Import", "Survivor {ref} has different identifying details here than in case no. {number}."
)

KIND_NAMES = {
    "activity": QT_TRANSLATE_NOOP("Import", "Awareness activity"),
    "case": QT_TRANSLATE_NOOP("Import", "Case"),
    "training": QT_TRANSLATE_NOOP("Import", "Training course"),
    "model": QT_TRANSLATE_NOOP("Import", "Model or facility"),
    "influencer": QT_TRANSLATE_NOOP("Import", "Influencer count"),
    "mobilisation": QT_TRANSLATE_NOOP("Import", "Mobilised support"),
    "inspection": QT_TRANSLATE_NOOP("Import", "Inspection"),
    "funding": QT_TRANSLATE_NOOP("Import", "Funding line"),
}

_HEADER_KEYS = (
    "format", "version", "generator", "exported_at", "unit", "schema_version",
    "includes_identities", "records", "sha256",
)  # fmt: skip
_UNIT_KEYS = ("code", "name", "level")
_SURVIVOR_KEYS = ("ref", "sex", "ethnicity", "disability", "birth_year")
_SERVICE_KEYS = ("kind", "given_on", "provider_kind", "provider_name")
_IDENTITY_KEYS = ("full_name", "phone", "address")
_PARTICIPANT_KEYS = ("female", "male")
_IDENTITY_FIELDS = ("identity", "story")


class Problem(NamedTuple):
    """One problem of one record: `index` is its 0-based position in the file's list."""

    kind: str
    index: int | None
    field: str
    message: Message

    def render(self, translate: Translate = _no_translation) -> str:
        kind = Message(_C, KIND_NAMES[self.kind]) if self.kind in KIND_NAMES else self.kind
        if self.index is None:
            text = Message(_C, PROBLEM_IN_KIND, {"kind": kind, "message": self.message})
        else:
            text = Message(
                _C, PROBLEM,
                {"kind": kind, "number": self.index + 1, "field": self.field or "-",
                 "message": self.message},
            )  # fmt: skip
        return text.render(translate)


class ImportRejected(StorageError):
    """The file's records have problems; `problems` lists every one. Nothing was imported."""

    def __init__(self, path: Path, problems: list[Problem]) -> None:
        super().__init__(Message(_C, REJECTED, {"path": str(path), "count": len(problems)}))
        self.problems = problems


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    counts: dict[str, int]
    survivors: int
    includes_identities: bool
    sha256: str  # the document checksum written in the file's "sha256" field

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class ImportSummary:
    path: Path
    counts: dict[str, int]
    survivors: int  # new survivors created
    includes_identities: bool
    source_unit: dict[str, str]  # the unit that exported the file: {code, name, level}
    exported_at: str
    # Cases whose ref_code was already taken here: (code in the file, code given now).
    renamed_ref_codes: list[tuple[str, str]] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


# -- the shape of a record in the file ----------------------------------------------------

# Plain fields by their type hint; the other fields have their own shape (below).
_TAGS: dict[Any, str] = {
    date | None: "date",
    str: "text",
    int: "int",
    int | None: "int?",
    bool: "bool",
    list[str]: "codes",
}
_SHAPED = {"survivor", "services", "identity", "story", "participants"}


def _plain_fields(cls: type[Record]) -> dict[str, str]:
    hints = typing.get_type_hints(cls)
    out: dict[str, str] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.name == "id" or f.name in _SHAPED:
            continue
        if hints[f.name] not in _TAGS:  # pragma: no cover - a new field type needs a shape
            raise TypeError(f"exchange has no JSON shape for {cls.__name__}.{f.name}")
        out[f.name] = _TAGS[hints[f.name]]
    return out


_FIELDS: dict[str, dict[str, str]] = {
    kind: _plain_fields(cls) for kind, cls in RECORD_TYPES.items()
}


def record_fields(kind: str, include_identities: bool = False) -> list[str]:
    """The keys of a `kind` record in the file, in the order they are written."""
    cls = RECORD_TYPES[kind]
    names = [f.name for f in fields(cls) if f.name != "id"]  # type: ignore[arg-type]
    if not include_identities:
        names = [n for n in names if n not in _IDENTITY_FIELDS]
    return names


# -- checksum ----------------------------------------------------------------------------


def canonical_json(document: dict[str, Any]) -> bytes:
    """The bytes the checksum covers: `document` without "sha256", keys sorted, compact."""
    body = {k: v for k, v in document.items() if k != "sha256"}
    text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    # "surrogatepass": a file with a lone surrogate escape still gets a checksum, and the
    # checks of its records then report the text as not valid.
    return text.encode("utf-8", "surrogatepass")


def document_checksum(document: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_json(document)).hexdigest()


# -- export ------------------------------------------------------------------------------


def _date(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _participants(record: Training) -> dict[str, dict[str, int]]:
    order = {code: i for i, code in enumerate(vocab.TRAINING_ROLES.codes)}
    roles = sorted(record.participants, key=lambda r: (order.get(r, len(order)), r))
    return {
        role: {"female": record.participants[role][0], "male": record.participants[role][1]}
        for role in roles
    }


def _export_record(
    record: Record, survivor_refs: dict[int, str], include_identities: bool
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in record_fields(record.kind, include_identities):
        value = getattr(record, name)
        tag = _FIELDS[record.kind].get(name)
        if tag == "date":
            out[name] = _date(value)
        elif tag == "codes":
            out[name] = list(value)
        elif tag is not None:
            out[name] = value
        elif name == "survivor":
            s: Survivor = value
            assert s.id is not None  # every saved case has its survivor
            ref = survivor_refs.setdefault(s.id, f"S{len(survivor_refs) + 1}")
            out[name] = {
                "ref": ref, "sex": s.sex, "ethnicity": s.ethnicity,
                "disability": s.disability, "birth_year": s.birth_year,
            }  # fmt: skip
        elif name == "services":
            out[name] = [
                {"kind": sv.kind, "given_on": _date(sv.given_on),
                 "provider_kind": sv.provider_kind, "provider_name": sv.provider_name}
                for sv in value
            ]  # fmt: skip
        elif name == "participants":
            assert isinstance(record, Training)
            out[name] = _participants(record)
        elif name == "identity":
            ident: SurvivorIdentity = value or SurvivorIdentity()
            out[name] = {k: getattr(ident, k) for k in _IDENTITY_KEYS}
        elif name == "story":
            out[name] = value or ""
    return out


def build_export(database: Database, include_identities: bool = False) -> dict[str, Any]:
    """The export document of every record, checksum included (nothing written)."""
    if include_identities:
        database.require(database.user.can_read_identity, ACTION_READ_IDENTITY)
    store = RecordStore(database)
    profile = database.profile
    survivor_refs: dict[int, str] = {}
    records: dict[str, list[dict[str, Any]]] = {}
    # One read transaction, so the file is one consistent snapshot of the database.
    snapshot = not database.conn.in_transaction
    if snapshot:
        database.conn.execute("BEGIN")
    try:
        for kind in KINDS:
            records[kind] = [
                _export_record(r, survivor_refs, include_identities)
                for r in store.all(kind, with_identity=include_identities)
            ]
    finally:
        if snapshot:
            database.conn.execute("COMMIT")
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"gbv-desktop {__version__}",
        "exported_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "unit": {"code": profile.code, "name": profile.name, "level": profile.level},
        "schema_version": database.schema_version,
        "includes_identities": include_identities,
        "records": records,
    }
    document["sha256"] = document_checksum(document)
    return document


def export_records(
    database: Database, path: Path | str, include_identities: bool = False
) -> ExportSummary:
    """Write every record to `path` (atomic, fsynced, verified).

    Identifying details (a survivor's name, phone, address and the case story) are
    written only with `include_identities`, which needs a role allowed to read them.
    """
    path = Path(path)
    document = build_export(database, include_identities)
    data = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    atomic_write_bytes(path, data)
    counts = {kind: len(document["records"][kind]) for kind in KINDS}
    survivors = len({c["survivor"]["ref"] for c in document["records"]["case"]})
    with database.conn:
        database.audit(
            "export", "records", None,
            {"count": sum(counts.values()), "includes_identities": include_identities},
        )  # fmt: skip
    return ExportSummary(path, counts, survivors, include_identities, document["sha256"])


# -- reading a file ----------------------------------------------------------------------


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


def _bad(path: Path, text: str, **params: Any) -> BadFile:
    reason = Message(_C, text, params)
    return BadFile(path=str(path), detail=Message(_C, NOTHING_IMPORTED, {"reason": reason}))


def _is_text(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def read_export(path: Path | str) -> dict[str, Any]:
    """Read `path` and check its header and checksum (not yet its records).

    Raises BadFile, with a clear reason, for a missing, unreadable, truncated or altered
    file, for anything that is not an export, and for an export of a newer version.
    """
    path = Path(path)
    try:
        document = jsonfile.read_json_file(path, MAX_FILE_BYTES)
    except jsonfile.JsonFileError as exc:
        raise _bad(path, _FILE_PROBLEMS[exc.problem], **exc.params) from exc
    _check_header(path, document)
    return typing.cast(dict[str, Any], document)


def _check_header(path: Path, doc: Any) -> None:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise _bad(path, NOT_EXPORT)
    version = doc.get("version")
    if type(version) is not int or version < 1:
        raise _bad(path, BAD_VERSION)
    if version > VERSION:
        raise _bad(path, NEWER_VERSION, found=version, known=VERSION)
    checksum = doc.get("sha256")
    if not isinstance(checksum, str) or not _SHA256.fullmatch(checksum.lower()):
        raise _bad(path, NO_CHECKSUM)
    try:
        actual = document_checksum(doc)
    except (RecursionError, ValueError) as exc:
        raise _bad(path, TOO_DEEP) from exc
    if actual != checksum.lower():
        raise _bad(path, BAD_CHECKSUM)
    for key in doc:
        if key not in _HEADER_KEYS:
            raise _bad(path, UNEXPECTED_HEADER, field=jsonfile.shown(key))
    unit = doc.get("unit")
    checks = {
        "generator": _is_text(doc.get("generator")),
        "exported_at": _is_text(doc.get("exported_at")),
        "unit": isinstance(unit, dict)
        and set(unit) == set(_UNIT_KEYS)
        and all(_is_text(unit[k]) for k in _UNIT_KEYS),
        "schema_version": type(doc.get("schema_version")) is int,
        "includes_identities": type(doc.get("includes_identities")) is bool,
        "records": isinstance(doc.get("records"), dict),
    }
    for key, ok in checks.items():
        if not ok:
            raise _bad(path, BAD_HEADER, field=key)


# -- checking and converting records -------------------------------------------------------

_BAD = object()  # a value that failed its check (its problem is already recorded)


class _Reader:
    """Converts one record of the file, collecting every problem it has."""

    def __init__(self, kind: str, index: int, problems: list[Problem]) -> None:
        self.kind = kind
        self.index = index
        self.problems = problems
        self.count = 0

    def problem(self, name: str, text: str, context: str = _C, **params: Any) -> None:
        self.problems.append(Problem(self.kind, self.index, name, Message(context, text, params)))
        self.count += 1

    def obj(self, name: str, raw: Any, keys: tuple[str, ...] | list[str]) -> dict[str, Any] | None:
        """`raw` if it is an object with exactly `keys` (problems recorded otherwise)."""
        if not isinstance(raw, dict):
            self.problem(name, NOT_OBJECT if name else RECORD_NOT_OBJECT)
            return None
        prefix = name + "." if name else ""
        for key in keys:
            if key not in raw:
                self.problem(prefix + key, FIELD_MISSING)
        for key in raw:
            if key not in keys:
                self.problem(prefix + jsonfile.shown(key), FIELD_UNKNOWN)
        return raw

    def value(self, name: str, raw: Any, tag: str) -> Any:
        if raw is None and tag in ("date", "int?"):
            return None
        if tag == "text":
            if not isinstance(raw, str):
                self.problem(name, NOT_TEXT)
            elif not _is_text(raw):
                self.problem(name, BAD_CHARACTERS)
            else:
                return raw
        elif tag in ("int", "int?"):
            if type(raw) is not int:
                self.problem(name, NOT_WHOLE, context="Validation")
            elif not _INT_MIN <= raw <= _INT_MAX:
                self.problem(name, NUMBER_TOO_LARGE)
            else:
                return raw
        elif tag == "bool":
            if type(raw) is not bool:
                self.problem(name, NOT_BOOL)
            else:
                return raw
        elif tag == "date":
            try:
                if isinstance(raw, str) and _ISO_DATE.fullmatch(raw):
                    return date.fromisoformat(raw)
            except ValueError:
                pass
            self.problem(name, NOT_ISO_DATE, value=jsonfile.shown(raw, 40))
        elif tag == "codes":
            if not isinstance(raw, list) or not all(isinstance(v, str) for v in raw):
                self.problem(name, NOT_CODES)
            elif not all(_is_text(v) for v in raw):
                self.problem(name, BAD_CHARACTERS)
            else:
                return list(raw)
        return _BAD

    def values(self, prefix: str, raw: dict[str, Any], tags: dict[str, str]) -> dict[str, Any]:
        out = {}
        for key, tag in tags.items():
            if key in raw:
                out[key] = self.value(prefix + key, raw[key], tag)
        return out


def _read_survivor(r: _Reader, raw: Any) -> tuple[str, Survivor] | None:
    obj = r.obj("survivor", raw, _SURVIVOR_KEYS)
    if obj is None:
        return None
    v = r.values(
        "survivor.", obj,
        {"ref": "text", "sex": "text", "ethnicity": "text", "disability": "bool",
         "birth_year": "int?"},
    )  # fmt: skip
    ref = v.pop("ref", _BAD)
    if isinstance(ref, str) and not ref.strip():
        r.problem("survivor.ref", REQUIRED, context="Validation")
        return None
    if ref is _BAD or len(v) < 4 or _BAD in v.values():
        return None
    return ref, Survivor(**v)


def _read_services(r: _Reader, raw: Any) -> list[Service] | None:
    if not isinstance(raw, list):
        r.problem("services", NOT_LIST)
        return None
    services: list[Service] = []
    ok = True
    tags = {"kind": "text", "given_on": "date", "provider_kind": "text", "provider_name": "text"}
    for i, item in enumerate(raw):
        name = f"services[{i}]"
        before = r.count
        obj = r.obj(name, item, _SERVICE_KEYS)
        if obj is None:
            ok = False
            continue
        v = r.values(name + ".", obj, tags)
        if r.count != before:
            ok = False
        else:
            services.append(Service(**v))
    return services if ok else None


def _read_participants(r: _Reader, raw: Any) -> dict[str, tuple[int, int]] | None:
    if not isinstance(raw, dict):
        r.problem("participants", NOT_OBJECT)
        return None
    out: dict[str, tuple[int, int]] = {}
    before = r.count
    for role, counts in raw.items():
        name = f"participants.{jsonfile.shown(role)}"
        if not _is_text(role):
            r.problem(name, BAD_CHARACTERS)
            continue
        obj = r.obj(name, counts, _PARTICIPANT_KEYS)
        if obj is None:
            continue
        v = r.values(name + ".", obj, {"female": "int", "male": "int"})
        if len(v) == 2 and _BAD not in v.values():
            out[role] = (v["female"], v["male"])
    return out if r.count == before else None


def _read_identity(r: _Reader, raw: Any) -> SurvivorIdentity | None:
    obj = r.obj("identity", raw, _IDENTITY_KEYS)
    if obj is None:
        return None
    v = r.values("identity.", obj, dict.fromkeys(_IDENTITY_KEYS, "text"))
    if len(v) < len(_IDENTITY_KEYS) or _BAD in v.values():
        return None
    return SurvivorIdentity(**v)


def _read_record(
    kind: str, index: int, raw: Any, includes_identities: bool, problems: list[Problem]
) -> tuple[Record, str | None] | None:
    """The record (and its survivor's ref, for a case), or None with problems recorded."""
    r = _Reader(kind, index, problems)
    if kind == "case" and not includes_identities and isinstance(raw, dict):
        # Say why these fields cannot be here, rather than "not part of the format".
        for name in _IDENTITY_FIELDS:
            if name in raw:
                r.problem(name, IDENTITY_UNDECLARED)
        raw = {k: v for k, v in raw.items() if k not in _IDENTITY_FIELDS}
    obj = r.obj("", raw, record_fields(kind, includes_identities))
    if obj is None:
        return None
    values = r.values("", obj, _FIELDS[kind])
    ref = None
    if kind == "case":
        survivor = _read_survivor(r, obj["survivor"]) if "survivor" in obj else None
        if survivor is not None:
            ref, values["survivor"] = survivor
        if "services" in obj:
            values["services"] = _read_services(r, obj["services"])
        if "identity" in obj:
            values["identity"] = _read_identity(r, obj["identity"])
        if "story" in obj:
            values["story"] = r.value("story", obj["story"], "text")
        code = values.get("ref_code")
        if isinstance(code, str) and len(code) > MAX_LINE:
            r.problem("ref_code", TOO_LONG, context="Validation", limit=MAX_LINE)
    elif kind == "training" and "participants" in obj:
        values["participants"] = _read_participants(r, obj["participants"])
    if r.count:
        return None
    return RECORD_TYPES[kind](**values), ref


def _link_survivors(cases: list[tuple[int, Case, str]], problems: list[Problem]) -> int:
    """Make the cases that share a survivor ref share one `Survivor`; returns how many."""
    first: dict[str, tuple[int, Case]] = {}
    for index, case, ref in cases:
        if ref not in first:
            first[ref] = (index, case)
            continue
        first_index, other = first[ref]
        a, b = case.survivor, other.survivor
        if (a.sex, a.ethnicity, a.disability, a.birth_year) != (
            b.sex, b.ethnicity, b.disability, b.birth_year,
        ):  # fmt: skip
            message = Message(
                _C, SURVIVOR_DIFFERS, {"ref": jsonfile.shown(ref), "number": first_index + 1}
            )
            problems.append(Problem("case", index, "survivor", message))
        elif case.identity != other.identity:
            message = Message(
                _C, IDENTITY_DIFFERS, {"ref": jsonfile.shown(ref), "number": first_index + 1}
            )
            problems.append(Problem("case", index, "identity", message))
        else:
            case.survivor = other.survivor
    return len(first)


def check_records(
    document: dict[str, Any], today: date | None = None
) -> tuple[dict[str, list[Record]], int, list[Problem]]:
    """Convert and validate every record of a checked document.

    Returns the records by kind, the number of distinct survivors, and every problem
    (structure first, then each record's own validation).
    """
    includes_identities: bool = document["includes_identities"]
    raw_records: dict[str, Any] = document["records"]
    problems: list[Problem] = []
    for kind in raw_records:
        if kind not in RECORD_TYPES:
            problems.append(Problem(jsonfile.shown(kind), None, "", Message(_C, KIND_UNKNOWN)))
    out: dict[str, list[Record]] = {}
    cases: list[tuple[int, Case, str]] = []
    for kind in KINDS:
        out[kind] = []
        if kind not in raw_records:
            problems.append(Problem(kind, None, "", Message(_C, KIND_MISSING)))
            continue
        items = raw_records[kind]
        if not isinstance(items, list):
            problems.append(Problem(kind, None, "", Message(_C, NOT_A_RECORD_LIST)))
            continue
        for index, raw in enumerate(items):
            read = _read_record(kind, index, raw, includes_identities, problems)
            if read is None:
                continue
            record, ref = read
            for error in record.validate(today):
                problems.append(Problem(kind, index, error.field, error.message))
            out[kind].append(record)
            if isinstance(record, Case) and ref is not None:
                cases.append((index, record, ref))
    survivors = _link_survivors(cases, problems)
    return out, survivors, problems


# -- import ------------------------------------------------------------------------------


def _order_cases(database: Database, cases: list[Record]) -> tuple[list[Record], list[Case]]:
    """The cases in saving order, and those whose ref_code is taken and must change.

    A ref_code already taken (here, or earlier in the file) is cleared so that storage
    generates the next free one, as it does for a case without one. Cases that get a
    generated code are saved last, so that a generated code cannot take the code of a
    later case of the file that keeps its own.
    """
    taken = {row[0] for row in database.conn.execute("SELECT ref_code FROM cases")}
    keep: list[Record] = []
    generate: list[Record] = []
    renamed: list[Case] = []
    for case in cases:
        assert isinstance(case, Case)
        if not case.ref_code:
            generate.append(case)
        elif case.ref_code in taken:
            generate.append(case)
            renamed.append(case)
        else:
            taken.add(case.ref_code)
            keep.append(case)
    return keep + generate, renamed


def import_records(
    database: Database, path: Path | str, today: date | None = None
) -> ImportSummary:
    """Add every record of an export file to `database`, all or none.

    Raises BadFile for a file that is not a usable export, ImportRejected listing every
    problem of every record, PermissionDenied for a role that may not write records, or
    (when the file carries identifying details) may not read them.
    """
    path = Path(path)
    database.require(database.user.can_write, ACTION_WRITE)
    document = read_export(path)
    includes_identities: bool = document["includes_identities"]
    if includes_identities:
        database.require(database.user.can_read_identity, ACTION_READ_IDENTITY)
    by_kind, survivors, problems = check_records(document, today)
    if problems:
        raise ImportRejected(path, problems)
    to_save: list[Record] = []
    renamed: list[tuple[Case, str]] = []
    for kind in KINDS:
        if kind != "case":
            to_save += by_kind[kind]
            continue
        ordered, clashing = _order_cases(database, by_kind[kind])
        to_save += ordered
        for case in clashing:
            renamed.append((case, case.ref_code))
            case.ref_code = ""
    try:
        with database.conn:
            RecordStore(database).save_many(to_save, today)
            database.audit(
                "import", "records", None,
                {"count": len(to_save), "includes_identities": includes_identities,
                 "source_unit": document["unit"]["code"], "sha256": document["sha256"]},
            )  # fmt: skip
    except DatabaseError as exc:
        error = map_error(exc)
        if error is None:
            raise
        raise error from exc
    pairs: list[tuple[str, str]] = []
    for case, old_code in renamed:
        row = database.conn.execute("SELECT ref_code FROM cases WHERE id = ?", (case.id,))
        case.ref_code = row.fetchone()[0]
        pairs.append((old_code, case.ref_code))
    return ImportSummary(
        path=path,
        counts={kind: len(by_kind[kind]) for kind in KINDS},
        survivors=survivors,
        includes_identities=includes_identities,
        source_unit=dict(document["unit"]),
        exported_at=document["exported_at"],
        renamed_ref_codes=pairs,
    )


def iter_problems(error: ImportRejected, translate: Translate = _no_translation) -> Iterator[str]:
    """Each problem of a rejected import as one line of text (for the window or the CLI)."""
    for problem in error.problems:
        yield problem.render(translate)


__all__ = [
    "FORMAT",
    "KINDS",
    "VERSION",
    "ExportSummary",
    "ImportRejected",
    "ImportSummary",
    "Problem",
    "build_export",
    "canonical_json",
    "check_records",
    "document_checksum",
    "export_records",
    "import_records",
    "read_export",
    "record_fields",
]
