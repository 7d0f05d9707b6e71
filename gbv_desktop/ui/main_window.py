"""The main window: navigation on the left, one page at a time on the right."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from gbv_desktop import __version__
from gbv_desktop.domain import vocab
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore
from gbv_desktop.ui.columns import record_name
from gbv_desktop.ui.pages.records import RecordPage


class MainWindow(QMainWindow):
    """One signed-in session on one database."""

    closed = Signal()
    lock_requested = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.database = database
        self.store = RecordStore(database)
        self.record_pages: dict[str, RecordPage] = {}
        profile = database.profile
        self.setWindowTitle(self.tr("{unit} — GBV prevention records").format(unit=profile.name))

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(16, 16))
        self.nav.setMinimumWidth(170)
        self.nav.setStyleSheet("QListWidget#navigation::item { padding: 7px 10px; }")
        self.nav.setMaximumWidth(260)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

        from gbv_desktop.ui.pages.home import HomePage
        from gbv_desktop.ui.pages.reports import ReportsPage
        from gbv_desktop.ui.pages.settings import SettingsPage

        self.home = HomePage(database, self)
        self.pages: dict[str, QWidget] = {}
        self._add_page("home", self.tr("Home"), self.home)
        self._add_page(
            "activities", self.tr("Activities"), self._records_tabs(["activity", "influencer"])
        )
        self._add_page("cases", self.tr("Cases"), self._record_page("case"))
        self._add_page("trainings", self.tr("Trainings"), self._record_page("training"))
        self._add_page("models", self.tr("Models and facilities"), self._record_page("model"))
        self._add_page(
            "support",
            self.tr("Support and funding"),
            self._records_tabs(["mobilisation", "funding"]),
        )
        self._add_page("inspections", self.tr("Inspections"), self._record_page("inspection"))
        self._add_page("reports", self.tr("Reports"), ReportsPage(database, self))
        self.settings_page = SettingsPage(database, self)
        self._add_page("settings", self.tr("Settings"), self.settings_page)
        self.nav.currentRowChanged.connect(self._show_page)
        for page in self.record_pages.values():
            page.changed.connect(self.home.refresh)
        self.home.open_record.connect(self.open_record)

        user = database.user
        who = user.display_name or user.username
        self.user_label = QLabel(
            self.tr("{unit} · signed in as {user} ({role})").format(
                unit=profile.name, user=who, role=vocab.ROLES.label(user.role, _lang())
            )
        )
        self.user_label.setObjectName("status_user")
        self.statusBar().addPermanentWidget(self.user_label)
        self._build_menus()
        self.nav.setCurrentRow(0)
        self.resize(1280, 760)

    # -- pages --------------------------------------------------------------
    def _record_page(self, kind: str) -> RecordPage:
        page = RecordPage(self.store, kind)
        self.record_pages[kind] = page
        return page

    def _records_tabs(self, kinds: list[str]) -> QTabWidget:
        tabs = QTabWidget()
        for kind in kinds:
            tabs.addTab(self._record_page(kind), record_name(kind))
        tabs.currentChanged.connect(lambda _i, t=tabs: self._ensure_loaded(t.currentWidget()))
        return tabs

    def _add_page(self, key: str, title: str, widget: QWidget) -> None:
        widget.setObjectName(widget.objectName() or f"page_{key}")
        self.pages[key] = widget
        self.stack.addWidget(widget)
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)

    def _ensure_loaded(self, widget: QWidget | None) -> None:
        if isinstance(widget, RecordPage) and not widget.loaded:
            widget.refresh()

    def current_record_page(self) -> RecordPage | None:
        widget = self.stack.currentWidget()
        if isinstance(widget, QTabWidget):
            widget = widget.currentWidget()
        return widget if isinstance(widget, RecordPage) else None

    def _show_page(self, row: int) -> None:
        self.stack.setCurrentIndex(row)
        widget = self.stack.currentWidget()
        if isinstance(widget, QTabWidget):
            widget = widget.currentWidget()
        self._ensure_loaded(widget)
        if widget is self.home:
            self.home.refresh()

    def current_page_key(self) -> str:
        return list(self.pages)[self.stack.currentIndex()]

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(key))

    # -- menus --------------------------------------------------------------
    def _action(self, text: str, shortcut: QKeySequence | str | None, slot, name: str) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(
            self.tr("&New record"), QKeySequence.StandardKey.New, self.new_record, "action_new"
        )
        file_menu.addAction(self.new_action)
        file_menu.addSeparator()
        self.lock_action = self._action(
            self.tr("&Lock"), "Ctrl+L", self.lock_requested.emit, "action_lock"
        )
        file_menu.addAction(self.lock_action)
        file_menu.addAction(
            self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, "action_quit")
        )

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(
            self._action(self.tr("&Find"), QKeySequence.StandardKey.Find, self.find, "action_find")
        )

        go_menu = bar.addMenu(self.tr("&Go"))
        for i, key in enumerate(self.pages):
            title = self.nav.item(i).text()
            shortcut = f"Ctrl+{i + 1}" if i < 9 else None
            go_menu.addAction(
                self._action(
                    title, shortcut, lambda _c=False, k=key: self.show_page(k), f"go_{key}"
                )
            )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About"), None, self.about, "action_about"))

    def open_record(self, kind: str, record_id: int) -> None:
        page = self.record_pages.get(kind)
        if page is not None:
            page.open_record(record_id)

    def new_record(self) -> None:
        page = self.current_record_page()
        if page is None:
            self.show_page("activities")
            page = self.current_record_page()
        if page is not None:
            page.new_record()

    def find(self) -> None:
        page = self.current_record_page()
        if page is not None:
            page.focus_search()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About gbv-desktop"),
            self.tr(
                "gbv-desktop {version}\nRecords and reports of the programme against gender-based violence."
            ).format(version=__version__),
        )

    def closeEvent(self, event) -> None:
        for page in self.record_pages.values():
            page.unload()
        self.database.close()
        self.closed.emit()
        super().closeEvent(event)


def _lang() -> str:
    from gbv_desktop import i18n

    return i18n.language()
