"""The training-course form: create, edit, duplicate and delete through the window, the
participant grid and its live totals, and validation on the right fields."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QMessageBox, QScrollArea, QWidget

from gbv_desktop import i18n
from gbv_desktop.domain import vocab
from gbv_desktop.domain.records import Training
from gbv_desktop.storage import audit
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import RecordNotFound
from gbv_desktop.storage.records import RecordStore
from gbv_desktop.ui.forms.training import TrainingForm
from gbv_desktop.ui.pages.records import RecordPage

# The offscreen platform (no display) says this on every window shown; nothing else is ignored.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

START = date.today() - timedelta(days=20)
END = START + timedelta(days=1)


@pytest.fixture
def store(db: Database) -> RecordStore:
    return RecordStore(db)


@pytest.fixture
def make_form(qtbot) -> Iterator[Callable[..., TrainingForm]]:
    """Forms hidden and deleted after the test. Not closed through qtbot: closing a form
    with unsaved changes would ask (modally) whether to save them."""
    forms: list[TrainingForm] = []

    def make(store: RecordStore, record: Training | None = None, **kw) -> TrainingForm:
        form = TrainingForm(store, record, **kw)
        forms.append(form)
        return form

    yield make
    for form in forms:
        form.hide()
        form.deleteLater()


def saved_training(store: RecordStore, **changes) -> Training:
    training = Training(
        start_date=START,
        end_date=END,
        topic="Kỹ năng hỗ trợ người bị bạo lực",
        organiser="UBND phường Tân Lợi",
        place="Hội trường phường",
        participants={"official": (3, 5), "collaborator": (12, 2)},
        cost_vnd=3_500_000,
        funding_source="unit_budget",
        notes="Có tài liệu phát tay.",
    )
    for name, value in changes.items():
        setattr(training, name, value)
    got = store.get("training", store.save(training))
    assert isinstance(got, Training)
    return got


def type_count(form: TrainingForm, role: str, women: int, men: int) -> None:
    w, m = form.participants.fields[role]
    w.setValue(women)
    m.setValue(men)


def error_text(form: TrainingForm, row: str) -> str:
    error = form.rows[row].error
    return error.text() if not error.isHidden() else ""


def test_create_a_training_through_the_form(qtbot, store, db, make_form) -> None:
    form = make_form(store)
    assert form.windowTitle().startswith("New")
    form.start_date.set_value(START)
    form.end_date.set_value(END)
    form.topic.setText("Tập huấn phòng, chống bạo lực gia đình")
    qtbot.keyClicks(form.organiser, "Hoi LHPN phuong")  # QTest types Latin-1 only
    form.place.setText("Nhà văn hóa tổ dân phố 3")
    type_count(form, "official", 4, 6)
    type_count(form, "influencer", 0, 9)
    form.cost.set_amount(2_000_000)
    form.funding_source.set_code("city_budget")
    form.notes.setPlainText("Mời báo cáo viên của Sở.")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.result() == QDialog.DialogCode.Accepted
    (training_id,) = store.search_ids("training")
    got = store.get("training", training_id)
    assert isinstance(got, Training)
    assert (got.start_date, got.end_date) == (START, END)
    assert got.topic == "Tập huấn phòng, chống bạo lực gia đình"
    assert got.organiser == "Hoi LHPN phuong"
    assert got.place == "Nhà văn hóa tổ dân phố 3"
    assert got.participants == {"official": (4, 6), "influencer": (0, 9)}
    assert (got.cost_vnd, got.funding_source) == (2_000_000, "city_budget")
    assert got.notes == "Mời báo cáo viên của Sở."
    last = audit.entries(db.conn, record_kind="training")[0]
    assert (last.action, last.record_id) == ("create", training_id)


def test_totals_update_live(qtbot, store, make_form) -> None:
    form = make_form(store, saved_training(store))
    grid = form.participants
    assert grid.row_totals["official"].text() == "8"
    assert grid.row_totals["staff"].text() == "0"
    assert (grid.women_total.text(), grid.men_total.text()) == ("15", "7")
    assert grid.grand_total.text() == "22"
    type_count(form, "staff", 1000, 234)
    assert grid.row_totals["staff"].text() == "1.234"
    assert grid.grand_total.text() == "1.256"
    type_count(form, "official", 0, 0)
    assert grid.row_totals["official"].text() == "0"
    assert grid.women_total.text() == "1.012"


def test_grid_has_a_row_per_role_in_keyboard_order(qtbot, store, make_form) -> None:
    form = make_form(store)
    grid = form.participants
    assert list(grid.fields) == list(vocab.TRAINING_ROLES.codes)
    inputs = [w for pair in grid.fields.values() for w in pair]
    widget: QWidget = inputs[0]
    seen = [widget]
    while len(seen) < len(inputs):
        widget = widget.nextInFocusChain()
        if widget in inputs:
            seen.append(widget)
    assert seen == inputs, "women then men, role by role"


def test_edit_a_training(qtbot, store, db, make_form) -> None:
    training = saved_training(store)
    form = make_form(store, training)
    assert form.windowTitle().startswith("Edit")
    assert not form.is_dirty()
    form.cost.set_amount(4_000_000)
    type_count(form, "collaborator", 0, 0)
    type_count(form, "trusted_address_member", 2, 1)

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    assert form.result() == QDialog.DialogCode.Accepted
    got = store.get("training", training.id)
    assert isinstance(got, Training)
    assert got.cost_vnd == 4_000_000
    assert got.participants == {"official": (3, 5), "trusted_address_member": (2, 1)}
    last = audit.entries(db.conn, record_kind="training")[0]
    assert (last.action, last.record_id) == ("update", training.id)
    assert {"cost_vnd", "participants"} <= set(last.summary["fields"])


def test_duplicate_a_training(qtbot, store, make_form) -> None:
    training = saved_training(store)
    form = make_form(store, training, duplicate=True)
    assert form.windowTitle().startswith("New")
    assert form.topic.text() == training.topic
    form.topic.setText("Lớp thứ hai")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)

    ids = store.search_ids("training")
    assert len(ids) == 2
    copy = store.get("training", max(ids))
    assert isinstance(copy, Training)
    assert copy.topic == "Lớp thứ hai"
    assert copy.participants == training.participants
    assert store.get("training", training.id) == training


def test_delete_a_training_from_its_list(qtbot, store, db, monkeypatch) -> None:
    training = saved_training(store)
    page = RecordPage(store, "training")
    qtbot.addWidget(page)
    page.refresh()
    page.select_id(training.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)

    assert page.delete_selected()

    with pytest.raises(RecordNotFound):
        store.get("training", training.id)
    last = audit.entries(db.conn, record_kind="training")[0]
    assert (last.action, last.record_id) == ("delete", training.id)


def test_save_and_add_another_keeps_dates_organiser_and_place(qtbot, store, make_form):
    form = make_form(store, saved_training(store), duplicate=True)
    form.show()

    qtbot.mouseClick(form.again_button, Qt.MouseButton.LeftButton)

    assert form.isVisible() and form.saved_count == 1
    assert (form.start_date.value(), form.end_date.value()) == (START, END)
    assert form.organiser.text() == "UBND phường Tân Lợi"
    assert form.place.text() == "Hội trường phường"
    assert form.topic.text() == ""
    assert form.participants.participants() == {}
    assert form.participants.grand_total.text() == "0"
    assert form.cost.amount() == 0
    assert not form.is_dirty()


def test_no_participants_is_an_error_on_the_grid(qtbot, store, make_form) -> None:
    form = make_form(store)
    form.topic.setText("Tập huấn")
    form.organiser.setText("UBND phường")

    assert not form.save()

    assert error_text(form, "participants") == "Enter at least one participant."
    assert form.participants.property("invalid") == "true"
    assert form.focusWidget() is form.participants.fields["official"][0]
    assert store.search_ids("training") == []


def test_missing_and_inconsistent_fields_are_marked(qtbot, store, make_form) -> None:
    form = make_form(store)
    form.start_date.set_value(START)
    form.end_date.set_value(START - timedelta(days=1))
    type_count(form, "staff", 1, 0)

    assert not form.save()

    assert error_text(form, "topic") == "This field is required."
    assert error_text(form, "organiser") == "This field is required."
    assert error_text(form, "end_date") == "The end date is before the start date."
    assert error_text(form, "participants") == ""
    assert not form.summary.isHidden()


def test_a_failed_save_keeps_what_was_typed(qtbot, store, make_form) -> None:
    form = make_form(store)
    form.show()
    form.topic.setText("Kỹ năng tư vấn")
    type_count(form, "collaborator", 7, 3)
    form.cost.set_amount(1_500_000)
    form.notes.setPlainText("Ghi chú")

    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # no organiser

    assert form.isVisible()
    assert error_text(form, "organiser")
    assert form.topic.text() == "Kỹ năng tư vấn"
    assert form.participants.participants() == {"collaborator": (7, 3)}
    assert form.participants.grand_total.text() == "10"
    assert form.cost.amount() == 1_500_000
    assert form.notes.toPlainText() == "Ghi chú"
    assert store.search_ids("training") == []


@pytest.mark.parametrize(
    ("answer", "stays_open"),
    [(QMessageBox.StandardButton.Cancel, True), (QMessageBox.StandardButton.Discard, False)],
)
def test_unsaved_changes_are_warned_about(
    qtbot, store, make_form, monkeypatch, answer, stays_open
) -> None:
    training = saved_training(store)
    form = make_form(store, training)
    form.show()
    asked: list[bool] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(True) or answer)
    type_count(form, "other", 1, 1)

    qtbot.mouseClick(form.findChild(QWidget, "cancel"), Qt.MouseButton.LeftButton)

    assert asked
    assert form.isVisible() is stays_open
    if not stays_open:
        assert form.result() == QDialog.DialogCode.Rejected
    assert store.get("training", training.id) == training


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
def test_form_fits_760_wide_and_scrolls_only_vertically(
    qtbot, store, make_form, language, lang
) -> None:
    language(lang)
    form = make_form(store, saved_training(store))
    form.resize(760, 640)
    form.show()
    qtbot.waitExposed(form)
    scroll = form.findChild(QScrollArea)
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert scroll.widget().minimumSizeHint().width() <= scroll.viewport().width()
    clipped = [
        w.text()
        for w in form.findChildren(QLabel) + form.findChildren(QCheckBox)
        if w.isVisible()
        and not (isinstance(w, QLabel) and w.wordWrap())
        and w.width() < w.sizeHint().width()
    ]
    assert not clipped, f"cut off at 760 px: {clipped}"
    grid = form.participants
    for women, men in grid.fields.values():
        for field in (women, men):
            assert field.isVisible() and field.width() >= field.minimumWidth()
