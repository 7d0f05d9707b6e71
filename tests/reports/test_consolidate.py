"""The city office: member units, importing the units' packages (every rejection reason),
replacement after confirmation, the tracker around the due date, and the compiled report
checked against the sum of the units' own figures, on packages written by the real
report writer from different demo units."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from gbv_desktop.domain import demo
from gbv_desktop.domain.calendar import Period
from gbv_desktop.domain.messages import KnownError
from gbv_desktop.domain.profile import default_profile
from gbv_desktop.reports import consolidate as co
from gbv_desktop.reports import package as pkg
from gbv_desktop.reports.figures import HEADLINE_KEYS, kind_of, share
from gbv_desktop.reports.history import figures_digest, list_reports
from gbv_desktop.reports.package import checksum, read_package, write_package
from gbv_desktop.reports.produce import build_document, produce
from gbv_desktop.storage import audit
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import PermissionDenied
from gbv_desktop.storage.records import RecordStore
from tests.conftest import FAST_KDF, PASSWORD

END = date(2025, 5, 14)  # the data end on the last day of the 6-month period
HALF = Period(date(2024, 12, 15), date(2025, 5, 14))
DUE = date(2025, 5, 15)
ISSUED = datetime(2025, 5, 10, 9, 0)


@dataclass(frozen=True)
class Unit:
    name: str  # as the unit's profile names it, e.g. "Phường Tân An"
    code: str
    level: str
    seed: int


MEMBERS = [
    Unit("Phường Tân An", "24121", "ward", 11),
    Unit("Xã Ea Tu", "24004", "commune", 12),
    Unit("Phường Tân Lợi", "24133", "ward", 13),
]
OUTSIDER = Unit("Xã Hòa Bình", "24999", "commune", 14)  # not a member of the city


def make_unit_db(folder: Path, unit: Unit, years: int = 2) -> Database:
    """A ward or commune with demo records of `years` years ending on END."""
    db, _ = Database.create(
        folder / f"{unit.code}.db",
        default_profile(unit.name, unit.code, unit.level),
        "admin",
        PASSWORD,
        kdf=FAST_KDF,
    )
    records = demo.generate(seed=unit.seed, years=years, end=END, unit_name=unit.name)
    RecordStore(db).save_many(records, today=END)
    return db


def write_unit_package(
    db: Database,
    path: Path,
    kind: str = "half_year",
    year: int = 2025,
    *,
    masked: bool = False,
    number: str = "",
    generated_at: datetime = ISSUED,
) -> Path:
    """The package of the unit's report, written by the real writer."""
    document = build_document(db, kind, year, masked=masked)
    document.figures.generated_at = generated_at
    document.letter.number = number
    document.letter.issued_on = generated_at.date()
    return write_package(document, path)


def resealed(path: Path, target: Path, change: Any) -> Path:
    """A copy of the package at `path` changed by `change(package)`, checksum recomputed
    (as the city office's tools might do)."""
    package = json.loads(path.read_text("utf-8"))
    change(package)
    package["sha256"] = pkg.checksum(package)
    target.write_bytes(pkg.dumps(package))
    return target


@dataclass
class Packages:
    folder: Path
    half: dict[str, Path]  # code -> 6-month 2025 package
    annual: dict[str, Path]  # code -> annual 2025 package
    masked: Path
    newer: Path  # Tân An again, later, another number
    older: Path  # Tân An, earlier than `half`
    last_year: Path  # Tân An, 6-month 2024
    outsider: Path
    city: Path  # a city's own compiled package

    def values(self, code: str, kind: str = "half_year") -> dict[str, Any]:
        source = self.half if kind == "half_year" else self.annual
        return read_package(source[code])["values"]  # type: ignore[no-any-return]


