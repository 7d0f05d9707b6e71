"""The report's body drafted in Vietnamese from the figures, for the officer to edit.

`draft_narrative(figures)` returns one text per section of `model.SECTIONS`: the
sections in `model.DRAFTED_SECTIONS` are written from the figures in the formal style
of a ward's report ("Trong kỳ báo cáo, UBND phường đã chỉ đạo ... tổ chức 12 buổi nói
chuyện chuyên đề với 850 lượt người tham dự ..."); the others (what went well,
difficulties, next tasks, proposals) are "" for the officer to write. Paragraphs are
separated by a blank line.

Conventions: counts with their unit word (buổi, lượt người, vụ, người, lớp, cuộc,
đồng), a leading zero below ten as official letters write them ("05 buổi"), thousands
grouped with "." (1.234.567 đồng), percentages with a decimal comma ("38,5%"); a figure
that is zero is said plainly in words, never left out silently. In a masked copy a
hidden count reads "một số" (some) and a list names its hidden items without a number,
since a cell hidden to protect another may well be 5 or more. The same figures always
give the same text.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction

from gbv_desktop.domain import vocab
from gbv_desktop.reports.figures import level_word
from gbv_desktop.reports.model import DRAFTED_SECTIONS, SECTIONS, Figures

# A count hidden in a masked copy. Not "dưới 5": cells hidden so that others cannot be
# worked back from a total may be larger, and the text must stay true.
HIDDEN = "một số"
GBV = "bạo lực trên cơ sở giới"
PREVENTION = "phòng ngừa, ứng phó với bạo lực trên cơ sở giới"

# -- numbers as an official letter writes them -------------------------------------------


def group_thousands(value: int) -> str:
    """1234567 -> "1.234.567"."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", ".")


def format_count(value: int | None) -> str:
    """A count in running text: "05", "12", "1.234"; a hidden count "một số"."""
    if value is None:
        return HIDDEN
    if 0 < value < 10:
        return f"0{value}"
    return group_thousands(value)


def format_vnd(value: int | None) -> str:
    """An amount: "1.234.567 đồng"."""
    return "(số liệu được ẩn) đồng" if value is None else f"{group_thousands(value)} đồng"


def format_percent(value: float | Decimal | Fraction | int | None, places: int = 1) -> str:
    """38.5 -> "38,5%"; 60 -> "60%"; None -> "(ẩn)"."""
    if value is None:
        return "(ẩn)"
    tenths = Decimal(str(float(value))).quantize(Decimal(1) / 10**places, ROUND_HALF_UP)
    text = f"{tenths:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") + "%"


def _date(day: date) -> str:
    return f"{day.day}/{day.month}/{day.year}"


def _lower_first(text: str) -> str:
    """A vocabulary label inside a sentence: "Cơ sở y tế" -> "cơ sở y tế", but
    "UBND phường, xã" stays (an abbreviation keeps its capitals)."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _join(parts: list[str], last: str = "và") -> str:
    """A list in a sentence: "a", "a và b", "a, b và c"."""
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {last} " + parts[-1]


class _Text:
    """Reads named figures for the sentences of one report."""

    def __init__(self, figures: Figures) -> None:
        self.f = figures
        self.v = figures.values
        level = level_word(figures.unit.level) or "phường"
        self.level = level  # "phường", "xã", "thành phố"
        self.ubnd = f"UBND {level}"
        self.area = f"trên địa bàn {level}"
        self.period = figures.period
        first, last = figures.period.start.year, figures.period.end.year
        if figures.kind == "phase" and first != last:
            self.during = f"Trong giai đoạn {first} – {last}"
            self.within = "trong giai đoạn"
        else:
            self.during = "Trong kỳ báo cáo"
            self.within = "trong kỳ"

    def __call__(self, key: str) -> int | None:
        value = self.v.get(key, 0)
        if value is None:
            return None
        return int(value)

    def share(self, key: str) -> float | None:
        value = self.v.get(key)
        return None if value is None else float(value)

    def zero(self, key: str) -> bool:
        return self.v.get(key, 0) == 0

    def some(self, key: str) -> bool:
        """More than zero (a hidden count is more than zero)."""
        value = self.v.get(key, 0)
        return value is None or value > 0

    def n(self, key: str, unit: str) -> str:
        return f"{format_count(self(key))} {unit}"

    def listing(
        self,
        items: Iterable[tuple[str, str]],
        unit: str,
        order: bool = True,
        number_first: bool = False,
    ) -> list[str]:
        """Phrases "<label> <count> <unit>" (or "<count> <unit> <label>"), one for each
        (key, label) with a non-zero count: the largest first, ties and hidden counts in
        vocabulary order (or all in the given order). A hidden count's phrase is its label."""
        found = [(key, label) for key, label in items if self.some(key)]
        if order:
            found.sort(key=lambda kl: -(self(kl[0]) if self(kl[0]) is not None else 0))
        if number_first:
            return [f"{self.n(key, unit)} {label}" for key, label in found]
        return [
            label if self(key) is None else f"{label} {self.n(key, unit)}" for key, label in found
        ]


