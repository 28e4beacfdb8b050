"""Applying a finding's rewrite so the reply still reads as sentences, and keeping "ignore
here" marks on their words after an edit.

A suggestion is fitted to where it lands. In place of words (``apply = "replace"``) it takes
a capital at the start of a sentence and, in English, loses one in the middle of a sentence
(but "I" stays); "a"/"an" before and in it agree with the next word; a word that followed
the end of a sentence the rewrite runs on into is lower-cased when it is plainly not a name;
spaces and commas left by removed words go with them, and a sentence left empty goes
altogether. A suggestion ending like a sentence ("I understand.") replaces only a whole
sentence. A suggestion added as a sentence of its own (``after-sentence``, ``start``, ``end``)
goes after the sentence's end mark (one is added if it had none) or below a greeting line. A
suggestion that cannot fit where the finding is gives no rewrite at all, so it is not offered.

A rewrite is fitted on a stretch of the reply around its finding (a couple of thousand
characters either side, cut where a word starts or ends), so fitting costs the same in a long
reply as in a short one; the whole new reply is only put together when it is asked for
(``Rewrite.text``, which Apply uses).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from companion.core.checker.model import NORMAL_CASE, Finding, Report, Rule
from companion.core.language import fold_accents
from companion.core.plain_text import plain

_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«(["
_SPACE = " \t"
#: separators an opening word leaves behind when it goes ("Actually, …", "No — …")
_SEPARATORS = ",;:—–-、，"

#: Sentence ends written without a space after them.
_FULL_WIDTH_ENDS = "。！？"

#: Languages written without spaces between words or sentences: a rewrite adds none.
_UNSPACED = frozenset({"ja", "zh"})


def _spaced(rule: Rule) -> bool:
    return rule.lang.split("-")[0] not in _UNSPACED


#: English words that are never names: safe to lower-case when a sentence runs on into them
_COMMON = frozenset(
    """a an the this that these those there here it its we our ours you your yours they their
    them he she his her him my me us what which who whom whose when where why how if in on at
    for to as all some any no not so but and or also please thanks thank yes just only now then
    today tomorrow once while because since unless until every each both either neither one
    two three our let could would can will should may might do does did is are was were has
    have had be been being i'm""".split()
)
#: English words a replacement cannot end on before a full stop ("I'm sorry, but." is not done)
_NEEDS_MORE = frozenset("a an the and or but of to if than because your our my their its".split())
#: English determiners: two in a row ("the our team") keep the text's one
_DETERMINERS = frozenset("a an the this that these those our your my their its his her".split())
_I_WORD = re.compile(r"I(?:['’](?:m|ll|ve|d))?")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ARTICLE = re.compile(r"(?<![\w'’-])(a|an|A|An|AN)([ \t]+)([\"'“‘(]*)([\w][\w'’-]*)")
#: where an article may start: the first characters of an ``_ARTICLE`` match
_ARTICLE_AT = re.compile(r"(?<![\w'’-])(?:a|an|A|An|AN)[ \t]")


@dataclass(frozen=True, slots=True)
class Rewrite:
    """One suggestion fitted to its place: ``words`` is what goes into the reply ("" when
    words are removed); ``source[start:end]`` becomes ``new``, and ``text`` is the whole reply
    with it applied (put together when asked for)."""

    suggestion: str
    words: str
    source: str = field(repr=False)
    start: int
    end: int
    new: str = field(repr=False)

    @property
    def text(self) -> str:
        """The whole reply with the rewrite applied."""
        return self.source[: self.start] + self.new + self.source[self.end :]


class _Fitted(NamedTuple):
    """A suggestion fitted within a stretch of the reply: ``text`` is the stretch after it."""

    suggestion: str
    words: str
    text: str


#: How far a rewrite's stretch reaches before and after its finding, in characters
_REACH = 2000


