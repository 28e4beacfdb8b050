"""The reframe word lists: one TOML file per language in ``resources/reframe/`` (P1.5).

This module reads, validates and compiles them; :mod:`companion.core.reframe` does the marking.
Everything a language needs is data: the cues and their rewrites, how negation, quotes and
clauses work, and the healthy wordings ("everyone makes mistakes", "it feels like that right
now") that keep a cue from being marked. The format is documented at the top of en.toml.

Patterns are matched case-insensitively by lower-casing both them and the thought: Python finds
a lower-case literal far faster than a case-insensitive one. Each cue pattern also carries the
words one of which any match must contain, so a thought without them is never scanned for it.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from companion.core import resources
from companion.core.errors import CompanionError
from companion.core.language import fold_accents
from companion.core.pattern_words import any_of_needs, required_literals

_MACRO = re.compile(r"\{([a-z_]+)\}")
#: what follows a sentence's last word: marks, spaces, emoticons
_TRAILING = re.compile(r"[\W_]+$")
_ESCAPE_OR_NAME = re.compile(r"\\N\{[^}]*\}|\\.|\(\?P<\w+>|\(\?P=\w+\)", re.DOTALL)
_MACRO_DEPTH = 6
"""How deep macros may use macros (a cycle stops here with an error)."""


class Dimension(StrEnum):
    PERMANENT = "permanent"
    PERVASIVE = "pervasive"
    PERSONAL = "personal"


class Subject(StrEnum):
    SELF = "self"
    CLAUSE = "clause"
    AFTER = "after"
    BEFORE = "before"


class Scope(StrEnum):
    CLAUSE = "clause"
    SENTENCE = "sentence"
    THOUGHT = "thought"


class WordListError(CompanionError):
    """A shipped reframe word list is malformed (a packaging bug, reported with the file name)."""


@dataclass(frozen=True, slots=True)
class Cue:
    """One kind of wording, e.g. "always", with how to read and rewrite it."""

    id: str
    dimension: Dimension
    patterns: tuple[re.Pattern[str], ...]
    """Lower-case; matched against the lower-cased thought."""
    replacement: str
    subject: Subject
    not_followed_by: tuple[re.Pattern[str], ...] = ()
    not_preceded_by: tuple[re.Pattern[str], ...] = ()
    only_after: tuple[re.Pattern[str], ...] = ()
    explanation: str | None = None
    external_explanation: str | None = None
    suggestion: str | None = None
    """Replaces the dimension's suggestion template when this cue is its first in the sentence."""
    needs: tuple[frozenset[str] | None, ...] = ()
    """Per pattern: words one of which any match contains (None: no such words)."""
    replacements: tuple[tuple[str, str], ...] = ()
    """(register, replacement): the replacement in a sentence of that register (see
    Context.registers); in any other, ``replacement``."""
    suggestions: tuple[tuple[str, str], ...] = ()
    """(register, template): the suggestion template for a sentence of that register; in any
    other, ``suggestion``."""

    frames: tuple[str, ...] = ()
    """Ends of the replacement that frame the clause before them ("かもしれないと不安になって
    いる"): clauses in a row that end in the same frame say it once, after the last."""

    statement: bool = False
    """The replacement answers the question it replaces ("왜 고작 이것밖에 못 써?" →
    "이번엔 여기까지 했어."): a rewrite led by this cue ends as a statement, not with a
    question mark."""

    def replacement_in(self, register: str | None) -> str:
        return in_register(self.replacements, register, self.replacement)


@dataclass(frozen=True, slots=True)
class Softener:
    """Healthy wording that keeps some cues from being marked where it appears."""

    id: str
    patterns: tuple[re.Pattern[str], ...]
    scope: Scope
    cancels: frozenset[str]
    """Cue ids and dimension names."""
    only_without_self: bool
    needs: frozenset[str] | None = None
    """Words one of which any of its matches contains (None: no such words)."""
    pattern_needs: tuple[frozenset[str] | None, ...] = ()
    """The same, per pattern: a thought without a pattern's words is not searched with it."""

    def cancels_cue(self, cue: Cue) -> bool:
        return cue.id in self.cancels or cue.dimension.value in self.cancels


