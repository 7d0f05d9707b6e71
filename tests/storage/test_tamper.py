"""Tampering and damage are detected, never read as data (DATA-SAFETY.md promise 3).

- Random byte flips (seeded) anywhere in a closed database file: every one is refused
  at open with DatabaseDamaged. SQLCipher authenticates every page (HMAC-SHA512), and
  opening runs the quick check and the cipher check over every page.
- Flips in a backup: every one is refused by `verify_copy` (so never restored).
- Flips in the key file: refused (BadFile, WrongPassword), or harmless (JSON layout,
  another account's slot) and then the data opened is exactly the same.
- Fuzzed report packages (hypothesis): `read_package` gives a StorageError for every
  bad file, changes nothing, and accepts only what is a well-formed package.
"""

from __future__ import annotations

import contextlib
import copy
import json
import random
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gbv_desktop.domain import demo
from gbv_desktop.domain.profile import default_profile
from gbv_desktop.reports import package as pkg
from gbv_desktop.reports.figures import compute_figures
from gbv_desktop.reports.model import LetterDetails, ReportDocument
from gbv_desktop.reports.narrative import draft_narrative
from gbv_desktop.storage import backup
from gbv_desktop.storage.connection import full_check
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import DatabaseDamaged, StorageError
from gbv_desktop.storage.keys import keys_path
from gbv_desktop.storage.records import RecordStore
from tests.conftest import FAST_KDF, PASSWORD

DB_FLIPS = 200
BACKUP_FLIPS = 100
KEY_FLIPS = 60
PACKAGE_FUZZ = 400
SEED = 20260101


def _dump(db: Database) -> list[tuple[str, list[tuple[Any, ...]]]]:
    tables = [
        r[0]
        for r in db.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    return [(t, list(db.conn.execute(f"SELECT * FROM {t} ORDER BY rowid"))) for t in tables]


@pytest.fixture(scope="module")
def closed_db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Any]]:
    """A closed database of 400 records (about a hundred pages), and its full dump."""
    folder = tmp_path_factory.mktemp("tamper")
    db, _ = Database.create(
        folder / "unit.db",
        default_profile("Tân Lợi", "24133", "ward"),
        "admin",
        PASSWORD,
        kdf=FAST_KDF,
    )
    RecordStore(db).save_many(
        list(demo.generate(seed=5, records=400, end=date(2025, 12, 31))), today=date(2025, 12, 31)
    )
    db.add_user("lan", PASSWORD, "officer")
    dump = _dump(db)
    db.close()
    assert not Path(str(folder / "unit.db") + "-wal").exists()
    return folder / "unit.db", dump


def _copy(db_path: Path, dest: Path) -> Path:
    dest.mkdir()
    shutil.copyfile(db_path, dest / "unit.db")
    shutil.copyfile(keys_path(db_path), keys_path(dest / "unit.db"))
    return dest / "unit.db"


def _flip(path: Path, rng: random.Random, offset: int | None = None) -> int:
    data = bytearray(path.read_bytes())
    at = rng.randrange(len(data)) if offset is None else offset
    data[at] ^= rng.randrange(1, 256)
    path.write_bytes(bytes(data))
    return at


def test_every_byte_flip_in_a_closed_database_is_detected_at_open(
    closed_db: tuple[Path, list[Any]], tmp_path: Path
) -> None:
    source, _ = closed_db
    size = source.stat().st_size
    assert size >= 100 * 4096
    rng = random.Random(SEED)
    # Random places, plus the places that matter most: the salt in the first 16
    # bytes, the rest of the first page, and each page's reserved bytes (IV and HMAC).
    offsets: list[int | None] = [None] * (DB_FLIPS - 6)
    offsets += [0, 15, 16, 100, 4096 - 1, size - 40]
    outcomes: dict[str, int] = {}
    for n, offset in enumerate(offsets):
        path = _copy(source, tmp_path / f"flip{n}")
        at = _flip(path, rng, offset)
        with pytest.raises(StorageError) as caught:
            Database.open(path, "admin", PASSWORD).close()
            pytest.fail(f"a flip at byte {at} of {size} was not detected")
        assert isinstance(caught.value, DatabaseDamaged), (at, caught.value)
        outcomes[type(caught.value).__name__] = outcomes.get(type(caught.value).__name__, 0) + 1
        shutil.rmtree(path.parent)
    assert outcomes == {"DatabaseDamaged": DB_FLIPS}


