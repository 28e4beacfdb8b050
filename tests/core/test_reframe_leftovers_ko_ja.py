"""Kinds of thought the Korean and Japanese word lists read in one form and missed in another, and
rewrites that did not read as a sentence.

Japanese: a certainty said politely ("きっと失敗しますし、…", "どうせうまくいきません") is marked
as its plain form is, and rewritten from the plain verb ("失敗するかもしれないと不安になって
います"); a label on oneself with no copula after it ("僕は何の役にも立たない。") is rewritten
with one ("…だけだ。", not "…だけ。"), and the label-like kinds are read, and rewritten as whole
sentences, in plain and polite form alike."""

from __future__ import annotations

import pytest

from companion.core.reframe import Dimension, detect

PERM, PERV, PERS = Dimension.PERMANENT, Dimension.PERVASIVE, Dimension.PERSONAL

# -- Japanese: a polite certainty is read as the plain one is ------------------------------------

# (plain, polite): the same certainty in each form
JA_CERTAINTIES = [
    ("きっと失敗するし、怒られる。", "きっと失敗しますし、怒られます。"),
    ("どうせまた面接に落ちるに違いない。", "どうせまた面接に落ちます。"),
    ("きっと部長に叱られる。", "きっと部長に叱られます。"),
    ("このままだときっとクビになるだろう。", "このままだときっとクビになります。"),
    ("結局また失敗する。", "結局また失敗します。"),
    ("どうせうまくいかない。", "どうせうまくいきません。"),
    ("きっと取引先に嫌われるし、もう無理だ。", "きっと取引先に嫌われますし、もう無理です。"),
]


@pytest.mark.parametrize(("plain", "polite"), JA_CERTAINTIES)
def test_a_polite_certainty_is_marked_as_the_plain_one_is(plain: str, polite: str) -> None:
    for thought in (plain, polite):
        detection = detect(thought, "ja")
        assert detection.of(PERM), thought
        suggestion = detection.suggestions[PERM]
        assert suggestion is not None, thought
        assert "かもしれない" in suggestion, suggestion
        # the rewrite is made from the plain verb, never from the polite one
        assert "ますかもしれ" not in suggestion and "ませんかもしれ" not in suggestion, suggestion


@pytest.mark.parametrize(
    ("thought", "expected"),
    [
        (
            "きっと失敗しますし、きっと叱られます。",
            "失敗するかもしれないし、叱られるかもしれないと不安になっています。"
            "次はまた違う結果になるかもしれません。",
        ),
        (
            "どうせまた面接に落ちます。",
            "面接に落ちるかもしれないと不安になっています。次はまた違う結果になるかもしれません。",
        ),
        (
            "絶対に大問題になります。",
            "大問題になるかもしれないと不安になっています。次はまた違う結果になるかもしれません。",
        ),
        (
            "どうせうまくいきません。",
            "うまくいかないかもしれないと不安になっています。次はまた違う結果になるかもしれません。",
        ),
        # "と思います" goes with the certainty it frames ("…不安になっていますと思います" is not
        # Japanese)
        (
            "きっと失敗すると思いますし、きっと叱られます。",
            "失敗するかもしれないし、叱られるかもしれないと不安になっています。"
            "次はまた違う結果になるかもしれません。",
        ),
        (
            "きっと失敗すると思う。",
            "失敗するかもしれないと不安になっている。次はまた違う結果になるかもしれません。",
        ),
    ],
)
def test_a_polite_certainty_is_rewritten_from_its_plain_verb(thought: str, expected: str) -> None:
    assert detect(thought, "ja").suggestions[PERM] == expected


@pytest.mark.parametrize(
    "thought", ["きっと失敗しません。", "きっと失敗しますか？", "きっと失敗すると思った。"]
)
def test_no_certainty_is_read_into_a_polite_negative_or_question(thought: str) -> None:
    assert not detect(thought, "ja").of(PERM), thought


# -- Japanese: a label is rewritten as a whole sentence, in plain and polite form -----------------

JA_LABELS = [
    ("僕は何の役にも立たない。", "今回はうまくいかなかっただけだ。"),
    ("僕は何の役にも立たないと思う。", "今回はうまくいかなかっただけだと思う。"),
    ("私はダメな人間。", "今回はうまくいかなかっただけだ。"),
    ("私は役立たずなので、迷惑をかけてしまう。", "今回はうまくいかなかっただけなので、"),
    ("私はダメなのかもしれない。", "今回はうまくいかなかっただけなのかもしれない。"),
    ("私は役立たずだ。", "今回はうまくいかなかっただけだ。"),
    ("私は役立たずです。", "今回はうまくいかなかっただけです。"),
    ("僕は誰の役にも立てません。", "今回はうまくいかなかっただけです。"),
    ("私は使い物になりません。", "今回はうまくいかなかっただけです。"),
    ("私は何もできません。", "今回はうまくいかなかっただけです。"),
    ("私には無理だ。", "今の自分には難しい。"),
    ("私には無理です。", "今の自分には難しいです。"),
    ("私はこの仕事に向いてない。", "私はまだ慣れていない。"),
    ("私はこの仕事に向いていません。", "私はまだ慣れていません。"),
    ("私は人を見る目がない。", "今回は見抜けなかった。"),
    ("私は人を見る目がありません。", "今回は見抜けませんでした。"),
    ("私は魅力がない。", "私の良さが、今回は伝わらなかった。"),
    ("私は魅力がありません。", "私の良さが、今回は伝わりませんでした。"),
    ("自分のことが情けない。", "自分に厳しくなっている。"),
    ("自分のことが情けないです。", "自分に厳しくなっています。"),
    ("自分が嫌いだ。", "自分に厳しくなっている。"),
    ("自分が嫌いです。", "自分に厳しくなっています。"),
]


@pytest.mark.parametrize(("thought", "rewritten"), JA_LABELS)
def test_a_label_is_rewritten_as_a_whole_sentence(thought: str, rewritten: str) -> None:
    suggestion = detect(thought, "ja").suggestions[PERS]
    assert suggestion is not None, thought
    assert suggestion.startswith(rewritten), suggestion


@pytest.mark.parametrize(
    ("thought", "words"),
    [
        ("何もできません。", "この件ではできません。"),
        ("どれもうまくいきません。", "この件ではうまくいきません。"),
    ],
)
def test_nothing_works_is_read_in_polite_form(thought: str, words: str) -> None:
    suggestion = detect(thought, "ja").suggestions[PERV]
    assert suggestion is not None and suggestion.startswith(words), suggestion
