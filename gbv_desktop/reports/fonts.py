"""The letter's typeface: the system's Times New Roman, else the bundled Liberation Serif.

Decree 30/2020 asks for Times New Roman (Unicode). Where the computer has it with every
Vietnamese letter we use it; otherwise the bundled Liberation Serif 2 (SIL OFL 1.1,
`resources/fonts/OFL.txt`), which has the same metrics, so line breaks and widths match
and a DOCX opened in Word on Windows lays out like the PDF. The four styles are
registered with reportlab as one family; `text_width` measures with it, so the PDF and
the DOCX size their rules and columns from the same numbers.
"""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from gbv_desktop.domain.messages import QT_TRANSLATE_NOOP, KnownError, Message
from gbv_desktop.resources import resource_path

STYLES = ("regular", "bold", "italic", "bold_italic")

# The name Word and LibreOffice look for; LibreOffice maps it to Liberation Serif itself.
DOCX_FONT_NAME = "Times New Roman"

_BUNDLED = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bold_italic": "LiberationSerif-BoldItalic.ttf",
}

# File names of Times New Roman as Windows, the msttcorefonts packages and macOS ship them.
_SYSTEM_NAMES: tuple[dict[str, str], ...] = (
    {
        "regular": "times.ttf",
        "bold": "timesbd.ttf",
        "italic": "timesi.ttf",
        "bold_italic": "timesbi.ttf",
    },
    {
        "regular": "Times_New_Roman.ttf",
        "bold": "Times_New_Roman_Bold.ttf",
        "italic": "Times_New_Roman_Italic.ttf",
        "bold_italic": "Times_New_Roman_Bold_Italic.ttf",
    },
    {
        "regular": "Times New Roman.ttf",
        "bold": "Times New Roman Bold.ttf",
        "italic": "Times New Roman Italic.ttf",
        "bold_italic": "Times New Roman Bold Italic.ttf",
    },
)


def _vietnamese_letters() -> str:
    vowels = "aăâeêioôơuưy"
    marks = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
    lower = "".join(unicodedata.normalize("NFC", v + m) for v in vowels for m in marks)
    lower += "bcdđghklmnpqrstvx"
    return lower + lower.upper()


# Every letter of Vietnamese (the 134 toned vowels and the consonants, both cases) and the
# punctuation the letter itself prints: a usable font must have them all.
VIETNAMESE_LETTERS = _vietnamese_letters()
LETTER_PUNCTUATION = "0123456789 .,;:!?()[]/-–—“”‘’'\"…%<>+=*&_"


@dataclass(frozen=True)
class FontSet:
    """The four styles of one serif family, as files."""

    regular: Path
    bold: Path
    italic: Path
    bold_italic: Path
    family: str  # "Times New Roman" or "Liberation Serif"
    bundled: bool

    def path(self, style: str) -> Path:
        return getattr(self, style)

    @property
    def paths(self) -> tuple[Path, Path, Path, Path]:
        return (self.regular, self.bold, self.italic, self.bold_italic)


def system_font_dirs() -> list[Path]:
    """Where Times New Roman is usually installed on Windows, Linux and macOS."""
    dirs: list[Path] = []
    home = Path.home()
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [
            Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"),
            home / "Library" / "Fonts",
        ]
    else:
        dirs += [
            Path("/usr/share/fonts/truetype/msttcorefonts"),
            Path("/usr/share/fonts/msttcore"),
            Path("/usr/share/fonts/msttcorefonts"),
            Path("/usr/share/fonts/TTF"),
            Path("/usr/share/fonts/truetype"),
            Path("/usr/local/share/fonts"),
            home / ".local" / "share" / "fonts",
            home / ".fonts",
        ]
    return dirs


def bundled_fonts() -> FontSet:
    """The bundled Liberation Serif; a clear error if the installation lost it."""
    paths: dict[str, Path] = {}
    for style, name in _BUNDLED.items():
        try:
            paths[style] = resource_path("fonts", name)
        except FileNotFoundError as exc:
            raise KnownError(
                Message(
                    "Reports",
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "The font for the report ({name}) is missing from this installation. "
                        "Reinstall gbv-desktop.",
                    ),
                    {"name": name},
                )
            ) from exc
    return FontSet(**paths, family="Liberation Serif", bundled=True)


def _system_times(dirs: Iterable[Path]) -> FontSet | None:
    for folder in dirs:
        for names in _SYSTEM_NAMES:
            paths = {style: folder / names[style] for style in STYLES}
            if all(p.is_file() for p in paths.values()):
                fonts = FontSet(**paths, family="Times New Roman", bundled=False)
                try:
                    if all(
                        not missing_characters(VIETNAMESE_LETTERS + LETTER_PUNCTUATION, p)
                        for p in fonts.paths
                    ):
                        return fonts
                except Exception:  # an unreadable or damaged font file: look further
                    continue
    return None


def find_times(search_dirs: Sequence[Path] | None = None) -> FontSet:
    """The system's Times New Roman if all four styles cover Vietnamese, else the bundled font."""
    found = _system_times(system_font_dirs() if search_dirs is None else search_dirs)
    return found or bundled_fonts()


@cache
def _cmap(path: Path) -> frozenset[int]:
    from reportlab.pdfbase.ttfonts import TTFontFile

    return frozenset(TTFontFile(str(path)).charToGlyph)


def missing_characters(text: str, font: Path) -> set[str]:
    """The characters of `text` the font has no glyph for (white space aside)."""
    covered = _cmap(Path(font))
    return {ch for ch in set(text) if not ch.isspace() and ord(ch) not in covered}


@dataclass(frozen=True)
class Registered:
    """The font set as registered with reportlab: one family, four face names."""

    fonts: FontSet
    regular: str
    bold: str
    italic: str
    bold_italic: str

    def face(self, bold: bool = False, italic: bool = False) -> str:
        if bold and italic:
            return self.bold_italic
        if bold:
            return self.bold
        return self.italic if italic else self.regular


@cache
def register(fonts: FontSet | None = None) -> Registered:
    """Register the four styles with reportlab as one family (once per font set)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    fonts = fonts or find_times()
    base = "GBV" + fonts.family.replace(" ", "")
    names = {
        "regular": base,
        "bold": base + "-Bold",
        "italic": base + "-Italic",
        "bold_italic": base + "-BoldItalic",
    }
    for style in STYLES:
        pdfmetrics.registerFont(TTFont(names[style], str(fonts.path(style))))
    pdfmetrics.registerFontFamily(
        base,
        normal=names["regular"],
        bold=names["bold"],
        italic=names["italic"],
        boldItalic=names["bold_italic"],
    )
    return Registered(fonts, **names)


def text_width(text: str, size: float, bold: bool = False, italic: bool = False) -> float:
    """Width in points of `text` set on one line in the letter's font."""
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.stringWidth(text, register().face(bold, italic), size)
