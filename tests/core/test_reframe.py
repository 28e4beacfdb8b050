"""Reframe detection: labelled thoughts, neutral statements, negation, quotes and outside causes."""

from __future__ import annotations

import re
import sys

import pytest

from companion.core import reframe, resources
from companion.core.errors import InputTooLarge
from companion.core.reframe import Dimension, WordListError, detect, parse_word_lists

PERM, PERV, PERS = Dimension.PERMANENT, Dimension.PERVASIVE, Dimension.PERSONAL

# (thought, {dimension: [marked words, in order]}) — every dimension not listed must be empty.
LABELLED: list[tuple[str, dict[Dimension, list[str]]]] = [
    # permanent
    ("I always mess up refunds.", {PERM: ["always"]}),
    ("This will never get easier for me.", {PERM: ["This will never"]}),
    ("I'll never be good at this job.", {PERM: ["I'll never be"]}),
    ("I'm never going to get the hang of chat.", {PERM: ["I'm never going to"]}),
    ("I never get escalations right", {PERM: ["never get escalations right"]}),
    ("I messed up again.", {PERM: ["again"]}),
    ("Here I am, yet again, apologising.", {PERM: ["yet again"]}),
    ("It keeps happening to me.", {PERM: ["keeps happening"]}),
    ("I feel like this forever.", {PERM: ["forever"]}),
    ("I get shouted at all the time.", {PERM: ["all the time"]}),
    ("Every time I pick up the phone I get it wrong.", {PERM: ["Every time"]}),
    ("I am constantly behind on my tickets.", {PERM: ["constantly"]}),
    ("Every single day I dread my queue.", {PERM: ["Every single day"]}),
    ("Whenever I answer chats I freeze.", {PERM: ["Whenever"]}),
    ("My manager will think I'm like this permanently.", {PERM: ["permanently"]}),
    # pervasive
    ("Everyone hates me.", {PERV: ["Everyone"], PERS: ["hates me"]}),
    ("Nobody listens to me.", {PERV: ["Nobody"]}),
    ("Nothing went right today.", {PERV: ["Nothing"]}),
    ("Everything I touch goes wrong.", {PERV: ["Everything"]}),
    ("All customers are rude to me.", {PERV: ["All customers are rude"]}),
    ("People are so cold and uncaring.", {PERV: ["People are so cold and uncaring"]}),
    ("The whole day was ruined.", {PERV: ["The whole day"], PERM: ["The whole day was ruined"]}),
    ("My entire shift was a disaster.", {PERV: ["My entire shift", "was a disaster"]}),
    ("Every customer today was angry with me.", {PERV: ["Every customer"]}),
    ("No one on the team respects my work.", {PERV: ["No one"]}),
    ("All of my callers were furious with me.", {PERV: ["All of my callers"]}),
    ("I felt awful all day long.", {PERV: ["all day long"]}),
    ("Everybody saw me fail.", {PERV: ["Everybody"]}),
    ("Not a single customer thanked me.", {PERV: ["Not a single customer"]}),
    # personal
    ("I'm useless.", {PERS: ["I'm useless"]}),
    ("It was my fault.", {PERS: ["my fault"]}),
    ("It's all my fault.", {PERS: ["all my fault"]}),
    ("The customer left because of me.", {PERS: ["because of me"]}),
    ("I'm bad at handling angry people.", {PERS: ["I'm bad at"]}),
    ("I am so stupid.", {PERS: ["I am so stupid"]}),
    ("I'm such an idiot for missing that.", {PERS: ["I'm such an idiot"]}),
    ("Maybe I'm the problem here.", {PERS: ["I'm the problem"]}),
    ("I'm not good enough for this team.", {PERS: ["I'm not good enough"]}),
    ("I should have known better.", {PERS: ["I should have known better"]}),
    ("What's wrong with me?", {PERS: ["What's wrong with me"]}),
    ("I really suck at refunds.", {PERS: ["I really suck at"]}),
    ("I’m a failure.", {PERS: ["I’m a failure"]}),
    ("I'm not cut out for this.", {PERS: ["I'm not cut out for"]}),
    # more than one dimension
    (
        "Everyone always complains about me and it's my fault.",
        {PERV: ["Everyone"], PERM: ["always"], PERS: ["my fault"]},
    ),
    (
        "I can't do anything right.",
        {PERV: ["can't do anything right"], PERS: ["I can't do anything right"]},
    ),
    ("I'm useless and nothing ever works.", {PERS: ["I'm useless"], PERV: ["nothing"]}),
    (
        "I always let everyone down.",
        {PERM: ["always"], PERV: ["everyone"], PERS: ["I always let everyone down"]},
    ),
]

