"""The reply checker: what may hurt a support reply, and the practice each finding comes from.

Rules are data (``resources/rules/<lang>.toml``); this module only knows a few kinds of detector
(regex patterns, shouting in capitals, a missing element, readability). ``check`` is pure: it reads
the shipped rule pack once per language and nothing else.
"""

from __future__ import annotations

import bisect
import functools
import logging
import re
import tomllib
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from companion.core.errors import CompanionError, InvalidInput
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

#: Phrasebook categories a finding may point at (the phrasebook owns the phrases themselves).
PHRASE_CATEGORIES: frozenset[str] = frozenset(
    {
        "acknowledge",
        "apologise",
        "find-agreement",
        "redirect",
        "boundary",
        "can-do",
        "explain-why",
        "hand-over",
        "confirm",
    }
)

#: How much one finding of each severity weighs in the score.
SEVERITY_WEIGHTS: Mapping[str, float] = {"hint": 0.12, "care": 0.25, "serious": 0.45, "hard": 0.8}

#: Text beyond this many characters (about 1 MB) is not checked; the report says so.
MAX_CHECK_CHARS = 1_000_000

_KINDS = frozenset({"pattern", "caps", "missing", "readability"})
_APPLY_MODES = frozenset({"replace", "after-sentence", "start", "end"})
_UNLESS_SCOPES = frozenset({"sentence", "next", "document"})


class RulePackError(CompanionError):
    """A shipped or user rule pack cannot be used; the message names the file and the rule."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a reply, located by ``str`` offsets (document-level findings use 0/0).

    ``insert_at`` is set when a suggestion is added to the text rather than replacing the span
    (for example a closing invitation added at the end).
    """

    rule: str
    category: str
    practice: str
    start: int
    end: int
    message: str
    suggestions: tuple[str, ...]
    why: str
    phrase_category: str | None
    severity: str
    insert_at: int | None = None

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
    rule_ids: frozenset[str] = field(default_factory=frozenset)


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


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@dataclass(frozen=True, slots=True)
class Matcher:
    """The patterns of one rule, compiled for speed.

    Each pattern is its own expression: Python's engine finds a literal-led pattern with a fast
    scan, while one big alternation is tried at every position. Case-insensitive patterns are
    matched against the lower-cased text (same length in practice); when lower-casing would
    change the length (rare letters such as "İ"), the IGNORECASE copies run on the original.
    """

    lowered: tuple[re.Pattern[str], ...]
    folded: tuple[re.Pattern[str], ...]
    bounded: bool
    case_sensitive: bool = False

    def _pick(self, text: str, low: str | None) -> tuple[str, tuple[re.Pattern[str], ...]]:
        if low is None or self.case_sensitive:
            return text, self.folded
        return low, self.lowered

    def spans(
        self, text: str, low: str | None, lo: int = 0, hi: int | None = None
    ) -> list[tuple[int, int]]:
        """All (start, end) matches in text[lo:hi], sorted; a word-bounded match must start at
        a word edge (checked here, so the pattern keeps its fast literal scan)."""
        hi = len(text) if hi is None else hi
        subject, patterns = self._pick(text, low)
        found: list[tuple[int, int]] = []
        for pattern in patterns:
            pos = lo
            while True:
                m = pattern.search(subject, pos, hi)
                if m is None:
                    break
                s, e = m.span()
                if e == s:
                    pos = s + 1
                    continue
                if (
                    self.bounded
                    and s > 0
                    and _is_word_char(subject[s])
                    and _is_word_char(subject[s - 1])
                ):
                    pos = s + 1
                    continue
                found.append((s, e))
                pos = e
        found.sort()
        return found

    def search(self, text: str, low: str | None, lo: int = 0, hi: int | None = None) -> bool:
        hi = len(text) if hi is None else hi
        subject, patterns = self._pick(text, low)
        for pattern in patterns:
            pos = lo
            while True:
                m = pattern.search(subject, pos, hi)
                if m is None:
                    break
                s, e = m.span()
                if e > s and not (
                    self.bounded
                    and s > 0
                    and _is_word_char(subject[s])
                    and _is_word_char(subject[s - 1])
                ):
                    return True
                pos = s + 1
        return False


