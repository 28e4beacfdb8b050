"""Detectors: one function per kind of rule, each finding that rule's problems in a draft.

A rule's ``kind`` in the pack names its detector. Adding a kind is one decorated function::

    @detector("kind-name")
    def find_kind_name(rule: Rule, draft: Draft) -> list[Finding]: ...
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from companion.core.checker.analysis import LemmaLine, Token, analyser_for, lemma_line
from companion.core.checker.engine import Matcher, Subject
from companion.core.checker.layout import Layout, ascii_table, word_count
from companion.core.checker.model import Finding, Rule, RulePack
from companion.core.checker.readability import flesch, sentences_and_syllables


class Draft:
    """One reply being checked, as every detector sees it: its layout, the agent's own words
    and their count, and what is worked out once for all rules (reading ease, words)."""

    __slots__ = (
        "_ease",
        "_lemmas",
        "_tokens",
        "agent_text",
        "ease_measured",
        "layout",
        "pack",
        "words",
    )

    def __init__(self, layout: Layout, pack: RulePack) -> None:
        self.layout = layout
        self.pack = pack
        self.agent_text = layout.agent_text()
        #: the agent's words (0 when the agent wrote nothing but space)
        self.words = 0
        if self.agent_text.strip():
            text = layout.text
            self.words = (
                layout.word_count(0, len(text), pack.words_by_space)
                if self.agent_text is text
                else word_count(self.agent_text, pack.words_by_space)
            )
        #: whether a rule asked for the reading ease (the report shows it only then)
        self.ease_measured = False
        self._ease: float | None = None
        self._tokens: list[Token] | None = None
        self._lemmas: LemmaLine | None = None

    def reading_ease(self) -> float | None:
        """Flesch reading ease of the agent's words (None under 30 words or in a language
        written without spaces)."""
        if not self.ease_measured:
            self.ease_measured = True
            if self.pack.reading_ease and self.pack.words_by_space and self.words >= 30:
                self._ease = flesch(self.words, *sentences_and_syllables(self.agent_text))
        return self._ease

    def tokens(self) -> list[Token]:
        """The text's words as the pack's analyser reads them (loaded on first use)."""
        if self._tokens is None:
            self._tokens = analyser_for(self.pack.analyser).tokens(self.layout.text)
        return self._tokens

    def lemmas(self) -> LemmaLine:
        """The text's lemma line, for rules over lemmas (worked out on first use)."""
        if self._lemmas is None:
            self._lemmas = lemma_line(self.tokens())
        return self._lemmas


@dataclass(frozen=True, slots=True)
class Detector:
    """How one kind of rule is checked. ``needs_patterns``: a rule of this kind is refused
    without patterns. ``only_on_match``: it finds nothing unless one of its own patterns
    matches, so the pack's pattern set may skip it for a text."""

    kind: str
    find: Callable[[Rule, Draft], list[Finding]]
    needs_patterns: bool = False
    only_on_match: bool = False


#: Every kind of rule a pack may use, by the name packs give it.
DETECTORS: dict[str, Detector] = {}


def detector(
    kind: str, *, needs_patterns: bool = False, only_on_match: bool = False
) -> Callable[[Callable[[Rule, Draft], list[Finding]]], Callable[[Rule, Draft], list[Finding]]]:
    """Register the decorated function as the detector of rules of ``kind``."""

    def register(
        find: Callable[[Rule, Draft], list[Finding]],
    ) -> Callable[[Rule, Draft], list[Finding]]:
        if kind in DETECTORS:
            raise ValueError(f"two detectors for rule kind '{kind}'")
        DETECTORS[kind] = Detector(kind, find, needs_patterns, only_on_match)
        return find

    return register


# --------------------------------------------------------------------------- pattern


def _agent_search(matcher: Matcher, layout: Layout) -> bool:
    """Whether the matcher finds anything in the agent's own (unquoted) words."""
    if not matcher.may_match(layout.hits):
        return False
    return any(matcher.search(layout, a, b) for a, b in layout.agent)


