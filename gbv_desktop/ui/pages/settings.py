"""The settings page (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gbv_desktop.storage.database import Database


class SettingsPage(QWidget):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(database.profile.name))

    def refresh(self) -> None:
        pass
