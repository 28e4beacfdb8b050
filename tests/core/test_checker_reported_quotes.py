"""Words the agent reports from the customer in quotation marks are the customer's, not the
agent's: "you wrote “…”" in English, 「…」とのご指摘 in Japanese, “…”라고 in Korean and
«…» όπως γράψατε in Greek are never flagged, while the agent's own words around them, and the
agent's own scare quotes, still are."""

from __future__ import annotations

import pytest

from companion.core.checker import check
from companion.core.checker.pack import RulePackError, parse_pack
from tests.support import one_rule_pack


@pytest.mark.parametrize(
    ("reply", "lang"),
    [
        ('You wrote "your staff are idiots", and I am sorry; I have refunded the fee.', "en"),
        ("You said “this is garbage and you are useless”; I've refunded the fee.", "en"),
        ('"Your app is useless," you wrote, and after the outage I can see why.', "en"),
        ('Your review called us "clueless clowns"; I am sorry the check-in went so badly.', "en"),
        ("「店員が無能だ」とのご指摘をいただき、誠に申し訳ございません。返金いたしました。", "ja"),
        ("고객님께서 “직원들이 다 멍청하다”고 쓰셨는데, 불편을 드려 죄송합니다.", "ko"),
        ("Γράψατε ότι «το προσωπικό σας είναι ηλίθιο» και λυπούμαστε πολύ.", "el"),
        ("«Είστε άχρηστοι», όπως γράψατε, και σας καταλαβαίνουμε.", "el"),
    ],
)
def test_the_customers_reported_words_are_never_flagged(reply: str, lang: str) -> None:
    report = check(reply, lang)
    assert report.verdict == "ok", [(f.rule, reply[f.start : f.end]) for f in report.findings]


@pytest.mark.parametrize(
    ("reply", "lang", "rule"),
    [
        # the agent's own words after the quote are still the agent's
        ('You wrote "the food was cold", you idiot.', "en", "insult-name-calling"),
        # the agent quoting themselves has no customer in the frame
        ('I said "no refunds", you idiot.', "en", "insult-name-calling"),
        # scare quotes of the agent's own are no report
        (
            'We have checked your "complaint" and the order was correct.',
            "en",
            "dismissive-belittling",
        ),
    ],
)
def test_the_agents_own_words_around_a_quote_are_still_checked(
    reply: str, lang: str, rule: str
) -> None:
    assert rule in {f.rule for f in check(reply, lang).findings}


# Korean agents report a customer's words with many frames besides "…"라고: "…" 하셨는데,
# "…" 하신 부분, "…"는 말씀, "…"이라며, "…"고 항의하셨는데, "…"와 같은 말씀
@pytest.mark.parametrize(
    "reply",
    [
        "고객님께서 “상담원이 다 멍청하다” 하셨는데, 불편을 드려 정말 죄송합니다.",
        "“직원이 바보 같다” 하신 부분은 저희가 다시 교육하겠습니다.",
        "‘상담원이 바보냐’ 하셨던 말씀도 새겨듣겠습니다.",
        "“상담원이 바보냐” 말씀하신 부분, 진심으로 사과드립니다.",
        "“상담원이 멍청하다”는 표현을 쓰실 만큼 답답하셨을 것 같습니다.",
        "“상담원이 바보냐”는 말에 저희도 마음이 무거웠습니다.",
        '"상담원이 바보냐"는 고객님의 말씀을 새겨듣겠습니다.',
        "“멍청한 직원”이라며 항의하신 내용을 확인했습니다.",
        "고객님께서 “상담원이 멍청하다”며 화를 내신 것도 당연합니다.",
        "고객님께서 “상담원이 멍청하다”고 항의하셨는데, 불편을 드려 죄송합니다.",
        "“상담원이 멍청하다”는 부분은 저희가 다시 살피겠습니다.",
        "“상담원이 바보냐”와 같은 말씀을 하실 만큼 답답하셨을 것 같습니다.",
        # 하고 before a verb of saying reports the words, spaced or not
        "고객님께서 “상담원이 멍청하다” 하고 말씀하셨는데, 불편을 드려 죄송합니다.",
        "고객님께서 “상담원이 멍청하다”하고 화를 내셨는데, 불편을 드려 죄송합니다.",
        "“상담원이 바보냐” 하고 물으셨을 때 바로 답하지 못해 죄송합니다.",
    ],
)
def test_the_customers_words_in_korean_reporting_frames_are_never_flagged(reply: str) -> None:
    report = check(reply, "ko")
    assert report.verdict == "ok", [(f.rule, reply[f.start : f.end]) for f in report.findings]


# a word of the agent's own in quotation marks before 하신 or 같은 is no report: only words
# that end as said ("…다", "…냐", "?") are the customer's
@pytest.mark.parametrize(
    "reply",
    [
        "그건 “멍청”하신 질문입니다.",
        "고객님이 “멍청한 짓” 하신 겁니다.",
        "“멍청하게” 하신 부분은 다시 보셔야 합니다.",
        "그건 “바보” 같은 말입니다.",
        "저희가 “바보” 같은 실수를 했습니다.",
        # the agent's own words after a reported quote are still the agent's
        "고객님께서 “상담원이 멍청하다” 하셨는데, 멍청한 건 고객님입니다.",
        # 하고 as 'and' or 'with' joins the agent's own words to the next: no one is reported
        "“멍청한 고객”하고 통화하느라 답변이 늦었습니다.",
        "“바보 같은 질문”하고 “무리한 요구”에는 답하지 않겠습니다.",
        "“바보 같은 질문” 하고 “무리한 요구”에는 답하지 않겠습니다.",
    ],
)
def test_the_agents_own_words_in_korean_quotes_are_still_checked(reply: str) -> None:
    assert "insult-name-calling" in {f.rule for f in check(reply, "ko").findings}


def test_a_reported_pattern_needs_a_group_for_the_quoted_words() -> None:
    pack = {**one_rule_pack(), "quoting": {"reported": ['you wrote ".*"']}}
    with pytest.raises(RulePackError, match="group"):
        parse_pack(pack, "zz.toml")
