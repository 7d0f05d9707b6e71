"""The report history: every report kept with its figures as they were, and whether the
records have changed them since."""

from __future__ import annotations

import json
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from gbv_desktop.domain import demo
from gbv_desktop.domain.calendar import Period
from gbv_desktop.domain.records import Case, Inspection, Service, Survivor
from gbv_desktop.reports import figures as figures_module
from gbv_desktop.reports import history
from gbv_desktop.reports.history import (
    changed_since,
    figures_digest,
    list_reports,
    load_report,
    record_report,
)
from gbv_desktop.reports.produce import build_document
from gbv_desktop.storage import audit
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import PermissionDenied, RecordNotFound
from gbv_desktop.storage.records import RecordStore
from tests.conftest import PASSWORD

END = date(2025, 5, 14)


@pytest.fixture
def ward(db: Database) -> Database:
    RecordStore(db).save_many(demo.generate(seed=3, years=1, end=END), today=END)
    return db


def _case(day: date) -> Case:
    return Case(
        reported_on=day,
        survivor=Survivor(sex="female", ethnicity="kinh"),
        violence_types=["physical"],
        needs=["medical"],
        services=[Service("medical", day, "health")],
    )


def test_a_report_is_kept_with_its_figures_and_an_audit_entry(ward: Database) -> None:
    document = build_document(ward, "half_year", 2025)
    document.letter.number = "07/BC-UBND"
    document.narrative["V"] = "Tiếp tục tuyên truyền."
    entries_before = ward.conn.execute("SELECT count(*) FROM audit").fetchone()[0]
    report_id = record_report(ward, document)
    assert report_id > 0
    entries = list_reports(ward)
    assert [e.id for e in entries] == [report_id]
    entry = entries[0]
    assert (entry.kind, entry.year, entry.number) == ("half_year", 2025, "07/BC-UBND")
    assert entry.period == Period(date(2024, 12, 15), END)
    assert entry.issued_on == document.letter.issued_on
    assert entry.created_by == ward.user.id and entry.created_by_name == "admin"
    assert entry.created_at.tzinfo is not None
    assert entry.figures_sha256 == figures_digest(document.figures)
    assert not entry.masked
    row = ward.conn.execute(
        "SELECT record_kind, record_id, action FROM audit ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert tuple(row) == ("report", report_id, "create")
    assert ward.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == entries_before + 1
    assert audit.verify(ward.conn) == []

    stored = load_report(ward, report_id)
    assert stored.entry == entry
    again = stored.document
    assert figures_digest(again.figures) == entry.figures_sha256
    assert again.figures.values == document.figures.values
    assert again.figures.tables == document.figures.tables
    assert again.figures.unit == document.figures.unit
    assert again.figures.indicators == document.figures.indicators
    assert again.narrative["V"] == "Tiếp tục tuyên truyền."
    assert again.letter == document.letter


def test_the_reports_are_listed_newest_first(ward: Database) -> None:
    first = record_report(ward, build_document(ward, "half_year", 2025))
    second = record_report(ward, build_document(ward, "annual", 2024))
    assert [e.id for e in list_reports(ward)] == [second, first]
    with pytest.raises(RecordNotFound):
        load_report(ward, 9999)


def test_the_checksum_leaves_out_when_and_the_profile(ward: Database) -> None:
    a = build_document(ward, "half_year", 2025).figures
    b = build_document(ward, "half_year", 2025).figures
    b.generated_at = a.generated_at + timedelta(days=3)
    b.unit.signatory.name = "Người khác"
    assert figures_digest(a) == figures_digest(b)
    b.values["cases.count"] = int(b.values["cases.count"] or 0) + 1
    assert figures_digest(a) != figures_digest(b)
    canonical = history.canonical_figures(a)
    assert json.loads(canonical)["kind"] == "half_year" and b" " not in canonical[:20]


def test_changed_since_follows_the_records_of_the_period(ward: Database) -> None:
    store = RecordStore(ward)
    report_id = record_report(ward, build_document(ward, "half_year", 2025))
    assert changed_since(ward, report_id) is False
    # A record outside the period changes nothing the report says.
    store.save(Inspection(inspected_on=date(2023, 6, 1), subject="Ngoài kỳ"), today=END)
    assert changed_since(ward, report_id) is False
    # A case in the period does.
    case_id = store.save(_case(date(2025, 3, 3)), today=END)
    assert changed_since(ward, report_id) is True
    # Deleting it again gives the figures of the report back.
    store.delete("case", case_id)
    assert changed_since(ward, report_id) is False


def _next_second() -> None:
    """Figures keep whole seconds, and anything written in the second they were computed
    counts as possibly later: start the test's computation in a fresh second."""
    time.sleep(1.02 - datetime.now().microsecond / 1e6)


def test_nothing_written_since_means_no_recomputing(
    ward: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _next_second()
    report_id = record_report(ward, build_document(ward, "half_year", 2025))

    def boom(*args: object, **kwargs: object) -> None:
        raise AssertionError("figures computed although nothing changed")

    monkeypatch.setattr(figures_module, "compute_figures", boom)
    assert changed_since(ward, report_id) is False
    # Keeping another report is not a change of the records either.
    monkeypatch.undo()
    record_report(ward, build_document(ward, "annual", 2024))
    monkeypatch.setattr(figures_module, "compute_figures", boom)
    assert changed_since(ward, report_id) is False


def test_a_record_saved_while_the_report_was_being_made_counts(ward: Database) -> None:
    """Figures computed, then a record saved, then the report kept: it is already out of
    date, and the history says so."""
    document = build_document(ward, "half_year", 2025)
    document.figures.generated_at = datetime.now().replace(microsecond=0) - timedelta(seconds=2)
    RecordStore(ward).save(_case(date(2025, 4, 1)), today=END)
    report_id = record_report(ward, document)
    assert changed_since(ward, report_id) is True


def test_a_masked_report_is_compared_masked(ward: Database) -> None:
    document = build_document(ward, "half_year", 2025, masked=True)
    report_id = record_report(ward, document)
    entry = list_reports(ward)[0]
    assert entry.masked
    assert changed_since(ward, report_id) is False
    stored = load_report(ward, report_id).document
    assert stored.figures.masked
    assert figures_digest(stored.figures) == entry.figures_sha256


def test_a_viewer_may_not_keep_reports(ward: Database, tmp_path: Path) -> None:
    ward.add_user("xem", PASSWORD, "viewer")
    viewer = Database.open(ward.path, "xem", PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            record_report(viewer, build_document(viewer, "half_year", 2025))
        assert list_reports(viewer) == []
    finally:
        viewer.close()
