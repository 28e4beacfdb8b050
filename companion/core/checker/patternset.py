"""Many regular expressions, one pass over the text: which of them may match it, and where.

Python's engine runs one expression at a time, so a rule pack of a few hundred patterns would cost
a few hundred passes over every reply. RE2's ``Set`` (the ``google-re2`` package) runs them all in
one automaton pass. RE2 has no look-arounds and its ``\\w`` is ASCII only, so each Python pattern
is translated into an RE2 expression that matches wherever the Python one can (look-arounds and
word edges dropped, classes widened): the set tells which patterns *may* match, only those run in
Python, and Python decides exactly. A pattern Python would try at every position (one that does
not start with a literal) also gets the translation as a locator, which finds where it may start.
A pattern that cannot be translated is simply always run, and without RE2 every pattern is.
"""

from __future__ import annotations

import bisect
import importlib
import logging
import re
from collections.abc import Sequence
from typing import Any

log = logging.getLogger(__name__)

try:  # the regular-expression parser of the standard library
    _sre: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - every supported Python has it
    _sre = None

#: RE2 refuses counted repeats above this.
_MAX_COUNT = 1000
#: Repeats counted up to more than this are written unbounded (see _repeat).
_MAX_COUNTED = 4
#: Patterns per RE2 set (see PatternSet).
_GROUP = 64
#: Memory RE2 may use for the set's automaton and for each locator's (allocated as needed, not
#: up front). When a text needs more, the set says it cannot tell (everything runs) and a
#: locator falls back to RE2's slower engine: the results stay the same.
_MAX_MEM = 4 << 20
_LOCATOR_MEM = 1 << 20

# Character classes: what to write for a category inside a class that matches it (a superset of
# Python's Unicode category) and inside a negated class (a subset, so the complement is a
# superset). Python's \s is exactly this set of characters; tests compare all of them.
_SPACE = r"\t-\r\x{1c}-\x{20}\x{85}\p{Z}"
_WIDER: dict[Any, str] = {}
_NARROWER: dict[Any, str] = {}
_OUTSIDE: dict[Any, str] = {}  # a category standing alone: a class of its own
if _sre is not None:
    _WIDER = {
        _sre.CATEGORY_DIGIT: r"\p{Nd}",
        _sre.CATEGORY_SPACE: _SPACE,
        _sre.CATEGORY_WORD: r"\p{L}\p{N}_",
    }
    _NARROWER = {
        _sre.CATEGORY_DIGIT: "0-9",
        _sre.CATEGORY_SPACE: _SPACE,
        _sre.CATEGORY_WORD: "0-9A-Za-z_",
    }
    _OUTSIDE = {
        _sre.CATEGORY_NOT_DIGIT: "[^0-9]",
        _sre.CATEGORY_NOT_SPACE: f"[^{_SPACE}]",
        _sre.CATEGORY_NOT_WORD: "[^0-9A-Za-z_]",
    }
_ANY = r"(?s:.)"


class Untranslatable(ValueError):
    """The pattern uses something RE2 cannot express even loosely (a back-reference, say)."""


def _char(code: int) -> str:
    if 0xD800 <= code <= 0xDFFF:
        raise Untranslatable("a surrogate code point")
    ch = chr(code)
    return ch if ch.isascii() and ch.isalnum() else f"\\x{{{code:x}}}"


def _range(lo: int, hi: int) -> str:
    parts = []
    if lo < 0xD800:
        parts.append(f"{_char(lo)}-{_char(min(hi, 0xD7FF))}")
    if hi > 0xDFFF:
        parts.append(f"{_char(max(lo, 0xE000))}-{_char(hi)}")
    return "".join(parts)


