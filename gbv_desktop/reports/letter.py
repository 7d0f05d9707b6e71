"""The letter's text and layout decisions, shared by the PDF and DOCX writers.

Everything the two files print is decided here once, so they say exactly the same:
the header blocks, the number and date lines (Decree 30/2020/NĐ-CP, Appendix I), the
title, subject and "Kính gửi", the body by section, the closing, the distribution list
and the signature block, then the annex (tables with their cells already formatted, the
two indicators for the chart). Sizes and spacing are here too, in points. No I/O.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from itertools import combinations

from gbv_desktop.domain.calendar import Period
from gbv_desktop.domain.indicators import Indicator
from gbv_desktop.domain.profile import Signatory
from gbv_desktop.reports.model import SECTIONS, Cell, ReportDocument, Table

MM = 72 / 25.4  # points per millimetre

# Page (A4) and margins, in millimetres (Decree 30: top/bottom 20–25, left 30–35, right 15–20).
PAGE_WIDTH_MM, PAGE_HEIGHT_MM = 210.0, 297.0
MARGIN_TOP_MM, MARGIN_BOTTOM_MM, MARGIN_LEFT_MM, MARGIN_RIGHT_MM = 20.0, 20.0, 30.0, 15.0
PAGE_NUMBER_FROM_TOP_MM = 10.0  # page numbers sit in the top margin, centred

# Type sizes in points (the layout table of OFFICIAL-FORMAT.md).
SIZE_NATIONAL_TITLE = 12.0
SIZE_MOTTO = 13.0
SIZE_BODIES = 12.0  # parent and issuing body
SIZE_NUMBER = 13.0
SIZE_DATE = 14.0
SIZE_TITLE = 14.0
SIZE_SUBJECT = 14.0
SIZE_BODY = 14.0
SIZE_DISTRIBUTION_LABEL = 12.0
SIZE_DISTRIBUTION = 11.0
SIZE_SIGNATURE = 14.0
SIZE_PAGE_NUMBER = 13.0
SIZE_TABLE = 12.0
SIZE_TABLE_SMALL = 10.0  # a table too wide even for a landscape page

# Times New Roman's (and Liberation Serif's) "single" line is 1.15 em; the body uses
# 1.1 lines (Decree 30: 1 to 1.5), 6 pt after each paragraph and a 1.27 cm first-line
# indent.
SINGLE_LINE = 1.15
BODY_LINE_MULTIPLE = 1.1
BODY_SPACE_AFTER = 6.0
BODY_FIRST_INDENT_MM = 12.7

# The header: two blocks side by side across the text width (165 mm on A4).
HEADER_LEFT_MM = 70.0
HEADER_RIGHT_MM = 95.0
RULE_WIDTH_PT = 0.75
SIGNATURE_SPACE_PT = 72.0  # room for the signature and the seal
SIGNATURE_LEFT_MM = 75.0

BLANK_NUMBER = "\u00a0" * 8  # room to write the number by hand (kept by every writer)

Measure = Callable[[str, float, bool], float]  # (text, size, bold) -> points

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
KIND_TITLE = "BÁO CÁO"
RECIPIENT_LABEL = "Kính gửi:"
DISTRIBUTION_LABEL = "Nơi nhận:"
ANNEX_TITLE = "PHỤ LỤC"
CHART_TITLE = "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU SO VỚI KẾ HOẠCH"
NO_DATA = "chưa có số liệu"
MASKED = "<5"
NOT_APPLICABLE = "–"
ACHIEVED = "Kết quả"
TARGET = "Chỉ tiêu"

INDICATOR_LABELS = {
    "I1": "Tỷ lệ người bị bạo lực trên cơ sở giới được trợ giúp từ cơ sở cung cấp dịch vụ",
    "I2": "Tỷ lệ trường hợp có nhu cầu trợ giúp về bạo lực trên cơ sở giới được trợ giúp",
}
INDICATOR_UNITS = {"I1": "người", "I2": "trường hợp"}


def clean(text: str) -> str:
    """NFC (precomposed Vietnamese letters, one glyph each) and no stray control chars."""
    text = unicodedata.normalize("NFC", text or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    # No character of a "C" category but line breaks (the usual case): as it is.
    if text.isprintable() or text.replace("\n", "").isprintable():
        return text
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch)[0] != "C")


def one_line(text: str) -> str:
    return " ".join(clean(text).split())


def upper(text: str) -> str:
    return one_line(text).upper()


# --- dates and numbers -----------------------------------------------------------------


def day_month(day: date) -> tuple[str, str]:
    """Decree 30: a leading zero for days below 10 and for months 1 and 2."""
    d = f"{day.day:02d}"
    m = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return d, m


def date_line(place: str, day: date) -> str:
    d, m = day_month(day)
    place = one_line(place)
    words = f"ngày {d} tháng {m} năm {day.year}"
    return f"{place}, {words}" if place else words.capitalize()


def short_date(day: date) -> str:
    d, m = day_month(day)
    return f"{d}/{m}/{day.year}"


def number_line(number: str, symbol: str) -> str:
    """The number line, "Số: 05/BC-UBND"; a bare number gets the unit's symbol.

    An empty number leaves room to write it by hand.
    """
    number = "".join(one_line(number).split())
    symbol = "".join(one_line(symbol).split()) or "BC-UBND"
    if not number:
        return f"Số:{BLANK_NUMBER}/{symbol}"
    if "/" not in number:
        number = f"{number}/{symbol}"
    head, _, tail = number.partition("/")
    if head.isdigit() and len(head) == 1:
        head = "0" + head
    return f"Số: {head}/{tail}"


def group_thousands(value: int) -> str:
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", ".")


def decimal_comma(value: float | Decimal, places: int = 1) -> str:
    text = f"{float(value):,.{places}f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def percent_text(value: Fraction | Decimal | int | None) -> str:
    """63,6% ; 60% (no ",0" on whole numbers) ; "chưa có số liệu" without data.

    Cut (not rounded) to one decimal, so 99.96% never shows as a "100%" that was missed.
    """
    if value is None:
        return NO_DATA
    tenths = math.floor(Fraction(value) * 10)
    if tenths % 10 == 0:
        return f"{tenths // 10}%"
    return decimal_comma(Decimal(tenths) / 10) + "%"


def format_cell(value: Cell | Decimal | bool, masked: bool) -> str:
    """A table cell as printed: 1.234 ; 38,5 ; "<5" (masked copy) or "–" for None."""
    if value is None:
        return MASKED if masked else NOT_APPLICABLE
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, int):
        return group_thousands(value)
    if isinstance(value, float | Decimal):
        return decimal_comma(value)
    return one_line(str(value))


# --- the letter as text ----------------------------------------------------------------


@dataclass(frozen=True)
class Block:
    """One paragraph of the body: a level-1 or level-2 heading, or body text."""

    kind: str  # "heading1" | "heading2" | "text"
    text: str


@dataclass(frozen=True)
class AnnexTable:
    title: str  # "Biểu 1. Hoạt động truyền thông theo hình thức"
    unit_note: str
    header: list[str]
    rows: list[list[str]]
    numeric: list[bool]  # per column: right-aligned numbers
    bold_rows: frozenset[int]  # total rows
    code: str = ""


@dataclass(frozen=True)
class IndicatorBar:
    code: str
    label: str  # "Chỉ tiêu 1: Tỷ lệ ..."
    achieved: float | None  # percent, None = no data
    target: float
    achieved_text: str  # "63,6% (7/11 người)" or "chưa có số liệu"
    target_text: str  # "60%"
    verdict: str  # "Đạt chỉ tiêu" / "Chưa đạt chỉ tiêu" / "Chưa có số liệu"


@dataclass(frozen=True)
class Letter:
    parent_body: list[str]  # UPPER lines ([] if none)
    issuing_body: list[str]  # UPPER lines
    number: str
    national_title: str
    motto: str
    date: str
    kind_title: str
    subject: str
    subject_lines: list[str]  # the subject broken into lines of even length
    recipients: list[str]  # one line each; one recipient = a single "Kính gửi: X" line
    body: list[Block]
    distribution: list[str]
    authority: list[str]  # UPPER lines above the signing space
    signatory_name: str
    annex_title: str
    annex_subject: list[str]  # lines of even length, centred
    annex_reference: list[str]
    annex_note: str  # masking note or ""
    tables: list[AnnexTable]
    indicators: list[IndicatorBar]
    chart_title: str = CHART_TITLE
    empty_annex: str = ""  # said instead of tables when the period has no records
    pdf_title: str = ""
    author: str = ""
    recipient_label: str = RECIPIENT_LABEL
    distribution_label: str = DISTRIBUTION_LABEL
    # Each table's column widths, page and type size (as `tables`), worked out by `build`.
    plans: list[TablePlan] = field(default_factory=list)

    def all_text(self) -> str:
        """Every string the letter prints (for font-coverage checks)."""
        parts = [
            *self.parent_body,
            *self.issuing_body,
            self.number,
            self.national_title,
            self.motto,
            self.date,
            self.kind_title,
            self.subject,
            self.recipient_label,
            *self.recipients,
            *(b.text for b in self.body),
            self.distribution_label,
            *self.distribution,
            *self.authority,
            self.signatory_name,
            self.annex_title,
            *self.annex_subject,
            *self.annex_reference,
            self.annex_note,
            self.chart_title,
            self.empty_annex,
            ACHIEVED,
            TARGET,
            "0123456789%",
        ]
        for t in self.tables:
            parts += [t.title, t.unit_note, *t.header]
            parts += [cell for row in t.rows for cell in row]
        for i in self.indicators:
            parts += [i.label, i.achieved_text, i.target_text, i.verdict]
        return "\n".join(parts)


_BODY_PREFIXES = ("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN")


def issuing_lines(issuing_body: str) -> list[str]:
    """The issuing body "ỦY BAN NHÂN DÂN PHƯỜNG TÂN LỢI" on two lines, as usually set."""
    text = clean(issuing_body)
    if "\n" in text:
        return [upper(line) for line in text.split("\n") if line.strip()]
    text = upper(text)
    for prefix in _BODY_PREFIXES:
        if text.startswith(prefix + " "):
            return [prefix, text[len(prefix) + 1 :]]
    return [text] if text else []


def balanced(line: str, width: float, fits: Callable[[str], float]) -> list[str]:
    """A header line too wide for its block, broken into lines of even length.

    "UBND THÀNH PHỐ BUÔN MA THUỘT" becomes "UBND THÀNH PHỐ" / "BUÔN MA THUỘT" rather
    than a lone last word, as such names are set by hand.
    """
    words = [w for w in line.split(" ") if w]  # not at no-break spaces
    if fits(line) <= width or len(words) < 2:
        return [line] if line else []
    for count in range(2, min(len(words), 4) + 1):
        best: list[str] = words
        best_width = float("inf")
        for cut in combinations(range(1, len(words)), count - 1):
            bounds = zip((0, *cut), (*cut, len(words)), strict=True)
            lines = [" ".join(words[a:b]) for a, b in bounds]
            widest = max(fits(x) for x in lines)
            if widest < best_width:
                best, best_width = lines, widest
        if best_width <= width:
            return best
    return [line]  # more than four lines: left to the writer's own wrapping


def authority_name(document: ReportDocument) -> str:
    """The issuing body in running text: "Ủy ban nhân dân phường Tân Lợi"."""
    unit = document.figures.unit
    name = one_line(unit.name)
    body = upper(unit.issuing_body)
    if name and (not body or body.startswith(("ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN"))):
        return "Ủy ban nhân dân " + name[0].lower() + name[1:]
    if body:
        return body[0] + body[1:].lower()
    return name


def period_phrase(document: ReportDocument) -> str:
    f = document.figures
    if f.kind == "half_year":
        return f"6 tháng đầu năm {f.year}"
    if f.kind == "annual":
        return f"năm {f.year}"
    if f.kind == "phase":
        return f"giai đoạn {f.programme.start_year} – {f.programme.end_year}"
    return data_period(f.period)


def data_period(period: Period) -> str:
    return f"từ ngày {short_date(period.start)} đến ngày {short_date(period.end)}"


def programme_and_period(document: ReportDocument) -> str:
    """The programme and period: "Chương trình ... 2021 – 2025, 6 tháng đầu năm 2025"."""
    name = one_line(document.figures.programme.name)
    phrase = period_phrase(document)
    if not name or name.endswith(phrase):
        return name or phrase
    sep = ", " if name[-1:].isdigit() else " "
    return f"{name}{sep}{phrase}"


def default_subject(document: ReportDocument) -> str:
    return f"Kết quả thực hiện {programme_and_period(document)}"


def _list_lines(items: list[str]) -> list[str]:
    """Dash lines with ";" after each and "." after the last (Decree 30 lists)."""
    cleaned = [one_line(i).lstrip("-–•+ ").rstrip(";.,") for i in items]
    cleaned = [c for c in cleaned if c]
    return [f"- {c}{'.' if k == len(cleaned) - 1 else ';'}" for k, c in enumerate(cleaned)]


def distribution_lines(items: list[str]) -> list[str]:
    items = [i for i in (one_line(x) for x in items) if i]
    if not items:
        items = ["Như trên"]
    if not items[-1].lstrip("-–•+ ").startswith("Lưu"):
        items.append("Lưu: VT")
    return _list_lines(items)


def recipient_lines(items: list[str]) -> list[str]:
    items = [i for i in (one_line(x) for x in items) if i]
    if len(items) == 1:
        return [items[0].lstrip("-–•+ ").rstrip(";,")]
    return _list_lines(items)


def signatory_of(document: ReportDocument) -> Signatory:
    chosen = document.letter.signatory
    return chosen if chosen != Signatory() else document.figures.unit.signatory


def paragraphs(text: str) -> list[str]:
    """Narrative text to paragraphs: every non-empty line is one."""
    return [one_line(line) for line in clean(text).split("\n") if line.strip()]


def opening(document: ReportDocument) -> str:
    intro = document.narrative.get("intro", "").strip()
    if intro:
        return intro
    p = document.figures.programme
    ref = one_line(p.plan_reference)
    name = one_line(p.name)
    lead = f"Thực hiện {ref} về triển khai {name}" if ref else f"Thực hiện {name}"
    phrase = period_phrase(document)
    data = data_period(document.figures.period)
    when = phrase if phrase == data else f"{phrase} (số liệu {data})"
    return f"{lead}, {authority_name(document)} báo cáo kết quả thực hiện {when} như sau:"


def closing(document: ReportDocument) -> str:
    text = document.narrative.get("closing", "").strip()
    if text:
        return text
    annex = " Số liệu chi tiết tại Phụ lục kèm theo." if document.figures.tables else ""
    return (
        f"Trên đây là báo cáo kết quả thực hiện {programme_and_period(document)}"
        f" của {authority_name(document)}.{annex}/."
    )


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_NUMBERING = re.compile(r"^\s*(?:[IVXLC]+|\d+)\.\s*")


def body_blocks(document: ReportDocument) -> list[Block]:
    """The opening, each section with text under its heading, and the closing.

    A section with no text (and no part with text) is left out, and the headings kept
    are numbered again in order (I, II, ... and 1, 2, ... within each), so an officer
    who writes no proposals gets no empty "VI. ĐỀ XUẤT, KIẾN NGHỊ" and no gap.
    """
    texts = {code: paragraphs(document.section_text(code)) for code, _ in SECTIONS}
    kept = [
        (code, heading)
        for code, heading in SECTIONS
        if any(texts[c] for c, _ in SECTIONS if c == code or c.startswith(code + "."))
    ]
    blocks = [Block("text", t) for t in paragraphs(opening(document))]
    top = sub = 0
    for code, heading in kept:
        title = _NUMBERING.sub("", one_line(heading))
        if "." in code:
            sub += 1
            blocks.append(Block("heading2", f"{sub}. {title}"))
        else:
            top, sub = top + 1, 0
            blocks.append(Block("heading1", f"{ROMAN[top - 1]}. {title}"))
        blocks += [Block("text", t) for t in texts[code]]
    blocks += [Block("text", t) for t in paragraphs(closing(document))]
    return blocks


def _numeric_columns(table: Table) -> list[bool]:
    numeric = [False]
    for j in range(1, len(table.columns)):
        cells = [row[j] for row in table.rows if j < len(row) and row[j] is not None]
        numeric.append(all(isinstance(c, int | float | Decimal) for c in cells))
    return numeric


def annex_table(index: int, table: Table, masked: bool) -> AnnexTable:
    width = len(table.columns)
    rows = []
    for row in table.rows:
        cells = [format_cell(c, masked) for c in list(row)[:width]]
        cells += [""] * (width - len(cells))
        rows.append(cells)
    total = frozenset({len(rows) - 1}) if table.has_total_row and rows else frozenset()
    return AnnexTable(
        title=f"Biểu {index}. {one_line(table.title)}",
        unit_note=f"({one_line(table.unit_note)})" if one_line(table.unit_note) else "",
        header=[one_line(c) for c in table.columns],
        rows=rows,
        numeric=_numeric_columns(table),
        bold_rows=total,
        code=table.code,
    )


def _percent(ind: Indicator) -> Fraction | None:
    return None if ind.ratio is None else ind.ratio * 100


def indicator_bar(position: int, ind: Indicator) -> IndicatorBar:
    unit = INDICATOR_UNITS.get(ind.code, "")
    label = INDICATOR_LABELS.get(ind.code, ind.code)
    target = float(ind.target_percent)
    if not ind.has_data:
        achieved_text, verdict = NO_DATA, "Chưa có số liệu"
    else:
        achieved_text = (
            f"{percent_text(_percent(ind))} ({group_thousands(ind.numerator)}/"
            f"{group_thousands(ind.denominator)} {unit})".replace(" )", ")")
        )
        verdict = "Đạt chỉ tiêu" if ind.met else "Chưa đạt chỉ tiêu"
    return IndicatorBar(
        code=ind.code,
        label=f"Chỉ tiêu {position}: {label}",
        achieved=ind.percent,
        target=target,
        achieved_text=achieved_text,
        target_text=percent_text(ind.target_percent),
        verdict=verdict,
    )


def build(document: ReportDocument, measure: Measure | None = None) -> Letter:
    """Every text of the letter, decided once for both writers."""
    if measure is None:
        from gbv_desktop.reports.fonts import text_width

        def measure(text: str, size: float, bold: bool) -> float:
            return text_width(text, size, bold=bold)

    header_w = HEADER_LEFT_MM * MM - 2 * MM

    def header_lines(lines: list[str], bold: bool) -> list[str]:
        return [
            part
            for line in lines
            for part in balanced(line, header_w, lambda t: measure(t, SIZE_BODIES, bold))
        ]

    f, details = document.figures, document.letter
    unit = f.unit
    issued = details.issued_on or date.today()
    number = number_line(details.number, unit.document_symbol)
    subject = one_line(details.subject) or default_subject(document)
    recipients = recipient_lines(details.recipients or [unit.recipient])
    sig = signatory_of(document)
    authority = [upper(x) for x in (sig.authority, sig.title) if one_line(x)]
    who = authority_name(document)
    number_ref = number.removeprefix("Số:").strip(" ")
    masked_note = (
        "Ghi chú: số liệu nhỏ hơn 5 được ghi “<5” để bảo vệ thông tin cá nhân;"
        " “–”: không có số liệu."
        if f.masked
        else ""
    )
    tables = [annex_table(k, t, f.masked) for k, t in enumerate(f.tables, start=1)]
    return Letter(
        parent_body=header_lines([upper(unit.parent_body)], False),
        issuing_body=header_lines(issuing_lines(unit.issuing_body), True),
        number=number,
        national_title=NATIONAL_TITLE,
        motto=MOTTO,
        date=date_line(details.place or unit.place_name, issued),
        kind_title=KIND_TITLE,
        subject=subject,
        subject_lines=balanced(
            subject, frame_width(False) - 4 * MM, lambda t: measure(t, SIZE_SUBJECT, True)
        ),
        recipients=recipients,
        body=body_blocks(document),
        distribution=distribution_lines(details.distribution),
        authority=authority,
        signatory_name=one_line(sig.name),
        annex_title=ANNEX_TITLE,
        annex_subject=balanced(
            f"Số liệu kết quả thực hiện {programme_and_period(document)}",
            frame_width(False) - 4 * MM,
            lambda t: measure(t, SIZE_TITLE, True),
        ),
        annex_reference=balanced(
            f"(Kèm theo Báo cáo số {number_ref} ngày {short_date(issued)} của {who})",
            frame_width(False) - 4 * MM,
            lambda t: measure(t, SIZE_BODY, False),
        ),
        annex_note=masked_note,
        tables=tables,
        plans=[plan_table(t, measure) for t in tables],
        indicators=[indicator_bar(k, i) for k, i in enumerate(f.indicators, start=1)],
        empty_annex="" if tables else "Trong kỳ báo cáo không phát sinh số liệu.",
        pdf_title=f"{KIND_TITLE} {number_ref} – {subject}",
        author=" ".join(issuing_lines(unit.issuing_body)) or one_line(unit.name),
    )


# --- the indicator chart, as shapes both writers draw ------------------------------


@dataclass(frozen=True)
class Shape:
    """One mark of the chart, in points from the bottom-left corner.

    kind "line": (x, y)-(x2, y2); "rect": x, y, width=x2, height=y2; "text": at (x, y)
    baseline, anchored "start" or "middle". `grey` is 0 (black) to 1 (white).
    """

    kind: str
    x: float
    y: float
    x2: float = 0.0
    y2: float = 0.0
    grey: float = 0.0
    stroke: float = 0.5
    dashed: bool = False
    text: str = ""
    size: float = 11.0
    italic: bool = False
    anchor: str = "start"


CHART_HEIGHT = 64.0


def chart_shapes(bar: IndicatorBar, width: float) -> list[Shape]:
    """Achieved % against target % on a 0–100 axis; "chưa có số liệu" without data."""
    label_w, text_w, bar_h, gap, axis_h = 62.0, 150.0, 14.0, 6.0, 16.0
    x0, x1 = label_w, width - text_w
    scale = (x1 - x0) / 100.0
    top = CHART_HEIGHT - 2
    shapes: list[Shape] = []
    for tick in range(0, 101, 20):
        x = x0 + tick * scale
        shapes.append(Shape("line", x, axis_h, x, top, grey=0.8))
        shapes.append(Shape("text", x, axis_h - 10, text=f"{tick}%", size=9, anchor="middle"))
    shapes.append(Shape("line", x0, axis_h, x1, axis_h, stroke=0.75))
    rows = [
        (ACHIEVED, bar.achieved, bar.achieved_text, 0.25),
        (TARGET, bar.target, bar.target_text, 0.78),
    ]
    for k, (name, value, caption, grey) in enumerate(rows):
        y = CHART_HEIGHT - (k + 1) * (bar_h + gap)
        shapes.append(Shape("text", 0, y + 4, text=name))
        if value is None:
            shapes.append(Shape("text", x0 + 4, y + 4, text=caption, italic=True))
            continue
        w = max(0.0, min(float(value), 100.0)) * scale
        shapes.append(Shape("rect", x0, y, w, bar_h, grey=grey))
        shapes.append(Shape("text", x1 + 6, y + 4, text=caption))
    tx = x0 + max(0.0, min(bar.target, 100.0)) * scale
    shapes.append(Shape("line", tx, axis_h, tx, top, stroke=0.75, dashed=True))
    return shapes


# --- annex table geometry -------------------------------------------------------------

CELL_PAD = 4.0  # points, left and right inside a cell
LABEL_MIN = 130.0
LABEL_MAX = 230.0
TEXT_MAX = 150.0
NUMBER_MIN = 34.0
HEADER_LINES = 2.5


def frame_width(landscape: bool) -> float:
    page = PAGE_HEIGHT_MM if landscape else PAGE_WIDTH_MM
    return (page - MARGIN_LEFT_MM - MARGIN_RIGHT_MM) * MM


def _longest_word(text: str, size: float, bold: bool, measure: Measure) -> float:
    words = re.split(r"[\s/]+", text) or [""]
    return max(measure(w, size, bold) for w in words)


@dataclass(frozen=True)
class TablePlan:
    widths: list[float]  # points, summing to the frame width
    landscape: bool
    size: float


def plan_table(table: AnnexTable, measure: Measure) -> TablePlan:
    """Column widths, page orientation and type size for one annex table.

    Every other column gets what its longest value needs and room for its header on
    about HEADER_LINES lines (never breaking a word); the label column gets its natural
    width between LABEL_MIN (or less, for short labels) and LABEL_MAX, and the spare
    width is shared out. A table that does not fit the portrait frame goes on a
    landscape page; one too wide even there is set in smaller type and squeezed.
    """
    need: list[float] = []
    label_min = LABEL_MIN
    for size in (SIZE_TABLE, SIZE_TABLE_SMALL):
        need = []
        for j in range(1, len(table.header)):
            head = max(
                _longest_word(table.header[j], size, True, measure),
                measure(table.header[j], size, True) / HEADER_LINES,
            )
            widest = max(
                (measure(row[j], size, k in table.bold_rows) for k, row in enumerate(table.rows)),
                default=0.0,
            )
            if table.numeric[j]:
                need.append(max(head, widest, NUMBER_MIN - 2 * CELL_PAD) + 2 * CELL_PAD)
            else:
                need.append(max(head, min(widest, TEXT_MAX)) + 2 * CELL_PAD)
        label_natural = (
            max(
                [measure(r[0], size, True) for r in table.rows]
                + [measure(table.header[0], size, True) / 2]
                + [_longest_word(table.header[0], size, True, measure)],
            )
            + 2 * CELL_PAD
        )
        label_min = min(LABEL_MIN, label_natural)
        label_need = max(label_min, min(LABEL_MAX, label_natural))
        for landscape in (False, True):
            frame = frame_width(landscape)
            if not need:
                return TablePlan([frame], landscape, size)
            if label_min + sum(need) <= frame:
                label = min(label_need, frame - sum(need))
                spare = (frame - label - sum(need)) / (len(need) + 1)
                return TablePlan([label + spare, *(n + spare for n in need)], landscape, size)
    frame = frame_width(True)
    scale = frame / (label_min + sum(need))
    return TablePlan([label_min * scale, *(n * scale for n in need)], True, SIZE_TABLE_SMALL)
