"""The unit's profile and its programme: validation, serialisation and defaults."""

from __future__ import annotations

import json
import unicodedata
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gbv_desktop.domain import profile as p
from gbv_desktop.domain.calendar import ReportingCalendar
from gbv_desktop.domain.profile import Programme, Signatory, UnitProfile, default_profile
from gbv_desktop.domain.records import REQUIRED, UNKNOWN_CODE


def fields_of(errors: list[Any]) -> dict[str, str]:
    return {e.field: e.message.source for e in errors}


def unit(**changes: Any) -> UnitProfile:
    base = dict(name="Phường Tân Lợi", level="ward", code="24133")
    base.update(changes)
    return UnitProfile(**base)


# --- UnitProfile.validate ------------------------------------------------------------


def test_valid_unit_profile() -> None:
    assert unit().validate() == []


@pytest.mark.parametrize("level", ["ward", "commune"])
@pytest.mark.parametrize("code", ["24133", "00004", "00000", "99999"])
def test_ward_and_commune_codes_with_five_digits(level: str, code: str) -> None:
    assert unit(level=level, code=code).validate() == []


@pytest.mark.parametrize("level", ["ward", "commune"])
@pytest.mark.parametrize(
    "code", ["4", "0004", "241330", "2413a", " 24133", "24133 ", "24 133", "-2413", "66"]
)
def test_ward_and_commune_codes_otherwise_rejected(level: str, code: str) -> None:
    errors = unit(level=level, code=code).validate()
    assert fields_of(errors) == {"code": p.BAD_UNIT_CODE}
    assert errors[0].render() == "A ward or commune code has exactly 5 digits, e.g. 24133."


@pytest.mark.parametrize("code", ["66", "001", "79000"])
def test_city_codes_with_two_three_or_five_digits(code: str) -> None:
    assert unit(name="Thành phố Buôn Ma Thuột", level="city", code=code).validate() == []


@pytest.mark.parametrize("code", ["6", "6666", "666666", "6a", "6 6"])
def test_city_codes_otherwise_rejected(code: str) -> None:
    errors = unit(level="city", code=code).validate()
    assert fields_of(errors) == {"code": p.BAD_CITY_CODE}
    assert errors[0].render() == "A city or province code has 2, 3 or 5 digits."


@pytest.mark.parametrize(
    ("level", "code"),
    [("ward", "24133\n"), ("commune", "00004\n"), ("city", "66\n"), ("city", "79000\n")],
    ids=["ward", "commune", "city-2", "city-5"],
)
def test_code_with_a_trailing_newline_is_rejected(level: str, code: str) -> None:
    # `$` in a regular expression also matches before a final newline.
    assert "code" in fields_of(unit(level=level, code=code).validate())


@pytest.mark.parametrize(
    ("level", "code"),
    [("ward", "２４１３３"), ("ward", "٢٤١٣٣"), ("city", "６６")],
    ids=["ward-fullwidth", "ward-arabic-indic", "city-fullwidth"],
)
def test_code_with_non_ascii_digits_is_rejected(level: str, code: str) -> None:
    # `\d` matches every Unicode digit; the code goes into reports and file names as is.
    assert "code" in fields_of(unit(level=level, code=code).validate())


def test_unit_code_required() -> None:
    assert fields_of(unit(code="").validate()) == {"code": REQUIRED}


@pytest.mark.parametrize("name", ["", "   "])
def test_unit_name_required(name: str) -> None:
    assert fields_of(unit(name=name).validate()) == {"name": REQUIRED}


@pytest.mark.parametrize("level", ["district", "province", "", "Ward"])
def test_unknown_level(level: str) -> None:
    errors = unit(level=level).validate()
    assert fields_of(errors) == {"level": UNKNOWN_CODE}
    assert errors[0].message.params == {"value": level}


def test_several_errors_at_once() -> None:
    errors = UnitProfile().validate()
    assert fields_of(errors) == {"name": REQUIRED, "code": REQUIRED}


# --- UnitProfile serialisation -------------------------------------------------------


def test_unit_profile_round_trip() -> None:
    prof = UnitProfile(
        name="Phường Tân Lợi",
        level="ward",
        code="00004",
        place_name="Tân Lợi",
        parent_body="UBND THÀNH PHỐ BUÔN MA THUỘT",
        issuing_body="ỦY BAN NHÂN DÂN PHƯỜNG TÂN LỢI",
        document_symbol="BC-UBND",
        recipient="Phòng Văn hóa – Xã hội",
        signatory=Signatory("Nguyễn Văn A", "PHÓ CHỦ TỊCH", "KT. CHỦ TỊCH"),
    )
    data = prof.to_dict()
    assert data["signatory"] == {
        "name": "Nguyễn Văn A",
        "title": "PHÓ CHỦ TỊCH",
        "authority": "KT. CHỦ TỊCH",
    }
    assert data["code"] == "00004"
    assert UnitProfile.from_dict(data) == prof
    assert UnitProfile.from_dict(json.loads(json.dumps(data, ensure_ascii=False))) == prof
    assert data == prof.to_dict()  # from_dict did not consume the caller's dict
    assert "signatory" in data


