"""Synthetic demonstration data: a ward's records over several years, or a city's worth.

`generate` yields records of every kind as a small ward in the Central Highlands would
keep them: awareness activities clustered in the campaign months, cases with needs and
the services that met them, trainings, models and facilities, influencer networks,
mobilised support, inspections and budget lines. Everything is invented: no survivor
has an identity or a story, and no real person is named.

Pure and deterministic: one `random.Random(seed)` drives everything, there is no I/O
and no clock except the default `end` (today). The same arguments give the same records
however the iterator is consumed (all at once, in batches, lazily). Records come out
one calendar year at a time, each year in date order.
"""

from __future__ import annotations

import random
from bisect import bisect
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate
from typing import Generic, TypeVar

from gbv_desktop.domain import vocab
from gbv_desktop.domain.records import (
    Activity,
    Case,
    Funding,
    InfluencerCount,
    Inspection,
    Mobilisation,
    ModelFacility,
    Record,
    Service,
    Survivor,
    Training,
)

__all__ = ["KINDS", "PROPORTIONS", "WARD_YEAR", "generate"]

T = TypeVar("T")

# The order records of one day come out in, and the kinds `generate` produces.
KINDS = (
    "funding",
    "model",
    "training",
    "activity",
    "case",
    "mobilisation",
    "inspection",
    "influencer",
)

# Shares of each kind when an exact number of records is asked for (a whole city).
PROPORTIONS: dict[str, float] = {
    "activity": 0.66,
    "case": 0.15,
    "training": 0.05,
    "influencer": 0.05,
    "mobilisation": 0.03,
    "funding": 0.03,
    "inspection": 0.02,
    "model": 0.01,
}

# A small ward's yearly volume (inclusive ranges) when no number is asked for.
WARD_YEAR: dict[str, tuple[int, int]] = {
    "activity": (30, 60),
    "case": (5, 15),
    "training": (3, 6),
    "mobilisation": (2, 6),
    "inspection": (2, 4),
    "funding": (3, 6),
}
_WARD_RECORDS_PER_YEAR = 95  # about what a ward produces in a year, models and networks included


# -- small tools ----------------------------------------------------------------------


class _W(Generic[T]):
    """A weighted choice, drawn with one random number and a binary search."""

    __slots__ = ("cum", "items", "last", "total")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.items = [p[0] for p in pairs]
        self.cum = list(accumulate(p[1] for p in pairs))
        self.total = self.cum[-1]
        self.last = len(self.items) - 1

    def __call__(self, rng: random.Random) -> T:
        i = bisect(self.cum, rng.random() * self.total)
        return self.items[i if i <= self.last else self.last]


class _Days:
    """A weighted choice of a day between two dates, inclusive."""

    def __init__(self, first: date, last: date, weight: Callable[[date], float]) -> None:
        n = (last - first).days + 1
        weights = [weight(first + timedelta(days=i)) for i in range(n)]
        if sum(weights) <= 0:
            weights = [1.0] * n
        self.first = first.toordinal()
        self.cum = list(accumulate(weights))
        self.total = self.cum[-1]
        self.last = n - 1

    def __call__(self, rng: random.Random) -> date:
        i = bisect(self.cum, rng.random() * self.total)
        return date.fromordinal(self.first + (i if i <= self.last else self.last))

    def many(self, rng: random.Random, k: int) -> list[date]:
        return sorted(self(rng) for _ in range(k))


def _w(spec: str) -> _W[str]:
    """A weighted choice of codes written as "code:weight code:weight ..."."""
    pairs = [item.split(":") for item in spec.split()]
    return _W([(code, float(weight)) for code, weight in pairs])


def _round_to(value: float, step: int) -> int:
    return max(0, round(value / step) * step)


def _sorted_codes(codes: set[str] | list[str], vocabulary: vocab.Vocabulary) -> list[str]:
    order = vocabulary.codes
    return sorted(set(codes), key=order.index)


def _split(total: int, weights: Sequence[float]) -> list[int]:
    """`total` split in proportion to `weights`, exactly (largest remainder)."""
    whole = sum(weights)
    if total <= 0 or whole <= 0:
        return [0] * len(weights)
    raw = [total * w / whole for w in weights]
    out = [int(r) for r in raw]
    short = total - sum(out)
    by_remainder = sorted(range(len(raw)), key=lambda i: (out[i] - raw[i], i))
    for i in by_remainder[:short]:
        out[i] += 1
    return out


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


@dataclass(frozen=True)
class _Slice:
    """The part of one calendar year that falls in the generated range."""

    year: int
    first: date
    last: date
    is_last: bool

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def fraction(self) -> float:
        return self.days / ((date(self.year, 12, 31) - date(self.year, 1, 1)).days + 1)


def _slices(start: date, end: date) -> list[_Slice]:
    out = []
    for year in range(start.year, end.year + 1):
        first = max(start, date(year, 1, 1))
        last = min(end, date(year, 12, 31))
        out.append(_Slice(year, first, last, year == end.year))
    return out


# -- vocabularies of the demo: places, bodies, titles -----------------------------------

_BUON = (
    "Buôn Ko Tam", "Buôn Ea Kao", "Buôn Kơ Sier", "Buôn Ea Bông", "Buôn Alê", "Buôn Cư Dluê",
    "Buôn Ea Nao", "Buôn Kram", "Buôn Păn Lăm", "Buôn Ea Pốk", "Buôn Ke Sứ", "Buôn Dhă Prông",
)  # fmt: skip

_TOPICS = _W(
    [
        ("phòng, chống bạo lực gia đình", 30),
        ("phòng ngừa và ứng phó với bạo lực trên cơ sở giới", 22),
        ("bình đẳng giới trong gia đình", 14),
        ("phòng, chống xâm hại tình dục trẻ em", 10),
        ("phòng, chống mua bán người", 5),
        ("kỹ năng nhận biết và ứng phó khi bị bạo lực", 8),
        ("vai trò của nam giới trong phòng, chống bạo lực gia đình", 6),
        ("xây dựng gia đình no ấm, tiến bộ, hạnh phúc, văn minh", 8),
        ("phòng ngừa quấy rối tình dục tại nơi làm việc", 4),
        ("phòng, chống tảo hôn và hôn nhân cận huyết thống", 4),
    ]
)
_LAW_2022 = "Luật Phòng, chống bạo lực gia đình năm 2022"
_LAW_IN_FORCE = date(2023, 7, 1)

_CAMPAIGN_SHORT = {
    "gender_equality_month": "Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm {y}",
    "elimination_day": "Ngày Quốc tế xóa bỏ bạo lực đối với phụ nữ 25/11",
    "domestic_violence_month": "Tháng hành động quốc gia về phòng, chống bạo lực gia đình năm {y}",
}
_CLUB = "“Phòng ngừa, giảm thiểu nguy cơ BLTCSG”"

