"""Marks permanent, pervasive and personal wording in a thought and suggests reframes (P1.5).

The words live in ``resources/reframe/<lang>.toml`` (format documented at the top of en.toml), so
a new language needs no code. Context matters as much as the words: a negated cue ("not always")
is not marked, quoted text is someone else's words, and a cue about someone else ("every time the
courier is late") is marked but explained as an outside cause.
"""

from __future__ import annotations

import bisect
import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from companion.core import resources
from companion.core.errors import CompanionError, InputTooLarge

MAX_THOUGHT_CHARS = 20_000
"""Longer than any thought typed by hand; a limit keeps live marking fast."""

_MACRO = re.compile(r"\{([a-z_]+)\}")
_WORD = re.compile(r"\w+(?:'\w+)*")
_SENTENCE_END = ".!?\n"


class Dimension(StrEnum):
    PERMANENT = "permanent"
    PERVASIVE = "pervasive"
    PERSONAL = "personal"


class Subject(StrEnum):
    SELF = "self"
    CLAUSE = "clause"
    AFTER = "after"


class WordListError(CompanionError):
    """A shipped reframe word list is malformed (a packaging bug, reported with the file name)."""


@dataclass(frozen=True, slots=True)
class Cue:
    """One kind of wording, e.g. "always", with how to read and rewrite it."""

    id: str
    dimension: Dimension
    patterns: tuple[re.Pattern[str], ...]
    replacement: str
    subject: Subject
    not_followed_by: tuple[re.Pattern[str], ...] = ()
    not_preceded_by: tuple[re.Pattern[str], ...] = ()
    explanation: str | None = None


@dataclass(frozen=True, slots=True)
class DimensionText:
    explanation: str
    external: str
    suggestion: str


@dataclass(frozen=True, slots=True)
class Context:
    quote_pairs: tuple[tuple[str, str], ...]
    quote_line_prefixes: tuple[str, ...]
    clause_breaks: frozenset[str]
    clause_words: frozenset[str]
    negations: frozenset[str]
    negation_suffixes: tuple[str, ...]
    negation_window: int
    self_words: frozenset[str]
    other_determiners: frozenset[str]
    other_pronouns: frozenset[str]
    someone_else: str


@dataclass(frozen=True, slots=True)
class WordLists:
    """A validated, compiled word-list file for one language."""

    language: str
    word_boundaries: bool
    context: Context
    dimensions: Mapping[Dimension, DimensionText]
    cues: tuple[Cue, ...]


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


@dataclass(frozen=True, slots=True)
class Detection:
    """Everything found in one thought, plus a suggested rewrite per dimension (or None)."""

    thought: str
    markings: tuple[Marking, ...]
    suggestions: Mapping[Dimension, str | None]

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
        return result


# ---- loading -------------------------------------------------------------------------------


def available_languages() -> list[str]:
    """Languages with a shipped word list, e.g. ``["en"]``."""
    folder = resources.resource("reframe")
    return sorted(p.stem for p in folder.glob("*.toml"))


@functools.cache
def load_word_lists(language: str = "en") -> WordLists:
    """Read, validate and compile one language's word list (once per process)."""
    path = resources.resource("reframe", f"{language}.toml")
    if not path.is_file():
        raise WordListError(f"No reframe word list for language {language!r}.")
    return parse_word_lists(path.read_text(encoding="utf-8"), path)


