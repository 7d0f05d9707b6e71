"""The key file: the database's random data key, wrapped once per account and once
under the recovery key.

A random 256-bit data key encrypts the database (SQLCipher, raw hex key, so opening
does no key derivation of its own). It is wrapped with AES-GCM under a key derived
from each account's password (scrypt, about half a second here) and under a key
derived from the recovery key shown once at set-up. Passwords therefore change without
re-encrypting the database, and a forgotten password is survivable.

The key file sits beside the database (`<name>.keys`), is written atomically, and is
copied beside every backup. It holds no names: account slots are found by a salted hash
of the account name, and the wrapped key is bound to the database's id.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from gbv_desktop.storage.errors import BadFile, KeyFileMissing, WrongPassword, WrongRecoveryKey
from gbv_desktop.storage.files import atomic_write_text

FORMAT = "gbv-desktop-keys"
VERSION = 1
DATA_KEY_BYTES = 32
RECOVERY_BYTES = 20  # 160 bits, shown as 32 base32 characters in groups of four


@dataclass(frozen=True)
class ScryptParams:
    n: int = 2**17
    r: int = 8
    p: int = 2

    def to_dict(self) -> dict[str, int]:
        return {"n": self.n, "r": self.r, "p": self.p}


# About half a second and 128 MiB on a 2020s office PC. Tests lower it in conftest.py.
DEFAULT_KDF = ScryptParams()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _check_slot(slot: Any) -> None:
    """Reject a malformed slot at load time, so unlocking never meets one (and a
    hand-edited cost cannot make the program hang)."""
    if not isinstance(slot, dict) or slot.get("kind") not in ("password", "recovery"):
        raise ValueError("bad slot")
    if not isinstance(slot.get("id"), str) or len(_unb64(slot["nonce"])) != 12:
        raise ValueError("bad slot nonce")
    if len(_unb64(slot["wrapped"])) != DATA_KEY_BYTES + 16:
        raise ValueError("bad wrapped key")
    kdf = slot.get("kdf")
    if not isinstance(kdf, dict) or len(_unb64(kdf["salt"])) < 16:
        raise ValueError("bad key derivation")
    if slot["kind"] == "password":
        n, r, p = (kdf.get(k) for k in ("n", "r", "p"))
        if kdf.get("name") != "scrypt" or not all(type(v) is int for v in (n, r, p)):
            raise ValueError("bad key derivation")
        if not (2**10 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
            raise ValueError("key derivation cost out of bounds")


def keys_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".keys")


def account_id(database_id: str, username: str) -> str:
    return hashlib.sha256(f"{database_id}:{username.strip().casefold()}".encode()).hexdigest()


def key_check(data_key: bytes) -> str:
    """A fingerprint that identifies the data key without revealing it."""
    return hmac.new(data_key, b"gbv-desktop key check", hashlib.sha256).hexdigest()[:32]


def _derive_password(password: str, salt: bytes, params: ScryptParams) -> bytes:
    kdf = Scrypt(salt=salt, length=32, n=params.n, r=params.r, p=params.p)
    return kdf.derive(password.encode("utf-8"))


def _derive_recovery(recovery: bytes, salt: bytes) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"gbv-desktop recovery"
    ).derive(recovery)


def format_recovery_key(raw: bytes) -> str:
    text = base64.b32encode(raw).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    # Common misreadings on paper: O/0, I/1/L are not in the base32 alphabet except O, I, L.
    cleaned = cleaned.replace("0", "O").replace("1", "I").replace("8", "B")
    try:
        raw = base64.b32decode(cleaned + "=" * (-len(cleaned) % 8))
    except (ValueError, base64.binascii.Error) as exc:
        raise WrongRecoveryKey() from exc
    if len(raw) != RECOVERY_BYTES:
        raise WrongRecoveryKey()
    return raw


@dataclass
class KeyFile:
    database_id: str
    key_check: str
    slots: list[dict[str, Any]]

    # -- creation -----------------------------------------------------------
    @classmethod
    def new(cls) -> tuple[KeyFile, bytes]:
        data_key = secrets.token_bytes(DATA_KEY_BYTES)
        return cls(str(uuid.uuid4()), key_check(data_key), []), data_key

    def _aad(self, slot_kind: str, slot_id: str) -> bytes:
        return f"{FORMAT}:{self.database_id}:{slot_kind}:{slot_id}".encode()

    def _wrap(self, kek: bytes, data_key: bytes, slot_kind: str, slot_id: str) -> tuple[str, str]:
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(kek).encrypt(nonce, data_key, self._aad(slot_kind, slot_id))
        return _b64(nonce), _b64(wrapped)

    def _unwrap(self, kek: bytes, slot: dict[str, Any]) -> bytes:
        data_key = AESGCM(kek).decrypt(
            _unb64(slot["nonce"]), _unb64(slot["wrapped"]), self._aad(slot["kind"], slot["id"])
        )
        if not hmac.compare_digest(key_check(data_key), self.key_check):
            raise InvalidTag()
        return data_key

    def set_password(
        self, username: str, password: str, data_key: bytes, params: ScryptParams | None = None
    ) -> None:
        params = params or DEFAULT_KDF
        slot_id = account_id(self.database_id, username)
        salt = secrets.token_bytes(16)
        kek = _derive_password(password, salt, params)
        nonce, wrapped = self._wrap(kek, data_key, "password", slot_id)
        self.slots = [s for s in self.slots if s["id"] != slot_id]
        self.slots.append(
            {
                "kind": "password",
                "id": slot_id,
                "kdf": {"name": "scrypt", **params.to_dict(), "salt": _b64(salt)},
                "nonce": nonce,
                "wrapped": wrapped,
            }
        )

    def remove_account(self, username: str) -> None:
        slot_id = account_id(self.database_id, username)
        self.slots = [s for s in self.slots if s["id"] != slot_id]

    def has_account(self, username: str) -> bool:
        slot_id = account_id(self.database_id, username)
        return any(s["id"] == slot_id for s in self.slots)

    def new_recovery_key(self, data_key: bytes) -> str:
        """Replace the recovery slot; returns the new key to show once."""
        raw = secrets.token_bytes(RECOVERY_BYTES)
        salt = secrets.token_bytes(16)
        nonce, wrapped = self._wrap(_derive_recovery(raw, salt), data_key, "recovery", "recovery")
        self.slots = [s for s in self.slots if s["kind"] != "recovery"]
        self.slots.append(
            {
                "kind": "recovery",
                "id": "recovery",
                "kdf": {"name": "hkdf-sha256", "salt": _b64(salt)},
                "nonce": nonce,
                "wrapped": wrapped,
            }
        )
        return format_recovery_key(raw)

    # -- unlocking ----------------------------------------------------------
    def unlock_password(self, username: str, password: str) -> bytes:
        slot_id = account_id(self.database_id, username)
        slot = next((s for s in self.slots if s["id"] == slot_id and s["kind"] == "password"), None)
        if slot is None:
            # Spend the same time as a real attempt, so timing does not tell which
            # account names exist.
            _derive_password(password, b"\0" * 16, DEFAULT_KDF)
            raise WrongPassword()
        kdf = slot["kdf"]
        params = ScryptParams(n=int(kdf["n"]), r=int(kdf["r"]), p=int(kdf["p"]))
        kek = _derive_password(password, _unb64(kdf["salt"]), params)
        try:
            return self._unwrap(kek, slot)
        except InvalidTag as exc:
            raise WrongPassword() from exc

    def unlock_recovery(self, recovery_key: str) -> bytes:
        raw = parse_recovery_key(recovery_key)
        slot = next((s for s in self.slots if s["kind"] == "recovery"), None)
        if slot is None:
            raise WrongRecoveryKey()
        kek = _derive_recovery(raw, _unb64(slot["kdf"]["salt"]))
        try:
            return self._unwrap(kek, slot)
        except InvalidTag as exc:
            raise WrongRecoveryKey() from exc

    # -- files --------------------------------------------------------------
    def to_json(self) -> str:
        return json.dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "database_id": self.database_id,
                "key_check": self.key_check,
                "slots": self.slots,
            },
            indent=1,
            sort_keys=True,
        )

    def save(self, path: Path) -> None:
        atomic_write_text(path, self.to_json())

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        if not path.exists():
            raise KeyFileMissing(path=str(path))
        try:
            data = json.loads(path.read_text("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            if data.get("format") != FORMAT or int(data.get("version", 0)) > VERSION:
                raise ValueError("not a gbv-desktop key file of a known version")
            slots = data["slots"]
            if not isinstance(slots, list):
                raise ValueError("bad slots")
            for slot in slots:
                _check_slot(slot)
            return cls(str(data["database_id"]), str(data["key_check"]), slots)
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise BadFile(path=str(path), detail=str(exc)) from exc