def build_packages(root: Path) -> Packages:
    """The member units' packages (and the odd ones) in `root / "packages"`, written by
    the real report writer from demo databases of different units (also used by the
    command line's and the window's tests)."""
    folder = root / "packages"
    folder.mkdir()
    half: dict[str, Path] = {}
    annual: dict[str, Path] = {}
    extra: dict[str, Path] = {}
    for unit in [*MEMBERS, OUTSIDER]:
        with make_unit_db(root, unit) as db:
            if unit is OUTSIDER:
                extra["outsider"] = write_unit_package(db, folder / "outsider.json")
                continue
            half[unit.code] = write_unit_package(db, folder / f"half-{unit.code}.json")
            annual[unit.code] = write_unit_package(
                db, folder / f"annual-{unit.code}.json", "annual"
            )
            if unit is MEMBERS[0]:
                extra["masked"] = write_unit_package(db, folder / "masked.json", masked=True)
                extra["newer"] = write_unit_package(
                    db, folder / "newer.json", number="07/BC-UBND",
                    generated_at=datetime(2025, 5, 12, 8, 0),
                )  # fmt: skip
                extra["older"] = write_unit_package(
                    db, folder / "older.json", number="03/BC-UBND",
                    generated_at=datetime(2025, 5, 2, 8, 0),
                )  # fmt: skip
                extra["last_year"] = write_unit_package(db, folder / "last-year.json", year=2024)
    city, _ = Database.create(
        root / "other-city.db",
        default_profile("Buôn Hồ", "644", "city"),
        "admin",
        PASSWORD,
        kdf=FAST_KDF,
    )
    with city:
        extra["city"] = write_unit_package(city, folder / "city.json")
    return Packages(folder, half, annual, **extra)


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Packages:
    return build_packages(tmp_path_factory.mktemp("units"))


@pytest.fixture
def city(tmp_path: Path) -> Iterator[Database]:
    db, _ = Database.create(
        tmp_path / "city.db", default_profile("Buôn Ma Thuột", "643", "city"), "admin", PASSWORD
    )
    for unit in MEMBERS:
        co.add_member_unit(db, unit.name, unit.code, unit.level)
    yield db
    db.close()


def imported(city: Database, *paths: Path, kind: str = "half_year", **kw: Any) -> co.ImportResult:
    return co.import_packages(city, list(paths), kind, 2025, lambda *_: True, **kw)


# -- member units ----------------------------------------------------------------------------


def test_the_buon_ma_thuot_preset(tmp_path: Path) -> None:
    db, _ = Database.create(
        tmp_path / "c.db", default_profile("Buôn Ma Thuột", "643", "city"), "admin", PASSWORD
    )
    with db:
        co.add_member_unit(db, "phuong tan loi", "24133", "ward")  # already there, spelt loosely
        added = co.add_preset(db)
        units = co.list_member_units(db)
        assert len(added) == 20 and len(units) == 21
        assert sum(u.level == "ward" for u in units) == 13
        assert sum(u.level == "commune" for u in units) == 8
        names = {u.name for u in units[1:]}
        for place in (
            "Tân An",
            "Tân Hòa",
            "Tân Lập",
            "Tân Thành",
            "Tân Tiến",
            "Thành Công",
            "Thành Nhất",
            "Thắng Lợi",
            "Thống Nhất",
            "Tự An",
            "Khánh Xuân",
            "Ea Tam",
        ):
            assert f"Phường {place}" in names  # fmt: skip
        for place in (
            "Hòa Phú",
            "Ea Kao",
            "Hòa Thắng",
            "Cư Êbur",
            "Hòa Thuận",
            "Hòa Khánh",
            "Hòa Xuân",
            "Ea Tu",
        ):
            assert f"Xã {place}" in names  # fmt: skip
        # The preset has no codes: the officer enters the official ones.
        assert [u.code for u in added] == [""] * 20
        assert co.add_preset(db) == []


