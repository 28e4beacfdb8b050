"""Phrasebook: every shipped file loads and is complete; search is plain words, accent-blind."""

from __future__ import annotations

import itertools
import unicodedata
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.phrasebook import (
    CATEGORY_IDS,
    Phrase,
    PhrasebookError,
    UserPhrase,
    load_phrasebook,
    load_phrasebook_file,
    match_spans,
    matches,
    normalise,
    parse_phrasebook,
    query_words,
    search_phrases,
    shipped_languages,
)
from companion.core.resources import resource

EXPECTED_PRACTICES = {
    "acknowledge": "P4.1",
    "apologise": "P4.3",
    "find-agreement": "P4.4",
    "redirect": "P4.2",
    "boundary": "P4.5",
    "can-do": "P3.3",
    "explain-why": "P3.6",
    "hand-over": "P5.1",
    "confirm": "P5.4",
}


def test_english_is_shipped() -> None:
    assert "en" in shipped_languages()


@pytest.mark.parametrize("language", shipped_languages())
def test_every_shipped_phrasebook_loads_and_is_complete(language: str) -> None:
    book = load_phrasebook_file(resource("phrasebook", f"{language}.toml"))
    assert book.language == language
    assert [c.id for c in book.categories] == list(CATEGORY_IDS)
    for category in book.categories:
        assert EXPECTED_PRACTICES[category.id] in category.practices
        assert len(category.phrases) >= 8, category.id
        assert category.title and category.when
    texts = [normalise(p.text) for p in book.phrases()]
    assert len(texts) == len(set(texts)), "the same phrase is shipped twice"


def test_phrases_are_varied_not_one_template() -> None:
    """No two phrases in a category start with the same four words (P1.7: no robot replies)."""
    book = load_phrasebook("en")
    for category in book.categories:
        starts = [" ".join(normalise(p).split()[:4]) for p in category.phrases]
        assert len(starts) == len(set(starts)), (category.id, starts)


def test_unknown_language_falls_back_to_english() -> None:
    assert load_phrasebook("xx").language == "en"


def test_category_lookup() -> None:
    book = load_phrasebook()
    assert book.category("boundary").title == "Set a calm boundary"
    with pytest.raises(KeyError):
        book.category("nope")


def _valid() -> dict[str, object]:
    return {
        "language": "en",
        "category": [
            {
                "id": "acknowledge",
                "title": "Acknowledge",
                "practices": ["P4.1"],
                "when": "upset",
                "phrases": ["I hear you."],
            }
        ],
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda raw: raw.pop("language"), "'language'"),
        (lambda raw: raw.update(category=[]), "at least one"),
        (lambda raw: raw["category"][0].update(id="Bad Id"), "id of lower-case"),
        (lambda raw: raw["category"][0].update(id="gossip"), "is not one of"),
        (lambda raw: raw["category"][0].update(title=" "), "needs a title"),
        (lambda raw: raw["category"][0].update(practices=["4.1"]), "practices like"),
        (lambda raw: raw["category"][0].update(phrases=[]), "at least one phrase"),
        (lambda raw: raw["category"][0].update(phrases=["", "x"]), "empty or non-text"),
        (lambda raw: raw["category"][0].update(phrases=["Hi", "hi"]), "same phrase twice"),
        (lambda raw: raw["category"][0].update(colour="red"), "unknown fields: colour"),
        (lambda raw: raw["category"].append(dict(raw["category"][0])), "appears twice"),
    ],
)
def test_malformed_phrasebook_is_rejected(change, message: str) -> None:  # type: ignore[no-untyped-def]
    raw = _valid()
    change(raw)
    with pytest.raises(PhrasebookError, match=message):
        parse_phrasebook(raw, source="test.toml")


def test_valid_minimal_phrasebook_parses() -> None:
    book = parse_phrasebook(_valid())
    assert book.phrases() == (Phrase(category="acknowledge", text="I hear you."),)


def test_broken_toml_file_reports_its_name(tmp_path: Path) -> None:
    path = tmp_path / "zz.toml"
    path.write_text("language = ", encoding="utf-8")
    with pytest.raises(PhrasebookError, match=r"zz\.toml"):
        load_phrasebook_file(path)


# --- search -------------------------------------------------------------------------------


def test_search_is_case_and_accent_insensitive() -> None:
    phrases = [
        Phrase("acknowledge", "The café was closed, I'm sorry"),
        Phrase("confirm", "Let me know how it goes"),
    ]
    assert search_phrases(phrases, "CAFE") == [phrases[0]]
    assert search_phrases(phrases, "café sorry") == [phrases[0]]
    assert search_phrases(phrases, "sorry goes") == []
    assert search_phrases(phrases, "") == phrases


def test_search_by_category_and_title() -> None:
    book = load_phrasebook()
    titles = {c.id: c.title for c in book.categories}
    found = search_phrases(book.phrases(), "refund", category="can-do", titles=titles)
    assert found and all(p.category == "can-do" for p in found)
    assert all("refund" in p.text.lower() for p in found)
    by_title = search_phrases(book.phrases(), "boundary", titles=titles)
    assert {p.category for p in by_title} == {"boundary"}


def test_search_finds_rehearsed_answer_by_objection() -> None:
    own = UserPhrase(
        id=7,
        created=datetime(2026, 1, 2, tzinfo=UTC),
        category="explain-why",
        text="The new price pays for the faster servers you asked for.",
        objection="Why did the price go up?",
    )
    assert own.is_rehearsed_answer
    found = search_phrases([own.as_phrase()], "price up")
    assert found == [own.as_phrase()]
    assert found[0].user_id == 7


