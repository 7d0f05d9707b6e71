"""Producing a report: the document from the database, then every file, then the history.

`build_document(database, kind, year, period=None, letter=None, masked=False)` computes
the figures, drafts the narrative and fills the letter's details from the unit's
profile (recipient, signatory, place; subject from the kind and period; distribution
"Như trên" and "Lưu: VT"). The officer edits it in the wizard.

`produce(database, document, out_dir, formats, progress)` writes the chosen files into
`out_dir` under ASCII names that survive any USB stick, mail program and city office
("BaoCao_6thang_2025_PhuongTanLoi.pdf"), two at a time, the email draft last with the
other files attached, then keeps the report in the history (`history.record_report`). It never
replaces a file already there: when a name is taken, the whole set gets the next free
suffix ("..._2.pdf"). If anything fails (folder missing or read-only, disk full, drive
pulled out), the files this run already wrote are removed, so the folder never holds
half a report set, and a `ReportNotProduced` says why; nothing else is touched (every
file is written atomically, so none is ever half-written).

`incomplete_in_period(database, period)` lists the records of the period that would
make the report wrong until completed (the wizard's completeness check). No Qt.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Callable, Collection, Iterable
from concurrent.futures import ThreadPoolExecutor, as_completed, wait
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

from gbv_desktop.domain import vocab
from gbv_desktop.domain.calendar import Period, default_period
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, KnownError, Labels, Message
from gbv_desktop.domain.profile import Programme, Signatory, UnitProfile
from gbv_desktop.domain.text import fold
from gbv_desktop.reports.model import LetterDetails, ReportDocument
from gbv_desktop.storage.errors import StorageError, from_os_error

_C = "Reports"
FORMATS: tuple[str, ...] = ("pdf", "docx", "xlsx", "json", "eml")
EXTENSIONS = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx", "json": ".json", "eml": ".eml"}

STEP_LABELS = {
    "pdf": QT_TRANSLATE_NOOP("Reports", "Writing the official letter (PDF)…"),
    "docx": QT_TRANSLATE_NOOP("Reports", "Writing the editable letter (DOCX)…"),
    "xlsx": QT_TRANSLATE_NOOP("Reports", "Writing the annex workbook (XLSX)…"),
    "json": QT_TRANSLATE_NOOP("Reports", "Writing the package for the city office (JSON)…"),
    "eml": QT_TRANSLATE_NOOP("Reports", "Writing the email draft…"),
}
STEP_HISTORY = QT_TRANSLATE_NOOP("Reports", "Keeping the report in the history…")
STEP_DONE = QT_TRANSLATE_NOOP("Reports", "Done.")

NOT_PRODUCED = QT_TRANSLATE_NOOP(
    "Reports",
    "The report was not saved: {reason} Files of this report already written to {folder} "
    "were removed; nothing else was changed.",
)
FOLDER_MISSING = QT_TRANSLATE_NOOP(
    "Reports", "The folder {path} does not exist (was the drive removed?)."
)
NOT_A_FOLDER = QT_TRANSLATE_NOOP("Reports", "{path} is not a folder.")
NO_FORMAT = QT_TRANSLATE_NOOP("Reports", "Choose at least one file to produce.")
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "Reports", 'Unknown file type "{name}": choose among pdf, docx, xlsx, json and eml.'
)

# Why a record of the period is listed by the completeness check (the home page's
# wording, so one translation serves both).
NO_NEEDS = QT_TRANSLATE_NOOP("Dashboard", "No needs recorded for this case.")
NEEDS_NOT_SERVED = QT_TRANSLATE_NOOP("Dashboard", "Needs not yet met by a service: {needs}.")
NO_ATTENDANCE = QT_TRANSLATE_NOOP("Dashboard", "No attendance recorded.")
NO_PARTICIPANTS = QT_TRANSLATE_NOOP("Dashboard", "No participants recorded.")
# Forms of activity with no people in a room: attendance is not expected of them.
NO_AUDIENCE_FORMS = ("broadcast", "materials", "online")

Progress = Callable[[int, int, Message], None]

# The files before the email draft do not depend on each other, and are written two at a
# time: their compression, checksums and disk writes run outside Python's lock, so a
# second core takes part (the PDF, DOCX, XLSX and package of a city's report: 0.095 s
# one after the other, 0.087 s two at a time).
WRITERS = 2

# File names: the kind's word (ASCII, no spaces).
KIND_WORDS = {"half_year": "6thang", "annual": "Nam", "ad_hoc": "DotXuat", "phase": "TongKet"}
PERIOD_PHRASES = {"half_year": "6 tháng đầu năm {year}", "annual": "năm {year}"}
_PHASE_SUFFIX = re.compile(r"\s*,?\s*giai đoạn\s+\d{4}\s*[–-]\s*\d{4}\s*$")


class ReportNotProduced(StorageError):
    """Producing the files failed; the files of this run were removed."""

    def __init__(self, reason: Message, folder: Path) -> None:
        super().__init__(Message(_C, NOT_PRODUCED, {"reason": reason, "folder": str(folder)}))
        self.reason = reason
        self.folder = folder


# -- the document ------------------------------------------------------------------------


def _fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def period_phrase(kind: str, year: int, period: Period, programme: Programme) -> str:
    """ "6 tháng đầu năm 2025", "năm 2025", "giai đoạn 2021 – 2025" or the dates."""
    if kind in PERIOD_PHRASES:
        return PERIOD_PHRASES[kind].format(year=year)
    if kind == "phase":
        return f"giai đoạn {programme.start_year} – {programme.end_year}"
    return f"từ ngày {_fmt(period.start)} đến ngày {_fmt(period.end)}"


def default_subject(kind: str, year: int, period: Period, programme: Programme) -> str:
    """ "Kết quả thực hiện Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới
    6 tháng đầu năm 2025" (the programme's own phase is said only in an end-of-phase
    report)."""
    name = " ".join(programme.name.split())
    phrase = period_phrase(kind, year, period, programme)
    if kind == "phase":
        return (
            f"Kết quả thực hiện {name}"
            if "giai đoạn" in name
            else f"Kết quả thực hiện {name} {phrase}"
        )
    name = _PHASE_SUFFIX.sub("", name)
    return f"Kết quả thực hiện {name} {phrase}".strip()


def default_letter(
    unit: UnitProfile, programme: Programme, kind: str, year: int, period: Period
) -> LetterDetails:
    """The letter's details before the officer changes them."""
    recipient = " ".join(unit.recipient.split())
    return LetterDetails(
        number="",
        issued_on=date.today(),
        place=unit.place_name,
        recipients=[recipient] if recipient else [],
        distribution=["- Như trên;", "- Lưu: VT."],
        signatory=replace(unit.signatory) if unit.signatory else Signatory(),
        subject=default_subject(kind, year, period, programme),
    )


