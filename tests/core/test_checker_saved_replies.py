"""False alarms on saved replies (macros), by kind. Teams check whole libraries of saved
replies with `check --batch`; these have shapes a single typed reply rarely has: notes to the
agent in square brackets, status labels and section headings in capitals, a closing apology
after the real one, a question asked right after an offer of help.

Every sentence here is written for these tests. Each kind is checked both ways: the saved
reply is left alone and the reply that really has the problem is still flagged.
"""

from __future__ import annotations

import pytest

from companion.core.checker import check, load_pack
from companion.core.checker.layout import aside_spans


def rules(text: str) -> set[str]:
    return {f.rule for f in check(text).findings}


# ------------------------------------------------------------------ notes to the agent

AGENT_NOTES = [
    # a long instruction in square brackets, written in capitals with an "e.g." list
    "I know this isn't what you hoped for. [OFFER A GOODWILL GESTURE - e.g. a voucher, free "
    "delivery on the next order, or a call back from the store manager].",
    # a note whose words would be a finding if the agent sent them
    "What happened: [say why in one honest line, e.g. courier delay, a warehouse issue, our own "
    "mistake]. Your parcel now arrives on Friday.",
    "[Open with a short apology and the customer's name] Your replacement left our warehouse "
    "this morning and should be with you on Thursday.",
    # a note is not the customer's words either: its "frustrating" asks for no empathy
    "[Acknowledge how frustrating and upsetting the wait has been] Your replacement ships today.",
]


@pytest.mark.parametrize("text", AGENT_NOTES)
def test_a_note_to_the_agent_in_square_brackets_is_not_checked(text: str) -> None:
    """The one filling in the saved reply replaces the note; it is never sent as written."""
    assert check(text).findings == ()


def test_the_same_words_outside_the_brackets_are_checked() -> None:
    assert "blame-not-our-fault" in rules("It was a warehouse issue.")
    assert "shouting-capitals" in rules("OFFER A GOODWILL GESTURE OR WE LEAVE.")


@pytest.mark.parametrize(
    ("text", "notes"),
    [
        ("It will now arrive on [new delivery date] by courier.", []),
        ("Hi [Customer Name], your [order number] has shipped.", []),
        ("[Say why in one honest line] It arrives on Friday.", ["[Say why in one honest line]"]),
        ("Sorry! [REASON: e.g. stock error] It ships today.", ["[REASON: e.g. stock error]"]),
    ],
)
def test_a_blank_to_fill_in_is_the_agents_words_and_a_note_is_not(
    text: str, notes: list[str]
) -> None:
    """A short blank stands for what the agent will write (a date in it is a date given)."""
    assert [text[a:b] for a, b in aside_spans(text, len(text))] == notes


def test_a_link_in_square_brackets_is_still_the_agents_words() -> None:
    """Markdown link text is sent: "[…](url)" is not a note."""
    assert "blame-you-should-have" in rules(
        "[You should have read the terms](https://example.com)."
    )


# ------------------------------------------------------------------ capitals that do not shout

LABELS_AND_HEADINGS = [
    "Your refund is on its way.\n\nREFUND DETAILS\nAmount: 20 GBP\nCard ending: 4242",
    "Please see the checklist in CONTRIBUTING.md before you open the pull request.",
    "I've marked your ticket as HIGH PRIORITY and the team lead has it now.",
    "Your case is flagged as URGENT, so the night shift will pick it up.",
    "📦 ORDER HELP\nTell us your order number and we'll check it straight away.",
    "## RETURNS AND REFUNDS\nYou can send anything back within 30 days.",
    "🛠 LIVE CHAT SUPPORT\nAn agent answers between 9 am and 6 pm.",
    # a status as the order system writes it
    "Your order has been CANCELLED. Keep this e-mail for your records.",
    "Ticket 4411 now has a status of RESOLVED.",
]


