"""RecordStore: saving, loading, searching and deleting every kind of record."""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import pytest

from gbv_desktop.domain.calendar import Period
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
    SurvivorIdentity,
    Training,
)
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import InvalidRecord, PermissionDenied, RecordNotFound
from gbv_desktop.storage.records import SPECS, RecordStore

PASSWORD = "correct horse 1"  # the password tests/conftest.py gives the `db` fixture

# -- sample records ------------------------------------------------------------------


def activity(title: str = "Nói chuyện về bình đẳng giới", **kw: Any) -> Activity:
    values: dict[str, Any] = dict(
        start_date=date(2024, 3, 8),
        title=title,
        form="talk",
        setting="residential",
        end_date=date(2024, 3, 8),
        hamlet="Thôn Tân Lợi",
        campaign="none",
        audiences=["women", "men"],
        attendance_total=60,
        attendance_female=40,
        attendance_male=20,
        attendance_children=5,
        attendance_ethnic_minority=12,
        materials_count=100,
        co_organisers="Hội Liên hiệp Phụ nữ",
        cost_vnd=1_500_000,
        funding_source="unit_budget",
        notes="Ghi chú",
    )
    values.update(kw)
    return Activity(**values)


def case(**kw: Any) -> Case:
    values: dict[str, Any] = dict(
        reported_on=date(2024, 5, 2),
        channel="hotline",
        survivor=Survivor("female", "ede", True, 1990),
        age_group="16_59",
        violence_types=["physical", "psychological"],
        domestic=True,
        perpetrator_sex="male",
        perpetrator_relation="spouse",
        needs=["medical", "shelter"],
        services=[
            Service("medical", date(2024, 5, 2), "health", "Trạm y tế phường"),
            Service("shelter", date(2024, 5, 3), "trusted_address", "Nhà bà Hạnh"),
        ],
        shelter_days=3,
        handling=["education_counselling"],
        status="open",
        consent_to_share=True,
        identity=SurvivorIdentity("Nguyễn Thị Mai", "0905 123 456", "Thôn 3, Tân Lợi"),
        story="Bị chồng đánh sau khi uống rượu.",
    )
    values.update(kw)
    return Case(**values)


def training(**kw: Any) -> Training:
    values: dict[str, Any] = dict(
        start_date=date(2024, 4, 10),
        topic="Kỹ năng tiếp nhận vụ việc",
        organiser="Phòng Văn hóa – Xã hội",
        end_date=date(2024, 4, 11),
        place="Hội trường UBND",
        participants={"official": (3, 2), "collaborator": (10, 1)},
        cost_vnd=4_000_000,
        funding_source="city_budget",
        notes="",
    )
    values.update(kw)
    return Training(**values)


def model(**kw: Any) -> ModelFacility:
    values: dict[str, Any] = dict(
        model_type="club",
        name="CLB Gia đình hạnh phúc",
        established_on=date(2023, 6, 1),
        hamlet="Buôn Ea Tam",
        status="active",
        members=25,
        notes="Họp hằng tháng",
    )
    values.update(kw)
    return ModelFacility(**values)


def influencer(**kw: Any) -> InfluencerCount:
    values: dict[str, Any] = dict(
        as_of=date(2024, 6, 30), hamlet="Thôn 5", female=4, male=3, notes="Già làng"
    )
    values.update(kw)
    return InfluencerCount(**values)


def mobilisation(**kw: Any) -> Mobilisation:
    values: dict[str, Any] = dict(
        received_on=date(2024, 7, 1),
        source="business",
        donor="Công ty TNHH Đắk Lắk Xanh",
        cash_vnd=10_000_000,
        in_kind="20 thùng mì",
        in_kind_value_vnd=2_000_000,
        purpose="Hỗ trợ nhà tạm lánh",
    )
    values.update(kw)
    return Mobilisation(**values)


def inspection(**kw: Any) -> Inspection:
    values: dict[str, Any] = dict(
        inspected_on=date(2024, 8, 15),
        subject="Kiểm tra địa chỉ tin cậy",
        inspector="Đoàn liên ngành",
        inspected_body="Nhà bà Hạnh",
        findings="Đủ điều kiện",
        follow_up="Bổ sung chăn màn",
    )
    values.update(kw)
    return Inspection(**values)


