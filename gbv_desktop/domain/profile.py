"""The unit's profile and its programme: data the officer edits, with this plan as default."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from gbv_desktop.domain import vocab
from gbv_desktop.domain.calendar import ReportingCalendar
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP
from gbv_desktop.domain.records import REQUIRED, UNKNOWN_CODE, FieldError, _err

_C = "Validation"
BAD_UNIT_CODE = QT_TRANSLATE_NOOP(
    "Validation", "A ward or commune code has exactly 5 digits, e.g. 24133."
)
BAD_CITY_CODE = QT_TRANSLATE_NOOP("Validation", "A city or province code has 2, 3 or 5 digits.")
BAD_TARGET = QT_TRANSLATE_NOOP("Validation", "A target is a percentage between 0 and 100.")
BAD_PHASE = QT_TRANSLATE_NOOP(
    "Validation", "The phase must start no later than it ends, between 2000 and 2100."
)
_UNIT_CODE = re.compile(r"[0-9]{5}")  # ASCII digits only; used with fullmatch
_CITY_CODE = re.compile(r"[0-9]{2}|[0-9]{3}|[0-9]{5}")


@dataclass
class Signatory:
    name: str = ""
    title: str = "CHỦ TỊCH"  # e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH"
    authority: str = "TM. ỦY BAN NHÂN DÂN"  # e.g. "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"


@dataclass
class UnitProfile:
    name: str = ""  # e.g. "Phường Tân Lợi"
    level: str = "ward"
    code: str = ""  # 5-digit administrative code, zero-padded
    place_name: str = ""  # used in the date line: "Tân Lợi, ngày ..."
    parent_body: str = ""  # e.g. "UBND THÀNH PHỐ BUÔN MA THUỘT" (may be empty since 2025)
    issuing_body: str = ""  # e.g. "ỦY BAN NHÂN DÂN PHƯỜNG TÂN LỢI"
    document_symbol: str = "BC-UBND"
    recipient: str = "Phòng Lao động – Thương binh và Xã hội thành phố"
    signatory: Signatory = field(default_factory=Signatory)

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.name.strip():
            errors.append(_err("name", REQUIRED))
        if self.level not in vocab.UNIT_LEVELS:
            errors.append(_err("level", UNKNOWN_CODE, value=self.level))
        if not self.code:
            errors.append(_err("code", REQUIRED))
        elif self.level in ("ward", "commune") and not _UNIT_CODE.fullmatch(self.code):
            errors.append(_err("code", BAD_UNIT_CODE))
        elif self.level == "city" and not _CITY_CODE.fullmatch(self.code):
            errors.append(_err("code", BAD_CITY_CODE))
        return errors

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> UnitProfile:
        data = dict(data)
        sig = Signatory(**data.pop("signatory", {}) or {})
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        return cls(signatory=sig, **known)


@dataclass
class Programme:
    """The plan a unit carries out; the 2021–2025 plan 43/KH-UBND by default."""

    name: str = (
        "Chương trình phòng ngừa và ứng phó với bạo lực trên cơ sở giới giai đoạn 2021 – 2025"
    )
    plan_reference: str = "Kế hoạch số 43/KH-UBND ngày 10/3/2021 của UBND thành phố Buôn Ma Thuột"
    start_year: int = 2021
    end_year: int = 2025
    target_i1_percent: Decimal = Decimal(60)
    target_i2_percent: Decimal = Decimal(100)
    calendar: ReportingCalendar = field(default_factory=ReportingCalendar)

    def validate(self) -> list[FieldError]:
        errors: list[FieldError] = []
        if not self.name.strip():
            errors.append(_err("name", REQUIRED))
        if not (2000 <= self.start_year <= self.end_year <= 2100):
            errors.append(_err("end_year", BAD_PHASE))
        for name in ("target_i1_percent", "target_i2_percent"):
            value = getattr(self, name)
            if (
                not isinstance(value, Decimal)
                or not value.is_finite()
                or not (Decimal(0) <= value <= Decimal(100))
            ):
                errors.append(_err(name, BAD_TARGET))
        return errors

    @property
    def phase(self) -> tuple[int, int]:
        return self.start_year, self.end_year

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "plan_reference": self.plan_reference,
            "start_year": self.start_year,
            "end_year": self.end_year,
            "target_i1_percent": str(self.target_i1_percent),
            "target_i2_percent": str(self.target_i2_percent),
            "calendar": self.calendar.to_dict(),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Programme:
        p = cls()
        for key in ("name", "plan_reference"):
            if key in data:
                setattr(p, key, str(data[key]))
        for key in ("start_year", "end_year"):
            if key in data:
                setattr(p, key, int(data[key]))
        for key in ("target_i1_percent", "target_i2_percent"):
            if key in data:
                try:
                    value = Decimal(str(data[key]))
                except InvalidOperation as exc:
                    raise ValueError(f"{key}: not a number") from exc
                if not value.is_finite():
                    raise ValueError(f"{key}: not a number")
                setattr(p, key, value)
        if "calendar" in data:
            p.calendar = ReportingCalendar.from_dict(data["calendar"])
        return p


def default_profile(name: str, code: str, level: str) -> UnitProfile:
    """A profile with sensible defaults derived from the unit's name and level."""
    name = unicodedata.normalize("NFC", name).strip()
    level_word = {"ward": "Phường", "commune": "Xã", "city": "Thành phố"}.get(level, "")
    place = name
    if level_word and name.lower().startswith(level_word.lower() + " "):
        place = name[len(level_word) + 1 :]
    display = (
        name if name.lower().startswith(level_word.lower()) else f"{level_word} {name}".strip()
    )
    return UnitProfile(
        name=display,
        level=level,
        code=code,
        place_name=place,
        issuing_body=f"ỦY BAN NHÂN DÂN {display.upper()}",
        parent_body="",
        recipient="Phòng Lao động – Thương binh và Xã hội thành phố"
        if level != "city"
        else "Sở Lao động – Thương binh và Xã hội tỉnh",
    )