@dataclass(frozen=True, slots=True)
class Support:
    """Where to find someone to talk to now, for a thought that speaks of ending one's life or
    of harming oneself. No reframe answers such a thought; the guide shows this first."""

    patterns: tuple[re.Pattern[str], ...]
    heading: str
    message: str
    needs: frozenset[str] | None = None
    """Words one of which any match contains (None: no such words)."""


@dataclass(frozen=True, slots=True)
class DimensionText:
    explanation: str
    external: str
    suggestion: str
    #: (register, template): the suggestion for a sentence of that register; else suggestion
    suggestions: tuple[tuple[str, str], ...] = ()

    def suggestion_in(self, register: str | None) -> str:
        return in_register(self.suggestions, register, self.suggestion)


def in_register(texts: tuple[tuple[str, str], ...], register: str | None, default: str) -> str:
    """The text named for ``register``, else ``default``."""
    return next((text for name, text in texts if name == register), default)


@dataclass(frozen=True, slots=True)
class Context:
    quote_pairs: tuple[tuple[str, str], ...]
    quote_line_prefixes: tuple[str, ...]
    scare_quote_words: int
    clause_breaks: frozenset[str]
    clause_words: frozenset[str]
    #: how a clause starts that goes on with the subject said before ("… and will never
    #: pass"): a suggestion that rewrites such a clause keeps the clauses before it
    shared_subject: tuple[re.Pattern[str], ...]
    #: how a clause ends that runs on into the next ("ミスをして、", "실수도 하고,"): a suggestion
    #: that keeps such a clause keeps the next one too, so it does not stop mid-sentence
    continuing_endings: tuple[re.Pattern[str], ...]
    negations: frozenset[str]
    negation_suffixes: tuple[str, ...]
    negation_window: int
    #: words the negation window does not look back past ("then" in "if I'm not
    #: performing then I am a failure": the "not" is the condition's)
    negation_stops: frozenset[str]
    negation_after: tuple[re.Pattern[str], ...]
    negation_after_chars: int
    clause_negations: tuple[re.Pattern[str], ...]
    self_words: frozenset[str]
    self_owner_words: frozenset[str]
    other_determiners: frozenset[str]
    other_pronouns: frozenset[str]
    someone_else: str
    #: how a sentence ends in each register ("합니다" formal, "-요" polite), tried in order on
    #: the sentence without its final marks: a rewrite and its suggestion keep the register the
    #: thought was written in
    registers: tuple[tuple[str, re.Pattern[str]], ...] = ()

    def register_of(self, sentence: str) -> str | None:
        """The register a sentence is written in, or None when none is named or none fits."""
        if not self.registers:
            return None
        text = _TRAILING.sub("", sentence)
        return next((name for name, p in self.registers if p.search(text)), None)


