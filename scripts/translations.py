#!/usr/bin/env python3
"""Keep resources/translations/ in step with the code's strings.

    python scripts/translations.py update            # extract, fill English, compile
    python scripts/translations.py missing [-o F]    # unfinished Vietnamese, as JSON
    python scripts/translations.py fill F.json       # apply Vietnamese translations
    python scripts/translations.py compile           # .ts -> .qm only

Run it with the project's virtualenv Python: pyside6-lupdate and pyside6-lrelease are
looked up next to `sys.executable`. Source strings are English, so `gbv_en.ts` is filled
with the source texts automatically; `gbv_vi.ts` is translated by hand through `missing`
and `fill`, which refuses a translation whose `{placeholders}` differ from the source's.
Only the standard library is used here.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "gbv_desktop"
TS_DIR = ROOT / "resources" / "translations"
SOURCE_LANGUAGE = "en_US"
LANGUAGES = {"vi": "vi_VN", "en": "en_US"}  # file suffix -> TS `language` attribute
TRANSLATED_BY_HAND = "vi"
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'

# Calls whose (context, text) arguments name a translatable string.
MARKERS = {"QT_TRANSLATE_NOOP"}
LOOKUPS = {"translate"}


class ToolError(Exception):
    """A problem the person running the script can fix; printed without a traceback."""


def shown(path: Path) -> str:
    """`path` relative to the repository when it is inside it, for messages."""
    try:
        return path.relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def ts_path(lang: str) -> Path:
    return TS_DIR / f"gbv_{lang}.ts"


def qm_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or TS_DIR) / f"gbv_{lang}.qm"


# --- Qt tools ---------------------------------------------------------------------------


def tool(name: str) -> str:
    """`pyside6-lupdate` etc. from the Python environment running this script."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    raise ToolError(
        f"{name} not found next to {sys.executable}. Run this script with the project's "
        "virtualenv Python (e.g. .venv/bin/python scripts/translations.py ...)."
    )


