"""The suggested rewrites of a thought the reframe detector has marked (P1.5).

Each dimension's suggestion rewrites the sentence holding its first marked words: the clauses with
this dimension's words, every marked phrase in them replaced (see :mod:`companion.core.reframe`).
A frame several replacements end in ("…かもしれないと不安になっている") is said once, after the
last; a rewritten clause that a later one repeats is left out; and a cue's frame around the whole
rewrite (「…」と決めつけなくて大丈夫です) is used only when no other cue's rewrite is inside it.
The suggestion keeps the register of the thought's sentence (Korean 합니다체 in, 합니다체 out).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from companion.core.reframe_words import Dimension, in_register

if TYPE_CHECKING:
    from companion.core.reframe import Marking, _Reader

#: a word as the reader counts it
WORD = re.compile(r"\w+(?:'\w+)*")
#: What ends a sentence, Japanese full-width marks included
_END_MARKS = ".!?。！？"
_MAX_REWRITE_ROUNDS = 3
#: What ends a question: the Greek question mark is ";" (or U+037E, which looks the same)
_QUESTION_MARKS = "?？;\u037e"


class Rewriter:
    """Builds each dimension's suggestion from the sentence holding its first marked words."""

    def __init__(self, reader: _Reader, markings: Sequence[Marking]) -> None:
        self.reader = reader
        self.own = [m for m in markings if m.about_self]
        self._left: dict[str, list[Marking]] = {}

    def suggestion(self, dimension: Dimension) -> str | None:
        first = next((m for m in self.own if m.dimension is dimension), None)
        if first is None:
            return None
        reader = self.reader
        begin, finish = reader.sentence(first.start, first.end)
        inside = [m for m in self.own if begin <= m.start and m.end <= finish]
        segments = self.segments(begin, finish, inside)
        kept = self.with_subject(segments, _focus(segments, inside, dimension))
        kept = self.with_continuation(segments, kept, dimension, inside)
        for _round in range(_MAX_REWRITE_ROUNDS):
            unframed = self.framed_again(kept, dimension, inside)
            pieces = [self.rewrite(start, end, dimension, inside, unframed) for start, end in kept]
            kept, pieces = self.without_repeats(kept, pieces)
            # a clause word the sentence itself opens with ("Αν φύγω, …", "Όταν μιλάω, …") is
            # part of it; one that opened a clause further in ("…, but I always …") is not, nor
            # the question word of a question the rewrite answers ("Γιατί μόνο σε μένα …;")
            opener = (
                bool(kept)
                and not reader.text[begin : kept[0][0]].strip()
                and reader.thought[begin:finish].rstrip()[-1:] not in _QUESTION_MARKS
            )
            body, offsets = _join(
                pieces, reader.context.clause_words, reader.lists.word_boundaries, opener
            )
            if not body:
                return None
            left = self.left_in(body)
            if not left:
                break
            stained = {bisect.bisect_right(offsets, m.start) - 1 for m in left}
            kept = [segment for index, segment in enumerate(kept) if index not in stained]
            if not any(
                start <= m.start < end and m.dimension is dimension
                for start, end in kept
                for m in inside
            ):
                return None
        else:
            return None
        sentence = " ".join(body.split())
        # a thought trailing off ("…") is rewritten as a whole sentence, with its own end
        text = sentence.rstrip(_END_MARKS + "…")
        cue = reader.lists.cue_by_id[first.cue]
        end_mark = reader.thought[begin:finish].rstrip()[-1:]
        full_stop = "。" if reader.lists.language in ("ja", "zh") else "."
        if not end_mark or end_mark not in _END_MARKS:
            end_mark = full_stop
        elif end_mark in "?？" and (
            reader.lists.language == "ja"
            or any(reader.lists.cue_by_id[m.cue].statement for m in inside)
        ):
            # a worry asked of oneself ("何か言ったかな？") is answered with a statement
            # ("…あったのかもしれない。"), not a question; so is the inner critic's question
            # a cue in the sentence answers ("왜 고작 이것밖에 못 써?" → "이번엔 여기까지 했어.")
            end_mark = full_stop
        text = text.rstrip(" ,;:")
        if not text:
            return None
        text = text[0].upper() + text[1:]
        register = reader.register(begin, finish)
        template = None
        if cue.suggestion is not None:
            template = in_register(cue.suggestions, register, cue.suggestion)
            if template.find("{rewritten}") > 0 and any(
                m.cue != cue.id
                for start, end in kept
                for m in self.chosen(start, end, dimension, inside)
            ):
                # a frame around the whole rewrite ("「…」と決めつけなくて大丈夫です") would hold
                # another cue's rewrite inside it: the dimension's line follows it instead
                template = None
        if template is None:
            template = reader.lists.dimensions[dimension].suggestion_in(register)
        return template.format(rewritten=text, end=end_mark)

    def with_subject(
        self, segments: Sequence[tuple[int, int]], kept: list[tuple[int, int]]
    ) -> list[tuple[int, int]]:
        """The kept clauses, and the ones before them when the first goes on with a subject
        said earlier ("I'm hopeless and will never finish" → not "Will never finish …")."""
        starts = self.reader.context.shared_subject
        if not kept or not starts or kept[0] == segments[0]:
            return kept
        clause = self.reader.text[kept[0][0] : kept[0][1]].lstrip(" \t,;:—–-")
        if not any(start.match(clause) for start in starts):
            return kept
        return [*segments[: segments.index(kept[0])], *kept]

    def with_continuation(
        self,
        segments: Sequence[tuple[int, int]],
        kept: list[tuple[int, int]],
        dimension: Dimension,
        inside: Sequence[Marking],
    ) -> list[tuple[int, int]]:
        """The kept clauses, and the ones after them while the last, as rewritten, runs on into
        the next ("いつもミスをして、" does not end a suggestion; "…が重なった、" does)."""
        endings = self.reader.context.continuing_endings
        if not kept or not endings:
            return kept
        out = list(kept)
        index = segments.index(out[-1])
        while index + 1 < len(segments):
            clause = self.rewrite(*segments[index], dimension, inside)
            if not any(e.search(clause.rstrip(" \t\n,;:、，—–-")) for e in endings):
                break
            index += 1
            out.append(segments[index])
        return out

    def left_in(self, body: str) -> list[Marking]:
        """What is still marked, about the agent, in a rewrite (read once per text)."""
        if body not in self._left:
            found = self.reader.again(body)
            self._left[body] = [m for m in found if m.about_self]
        return self._left[body]

    def segments(self, begin: int, finish: int, inside: Sequence[Marking]) -> list[tuple[int, int]]:
        """The sentence cut at clause breaks and clause words, never inside marked words."""
        reader = self.reader
        breaks = reader.context.clause_breaks
        cuts = {i for i in range(begin + 1, finish) if reader.text[i] in breaks}
        cuts |= {
            i
            for i, _e, w in reader.tokens_between(begin, finish)
            if w in reader.context.clause_words
        }
        cuts = {c for c in cuts if not any(m.start < c < m.end for m in inside)}
        points = [begin, *sorted(c for c in cuts if begin < c < finish), finish]
        segments: list[tuple[int, int]] = []
        for a, b in itertools.pairwise(points):
            if segments and not WORD.search(reader.text, segments[-1][0], segments[-1][1]):
                a = segments.pop()[0]  # a lone break ("," before "and") joins the next clause
            if a < b:
                segments.append((a, b))
        return segments

    def chosen(
        self, start: int, end: int, dimension: Dimension, inside: Sequence[Marking]
    ) -> list[Marking]:
        """The marked phrases the segment's rewrite replaces, in order."""
        held = [m for m in inside if start <= m.start and m.end <= end]
        # The longest words first: a rewrite of "I can't do anything right" covers the
        # "anything" inside it, whichever dimension asked.
        held.sort(key=lambda m: (m.start - m.end, m.dimension is not dimension))
        chosen: list[Marking] = []
        for marking in held:
            if all(marking.end <= c.start or c.end <= marking.start for c in chosen):
                chosen.append(marking)
        return sorted(chosen, key=lambda m: m.start)

    def rewrite(
        self,
        start: int,
        end: int,
        dimension: Dimension,
        inside: Sequence[Marking],
        unframed: Collection[Marking] = (),
    ) -> str:
        """The segment with every marked phrase in it replaced (those in ``unframed`` without
        their frame, which a later one says for them)."""
        text = self.reader.thought[start:end]
        for marking in reversed(self.chosen(start, end, dimension, inside)):
            a, b = marking.start - start, marking.end - start
            replacement = marking.replacement
            if marking in unframed:
                replacement = replacement[: len(replacement) - len(marking.frame)]
            text = text[:a] + replacement + text[b:]
        return text

    def framed_again(
        self, kept: Sequence[tuple[int, int]], dimension: Dimension, inside: Sequence[Marking]
    ) -> list[Marking]:
        """The replaced phrases whose frame a later one in the rewrite ends in too: "契約を切ら
        れるかもしれないと不安になっているし、干されるかもしれないと不安になっている" says the
        frame once, after the last ("契約を切られるかもしれないし、干されるかもしれないと不安に
        なっている")."""
        chosen = [m for start, end in kept for m in self.chosen(start, end, dimension, inside)]
        cues = self.reader.lists.cue_by_id
        return [
            m
            for index, m in enumerate(chosen)
            if m.frame
            and any(
                later.frame and m.frame in cues[later.cue].frames for later in chosen[index + 1 :]
            )
        ]

    def without_repeats(
        self, kept: list[tuple[int, int]], pieces: list[str]
    ) -> tuple[list[tuple[int, int]], list[str]]:
        """The rewritten clauses without one that a later one repeats word for word ("今回は
        うまくいかなかっただけだし、今回はうまくいかなかっただけだ"): the later one stands
        for both. A last clause that only repeats the end of the one before it ("先輩は…かも
        しれないし、…かもしれない") is left out, and the one before it ends the rewrite."""
        said = [self.said(piece) for piece in pieces]
        keep = [
            index for index, words in enumerate(said) if not words or words not in said[index + 1 :]
        ]
        pieces = list(pieces)
        worded = [index for index in keep if said[index]]
        if len(worded) > 1:
            before, last = said[worded[-2]], said[worded[-1]]
            if before != last and before.endswith(last):
                ending = pieces[worded[-2]].rfind(last) + len(last)
                pieces[worded[-2]] = pieces[worded[-2]][:ending]
                keep.remove(worded[-1])
        if len(keep) == len(pieces):
            return kept, pieces
        return [kept[i] for i in keep], [pieces[i] for i in keep]

    def said(self, piece: str) -> str:
        """A rewritten clause without the marks and the linking ending around it."""
        words = piece.strip(" \t\n,;:、，。.!?！？—–-")
        for ending in self.reader.context.continuing_endings:
            words = ending.sub("", words)
        return words