def _unless_hit(
    rule: Rule, unless: Matcher, layout: Layout, start: int, seen: dict[tuple[int, int], bool]
) -> bool:
    """Whether the rule's "unless" patterns cancel the match at ``start`` (sentence scopes).
    ``seen`` keeps the answer for each stretch looked at: matches in one sentence share it, so
    a long sentence is searched once, not once per match."""
    lo = layout.sentence_start(start)
    hi = layout.sentence_end(start)
    if rule.unless_scope == "next":
        hi = layout.next_sentence_end(hi)
    key = (min(lo, start), hi)
    hit = seen.get(key)
    if hit is None:
        hit = seen[key] = unless.search(layout, *key)
    return hit


#: Most findings one rule makes in one text: a pasted document where a word the rule flags
#: comes back thousands of times is told so a hundred times, which is enough to act on, and
#: checking it (with its rewrites fitted to each place) stays a matter of seconds.
MAX_PER_RULE = 100


@detector("pattern", needs_patterns=True, only_on_match=True)
def find_patterns(rule: Rule, draft: Draft) -> list[Finding]:
    """Each match of the rule's patterns (and lemma patterns) in the agent's words that no
    friendly words overlap and no "unless" pattern cancels."""
    layout = draft.layout
    unless = rule.unless
    if unless is not None and not unless.may_match(layout.hits):
        unless = None  # none of its patterns is in the text
    if unless is not None and rule.unless_scope == "document":
        if _agent_search(unless, layout):  # one match anywhere is enough, and cheaper
            return []
        unless = None
    found: list[Finding] = []
    last = -1
    quoted = layout.quoted
    seen: dict[tuple[int, int], bool] = {}
    after_sentence = rule.apply == "after-sentence"
    spans = rule.pattern.spans(layout) if rule.pattern is not None else []
    if rule.lemmas:
        spans = sorted(set(spans) | set(_lemma_spans(rule, draft)))
    for s, e in spans:
        if s == last:
            continue  # two patterns of the rule found the same place: the shorter one is kept
        if (quoted and not layout.in_agent(s, e)) or layout.is_friendly(s, e):
            continue
        if rule.at_sentence_start and layout.sentence_start(s) != s:
            continue
        if unless is not None and _unless_hit(rule, unless, layout, s, seen):
            continue
        insert_at = layout.sentence_end(s) if after_sentence else None
        # Finding(...) without its keyword handling: half the cost, and this runs per match
        found.append(tuple.__new__(Finding, (rule.id, s, e, insert_at, rule)))
        last = s
        if len(found) >= (rule.max_per_text or MAX_PER_RULE):
            break
    return found


def _lemma_spans(rule: Rule, draft: Draft) -> list[tuple[int, int]]:
    """The text spans of the rule's lemma patterns' matches: each match starts at a token
    and ends at a token's lemma or tag (see LemmaLine.span)."""
    lemmas = draft.lemmas()
    found: list[tuple[int, int]] = []
    for pattern in rule.lemmas:
        pos = 0
        while (m := pattern.search(lemmas.line, pos)) is not None:
            span = lemmas.span(*m.span())
            if span is None:
                pos = m.start() + 1
                continue
            found.append(span)
            pos = max(m.end(), m.start() + 1)
    return found


# --------------------------------------------------------------------------- caps

_CAPITALS_TABLE = ascii_table({"ABCDEFGHIJKLMNOPQRSTUVWXYZ": "U"}, " ")


@functools.cache
def _caps_word() -> re.Pattern[str]:
    """A word written only in capital letters (any script with case), built once."""
    ranges: list[str] = []
    start = prev = -2
    for cp in range(0x41, 0x2000):
        if chr(cp).isupper():
            if cp != prev + 1:
                if start >= 0:
                    ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
                start = cp
            prev = cp
    ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(prev))}")
    upper = "[" + "".join(ranges) + "]"
    # no look-behind in front: a leading character class keeps the engine's fast scan; the
    # start of the word is checked by the caller
    return re.compile(rf"{upper}{{2,}}(?:['’]{upper}+)*(?![^\W\d_])")


def _caps_words(text: str) -> Iterator[re.Match[str]]:
    """The words in capitals, as _caps_word().finditer(text) finds them. In ASCII text the
    search only starts where two capitals stand together (found in a byte copy)."""
    if not text.isascii():
        yield from _caps_word().finditer(text)
        return
    shape = text.encode("ascii").translate(_CAPITALS_TABLE)
    word = _caps_word().match
    at = shape.find(b"UU")
    while at >= 0:
        m = word(text, at)
        if m is None:
            at = shape.find(b"UU", at + 1)
            continue
        yield m
        at = shape.find(b"UU", m.end())


