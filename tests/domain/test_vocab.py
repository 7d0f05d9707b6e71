"""Vocabularies: stable unique codes, both languages, campaign and age-group defaults."""

from __future__ import annotations

import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gbv_desktop.domain import vocab
from gbv_desktop.domain.vocab import (
    ALL_VOCABULARIES,
    CAMPAIGN_DATES,
    CAMPAIGNS,
    Term,
    Vocabulary,
    age_group_for,
    campaign_for,
)

# Letters only Vietnamese uses (lower case; labels are checked case-insensitively).
VIETNAMESE_LETTERS = set("ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
# Terms whose Vietnamese label is written the same in English (proper names).
SAME_IN_BOTH = {("ethnicity", "kinh")}

VOCAB_IDS = [v.name for v in ALL_VOCABULARIES]


def _module_vocabularies() -> list[Vocabulary]:
    return [v for v in vars(vocab).values() if isinstance(v, Vocabulary)]


def test_all_vocabularies_lists_every_vocabulary_of_the_module() -> None:
    assert {id(v) for v in _module_vocabularies()} == {id(v) for v in ALL_VOCABULARIES}


def test_vocabulary_names_are_unique() -> None:
    names = [v.name for v in ALL_VOCABULARIES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("vocabulary", ALL_VOCABULARIES, ids=VOCAB_IDS)
def test_codes_are_unique_non_empty_identifiers(vocabulary: Vocabulary) -> None:
    codes = [t.code for t in vocabulary]
    assert codes, "a vocabulary must not be empty"
    assert len(codes) == len(set(codes))
    assert vocabulary.codes == tuple(codes)
    assert len(vocabulary) == len(codes)
    for code in codes:
        # Codes are stored in the database and the report package: ASCII snake_case.
        assert code.isascii() and code == code.strip() and code == code.lower(), code
        assert code.replace("_", "").isalnum(), code


@pytest.mark.parametrize("vocabulary", ALL_VOCABULARIES, ids=VOCAB_IDS)
def test_every_term_has_vi_and_en_labels(vocabulary: Vocabulary) -> None:
    for term in vocabulary:
        assert term.vi.strip() and term.vi == term.vi.strip(), term
        assert term.en.strip() and term.en == term.en.strip(), term
        assert not VIETNAMESE_LETTERS & set(term.en.lower()), f"{term.code}: English has Vietnamese"
        if (vocabulary.name, term.code) not in SAME_IN_BOTH:
            assert term.vi != term.en, f"{vocabulary.name}.{term.code} looks untranslated"


@pytest.mark.parametrize("vocabulary", ALL_VOCABULARIES, ids=VOCAB_IDS)
def test_vietnamese_labels_are_vietnamese_text_in_nfc(vocabulary: Vocabulary) -> None:
    vi_labels = [t.vi for t in vocabulary]
    assert any(VIETNAMESE_LETTERS & set(label.lower()) for label in vi_labels), vocabulary.name
    for label in vi_labels:
        assert unicodedata.normalize("NFC", label) == label, f"{label!r} is not NFC"


def test_vietnamese_labels_are_unique_within_a_vocabulary() -> None:
    for vocabulary in ALL_VOCABULARIES:
        labels = [t.vi for t in vocabulary]
        assert len(labels) == len(set(labels)), vocabulary.name


def test_vocabulary_lookup_and_labels() -> None:
    assert "talk" in vocab.ACTIVITY_FORMS
    assert "lecture" not in vocab.ACTIVITY_FORMS
    assert None not in vocab.ACTIVITY_FORMS
    assert vocab.ACTIVITY_FORMS["talk"] == Term("talk", "Nói chuyện chuyên đề", "Thematic talk")
    assert vocab.ACTIVITY_FORMS.label("talk") == "Nói chuyện chuyên đề"
    assert vocab.ACTIVITY_FORMS.label("talk", "en") == "Thematic talk"
    assert vocab.ACTIVITY_FORMS.label("talk", "vi") == "Nói chuyện chuyên đề"
    # An unknown code is shown as itself rather than crashing a report.
    assert vocab.ACTIVITY_FORMS.label("lecture") == "lecture"
    assert vocab.ACTIVITY_FORMS.label("lecture", "en") == "lecture"
    with pytest.raises(KeyError):
        vocab.ACTIVITY_FORMS["lecture"]
    assert [t.code for t in vocab.SEXES] == ["female", "male", "unknown"]


def test_term_label_defaults_to_vietnamese() -> None:
    term = Term("x", "Chữ", "Word")
    assert term.label() == "Chữ"
    assert term.label("en") == "Word"
    assert term.label("fr") == "Chữ"


def test_vocabulary_rejects_duplicate_codes() -> None:
    with pytest.raises(ValueError, match="dup"):
        Vocabulary("dup", [Term("a", "A", "A"), Term("a", "Ă", "B")])


def test_role_and_provider_subsets_are_codes_of_their_vocabularies() -> None:
    assert set(vocab.IDENTITY_ROLES) <= set(vocab.ROLES.codes)
    assert set(vocab.WRITER_ROLES) <= set(vocab.ROLES.codes)
    assert "viewer" not in vocab.WRITER_ROLES
    assert "officer" not in vocab.IDENTITY_ROLES
    assert set(vocab.NON_PROVIDER_KINDS) <= set(vocab.PROVIDER_KINDS.codes)
    assert set(vocab.MAJORITY_ETHNICITIES) <= set(vocab.ETHNICITIES.codes)


def test_report_kinds_and_unit_levels() -> None:
    assert vocab.REPORT_KINDS.codes == ("half_year", "annual", "ad_hoc", "phase")
    assert vocab.UNIT_LEVELS.codes == ("ward", "commune", "city")


# --- campaigns -----------------------------------------------------------------------


def test_campaign_dates_cover_every_campaign_but_none() -> None:
    assert set(CAMPAIGN_DATES) == set(CAMPAIGNS.codes) - {"none"}
    for code, campaign in CAMPAIGN_DATES.items():
        assert campaign.code == code


def test_campaign_dates_follow_the_plan() -> None:
    assert CAMPAIGN_DATES["gender_equality_month"].dates(2025) == (
        date(2025, 11, 15),
        date(2025, 12, 15),
    )
    assert CAMPAIGN_DATES["elimination_day"].dates(2024) == (date(2024, 11, 25),) * 2
    assert CAMPAIGN_DATES["domestic_violence_month"].dates(2023) == (
        date(2023, 6, 1),
        date(2023, 6, 30),
    )


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2025, 11, 14), "none"),
        (date(2025, 11, 15), "gender_equality_month"),
        (date(2025, 11, 24), "gender_equality_month"),
        (date(2025, 11, 25), "elimination_day"),  # the day wins over the month around it
        (date(2025, 11, 26), "gender_equality_month"),
        (date(2025, 12, 15), "gender_equality_month"),
        (date(2025, 12, 16), "none"),
        (date(2025, 5, 31), "none"),
        (date(2025, 6, 1), "domestic_violence_month"),
        (date(2025, 6, 30), "domestic_violence_month"),
        (date(2025, 7, 1), "none"),
        (date(2024, 2, 29), "none"),
        (date(2025, 1, 1), "none"),
        (date(2025, 12, 31), "none"),
    ],
)
def test_campaign_for_edges(day: date, expected: str) -> None:
    assert campaign_for(day) == expected


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_campaign_for_matches_the_campaign_windows(day: date) -> None:
    code = campaign_for(day)
    assert code in CAMPAIGNS
    md = (day.month, day.day)
    if md == (11, 25):
        assert code == "elimination_day"
    elif (11, 15) <= md <= (12, 15):
        assert code == "gender_equality_month"
    elif (6, 1) <= md <= (6, 30):
        assert code == "domestic_violence_month"
    else:
        assert code == "none"


def test_campaign_contains_is_inclusive() -> None:
    month = CAMPAIGN_DATES["domestic_violence_month"]
    first, last = month.dates(2025)
    assert month.contains(first)
    assert month.contains(last)
    assert not month.contains(first - timedelta(days=1))
    assert not month.contains(last + timedelta(days=1))


# --- age groups ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        (0, "under_16"),
        (15, "under_16"),
        (16, "16_59"),
        (59, "16_59"),
        (60, "60_plus"),
        (104, "60_plus"),
    ],
)
def test_age_group_for_edges(age: int, expected: str) -> None:
    assert age_group_for(age) == expected


@given(st.integers(min_value=0, max_value=130))
def test_age_group_for_is_always_a_known_code_and_monotonic(age: int) -> None:
    codes = vocab.AGE_GROUPS.codes
    group = age_group_for(age)
    assert group in codes
    assert codes.index(age_group_for(age + 1)) >= codes.index(group)
