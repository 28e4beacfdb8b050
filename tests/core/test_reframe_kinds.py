"""Reframe detection by kind of thought: self-labels beyond a fixed list, blaming oneself for what
someone else did, catastrophising, all-or-nothing wording, the healthy reframes that use the same
words, negation, rewrites that leave no marked phrase behind, and other languages' data."""

from __future__ import annotations

import pytest

from companion.core.reframe import Detection, Dimension, detect

PERM, PERV, PERS = Dimension.PERMANENT, Dimension.PERVASIVE, Dimension.PERSONAL


def marked(result: Detection, dimension: Dimension) -> list[str]:
    return [m.text for m in result.of(dimension) if m.about_self]


def own(result: Detection) -> list[str]:
    return [m.text for m in result.markings if m.about_self]


def assert_readable(result: Detection) -> None:
    """Every marking keeps its span and a one-line explanation quoting it."""
    for marking in result.markings:
        assert result.thought[marking.start : marking.end] == marking.text
        assert f"“{marking.text}”" in marking.explanation
        assert "{" not in marking.explanation and "\n" not in marking.explanation


@pytest.mark.parametrize(
    ("thought", "words"),
    [
        ("I'm such a jerk to that caller.", "I'm such a jerk to"),
        ("Honestly I'm a horrible person.", "I'm a horrible person"),
        ("I'm obviously a lousy support agent.", "I'm obviously a lousy support"),
        ("I must be so boring on the phone.", "I must be so boring"),
        ("That proves I'm hopeless.", "That proves I'm hopeless"),
        ("I feel like a fraud in this team.", "I feel like a fraud"),
        ("I'm just not smart enough for billing.", "I'm just not smart enough"),
        ("I have no talent for sales.", "I have no talent for"),
        ("After that review I'm a zero.", "I'm a zero"),
    ],
)
def test_self_labels_beyond_the_old_list_are_personal(thought: str, words: str) -> None:
    result = detect(thought)
    assert marked(result, PERS) == [words]
    assert result.suggestions[PERS]
    assert_readable(result)


@pytest.mark.parametrize(
    ("thought", "words"),
    [
        (
            "The printer jammed again, it's probably because I pressed the wrong button.",
            "it's probably because I pressed the wrong button",
        ),
        (
            "The customer hung up because I sounded nervous.",
            "because I sounded nervous",
        ),
        ("My colleague went quiet, it must be something about me.", "something about me"),
        (
            "He's obviously annoyed with me for something I said.",
            "obviously annoyed with me for something I said",
        ),
    ],
)
def test_blaming_oneself_for_what_someone_else_did_is_personal(thought: str, words: str) -> None:
    result = detect(thought)
    assert words in marked(result, PERS)
    assert_readable(result)


@pytest.mark.parametrize(
    "thought",
    [
        # a passing state as the cause is the healthy explanation
        "I missed the call because I was busy with another customer.",
        # the cause named is not the agent
        "The customer left because the courier lost the parcel.",
        # the agent's own act, with its own reason
        "I closed the ticket because I had fixed the address.",
    ],
)
def test_causes_that_are_not_self_blame_are_not_marked(thought: str) -> None:
    assert own(detect(thought)) == []


@pytest.mark.parametrize(
    ("thought", "dimension", "words"),
    [
        ("My career in support is over.", PERM, "My career in support is over"),
        ("That's the story of my life.", PERM, "the story of my life"),
        ("I'm going to get fired for this.", PERM, "I'm going to get fired"),
        ("My future here is hopeless.", PERM, "My future here is hopeless"),
        ("My whole week is a mess.", PERV, "My whole week is a mess"),
        ("Tomorrow's review will be a total disaster.", PERV, "will be a total disaster"),
        ("If I lose this client it's the end of the world.", PERV, "'s the end of the world"),
        ("I wrecked it completely with that reply.", PERV, "wrecked it completely"),
        ("I can't cope with this any more.", PERM, "I can't cope with this any more"),
    ],
)
def test_catastrophising_is_marked(thought: str, dimension: Dimension, words: str) -> None:
    result = detect(thought)
    assert words in marked(result, dimension)
    assert result.suggestions[dimension]
    assert_readable(result)


@pytest.mark.parametrize(
    ("thought", "words"),
    [
        ("I totally failed that chat.", "totally failed"),
        ("I'm either flawless or worthless at this.", "either flawless or worthless"),
        ("If the reply isn't perfect it's no use at all.", "If the reply isn't perfect"),
        ("I'll mess up every shift this month.", "mess up every shift"),
        ("Callers are ungrateful.", "Callers are ungrateful"),
    ],
)
def test_all_or_nothing_without_always_or_never_is_pervasive(thought: str, words: str) -> None:
    result = detect(thought)
    assert any(m.startswith(words) for m in marked(result, PERV)), marked(result, PERV)
    assert_readable(result)


def test_a_trait_pinned_on_someone_else_is_permanent_and_explained_as_theirs() -> None:
    result = detect("My team lead is a total jerk.")
    [cue] = result.of(PERM)
    assert cue.text == "is a total jerk"
    assert not cue.about_self
    assert "bad day" in cue.explanation
    assert result.suggestions[PERM] is None  # someone else's moment is not the agent's to reframe
    assert not detect("My team lead is having a bad day.").markings


@pytest.mark.parametrize(
    "thought",
    [
        # normalising: the universal words say the agent is not alone
        "Everyone has off days.",
        "It happens to everybody now and then.",
        "Nobody is perfect in their first month.",
        "Everyone was slow when they started.",
        # an echo that shares the sentence before it out
        "It's fine to freeze on a call. Everybody does.",
        "I got the refund wrong, and we all have at some point.",
        # a feeling named as one, bounded in time
        "Right now it feels like nobody listens to me.",
        "At the moment it seems like everything is going wrong.",
        # "again" about something good coming back
        "I'll feel like myself again after the weekend.",
        "We will laugh about this again one day.",
        # growth: lasting words about getting better
        "Every time I practise I get a bit better.",
        # an option or a habit, not a sentence
        "You can always ask the team lead.",
        "I'll sort it out, like I always do.",
        # a skill still growing; a thought held at a distance
        "I'm not good at refunds yet.",
        "I'm having the thought that I'm useless.",
        # a specific group, and acceptance
        "Some callers don't like me, and that's fine.",
        "If it isn't perfect, that's okay.",
    ],
)
def test_healthy_reframes_are_not_marked(thought: str) -> None:
    assert detect(thought).markings == ()


