"""The official letter as an editable Word file (python-docx), laid out like the PDF.

Same texts (from `letter.build`), same page (A4, Decree 30 margins), same sizes. The
header blocks and the distribution/signature pair are borderless tables; the short
rules are bottom borders of empty, centred paragraphs, so an officer can move or
delete them in Word. Every run names Times New Roman for all four script slots (ASCII,
high ANSI, East Asian, complex script) so Word never substitutes another font; on a
computer without it LibreOffice uses its metric twin, Liberation Serif. Page numbers
from page 2 come from a PAGE field in a header that the first page does not show. The
annex tables are Word tables with their header row repeated on every page.
"""

from __future__ import annotations

import io
import re
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Length, Mm, Pt, Twips
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from gbv_desktop import __version__
from gbv_desktop.reports import letter as L
from gbv_desktop.reports.fonts import DOCX_FONT_NAME, register, text_width
from gbv_desktop.reports.model import ReportDocument
from gbv_desktop.resources import resource_path
from gbv_desktop.storage.files import atomic_write_bytes

CENTER = WD_ALIGN_PARAGRAPH.CENTER
LEFT = WD_ALIGN_PARAGRAPH.LEFT
RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
JUSTIFY = WD_ALIGN_PARAGRAPH.JUSTIFY
FRAME_PORTRAIT = L.frame_width(False)
CHART_SCALE = 4  # pixels per point of the chart image (288 dpi)


# --- low-level helpers ------------------------------------------------------------------


# The order WordprocessingML requires for the children of the elements set here: Word
# calls a file with misordered properties damaged, so new children go in their place.
# fmt: off
_ORDER = {
    "rPr": [
        "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
        "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
        "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight",
        "u", "effect", "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang",
        "eastAsianLayout", "specVanish", "oMath",
    ],
    "pPr": [
        "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl",
        "numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens",
        "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
        "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing",
        "mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment",
        "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
    ],
    "tblPr": [
        "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
        "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
        "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription",
    ],
    "tblCellMar": ["top", "start", "left", "bottom", "end", "right"],
    "tblBorders": ["top", "start", "left", "bottom", "end", "right", "insideH", "insideV"],
    "trPr": [
        "cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit",
        "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden",
    ],
}
# fmt: on


def _local(el: OxmlElement) -> str:
    return el.tag.rsplit("}", 1)[-1]


def _set_child(parent: OxmlElement, tag: str, **attrs: str) -> OxmlElement:
    """The child `tag` of `parent` (created in its schema place if missing), with `attrs`."""
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        order = _ORDER[_local(parent)]
        rank = order.index(tag.split(":", 1)[1])
        later = [c for c in parent if _local(c) in order and order.index(_local(c)) > rank]
        if later:
            later[0].addprevious(el)
        else:
            parent.append(el)
    for key, value in attrs.items():
        el.set(qn(key), value)
    return el


def _fonts_element(parent: OxmlElement) -> None:
    """Times New Roman in all four slots, replacing any theme fonts."""
    fonts = _set_child(parent, "w:rFonts")
    for key in list(fonts.attrib):
        del fonts.attrib[key]
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), DOCX_FONT_NAME)


def _half_points(size: float) -> str:
    return str(round(size * 2))


def _run(
    paragraph: Paragraph, text: str, size: float, bold: bool = False, italic: bool = False
) -> Run:
    run = paragraph.add_run(text)
    run.font.size = Pt(size)
    if bold:
        run.font.bold = True
    if italic:
        run.font.italic = True
    rpr = run._r.get_or_add_rPr()
    _fonts_element(rpr)
    _set_child(rpr, "w:szCs", **{"w:val": _half_points(size)})
    if bold:
        _set_child(rpr, "w:bCs")
    if italic:
        _set_child(rpr, "w:iCs")
    return run


