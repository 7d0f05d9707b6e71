"""The JSON export of every record and its import: lossless, checked, all or nothing."""

from __future__ import annotations

import copy
import hashlib
import json
import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gbv_desktop.domain.records import (
    RECORD_TYPES,
    Activity,
    Case,
    Funding,
    InfluencerCount,
    Inspection,
    Mobilisation,
    ModelFacility,
    Service,
    Survivor,
    SurvivorIdentity,
    Training,
)
from gbv_desktop.storage import audit, exchange
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import BadFile, PermissionDenied, StorageError
from gbv_desktop.storage.exchange import ImportRejected
from gbv_desktop.storage.records import RecordStore

PASSWORD = "correct horse 1"
DOCS = Path(__file__).resolve().parents[2] / "docs"
TODAY = date(2025, 6, 30)
CANARIES = (
    "CANARY-NAME-5d1f",
    "CANARY-PHONE-0912",
    "CANARY-ADDRESS-9b7e",
    "CANARY-STORY-c04a",
    "Nguyễn Thị Canary",
)

# The fields of each kind in version 1 of the format. A change to a record's fields
# changes the file: bump exchange.VERSION, update docs/export-format.md and the schema,
# and only then this list.
FORMAT_V1 = {
    "activity": [
        "start_date", "title", "form", "setting", "end_date", "hamlet", "campaign",
        "audiences", "attendance_total", "attendance_female", "attendance_male",
        "attendance_children", "attendance_ethnic_minority", "materials_count",
        "co_organisers", "cost_vnd", "funding_source", "notes",
    ],
    "case": [
        "reported_on", "channel", "survivor", "age_group", "violence_types", "domestic",
        "perpetrator_sex", "perpetrator_relation", "needs", "services", "shelter_days",
        "handling", "status", "consent_to_share", "ref_code", "identity", "story",
    ],
    "training": [
        "start_date", "topic", "organiser", "end_date", "place", "participants", "cost_vnd",
        "funding_source", "notes",
    ],
    "model": [
        "model_type", "name", "established_on", "hamlet", "status", "closed_on", "members",
        "notes",
    ],
    "influencer": ["as_of", "hamlet", "female", "male", "notes"],
    "mobilisation": [
        "received_on", "source", "donor", "cash_vnd", "in_kind", "in_kind_value_vnd", "purpose",
    ],
    "inspection": [
        "inspected_on", "subject", "inspector", "inspected_body", "findings", "follow_up",
    ],
    "funding": ["year", "budget_line", "source", "planned_vnd", "spent_vnd", "notes"],
}  # fmt: skip


# -- helpers -----------------------------------------------------------------------------