def _class(members: Sequence[tuple[Any, Any]]) -> str:
    negated = bool(members) and members[0][0] is _sre.NEGATE
    if negated:
        members = members[1:]
    if not negated and len(members) == 1 and members[0][0] is _sre.CATEGORY:
        alone = _OUTSIDE.get(members[0][1])
        if alone is not None:
            return alone
    table = _NARROWER if negated else _WIDER
    parts: list[str] = []
    for op, av in members:
        if op is _sre.LITERAL:
            parts.append(_char(av))
        elif op is _sre.RANGE:
            parts.append(_range(*av))
        elif op is _sre.CATEGORY and av in table:
            parts.append(table[av])
        elif op is _sre.CATEGORY and (av in _OUTSIDE or av in _WIDER):
            if not negated:  # "\W" among other members: no RE2 class holds the union
                return _ANY
            # in a negated class, leaving a member out only widens what the class matches
        else:
            raise Untranslatable(f"class member {op}")
    if not parts:
        return _ANY
    return f"[{'^' if negated else ''}{''.join(parts)}]"


def _repeat(body: str, low: int, high: Any, lazy: bool = False) -> str:
    if low > _MAX_COUNT:
        raise Untranslatable("a repeat count RE2 refuses")
    # A repeat counted up to many ("[^.!?]{0,60}") costs the automaton a state per count, for
    # each combination with the other patterns' states; unbounded it matches more (the set
    # only has to find every possible match) and stays small.
    if high is _sre.MAXREPEAT or high > _MAX_COUNTED:
        low = min(low, 1) if low <= _MAX_COUNTED else low
        quantifier = "*" if low == 0 else "+" if low == 1 else f"{{{low},}}"
    else:
        quantifier = "?" if (low, high) == (0, 1) else f"{{{low},{high}}}"
    return f"(?:{body}){quantifier}{'?' if lazy else ''}"


def _zero_width(item: tuple[Any, Any]) -> bool:
    """Whether the item never consumes text (an anchor, a look-around or a group of them)."""
    op, av = item
    if op is _sre.BRANCH:
        return all(all(map(_zero_width, alternative)) for alternative in av[1])
    if op is _sre.SUBPATTERN:
        return all(map(_zero_width, av[3]))
    return op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)


def _looks_ahead(item: tuple[Any, Any]) -> bool:
    """Whether a zero-width item holds a positive look-ahead."""
    op, av = item
    if op is _sre.BRANCH:
        return any(any(map(_looks_ahead, alternative)) for alternative in av[1])
    if op is _sre.SUBPATTERN:
        return any(map(_looks_ahead, av[3]))
    return op is _sre.ASSERT and av[0] == 1


def _emit(items: Sequence[tuple[Any, Any]], at_end: bool = False, lazy: bool = False) -> str:
    """``at_end``: nothing that consumes text follows these items in the whole pattern, so a
    look-ahead among the trailing zero-width items can become text to match: "X(?=Y)" matches
    somewhere exactly when "XY" does. ``lazy``: every repeat as few times as it can, which
    moves no match's start, only its end (a locator needs only the start, and a greedy
    "[^.]*" would have RE2 read on to the next full stop, on every call)."""
    out: list[str] = []
    last = len(items)
    while last > 0 and _zero_width(items[last - 1]):
        last -= 1  # items[last:] consume nothing
    # the last item that consumes may turn its own trailing look-ahead into text, unless one
    # after it does (both look at the same place)
    inner_end = at_end and not any(map(_looks_ahead, items[last:]))
    for k, (op, av) in enumerate(items):
        tail = inner_end and k == last - 1
        if op is _sre.LITERAL:
            out.append(_char(av))
        elif op is _sre.NOT_LITERAL:
            out.append(f"[^{_char(av)}]")
        elif op is _sre.ANY:
            out.append(_ANY)
        elif op is _sre.IN:
            out.append(_class(av))
        elif op is _sre.BRANCH:
            alternatives = (_emit(alternative, tail, lazy) for alternative in av[1])
            out.append("(?:" + "|".join(alternatives) + ")")
        elif op is _sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise Untranslatable("inline flags")
            out.append(f"(?:{_emit(sub, tail, lazy)})")
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            out.append(f"(?:{_emit(av, tail, lazy)})")
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)):
            low, high, sub = av
            out.append(_repeat(_emit(sub, lazy=lazy), low, high, lazy))
        elif op is _sre.AT:
            # ^ keeps its line meaning; $, \b and the rest are dropped (matching without a
            # zero-width condition only finds more; and Python sees the end of a searched
            # window as the end of the text, where $ would match). After a look-ahead turned
            # into text, ^ is dropped too: it looked at the look-ahead's start, not its end.
            if not at_end and k >= last and any(map(_looks_ahead, items[last:k])):
                continue
            if av is _sre.AT_BEGINNING:
                out.append("(?m:^)")
            elif av is _sre.AT_BEGINNING_STRING:
                out.append(r"\A")
        elif op is _sre.ASSERT and av[0] == 1 and at_end and k >= last:
            # a trailing look-ahead; the ones after it still only look at what it matched
            out.append(f"(?:{_emit(av[1], lazy=lazy)})")
            at_end = False
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            continue  # any other look-around: dropped, as above
        else:
            raise Untranslatable(f"{op}")
    return "".join(out)


