"""The records officers keep, and the rules that make one valid.

Each record is a plain dataclass; `validate(today)` returns every problem as a
`FieldError` naming the field and the reason, so a form can mark each field and an
import can list every bad record. Amounts are whole Vietnamese đồng.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any, ClassVar

from gbv_desktop.domain import vocab
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, Labels, Message

_C = "Validation"
REQUIRED = QT_TRANSLATE_NOOP("Validation", "This field is required.")
IN_FUTURE = QT_TRANSLATE_NOOP("Validation", "The date {value} is in the future.")
END_BEFORE_START = QT_TRANSLATE_NOOP("Validation", "The end date is before the start date.")
NEGATIVE = QT_TRANSLATE_NOOP("Validation", "Must not be negative.")
NOT_WHOLE = QT_TRANSLATE_NOOP("Validation", "Must be a whole number.")
PARTS_ABOVE_TOTAL = QT_TRANSLATE_NOOP(
    "Validation", "Women ({female}) and men ({male}) add up to more than the total ({total})."
)
PART_ABOVE_TOTAL = QT_TRANSLATE_NOOP("Validation", "{value} is more than the total ({total}).")
UNKNOWN_CODE = QT_TRANSLATE_NOOP("Validation", '"{value}" is not one of the allowed choices.')
SERVICE_BEFORE_CASE = QT_TRANSLATE_NOOP(
    "Validation", "The service date {value} is before the case was reported ({reported})."
)
TOO_LONG = QT_TRANSLATE_NOOP("Validation", "Too long: at most {limit} characters.")
NOT_A_DATE = QT_TRANSLATE_NOOP("Validation", '"{value}" is not a valid date (dd/mm/yyyy).')
CLOSED_BEFORE_SETUP = QT_TRANSLATE_NOOP(
    "Validation", "The closing date is before the date it was set up."
)
CLOSED_WITHOUT_DATE = QT_TRANSLATE_NOOP("Validation", "A closed model needs the date it closed.")
DATE_WITHOUT_CLOSED = QT_TRANSLATE_NOOP("Validation", "Only a closed model has a closing date.")
SPENT_YEAR = QT_TRANSLATE_NOOP("Validation", "The year must be between 2000 and {max}.")
BAD_BIRTH_YEAR = QT_TRANSLATE_NOOP(
    "Validation", "The year of birth must be between 1900 and {max}."
)
TOO_LARGE = QT_TRANSLATE_NOOP("Validation", "Too large: at most {limit}.")
SHELTER_DAYS_WITHOUT_SERVICE = QT_TRANSLATE_NOOP(
    "Validation", "Shelter days are recorded but no shelter service was given."
)
NEEDS_UNMET_CLOSED = QT_TRANSLATE_NOOP(
    "Validation", "The case is closed but these needs received no service: {needs}."
)
NOT_A_PAIR = QT_TRANSLATE_NOOP("Validation", "Enter a number of women and a number of men.")
NO_PARTICIPANTS = QT_TRANSLATE_NOOP("Validation", "Enter at least one participant.")
CASH_OR_KIND = QT_TRANSLATE_NOOP(
    "Validation", "Enter an amount of money or a description of what was given."
)

MAX_TEXT = 2000
MAX_LINE = 300
MAX_AMOUNT = 10**13  # ten thousand billion đồng: anything above is a typing error


@dataclass(frozen=True)
class FieldError:
    field: str
    message: Message

    def render(self, translate: Any = None) -> str:
        return self.message.render(translate) if translate else self.message.render()


def _err(name: str, text: str, **params: Any) -> FieldError:
    return FieldError(name, Message(_C, text, params))


def _fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class _Checker:
    """Collects field errors for one record."""

    def __init__(self, record: Any, today: date) -> None:
        self.record = record
        self.today = today
        self.errors: list[FieldError] = []

    def add(self, name: str, text: str, **params: Any) -> None:
        if not any(e.field == name for e in self.errors):
            self.errors.append(_err(name, text, **params))

    def required(self, *names: str) -> None:
        for name in names:
            value = getattr(self.record, name)
            if (
                value is None
                or (isinstance(value, str | list | tuple) and not value)
                or (isinstance(value, str) and not value.strip())
            ):
                self.add(name, REQUIRED)

    def past(self, *names: str) -> None:
        for name in names:
            value = getattr(self.record, name)
            if isinstance(value, date) and value > self.today:
                self.add(name, IN_FUTURE, value=_fmt(value))

    def order(self, start: str, end: str) -> None:
        a, b = getattr(self.record, start), getattr(self.record, end)
        if isinstance(a, date) and isinstance(b, date) and b < a:
            self.add(end, END_BEFORE_START)

    def counts(self, *names: str) -> None:
        for name in names:
            value = getattr(self.record, name)
            if value is None:
                continue
            if isinstance(value, bool) or not isinstance(value, int):
                self.add(name, NOT_WHOLE)
            elif value < 0:
                self.add(name, NEGATIVE)
            elif value > MAX_AMOUNT:
                self.add(name, TOO_LARGE, limit=f"{MAX_AMOUNT:,}".replace(",", "."))

    def codes(self, name: str, vocabulary: vocab.Vocabulary, many: bool = False) -> None:
        value = getattr(self.record, name)
        values = value if many else ([value] if value not in (None, "") else [])
        for v in values:
            if v not in vocabulary:
                self.add(name, UNKNOWN_CODE, value=v)

    def text(self, *names: str, limit: int = MAX_LINE) -> None:
        for name in names:
            value = getattr(self.record, name)
            if isinstance(value, str) and len(value) > limit:
                self.add(name, TOO_LONG, limit=limit)

    def parts(self, total: str, female: str, male: str, *subsets: str) -> None:
        t, f, m = (getattr(self.record, n) for n in (total, female, male))
        if not _whole(t) or t < 0:
            return
        # A part left empty counts as 0: women alone may not exceed the total either.
        f0, m0 = (x if _whole(x) and x >= 0 else 0 for x in (f, m))
        if f0 + m0 > t:
            self.add(female, PARTS_ABOVE_TOTAL, female=f0, male=m0, total=t)
        for name in subsets:
            v = getattr(self.record, name)
            if _whole(v) and v > t:
                self.add(name, PART_ABOVE_TOTAL, value=v, total=t)


class Record:
    """Common behaviour of every record type."""

    kind: ClassVar[str]
    id: int | None

    def check(self, c: _Checker) -> None:  # pragma: no cover - every subclass overrides
        raise NotImplementedError

    def validate(self, today: date | None = None) -> list[FieldError]:
        c = _Checker(self, today or date.today())
        self.check(c)
        return c.errors

    def field_names(self) -> list[str]:
        return [f.name for f in fields(self)]  # type: ignore[arg-type]


@dataclass
class Activity(Record):
    kind: ClassVar[str] = "activity"
    start_date: date | None = None
    title: str = ""
    form: str = "talk"
    setting: str = "residential"
    end_date: date | None = None
    hamlet: str = ""
    campaign: str = "none"
    audiences: list[str] = field(default_factory=list)
    attendance_total: int | None = None
    attendance_female: int | None = None
    attendance_male: int | None = None
    attendance_children: int | None = None
    attendance_ethnic_minority: int | None = None
    materials_count: int = 0
    co_organisers: str = ""
    cost_vnd: int = 0
    funding_source: str = ""
    notes: str = ""
    id: int | None = None

    def check(self, c: _Checker) -> None:
        c.required("start_date", "title", "form", "setting", "campaign")
        c.past("start_date", "end_date")
        c.order("start_date", "end_date")
        c.codes("form", vocab.ACTIVITY_FORMS)
        c.codes("setting", vocab.SETTINGS)
        c.codes("campaign", vocab.CAMPAIGNS)
        c.codes("audiences", vocab.AUDIENCES, many=True)
        c.codes("funding_source", vocab.FUNDING_SOURCES)
        if self.form not in ("broadcast", "materials", "online"):
            # Events with people in a room must say how many came.
            c.required("attendance_total")
        c.counts(
            "attendance_total", "attendance_female", "attendance_male", "attendance_children",
            "attendance_ethnic_minority", "materials_count", "cost_vnd",
        )  # fmt: skip
        c.parts(
            "attendance_total", "attendance_female", "attendance_male",
            "attendance_children", "attendance_ethnic_minority",
        )  # fmt: skip
        c.text("title", "hamlet", "co_organisers")
        c.text("notes", limit=MAX_TEXT)


@dataclass
class Service:
    """One service given to a survivor for a case."""

    kind: str = "psychosocial"
    given_on: date | None = None
    provider_kind: str = "peoples_committee"
    provider_name: str = ""
    id: int | None = None


@dataclass
class Survivor:
    """A pseudonymous person: the statistics, never the identity."""

    sex: str = "female"
    ethnicity: str = "unknown"
    disability: bool = False
    birth_year: int | None = None
    id: int | None = None


@dataclass
class SurvivorIdentity:
    """Identifying details, stored apart and readable only by permitted roles."""

    full_name: str = ""
    phone: str = ""
    address: str = ""

    def is_empty(self) -> bool:
        return not (self.full_name.strip() or self.phone.strip() or self.address.strip())


@dataclass
class Case(Record):
    kind: ClassVar[str] = "case"
    reported_on: date | None = None
    channel: str = "self"
    survivor: Survivor = field(default_factory=Survivor)
    age_group: str = "16_59"
    violence_types: list[str] = field(default_factory=list)
    domestic: bool = True
    perpetrator_sex: str = "male"
    perpetrator_relation: str = "spouse"
    needs: list[str] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    shelter_days: int = 0
    handling: list[str] = field(default_factory=list)
    status: str = "open"
    consent_to_share: bool = False
    ref_code: str = ""  # generated by storage when the case is first saved
    # Identifying details: None means "not loaded" (or not permitted), never "erase".
    # A case has no other free text: anything written about what happened is the story,
    # which is identifying and kept apart.
    identity: SurvivorIdentity | None = None
    story: str | None = None
    id: int | None = None

    def unmet_needs(self, until: date | None = None) -> list[str]:
        given = {
            s.kind for s in self.services if until is None or (s.given_on and s.given_on <= until)
        }
        return [n for n in self.needs if n not in given]

    def check(self, c: _Checker) -> None:
        c.required("reported_on", "channel", "violence_types", "age_group", "status")
        c.past("reported_on")
        c.codes("channel", vocab.CASE_CHANNELS)
        c.codes("age_group", vocab.AGE_GROUPS)
        c.codes("violence_types", vocab.VIOLENCE_TYPES, many=True)
        c.codes("perpetrator_sex", vocab.SEXES)
        c.codes("perpetrator_relation", vocab.PERPETRATOR_RELATIONS)
        c.codes("needs", vocab.SERVICE_KINDS, many=True)
        c.codes("handling", vocab.HANDLING_MEASURES, many=True)
        c.codes("status", vocab.CASE_STATUSES)
        c.counts("shelter_days")
        s = self.survivor
        if s.sex not in vocab.SEXES:
            c.add("survivor.sex", UNKNOWN_CODE, value=s.sex)
        if s.ethnicity not in vocab.ETHNICITIES:
            c.add("survivor.ethnicity", UNKNOWN_CODE, value=s.ethnicity)
        if s.birth_year is not None and not _whole(s.birth_year):
            c.add("survivor.birth_year", NOT_WHOLE)
        elif s.birth_year is not None and not (1900 <= s.birth_year <= c.today.year):
            c.add("survivor.birth_year", BAD_BIRTH_YEAR, max=c.today.year)
        for i, sv in enumerate(self.services):
            name = f"services[{i}]"
            if sv.kind not in vocab.SERVICE_KINDS:
                c.add(name + ".kind", UNKNOWN_CODE, value=sv.kind)
            if sv.provider_kind not in vocab.PROVIDER_KINDS:
                c.add(name + ".provider_kind", UNKNOWN_CODE, value=sv.provider_kind)
            if sv.given_on is None:
                c.add(name + ".given_on", REQUIRED)
            elif sv.given_on > c.today:
                c.add(name + ".given_on", IN_FUTURE, value=_fmt(sv.given_on))
            elif self.reported_on and sv.given_on < self.reported_on:
                c.add(
                    name + ".given_on", SERVICE_BEFORE_CASE,
                    value=_fmt(sv.given_on), reported=_fmt(self.reported_on),
                )  # fmt: skip
            if len(sv.provider_name) > MAX_LINE:
                c.add(name + ".provider_name", TOO_LONG, limit=MAX_LINE)
        if self.shelter_days and not any(s.kind == "shelter" for s in self.services):
            c.add("shelter_days", SHELTER_DAYS_WITHOUT_SERVICE)
        unmet = self.unmet_needs()
        if self.status == "closed" and unmet:
            c.add(
                "needs",
                NEEDS_UNMET_CLOSED,
                needs=Labels(vocab.SERVICE_KINDS, tuple(unmet)),
            )
        if self.identity is not None:
            for name in ("full_name", "phone", "address"):
                if len(getattr(self.identity, name)) > MAX_LINE:
                    c.add("identity." + name, TOO_LONG, limit=MAX_LINE)
        if self.story is not None and len(self.story) > MAX_TEXT * 5:
            c.add("story", TOO_LONG, limit=MAX_TEXT * 5)


@dataclass
class Training(Record):
    kind: ClassVar[str] = "training"
    start_date: date | None = None
    topic: str = ""
    organiser: str = ""
    end_date: date | None = None
    place: str = ""
    # role code -> (female, male)
    participants: dict[str, tuple[int, int]] = field(default_factory=dict)
    cost_vnd: int = 0
    funding_source: str = ""
    notes: str = ""
    id: int | None = None

    @property
    def participants_female(self) -> int:
        return sum(f for f, _ in self.participants.values())

    @property
    def participants_male(self) -> int:
        return sum(m for _, m in self.participants.values())

    def check(self, c: _Checker) -> None:
        c.required("start_date", "topic", "organiser")
        c.past("start_date", "end_date")
        c.order("start_date", "end_date")
        c.counts("cost_vnd")
        c.codes("funding_source", vocab.FUNDING_SOURCES)
        c.text("topic", "organiser", "place")
        c.text("notes", limit=MAX_TEXT)
        for role, pair in self.participants.items():
            name = f"participants.{role}"
            if role not in vocab.TRAINING_ROLES:
                c.add(name, UNKNOWN_CODE, value=role)
                continue
            if not isinstance(pair, tuple | list) or len(pair) != 2:
                c.add(name, NOT_A_PAIR)
            elif not all(_whole(x) for x in pair):
                c.add(name, NOT_WHOLE)
            elif any(x < 0 for x in pair):
                c.add(name, NEGATIVE)
            elif any(x > MAX_AMOUNT for x in pair):
                c.add(name, TOO_LARGE, limit=f"{MAX_AMOUNT:,}".replace(",", "."))
        own = any(e.field.startswith("participants") for e in c.errors)
        if not own and self.participants_female + self.participants_male == 0:
            c.add("participants", NO_PARTICIPANTS)


@dataclass
class ModelFacility(Record):
    kind: ClassVar[str] = "model"
    model_type: str = "trusted_address"
    name: str = ""
    established_on: date | None = None
    hamlet: str = ""
    status: str = "active"
    closed_on: date | None = None
    members: int | None = None
    notes: str = ""
    id: int | None = None

    def is_active_between(self, start: date, end: date) -> bool:
        if self.established_on is None or self.established_on > end:
            return False
        return self.closed_on is None or self.closed_on >= start

    def check(self, c: _Checker) -> None:
        c.required("model_type", "name", "established_on", "status")
        c.past("established_on", "closed_on")
        c.codes("model_type", vocab.MODEL_TYPES)
        c.codes("status", vocab.MODEL_STATUSES)
        c.counts("members")
        c.text("name", "hamlet")
        c.text("notes", limit=MAX_TEXT)
        if self.closed_on and self.established_on and self.closed_on < self.established_on:
            c.add("closed_on", CLOSED_BEFORE_SETUP)
        if self.status == "closed" and self.closed_on is None:
            c.add("closed_on", CLOSED_WITHOUT_DATE)
        if self.status != "closed" and self.closed_on is not None:
            c.add("closed_on", DATE_WITHOUT_CLOSED)


@dataclass
class InfluencerCount(Record):
    """How many community influencers a hamlet's network has on a date."""

    kind: ClassVar[str] = "influencer"
    as_of: date | None = None
    hamlet: str = ""
    female: int = 0
    male: int = 0
    notes: str = ""
    id: int | None = None

    @property
    def total(self) -> int:
        return self.female + self.male

    def check(self, c: _Checker) -> None:
        c.required("as_of", "hamlet")
        c.past("as_of")
        c.counts("female", "male")
        c.text("hamlet")
        c.text("notes", limit=MAX_TEXT)


