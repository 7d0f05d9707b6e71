"""Record validation: every rule of every record type, and the messages it reports."""

from __future__ import annotations

import copy
import dataclasses
from datetime import date, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gbv_desktop.domain import records as r
from gbv_desktop.domain.messages import LANGUAGE_PROBE, KnownError, Labels, Message, identity
from gbv_desktop.domain.records import (
    MAX_AMOUNT,
    MAX_LINE,
    MAX_TEXT,
    RECORD_TYPES,
    Activity,
    Case,
    FieldError,
    Funding,
    InfluencerCount,
    Inspection,
    Mobilisation,
    ModelFacility,
    Record,
    Service,
    Survivor,
    SurvivorIdentity,
    Training,
)

TODAY = date(2025, 6, 10)
TOMORROW = TODAY + timedelta(days=1)
YESTERDAY = TODAY - timedelta(days=1)
PAST = date(2025, 3, 1)


# --- helpers -------------------------------------------------------------------------


def errors_of(record: Record, today: date = TODAY) -> dict[str, FieldError]:
    errors = record.validate(today=today)
    fields = [e.field for e in errors]
    assert len(fields) == len(set(fields)), f"one error per field expected: {fields}"
    return {e.field: e for e in errors}


def only_error(record: Record, field: str, source: str, today: date = TODAY) -> FieldError:
    """Assert that `record` has exactly one error, on `field`, with message `source`."""
    errors = errors_of(record, today)
    assert set(errors) == {field}, {k: v.render() for k, v in errors.items()}
    error = errors[field]
    assert error.message.source == source, error.render()
    assert error.message.context == "Validation"
    rendered = error.render()
    assert "{" not in rendered and "}" not in rendered, rendered
    return error


def with_(record: Any, **changes: Any) -> Any:
    return dataclasses.replace(copy.deepcopy(record), **changes)


def activity(**changes: Any) -> Activity:
    base = Activity(
        start_date=PAST,
        title="Nói chuyện về phòng chống bạo lực gia đình",
        form="talk",
        setting="residential",
        end_date=PAST,
        hamlet="Buôn Ky",
        campaign="none",
        audiences=["women", "men"],
        attendance_total=40,
        attendance_female=25,
        attendance_male=15,
        attendance_children=5,
        attendance_ethnic_minority=12,
        materials_count=100,
        co_organisers="Hội LHPN phường",
        cost_vnd=1_500_000,
        funding_source="unit_budget",
        notes="",
    )
    return with_(base, **changes)


def case(**changes: Any) -> Case:
    base = Case(
        reported_on=PAST,
        channel="self",
        survivor=Survivor(sex="female", ethnicity="ede", disability=False, birth_year=1990, id=7),
        age_group="16_59",
        violence_types=["physical", "psychological"],
        domestic=True,
        perpetrator_sex="male",
        perpetrator_relation="spouse",
        needs=["medical", "shelter"],
        services=[
            Service("medical", PAST, "health", "Trạm y tế phường"),
            Service("shelter", PAST + timedelta(days=1), "trusted_address", "Nhà tạm lánh"),
        ],
        shelter_days=3,
        handling=["education_counselling"],
        status="open",
        identity=SurvivorIdentity("Nguyễn Thị A", "0900000000", "Tổ dân phố 3"),
        story="Câu chuyện.",
    )
    return with_(base, **changes)


def survivor(**changes: Any) -> Survivor:
    return with_(Survivor(sex="female", ethnicity="kinh", birth_year=1990, id=7), **changes)


def training(**changes: Any) -> Training:
    base = Training(
        start_date=PAST,
        topic="Kỹ năng hỗ trợ người bị bạo lực",
        organiser="UBND phường",
        end_date=PAST + timedelta(days=2),
        place="Hội trường phường",
        participants={"official": (3, 2), "collaborator": (10, 0)},
        cost_vnd=5_000_000,
        funding_source="city_budget",
    )
    return with_(base, **changes)


def model(**changes: Any) -> ModelFacility:
    base = ModelFacility(
        model_type="trusted_address",
        name="Địa chỉ tin cậy buôn Ky",
        established_on=date(2022, 3, 8),
        hamlet="Buôn Ky",
        status="active",
        closed_on=None,
        members=12,
    )
    return with_(base, **changes)


def influencer(**changes: Any) -> InfluencerCount:
    base = InfluencerCount(as_of=PAST, hamlet="Tổ dân phố 1", female=4, male=3)
    return with_(base, **changes)


def mobilisation(**changes: Any) -> Mobilisation:
    base = Mobilisation(
        received_on=PAST,
        source="business",
        donor="Công ty TNHH ABC",
        cash_vnd=2_000_000,
        in_kind="20 thùng mì",
        in_kind_value_vnd=2_000_000,
        purpose="Hỗ trợ nhà tạm lánh",
    )
    return with_(base, **changes)


def inspection(**changes: Any) -> Inspection:
    base = Inspection(
        inspected_on=PAST,
        subject="Kiểm tra hoạt động địa chỉ tin cậy",
        inspector="Phòng LĐ-TB&XH",
        inspected_body="Tổ dân phố 3",
        findings="Hoạt động tốt.",
        follow_up="Không.",
    )
    return with_(base, **changes)


def funding(**changes: Any) -> Funding:
    base = Funding(
        year=2025,
        budget_line="Truyền thông",
        source="unit_budget",
        planned_vnd=10_000_000,
        spent_vnd=4_000_000,
    )
    return with_(base, **changes)


FACTORIES = {
    "activity": activity,
    "case": case,
    "training": training,
    "model": model,
    "influencer": influencer,
    "mobilisation": mobilisation,
    "inspection": inspection,
    "funding": funding,
}


# --- general -------------------------------------------------------------------------


def test_record_types_registry() -> None:
    assert set(RECORD_TYPES) == set(FACTORIES)
    for kind, cls in RECORD_TYPES.items():
        assert cls.kind == kind
        assert isinstance(FACTORIES[kind](), cls)