@pytest.mark.parametrize(
    "thought",
    [
        "It's not always like this.",
        "Not everyone was cross with me.",
        "Not everyone on the team hates me.",
        "I don't think everyone blames me.",
        "My career isn't over.",
        "It's not the end of the world.",
        "This won't be a disaster.",
        "I don't think I'm a bad agent.",
        "It's not that I'm useless, the tool is slow.",
        # a negation at the head of the clause reaches every cue in it, however far
        "Not everyone on the team thinks I'm a failure.",
        "It isn't true that every customer thinks I'm useless.",
    ],
)
def test_negation_cancels_the_new_kinds_too(thought: str) -> None:
    assert detect(thought).markings == ()


def test_the_old_wording_of_each_kind_is_still_marked() -> None:
    """The healthy versions above differ by a word or two; the distorted ones still mark."""
    assert marked(detect("Everyone hates me."), PERV) == ["Everyone"]
    assert marked(detect("No one listens to me."), PERV) == ["No one"]
    assert marked(detect("I messed up again."), PERM) == ["again"]
    assert marked(detect("I'm not good at refunds."), PERS) == ["I'm not good at"]


@pytest.mark.parametrize(
    ("thought", "dimension", "words"),
    [
        # a label of someone else with an insulting adjective in front
        ("My team lead is an utter jerk.", PERM, "is an utter jerk"),
        ("That caller is a bloody idiot.", PERM, "is a bloody idiot"),
        # someone else's act put down to a vague wrong of one's own
        (
            "The client went quiet because I must have said something wrong.",
            PERS,
            "because I must have said something wrong",
        ),
    ],
)
def test_labels_with_adjectives_and_vague_self_blame_are_marked(
    thought: str, dimension: Dimension, words: str
) -> None:
    result = detect(thought)
    assert any(words.lower() in m.text.lower() for m in result.of(dimension)), result.markings
    assert_readable(result)


@pytest.mark.parametrize(
    "thought",
    [
        "I got through the outage before and I can do it again.",
        "We continually improve the way we hand over between shifts.",
        "I'm learning, and I continually get better at refunds.",
    ],
)
def test_getting_better_and_coming_back_are_healthy(thought: str) -> None:
    assert own(detect(thought)) == []


# ---- kinds from practitioners' examples (explanatory style, ABCDE beliefs, thought records) ----


def assert_addressed(result: Detection, dimension: Dimension) -> None:
    """The suggestion is a sentence, and none of the marked words of its sentence survive in it."""
    suggestion = result.suggestions[dimension]
    assert suggestion and suggestion[0].isupper() and suggestion[-1] in ".!?"
    assert "{" not in suggestion and "\\" not in suggestion and "  " not in suggestion
    assert detect(suggestion).of(dimension) == ()


def assert_kind(thought: str, dimension: Dimension, words: str, rewrite: str | None = None) -> None:
    """``words`` are marked as about oneself in ``dimension``, every marking is readable, the
    rewrite addresses them, and (when given) is exactly ``rewrite``."""
    result = detect(thought)
    assert words in marked(result, dimension), result.markings
    assert_readable(result)
    assert_addressed(result, dimension)
    if rewrite is not None:
        assert result.suggestions[dimension] == rewrite


def assert_marked_and_rewritten(thought: str, cue: str) -> None:
    """The thought is marked by ``cue`` as about oneself, and its rewrite reads as a sentence
    and leaves that dimension unmarked."""
    result = detect(thought)
    mine = [m for m in result.markings if m.about_self and m.cue == cue]
    assert mine, result.markings
    assert_readable(result)
    assert_addressed(result, mine[0].dimension)


@pytest.mark.parametrize(
    ("thought", "dimension", "words", "rewrite"),
    [
        # the work itself condemned, or assumed bad before anyone said so
        (
            "My macro for refunds must be lousy.",
            PERS,
            "My macro for refunds must be lousy",
            None,
        ),
        ("My handover notes must be rubbish.", PERS, "My handover notes must be rubbish", None),
        # a vague wrong of one's own assumed as the cause
        (
            "The caller hung up. I did something wrong.",
            PERS,
            "I did something wrong",
            "Something else may be going on.",
        ),
        (
            "She moved the meeting. What did I do to upset her?",
            PERS,
            "What did I do to upset her",
            "Something else may be going on.",
        ),
        # a whole role or person found short
        (
            "I am not a good enough agent.",
            PERS,
            "I am not a good enough agent",
            "I'm still learning.",
        ),
        ("I'm not skilled enough for the billing queue.", PERS, "I'm not skilled enough", None),
        (
            "I failed as a team lead this quarter.",
            PERS,
            "I failed as a team lead",
            None,
        ),
        (
            "I should have been the kind of agent who spots that.",
            PERS,
            "I should have been the kind of agent who spots that",
            "I know more now.",
        ),
        # one setback predicted for good
        (
            "I'm going to keep getting bad scores.",
            PERM,
            "I'm going to keep getting",
            "I won't necessarily keep getting bad scores. Next time can go differently.",
        ),
        ("I just can't please my supervisor.", PERM, "I just can't please my supervisor", None),
        (
            "There's no point in staying on this team.",
            PERM,
            "There's no point in staying on this team",
            None,
        ),
        # all of it judged by what hurts now, or lost for one part
        (
            "Life stinks.",
            PERV,
            "Life stinks",
            "Life is hard right now. That is one case, not all of them.",
        ),
        (
            "The whole world is falling apart.",
            PERV,
            "The whole world is falling apart",
            "A lot is hard right now. That is one case, not all of them.",
        ),
        (
            "If one ticket slips, this whole launch will be a failure.",
            PERV,
            "whole launch will be a failure",
            None,
        ),
        ("I've blown my targets completely.", PERV, "blown my targets completely", None),
        ("I clearly bombed that call.", PERV, "clearly bombed", None),
        ("I'll bomb every single demo.", PERV, "bomb every single demo", None),
        # the worst illness named outright
        ("This lump on my neck is cancer.", PERV, "lump on my neck is cancer", None),
    ],
)
def test_practitioner_kinds_are_marked_and_rewritten(
    thought: str, dimension: Dimension, words: str, rewrite: str | None
) -> None:
    assert_kind(thought, dimension, words, rewrite)


