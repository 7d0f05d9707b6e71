"""The smoke run: every page and form of the window on a demo database, in process and
once through the command line as a real process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import qWarning

from gbv_desktop.domain import demo
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore
from gbv_desktop.ui import smoke
from gbv_desktop.ui.forms.registry import FORMS
from gbv_desktop.ui.smoke import run_smoke
from tests.conftest import PASSWORD

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

PAGES = [
    "home", "activities", "cases", "trainings", "models", "support", "inspections",
    "reports", "settings",
]  # fmt: skip


@pytest.fixture
def demo_db(make_db: Callable[..., Database]) -> Path:
    db = make_db("demo.db")
    RecordStore(db).save_many(demo.generate(seed=3, years=1))
    counts = RecordStore(db).count()
    assert isinstance(counts, dict) and all(counts[kind] > 0 for kind in FORMS)
    db.close()
    return db.path


def test_every_page_and_form_without_errors_or_warnings(
    qapp, demo_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shots = tmp_path / "shots"
    assert run_smoke(demo_db, "admin", PASSWORD, shots, "en", sizes=((1366, 768),)) == 0
    out = capsys.readouterr().out
    assert "0 failed, 0 Qt warnings" in out
    names = sorted(p.name for p in shots.glob("*.png"))
    for number, key in enumerate(PAGES, start=1):
        assert any(
            n.startswith(f"{number:02d}-{key}") and n.endswith("-1366x768.png") for n in names
        ), key
    assert "02-activities-activity-1366x768.png" in names
    assert "02-activities-influencer-1366x768.png" in names
    for kind in FORMS:
        assert f"form-{kind}-1366x768.png" in names
        assert f"form-{kind}-existing-1366x768.png" in names
    assert all((shots / n).read_bytes().startswith(b"\x89PNG") for n in names)


def test_a_qt_warning_or_a_failed_step_makes_it_fail(
    qapp, demo_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(smoke, "_visit_forms", lambda *a: qWarning("something is off"))
    assert run_smoke(demo_db, "admin", PASSWORD, None, "en", sizes=((1366, 768),)) == 1
    out = capsys.readouterr().out
    assert "something is off" in out and "1 Qt warnings" in out

    assert run_smoke(demo_db, "admin", "not the password", None, "en") == 1
    assert "FAIL  open demo.db as admin: WrongPassword" in capsys.readouterr().out


def test_cli_smoke_as_a_real_process(demo_db: Path, tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env.update(GBV_PASSWORD=PASSWORD, XDG_CONFIG_HOME=str(tmp_path / "config"))
    shots = tmp_path / "cli-shots"
    done = subprocess.run(
        [sys.executable, "-m", "gbv_desktop", "--lang", "vi", "--db", str(demo_db),
         "smoke", "--screenshots", str(shots)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "0 failed, 0 Qt warnings" in done.stdout
    assert PASSWORD not in done.stdout + done.stderr
    for size in ("1366x768", "1920x1080"):
        assert (shots / f"01-home-{size}.png").exists()
        assert (shots / f"form-case-existing-{size}.png").exists()
