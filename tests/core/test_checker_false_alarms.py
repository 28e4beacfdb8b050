"""False alarms on good replies, by kind: a missing element asked of a reply whose situation
does not call for it, names and placeholders taken for shouting, a policy pointed at or checked
against taken for a policy wall, plain words taken for jargon, a list taken for a wall of text.

Every sentence here is written for these tests. Each kind is checked both ways: the good reply
is left alone and the reply that really has the problem is still flagged.
"""

from __future__ import annotations

import pytest

from companion.core.checker import check, load_pack, parse_pack
from companion.core.checker.pack import RulePackError


def rules(text: str) -> set[str]:
    return {f.rule for f in check(text).findings}


def flagged(text: str, rule: str) -> list[str]:
    return [text[f.start : f.end] for f in check(text).findings if f.rule == rule]


# ------------------------------------------------------------------ missing elements

NEUTRAL_HELPFUL = [
    # a plain answer: no refusal, no bad news, nobody upset, no request of the reader
    "The export button sits at the top right of the Reports page, next to the date filter.",
    "Your plan renews on the first of each month and the invoice goes to the billing address.",
    "To fix this, I need the order number from the confirmation email you received.",
    "The new firmware adds a night mode and makes the battery last about two hours longer.",
    "Hi Dana,\n\nThe warranty covers parts and labour for two years from the day of delivery."
    "\n\nBest,\nLee",
]


@pytest.mark.parametrize("text", NEUTRAL_HELPFUL)
def test_a_neutral_helpful_reply_is_asked_for_neither_empathy_nor_a_next_step(text: str) -> None:
    found = rules(text)
    assert "no-empathy" not in found and "no-next-step" not in found


CONCRETE_NEXT_STEPS = [
    "I'm sorting this out for you right away",
    "ring me on 555 0199 and we can finish it on the phone",
    "you'll hear from me again within the hour",
    "I'm passing this to the billing specialist who can see that account",
    "what I can do is move the booking to Friday",
    "a replacement has been booked for Thursday",
    "once the courier scans it, the refund goes through",
    "your new card should arrive within three working days",
]


@pytest.mark.parametrize("step", CONCRETE_NEXT_STEPS)
def test_bad_news_with_a_concrete_next_step_is_not_missing_one(step: str) -> None:
    text = f"Unfortunately the blue model is out of stock at the moment, but {step}."
    assert "no-next-step" not in rules(text)


REFUSALS_WITHOUT_A_WAY = [
    "Unfortunately the blue model is out of stock and the supplier has stopped making it.",
    "We cannot refund the booking fee, since the booking was made more than a month ago.",
    "Your account was suspended this morning after three failed payments on the card.",
    "Your order will be delayed at the border for customs checks for an unknown time.",
]


@pytest.mark.parametrize("text", REFUSALS_WITHOUT_A_WAY)
def test_a_refusal_or_bad_news_with_no_way_forward_is_still_flagged(text: str) -> None:
    [finding] = [f for f in check(text).findings if f.rule == "no-next-step"]
    assert (finding.start, finding.end) == (0, 0)  # the whole reply
    assert finding.message and finding.why and finding.insert_at == len(text)


def test_warm_idioms_with_cant_are_no_bad_news() -> None:
    text = "We can't wait to see you at the launch next week, and your seats are in the front row."
    assert rules(text) == set()


UPSET_QUOTED = (
    "Your order ships from the warehouse on Monday and arrives two days later.\n\n"
    "On Sat, 7 Feb 2026 at 09:12, Robin <robin@example.com> wrote:\n"
    "This is the third time I have asked. Completely unacceptable!!\n"
)