@pytest.mark.parametrize(
    "thought",
    [
        # a concrete mistake, owned: accountability, not self-blame
        "I did something wrong with the refund, so I'll fix it now.",
        "I said something wrong about the delivery date and corrected it.",
        # bounded in time or about one thing
        "Work sucks today.",
        "Life is hard right now.",
        "This macro is a bit clunky, I'll rewrite the opening.",
        # getting better, and an ordinary "keep"
        "I'll keep getting better at escalations.",
        "I'll keep doing my best with the backlog.",
        # the same words that are not an illness
        "This was a stroke of luck.",
        "That battery is dying, I'll charge it.",
        "I'm good enough for this role, and I'm still learning.",
    ],
)
def test_near_misses_of_the_practitioner_kinds_are_not_marked(thought: str) -> None:
    assert own(detect(thought)) == [], own(detect(thought))


@pytest.mark.parametrize(
    ("thought", "words", "rewrite"),
    [
        ("You're so useless.", "You're so useless", "You're still learning."),
        ("You're a lousy agent.", "You're a lousy agent", "You're still learning."),
        ("You're hopeless at escalations.", "You're hopeless at", None),
        (
            "You're pathetic for crying over one ticket.",
            "You're pathetic",
            "You're upset with yourself for crying over one ticket.",
        ),
    ],
)
def test_the_inner_critic_in_the_second_person_is_personal(
    thought: str, words: str, rewrite: str | None
) -> None:
    result = detect(thought)
    assert own(result) == [words]
    assert [m for m in result.markings if not m.about_self] == []  # not read as someone else
    assert_readable(result)
    assert_addressed(result, PERS)
    if rewrite is not None:
        assert result.suggestions[PERS] == rewrite


@pytest.mark.parametrize(
    "thought",
    [
        'The caller wrote "you\'re useless" and hung up.',
        "You're not useless, you're tired.",
        "Thanks, you're a lifesaver.",
        "If you're new to refunds, you're welcome to ask.",
    ],
)
def test_second_person_words_that_are_not_the_inner_critic(thought: str) -> None:
    assert own(detect(thought)) == []


@pytest.mark.parametrize(
    ("thought", "words", "rewrite"),
    [
        ("I'm just not a people person.", "I'm just not a people person", None),
        ("I'm not a natural at upselling.", "I'm not a natural at upselling", None),
        (
            "I'm too slow to learn the new ticket system.",
            "I'm too slow to",
            "I can still find a way to learn the new ticket system. Next time can go differently.",
        ),
        ("It's just not in my nature.", "It's just not in my nature", None),
        ("That's just how I am.", "That's just how I am", None),
        ("Bad things always happen to me.", "Bad things always happen to me", None),
    ],
)
def test_a_skill_spoken_of_as_a_fixed_trait_is_permanent(
    thought: str, words: str, rewrite: str | None
) -> None:
    result = detect(thought)
    assert any(words in m for m in marked(result, PERM)), result.markings
    assert_readable(result)
    assert_addressed(result, PERM)
    if rewrite is not None:
        assert result.suggestions[PERM] == rewrite


@pytest.mark.parametrize(
    "thought",
    [
        "I'm not a fan of the new layout.",
        "I'm too tired to think straight right now.",
        "I'm not the type to give up on a caller.",
    ],
)
def test_preferences_and_passing_states_are_not_fixed_traits(thought: str) -> None:
    assert own(detect(thought)) == []


@pytest.mark.parametrize(
    ("thought", "dimension", "words"),
    [
        # work doubts said as a lasting lack
        ("I can't cope with criticism at all.", PERM, "I can't cope with criticism at all"),
        ("I just can't deal with angry callers.", PERM, "I just can't deal with angry callers"),
        ("I'm far too emotional for this job.", PERM, "I'm far too emotional for this job"),
        ("Honestly I have no idea what I'm doing here.", PERS, "I have no idea what I'm doing"),
        # labels, spreading and personalising in other shapes
        ("Honestly, I'm a selfish friend.", PERS, "I'm a selfish friend"),
        ("I am simply not enough.", PERS, "I am simply not enough"),
        ("That has to be about me.", PERS, "That has to be about me"),
        ("I'm not really good at anything.", PERV, "not really good at anything"),
        ("One bad review will ruin my whole life.", PERV, "ruin my whole life"),
        # a task ruled out before it is tried, a stretch of time written off, a skill condemned
        (
            "There's no way I can handle the escalation queue.",
            PERM,
            "There's no way I can handle the escalation",
        ),
        ("Missed the first call, so there goes my morning.", PERV, "there goes my morning"),
        ("My phone skills are just terrible.", PERS, "My phone skills are just terrible"),
        # a skill not learnt yet as how one is made; "impossible" said of the task in front of me
        (
            "Honestly I can't write macros to save my life.",
            PERM,
            "I can't write macros to save my life",
        ),
        ("This is just impossible.", PERM, "This is just impossible"),
    ],
)
def test_more_shapes_of_each_kind_are_marked_and_rewritten(
    thought: str, dimension: Dimension, words: str
) -> None:
    result = detect(thought)
    assert marked(result, dimension) == [words]
    suggestion = result.suggestions[dimension]
    assert suggestion and words not in suggestion
    assert not own(detect(suggestion)), suggestion
    assert_readable(result)


