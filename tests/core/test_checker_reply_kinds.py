"""More kinds of bad reply, each a class rather than a phrasing: denying what the customer
says happened, silencing them, bare and final refusals, a one-word reply, hedged promises,
stock apologies with nothing done, "don't worry about it", the agent's own day as the answer,
passive promises with no one and no time, and capitals that are a template's headings.

Each kind has its good counterpart, which must stay unflagged. Every sentence here is our
own, written for the test, in plain and curly-apostrophe forms."""

from __future__ import annotations

import pytest

from companion.core.checker import check


def categories(text: str) -> set[str]:
    return {f.category for f in check(text, lang="en").findings}


def flagged(text: str) -> bool:
    return check(text, lang="en").verdict != "ok"


def both_apostrophes(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    curly = [(c, s.replace("'", "’")) for c, s in pairs if "'" in s]
    return pairs + curly


BAD: list[tuple[str, str]] = [
    # the customer's account denied
    ("blame", "Everything is running perfectly on our side."),
    ("blame", "The heater works fine for all our other customers."),
    ("blame", "There is nothing wrong with the device."),
    ("blame", "The update is working as designed."),
    ("blame", "There was no record of any call from you."),
    ("blame", "You never returned the form."),
    ("blame", "I very much doubt that."),
    ("blame", "We found that hard to believe."),
    ("blame", "The fee is correct according to our records."),
    ("blame", "That one's on you."),
    ("blame", "We take no responsibility for lost keys."),
    ("blame", "You damaged it."),
    # silenced, rushed or talked down to
    ("dismissive", "Could you let me finish?"),
    ("dismissive", "Please stop interrupting."),
    ("dismissive", "Keep your voice down."),
    ("dismissive", "Mind your language."),
    ("dismissive", "You just don't get it."),
    ("dismissive", "You are not our only client."),
    ("dismissive", "I've got other calls waiting."),
    ("dismissive", "Everybody else has to wait."),
    ("dismissive", "Relax."),
    ("dismissive", "Perhaps our service simply isn't right for you."),
    ("dismissive", "What exactly is it that you want?"),
    ("dismissive", "Alright, fine."),
    ("dismissive", "I've told you twice already."),
    ("dismissive", "We've gone over this before."),
    # handing it back
    ("dismissive", "I'm only following procedure."),
    ("dismissive", "The software does not permit that."),
    ("dismissive", "Our till won't take it."),
    ("dismissive", "Just contact your card issuer."),
    ("dismissive", "Wrong team."),
    ("dismissive", "Look it up online."),
    ("dismissive", "Questions like these are best handled over the phone."),
    # a bare or final no
    ("refusal", "Sorry, we can't."),
    ("refusal", "Exchanges are not offered on sale items."),
    ("refusal", "Our decision is final."),
    ("refusal", "We will not be revisiting this further."),
    # a word for a reply
    ("dismissive", "Okay."),
    ("dismissive", "Received."),
    # hedged, passive or empty promises
    ("dismissive", "The engineer will hopefully be there on Monday."),
    ("dismissive", "The refund goes through tomorrow, probably."),
    ("dismissive", "We'll see."),
    ("dismissive", "I will try, but no promises."),
    ("dismissive", "We'll deal with it when we get a chance."),
    ("dismissive", "Your complaint is being reviewed."),
    ("dismissive", "It will be sorted out by the billing team."),
    ("dismissive", "You will be notified."),
    ("dismissive", "I suppose it might work."),
    ("dismissive", "There's been a minor hiccup."),
    ("dismissive", "Things could have been a lot worse."),
    ("dismissive", "Just don't worry about that."),
    # stock apologies and stock lines with nothing done
    ("dismissive", "We are sorry for the inconvenience."),
    ("dismissive", "We apologise on behalf of the company."),
    ("dismissive", "All our advisers are currently busy."),
    ("dismissive", "We're currently investigating reports of a problem."),
    # the agent's day as the answer
    ("dismissive", "I can't wait to go home."),
    ("dismissive", "The manager is on holiday."),
    ("dismissive", "Sales have been really slow lately."),
    # shutting the door
    ("insult", "Quit calling us."),
    ("insult", "We refuse to put up with this."),
    ("insult", "We'll end this call now."),
    ("insult", "We don't want clients like you."),
    # the customer's manner judged, and a feeling waved away
    ("insult", "You are a very demanding customer."),
    ("insult", "You're being aggressive."),
    ("dismissive", "You are exaggerating about the delay."),
    # found by writing new variants of the kinds the checker already knew
    ("insult", "Thanks a lot for your three irate voicemails."),
    ("insult", "Please stop badgering us."),
    ("insult", "Can't you read?"),
    ("blame", "Youre mistaken about the price."),
    ("dismissive", "Then do it yourself."),
    ("dismissive", "Fill it in correctly this time."),
    ("dismissive", "I'm afraid our hands are tied."),
    ("refusal", "There is simply no way we could do that."),
    ("dismissive", "I'll check on your case."),
    # whole replies: the bureaucratic no, the answer said to be written somewhere, excuses
    ("refusal", "Sale items are excluded from our refund policy."),
    ("refusal", "The guarantee doesn't extend to water damage."),
    ("refusal", "We regard this complaint as closed."),
    ("refusal", "Sorry, we're fully booked."),
    ("refusal", "Please call back next week."),
    ("refusal", "We don't honour those vouchers."),
    ("dismissive", "That's just the way the software works."),
    ("dismissive", "It's all there in black and white."),
    ("dismissive", "The cancellation fee is set out in your contract."),
    ("dismissive", "Due to unexpected demand, orders are delayed."),
    ("dismissive", "Don't worry, everything will be okay."),
    ("dismissive", "We'll sort it."),
    ("blame", "Our driver behaved professionally."),
    ("blame", "You were billed the advertised price."),
    ("blame", "The fees are very clearly displayed at the till."),
    # phone and queue lines, and the agent out of reach
    ("dismissive", "Could you hold?"),
    ("dismissive", "Your call may be recorded for training purposes."),
    ("dismissive", "Emails will be dealt with in the order they were received."),
    ("dismissive", "We are seeing heavy call volumes."),
    ("dismissive", "Hold on, I'm speaking to another customer."),
    ("dismissive", "Call us back later."),
    ("dismissive", "He's in a meeting."),
    ("dismissive", "The billing team will have to look at it."),
    ("dismissive", "I'm not permitted."),
    ("dismissive", "Our system deleted your details."),
    ("dismissive", "You're not letting us help."),
    ("dismissive", "You do realise the store shuts at six, right?"),
    ("dismissive", "Most people understand that."),
    ("blame", "Our fees are perfectly reasonable."),
    # business-letter coldness
    ("blame", "You have been in arrears since May."),
    ("blame", "I'm rather disappointed that you didn't reply."),
    ("dismissive", "We may possibly be able to look at it."),
    ("dismissive", "We got your email."),
    ("dismissive", "Unavailable."),
    ("dismissive", "The engineer is running slightly late."),
    ("jargon", "Enclosed please find the revised statement."),
    ("jargon", "A fee will be levied on late returns."),
    # defending the business instead of answering
    ("blame", "We were quite surprised to read your review."),
    ("blame", "Our rooms are usually very popular with guests."),
    ("blame", "We don't agree with your account of the evening."),
    ("refusal", "The slot is no longer available."),
    ("dismissive", "So, to repeat: refunds take ten days."),
    ("dismissive", "We are doing all we can."),
    ("insult", "What a jackass."),
    ("dismissive", "We'll place you on hold."),
    ("dismissive", "Honestly, this rule is ridiculous."),
]

GOOD: list[str] = [
    "Everything is working again on our side, so please try once more and tell me how it goes.",
    "There's no record of the payment yet, so could you forward me the bank's receipt?",
    "I doubt you'll need it, but I've attached the manual just in case.",
    "That's on us: I've sent a replacement by express today.",
    "If you damaged it by accident, our cover still pays for the repair.",
    "Let me finish updating your address and I'll confirm it by email.",
    "If any of the steps don't make sense, just call me.",
    "We have other colours in stock too, if you'd like to swap.",
    "Really glad it's working now!",
    "The software doesn't permit that, but I can do it for you from here.",
    "If the charge is still there on Friday, contact your card issuer.",
    "Sorry, we can't deliver on Sunday, but Saturday morning is free; shall I book it?",
    "Exchanges are not offered on sale items, but I can give you store credit instead.",
    "Okay, I've moved your delivery to Thursday.",
    "It will be sorted out by the billing team by 3 pm today, and I'll email you when it is.",
    "You will be notified by text on the morning of the delivery, with a two-hour slot.",
    "Don't worry about that: I've already cancelled the second payment.",
    "We are sorry for the inconvenience; I've refunded the delivery charge today.",
    "The manager is on holiday until Monday, so I've asked her deputy to call you this afternoon.",
    "Thank you for your patience while I looked into this.",
    "No problem at all, happy to help.",
    "Hopefully that helps!",
    "Sale items are excluded from our refund policy, but I can swap the size for you today.",
    "I can't begin to imagine how stressful the move has been.",
    "The form is in the back office; it will take me two minutes to fetch it. Can you hold?",
    "Sorry, I can't hear you very well. Could you say that again?",
    "If there's anything we can do to make things easier, just let us know.",
    "Although we can't extend credit just now, we invite you to pay on delivery instead.",
    "In accordance with your wishes, I've closed the account today.",
    "The old photographs are in our reading room for your perusal.",
    "Once the photos arrive, we will review the next step under our store policy and reply.",
    "I value you as a client: the new rate starts on March 1, and current jobs keep the old one.",
    "Sorry about the mess. Please call me at 555-0100 as soon as possible and I'll put it right.",
    "We'll reply today with the next step under our store policy.",
    "That can't have been easy, and thank you for telling us.",
    "We can't find a booking under your name. We'd welcome the chance to talk: 0161 555 0100.",
    "Everything will be okay: the engineer is booked for 9 am tomorrow.",
    "I'll check on your case now and call you back within the hour.",
    "There's no way you could have known; I've sent the right size today.",
    "Hi Ana,\n\nWHAT HAPPENED: the parcel went to the old address.\nWHAT WE DID: it left today.",
]


@pytest.mark.parametrize(("category", "sentence"), both_apostrophes(BAD))
def test_each_kind_is_flagged(category: str, sentence: str) -> None:
    assert category in categories(sentence), sentence
    assert flagged(sentence)


@pytest.mark.parametrize("sentence", GOOD + [s.replace("'", "’") for s in GOOD if "'" in s])
def test_its_good_counterpart_is_not(sentence: str) -> None:
    report = check(sentence, lang="en")
    assert report.verdict == "ok", [(f.rule, sentence[f.start : f.end]) for f in report.findings]


def test_a_one_word_reply_is_only_flagged_when_it_is_the_whole_reply() -> None:
    assert flagged("Noted.")
    assert not flagged("Noted.\nI've changed the address and the parcel goes out today.")


def test_headings_of_a_template_pasted_inline_are_not_shouting() -> None:
    text = "Sorry, Lee. WHAT WENT WRONG: the label was misprinted. WHAT WE DID: a new one is here."
    assert "shouting" not in categories(text)
    # a heading whose last word is an acronym, and one that runs on from a short word
    text = (
        "Sorry, Lee. WHAT WE DID TO FIX IT: a new label. AS A THANK YOU FOR YOUR PATIENCE: a gift."
    )
    assert "shouting" not in categories(text)
    assert "shouting" in categories("Sorry, Lee, but we ALREADY SENT IT: check your inbox.")


# Whole replies as typed in a hurry (lower case, apostrophes left out), from counters, clinics,
# landlords, airlines and game support: the fault put on the customer's side, a shrug that
# closes the matter, an outcome told bare.
HURRIED_BAD: list[tuple[str, str]] = [
    ("blame", "the line test is clear, the problem is your wiring"),
    ("blame", "Its not our problem if your bank is slow."),
    ("blame", "you should of measured the window first"),
    ("blame", "The gate shut at 6.05 and you got there at 6.07, so you missed it."),
    ("blame", "Tokens aren't refundable and you knew that when you bought them."),
    ("blame", "Thanks for the review. We stand by our driver."),
    ("dismissive", "The pool shuts at 9pm, rules are there for a reason."),
    ("dismissive", "Payment is due on the 1st. Late is late."),
    ("dismissive", "im a caretaker, not an electrician"),
    ("dismissive", "hmm, never had that complaint before"),
    ("refusal", "Staff reviewed it, appeal denied."),
    ("refusal", "It's a known gap in the app and won't be fixed."),
    ("refusal", "Your season pass has expired."),
]

# The same facts given with a reason, an apology or a way on.
HURRIED_GOOD: list[str] = [
    "The line test is clear, so the next thing is the wiring; I can book an engineer for Friday.",
    "The gate shut early in the storm, so you missed the flight; I've rebooked you on the 7:15.",
    "The pool shuts at 9pm so the lifeguards can close up; the spa is open until 10.",
    "The appeal was declined because of the second account; you can appeal again in 30 days.",
    "Your season pass has expired, and I can renew it today at last year's price if you'd like.",
    "Is Monday at 10 ok?",
    "I'll call you back at 3, okay?",
    "We're on a short lunch break until 1:30, so leave your name and we'll ring you back.",
    "The server outage from 8 to 9pm is noted, and ranked losses in that hour have been removed.",
]


@pytest.mark.parametrize(("category", "sentence"), both_apostrophes(HURRIED_BAD))
def test_a_hurried_reply_of_each_kind_is_flagged(category: str, sentence: str) -> None:
    assert category in categories(sentence), sentence


@pytest.mark.parametrize(
    "sentence", HURRIED_GOOD + [s.replace("'", "’") for s in HURRIED_GOOD if "'" in s]
)
def test_the_same_facts_with_a_reason_or_a_way_on_are_not(sentence: str) -> None:
    assert not flagged(sentence), [
        (f.rule, f.start, f.end) for f in check(sentence, lang="en").findings
    ]


# The lines of a particular service setting (a clinic's front desk, a landlord, a restaurant
# answering a review, an HR rejection, an airline desk, an IT helpdesk, a utility, a bank, a
# gym, a school office, a vet, a hotel, a garage, a marketplace seller, a status page, a
# library, a council): our own evidence clearing us, the fault put on the customer's kit,
# habits or signature, a slip waved off as ordinary, a form letter's lines, a counter's no.
SETTING_BAD: list[tuple[str, str]] = [
    ("blame", "Our systems show no fault on the line."),
    ("blame", "The parcel was delivered, according to the driver."),
    ("blame", "It was fine when it left us."),
    ("blame", "The problem must be with your wiring."),
    ("blame", "Mould is a lifestyle issue, try drying your washing outside."),
    ("blame", "That's the rate you agreed to when you booked."),
    ("blame", "Other guests haven't complained about the noise."),
    ("blame", "If you'd brought her in sooner we could have done more."),
    ("blame", "We are satisfied that the correct process was followed."),
    ("dismissive", "Bin collections are missed occasionally."),
    ("dismissive", "That's just what cats do."),
    ("dismissive", "That's a known issue, no fix yet."),
    ("dismissive", "Your bag will be delivered when it's found."),
    ("dismissive", "We had a lot of stronger applicants."),
    ("dismissive", "The gate closed at 45 minutes, that's on your boarding pass."),
    ("dismissive", "The room you booked is the room you got."),
    ("dismissive", "Is it really an emergency?"),
    ("refusal", "Unfortunately you were not successful on this occasion."),
    ("refusal", "We don't give out results over the phone."),
    ("refusal", "Moving house isn't a valid reason to cancel."),
    ("refusal", "The excess applies regardless of the circumstances."),
    ("insult", "We do not respond to correspondence of this nature."),
]

# The same settings answered with a reason, an apology, a time or a way on.
SETTING_GOOD: list[str] = [
    "Our checks show no fault on the line, so I've booked an engineer to look inside the house on"
    " Friday.",
    "The noise isn't from the brakes we fitted, but I'll look at it for free when you're passing.",
    "The fee is in the terms you agreed to, but as it's your first late payment I've refunded it.",
    "Collections are sometimes missed in snow, and I'm sorry yours was; the crew will come back"
    " tomorrow.",
    "It's a known bug, and the fix is due on Thursday.",
    "We had many strong applicants, and the panel chose someone with more payroll experience;"
    " I'm happy to share feedback on a call this week.",
    "We don't give out results over the phone for privacy reasons, but the nurse can call you"
    " back this afternoon.",
    "Check-in is from 3pm while the rooms are cleaned, but we can keep your bags until then.",
    "I'm sorry we can't give a narrower slot; the engineer will ring you 30 minutes before"
    " arriving.",
    "Thanks for your order; if anything isn't right, just message me and I'll sort it.",
]


@pytest.mark.parametrize(("category", "sentence"), both_apostrophes(SETTING_BAD))
def test_a_settings_careless_line_is_flagged(category: str, sentence: str) -> None:
    assert category in categories(sentence), sentence


@pytest.mark.parametrize(
    "sentence", SETTING_GOOD + [s.replace("'", "’") for s in SETTING_GOOD if "'" in s]
)
def test_the_same_setting_with_a_reason_or_a_way_on_is_not(sentence: str) -> None:
    assert not flagged(sentence), [
        (f.rule, f.start, f.end) for f in check(sentence, lang="en").findings
    ]


# Kinds met in a fresh round of sources, each in words other than its rule's examples: a
# moderation verdict or a declined payment as the whole reply, the agent's staffing as the answer,
# contempt at the caller, a sarcastic what-if-everyone question, an unnamed colleague blamed, "she
# has the message already", a wait in seconds, "you just have to…", "Actually, you can…", "I'll
# correct you there", lessons-learned boiler-plate, a pupil's trouble put down to the home, a cure
# promised, fear sold, a scoff, an upsell, and a worry called natural with nothing done.
FRESH_BAD: list[tuple[str, str]] = [
    ("refusal", "Your review has been removed."),
    ("refusal", "This is spam."),
    ("refusal", "Your bank transfer was rejected."),
    ("dismissive", "We've been short-handed all week."),
    ("dismissive", "Oh, it's just you again."),
    ("dismissive", "If we said yes to every guest who asked, where would we be?"),
    ("dismissive", "Somebody on the night shift must have left it in the wrong box."),
    ("dismissive", "The nurse has already seen the message."),
    ("dismissive", "I'll be right back in a tick."),
    ("dismissive", "You just have to scroll down."),
    ("dismissive", "Actually, you don't need to call us for that."),
    ("blame", "I'll correct you there: the offer ended yesterday."),
    ("dismissive", "We'll capture the key learnings."),
    ("blame", "What are you letting them do at home?"),
    ("absolute", "One treatment and your back will be good as new."),
    ("dismissive", "If you put it off, you'll lose the tooth."),
    ("dismissive", "Of course they didn't fit."),
    ("dismissive", "While you're in, you may as well book the full package."),
    ("dismissive", "It's a normal phenomenon with new floors."),
    # kinds our own agents' replies showed
    ("dismissive", "We're sorry you feel the installer wasn't polite."),
    ("dismissive", "Sorry if our driver seemed rushed."),
    ("dismissive", "While I have you on the line, have you heard about our breakdown cover?"),
    ("dismissive", "The simplest fix would be upgrading to Business."),
    ("dismissive", "Before we can close your account, we'd love to offer you a month free."),
    ("dismissive", "Online forms can be tricky at your age, so perhaps your daughter could help."),
    ("dismissive", "Honestly, it's been total chaos in the office this week."),
    ("dismissive", "There's no point chasing the landlord about it."),
    ("dismissive", "There is really no need to get so upset about a late parcel."),
    ("blame", "If you'd read the booking terms, you wouldn't be paying this fee."),
    ("blame", "You forgot to include the order number."),
    ("blame", "We're finding it hard to see how the box arrived empty."),
    ("dismissive", "We'll be closing your ticket now, as the issue should be fixed."),
    ("dismissive", "We'll give you a free month once the one-star review has been deleted."),
    ("dismissive", "Please give us five stars in the feedback survey!"),
    ("dismissive", "Between you and me, that department never answers."),
    ("dismissive", "I've passed it on, but I wouldn't hold your breath."),
    ("refusal", "You are not eligible for a refund."),
]

# The same words with the reason, the step, the time or the apology.
FRESH_GOOD: list[str] = [
    "Your review was hidden because it had the doctor's phone number in it; without it, it shows"
    " again.",
    "Your card was declined by the bank, so nothing was taken; I've sent you a payment link.",
    "We're short of the large ones, so I've ordered one in for Thursday.",
    "Oh, it's you! Lovely to hear from you again, how did the move go?",
    "Your message is with the nurse already, and she'll ring you before five.",
    "I'll be back with the tracking number within two minutes.",
    "Actually, you're right, and I've refunded the fee.",
    "Please correct me if I've got the dates wrong.",
    "Thanks for telling us: we changed the checkout, and I'm sorry you were charged twice.",
    "Reading at home for ten minutes a night really helps; I'll send a list of books.",
    "Most people feel better after a couple of sessions, but it varies, so we'll check next week.",
    "If the swelling isn't down in a week, please see your GP.",
    "Of course it won't cost you anything extra.",
    "While you're here, would you like me to check the other tyre for free?",
    "Give it a few days and it'll settle down; if it doesn't, call us and we'll replace it.",
    "The blanket is 100% cotton, so it can go in a warm wash.",
    "A leaking roof is not something you should have to put up with; a roofer comes on Tuesday.",
    "I've sent the notes across, so you won't need to explain it again.",
    "The scan doesn't show the crack clearly, so I've booked you a second one for Friday.",
    "I'll close this ticket on Monday unless you reply; a reply to this email reopens it.",
    "We never ask for reviews in return for refunds, and yours is already on its way.",
    "If a family member usually helps you with forms, you can add them to the account as a"
    " trusted person.",
    "Sorry for your loss. There's no rush with the paperwork; I'll call you next week to see"
    " how you are.",
]


@pytest.mark.parametrize(("category", "sentence"), both_apostrophes(FRESH_BAD))
def test_a_kind_from_the_fresh_round_is_flagged(category: str, sentence: str) -> None:
    assert category in categories(sentence), sentence


@pytest.mark.parametrize(
    "sentence", FRESH_GOOD + [s.replace("'", "’") for s in FRESH_GOOD if "'" in s]
)
def test_its_helpful_look_alike_is_not(sentence: str) -> None:
    assert not flagged(sentence), [
        (f.rule, f.start, f.end) for f in check(sentence, lang="en").findings
    ]
