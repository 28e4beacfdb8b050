"""The reply checker on labelled examples: each category flags what it should and leaves alone
the look-alikes that other checkers are known to get wrong."""

from __future__ import annotations

import ast
import re
import tomllib
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core import checker
from companion.core.checker import (
    CATEGORIES,
    Finding,
    Ignored,
    RulePack,
    RulePackError,
    apply_suggestion,
    check,
    check_with_pack,
    parse_pack,
    shift_ignored,
)
from companion.core.checker.analysis import AnalyserUnavailable, SurfaceAnalyser, analyser_for
from companion.core.checker.detectors import DETECTORS
from companion.core.checker.engine import Matcher, Subject, unwrapped
from companion.core.checker.readability import sentences_and_syllables
from companion.core.checker.scoring import in_report_order, report_order, resolve_overlaps
from companion.core.errors import InvalidInput
from companion.core.resources import resource
from tests.support import one_rule_pack

# A reply with empathy and a next step, so document-level rules stay quiet around the phrase
# under test.
WRAP = "Thanks for writing in. {} If anything is still not right, just reply and I'll help."


def categories(text: str) -> set[str]:
    return {f.category for f in check(text).findings}


def flagged_words(text: str, category: str) -> list[str]:
    return [text[f.start : f.end] for f in check(text).findings if f.category == category]


SHOULD_FLAG: list[tuple[str, str, str]] = [
    # (category, sentence, words that must be flagged)
    ("refusal", "No, we don't ship to Norway.", "No,"),
    ("refusal", "Unfortunately we are unable to help with this.", "we are unable to help"),
    ("refusal", "There is nothing more we can do.", "There is nothing more we can do"),
    ("refusal", "Your request has been denied.", "request has been denied"),
    ("blame", "You are wrong about the delivery date.", "You are wrong"),
    ("blame", "This happened because of your own mistake.", "because of your own mistake"),
    ("blame", "You should have read the instructions first.", "You should have read"),
    ("blame", "Why did you delete the file?", "Why did you delete the file"),
    ("cant-without-can", "I can't change the address now.", "I can't"),
    ("cant-without-can", "Sadly that is not possible.", "that is not possible"),
    ("absolute", "This will never happen again.", "never"),
    ("absolute", "It is impossible to restore the data.", "impossible"),
    ("absolute", "The fix is guaranteed to work.", "guaranteed"),
    ("absolute", "It works 100% of the time.", "100%"),
    ("policy-without-why", "Per our policy, refunds take 14 days.", "Per our policy"),
    ("policy-without-why", "Returns after 30 days are against our policy.", "against our policy"),
    ("jargon", "Pursuant to the terms, the order is cancelled.", "Pursuant to"),
    ("jargon", "I have escalated to tier 2 and it is a known issue.", "escalated to tier 2"),
    ("shouting", "Please DO NOT REPLY to this address.", "DO NOT REPLY"),
    ("shouting", "Your order is on its way!!!", "!!!"),
    ("shouting", "Did you get it??", "??"),
    ("dismissive", "As I already said, the box is in the shed.", "As I already said"),
    ("dismissive", "Obviously the cable must be plugged in.", "Obviously"),
    ("dismissive", "Please calm down so we can talk.", "calm down"),
    ("dismissive", "Fine, whatever.", "whatever"),
    ("insult", "Only an idiot would do that.", "idiot"),
    ("insult", "This damn form again.", "damn"),
    ("insult", "You are so lazy about reading emails.", "You are so lazy"),
]


@pytest.mark.parametrize(("category", "sentence", "words"), SHOULD_FLAG)
def test_flags_the_words_that_hurt(category: str, sentence: str, words: str) -> None:
    text = WRAP.format(sentence)
    assert words in flagged_words(text, category)