NEUTRAL = [
    "The courier was two days late with order 4411.",
    "The customer was upset about the shipping delay on one parcel.",
    "I answered forty chats today and two were difficult.",
    "This refund took longer than usual because the payment system was down.",
    "The billing page has a confusing layout.",
    "I missed one detail in the address and fixed it within the hour.",
    "Tomorrow I will check the warehouse tracking page first.",
    "The customer raised her voice about the late delivery.",
    "I did nothing wrong in that call.",
    "I'll call again tomorrow to confirm the replacement arrived.",
    "I've never seen this error before.",
    "Everything is fine with the second order.",
    "The manager approved the refund after lunch.",
    "One customer on the afternoon shift was rude about the price change.",
    "I did everything I could with the tools I had.",
    "The new policy on returns caused some confusion this week.",
]


def texts(result: reframe.Detection, dimension: Dimension) -> list[str]:
    return [m.text for m in result.of(dimension)]


def test_enough_labelled_and_neutral_examples() -> None:
    assert len(LABELLED) >= 40
    assert len(NEUTRAL) >= 15
    for dimension in Dimension:
        assert sum(1 for _t, labels in LABELLED if dimension in labels) >= 12


@pytest.mark.parametrize(("thought", "labels"), LABELLED, ids=[t for t, _ in LABELLED])
def test_labelled_thought(thought: str, labels: dict[Dimension, list[str]]) -> None:
    result = detect(thought)
    for dimension in Dimension:
        assert texts(result, dimension) == labels.get(dimension, []), dimension
        if dimension in labels:
            assert result.suggestions[dimension], dimension
        else:
            assert result.suggestions[dimension] is None, dimension
    for marking in result.markings:
        assert thought[marking.start : marking.end] == marking.text
        assert marking.about_self
        assert marking.explanation and "\n" not in marking.explanation
        assert marking.text in marking.explanation


@pytest.mark.parametrize("statement", NEUTRAL)
def test_neutral_specific_external_statement_is_empty(statement: str) -> None:
    result = detect(statement)
    assert result.markings == ()
    assert result.is_empty
    assert all(value is None for value in result.suggestions.values())


@pytest.mark.parametrize(
    "thought",
    [
        "I'm not bad at this.",
        "I'm not useless.",
        "It's not my fault.",
        "It wasn't because of me.",
        "It isn't always like this.",
        "Not everyone is rude.",
        "It doesn't happen every time.",
        "I don't think I'm useless.",
        "Not everything went wrong.",
    ],
)
def test_negation_cancels_the_cue(thought: str) -> None:
    assert detect(thought).markings == ()


def test_negation_stays_in_its_clause() -> None:
    result = detect("It's not my fault, but everyone blames me.")
    assert texts(result, PERS) == []
    assert texts(result, PERV) == ["everyone"]


@pytest.mark.parametrize(
    "thought",
    [
        "> Always happy to help!\nI sent the reply.",
        'I wrote "we are always happy to help" in the reply.',
        "She said “you never listen” and hung up.",
        "  > I'm useless at this, said the customer\nI passed it on.",
        "The customer wrote «nobody ever answers».",
    ],
)
def test_quoted_words_are_not_the_agents_thought(thought: str) -> None:
    assert detect(thought).markings == ()


def test_quote_and_own_words_side_by_side() -> None:
    thought = 'The reply said "always happy to help" and I feel I always get it wrong.'
    result = detect(thought)
    [always] = result.of(PERM)
    assert always.start == thought.rindex("always")
    assert always.about_self


