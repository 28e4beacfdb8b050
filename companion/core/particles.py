"""Korean particles that follow the word before them: 은/는, 이/가, 을/를, 과/와, 으로/로,
이라는/라는, 이에요/예요. A template that does not know its word (“{text}”, %1) writes both
forms, "“{text}”은/는" or "%1은(는)"; ``fit_particles`` keeps the one the word takes: 은 after a
final consonant ("항상은"), 는 after a vowel ("나는"). 으로 is 로 after ㄹ as after a vowel.
"""

from __future__ import annotations

import re

#: Each pair as templates write it: (after a final consonant, after a vowel). Both the
#: slash form and the bracket form Korean software writes ("은(는)", "(으)로") are read.
_PAIRS = {
    "은/는": ("은", "는"),
    "이/가": ("이", "가"),
    "을/를": ("을", "를"),
    "과/와": ("과", "와"),
    "으로/로": ("으로", "로"),
    "이라는/라는": ("이라는", "라는"),
    "이에요/예요": ("이에요", "예요"),
    "은(는)": ("은", "는"),
    "는(은)": ("은", "는"),
    "이(가)": ("이", "가"),
    "가(이)": ("이", "가"),
    "을(를)": ("을", "를"),
    "를(을)": ("을", "를"),
    "과(와)": ("과", "와"),
    "와(과)": ("과", "와"),
    "(으)로": ("으로", "로"),
    "(이)라는": ("이라는", "라는"),
    "(이)에요": ("이에요", "예요"),
}

#: A pair right after a word, allowing closing quotes and brackets between.
_PARTICLE = re.compile(
    r"(?P<last>[^\s“”‘’\"'「」『』()\[\]])(?P<close>[”’\"'」』)\]]*)"
    r"(?P<pair>" + "|".join(re.escape(p) for p in _PAIRS) + r")"
)

_ALPHA_CONSONANT_END = frozenset("bcdgjklmnpqrtvxz")  # English words read aloud: "book" 북


def _final_consonant(ch: str) -> int | None:
    """The final consonant (jongseong) index of a Hangul syllable: 0 for none, None for a
    character that is not a syllable."""
    code = ord(ch) - 0xAC00
    if 0 <= code < 11172:
        return code % 28
    return None


def _takes_consonant_form(last: str, pair: str) -> bool:
    final = _final_consonant(last)
    if final is None:
        if last.isdigit():  # read aloud: 1 일, 3 삼, 6 육, 7 칠, 8 팔, 0 영 end in a consonant
            return last in "136780"
        return last.lower() in _ALPHA_CONSONANT_END
    if pair in ("으로/로", "(으)로") and final == 8:  # ㄹ takes 로
        return False
    return final != 0


def fit_particles(text: str) -> str:
    """``text`` with each "은/는"-style pair after a word replaced by the form that word takes."""
    if "/" not in text and ")" not in text:
        return text

    def fit(m: re.Match[str]) -> str:
        pair = m.group("pair")
        with_consonant, with_vowel = _PAIRS[pair]
        form = with_consonant if _takes_consonant_form(m.group("last"), pair) else with_vowel
        return m.group("last") + m.group("close") + form

    return _PARTICLE.sub(fit, text)
