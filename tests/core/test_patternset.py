"""The RE2 pattern set: a translated pattern must match wherever the Python one does."""

from __future__ import annotations

import re
import sys

import pytest
import re2
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.checker.patternset import (
    _GROUP,
    Encoded,
    PatternSet,
    Untranslatable,
    _emit,
    _parse,
    superset,
)

ALL_CHARACTERS = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize("cls", [r"\w", r"\s", r"\d", r"\W", r"\S", r"\D", r"[^\w,]", r"[\s\d]"])
def test_classes_hold_every_character_python_matches(cls: str) -> None:
    python = "".join(re.findall(cls, ALL_CHARACTERS))
    assert re2.fullmatch(f"(?:{superset(cls)})*", python) is not None


def test_space_is_exact() -> None:
    other = "".join(re.findall(r"\S", ALL_CHARACTERS))
    assert re2.search(superset(r"\s"), other) is None


def test_look_arounds_and_word_edges_are_dropped_and_a_trailing_look_ahead_is_matched() -> None:
    assert superset(r"\bno(?!\w)") == "no"
    assert superset(r"clearly(?=,)") == r"clearly(?:\x{2c})"
    assert superset(r"(?:so|and) x(?=\?)(?:(?!\w)|(?<!\w))").endswith(r"x(?:\x{3f})(?:|)")
    # a look-ahead followed by another one is not the last: both look at the same place
    assert superset(r"(?:a|b(?=cd))(?=c)") == "(?:a|b)(?:c)"
    assert superset(r"a(?=b)c") == "ac"
    assert superset(r"line$") == "line"  # Python sees a searched window's end as the end


def test_what_re2_cannot_express_is_refused() -> None:
    with pytest.raises(Untranslatable):
        superset(r"(a)\1")
    with pytest.raises(Untranslatable):
        superset("x", re.IGNORECASE)
    with pytest.raises(Untranslatable):
        superset("(?i:x)")


def test_a_locator_only_for_patterns_python_scans_slowly() -> None:
    patterns = PatternSet()
    assert patterns.add("(?:obviously)(?:(?!\\w)|(?<!\\w))", locate=True)[1] is None
    assert patterns.add("(?:per|under) our", locate=True)[1] is not None
    assert patterns.add("[!?]{2,}", locate=True)[1] is not None
    assert patterns.add("(?:just )?reply", locate=True)[1] is not None
    assert patterns.add("(?:just )?reply")[1] is None  # not asked for


def test_offsets_convert_between_characters_and_bytes() -> None:
    text = "it’s “fine” — 日本 ok"
    encoded = Encoded(text)
    assert not encoded.ascii
    for pos in range(len(text) + 1):
        byte = encoded.to_byte(pos)
        assert byte == len(text[:pos].encode("utf-8"))
        assert encoded.to_char(byte) == pos
    with pytest.raises(UnicodeEncodeError):
        Encoded("lone \ud800 surrogate")


def test_a_set_says_which_patterns_may_match_and_when_it_cannot_tell() -> None:
    patterns = PatternSet()
    first, _ = patterns.add("policy")
    second, _ = patterns.add(r"[!?]{2,}")
    backref, _ = patterns.add(r"(a)\1")
    patterns.compile()
    assert backref is None  # always run
    assert patterns.hits(Encoded("per our policy")) == {first}
    found = patterns.hits(Encoded("what??"))
    assert found is not None and second in found and first not in found
    assert patterns.add("late") == (None, None)  # compiled: nothing joins any more


# Small patterns over a small alphabet, built from the constructs rule packs use.
ATOMS = st.sampled_from(
    ["a", "b", " ", "!", "é", ".", r"\w", r"\W", r"\s", r"\d", "[ab]", "[^a ]", r"[\w!]", "."]
)
ASSERTIONS = st.sampled_from([r"\b", r"\B", "^", "$", r"(?=a)", r"(?!b)", r"(?<=a)", r"(?<!\w)"])


