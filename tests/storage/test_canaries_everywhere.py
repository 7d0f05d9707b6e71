"""No plaintext anywhere: canary strings typed into every record kind reach no file and
no log (DATA-SAFETY.md promises 2 and 9).

One session does everything an office does: records of every kind (every free-text
field a canary), edits, accounts, automatic backups to the data folder and to a second
drive, a manual backup, a restore, an export without identities, a bad import, a
report (PDF, DOCX, XLSX, package, email draft). Logging goes to a file at DEBUG, and the
process's own stdout/stderr are captured (SQLCipher writes there). Then every file in the
data folder, the second drive and the report folder is scanned, and so are the log and
the captured output:

- the database, its -wal, backups, replaced copies, key files, temporary files left
  behind, the log and the captured output: no canary at all;
- the export without identities: no name, phone, address or story;
- the report files (compressed parts opened, the PDF's text extracted) and the report
  package: aggregates only; no canary but the two place/subject fields the annexes
  show by design (PUBLISHED_IN_REPORTS).
"""

from __future__ import annotations

import dataclasses
import email
import logging
import secrets
import subprocess
import unicodedata
import zipfile
from datetime import date
from email import policy
from pathlib import Path

import pytest

from gbv_desktop.domain.calendar import Period
from gbv_desktop.domain.profile import default_profile
from gbv_desktop.domain.records import (
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
)
from gbv_desktop.domain.text import fold
from gbv_desktop.reports.produce import build_document, produce
from gbv_desktop.storage import autobackup, backup, exchange
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import StorageError
from gbv_desktop.storage.records import RecordStore
from tests.conftest import PASSWORD

RUN = secrets.token_hex(3)
TODAY = date(2025, 6, 30)
# Fields that hold a code from a vocabulary, not typed text.
CODED = {
    "form", "setting", "campaign", "funding_source", "channel", "age_group",
    "perpetrator_sex", "perpetrator_relation", "status", "model_type", "source",
}  # fmt: skip


# Fields the report annexes show by design: the place of an influencer network and the
# subject of an inspection (neither names a person). Any other field reaching a report
# fails the test.
PUBLISHED_IN_REPORTS = {"InflHamlet", "InsSubject"}


class Canaries:
    def __init__(self) -> None:
        self.all: list[str] = []
        self.identity: list[str] = []
        self.unpublished: list[str] = []

    def __call__(self, name: str, identity: bool = False) -> str:
        text = f"Sẻ{name}Đồng-Vàng{RUN}{len(self.all):02d}"
        self.all.append(text)
        if identity:
            self.identity.append(text)
        if name not in PUBLISHED_IN_REPORTS:
            self.unpublished.append(text)
        return text


def _records(c: Canaries) -> list[Record]:
    return [
        Activity(
            start_date=date(2025, 3, 8), title=c("ActTitle"), form="talk", setting="residential",
            hamlet=c("ActHamlet"), co_organisers=c("ActCoorg"), notes=c("ActNotes"),
            attendance_total=10, attendance_female=6,
            attendance_male=4,
        ),
        Case(
            reported_on=date(2025, 5, 2), channel="self",
            survivor=Survivor("female", "kinh", False, 1990), violence_types=["physical"],
            needs=["legal"],
            services=[Service("legal", date(2025, 5, 3), "legal_aid", c("SvcProvider"))],
            identity=SurvivorIdentity(
                c("IdName", True), c("IdPhone", True), c("IdAddress", True)
            ),
            story=c("Story", True), ref_code=c("RefCode"),
        ),
        Training(
            start_date=date(2025, 4, 1), topic=c("TrTopic"), organiser=c("TrOrganiser"),
            place=c("TrPlace"), notes=c("TrNotes"),
            participants={"official": (1, 1)},
        ),
        ModelFacility(
            model_type="club", name=c("ModelName"), established_on=date(2024, 1, 1),
            hamlet=c("ModelHamlet"), notes=c("ModelNotes"),
        ),
        InfluencerCount(
            as_of=date(2025, 6, 1), hamlet=c("InflHamlet"), female=1, notes=c("InflNotes")
        ),
        Mobilisation(
            received_on=date(2025, 6, 1), source="individual", donor=c("MobDonor"),
            in_kind=c("MobInKind"), purpose=c("MobPurpose"), cash_vnd=100_000,
        ),
        Inspection(
            inspected_on=date(2025, 6, 1), subject=c("InsSubject"), inspector=c("InsInspector"),
            inspected_body=c("InsBody"), findings=c("InsFindings"), follow_up=c("InsFollowUp"),
        ),
        Funding(
            year=2025, budget_line=c("FundLine"), source="other", notes=c("FundNotes"),
            planned_vnd=1_000_000,
        ),
    ]  # fmt: skip