#: Template placeholders an agent fills in ([FIRST_NAME], {{ticket_ref}}, <Agent Name>,
#: %FIRST_NAME%, *|FNAME|*, (CUSTOMER NAME)): the capitals in them are not the agent's voice
_PLACEHOLDER = re.compile(
    r"\[[^\[\]\n]{1,80}\]|\{\{?[^{}\n]{1,80}\}?\}|<[^<>\n]{1,80}>|%\w{2,40}%|\*\|\w{1,40}\|\*"
    # (CUSTOMER NAME), (ΟΝΟΜΑ ΠΕΛΑΤΗ): words in capitals alone in brackets, in any script;
    # _placeholders keeps only those with no small letter
    r"|\([^()\n]{2,60}\)"
)
#: Characters that make a word in capitals part of a code or a name (ORDER_ID, SKU-1234, #ABC)
_CODE_BEFORE = frozenset("_#@/\\$%&+=")
_CODE_AFTER = frozenset("_@/\\%&+=")


def _is_code(text: str, s: int, e: int, word: str) -> bool:
    """Whether the capitals ``word`` = text[s:e] belong to a code, an identifier or a filler:
    digits or joiners on either side, a hyphen to a digit, or one letter repeated (XXXX)."""
    before = text[s - 1] if s else " "
    after = text[e] if e < len(text) else " "
    if before.isdigit() or after.isdigit() or before in _CODE_BEFORE or after in _CODE_AFTER:
        return True
    if after == "-" and e + 1 < len(text) and text[e + 1].isdigit():
        return True
    if after == "." and e + 1 < len(text) and text[e + 1].isalnum():
        return True  # a file name: "CONTRIBUTING.md", "README.txt"
    if before == "-" and s > 1 and text[s - 2].isdigit():
        return True
    return word.count(word[0]) == len(word)


#: How far before a word in capitals a caps rule's ``keywords`` look ("Reply with 'YES'")
_KEYWORD_REACH = 24


def _placeholders(text: str, rule: Rule | None = None) -> list[tuple[int, int]]:
    """(start, end) of each template placeholder in the text: a blank by its shape, or round
    brackets holding words the rule's ``blanks`` know for a blank to fill ("(insert SO ref)")."""
    if not any(mark in text for mark in "[{<%|("):
        return []
    return [
        m.span()
        for m in _PLACEHOLDER.finditer(text)
        if _is_blank_shape(m.group()) or (rule is not None and _is_blank(rule, m.group()[1:-1]))
    ]


def _is_blank_shape(found: str) -> bool:
    """Whether a bracketed stretch is a blank: any but round brackets, or round ones holding
    only capitals, digits and joiners ("(ENTER AMOUNT)", "(ΟΝΟΜΑ ΠΕΛΑΤΗ)"), two capitals at
    least."""
    if found[0] != "(":
        return True
    inner = found[1:-1]
    return (
        sum(ch.isupper() for ch in inner) >= 2
        and not any(ch.islower() for ch in inner)
        and all(ch.isalnum() or ch in " _/&#.-" for ch in inner)
    )


