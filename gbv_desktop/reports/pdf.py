"""The official letter as PDF (reportlab platypus), in the layout of Decree 30/2020.

A4 portrait; the header as two blocks side by side (issuing body and number on the
left, national title, motto and date on the right); title, subject and "Kính gửi"
centred; the body justified by section; the distribution list level with the signature
block; page numbers from page 2 in the top margin; then the annex on new pages: the
two indicators as a bar chart and each figure table, wide ones on landscape pages.
Fonts are embedded as TrueType subsets with a Unicode map, so copying text out of the
PDF gives the same Vietnamese letters. All texts come from `letter.build`.
"""

from __future__ import annotations

import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from gbv_desktop import __version__
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, KnownError, Message
from gbv_desktop.reports import letter as L
from gbv_desktop.reports.fonts import Registered, missing_characters, register, text_width
from gbv_desktop.reports.model import ReportDocument
from gbv_desktop.storage.files import atomic_write_bytes

MM = L.MM
FRAME_PORTRAIT = L.frame_width(False)


class Rule(Flowable):
    """A horizontal rule of a given width, centred in the space it is given."""

    def __init__(self, width: float, before: float = 3.5, after: float = 0.0) -> None:
        super().__init__()
        self.rule_width = width
        self.before = before
        self.after = after
        self._avail = width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self._avail = available_width
        return available_width, self.before + self.after + L.RULE_WIDTH_PT

    def draw(self) -> None:
        x = (self._avail - self.rule_width) / 2
        y = self.after + L.RULE_WIDTH_PT / 2
        self.canv.setLineWidth(L.RULE_WIDTH_PT)
        self.canv.line(x, y, x + self.rule_width, y)


class _Styles:
    def __init__(self, fonts: Registered) -> None:
        self.fonts = fonts

    def __call__(
        self,
        size: float,
        bold: bool = False,
        italic: bool = False,
        align: int = TA_CENTER,
        leading: float | None = None,
        **extra: object,
    ) -> ParagraphStyle:
        return ParagraphStyle(
            "s",
            fontName=self.fonts.face(bold, italic),
            fontSize=size,
            leading=leading or size * L.SINGLE_LINE,
            alignment=align,
            **extra,
        )


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _lines(lines: list[str], style: ParagraphStyle) -> Paragraph:
    return Paragraph("<br/>".join(escape(x) for x in lines), style)


def _widest_line(text: str, font: str, size: float, width: float) -> float:
    """The width of the longest line `text` wraps into within `width`."""
    return max(
        (stringWidth(line, font, size) for line in simpleSplit(text, font, size, width)),
        default=0.0,
    )


def _header(doc: L.Letter, s: _Styles) -> Table:
    left_w, right_w = L.HEADER_LEFT_MM * MM, L.HEADER_RIGHT_MM * MM
    left: list[Flowable] = []
    if doc.parent_body:
        left.append(_lines(doc.parent_body, s(L.SIZE_BODIES)))
    if doc.issuing_body:
        left.append(_lines(doc.issuing_body, s(L.SIZE_BODIES, bold=True)))
        widest = max(min(text_width(x, L.SIZE_BODIES, bold=True), left_w) for x in doc.issuing_body)
        left.append(Rule(widest * 0.4))
    right: list[Flowable] = [
        _p(doc.national_title, s(L.SIZE_NATIONAL_TITLE, bold=True)),
        _p(doc.motto, s(L.SIZE_MOTTO, bold=True)),
        Rule(min(text_width(doc.motto, L.SIZE_MOTTO, bold=True), right_w)),
    ]
    rows = [
        [left, right],
        [
            _p(doc.number, s(L.SIZE_NUMBER)),
            _p(doc.date, s(L.SIZE_DATE, italic=True)),
        ],
    ]
    table = Table(rows, colWidths=[left_w, right_w])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), s.fonts.regular),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 1), (-1, 1), 7),
            ]
        )
    )
    return table


