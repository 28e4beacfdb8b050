"""The matching engine: a rule's patterns, compiled once, run on a text.

Each pattern is its own Python expression, which decides every match exactly. Which of them are
worth running on a text is told by the pack's PatternSet, one RE2 pass for all of them (see
patternset.py): in most replies most rules find nothing and cost nothing.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from companion.core.checker.patternset import Encoded, PatternSet, check_lookbehinds, parse
from companion.core.language import fold_accents


class BadPattern(ValueError):
    """A pattern Python's ``re`` cannot compile; the message names it and says why."""

    def __init__(self, pattern: str, error: re.error) -> None:
        super().__init__(f"bad pattern {pattern!r}: {error}")


def lower_pattern(pattern: str, fold: bool = False) -> str:
    """Lower-case a regex's literals but not its escapes (\\W must stay \\W); with ``fold``,
    take their accents off too (see fold_accents)."""
    out: list[str] = []
    escaped = False
    for ch in pattern:
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
    lowered = "".join(out)
    return fold_accents(lowered) if fold else lowered


@functools.cache
def compiled(source: str, flags: int) -> re.Pattern[str]:
    """A pattern compiled once per process (re's own cache is smaller than a rule pack)."""
    return re.compile(source, flags)


def may_match(ids: tuple[int | None, ...], hits: frozenset[int] | None, text: str) -> bool:
    """Whether a case-insensitive pattern given by the set numbers of its lower-cased
    alternatives may match ``text``. The set saw ``text.lower()``; that stands for
    case-insensitive matching only in ASCII text ("ſ" matches "s")."""
    if hits is None or not text.isascii() or None in ids:
        return True
    return not hits.isdisjoint(ids)


#: A line at least this long that runs on into a line starting in lower case was wrapped by
#: the mail program, not ended by the writer (see unwrapped).
_WRAP_WIDTH = 40


def unwrapped(text: str, lowered: str) -> str:
    """``lowered`` with each line break that only wraps a sentence ("that's not our\\nproblem")
    made a space, so a phrase reads the same whichever column the writer's mail program
    wrapped it at. A break wraps when its line is long, ends in a letter, a digit or a comma,
    and the next line starts in lower case; a short line ("Hi Sam") or one that ends a
    sentence is a line of its own. Offsets do not move: one character stands for one."""
    at = lowered.find("\n")
    if at < 0:
        return lowered
    breaks: list[int] = []
    line_start = 0
    while at >= 0:
        end = at - 1 if at and text[at - 1] == "\r" else at
        last = text[end - 1] if end > line_start else ""
        if (
            end - line_start >= _WRAP_WIDTH
            and (last.isalnum() or last == ",")
            and at + 1 < len(text)
            and text[at + 1].islower()
        ):
            breaks.extend(range(end, at + 1))
        line_start = at + 1
        at = lowered.find("\n", line_start)
    if not breaks:
        return lowered
    chars = list(lowered)
    for i in breaks:
        chars[i] = " "
    return "".join(chars)


class Subject:
    """A text as the engine matches it: its lower-cased copy, that copy as RE2 reads it, and
    which of a pattern set's patterns may match it.

    With no pattern set (or text RE2 cannot read) ``hits`` is None and every pattern runs as
    Python's own search.
    """

    __slots__ = ("encoded", "hits", "low", "text")

    def __init__(self, text: str, pattern_set: PatternSet | None, fold: bool = False) -> None:
        self.text = text
        # some keyboards type the modifier letter apostrophe (U+02BC) for ’: read it as one
        lowered = text.lower().replace("\u02bc", "’")
        if fold:
            lowered = fold_accents(lowered)
        #: text.lower() when that keeps every offset, else None; a sentence wrapped by a
        #: mail program is read as one line (see unwrapped)
        self.low: str | None = unwrapped(text, lowered) if len(lowered) == len(text) else None
        #: ``low`` as RE2 reads it (None: not valid Unicode, or lower-casing moved offsets)
        self.encoded: Encoded | None = None
        if self.low is not None and pattern_set is not None:
            with contextlib.suppress(UnicodeEncodeError):  # a lone surrogate
                self.encoded = Encoded(self.low)
        #: the set's patterns that may match ``low`` (None: run every pattern)
        self.hits: frozenset[int] | None = None
        if self.encoded is not None and pattern_set is not None:
            self.hits = pattern_set.hits(self.encoded)


