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
    assert rules(sentence) & {"dismissive-non-apology", "dismissive-hedged-apology"}, sentence
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
        # the customer's trouble in scare quotes
        'We looked at your "complaint" and the order was correct.',
        "I'll check what you 'claim' happened on the night.",
    ],
)
def test_making_the_customer_small_is_flagged(sentence: str) -> None:
    assert "dismissive-belittling" in rules(sentence)


def test_a_reply_of_thanks_for_patience_and_feel_free_lines_is_a_stock_reply() -> None:
    text = (
        "We really appreciate you taking the time to tell us. We value your ongoing patience. "
        "Should you have any other queries, do let me know."
    )
    assert "dismissive-stock-reply" in rules(text)
    assert "dismissive-stock-reply" not in rules(text + " Your refund has been sent today.")


def test_a_wall_with_no_one_behind_it_is_a_cant_without_a_can() -> None:
    assert "cant-without-can" in rules("Sorry, that cannot be changed.")
    assert "cant-without-can" not in rules("That can't be changed online, but I can change it now.")


def test_the_customers_inexperience_held_up_to_them_is_condescending() -> None:
    assert "dismissive-condescending" in rules("Frankly, you are very green about how leases work.")
    assert "dismissive-condescending" not in rules("Your account is green-lit for the new plan.")
    assert "dismissive-condescending" in rules("It works best if you write in full sentences.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Your email is important to us.",
        "We truly value your custom.",
        "We will reply as soon as possible.",
        "We take your concerns very seriously.",
        "We are currently experiencing technical issues.",
        "We take our clients' concerns seriously.",
        "Our team is continually striving to improve.",
        "I have passed your feedback to head office for consideration.",
        "Hopefully this will help us reach a satisfactory outcome.",
        "The airline assures you of our full commitment at all times.",
        "Assuring you of our utmost attention at all times.",
    ],
)
def test_stock_lines_and_empty_promises_are_flagged(sentence: str) -> None:
    assert "dismissive-canned" in rules(sentence)


def test_quoting_the_customers_words_and_reassurance_about_collections_are_not_flagged() -> None:
    assert not rules('You said the box was "soaked through", and I am sorry it came like that.')
    assert "insult-threat" not in rules(
        "We won't pass your account to collections while the complaint is open."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "We will look into the error and get back to you shortly.",
        "An agent from our billing team will assist you soon.",
        "I wouldn't know why the page shows that, unfortunately.",
        "The logs need a closer look, so I'll follow up later by phone.",
        "I'll rerun the import here and will be in touch.",
    ],
)
def test_a_wait_or_not_knowing_left_without_a_when_or_a_way_is_flagged(sentence: str) -> None:
    assert rules(sentence) & {"dismissive-vague-wait", "dismissive-brush-off", "dismissive-canned"}
    assert not rules(sentence.replace(".", ", and I'll write to you by 3 pm today."))


def test_our_own_handling_declared_sound_puts_the_fault_away_from_us() -> None:
    assert "blame-not-our-fault" in rules("We believe we dealt with your case fairly.")
    assert "blame-not-our-fault" not in rules(
        "I'd like to be sure we dealt with your case fairly, so a manager will review it today."
    )


def test_a_refund_already_put_through_makes_the_sign_off_no_stock_line() -> None:
    text = "We've processed your full refund. Please do not hesitate to call us."
    assert "dismissive-canned" not in rules(text)
    assert "dismissive-canned" in rules(text.replace("your full refund", "your request"))


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
    # the debt collector or the lawyers held over the customer
    "If this is not paid by Friday, we will pass your account to a debt collection agency.",
    "We will refer the matter to our solicitors.",
    # the complaint called a whine, in thanks or as an adjective
    "Thanks for all your moaning.",
    "Frankly, this is a trivial complaint.",
    # a lack in the person, and their anger called a child's
    "Your one-star review mostly shows your lack of manners.",
    "We will not tolerate any more outbursts from you.",
    "I have been repairing boilers since you were in short trousers.",
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


# ------------------------------------------------------------------ what a sentence does


def _flagged(sentence: str) -> bool:
    return check(sentence).verdict != "ok"


BRUSH_OFFS = [
    "I've honestly got no idea where your parcel is.",
    "I'm not sure why the invoice says that.",
    "I couldn't say when the shop will have more.",
    "What exactly do you expect me to do?",
    "Best to try again later.",
    "We're looking into the matter.",
    "One of our team will get back to you.",
    "It should sort itself out soon.",
]

BRUSH_OFFS_WITH_A_WAY_FORWARD = [
    "I'm not sure why the invoice says that, so I've asked billing and I'll write by 4 pm.",
    "I don't know yet; let me check with the depot and come back to you today.",
    "I'm not sure what you mean by the second point. Could you tell me which page it was on?",
    "We're looking into it, and I'll email you an update by noon on Thursday.",
]