@pytest.mark.parametrize("kind", sorted(FACTORIES))
def test_valid_record_has_no_errors(kind: str) -> None:
    assert FACTORIES[kind]().validate(today=TODAY) == []


@pytest.mark.parametrize("kind", sorted(FACTORIES))
def test_valid_record_dated_today_has_no_errors(kind: str) -> None:
    record = FACTORIES[kind]()
    for name in ("start_date", "end_date", "reported_on", "as_of", "received_on"):
        if hasattr(record, name):
            setattr(record, name, TODAY)
    if isinstance(record, Inspection):
        record.inspected_on = TODAY
    if isinstance(record, Case):
        for s in record.services:
            s.given_on = TODAY
    assert record.validate(today=TODAY) == []


@pytest.mark.parametrize("kind", sorted(FACTORIES))
def test_validate_defaults_to_the_real_today(kind: str) -> None:
    # PAST is long gone, so the default `today` must accept the valid records.
    record = FACTORIES[kind]()
    if isinstance(record, Funding):
        record.year = date.today().year
    assert record.validate() == []


@pytest.mark.parametrize("kind", sorted(FACTORIES))
def test_field_names_lists_dataclass_fields(kind: str) -> None:
    record = FACTORIES[kind]()
    names = record.field_names()
    assert names[-1] == "id"
    assert "kind" not in names  # a ClassVar, not a field
    assert len(names) == len(set(names))


@pytest.mark.parametrize("kind", sorted(FACTORIES))
def test_empty_record_reports_required_fields_without_crashing(kind: str) -> None:
    cls = RECORD_TYPES[kind]
    errors = errors_of(cls(), TODAY)
    assert errors, "an empty record cannot be valid"
    for error in errors.values():
        assert "{" not in error.render()


def test_error_reported_once_per_field_first_rule_wins() -> None:
    # A blank over-long title is both missing and too long: only the first error is kept.
    errors = errors_of(activity(title=" " * (MAX_LINE + 1)))
    assert errors["title"].message.source == r.REQUIRED


# --- messages ------------------------------------------------------------------------


def test_field_error_render_fills_placeholders_in_english() -> None:
    error = only_error(
        activity(start_date=date(2025, 7, 4), end_date=None), "start_date", r.IN_FUTURE
    )
    assert error.render() == "The date 04/07/2025 is in the future."
    assert error.message.render() == "The date 04/07/2025 is in the future."
    assert str(error.message) == "The date 04/07/2025 is in the future."


def test_field_error_render_uses_the_translator() -> None:
    error = only_error(
        activity(start_date=date(2025, 7, 4), end_date=None), "start_date", r.IN_FUTURE
    )
    calls: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        calls.append((context, text))
        return "Ngày {value} ở tương lai."

    assert error.render(translate) == "Ngày 04/07/2025 ở tương lai."
    assert calls == [("Validation", r.IN_FUTURE)]


def test_message_renders_nested_messages_and_known_error() -> None:
    inner = Message("Validation", "the {thing}", {"thing": "date"})
    outer = Message("Validation", "Bad {what}!", {"what": inner})
    assert outer.render() == "Bad the date!"
    vi = {"the {thing}": "cái {thing}", "Bad {what}!": "Sai {what}!"}
    # Each level is translated before its placeholders are filled.
    assert outer.render(lambda ctx, text: vi[text]) == "Sai cái date!"
    err = KnownError(outer)
    assert str(err) == "Bad the date!"
    assert err.render() == "Bad the date!"
    assert err.args == ("Bad {what}!",)
    assert identity("ctx", "text") == "text"
    assert r.QT_TRANSLATE_NOOP("ctx", "text") == "text"


def test_labels_render_in_the_language_of_the_catalogue() -> None:
    labels = Labels(r.vocab.SEXES, ("female", "male", "ghost"))
    assert labels.render() == "Female, Male, ghost"
    vi = {("Language", LANGUAGE_PROBE): "vi"}
    assert labels.render(lambda ctx, text: vi[(ctx, text)]) == "Nữ, Nam, ghost"
    message = Message("Validation", "Choose: {sexes}.", {"sexes": labels})
    assert message.render() == "Choose: Female, Male, ghost."


# --- Activity ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"start_date": None, "end_date": None}, "start_date"),
        ({"title": ""}, "title"),
        ({"title": "   \t"}, "title"),
        ({"form": ""}, "form"),
        ({"setting": ""}, "setting"),
        ({"campaign": ""}, "campaign"),
        (
            {
                "attendance_total": None,
                "attendance_female": None,
                "attendance_male": None,
                "attendance_children": None,
                "attendance_ethnic_minority": None,
            },
            "attendance_total",
        ),
    ],
)
def test_activity_required(changes: dict[str, Any], field: str) -> None:
    only_error(activity(**changes), field, r.REQUIRED)


@pytest.mark.parametrize("form", ["broadcast", "materials", "online"])
def test_activity_without_people_in_a_room_needs_no_attendance(form: str) -> None:
    record = activity(
        form=form,
        attendance_total=None,
        attendance_female=None,
        attendance_male=None,
        attendance_children=None,
        attendance_ethnic_minority=None,
    )
    assert record.validate(today=TODAY) == []


@pytest.mark.parametrize(
    "form",
    [c for c in r.vocab.ACTIVITY_FORMS.codes if c not in ("broadcast", "materials", "online")],
)
def test_activity_with_people_in_a_room_needs_attendance(form: str) -> None:
    record = activity(
        form=form,
        attendance_total=None,
        attendance_female=None,
        attendance_male=None,
        attendance_children=None,
        attendance_ethnic_minority=None,
    )
    only_error(record, "attendance_total", r.REQUIRED)


def test_activity_zero_attendance_is_not_missing() -> None:
    record = activity(
        attendance_total=0,
        attendance_female=0,
        attendance_male=0,
        attendance_children=0,
        attendance_ethnic_minority=0,
    )
    assert record.validate(today=TODAY) == []