@dataclass(frozen=True)
class WordLists:
    """A validated, compiled word-list file for one language."""

    language: str
    word_boundaries: bool
    context: Context
    dimensions: Mapping[Dimension, DimensionText]
    cues: tuple[Cue, ...]
    softeners: tuple[Softener, ...] = ()
    #: thought and patterns are read without accents (Greek: πάντα = παντα)
    fold: bool = False
    #: what the guide says to a thought of ending one's life or of self-harm (None: not listed)
    support: Support | None = None

    @functools.cached_property
    def searches(self) -> tuple[tuple[Cue, re.Pattern[str], frozenset[str] | None], ...]:
        """Every cue pattern with the words it needs, in the order cues are listed."""
        return tuple(
            (cue, pattern, cue.needs[i] if cue.needs else None)
            for cue in self.cues
            for i, pattern in enumerate(cue.patterns)
        )

    @functools.cached_property
    def search_index(self) -> tuple[tuple[int, ...], Mapping[str, tuple[int, ...]]]:
        """Which of ``searches`` a thought needs tried: those that need no word, and by each
        word the ones that need it (a thought holds few of the hundreds of words)."""
        always: list[int] = []
        by_word: dict[str, list[int]] = {}
        for index, (_cue, _pattern, needs) in enumerate(self.searches):
            if needs is None:
                always.append(index)
            else:
                for word in needs:
                    by_word.setdefault(word, []).append(index)
        return tuple(always), {word: tuple(found) for word, found in by_word.items()}

    def searches_for(self, present: set[str]) -> list[tuple[Cue, re.Pattern[str]]]:
        """The cue patterns worth trying on a thought holding ``present``, in list order."""
        always, by_word = self.search_index
        chosen = set(always)
        for word in present:
            chosen.update(by_word.get(word, ()))
        searches = self.searches
        return [searches[i][:2] for i in sorted(chosen)]

    @functools.cached_property
    def softeners_by_cue(self) -> Mapping[str, tuple[tuple[int, Softener], ...]]:
        """By cue id, the softeners (with their place in the list) that may cancel it."""
        return {
            cue.id: tuple(
                (index, softener)
                for index, softener in enumerate(self.softeners)
                if softener.cancels_cue(cue)
            )
            for cue in self.cues
        }

    @functools.cached_property
    def cue_by_id(self) -> Mapping[str, Cue]:
        return {cue.id: cue for cue in self.cues}

    @functools.cached_property
    def literals(self) -> tuple[str, ...]:
        """Every word some pattern needs: the reader looks each up once per thought."""
        needed = {w for cue in self.cues for n in cue.needs if n for w in n}
        needed |= {w for softener in self.softeners if softener.needs for w in softener.needs}
        if self.support is not None and self.support.needs:
            needed |= self.support.needs
        return tuple(sorted(needed))

    @functools.cached_property
    def literals_by_start(self) -> Mapping[str, tuple[str, ...]]:
        """``literals`` by their first two characters (every one has two at least): a thought
        is looked up by the pairs it holds, not each of the hundreds of words by the thought."""
        index: dict[str, list[str]] = {}
        for word in self.literals:
            index.setdefault(word[:2], []).append(word)
        return {start: tuple(words) for start, words in index.items()}

    def literals_in(self, text: str) -> set[str]:
        """The ``literals`` that occur in ``text``."""
        if len(text) > 2 * len(self.literals):  # a long text: fewer words than pairs to try
            return {word for word in self.literals if word in text}
        index = self.literals_by_start
        present: set[str] = set()
        for start in {text[i : i + 2] for i in range(len(text) - 1)} & index.keys():
            present.update(word for word in index[start] if word in text)
        return present


def available_languages() -> list[str]:
    """Languages with a shipped word list, e.g. ``["en"]``."""
    return list(_shipped())


@functools.cache
def _shipped() -> tuple[str, ...]:
    """The shipped word lists' languages, looked up once (the screen asks as the agent types,
    as the checker's shipped_languages does)."""
    folder = resources.resource("reframe")
    return tuple(sorted(p.stem for p in folder.glob("*.toml")))


#: the word lists load_word_lists has compiled in this process, by language
_COMPILED: dict[str, WordLists] = {}


def loaded_languages() -> frozenset[str]:
    """The languages whose word lists are compiled already (detecting in them is quick)."""
    return frozenset(_COMPILED)


