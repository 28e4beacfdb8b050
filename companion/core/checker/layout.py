"""Text layout: where a reply's sentences start and end, which parts are quoted from the
customer, which words are friendly, and how many words a stretch holds.

Sentences are found around one place at a time, never all at once: most replies need only the
sentences around a few matches. ASCII text (most replies) is measured on ``bytes.translate``
copies, which ``bytes.find`` and ``bytes.count`` search in C.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass

from companion.core.checker.engine import Matcher, Subject, compiled, may_match
from companion.core.checker.patternset import PatternSet

#: Characters skipped at the start of a sentence (a finding starts at the first word).
SENTENCE_LEAD = " \t\r\"'“‘(*-•"
_X = ord("x")


def ascii_table(classes: Mapping[str, str], other: str) -> bytes:
    """A bytes.translate table: each character of a key becomes its value, the rest ``other``."""
    table = bytearray(other.encode("ascii") * 256)
    for chars, into in classes.items():
        for ch in chars:
            table[ord(ch)] = ord(into)
    return bytes(table)


ASCII_SPACE = "".join(chr(i) for i in range(128) if chr(i).isspace())
#: ASCII white space becomes " ", everything else "x"
SPACE_TABLE = ascii_table({ASCII_SPACE: " "}, "x")


def word_count(text: str, by_space: bool) -> int:
    """Words between white space, or (``by_space`` false, for languages written without
    spaces) characters that are not white space."""
    if not by_space:
        return len("".join(text.split()))
    if text.isascii():  # words start where a space is followed by a non-space
        marks = text.encode("ascii").translate(SPACE_TABLE)
        return marks.count(b" x") + marks.startswith(b"x")
    return len(text.split())


#: A full stop with a letter or digit right after it: inside a web address, an e-mail address,
#: a number or a file name ("shop.com/returns", "£3.50", "v2.1"), not the end of a sentence
_INNER_DOT = re.compile(r"\.(?=\w)")


@dataclass(frozen=True, slots=True)
class Sentences:
    """How a pack splits text into sentences: each runs to its end marks (``.!?…`` in English),
    a newline or the end of the text, and starts after that, past any lead (spaces, quotes,
    bullets). A full stop with a letter or digit right after it is inside a word, not an end."""

    marks: str
    #: an end mark or a newline
    mark: re.Pattern[str]
    #: bytes.translate table turning ASCII end marks and newlines into "." and the rest "x"
    ascii_shape: bytes
    #: whether no lead character ends a sentence (so skipping a lead needs no end)
    lead_apart: bool

    @classmethod
    def of(cls, marks: str) -> Sentences:
        ends = re.escape(marks)
        mark = rf"[{ends}\n]"
        if "." in marks:  # a full stop inside a word ("shop.com", "3.50") ends nothing
            mark = rf"[{re.escape(marks.replace('.', ''))}\n]|\.(?!\w)"
        return cls(
            marks=marks,
            mark=re.compile(mark),
            lead_apart=not set(SENTENCE_LEAD) & set(marks),
            ascii_shape=ascii_table({"".join(ch for ch in marks if ch.isascii()) + "\n": "."}, "x"),
        )

    def long_content(self, size: int) -> re.Pattern[str]:
        """Stretches of at least ``size`` characters with no end mark or newline (tried only
        where such a stretch begins, so the search stays linear)."""
        other = rf"[^\n{re.escape(self.marks)}]"
        if "." in self.marks:  # a full stop inside a word is content (see _INNER_DOT)
            return compiled(rf"(?<!{other})(?<!\.(?=\w))(?:{other}|\.(?=\w)){{{size},}}", 0)
        return compiled(rf"(?<!{other}){other}{{{size},}}", 0)


#: Code in a reply: a fenced block (```…```) or an inline span (`…`) on one line.
_CODE = re.compile(r"```[\s\S]{0,20000}?```|`[^`\n]{1,500}`")
#: Square brackets in a reply that are not link text ("[…](url)" is sent): a blank to fill in
#: ("[new delivery date]") or a note to the agent (see _is_note)
_BRACKETED = re.compile(r"\[([^\[\]\n]{5,300})\](?!\()")
#: What makes a short bracketed stretch an instruction rather than a blank
_NOTE_MARKS = (":", "e.g", "etc", "i.e")


def _is_note(inner: str) -> bool:
    """Whether bracketed words are a note to the agent in a saved reply, replaced before
    sending ("[say why in one honest line]", "[GOODWILL GESTURE - e.g. a voucher]"): five
    words or more, or three with a colon or an "e.g.". A blank ("[new delivery date]") stands
    for the agent's own words and is read as them."""
    words = len(inner.split())
    return words >= 5 or (words >= 3 and any(mark in inner for mark in _NOTE_MARKS))


def aside_spans(text: str, end: int) -> list[tuple[int, int]]:
    """(start, end) of each stretch before ``end`` that is neither the agent's prose nor the
    customer's words: code pasted into the reply, and notes to the agent."""
    spans: list[tuple[int, int]] = []
    if "`" in text:
        spans.extend(m.span() for m in _CODE.finditer(text, 0, end))
    if "[" in text:
        spans.extend(m.span() for m in _BRACKETED.finditer(text, 0, end) if _is_note(m[1]))
    return spans


