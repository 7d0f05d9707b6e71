"""Vietnamese text: search folding and dictionary sort keys."""

from __future__ import annotations

import random
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gbv_desktop.domain.text import fold, sort_key

ALPHABET = [
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
]  # fmt: skip
VOWELS = {"a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"}
# ngang, huyền, hỏi, ngã, sắc, nặng: the dictionary order of the tones.
TONE_MARKS = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"]


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def by_key(words: list[str]) -> list[str]:
    shuffled = words[:]
    random.Random(1).shuffle(shuffled)
    return sorted(shuffled, key=sort_key)


# --- fold ----------------------------------------------------------------------------


def test_fold_makes_spellings_equal() -> None:
    assert fold("Tân Lợi") == fold("TAN LOI") == fold("tan loi") == "tan loi"
    assert fold("TÂN LỢI") == "tan loi"


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đắk Lắk", "dak lak"),
        ("đường", "duong"),
        ("ĐOÀN", "doan"),
        ("Buôn Ma Thuột", "buon ma thuot"),
        ("Ê Đê", "e de"),
        ("M'nông", "m'nong"),
        ("Nguyễn Thị Ánh Tuyết", "nguyen thi anh tuyet"),
        ("ưỡn ỡm Ơ", "uon om o"),
        ("VV-2025-0001", "vv-2025-0001"),
    ],
)
def test_fold_examples(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_fold_decomposed_input() -> None:
    assert fold(nfd("Đắk Lắk Tân Lợi")) == "dak lak tan loi"
    assert fold(nfd("Đ")) == "d"


@pytest.mark.parametrize(
    "text", ["  Tân   Lợi ", "\tTân\nLợi\r\n", "Tân\u00a0Lợi", "Tân \u3000 Lợi"]
)
def test_fold_collapses_whitespace(text: str) -> None:
    assert fold(text) == "tan loi"


@pytest.mark.parametrize("text", [None, "", "   ", "\n\t"])
def test_fold_empty(text: str | None) -> None:
    assert fold(text) == ""


vietnamese_text = st.text(
    alphabet=st.sampled_from(
        [*ALPHABET, *[a.upper() for a in ALPHABET], *TONE_MARKS[1:], " ", "\t", "-", "'", "1"]
    ),
    max_size=30,
).map(nfc)


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


@given(st.text())
def test_fold_output_has_no_marks_or_stray_whitespace(text: str) -> None:
    out = fold(text)
    assert not any(unicodedata.combining(ch) for ch in out)
    assert "đ" not in out and "Đ" not in out
    assert out == " ".join(out.split())


@given(vietnamese_text)
def test_fold_of_vietnamese_is_ascii_and_case_blind(text: str) -> None:
    out = fold(text)
    assert out.isascii()
    assert out == out.lower()
    assert fold(text.upper()) == out == fold(text.lower()) == fold(nfd(text))


# --- sort_key ------------------------------------------------------------------------


def test_sort_key_alphabet_order() -> None:
    assert by_key(ALPHABET) == ALPHABET
    assert sort_key("a") < sort_key("ă") < sort_key("â") < sort_key("b")
    assert sort_key("d") < sort_key("đ") < sort_key("e")
    assert sort_key("o") < sort_key("ô") < sort_key("ơ") < sort_key("p")
    assert sort_key("u") < sort_key("ư") < sort_key("v")
    assert sort_key("e") < sort_key("ê") < sort_key("f")


def test_sort_key_letters_before_tones() -> None:
    # The letter decides first: "ă" with no tone still sorts after "á" (a with sắc).
    assert sort_key("ạ") < sort_key("ă")
    assert sort_key("dạ") < sort_key("đa")
    assert sort_key("bà") < sort_key("ban")


def test_sort_key_tone_order() -> None:
    words = ["ma", "mà", "mả", "mã", "má", "mạ"]
    assert by_key(words) == words
    assert by_key([nfd(w) for w in words]) == [nfd(w) for w in words]


def test_sort_key_tones_as_second_level() -> None:
    words = ["ba", "bà", "bá", "ban", "bàn", "bạn", "bang", "băng", "bâng", "bầng"]
    assert by_key(words) == words


def test_sort_key_case_as_third_level() -> None:
    words = ["an", "An", "AN", "àn", "Àn", "ăn", "Ăn"]
    assert by_key(words) == words
    assert sort_key("đa") < sort_key("Đa") < sort_key("đà")


def test_sort_key_orders_names_like_a_dictionary() -> None:
    names = [
        "An", "Anh", "Ánh", "Ân", "Bình", "Cường", "Dũng", "Dung", "Đạt", "Đông",
        "Giang", "Hà", "Hải", "Hạnh", "Lan", "Lân", "Oanh", "Ông", "Ơn", "Uyên", "Ưng", "Yến",
    ]  # fmt: skip
    expected = [
        "An", "Anh", "Ánh", "Ân", "Bình", "Cường", "Dung", "Dũng", "Đạt", "Đông",
        "Giang", "Hà", "Hải", "Hạnh", "Lan", "Lân", "Oanh", "Ông", "Ơn", "Uyên", "Ưng", "Yến",
    ]  # fmt: skip
    assert by_key(names) == expected


def test_sort_key_place_names() -> None:
    places = ["Buôn Ma Thuột", "Cư M'gar", "Đắk Lắk", "Đắk Nông", "Ea Kar", "Krông Pắc", "Lắk"]
    assert by_key(places) == places


def test_sort_key_spaces_and_punctuation_sort_before_letters() -> None:
    assert sort_key("an b") < sort_key("anb")
    assert sort_key("an") < sort_key("an b") < sort_key("ana")
    assert sort_key("an-b") == sort_key("an b") == sort_key("an  b") == sort_key("an, b")
    assert sort_key("  Tân Lợi  ") == sort_key("Tân Lợi")
    assert sort_key("Tân Lợi.") == sort_key("Tân Lợi")


def test_sort_key_digits_sort_before_letters() -> None:
    assert sort_key("Tổ 1") < sort_key("Tổ 2") < sort_key("Tổ a")
    assert sort_key("VV-2024-0009") < sort_key("VV-2025-0001")


def test_sort_key_is_ascii_and_normalisation_blind() -> None:
    key = sort_key("Nguyễn Thị Ánh Tuyết")
    assert key.isascii()
    assert sort_key(nfd("Nguyễn Thị Ánh Tuyết")) == key


def test_sort_key_empty() -> None:
    assert sort_key(None) == ""
    assert sort_key("") == ""
    assert sort_key("") < sort_key("a")


def test_sort_key_letters_outside_the_alphabet_sort_after_it() -> None:
    assert sort_key("z") < sort_key("ß") < sort_key("ø")
    assert sort_key("aß").isascii()
    assert sort_key("a") < sort_key("aß")


def test_sort_key_keeps_a_space_after_a_letter_outside_the_alphabet() -> None:
    # "ß b" is the word "ß" then "b": it sorts before "ßa", as "z b" sorts before "za".
    assert sort_key("z b") < sort_key("za")
    assert sort_key("ß b") < sort_key("ßa")


@given(st.text())
def test_sort_key_never_raises_is_ascii_and_deterministic(text: str) -> None:
    key = sort_key(text)
    assert isinstance(key, str)
    assert key.isascii()
    assert sort_key(text) == key
    assert sort_key(nfd(text)) == sort_key(nfc(text)) == key


# A Vietnamese word as (letter index, tone, upper case); tones only on vowels.
letter = st.tuples(
    st.integers(min_value=0, max_value=len(ALPHABET) - 1),
    st.integers(min_value=0, max_value=5),
    st.booleans(),
).map(lambda t: (t[0], t[1] if ALPHABET[t[0]] in VOWELS else 0, t[2]))
word = st.lists(letter, min_size=1, max_size=6)


def spell(w: list[tuple[int, int, bool]]) -> str:
    out = ""
    for index, tone, upper in w:
        ch = ALPHABET[index].upper() if upper else ALPHABET[index]
        out += nfc(ch + TONE_MARKS[tone])
    return out


def reference(w: list[tuple[int, int, bool]]) -> tuple[list[int], list[int], list[bool]]:
    return [i for i, _, _ in w], [t for _, t, _ in w], [u for _, _, u in w]


@given(word, word)
def test_sort_key_agrees_with_a_three_level_reference(
    a: list[tuple[int, int, bool]], b: list[tuple[int, int, bool]]
) -> None:
    ka, kb = sort_key(spell(a)), sort_key(spell(b))
    ra, rb = reference(a), reference(b)
    assert (ka < kb) == (ra < rb)
    assert (ka == kb) == (ra == rb)


@given(st.lists(word, min_size=1, max_size=4), st.lists(word, min_size=1, max_size=4))
def test_sort_key_of_phrases_compares_word_by_word(
    a: list[list[tuple[int, int, bool]]], b: list[list[tuple[int, int, bool]]]
) -> None:
    # Primary level over whole phrases: letters with a separator below every letter.
    pa = [[i for i, _, _ in w] for w in a]
    pb = [[i for i, _, _ in w] for w in b]
    ka, kb = sort_key(" ".join(spell(w) for w in a)), sort_key(" ".join(spell(w) for w in b))
    if pa != pb:
        assert (ka < kb) == (pa < pb)