def _pattern(depth: int = 2) -> st.SearchStrategy[str]:
    piece = ATOMS | ASSERTIONS
    if depth:
        inner = st.deferred(lambda: _pattern(depth - 1))
        piece = (
            piece
            | inner.map(lambda p: f"(?:{p})")
            | st.tuples(inner, inner).map(lambda ab: f"(?:{ab[0]}|{ab[1]})")
            | st.tuples(inner, st.sampled_from(["*", "+", "?", "{2,}", "{0,3}", "*?"])).map(
                lambda pq: f"(?:{pq[0]}){pq[1]}"
            )
        )
    return st.lists(piece, min_size=1, max_size=4).map("".join)


@settings(max_examples=400, deadline=None)
@given(_pattern(), st.text(alphabet="ab !é.1\n", max_size=12), st.integers(0, 12))
def test_the_translation_matches_wherever_python_does(pattern: str, text: str, at: int) -> None:
    try:
        python = re.compile(pattern, re.MULTILINE)
    except re.error:
        return
    at = min(at, len(text))
    translated = re2.compile(superset(pattern, re.MULTILINE))
    data = text.encode("utf-8")
    found = python.search(text, at)
    if found is not None:
        begin = translated._regexp.Match(
            re2._re2.RE2.Anchor.UNANCHORED, data, len(text[:at].encode()), len(data)
        )[0][0]
        assert 0 <= begin <= len(text[: found.start()].encode())
    # a window's end is the text's end for Python: the translation must still find it
    for end in range(at, len(text) + 1):
        inside = python.search(text, at, end)
        if inside is not None:
            assert translated.search(text, at) is not None


def test_a_failed_search_is_not_taken_for_no_match(monkeypatch: pytest.MonkeyPatch) -> None:
    patterns = PatternSet()
    patterns.add("policy")
    patterns.compile()
    assert patterns.hits(Encoded("per our policy")) is not None
    # RE2 gives no numbers at all when its automaton runs out of memory: the pattern that
    # matches every text is missing then, so the set says it cannot tell
    real = re2.Set.SearchSet

    class OutOfMemory:
        def __init__(self, options: re2.Options) -> None:
            self.real = real(options)
            self.Add = self.real.Add
            self.Compile = self.real.Compile

        def Match(self, data: bytes) -> None:
            return None

    monkeypatch.setattr(re2.Set, "SearchSet", OutOfMemory)
    patterns = PatternSet()
    patterns.add("policy")
    patterns.compile()
    assert patterns.hits(Encoded("per our policy")) is None


def test_a_set_without_re2_never_tells() -> None:
    patterns = PatternSet(use_re2=False)
    assert patterns.add("policy", locate=True) == (None, None)
    patterns.compile()
    assert patterns.hits(Encoded("per our policy")) is None


def test_a_beginning_anchor_after_a_trailing_look_ahead_still_matches_where_python_does() -> None:
    # Found by the property test above: "(?=a)^" became "a^", which RE2 never matches.
    for pattern, text in [("(?=a)^", "a"), ("x\n(?=a)^", "x\na")]:
        assert re.compile(pattern, re.MULTILINE).search(text) is not None
        assert re2.compile(superset(pattern, re.MULTILINE)).search(text) is not None


def test_patterns_spread_over_several_automata_keep_their_numbers() -> None:
    patterns = PatternSet()
    words = [f"word{n}x" for n in range(3 * _GROUP + 5)]
    numbers = [patterns.add(w)[0] for w in words]
    patterns.compile()
    assert numbers == list(range(len(words)))
    for n in (0, _GROUP - 1, _GROUP, 2 * _GROUP + 1, len(words) - 1):
        assert patterns.hits(Encoded(f"a {words[n]} here")) == {n}
    assert patterns.hits(Encoded("nothing")) == frozenset()


def test_a_long_counted_repeat_is_looked_for_unbounded_and_still_found() -> None:
    translated = _emit(list(_parse(r"but[^.]{0,60}no", 0)), at_end=True)
    assert "60" not in translated and translated.endswith(")*no")
    patterns = PatternSet()
    number, _ = patterns.add(r"but[^.!?]{1,30} no")
    patterns.compile()
    found = patterns.hits(Encoded("but we can't do that, no"))
    assert found is not None and number in found


