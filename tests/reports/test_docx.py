"""The editable letter (DOCX): read back with python-docx, compared with the PDF's text.

The layout was also checked by eye: converted with LibreOffice and rendered beside
the PDF (docs/report-letter.md). Here: page set-up, texts, fonts on every run, sizes
and styles from the layout table, rules, page numbers, and the annex tables' cells.
"""

from __future__ import annotations

import io
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from gbv_desktop.reports import letter as L
from gbv_desktop.reports.docx import render_docx, write_docx
from gbv_desktop.reports.fonts import text_width
from gbv_desktop.reports.pdf import write_pdf
from gbv_desktop.storage.errors import StorageError, WriteFailed
from tests.reports.sample import NARRATIVE_SENTENCE, SUBJECT, empty_document, sample_document

FONT = "Times New Roman"


@pytest.fixture(scope="module")
def sample_docx(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("docx") / "bao-cao.docx"
    write_docx(sample_document(), path)
    return path


@pytest.fixture(scope="module")
def word(sample_docx: Path) -> docx.document.Document:
    return docx.Document(str(sample_docx))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _runs(word: docx.document.Document):  # type: ignore[no-untyped-def]
    body = word.element.body
    return [docx.text.run.Run(r, None) for r in body.iter(qn("w:r"))]  # type: ignore[arg-type]


def _paragraph(word: docx.document.Document, text: str):  # type: ignore[no-untyped-def]
    for p in word.paragraphs:
        if _flat(p.text) == text:
            return p
    for table in word.tables:
        for cell in table._cells:
            for p in cell.paragraphs:
                if _flat(p.text) == text:
                    return p
    raise AssertionError(f"no paragraph {text!r}")


def _bordered(table) -> bool:  # type: ignore[no-untyped-def]
    top = table._tbl.tblPr.find(qn("w:tblBorders")).find(qn("w:top"))
    return top.get(qn("w:val")) == "single"


def _style(paragraph) -> set[tuple[float, bool, bool]]:  # type: ignore[no-untyped-def]
    return {
        (r.font.size.pt, bool(r.font.bold), bool(r.font.italic))
        for r in paragraph.runs
        if r.text.strip()
    }


def test_page_is_a4_with_decree_30_margins(word: docx.document.Document) -> None:
    def mm(*lengths: object) -> list[float]:
        return [round(length.mm, 1) for length in lengths]  # type: ignore[attr-defined]

    first = word.sections[0]
    assert first.orientation == WD_ORIENT.PORTRAIT
    assert mm(first.page_width, first.page_height) == [210, 297]
    assert mm(first.top_margin, first.bottom_margin) == [20, 20]
    for section in word.sections:
        assert mm(section.left_margin, section.right_margin) == [30, 15]
        if section.orientation == WD_ORIENT.LANDSCAPE:
            assert mm(section.page_width, section.page_height) == [297, 210]


def test_page_numbers_from_page_two(word: docx.document.Document) -> None:
    first = word.sections[0]
    assert first.different_first_page_header_footer
    assert "PAGE" not in first.first_page_header._element.xml
    header = first.header._element
    assert [i.text for i in header.iter(qn("w:instrText"))] == [" PAGE "]
    assert first.header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    for section in word.sections[1:]:  # annex sections: every page numbered
        assert not section.different_first_page_header_footer
        assert section.header.is_linked_to_previous


def test_header_blocks(word: docx.document.Document) -> None:
    header = word.tables[0]
    left, right = header.cell(0, 0), header.cell(0, 1)
    assert left.text.split("\n")[:4] == [
        "UBND THÀNH PHỐ",
        "BUÔN MA THUỘT",
        "ỦY BAN NHÂN DÂN",
        "PHƯỜNG TÂN LỢI",
    ]
    assert right.text.split("\n")[:2] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert header.cell(1, 0).text == "Số: 12/BC-UBND"
    assert header.cell(1, 1).text == "Tân Lợi, ngày 10 tháng 5 năm 2025"
    assert _style(left.paragraphs[0]) == {(12, False, False)}  # parent body, regular
    assert _style(left.paragraphs[1]) == {(12, True, False)}  # issuing body, bold
    assert _style(right.paragraphs[0]) == {(12, True, False)}
    assert _style(right.paragraphs[1]) == {(13, True, False)}
    assert _style(header.cell(1, 0).paragraphs[0]) == {(13, False, False)}
    assert _style(header.cell(1, 1).paragraphs[0]) == {(14, False, True)}
    for cell in (left, right, header.cell(1, 0), header.cell(1, 1)):
        assert all(p.alignment == WD_ALIGN_PARAGRAPH.CENTER for p in cell.paragraphs)
    # no borders on the layout tables
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"nil"}