@pytest.mark.parametrize(
    "thought",
    [
        "The outage made everything slower for the whole team.",
        "I don't know what I'm doing for lunch yet.",
        "I can't deal with angry callers until I've had my break.",
        "I'm too tired for this job today.",
        "I've handled all of them before, and I can handle this one.",
        "Everything will turn out fine.",
        "I don't need to fix everything tonight.",
        "This week is all about me and my family.",
        "There goes the last bus, so I'll get a taxi.",
        "My skills are growing, even if my typing is terrible.",
        "No way I'm working late on a Friday.",
        # hope, hard times as part of everyone's life, a habit that helps, a thought noticed
        "I'm not stuck in this role; there are always other options.",
        "Nothing is plain sailing, and work will always have its bad days.",
        "Whenever a call goes badly, I stretch and feel better.",
        "I always feel calmer after a short walk.",
        "I'm having the thought that I'm a failure, and it's only a thought.",
        "My inner critic is telling me I always get it wrong.",
        "It's impossible to know what she meant by that.",
    ],
)
def test_their_near_misses_and_healthy_versions_are_not_marked(thought: str) -> None:
    assert own(detect(thought)) == []


# ---- kinds that had no cue of their own: each with several wordings and its healthy neighbours


@pytest.mark.parametrize(
    ("thought", "cue"),
    [
        # a label with a word in between, or said as an exclamation
        ("I'm basically a walking disaster.", "self-judgement"),
        ("Honestly I'm a lazy, useless slacker.", "self-judgement"),
        ("I'm a total numpty with spreadsheets.", "self-judgement"),
        ("Forgot her birthday. What a rubbish sister I am.", "self-judgement"),
        ("What a fool I've been with that refund.", "self-judgement"),
        ("After snapping at him, I must be a vile person.", "self-judgement"),
        # the label as a feeling, foretold or remembered
        ("When scores come out I'll feel like a total fraud.", "feel-like-a-failure-later"),
        ("I felt like a fraud in that meeting.", "felt-like-a-failure"),
        ("That made me look like an idiot.", "made-me-feel-like"),
        # a bad future told as certain
        ("The review is obviously going to go badly.", "certain-bad-future"),
        ("Those two are clearly going to break up.", "certain-bad-future"),
        ("I'll definitely bomb the demo tomorrow.", "certain-bad-future"),
        ("I'm bound to mess it up in front of the team.", "certain-bad-future"),
        ("I just know this flight is going to crash.", "certain-bad-future"),
        ("I'm positive I'll mess up the handover.", "certain-bad-future"),
        ("I'm going to bomb the pitch, I can feel it.", "certain-bad-future"),
        ("There's no way our rollout will ever work.", "no-way-it-works"),
        ("No chance I'll pass the audit.", "no-way-it-works"),
        ("I'll probably look like a complete idiot up there.", "humiliation-foretold"),
        # ruin foretold, or one setback chained to a loss
        ("If the account goes I'll end up on the streets.", "ruin-foretold"),
        ("If this contract falls through we'll wind up broke.", "ruin-foretold"),
        ("She's going to end up alone.", "ruin-foretold"),
        ("I'll flunk the certification and then get sacked.", "one-failure-leads-to-ruin"),
        # one past failure made the rule
        ("My first application got rejected, so I won't get this one either.", "past-failure-rule"),
        ("It didn't work last time, so it won't work now.", "past-failure-rule"),
        ("I got turned down once, so I'll get turned down again.", "past-failure-rule"),
        # hopelessness asked as a question, or said as giving up
        ("How could I possibly keep up with the new hires?", "how-will-i-ever"),
        ("How will I ever get through this backlog?", "how-will-i-ever"),
        ("Who would ever hire someone like me?", "who-would-want-me"),
        ("What chance do I have against the senior agents?", "no-chance"),
        ("I don't stand a chance in the interview.", "no-chance"),
        ("I might as well not bother applying.", "give-up"),
        ("Right, I give up on myself.", "give-up"),
        ("What's the use of even applying?", "whats-the-point"),
        ("Why should I even care?", "whats-the-point"),
        ("This certification course is way too hard for me.", "too-much"),
        ("It's all far too much.", "too-much"),
        ("Looks like I've lost my touch with angry callers.", "lost-my-touch"),
        ("Things are never going to get easier.", "wont-get-better"),
        ("We're doomed.", "we-are-doomed"),
        # two outcomes only, one of them a failure; perfection as the rule
        ("I'll either nail the demo or fall flat on my face.", "either-or-fail"),
        ("I'm either going to nail this exam or crash and burn.", "either-or-fail"),
        ("Either I get the lead role or I'm a nobody.", "either-or-fail-head"),
        ("Anything less than five stars is a failure.", "less-is-failure"),
        ("It's all or nothing with me.", "less-is-failure"),
        ("I have to get every reply perfect.", "must-be-perfect"),
        ("I can't make a single mistake on this account.", "must-be-perfect"),
        ("If a single caller leaves unhappy, I have failed them.", "failed-if-anyone-upset"),
        ("You can never rely on anybody in this place.", "cant-trust-anyone"),
        ("I'm rubbish at everything.", "good-at-nothing"),
        # worth denied, the positive discounted, others' verdict foretold
        ("I clearly don't matter to anyone on this team.", "dont-matter"),
        ("I'm not worth the trouble.", "dont-matter"),
        ("I don't deserve the bonus they gave me.", "dont-deserve"),
        ("I don't deserve to rest after a week like this.", "dont-deserve"),
        ("I don't belong on this team.", "dont-belong"),
        ("The customer thanked me, but honestly I was only lucky.", "just-luck"),
        ("That was a fluke.", "just-luck"),
        ("Honestly, anybody could do my job.", "just-luck"),
        ("Oh, he's simply saying that to cheer me up.", "just-being-nice"),
        ("If I ask for help, they'll think I'm clueless.", "they-will-think"),
        ("Sooner or later my manager will realise I'm a fake.", "they-will-think"),
        ("The customer won't trust me.", "they-will-think"),
        ("I'm nowhere near as capable as people believe.", "not-good-enough"),
        # the cause taken on oneself
        ("The only reason the client walked was my clumsy handover.", "the-reason-is-me"),
        ("The server crashed during my shift, so I probably triggered it.", "i-caused-it"),
        ("My friend cancelled dinner, I must have upset her.", "must-have-done-something"),
        ("She's probably planning to replace me.", "mind-reading"),
        ("I bet they're all talking about me.", "mind-reading"),
        # the worst case, said in other ways
        ("This is the worst thing that could have happened.", "disaster"),
        ("My pulse is racing, I'll probably have a stroke.", "worst-case-illness-have"),
    ],
)
def test_kinds_without_a_cue_before_are_marked_and_rewritten(thought: str, cue: str) -> None:
    assert_marked_and_rewritten(thought, cue)