@pytest.mark.parametrize("field", ["start_date", "end_date"])
def test_activity_date_in_future(field: str) -> None:
    record = activity(start_date=PAST, end_date=PAST)
    setattr(record, field, TOMORROW)
    if field == "start_date":
        record.end_date = None
    error = only_error(record, field, r.IN_FUTURE)
    assert error.message.params == {"value": "11/06/2025"}
    assert error.render() == "The date 11/06/2025 is in the future."


def test_activity_end_before_start() -> None:
    error = only_error(
        activity(start_date=PAST, end_date=PAST - timedelta(days=1)), "end_date", r.END_BEFORE_START
    )
    assert error.render() == "The end date is before the start date."


def test_activity_same_day_end_and_no_end_are_fine() -> None:
    assert activity(end_date=PAST).validate(today=TODAY) == []
    assert activity(end_date=None).validate(today=TODAY) == []


@pytest.mark.parametrize(
    ("changes", "field", "value"),
    [
        ({"form": "lecture"}, "form", "lecture"),
        ({"setting": "market"}, "setting", "market"),
        ({"campaign": "tet"}, "campaign", "tet"),
        ({"audiences": ["women", "aliens"]}, "audiences", "aliens"),
        ({"funding_source": "lottery"}, "funding_source", "lottery"),
    ],
)
def test_activity_unknown_codes(changes: dict[str, Any], field: str, value: str) -> None:
    error = only_error(activity(**changes), field, r.UNKNOWN_CODE)
    assert error.message.params == {"value": value}
    assert error.render() == f'"{value}" is not one of the allowed choices.'


def test_activity_empty_funding_source_and_audiences_are_allowed() -> None:
    assert activity(funding_source="", audiences=[]).validate(today=TODAY) == []


ACTIVITY_COUNTS = [
    "attendance_total",
    "attendance_female",
    "attendance_male",
    "attendance_children",
    "attendance_ethnic_minority",
    "materials_count",
    "cost_vnd",
]


def _activity_with_count(field: str, value: Any) -> Activity:
    record = activity(
        attendance_total=40,
        attendance_female=None,
        attendance_male=None,
        attendance_children=None,
        attendance_ethnic_minority=None,
    )
    setattr(record, field, value)
    return record


@pytest.mark.parametrize("field", ACTIVITY_COUNTS)
def test_activity_negative_count(field: str) -> None:
    error = only_error(_activity_with_count(field, -1), field, r.NEGATIVE)
    assert error.render() == "Must not be negative."


@pytest.mark.parametrize("field", ACTIVITY_COUNTS)
@pytest.mark.parametrize("value", [1.5, 2.0, "3", True, False], ids=repr)
def test_activity_count_not_whole(field: str, value: Any) -> None:
    error = only_error(_activity_with_count(field, value), field, r.NOT_WHOLE)
    assert error.render() == "Must be a whole number."


@pytest.mark.parametrize("field", ["materials_count", "cost_vnd"])
def test_activity_count_above_max_amount(field: str) -> None:
    only_error(_activity_with_count(field, MAX_AMOUNT + 1), field, r.TOO_LARGE)
    assert _activity_with_count(field, MAX_AMOUNT).validate(today=TODAY) == []


def test_amount_above_max_message_states_the_largest_amount() -> None:
    error = only_error(funding(planned_vnd=MAX_AMOUNT + 1), "planned_vnd", r.TOO_LARGE)
    assert error.render() == "Too large: at most 10.000.000.000.000."


def test_activity_female_plus_male_above_total() -> None:
    error = only_error(
        activity(
            attendance_total=10,
            attendance_female=6,
            attendance_male=5,
            attendance_children=0,
            attendance_ethnic_minority=0,
        ),
        "attendance_female",
        r.PARTS_ABOVE_TOTAL,
    )
    assert error.message.params == {"female": 6, "male": 5, "total": 10}
    assert error.render() == "Women (6) and men (5) add up to more than the total (10)."


def test_activity_female_plus_male_equal_total_is_fine() -> None:
    record = activity(
        attendance_total=11,
        attendance_female=6,
        attendance_male=5,
        attendance_children=11,
        attendance_ethnic_minority=11,
    )
    assert record.validate(today=TODAY) == []


def test_activity_female_alone_above_total_when_men_not_entered() -> None:
    # 15 women out of 10 people is impossible whether or not the men were counted.
    record = activity(
        attendance_total=10,
        attendance_female=15,
        attendance_male=None,
        attendance_children=0,
        attendance_ethnic_minority=0,
    )
    errors = errors_of(record)
    assert "attendance_female" in errors or "attendance_male" in errors, errors


@pytest.mark.parametrize("field", ["attendance_children", "attendance_ethnic_minority"])
def test_activity_subset_above_total(field: str) -> None:
    record = activity(
        attendance_total=10,
        attendance_female=5,
        attendance_male=5,
        attendance_children=0,
        attendance_ethnic_minority=0,
    )
    setattr(record, field, 11)
    error = only_error(record, field, r.PART_ABOVE_TOTAL)
    assert error.message.params == {"value": 11, "total": 10}
    assert error.render() == "11 is more than the total (10)."
    setattr(record, field, 10)
    assert record.validate(today=TODAY) == []


@given(
    total=st.integers(min_value=0, max_value=500),
    female=st.integers(min_value=0, max_value=500),
    male=st.integers(min_value=0, max_value=500),
    children=st.integers(min_value=0, max_value=500),
)
def test_activity_parts_property(total: int, female: int, male: int, children: int) -> None:
    record = activity(
        attendance_total=total,
        attendance_female=female,
        attendance_male=male,
        attendance_children=children,
        attendance_ethnic_minority=None,
    )
    errors = errors_of(record)
    assert ("attendance_female" in errors) == (female + male > total)
    assert ("attendance_children" in errors) == (children > total)
    assert set(errors) <= {"attendance_female", "attendance_children"}


