"""What the checker works with and gives back: rules and rule packs, findings, reports."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from companion.core.checker.engine import Matcher
from companion.core.checker.layout import Layout, Quoting, Sentences
from companion.core.checker.patternset import PatternSet
from companion.core.checker.tone_model import LearnedTone
from companion.core.phrasebook import CATEGORY_IDS

Verdict = Literal["ok", "care", "hard"]

#: The only category names a rule may use (the Check screen and docs list them in this order).
CATEGORIES: tuple[str, ...] = (
    "refusal",
    "blame",
    "cant-without-can",
    "absolute",
    "policy-without-why",
    "jargon",
    "too-long",
    "shouting",
    "dismissive",
    "insult",
    "no-empathy",
    "no-next-step",
)

#: Phrasebook categories a finding may point at (the phrasebook owns them and their phrases).
PHRASE_CATEGORIES: frozenset[str] = frozenset(CATEGORY_IDS)

#: How much one finding of each severity weighs in the score.
SEVERITY_WEIGHTS: Mapping[str, float] = {"hint": 0.12, "care": 0.25, "serious": 0.45, "hard": 0.8}

#: In a suggestion, the words it replaces written in normal case (for words in capitals).
NORMAL_CASE = "{normal case}"

#: Text beyond this many characters (about 1 MB) is not checked; the report says so.
MAX_CHECK_CHARS = 1_000_000


@dataclass(frozen=True, slots=True)
class Rule:
    """One rule of a pack, as its TOML entry says (see resources/rules/en.toml for the format)."""

    id: str
    kind: str
    category: str
    practice: str
    severity: str
    message: str
    why: str
    suggestions: tuple[str, ...]
    phrase_category: str | None
    apply: str
    pattern: Matcher | None = None
    #: patterns over the text's lemma line (see analysis.LemmaLine), compiled
    lemmas: tuple[re.Pattern[str], ...] = ()
    unless: Matcher | None = None
    unless_scope: str = "sentence"
    at_sentence_start: bool = False
    min_words: int = 0
    max_per_text: int = 0
    #: in a reply of at least this many words the finding weighs as a hint (0: never)
    hint_from_words: int = 0
    # missing: the situations that call for the element (None: every reply does)
    when: Matcher | None = None
    when_quoted: Matcher | None = None
    # caps
    min_letters: int = 4
    allow: frozenset[str] = frozenset()
    #: ends at a lone word in capitals that is a keyword to send ("Reply YES"), not shouting;
    #: searched over the words just before it and the word itself
    keywords: re.Pattern[str] | None = None
    #: matches the whole of a run of words in capitals that is a blank of a template to fill
    #: in ("Hi BUYERNAME", "(INSERT SO REF)", "CUSTOMER NAME"), not shouting
    blanks: re.Pattern[str] | None = None
    # acronyms: how many different abbreviations make a sentence a code
    min_acronyms: int = 2
    # readability
    max_sentence_words: int = 0
    max_words: int = 0
    min_reading_ease: float | None = None
    #: SEVERITY_WEIGHTS[severity]
    weight: float = 0.0
    #: for each suggestion, where it fits: a pattern matched where the finding starts (what it
    #: matched, or its group, is what the suggestion replaces); None: the finding's words
    suggestion_for: tuple[re.Pattern[str] | None, ...] = ()
    #: guidance for the agent, shown with the finding and never put into the reply
    advice: str = ""
    #: sentences the rule must fire on, and sentences it must not (the pack's own tests)
    examples: tuple[str, ...] = ()
    not_examples: tuple[str, ...] = ()
    #: the pack's language and sentence end marks (a rewrite is fitted to them)
    lang: str = ""
    sentence_marks: str = ".!?…"


@dataclass(frozen=True, slots=True)
class Tone:
    """How a reply with no finding leans, from a pack's [tone] patterns: each ``warm`` pattern
    found in the agent's words (thanks, an apology, an offer, "let me") takes ``step`` off
    ``base``, each ``cool`` one (a bare no, an order, "policy") adds it. The result stays
    under the lightest finding's weight, so it never makes a verdict: it ranks the replies
    with nothing to say about, the coldest first (a saved-replies library checked with
    ``--batch`` is read in that order). ``learned`` is the share of the lean that comes from
    ``model``, learned from the pack's examples (see tone_model), instead of the patterns."""

    warm: tuple[Matcher, ...] = ()
    cool: tuple[Matcher, ...] = ()
    base: float = 0.0
    step: float = 0.0
    learned: float = 0.0
    model: LearnedTone = field(default_factory=LearnedTone, compare=False)