@pytest.mark.parametrize(
    "thought",
    [
        # the same words in healthy, factual or hopeful thoughts
        "What a lovely customer she was.",
        "What a day I've had.",
        "I'm a big fan of the new macros.",
        "I'll feel like a new person after the weekend.",
        "I felt like a beginner at first, and now I'm fine.",
        "I'm sure we'll sort it out soon.",
        "I'm sure I'll be fine once I've had a break.",
        "I'm sure I'll fail at least once while learning, and that's fine.",
        "I know I'll find a way.",
        "Make sure to fail over the server before the update.",
        "The payment will obviously go through tomorrow.",
        "I didn't reach him, so I'll try again after lunch.",
        "I couldn't make the meeting so I won't know the plan until Monday.",
        "It didn't work yesterday, so I'll check the settings again.",
        "How can I ever thank you for covering my shift?",
        "How can I possibly help you today?",
        "There's no way I'd miss your leaving do.",
        "This is too much for one person, so I'll ask for help.",
        "I lost my confidence for a bit after that call.",
        "I'll end up staying late tonight.",
        "I'm going to end up learning a lot from this.",
        "I give up on this approach; I'll try the other macro.",
        "Either the docs are unclear or the feature is new, or I'm having an off day.",
        "We can either call back or email, whichever the customer prefers.",
        "It's not all or nothing.",
        "I don't have to be perfect.",
        "I have to get this right for the customer.",
        "If the customer is still upset, I'll escalate.",
        "I don't deserve to be shouted at by a caller.",
        "I don't count the calls I transferred.",
        "I got lucky with the timing, and I also prepared well.",
        "Anyone could have made that mistake.",
        "They're just being careful with the refund.",
        "They'll think about it and call back.",
        "The reason I was late is that I missed the bus.",
        "The reason the customer left is that the product didn't fit.",
        "The queue won't get any better until the fix ships.",
        "We're finished for the day.",
        "I'm learning the ropes like everyone else.",
        "I'm still finding my way, like everybody else in my cohort.",
        "I'm not going to get everything done today, and that's okay.",
        "I've coped with them before, and I can cope with them again.",
    ],
)
def test_healthy_neighbours_of_those_kinds_are_not_marked(thought: str) -> None:
    assert own(detect(thought)) == [], own(detect(thought))


def test_feeling_like_everyone_hates_me_is_not_a_comparison_and_stays_marked() -> None:
    assert "everyone" in [m.cue for m in detect("I feel like everyone hates me.").markings]


@pytest.mark.parametrize(
    ("thought", "cue"),
    [
        # one's own failure, or a nameless disaster, told as a fact to come
        ("I'm going to blow it.", "certain-bad-future"),
        ("We'll just flop again.", "certain-bad-future"),
        ("I'll surely get a terrible rating.", "certain-bad-future"),
        ("Something awful is about to happen.", "dread-foretold"),
        ("It's gonna be terrible.", "disaster"),
        ("Honestly, it's going to be awful.", "disaster"),
        ("When the director calls on me, I'll go completely blank.", "humiliation-foretold"),
        # the worst case asked as a question
        ("What if the whole team laughs at me?", "what-if-worst"),
        ("What if I get sacked over this?", "what-if-worst"),
        ("What if my manager finds out I'm behind?", "what-if-worst"),
        # nothing one does could count
        ("Whatever we say, nothing changes nothing.", "powerless"),
        ("No matter what I try, it goes wrong.", "powerless"),
        ("I have no say over any of it.", "powerless"),
        ("Honestly I'm completely powerless here.", "feel-helpless"),
        # the failure first, the rule after
        ("Since I flunked the first module, I'll fail the whole course.", "past-failure-rule"),
        # oneself ranked at the bottom
        ("I'm by far the slowest agent on the team.", "worst-of-all"),
        ("They're all way quicker than me.", "worst-of-all"),
        ("I'm always the only one who gets things wrong.", "worst-of-all"),
        # all of it going wrong, or one's own vague wrong as the cause
        ("It's all gone to pieces.", "falling-apart"),
        ("We lost the account because of my stupid mistake.", "because-of-me"),
    ],
)
def test_more_wordings_of_the_future_the_ranking_and_the_cause(thought: str, cue: str) -> None:
    assert_marked_and_rewritten(thought, cue)


@pytest.mark.parametrize(
    "thought",
    [
        "No matter what I do today, I'll stay polite.",
        "I have no control over the outage, so I'll focus on updates.",
        "What if I try the other macro?",
        "What if I find out the answer tomorrow?",
        "I'm the only one who knows the old system, so I'll document it.",
        "They're all better than me at Excel, so I'll ask them.",
        "I'll probably mess up a few times while learning.",
        "I'll screw up sometimes, and that's fine.",
        "We're going to fail over to the backup line.",
        "Something good is going to happen this week.",
        "Something bad happened, but I handled it.",
        "Since I didn't get the job, I'll apply for the next opening.",
        "It's all going well so far.",
        "I'm not powerless, I can ask for help.",
    ],
)
def test_plans_and_plain_facts_near_those_wordings_are_not_marked(thought: str) -> None:
    assert own(detect(thought)) == [], own(detect(thought))