# -- the sections ---------------------------------------------------------------------


def _situation(t: _Text) -> str:
    f = t.f
    paragraphs: list[str] = []
    lead = f"{t.during} (từ ngày {_date(t.period.start)} đến ngày {_date(t.period.end)})"
    if f.masked:
        paragraphs.append(
            "Bản báo cáo này được chia sẻ ra ngoài cơ quan nhà nước: các số liệu nhỏ và một số "
            "số liệu liên quan được ẩn để bảo vệ người bị bạo lực."
        )
    if t.zero("cases.count"):
        text = f"{lead}, {t.area} không phát sinh vụ việc {GBV}."
        if f.kind in ("annual", "phase"):
            text += _cases_by_year(t)
        return "\n\n".join([*paragraphs, text])
    sexes = t.listing(
        [("survivors.by_sex.female", "nữ"), ("survivors.by_sex.male", "nam"),
         ("survivors.by_sex.unknown", "không rõ giới tính")],
        "người", order=False,
    )  # fmt: skip
    text = (
        f"{lead}, {t.area} đã phát hiện, tiếp nhận {t.n('cases.count', 'vụ việc')} {GBV} "
        f"với {t.n('survivors.count', 'người')} bị bạo lực ({', '.join(sexes)})"
    )
    if t.some("cases.domestic"):
        text += f"; trong đó có {t.n('cases.domestic', 'vụ')} bạo lực gia đình"
    else:
        text += "; trong đó không có vụ bạo lực gia đình"
    text += "."
    if f.kind in ("annual", "phase"):
        text += _cases_by_year(t)
    paragraphs.append(text)

    types = t.listing(
        [(f"cases.by_violence_type.{c}", _lower_first(vocab.VIOLENCE_TYPES.label(c)))
         for c in vocab.VIOLENCE_TYPES.codes],
        "vụ",
    )  # fmt: skip
    if types:
        paragraphs.append(
            f"Về hình thức bạo lực: {_join(types)} (một vụ việc có thể có nhiều hình thức bạo lực)."
        )
    ages = t.listing(
        [(f"survivors.by_age_group.{c}", _lower_first(vocab.AGE_GROUPS.label(c)))
         for c in vocab.AGE_GROUPS.codes],
        "người", order=False, number_first=True,
    )  # fmt: skip
    text = f"Về độ tuổi, có {_join(ages)}."
    groups = []
    if t.some("survivors.ethnic_minority"):
        groups.append(f"{t.n('survivors.ethnic_minority', 'người')} là người dân tộc thiểu số")
    if t.some("survivors.disability"):
        groups.append(f"{t.n('survivors.disability', 'người')} là người khuyết tật")
    if groups:
        text += f" Trong số người bị bạo lực có {_join(groups)}."
    else:
        text += " Không có người bị bạo lực là người dân tộc thiểu số hoặc người khuyết tật."
    paragraphs.append(text)

    sexes = t.listing(
        [("perpetrators.by_sex.male", "nam"), ("perpetrators.by_sex.female", "nữ"),
         ("perpetrators.by_sex.unknown", "không rõ giới tính")],
        "người", order=False,
    )  # fmt: skip
    relations = t.listing(
        [(f"perpetrators.by_relation.{c}", _lower_first(vocab.PERPETRATOR_RELATIONS.label(c)))
         for c in vocab.PERPETRATOR_RELATIONS.codes],
        "người",
    )  # fmt: skip
    text = f"Người gây bạo lực (tính theo vụ việc): {', '.join(sexes)}"
    if relations:
        text += f"; theo quan hệ với người bị bạo lực: {'; '.join(relations)}"
    paragraphs.append(text + ".")
    return "\n\n".join(paragraphs)