def rewrites(text: str, finding: Finding) -> tuple[Rewrite, ...]:
    """The finding's suggestions that fit where it is, each fitted and applied (no two giving
    the same text); the Check screen offers exactly these."""
    rule = finding.source
    out: list[Rewrite] = []
    seen: set[str] = set()
    lo, hi = _stretch(text, finding)
    part, near = text[lo:hi], _shifted(finding, lo)
    for suggestion, pattern in zip(rule.suggestions, _patterns(rule), strict=True):
        fitted = _fit(part, near, suggestion, pattern, text)
        if fitted is not None and fitted.text != part and fitted.text not in seen:
            seen.add(fitted.text)
            out.append(Rewrite(suggestion, fitted.words, text, lo, hi, fitted.text))
    return tuple(out)


def report_json(text: str, report: Report) -> dict[str, Any]:
    """The ``companion check --json`` contract for ``report`` on ``text``: each finding's
    suggestions as they fit this reply (the words Apply puts in, "" where it removes words),
    its advice when the rule has some, and the language the reply was checked in; for a reply
    too long to check whole, ``truncated`` and how many characters were checked."""
    data = report.to_json()
    data["lang"] = report.lang
    if report.truncated:
        data["truncated"] = True
        data["checked_chars"] = report.checked_chars
    for finding, item in zip(report.findings, data["findings"], strict=True):
        item["suggestions"] = [rewrite.words for rewrite in rewrites(text, finding)]
        if finding.advice:
            item["advice"] = finding.advice
    return data


def fit_suggestion(text: str, finding: Finding, suggestion: str) -> Rewrite | None:
    """One suggestion (the rule's, or any text) fitted to the finding; None if it cannot fit.
    A rule may offer the same words for several places ("" to take out "hereby", and again
    "aforementioned"): the first of them that fits here is the one."""
    rule = finding.source
    patterns = [
        pattern
        for offered, pattern in zip(rule.suggestions, _patterns(rule), strict=True)
        if offered == suggestion
    ] or [None]
    lo, hi = _stretch(text, finding)
    for pattern in patterns:
        fitted = _fit(text[lo:hi], _shifted(finding, lo), suggestion, pattern, text)
        if fitted is not None:
            return Rewrite(suggestion, fitted.words, text, lo, hi, fitted.text)
    return None


def apply_suggestion(text: str, finding: Finding, suggestion: str) -> str:
    """The text with one suggestion applied where the finding is, fitted to its place (the
    text unchanged if the suggestion cannot fit there)."""
    rewrite = fit_suggestion(text, finding, suggestion)
    return text if rewrite is None else rewrite.text


def _stretch(text: str, finding: Finding) -> tuple[int, int]:
    """The stretch of ``text`` a finding's rewrites are fitted on: ``_REACH`` characters and
    a little more either side of the finding (of where a sentence is added, for one added).

    It starts where a word starts after a space and ends before a space, so everything a
    rewrite looks at near its finding (the word before, whether a sentence or a line starts
    there, whether anything is left before or after) reads the same in the stretch as in the
    whole reply."""
    size = len(text)
    if finding.insert_at is not None:
        lo_at = hi_at = max(0, min(finding.insert_at, size))
    else:
        lo_at = max(0, min(finding.start, size))
        hi_at = max(lo_at, min(finding.end, size))
    lo = lo_at - _REACH
    if lo <= 0:
        lo = 0
    else:
        floor = max(0, lo - _REACH)
        edge = _WORD_EDGE.search(text[floor : lo + 1][::-1])  # the nearest word start
        if edge is not None:
            lo -= edge.start()
        elif floor == 0:
            lo = 0
    hi = hi_at + _REACH
    if hi >= size:
        hi = size
    else:
        ceiling = min(size, hi + _REACH)
        edge = _BEFORE_SPACE.search(text, hi - 1, ceiling)
        if edge is not None:
            hi = edge.start() + 1
        elif ceiling == size:
            hi = size
    return lo, hi