MUST_NOT_FLAG: list[tuple[str, str]] = [
    # apologies are good in support, never flagged
    ("refusal", "I'm so sorry for the trouble. I apologise for the delay."),
    # friendly negations
    ("refusal", "No problem at all, happy to do it."),
    ("refusal", "No worries, it happens to everyone."),
    ("refusal", "No, no problem at all!"),
    ("absolute", "That's never your fault, these things happen."),
    ("cant-without-can", "It's not a problem, and no need to apologise."),
    ("blame", "It's not your fault, the label was printed wrong."),
    ("blame", "You were right, the date on the invoice was wrong."),
    ("blame", "You didn't do anything wrong."),
    # "can't" paired with what we can do
    ("cant-without-can", "I can't change the courier, but what I can do is refund the shipping."),
    ("cant-without-can", "We can't reopen the order. Instead, I've sent a new one today."),
    # absolutes used kindly
    ("absolute", "We're always happy to help, so don't hesitate to ask."),
    ("absolute", "We will never ask for your password by email."),
    # policy with its reason
    ("policy-without-why", "Per our policy we ask for ID, because it protects your account."),
    # acronyms are not shouting
    ("shouting", "I've attached the PDF and the FAQ link, and the API key is in the email."),
    # words that contain bad words
    ("insult", "Hello, the shell script in the assistant folder works now."),
    ("insult", "There are no stupid questions, so ask away."),
    ("dismissive", "Whatever you need, I'm here. Things should calm down after the sale."),
    ("jargon", "I've updated your address and the parcel leaves today."),
]


@pytest.mark.parametrize(("category", "sentence"), MUST_NOT_FLAG)
def test_leaves_kind_and_lookalike_wording_alone(category: str, sentence: str) -> None:
    assert category not in categories(WRAP.format(sentence))


def test_quoted_customer_text_is_not_the_agents() -> None:
    reply = (
        "Hi Ann,\n\nThanks for your message, I'm sorry the parcel is late. I've sent a new one; "
        "let me know if it doesn't arrive.\n\n"
        "> You are all useless idiots!!! NEVER AGAIN.\n"
        "> Why did you lose my parcel?\n"
    )
    assert check(reply).findings == ()
    top_posted = (
        "Thanks Ann, I'm sorry about this. I've refunded the order; just reply if anything "
        "is off.\n"
        "\nOn Tue, 3 Mar 2026 at 10:02, Ann <ann@example.com> wrote:\n"
        "This is STUPID. You idiots never answer!!!\n"
    )
    assert check(top_posted).findings == ()


def test_no_empathy_and_no_next_step_are_reply_level() -> None:
    text = "The parcel is delayed at the depot and the courier has no new date for it yet."
    report = check(text)
    gaps = {f.category: f for f in report.findings if f.start == f.end == 0}
    assert set(gaps) == {"no-empathy", "no-next-step"}
    # a plain answer with no bad news asks for neither
    plain = "The parcel left the warehouse on Monday and the tracking number is in the order page."
    assert check(plain).findings == ()
    kind = (
        "Thanks for waiting! The parcel left on Monday. Let me know if it hasn't arrived by Friday."
    )
    assert categories(kind) == set()


def test_a_sentence_wrapped_by_a_mail_program_reads_as_one() -> None:
    # a plain-text email wrapped at a fixed column breaks phrases across lines
    wrapped = (
        "Hi Sam,\nthank you for writing about the parcel that went missing. I'm afraid it's\n"
        "not our problem now, so I'm afraid that you need\nto take it up with the courier.\n"
        "Regards,\nJo"
    )
    found = {(f.rule, wrapped[f.start : f.end]) for f in check(wrapped, lang="en").findings}
    assert ("dismissive-condescending", "it's\nnot our problem") in found
    assert ("blame-you-need-to", "you need\nto") in found
    # short lines, and lines that end a sentence, stay lines of their own
    lines = "Hi Sam\nno refunds needed: the parcel arrived.\nit went to your neighbour."
    assert unwrapped(lines, lines.lower()) == lines.lower()
    assert unwrapped("a" * 45 + "\r\nb", "a" * 45 + "\r\nb") == "a" * 45 + "  b"