def _parse(pattern: str, flags: int) -> Any:
    if _sre is None:
        raise Untranslatable("no regular-expression parser")
    if flags & re.IGNORECASE:
        raise Untranslatable("case-insensitive matching (match lower-cased text instead)")
    parsed = _sre.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        raise Untranslatable("inline (?i)")
    return parsed


def _checked(parsed: Any, flags: int) -> Any:
    """A pattern already parsed (see parse), held to what _parse allows."""
    if flags & re.IGNORECASE or parsed.state.flags & re.IGNORECASE:
        raise Untranslatable("case-insensitive matching (match lower-cased text instead)")
    return parsed


def parse(pattern: str, flags: int) -> Any:
    """``pattern`` parsed by the standard library, for add (None when this Python's parser is
    not at hand). Raises re.error as re.compile would, but for check_lookbehinds' one case."""
    return None if _sre is None else _sre.parse(pattern, flags)


def check_lookbehinds(parsed: Any) -> None:
    """Raise re.error, as re.compile would, for a look-behind that is not of fixed width in a
    pattern ``parse`` gave: the one mistake the parser leaves to the compiler, so a pattern
    compiled only when first needed is still refused when its pack is read."""
    if _sre is None:
        return
    behind = (_sre.ASSERT, _sre.ASSERT_NOT)

    def walk(node: Any) -> None:
        if isinstance(node, _sre.SubPattern):
            for op, av in node:
                if op in behind and av[0] < 0:
                    lo, hi = av[1].getwidth()
                    if lo != hi:
                        raise re.error("look-behind requires fixed-width pattern")
                walk(av)
        elif isinstance(node, (list, tuple)):
            for item in node:
                walk(item)

    walk(parsed)


def superset(pattern: str, flags: int = 0) -> str:
    """An RE2 expression that matches (at least) wherever ``pattern`` matches, compiled with
    ``flags`` and searched from any position to any end. Raises Untranslatable when there is
    none short of "anything"."""
    return _emit(list(_parse(pattern, flags)), at_end=True)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


class Encoded:
    """A text's UTF-8 bytes (what RE2 reads), with offsets converted between characters and
    bytes. Raises UnicodeEncodeError for text that is not valid Unicode (a lone surrogate)."""

    __slots__ = ("_byte_starts", "_char_starts", "_extra", "ascii", "data")

    def __init__(self, text: str) -> None:
        self.data = text.encode("utf-8")
        #: whether offsets are the same in characters and bytes
        self.ascii = len(self.data) == len(text)
        #: where each non-ASCII character starts, in characters and in bytes, and how many
        #: extra bytes the text holds up to the end of it (all empty for ASCII text)
        self._char_starts: list[int] = []
        self._byte_starts: list[int] = []
        self._extra: list[int] = []
        total = 0
        if not self.ascii:
            for m in _NON_ASCII.finditer(text):
                self._char_starts.append(m.start())
                self._byte_starts.append(m.start() + total)
                total += len(m.group().encode("utf-8")) - 1
                self._extra.append(total)

    def to_byte(self, pos: int) -> int:
        if self.ascii:
            return pos
        k = bisect.bisect_left(self._char_starts, pos)
        return pos + self._extra[k - 1] if k else pos

    def to_char(self, pos: int) -> int:
        if self.ascii:
            return pos
        k = bisect.bisect_left(self._byte_starts, pos)
        return pos - self._extra[k - 1] if k else pos