def test_unclosed_quote_mark_hides_nothing() -> None:
    assert texts(detect('He said " and then I always freeze.'), PERM) == ["always"]


def test_every_time_about_the_courier_is_external() -> None:
    thought = "Every time the courier is late, I get yelled at."
    result = detect(thought)
    [cue] = result.of(PERM)
    assert cue.text == "Every time"
    assert not cue.about_self
    assert "the courier" in cue.explanation
    assert "not about you" in cue.explanation
    # an outside cause is not something to reframe, so no permanent rewrite is offered
    assert result.suggestions[PERM] is None


@pytest.mark.parametrize(
    ("thought", "about_self"),
    [
        ("every time the courier is late", False),
        ("The payment system is always down on Mondays.", False),
        ("They never read the instructions.", False),
        ("Every time I answer the phone, it goes badly.", True),
        ("Customers always shout at me.", True),
        ("I always freeze on calls.", True),
    ],
)
def test_permanence_about_someone_else(thought: str, about_self: bool) -> None:
    [cue] = detect(thought).of(PERM)
    assert cue.about_self is about_self


def test_external_and_own_blame_in_one_thought() -> None:
    result = detect("It's not my fault, the courier is always late.")
    assert texts(result, PERS) == []
    [always] = result.of(PERM)
    assert not always.about_self


@pytest.mark.parametrize(
    ("thought", "dimension", "suggestion"),
    [
        (
            "I always mess up refunds.",
            PERM,
            "I sometimes mess up refunds. Next time can go differently.",
        ),
        (
            "I'll never be good at this.",
            PERM,
            "I'm not yet good at this. Next time can go differently.",
        ),
        (
            "Everyone ignores me.",
            PERV,
            "This customer ignores me. That is one case, not all of them.",
        ),
        (
            "All customers are rude!",
            PERV,
            "Some customers are rude! That is one case, not all of them.",
        ),
        (
            "The whole day was a mess.",
            PERV,
            "One part of the day was a mess. That is one case, not all of them.",
        ),
        ("It's all my fault.", PERS, "It's not only down to me."),
        # the group's words keep their case, but not a capital that only began the sentence
        (
            "Callers are ungrateful.",
            PERV,
            "Some callers are ungrateful. That is one case, not all of them.",
        ),
        ("I'm bad at refunds.", PERS, "I'm still getting better at refunds."),
        ("What's wrong with me?", PERS, "What made this hard?"),
        # the future left open, whoever it is about, and not "rarely", which closes it again
        (
            "My shifts will never get easier.",
            PERM,
            "My shifts may yet get easier. Next time can go differently.",
        ),
        (
            "I could never learn the new billing tool.",
            PERM,
            "I may yet learn the new billing tool. Next time can go differently.",
        ),
        # a question stays a question
        (
            "What's the point of trying anymore?",
            PERM,
            "What would help right now? Next time can go differently.",
        ),
        # "nothing" as what was done, and a feeling turned to what happened
        (
            "I achieved nothing on this shift.",
            PERV,
            "I achieved less than I hoped on this shift. That is one case, not all of them.",
        ),
        ("I'm really angry at myself.", PERS, "I'm really angry about how this went."),
        # no capital in mid-sentence where "I" or a word in capitals was replaced
        (
            "I'll be so upset, I won't be able to function.",
            PERM,
            "I'll be so upset, this is hard right now. Next time can go differently.",
        ),
        ("I'm NEVER on time.", PERM, "I'm rarely on time. Next time can go differently."),
        # a replacement that fits every subject: "they is upset" was written before
        ("They all hate me.", PERS, "They all may be upset with how things went."),
        # a mind read with a negation, rewritten without a pronoun that may not fit
        (
            "The team lead obviously doesn't rate me.",
            PERS,
            "The team lead may have other things going on.",
        ),
        (
            "I'll never find anyone to cover my shift.",
            PERM,
            "I may yet find someone to cover my shift. Next time can go differently.",
        ),
        # a clause that goes on with the subject said before keeps it
        (
            "This shows I'm hopeless and will never finish the course.",
            PERM,
            "I'm having a hard time and may yet finish the course. Next time can go differently.",
        ),
        (
            "I'm not good at this and never will be.",
            PERM,
            "I'm still getting better at this for now. Next time can go differently.",
        ),
        (
            "The team will never forgive me.",
            PERM,
            "The team may yet forgive me. Next time can go differently.",
        ),
        (
            "The refund failed because of me.",
            PERS,
            "The refund failed partly because of the situation.",
        ),
    ],
)
def test_suggestions_are_built_from_the_agents_words(
    thought: str, dimension: Dimension, suggestion: str
) -> None:
    assert detect(thought).suggestions[dimension] == suggestion


