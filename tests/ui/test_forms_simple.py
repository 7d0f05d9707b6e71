"""The five simple record forms, driven as a user would: type, click, read what is shown.

Each form is tested on a real encrypted database: create through the form, re-open and
edit, duplicate, see each invalid field marked with its reason, keep what was typed when
a save fails, and "save and add another" for a batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDateTimeEdit,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gbv_desktop import i18n
from gbv_desktop.domain import records as R
from gbv_desktop.domain.records import (
    Funding,
    InfluencerCount,
    Inspection,
    Mobilisation,
    ModelFacility,
)
from gbv_desktop.storage import audit
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore
from gbv_desktop.ui.forms.base import RecordForm
from gbv_desktop.ui.forms.funding import FundingForm
from gbv_desktop.ui.forms.influencer import InfluencerForm
from gbv_desktop.ui.forms.inspection import InspectionForm
from gbv_desktop.ui.forms.mobilisation import MobilisationForm
from gbv_desktop.ui.forms.model import ModelForm
from gbv_desktop.ui.forms.registry import form_class

# The offscreen platform plugin warns whenever a shown window's size limits change (an
# error line appearing, say); it cannot resize windows anyway. Nothing else is ignored.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = date.today()


@pytest.fixture(autouse=True)
def _never_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dirty form closed at teardown would ask "save?": answer "discard", never block."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def store(db: Database) -> RecordStore:
    return RecordStore(db)


@pytest.fixture
def open_form(qtbot: QtBot, store: RecordStore) -> Iterator[Callable[..., RecordForm]]:
    def make(
        cls: type[RecordForm], record: R.Record | None = None, duplicate: bool = False
    ) -> RecordForm:
        form = cls(store, record, duplicate=duplicate)
        qtbot.addWidget(form)
        form.show()
        qtbot.waitExposed(form)
        return form

    yield make


# -- helpers: what a user does -------------------------------------------------------------


def write(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type `text` at the cursor, one key at a time.

    QTest.keyClicks knows ASCII only (it aborts on "ổ"); a Vietnamese keyboard or input
    method delivers such letters as key events carrying the text, sent here likewise.
    """
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def type_text(qtbot: QtBot, edit: QWidget, text: str) -> None:
    """Replace an input's text by typing, as after Tab (which selects it)."""
    edit.setFocus()
    if isinstance(edit, QLineEdit | QAbstractSpinBox):
        edit.selectAll()
    write(qtbot, edit, text)


def type_date(qtbot: QtBot, field: QDateTimeEdit, day: date) -> None:
    field.setFocus()
    field.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(field, day.strftime("%d%m%Y"))
    assert field.date().toPython() == day


def click(qtbot: QtBot, button: QWidget) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def save(qtbot: QtBot, form: RecordForm) -> list[int]:
    """Click Save; returns the ids the form reported saved."""
    ids: list[int] = []
    form.saved.connect(ids.append)
    click(qtbot, form.save_button)
    return ids


def message(text: str, **params: object) -> str:
    """A validation message as the form shows it, in the language in force."""
    return i18n.translate("Validation", text).format(**params)


def assert_error(form: RecordForm, field: str, text: str) -> None:
    row = form.rows[field]
    assert row.error.isVisible(), f"no error shown on {field}"
    assert row.error.text() == text
    assert row.widget.property("invalid") == "true"
    assert form.summary.isVisible()
    assert text in form.summary.text()
    others = [n for n, r in form.rows.items() if r.error.isVisible() and r is not row]
    assert not others, f"errors shown on other fields too: {others}"


def last_audit(store: RecordStore, kind: str) -> audit.AuditEntry:
    return audit.entries(store.conn, record_kind=kind, limit=1)[0]


# -- model or facility ---------------------------------------------------------------------


def test_model_new_has_defaults(open_form: Callable[..., RecordForm]) -> None:
    form = open_form(ModelForm)
    assert isinstance(form, ModelForm)
    assert form.established_on.value() == TODAY
    assert form.status.code() == "active"
    assert form.model_type.code() == "trusted_address"
    assert not form.closed_on.isEnabled()
    assert form.closed_on.value() is None
    assert form.model_type.count() == len(R.vocab.MODEL_TYPES)


