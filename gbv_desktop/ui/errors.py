"""Dialogs for errors: the user's own words for what went wrong and what to do."""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from gbv_desktop import i18n
from gbv_desktop.domain.messages import KnownError

log = logging.getLogger(__name__)


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
        box.setText(
            QCoreApplication.translate(
                "Errors",
                "Something unexpected went wrong. Nothing that was already saved has been lost. Please tell your administrator what you were doing.",
            )
        )
        box.setDetailedText("".join(traceback.format_exception(exc)))
    box.exec()
