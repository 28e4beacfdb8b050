"""A Japanese rewrite addresses each marked phrase once. A thought with two or more marked
phrases used to come back with a rewrite inside a rewrite: the worry frame said twice
("…かもしれないと不安になっているし、…かもしれないと不安になっている"), the same rewritten clause
twice (or a last clause repeating the end of the one before), a softened clause left inside the
thought's own certainty ("…かもしれないに違いありません", "きっと…かもしれない"), or 「どうせ」's
frame put around another cue's rewrite (「今回はうまくいかなかっただけだ」と決めつけなくて大丈夫
です). Each is checked in plain and polite form."""

from __future__ import annotations

import re

import pytest

from companion.core.reframe import Dimension, detect, parse_word_lists
from companion.core.reframe_words import WordListError

PERM, PERV, PERS = Dimension.PERMANENT, Dimension.PERVASIVE, Dimension.PERSONAL

REWRITES = [
    # two dreads: each keeps its "かもしれない", the worry is said once, after the last
    (
        "きっと失敗するし、きっと叱られる。",
        PERM,
        "失敗するかもしれないし、叱られるかもしれないと不安になっている。"
        "次はまた違う結果になるかもしれません。",
    ),
    (
        "このままでは取引先に契約を切られるに違いないし、きっと干される。",
        PERM,
        "このままでは取引先に契約を切られるかもしれないし、干されるかもしれないと不安になっている。"
        "次はまた違う結果になるかもしれません。",
    ),
    (
        "きっと左遷されるに違いありませんし、このままでは干されるに違いありません。",
        PERM,
        "左遷されるかもしれないし、干されるかもしれないと不安になっています。"
        "次はまた違う結果になるかもしれません。",
    ),
    # the certainty goes with the dread it frames, in the register it was said in
    (
        "きっと部長に叱られるに違いありません。",
        PERM,
        "部長に叱られるかもしれないと不安になっています。次はまた違う結果になるかもしれません。",
    ),
    (
        "結局また失敗するでしょう。",
        PERM,
        "失敗するかもしれないと不安になっています。次はまた違う結果になるかもしれません。",
    ),
    (
        "課長は私を無能だと思っているに違いありません。",
        PERS,
        "課長は今回のことを残念に思っているだけかもしれません。確かめるまでは、決めつけなくて大丈夫です。",
    ),
    (
        "部長は私にがっかりしているに決まっています。",
        PERS,
        "部長は今回のことを残念に思っているだけかもしれません。確かめるまでは、決めつけなくて大丈夫です。",
    ),
    (
        "同僚は陰で私の悪口を言っているに違いありません。",
        PERS,
        "同僚は別のことを話していたのかもしれません。確かめるまでは、決めつけなくて大丈夫です。",
    ),
    (
        "後輩が挨拶しないのは私に呆れているからに違いありません。",
        PERS,
        "後輩が挨拶しないのは、ほかに理由があるからかもしれません。確かめるまでは、決めつけなくて大丈夫です。",
    ),
    (
        "後輩が挨拶しないのは私に呆れているからに違いないし、同期は陰で私の悪口を言っているに決まってる。",
        PERS,
        "後輩が挨拶しないのは、ほかに理由があるからかもしれないし、同期は別のことを話していたのかも"
        "しれない。確かめるまでは、決めつけなくて大丈夫です。",
    ),
    # two labels: one rewrite stands for both
    (
        "私は出来損ないだし、私は十分に良い社員ではない。",
        PERS,
        "今回はうまくいかなかっただけだ。私ひとりのせいではありません。",
    ),
    (
        "私は出来損ないですし、私は役立たずです。",
        PERS,
        "今回はうまくいかなかっただけです。私ひとりのせいではありません。",
    ),
    (
        "僕は何の役にも立たないし、私はダメな人間だ。",
        PERS,
        "今回はうまくいかなかっただけだ。私ひとりのせいではありません。",
    ),
    # a last clause whose rewrite only repeats the end of the one before it
    (
        "部長はきっと私にがっかりしているし、きっと部長に見限られたんだ。",
        PERS,
        "部長は今回のことを残念に思っているだけかもしれない。確かめるまでは、決めつけなくて大丈夫です。",
    ),
    (
        "同期は陰で私の悪口を言っているに決まってるし、たぶん裏でバカにされてるんだ。",
        PERS,
        "同期は別のことを話していたのかもしれない。確かめるまでは、決めつけなくて大丈夫です。",
    ),
    # 「どうせ」 frames only the thought's own words; with another rewrite in the sentence, the
    # dimension's line follows the rewrite instead
    (
        "どうせ来週の面接もうまくいかない。",
        PERM,
        "「来週の面接もうまくいかない」と決めつけなくて大丈夫です。まだ決まっていません。",
    ),
    (
        "どうせ私はポンコツだ。",
        PERM,
        "今回はうまくいかなかっただけだ。次はまた違う結果になるかもしれません。",
    ),
    (
        "どうせ私はポンコツです。",
        PERM,
        "今回はうまくいかなかっただけです。次はまた違う結果になるかもしれません。",
    ),
    (
        "どうせ取引先に契約を切られるに違いない。",
        PERM,
        "取引先に契約を切られるかもしれないと不安になっている。次はまた違う結果になるかもしれません。",
    ),
    (
        "どうせ取引先に契約を切られるに違いありません。",
        PERM,
        "取引先に契約を切られるかもしれないと不安になっています。次はまた違う結果になるかもしれません。",
    ),
    (
        "どうせ部長は私のことが嫌いなんだ。",
        PERM,
        "部長は今日は余裕がなかっただけかもしれない。次はまた違う結果になるかもしれません。",
    ),
    ("どうせいつも遅刻する。", PERM, "ときどき遅刻する。次はまた違う結果になるかもしれません。"),
    (
        "どうせいつも遅刻します。",
        PERM,
        "ときどき遅刻します。次はまた違う結果になるかもしれません。",
    ),
]


