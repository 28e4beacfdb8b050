"""Suggested rewrites: every marked phrase of the clauses they rewrite is replaced, a clause
holding only other dimensions' words is left out, and a rewrite that would still be marked is
not offered as it is."""

from __future__ import annotations

import pytest

from companion.core.reframe import Detection, Dimension, detect, parse_word_lists

PERM, PERV, PERS = Dimension.PERMANENT, Dimension.PERVASIVE, Dimension.PERSONAL


def marked(result: Detection, dimension: Dimension) -> list[str]:
    return [m.text for m in result.of(dimension) if m.about_self]


def own(result: Detection) -> list[str]:
    return [m.text for m in result.markings if m.about_self]


THREE_PHRASES = "I always freeze on calls, everybody can tell, and I'm a complete idiot."


def test_a_thought_with_three_marked_phrases_is_rewritten_without_any_of_them() -> None:
    result = detect(THREE_PHRASES)
    assert marked(result, PERM) == ["always"]
    assert marked(result, PERV) == ["everybody"]
    assert marked(result, PERS) == ["I'm a complete idiot"]
    phrases = [m.text.casefold() for m in result.markings]
    for dimension in Dimension:
        suggestion = result.suggestions[dimension]
        assert suggestion, dimension
        assert own(detect(suggestion)) == [], (dimension, suggestion)
        assert not any(p in suggestion.casefold() for p in phrases), (dimension, suggestion)
    assert result.suggestions[PERM] == "I sometimes freeze on calls. Next time can go differently."
    assert result.suggestions[PERS] == "I'm having a hard time."


def test_no_suggestion_keeps_a_marked_phrase_of_the_original() -> None:
    thoughts = [
        THREE_PHRASES,
        "Nothing ever works, my career is over and it's all my fault.",
        "Customers are rude, I'm useless at this job, every shift is a nightmare.",
        "I can't do anything right and everyone can see it.",
    ]
    for thought in thoughts:
        result = detect(thought)
        for dimension in Dimension:
            suggestion = result.suggestions[dimension]
            if suggestion is not None:
                assert own(detect(suggestion)) == [], (thought, dimension, suggestion)


def test_a_clause_whose_rewrite_is_still_marked_is_left_out() -> None:
    """A replacement that is itself marked cannot be offered: its clause is left out."""
    words = parse_word_lists(_LIST.replace('replacement = "sometimes"', 'replacement = "never"'))
    result = detect("Honestly, I always fail, and I never learn.", words=words)
    assert [m.text for m in result.of(PERM)] == ["always", "never"]
    suggestion = result.suggestions[PERM]
    assert suggestion is None or "never" not in suggestion.casefold()


def test_suggestions_are_written_only_when_asked_for() -> None:
    result = detect("I always freeze.")
    assert dict(result.suggestions) == {
        PERM: "I sometimes freeze. Next time can go differently.",
        PERV: None,
        PERS: None,
    }
    assert result.suggestions["permanent"] == result.suggestions[PERM]
    with pytest.raises(KeyError):
        result.suggestions["sideways"]  # type: ignore[index]


_LIST = """
[meta]
language = "xx"
word_boundaries = true
[context]
clause_breaks = ",.!?"
clause_words = ["and", "but"]
negations = ["not"]
negation_window = 2
someone_else = "someone else"
[dimensions.permanent]
explanation = "“{text}”: always?"
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
patterns = ["always"]
replacement = "sometimes"
subject = "self"
[[cues]]
id = "never"
dimension = "permanent"
patterns = ["never"]
replacement = "rarely"
subject = "self"
"""
