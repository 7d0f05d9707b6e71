#!/usr/bin/env python3
"""Check a built bundle: start it as an officer would, on a temporary database, and
hold it to its budget.

    python scripts/bundle_check.py [dist/gbv-desktop] [--json FILE]

What it checks, failing on the first problem:
- the folder: at most MAX_MB megabytes (10^6 bytes) and MAX_FILES files; the
  application's translations, fonts and icon inside; a Qt platform plugin for this
  system and the offscreen one; none of the Qt modules the application does not use;
- the executable (`gbv-desktop-cli.exe` on Windows, else `gbv-desktop`): `--version`,
  then `init` a temporary database (password from GBV_PASSWORD), `demo --years 1`,
  `check` in English, `report` (this year's annual report in every format, each file
  checked), and `smoke` (every page and form, offscreen), each exiting 0 with no line
  on standard error and no warning, error or traceback among the lines it prints;
- and it measures the cold start: from starting the `smoke` process to its
  "ok    show the main window" line (interpreter, Qt, sign-in with the real key
  derivation, the main window built and shown).

Everything runs in a temporary folder: the data folder (and on Linux the settings and
cache folders) point there, so the user's own database is never opened. Only the standard library
is used here, so any Python 3.11 can run it, the bundle's being frozen.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = "gbv-desktop"
MAX_MB = 150.0
MAX_FILES = 300
PASSWORD = "bundle check 1"
TIMEOUT = 300  # seconds, for any one command

# Qt libraries that must not be in the bundle: the application does not use them.
UNWANTED = re.compile(
    r"qt6?(network|qml|quick|opengl|pdf|webengine|multimedia|3d|wayland|eglfs|virtualkeyboard"
    r"|charts|sql|test|designer|uitools|bluetooth|positioning)|libgtk|opengl32sw|d3dcompiler",
    re.IGNORECASE,
)
# A line that reports a problem, in any command's output.
TROUBLE = re.compile(
    r"warn|error|traceback|exception|fail|could not|cannot|qt\.[a-z]|fontconfig|deprecat",
    re.IGNORECASE,
)
SMOKE_LINE = re.compile(r"^(ok  |smoke: \d+ steps, 0 failed, 0 Qt warnings$)")
SHOWN = re.compile(r"^ok\s+show the main window$")


class CheckFailed(Exception):
    pass


@dataclass
class Result:
    bundle: str
    platform: str = sys.platform
    size_mb: float = 0.0
    files: int = 0
    build_seconds: float | None = None
    version_seconds: float = 0.0  # `--version`: the frozen interpreter's start, no Qt
    cold_start_seconds: float = 0.0  # to the main window shown
    signed_in_seconds: float = 0.0  # to the database opened (key derivation included)
    smoke_seconds: float = 0.0
    check_seconds: float = 0.0
    commands: dict[str, float] = field(default_factory=dict)


def project_version() -> str:
    text = (ROOT / "gbv_desktop" / "__init__.py").read_text("utf-8")
    match = re.search(r'^__version__ = "([^"]+)"', text, re.M)
    if not match:
        raise CheckFailed("no __version__ in gbv_desktop/__init__.py")
    return match.group(1)


def executable(bundle: Path) -> Path:
    names = [f"{APP}-cli.exe", f"{APP}.exe"] if os.name == "nt" else [APP]
    for name in names:
        if (bundle / name).is_file():
            return bundle / name
    raise CheckFailed(f"no executable ({' or '.join(names)}) in {bundle}")


def folder_size(bundle: Path) -> tuple[int, int]:
    """Bytes and number of the regular files (symbolic links are not counted twice)."""
    total = count = 0
    for folder, _dirs, files in os.walk(bundle):
        for name in files:
            path = Path(folder, name)
            if path.is_symlink():
                continue
            total += path.stat().st_size
            count += 1
    return total, count


def check_contents(bundle: Path) -> None:
    internal = bundle / "_internal"
    if not internal.is_dir():
        raise CheckFailed(f"{internal} is missing: not a one-folder PyInstaller bundle")
    resources = internal / "resources"
    needed = [
        "translations/gbv_vi.qm",
        "translations/gbv_en.qm",
        "fonts/LiberationSerif-Regular.ttf",
        "fonts/LiberationSerif-Bold.ttf",
        "fonts/LiberationSerif-Italic.ttf",
        "fonts/LiberationSerif-BoldItalic.ttf",
        "fonts/OFL.txt",
        "icons/gbv-desktop.png",
    ]
    missing = [n for n in needed if not (resources / n).is_file()]
    if missing:
        raise CheckFailed(f"resources missing from the bundle: {', '.join(missing)}")
    stray = [p.name for p in resources.rglob("*") if p.suffix in {".ts", ".py"}]
    if stray:
        raise CheckFailed(f"sources in the bundle's resources: {', '.join(stray)}")
    plugins = internal / "PySide6" / "Qt" / "plugins" / "platforms"
    if not plugins.is_dir():  # PySide6 on Windows keeps Qt beside its modules
        plugins = internal / "PySide6" / "plugins" / "platforms"
    names = {p.name for p in plugins.glob("*")} if plugins.is_dir() else set()
    native = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
    for plugin in ("qoffscreen", native):
        if not any(plugin in n for n in names):
            raise CheckFailed(f"Qt platform plugin {plugin} missing from {plugins}")
    unwanted = sorted(
        str(p.relative_to(bundle))
        for p in internal.rglob("*")
        if (p.is_file() or p.is_symlink()) and UNWANTED.search(p.name)
    )
    if unwanted:
        raise CheckFailed("Qt parts the application does not use: " + ", ".join(unwanted))
    dangling = [str(p.relative_to(bundle)) for p in internal.rglob("*") if p.is_symlink()
                and not p.exists()]  # fmt: skip
    if dangling:
        raise CheckFailed("links to files left out: " + ", ".join(dangling))


def environment(home: Path) -> dict[str, str]:
    """This process's environment, with the data folder (and on Linux the settings and
    cache folders) in `home`. On Windows Qt keeps its settings in the registry, which
    these commands only read."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GBV_", "QT_", "PYTHON"))}
    folders = {
        "GBV_DATA_DIR": "data",
        "XDG_CONFIG_HOME": "config",
        "XDG_DATA_HOME": "share",
        "XDG_CACHE_HOME": "cache",
    }
    for name, sub in folders.items():
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / sub)
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700, exist_ok=True)
    if os.name != "nt":
        env["XDG_RUNTIME_DIR"] = str(runtime)  # Qt warns when it has none
    env["GBV_PASSWORD"] = PASSWORD
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def _reader(stream, sink: list[tuple[float, str]]) -> None:
    for line in iter(stream.readline, ""):
        sink.append((time.perf_counter(), line.rstrip("\r\n")))
    stream.close()