@pytest.mark.parametrize("text", LABELS_AND_HEADINGS)
def test_a_status_label_or_a_menu_heading_is_not_shouting(text: str) -> None:
    assert "shouting-capitals" not in rules(text)


STILL_SHOUTING = [
    "Hello,\nNOT YET PAID\nYour booking waits for the deposit.",
    "READ THE TERMS\nThey are clear.",
    "📦 DO NOT RETURN IT\nKeep the item.",
    "## WE TOLD YOU ALREADY\nRead the terms.",
    "This is HIGH PRIORITY FOR US AND YOU KNOW IT.",
    "I've set it to NEVER expire, as you asked. You ALWAYS GET THIS WRONG.",
    "Your claim has been DECLINED.",
]


@pytest.mark.parametrize("text", STILL_SHOUTING)
def test_a_heading_or_label_that_says_no_in_capitals_still_shouts(text: str) -> None:
    assert "shouting-capitals" in rules(text)


@pytest.mark.parametrize(
    "text", ["Thank you for signing up!!", "Congratulations!! The prize is yours."]
)
def test_glad_exclamation_marks_are_not_a_raised_voice(text: str) -> None:
    assert "shouting-punctuation" not in rules(text)
    assert "shouting-punctuation" in rules("Thanks?!! Did you even read it??")


def test_a_template_placeholder_with_exclamation_marks_is_not_a_raised_voice() -> None:
    """Blade writes "{!! $name !!}"; marks stacked outside a placeholder still shout."""
    assert "shouting-punctuation" not in rules("Hi {!! $user !!}, ticket {!!$ref!!} is open.")
    assert "shouting-punctuation" in rules("Hi {{ name }}!! We told you!!")


# ------------------------------------------------------------------ a way forward given

WAY_FORWARD_GIVEN = [
    # a sorry-but, then what the customer can do so it can go on
    (
        "I'm sorry, but I can't follow the steps in your message. Could you send a screenshot "
        "of the screen where it stops?",
        "refusal-sorry-but",
    ),
    (
        "Sorry, but our chat team does not answer in German. Please write to us in English or "
        "Spanish, or try the help pages, which are in twelve languages.",
        "refusal-sorry-but",
    ),
    # a can't, then what the customer can send so it can go on
    (
        "Unfortunately I can't reproduce the crash with the steps in your message. Please "
        "include more details: the app version and a screenshot of the error.",
        "cant-without-can",
    ),
    # a concession: the can't is the side clause, the act is the main one
    (
        "While I can't promise a date, I've added your request to the list the product team "
        "reviews each month.",
        "cant-without-can",
    ),
    # a can't, then what to use instead
    (
        "That e-mail address is not allowed here. Please use a work address instead.",
        "cant-without-can",
    ),
    # a can't, then the fix the customer can make
    (
        "We cannot deliver to a parcel locker. Please change your delivery address at checkout.",
        "cant-without-can",
    ),
    # a confirmation of what the customer asked for accuses nobody
    ("Are you sure you want to cancel the whole order? It can't be undone.", "blame-why-did-you"),
    # reassurance: an address or a password left as it is
    (
        "If you didn't ask for this, ignore the e-mail; your password will not be changed.",
        "refusal-bare-outcome",
    ),
    # a can't, then whom to reach if it goes on
    (
        "That address is not allowed. If you still can't sign in, contact us.",
        "cant-without-can",
    ),
    # a sorry-that-we-can't, then what is there instead
    (
        "I'm sorry that we're unable to deliver to your island this week. We do have a courier "
        "who goes there on Mondays.",
        "refusal-sorry-but",
    ),
    # a stock apology closing a reply that has already offered to make it right
    (
        "Your parcel is late, and I'm sorry. To make this right, I'd like to offer free "
        "delivery on your next order. Again, sorry for the inconvenience.",
        "dismissive-stock-apology",
    ),
    # "looking into it" followed by what the customer can send to speed it up
    (
        "Thanks for telling us! We're looking into it now. Could you send us a DM with your "
        "order number so we can check your account?",
        "dismissive-canned",
    ),
    # "please be patient" with the reason it takes time
    (
        "[Please be patient](https://example.com/faq), as every change needs two reviewers "
        "and they are volunteers.",
        "dismissive-vague-wait",
    ),
    # a guarantee ruled out is no promise
    (
        "You can keep the thread open, though there is no guarantee the developers will see it.",
        "absolute-guarantee",
    ),
    # notices of an order or account: what they say next is their way forward
    # a condition with what it opens, or with its reason
    ("You need to be signed in to see the seating plan.", "blame-you-need-to"),
    ("For your security, you need to choose a new password.", "blame-you-need-to"),
    # the check the customer can make right after
    (
        "This card number is invalid. Please check the digits and try again.",
        "refusal-bare-outcome",
    ),
    # the delay itself, as the template fills it in
    (
        "Your table will be ready {{delay}} minutes late. We apologise for the inconvenience.",
        "dismissive-stock-apology",
    ),
    # what comes when it is done
    (
        "We will look at your booking as soon as possible and send you an email when it is "
        "confirmed.",
        "dismissive-canned",
    ),
    # an address that cannot take mail turns down nobody
    ("Sent from an address that cannot accept replies.", "refusal-declined"),
]