def _covered(records: list[Record], c: Canaries) -> None:
    """Guard: every free-text field of every record kind holds a canary."""
    kinds = set()
    for record in records:
        kinds.add(record.kind)
        for f in dataclasses.fields(record):  # type: ignore[arg-type]
            value = getattr(record, f.name)
            if isinstance(value, str) and f.name not in CODED:
                assert value in c.all, (record.kind, f.name)
    from gbv_desktop.storage.records import SPECS

    assert kinds == set(SPECS)


def _needles(texts: list[str]) -> list[tuple[str, bytes]]:
    needles = []
    for text in texts:
        forms = {
            text,
            unicodedata.normalize("NFD", text),
            fold(text),
            text.upper(),
            text.lower(),
            text.split("Đồng")[0],  # the part before the first non-ASCII letter but one
        }
        for form in forms:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                needles.append((f"{form!r} {encoding}", form.encode(encoding)))
    return needles


def _find(data: bytes, where: str, needles: list[tuple[str, bytes]]) -> list[str]:
    return [f"{where} contains {what}" for what, needle in needles if needle in data]


def _report_parts(path: Path) -> list[tuple[str, bytes]]:
    """What a reader of a report file sees: unzipped parts, the PDF's text, the email's
    decoded parts (attachments are the other report files, scanned on their own)."""
    parts = [(path.name, path.read_bytes())]
    if path.suffix in (".docx", ".xlsx"):
        with zipfile.ZipFile(path) as z:
            parts += [(f"{path.name}:{n}", z.read(n)) for n in z.namelist()]
    elif path.suffix == ".pdf":
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        ).stdout
        parts.append((f"{path.name}:text", text))
    elif path.suffix == ".eml":
        message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
        for n, part in enumerate(message.walk()):
            payload = part.get_payload(decode=True)
            if payload:
                parts.append((f"{path.name}:part{n}", payload))
    return parts


