"""Reading a JSON file that came from outside (a USB stick, an email) strictly.

One reader for the records export and the report package: a size limit, UTF-8 (a BOM
is harmless), no duplicate keys, no NaN/Infinity, a bounded depth, and a truncated file
told apart from a malformed one. Problems come back as a `JsonFileError` whose `problem`
names what went wrong; each caller words it for its own kind of file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# What went wrong (`JsonFileError.problem`), with the parameters each carries.
MISSING = "missing"
UNREADABLE = "unreadable"  # reason
TOO_BIG = "too_big"  # limit (MB)
NOT_UTF8 = "not_utf8"
TRUNCATED = "truncated"
NOT_JSON = "not_json"  # line, column
NOT_JSON_ANYWHERE = "not_json_anywhere"
DUPLICATE_KEY = "duplicate_key"  # field
TOO_DEEP = "too_deep"


class JsonFileError(ValueError):
    def __init__(self, problem: str, **params: Any) -> None:
        super().__init__(problem)
        self.problem = problem
        self.params = params


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return out


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def shown(value: Any, limit: int = 60) -> str:
    """`value` made safe to show in a message: valid text, not too long."""
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)[:limit]
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def read_json_file(path: Path, max_bytes: int) -> Any:
    """The JSON value in `path`; raises JsonFileError saying what is wrong with the file."""
    try:
        if path.stat().st_size > max_bytes:
            raise JsonFileError(TOO_BIG, limit=max_bytes // (1024 * 1024))
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise JsonFileError(MISSING) from exc
    except OSError as exc:
        raise JsonFileError(UNREADABLE, reason=exc.strerror or type(exc).__name__) from exc
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark added by an editor is harmless
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":  # cut in the middle of a character
            raise JsonFileError(TRUNCATED) from exc
        raise JsonFileError(NOT_UTF8) from exc
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except _DuplicateKey as exc:
        raise JsonFileError(DUPLICATE_KEY, field=shown(exc.key)) from exc
    except json.JSONDecodeError as exc:
        # A string cannot span lines, so an unterminated one ran into the end of the file.
        if exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string"):
            raise JsonFileError(TRUNCATED) from exc
        raise JsonFileError(NOT_JSON, line=exc.lineno, column=exc.colno) from exc
    except RecursionError as exc:
        raise JsonFileError(TOO_DEEP) from exc
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise JsonFileError(NOT_JSON_ANYWHERE) from exc
