"""Settings of this computer (QSettings), as opposed to the unit's settings, which are
kept in the database: the language, the last account, the second backup folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCryptographicHash, QSettings

LAST_USER = "last_user"  # the account that signed in last, offered at the next sign-in


def app_settings() -> QSettings:
    """The application's settings (the format in force: native, or INI in the tests)."""
    return QSettings(
        QSettings.defaultFormat(), QSettings.Scope.UserScope, "gbv-desktop", "gbv-desktop"
    )


def path_key(path: Path) -> str:
    """A settings key for one database file that does not reveal where it is."""
    try:
        resolved = str(Path(path).expanduser().resolve())
    except OSError:
        resolved = str(path)
    # SHA-256 by Qt's own code: hashlib's first import would cost the sign-in dialog 2 ms.
    digest = QCryptographicHash.hash(
        QByteArray(resolved.encode("utf-8")), QCryptographicHash.Algorithm.Sha256
    )
    return bytes(digest.toHex().data()).decode("ascii")[:32]