def test_member_units_are_edited_with_clear_errors(city: Database) -> None:
    first = co.list_member_units(city)[0]
    with pytest.raises(co.MemberUnitInvalid) as info:
        co.add_member_unit(city, "Phường Tân Hòa", "2412", "ward")
    assert info.value.message.source == co.BAD_CODE
    with pytest.raises(co.MemberUnitInvalid) as info:
        co.add_member_unit(city, "Phường Tân Hòa", first.code, "ward")
    assert info.value.message.source == co.CODE_TAKEN
    assert "Phường Tân An" in str(info.value)
    with pytest.raises(co.MemberUnitInvalid):
        co.add_member_unit(city, "   ", "", "ward")
    with pytest.raises(co.MemberUnitInvalid):
        co.add_member_unit(city, "Thị trấn X", "", "town")
    hoa = co.add_member_unit(city, "  Phường   Tân Hòa ", "", "ward")
    assert hoa.name == "Phường Tân Hòa" and hoa.code == ""
    changed = co.update_member_unit(city, hoa.id, "Phường Tân Hòa", "24125", "ward")
    assert changed.code == "24125"
    co.move_member_unit(city, hoa.id, -10)
    assert co.list_member_units(city)[0].id == hoa.id
    co.remove_member_unit(city, hoa.id)
    assert [u.code for u in co.list_member_units(city)] == [u.code for u in MEMBERS]
    kinds = [e.record_kind for e in audit.entries(city.conn, record_kind=co.MEMBER_KIND)]
    assert len(kinds) == 3 + 4  # the fixture's three, then add, update, move, remove
    assert audit.verify(city.conn) == []

    city.add_user("xem", PASSWORD, "viewer")
    path = city.path
    city.close()
    with Database.open(path, "xem", PASSWORD) as viewer:
        with pytest.raises(PermissionDenied):
            co.add_member_unit(viewer, "Phường Tân Hòa", "", "ward")
        assert len(co.list_member_units(viewer)) == 3  # looking is allowed


# -- compiling -------------------------------------------------------------------------------


def _summed_keys(values: dict[str, Any]) -> list[str]:
    return [k for k in values if kind_of(k) in ("count", "amount", "days", "places")]


def test_every_total_is_the_sum_of_the_units_figures(city: Database, packages: Packages) -> None:
    programme = city.programme
    programme.target_i1_percent = Decimal("62.5")  # the city's own target
    city.set_programme(programme)
    result = imported(city, *packages.half.values())
    assert [o.status for o in result.outcomes] == [co.ACCEPTED] * 3

    figures = co.compile_figures(city, "half_year", 2025)
    assert figures.unit.level == "city" and figures.period == HALF and not figures.masked
    units = [packages.values(u.code) for u in MEMBERS]
    keys = _summed_keys(units[0])
    assert len(keys) > 250
    for key in keys:
        expected = sum(u[key] for u in units)
        assert figures.values[key] == expected, key
    assert figures.values["cases.count"] > 0 and figures.values["activities.cost_vnd"] > 0
    assert figures.values["units.members"] == 3 and figures.values["units.reported"] == 3

    # Shares from the summed parts, never averaged.
    v = figures.values
    assert v["attendance.men_share"] == share(
        v["attendance.male"], v["attendance.male"] + v["attendance.female"]
    )
    assert v["funding.spent_percent"] == share(v["funding.spent_vnd"], v["funding.planned_vnd"])
    for code in ("talk", "rally"):
        p = f"attendance.by_form.{code}"
        assert v[f"{p}.men_share"] == share(v[f"{p}.male"], v[f"{p}.male"] + v[f"{p}.female"])

    # The indicators: summed numerators over summed denominators, the city's targets.
    for ind, target in zip(figures.indicators, (Decimal("62.5"), Decimal(100)), strict=True):
        numerator = sum(u[f"indicators.{ind.code}.numerator"] for u in units)
        denominator = sum(u[f"indicators.{ind.code}.denominator"] for u in units)
        assert (ind.numerator, ind.denominator, ind.target_percent) == (
            numerator,
            denominator,
            target,
        )
        assert v[f"indicators.{ind.code}.percent"] == share(numerator, denominator, cut=True)
        assert ind.met == (Decimal(numerator) * 100 >= target * denominator)
    assert v["indicators.I1.target_percent"] == 62.5 and v["indicators.I2.target_percent"] == 100

    tables = {t.code: t for t in figures.tables}
    # A table per section with a row per unit and the total.
    for code, _section, _title, _note, columns in co.BY_UNIT:
        table = tables[code]
        assert table.has_total_row and [r[0] for r in table.rows] == [
            *(u.name for u in MEMBERS),
            "Tổng số",
        ]
        for j, (_label, key) in enumerate(columns, start=1):
            cells = [row[j] for row in table.rows]
            if kind_of(key) == "share":
                continue
            assert cells[:-1] == [u[key] for u in units], (code, key)
            assert cells[-1] == sum(u[key] for u in units), (code, key)
    # The unit's own annex tables, computed on the sums.
    summary = {row[0]: row[2] for row in tables["summary"].rows}
    assert summary["Số vụ việc bạo lực trên cơ sở giới"] == v["cases.count"]
    assert tables["cases_by_domestic"].rows[-1][1] == v["cases.count"]
    influencers = tables["influencers"]
    assert influencers.columns[0] == "Phường, xã"
    assert [r[0] for r in influencers.rows[:-1]] == [u.name for u in MEMBERS]
    assert influencers.rows[-1][1:] == [
        v["influencers.female"],
        v["influencers.male"],
        v["influencers.total"],
    ]
    inspections = tables["inspections_by_subject"]
    assert (
        sum(r[1] for r in inspections.rows[:-1])
        == inspections.rows[-1][1]
        == v["inspections.count"]
    )
    assert tables["units_reported"].rows[0][:2] == ["Phường Tân An", "24121"]
    assert tables["units_not_reported"].rows == []
    assert "Tất cả" in tables["units_not_reported"].unit_note  # fmt: skip


