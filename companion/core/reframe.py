"""Marks permanent, pervasive and personal wording in a thought and suggests reframes (P1.5).

The words live in ``resources/reframe/<lang>.toml`` (read by :mod:`companion.core.reframe_words`;
format documented at the top of en.toml), so a new language needs no code. Context matters as much
as the words: a negated cue ("not always", in Korean a negation after it) is not marked, quoted
text is someone else's words, healthy wording ("everyone makes mistakes", "it feels like that
right now") keeps a cue unmarked, and a cue about someone else ("every time the courier is late")
is marked but explained as an outside cause.

Each suggested rewrite handles every marked phrase of the sentence it comes from: a clause with
this dimension's words is rewritten with all its marked words replaced; a clause holding only
other dimensions' words is left out (their own suggestions rewrite them). The rewrite is read
again before it is offered, and anything still marked in it is left out too. The rewriting
lives in :mod:`companion.core.reframe_rewrite`.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from companion.core.errors import InputTooLarge
from companion.core.language import detect_language, fold_accents, language_code
from companion.core.particles import fit_particles
from companion.core.plain_text import Plain, plain
from companion.core.reframe_rewrite import WORD as _WORD
from companion.core.reframe_rewrite import Rewriter as _Rewriter
from companion.core.reframe_words import (
    Cue,
    Dimension,
    Scope,
    Subject,
    Support,
    WordListError,
    WordLists,
    available_languages,
    load_word_lists,
    loaded_languages,
    parse_word_lists,
)

__all__ = [
    "MAX_THOUGHT_CHARS",
    "Detection",
    "Dimension",
    "Marking",
    "Support",
    "WordListError",
    "WordLists",
    "available_languages",
    "detect",
    "empty_detection",
    "is_ready_for",
    "language_of",
    "load_word_lists",
    "parse_word_lists",
]

MAX_THOUGHT_CHARS = 20_000
"""Longer than any thought typed by hand; a limit keeps live marking fast."""
#: How far either side of a cue its clause and sentence are read: a clause longer than this is
#: pasted text, not a thought, and reading all of it for each cue cost time by the square of
#: its length.
REACH = 300

_SENTENCE_END = ".!?\n"
_SENTENCE_ENDS = re.compile("[.!?。！？\n]")
_ORDER = {dimension: index for index, dimension in enumerate(Dimension)}
_GROUP_REFERENCE = re.compile(r"\\g<(\w+)>|\\(\d+)")


@dataclass(frozen=True, slots=True)
class Marking:
    """Words in the thought that make it permanent, pervasive or personal.

    ``start``/``end`` are character offsets into the thought (``thought[start:end] == text``).
    ``about_self`` is False when the words describe someone or something else; the explanation
    then says so instead of asking the agent to reframe it.
    """

    start: int
    end: int
    text: str
    dimension: Dimension
    cue: str
    explanation: str
    about_self: bool
    replacement: str = field(repr=False, compare=False)
    #: the end of the replacement that frames the clause before it ("…かもしれないと不安になって
    #: いる"): said once for clauses in a row that end in the same frame
    frame: str = field(default="", repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Detection:
    """Everything found in one thought, plus a suggested rewrite per dimension (or None)."""

    thought: str
    markings: tuple[Marking, ...]
    suggestions: Mapping[Dimension, str | None]
    #: the language the thought was read in
    language: str = "en"
    #: False when there are no word lists for that language: nothing was looked for, so an
    #: empty detection says nothing about the thought
    read: bool = True
    #: where to find someone to talk to now, when the thought speaks of ending one's life or
    #: of self-harm (shown before any marking; None otherwise)
    support: Support | None = None

    def of(self, dimension: Dimension) -> tuple[Marking, ...]:
        return tuple(m for m in self.markings if m.dimension is dimension)

    @property
    def is_empty(self) -> bool:
        return not self.markings

    def as_json(self) -> dict[str, Any]:
        """The ``companion reframe detect --json`` contract, exactly."""
        result: dict[str, Any] = {
            dim.value: [{"start": m.start, "end": m.end, "text": m.text} for m in self.of(dim)]
            for dim in Dimension
        }
        result["suggestions"] = {dim.value: self.suggestions.get(dim) for dim in Dimension}
        result["lang"] = self.language
        if not self.read:
            result["read"] = False
        if self.support is not None:
            result["support"] = {
                "heading": self.support.heading,
                "message": self.support.message,
            }
        return result


def detect(thought: str, language: str | None = None, words: WordLists | None = None) -> Detection:
    """Mark the thought's permanent, pervasive and personal wording and suggest rewrites, in
    ``language`` (None: the language the thought is written in). A thought in a language
    without word lists comes back unread (``read`` False), never as a clean thought."""
    if len(thought) > MAX_THOUGHT_CHARS:
        raise InputTooLarge(
            f"A thought is limited to {MAX_THOUGHT_CHARS:,} characters; this one has "
            f"{len(thought):,}."
        )
    if words is not None:
        lists = words
    else:
        code = language_of(thought, language)
        if code not in available_languages():
            return Detection(thought, (), {}, code, read=False)
        lists = load_word_lists(code)
    # read as its reader sees it (no zero-width spaces inside words; see plain_text), marked on
    # the user's own characters; a suggestion is a new sentence, written from what was read
    seen = plain(thought, lists.language)
    reader = _Reader(thought if seen is None else seen.text, lists)
    markings = reader.markings()
    rewriter = _Rewriter(reader, markings)
    if seen is not None:
        markings = [_placed_in(seen, thought, m) for m in markings]
    return Detection(
        thought, tuple(markings), _Suggestions(rewriter), lists.language, support=reader.support()
    )


def _placed_in(seen: Plain, thought: str, marking: Marking) -> Marking:
    start, end = seen.span(marking.start, marking.end)
    return dataclasses.replace(marking, start=start, end=end, text=thought[start:end])


def language_of(thought: str, language: str | None = None) -> str:
    """The language detect reads ``thought`` in: ``language``, else the one it is written in
    (mostly: a thought in English that quotes a sentence in Arabic is read in English)."""
    if language is not None:
        return language_code(language)
    return detect_language(thought, known=available_languages())


def is_ready_for(thought: str, language: str | None = None) -> bool:
    """Whether detect answers at once: the word lists it needs are compiled already, or there
    are none for the thought's language. A screen that reads as the user types loads them on
    another thread first (see load_word_lists)."""
    code = language_of(thought, language)
    return code in loaded_languages() or code not in available_languages()


def empty_detection(language: str = "en") -> Detection:
    """What detect says of an empty thought, without loading any word list."""
    return Detection("", (), dict.fromkeys(Dimension), language)


class _Suggestions(Mapping[Dimension, "str | None"]):
    """Each dimension's suggestion, written when first asked for: marking as the agent types
    needs none of them."""

    def __init__(self, rewriter: _Rewriter) -> None:
        self._rewriter: _Rewriter | None = rewriter
        self._done: dict[Dimension, str | None] = {}

    def __getitem__(self, key: Dimension | str) -> str | None:
        try:
            dimension = Dimension(key)
        except ValueError:
            raise KeyError(key) from None
        if dimension not in self._done:
            if self._rewriter is None:  # pragma: no cover - all are done by then
                raise KeyError(key)
            self._done[dimension] = self._rewriter.suggestion(dimension)
            if len(self._done) == len(Dimension):
                self._rewriter = None  # every one written: the thought's reading can go
        return self._done[dimension]

    def __iter__(self) -> Iterator[Dimension]:
        return iter(Dimension)

    def __len__(self) -> int:
        return len(Dimension)

    def __repr__(self) -> str:
        return repr(dict(self))


class _Reader:
    """One pass over one thought: tokens, clauses, sentences and quoted spans computed once."""

    def __init__(self, thought: str, lists: WordLists) -> None:
        self.thought = thought
        self.lists = lists
        self.context = lists.context
        # Same length as the thought, so offsets carry over; patterns are lower-case.
        # (U+02BC, the modifier letter apostrophe, is what some keyboards type for ’)
        self.text = _lower(thought.replace("’", "'").replace("‘", "'").replace("ʼ", "'"))
        if lists.fold:
            self.text = fold_accents(self.text)
        self.tokens = [
            (m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(self.text)
        ]
        self.token_starts = [t[0] for t in self.tokens]
        self._clause_cuts()
        self.quoted = self._quoted_spans()
        self.sentence_ends = [m.start() for m in _SENTENCE_ENDS.finditer(self.text)]
        self.present = lists.literals_in(self.text)
        self._softened: dict[int, list[tuple[int, int]]] = {}
        self._registers: dict[int, str | None] = {}

    # -- context ----------------------------------------------------------------------------

    def _quoted_spans(self) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        ctx = self.context
        if ctx.quote_line_prefixes:
            offset = 0
            for line in self.thought.splitlines(keepends=True):
                if line.lstrip().startswith(ctx.quote_line_prefixes):
                    spans.append((offset, offset + len(line)))
                offset += len(line)
        if ctx.quote_pairs:
            closes = dict(ctx.quote_pairs)
            opener = _openers(ctx.quote_pairs)
            position = 0
            while True:
                found = opener.search(self.thought, position)
                if found is None:
                    break
                close_at = self.thought.find(closes[found.group()], found.end())
                if close_at < 0:
                    position = found.end()  # an unclosed mark quotes nothing
                    continue
                span = (found.start(), close_at + 1)
                if not self._is_scare_quote(*span):
                    spans.append(span)
                position = close_at + 1
        return spans

    def _is_scare_quote(self, start: int, end: int) -> bool:
        """True for a word or two in quotation marks inside one's own sentence ('I "always"
        bail on …'): right after a first-person word and followed by more of the clause, they
        are emphasis in the agent's own thought, not someone else's words."""
        most = self.context.scare_quote_words
        inside = self.tokens_between(start, end)
        if not most or not inside or len(inside) > most:
            return False
        clause_start, clause_end = self.clause(start, end)
        before = self.tokens_between(clause_start, start)
        return (
            bool(before)
            and before[-1][2] in self.context.self_words
            and bool(self.tokens_between(end, clause_end))
        )

    def _clause_cuts(self) -> None:
        ends: list[int] = []  # a clause may end here
        starts: list[int] = []  # the next clause starts here
        for found in _breaks(self.context.clause_breaks).finditer(self.text):
            ends.append(found.start())
            starts.append(found.start() + 1)
        for start, _end, word in self.tokens:
            if word in self.context.clause_words:
                ends.append(start)
                starts.append(start)
        self.clause_ends = sorted(ends)
        self.clause_starts = sorted(starts)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the clause around ``text[start:end]``, read at most ``REACH`` characters
        either side."""
        i = bisect.bisect_right(self.clause_starts, start)
        clause_start = self.clause_starts[i - 1] if i else 0
        j = bisect.bisect_left(self.clause_ends, end)
        clause_end = self.clause_ends[j] if j < len(self.clause_ends) else len(self.text)
        return max(clause_start, start - REACH), min(clause_end, end + REACH)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the sentence around ``text[start:end]``, its final mark included, read
        at most ``REACH`` characters either side."""
        i = bisect.bisect_left(self.sentence_ends, start)
        begin = self.sentence_ends[i - 1] + 1 if i else 0
        j = bisect.bisect_left(self.sentence_ends, end)
        finish = self.sentence_ends[j] + 1 if j < len(self.sentence_ends) else len(self.text)
        return max(begin, start - REACH), min(finish, end + REACH)

    def register(self, begin: int, finish: int) -> str | None:
        """The register of the sentence ``thought[begin:finish]`` (see Context.registers)."""
        if begin not in self._registers:
            self._registers[begin] = self.context.register_of(self.thought[begin:finish])
        return self._registers[begin]

    def again(self, text: str) -> list[Marking]:
        """What the same word lists mark in another text (a rewrite read again)."""
        return _Reader(text, self.lists).markings()

    def tokens_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        first = bisect.bisect_left(self.token_starts, start)
        last = bisect.bisect_left(self.token_starts, end)
        return [t for t in self.tokens[first:last] if t[1] <= end]

    def is_quoted(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.quoted)

    def is_negated(self, clause: tuple[int, int], start: int, end: int) -> bool:
        ctx = self.context
        if ctx.negation_window:
            before = self.tokens_between(clause[0], start)[-ctx.negation_window :]
            stops = [i for i, (_s, _e, word) in enumerate(before) if word in ctx.negation_stops]
            if stops:
                before = before[stops[-1] + 1 :]
            if any(
                word in ctx.negations or word.endswith(ctx.negation_suffixes)
                for _s, _e, word in before
            ):
                return True
        if ctx.clause_negations:
            before_cue = self.text[clause[0] : start]
            if any(p.search(before_cue) for p in ctx.clause_negations):
                return True
        if ctx.negation_after and ctx.negation_after_chars:
            after = self.text[end : min(clause[1], end + ctx.negation_after_chars)]
            return any(p.search(after) for p in ctx.negation_after)
        return False

    def has_self_word(self, start: int, end: int) -> bool:
        words = self.context.self_words
        return any(word in words for _s, _e, word in self.tokens_between(start, end))

    def is_softened(self, cue: Cue, clause: tuple[int, int], start: int) -> bool:
        """True when healthy wording around the cue keeps it from being marked."""
        for index, softener in self.lists.softeners_by_cue[cue.id]:
            spans = self._softened.get(index)
            if spans is None:
                if softener.needs is not None and softener.needs.isdisjoint(self.present):
                    spans = []
                else:
                    present = self.present
                    spans = [
                        m.span()
                        for p, needs in zip(softener.patterns, softener.pattern_needs, strict=True)
                        if needs is None or not needs.isdisjoint(present)
                        for m in p.finditer(self.text)
                    ]
                self._softened[index] = spans
            if not spans:
                continue
            if softener.scope is Scope.SENTENCE:
                low, high = self.sentence(start, start)
            elif softener.scope is Scope.THOUGHT:
                low, high = 0, len(self.text)
            else:
                low, high = clause
            if any(low <= s and e <= high for s, e in spans) and not (
                softener.only_without_self and self.has_self_word(*clause)
            ):
                return True
        return False

    def subject(self, cue: Cue, start: int, end: int, clause: tuple[int, int]) -> str | None:
        """None when the words are about the agent, else a phrase naming the other party."""
        if cue.subject is Subject.SELF:
            return None
        ctx = self.context
        if cue.subject is Subject.BEFORE:
            # the words up to the cue, the one it is attached to included ("he's")
            first = bisect.bisect_left(self.token_starts, clause[0])
            last = bisect.bisect_left(self.token_starts, start)
            before = self.tokens[first:last]
            if not before or any(
                word in ctx.self_words and word not in ctx.self_owner_words
                for _s, _e, word in before
            ):
                return None
            return self.text_of(before[0], before[-1])
        if cue.subject is Subject.AFTER:
            after = self.tokens_between(end, clause[1])
            for index, (_s, _e, word) in enumerate(after):
                if word in ctx.self_words:
                    return None
                if word in ctx.other_pronouns:
                    return ctx.someone_else
                if word in ctx.other_determiners and index + 1 < len(after):
                    return self.text_of(after[index], after[index + 1])
            return None
        words = self.tokens_between(*clause)
        if any(word in ctx.self_words for _s, _e, word in words):
            return None
        for index, (s, _e, word) in enumerate(words):
            if word in ctx.other_pronouns:
                return ctx.someone_else
            nxt = words[index + 1] if index + 1 < len(words) else None
            if word in ctx.other_determiners and nxt is not None and not start <= nxt[0] < end:
                return self.text_of(words[index], nxt) if s < start else None
        return None

    def text_of(self, first: tuple[int, int, str], last: tuple[int, int, str]) -> str:
        return self.thought[first[0] : last[1]]

    # -- marking ----------------------------------------------------------------------------

    def support(self) -> Support | None:
        """The word lists' pointer to help when the thought, in its own words (not in quoted
        ones), speaks of ending one's life or of harming oneself; else None. Negation does not
        cancel it: "I don't want to be alive" is such a thought."""
        support = self.lists.support
        if support is None:
            return None
        if support.needs is not None and support.needs.isdisjoint(self.present):
            return None
        for pattern in support.patterns:
            for match in self.matches(pattern):
                if not self.is_quoted(*match.span()):
                    return support
        return None

    def markings(self) -> list[Marking]:
        found: list[Marking] = []
        for cue, pattern in self.lists.searches_for(self.present):
            for match in self.matches(pattern):
                marking = self.marking(cue, match)
                if marking is not None:
                    found.append(marking)
        return _without_overlaps(found)

    def matches(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """The pattern's matches, each starting where a word does (or at an apostrophe, as in
        "it's") when the language separates words; the search goes on after a refused one."""
        text = self.text
        position = 0
        whole_words = self.lists.word_boundaries
        while position <= len(text):
            match = pattern.search(text, position)
            if match is None:
                return
            start, end = match.span()
            if (
                whole_words
                and start > 0
                and text[start] != "'"
                and (text[start - 1].isalnum() or text[start - 1] == "_")
            ):
                position = start + 1
                continue
            yield match
            position = end if end > start else start + 1

    def marking(self, cue: Cue, match: re.Match[str]) -> Marking | None:
        start, end = match.span()
        if self.is_quoted(start, end):
            return None
        clause = self.clause(start, end)
        if self.is_negated(clause, start, end):
            return None
        after = self.text[end : clause[1]]
        if any(p.search(after) for p in cue.not_followed_by):
            return None
        before = self.text[clause[0] : start]
        if any(p.search(before) for p in cue.not_preceded_by):
            return None
        if cue.only_after:
            sentence_before = self.text[self.sentence(start, start)[0] : start]
            if not any(p.search(sentence_before) for p in cue.only_after):
                return None
        if self.lists.softeners and self.is_softened(cue, clause, start):
            return None
        text = self.thought[start:end]
        other = self.subject(cue, start, end, clause)
        lines = self.lists.dimensions[cue.dimension]
        if other is None:
            explanation = (cue.explanation or lines.explanation).format(text=text, subject="")
        else:
            template = cue.external_explanation or lines.external
            explanation = template.format(text=text, subject=other)
        if self.lists.language == "ko":
            explanation = fit_particles(explanation)
        replacement = cue.replacement
        if cue.replacements:
            replacement = cue.replacement_in(self.register(*self.sentence(start, end)))
        replacement = _match_case(text, self.expand(match, replacement))
        if self.lists.language == "ko":
            # a particle written both ways after a group ("\g<what>은/는") takes the one the
            # word from the thought takes
            replacement = fit_particles(replacement)
        return Marking(
            start=start,
            end=end,
            text=text,
            dimension=cue.dimension,
            cue=cue.id,
            explanation=explanation,
            about_self=other is None,
            replacement=replacement,
            frame=next((f for f in cue.frames if replacement.endswith(f)), ""),
        )

    def expand(self, match: re.Match[str], template: str) -> str:
        """The replacement with its group references filled from the thought as written."""

        def group(reference: re.Match[str]) -> str:
            key = reference.group(1) or reference.group(2)
            a, b = match.span(int(key) if key.isdigit() else key)
            words = self.thought[a:b] if a >= 0 else ""
            if a == match.start() and reference.start() > 0 and words[1:2].islower():
                words = words[:1].lower() + words[1:]  # "Callers are …" → "some callers are …"
            return words

        return _GROUP_REFERENCE.sub(group, template)


@functools.cache
def _openers(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(o) for o, _c in pairs))


@functools.cache
def _breaks(characters: frozenset[str]) -> re.Pattern[str]:
    return re.compile("[" + "".join(re.escape(c) for c in sorted(characters)) + "]")


def _lower(text: str) -> str:
    """Lower-case, keeping every character at its offset (a character whose lower case is
    longer, such as "İ", stays as it is)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def _match_case(original: str, replacement: str) -> str:
    """A capital for the replacement where the words it replaces began a sentence ("Everyone"
    → "This customer"); not for "I", whose capital says nothing of where it stands ("…, I
    won't cope" → "…, this is hard"), nor for words in capitals ("NEVER" → "rarely")."""
    if original[:1].isupper() and original[1:2].islower() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement


def _without_overlaps(found: list[Marking]) -> list[Marking]:
    """Within a dimension keep the leftmost, longest words; dimensions may overlap each other."""
    kept: list[Marking] = []
    for dimension in Dimension:
        last_end = -1
        ordered = sorted(
            (m for m in found if m.dimension is dimension), key=lambda m: (m.start, m.start - m.end)
        )
        for marking in ordered:
            if marking.start >= last_end:
                kept.append(marking)
                last_end = marking.end
    kept.sort(key=lambda m: (m.start, m.end, _ORDER[m.dimension]))
    return kept