def build_document(
    database: Any,
    kind: str,
    year: int,
    period: Period | None = None,
    letter: LetterDetails | None = None,
    masked: bool = False,
) -> ReportDocument:
    """Figures, drafted narrative and default letter details for one report."""
    from gbv_desktop.reports.figures import compute_figures
    from gbv_desktop.reports.narrative import draft_narrative

    programme = database.programme
    if period is None:
        period = default_period(kind, year, programme.calendar, programme.phase)
    figures = compute_figures(database, kind, year, period, masked=masked)
    if letter is None:
        letter = default_letter(figures.unit, figures.programme, kind, year, period)
    return ReportDocument(figures=figures, narrative=draft_narrative(figures), letter=letter)


# -- file names --------------------------------------------------------------------------


def _ascii_words(text: str) -> str:
    """ "Phường Tân Lợi" -> "PhuongTanLoi"."""
    words = re.findall(r"[a-z0-9]+", fold(text))
    return "".join(w[:1].upper() + w[1:] for w in words)


def file_stem(document: ReportDocument) -> str:
    """ "BaoCao_6thang_2025_PhuongTanLoi" (ASCII, no spaces); a masked copy ends in
    "_BanChe" so it never takes the official files' names."""
    f = document.figures
    parts = ["BaoCao", KIND_WORDS.get(f.kind, _ascii_words(f.kind) or "BaoCao")]
    if f.kind in ("half_year", "annual"):
        parts.append(str(f.year))
    elif f.kind == "phase":
        parts.append(f"{f.period.start.year}-{f.period.end.year}")
    else:
        parts.append(f"{f.period.start:%Y%m%d}-{f.period.end:%Y%m%d}")
    unit = _ascii_words(f.unit.name)[:60]
    if unit:
        parts.append(unit)
    if f.masked:
        parts.append("BanChe")
    return "_".join(parts)


def _free_stem(out_dir: Path, stem: str, formats: Iterable[str]) -> str:
    """`stem`, or `stem_2`, `stem_3`... so that no file of the set replaces one there."""
    exts = [EXTENSIONS[f] for f in formats]
    candidate, n = stem, 2
    while any((out_dir / f"{candidate}{ext}").exists() for ext in exts):
        candidate = f"{stem}_{n}"
        n += 1
    return candidate


