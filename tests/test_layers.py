"""The layers of PRODUCT.md: nothing below ui/ imports Qt, and layers only call downwards."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "gbv_desktop"
# layer -> packages it must never import
FORBIDDEN = {
    "domain": ("PySide6", "gbv_desktop.storage", "gbv_desktop.reports", "gbv_desktop.ui", "sqlcipher3", "sqlite_utils"),
    "storage": ("PySide6", "gbv_desktop.reports", "gbv_desktop.ui", "gbv_desktop.i18n"),
    "reports": ("PySide6", "gbv_desktop.ui", "gbv_desktop.i18n"),
}  # fmt: skip


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_nothing_above_it(layer: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for name in _imports(path):
            if any(name == f or name.startswith(f + ".") for f in FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_no_widgets_outside_ui() -> None:
    offenders = [
        str(path.relative_to(PACKAGE))
        for path in PACKAGE.rglob("*.py")
        if "ui" not in path.relative_to(PACKAGE).parts[:1]
        and any(
            n.startswith("PySide6.QtWidgets") or n.startswith("PySide6.QtGui")
            for n in _imports(path)
        )
    ]
    assert not offenders, offenders