def _compile(
    patterns: Sequence[str], word_bounded: bool, case_sensitive: bool, where: str
) -> Matcher:
    # Not \b: the start edge is checked in Matcher.spans and the end edge by the lookarounds
    # below, which mean the same in every script. Languages written without spaces (ko, ja)
    # switch edges off with word_boundaries = false. An edge that is punctuation ("?", "100%")
    # needs no word boundary, hence the alternatives.
    tail = r"(?:(?!\w)|(?<!\w))" if word_bounded else ""
    lowered: list[re.Pattern[str]] = []
    folded: list[re.Pattern[str]] = []
    for p in patterns:
        try:
            if case_sensitive:
                compiled = re.compile(f"(?:{p}){tail}", re.MULTILINE)
                lowered.append(compiled)
                folded.append(compiled)
            else:
                lowered.append(re.compile(f"(?:{_lower_pattern(p)}){tail}", re.MULTILINE))
                folded.append(re.compile(f"(?:{p}){tail}", re.MULTILINE | re.IGNORECASE))
        except re.error as exc:
            raise RulePackError(f"{where}: bad pattern {p!r}: {exc}") from exc
    return Matcher(
        lowered=tuple(lowered),
        folded=tuple(folded),
        bounded=word_bounded,
        case_sensitive=case_sensitive,
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

    def optional(key: str, table: Mapping[str, Any]) -> re.Pattern[str] | None:
        pats = _strings(table, key, f"{source} [{key}]")
        if not pats:
            return None
        try:
            return re.compile("|".join(f"(?:{p})" for p in pats), flags)
        except re.error as exc:
            raise RulePackError(f"{source} {key}: bad pattern: {exc}") from exc

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
        _compile(friendly_patterns, word_bounded, False, f"{source} friendly")
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
                pattern=_compile(patterns, bounded, case_sensitive, where) if patterns else None,
                unless=_compile(unless, bounded, False, where) if unless else None,
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
            )
        )
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
        rule_ids=frozenset(seen),
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


@dataclass(frozen=True, slots=True)
class _Layout:
    """Where the agent's own words are, and where sentences start and end."""

    text: str
    low: str | None  # text.lower() when that keeps every offset, else None
    agent: tuple[tuple[int, int], ...]  # spans not quoted from the customer
    sent_starts: tuple[int, ...]
    sent_ends: tuple[int, ...]
    friendly: tuple[tuple[int, int], ...]

    def in_agent(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.agent, (start, len(self.text) + 1)) - 1
        return i >= 0 and self.agent[i][0] <= start and end <= self.agent[i][1]

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def is_friendly(self, start: int, end: int) -> bool:
        # friendly spans never overlap each other, so the last one starting before `end`
        # is the only one that can reach back over `start`
        i = bisect.bisect_right(self.friendly, (end, end))
        return i > 0 and self.friendly[i - 1][0] < end and start < self.friendly[i - 1][1]


def _quoted_spans(text: str, pack: RulePack) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    block_at = len(text)
    if pack.quote_block is not None:
        m = pack.quote_block.search(text)
        if m is not None:
            block_at = m.start()
            spans.append((block_at, len(text)))
    if pack.quote_line is not None:
        for m in pack.quote_line.finditer(text, 0, block_at):
            line_end = text.find("\n", m.start())
            spans.append((m.start(), len(text) if line_end < 0 else line_end))
    spans.sort()
    return spans


def _layout(text: str, pack: RulePack) -> _Layout:
    quoted = _quoted_spans(text, pack)
    agent: list[tuple[int, int]] = []
    pos = 0
    for a, b in quoted:
        if a > pos:
            agent.append((pos, a))
        pos = max(pos, b)
    if pos < len(text):
        agent.append((pos, len(text)))
    ends = re.escape(pack.sentence_end)
    sentence = re.compile(rf"[^\n{ends}]*(?:[{ends}]+|\n|$)")
    starts: list[int] = []
    stops: list[int] = []
    for m in sentence.finditer(text):
        if m.end() == m.start():
            continue
        s = m.start()
        while s < m.end() and text[s] in " \t\r\"'“‘(*-•":
            s += 1
        starts.append(s)
        stops.append(m.end())
    lowered = text.lower()
    low = lowered if len(lowered) == len(text) else None
    friendly: list[tuple[int, int]] = []
    if pack.friendly is not None:
        for a, b in pack.friendly.spans(text, low):  # sorted; merge overlaps
            if friendly and a < friendly[-1][1]:
                friendly[-1] = (friendly[-1][0], max(b, friendly[-1][1]))
            else:
                friendly.append((a, b))
    return _Layout(text, low, tuple(agent), tuple(starts), tuple(stops), tuple(friendly))


