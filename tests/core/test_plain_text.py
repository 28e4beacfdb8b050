"""A text as its reader sees it (hidden characters out, full-width letters and half-width kana in
their usual form), and the way back to the user's own characters."""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from companion.core.plain_text import _APART, _HIDDEN, plain

_IS_HIDDEN = re.compile(f"[{_HIDDEN}]")
_MARK = re.compile(f"[{_APART}]")

ZWSP, SHY, BOM, WJ = "\u200b", "\u00ad", "\ufeff", "\u2060"


def test_a_usual_text_is_left_as_it_is_without_a_copy() -> None:
    assert plain("Refunds take 14 days. 환불은 14일, ανταλλαγή σε 14 ημέρες.") is None
    assert plain("返金は１４日以内です。", "ja") is None


def test_hidden_characters_go_and_wide_letters_and_half_width_kana_come_back() -> None:
    seen = plain(f"{BOM}Not our fa{ZWSP}ult, re{SHY}ad it. ｆａｕｌｔ ｶﾞｲﾄﾞはﾑﾘ")
    assert seen is not None
    assert seen.text == "Not our fault, read it. fault ガイドはムリ"


def test_full_width_digits_and_punctuation_stay_as_japanese_writes_them() -> None:
    seen = plain("ｆｕｌｌ：１４日［メモ］　です", "ja")
    assert seen is not None
    assert seen.text == "full：１４日［メモ］　です"


def test_a_keyboards_wide_mode_reads_as_narrow_outside_japanese() -> None:
    seen = plain("Ｎｏ．　Ｗｅ　ｃａｎ＇ｔ！！！　１４", "en")
    assert seen is not None
    assert seen.text == "No. We can't!!! 14"


def test_letters_stored_apart_from_their_marks_are_read_whole() -> None:
    import unicodedata

    korean, greek = "안 됩니다.", "Είναι δικό σας λάθος."
    for text in (korean, greek):
        seen = plain(unicodedata.normalize("NFD", text))
        assert seen is not None
        assert seen.text == text


def test_bold_letters_and_other_ignorable_marks_read_as_plain_letters() -> None:
    seen = plain("𝐟𝐚𝐮𝐥𝐭 f\u034fault fa\ufe0fult fa\U000e0100ult")
    assert seen is not None
    assert seen.text == "fault fault fault fault"


def test_every_format_character_of_unicode_is_hidden() -> None:
    missed = [
        f"U+{c:04X}"
        for c in range(sys.maxunicode + 1)
        if unicodedata.category(chr(c)) == "Cf" and not _IS_HIDDEN.match(chr(c))
    ]
    assert missed == []
    # nothing a reader sees is taken for hidden (unassigned code points may be format
    # characters in a newer Unicode; the joiner and variation selectors are marks Unicode
    # says to ignore when they cannot be shown)
    ignorable = {0x034F, 0x180B, 0x180C, 0x180D, 0x180F}
    ignorable |= set(range(0xFE00, 0xFE10)) | set(range(0xE0100, 0xE01F0))
    shown = [
        f"U+{c:04X}"
        for c in range(sys.maxunicode + 1)
        if _IS_HIDDEN.match(chr(c))
        and unicodedata.category(chr(c)) not in ("Cf", "Cn")
        and c not in ignorable
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
            start, end = seen.start(a), seen.end(b)
            if _MARK.match(text, start) or _MARK.match(text, end):
                continue  # cut between a letter and its marks: no finding ends there
            own = text[start:end]
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
            # hidden, wide, half-width kana and marks, jamo, combining accents, bold letters
            [
                *("a", "b", " ", ZWSP, SHY, BOM, "ｆ", "Ｚ", "ｶ", "ﾞ", "ﾟ", "ﾊ", "。", "１", "！"),
                *("\u3000", "\U000e0041", "\u1100", "\u1161", "\u11ab", "ο", "\u0301", "\u0308"),
                *("𝐟", "\u034f"),
            ]
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
    # a change inside a word takes the whole word: never "tｈｉｓ"
    wide = plain("No. Ｔｈｉｓ is it.")
    assert wide is not None
    assert wide.put_back("No. Ｔｈｉｓ is it.", "Unfortunately, this is it.") == (
        "Unfortunately, this is it."
    )
    added = seen.text + " Thanks."
    assert seen.put_back(own, added) == own + " Thanks."
