"""How a reply with no finding leans: its score ranks it warm to cool from the pack's [tone]
patterns, in the agent's own words only, and never reaches a verdict. (The share the model
learned from the examples gives is tested in test_checker_tone_model.py; here it is left out,
so what is measured is the patterns.)"""

from __future__ import annotations

import dataclasses
import functools

import pytest

from companion.core.checker import RulePackError, check_with_pack, parse_pack
from companion.core.checker.model import SEVERITY_WEIGHTS, Report, RulePack
from companion.core.checker.pack import load_pack
from tests.support import one_rule_pack


@functools.cache
def patterns_only(lang: str) -> RulePack:
    pack = load_pack(lang)
    return dataclasses.replace(pack, tone=dataclasses.replace(pack.tone, learned=0.0))


def check(text: str, lang: str) -> Report:
    return check_with_pack(text, patterns_only(lang))


# (language, a warm reply, a plain one, a cool one), none of them with a finding
REPLIES = [
    (
        "en",
        "Thanks for writing in, Sam. I'd be glad to send a new charger today; let me know if "
        "the address has changed.",
        "The charger ships on Monday. The address on file is used.",
        "The charger already shipped. There is no tracking number.",
    ),
    (
        "ko",
        "문의 주셔서 감사합니다. 오늘 새 충전기를 보내 드리겠습니다. "
        "혹시 주소가 바뀌었다면 알려 주세요.",
        "충전기는 월요일에 발송됩니다.",
        "충전기는 이미 발송되었습니다. 배송 번호는 없습니다.",
    ),
    (
        "ja",
        "お問い合わせありがとうございます。本日、新しい充電器をお送りいたします。",
        "充電器は月曜日に発送済みです。",
        "充電器は既に発送済みです。システム上、追跡番号はありません。",
    ),
    (
        "el",
        "Ευχαριστούμε για το μήνυμά σας. Θα σας στείλουμε σήμερα νέο φορτιστή.",
        "Ο φορτιστής αποστέλλεται τη Δευτέρα.",
        "Ο φορτιστής έχει ήδη σταλεί από το τμήμα αποστολών. Δεν υπάρχει αριθμός αποστολής.",
    ),
]


@pytest.mark.parametrize(("lang", "warm", "plain", "cool"), REPLIES, ids=[r[0] for r in REPLIES])
def test_a_reply_with_no_finding_is_ranked_by_its_tone(
    lang: str, warm: str, plain: str, cool: str
) -> None:
    reports = [check(text, lang=lang) for text in (warm, plain, cool)]
    assert [(r.verdict, len(r.findings)) for r in reports] == [("ok", 0)] * 3
    scores = [r.score for r in reports]
    assert scores == sorted(scores) and scores[0] < scores[1] < scores[2]
    # the coolest still stays under the lightest finding, so it never makes a verdict
    assert scores[2] < SEVERITY_WEIGHTS["hint"]


def test_a_kind_counts_once_however_often_it_is_said() -> None:
    once = check("Thanks, Sam. The charger ships on Monday.", lang="en")
    thrice = check("Thanks, Sam. Thank you. The charger ships on Monday, thanks.", lang="en")
    assert once.score == thrice.score


def test_the_customers_quoted_words_do_not_cool_the_reply() -> None:
    plain = "The charger ships on Monday."
    quoted = "> Why has nothing arrived? I already paid and it is just not here.\n\n" + plain
    assert not check(quoted, lang="en").findings
    assert check(quoted, lang="en").score == check(plain, lang="en").score


def test_a_finding_scores_by_its_weight_not_by_the_tone() -> None:
    report = check("Thanks so much! Per our policy, refunds take 14 days.", lang="en")
    assert report.verdict == "care"
    assert report.score >= SEVERITY_WEIGHTS["care"]


@pytest.mark.parametrize(
    ("tone", "complaint"),
    [
        ({"warmth": ["thanks"]}, "only 'base', 'step', 'warm', 'cool' and 'learned'"),
        ({"learned": 1.5}, "'learned' must be a number from 0 to 1"),
        ({"learned": "half"}, "'learned' must be a number from 0 to 1"),
        ({"learned": True}, "'learned' must be a number from 0 to 1"),
        ({"base": 0.2}, "'base' must be at least 0 and under"),
        ({"step": -0.01}, "'step' must be at least 0 and under"),
        ({"base": "low"}, "'base' must be a number"),
        ({"step": True}, "'step' must be a number"),
        ({"warm": ["(unclosed"]}, "bad pattern"),
        ([], "must be a table"),
    ],
)
def test_a_bad_tone_section_is_refused_with_a_clear_message(tone: object, complaint: str) -> None:
    data = one_rule_pack()
    data["tone"] = tone
    with pytest.raises(RulePackError, match=complaint):
        parse_pack(data, "zz.toml")


def test_a_pack_without_tone_scores_a_clean_reply_zero() -> None:
    pack = parse_pack(one_rule_pack(), "zz.toml")
    report = check_with_pack("Never mind, it is not here.", pack)
    assert (report.verdict, report.score) == ("ok", 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "I have sent the payment to our agent.",
        "We went over the statement and meant to post the refund.",
        "The urgent event is different from the present one.",
    ],
)
def test_a_word_ending_in_nt_is_not_a_negation(text: str) -> None:
    # "sent", "payment", "went" end as a bare "can't" would ("cant"), but say no "not"
    plain = check("The charger ships on Monday.", lang="en")
    report = check(text, lang="en")
    assert not report.findings
    assert report.score == plain.score


@pytest.mark.parametrize("text", ["It isnt here.", "It won't arrive on Monday.", "It is not here."])
def test_a_negation_cools_a_reply_with_or_without_its_apostrophe(text: str) -> None:
    plain = check("The charger ships on Monday.", lang="en")
    assert check(text, lang="en").score > plain.score