# --------------------------------------------------------------------------- readability

_VOWEL_GROUPS = re.compile(r"[aeiouyäöüéèêáàíóúæøå]+")
_SILENT_E = re.compile(r"[b-df-hj-km-np-tv-xz]e(?![^\W\d_])")
_SENTENCE_END = re.compile(r"[.!?…]+(?=\s|$)|\n[ \t]*\n")


def reading_ease(text: str) -> tuple[int, int, float | None]:
    """Flesch reading ease of English-like text: (words, sentences, ease or None if too short).

    Syllables are counted as vowel groups minus a silent final e, at least one per word: the
    usual approximation, done in a few whole-text regex passes so it stays linear and fast.
    """
    words = len(text.split())
    if words < 30:
        return words, 0, None
    low = text.lower()
    sentences = max(1, len(_SENTENCE_END.findall(text)))
    syllables = len(_VOWEL_GROUPS.findall(low)) - len(_SILENT_E.findall(low))
    syllables = max(syllables, words)
    ease = 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)
    return words, sentences, round(ease, 1)


# --------------------------------------------------------------------------- checking


def _casefit(replacement: str, original: str) -> str:
    """Start the replacement with a capital if the replaced words did."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _finding(rule: Rule, start: int, end: int, insert_at: int | None = None) -> Finding:
    return Finding(
        rule=rule.id,
        category=rule.category,
        practice=rule.practice,
        start=start,
        end=end,
        message=rule.message,
        suggestions=rule.suggestions,
        why=rule.why,
        phrase_category=rule.phrase_category,
        severity=rule.severity,
        insert_at=insert_at,
    )


def _agent_text(layout: _Layout) -> str:
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
    return any(matcher.search(layout.text, layout.low, a, b) for a, b in layout.agent)


def _unless_hit(rule: Rule, layout: _Layout, start: int, agent_text: str) -> bool:
    if rule.unless is None:
        return False
    if rule.unless_scope == "document":
        return _agent_search(rule.unless, layout)
    i = layout.sentence_of(start)
    lo = layout.sent_starts[i] if layout.sent_starts else 0
    j = i + 1 if rule.unless_scope == "next" else i
    j = min(j, len(layout.sent_ends) - 1)
    hi = layout.sent_ends[j] if layout.sent_ends else len(layout.text)
    return rule.unless.search(layout.text, layout.low, lo, hi)


def _pattern_findings(rule: Rule, layout: _Layout, agent_text: str) -> Iterable[Finding]:
    assert rule.pattern is not None
    if (
        rule.unless is not None
        and rule.unless_scope == "document"
        and _unless_hit(rule, layout, 0, agent_text)
    ):
        return
    starts = set(layout.sent_starts) if rule.at_sentence_start else None
    count = 0
    for s, e in rule.pattern.spans(layout.text, layout.low):
        if not layout.in_agent(s, e) or layout.is_friendly(s, e):
            continue
        if starts is not None and s not in starts:
            continue
        if rule.unless_scope != "document" and _unless_hit(rule, layout, s, agent_text):
            continue
        insert_at = None
        if rule.apply == "after-sentence":
            insert_at = layout.sent_ends[layout.sentence_of(s)] if layout.sent_ends else e
        yield _finding(rule, s, e, insert_at)
        count += 1
        if rule.max_per_text and count >= rule.max_per_text:
            return


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


def _caps_findings(rule: Rule, layout: _Layout) -> Iterable[Finding]:
    """Runs of words in capitals: two or more words, or one long word; acronyms are allowed."""
    text = layout.text
    run: list[tuple[int, int]] = []

    def flush() -> Iterable[Finding]:
        real = [(a, b) for a, b in run if b - a >= 2]
        if len(real) >= 2 or any(b - a >= rule.min_letters for a, b in real):
            yield _finding(rule, run[0][0], run[-1][1])

    for m in _caps_word().finditer(text):
        word = m.group()
        if m.start() > 0 and (text[m.start() - 1].isalpha()):
            continue  # capitals inside a word ("iPHONE"): not a word of its own
        shouty = word.casefold() not in rule.allow and layout.in_agent(m.start(), m.end())
        if shouty and run and text[run[-1][1] : m.start()].strip(" ,'’") == "":
            run.append(m.span())
            continue
        if run:
            yield from flush()
        run = [m.span()] if shouty else []
    if run:
        yield from flush()


def _word_count(text: str, by_space: bool) -> int:
    return len(text.split()) if by_space else len("".join(text.split()))


def _readability_findings(
    rule: Rule, layout: _Layout, agent_text: str, pack: RulePack
) -> tuple[list[Finding], int, float | None]:
    found: list[Finding] = []
    words, _, ease = reading_ease(agent_text) if pack.words_by_space else (0, 0, None)
    if not pack.words_by_space:
        words = _word_count(agent_text, False)
    if rule.max_sentence_words:
        text = layout.text
        for s, e in zip(layout.sent_starts, layout.sent_ends, strict=True):
            if e - s < rule.max_sentence_words * 3:  # cannot be that many words: skip cheaply
                continue
            sentence = text[s:e]
            if _word_count(sentence, pack.words_by_space) > rule.max_sentence_words:
                stripped = e
                while stripped > s and text[stripped - 1].isspace():
                    stripped -= 1
                if layout.in_agent(s, stripped):
                    found.append(_finding(rule, s, stripped))
    too_many = rule.max_words and words > rule.max_words
    too_hard = (
        rule.min_reading_ease is not None
        and ease is not None
        and words >= max(rule.min_words, 60)
        and ease < rule.min_reading_ease
    )
    if too_many or too_hard:
        found.append(_finding(rule, 0, 0))
    return found, words, ease


def _resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """Where two rules flag overlapping words, keep the heavier one so one phrase says one thing."""
    spans = sorted(
        (f for f in findings if f.end > f.start),
        key=lambda f: (f.start, -SEVERITY_WEIGHTS[f.severity], f.end),
    )
    kept: list[Finding] = []
    for f in spans:
        if kept and f.start < kept[-1].end:
            prev = kept[-1]
            if SEVERITY_WEIGHTS[f.severity] > SEVERITY_WEIGHTS[prev.severity]:
                kept[-1] = f
            continue
        kept.append(f)
    doc = [f for f in findings if f.end == f.start]
    return doc + kept


def _score(findings: Sequence[Finding]) -> float:
    """1 - product of (1 - weight); repeats of one rule count less each time, so length alone
    does not make a reply "hard"."""
    per_rule: dict[str, int] = {}
    keep = 1.0
    for f in findings:
        n = per_rule.get(f.rule, 0)
        per_rule[f.rule] = n + 1
        weight = SEVERITY_WEIGHTS[f.severity] * (0.5**n)
        keep *= 1.0 - weight
    return round(1.0 - keep, 3)


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
    layout = _layout(text, pack)
    agent_text = _agent_text(layout)
    findings: list[Finding] = []
    words = 0
    ease: float | None = None
    if agent_text.strip():
        words = _word_count(agent_text, pack.words_by_space)
        for rule in pack.rules:
            if rule.id in disabled_rules or rule.category in disabled_rules:
                continue
            if rule.kind == "pattern":
                findings.extend(_pattern_findings(rule, layout, agent_text))
            elif rule.kind == "caps":
                findings.extend(_caps_findings(rule, layout))
            elif rule.kind == "missing":
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
                    findings.append(_finding(rule, 0, 0, at))
            else:
                found, words, ease = _readability_findings(rule, layout, agent_text, pack)
                findings.extend(found)
    if ignored:
        skip = {(i.rule, i.start, i.end) for i in ignored}
        findings = [f for f in findings if (f.rule, f.start, f.end) not in skip]
    findings = _resolve_overlaps(findings)
    order = {c: i for i, c in enumerate(CATEGORIES)}
    findings.sort(key=lambda f: (f.end != f.start, f.start, order[f.category]))
    score = _score(findings)
    verdict: Verdict = "ok"
    if score >= pack.hard_at or any(f.severity == "hard" for f in findings):
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