def test_an_upset_customer_in_the_quote_calls_for_acknowledgement() -> None:
    assert "no-empathy" in rules(UPSET_QUOTED)
    acknowledged = "I'm sorry you've had to ask three times. " + UPSET_QUOTED
    assert "no-empathy" not in rules(acknowledged)
    # the same answer to a calm question needs no empathy words
    calm = UPSET_QUOTED.replace("Completely unacceptable!!", "When will it ship?")
    calm = calm.replace("This is the third time I have asked. ", "")
    assert "no-empathy" not in rules(calm)


def test_something_gone_wrong_without_a_word_of_acknowledgement_is_flagged() -> None:
    cold = "The parcel was damaged in transit. A new one ships on Monday with tracking."
    assert "no-empathy" in rules(cold)
    warm = "I'm sorry the parcel was damaged in transit. A new one ships on Monday with tracking."
    assert "no-empathy" not in rules(warm)


def test_harm_that_is_only_ruled_out_is_no_harm() -> None:
    text = "We ask for the meter reading each quarter so that you are not overcharged on the bill."
    assert "no-empathy" not in rules(text)


def test_a_bare_question_to_the_customer_gets_a_hint_about_courtesy() -> None:
    bare = "What is the serial number on the back of the device and when did you buy it?"
    report = check(bare)
    assert {f.rule for f in report.findings} == {"no-courtesy"}
    assert report.verdict == "ok"  # curt, not cold: a hint, not a reply that needs care
    for kind in (
        "Could you send me the serial number on the back of the device and the date you bought it?",
        "Let's look at the device together: what does the serial number on the back say?",
    ):
        assert "no-courtesy" not in rules(kind)


def test_owning_a_mistake_is_acknowledgement() -> None:
    text = "That was our mistake: the invoice went out twice. The second one has been cancelled."
    assert "no-empathy" not in rules(text)


def test_a_rule_named_only_to_make_an_exception_is_no_wall() -> None:
    text = (
        "As a rule our policy is that we do not offer refunds on opened perfume. But the bottle "
        "leaked, so would you like your money back or a voucher?"
    )
    found = rules(text)
    assert "refusal-declined" not in found
    assert "policy-without-why" not in found
    assert "refusal-declined" in rules("We do not offer refunds on opened perfume.")


def test_owning_our_miss_and_a_templates_own_timeframe_are_not_flagged() -> None:
    assert not rules("We promised a smooth checkout, and it is clear to us we fell short this time")
    outage = (
        "We're investigating an issue with sign-ins. We'll post an update within {{eta}} minutes."
    )
    assert "dismissive-canned" not in rules(outage.replace("{{eta}}", "[20]"))


def test_sympathy_praise_and_a_requirement_explained_are_not_blame_or_insult() -> None:
    # what the customer should not have had to do is our fault, not theirs
    assert not rules("Nobody should catch our billing slips, and you shouldn't have to either.")
    # praise of customers, not "people like you"
    assert not rules("Ideas from customers like you are a big part of every update we ship.")
    # a goal and what it takes, with an offer to do it for them straight after
    text = (
        "To renew the permit, you need to show the insurance letter at the desk. "
        "Can I book you a slot for Thursday?"
    )
    assert "blame-you-need-to" not in rules(text)
    assert "blame-you-need-to" in rules("You need to show the insurance letter at the desk.")


@pytest.mark.parametrize(
    "text",
    [
        # sympathy said as an idiom with "never": neither an absolute nor a missing acknowledgement
        "Losing access to your account is never fun, least of all on a busy day. Here is the"
        " quickest way back in: choose Forgot password on the sign-in page.",
        # the trouble named with what it did to them
        "The courier came a day late, and that set back your whole move. A new slot is booked"
        " for 8:00 tomorrow.",
    ],
)
def test_naming_the_trouble_and_what_it_did_is_acknowledgement(text: str) -> None:
    found = rules(text)
    assert "no-empathy" not in found
    assert "absolute-never-always" not in found


# ------------------------------------------------------------------ shouting


