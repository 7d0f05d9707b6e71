"""The plan's vocabularies: stable codes with Vietnamese and English labels.

Codes are what the database, the report package and the tests use; they never change
once released. Labels are domain data (reports are written in Vietnamese without Qt),
so each term carries both languages here; a test checks that none is missing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Term:
    code: str
    vi: str
    en: str

    def label(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi


class Vocabulary:
    """An ordered, closed list of terms."""

    def __init__(self, name: str, terms: list[Term]) -> None:
        self.name = name
        self.terms = tuple(terms)
        self._by_code = {t.code: t for t in terms}
        if len(self._by_code) != len(terms):
            raise ValueError(f"duplicate code in vocabulary {name}")

    def __iter__(self) -> Iterator[Term]:
        return iter(self.terms)

    def __len__(self) -> int:
        return len(self.terms)

    def __contains__(self, code: object) -> bool:
        try:
            return code in self._by_code
        except TypeError:  # a list or dict from a damaged file is not a code
            return False

    def __getitem__(self, code: str) -> Term:
        return self._by_code[code]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(t.code for t in self.terms)

    def label(self, code: str, lang: str = "vi") -> str:
        term = self._by_code.get(code)
        return term.label(lang) if term else code


def _v(name: str, *rows: tuple[str, str, str]) -> Vocabulary:
    return Vocabulary(name, [Term(*r) for r in rows])


ACTIVITY_FORMS = _v(
    "activity_form",
    ("talk", "Nói chuyện chuyên đề", "Thematic talk"),
    ("club_meeting", "Sinh hoạt câu lạc bộ", "Club meeting"),
    ("seminar", "Tọa đàm, giao lưu", "Seminar / exchange"),
    ("rally", "Mít tinh", "Rally"),
    ("broadcast", "Phát thanh, loa truyền thanh", "Loudspeaker / radio broadcast"),
    ("materials", "Tờ rơi, tài liệu, pa-nô, áp phích", "Leaflets, materials, banners, posters"),
    ("online", "Trực tuyến, mạng xã hội", "Online, social media"),
    ("contest", "Hội thi", "Contest"),
    ("other", "Hình thức khác", "Other"),
)

SETTINGS = _v(
    "setting",
    ("school", "Trường học", "School"),
    ("residential", "Khu dân cư", "Residential area"),
    ("workplace", "Nơi làm việc", "Workplace"),
    ("other", "Nơi khác", "Other"),
)

AUDIENCES = _v(
    "audience",
    ("general", "Người dân", "General public"),
    ("women", "Phụ nữ", "Women"),
    ("men", "Nam giới", "Men"),
    ("youth", "Thanh niên", "Young people"),
    ("students", "Học sinh, sinh viên", "Pupils and students"),
    ("parents", "Cha mẹ, người chăm sóc", "Parents and carers"),
    ("workers", "Người lao động", "Workers"),
    ("officials", "Cán bộ, công chức", "Officials"),
    ("ethnic_minority", "Đồng bào dân tộc thiểu số", "Ethnic minority communities"),
    ("elderly", "Người cao tuổi", "Older people"),
    ("influencers", "Người có ảnh hưởng", "Community influencers"),
)


@dataclass(frozen=True)
class Campaign:
    """A campaign held every year from (month, day) to (month, day), inclusive."""

    code: str
    start: tuple[int, int]
    end: tuple[int, int]

    def dates(self, year: int) -> tuple[date, date]:
        return date(year, *self.start), date(year, *self.end)

    def contains(self, day: date) -> bool:
        first, last = self.dates(day.year)
        return first <= day <= last


CAMPAIGNS = _v(
    "campaign",
    ("none", "Không thuộc chiến dịch", "No campaign"),
    (
        "gender_equality_month",
        "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới",
        "Action Month for Gender Equality and GBV Prevention",
    ),
    (
        "elimination_day",
        "Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ (25/11)",
        "International Day for the Elimination of Violence against Women (25 Nov)",
    ),
    (
        "domestic_violence_month",
        "Tháng hành động quốc gia về phòng, chống bạo lực gia đình",
        "National Action Month on Domestic Violence Prevention",
    ),
)
CAMPAIGN_DATES = {
    "gender_equality_month": Campaign("gender_equality_month", (11, 15), (12, 15)),
    "elimination_day": Campaign("elimination_day", (11, 25), (11, 25)),
    "domestic_violence_month": Campaign("domestic_violence_month", (6, 1), (6, 30)),
}


def campaign_for(day: date) -> str:
    """The campaign an event on `day` most likely belongs to (a default the user edits)."""
    for code in ("elimination_day", "gender_equality_month", "domestic_violence_month"):
        if CAMPAIGN_DATES[code].contains(day):
            return code
    return "none"


SEXES = _v(
    "sex",
    ("female", "Nữ", "Female"),
    ("male", "Nam", "Male"),
    ("unknown", "Không rõ", "Unknown"),
)

# Violence types; a case may have several. `domestic` is a separate yes/no on the case.
VIOLENCE_TYPES = _v(
    "violence_type",
    ("physical", "Bạo lực thể chất", "Physical violence"),
    ("psychological", "Bạo lực tinh thần", "Psychological violence"),
    ("sexual", "Bạo lực tình dục", "Sexual violence"),
    ("economic", "Bạo lực kinh tế", "Economic violence"),
    ("workplace_harassment", "Quấy rối tình dục tại nơi làm việc", "Workplace sexual harassment"),
    ("trafficking", "Mua bán người", "Human trafficking"),
)

# Needs and services share one vocabulary, so a need is met by a service of its kind.
SERVICE_KINDS = _v(
    "service_kind",
    ("medical", "Chăm sóc y tế", "Medical care"),
    ("psychosocial", "Tư vấn, tham vấn tâm lý", "Counselling, psychological support"),
    ("legal", "Tư vấn pháp luật, trợ giúp pháp lý", "Legal advice, legal aid"),
    ("shelter", "Tạm lánh", "Temporary shelter"),
    ("safety", "Bảo vệ an toàn", "Safety and protection"),
    ("economic", "Hỗ trợ kinh tế, sinh kế", "Economic and livelihood support"),
    ("other", "Hỗ trợ khác", "Other support"),
)

# Who gave a service. Only `is_provider` kinds count towards indicator I1.
PROVIDER_KINDS = _v(
    "provider_kind",
    ("health", "Cơ sở y tế", "Health facility"),
    ("police", "Công an", "Police"),
    ("legal_aid", "Trợ giúp pháp lý, tư pháp", "Legal aid / justice"),
    ("social_protection", "Cơ sở trợ giúp xã hội", "Social protection facility"),
    ("counselling", "Điểm tư vấn, tham vấn", "Counselling point"),
    ("trusted_address", "Địa chỉ tin cậy – nhà tạm lánh", "Trusted address – temporary shelter"),
    ("peoples_committee", "UBND phường, xã", "Ward / commune People's Committee"),
    ("mass_organisation", "Đoàn thể (Hội LHPN, MTTQ...)", "Mass organisation (Women's Union...)"),
    ("other_provider", "Đơn vị cung cấp dịch vụ khác", "Other service provider"),
    ("family_community", "Gia đình, cộng đồng", "Family or community (not a provider)"),
)
NON_PROVIDER_KINDS = frozenset({"family_community"})

CASE_CHANNELS = _v(
    "case_channel",
    ("self", "Người bị bạo lực tự trình báo", "Reported by the survivor"),
    ("family", "Gia đình, người thân báo", "Reported by family"),
    ("neighbour", "Hàng xóm, cộng đồng báo", "Reported by neighbours or community"),
    ("hotline", "Tổng đài, đường dây nóng", "Hotline"),
    ("police", "Công an chuyển đến", "Referred by police"),
    ("health", "Cơ sở y tế chuyển đến", "Referred by a health facility"),
    ("school", "Nhà trường chuyển đến", "Referred by a school"),
    ("trusted_address", "Địa chỉ tin cậy tiếp nhận", "Received at a trusted address"),
    ("other", "Nguồn khác", "Other"),
)

AGE_GROUPS = _v(
    "age_group",
    ("under_16", "Dưới 16 tuổi", "Under 16"),
    ("16_59", "Từ 16 đến 59 tuổi", "16 to 59"),
    ("60_plus", "Từ 60 tuổi trở lên", "60 and over"),
)


def age_group_for(age: int) -> str:
    if age < 16:
        return "under_16"
    if age < 60:
        return "16_59"
    return "60_plus"


ETHNICITIES = _v(
    "ethnicity",
    ("kinh", "Kinh", "Kinh"),
    ("ede", "Ê Đê", "Ede"),
    ("mnong", "M'nông", "Mnong"),
    ("jarai", "Gia Rai", "Jarai"),
    ("tay", "Tày", "Tay"),
    ("nung", "Nùng", "Nung"),
    ("thai", "Thái", "Thai"),
    ("muong", "Mường", "Muong"),
    ("other_minority", "Dân tộc thiểu số khác", "Other ethnic minority"),
    ("unknown", "Không rõ", "Unknown"),
)
MAJORITY_ETHNICITIES = frozenset({"kinh"})

PERPETRATOR_RELATIONS = _v(
    "perpetrator_relation",
    ("spouse", "Vợ, chồng", "Spouse"),
    ("former_spouse", "Vợ, chồng cũ", "Former spouse"),
    ("partner", "Người yêu, bạn tình", "Partner"),
    ("parent", "Cha, mẹ", "Parent"),
    ("child", "Con", "Child"),
    ("other_family", "Người thân khác trong gia đình", "Other family member"),
    ("acquaintance", "Người quen", "Acquaintance"),
    ("employer_colleague", "Người sử dụng lao động, đồng nghiệp", "Employer or colleague"),
    ("teacher", "Thầy, cô giáo", "Teacher"),
    ("stranger", "Người lạ", "Stranger"),
    ("unknown", "Không rõ", "Unknown"),
)

HANDLING_MEASURES = _v(
    "handling_measure",
    (
        "community_criticism",
        "Góp ý, phê bình tại cộng đồng dân cư",
        "Criticism at a community meeting",
    ),
    ("no_contact_order", "Cấm tiếp xúc", "No-contact order"),
    ("education_counselling", "Giáo dục, tư vấn", "Education / counselling"),
    ("administrative_fine", "Xử phạt vi phạm hành chính", "Administrative fine"),
    ("criminal_prosecution", "Truy cứu trách nhiệm hình sự", "Criminal prosecution"),
    ("not_yet", "Chưa xử lý", "Not yet dealt with"),
)

CASE_STATUSES = _v(
    "case_status",
    ("open", "Đang hỗ trợ", "Open"),
    ("referred", "Đã chuyển tuyến", "Referred"),
    ("closed", "Đã kết thúc", "Closed"),
)

TRAINING_ROLES = _v(
    "training_role",
    ("official", "Cán bộ, công chức", "Officials"),
    ("staff", "Nhân viên", "Staff"),
    ("collaborator", "Cộng tác viên", "Volunteer collaborators"),
    ("trusted_address_member", "Thành viên địa chỉ tin cậy", "Trusted-address members"),
    ("influencer", "Người có ảnh hưởng", "Community influencers"),
    ("other", "Đối tượng khác", "Others"),
)

MODEL_TYPES = _v(
    "model_type",
    (
        "trusted_address",
        "Địa chỉ tin cậy – nhà tạm lánh cộng đồng",
        "Trusted address – community temporary shelter",
    ),
    (
        "club",
        "Câu lạc bộ phòng ngừa, giảm thiểu nguy cơ bạo lực trên cơ sở giới",
        "GBV prevention club",
    ),
    (
        "livelihood_pilot",
        "Thí điểm hỗ trợ sinh kế, tự chủ tài chính",
        "Livelihood / financial-autonomy pilot",
    ),
    (
        "safe_friendly",
        "Mô hình an toàn, thân thiện với phụ nữ và trẻ em gái",
        "Safe and friendly for women and girls",
    ),
    (
        "workplace_harassment",
        "Phòng ngừa quấy rối tình dục tại nơi làm việc",
        "Workplace sexual-harassment prevention",
    ),
    ("counselling_point", "Điểm tư vấn, tham vấn", "Counselling point"),
    ("other", "Mô hình khác", "Other model"),
)

MODEL_STATUSES = _v(
    "model_status",
    ("active", "Đang hoạt động", "Active"),
    ("suspended", "Tạm ngừng", "Suspended"),
    ("closed", "Đã giải thể", "Closed"),
)

FUNDING_SOURCES = _v(
    "funding_source",
    ("city_budget", "Ngân sách thành phố", "City budget"),
    ("unit_budget", "Ngân sách phường, xã", "Ward / commune budget"),
    ("higher_budget", "Ngân sách cấp trên", "Higher-level budget"),
    ("social", "Nguồn xã hội hóa", "Social sources"),
    ("project", "Dự án, chương trình tài trợ", "Donor project"),
    ("other", "Nguồn khác", "Other"),
)

SUPPORT_SOURCES = _v(
    "support_source",
    ("business", "Doanh nghiệp", "Business"),
    ("organisation", "Tổ chức, đoàn thể", "Organisation"),
    ("individual", "Cá nhân, nhà hảo tâm", "Individual donor"),
    ("international", "Tổ chức quốc tế", "International organisation"),
    ("state", "Cơ quan nhà nước", "State agency"),
    ("other", "Nguồn khác", "Other"),
)

UNIT_LEVELS = _v(
    "unit_level",
    ("ward", "Phường", "Ward"),
    ("commune", "Xã", "Commune"),
    ("city", "Thành phố", "City"),
)

ROLES = _v(
    "role",
    ("administrator", "Quản trị viên", "Administrator"),
    ("officer", "Cán bộ", "Officer"),
    ("case_worker", "Người hỗ trợ vụ việc", "Case worker"),
    ("viewer", "Người xem", "Viewer"),
)
# Roles that may read a survivor's identifying details (enforced in storage).
IDENTITY_ROLES = frozenset({"administrator", "case_worker"})
# Roles that may change records.
WRITER_ROLES = frozenset({"administrator", "officer", "case_worker"})

REPORT_KINDS = _v(
    "report_kind",
    ("half_year", "Báo cáo định kỳ 6 tháng", "6-month report"),
    ("annual", "Báo cáo hằng năm", "Annual report"),
    ("ad_hoc", "Báo cáo đột xuất", "Ad hoc report"),
    ("phase", "Báo cáo tổng kết giai đoạn", "End-of-phase report"),
)

ALL_VOCABULARIES = (
    ACTIVITY_FORMS, SETTINGS, AUDIENCES, CAMPAIGNS, SEXES, VIOLENCE_TYPES, SERVICE_KINDS,
    PROVIDER_KINDS, CASE_CHANNELS, AGE_GROUPS, ETHNICITIES, PERPETRATOR_RELATIONS,
    HANDLING_MEASURES, CASE_STATUSES, TRAINING_ROLES, MODEL_TYPES, MODEL_STATUSES,
    FUNDING_SOURCES, SUPPORT_SOURCES, UNIT_LEVELS, ROLES, REPORT_KINDS,
)  # fmt: skip
