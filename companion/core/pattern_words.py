"""The words every match of a regular expression contains, read from the pattern itself.

A reframe word list has hundreds of patterns and a thought holds few of their words: looking
the thought's words up once tells which patterns can match at all, so the rest are never run.
``required_literals`` gives, for one pattern, strings one of which every match contains
("always" for ``\\balways\\b``, {"never", "nothing"} for ``never|nothing``).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

_MIN_LITERAL = 2
"""A required literal shorter than this filters nothing worth the check."""

try:  # the standard library's regular-expression parser
    _sre: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - every supported Python has it
    _sre = None


def any_of_needs(each: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    """What a list of patterns needs together: one of all their words, or None when one of them
    needs no word (the list is then always run)."""
    needs: frozenset[str] = frozenset()
    for found in each:
        if found is None:
            return None
        needs |= found
    return needs or None


def required_literals(source: str) -> frozenset[str] | None:
    """Strings one of which every match of the pattern contains, or None when there are none
    worth looking for (the pattern is then always run)."""
    if _sre is None:
        return None
    try:
        found = _literals(list(_sre.parse(source)))
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    if not found or min(map(len, found)) < _MIN_LITERAL:
        return None
    return found


def _literals(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """For a sequence: the most selective set of alternatives that must appear in a match."""
    best: frozenset[str] | None = None

    def better(candidate: frozenset[str] | None) -> None:
        nonlocal best
        if not candidate:
            return
        if best is None or (min(map(len, candidate)), -len(candidate)) > (
            min(map(len, best)),
            -len(best),
        ):
            best = candidate

    run = ""
    for op, av in items:
        if op is _sre.LITERAL:
            run += chr(av)
            continue
        if run:
            better(frozenset([run]))
            run = ""
        if op is _sre.SUBPATTERN:
            better(_literals(list(av[3])))
        elif op is _sre.BRANCH:
            alternatives = [_literals(list(a)) for a in av[1]]
            if all(alternatives):
                better(frozenset().union(*(a for a in alternatives if a)))
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT) and av[0] >= 1:
            better(_literals(list(av[2])))
    if run:
        better(frozenset([run]))
    return best