def test_unit_profile_from_dict_tolerates_missing_and_unknown_keys() -> None:
    prof = UnitProfile.from_dict({"name": "Xã Hòa Thắng", "level": "commune", "future": 1})
    assert prof.name == "Xã Hòa Thắng"
    assert prof.code == ""
    assert prof.signatory == Signatory()
    assert UnitProfile.from_dict({"signatory": None}) == UnitProfile()
    assert UnitProfile.from_dict({}) == UnitProfile()


@given(
    name=st.text(max_size=40),
    code=st.text(alphabet="0123456789", max_size=6),
    level=st.sampled_from(["ward", "commune", "city"]),
    sig=st.builds(Signatory, st.text(max_size=20), st.text(max_size=20), st.text(max_size=20)),
)
def test_unit_profile_round_trip_property(name: str, code: str, level: str, sig: Signatory) -> None:
    prof = UnitProfile(name=name, level=level, code=code, signatory=sig)
    assert UnitProfile.from_dict(json.loads(json.dumps(prof.to_dict()))) == prof


# --- Programme -----------------------------------------------------------------------


def test_default_programme_is_the_plan_and_valid() -> None:
    prog = Programme()
    assert prog.validate() == []
    assert prog.phase == (2021, 2025)
    assert prog.target_i1_percent == Decimal(60)
    assert prog.target_i2_percent == Decimal(100)
    assert prog.calendar == ReportingCalendar()
    assert "43/KH-UBND" in prog.plan_reference


@pytest.mark.parametrize("name", ["", "  "])
def test_programme_name_required(name: str) -> None:
    assert fields_of(Programme(name=name).validate()) == {"name": REQUIRED}


@pytest.mark.parametrize(
    ("start", "end"), [(2026, 2025), (1999, 2005), (2000, 2101), (1999, 1999), (2101, 2101)]
)
def test_programme_phase_out_of_bounds(start: int, end: int) -> None:
    errors = Programme(start_year=start, end_year=end).validate()
    assert fields_of(errors) == {"end_year": p.BAD_PHASE}
    assert (
        errors[0].render() == "The phase must start no later than it ends, between 2000 and 2100."
    )


@pytest.mark.parametrize(("start", "end"), [(2000, 2100), (2026, 2026), (2026, 2030)])
def test_programme_phase_in_bounds(start: int, end: int) -> None:
    prog = Programme(start_year=start, end_year=end)
    assert prog.validate() == []
    assert prog.phase == (start, end)


@pytest.mark.parametrize("field", ["target_i1_percent", "target_i2_percent"])
@pytest.mark.parametrize(
    "value", [Decimal(-1), Decimal("-0.01"), Decimal("100.01"), Decimal(101), Decimal("Infinity")]
)
def test_programme_target_out_of_range(field: str, value: Decimal) -> None:
    errors = Programme(**{field: value}).validate()
    assert fields_of(errors) == {field: p.BAD_TARGET}
    assert errors[0].render() == "A target is a percentage between 0 and 100."


@pytest.mark.parametrize("field", ["target_i1_percent", "target_i2_percent"])
@pytest.mark.parametrize("value", [Decimal(0), Decimal("66.7"), Decimal(100), Decimal("100.00")])
def test_programme_target_in_range(field: str, value: Decimal) -> None:
    assert Programme(**{field: value}).validate() == []


@pytest.mark.parametrize("value", [60, 60.0, "60"], ids=repr)
def test_programme_target_must_be_decimal(value: Any) -> None:
    assert fields_of(Programme(target_i1_percent=value).validate()) == {
        "target_i1_percent": p.BAD_TARGET
    }


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("sNaN")], ids=str)
def test_programme_target_not_a_number_is_an_error_not_a_crash(value: Decimal) -> None:
    # Decimal("NaN") is accepted by Programme.from_dict; ordering it raises InvalidOperation.
    assert fields_of(Programme(target_i2_percent=value).validate()) == {
        "target_i2_percent": p.BAD_TARGET
    }


def test_programme_round_trip() -> None:
    prog = Programme(
        name="Chương trình giai đoạn 2026 – 2030",
        plan_reference="Kế hoạch số 12/KH-UBND",
        start_year=2026,
        end_year=2030,
        target_i1_percent=Decimal("66.7"),
        target_i2_percent=Decimal("95"),
        calendar=ReportingCalendar(half_year_end=(6, 14), half_year_due=(6, 20)),
    )
    data = prog.to_dict()
    assert data["target_i1_percent"] == "66.7"
    assert data["target_i2_percent"] == "95"
    assert data["calendar"]["half_year_end"] == [6, 14]
    again = Programme.from_dict(json.loads(json.dumps(data, ensure_ascii=False)))
    assert again == prog
    assert isinstance(again.target_i1_percent, Decimal)
    assert Programme.from_dict(Programme().to_dict()) == Programme()


