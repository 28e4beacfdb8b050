"""Reframe detection by the shape of a thought rather than a fixed phrase: a label is "I'm" or
"I feel" and a word from the lists of negative self-evaluations (or a good quality with un-, in-,
ir-, dis-, or a "-less" word); frequency words beyond "always"; hindsight and trait-shaped
causes; worst cases taken as the likely ones; hopelessness with no "never" in it; a whole place
judged by one part. Each kind has balanced thoughts beside it that use the same words and must
stay unmarked, and every suggestion must read as a sentence with nothing left to mark."""

from __future__ import annotations

import pytest

from companion.core.reframe import Detection, Dimension, detect

PERM, PERV, PERS = Dimension.PERMANENT, Dimension.PERVASIVE, Dimension.PERSONAL


def own(result: Detection, dimension: Dimension | None = None) -> list[str]:
    return [
        m.text
        for m in result.markings
        if m.about_self and (dimension is None or m.dimension is dimension)
    ]


def assert_rewritten(result: Detection, dimension: Dimension) -> str:
    """The dimension's suggestion exists, is one or two plain sentences, and is not marked."""
    suggestion = result.suggestions[dimension]
    assert suggestion, (result.thought, dimension)
    assert suggestion[0].isupper() and suggestion[-1] in ".!?", suggestion
    assert "  " not in suggestion and " ," not in suggestion, suggestion
    assert own(detect(suggestion)) == [], (result.thought, suggestion)
    return suggestion


LABELS = [
    "Clearly I'm untrustworthy.",
    "I'm so disorganised it is embarrassing.",
    "I must be unlovable.",
    "I'm heartless, honestly.",
    "I'm a klutz.",
    "I am basically unhirable.",
    "I'm dishonest and lazy.",
    "I feel invisible in this team.",
    "I feel so unimportant at the stand-up.",
    "I am utterly incapable of closing a sale.",
    "I'm a pest to my manager.",
    "I'm such a coward for dodging that call.",
]


@pytest.mark.parametrize("thought", LABELS)
def test_a_label_is_found_by_its_shape(thought: str) -> None:
    result = detect(thought)
    assert own(result, PERS), thought
    assert_rewritten(result, PERS)


@pytest.mark.parametrize(
    "thought",
    [
        # un-, in-, -less words that are states or facts, not verdicts on a person
        "I'm unable to reach the courier.",
        "I'm unsure whether the refund went through.",
        "I'm unaware of any outage.",
        "I feel uncomfortable refunding without a receipt.",
        "I'm restless before big meetings.",
        "I'm speechless, what a kind note.",
        "My lead says I'm invaluable on the night shift.",
        "I'm independent by nature.",
        # a feeling about something, not about who one is
        "I feel terrible about the mix-up.",
        "I feel awkward asking twice.",
        # bounded in time: the healthy version
        "I'm so unmotivated today.",
        "Right now I feel worthless, and I know it will pass.",
    ],
)
def test_states_and_feelings_are_not_labels(thought: str) -> None:
    assert detect(thought).markings == (), thought


@pytest.mark.parametrize(
    "thought",
    [
        "Forgetting one field doesn't make me incompetent.",
        "A bad review does not mean I'm a failure.",
        "One rude caller doesn't prove I'm unlikeable.",
        "It doesn't necessarily mean I'm useless at this.",
        "I'm not a fraud; I'm new to billing.",
        "Even if she thinks I'm clueless, I know the process.",
    ],
)
def test_a_negated_or_supposed_label_is_not_marked(thought: str) -> None:
    assert detect(thought).markings == (), thought


@pytest.mark.parametrize(
    "thought",
    ["He's so unreliable.", "My supervisor is heartless.", "They aren't good parents."],
)
def test_a_trait_pinned_on_someone_else_is_theirs(thought: str) -> None:
    result = detect(thought)
    [marking] = result.of(PERM)
    assert not marking.about_self
    assert result.suggestions[PERM] is None