def test_rules_under_issuing_body_motto_and_subject(word: docx.document.Document) -> None:
    def rules(container) -> list[object]:  # type: ignore[no-untyped-def]
        found = []
        for p in container.paragraphs:
            if p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None:
                assert p.text == ""
                found.append(p)
        return found

    header = word.tables[0]
    assert len(rules(header.cell(0, 0))) == 1
    assert len(rules(header.cell(0, 1))) == 1
    assert len(rules(word)) == 1  # under the subject
    motto_rule = rules(header.cell(0, 1))[0]
    width = L.HEADER_RIGHT_MM * L.MM - 2 * motto_rule.paragraph_format.left_indent.pt
    assert width == pytest.approx(text_width(L.MOTTO, L.SIZE_MOTTO, bold=True), abs=0.5)


def test_title_subject_and_recipient(word: docx.document.Document) -> None:
    title = _paragraph(word, "BÁO CÁO")
    assert _style(title) == {(14, True, False)}
    subject = _paragraph(word, SUBJECT)
    assert _style(subject) == {(14, True, False)}
    assert subject.alignment == WD_ALIGN_PARAGRAPH.CENTER
    recipient = _paragraph(
        word, "Kính gửi: Phòng Lao động – Thương binh và Xã hội thành phố Buôn Ma Thuột"
    )
    assert _style(recipient) == {(14, False, False)}
    assert recipient.alignment == WD_ALIGN_PARAGRAPH.CENTER


def test_body_is_justified_with_indent_spacing_and_bold_headings(
    word: docx.document.Document,
) -> None:
    body = [b for b in L.build(sample_document()).body]
    for block in body:
        p = _paragraph(word, block.text)
        f = p.paragraph_format
        assert p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
        assert f.first_line_indent == Mm(L.BODY_FIRST_INDENT_MM)
        assert f.space_after >= Pt(6)
        assert 1.0 <= f.line_spacing <= 1.5
        assert _style(p) == {(14, block.kind != "text", False)}
    assert NARRATIVE_SENTENCE in _flat("\n".join(p.text for p in word.paragraphs))


def test_distribution_level_with_the_signature(word: docx.document.Document) -> None:
    table = next(t for t in word.tables if t.cell(0, 0).text.startswith("Nơi nhận:"))
    left, right = table.cell(0, 0), table.cell(0, 1)
    assert _style(left.paragraphs[0]) == {(12, True, True)}
    assert left.paragraphs[1].text.split("\n") == [
        "- Như trên;",
        "- TT. Đảng ủy phường (b/c);",
        "- CT, các PCT UBND phường;",
        "- Hội LHPN phường;",
        "- Lưu: VT, VHXH.",
    ]
    assert _style(left.paragraphs[1]) == {(11, False, False)}
    assert right.paragraphs[0].text == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"
    assert _style(right.paragraphs[0]) == {(14, True, False)}
    name = right.paragraphs[1]
    assert name.text == "Nguyễn Thị Hồng Nhung" and _style(name) == {(14, True, False)}
    assert name.paragraph_format.space_before >= Pt(60)  # room to sign and seal
    assert table.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None
    closing = word.paragraphs[
        [p.text for p in word.paragraphs].index(L.build(sample_document()).body[-1].text)
    ]
    assert closing.paragraph_format.keep_with_next


