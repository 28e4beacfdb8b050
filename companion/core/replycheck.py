"""The reply checker: what may hurt a support reply, and the practice each finding comes from.

Rules are data (``resources/rules/<lang>.toml``); this module only knows a few kinds of detector
(regex patterns, shouting in capitals, a missing element, readability). ``check`` is pure: it reads
the shipped rule pack once per language and nothing else.
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import logging
import re
import tomllib
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

from companion.core.checker.patternset import Encoded, PatternSet
from companion.core.errors import CompanionError, InvalidInput
from companion.core.phrasebook import CATEGORY_IDS
from companion.paths import resource

log = logging.getLogger(__name__)

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

#: Text beyond this many characters (about 1 MB) is not checked; the report says so.
MAX_CHECK_CHARS = 1_000_000

_KINDS = frozenset({"pattern", "caps", "missing", "readability"})
_APPLY_MODES = frozenset({"replace", "after-sentence", "start", "end"})
_UNLESS_SCOPES = frozenset({"sentence", "next", "document"})


class RulePackError(CompanionError):
    """A shipped or user rule pack cannot be used; the message names the file and the rule."""


class Finding(NamedTuple):
    """One problem in a reply, located by ``str`` offsets (document-level findings use 0/0).

    ``insert_at`` is set when a suggestion is added to the text rather than replacing the span
    (for example a closing invitation added at the end). What a finding says (category,
    message, suggestions, …) is its rule's, read from ``source``.
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


def _finding(fields: tuple[str, int, int, int | None, Rule]) -> Finding:
    """Finding(*fields) without the keyword handling of a named tuple's constructor (the
    checker makes one per match)."""
    return tuple.__new__(Finding, fields)


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


# --------------------------------------------------------------------------- rule pack


@dataclass(frozen=True, slots=True)
class Rule:
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
    unless: Matcher | None = None
    unless_scope: str = "sentence"
    at_sentence_start: bool = False
    min_words: int = 0
    max_per_text: int = 0
    # caps
    min_letters: int = 4
    allow: frozenset[str] = frozenset()
    # readability
    max_sentence_words: int = 0
    max_words: int = 0
    min_reading_ease: float | None = None
    #: SEVERITY_WEIGHTS[severity]
    weight: float = 0.0


@dataclass(frozen=True, slots=True)
class RulePack:
    lang: str
    name: str
    rules: tuple[Rule, ...]
    care_at: float
    hard_at: float
    friendly: Matcher | None
    quote_line: re.Pattern[str] | None
    quote_block: re.Pattern[str] | None
    signoff: re.Pattern[str] | None
    sentence_end: str
    words_by_space: bool
    sentences: Sentences
    #: every pattern at once: which may match a text (see patternset.py)
    pattern_set: PatternSet = field(default_factory=PatternSet, compare=False)
    #: the set numbers of the quoting patterns' alternatives (see _may_match)
    quote_line_ids: tuple[int | None, ...] = ()
    quote_block_ids: tuple[int | None, ...] = ()
    rule_ids: frozenset[str] = field(default_factory=frozenset)
    #: for each set number, the index of the pattern rule whose pattern it is (-1: another use)
    owners: tuple[int, ...] = ()
    #: indices of the rules looked at whatever the set says (other kinds, patterns outside it)
    always_rules: frozenset[int] = frozenset()