def _literal_led(items: Sequence[tuple[Any, Any]]) -> bool:
    """Whether parsed items start with a literal character, which Python's engine finds with a
    fast scan (a pattern starting with a class, a repeat or alternatives is tried at every
    position, and an RE2 locator is faster)."""
    while items and items[0][0] is _sre.SUBPATTERN and not items[0][1][1] and not items[0][1][2]:
        items = list(items[0][1][3])
    return bool(items) and items[0][0] is _sre.LITERAL


class Translations:
    """What reading a pack works out for each pattern, kept so the next run of the same pack
    and code need not work it out again (see pack_cache): a pattern's RE2 translation and
    locator, or None when it has none, by pattern and flags; and each pattern lower-cased.

    Parsing and translating the patterns is most of the time a pack takes to read (about two
    thirds of a Greek pack of 1,100 patterns)."""

    __slots__ = ("added", "lowered", "translated")

    def __init__(
        self,
        translated: dict[str, list[str | None] | None] | None = None,
        lowered: dict[str, str] | None = None,
    ) -> None:
        #: "flags:locate:pattern" -> [translation, locator's translation or None] or None
        self.translated: dict[str, list[str | None] | None] = translated or {}
        #: "fold:pattern" -> the pattern lower-cased (see engine.lower_pattern)
        self.lowered: dict[str, str] = lowered or {}
        #: how many entries this run added (none: the kept ones held every pattern)
        self.added = 0

    @staticmethod
    def key(pattern: str, flags: int, locate: bool) -> str:
        return f"{flags}:{int(locate)}:{pattern}"


def _translate(pattern: str, flags: int, locate: bool, parsed: Any) -> list[str | None] | None:
    """A pattern's RE2 translation and, when ``locate`` is asked and the pattern does not
    start with a literal, its locator's; None when it cannot be translated."""
    try:
        items = list(_parse(pattern, flags) if parsed is None else _checked(parsed, flags))
        translated = _emit(items, at_end=True)
        lazy = _emit(items, at_end=True, lazy=True) if locate and not _literal_led(items) else None
    except (Untranslatable, re.error, RecursionError) as exc:
        log.debug("pattern %r always runs: %s", pattern, exc)
        return None
    return [translated, lazy]