def test_every_byte_flip_in_a_backup_is_detected_by_verify_copy(
    closed_db: tuple[Path, list[Any]], tmp_path: Path
) -> None:
    source, dump = closed_db
    with Database.open(_copy(source, tmp_path / "live"), "admin", PASSWORD) as db:
        info = db.backup(tmp_path / "backups")
        key = db.data_key
    rng = random.Random(SEED + 1)
    original = info.path.read_bytes()
    flipped = tmp_path / "flipped.gbvbak"
    for _ in range(BACKUP_FLIPS):
        flipped.write_bytes(original)
        at = _flip(flipped, rng)
        with pytest.raises(DatabaseDamaged):
            backup.verify_copy(flipped, key)
            pytest.fail(f"a flip at byte {at} of the backup was not detected")
    # The untouched backup still checks out and holds the same data.
    backup.verify_copy(info.path, key)
    target = _copy(source, tmp_path / "restore-target")
    backup.restore_backup(target, info.path, key)
    with Database.open(target, "admin", PASSWORD) as restored:
        assert _dump(restored) == dump


def test_a_flipped_backup_is_never_restored(
    closed_db: tuple[Path, list[Any]], tmp_path: Path
) -> None:
    source, _ = closed_db
    path = _copy(source, tmp_path / "live")
    with Database.open(path, "admin", PASSWORD) as db:
        info = db.backup(tmp_path / "backups")
        key = db.data_key
    _flip(info.path, random.Random(SEED + 2), info.path.stat().st_size // 2)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged):
        backup.restore_backup(path, info.path, key)
    assert path.read_bytes() == before
    assert backup.newest_good_backup(path, [tmp_path / "backups"], key) is None


def test_byte_flips_in_the_key_file_are_refused_or_harmless(
    closed_db: tuple[Path, list[Any]], tmp_path: Path
) -> None:
    source, dump = closed_db
    rng = random.Random(SEED + 3)
    outcomes: dict[str, int] = {}
    for n in range(KEY_FLIPS):
        path = _copy(source, tmp_path / f"key{n}")
        _flip(keys_path(path), rng)
        try:
            with Database.open(path, "admin", PASSWORD) as db:
                assert _dump(db) == dump  # opened: then with exactly the right data
                assert full_check(db.conn) == []
            outcomes["opened, same data"] = outcomes.get("opened, same data", 0) + 1
        except StorageError as exc:
            outcomes[type(exc).__name__] = outcomes.get(type(exc).__name__, 0) + 1
        shutil.rmtree(path.parent)
    assert sum(outcomes.values()) == KEY_FLIPS
    assert outcomes.get("BadFile", 0) + outcomes.get("WrongPassword", 0) > KEY_FLIPS // 2, outcomes


# -- fuzzing the report package reader -------------------------------------------------


@pytest.fixture(scope="module")
def package_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    from tests.reports.test_figures import small_records

    folder = tmp_path_factory.mktemp("package")
    db, _ = Database.create(
        folder / "unit.db", default_profile("Tân Lợi", "24133", "ward"), "admin", PASSWORD,
        kdf=FAST_KDF,
    )  # fmt: skip
    try:
        RecordStore(db).save_many(small_records(""), today=date(2025, 6, 30))
        figures = compute_figures(db, "half_year", 2025)
    finally:
        db.close()
    document = ReportDocument(
        figures, draft_narrative(figures), LetterDetails("05/BC-UBND", date(2025, 5, 12))
    )
    return pkg.dumps(pkg.build_package(document))


_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-5, max_value=10**6),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=10),
    st.sampled_from(["", "2025-05-12", "2025-02-30", "half_year", "ward", "x" * 5000]),
)
_JSON = st.recursive(
    _LEAF,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=5,
)


def _mutate(data: st.DataObject, doc: Any) -> Any:
    """One random change somewhere inside `doc`."""
    root = {"doc": doc}
    parent: Any = root
    key: Any = "doc"
    while (
        isinstance(parent[key], dict | list)
        and parent[key]
        and data.draw(st.sampled_from([True] * 4 + [False]))
    ):
        node = parent[key]
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        parent, key = node, data.draw(st.sampled_from(keys))
    action = data.draw(st.sampled_from(["replace", "replace", "delete", "add", "copy"]))
    if action == "delete" and parent is not root:
        del parent[key]
    elif action == "add" and isinstance(parent[key], dict):
        parent[key][data.draw(st.text(max_size=8))] = data.draw(_JSON)
    elif action == "add" and isinstance(parent[key], list):
        parent[key].append(data.draw(_JSON))
    elif action == "copy" and isinstance(parent, list):
        parent.append(copy.deepcopy(parent[key]))
    else:
        parent[key] = data.draw(_JSON)
    return root["doc"]