def _cases_by_year(t: _Text) -> str:
    by_year = t.f.by_year
    years = sorted(by_year)
    if len(years) < 2:
        return ""
    counts = {y: by_year[y].get("cases.count") for y in years}
    if t.f.kind == "annual":
        this, before = counts[years[-1]], counts[years[-2]]
        if this is None or before is None:
            return ""
        if this == before == 0:
            return ""
        if before == 0:
            return f" Năm {years[-2]}, {t.area} không phát sinh vụ việc {GBV}."
        previous = f"năm {years[-2]} ({format_count(int(before))} vụ)"
        if this == before:
            return f" Số vụ việc không thay đổi so với {previous}."
        change = "tăng" if this > before else "giảm"
        return (
            f" So với {previous}, số vụ việc {change} {format_count(abs(int(this - before)))} vụ."
        )
    if all(c == 0 for c in counts.values()):
        return ""
    listed = [
        f"năm {y}: " + ("không có vụ việc" if c == 0 else f"{format_count(c)} vụ")  # type: ignore[arg-type]
        for y, c in counts.items()
    ]
    return f" Số vụ việc qua các năm: {'; '.join(listed)}."


# How each form of activity is counted in running text: (phrase, unit word, what its
# attendance is called). Events count people present; broadcasts, materials and online
# posts count people reached.
_FORM_WORDS = {
    "talk": ("nói chuyện chuyên đề", "buổi", "lượt người tham dự"),
    "club_meeting": ("sinh hoạt câu lạc bộ", "buổi", "lượt người tham dự"),
    "seminar": ("tọa đàm, giao lưu", "buổi", "lượt người tham dự"),
    "rally": ("mít tinh", "buổi", "lượt người tham dự"),
    "contest": ("hội thi", "cuộc", "lượt người tham gia"),
    "other": ("hình thức khác", "hoạt động", "lượt người tham dự"),
    "broadcast": ("phát thanh trên hệ thống loa truyền thanh", "lượt", "lượt người tiếp cận"),
    "materials": ("cấp phát tờ rơi, tài liệu, pa-nô, áp phích", "đợt", "lượt người tiếp cận"),
    "online": ("truyền thông trực tuyến, trên mạng xã hội", "tin, bài", "lượt tiếp cận"),
}


