"""A text as its reader sees it (hidden characters out, full-width letters and half-width kana in
their usual form), and the way back to the user's own characters."""

from __future__ import annotations

import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from companion.core.plain_text import _IS_HIDDEN, plain

ZWSP, SHY, BOM, WJ = "\u200b", "\u00ad", "\ufeff", "\u2060"


def test_a_usual_text_is_left_as_it_is_without_a_copy() -> None:
    assert plain("Refunds take 14 days. 환불은 14일, 返金は１４日です。") is None


def test_hidden_characters_go_and_wide_letters_and_half_width_kana_come_back() -> None:
    seen = plain(f"{BOM}Not our fa{ZWSP}ult, re{SHY}ad it. ｆａｕｌｔ ｶﾞｲﾄﾞはﾑﾘ")
    assert seen is not None
    assert seen.text == "Not our fault, read it. fault ガイドはムリ"


def test_full_width_digits_and_punctuation_stay_as_japanese_writes_them() -> None:
    seen = plain("ｆｕｌｌ：１４日［メモ］")
    assert seen is not None
    assert seen.text == "full：１４日［メモ］"


def test_every_format_character_of_unicode_is_hidden() -> None:
    missed = [
        f"U+{c:04X}"
        for c in range(sys.maxunicode + 1)
        if unicodedata.category(chr(c)) == "Cf" and not _IS_HIDDEN.match(chr(c))
    ]
    assert missed == []
    # nothing a reader sees is taken for hidden (unassigned code points may be format
    # characters in a newer Unicode)
    shown = [
        f"U+{c:04X}"
        for c in range(sys.maxunicode + 1)
        if _IS_HIDDEN.match(chr(c)) and unicodedata.category(chr(c)) not in ("Cf", "Cn")
    ]
    assert shown == []


def _check_mapping(text: str) -> None:
    seen = plain(text)
    if seen is None:
        return
    size = len(seen.text)
    for a in range(size + 1):
        assert seen.index(seen.start(a)) == a
        for b in range(a + 1, size + 1):
            own = text[seen.start(a) : seen.end(b)]
            again = plain(own)
            assert (own if again is None else again.text) == seen.text[a:b], (a, b, own)


def test_every_stretch_maps_back_to_the_users_own_characters() -> None:
    for text in (
        f"fa{ZWSP}{ZWSP}ult{SHY}",
        f"{BOM}{WJ}ab",
        "ｶﾞｶﾞｶﾟｶ ﾞ",  # kana with marks, a kana alone, a mark alone
        "ｆａ\u200dｕｌｔ 👨\u200d👩\u200d👧",
    ):
        _check_mapping(text)


@given(
    st.text(
        alphabet=st.sampled_from(
            ["a", "b", " ", ZWSP, SHY, BOM, "ｆ", "Ｚ", "ｶ", "ﾞ", "ﾟ", "ﾊ", "。", "１", "\U000e0041"]
        ),
        max_size=14,
    )
)
def test_any_mix_maps_back(text: str) -> None:
    _check_mapping(text)


def test_a_change_made_to_the_plain_text_is_put_back_into_the_users_own() -> None:
    own = f"ｷｬﾝｾﾙは, you are wr{ZWSP}ong, ｓｅｅ?{SHY}"
    seen = plain(own)
    assert seen is not None
    changed = seen.text.replace("you are wrong", "there may be a mix-up")
    # the kana, the wide letters and the soft hyphen the change did not reach are still there
    assert seen.put_back(own, changed) == f"ｷｬﾝｾﾙは, there may be a mix-up, ｓｅｅ?{SHY}"
    added = seen.text + " Thanks."
    assert seen.put_back(own, added) == own + " Thanks."