def test_a_locator_ends_its_match_as_soon_as_it_can() -> None:
    """A locator is asked only where a match may start. Greedy, a trailing "[^.]{0,60}" (read
    unbounded) had RE2 read on to the next full stop on every call: a long text without one and
    with the pattern's words on every line cost time by the square of its length."""
    patterns = PatternSet()
    _, locator = patterns.add(r"(?:(?<=sorry )|(?<=regret ))if (?:you|we)[^.!?]{0,60}", locate=True)
    assert locator is not None
    text = Encoded(("if you had a b c d " * 50).lower())
    [(begin, end)] = locator.Match(patterns.unanchored, text.data, 3, len(text.data))
    assert (begin, end) == (19, 25)  # the next "if you", and no further


def test_lazy_repeats_keep_where_each_match_starts() -> None:
    for pattern in [r"a[^.]{0,60}b", r"(?:x|yy)+z", r"(?:the )?reply(?: now)?"]:
        greedy = _emit(list(_parse(pattern, 0)), at_end=True)
        lazy = _emit(list(_parse(pattern, 0)), at_end=True, lazy=True)
        for text in ["xx a..b yyz the reply now", "reply a b xyz", "nothing here"]:
            starts = [
                (m.start() if m else None)
                for m in (re2.search(greedy, text), re2.search(lazy, text))
            ]
            assert starts[0] == starts[1], (pattern, text)


# ------------------------------------------------------------------ compiled on first use


@pytest.mark.parametrize(
    "pattern",
    [
        r"(?<=then,? )go",
        r"x(?<!a|bc)y",
        r"(?:one|(?:(?<=a+)b))",
        r"(?=(?<!ab?)c)c",
    ],
)
def test_a_rule_whose_look_behind_varies_in_width_is_refused_when_its_pack_is_read(
    pattern: str,
) -> None:
    """The patterns that can join the set are compiled only when a text may match them, so
    the one error Python's parser leaves to its compiler is looked for when the pack is read,
    wherever the look-behind sits."""
    from companion.core.checker.pack import RulePackError, parse_pack

    rule = {
        "id": "r",
        "category": "dismissive",
        "severity": "care",
        "practice": "P2.3",
        "why": "w",
        "message": "m",
        "patterns": [pattern],
    }
    with pytest.raises(re.error):
        re.compile(pattern)
    with pytest.raises(RulePackError, match="look-behind"):
        parse_pack({"pack": {"lang": "xx"}, "rule": [rule]}, "xx.toml")


def test_a_pattern_in_the_set_is_compiled_when_a_text_first_may_match_it() -> None:
    from companion.core.checker.engine import LazyPattern, Subject, compile_patterns

    patterns = PatternSet()
    matcher = compile_patterns(["sorry (?:not|if) sorry"], True, False, patterns)
    patterns.compile()
    lazy = matcher.lowered[0]
    assert isinstance(lazy, LazyPattern) and lazy._compiled is None
    assert matcher.spans(Subject("The parcel left today.", patterns)) == []
    assert lazy._compiled is None  # the set said it could not match: never compiled
    text = "Well, sorry not sorry."
    assert matcher.spans(Subject(text, patterns)) == [(6, 21)]
    assert lazy._compiled is not None and lazy.pattern == lazy._compiled.pattern


def test_a_pattern_several_rules_share_joins_the_set_once_and_wakes_each_rule() -> None:
    """The same text in two rules (a word class alone in their lists) is added once; a text it
    may match still wakes both rules."""
    from companion.core.checker.checking import _rules_to_run
    from companion.core.checker.engine import Subject
    from companion.core.checker.pack import parse_pack

    def rule(rule_id: str, category: str) -> dict[str, object]:
        return {
            "id": rule_id,
            "category": category,
            "severity": "care",
            "practice": "P2.3",
            "why": "w",
            "message": "m",
            "patterns": ["for the record", rule_id.replace("-", " ")],
        }

    pack = parse_pack(
        {
            "pack": {"lang": "xx"},
            "rule": [rule("one-rule", "dismissive"), rule("two-rule", "blame")],
        },
        "xx.toml",
    )
    assert len(pack.pattern_set) == 3  # "for the record" once, and each rule's own
    hits = Subject("for the record, it was sent.", pack.pattern_set).hits
    assert [r.id for r in _rules_to_run(pack, hits, ())] == ["one-rule", "two-rule"]
