"""Where the application's fonts, icons and translations are, wherever it runs from.

They live in the repository's top-level `resources/` folder, beside the `gbv_desktop`
package (a source checkout or an editable install), and in `resources/` inside a
PyInstaller bundle (`sys._MEIPASS`). Everything that needs one of these files asks here,
so no other module builds such paths by hand. No Qt here: the command line uses it too.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The `resources/` folder: the bundle's when frozen, else the checkout's."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """The path of `resources/<parts...>`; FileNotFoundError if it is not there."""
    root = resources_root()
    path = root.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(
            f"Resource {'/'.join(parts) or '.'!r} not found: {path} does not exist "
            f"(resources folder: {root}). A source checkout needs the top-level "
            "resources/ folder; a PyInstaller bundle must include it as 'resources'."
        )
    return path