def _title_block(doc: L.Letter, s: _Styles, fonts: Registered) -> list[Flowable]:
    subject_style = s(L.SIZE_SUBJECT, bold=True)
    widest = max(
        _widest_line(x, fonts.bold, L.SIZE_SUBJECT, FRAME_PORTRAIT) for x in doc.subject_lines
    )
    out: list[Flowable] = [
        Spacer(1, 20),
        _p(doc.kind_title, s(L.SIZE_TITLE, bold=True)),
        _lines(doc.subject_lines, subject_style),
        Rule(widest / 3, before=4.0),
        Spacer(1, 10),
    ]
    if len(doc.recipients) == 1:
        out.append(_p(f"{doc.recipient_label} {doc.recipients[0]}", s(L.SIZE_BODY)))
    elif doc.recipients:
        label_w = text_width(doc.recipient_label, L.SIZE_BODY) + 6
        list_w = max(text_width(r, L.SIZE_BODY) for r in doc.recipients) + 2
        list_w = min(list_w, FRAME_PORTRAIT - label_w)
        table = Table(
            [
                [
                    _p(doc.recipient_label, s(L.SIZE_BODY, align=TA_LEFT)),
                    _lines(doc.recipients, s(L.SIZE_BODY, align=TA_LEFT)),
                ]
            ],
            colWidths=[label_w, list_w],
            hAlign="CENTER",
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONTNAME", (0, 0), (-1, -1), s.fonts.regular),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        out.append(table)
    out.append(Spacer(1, 12))
    return out


def _body(doc: L.Letter, s: _Styles) -> list[Flowable]:
    leading = L.SIZE_BODY * L.SINGLE_LINE * L.BODY_LINE_MULTIPLE
    common = {
        "align": TA_JUSTIFY,
        "leading": leading,
        "firstLineIndent": L.BODY_FIRST_INDENT_MM * MM,
        "spaceAfter": L.BODY_SPACE_AFTER,
    }
    text = s(L.SIZE_BODY, **common)  # type: ignore[arg-type]
    heading = s(L.SIZE_BODY, bold=True, keepWithNext=1, **common)  # type: ignore[arg-type]
    out: list[Flowable] = []
    for block in doc.body[:-1]:
        out.append(_p(block.text, text if block.kind == "text" else heading))
    closing = _p(doc.body[-1].text, text) if doc.body else Spacer(1, 0)
    out.append(KeepTogether([closing, Spacer(1, 6), _signature(doc, s)]))
    return out


def _signature(doc: L.Letter, s: _Styles) -> Table:
    left_w = L.SIGNATURE_LEFT_MM * MM
    right_w = FRAME_PORTRAIT - left_w
    left = [
        _p(
            doc.distribution_label,
            s(L.SIZE_DISTRIBUTION_LABEL, bold=True, italic=True, align=TA_LEFT),
        ),
        _lines(doc.distribution, s(L.SIZE_DISTRIBUTION, align=TA_LEFT, leading=13)),
    ]
    right: list[Flowable] = []
    if doc.authority:
        right.append(_lines(doc.authority, s(L.SIZE_SIGNATURE, bold=True)))
    right.append(Spacer(1, L.SIGNATURE_SPACE_PT))
    right.append(_p(doc.signatory_name or " ", s(L.SIZE_SIGNATURE, bold=True)))
    table = Table([[left, right]], colWidths=[left_w, right_w])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), s.fonts.regular),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (0, 0), 2.5),  # "Nơi nhận:" level with the authority
            ]
        )
    )
    return table


class Chart(Flowable):
    """The indicator chart of `letter.chart_shapes`, drawn on the page."""

    def __init__(self, bar: L.IndicatorBar, fonts: Registered, width: float) -> None:
        super().__init__()
        self.shapes = L.chart_shapes(bar, width)
        self.fonts = fonts
        self.width, self.height = width, L.CHART_HEIGHT

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        for shape in self.shapes:
            c.saveState()
            c.setLineWidth(shape.stroke)
            c.setStrokeGray(0.0 if shape.kind == "rect" else shape.grey)
            c.setFillGray(shape.grey)
            if shape.kind == "line":
                if shape.dashed:
                    c.setDash(3, 2)
                c.line(shape.x, shape.y, shape.x2, shape.y2)
            elif shape.kind == "rect":
                c.rect(shape.x, shape.y, shape.x2, shape.y2, stroke=1, fill=1)
            else:
                c.setFont(self.fonts.face(italic=shape.italic), shape.size)
                if shape.anchor == "middle":
                    c.drawCentredString(shape.x, shape.y, shape.text)
                else:
                    c.drawString(shape.x, shape.y, shape.text)
            c.restoreState()


