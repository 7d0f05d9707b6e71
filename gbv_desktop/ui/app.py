"""Start the window: first-run set-up or sign-in, then the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog

from gbv_desktop import __version__, i18n


def application(lang: str) -> QApplication:
    """The QApplication, created once, speaking `lang`."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("gbv-desktop")
    app.setOrganizationName("gbv-desktop")
    app.setApplicationVersion(__version__)
    app.setStyle("Fusion")
    from PySide6.QtGui import QIcon

    from gbv_desktop.resources import resource_path

    app.setWindowIcon(QIcon(str(resource_path("icons", "gbv-desktop.png"))))
    lang = i18n.install(lang, app)
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English,
                               QLocale.Country.Vietnam))  # fmt: skip
    return app


def sign_in(path: Path):  # -> Database | None
    """Run the set-up wizard (no database yet) or the sign-in dialog; None if cancelled."""
    if not path.exists():
        from gbv_desktop.ui.setup_wizard import SetupWizard

        wizard = SetupWizard(path)
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        return wizard.database
    from gbv_desktop.ui.signin import SignInDialog

    dialog = SignInDialog(path)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.database


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
