"""The annex workbook, read back with openpyxl: sheets, values and their types, formats,
frozen headers, widths, masked cells, and atomic writing."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import openpyxl
import pytest

from gbv_desktop.reports import xlsx
from gbv_desktop.reports.model import Table
from gbv_desktop.reports.xlsx import SUMMARY_SHEET, sheet_name, write_xlsx
from gbv_desktop.storage.errors import WriteFailed
from tests.reports.sample import empty_document, sample_document


def _book(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def _find_row(sheet, label: str) -> int:
    for row in sheet.iter_rows(min_col=1, max_col=1):
        if row[0].value == label:
            return row[0].row
    raise AssertionError(f"no row {label!r} in {sheet.title}")


def test_one_sheet_per_table_after_the_summary(tmp_path: Path) -> None:
    document = sample_document()
    path = tmp_path / "phu-luc.xlsx"
    digest = write_xlsx(document, path)
    assert len(digest) == 64
    book = _book(path)
    names = book.sheetnames
    assert names[0] == SUMMARY_SHEET
    assert len(names) == 1 + len(document.figures.tables)
    assert len({n.casefold() for n in names}) == len(names)
    for k, (name, table) in enumerate(zip(names[1:], document.figures.tables, strict=True), 1):
        assert len(name) <= 31
        assert name.startswith(f"{k}. ")
        sheet = book[name]
        assert sheet["A1"].value == f"Biểu {k}. {table.title}"
        assert sheet["A1"].font.b
        assert sheet.freeze_panes == "B5"  # the header row and the label column
        assert [c.value for c in sheet[4]][: len(table.columns)] == table.columns
        assert all(c.font.b for c in sheet[4][: len(table.columns)])
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left


def test_numbers_are_numbers_with_formats(tmp_path: Path) -> None:
    document = sample_document()
    path = tmp_path / "a.xlsx"
    write_xlsx(document, path)
    book = _book(path)
    index = next(i for i, t in enumerate(document.figures.tables) if t.code == "activities_by_form")
    sheet = book.worksheets[index + 1]
    r = _find_row(sheet, "Nói chuyện chuyên đề")
    count, people, women, share = (sheet.cell(r, c) for c in range(2, 6))
    assert (count.value, people.value, women.value) == (12, 850, 527)
    assert all(type(c.value) is int for c in (count, people, women))
    assert count.number_format == "#,##0"
    # A share is a number shown with one decimal (38.0 is stored as 38).
    assert share.value == pytest.approx(38.0) and share.data_type == "n"
    assert share.number_format == "0.0"
    other = sheet.cell(_find_row(sheet, "Sinh hoạt câu lạc bộ"), 5)
    assert other.value == pytest.approx(19.6) and isinstance(other.value, float)
    # A share of nothing (radio has no sex recorded) is "–", not a number.
    radio = _find_row(sheet, "Phát thanh, loa truyền thanh")
    assert sheet.cell(radio, 3).value == "–"
    # The total row is bold, the others are not.
    total = _find_row(sheet, "Tổng số")
    assert total == sheet.max_row
    assert sheet.cell(total, 1).font.b and sheet.cell(total, 2).font.b
    assert not sheet.cell(r, 2).font.b
    assert sheet.cell(total, 3).value == 2914


def test_column_widths_follow_the_content(tmp_path: Path) -> None:
    document = sample_document()
    path = tmp_path / "a.xlsx"
    write_xlsx(document, path)
    book = _book(path)
    index = next(i for i, t in enumerate(document.figures.tables) if t.code == "models_by_type")
    sheet = book.worksheets[index + 1]
    longest = max(len(str(row[0])) for row in document.figures.tables[index].rows)
    label_width = sheet.column_dimensions["A"].width
    assert 0.7 * longest <= label_width <= xlsx.LABEL_WIDTH_MAX + 1
    for letter in ("B", "C"):
        width = sheet.column_dimensions[letter].width
        assert xlsx.NUMBER_WIDTH_MIN <= width <= xlsx.NUMBER_WIDTH_MAX
    # A wider table gets wider label and number columns than a narrow one needs.
    big = book.worksheets[1 + next(i for i, t in enumerate(document.figures.tables)
                                   if t.code == "activities_by_form")]  # fmt: skip
    assert big.column_dimensions["C"].width >= len("Lượt người tham dự") / 2


def test_summary_sheet_has_the_unit_period_and_both_indicators(tmp_path: Path) -> None:
    document = sample_document()
    path = tmp_path / "a.xlsx"
    write_xlsx(document, path)
    sheet = _book(path)[SUMMARY_SHEET]
    values = {
        row[0].value: row[1].value for row in sheet.iter_rows(min_col=1, max_col=2) if row[0].value
    }
    assert values["Đơn vị báo cáo"] == "Phường Tân Lợi"
    assert values["Mã đơn vị hành chính"] == "24133"  # text: the leading zeros stay
    assert values["Kỳ báo cáo (số liệu)"] == "Từ ngày 15/12/2024 đến ngày 14/05/2025"
    assert values["Số văn bản"] == "Số: 12/BC-UBND"
    assert values["Năm báo cáo"] == 2025
    assert values["Ngày báo cáo"].date().isoformat() == "2025-05-10"
    i1 = _find_row(sheet, next(k for k in values if str(k).startswith("Chỉ tiêu 1:")))
    assert [sheet.cell(i1, c).value for c in range(2, 7)] == [7, 11, 63.6, 60, "Đạt"]
    i2 = i1 + 1
    assert [sheet.cell(i2, c).value for c in range(2, 7)] == [9, 10, 90.0, 100, "Chưa đạt"]
    # Every table is listed, each a link to its sheet.
    links = [c.hyperlink.location for row in sheet.iter_rows() for c in row if c.hyperlink]
    assert len(links) == len(document.figures.tables)
    assert links[0] == f"'{_book(path).sheetnames[1]}'!A1"


def test_masked_cells_are_text_with_a_note(tmp_path: Path) -> None:
    from gbv_desktop.reports.masking import mask_figures

    document = sample_document()
    document.figures = mask_figures(document.figures)
    path = tmp_path / "ban-che.xlsx"
    write_xlsx(document, path)
    book = _book(path)
    masked_cells = [
        cell
        for sheet in book.worksheets[1:]
        for row in sheet.iter_rows(min_row=5)
        for cell in row
        if cell.value == "<5"
    ]
    assert masked_cells
    assert all(c.comment is not None and "<5" in c.comment.text for c in masked_cells)
    # No number from 1 to 4 is left in a count cell of a masked copy.
    for sheet in book.worksheets[1:]:
        for row in sheet.iter_rows(min_row=5, min_col=2):
            for cell in row:
                if type(cell.value) is int:
                    assert not 0 < cell.value < 5, (sheet.title, cell.coordinate)
    summary = book[SUMMARY_SHEET]
    assert any(
        "<5" in str(c.value) for row in summary.iter_rows() for c in row if c.value is not None
    )


def test_an_empty_period_still_gives_a_workbook(tmp_path: Path) -> None:
    path = tmp_path / "trong.xlsx"
    write_xlsx(empty_document(), path)
    book = _book(path)
    assert book.sheetnames == [SUMMARY_SHEET]
    texts = [c.value for row in book[SUMMARY_SHEET].iter_rows() for c in row if c.value]
    assert "Trong kỳ báo cáo không phát sinh số liệu." in texts


def test_text_is_never_a_formula_and_control_characters_go(tmp_path: Path) -> None:
    document = sample_document()
    document.figures.tables = [
        Table(
            "x",
            "Bảng =thử",
            ["Thôn", "Số"],
            [["=1+1", 3], ["Thôn\x07 A", 4], [unicodedata.normalize("NFD", "Buôn Đôn"), 1],
             ["Tổng", 8]],
            "II.1",
            "",
            True,
        )
    ]  # fmt: skip
    path = tmp_path / "a.xlsx"
    write_xlsx(document, path)
    sheet = _book(path).worksheets[1]
    assert sheet["A5"].value == "=1+1" and sheet["A5"].data_type == "s"
    assert sheet["A6"].value == "Thôn A"
    assert sheet["A7"].value == "Buôn Đôn"  # composed (NFC), as typed on Windows


def test_sheet_names_are_short_unique_and_legal() -> None:
    taken: set[str] = {"tổng hợp"}
    a = sheet_name(1, "Người bị bạo lực theo nhóm tuổi và giới tính", taken)
    b = sheet_name(2, "Người bị bạo lực theo nhóm tuổi và giới tính", taken)
    assert a == "1. Người bị bạo lực theo nhóm"
    assert b.startswith("2. ") and a != b
    c = sheet_name(3, "Kiểm tra: nội dung [a/b]*?", taken)
    assert len(c) <= 31 and not set("[]:*?/\\") & set(c)
    d = sheet_name(10, "Từ" * 40, taken)
    assert len(d) <= 31
    e = sheet_name(11, "", taken)
    assert e == "Biểu 11" or e.startswith("11")
    same = sheet_name(1, "Người bị bạo lực theo nhóm tuổi và giới tính", taken)
    assert same.casefold() != a.casefold() and len(same) <= 31


def test_a_missing_folder_is_a_clear_error_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "rut-usb" / "a.xlsx"
    with pytest.raises(WriteFailed):
        write_xlsx(sample_document(), target)
    assert list(tmp_path.iterdir()) == []