def test_every_run_names_times_new_roman_in_all_four_slots(sample_docx: Path) -> None:
    with zipfile.ZipFile(sample_docx) as z:
        parts = [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
        xml = {n: z.read(n).decode() for n in parts}
    word = docx.Document(str(sample_docx))
    runs = [r for r in _runs(word) if r.text]  # (the charts' picture runs hold no text)
    assert len(runs) > 100
    for run in runs:
        fonts = run._r.rPr.find(qn("w:rFonts"))
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            assert fonts.get(qn(slot)) == FONT, (run.text, slot)
        assert run._r.rPr.find(qn("w:szCs")) is not None
    assert (
        "Theme"
        not in xml["word/styles.xml"].split("<w:docDefaults>")[1].split("</w:docDefaults>")[0]
    )
    assert 'w:val="vi-VN"' in xml["word/styles.xml"]


def test_annex_tables_hold_the_formatted_cells(word: docx.document.Document) -> None:
    doc = L.build(sample_document())
    grids = [t for t in word.tables if _bordered(t)]
    assert len(grids) == len(doc.tables)
    for grid, table in zip(grids, doc.tables, strict=True):
        values = [[c.text for c in row.cells] for row in grid.rows]
        assert values[0] == table.header
        assert values[1:] == table.rows
        header_row = grid.rows[0]._tr.trPr
        assert header_row.find(qn("w:tblHeader")) is not None
        for k, row in enumerate(grid.rows[1:]):
            for j, cell in enumerate(row.cells):
                p = cell.paragraphs[0]
                numeric = j > 0 and table.numeric[j]
                assert p.alignment == (
                    WD_ALIGN_PARAGRAPH.RIGHT if numeric else WD_ALIGN_PARAGRAPH.LEFT
                )
                if p.text:
                    assert _style(p) == {(12, k in table.bold_rows, False)}
    activities = grids[2]
    assert [c.text for c in activities.rows[-1].cells] == [
        "Tổng số",
        "75",
        "2.914",
        "1.758",
        "39,7",
    ]
    assert [c.text for c in activities.rows[5].cells][2:] == ["–", "–", "–"]


def test_the_annex_has_the_chart_and_wide_tables_on_landscape_pages(
    word: docx.document.Document,
) -> None:
    pictures = word.element.body.findall(".//" + qn("w:drawing"))
    assert len(pictures) == 2  # one chart per indicator
    orientations = [s.orientation for s in word.sections]
    assert WD_ORIENT.LANDSCAPE in orientations
    text = _flat("\n".join(p.text for p in word.paragraphs))
    assert "PHỤ LỤC" in text
    assert "Đánh giá: Đạt chỉ tiêu." in text and "Đánh giá: Chưa đạt chỉ tiêu." in text


def test_the_docx_says_exactly_what_the_pdf_says(sample_docx: Path, tmp_path: Path) -> None:
    pdf = tmp_path / "bao-cao.pdf"
    write_pdf(sample_document(), pdf)
    pdf_text = _flat(
        subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
    )
    word = docx.Document(str(sample_docx))
    layout_tables = [t for t in word.tables if not _bordered(t)]
    paragraphs = [p.text for p in word.paragraphs]
    for table in layout_tables:
        paragraphs += [p.text for cell in table._cells for p in cell.paragraphs]
    texts = [_flat(t) for t in paragraphs if t.strip()]
    assert len(texts) > 50
    for text in texts:
        assert text in pdf_text, text
    # Annex cells that wrap onto several lines come out of the PDF interleaved with their
    # neighbours, so for those compare the words.
    pdf_words = set(pdf_text.split())
    for table in word.tables:
        if _bordered(table):
            for cell in table._cells:
                assert set(cell.text.split()) <= pdf_words, cell.text


def test_a_period_without_records(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    write_docx(empty_document(), path)
    word = docx.Document(str(path))
    text = _flat("\n".join(p.text for p in word.paragraphs))
    assert "Trong kỳ báo cáo không phát sinh số liệu." in text
    assert "Đánh giá: Chưa có số liệu." in text
    assert word.tables[0].cell(1, 0).text == "Số:" + L.BLANK_NUMBER + "/BC-UBND"
    assert len(word.tables) == 2  # the header and the signature: no annex tables


def test_several_recipients_are_a_list(tmp_path: Path) -> None:
    document = sample_document()
    document.letter.recipients = [
        "Ủy ban nhân dân thành phố",
        "Phòng Lao động – Thương binh và Xã hội",
    ]
    word = docx.Document(io.BytesIO(render_docx(document)))
    table = next(t for t in word.tables if t.cell(0, 0).text == "Kính gửi:")
    assert table.cell(0, 1).text.split("\n") == [
        "- Ủy ban nhân dân thành phố;",
        "- Phòng Lao động – Thương binh và Xã hội.",
    ]


def test_a_folder_that_is_a_file_gives_a_storage_error_and_no_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    with pytest.raises(WriteFailed):
        write_docx(sample_document(), blocker / "bao-cao.docx")
    with pytest.raises(StorageError):
        write_docx(sample_document(), tmp_path / "gone" / "bao-cao.docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_properties_are_in_schema_order_so_word_opens_the_file(sample_docx: Path) -> None:
    """Word rejects misordered properties ("unreadable content") where LibreOffice copes."""
    from lxml import etree

    from gbv_desktop.reports.docx import _ORDER

    with zipfile.ZipFile(sample_docx) as z:
        parts = [n for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")]
        trees = [etree.fromstring(z.read(n)) for n in parts]
    checked = 0
    for tree in trees:
        for parent_name, order in _ORDER.items():
            for parent in tree.iter(qn(f"w:{parent_name}")):
                names = [etree.QName(c).localname for c in parent]
                known = [n for n in names if n in order]
                assert known == sorted(known, key=order.index), (parent_name, names)
                checked += 1
    assert checked > 500


def test_every_style_the_file_names_is_defined_in_it(sample_docx: Path) -> None:
    """The template keeps only some styles (scripts/docx_template.py): none may be
    missing, or Word falls back to its own look for that paragraph."""
    import re

    with zipfile.ZipFile(sample_docx) as z:
        names = z.namelist()
        styles = z.read("word/styles.xml").decode()
        used = set()
        for name in names:
            if name.startswith("word/") and name.endswith(".xml") and name != "word/styles.xml":
                used |= set(
                    re.findall(
                        r'w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"', z.read(name).decode()
                    )
                )
    defined = set(re.findall(r'<w:style [^>]*w:styleId="([^"]+)"', styles))
    assert "Header" in used and used <= defined, used - defined
    # What the trimmed template left out is not in the file either.
    assert not any("stylesWithEffects" in n or "thumbnail" in n or "customXml" in n for n in names)
    assert len(styles) < 40_000


def test_the_stored_template_is_what_its_script_makes() -> None:
    """resources/templates/report.docx comes from python-docx's own template by
    scripts/docx_template.py; after upgrading python-docx, run the script again."""
    import importlib.util

    from gbv_desktop.resources import resource_path

    path = Path(__file__).resolve().parents[2] / "scripts" / "docx_template.py"
    spec = importlib.util.spec_from_file_location("docx_template", path)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)

    def parts(data: bytes) -> dict[str, bytes]:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return {n: z.read(n) for n in z.namelist()}

    stored = resource_path("templates", "report.docx").read_bytes()
    assert parts(stored) == parts(script.template_bytes())