def test_year_by_year_figures_are_summed_too(city: Database, packages: Packages) -> None:
    imported(city, *packages.annual.values(), kind="annual")
    figures = co.compile_figures(city, "annual", 2025)
    units = [read_package(packages.annual[u.code])["by_year"] for u in MEMBERS]
    assert sorted(figures.by_year) == [int(y) for y in sorted(units[0])]
    assert len(figures.by_year) >= 2
    for year, values in figures.by_year.items():
        for key in HEADLINE_KEYS:
            if kind_of(key) == "share":
                continue
            assert values[key] == sum(u[str(year)][key] for u in units), (year, key)
        assert values["indicators.I2.percent"] == share(
            values["indicators.I2.numerator"], values["indicators.I2.denominator"], cut=True
        )
    assert "by_year" in {t.code for t in figures.tables}


def test_units_that_did_not_report_are_listed(city: Database, packages: Packages) -> None:
    imported(city, packages.half["24121"], packages.half["24133"])
    co.add_member_unit(city, "Phường Tân Hòa", "", "ward")  # no code yet: cannot report
    document = co.build_city_document(city, "half_year", 2025, today=date(2025, 5, 20))
    f = document.figures
    assert f.values["units.members"] == 4 and f.values["units.reported"] == 2
    tables = {t.code: t for t in f.tables}
    assert tables["units_not_reported"].rows == [["Xã Ea Tu", "24004"], ["Phường Tân Hòa", ""]]
    assert f.values["cases.count"] == sum(
        packages.values(c)["cases.count"] for c in ("24121", "24133")
    )
    text = document.narrative["I"]
    assert text.startswith(
        "Số liệu trong báo cáo này được tổng hợp từ báo cáo của 02/04 phường, xã"
    )
    assert "còn 02 đơn vị chưa gửi báo cáo: xã Ea Tu, phường Tân Hòa." in text
    assert document.letter.recipients == ["Sở Lao động – Thương binh và Xã hội tỉnh"]


def test_the_same_packages_give_the_same_figures(city: Database, packages: Packages) -> None:
    """Compiling is deterministic (what "changed since reported" would compare)."""
    imported(city, *packages.half.values())
    first = co.compile_figures(city, "half_year", 2025)
    again = co.compile_figures(city, "half_year", 2025)
    assert figures_digest(first) == figures_digest(again)
    imported(city, packages.newer)
    assert figures_digest(co.compile_figures(city, "half_year", 2025)) != figures_digest(first)


def test_nothing_received_is_refused(city: Database) -> None:
    with pytest.raises(KnownError) as info:
        co.build_city_document(city, "half_year", 2025)
    assert info.value.message.source == co.NOTHING_RECEIVED
    with pytest.raises(KnownError) as info:
        co.expected_period(city, "ad_hoc", 2025)
    assert info.value.message.source == co.AD_HOC_PERIOD