def _contraction_after_space(pattern: str) -> str | None:
    """The first group in ``pattern`` written after a space with a contraction among its
    alternatives ("you (?:have been|['’]ve been)"), which can never match "you've been"."""
    for start in (m.end() for m in re.finditer(r" \(\?:", pattern)):
        depth, at, alternatives = 1, start, [""]
        while at < len(pattern) and depth:
            ch = pattern[at]
            if ch == "\\":
                alternatives[-1] += pattern[at : at + 2]
                at += 2
                continue
            if ch == "[":
                close = pattern.index("]", at + 2)
                alternatives[-1] += pattern[at : close + 1]
                at = close + 1
                continue
            depth += {"(": 1, ")": -1}.get(ch, 0)
            if depth == 1 and ch == "|":
                alternatives.append("")
            elif depth:
                alternatives[-1] += ch
            at += 1
        optional = pattern[at : at + 1] in ("?", "*")
        if not optional and any(a.startswith("['’]") for a in alternatives):
            return pattern[max(0, start - 12) : at]
    return None


@pytest.mark.parametrize("lang", ["en", "ko", "ja", "el"])
def test_no_pattern_wants_a_space_before_a_contraction(lang: str) -> None:
    pack = tomllib.loads(resource("rules", f"{lang}.toml").read_text(encoding="utf-8"))
    found = [
        (rule["id"], hit)
        for rule in pack["rule"]
        for key in ("patterns", "unless", "when")
        for pattern in rule.get(key, [])
        if isinstance(pattern, str) and (hit := _contraction_after_space(pattern))
    ]
    assert found == []


@pytest.mark.parametrize(
    "text",
    ["You've been warned before.", "Sorry, but you've made a mistake on the form."],
)
def test_contracted_blame_is_read_like_the_full_form(text: str) -> None:
    assert categories(text) & {"blame"}


def test_a_short_note_is_not_asked_for_empathy() -> None:
    assert check("Done, refunded.").findings == ()


def test_too_long_flags_a_run_on_sentence_and_a_wall_of_text() -> None:
    run_on = " ".join(["and then the parcel went to the depot"] * 8) + "."
    report = check(WRAP.format(run_on))
    assert any(f.category == "too-long" and f.end > f.start for f in report.findings)
    wall = " ".join(
        [
            "Notwithstanding the considerable organisational complexities inherent in "
            "international logistical operations, consignments occasionally experience "
            "unanticipated intermediary redistribution."
        ]
        * 5
    )
    report = check(WRAP.format(wall))
    assert any(f.category == "too-long" and f.start == f.end == 0 for f in report.findings)
    assert report.reading_ease is not None and report.reading_ease < 30


def test_reading_ease_is_high_for_plain_words() -> None:
    plain = "I am sorry it is late. I sent a new box. It will be with you on Friday. " * 3
    words, sentences, ease = checker.reading_ease(plain)
    assert words == 54 and sentences == 9
    assert ease is not None and ease > 80


def test_verdicts() -> None:
    ok = check(WRAP.format("Your refund is on its way and should arrive within three days."))
    # a reply with nothing to say about scores only its tone, under the lightest finding
    assert (ok.verdict, ok.findings) == ("ok", ())
    assert 0 <= ok.score < 0.12
    care = check(WRAP.format("Per our policy, refunds take 14 days."))
    assert care.verdict == "care" and 0 < care.score < 0.6
    hard = check("No. You are wrong, as I already said. Read the manual!!!")
    assert hard.verdict == "hard" and hard.score >= 0.6
    insult = check(WRAP.format("That was a stupid thing to do."))
    assert insult.verdict == "hard"


def test_every_finding_carries_its_practice_and_why() -> None:
    report = check("No. You are wrong, as I already said. We can't refund per our policy!!!")
    assert report.findings
    for f in report.findings:
        assert f.category in CATEGORIES
        assert f.practice.startswith("P") and f.why and f.message
        assert f.phrase_category in checker.PHRASE_CATEGORIES