@pytest.mark.parametrize(
    ("thought", "was_marked_by"),
    [
        # a possibility weighed is not a certainty told
        ("I can't say for sure that I'll bomb it.", "certain-bad-future"),
        ("There's a chance I'll fail, and a chance I'll pass.", "certain-bad-future"),
        ("I'm a bit worried I'll mess it up, so I'll rehearse.", "certain-bad-future"),
        # a thought already answered, or a reason to try
        ("There's no evidence that everyone hates me.", "hates-me"),
        ("I'll never find out unless I ask.", "will-never"),
        # a lasting strength, and the bar lowered
        ("I always do my best on the phones.", "always"),
        ("I never give up on a tricky ticket.", "never"),
        ("Nothing is ruined; the refund can be reissued.", "nothing"),
        ("Nobody expects me to remember every plan on day one.", "nobody"),
        ("Nobody is perfect at everything.", "everything"),
        ("The new rota was confusing for everybody.", "everyone"),
    ],
)
def test_weighed_possibilities_strengths_and_a_lowered_bar_are_not_marked(
    thought: str, was_marked_by: str
) -> None:
    assert own(detect(thought)) == [], own(detect(thought))


@pytest.mark.parametrize(
    "thought",
    [
        "Honestly, I always fumble the handover.",
        "I never get the refunds right.",
        "I always give up too early.",
        "Nobody wants to work with me.",
        "I'll never learn the new tool.",
        "I'm sure I'll bomb the interview.",
    ],
)
def test_the_same_words_without_the_healthy_turn_are_still_marked(thought: str) -> None:
    assert own(detect(thought)), thought


@pytest.mark.parametrize(
    ("thought", "cue"),
    [
        # a role or a quality denied, a skill said as a fixed trait, a label put on ahead
        ("Let's face it, I'm not a very capable lead.", "not-good-enough"),
        ("I'm just not creative.", "not-good-enough"),
        ("I simply can't do small talk.", "cant-do-subject"),
        ("I can't do spreadsheets.", "cant-do-subject"),
        ("I'll probably be a useless mentor.", "label-foretold"),
        ("I'm gonna be an awful host.", "label-foretold"),
        # one hitch spoiling a whole stretch, or a whole result
        ("That spat has wrecked my whole weekend.", "ruins-the-day"),
        ("This delay will spoil our trip.", "ruins-the-day"),
        ("Tonight is a total write-off.", "day-is-ruined"),
        ("One typo, so the whole report is a flop.", "whole-thing-fails"),
        # worth only at the top, or nothing at all
        ("Unless I come first, there's no sense in competing.", "no-point-unless-win"),
        ("If I'm not the best, there's no point trying.", "no-point-unless-win"),
        ("Either I ace it or not at all.", "either-or-fail-head"),
        # a group judged as one, bad luck as the rule, anger read ahead
        ("Women are all alike.", "whole-class"),
        ("Of course that happened to me.", "story-of-my-life"),
        ("I never catch a break.", "story-of-my-life"),
        ("My supervisor will be livid with me.", "they-will-think"),
        ("I'll ruin the surprise.", "certain-bad-future"),
    ],
)
def test_roles_skills_whole_stretches_and_top_or_nothing_are_marked(thought: str, cue: str) -> None:
    assert_marked_and_rewritten(thought, cue)


@pytest.mark.parametrize(
    "thought",
    [
        "The prices are all the same this year.",
        "I'm not a good fit for the night shift, so I'll ask for days.",
        "I can't do the refund because it's past thirty days.",
        "I can't do sums in my head, so I use a calculator.",
        "Today was ruined by the rain, but tomorrow looks better.",
        "If I can't reach him, there's no point calling twice.",
        "If I don't win, I'll still enjoy playing.",
        "I'll be a great lead one day.",
        "I'll be a bit slow tomorrow after the late shift.",
        "The boss will be pleased with the numbers.",
        "It's just luck that the bus came early.",
    ],
)
def test_facts_plans_and_hopes_beside_those_wordings_are_not_marked(thought: str) -> None:
    assert own(detect(thought)) == [], own(detect(thought))


@pytest.mark.parametrize(
    ("thought", "cue"),
    [
        ("I'll go to pieces in the panel interview.", "breakdown-foretold"),
        ("I'm gonna have a meltdown and make a scene.", "breakdown-foretold"),
        ("I just won't cope.", "breakdown-foretold"),
        ("I won't be able to handle that at all.", "breakdown-foretold"),
        ("This merger is going to end in tears.", "certain-bad-future"),
        ("Tomorrow's audit will be totally impossible.", "disaster"),
        ("Everybody's making fun of me.", "judged-by-all"),
        ("She's obviously fed up with me.", "judged-by-all"),
        ("Everything is on my shoulders.", "down-to-me"),
    ],
)
def test_falling_apart_foretold_and_being_judged_by_all_are_marked(thought: str, cue: str) -> None:
    assert_marked_and_rewritten(thought, cue)


@pytest.mark.parametrize(
    "thought",
    [
        "I won't cope alone, so I'll ask for help.",
        "I won't be able to handle this ticket before lunch.",
        "I won't be able to handle it today, so I'll hand it over.",
        "It will be impossible to reach him before five.",
        "They're talking about me joining the escalations team.",
        "She's tired of the rain.",
        "It's all on the shared drive.",
    ],
)
def test_a_limit_named_and_plain_news_are_not_marked(thought: str) -> None:
    assert own(detect(thought)) == [], own(detect(thought))


