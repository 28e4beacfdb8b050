"""What a whole reply does: an apology cushioning a no, thanks that are sarcasm, a reply
made of stock lines, a limit given as the whole answer (our own sentences)."""

from __future__ import annotations

import pytest

from companion.core.checker import check


def _rules(text: str) -> set[str]:
    return {f.rule for f in check(text, "en").findings}


def _span(text: str, rule: str) -> str:
    found = [f for f in check(text, "en").findings if f.rule == rule]
    assert found, f"{rule} did not fire on {text!r}"
    return text[found[0].start : found[0].end]


@pytest.mark.parametrize(
    "text",
    [
        "Sorry for the mix-up, but the voucher isn't valid on sale items.",
        "We do apologise. However, your booking is not eligible for a change.",
        "I’m really sorry, but that doesn’t fall under the warranty.",
    ],
)
def test_an_apology_then_but_and_a_no_is_a_refusal(text: str) -> None:
    assert "refusal-sorry-but" in _rules(text)
    assert check(text, "en").verdict != "ok"


def test_the_apology_words_themselves_are_not_marked() -> None:
    text = "Sorry for the mix-up, but the voucher isn't valid on sale items."
    span = _span(text, "refusal-sorry-but")
    assert "sorry" not in span.lower() and span.startswith("but")


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry, but I've already rebooked you on the 9:40 train.",
        "Sorry for the wait. The voucher isn't valid on sale items, "
        "but I can offer 10% off instead.",
        "I'm so sorry about the broken handle. I've sent a new one today.",
    ],
)
def test_an_apology_with_a_way_forward_passes(text: str) -> None:
    assert "refusal-sorry-but" not in _rules(text)


def test_many_apologies_in_one_long_sentence_are_each_judged_as_before() -> None:
    """What is found after each apology is remembered for the next one (a long sentence is
    read once); each one must still be judged on what follows it."""
    no = "sorry for the mix-up but the voucher isn't valid on sale items and "
    text = no * 30 + "sorry for the wait but I can offer 10% off instead and " + no * 3
    starts = [f.start for f in check(text, "en").findings if f.rule == "refusal-sorry-but"]
    # a way forward after each of the first thirty; the last three have none after them
    assert len(starts) == 1 and starts[0] > text.index("instead")
    assert "refusal-sorry-but" in _rules(no * 30)
    assert "refusal-sorry-but" not in _rules(no * 30 + "I can offer 10% off instead.")


def test_an_apology_that_turns_to_our_own_troubles_is_an_excuse() -> None:
    text = "Our apologies, but since the launch we have been swamped with orders."
    assert "dismissive-sorry-but-excuse" in _rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Thanks a lot for your four bitter voicemails over the weekend.",
        "We really appreciate your constant negativity on our page.",
        "How kind of you to write, after having complained about every single dish.",
    ],
)
def test_thanks_for_the_customers_anger_is_sarcasm(text: str) -> None:
    # a judgement rule may claim the same words ("bitter voicemails"); either way it is flagged
    assert _rules(text) & {"dismissive-sarcastic-thanks", "insult-judgement"}
    assert check(text, "en").verdict != "ok"


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for telling us about the rude receptionist; I've spoken to her manager.",
        "Thanks for your patience while the page was down.",
        "I appreciate your honesty about the delivery.",
    ],
)
def test_plain_thanks_pass(text: str) -> None:
    assert "dismissive-sarcastic-thanks" not in _rules(text)


STOCK = (
    "Thank you for contacting us. We apologise for any inconvenience. "
    "I understand your frustration with the situation. "
    "Please let us know if you have any further questions."
)


def test_a_reply_made_of_stock_lines_is_flagged_as_a_whole() -> None:
    found = [f for f in check(STOCK, "en").findings if f.rule == "dismissive-stock-reply"]
    assert found and found[0].start == found[0].end == 0


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for contacting us. I've refunded the second charge of $18. "
        "Please let us know if you have any further questions.",
        "Thank you for your patience. Your new card left our office this morning and should "
        "reach you by Thursday. Let us know if you have any other questions.",
        "Thanks for your email. The blue one is back in stock, so I've put one aside for you.",
    ],
)
def test_stock_lines_around_something_specific_pass(text: str) -> None:
    assert "dismissive-stock-reply" not in _rules(text)


def test_a_limit_as_the_whole_answer_is_a_refusal_and_one_with_an_offer_is_not() -> None:
    assert "refusal-out-of-window" in _rules("Sadly you are past the return deadline.")
    assert "refusal-out-of-window" not in _rules(
        "You are past the return deadline, but I can offer store credit instead."
    )