def _awareness(t: _Text) -> str:
    if t.zero("activities.count"):
        text = f"{t.during}, {t.area} không tổ chức hoạt động truyền thông nào về {PREVENTION}."
        return "\n\n".join([text, _influencers(t)])
    paragraphs: list[str] = []
    text = (
        f"{t.during}, {t.ubnd} đã chỉ đạo, phối hợp với các ban, ngành, đoàn thể tổ chức "
        f"{t.n('activities.count', 'hoạt động')} truyền thông, nâng cao nhận thức về "
        f"{PREVENTION}, thu hút {t.n('attendance.total', 'lượt người')} tham dự và tiếp cận"
    )
    if t.some("attendance.female") or t.some("attendance.male"):
        text += (
            f", trong đó nữ {t.n('attendance.female', 'lượt người')}, "
            f"nam {t.n('attendance.male', 'lượt người')}"
        )
        men = t.share("attendance.men_share")
        if men is not None:
            text += f"; nam giới chiếm {format_percent(men)} số lượt người tham dự có ghi giới tính"
    paragraphs.append(text + ".")

    clauses = []
    forms = [c for c in vocab.ACTIVITY_FORMS.codes if t.some(f"activities.by_form.{c}")]
    for code in forms:
        phrase, unit, attended = _FORM_WORDS.get(
            code, (_lower_first(vocab.ACTIVITY_FORMS.label(code)), "hoạt động", "lượt người")
        )
        clause = f"{phrase} {t.n(f'activities.by_form.{code}', unit)}"
        if t.some(f"attendance.by_form.{code}.total"):
            clause += f" với {t.n(f'attendance.by_form.{code}.total', attended)}"
        clauses.append(clause)
    extra = [c for c in t.v if c.startswith("activities.by_form.") and
             c.removeprefix("activities.by_form.") not in vocab.ACTIVITY_FORMS]  # fmt: skip
    for key in sorted(extra):
        if t.some(key):
            clauses.append(f"{key.removeprefix('activities.by_form.')} {t.n(key, 'hoạt động')}")
    if clauses:
        paragraphs.append(f"Cụ thể: {'; '.join(clauses)}.")

    settings = t.listing(
        [(f"activities.by_setting.{c}", _SETTING_WORDS.get(c, _lower_first(vocab.SETTINGS.label(c))))
         for c in vocab.SETTINGS.codes],
        "hoạt động",
    )  # fmt: skip
    text = f"Theo địa bàn, môi trường: {'; '.join(settings)}." if settings else ""
    campaigns = []
    for code in vocab.CAMPAIGNS.codes:
        if code == "none" or not t.some(f"activities.by_campaign.{code}"):
            continue
        clause = (
            f"{t.n(f'activities.by_campaign.{code}', 'hoạt động')} hưởng ứng "
            f"{vocab.CAMPAIGNS.label(code)}"
        )
        if t.some(f"attendance.by_campaign.{code}.total"):
            clause += f" với {t.n(f'attendance.by_campaign.{code}.total', 'lượt người tham dự')}"
        campaigns.append(clause)
    if campaigns:
        text += f" Trong các đợt cao điểm, đã tổ chức {_join(campaigns)}."
    if text:
        paragraphs.append(text.strip())

    reach = []
    if t.some("attendance.children"):
        reach.append(f"{t.n('attendance.children', 'lượt')} trẻ em")
    if t.some("attendance.ethnic_minority"):
        reach.append(f"{t.n('attendance.ethnic_minority', 'lượt')} người dân tộc thiểu số")
    text = f"Các hoạt động đã tiếp cận {_join(reach)}." if reach else ""
    if t.some("materials.handed_out"):
        text += f" Đã cấp phát {t.n('materials.handed_out', 'bản')} tờ rơi, tài liệu các loại."
    if t.some("activities.cost_vnd"):
        text += f" Kinh phí chi cho hoạt động truyền thông: {format_vnd(t('activities.cost_vnd'))}."
    if text:
        paragraphs.append(text.strip())
    paragraphs.append(_influencers(t))
    return "\n\n".join(paragraphs)


_SETTING_WORDS = {
    "school": "trong trường học",
    "residential": "tại khu dân cư",
    "workplace": "tại nơi làm việc",
    "other": "ở nơi khác",
}


def _influencers(t: _Text) -> str:
    end = _date(t.period.end)
    if t.zero("influencers.total"):
        return f"Đến ngày {end}, chưa có số liệu về mạng lưới người có ảnh hưởng tại cộng đồng."
    return (
        f"Đến ngày {end}, mạng lưới người có ảnh hưởng tại cộng đồng có "
        f"{t.n('influencers.total', 'người')} (nữ {t.n('influencers.female', 'người')}, "
        f"nam {t.n('influencers.male', 'người')}) tại "
        f"{t.n('influencers.hamlets', 'thôn, buôn, tổ dân phố')}."
    )


_MODEL_WORDS = {
    "trusted_address": "địa chỉ tin cậy – nhà tạm lánh cộng đồng",
    "club": "câu lạc bộ phòng ngừa, giảm thiểu nguy cơ bạo lực trên cơ sở giới",
    "livelihood_pilot": "mô hình thí điểm hỗ trợ sinh kế, tự chủ tài chính",
    "safe_friendly": "mô hình an toàn, thân thiện với phụ nữ và trẻ em gái",
    "workplace_harassment": "mô hình phòng ngừa quấy rối tình dục tại nơi làm việc",
    "counselling_point": "điểm tư vấn, tham vấn",
    "other": "mô hình khác",
}


def _models_phrase(t: _Text, state: str) -> list[str]:
    out = []
    for code in vocab.MODEL_TYPES.codes:
        key = f"models.{state}.by_type.{code}"
        if t.some(key):
            out.append(f"{format_count(t(key))} {_MODEL_WORDS[code]}")
    return out