def funding(**kw: Any) -> Funding:
    values: dict[str, Any] = dict(
        year=2024,
        budget_line="Truyền thông phòng chống bạo lực",
        source="unit_budget",
        planned_vnd=50_000_000,
        spent_vnd=20_000_000,
        notes="",
    )
    values.update(kw)
    return Funding(**values)


FACTORIES: dict[str, Callable[..., Record]] = {
    "activity": activity,
    "case": case,
    "training": training,
    "model": model,
    "influencer": influencer,
    "mobilisation": mobilisation,
    "inspection": inspection,
    "funding": funding,
}

# A change per kind, for the update tests: (field, new value).
CHANGES: dict[str, tuple[str, Any]] = {
    "activity": ("title", "Hội thi tìm hiểu pháp luật"),
    "case": ("status", "referred"),
    "training": ("place", "Nhà văn hóa thôn 2"),
    "model": ("members", 30),
    "influencer": ("female", 6),
    "mobilisation": ("donor", "Nhà hảo tâm ẩn danh"),
    "inspection": ("findings", "Cần sửa mái"),
    "funding": ("spent_vnd", 45_000_000),
}


def comparable(record: Record) -> dict[str, Any]:
    """The record's fields, without what storage assigns (ids, generated reference)."""
    data = dataclasses.asdict(record)  # type: ignore[call-overload]
    data.pop("id")
    if isinstance(record, Case):
        data.pop("ref_code")
        data["survivor"].pop("id")
        for service in data["services"]:
            service.pop("id")
    return data


@pytest.fixture
def store(db: Database) -> RecordStore:
    return RecordStore(db)


@pytest.fixture
def login(db: Database) -> Iterator[Callable[[str], RecordStore]]:
    opened: list[Database] = []

    def open_as(role: str) -> RecordStore:
        name = role.replace("_", "")
        db.add_user(name, PASSWORD, role)
        other = Database.open(db.path, name, PASSWORD)
        opened.append(other)
        return RecordStore(other)

    yield open_as
    for other in opened:
        other.close()


def _audit_count(db: Database) -> int:
    return int(db.conn.execute("SELECT count(*) FROM audit").fetchone()[0])


# -- save, get, update, delete -------------------------------------------------------


@pytest.mark.parametrize("kind", list(FACTORIES))
def test_save_get_update_delete(store: RecordStore, kind: str) -> None:
    record = FACTORIES[kind]()
    expected = comparable(record)
    record_id = store.save(record)
    assert record.id == record_id

    loaded = store.get(kind, record_id)
    assert type(loaded) is type(record)
    assert loaded.id == record_id
    assert comparable(loaded) == expected
    assert store.count(kind) == 1

    name, value = CHANGES[kind]
    setattr(loaded, name, value)
    assert store.save(loaded) == record_id
    again = store.get(kind, record_id)
    assert getattr(again, name) == value
    assert comparable(again) == comparable(loaded)
    assert store.count(kind) == 1

    store.delete(kind, record_id)
    assert store.count(kind) == 0
    for table in (
        "services",
        "case_stories",
        "survivors",
        "survivor_identities",
        "training_participants",
    ):
        assert store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    with pytest.raises(RecordNotFound):
        store.get(kind, record_id)
    with pytest.raises(RecordNotFound):
        store.delete(kind, record_id)


def test_case_children_round_trip(store: RecordStore, db: Database) -> None:
    record = case()
    case_id = store.save(record)
    loaded = store.get("case", case_id)
    assert isinstance(loaded, Case)
    assert re.fullmatch(r"VV-2024-\d{4}", loaded.ref_code)
    assert loaded.survivor == Survivor("female", "ede", True, 1990, record.survivor.id)
    assert [(s.kind, s.given_on, s.provider_kind, s.provider_name) for s in loaded.services] == [
        ("medical", date(2024, 5, 2), "health", "Trạm y tế phường"),
        ("shelter", date(2024, 5, 3), "trusted_address", "Nhà bà Hạnh"),
    ]
    assert loaded.identity == SurvivorIdentity("Nguyễn Thị Mai", "0905 123 456", "Thôn 3, Tân Lợi")
    assert loaded.story == "Bị chồng đánh sau khi uống rượu."
    assert store.identity(case_id) == (loaded.identity, loaded.story)

    # Change every part: services, identity, story.
    loaded.services = loaded.services[:1]
    loaded.needs = ["medical"]
    loaded.shelter_days = 0
    loaded.identity = SurvivorIdentity("Nguyễn Thị Mai", "0912 000 111", "")
    loaded.story = ""
    store.save(loaded)
    again = store.get("case", case_id)
    assert isinstance(again, Case)
    assert len(again.services) == 1
    assert again.identity == SurvivorIdentity("Nguyễn Thị Mai", "0912 000 111", "")
    assert again.story == ""
    assert db.conn.execute("SELECT count(*) FROM case_stories").fetchone()[0] == 0
    # An emptied identity removes the row.
    again.identity = SurvivorIdentity()
    store.save(again)
    assert db.conn.execute("SELECT count(*) FROM survivor_identities").fetchone()[0] == 0