def parse_word_lists(text: str, source: Path | str = "<text>") -> WordLists:
    """Validate a word-list file's text; every problem names the file and the entry."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise WordListError(f"{source}: not valid TOML: {error}") from error
    return _Parser(data, str(source)).word_lists()


class _Parser:
    def __init__(self, data: dict[str, Any], source: str) -> None:
        self.data = data
        self.source = source

    def fail(self, where: str, problem: str) -> WordListError:
        return WordListError(f"{self.source}: {where}: {problem}")

    def table(self, data: Mapping[str, Any], key: str, where: str) -> dict[str, Any]:
        value = data.get(key)
        if not isinstance(value, dict):
            raise self.fail(where, f"missing table [{key}]")
        return value

    def string(self, data: Mapping[str, Any], key: str, where: str) -> str:
        value = data.get(key)
        if not isinstance(value, str) or not value:
            raise self.fail(where, f"{key!r} must be a non-empty string")
        return value

    def strings(self, data: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.fail(where, f"{key!r} must be a list of non-empty strings")
        return tuple(value)

    def word_lists(self) -> WordLists:
        meta = self.table(self.data, "meta", "[meta]")
        language = self.string(meta, "language", "[meta]")
        boundaries = meta.get("word_boundaries")
        if not isinstance(boundaries, bool):
            raise self.fail("[meta]", "'word_boundaries' must be true or false")
        stem = Path(self.source).stem
        if self.source.endswith(".toml") and stem != language:
            raise self.fail("[meta]", f"language {language!r} does not match file name {stem!r}")
        macros = self.table(self.data, "macros", "[macros]") if "macros" in self.data else {}
        for name, value in macros.items():
            if not isinstance(value, str) or not _MACRO.fullmatch("{" + name + "}"):
                raise self.fail("[macros]", f"{name!r} must be a lower-case name = regex string")
        context = self.context(self.table(self.data, "context", "[context]"))
        dimensions = self.dimensions(self.table(self.data, "dimensions", "[dimensions]"))
        cues_data = self.data.get("cues")
        if not isinstance(cues_data, list) or not cues_data:
            raise self.fail("[[cues]]", "at least one cue is needed")
        cues = tuple(self.cue(c, i, macros, boundaries) for i, c in enumerate(cues_data))
        ids = [c.id for c in cues]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise self.fail("[[cues]]", f"duplicate ids {duplicates}")
        return WordLists(language, boundaries, context, dimensions, cues)

    def context(self, data: Mapping[str, Any]) -> Context:
        where = "[context]"
        pairs = data.get("quote_pairs", [])
        if not isinstance(pairs, list) or not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(s, str) and s for s in p)
            for p in pairs
        ):
            raise self.fail(where, "'quote_pairs' must be a list of [open, close] strings")
        window = data.get("negation_window")
        if not isinstance(window, int) or isinstance(window, bool) or not 0 <= window <= 10:
            raise self.fail(where, "'negation_window' must be a whole number 0–10")
        breaks = data.get("clause_breaks")
        if not isinstance(breaks, str) or not breaks:
            raise self.fail(where, "'clause_breaks' must be a non-empty string of characters")

        def words(key: str) -> frozenset[str]:
            return frozenset(w.casefold() for w in self.strings(data, key, where))

        return Context(
            quote_pairs=tuple((p[0], p[1]) for p in pairs),
            quote_line_prefixes=self.strings(data, "quote_line_prefixes", where),
            clause_breaks=frozenset(breaks),
            clause_words=words("clause_words"),
            negations=words("negations"),
            negation_suffixes=tuple(
                s.casefold() for s in self.strings(data, "negation_suffixes", where)
            ),
            negation_window=window,
            self_words=words("self_words"),
            other_determiners=words("other_determiners"),
            other_pronouns=words("other_pronouns"),
            someone_else=self.string(data, "someone_else", where),
        )

    def dimensions(self, data: Mapping[str, Any]) -> dict[Dimension, DimensionText]:
        result: dict[Dimension, DimensionText] = {}
        for dimension in Dimension:
            where = f"[dimensions.{dimension.value}]"
            table = self.table(data, dimension.value, where)
            text = DimensionText(
                explanation=self.template(table, "explanation", where, text="x", subject="y"),
                external=self.template(table, "external", where, text="x", subject="y"),
                suggestion=self.template(table, "suggestion", where, rewritten="x", end="."),
            )
            result[dimension] = text
        return result

    def template(self, data: Mapping[str, Any], key: str, where: str, **fields: str) -> str:
        value = self.string(data, key, where)
        try:
            value.format(**fields)
        except (KeyError, IndexError, ValueError) as error:
            raise self.fail(where, f"{key!r} may only use {sorted(fields)}: {error}") from error
        return value

    def cue(self, data: Any, index: int, macros: Mapping[str, str], boundaries: bool) -> Cue:
        where = f"cue #{index + 1}"
        if not isinstance(data, dict):
            raise self.fail(where, "must be a table")
        cue_id = self.string(data, "id", where)
        where = f"cue {cue_id!r}"
        try:
            dimension = Dimension(self.string(data, "dimension", where))
            subject = Subject(data.get("subject", "clause"))
        except ValueError as error:
            raise self.fail(where, str(error)) from error
        sources = self.strings(data, "patterns", where)
        if not sources:
            raise self.fail(where, "'patterns' is empty")
        patterns = tuple(self.compile(s, macros, where, boundaries) for s in sources)
        replacement = self.string(data, "replacement", where)
        for pattern in patterns:
            try:
                _check_replacement(pattern, replacement)
            except IndexError as error:
                raise self.fail(where, f"replacement {replacement!r}: {error}") from error
        explanation = data.get("explanation")
        if explanation is not None:
            explanation = self.template(data, "explanation", where, text="x", subject="y")
        return Cue(
            id=cue_id,
            dimension=dimension,
            patterns=patterns,
            replacement=replacement,
            subject=subject,
            not_followed_by=tuple(
                self.compile(s, macros, where, False)
                for s in self.strings(data, "not_followed_by", where)
            ),
            not_preceded_by=tuple(
                self.compile(s, macros, where, False)
                for s in self.strings(data, "not_preceded_by", where)
            ),
            explanation=explanation,
        )

    def compile(
        self, source: str, macros: Mapping[str, str], where: str, boundaries: bool
    ) -> re.Pattern[str]:
        def expand(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in macros:
                raise self.fail(where, f"unknown macro {{{name}}} in {source!r}")
            return macros[name]

        expanded = _MACRO.sub(expand, source)
        if boundaries:
            expanded = rf"(?<!\w)(?:{expanded})(?!\w)"
        try:
            pattern = re.compile(expanded, re.IGNORECASE)
        except re.error as error:
            raise self.fail(where, f"bad pattern {source!r}: {error}") from error
        if pattern.match(""):
            raise self.fail(where, f"pattern {source!r} matches empty text")
        return pattern


def _check_replacement(pattern: re.Pattern[str], replacement: str) -> None:
    """Raise if the replacement names a group the pattern lacks."""
    for number in re.findall(r"\\(\d+)", replacement):
        if int(number) > pattern.groups:
            raise IndexError(f"no group {number}")
    for name in re.findall(r"\\g<(\w+)>", replacement):
        if not name.isdigit() and name not in pattern.groupindex:
            raise IndexError(f"no group {name!r}")
        if name.isdigit() and int(name) > pattern.groups:
            raise IndexError(f"no group {name}")


# ---- detection -----------------------------------------------------------------------------


def detect(thought: str, language: str = "en", words: WordLists | None = None) -> Detection:
    """Mark the thought's permanent, pervasive and personal wording and suggest rewrites."""
    if len(thought) > MAX_THOUGHT_CHARS:
        raise InputTooLarge(
            f"A thought is limited to {MAX_THOUGHT_CHARS:,} characters; this one has "
            f"{len(thought):,}."
        )
    lists = words if words is not None else load_word_lists(language)
    return _Reader(thought, lists).detection()


