"""The annex as a workbook (XLSX): a summary sheet, then one sheet per annex table.

`write_xlsx(document, path)` writes, atomically (`storage.files.atomic_write_bytes`):

- "Tổng hợp": the unit, the report (kind, period, number, date), the programme, the two
  indicators with numerator, denominator, percentage, target and assessment, and a list
  of the sheets (each a link to its sheet);
- one sheet per `Table` of the figures, named "<n>. <title>" cut to Excel's 31
  characters: the title ("Biểu n. ...", numbered as in the PDF annex), the unit note,
  the header row (bold, frozen with the label column), the rows, the total row in bold.

Numbers are numbers: counts and amounts as whole numbers shown grouped ("#,##0", which
Excel shows with the reader's own separators), shares (0–100) with one decimal, the
header saying "(%)". A masked cell of a copy for outside government is the text "<5"
with a cell note saying why; "–" is a share of nothing. Written with XlsxWriter (fast,
write-only); every string goes in with `write_string`, so a label beginning with "="
is never taken for a formula.
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from gbv_desktop.domain import vocab
from gbv_desktop.reports.model import Cell, ReportDocument, Table
from gbv_desktop.storage.files import atomic_write_bytes

SUMMARY_SHEET = "Tổng hợp"
MASKED_TEXT = "<5"
NOT_APPLICABLE = "–"
MASKED_NOTE = (
    "Số liệu từ 1 đến 4 được ẩn (ghi „<5”), hoặc được ẩn thêm để không tính ngược được "
    "từ số tổng, nhằm bảo vệ thông tin cá nhân. Bản này dùng để chia sẻ ngoài cơ quan nhà "
    "nước; bản báo cáo chính thức ghi số liệu đầy đủ."
)
SHEET_NAME_MAX = 31
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
HEADER_ROW = 3  # 0-based: title, unit note, blank, header
FONT = "Times New Roman"
INT_FORMAT = "#,##0"
SHARE_FORMAT = "0.0"
LABEL_WIDTH_MAX = 60
NUMBER_WIDTH_MIN = 9
NUMBER_WIDTH_MAX = 22


def _text(value: Any) -> str:
    """NFC text with no control characters (invalid in the workbook's XML) except
    new lines."""
    text = str(value or "")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if text.isprintable():  # the usual case: nothing to take out
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return "".join(ch for ch in text if ch == "\n" or unicodedata.category(ch)[0] != "C")


def _one_line(value: Any) -> str:
    return " ".join(_text(value).split())


def _date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def sheet_name(index: int, title: str, taken: set[str]) -> str:
    """ "<index>. <title>" cut at a word to 31 characters, without the characters Excel
    forbids, different (case-insensitively) from every name in `taken` (updated)."""
    prefix = f"{index}. "
    words = _SHEET_FORBIDDEN.sub(" ", _one_line(title)).split()
    name = prefix.rstrip()
    for word in words:
        candidate = f"{name} {word}" if name != prefix.rstrip() else prefix + word
        if len(candidate) > SHEET_NAME_MAX:
            break
        name = candidate
    if name == prefix.rstrip() and words:  # one very long word
        name = (prefix + words[0])[:SHEET_NAME_MAX]
    name = name.strip().strip("'").rstrip(",;–-").strip() or f"Biểu {index}"
    base, n = name, 2
    while name.casefold() in taken:
        suffix = f" ({n})"
        name = base[: SHEET_NAME_MAX - len(suffix)].rstrip() + suffix
        n += 1
    taken.add(name.casefold())
    return name


def _shown(value: Cell, masked: bool) -> str:
    """A cell as it reads, to size its column."""
    if value is None:
        return MASKED_TEXT if masked else NOT_APPLICABLE
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float | Decimal):
        return f"{float(value):,.1f}"
    return _one_line(value)


class _Units(dict[str, float]):
    """A character's width in Excel's unit (the width of a "0"), worked out once."""

    def __missing__(self, ch: str) -> float:
        if ch.isdigit():
            units = 1.0
        elif ch == " ":
            units = 0.45
        elif ch.isupper() or ch in "mwMW%":
            units = 1.25
        elif ch in "il.,;:'|!ịíìỉĩ":
            units = 0.5
        else:
            units = 0.85
        self[ch] = units
        return units


_UNITS = _Units()


def _width(text: str, bold: bool = False) -> float:
    """Column width (Excel's unit: the width of a "0" of the default font) that shows
    `text` in 12-point Times on one line, with a little padding."""
    units = sum(map(_UNITS.__getitem__, text))
    return units * (1.08 if bold else 1.0) + 1.5


def _longest_word(text: str) -> float:
    return max((_width(w, True) - 1.5 for w in text.split()), default=0.0)


class _Formats:
    def __init__(self, book: Any) -> None:
        base = {"font_name": FONT, "font_size": 12, "valign": "vcenter"}

        def f(**extra: Any) -> Any:
            return book.add_format({**base, **extra})

        cell = {"border": 1}
        self.title = f(bold=True, font_size=13, text_wrap=True, valign="top")
        self.subtitle = f(italic=True, text_wrap=True, valign="top")
        self.note = f(italic=True, font_size=11, text_wrap=True, valign="top")
        self.header = f(bold=True, text_wrap=True, align="center", bg_color="#E8EEF4", **cell)
        self.label = f(text_wrap=True, **cell)
        self.text = f(text_wrap=True, align="center", **cell)
        self.int = f(num_format=INT_FORMAT, **cell)
        self.share = f(num_format=SHARE_FORMAT, **cell)
        self.masked = f(align="right", font_color="#7A4B00", **cell)
        self.na = f(align="right", **cell)
        self.total_label = f(bold=True, text_wrap=True, top=2, left=1, right=1, bottom=1)
        self.total_text = f(bold=True, text_wrap=True, align="center", top=2, left=1, right=1,
                            bottom=1)  # fmt: skip
        self.total_int = f(bold=True, num_format=INT_FORMAT, top=2, left=1, right=1, bottom=1)
        self.total_share = f(bold=True, num_format=SHARE_FORMAT, top=2, left=1, right=1,
                             bottom=1)  # fmt: skip
        self.total_masked = f(bold=True, align="right", font_color="#7A4B00", top=2, left=1,
                              right=1, bottom=1)  # fmt: skip
        self.total_na = f(bold=True, align="right", top=2, left=1, right=1, bottom=1)
        self.key = f(bold=True, text_wrap=True, valign="top")
        self.value = f(valign="top")
        self.value_wrap = f(text_wrap=True, valign="top")
        self.value_year = f(num_format="0", align="left", valign="top")
        self.value_date = f(num_format="dd/mm/yyyy", align="left", valign="top")
        self.link = f(font_color="#1F4E9A", underline=1)
        self.heading = f(bold=True, font_size=12)


def _write_cell(
    sheet: Any, row: int, col: int, value: Cell, fmt: _Formats, total: bool, masked: bool
) -> None:
    if value is None:
        if masked:
            sheet.write_string(row, col, MASKED_TEXT, fmt.total_masked if total else fmt.masked)
            sheet.write_comment(row, col, MASKED_NOTE, {"x_scale": 2.2, "y_scale": 1.6})
        else:
            sheet.write_string(row, col, NOT_APPLICABLE, fmt.total_na if total else fmt.na)
    elif isinstance(value, bool):
        sheet.write_string(
            row, col, "Có" if value else "Không", fmt.total_text if total else fmt.text
        )
    elif isinstance(value, int):
        sheet.write_number(row, col, value, fmt.total_int if total else fmt.int)
    elif isinstance(value, float | Decimal):
        sheet.write_number(row, col, float(value), fmt.total_share if total else fmt.share)
    else:
        text = _one_line(value)
        if text == NOT_APPLICABLE:
            sheet.write_string(row, col, text, fmt.total_na if total else fmt.na)
        else:
            sheet.write_string(row, col, text, fmt.total_text if total else fmt.text)


def _lines(text: str, width: float, bold: bool = False) -> int:
    """How many lines `text` takes wrapped in a column `width` characters wide."""
    room = max(width - 1.5, 4.0)
    space = 0.45 * (1.08 if bold else 1.0)
    count = 0
    for paragraph in _text(text).split("\n"):
        line = 0.0
        count += 1
        for word in paragraph.split():
            w = _width(word, bold) - 1.5
            if line and line + space + w > room:
                count += 1
                line = w
            else:
                line = line + space + w if line else w
    return max(count, 1)


def _height(lines: int, size: float = 12) -> float:
    """Row height in points for `lines` lines of `size`-point text (set explicitly:
    LibreOffice does not fit rows of wrapped text when it opens a workbook)."""
    return round(lines * size * 1.3 + 3, 1)


def _table_sheet(
    book: Any, name: str, index: int, table: Table, fmt: _Formats, masked: bool
) -> None:
    sheet = book.add_worksheet(name)
    columns = [_one_line(c) for c in table.columns]
    width = max(len(columns), max((len(r) for r in table.rows), default=1))
    columns += [""] * (width - len(columns))

    # Widths from the content: the label column as wide as its longest label (up to a
    # limit, then wrapped); number columns as wide as their widest number or the
    # longest word of their header (the header wraps).
    widths = [
        min(
            max([_width(_one_line(r[0])) for r in table.rows if r] + [_width(columns[0]), 14.0]),
            LABEL_WIDTH_MAX,
        )
    ]
    for j in range(1, width):
        shown = [_width(_shown(r[j] if j < len(r) else "", masked)) + 1 for r in table.rows]
        head = columns[j]
        head_width = max(_longest_word(head) + 2.5, min(_width(head, True), 16.0))
        w = max([*shown, head_width, float(NUMBER_WIDTH_MIN)])
        widths.append(min(w, NUMBER_WIDTH_MAX))
    for j, w in enumerate(widths):
        sheet.set_column(j, j, w)
    total_width = sum(widths)

    title = f"Biểu {index}. {_one_line(table.title)}"
    note = f"({_one_line(table.unit_note)})" if _one_line(table.unit_note) else ""
    if width > 1:
        sheet.merge_range(0, 0, 0, width - 1, title, fmt.title)
        if note:
            sheet.merge_range(1, 0, 1, width - 1, note, fmt.subtitle)
    else:
        sheet.write_string(0, 0, title, fmt.title)
        if note:
            sheet.write_string(1, 0, note, fmt.subtitle)
    sheet.set_row(0, _height(_lines(title, total_width, bold=True), 13))
    if note:
        sheet.set_row(1, _height(_lines(note, total_width)))
    for j, head in enumerate(columns):
        sheet.write_string(HEADER_ROW, j, head, fmt.header)
    sheet.set_row(
        HEADER_ROW,
        _height(max(_lines(h, widths[j], bold=True) for j, h in enumerate(columns))),
    )
    last = len(table.rows) - 1
    any_masked = False
    for i, row in enumerate(table.rows):
        r = HEADER_ROW + 1 + i
        total = table.has_total_row and i == last and last > 0
        cells = list(row) + [""] * (width - len(row))
        label = _one_line(cells[0])
        sheet.write_string(r, 0, label, fmt.total_label if total else fmt.label)
        lines = _lines(label, widths[0], bold=total)
        for j in range(1, width):
            any_masked = any_masked or (cells[j] is None and masked)
            _write_cell(sheet, r, j, cells[j], fmt, total, masked)
            if isinstance(cells[j], str):
                lines = max(lines, _lines(cells[j], widths[j], bold=total))
        if lines > 1:
            sheet.set_row(r, _height(lines))
    if any_masked:
        r = HEADER_ROW + len(table.rows) + 2
        if width > 1:
            sheet.merge_range(r, 0, r, width - 1, MASKED_NOTE, fmt.note)
        else:
            sheet.write_string(r, 0, MASKED_NOTE, fmt.note)
        sheet.set_row(r, _height(_lines(MASKED_NOTE, total_width), 11))
    sheet.freeze_panes(HEADER_ROW + 1, 1)
    _print_setup(sheet, landscape=total_width > 95, repeat_to=HEADER_ROW)


def _print_setup(sheet: Any, landscape: bool, repeat_to: int | None = None) -> None:
    sheet.set_paper(9)  # A4
    if landscape:
        sheet.set_landscape()
    sheet.set_margins(left=0.6, right=0.4, top=0.6, bottom=0.6)
    sheet.fit_to_pages(1, 0)
    if repeat_to is not None:
        sheet.repeat_rows(repeat_to)
    sheet.set_footer("&C&P/&N")


def _summary_sheet(
    book: Any, document: ReportDocument, names: list[tuple[str, str]], fmt: _Formats
) -> None:
    from gbv_desktop.reports import letter as L
    from gbv_desktop.reports.figures import INDICATOR_NAMES, assessment, share

    f, details = document.figures, document.letter
    unit = f.unit
    sheet = book.add_worksheet(SUMMARY_SHEET)
    subject = _one_line(details.subject) or L.default_subject(document)
    widths = [48.0, 13.0, 13.0, 13.0, 15.0, 16.0]
    for j, w in enumerate(widths):
        sheet.set_column(j, j, w)
    title = f"BÁO CÁO {subject.upper()}"
    sheet.merge_range(0, 0, 0, 5, title, fmt.title)
    sheet.set_row(0, _height(_lines(title, sum(widths), bold=True), 13))
    sheet.write_string(1, 0, "Phụ lục số liệu (bảng tính)", fmt.subtitle)
    issued = details.issued_on or date.today()
    rows: list[tuple[str, Any, Any]] = [
        ("Đơn vị báo cáo", _one_line(unit.name), fmt.value),
        ("Mã đơn vị hành chính", _one_line(unit.code), fmt.value),
        ("Cơ quan ban hành", _one_line(unit.issuing_body), fmt.value),
        ("Loại báo cáo", vocab.REPORT_KINDS.label(f.kind, "vi"), fmt.value),
        ("Năm báo cáo", f.year, fmt.value_year),
        ("Kỳ báo cáo (số liệu)",
         f"Từ ngày {_date(f.period.start)} đến ngày {_date(f.period.end)}", fmt.value),
        ("Số văn bản", L.number_line(details.number, unit.document_symbol), fmt.value),
        ("Ngày báo cáo", issued, fmt.value_date),
        ("Chương trình", _one_line(f.programme.name), fmt.value),
        ("Kế hoạch", _one_line(f.programme.plan_reference), fmt.value),
        ("Số liệu tổng hợp lúc",
         f.generated_at.strftime("%H:%M ngày %d/%m/%Y")
         if isinstance(f.generated_at, datetime) else "", fmt.value),
    ]  # fmt: skip
    if f.masked:
        rows.append(("Bản che số liệu nhỏ", MASKED_NOTE, fmt.value))
    r = 3
    room = sum(widths[1:])
    for key, value, vfmt in rows:
        sheet.write_string(r, 0, key, fmt.key)
        if isinstance(value, date):
            sheet.write_datetime(r, 1, datetime(value.year, value.month, value.day), vfmt)
        elif isinstance(value, int):
            sheet.write_number(r, 1, value, vfmt)
        else:
            sheet.merge_range(r, 1, r, 5, value, fmt.value_wrap)
            lines = _lines(value, room)
            if lines > 1:
                sheet.set_row(r, _height(lines))
        r += 1

    r += 1
    sheet.write_string(r, 0, "Kết quả thực hiện các chỉ tiêu", fmt.heading)
    r += 1
    head = ["Chỉ tiêu", "Số đạt", "Tổng số", "Tỷ lệ đạt (%)", "Chỉ tiêu kế hoạch (%)", "Đánh giá"]
    for j, text in enumerate(head):
        sheet.write_string(r, j, text, fmt.header)
    sheet.set_row(r, _height(max(_lines(h, widths[j], bold=True) for j, h in enumerate(head))))
    for ind in f.indicators:
        r += 1
        name = INDICATOR_NAMES.get(ind.code, ind.code)
        label = f"Chỉ tiêu {ind.code[1:]}: {name}"
        sheet.write_string(r, 0, label, fmt.label)
        sheet.set_row(r, _height(_lines(label, widths[0])))
        numerator, denominator = ind.numerator, ind.denominator
        percent = share(numerator, denominator, cut=True)
        target = float(ind.target_percent)
        _write_cell(sheet, r, 1, numerator, fmt, False, f.masked)
        _write_cell(sheet, r, 2, denominator, fmt, False, f.masked)
        if percent is None:
            label = MASKED_TEXT if f.masked and None in (numerator, denominator) else "–"
            sheet.write_string(r, 3, label, fmt.masked if label == MASKED_TEXT else fmt.na)
        else:
            sheet.write_number(r, 3, percent, fmt.share)
        _write_cell(sheet, r, 4, int(target) if target.is_integer() else target, fmt, False,
                    False)  # fmt: skip
        sheet.write_string(r, 5, assessment(f, ind.code), fmt.text)

    r += 2
    sheet.write_string(r, 0, "Danh mục các biểu", fmt.heading)
    for name, title in names:
        r += 1
        sheet.write_url(r, 0, f"internal:'{name}'!A1", fmt.link, string=title)
    if not names:
        r += 1
        sheet.write_string(r, 0, "Trong kỳ báo cáo không phát sinh số liệu.", fmt.value)

    sheet.activate()
    _print_setup(sheet, landscape=False)


def render_xlsx(document: ReportDocument) -> bytes:
    """The workbook's bytes."""
    import xlsxwriter

    from gbv_desktop import __version__

    f = document.figures
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_numbers": False,
            "strings_to_formulas": False,
            "strings_to_urls": False,
        },
    )
    fmt = _Formats(book)
    taken = {SUMMARY_SHEET.casefold()}
    names = [
        (sheet_name(k, t.title, taken), f"Biểu {k}. {_one_line(t.title)}")
        for k, t in enumerate(f.tables, start=1)
    ]
    _summary_sheet(book, document, names, fmt)
    for k, (table, (name, _title)) in enumerate(zip(f.tables, names, strict=True), start=1):
        _table_sheet(book, name, k, table, fmt, f.masked)
    generated = f.generated_at if isinstance(f.generated_at, datetime) else datetime.now()
    book.set_properties(
        {
            "title": f"Phụ lục số liệu – {_one_line(f.unit.name)}",
            "subject": _one_line(document.letter.subject) or f.programme.name,
            "author": _one_line(f.unit.issuing_body) or _one_line(f.unit.name),
            "company": _one_line(f.unit.name),
            "comments": f"gbv-desktop {__version__}",
            "created": generated.replace(tzinfo=None),
        }
    )
    book.close()
    return buffer.getvalue()


def write_xlsx(document: ReportDocument, path: Path | str) -> str:
    """Write the annex workbook to `path` atomically; returns the file's SHA-256.

    Raises a `StorageError` (nothing half-written) when the folder is missing,
    read-only or full.
    """
    return atomic_write_bytes(path, render_xlsx(document))
