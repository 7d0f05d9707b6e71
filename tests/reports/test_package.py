"""The report package: golden file, no personal data, schema, checks on reading, and the
time to produce a report's figures and package from a city-sized database."""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from gbv_desktop.domain.calendar import Period
from gbv_desktop.reports import package as pkg
from gbv_desktop.reports.figures import compute_figures
from gbv_desktop.reports.masking import mask_figures
from gbv_desktop.reports.model import Figures, LetterDetails, ReportDocument
from gbv_desktop.reports.narrative import draft_narrative
from gbv_desktop.reports.package import (
    PackageRejected,
    build_package,
    read_package,
    write_package,
)
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import BadFile, StorageError
from gbv_desktop.storage.records import RecordStore
from tests.reports.test_figures import build_small, check_golden

SCHEMA = json.loads(
    (Path(__file__).resolve().parents[2] / "docs" / "report-package.schema.json").read_text("utf-8")
)
CANARY = "ZQXCANARY"
LETTER = LetterDetails(number="05/BC-UBND", issued_on=date(2025, 5, 12))


def document(figures: Figures) -> ReportDocument:
    return ReportDocument(figures, draft_narrative(figures), LETTER)


def validate(package: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(
        SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    validator.validate(package)


def resealed(package: dict[str, Any]) -> dict[str, Any]:
    """`package` with its checksum recomputed (a well-sealed but wrong package)."""
    package = dict(package)
    package["sha256"] = pkg.checksum(package)
    return package


@pytest.fixture
def small(db: Database) -> Database:
    return build_small(db)


# -- content ---------------------------------------------------------------------------------


def test_golden_package(small: Database) -> None:
    figures = compute_figures(small, "half_year", 2025)
    figures.generated_at = datetime(2025, 5, 12, 9, 30)
    package = build_package(document(figures))
    assert list(package) == list(pkg.KEYS)
    assert package["format"] == "gbv-desktop-report" and package["version"] == 1
    assert re.fullmatch(r"gbv-desktop \S+", package["generator"])
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", package["generated_at"])
    assert package["unit"] == {"code": "24133", "name": "Phường Tân Lợi", "level": "ward"}
    assert package["report"] == {
        "kind": "half_year", "year": 2025, "period_start": "2024-12-15",
        "period_end": "2025-05-14", "number": "05/BC-UBND", "issued_on": "2025-05-12",
    }  # fmt: skip
    assert package["indicators"] == [
        {"code": "I1", "numerator": 1, "denominator": 3, "target_percent": 60,
         "percent": 33.3, "met": False},
        {"code": "I2", "numerator": 2, "denominator": 3, "target_percent": 100,
         "percent": 66.6, "met": False},
    ]  # fmt: skip
    assert package["values"]["cases.count"] == 4 and package["masked"] is False
    # The checksum is the SHA-256 of the canonical JSON without it, as documented.
    body = {k: v for k, v in package.items() if k != "sha256"}
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert package["sha256"] == hashlib.sha256(canonical.encode("utf-8")).hexdigest()
    validate(package)
    stable = {k: v for k, v in package.items() if k not in ("generated_at", "generator", "sha256")}
    check_golden(
        "package_small_half_year.json", json.dumps(stable, ensure_ascii=False, indent=1) + "\n"
    )


def test_written_and_read_back(small: Database, tmp_path: Path) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    for masked in (False, True):
        figures = compute_figures(small, "phase", 2025, masked=masked)
        path = write_package(document(figures), tmp_path / f"goi-{masked}.json")
        assert path == tmp_path / f"goi-{masked}.json"
        data = path.read_bytes()
        assert "Phường Tân Lợi".encode() in data  # UTF-8, not \u escapes
        package = read_package(path)
        assert package == json.loads(data) == build_package(document(figures))
        assert package["masked"] is masked
        assert sorted(package["by_year"]) == ["2021", "2022", "2023", "2024", "2025"]
        validate(package)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["goi-False.json", "goi-True.json"]


def test_masked_package(small: Database) -> None:
    package = build_package(document(compute_figures(small, "half_year", 2025, masked=True)))
    validate(package)
    assert package["masked"] is True
    assert package["values"]["cases.count"] is None
    i1 = package["indicators"][0]
    assert i1["numerator"] is None and i1["percent"] is None and i1["met"] is False


def test_empty_period_package(db: Database) -> None:
    package = build_package(document(compute_figures(db, "annual", 2025)))
    validate(package)
    assert all(i["percent"] is None and i["met"] is None for i in package["indicators"])
    assert package["values"]["cases.count"] == 0
    assert "không phát sinh vụ việc" in package["narrative"]["I"]


def test_no_personal_data_and_no_case_references(db: Database) -> None:
    build_small(db, canary=CANARY)
    store = RecordStore(db)
    # The canaries really are in the database: identities, stories, case references...
    case_id = store.search_ids("case", limit=1)[0]
    identity, story = store.identity(case_id)
    assert CANARY in identity.full_name and CANARY in story
    refs = [r[0] for r in db.conn.execute("SELECT ref_code FROM cases")]
    assert all(CANARY in r for r in refs)
    codes = [r[0] for r in db.conn.execute("SELECT code FROM survivors")]
    # ...and in no package, masked or not, of any kind.
    for kind, year, period in (
        ("half_year", 2025, None),
        ("annual", 2025, None),
        ("phase", 2025, None),
        ("ad_hoc", 2024, Period(date(2018, 1, 1), date(2025, 12, 31))),
    ):
        for masked in (False, True):
            figures = compute_figures(db, kind, year, period, masked=masked)
            text = json.dumps(build_package(document(figures)), ensure_ascii=False)
            assert CANARY not in text, (kind, masked)
            for value in refs + codes:
                assert value not in text
            assert not re.search(r"VV-\d{4}-\d+|NB-\d{5}", text)


# -- reading ---------------------------------------------------------------------------------


@pytest.fixture
def good(small: Database, tmp_path: Path) -> dict[str, Any]:
    return build_package(document(compute_figures(small, "half_year", 2025)))


def _write(tmp_path: Path, content: bytes | dict[str, Any]) -> Path:
    path = tmp_path / "goi.json"
    data = content if isinstance(content, bytes) else pkg.dumps(content)
    path.write_bytes(data)
    return path


def _rejected(path: Path, reason: str) -> PackageRejected:
    with pytest.raises(PackageRejected) as info:
        read_package(path)
    error = info.value
    assert isinstance(error, BadFile) and isinstance(error, StorageError)
    assert error.reason.source == reason
    message = str(error)
    assert message.startswith(f"The report package {path} cannot be used: ")
    assert error.message.context == "Reports"
    return error


def test_rejects_files_that_are_not_packages(tmp_path: Path, good: dict[str, Any]) -> None:
    _rejected(tmp_path / "none.json", pkg.FILE_MISSING)
    _rejected(_write(tmp_path, b"\xff\xfe\x00garbage"), pkg.NOT_UTF8)
    whole = pkg.dumps(good)
    _rejected(_write(tmp_path, whole[: len(whole) // 2]), pkg.TRUNCATED)
    _rejected(_write(tmp_path, b'{"format": "gbv-desktop-report"} trailing'), pkg.NOT_JSON)
    _rejected(_write(tmp_path, b'{"a": 1, "a": 2}'), pkg.DUPLICATE_KEY)
    _rejected(_write(tmp_path, b"[1, 2, 3]"), pkg.NOT_PACKAGE)
    _rejected(_write(tmp_path, {"format": "gbv-desktop-export", "version": 1}), pkg.NOT_PACKAGE)
    _rejected(
        _write(tmp_path, b'{"format": "gbv-desktop-report", "version": NaN}'), pkg.NOT_JSON_ANYWHERE
    )


def test_rejects_bad_versions_and_checksums(tmp_path: Path, good: dict[str, Any]) -> None:
    error = _rejected(_write(tmp_path, resealed(good | {"version": 2})), pkg.NEWER_VERSION)
    assert "version 2" in str(error) and "Install the newer version" in str(error)
    _rejected(_write(tmp_path, resealed(good | {"version": "1"})), pkg.BAD_VERSION)
    _rejected(_write(tmp_path, resealed(good | {"version": 0})), pkg.BAD_VERSION)
    _rejected(_write(tmp_path, {k: v for k, v in good.items() if k != "sha256"}), pkg.NO_CHECKSUM)
    _rejected(_write(tmp_path, good | {"sha256": "abc"}), pkg.NO_CHECKSUM)
    edited = json.loads(json.dumps(good))
    edited["values"]["cases.count"] = 5
    _rejected(_write(tmp_path, edited), pkg.BAD_CHECKSUM)
    edited = json.loads(json.dumps(good))
    edited["narrative"]["I"] += " "
    _rejected(_write(tmp_path, edited), pkg.BAD_CHECKSUM)
    # The checksum does not depend on the file's layout or the order of its keys.
    compact = json.dumps(dict(reversed(list(good.items()))), ensure_ascii=True).encode()
    assert read_package(_write(tmp_path, compact)) == good


# The JSON Schema cannot say that the period ends after it starts, that 2025.0 is not a
# whole number, or that every row has as many cells as the table has columns: the
# reader checks those too (schema_catches=False).


_MALFORMED = [
        (lambda p: p.pop("values"), "values", True),
        (lambda p: p["values"].update({"cases.count": "4"}), "values", True),
        (lambda p: p["values"].update({"bad key!": 1}), "values", True),
        (lambda p: p["unit"].pop("code"), "unit", True),
        (lambda p: p["unit"].update({"level": "district"}), "unit.level", True),
        (lambda p: p["report"].update({"kind": "weekly"}), "report.kind", True),
        (lambda p: p["report"].update({"period_end": "2025-02-30"}), "report.period_end", True),
        (lambda p: p["report"].update({"period_end": "2024-01-01"}), "report.period_end", False),
        (lambda p: p["report"].update({"year": 2025.0}), "report.year", False),
        (lambda p: p.update({"masked": "no"}), "masked", True),
        (lambda p: p["tables"][0]["rows"][0].append(1), "tables", False),
        (lambda p: p["tables"][0].update({"section": "VII"}), "tables", True),
        (lambda p: p["tables"][0]["rows"][0].__setitem__(2, [1]), "tables", True),
        (lambda p: p.update({"by_year": {"năm 2025": {}}}), "by_year", True),
        (lambda p: p["indicators"].reverse(), "indicators", True),
        (lambda p: p["indicators"][0].update({"numerator": -1}), "indicators", True),
        (lambda p: p["indicators"][1].update({"met": "yes"}), "indicators", True),
        (lambda p: p["narrative"].pop("VI"), "narrative", True),
        (lambda p: p["narrative"].update({"I": 5}), "narrative", True),
        (lambda p: p["programme"].update({"start_year": "2021"}), "programme.start_year", True),
]  # fmt: skip


@pytest.mark.parametrize(("change", "field", "schema_catches"), _MALFORMED)
def test_rejects_malformed_packages(
    tmp_path: Path,
    good: dict[str, Any],
    change: Callable[[dict[str, Any]], Any],
    field: str,
    schema_catches: bool,
) -> None:
    bad = json.loads(json.dumps(good))
    change(bad)
    error = _rejected(_write(tmp_path, resealed(bad)), pkg.BAD_FIELD)
    assert error.reason.params["field"] == field
    if schema_catches:
        with pytest.raises(jsonschema.ValidationError):
            validate(resealed(bad))


def test_text_and_numbers_that_json_allows_but_a_package_cannot_hold(
    tmp_path: Path, good: dict[str, Any]
) -> None:
    """A lone surrogate ("\\ud800" in the file) is not text, and 1e999 reads as infinity:
    both are refused with a reason, sealed or not, in any field."""
    for change, field in [
        (lambda p: p["narrative"].update({"I": "x \ud800"}), "narrative"),
        (lambda p: p["tables"][0]["rows"][0].__setitem__(0, "\udfff"), "tables"),
        (lambda p: p["unit"].update({"name": "\ud83d"}), "unit"),
    ]:
        bad = json.loads(json.dumps(good))
        change(bad)
        # Written with \u escapes (the only way a lone surrogate gets into a UTF-8 file).
        data = json.dumps(resealed(bad), ensure_ascii=True).encode()
        error = _rejected(_write(tmp_path, data), pkg.BAD_FIELD)
        assert error.reason.params["field"] == field
        assert pkg.structure_problem(resealed(bad)) == field
    huge = pkg.dumps(good).replace(b'"cases.count": ', b'"cases.count": 1e999, "x": ', 1)
    _rejected(_write(tmp_path, huge), pkg.NOT_JSON_ANYWHERE)


def test_the_quick_checks_agree_with_the_full_ones(good: dict[str, Any]) -> None:
    """After a strict encoding of the whole package (no surrogate, no infinity), the
    reader checks only types: on every malformed package of the list above, the quick
    checks find the same first field as the full ones."""
    assert pkg.structure_problem(good, encoded=True) is None
    changes = [c for c, *_ in _MALFORMED]
    for change in changes:
        bad = json.loads(json.dumps(good))
        change(bad)
        full = pkg.structure_problem(bad)
        assert full is not None
        assert pkg.structure_problem(bad, encoded=True) == full
    bad = json.loads(json.dumps(good))
    bad["tables"][1]["rows"][0][1] = True  # a boolean is not a number
    assert pkg.structure_problem(bad, encoded=True) == pkg.structure_problem(bad) == "tables"


def test_rejects_unexpected_fields(tmp_path: Path, good: dict[str, Any]) -> None:
    error = _rejected(_write(tmp_path, resealed(good | {"names": ["x"]})), pkg.UNEXPECTED_FIELD)
    assert '"names"' in str(error)
    with pytest.raises(jsonschema.ValidationError):
        validate(resealed(good | {"names": ["x"]}))


def test_a_failed_write_leaves_nothing(small: Database, tmp_path: Path) -> None:
    doc = document(compute_figures(small, "half_year", 2025))
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(StorageError):
        write_package(doc, tmp_path / "missing-folder" / "goi.json")
    (tmp_path / "goi.json").mkdir()  # a folder where the file should go
    with pytest.raises(StorageError):
        write_package(doc, tmp_path / "goi.json")
    assert [p.name for p in tmp_path.iterdir()] == ["goi.json"]
    assert list((tmp_path / "goi.json").iterdir()) == []


# -- a city-sized database ------------------------------------------------------------------


@pytest.fixture
def city(city_db_path: Path) -> Database:
    """100,000 demo records over five years (the suite's shared city database)."""
    database = Database.open(city_db_path, "admin", "correct horse 1")
    yield database
    database.close()


@pytest.mark.slow  # the city's 100,000 records take most of this file's time to save
def test_city_sized_database(
    city: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    times: dict[str, float] = {}

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        start = time.perf_counter()
        result = fn()
        times[name] = time.perf_counter() - start
        return result

    half = timed("figures, 6-month report", lambda: compute_figures(city, "half_year", 2025))
    annual = timed("figures, annual report", lambda: compute_figures(city, "annual", 2025))
    phase = timed("figures, end-of-phase report", lambda: compute_figures(city, "phase", 2025))
    narrative = timed("narrative, end-of-phase", lambda: draft_narrative(phase))
    masked = timed("masking, end-of-phase", lambda: mask_figures(phase))
    doc = ReportDocument(phase, narrative, LETTER)
    path = timed("package written", lambda: write_package(doc, tmp_path / "city.json"))
    package = timed("package read and checked", lambda: read_package(path))
    with capsys.disabled():
        print("\ncity-sized database (100,000 records):")
        for name, seconds in times.items():
            print(f"  {name}: {seconds:.3f} s")
    assert half.values["cases.count"] > 1000 and phase.values["cases.count"] == 15_000
    assert annual.values["activities.count"] > 10_000
    assert sum(phase.by_year[y]["cases.count"] for y in phase.by_year) == 15_000
    assert package["values"]["cases.count"] == 15_000
    assert masked.values["cases.count"] == 15_000  # large counts stay
    validate(package)
    # Budgets: 2 s for a 6-month report, 5 s for the end of the phase (generous bounds
    # here, for a loaded test machine; the measured times are printed above).
    assert times["figures, 6-month report"] < 2 * 3
    assert times["figures, end-of-phase report"] < 5 * 3
