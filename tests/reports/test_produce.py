"""Producing a report: the document, every file with safe names, the email last with the
others attached, the history; and on any failure a clear error and no half report set."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import date
from email import message_from_bytes
from email.policy import default as email_policy
from pathlib import Path

import openpyxl
import pytest
from docx import Document

from gbv_desktop.domain import demo
from gbv_desktop.domain.calendar import Period
from gbv_desktop.domain.messages import Message
from gbv_desktop.domain.records import Activity, Case, Service, Survivor
from gbv_desktop.reports.history import list_reports
from gbv_desktop.reports.package import read_package
from gbv_desktop.reports.produce import (
    FORMATS,
    ReportNotProduced,
    build_document,
    default_subject,
    file_stem,
    incomplete_in_period,
    parse_formats,
    produce,
)
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import DiskFull, PermissionDenied
from gbv_desktop.storage.records import RecordStore
from tests.conftest import PASSWORD

REPO = Path(__file__).resolve().parents[2]
END = date(2025, 5, 14)
STEM = "BaoCao_6thang_2025_PhuongTanLoi"
SUBJECT = (
    "Kết quả thực hiện Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới "
    "6 tháng đầu năm 2025"
)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder the files go to (tmp_path holds the database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def ward(db: Database) -> Database:
    RecordStore(db).save_many(demo.generate(seed=5, years=1, end=END), today=END)
    return db


def test_build_document_fills_the_letter_from_the_unit(ward: Database) -> None:
    profile = ward.profile
    profile.recipient = "Phòng Lao động – Thương binh và Xã hội thành phố Buôn Ma Thuột"
    profile.signatory.name = "Nguyễn Văn A"
    ward.set_profile(profile)
    document = build_document(ward, "half_year", 2025)
    f, letter = document.figures, document.letter
    assert (f.kind, f.year, f.period) == ("half_year", 2025, Period(date(2024, 12, 15), END))
    assert not f.masked and not f.empty
    assert letter.recipients == [profile.recipient]
    assert letter.distribution == ["- Như trên;", "- Lưu: VT."]
    assert letter.signatory == profile.signatory
    assert letter.place == "Tân Lợi" and letter.number == ""
    assert letter.issued_on == date.today()
    assert letter.subject == SUBJECT
    assert document.narrative["I"].startswith("Trong kỳ báo cáo")
    assert document.narrative["V"] == ""  # the officer's to write
    masked = build_document(ward, "half_year", 2025, masked=True)
    assert masked.figures.masked


def test_subjects_for_every_kind(ward: Database) -> None:
    p = ward.programme
    period = Period(date(2025, 1, 1), date(2025, 6, 30))
    name = "Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới"
    assert default_subject("annual", 2025, period, p) == f"Kết quả thực hiện {name} năm 2025"
    assert default_subject("phase", 2025, period, p) == (
        f"Kết quả thực hiện {name} giai đoạn 2021 – 2025"
    )
    assert default_subject("ad_hoc", 2025, period, p) == (
        f"Kết quả thực hiện {name} từ ngày 01/01/2025 đến ngày 30/06/2025"
    )


def test_file_names_are_ascii_without_spaces(ward: Database) -> None:
    document = build_document(ward, "half_year", 2025)
    assert file_stem(document) == STEM
    document.figures.unit.name = "Xã Ea Kao (đặc biệt)"
    assert file_stem(document) == "BaoCao_6thang_2025_XaEaKaoDacBiet"
    document.figures.kind = "ad_hoc"
    document.figures.period = Period(date(2025, 2, 1), date(2025, 3, 31))
    assert file_stem(document) == "BaoCao_DotXuat_20250201-20250331_XaEaKaoDacBiet"
    document.figures.kind, document.figures.masked = "phase", True
    document.figures.period = Period(date(2021, 1, 1), date(2025, 12, 31))
    assert file_stem(document) == "BaoCao_TongKet_2021-2025_XaEaKaoDacBiet_BanChe"


def test_parse_formats() -> None:
    assert parse_formats("eml, PDF,.xlsx") == ["pdf", "xlsx", "eml"]
    assert parse_formats(["json"]) == ["json"]
    with pytest.raises(Exception, match="Unknown file type"):
        parse_formats("pdf,odt")
    with pytest.raises(Exception, match="at least one"):
        parse_formats(" , ")


def test_every_file_then_the_history(ward: Database, out: Path) -> None:
    document = build_document(ward, "half_year", 2025)
    document.letter.number = "12/BC-UBND"
    steps: list[tuple[int, int, Message]] = []
    files = produce(ward, document, out, progress=lambda *a: steps.append(a), to="city@example.vn")
    assert [p.name for p in files] == [f"{STEM}.{ext}" for ext in FORMATS]
    assert sorted(p.name for p in out.iterdir()) == sorted(p.name for p in files)
    assert all(p.name.isascii() and " " not in p.name for p in files)
    # Progress: one step per file, then the history, then done.
    assert [s[0] for s in steps] == list(range(len(FORMATS) + 2))
    assert {s[1] for s in steps} == {len(FORMATS) + 1}
    assert all(isinstance(s[2], Message) for s in steps)
    # Each file is what it says.
    pdf, docx, xlsx, package, eml = files
    assert pdf.read_bytes().startswith(b"%PDF")
    assert any("12/BC-UBND" in p.text for p in Document(str(docx)).paragraphs)
    assert openpyxl.load_workbook(xlsx).sheetnames[0] == "Tổng hợp"
    assert read_package(package)["report"]["number"] == "12/BC-UBND"
    message = message_from_bytes(eml.read_bytes(), policy=email_policy)
    assert message["To"] == "city@example.vn"
    attached = {a.get_filename(): a.get_content() for a in message.iter_attachments()}
    assert attached == {p.name: p.read_bytes() for p in files[:-1]}
    entries = list_reports(ward)
    assert len(entries) == 1 and entries[0].number == "12/BC-UBND"


def test_a_second_report_never_replaces_the_first(ward: Database, out: Path) -> None:
    document = build_document(ward, "half_year", 2025)
    first = produce(ward, document, out, formats={"json", "xlsx"})
    before = {p: p.read_bytes() for p in first}
    second = produce(ward, document, out, formats={"json", "xlsx"})
    assert [p.name for p in second] == [f"{STEM}_2.xlsx", f"{STEM}_2.json"]
    assert {p: p.read_bytes() for p in first} == before
    assert len(list_reports(ward)) == 2


def test_an_empty_period_still_gives_every_file_saying_so(db: Database, out: Path) -> None:
    document = build_document(db, "half_year", 2025)
    assert document.figures.empty
    assert "không phát sinh vụ việc" in document.narrative["I"]
    files = produce(db, document, out)
    assert [p.suffix for p in files] == [".pdf", ".docx", ".xlsx", ".json", ".eml"]
    assert all(p.stat().st_size > 0 for p in files)
    package = read_package(files[3])
    assert "không phát sinh" in package["narrative"]["I"]
    assert package["values"]["cases.count"] == 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(files[0]), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "không phát sinh vụ việc" in " ".join(text.split())
    assert len(list_reports(db)) == 1


def test_a_folder_that_cannot_be_written_is_a_clear_error(ward: Database, out: Path) -> None:
    """Tests run as root, so "read-only" is a folder under a regular file."""
    blocker = out / "not-a-folder"
    blocker.write_text("x")
    document = build_document(ward, "half_year", 2025)
    with pytest.raises(ReportNotProduced) as info:
        produce(ward, document, blocker / "sub")
    assert "does not exist" in str(info.value)
    with pytest.raises(ReportNotProduced) as info:
        produce(ward, document, blocker)
    assert "is not a folder" in str(info.value)
    assert sorted(p.name for p in out.iterdir()) == ["not-a-folder"]
    assert list_reports(ward) == []


def test_a_letter_that_cannot_be_printed_is_a_clear_error(ward: Database, out: Path) -> None:
    keep = out / "ghi-chu.txt"
    keep.write_text("nothing else is touched")
    document = build_document(ward, "half_year", 2025)
    # Characters the letter's font cannot print: the PDF (written first) refuses them.
    document.narrative["VI"] = "Đề nghị 漢字"
    with pytest.raises(ReportNotProduced) as info:
        produce(ward, document, out, formats=["xlsx", "json", "pdf"])
    assert "漢" in str(info.value)
    assert sorted(p.name for p in out.iterdir()) == ["ghi-chu.txt"]
    assert keep.read_text() == "nothing else is touched"
    assert list_reports(ward) == []


CHILD = textwrap.dedent(
    """
    import json, resource, signal, sys
    from pathlib import Path

    from gbv_desktop.reports.produce import ReportNotProduced, build_document, produce
    from gbv_desktop.storage.database import Database
    from gbv_desktop.storage.errors import DiskFull

    db_path, password, out, limit = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
    db = Database.open(db_path, "admin", password)
    document = build_document(db, "half_year", 2025)
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        produce(db, document, out)
    except ReportNotProduced as exc:
        print(json.dumps({"error": type(exc).__name__, "message": str(exc),
                          "cause": type(exc.__cause__).__name__}))
    except BaseException as exc:
        print(json.dumps({"error": type(exc).__name__, "message": str(exc)}))
    else:
        print(json.dumps({"error": None}))
    db.close()
    """
)


def test_a_full_disk_leaves_no_half_report_set(ward: Database, tmp_path: Path) -> None:
    """A child process whose file size limit lets the four files through but not the
    email draft that carries them all: the disk is "full" at the last step."""
    sizes_dir = tmp_path / "first"
    sizes_dir.mkdir()
    files = produce(ward, build_document(ward, "half_year", 2025), sizes_dir)
    biggest = max(p.stat().st_size for p in files if p.suffix != ".eml")
    eml_size = files[-1].stat().st_size
    limit = biggest + 4096
    assert limit < eml_size
    before = len(list_reports(ward))
    out = tmp_path / "usb"
    out.mkdir()
    (out / "old-report.pdf").write_bytes(b"an older report, kept")
    ward.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(ward.path), PASSWORD, str(out), str(limit)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["error"] == "ReportNotProduced", outcome
    assert outcome["cause"] == DiskFull.__name__
    assert "disk is full" in outcome["message"] and "were removed" in outcome["message"]
    assert sorted(p.name for p in out.iterdir()) == ["old-report.pdf"]
    assert (out / "old-report.pdf").read_bytes() == b"an older report, kept"
    assert len(list_reports(ward)) == before


def test_a_viewer_is_refused_before_anything_is_written(ward: Database, out: Path) -> None:
    ward.add_user("xem", PASSWORD, "viewer")
    viewer = Database.open(ward.path, "xem", PASSWORD)
    try:
        with pytest.raises(PermissionDenied):
            produce(viewer, build_document(viewer, "half_year", 2025), out)
    finally:
        viewer.close()
    assert list(out.iterdir()) == []


def test_records_to_complete_in_the_period(db: Database) -> None:
    store = RecordStore(db)
    in_period, before = date(2025, 3, 3), date(2024, 11, 1)
    no_needs = store.save(Case(reported_on=in_period, violence_types=["physical"]), today=END)
    store.save(Case(reported_on=before, violence_types=["physical"]), today=END)
    unmet = store.save(
        Case(
            reported_on=in_period,
            survivor=Survivor(sex="female"),
            violence_types=["psychological"],
            needs=["medical", "legal"],
            # Legal advice given after the period's end does not meet the need in it.
            services=[Service("medical", in_period, "health"),
                      Service("legal", date(2025, 5, 20), "legal_aid")],
        ),
        today=date(2025, 6, 1),
    )  # fmt: skip
    met = store.save(
        Case(
            reported_on=in_period,
            violence_types=["physical"],
            needs=["medical"],
            services=[Service("medical", in_period, "health")],
        ),
        today=END,
    )
    empty = store.save(
        Activity(start_date=in_period, title="Nói chuyện", form="talk", attendance_total=0),
        today=END,
    )
    store.save(
        Activity(start_date=in_period, title="Phát thanh", form="broadcast", attendance_total=0),
        today=END,
    )
    rows = incomplete_in_period(db, Period(date(2024, 12, 15), END))
    found = {(r.kind, r.id): r for r in rows}
    assert set(found) == {("case", no_needs), ("case", unmet), ("activity", empty)}
    assert ("case", met) not in found
    reason = found[("case", unmet)].reason.render()
    assert "Legal" in reason and "Medical" not in reason
    assert all("VV-" in r.label or "Nói chuyện" in r.label for r in rows)