@pytest.mark.parametrize("field", ["title", "hamlet", "co_organisers"])
def test_activity_line_too_long(field: str) -> None:
    error = only_error(activity(**{field: "x" * (MAX_LINE + 1)}), field, r.TOO_LONG)
    assert error.render() == "Too long: at most 300 characters."
    assert activity(**{field: "ữ" * MAX_LINE}).validate(today=TODAY) == []


def test_activity_notes_too_long() -> None:
    error = only_error(activity(notes="x" * (MAX_TEXT + 1)), "notes", r.TOO_LONG)
    assert error.render() == "Too long: at most 2000 characters."
    assert activity(notes="x" * MAX_TEXT).validate(today=TODAY) == []


def test_activity_reports_every_problem_at_once() -> None:
    record = activity(
        title="",
        form="lecture",
        start_date=TOMORROW,
        end_date=None,
        attendance_total=-3,
        notes="x" * (MAX_TEXT + 1),
    )
    assert set(errors_of(record)) == {"title", "form", "start_date", "attendance_total", "notes"}


# --- Case ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"reported_on": None}, "reported_on"),
        ({"channel": ""}, "channel"),
        ({"violence_types": []}, "violence_types"),
        ({"age_group": ""}, "age_group"),
        ({"status": ""}, "status"),
    ],
)
def test_case_required(changes: dict[str, Any], field: str) -> None:
    only_error(case(**changes), field, r.REQUIRED)


def test_case_reported_in_future() -> None:
    record = case(reported_on=TOMORROW, services=[], needs=[], shelter_days=0)
    error = only_error(record, "reported_on", r.IN_FUTURE)
    assert error.render() == "The date 11/06/2025 is in the future."


@pytest.mark.parametrize(
    ("changes", "field", "value"),
    [
        ({"channel": "pigeon"}, "channel", "pigeon"),
        ({"age_group": "adult"}, "age_group", "adult"),
        ({"violence_types": ["physical", "verbal"]}, "violence_types", "verbal"),
        ({"perpetrator_sex": "other"}, "perpetrator_sex", "other"),
        ({"perpetrator_relation": "boss"}, "perpetrator_relation", "boss"),
        ({"needs": ["medical", "shelter", "food"]}, "needs", "food"),
        ({"handling": ["prison"]}, "handling", "prison"),
        ({"status": "pending"}, "status", "pending"),
    ],
)
def test_case_unknown_codes(changes: dict[str, Any], field: str, value: str) -> None:
    error = only_error(case(**changes), field, r.UNKNOWN_CODE)
    assert error.message.params == {"value": value}


def test_case_optional_codes_may_be_empty() -> None:
    assert (
        case(perpetrator_sex="", perpetrator_relation="", handling=[]).validate(today=TODAY) == []
    )


@pytest.mark.parametrize(
    ("value", "source"),
    [(-1, r.NEGATIVE), (1.5, r.NOT_WHOLE), ("3", r.NOT_WHOLE), (True, r.NOT_WHOLE)],
    ids=repr,
)
def test_case_shelter_days_count(value: Any, source: str) -> None:
    only_error(case(shelter_days=value), "shelter_days", source)


def test_case_has_no_free_text_besides_the_story() -> None:
    # Anything written about what happened is identifying and belongs in `story`.
    assert "notes" not in Case().field_names()


@pytest.mark.parametrize(
    ("changes", "field", "value"),
    [
        ({"sex": "x"}, "survivor.sex", "x"),
        ({"ethnicity": "martian"}, "survivor.ethnicity", "martian"),
    ],
)
def test_case_survivor_unknown_codes(changes: dict[str, Any], field: str, value: str) -> None:
    error = only_error(case(survivor=survivor(**changes)), field, r.UNKNOWN_CODE)
    assert error.message.params == {"value": value}


@pytest.mark.parametrize("year", [1899, 1000, 2026, 3000])
def test_case_survivor_birth_year_out_of_range(year: int) -> None:
    only_error(case(survivor=survivor(birth_year=year)), "survivor.birth_year", r.BAD_BIRTH_YEAR)


@pytest.mark.parametrize("year", [1900, 1990, 2025, None])
def test_case_survivor_birth_year_in_range(year: int | None) -> None:
    assert case(survivor=survivor(birth_year=year)).validate(today=TODAY) == []


def test_case_survivor_birth_year_message_states_the_real_bounds() -> None:
    error = only_error(
        case(survivor=survivor(birth_year=1850)), "survivor.birth_year", r.BAD_BIRTH_YEAR
    )
    assert error.render() == "The year of birth must be between 1900 and 2025."


@pytest.mark.parametrize("value", ["1990", 1990.0], ids=repr)
def test_case_survivor_birth_year_not_whole_is_an_error_not_a_crash(value: Any) -> None:
    errors = errors_of(case(survivor=survivor(birth_year=value)))
    assert set(errors) == {"survivor.birth_year"}


def test_case_survivor_disability_and_no_id_are_fine() -> None:
    assert case(survivor=survivor(disability=True, id=None)).validate(today=TODAY) == []


def _case_with_services(*services: Service, **changes: Any) -> Case:
    return case(needs=[], shelter_days=0, services=list(services), **changes)


def test_case_service_unknown_kind() -> None:
    error = only_error(
        _case_with_services(Service("massage", PAST, "health")), "services[0].kind", r.UNKNOWN_CODE
    )
    assert error.message.params == {"value": "massage"}


def test_case_service_unknown_provider_kind() -> None:
    error = only_error(
        _case_with_services(Service("medical", PAST, "shaman")),
        "services[0].provider_kind",
        r.UNKNOWN_CODE,
    )
    assert error.message.params == {"value": "shaman"}


def test_case_service_without_date() -> None:
    only_error(
        _case_with_services(Service("medical", None, "health")), "services[0].given_on", r.REQUIRED
    )


def test_case_service_in_future() -> None:
    error = only_error(
        _case_with_services(Service("medical", TOMORROW, "health")),
        "services[0].given_on",
        r.IN_FUTURE,
    )
    assert error.render() == "The date 11/06/2025 is in the future."


