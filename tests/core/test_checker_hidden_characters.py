"""A reply pasted with characters nobody sees inside its words (a zero-width space, a soft
hyphen), typed with a Japanese keyboard's wide letters or in half-width katakana, is checked as
it reads: the findings are those of the plain reply, placed on the user's own characters, and
a rewrite changes only the words it is about."""

from __future__ import annotations

import unicodedata

import pytest

from companion.core.checker import Ignored, check, rewrites

ZWSP, SHY, BOM = "\u200b", "\u00ad", "\ufeff"
KO_HARD, EL_HARD = "안 됩니다. 고객님 잘못입니다.", "Όχι. Είναι δικό σας λάθος."


def _found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.rule, text[f.start : f.end]) for f in check(text, lang).findings]


@pytest.mark.parametrize(
    ("written", "plain", "lang"),
    [
        (
            f"You are wr{ZWSP}ong about the date, and that is not our fa{SHY}ult.",
            "You are wrong about the date, and that is not our fault.",
            "en",
        ),
        (
            "You are ｗｒｏｎｇ about the date, and that is ｎｏｔ our fault.",
            "You are wrong about the date, and that is not our fault.",
            "en",
        ),
        # a Japanese keyboard's wide mode types the punctuation and spaces wide too
        ("Ｎｏ．　Ｗｅ　ｃａｎ＇ｔ　ｄｏ　ｔｈａｔ．", "No. We can't do that.", "en"),
        ("ＮＯ． ＹＯＵ ＡＲＥ ＷＲＯＮＧ！！！", "NO. YOU ARE WRONG!!!", "en"),
        ("This is your 𝐟𝐚𝐮𝐥𝐭.", "This is your fault.", "en"),
        (f"{BOM}그건 고객님 잘{ZWSP}못입니다.", "그건 고객님 잘못입니다.", "ko"),
        # syllables and accents stored apart from their letters (Mac file names, some PDFs)
        (unicodedata.normalize("NFD", KO_HARD), KO_HARD, "ko"),
        (unicodedata.normalize("NFD", EL_HARD), EL_HARD, "el"),
        # Japanese keeps its wide punctuation (its rules read it); only the letters narrow
        ("ご返金はできません！！ＯＫ？", "ご返金はできません！！OK？", "ja"),
        ("ご返金はﾑﾘです。", "ご返金はムリです。", "ja"),
        (f"それは無{ZWSP}理です。", "それは無理です。", "ja"),
        (
            f"Δεν φταί{SHY}με εμείς, εσείς κάνατε λάθος.",
            "Δεν φταίμε εμείς, εσείς κάνατε λάθος.",
            "el",
        ),
    ],
)
def test_the_findings_are_those_of_the_reply_as_it_reads(written: str, plain: str, lang: str):
    expected = check(plain, lang)
    assert expected.findings  # the plain reply has something to find
    report = check(written, lang)
    assert [f.rule for f in report.findings] == [f.rule for f in expected.findings]
    assert report.verdict == expected.verdict
    for got, want in zip(report.findings, expected.findings, strict=True):
        marked = written[got.start : got.end]
        # the mark covers the user's own characters, hidden ones inside it included
        assert marked.replace(ZWSP, "").replace(SHY, "") != ""
        assert len(marked) >= want.end - want.start
        assert not marked[:1].isspace() and marked[:1] not in (ZWSP, SHY, BOM)


def test_the_marks_of_a_reply_with_hidden_characters_are_on_the_words() -> None:
    text = f"Per our po{SHY}licy, no. You are wr{ZWSP}ong."
    found = dict((rule, words) for rule, words in _found(text, "en"))
    assert found["policy-without-why"] == f"Per our po{SHY}licy"
    assert found["blame-you-are-wrong"] == f"You are wr{ZWSP}ong"


def test_ignore_here_takes_the_users_own_places() -> None:
    text = f"You are wr{ZWSP}ong about the date."
    [finding] = [f for f in check(text, "en").findings if f.rule == "blame-you-are-wrong"]
    again = check(text, "en", ignored={Ignored(finding.rule, finding.start, finding.end)})
    assert finding.rule not in [f.rule for f in again.findings]


def test_a_rewrite_changes_only_the_words_it_is_about() -> None:
    text = f"Your ｷｬﾝｾﾙ note is here. You are wr{ZWSP}ong about the date{SHY}."
    [finding] = [f for f in check(text, "en").findings if f.rule == "blame-you-are-wrong"]
    [first, *_] = rewrites(text, finding)
    assert first.text == f"Your ｷｬﾝｾﾙ note is here. There may be a mix-up about the date{SHY}."


def test_a_japanese_rewrite_keeps_the_half_width_kana_it_does_not_replace() -> None:
    text = "ﾑﾘです、ｷｬﾝｾﾙは明日またお電話ください。"
    [finding] = [f for f in check(text, "ja").findings if f.rule == "ja-refusal-flat-no"]
    assert text[finding.start : finding.end] == "ﾑﾘです、"
    texts = [r.text for r in rewrites(text, finding)]
    assert "申し訳ございませんが、ｷｬﾝｾﾙは明日またお電話ください。" in texts
