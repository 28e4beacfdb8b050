"""Rewrites: every suggestion of every shipped rule, applied as the Check screen applies it,
gives a reply an agent could send; every rule fires on its examples and not on its
not_examples."""

from __future__ import annotations

import pytest

from companion.core.checker import RulePackError, parse_pack


def _pack(**rule: object) -> dict[str, object]:
    base: dict[str, object] = {
        "id": "r1",
        "category": "blame",
        "practice": "P3.1",
        "severity": "care",
        "patterns": ["wrong"],
        "message": "m",
        "why": "w",
    }
    base.update(rule)
    return {"pack": {"lang": "zz"}, "rule": [base]}


# ------------------------------------------------------------------ the pack's fields


def test_examples_not_examples_and_advice_are_read_from_the_pack() -> None:
    rule = parse_pack(
        _pack(
            examples=["You are wrong about that."],
            not_examples=["Nothing went wrong."],
            advice="  Say what happened instead.  ",
        ),
        "zz.toml",
    ).rules[0]
    assert rule.examples == ("You are wrong about that.",)
    assert rule.not_examples == ("Nothing went wrong.",)
    assert rule.advice == "Say what happened instead."


def test_the_new_fields_are_optional() -> None:
    rule = parse_pack(_pack(), "zz.toml").rules[0]
    assert (rule.examples, rule.not_examples, rule.advice) == ((), (), "")


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"examples": [1]}, "'examples' must be a list of strings"),
        ({"not_examples": {"a": "b"}}, "'not_examples' must be a list of strings"),
        ({"examples": ["  "]}, "'examples' and 'not_examples' may not hold empty text"),
        ({"advice": ["a", "b"]}, "'advice' must be a string"),
    ],
)
def test_bad_examples_or_advice_are_refused_naming_the_rule(
    change: dict[str, object], complaint: str
) -> None:
    with pytest.raises(RulePackError, match=rf"zz.toml rule 'r1': {complaint}"):
        parse_pack(_pack(**change), "zz.toml")


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"suggestions": [{"text": "x", "for": "(unclosed"}]}, "bad 'for' pattern"),
        ({"suggestions": [{"text": "x", "for": "(a)(b)"}]}, "one group at most"),
        ({"suggestions": [{"text": "x", "when": "a"}]}, "a suggestion is a string or a table"),
        ({"suggestions": [" x"]}, "starts or ends with a space"),
        ({"apply": "after-sentence", "suggestions": ["What I can do is"]}, "ends like one"),
        ({"kind": "missing", "apply": "end", "suggestions": ["{normal case}."]}, "needs words"),
    ],
)
def test_bad_suggestions_are_refused_naming_the_rule(
    change: dict[str, object], complaint: str
) -> None:
    with pytest.raises(RulePackError, match=complaint):
        parse_pack(_pack(**change), "zz.toml")


def test_a_suggestion_can_say_where_it_fits() -> None:
    rule = parse_pack(
        _pack(suggestions=["plain", {"text": "rarely", "for": "never"}, {"text": "t"}]), "zz.toml"
    ).rules[0]
    assert rule.suggestions == ("plain", "rarely", "t")
    assert [p.pattern if p else None for p in rule.suggestion_for] == [None, "never", None]
    assert (rule.lang, rule.sentence_marks) == ("zz", ".!?…")