def _need(table: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in table:
        raise RulePackError(f"{where}: missing '{key}'")
    value = table[key]
    if not isinstance(value, kind):
        raise RulePackError(f"{where}: '{key}' must be {kind.__name__}")
    return value


def _strings(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RulePackError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def _lower_pattern(pattern: str) -> str:
    """Lower-case a regex's literals but not its escapes (\\W must stay \\W)."""
    out: list[str] = []
    escaped = False
    for ch in pattern:
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
    return "".join(out)


# --------------------------------------------------------------------------- matching
#
# Each pattern is its own Python expression, which decides exactly. Which of them are worth
# running on a text is told by the pack's PatternSet, one RE2 pass for all of them (see
# patternset.py): in most replies most rules find nothing and cost nothing.


def _may_match(ids: tuple[int | None, ...], hits: frozenset[int] | None, text: str) -> bool:
    """Whether a case-insensitive pattern given by the set numbers of its lower-cased
    alternatives may match ``text``. The set saw ``text.lower()``; that stands for
    case-insensitive matching only in ASCII text ("ſ" matches "s")."""
    if hits is None or not text.isascii() or None in ids:
        return True
    return not hits.isdisjoint(ids)


@dataclass(frozen=True, slots=True)
class Matcher:
    """The patterns of one rule, compiled for speed.

    Each pattern is its own expression, which decides exactly. Case-insensitive patterns are
    matched against the lower-cased text (same length in practice); when lower-casing would
    change the length (rare letters such as "İ"), the IGNORECASE copies run on the original.
    ``ids`` are the lower-cased patterns' numbers in the pack's PatternSet (None: not in it, so
    always run): a text's ``hits`` say which may match at all. Python finds a pattern that
    starts with a literal with a fast scan; any other is tried at every position, so an RE2
    ``locator`` (see PatternSet.add) finds where it may start and Python only confirms.
    """

    lowered: tuple[re.Pattern[str], ...]
    #: the IGNORECASE copies' sources, compiled on first use (few texts need them)
    folded_sources: tuple[tuple[str, int], ...]
    bounded: bool
    case_sensitive: bool = False
    ids: tuple[int | None, ...] = ()
    #: the numbers in ``ids``, and whether a pattern always runs
    idset: frozenset[int] = frozenset()
    always: bool = True
    #: (lower-cased pattern, its set number, its RE2 locator or None) for the search loops
    runs: tuple[tuple[re.Pattern[str], int | None, Any], ...] = ()
    unanchored: Any = None

    @property
    def folded(self) -> tuple[re.Pattern[str], ...]:
        return tuple(_compiled(source, flags) for source, flags in self.folded_sources)

    def may_match(self, hits: frozenset[int] | None) -> bool:
        """False when none of the patterns can match the text the set saw."""
        return hits is None or self.always or not self.idset.isdisjoint(hits)

    def _find(self, layout: _Layout, lo: int, hi: int, first: bool) -> list[tuple[int, int]]:
        """The matches in text[lo:hi] of each pattern worth running, pattern by pattern (or
        just one match when ``first``): left to right, each starting where the pattern's last
        ended; empty matches and (if bounded) matches starting inside a word are passed over."""
        found: list[tuple[int, int]] = []
        bounded = self.bounded
        if layout.low is None or self.case_sensitive:
            subject = layout.text
            runs: Iterable[tuple[re.Pattern[str], int | None, Any]] = (
                (pattern, None, None) for pattern in self.folded
            )
            hits = encoded = None
        else:
            subject = layout.low
            runs = self.runs
            hits = layout.hits
            encoded = layout.encoded
        for pattern, number, locator in runs:
            if hits is not None and number is not None and number not in hits:
                continue
            pos = lo
            if locator is None or encoded is None:
                search = pattern.search
                while (m := search(subject, pos, hi)) is not None:
                    s, e = m.span()
                    if e > s and not (bounded and s and _inside_word(subject, s)):
                        found.append((s, e))
                        if first:
                            return found
                        pos = e
                    else:
                        pos = s + 1
                continue
            # RE2 finds each place a match may start: no match of the pattern starts before
            # the leftmost match of its locator, so Python only tries there
            locate = locator.Match
            match = pattern.match
            data = encoded.data
            size = len(data)
            anchor = self.unanchored
            ascii_text = encoded.ascii
            while True:
                at = pos if ascii_text else encoded.to_byte(pos)
                begin = locate(anchor, data, at, size)[0][0]
                if begin < 0:
                    break
                s = begin if ascii_text else encoded.to_char(begin)
                if s >= hi:
                    break
                m = match(subject, s, hi)
                e = s if m is None else m.end()
                if e > s and not (bounded and s and _inside_word(subject, s)):
                    found.append((s, e))
                    if first:
                        return found
                    pos = e
                else:
                    pos = s + 1
        return found

    def spans(self, layout: _Layout, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        """All (start, end) matches in the layout's text[lo:hi], sorted; a word-bounded match
        must start at a word edge (checked here, so the pattern keeps its fast literal scan)."""
        found = self._find(layout, lo, len(layout.text) if hi is None else hi, False)
        found.sort()
        return found

    def search(self, layout: _Layout, lo: int = 0, hi: int | None = None) -> bool:
        """Whether spans() would find anything (stops at the first match)."""
        return bool(self._find(layout, lo, len(layout.text) if hi is None else hi, True))


def _inside_word(subject: str, s: int) -> bool:
    """Whether subject[s] continues a word begun before it (s > 0)."""
    ch, before = subject[s], subject[s - 1]
    return (ch.isalnum() or ch == "_") and (before.isalnum() or before == "_")


@functools.cache
def _compiled(source: str, flags: int) -> re.Pattern[str]:
    """A pattern compiled once per process (re's own cache is smaller than a rule pack)."""
    return re.compile(source, flags)


def _compile(
    patterns: Sequence[str],
    word_bounded: bool,
    case_sensitive: bool,
    where: str,
    pattern_set: PatternSet | None = None,
) -> Matcher:
    # Not \b: the start edge is checked in Matcher.spans and the end edge by the lookarounds
    # below, which mean the same in every script. Languages written without spaces (ko, ja)
    # switch edges off with word_boundaries = false. An edge that is punctuation ("?", "100%")
    # needs no word boundary, hence the alternatives.
    tail = r"(?:(?!\w)|(?<!\w))" if word_bounded else ""
    lowered: list[re.Pattern[str]] = []
    folded: list[tuple[str, int]] = []
    ids: list[int | None] = []
    locators: list[Any] = []
    for p in patterns:
        try:
            if case_sensitive:
                compiled = re.compile(f"(?:{p}){tail}", re.MULTILINE)
                lowered.append(compiled)
                folded.append((compiled.pattern, compiled.flags))
                ids.append(None)  # the set sees lower-cased text
                locators.append(None)
            else:
                compiled = re.compile(f"(?:{_lower_pattern(p)}){tail}", re.MULTILINE)
                lowered.append(compiled)
                # Same syntax as the lower-cased copy just compiled, so no error can wait here.
                folded.append((f"(?:{p}){tail}", re.MULTILINE | re.IGNORECASE))
                number, locator = (
                    (None, None)
                    if pattern_set is None
                    else pattern_set.add(compiled.pattern, re.MULTILINE, locate=True)
                )
                ids.append(number)
                locators.append(locator)
        except re.error as exc:
            raise RulePackError(f"{where}: bad pattern {p!r}: {exc}") from exc
    return Matcher(
        lowered=tuple(lowered),
        folded_sources=tuple(folded),
        bounded=word_bounded,
        case_sensitive=case_sensitive,
        ids=tuple(ids),
        idset=frozenset(i for i in ids if i is not None),
        always=None in ids,
        runs=tuple(zip(lowered, ids, locators, strict=True)),
        unanchored=None if pattern_set is None else pattern_set.unanchored,
    )


def parse_pack(data: Mapping[str, Any], source: str) -> RulePack:
    """Validate a decoded rule pack and compile its patterns; raise RulePackError if unusable."""
    pack = data.get("pack")
    if not isinstance(pack, dict):
        raise RulePackError(f"{source}: missing [pack] table")
    lang = _need(pack, "lang", str, f"{source} [pack]")
    name = str(pack.get("name", lang))
    word_bounded = bool(pack.get("word_boundaries", True))
    words_by_space = bool(pack.get("words_by_space", True))
    sentence_end = str(pack.get("sentence_end", ".!?…"))
    verdict = data.get("verdict", {})
    care_at = float(verdict.get("care", 0.2))
    hard_at = float(verdict.get("hard", 0.6))
    if not 0 < care_at < hard_at <= 1:
        raise RulePackError(f"{source} [verdict]: need 0 < care < hard <= 1")
    flags = re.IGNORECASE | re.MULTILINE
    pattern_set = PatternSet()

    def optional(key: str, table: Mapping[str, Any]) -> re.Pattern[str] | None:
        pats = _strings(table, key, f"{source} [{key}]")
        if not pats:
            return None
        try:
            return re.compile("|".join(f"(?:{p})" for p in pats), flags)
        except re.error as exc:
            raise RulePackError(f"{source} {key}: bad pattern: {exc}") from exc

    def quote_ids(key: str) -> tuple[int | None, ...]:
        """Set numbers of the lower-cased quoting patterns (checked by optional() already)."""
        return tuple(
            pattern_set.add(_lower_pattern(p), re.MULTILINE)[0]
            for p in _strings(quoting, key, source)
        )

    unknown = set(data) - {
        "pack",
        "verdict",
        "friendly",
        "quoting",
        "signoff",
        "categories",
        "rule",
    }
    if unknown:
        raise RulePackError(f"{source}: unknown section(s) {sorted(unknown)}")
    if set(verdict) - {"care", "hard"}:
        raise RulePackError(f"{source} [verdict]: only 'care' and 'hard' belong here")
    friendly_patterns = _strings(data.get("friendly", {}), "patterns", f"{source} [friendly]")
    friendly = (
        _compile(friendly_patterns, word_bounded, False, f"{source} friendly", pattern_set)
        if friendly_patterns
        else None
    )
    quoting = data.get("quoting", {})
    quote_line = optional("line", quoting)
    quote_block = optional("block", quoting)
    signoff = optional("patterns", data.get("signoff", {}))

    categories = data.get("categories", {})
    if not isinstance(categories, dict):
        raise RulePackError(f"{source}: [categories] must be a table")
    for cat in categories:
        if cat not in CATEGORIES:
            raise RulePackError(f"{source}: unknown category '{cat}'")

    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list) or not raw_rules:
        raise RulePackError(f"{source}: no [[rule]] entries")
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_rules):
        where = f"{source} rule #{i + 1}"
        rid = _need(raw, "id", str, where)
        where = f"{source} rule '{rid}'"
        if rid in seen:
            raise RulePackError(f"{where}: duplicate id")
        seen.add(rid)
        category = _need(raw, "category", str, where)
        if category not in CATEGORIES:
            raise RulePackError(f"{where}: unknown category '{category}'")
        cat_defaults = categories.get(category, {})
        kind = str(raw.get("kind", "pattern"))
        if kind not in _KINDS:
            raise RulePackError(f"{where}: unknown kind '{kind}'")
        severity = _need(raw, "severity", str, where)
        if severity not in SEVERITY_WEIGHTS:
            raise RulePackError(f"{where}: severity must be one of {sorted(SEVERITY_WEIGHTS)}")
        practice = raw.get("practice", cat_defaults.get("practice"))
        if not isinstance(practice, str) or not re.fullmatch(r"P\d\.\d", practice):
            raise RulePackError(f"{where}: practice must look like 'P3.2'")
        why = raw.get("why", cat_defaults.get("why", ""))
        if not isinstance(why, str) or not why:
            raise RulePackError(f"{where}: missing 'why' (on the rule or its category)")
        phrase = raw.get("phrase_category", cat_defaults.get("phrase_category"))
        if phrase is not None and phrase not in PHRASE_CATEGORIES:
            raise RulePackError(f"{where}: unknown phrase_category '{phrase}'")
        apply = str(raw.get("apply", "replace"))
        if apply not in _APPLY_MODES:
            raise RulePackError(f"{where}: apply must be one of {sorted(_APPLY_MODES)}")
        unless_scope = str(raw.get("unless_scope", "sentence"))
        if unless_scope not in _UNLESS_SCOPES:
            raise RulePackError(f"{where}: unless_scope must be one of {sorted(_UNLESS_SCOPES)}")
        patterns = _strings(raw, "patterns", where)
        if kind in ("pattern", "missing") and not patterns:
            raise RulePackError(f"{where}: a '{kind}' rule needs patterns")
        bounded = bool(raw.get("word_boundaries", word_bounded))
        case_sensitive = bool(raw.get("case_sensitive", False))
        unless = _strings(raw, "unless", where)
        rules.append(
            Rule(
                id=rid,
                kind=kind,
                category=category,
                practice=practice,
                severity=severity,
                message=_need(raw, "message", str, where),
                why=why,
                suggestions=_strings(raw, "suggestions", where),
                phrase_category=phrase,
                apply=apply,
                pattern=_compile(patterns, bounded, case_sensitive, where, pattern_set)
                if patterns
                else None,
                unless=_compile(unless, bounded, False, where, pattern_set) if unless else None,
                unless_scope=unless_scope,
                at_sentence_start=bool(raw.get("at_sentence_start", False)),
                min_words=int(raw.get("min_words", 0)),
                max_per_text=int(raw.get("max_per_text", 0)),
                min_letters=int(raw.get("min_letters", 4)),
                allow=frozenset(a.casefold() for a in _strings(raw, "allow", where)),
                max_sentence_words=int(raw.get("max_sentence_words", 0)),
                max_words=int(raw.get("max_words", 0)),
                min_reading_ease=(
                    float(raw["min_reading_ease"]) if "min_reading_ease" in raw else None
                ),
                weight=SEVERITY_WEIGHTS[severity],
            )
        )
    quote_line_ids, quote_block_ids = quote_ids("line"), quote_ids("block")
    pattern_set.compile()
    owners = [-1] * (len(pattern_set) + 1)
    always_rules: set[int] = set()
    for index, rule in enumerate(rules):
        if rule.kind != "pattern" or rule.pattern is None or rule.pattern.always:
            always_rules.add(index)
            continue
        for number in rule.pattern.idset:
            owners[number] = index
    return RulePack(
        lang=lang,
        name=name,
        rules=tuple(rules),
        care_at=care_at,
        hard_at=hard_at,
        friendly=friendly,
        quote_line=quote_line,
        quote_block=quote_block,
        signoff=signoff,
        sentence_end=sentence_end,
        words_by_space=words_by_space,
        sentences=Sentences.of(sentence_end),
        pattern_set=pattern_set,
        quote_line_ids=quote_line_ids,
        quote_block_ids=quote_block_ids,
        rule_ids=frozenset(seen),
        owners=tuple(owners),
        always_rules=frozenset(always_rules),
    )


@functools.cache
def load_pack(lang: str = "en") -> RulePack:
    """The shipped rule pack for ``lang``, parsed and compiled once per process."""
    if not re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?", lang):
        raise InvalidInput(f"Unknown checker language '{lang}'.")
    path = resource("rules", f"{lang}.toml")
    if not path.is_file():
        raise InvalidInput(f"There are no checking rules for language '{lang}' yet.")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RulePackError(f"Rule pack {path.name} cannot be read: {exc}") from exc
    return parse_pack(data, path.name)


def shipped_languages() -> tuple[str, ...]:
    """Languages with a rule pack in resources/rules."""
    folder = resource("rules")
    return tuple(sorted(p.stem for p in folder.glob("*.toml"))) if folder.is_dir() else ()


# --------------------------------------------------------------------------- text layout

#: Characters skipped at the start of a sentence (a finding starts at the first word).
_SENTENCE_LEAD = " \t\r\"'“‘(*-•"


@dataclass(frozen=True, slots=True)
class Sentences:
    """How a pack splits text into sentences: each runs to its end marks (``.!?…`` in English),
    a newline or the end of the text, and starts after that, past any lead (spaces, quotes,
    bullets). Sentences are found around one place at a time, never all at once."""

    marks: str
    #: the end of a sentence: its run of end marks, a newline, or the end of the text
    end: re.Pattern[str]
    #: an end mark or a newline, searched in the reversed text
    mark: re.Pattern[str]
    #: bytes.translate table turning ASCII end marks and newlines into "." and the rest "x"
    ascii_shape: bytes
    #: whether no lead character ends a sentence (so skipping a lead needs no end)
    lead_apart: bool

    @classmethod
    def of(cls, marks: str) -> Sentences:
        ends = re.escape(marks)
        return cls(
            marks=marks,
            end=re.compile(rf"[{ends}]+|\n|$"),
            mark=re.compile(rf"[{ends}\n]"),
            lead_apart=not set(_SENTENCE_LEAD) & set(marks),
            ascii_shape=_ascii_table(
                {"".join(ch for ch in marks if ch.isascii()) + "\n": "."}, "x"
            ),
        )

    def long_content(self, size: int) -> re.Pattern[str]:
        """Stretches of at least ``size`` characters with no end mark or newline (tried only
        where such a stretch begins, so the search stays linear)."""
        other = rf"[^\n{re.escape(self.marks)}]"
        return _compiled(rf"(?<!{other}){other}{{{size},}}", 0)


class _Layout:
    """One text being checked: its lower-cased copy, which patterns may match it, where the
    agent's own words are, and (found on first use) its kind words and sentences."""

    __slots__ = (
        "_friendly",
        "_pack",
        "_reversed",
        "_shape_bytes",
        "_spaces",
        "agent",
        "encoded",
        "hits",
        "low",
        "quoted",
        "text",
    )

    def __init__(self, text: str, pack: RulePack) -> None:
        self.text = text
        self._pack = pack
        lowered = text.lower()
        #: text.lower() when that keeps every offset, else None
        self.low: str | None = lowered if len(lowered) == len(text) else None
        #: ``low`` as RE2 reads it (None: not valid Unicode, or lower-casing moved offsets)
        self.encoded: Encoded | None = None
        if self.low is not None:
            with contextlib.suppress(UnicodeEncodeError):  # a lone surrogate
                self.encoded = Encoded(lowered)
        #: the pack's patterns that may match ``low`` (None: run every pattern)
        self.hits = None if self.encoded is None else pack.pattern_set.hits(self.encoded)
        #: spans not quoted from the customer
        self.agent: tuple[tuple[int, int], ...] = _agent_spans(text, self.hits, pack)
        #: whether anything is quoted (if not, every span is the agent's)
        self.quoted = self.agent != ((0, len(text)),)
        self._friendly: tuple[tuple[int, int], ...] | None = None
        self._reversed: str | None = None
        self._shape_bytes: bytes | None = None
        self._spaces: bytes | None = None

    def in_agent(self, start: int, end: int) -> bool:
        if not self.quoted:
            return True
        i = bisect.bisect_right(self.agent, (start, len(self.text) + 1)) - 1
        return i >= 0 and self.agent[i][0] <= start and end <= self.agent[i][1]

    def is_friendly(self, start: int, end: int) -> bool:
        friendly = self._friendly
        if friendly is None:
            friendly = self._friendly = _friendly_spans(self, self._pack.friendly)
        if not friendly:
            return False
        # friendly spans never overlap each other, so the last one starting before `end`
        # is the only one that can reach back over `start`
        i = bisect.bisect_right(friendly, (end, end))
        return i > 0 and friendly[i - 1][0] < end and start < friendly[i - 1][1]

    def word_count(self, start: int, end: int, by_space: bool) -> int:
        """_word_count(text[start:end]); in ASCII text counted on a byte copy made once."""
        if not by_space or not self.text.isascii():
            return _word_count(self.text[start:end], by_space)
        if self._spaces is None:
            self._spaces = self.text.encode("ascii").translate(_SPACE_TABLE)
        spaces = self._spaces
        return spaces.count(b" x", start, end) + (start < end and spaces[start] == 120)  # "x"

    def _shape(self) -> bytes | None:
        """ASCII text as bytes where every end mark and newline is "." and the rest "x", so
        sentence edges are found by bytes.find (None: the text is not ASCII)."""
        if self._shape_bytes is None:
            text = self.text
            table = self._pack.sentences.ascii_shape
            self._shape_bytes = text.encode("ascii").translate(table) if text.isascii() else b""
        return self._shape_bytes or None

    def sentence_end(self, pos: int) -> int:
        """Where the sentence holding ``pos`` ends (after its end marks or newline)."""
        shape = self._shape()
        if shape is None:
            m = self._pack.sentences.end.search(self.text, pos)
            assert m is not None  # "$" always matches
            return m.end()
        text = self.text
        at = shape.find(b".", pos)
        if at < 0:
            return len(text)
        if text[at] == "\n":
            return at + 1
        marks = self._pack.sentences.marks
        at += 1
        while at < len(text) and text[at] in marks:
            at += 1
        return at

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts: its first character after the lead, or
        its end when it is all lead (a position inside the lead belongs to that sentence)."""
        text = self.text
        marks = self._pack.sentences.marks
        at = pos
        if at < len(text) and text[at] in marks:  # inside a run of end marks: go to its start
            while at > 0 and text[at - 1] in marks:
                at -= 1
        shape = self._shape()
        if shape is not None:
            raw = shape.rfind(b".", 0, at) + 1
        else:
            if self._reversed is None:
                self._reversed = text[::-1]
            m = self._pack.sentences.mark.search(self._reversed, len(text) - at)
            raw = 0 if m is None else len(text) - m.start()
        return self._skip_lead(raw)

    def _skip_lead(self, start: int) -> int:
        """The first character of a sentence starting at ``start`` after its lead (stopping at
        its end, where a lead character can also end a sentence)."""
        text = self.text
        end = len(text) if self._pack.sentences.lead_apart else self.sentence_end(start)
        while start < end and text[start] in _SENTENCE_LEAD:
            start += 1
        return start

    def next_sentence_end(self, end: int) -> int:
        """The end of the sentence after the one ending at ``end`` (or ``end`` at the end)."""
        return end if end >= len(self.text) else self.sentence_end(end)

    def long_sentences(self, max_words: int, by_space: bool) -> Iterator[tuple[int, int]]:
        """(start, end) of each sentence of more than ``max_words`` words, in order.

        With words between spaces, such a sentence holds at least ``max_words`` words besides
        its end marks (which make one word at most), so at least 2 × max_words - 1 characters
        with no end mark or newline: only stretches that long are looked at.
        """
        text = self.text
        size = max(1, 2 * max_words - 1)
        shape = self._shape()
        if not by_space:
            raw: Iterable[int] = self._raw_starts()
        elif shape is not None:
            # a stretch can only start a long sentence if it holds max_words words (the end
            # marks after it make one more at most): counted on the byte copy, no slicing
            raw = (
                at
                for at, stop in self._ascii_stretches(shape, size)
                if self.word_count(at, stop, by_space) >= max_words
            )
        else:
            raw = (m.start() for m in self._pack.sentences.long_content(size).finditer(text))
        for start in raw:
            end = self.sentence_end(start)
            first = self._skip_lead(start)
            if self.word_count(first, end, by_space) > max_words:
                yield first, end

    @staticmethod
    def _ascii_stretches(shape: bytes, size: int) -> Iterator[tuple[int, int]]:
        """(start, end) of each stretch of ``size`` or more characters with no end mark."""
        parts = shape.split(b".")
        if max(map(len, parts)) < size:
            return  # the usual case, found without a loop
        pos = 0
        for part in parts:
            if len(part) >= size:
                yield pos, pos + len(part)
            pos += len(part) + 1

    def _raw_starts(self) -> Iterator[int]:
        pos, size = 0, len(self.text)
        while pos < size:
            yield pos
            pos = self.sentence_end(pos)


def _friendly_spans(layout: _Layout, friendly: Matcher | None) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    if friendly is not None and friendly.may_match(layout.hits):
        for a, b in friendly.spans(layout):  # sorted
            if merged and a < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
    return tuple(merged)


def _quoted_spans(text: str, hits: frozenset[int] | None, pack: RulePack) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    block_at = len(text)
    if pack.quote_block is not None and _may_match(pack.quote_block_ids, hits, text):
        m = pack.quote_block.search(text)
        if m is not None:
            block_at = m.start()
            spans.append((block_at, len(text)))
    if pack.quote_line is not None and _may_match(pack.quote_line_ids, hits, text):
        for m in pack.quote_line.finditer(text, 0, block_at):
            line_end = text.find("\n", m.start())
            spans.append((m.start(), len(text) if line_end < 0 else line_end))
    spans.sort()
    return spans


def _agent_spans(
    text: str, hits: frozenset[int] | None, pack: RulePack
) -> tuple[tuple[int, int], ...]:
    agent: list[tuple[int, int]] = []
    pos = 0
    for a, b in _quoted_spans(text, hits, pack):
        if a > pos:
            agent.append((pos, a))
        pos = max(pos, b)
    if pos < len(text):
        agent.append((pos, len(text)))
    return tuple(agent)


# --------------------------------------------------------------------------- readability

_VOWEL_GROUPS = re.compile(r"[aeiouyäöüéèêáàíóúæøå]+")
_SILENT_E = re.compile(r"[b-df-hj-km-np-tv-xz]e(?![^\W\d_])")
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|\n[ \t]*\n")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _ascii_table(classes: Mapping[str, str], other: str) -> bytes:
    """A bytes.translate table: each character of a key becomes its value, the rest ``other``."""
    table = bytearray(other.encode("ascii") * 256)
    for chars, into in classes.items():
        for ch in chars:
            table[ord(ch)] = ord(into)
    return bytes(table)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_CONSONANTS = "bcdfghjkmnpqrstvwxz"  # as in _SILENT_E: no l, no vowels
_ASCII_SPACE = "".join(chr(i) for i in range(128) if chr(i).isspace())
_VOWEL_TABLE = _ascii_table({"aeiouyAEIOUY": "v"}, " ")
_SILENT_E_TABLE = _ascii_table(
    {_LETTERS + _LETTERS.upper(): "l", _CONSONANTS + _CONSONANTS.upper(): "c", "eE": "e"}, " "
)
_CAPITALS_TABLE = _ascii_table({_LETTERS.upper(): "U"}, " ")
_SPACE_TABLE = _ascii_table({_ASCII_SPACE: " "}, "x")
_SENTENCE_END_TABLE = _ascii_table({".!?": ".", _ASCII_SPACE: " "}, "x")
#: Common non-ASCII punctuation and a stand-in of the same kind for counting (none is a letter,
#: a space or a vowel; "…" ends a sentence like "."), so most replies take the fast path.
_ASCII_STAND_INS = (
    ("’", "'"),
    ("‘", "'"),
    ("“", '"'),
    ("”", '"'),
    ("–", "-"),
    ("—", "-"),
    ("…", "."),
)


def _counts(text: str) -> tuple[int, int]:
    """(sentences, syllables) of text, as _SENTENCE_END and the syllable rule count them.

    ASCII text is counted on byte classes (bytes.translate and bytes.count run in C without a
    Python object per match); other text by the regular expressions themselves.
    """
    if not text.isascii():
        for char, stand_in in _ASCII_STAND_INS:
            if char in text:
                text = text.replace(char, stand_in)
    blank_lines = len(_BLANK_LINE.findall(text)) if text.count("\n") > 1 else 0
    if not text.isascii():
        low = text.lower()
        sentences = len(_SENTENCE_END.findall(text))
        return sentences, len(_VOWEL_GROUPS.findall(low)) - len(_SILENT_E.findall(low))
    raw = text.encode("ascii")
    ends = raw.translate(_SENTENCE_END_TABLE)
    # a run of end marks followed by a space or the end of the text; blank lines never touch it
    sentences = ends.count(b". ") + ends.endswith(b".") + blank_lines
    vowels = raw.translate(_VOWEL_TABLE)
    groups = vowels.count(b" v") + vowels.startswith(b"v")
    letters = raw.translate(_SILENT_E_TABLE)
    silent = letters.count(b"ce ") + letters.endswith(b"ce")
    return sentences, groups - silent


def _ease(words: int, sentences: int, syllables: int) -> float:
    sentences = max(1, sentences)
    syllables = max(syllables, words)
    return round(206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words), 1)


def reading_ease(text: str) -> tuple[int, int, float | None]:
    """Flesch reading ease of English-like text: (words, sentences, ease or None if too short).

    Syllables are counted as vowel groups minus a silent final e, at least one per word: the
    usual approximation, done in a few whole-text passes so it stays linear and fast.
    """
    words = len(text.split())
    if words < 30:
        return words, 0, None
    sentences, syllables = _counts(text)
    return words, max(1, sentences), _ease(words, sentences, syllables)


# --------------------------------------------------------------------------- checking


def _casefit(replacement: str, original: str) -> str:
    """Start the replacement with a capital if the replaced words did."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _agent_text(layout: _Layout) -> str:
    if not layout.quoted:
        return layout.text
    return "\n".join(layout.text[a:b] for a, b in layout.agent)


def _end_insert_position(layout: _Layout, pack: RulePack) -> int:
    """Where a closing line belongs: after the agent's last words, before a sign-off."""
    if not layout.agent:
        return 0
    a, b = layout.agent[-1]
    text = layout.text
    body_end = b
    if pack.signoff is not None:
        tail_from = max(a, b - 300)
        for m in pack.signoff.finditer(text, tail_from, b):
            body_end = m.start()
            break
    while body_end > a and text[body_end - 1].isspace():
        body_end -= 1
    return body_end


def _agent_search(matcher: Matcher, layout: _Layout) -> bool:
    """Whether the matcher finds anything in the agent's own (unquoted) words."""
    if not matcher.may_match(layout.hits):
        return False
    return any(matcher.search(layout, a, b) for a, b in layout.agent)


def _unless_hit(rule: Rule, unless: Matcher, layout: _Layout, start: int) -> bool:
    """Whether the rule's "unless" patterns cancel the match at ``start`` (sentence scopes)."""
    lo = layout.sentence_start(start)
    hi = layout.sentence_end(start)
    if rule.unless_scope == "next":
        hi = layout.next_sentence_end(hi)
    return unless.search(layout, min(lo, start), hi)


def _pattern_findings(rule: Rule, matcher: Matcher, layout: _Layout) -> list[Finding]:
    unless = rule.unless
    if unless is not None and not unless.may_match(layout.hits):
        unless = None  # none of its patterns is in the text
    if unless is not None and rule.unless_scope == "document":
        if _agent_search(unless, layout):  # one match anywhere is enough, and cheaper
            return []
        unless = None
    found: list[Finding] = []
    last = -1
    quoted = layout.quoted
    after_sentence = rule.apply == "after-sentence"
    for s, e in matcher.spans(layout):
        if s == last:
            continue  # two patterns of the rule found the same place: the shorter one is kept
        if (quoted and not layout.in_agent(s, e)) or layout.is_friendly(s, e):
            continue
        if rule.at_sentence_start and layout.sentence_start(s) != s:
            continue
        if unless is not None and _unless_hit(rule, unless, layout, s):
            continue
        insert_at = layout.sentence_end(s) if after_sentence else None
        found.append(_finding((rule.id, s, e, insert_at, rule)))
        last = s
        if rule.max_per_text and len(found) >= rule.max_per_text:
            break
    return found


@functools.cache
def _caps_word() -> re.Pattern[str]:
    """A word written only in capital letters (any script with case), built once."""
    ranges: list[str] = []
    start = prev = -2
    for cp in range(0x41, 0x2000):
        if chr(cp).isupper():
            if cp != prev + 1:
                if start >= 0:
                    ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
                start = cp
            prev = cp
    ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
    upper = "[" + "".join(ranges) + "]"
    # no look-behind in front: a leading character class keeps the engine's fast scan; the
    # start of the word is checked by the caller
    return re.compile(rf"{upper}{{2,}}(?:['’]{upper}+)*(?![^\W\d_])")


def _caps_words(text: str) -> Iterator[re.Match[str]]:
    """The words in capitals, as _caps_word().finditer(text) finds them. In ASCII text the
    search only starts where two capitals stand together (found in a byte copy)."""
    if not text.isascii():
        yield from _caps_word().finditer(text)
        return
    shape = text.encode("ascii").translate(_CAPITALS_TABLE)
    word = _caps_word().match
    at = shape.find(b"UU")
    while at >= 0:
        m = word(text, at)
        if m is None:
            at = shape.find(b"UU", at + 1)
            continue
        yield m
        at = shape.find(b"UU", m.end())


def _caps_findings(rule: Rule, layout: _Layout) -> list[Finding]:
    """Runs of words in capitals: two or more words, or one long word; acronyms are allowed."""
    text = layout.text
    found: list[Finding] = []
    first = last = longest = words = 0  # the current run: its start, end, longest word, size
    for m in _caps_words(text):
        s, e = m.span()
        if s > 0 and text[s - 1].isalpha():
            continue  # capitals inside a word ("iPHONE"): not a word of its own
        shouty = m.group().casefold() not in rule.allow and layout.in_agent(s, e)
        if shouty and words and text[last:s].strip(" ,'’") == "":
            words, last, longest = words + 1, e, max(longest, e - s)
            continue
        if words >= 2 or (words and longest >= rule.min_letters):
            found.append(Finding(rule.id, first, last, None, rule))
        first, last, longest, words = s, e, e - s, 1 if shouty else 0
    if words >= 2 or (words and longest >= rule.min_letters):
        found.append(Finding(rule.id, first, last, None, rule))
    return found


def _word_count(text: str, by_space: bool) -> int:
    if not by_space:
        return len("".join(text.split()))
    if text.isascii():  # words start where a space is followed by a non-space
        marks = text.encode("ascii").translate(_SPACE_TABLE)
        return marks.count(b" x") + marks.startswith(b"x")
    return len(text.split())


def _readability_findings(
    rule: Rule, layout: _Layout, agent_text: str, words: int, pack: RulePack
) -> tuple[list[Finding], float | None]:
    """``words`` is the agent text's word count (as _word_count gives it)."""
    found: list[Finding] = []
    ease: float | None = None
    if pack.words_by_space and words >= 30:  # as reading_ease(agent_text)
        ease = _ease(words, *_counts(agent_text))
    if rule.max_sentence_words:
        text = layout.text
        for s, e in layout.long_sentences(rule.max_sentence_words, pack.words_by_space):
            stripped = e
            while stripped > s and text[stripped - 1].isspace():
                stripped -= 1
            if layout.in_agent(s, stripped):
                found.append(Finding(rule.id, s, stripped, None, rule))
    too_many = rule.max_words and words > rule.max_words
    too_hard = (
        rule.min_reading_ease is not None
        and ease is not None
        and words >= max(rule.min_words, 60)
        and ease < rule.min_reading_ease
    )
    if too_many or too_hard:
        found.append(Finding(rule.id, 0, 0, None, rule))
    return found, ease


def _overlap_order(f: Finding) -> tuple[int, float, int]:
    return (f.start, -f.source.weight, f.end)


def _resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Where two rules flag overlapping words, keep the heavier one so one phrase says one thing."""
    doc = [f for f in findings if f.end == f.start]
    kept: list[Finding] = []
    last_end = -1
    for f in sorted((f for f in findings if f.end > f.start), key=_overlap_order):
        if f.start < last_end:
            if f.source.weight > kept[-1].source.weight:
                kept[-1] = f
                last_end = f.end
            continue
        kept.append(f)
        last_end = f.end
    return doc + kept


def _overlapping(findings: Sequence[Finding]) -> bool:
    """Whether two findings in report order (see _order) flag overlapping words."""
    last_end = -1
    for f in findings:
        if f.start < last_end:
            return True
        if f.end > f.start:
            last_end = f.end
    return False


def _score(findings: Sequence[Finding]) -> float:
    """1 - product of (1 - weight); repeats of one rule count less each time, so length alone
    does not make a reply "hard"."""
    per_rule: dict[str, int] = {}
    keep = 1.0
    for f in findings:
        n = per_rule.get(f.rule, 0)
        per_rule[f.rule] = n + 1
        keep *= 1.0 - f.source.weight * (0.5**n)
    return round(1.0 - keep, 3)


_CATEGORY_ORDER = {c: i for i, c in enumerate(CATEGORIES)}


def _order(f: Finding) -> tuple[bool, int, int]:
    """Document-level findings first, then by place, then by category."""
    return (f.end != f.start, f.start, _CATEGORY_ORDER[f.source.category])


def check(
    text: str,
    lang: str = "en",
    *,
    disabled_rules: Collection[str] = frozenset(),
    ignored: Collection[Ignored] = frozenset(),
) -> Report:
    """Check a draft reply. Raises InvalidInput when there is nothing to check.

    ``disabled_rules`` holds rule ids (or category names) switched off in Settings; ``ignored``
    the single matches the user chose to ignore here.
    """
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("Nothing to check: the text is empty.")
    pack = load_pack(lang)
    truncated = len(text) > MAX_CHECK_CHARS
    if truncated:
        text = text[:MAX_CHECK_CHARS]
    layout = _Layout(text, pack)
    agent_text = _agent_text(layout)
    findings: list[Finding] = []
    words = 0
    ease: float | None = None
    if agent_text.strip():
        words = (
            layout.word_count(0, len(text), pack.words_by_space)
            if agent_text is text
            else _word_count(agent_text, pack.words_by_space)
        )
        hits = layout.hits
        rules: Iterable[Rule] = pack.rules
        if hits is not None:  # only the rules that can fire, in pack order
            live = set(map(pack.owners.__getitem__, hits))
            live |= pack.always_rules
            live.discard(-1)
            rules = list(map(pack.rules.__getitem__, sorted(live)))
        if disabled_rules:
            rules = [r for r in rules if r.id not in disabled_rules]
            rules = [r for r in rules if r.category not in disabled_rules]
        for rule in rules:
            kind = rule.kind
            if kind == "pattern":
                assert rule.pattern is not None
                findings.extend(_pattern_findings(rule, rule.pattern, layout))
            elif kind == "caps":
                findings.extend(_caps_findings(rule, layout))
            elif kind == "missing":
                assert rule.pattern is not None
                if words >= rule.min_words and not _agent_search(rule.pattern, layout):
                    at = (
                        _end_insert_position(layout, pack)
                        if rule.apply == "end"
                        else (layout.agent[0][0] if layout.agent else 0)
                    )
                    if rule.apply == "start":
                        while at < len(text) and text[at].isspace():
                            at += 1
                    findings.append(Finding(rule.id, 0, 0, at, rule))
            else:
                found, ease = _readability_findings(rule, layout, agent_text, words, pack)
                findings.extend(found)
    if ignored:
        skip = {(i.rule, i.start, i.end) for i in ignored}
        findings = [f for f in findings if (f.rule, f.start, f.end) not in skip]
    ordered = sorted(findings, key=_order)
    if _overlapping(ordered):  # rare: most replies are sorted and done here
        ordered = sorted(_resolve_overlaps(findings), key=_order)  # ties go by rule order
    findings = ordered
    score = _score(findings)
    verdict: Verdict = "ok"
    if score >= pack.hard_at or any(f.source.severity == "hard" for f in findings):
        verdict = "hard"
    elif score >= pack.care_at:
        verdict = "care"
    return Report(
        verdict=verdict,
        score=score,
        findings=tuple(findings),
        lang=pack.lang,
        truncated=truncated,
        checked_chars=len(text),
        words=words,
        reading_ease=ease,
    )


# --------------------------------------------------------------------------- applying rewrites


def apply_suggestion(text: str, finding: Finding, suggestion: str) -> str:
    """The text with one suggestion applied: the span replaced, or the sentence inserted."""
    if finding.insert_at is not None:
        at = max(0, min(finding.insert_at, len(text)))
        before, after = text[:at], text[at:]
        addition = suggestion.strip()
        if before and not before[-1].isspace():
            addition = " " + addition
        if after and not after[0].isspace():
            addition = addition + " "
        elif not after and finding.end == finding.start and before:
            addition = "\n\n" + addition.lstrip()
        return before + addition + after
    start = max(0, min(finding.start, len(text)))
    end = max(start, min(finding.end, len(text)))
    return text[:start] + _casefit(suggestion, text[start:end]) + text[end:]


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
