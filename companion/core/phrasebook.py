"""The phrasebook: support phrases by category (P4, P3.3, P3.6, P5.1, P5.4) and plain-word search.

Shipped phrases live in ``resources/phrasebook/<language>.toml`` and are validated once at load,
so a broken data file fails loudly in tests rather than quietly in front of a user. The agent's
own phrases and rehearsed answers (P1.7) are kept by the store and searched with the same rules.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from companion.core import search
from companion.core.errors import CompanionError
from companion.core.resources import resource

CATEGORY_IDS: tuple[str, ...] = (
    "acknowledge",
    "apologise",
    "find-agreement",
    "redirect",
    "boundary",
    "can-do",
    "explain-why",
    "hand-over",
    "confirm",
)
"""Every category, in the order a reply usually uses them. Other modules link here by id."""

_PRACTICE = re.compile(r"^P\d\.\d$")
_ID = re.compile(r"^[a-z][a-z-]*$")
_MAX_PHRASE_LENGTH = 400


class PhrasebookError(CompanionError):
    """A shipped phrasebook file is missing or malformed."""


@dataclass(frozen=True, slots=True)
class PhraseCategory:
    """One kind of phrase, e.g. "Acknowledge the feeling", with the practices behind it."""

    id: str
    title: str
    practices: tuple[str, ...]
    when: str
    phrases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Phrasebook:
    language: str
    name: str
    categories: tuple[PhraseCategory, ...]

    def category(self, category_id: str) -> PhraseCategory:
        for category in self.categories:
            if category.id == category_id:
                return category
        raise KeyError(category_id)

    def phrases(self) -> tuple[Phrase, ...]:
        """Every shipped phrase, tagged with its category, in file order."""
        return tuple(
            Phrase(category=category.id, text=text)
            for category in self.categories
            for text in category.phrases
        )


@dataclass(frozen=True, slots=True)
class Phrase:
    """One phrase to copy. ``objection`` is set for a rehearsed answer (P1.7)."""

    category: str
    text: str
    objection: str = ""
    user_id: int | None = None
    """The store's id for the agent's own entries; None for shipped phrases."""


@dataclass(frozen=True, slots=True)
class UserPhrase:
    """A phrase or rehearsed answer the agent wrote, as kept by the store and exported."""

    id: int | None
    created: datetime
    category: str
    text: str
    objection: str = ""

    @property
    def is_rehearsed_answer(self) -> bool:
        return bool(self.objection)

    def as_phrase(self) -> Phrase:
        return Phrase(
            category=self.category, text=self.text, objection=self.objection, user_id=self.id
        )


def shipped_languages() -> tuple[str, ...]:
    """Languages with a phrasebook file, e.g. ("en",)."""
    folder = resource("phrasebook")
    return tuple(sorted(path.stem for path in folder.glob("*.toml")))


def load_phrasebook(language: str = "en") -> Phrasebook:
    """The shipped phrasebook for ``language``, falling back to English when there is none."""
    path = resource("phrasebook", f"{language}.toml")
    if not path.is_file():
        path = resource("phrasebook", "en.toml")
    return load_phrasebook_file(path)


def load_phrasebook_file(path: Path) -> Phrasebook:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise PhrasebookError(f"The phrasebook {path.name} could not be read: {error}") from error
    return parse_phrasebook(raw, source=path.name)


def parse_phrasebook(raw: Mapping[str, Any], source: str = "phrasebook") -> Phrasebook:
    """Check and build a phrasebook from parsed TOML; every problem names the file and field."""

    def fail(message: str) -> PhrasebookError:
        return PhrasebookError(f"{source}: {message}")

    language = raw.get("language")
    if not isinstance(language, str) or not language:
        raise fail("'language' must be a non-empty string")
    name = raw.get("name", language)
    if not isinstance(name, str):
        raise fail("'name' must be a string")
    entries = raw.get("category")
    if not isinstance(entries, list) or not entries:
        raise fail("at least one [[category]] is needed")
    categories: list[PhraseCategory] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries):
        if not isinstance(entry, dict):
            raise fail(f"category {index + 1} is not a table")
        category_id = entry.get("id")
        if not isinstance(category_id, str) or not _ID.match(category_id):
            raise fail(f"category {index + 1} needs an id of lower-case words and dashes")
        if category_id in seen:
            raise fail(f"category '{category_id}' appears twice")
        if category_id not in CATEGORY_IDS:
            raise fail(f"category '{category_id}' is not one of {', '.join(CATEGORY_IDS)}")
        seen.add(category_id)
        unknown = set(entry) - {"id", "title", "practices", "when", "phrases"}
        if unknown:
            raise fail(f"category '{category_id}' has unknown fields: {', '.join(sorted(unknown))}")
        title = entry.get("title")
        if not isinstance(title, str) or not title.strip():
            raise fail(f"category '{category_id}' needs a title")
        practices = entry.get("practices")
        if (
            not isinstance(practices, list)
            or not practices
            or not all(isinstance(p, str) and _PRACTICE.match(p) for p in practices)
        ):
            raise fail(f"category '{category_id}' needs practices like [\"P4.1\"]")
        when = entry.get("when", "")
        if not isinstance(when, str):
            raise fail(f"category '{category_id}': 'when' must be a string")
        phrases = entry.get("phrases")
        if not isinstance(phrases, list) or not phrases:
            raise fail(f"category '{category_id}' needs at least one phrase")
        for phrase in phrases:
            if not isinstance(phrase, str) or not phrase.strip():
                raise fail(f"category '{category_id}' has an empty or non-text phrase")
            if len(phrase) > _MAX_PHRASE_LENGTH:
                raise fail(f"category '{category_id}' has a phrase over {_MAX_PHRASE_LENGTH} chars")
        if len({normalise(p) for p in phrases}) != len(phrases):
            raise fail(f"category '{category_id}' lists the same phrase twice")
        categories.append(
            PhraseCategory(
                id=category_id,
                title=title.strip(),
                practices=tuple(practices),
                when=when.strip(),
                phrases=tuple(p.strip() for p in phrases),
            )
        )
    return Phrasebook(language=language, name=name, categories=tuple(categories))


def normalise(text: str) -> str:
    """Lower-case, accent-free form used for matching ("Café" and "cafe" are the same word)."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return stripped.casefold()


