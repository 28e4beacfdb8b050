"""The reply checker catches what a reply *does*, however it is worded: refusals, blame,
non-apologies, orders, pointing back, belittling, judgements of the customer and stock lines,
in plain, contracted and curly-apostrophe forms. Hostility and blame with a refusal make a hard
reply. Real apologies, thanks, "no problem" and the customer's quoted words stay unflagged.

Every sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from companion.core.checker import check

MINE = {"refusal", "blame", "cant-without-can", "absolute", "dismissive", "insult"}


def categories(text: str) -> set[str]:
    return {f.category for f in check(text).findings}


def rules(text: str) -> set[str]:
    return {f.rule for f in check(text).findings}


def curly(text: str) -> str:
    return text.replace("'", "’")


# ------------------------------------------------------------------ contractions


CONTRACTED: list[tuple[str, str]] = [
    ("blame", "You're mistaken about the fee."),
    ("blame", "You've been misinformed about the fee."),
    ("refusal", "We're unable to help with that."),
    ("refusal", "There's nothing more I can do."),
    ("cant-without-can", "I'm not able to change the date."),
    ("cant-without-can", "It's not possible to merge the two accounts."),
    ("cant-without-can", "I don't have access to the billing system."),
    ("dismissive", "As I've said, the shop shuts at five."),
    ("dismissive", "It's not my job to chase the courier."),
    ("insult", "What's wrong with you?"),
]


@pytest.mark.parametrize("straight", [True, False], ids=["straight", "curly"])
@pytest.mark.parametrize(("category", "sentence"), CONTRACTED)
def test_contracted_forms_are_caught_with_either_apostrophe(
    category: str, sentence: str, straight: bool
) -> None:
    text = sentence if straight else curly(sentence)
    assert category in categories(text), text


# ------------------------------------------------------------------ non-apologies


NON_APOLOGIES = [
    "I'm sorry you feel this way about the delay.",
    "We're sorry that you were upset by our email.",
    "Sorry if the instructions were unclear.",
    "I apologise if anyone was offended.",
    "We apologise for any confusion this might have caused.",
    "We regret any inconvenience.",
    "Errors were made in processing your order.",
    "I'm sorry you took my message the wrong way.",
]

REAL_APOLOGIES_AND_KIND_WORDS = [
    "I'm really sorry this happened with your order.",
    "I'm so sorry we sent the wrong size.",
    "We apologise for the delay.",
    "Sorry for the wait!",
    "I'm sorry you had to chase us for this.",
    "I'm sorry to hear the parcel arrived damaged.",
    "My apologies, that was our mistake.",
    "Thank you so much for your patience.",
    "Thanks for letting us know!",
    "No problem at all!",
    "No worries, it happens.",
    "I understand why you feel that way.",
]


@pytest.mark.parametrize("sentence", NON_APOLOGIES)
def test_an_apology_for_feelings_or_with_if_or_may_is_flagged(sentence: str) -> None:
    report = check(sentence)
    assert "dismissive-non-apology" in rules(sentence), sentence
    assert report.verdict != "ok"


@pytest.mark.parametrize("sentence", REAL_APOLOGIES_AND_KIND_WORDS)
def test_real_apologies_thanks_and_no_problem_stay_unflagged(sentence: str) -> None:
    report = check(sentence)
    assert report.findings == (), [(f.rule, sentence[f.start : f.end]) for f in report.findings]
    assert report.verdict == "ok"


# ------------------------------------------------------------------ refusals


REFUSALS = [
    "We are not in a position to waive the fee.",
    "Cannot process a refund for this order.",
    "No reimbursement is payable for this booking.",
    "That isn't something we offer.",
    "We must decline your request.",
    "Your order is not eligible for a refund.",
    "We're not going to refund the shipping.",
    "Our decision is final.",
    "We are not obliged to replace the item.",
]

REFUSALS_WITH_A_WAY_FORWARD = [
    "We can't waive the fee, but I can split it into two payments.",
    "That isn't something we offer; instead, our partner shop can engrave it for you.",
    "No refund is payable because the ticket was used, but you can move the booking for free.",
]


@pytest.mark.parametrize("sentence", REFUSALS)
def test_the_refusal_act_is_recognised_however_it_is_worded(sentence: str) -> None:
    assert categories(sentence) & {"refusal", "cant-without-can"}, sentence
    assert check(sentence).verdict != "ok"


@pytest.mark.parametrize("sentence", REFUSALS_WITH_A_WAY_FORWARD)
def test_a_refusal_with_an_alternative_or_a_reason_passes(sentence: str) -> None:
    assert not categories(sentence) & {"refusal", "cant-without-can"}, rules(sentence)


# ------------------------------------------------------------------ blame, orders, pointing back


BLAME_AND_ORDERS = [
    ("blame", "You typed the wrong email address."),
    ("blame", "You must have deleted the file."),
    ("blame", "That wasn't actually our fault."),
    ("blame", "Until you update the app, you can't log in."),
    ("blame", "You'll have to send the photos again."),
    ("blame", "What you need to do is restart the router."),
    ("blame", "You were informed of the change in March."),
    ("dismissive", "See my previous reply."),
    ("dismissive", "Please read the email below."),
    ("dismissive", "As previously discussed, the item is sold out."),
]

POLITE_REQUESTS = [
    "Could you please send the photos again?",
    "You'll need to restart the router; here's how.",
    "All you need to do is tap Save.",
    "To keep your account safe, you'll need to confirm your email.",
    "Once you update the app, you'll be able to log in.",
    "As you mentioned, the box was damaged.",
]


@pytest.mark.parametrize(("category", "sentence"), BLAME_AND_ORDERS)
def test_blame_orders_and_pointing_back_are_flagged(category: str, sentence: str) -> None:
    assert category in categories(sentence), rules(sentence)
    assert check(sentence).verdict != "ok"


@pytest.mark.parametrize("sentence", POLITE_REQUESTS)
def test_requests_that_are_asked_explained_or_helped_pass(sentence: str) -> None:
    assert not categories(sentence) & MINE, rules(sentence)


# ------------------------------------------------------------------ belittling, stock lines


@pytest.mark.parametrize(
    "sentence",
    [
        "You're being a little dramatic.",
        "There's no reason to get so angry.",
        "You are blowing this out of proportion.",
        "No one else has reported this problem.",
        "It can't be that bad.",
        "Good luck with that.",
    ],
)
def test_making_the_customer_small_is_flagged(sentence: str) -> None:
    assert "dismissive-belittling" in rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Your email is important to us.",
        "We truly value your custom.",
        "We will reply as soon as possible.",
        "We take your concerns very seriously.",
    ],
)
def test_stock_lines_and_empty_promises_are_flagged(sentence: str) -> None:
    assert "dismissive-canned" in rules(sentence)


def test_a_promise_with_a_time_is_not_empty() -> None:
    text = "We will reply as soon as possible, by noon tomorrow at the latest."
    assert "dismissive-canned" not in rules(text)


# ------------------------------------------------------------------ verdicts


HOSTILE = [
    "Honestly, there is something wrong with you.",
    "Nobody cares what you think about our prices.",
    "Your request is absurd.",
    "Thanks for nothing.",
    "Thank you for your three furious emails in a row.",
    "Who do you think you are?",
    "Even a child could follow these steps.",
    "You clearly have no idea how this works.",
]


@pytest.mark.parametrize("sentence", HOSTILE)
def test_insults_in_polite_words_and_open_hostility_are_hard(sentence: str) -> None:
    report = check(sentence)
    assert report.verdict == "hard", [(f.rule, sentence[f.start : f.end]) for f in report.findings]
    assert "insult" in {f.category for f in report.findings}


def test_blame_with_a_refusal_is_a_hard_reply_though_neither_is_alone() -> None:
    blame = "You should have checked the size chart."
    refusal = "We can't exchange it."
    assert check(blame).verdict == "care"
    assert check(refusal).verdict == "care"
    both = check(f"{blame} {refusal}")
    assert both.verdict == "hard"
    assert both.score >= 0.6


@pytest.mark.parametrize(
    "text",
    [
        "There's nothing wrong with your account, and I've fixed the login.",
        "There are no silly questions, so ask away.",
        "Sorry for my rambling email earlier!",
        "The delay is ridiculous, and I'm sorry.",
    ],
)
def test_look_alikes_of_judgements_are_not_insults(text: str) -> None:
    assert "insult" not in categories(text)


# ------------------------------------------------------------------ quoted text, spans


def test_the_customers_quoted_words_are_not_checked() -> None:
    reply = (
        "Thanks for writing back, I'm sorry about the mix-up. I've sent a new code; "
        "just reply if it doesn't work.\n\n"
        "> You're wrong and nobody cares what you think.\n"
        "> I'm sorry you feel this way, but see my earlier email.\n"
    )
    assert not categories(reply) & MINE


def test_every_new_finding_points_at_its_words_and_says_why() -> None:
    text = (
        "As previously advised, the item is out of stock. I'm sorry you feel upset about it. "
        "No reimbursement is due. Your claim is laughable."
    )
    found = [f for f in check(text).findings if f.category in MINE]
    assert {f.rule for f in found} >= {
        "dismissive-as-i-said",
        "dismissive-non-apology",
        "refusal-declined",
        "insult-judgement",
    }
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end].strip() == text[f.start : f.end]
        assert f.message and f.why and f.practice.startswith("P")