@pytest.mark.parametrize(("text", "rule"), WAY_FORWARD_GIVEN)
def test_a_line_followed_by_its_way_forward_is_left_alone(text: str, rule: str) -> None:
    assert rule not in rules(text)


BARE = [
    ("Unfortunately I can't reproduce the crash.", "cant-without-can"),
    ("That e-mail address is not allowed here.", "cant-without-can"),
    ("Are you sure you sent it to the right address?", "blame-why-did-you"),
    ("The fault won't be fixed.", "refusal-bare-outcome"),
    ("I'm sorry, but we are unable to deliver to your island.", "refusal-sorry-but"),
    ("I'm sorry, but our chat team does not answer in German.", "refusal-sorry-but"),
    ("Sorry for the inconvenience.", "dismissive-stock-apology"),
    ("We're looking into it.", "dismissive-canned"),
    ("Please be patient.", "dismissive-vague-wait"),
    ("We guarantee it will arrive tomorrow.", "absolute-guarantee"),
    # the same notices without what they say next
    ("You need to send us the receipt.", "blame-you-need-to"),
    ("This card number is invalid.", "refusal-bare-outcome"),
    ("We apologise for the inconvenience.", "dismissive-stock-apology"),
    ("We will look at your booking as soon as possible.", "dismissive-canned"),
    ("We cannot accept returns of opened items.", "cant-without-can"),
]


@pytest.mark.parametrize(("text", "rule"), BARE)
def test_the_same_line_alone_is_still_flagged(text: str, rule: str) -> None:
    assert rule in rules(text)


def test_an_offer_of_help_is_courtesy_before_a_question() -> None:
    text = (
        "Hi Sam! I can help you pick the right size. Not sure between two sizes? What do you "
        "usually wear in other brands?"
    )
    assert check(text).verdict == "ok"
    assert "no-courtesy" in rules(
        "Not sure between two sizes? What do you usually wear in other brands?"
    )


# ------------------------------------------------------------------ a disclaimer for an answer


def test_a_disclaimer_in_place_of_help_is_flagged() -> None:
    assert "dismissive-disclaimer" in rules("Delivery slots on Saturdays are not guaranteed.")
    assert "dismissive-disclaimer" in rules(
        "Your vote is counted. There is no guarantee of the feature being built."
    )


def test_a_disclaimer_with_a_fallback_is_not() -> None:
    text = (
        "Delivery slots on Saturdays are not guaranteed. If yours moves, I'll ring you the same "
        "morning to pick another."
    )
    assert "dismissive-disclaimer" not in rules(text)


# ------------------------------------------------------------------ a closure told bare


