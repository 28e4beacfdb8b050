"""Folding for search: the stored side and the query side agree in every script."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.phrasebook import matches
from companion.core.search import fold, fts_phrases, search_terms, search_text


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Ευχαριστώ ΠΟΛΎ", "ευχαριστω πολυ"),
        ("Café Straße", "cafe strasse"),
        ("감사합니다", "감사합니다"),  # syllables stay syllables, not letters (jamo)
        ("ありがとうございます", "ありがとうございます"),  # voiced kana keep their marks
        ("ｻﾎﾟｰﾄ", "サポート"),  # half-width kana become full-width
        ("ＴＨＡＮＫＳ１２３", "thanks123"),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


def test_search_text_keeps_words_one_space_apart() -> None:
    assert search_text("Thank you!!  Ευχαριστώ", "", "kudos\nfast") == (
        " thank you ευχαριστω kudos fast "
    )
    assert search_text("", "...") == ""


def test_terms_by_script() -> None:
    terms = search_terms('감사 ありがとう πολύ "near" 対応 に *')
    assert terms.words == ("πολυ", "near")
    assert terms.pieces == ("ありがとう",)
    assert terms.scanned == ("감사", "対応", "に")
    assert not search_terms('" * ( ) ^ -')


@given(st.lists(st.text(max_size=10), max_size=4))
def test_phrases_are_always_quoted(pieces: list[str]) -> None:
    query = fts_phrases(tuple(pieces), prefix=True)
    # Every piece is one quoted string: an even number of quotes, nothing outside them but
    # spaces and stars.
    outside = query.replace('""', "").split('"')[::2]
    assert all(set(part) <= {" ", "*"} for part in outside)


@pytest.mark.parametrize(
    ("query", "phrase"),
    [
        ("감사", "감사합니다, 고객님"),
        ("친절하게", "늘 친절하게 안내해 드리겠습니다"),
        ("ありがとう", "ご連絡ありがとうございます"),
        ("ευχαριστω", "Σας ευχαριστώ για την υπομονή"),
        ("πολυ", "Λυπάμαι πολύ για την καθυστέρηση"),
    ],
)
def test_the_phrasebook_search_finds_words_in_every_language(query: str, phrase: str) -> None:
    assert matches(query, phrase)
