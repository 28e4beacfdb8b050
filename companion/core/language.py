"""Which language a text is in, from the text itself: its scripts and a few simple cues.

Hangul is Korean; kana is Japanese, and so is Han text with kana in it; Greek letters are
Greek; Latin letters are taken for English (the only Latin-script language with rules).
Han without kana, Cyrillic, Arabic and the other scripts are named by their usual language, so
the caller can say plainly that there are no rules for it rather than check it as English.

A mixed text goes by its majority, counted in letters with CJK characters weighted up (one
Hangul syllable or kanji carries about as much as three Latin letters). Lines quoted from the
customer (``> …``) and words in quotation marks are left out when the rest has enough letters
to decide, so an English reply quoting a Korean customer is English.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Collection
from typing import NamedTuple

#: The languages a text can be detected as, with their English names.
NAMES: dict[str, str] = {
    "en": "English",
    "ko": "Korean",
    "ja": "Japanese",
    "el": "Greek",
    "zh": "Chinese",
    "ru": "Russian",
    "ar": "Arabic",
    "he": "Hebrew",
    "th": "Thai",
    "hi": "Hindi",
}

#: Their names as their speakers write them.
NATIVE_NAMES: dict[str, str] = {
    "en": "English",
    "ko": "한국어",
    "ja": "日本語",
    "el": "Ελληνικά",
    "zh": "中文",
    "ru": "Русский",
    "ar": "العربية",
    "he": "עברית",
    "th": "ไทย",
    "hi": "हिन्दी",
}

#: A letter of these scripts weighs this many Latin letters.
_DENSE = 3

#: Another script's weighted letters decide the language once they are this share of the Latin
#: ones (a Greek sentence around two product names; not an English one holding a name in Hangul).
_OTHER_SHARE = 0.3

#: Enough weighted letters outside quotations to decide without them.
_ENOUGH = 12

#: A text is English, whatever the weight of another script's letters, when they stand in at most
#: this many runs (a customer's name, "김민수님", "田中様") among at least _SENTENCE_WORDS of
#: English's small words ("we", "the", "can't"): a greeting by name does not make a reply Korean.
_NAME_RUNS = 2
_SENTENCE_WORDS = 3

#: Only the first stretch of a long text is looked at: a language does not change halfway.
_SAMPLE = 4000
#: how far before its first letter a line is read (a quotation mark, "> ", a list marker)
_LINE_LEAD = 40


class _Patterns(NamedTuple):
    quoted_line: re.Pattern[str]
    quotation: re.Pattern[str]
    #: Links, e-mail addresses and code say nothing about the language they stand in.
    not_words: re.Pattern[str]
    #: Each script's letters, counted with one pass of the regular-expression engine each.
    scripts: dict[str, re.Pattern[str]]
    latin: re.Pattern[str]
    #: where the letters start: the sample is taken from there
    letter: re.Pattern[str]
    #: a run of letters of any script but Latin ("김민수님", "田中様"): a name in an English reply
    other_run: re.Pattern[str]
    #: the small words of an English sentence, which product names and codes never hold
    english_word: re.Pattern[str]


@functools.cache
def _patterns() -> _Patterns:
    """Compiled on the first text, not at import: the window's start-up imports this module
    for the languages' names (about 3 ms of compiling it does not need)."""
    return _Patterns(
        quoted_line=re.compile(r"^[ \t]*>.*$", re.MULTILINE),
        quotation=re.compile(
            "|".join(rf"{a}[^{b}\n]{{0,400}}{b}" for a, b in ("「」", "『』", "“”", "«»", '""'))
        ),
        not_words=re.compile(
            r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|`{3}[\s\S]*?`{3}|`[^`\n]*`"
        ),
        scripts={
            "hangul": re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"),
            "kana": re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9d]"),
            "han": re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]"),
            "greek": re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]"),
            "cyrillic": re.compile(r"[\u0400-\u04ff]"),
            "arabic": re.compile(r"[\u0600-\u06ff]"),
            "hebrew": re.compile(r"[\u0590-\u05ff]"),
            "thai": re.compile(r"[\u0e00-\u0e7f]"),
            "devanagari": re.compile(r"[\u0900-\u097f]"),
        },
        latin=re.compile(r"[A-Za-z\u00c0-\u024f]"),
        letter=re.compile(r"[^\W\d_]"),
        other_run=re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f]+"),
        english_word=re.compile(
            r"(?<![^\W\d_])(?:the|a|an|we|you|your|it|is|are|was|to|of|and|for|this|that|"
            r"can|can['’]t|cannot|not|will|please|our|have|has|be|with|on|in|at|sorry|thanks?)"
            r"(?![^\W\d_])",
            re.IGNORECASE,
        ),
    )


def _counts(text: str) -> Counter[str]:
    patterns = _patterns()
    counts: Counter[str] = Counter()
    counts["latin"] = len(patterns.latin.findall(text))
    if not text.isascii():
        for script, letters in patterns.scripts.items():
            found = len(letters.findall(text))
            if found:
                counts[script] = found
    return counts


def _weighted(counts: Counter[str]) -> dict[str, int]:
    """Weighted letters per language (Han goes to Japanese when there is kana)."""
    han = counts["han"]
    kana = counts["kana"]
    out = {
        "ko": counts["hangul"] * _DENSE,
        "ja": (kana + (han if kana else 0)) * _DENSE,
        "zh": (0 if kana else han) * _DENSE,
        "el": counts["greek"],
        "en": counts["latin"],
        "ru": counts["cyrillic"],
        "ar": counts["arabic"],
        "he": counts["hebrew"],
        "th": counts["thai"] * 2,
        "hi": counts["devanagari"] * 2,
    }
    # Korean text often holds a few Han characters, Japanese text a few Latin words: a text
    # with both Hangul and Han is Korean unless kana says otherwise
    if counts["hangul"] and not kana:
        out["ko"] += han * _DENSE
        out["zh"] = 0
    return out


def detect_language(text: str, default: str = "en", known: Collection[str] | None = None) -> str:
    """The language code of ``text`` (see NAMES); ``default`` when it has no letters at all.
    With ``known`` (the languages a caller can read), a text mostly in one of them is read in
    it though another script has a good share of its letters: an English reply that quotes
    a sentence in Arabic is an English reply, not one nobody can check."""
    patterns = _patterns()
    sample = _sample(text)
    if sample.isascii():  # no letter of any script but Latin: English, or no letters at all
        return "en" if patterns.latin.search(sample) else default
    sample = patterns.not_words.sub(" ", sample)
    own = patterns.quotation.sub(" ", patterns.quoted_line.sub("", sample))
    weights = _weighted(_counts(own))
    if sum(weights.values()) < _ENOUGH:
        whole = _weighted(_counts(sample))
        if sum(whole.values()) > sum(weights.values()):
            weights = whole
    # Latin letters are also the product names, codes and English terms of a reply in any
    # language ("Samsung Galaxy S24 Ultra", "SLA"): another script with a good share of the
    # letters says the language, Latin only what is left.
    others = {lang: weight for lang, weight in weights.items() if lang != "en"}
    best = max(others, key=lambda lang: others[lang])
    if others[best] > 0 and others[best] >= _OTHER_SHARE * weights["en"]:
        if _only_names_in_english(own):
            return "en"
        if known is not None and best not in known:
            main = max(weights, key=lambda lang: weights[lang])
            if main in known:
                return main
        return best
    return "en" if weights["en"] > 0 else default


def _only_names_in_english(text: str) -> bool:
    """Whether ``text`` is English sentences holding a name or two in another script."""
    patterns = _patterns()
    for runs, _ in enumerate(patterns.other_run.finditer(text), start=1):
        if runs > _NAME_RUNS:
            return False
    for found, _ in enumerate(patterns.english_word.finditer(text), start=1):
        if found >= _SENTENCE_WORDS:
            return True
    return False


def _sample(text: str) -> str:
    """What the language is read from: _SAMPLE characters from the line of the first letter
    (its "> " says whether the customer wrote it), so a reply that opens with a page of blank
    lines, spaces or dots is read by its words, not by what comes before them."""
    first = _patterns().letter.search(text)
    start = 0
    if first is not None:
        start = max(text.rfind("\n", 0, first.start()) + 1, first.start() - _LINE_LEAD)
    return text[start : start + _SAMPLE]


def language_share(text: str, code: str) -> float:
    """How much of the start of ``text`` is in ``code``'s script, from 0 to 1 (weighted as
    detect_language weighs the scripts; 0 for a text with no letters)."""
    weights = _weighted(_counts(_sample(text)))
    total = sum(weights.values())
    return weights.get(code, 0) / total if total else 0.0


def language_name(code: str) -> str:
    """The language's English name (the code when we do not know it)."""
    return NAMES.get(code, code)


def native_name(code: str) -> str:
    """The language's own name for itself (the code when we do not know it)."""
    return NATIVE_NAMES.get(code, code)


@functools.cache
def _accent_table() -> dict[int, int]:
    """Each letter with accents (in the scripts up to Greek Extended) → the letter without
    them, one character for one, so offsets stay; final sigma → sigma; the Greek question
    mark and ano teleia → the ";" and "·" they are in Unicode's eyes (some keyboards type
    them, most type ";"), so a pattern's "τι θέλετε;" reads either."""
    table: dict[int, int] = {ord("ς"): ord("σ"), 0x37E: ord(";"), 0x387: 0xB7}
    for cp in range(0xC0, 0x2000):
        decomposed = unicodedata.normalize("NFD", chr(cp))
        if len(decomposed) > 1 and all(unicodedata.combining(c) for c in decomposed[1:]):
            table[cp] = ord(decomposed[0])
    return table


#: half of a UTF-16 pair on its own: what a JSON escape such as \\ud800, or bytes that were not
#: UTF-8 on a command line, leave in a Python string
_LONE_SURROGATE = "[\ud800-\udfff]"


def whole_characters(text: str) -> str:
    """``text`` with each lone surrogate as U+FFFD, as bytes that are not UTF-8 become in a
    file: the database, the terminal, the word analysers and Qt's editor cannot take one."""
    return re.sub(_LONE_SURROGATE, "\ufffd", text)


def fold_accents(text: str) -> str:
    """``text`` with accents taken off its letters, the same length (πολιτική → πολιτικη)."""
    return text.translate(_accent_table())


def language_code(given: str) -> str:
    """A language as a user or a file may write it ("KO", "ja-JP", "el_GR", " ko ") as the
    two- or three-letter code the rules are filed under ("ko", "ja", "el")."""
    return re.split(r"[-_.@]", given.strip().lower(), maxsplit=1)[0]
