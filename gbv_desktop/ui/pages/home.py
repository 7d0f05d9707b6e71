"""The home page: where things stand, at a glance.

The two targets against the plan (this year and the whole phase), the next report
due, the campaigns coming up, the records still incomplete, and charts of the last
months. Figures come from `reports.dashboard`; this page only shows them. It
recomputes when the database has changed and the page is on screen: a refresh asked
while the page is hidden waits until it is shown, so saving records elsewhere stays
quick on a city's database.

In the main window (`background=True`) the figures are computed off the GUI thread
(`ui.worker`): the window is usable at once and says "Computing the figures…" until
they arrive (half a second on a city's 150,000 records). Alone (tests, `background`
False) the page computes them on the spot.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from gbv_desktop import i18n
from gbv_desktop.domain import vocab
from gbv_desktop.domain.indicators import Indicator
from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP
from gbv_desktop.reports import dashboard
from gbv_desktop.storage.database import Database
from gbv_desktop.ui.charts import (
    HorizontalBarChart,
    MonthlyChart,
    MonthPoint,
    TargetBar,
    percent_text,
)
from gbv_desktop.ui.columns import record_name
from gbv_desktop.ui.widgets import vi_number

CARD_STYLE = """
QFrame#card { background: palette(base); border: 1px solid #d5dbe1; border-radius: 6px; }
QLabel[role="title"] { font-weight: bold; }
QLabel[role="muted"] { color: #5f6b76; }
QLabel[role="percent"] { font-weight: bold; }
QLabel[tone="amber"] { color: #a05a00; font-weight: bold; }
QLabel[tone="red"] { color: #b71c1c; font-weight: bold; }
QLabel[tone="green"] { color: #2e7d32; }
QLabel[tone="muted"] { color: #5f6b76; font-weight: normal; }
"""

INDICATOR_TITLES = {
    "I1": QT_TRANSLATE_NOOP("HomePage", "I1 · Survivors helped by a service provider"),
    "I2": QT_TRANSLATE_NOOP("HomePage", "I2 · Cases needing help that received it"),
}
AMBER_DAYS = 30  # a report due within this many days is shown in amber
INCOMPLETE_LIMIT = 50


def _fmt(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _label(text: str = "", role: str = "", word_wrap: bool = True) -> QLabel:
    label = QLabel(text)
    if role:
        label.setProperty("role", role)
    label.setWordWrap(word_wrap)
    return label


def _set_tone(label: QLabel, tone: str) -> None:
    label.setProperty("tone", tone)
    # A label already styled is styled again for its new tone; one not yet shown gets
    # it when first shown (and the start does not pay for QStyle's enums in Python).
    if label.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        label.style().unpolish(label)
        label.style().polish(label)


class Card(QFrame):
    """A titled panel of the dashboard."""

    text_only = False  # a card of wrapped text only keeps the height its text needs

    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setAccessibleName(title)
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(12, 10, 12, 10)
        self.body.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.title = _label(title, "title")
        self.title.setObjectName(f"{name}_title")
        self.aside = _label(role="muted")
        self.aside.setObjectName(f"{name}_aside")
        self.aside.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.aside.hide()
        head.addWidget(self.title, 1)
        head.addWidget(self.aside, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(head)

    def set_aside(self, text: str) -> None:
        self.aside.setText(text)
        self.aside.setVisible(bool(text))

    def fit_height(self) -> None:
        """Never shorter than its wrapped text needs at its width (layouts otherwise
        squeeze word-wrapped labels into each other)."""
        layout = self.layout()
        if self.text_only and layout is not None and self.width() > 0:
            needed = layout.totalHeightForWidth(self.width())
            if needed > 0 and needed != self.minimumHeight():
                self.setMinimumHeight(needed)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_height()


class PeriodProgress(QWidget):
    """One indicator over one period: caption, share, bar against the target, counts."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setHorizontalSpacing(8)
        layout.setVerticalSpacing(2)
        self.caption = _label(role="muted")
        self.caption.setObjectName(f"{name}_caption")
        self.percent = _label(role="percent", word_wrap=False)
        self.percent.setObjectName(f"{name}_percent")
        self.percent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._normal_font = QFont(self.percent.font())
        self._big_font = QFont(self._normal_font)
        self._big_font.setPointSizeF(max(self._normal_font.pointSizeF(), 8.0) * 1.25)
        self.percent.setFont(self._big_font)
        self.bar = TargetBar()
        self.bar.setObjectName(f"{name}_bar")
        self.detail = _label()
        self.detail.setObjectName(f"{name}_detail")
        layout.addWidget(self.caption, 0, 0, 1, 2)
        layout.addWidget(self.percent, 1, 1)
        layout.addWidget(self.bar, 1, 0)
        layout.addWidget(self.detail, 2, 0, 1, 2)
        layout.setColumnStretch(0, 1)

    def show_indicator(self, caption: str, indicator: Indicator) -> None:
        self.caption.setText(caption)
        target = float(indicator.target_percent)
        self.bar.set_value(indicator.percent, target)
        if not indicator.has_data:
            self.percent.setText(self.tr("No data"))
            self.percent.setFont(self._normal_font)
            _set_tone(self.percent, "muted")
            if indicator.code == "I1":
                self.detail.setText(self.tr("No cases reported in this period."))
            else:
                self.detail.setText(self.tr("No cases needing help in this period."))
            _set_tone(self.detail, "")
            return
        self.percent.setText(percent_text(indicator.percent))
        self.percent.setFont(self._big_font)
        _set_tone(self.percent, "green" if indicator.met else "amber")
        if indicator.code == "I1":
            counts = self.tr("{numerator} of {denominator} survivors")
        else:
            counts = self.tr("{numerator} of {denominator} cases")
        counts = counts.format(
            numerator=vi_number(indicator.numerator), denominator=vi_number(indicator.denominator)
        )
        if indicator.met:
            status = self.tr("target met")
        else:
            gap = target - (indicator.percent or 0.0)
            status = self.tr("{gap} points below the target").format(
                gap=percent_text(gap).rstrip("%")
            )
        self.detail.setText(f"{counts} · {status}")


class TargetCard(Card):
    text_only = True

    def __init__(self, code: str, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("HomePage", INDICATOR_TITLES[code]), code)
        self.code = code
        self.setObjectName("card")
        self.target = self.aside
        self.target.setWordWrap(False)
        self.year = PeriodProgress(f"{code}_year")
        self.phase = PeriodProgress(f"{code}_phase")
        self.body.addWidget(self.year)
        self.body.addWidget(self.phase)
        self.body.addStretch(1)

    def show_targets(self, year: dashboard.TargetProgress, phase: dashboard.TargetProgress) -> None:
        year_ind = year.i1 if self.code == "I1" else year.i2
        phase_ind = phase.i1 if self.code == "I1" else phase.i2
        self.set_aside(
            self.tr("Target: {target}").format(target=percent_text(float(year_ind.target_percent)))
        )
        self.year.show_indicator(
            self.tr("Year {year} ({start} – {end})").format(
                year=year.label_year, start=_fmt(year.period.start), end=_fmt(year.period.end)
            ),
            year_ind,
        )
        self.phase.show_indicator(
            self.tr("Phase {first}–{last}").format(
                first=phase.period.start.year, last=phase.period.end.year
            ),
            phase_ind,
        )
        self.fit_height()


class ComingUpCard(Card):
    """The next report due (amber within 30 days, red when overdue) and campaigns."""

    text_only = True

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("HomePage", "Coming up"), "coming_up")
        self.report = _label(role="title")
        self.report.setObjectName("next_report")
        self.due = _label()
        self.due.setObjectName("next_report_due")
        self.overdue = _label()
        self.overdue.setObjectName("overdue_reports")
        _set_tone(self.overdue, "red")
        self.campaigns_title = _label(self.tr("Campaigns"), "title")
        self.campaigns = _label()
        self.campaigns.setObjectName("campaigns")
        self.campaigns.setTextFormat(Qt.TextFormat.PlainText)
        self.phase = _label(role="muted")
        self.phase.setObjectName("phase_left")
        for widget in (
            self.report,
            self.due,
            self.overdue,
            self.campaigns_title,
            self.campaigns,
            self.phase,
        ):
            self.body.addWidget(widget)
        self.body.addStretch(1)

    @staticmethod
    def report_name(kind: str, year: int) -> str:
        return QCoreApplication.translate("HomePage", "{report} {year}").format(
            report=vocab.REPORT_KINDS.label(kind, i18n.language()), year=year
        )

    def show_upcoming(self, up: dashboard.Upcoming, today: date) -> None:
        nxt = up.next_report
        self.report.setText(
            self.tr("Next report: {report}").format(report=self.report_name(nxt.kind, nxt.year))
        )
        if nxt.days_left == 0:
            due = self.tr("Due today ({date})").format(date=_fmt(nxt.due))
        elif nxt.days_left == 1:
            due = self.tr("Due tomorrow ({date})").format(date=_fmt(nxt.due))
        else:
            due = self.tr("Due {date} · {days} days left").format(
                date=_fmt(nxt.due), days=vi_number(nxt.days_left)
            )
        self.due.setText(due)
        _set_tone(self.due, "amber" if nxt.days_left < AMBER_DAYS else "")
        lines = [
            self.tr("{report} was due {date}: {days} days overdue").format(
                report=self.report_name(r.kind, r.year), date=_fmt(r.due), days=-r.days_left
            )
            for r in up.overdue
        ]
        self.overdue.setText("\n".join(lines))
        self.overdue.setVisible(bool(lines))

        lang = i18n.language()
        rows = []
        for c in up.campaigns:
            when = _fmt(c.start) if c.start == c.end else f"{_fmt(c.start)} – {_fmt(c.end)}"
            if c.running:
                state = self.tr("running now")
            elif c.days_to_start == 1:
                state = self.tr("starts tomorrow")
            else:
                state = self.tr("starts in {days} days").format(days=c.days_to_start)
            rows.append(f"• {vocab.CAMPAIGNS.label(c.code, lang)}\n   {when} · {state}")
        if not rows:
            rows.append(self.tr("No campaign in the next 60 days."))
        self.campaigns.setText("\n".join(rows))

        first, last = up.phase.start.year, up.phase.end.year
        if up.phase_days_left < 0:
            phase = self.tr("Programme phase {first}–{last} ended on {date}.").format(
                first=first, last=last, date=_fmt(up.phase.end)
            )
        elif today < up.phase.start:
            phase = self.tr("Programme phase {first}–{last} starts on {date}.").format(
                first=first, last=last, date=_fmt(up.phase.start)
            )
        else:
            phase = self.tr("Programme phase {first}–{last}: {days} days left.").format(
                first=first, last=last, days=vi_number(up.phase_days_left)
            )
        self.phase.setText(phase)
        self.fit_height()


KindIdRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class IncompleteModel(QAbstractListModel):
    """The incomplete records, two lines each: the record, then what is missing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[dashboard.Incomplete] = []

    def set_rows(self, rows: list[dashboard.Incomplete]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return f"{record_name(row.kind)}: {row.label}\n{i18n.render(row.reason)}"
        if role == KindIdRole:
            return (row.kind, row.id)
        return None


class IncompleteList(QListView):
    """The list of incomplete records; Enter opens the current one, like a double click."""

    enter_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.enter_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class HomePage(QWidget):
    """The dashboard. `open_record(kind, id)` asks the window to open a record."""

    open_record = Signal(str, int)
    updated = Signal()  # new figures are on the page

    def __init__(
        self, database: Database, parent: QWidget | None = None, background: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page_home")
        self.database = database
        self.figures: dashboard.Dashboard | None = None
        self.today: date | None = None  # fixed by tests; None = the real date
        self._stamp: tuple[Any, ...] | None = None
        self.background = background  # compute off the GUI thread (the main window)
        self._worker: Any = None  # the Worker computing, if any
        self._computing: tuple[Any, ...] | None = None  # the stamp it computes for

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget()
        content.setObjectName("home_content")
        content.setStyleSheet(CARD_STYLE)
        scroll.setWidget(content)
        page = QVBoxLayout(content)
        page.setContentsMargins(12, 10, 12, 12)
        page.setSpacing(10)
        # Two columns with heights of their own: the targets and the charts on the left,
        # what is coming up and the records to complete on the right.
        columns = QHBoxLayout()
        columns.setSpacing(10)
        left = QVBoxLayout()
        left.setSpacing(10)
        right = QVBoxLayout()
        right.setSpacing(10)
        targets = QHBoxLayout()
        targets.setSpacing(10)

        header = QHBoxLayout()
        self.unit_label = _label(role="title", word_wrap=False)
        self.unit_label.setObjectName("unit_name")
        font = QFont(self.unit_label.font())
        font.setPointSizeF(max(font.pointSizeF(), 8.0) * 1.3)
        self.unit_label.setFont(font)
        self.programme_label = _label(role="muted")
        self.programme_label.setObjectName("programme_name")
        self.programme_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        header.addWidget(self.unit_label)
        header.addSpacing(12)
        header.addWidget(self.programme_label, 1)
        self.status_label = _label(role="muted", word_wrap=False)
        self.status_label.setObjectName("home_status")
        self.status_label.hide()
        header.addWidget(self.status_label)
        page.addLayout(header)
        # The cards; in the window, until the first figures arrive, a word instead.
        self.cards = QWidget()
        self.cards.setObjectName("home_cards")
        columns.setContentsMargins(0, 0, 0, 0)
        self.cards.setLayout(columns)
        page.addWidget(self.cards, 1)
        self.waiting = _label(self.tr("Computing the figures…"), "muted")
        self.waiting.setObjectName("home_waiting")
        self.waiting.setAlignment(Qt.AlignmentFlag.AlignCenter)
        page.addWidget(self.waiting, 1)
        self.waiting.setVisible(background)
        self.cards.setVisible(not background)
        if background:
            self._show_names()
        columns.addLayout(left, 2)
        columns.addLayout(right, 1)
        left.addLayout(targets)

        self.i1 = TargetCard("I1")
        self.i2 = TargetCard("I2")
        self.coming = ComingUpCard()
        targets.addWidget(self.i1, 1)
        targets.addWidget(self.i2, 1)
        right.addWidget(self.coming)

        self.activity_card = Card(self.tr("Activities and attendance, last 12 months"), "activity")
        self.activity_chart = MonthlyChart()
        self.activity_chart.setObjectName("activity_chart")
        self.activity_card.body.addWidget(self.activity_chart, 1)
        left.addWidget(self.activity_card, 1)

        self.violence_card = Card("", "violence")
        self.violence_chart = HorizontalBarChart()
        self.violence_chart.setObjectName("violence_chart")
        self.violence_card.body.addWidget(self.violence_chart, 1)
        self.violence_card.set_aside(self.tr("A case may have several types."))
        left.addWidget(self.violence_card, 1)

        self.incomplete_card = Card("", "incomplete")
        self.incomplete_model = IncompleteModel(self)
        self.incomplete_list = IncompleteList()
        self.incomplete_list.setObjectName("incomplete_list")
        self.incomplete_list.setModel(self.incomplete_model)
        self.incomplete_list.setWordWrap(True)
        self.incomplete_list.setStyleSheet(
            "QListView::item { padding: 4px 2px; border-bottom: 1px solid #e6e9ed; }"
        )
        self.incomplete_list.setUniformItemSizes(False)
        self.incomplete_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.incomplete_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.incomplete_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.incomplete_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.incomplete_list.setMinimumHeight(140)
        self.incomplete_list.doubleClicked.connect(self._open_index)
        self.incomplete_list.enter_pressed.connect(self._open_current)
        self.incomplete_empty = _label(self.tr("No incomplete records."), "muted")
        self.incomplete_empty.setObjectName("incomplete_empty")
        self.incomplete_hint = _label(self.tr("Double-click a record to open it."), "muted")
        self.incomplete_card.body.addWidget(self.incomplete_list, 1)
        self.incomplete_card.body.addWidget(self.incomplete_empty)
        self.incomplete_card.body.addWidget(self.incomplete_hint)
        self.incomplete_card.body.addStretch(0)  # keeps the title at the top when empty
        right.addWidget(self.incomplete_card, 1)

        for card in (self.i1, self.i2, self.coming, self.incomplete_card):
            card.setMinimumWidth(250)

    # -- refreshing ---------------------------------------------------------
    def refresh(self) -> None:
        """Recompute if the database changed; while hidden, wait until shown."""
        if self.isVisible():
            self._recompute()

    def showEvent(self, event: QShowEvent) -> None:
        # Cheap when nothing changed: the figures are kept with the database's stamp.
        if self.background:  # the window first, then the figures
            QTimer.singleShot(0, self._recompute)
        else:
            self._recompute()
        super().showEvent(event)

    @property
    def loading(self) -> bool:
        """Figures are being computed off the GUI thread."""
        return self._worker is not None

    def _recompute(self, force: bool = False) -> None:
        if self.background and not self.isVisible():
            return  # hidden (or closed) since: computed when shown again
        today = self.today or date.today()
        stamp = (*dashboard.data_stamp(self.database), today, i18n.language())
        if not force and stamp == self._stamp and self.figures is not None:
            return
        if self.background:
            if self._worker is None:  # else: checked again when the running one is done
                self._start(stamp, today)
            return
        self.figures = dashboard.dashboard(self.database, today, INCOMPLETE_LIMIT)
        # Reading the figures writes nothing, so the stamp taken before still holds.
        self._stamp = stamp
        self._show(self.figures)
        self.updated.emit()

    def _start(self, stamp: tuple[Any, ...], today: date) -> None:
        from gbv_desktop.ui.worker import Worker

        if self.figures is None:  # the unit's name at once; the figures follow
            self._show_names()
        limit = INCOMPLETE_LIMIT
        worker = Worker(
            self.database,
            lambda database, _progress: dashboard.dashboard(database, today, limit),
            reads_only=True,  # plain SQL (tests/test_performance.py checks the imports)
        )
        worker.succeeded.connect(self._computed)
        worker.failed.connect(self._failed)
        self._worker, self._computing = worker, stamp
        if self.figures is not None:  # the figures shown stay until the new ones come
            self.status_label.setText(self.tr("Updating the figures…"))
            self.status_label.show()
        worker.start()

    def _computed(self, figures: dashboard.Dashboard) -> None:
        self._worker = None
        self.status_label.hide()
        self.waiting.hide()
        self.cards.show()
        # The figures hold at least the state of the stamp taken before computing; a
        # change made meanwhile changes the stamp, and the next look recomputes.
        self.figures, self._stamp = figures, self._computing
        self._show(figures)
        self.updated.emit()
        if self.isVisible():
            self._recompute()

    def _failed(self, exc: BaseException) -> None:
        from gbv_desktop.ui.errors import error_text

        self._worker = None
        text = self.tr("The figures could not be computed: {reason}").format(reason=error_text(exc))
        label = self.status_label if self.figures is not None else self.waiting
        label.setText(text)
        label.show()

    def unload(self) -> None:
        """Forget the figures (locking, closing). A computation under way is waited for
        (at most half a second on a city's database; its figures are not shown): the
        program may be ending, and a thread still running then would abort it."""
        if self._worker is not None:
            worker, self._worker = self._worker, None
            for signal, slot in ((worker.succeeded, self._computed),
                                 (worker.failed, self._failed)):  # fmt: skip
                signal.disconnect(slot)
            worker.wait()
        self.figures = None
        self._stamp = None
        self.incomplete_model.set_rows([])
        if self.background:
            self.cards.hide()
            self.waiting.setText(self.tr("Computing the figures…"))
            self.waiting.show()

    def _show_names(self) -> None:
        programme = self.database.programme
        self.unit_label.setText(self.database.profile.name)
        self.programme_label.setText(programme.name)
        self.programme_label.setToolTip(f"{programme.name}\n{programme.plan_reference}")

    def _show(self, figures: dashboard.Dashboard) -> None:
        profile = self.database.profile
        programme = self.database.programme
        self.unit_label.setText(profile.name)
        self.programme_label.setText(programme.name)
        self.programme_label.setToolTip(f"{programme.name}\n{programme.plan_reference}")
        self.i1.show_targets(figures.year, figures.phase)
        self.i2.show_targets(figures.year, figures.phase)
        self.coming.show_upcoming(figures.upcoming, figures.today)

        self.activity_chart.set_data(
            [
                MonthPoint(m.month.year, m.month.month, m.activities, m.attendance)
                for m in figures.months
            ],
            self.tr("Activities"),
            self.tr("Attendance"),
            self.tr("No activities in these 12 months."),
        )
        lang = i18n.language()
        self.violence_card.title.setText(
            self.tr("Cases by violence type, {year}").format(
                year=figures.violence_period.start.year
            )
        )
        self.violence_chart.set_data(
            [(vocab.VIOLENCE_TYPES.label(code, lang), n) for code, n in figures.violence.items()],
            self.tr("No cases reported this year."),
        )

        rows = figures.incomplete
        self.incomplete_model.set_rows(rows)
        if len(rows) >= INCOMPLETE_LIMIT:
            title = self.tr("Records to complete (first {n})").format(n=len(rows))
        elif rows:
            title = self.tr("Records to complete ({n})").format(n=len(rows))
        else:
            title = self.tr("Records to complete")
        self.incomplete_card.title.setText(title)
        self.incomplete_list.setVisible(bool(rows))
        self.incomplete_hint.setVisible(bool(rows))
        self.incomplete_empty.setVisible(not rows)

    # -- opening ------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        value = self.incomplete_model.data(index, KindIdRole)
        if value is not None:
            kind, record_id = value
            self.open_record.emit(kind, record_id)

    def _open_current(self) -> None:
        index = self.incomplete_list.currentIndex()
        if index.isValid():
            self._open_index(index)
