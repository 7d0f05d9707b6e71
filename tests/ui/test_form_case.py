"""The case form: create, edit, duplicate and delete through the window; validation on
the right fields; and a survivor's identity shown, kept and saved only where allowed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QMessageBox, QScrollArea, QWidget

from gbv_desktop import i18n
from gbv_desktop.domain import vocab
from gbv_desktop.domain.messages import Message
from gbv_desktop.domain.records import (
    REQUIRED,
    Case,
    FieldError,
    Service,
    Survivor,
    SurvivorIdentity,
)
from gbv_desktop.storage import audit
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import RecordNotFound
from gbv_desktop.storage.records import RecordStore
from gbv_desktop.ui.forms.case import CaseForm
from gbv_desktop.ui.pages.records import RecordPage
from tests.conftest import PASSWORD

# The offscreen platform (no display) says this on every window shown; nothing else is ignored.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

REPORTED = date.today() - timedelta(days=40)
LATER = REPORTED + timedelta(days=3)
IDENTITY = SurvivorIdentity("H'Nguyễn Thị Lan", "0905 123 456", "Buôn Ky, phường Tân Lợi")
STORY = "Bị chồng đánh nhiều lần, đến nhà tạm lánh lúc nửa đêm."


def label(vocabulary: vocab.Vocabulary, code: str) -> str:
    return vocabulary.label(code, i18n.language())


@pytest.fixture
def store(db: Database) -> RecordStore:
    return RecordStore(db)


@pytest.fixture
def open_as(db: Database) -> Iterator[Callable[[str], RecordStore]]:
    """A second session on the same database, signed in with a new account of `role`."""
    opened: list[Database] = []

    def open_as(role: str) -> RecordStore:
        name = role.replace("_", "") + "1"
        db.add_user(name, PASSWORD, role)
        other = Database.open(db.path, name, PASSWORD)
        opened.append(other)
        return RecordStore(other)

    yield open_as
    for other in opened:
        other.close()


@pytest.fixture
def make_form(qtbot) -> Iterator[Callable[..., CaseForm]]:
    """Forms hidden and deleted after the test. Not closed through qtbot: closing a form
    with unsaved changes would ask (modally) whether to save them."""
    forms: list[CaseForm] = []

    def make(store: RecordStore, record: Case | None = None, **kw) -> CaseForm:
        form = CaseForm(store, record, **kw)
        forms.append(form)
        return form

    yield make
    for form in forms:
        form.hide()
        form.deleteLater()


def saved_case(store: RecordStore, **changes) -> Case:
    case = Case(
        reported_on=REPORTED,
        channel="family",
        violence_types=["physical", "psychological"],
        survivor=Survivor(sex="female", ethnicity="ede", disability=False, birth_year=1988),
        needs=["medical", "psychosocial"],
        services=[
            Service("medical", REPORTED, "health", "Trạm y tế phường"),
            Service("psychosocial", LATER, "counselling", ""),
        ],
        identity=IDENTITY,
        story=STORY,
    )
    for name, value in changes.items():
        setattr(case, name, value)
    case_id = store.save(case)
    got = store.get("case", case_id)
    assert isinstance(got, Case)
    return got


def fill_minimal(form: CaseForm) -> None:
    form.reported_on.set_value(REPORTED)
    form.channel.set_code("hotline")
    form.violence_types.boxes["sexual"].setChecked(True)


def error_text(form: CaseForm, row: str) -> str:
    error = form.rows[row].error
    return error.text() if not error.isHidden() else ""


# -- create, edit, duplicate, delete ---------------------------------------------


def test_create_a_case_through_the_form(qtbot, store, db, make_form) -> None:
    form = make_form(store)
    assert form.windowTitle().startswith("New")
    assert "first saved" in form.ref_code.text()
    assert not form.consent.isChecked(), "consent must never be pre-ticked"
    fill_minimal(form)
    form.domestic.setChecked(False)
    form.sex.set_code("female")
    form.ethnicity.set_code("mnong")
    form.disability.setChecked(True)
    form.perpetrator_sex.set_code("male")
    form.perpetrator_relation.set_code("acquaintance")
    form.needs.boxes["medical"].setChecked(True)
    qtbot.mouseClick(form.services.add_button, Qt.MouseButton.LeftButton)
    entry = form.services.entries[0]
    assert entry.kind.code() == "medical", "a new service starts with the first unmet need"
    assert entry.provider_kind.code() == "health"
    assert entry.given_on.value() == REPORTED
    entry.given_on.set_value(LATER)
    entry.provider_name.setText("Bệnh viện thành phố")
    form.handling.boxes["education_counselling"].setChecked(True)
    form.status.set_code("closed")
    form.consent.setChecked(True)
    assert form.full_name is not None and form.story is not None
    form.full_name.setText(IDENTITY.full_name)
    form.story.setPlainText(STORY)

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.result() == QDialog.DialogCode.Accepted
    (case_id,) = store.search_ids("case")
    case = store.get("case", case_id)
    assert isinstance(case, Case)
    assert case.ref_code.startswith(f"VV-{REPORTED.year}-")
    assert (case.reported_on, case.channel, case.domestic) == (REPORTED, "hotline", False)
    assert case.violence_types == ["sexual"]
    assert (case.survivor.sex, case.survivor.ethnicity, case.survivor.disability) == (
        "female",
        "mnong",
        True,
    )
    assert case.perpetrator_relation == "acquaintance"
    assert [(s.kind, s.given_on, s.provider_kind, s.provider_name) for s in case.services] == [
        ("medical", LATER, "health", "Bệnh viện thành phố")
    ]
    assert (case.status, case.consent_to_share) == ("closed", True)
    assert case.identity == SurvivorIdentity(IDENTITY.full_name, "", "")
    assert case.story == STORY
    last = audit.entries(db.conn, record_kind="case")[0]
    assert (last.action, last.record_id) == ("create", case_id)


def test_edit_a_case(qtbot, store, db, make_form) -> None:
    case = saved_case(store)
    form = make_form(store, case)
    assert form.windowTitle().startswith("Edit")
    assert form.ref_code.text() == case.ref_code
    assert not form.is_dirty(), "opening a case must not count as a change"
    form.status.set_code("referred")
    form.handling.boxes["no_contact_order"].setChecked(True)
    form.services.remove_entry(form.services.entries[0])
    assert form.full_name is not None
    form.full_name.setText("Nguyễn Thị Lan")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.result() == QDialog.DialogCode.Accepted
    got = store.get("case", case.id)
    assert isinstance(got, Case)
    assert got.ref_code == case.ref_code
    assert (got.status, got.handling) == ("referred", ["no_contact_order"])
    assert [s.kind for s in got.services] == ["psychosocial"]
    assert got.identity is not None and got.identity.full_name == "Nguyễn Thị Lan"
    assert got.identity.phone == IDENTITY.phone
    assert got.survivor.id == case.survivor.id
    last = audit.entries(db.conn, record_kind="case")[0]
    assert (last.action, last.record_id) == ("update", case.id)
    assert {"status", "handling", "services", "identity"} <= set(last.summary["fields"])


def test_duplicate_is_a_new_person_without_identity_or_consent(qtbot, store, make_form) -> None:
    case = saved_case(store, consent_to_share=True, handling=["community_criticism"])
    form = make_form(store, case, duplicate=True)
    assert form.windowTitle().startswith("New")
    assert "first saved" in form.ref_code.text()
    assert form.full_name is not None and form.full_name.text() == ""
    assert form.story is not None and form.story.toPlainText() == ""
    assert not form.consent.isChecked()
    assert form.form.isRowVisible(form.same_survivor)
    assert case.ref_code in form.same_survivor.text()
    assert not form.same_survivor.isChecked()
    # The rest is copied as a starting point.
    assert form.violence_types.codes() == ["physical", "psychological"]
    assert [e.kind.code() for e in form.services.entries] == ["medical", "psychosocial"]

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.result() == QDialog.DialogCode.Accepted
    new_id = next(i for i in store.search_ids("case") if i != case.id)
    copy = store.get("case", new_id)
    assert isinstance(copy, Case)
    assert copy.ref_code != case.ref_code
    assert copy.survivor.id != case.survivor.id
    assert copy.identity == SurvivorIdentity()
    assert copy.story == ""
    assert not copy.consent_to_share
    assert copy.handling == ["community_criticism"]
    original = store.get("case", case.id)
    assert isinstance(original, Case)
    assert (original.identity, original.story) == (IDENTITY, STORY)
    assert original.survivor.id == case.survivor.id


def test_duplicate_as_a_repeat_case_of_the_same_person(qtbot, store, make_form) -> None:
    case = saved_case(store)
    form = make_form(store, case, duplicate=True)
    assert form.full_name is not None
    form.same_survivor.setChecked(True)
    assert form.full_name.text() == IDENTITY.full_name, "one identity per person"
    form.same_survivor.setChecked(False)
    assert form.full_name.text() == "", "never copied onto a different person"
    form.same_survivor.setChecked(True)

    assert form.save()

    new_id = next(i for i in store.search_ids("case") if i != case.id)
    copy = store.get("case", new_id)
    assert isinstance(copy, Case)
    assert copy.survivor.id == case.survivor.id
    assert copy.identity == IDENTITY
    assert copy.story == ""
    original = store.get("case", case.id)
    assert isinstance(original, Case) and original.story == STORY


def test_delete_a_case_from_its_list(qtbot, store, db, monkeypatch) -> None:
    case = saved_case(store)
    page = RecordPage(store, "case")
    qtbot.addWidget(page)
    page.refresh()
    page.select_id(case.id)
    asked: list[str] = []

    def yes(*args, **kwargs):
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)

    assert page.delete_selected()

    assert asked and case.ref_code in asked[0]
    with pytest.raises(RecordNotFound):
        store.get("case", case.id)
    assert page.model.rowCount() == 0
    last = audit.entries(db.conn, record_kind="case")[0]
    assert (last.action, last.record_id) == ("delete", case.id)


def test_save_and_add_another_keeps_date_and_channel_only(qtbot, store, make_form) -> None:
    form = make_form(store)
    form.show()
    fill_minimal(form)
    form.sex.set_code("male")
    form.needs.boxes["legal"].setChecked(True)
    qtbot.mouseClick(form.services.add_button, Qt.MouseButton.LeftButton)
    assert form.full_name is not None
    form.full_name.setText("Người thứ nhất")

    qtbot.mouseClick(form.again_button, Qt.MouseButton.LeftButton)

    assert form.isVisible() and form.saved_count == 1
    assert form.windowTitle().startswith("New")
    assert form.reported_on.value() == REPORTED
    assert form.channel.code() == "hotline"
    assert form.violence_types.codes() == []
    assert form.needs.codes() == []
    assert form.services.entries == []
    assert form.sex.code() == "female"
    assert form.full_name.text() == ""
    assert "first saved" in form.ref_code.text()
    assert not form.is_dirty()
    assert len(store.search_ids("case")) == 1


# -- live checks -------------------------------------------------------------------


def test_needs_are_checked_live_against_services(qtbot, store, make_form) -> None:
    form = make_form(store)
    form.show()
    assert form.needs_check.isHidden()
    form.needs.boxes["medical"].setChecked(True)
    form.needs.boxes["legal"].setChecked(True)
    text = form.needs_check.text()
    assert text.startswith("Not yet served:")
    assert label(vocab.SERVICE_KINDS, "medical") in text
    assert label(vocab.SERVICE_KINDS, "legal") in text
    assert not form.needs_check.property("blocking")

    qtbot.mouseClick(form.services.add_button, Qt.MouseButton.LeftButton)
    assert form.needs_check.property("unmet") == "legal"
    assert label(vocab.SERVICE_KINDS, "medical") not in form.needs_check.text()

    form.status.set_code("closed")
    assert form.needs_check.property("blocking")
    assert "closed" in form.needs_check.text()

    qtbot.mouseClick(form.services.add_button, Qt.MouseButton.LeftButton)
    assert form.services.entries[1].kind.code() == "legal"
    assert form.needs_check.text().startswith("✓")
    assert not form.needs_check.property("blocking")


def test_year_of_birth_suggests_the_age_group(qtbot, store, make_form) -> None:
    form = make_form(store)
    form.reported_on.set_value(REPORTED)
    form.birth_year.setValue(REPORTED.year - 10)
    assert form.age_group.code() == "under_16"
    assert "10" in form.age_hint.text()
    form.birth_year.setValue(REPORTED.year - 70)
    assert form.age_group.code() == "60_plus"
    # Once the user picks the age group, a later change of date does not overrule it.
    form.age_group.set_code("16_59")
    form.age_group.activated.emit(form.age_group.currentIndex())
    form.reported_on.set_value(REPORTED - timedelta(days=400))
    assert form.age_group.code() == "16_59"
    form.birth_year.set_year(None)
    assert form.collect().survivor.birth_year is None
    assert form.age_hint.text() == ""


def test_an_existing_case_keeps_its_age_group_when_opened(qtbot, store, make_form) -> None:
    case = saved_case(store, age_group="60_plus")  # born 1988, but the user said 60+
    form = make_form(store, case)
    assert form.age_group.code() == "60_plus"
    assert not form.is_dirty()


def test_new_services_come_after_the_list_in_tab_order(qtbot, store, make_form) -> None:
    form = make_form(store, saved_case(store))
    qtbot.mouseClick(form.services.add_button, Qt.MouseButton.LeftButton)
    chain: list[QWidget] = []
    widget = form.services.add_button
    for _ in range(40):
        widget = widget.nextInFocusChain()
        if widget is form.shelter_days:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisibleTo(form):
            chain.append(widget)
    expected = [w for e in form.services.entries for w in e.widgets()]
    assert [w for w in chain if w in expected] == expected
    assert widget is form.shelter_days


# -- validation ----------------------------------------------------------------------


def test_service_before_the_report_date_marks_that_service(qtbot, store, make_form) -> None:
    form = make_form(store)
    fill_minimal(form)
    qtbot.mouseClick(form.services.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.services.add_button, Qt.MouseButton.LeftButton)
    form.services.entries[1].given_on.set_value(REPORTED - timedelta(days=2))

    assert not form.save()

    text = error_text(form, "services")
    assert text.startswith("Service 2:")
    assert (REPORTED - timedelta(days=2)).strftime("%d/%m/%Y") in text
    assert form.services.entries[1].given_on.property("invalid") == "true"
    assert form.services.entries[0].given_on.property("invalid") != "true"
    assert form.focusWidget() is form.services.entries[1].given_on
    assert not form.summary.isHidden()
    assert store.search_ids("case") == []

    form.services.entries[1].given_on.set_value(LATER)
    assert form.save()
    assert form.services.entries[1].given_on.property("invalid") == "false"


def test_closing_with_unmet_needs_is_an_error_on_needs(qtbot, store, make_form) -> None:
    form = make_form(store)
    fill_minimal(form)
    form.needs.boxes["medical"].setChecked(True)
    form.needs.boxes["shelter"].setChecked(True)
    form.status.set_code("closed")

    assert not form.save()

    text = error_text(form, "needs")
    assert label(vocab.SERVICE_KINDS, "medical") in text
    assert label(vocab.SERVICE_KINDS, "shelter") in text
    assert form.needs.property("invalid") == "true"
    assert error_text(form, "status") == ""


def test_errors_land_on_their_rows(qtbot, store, make_form) -> None:
    form = make_form(store)
    required = Message("Validation", REQUIRED)
    form.show_errors(
        [
            FieldError("survivor.sex", required),
            FieldError("survivor.birth_year", required),
            FieldError("services[0].provider_name", required),
            FieldError("identity.phone", required),
            FieldError("violence_types", required),
        ]
    )
    for row in ("survivor.sex", "survivor.birth_year", "identity.phone", "violence_types"):
        assert error_text(form, row), row
    assert form.rows["survivor.birth_year"].widget is form.birth_year
    assert error_text(form, "services") == "Service 1: " + REQUIRED
    assert error_text(form, "survivor.ethnicity") == ""
    form.clear_errors()
    assert not any(error_text(form, row) for row in form.rows)


def test_a_failed_save_keeps_what_was_typed(qtbot, store, make_form) -> None:
    form = make_form(store)
    form.show()
    form.reported_on.set_value(REPORTED)
    form.needs.boxes["legal"].setChecked(True)
    qtbot.mouseClick(form.services.add_button, Qt.MouseButton.LeftButton)
    form.services.entries[0].provider_name.setText("Trung tâm trợ giúp pháp lý")
    assert form.full_name is not None and form.story is not None
    form.full_name.setText("Lê Thị Hoa")
    form.story.setPlainText(STORY)

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # no violence type

    assert form.isVisible()
    assert error_text(form, "violence_types")
    assert form.summary.isVisible()
    assert form.full_name.text() == "Lê Thị Hoa"
    assert form.story.toPlainText() == STORY
    assert form.needs.codes() == ["legal"]
    assert form.services.entries[0].provider_name.text() == "Trung tâm trợ giúp pháp lý"
    assert store.search_ids("case") == []


@pytest.mark.parametrize(
    ("answer", "stays_open"),
    [(QMessageBox.StandardButton.Cancel, True), (QMessageBox.StandardButton.Discard, False)],
)
def test_unsaved_changes_are_warned_about(
    qtbot, store, make_form, monkeypatch, answer, stays_open
) -> None:
    form = make_form(store, saved_case(store))
    form.show()
    asked: list[bool] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(True) or answer)
    form.status.set_code("referred")

    qtbot.mouseClick(form.findChild(QWidget, "cancel"), Qt.MouseButton.LeftButton)

    assert asked
    assert form.isVisible() is stays_open
    if not stays_open:
        assert form.result() == QDialog.DialogCode.Rejected
    case = store.get("case", store.search_ids("case")[0])
    assert isinstance(case, Case) and case.status == "open"


def test_cancel_without_changes_closes_without_asking(qtbot, store, make_form, monkeypatch):
    form = make_form(store, saved_case(store))
    form.show()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: pytest.fail("asked"))
    form.reject()
    assert not form.isVisible()


# -- identity and roles ------------------------------------------------------------


@pytest.mark.parametrize("role", ["officer", "viewer"])
def test_identity_section_absent_for_roles_without_access(
    qtbot, store, open_as, make_form, role
) -> None:
    case = saved_case(store)
    other = open_as(role)
    for record in (None, other.get("case", case.id)):
        form = make_form(other, record)
        assert form.full_name is None and form.story is None
        assert not [name for name in form.rows if name.startswith("identity") or name == "story"]
        assert form.findChild(QLabel, "identity_section") is None
        texts = " ".join(w.text() for w in form.findChildren(QLabel))
        assert IDENTITY.full_name not in texts and "Identifying" not in texts
        collected = form.collect()
        assert isinstance(collected, Case)
        assert (collected.identity, collected.story) == (None, None)


def test_identity_section_present_for_case_worker(qtbot, store, open_as, make_form) -> None:
    case = saved_case(store)
    worker = open_as("case_worker")
    form = make_form(worker, worker.get("case", case.id))
    header = form.findChild(QLabel, "identity_section")
    assert header is not None
    assert "visible only to administrators and case workers" in header.text()
    assert {"identity.full_name", "identity.phone", "identity.address", "story"} <= set(form.rows)
    assert form.full_name is not None and form.full_name.text() == IDENTITY.full_name
    assert form.address is not None and form.address.text() == IDENTITY.address
    assert form.story is not None and form.story.toPlainText() == STORY
    collected = form.collect()
    assert isinstance(collected, Case)
    assert (collected.identity, collected.story) == (IDENTITY, STORY)
    new = make_form(worker).collect()
    assert isinstance(new, Case)
    assert (new.identity, new.story) == (SurvivorIdentity(), "")


def test_identity_not_loaded_with_the_record_is_read_not_erased(qtbot, store, make_form) -> None:
    case = saved_case(store)
    bare = store.get("case", case.id, with_identity=False)
    assert isinstance(bare, Case) and bare.identity is None
    form = make_form(store, bare)
    assert form.full_name is not None and form.full_name.text() == IDENTITY.full_name
    form.status.set_code("referred")
    assert form.save()
    assert store.identity(case.id) == (IDENTITY, STORY)


def test_officer_editing_a_case_leaves_the_identity_intact(
    qtbot, store, open_as, make_form
) -> None:
    case = saved_case(store)
    officer = open_as("officer")
    form = make_form(officer, officer.get("case", case.id))
    form.status.set_code("referred")
    form.handling.boxes["administrative_fine"].setChecked(True)
    form.sex.set_code("female")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.result() == QDialog.DialogCode.Accepted
    got = store.get("case", case.id)
    assert isinstance(got, Case)
    assert got.status == "referred" and got.handling == ["administrative_fine"]
    assert (got.identity, got.story) == (IDENTITY, STORY)


# -- layout ------------------------------------------------------------------------------


@pytest.fixture
def language(qapp) -> Iterator[Callable[[str], None]]:
    """Switch the language for one test, then put back what was there before."""
    previous = i18n._language

    def use(lang: str) -> None:
        i18n.install(lang, qapp)

    yield use
    if previous is not None:
        i18n.install(previous, qapp)
    else:  # no translator was installed: remove ours again
        for translator in i18n._translators:
            qapp.removeTranslator(translator)
        i18n._translators.clear()
        i18n._language = None


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("role", ["administrator", "officer"])
def test_form_fits_760_wide_and_scrolls_only_vertically(
    qtbot, store, open_as, make_form, language, lang, role
) -> None:
    language(lang)
    case = saved_case(store)
    use = store if role == "administrator" else open_as(role)
    form = make_form(use, use.get("case", case.id))
    longest = {
        v: max(v.codes, key=lambda c: len(label(v, c)))
        for v in (vocab.SERVICE_KINDS, vocab.PROVIDER_KINDS)
    }
    form.services.set_services(
        [Service(longest[vocab.SERVICE_KINDS], LATER, longest[vocab.PROVIDER_KINDS], "x" * 40)]
    )
    form.resize(760, 640)
    form.show()
    qtbot.waitExposed(form)
    scroll = form.findChild(QScrollArea)
    body = scroll.widget()
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert body.minimumSizeHint().width() <= scroll.viewport().width()
    assert scroll.verticalScrollBar().maximum() > 0
    clipped = [
        w.text()
        for w in form.findChildren(QLabel) + form.findChildren(QCheckBox)
        if w.isVisible()
        and not (isinstance(w, QLabel) and w.wordWrap())
        and w.width() < w.sizeHint().width()
    ]
    assert not clipped, f"cut off at 760 px: {clipped}"
    for entry in form.services.entries:
        for widget in (entry.kind, entry.provider_kind):
            text = widget.currentText()
            room = widget.width() - 30  # the arrow and the frame
            assert widget.fontMetrics().horizontalAdvance(text) <= room, text