def _support(t: _Text) -> str:
    paragraphs: list[str] = []
    if t.zero("models.active.total"):
        paragraphs.append(
            f"{t.during}, {t.area} chưa có mô hình, cơ sở cung cấp dịch vụ {PREVENTION} hoạt động."
        )
    else:
        text = (
            f"{t.during}, {t.area} duy trì hoạt động của "
            f"{t.n('models.active.total', 'mô hình, cơ sở cung cấp dịch vụ')}, gồm: "
            f"{'; '.join(_models_phrase(t, 'active'))}."
        )
        if t.some("models.new.count"):
            text += (
                f" {t.within.capitalize()}, thành lập mới {t.n('models.new.count', 'mô hình, cơ sở')} "
                f"({'; '.join(_models_phrase(t, 'new'))})."
            )
        else:
            text += f" {t.within.capitalize()}, không thành lập mới mô hình, cơ sở nào."
        if t.some("models.closed.count"):
            text += f" Có {t.n('models.closed.count', 'mô hình')} giải thể {t.within}."
        paragraphs.append(text)

    end = _date(t.period.end)
    if t.zero("cases.count"):
        paragraphs.append(
            f"{t.within.capitalize()}, không phát sinh vụ việc cần hỗ trợ, can thiệp."
        )
    else:
        if t.zero("cases.with_needs"):
            text = (
                f"Trong {t.n('cases.count', 'vụ việc')} phát sinh {t.within}, không có vụ việc "
                "nào được ghi nhận có nhu cầu hỗ trợ."
            )
        else:
            text = (
                f"Trong {t.n('cases.count', 'vụ việc')} phát sinh {t.within}, có "
                f"{t.n('cases.with_needs', 'vụ')} có nhu cầu hỗ trợ; đến ngày {end}, "
                f"{t.n('indicators.I2.numerator', 'vụ')} đã được hỗ trợ đầy đủ theo nhu cầu."
            )
            unmet = t.listing(
                [(f"needs.unmet.{c}", _lower_first(vocab.SERVICE_KINDS.label(c)))
                 for c in vocab.SERVICE_KINDS.codes],
                "vụ",
            )  # fmt: skip
            if unmet:
                text += f" Nhu cầu chưa được đáp ứng: {'; '.join(unmet)}."
        statuses = [
            f"{t.n(f'cases.by_status.{c}', 'vụ')} {w}"
            for c, w in (("closed", "đã kết thúc hỗ trợ"), ("referred", "đã chuyển tuyến"),
                         ("open", "đang tiếp tục được hỗ trợ"))
            if t.some(f"cases.by_status.{c}")
        ]  # fmt: skip
        if statuses:
            text += f" Đến thời điểm báo cáo, {_join(statuses)}."
        paragraphs.append(text)
    if t.zero("services.count"):
        if t.some("cases.count"):
            paragraphs.append(
                f"{t.within.capitalize()}, chưa có lượt dịch vụ hỗ trợ nào được cung cấp."
            )
    else:
        kinds = t.listing(
            [(f"services.by_kind.{c}", _lower_first(vocab.SERVICE_KINDS.label(c)))
             for c in vocab.SERVICE_KINDS.codes],
            "lượt",
        )  # fmt: skip
        text = (
            f"{t.within.capitalize()}, đã cung cấp {t.n('services.count', 'lượt')} dịch vụ hỗ trợ cho "
            f"{t.n('services.cases', 'vụ việc')}, gồm: {'; '.join(kinds)}."
        )
        family = "services.by_provider.family_community"
        if t.some(family):
            text += (
                f" Trong đó, {t.n('services.from_providers', 'lượt')} do cơ sở cung cấp "
                f"dịch vụ thực hiện và {t.n(family, 'lượt')} do gia đình, cộng đồng hỗ trợ."
            )
        else:
            text += " Tất cả các lượt hỗ trợ đều do cơ sở cung cấp dịch vụ thực hiện."
        if t.some("shelter.days"):
            text += f" Tổng số ngày tạm lánh: {t.n('shelter.days', 'ngày')}."
        paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _training(t: _Text) -> str:
    if t.zero("trainings.count"):
        return f"{t.during}, {t.area} không tổ chức lớp tập huấn, bồi dưỡng nào về {PREVENTION}."
    roles = t.listing(
        [(f"trainings.participants.by_role.{c}.total", _lower_first(vocab.TRAINING_ROLES.label(c)))
         for c in vocab.TRAINING_ROLES.codes],
        "người",
    )  # fmt: skip
    text = (
        f"{t.during}, đã tổ chức và cử cán bộ tham gia {t.n('trainings.count', 'lớp')} tập huấn, "
        f"bồi dưỡng nâng cao năng lực về {PREVENTION} với "
        f"{t.n('trainings.participants.total', 'lượt người')} tham gia (nữ "
        f"{t.n('trainings.participants.female', 'người')}, nam "
        f"{t.n('trainings.participants.male', 'người')})"
    )
    if roles:
        text += f", gồm: {'; '.join(roles)}"
    text += "."
    if t.some("trainings.cost_vnd"):
        text += f" Kinh phí tập huấn: {format_vnd(t('trainings.cost_vnd'))}."
    return text