def test_spans_point_at_the_right_characters_with_odd_unicode() -> None:
    text = "שלום 👋🏽 e\u0301 — As I already said, it is OBVIOUSLY FIXED!!! 日本語"
    report = check(text)
    words = {(f.category, text[f.start : f.end]) for f in report.findings if f.end > f.start}
    assert ("dismissive", "As I already said") in words
    assert ("shouting", "!!!") in words


def test_text_whose_lowercase_is_longer_keeps_its_offsets() -> None:
    text = "İİİ Thanks, I'm sorry. As I already said, the box is here. Let me know."
    assert len(text.lower()) != len(text)
    [finding] = [f for f in check(text).findings if f.category == "dismissive"]
    assert text[finding.start : finding.end] == "As I already said"


def test_empty_text_is_refused_clearly() -> None:
    for empty in ("", "   \n\t "):
        with pytest.raises(InvalidInput, match="Nothing to check"):
            check(empty)


def test_unknown_language_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput, match="no checking rules"):
        check("hello there", lang="xx")


def test_huge_text_is_truncated_and_says_so() -> None:
    text = "Thanks! " + "a" * (checker.MAX_CHECK_CHARS + 10) + " idiot"
    report = check(text)
    assert report.truncated and report.checked_chars == checker.MAX_CHECK_CHARS
    assert "insult" not in {f.category for f in report.findings}
    assert not check("Thanks, done.").truncated


def test_disabled_rules_and_categories_are_skipped() -> None:
    text = WRAP.format("Obviously you are wrong!!!")
    assert {"dismissive", "blame", "shouting"} <= categories(text)
    report = check(text, disabled_rules=frozenset({"dismissive-condescending", "shouting"}))
    assert {f.category for f in report.findings} == {"blame"}


def test_ignore_here_drops_only_that_match() -> None:
    text = WRAP.format("Obviously it is red. Obviously it is blue.")
    first, second = [f for f in check(text).findings if f.category == "dismissive"]
    report = check(text, ignored=frozenset({Ignored(first.rule, first.start, first.end)}))
    assert [(f.start, f.end) for f in report.findings] == [(second.start, second.end)]


def test_shift_ignored_follows_the_words_after_an_edit() -> None:
    mark = Ignored("x", 20, 25)
    assert shift_ignored({mark}, 0, 0, 5) == {Ignored("x", 25, 30)}
    assert shift_ignored({mark}, 30, 2, 0) == {mark}
    assert shift_ignored({mark}, 22, 1, 0) == frozenset()  # the edit touched the words
    assert shift_ignored({Ignored("no-empathy", 0, 0)}, 0, 3, 0) == {Ignored("no-empathy", 0, 0)}


def test_apply_replaces_a_flat_no_with_its_punctuation() -> None:
    text = WRAP.format("No. The parcel cannot be split.")
    [f] = [f for f in check(text).findings if f.category == "refusal"]
    assert text[f.start : f.end] == "No."
    fixed = apply_suggestion(text, f, f.suggestions[0])
    assert "in. Unfortunately, the parcel cannot be split." in fixed
    # the words put in are not a finding of their own ("I'm sorry, but" was: a sorry-but)
    assert "refusal" not in categories(fixed)


def test_apply_replaces_the_span_and_keeps_the_capital() -> None:
    text = WRAP.format("As I already said, the box is in the shed.")
    [f] = [f for f in check(text).findings if f.category == "dismissive"]
    fixed = apply_suggestion(text, f, "to recap")
    assert "To recap, the box is in the shed." in fixed
    assert "dismissive" not in categories(fixed)