NOT_SHOUTING = [
    "Your SEGA console and the BOSCH drill leave the warehouse together on Friday.",
    "The ASUS laptop comes with a GARMIN strap from the partner campaign.",
    "Hi [FIRST_NAME], parcel {{tracking_ref}} for [PRODUCT TITLE] has shipped.",
    "Dear <AGENT NAME>, please confirm %FIRST_NAME% and *|FNAME|* are filled in.",
    "Tracking number: XXXXXXX, reference ORDER_ID, item code AB-1234.",
    "IMPORTANT: keep your recovery code somewhere safe.",
    "Was this helpful? Reply YES, or type AGENT to talk to a person.",
    "Text STOP to 60123 to opt out of these messages.",
    "Hi (CUSTOMER NAME), the refund for (ENTER AMOUNT) went back to your card today.",
    "Hi BUYERNAME, thank you for your order; it leaves the warehouse today.",
    "Your order (INSERT SO REF) was dispatched this morning.",
    "Your parcel (insert SO ref) left the depot on (insert date) and arrives tomorrow.",
    "Dear CUSTOMER NAME, the replacement is on its way.",
    "Please have YOUR ORDER NUMBER to hand when you call.",
    "Kind regards, AGENTNAME",
]


@pytest.mark.parametrize("text", NOT_SHOUTING)
def test_names_placeholders_codes_and_labels_are_not_shouting(text: str) -> None:
    """Nor does a saved reply whose blanks are words in capitals with no brackets ("Hi
    BUYERNAME") or with an everyday word inside the brackets ("(INSERT SO REF)")."""
    assert "shouting-capitals" not in rules(text)


STILL_SHOUTING = [
    ("Please DO NOT REPLY to this address.", "DO NOT REPLY"),
    ("I did NOT say the order was lost.", "NOT"),
    ("You must NEVER share the code.", "NEVER"),
    ("Send it back IMMEDIATELY, please.", "IMMEDIATELY"),
    ("Hi [NAME], we ALREADY TOLD YOU twice.", "ALREADY TOLD YOU"),
    ("You have to reply TODAY or the booking goes.", "TODAY"),
    ("Reply YES NOW.", "NOW"),
    ("The answer (I SAID NO) has not changed.", "SAID NO"),
    ("PLEASE SEND YOUR ORDER NUMBER NOW.", "PLEASE SEND YOUR ORDER NUMBER NOW"),
    ("We told you EVERY TIME you called.", "EVERY TIME"),
    ("Hi BUYERNAME, I SAID NO.", "SAID NO"),
]


@pytest.mark.parametrize(("text", "words"), STILL_SHOUTING)
def test_everyday_words_in_capitals_still_shout(text: str, words: str) -> None:
    assert words in flagged(text, "shouting-capitals")


def _caps_pack(**extra: object) -> dict[str, object]:
    """A one-rule pack of language "xx" with a caps rule and nothing else set but ``extra``."""
    rule = {
        "id": "caps",
        "category": "shouting",
        "kind": "caps",
        "severity": "care",
        "practice": "P2.3",
        "why": "w",
        "message": "m",
        **extra,
    }
    return {"pack": {"lang": "xx"}, "rule": [rule]}


def test_a_pack_without_lone_words_keeps_every_long_word_as_shouting() -> None:
    """A language's pack that lists no lone words still gets the placeholder and code rules,
    and any word of min_letters letters shouts alone."""
    pack = parse_pack(_caps_pack(min_letters=4), "xx.toml")
    from companion.core.checker.checking import check_with_pack

    def shouted(text: str) -> list[str]:
        return [text[f.start : f.end] for f in check_with_pack(text, pack).findings]

    assert shouted("the SEGA box") == ["SEGA"]
    assert shouted("the [SEGA_BOX] and ABCD-1234") == []
    # words to send are the pack's own: without its keywords, "STOP" is a word like any other
    assert shouted("Reply STOP to opt out") == ["STOP"]


