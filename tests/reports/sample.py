"""A hand-built report for the writers' tests: several tables, both indicators, text in
every section. Built from the model classes directly (not from figures.py), so the
writers can be tested on their own; other writers' tests may import it."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from gbv_desktop.domain.calendar import Period
from gbv_desktop.domain.indicators import Indicator
from gbv_desktop.domain.profile import Programme, Signatory, UnitProfile
from gbv_desktop.reports.model import (
    SECTIONS,
    Figures,
    LetterDetails,
    ReportDocument,
    Table,
)

SUBJECT = (
    "Kết quả thực hiện Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới "
    "6 tháng đầu năm 2025"
)
NARRATIVE_SENTENCE = (
    "Trong kỳ, phường đã tổ chức 12 buổi nói chuyện chuyên đề với 850 lượt người tham dự, "
    "trong đó nam giới chiếm 38%."
)

NARRATIVE: dict[str, str] = {
    "I": (
        "Trong 6 tháng đầu năm 2025, trên địa bàn phường đã phát hiện và tiếp nhận 11 vụ "
        "bạo lực trên cơ sở giới, giảm 3 vụ so với cùng kỳ năm 2024. Bạo lực tinh thần "
        "chiếm tỷ lệ cao nhất (6 vụ), tiếp đến là bạo lực thể chất (4 vụ) và bạo lực kinh "
        "tế (1 vụ); không có vụ bạo lực tình dục.\n\n"
        "Người bị bạo lực chủ yếu là phụ nữ trong độ tuổi từ 16 đến 59 tuổi (9 người); có "
        "01 trường hợp là trẻ em dưới 16 tuổi và 01 trường hợp là người cao tuổi."
    ),
    "II": "Ủy ban nhân dân phường đã chỉ đạo các ban, ngành, đoàn thể triển khai đồng bộ "
    "các nhiệm vụ của Kế hoạch, cụ thể như sau:",
    "II.1": (
        NARRATIVE_SENTENCE + " Hội Liên hiệp Phụ nữ phường phối hợp với Trường THCS Tân "
        "Lợi tổ chức 03 buổi sinh hoạt ngoại khóa về phòng, chống xâm hại và bạo lực học "
        "đường cho 420 lượt học sinh.\n\n"
        "Hệ thống loa truyền thanh của phường và các tổ dân phố phát 48 tin, bài về bình "
        "đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới; cấp phát 1.250 tờ "
        "rơi, tài liệu cho người dân.\n\n"
        "- Nhân Tháng hành động quốc gia về phòng, chống bạo lực gia đình, phường tổ chức "
        "01 buổi mít tinh với 300 người tham dự;\n"
        "- Đoàn Thanh niên thực hiện 02 cuộc thi trực tuyến với 1.032 lượt đoàn viên tham gia."
    ),
    "II.2": (
        "Duy trì hoạt động của 02 địa chỉ tin cậy – nhà tạm lánh cộng đồng và 04 câu lạc "
        "bộ phòng ngừa, giảm thiểu nguy cơ bạo lực trên cơ sở giới; thành lập mới 01 điểm "
        "tư vấn, tham vấn tại Trạm Y tế phường.\n\n"
        "Trong kỳ, 7/11 người bị bạo lực được trợ giúp từ cơ sở cung cấp dịch vụ (63,6%); "
        "9/10 trường hợp có nhu cầu được trợ giúp đầy đủ (90%). Địa chỉ tin cậy đã tiếp "
        "nhận 02 lượt người đến tạm lánh với tổng số 5 ngày."
    ),
    "II.3": (
        "Phối hợp với Phòng Lao động – Thương binh và Xã hội thành phố tổ chức 02 lớp tập "
        "huấn cho 86 lượt cán bộ, cộng tác viên và thành viên địa chỉ tin cậy về kỹ năng "
        "tiếp nhận, hỗ trợ người bị bạo lực."
    ),
    "II.4": (
        "Vận động các doanh nghiệp và nhà hảo tâm hỗ trợ 12.500.000 đồng và 30 suất quà "
        "cho phụ nữ, trẻ em có hoàn cảnh khó khăn, người bị bạo lực."
    ),
    "II.5": (
        "Tổ chức 01 đợt kiểm tra việc thực hiện Kế hoạch tại 5/12 tổ dân phố. Các trường "
        "hợp gây bạo lực đều được xử lý: 05 trường hợp góp ý, phê bình tại cộng đồng dân "
        "cư, 03 trường hợp được giáo dục, tư vấn, 02 trường hợp bị xử phạt vi phạm hành "
        "chính và 01 trường hợp bị truy cứu trách nhiệm hình sự."
    ),
    "III": (
        "Tổng kinh phí thực hiện trong kỳ là 45.600.000 đồng, trong đó ngân sách phường "
        "30.000.000 đồng, nguồn xã hội hóa 15.600.000 đồng."
    ),
    "IV": "",
    "IV.1": (
        "Chỉ tiêu 1 (tối thiểu 60% người bị bạo lực trên cơ sở giới được trợ giúp từ cơ "
        "sở cung cấp dịch vụ): đạt 63,6%, vượt chỉ tiêu.\n\n"
        "Chỉ tiêu 2 (100% trường hợp có nhu cầu được trợ giúp): đạt 90%, chưa đạt chỉ tiêu "
        "do 01 trường hợp chưa được hỗ trợ sinh kế."
    ),
    "IV.2": (
        "Công tác truyền thông được triển khai đa dạng, phù hợp với từng nhóm đối tượng; "
        "sự phối hợp giữa các ban, ngành, đoàn thể ngày càng chặt chẽ, kịp thời."
    ),
    "IV.3": (
        "Một số người bị bạo lực còn tâm lý ngại chia sẻ, không muốn trình báo; kinh phí "
        "bố trí cho hoạt động còn hạn chế; đội ngũ cộng tác viên thường xuyên thay đổi, "
        "kỹ năng hỗ trợ chưa đồng đều."
    ),
    "V": (
        "- Tiếp tục đẩy mạnh truyền thông nâng cao nhận thức, chú trọng nhóm nam giới và "
        "đồng bào dân tộc thiểu số;\n"
        "- Duy trì, nâng cao chất lượng hoạt động của địa chỉ tin cậy và các câu lạc bộ;\n"
        "- Tổ chức các hoạt động hưởng ứng Tháng hành động vì bình đẳng giới và phòng "
        "ngừa, ứng phó với bạo lực trên cơ sở giới năm 2025."
    ),
    "VI": (
        "Đề nghị Phòng Lao động – Thương binh và Xã hội thành phố tiếp tục tổ chức tập huấn "
        "nâng cao kỹ năng cho đội ngũ cộng tác viên và hỗ trợ kinh phí duy trì địa chỉ tin cậy."
    ),
}


def unit() -> UnitProfile:
    return UnitProfile(
        name="Phường Tân Lợi",
        level="ward",
        code="24133",
        place_name="Tân Lợi",
        parent_body="UBND THÀNH PHỐ BUÔN MA THUỘT",
        issuing_body="ỦY BAN NHÂN DÂN PHƯỜNG TÂN LỢI",
        document_symbol="BC-UBND",
        recipient="Phòng Lao động – Thương binh và Xã hội thành phố Buôn Ma Thuột",
        signatory=Signatory(
            name="Nguyễn Thị Hồng Nhung", title="PHÓ CHỦ TỊCH", authority="KT. CHỦ TỊCH"
        ),
    )


def tables() -> list[Table]:
    return [
        Table(
            "cases_by_type",
            "Số vụ bạo lực trên cơ sở giới theo hình thức bạo lực",
            ["Hình thức bạo lực", "Số vụ", "Trong đó: bạo lực gia đình"],
            [
                ["Bạo lực thể chất", 4, 3],
                ["Bạo lực tinh thần", 6, 6],
                ["Bạo lực tình dục", 0, 0],
                ["Bạo lực kinh tế", 1, 1],
                ["Tổng số vụ", 11, 10],
            ],
            section="I",
            unit_note="Đơn vị tính: vụ",
            has_total_row=True,
        ),
        Table(
            "survivors_by_sex_age",
            "Người bị bạo lực theo giới tính và nhóm tuổi",
            ["Giới tính", "Dưới 16 tuổi", "Từ 16 đến 59 tuổi", "Từ 60 tuổi trở lên", "Tổng số"],
            [
                ["Nữ", 1, 8, 1, 10],
                ["Nam", 0, 1, 0, 1],
                ["Tổng số", 1, 9, 1, 11],
            ],
            section="I",
            unit_note="Đơn vị tính: người",
            has_total_row=True,
        ),
        Table(
            "activities_by_form",
            "Hoạt động truyền thông theo hình thức",
            ["Hình thức", "Số buổi", "Lượt người tham dự", "Trong đó: nữ", "Tỷ lệ nam giới (%)"],
            [
                ["Nói chuyện chuyên đề", 12, 850, 527, 38.0],
                ["Sinh hoạt câu lạc bộ", 9, 312, 251, 19.6],
                ["Tọa đàm, giao lưu", 3, 420, 230, 45.2],
                ["Mít tinh", 1, 300, 160, 46.7],
                ["Phát thanh, loa truyền thanh", 48, None, None, None],
                ["Trực tuyến, mạng xã hội", 2, 1032, 590, 42.8],
                ["Tổng số", 75, 2914, 1758, 39.7],
            ],
            section="II.1",
            unit_note="Đơn vị tính: buổi; lượt người",
            has_total_row=True,
        ),
        Table(
            "models_by_type",
            "Mô hình, cơ sở cung cấp dịch vụ theo loại",
            ["Loại mô hình", "Đang hoạt động", "Thành lập mới trong kỳ"],
            [
                ["Địa chỉ tin cậy – nhà tạm lánh cộng đồng", 2, 0],
                ["Câu lạc bộ phòng ngừa, giảm thiểu nguy cơ bạo lực trên cơ sở giới", 4, 0],
                ["Điểm tư vấn, tham vấn", 1, 1],
                ["Tổng số", 7, 1],
            ],
            section="II.2",
            unit_note="Đơn vị tính: mô hình",
            has_total_row=True,
        ),
        Table(
            "services_by_kind",
            "Dịch vụ hỗ trợ người bị bạo lực theo loại và nơi cung cấp",
            [
                "Loại dịch vụ",
                "Cơ sở y tế",
                "Công an",
                "Trợ giúp pháp lý, tư pháp",
                "Địa chỉ tin cậy – nhà tạm lánh",
                "UBND phường, xã",
                "Đoàn thể (Hội LHPN, MTTQ...)",
                "Gia đình, cộng đồng",
                "Tổng số",
            ],
            [
                ["Chăm sóc y tế", 4, 0, 0, 0, 0, 0, 0, 4],
                ["Tư vấn, tham vấn tâm lý", 0, 0, 0, 2, 1, 5, 2, 10],
                ["Tư vấn pháp luật, trợ giúp pháp lý", 0, 1, 3, 0, 1, 0, 0, 5],
                ["Tạm lánh", 0, 0, 0, 2, 0, 0, 0, 2],
                ["Hỗ trợ kinh tế, sinh kế", 0, 0, 0, 0, 0, 1, 0, 1],
                ["Tổng số", 4, 1, 3, 4, 2, 6, 2, 22],
            ],
            section="II.2",
            unit_note="Đơn vị tính: lượt",
            has_total_row=True,
        ),
        Table(
            "trainings_by_role",
            "Tập huấn, nâng cao năng lực theo đối tượng",
            ["Đối tượng", "Số lớp", "Nam", "Nữ", "Tổng số"],
            [
                ["Cán bộ, công chức", 1, 8, 12, 20],
                ["Cộng tác viên", 1, 10, 31, 41],
                ["Thành viên địa chỉ tin cậy", 1, 5, 20, 25],
                ["Tổng số", 2, 23, 63, 86],
            ],
            section="II.3",
            unit_note="Đơn vị tính: lớp; lượt người",
            has_total_row=True,
        ),
        Table(
            "perpetrators_by_measure",
            "Người gây bạo lực theo giới tính và hình thức xử lý",
            [
                "Giới tính",
                "Góp ý, phê bình tại cộng đồng dân cư",
                "Cấm tiếp xúc",
                "Giáo dục, tư vấn",
                "Xử phạt vi phạm hành chính",
                "Truy cứu trách nhiệm hình sự",
                "Chưa xử lý",
                "Tổng số",
            ],
            [
                ["Nam", 5, 0, 2, 2, 1, 0, 10],
                ["Nữ", 0, 0, 1, 0, 0, 0, 1],
                ["Tổng số", 5, 0, 3, 2, 1, 0, 11],
            ],
            section="II.5",
            unit_note="Đơn vị tính: người",
            has_total_row=True,
        ),
        Table(
            "funding_by_source",
            "Kinh phí thực hiện theo nguồn",
            ["Nguồn kinh phí", "Kinh phí (đồng)", "Tỷ lệ (%)"],
            [
                ["Ngân sách phường, xã", 30_000_000, 65.8],
                ["Nguồn xã hội hóa", 15_600_000, 34.2],
                ["Tổng số", 45_600_000, 100.0],
            ],
            section="III",
            unit_note="Đơn vị tính: đồng",
            has_total_row=True,
        ),
        Table(
            "indicators",
            "Kết quả thực hiện các chỉ tiêu",
            ["Chỉ tiêu", "Tử số", "Mẫu số", "Kết quả (%)", "Chỉ tiêu kế hoạch (%)", "Đánh giá"],
            [
                [
                    "Người bị bạo lực được trợ giúp từ cơ sở cung cấp dịch vụ",
                    7,
                    11,
                    63.6,
                    60.0,
                    "Đạt",
                ],
                ["Trường hợp có nhu cầu được trợ giúp", 9, 10, 90.0, 100.0, "Chưa đạt"],
            ],
            section="IV.1",
        ),
    ]


def figures(masked: bool = False, extra_tables: int = 0) -> Figures:
    all_tables = tables()
    base = list(all_tables)
    for k in range(extra_tables):
        t = base[k % len(base)]
        all_tables.append(
            Table(
                f"{t.code}_{k}",
                f"{t.title} (bản {k + 1})",
                list(t.columns),
                [list(r) for r in t.rows],
                t.section,
                t.unit_note,
                t.has_total_row,
            )
        )
    return Figures(
        unit=unit(),
        programme=Programme(),
        kind="half_year",
        year=2025,
        period=Period(date(2024, 12, 15), date(2025, 5, 14)),
        values={
            "activities.count": 75,
            "attendance.total": 2914,
            "attendance.female": 1758,
            "cases.count": 11,
            "survivors.count": 11,
            "trainings.count": 2,
        },
        indicators=[
            Indicator("I1", 7, 11, Decimal(60)),
            Indicator("I2", 9, 10, Decimal(100)),
        ],
        tables=all_tables,
        generated_at=datetime(2025, 5, 10, 9, 30),
        masked=masked,
    )


def letter() -> LetterDetails:
    return LetterDetails(
        number="12/BC-UBND",
        issued_on=date(2025, 5, 10),
        place="Tân Lợi",
        recipients=["Phòng Lao động – Thương binh và Xã hội thành phố Buôn Ma Thuột"],
        distribution=[
            "Như trên",
            "TT. Đảng ủy phường (b/c)",
            "CT, các PCT UBND phường",
            "Hội LHPN phường",
            "Lưu: VT, VHXH",
        ],
        signatory=Signatory(
            name="Nguyễn Thị Hồng Nhung", title="PHÓ CHỦ TỊCH", authority="KT. CHỦ TỊCH"
        ),
        subject=SUBJECT,
    )


def sample_document(masked: bool = False, extra_tables: int = 0) -> ReportDocument:
    """The sample report; `extra_tables` adds copies of its tables (for timing)."""
    assert {code for code, _ in SECTIONS} <= set(NARRATIVE)
    return ReportDocument(figures(masked, extra_tables), dict(NARRATIVE), letter())


def empty_document() -> ReportDocument:
    """A period without records: no tables, indicators without data, default details."""
    f = figures()
    f.values = {"activities.count": 0, "cases.count": 0}
    f.tables = []
    f.indicators = [Indicator("I1", 0, 0, Decimal(60)), Indicator("I2", 0, 0, Decimal(100))]
    narrative = {"I": "Trong kỳ báo cáo, trên địa bàn phường không phát sinh số liệu."}
    return ReportDocument(f, narrative, LetterDetails())
