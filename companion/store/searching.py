"""Search over a table's folded ``search`` column and its two FTS5 indexes (built by
schema._search_indexes): what a query adds to a SELECT."""

from __future__ import annotations

from dataclasses import dataclass, field

from companion.core.search import fts_phrases, search_terms


@dataclass
class Matching:
    """Joins, conditions and parameters that keep the rows holding every word of a query."""

    joins: str = ""
    where: list[str] = field(default_factory=list)
    params: list[object] = field(default_factory=list)


def matching(query: str, alias: str, words_index: str, trigrams_index: str) -> Matching:
    """What keeps the rows of ``alias`` holding every word of ``query``: an English or Greek
    word from its start through ``words_index``, a Korean, Japanese or Chinese word anywhere
    through ``trigrams_index``, and one or two such characters by reading the rows (fewer than
    a trigram). The query is never read as FTS syntax."""
    found = Matching()
    terms = search_terms(query)
    if terms.words:
        found.joins += f" JOIN {words_index} ON {words_index}.rowid = {alias}.id"
        found.where.append(f"{words_index} MATCH ?")
        found.params.append(fts_phrases(terms.words, prefix=True))
    if terms.pieces:
        found.joins += f" JOIN {trigrams_index} ON {trigrams_index}.rowid = {alias}.id"
        found.where.append(f"{trigrams_index} MATCH ?")
        found.params.append(fts_phrases(terms.pieces))
    for piece in terms.scanned:
        found.where.append(f"instr({alias}.search, ?) > 0")
        found.params.append(piece)
    return found