def test_a_pack_without_blanks_keeps_a_long_lone_word_as_shouting() -> None:
    from companion.core.checker.checking import check_with_pack

    def shouted(pack_data: dict[str, object], text: str) -> list[str]:
        found = check_with_pack(text, parse_pack(pack_data, "xx.toml")).findings
        return [text[f.start : f.end] for f in found]

    assert shouted(_caps_pack(min_letters=8), "Hi BUYERNAME") == ["BUYERNAME"]
    blanks = _caps_pack(min_letters=8, blanks=["(?:buyer)?name"])
    assert shouted(blanks, "Hi BUYERNAME") == []
    with pytest.raises(RulePackError, match="blanks"):
        parse_pack(_caps_pack(blanks=["(name"]), "xx.toml")


def test_capitals_alone_in_round_brackets_are_a_blank_in_any_script() -> None:
    """ "(ΟΝΟΜΑ ΠΕΛΑΤΗ)" is a blank like "(CUSTOMER NAME)"; brackets with a small letter in
    them ("(ΟΝΟΜΑ πελάτη)") are words like any other."""
    from companion.core.checker.checking import check_with_pack

    pack = parse_pack(_caps_pack(min_letters=4), "xx.toml")

    def shouted(text: str) -> list[str]:
        return [text[f.start : f.end] for f in check_with_pack(text, pack).findings]

    assert shouted("Αγαπητέ (ΟΝΟΜΑ ΠΕΛΑΤΗ), ευχαριστούμε.") == []
    assert shouted("Dear (CUSTOMER NAME), thank you.") == []
    assert shouted("Αγαπητέ (ΟΝΟΜΑ πελάτη), ευχαριστούμε.") == ["ΟΝΟΜΑ"]


def test_a_caps_rule_with_broken_keywords_is_refused() -> None:
    with pytest.raises(RulePackError, match="keywords"):
        parse_pack(_caps_pack(keywords=["reply (\\w+"]), "xx.toml")


# ------------------------------------------------------------------ policy without why


@pytest.mark.parametrize(
    "text",
    [
        "Our warranty rules are attached, and the part about batteries is on page two.",
        "Once the photos arrive, our team reviews the claim against the policy on Monday.",
        "Under our refund policy, [reason for the decision].",
        "Per our policy, we ask for photo ID for this change. This is required by law.",
        "As per our rules, the seat can't be moved due to the safety layout of the cabin.",
    ],
)
def test_a_policy_pointed_at_checked_against_or_explained_is_not_a_wall(text: str) -> None:
    assert "policy-without-why" not in rules(text)


def test_a_policy_given_as_the_whole_answer_is_still_flagged() -> None:
    text = "Per our policy, exchanges are only possible in the first 14 days."
    assert flagged(text, "policy-without-why") == ["Per our policy"]


# ------------------------------------------------------------------ jargon


@pytest.mark.parametrize(
    "text",
    [
        "Please cancel prior to the renewal date and you won't be charged again.",
        "With regard to your question, the price includes delivery.",
        "This is a known issue and the root cause is a bad update that we are rolling back.",
        "The speaker is rated at 85 dB, which is loud enough for a large room.",
    ],
)
def test_plain_words_are_not_jargon(text: str) -> None:
    assert not {f.category for f in check(text).findings} & {"jargon"}


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("We need the receipts pertaining to the claim.", "pertaining to"),
        ("We regret to inform you that the item is gone.", "We regret to inform"),
        ("The outage came from a db connection limit.", "db connection"),
    ],
)
def test_legal_and_internal_wording_is_still_jargon(text: str, words: str) -> None:
    found = (
        flagged(text, "jargon-legalese")
        + flagged(text, "jargon-internal")
        + flagged(text, "jargon-officialese")
    )
    assert any(words in w for w in found)


# ------------------------------------------------------------------ too long