def _inside_word(subject: str, s: int) -> bool:
    """Whether subject[s] continues a word begun before it (s > 0)."""
    ch, before = subject[s], subject[s - 1]
    return (ch.isalnum() or ch == "_") and (before.isalnum() or before == "_")


class LazyPattern:
    """A compiled pattern made on first use, with ``search``, ``match`` and ``pattern`` as a
    re.Pattern has them. Once compiled, ``search`` and ``match`` are the compiled pattern's
    own methods, so the search loops pay nothing more. Two threads may compile it at once;
    both get an equal pattern."""

    __slots__ = ("_compiled", "flags", "match", "pattern", "search")

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        self.search: Callable[..., re.Match[str] | None] = self._search_first
        self.match: Callable[..., re.Match[str] | None] = self._match_first

    def compiled(self) -> re.Pattern[str]:
        found = self._compiled
        if found is None:
            found = re.compile(self.pattern, self.flags)
            self.search, self.match = found.search, found.match
            self._compiled = found
        return found

    def _search_first(self, *args: Any) -> re.Match[str] | None:
        return self.compiled().search(*args)

    def _match_first(self, *args: Any) -> re.Match[str] | None:
        return self.compiled().match(*args)


@dataclass(frozen=True, slots=True)
class Matcher:
    """The patterns of one rule, compiled for speed.

    Case-insensitive patterns are matched against the lower-cased text (same length in
    practice); when lower-casing would change the length (rare letters such as "İ"), the
    IGNORECASE copies run on the original. ``ids`` are the lower-cased patterns' numbers in the
    pack's PatternSet (None: not in it, so always run): a text's ``hits`` say which may match at
    all. Python finds a pattern that starts with a literal with a fast scan; any other is tried
    at every position, so an RE2 ``locator`` (see PatternSet.add) finds where it may start and
    Python only confirms.
    """

    lowered: tuple[re.Pattern[str] | LazyPattern, ...]
    #: the IGNORECASE copies' sources, compiled on first use (few texts need them)
    folded_sources: tuple[tuple[str, int], ...]
    bounded: bool
    case_sensitive: bool = False
    ids: tuple[int | None, ...] = ()
    #: the numbers in ``ids``, and whether a pattern always runs
    idset: frozenset[int] = frozenset()
    always: bool = True
    #: (lower-cased pattern, its set number, its RE2 locator or None) for the search loops
    runs: tuple[tuple[re.Pattern[str] | LazyPattern, int | None, Any], ...] = ()
    unanchored: Any = None
    #: the patterns were written for an accent-folded text (see Subject's ``fold``)
    fold: bool = False

    @property
    def folded(self) -> tuple[re.Pattern[str], ...]:
        return tuple(compiled(source, flags) for source, flags in self.folded_sources)

    def may_match(self, hits: frozenset[int] | None) -> bool:
        """False when none of the patterns can match the text the set saw."""
        return hits is None or self.always or not self.idset.isdisjoint(hits)

    def spans(self, subject: Subject, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
        """All (start, end) matches in the subject's text[lo:hi], sorted; a word-bounded match
        must start at a word edge (checked here, so the pattern keeps its fast literal scan)."""
        found = self._find(subject, lo, len(subject.text) if hi is None else hi, False)
        found.sort()
        return found

    def search(self, subject: Subject, lo: int = 0, hi: int | None = None) -> bool:
        """Whether spans() would find anything (stops at the first match)."""
        return bool(self._find(subject, lo, len(subject.text) if hi is None else hi, True))

    def first(self, subject: Subject, lo: int = 0, hi: int | None = None) -> tuple[int, int] | None:
        """One match in text[lo:hi] (of the first pattern that has one), or None."""
        found = self._find(subject, lo, len(subject.text) if hi is None else hi, True)
        return found[0] if found else None

    def _find(self, subject: Subject, lo: int, hi: int, first: bool) -> list[tuple[int, int]]:
        """The matches in text[lo:hi] of each pattern worth running, pattern by pattern (or
        just one match when ``first``): left to right, each starting where the pattern's last
        ended; empty matches and (if bounded) matches starting inside a word are passed over.

        One plain loop per pattern, no generators: this runs for every match of every rule.
        """
        found: list[tuple[int, int]] = []
        bounded = self.bounded
        if subject.low is None or self.case_sensitive:
            text = subject.text
            runs: Iterable[tuple[re.Pattern[str] | LazyPattern, int | None, Any]] = (
                (pattern, None, None) for pattern in self.folded
            )
            hits = encoded = None
        else:
            text = subject.low
            runs = self.runs
            hits = subject.hits
            encoded = subject.encoded
        for pattern, number, locator in runs:
            if hits is not None and number is not None and number not in hits:
                continue
            pos = lo
            if locator is None or encoded is None:
                search = pattern.search
                while (m := search(text, pos, hi)) is not None:
                    s, e = m.span()
                    if e > s and not (bounded and s and _inside_word(text, s)):
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
                m = match(text, s, hi)
                e = s if m is None else m.end()
                if e > s and not (bounded and s and _inside_word(text, s)):
                    found.append((s, e))
                    if first:
                        return found
                    pos = e
                else:
                    pos = s + 1
        return found


def _lowered(pattern: str, fold: bool, pattern_set: PatternSet | None) -> str:
    """lower_pattern, by way of the pattern set's kept translations when there is one."""
    if pattern_set is None:
        return lower_pattern(pattern, fold)
    kept = pattern_set.translations.lowered
    key = f"{int(fold)}:{pattern}"
    lowered = kept.get(key)
    if lowered is None:
        lowered = kept[key] = lower_pattern(pattern, fold)
        pattern_set.translations.added += 1
    return lowered


def compile_patterns(
    patterns: Sequence[str],
    word_bounded: bool,
    case_sensitive: bool,
    pattern_set: PatternSet | None = None,
    *,
    fold: bool = False,
) -> Matcher:
    """One rule's patterns as a Matcher, each lower-cased one added to ``pattern_set`` (when
    given) with an RE2 locator. Raises BadPattern for a pattern Python cannot compile."""
    # Not \b: the start edge is checked in Matcher.spans and the end edge by the lookarounds
    # below, which mean the same in every script. Languages written without spaces (ko, ja)
    # switch edges off with word_boundaries = false. An edge that is punctuation ("?", "100%")
    # needs no word boundary, hence the alternatives.
    tail = r"(?:(?!\w)|(?<!\w))" if word_bounded else ""
    lowered: list[re.Pattern[str] | LazyPattern] = []
    folded: list[tuple[str, int]] = []
    ids: list[int | None] = []
    locators: list[Any] = []
    pattern: re.Pattern[str] | LazyPattern
    for p in patterns:
        try:
            if case_sensitive:
                pattern = re.compile(f"(?:{p}){tail}", re.MULTILINE)
                lowered.append(pattern)
                folded.append((pattern.pattern, pattern.flags))
                ids.append(None)  # the set sees lower-cased text
                locators.append(None)
            else:
                source = f"(?:{_lowered(p, fold, pattern_set)}){tail}"
                number, locator, parsed, known = None, None, None, None
                if pattern_set is not None:
                    # a pattern many rules share ("{agent-acts}" alone in their unless lists)
                    # is parsed, translated and added once
                    known = pattern_set.known(source, re.MULTILINE)
                    if known is not None:
                        number, locator = known  # checked when it was first added
                    else:
                        # a translation kept from an earlier run of the same pack and code
                        # needs no parse: the pattern was checked in that run
                        if not pattern_set.translated(source, re.MULTILINE, True):
                            parsed = parse(source, re.MULTILINE)
                        number, locator = pattern_set.add(
                            source, re.MULTILINE, locate=True, parsed=parsed
                        )
                        pattern_set.remember(source, re.MULTILINE, (number, locator))
                if number is not None:
                    # run only on texts the set says it may match: compiled on first use, as
                    # a pack holds hundreds of them and a text wakes a few (checked now; the
                    # tail's look-behind is of fixed width, so only the rule's own are walked)
                    if "(?<" in p and parsed is not None:
                        check_lookbehinds(parsed)
                    pattern = LazyPattern(source, re.MULTILINE)
                else:
                    pattern = re.compile(source, re.MULTILINE)
                lowered.append(pattern)
                # Same syntax as the lower-cased copy checked above, so no error can wait here.
                folded.append((f"(?:{p}){tail}", re.MULTILINE | re.IGNORECASE))
                ids.append(number)
                locators.append(locator)
        except re.error as exc:
            raise BadPattern(p, exc) from exc
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
        fold=fold,
    )