def test_training_participants_round_trip(store: RecordStore) -> None:
    record = training(participants={"official": (3, 2), "influencer": (0, 0), "staff": (1, 0)})
    training_id = store.save(record)
    loaded = store.get("training", training_id)
    assert isinstance(loaded, Training)
    # Roles with nobody are not stored.
    assert loaded.participants == {"official": (3, 2), "staff": (1, 0)}
    loaded.participants = {"other": (7, 7)}
    store.save(loaded)
    again = store.get("training", training_id)
    assert isinstance(again, Training)
    assert again.participants == {"other": (7, 7)}
    assert (again.participants_female, again.participants_male) == (7, 7)


def test_update_keeps_created_at_and_changes_updated_at(store: RecordStore, db: Database) -> None:
    record_id = store.save(activity())

    def stamps() -> tuple[str, str, int, int]:
        return db.conn.execute(
            "SELECT created_at, updated_at, created_by, updated_by FROM activities WHERE id = ?",
            (record_id,),
        ).fetchone()

    created, updated, created_by, updated_by = stamps()
    assert created == updated and created_by == updated_by == db.user.id
    time.sleep(0.002)
    record = store.get("activity", record_id)
    record.title = "Đổi tên"  # type: ignore[attr-defined]
    store.save(record)
    created2, updated2, created_by2, _ = stamps()
    assert created2 == created and created_by2 == created_by
    assert updated2 > updated


def test_update_of_a_deleted_record_is_refused(store: RecordStore) -> None:
    record = activity()
    store.save(record)
    store.delete("activity", record.id)  # type: ignore[arg-type]
    with pytest.raises(RecordNotFound):
        store.save(record)
    assert store.count("activity") == 0


def test_invalid_record_lists_every_field_error_and_writes_nothing(
    store: RecordStore, db: Database
) -> None:
    before = _audit_count(db)
    bad = Activity(
        start_date=None,
        title="",
        form="juggling",
        setting="moon",
        attendance_total=-3,
        cost_vnd=-1,
        audiences=["aliens"],
    )
    with pytest.raises(InvalidRecord) as excinfo:
        store.save(bad)
    fields = {e.field for e in excinfo.value.errors}
    assert {
        "start_date",
        "title",
        "form",
        "setting",
        "attendance_total",
        "cost_vnd",
        "audiences",
    } <= fields
    assert str(len(excinfo.value.errors)) in str(excinfo.value)
    bad_case = case(
        reported_on=date(2999, 1, 1),
        violence_types=[],
        services=[Service("magic", None, "wizard")],
        survivor=Survivor("robot", "martian", False, 1700),
    )
    with pytest.raises(InvalidRecord) as excinfo:
        store.save(bad_case)
    fields = {e.field for e in excinfo.value.errors}
    assert {
        "reported_on",
        "violence_types",
        "survivor.sex",
        "survivor.ethnicity",
        "survivor.birth_year",
        "services[0].kind",
        "services[0].provider_kind",
        "services[0].given_on",
    } <= fields
    assert bad.id is None and bad_case.id is None
    assert store.count() == dict.fromkeys(SPECS, 0)
    assert db.conn.execute("SELECT count(*) FROM survivors").fetchone()[0] == 0
    assert _audit_count(db) == before


# -- case reference codes and survivors ----------------------------------------------


