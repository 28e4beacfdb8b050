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


def test_a_reported_pattern_needs_a_group_for_the_quoted_words() -> None:
    pack = {**one_rule_pack(), "quoting": {"reported": ['you wrote ".*"']}}
    with pytest.raises(RulePackError, match="group"):
        parse_pack(pack, "zz.toml")
