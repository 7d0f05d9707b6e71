"""The drafted narrative: golden texts, the empty period, numbers and words."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from gbv_desktop.domain import demo
from gbv_desktop.domain.calendar import Period
from gbv_desktop.reports.figures import compute_figures
from gbv_desktop.reports.masking import mask_figures
from gbv_desktop.reports.model import DRAFTED_SECTIONS, SECTIONS
from gbv_desktop.reports.narrative import (
    draft_narrative,
    format_count,
    format_percent,
    format_vnd,
    group_thousands,
)
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore
from tests.reports.test_figures import TODAY, build_small, check_golden


def as_text(narrative: dict[str, str]) -> str:
    return "".join(f"[{code}]\n{text}\n\n" for code, text in narrative.items())


@pytest.fixture
def small(db: Database) -> Database:
    return build_small(db)


def test_every_section_drafted_or_left_to_the_officer(small: Database) -> None:
    narrative = draft_narrative(compute_figures(small, "half_year", 2025))
    assert list(narrative) == [code for code, _ in SECTIONS]
    for code, text in narrative.items():
        if code in DRAFTED_SECTIONS:
            assert text.strip(), code
            assert text == text.strip() and "\n\n\n" not in text
        else:
            assert text == "", code  # IV.2, IV.3, V, VI (and the headings II, IV)


def test_golden_half_year(small: Database) -> None:
    text = as_text(draft_narrative(compute_figures(small, "half_year", 2025)))
    check_golden("narrative_small_half_year.txt", text)
    # A few sentences checked by eye against the hand-counted figures:
    assert (
        "UBND phường đã chỉ đạo, phối hợp với các ban, ngành, đoàn thể tổ chức 04 hoạt động "
        "truyền thông" in text
    )
    assert "570 lượt người tham dự và tiếp cận" in text
    assert "nam giới chiếm 36% số lượt người tham dự có ghi giới tính" in text
    assert "nói chuyện chuyên đề 01 buổi với 50 lượt người tham dự" in text
    assert "04 vụ việc bạo lực trên cơ sở giới với 03 người bị bạo lực" in text
    assert "Kết quả: 1/3 người, đạt 33,3% – chưa đạt chỉ tiêu" in text
    assert "Kết quả: 2/3 vụ, đạt 66,6% – chưa đạt chỉ tiêu" in text
    assert "5.000.000 đồng" in text


def test_golden_phase(small: Database) -> None:
    text = as_text(draft_narrative(compute_figures(small, "phase", 2025)))
    check_golden("narrative_small_phase.txt", text)
    assert text.startswith(
        "[I]\nTrong giai đoạn 2021 – 2025 (từ ngày 1/1/2021 đến ngày 31/12/2025)"
    )
    assert "Số vụ việc qua các năm: năm 2021: không có vụ việc;" in text


def test_empty_period(make_db: Callable[..., Database]) -> None:
    database = make_db(level="commune", code="24121")
    narrative = draft_narrative(compute_figures(database, "half_year", 2025))
    check_golden("narrative_empty_half_year.txt", as_text(narrative))
    assert narrative["I"] == (
        "Trong kỳ báo cáo (từ ngày 15/12/2024 đến ngày 14/5/2025), trên địa bàn xã không "
        "phát sinh vụ việc bạo lực trên cơ sở giới."
    )
    assert narrative["II.1"].startswith(
        "Trong kỳ báo cáo, trên địa bàn xã không tổ chức hoạt động truyền thông nào"
    )
    assert "không tổ chức lớp tập huấn" in narrative["II.3"]
    assert "chưa huy động được nguồn lực" in narrative["II.4"]
    assert "không tiến hành cuộc kiểm tra, giám sát nào" in narrative["II.5"]
    assert narrative["III"] == "Chưa có số liệu về kinh phí thực hiện năm 2025."
    assert narrative["IV.1"].count("chưa có số liệu để đánh giá chỉ tiêu") == 2
    for text in narrative.values():
        assert not re.search(r"\b0\d? (vụ|người|buổi|lớp|lượt)", text), text  # zero in words


def test_level_words(make_db: Callable[..., Database]) -> None:
    for level, code, words in (
        ("ward", "24133", ("UBND phường", "trên địa bàn phường")),
        ("commune", "24121", ("UBND xã", "trên địa bàn xã")),
        ("city", "66", ("UBND thành phố", "trên địa bàn thành phố")),
    ):
        database = make_db(f"{level}.db", level=level, code=code)
        build_small(database)
        text = as_text(draft_narrative(compute_figures(database, "half_year", 2025)))
        for word in words:
            assert word in text, (level, word)
        others = {"phường", "xã", "thành phố"} - {words[0].removeprefix("UBND ")}
        for other in others:
            assert f"UBND {other}" not in text and f"trên địa bàn {other}" not in text


def test_indicator_met_and_not_met(small: Database) -> None:
    programme = small.programme
    programme.target_i1_percent = Decimal("33.3")
    small.set_programme(programme)
    text = draft_narrative(compute_figures(small, "half_year", 2025))["IV.1"]
    assert "Chỉ tiêu 1: ít nhất 33,3% người bị bạo lực" in text
    assert "đạt 33,3% – đạt chỉ tiêu (chỉ tiêu kế hoạch: 33,3%)" in text
    assert "Chỉ tiêu 2: 100% vụ việc" in text and "chưa đạt chỉ tiêu" in text
    # Only the 14th of May: one case, without needs, and no provider's service by then.
    f = compute_figures(small, "ad_hoc", 2025, Period(date(2025, 5, 14), date(2025, 5, 14)))
    text = draft_narrative(f)["IV.1"]
    assert "Kết quả: 0/1 người, đạt 0% – chưa đạt chỉ tiêu" in text
    assert "trong kỳ không có vụ việc có nhu cầu hỗ trợ, chưa có số liệu để đánh giá" in text


def test_numbers_as_letters_write_them() -> None:
    assert group_thousands(1234567) == "1.234.567"
    assert group_thousands(999) == "999"
    assert format_count(5) == "05"
    assert format_count(12) == "12"
    assert format_count(0) == "0"
    assert format_count(12345) == "12.345"
    assert format_count(None) == "một số"
    assert format_vnd(1_234_567) == "1.234.567 đồng"
    assert format_percent(38.5) == "38,5%"
    assert format_percent(38.0) == "38%"
    assert format_percent(Decimal("62.5")) == "62,5%"
    assert format_percent(100) == "100%"
    assert format_percent(7.25) == "7,3%"


def test_demo_ward_text_is_well_formed(make_db: Callable[..., Database]) -> None:
    database = make_db()
    RecordStore(database).save_many(demo.generate(seed=7, end=date(2025, 12, 31)), today=TODAY)
    for kind, year in (("half_year", 2025), ("annual", 2025), ("phase", 2025)):
        f = compute_figures(database, kind, year)
        first, second = draft_narrative(f), draft_narrative(f)
        assert first == second  # deterministic
        text = as_text(first)
        assert not re.search(r"\d,\d{3}(?!\d)", text)  # thousands grouped with "."
        assert not re.search(r"\d\.\d%", text)  # decimal comma in percentages
        assert "None" not in text and "  " not in text and " ," not in text and ".." not in text
        assert not re.search(r"\b[A-Za-z]+_[a-z]+", text)  # no code leaked as a word
        for code in DRAFTED_SECTIONS:
            assert first[code].endswith("."), (kind, code)


def test_masked_copy_says_some_not_a_number(small: Database) -> None:
    masked = mask_figures(compute_figures(small, "half_year", 2025))
    narrative = draft_narrative(masked)
    text = as_text(narrative)
    assert narrative["I"].startswith("Bản báo cáo này được chia sẻ ra ngoài cơ quan nhà nước")
    assert "một số vụ việc bạo lực trên cơ sở giới" in text
    assert "dưới 5" not in text and "None" not in text
    assert "(số liệu nhỏ được ẩn trong bản chia sẻ)" in narrative["IV.1"]
    # The hand-counted small numbers (4 cases, 3 survivors) appear nowhere as counts.
    assert not re.search(r"\b0[1-4] (vụ|người)\b", text), text