def test_case_ref_codes_are_sequential_per_year(store: RecordStore) -> None:
    codes = []
    for day in (date(2024, 1, 5), date(2024, 2, 1), date(2025, 1, 2), date(2024, 12, 31)):
        record = case(reported_on=day, services=[], needs=[], shelter_days=0)
        store.save(record)
        codes.append(store.get("case", record.id).ref_code)  # type: ignore[arg-type, attr-defined]
    assert codes == ["VV-2024-0001", "VV-2024-0002", "VV-2025-0001", "VV-2024-0003"]
    for code in codes:
        assert re.fullmatch(r"VV-\d{4}-\d{4}", code)
    # An update keeps the reference.
    loaded = store.get("case", 1)
    loaded.status = "referred"  # type: ignore[attr-defined]
    loaded.ref_code = ""  # type: ignore[attr-defined]
    store.save(loaded)
    assert store.get("case", 1).ref_code == "VV-2024-0001"  # type: ignore[attr-defined]
    # Searchable by reference.
    assert store.search_ids("case", "vv-2025-0001") == [3]


def test_two_cases_of_one_survivor_count_one_survivor(store: RecordStore, db: Database) -> None:
    first = case()
    store.save(first)
    assert first.survivor.id is not None
    second = case(
        reported_on=date(2024, 9, 1),
        survivor=first.survivor,
        services=[],
        needs=[],
        shelter_days=0,
        identity=None,
        story="Lần thứ hai.",
    )
    store.save(second)
    assert db.conn.execute("SELECT count(*) FROM survivors").fetchone()[0] == 1
    assert second.survivor.id == first.survivor.id
    loaded = store.get("case", second.id)  # type: ignore[arg-type]
    assert isinstance(loaded, Case)
    assert loaded.identity == first.identity  # one identity, shared
    code = db.conn.execute("SELECT code FROM survivors").fetchone()[0]
    assert code == f"NB-{first.survivor.id:05d}"

    # Deleting one case keeps the survivor; deleting the last removes it and its identity.
    store.delete("case", first.id)  # type: ignore[arg-type]
    assert db.conn.execute("SELECT count(*) FROM survivors").fetchone()[0] == 1
    assert db.conn.execute("SELECT count(*) FROM survivor_identities").fetchone()[0] == 1
    store.delete("case", second.id)  # type: ignore[arg-type]
    for table in ("survivors", "survivor_identities", "case_stories", "services"):
        assert db.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


# -- identifying details and roles ---------------------------------------------------


def test_identity_is_visible_only_to_administrator_and_case_worker(
    store: RecordStore, login: Callable[[str], RecordStore]
) -> None:
    case_id = store.save(case())
    identity = SurvivorIdentity("Nguyễn Thị Mai", "0905 123 456", "Thôn 3, Tân Lợi")
    stores = {"administrator": store}
    for role in ("case_worker", "officer", "viewer"):
        stores[role] = login(role)
    for role, s in stores.items():
        allowed = role in ("administrator", "case_worker")
        loaded = s.get("case", case_id)
        assert isinstance(loaded, Case)
        listed = list(s.all("case", with_identity=True))
        assert len(listed) == 1
        assert isinstance(listed[0], Case)
        if allowed:
            assert loaded.identity == identity, role
            assert loaded.story == "Bị chồng đánh sau khi uống rượu.", role
            assert listed[0].identity == identity, role
            assert s.identity(case_id)[0] == identity
        else:
            assert loaded.identity is None and loaded.story is None, role
            assert listed[0].identity is None and listed[0].story is None, role
            with pytest.raises(PermissionDenied):
                s.identity(case_id)
        # Statistics (the survivor) are visible to everyone.
        assert loaded.survivor.sex == "female"
        # Listing does not load identities unless asked.
        plain = next(iter(s.all("case")))
        assert isinstance(plain, Case) and plain.identity is None


def test_officer_saving_a_case_leaves_identity_untouched(
    store: RecordStore, login: Callable[[str], RecordStore]
) -> None:
    case_id = store.save(case())
    officer = login("officer")
    loaded = officer.get("case", case_id)
    assert isinstance(loaded, Case) and loaded.identity is None
    loaded.status = "referred"
    officer.save(loaded)
    again = store.get("case", case_id)
    assert isinstance(again, Case)
    assert again.status == "referred"
    assert again.identity == SurvivorIdentity("Nguyễn Thị Mai", "0905 123 456", "Thôn 3, Tân Lợi")
    assert again.story == "Bị chồng đánh sau khi uống rượu."
    # An officer may record a new case without identifying details.
    new = case(identity=None, story=None)
    officer.save(new)
    assert store.count("case") == 2