@pytest.mark.parametrize("sentence", BRUSH_OFFS)
def test_not_knowing_or_a_promise_with_no_one_and_no_time_is_a_brush_off(sentence: str) -> None:
    assert categories(sentence) & {"dismissive"}, rules(sentence)
    assert _flagged(sentence)


@pytest.mark.parametrize("sentence", BRUSH_OFFS_WITH_A_WAY_FORWARD)
def test_not_knowing_with_how_we_will_find_out_is_honest(sentence: str) -> None:
    assert not rules(sentence) & {"dismissive-brush-off", "dismissive-canned"}, rules(sentence)


EXCUSES_AND_DEFLECTION = [
    ("dismissive-excuse", "Sorry, we've been completely swamped this month."),
    ("dismissive-excuse", "Our booking system has been playing up all week."),
    ("dismissive-excuse", "We've had a lot of staff off sick lately."),
    ("dismissive-they", "They stopped selling the grey one in May."),
    ("dismissive-they", "They don't let us change bookings over the phone."),
    ("blame-not-our-fault", "That part is out of our control, I'm afraid."),
    ("blame-not-our-fault", "You'd need to take that up with the airline."),
    ("blame-not-our-fault", "The mix-up was the warehouse's mistake, not ours."),
]


@pytest.mark.parametrize(("rule", "sentence"), EXCUSES_AND_DEFLECTION)
def test_excuses_and_pushing_it_onto_others_are_flagged(rule: str, sentence: str) -> None:
    assert rule in rules(sentence), rules(sentence)
    assert _flagged(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "We're short-staffed this week, so I've moved your order to the front of the queue.",
        "Our card reader was down on Saturday; it's working again and I've refunded you.",
        "They've changed the opening hours, so I've put the new times below for you.",
    ],
)
def test_an_explanation_with_something_done_is_not_an_excuse(text: str) -> None:
    assert not rules(text) & {"dismissive-excuse", "dismissive-they"}, rules(text)


BLAME_BY_CLAUSE = [
    # what they should (not) have done, whatever the verb
    "You shouldn't have thrown the packaging away.",
    "You ought to have told us sooner.",
    "You could have just asked.",
    # the fault put on them through the cause or the counterfactual
    "It broke because you dropped it.",
    "Had you read the label, you'd have seen the warning.",
    "The issue is that you never activated the card.",
    "You set the timer up wrong.",
    # contradicting them or clearing ourselves
    "We did nothing wrong.",
    "We never promised next-day delivery.",
    "That's simply not the case.",
    "Our logs show no call from your number.",
]


@pytest.mark.parametrize("sentence", BLAME_BY_CLAUSE)
def test_blame_is_found_by_who_did_what_not_by_one_verb(sentence: str) -> None:
    assert "blame" in categories(sentence), rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "You should have the new card by Friday.",
        "You should have received a text with the code.",
        "You shouldn't have been charged for that, so I've refunded it.",
        "You shouldn't have had to wait so long.",
        "You didn't do anything wrong.",
        "We never sell your details.",
    ],
)
def test_should_have_about_us_and_kind_negatives_are_not_blame(sentence: str) -> None:
    assert "blame" not in categories(sentence), rules(sentence)


MORE_NON_APOLOGIES = [
    "I'm sorry you misunderstood the terms.",
    "Sorry that you don't like the new layout.",
    "We're sorry you think the price is unfair.",
    "I apologise that you couldn't follow the guide.",
    "If we upset you, we apologise.",
    "Apologies for any trouble this has caused.",
    "We regret that you were affected.",
]


@pytest.mark.parametrize("sentence", MORE_NON_APOLOGIES)
def test_apologies_for_what_the_customer_thinks_or_with_nothing_done_are_flagged(
    sentence: str,
) -> None:
    assert rules(sentence) & {
        "dismissive-non-apology",
        "dismissive-stock-apology",
        "dismissive-hedged-apology",
    }, rules(sentence)