def _annex(doc: L.Letter, s: _Styles, fonts: Registered) -> list[Flowable]:
    out: list[Flowable] = [
        NextPageTemplate("portrait"),
        PageBreak(),
        _p(doc.annex_title, s(L.SIZE_TITLE, bold=True)),
        _lines(doc.annex_subject, s(L.SIZE_TITLE, bold=True)),
        _lines(doc.annex_reference, s(L.SIZE_BODY, italic=True)),
        Spacer(1, 12),
    ]
    if doc.annex_note:
        out += [
            _p(doc.annex_note, s(L.SIZE_DISTRIBUTION_LABEL, italic=True, align=TA_LEFT)),
            Spacer(1, 8),
        ]
    if doc.indicators:
        out.append(_p(doc.chart_title, s(L.SIZE_TABLE + 1, bold=True, spaceAfter=6)))
        for bar in doc.indicators:
            block = [
                _p(bar.label, s(L.SIZE_TABLE, bold=True, align=TA_LEFT, spaceAfter=3)),
                Chart(bar, fonts, FRAME_PORTRAIT),
                _p(
                    f"Đánh giá: {bar.verdict}.",
                    s(L.SIZE_TABLE - 1, italic=True, align=TA_LEFT, spaceBefore=2, spaceAfter=10),
                ),
            ]
            out.append(KeepTogether(block))
        out.append(Spacer(1, 6))
    if doc.empty_annex:
        out.append(_p(doc.empty_annex, s(L.SIZE_BODY, align=TA_LEFT)))
    orientation = False
    for table, plan in zip(doc.tables, doc.plans, strict=True):
        if plan.landscape != orientation:
            orientation = plan.landscape
            out += [NextPageTemplate("landscape" if orientation else "portrait"), PageBreak()]
        out += _annex_table(table, plan, s)
    return out