def test_programme_from_dict_partial_keeps_defaults() -> None:
    prog = Programme.from_dict({"end_year": "2030", "target_i1_percent": 70})
    assert prog.end_year == 2030
    assert prog.start_year == 2021
    assert prog.target_i1_percent == Decimal(70)
    assert prog.target_i2_percent == Decimal(100)
    assert prog.name == Programme().name
    assert Programme.from_dict({}) == Programme()


def test_programme_from_dict_float_target_keeps_its_decimal_digits() -> None:
    assert Programme.from_dict({"target_i1_percent": 66.7}).target_i1_percent == Decimal("66.7")


def test_programme_from_dict_rejects_bad_values() -> None:
    with pytest.raises(ValueError, match="target_i1_percent"):
        Programme.from_dict({"target_i1_percent": "sixty"})
    with pytest.raises(ValueError):
        Programme.from_dict({"start_year": "soon"})
    with pytest.raises(ValueError):
        Programme.from_dict({"calendar": {"annual_due": [2, 30]}})


@given(
    start=st.integers(min_value=2000, max_value=2100),
    length=st.integers(min_value=0, max_value=10),
    t1=st.decimals(min_value=0, max_value=100, places=1, allow_nan=False),
    t2=st.decimals(min_value=0, max_value=100, places=2, allow_nan=False),
)
def test_programme_round_trip_property(start: int, length: int, t1: Decimal, t2: Decimal) -> None:
    prog = Programme(
        start_year=start,
        end_year=min(start + length, 2100),
        target_i1_percent=t1,
        target_i2_percent=t2,
    )
    again = Programme.from_dict(json.loads(json.dumps(prog.to_dict())))
    assert again == prog
    assert again.validate() == []


# --- default_profile -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["Phường Tân Lợi", "Tân Lợi", "phường Tân Lợi"])
def test_default_profile_for_a_ward(name: str) -> None:
    prof = default_profile(name, "24133", "ward")
    assert prof.place_name == "Tân Lợi"
    assert prof.issuing_body == "ỦY BAN NHÂN DÂN PHƯỜNG TÂN LỢI"
    assert prof.name.lower() == "phường tân lợi"
    assert prof.level == "ward"
    assert prof.code == "24133"
    assert prof.parent_body == ""
    assert prof.recipient == "Phòng Lao động – Thương binh và Xã hội thành phố"
    assert prof.document_symbol == "BC-UBND"
    assert prof.signatory == Signatory()
    assert prof.validate() == []


def test_default_profile_keeps_a_full_name_as_given() -> None:
    assert default_profile("Phường Tân Lợi", "24133", "ward").name == "Phường Tân Lợi"
    assert default_profile("Tân Lợi", "24133", "ward").name == "Phường Tân Lợi"


@pytest.mark.parametrize("name", ["Xã Hòa Thắng", "Hòa Thắng"])
def test_default_profile_for_a_commune(name: str) -> None:
    prof = default_profile(name, "24160", "commune")
    assert prof.name == "Xã Hòa Thắng"
    assert prof.place_name == "Hòa Thắng"
    assert prof.issuing_body == "ỦY BAN NHÂN DÂN XÃ HÒA THẮNG"
    assert prof.validate() == []


@pytest.mark.parametrize("name", ["Thành phố Buôn Ma Thuột", "Buôn Ma Thuột"])
def test_default_profile_for_a_city(name: str) -> None:
    prof = default_profile(name, "66", "city")
    assert prof.name == "Thành phố Buôn Ma Thuột"
    assert prof.place_name == "Buôn Ma Thuột"
    assert prof.issuing_body == "ỦY BAN NHÂN DÂN THÀNH PHỐ BUÔN MA THUỘT"
    assert prof.recipient == "Sở Lao động – Thương binh và Xã hội tỉnh"
    assert prof.validate() == []


def test_default_profile_for_a_name_that_merely_starts_like_the_level_word() -> None:
    # "Phường" followed by no space is not the level word: nothing is stripped.
    prof = default_profile("Phường", "24133", "ward")
    assert prof.place_name == "Phường"


def test_default_profile_with_an_unknown_level_keeps_the_name() -> None:
    prof = default_profile("Thị trấn Ea Kar", "24000", "town")
    assert prof.name == "Thị trấn Ea Kar"
    assert prof.place_name == "Thị trấn Ea Kar"
    assert prof.issuing_body == "ỦY BAN NHÂN DÂN THỊ TRẤN EA KAR"
    assert "level" in fields_of(prof.validate())


def test_default_profile_with_decomposed_unicode_input() -> None:
    # Vietnamese keyboards can type decomposed Unicode ("Unicode tổ hợp"); the same name
    # must not become "Phường Phường Tân Lợi".
    nfd = unicodedata.normalize("NFD", "Phường Tân Lợi")
    prof = default_profile(nfd, "24133", "ward")
    nfc = unicodedata.normalize
    assert nfc("NFC", prof.name) == "Phường Tân Lợi"
    assert nfc("NFC", prof.place_name) == "Tân Lợi"
    assert nfc("NFC", prof.issuing_body) == "ỦY BAN NHÂN DÂN PHƯỜNG TÂN LỢI"