@pytest.mark.parametrize(
    "text",
    [
        "This issue is closed due to the template not being filled in.",
        "Your application was rejected due to requirements not met.",
        "Thread locked for guidelines not followed.",
    ],
)
def test_a_closure_for_a_rule_not_followed_is_a_bare_outcome(text: str) -> None:
    assert check(text).verdict != "ok"


def test_a_closure_with_the_way_to_reopen_it_is_not() -> None:
    text = (
        "This issue is closed because the template wasn't filled in; reopen it with the steps "
        "and we'll look again."
    )
    assert check(text).verdict == "ok"


# ------------------------------------------------------------------ full stops inside words


@pytest.mark.parametrize(
    "text",
    [
        "Returns go through help.example.co.uk/returns within 30 days. Thanks!",
        "The fee is £3.50 for the 2.4 GHz adapter. Thanks!",
        "Write to care@shop.example.com with the photo. Thanks!",
    ],
)
def test_a_full_stop_inside_an_address_or_a_number_ends_no_sentence(text: str) -> None:
    layout = load_pack("en").layout(text)
    assert text[: layout.sentence_end(0)].endswith((" days.", " adapter.", " photo."))


def test_a_way_forward_after_a_link_is_still_in_its_sentence() -> None:
    text = (
        "[Please be patient](https://help.example.co.uk/faq.html#reviews), as every change "
        "needs two reviewers."
    )
    assert "dismissive-vague-wait" not in rules(text)


# ------------------------------------------------------------------ haste asked of the customer

ASKED_OF_THE_CUSTOMER = [
    "We noticed a sign-in from a new device. Please change your password as soon as possible.",
    "Version 4.2 fixes the sync fault, so we recommend updating the app as soon as possible.",
    "Kindly send the signed form back as soon as possible so we can hold the room for you.",
    "If you did not make this payment, contact your bank as soon as possible.",
]


@pytest.mark.parametrize("text", ASKED_OF_THE_CUSTOMER)
def test_as_soon_as_possible_asked_of_the_customer_is_no_stock_promise(text: str) -> None:
    """The request carries its own reason; only a promise of ours with no time is empty."""
    assert "dismissive-canned" not in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "We will get back to you as soon as possible.",
        "Your refund will be processed as soon as possible.",
        "We're working to restore the service as soon as possible.",
        "As soon as possible.",
        "We would appreciate your response to our letter as soon as possible.",
    ],
)
def test_as_soon_as_possible_promised_or_demanded_in_a_form_letter_is(text: str) -> None:
    assert "dismissive-canned" in rules(text)


# ------------------------------------------------------------------ confirmation before an action


def test_a_confirmation_before_the_readers_own_action_needs_no_way_forward() -> None:
    """What comes next is the reader's choice: go on or cancel."""
    text = "You are about to delete the saved address for this account. This cannot be undone."
    assert "no-next-step" not in rules(text)


def test_bad_news_with_nothing_to_do_still_asks_for_one() -> None:
    text = "Unfortunately your card was declined and the order cannot be completed at this time."
    assert "no-next-step" in rules(text)


# ------------------------------------------------------------------ suppositions

SUPPOSITIONS = [
    "Should your card be lost or stolen, freeze it in the app straight away and order a new "
    "one from the same screen.",
    "In the event that your order is delayed by more than five days, you can cancel it from "
    "your account page.",
    "Keep your receipt: if the kettle is faulty within two years, the shop will swap it for a "
    "new one.",
    "Store these backup codes somewhere safe. They let you back in if your phone is lost.",
]


@pytest.mark.parametrize("text", SUPPOSITIONS)
def test_a_supposition_reports_nothing_that_went_wrong(text: str) -> None:
    """A help text says what to do if something goes wrong; nothing has, so nothing is owed."""
    assert "no-empathy" not in rules(text)


def test_the_same_trouble_reported_still_asks_for_acknowledgement() -> None:
    text = (
        "Your order is delayed by more than five days, and you can cancel it from your "
        "account page."
    )
    assert "no-empathy" in rules(text)