_FORMS_PLAIN = _w(
    "talk:26 club_meeting:26 broadcast:13 materials:8 seminar:8 online:10 contest:3 rally:2 other:4"
)
_FORMS_CAMPAIGN = _w(
    "talk:22 club_meeting:16 broadcast:16 materials:12 seminar:8 online:10 contest:5 rally:9 other:2"
)
_SETTINGS = {
    "talk": _w("residential:68 school:18 workplace:9 other:5"),
    "club_meeting": _w("residential:90 school:6 workplace:4"),
    "seminar": _w("residential:60 school:20 workplace:12 other:8"),
    "rally": _w("residential:80 school:12 other:8"),
    "broadcast": _w("residential:95 other:5"),
    "materials": _w("residential:75 school:10 workplace:8 other:7"),
    "online": _w("other:65 residential:35"),
    "contest": _w("residential:55 school:40 workplace:5"),
    "other": _w("residential:80 other:20"),
}
_AUDIENCES = {
    "residential": _w("general:30 women:25 men:8 parents:8 elderly:6 youth:8 influencers:6"),
    "school": _w("students:70 parents:20 youth:10"),
    "workplace": _w("workers:80 women:12 officials:8"),
    "other": _w("general:50 officials:20 youth:20 women:10"),
}
# (low, mode, high) people attending a form of event.
_SIZES = {
    "talk": (25, 50, 150),
    "club_meeting": (15, 28, 50),
    "seminar": (30, 55, 120),
    "rally": (100, 220, 600),
    "contest": (60, 150, 400),
    "other": (20, 40, 90),
    "broadcast": (200, 800, 3000),
    "materials": (50, 150, 600),
    "online": (150, 600, 4000),
}
# (probability of a cost, low, high) in đồng.
_COSTS = {
    "talk": (0.6, 300_000, 3_000_000),
    "club_meeting": (0.35, 200_000, 1_000_000),
    "seminar": (0.8, 1_000_000, 5_000_000),
    "rally": (0.95, 3_000_000, 15_000_000),
    "contest": (0.95, 5_000_000, 20_000_000),
    "other": (0.3, 200_000, 2_000_000),
    "broadcast": (0.1, 200_000, 1_000_000),
    "materials": (0.85, 500_000, 6_000_000),
    "online": (0.05, 100_000, 500_000),
}
_ACTIVITY_FUNDS = _w("unit_budget:50 city_budget:25 social:10 project:8 higher_budget:5 other:2")
_NOTES = (
    "Có lồng ghép tiết mục văn nghệ, tiểu phẩm về phòng, chống bạo lực gia đình.",
    "Phát phiếu khảo sát nhận thức trước và sau buổi tuyên truyền.",
    "Phối hợp lồng ghép trong buổi sinh hoạt định kỳ của chi hội.",
    "Có sử dụng tiếng Ê Đê khi tuyên truyền.",
    "Giới thiệu số điện thoại Tổng đài 111 và địa chỉ tin cậy tại địa phương.",
    "Tổ chức hỏi – đáp, tặng quà cho người trả lời đúng.",
)

# -- cases ---------------------------------------------------------------------------

_SEX = _w("female:88 male:11 unknown:1")
_AGE = _w("16_59:79 under_16:13 60_plus:8")
_ETHNICITY = _w(
    "kinh:66 ede:19 mnong:4 jarai:2 tay:2 nung:2 thai:1 muong:1 other_minority:2 unknown:1"
)
_PRIMARY_TYPE = {
    "under_16": _w("physical:40 sexual:28 psychological:27 trafficking:5"),
    "16_59": _w(
        "physical:48 psychological:28 economic:8 sexual:8 workplace_harassment:5 trafficking:3"
    ),
    "60_plus": _w("psychological:45 physical:35 economic:20"),
}
_DOMESTIC_SHARE = {
    "physical": 0.93,
    "psychological": 0.92,
    "economic": 0.97,
    "sexual": 0.4,
    "workplace_harassment": 0.0,
    "trafficking": 0.15,
}
_RELATION_DOMESTIC = {
    "under_16": _w("parent:60 other_family:35 unknown:5"),
    "16_59": _w("spouse:72 former_spouse:10 other_family:10 child:5 parent:3"),
    "60_plus": _w("child:55 spouse:35 other_family:10"),
}
_RELATION_OTHER = {
    "under_16": _w("acquaintance:45 stranger:20 unknown:20 partner:10 teacher:5"),
    "16_59": _w("acquaintance:40 partner:25 stranger:20 unknown:15"),
    "60_plus": _w("acquaintance:50 stranger:30 unknown:20"),
}
_CHANNEL = {
    "under_16": _w("school:25 family:25 neighbour:15 police:15 health:10 hotline:10"),
    "other": _w(
        "self:22 neighbour:20 family:15 police:14 trusted_address:10 health:8 hotline:6 other:5"
    ),
    "workplace": _w("self:60 other:25 hotline:15"),
}
_PROVIDERS = {
    "medical": _w("health:92 family_community:8"),
    "psychosocial": _w(
        "counselling:28 mass_organisation:28 peoples_committee:18 trusted_address:10 family_community:12 social_protection:4"
    ),
    "legal": _w("legal_aid:55 peoples_committee:25 police:15 other_provider:5"),
    "shelter": _w("trusted_address:72 social_protection:15 family_community:13"),
    "safety": _w("police:65 peoples_committee:20 family_community:15"),
    "economic": _w("mass_organisation:50 peoples_committee:30 social_protection:20"),
    "other": _w("mass_organisation:40 family_community:40 other_provider:20"),
}
# (low, high) days from the report to the service.
_DELAY = {
    "medical": (0, 1),
    "safety": (0, 2),
    "shelter": (0, 3),
    "psychosocial": (0, 14),
    "legal": (1, 30),
    "economic": (14, 120),
    "other": (0, 30),
}
_SHELTER_DAYS = _W([((1, 3), 30), ((4, 7), 40), ((8, 14), 20), ((15, 30), 10)])
_HANDLING = _w(
    "education_counselling:35 community_criticism:22 administrative_fine:22 no_contact_order:8 criminal_prosecution:5 not_yet:8"
)

# -- trainings, models, support, inspections, funding ----------------------------------

_TRAINING_TOPICS = _W(
    [
        ("Tập huấn kỹ năng phòng ngừa, ứng phó với bạo lực trên cơ sở giới", 20),
        ("Tập huấn nghiệp vụ cho thành viên địa chỉ tin cậy – nhà tạm lánh", 12),
        ("Bồi dưỡng kiến thức về bình đẳng giới cho cán bộ, công chức", 12),
        ("Tập huấn kỹ năng tư vấn, tham vấn cho cộng tác viên", 12),
        ("Tập huấn kỹ năng truyền thông cho người có ảnh hưởng tại cộng đồng", 10),
        ("Tập huấn quy trình tiếp nhận, xử lý vụ việc bạo lực trên cơ sở giới", 10),
        ("Tập huấn ứng dụng công nghệ thông tin trong truyền thông phòng, chống bạo lực", 6),
        ("Tập huấn thu thập, cập nhật số liệu và báo cáo về bạo lực trên cơ sở giới", 6),
        ("Tập huấn triển khai " + _LAW_2022, 8),
    ]
)
# Roles taking part in a training of a topic (by a word of the topic), else the default.
_TRAINING_ROLES = {
    "địa chỉ tin cậy": ("trusted_address_member", "collaborator"),
    "cán bộ, công chức": ("official", "staff"),
    "cộng tác viên": ("collaborator", "staff"),
    "người có ảnh hưởng": ("influencer", "collaborator"),
    "số liệu": ("official", "staff", "collaborator"),
}
_DEFAULT_ROLES = ("official", "collaborator", "trusted_address_member", "influencer", "other")
# (female low, female high, male low, male high) per role.
_ROLE_SIZES = {
    "official": (4, 14, 3, 12),
    "staff": (2, 8, 1, 5),
    "collaborator": (8, 25, 1, 6),
    "trusted_address_member": (4, 12, 1, 5),
    "influencer": (3, 10, 5, 15),
    "other": (2, 10, 1, 8),
}
_TRAINING_FUNDS = _w("city_budget:40 unit_budget:30 higher_budget:15 project:10 social:5")

