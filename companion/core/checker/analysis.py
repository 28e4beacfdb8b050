"""Word analysers: how a language's text splits into words, for rules that need more than
regular expressions.

English, Greek and any language written with spaces need only the words as written
(``SurfaceAnalyser``). Korean and Japanese will need a morphological analyser (particles and
endings attached to their stem); a pack names its analyser (``[pack] analyser = "…"``) and
``analyser_for`` imports it when a text in that language first asks, so the app never loads
one it does not use.
"""

from __future__ import annotations

import functools
import importlib
import re
from dataclasses import dataclass
from typing import Protocol

from companion.core.errors import CompanionError


@dataclass(frozen=True, slots=True)
class Token:
    """One word of a text: as written, its dictionary form, its part of speech ("" when the
    analyser does not tell), and its ``str`` offsets in the text."""

    surface: str
    lemma: str
    part_of_speech: str
    start: int
    end: int


class Analyser(Protocol):
    """What every analyser offers: its name (as packs spell it) and a text's words in order."""

    @property
    def name(self) -> str: ...

    def tokens(self, text: str) -> list[Token]: ...


class AnalyserUnavailable(CompanionError):
    """The analyser a pack names is unknown, or its package is not installed."""


_WORD = re.compile(r"\w+(?:['’]\w+)*")


class SurfaceAnalyser:
    """Words as written: runs of letters and digits (with inner apostrophes), the lemma
    lower-cased, no part of speech. Enough for languages whose words stand between spaces."""

    name = "surface"

    def tokens(self, text: str) -> list[Token]:
        return [
            Token(m.group(), m.group().lower(), "", m.start(), m.end())
            for m in _WORD.finditer(text)
        ]


#: Each analyser's name and where its class is ("module:Class", taking no arguments), imported
#: only when first asked for. Korean and Japanese analysers join here.
ANALYSERS: dict[str, str] = {
    "surface": f"{__name__}:SurfaceAnalyser",
}


@functools.cache
def analyser_for(name: str) -> Analyser:
    """The analyser called ``name``, loaded once per process."""
    where = ANALYSERS.get(name)
    if where is None:
        raise AnalyserUnavailable(f"There is no word analyser called '{name}'.")
    module_name, _, class_name = where.partition(":")
    try:
        analyser: Analyser = getattr(importlib.import_module(module_name), class_name)()
    except ImportError as exc:
        raise AnalyserUnavailable(
            f"The word analyser '{name}' cannot be loaded ({exc}); install its package."
        ) from exc
    return analyser
