"""Another language's word list says how negation and healthy wording work there: no code."""

from __future__ import annotations

import pytest

from companion.core.reframe import Dimension, detect, parse_word_lists

PERM = Dimension.PERMANENT

# Korean and Japanese put the negation after the word ("항상 그런 건 아니에요", "いつもではない"):
# the word list says so, no code does.
_AFTER = """
[meta]
language = "{lang}"
word_boundaries = false
[context]
clause_breaks = ",.!?。、\\n"
negation_window = 0
negation_after = [{negation}]
negation_after_chars = 12
someone_else = "-"
[dimensions.permanent]
explanation = "“{{text}}”"
external = "“{{text}}”"
suggestion = "{{rewritten}}{{end}}"
[dimensions.pervasive]
explanation = "“{{text}}”"
external = "“{{text}}”"
suggestion = "{{rewritten}}{{end}}"
[dimensions.personal]
explanation = "“{{text}}”"
external = "“{{text}}”"
suggestion = "{{rewritten}}{{end}}"
[[cues]]
id = "always"
dimension = "permanent"
patterns = [{cue}]
replacement = "{replacement}"
subject = "self"
[[softeners]]
id = "right-now"
patterns = [{softener}]
cancels = ["permanent"]
"""


@pytest.mark.parametrize(
    ("lang", "cue", "replacement", "negation", "softener", "marked_thought", "not_marked"),
    [
        (
            "ko",
            '"항상"',
            "이번에는",
            '"아니"',
            '"지금은"',
            "나는 항상 실수해요.",
            ["항상 그런 건 아니에요.", "지금은 항상 힘든 것 같아요."],
        ),
        (
            "ja",
            '"いつも"',
            "今回は",
            '"ではな", "じゃな"',
            '"今は"',
            "私はいつも失敗する。",
            ["いつもではない。", "いつもじゃないよ。", "今はいつも辛い気がする。"],
        ),
    ],
)
def test_negation_after_the_word_and_softeners_are_data(
    lang: str,
    cue: str,
    replacement: str,
    negation: str,
    softener: str,
    marked_thought: str,
    not_marked: list[str],
) -> None:
    text = _AFTER.format(
        lang=lang, cue=cue, replacement=replacement, negation=negation, softener=softener
    )
    words = parse_word_lists(text, f"{lang}.toml")
    result = detect(marked_thought, words=words)
    assert len(result.of(PERM)) == 1
    assert replacement in (result.suggestions[PERM] or "")
    for thought in not_marked:
        assert detect(thought, words=words).markings == (), thought