#: the marks that open a reported quote (not the apostrophe, which most English texts hold):
#: a text with none of them reports no one's words
_QUOTE_MARKS = '"“„«「『‘'


@dataclass(frozen=True, slots=True)
class Quoting:
    """How a pack tells the customer's quoted words from the agent's: quoted lines (``> …``),
    a quoted block that runs to the end ("On … wrote:"), and words reported in quotation marks
    ("you wrote “…”", "「…」とのご指摘"): ``reported`` patterns whose first group is the
    customer's words. The ids are the set numbers of the lower-cased line and block patterns,
    so a text the set rules out is not searched."""

    line: re.Pattern[str] | None = None
    block: re.Pattern[str] | None = None
    line_ids: tuple[int | None, ...] = ()
    block_ids: tuple[int | None, ...] = ()
    reported: tuple[re.Pattern[str], ...] = ()

    def parts(
        self, text: str, hits: frozenset[int] | None
    ) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
        """(start, end) of each stretch that is the agent's own, in order, and of each aside
        (code, a note to the agent, the customer's words reported in quotation marks) before a
        quoted block: the rest is the customer's."""
        spans: list[tuple[int, int]] = []
        block_at = len(text)
        if self.block is not None and may_match(self.block_ids, hits, text):
            m = self.block.search(text)
            if m is not None:
                block_at = m.start()
                spans.append((block_at, len(text)))
        if self.line is not None and may_match(self.line_ids, hits, text):
            for m in self.line.finditer(text, 0, block_at):
                line_end = text.find("\n", m.start())
                spans.append((m.start(), len(text) if line_end < 0 else line_end))
        asides = aside_spans(text, block_at)
        if self.reported and any(mark in text for mark in _QUOTE_MARKS):
            # words reported inside the agent's sentence are not the agent's, but they are not
            # a quoted message either: like a note, they neither count nor set the situation
            for pattern in self.reported:
                asides.extend(m.span(1) for m in pattern.finditer(text, 0, block_at) if m[1])
        spans.extend(asides)
        spans.sort()
        agent: list[tuple[int, int]] = []
        pos = 0
        for a, b in spans:
            if a > pos:
                agent.append((pos, a))
            pos = max(pos, b)
        if pos < len(text):
            agent.append((pos, len(text)))
        return tuple(agent), tuple(asides)