def test_each_suggestion_rewrites_its_clause_and_every_marked_phrase_in_it() -> None:
    result = detect("I always mess up calls and everyone thinks I'm useless.")
    # the clause with "always" alone: the other clause is left out, not copied unchanged
    assert result.suggestions[PERM] == "I sometimes mess up calls. Next time can go differently."
    # one clause holds two dimensions' words: both are rewritten, whichever dimension asks
    assert result.suggestions[PERV] == (
        "This customer thinks I'm having a hard time. That is one case, not all of them."
    )
    assert result.suggestions[PERS] == "This customer thinks I'm having a hard time."


def test_suggestion_uses_the_sentence_holding_the_cue() -> None:
    result = detect("The call went badly. Honestly, I always panic. Then I had lunch.")
    assert result.suggestions[PERM] == "Honestly, I sometimes panic. Next time can go differently."


def test_json_contract_is_exact() -> None:
    data = detect("Everyone always blames me, it's my fault.").as_json()
    assert list(data) == ["permanent", "pervasive", "personal", "suggestions", "lang"]
    assert data["lang"] == "en"
    assert data["permanent"] == [{"start": 9, "end": 15, "text": "always"}]
    assert data["pervasive"] == [{"start": 0, "end": 8, "text": "Everyone"}]
    assert data["personal"] == [{"start": 32, "end": 40, "text": "my fault"}]
    assert set(data["suggestions"]) == {"permanent", "pervasive", "personal"}
    assert all(isinstance(v, str) for v in data["suggestions"].values())
    empty = detect("The parcel arrived.").as_json()
    assert empty["suggestions"] == {"permanent": None, "pervasive": None, "personal": None}


def test_empty_and_whitespace_thoughts() -> None:
    assert detect("").markings == ()
    assert detect("   \n ").markings == ()


def test_too_long_thought_is_refused() -> None:
    with pytest.raises(InputTooLarge):
        detect("a" * (reframe.MAX_THOUGHT_CHARS + 1))


def test_every_shipped_word_list_loads() -> None:
    languages = reframe.available_languages()
    assert "en" in languages
    for language in languages:
        lists = reframe.load_word_lists(language)
        assert lists.language == language
        assert {c.dimension for c in lists.cues} == set(Dimension)


def test_word_lists_are_cached() -> None:
    assert reframe.load_word_lists("en") is reframe.load_word_lists("en")


def test_missing_language_is_a_clear_error() -> None:
    with pytest.raises(WordListError, match="xx"):
        reframe.load_word_lists("xx")


def _shipped() -> str:
    return resources.resource("reframe", "en.toml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.replace('dimension = "personal"', 'dimension = "persona"', 1), "persona"),
        (lambda s: s.replace('patterns = ["always"]', 'patterns = ["(always"]', 1), "bad pattern"),
        (lambda s: s.replace('patterns = ["always"]', 'patterns = ["{nosuch}"]', 1), "nosuch"),
        (lambda s: s.replace('patterns = ["always"]', 'patterns = ["x?"]', 1), "empty"),
        (lambda s: s.replace('replacement = "sometimes"', 'replacement = "\\\\3"', 1), "group"),
        (lambda s: s.replace('id = "forever"', 'id = "always"', 1), "duplicate"),
        (lambda s: s.replace("negation_window = 3", "negation_window = -1", 1), "negation_window"),
        (lambda s: s.replace('{rewritten}{end}"', '{rewriten}"', 1), "rewritten"),
        (lambda s: s.replace("\n[context]\n", "\n[contexts]\n", 1), "context"),
        (lambda s: s + "\n[[cues]\n", "TOML"),
        (
            lambda s: s.replace(
                'replacement = "sometimes"', 'replacement = "sometimes"\nstatement = "yes"', 1
            ),
            "'statement' must be true or false",
        ),
    ],
)
def test_malformed_word_lists_are_refused_with_the_reason(change, message: str) -> None:  # type: ignore[no-untyped-def]
    broken = change(_shipped())
    assert broken != _shipped()
    with pytest.raises(WordListError, match=re.escape(message)):
        parse_word_lists(broken, "en.toml")


