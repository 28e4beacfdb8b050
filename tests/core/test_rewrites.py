"""Rewrites: every suggestion of every shipped rule, applied as the Check screen applies it,
gives a reply an agent could send; every rule fires on its examples and not on its
not_examples."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

import pytest

from companion.core.checker import (
    Finding,
    Rewrite,
    Rule,
    RulePack,
    RulePackError,
    apply_suggestion,
    check,
    check_with_pack,
    load_pack,
    parse_pack,
    rewrites,
    shipped_languages,
)
from tests.support import one_rule_pack

# ------------------------------------------------------------------ the pack's fields


def test_examples_not_examples_and_advice_are_read_from_the_pack() -> None:
    rule = parse_pack(
        one_rule_pack(
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
    rule = parse_pack(one_rule_pack(), "zz.toml").rules[0]
    assert (rule.examples, rule.not_examples, rule.advice) == ((), (), "")


def test_word_classes_are_spelled_out_in_every_pattern_of_a_rule() -> None:
    data = one_rule_pack(
        patterns=["{self} {neg} do that"],
        unless=["{self} can"],
        suggestions=[{"text": "we can't", "for": "{self} {neg}"}],
        examples=["We won't do that."],
    )
    data["words"] = {"self": "(?:I|we)", "neg": ["won['’]t", "will not", "can['’]?t"]}
    pack = parse_pack(data, "zz.toml")
    rule = pack.rules[0]
    fired = [f.rule for f in check_with_pack("Sadly we will not do that.", pack).findings]
    assert fired == ["r1"]
    assert not check_with_pack("I won't do that, but I can help.", pack).findings
    assert rule.suggestion_for[0] is not None and rule.suggestion_for[0].match("I can't")
    # counted repeats and escaped braces are not word classes
    data["rule"][0]["patterns"] = ["x{2,3}", r"\{self\}"]  # type: ignore[index]
    parse_pack(data, "zz.toml")


@pytest.mark.parametrize(
    ("words", "complaint"),
    [
        ({"Self": "I"}, "lower-case letters and hyphens"),
        ({"self": 3}, "a pattern or a list of patterns"),
        ({"self": "(I"}, "bad pattern"),
        ({"other": "I"}, r"unknown word class \{self\}"),
    ],
)
def test_bad_word_classes_are_refused_naming_them(words: dict[str, object], complaint: str) -> None:
    data = one_rule_pack(patterns=["{self} said"])
    data["words"] = words
    with pytest.raises(RulePackError, match=complaint):
        parse_pack(data, "zz.toml")


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
        parse_pack(one_rule_pack(**change), "zz.toml")


# ------------------------------------------------------------------ fitting a rewrite to its place


def _one(text: str, **rule: object) -> tuple[Finding, RulePack]:
    """The first finding of one made-up rule in ``text``."""
    pack = parse_pack(one_rule_pack(**rule), "zz.toml")
    pack = replace(pack, rules=tuple(replace(r, lang="en") for r in pack.rules))
    findings = check_with_pack(text, pack).findings
    assert findings, text
    return findings[0], pack


def _offered(text: str, **rule: object) -> list[str]:
    finding, _ = _one(text, **rule)
    return [r.text for r in rewrites(text, finding)]


def test_a_rewrite_takes_a_capital_at_a_sentence_start_and_loses_it_inside_one() -> None:
    rule = {"patterns": ["per our policy"], "suggestions": ["Under our rules"]}
    assert _offered("Thanks. Per our policy, it is free.", **rule) == [
        "Thanks. Under our rules, it is free."
    ]
    assert _offered("Refunds, per our policy, are free.", **rule) == [
        "Refunds, under our rules, are free."
    ]
    assert _offered("Hi Sam,\n\nper our policy, it is free.", **rule) == [
        "Hi Sam,\n\nUnder our rules, it is free."
    ]


def test_i_keeps_its_capital_in_the_middle_of_a_sentence() -> None:
    rule = {"patterns": ["we regret to say"], "suggestions": ["I'm sorry to say"]}
    assert _offered("Sadly we regret to say it is gone.", **rule) == [
        "Sadly I'm sorry to say it is gone."
    ]


def test_a_and_an_agree_with_the_words_that_now_follow_them() -> None:
    assert _offered(
        "I opened a JIRA ticket today.",
        patterns=["JIRA ticket"],
        suggestions=["internal ticket"],
    ) == ["I opened an internal ticket today."]
    assert _offered(
        "An internal ticket is open.", patterns=["internal ticket"], suggestions=["JIRA ticket"]
    ) == ["A JIRA ticket is open."]
    assert _offered("It is an awful mess.", patterns=["awful"], suggestions=[""]) == [
        "It is a mess."
    ]


def test_two_determiners_in_a_row_keep_the_texts_one() -> None:
    assert _offered(
        "The tier 2 team will call.", patterns=["tier 2 team"], suggestions=["our specialist team"]
    ) == ["The specialist team will call."]


def test_a_sentence_replaces_only_a_whole_sentence() -> None:
    rule = {"patterns": ["calm down"], "suggestions": ["I understand."]}
    assert _offered("Calm down. It is on its way.", **rule) == ["I understand. It is on its way."]
    assert _offered("Calm down\nIt is on its way.", **rule) == ["I understand.\nIt is on its way."]
    assert _offered("Please calm down. It is on its way.", **rule) == []
    assert _offered("Calm down and wait.", **rule) == []


def test_a_sentence_running_on_lowers_only_a_word_that_is_not_a_name() -> None:
    rule = {"patterns": [r"no\."], "suggestions": ["I'm sorry, but"]}
    assert _offered("No. The box is full.", **rule) == ["I'm sorry, but the box is full."]
    assert _offered("No. Boxes are full, and boxes are heavy.", **rule) == [
        "I'm sorry, but boxes are full, and boxes are heavy."
    ]
    assert _offered("No. Sam will call you.", **rule) == []  # "Sam" may be a name
    assert _offered("Thanks. No.", **rule) == []  # "…, but." needs words after it


def test_removed_words_take_what_they_leave_behind() -> None:
    rule = {"patterns": ["obviously", "actually", r"no\."], "suggestions": [""]}
    assert _offered("Obviously, it is red.", **rule) == ["It is red."]
    assert _offered("It is, obviously, red.", **rule) == ["It is red."]
    assert _offered("It is obviously red.", **rule) == ["It is red."]
    assert _offered("It is red, obviously.", **rule) == ["It is red."]
    assert _offered("Actually the box is red.", **rule) == ["The box is red."]
    assert _offered("Thanks. No. It is red.", **rule) == ["Thanks. It is red."]
    assert _offered("It is red. No.", **rule) == ["It is red."]
    assert _offered("No.", **rule) == []  # nothing would be left
    assert _offered("That is the obviously.", **rule) == []  # "the." — the words were needed


def test_a_for_pattern_says_where_a_suggestion_fits_and_what_it_replaces() -> None:
    rule = {
        "patterns": ["never", "always"],
        "suggestions": [
            {"text": "rarely", "for": "never"},
            {"text": "usually", "for": "always"},
            {"text": "hardly", "for": "(?:is|was) (never)"},
        ],
    }
    assert _offered("It never works.", **rule) == ["It rarely works."]
    assert _offered("It always works.", **rule) == ["It usually works."]
    assert _offered("It is never late.", **rule) == ["It is rarely late.", "It is hardly late."]
    assert _offered("Mythis never late.", **rule) == ["Mythis rarely late."]  # a word edge
    question = {
        "patterns": [r"what is your \w+(?=\?)"],
        "suggestions": [{"text": ", please", "for": r"what[^?]*()(?=\?)"}],
    }
    assert _offered("What is your name?", **question) == ["What is your name, please?"]


def test_words_in_capitals_can_be_written_in_normal_case() -> None:
    rule = {
        "patterns": ["[A-Z']{2,}(?: [A-Z']{2,})*"],
        "case_sensitive": True,
        "suggestions": ["{normal case}"],
    }
    assert _offered("Sorry. I'M SORRY TOO, Sam.", **rule) == ["Sorry. I'm sorry too, Sam."]
    assert _offered("We ALWAYS reply.", **rule) == ["We always reply."]


def test_a_sentence_is_added_after_the_sentence_with_an_end_mark() -> None:
    rule = {"patterns": ["can't"], "apply": "after-sentence", "suggestions": ["I can do X."]}
    assert _offered("I can't do that. Thanks.", **rule) == ["I can't do that. I can do X. Thanks."]
    assert _offered("I can't do that\nThanks", **rule) == ["I can't do that. I can do X.\nThanks"]
    assert _offered("Sadly I can't do that", **rule) == ["Sadly I can't do that. I can do X."]


def test_an_opening_sentence_goes_below_the_greeting() -> None:
    rule = {
        "kind": "missing",
        "apply": "start",
        "patterns": ["sorry"],
        "suggestions": ["Thanks for writing."],
    }
    assert _offered("Hi Sam,\n\nThe box is red.", **rule) == [
        "Hi Sam,\n\nThanks for writing. The box is red."
    ]
    assert _offered("The box is red.", **rule) == ["Thanks for writing. The box is red."]


def test_apply_suggestion_leaves_the_text_alone_when_the_suggestion_cannot_fit() -> None:
    text = "Please calm down and wait."
    finding, _ = _one(text, patterns=["calm down"], suggestions=["I understand."])
    assert apply_suggestion(text, finding, "I understand.") == text
    assert apply_suggestion(text, finding, "relax") == "Please relax and wait."


# A long reply: rewrites are fitted on a stretch around their finding, the reply stays whole.
FILLER = "The parcel left our depot today and should reach you soon.\n" * 200


def test_a_rewrite_in_a_long_reply_changes_only_its_words() -> None:
    text = FILLER + "Please calm down and wait.\n" + FILLER
    finding, _ = _one(text, patterns=["calm down"], suggestions=["relax"])
    assert apply_suggestion(text, finding, "relax") == (
        FILLER + "Please relax and wait.\n" + FILLER
    )
    [rewrite] = rewrites(text, finding)
    assert rewrite.words == "relax"
    assert rewrite.end - rewrite.start < len(text) // 2  # only a stretch is read
    assert rewrite.text == text[: rewrite.start] + rewrite.new + text[rewrite.end :]


def test_a_word_written_in_lower_case_far_away_is_still_not_a_name() -> None:
    rule = {"patterns": [r"no\."], "suggestions": ["I'm sorry, but"]}
    far = "No. Boxes are full.\n" + FILLER + "We stack boxes by the door.\n"
    assert _offered(far, **rule) == [
        "I'm sorry, but boxes are full.\n" + FILLER + "We stack boxes by the door.\n"
    ]
    assert _offered("No. Boxes are full.\n" + FILLER, **rule) == []  # "Boxes" may be a name


def test_a_sentence_added_at_the_end_of_a_long_reply_goes_at_its_end() -> None:
    rule = {"kind": "missing", "apply": "end", "suggestions": ["Write back any time."]}
    text = FILLER + "Thanks for your patience."
    assert _offered(text, **rule) == [text + " Write back any time."]


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
        parse_pack(one_rule_pack(**change), "zz.toml")


# ------------------------------------------------------------------ every rule of every pack


def _shipped_rules() -> list[tuple[str, Rule]]:
    return [(lang, rule) for lang in shipped_languages() for rule in load_pack(lang).rules]


RULES = _shipped_rules()
EXAMPLES = [(lang, rule.id, e) for lang, rule in RULES for e in rule.examples]
NOT_EXAMPLES = [(lang, rule.id, e) for lang, rule in RULES for e in rule.not_examples]
SUGGESTIONS = [(lang, rule.id, i) for lang, rule in RULES for i in range(len(rule.suggestions))]


def _rule(lang: str, rule_id: str) -> Rule:
    return next(r for r in load_pack(lang).rules if r.id == rule_id)


def _findings(text: str, lang: str, rule_id: str) -> list[Finding]:
    return [f for f in check(text, lang).findings if f.rule == rule_id]


@pytest.mark.parametrize("lang", shipped_languages())
def test_every_shipped_pack_fits_in_one_pattern_set(lang: str) -> None:
    """A pack whose patterns outgrow the pattern set's memory still works, every pattern then
    running on every reply, ten times slower: a rule that tips it over is caught here."""
    pytest.importorskip("re2")
    from companion.core.checker.patternset import Encoded

    pack = load_pack(lang)
    assert pack.pattern_set.hits(Encoded("a reply to check")) is not None


def test_every_rule_has_examples() -> None:
    missing = [f"{lang}:{rule.id}" for lang, rule in RULES if not rule.examples]
    assert not missing, f"rules without examples: {', '.join(missing)}"


@pytest.mark.parametrize(
    ("lang", "rule_id", "example"), EXAMPLES, ids=[f"{r}:{e[:40]}" for _, r, e in EXAMPLES]
)
def test_a_rule_fires_on_each_of_its_examples(lang: str, rule_id: str, example: str) -> None:
    assert _findings(example, lang, rule_id), f"{rule_id} does not fire on {example!r}"


@pytest.mark.parametrize(
    ("lang", "rule_id", "example"),
    NOT_EXAMPLES,
    ids=[f"{r}:{e[:40]}" for _, r, e in NOT_EXAMPLES],
)
def test_a_rule_stays_quiet_on_its_not_examples(lang: str, rule_id: str, example: str) -> None:
    found = _findings(example, lang, rule_id)
    assert not found, f"{rule_id} fires on {example!r}: {[example[f.start : f.end] for f in found]}"


# What an applied rewrite must not bring into a reply: checked on the reply before and after,
# so only what the rewrite brought counts.

_I = re.compile(r"I(?:['’](?:m|ll|ve|d))?")
_AGENT_WORDS = re.compile(
    r"(?i)\b(?:normal case|in bold|the customer|one step per sentence|this reply|the reply|"
    r"process narration|rewrite|placeholder)\b|…|\.\.\.|\[|\{|<"
)
_IMPERATIVES = frozenset(
    "write use split keep say add avoid remove replace drop give lead describe explain point "
    "state mention name swap cut shorten rephrase soften".split()
)
_CONSONANT_SOUND = re.compile(r"(?i)(?:uni|use|usu|uti|ure|eu|one\b|once)")
_VOWEL_SOUND = re.compile(r"(?i)(?:hour|honest|hono(?:u)?r|heir)")


def _sentences(text: str) -> list[tuple[int, str]]:
    """(start, sentence) for each sentence: up to its end marks, a line break or the end."""
    return [
        (m.start(), m.group()) for m in re.finditer(r"[^\s.!?…][^.!?…\n]*[.!?…]*[\"'”’)]*", text)
    ]


def _article_clash(article: str, word: str) -> bool:
    a = article.lower()
    if word[:1].isdigit():
        return False
    if len(word) > 1 and word.isupper():
        vowel = word[0] in "AEFHILMNORSX"
    elif _VOWEL_SOUND.match(word):
        vowel = True
    elif _CONSONANT_SOUND.match(word):
        vowel = False
    else:
        vowel = word[0].lower() in "aeiou"
    return (a == "an") != vowel


def _faults(text: str) -> list[tuple[str, str]]:
    """What does not read as sentences in ``text``: (what, where) for each place."""
    faults: list[tuple[str, str]] = []
    for _, sentence in _sentences(text):
        letters = re.search(r"[^\W\d_]", sentence)
        words = re.findall(r"[^\W\d_][\w'’-]*", sentence)
        if letters and letters.group().islower() and not sentence.startswith(("-", "•", "*")):
            faults.append(("a sentence starting in lower case", sentence[:30]))
        for word in words[1:]:
            if word[0].isupper() and not word.isupper() and not _I.fullmatch(word):
                faults.append((f"a capital in mid-sentence: {word!r}", sentence[:40]))
    for pattern, what in (
        (r"[^\S\n]{2,}", "two spaces"),
        (r"[^\S\n][,.;:!?]", "a space before punctuation"),
        (r"[,;:][,;:.!?]|[.!?…][,;:]|(?<![.])\.\.(?![.])|,,", "doubled punctuation"),
        (r"[^\W\d_][.!?][^\W\d_]", "two sentences glued"),
        (r"(?i)\b(\w+)\s+\1\b", "a doubled word"),
        (r"(?i)\b(?:the|a|an|to|of|and|but|with|your|our)\s*[.,!?;:]", "a word left dangling"),
    ):
        for m in re.finditer(pattern, text):
            faults.append((what, text[max(0, m.start() - 12) : m.end() + 12]))
    for m in re.finditer(r"\b(a|an|A|An)\s+([^\W_][\w'’-]*)", text):
        if _article_clash(m.group(1), m.group(2)):
            faults.append(("a/an", m.group()))
    return faults


def _added(old: str, new: str) -> str:
    """The words a rewrite put in (between what the two texts share at either end)."""
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < min(len(old), len(new)) - prefix
        and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]
    ):
        suffix += 1
    return new[prefix : len(new) - suffix]


def _reads_as_sentences(old: str, new: str, rewrite: Rewrite) -> list[str]:
    """What the rewrite broke: faults in ``new`` that ``old`` did not have, advice or a
    placeholder in the reply, an empty reply."""
    before = Counter(what for what, _ in _faults(old))
    after = _faults(new)
    brought = Counter(what for what, _ in after) - before
    problems = [f"{what}: {where!r}" for what, where in after if brought[what]]
    if not new.strip():
        problems.append("the reply is empty")
    put_in = rewrite.words
    if _AGENT_WORDS.search(put_in) or _AGENT_WORDS.search(_added(old, new)):
        problems.append(f"advice or a placeholder put into the reply: {put_in!r}")
    for _, sentence in _sentences(put_in):
        first = re.match(r"[^\W\d_]+", sentence)
        if first and first.group().lower() in _IMPERATIVES:
            problems.append(f"an instruction to the agent put into the reply: {sentence!r}")
    return problems


def _cuts_a_word(rewrite: Rewrite) -> bool:
    """Whether a removal starts or ends inside a word, leaving a piece of it behind: in
    Korean an ending or a particle ("블랙리스트에" without "블랙리스트" leaves "에")."""
    if rewrite.words:
        return False
    old, new = rewrite.source.casefold(), rewrite.text.casefold()
    if len(old) != len(rewrite.source) or len(new) >= len(old):
        return False

    def inside(at: int) -> bool:
        return 0 < at < len(old) and old[at - 1].isalnum() and old[at].isalnum()

    def removed(prefix_first: bool) -> tuple[int, int]:
        """Where the removed words were, found from the front first or from the back."""
        prefix = suffix = 0
        for side in (0, 1) if prefix_first else (1, 0):
            if side == 0:
                while prefix < len(new) - suffix and old[prefix] == new[prefix]:
                    prefix += 1
            else:
                while suffix < len(new) - prefix and old[-1 - suffix] == new[-1 - suffix]:
                    suffix += 1
        return prefix, len(old) - suffix

    # the same words can often be placed a letter or two either way: a cut only if both are
    return all(inside(s) or inside(e) for s, e in (removed(True), removed(False)))


@pytest.mark.parametrize(
    ("lang", "rule_id", "index"),
    SUGGESTIONS,
    ids=[f"{r}[{i}]:{_rule(lang, r).suggestions[i][:40]}" for lang, r, i in SUGGESTIONS],
)
def test_each_suggestion_applies_cleanly_to_the_examples(
    lang: str, rule_id: str, index: int
) -> None:
    """Applied as the Check screen applies it, on every example the rule fires on, the
    suggestion reads as part of the sentence, fixes what was found, and fits somewhere."""
    rule = _rule(lang, rule_id)
    suggestion = rule.suggestions[index]
    offered = 0
    problems: list[str] = []
    for example in rule.examples:
        for finding in _findings(example, lang, rule_id):
            fitted = [r for r in rewrites(example, finding) if r.suggestion == suggestion]
            if not fitted:
                continue
            [rewrite] = fitted
            offered += 1
            new = rewrite.text
            for problem in _reads_as_sentences(example, new, rewrite):
                problems.append(f"{example!r} -> {new!r}: {problem}")
            # in a language that writes its words apart (not Japanese), a removal ends at a space
            if " " in example.strip() and _cuts_a_word(rewrite):
                problems.append(f"{example!r} -> {new!r}: words removed from inside a word")
            if _still_fires(example, new, finding):
                problems.append(f"{example!r} -> {new!r}: {rule_id} still fires there")
    assert not problems, "\n".join(problems)
    assert offered, f"{rule_id}: {suggestion!r} fits none of the rule's examples"


# Places where a shipped suggestion would read wrongly, so it must not be offered there.
NOT_OFFERED = [
    ("You must NEVER share the code.", "blame-you-need-to", "it would help if you could"),
    ("That was a stupid thing to do.", "insult-name-calling", ""),
    ("The charge was never taken.", "absolute-never-always", "rarely"),
    ("Never share your password with anyone.", "absolute-never-always", "rarely"),
    ("I have escalated to tier 2.", "jargon-internal", "passed to our specialist team"),
    ("As per our terms, I already said so.", "dismissive-as-i-said", "to recap"),
    ("Unfortunately the blue model is out of stock at the moment, but", "no-next-step", None),
]


@pytest.mark.parametrize(("text", "rule_id", "suggestion"), NOT_OFFERED)
def test_a_suggestion_is_not_offered_where_it_would_read_wrongly(
    text: str, rule_id: str, suggestion: str | None
) -> None:
    rule = _rule("en", rule_id)
    suggestion = rule.suggestions[0] if suggestion is None else suggestion
    assert suggestion in rule.suggestions
    for finding in _findings(text, "en", rule_id):
        assert suggestion not in [r.suggestion for r in rewrites(text, finding)]


def test_a_line_wrapped_inside_a_sentence_is_not_a_sentence_start() -> None:
    rule = {"patterns": ["per our policy"], "suggestions": ["Under our rules"]}
    assert _offered("Refunds go back to the card\nper our policy, in 5 days.", **rule) == [
        "Refunds go back to the card\nunder our rules, in 5 days."
    ]
    assert _offered("Refunds are done.\nper our policy, in 5 days.", **rule) == [
        "Refunds are done.\nUnder our rules, in 5 days."
    ]


def _still_fires(old: str, new: str, finding: Finding) -> bool:
    """Whether the finding's rule still finds something where the rewrite went."""
    lang = finding.source.lang
    after = _findings(new, lang, finding.rule)
    if finding.start == finding.end:
        return bool(after)
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    changed_end = prefix + len(_added(old, new))
    lo, hi = min(prefix, finding.start), max(changed_end, prefix)
    return any(f.start <= hi and f.end >= lo for f in after)


