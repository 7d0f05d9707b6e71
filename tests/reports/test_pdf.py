"""The official letter as PDF: the shared letter text, the font, and the file itself.

The PDF is checked the way a reader meets it: poppler's `pdftotext`, `pdfinfo` and
`pdffonts` (package poppler-utils) read the real file; nothing is mocked.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import textwrap
import unicodedata
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from gbv_desktop.domain.indicators import Indicator
from gbv_desktop.domain.messages import KnownError
from gbv_desktop.domain.profile import Signatory
from gbv_desktop.reports import fonts
from gbv_desktop.reports import letter as L
from gbv_desktop.reports.model import ReportDocument, Table
from gbv_desktop.reports.pdf import render_pdf, write_pdf
from gbv_desktop.resources import resource_path
from gbv_desktop.storage.errors import StorageError, WriteFailed
from tests.reports.sample import NARRATIVE_SENTENCE, SUBJECT, empty_document, sample_document

REPO = Path(__file__).resolve().parents[2]
A4 = (595.276, 841.89)


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=60).stdout


def _text(path: Path, first: int | None = None, last: int | None = None) -> str:
    pages = [] if first is None else ["-f", str(first), "-l", str(last or first)]
    return _run("pdftotext", "-enc", "UTF-8", *pages, str(path), "-")


def _flat(text: str) -> str:
    return " ".join(text.split())


def _page_sizes(path: Path) -> list[tuple[float, float]]:
    info = _run("pdfinfo", "-f", "1", "-l", "999", str(path))
    return [
        (float(w), float(h))
        for w, h in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info, re.M)
    ]


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "bao-cao.pdf"
    write_pdf(sample_document(), path)
    return path


# --- the letter's text, shared by the PDF and the DOCX --------------------------------


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 5, 10), "Tân Lợi, ngày 10 tháng 5 năm 2025"),
        (date(2025, 1, 5), "Tân Lợi, ngày 05 tháng 01 năm 2025"),
        (date(2025, 2, 28), "Tân Lợi, ngày 28 tháng 02 năm 2025"),
        (date(2025, 11, 9), "Tân Lợi, ngày 09 tháng 11 năm 2025"),
        (date(2025, 3, 1), "Tân Lợi, ngày 01 tháng 3 năm 2025"),
    ],
)
def test_date_line_follows_decree_30_leading_zeros(day: date, expected: str) -> None:
    assert L.date_line("Tân Lợi", day) == expected


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("12/BC-UBND", "Số: 12/BC-UBND"),
        ("5/BC-UBND", "Số: 05/BC-UBND"),
        ("7", "Số: 07/BC-UBND"),
        (" 12 / BC-UBND ", "Số: 12/BC-UBND"),
        ("", "Số:" + L.BLANK_NUMBER + "/BC-UBND"),
    ],
)
def test_number_line(number: str, expected: str) -> None:
    assert L.number_line(number, "BC-UBND") == expected


def test_cells_use_vietnamese_number_conventions() -> None:
    assert L.format_cell(1032, masked=False) == "1.032"
    assert L.format_cell(45_600_000, masked=False) == "45.600.000"
    assert L.format_cell(38.0, masked=False) == "38,0"
    assert L.format_cell(1234.56, masked=False) == "1.234,6"
    assert L.format_cell(None, masked=False) == "–"
    assert L.format_cell(None, masked=True) == "<5"
    assert L.format_cell(0, masked=True) == "0"
    assert L.format_cell("Đạt", masked=False) == "Đạt"


def test_percentages_are_cut_not_rounded_up_to_a_target() -> None:
    assert L.percent_text(Fraction(7, 11) * 100) == "63,6%"
    assert L.percent_text(Fraction(19999, 200)) == "99,9%"  # 99.995% is not 100%
    assert L.percent_text(Decimal(60)) == "60%"
    assert L.percent_text(None) == "chưa có số liệu"


def test_lists_end_with_a_full_stop_and_distribution_with_the_archive_line() -> None:
    assert L.distribution_lines(["Như trên", "- Hội LHPN phường;"]) == [
        "- Như trên;",
        "- Hội LHPN phường;",
        "- Lưu: VT.",
    ]
    assert L.distribution_lines([]) == ["- Như trên;", "- Lưu: VT."]
    assert L.recipient_lines(["Phòng LĐTBXH thành phố"]) == ["Phòng LĐTBXH thành phố"]
    assert L.recipient_lines(["A", "B"]) == ["- A;", "- B."]


def test_long_header_lines_are_broken_evenly() -> None:
    doc = L.build(sample_document())
    assert doc.parent_body == ["UBND THÀNH PHỐ", "BUÔN MA THUỘT"]
    assert doc.issuing_body == ["ỦY BAN NHÂN DÂN", "PHƯỜNG TÂN LỢI"]
    assert " ".join(doc.subject_lines) == SUBJECT


def test_empty_sections_are_left_out_and_headings_renumbered() -> None:
    document = sample_document()
    for code in ("III", "IV", "IV.1", "IV.2", "II.2"):
        document.narrative[code] = ""
    headings = [b.text for b in L.build(document).body if b.kind != "text"]
    assert headings[:7] == [
        "I. TÌNH HÌNH BẠO LỰC TRÊN CƠ SỞ GIỚI TRÊN ĐỊA BÀN",
        "II. KẾT QUẢ THỰC HIỆN",
        "1. Công tác truyền thông, nâng cao nhận thức",
        "2. Tập huấn, nâng cao năng lực",
        "3. Huy động nguồn lực",
        "4. Kiểm tra, giám sát và xử lý vi phạm",
        "III. ĐÁNH GIÁ CHUNG",
    ]
    assert headings[7:] == [
        "1. Khó khăn, hạn chế và nguyên nhân",
        "IV. NHIỆM VỤ TRỌNG TÂM THỜI GIAN TỚI",
        "V. ĐỀ XUẤT, KIẾN NGHỊ",
    ]


def test_defaults_when_the_officer_left_details_empty() -> None:
    document = empty_document()
    document.figures.unit.signatory = Signatory("Trần Văn Bình", "CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN")
    doc = L.build(document)
    assert doc.subject.startswith("Kết quả thực hiện Chương trình phòng ngừa")
    assert doc.subject.endswith("6 tháng đầu năm 2025")
    assert doc.recipients == [document.figures.unit.recipient]
    assert doc.authority == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"]
    assert doc.signatory_name == "Trần Văn Bình"
    assert doc.distribution[-1] == "- Lưu: VT."
    assert doc.empty_annex and not doc.tables
    assert [i.achieved_text for i in doc.indicators] == ["chưa có số liệu"] * 2


def test_wide_tables_go_landscape_and_narrow_ones_fill_the_portrait_width() -> None:
    doc = L.build(sample_document())

    def measure(t: str, size: float, bold: bool) -> float:
        return fonts.text_width(t, size, bold=bold)

    plans = {t.code: L.plan_table(t, measure) for t in doc.tables}
    assert plans["services_by_kind"].landscape
    assert not plans["cases_by_type"].landscape
    for plan in plans.values():
        assert sum(plan.widths) == pytest.approx(L.frame_width(plan.landscape))
        assert min(plan.widths) > 30


# --- the font -------------------------------------------------------------------------


def test_the_bundled_font_and_its_licence_are_there() -> None:
    bundled = fonts.bundled_fonts()
    assert bundled.family == "Liberation Serif" and bundled.bundled
    for path in bundled.paths:
        assert path.is_file() and path.stat().st_size > 100_000
    licence = resource_path("fonts", "OFL.txt").read_text("utf-8")
    assert "SIL Open Font License" in licence and "Version 1.1" in licence
    assert "Red Hat" in licence


def test_without_a_system_times_new_roman_the_bundled_font_is_used() -> None:
    assert fonts.find_times([]) == fonts.bundled_fonts()


def test_a_system_times_new_roman_is_preferred(tmp_path: Path) -> None:
    bundled = fonts.bundled_fonts()
    for name, source in zip(
        ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"), bundled.paths, strict=True
    ):
        shutil.copy(source, tmp_path / name)
    found = fonts.find_times([tmp_path / "missing", tmp_path])
    assert found.family == "Times New Roman" and not found.bundled
    assert found.bold == tmp_path / "timesbd.ttf"
    (tmp_path / "timesbi.ttf").unlink()  # an incomplete family is not used
    assert fonts.find_times([tmp_path]).bundled


def test_every_vietnamese_letter_and_the_whole_report_are_covered() -> None:
    text = L.build(sample_document(masked=True)).all_text() + fonts.VIETNAMESE_LETTERS
    assert len(fonts.VIETNAMESE_LETTERS) == 178
    for font in (fonts.find_times(), fonts.bundled_fonts()):
        for path in font.paths:
            assert fonts.missing_characters(text, path) == set(), path
    assert fonts.missing_characters("Độc lập 中", fonts.bundled_fonts().regular) == {"中"}


def test_text_the_font_cannot_print_is_refused_with_a_clear_message() -> None:
    document = sample_document()
    document.narrative["VI"] = "Đề nghị hỗ trợ 中文 ✓"
    with pytest.raises(KnownError) as excinfo:
        render_pdf(document)
    assert excinfo.value.message.context == "Reports"
    assert "中" in str(excinfo.value) and "✓" in str(excinfo.value)


# --- the PDF file ---------------------------------------------------------------------


def test_the_vietnamese_text_extracts_exactly(sample_pdf: Path) -> None:
    text = _text(sample_pdf)
    assert unicodedata.is_normalized("NFC", text)
    flat = _flat(text)
    for phrase in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN PHƯỜNG TÂN LỢI",
        "Số: 12/BC-UBND",
        "Tân Lợi, ngày 10 tháng 5 năm 2025",
        "BÁO CÁO",
        SUBJECT,
        "Kính gửi: Phòng Lao động – Thương binh và Xã hội thành phố Buôn Ma Thuột",
        NARRATIVE_SENTENCE,
        "I. TÌNH HÌNH BẠO LỰC TRÊN CƠ SỞ GIỚI TRÊN ĐỊA BÀN",
        "5. Kiểm tra, giám sát và xử lý vi phạm",
        "của Ủy ban nhân dân phường Tân Lợi. Số liệu chi tiết tại Phụ lục kèm theo./.",
        "Nơi nhận:",
        "- Lưu: VT, VHXH.",
        "KT. CHỦ TỊCH PHÓ CHỦ TỊCH",
        "Nguyễn Thị Hồng Nhung",
        "PHỤ LỤC",
        "(Kèm theo Báo cáo số 12/BC-UBND ngày 10/5/2025 của Ủy ban nhân dân phường Tân Lợi)",
        "Biểu 3. Hoạt động truyền thông theo hình thức",
        "(Đơn vị tính: buổi; lượt người)",
        "63,6% (7/11 người)",
        "90% (9/10 trường hợp)",
        "Đánh giá: Chưa đạt chỉ tiêu.",
    ):
        assert phrase in flat, phrase
    for cell in ("1.032", "2.914", "38,0", "45.600.000", "100,0", "–"):
        assert cell in text.split(), cell


def test_pages_are_a4_with_landscape_pages_only_for_wide_tables(sample_pdf: Path) -> None:
    sizes = _page_sizes(sample_pdf)
    assert len(sizes) >= 5
    assert sizes[0] == pytest.approx(A4, abs=0.01)
    assert all(
        s == pytest.approx(A4, abs=0.01) or s == pytest.approx(A4[::-1], abs=0.01) for s in sizes
    )
    landscape = [n for n, s in enumerate(sizes, start=1) if s[0] > s[1]]
    assert landscape, "the 9-column table should be on a landscape page"
    assert "Biểu 5." in _text(sample_pdf, landscape[0])


def test_fonts_are_embedded_subsets_with_unicode_maps(sample_pdf: Path) -> None:
    lines = _run("pdffonts", str(sample_pdf)).splitlines()[2:]
    assert len(lines) == 4  # regular, bold, italic, bold italic; nothing else
    for line in lines:
        name, *_, emb, sub, uni, _obj, _gen = line.split()
        assert (emb, sub, uni) == ("yes", "yes", "yes"), line
        assert re.fullmatch(r"[A-Z]{6}\+(LiberationSerif|TimesNewRoman\w*)(-\w+)?", name), name


def test_page_numbers_from_page_two_in_the_top_margin(sample_pdf: Path) -> None:
    pages = len(_page_sizes(sample_pdf))
    first = _text(sample_pdf, 1).split()
    assert first[0] != "1"
    for n in range(2, pages + 1):
        layout = _run("pdftotext", "-layout", "-f", str(n), "-l", str(n), str(sample_pdf), "-")
        top = next(line for line in layout.splitlines() if line.strip())
        assert top.strip() == str(n), (n, top)


def test_the_metadata_names_the_report(sample_pdf: Path) -> None:
    info = _run("pdfinfo", str(sample_pdf))
    assert "Title:           BÁO CÁO 12/BC-UBND – Kết quả thực hiện" in info
    assert "Author:          ỦY BAN NHÂN DÂN PHƯỜNG TÂN LỢI" in info


def test_a_long_table_repeats_its_header_on_the_next_page(tmp_path: Path) -> None:
    document = sample_document()
    rows: list[list[object]] = [[f"Tổ dân phố số {k}", k, k * 10] for k in range(1, 80)]
    document.figures.tables = [
        Table(
            "by_hamlet",
            "Hoạt động theo tổ dân phố",
            ["Tổ dân phố", "Số buổi", "Lượt người tham dự"],
            rows,
        )  # type: ignore[arg-type]
    ]
    path = tmp_path / "long.pdf"
    write_pdf(document, path)
    pages = len(_page_sizes(path))
    tail = [_flat(_text(path, n)) for n in range(pages - 1, pages + 1)]
    for page in tail:
        assert "Tổ dân phố Số buổi Lượt người tham dự" in page
    assert "Tổ dân phố số 79 79 790" in tail[-1]


def _words(path: Path, page: int) -> list[tuple[str, float, float]]:
    """(word, left, right) of every word on `page`, in points, as poppler places them."""
    html = _run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-")
    return [
        (word, float(x0), float(x1))
        for x0, x1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
            html,
        )
    ]


def test_long_cell_texts_wrap_inside_their_column(tmp_path: Path) -> None:
    # Broken into lines at spaces, as plain text; a word longer than its column is cut.
    label = "Nhóm hoạt động có tên rất dài được ghi lại để kiểm tra việc xuống dòng trong ô"
    word = "Khôngcókhoảngtrắngnàocả" * 3
    document = sample_document()
    document.figures.tables = [
        Table("long_labels", "Nhãn dài", ["Nhóm", "Ghi chú", "Số buổi"],
              [[label, "ngắn", 1], [word, label, 2]])  # type: ignore[list-item]
    ]  # fmt: skip
    letter = L.build(document)
    plan = letter.plans[0]
    path = tmp_path / "long.pdf"
    write_pdf(document, path, letter)
    page = len(_page_sizes(path))
    left = L.MARGIN_LEFT_MM * L.MM
    edges = [left + sum(plan.widths[: j + 1]) for j in range(len(plan.widths))]
    words = _words(path, page)
    shown = [w for w, _, _ in words]
    assert all(shown.count(w) >= 2 for w in label.split())  # both cells, every word
    assert {"ngắn", "1", "2"} <= set(shown)
    cut = [w for w, x0, _ in words if "Khôngcó" in w or "trắng" in w]
    assert "".join(cut) == word and len(cut) > 1, cut  # cut into lines, nothing lost
    for w, x0, x1 in words:
        if w in label.split() or w in cut:
            column = next(j for j, edge in enumerate(edges) if x0 < edge)
            assert x1 <= edges[column] - L.CELL_PAD + 0.5, (w, x1, edges)


def test_a_masked_copy_shows_small_counts_as_under_five(tmp_path: Path) -> None:
    path = tmp_path / "masked.pdf"
    write_pdf(sample_document(masked=True), path)
    text = _text(path)
    assert "<5" in text.split()
    assert "“<5”" in _flat(text)  # the note explaining it


def test_a_period_without_records_still_makes_a_correct_letter(tmp_path: Path) -> None:
    path = tmp_path / "empty.pdf"
    document = empty_document()
    document.letter.issued_on = date(2025, 5, 12)
    write_pdf(document, path)
    flat = _flat(_text(path))
    assert "Trong kỳ báo cáo, trên địa bàn phường không phát sinh số liệu." in flat
    assert "Trong kỳ báo cáo không phát sinh số liệu." in flat
    assert flat.count("chưa có số liệu") == 2
    assert "Biểu 1." not in flat
    assert "VI. ĐỀ XUẤT" not in flat  # empty sections are left out


def test_indicators_without_data_and_targets_met_exactly(tmp_path: Path) -> None:
    document = sample_document()
    document.figures.indicators = [
        Indicator("I1", 6, 10, Decimal(60)),
        Indicator("I2", 0, 0, Decimal(100)),
    ]
    flat = _flat(_text_of(document, tmp_path))
    assert "60% (6/10 người)" in flat and "Đánh giá: Đạt chỉ tiêu." in flat
    assert "Đánh giá: Chưa có số liệu." in flat


def _text_of(document: ReportDocument, tmp_path: Path) -> str:
    path = tmp_path / "x.pdf"
    write_pdf(document, path)
    return _text(path)


# --- bad output folders -----------------------------------------------------------------


def test_a_folder_that_is_a_file_gives_a_storage_error_and_no_file(tmp_path: Path) -> None:
    blocker = tmp_path / "file.txt"
    blocker.write_text("not a folder")
    with pytest.raises(WriteFailed) as excinfo:
        write_pdf(sample_document(), blocker / "bao-cao.pdf")
    assert "bao-cao.pdf" in str(excinfo.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file.txt"]


def test_a_missing_folder_gives_a_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        write_pdf(sample_document(), tmp_path / "usb-removed" / "bao-cao.pdf")
    assert list(tmp_path.iterdir()) == []


def test_an_existing_report_is_replaced_whole(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.pdf"
    path.write_bytes(b"old")
    digest = write_pdf(sample_document(), path)
    assert path.read_bytes().startswith(b"%PDF-") and len(digest) == 64
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.pdf"]


CHILD = textwrap.dedent(
    """
    import json, resource, signal, sys
    from pathlib import Path

    from gbv_desktop.reports.pdf import render_pdf, write_pdf
    from gbv_desktop.storage.errors import DiskFull
    from tests.reports.sample import sample_document

    target, limit = Path(sys.argv[1]), int(sys.argv[2])
    document = sample_document()
    render_pdf(document)  # fonts loaded before the limit
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    try:
        write_pdf(document, target)
    except DiskFull as exc:
        print(json.dumps({"error": "DiskFull", "message": str(exc)}))
    except BaseException as exc:
        print(json.dumps({"error": type(exc).__name__, "message": str(exc)}))
    else:
        print(json.dumps({"error": None}))
    """
)


def test_a_full_disk_keeps_the_old_report(tmp_path: Path) -> None:
    target = tmp_path / "bao-cao.pdf"
    target.write_bytes(b"the old report")
    env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(target), str(32 * 1024)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["error"] == "DiskFull", outcome
    assert target.read_bytes() == b"the old report"
    assert [p.name for p in tmp_path.iterdir()] == ["bao-cao.pdf"]


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Phường Tân Lợi, 6 tháng", "Phường Tân Lợi, 6 tháng"),  # printable: as it is
        (unicodedata.normalize("NFD", "Tân Lợi"), "Tân Lợi"),  # decomposed accents: precomposed
        ("a\x00b\u200bc\u202ed\x7f", "abcd"),  # control, zero-width and direction marks go
        ("dòng 1\r\ndòng 2\rdòng 3\tcột", "dòng 1\ndòng 2\ndòng 3 cột"),
        ("dòng 1\ndòng\x1b 2", "dòng 1\ndòng 2"),  # line breaks stay, controls go
        ("dòng 1\n\u00a0thụt\u2028", "dòng 1\n\u00a0thụt\u2028"),  # separators stay
        ("riêng \ue000 tư", "riêng  tư"),  # a private-use character cannot be printed
        ("", ""),
    ],
)
def test_letter_texts_are_cleaned_of_what_cannot_be_printed(given: str, expected: str) -> None:
    assert L.clean(given) == expected