def _records() -> list[Any]:
    """One or more records of every kind, with the awkward parts each kind has."""
    shared = Survivor(sex="female", ethnicity="ede", disability=True, birth_year=1988)
    first = Case(
        reported_on=date(2024, 3, 1),
        channel="trusted_address",
        survivor=shared,
        age_group="16_59",
        violence_types=["physical", "psychological"],
        domestic=True,
        perpetrator_sex="male",
        perpetrator_relation="spouse",
        needs=["medical", "shelter", "legal"],
        services=[
            Service("medical", date(2024, 3, 1), "health", "Trạm y tế phường"),
            Service("shelter", date(2024, 3, 2), "trusted_address", "Nhà bà H'Linh"),
            Service("legal", date(2024, 3, 9), "legal_aid", ""),
        ],
        shelter_days=4,
        handling=["no_contact_order", "administrative_fine"],
        status="closed",
        consent_to_share=True,
        identity=SurvivorIdentity(CANARIES[0] + " " + CANARIES[4], CANARIES[1], CANARIES[2]),
        story=CANARIES[3] + " — chuyện xảy ra ở buôn Ko Tam.",
    )
    # The same person again, months later: the file must link both cases to one survivor.
    again = Case(
        reported_on=date(2024, 9, 12),
        channel="self",
        survivor=shared,
        violence_types=["economic"],
        needs=["psychosocial"],
        services=[Service("psychosocial", date(2024, 9, 13), "counselling", "")],
        status="open",
    )
    other = Case(
        reported_on=date(2025, 1, 5),
        channel="police",
        survivor=Survivor(sex="male", ethnicity="unknown", birth_year=None),
        age_group="under_16",
        violence_types=["sexual"],
        domestic=False,
        perpetrator_sex="unknown",
        perpetrator_relation="stranger",
        status="referred",
    )
    return [
        Activity(
            start_date=date(2024, 11, 25),
            end_date=date(2024, 11, 26),
            title="Mít tinh hưởng ứng Ngày 25/11 — “Chấm dứt bạo lực”",
            form="rally",
            setting="residential",
            hamlet="Buôn Ko Tam",
            campaign="elimination_day",
            audiences=["women", "men", "ethnic_minority"],
            attendance_total=250,
            attendance_female=140,
            attendance_male=110,
            attendance_children=20,
            attendance_ethnic_minority=90,
            materials_count=300,
            co_organisers="Hội LHPN phường; Đoàn thanh niên",
            cost_vnd=4_500_000,
            funding_source="unit_budget",
            notes="Dòng 1\nDòng 2\ttab",
        ),
        Activity(start_date=date(2024, 6, 3), title="Phát thanh", form="broadcast"),
        first,
        again,
        other,
        Training(
            start_date=date(2024, 5, 6),
            end_date=date(2024, 5, 7),
            topic="Kỹ năng hỗ trợ người bị bạo lực",
            organiser="Phòng LĐ-TB&XH",
            place="Hội trường UBND",
            participants={"official": (6, 4), "collaborator": (12, 3), "influencer": (0, 5)},
            cost_vnd=12_000_000,
            funding_source="city_budget",
        ),
        Training(start_date=date(2025, 2, 1), topic="Tập huấn", organiser="UBND", participants={"staff": (1, 0)}),
        ModelFacility(
            model_type="trusted_address",
            name="Địa chỉ tin cậy buôn Ko Tam",
            established_on=date(2021, 6, 1),
            hamlet="Buôn Ko Tam",
            status="closed",
            closed_on=date(2024, 12, 31),
            members=7,
            notes="Giải thể khi sáp nhập",
        ),
        ModelFacility(model_type="club", name="CLB Phòng ngừa", established_on=date(2022, 1, 1)),
        InfluencerCount(as_of=date(2024, 12, 31), hamlet="Tổ dân phố 3", female=4, male=6),
        Mobilisation(received_on=date(2024, 11, 20), source="business", donor="Công ty A", cash_vnd=10_000_000),
        Mobilisation(
            received_on=date(2024, 11, 21), source="individual", donor="Bà B",
            in_kind="50 phần quà", in_kind_value_vnd=5_000_000, purpose="Tặng người bị bạo lực",
        ),
        Inspection(
            inspected_on=date(2024, 10, 10), subject="Giám sát mô hình", inspector="Đoàn của UBND",
            inspected_body="CLB Phòng ngừa", findings="Hoạt động đều", follow_up="Duy trì",
        ),
        Funding(year=2024, budget_line="Truyền thông", source="unit_budget", planned_vnd=20_000_000, spent_vnd=18_500_000, notes="ghi chú"),
        Funding(year=2025, budget_line="Tập huấn", source="social", planned_vnd=0),
    ]  # fmt: skip


def _populate(database: Database) -> None:
    RecordStore(database).save_many(_records(), TODAY)


def _counts(database: Database) -> dict[str, int]:
    counts = RecordStore(database).count()
    assert isinstance(counts, dict)
    survivors = database.conn.execute("SELECT count(*) FROM survivors").fetchone()[0]
    return {**counts, "survivors": survivors}


def _write(path: Path, document: dict[str, Any], *, sign: bool = True) -> Path:
    document = copy.deepcopy(document)
    if sign:
        document["sha256"] = exchange.document_checksum(document)
    # \u escapes (ensure_ascii) are valid too, and let a test write a lone surrogate.
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return path


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _problems(excinfo: pytest.ExceptionInfo[ImportRejected]) -> set[tuple[str, int | None, str]]:
    return {(p.kind, p.index, p.field) for p in excinfo.value.problems}


@pytest.fixture
def source(make_db: Callable[..., Database]) -> Database:
    database = make_db("source.db")
    _populate(database)
    return database


@pytest.fixture
def document(source: Database) -> dict[str, Any]:
    return exchange.build_export(source, include_identities=True)


@pytest.fixture
def login(make_db: Callable[..., Database]) -> Iterator[Callable[..., Database]]:
    """Open a fresh database as a new account with `role`."""
    opened: list[Database] = []

    def open_as(role: str, name: str = "fresh.db") -> Database:
        admin = make_db(name)
        admin.add_user(role, PASSWORD, role)
        database = Database.open(admin.path, role, PASSWORD)
        opened.append(database)
        return database

    yield open_as
    for database in opened:
        database.close()