def _focus(
    segments: Sequence[tuple[int, int]], inside: Sequence[Marking], dimension: Dimension
) -> list[tuple[int, int]]:
    """The clauses a dimension's suggestion rewrites: from its first marked clause to its last,
    without those in between that hold only other dimensions' words, and with the unmarked
    clauses right around them ("Honestly, …")."""
    kinds: list[str] = []  # "own", "other" or "none" per segment
    for start, end in segments:
        held = [m for m in inside if start <= m.start < end]
        kinds.append(
            "own" if any(m.dimension is dimension for m in held) else "other" if held else "none"
        )
    if "own" not in kinds:
        return []
    first = kinds.index("own")
    last = len(kinds) - 1 - kinds[::-1].index("own")
    while first > 0 and kinds[first - 1] == "none":
        first -= 1
    while last + 1 < len(kinds) and kinds[last + 1] == "none":
        last += 1
    return [segments[i] for i in range(first, last + 1) if kinds[i] != "other"]


def _join(
    pieces: Sequence[str],
    clause_words: frozenset[str],
    spaced: bool = True,
    opens_sentence: bool = False,
) -> tuple[str, list[int]]:
    """Kept segments as one text (without a leading break, nor a leading clause word unless the
    sentence opens with it) and their offsets."""
    body = ""
    offsets: list[int] = []
    for index, piece in enumerate(pieces):
        if index == 0:
            piece = piece.lstrip(" \t,;:—–-(、，　")
            word = WORD.match(piece)
            if word and word.group().casefold() in clause_words and not opens_sentence:
                piece = piece[word.end() :].lstrip()
        elif spaced and body and not body[-1].isspace() and piece[:1].isalnum():
            piece = " " + piece  # the space before "and" went with the clause left out
        if index == len(pieces) - 1:
            piece = piece.rstrip(_END_MARKS + "\n ")
        offsets.append(len(body))
        body += piece
    return body, offsets