def test_apply_inserts_reply_level_suggestions_where_they_belong() -> None:
    text = (
        "The parcel is delayed at the depot and the courier has no new date for it yet."
        "\n\nBest regards,\nSam"
    )
    report = check(text)
    by_cat = {f.category: f for f in report.findings}
    opened = apply_suggestion(text, by_cat["no-empathy"], by_cat["no-empathy"].suggestions[0])
    assert opened.startswith(by_cat["no-empathy"].suggestions[0] + " The parcel")
    closed = apply_suggestion(text, by_cat["no-next-step"], by_cat["no-next-step"].suggestions[0])
    assert closed.endswith(by_cat["no-next-step"].suggestions[0] + "\n\nBest regards,\nSam")
    both = apply_suggestion(
        opened, check(opened).findings[0], check(opened).findings[0].suggestions[0]
    )
    assert check(both).findings == ()


def test_cant_suggestion_is_added_after_the_sentence() -> None:
    text = "Thanks for asking. I can't change the address now. Let me know if you have questions."
    [f] = [f for f in check(text).findings if f.category == "cant-without-can"]
    fixed = apply_suggestion(text, f, "What I can do is send it to a pickup point.")
    assert "now. What I can do is send it to a pickup point. Let me know" in fixed
    assert "cant-without-can" not in categories(fixed)


def test_json_shape_is_the_cli_contract() -> None:
    data = check("No. You are wrong!!!").to_json()
    assert set(data) == {"verdict", "score", "findings"}
    assert set(data["findings"][0]) == {
        "rule",
        "category",
        "practice",
        "start",
        "end",
        "message",
        "suggestions",
    }


# ------------------------------------------------------------------ rule packs


def test_every_shipped_pack_loads_and_uses_only_known_categories() -> None:
    langs = checker.shipped_languages()
    assert "en" in langs
    for lang in langs:
        pack = checker.load_pack(lang)
        assert pack.lang == lang and pack.rules
        assert {r.category for r in pack.rules} == set(CATEGORIES) if lang == "en" else True


def test_english_pack_covers_every_category() -> None:
    assert {r.category for r in checker.load_pack("en").rules} == set(CATEGORIES)


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"category": "rudeness"}, "unknown category"),
        ({"practice": "3.1"}, "practice must look like"),
        ({"severity": "huge"}, "severity must be one of"),
        ({"patterns": ["(unclosed"]}, "bad pattern"),
        ({"patterns": []}, "needs patterns"),
        ({"kind": "magic"}, "unknown kind"),
        ({"phrase_category": "hug"}, "unknown phrase_category"),
        ({"why": ""}, "missing 'why'"),
    ],
)
def test_a_bad_pack_is_refused_with_a_clear_message(
    change: dict[str, object], complaint: str
) -> None:
    with pytest.raises(RulePackError, match=complaint):
        parse_pack(one_rule_pack(**change), "zz.toml")


JA_REFUSAL = {
    "id": "ja-refusal",
    "category": "refusal",
    "practice": "P3.2",
    "severity": "serious",
    "patterns": ["できません"],
    "message": "m",
    "why": "w",
}
JA_REPLY = "申し訳ありませんが、返金はできません。"


def test_a_pack_for_a_language_without_spaces_needs_no_word_edges() -> None:
    data = {
        "pack": {
            "lang": "ja",
            "word_boundaries": False,
            "words_by_space": False,
            "sentence_end": "。！？!?",
        },
        "rule": [JA_REFUSAL],
    }
    pack = parse_pack(data, "ja.toml")
    assert pack.rules[0].pattern is not None
    text = JA_REPLY
    assert pack.rules[0].pattern.spans(pack.layout(text)) == [(13, 18)]


def test_the_english_file_is_valid_toml_with_a_format_header() -> None:
    raw = resource("rules", "en.toml").read_text(encoding="utf-8")
    assert raw.startswith("# Companion reply-checker rules")
    assert tomllib.loads(raw)["pack"]["lang"] == "en"


# ------------------------------------------------------------------ fuzz

