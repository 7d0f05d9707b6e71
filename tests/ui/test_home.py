"""The home page on real databases: empty (every figure says "no data"), a ward's demo
years, what a refresh recomputes, opening an incomplete record, and the charts."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from gbv_desktop import i18n
from gbv_desktop.domain import demo
from gbv_desktop.domain.calendar import ReportingCalendar
from gbv_desktop.domain.records import Case, Survivor
from gbv_desktop.reports import dashboard as D
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore
from gbv_desktop.ui import charts
from gbv_desktop.ui.pages.home import HomePage, IncompleteModel, KindIdRole

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

TODAY = date.today()


@pytest.fixture
def demo_db(db: Database) -> Database:
    RecordStore(db).save_many(demo.generate(seed=1, years=5, end=TODAY))
    return db


def make_page(qtbot: QtBot, database: Database, today: date | None = None) -> HomePage:
    page = HomePage(database)
    page.today = today
    qtbot.addWidget(page)
    page.resize(1180, 640)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_empty_database_says_no_data(qtbot: QtBot, db: Database) -> None:
    page = make_page(qtbot, db)
    for card in (page.i1, page.i2):
        for part in (card.year, card.phase):
            assert part.percent.text() == "No data"
            assert "%" not in part.percent.text()
            assert part.bar.value is None and part.bar.met is None
            assert "in this period" in part.detail.text()
    assert page.i1.target.text() == "Target: 60%"
    assert page.i2.target.text() == "Target: 100%"
    assert page.incomplete_model.rowCount() == 0
    assert page.incomplete_empty.isVisible() and not page.incomplete_list.isVisible()
    assert [p.bars for p in page.activity_chart.points] == [0] * 12
    assert all(n == 0 for _label, n in page.violence_chart.items)
    assert len(page.violence_chart.items) == 6
    page.grab()  # paints every chart with nothing in it


def test_demo_database_shows_the_figures(qtbot: QtBot, demo_db: Database) -> None:
    page = make_page(qtbot, demo_db)
    figures = D.dashboard(demo_db, TODAY)
    assert page.figures == figures
    y1 = figures.year.i1
    if y1.has_data:
        assert page.i1.year.percent.text() == charts.percent_text(y1.percent)
        assert f"{y1.numerator} of {y1.denominator} survivors" in page.i1.year.detail.text()
    p2 = figures.phase.i2
    assert p2.has_data
    assert page.i2.phase.percent.text() == charts.percent_text(p2.percent)
    assert page.i2.phase.caption.text() == "Phase 2021–2025"
    start, end = figures.year.period.start, figures.year.period.end
    assert page.i1.year.caption.text() == (
        f"Year {figures.year.label_year} ({start:%d/%m/%Y} – {end:%d/%m/%Y})"
    )
    assert [(p.bars, p.line) for p in page.activity_chart.points] == [
        (m.activities, m.attendance) for m in figures.months
    ]
    assert page.incomplete_model.rowCount() == len(figures.incomplete) > 0
    assert page.incomplete_card.title.text().startswith("Records to complete")
    nxt = figures.upcoming.next_report
    assert nxt.due.strftime("%d/%m/%Y") in page.coming.due.text()
    page.grab()


def test_refresh_recomputes_only_when_the_database_changed(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, db)
    calls = []
    real = D.dashboard
    monkeypatch.setattr(D, "dashboard", lambda *a, **k: calls.append(1) or real(*a, **k))
    page.refresh()
    assert calls == []  # nothing changed
    RecordStore(db).save(Case(reported_on=TODAY, violence_types=["sexual"], needs=["medical"]))
    page.refresh()
    assert calls == [1]
    assert dict(page.violence_chart.items)["Sexual violence"] == 1
    assert page.i2.year.percent.text() == "0%"
    assert page.i2.year.detail.text() == "0 of 1 cases · 100 points below the target"
    assert page.incomplete_model.rowCount() == 1


def test_refresh_while_hidden_waits_until_shown(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, db)
    page.hide()
    RecordStore(db).save(Case(reported_on=TODAY, violence_types=["physical"]))
    calls = []
    real = D.dashboard
    monkeypatch.setattr(D, "dashboard", lambda *a, **k: calls.append(1) or real(*a, **k))
    page.refresh()
    assert calls == []
    page.show()
    qtbot.waitExposed(page)
    assert calls == [1]
    assert page.i1.year.detail.text().startswith("0 of 1 survivors")


def test_double_click_or_enter_opens_a_record(qtbot: QtBot, demo_db: Database) -> None:
    page = make_page(qtbot, demo_db)
    first = page.figures.incomplete[0]
    index = page.incomplete_model.index(0, 0)
    assert page.incomplete_model.data(index, KindIdRole) == (first.kind, first.id)
    rect = page.incomplete_list.visualRect(index)
    viewport = page.incomplete_list.viewport()
    # A real double click starts with a press: the view only opens the item it pressed.
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.open_record) as blocker:
        qtbot.mouseDClick(
            page.incomplete_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
        )
    assert blocker.args == [first.kind, first.id]
    page.incomplete_list.setCurrentIndex(index)
    page.incomplete_list.setFocus()
    with qtbot.waitSignal(page.open_record) as blocker:
        qtbot.keyClick(page.incomplete_list, Qt.Key.Key_Return)
    assert blocker.args == [first.kind, first.id]


def test_incomplete_model(qtmodeltester, db: Database) -> None:  # type: ignore[no-untyped-def]
    store = RecordStore(db)
    store.save(Case(reported_on=TODAY, violence_types=["physical"]))
    model = IncompleteModel()
    model.set_rows(D.incomplete_records(db))
    qtmodeltester.check(model)
    text = model.data(model.index(0, 0))
    assert text.startswith("Case: VV-") and "No needs recorded" in text


def test_report_due_soon_is_amber_and_overdue_is_red(qtbot: QtBot, db: Database) -> None:
    calendar = ReportingCalendar()
    # The first 6-month due date after this database was created, then a few days later.
    year = TODAY.year if calendar.due("half_year", TODAY.year) > TODAY else TODAY.year + 1
    due = calendar.due("half_year", year)
    page = make_page(qtbot, db, today=due - timedelta(days=10))
    assert page.coming.due.property("tone") == "amber"
    assert "10 days left" in page.coming.due.text()
    # An annual report due since the database was created may be overdue; this one is not.
    assert "6-month report" not in page.coming.overdue.text()

    page.today = due + timedelta(days=3)
    page.refresh()
    assert page.coming.overdue.isVisible()
    assert page.coming.overdue.property("tone") == "red"
    assert f"6-month report {year} was due {due:%d/%m/%Y}: 3 days overdue" in (
        page.coming.overdue.text()
    )

    page.today = date(year, 11, 20)
    page.refresh()
    assert page.coming.report.text() == f"Next report: Annual report {year}"
    assert page.coming.due.property("tone") == "amber"
    assert "running now" in page.coming.campaigns.text()
    assert "starts in 5 days" in page.coming.campaigns.text()


def test_a_tone_shows_in_the_text_colour_before_and_after_the_page_is_shown(
    qtbot: QtBot, db: Database
) -> None:
    from PySide6.QtGui import QPalette

    from gbv_desktop.ui.pages.home import _set_tone

    def colour(label: QLabel) -> str:
        return label.palette().color(QPalette.ColorRole.WindowText).name()

    page = HomePage(db)
    qtbot.addWidget(page)
    # The cards' style sheet gives tones their colour.
    label = QLabel("Báo cáo", page.coming.due.parentWidget())
    _set_tone(label, "red")  # not yet styled: styled when first shown
    page.show()
    qtbot.waitExposed(page)
    assert colour(label) == "#b71c1c"
    _set_tone(label, "green")  # styled already: styled again
    assert colour(label) == "#2e7d32"
    page.hide()  # a hidden page (another one shown) still follows
    _set_tone(label, "amber")
    page.show()
    assert colour(label) == "#a05a00"


def test_a_survivor_counts_once(qtbot: QtBot, db: Database) -> None:
    store = RecordStore(db)
    first = Case(reported_on=TODAY, violence_types=["physical"])
    store.save(first)
    store.save(
        Case(
            reported_on=TODAY, violence_types=["physical"], survivor=Survivor(id=first.survivor.id)
        )
    )
    page = make_page(qtbot, db)
    assert page.i1.year.detail.text().startswith("0 of 1 survivors")


# -- charts -------------------------------------------------------------------------------


def test_percent_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_language", "en")
    assert charts.percent_text(66.666) == "66.7%"
    assert charts.percent_text(60.0) == "60%"
    assert charts.percent_text(100) == "100%"
    assert charts.percent_text(0.04) == "0%"
    assert charts.percent_text(None) == ""
    monkeypatch.setattr(i18n, "_language", "vi")
    assert charts.percent_text(66.666) == "66,7%"


def test_nice_scales() -> None:
    assert charts.nice_step(0, 4) == 1
    assert charts.nice_step(9, 4) == 3
    assert charts.nice_step(1234, 4) == 400
    assert charts.nice_scale(0) == (1, 1)
    assert charts.nice_scale(1386) == (1600, 400)
    for maximum in (1, 7, 13, 99, 101, 2500, 56789):
        step = charts.nice_step(maximum, 4)
        assert step == int(step) and step * 4 >= maximum


def test_month_labels_are_translated_source_english() -> None:
    assert [charts.month_label(m) for m in (1, 6, 12)] == ["Jan", "Jun", "Dec"]


def test_charts_paint_and_explain_themselves(qtbot: QtBot) -> None:
    chart = charts.MonthlyChart()
    qtbot.addWidget(chart)
    chart.resize(600, 220)
    points = [charts.MonthPoint(2025, m, m * 3, m * 100) for m in range(1, 13)]
    chart.set_data(points, "Activities", "Attendance", "None")
    chart.show()
    qtbot.waitExposed(chart)
    chart.grab()
    assert "Dec 2025: 36, 1.200" in chart.accessibleDescription()
    rect = chart._bar_rects[11]
    assert chart.tooltip_at(rect.center()) == "Dec/2025\nActivities: 36\nAttendance: 1.200"
    assert chart.tooltip_at(QPointF(1, 1)) == ""

    bars = charts.HorizontalBarChart()
    qtbot.addWidget(bars)
    bars.resize(500, 200)
    bars.set_data([("Physical violence with a very long label indeed", 1386), ("Sexual", 0)], "")
    bars.show()
    qtbot.waitExposed(bars)
    bars.grab()
    assert bars.accessibleDescription().endswith("Sexual: 0")
    assert bars.tooltip_at(bars._rows[0].center()) == (
        "Physical violence with a very long label indeed: 1.386"
    )

    bar = charts.TargetBar()
    qtbot.addWidget(bar)
    bar.set_value(None, 60)
    assert bar.toolTip() == "No data. Target: 60%"
    bar.set_value(82.66, 100)
    assert bar.met is False and bar.toolTip() == "82.7% (target 100%)"
    bar.resize(200, 16)
    bar.grab()
