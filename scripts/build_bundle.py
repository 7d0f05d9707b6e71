#!/usr/bin/env python3
"""Build the one-folder application bundle with PyInstaller, from `build.spec`.

    python scripts/build_bundle.py                 # dist/gbv-desktop/, then check it
    python scripts/build_bundle.py --no-check      # build only
    python scripts/build_bundle.py --dist D --work W
    python scripts/build_bundle.py --archive       # and pack it into one file to hand out
    python scripts/build_bundle.py --no-build --archive   # check and pack dist/ as it is
    python scripts/build_bundle.py --draw-icon     # redraw resources/icons/ (no build)

PyInstaller runs from the project's virtualenv (`.venv`, made by `python3 dev.py setup`,
whose `dev` extra includes PyInstaller), whichever Python runs this script; without a
`.venv`, from this Python (which then needs `pip install -e .[build]`). A bundle is built
for the system it is built on: build the Windows bundle on Windows (docs/windows.md).
After building, `scripts/bundle_check.py` starts the bundle on a temporary database and
checks the size budget (unless `--no-check`). Only the standard library is used here,
except Pillow for `--draw-icon`.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "build.spec"
APP = "gbv-desktop"
ICONS = ROOT / "resources" / "icons"


def venv_python() -> Path:
    """The project's virtualenv Python, else the one running this script."""
    scripts = ROOT / ".venv" / ("Scripts" if os.name == "nt" else "bin")
    candidate = scripts / ("python.exe" if os.name == "nt" else "python")
    return candidate if candidate.exists() else Path(sys.executable)