def test_the_compiled_report_is_written_as_a_units(
    city: Database, packages: Packages, tmp_path: Path
) -> None:
    imported(city, *packages.half.values())
    document = co.build_city_document(city, "half_year", 2025)
    out = tmp_path / "out"
    out.mkdir()
    steps: list[int] = []
    written = produce(city, document, out, progress=lambda s, t, m: steps.append(s))
    stem = "BaoCao_6thang_2025_ThanhPhoBuonMaThuot"
    assert [p.name for p in written] == [
        f"{stem}.{e}" for e in ("pdf", "docx", "xlsx", "json", "eml")
    ]
    package = read_package(out / f"{stem}.json")
    assert package["unit"] == {"code": "643", "name": "Thành phố Buôn Ma Thuột", "level": "city"}
    assert package["values"]["units.reported"] == 3
    assert package["values"]["cases.count"] == document.figures.values["cases.count"]
    assert [e.kind for e in list_reports(city)] == ["half_year"]
    # A city's own package is not a unit's report.
    result = imported(city, out / f"{stem}.json")
    assert result.outcomes[0].reason.source == co.REJECT_CITY  # type: ignore[union-attr]


# -- importing: every reason ----------------------------------------------------------------


def test_every_rejection_has_its_reason(city: Database, packages: Packages, tmp_path: Path) -> None:
    base = packages.half["24121"]
    altered = tmp_path / "altered.json"
    package = json.loads(base.read_text("utf-8"))
    package["values"]["cases.count"] += 1  # edited by hand, checksum left as it was
    altered.write_bytes(pkg.dumps(package))
    newer_format = resealed(base, tmp_path / "v2.json", lambda p: p.update(version=2))
    hidden = resealed(
        base, tmp_path / "hidden.json", lambda p: p["values"].update({"cases.count": None})
    )
    imported(city, base)
    cases = [
        (packages.outsider, co.REJECT_UNKNOWN),
        (packages.last_year, co.REJECT_PERIOD),
        (packages.annual["24121"], co.REJECT_KIND),
        (altered, pkg.BAD_CHECKSUM),
        (newer_format, pkg.NEWER_VERSION),
        (base, co.REJECT_DUPLICATE),
        (packages.masked, co.REJECT_MASKED),
        (packages.city, co.REJECT_CITY),
        (hidden, co.REJECT_HIDDEN),
        (tmp_path / "missing.json", pkg.FILE_MISSING),
    ]
    result = co.import_packages(city, [p for p, _ in cases], "half_year", 2025)
    assert [o.path for o in result.outcomes] == [p for p, _ in cases]
    for outcome, (path, reason) in zip(result.outcomes, cases, strict=True):
        assert outcome.status == co.REJECTED, path
        assert outcome.reason is not None and outcome.reason.source == reason, path
        assert outcome.reason.render()  # every placeholder filled
    texts = [o.reason.render() for o in result.outcomes]  # type: ignore[union-attr]
    assert "Xã Hòa Bình (code 24999)" in texts[0]
    assert "15/12/2023 – 14/05/2024" in texts[1] and "15/12/2024 – 14/05/2025" in texts[1]
    assert (
        texts[2] == "it is of the kind \u201cAnnual report\u201d, not \u201c6-month report\u201d."
    )
    assert "received on" in texts[5]
    assert len(co.received_packages(city, "half_year", HALF)) == 1


def test_a_member_without_a_code_is_named(city: Database, packages: Packages) -> None:
    co.add_member_unit(city, "xã hòa bình", "", "commune")
    [outcome] = imported(city, packages.outsider).outcomes
    assert outcome.reason.source == co.REJECT_NO_CODE  # type: ignore[union-attr]
    assert "xã hòa bình has no code" in outcome.reason.render()  # type: ignore[union-attr]