def test_officer_may_not_write_identity_or_story(
    store: RecordStore, db: Database, login: Callable[[str], RecordStore]
) -> None:
    case_id = store.save(case())
    officer = login("officer")
    before = _audit_count(db)
    loaded = officer.get("case", case_id)
    assert isinstance(loaded, Case)
    for identity, story in (
        (SurvivorIdentity("Tên khác", "", ""), None),
        (SurvivorIdentity(), None),
        (None, "Câu chuyện khác"),
    ):
        loaded.identity, loaded.story = identity, story
        with pytest.raises(PermissionDenied):
            officer.save(loaded)
        with pytest.raises(PermissionDenied):
            officer.save_many([loaded])
    with pytest.raises(PermissionDenied):
        officer.save(case())
    again = store.get("case", case_id)
    assert isinstance(again, Case)
    assert again.identity == SurvivorIdentity("Nguyễn Thị Mai", "0905 123 456", "Thôn 3, Tân Lợi")
    assert again.story == "Bị chồng đánh sau khi uống rượu."
    assert _audit_count(db) == before
    assert store.count("case") == 1


def test_case_worker_may_write_identity(
    store: RecordStore, login: Callable[[str], RecordStore]
) -> None:
    worker = login("case_worker")
    case_id = worker.save(case(identity=SurvivorIdentity("Lê Thị Hồng", "", "Buôn Ea Tam")))
    loaded = store.get("case", case_id)
    assert isinstance(loaded, Case)
    assert loaded.identity == SurvivorIdentity("Lê Thị Hồng", "", "Buôn Ea Tam")


# -- listing and searching -----------------------------------------------------------


def test_all_in_batches_and_periods(store: RecordStore) -> None:
    ids = store.save_many(
        [activity(f"Buổi {i}", start_date=date(2024, 1, 1 + i)) for i in range(7)]
    )
    assert [r.id for r in store.all("activity", batch=3)] == ids
    period = Period(date(2024, 1, 2), date(2024, 1, 4))
    assert [r.title for r in store.all("activity", period=period, batch=2)] == [  # type: ignore[attr-defined]
        "Buổi 1",
        "Buổi 2",
        "Buổi 3",
    ]
    assert list(store.all("model")) == []


@pytest.fixture
def searchable(store: RecordStore) -> dict[str, int]:
    titles = {
        "tan_loi": ("Nói chuyện ở Tân Lợi", date(2024, 1, 1), "talk"),
        "dak_lak": ("Hội thi tại Đắk Lắk", date(2024, 1, 31), "contest"),
        "percent": ("Giảm 50% bạo lực", date(2023, 12, 31), "rally"),
        "five_hundred": ("Giảm 500 ca", date(2024, 2, 1), "rally"),
        "underscore": ("Mã a_b", date(2024, 1, 15), "seminar"),
        "letter": ("Mã axb", date(2024, 1, 16), "seminar"),
    }
    ids = {}
    for key, (title, day, form) in titles.items():
        ids[key] = store.save(
            activity(
                title,
                start_date=day,
                end_date=None,
                hamlet="",
                co_organisers="",
                notes="",
                form=form,
            )
        )
    return ids


def test_search_ignores_case_and_diacritics(store: RecordStore, searchable: dict[str, int]) -> None:
    for text in ("tan loi", "TÂN LỢI", "Tan Loi", "tân", "  tan   loi  ", "LỢI"):
        assert store.search_ids("activity", text) == [searchable["tan_loi"]], text
    for text in ("dak", "Đắk", "đắk lắk", "DAK LAK", "ĐẮK"):
        assert store.search_ids("activity", text) == [searchable["dak_lak"]], text
    assert store.search_ids("activity", "nowhere") == []
    assert len(store.search_ids("activity", "")) == len(searchable)


def test_identifying_details_are_not_searchable(store: RecordStore, db: Database) -> None:
    """Search text is readable by every role, so it must hold no name, phone or story."""
    case_id = store.save(case())
    assert store.search_ids("case", "hotline") == []  # codes are not words...
    assert store.search_ids("case", "tong dai") == [case_id]  # ...their labels are
    for text in ("Nguyễn Thị Mai", "Mai", "0905", "Thôn 3", "uống rượu", "Trạm y tế"):
        assert store.search_ids("case", text) == [], text
    search_text = db.conn.execute("SELECT search_text FROM cases").fetchone()[0]
    assert "mai" not in search_text.split()
    assert "ruou" not in search_text