def _format(
    paragraph: Paragraph,
    align: WD_ALIGN_PARAGRAPH = CENTER,
    before: float = 0.0,
    after: float = 0.0,
    line: float | Length | None = None,
    first_indent_mm: float = 0.0,
    keep_with_next: bool = False,
    size: float | None = None,
) -> Paragraph:
    pf = paragraph.paragraph_format
    pf.alignment = align
    pf.space_before = Pt(before)
    pf.space_after = Pt(after)
    pf.line_spacing = line if line is not None else 1.0
    if first_indent_mm:
        pf.first_line_indent = Mm(first_indent_mm)
    if keep_with_next:
        pf.keep_with_next = True
    if size is not None:  # the paragraph mark's own size, so empty lines are not 11 pt
        rpr = paragraph._p.get_or_add_pPr()
        mark = _set_child(rpr, "w:rPr")
        _fonts_element(mark)
        _set_child(mark, "w:sz", **{"w:val": _half_points(size)})
        _set_child(mark, "w:szCs", **{"w:val": _half_points(size)})
    return paragraph


def _text(
    container,  # type: ignore[no-untyped-def]
    lines: str | list[str],
    size: float,
    bold: bool = False,
    italic: bool = False,
    **fmt: object,
) -> Paragraph:
    """A paragraph of one or more lines (line breaks, not new paragraphs)."""
    if isinstance(container, DocxDocument):  # the body: written as XML (see _paragraph_xml)
        body = container.element.body
        element = parse_xml(_paragraph_xml(lines, size, bold, italic, **fmt))  # type: ignore[arg-type]
        body._insert_p(element)
        return Paragraph(element, container._body)
    paragraph = container.add_paragraph()
    items = [lines] if isinstance(lines, str) else lines
    for k, line in enumerate(items):
        run = _run(paragraph, line, size, bold, italic)
        if k < len(items) - 1:
            run.add_break()
    return _format(paragraph, size=size, **fmt)  # type: ignore[arg-type]