# -- round trips -------------------------------------------------------------------------


@pytest.mark.parametrize("identities", [True, False])
def test_round_trip_is_lossless(
    source: Database, make_db: Callable[..., Database], tmp_path: Path, identities: bool
) -> None:
    first = exchange.export_records(source, tmp_path / "first.json", include_identities=identities)
    target = make_db("target.db")
    summary = exchange.import_records(target, tmp_path / "first.json", today=TODAY)
    exchange.export_records(target, tmp_path / "second.json", include_identities=identities)

    a, b = _load(tmp_path / "first.json"), _load(tmp_path / "second.json")
    assert a["records"] == b["records"]
    assert {k: v for k, v in a.items() if k not in ("exported_at", "sha256")} == {
        k: v for k, v in b.items() if k not in ("exported_at", "sha256")
    }
    assert summary.counts == first.counts == {k: len(a["records"][k]) for k in exchange.KINDS}
    assert summary.survivors == first.survivors == 2
    assert summary.renamed_ref_codes == []
    assert summary.source_unit == {"code": "24133", "name": "Phường Tân Lợi", "level": "ward"}
    assert _counts(target) == _counts(source)

    # Every record kind and every awkward part made it through.
    cases = b["records"]["case"]
    assert [len(c["services"]) for c in cases] == [3, 1, 0]
    assert cases[0]["survivor"]["ref"] == cases[1]["survivor"]["ref"] == "S1"
    assert cases[2]["survivor"] == {
        "ref": "S2", "sex": "male", "ethnicity": "unknown", "disability": False, "birth_year": None,
    }  # fmt: skip
    assert b["records"]["training"][0]["participants"] == {
        "official": {"female": 6, "male": 4},
        "collaborator": {"female": 12, "male": 3},
        "influencer": {"female": 0, "male": 5},
    }
    assert all(b["records"][kind] for kind in exchange.KINDS)
    if identities:
        assert cases[0]["identity"]["phone"] == CANARIES[1]
        assert cases[1]["identity"] == cases[0]["identity"]  # one person, one identity
        assert cases[0]["story"].startswith(CANARIES[3])
        assert cases[2]["identity"] == {"full_name": "", "phone": "", "address": ""}
    # The two cases of one person share one survivor in the new database too.
    rows = target.conn.execute("SELECT survivor_id FROM cases ORDER BY id").fetchall()
    assert rows[0] == rows[1] != rows[2]