def test_search_finds_vocabulary_labels(store: RecordStore, searchable: dict[str, int]) -> None:
    # "rally" is shown as "Mít tinh".
    assert sorted(store.search_ids("activity", "mit tinh")) == sorted(
        [searchable["percent"], searchable["five_hundred"]]
    )


def test_search_words_are_and_ed(store: RecordStore, searchable: dict[str, int]) -> None:
    assert store.search_ids("activity", "hoi lak") == [searchable["dak_lak"]]
    assert store.search_ids("activity", "hoi loi") == []
    assert store.search_ids("activity", "giam ca") == [searchable["five_hundred"]]


def test_search_treats_like_wildcards_literally(
    store: RecordStore, searchable: dict[str, int]
) -> None:
    assert store.search_ids("activity", "50%") == [searchable["percent"]]
    assert store.search_ids("activity", "%") == [searchable["percent"]]
    assert store.search_ids("activity", "a_b") == [searchable["underscore"]]
    assert store.search_ids("activity", "_") == [searchable["underscore"]]
    assert store.search_ids("activity", "\\") == []
    assert store.search_ids("activity", "5_0") == []


def test_search_period_is_inclusive(store: RecordStore, searchable: dict[str, int]) -> None:
    january = Period(date(2024, 1, 1), date(2024, 1, 31))
    found = store.search_ids("activity", period=january, descending=False)
    assert found == [
        searchable["tan_loi"],
        searchable["underscore"],
        searchable["letter"],
        searchable["dak_lak"],
    ]
    one_day = Period(date(2024, 1, 31), date(2024, 1, 31))
    assert store.search_ids("activity", period=one_day) == [searchable["dak_lak"]]
    assert store.search_ids("activity", "giam", period=january) == []


def test_search_period_for_funding_uses_the_year(store: RecordStore) -> None:
    ids = [store.save(funding(year=y)) for y in (2023, 2024, 2025)]
    assert store.search_ids("funding", period=Period(date(2024, 1, 1), date(2024, 12, 31))) == [
        ids[1]
    ]
    assert (
        sorted(store.search_ids("funding", period=Period(date(2023, 12, 15), date(2024, 1, 2))))
        == ids[:2]
    )


def test_search_filters(store: RecordStore, searchable: dict[str, int]) -> None:
    assert sorted(store.search_ids("activity", filters={"form": "rally"})) == sorted(
        [searchable["percent"], searchable["five_hundred"]]
    )
    assert store.search_ids("activity", "500", filters={"form": "rally"}) == [
        searchable["five_hundred"]
    ]
    assert store.search_ids("activity", filters={"form": "online"}) == []
    assert len(store.search_ids("activity", limit=2)) == 2


def test_search_filters_on_list_columns_and_sets(store: RecordStore) -> None:
    women = store.save(activity("A", audiences=["women"]))
    both = store.save(activity("B", audiences=["women", "men"]))
    youth = store.save(activity("C", audiences=["youth"], form="rally"))
    assert sorted(store.search_ids("activity", filters={"audiences": "women"})) == [women, both]
    assert store.search_ids("activity", filters={"audiences": "men"}) == [both]
    assert sorted(store.search_ids("activity", filters={"form": {"rally", "contest"}})) == [youth]
    assert store.search_ids("activity", filters={"form": []}) == []


@pytest.mark.parametrize("order", ["no_such_column", "title; DROP TABLE activities", "story"])
def test_unknown_order_is_a_value_error(store: RecordStore, order: str) -> None:
    store.save(activity())
    with pytest.raises(ValueError):
        store.search_ids("activity", order=order)
    assert store.count("activity") == 1


@pytest.mark.parametrize(
    ("kind", "column"),
    [
        ("activity", "no_such_column"),
        ("activity", "title; DROP TABLE activities"),
        ("activity", "search_text"),
        ("case", "survivor_id"),
    ],
)
def test_unknown_filter_column_is_a_value_error(store: RecordStore, kind: str, column: str) -> None:
    with pytest.raises(ValueError):
        store.search_ids(kind, filters={column: "x"})
    assert store.db["activities"].exists()


