"""The report as data: what `figures.compute` produces and every writer consumes.

The contract between the report's parts: `compute_figures` (figures.py) fills a
`Figures`; `draft_narrative` (narrative.py) writes Vietnamese paragraphs from it; the
officer edits the narrative and the letter's details (`LetterDetails`); a
`ReportDocument` joins them, and each writer (PDF, DOCX, XLSX, JSON package, email) is a
plain function `write_x(document, path)`. Figures hold aggregates only: never a name,
an address, a phone number, a story or a case reference.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from gbv_desktop.domain.calendar import Period
from gbv_desktop.domain.indicators import Indicator
from gbv_desktop.domain.profile import Programme, Signatory, UnitProfile

Cell = str | int | float | None


@dataclass
class Table:
    """One annex table. `rows[i][0]` is the row label; the other cells are numbers
    (int), shares (float, 0–100, one decimal), text, or None (masked / not applicable)."""

    code: str  # stable, e.g. "activities_by_form"
    title: str  # Vietnamese, e.g. "Hoạt động truyền thông theo hình thức"
    columns: list[str]  # Vietnamese headers, the first one for the label column
    rows: list[list[Cell]]
    section: str = ""  # the report section it belongs to, e.g. "II.1"
    unit_note: str = ""  # e.g. "Đơn vị tính: buổi; lượt người"
    has_total_row: bool = False  # the last row is a total


@dataclass
class Figures:
    """Every figure of a report for one unit and period."""

    unit: UnitProfile
    programme: Programme
    kind: str  # half_year | annual | ad_hoc | phase
    year: int
    period: Period
    # Named figures, flat: "activities.count", "activities.by_form.talk",
    # "attendance.total", "attendance.female", "cases.count", "survivors.count", ...
    values: dict[str, int | float]
    indicators: list[Indicator]  # [I1, I2] with the programme's targets
    tables: list[Table]
    # For annual and end-of-phase reports: the same named figures year by year.
    by_year: dict[int, dict[str, int | float]] = field(default_factory=dict)
    generated_at: datetime = field(default_factory=datetime.now)
    masked: bool = False  # small counts masked (copies shared outside government)

    @property
    def empty(self) -> bool:
        """No record at all in the period (the report must still be correct and say so)."""
        # A masked (None) count is not zero: something was there.
        return not any(v is None or v for k, v in self.values.items() if k.endswith(".count"))


@dataclass
class LetterDetails:
    """What the officer sets in the wizard before producing the files."""

    number: str = ""  # e.g. "12/BC-UBND"; empty leaves "Số:      /BC-UBND" to fill by hand
    issued_on: date | None = None  # the date line; None = today
    place: str = ""  # date line place; defaults to the unit's place_name
    recipients: list[str] = field(default_factory=list)  # "Kính gửi: ..." lines
    distribution: list[str] = field(
        default_factory=list
    )  # "Nơi nhận:" lines, ending "- Lưu: VT, ..."
    signatory: Signatory = field(default_factory=Signatory)
    subject: str = ""  # e.g. "Kết quả thực hiện ... 6 tháng đầu năm 2025"


# Sections of the report body (OFFICIAL-FORMAT.md, "practice"): code -> Vietnamese heading.
SECTIONS: list[tuple[str, str]] = [
    ("I", "I. TÌNH HÌNH BẠO LỰC TRÊN CƠ SỞ GIỚI TRÊN ĐỊA BÀN"),
    ("II", "II. KẾT QUẢ THỰC HIỆN"),
    ("II.1", "1. Công tác truyền thông, nâng cao nhận thức"),
    ("II.2", "2. Duy trì, nhân rộng mô hình, cơ sở cung cấp dịch vụ; hỗ trợ người bị bạo lực"),
    ("II.3", "3. Tập huấn, nâng cao năng lực"),
    ("II.4", "4. Huy động nguồn lực"),
    ("II.5", "5. Kiểm tra, giám sát và xử lý vi phạm"),
    ("III", "III. KINH PHÍ THỰC HIỆN"),
    ("IV", "IV. ĐÁNH GIÁ CHUNG"),
    ("IV.1", "1. Kết quả thực hiện các chỉ tiêu"),
    ("IV.2", "2. Ưu điểm"),
    ("IV.3", "3. Khó khăn, hạn chế và nguyên nhân"),
    ("V", "V. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI"),
    ("VI", "VI. ĐỀ XUẤT, KIẾN NGHỊ"),
]
# Sections the software drafts from figures; the others are the officer's to write.
DRAFTED_SECTIONS = ("I", "II.1", "II.2", "II.3", "II.4", "II.5", "III", "IV.1")


@dataclass
class ReportDocument:
    figures: Figures
    narrative: dict[str, str]  # section code -> text (paragraphs separated by blank lines)
    letter: LetterDetails

    def section_text(self, code: str) -> str:
        return self.narrative.get(code, "").strip()


def as_jsonable(value: Any) -> Any:
    """Dates, periods and decimals in a form json.dumps accepts (used by the package)."""
    from decimal import Decimal

    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, Period):
        return {"start": value.start.isoformat(), "end": value.end.isoformat()}
    if isinstance(value, dict):
        return {str(k): as_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [as_jsonable(v) for v in value]
    return value