@pytest.mark.parametrize(
    ("thought", "cue"),
    [
        ("I closed the deal because I got lucky.", "because-lucky"),
        ("I only finished first because the quiz was so easy.", "because-lucky"),
        ("He only promoted me out of pity.", "just-being-nice"),
        ("They only keep me because nobody else wants the night shift.", "just-being-nice"),
        ("Honestly I'm trapped.", "feel-helpless"),
        ("It's no use even trying.", "no-point"),
        ("I can't stand who I am.", "self-contempt"),
        ("Why am I always such an idiot?", "why-am-i-label"),
        ("Why can't I ever get anything right?", "why-am-i-label"),
    ],
)
def test_success_explained_away_and_labels_asked_as_questions_are_marked(
    thought: str, cue: str
) -> None:
    assert_marked_and_rewritten(thought, cue)


@pytest.mark.parametrize(
    "thought",
    [
        "I'll never forget how kind that caller was.",
        "The demo went wrong because I was unlucky with the timing.",
        "I missed the bus because it was easy to lose track of time.",
        "I'm stuck on this ticket, so I'll ask the billing team.",
        "This old printer is useless, I'll log a request.",
    ],
)
def test_good_memories_bad_luck_and_a_stuck_ticket_are_not_marked(thought: str) -> None:
    assert own(detect(thought)) == [], own(detect(thought))


@pytest.mark.parametrize(
    "thought",
    [
        # replies and reassurance in the same words as the new kinds
        "That's fine, I'm sure we'll sort it out today.",
        "Thanks for your patience, I know the wait was too long.",
        "Easy slip to make, anyone could miss that setting.",
        "Either we refund it or send a new one, whichever you prefer.",
        "What if we send a courier tomorrow instead?",
        "I'm sure you'll love the new version.",
        "You'll never have to re-enter your card again.",
        # the customer's words, quoted
        'The customer wrote "you\'ll definitely mess it up again" and hung up.',
        "> You're all useless and I'll end up losing my money.",
    ],
)
def test_replies_reassurance_and_quoted_words_stay_unmarked(thought: str) -> None:
    result = detect(thought)
    assert result.markings == (), result.markings


@pytest.mark.parametrize(
    ("thought", "dimension", "words", "rewrite"),
    [
        # someone's verdict read off one small thing
        (
            "The new hire skipped my hello. She thinks I'm cold.",
            PERS,
            "She thinks I'm cold",
            "She may see it differently.",
        ),
        (
            "My boss thinks I'm not capable of leading.",
            PERS,
            "My boss thinks I'm not capable",
            None,
        ),
        (
            "He must think I don't care about the team.",
            PERS,
            "He must think I don't care about the team",
            "He may see it differently.",
        ),
        (
            "She's gone quiet, she must have got tired of me.",
            PERS,
            "must have got tired of me",
            None,
        ),
        # a no, or a bad mood, foretold as certain
        (
            "I know my manager won't approve the leave.",
            PERM,
            "I know my manager won't approve",
            "My manager might not approve the leave. I don't know that yet.",
        ),
        ("My ride isn't going to show up.", PERM, "My ride isn't going to show up", None),
        (
            "If I ask for the day off, the answer is going to be no.",
            PERM,
            "the answer is going to be no",
            "If I ask for the day off, the answer could still be yes. I won't know until I ask.",
        ),
        (
            "I'm going to hate this training day.",
            PERM,
            "I'm going to hate this training",
            None,
        ),
        # all of one's work, or a whole group, judged at once
        (
            "All my macros are rubbish.",
            PERV,
            "All my macros are rubbish",
            "One of my macros fell short.",
        ),
        ("This department is a joke.", PERV, "This department is a joke", None),
    ],
)
def test_mind_reads_certain_noes_and_whole_judgements_are_marked(
    thought: str, dimension: Dimension, words: str, rewrite: str | None
) -> None:
    assert_kind(thought, dimension, words, rewrite)


@pytest.mark.parametrize(
    "thought",
    [
        "She thinks I'm ready for the team lead role.",
        "Even if they think I'm slow, I'll keep practising.",
        "What if the answer is no? Then I'll ask again in spring.",
        "I'm going to love this training day.",
        "All my macros are in the shared folder.",
        "This team is great at handovers.",
        "Maybe my ride won't show up, so I'll book a taxi as a backup.",
    ],
)
def test_near_misses_of_mind_reads_and_certain_noes_are_not_marked(thought: str) -> None:
    assert own(detect(thought)) == [], own(detect(thought))


@pytest.mark.parametrize(
    "thought",
    [
        # a lesson resolved on is not the future closed
        "I'll never make that mistake again.",
        "I learned a lot, and I'm never going to repeat that slip again.",
        # a slip nobody minded is reassurance, not a sweeping claim
        "Oh well, nobody really noticed.",
        "No one minded the typo at all.",
    ],
)
def test_resolutions_and_reassurance_with_never_or_nobody_are_not_marked(thought: str) -> None:
    assert own(detect(thought)) == [], own(detect(thought))


@pytest.mark.parametrize(
    ("thought", "dimension", "words"),
    [
        ("Nobody noticed me at the team lunch.", PERV, "Nobody"),
        ("I'll never get the hang of this system.", PERM, "I'll never"),
        ("I can't rely on any of those suppliers.", PERV, "I can't rely on any of those suppliers"),
        ("I am the real cause of the outage.", PERS, "I am the real cause of the outage"),
    ],
)
def test_the_same_words_still_mark_what_they_should(
    thought: str, dimension: Dimension, words: str
) -> None:
    assert_kind(thought, dimension, words)


@pytest.mark.parametrize(
    ("thought", "dimension", "words", "rewrite"),
    [
        # one event made to reach all of life, in the present
        (
            "This mistake undermines every part of my career.",
            PERV,
            "undermines every part of my career",
            "This mistake affects one part of my life, for now.",
        ),
        (
            "The review is ruining my whole future here.",
            PERV,
            "ruining my whole future here",
            "The review is affecting one part of my life, for now.",
        ),
        # worth measured against everyone else, or the whole self out of place
        (
            "The other trainees are far more capable than me.",
            PERS,
            "The other trainees are far more capable than me",
            None,
        ),
        (
            "My teammates are way smarter than me.",
            PERS,
            "My teammates are way smarter than me",
            "My teammates know some things I don't yet, and I know some they don't.",
        ),
        (
            "I really don't know what I'm doing in this job.",
            PERS,
            "I really don't know what I'm doing in this job",
            "I'm still finding my feet here.",
        ),
        # a poor result and a poor opinion foretold
        ("I'm going to do terribly at the review.", PERM, "I'm going to do terribly", None),
        (
            "The panel will think less of me after this.",
            PERS,
            "The panel will think less of me after this",
            None,
        ),
    ],
)
def test_reach_comparison_and_foretold_opinions_are_marked(
    thought: str, dimension: Dimension, words: str, rewrite: str | None
) -> None:
    assert_kind(thought, dimension, words, rewrite)


