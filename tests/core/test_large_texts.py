"""Long replies: checking one, rewrites and all, grows with its length and no faster, and
MeCab reads it a piece at a time with the same words as if it had read it whole."""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from companion.core.checker import analysers, check, report_json, rewrites
from companion.core.checker.analysers import MecabKorean, UniDicJapanese, pieces, with_context
from companion.core.checker.analysis import Token
from companion.core.checker.detectors import MAX_PER_RULE

# ------------------------------------------------------------------ rewrites in a long reply


def _long_reply(size: int) -> str:
    """An English reply of about ``size`` characters with five findings on every line."""
    lines = ["Hi Sam,\n\n"]
    length, number = len(lines[0]), 0
    while length < size:
        number += 1
        line = (
            f"About order {number}: we can't do that. It's our policy. You are wrong. "
            "Calm down and wait. Obviously, as I said, the box is red.\n"
        )
        if number % 5 == 0:
            line += "\n"
        lines.append(line)
        length += len(line)
    return "".join(lines)


def _seconds(work: Callable[[], object], times: int = 1) -> float:
    """The least processor time ``work`` took over ``times`` runs."""
    best = float("inf")
    for _ in range(times):
        start = time.process_time()
        work()
        best = min(best, time.process_time() - start)
    return best


def test_checking_a_reply_ten_times_as_long_takes_about_ten_times_as_long() -> None:
    short, long = _long_reply(40_000), _long_reply(400_000)
    report = check(long)
    # each rule tells what it finds a hundred times at most, each with its rewrites
    per_rule = Counter(f.rule for f in report.findings)
    assert max(per_rule.values()) == MAX_PER_RULE and len(per_rule) >= 6
    assert sum(1 for f in report_json(long, report)["findings"] if f["suggestions"]) > 300

    def whole_check(text: str) -> Callable[[], object]:
        return lambda: report_json(text, check(text))

    small = _seconds(whole_check(short), times=3)
    large = _seconds(whole_check(long), times=2)
    # read in one go, fitting each finding's rewrites made this ratio about a hundred
    assert large < 20 * small, (small, large)


def test_a_finding_far_into_a_long_reply_gets_the_rewrites_it_gets_near_the_start() -> None:
    said = "You are wrong about the box.\n"
    text = said + "Thanks for waiting; the parcel left today and arrives on Friday.\n" * 3200 + said
    findings = check(text).findings
    first = [f for f in findings if f.rule == "blame-you-are-wrong"]
    near, far = first[0], first[-1]
    assert far.start > 200_000
    near_rewrites, far_rewrites = rewrites(text, near), rewrites(text, far)
    assert [r.words for r in far_rewrites] == [r.words for r in near_rewrites]
    assert far_rewrites
    for near_one, far_one in zip(near_rewrites, far_rewrites, strict=True):
        assert _changed(text, near_one.text) == _changed(text, far_one.text)
        new = far_one.text
        assert len(new) - len(text) == len(far_one.new) - (far_one.end - far_one.start)
        # only the stretch around the finding is read: a few thousand characters
        assert far_one.end - far_one.start < 6_000
        assert new[: far_one.start] == text[: far_one.start]
        assert new[len(new) - (len(text) - far_one.end) :] == text[far_one.end :]


def _changed(old: str, new: str) -> tuple[str, str]:
    """What an edit took out of ``old`` and put in, without the text around it."""
    prefix = 0
    while prefix < min(len(old), len(new)) and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while (
        suffix < min(len(old), len(new)) - prefix
        and old[len(old) - 1 - suffix] == new[len(new) - 1 - suffix]
    ):
        suffix += 1
    return old[prefix : len(old) - suffix], new[prefix : len(new) - suffix]


# ------------------------------------------------------------------ MeCab in pieces

KOREAN = """고객님, 안녕하세요.
문의 주신 주문 건 확인해 봤습니다.
배송이 늦어져서 정말 죄송합니다.
택배사에 확인해 보니 내일 오전 중으로 도착할 예정이라고 합니다.
혹시 내일까지 못 받으시면 이 메일로 다시 연락 주세요.
바로 다시 보내 드리겠습니다.
감사합니다.
"""

JAPANESE = """お問い合わせいただきありがとうございます。
ご注文の商品について確認いたしました。
配送が遅れてしまい、大変申し訳ございません。
配送業者に確認したところ、明日の午前中にお届けできる見込みです。
万が一明日中に届かない場合は、このメールにご返信ください。
すぐに再発送の手配をいたします。
引き続きよろしくお願いいたします。
"""


@pytest.fixture(scope="module")
def korean() -> MecabKorean:
    return MecabKorean()


@pytest.fixture(scope="module")
def japanese() -> UniDicJapanese:
    return UniDicJapanese()


def _read_whole(analyser: MecabKorean | UniDicJapanese, text: str) -> list[Token]:
    """The tokens MeCab gives reading ``text`` in one go."""
    out: list[Token] = []
    analyser._piece_tokens(text, 0, out)
    return out


