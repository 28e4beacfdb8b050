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


# A word list's lists of words are data too: a macro may be a list of words (one alternation),
# macros may use macros, a cue may bring its own suggestion template, and the file says how many
# quoted words of one's own sentence are emphasis rather than someone else's words.
_DATA = """
[meta]
language = "xx"
word_boundaries = true
[macros]
labels = ["dud", "dud of a person", "washout"]
prefixed = "(?:un|dis){{qualities}}"
qualities = ["helpful", "organised"]
label = "(?:{{labels}}|{{prefixed}})"
[context]
clause_breaks = ",.!?"
quote_pairs = [['"', '"'], ["“", "”"]]
scare_quote_words = {scare}
self_words = ["i", "i'm"]
negation_window = 0
someone_else = "-"
[dimensions.permanent]
explanation = "“{{text}}”"
external = "“{{text}}”"
suggestion = "{{rewritten}}{{end}} Not for good."
[dimensions.pervasive]
explanation = "“{{text}}”"
external = "“{{text}}”"
suggestion = "{{rewritten}}{{end}}"
[dimensions.personal]
explanation = "“{{text}}”"
external = "“{{text}}”"
suggestion = "{{rewritten}}{{end}}"
[[cues]]
id = "label"
dimension = "personal"
patterns = ["i'm a {{label}}", "i'm {{label}}"]
replacement = "I had a slow day"
subject = "self"
[[cues]]
id = "always"
dimension = "permanent"
patterns = ["always"]
replacement = "sometimes"
subject = "clause"
[[cues]]
id = "worst"
dimension = "permanent"
patterns = ["doomed"]
replacement = "stuck for now"
subject = "self"
suggestion = "{{rewritten}}{{end}}"
"""


def _data(scare: int = 2) -> str:
    return _DATA.format(scare=scare)


@pytest.mark.parametrize(
    ("thought", "words"),
    [
        ("I'm a washout.", "I'm a washout"),
        # the longest entry of a list is tried first
        ("I'm a dud of a person.", "I'm a dud of a person"),
        # a macro made of macros: a prefix and a list of qualities
        ("I'm unhelpful.", "I'm unhelpful"),
        ("I'm disorganised.", "I'm disorganised"),
    ],
)
def test_word_lists_and_nested_macros(thought: str, words: str) -> None:
    result = detect(thought, words=parse_word_lists(_data()))
    assert [m.text for m in result.of(Dimension.PERSONAL)] == [words]
    assert result.suggestions[Dimension.PERSONAL] == "I had a slow day."


def test_a_list_entry_is_a_whole_word() -> None:
    words = parse_word_lists(_data())
    assert detect("I'm unhelpfulness itself.", words=words).markings == ()
    assert detect("I'm organised.", words=words).markings == ()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda s: s.replace('labels = ["dud"', 'labels = [1, "dud"'), "list of words"),
        (lambda s: s.replace('"dud", "dud of a person", "washout"', ""), "list"),
        (lambda s: s.replace('qualities = ["helpful"', 'qualities = ["{label}", "x"'), "nest"),
        (lambda s: s.replace('labels = ["dud"', 'Labels = ["dud"'), "lower-case"),
    ],
)
def test_malformed_macros_are_refused(change, message: str) -> None:  # type: ignore[no-untyped-def]
    from companion.core.reframe import WordListError

    broken = change(_data())
    assert broken != _data()
    with pytest.raises(WordListError, match=message):
        parse_word_lists(broken)


def test_a_cue_may_bring_its_own_suggestion_template() -> None:
    words = parse_word_lists(_data())
    assert detect("I always freeze.", words=words).suggestions[PERM] == (
        "I sometimes freeze. Not for good."
    )
    # the worst-case cue needs no "not for good" after its rewrite
    assert detect("I'm doomed.", words=words).suggestions[PERM] == "I'm stuck for now."