def test_a_newer_package_replaces_only_after_confirmation(
    city: Database, packages: Packages
) -> None:
    first = imported(city, packages.half["24121"]).outcomes[0]
    asked: list[tuple[Any, Any]] = []

    def no(older: co.ReceivedPackage, incoming: co.Incoming) -> bool:
        asked.append((older, incoming))
        return False

    [kept] = co.import_packages(city, [packages.newer], "half_year", 2025, no).outcomes
    assert kept.status == co.KEPT and kept.reason.source == co.KEPT_OLDER  # type: ignore[union-attr]
    [(older, incoming)] = asked
    assert older.id == first.package_id and incoming.number == "07/BC-UBND"
    assert len(co.received_packages(city, "half_year", HALF)) == 1

    # Without an answer at hand (the window asks after the import), it waits.
    result = co.import_packages(city, [packages.newer], "half_year", 2025)
    co.decline_pending(result.pending)
    assert [o.status for o in result.outcomes] == [co.KEPT]
    assert len(co.received_packages(city, "half_year", HALF)) == 1
    result = co.import_packages(city, [packages.newer], "half_year", 2025)
    [pending] = result.pending
    assert pending.replaces is not None and pending.replaces.id == first.package_id
    assert len(co.received_packages(city, "half_year", HALF)) == 1
    [done] = co.confirm_pending(city, result.pending, received_on=date(2025, 5, 16))
    assert done.status == co.REPLACED and done.package_id is not None

    kept_both = co.received_packages(city, "half_year", HALF)
    assert [p.id for p in kept_both] == [first.package_id, done.package_id]
    assert kept_both[0].superseded_by == done.package_id and kept_both[1].superseded_by is None
    # Kept as received: the same content, its checksum still holding.
    content = co.package_content(city, first.package_id)  # type: ignore[arg-type]
    assert content == read_package(packages.half["24121"])
    assert checksum(content) == content["sha256"]
    [current] = co.received_packages(city, "half_year", HALF, current_only=True)
    assert current.number == "07/BC-UBND" and current.received_on == date(2025, 5, 16)

    # An older package than the one kept is refused.
    [older_outcome] = imported(city, packages.older).outcomes
    assert older_outcome.reason.source == co.REJECT_OLDER  # type: ignore[union-attr]
    # Declining a waiting one keeps the older.
    result = co.import_packages(city, [packages.half["24121"]], "half_year", 2025)
    assert result.outcomes[0].reason.source == co.REJECT_DUPLICATE  # type: ignore[union-attr]
    assert audit.verify(city.conn) == []
    entries = audit.entries(city.conn, record_kind=co.PACKAGE_KIND)
    assert [e.action for e in entries] == ["import", "import"]
    assert entries[0].summary["replaces"] == first.package_id