def _loaded(data: bytes) -> Any:
    try:
        return json.loads(data)
    except ValueError:
        return None


def _strict(doc: dict[str, Any]) -> bool:
    """Whether `doc` encodes as the reader encodes a package for its checksum, strictly."""
    try:
        json.dumps(doc, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (ValueError, TypeError, RecursionError):
        return False
    return True


def _problem(doc: dict[str, Any], **kw: Any) -> Any:
    try:
        return pkg.structure_problem(doc, **kw)
    except Exception as exc:  # compared between the two ways of checking
        return type(exc).__name__


def test_fuzzed_report_packages_never_break_the_reader(
    package_bytes: bytes, tmp_path: Path
) -> None:
    original = json.loads(package_bytes)
    folder = tmp_path / "incoming"
    folder.mkdir()
    path = folder / "report.gbvpkg.json"
    outcomes: dict[str, int] = {}

    @settings(
        max_examples=PACKAGE_FUZZ,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        how = data.draw(st.sampled_from(["bytes", "json", "json-resealed"]))
        if how == "bytes":
            raw = bytearray(package_bytes)
            for _ in range(data.draw(st.integers(1, 4))):
                op = data.draw(st.sampled_from(["flip", "truncate", "insert", "delete"]))
                at = data.draw(st.integers(0, max(len(raw) - 1, 0)))
                if op == "flip" and raw:
                    raw[at] ^= data.draw(st.integers(1, 255))
                elif op == "truncate":
                    del raw[at:]
                elif op == "insert":
                    raw[at:at] = data.draw(st.binary(min_size=1, max_size=8))
                elif raw:
                    del raw[at : at + data.draw(st.integers(1, 16))]
            written = bytes(raw)
        else:
            doc = copy.deepcopy(original)
            for _ in range(data.draw(st.integers(1, 3))):
                doc = _mutate(data, doc)
            if how == "json-resealed" and isinstance(doc, dict):
                with contextlib.suppress(ValueError, TypeError, RecursionError):
                    doc["sha256"] = pkg.checksum(doc)
            written = json.dumps(doc, ensure_ascii=data.draw(st.booleans()), indent=1).encode()
        path.write_bytes(written)
        try:
            result = pkg.read_package(path)
        except StorageError as exc:
            assert str(exc)
            outcome = type(exc).__name__
        else:
            # Accepted: then it is a well-formed package (the original, or one resealed
            # whose change keeps the structure), never a half-read one.
            assert pkg.structure_problem(result) is None
            assert result["sha256"].lower() == pkg.checksum(result)
            outcome = "accepted, unchanged" if result == original else "accepted, resealed"
        if isinstance(doc_read := _loaded(written), dict) and _strict(doc_read):
            # What the reader checks quickly after a strict encoding, the full checks agree.
            assert _problem(doc_read, encoded=True) == _problem(doc_read)
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
        assert path.read_bytes() == written  # reading never changes the file
        assert [p.name for p in folder.iterdir()] == [path.name]

    run()
    assert sum(outcomes.values()) >= PACKAGE_FUZZ
    rejected = sum(n for k, n in outcomes.items() if not k.startswith("accepted"))
    assert rejected > PACKAGE_FUZZ // 2, outcomes


@pytest.mark.parametrize(
    ("where", "value"),
    [(("report", "kind"), []), (("report", "kind"), {"a": 1}), (("report", "kind"), ["annual"])],
)
def test_a_resealed_package_with_a_list_for_a_code_is_rejected(
    package_bytes: bytes, tmp_path: Path, where: tuple[str, str], value: Any
) -> None:
    """Found by the fuzzing above: a code that is a list or an object (with a correct
    checksum) must be a PackageRejected, not a TypeError from the vocabulary lookup."""
    doc = json.loads(package_bytes)
    doc[where[0]][where[1]] = value
    doc["sha256"] = pkg.checksum(doc)
    path = tmp_path / "report.json"
    path.write_bytes(json.dumps(doc).encode())
    with pytest.raises(pkg.PackageRejected):
        pkg.read_package(path)
