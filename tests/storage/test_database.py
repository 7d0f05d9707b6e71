"""Creating, opening and guarding an encrypted database; accounts; transactions."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest

from gbv_desktop.domain.profile import default_profile
from gbv_desktop.domain.records import Activity
from gbv_desktop.storage import connection
from gbv_desktop.storage.database import Database
from gbv_desktop.storage.errors import (
    AccountDisabled,
    DatabaseDamaged,
    DatabaseExists,
    DatabaseMissing,
    InvalidRecord,
    NewerSchema,
    PermissionDenied,
    StorageError,
    WrongPassword,
    WrongRecoveryKey,
)
from gbv_desktop.storage.keys import keys_path
from gbv_desktop.storage.records import RecordStore
from gbv_desktop.storage.schema import SCHEMA_VERSION

PASSWORD = "correct horse 1"  # the password tests/conftest.py gives the `db` fixture

SQLITE_HEADER = b"SQLite format 3"
TABLE_NAMES = (
    "survivor_identities",
    "case_stories",
    "training_participants",
    "activities",
    "mobilisations",
    "CREATE TABLE",
    "CREATE INDEX",
)


def _activity(title: str = "Nói chuyện chuyên đề") -> Activity:
    return Activity(
        start_date=date(2024, 3, 8),
        title=title,
        form="talk",
        setting="residential",
        attendance_total=30,
        attendance_female=20,
        attendance_male=10,
    )


@pytest.fixture
def login(db: Database) -> Iterator[Callable[..., Database]]:
    """Add an account with `role` to `db` and open the database as that account."""
    opened: list[Database] = []

    def open_as(role: str, username: str | None = None, password: str = PASSWORD) -> Database:
        name = username or role.replace("_", "")
        db.add_user(name, password, role, display_name=f"Test {role}")
        other = Database.open(db.path, name, password)
        opened.append(other)
        return other

    yield open_as
    for other in opened:
        other.close()


def _files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.parent.iterdir()) if p.is_file()}


# -- creating and opening ------------------------------------------------------------


def test_create_then_open(tmp_path: Path) -> None:
    path = tmp_path / "office" / "unit.db"
    profile = default_profile("Tân Lợi", "24133", "ward")
    db, recovery = Database.create(path, profile, "admin", PASSWORD, display_name="Chị Hoa")
    assert recovery
    assert db.user.username == "admin" and db.user.is_admin
    assert db.schema_version == SCHEMA_VERSION
    assert path.exists() and keys_path(path).exists()
    RecordStore(db).save(_activity())
    db.close()

    with Database.open(path, "admin", PASSWORD) as again:
        assert again.user.role == "administrator"
        assert again.user.display_name == "Chị Hoa"
        assert again.profile == profile
        assert again.schema_version == SCHEMA_VERSION
        assert RecordStore(again).count("activity") == 1
        assert again.meta("database_id") == again.keyfile.database_id
        assert connection.full_check(again.conn) == []


def test_open_with_a_wrong_password(db: Database) -> None:
    path = db.path
    db.close()
    for username, password in (("admin", "wrong password"), ("admin", ""), ("ghost", PASSWORD)):
        with pytest.raises(WrongPassword):
            Database.open(path, username, password)
    Database.open(path, "ADMIN", PASSWORD).close()  # account names ignore case


def test_open_a_missing_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseMissing):
        Database.open(tmp_path / "none.db", "admin", PASSWORD)
    with pytest.raises(DatabaseMissing):
        Database.open_with_recovery(tmp_path / "none.db", "AAAA-BBBB", "admin")
    assert list(tmp_path.iterdir()) == []


def test_create_refuses_to_overwrite_a_database(db: Database) -> None:
    path = db.path
    db.close()
    before = _files(path)
    with pytest.raises(DatabaseExists):
        Database.create(path, default_profile("Khác", "99999", "ward"), "other", PASSWORD)
    assert _files(path) == before
    Database.open(path, "admin", PASSWORD).close()


def test_create_refuses_when_only_a_key_file_is_left(tmp_path: Path) -> None:
    path = tmp_path / "unit.db"
    keys_path(path).write_text("{}", "utf-8")
    with pytest.raises(DatabaseExists):
        Database.create(path, default_profile("Tân Lợi", "24133", "ward"), "admin", PASSWORD)
    assert keys_path(path).read_text("utf-8") == "{}"
    assert not path.exists()


def test_create_validates_username_and_password_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "unit.db"
    with pytest.raises(InvalidRecord) as excinfo:
        Database.create(path, default_profile("Tân Lợi", "24133", "ward"), "a", "short")
    assert {e.field for e in excinfo.value.errors} == {"username", "password"}
    assert list(tmp_path.iterdir()) == []


def test_newer_schema_is_refused_and_nothing_is_written(db: Database) -> None:
    path, key = db.path, db.data_key
    db.close()
    conn = connection.connect(path, key)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = _files(path)
    stat = path.stat()
    with pytest.raises(NewerSchema) as excinfo:
        Database.open(path, "admin", PASSWORD)
    assert str(SCHEMA_VERSION + 1) in str(excinfo.value)
    assert _files(path) == before
    assert path.stat().st_mtime_ns == stat.st_mtime_ns
    assert not (path.parent / "backups").exists()
    conn = connection.connect(path, key, readonly=True)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    conn.close()


@pytest.mark.parametrize(
    "where",
    [
        pytest.param(lambda size: 100, id="first-page"),
        pytest.param(lambda size: size // 2, id="middle"),
        pytest.param(lambda size: size - 200, id="last-page"),
    ],
)
def test_damaged_file_is_detected_at_open(db: Database, where: Callable[[int], int]) -> None:
    store = RecordStore(db)
    for i in range(20):
        store.save(_activity(f"Buổi {i}"))
    path = db.path
    db.close()
    raw = bytearray(path.read_bytes())
    assert len(raw) > 8 * 4096
    offset = where(len(raw))
    raw[offset : offset + 32] = bytes(b ^ 0x5A for b in raw[offset : offset + 32])
    path.write_bytes(bytes(raw))
    with pytest.raises(DatabaseDamaged):
        Database.open(path, "admin", PASSWORD)
    assert path.read_bytes() == bytes(raw)  # a failed open does not write


def test_key_file_of_another_database_does_not_open_it(make_db: Callable[..., Database]) -> None:
    one, two = make_db("one.db"), make_db("two.db")
    one_path, two_path = one.path, two.path
    one.close()
    two.close()
    keys_path(one_path).write_bytes(keys_path(two_path).read_bytes())
    with pytest.raises(DatabaseDamaged):
        Database.open(one_path, "admin", PASSWORD)


# -- what is on disk -----------------------------------------------------------------


def test_pragmas_in_force(db: Database) -> None:
    conn = db.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    path = db.path
    db.close()
    with Database.open(path, "admin", PASSWORD) as again:
        assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert again.conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert again.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def _assert_opaque(data: bytes, what: str) -> None:
    assert not data.startswith(SQLITE_HEADER), what
    for name in TABLE_NAMES:
        for encoding in ("utf-8", "utf-16-le"):
            assert name.encode(encoding) not in data, (what, name, encoding)
    for text in ("Tân Lợi", "admin", "Nói chuyện"):
        assert text.encode("utf-8") not in data, (what, text)


def test_files_on_disk_are_encrypted(db: Database) -> None:
    store = RecordStore(db)
    store.save(_activity())
    wal = Path(str(db.path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    _assert_opaque(db.path.read_bytes(), "database while open")
    _assert_opaque(wal.read_bytes(), "-wal")
    _assert_opaque(keys_path(db.path).read_bytes(), "key file")
    path = db.path
    db.close()
    _assert_opaque(path.read_bytes(), "database after close")


# -- accounts and roles --------------------------------------------------------------


def test_add_user_and_open_as_that_user(db: Database) -> None:
    user = db.add_user("  lan.tran ", "password of lan", "officer", "Trần Thị Lan")
    assert user.username == "lan.tran" and user.role == "officer"
    assert [u.username for u in db.users()] == ["admin", "lan.tran"]
    with Database.open(db.path, "lan.tran", "password of lan") as lan:
        assert lan.user.role == "officer"
        assert lan.user.display_name == "Trần Thị Lan"
        assert lan.user.can_write and not lan.user.can_read_identity and not lan.user.is_admin
    entries = [e for e in db.conn.execute("SELECT action, record_kind FROM audit")]
    assert ("create", "user") in entries


def test_add_user_validation_names_the_fields(db: Database) -> None:
    cases = [
        (("x", PASSWORD, "officer"), {"username"}),
        (("bad name", PASSWORD, "officer"), {"username"}),
        (("", PASSWORD, "officer"), {"username"}),
        (("lan", "short", "officer"), {"password"}),
        (("lan", PASSWORD, "boss"), {"role"}),
        (("ADMIN", PASSWORD, "officer"), {"username"}),
        (("x", "short", "boss"), {"username", "password", "role"}),
    ]
    keyfile_before = keys_path(db.path).read_bytes()
    for args, fields in cases:
        with pytest.raises(InvalidRecord) as excinfo:
            db.add_user(*args)
        assert {e.field for e in excinfo.value.errors} == fields, args
    assert [u.username for u in db.users()] == ["admin"]
    assert keys_path(db.path).read_bytes() == keyfile_before


def test_account_names_are_ascii_so_case_folding_agrees(db: Database) -> None:
    """The key file casefolds account names while SQLite's NOCASE folds ASCII only; with
    non-ASCII names "Đức" and "đức" could become two accounts sharing one key slot (the
    second password silently replacing the first). So account names are ASCII, and
    names differing only in case are one account."""
    with pytest.raises(InvalidRecord) as excinfo:
        db.add_user("Đức", "password of the admin", "administrator")
    assert [e.field for e in excinfo.value.errors] == ["username"]
    db.add_user("Duc", "password of the admin", "administrator")
    with pytest.raises(InvalidRecord) as excinfo:
        db.add_user("duc", "password of the viewer", "viewer")
    assert [e.field for e in excinfo.value.errors] == ["username"]
    with Database.open(db.path, "DUC", "password of the admin") as duc:
        assert duc.user.role == "administrator"
    with pytest.raises(WrongPassword):
        Database.open(db.path, "Duc", "password of the viewer")


def test_roles_are_enforced(db: Database, login: Callable[..., Database]) -> None:
    officer = login("officer")
    viewer = login("viewer")
    with pytest.raises(PermissionDenied):
        officer.add_user("someone", PASSWORD, "viewer")
    with pytest.raises(PermissionDenied):
        officer.set_meta("anything", 1)
    with pytest.raises(PermissionDenied):
        officer.set_disabled("viewer", True)
    with pytest.raises(PermissionDenied):
        officer.set_password("admin", "new password 1")
    with pytest.raises(PermissionDenied):
        officer.new_recovery_key()
    record_id = RecordStore(officer).save(_activity())
    with pytest.raises(PermissionDenied) as excinfo:
        RecordStore(viewer).save(_activity())
    assert "Viewer" in str(excinfo.value)
    with pytest.raises(PermissionDenied):
        RecordStore(viewer).save_many([_activity()])
    with pytest.raises(PermissionDenied):
        RecordStore(viewer).delete("activity", record_id)
    assert RecordStore(viewer).get("activity", record_id).title == "Nói chuyện chuyên đề"
    assert RecordStore(db).count("activity") == 1
    assert [u.username for u in db.users()] == ["admin", "officer", "viewer"]


def test_disabled_account_cannot_open(db: Database) -> None:
    db.add_user("lan", "password of lan", "officer")
    keys_with_lan = keys_path(db.path).read_bytes()
    db.set_disabled("lan", True)
    assert not db.keyfile.has_account("lan")
    with pytest.raises((WrongPassword, AccountDisabled)):
        Database.open(db.path, "lan", "password of lan")
    # Even with an old key file that still has the slot, the account stays disabled.
    current = keys_path(db.path).read_bytes()
    keys_path(db.path).write_bytes(keys_with_lan)
    try:
        with pytest.raises(AccountDisabled):
            Database.open(db.path, "lan", "password of lan")
    finally:
        keys_path(db.path).write_bytes(current)
    # Re-enabling needs a new password.
    db.set_disabled("lan", False)
    db.set_password("lan", "new password of lan")
    Database.open(db.path, "lan", "new password of lan").close()


def test_last_administrator_cannot_be_disabled(db: Database) -> None:
    with pytest.raises(StorageError) as excinfo:
        db.set_disabled("admin", True)
    assert "administrator" in str(excinfo.value)
    assert not db.users()[0].disabled
    db.add_user("second", PASSWORD, "administrator")
    db.set_disabled("second", True)
    with pytest.raises(StorageError):
        db.set_disabled("admin", True)
    db.set_disabled("second", False)
    db.set_password("second", PASSWORD)
    db.set_disabled("admin", True)
    with pytest.raises((WrongPassword, AccountDisabled)):
        Database.open(db.path, "admin", PASSWORD)
    Database.open(db.path, "second", PASSWORD).close()


def test_change_own_password(db: Database, login: Callable[..., Database]) -> None:
    officer = login("officer")
    officer.set_password("officer", "brand new password")
    with pytest.raises(WrongPassword):
        Database.open(db.path, "officer", PASSWORD)
    Database.open(db.path, "officer", "brand new password").close()
    Database.open(db.path, "admin", PASSWORD).close()  # other accounts unaffected
    with pytest.raises(InvalidRecord) as excinfo:
        officer.set_password("officer", "short")
    assert [e.field for e in excinfo.value.errors] == ["password"]


def test_administrator_sets_another_password(db: Database) -> None:
    db.add_user("lan", "password of lan", "case_worker")
    db.set_password("lan", "reset by the admin")
    with pytest.raises(WrongPassword):
        Database.open(db.path, "lan", "password of lan")
    Database.open(db.path, "lan", "reset by the admin").close()
    db.set_password("admin", "admin has a new one")
    with pytest.raises(WrongPassword):
        Database.open(db.path, "admin", PASSWORD)
    Database.open(db.path, "admin", "admin has a new one").close()
    with pytest.raises(InvalidRecord):
        db.set_password("nobody", "some password")


def test_recovery_flow(db: Database) -> None:
    path, old_recovery = db.path, db.recovery_key_for_tests  # type: ignore[attr-defined]
    db.add_user("lan", "password of lan", "officer")
    db.close()
    with Database.open_with_recovery(path, old_recovery.lower(), "admin") as rescued:
        assert rescued.user.is_admin
        rescued.set_password("admin", "a brand new password")
        new_recovery = rescued.new_recovery_key()
    assert new_recovery != old_recovery
    with pytest.raises(WrongPassword):
        Database.open(path, "admin", PASSWORD)
    Database.open(path, "admin", "a brand new password").close()
    Database.open(path, "lan", "password of lan").close()
    with pytest.raises(WrongRecoveryKey):
        Database.open_with_recovery(path, old_recovery, "admin")
    Database.open_with_recovery(path, new_recovery, "admin").close()


def test_recovery_key_opens_only_for_an_administrator(db: Database) -> None:
    path, recovery = db.path, db.recovery_key_for_tests  # type: ignore[attr-defined]
    db.add_user("lan", "password of lan", "officer")
    db.close()
    with pytest.raises(PermissionDenied):
        Database.open_with_recovery(path, recovery, "lan")
    with pytest.raises(WrongPassword):
        Database.open_with_recovery(path, recovery, "nobody")
    with pytest.raises(WrongRecoveryKey):
        Database.open_with_recovery(path, "AAAA-" * 7 + "AAAA", "admin")


# -- transactions --------------------------------------------------------------------


def _titles(conn: connection.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT title FROM activities ORDER BY id")]


def _insert(conn: connection.Connection, title: str) -> None:
    conn.execute(
        "INSERT INTO activities (start_date, title, form, setting, created_at, updated_at) "
        "VALUES ('2024-01-01', ?, 'talk', 'school', 'x', 'x')",
        (title,),
    )


def test_nested_transaction_does_not_commit_early(db: Database) -> None:
    conn = db.conn
    other = connection.connect(db.path, db.data_key)
    try:
        with pytest.raises(RuntimeError), conn:
            _insert(conn, "outer")
            with conn:
                _insert(conn, "inner")
                assert conn.depth == 2
            # The inner block has ended but nothing is committed yet.
            assert conn.in_transaction and conn.depth == 1
            assert _titles(other) == []
            raise RuntimeError("outer fails")
        assert conn.depth == 0 and not conn.in_transaction
        assert _titles(conn) == []
        assert _titles(other) == []

        with conn:
            _insert(conn, "outer")
            with conn:
                _insert(conn, "inner")
        assert _titles(other) == ["outer", "inner"]
    finally:
        other.close()


def test_sqlite_utils_writes_join_the_outer_transaction(db: Database) -> None:
    with pytest.raises(RuntimeError), db.conn:
        db.db["activities"].insert(
            {"start_date": "2024-01-01", "title": "via sqlite-utils", "form": "talk",
             "setting": "school", "created_at": "x", "updated_at": "x"}
        )  # fmt: skip
        db.audit("create", "activity", 1)
        raise RuntimeError("roll back both")
    assert _titles(db.conn) == []
    assert (
        db.conn.execute("SELECT count(*) FROM audit WHERE record_kind = 'activity'").fetchone()[0]
        == 0
    )


def test_inner_failure_rolls_back_everything(db: Database) -> None:
    conn = db.conn
    with pytest.raises(connection.IntegrityError), conn:
        _insert(conn, "first")
        with conn:
            conn.execute("INSERT INTO meta (key, value) VALUES ('profile', '{}')")  # duplicate
    assert _titles(conn) == []
    assert db.profile.code == "24133"


def test_settings_changes_are_audited(db: Database) -> None:
    profile = db.profile
    renamed = default_profile("Tân Lợi Mới", profile.code, "ward")
    db.set_profile(renamed)
    assert db.profile == renamed
    last = db.conn.execute(
        "SELECT action, record_kind, summary FROM audit ORDER BY id DESC LIMIT 1"
    ).fetchone()
    assert last == ("update", "settings", '{"key": "profile"}')
    assert "Mới" not in "".join(r[0] for r in db.conn.execute("SELECT summary FROM audit"))


def test_close_drops_the_key(db: Database) -> None:
    assert any(db.data_key)
    db.close()
    assert db.data_key == bytes(32)
    with pytest.raises(connection.sqlcipher3.ProgrammingError):
        db.conn.execute("SELECT 1")


def test_files_are_left_only_where_expected(db: Database) -> None:
    path = db.path
    db.close()
    names = sorted(os.listdir(path.parent))
    assert names == ["unit.db", "unit.db.keys"]
