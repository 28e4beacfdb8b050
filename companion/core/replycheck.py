"""The reply checker: what may hurt a support reply, and the practice each finding comes from.

Rules are data (``resources/rules/<lang>.toml``); this module only knows a few kinds of detector
(regex patterns, shouting in capitals, a missing element, readability). ``check`` is pure: it reads
the shipped rule pack once per language and nothing else.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import logging
import re
import tomllib
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

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
    sentence: re.Pattern[str]  # one sentence, from sentence_end (see _sentence_pattern)
    # needles of each quoting pattern (see _may_match); None: always run it
    quote_line_needles: tuple[tuple[str, ...], ...] | None = None
    quote_block_needles: tuple[tuple[str, ...], ...] | None = None
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


# --------------------------------------------------------------------------- keyword prefilter
#
# Most rules find nothing in most replies, yet each regex costs a pass over the text. So each
# pattern gets, when the pack is compiled, a set of "keywords": whole words of which every match
# must contain at least one (read off the parsed regex). A reply is split into its ASCII words
# once; a pattern none of whose keywords is among them cannot match and is not run. A pattern
# with no derivable keywords (languages without spaces, punctuation rules) always runs.

try:  # the regex parser of the standard library; without it every pattern simply runs
    _sre: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - every supported Python has it
    _sre = None

_ELEMENTS_PER_PIECE = 256  # strings one piece of a pattern may stand for, at most
_ELEMENTS_PER_RUN = 4096  # strings a run of literal pieces may stand for, at most
_KEYWORD = re.compile(r"[a-z0-9_]+")
_WORD_RUN = re.compile(r"\w+")
_NOTHING = frozenset({""})  # what a zero-width piece (^, \b, a look-around) consumes


def _word_table() -> bytes:
    """bytes.translate table keeping ASCII word characters (capitals lowered), blanking the rest."""
    table = bytearray(b" " * 256)
    for ch in b"abcdefghijklmnopqrstuvwxyz0123456789_":
        table[ch] = ch
    for ch in b"ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        table[ch] = ch + 32
    return bytes(table)


_WORD_TABLE = _word_table()


def _text_words(low: str) -> frozenset[bytes]:
    """The ASCII words of lower-cased text, non-ASCII characters counting as separators.

    Every whole ASCII word of ``low`` is among them (maybe with fragments of other words), so a
    pattern whose keywords are all missing here cannot match ``low``.
    """
    return frozenset(low.encode("ascii", "replace").translate(_WORD_TABLE).split())


def _single_char_nonword(item: tuple[Any, Any]) -> bool:
    """Whether the item always consumes exactly one character that is not a word character."""
    op, av = item
    if op is _sre.LITERAL:
        return not _is_word_char(chr(av))
    if op is _sre.IN:
        for member_op, member in av:
            if member_op is _sre.LITERAL and not _is_word_char(chr(member)):
                continue
            if member_op is _sre.CATEGORY and member in (
                _sre.CATEGORY_SPACE,
                _sre.CATEGORY_NOT_WORD,
            ):
                continue
            return False
        return bool(av)
    return False


def _edge_is_nonword(items: Sequence[tuple[Any, Any]], k: int, step: int, outer: bool) -> bool:
    """Whether the text next to a run of literals (items[k] on, walking by ``step``) is surely
    not a word character; ``outer`` is what is known beyond the items."""
    while 0 <= k < len(items):
        op, av = items[k]
        if _single_char_nonword(items[k]):
            return True
        if op is _sre.AT:
            if av is _sre.AT_BOUNDARY:
                return True  # only asked when the run's own edge is a word character
            if step < 0:
                return av in (_sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING)
            return av in (_sre.AT_END, _sre.AT_END_STRING)
        if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
            low, _, sub = av
            if len(sub) != 1 or not _single_char_nonword(sub[0]):
                return False
            if low >= 1:
                return True
        elif op is _sre.ASSERT_NOT:  # (?!\w) or (?<!\w) on this side
            direction, sub = av
            if direction == step and list(sub) == [
                (_sre.IN, [(_sre.CATEGORY, _sre.CATEGORY_WORD)])
            ]:
                return True
        elif op is _sre.ASSERT:  # (?=,) on this side; other look-arounds take no room
            direction, sub = av
            if direction == step and len(sub) == 1 and _single_char_nonword(sub[0]):
                return True
        else:
            return False
        k += step
    return outer


def _exact(item: tuple[Any, Any]) -> frozenset[str] | None:
    """Every string the item can consume (a small finite set), or None."""
    op, av = item
    if op is _sre.LITERAL:
        return frozenset({chr(av)})
    if op is _sre.IN:
        if len(av) <= 8 and all(member_op is _sre.LITERAL for member_op, _ in av):
            return frozenset(chr(member) for _, member in av)
        return None
    if op is _sre.SUBPATTERN:
        _, add_flags, del_flags, sub = av
        return None if add_flags or del_flags else _exact_sequence(sub)
    if op is _sre.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            strings = _exact_sequence(alternative)
            if strings is None:
                return None
            out |= strings
        return frozenset(out) if len(out) <= _ELEMENTS_PER_PIECE else None
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, high, sub = av
        once = _exact_sequence(sub)
        if once is None or high > 3:
            return None
        out = set()
        strings = frozenset({""})
        for count in range(high + 1):
            if count >= low:
                out |= strings
            strings = frozenset(a + b for a in strings for b in once)
            if len(out) + len(strings) > _ELEMENTS_PER_PIECE:
                return None
        return frozenset(out)
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return _NOTHING  # consumes nothing
    return None


def _exact_sequence(items: Sequence[tuple[Any, Any]]) -> frozenset[str] | None:
    strings = frozenset({""})
    for item in items:
        piece = _exact(item)
        if piece is None:
            return None
        strings = frozenset(a + b for a in strings for b in piece)
        if len(strings) > _ELEMENTS_PER_PIECE:
            return None
    return strings


def _whole_words(element: str, left: bool, right: bool) -> set[str]:
    """The ASCII words that are surely whole words of the text wherever ``element`` matches."""
    out: set[str] = set()
    for m in _WORD_RUN.finditer(element):  # \w is exactly _is_word_char
        start, end = m.span()
        if (start > 0 or left) and (end < len(element) or right) and _KEYWORD.fullmatch(m[0]):
            out.add(m[0])
    return out


def _rarity_cost(words: Iterable[str]) -> float:
    """How often the words are expected in a reply: a longer word is rarer."""
    return sum(4.0 ** -len(w) for w in words)


def _cover(elements: Collection[str], left: bool, right: bool) -> frozenset[str] | None:
    """A few rare words such that each element contains one as a whole word, or None."""
    holders: dict[str, set[int]] = {}
    for i, element in enumerate(elements):
        words = _whole_words(element, left, right)
        if not words:
            return None
        for word in words:
            holders.setdefault(word, set()).add(i)
    uncovered = set(range(len(elements)))
    chosen: set[str] = set()
    while uncovered:  # greedy weighted set cover: cheapest word per element it adds
        word = min(
            (w for w in holders if holders[w] & uncovered),
            key=lambda w: (_rarity_cost([w]) / len(holders[w] & uncovered), w),
        )
        chosen.add(word)
        uncovered -= holders[word]
    for word in sorted(chosen, key=lambda w: (len(w), w)):  # drop words the others cover
        others = set().union(*(holders[w] for w in chosen if w != word))
        if holders[word] <= others:
            chosen.discard(word)
    return frozenset(chosen)


def _required_words(
    items: Sequence[tuple[Any, Any]], left: bool, right: bool
) -> frozenset[str] | None:
    """Words of which every match of the parsed sequence contains one as a whole word; ``left``
    and ``right`` say whether the text just outside the sequence is surely not a word character."""
    candidates: list[frozenset[str]] = []
    pieces = [_exact(item) for item in items]
    i = 0
    while i < len(items):
        piece = pieces[i]
        if piece is None:
            op, av = items[i]
            inner_left = _edge_is_nonword(items, i - 1, -1, left)
            inner_right = _edge_is_nonword(items, i + 1, 1, right)
            found: frozenset[str] | None = None
            if op is _sre.SUBPATTERN and not av[1] and not av[2]:
                found = _required_words(av[3], inner_left, inner_right)
            elif op is _sre.BRANCH:
                union: set[str] = set()
                for alternative in av[1]:
                    words = _required_words(alternative, inner_left, inner_right)
                    if words is None:
                        union.clear()
                        break
                    union |= words
                found = frozenset(union) or None
            elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
                found = _required_words(av[2], False, False)
            if found:
                candidates.append(found)
            i += 1
            continue
        elements = piece
        j = i + 1
        while j < len(items):
            nxt = pieces[j]
            if nxt is None or len(elements) * len(nxt) > _ELEMENTS_PER_RUN:
                break
            elements = frozenset(a + b for a in elements for b in nxt)
            j += 1
        # zero-width items at the run's ends (^, \b, look-arounds) say what lies beyond it
        first, last = i, j
        while first < last and pieces[first] == _NOTHING:
            first += 1
        while last > first and pieces[last - 1] == _NOTHING:
            last -= 1
        run_left = _edge_is_nonword(items, first - 1, -1, left)
        run_right = _edge_is_nonword(items, last, 1, right)
        covered = _cover(elements, run_left, run_right)
        if covered:
            candidates.append(covered)
        i = j
    return min(candidates, key=lambda c: (_rarity_cost(c), sorted(c))) if candidates else None


def _common_substring(strings: Collection[str]) -> str:
    """The longest string found in every one of ``strings`` (a few short strings)."""
    shortest = min(strings, key=len)
    for size in range(len(shortest), 0, -1):
        for start in range(len(shortest) - size + 1):
            part = shortest[start : start + size]
            if all(part in s for s in strings):
                return part
    return ""


def _distinctness(needle: str) -> float:
    """How rarely a needle is expected in a reply: letters count 1, spaces little, any other
    character (punctuation such as "?") much."""
    return sum(1.0 if ch.isalnum() else 0.3 if ch.isspace() else 4.0 for ch in needle)


def _fewer(strings: Collection[str]) -> tuple[str, ...]:
    """Fewer strings such that each of ``strings`` contains one of them: strings that share a
    beginning of four or more characters give way to it ("polic" for "policy", "policies"), and
    a string that contains another is dropped."""
    merged: list[str] = []
    for s in sorted(strings):
        if merged:
            shared = 0
            while shared < min(len(s), len(merged[-1])) and s[shared] == merged[-1][shared]:
                shared += 1
            if shared >= 4:
                merged[-1] = s[:shared]
                continue
        merged.append(s)
    return tuple(s for s in dict.fromkeys(merged) if not any(o != s and o in s for o in merged))


def _needles(
    items: Sequence[tuple[Any, Any]], state: Any
) -> tuple[tuple[str, ...], int | None] | None:
    """Strings of which every match needs one in the text, and how far after the match's start
    it can begin at most (None: no bound); or None.

    Candidates come from a run of literals or one piece of it, a repeated piece or what a
    look-ahead requires: each lies at or after the start of the match.
    """
    pieces = [_exact(item) for item in items]
    found: list[tuple[int, frozenset[str]]] = []  # (index of the first item, strings)
    i = 0
    while i < len(items):
        op, av = items[i]
        piece = pieces[i]
        if piece is None or piece == _NOTHING:
            if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
                found.append((i, _exact_sequence(av[2]) or frozenset()))
            elif op is _sre.ASSERT and av[0] == 1:  # a look-ahead's text is in the text
                found.append((i, _exact_sequence(av[1]) or frozenset()))
            i += 1
            continue
        start, strings = i, piece
        found.append((i, piece))
        i += 1
        while i < len(items) and (nxt := pieces[i]) is not None and nxt != _NOTHING:
            found.append((i, nxt))
            if len(strings) * len(nxt) > 64:
                break
            strings = frozenset(a + b for a in strings for b in nxt)
            i += 1
        found.append((start, strings))
    best: tuple[float, tuple[str, ...], int | None] | None = None
    for index, strings in found:
        if not strings or "" in strings or len(strings) > 64:
            continue
        for needles in {(_common_substring(strings),), _fewer(strings)}:
            if len(needles) > 4 or not all(needles):
                continue
            # the weakest needle decides; each extra one costs a search of the text
            score = min(map(_distinctness, needles)) - 0.5 * (len(needles) - 1)
            if score < 3 or (best is not None and score <= best[0]):
                continue
            before = _sre.SubPattern(state, list(items[:index])).getwidth()[1]
            reach = before + max(min(s.find(n) for n in needles if n in s) for s in strings)
            best = (score, needles, reach if reach < 100_000 else None)
    return None if best is None else (best[1], best[2])


@dataclass(frozen=True, slots=True)
class _Prefilter:
    """What one lower-cased pattern needs in a text before it is worth running.

    ``keywords``: words of which every match contains one as a whole word (checked against the
    text's set of words, at no cost). ``needles``: strings of which every match needs one in
    the text, at most ``reach`` characters after the match's start; the search starts near the
    first of them (used when the pattern does not start with a literal, whose scan is fast
    anyway). None or () means no such condition is known.
    """

    keywords: frozenset[bytes] | None = None
    needles: tuple[str, ...] = ()
    reach: int | None = None


def _prefilter(lowered: str, bounded: bool) -> _Prefilter:
    """The prefilter of a lower-cased pattern (``bounded``: its match starts and ends at word
    edges, as Matcher.spans and the compiled tail ensure)."""
    if _sre is None:
        return _Prefilter()
    try:
        parsed = _sre.parse(lowered, re.MULTILINE)
        if parsed.state.flags & re.IGNORECASE:
            return _Prefilter()
        items = list(parsed)
        words = _required_words(items, bounded, bounded)
        literal_led = bool(items) and items[0][0] is _sre.LITERAL
        needles = None if literal_led else _needles(items, parsed.state)
    except Exception:  # an unforeseen pattern or parser change only costs speed
        log.debug("no prefilter for %r", lowered, exc_info=True)
        return _Prefilter()
    return _Prefilter(
        keywords=frozenset(w.encode("ascii") for w in words) if words else None,
        needles=() if needles is None else needles[0],
        reach=None if needles is None else needles[1],
    )


def _alternative_needles(patterns: Sequence[str]) -> tuple[tuple[str, ...], ...] | None:
    """The needles of each of the patterns (lower-cased), or None if one of them has none."""
    out: list[tuple[str, ...]] = []
    for pattern in patterns:
        try:
            parsed = _sre.parse(_lower_pattern(pattern), re.MULTILINE)
            found = _needles(list(parsed), parsed.state)
        except Exception:  # as in _prefilter
            return None
        if found is None:
            return None
        out.append(found[0])
    return tuple(out) if out else None


def _may_match(alternatives: tuple[tuple[str, ...], ...] | None, text: str, low: str) -> bool:
    """Whether a case-insensitive pattern may match ``text``: False only if, for each of its
    alternatives, no needle is in the text. A needle of ASCII letters is looked for in ``low``
    (text.lower()) only when the text is ASCII: elsewhere case-insensitive matching knows more
    letter pairs than lower() ("ſ" matches "s")."""
    if alternatives is None:
        return True
    ascii_text = text.isascii()
    for needles in alternatives:
        for needle in needles:
            caseless = needle.isascii() and not any(ch.isalpha() for ch in needle)
            if caseless:
                if needle in text:
                    return True
            elif not ascii_text or needle in low:
                return True
    return False


@dataclass(frozen=True, slots=True)
class Matcher:
    """The patterns of one rule, compiled for speed.

    Each pattern is its own expression: Python's engine finds a literal-led pattern with a fast
    scan, while one big alternation is tried at every position. Case-insensitive patterns are
    matched against the lower-cased text (same length in practice); when lower-casing would
    change the length (rare letters such as "İ"), the IGNORECASE copies run on the original.
    ``prefilters`` (one per lower-cased pattern) let a pattern that cannot match a text be
    skipped; ``by_keyword`` and ``unkeyed`` index them by keyword.
    """

    lowered: tuple[re.Pattern[str], ...]
    #: the IGNORECASE copies' sources, compiled on first use (few texts need them)
    folded_sources: tuple[tuple[str, int], ...]
    bounded: bool
    case_sensitive: bool = False
    prefilters: tuple[_Prefilter, ...] = ()
    by_keyword: Mapping[bytes, tuple[int, ...]] = field(default_factory=dict, compare=False)
    keyset: frozenset[bytes] = frozenset()
    unkeyed: tuple[int, ...] = ()
    #: (lower-cased pattern, needles, reach), ready for the search loops
    runs: tuple[tuple[re.Pattern[str], tuple[str, ...], int | None], ...] = ()

    @property
    def folded(self) -> tuple[re.Pattern[str], ...]:
        return tuple(_compiled(source, flags) for source, flags in self.folded_sources)

    def _pick(
        self, text: str, low: str | None, words: frozenset[bytes] | None, hi: int
    ) -> tuple[str, Sequence[tuple[re.Pattern[str], tuple[str, ...], int | None]]]:
        """The subject to match and the patterns worth running on it up to ``hi``, each with its
        needles and reach (``words``: the words of ``low``, or None to run every pattern)."""
        if low is None or self.case_sensitive:
            return text, [(p, (), None) for p in self.folded]
        if words is None or not self.prefilters:
            return low, [(p, (), None) for p in self.lowered]
        if 0 < hi < len(low) and _is_word_char(low[hi - 1]):
            # the search ends inside a word, whose start may pass there for a whole word
            return low, [(p, needles, reach) for p, needles, reach in self.runs]
        candidates = set(self.unkeyed)
        for word in self.keyset & words:
            candidates.update(self.by_keyword[word])
        return low, [self.runs[i] for i in sorted(candidates)]

    def _matches(
        self,
        subject: str,
        pattern: re.Pattern[str],
        needles: tuple[str, ...],
        reach: int | None,
        lo: int,
        hi: int,
    ) -> Iterator[tuple[int, int]]:
        """The pattern's matches in subject[lo:hi], left to right, each starting where the last
        ended; empty matches and (if bounded) matches starting inside a word are passed over."""
        nexts = [-2] * len(needles)  # where each needle is next found (-2: not looked yet)
        pos = lo
        while True:
            if needles:  # no match starts before (first needle's place - reach)
                for i, place in enumerate(nexts):
                    if place == -2 or -1 < place < pos:  # each needle's search moves on only
                        nexts[i] = subject.find(needles[i], pos, hi)
                at = min((n for n in nexts if n >= 0), default=-1)
                if at < 0:
                    return
                if reach is not None and at - reach > pos:
                    pos = at - reach
            m = pattern.search(subject, pos, hi)
            if m is None:
                return
            s, e = m.span()
            if e == s or (
                self.bounded
                and s > 0
                and _is_word_char(subject[s])
                and _is_word_char(subject[s - 1])
            ):
                pos = s + 1
                continue
            yield s, e
            pos = e

    def spans(
        self,
        text: str,
        low: str | None,
        lo: int = 0,
        hi: int | None = None,
        words: frozenset[bytes] | None = None,
    ) -> list[tuple[int, int]]:
        """All (start, end) matches in text[lo:hi], sorted; a word-bounded match must start at
        a word edge (checked here, so the pattern keeps its fast literal scan). ``words`` is
        ``_text_words(low)`` when known: patterns that cannot match are then skipped."""
        hi = len(text) if hi is None else hi
        subject, runs = self._pick(text, low, words, hi)
        found: list[tuple[int, int]] = []
        for pattern, needles, reach in runs:
            found.extend(self._matches(subject, pattern, needles, reach, lo, hi))
        found.sort()
        return found

    def search(
        self,
        text: str,
        low: str | None,
        lo: int = 0,
        hi: int | None = None,
        words: frozenset[bytes] | None = None,
    ) -> bool:
        """Whether spans() would find anything (stops at the first match)."""
        hi = len(text) if hi is None else hi
        subject, runs = self._pick(text, low, words, hi)
        for pattern, needles, reach in runs:
            for _ in self._matches(subject, pattern, needles, reach, lo, hi):
                return True
        return False


@functools.cache
def _compiled(source: str, flags: int) -> re.Pattern[str]:
    """A pattern compiled once per process (re's own cache is smaller than a rule pack)."""
    return re.compile(source, flags)


def _compile(
    patterns: Sequence[str], word_bounded: bool, case_sensitive: bool, where: str
) -> Matcher:
    # Not \b: the start edge is checked in Matcher.spans and the end edge by the lookarounds
    # below, which mean the same in every script. Languages written without spaces (ko, ja)
    # switch edges off with word_boundaries = false. An edge that is punctuation ("?", "100%")
    # needs no word boundary, hence the alternatives.
    tail = r"(?:(?!\w)|(?<!\w))" if word_bounded else ""
    lowered: list[re.Pattern[str]] = []
    folded: list[tuple[str, int]] = []
    prefilters: list[_Prefilter] = []
    for p in patterns:
        try:
            if case_sensitive:
                compiled = re.compile(f"(?:{p}){tail}", re.MULTILINE)
                lowered.append(compiled)
                folded.append((compiled.pattern, compiled.flags))
            else:
                lowered.append(re.compile(f"(?:{_lower_pattern(p)}){tail}", re.MULTILINE))
                # Same syntax as the lower-cased copy just compiled, so no error can wait here.
                folded.append((f"(?:{p}){tail}", re.MULTILINE | re.IGNORECASE))
                prefilters.append(_prefilter(_lower_pattern(p), word_bounded))
        except re.error as exc:
            raise RulePackError(f"{where}: bad pattern {p!r}: {exc}") from exc
    by_keyword: dict[bytes, list[int]] = {}
    for i, prefilter in enumerate(prefilters):
        for word in prefilter.keywords or ():
            by_keyword.setdefault(word, []).append(i)
    return Matcher(
        lowered=tuple(lowered),
        folded_sources=tuple(folded),
        bounded=word_bounded,
        case_sensitive=case_sensitive,
        prefilters=tuple(prefilters),
        by_keyword={word: tuple(indices) for word, indices in by_keyword.items()},
        keyset=frozenset(by_keyword),
        unkeyed=tuple(i for i, f in enumerate(prefilters) if f.keywords is None),
        runs=tuple((p, f.needles, f.reach) for p, f in zip(lowered, prefilters, strict=True))
        if prefilters
        else (),
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
        sentence=_sentence_pattern(sentence_end),
        quote_line_needles=_alternative_needles(_strings(quoting, "line", source)),
        quote_block_needles=_alternative_needles(_strings(quoting, "block", source)),
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

#: Characters skipped at the start of a sentence (a finding starts at the first word).
_SENTENCE_LEAD = " \t\r\"'“‘(*-•"


def _sentence_pattern(sentence_end: str) -> re.Pattern[str]:
    """One sentence: its lead, its words, then its end marks, a newline or the end of the text.

    Group 1 is the lead. It can be matched inside the pattern only when no lead character ends a
    sentence; otherwise the group stays empty and the lead is skipped by hand.
    """
    ends = re.escape(sentence_end)
    lead = re.escape(_SENTENCE_LEAD)
    if set(_SENTENCE_LEAD) & set(sentence_end):
        return re.compile(rf"()[^\n{ends}]*(?:[{ends}]+|\n|$)")
    return re.compile(rf"([{lead}]*)[^\n{ends}]*(?:[{ends}]+|\n|$)")


class _Layout:
    """Where the agent's own words are, and where sentences start and end.

    Sentences and kind words are found on first use: most replies need neither.
    """

    __slots__ = ("_friendly", "_pack", "_sentences", "agent", "low", "text", "tokens")

    def __init__(self, text: str, pack: RulePack) -> None:
        self.text = text
        self._pack = pack
        lowered = text.lower()
        #: text.lower() when that keeps every offset, else None
        self.low: str | None = lowered if len(lowered) == len(text) else None
        #: the words of ``low`` for the keyword prefilter (None: run every pattern)
        self.tokens: frozenset[bytes] | None = None if self.low is None else _text_words(lowered)
        #: spans not quoted from the customer
        self.agent: tuple[tuple[int, int], ...] = _agent_spans(text, lowered, pack)
        self._sentences: tuple[tuple[int, ...], tuple[int, ...]] | None = None
        self._friendly: tuple[tuple[int, int], ...] | None = None

    @property
    def sent_starts(self) -> tuple[int, ...]:
        return self._sentence_bounds()[0]

    @property
    def sent_ends(self) -> tuple[int, ...]:
        return self._sentence_bounds()[1]

    def _sentence_bounds(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        if self._sentences is None:
            text = self.text
            matches = [m for m in self._pack.sentence.finditer(text) if m.end() > m.start()]
            starts = [m.end(1) for m in matches]
            if not self._pack.sentence.pattern.startswith("(["):  # lead skipped by hand
                for i, m in enumerate(matches):
                    while starts[i] < m.end() and text[starts[i]] in _SENTENCE_LEAD:
                        starts[i] += 1
            self._sentences = (tuple(starts), tuple(m.end() for m in matches))
        return self._sentences

    def in_agent(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self.agent, (start, len(self.text) + 1)) - 1
        return i >= 0 and self.agent[i][0] <= start and end <= self.agent[i][1]

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.sent_starts, pos) - 1)

    def is_friendly(self, start: int, end: int) -> bool:
        if self._friendly is None:
            self._friendly = _friendly_spans(self, self._pack.friendly)
        friendly = self._friendly
        # friendly spans never overlap each other, so the last one starting before `end`
        # is the only one that can reach back over `start`
        i = bisect.bisect_right(friendly, (end, end))
        return i > 0 and friendly[i - 1][0] < end and start < friendly[i - 1][1]


def _friendly_spans(layout: _Layout, friendly: Matcher | None) -> tuple[tuple[int, int], ...]:
    merged: list[tuple[int, int]] = []
    if friendly is not None:
        for a, b in friendly.spans(layout.text, layout.low, words=layout.tokens):  # sorted
            if merged and a < merged[-1][1]:
                merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
            else:
                merged.append((a, b))
    return tuple(merged)


def _quoted_spans(text: str, low: str, pack: RulePack) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    block_at = len(text)
    if pack.quote_block is not None and _may_match(pack.quote_block_needles, text, low):
        m = pack.quote_block.search(text)
        if m is not None:
            block_at = m.start()
            spans.append((block_at, len(text)))
    if pack.quote_line is not None and _may_match(pack.quote_line_needles, text, low):
        for m in pack.quote_line.finditer(text, 0, block_at):
            line_end = text.find("\n", m.start())
            spans.append((m.start(), len(text) if line_end < 0 else line_end))
    spans.sort()
    return spans


def _agent_spans(text: str, low: str, pack: RulePack) -> tuple[tuple[int, int], ...]:
    agent: list[tuple[int, int]] = []
    pos = 0
    for a, b in _quoted_spans(text, low, pack):
        if a > pos:
            agent.append((pos, a))
        pos = max(pos, b)
    if pos < len(text):
        agent.append((pos, len(text)))
    return tuple(agent)


def _layout(text: str, pack: RulePack) -> _Layout:
    return _Layout(text, pack)


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
    for char, stand_in in _ASCII_STAND_INS:
        if char in text:
            text = text.replace(char, stand_in)
    blank_lines = len(_BLANK_LINE.findall(text))
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
    return any(
        matcher.search(layout.text, layout.low, a, b, layout.tokens) for a, b in layout.agent
    )


def _unless_hit(rule: Rule, layout: _Layout, start: int) -> bool:
    if rule.unless is None:
        return False
    if rule.unless_scope == "document":
        return _agent_search(rule.unless, layout)
    i = layout.sentence_of(start)
    lo = layout.sent_starts[i] if layout.sent_starts else 0
    j = i + 1 if rule.unless_scope == "next" else i
    j = min(j, len(layout.sent_ends) - 1)
    hi = layout.sent_ends[j] if layout.sent_ends else len(layout.text)
    return rule.unless.search(layout.text, layout.low, lo, hi, layout.tokens)


def _pattern_findings(rule: Rule, layout: _Layout) -> list[Finding]:
    assert rule.pattern is not None
    spans = rule.pattern.spans(layout.text, layout.low, words=layout.tokens)
    if not spans or (
        rule.unless is not None and rule.unless_scope == "document" and _unless_hit(rule, layout, 0)
    ):
        return []
    found: list[Finding] = []
    starts = set(layout.sent_starts) if rule.at_sentence_start else None
    for s, e in spans:
        if not layout.in_agent(s, e) or layout.is_friendly(s, e):
            continue
        if starts is not None and s not in starts:
            continue
        if rule.unless_scope != "document" and _unless_hit(rule, layout, s):
            continue
        insert_at = None
        if rule.apply == "after-sentence":
            insert_at = layout.sent_ends[layout.sentence_of(s)] if layout.sent_ends else e
        found.append(_finding(rule, s, e, insert_at))
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


def _caps_findings(rule: Rule, layout: _Layout) -> Iterable[Finding]:
    """Runs of words in capitals: two or more words, or one long word; acronyms are allowed."""
    text = layout.text
    if text.isascii() and b"UU" not in text.encode("ascii").translate(_CAPITALS_TABLE):
        return  # no two capitals in a row, so no word in capitals
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
    rule: Rule, layout: _Layout, agent_text: str, words: int, pack: RulePack
) -> tuple[list[Finding], float | None]:
    """``words`` is the agent text's word count (as _word_count gives it)."""
    found: list[Finding] = []
    ease: float | None = None
    if pack.words_by_space and words >= 30:  # as reading_ease(agent_text)
        ease = _ease(words, *_counts(agent_text))
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
    return found, ease


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
                findings.extend(_pattern_findings(rule, layout))
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
                found, ease = _readability_findings(rule, layout, agent_text, words, pack)
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
