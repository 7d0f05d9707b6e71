"""`gbv-desktop consolidate`: the city office's import and compiled report, in process."""

from __future__ import annotations

from pathlib import Path

import pytest

from gbv_desktop import cli
from gbv_desktop.domain.profile import default_profile
from gbv_desktop.reports import consolidate
from gbv_desktop.reports.package import read_package
from gbv_desktop.storage.database import Database
from tests.conftest import PASSWORD
from tests.reports.test_consolidate import MEMBERS, Packages, build_packages

STEM = "BaoCao_6thang_2025_ThanhPhoBuonMaThuot"


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> Packages:
    return build_packages(tmp_path_factory.mktemp("units"))


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GBV_PASSWORD", PASSWORD)
    monkeypatch.delenv("GBV_USER", raising=False)


@pytest.fixture
def city(tmp_path: Path) -> Path:
    path = tmp_path / "city.db"
    db, _ = Database.create(
        path, default_profile("Buôn Ma Thuột", "643", "city"), "admin", PASSWORD
    )
    with db:
        for unit in MEMBERS:
            consolidate.add_member_unit(db, unit.name, unit.code, unit.level)
    return path


def run(*args: str) -> int:
    return cli.main(list(args))


def test_import_a_folder_and_write_the_compiled_report(
    city: Path,
    packages: Packages,
    tmp_path: Path,
    env,
    capsys,
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    for source in (*packages.half.values(), packages.masked, packages.outsider):
        (folder / source.name).write_bytes(source.read_bytes())
    out = tmp_path / "out"
    code = run(
        "--lang", "en", "--db", str(city), "consolidate", str(folder), "--kind", "half_year",
        "--year", "2025", "--out", str(out), "--number", "05/BC-UBND",
    )  # fmt: skip
    captured = capsys.readouterr()
    assert code == 0, captured.err
    lines = captured.out.splitlines()
    for source in packages.half.values():
        assert any(line.startswith(f"  imported {folder / source.name} (") for line in lines)
    assert any("masked.json: it is a masked copy" in line for line in lines)
    assert any("outsider.json: it comes from Xã Hòa Bình (code 24999)" in line for line in lines)
    assert "3 package(s) imported, 2 not imported" in captured.out
    assert "Reports received from 3 of 3 member units." in captured.out
    assert "Compiled report written to" in captured.out
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"{STEM}.{e}" for e in ("pdf", "docx", "xlsx", "json", "eml"))
    package = read_package(out / f"{STEM}.json")
    assert package["unit"]["level"] == "city" and package["report"]["number"] == "05/BC-UBND"
    assert package["values"]["cases.count"] == sum(
        read_package(p)["values"]["cases.count"] for p in packages.half.values()
    )


def test_replacing_and_the_units_missing(
    city: Path,
    packages: Packages,
    tmp_path: Path,
    env,
    capsys,
) -> None:
    base = ["--lang", "en", "--db", str(city), "consolidate", "--kind", "half_year", "--year",
            "2025", "--formats", "json"]  # fmt: skip
    assert run(*base, str(packages.half["24121"]), "--out", str(tmp_path / "a")) == 0
    out = capsys.readouterr().out
    assert "Reports received from 1 of 3 member units." in out
    assert "Not received yet: Xã Ea Tu, Phường Tân Lợi" in out

    # No terminal to ask: the newer package waits, the older one stays.
    assert run(*base, str(packages.newer), "--out", str(tmp_path / "b")) == 0
    assert "run again with --replace yes" in capsys.readouterr().out
    assert run(*base, str(packages.newer), "--replace", "no", "--out", str(tmp_path / "c")) == 0
    assert "you chose to keep the package received on" in capsys.readouterr().out
    assert run(*base, str(packages.newer), "--replace", "yes", "--out", str(tmp_path / "d")) == 0
    assert "replaced by" in capsys.readouterr().out
    package = read_package(next((tmp_path / "d").iterdir()))
    assert package["values"]["units.reported"] == 1
    with Database.open(city, "admin", PASSWORD) as db:
        kept = consolidate.received_packages(db, "half_year", consolidate.expected_period(
            db, "half_year", 2025))  # fmt: skip
        assert [p.number for p in kept] == ["", "07/BC-UBND"]


def test_clear_errors(city: Path, tmp_path: Path, env, capsys) -> None:
    base = ["--lang", "en", "--db", str(city), "consolidate", "--year", "2025", "--out",
            str(tmp_path / "out")]  # fmt: skip
    assert run(*base, "--kind", "half_year") == 1
    err = capsys.readouterr().err
    assert "No member unit's package has been received" in err and err.count("\n") == 1
    assert run(*base, "--kind", "ad_hoc", "--from", "01/01/2025") == 1
    assert "give its first and last day" in capsys.readouterr().err
    assert run(*base, "--kind", "annual", "--due", "2025-12-15") == 1
    assert "not a date in the form DD/MM/YYYY" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()

    empty = tmp_path / "empty.db"
    Database.create(empty, default_profile("Buôn Ma Thuột", "643", "city"), "admin", PASSWORD)[
        0
    ].close()
    assert run("--lang", "en", "--db", str(empty), "consolidate", "--kind", "annual", "--year",
               "2025", "--out", str(tmp_path / "x")) == 1  # fmt: skip
    assert "no member units yet" in capsys.readouterr().err