def test_model_create_edit_and_close(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    form = open_form(ModelForm)
    assert isinstance(form, ModelForm)
    form.model_type.set_code("club")
    type_text(qtbot, form.name, "CLB Phòng ngừa bạo lực Tổ dân phố 5")
    type_date(qtbot, form.established_on, date(2023, 3, 8))
    type_text(qtbot, form.hamlet, "Tổ dân phố 5")
    type_text(qtbot, form.members, "25")
    write(qtbot, form.notes, "Sinh hoạt hằng tháng")
    ids = save(qtbot, form)
    assert len(ids) == 1
    assert not form.isVisible()  # saved and closed
    saved = store.get("model", ids[0])
    assert saved == ModelFacility(
        model_type="club",
        name="CLB Phòng ngừa bạo lực Tổ dân phố 5",
        established_on=date(2023, 3, 8),
        hamlet="Tổ dân phố 5",
        status="active",
        members=25,
        notes="Sinh hoạt hằng tháng",
        id=ids[0],
    )
    assert last_audit(store, "model").action == "create"

    # Re-open: everything is shown; closing it enables the closing date, ready to type.
    form = open_form(ModelForm, saved)
    assert isinstance(form, ModelForm)
    assert form.name.text() == saved.name
    assert form.members.count() == 25
    assert form.record_id == ids[0]
    form.status.set_code("closed")
    assert form.closed_on.isEnabled()
    assert form.closed_on.value() == TODAY  # a starting point to type over...
    assert form.rows["closed_on"].label.text().endswith(" *")
    assert form.focusWidget() is form.closed_on
    qtbot.keyClicks(form.closed_on, "30062025")  # ...straight away, day first
    assert form.closed_on.value() == date(2025, 6, 30)
    assert save(qtbot, form) == ids
    edited = store.get("model", ids[0])
    assert isinstance(edited, ModelFacility)
    assert (edited.status, edited.closed_on) == ("closed", date(2025, 6, 30))
    entry = last_audit(store, "model")
    assert entry.action == "update"
    assert set(entry.summary["fields"]) >= {"status", "closed_on"}
    assert store.count("model") == 1


def test_model_closing_date_only_while_closed(open_form: Callable[..., RecordForm]) -> None:
    record = ModelFacility(
        name="Địa chỉ tin cậy thôn 2",
        established_on=date(2022, 1, 1),
        status="closed",
        closed_on=date(2024, 5, 1),
    )
    form = open_form(ModelForm, record)
    assert isinstance(form, ModelForm)
    assert form.closed_on.isEnabled()
    assert form.closed_on.value() == date(2024, 5, 1)
    form.status.set_code("suspended")
    assert not form.closed_on.isEnabled()
    assert form.closed_on.value() is None
    assert not form.rows["closed_on"].label.text().endswith("*")
    form.status.set_code("closed")  # changed their mind: the date typed before comes back
    assert form.closed_on.value() == date(2024, 5, 1)


def test_model_errors_on_the_closing_date(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    form = open_form(ModelForm)
    assert isinstance(form, ModelForm)
    type_text(qtbot, form.name, "Điểm tư vấn phường")
    type_date(qtbot, form.established_on, date(2024, 9, 1))
    form.status.set_code("closed")
    type_date(qtbot, form.closed_on, date(2024, 8, 1))
    assert save(qtbot, form) == []
    assert form.isVisible()
    assert_error(form, "closed_on", message(R.CLOSED_BEFORE_SETUP))
    assert form.name.text() == "Điểm tư vấn phường"  # what was typed is kept
    assert form.established_on.value() == date(2024, 9, 1)
    assert store.count("model") == 0

    form.closed_on.set_value(None)  # the closing date emptied
    assert save(qtbot, form) == []
    assert_error(form, "closed_on", message(R.CLOSED_WITHOUT_DATE))
    assert form.name.text() == "Điểm tư vấn phường"
    assert store.count("model") == 0

    # An empty date field cannot be typed into yet (see widgets.DateField): pick it.
    form.closed_on.set_value(date(2024, 10, 1))
    assert len(save(qtbot, form)) == 1
    assert form.rows["closed_on"].error.isHidden()
    assert form.summary.isHidden()
    assert store.count("model") == 1


def test_model_required_name(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    form = open_form(ModelForm)
    type_text(qtbot, form.hamlet, "Buôn Alê")
    assert save(qtbot, form) == []
    assert_error(form, "name", message(R.REQUIRED))
    assert form.focusWidget() is form.name  # the first marked field takes the focus
    assert form.hamlet.text() == "Buôn Alê"
    assert store.count("model") == 0


def test_model_duplicate_is_a_new_running_model(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    original = ModelFacility(
        model_type="club",
        name="CLB thôn 1",
        established_on=date(2022, 3, 1),
        hamlet="Thôn 1",
        status="closed",
        closed_on=date(2024, 12, 31),
        members=30,
        notes="Giải thể do sáp nhập",
    )
    original_id = store.save(original)
    form = open_form(ModelForm, store.get("model", original_id), duplicate=True)
    assert isinstance(form, ModelForm)
    assert form.record_id is None
    assert form.status.code() == "active"
    assert form.closed_on.value() is None and not form.closed_on.isEnabled()
    assert form.members.count() is None
    assert (form.model_type.code(), form.name.text(), form.hamlet.text()) == (
        "club",
        "CLB thôn 1",
        "Thôn 1",
    )
    type_text(qtbot, form.name, "CLB thôn 2")
    type_text(qtbot, form.hamlet, "Thôn 2")
    new_id = save(qtbot, form)[0]
    assert new_id != original_id
    assert store.get("model", original_id) == original
    copy = store.get("model", new_id)
    assert isinstance(copy, ModelFacility)
    assert (copy.name, copy.status, copy.closed_on, copy.established_on) == (
        "CLB thôn 2",
        "active",
        None,
        date(2022, 3, 1),
    )


def test_model_save_and_add_another(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    form = open_form(ModelForm)
    assert isinstance(form, ModelForm)
    form.model_type.set_code("club")
    type_date(qtbot, form.established_on, date(2025, 3, 8))
    type_text(qtbot, form.name, "CLB tổ 1")
    type_text(qtbot, form.hamlet, "Tổ dân phố 1")
    type_text(qtbot, form.members, "20")
    title = form.windowTitle()
    ids: list[int] = []
    form.saved.connect(ids.append)
    click(qtbot, form.again_button)
    assert form.isVisible()
    assert len(ids) == 1 and form.record_id is None
    assert form.windowTitle() == title  # still "New: ..."
    # Clubs are set up together: the type and the date stay; the rest is fresh.
    assert form.model_type.code() == "club"
    assert form.established_on.value() == date(2025, 3, 8)
    assert (form.name.text(), form.hamlet.text(), form.members.count()) == ("", "", None)
    assert form.status.code() == "active"
    assert not form.is_dirty()
    assert form.focusWidget() is form.name
    type_text(qtbot, form.name, "CLB tổ 2")
    click(qtbot, form.again_button)
    assert store.count("model") == 2 and form.saved_count == 2 and form.isVisible()


# -- influencer network --------------------------------------------------------------------


def test_influencer_create_edit(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    form = open_form(InfluencerForm)
    assert isinstance(form, InfluencerForm)
    assert form.as_of.value() == TODAY
    type_date(qtbot, form.as_of, date(2025, 6, 30))
    type_text(qtbot, form.hamlet, "Tổ dân phố 3")
    type_text(qtbot, form.female, "7")
    type_text(qtbot, form.male, "5")
    assert "12" in form.total.text()
    ids = save(qtbot, form)
    saved = store.get("influencer", ids[0])
    assert saved == InfluencerCount(
        as_of=date(2025, 6, 30), hamlet="Tổ dân phố 3", female=7, male=5, id=ids[0]
    )

    form = open_form(InfluencerForm, saved)
    assert isinstance(form, InfluencerForm)
    assert (form.hamlet.text(), form.female.count(), form.male.count()) == ("Tổ dân phố 3", 7, 5)
    type_text(qtbot, form.male, "6")
    write(qtbot, form.notes, "Thêm 1 trưởng họ")
    assert save(qtbot, form) == ids
    edited = store.get("influencer", ids[0])
    assert isinstance(edited, InfluencerCount)
    assert (edited.male, edited.notes, edited.total) == (6, "Thêm 1 trưởng họ", 13)


def test_influencer_errors_keep_what_was_typed(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    form = open_form(InfluencerForm)
    assert isinstance(form, InfluencerForm)
    type_text(qtbot, form.female, "4")
    write(qtbot, form.notes, "Chưa rõ thôn")
    assert save(qtbot, form) == []
    assert_error(form, "hamlet", message(R.REQUIRED))
    assert (form.female.count(), form.notes.toPlainText()) == (4, "Chưa rõ thôn")

    type_text(qtbot, form.hamlet, "Thôn 1")
    tomorrow = TODAY + timedelta(days=1)
    type_date(qtbot, form.as_of, tomorrow)
    assert save(qtbot, form) == []
    assert_error(form, "as_of", message(R.IN_FUTURE, value=tomorrow.strftime("%d/%m/%Y")))
    assert form.hamlet.text() == "Thôn 1"
    assert store.count("influencer") == 0


def test_influencer_duplicate_is_a_later_count(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    original_id = store.save(
        InfluencerCount(as_of=date(2024, 12, 31), hamlet="Buôn Alê", female=3, male=8)
    )
    form = open_form(InfluencerForm, store.get("influencer", original_id), duplicate=True)
    assert isinstance(form, InfluencerForm)
    assert form.record_id is None
    assert form.as_of.value() == TODAY
    assert (form.hamlet.text(), form.female.count(), form.male.count()) == ("Buôn Alê", 3, 8)
    type_text(qtbot, form.female, "5")
    new_id = save(qtbot, form)[0]
    assert new_id != original_id
    assert store.count("influencer") == 2
    copy = store.get("influencer", new_id)
    assert isinstance(copy, InfluencerCount)
    assert (copy.as_of, copy.female, copy.male) == (TODAY, 5, 8)


def test_influencer_save_and_add_another_keeps_date_and_place(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    form = open_form(InfluencerForm)
    assert isinstance(form, InfluencerForm)
    type_date(qtbot, form.as_of, date(2025, 12, 1))
    type_text(qtbot, form.hamlet, "Tổ dân phố 1")
    type_text(qtbot, form.female, "6")
    type_text(qtbot, form.male, "4")
    write(qtbot, form.notes, "Đợt rà soát cuối năm")
    click(qtbot, form.again_button)
    assert form.isVisible() and form.record_id is None
    assert form.as_of.value() == date(2025, 12, 1)
    assert form.hamlet.text() == "Tổ dân phố 1"
    assert (form.female.count(), form.male.count(), form.notes.toPlainText()) == (0, 0, "")
    # The place is selected: typing the next hamlet replaces it.
    assert form.hamlet.hasSelectedText() and form.hamlet.selectedText() == "Tổ dân phố 1"
    write(qtbot, form.hamlet, "Tổ dân phố 2")
    type_text(qtbot, form.female, "3")
    click(qtbot, form.save_button)
    places = {r.hamlet for r in store.all("influencer")}  # type: ignore[attr-defined]
    assert places == {"Tổ dân phố 1", "Tổ dân phố 2"}
    assert {r.as_of for r in store.all("influencer")} == {date(2025, 12, 1)}  # type: ignore[attr-defined]


# -- mobilised support ---------------------------------------------------------------------


def test_mobilisation_cash_and_in_kind_side_by_side(open_form: Callable[..., RecordForm]) -> None:
    form = open_form(MobilisationForm)
    assert isinstance(form, MobilisationForm)
    cash_box = form.findChild(QWidget, "cash_box")
    kind_box = form.findChild(QWidget, "in_kind_box")
    assert cash_box is not None and kind_box is not None
    assert cash_box.isVisible() and kind_box.isVisible()
    cash_at = cash_box.mapTo(form, cash_box.rect().topLeft())
    kind_at = kind_box.mapTo(form, kind_box.rect().topLeft())
    assert cash_at.y() == kind_at.y()
    assert cash_at.x() + cash_box.width() <= kind_at.x()
    assert form.received_on.value() == TODAY


def test_mobilisation_create_edit(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    form = open_form(MobilisationForm)
    assert isinstance(form, MobilisationForm)
    type_date(qtbot, form.received_on, date(2025, 11, 20))
    form.source.set_code("business")
    type_text(qtbot, form.donor, "Công ty TNHH Đắk Lắk Xanh")
    type_text(qtbot, form.cash, "5000000")
    type_text(qtbot, form.in_kind, "50 áo phông in khẩu hiệu")
    type_text(qtbot, form.in_kind_value, "3500000")
    type_text(qtbot, form.purpose, "Mít tinh 25/11")
    assert form.total.text().startswith("8.500.000")
    ids = save(qtbot, form)
    saved = store.get("mobilisation", ids[0])
    assert saved == Mobilisation(
        received_on=date(2025, 11, 20),
        source="business",
        donor="Công ty TNHH Đắk Lắk Xanh",
        cash_vnd=5_000_000,
        in_kind="50 áo phông in khẩu hiệu",
        in_kind_value_vnd=3_500_000,
        purpose="Mít tinh 25/11",
        id=ids[0],
    )

    form = open_form(MobilisationForm, saved)
    assert isinstance(form, MobilisationForm)
    assert form.cash.amount() == 5_000_000 and form.in_kind.text() == saved.in_kind
    type_text(qtbot, form.cash, "0")  # in kind only is fine
    assert save(qtbot, form) == ids
    edited = store.get("mobilisation", ids[0])
    assert isinstance(edited, Mobilisation)
    assert (edited.cash_vnd, edited.in_kind_value_vnd) == (0, 3_500_000)


def test_mobilisation_needs_cash_or_in_kind(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    form = open_form(MobilisationForm)
    assert isinstance(form, MobilisationForm)
    type_text(qtbot, form.donor, "Nhà hảo tâm ẩn danh")
    type_text(qtbot, form.purpose, "Hỗ trợ nhà tạm lánh")
    assert save(qtbot, form) == []
    assert_error(form, "cash_vnd", message(R.CASH_OR_KIND))
    assert (form.donor.text(), form.purpose.text()) == (
        "Nhà hảo tâm ẩn danh",
        "Hỗ trợ nhà tạm lánh",
    )
    assert store.count("mobilisation") == 0

    form.donor.selectAll()
    qtbot.keyClick(form.donor, Qt.Key.Key_Delete)
    type_text(qtbot, form.in_kind, "10 bao gạo")
    assert save(qtbot, form) == []
    assert_error(form, "donor", message(R.REQUIRED))
    assert not form.rows["cash_vnd"].error.isVisible()
    type_text(qtbot, form.donor, "Hội Phụ nữ phường")
    assert len(save(qtbot, form)) == 1
    assert store.count("mobilisation") == 1


def test_mobilisation_duplicate_and_add_another(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    original = Mobilisation(
        received_on=date(2025, 6, 1),
        source="organisation",
        donor="Hội Chữ thập đỏ",
        cash_vnd=2_000_000,
        purpose="Tháng hành động",
    )
    original_id = store.save(original)
    form = open_form(MobilisationForm, store.get("mobilisation", original_id), duplicate=True)
    assert isinstance(form, MobilisationForm)
    assert form.record_id is None
    assert (form.donor.text(), form.cash.amount(), form.source.code()) == (
        "Hội Chữ thập đỏ",
        2_000_000,
        "organisation",
    )
    type_date(qtbot, form.received_on, date(2025, 6, 15))
    click(qtbot, form.again_button)
    assert store.count("mobilisation") == 2
    assert store.get("mobilisation", original_id) == original
    # The next gift of the same collection: date, source and purpose kept.
    assert form.isVisible() and form.record_id is None
    assert form.received_on.value() == date(2025, 6, 15)
    assert (form.source.code(), form.purpose.text()) == ("organisation", "Tháng hành động")
    assert (form.donor.text(), form.cash.amount(), form.in_kind.text()) == ("", 0, "")
    assert not form.is_dirty()


# -- inspection ----------------------------------------------------------------------------


def test_inspection_create_edit(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    form = open_form(InspectionForm)
    assert isinstance(form, InspectionForm)
    assert form.inspected_on.value() == TODAY
    type_date(qtbot, form.inspected_on, date(2025, 10, 7))
    type_text(qtbot, form.subject, "Kiểm tra hoạt động địa chỉ tin cậy")
    type_text(qtbot, form.inspector, "Đoàn liên ngành phường")
    type_text(qtbot, form.inspected_body, "Địa chỉ tin cậy thôn 2")
    write(qtbot, form.findings, "Sổ theo dõi đầy đủ.")
    write(qtbot, form.follow_up, "Bổ sung biển hiệu.")
    ids = save(qtbot, form)
    saved = store.get("inspection", ids[0])
    assert saved == Inspection(
        inspected_on=date(2025, 10, 7),
        subject="Kiểm tra hoạt động địa chỉ tin cậy",
        inspector="Đoàn liên ngành phường",
        inspected_body="Địa chỉ tin cậy thôn 2",
        findings="Sổ theo dõi đầy đủ.",
        follow_up="Bổ sung biển hiệu.",
        id=ids[0],
    )
    form = open_form(InspectionForm, saved)
    assert isinstance(form, InspectionForm)
    assert form.findings.toPlainText() == "Sổ theo dõi đầy đủ."
    form.follow_up.setFocus()
    form.follow_up.moveCursor(form.follow_up.textCursor().MoveOperation.End)
    write(qtbot, form.follow_up, " Xong trước 31/12.")
    assert save(qtbot, form) == ids
    edited = store.get("inspection", ids[0])
    assert isinstance(edited, Inspection)
    assert edited.follow_up == "Bổ sung biển hiệu. Xong trước 31/12."


def test_inspection_needs_a_subject(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    form = open_form(InspectionForm)
    assert isinstance(form, InspectionForm)
    type_text(qtbot, form.inspector, "Phòng Văn hóa - Xã hội")
    write(qtbot, form.findings, "Chưa lập kế hoạch năm.")
    assert save(qtbot, form) == []
    assert_error(form, "subject", message(R.REQUIRED))
    assert form.inspector.text() == "Phòng Văn hóa - Xã hội"
    assert form.findings.toPlainText() == "Chưa lập kế hoạch năm."
    assert store.count("inspection") == 0
    type_text(qtbot, form.subject, "Kế hoạch năm")
    assert len(save(qtbot, form)) == 1


def test_inspection_duplicate_drops_findings_and_add_another_keeps_the_round(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    original = Inspection(
        inspected_on=date(2025, 9, 10),
        subject="Giám sát CLB",
        inspector="Hội LHPN",
        inspected_body="CLB thôn 1",
        findings="Tốt",
        follow_up="Duy trì",
    )
    original_id = store.save(original)
    form = open_form(InspectionForm, store.get("inspection", original_id), duplicate=True)
    assert isinstance(form, InspectionForm)
    assert form.record_id is None
    assert (form.subject.text(), form.inspector.text(), form.inspected_body.text()) == (
        "Giám sát CLB",
        "Hội LHPN",
        "CLB thôn 1",
    )
    assert form.findings.toPlainText() == "" and form.follow_up.toPlainText() == ""
    type_text(qtbot, form.inspected_body, "CLB thôn 2")
    click(qtbot, form.again_button)
    assert store.count("inspection") == 2
    assert store.get("inspection", original_id) == original
    assert form.isVisible() and form.record_id is None
    assert form.inspected_on.value() == date(2025, 9, 10)
    assert (form.subject.text(), form.inspector.text()) == ("Giám sát CLB", "Hội LHPN")
    assert form.inspected_body.text() == "" and form.findings.toPlainText() == ""
    assert form.focusWidget() is form.inspected_body  # the next body of the round


# -- funding -------------------------------------------------------------------------------


def test_funding_create_edit(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    form = open_form(FundingForm)
    assert isinstance(form, FundingForm)
    assert form.year.value() == TODAY.year
    assert form.source.code() == "unit_budget"
    type_text(qtbot, form.year, "2025")
    type_text(qtbot, form.budget_line, "Tuyên truyền tháng hành động")
    form.source.set_code("city_budget")
    type_text(qtbot, form.planned, "12000000")
    type_text(qtbot, form.spent, "9000000")
    assert "75%" in form.balance.text()
    ids = save(qtbot, form)
    saved = store.get("funding", ids[0])
    assert saved == Funding(
        year=2025,
        budget_line="Tuyên truyền tháng hành động",
        source="city_budget",
        planned_vnd=12_000_000,
        spent_vnd=9_000_000,
        id=ids[0],
    )
    form = open_form(FundingForm, saved)
    assert isinstance(form, FundingForm)
    assert (form.year.value(), form.planned.amount()) == (2025, 12_000_000)
    type_text(qtbot, form.spent, "13000000")
    assert "1.000.000" in form.balance.text()  # over the plan: warned, still allowed
    assert save(qtbot, form) == ids
    edited = store.get("funding", ids[0])
    assert isinstance(edited, Funding)
    assert edited.spent_vnd == 13_000_000


def test_funding_needs_a_budget_line(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    form = open_form(FundingForm)
    assert isinstance(form, FundingForm)
    type_text(qtbot, form.planned, "4000000")
    write(qtbot, form.notes, "Dự toán đầu năm")
    assert save(qtbot, form) == []
    assert_error(form, "budget_line", message(R.REQUIRED))
    assert (form.planned.amount(), form.notes.toPlainText()) == (4_000_000, "Dự toán đầu năm")
    assert store.count("funding") == 0


def test_funding_duplicate_and_add_another(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    original = Funding(
        year=2024,
        budget_line="In tờ rơi",
        source="social",
        planned_vnd=3_000_000,
        spent_vnd=2_800_000,
    )
    original_id = store.save(original)
    form = open_form(FundingForm, store.get("funding", original_id), duplicate=True)
    assert isinstance(form, FundingForm)
    # A copy carries the line into this year's estimate, with nothing spent yet.
    assert form.record_id is None
    assert (form.year.value(), form.budget_line.text(), form.source.code()) == (
        TODAY.year,
        "In tờ rơi",
        "social",
    )
    assert (form.planned.amount(), form.spent.amount()) == (3_000_000, 0)
    type_text(qtbot, form.year, "2025")
    click(qtbot, form.again_button)
    assert store.count("funding") == 2
    assert store.get("funding", original_id) == original
    # The year's estimate goes on line by line: year and source kept.
    assert form.isVisible() and form.record_id is None
    assert (form.year.value(), form.source.code()) == (2025, "social")
    assert (form.budget_line.text(), form.planned.amount(), form.spent.amount()) == ("", 0, 0)
    type_text(qtbot, form.budget_line, "Hội thi tìm hiểu pháp luật")
    type_text(qtbot, form.planned, "5000000")
    click(qtbot, form.again_button)
    years = sorted((f.year, f.source) for f in store.all("funding"))  # type: ignore[attr-defined]
    assert years == [(2024, "social"), (2025, "social"), (2025, "social")]


# -- all five ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["model", "influencer", "mobilisation", "inspection", "funding"])
def test_every_field_has_a_row_and_the_registry_finds_the_form(
    kind: str, open_form: Callable[..., RecordForm]
) -> None:
    cls = form_class(kind)
    form = open_form(cls)
    names = [n for n in form.new_record().field_names() if n != "id"]
    assert sorted(form.rows) == sorted(names)
    # Nothing wider than the dialog: the form scrolls vertically only.
    body = form.form.parentWidget()
    scroll = form.findChild(QScrollArea)
    assert body is not None and scroll is not None
    assert scroll.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert body.minimumSizeHint().width() <= scroll.viewport().width()
    assert body.width() <= scroll.viewport().width()


def test_enter_saves(
    qtbot: QtBot, open_form: Callable[..., RecordForm], store: RecordStore
) -> None:
    form = open_form(FundingForm)
    assert isinstance(form, FundingForm)
    type_text(qtbot, form.budget_line, "Hội nghị sơ kết")
    qtbot.keyClick(form.budget_line, Qt.Key.Key_Return)
    assert not form.isVisible()
    assert store.count("funding") == 1


@pytest.mark.parametrize(
    ("kind", "first"),
    [
        ("model", "model_type"),
        ("influencer", "hamlet"),
        ("mobilisation", "donor"),
        ("inspection", "subject"),
        ("funding", "budget_line"),
    ],
)
def test_the_cursor_starts_in_the_first_field_to_type(
    kind: str, first: str, open_form: Callable[..., RecordForm]
) -> None:
    form = open_form(form_class(kind))
    assert form.focusWidget() is form.rows[first].widget


@pytest.mark.parametrize("kind", ["model", "influencer", "mobilisation", "inspection", "funding"])
def test_cancel_on_an_untouched_form_asks_nothing(
    kind: str, open_form: Callable[..., RecordForm], monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a))
    form = open_form(form_class(kind))
    assert not form.is_dirty()
    form.reject()
    assert not form.isVisible() and not asked