def test_a_stock_apology_with_a_fix_in_the_reply_passes() -> None:
    text = "Sorry for any inconvenience; I've sent a new code and it works for the next 24 hours."
    assert check(text).verdict == "ok", rules(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "We're sorry for this terrible, inexcusable blunder.",
        "We were mortified to read your letter.",
        "I'm so sorry for the harrowing experience.",
    ],
)
def test_overdone_apologies_are_flagged(sentence: str) -> None:
    assert "dismissive-overdone" in rules(sentence), rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "It's just a tiny chip on the lid.",
        "Honestly, it's no big deal.",
        "It's only three days late.",
        "Most customers wouldn't even notice the colour.",
        "Glitches happen.",
    ],
)
def test_making_the_problem_small_is_flagged(sentence: str) -> None:
    assert "dismissive-minimising" in rules(sentence), rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Don't worry, it's no big deal, I've fixed the spelling of your name.",
        "It's only a short walk from the car park to the desk.",
    ],
)
def test_reassurance_about_their_own_slip_or_plain_facts_are_not_minimising(sentence: str) -> None:
    assert "dismissive-minimising" not in rules(sentence), rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Everything you need is in our help centre.",
        "This was answered in my last email.",
        "I've already sent you the form.",
        "Please refer to my letter of 2 May.",
    ],
)
def test_sending_the_customer_elsewhere_for_the_answer_is_pointing_back(sentence: str) -> None:
    assert "dismissive-see-above" in rules(sentence), rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Well done for finally reading the manual.",
        "Thanks for actually replying this time.",
        "I'll go through it again, slowly.",
        "As I'm sure you're aware, prices went up in April.",
        "Going forward, please check the date before you book.",
        "Let me put it in simpler terms for you.",
    ],
)
def test_backhanded_praise_and_passive_aggressive_turns_are_flagged(sentence: str) -> None:
    assert "dismissive" in categories(sentence), rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Under our booking conditions, the deposit is kept.",
        "Our terms of service don't allow account sharing.",
        "The guidelines state that we can only issue one voucher.",
    ],
)
def test_a_policy_wall_without_the_word_policy_is_flagged(sentence: str) -> None:
    assert "policy-without-why" in rules(sentence), rules(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "If we let you off the fee, we'd have to let everyone off.",
        "It wouldn't be fair to our other members.",
        "We've decided not to renew the contract.",
        "No refunds after 28 days.",
        "That's impossible.",
    ],
)
def test_refusals_justified_by_others_or_said_flat_are_flagged(sentence: str) -> None:
    assert categories(sentence) & {"refusal", "cant-without-can"}, rules(sentence)


@pytest.mark.parametrize(
    "text",
    [
        "Much as I wish we could extend the offer, we cannot change the end date.",
        "I know this isn't what you were hoping to hear: we can't reopen the order.",
        "We can't open on Sundays, as the building is shut. Would Saturday morning suit you?",
    ],
)
def test_a_refusal_said_with_regret_or_with_an_alternative_is_not_cant_without_can(
    text: str,
) -> None:
    assert not rules(text) & {"cant-without-can", "refusal-declined"}, rules(text)


# ------------------------------------------------------------------ threats are hard


THREATS = [
    "Keep shouting and I'll hang up.",
    "If you email us again, we'll close the account.",
    "I'm ending this call now.",
    "This discussion is over.",
    "Do not contact us about this matter again.",
    "We won't be answering any further emails about this.",
    "If you can't be civil, I won't carry on helping.",
    "Any further rude messages will lead to your account being closed.",
    "You're a liar.",
]


@pytest.mark.parametrize("sentence", THREATS)
def test_threats_and_shutting_the_conversation_are_hard(sentence: str) -> None:
    report = check(sentence)
    assert report.verdict == "hard", rules(sentence)
    assert "insult" in categories(sentence)


def test_a_calm_boundary_that_acknowledges_and_leaves_the_choice_is_not_a_threat() -> None:
    text = (
        "I can see you're really frustrated, and I want to help. If the shouting continues "
        "I'll have to end this call, but the choice is yours."
    )
    assert "insult" not in categories(text), rules(text)


def test_new_blame_with_a_refusal_is_hard() -> None:
    text = "You shouldn't have opened the seal. We won't be refunding it."
    assert check(text).verdict == "hard", rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "You knocked it off the shelf, so we won't swap it.",
        "That was your mistake and we're not refunding it.",
        "You missed the cut-off, so the answer is no.",
        "The fault lies with you, so no refund is due.",
    ],
)
def test_blame_with_a_refusal_in_everyday_words_is_hard(text: str) -> None:
    """The customer's act named as the cause, and a refusal said as what we won't do or as
    "the answer is no": each is a care finding alone, and together a hard reply."""
    assert check(text).verdict == "hard", rules(text)


# ------------------------------------------------------------------ whole replies


def test_a_form_reply_to_an_upset_customer_is_flagged() -> None:
    reply = (
        "Dear Customer,\n\nThank you for contacting us. We have received your message and your "
        "reference number is 5512. Please allow up to ten working days for a response.\n\n"
        "> Nobody has fixed my boiler and it's freezing. I'm furious!\n"
    )
    report = check(reply)
    assert report.verdict != "ok", rules(reply)
    assert {"no-empathy", "dismissive-canned"} <= rules(reply)


def test_bad_full_replies_outscore_good_ones_with_the_same_news() -> None:
    bad = (
        "Hi Sam, the heater failed because you ran it without water. You should have read the "
        "manual. We will not be replacing it, and we're sorry for any trouble caused."
    )
    good = (
        "Hi Sam, I'm sorry the heater failed. Running it dry can damage the element, so it isn't "
        "covered, but I can offer a new element at cost and book a visit for Tuesday."
    )
    assert check(bad).verdict == "hard"
    assert check(good).verdict == "ok", rules(good)
    assert check(bad).score > check(good).score