@dataclass(frozen=True, slots=True)
class RulePack:
    """One language's rules, validated and compiled (see pack.py)."""

    lang: str
    name: str
    rules: tuple[Rule, ...]
    care_at: float
    hard_at: float
    friendly: Matcher | None
    quoting: Quoting
    signoff: re.Pattern[str] | None
    sentences: Sentences
    words_by_space: bool
    #: the name of the word analyser the pack's language needs (see analysis.py)
    analyser: str = "surface"
    #: patterns match an accent-folded copy of the text (Greek: πολιτική = πολιτικη)
    fold: bool = False
    #: whether the English reading-ease formula means anything in this language
    reading_ease: bool = True
    #: every pattern at once: which may match a text (see patternset.py)
    pattern_set: PatternSet = field(default_factory=PatternSet, compare=False)
    rule_ids: frozenset[str] = field(default_factory=frozenset)
    #: for each set number, the indices of the pattern rules whose pattern it is (several when
    #: rules share one pattern text, which the set holds once; none: another use)
    owners: tuple[tuple[int, ...], ...] = ()
    #: indices of the rules looked at whatever the set says (other kinds, patterns outside it)
    always_rules: frozenset[int] = frozenset()
    #: how a reply with no finding leans (see Tone); no patterns: it scores 0
    tone: Tone = field(default_factory=Tone)

    def layout(self, text: str) -> Layout:
        """``text`` laid out as this pack reads it: sentences, quoting, friendly words."""
        return Layout(
            text, self.pattern_set, self.sentences, self.quoting, self.friendly, fold=self.fold
        )


class Finding(NamedTuple):
    """One problem in a reply, located by ``str`` offsets (document-level findings use 0/0).

    ``insert_at`` is set when a suggestion is added to the text rather than replacing the span
    (for example a closing invitation added at the end). What a finding says (category,
    message, suggestions, …) is its rule's, read from ``source``: a check makes one finding
    per match, so they share their rule rather than copy it.
    """

    rule: str
    start: int
    end: int
    insert_at: int | None
    source: Rule

    @property
    def category(self) -> str:
        return self.source.category

    @property
    def practice(self) -> str:
        return self.source.practice

    @property
    def message(self) -> str:
        return self.source.message

    @property
    def suggestions(self) -> tuple[str, ...]:
        return self.source.suggestions

    @property
    def why(self) -> str:
        return self.source.why

    @property
    def advice(self) -> str:
        return self.source.advice

    @property
    def phrase_category(self) -> str | None:
        return self.source.phrase_category

    @property
    def severity(self) -> str:
        return self.source.severity

    def __repr__(self) -> str:
        return f"Finding({self.rule!r}, {self.start}, {self.end}, insert_at={self.insert_at})"

    def to_json(self) -> dict[str, Any]:
        """The exact shape of the ``companion check --json`` contract."""
        return {
            "rule": self.rule,
            "category": self.category,
            "practice": self.practice,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "suggestions": list(self.suggestions),
        }


@dataclass(frozen=True, slots=True)
class Report:
    """What ``check`` found. ``score`` runs from 0 (fine) to 1 (hard reply)."""

    verdict: Verdict
    score: float
    findings: tuple[Finding, ...]
    lang: str
    truncated: bool = False
    checked_chars: int = 0
    words: int = 0
    reading_ease: float | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict,
            "score": self.score,
            "findings": [f.to_json() for f in self.findings],
        }

    def counts(self) -> dict[str, int]:
        """Findings per category, for the checks log (never the text itself)."""
        out: dict[str, int] = {}
        for f in self.findings:
            out[f.category] = out.get(f.category, 0) + 1
        return out


@dataclass(frozen=True, slots=True)
class Ignored:
    """One match the user chose to ignore here ("Ignore here"), by rule and span."""

    rule: str
    start: int
    end: int


def shift_ignored(
    ignored: Iterable[Ignored], edit_start: int, removed: int, added: int
) -> frozenset[Ignored]:
    """Keep "ignore here" marks on the same words after an edit; drop the ones the edit touched."""
    delta = added - removed
    edit_end = edit_start + removed
    out: set[Ignored] = set()
    for i in ignored:
        if i.end <= edit_start and not (i.start == i.end == 0):
            out.add(i)
        elif i.start == i.end == 0:
            out.add(i)  # document-level marks are not tied to words
        elif i.start >= edit_end:
            out.add(Ignored(i.rule, i.start + delta, i.end + delta))
    return frozenset(out)
