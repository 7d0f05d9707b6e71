"""The language the application speaks: installs the Qt translations, translates messages.

Source strings in the code are English; `resources/translations/gbv_<lang>.qm` (built by
`scripts/translations.py`) holds the Vietnamese and English texts. Only QtCore is used, so
the command line can call this without a display. The window must create its
QApplication *before* calling `install()`, which otherwise creates a QCoreApplication.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from gbv_desktop.resources import resource_path

if TYPE_CHECKING:
    from gbv_desktop.domain.messages import Translate

SUPPORTED = ("vi", "en")
DEFAULT = "vi"
SOURCE_LANGUAGE = "en"  # what the code's strings are written in


class Renderable(Protocol):
    """A `Message` or a `KnownError`: anything that renders itself through a translator."""

    def render(self, translate: Translate = ...) -> str: ...


# Kept at module level so Python does not collect what Qt only holds a pointer to.
_translators: list[QTranslator] = []
_language: str | None = None


def normalize(lang: str | None) -> str:
    """ "vi", "vi_VN", "en-US", "EN" -> a code in SUPPORTED; anything else -> DEFAULT."""
    code = (lang or "").strip().replace("-", "_").split("_")[0].lower()
    return code if code in SUPPORTED else DEFAULT


def install(lang: str, app: QCoreApplication | None = None) -> str:
    """Make `lang` the language in force (replacing any earlier one) and return it.

    Unknown codes fall back to Vietnamese. Raises FileNotFoundError or OSError when the
    application's own .qm file is missing or unreadable: a broken install must not
    silently show English to a Vietnamese officer. Without an application object (the
    command line), no QCoreApplication is created: `translate` then asks the loaded
    translator directly, so a window created later can still make its QApplication.
    """
    global _language
    lang = normalize(lang)
    if app is None:
        app = QCoreApplication.instance()

    qm = resource_path("translations", f"gbv_{lang}.qm")
    ours = QTranslator()
    if not ours.load(str(qm)):
        raise OSError(f"Cannot load the translation file {qm}")

    old_app = QCoreApplication.instance()
    if old_app is not None:
        for old in _translators:
            old_app.removeTranslator(old)
    _translators.clear()

    # Qt's own texts (standard buttons, dialogs) when PySide6 ships them for `lang`;
    # it ships none for Vietnamese, so this is optional. Installed first so that ours,
    # installed last, is searched first.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator()
    if qtbase.load(f"qtbase_{lang}", qt_dir):
        _translators.append(qtbase)
    _translators.append(ours)
    if app is not None:
        for translator in _translators:
            app.installTranslator(translator)
    _language = lang
    return lang


def uninstall() -> None:
    """Remove the installed translations; the source language (English) is in force again."""
    global _language
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _translators:
            app.removeTranslator(translator)
    _translators.clear()
    _language = None


def preferred_language() -> str:
    """The language chosen in Settings (QSettings "language"), Vietnamese by default."""
    from PySide6.QtCore import QSettings

    value = QSettings("gbv-desktop", "gbv-desktop").value("language", DEFAULT)
    return normalize(str(value))


def language() -> str:
    """The language in force: the last one installed, or English (the source) before."""
    return _language or SOURCE_LANGUAGE


def translate(context: str, text: str) -> str:
    """`text` (English source) in the language in force, for `context`."""
    if QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text)
    for translator in reversed(_translators):
        found = translator.translate(context, text)
        if found:
            return found
    return text


def render(message: Renderable) -> str:
    """A `Message` or `KnownError` as text in the language in force, placeholders filled."""
    return message.render(translate)