def test_a_list_without_full_stops_is_not_a_wall_of_text() -> None:
    steps = "\n".join(
        [
            "- Open the app and choose Settings from the menu in the top left corner",
            "- Pick Backup and turn on the switch that says Back up over mobile data",
            "- Wait until the progress bar reaches the end and the green tick appears",
            "- Restart the phone and sign in again with the same account as before",
            "- Check that your photos and messages are back in the gallery and chat list",
        ]
    )
    text = f"Thanks for the details. Here is how to move everything across:\n{steps}\n"
    report = check(text)
    assert report.words >= 60 and report.reading_ease is not None and report.reading_ease > 50
    assert "too-long" not in {f.rule for f in report.findings}


# ------------------------------------------------------------------ quoting


def test_a_wrapped_attribution_line_still_starts_the_customers_words() -> None:
    text = (
        "Your order ships on Monday and reaches you two days later, tracking included.\n\n"
        "On Sat, 7 Feb 2026 at 09:12, Robin Longsurname-Example <robin.example@example.com>\n"
        "wrote:\n"
        "WHERE IS MY ORDER?? You people are useless.\n"
    )
    found = rules(text)
    assert not {"shouting-capitals", "shouting-punctuation"} & found
    assert "no-empathy" in found  # the quote is the customer's, and they are upset


# ------------------------------------------------------------------ the pack's own sentences

MINE = (
    "no-empathy",
    "no-courtesy",
    "no-next-step",
    "shouting-capitals",
    "policy-without-why",
    "jargon-legalese",
    "jargon-internal",
    "too-long",
)


@pytest.mark.parametrize("rule_id", MINE)
def test_each_rule_fires_on_its_examples_and_not_on_its_not_examples(rule_id: str) -> None:
    [rule] = [r for r in load_pack("en").rules if r.id == rule_id]
    assert rule.not_examples
    for text in rule.examples:
        assert rule_id in rules(text), text
    for text in rule.not_examples:
        assert rule_id not in rules(text), text


# ------------------------------------------------------------------ unfinished drafts


@pytest.mark.parametrize(
    "text",
    [
        "Ms Rivera, I looked through the order history but could not find the second booking,",
        "Unfortunately the sofa in green is no longer made by the supplier we used;",
        "Hi Kim,\n\nI'm afraid the code has expired and cannot be used again, although\u2014",
    ],
)
def test_a_draft_that_stops_mid_sentence_is_not_missing_its_closing_yet(text: str) -> None:
    assert "no-next-step" not in rules(text)


def test_a_finished_draft_with_a_sign_off_is_still_asked_for_a_next_step() -> None:
    text = (
        "Hi Kim,\n\nUnfortunately the code has expired and cannot be used again after today."
        "\n\nKind regards,\nLee"
    )
    assert "no-next-step" in rules(text)


# ------------------------------------------------------------------ good replies of the new kinds

GOOD_REPLIES = [
    # real apologies with what was done
    "I'm sorry we sent the wrong lamp. A courier will swap it on Wednesday, and you keep the "
    "first one's bulb.",
    "Sorry for any inconvenience: I've moved your booking to 6 pm and the table is confirmed.",
    # a refusal with a reason and an alternative, said with regret
    "I wish I could waive it, but the fee goes straight to the venue; what I can do is move you "
    "to a later date at no charge.",
    "We can't accept returns of swimwear for hygiene reasons. If it's faulty, though, I'll "
    "replace it straight away.",
    # a calm boundary (P4.5)
    "I understand you're angry, and I do want to fix this. If the swearing continues I'll end "
    "the chat, but it's up to you.",
    # explanations with the fix
    "Sorry about the failed payment: our website was down for an hour last night. It's back "
    "now and I've resent the payment link.",
    "We've been short of drivers this week, so I've booked your delivery with a partner courier "
    "for tomorrow morning.",
    # not knowing, with how we will find out, or asking to understand
    "I'm not sure why the app crashed on your tablet, so I've passed the log to our developers "
    "and I'll update you by Friday.",
    "I'm not sure I follow which invoice you mean. Could you tell me its number?",
    "I'm not sure yet which size fits best. What shoe size do you usually take?",
    # an alternative offered by having it or by asking
    "We can't seat six at eight because the room is full, but I have a table at half past. "
    "Shall I hold it?",
    # "to deal with it" is not the order "deal with it"
    "I'm sorry you were left to deal with it on your own over the weekend.",
    # reassurance about their own slip
    "No worries at all, it happens to everyone; I've updated the email address on your account.",
    # neutral, with words that look like the new kinds
    "They open the store at nine, and the click-and-collect desk is at the back.",
    "You should have a text with the tracking link within the hour.",
    "It's only a short drive from the station, and there is free parking on site.",
    "To answer your question: yes, the warranty covers the battery too.",
    "Thanks for getting in touch. The parcel is with the courier and arrives tomorrow.",
]