@detector("caps")
def find_capitals(rule: Rule, draft: Draft) -> list[Finding]:
    """Runs of words in capitals: two or more words, or one word that shouts alone — one of
    the rule's patterns (NOT, NEVER) or a word of ``min_letters`` letters or more. Acronyms
    (``allow``), template placeholders, codes, labels ("IMPORTANT:") and a keyword to send
    ("Reply YES") are left alone, and a lone short word that is not in the patterns is taken
    for a name (SEGA, ASUS)."""
    layout = draft.layout
    text = layout.text
    found: list[Finding] = []
    placeholders: list[tuple[int, int]] | None = None
    first = last = words = 0  # the current run: its start, end and size
    for m in _caps_words(text):
        s, e = m.span()
        if s > 0 and text[s - 1].isalpha():
            continue  # capitals inside a word ("iPHONE"): not a word of its own
        word = m.group()
        shouty = (
            word.casefold() not in rule.allow
            and layout.in_agent(s, e)
            and not _is_code(text, s, e, word)
        )
        if shouty:
            if placeholders is None:
                placeholders = _placeholders(text, rule)
            inside = next(((a, b) for a, b in placeholders if a <= s and e <= b), None)
            # "(CUSTOMER NAME)" is a blank to fill; "(I SAID NO)" is still a raised voice,
            # but not "(INSERT SO REF)", which the rule's blanks know for a blank
            in_placeholder = inside is not None and not (
                text[inside[0]] == "("
                and _listed_alone(rule, word)
                and not _is_blank(rule, text[inside[0] + 1 : inside[1] - 1])
            )
            keyword = (
                not words
                and rule.keywords is not None
                and rule.keywords.search(text, max(0, s - _KEYWORD_REACH), e) is not None
            )
            shouty = not (in_placeholder or keyword)
        if shouty and words and text[last:s].strip(" ,'’") == "":
            words, last = words + 1, e
            continue
        if _shouts(rule, text, first, last, words):
            found.append(Finding(rule.id, first, last, None, rule))
        first, last, words = s, e, 1 if shouty else 0
    if _shouts(rule, text, first, last, words):
        found.append(Finding(rule.id, first, last, None, rule))
    return found


# --------------------------------------------------------------------------- acronyms

#: a word of two to five capitals or digits starting with a capital ("SKU", "P4", "AT&T"),
#: perhaps with a plural "s" ("PNRs"), standing on its own
_ACRONYM = re.compile(r"(?<![\w\[{<_/@.&'’-])[A-Z][A-Z0-9&]{1,4}s?(?![\w\]}>_/@&'’-])")
#: three or more words in capitals in a row: a heading or shouting, not abbreviations
_CAPS_RUN = re.compile(r"[A-Z][A-Z0-9&'’]*(?:[ ,]+[A-Z][A-Z0-9&'’]*){2,}")


@detector("acronyms")
def find_acronyms(rule: Rule, draft: Draft) -> list[Finding]:
    """A sentence with ``min_acronyms`` different abbreviations in capitals ("the SKU is OOS
    until the next PO"), from its first to its last. Everyday ones (``allow``: PDF, UK, VISA),
    template placeholders, codes, and runs of three or more words in capitals (a heading, or
    shouting, which the caps rule finds) do not count."""
    layout = draft.layout
    text = layout.text
    if _ACRONYM.search(text) is None:
        return []
    runs = [m.span() for m in _CAPS_RUN.finditer(text)]
    placeholders: list[tuple[int, int]] | None = None
    by_sentence: dict[int, list[tuple[int, int, str]]] = {}
    for m in _ACRONYM.finditer(text):
        s, e = m.span()
        word = m.group()
        key = word.casefold()
        if key in rule.allow or (key.endswith("s") and key[:-1] in rule.allow):
            continue
        if any(a <= s and e <= b for a, b in runs) or _is_code(text, s, e, word):
            continue
        if not layout.in_agent(s, e):
            continue
        if placeholders is None:
            placeholders = _placeholders(text)
        if placeholders and any(a <= s and e <= b for a, b in placeholders):
            continue
        by_sentence.setdefault(layout.sentence_start(s), []).append((s, e, key.rstrip("s")))
    found: list[Finding] = []
    for words in by_sentence.values():
        if len({w for _, _, w in words}) >= rule.min_acronyms:
            found.append(Finding(rule.id, words[0][0], words[-1][1], None, rule))
    return found


#: How far a heading of a template may run on to its colon ("WHAT WE DID TO FIX IT:")
_LABEL_REACH = 80