def planned_paths(
    document: ReportDocument, out_dir: Path | str, formats: Collection[str]
) -> dict[str, Path]:
    """Where `produce` would write each format now (names not yet taken)."""
    out_dir = Path(out_dir)
    chosen = [f for f in FORMATS if f in formats]
    stem = _free_stem(out_dir, file_stem(document), chosen)
    return {f: out_dir / f"{stem}{EXTENSIONS[f]}" for f in chosen}


def parse_formats(text: str | Iterable[str]) -> list[str]:
    """ "pdf,docx" (or a list) -> ["pdf", "docx"] in the order files are written."""
    items = text.split(",") if isinstance(text, str) else list(text)
    wanted = {i.strip().lower().lstrip(".") for i in items if i.strip()}
    for name in sorted(wanted):
        if name not in FORMATS:
            raise KnownError(Message(_C, UNKNOWN_FORMAT, {"name": name}))
    if not wanted:
        raise KnownError(Message(_C, NO_FORMAT))
    return [f for f in FORMATS if f in wanted]


# -- producing ---------------------------------------------------------------------------


def _write(
    fmt: str,
    document: ReportDocument,
    path: Path,
    written: list[Path],
    to: str,
    sender: str,
    letter: Any,
) -> None:
    if fmt == "pdf":
        from gbv_desktop.reports.pdf import write_pdf

        write_pdf(document, path, letter)
    elif fmt == "docx":
        from gbv_desktop.reports.docx import write_docx

        write_docx(document, path, letter)
    elif fmt == "xlsx":
        from gbv_desktop.reports.xlsx import write_xlsx

        write_xlsx(document, path)
    elif fmt == "json":
        from gbv_desktop.reports.package import write_package

        write_package(document, path)
    elif fmt == "eml":
        from gbv_desktop.reports.eml import write_eml

        write_eml(document, list(written), path, sender=sender, to=to)
    else:  # pragma: no cover - parse_formats refuses it
        raise ValueError(fmt)


def _write_files(
    formats: list[str],
    document: ReportDocument,
    paths: dict[str, Path],
    written: list[Path],
    letter: Any,
    report: Callable[[int, str], None],
) -> None:
    """Write `formats` (not the email draft) WRITERS at a time, adding each file written
    to `written`, in the order of `formats`. When one fails, the others not yet started
    are not, those under way are waited for (and listed, to be removed), and its error
    is raised. Progress: the number done, and the first file still being written."""
    done: set[str] = set()
    with ThreadPoolExecutor(max_workers=WRITERS, thread_name_prefix="report") as pool:
        futures = {
            pool.submit(_write, fmt, document, paths[fmt], [], "", "", letter): fmt
            for fmt in formats
        }
        try:
            for future in as_completed(futures):
                future.result()
                done.add(futures[future])
                waiting = [f for f in formats if f not in done]
                if waiting:
                    report(len(done), STEP_LABELS[waiting[0]])
        finally:
            for future in futures:
                future.cancel()
            wait(futures)
            for future, fmt in futures.items():
                if not future.cancelled() and future.exception() is None:
                    done.add(fmt)
            written.extend(paths[f] for f in formats if f in done)


def produce(
    database: Any,
    document: ReportDocument,
    out_dir: Path | str,
    formats: Collection[str] = frozenset(FORMATS),
    progress: Progress | None = None,
    *,
    to: str = "",
    sender: str = "",
) -> list[Path]:
    """Write the chosen files into `out_dir` and keep the report in the history; returns
    the files written, in the order written (the email draft last).

    Raises `ReportNotProduced` (a StorageError) when a file cannot be written or the
    report cannot be kept, after removing the files this run wrote; PermissionDenied
    before writing anything for a role that may not keep reports."""
    from gbv_desktop.reports.history import _require_writer, record_report

    chosen = parse_formats(list(formats))
    out_dir = Path(out_dir)
    _require_writer(database)
    if not out_dir.exists():
        raise ReportNotProduced(Message(_C, FOLDER_MISSING, {"path": str(out_dir)}), out_dir)
    if not out_dir.is_dir():
        raise ReportNotProduced(Message(_C, NOT_A_FOLDER, {"path": str(out_dir)}), out_dir)
    paths = planned_paths(document, out_dir, chosen)
    total = len(chosen) + 1
    written: list[Path] = []

    def report(step: int, label: str) -> None:
        if progress is not None:
            progress(step, total, Message(_C, label))

    # The letter's texts and layout, worked out once for the PDF and the DOCX.
    from gbv_desktop.reports.letter import build as build_letter

    letter = build_letter(document) if {"pdf", "docx"} & set(chosen) else None
    files = [f for f in chosen if f != "eml"]
    try:
        if files:
            report(0, STEP_LABELS[files[0]])
            _write_files(files, document, paths, written, letter, report)
        if "eml" in chosen:
            report(len(files), STEP_LABELS["eml"])
            _write("eml", document, paths["eml"], written, to, sender, letter)
            written.append(paths["eml"])
        report(len(chosen), STEP_HISTORY)
        record_report(database, document)
    except BaseException as exc:
        for path in written:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise ReportNotProduced(from_os_error(exc, out_dir).message, out_dir) from exc
        if isinstance(exc, KnownError):
            raise ReportNotProduced(exc.message, out_dir) from exc
        raise
    report(total, STEP_DONE)
    return written