def _ascii_stretches(shape: bytes, size: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each stretch of ``size`` or more characters with no end mark."""
    parts = shape.split(b".")
    if max(map(len, parts)) < size:
        return  # the usual case, found without a loop
    pos = 0
    for part in parts:
        if len(part) >= size:
            yield pos, pos + len(part)
        pos += len(part) + 1


class Layout(Subject):
    """One text being checked: what the engine needs to match it (see Subject), where the
    agent's own words are, and (found on first use) its friendly words and sentence edges."""

    __slots__ = (
        "_friendly",
        "_friendly_spans",
        "_marks",
        "_sentences",
        "_shape_bytes",
        "_spaces",
        "agent",
        "asides",
        "quoted",
    )

    def __init__(
        self,
        text: str,
        pattern_set: PatternSet | None,
        sentences: Sentences,
        quoting: Quoting,
        friendly: Matcher | None = None,
        *,
        fold: bool = False,
    ) -> None:
        super().__init__(text, pattern_set, fold)
        self._sentences = sentences
        self._friendly = friendly
        #: spans not quoted from the customer, and code and notes to the agent: not the
        #: agent's words, nor the customer's
        self.agent, self.asides = quoting.parts(text, self.hits)
        #: whether anything is quoted (if not, every span is the agent's)
        self.quoted = self.agent != ((0, len(text)),)
        self._friendly_spans: tuple[tuple[int, int], ...] | None = None
        self._marks: list[int] | None = None
        self._shape_bytes: bytes | None = None
        self._spaces: bytes | None = None

    def agent_text(self) -> str:
        """The agent's own words, quoted stretches left out (joined by newlines)."""
        if not self.quoted:
            return self.text
        return "\n".join(self.text[a:b] for a, b in self.agent)

    def in_agent(self, start: int, end: int) -> bool:
        """Whether text[start:end] lies within the agent's own words."""
        if not self.quoted:
            return True
        i = bisect.bisect_right(self.agent, (start, len(self.text) + 1)) - 1
        return i >= 0 and self.agent[i][0] <= start and end <= self.agent[i][1]

    def is_friendly(self, start: int, end: int) -> bool:
        """Whether text[start:end] overlaps friendly words ("no problem", an apology)."""
        friendly = self._friendly_spans
        if friendly is None:
            friendly = self._friendly_spans = self._find_friendly()
        if not friendly:
            return False
        # friendly spans never overlap each other, so the last one starting before `end`
        # is the only one that can reach back over `start`
        i = bisect.bisect_right(friendly, (end, end))
        return i > 0 and friendly[i - 1][0] < end and start < friendly[i - 1][1]

    def _find_friendly(self) -> tuple[tuple[int, int], ...]:
        merged: list[tuple[int, int]] = []
        if self._friendly is not None and self._friendly.may_match(self.hits):
            for a, b in self._friendly.spans(self):  # sorted
                if merged and a < merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
                else:
                    merged.append((a, b))
        return tuple(merged)

    def word_count(self, start: int, end: int, by_space: bool) -> int:
        """word_count(text[start:end]); in ASCII text counted on a byte copy made once."""
        if not by_space or not self.text.isascii():
            return word_count(self.text[start:end], by_space)
        if self._spaces is None:
            self._spaces = self.text.encode("ascii").translate(SPACE_TABLE)
        spaces = self._spaces
        return spaces.count(b" x", start, end) + (start < end and spaces[start] == _X)

    def _shape(self) -> bytes | None:
        """ASCII text as bytes where every end mark and newline is "." and the rest "x", so
        sentence edges are found by bytes.find (None: the text is not ASCII)."""
        if self._shape_bytes is None:
            text = self.text
            table = self._sentences.ascii_shape
            shape = text.encode("ascii").translate(table) if text.isascii() else b""
            if shape and "." in self._sentences.marks and _INNER_DOT.search(text):
                inner = bytearray(shape)
                for m in _INNER_DOT.finditer(text):
                    inner[m.start()] = ord("x")
                shape = bytes(inner)
            self._shape_bytes = shape
        return self._shape_bytes or None

    def sentence_end(self, pos: int) -> int:
        """Where the sentence holding ``pos`` ends (after its end marks or newline)."""
        shape = self._shape()
        text = self.text
        if shape is None:
            edges = self._mark_positions()
            k = bisect.bisect_left(edges, pos)
            if k == len(edges):
                return len(text)
            at = edges[k]
        else:
            at = shape.find(b".", pos)
            if at < 0:
                return len(text)
        if text[at] == "\n":
            return at + 1
        marks = self._sentences.marks
        at += 1
        while at < len(text) and text[at] in marks:
            at += 1
        return at

    def sentence_start(self, pos: int) -> int:
        """Where the sentence holding ``pos`` starts: its first character after the lead, or
        its end when it is all lead (a position inside the lead belongs to that sentence)."""
        text = self.text
        marks = self._sentences.marks
        at = pos
        if at < len(text) and text[at] in marks:  # inside a run of end marks: go to its start
            while at > 0 and text[at - 1] in marks:
                at -= 1
        shape = self._shape()
        if shape is not None:
            raw = shape.rfind(b".", 0, at) + 1
        else:
            edges = self._mark_positions()
            k = bisect.bisect_left(edges, at)
            raw = edges[k - 1] + 1 if k else 0
        return self._skip_lead(raw)

    def _mark_positions(self) -> list[int]:
        """Where each end mark and newline is, in order (found once, for text that is not
        ASCII: then every sentence edge is a bisection, not a scan of the sentence, and a long
        text without a full stop costs no more per match than a short one)."""
        if self._marks is None:
            self._marks = [m.start() for m in self._sentences.mark.finditer(self.text)]
        return self._marks

    def _skip_lead(self, start: int) -> int:
        """The first character of a sentence starting at ``start`` after its lead (stopping at
        its end, where a lead character can also end a sentence)."""
        text = self.text
        end = len(text) if self._sentences.lead_apart else self.sentence_end(start)
        while start < end and text[start] in SENTENCE_LEAD:
            start += 1
        return start

    def next_sentence_end(self, end: int) -> int:
        """The end of the sentence after the one ending at ``end`` (or ``end`` at the end)."""
        return end if end >= len(self.text) else self.sentence_end(end)

    def long_sentences(self, max_words: int, by_space: bool) -> Iterator[tuple[int, int]]:
        """(start, end) of each sentence of more than ``max_words`` words, in order.

        With words between spaces, such a sentence holds at least ``max_words`` words besides
        its end marks (which make one word at most), so at least 2 × max_words - 1 characters
        with no end mark or newline: only stretches that long are looked at.
        """
        text = self.text
        size = max(1, 2 * max_words - 1)
        shape = self._shape()
        if not by_space:
            raw: Iterable[int] = self._raw_starts()
        elif shape is not None:
            # a stretch can only start a long sentence if it holds max_words words (the end
            # marks after it make one more at most): counted on the byte copy, no slicing
            raw = (
                at
                for at, stop in _ascii_stretches(shape, size)
                if self.word_count(at, stop, by_space) >= max_words
            )
        else:
            raw = (m.start() for m in self._sentences.long_content(size).finditer(text))
        for start in raw:
            end = self.sentence_end(start)
            first = self._skip_lead(start)
            if self.word_count(first, end, by_space) > max_words:
                yield first, end

    def _raw_starts(self) -> Iterator[int]:
        pos, size = 0, len(self.text)
        while pos < size:
            yield pos
            pos = self.sentence_end(pos)