class PatternSet:
    """Patterns added one by one, then asked together which of them may match a text.

    ``add`` returns the pattern's number, or None when it cannot join (it must then always run);
    ``hits`` returns the numbers that may match, or None when the set cannot tell (RE2 missing,
    text that is not valid Unicode, or an automaton running out of memory): run everything.

    The patterns are shared among several RE2 sets of at most ``_GROUP`` patterns each. One set
    of a whole pack is a single automaton whose states are combinations of every pattern's
    progress: on the same text again it is fast, but each new reply makes it build states
    anew, and real replies ran slower than running every pattern in Python. Small sets keep
    few combinations, so their automata are built once and reused.
    """

    __slots__ = (
        "_count",
        "_groups",
        "_known",
        "_matches",
        "_options",
        "_re2",
        "_regexp",
        "translations",
        "unanchored",
    )

    def __init__(self, use_re2: bool = True, translations: Translations | None = None) -> None:
        """``use_re2=False`` makes a set that never tells: every pattern runs in Python, as
        without the ``google-re2`` package (for comparing the two). ``translations``: what an
        earlier run of the same pack worked out (see Translations), added to as patterns are."""
        self.translations = Translations() if translations is None else translations
        #: (source, flags) -> (number, locator) of a pattern added with locate (not its parse:
        #: a thousand parse trees kept alive slow every garbage collection while a pack loads)
        self._known: dict[tuple[str, int], tuple[int | None, Any]] = {}
        self._re2: Any = None
        #: (set, number of its first pattern, its size) while patterns are added
        self._groups: list[tuple[Any, int, int]] = []
        #: after compile: (a set's Match, number of its first pattern, its own "\z" index)
        self._matches: tuple[tuple[Any, int, int], ...] | None = None
        self._regexp: Any = None
        self._options: Any = None
        #: the first argument of a locator's Match (see add)
        self.unanchored: Any = None
        self._count = 0
        if not use_re2:
            return
        try:
            re2 = importlib.import_module("re2")
            self._regexp = re2._re2.RE2
            self._options = re2.Options()
            self._options.log_errors = False
            self._options.max_mem = _LOCATOR_MEM
            self._options.never_capture = True
            self.unanchored = self._regexp.Anchor.UNANCHORED
            self._new_group(re2)
            self._re2 = re2
        except (ImportError, AttributeError, TypeError) as exc:  # not installed, or changed
            log.info("RE2 is not available, every pattern will run: %s", exc)
            self._re2 = None

    def _new_group(self, re2: Any) -> None:
        options = re2.Options()
        options.max_mem = _MAX_MEM
        options.log_errors = False
        options.never_capture = True
        self._groups.append((re2.Set.SearchSet(options), self._count, 0))

    def add(
        self, pattern: str, flags: int = 0, locate: bool = False, parsed: Any = None
    ) -> tuple[int | None, Any]:
        """Add a pattern: its number (None: it cannot join, so it always runs) and, when
        ``locate`` is asked and Python's own scan would be slow (the pattern does not start with
        a literal), an RE2 locator for it, else None. A locator's
        ``Match(set.unanchored, encoded.data, start, len(encoded.data))`` returns
        ``[(begin, end)]`` in bytes for its leftmost match at or after ``start`` (begin is -1
        when there is none): the pattern cannot match before ``begin``."""
        if self._re2 is None or self._matches is not None:
            return None, None
        memo = self.translations
        key = memo.key(pattern, flags, locate)
        if key in memo.translated:
            entry = memo.translated[key]
        else:
            entry = memo.translated[key] = _translate(pattern, flags, locate, parsed)
            memo.added += 1
        if entry is None:
            return None, None
        translated, lazy = entry
        if translated is None:
            return None, None
        if self._groups[-1][2] >= _GROUP:
            self._new_group(self._re2)
        group, first, size = self._groups[-1]
        try:
            group.Add(translated)
        except Exception as exc:  # re2.error: RE2 refused the translation
            log.warning("RE2 refused %r (from %r): %s", translated, pattern, exc)
            return None, None
        self._groups[-1] = (group, first, size + 1)
        index = self._count
        self._count += 1
        locator = None
        if lazy is not None:
            try:
                locator = self._regexp(lazy.encode("utf-8"), self._options)
            except Exception as exc:  # re2.error, as above
                log.warning("RE2 refused the locator %r: %s", lazy, exc)
            if locator is not None and not locator.ok():
                locator = None
        return index, locator

    def translated(self, pattern: str, flags: int, locate: bool) -> bool:
        """Whether add has the pattern's translation already (it need not be parsed then)."""
        return self.translations.key(pattern, flags, locate) in self.translations.translated

    def known(self, pattern: str, flags: int) -> tuple[int | None, Any] | None:
        """What ``remember`` kept for the same pattern added before, or None."""
        return self._known.get((pattern, flags))

    def remember(self, pattern: str, flags: int, added: tuple[int | None, Any]) -> None:
        """Keep a pattern's number and locator, so the same text is added once."""
        self._known[(pattern, flags)] = added

    def compile(self) -> None:
        """Build the automata; no pattern can be added after this."""
        # what was worked out for the patterns is the loader's to keep (pack_cache), not the
        # compiled set's: a megabyte or two of text would stay alive as long as the pack
        self.translations = Translations()
        if self._re2 is None or self._matches is not None:
            return
        matches = []
        for group, first, size in self._groups:
            try:
                # the last pattern matches every text: its absence means the search failed
                group.Add(r"\z")
                group.Compile()
            except Exception as exc:  # too big for max_mem
                log.warning("RE2 set of %d patterns cannot be built: %s", size, exc)
                self._re2 = None
                return
            matches.append((group.Match, first, size))
        self._matches = tuple(matches)
        self._groups = []

    def hits(self, encoded: Encoded) -> frozenset[int] | None:
        """The numbers of the patterns that may match the text (None: run them all)."""
        if self._matches is None:
            return None
        data = encoded.data
        found: list[int] = []
        for match, first, end in self._matches:
            got = match(data)
            if not got or end not in got:
                return None
            found.extend(first + i for i in got if i != end)
        return frozenset(found)

    def __len__(self) -> int:
        return self._count