@pytest.mark.parametrize(
    "thought",
    [
        "He's a good friend.",
        "She isn't a good fit for nights.",
        "The customer is not good at email.",
        "He's unreliable today, his van broke down.",
    ],
)
def test_praise_ability_and_a_bad_day_are_not_traits(thought: str) -> None:
    assert detect(thought).markings == (), thought


@pytest.mark.parametrize(
    "thought",
    [
        "This town is totally dangerous.",
        "Our suppliers are entirely clueless.",
        "The whole industry is rotten.",
        "My work is utterly pointless.",
    ],
)
def test_a_whole_place_or_group_judged_by_one_part_is_pervasive(thought: str) -> None:
    result = detect(thought)
    assert own(result, PERV), thought
    assert_rewritten(result, PERV)


@pytest.mark.parametrize(
    "thought",
    [
        "The app is completely broken on Android.",
        "The form is totally fine now.",
        "I'm completely lost with this ticket.",
        "The queue is totally hopeless today.",
    ],
)
def test_a_fault_a_fact_or_a_bad_day_is_not_sweeping(thought: str) -> None:
    assert detect(thought).markings == (), thought


@pytest.mark.parametrize(
    "thought",
    [
        "Everytime I log in, the queue scares me.",
        "I invariably freeze on video calls.",
        "Time and again I forget the callback.",
        "I usually mess up the handover.",
        "I tend to say the wrong thing in reviews.",
        "It typically goes wrong for me.",
        "Every single chat ends with a complaint about me.",
        "I'm perpetually behind.",
    ],
)
def test_frequency_words_beyond_always_are_permanent(thought: str) -> None:
    result = detect(thought)
    assert own(result, PERM), thought
    assert_rewritten(result, PERM)


@pytest.mark.parametrize(
    "thought",
    [
        "I usually take lunch at one.",
        "I generally answer emails before chats.",
        "Refunds generally arrive in five days.",
        "The courier often comes late on Fridays, so I warn customers.",
    ],
)
def test_a_habit_or_a_fact_about_how_often_is_not_marked(thought: str) -> None:
    assert detect(thought).markings == (), thought


@pytest.mark.parametrize(
    "thought",
    [
        "Had I read the notes, the customer wouldn't have waited.",
        "If only I had answered the first email.",
        "If I'd been quicker, they would have renewed.",
        "If I had double-checked the postcode, the van could have delivered it.",
        "I should've escalated it, then the client wouldn't have left.",
    ],
)
def test_hindsight_that_makes_oneself_the_cause_is_personal(thought: str) -> None:
    result = detect(thought)
    assert own(result, PERS), thought
    assert assert_rewritten(result, PERS) == "I did what I could with what I knew then."


@pytest.mark.parametrize(
    "thought",
    [
        "Had I known about the recall, I would have told him.",
        "If I had more staff, we could clear the queue.",
        "If I had been told about the change, the reply would have been right.",
        "I should have escalated sooner; next time I will.",
        "If I did both steps, would that fix the sync?",
    ],
)
def test_hindsight_about_ones_own_next_step_is_not_marked(thought: str) -> None:
    assert detect(thought).markings == (), thought


@pytest.mark.parametrize(
    "thought",
    [
        "The client went quiet because I'm too pushy.",
        "She asked for someone else because I sounded unsure.",
        "He gave a low score because I didn't explain it well enough.",
        "Our trainee gave up since I'm not patient enough.",
    ],
)
def test_a_trait_as_the_cause_of_what_someone_did_is_personal(thought: str) -> None:
    result = detect(thought)
    assert own(result, PERS), thought
    assert_rewritten(result, PERS)


@pytest.mark.parametrize(
    "thought",
    [
        "The caller rang back because I left a voicemail.",
        "She thanked me because I found the parcel.",
        "The ticket reopened because I sent the wrong link, so I sent the right one.",
        "She asked for a supervisor because I couldn't issue the refund myself.",
        "He waited because I was on another call.",
    ],
)
def test_a_concrete_act_as_the_cause_is_not_self_blame(thought: str) -> None:
    assert detect(thought).markings == (), thought