def run(
    exe: Path, args: list[str], env: dict[str, str], cwd: Path
) -> tuple[float, list[tuple[float, str]], list[str]]:
    """Run the bundle; (seconds, timed stdout lines relative to start, stderr lines)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(exe), *args],
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )
    out: list[tuple[float, str]] = []
    err: list[tuple[float, str]] = []
    threads = [
        threading.Thread(target=_reader, args=(process.stdout, out), daemon=True),
        threading.Thread(target=_reader, args=(process.stderr, err), daemon=True),
    ]
    for thread in threads:
        thread.start()
    try:
        code = process.wait(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise CheckFailed(
            f"`{exe.name} {' '.join(args)}` still running after {TIMEOUT} s"
        ) from None
    elapsed = time.perf_counter() - started
    for thread in threads:
        thread.join(10)
    timed = [(t - started, line) for t, line in out]
    errors = [line for _t, line in err if line.strip()]
    shown = "\n".join(line for _t, line in timed[-40:]) + "\n" + "\n".join(errors[-40:])
    if code != 0:
        raise CheckFailed(f"`{exe.name} {' '.join(args)}` exited {code}:\n{shown}")
    if errors:
        raise CheckFailed(f"`{exe.name} {' '.join(args)}` wrote to standard error:\n{shown}")
    return elapsed, timed, errors


def check_report(command, db: Path, out: Path) -> None:  # type: ignore[no-untyped-def]
    """The report's files, written by the bundle: PDF (reportlab and the bundled fonts),
    DOCX (python-docx and its templates), XLSX, the JSON package and the email draft."""
    year = time.localtime().tm_year
    args = ["report", "--db", str(db), "--kind", "annual", "--year", str(year)]
    command("report", [*args, "--out", str(out), "--lang", "en"])
    magic = {".pdf": b"%PDF-", ".docx": b"PK\x03\x04", ".xlsx": b"PK\x03\x04", ".json": b"{"}
    found = {p.suffix: p for p in out.iterdir()}
    for suffix, start in {**magic, ".eml": b""}.items():
        path = found.get(suffix)
        if path is None or path.stat().st_size == 0 or not path.read_bytes().startswith(start):
            raise CheckFailed(f"report: no valid {suffix} file in {out}: {sorted(found)}")
    json.loads(found[".json"].read_text("utf-8"))


def check_bundle(bundle: Path, build_seconds: float | None = None, quiet: bool = False) -> Result:
    bundle = bundle.resolve()
    seconds = round(build_seconds, 1) if build_seconds is not None else None
    result = Result(bundle=str(bundle), build_seconds=seconds)

    def say(text: str) -> None:
        if not quiet:
            print(text, flush=True)

    size, files = folder_size(bundle)
    result.size_mb, result.files = round(size / 1e6, 1), files
    say(f"bundle: {bundle} ({result.size_mb} MB in {files} files)")
    if size > MAX_MB * 1e6:
        raise CheckFailed(f"the bundle takes {result.size_mb} MB, over the budget of {MAX_MB} MB")
    if files > MAX_FILES:
        raise CheckFailed(f"the bundle has {files} files, over the budget of {MAX_FILES}")
    check_contents(bundle)
    exe = executable(bundle)

    with tempfile.TemporaryDirectory(prefix="gbv-bundle-check-") as tmp:
        home = Path(tmp)
        env = environment(home)
        db = home / "data" / "ward.db"

        def command(name: str, args: list[str]) -> list[tuple[float, str]]:
            seconds, lines, _ = run(exe, args, env, home)
            result.commands[name] = round(seconds, 2)
            troubled = [line for _t, line in lines if TROUBLE.search(line)]
            if name == "help":  # describes commands: "report any error or warning"
                troubled = []
            elif name == "smoke":
                troubled = [line for _t, line in lines if not SMOKE_LINE.match(line)]
            if troubled:
                raise CheckFailed(f"`{name}` reported problems:\n" + "\n".join(troubled[:40]))
            say(f"  {name}: {seconds:.2f} s, exit 0, {len(lines)} lines, nothing on stderr")
            return lines

        lines = command("version", ["--version"])
        result.version_seconds = result.commands["version"]
        expected = f"{APP} {project_version()}"
        if [line for _t, line in lines] != [expected]:
            raise CheckFailed(f"--version printed {lines!r}, expected {expected!r}")
        init = ["init", "--db", str(db), "--unit-name", "Phường Tân Lợi", "--unit-code"]
        lines = command("init", [*init, "24133", "--level", "ward"])
        if not any(re.fullmatch(r"\s+[A-Z2-7]{4}(-[A-Z2-7]{4}){7}", line) for _t, line in lines):
            raise CheckFailed("init printed no recovery key")
        command("demo", ["demo", "--db", str(db), "--years", "1"])
        lines = command("check", ["check", "--db", str(db), "--lang", "en"])
        if not any("Integrity and encryption checks: passed." in line for _t, line in lines):
            raise CheckFailed("check did not report its checks passed (in English)")
        result.check_seconds = result.commands["check"]
        lines = command("help", ["--help"])
        if any(re.search(r"\{[a-z,]*\breport\b", line) for _t, line in lines):
            check_report(command, db, home / "report")
        else:
            say("  report: this version's command line has no report command; not run")
        lines = command("smoke", ["smoke", "--db", str(db)])
        result.smoke_seconds = result.commands["smoke"]
        if not lines or not lines[-1][1].startswith("smoke: "):
            raise CheckFailed("smoke did not print its summary line")
        shown = [t for t, line in lines if SHOWN.match(line)]
        if not shown:
            raise CheckFailed("smoke never printed 'ok    show the main window'")
        result.cold_start_seconds = round(shown[0], 2)
        result.signed_in_seconds = round(lines[0][0], 2)
    say(
        f"cold start to the main window: {result.cold_start_seconds:.2f} s "
        f"(database open after {result.signed_in_seconds:.2f} s; "
        f"--version alone {result.version_seconds:.2f} s)"
    )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", nargs="?", type=Path, default=ROOT / "dist" / APP)
    parser.add_argument("--json", type=Path, help="also write the measures to this file")
    parser.add_argument("--build-seconds", type=float, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        result = check_bundle(args.bundle, args.build_seconds)
    except CheckFailed as exc:
        print(f"bundle check FAILED: {exc}", file=sys.stderr)
        return 1
    if args.json:
        args.json.write_text(json.dumps(asdict(result), indent=2) + "\n", encoding="utf-8")
    print("bundle check passed: " + json.dumps(asdict(result)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