def test_case_service_before_case_was_reported() -> None:
    record = _case_with_services(Service("medical", PAST - timedelta(days=1), "health"))
    error = only_error(record, "services[0].given_on", r.SERVICE_BEFORE_CASE)
    assert error.message.params == {"value": "28/02/2025", "reported": "01/03/2025"}
    assert (
        error.render()
        == "The service date 28/02/2025 is before the case was reported (01/03/2025)."
    )


def test_case_service_on_report_day_and_today_are_fine() -> None:
    record = _case_with_services(
        Service("medical", PAST, "health"), Service("legal", TODAY, "legal_aid")
    )
    assert record.validate(today=TODAY) == []


def test_case_service_errors_name_the_right_index() -> None:
    record = _case_with_services(
        Service("medical", PAST, "health"),
        Service("legal", PAST, "legal_aid"),
        Service("medical", TOMORROW, "health"),
    )
    only_error(record, "services[2].given_on", r.IN_FUTURE)


def test_case_each_service_is_checked_separately() -> None:
    record = _case_with_services(Service("massage", None, "shaman"), Service("legal", None, "x"))
    assert set(errors_of(record)) == {
        "services[0].kind",
        "services[0].provider_kind",
        "services[0].given_on",
        "services[1].provider_kind",
        "services[1].given_on",
    }


def test_case_service_provider_name_too_long() -> None:
    record = _case_with_services(Service("medical", PAST, "health", "x" * (MAX_LINE + 1)))
    only_error(record, "services[0].provider_name", r.TOO_LONG)
    ok = _case_with_services(Service("medical", PAST, "health", "x" * MAX_LINE))
    assert ok.validate(today=TODAY) == []


def test_case_shelter_days_without_shelter_service() -> None:
    record = case(needs=["medical"], services=[Service("medical", PAST, "health")], shelter_days=2)
    error = only_error(record, "shelter_days", r.SHELTER_DAYS_WITHOUT_SERVICE)
    assert error.render() == "Shelter days are recorded but no shelter service was given."


def test_case_shelter_service_with_zero_days_is_fine() -> None:
    assert case(shelter_days=0).validate(today=TODAY) == []


def _closed_with_unmet_needs() -> Case:
    return case(
        status="closed",
        needs=["medical", "legal", "psychosocial"],
        services=[Service("medical", PAST, "health")],
        shelter_days=0,
    )


def test_case_closed_with_unmet_needs() -> None:
    error = only_error(_closed_with_unmet_needs(), "needs", r.NEEDS_UNMET_CLOSED)
    assert error.message.params == {
        "needs": Labels(r.vocab.SERVICE_KINDS, ("legal", "psychosocial"))
    }
    assert error.render() == (
        "The case is closed but these needs received no service: "
        "Legal advice, legal aid, Counselling, psychological support."
    )


def test_case_unmet_needs_follow_the_language_of_the_message() -> None:
    error = only_error(_closed_with_unmet_needs(), "needs", r.NEEDS_UNMET_CLOSED)
    vi = {
        ("Language", LANGUAGE_PROBE): "vi",
        ("Validation", r.NEEDS_UNMET_CLOSED): "Vụ việc đã kết thúc nhưng chưa hỗ trợ: {needs}.",
    }
    assert error.render(lambda ctx, text: vi[(ctx, text)]) == (
        "Vụ việc đã kết thúc nhưng chưa hỗ trợ: "
        "Tư vấn pháp luật, trợ giúp pháp lý, Tư vấn, tham vấn tâm lý."
    )


def test_case_closed_with_all_needs_met_is_fine() -> None:
    assert case(status="closed").validate(today=TODAY) == []


@pytest.mark.parametrize("status", ["open", "referred"])
def test_case_not_closed_may_have_unmet_needs(status: str) -> None:
    record = case(status=status, needs=["legal"], services=[], shelter_days=0)
    assert record.validate(today=TODAY) == []


@pytest.mark.parametrize("field", ["full_name", "phone", "address"])
def test_case_identity_too_long(field: str) -> None:
    ident = SurvivorIdentity("Nguyễn Thị A", "0900000000", "Tổ 3")
    setattr(ident, field, "x" * (MAX_LINE + 1))
    only_error(case(identity=ident), "identity." + field, r.TOO_LONG)
    setattr(ident, field, "x" * MAX_LINE)
    assert case(identity=ident).validate(today=TODAY) == []


def test_case_identity_not_loaded_or_empty_is_fine() -> None:
    assert case(identity=None).validate(today=TODAY) == []
    assert case(identity=SurvivorIdentity()).validate(today=TODAY) == []


def test_case_story_too_long() -> None:
    error = only_error(case(story="x" * (MAX_TEXT * 5 + 1)), "story", r.TOO_LONG)
    assert error.message.params == {"limit": 10_000}
    assert case(story="x" * (MAX_TEXT * 5)).validate(today=TODAY) == []
    assert case(story=None).validate(today=TODAY) == []


def test_survivor_identity_is_empty() -> None:
    assert SurvivorIdentity().is_empty()
    assert SurvivorIdentity(" ", "\t", "").is_empty()
    assert not SurvivorIdentity(phone="0900").is_empty()
    assert not SurvivorIdentity(full_name="A").is_empty()
    assert not SurvivorIdentity(address="Tổ 1").is_empty()


def test_case_unmet_needs() -> None:
    record = case(
        needs=["medical", "legal", "shelter"],
        services=[
            Service("medical", date(2025, 3, 1), "health"),
            Service("shelter", date(2025, 3, 10), "trusted_address"),
            Service("economic", date(2025, 3, 2), "mass_organisation"),
        ],
    )
    assert record.unmet_needs() == ["legal"]
    assert record.unmet_needs(until=date(2025, 3, 9)) == ["legal", "shelter"]
    assert record.unmet_needs(until=date(2025, 3, 10)) == ["legal"]
    assert record.unmet_needs(until=date(2025, 2, 28)) == ["medical", "legal", "shelter"]
    undated = case(needs=["medical"], services=[Service("medical", None, "health")])
    assert undated.unmet_needs() == []
    assert undated.unmet_needs(until=TODAY) == ["medical"]