@dataclass
class Mobilisation(Record):
    """Support mobilised from agencies, businesses or people (money or in kind)."""

    kind: ClassVar[str] = "mobilisation"
    received_on: date | None = None
    source: str = "business"
    donor: str = ""
    cash_vnd: int = 0
    in_kind: str = ""
    in_kind_value_vnd: int = 0
    purpose: str = ""
    id: int | None = None

    def check(self, c: _Checker) -> None:
        c.required("received_on", "source", "donor")
        c.past("received_on")
        c.codes("source", vocab.SUPPORT_SOURCES)
        c.counts("cash_vnd", "in_kind_value_vnd")
        c.text("donor", "in_kind", "purpose")
        own = any(e.field in ("cash_vnd", "in_kind") for e in c.errors)
        if not own and not self.cash_vnd and not self.in_kind.strip():
            c.add("cash_vnd", CASH_OR_KIND)


@dataclass
class Inspection(Record):
    kind: ClassVar[str] = "inspection"
    inspected_on: date | None = None
    subject: str = ""
    inspector: str = ""
    inspected_body: str = ""
    findings: str = ""
    follow_up: str = ""
    id: int | None = None

    def check(self, c: _Checker) -> None:
        c.required("inspected_on", "subject")
        c.past("inspected_on")
        c.text("subject", "inspector", "inspected_body")
        c.text("findings", "follow_up", limit=MAX_TEXT)


@dataclass
class Funding(Record):
    """A budget line of the programme for one year."""

    kind: ClassVar[str] = "funding"
    year: int | None = None
    budget_line: str = ""
    source: str = "unit_budget"
    planned_vnd: int = 0
    spent_vnd: int = 0
    notes: str = ""
    id: int | None = None

    def check(self, c: _Checker) -> None:
        c.required("year", "budget_line", "source")
        c.codes("source", vocab.FUNDING_SOURCES)
        c.counts("planned_vnd", "spent_vnd")
        if self.year is not None and not _whole(self.year):
            c.add("year", NOT_WHOLE)
        elif _whole(self.year) and not (2000 <= self.year <= c.today.year + 1):
            c.add("year", SPENT_YEAR, max=c.today.year + 1)
        c.text("budget_line")
        c.text("notes", limit=MAX_TEXT)


RECORD_TYPES: dict[str, type[Record]] = {
    cls.kind: cls
    for cls in (
        Activity,
        Case,
        Training,
        ModelFacility,
        InfluencerCount,
        Mobilisation,
        Inspection,
        Funding,
    )
}