@pytest.mark.parametrize(("thought", "dimension", "expected"), REWRITES)
def test_each_marked_phrase_is_rewritten_once(
    thought: str, dimension: Dimension, expected: str
) -> None:
    assert detect(thought, "ja").suggestions[dimension] == expected


_WRAPPED = [
    # a frame said twice in one suggestion
    re.compile(r"と不安になって[^。]*と不安になって"),
    # a softened clause inside a certainty left from the thought
    re.compile(
        r"(?:かもしれない|かもしれません|とは限らない|分からない|不安になっている|不安になっています)"
        r"(?:から|の|ん)?(?:に違いな|に違いあり|に決まって|はず|だろう|でしょう)"
    ),
    re.compile(r"(?:きっと|絶対)[^、。]*かもしれ"),
    # a clause said twice
    re.compile(r"([^、。]{6,})(?:し|て|で)?、\1"),
]


@pytest.mark.parametrize(("thought", "_dimension", "_expected"), REWRITES)
def test_no_suggestion_holds_a_rewrite_inside_a_rewrite(
    thought: str, _dimension: Dimension, _expected: str
) -> None:
    detection = detect(thought, "ja")
    own = {m.cue for m in detection.markings if m.about_self}
    for suggestion in filter(None, detection.suggestions.values()):
        assert not any(p.search(suggestion) for p in _WRAPPED), suggestion
        if "と決めつけなくて大丈夫です。まだ決まっていません" in suggestion:
            assert own == {"douse"}, (own, suggestion)


def test_a_frame_must_end_a_replacement() -> None:
    lists = """
[meta]
language = "zz"
word_boundaries = false
[context]
negation_window = 0
clause_breaks = "、"
someone_else = "x"
[dimensions.permanent]
explanation = "x"
external = "x"
suggestion = "{rewritten}{end}"
[dimensions.pervasive]
explanation = "x"
external = "x"
suggestion = "{rewritten}{end}"
[dimensions.personal]
explanation = "x"
external = "x"
suggestion = "{rewritten}{end}"
[[cues]]
id = "sure"
dimension = "permanent"
patterns = ["きっと(?P<v>失敗する)"]
replacement = "\\\\g<v>かもしれないと不安になっている"
"""
    parse_word_lists(lists + 'frame = "と不安になっている"\n')
    with pytest.raises(WordListError, match="frame"):
        parse_word_lists(lists + 'frame = "と心配だ"\n')