@pytest.mark.parametrize(
    "thought",
    [
        "My teammates are better than me at SQL in some ways, and I can learn from them.",
        "I don't know what I'm doing with the new dashboard yet, so I'll ask Priya.",
        "The outage affects every part of the billing queue today.",
    ],
)
def test_fair_comparisons_and_new_tools_are_not_marked(thought: str) -> None:
    assert own(detect(thought)) == [], own(detect(thought))


# Everyday wordings: each kind with the rewrite it gets, whole
EVERYDAY = [
    ("Twisted my knee in training. My climbing days are over.", "My climbing is on hold for now."),
    (
        "Sent the email to the wrong client. That's my career finished.",
        "This is a setback for my career, not the end of it.",
    ),
    ("Got a B. Might as well have failed.", "It wasn't all I hoped for."),
    (
        "Skipped the gym on Monday so the week's blown.",
        "Skipped the gym on Monday so the week took a knock.",
    ),
    ("Forgot her birthday. Rotten sister, that's me.", "Not my best day as a sister."),
    ("Useless mum, honestly.", "Not my best day as a mum, honestly."),
    ("Lost my keys. Proper idiot, that's me.", "I had an off moment."),
    ("People round here are all snobs.", "People round here can be snobs."),
    ("Anything I plant dies.", "The odd thing I plant dies."),
    ("She left the party early. What have I done now?", "Was it really something I did?"),
    ("This is just my life now.", "This is a hard stretch."),
    ("It'll be like this till the day I die.", "It'll be like this for a while yet."),
    ("The marriage is done.", "The marriage is going through a rough patch."),
    ("The talk was a complete shambles.", "The talk was not what I wanted."),
    ("Totally pointless even trying.", "It may still be worth trying."),
    ("Deleted it. Pathetic, honestly.", "Not my finest moment, honestly."),
    ("So that's my doing.", "So that's not all down to me."),
    ("I killed the conversation.", "The conversation went quiet for a bit."),
    ("None of that stuff works for me.", "It didn't work for me this time."),
    ("Same thing happens in every exam.", "Same thing happens in some exams."),
    ("I should've been able to stop that somehow.", "That was outside what I could control."),
    (
        "If I can't do the whole flat there's no point doing just the bathroom.",
        "If I can't do the whole flat it could still be worth doing just the bathroom.",
    ),
    ("I bet I filled the form in wrong.", "Maybe it wasn't down to me."),
    ("She went home early. I wore her out, obviously.", "Maybe it wasn't down to me."),
    (
        "I'm the one stressing him out with all my questions.",
        "I may not be the only thing stressing him out with all my questions.",
    ),
    ("No reply. She's done with me.", "She may just be busy."),
    ("I'll have no friends left by summer.", "I'll still have friends by summer."),
    ("I've stopped getting faster and that's that.", "I've stopped getting faster for now."),
    (
        "The feeling in my knee, it's not coming back.",
        "The feeling in my knee, it may come back with time.",
    ),
    (
        "This is just my body and it's staying like this.",
        "This is just my body and it's like this for now.",
    ),
    (
        "That's the internet for you, it's all trolls.",
        "That's the internet for you, there are some trolls.",
    ),
    (
        "At this rate I'll be applying for jobs till I'm sixty.",
        "At this rate I'll be applying for jobs for a while yet.",
    ),
]


@pytest.mark.parametrize(("thought", "rewrite"), EVERYDAY)
def test_everyday_wordings_are_marked_and_rewritten_as_a_sentence(
    thought: str, rewrite: str
) -> None:
    result = detect(thought)
    assert own(result), thought
    suggestions = [s for s in result.suggestions.values() if s]
    assert any(s.startswith(rewrite) for s in suggestions), suggestions
    assert_readable(result)


@pytest.mark.parametrize(
    "thought",
    [
        "The neighbours are all lovely.",
        "People here are all so friendly.",
        "My kids are all asleep.",
        "That shop is a cash cow.",
        "I might as well have a coffee while I wait.",
        "Anything I can do to help, just ask.",
        "Our days are over at five on Fridays.",
        "He's done with the ladder, you can take it.",
    ],
)
def test_their_look_alikes_are_not_marked(thought: str) -> None:
    assert own(detect(thought)) == [], thought


@pytest.mark.parametrize(
    "thought",
    [
        "That comment was my fault, I'll apologise to Jen tomorrow.",
        "Forgot our anniversary, that's on me. I'll book the restaurant she likes.",
        "It always rains on Mondays round here.",
        "Nobody controls the weather.",
        "It's nobody's fault.",
        "Probably nothing, but I've booked the GP.",
    ],
)
def test_owning_a_fault_with_its_repair_and_plain_facts_are_healthy(thought: str) -> None:
    """A fault owned with the repair planned (in the same thought, not only the same sentence),
    the weather, and 'nobody's fault' are the healthy view."""
    assert own(detect(thought)) == [], thought


@pytest.mark.parametrize(
    ("thought", "words"),
    [
        ("It's all my fault, I'll just quit.", "all my fault"),
        ("It's all my fault. I'll never get this right.", "all my fault"),
        ("It always goes wrong for me.", "It always goes wrong for me"),
    ],
)
def test_blame_with_no_repair_stays_marked(thought: str, words: str) -> None:
    assert words in own(detect(thought)), own(detect(thought))