@pytest.mark.parametrize("text", GOOD_REPLIES)
def test_good_replies_of_the_new_kinds_stay_ok(text: str) -> None:
    report = check(text)
    assert report.verdict == "ok", [(f.rule, text[f.start : f.end]) for f in report.findings]


def test_thanks_for_contacting_us_is_not_acknowledgement_of_an_upset_customer() -> None:
    reply = (
        "Thank you for contacting us. Our opening hours are nine to five, Monday to Friday, "
        "and orders ship within two days.\n\n> My order is a week late and nobody answers!!\n"
    )
    assert "no-empathy" in rules(reply)
    kind = reply.replace("Thank you for contacting us.", "I'm sorry your order is late.")
    assert "no-empathy" not in rules(kind)


KIND_LINES = [
    # "OK" is how the word is spelt
    "OK, I've moved your booking to Thursday at 10.",
    # thanks for patience is thanks, not a stock demand for it
    "Thanks so much for your patience and understanding while the engineer was out.",
    # our own effort is no absolute claim
    "We always try to reply within a day, and I've answered your second question below.",
    # a hedge or a wait that comes with what happens next
    "I'm not certain, so I'll ask the warehouse and email you by 4 pm.",
    "One moment while I pull up your order.",
    "Maybe try the other charger first, and if it still won't start I'll send a new one.",
    # someone else's failure with our fix beside it
    "The courier didn't turn up, so I've booked a new collection for Monday morning.",
    # a wall in the future tense, with what we are doing about it
    "The part won't be in stock before June, so I've ordered it from our other branch.",
    # helpful pointers, not condescension
    "There's no need to send the photos again; I have them here.",
    "You might want to check the guide I've attached, it shows each step with pictures.",
    # a hand-over that owns the next step is no deflection
    "That's a different team, so I'll connect you with them now.",
    "The returns form is on our website at example.com/returns.",
    # the agent's situation with what happens next
    "Nobody told me you were still waiting, so I've sent the part today.",
    # a wait with a time, a reason or what we are doing meanwhile
    "The repair will take a few days because the part comes from Italy.",
    "Bear with me while I look up your booking.",
    "I'll check with my manager and call you back by 3 pm.",
    "Thanks so much for being patient with us.",
    # the recommended alternatives from the same lists
    "I can see why that would be upsetting.",
    "Let me find that out for you.",
    "I'd be glad to help with that.",
    "Could you tell me a little more about what happened?",
    "If anything on the form looks wrong, just tell me and I'll correct it.",
    "We've never had this problem before, so I've asked the engineers to look at it today.",
    "Thank you for your honest feedback.",
]


@pytest.mark.parametrize("text", KIND_LINES)
def test_new_patterns_leave_kind_replies_alone(text: str) -> None:
    report = check(text)
    assert report.verdict == "ok", [(f.rule, text[f.start : f.end]) for f in report.findings]