def _mobilisation(t: _Text) -> str:
    if t.zero("mobilisations.count"):
        return (
            f"{t.during}, chưa huy động được nguồn lực hỗ trợ từ các cơ quan, tổ chức, doanh "
            "nghiệp và cá nhân."
        )
    text = (
        f"{t.during}, đã vận động, huy động được {t.n('mobilisations.count', 'lượt')} hỗ trợ "
        "từ các cơ quan, tổ chức, doanh nghiệp và cá nhân với tổng giá trị "
        f"{format_vnd(t('mobilisations.total_vnd'))}"
    )
    if t.zero("mobilisations.in_kind_value_vnd"):
        text += ", toàn bộ bằng tiền mặt."
    elif t.zero("mobilisations.cash_vnd"):
        text += ", toàn bộ bằng hiện vật (giá trị quy đổi)."
    else:
        text += (
            f", trong đó tiền mặt {format_vnd(t('mobilisations.cash_vnd'))}, hiện vật quy đổi "
            f"{format_vnd(t('mobilisations.in_kind_value_vnd'))}."
        )
    sources = []
    for code in vocab.SUPPORT_SOURCES.codes:
        p = f"mobilisations.by_source.{code}"
        if t.some(f"{p}.count"):
            sources.append(
                f"{_lower_first(vocab.SUPPORT_SOURCES.label(code))} {t.n(f'{p}.count', 'lượt')} "
                f"({format_vnd(t(f'{p}.total_vnd'))})"
            )
    if sources:
        text += f" Theo nguồn: {'; '.join(sources)}."
    return text


def _inspection(t: _Text) -> str:
    paragraphs = []
    if t.zero("inspections.count"):
        paragraphs.append(f"{t.during}, không tiến hành cuộc kiểm tra, giám sát nào.")
    else:
        paragraphs.append(
            f"{t.during}, đã tiến hành {t.n('inspections.count', 'cuộc')} kiểm tra, giám sát "
            f"việc thực hiện công tác {PREVENTION} {t.area}."
        )
    if t.zero("cases.count"):
        paragraphs.append(
            f"Do không phát sinh vụ việc, {t.within} không có người gây bạo lực phải xử lý."
        )
    else:
        handled = t.listing(
            [(f"perpetrators.by_handling.{c}", _lower_first(vocab.HANDLING_MEASURES.label(c)))
             for c in vocab.HANDLING_MEASURES.codes if c != "not_yet"],
            "người",
        )  # fmt: skip
        text = (
            f"Đối với người gây bạo lực trong {t.n('cases.count', 'vụ việc')} phát sinh {t.within}"
        )
        if handled:
            text += f", đã xử lý theo các hình thức: {'; '.join(handled)}"
            text += " (một người có thể bị áp dụng nhiều hình thức)"
        else:
            text += ", chưa có trường hợp nào được xử lý"
        text += "."
        if t.some("perpetrators.by_handling.not_yet"):
            text += (
                f" Còn {t.n('perpetrators.by_handling.not_yet', 'người')} chưa được xử lý, "
                "đang tiếp tục xem xét theo quy định."
            )
        paragraphs.append(text)
    return "\n\n".join(paragraphs)