def test_no_canary_anywhere(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> None:
    c = Canaries()
    office, stick, outbox = tmp_path / "office", tmp_path / "usb", tmp_path / "reports"
    stick.mkdir()
    outbox.mkdir()
    log_file = tmp_path / "gbv.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        db, _ = Database.create(
            office / "unit.db", default_profile("Tân Lợi", "24133", "ward"), "admin", PASSWORD
        )
        try:
            db.add_user("worker", PASSWORD, "case_worker", display_name=c("UserDisplay"))
            store = RecordStore(db)
            records = _records(c)
            _covered(records, c)
            for record in records:
                store.save(record, today=TODAY)
            edited = store.get("activity", 1)
            edited.notes = c("ActNotesEdited")  # type: ignore[attr-defined]
            store.save(edited, today=TODAY)
            case = store.get("case", 1, with_identity=True)
            case.story = c("StoryEdited", True)  # type: ignore[attr-defined]
            store.save(case, today=TODAY)
            assert Path(f"{db.path}-wal").stat().st_size > 0

            # Backups: automatic (data folder and second drive), manual, verified.
            run = autobackup.run_backup(db, stick)
            assert run.problems == [] and len(run.made) == 2
            autobackup.run_backup(db, dest=stick, label="manual")
            # An export without identities, and an import that is refused.
            exported = exchange.export_records(db, outbox / "export.json", include_identities=False)
            bad = outbox / "bad-import.json"
            bad.write_text(
                '{"format": "gbv-desktop-export", "records": {"case": [{"story": "x"}]}}'
            )
            with pytest.raises(StorageError):
                exchange.import_records(db, bad)
            bad.unlink()
            # A report over the whole period, every file.
            document = build_document(
                db, "ad_hoc", 2025, Period(date(2020, 1, 1), date(2025, 12, 31))
            )
            report_files = produce(db, document, outbox)
            assert {p.suffix for p in report_files} == {".pdf", ".docx", ".xlsx", ".json", ".eml"}
            key = db.data_key
            # The canaries really are in the database (encrypted pages hide them).
            assert store.get("case", 1, with_identity=True).story in c.identity  # type: ignore[attr-defined]
            assert store.search_ids("mobilisation", fold(records[5].donor)) == [1]  # type: ignore[attr-defined]
        finally:
            db.close()
        # A restore (the current database is set aside in the backups folder).
        aside = backup.restore_backup(office / "unit.db", run.made[0].path, key)
        assert aside is not None and aside.exists()
        with Database.open(office / "unit.db", "admin", PASSWORD) as reopened:
            assert reopened.users()[1].display_name in c.all
            RecordStore(reopened).save(
                Activity(date(2025, 6, 2), c("AfterRestore"), "talk", "school", attendance_total=1),
                today=TODAY,
            )
            logging.getLogger("gbv_desktop").debug("session ends")
    finally:
        root.removeHandler(handler)
        handler.close()
        root.setLevel(old_level)
    out, err = capfd.readouterr()

    everything = _needles(c.all)
    found: list[str] = []
    scanned: list[str] = []
    for folder in (office, stick):
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            scanned.append(path.name)
            found += _find(path.read_bytes(), str(path.relative_to(tmp_path)), everything)
    found += _find(log_file.read_bytes(), "log", everything)
    found += _find((out + err).encode("utf-8"), "stdout/stderr", everything)
    unpublished = _needles(c.unpublished)
    for path in report_files:
        for where, data in _report_parts(path):
            found += _find(data, where, unpublished)
    found += _find(exported.path.read_bytes(), "export", _needles(c.identity))
    assert found == [], "\n".join(found)

    # What was scanned: the database with its key file, the replaced copy, automatic
    # and manual backups on both drives, no temporary file left behind.
    assert {"unit.db", "unit.db.keys"} <= set(scanned)
    assert any(n.endswith(".gbvbak") for n in scanned)
    assert any("-replaced-" in n for n in scanned)
    assert any("-manual" in n for n in scanned)
    assert not [n for n in scanned if n.endswith(".tmp") or n.endswith(".restoring")]
    assert log_file.stat().st_size > 0  # the log did receive output
    # The export does carry the non-identifying text (the check looks at a real file).
    assert records[0].title.encode("utf-8") in exported.path.read_bytes()  # type: ignore[attr-defined]


def test_the_scan_finds_canaries_in_compressed_report_parts(tmp_path: Path) -> None:
    """The scanner looks inside: a canary in a zipped part or an email part is found."""
    c = Canaries()
    text = c("Control")
    docx = tmp_path / "x.docx"
    with zipfile.ZipFile(docx, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/document.xml", f"<w:t>{text}</w:t>")
    found = [w for w, data in _report_parts(docx) if _find(data, w, _needles([text]))]
    assert found == ["x.docx:word/document.xml"]
    message = email.message.EmailMessage()
    message.set_content(text)
    message.add_attachment(
        text.encode("utf-16-le"), maintype="application", subtype="x", filename="a"
    )
    eml = tmp_path / "x.eml"
    eml.write_bytes(bytes(message))
    found = [w for w, data in _report_parts(eml) if _find(data, w, _needles([text]))]
    assert {"x.eml:part1", "x.eml:part2"} <= set(found)  # the text, and the attachment decoded
