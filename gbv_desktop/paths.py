"""Where the application keeps its files by default (no Qt)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "gbv-desktop"


def data_dir() -> Path:
    """The user's data folder; `GBV_DATA_DIR` overrides it (tests, portable installs)."""
    override = os.environ.get("GBV_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP, appauthor=False))


def default_db() -> Path:
    return data_dir() / "gbv.db"