# --- Training ------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["start_date", "topic", "organiser"])
def test_training_required(field: str) -> None:
    record = training(**{field: None if field == "start_date" else " "})
    if field == "start_date":
        record.end_date = None
    only_error(record, field, r.REQUIRED)


@pytest.mark.parametrize("field", ["start_date", "end_date"])
def test_training_date_in_future(field: str) -> None:
    record = training(start_date=PAST, end_date=None)
    setattr(record, field, TOMORROW)
    only_error(record, field, r.IN_FUTURE)


def test_training_end_before_start() -> None:
    only_error(training(end_date=PAST - timedelta(days=1)), "end_date", r.END_BEFORE_START)


@pytest.mark.parametrize(
    ("value", "source"),
    [(-1, r.NEGATIVE), (0.5, r.NOT_WHOLE), (True, r.NOT_WHOLE), (MAX_AMOUNT + 1, r.TOO_LARGE)],
    ids=repr,
)
def test_training_cost(value: Any, source: str) -> None:
    only_error(training(cost_vnd=value), "cost_vnd", source)


def test_training_unknown_funding_source() -> None:
    only_error(training(funding_source="lottery"), "funding_source", r.UNKNOWN_CODE)
    assert training(funding_source="").validate(today=TODAY) == []


@pytest.mark.parametrize("field", ["topic", "organiser", "place"])
def test_training_line_too_long(field: str) -> None:
    only_error(training(**{field: "x" * (MAX_LINE + 1)}), field, r.TOO_LONG)


def test_training_notes_too_long() -> None:
    only_error(training(notes="x" * (MAX_TEXT + 1)), "notes", r.TOO_LONG)


def test_training_unknown_role() -> None:
    error = only_error(
        training(participants={"official": (1, 1), "alien": (1, 0)}),
        "participants.alien",
        r.UNKNOWN_CODE,
    )
    assert error.message.params == {"value": "alien"}


@pytest.mark.parametrize("pair", [(1.5, 0), (1, "2"), (True, 0), (0, False), (None, 1)], ids=repr)
def test_training_participants_not_whole(pair: tuple[Any, Any]) -> None:
    record = training(participants={"official": (3, 2), "collaborator": pair})
    only_error(record, "participants.collaborator", r.NOT_WHOLE)


@pytest.mark.parametrize("pair", [(5,), (1, 2, 3), ()], ids=repr)
def test_training_participants_not_a_pair_is_an_error_not_a_crash(pair: tuple[int, ...]) -> None:
    # An imported package may carry [5] instead of [female, male].
    errors = errors_of(training(participants={"official": pair}))
    assert set(errors) == {"participants.official"}


@pytest.mark.parametrize("pair", [(-1, 5), (5, -1)])
def test_training_participants_negative(pair: tuple[int, int]) -> None:
    record = training(participants={"official": (3, 2), "staff": pair})
    only_error(record, "participants.staff", r.NEGATIVE)


@pytest.mark.parametrize(
    "participants", [{}, {"official": (0, 0)}, {"staff": (0, 0), "other": (0, 0)}]
)
def test_training_with_no_participants(participants: dict[str, tuple[int, int]]) -> None:
    error = only_error(training(participants=participants), "participants", r.NO_PARTICIPANTS)
    assert error.render() == "Enter at least one participant."


@pytest.mark.parametrize("pair", [(1, 0), (0, 1)])
def test_training_with_one_participant_is_fine(pair: tuple[int, int]) -> None:
    assert training(participants={"other": pair}).validate(today=TODAY) == []


def test_training_no_participants_is_reported_with_other_errors() -> None:
    # validate() promises every problem at once: a missing topic must not hide the
    # missing participants (the officer would otherwise fix one, save, and be told again).
    errors = errors_of(training(topic="", participants={}))
    assert set(errors) == {"topic", "participants"}


def test_training_participant_totals() -> None:
    record = training(participants={"official": (3, 2), "collaborator": (10, 0), "staff": (0, 4)})
    assert record.participants_female == 13
    assert record.participants_male == 6
    assert training(participants={}).participants_female == 0


# --- ModelFacility -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"model_type": ""}, "model_type"),
        ({"name": ""}, "name"),
        ({"name": "  "}, "name"),
        ({"established_on": None}, "established_on"),
        ({"status": ""}, "status"),
    ],
)
def test_model_required(changes: dict[str, Any], field: str) -> None:
    only_error(model(**changes), field, r.REQUIRED)


def test_model_established_in_future() -> None:
    only_error(model(established_on=TOMORROW), "established_on", r.IN_FUTURE)


def test_model_closed_in_future() -> None:
    only_error(model(status="closed", closed_on=TOMORROW), "closed_on", r.IN_FUTURE)


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"model_type": "bakery"}, "model_type"), ({"status": "sleeping"}, "status")],
)
def test_model_unknown_codes(changes: dict[str, Any], field: str) -> None:
    only_error(model(**changes), field, r.UNKNOWN_CODE)


@pytest.mark.parametrize(
    ("value", "source"), [(-1, r.NEGATIVE), (2.5, r.NOT_WHOLE), (True, r.NOT_WHOLE)], ids=repr
)
def test_model_members(value: Any, source: str) -> None:
    only_error(model(members=value), "members", source)


def test_model_members_may_be_unknown_or_zero() -> None:
    assert model(members=None).validate(today=TODAY) == []
    assert model(members=0).validate(today=TODAY) == []


@pytest.mark.parametrize("field", ["name", "hamlet"])
def test_model_line_too_long(field: str) -> None:
    only_error(model(**{field: "x" * (MAX_LINE + 1)}), field, r.TOO_LONG)