def _is_label(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a label or a heading of a template ("IMPORTANT: …", "WHAT WE
    DID TO FIX IT:"), not shouting: the stretch from the start of its line or sentence (a
    template pasted without its line breaks: "… for you. WHAT WE DID: …") to a colon is
    all in capitals."""
    colon = text.find(":", e, e + _LABEL_REACH)
    if colon < 0:
        return False
    start = max(text.rfind(mark, max(0, s - _LABEL_REACH), s) for mark in "\n.!?]):") + 1
    heading = text[start:colon]
    return bool(heading.strip()) and not any(ch.islower() for ch in heading)


#: Marks that lead a heading line of a menu or a saved reply ("## RETURNS", "📦 ORDER HELP")
_HEADING_MARKS = frozenset("#*•▪►▶→")


#: A heading of up to this many words is a heading whatever its words ("📦 ORDER HELP")
_HEADING_WORDS = 3


def _is_heading(rule: Rule, text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is a heading line: nothing after it on its line, more text below it,
    and either led by a heading mark or a symbol (an emoji) and short or with none of its words
    one that shouts alone ("📦 DO NOT RETURN IT" still shouts), or alone on its line, short and
    with no such word ("REFUND DETAILS")."""
    line_start = text.rfind("\n", 0, s) + 1
    line_end = text.find("\n", e)
    if line_end < 0 or text[e:line_end].strip(" *_:") or not text[line_end:].strip():
        return False
    lead = text[line_start:s].strip()
    words = text[s:e].split()
    short = len(words) <= _HEADING_WORDS
    if lead:
        if any(ch.isalnum() for ch in lead) or not any(
            ch in _HEADING_MARKS or unicodedata.category(ch) == "So" for ch in lead
        ):
            return False
        if short:
            return True
    elif not short:
        # a plain-text section heading alone on its line ("REFUND DETAILS") must be short
        return False
    # and with no word that shouts alone ("NOT YET ACCEPTED", "📦 DO NOT RETURN IT" still shout)
    return not any(_listed_alone(rule, word.strip(",'’")) for word in words)


def _is_blank(rule: Rule, words: str) -> bool:
    """Whether ``words`` in capitals are, all of them, a blank of a template ("BUYERNAME",
    "INSERT SO REF"), as the caps rule's ``blanks`` say."""
    return rule.blanks is not None and rule.blanks.fullmatch(words.strip()) is not None


def _shouts(rule: Rule, text: str, s: int, e: int, words: int) -> bool:
    """Whether a run of ``words`` words in capitals, text[s:e], is shouting."""
    if words == 0 or _is_label(text, s, e) or _is_blank(rule, text[s:e]):
        return False
    if _is_heading(rule, text, s, e):
        return False
    return words >= 2 or _shouts_alone(rule, text, s, e)


#: (id of a caps rule's patterns, a word) -> (those patterns, whether they match the word);
#: holding the patterns keeps their id from being reused
_LONE_WORDS: dict[tuple[int, str], tuple[Matcher, bool]] = {}


def _shouts_alone(rule: Rule, text: str, s: int, e: int) -> bool:
    """Whether one word in capitals, text[s:e], is shouting on its own."""
    if e - s >= rule.min_letters:
        return True
    return _listed_alone(rule, text[s:e])


def _listed_alone(rule: Rule, word: str) -> bool:
    """Whether ``word`` is one of the caps rule's everyday words that shout alone (NOT, NEVER)."""
    pattern = rule.pattern
    if pattern is None:
        return False
    known = _LONE_WORDS.get((id(pattern), word))
    if known is None:  # a handful of words per pack, so each is worked out once
        if len(_LONE_WORDS) > 4096:
            _LONE_WORDS.clear()
        # folded as the pack's texts are: ΑΜΕΣΩΣ is "αμεσωσ" to a Greek pattern
        listed = (0, len(word)) in pattern.spans(Subject(word, None, fold=pattern.fold))
        known = _LONE_WORDS[(id(pattern), word)] = (pattern, listed)
    return known[1]


# --------------------------------------------------------------------------- missing


def _end_insert_position(layout: Layout, pack: RulePack) -> int:
    """Where a closing line belongs: after the agent's last words, before a sign-off."""
    if not layout.agent:
        return 0
    a, b = layout.agent[-1]
    text = layout.text
    body_end = b
    if pack.signoff is not None:
        tail_from = max(a, b - 300)
        for m in pack.signoff.finditer(text, tail_from, b):
            body_end = m.start()
            break
    while body_end > a and text[body_end - 1].isspace():
        body_end -= 1
    return body_end


#: Marks that leave a sentence open: a draft whose own words end on one stops mid-sentence
_OPEN_ENDS = frozenset(",;:(—–")


def _unfinished(layout: Layout, pack: RulePack) -> bool:
    """Whether the agent's words stop in the middle of a sentence ("…, I searched but,"),
    before any sign-off: a draft still being written, or a fragment pasted to check a phrase."""
    end = _end_insert_position(layout, pack)
    return end > 0 and layout.text[end - 1] in _OPEN_ENDS


def _quoted_search(matcher: Matcher, layout: Layout) -> bool:
    """Whether the matcher finds anything in the words quoted from the customer (not in code
    or a note to the agent)."""
    if not layout.quoted or not matcher.may_match(layout.hits):
        return False
    pos = 0
    for a, b in (*layout.agent, (len(layout.text), len(layout.text))):
        aside = any(x <= pos and a <= y for x, y in layout.asides)
        if a > pos and not aside and matcher.search(layout, pos, a):
            return True
        pos = b
    return False


def _agent_situation(matcher: Matcher, layout: Layout, unless: Matcher | None = None) -> bool:
    """Whether the matcher finds anything in the agent's words that is not friendly words
    ("we can't wait to see you" brings no bad news) nor inside a match of ``unless`` (a
    supposition: "if your card is lost, freeze it in the app" reports no loss)."""
    if not matcher.may_match(layout.hits):
        return False
    for a, b in layout.agent:
        pos = a
        while (hit := matcher.first(layout, pos, b)) is not None:
            if not layout.is_friendly(*hit) and not _inside(unless, layout, hit, a, b):
                return True
            pos = hit[1]  # patterns tried before this one have no match from here either
    return False


def _inside(unless: Matcher | None, layout: Layout, hit: tuple[int, int], a: int, b: int) -> bool:
    """Whether ``hit`` lies within one of ``unless``'s matches in text[a:b]."""
    if unless is None or not unless.may_match(layout.hits):
        return False
    return any(s <= hit[0] and hit[1] <= e for s, e in unless.spans(layout, a, b))


def _calls_for(rule: Rule, layout: Layout) -> bool:
    """Whether the reply is in a situation that calls for the rule's element: one of its
    ``when`` patterns in the agent's words (outside its ``unless`` matches), or of its
    ``when_quoted`` patterns in the words quoted from the customer (a rule with neither asks it
    of every reply)."""
    if rule.when is None and rule.when_quoted is None:
        return True
    if rule.when is not None and _agent_situation(rule.when, layout, rule.unless):
        return True
    return rule.when_quoted is not None and _quoted_search(rule.when_quoted, layout)


@detector("missing", needs_patterns=True)
def find_missing(rule: Rule, draft: Draft) -> list[Finding]:
    """The whole reply, when the situation calls for an element (see _calls_for) and none of
    the rule's patterns is in the agent's words (replies under ``min_words`` are let off). The
    suggestion goes at the start or the end of those words."""
    assert rule.pattern is not None
    layout = draft.layout
    if draft.words < rule.min_words or _agent_search(rule.pattern, layout):
        return []
    if rule.apply == "end" and _unfinished(layout, draft.pack):
        return []  # the end of the reply is not written yet, so it cannot lack a closing
    if not _calls_for(rule, layout):  # looked at second: most replies have the element
        return []
    if rule.apply == "end":
        at = _end_insert_position(layout, draft.pack)
    else:
        at = layout.agent[0][0] if layout.agent else 0
    if rule.apply == "start":
        text = layout.text
        while at < len(text) and text[at].isspace():
            at += 1
    return [Finding(rule.id, 0, 0, at, rule)]


# --------------------------------------------------------------------------- readability


@detector("readability")
def find_hard_reading(rule: Rule, draft: Draft) -> list[Finding]:
    """Sentences over ``max_sentence_words``; and the whole reply when it is over ``max_words``
    or, from 60 words (and ``min_words``), reads harder than ``min_reading_ease``."""
    layout = draft.layout
    by_space = draft.pack.words_by_space
    found: list[Finding] = []
    ease = draft.reading_ease()
    if rule.max_sentence_words:
        text = layout.text
        for s, e in layout.long_sentences(rule.max_sentence_words, by_space):
            stripped = e
            while stripped > s and text[stripped - 1].isspace():
                stripped -= 1
            if layout.in_agent(s, stripped):
                found.append(Finding(rule.id, s, stripped, None, rule))
    words = draft.words
    too_many = rule.max_words and words > rule.max_words
    too_hard = (
        rule.min_reading_ease is not None
        and ease is not None
        and words >= max(rule.min_words, 60)
        and ease < rule.min_reading_ease
    )
    if too_many or too_hard:
        found.append(Finding(rule.id, 0, 0, None, rule))
    return found