def test_a_new_language_needs_only_data() -> None:
    korean = """
[meta]
language = "ko"
word_boundaries = false
[context]
quote_pairs = [["“", "”"]]
clause_breaks = ",.!?\\n"
negation_window = 0
someone_else = "다른 사람"
[dimensions.permanent]
explanation = "“{text}”: 항상?"
external = "“{text}”: {subject}"
suggestion = "{rewritten}{end}"
[dimensions.pervasive]
explanation = "“{text}”"
external = "“{text}”"
suggestion = "{rewritten}{end}"
[dimensions.personal]
explanation = "“{text}”"
external = "“{text}”"
suggestion = "{rewritten}{end}"
[[cues]]
id = "always"
dimension = "permanent"
patterns = ["항상", "늘"]
replacement = "이번에는"
subject = "self"
"""
    lists = parse_word_lists(korean, "ko.toml")
    result = detect("나는 항상 실수해요.", words=lists)
    assert [m.text for m in result.of(PERM)] == ["항상"]
    assert result.suggestions[PERM] == "나는 이번에는 실수해요."


def test_core_imports_no_qt() -> None:
    assert "companion.core.reframe" in sys.modules
    import subprocess

    code = (
        "import sys, companion.core.reframe, companion.core.reflection; "
        "assert not [m for m in sys.modules if m.startswith('PySide6')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ"])
def test_every_apostrophe_reads_the_same(apostrophe: str) -> None:
    """Some keyboards type the modifier letter apostrophe (U+02BC) for ’."""
    thought = f"I{apostrophe}m useless and I{apostrophe}ll never get this right."
    found = detect(thought, "en")
    assert {m.dimension for m in found.markings} >= {Dimension.PERSONAL, Dimension.PERMANENT}


@pytest.mark.parametrize("language", ["en", "ko", "ja", "el"])
def test_the_words_a_thought_holds_are_found_by_either_way_of_looking(language: str) -> None:
    """The reader looks a short thought up by its pairs of characters and a long one word by
    word; both find the same words, which decide which cues are tried."""
    import random

    from companion.core.reframe_words import load_word_lists

    lists = load_word_lists(language)
    rng = random.Random(7)
    words = list(lists.literals)
    for size in (1, 3, 12, 40, 400):
        text = " ".join(rng.choice(words) for _ in range(size))
        expected = {word for word in lists.literals if word in text}
        assert lists.literals_in(text) == expected
        assert expected  # the text holds some of them


@pytest.mark.parametrize(
    ("written", "lang"),
    [
        ("I al\u00adways get it wrong, I'm use\u200bless at this.", "en"),
        ("나는 항상 실\u200b수만 해.", "ko"),
        ("私はいつも失\u200b敗ばかりだ。", "ja"),
    ],
)
def test_hidden_characters_inside_words_hide_nothing(written: str, lang: str) -> None:
    """A zero-width space or a soft hyphen pasted inside a word: the thought is marked as it
    reads, on the agent's own characters, and the suggestion is written from what was read."""
    plain = written.replace("\u200b", "").replace("\u00ad", "")
    expected, got = detect(plain, lang), detect(written, lang)
    assert [m.dimension for m in got.markings] == [m.dimension for m in expected.markings]
    assert got.markings
    for marking in got.markings:
        assert written[marking.start : marking.end] == marking.text
        assert marking.text.replace("\u200b", "").replace("\u00ad", "") in plain
    assert dict(got.suggestions) == dict(expected.suggestions)
