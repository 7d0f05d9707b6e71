"""Translations: every string in the code is translated, placeholders survive, and the
shipped .qm files are the compiled .ts files (Electrum's tests/test_i18n.py)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import importlib.util
import json
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from gbv_desktop import i18n
from gbv_desktop.domain.messages import KnownError, Message
from gbv_desktop.resources import resource_path

ROOT = Path(__file__).resolve().parent.parent
FIX = (
    "Run `python scripts/translations.py update`, then `python scripts/translations.py "
    "missing -o vi.json`, translate the empty values and run "
    "`python scripts/translations.py fill vi.json` (see docs/translations.md)."
)


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gbv_translations_tool", ROOT / "scripts" / "translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while defining
    spec.loader.exec_module(module)
    return module


tool = _load_tool()
LANGS = tuple(tool.LANGUAGES)


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(path)
    return [(ctx, tool.source_of(m), m) for ctx, m in tool.messages(tree)]


def _text(message: ET.Element) -> str:
    return tool.translation_of(message).text or ""


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f is not None}


# --- the .ts files ----------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_finished(lang: str) -> None:
    path = tool.ts_path(lang)
    found = _messages(path)
    assert found, f"{path.name} has no messages"
    bad = [
        f"[{ctx}] {src!r}"
        for ctx, src, m in found
        if m.find("translation") is None
        or m.find("translation").get("type") is not None  # type: ignore[union-attr]
        or not _text(m).strip()
    ]
    assert not bad, f"Unfinished or empty in {path.name}:\n" + "\n".join(bad) + "\n" + FIX


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_survive_translation(lang: str) -> None:
    bad = []
    for ctx, src, m in _messages(tool.ts_path(lang)):
        if not tool.is_finished(m):
            continue  # reported by test_every_message_is_finished; not shipped
        text = _text(m)
        try:
            same = _fields(src) == _fields(text)
        except ValueError:  # unbalanced braces: str.format would raise at run time
            same = False
        if not same:
            bad.append(f"[{ctx}] {src!r} -> {text!r}")
    assert not bad, "Placeholders differ between source and translation:\n" + "\n".join(bad)


@pytest.mark.parametrize("lang", LANGS)
def test_ts_file_header_and_languages(lang: str) -> None:
    path = tool.ts_path(lang)
    assert path.read_text(encoding="utf-8").startswith(tool.HEADER)
    root = ET.parse(path).getroot()
    assert root.get("language") == tool.LANGUAGES[lang]
    assert root.get("sourcelanguage") == "en_US"


def test_english_translation_is_the_source() -> None:
    differ = [src for _, src, m in _messages(tool.ts_path("en")) if _text(m) != src]
    assert not differ, f"English differs from the English source: {differ}"


@pytest.mark.parametrize("lang", LANGS)
def test_qm_files_are_compiled_from_the_ts_files(lang: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"gbv_{lang}.qm"
    tool.lrelease(tool.ts_path(lang), fresh)
    shipped = tool.qm_path(lang)
    assert shipped.read_bytes() == fresh.read_bytes(), (
        f"{shipped.name} is not what pyside6-lrelease makes from {tool.ts_path(lang).name}: "
        "run `python scripts/translations.py compile`."
    )


def test_every_string_in_the_code_is_translated(tmp_path: Path) -> None:
    copies = []
    for lang in LANGS:
        copy = tmp_path / tool.ts_path(lang).name
        shutil.copyfile(tool.ts_path(lang), copy)
        copies.append(copy)
    found = tool.lupdate(copies)
    lost = [f.where() for f in found if f.context is None]
    assert not lost, (
        "QT_TRANSLATE_NOOP with arguments that are neither string literals nor module-level "
        "string constants cannot be extracted: " + ", ".join(lost)
    )
    missing = [
        f"  {copy.name}: [{ctx}] {src!r}"
        for copy in copies
        for ctx, src, m in _messages(copy)
        if not tool.is_finished(m)
    ]
    assert not missing, (
        "These strings in the code have no finished translation:\n"
        + "\n".join(missing)
        + "\n"
        + FIX
    )


# --- the tool ---------------------------------------------------------------------------


def test_placeholder_check() -> None:
    assert tool.placeholder_problem("At {n} of {total}.", "{total}: {n}.") is None
    assert tool.placeholder_problem("{n} left", "{n}, {n} left") is None
    assert "{count}" in tool.placeholder_problem("{n} left", "{count} left")
    assert "none" in tool.placeholder_problem("{n} left", "left")
    assert "braces" in tool.placeholder_problem("{n} left", "{n left")


@pytest.fixture
def ts_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for lang in LANGS:
        shutil.copyfile(tool.ts_path(lang), tmp_path / tool.ts_path(lang).name)
    monkeypatch.setattr(tool, "TS_DIR", tmp_path)
    return tmp_path


def test_fill_refuses_changed_placeholders(
    ts_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vi = tool.ts_path("vi")
    before = vi.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"Validation": {"The date {value} is in the future.": "Ngày {ngay}."}}),
        encoding="utf-8",
    )
    assert tool.main(["fill", str(bad)]) == 1
    assert "{ngay}" in capsys.readouterr().err
    assert vi.read_bytes() == before


def test_fill_applies_and_compiles(ts_copy: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    source = "The date {value} is in the future."
    good.write_text(
        json.dumps({"Validation": {source: "Ngày {value} (thử)."}}), encoding="utf-8-sig"
    )
    assert tool.main(["fill", str(good)]) == 0
    texts = {src: _text(m) for _, src, m in _messages(tool.ts_path("vi"))}
    assert texts[source] == "Ngày {value} (thử)."
    translator = QTranslator()
    assert translator.load(str(tool.qm_path("vi")))
    assert translator.translate("Validation", source) == "Ngày {value} (thử)."


def test_constants_as_context_are_extracted(tmp_path: Path) -> None:
    code = tmp_path / "strings.py"
    code.write_text(
        '_C = "Validation"\n'
        'A = QT_TRANSLATE_NOOP(_C, "From a constant.")\n'
        'B = QT_TRANSLATE_NOOP("Validation", "Read by lupdate.")\n'
        "C = QT_TRANSLATE_NOOP(_C, some_call())\n"
        "D = QCoreApplication.translate(context, text)\n",
        encoding="utf-8",
    )
    found = [(f.line, f.context, f.text) for f in tool.unreadable_calls([code])]
    assert found == [(2, "Validation", "From a constant."), (4, None, None)]


# --- the runtime ------------------------------------------------------------------------


@pytest.fixture
def app(qapp: QCoreApplication) -> Iterator[QCoreApplication]:
    yield qapp
    i18n.install("en", qapp)  # English translations are the source texts: neutral


def test_install_vietnamese_and_english(app: QCoreApplication) -> None:
    assert i18n.install("vi", app) == "vi"
    assert i18n.language() == "vi"
    assert i18n.translate("Validation", "This field is required.") == "Trường này là bắt buộc."
    assert i18n.install("en", app) == "en"
    assert i18n.language() == "en"
    assert i18n.translate("Validation", "This field is required.") == "This field is required."


@pytest.mark.parametrize(
    ("asked", "got"), [("vi_VN", "vi"), ("en-US", "en"), ("EN", "en"), ("fr", "vi"), ("", "vi")]
)
def test_language_codes(app: QCoreApplication, asked: str, got: str) -> None:
    assert i18n.install(asked, app) == got


def test_messages_render_with_params(app: QCoreApplication) -> None:
    message = Message(
        "Validation",
        "Women ({female}) and men ({male}) add up to more than the total ({total}).",
        {"female": 3, "male": 4, "total": 5},
    )
    i18n.install("vi", app)
    assert i18n.render(message) == "Số nữ (3) cộng số nam (4) lớn hơn tổng số (5)."
    assert i18n.render(KnownError(message)) == i18n.render(message)
    i18n.install("en", app)
    assert i18n.render(message) == "Women (3) and men (4) add up to more than the total (5)."


def test_install_replaces_the_previous_translator(app: QCoreApplication) -> None:
    i18n.install("vi", app)
    i18n.install("en", app)
    i18n.install("vi", app)
    assert i18n.translate("Validation", "Must not be negative.") == "Không được là số âm."


# --- resources --------------------------------------------------------------------------


def test_resource_path_finds_translations() -> None:
    folder = resource_path("translations")
    assert folder == ROOT / "resources" / "translations"
    assert folder.is_dir()
    assert resource_path("translations", "gbv_vi.qm").is_file()


def test_resource_path_missing_is_clear() -> None:
    with pytest.raises(FileNotFoundError, match="no-such-file"):
        resource_path("translations", "no-such-file.qm")


def test_resource_path_in_a_pyinstaller_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("translations") == tmp_path / "resources" / "translations"


def test_i18n_and_resources_stay_off_qtwidgets() -> None:
    code = (
        "import sys, gbv_desktop.i18n, gbv_desktop.resources; "
        "assert 'PySide6.QtWidgets' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True)
