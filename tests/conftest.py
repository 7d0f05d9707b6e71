"""Shared fixtures: every test gets fresh temporary databases, never the user's files."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt settings (language, last account, sign-in delays) go to a throw-away folder, never
# the developer's own; set before anything reads QSettings.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="gbv-test-config-")

import pytest

from gbv_desktop.domain.profile import default_profile
from gbv_desktop.storage import keys
from gbv_desktop.storage.database import Database

PASSWORD = "correct horse 1"
# Key derivation at the real cost takes half a second; tests use a cheap one, and
# tests/storage/test_keys.py checks the real cost separately.
FAST_KDF = keys.ScryptParams(n=2**10, r=8, p=1)


@pytest.fixture(autouse=True)
def _fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(keys, "DEFAULT_KDF", FAST_KDF)


@pytest.fixture(autouse=True)
def _no_user_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point the user's data folder at a temporary one, so no test touches real files."""
    home = tmp_path_factory.mktemp("data-home")
    monkeypatch.setenv("GBV_DATA_DIR", str(home))


@pytest.fixture
def make_db(tmp_path: Path) -> Callable[..., Database]:
    opened: list[Database] = []

    def make(name: str = "unit.db", level: str = "ward", code: str = "24133") -> Database:
        db, recovery = Database.create(
            tmp_path / name, default_profile("Tân Lợi", code, level), "admin", PASSWORD
        )
        db.recovery_key_for_tests = recovery  # type: ignore[attr-defined]
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()


@pytest.fixture
def db(make_db: Callable[..., Database]) -> Database:
    return make_db()


@pytest.fixture(autouse=True)
def _restore_language() -> None:
    """A test that changes the UI language (or Qt's default locale) gets it put back."""
    from PySide6.QtCore import QLocale

    from gbv_desktop import i18n

    previous, locale = i18n._language, QLocale()
    yield
    if i18n._language != previous:
        i18n.uninstall()
        if previous is not None:
            from PySide6.QtCore import QCoreApplication

            i18n.install(previous, QCoreApplication.instance())
    QLocale.setDefault(locale)


@pytest.fixture
def ui_language() -> Callable[[str], str]:
    """Install a UI language for one test (needs a QApplication), restored afterwards."""
    from gbv_desktop import i18n

    previous = i18n._language

    def install(lang: str) -> str:
        from PySide6.QtWidgets import QApplication

        return i18n.install(lang, QApplication.instance())

    yield install
    i18n.uninstall()
    if previous is not None:
        install(previous)


CITY_END = date(2025, 12, 31)


@pytest.fixture(scope="session")
def city_db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A city-sized database (100,000 demo records over five years), built once per run.

    Shared by every test that needs a city's scale: open it read-only in spirit (with
    `open_city_db`), or copy the files first (`copy_database`) to change anything.
    """
    from gbv_desktop.domain import demo
    from gbv_desktop.storage.records import RecordStore

    path = tmp_path_factory.mktemp("city") / "city.db"
    saved = keys.DEFAULT_KDF
    keys.DEFAULT_KDF = FAST_KDF
    try:
        database, _ = Database.create(
            path, default_profile("Buôn Ma Thuột", "66", "city"), "admin", PASSWORD
        )
        with database:
            records = list(demo.generate(seed=1, records=100_000, end=CITY_END))
            RecordStore(database).save_many(records, today=CITY_END)
    finally:
        keys.DEFAULT_KDF = saved
    return path


def copy_database(source: Path, target: Path) -> Path:
    """Copy a closed database with its key file (and any -wal) to `target`."""
    import shutil

    for suffix in ("", "-wal", ".keys"):
        src = Path(str(source) + suffix)
        if src.exists():
            shutil.copyfile(src, Path(str(target) + suffix))
    return target