def test_code_pasted_into_a_reply_is_not_read_as_its_words() -> None:
    from companion.core.checker import check

    reply = (
        "Thanks for the log. Please run this:\n```\nNEVER_EXIT=1 ./fix.sh --force !!!\n```\n"
        "and set `ALWAYS RETRY` to true; I'll watch the ticket until it's fixed."
    )
    assert not [f for f in check(reply, "en").findings if f.start > 0]
    assert check("You are wrong!!! NEVER do that.", "en").verdict != "ok"


@pytest.mark.parametrize(
    ("text", "bad_twin"),
    [
        # an invitation to leave something with us is no invitation to leave
        (
            "Your room isn't ready yet; you're welcome to leave your bags with us.",
            "You're welcome to leave if you don't like it.",
        ),
        # what the customer is entitled to is good news, not a judgement
        ("You're entitled to €400 and a meal voucher.", "You're so entitled."),
        # what they should not have had to bear is ours
        (
            "That's our planning mistake, not something you should have had to put up with.",
            "You should have booked earlier.",
        ),
        # card brands written in capitals are no abbreviations between colleagues
        ("We take VISA, Mastercard and AMEX at the counter.", "The SKU is OOS until the next PO."),
        # sympathy for what the customer has to go through is no order
        (
            "I'm sorry you have to deal with this; you must be worn out.",
            "You have to deal with this yourself.",
        ),
        # a responsibility we owned up to having warned about too late
        (
            "Visas are the traveller's responsibility, but I should have told you Peru needs one.",
            "Visas are the traveller's responsibility.",
        ),
    ],
)
def test_good_lines_that_share_words_with_bad_ones(text: str, bad_twin: str) -> None:
    report = check(text, "en")
    assert report.verdict == "ok", [(f.rule, text[f.start : f.end]) for f in report.findings]
    assert check(bad_twin, "en").verdict != "ok"


# ------------------------------------------------------------------ abbreviations


def acronyms(text: str) -> list[str]:
    return flagged(text, "jargon-acronyms")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The SKU has been OOS since the last PO.", "SKU has been OOS since the last PO"),
        ("Looks like a 502 from the LB after a stale DNS TTL.", "LB after a stale DNS TTL"),
        ("Your PNRs are on a non-ref fare; only the YQ comes back.", None),
    ],
)
def test_two_different_abbreviations_in_a_sentence_are_jargon(text: str, words: str | None) -> None:
    found = acronyms(text)
    assert len(found) == 1
    assert words is None or found == [words]


@pytest.mark.parametrize(
    "text",
    [
        "Please send the PDF to our UK office by USB.",  # everyday ones
        "We take VISA, Mastercard and AMEX.",  # brands
        "Your order [ORDER_ID] for {{SKU_CODE}} ships today.",  # placeholders
        "WHAT WE ARE DOING TO FIX IT: the SKU is back.",  # a heading
        "You did NOT read ALL of it.",  # stress
        "The SKU ships today. The PO went out yesterday.",  # one per sentence
        "The SKU and the other SKU both ship today.",  # the same one twice
        "> Why is the SKU OOS?\nIt's back in stock now.",  # the customer's words
        "Order XXXX-1234 is at gate B12.",  # codes
    ],
)
def test_everyday_abbreviations_brands_placeholders_and_headings_are_not(text: str) -> None:
    assert acronyms(text) == []


def test_a_pack_can_ask_for_more_abbreviations_before_a_sentence_counts() -> None:
    data = {
        "pack": {"lang": "xx"},
        "rule": [
            {
                "id": "acr",
                "kind": "acronyms",
                "category": "jargon",
                "practice": "P3.6",
                "severity": "care",
                "message": "m",
                "why": "w",
                "min_acronyms": 3,
                "allow": ["PDF"],
            }
        ],
    }
    pack = parse_pack(data, "test")
    from companion.core.checker import check_with_pack

    assert not check_with_pack("The SKU is OOS, send the PDF.", pack).findings
    assert check_with_pack("The SKU is OOS until the next PO.", pack).findings