def load_word_lists(language: str = "en") -> WordLists:
    """Read, validate and compile one language's word list (once per process; the English
    one takes about a third of a second). Safe from any thread: two threads asking at once
    may both compile it, and one result is kept."""
    lists = _COMPILED.get(language)
    if lists is not None:
        return lists
    path = resources.resource("reframe", f"{language}.toml")
    if not path.is_file():
        raise WordListError(f"No reframe word list for language {language!r}.")
    lists = parse_word_lists(path.read_text(encoding="utf-8"), path)
    return _COMPILED.setdefault(language, lists)


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
        self.macros: Mapping[str, str] = {}
        self.fold = False
        self.register_names: frozenset[str] = frozenset()

    def macro(self, name: str, value: Any) -> str:
        """A macro's regex: a string as it is, a list of words as one alternation (longest
        first, so "no good at" is tried before "no good")."""
        if not _MACRO.fullmatch("{" + name + "}"):
            raise self.fail("[macros]", f"{name!r}: a macro name is lower-case letters and '_'")
        if isinstance(value, str) and value:
            return value
        if isinstance(value, list) and value and all(isinstance(v, str) and v for v in value):
            return "(?:" + "|".join(sorted(value, key=len, reverse=True)) + ")"
        raise self.fail("[macros]", f"{name!r} must be a regex string or a list of words")

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

    def whole_number(self, data: Mapping[str, Any], key: str, where: str, top: int) -> int:
        value = data.get(key, 0)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= top:
            raise self.fail(where, f"{key!r} must be a whole number 0–{top}")
        return value

    def regexes(self, data: Mapping[str, Any], key: str, where: str) -> tuple[re.Pattern[str], ...]:
        return tuple(self.compile(s, where, False) for s in self.strings(data, key, where))

    def word_lists(self) -> WordLists:
        meta = self.table(self.data, "meta", "[meta]")
        language = self.string(meta, "language", "[meta]")
        boundaries = meta.get("word_boundaries")
        if not isinstance(boundaries, bool):
            raise self.fail("[meta]", "'word_boundaries' must be true or false")
        fold = meta.get("fold", "")
        if fold not in ("", "accents"):
            raise self.fail("[meta]", "'fold' is \"accents\" or left out")
        self.fold = fold == "accents"
        stem = Path(self.source).stem
        if self.source.endswith(".toml") and stem != language:
            raise self.fail("[meta]", f"language {language!r} does not match file name {stem!r}")
        macros = self.table(self.data, "macros", "[macros]") if "macros" in self.data else {}
        self.macros = {name: self.macro(name, value) for name, value in macros.items()}
        context = self.context(self.table(self.data, "context", "[context]"))
        dimensions = self.dimensions(self.table(self.data, "dimensions", "[dimensions]"))
        cues_data = self.data.get("cues")
        if not isinstance(cues_data, list) or not cues_data:
            raise self.fail("[[cues]]", "at least one cue is needed")
        cues = tuple(self.cue(c, i, boundaries) for i, c in enumerate(cues_data))
        ids = [c.id for c in cues]
        duplicates = sorted({i for i in ids if ids.count(i) > 1})
        if duplicates:
            raise self.fail("[[cues]]", f"duplicate ids {duplicates}")
        softeners_data = self.data.get("softeners", [])
        if not isinstance(softeners_data, list):
            raise self.fail("[[softeners]]", "must be a list of tables")
        known = set(ids) | {d.value for d in Dimension}
        softeners = tuple(self.softener(s, i, known) for i, s in enumerate(softeners_data))
        support = self.support(self.data["support"], boundaries) if "support" in self.data else None
        return WordLists(
            language, boundaries, context, dimensions, cues, softeners, self.fold, support
        )

    def support(self, data: Any, boundaries: bool) -> Support:
        where = "[support]"
        if not isinstance(data, dict):
            raise self.fail(where, "must be a table")
        sources = self.strings(data, "patterns", where)
        if not sources:
            raise self.fail(where, "'patterns' is empty")
        patterns = tuple(self.compile(s, where, boundaries) for s in sources)
        return Support(
            patterns,
            self.string(data, "heading", where),
            self.string(data, "message", where),
            any_of_needs(required_literals(p.pattern) for p in patterns),
        )

    def context(self, data: Mapping[str, Any]) -> Context:
        where = "[context]"
        pairs = data.get("quote_pairs", [])
        if not isinstance(pairs, list) or not all(
            isinstance(p, list) and len(p) == 2 and all(isinstance(s, str) and s for s in p)
            for p in pairs
        ):
            raise self.fail(where, "'quote_pairs' must be a list of [open, close] strings")
        if not isinstance(data.get("negation_window"), int):
            raise self.fail(where, "'negation_window' must be a whole number 0–10")
        window = self.whole_number(data, "negation_window", where, 10)
        breaks = data.get("clause_breaks")
        if not isinstance(breaks, str) or not breaks:
            raise self.fail(where, "'clause_breaks' must be a non-empty string of characters")

        def words(key: str) -> frozenset[str]:
            found = (w.casefold() for w in self.strings(data, key, where))
            return frozenset(fold_accents(w) if self.fold else w for w in found)

        return Context(
            quote_pairs=tuple((p[0], p[1]) for p in pairs),
            quote_line_prefixes=self.strings(data, "quote_line_prefixes", where),
            scare_quote_words=self.whole_number(data, "scare_quote_words", where, 5),
            clause_breaks=frozenset(breaks),
            clause_words=words("clause_words"),
            shared_subject=self.regexes(data, "shared_subject", where),
            continuing_endings=self.regexes(data, "continuing_endings", where),
            negations=words("negations"),
            negation_suffixes=tuple(
                s.casefold() for s in self.strings(data, "negation_suffixes", where)
            ),
            negation_window=window,
            negation_stops=words("negation_stops"),
            negation_after=self.regexes(data, "negation_after", where),
            negation_after_chars=self.whole_number(data, "negation_after_chars", where, 200),
            clause_negations=self.regexes(data, "clause_negations", where),
            self_words=words("self_words"),
            self_owner_words=words("self_owner_words"),
            other_determiners=words("other_determiners"),
            other_pronouns=words("other_pronouns"),
            someone_else=self.string(data, "someone_else", where),
            registers=self.registers(data, where),
        )

    def registers(
        self, data: Mapping[str, Any], where: str
    ) -> tuple[tuple[str, re.Pattern[str]], ...]:
        value = data.get("registers", [])
        if not isinstance(value, list) or not all(
            isinstance(r, list) and len(r) == 2 and all(isinstance(x, str) and x for x in r)
            for r in value
        ):
            raise self.fail(where, "'registers' must be a list of [name, regex] pairs")
        found = tuple((name, self.compile(source, where, False)) for name, source in value)
        self.register_names = frozenset(name for name, _p in found)
        return found

    def by_register(
        self, data: Mapping[str, Any], key: str, where: str, **fields: str
    ) -> tuple[tuple[str, str], ...]:
        """A table of texts by register name (``suggestions``, ``replacements``)."""
        value = data.get(key)
        if value is None:
            return ()
        if not isinstance(value, dict) or not value:
            raise self.fail(where, f"{key!r} must be a table of register = text")
        unknown = sorted(set(value) - self.register_names)
        if unknown:
            raise self.fail(where, f"{key!r} names registers [context] does not: {unknown}")
        return tuple(
            (
                name,
                self.template(value, name, f"{where} {key}", **fields)
                if fields
                else self.string(value, name, f"{where} {key}"),
            )
            for name in value
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
                suggestions=self.by_register(table, "suggestions", where, rewritten="x", end="."),
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

    def optional_template(self, data: Mapping[str, Any], key: str, where: str) -> str | None:
        if data.get(key) is None:
            return None
        return self.template(data, key, where, text="x", subject="y")

    def cue(self, data: Any, index: int, boundaries: bool) -> Cue:
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
        patterns = tuple(self.compile(s, where, boundaries) for s in sources)
        needs = tuple(required_literals(p.pattern) for p in patterns)
        replacement = data.get("replacement")
        if not isinstance(replacement, str):
            raise self.fail(where, "'replacement' must be a string (\"\" takes the words out)")
        replacements = self.by_register(data, "replacements", where)
        for pattern in patterns:
            for text in (replacement, *(text for _name, text in replacements)):
                try:
                    _check_replacement(pattern, text)
                except IndexError as error:
                    raise self.fail(where, f"replacement {text!r}: {error}") from error
        return Cue(
            id=cue_id,
            dimension=dimension,
            patterns=patterns,
            replacement=replacement,
            subject=subject,
            not_followed_by=self.regexes(data, "not_followed_by", where),
            not_preceded_by=self.regexes(data, "not_preceded_by", where),
            only_after=self.regexes(data, "only_after", where),
            explanation=self.optional_template(data, "explanation", where),
            external_explanation=self.optional_template(data, "external_explanation", where),
            suggestion=(
                self.template(data, "suggestion", where, rewritten="x", end=".")
                if data.get("suggestion") is not None
                else None
            ),
            needs=needs,
            replacements=replacements,
            suggestions=self.by_register(data, "suggestions", where, rewritten="x", end="."),
            frames=self.frames(data, where, (replacement, *(text for _n, text in replacements))),
            statement=self.flag(data, "statement", where),
        )

    def frames(
        self, data: Mapping[str, Any], where: str, replacements: tuple[str, ...]
    ) -> tuple[str, ...]:
        value = data.get("frame")
        frames = (
            (value,) if isinstance(value, str) and value else self.strings(data, "frame", where)
        )
        if frames and not any(text.endswith(frames) for text in replacements):
            raise self.fail(where, f"no replacement ends in a frame of {list(frames)}")
        # the longest first, so "…ています" is not read as "…ている"
        return tuple(sorted(frames, key=len, reverse=True))

    def softener(self, data: Any, index: int, known: set[str]) -> Softener:
        where = f"softener #{index + 1}"
        if not isinstance(data, dict):
            raise self.fail(where, "must be a table")
        softener_id = self.string(data, "id", where)
        where = f"softener {softener_id!r}"
        patterns = self.regexes(data, "patterns", where)
        if not patterns:
            raise self.fail(where, "'patterns' is empty")
        cancels = frozenset(self.strings(data, "cancels", where))
        unknown = sorted(cancels - known)
        if not cancels or unknown:
            raise self.fail(where, f"'cancels' must name cues or dimensions; unknown {unknown}")
        try:
            scope = Scope(data.get("scope", "clause"))
        except ValueError as error:
            raise self.fail(where, str(error)) from error
        without_self = self.flag(data, "only_without_self", where)
        each = tuple(required_literals(pattern.pattern) for pattern in patterns)
        return Softener(
            softener_id, patterns, scope, cancels, without_self, any_of_needs(each), each
        )

    def flag(self, data: Mapping[str, Any], key: str, where: str) -> bool:
        value = data.get(key, False)
        if not isinstance(value, bool):
            raise self.fail(where, f"{key!r} must be true or false")
        return value

    def compile(self, source: str, where: str, boundaries: bool) -> re.Pattern[str]:
        def expand(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in self.macros:
                raise self.fail(where, f"unknown macro {{{name}}} in {source!r}")
            return self.macros[name]

        expanded = source
        for _depth in range(_MACRO_DEPTH):  # a macro may use other macros
            expanded, count = _MACRO.subn(expand, expanded)
            if not count:
                break
        else:
            raise self.fail(where, f"macros in {source!r} nest more than {_MACRO_DEPTH} deep")
        expanded = lower_pattern(expanded)
        if self.fold:
            expanded = fold_accents(expanded)
        if boundaries:
            # where a match may start is checked by the reader (a look-behind here would make
            # Python try the pattern at every position of the thought)
            expanded = rf"(?:{expanded})(?!\w)"
        try:
            pattern = re.compile(expanded)
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


def lower_pattern(source: str) -> str:
    """The pattern with its letters lower-cased, escapes and group names left as they are."""
    out: list[str] = []
    position = 0
    for kept in _ESCAPE_OR_NAME.finditer(source):
        out.append(source[position : kept.start()].lower())
        out.append(kept.group())
        position = kept.end()
    out.append(source[position:].lower())
    return "".join(out)