_MODEL_FIRST = ("trusted_address", "club", "safe_friendly")
_MODEL_LATER = _w(
    "trusted_address:25 club:30 safe_friendly:12 livelihood_pilot:10 counselling_point:8 workplace_harassment:7 other:8"
)
_MODEL_MEMBERS = {
    "trusted_address": (3, 7),
    "club": (15, 40),
    "safe_friendly": (10, 30),
    "livelihood_pilot": (8, 25),
    "counselling_point": (3, 6),
    "workplace_harassment": (10, 40),
    "other": (10, 30),
}

_SUPPORT_SOURCE = _w("business:45 individual:20 organisation:20 international:5 state:5 other:5")
_FIRM_KIND = ("Công ty TNHH", "Công ty TNHH MTV", "Công ty Cổ phần", "Doanh nghiệp tư nhân")
_FIRM_TRADE = ("Cà phê", "Thương mại", "Xây dựng", "Nông sản", "Vận tải", "Dịch vụ", "Dược phẩm")
_FIRM_NAME = (
    "Đại Ngàn", "Cao Nguyên Xanh", "Hoa Lan Rừng", "Phú Sơn", "Thành Đạt", "Hưng Phát",
    "Ea Hồ", "Sao Mai Tây Nguyên", "Bình Minh", "Hoàng Lan", "Rẫy Mới", "Đồi Thông",
)  # fmt: skip
_IN_KIND = (
    "{n} suất quà (gạo, dầu ăn, sữa) cho phụ nữ, trẻ em có hoàn cảnh khó khăn",
    "Chăn, màn, đồ dùng thiết yếu cho nhà tạm lánh",
    "{n} tờ rơi và 10 pa-nô tuyên truyền",
    "Bàn ghế, tủ sách cho sinh hoạt câu lạc bộ",
    "{n} phần học bổng cho trẻ em gái",
    "Âm thanh, ánh sáng phục vụ mít tinh",
)
_PURPOSES = (
    "Hỗ trợ hoạt động địa chỉ tin cậy – nhà tạm lánh",
    "Tặng quà phụ nữ, trẻ em có hoàn cảnh khó khăn, người bị bạo lực",
    "Hỗ trợ tổ chức các hoạt động hưởng ứng Tháng hành động",
    "Hỗ trợ sinh kế cho phụ nữ bị bạo lực",
    "In ấn tài liệu, tờ rơi tuyên truyền",
    "Hỗ trợ sinh hoạt câu lạc bộ phòng ngừa, giảm thiểu nguy cơ BLTCSG",
)

_FINDINGS_GOOD = (
    "Đơn vị đã ban hành kế hoạch và triển khai đầy đủ các hoạt động theo kế hoạch.",
    "Các hoạt động truyền thông được tổ chức đa dạng, đúng trọng tâm, thu hút đông người dân tham gia.",
    "Địa chỉ tin cậy duy trì hoạt động thường xuyên, có sổ theo dõi tiếp nhận người bị bạo lực.",
    "Câu lạc bộ sinh hoạt định kỳ hằng tháng, nội dung sinh hoạt phong phú.",
    "Vụ việc được tiếp nhận, hỗ trợ kịp thời, phối hợp tốt với Công an và Trạm Y tế.",
    "Số liệu báo cáo cơ bản đầy đủ, đúng thời hạn.",
)
_FINDINGS_BAD = (
    "Hồ sơ, sổ sách ghi chép vụ việc chưa đầy đủ; một số vụ việc chưa cập nhật dịch vụ hỗ trợ.",
    "Kinh phí bố trí cho hoạt động còn hạn chế.",
    "Một số thành viên địa chỉ tin cậy thay đổi nhưng chưa được kiện toàn.",
    "Tỷ lệ nam giới tham gia các hoạt động truyền thông còn thấp.",
    "Báo cáo định kỳ còn chậm so với thời gian quy định.",
    "Chưa ứng dụng nhiều công nghệ thông tin trong truyền thông.",
)
_FOLLOW_UPS = (
    "Bổ sung, hoàn thiện hồ sơ vụ việc trước ngày {d}.",
    "Kiện toàn thành viên địa chỉ tin cậy trong quý tới.",
    "Tăng cường vận động nam giới tham gia các hoạt động.",
    "Bố trí kinh phí trong dự toán năm sau.",
    "Tiếp tục duy trì, nhân rộng các mô hình hiệu quả.",
    "Gửi báo cáo đúng thời hạn theo kế hoạch.",
)

_BUDGET_LINES = (
    ("Kinh phí tổ chức các hoạt động truyền thông", "unit_budget", 5_000_000, 30_000_000),
    ("Kinh phí tổ chức Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với BLTCSG", "city_budget", 5_000_000, 25_000_000),
    ("Kinh phí tổ chức Tháng hành động quốc gia về phòng, chống bạo lực gia đình", "unit_budget", 3_000_000, 15_000_000),
    ("Kinh phí duy trì hoạt động địa chỉ tin cậy – nhà tạm lánh", "city_budget", 2_000_000, 12_000_000),
    ("Kinh phí hoạt động câu lạc bộ phòng ngừa, giảm thiểu nguy cơ BLTCSG", "unit_budget", 2_000_000, 10_000_000),
    ("Kinh phí tập huấn, bồi dưỡng", "higher_budget", 5_000_000, 40_000_000),
    ("Kinh phí kiểm tra, giám sát", "unit_budget", 1_000_000, 5_000_000),
    ("Kinh phí hỗ trợ người bị bạo lực", "city_budget", 2_000_000, 20_000_000),
    ("Kinh phí in ấn tài liệu, pa-nô, áp phích", "unit_budget", 2_000_000, 10_000_000),
    ("Kinh phí xã hội hóa hỗ trợ hoạt động", "social", 2_000_000, 30_000_000),
    ("Dự án hỗ trợ sinh kế cho phụ nữ", "project", 10_000_000, 60_000_000),
)  # fmt: skip


# -- date weights ----------------------------------------------------------------------


def _in_action_month(md: tuple[int, int]) -> bool:
    return md[0] == 6 or (11, 15) <= md <= (12, 15)


def _activity_weight(day: date) -> float:
    """Events cluster in the campaigns, on 25 November and on the women's and family days."""
    md = (day.month, day.day)
    if md == (11, 25):
        w = 30.0
    elif md == (6, 28):  # Vietnamese Family Day, inside the June campaign
        w = 10.0
    elif _in_action_month(md):
        w = 4.0
    elif md in ((3, 8), (10, 20)):
        w = 6.0
    else:
        w = 1.0
    weekday = day.weekday()
    if weekday == 6:
        w *= 0.3
    elif weekday == 5:
        w *= 0.6
    return w