def query_words(query: str) -> tuple[str, ...]:
    """The plain words of a search box entry, folded as search folds them; punctuation and
    search syntax are dropped."""
    return tuple(search.words(query))


def matches(query: str, *fields: str) -> bool:
    """True when every word of ``query`` appears somewhere in the fields, by the rules of every
    search in the app: a word's start in English or Greek ("thank" finds "Thanks", "ευχαριστω"
    finds "Ευχαριστώ"), anywhere in Korean, Japanese or Chinese ("ありがとう" inside a sentence)."""
    return search.holds_every_word(query, *fields)


def search_phrases(
    phrases: Iterable[Phrase],
    query: str = "",
    *,
    category: str | None = None,
    titles: Mapping[str, str] | None = None,
) -> list[Phrase]:
    """Phrases whose text, objection or category title hold every query word, in given order."""
    titles = titles or {}
    found: list[Phrase] = []
    for phrase in phrases:
        if category is not None and phrase.category != category:
            continue
        title = titles.get(phrase.category, phrase.category)
        if matches(query, phrase.text, phrase.objection, title):
            found.append(phrase)
    return found


def match_spans(text: str, query: str) -> list[tuple[int, int]]:
    """(start, end) in ``text`` of what the query matches, for highlighting, by the rules of
    :func:`matches`: a whole English or Greek word that a query word starts, accents and case
    aside; in Korean, Japanese or Chinese the query word itself, wherever it is in a sentence.
    """
    return search.match_spans(text, query)