@given(st.text())
def test_search_syntax_is_plain_words(query: str) -> None:
    book = load_phrasebook()
    result = search_phrases(book.phrases(), query)
    assert isinstance(result, list)
    assert matches(query, "") in (True, False)


def test_match_spans_for_highlighting() -> None:
    text = "Thanks for the Café tip, billing sorted!"
    assert [text[a:b] for a, b in match_spans(text, "cafe BILL")] == ["Café", "billing"]
    assert match_spans(text, "") == []
    assert match_spans(text, '"*(') == []


def marked(text: str, query: str) -> list[str]:
    return [text[start:end] for start, end in match_spans(text, query)]


@pytest.mark.parametrize(
    ("text", "query", "expected"),
    [
        # Japanese has no spaces: a word is marked inside the sentence, and only the word.
        ("ご不便をおかけして、大変申し訳ございません。", "申し訳", ["申し訳"]),
        ("ご不便をおかけして、大変申し訳ございません。", "おかけ 大変", ["おかけ", "大変"]),
        ("ｻﾎﾟｰﾄ窓口までお問い合わせください。", "サポート", ["ｻﾎﾟｰﾄ"]),  # half-width kana
        # Korean: the word without its ending, inside the word that carries it.
        ("기다리시게 해서 정말 죄송합니다.", "죄송", ["죄송"]),
        ("기다리시게 해서 정말 죄송합니다.", "기다리 정말", ["기다리", "정말"]),
        # Greek: typed without accents or in capitals, the whole accented word is marked.
        ("Λυπάμαι πολύ για την ταλαιπωρία.", "ταλαιπωρια", ["ταλαιπωρία"]),
        ("Λυπάμαι πολύ για την ταλαιπωρία.", "ΛΥΠΑΜΑΙ πολυ", ["Λυπάμαι", "πολύ"]),
        ("Σας ευχαριστούμε θερμά!", "ευχαριστ", ["ευχαριστούμε"]),
        # Words from different scripts in one text.
        ("Thank you! 本当に助かりました", "thank 助かり", ["Thank", "助かり"]),
    ],
)
def test_match_spans_in_every_script(text: str, query: str, expected: list[str]) -> None:
    assert marked(text, query) == expected


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("がんばります", "か"),  # voicing marks are kept: が is not か
        ("감사합니다", "가"),  # syllables are compared, not the letters inside them
        ("Λυπάμαι πολύ", "υπαμαι"),  # inside a Greek word, not at its start
        ("Thanks for waiting", "anks"),  # nor inside an English one
        ("申し訳ございません", "申し訳ない"),
    ],
)
def test_what_is_not_in_the_text_is_not_marked(text: str, query: str) -> None:
    assert match_spans(text, query) == []
    assert not matches(query, text)


def test_greek_written_with_separate_accent_marks_is_marked_whole() -> None:
    # Text pasted from some systems keeps accents as separate marks (NFD); the mark is part
    # of its letter, and the whole word is marked, accent included.
    text = unicodedata.normalize("NFD", "Ήσασταν υπέροχοι, ευχαριστώ!")
    assert marked(text, "υπεροχοι ευχαριστω") == [
        unicodedata.normalize("NFD", "υπέροχοι"),
        unicodedata.normalize("NFD", "ευχαριστώ"),
    ]


def test_overlapping_matches_are_one_span() -> None:
    text = "お問い合わせありがとうございます"
    assert marked(text, "ありがとう がとうござ") == ["ありがとうござ"]


def test_the_phrasebook_search_follows_the_same_rules() -> None:
    phrases = [
        Phrase("apologise", "ご不便をおかけして、大変申し訳ございません。"),
        Phrase("apologise", "お待たせしてしまい、申し訳ありません。"),
        Phrase("confirm", "また何かあれば、いつでもご連絡ください。"),
        Phrase("apologise", "기다리시게 해서 정말 죄송합니다."),
        Phrase("apologise", "Λυπάμαι πολύ για την ταλαιπωρία."),
    ]
    assert search_phrases(phrases, "申し訳") == phrases[:2]
    assert search_phrases(phrases, "申し訳 大変") == [phrases[0]]
    assert search_phrases(phrases, "連絡") == [phrases[2]]
    assert search_phrases(phrases, "죄송") == [phrases[3]]
    assert search_phrases(phrases, "가") == []
    assert search_phrases(phrases, "ταλαιπωρια") == [phrases[4]]


_MARKS = ["\u0301", "\u0308", "\u3099", "\u1161", "\u11a8"]
"""An acute accent, a diaeresis, a kana voicing mark, a Hangul vowel and final as letters."""
_SCRIPTS = st.text(
    alphabet=st.sampled_from([*'申し訳ありがとうかが감사합니다가Λυπάμαιπολύ ,.!"*ｶﾞｻﾎﾟßİ', *_MARKS]),
    max_size=30,
)


@given(_SCRIPTS, _SCRIPTS)
def test_spans_are_in_order_inside_the_text_and_agree_with_search(text: str, query: str) -> None:
    spans = match_spans(text, query)
    assert all(0 <= start < end <= len(text) for start, end in spans)
    assert all(first[1] < second[0] for first, second in itertools.pairwise(spans))
    # What search finds is what highlighting marks, word by word.
    for word in query_words(query):
        assert matches(word, text) == bool(match_spans(text, word)), word


@given(st.text(max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_a_piece_of_any_text_is_found_where_it_is_marked(text: str, start: int, end: int) -> None:
    for word in query_words(text[start:end]):
        spans = match_spans(text, word)
        assert all(0 <= first < last <= len(text) for first, last in spans)
        assert matches(word, text) == bool(spans), word