odd_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=400
) | st.lists(
    st.sampled_from(
        [
            "No.",
            "idiot",
            "İ",
            "\x00",
            "> ",
            "\n",
            "!!",
            "WRONG",
            "can't",
            "🙂",
            "e\u0301",
            "\u202e",
            "On Mon wrote:",
            " ",
            "policy",
            "ß",
            "ﬃ",
        ]
    ),
    min_size=1,
    max_size=60,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(odd_text)
def test_any_text_gives_a_report_whose_spans_are_inside_it(text: str) -> None:
    if not re.search(r"[^\W\d_]", text):  # empty, or no letter to read
        with pytest.raises(InvalidInput):
            check(text)
        return
    for lang in checker.shipped_languages():  # every pack, its analyser included
        report = check(text, lang)
        assert report.verdict in {"ok", "care", "hard"}
        assert 0.0 <= report.score <= 1.0
        for f in report.findings:
            assert 0 <= f.start <= f.end <= len(text)
            assert f.insert_at is None or 0 <= f.insert_at <= len(text)
            if f.suggestions:
                apply_suggestion(text, f, f.suggestions[0])


# ------------------------------------------------------------------ prefilter (same findings)

# Words and marks the rules look for, plus characters that lower-case or fold oddly.
_rule_words = sorted(
    set(
        __import__("re").findall(
            r"[A-Za-z’']+", resource("rules", "en.toml").read_text(encoding="utf-8")
        )
    )
)
rule_text = st.lists(
    st.sampled_from(_rule_words)
    | st.sampled_from(
        [" ", "  ", "\n", ".", ",", "?", "!!", "’", "-", "100%", "é", "İ", "ſ", "K", "> ", "l2"]
    ),
    min_size=1,
    max_size=40,
).map(" ".join)


def _matchers() -> list[Matcher]:
    pack = checker.load_pack("en")
    found = [m for r in pack.rules for m in (r.pattern, r.unless) if m is not None]
    return [*found, *([pack.friendly] if pack.friendly else [])]


@cache
def _pack_without_re2() -> RulePack:
    """The English pack with no pattern set: every pattern runs as Python's own search."""
    data = tomllib.loads(resource("rules", "en.toml").read_text(encoding="utf-8"))
    return parse_pack(data, "en.toml", use_re2=False)


@settings(max_examples=300, deadline=None)
@given(rule_text | odd_text)
def test_the_pattern_set_and_locators_find_the_same_matches_as_python_alone(text: str) -> None:
    pack = checker.load_pack("en")
    fast = Subject(text, pack.pattern_set)
    plain = Subject(text, None)
    assert plain.hits is None and plain.encoded is None
    middle = len(text) // 3, 2 * len(text) // 3
    for matcher in _matchers():
        full = matcher.spans(plain)
        assert matcher.spans(fast) == full
        assert matcher.search(fast) == bool(full)
        assert matcher.spans(fast, *middle) == matcher.spans(plain, *middle)
        assert matcher.search(fast, *middle) == matcher.search(plain, *middle)


def _everything(report: checker.Report) -> tuple[object, ...]:
    findings = [(f.rule, f.start, f.end, f.insert_at) for f in report.findings]
    return (report.to_json(), findings, report.words, report.reading_ease, report.truncated)


@settings(max_examples=200, deadline=None)
@given(rule_text | odd_text)
def test_checking_with_and_without_the_pattern_set_gives_the_same_report(text: str) -> None:
    if not re.search(r"[^\W\d_]", text):
        return
    assert _everything(check(text, "en")) == _everything(check_with_pack(text, _pack_without_re2()))


def test_the_pattern_set_says_which_patterns_may_match() -> None:
    pack = checker.load_pack("en")
    subject = Subject("As per our policy, obviously!!", pack.pattern_set)
    assert subject.hits is not None
    by_rule = {r.id: r for r in pack.rules}
    policy, guarantee = by_rule["policy-without-why"].pattern, by_rule["absolute-guarantee"].pattern
    assert policy is not None and guarantee is not None
    assert policy.may_match(subject.hits)
    assert not guarantee.may_match(subject.hits)  # no pattern of it runs on this text
    assert policy.spans(subject) == [(0, 17)]


def test_without_re2_every_pattern_runs_and_finds_the_same(monkeypatch: Any) -> None:
    import importlib

    real_import = importlib.import_module

    def no_re2(name: str, *args: Any) -> Any:
        if name == "re2":
            raise ImportError("no re2 here")
        return real_import(name, *args)

    monkeypatch.setattr(importlib, "import_module", no_re2)
    data = tomllib.loads(resource("rules", "en.toml").read_text(encoding="utf-8"))
    pack = parse_pack(data, "en.toml")
    assert len(pack.pattern_set) == 0
    text = "As per our policy we can't do that. Obviously!!"
    layout = pack.layout(text)
    assert layout.hits is None
    found = [(r.id, s) for r in pack.rules if r.pattern for s in r.pattern.spans(layout)]
    assert ("policy-without-why", (0, 17)) in found
    assert ("shouting-punctuation", (45, 47)) in found
    assert _everything(check_with_pack(text, pack)) == _everything(check(text))


def test_a_pack_without_spaces_still_matches_with_the_pattern_set() -> None:
    data = {
        "pack": {"lang": "ja", "word_boundaries": False, "words_by_space": False},
        "rule": [JA_REFUSAL],
    }
    pack = parse_pack(data, "ja.toml")
    pattern = pack.rules[0].pattern
    assert pattern is not None
    layout = pack.layout(JA_REPLY)
    assert layout.hits is not None and not layout.encoded.ascii  # type: ignore[union-attr]
    assert pattern.spans(layout) == [(13, 18)]


_SENTENCE_END = __import__("re").compile(r"[.!?…]+(?=\s|$)|[^\s.!?…][^\S\n]*(?=\n)")
_VOWELS = __import__("re").compile(r"[aeiouyäöüéèêáàíóúæøå]+")
_SILENT_E = __import__("re").compile(r"[b-df-hj-km-np-tv-xz]e(?![^\W\d_])")


@settings(max_examples=300, deadline=None)
@given(
    rule_text
    | st.text(alphabet=st.sampled_from(list("aeEyYbBlL x.!?\n\t\r\x0b\x1c’“…–AZ1_é")), max_size=200)
)
def test_fast_sentence_and_syllable_counts_equal_the_regular_expressions(text: str) -> None:
    low = text.lower()
    expected = (
        len(_SENTENCE_END.findall(text)),
        len(_VOWELS.findall(low)) - len(_SILENT_E.findall(low)),
    )
    assert sentences_and_syllables(text) == expected


_MARKS = ".!?…"
_LEAD = " \t\r\"'“‘(*-•"


#: an end mark: a full stop with a letter or digit right after it is inside a word ("shop.com")
_END = re.compile(r"[!?…]|\.(?!\w)")


def _plain_sentence_end(text: str, pos: int) -> int:
    """A sentence runs to its end marks, a newline or the end of the text."""
    m = re.compile(rf"(?:{_END.pattern})[.!?…]*|\n|$").search(text, pos)
    assert m is not None
    return m.end()


def _plain_sentence_start(text: str, pos: int) -> int:
    """A sentence starts after the last end mark or newline before it, past its lead."""
    at = pos
    if at < len(text) and text[at] in _MARKS:
        while at > 0 and text[at - 1] in _MARKS:
            at -= 1
    ends = [m.start() for m in _END.finditer(text) if m.start() < at] + [text.rfind("\n", 0, at)]
    start = max(ends) + 1
    end = _plain_sentence_end(text, start)
    while start < end and text[start] in _LEAD:
        start += 1
    return start


def _plain_long_sentences(text: str, max_words: int) -> list[tuple[int, int]]:
    found = []
    pos = 0
    while pos < len(text):
        end = _plain_sentence_end(text, pos)
        start = _plain_sentence_start(text, pos)
        if len(text[start:end].split()) > max_words:
            found.append((start, end))
        pos = end
    return found


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab .!?\n\t"(-*x…é3')), max_size=60))
def test_sentence_edges_are_where_the_plain_definition_puts_them(text: str) -> None:
    layout = checker.load_pack("en").layout(text)  # ASCII text is measured on a byte copy
    for pos in range(len(text)):
        assert layout.sentence_end(pos) == _plain_sentence_end(text, pos)
        assert layout.sentence_start(pos) == _plain_sentence_start(text, pos)
        start, end = layout.sentence_start(pos), layout.sentence_end(pos)
        assert start <= end and (pos < end or pos == len(text))
    for max_words in (1, 2, 4):
        expected = _plain_long_sentences(text, max_words)
        assert list(layout.long_sentences(max_words, True)) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(0, 5), st.integers(0, 30), st.integers(0, 8)),
        max_size=12,
    )
)
def test_findings_are_only_resolved_when_two_overlap(raw: list[tuple[int, int, int]]) -> None:
    """The report sorts and resolves overlaps only when two findings overlap: the same order as
    always resolving first."""
    rules = checker.load_pack("en").rules[:6]  # several severities and categories
    findings = [
        Finding(rules[k].id, start, start + width, None, rules[k]) for k, start, width in raw
    ]
    always = sorted(resolve_overlaps(findings), key=report_order)
    assert in_report_order(findings) == always