@pytest.mark.parametrize(
    ("kind", "column"),
    [("case", "story"), ("case", "identity"), ("case", "services"), ("training", "participants")],
)
def test_filter_on_a_field_stored_apart_is_a_value_error(
    store: RecordStore, kind: str, column: str
) -> None:
    """Fields kept outside the main row are not columns: refused before any SQL runs
    (they used to reach SQL and fail with sqlcipher3.OperationalError)."""
    with pytest.raises(ValueError):
        store.search_ids(kind, filters={column: "x"})


def test_order_by_name_follows_vietnamese_order(store: RecordStore) -> None:
    titles = ["Đào tạo", "Dương", "Ăn", "An", "Âu", "Bảo", "Ơn", "Ôn", "On", "Ưu", "Uy", "Ấn"]
    ids = {store.save(activity(t)): t for t in titles}
    found = [ids[i] for i in store.search_ids("activity", order="name", descending=False)]
    assert found == [
        "An",
        "Ăn",
        "Ấn",
        "Âu",
        "Bảo",
        "Dương",
        "Đào tạo",
        "On",
        "Ôn",
        "Ơn",
        "Uy",
        "Ưu",
    ]
    backwards = [ids[i] for i in store.search_ids("activity", order="name", descending=True)]
    assert backwards == found[::-1]


def test_order_by_date(store: RecordStore, searchable: dict[str, int]) -> None:
    newest_first = store.search_ids("activity")
    assert newest_first[0] == searchable["five_hundred"]
    assert newest_first[-1] == searchable["percent"]
    assert store.search_ids("activity", order="id", descending=False) == sorted(searchable.values())


# -- save_many and count -------------------------------------------------------------


def test_save_many_saves_all(store: RecordStore, db: Database) -> None:
    before = _audit_count(db)
    records = [activity("A"), activity("B"), case(), training()]
    ids = store.save_many(records)
    assert ids == [r.id for r in records]
    assert store.count() == {
        "activity": 2,
        "case": 1,
        "training": 1,
        "model": 0,
        "influencer": 0,
        "mobilisation": 0,
        "inspection": 0,
        "funding": 0,
    }
    assert store.count("activity") == 2
    assert _audit_count(db) == before + 4


def test_save_many_is_all_or_nothing(store: RecordStore, db: Database) -> None:
    before = _audit_count(db)
    records = [activity("A"), activity("", attendance_total=-1), case(), model(name="")]
    with pytest.raises(InvalidRecord) as excinfo:
        store.save_many(records)
    errors = excinfo.value.errors
    assert {(i, e.field) for i, e in errors} >= {(1, "title"), (1, "attendance_total"), (3, "name")}
    assert {i for i, _ in errors} == {1, 3}
    assert store.count() == dict.fromkeys(SPECS, 0)
    assert _audit_count(db) == before
    assert all(r.id is None for r in records)


def test_save_many_rolls_back_when_the_database_refuses_a_record(
    store: RecordStore, db: Database
) -> None:
    before = _audit_count(db)
    records = [activity("A"), case(ref_code="VV-2024-0100"), case(ref_code="VV-2024-0100")]
    # The duplicate reference is caught before SQLite's UNIQUE constraint, with the field named.
    with pytest.raises(InvalidRecord) as excinfo:
        store.save_many(records)
    assert [e.field for e in excinfo.value.errors] == ["ref_code"]
    assert store.count() == dict.fromkeys(SPECS, 0)
    assert db.conn.execute("SELECT count(*) FROM survivors").fetchone()[0] == 0
    assert _audit_count(db) == before
    assert not db.conn.in_transaction


def test_reference_numbers_are_never_reused_after_a_delete(db: Database) -> None:
    from datetime import date

    from gbv_desktop.domain.records import Case
    from gbv_desktop.storage.records import RecordStore

    store = RecordStore(db)

    def new_case() -> Case:
        return Case(reported_on=date(2025, 3, 1), violence_types=["physical"])

    first = store.save(new_case())
    second = store.save(new_case())
    assert store.get("case", second).ref_code == "VV-2025-0002"
    store.delete("case", second)
    third = store.save(new_case())
    assert store.get("case", third).ref_code == "VV-2025-0003"
    assert store.get("case", first).ref_code == "VV-2025-0001"