def _case_weight(day: date) -> float:
    # A little more around the lunar new year and the summer holidays.
    return 1.3 if day.month in (1, 2, 7) else 1.0


def _office_weight(day: date) -> float:
    """Trainings and inspections: working days, more before the campaigns and reports."""
    if day.weekday() >= 5:
        return 0.0
    return 2.0 if day.month in (4, 5, 9, 10, 11) else 1.0


def _support_weight(day: date) -> float:
    # Gifts around the new year and during the campaigns.
    if day.month == 1 or _in_action_month((day.month, day.day)):
        return 3.0
    return 1.0


# -- the generator ---------------------------------------------------------------------


@dataclass
class _Once:
    """A survivor with one case so far, who may come back."""

    survivor: Survivor
    reported_on: date
    age_group: str
    domestic: bool
    relation: str
    perpetrator_sex: str
    violence_types: list[str]


class _Generator:
    def __init__(self, rng: random.Random, end: date, unit_name: str, city: bool) -> None:
        self.rng = rng
        self.end = end
        level, name = _unit_words(unit_name)
        self.unit = f"{level} {name}"  # "phường Tân Lợi"
        self.level = level
        self.hamlets = self._hamlets(level, city)
        self.buon = {h for h in self.hamlets if h.startswith("Buôn")}
        self._hamlet = _W([(h, 3.0 if h in self.buon else 2.0) for h in self.hamlets])
        self.firms = [
            f"{rng.choice(_FIRM_KIND)} {rng.choice(_FIRM_TRADE)} {n}"
            for n in rng.sample(_FIRM_NAME, 6 if not city else len(_FIRM_NAME))
        ]
        self.once: list[_Once] = []
        self.repeats = 0
        self.cases_made = 0
        self.networks: dict[tuple[str, int], list[int]] = {}
        self.co_bodies = (
            f"Hội LHPN {self.unit}",
            f"Ủy ban MTTQ Việt Nam {self.unit}",
            f"Đoàn Thanh niên {self.unit}",
            f"Công an {self.unit}",
            f"Trạm Y tế {self.unit}",
            f"Hội Cựu chiến binh {self.unit}",
            f"Hội Người cao tuổi {self.unit}",
        )
        self.organisers = _W(
            [
                ("Phòng LĐ-TB&XH thành phố", 30),
                (f"UBND {self.unit}", 25),
                (f"Hội LHPN {self.unit}", 20),
                ("Hội LHPN thành phố", 10),
                ("Sở LĐ-TB&XH tỉnh", 8),
                ("Trung tâm Công tác xã hội tỉnh", 7),
            ]
        )
        self.schools = (
            f"Trường Tiểu học {name}",
            f"Trường THCS {name}",
            "Trường Mầm non Họa Mi",
            "Trường THPT Cao Nguyên",
        )
        self.provider_names: dict[str, tuple[str, ...]] = {
            "health": (f"Trạm Y tế {self.unit}", "Trung tâm Y tế thành phố", "Bệnh viện đa khoa tỉnh"),
            "police": (f"Công an {self.unit}", "Công an thành phố"),
            "legal_aid": ("Trung tâm Trợ giúp pháp lý nhà nước tỉnh", "Phòng Tư pháp thành phố"),
            "social_protection": ("Trung tâm Công tác xã hội tỉnh", "Cơ sở trợ giúp xã hội tỉnh"),
            "counselling": (f"Điểm tư vấn, tham vấn {self.unit}", "Tổng đài 111"),
            "trusted_address": (),  # filled per hamlet
            "peoples_committee": (f"UBND {self.unit}",),
            "mass_organisation": (f"Hội LHPN {self.unit}", f"Ủy ban MTTQ Việt Nam {self.unit}"),
            "other_provider": ("Tổ chức phi chính phủ hỗ trợ phụ nữ", "Văn phòng luật sư (hỗ trợ miễn phí)"),
            "family_community": ("Gia đình, người thân", "Tổ hòa giải cơ sở", "Hàng xóm", ""),
        }  # fmt: skip

    # -- places ----------------------------------------------------------------------
    def _hamlets(self, level: str, city: bool) -> list[str]:
        rng = self.rng
        if city:
            return (
                [f"Tổ dân phố {i}" for i in range(1, 21)]
                + [f"Thôn {i}" for i in range(1, 11)]
                + list(_BUON)
            )
        if level == "xã":
            out = [f"Thôn {i}" for i in range(1, rng.randint(6, 12) + 1)]
            return out + rng.sample(_BUON, rng.randint(2, 5))
        out = [f"Tổ dân phố {i}" for i in range(1, rng.randint(8, 14) + 1)]
        out += [f"Thôn {i}" for i in range(1, rng.choice((0, 0, 0, 2, 3)) + 1)]
        return out + rng.sample(_BUON, rng.randint(1, 3))

    def hamlet(self) -> str:
        return self._hamlet(self.rng)

    # -- activities ------------------------------------------------------------------
    def activities(self, days: _Days, n: int) -> list[Record]:
        return [self.activity(d) for d in days.many(self.rng, n)]

    def activity(self, day: date) -> Activity:
        rng = self.rng
        campaign = vocab.campaign_for(day)
        form = (_FORMS_CAMPAIGN if campaign != "none" else _FORMS_PLAIN)(rng)
        setting = _SETTINGS[form](rng)
        school = rng.choice(self.schools) if setting == "school" else ""
        if form == "online":
            hamlet = ""
        elif school:
            hamlet = school
        elif form == "rally":
            hamlet = f"Hội trường UBND {self.unit}" if rng.random() < 0.6 else self.hamlet()
        elif form == "broadcast" and rng.random() < 0.5:
            hamlet = "Toàn " + self.level
        else:
            hamlet = self.hamlet()
        in_buon = hamlet in self.buon
        audience_pick = _AUDIENCES[setting]
        audiences = {audience_pick(rng)}
        if rng.random() < 0.35:
            audiences.add(audience_pick(rng))
        if in_buon and rng.random() < 0.7:
            audiences.add("ethnic_minority")
        title = self._title(form, day, campaign, hamlet, school)

        total = female = male = children = minority = None
        lo, mode, hi = _SIZES[form]
        if form in ("broadcast", "materials", "online"):
            if rng.random() < 0.3:  # people reached, without a breakdown
                total = _round_to(rng.triangular(lo, hi, mode), 10)
        else:
            if (day.month, day.day) == (11, 25) or (form == "rally" and campaign != "none"):
                lo, mode = lo * 2, mode * 2
            total = int(rng.triangular(lo, max(hi, lo * 2), mode))
            if rng.random() < 0.9:
                if "women" in audiences:
                    share = rng.uniform(0.8, 0.97)
                elif "men" in audiences:
                    share = rng.uniform(0.15, 0.35)
                elif setting == "school":
                    share = rng.uniform(0.46, 0.56)
                else:
                    share = rng.uniform(0.55, 0.72)
                female = round(total * share)
                unrecorded = rng.randint(0, 2) if rng.random() < 0.1 else 0
                male = max(0, total - female - unrecorded)
            if setting == "school" or "students" in audiences:
                children = round(total * rng.uniform(0.6, 0.95))
            elif rng.random() < 0.15:
                children = round(total * rng.uniform(0.05, 0.3))
            if in_buon:
                minority = round(total * rng.uniform(0.6, 0.95))
            elif rng.random() < 0.4:
                minority = round(total * rng.uniform(0.05, 0.3))

        materials = 0
        if form == "materials":
            materials = _round_to(rng.triangular(50, 1500, 300), 10)
        elif form in ("talk", "rally", "contest") and rng.random() < 0.35:
            materials = _round_to(rng.triangular(20, 300, 60), 10)

        end_date = None
        if form in ("materials", "broadcast") and rng.random() < 0.35:
            end_date = min(self.end, day + timedelta(days=rng.randint(1, 14)))
        elif form == "contest" and rng.random() < 0.2:
            end_date = min(self.end, day + timedelta(days=1))

        co = ""
        r = rng.random()
        if r < 0.55:
            picks = rng.sample(self.co_bodies, 1 if r < 0.35 else 2)
            if school and rng.random() < 0.7:
                picks.append(f"Đoàn, Đội {school}")
            co = ", ".join(picks)

        p_cost, c_lo, c_hi = _COSTS[form]
        cost = 0
        source = ""
        if rng.random() < p_cost:
            cost = _round_to(rng.triangular(c_lo, c_hi, c_lo + (c_hi - c_lo) * 0.3), 10_000)
            source = _ACTIVITY_FUNDS(rng) if cost else ""
        notes = rng.choice(_NOTES) if rng.random() < 0.08 else ""
        if "Ê Đê" in notes and not in_buon:
            notes = ""
        return Activity(
            start_date=day,
            title=title,
            form=form,
            setting=setting,
            end_date=end_date,
            hamlet=hamlet,
            campaign=campaign,
            audiences=_sorted_codes(audiences, vocab.AUDIENCES),
            attendance_total=total,
            attendance_female=female,
            attendance_male=male,
            attendance_children=children,
            attendance_ethnic_minority=minority,
            materials_count=materials,
            co_organisers=co,
            cost_vnd=cost,
            funding_source=source,
            notes=notes,
        )

    def _topic(self, day: date) -> str:
        if day >= _LAW_IN_FORCE and self.rng.random() < 0.12:
            return _LAW_2022
        return _TOPICS(self.rng)

    def _title(self, form: str, day: date, campaign: str, hamlet: str, school: str) -> str:
        rng = self.rng
        y, m = day.year, day.month
        topic = self._topic(day)
        where = f" tại {hamlet}" if hamlet and not hamlet.startswith("Toàn") else ""
        if form == "talk":
            base = f"Nói chuyện chuyên đề về {topic}"
            if school:
                base += f" cho học sinh {school}"
            else:
                base += where
        elif form == "club_meeting":
            base = rng.choice(
                (
                    f"Sinh hoạt CLB {_CLUB} tháng {m}",
                    f"Sinh hoạt định kỳ CLB {_CLUB} {hamlet} tháng {m}/{y}",
                    f"Sinh hoạt chuyên đề CLB {_CLUB}: {topic}",
                    f"Sinh hoạt CLB “Gia đình hạnh phúc, không bạo lực” {hamlet} tháng {m}",
                )
            )
        elif form == "seminar":
            base = rng.choice(
                (
                    "Tọa đàm “Nam giới chung tay phòng, chống bạo lực gia đình”",
                    "Tọa đàm “Bình đẳng giới – chìa khóa hạnh phúc gia đình”",
                    "Giao lưu “Phụ nữ và trẻ em gái an toàn tại cộng đồng”",
                    f"Tọa đàm về {topic}",
                    f"Giao lưu “Gia đình hạnh phúc, không bạo lực”{where}",
                )
            )
        elif form == "rally":
            if campaign == "domestic_violence_month":
                base = f"Lễ phát động Tháng hành động quốc gia về phòng, chống bạo lực gia đình năm {y}"
            elif campaign != "none":
                base = "Mít tinh hưởng ứng " + _CAMPAIGN_SHORT[campaign].format(y=y)
            else:
                base = f"Mít tinh, diễu hành tuyên truyền về {topic}"
        elif form == "broadcast":
            base = rng.choice(
                (
                    f"Phát thanh tuyên truyền về {topic} trên hệ thống loa truyền thanh",
                    f"Tuyên truyền lưu động bằng xe loa về {topic}",
                    f"Phát thanh bản tin về {topic}{where}",
                )
            )
        elif form == "materials":
            base = rng.choice(
                (
                    f"Cấp phát tờ rơi tuyên truyền về {topic}",
                    "Treo băng rôn, pa-nô, áp phích tuyên truyền về bình đẳng giới",
                    f"Phát tài liệu hỏi – đáp về {topic}",
                )
            )
        elif form == "online":
            base = rng.choice(
                (
                    f"Đăng tải bài viết về {topic} trên trang thông tin điện tử của UBND {self.unit}",
                    f"Chia sẻ video tuyên truyền về {topic} trên các nhóm Zalo tổ dân phố",
                    f"Đăng tin về {topic} trên trang Facebook của Đoàn Thanh niên {self.unit}",
                )
            )
        elif form == "contest":
            base = rng.choice(
                (
                    f"Hội thi tìm hiểu kiến thức về {topic}",
                    f"Hội thi “Gia đình hạnh phúc” năm {y}",
                    f"Hội thi tiểu phẩm về {topic}",
                )
            )
        else:
            base = f"Lồng ghép tuyên truyền về {topic} trong buổi họp dân{where}"
        if campaign != "none" and form not in ("rally",) and rng.random() < 0.4:
            base += " hưởng ứng " + _CAMPAIGN_SHORT[campaign].format(y=y)
        return base

    # -- cases -----------------------------------------------------------------------
    def cases(self, days: _Days, n: int) -> list[Record]:
        return [self.case(d) for d in days.many(self.rng, n)]

    def _repeat(self, day: date) -> _Once | None:
        """A survivor from an earlier case, for a second case, now and then."""
        rng = self.rng
        forced = self.repeats == 0 and self.cases_made >= 5
        if not forced and rng.random() >= 0.09:
            return None
        limit = day - timedelta(days=30)
        eligible = [i for i, o in enumerate(self.once) if o.reported_on <= limit]
        if not eligible:
            return None
        # Mostly someone recent: violence comes back within a year or two.
        i = eligible[-1 - min(len(eligible) - 1, int(rng.expovariate(0.15)))]
        self.repeats += 1
        return self.once.pop(i)

    def case(self, day: date) -> Case:
        rng = self.rng
        self.cases_made += 1
        prior = self._repeat(day)
        if prior is not None:
            survivor = prior.survivor
            if survivor.birth_year is not None:
                age_group = vocab.age_group_for(day.year - survivor.birth_year)
            else:
                age_group = prior.age_group
            domestic = prior.domestic
            relation = prior.relation
            perpetrator_sex = prior.perpetrator_sex
            types = set(prior.violence_types)
            if domestic and rng.random() < 0.4:  # the same abuser, often worse
                types.add(rng.choice(("physical", "psychological", "economic")))
        else:
            age_group = _AGE(rng)
            sex = _SEX(rng)
            if age_group == "under_16":
                age = rng.randint(5, 15)
            elif age_group == "60_plus":
                age = rng.randint(60, 82)
            else:
                age = int(rng.triangular(17, 59, 34))
            survivor = Survivor(
                sex=sex,
                ethnicity=_ETHNICITY(rng),
                disability=rng.random() < 0.04,
                birth_year=day.year - age if rng.random() < 0.75 else None,
            )
            primary = _PRIMARY_TYPE[age_group](rng)
            types = {primary}
            if primary == "physical" and rng.random() < 0.45:
                types.add("psychological")
            if primary in ("physical", "psychological") and rng.random() < 0.1:
                types.add("economic")
            if primary == "sexual" and rng.random() < 0.25:
                types.add("physical")
            domestic = rng.random() < _DOMESTIC_SHARE[primary]
            if primary == "workplace_harassment":
                relation = "employer_colleague"
            elif domestic:
                relation = _RELATION_DOMESTIC[age_group](rng)
            else:
                relation = _RELATION_OTHER[age_group](rng)
            if relation in ("spouse", "former_spouse", "partner"):
                perpetrator_sex = {"female": "male", "male": "female"}.get(sex, "unknown")
                if sex != "female" and rng.random() < 0.2:
                    perpetrator_sex = sex if sex != "unknown" else "male"
            elif relation in ("stranger", "unknown") and rng.random() < 0.25:
                perpetrator_sex = "unknown"
            else:
                perpetrator_sex = "male" if rng.random() < 0.86 else "female"
        violence_types = _sorted_codes(types, vocab.VIOLENCE_TYPES)

        if "workplace_harassment" in types:
            channel = _CHANNEL["workplace"](rng)
        else:
            channel = _CHANNEL["under_16" if age_group == "under_16" else "other"](rng)

        needs = self._needs(types, domestic, age_group)
        services = self._services(day, needs)
        given = {s.kind for s in services}
        shelter_days = 0
        shelter = [s for s in services if s.kind == "shelter"]
        if shelter:
            lo, hi = _SHELTER_DAYS(rng)
            shelter_days = min(rng.randint(lo, hi), (self.end - shelter[0].given_on).days + 1)  # type: ignore[operator]

        age_days = (self.end - day).days
        if any(nd not in given for nd in needs):
            status = "referred" if rng.random() < 0.3 else "open"
        elif age_days > 45:
            status = _w("closed:85 referred:5 open:10")(rng)
        elif age_days > 10:
            status = "closed" if rng.random() < 0.45 else "open"
        else:
            status = "closed" if rng.random() < 0.15 else "open"

        case = Case(
            reported_on=day,
            channel=channel,
            survivor=survivor,
            age_group=age_group,
            violence_types=violence_types,
            domestic=domestic,
            perpetrator_sex=perpetrator_sex,
            perpetrator_relation=relation,
            needs=needs,
            services=services,
            shelter_days=shelter_days,
            handling=self._handling(types, age_group, age_days),
            status=status,
            consent_to_share=rng.random() < 0.15,
        )
        if prior is None:
            self.once.append(
                _Once(survivor, day, age_group, domestic, relation, perpetrator_sex, violence_types)
            )
            if len(self.once) > 400:  # keep the search short in a city's worth of cases
                del self.once[:100]
        return case

    def _needs(self, types: set[str], domestic: bool, age_group: str) -> list[str]:
        rng = self.rng
        hurt = "physical" in types or "sexual" in types
        p = {
            "medical": 0.65 if hurt else 0.05,
            "psychosocial": 0.8,
            "legal": 0.5 if "sexual" in types or "trafficking" in types else 0.3,
            "shelter": 0.18 if domestic and hurt else 0.03,
            "safety": 0.4 if age_group == "under_16" else 0.18,
            "economic": 0.35 if "economic" in types or "trafficking" in types else 0.05,
            "other": 0.04,
        }
        needs = [k for k, v in p.items() if rng.random() < v]
        if not needs:
            needs = ["medical" if hurt else "psychosocial"]
        if len(needs) > 3:
            needs = rng.sample(needs, 3)
        return _sorted_codes(needs, vocab.SERVICE_KINDS)

    def _service(self, kind: str, reported: date) -> Service | None:
        rng = self.rng
        lo, hi = _DELAY[kind]
        given = reported + timedelta(days=rng.randint(lo, hi))
        if given > self.end:
            return None
        provider = _PROVIDERS[kind](rng)
        if provider == "trusted_address":
            name = f"Địa chỉ tin cậy {self.hamlet()}"
        else:
            name = rng.choice(self.provider_names[provider])
        return Service(kind=kind, given_on=given, provider_kind=provider, provider_name=name)

    def _services(self, reported: date, needs: list[str]) -> list[Service]:
        rng = self.rng
        out = []
        for need in needs:
            if rng.random() < 0.93:
                s = self._service(need, reported)
                if s is not None:
                    out.append(s)
        if rng.random() < 0.12:  # something nobody asked for: a visit, a gift
            extra = self._service(rng.choice(("psychosocial", "other", "economic")), reported)
            if extra is not None and extra.kind not in needs:
                out.append(extra)
        out.sort(key=lambda s: (s.given_on, vocab.SERVICE_KINDS.codes.index(s.kind)))
        return out

    def _handling(self, types: set[str], age_group: str, age_days: int) -> list[str]:
        rng = self.rng
        if age_days < 20 and rng.random() < 0.5:
            return ["not_yet"]
        serious = "trafficking" in types or ("sexual" in types and age_group == "under_16")
        if serious and rng.random() < 0.7:
            first = "criminal_prosecution"
        elif "workplace_harassment" in types:
            first = rng.choice(("education_counselling", "administrative_fine"))
        else:
            first = _HANDLING(rng)
        chosen = {first}
        if first != "not_yet" and rng.random() < 0.35:
            second = _HANDLING(rng)
            if second != "not_yet":
                chosen.add(second)
        return _sorted_codes(chosen, vocab.HANDLING_MEASURES)

    # -- trainings -------------------------------------------------------------------
    def trainings(self, days: _Days, n: int) -> list[Record]:
        return [self.training(d) for d in days.many(self.rng, n)]

    def training(self, day: date) -> Training:
        rng = self.rng
        topic = _TRAINING_TOPICS(rng)
        if _LAW_2022 in topic and day < _LAW_IN_FORCE:
            topic = "Tập huấn kỹ năng phòng ngừa, ứng phó với bạo lực trên cơ sở giới"
        if rng.random() < 0.3:
            topic += f" năm {day.year}"
        organiser = self.organisers(rng)
        if organiser.endswith(self.unit):
            place = rng.choice((f"Hội trường UBND {self.unit}", f"Nhà văn hóa {self.hamlet()}"))
        elif "tỉnh" in organiser:
            place = "Hội trường Sở LĐ-TB&XH tỉnh"
        else:
            place = "Hội trường Trung tâm Chính trị thành phố"
        roles = next((r for k, r in _TRAINING_ROLES.items() if k in topic), _DEFAULT_ROLES)
        count = min(len(roles), rng.choice((1, 2, 2, 3)))
        participants: dict[str, tuple[int, int]] = {}
        for role in sorted(rng.sample(roles, count), key=vocab.TRAINING_ROLES.codes.index):
            f_lo, f_hi, m_lo, m_hi = _ROLE_SIZES[role]
            participants[role] = (rng.randint(f_lo, f_hi), rng.randint(m_lo, m_hi))
        length = _W([(1, 60), (2, 30), (3, 10)])(rng)
        end_date = None
        if length > 1:
            end_date = min(self.end, day + timedelta(days=length - 1))
        people = sum(f + m for f, m in participants.values())
        cost = people * rng.randint(60, 150) * 1000 * length + rng.randint(5, 30) * 100_000
        cost = min(25_000_000, max(1_500_000, _round_to(cost, 1000)))
        return Training(
            start_date=day,
            topic=topic,
            organiser=organiser,
            end_date=end_date,
            place=place,
            participants=participants,
            cost_vnd=cost,
            funding_source=_TRAINING_FUNDS(rng),
            notes="Có kiểm tra đánh giá kiến thức sau tập huấn." if rng.random() < 0.15 else "",
        )

    # -- models and facilities -------------------------------------------------------
    def models(self, days: _Days, n: int, first: bool) -> list[Record]:
        out: list[Record] = []
        for i, d in enumerate(days.many(self.rng, n)):
            kind = _MODEL_FIRST[i] if first and i < len(_MODEL_FIRST) else _MODEL_LATER(self.rng)
            out.append(self.model(d, kind))
        return out

    def model(self, day: date, kind: str) -> ModelFacility:
        rng = self.rng
        hamlet = self.hamlet()
        name = {
            "trusted_address": f"Địa chỉ tin cậy – nhà tạm lánh {hamlet}",
            "club": f"CLB {_CLUB} {hamlet}",
            "safe_friendly": f"Mô hình “{hamlet} an toàn, thân thiện với phụ nữ và trẻ em gái”",
            "livelihood_pilot": f"Mô hình hỗ trợ sinh kế cho phụ nữ {hamlet}",
            "counselling_point": f"Điểm tư vấn, tham vấn tại Trạm Y tế {self.unit}",
            "workplace_harassment": f"Mô hình phòng ngừa quấy rối tình dục tại {rng.choice(self.firms)}",
            "other": f"Mô hình “Gia đình hạnh phúc, không bạo lực” {hamlet}",
        }[kind]
        if kind in ("counselling_point", "workplace_harassment"):
            hamlet = ""
        lo, hi = _MODEL_MEMBERS[kind]
        status, closed_on = "active", None
        room = (self.end - day).days - 180
        r = rng.random()
        if room > 0 and r < 0.12:
            status = "closed"
            closed_on = day + timedelta(days=180 + rng.randint(0, room))
        elif room > 0 and r < 0.17:
            status = "suspended"
        notes = ""
        if status == "closed":
            notes = rng.choice(
                (
                    "Giải thể do sáp nhập tổ dân phố.",
                    "Ngừng hoạt động do không còn kinh phí duy trì.",
                    "Sáp nhập vào câu lạc bộ khác.",
                )
            )
        elif status == "suspended":
            notes = "Tạm ngừng để kiện toàn thành viên."
        return ModelFacility(
            model_type=kind,
            name=name,
            established_on=day,
            hamlet=hamlet,
            status=status,
            closed_on=closed_on,
            members=rng.randint(lo, hi),
            notes=notes,
        )

    # -- influencer networks ---------------------------------------------------------
    def influencers(self, sl: _Slice, n: int) -> list[Record]:
        rng = self.rng
        h = len(self.hamlets)
        rounds = -(-n // h) if n else 0
        out: list[Record] = []
        for i in range(n):
            hamlet = self.hamlets[i % h]
            r = i // h
            if rounds == 1:
                as_of = min(sl.last, date(sl.year, 12, 10))
                if as_of < sl.first:
                    as_of = sl.last
            else:
                as_of = sl.first + timedelta(days=max(0, (sl.days * (r + 1)) // rounds - 1))
            # Beyond one round a year, each round stands for the same hamlets of another ward.
            counts = self.networks.get((hamlet, r))
            if counts is None:
                counts = [rng.randint(3, 8), rng.randint(3, 9)]
                self.networks[(hamlet, r)] = counts
            else:  # the network widens a little, now and then someone leaves
                counts[0] = max(1, counts[0] + rng.choice((-1, 0, 0, 1, 1, 2)))
                counts[1] = max(1, counts[1] + rng.choice((-1, 0, 0, 1, 1, 2)))
            notes = "Có già làng, người uy tín trong buôn." if hamlet in self.buon else ""
            out.append(
                InfluencerCount(
                    as_of=as_of, hamlet=hamlet, female=counts[0], male=counts[1], notes=notes
                )
            )
        return out

    # -- mobilised support -----------------------------------------------------------
    def mobilisations(self, days: _Days, n: int) -> list[Record]:
        return [self.mobilisation(d) for d in days.many(self.rng, n)]

    def mobilisation(self, day: date) -> Mobilisation:
        rng = self.rng
        source = _SUPPORT_SOURCE(rng)
        donor = {
            "business": lambda: rng.choice(self.firms),
            "individual": lambda: rng.choice(
                ("Nhà hảo tâm (giấu tên)", f"Các hộ kinh doanh {self.hamlet()}", "Nhóm thiện nguyện")
            ),
            "organisation": lambda: rng.choice(
                (f"Hội Chữ thập đỏ {self.unit}", "Câu lạc bộ Doanh nhân nữ thành phố", f"Chi hội phụ nữ {self.hamlet()}")
            ),
            "international": lambda: "Dự án bình đẳng giới do tổ chức quốc tế tài trợ",
            "state": lambda: rng.choice(("Quỹ Bảo trợ trẻ em tỉnh", "Hội LHPN tỉnh")),
            "other": lambda: rng.choice(("Giáo xứ, hội thánh trên địa bàn", "Ban đại diện cộng đồng")),
        }[source]()  # fmt: skip
        cash, in_kind, value = 0, "", 0
        r = rng.random()
        if r < 0.65:
            cash = _round_to(rng.triangular(1_000_000, 50_000_000, 5_000_000), 500_000)
        if r >= 0.55:
            in_kind = rng.choice(_IN_KIND).format(n=rng.choice((20, 30, 50, 100, 200, 500)))
            value = _round_to(rng.triangular(1_000_000, 30_000_000, 4_000_000), 100_000)
        return Mobilisation(
            received_on=day,
            source=source,
            donor=donor,
            cash_vnd=cash,
            in_kind=in_kind,
            in_kind_value_vnd=value,
            purpose=rng.choice(_PURPOSES),
        )

    # -- inspections -----------------------------------------------------------------
    def inspections(self, days: _Days, n: int) -> list[Record]:
        return [self.inspection(d) for d in days.many(self.rng, n)]

    def inspection(self, day: date) -> Inspection:
        rng = self.rng
        hamlet = self.hamlet()
        subject, body = rng.choice(
            (
                (f"Kiểm tra việc triển khai Kế hoạch phòng ngừa và ứng phó với BLTCSG năm {day.year}", f"UBND {self.unit}"),
                (f"Giám sát hoạt động địa chỉ tin cậy – nhà tạm lánh {hamlet}", f"Địa chỉ tin cậy {hamlet}"),
                ("Kiểm tra công tác tiếp nhận, hỗ trợ người bị bạo lực", f"UBND {self.unit}"),
                (f"Giám sát hoạt động CLB {_CLUB} {hamlet}", f"Ban chủ nhiệm CLB {hamlet}"),
                ("Kiểm tra việc thực hiện chế độ báo cáo thống kê về BLTCSG", f"UBND {self.unit}"),
                (f"Kiểm tra công tác phòng, chống bạo lực gia đình tại {hamlet}", f"Ban tự quản {hamlet}"),
            )
        )  # fmt: skip
        inspector = rng.choice(
            (
                "Phòng LĐ-TB&XH thành phố",
                "Đoàn kiểm tra liên ngành thành phố",
                f"Ban Chỉ đạo công tác gia đình {self.unit}",
                f"Ủy ban MTTQ Việt Nam {self.unit}",
                f"HĐND {self.unit}",
            )
        )
        findings = rng.choice(_FINDINGS_GOOD)
        follow_up = ""
        if rng.random() < 0.65:
            findings += " Tồn tại: " + rng.choice(_FINDINGS_BAD)
            deadline = day + timedelta(days=rng.choice((15, 30, 45)))
            follow_up = rng.choice(_FOLLOW_UPS).format(d=deadline.strftime("%d/%m/%Y"))
        elif rng.random() < 0.5:
            follow_up = "Tiếp tục duy trì, nhân rộng các mô hình hiệu quả."
        return Inspection(
            inspected_on=day,
            subject=subject,
            inspector=inspector,
            inspected_body=body,
            findings=findings,
            follow_up=follow_up,
        )

    # -- funding ---------------------------------------------------------------------
    def funding(self, sl: _Slice, n: int) -> list[Record]:
        rng = self.rng
        out: list[Record] = []
        lines: list[tuple[str, str, int, int]] = []
        year_done = 1.0 if sl.last >= date(sl.year, 12, 15) else sl.fraction
        for i in range(n):
            if not lines:
                lines = rng.sample(_BUDGET_LINES, len(_BUDGET_LINES))
            line, source, lo, hi = lines.pop()
            if rng.random() < 0.2 and source in ("unit_budget", "city_budget"):
                source = "city_budget" if source == "unit_budget" else "unit_budget"
            planned = _round_to(rng.triangular(lo, hi, lo + (hi - lo) * 0.3), 500_000)
            spent = _round_to(planned * year_done * rng.uniform(0.7, 1.0), 1000)
            if year_done == 1.0 and rng.random() < 0.3:
                spent = planned
            notes = "" if year_done == 1.0 else "Số đã chi tính đến thời điểm báo cáo."
            if i >= len(_BUDGET_LINES):
                line = f"{line} (đợt {i // len(_BUDGET_LINES) + 1})"
            out.append(
                Funding(
                    year=sl.year,
                    budget_line=line,
                    source=source,
                    planned_vnd=planned,
                    spent_vnd=spent,
                    notes=notes,
                )
            )
        return out


def _unit_words(unit_name: str) -> tuple[str, str]:
    """("phường", "Tân Lợi") from "Tân Lợi" or "Phường Tân Lợi"; ("xã", ...) for communes."""
    name = " ".join(unit_name.split())[:60] or "Tân Lợi"
    low = name.lower()
    for word in ("phường", "xã", "thị trấn"):
        if low.startswith(word + " "):
            return word, name[len(word) + 1 :]
    return "phường", name


def _date_key(record: Record) -> date:
    for name in (
        "start_date",
        "reported_on",
        "established_on",
        "as_of",
        "received_on",
        "inspected_on",
    ):
        value = getattr(record, name, None)
        if value is not None:
            return value  # type: ignore[no-any-return]
    return date(record.year, 1, 1)  # type: ignore[attr-defined]


_KIND_RANK = {k: i for i, k in enumerate(KINDS)}


def generate(
    seed: int = 1,
    years: int = 5,
    records: int | None = None,
    end: date | None = None,
    unit_name: str = "Tân Lợi",
    counts: dict[str, int] | None = None,
) -> Iterator[Record]:
    """Yield synthetic records of every kind over `years` years ending on `end`.

    Without `records`, a small ward's volume each year (see `WARD_YEAR`); with
    `records`, exactly that many in the shares of `PROPORTIONS` (100 000 is about a
    city of 21 wards over five years); with `counts`, exactly that many of each kind
    named (kinds not named: none). Every record is valid for `today=end` and
    dated on or after the start of the range and on or before `end`.
    """
    if years < 1:
        raise ValueError("years must be at least 1")
    if records is not None and records < 0:
        raise ValueError("records must not be negative")
    end = end or date.today()
    start = _years_before(end, years) + timedelta(days=1)
    slices = _slices(start, end)
    rng = random.Random(seed)
    if counts is not None:
        unknown = set(counts) - set(KINDS)
        if unknown or any(n < 0 for n in counts.values()):
            raise ValueError(f"bad counts: {counts}")
        records = sum(counts.values())
    city = records is not None and records > _WARD_RECORDS_PER_YEAR * years * 2
    gen = _Generator(rng, end, unit_name, city)

    exact: dict[str, list[int]] = {}
    if records is not None:
        if counts is not None:
            per_kind = [counts.get(k, 0) for k in KINDS]
        else:
            per_kind = _split(records, [PROPORTIONS[k] for k in KINDS])
        weights = [sl.days for sl in slices]
        exact = {k: _split(n, weights) for k, n in zip(KINDS, per_kind, strict=True)}

    for index, sl in enumerate(slices):
        if exact:
            counts = {k: exact[k][index] for k in KINDS}
        else:
            counts = _ward_counts(rng, sl, index == 0, len(gen.hamlets))
        activity_days = _Days(sl.first, sl.last, _activity_weight)
        year: list[Record] = []
        year += gen.funding(sl, counts["funding"])
        year += gen.models(_Days(sl.first, sl.last, _office_weight), counts["model"], index == 0)
        year += gen.trainings(_Days(sl.first, sl.last, _office_weight), counts["training"])
        year += gen.activities(activity_days, counts["activity"])
        year += gen.cases(_Days(sl.first, sl.last, _case_weight), counts["case"])
        year += gen.mobilisations(_Days(sl.first, sl.last, _support_weight), counts["mobilisation"])
        year += gen.inspections(_Days(sl.first, sl.last, _office_weight), counts["inspection"])
        year += gen.influencers(sl, counts["influencer"])
        year.sort(key=lambda r: (_date_key(r), _KIND_RANK[r.kind]))
        yield from year


def _ward_counts(rng: random.Random, sl: _Slice, first: bool, hamlets: int) -> dict[str, int]:
    """How many records of each kind a small ward keeps in (part of) a year."""

    def scaled(n: float) -> int:
        n *= sl.fraction
        whole = int(n)
        return whole + (1 if rng.random() < n - whole else 0)

    counts = {k: scaled(rng.randint(lo, hi)) for k, (lo, hi) in WARD_YEAR.items()}
    counts["funding"] = rng.randint(*WARD_YEAR["funding"])  # budget lines are yearly
    counts["model"] = rng.randint(2, 3) if first else scaled(_W([(0, 45), (1, 40), (2, 15)])(rng))
    network_day = date(sl.year, 12, 10)
    counts["influencer"] = hamlets if sl.first <= network_day <= sl.last or sl.is_last else 0
    return counts
