"""Start the window: first-run set-up or sign-in, then the main window.

The sign-in dialog is the first window at every start, so it loads only what it shows.
While it waits for the password, and while the password's key derivation runs (off the
GUI thread), the modules of the storage layer and of the main window are imported a
few at a time (`import_when_idle`): the main window opens as soon as the database is
unlocked.
"""

from __future__ import annotations

import functools
import importlib
import logging
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from gbv_desktop import __version__, i18n

if TYPE_CHECKING:
    from gbv_desktop.ui.signin import SignInDialog

log = logging.getLogger(__name__)

# What signing in and the main window need, in the order they need it; each is imported
# in one turn of the event loop (none takes more than a few hundredths of a second).
WINDOW_MODULES = (
    "gbv_desktop.domain.records",
    "gbv_desktop.domain.profile",
    "gbv_desktop.storage.connection",
    "gbv_desktop.storage.audit",
    "gbv_desktop.storage.keys",
    "gbv_desktop.storage.database",
    "gbv_desktop.storage.records",
    "gbv_desktop.ui.main_window",
    "gbv_desktop.ui.backup_scheduler",
    "gbv_desktop.reports.dashboard",
    "gbv_desktop.ui.charts",
    "gbv_desktop.ui.pages.home",
    "gbv_desktop.ui.session",
)
IDLE_DELAY_MS = 50  # after the dialog has shown itself
ICON_DELAY_MS = 20


def import_when_idle(modules: Iterable[str], delay_ms: int = IDLE_DELAY_MS) -> None:
    """Import `modules`, one per turn of the GUI thread's event loop, from `delay_ms` on
    (a module already imported costs nothing), then what a worker thread would import
    (`ui.worker.prewarm_imports`). A module that fails to import is left to fail where
    it is used, with its message."""
    from gbv_desktop.ui.worker import prewarm_imports

    steps: list[Callable[[], object]] = [
        functools.partial(importlib.import_module, m) for m in modules if m not in sys.modules
    ]
    steps.append(prewarm_imports)

    def step() -> None:
        try:
            steps.pop(0)()
        except Exception:
            log.exception("importing ahead of time failed")
            steps.clear()
        if steps:
            QTimer.singleShot(0, step)

    QTimer.singleShot(delay_ms, step)


def application(lang: str) -> QApplication:
    """The QApplication, created once, speaking `lang`."""
    app = QApplication.instance()
    if app is None:
        # Fusion everywhere, named on the command line: Qt makes the style itself, where
        # setStyle() would hand it to Python and create QStyle's ten enums (4 ms).
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    elif app.style().name() != "fusion":
        app.setStyle("Fusion")
    assert isinstance(app, QApplication)
    app.setApplicationName("gbv-desktop")
    app.setOrganizationName("gbv-desktop")
    app.setApplicationVersion(__version__)
    # The windows' icon, from just after the first window is shown (Qt gives it to the
    # windows already open; on Windows the title bar shows the program's own icon
    # meanwhile): QIcon's first use costs the first window 2 ms.
    QTimer.singleShot(ICON_DELAY_MS, window_icon)
    lang = i18n.install(lang, app)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English,
                               QLocale.Country.Vietnam))  # fmt: skip
    return app


def window_icon() -> None:
    """Give every window, open or to come, the program's icon."""
    from PySide6.QtGui import QIcon

    from gbv_desktop.resources import resource_path

    QApplication.setWindowIcon(QIcon(str(resource_path("icons", "gbv-desktop.png"))))


def sign_in(path: Path):  # -> Database | None
    """Run the set-up wizard (no database yet) or the sign-in dialog; None if cancelled."""
    if not path.exists():
        from gbv_desktop.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(path)
        import_when_idle(WINDOW_MODULES)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        return wizard.database
    dialog = signin_dialog(path)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.database


def signin_dialog(path: Path) -> SignInDialog:
    """The sign-in dialog for `path`, with the main window's modules imported while it
    waits (see the module's docstring)."""
    from gbv_desktop.ui.signin import SignInDialog

    dialog = SignInDialog(path)
    import_when_idle(WINDOW_MODULES)
    return dialog


def run(path: Path, lang: str) -> int:
    app = application(lang)
    from gbv_desktop.ui.instance import check_before_sign_in

    # Before anything reads the database: refuse a network share or a removable drive,
    # and a second window on the same database (the lock is held until the end).
    lock = check_before_sign_in(path)
    if lock is None:
        return 1
    try:
        database = sign_in(path)
        if database is None:
            return 0
        from gbv_desktop.ui.session import Session

        session = Session(path)
        session.open(database)
        return app.exec()
    finally:
        lock.release()