def _funding(t: _Text) -> str:
    first = int(t.v.get("funding.first_year") or t.period.start.year)
    last = int(t.v.get("funding.last_year") or t.period.end.year)
    if first == last:
        years = f"năm {first}"
    else:
        years = f"{'giai đoạn' if t.f.kind == 'phase' else 'các năm'} {first} – {last}"
    paragraphs = []
    if t.zero("funding.planned_vnd") and t.zero("funding.spent_vnd"):
        paragraphs.append(f"Chưa có số liệu về kinh phí thực hiện {years}.")
    else:
        text = (
            f"Kinh phí thực hiện {years}: tổng dự toán {format_vnd(t('funding.planned_vnd'))}, "
            f"đã chi {format_vnd(t('funding.spent_vnd'))}"
        )
        spent = t.share("funding.spent_percent")
        if spent is not None:
            text += f", đạt {format_percent(spent)} dự toán"
        text += "."
        sources = []
        for code in vocab.FUNDING_SOURCES.codes:
            p = f"funding.by_source.{code}"
            if t.some(f"{p}.planned_vnd") or t.some(f"{p}.spent_vnd"):
                sources.append(
                    f"{_lower_first(vocab.FUNDING_SOURCES.label(code))}: dự toán "
                    f"{format_vnd(t(f'{p}.planned_vnd'))}, đã chi {format_vnd(t(f'{p}.spent_vnd'))}"
                )
        if sources:
            text += f" Trong đó: {'; '.join(sources)}."
        paragraphs.append(text)
    costs = []
    if t.some("activities.cost_vnd"):
        costs.append(f"hoạt động truyền thông {format_vnd(t('activities.cost_vnd'))}")
    if t.some("trainings.cost_vnd"):
        costs.append(f"tập huấn {format_vnd(t('trainings.cost_vnd'))}")
    if costs:
        paragraphs.append(f"Kinh phí đã chi cho các hoạt động {t.within}: {'; '.join(costs)}.")
    return "\n\n".join(paragraphs)


def _percent_cut(numerator: int, denominator: int) -> str:
    """The indicator's percentage cut to one decimal (never rounded up to a target)."""
    tenths = math.floor(Fraction(numerator * 1000, denominator)) / 10
    return format_percent(tenths)


def _indicators(t: _Text) -> str:
    paragraphs = []
    for ind in t.f.indicators:
        target = format_percent(Decimal(ind.target_percent))
        at_least = "ít nhất " if Decimal(ind.target_percent) < 100 else ""
        if ind.code == "I1":
            goal = (
                f"Chỉ tiêu 1: {at_least}{target} người bị bạo lực trên cơ sở giới được tiếp cận "
                "ít nhất một dịch vụ hỗ trợ của cơ sở cung cấp dịch vụ."
            )
            unit, nobody = "người", "không có người bị bạo lực trên cơ sở giới được ghi nhận"
        else:
            goal = (
                f"Chỉ tiêu 2: {at_least}{target} vụ việc bạo lực trên cơ sở giới có nhu cầu "
                "được hỗ trợ, can thiệp kịp thời."
            )
            unit, nobody = "vụ", "không có vụ việc có nhu cầu hỗ trợ"
        met = ind.met
        if met is None:
            result = f"Kết quả: {t.within} {nobody}, chưa có số liệu để đánh giá chỉ tiêu."
        elif ind.numerator is None or ind.denominator is None:
            verdict = "đạt chỉ tiêu" if met else "chưa đạt chỉ tiêu"
            result = f"Kết quả: {verdict} (số liệu nhỏ được ẩn trong bản chia sẻ)."
        else:
            verdict = "đạt chỉ tiêu" if met else "chưa đạt chỉ tiêu"
            result = (
                f"Kết quả: {group_thousands(ind.numerator)}/{group_thousands(ind.denominator)} "
                f"{unit}, đạt {_percent_cut(ind.numerator, ind.denominator)} – {verdict} "
                f"(chỉ tiêu kế hoạch: {target})."
            )
        paragraphs.append(f"{goal} {result}")
    return "\n\n".join(paragraphs)


_DRAFTERS = {
    "I": _situation,
    "II.1": _awareness,
    "II.2": _support,
    "II.3": _training,
    "II.4": _mobilisation,
    "II.5": _inspection,
    "III": _funding,
    "IV.1": _indicators,
}


def draft_narrative(figures: Figures) -> dict[str, str]:
    """A draft text for every section of the report (see the module docstring)."""
    t = _Text(figures)
    out: dict[str, str] = {}
    for code, _heading in SECTIONS:
        drafter = _DRAFTERS.get(code) if code in DRAFTED_SECTIONS else None
        out[code] = drafter(t).strip() if drafter else ""
    return out