# -- the completeness check ---------------------------------------------------------------


def _label(text: str | None, day: date | None) -> str:
    text = (text or "").strip()
    shown = _fmt(day) if day else ""
    return f"{text} · {shown}" if text and shown else text or shown


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def incomplete_in_period(database: Any, period: Period, limit: int = 500) -> list[Any]:
    """Records of `period` that would make its report wrong until completed: cases
    reported in it without needs, or with a need no service of its kind met by the
    period's end (I2 counts them as not helped); activities in it with people in a room
    but no attendance; trainings in it without participants. Grouped by problem, newest
    first; at most `limit` of each. Items are `reports.dashboard.Incomplete`."""
    from gbv_desktop.reports.dashboard import Incomplete

    s, e = period.start.isoformat(), period.end.isoformat()
    conn = database.conn
    out: list[Any] = []
    rows = conn.execute(
        "SELECT id, ref_code, reported_on FROM cases WHERE reported_on BETWEEN ? AND ? "
        "AND (needs IS NULL OR needs = '[]' OR needs = '') "
        "ORDER BY reported_on DESC, id DESC LIMIT ?",
        (s, e, limit),
    ).fetchall()
    out += [
        Incomplete("case", i, _label(ref, _day(d)), Message("Dashboard", NO_NEEDS), _day(d))
        for i, ref, d in rows
    ]
    rows = conn.execute(
        "SELECT c.id, c.ref_code, c.reported_on, c.needs, "
        "(SELECT json_group_array(DISTINCT s.kind) FROM services s WHERE s.case_id = c.id "
        " AND s.given_on <= ?) "
        "FROM cases c WHERE c.reported_on BETWEEN ? AND ? AND EXISTS (SELECT 1 FROM "
        "json_each(c.needs) n WHERE NOT EXISTS (SELECT 1 FROM services s WHERE "
        "s.case_id = c.id AND s.kind = n.value AND s.given_on <= ?)) "
        "ORDER BY c.reported_on DESC, c.id DESC LIMIT ?",
        (e, s, e, e, limit),
    ).fetchall()
    for i, ref, d, needs, given in rows:
        served = set(json.loads(given or "[]"))
        unmet = tuple(n for n in json.loads(needs or "[]") if n not in served)
        reason = Message(
            "Dashboard", NEEDS_NOT_SERVED, {"needs": Labels(vocab.SERVICE_KINDS, unmet)}
        )
        out.append(Incomplete("case", i, _label(ref, _day(d)), reason, _day(d)))
    marks = ",".join("?" * len(NO_AUDIENCE_FORMS))
    rows = conn.execute(
        "SELECT id, title, start_date FROM activities WHERE start_date BETWEEN ? AND ? "
        f"AND form NOT IN ({marks}) AND coalesce(attendance_total, 0) = 0 "
        "ORDER BY start_date DESC, id DESC LIMIT ?",
        (s, e, *NO_AUDIENCE_FORMS, limit),
    ).fetchall()
    out += [
        Incomplete("activity", i, _label(t, _day(d)), Message("Dashboard", NO_ATTENDANCE), _day(d))
        for i, t, d in rows
    ]
    rows = conn.execute(
        "SELECT t.id, t.topic, t.start_date FROM trainings t WHERE t.start_date BETWEEN ? AND ? "
        "AND NOT EXISTS (SELECT 1 FROM training_participants p WHERE p.training_id = t.id "
        "AND p.female + p.male > 0) ORDER BY t.start_date DESC, t.id DESC LIMIT ?",
        (s, e, limit),
    ).fetchall()
    out += [
        Incomplete(
            "training", i, _label(t, _day(d)), Message("Dashboard", NO_PARTICIPANTS), _day(d)
        )
        for i, t, d in rows
    ]
    return out


__all__ = [
    "FORMATS",
    "ReportNotProduced",
    "build_document",
    "default_letter",
    "default_subject",
    "file_stem",
    "incomplete_in_period",
    "parse_formats",
    "planned_paths",
    "produce",
]