def _rule(container, width: float, available: float, before: float = 3.5) -> Paragraph:  # type: ignore[no-untyped-def]
    """A centred horizontal rule `width` points long: an empty paragraph's bottom border."""
    paragraph = container.add_paragraph()
    side = max(0.0, (available - width) / 2)
    pf = paragraph.paragraph_format
    pf.alignment = CENTER
    pf.left_indent = Pt(side)
    pf.right_indent = Pt(side)
    pf.space_before = Pt(0)
    pf.space_after = Pt(0)
    pf.line_spacing = Pt(max(before, 1.0))
    ppr = paragraph._p.get_or_add_pPr()
    borders = _set_child(ppr, "w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "0"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    borders.append(bottom)
    mark = _set_child(ppr, "w:rPr")
    _set_child(mark, "w:sz", **{"w:val": "2"})
    _set_child(mark, "w:szCs", **{"w:val": "2"})
    return paragraph


def _table_props(table: DocxTable, widths: list[float], borders: bool, pad: float = 0.0) -> None:
    """Fixed layout, exact column widths, cell padding, and borders on or off."""
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    tbl_pr = table._tbl.tblPr
    _set_child(tbl_pr, "w:tblW", **{"w:w": str(round(sum(widths) * 20)), "w:type": "dxa"})
    _set_child(tbl_pr, "w:tblLayout", **{"w:type": "fixed"})
    _set_child(tbl_pr, "w:tblInd", **{"w:w": "0", "w:type": "dxa"})
    margins = _set_child(tbl_pr, "w:tblCellMar")
    for side, value in (("top", 0), ("bottom", 0), ("left", pad), ("right", pad)):
        _set_child(margins, f"w:{side}", **{"w:w": str(round(value * 20)), "w:type": "dxa"})
    box = _set_child(tbl_pr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        attrs = (
            {"w:val": "single", "w:sz": "4", "w:space": "0", "w:color": "000000"}
            if borders
            else {"w:val": "nil"}
        )
        el = _set_child(box, f"w:{side}")
        for key in list(el.attrib):
            del el.attrib[key]
        for key, value in attrs.items():
            el.set(qn(key), value)
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths, strict=True):
        col.set(qn("w:w"), str(round(width * 20)))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Twips(round(width * 20))


class _Cell:
    """Adds paragraphs to a table cell, reusing the cell's initial empty paragraph."""

    def __init__(self, cell) -> None:  # type: ignore[no-untyped-def]
        self.cell = cell
        self.fresh = True

    def add_paragraph(self) -> Paragraph:
        if self.fresh:
            self.fresh = False
            return self.cell.paragraphs[0]
        return self.cell.add_paragraph()


def _row_flags(row, header: bool = False) -> None:  # type: ignore[no-untyped-def]
    tr_pr = row._tr.get_or_add_trPr()
    _set_child(tr_pr, "w:cantSplit")
    if header:
        _set_child(tr_pr, "w:tblHeader")


# --- document set-up --------------------------------------------------------------------


def _styles(document) -> None:  # type: ignore[no-untyped-def]
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _fonts_element(rpr)
    _set_child(rpr, "w:sz", **{"w:val": _half_points(L.SIZE_BODY)})
    _set_child(rpr, "w:szCs", **{"w:val": _half_points(L.SIZE_BODY)})
    _set_child(rpr, "w:lang", **{"w:val": "vi-VN", "w:eastAsia": "en-US", "w:bidi": "ar-SA"})
    ppr = defaults.find(qn("w:pPrDefault")).find(qn("w:pPr"))
    _set_child(ppr, "w:spacing", **{"w:after": "0", "w:line": "240", "w:lineRule": "auto"})
    normal = document.styles["Normal"]
    normal.font.name = DOCX_FONT_NAME
    normal.font.size = Pt(L.SIZE_BODY)
    _fonts_element(normal.element.get_or_add_rPr())


def _page(section, landscape: bool) -> None:  # type: ignore[no-untyped-def]
    width, height = Mm(L.PAGE_WIDTH_MM), Mm(L.PAGE_HEIGHT_MM)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (height, width) if landscape else (width, height)
    section.top_margin = Mm(L.MARGIN_TOP_MM)
    section.bottom_margin = Mm(L.MARGIN_BOTTOM_MM)
    section.left_margin = Mm(L.MARGIN_LEFT_MM)
    section.right_margin = Mm(L.MARGIN_RIGHT_MM)
    section.header_distance = Mm(L.PAGE_NUMBER_FROM_TOP_MM)
    section.footer_distance = Mm(L.PAGE_NUMBER_FROM_TOP_MM)
    section.gutter = Mm(0)


def _page_numbers(section) -> None:  # type: ignore[no-untyped-def]
    """A centred PAGE field in the header, and an empty header on the first page."""
    section.different_first_page_header_footer = True
    first = section.first_page_header.paragraphs[0]
    _format(first, size=L.SIZE_PAGE_NUMBER)
    paragraph = section.header.paragraphs[0]
    _format(paragraph, align=CENTER, size=L.SIZE_PAGE_NUMBER)
    for kind, text in (
        ("begin", None),
        (None, " PAGE "),
        ("separate", None),
        (None, "2"),
        ("end", None),
    ):
        run = _run(paragraph, "", L.SIZE_PAGE_NUMBER)
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == " PAGE ":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text


# --- the letter -------------------------------------------------------------------------


def _header(document, doc: L.Letter) -> None:  # type: ignore[no-untyped-def]
    left_w, right_w = L.HEADER_LEFT_MM * L.MM, L.HEADER_RIGHT_MM * L.MM
    table = document.add_table(rows=2, cols=2)
    _table_props(table, [left_w, right_w], borders=False)
    left, right = _Cell(table.cell(0, 0)), _Cell(table.cell(0, 1))
    if doc.parent_body:
        _text(left, doc.parent_body, L.SIZE_BODIES)
    if doc.issuing_body:
        _text(left, doc.issuing_body, L.SIZE_BODIES, bold=True)
        widest = max(min(text_width(x, L.SIZE_BODIES, bold=True), left_w) for x in doc.issuing_body)
        _rule(left, widest * 0.4, left_w)
    _text(right, doc.national_title, L.SIZE_NATIONAL_TITLE, bold=True)
    _text(right, doc.motto, L.SIZE_MOTTO, bold=True)
    _rule(right, min(text_width(doc.motto, L.SIZE_MOTTO, bold=True), right_w), right_w)
    _text(_Cell(table.cell(1, 0)), doc.number, L.SIZE_NUMBER, before=7)
    _text(_Cell(table.cell(1, 1)), doc.date, L.SIZE_DATE, italic=True, before=7)
    for row in table.rows:
        _row_flags(row)
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP


def _title(document, doc: L.Letter) -> None:  # type: ignore[no-untyped-def]
    _text(document, doc.kind_title, L.SIZE_TITLE, bold=True, before=20, keep_with_next=True)
    _text(document, doc.subject_lines, L.SIZE_SUBJECT, bold=True, keep_with_next=True)
    widest = max(text_width(x, L.SIZE_SUBJECT, bold=True) for x in doc.subject_lines)
    _rule(document, min(widest, FRAME_PORTRAIT) / 3, FRAME_PORTRAIT, before=4.0)
    if len(doc.recipients) == 1:
        _text(document, f"{doc.recipient_label} {doc.recipients[0]}", L.SIZE_BODY, before=10)
    elif doc.recipients:
        label_w = text_width(doc.recipient_label, L.SIZE_BODY) + 6
        list_w = max(text_width(r, L.SIZE_BODY) for r in doc.recipients) + 8
        list_w = min(list_w, FRAME_PORTRAIT - label_w)
        _text(document, "", L.SIZE_BODY, line=Pt(10))  # space above the recipients
        table = document.add_table(rows=1, cols=2)
        _table_props(table, [label_w, list_w], borders=False)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        _text(_Cell(table.cell(0, 0)), doc.recipient_label, L.SIZE_BODY, align=LEFT)
        _text(_Cell(table.cell(0, 1)), doc.recipients, L.SIZE_BODY, align=LEFT)
    _text(document, "", L.SIZE_BODY, after=0)


def _body(document, doc: L.Letter) -> None:  # type: ignore[no-untyped-def]
    common = {
        "align": JUSTIFY,
        "after": L.BODY_SPACE_AFTER,
        "line": L.BODY_LINE_MULTIPLE,
        "first_indent_mm": L.BODY_FIRST_INDENT_MM,
    }
    for k, block in enumerate(doc.body):
        heading = block.kind != "text"
        last = k == len(doc.body) - 1
        paragraph = _text(
            document,
            block.text,
            L.SIZE_BODY,
            bold=heading,
            keep_with_next=heading or last,
            **common,  # type: ignore[arg-type]
        )
        if last:  # room above the distribution list and signature
            paragraph.paragraph_format.space_after = Pt(2 * L.BODY_SPACE_AFTER)


def _signature(document, doc: L.Letter) -> None:  # type: ignore[no-untyped-def]
    left_w = L.SIGNATURE_LEFT_MM * L.MM
    right_w = FRAME_PORTRAIT - left_w
    table = document.add_table(rows=1, cols=2)
    _table_props(table, [left_w, right_w], borders=False)
    _row_flags(table.rows[0])
    left, right = _Cell(table.cell(0, 0)), _Cell(table.cell(0, 1))
    _text(
        left,
        doc.distribution_label,
        L.SIZE_DISTRIBUTION_LABEL,
        bold=True,
        italic=True,
        align=LEFT,
        before=2.5,
    )
    _text(left, doc.distribution, L.SIZE_DISTRIBUTION, align=LEFT)
    if doc.authority:
        _text(right, doc.authority, L.SIZE_SIGNATURE, bold=True)
    _text(right, doc.signatory_name, L.SIZE_SIGNATURE, bold=True, before=L.SIGNATURE_SPACE_PT)


# --- the annex --------------------------------------------------------------------------


def _new_section(document, landscape: bool):  # type: ignore[no-untyped-def]
    section = document.add_section(WD_SECTION.NEW_PAGE)
    _page(section, landscape)
    # The annex's pages all show their number: no special first page in these sections.
    section.different_first_page_header_footer = False
    return section


def _chart_png(bar: L.IndicatorBar, width: float) -> bytes:
    """The chart of `letter.chart_shapes`, drawn with Pillow in the letter's font."""
    from PIL import Image, ImageDraw, ImageFont

    fonts = register().fonts
    scale = CHART_SCALE
    # Greys only: one byte a pixel (a third of the PNG to compress, half the file).
    image = Image.new("L", (round(width * scale), round(L.CHART_HEIGHT * scale)), 255)
    draw = ImageDraw.Draw(image)
    faces: dict[tuple[bool, float], ImageFont.FreeTypeFont] = {}

    def px(x: float, y: float) -> tuple[float, float]:
        return x * scale, (L.CHART_HEIGHT - y) * scale

    def grey(value: float) -> int:
        return round(value * 255)

    for shape in L.chart_shapes(bar, width):
        if shape.kind == "line":
            start, end = px(shape.x, shape.y), px(shape.x2, shape.y2)
            line_w = max(1, round(shape.stroke * scale))
            if shape.dashed:
                y0, y1 = sorted((start[1], end[1]))
                y = y0
                while y < y1:
                    draw.line(
                        [(start[0], y), (start[0], min(y + 3 * scale, y1))],
                        fill=grey(shape.grey),
                        width=line_w,
                    )
                    y += 5 * scale
            else:
                draw.line([start, end], fill=grey(shape.grey), width=line_w)
        elif shape.kind == "rect":
            x0, y_top = px(shape.x, shape.y + shape.y2)
            x1, y_bottom = px(shape.x + shape.x2, shape.y)
            draw.rectangle(
                [x0, y_top, x1, y_bottom],
                fill=grey(shape.grey),
                outline=0,
                width=max(1, round(shape.stroke * scale)),
            )
        else:
            key = (shape.italic, shape.size)
            if key not in faces:
                path = fonts.italic if shape.italic else fonts.regular
                faces[key] = ImageFont.truetype(str(path), round(shape.size * scale))
            anchor = "ms" if shape.anchor == "middle" else "ls"
            draw.text(px(shape.x, shape.y), shape.text, font=faces[key], fill=0, anchor=anchor)
    out = io.BytesIO()
    # zlib's fastest level: on this mostly white image, 1.8 ms against 2.8 for its usual
    # level 6 (8 ms on the first chart of a process), for a file of 14 KB against 11.
    image.save(out, format="PNG", dpi=(72 * scale, 72 * scale), compress_level=1)
    return out.getvalue()


def _annex(document, doc: L.Letter) -> None:  # type: ignore[no-untyped-def]
    _new_section(document, landscape=False)
    _text(document, doc.annex_title, L.SIZE_TITLE, bold=True, keep_with_next=True)
    _text(document, doc.annex_subject, L.SIZE_TITLE, bold=True, keep_with_next=True)
    _text(document, doc.annex_reference, L.SIZE_BODY, italic=True, after=12)
    if doc.annex_note:
        _text(document, doc.annex_note, L.SIZE_DISTRIBUTION_LABEL, italic=True, align=LEFT, after=8)
    if doc.indicators:
        _text(document, doc.chart_title, L.SIZE_TABLE + 1, bold=True, after=6, keep_with_next=True)
        for bar in doc.indicators:
            _text(
                document,
                bar.label,
                L.SIZE_TABLE,
                bold=True,
                align=LEFT,
                after=3,
                keep_with_next=True,
            )
            picture = document.add_paragraph()
            _format(picture, align=LEFT, keep_with_next=True)
            picture.add_run().add_picture(
                io.BytesIO(_chart_png(bar, FRAME_PORTRAIT)), width=Pt(FRAME_PORTRAIT)
            )
            _text(
                document,
                f"Đánh giá: {bar.verdict}.",
                L.SIZE_TABLE - 1,
                italic=True,
                align=LEFT,
                before=2,
                after=10,
            )
    if doc.empty_annex:
        _text(document, doc.empty_annex, L.SIZE_BODY, align=LEFT)
    orientation = False
    for table, plan in zip(doc.tables, doc.plans, strict=True):
        if plan.landscape != orientation:
            orientation = plan.landscape
            _new_section(document, orientation)
        _annex_table(document, table, plan)


def _annex_table(document, table: L.AnnexTable, plan: L.TablePlan) -> None:  # type: ignore[no-untyped-def]
    size = plan.size
    _text(
        document,
        table.title,
        L.SIZE_TABLE + 1,
        bold=True,
        align=LEFT,
        before=6,
        after=2,
        keep_with_next=True,
    )
    if table.unit_note:
        _text(
            document,
            table.unit_note,
            L.SIZE_TABLE,
            italic=True,
            align=RIGHT,
            after=3,
            keep_with_next=True,
        )
    document.element.body._insert_tbl(parse_xml(_grid_xml(table, plan.widths, size)))
    _text(document, "", L.SIZE_TABLE, after=8)


# An annex table is written as XML text and parsed once: building it cell by cell with
# python-docx took most of the time of the whole report on a city's figures. The XML is
# exactly what `_table_props`, `_row_flags`, `_text` and `_run` make for it (the test
# tests/reports/test_docx.py::test_annex_tables_are_what_the_cell_by_cell_writer_made
# compares them on every table).
_FONTS_XML = (
    f'<w:rFonts w:ascii="{DOCX_FONT_NAME}" w:hAnsi="{DOCX_FONT_NAME}" '
    f'w:eastAsia="{DOCX_FONT_NAME}" w:cs="{DOCX_FONT_NAME}"/>'
)
_BORDER_XML = '<w:{side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
_LOOK_XML = (
    '<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" '
    'w:noHBand="0" w:noVBand="1" w:val="04A0"/>'
)


# As python-docx writes a run's text: tabs and line breaks are elements of their own.
_SPECIAL = re.compile(r"([\t\n\r])")
_TEXT_PARTS = {"\t": "<w:tab/>", "\n": "<w:br/>", "\r": "<w:br/>"}


def _t_xml(text: str) -> str:
    space = ' xml:space="preserve"' if text.strip() != text else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def _twips(points: float) -> int:
    return round(points * 20)


def _cell_xml(text: str, width: int, size: float, bold: bool, align: str) -> str:
    mark = _half_points(size)
    run = str(int(Pt(size).pt * 2))  # as python-docx writes Font.size
    weight = "<w:b/><w:bCs/>" if bold else ""
    body = _run_text_xml(text)
    return (
        f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/><w:vAlign w:val="center"/></w:tcPr>'
        f'<w:p><w:pPr><w:spacing w:before="{_twips(2.5)}" w:after="{_twips(3.5)}" '
        f'w:line="240" w:lineRule="auto"/><w:jc w:val="{align}"/>'
        f'<w:rPr>{_FONTS_XML}<w:sz w:val="{mark}"/><w:szCs w:val="{mark}"/></w:rPr></w:pPr>'
        f'<w:r><w:rPr>{_FONTS_XML}{weight}<w:sz w:val="{run}"/><w:szCs w:val="{mark}"/></w:rPr>'
        f"{body}</w:r></w:p></w:tc>"
    )


_ALIGN = {CENTER: "center", LEFT: "left", RIGHT: "right", JUSTIFY: "both"}


def _paragraph_xml(
    lines: str | list[str],
    size: float,
    bold: bool = False,
    italic: bool = False,
    align: WD_ALIGN_PARAGRAPH = CENTER,
    before: float = 0.0,
    after: float = 0.0,
    line: float | Length | None = None,
    first_indent_mm: float = 0.0,
    keep_with_next: bool = False,
) -> str:
    """The paragraph `_run` and `_format` make (with the mark's size), as XML text."""
    mark = _half_points(size)
    run_size = str(int(Pt(size).pt * 2))
    line = 1.0 if line is None else line
    if isinstance(line, Length):
        spacing_line, rule = line.twips, "exact"
    else:
        spacing_line, rule = Emu(line * Twips(240)).twips, "auto"
    indent = f'<w:ind w:firstLine="{Mm(first_indent_mm).twips}"/>' if first_indent_mm else ""
    weight = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
    run_props = (
        f'<w:rPr>{_FONTS_XML}{weight}<w:sz w:val="{run_size}"/><w:szCs w:val="{mark}"/></w:rPr>'
    )
    items = [lines] if isinstance(lines, str) else lines
    runs = "".join(
        f"<w:r>{run_props}{_run_text_xml(text)}{'<w:br/>' if k < len(items) - 1 else ''}</w:r>"
        for k, text in enumerate(items)
    )
    return (
        f"<w:p {nsdecls('w')}><w:pPr>{'<w:keepNext/>' if keep_with_next else ''}"
        f'<w:spacing w:before="{Pt(before).twips}" w:after="{Pt(after).twips}" '
        f'w:line="{spacing_line}" w:lineRule="{rule}"/>{indent}<w:jc w:val="{_ALIGN[align]}"/>'
        f'<w:rPr>{_FONTS_XML}<w:sz w:val="{mark}"/><w:szCs w:val="{mark}"/></w:rPr></w:pPr>'
        f"{runs}</w:p>"
    )


def _run_text_xml(text: str) -> str:
    return "".join(_TEXT_PARTS.get(part) or _t_xml(part) for part in _SPECIAL.split(text) if part)


def _grid_xml(table: L.AnnexTable, widths: list[float], size: float) -> str:
    """One annex table as a `w:tbl` element: fixed layout, exact widths, thin borders,
    the header row repeated on every page, no row split across pages."""
    twips = [_twips(w) for w in widths]
    pad = _twips(L.CELL_PAD)
    borders = "".join(
        _BORDER_XML.format(side=side)
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    parts = [
        f"<w:tbl {nsdecls('w')}><w:tblPr>"
        f'<w:tblW w:type="dxa" w:w="{round(sum(widths) * 20)}"/><w:jc w:val="left"/>'
        f'<w:tblInd w:w="0" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
        f'<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        f'<w:left w:w="{pad}" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        f'<w:right w:w="{pad}" w:type="dxa"/></w:tblCellMar>{_LOOK_XML}</w:tblPr><w:tblGrid>',
        *(f'<w:gridCol w:w="{w}"/>' for w in twips),
        "</w:tblGrid><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>",
        *(
            _cell_xml(head, w, size, True, "center")
            for head, w in zip(table.header, twips, strict=True)
        ),
        "</w:tr>",
    ]
    for k, values in enumerate(table.rows):
        bold = k in table.bold_rows
        parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for j, (value, width) in enumerate(zip(values, twips, strict=True)):
            align = "right" if (j > 0 and table.numeric[j]) else "left"
            parts.append(_cell_xml(value, width, size, bold, align))
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def render_docx(document: ReportDocument, letter: L.Letter | None = None) -> bytes:
    """The letter as DOCX bytes (`letter`: `letter.build(document)`, if already made)."""
    doc = letter or L.build(document)
    # python-docx's template less what the letter never uses (scripts/docx_template.py).
    word = Document(str(resource_path("templates", "report.docx")))
    _styles(word)
    section = word.sections[0]
    _page(section, landscape=False)
    _page_numbers(section)
    body = word.element.body
    for child in list(body):  # the template's empty first paragraph
        if child.tag == qn("w:p"):
            body.remove(child)
    _header(word, doc)
    _title(word, doc)
    _body(word, doc)
    _signature(word, doc)
    _annex(word, doc)
    props = word.core_properties
    props.title = doc.pdf_title
    props.subject = doc.subject
    props.author = doc.author
    props.last_modified_by = doc.author
    props.comments = ""
    props.keywords = ""
    props.language = "vi-VN"
    props.category = L.KIND_TITLE
    props.content_status = ""
    props.revision = 1
    now = datetime.now().replace(microsecond=0)
    props.created = now
    props.modified = now
    props.identifier = f"gbv-desktop {__version__}"
    out = io.BytesIO()
    word.save(out)
    return out.getvalue()


def write_docx(document: ReportDocument, path: Path | str, letter: L.Letter | None = None) -> str:
    """Write the editable letter to `path` atomically; returns the file's SHA-256.

    Raises a `StorageError` (nothing half-written) when the folder is missing,
    read-only or full.
    """
    return atomic_write_bytes(path, render_docx(document, letter))