@pytest.mark.parametrize(
    ("lang", "rule_id", "example"), EXAMPLES, ids=[f"{r}:{e[:40]}" for _, r, e in EXAMPLES]
)
def test_applying_a_rewrite_by_its_words_gives_what_was_offered(
    lang: str, rule_id: str, example: str
) -> None:
    """apply_suggestion takes a rewrite by its words; a rule that offers the same words for two
    places ("" for "hereby" and again for "aforementioned") must still apply the one that fits
    here, as the Check screen offered it."""
    from companion.core.checker import apply_suggestion

    for finding in _findings(example, lang, rule_id):
        for rewrite in rewrites(example, finding):
            assert apply_suggestion(example, finding, rewrite.suggestion) == rewrite.text


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        ("Refunds take 14 days, end of story.", "Refunds take 14 days."),
        ("Per policy, end of story. Thanks for asking.", "Per policy. Thanks for asking."),
        ("Refunds take 14 days — end of story!", "Refunds take 14 days!"),
        ("Refunds take 14 days, end of story", "Refunds take 14 days"),
        ("End of story. Thanks.", "Thanks."),
    ],
)
def test_words_taken_out_at_a_sentence_end_take_their_comma_and_keep_its_mark(
    reply: str, expected: str
) -> None:
    [finding] = [f for f in check(reply).findings if f.rule == "refusal-bare"]
    assert [r.text for r in rewrites(reply, finding)] == [expected]


@pytest.mark.parametrize("opening", ["😀😀😀 ", "No.\u200b ", "👍🏽 ", "✅\ufe0f "])
def test_a_sentence_after_an_emoji_or_an_invisible_mark_starts_with_a_capital(
    opening: str,
) -> None:
    reply = opening + "You are wrong. Thanks."
    [finding] = [f for f in check(reply).findings if f.rule == "blame-you-are-wrong"]
    fitted = rewrites(reply, finding)[0].text
    assert fitted == opening + "There may be a mix-up. Thanks."