def test_model_notes_too_long() -> None:
    only_error(model(notes="x" * (MAX_TEXT + 1)), "notes", r.TOO_LONG)


def test_model_closed_before_set_up() -> None:
    record = model(status="closed", established_on=date(2022, 3, 8), closed_on=date(2022, 3, 7))
    error = only_error(record, "closed_on", r.CLOSED_BEFORE_SETUP)
    assert error.render() == "The closing date is before the date it was set up."


def test_model_closed_on_the_day_it_was_set_up_is_fine() -> None:
    record = model(status="closed", established_on=date(2022, 3, 8), closed_on=date(2022, 3, 8))
    assert record.validate(today=TODAY) == []


def test_model_closed_without_date() -> None:
    error = only_error(model(status="closed", closed_on=None), "closed_on", r.CLOSED_WITHOUT_DATE)
    assert error.render() == "A closed model needs the date it closed."


@pytest.mark.parametrize("status", ["active", "suspended"])
def test_model_closing_date_without_closed_status(status: str) -> None:
    record = model(status=status, closed_on=date(2024, 1, 1))
    error = only_error(record, "closed_on", r.DATE_WITHOUT_CLOSED)
    assert error.render() == "Only a closed model has a closing date."


def test_model_is_active_between() -> None:
    m = model(established_on=date(2022, 3, 8), status="closed", closed_on=date(2024, 6, 30))
    assert m.is_active_between(date(2022, 1, 1), date(2022, 3, 8))  # opens on the last day
    assert not m.is_active_between(date(2022, 1, 1), date(2022, 3, 7))
    assert m.is_active_between(date(2024, 6, 30), date(2024, 12, 31))  # closes on the first
    assert not m.is_active_between(date(2024, 7, 1), date(2024, 12, 31))
    assert m.is_active_between(date(2020, 1, 1), date(2030, 1, 1))
    still_open = model(established_on=date(2022, 3, 8))
    assert still_open.is_active_between(date(2030, 1, 1), date(2030, 12, 31))
    assert not model(established_on=None).is_active_between(date(2000, 1, 1), date(2100, 1, 1))


# --- InfluencerCount -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"), [({"as_of": None}, "as_of"), ({"hamlet": ""}, "hamlet")]
)
def test_influencer_required(changes: dict[str, Any], field: str) -> None:
    only_error(influencer(**changes), field, r.REQUIRED)


def test_influencer_in_future() -> None:
    only_error(influencer(as_of=TOMORROW), "as_of", r.IN_FUTURE)


@pytest.mark.parametrize("field", ["female", "male"])
@pytest.mark.parametrize(
    ("value", "source"),
    [(-2, r.NEGATIVE), (1.0, r.NOT_WHOLE), ("4", r.NOT_WHOLE), (True, r.NOT_WHOLE)],
    ids=repr,
)
def test_influencer_counts(field: str, value: Any, source: str) -> None:
    only_error(influencer(**{field: value}), field, source)


def test_influencer_text_limits() -> None:
    only_error(influencer(hamlet="x" * (MAX_LINE + 1)), "hamlet", r.TOO_LONG)
    only_error(influencer(notes="x" * (MAX_TEXT + 1)), "notes", r.TOO_LONG)


def test_influencer_total_and_zero() -> None:
    assert influencer(female=4, male=3).total == 7
    assert influencer(female=0, male=0).validate(today=TODAY) == []


# --- Mobilisation --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"received_on": None}, "received_on"), ({"source": ""}, "source"), ({"donor": " "}, "donor")],
)
def test_mobilisation_required(changes: dict[str, Any], field: str) -> None:
    only_error(mobilisation(**changes), field, r.REQUIRED)


def test_mobilisation_in_future() -> None:
    only_error(mobilisation(received_on=TOMORROW), "received_on", r.IN_FUTURE)


def test_mobilisation_unknown_source() -> None:
    only_error(mobilisation(source="bank_robbery"), "source", r.UNKNOWN_CODE)


@pytest.mark.parametrize("field", ["cash_vnd", "in_kind_value_vnd"])
@pytest.mark.parametrize(
    ("value", "source"),
    [(-1, r.NEGATIVE), (10.5, r.NOT_WHOLE), (True, r.NOT_WHOLE), (MAX_AMOUNT + 1, r.TOO_LARGE)],
    ids=repr,
)
def test_mobilisation_amounts(field: str, value: Any, source: str) -> None:
    only_error(mobilisation(**{field: value}), field, source)


@pytest.mark.parametrize("field", ["donor", "in_kind", "purpose"])
def test_mobilisation_line_too_long(field: str) -> None:
    only_error(mobilisation(**{field: "x" * (MAX_LINE + 1)}), field, r.TOO_LONG)


@pytest.mark.parametrize("in_kind", ["", "   "])
def test_mobilisation_with_neither_cash_nor_in_kind(in_kind: str) -> None:
    record = mobilisation(cash_vnd=0, in_kind=in_kind, in_kind_value_vnd=0)
    error = only_error(record, "cash_vnd", r.CASH_OR_KIND)
    assert error.render() == "Enter an amount of money or a description of what was given."


def test_mobilisation_cash_only_or_in_kind_only_is_fine() -> None:
    assert mobilisation(in_kind="", in_kind_value_vnd=0).validate(today=TODAY) == []
    assert mobilisation(cash_vnd=0).validate(today=TODAY) == []
    assert mobilisation(cash_vnd=0, in_kind_value_vnd=0).validate(today=TODAY) == []


def test_mobilisation_neither_cash_nor_kind_is_reported_with_other_errors() -> None:
    # validate() promises every problem at once: a missing donor must not hide it.
    record = mobilisation(donor="", cash_vnd=0, in_kind="", in_kind_value_vnd=0)
    assert set(errors_of(record)) == {"donor", "cash_vnd"}