class _Reader:
    """One pass over one thought: tokens, clauses and quoted spans computed once."""

    def __init__(self, thought: str, lists: WordLists) -> None:
        self.thought = thought
        self.lists = lists
        self.context = lists.context
        # Same length as the thought, so offsets carry over.
        self.text = thought.replace("’", "'").replace("‘", "'")
        self.tokens = [
            (m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(self.text)
        ]
        self.token_starts = [t[0] for t in self.tokens]
        self.quoted = self._quoted_spans()
        self._clause_cuts()

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
            opener = re.compile("|".join(re.escape(o) for o in closes))
            position = 0
            while True:
                found = opener.search(self.thought, position)
                if found is None:
                    break
                close_at = self.thought.find(closes[found.group()], found.end())
                if close_at < 0:
                    position = found.end()  # an unclosed mark quotes nothing
                    continue
                spans.append((found.start(), close_at + 1))
                position = close_at + 1
        return spans

    def _clause_cuts(self) -> None:
        ends: list[int] = []  # a clause may end here
        starts: list[int] = []  # the next clause starts here
        for index, char in enumerate(self.text):
            if char in self.context.clause_breaks:
                ends.append(index)
                starts.append(index + 1)
        for start, _end, word in self.tokens:
            if word in self.context.clause_words:
                ends.append(start)
                starts.append(start)
        self.clause_ends = sorted(ends)
        self.clause_starts = sorted(starts)

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the clause around ``text[start:end]``."""
        i = bisect.bisect_right(self.clause_starts, start)
        clause_start = self.clause_starts[i - 1] if i else 0
        j = bisect.bisect_left(self.clause_ends, end)
        clause_end = self.clause_ends[j] if j < len(self.clause_ends) else len(self.text)
        return clause_start, clause_end

    def tokens_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        first = bisect.bisect_left(self.token_starts, start)
        last = bisect.bisect_left(self.token_starts, end)
        return [t for t in self.tokens[first:last] if t[1] <= end]

    def is_quoted(self, start: int, end: int) -> bool:
        return any(s < end and start < e for s, e in self.quoted)

    def is_negated(self, clause_start: int, start: int) -> bool:
        ctx = self.context
        before = self.tokens_between(clause_start, start)[-ctx.negation_window :]
        if not ctx.negation_window:
            return False
        return any(
            word in ctx.negations or word.endswith(ctx.negation_suffixes) for _s, _e, word in before
        )

    def subject(self, cue: Cue, start: int, end: int, clause: tuple[int, int]) -> str | None:
        """None when the words are about the agent, else a phrase naming the other party."""
        if cue.subject is Subject.SELF:
            return None
        ctx = self.context
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

    def detection(self) -> Detection:
        found: list[Marking] = []
        for cue in self.lists.cues:
            for pattern in cue.patterns:
                for match in pattern.finditer(self.text):
                    marking = self.marking(cue, match)
                    if marking is not None:
                        found.append(marking)
        markings = _without_overlaps(found)
        suggestions = {dim: self.suggestion(dim, markings) for dim in Dimension}
        return Detection(self.thought, tuple(markings), suggestions)

    def marking(self, cue: Cue, match: re.Match[str]) -> Marking | None:
        start, end = match.span()
        if self.is_quoted(start, end):
            return None
        clause = self.clause(start, end)
        if self.is_negated(clause[0], start):
            return None
        after = self.text[end : clause[1]]
        if any(p.search(after) for p in cue.not_followed_by):
            return None
        before = self.text[clause[0] : start]
        if any(p.search(before) for p in cue.not_preceded_by):
            return None
        text = self.thought[start:end]
        other = self.subject(cue, start, end, clause)
        lines = self.lists.dimensions[cue.dimension]
        if other is None:
            explanation = (cue.explanation or lines.explanation).format(text=text, subject="")
        else:
            explanation = lines.external.format(text=text, subject=other)
        return Marking(
            start=start,
            end=end,
            text=text,
            dimension=cue.dimension,
            cue=cue.id,
            explanation=explanation,
            about_self=other is None,
            replacement=_match_case(text, match.expand(cue.replacement)),
        )

    def suggestion(self, dimension: Dimension, markings: Sequence[Marking]) -> str | None:
        """The agent's own clause with this dimension's words replaced, or None."""
        own = [m for m in markings if m.dimension is dimension and m.about_self]
        if not own:
            return None
        first = own[0]
        begin = max(self.thought.rfind(c, 0, first.start) for c in _SENTENCE_END) + 1
        stops = [i for c in _SENTENCE_END if (i := self.thought.find(c, first.end)) >= 0]
        finish = min(stops) + 1 if stops else len(self.thought)
        # Narrow to the clause ("I always fail *and* everyone hates me"), so that each
        # suggestion rewrites one idea rather than repeating the other dimensions' words.
        for word_start, word_end, word in self.tokens:
            if word not in self.context.clause_words:
                continue
            if begin <= word_start and word_end <= first.start:
                begin = word_end
            elif first.end <= word_start < finish:
                finish = word_start
                break
        sentence = self.thought[begin:finish]
        for marking in reversed([m for m in own if m.start >= begin and m.end <= finish]):
            a, b = marking.start - begin, marking.end - begin
            sentence = sentence[:a] + marking.replacement + sentence[b:]
        sentence = " ".join(sentence.split())
        body = sentence.rstrip(".!?")
        end = sentence[len(body) :][:1] or "."
        body = body.rstrip(" ,;:")
        if not body:
            return None
        body = body[0].upper() + body[1:]
        return self.lists.dimensions[dimension].suggestion.format(rewritten=body, end=end)


def _match_case(original: str, replacement: str) -> str:
    if original[:1].isupper() and replacement[:1].islower():
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
    kept.sort(key=lambda m: (m.start, m.end, list(Dimension).index(m.dimension)))
    return kept
