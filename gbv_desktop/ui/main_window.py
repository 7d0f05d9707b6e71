"""The main window: navigation on the left, one page at a time on the right.

Only the home page is built with the window; every other page is built the first time
it is shown or asked for (`pages[key]`, `record_pages[kind]`), so the window opens
quickly on a city's database and imports the modules of a page only when it is needed.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator, Mapping
from typing import Any

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

# The page (key) that lists each kind of record.
RECORD_PAGE_OF = {
    "activity": "activities", "influencer": "activities", "case": "cases",
    "training": "trainings", "model": "models", "mobilisation": "support",
    "funding": "support", "inspection": "inspections",
}  # fmt: skip


class LazyPages(Mapping[str, Any]):
    """Widgets by key, each built by `build(key)` the first time it is asked for.
    Iterating, `in` and `len` build nothing; `built()` gives the ones already built."""

    def __init__(self, keys: Callable[[], list[str]], build: Callable[[str], Any]) -> None:
        self._keys = keys
        self._build = build
        self._built: dict[str, Any] = {}

    def __getitem__(self, key: str) -> Any:
        if key not in self._built:
            if key not in self._keys():
                raise KeyError(key)
            self._built[key] = self._build(key)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._keys())

    def __len__(self) -> int:
        return len(self._keys())

    def __contains__(self, key: object) -> bool:
        return key in self._keys()

    def built(self) -> dict[str, Any]:
        return dict(self._built)


class MainWindow(QMainWindow):
    """One signed-in session on one database."""

    closed = Signal()
    lock_requested = Signal()
    restore_requested = Signal(object)  # the Path of a backup to restore (Session.restore)

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("main_window")
        self.database = database
        self.store = RecordStore(database)
        # (Nothing here refers back to the window but weakly: a window closed for
        # locking must go away with its pages.)
        self._keys: list[str] = []  # the pages, in the navigation's order
        self._factories: dict[str, Callable[[MainWindow], QWidget]] = {}
        self._record_page_objects: dict[str, Any] = {}  # kind -> RecordPage, once built
        self.pages = LazyPages(lambda keys=self._keys: keys, _weak(self._build_page))
        # kind -> RecordPage: asking for one builds the page that lists it.
        self.record_pages = LazyPages(
            lambda keys=self._keys: [k for k, page in RECORD_PAGE_OF.items() if page in keys],
            _weak(self._record_page_of),
        )
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

        from gbv_desktop.ui.backup_scheduler import BackupScheduler
        from gbv_desktop.ui.pages.home import HomePage

        # Automatic backups (every role): after changes, at most every 30 minutes, and
        # when the user quits. Watching starts when the window is first shown.
        self.backups = BackupScheduler(database, self)
        self.backups.message.connect(self._backup_message)
        self._quitting = False
        self._closing_after_backup = False
        # The figures are computed off the GUI thread: the window is usable at once.
        self.home = HomePage(database, self, background=True)
        self._add_page("home", self.tr("Home"), self.home)
        self._add_page(
            "activities",
            self.tr("Activities"),
            lambda w: w._records_tabs(["activity", "influencer"]),
        )
        self._add_page("cases", self.tr("Cases"), lambda w: w._record_page("case"))
        self._add_page("trainings", self.tr("Trainings"), lambda w: w._record_page("training"))
        self._add_page(
            "models", self.tr("Models and facilities"), lambda w: w._record_page("model")
        )
        self._add_page(
            "support",
            self.tr("Support and funding"),
            lambda w: w._records_tabs(["mobilisation", "funding"]),
        )
        self._add_page(
            "inspections", self.tr("Inspections"), lambda w: w._record_page("inspection")
        )
        self._add_page("reports", self.tr("Reports"), MainWindow._reports_page)
        if profile.level == "city":  # the city office: its units' reports, compiled
            self._add_page("city", self.tr("Unit reports"), MainWindow._city_page)
        self._add_page("settings", self.tr("Settings"), MainWindow._settings_page)
        if database.user.is_admin:
            self._add_page("backups", self.tr("Backups"), MainWindow._backups_page)
            self._add_page("audit", self.tr("Change log"), MainWindow._audit_page)
        self.nav.currentRowChanged.connect(self._show_page)
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
    def _record_page(self, kind: str) -> QWidget:
        from gbv_desktop.ui.pages.records import RecordPage

        page = RecordPage(self.store, kind)
        self._record_page_objects[kind] = page
        page.changed.connect(self.home.refresh)
        page.changed.connect(self.backups.check)
        return page

    def _records_tabs(self, kinds: list[str]) -> QTabWidget:
        from gbv_desktop.ui.columns import record_name

        tabs = QTabWidget()
        for kind in kinds:
            tabs.addTab(self._record_page(kind), record_name(kind))
        tabs.currentChanged.connect(lambda _i, t=tabs: self._ensure_loaded(t.currentWidget()))
        return tabs

    def _record_page_of(self, kind: str) -> Any:
        self.pages[RECORD_PAGE_OF[kind]]  # builds the page that lists it
        return self._record_page_objects[kind]

    def _reports_page(self) -> QWidget:
        from gbv_desktop.ui.pages.reports import ReportsPage

        return ReportsPage(self.database, self)

    def _city_page(self) -> QWidget:
        from gbv_desktop.ui.pages.city import CityPage

        return CityPage(self.database, self)

    def _settings_page(self) -> QWidget:
        from gbv_desktop.ui.pages.settings import SettingsPage

        page = SettingsPage(self.database, self)
        page.changed.connect(self.backups.check)
        return page

    def _backups_page(self) -> QWidget:
        from gbv_desktop.ui.pages.backups import BackupsPage

        page = BackupsPage(self.database, self.backups, self)
        page.restore_requested.connect(self.restore_requested)
        return page

    def _audit_page(self) -> QWidget:
        from gbv_desktop.ui.pages.audit import AuditPage

        return AuditPage(self.database, self)

    @property
    def settings_page(self) -> Any:
        return self.pages["settings"]

    @property
    def backups_page(self) -> Any:
        """The Backups page (administrators), None for other roles."""
        return self.pages.get("backups")

    @property
    def audit_page(self) -> Any:
        """The Change log page (administrators), None for other roles."""
        return self.pages.get("audit")

    def _add_page(
        self, key: str, title: str, page: QWidget | Callable[[MainWindow], QWidget]
    ) -> None:
        """A page in the navigation: `page` itself, or `page(window)` builds it when first
        needed (an empty stand-in holds its place in the stack until then)."""
        self._keys.append(key)
        if isinstance(page, QWidget):
            self._factories[key] = lambda _window: page
            self.pages[key]  # built already: placed at once
        else:
            self._factories[key] = page
            self.stack.addWidget(QWidget())
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav.addItem(item)

    def _build_page(self, key: str) -> QWidget:
        widget = self._factories.pop(key)(self)
        widget.setObjectName(widget.objectName() or f"page_{key}")
        index = self._keys.index(key)
        stand_in = self.stack.widget(index)
        self.stack.insertWidget(index, widget)
        if stand_in is not None:
            current = self.stack.currentWidget() is stand_in
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            if current:
                self.stack.setCurrentIndex(index)
        return widget

    def _is_record_page(self, widget: QWidget | None) -> bool:
        return any(widget is page for page in self._record_page_objects.values())

    def _ensure_loaded(self, widget: QWidget | None) -> None:
        if self._is_record_page(widget) and not widget.loaded:  # type: ignore[union-attr]
            widget.refresh()  # type: ignore[union-attr]

    def current_record_page(self) -> Any:  # RecordPage | None
        widget = self.stack.currentWidget()
        if isinstance(widget, QTabWidget):
            widget = widget.currentWidget()
        return widget if self._is_record_page(widget) else None

    def _show_page(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self.pages[self._keys[row]]  # built the first time it is shown
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
            self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.quit, "action_quit")
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

    # -- backups and closing ------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.backups.start()

    def _backup_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 0 if self.backups.last_error else 15_000)

    def quit(self) -> None:
        """File → Quit: close, with a backup first if anything changed."""
        self._quitting = True
        self.close()

    def closeEvent(self, event) -> None:
        # The user quitting (Quit, the window's close button, the system logging off),
        # not a lock or a program closing the window: back up first if anything changed
        # since the last backup, off the GUI thread, then close for real.
        quitting = self._quitting or event.spontaneous()
        self._quitting = False
        if quitting and not self._closing_after_backup and self.backups.needed_at_exit():
            event.ignore()
            self._backup_before_closing()
            return
        self.backups.stop()
        built = self.pages.built()
        for key in ("backups", "audit"):
            if key in built:
                built[key].unload()
        for page in self._record_page_objects.values():
            page.unload()
        self.home.unload()
        self.database.close()
        self.closed.emit()
        super().closeEvent(event)

    def _backup_before_closing(self) -> None:
        if self.centralWidget() is not None:
            self.centralWidget().setEnabled(False)
        self.menuBar().setEnabled(False)
        self.statusBar().showMessage(self.tr("Making a backup before closing…"))
        if self.backups.running:  # an automatic backup is under way: wait, then decide again
            self._after_backup(lambda *_: self.quit())
            return
        self._closing_after_backup = True
        self._after_backup(self._closed_after_backup)
        if not self.backups.backup_now():
            self._closed_after_backup(None)

    def _after_backup(self, slot) -> None:
        """Call `slot(result)` once, when the running backup succeeds or fails."""

        def once(result) -> None:
            self.backups.finished.disconnect(once)
            self.backups.failed.disconnect(once)
            slot(result)

        self.backups.finished.connect(once)
        self.backups.failed.connect(once)

    def _closed_after_backup(self, result) -> None:
        from gbv_desktop.ui.errors import error_text

        if isinstance(result, BaseException):
            QMessageBox.warning(
                self,
                self.tr("Backup before closing"),
                self.tr(
                    "The backup before closing could not be made: {reason}\n\nEverything is saved in the database; a backup will be made again the next time the program runs."
                ).format(reason=error_text(result)),
            )
        self.close()


def _weak(method: Callable[[str], Any]) -> Callable[[str], Any]:
    """`method` of an object, called through a weak reference to the object."""
    ref = weakref.WeakMethod(method)  # type: ignore[arg-type]

    def call(key: str) -> Any:
        bound = ref()
        if bound is None:
            raise KeyError(key)
        return bound(key)

    return call


def _lang() -> str:
    from gbv_desktop import i18n

    return i18n.language()