@pytest.mark.parametrize(
    ("category", "sentence"),
    [
        ("dismissive", "Honestly, I really don't know."),
        ("dismissive", "Not my area, sorry."),
        ("dismissive", "Have a look through our help centre."),
        ("dismissive", "I'll explain it one more time."),
        ("dismissive", "Our partners let us down this week."),
        ("dismissive", "Nobody would notice a mark that small; you can hardly see it."),
        ("blame", "That's what happens when you skip the updates."),
        ("blame", "You left it until the last minute."),
        ("blame", "That never happened."),
        ("refusal", "We won't be offering you a voucher."),
        ("insult", "Do you have difficulty following instructions?"),
        ("insult", "If it happens again, we will close your account."),
    ],
)
def test_more_wordings_of_the_same_kinds(category: str, sentence: str) -> None:
    assert category in categories(sentence), rules(sentence)


@pytest.mark.parametrize(
    ("category", "sentence"),
    [
        # a non-answer: a hedge or a wait given as the whole reply
        ("dismissive", "I'm not certain."),
        ("dismissive", "Honestly, I don't think we can."),
        ("dismissive", "Hold on a moment."),
        ("dismissive", "Please wait."),
        ("dismissive", "We'll do our best."),
        ("dismissive", "Probably."),
        # the agent's circumstances as the answer
        ("dismissive", "Sorry, I'm only new here."),
        ("dismissive", "I'm on my lunch."),
        # telling the customer how to sound, or to go and read
        ("dismissive", "There's no need to raise your voice."),
        ("dismissive", "Correct me if I'm wrong, but you picked the blue one."),
        ("dismissive", "That's not our team."),
        ("dismissive", "You might want to read the small print first."),
        ("dismissive", "Look, the courier has it now."),
        ("dismissive", "It's clearly stated in the confirmation."),
        # stock lines
        ("dismissive", "Your visit means so much to us."),
        ("dismissive", "We ask for your continued patience and understanding."),
        # someone else's failure, left there
        ("blame", "The shipping company failed to collect the boxes."),
        ("blame", "Your payment provider didn't confirm the transfer."),
        # what can't be done, in the future tense or put on a machine
        ("cant-without-can", "The replacement can't be sent before the twelfth."),
        ("cant-without-can", "Our till doesn't allow us to split the bill."),
        # "won't let me" is a refusal put on a machine, not an offer to help
        ("cant-without-can", "Sorry, the system won't let me refund that."),
        ("cant-without-can", "Sorry, the computer won't let me change the date."),
    ],
)
def test_non_answers_excuses_and_deflections_are_found(category: str, sentence: str) -> None:
    assert category in categories(sentence), rules(sentence)


# ------------------------------------------------------------------ the "phrases to avoid" canon

CANON: list[tuple[str, str]] = [
    # deflection: the problem handed back as someone else's
    ("dismissive", "That isn't our department."),
    ("dismissive", "You've rung the wrong branch."),
    ("dismissive", "We don't deal with those."),
    ("dismissive", "Nobody here can help with that."),
    ("dismissive", "Go to our website."),
    # the agent's own situation as the reason
    ("dismissive", "Nobody told me the price had changed."),
    ("dismissive", "We weren't informed about the recall."),
    ("dismissive", "Today's my first shift."),
    # a wait or a hedge with no time
    ("dismissive", "This could take a few weeks."),
    ("dismissive", "Somebody will be in touch."),
    ("dismissive", "We'll try our hardest."),
    ("dismissive", "Please bear with us."),
    ("dismissive", "Just be patient."),
    ("dismissive", "I need to check with my supervisor."),
    # talking down
    ("dismissive", "Do you understand?"),
    ("dismissive", "Don't get so worked up."),
    ("dismissive", "Sure, whatever you say."),
    ("dismissive", "Anybody can do this."),
    ("dismissive", "What are we supposed to do?"),
    # the customer's mistake named
    ("blame", "You typed the postcode wrong."),
    ("blame", "You've made an error on the form."),
    ("blame", "You're the first customer to complain about it."),
    ("blame", "You're going to have to fill it in again."),
    # an opener that undercuts the rest
    ("dismissive", "To be frank, that model isn't great."),
]


@pytest.mark.parametrize("straight", [True, False], ids=["straight", "curly"])
@pytest.mark.parametrize(("category", "sentence"), CANON)
def test_the_common_phrases_to_avoid_are_found_in_other_wordings(
    category: str, sentence: str, straight: bool
) -> None:
    text = sentence if straight else curly(sentence)
    assert category in categories(text), (text, rules(text))
    assert check(text).verdict != "ok", text