@pytest.mark.parametrize(
    "thought",
    [
        'I "always" skip lunch on Mondays.',
        "I'm “always” the one who forgets, said nobody.",
    ],
)
def test_a_word_in_quotes_in_ones_own_sentence_is_read(thought: str) -> None:
    words = parse_word_lists(_data())
    assert [m.text for m in detect(thought, words=words).of(PERM)] == ["always"]
    # with scare quotes turned off, every quotation is someone else's words
    assert detect(thought, words=parse_word_lists(_data(scare=0))).of(PERM) == ()


@pytest.mark.parametrize(
    "thought",
    [
        'He said "always" and hung up.',  # after someone else's words
        'I said "always".',  # nothing of the clause follows: a quotation
        'I wrote "we always reply within a day" on the form.',  # more words than emphasis
    ],
)
def test_someone_elses_words_in_quotes_stay_unread(thought: str) -> None:
    assert detect(thought, words=parse_word_lists(_data())).of(PERM) == ()


def test_a_thought_is_read_in_its_own_language_and_an_unknown_one_is_not_passed_as_clean() -> None:
    from companion.core.reframe import detect

    english = detect("I always mess up.")
    assert english.language == "en" and english.read and not english.is_empty
    chinese = detect("我总是把事情搞砸。")
    assert chinese.language == "zh" and not chinese.read
    assert chinese.as_json()["read"] is False


def test_a_japanese_suggestion_keeps_its_sentence_and_its_full_stop() -> None:
    from companion.core.reframe import detect

    found = detect("今日は大丈夫だった。私はいつも失敗する。")
    assert found.language == "ja"
    suggestion = found.suggestions["permanent"]
    assert suggestion is not None
    assert suggestion.startswith("私は") and "大丈夫" not in suggestion  # only its own sentence
    assert "。" in suggestion and "." not in suggestion and " " not in suggestion


def test_a_word_list_may_read_thoughts_without_accents() -> None:
    from companion.core import resources
    from companion.core.reframe import detect
    from companion.core.reframe_words import parse_word_lists

    english = resources.resource("reframe", "en.toml").read_text(encoding="utf-8")
    source = english.replace('language = "en"', 'language = "xx"', 1) + (
        '\n[[cues]]\nid = "greek-always"\ndimension = "permanent"\n'
        'patterns = ["πάντα αποτυγχάνω"]\nreplacement = "αυτή τη φορά απέτυχα"\n'
        'subject = "self"\n'
    )
    plain = parse_word_lists(source)
    folded = parse_word_lists(source.replace("\n[meta]\n", '\n[meta]\nfold = "accents"\n', 1))
    assert folded.fold and not plain.fold
    for thought in ("Πάντα αποτυγχάνω.", "ΠΑΝΤΑ ΑΠΟΤΥΓΧΑΝΩ.", "Παντα αποτυγχανω."):
        assert [m.text for m in detect(thought, words=folded).markings] == [thought[:-1]]
    assert detect("Παντα αποτυγχανω.", words=plain).is_empty


def test_an_empty_replacement_takes_the_words_out() -> None:
    text = _data().replace('replacement = "sometimes"', 'replacement = ""')
    assert detect("I always freeze.", words=parse_word_lists(text)).suggestions[PERM] == (
        "I freeze. Not for good."
    )


def test_a_clause_that_runs_on_keeps_the_next_one_in_its_suggestion() -> None:
    """A clause ending "…, and" stops no sentence: the suggestion takes in the clause after."""
    runs_on = _data().replace(
        'clause_breaks = ",.!?"', 'clause_breaks = ",.!?"\ncontinuing_endings = ["and$"]'
    )
    thought = "I always freeze and, I'm a dud."
    assert detect(thought, words=parse_word_lists(runs_on)).suggestions[PERM] == (
        "I sometimes freeze and, I had a slow day. Not for good."
    )
    assert detect(thought, words=parse_word_lists(_data())).suggestions[PERM] == (
        "I sometimes freeze and. Not for good."
    )


def test_a_thought_mostly_in_english_beside_a_foreign_sentence_is_read_in_english() -> None:
    found = detect("I never get anything right on these calls. شكرا لتواصلك معنا")
    assert (found.read, found.language) == (True, "en")
    assert found.of(Dimension.PERMANENT)
    assert not detect("شكرا لتواصلك معنا. لا يمكننا رد المبلغ").read
