"""Vietnamese text: search folding and dictionary sort order.

`fold` makes "Tân Lợi", "tan loi" and "TAN LOI" equal for search; unlike FTS5's
`remove_diacritics` it also folds `đ` to `d`. `sort_key` orders text as a Vietnamese
dictionary does (a < ă < â < b ... d < đ ..., tones ngang < huyền < hỏi < ngã < sắc <
nặng as a second level, case as a third), and returns a plain ASCII string so that the
database can sort and index it with its ordinary binary collation. PyICU would do this,
but it has no wheels and needs a compiler and ICU headers on every office PC.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_TONES = {"\u0300": "1", "\u0309": "2", "\u0303": "3", "\u0301": "4", "\u0323": "5"}
# Marks that make a separate letter of the alphabet (kept at the first level).
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve (ă), circumflex (â ê ô), horn (ơ ư)

_ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]  # fmt: skip
# Printable ASCII ranks: space and punctuation < digits < letters.
_RANK: dict[str, str] = {}
for _i, _d in enumerate("0123456789"):
    _RANK[_d] = chr(0x30 + _i)  # '0'..'9'
for _i, _letter in enumerate(_ALPHABET):
    _RANK[_letter] = chr(0x41 + _i)  # 'A'..
_SEPARATOR = "!"
# Combining diacritical marks (all of Vietnamese's are in this block).
_COMBINING = re.compile("[\u0300-\u036f]")  # any run of space or punctuation


@functools.lru_cache(maxsize=8192)
def fold(text: str | None) -> str:
    """Lower-case `text` without diacritics (đ → d), whitespace collapsed."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = _COMBINING.sub("", decomposed)
    if not stripped.isascii():  # marks of other scripts (rare): the slow, complete way
        stripped = "".join(ch for ch in stripped if not unicodedata.combining(ch))
    return " ".join(stripped.lower().split())


def _letters(text: str) -> list[tuple[str, str, bool]]:
    """Split `text` into (base letter with its letter-marks, tone, is_upper)."""
    out: list[tuple[str, str, bool]] = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        tone = "0"
        kept = ""
        for m in marks:
            if m in _TONES:
                tone = _TONES[m]
            elif m in _LETTER_MARKS:
                kept += m
        letter = unicodedata.normalize("NFC", base.lower() + kept)
        if ch in "đĐ":
            letter = "đ"
        out.append((letter, tone, ch != ch.lower()))
    return out


@functools.lru_cache(maxsize=8192)
def sort_key(text: str | None) -> str:
    """An ASCII key whose binary order is Vietnamese dictionary order."""
    if not text:
        return ""
    primary: list[str] = []
    tones: list[str] = []
    cases: list[str] = []
    previous_separator = True
    for letter, tone, upper in _letters(text.strip()):
        rank = _RANK.get(letter)
        if rank is None:
            if letter.isalnum():
                # A letter outside the Vietnamese alphabet: after every letter of it,
                # by code point, so the order is still total and stable.
                primary.append("~" + format(ord(letter), "05x"))
                previous_separator = False
            elif not previous_separator:
                primary.append(_SEPARATOR)
                previous_separator = True
            continue
        previous_separator = False
        primary.append(rank)
        tones.append(tone)
        cases.append("1" if upper else "0")
    while primary and primary[-1] == _SEPARATOR:
        primary.pop()
    return "".join(primary) + " " + "".join(tones) + " " + "".join(cases)