@pytest.mark.parametrize(
    ("thought", "dimension"),
    [
        ("This lump is most likely a tumour.", PERV),
        ("I probably have a blood clot.", PERV),
        ("This complaint is going to cost me my job.", PERM),
        ("One bad review will definitely get me sacked.", PERM),
        ("If the launch slips it's the end of my career.", PERV),
        ("If I miss one deadline, I've failed.", PERV),
        ("Unless the audit is flawless, the year was wasted.", PERV),
        ("It was all for nothing.", PERV),
    ],
)
def test_a_worst_case_without_an_absolute_word_is_marked(
    thought: str, dimension: Dimension
) -> None:
    result = detect(thought)
    assert own(result, dimension), thought
    assert_rewritten(result, dimension)


@pytest.mark.parametrize(
    "thought",
    [
        "It's probably a loose cable.",
        "The parcel will probably arrive on Monday.",
        "This could cost us a day.",
        "It's not the end of my career.",
        "If I miss the deadline, I'll tell the client early.",
        "It wasn't for nothing; we learned a lot.",
    ],
)
def test_a_likely_ordinary_outcome_is_not_a_catastrophe(thought: str) -> None:
    assert detect(thought).markings == (), thought


@pytest.mark.parametrize(
    "thought",
    [
        "I feel completely trapped.",
        "What's the point anymore?",
        "There's no point in caring.",
        "It's just not worth it any more.",
        "There's no way out of this contract.",
    ],
)
def test_hopelessness_without_never_is_permanent(thought: str) -> None:
    result = detect(thought)
    assert own(result, PERM), thought
    assert_rewritten(result, PERM)


@pytest.mark.parametrize(
    "thought",
    [
        "What's the point of this field on the form?",
        "It's not worth it to reprint a single label.",
        "Why bother the customer with a second form?",
        "I feel trapped right now, and I'll talk to my lead.",
    ],
)
def test_a_question_or_a_cost_is_not_hopelessness(thought: str) -> None:
    assert detect(thought).markings == (), thought


@pytest.mark.parametrize(
    "thought",
    [
        "Everyone had a slow Tuesday.",
        "Everybody was swamped after the sale.",
        "Everyone found the new tool tricky.",
    ],
)
def test_a_shared_experience_is_not_pervasive(thought: str) -> None:
    assert detect(thought).markings == (), thought


def test_a_shared_word_about_oneself_is_still_pervasive() -> None:
    assert own(detect("Everyone was tired of me."), PERV) == ["Everyone"]


def test_a_quoted_word_of_ones_own_thought_counts() -> None:
    result = detect('I "never" get the easy tickets.')
    assert own(result, PERM) == ["never"]
    assert detect('The customer said "never again" and left.').markings == ()


@pytest.mark.parametrize(
    ("thought", "dimension", "suggestion"),
    [
        ("I'm such a jerk to that caller.", PERS, "I wasn't at my best with that caller."),
        (
            "I'm an idiot for forgetting the invoice.",
            PERS,
            "I'm upset with myself for forgetting the invoice.",
        ),
        ("I'm stupid and useless.", PERS, "I'm having a hard time."),
        ("I feel worthless after the audit.", PERS, "I'm having a hard time after the audit."),
        (
            "Whenever I take a chat, I freeze.",
            PERM,
            "Sometimes when I take a chat, I freeze. Next time can go differently.",
        ),
        ("I freeze every time.", PERM, "I freeze sometimes. Next time can go differently."),
        (
            "I feel helpless about the backlog.",
            PERM,
            "Right now I feel helpless about the backlog. Next time can go differently.",
        ),
        (
            "I'll never learn the billing codes.",
            PERM,
            "I may yet learn the billing codes. Next time can go differently.",
        ),
        (
            "This bruise is probably cancer.",
            PERV,
            "This bruise could be many things, most of them ordinary. I can get it checked.",
        ),
        (
            "This slip will surely get me fired.",
            PERM,
            "This slip will be a setback I can recover from.",
        ),
        ("I should have known it beforehand.", PERS, "I know more now."),
    ],
)
def test_rewrites_read_as_sentences(thought: str, dimension: Dimension, suggestion: str) -> None:
    result = detect(thought)
    assert assert_rewritten(result, dimension) == suggestion