def _line_by_line(analyser: MecabKorean | UniDicJapanese, text: str) -> list[Token]:
    out: list[Token] = []
    at = 0
    for line in text.splitlines(keepends=True):
        out.extend(
            replace(token, start=token.start + at, end=token.end + at)
            for token in analyser.tokens(line)
        )
        at += len(line)
    return out


@pytest.mark.parametrize("lang", ["ko", "ja"])
def test_a_reply_of_several_lines_has_the_tokens_of_its_lines(
    lang: str, korean: MecabKorean, japanese: UniDicJapanese
) -> None:
    analyser, text = (korean, KOREAN) if lang == "ko" else (japanese, JAPANESE)
    tokens = analyser.tokens(text)
    assert tokens == _line_by_line(analyser, text)
    assert tokens == _read_whole(analyser, text)  # a short reply is read whole, as before
    assert all(text[t.start : t.end] == t.surface for t in tokens)
    assert len(tokens) > 40


@pytest.mark.parametrize("lang", ["ko", "ja"])
def test_a_long_reply_read_in_pieces_has_the_tokens_it_has_read_whole(
    lang: str, korean: MecabKorean, japanese: UniDicJapanese, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyser, reply = (korean, KOREAN) if lang == "ko" else (japanese, JAPANESE)
    # replies one after another, some lines run together and some paragraphs apart
    parts = []
    for number in range(40):
        part = reply.replace("\n", " ", number % 3) + "\n" * (1 + number % 2)
        parts.append(part.replace("明日", f"{number % 7 + 2}日").replace("내일", f"{number}일"))
    text = "".join(parts)
    read: list[int] = []
    piece_tokens = analyser._piece_tokens

    def counted(piece: str, shift: int, out: list[Token]) -> None:
        read.append(len(piece))
        piece_tokens(piece, shift, out)

    monkeypatch.setattr(analysers, "PIECE", 300)
    monkeypatch.setattr(analyser, "_piece_tokens", counted)
    tokens = analyser.tokens(text)
    assert len(read) > len(text) // 300  # read in pieces…
    assert max(read) <= 300 + 2 * analysers.CONTEXT  # …none longer than a piece and its context
    monkeypatch.undo()
    assert tokens == _read_whole(analyser, text)


def test_a_text_is_cut_after_a_line_then_a_sentence_then_a_space() -> None:
    lines = "Line one is here.\nLine two.\n"
    assert list(pieces(lines, 20)) == [(0, 18), (18, len(lines))]
    sentences = "It is red. It is blue. It is green and big."
    assert list(pieces(sentences, 30)) == [(0, 23), (23, len(sentences))]
    japanese = "赤いです。青いです。緑です。"
    assert list(pieces(japanese, 12)) == [(0, 10), (10, len(japanese))]
    words = "one two three four five six"
    assert list(pieces(words, 12)) == [(0, 8), (8, 19), (19, len(words))]
    assert list(pieces("x" * 25, 10)) == [(0, 10), (10, 20), (20, 25)]
    assert list(pieces("short", 10)) == [(0, 5)]
    assert list(pieces("", 10)) == []


def test_a_piece_is_read_with_the_lines_around_it_that_have_words() -> None:
    text = "First line.\n \nSecond line.\nThird line.\n\nFourth line."
    second = text.index("Second")
    third = text.index("Third")
    assert with_context(text, second, third) == (0, text.index("\n\nFourth"))
    assert with_context(text, 0, second) == (0, third - 1)
    assert with_context(text, third, len(text)) == (second, len(text))


@given(
    st.text(alphabet=st.sampled_from(list("ab é.!?…\n 3")), max_size=60),
    st.integers(min_value=0, max_value=60),
)
def test_sentence_edges_in_text_that_is_not_ascii_are_where_the_marks_say(
    text: str, pos: int
) -> None:
    """Sentence edges outside ASCII come from the end marks found once; they must be the
    ones a scan from the position finds (a run of marks ends a sentence, so does a newline)."""
    from companion.core.checker import load_pack

    text = "é" + text  # never ASCII, so never the byte-copy path
    pos = min(pos, len(text))
    layout = load_pack("en").layout(text)
    # an end mark; a full stop with a letter or digit right after it is inside a word
    end = r"(?:[!?…]|\.(?!\w))"
    m = re.compile(rf"{end}[.!?…]*|\n|$").search(text, pos)
    assert m is not None
    assert layout.sentence_end(pos) == m.end()
    at = pos  # inside a run of end marks: that run's sentence
    if at < len(text) and text[at] in ".!?…":
        while at > 0 and text[at - 1] in ".!?…":
            at -= 1
    edges = [e.start() for e in re.finditer(rf"{end}|\n", text) if e.start() < at]
    raw = edges[-1] + 1 if edges else 0
    assert layout.sentence_start(pos) == layout._skip_lead(raw)


def test_a_word_said_ten_thousand_times_is_told_a_hundred_times_and_the_verdict_stands() -> None:
    text = "We never do that, and we never will. " * 10_000
    report = check(text)
    never = [f for f in report.findings if f.rule == "absolute-never-always"]
    assert len(never) == MAX_PER_RULE
    assert never[-1].start < len(text) // 10  # the first hundred, in order
    assert report.verdict == check("We never do that, and we never will. " * 300).verdict
