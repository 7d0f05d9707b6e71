"""`gbv-desktop report`: the report's files from the command line, in process."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from gbv_desktop import cli
from gbv_desktop.domain import demo
from gbv_desktop.reports.history import list_reports
from gbv_desktop.reports.package import read_package
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.records import RecordStore
from tests.conftest import PASSWORD

END = date(2025, 5, 14)


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GBV_PASSWORD", PASSWORD)
    monkeypatch.delenv("GBV_USER", raising=False)


@pytest.fixture
def ward(db: Database) -> Path:
    RecordStore(db).save_many(demo.generate(seed=7, years=1, end=END), today=END)
    return db.path


def run(*args: str) -> int:
    return cli.main(list(args))


def test_a_six_month_report_with_every_file(ward: Path, tmp_path: Path, env, capsys) -> None:
    out = tmp_path / "bao-cao" / "2025"  # created when missing
    code = run(
        "--lang", "en", "--db", str(ward), "report", "--kind", "half_year", "--year", "2025",
        "--out", str(out), "--number", "12/BC-UBND", "--email-to", "city@example.vn",
    )  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    names = sorted(p.name for p in out.iterdir())
    stem = "BaoCao_6thang_2025_PhuongTanLoi"
    assert names == sorted(f"{stem}.{e}" for e in ("pdf", "docx", "xlsx", "json", "eml"))
    assert "Report written to" in captured.out
    for name in names:
        assert str(out / name) in captured.out
    package = read_package(out / f"{stem}.json")
    assert package["report"]["number"] == "12/BC-UBND"
    assert (package["report"]["period_start"], package["report"]["period_end"]) == (
        "2024-12-15",
        "2025-05-14",
    )
    with Database.open(ward, "admin", PASSWORD) as db:
        assert [e.kind for e in list_reports(db)] == ["half_year"]


def test_chosen_dates_formats_and_masking(ward: Path, tmp_path: Path, env, capsys) -> None:
    out = tmp_path / "out"
    code = run(
        "--db", str(ward), "report", "--kind", "ad_hoc", "--year", "2025",
        "--from", "01/01/2025", "--to", "31/03/2025", "--out", str(out),
        "--formats", "json,xlsx", "--masked",
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    stem = "BaoCao_DotXuat_20250101-20250331_PhuongTanLoi_BanChe"
    assert sorted(p.name for p in out.iterdir()) == [f"{stem}.json", f"{stem}.xlsx"]
    package = read_package(out / f"{stem}.json")
    assert package["masked"] is True
    assert package["report"]["kind"] == "ad_hoc"
    assert package["report"]["period_end"] == "2025-03-31"


def test_bad_input_is_one_clear_line(ward: Path, tmp_path: Path, env, capsys) -> None:
    base = ["--lang", "en", "--db", str(ward), "report", "--year", "2025", "--out"]
    assert run(*base, str(tmp_path / "a"), "--kind", "annual", "--from", "2025-01-01") == 1
    assert "not a date in the form DD/MM/YYYY" in capsys.readouterr().err
    assert run(*base, str(tmp_path / "b"), "--kind", "annual", "--formats", "pdf,odt") == 1
    assert 'Unknown file type "odt"' in capsys.readouterr().err
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert run(*base, str(blocker / "sub"), "--kind", "annual", "--formats", "json") == 1
    err = capsys.readouterr().err
    assert str(blocker / "sub") in err and err.count("\n") == 1
    assert run(*base, str(tmp_path / "c"), "--kind", "annual", "--from", "01/05/2025",
               "--to", "01/01/2025") == 1  # fmt: skip
    assert "end date is before the start date" in capsys.readouterr().err
    with Database.open(ward, "admin", PASSWORD) as db:
        assert list_reports(db) == []


def test_an_unknown_kind_is_a_usage_error(ward: Path, tmp_path: Path, env) -> None:
    with pytest.raises(SystemExit) as info:
        run("--db", str(ward), "report", "--kind", "monthly", "--year", "2025", "--out", "x")
    assert info.value.code == 2