def test_yes_replaces_at_once_and_a_batch_keeps_the_newest(
    city: Database, packages: Packages, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.json"
    copy.write_bytes(packages.newer.read_bytes())
    result = imported(city, packages.half["24121"], packages.newer, copy, packages.older)
    status = {
        o.path.name: (o.status, o.reason.source if o.reason else None) for o in result.outcomes
    }
    assert status == {
        "half-24121.json": (co.REJECTED, co.REJECT_NEWER_HERE),
        "newer.json": (co.ACCEPTED, None),
        "copy.json": (co.REJECTED, co.REJECT_SAME_FILE),
        "older.json": (co.REJECTED, co.REJECT_NEWER_HERE),
    }
    [again] = imported(city, packages.half["24121"]).outcomes
    assert again.reason.source == co.REJECT_OLDER  # type: ignore[union-attr]


def test_folders_are_searched_for_packages(packages: Packages, tmp_path: Path) -> None:
    drive = tmp_path / "usb"
    (drive / "Zalo" / "BaoCao").mkdir(parents=True)
    (drive / ".Trash").mkdir()
    for name, source in (
        ("Zalo/BaoCao/a.json", packages.half["24121"]),
        (".Trash/b.json", packages.half["24004"]),
        ("Zalo/.c.json.1234.tmp", packages.half["24004"]),
        ("d.JSON", packages.half["24133"]),
    ):
        (drive / name).write_bytes(source.read_bytes())  # fmt: skip
    (drive / "notes.txt").write_text("x")
    found = co.package_files([drive, drive / "d.JSON"])
    assert found == [drive / "d.JSON", drive / "Zalo" / "BaoCao" / "a.json"]


# -- the tracker ----------------------------------------------------------------------------


def test_tracker_statuses_around_the_due_date(
    city: Database, packages: Packages, tmp_path: Path
) -> None:
    assert co.due_date(city, "half_year", 2025) == DUE
    imported(city, packages.half["24121"], received_on=DUE)  # on the due date
    imported(city, packages.half["24004"], received_on=date(2025, 5, 16))  # the day after

    def statuses(today: date) -> list[tuple[str, str, date | None, int]]:
        return [
            (r.unit.code, r.status, r.received_on, r.overdue_days)
            for r in co.tracker(city, "half_year", 2025, today)
        ]

    assert statuses(DUE) == [
        ("24121", co.RECEIVED, DUE, 0),
        ("24004", co.LATE, date(2025, 5, 16), 0),
        ("24133", co.MISSING, None, 0),  # missing, not yet overdue on the due date
    ]
    assert statuses(date(2025, 5, 16))[2] == ("24133", co.MISSING, None, 1)
    # A correction after the due date does not make a unit late.
    co.import_packages(city, [packages.newer], "half_year", 2025, lambda *_: True,
                       received_on=date(2025, 6, 1))  # fmt: skip
    rows = co.tracker(city, "half_year", 2025, date(2025, 6, 1))
    assert (rows[0].status, rows[0].received_on, rows[0].updated_on, rows[0].versions) == (
        co.RECEIVED, DUE, date(2025, 6, 1), 2
    )  # fmt: skip
    # No due date for an end-of-phase report: nothing is late.
    assert {r.status for r in co.tracker(city, "phase", 2025, date(2026, 3, 1))} == {co.MISSING}
    assert all(r.overdue_days == 0 for r in co.tracker(city, "phase", 2025, date(2026, 3, 1)))

    text = co.reminder_text(rows, "half_year", 2025, HALF, date(2025, 6, 1))
    assert text.splitlines()[1] == "1. Phường Tân Lợi (mã 24133) – quá hạn 17 ngày"
    assert text.splitlines()[0] == (
        "Các phường, xã chưa gửi báo cáo 6 tháng đầu năm 2025 (đã quá hạn ngày 15/05/2025), "
        "tính đến ngày 01/06/2025:"
    )
    assert len(text.splitlines()) == 4
    received = [r for r in rows if r.status != co.MISSING]
    assert co.reminder_text(received, "half_year", 2025, HALF) == ""

    co.write_tracker_csv(rows, tmp_path / "t.csv")
    raw = (tmp_path / "t.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert table[0] == list(co.TRACKER_COLUMNS)
    assert table[1][:5] == ["1", "Phường Tân An", "24121", "Đã nhận", "15/05/2025"]
    assert table[2][3] == "Nhận muộn" and table[2][6] == "1"
    assert table[3][3] == "Chưa nhận" and table[3][6] == "17"
    co.write_tracker_xlsx(rows, tmp_path / "t.xlsx", "Theo dõi báo cáo 6 tháng 2025")
    sheet = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert sheet.cell(1, 1).value == "Theo dõi báo cáo 6 tháng 2025"
    assert [c.value for c in sheet[3]] == list(co.TRACKER_COLUMNS)
    assert sheet.cell(4, 2).value == "Phường Tân An" and sheet.cell(4, 1).value == 1
    assert sheet.cell(6, 7).value == 17


def test_a_compiled_report_changes_only_when_the_received_packages_do(
    city: Database, packages: Packages, tmp_path: Path
) -> None:
    from gbv_desktop.reports.history import changed_since

    first, *others = packages.half.values()
    imported(city, first)
    out = tmp_path / "out"
    out.mkdir()
    produce(city, co.build_city_document(city, "half_year", 2025), out, formats={"json"})
    report_id = list_reports(city)[0].id
    # Compiled from the packages, not from the city's own (empty) records.
    assert changed_since(city, report_id) is False
    imported(city, *others)
    assert changed_since(city, report_id) is True
