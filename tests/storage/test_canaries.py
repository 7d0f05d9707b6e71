"""No plaintext at rest: canary strings typed into every text field never reach a file.

DATA-SAFETY.md promise 2: the database file, its -wal, backups, temporary files and key
files contain none of a set of known canary strings typed into records.
"""

from __future__ import annotations

import dataclasses
import secrets
import unicodedata
from datetime import date
from pathlib import Path

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
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.keys import keys_path
from gbv_desktop.storage.records import RecordStore

PASSWORD = "correct horse 1"  # the password tests/conftest.py gives the `db` fixture
RUN = secrets.token_hex(3)
CANARIES: list[str] = []


def canary(name: str) -> str:
    """A unique string for one field, with Vietnamese letters (multi-byte in UTF-8)."""
    text = f"Chim{name}Hoàng-Yến-Đỏ{RUN}{len(CANARIES):02d}"
    CANARIES.append(text)
    return text


def _records() -> list[Record]:
    return [
        Activity(
            start_date=date(2024, 3, 8),
            title=canary("ActTitle"),
            form="talk",
            setting="residential",
            hamlet=canary("ActHamlet"),
            co_organisers=canary("ActCoorg"),
            notes=canary("ActNotes"),
            attendance_total=10,
        ),
        Case(
            reported_on=date(2024, 5, 2),
            channel="self",
            survivor=Survivor("female", "kinh", False, 1990),
            violence_types=["physical"],
            needs=["legal"],
            services=[Service("legal", date(2024, 5, 3), "legal_aid", canary("SvcProvider"))],
            identity=SurvivorIdentity(canary("IdName"), canary("IdPhone"), canary("IdAddress")),
            story=canary("Story"),
            ref_code=canary("RefCode"),
        ),
        Training(
            start_date=date(2024, 4, 1),
            topic=canary("TrTopic"),
            organiser=canary("TrOrganiser"),
            place=canary("TrPlace"),
            notes=canary("TrNotes"),
            participants={"official": (1, 1)},
        ),
        ModelFacility(
            model_type="club",
            name=canary("ModelName"),
            established_on=date(2023, 1, 1),
            hamlet=canary("ModelHamlet"),
            notes=canary("ModelNotes"),
        ),
        InfluencerCount(
            as_of=date(2024, 6, 1), hamlet=canary("InflHamlet"), female=1, notes=canary("InflNotes")
        ),
        Mobilisation(
            received_on=date(2024, 7, 1),
            source="individual",
            donor=canary("MobDonor"),
            in_kind=canary("MobInKind"),
            purpose=canary("MobPurpose"),
        ),
        Inspection(
            inspected_on=date(2024, 8, 1),
            subject=canary("InsSubject"),
            inspector=canary("InsInspector"),
            inspected_body=canary("InsBody"),
            findings=canary("InsFindings"),
            follow_up=canary("InsFollowUp"),
        ),
        Funding(
            year=2024, budget_line=canary("FundLine"), source="other", notes=canary("FundNotes")
        ),
    ]


def _text_fields_are_covered(records: list[Record]) -> None:
    """Guard: every non-empty str field of every record holds a canary."""
    for record in records:
        for f in dataclasses.fields(record):  # type: ignore[arg-type]
            value = getattr(record, f.name)
            if isinstance(value, str) and f.name not in {
                "form", "setting", "campaign", "funding_source", "channel", "age_group",
                "perpetrator_sex", "perpetrator_relation", "status", "model_type", "source",
            }:  # fmt: skip
                assert value in CANARIES, (record.kind, f.name)


def _needles() -> list[tuple[str, bytes]]:
    needles = []
    for text in CANARIES:
        forms = {
            text,
            unicodedata.normalize("NFD", text),
            fold(text),
            text.upper(),
            text.lower(),
            f"Chim{text[4:].split('Hoàng')[0]}",  # the ASCII part alone
        }
        for form in forms:
            for encoding in ("utf-8", "utf-16-le"):
                needles.append((f"{form!r} {encoding}", form.encode(encoding)))
    return needles


def _scan(folder: Path, label: str) -> list[str]:
    found = []
    scanned = []
    needles = _needles()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        scanned.append(path.name)
        for what, needle in needles:
            if needle in data:
                found.append(f"{label}: {path.relative_to(folder)} contains {what}")
    assert scanned, label
    return found


def test_no_canary_in_any_file(tmp_path: Path) -> None:
    CANARIES.clear()
    folder = tmp_path / "office"
    db, _ = Database.create(
        folder / "unit.db", default_profile("Tân Lợi", "24133", "ward"), "admin", PASSWORD
    )
    try:
        db.add_user("worker", PASSWORD, "case_worker", display_name=canary("UserDisplay"))
        store = RecordStore(db)
        records = _records()
        _text_fields_are_covered(records)
        for record in records:
            store.save(record)
        # Updates write new page versions to the -wal too.
        activity = store.get("activity", 1)
        activity.notes = canary("ActNotesEdited")  # type: ignore[attr-defined]
        store.save(activity)

        wal = folder / "unit.db-wal"
        assert wal.exists() and wal.stat().st_size > 0
        found = _scan(folder, "while open")

        info = db.backup(folder / "backups")
        assert info.path.exists() and keys_path(info.path).exists()
        found += _scan(folder, "after backup")

        # Sanity: the canaries are really in the database (the scan can find nothing
        # only because the pages are encrypted).
        loaded = store.get("case", 1)
        assert isinstance(loaded, Case) and loaded.story in CANARIES
        assert store.search_ids("mobilisation", fold(records[5].donor)) == [1]  # type: ignore[attr-defined]
    finally:
        db.close()
    assert not (folder / "unit.db-wal").exists()
    found += _scan(folder, "after close")
    assert found == []
    names = sorted(p.name for p in folder.rglob("*") if p.is_file())
    assert "unit.db" in names and "unit.db.keys" in names
    assert any(n.endswith(".gbvbak") for n in names)
    assert any(n.endswith(".gbvbak.keys") for n in names)


def test_scanner_finds_a_plaintext_canary(tmp_path: Path) -> None:
    """The scan itself works: a canary written in clear is found in both encodings."""
    CANARIES.clear()
    text = canary("Control")
    (tmp_path / "plain-utf8.txt").write_bytes(b"xx" + text.encode("utf-8") + b"yy")
    (tmp_path / "plain-utf16.txt").write_bytes(text.encode("utf-16-le"))
    (tmp_path / "folded.txt").write_bytes(fold(text).encode("utf-8"))
    found = _scan(tmp_path, "control")
    assert any("plain-utf8.txt" in f for f in found)
    assert any("plain-utf16.txt" in f for f in found)
    assert any("folded.txt" in f for f in found)
    CANARIES.clear()