def build(dist: Path, work: Path, python: Path | None = None, quiet: bool = False) -> float:
    """Build `dist/gbv-desktop/` (replacing an earlier one); the seconds it took.

    Raises RuntimeError with PyInstaller's output when the build fails."""
    python = python or venv_python()
    dist.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    command = [
        str(python),
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    # PyInstaller's cache of processed (stripped) libraries, per work folder: two builds
    # running at once (two test runs on one machine) must not share it.
    env = dict(os.environ, PYINSTALLER_CONFIG_DIR=str(work / "pyinstaller-cache"))
    started = time.perf_counter()
    result = subprocess.run(
        command,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    elapsed = time.perf_counter() - started
    log = work / "pyinstaller.log"
    log.write_text(result.stdout + result.stderr, encoding="utf-8")
    if result.returncode != 0 or not (dist / APP).is_dir():
        raise RuntimeError(
            f"PyInstaller failed (exit {result.returncode}); its output, also in {log}:\n"
            + (result.stdout + result.stderr)[-6000:]
        )
    if not quiet:
        print(f"built {dist / APP} in {elapsed:.1f} s (PyInstaller's output: {log})", flush=True)
    return elapsed


def archive(bundle: Path, version: str | None = None) -> Path:
    """One file to hand out, made from the bundle folder as built and checked: a .zip on
    Windows, a .tar.gz elsewhere (it keeps the folder's symbolic links, which a zip would
    turn into copies). Named after the version, system and processor; a `.sha256` file
    beside it holds its checksum, to check a copy received by email or USB stick."""
    import hashlib
    import platform
    import tarfile
    import zipfile

    version = version or project_version()
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    machine = platform.machine().lower().replace("amd64", "x64").replace("x86_64", "x64")
    stem = f"{APP}-{version}-{system}-{machine}"
    if sys.platform == "win32":
        out = bundle.parent / f"{stem}.zip"
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for path in sorted(bundle.rglob("*")):
                if path.is_file():
                    zf.write(path, Path(APP) / path.relative_to(bundle))
    else:
        out = bundle.parent / f"{stem}.tar.gz"
        with tarfile.open(out, "w:gz", compresslevel=6) as tf:
            tf.add(bundle, arcname=APP)
    digest = hashlib.sha256()
    with out.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    (out.parent / f"{out.name}.sha256").write_text(f"{digest.hexdigest()}  {out.name}\n")
    return out


def project_version() -> str:
    text = (ROOT / "gbv_desktop" / "__init__.py").read_text("utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not match:
        raise RuntimeError("no __version__ in gbv_desktop/__init__.py")
    return match.group(1)


# -- the application icon ------------------------------------------------------------------

PURPLE = (81, 45, 109, 255)  # the colour of campaigns against violence towards women
ORANGE = (242, 140, 40, 255)  # the UN's "Orange the World" campaign
WHITE = (255, 255, 255, 255)
ICO_SIZES = [(16, 16), (20, 20), (24, 24), (32, 32), (40, 40), (48, 48), (64, 64), (128, 128), (256, 256)]  # fmt: skip


def draw_icon(size: int = 1024):  # -> PIL.Image.Image
    """A safe house (a trusted address) with a heart, white on purple: drawn here, so the
    project owns its artwork. Drawn large and scaled down for each size."""
    import math

    from PIL import Image, ImageDraw

    s = size / 1024
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((40 * s, 40 * s, 984 * s, 984 * s), radius=200 * s, fill=PURPLE)
    draw.polygon([(512 * s, 190 * s), (860 * s, 500 * s), (164 * s, 500 * s)], fill=WHITE)
    draw.rectangle((250 * s, 470 * s, 774 * s, 830 * s), fill=WHITE)
    cx, cy, r = 512 * s, 650 * s, 150 * s
    heart = []
    for i in range(240):
        t = 2 * math.pi * i / 240
        x = 16 * math.sin(t) ** 3
        y = 13 * math.cos(t) - 5 * math.cos(2 * t) - 2 * math.cos(3 * t) - math.cos(4 * t)
        heart.append((cx + x * r / 16, cy - y * r / 16 - 10 * s))
    draw.polygon(heart, fill=ORANGE)
    return image


def write_icons(folder: Path = ICONS) -> list[Path]:
    """resources/icons/: gbv-desktop.png (256 px, the window's icon), gbv-desktop-512.png
    (Linux desktops, macOS) and gbv-desktop.ico (Windows: every size from 16 to 256 px)."""
    from PIL import Image

    folder.mkdir(parents=True, exist_ok=True)
    big = draw_icon(1024)
    written = []
    for name, px in (("gbv-desktop.png", 256), ("gbv-desktop-512.png", 512)):
        path = folder / name
        big.resize((px, px), Image.Resampling.LANCZOS).save(path, optimize=True)
        written.append(path)
    ico = folder / "gbv-desktop.ico"
    big.resize((256, 256), Image.Resampling.LANCZOS).save(ico, sizes=ICO_SIZES)
    written.append(ico)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="default: dist/")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="default: build/")
    parser.add_argument("--no-check", action="store_true", help="do not run bundle_check")
    parser.add_argument(
        "--no-build", action="store_true", help="check (and pack) the folder already built"
    )
    parser.add_argument(
        "--archive",
        action="store_true",
        help="after a passed check, pack the folder into one .zip (Windows) or .tar.gz file",
    )
    parser.add_argument("--draw-icon", action="store_true", help="only redraw the icons")
    args = parser.parse_args(argv)
    if args.draw_icon:
        for path in write_icons():
            print(f"wrote {path.relative_to(ROOT)} ({path.stat().st_size} bytes)")
        return 0
    if shutil.which("ldd") is None and sys.platform.startswith("linux"):
        print("warning: ldd not found; PyInstaller needs it on Linux", file=sys.stderr)
    seconds = None
    if not args.no_build:
        try:
            seconds = build(args.dist, args.work)
        except RuntimeError as exc:
            print(exc, file=sys.stderr)
            return 1
    if not args.no_check:
        sys.path.insert(0, str(ROOT / "scripts"))
        import bundle_check

        timing = ["--build-seconds", f"{seconds:.1f}"] if seconds is not None else []
        code = bundle_check.main([str(args.dist / APP), *timing])
        if code != 0:
            return code
    if args.archive:
        out = archive(args.dist / APP)
        print(f"archive: {out} ({out.stat().st_size / 1e6:.1f} MB), checksum in {out.name}.sha256")
    return 0


if __name__ == "__main__":
    sys.exit(main())