#: a letter or digit with a space after it: read backwards, where a word starts
_WORD_EDGE = re.compile(r"[^\W_](?=\s)")
#: where a stretch may end: before a space or a line break
_BEFORE_SPACE = re.compile(r"\S(?=\s)")


def _shifted(finding: Finding, lo: int) -> Finding:
    """The finding with its offsets counted from ``lo``."""
    if not lo:
        return finding
    at = finding.insert_at
    return finding._replace(
        start=max(0, finding.start - lo),
        end=max(0, finding.end - lo),
        insert_at=None if at is None else max(0, at - lo),
    )


def _patterns(rule: Rule) -> tuple[re.Pattern[str] | None, ...]:
    patterns = rule.suggestion_for
    if len(patterns) != len(rule.suggestions):
        return (None,) * len(rule.suggestions)
    return patterns


def _fit(
    text: str, finding: Finding, suggestion: str, pattern: re.Pattern[str] | None, whole: str
) -> _Fitted | None:
    """The suggestion fitted where the finding is in ``text`` (a stretch of the reply
    ``whole``): fitted to the words as the reader sees them when the stretch hides some
    (a zero-width space inside a word, letters typed full width; see plain_text), and the
    change made to the user's own characters."""
    seen = plain(text, finding.source.lang)
    if seen is None:
        return _fit_plain(text, finding, suggestion, pattern, whole)
    at = finding.insert_at
    near = finding._replace(
        start=seen.index(finding.start),
        end=seen.index(finding.end),
        insert_at=None if at is None else seen.index(at),
    )
    fitted = _fit_plain(seen.text, near, suggestion, pattern, whole)
    if fitted is None:
        return None
    return fitted._replace(text=seen.put_back(text, fitted.text))