# ------------------------------------------------------------------ detectors and analysers


def test_every_kind_a_pack_uses_has_a_detector() -> None:
    kinds = {r.kind for lang in checker.shipped_languages() for r in checker.load_pack(lang).rules}
    assert kinds <= set(DETECTORS)
    assert {"pattern", "caps", "missing", "readability"} <= set(DETECTORS)


def test_a_pack_naming_an_unknown_analyser_is_refused() -> None:
    data = one_rule_pack()
    data["pack"] = {"lang": "zz", "analyser": "nonesuch"}
    with pytest.raises(RulePackError, match="analyser must be one of"):
        parse_pack(data, "zz.toml")
    assert parse_pack(one_rule_pack(), "zz.toml").analyser == "surface"


def test_the_surface_analyser_gives_words_with_their_offsets() -> None:
    text = "Thanks, Ann — it's DONE: order 55."
    analyser = analyser_for("surface")
    assert isinstance(analyser, SurfaceAnalyser) and analyser.name == "surface"
    tokens = analyser.tokens(text)
    assert [t.surface for t in tokens] == ["Thanks", "Ann", "it's", "DONE", "order", "55"]
    assert all(text[t.start : t.end] == t.surface for t in tokens)
    assert tokens[3].lemma == "done" and tokens[3].part_of_speech == ""
    with pytest.raises(AnalyserUnavailable, match="no word analyser called 'ko-morph'"):
        analyser_for("ko-morph")


def test_the_checkers_modules_import_each_other_one_way() -> None:
    """No import cycles inside the package (a cycle would make the import order matter)."""
    folder = Path(checker.__file__).parent
    graph: dict[str, set[str]] = {}
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        graph[path.stem] = {
            node.module.rsplit(".", 1)[1]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            and node.module
            and node.module.startswith("companion.core.checker.")
        }
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, f"import cycle: {' → '.join((*path, module))}"
        if module not in done:
            for imported in graph[module]:
                visit(imported, (*path, module))
            done.add(module)

    for module in graph:
        visit(module, ())
    assert max(len(p.read_text(encoding="utf-8").splitlines()) for p in folder.glob("*.py")) < 700


@pytest.mark.parametrize("apostrophe", ["'", "’", "ʼ"])
def test_every_apostrophe_reads_the_same(apostrophe: str) -> None:
    """Some keyboards type the modifier letter apostrophe (U+02BC) for ’."""
    report = check(f"You{apostrophe}re wrong, and we don{apostrophe}t do refunds.", "en")
    rules = {f.rule for f in report.findings}
    assert "blame-you-are-wrong" in rules and report.verdict in ("care", "hard")
