"""The installable application: build the PyInstaller bundle from build.spec on this
machine, start it on a temporary database (init, demo, check, report, the offscreen
smoke run of every page and form), and hold it to its size budget.

About 30 s on the CI machine, 20 s of them PyInstaller's; scripts/bundle_check.py says
what is checked. The build (300 MB with PyInstaller's cache) is removed afterwards.
`python3 dev.py test tests/bundle -s` shows the measures.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import asdict
from pathlib import Path
from typing import Any, ClassVar

import pytest

from scripts import build_bundle, bundle_check

pytestmark = pytest.mark.slow


def test_the_bundle_builds_starts_cleanly_and_keeps_to_its_budget(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "work"
    try:
        build_seconds = build_bundle.build(dist, work, quiet=True)
        result = bundle_check.check_bundle(dist / "gbv-desktop", build_seconds, quiet=True)
    except bundle_check.CheckFailed as exc:
        pytest.fail(f"bundle check failed: {exc}")
    finally:  # 300 MB: not kept with pytest's last temporary folders
        shutil.rmtree(dist, ignore_errors=True)
        shutil.rmtree(work, ignore_errors=True)

    print("bundle measures: " + json.dumps(asdict(result)))
    assert result.size_mb <= bundle_check.MAX_MB
    assert result.files <= bundle_check.MAX_FILES
    assert 0 < result.signed_in_seconds < result.cold_start_seconds
    assert {"version", "init", "demo", "check", "smoke"} <= set(result.commands)


class _Fake:
    """Stands for PyInstaller's Analysis, PYZ, EXE and COLLECT in a dry run of the spec."""

    made: ClassVar[list[tuple[str, dict[str, Any]]]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args, self.kwargs = args, kwargs
        self.made.append((type(self).__name__, kwargs))


# What PyInstaller's Qt hooks collect, with PySide6's layouts on Linux and on Windows.
COLLECTED = [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
    ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
    ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
    ("PySide6/Qt/plugins/generic/libqtuiotouchplugin.so", False),
    ("PySide6/Qt/plugins/imageformats/libqico.so", True),
    ("PySide6/Qt/plugins/imageformats/libqtiff.so", False),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/plugins/platforms/qwindows.dll", True),
    ("PySide6/plugins/platforms/qoffscreen.dll", True),
    ("PySide6/plugins/platforms/qdirect2d.dll", False),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
    ("PySide6/plugins/tls/qschannelbackend.dll", False),
    ("PySide6/plugins/imageformats/qjpeg.dll", False),
    ("PySide6/Qt6Widgets.dll", True),
]
QT_TRANSLATIONS = [
    ("PySide6/Qt/translations/qtbase_en.qm", True),
    ("PySide6/Qt/translations/qtbase_de.qm", False),
    ("PySide6/translations/qtbase_vi.qm", True),
    ("PySide6/translations/qt_help_en.qm", False),
]


def test_the_spec_keeps_only_the_qt_parts_the_application_uses(tmp_path: Path) -> None:
    """A dry run of build.spec's rules on the paths PySide6 uses on Linux and Windows."""
    _Fake.made.clear()
    binaries = [(dest, str(tmp_path / "none"), "BINARY") for dest, _ in COLLECTED]
    datas = [(dest, str(tmp_path / "none"), "DATA") for dest, _ in QT_TRANSLATIONS]
    datas.append(("libqvnc.so", "PySide6/Qt/plugins/platforms/libqvnc.so", "SYMLINK"))
    datas.append(("Qt6Widgets.so", "PySide6/Qt6Widgets.dll", "SYMLINK"))

    class Analysis(_Fake):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            inputs = [
                (f"{folder}/{Path(src).name}", src, "DATA") for src, folder in kwargs["datas"]
            ]
            self.binaries, self.datas = list(binaries), list(datas) + inputs
            self.pure, self.scripts = [], []

    names = {"Analysis": Analysis, "PYZ": _Fake, "EXE": _Fake, "COLLECT": _Fake}
    spec = Path(build_bundle.SPEC)
    namespace: dict[str, Any] = {"SPECPATH": str(spec.parent), **names}
    exec(compile(spec.read_text("utf-8"), str(spec), "exec"), namespace)

    a = namespace["a"]
    kept = {entry[0] for entry in (*a.binaries, *a.datas)}
    for dest, wanted in (*COLLECTED, *QT_TRANSLATIONS):
        assert (dest in kept) == wanted, dest
    assert "libqvnc.so" not in kept and "Qt6Widgets.so" in kept  # links follow targets
    resources = {dest for dest, _src, _kind in a.datas if dest.startswith("resources/")}
    for name in (
        "translations/gbv_vi.qm",
        "fonts/OFL.txt",
        "icons/gbv-desktop.ico",
        "templates/report.docx",
    ):
        assert f"resources/{name}" in resources
    assert not any(src.endswith((".ts", ".py")) for _d, src, _k in a.datas)
    analysis = next(kwargs for kind, kwargs in _Fake.made if kind == "Analysis")
    assert "gbv_desktop.reports.pdf" in analysis["hiddenimports"]  # loaded on demand
    for module in ("PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtPdf"):
        assert module in analysis["excludes"]
    exes = [kwargs for kind, kwargs in _Fake.made if kind == "EXE"]
    assert all(kwargs["upx"] is False for kwargs in exes)


def test_the_archive_packs_the_checked_folder_with_its_checksum(tmp_path: Path) -> None:
    import hashlib
    import tarfile
    import zipfile

    bundle = tmp_path / "gbv-desktop"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "libQt6Core.so.6").write_bytes(b"qt" * 1000)
    (bundle / "gbv-desktop").write_bytes(b"exe")

    out = build_bundle.archive(bundle, "9.8.7")

    assert out.name.startswith("gbv-desktop-9.8.7-") and out.parent == tmp_path
    checksum = (tmp_path / f"{out.name}.sha256").read_text().split()
    assert checksum == [hashlib.sha256(out.read_bytes()).hexdigest(), out.name]
    if out.suffix == ".zip":
        with zipfile.ZipFile(out) as packed:
            names = packed.namelist()
    else:
        with tarfile.open(out) as packed:
            names = packed.getnames()
    assert "gbv-desktop/gbv-desktop" in names
    assert "gbv-desktop/_internal/libQt6Core.so.6" in names