def _fit_plain(
    text: str, finding: Finding, suggestion: str, pattern: re.Pattern[str] | None, whole: str
) -> _Fitted | None:
    if finding.insert_at is not None:
        return _insert(text, finding, suggestion)
    start = max(0, min(finding.start, len(text)))
    end = max(start, min(finding.end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None  # a finding about the whole reply has no words to replace
    if pattern is not None:
        rule = finding.source
        bounded = rule.pattern.bounded if rule.pattern is not None else _spaced(rule)
        found = _fitting_place(text, start, pattern, rule.sentence_marks, bounded)
        if found is None:
            return None
        start, end = found
    words = suggestion
    if NORMAL_CASE in words:
        normal = _normal_case(text[start:end], whole)
        if normal is None:
            return None  # a Greek word whose accent the capitals dropped: no guessing
        words = words.replace(NORMAL_CASE, normal)
    place = _Place(text, start, end, finding.source, whole)
    if not words:
        return place.remove(suggestion)
    if words[-1] in place.marks and any(c.isalpha() for c in words):
        return place.replace_sentence(suggestion, words)
    return place.replace_words(suggestion, words)


def _fitting_place(
    text: str, start: int, pattern: re.Pattern[str], marks: str, bounded: bool = True
) -> tuple[int, int] | None:
    """Where a suggestion with a ``for`` pattern goes: the pattern must match from a word edge
    (from any character in a pack without word boundaries, as Japanese) in the finding's
    sentence, taking in the finding's first character; what its group (or, without one, the
    whole match) covers is replaced."""
    floor = max(0, start - 300)
    lo = floor  # just after the last sentence mark or line break before the finding
    for mark in marks + "\n":
        lo = max(lo, text.rfind(mark, floor, start) + 1)
    # only where a word starts or ends, when the pack reads words: found by one pass of the
    # regular-expression engine instead of two tests per character in Python
    places: Iterable[int] = (
        (edge.start() for edge in _WORD_EDGE_AT.finditer(text, lo, start + 1))
        if bounded
        else range(lo, start + 1)
    )
    for pos in places:
        if pos > start:
            break
        m = pattern.match(text, pos)
        if m is None or not (m.end() > start or pos == start):
            continue
        a, b = m.span(1) if pattern.groups and m.group(1) is not None else m.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        return a, b
    return None


def _is_word(c: str) -> bool:
    return c.isalnum() or c == "_"


#: a place not inside a word: \w is what _is_word says (a letter or digit of any script, "_")
_WORD_EDGE_AT = re.compile(r"(?<!\w)|(?!\w)")


# --------------------------------------------------------------------------- in place of words


class _Place:
    """The words a rewrite replaces, text[start:end], and how to fit text there."""

    def __init__(self, text: str, start: int, end: int, rule: Rule, whole: str) -> None:
        self.text, self.start, self.end, self.whole = text, start, end, whole
        self.marks = rule.sentence_marks
        self.english = rule.lang.split("-")[0] == "en"
        self.spaced = _spaced(rule)

    def at_sentence_start(self, pos: int) -> bool:
        return _sentence_starts(self.text, pos, self.marks)

    def done(self, suggestion: str, words: str, before: str, middle: str, after: str) -> _Fitted:
        new = before + middle + after
        if self.english:
            new = _fix_articles(new, len(before) - 4, len(before) + len(middle) + 1)
        return _Fitted(suggestion, words, new)

    def replace_sentence(self, suggestion: str, words: str) -> _Fitted | None:
        """A suggestion that is a sentence replaces a whole sentence, end marks and all."""
        text = self.text
        if not self.at_sentence_start(self.start):
            return None
        stop = self.end
        while stop < len(text) and text[stop] in self.marks:
            stop += 1
        ended = stop > self.end or _ends_sentence(text[self.start : self.end], self.marks)
        if stop < len(text) and not (
            text[stop] in "\r\n"
            or (ended and (text[stop].isspace() or text[stop - 1] in _FULL_WIDTH_ENDS))
        ):
            return None  # the words are only part of their sentence
        words = _capitalise(words)
        return self.done(suggestion, words, text[: self.start], words, text[stop:])

    def replace_words(self, suggestion: str, words: str) -> _Fitted | None:
        text, start, end = self.text, self.start, self.end
        before, after = text[:start], text[end:]
        if words[0] in ",;:" + self.marks:
            before = before.rstrip(_SPACE)  # ", please" joins the word before it
        elif self.english:
            previous = _last_word(before)
            first = _first_word(words)
            same = bool(previous) and previous.lower() == first.lower()
            if same and first.lower() not in _DETERMINERS:
                return None  # "to to", "is is"
            if previous.lower() in _DETERMINERS and first.lower() in _DETERMINERS:
                words = words[len(first) :].lstrip()  # "the our team": the text's one stays
                if not words:
                    return None
        if self.at_sentence_start(start):
            words = _capitalise(words)
        elif self.english:
            words = _lower_first_word(words)
        ended = _ends_sentence(text[start:end], self.marks)
        ends = _ends_sentence(words, self.marks)
        if ended and not ends:
            # the sentence now runs on into the next one: its first word loses its capital
            m = re.match(r"([ \t]+)(" + _WORD.pattern + ")", after)
            if m is None:
                return None
            lowered = self.lowered(m.group(2))
            if lowered is None:
                return None
            after = m.group(1) + lowered + after[m.end() :]
        elif ends and not ended:
            after = _capitalise_next(after)
        if self.english and not ends and not re.match(r"[ \t]+\w", after):
            last = words.split()[-1].lower() if words.split() else ""
            if words[-1] in _SEPARATORS or last in _NEEDS_MORE:
                return None  # "…, but." — the rewrite needs words after it
        return self.done(suggestion, words, before, words, after)

    def lowered(self, word: str) -> str | None:
        """``word`` in lower case in the middle of a sentence, or None when it may be a name."""
        if _I_WORD.fullmatch(word) or (word.isupper() and len(word) > 1):
            return word
        if not word[0].isupper():
            return word
        if not self.english:
            return None
        low = word[0].lower() + word[1:]
        elsewhere = _written_elsewhere(low, self.whole)
        if re.split(r"['’]", low.lower())[0] in _COMMON or elsewhere:
            return low
        return None

    def remove(self, suggestion: str) -> _Fitted | None:
        """The words go, with what they leave behind: a separator, a space, an empty sentence."""
        text, start, end = self.text, self.start, self.end
        before, after = text[:start], text[end:]
        if self.at_sentence_start(start):
            rest = after.lstrip(_SPACE).lstrip(_SEPARATORS).lstrip(_SPACE)
            if not rest or rest[0] in self.marks + "\r\n":
                # nothing is left of the sentence: it goes with its end marks
                k = 0
                while k < len(rest) and rest[k] in self.marks + _CLOSERS:
                    k += 1
                rest = rest[k:]
                if not rest.startswith(("\n", "\r")):
                    rest = rest.lstrip(_SPACE)
                if not before.strip() and not rest.strip():
                    return None  # nothing would be left of the reply
                if not rest.strip() or rest[0] in "\r\n":
                    before = before.rstrip(_SPACE)
                    if not before.strip():
                        rest = rest.lstrip()
                return _Fitted(suggestion, "", before + _capitalise_next(rest))
            return _Fitted(suggestion, "", before + _capitalise(rest))
        trimmed = before.rstrip(_SPACE)
        if not trimmed or trimmed[-1] in "\r\n":
            return None
        if after[:1] in (",", ";") and trimmed[-1] in ",;":
            return self.done(suggestion, "", trimmed[:-1], "", after[1:])  # an aside
        if after[:1] and (after[0] in self.marks or after[0] in ",;:)"):
            if trimmed[-1] in _SEPARATORS:
                trimmed = trimmed[:-1].rstrip(_SPACE)
            if self.english and _last_word(trimmed).lower() in _NEEDS_MORE:
                return None  # "this is the." — the words were needed
            return self.done(suggestion, "", trimmed, "", after)
        if not after.strip():
            if trimmed[-1] in _SEPARATORS:  # "…14 days, end of story" → "…14 days"
                trimmed = trimmed[:-1].rstrip(_SPACE)
            if self.english and _last_word(trimmed).lower() in _NEEDS_MORE:
                return None
            return self.done(suggestion, "", trimmed, "", after)
        if not self.spaced:
            return self.done(suggestion, "", before, "", after)
        if after[:1] not in _SPACE:
            return None
        if self.english and _last_word(trimmed).lower() == _first_word(after.lstrip()).lower():
            return None  # "the the"
        return self.done(suggestion, "", trimmed + " ", "", after.lstrip(_SPACE))


# --------------------------------------------------------------------------- a sentence added


def _insert(text: str, finding: Finding, suggestion: str) -> _Fitted | None:
    """A sentence added after the finding's sentence, at the start or at the end."""
    rule = finding.source
    marks = rule.sentence_marks
    words = suggestion.strip()
    if not words or words[-1] not in marks:
        return None
    words = _capitalise(words)
    at = max(0, min(finding.insert_at or 0, len(text)))
    if rule.apply == "start":
        at = _below_greeting(text, at)
    else:
        while at > 0 and text[at - 1] in "\r\n":
            at -= 1  # the sentence ended at a line break: stay on its line
    before, after = text[:at], text[at:]
    if rule.apply != "start":
        core = before.rstrip()
        last = core.rstrip(_CLOSERS)
        if last and last[-1] not in marks:
            if last[-1] in _SEPARATORS:
                return None
            if rule.lang.split("-")[0] == "en" and _last_word(last).lower() in _NEEDS_MORE:
                return None  # the sentence before is unfinished ("…, but")
            if last[-1].isalnum():
                cut = len(last)
                before = before[:cut] + marks[0] + before[cut:]
    addition = words
    if _spaced(rule):
        if before and not before[-1].isspace():
            addition = " " + addition
        if after and not after[0].isspace():
            addition = addition + " "
    elif not after and finding.end == finding.start and before:
        addition = "\n\n" + addition.lstrip()
    return _Fitted(suggestion, words, before + addition + after)


def _below_greeting(text: str, at: int) -> int:
    """After a greeting on a line of its own ("Hi Sam,") and the blank lines below it."""
    line_end = text.find("\n", at)
    if line_end < 0:
        return at
    line = text[at:line_end].strip()
    if not line or line[-1] not in ",!:—–" or len(line.split()) > 5:
        return at
    if any(c in line[:-1] for c in ".!?…"):
        return at
    after = line_end
    while after < len(text) and text[after].isspace():
        after += 1
    return after if after < len(text) else at


# --------------------------------------------------------------------------- small helpers


def _sentence_starts(text: str, pos: int, marks: str) -> bool:
    """Whether a sentence starts at ``pos``: the start of the text or of a paragraph, after an
    end mark and a space (opening quotes and brackets between are fine), or at the start of a
    line the writer began with a capital (a line wrapped inside a sentence does not)."""
    i = pos
    while i > 0 and (text[i - 1] in _SPACE + _OPENERS or _decoration(text[i - 1])):
        i -= 1
    if i == 0:
        return True
    if text[i - 1] in "\r\n":
        above = text[: i - 1].rstrip(" \t\r")
        if above.endswith("\n") or not above.strip():
            return True  # a blank line: a new paragraph
        if above.rstrip(_CLOSERS)[-1:] in tuple(marks):
            return True
        return pos < len(text) and not text[pos].islower()
    j = i
    while j > 0 and text[j - 1] in _CLOSERS:
        j -= 1
    if j == 0 or text[j - 1] not in marks:
        return False
    # a full-width mark (。！？) ends a sentence with no space after it
    return text[j - 1] in _FULL_WIDTH_ENDS or (
        i < pos and (text[i] in _SPACE + _OPENERS or _decoration(text[i]))
    )


def _decoration(char: str) -> bool:
    """An emoji, a symbol or an invisible format character (a zero-width space or joiner, a
    variation selector): what a sentence may start after as if after nothing ("😀 You are
    …")."""
    return unicodedata.category(char) in ("So", "Sk", "Cf") or "\ufe00" <= char <= "\ufe0f"


def _ends_sentence(words: str, marks: str) -> bool:
    stripped = words.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in marks


def _capitalise(words: str) -> str:
    for i, c in enumerate(words):
        if c.isalpha():
            return words[:i] + c.upper() + words[i + 1 :] if c.islower() else words
        if not (c.isspace() or c in _OPENERS):
            return words
    return words


def _capitalise_next(text: str) -> str:
    """The text with its first word capitalised (it now starts a sentence)."""
    m = re.match(r"[ \t]*[\"'“‘(]*", text)
    at = m.end() if m else 0
    if at < len(text) and text[at].islower():
        return text[:at] + text[at].upper() + text[at + 1 :]
    return text


def _lower_first_word(words: str) -> str:
    """In the middle of a sentence: "Here is" becomes "here is"; "I", names in capitals and
    words with capitals inside them stay."""
    m = _WORD.match(words)
    if m is None:
        return words
    word = m.group()
    if _I_WORD.fullmatch(word) or word[1:] != word[1:].lower() or not word[0].isupper():
        return words
    return word[0].lower() + words[1:]


def _first_word(text: str) -> str:
    m = _WORD.match(text)
    return m.group() if m else ""


def _last_word(text: str) -> str:
    """The word the text ends on, with what follows it only spaces, quotes or brackets ("" if
    it ends on another mark). Only the text's tail is read: the run of word characters, ',
    ’ and - before the non-word characters it ends with."""
    at = len(text)
    while at > 0 and not _is_word(text[at - 1]):
        at -= 1
    while at > 0 and (_is_word(text[at - 1]) or text[at - 1] in "'’-"):
        at -= 1
    tail = text[at:]
    m = _LAST_WORD.search(tail)
    return m.group(1) if m and not _ENDS_ON_A_MARK.search(tail) else ""


_LAST_WORD = re.compile(r"([^\W\d_][\w'’-]*)\W*$")
_ENDS_ON_A_MARK = re.compile(r"[^\w\s'’-]\s*$")


#: The words of the last reply asked about: every run of letters, digits, ' and ’
_words_of: tuple[str, frozenset[str]] = ("", frozenset())


def _written_elsewhere(word: str, text: str) -> bool:
    """Whether ``word`` stands as a word of its own somewhere in ``text`` (as it is spelt)."""
    global _words_of
    if "-" in word:
        return re.search(rf"(?<![\w'’]){re.escape(word)}(?![\w'’])", text) is not None
    if _words_of[0] is not text:
        _words_of = (text, frozenset(re.findall(r"[\w'’]+", text)))
    return word in _words_of[1]


def _normal_case(words: str, text: str) -> str | None:
    """Words in capitals written in normal case: lower case, "I" kept. Greek capitals carry
    no accents, and a Greek word of two syllables or more needs one: it takes the accented
    spelling the reply itself has of it (ΗΔΗ -> ήδη), and with none to go by nothing is
    offered (None), as a word left without its accent is misspelt."""
    low = words.lower()
    low = re.sub(r"(?<![\w'’])i(?=['’](?:m|ll|ve|d)(?!\w)|[^\w'’]|$)", "I", low)
    if not _GREEK.search(low):
        return low
    known: dict[str, set[str]] = {}
    for word in re.findall(r"\w+", text):
        lowered = word.lower()
        if lowered != fold_accents(lowered):
            known.setdefault(fold_accents(lowered), set()).add(lowered)

    def accented(m: re.Match[str]) -> str:
        word = m.group()
        if len(_GREEK_VOWELS.findall(word)) < 2 or word != fold_accents(word):
            return word  # one syllable, no accent to put back; or written with its accent
        spellings = known.get(word, set())
        if len(spellings) != 1:
            raise LookupError(word)
        return next(iter(spellings))

    try:
        return re.sub(r"\w+", accented, low)
    except LookupError:
        return None


#: a Greek letter; runs of Greek vowels, each about one syllable
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_VOWELS = re.compile(r"[αεηιουωϊϋ]+")


def _article(word: str) -> str | None:
    """ "a" or "an" before ``word`` in English (by how it is usually said)."""
    if not word:
        return None
    if word[0].isdigit():
        return "an" if re.match(r"(?:8|11(?!\d)|18(?!\d)|1[18]\d{3}(?!\d))", word) else "a"
    if len(word) > 1 and word.isupper():  # letters said one by one: an SLA, a URL
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    low = word.lower()
    if low.startswith(("hour", "honest", "honor", "honour", "heir")):
        return "an"
    if re.match(r"(?:uni|use|usu|uti|ura|ure|eu|ewe|one(?![a-z])|once|ubi|uk)", low):
        return "a"
    return "an" if low[0] in "aeiou" else "a"


def _fix_articles(text: str, lo: int, hi: int) -> str:
    """ "a"/"an" starting between ``lo`` and ``hi`` agreeing with the word after them."""
    out: list[str] = []
    last = 0
    pos = max(0, lo)
    while (at := _ARTICLE_AT.search(text, pos, hi + 3)) is not None and at.start() <= hi:
        m = _ARTICLE.match(text, at.start())
        if m is None:
            pos = at.start() + 1
            continue
        pos = m.end()
        have = m.group(1)
        want = _article(m.group(4))
        if want is None or have.lower() == want:
            continue
        if have.isupper() and len(have) > 1:
            want = want.upper()
        elif have[0].isupper():
            want = want.capitalize()
        out.append(text[last : m.start(1)] + want)
        last = m.end(1)
    return "".join(out) + text[last:] if out else text
