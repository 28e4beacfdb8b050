"""Happy file entries (P1.2): the data, tag rules, the de-duplication key and "lift me up" choice.

Plain data shared by the store, the exporters, the CLI and the screens.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from companion.core.days import utc_iso
from companion.core.search import fold

MAX_QUOTE_CHARS = 20_000
"""Longest quote kept; a longer clipboard is cut here and the user is told."""
MAX_NOTE_CHARS = 2_000
MAX_TAG_CHARS = 40
MAX_TAGS = 20
MAX_IMAGE_BYTES = 8_000_000
"""Largest stored image; the capture dialog scales screenshots well below this."""
MAX_IMAGE_SIDE = 1600
"""Screenshots are scaled so their longer side is at most this many pixels before saving."""
IMAGE_MIMES: tuple[str, ...] = ("image/png", "image/jpeg", "image/gif", "image/webp")
STARRED_WEIGHT = 4
"""How much likelier a starred entry is to be picked by "lift me up" than an unstarred one."""


@dataclass(frozen=True, slots=True)
class HappyEntry:
    """One kept customer message: the quote (already redacted unless the agent chose not to),
    why it made their day, tags, a star, and optionally a screenshot."""

    id: int | None
    created: dt.datetime
    quote: str
    note: str = ""
    tags: tuple[str, ...] = ()
    starred: bool = False
    image: bytes | None = None
    image_mime: str | None = None
    key: str = ""
    """Content key for de-duplication; fixed when the entry is first made, kept across edits."""

    @property
    def effective_key(self) -> str:
        return self.key or content_key(self.created, self.quote, self.image)


def content_key(created: dt.datetime, quote: str, image: bytes | None = None) -> str:
    """A stable key from when the entry was made and what it holds, so importing the same
    export twice adds nothing. Whitespace at the ends of the quote does not change it."""
    digest = hashlib.sha256()
    digest.update(utc_iso(created).encode())
    digest.update(b"\x00")
    digest.update(quote.strip().encode("utf-8", "surrogatepass"))
    digest.update(b"\x00")
    if image:
        digest.update(hashlib.sha256(image).digest())
    return digest.hexdigest()[:32]


_FINAL_SIGMA = re.compile(r"(?<=[\u0370-\u03ff\u1f00-\u1fff])σ(?![^\W\d_])")


def normalise_tag(tag: str) -> str:
    """The stored form of a tag: no leading '#', lower case, single spaces, at most 40 chars.

    Lower case keeps how a word is written: a Greek word keeps its final "ς" ("Ευχαριστίες" →
    "ευχαριστίες"), which case folding would turn into "σ"; one typed or stored with "σ" at
    the end gets its "ς" back.
    """
    cleaned = re.sub(r"\s+", " ", tag.strip().lstrip("#").strip()).lower()
    return _FINAL_SIGMA.sub("ς", cleaned[:MAX_TAG_CHARS].strip())


def tag_key(tag: str) -> str:
    """What two tags are compared by: case, accents and the form of sigma do not count, so
    "ευχαριστιες" and "ΕΥΧΑΡΙΣΤΙΕΣ" find "ευχαριστίες", as "Billing" finds "billing"."""
    return fold(normalise_tag(tag))


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Normalised tags in the order given, each once (the first spelling of tags with the same
    :func:`tag_key` is kept); commas split one entry into several."""
    seen: dict[str, str] = {}
    for raw in tags:
        for part in raw.split(","):
            tag = normalise_tag(part)
            if tag:
                seen.setdefault(tag_key(tag), tag)
    return tuple(seen.values())[:MAX_TAGS]


def cap_quote(text: str) -> tuple[str, bool]:
    """The quote cut to :data:`MAX_QUOTE_CHARS`, and whether it had to be cut."""
    if len(text) <= MAX_QUOTE_CHARS:
        return text, False
    return text[:MAX_QUOTE_CHARS], True


def choose_lift(candidates: Sequence[tuple[int, bool]], rng: random.Random) -> int | None:
    """Pick an entry id for "lift me up" from (id, starred) pairs, favouring starred ones."""
    if not candidates:
        return None
    weights = [STARRED_WEIGHT if starred else 1 for _, starred in candidates]
    return rng.choices([entry_id for entry_id, _ in candidates], weights=weights, k=1)[0]
