"""Word analysers: how a language's text splits into words, for rules that need more than
regular expressions.

English, Greek and any language written with spaces need only the words as written
(``SurfaceAnalyser``). Korean and Japanese will need a morphological analyser (particles and
endings attached to their stem); a pack names its analyser (``[pack] analyser = "…"``) and
``analyser_for`` imports it when a text in that language first asks, so the app never loads
one it does not use.
"""

from __future__ import annotations

import bisect
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
    """The analyser a pack names is unknown, or its package is not installed. ``language``
    is the code of the language it serves ("ko"), ``packages`` what to install ("" when the
    analyser is unknown)."""

    def __init__(self, message: str, language: str = "", packages: str = "") -> None:
        super().__init__(message)
        self.language = language
        self.packages = packages


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
    "mecab-ko": "companion.core.checker.analysers:MecabKorean",
    "unidic": "companion.core.checker.analysers:UniDicJapanese",
}

#: The install extra that brings each optional analyser, the language it serves, and the
#: packages the extra installs (named in the advice: "companion" on the package index is
#: another project, so the extra alone could install the wrong thing).
EXTRAS: dict[str, tuple[str, str, str]] = {
    "mecab-ko": ("ko", "Korean", "python-mecab-ko"),
    "unidic": ("ja", "Japanese", "fugashi unidic-lite"),
}


_LOADED: set[str] = set()


def loaded_analysers() -> frozenset[str]:
    """The analysers this process has loaded."""
    return frozenset(_LOADED)


@functools.cache
def analyser_for(name: str) -> Analyser:
    """The analyser called ``name``, loaded once per process."""
    where = ANALYSERS.get(name)
    if where is None:
        raise AnalyserUnavailable(f"There is no word analyser called '{name}'.")
    module_name, _, class_name = where.partition(":")
    try:
        analyser: Analyser = getattr(importlib.import_module(module_name), class_name)()
    except (ImportError, RuntimeError) as exc:
        # RuntimeError: MeCab found no dictionary (a half-installed package)
        extra, language, packages = EXTRAS.get(name, ("", "", ""))
        if extra:
            raise AnalyserUnavailable(
                f"Not checked: {language} needs its word analyser, which is not installed. "
                f"Add it to Companion's environment with: pip install {packages} "
                f"(or run scripts/start.sh again, which installs the extra '{extra}').",
                extra,
                packages,
            ) from exc
        raise AnalyserUnavailable(
            f"The word analyser '{name}' cannot be loaded ({exc}); install its package."
        ) from exc
    _LOADED.add(name)
    return analyser


@dataclass(frozen=True, slots=True)
class LemmaLine:
    """A text's words as rules over lemmas read them: each token written ``lemma/TAG`` and
    the tokens joined by one space. ``starts[i]`` is where token i begins in ``line``."""

    line: str
    starts: tuple[int, ...]
    tokens: tuple[Token, ...]

    def token_at(self, pos: int) -> int | None:
        """The index of the token that begins at ``pos`` in the line (None: none does)."""
        i = bisect.bisect_left(self.starts, pos)
        return i if i < len(self.starts) and self.starts[i] == pos else None

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The text offsets covered by the line's match [start, end), or None when the match
        does not start at a token or does not end at the end of a token's lemma, its "/" or
        its tag."""
        first = self.token_at(start)
        if first is None or end <= start:
            return None
        line = self.line
        # the end of a token's lemma ("되다" before "/"), of its "/" or of its tag
        if end < len(line) and line[end] not in " /" and line[end - 1] != "/":
            return None
        if line[end - 1] == " ":
            return None
        last = bisect.bisect_right(self.starts, end - 1) - 1
        return self.tokens[first].start, self.tokens[last].end


def lemma_line(tokens: list[Token]) -> LemmaLine:
    """The lemma line of ``tokens`` (see LemmaLine); spaces inside a lemma become "_"."""
    parts: list[str] = []
    starts: list[int] = []
    at = 0
    for token in tokens:
        piece = f"{token.lemma.replace(' ', '_')}/{token.part_of_speech}"
        starts.append(at)
        parts.append(piece)
        at += len(piece) + 1
    return LemmaLine(" ".join(parts), tuple(starts), tuple(tokens))


def main(argv: list[str] | None = None) -> int:
    """``python -m companion.core.checker.analysis LANG TEXT``: print the text's lemma line as
    the analyser of LANG (ko, ja, or an analyser's name) reads it, for writing rules."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m companion.core.checker.analysis LANG TEXT", file=sys.stderr)
        return 2
    by_language = {extra: analyser for analyser, (extra, _, _) in EXTRAS.items()}
    name = args[0] if args[0] in ANALYSERS else by_language.get(args[0], "surface")
    print(lemma_line(analyser_for(name).tokens(args[1])).line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