def _annex_table(table: L.AnnexTable, plan: L.TablePlan, s: _Styles) -> list[Flowable]:
    size = plan.size
    lead = size * L.SINGLE_LINE
    head = s(size, bold=True, leading=lead)
    label = s(size, align=TA_LEFT, leading=lead)
    label_bold = s(size, bold=True, align=TA_LEFT, leading=lead)
    text_cell = s(size, align=TA_LEFT, leading=lead)
    fonts = s.fonts
    room = [w - 2 * L.CELL_PAD for w in plan.widths]

    def cell(text: str, j: int, bold: bool, style: ParagraphStyle) -> object:
        # Cells are drawn as plain text, in the cell's font and alignment (set below),
        # broken into lines by reportlab's `simpleSplit` at spaces, as a Paragraph
        # breaks them (new lines read as spaces): a Paragraph costs ten times as much to
        # lay out. Only a word too long for its column needs one, to be cut.
        face = fonts.face(bold)
        if "\n" not in text and stringWidth(text, face, size) <= room[j]:
            return text
        lines = simpleSplit(" ".join(text.split()), face, size, room[j])
        if all(" " in line or stringWidth(line, face, size) <= room[j] for line in lines):
            return "\n".join(lines)
        return _p(text, style)

    data: list[list[object]] = [[cell(h, j, True, head) for j, h in enumerate(table.header)]]
    for k, row in enumerate(table.rows):
        bold = k in table.bold_rows
        cells: list[object] = [cell(row[0], 0, bold, label_bold if bold else label)]
        for j in range(1, len(row)):
            cells.append(row[j] if table.numeric[j] else cell(row[j], j, bold, text_cell))
        data.append(cells)
    t = Table(data, colWidths=plan.widths, repeatRows=1)
    style = [  # each command sets every cell of its range: as few as will do
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONT", (0, 0), (-1, -1), fonts.regular, size, lead),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, 0), fonts.bold),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), L.CELL_PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), L.CELL_PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    for j, numeric in enumerate(table.numeric):
        if numeric and j > 0:
            style.append(("ALIGN", (j, 1), (j, -1), "RIGHT"))
    for k in table.bold_rows:
        style.append(("FONTNAME", (0, k + 1), (-1, k + 1), fonts.bold))
    t.setStyle(TableStyle(style))
    out: list[Flowable] = [
        _p(
            table.title,
            s(
                L.SIZE_TABLE + 1,
                bold=True,
                align=TA_LEFT,
                keepWithNext=1,
                spaceBefore=6,
                spaceAfter=2,
            ),
        )
    ]
    if table.unit_note:
        out.append(
            _p(
                table.unit_note,
                s(L.SIZE_TABLE, italic=True, align=TA_RIGHT, keepWithNext=1, spaceAfter=3),
            )
        )
    out += [t, Spacer(1, 14)]
    return out


def _page_number(canvas, doc) -> None:  # type: ignore[no-untyped-def]
    number = canvas.getPageNumber()
    if number < 2:
        return
    width, height = doc.pageTemplate.pagesize
    canvas.saveState()
    canvas.setFont(doc.gbv_fonts.regular, L.SIZE_PAGE_NUMBER)
    x = L.MARGIN_LEFT_MM * MM + (width - (L.MARGIN_LEFT_MM + L.MARGIN_RIGHT_MM) * MM) / 2
    canvas.drawCentredString(x, height - L.PAGE_NUMBER_FROM_TOP_MM * MM - 4, str(number))
    canvas.restoreState()


def _templates() -> list[PageTemplate]:
    out = []
    for name, size in (("portrait", A4), ("landscape", landscape(A4))):
        width, height = size
        frame = Frame(
            L.MARGIN_LEFT_MM * MM,
            L.MARGIN_BOTTOM_MM * MM,
            width - (L.MARGIN_LEFT_MM + L.MARGIN_RIGHT_MM) * MM,
            height - (L.MARGIN_TOP_MM + L.MARGIN_BOTTOM_MM) * MM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
        )
        out.append(PageTemplate(id=name, frames=[frame], pagesize=size, onPage=_page_number))
    return out


def check_coverage(doc: L.Letter, fonts: Registered) -> None:
    """Refuse text the font cannot show, rather than print empty boxes in a signed letter."""
    text = doc.all_text()
    missing: set[str] = set()
    for path in fonts.fonts.paths:
        missing |= missing_characters(text, path)
    if missing:
        raise KnownError(
            Message(
                "Reports",
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "The report contains characters its font cannot print: {chars}. "
                    "Remove or replace them in the text and try again.",
                ),
                {"chars": " ".join(sorted(missing))},
            )
        )


def render_pdf(document: ReportDocument, letter: L.Letter | None = None) -> bytes:
    """The letter as PDF bytes (`letter`: `letter.build(document)`, if already made)."""
    fonts = register()
    doc = letter or L.build(document)
    check_coverage(doc, fonts)
    s = _Styles(fonts)
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer,
        pagesize=A4,
        pageTemplates=_templates(),
        leftMargin=L.MARGIN_LEFT_MM * MM,
        rightMargin=L.MARGIN_RIGHT_MM * MM,
        topMargin=L.MARGIN_TOP_MM * MM,
        bottomMargin=L.MARGIN_BOTTOM_MM * MM,
        title=doc.pdf_title,
        author=doc.author,
        subject=doc.subject,
        creator=f"gbv-desktop {__version__}",
        lang="vi-VN",
        initialFontName=fonts.regular,
        displayDocTitle=1,
    )
    template.gbv_fonts = fonts  # type: ignore[attr-defined]
    story: list[Flowable] = [_header(doc, s), *_title_block(doc, s, fonts), *_body(doc, s)]
    story += _annex(doc, s, fonts)
    template.build(story)
    return buffer.getvalue()


def write_pdf(document: ReportDocument, path: Path | str, letter: L.Letter | None = None) -> str:
    """Write the letter to `path` atomically; returns the file's SHA-256.

    Raises a `StorageError` (nothing half-written) when the folder is missing, read-only
    or full, and a `KnownError` when the text has characters the font cannot print.
    """
    return atomic_write_bytes(path, render_pdf(document, letter))