def test_export_file_is_what_the_docs_describe(source: Database, tmp_path: Path) -> None:
    summary = exchange.export_records(source, tmp_path / "out.json")
    raw = (tmp_path / "out.json").read_bytes()
    doc = json.loads(raw.decode("utf-8"))
    assert list(doc) == [
        "format", "version", "generator", "exported_at", "unit", "schema_version",
        "includes_identities", "records", "sha256",
    ]  # fmt: skip
    assert doc["format"] == "gbv-desktop-export" and doc["version"] == 1
    assert re.fullmatch(r"gbv-desktop \d+\.\d+\.\d+.*", doc["generator"])
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", doc["exported_at"])
    assert doc["schema_version"] == source.schema_version
    assert doc["includes_identities"] is False
    assert list(doc["records"]) == list(exchange.KINDS)
    # The checksum, computed exactly as the docs say.
    body = {k: v for k, v in doc.items() if k != "sha256"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert doc["sha256"] == hashlib.sha256(canonical.encode("utf-8")).hexdigest() == summary.sha256
    assert "Mít tinh" in raw.decode("utf-8")  # UTF-8, not \u escapes
    for kind, records in doc["records"].items():
        for record in records:
            assert list(record) == [n for n in FORMAT_V1[kind] if n not in ("identity", "story")]
            assert "id" not in record and "export_id" not in record
    # The export is logged, without values.
    entry = audit.entries(source.conn, record_kind="records", limit=1)[0]
    assert entry.action == "export" and entry.summary["includes_identities"] is False


def test_export_without_identities_holds_no_identifying_text(
    source: Database, tmp_path: Path
) -> None:
    exchange.export_records(source, tmp_path / "out.json", include_identities=False)
    raw = (tmp_path / "out.json").read_bytes()
    for canary in CANARIES:
        assert canary.encode("utf-8") not in raw
        assert canary.encode("unicode_escape") not in raw
    doc = json.loads(raw)
    assert all("identity" not in c and "story" not in c for c in doc["records"]["case"])
    # ... while the export with identities carries them all.
    exchange.export_records(source, tmp_path / "all.json", include_identities=True)
    full = (tmp_path / "all.json").read_bytes()
    assert all(canary.encode("utf-8") in full for canary in CANARIES)


def test_export_overwrites_atomically_and_reports_a_bad_folder(
    source: Database, tmp_path: Path
) -> None:
    target = tmp_path / "out.json"
    target.write_text("old")
    exchange.export_records(source, target)
    assert _load(target)["format"] == exchange.FORMAT
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    with pytest.raises(StorageError):
        exchange.export_records(source, tmp_path / "no" / "such" / "folder" / "out.json")


def test_export_of_an_empty_database(make_db: Callable[..., Database], tmp_path: Path) -> None:
    empty = make_db("empty.db")
    summary = exchange.export_records(empty, tmp_path / "empty.json")
    assert summary.total == 0
    target = make_db("target.db")
    assert exchange.import_records(target, tmp_path / "empty.json").total == 0


# -- permissions -------------------------------------------------------------------------


def test_officer_cannot_export_or_import_identities(
    source: Database, login: Callable[..., Database], tmp_path: Path
) -> None:
    officer = login("officer")
    with pytest.raises(PermissionDenied):
        exchange.export_records(officer, tmp_path / "x.json", include_identities=True)
    assert not (tmp_path / "x.json").exists()
    exchange.export_records(source, tmp_path / "all.json", include_identities=True)
    before = _counts(officer)
    with pytest.raises(PermissionDenied):
        exchange.import_records(officer, tmp_path / "all.json", today=TODAY)
    assert _counts(officer) == before
    # Without identities the officer may move records.
    exchange.export_records(source, tmp_path / "plain.json")
    summary = exchange.import_records(officer, tmp_path / "plain.json", today=TODAY)
    assert summary.total == sum(v for k, v in _counts(source).items() if k != "survivors")


def test_case_worker_may_import_identities(
    source: Database, login: Callable[..., Database], tmp_path: Path
) -> None:
    worker = login("case_worker")
    exchange.export_records(source, tmp_path / "all.json", include_identities=True)
    exchange.import_records(worker, tmp_path / "all.json", today=TODAY)
    case_id = RecordStore(worker).search_ids("case", order="id", descending=False)[0]
    identity, story = RecordStore(worker).identity(case_id)
    assert identity.phone == CANARIES[1] and story.startswith(CANARIES[3])


def test_viewer_cannot_import(
    source: Database, login: Callable[..., Database], tmp_path: Path
) -> None:
    viewer = login("viewer")
    exchange.export_records(source, tmp_path / "plain.json")
    with pytest.raises(PermissionDenied):
        exchange.import_records(viewer, tmp_path / "plain.json")
    exchange.export_records(viewer, tmp_path / "own.json")  # reading is allowed


# -- files that are not usable exports ----------------------------------------------------


def _import_fails(database: Database, path: Path, pattern: str) -> BadFile:
    before = _counts(database)
    with pytest.raises(BadFile) as excinfo:
        exchange.import_records(database, path, today=TODAY)
    assert _counts(database) == before
    text = str(excinfo.value)
    assert str(path) in text and "Nothing was imported." in text
    assert re.search(pattern, text), text
    return excinfo.value


def test_altered_file_is_refused(source: Database, tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    exchange.export_records(source, path)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"attendance_total": 250', '"attendance_total": 251'), "utf-8")
    _import_fails(source, path, "checksum does not match")
    doc = _load(tmp_path / "out.json")
    del doc["sha256"]
    _import_fails(source, _write(path, doc, sign=False), "no valid checksum")


def test_newer_version_is_refused_clearly(
    document: dict[str, Any], source: Database, tmp_path: Path
) -> None:
    document["version"] = exchange.VERSION + 1
    document["records"]["hologram"] = [{"whatever": 1}]
    error = _import_fails(source, _write(tmp_path / "new.json", document), "newer version")
    assert error.message.params["detail"].params["reason"].params == {"found": 2, "known": 1}


@pytest.mark.parametrize(
    ("change", "pattern"),
    [
        (lambda d: d.update(format="gbv-desktop-package"), "not a records export"),
        (lambda d: d.pop("format"), "not a records export"),
        (lambda d: d.update(version="1"), "format version is not valid"),
        (lambda d: d.update(version=0), "format version is not valid"),
        (lambda d: d.update(version=True), "format version is not valid"),
        (lambda d: d.pop("unit"), 'header field "unit"'),
        (lambda d: d["unit"].update(extra="x"), 'header field "unit"'),
        (lambda d: d.update(includes_identities="no"), 'header field "includes_identities"'),
        (lambda d: d.update(records=[]), 'header field "records"'),
        (lambda d: d.update(comment="hello"), 'unexpected field "comment"'),
    ],
)
def test_wrong_header_is_refused(
    document: dict[str, Any], source: Database, tmp_path: Path, change: Any, pattern: str
) -> None:
    change(document)
    _import_fails(source, _write(tmp_path / "f.json", document), pattern)


@pytest.mark.parametrize(
    ("content", "pattern"),
    [
        (b"", "ends too early"),
        (b"   \n", "ends too early"),
        (b"[1, 2, 3]", "not a records export"),
        (b'"gbv-desktop-export"', "not a records export"),
        (b"null", "not a records export"),
        (b"{'format': 1}", r"not valid JSON \(line 1, column 2\)"),
        (b'{"format": NaN}', "not valid JSON"),
        (b'{"format": "a", "format": "b"}', 'field "format" appears twice'),
        (b"\xff\xfe{\x00}\x00", "not UTF-8"),
        (b"Ti\xeau \xf0\xe8 b\xe1o c\xe1o", "not UTF-8"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"n": ' + b"9" * 5000 + b"}", "not valid JSON"),
        (b"PK\x03\x04\x14\x00\x00\x00", "not UTF-8|not valid JSON"),
    ],
)
def test_unusable_content_is_refused(
    source: Database, tmp_path: Path, content: bytes, pattern: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    _import_fails(source, path, pattern)


def test_missing_unreadable_and_truncated_files(source: Database, tmp_path: Path) -> None:
    _import_fails(source, tmp_path / "nowhere.json", "does not exist")
    _import_fails(source, tmp_path, "could not be read")
    exchange.export_records(source, tmp_path / "out.json", include_identities=True)
    data = (tmp_path / "out.json").read_bytes()
    cut = tmp_path / "cut.json"
    # Cut anywhere: in a string, between fields, inside a multi-byte Vietnamese letter.
    inside_letter = data.index("ễ".encode()) + 1
    for size in (len(data) // 3, len(data) // 2, len(data) - 3, inside_letter, 1):
        cut.write_bytes(data[:size])
        _import_fails(source, cut, "ends too early")


def test_byte_order_mark_is_harmless(
    source: Database, make_db: Callable[..., Database], tmp_path: Path
) -> None:
    path = tmp_path / "out.json"
    exchange.export_records(source, path)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert exchange.import_records(make_db("t.db"), path, today=TODAY).counts["case"] == 3


# -- records with problems -----------------------------------------------------------------


def test_every_invalid_record_is_listed_and_nothing_imported(
    document: dict[str, Any], source: Database, tmp_path: Path
) -> None:
    records = document["records"]
    records["activity"][0]["start_date"] = "2030-01-01"  # in the future
    records["activity"][0]["end_date"] = None
    records["activity"][0]["attendance_female"] = 200  # 200 + 110 > 250
    records["activity"][1]["setting"] = "moon"
    records["case"][1]["services"][0]["given_on"] = "2024-01-01"  # before the case
    records["case"][2]["survivor"]["sex"] = "x"
    records["training"][1]["participants"] = {"staff": {"female": -1, "male": 0}}
    records["model"][0]["closed_on"] = None  # closed without a date
    records["funding"][1]["year"] = 1999
    before = _counts(source)
    with pytest.raises(ImportRejected) as excinfo:
        exchange.import_records(source, _write(tmp_path / "bad.json", document), today=TODAY)
    assert _counts(source) == before
    assert _problems(excinfo) == {
        ("activity", 0, "start_date"),
        ("activity", 0, "attendance_female"),
        ("activity", 1, "setting"),
        ("case", 1, "services[0].given_on"),
        ("case", 2, "survivor.sex"),
        ("training", 1, "participants.staff"),
        ("model", 0, "closed_on"),
        ("funding", 1, "year"),
    }
    error = excinfo.value
    assert "8 problem(s)" in str(error) and "nothing was imported" in str(error)
    lines = list(exchange.iter_problems(error))
    assert "Awareness activity no. 1, start_date: The date 01/01/2030 is in the future." in lines
    assert any(line.startswith("Case no. 3, survivor.sex:") for line in lines)
    for problem in error.problems:
        assert problem.message.context in ("Import", "Validation")


def test_one_bad_record_among_many_imports_nothing(
    source: Database, make_db: Callable[..., Database], tmp_path: Path
) -> None:
    store = RecordStore(source)
    store.save_many(
        [Activity(start_date=date(2024, 1, 1 + i % 28), title=f"Buổi {i}", attendance_total=i) for i in range(300)],
        TODAY,
    )  # fmt: skip
    doc = exchange.build_export(source)
    doc["records"]["activity"][217]["attendance_male"] = 1000
    target = make_db("target.db")
    with pytest.raises(ImportRejected) as excinfo:
        exchange.import_records(target, _write(tmp_path / "f.json", doc), today=TODAY)
    assert _problems(excinfo) == {("activity", 217, "attendance_female")}
    assert _counts(target) == dict.fromkeys([*exchange.KINDS, "survivors"], 0)


def test_structure_problems_are_listed(
    document: dict[str, Any], source: Database, tmp_path: Path
) -> None:
    records = document["records"]
    records["activity"][0]["colour"] = "red"
    del records["activity"][1]["title"]
    records["activity"][1]["attendance_total"] = "12"
    records["activity"][1]["cost_vnd"] = 1.5
    records["activity"][1]["audiences"] = "women"
    records["activity"].append("not a record")
    records["case"][0]["services"].append({"kind": "medical"})
    records["case"][0]["domestic"] = "yes"
    records["case"][1]["reported_on"] = "12/09/2024"
    records["case"][2]["survivor"] = None
    records["training"][0]["participants"]["official"] = [6, 4]
    records["training"][1]["participants"]["staff"]["female"] = 2**70
    records["mobilisation"][0]["purpose"] = "\ud800 not text"
    records["mobilisation"][1]["in_kind_value_vnd"] = None
    records["funding"] = {}
    records["spaceship"] = []
    del records["inspection"]
    with pytest.raises(ImportRejected) as excinfo:
        exchange.import_records(source, _write(tmp_path / "f.json", document), today=TODAY)
    assert _problems(excinfo) == {
        ("activity", 0, "colour"),
        ("activity", 1, "title"),
        ("activity", 1, "attendance_total"),
        ("activity", 1, "cost_vnd"),
        ("activity", 1, "audiences"),
        ("activity", 2, ""),
        ("case", 0, "services[3].given_on"),
        ("case", 0, "services[3].provider_kind"),
        ("case", 0, "services[3].provider_name"),
        ("case", 0, "domestic"),
        ("case", 1, "reported_on"),
        ("case", 2, "survivor"),
        ("training", 0, "participants.official"),
        ("training", 1, "participants.staff.female"),
        ("mobilisation", 0, "purpose"),
        ("mobilisation", 1, "in_kind_value_vnd"),
        ("funding", None, ""),
        ("spaceship", None, ""),
        ("inspection", None, ""),
    }
    messages = {(p.kind, p.index, p.field): p.render() for p in excinfo.value.problems}
    assert messages[("activity", 0, "colour")].endswith("not part of the export format.")
    assert messages[("case", 1, "reported_on")].endswith('not "12/09/2024".')
    assert messages[("training", 1, "participants.staff.female")].endswith("too large.")
    assert messages[("spaceship", None, "")] == "spaceship: This kind of record is unknown."


def test_identity_in_a_file_without_identities_is_refused(source: Database, tmp_path: Path) -> None:
    doc = exchange.build_export(source, include_identities=False)
    doc["records"]["case"][0]["story"] = "smuggled"
    with pytest.raises(ImportRejected) as excinfo:
        exchange.import_records(source, _write(tmp_path / "f.json", doc), today=TODAY)
    assert _problems(excinfo) == {("case", 0, "story")}
    assert "holds no identifying details" in excinfo.value.problems[0].render()


def test_identity_fields_are_required_when_declared(
    document: dict[str, Any], source: Database, tmp_path: Path
) -> None:
    del document["records"]["case"][1]["identity"]
    document["records"]["case"][2]["identity"]["phone"] = 912
    with pytest.raises(ImportRejected) as excinfo:
        exchange.import_records(source, _write(tmp_path / "f.json", document), today=TODAY)
    assert _problems(excinfo) == {("case", 1, "identity"), ("case", 2, "identity.phone")}


def test_one_survivor_with_two_descriptions_is_refused(
    document: dict[str, Any], source: Database, tmp_path: Path
) -> None:
    document["records"]["case"][1]["survivor"]["birth_year"] = 1990
    with pytest.raises(ImportRejected) as excinfo:
        exchange.import_records(source, _write(tmp_path / "f.json", document), today=TODAY)
    assert _problems(excinfo) == {("case", 1, "survivor")}
    assert "Survivor S1 has different details here than in case no. 1." in str(
        excinfo.value.problems[0].render()
    )
    document["records"]["case"][1]["survivor"]["birth_year"] = 1988
    document["records"]["case"][1]["identity"]["phone"] = "0000"
    with pytest.raises(ImportRejected) as excinfo:
        exchange.import_records(source, _write(tmp_path / "f.json", document), today=TODAY)
    assert _problems(excinfo) == {("case", 1, "identity")}


def test_survivor_refs_are_only_labels(
    document: dict[str, Any], make_db: Callable[..., Database], tmp_path: Path
) -> None:
    """Any text links cases; separate files never share a survivor."""
    for case in document["records"]["case"]:
        case["survivor"]["ref"] = {"S1": "người-1", "S2": "x"}[case["survivor"]["ref"]]
    target = make_db("t.db")
    path = _write(tmp_path / "f.json", document)
    assert exchange.import_records(target, path, today=TODAY).survivors == 2
    exchange.import_records(target, path, today=TODAY)
    assert _counts(target)["survivors"] == 4


# -- ref codes -----------------------------------------------------------------------------


def test_importing_twice_adds_records_with_new_ref_codes(source: Database, tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    exchange.export_records(source, path, include_identities=True)
    before = _counts(source)
    summary = exchange.import_records(source, path, today=TODAY)
    after = _counts(source)
    assert after == {k: 2 * v for k, v in before.items()}
    assert summary.renamed_ref_codes == [
        ("VV-2024-0001", "VV-2024-0003"),
        ("VV-2024-0002", "VV-2024-0004"),
        ("VV-2025-0001", "VV-2025-0002"),
    ]
    codes = [r[0] for r in source.conn.execute("SELECT ref_code FROM cases")]
    assert len(codes) == len(set(codes)) == 6


def test_generated_ref_code_never_takes_a_later_kept_one(
    document: dict[str, Any], make_db: Callable[..., Database], tmp_path: Path
) -> None:
    target = make_db("t.db")
    RecordStore(target).save(
        Case(reported_on=date(2024, 1, 1), violence_types=["physical"]), TODAY
    )  # VV-2024-0001 is taken here; the file has VV-2024-0001 then VV-2024-0002
    cases = document["records"]["case"]
    cases[2]["ref_code"] = ""  # generated too
    cases[2]["reported_on"] = "2024-12-01"
    summary = exchange.import_records(target, _write(tmp_path / "f.json", document), today=TODAY)
    assert summary.renamed_ref_codes == [("VV-2024-0001", "VV-2024-0003")]
    codes = [r[0] for r in target.conn.execute("SELECT ref_code FROM cases ORDER BY id")]
    assert codes == ["VV-2024-0001", "VV-2024-0002", "VV-2024-0003", "VV-2024-0004"]


# -- the format's description stays true -----------------------------------------------------


def test_format_fields_are_frozen_for_this_version() -> None:
    assert exchange.VERSION == 1, "a new version needs a new frozen field list here"
    for kind in RECORD_TYPES:
        assert exchange.record_fields(kind, include_identities=True) == FORMAT_V1[kind], (
            f"The fields of {kind} changed: bump exchange.VERSION and update "
            "docs/export-format.md and docs/export-format.schema.json"
        )


def test_docs_and_schema_describe_every_field() -> None:
    schema = json.loads((DOCS / "export-format.schema.json").read_text(encoding="utf-8"))
    docs = (DOCS / "export-format.md").read_text(encoding="utf-8")
    defs = schema["$defs"]
    for kind, names in FORMAT_V1.items():
        props = defs[kind]["properties"]
        assert set(props) == set(names), kind
        assert set(defs[kind]["required"]) == set(names) - {"identity", "story"}, kind
        for name in names:
            assert f"`{name}`" in docs, f"docs/export-format.md does not describe {kind}.{name}"
    assert set(schema["properties"]["records"]["properties"]) == set(exchange.KINDS)
    assert schema["properties"]["version"]["const"] == exchange.VERSION


def test_exports_validate_against_the_schema(source: Database) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((DOCS / "export-format.schema.json").read_text(encoding="utf-8"))
    for identities in (False, True):
        jsonschema.validate(exchange.build_export(source, identities), schema)


def test_the_example_in_the_docs_imports(make_db: Callable[..., Database], tmp_path: Path) -> None:
    docs = (DOCS / "export-format.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)\n```", docs, re.S)
    assert example is not None
    path = tmp_path / "example.json"
    path.write_text(example.group(1), encoding="utf-8")
    summary = exchange.import_records(make_db("t.db"), path, today=TODAY)
    assert summary.total > 0 and summary.counts["case"] == 2 and summary.survivors == 1


# -- fuzzing -------------------------------------------------------------------------------

_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-3, max_value=3000),
    st.integers(),
    st.integers(min_value=-(2**80), max_value=2**80),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(["", "2024-02-30", "2024-05-05", "female", "closed", "S1", "official"]),
)
_JSON = st.recursive(
    _LEAF,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def _mutate(data: st.DataObject, doc: Any) -> Any:
    """`doc` with one random change somewhere inside it, mostly inside its records."""
    root = {"doc": doc}
    parent: Any = root
    key: Any = "doc"
    if (
        isinstance(doc, dict)
        and isinstance(doc.get("records"), dict)
        and data.draw(st.integers(0, 4))
    ):
        parent, key = doc, "records"
    while (
        isinstance(parent[key], dict | list)
        and parent[key]
        and data.draw(st.sampled_from([True] * 5 + [False]))
    ):
        node = parent[key]
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        parent, key = node, data.draw(st.sampled_from(keys))
    action = data.draw(st.sampled_from(["replace", "replace", "delete", "rename", "add", "copy"]))
    if action == "replace" or (action in ("delete", "rename") and parent is root):
        parent[key] = data.draw(_JSON)
    elif action == "delete":
        del parent[key]
    elif action == "rename" and isinstance(parent, dict):
        parent[data.draw(st.text(max_size=8))] = parent.pop(key)
    elif action == "add" and isinstance(parent[key], dict):
        parent[key][data.draw(st.text(max_size=8))] = data.draw(_JSON)
    elif action == "add" and isinstance(parent[key], list):
        parent[key].append(data.draw(_JSON))
    elif action == "copy" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[key]))
    else:
        parent[key] = data.draw(_JSON)
    return root["doc"]


def test_fuzzed_files_never_break_the_import(
    source: Database, make_db: Callable[..., Database], tmp_path: Path
) -> None:
    base = exchange.build_export(source, include_identities=True)
    target = make_db("target.db")
    path = tmp_path / "fuzz.json"
    outcomes: dict[str, int] = {}

    @settings(
        max_examples=300,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        doc = copy.deepcopy(base)
        for _ in range(data.draw(st.integers(1, 3))):
            doc = _mutate(data, doc)
        if isinstance(doc, dict) and data.draw(st.sampled_from([True] * 4 + [False])):  # re-sign
            doc["sha256"] = exchange.document_checksum(doc)
        raw = json.dumps(doc, ensure_ascii=data.draw(st.booleans()), indent=1).encode()
        cut = data.draw(st.sampled_from(["none"] * 8 + ["truncate", "flip"]))
        if cut == "truncate":
            raw = raw[: data.draw(st.integers(0, len(raw)))]
        elif cut == "flip" and raw:
            at = data.draw(st.integers(0, len(raw) - 1))
            raw = raw[:at] + bytes([raw[at] ^ data.draw(st.integers(1, 255))]) + raw[at + 1 :]
        path.write_bytes(raw)
        before = _counts(target)
        try:
            summary = exchange.import_records(target, path, today=TODAY)
        except StorageError as exc:
            assert _counts(target) == before
            str(exc)  # renders without error
            for problem in getattr(exc, "problems", []):
                problem.render()
            outcomes[type(exc).__name__] = outcomes.get(type(exc).__name__, 0) + 1
        else:
            after = _counts(target)
            assert sum(after[k] - before[k] for k in exchange.KINDS) == summary.total
            outcomes["imported"] = outcomes.get("imported", 0) + 1

    run()
    assert sum(outcomes.values()) >= 200
    assert {"BadFile", "ImportRejected"} <= set(outcomes), outcomes
    assert audit.verify(target.conn) == []