def run(args: Sequence[str]) -> None:
    done = subprocess.run(args, cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise ToolError(
            f"{Path(args[0]).name} failed ({done.returncode}):\n{done.stdout}{done.stderr}"
        )


# --- extraction -------------------------------------------------------------------------


def source_files() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


@dataclass(frozen=True)
class Found:
    """A translatable call found in the code by this script rather than by lupdate."""

    path: Path
    line: int
    context: str | None  # None: not a constant the script can work out
    text: str | None

    def where(self) -> str:
        return f"{shown(self.path)}:{self.line}"


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level names bound exactly once to a string literal."""
    values: dict[str, str | None] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name):
                is_str = isinstance(value, ast.Constant) and isinstance(value.value, str)
                text = value.value if is_str else None  # type: ignore[union-attr]
                values[target.id] = text if target.id not in values else None
    return {name: text for name, text in values.items() if text is not None}


def _value(node: ast.expr, constants: dict[str, str]) -> tuple[str | None, bool]:
    """(the string, whether it is a literal lupdate reads itself)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value, True
    if isinstance(node, ast.Name):
        return constants.get(node.id), False
    return None, False


def _callee(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def unreadable_calls(paths: Iterable[Path]) -> Iterator[Found]:
    """Translatable calls pyside6-lupdate skips: its Python parser only reads literals.

    `QT_TRANSLATE_NOOP(_C, "text")` with `_C = "Validation"` at module level is worked
    out here (context and text None when it cannot be); `translate(context, text)` calls
    with arguments that are not constants are pass-throughs and are ignored.
    """
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        constants = _constants(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = _callee(node)
            if name not in MARKERS and name not in LOOKUPS:
                continue
            (context, literal_c), (text, literal_t) = (
                _value(arg, constants) for arg in node.args[:2]
            )
            if literal_c and literal_t:
                continue  # lupdate extracts it
            if context is not None and text is not None:
                yield Found(path, node.lineno, context, text)
            elif name in MARKERS:
                yield Found(path, node.lineno, None, None)


def lupdate(ts_files: Sequence[Path]) -> list[Found]:
    """Merge the code's strings into `ts_files` (created if missing); messages no longer in
    the code are dropped. Returns what lupdate could not read itself (see
    `unreadable_calls`): the resolvable ones are extracted through a generated file."""
    sources = source_files()
    found = list(unreadable_calls(sources))
    with tempfile.TemporaryDirectory(prefix="gbv-lupdate-") as tmp:
        extra = Path(tmp) / "resolved_strings.py"
        lines = sorted(
            {f"QT_TRANSLATE_NOOP({f.context!r}, {f.text!r})\n" for f in found if f.context}
        )
        extra.write_text("".join(lines), encoding="utf-8")
        listing = Path(tmp) / "sources.lst"
        listing.write_text(
            "".join(f"{p}\n" for p in [*sources, extra]),
            encoding="utf-8",
        )
        for ts in ts_files:
            lang = LANGUAGES.get(ts.stem.rpartition("_")[2], SOURCE_LANGUAGE)
            run(
                [
                    tool("pyside6-lupdate"),
                    "-silent",
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-sort-messages",
                    "-source-language",
                    SOURCE_LANGUAGE,
                    "-target-language",
                    lang,
                    f"@{listing}",
                    "-ts",
                    str(ts),
                ]
            )
    return found


def lrelease(ts: Path, qm: Path) -> None:
    run([tool("pyside6-lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)])


# --- .ts files --------------------------------------------------------------------------


def read_ts(path: Path) -> ET.ElementTree[ET.Element]:
    if not path.exists():
        raise ToolError(f"{shown(path)} does not exist: run `update` first.")
    return ET.parse(path)


def _escape(text: str) -> str:
    # The same entities lupdate and Qt Linguist write, so either can rewrite the file
    # without a diff.
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def _serialize(element: ET.Element, depth: int, out: list[str]) -> None:
    pad = "    " * max(depth - 1, 0)  # like lupdate: <context> is not indented under <TS>
    attrs = "".join(f' {k}="{_escape(v)}"' for k, v in element.attrib.items())
    if element.tag == "location":
        out.append(f"{pad}<{element.tag}{attrs}/>\n")
    elif len(element):
        out.append(f"{pad}<{element.tag}{attrs}>\n")
        for child in element:
            _serialize(child, depth + 1, out)
        out.append(f"{pad}</{element.tag}>\n")
    else:
        out.append(f"{pad}<{element.tag}{attrs}>{_escape(element.text or '')}</{element.tag}>\n")


def write_ts(tree: ET.ElementTree[ET.Element], path: Path) -> None:
    out = [HEADER]
    _serialize(tree.getroot(), 0, out)
    path.write_text("".join(out), encoding="utf-8", newline="\n")


def messages(tree: ET.ElementTree[ET.Element]) -> Iterator[tuple[str, ET.Element]]:
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def source_of(message: ET.Element) -> str:
    return message.findtext("source") or ""


def translation_of(message: ET.Element) -> ET.Element:
    found = message.find("translation")
    if found is None:
        found = ET.SubElement(message, "translation")
    return found


def is_finished(message: ET.Element) -> bool:
    translation = translation_of(message)
    if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return False
    forms = translation.findall("numerusform")
    texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
    return all(t.strip() for t in texts)


def set_translation(message: ET.Element, text: str) -> None:
    translation = translation_of(message)
    translation.attrib.pop("type", None)
    forms = translation.findall("numerusform")
    for form in forms:
        form.text = text
    if not forms:
        translation.text = text


def unfinished(tree: ET.ElementTree[ET.Element]) -> dict[str, dict[str, str]]:
    missing: dict[str, dict[str, str]] = {}
    for context, message in messages(tree):
        if not is_finished(message):
            missing.setdefault(context, {})[source_of(message)] = ""
    return missing


def placeholders(text: str) -> set[str]:
    """The `{name}` fields `str.format` fills; ValueError on unbalanced braces."""
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}


def _show(names: set[str]) -> str:
    return ", ".join(f"{{{name}}}" for name in sorted(names)) or "none"


def placeholder_problem(source: str, translation: str) -> str | None:
    try:
        wanted = placeholders(source)
    except ValueError as error:
        return f"the source itself is not a valid format string ({error})"
    try:
        got = placeholders(translation)
    except ValueError as error:
        return f"unbalanced braces ({error}); write a literal brace as {{{{ or }}}}"
    if wanted != got:
        return f"placeholders {_show(got)} but the source has {_show(wanted)}"
    return None


# --- commands ---------------------------------------------------------------------------


def compile_all(folder: Path | None = None) -> None:
    """Compile every .ts to .qm, into `folder` (default: beside the .ts files)."""
    for lang in LANGUAGES:
        lrelease(ts_path(lang), qm_path(lang, folder))


def set_languages(tree: ET.ElementTree[ET.Element], lang: str) -> None:
    root = tree.getroot()
    root.set("language", LANGUAGES[lang])
    root.set("sourcelanguage", SOURCE_LANGUAGE)


def report_unreadable(found: Sequence[Found]) -> int:
    """Print what lupdate could not read; returns how many calls were not extracted."""
    resolved = [f for f in found if f.context is not None]
    lost = [f for f in found if f.context is None]
    if resolved:
        print(
            f"note: {len(resolved)} string(s) have a context or text given by a constant, "
            "which pyside6-lupdate cannot read; this script extracted them itself. "
            'Prefer literals, e.g. QT_TRANSLATE_NOOP("Validation", "..."):',
            file=sys.stderr,
        )
        lines: dict[str, list[str]] = {}
        for f in resolved:
            lines.setdefault(shown(f.path), []).append(str(f.line))
        for path, numbers in lines.items():
            print(f"  {path}: lines {', '.join(numbers)}", file=sys.stderr)
    for f in lost:
        print(
            f"error: {f.where()}: QT_TRANSLATE_NOOP needs string literals (or module-level "
            "string constants); this string is NOT extracted.",
            file=sys.stderr,
        )
    return len(lost)


def cmd_update(_: argparse.Namespace) -> int:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    found = lupdate([ts_path(lang) for lang in LANGUAGES])
    for lang in LANGUAGES:
        tree = read_ts(ts_path(lang))
        set_languages(tree, lang)
        if lang != TRANSLATED_BY_HAND:
            # The source strings are English: they are the English translation.
            for _, message in messages(tree):
                if not is_finished(message):
                    set_translation(message, source_of(message))
        write_ts(tree, ts_path(lang))
    compile_all()
    lost = report_unreadable(found)
    missing = unfinished(read_ts(ts_path(TRANSLATED_BY_HAND)))
    count = sum(len(sources) for sources in missing.values())
    print(f"{count} Vietnamese message(s) unfinished.")
    if count:
        print(
            "Next: python scripts/translations.py missing -o vi.json, translate the "
            "empty values, then python scripts/translations.py fill vi.json"
        )
    return 1 if lost else 0


def cmd_missing(args: argparse.Namespace) -> int:
    text = json.dumps(
        unfinished(read_ts(ts_path(TRANSLATED_BY_HAND))), ensure_ascii=False, indent=2
    )
    if args.output:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


def _load_mapping(path: Path) -> dict[str, dict[str, str]]:
    try:
        # json.loads on bytes detects UTF-8/16/32 and a BOM (PowerShell's `>` writes UTF-16).
        data = json.loads(path.read_bytes())
    except (OSError, ValueError) as error:
        raise ToolError(f"Cannot read {path}: {error}") from error
    if not isinstance(data, dict) or not all(
        isinstance(sources, dict) and all(isinstance(t, str) for t in sources.values())
        for sources in data.values()
    ):
        raise ToolError(f'{path}: expected {{"context": {{"source": "translation"}}}}.')
    return data


def cmd_fill(args: argparse.Namespace) -> int:
    mapping = _load_mapping(Path(args.file))
    path = ts_path(TRANSLATED_BY_HAND)
    tree = read_ts(path)
    by_key: dict[tuple[str, str], list[ET.Element]] = {}
    for context, message in messages(tree):
        by_key.setdefault((context, source_of(message)), []).append(message)

    errors: list[str] = []
    todo: list[tuple[ET.Element, str]] = []
    skipped = 0
    for context, sources in mapping.items():
        for source, text in sources.items():
            if not text.strip():
                skipped += 1
                continue
            targets = by_key.get((context, source))
            if not targets:
                errors.append(f"[{context}] {source!r}: no such message in {path.name}")
                continue
            problem = placeholder_problem(source, text)
            if problem:
                errors.append(f"[{context}] {source!r} -> {text!r}: {problem}")
                continue
            todo.extend((message, text) for message in targets)
    if errors:
        print(f"Refused; {path.name} is unchanged:", file=sys.stderr)
        for error in errors:
            print(f"  {error}", file=sys.stderr)
        return 1
    for message, text in todo:
        set_translation(message, text)
    write_ts(tree, path)
    compile_all()
    left = sum(len(s) for s in unfinished(tree).values())
    print(f"Filled {len(todo)} message(s), skipped {skipped} empty; {left} still unfinished.")
    return 0


def cmd_compile(_: argparse.Namespace) -> int:
    compile_all()
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract strings, fill English, compile").set_defaults(
        run=cmd_update
    )
    missing = commands.add_parser("missing", help="print unfinished Vietnamese messages as JSON")
    missing.add_argument("-o", "--output", help="write the JSON to this file (UTF-8)")
    missing.set_defaults(run=cmd_missing)
    fill = commands.add_parser("fill", help="apply Vietnamese translations from a JSON file")
    fill.add_argument("file", help='{"context": {"source": "translation"}}; empty ones skipped')
    fill.set_defaults(run=cmd_fill)
    commands.add_parser("compile", help="compile .ts to .qm only").set_defaults(run=cmd_compile)
    args = parser.parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")
    try:
        return int(args.run(args))
    except ToolError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