# --- Inspection ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"), [({"inspected_on": None}, "inspected_on"), ({"subject": ""}, "subject")]
)
def test_inspection_required(changes: dict[str, Any], field: str) -> None:
    only_error(inspection(**changes), field, r.REQUIRED)


def test_inspection_in_future() -> None:
    only_error(inspection(inspected_on=TOMORROW), "inspected_on", r.IN_FUTURE)


@pytest.mark.parametrize("field", ["subject", "inspector", "inspected_body"])
def test_inspection_line_too_long(field: str) -> None:
    only_error(inspection(**{field: "x" * (MAX_LINE + 1)}), field, r.TOO_LONG)
    assert inspection(**{field: "x" * MAX_LINE}).validate(today=TODAY) == []


@pytest.mark.parametrize("field", ["findings", "follow_up"])
def test_inspection_text_too_long(field: str) -> None:
    only_error(inspection(**{field: "x" * (MAX_TEXT + 1)}), field, r.TOO_LONG)
    assert inspection(**{field: "x" * MAX_TEXT}).validate(today=TODAY) == []


def test_inspection_optional_fields_may_be_empty() -> None:
    record = inspection(inspector="", inspected_body="", findings="", follow_up="")
    assert record.validate(today=TODAY) == []


# --- Funding -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "field"),
    [({"year": None}, "year"), ({"budget_line": ""}, "budget_line"), ({"source": ""}, "source")],
)
def test_funding_required(changes: dict[str, Any], field: str) -> None:
    only_error(funding(**changes), field, r.REQUIRED)


def test_funding_unknown_source() -> None:
    only_error(funding(source="lottery"), "source", r.UNKNOWN_CODE)


@pytest.mark.parametrize("field", ["planned_vnd", "spent_vnd"])
@pytest.mark.parametrize(
    ("value", "source"),
    [(-1, r.NEGATIVE), (1e6, r.NOT_WHOLE), ("100", r.NOT_WHOLE), (MAX_AMOUNT + 1, r.TOO_LARGE)],
    ids=repr,
)
def test_funding_amounts(field: str, value: Any, source: str) -> None:
    only_error(funding(**{field: value}), field, source)


@pytest.mark.parametrize("year", [1999, 2027, 0, -2025])
def test_funding_year_out_of_bounds(year: int) -> None:
    error = only_error(funding(year=year), "year", r.SPENT_YEAR)
    assert error.message.params == {"max": 2026}
    assert error.render() == "The year must be between 2000 and 2026."


@pytest.mark.parametrize("year", [2000, 2025, 2026])
def test_funding_year_in_bounds(year: int) -> None:
    # Next year's budget may be planned in advance.
    assert funding(year=year).validate(today=TODAY) == []


def test_funding_year_bounds_follow_today() -> None:
    assert funding(year=2031).validate(today=date(2030, 1, 1)) == []
    only_error(funding(year=2031), "year", r.SPENT_YEAR, today=date(2029, 12, 31))


@pytest.mark.parametrize("year", ["2025", 2025.0, "next year"], ids=repr)
def test_funding_year_must_be_a_whole_number(year: Any) -> None:
    assert set(errors_of(funding(year=year))) == {"year"}


def test_funding_text_limits() -> None:
    only_error(funding(budget_line="x" * (MAX_LINE + 1)), "budget_line", r.TOO_LONG)
    only_error(funding(notes="x" * (MAX_TEXT + 1)), "notes", r.TOO_LONG)


# --- properties ----------------------------------------------------------------------

_junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=False),
    st.text(max_size=5),
)


@given(
    total=_junk,
    female=_junk,
    male=_junk,
    children=_junk,
    cost=_junk,
    form=st.sampled_from([*r.vocab.ACTIVITY_FORMS.codes, "", "x"]),
    start=st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 12, 31)),
    end=st.one_of(st.none(), st.dates(min_value=date(2020, 1, 1), max_value=date(2026, 12, 31))),
)
def test_activity_validate_never_raises_and_names_real_fields(
    total: Any,
    female: Any,
    male: Any,
    children: Any,
    cost: Any,
    form: str,
    start: date,
    end: date | None,
) -> None:
    record = activity(
        attendance_total=total,
        attendance_female=female,
        attendance_male=male,
        attendance_children=children,
        cost_vnd=cost,
        form=form,
        start_date=start,
        end_date=end,
    )
    errors = record.validate(today=TODAY)
    names = set(record.field_names())
    for error in errors:
        assert error.field in names
        text = error.render()
        assert text and "{" not in text
    if start > TODAY:
        assert any(e.field == "start_date" for e in errors)

    def bad(value: Any) -> bool:
        return value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_AMOUNT
        )

    assert any(e.field == "cost_vnd" for e in errors) == bad(cost)
    if bad(total) or (total is None and form not in ("broadcast", "materials", "online")):
        assert any(e.field == "attendance_total" for e in errors)


@given(
    needs=st.lists(st.sampled_from(r.vocab.SERVICE_KINDS.codes), unique=True, max_size=4),
    given=st.lists(
        st.tuples(
            st.sampled_from(r.vocab.SERVICE_KINDS.codes),
            st.integers(min_value=-5, max_value=120),
        ),
        max_size=5,
    ),
    status=st.sampled_from(r.vocab.CASE_STATUSES.codes),
)
def test_case_validate_property(
    needs: list[str], given: list[tuple[str, int]], status: str
) -> None:
    services = [Service(kind, PAST + timedelta(days=d), "health") for kind, d in given]
    record = case(needs=needs, services=services, status=status, shelter_days=0)
    errors = errors_of(record)
    for i, (_, d) in enumerate(given):
        day = PAST + timedelta(days=d)
        field = f"services[{i}].given_on"
        if day > TODAY:
            assert errors[field].message.source == r.IN_FUTURE
        elif d < 0:
            assert errors[field].message.source == r.SERVICE_BEFORE_CASE
        else:
            assert field not in errors
    unmet = set(needs) - {kind for kind, _ in given}
    assert ("needs" in errors) == (status == "closed" and bool(unmet))
