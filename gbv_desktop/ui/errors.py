"""Dialogs that explain: errors in the user's own words (what went wrong and what to do),
and questions before a step that cannot be undone."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gbv_desktop import i18n
from gbv_desktop.domain.messages import KnownError
from gbv_desktop.storage.errors import from_os_error

log = logging.getLogger(__name__)


def _unexpected() -> str:
    return QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong. Nothing that was already saved has been lost. Please tell your administrator what you were doing.",
    )


def error_text(exc: BaseException) -> str:
    """What to tell the user about `exc` (no secrets, no record contents)."""
    if isinstance(exc, OSError):
        exc = from_os_error(exc, getattr(exc, "filename", "") or "")
    if isinstance(exc, KnownError):
        return i18n.render(exc)
    log.error("unexpected error: %s: %s", type(exc).__name__, exc)
    return _unexpected()


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    """Show `exc`: a KnownError as its message, anything else as an unexpected error."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Errors", "gbv-desktop"))
    if isinstance(exc, KnownError):
        box.setText(i18n.render(exc))
    else:
        # A bug: say so plainly, keep the details (no record contents) for support.
        log.error("unexpected error: %s", "".join(traceback.format_exception_only(exc)).strip())
        box.setText(_unexpected())
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()


def confirm(parent: QWidget, title: str, text: str, yes_text: str, no_text: str) -> bool:
    """A yes/no question whose buttons say what they do (Qt has no Vietnamese texts)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.button(QMessageBox.StandardButton.No).setText(no_text)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes
