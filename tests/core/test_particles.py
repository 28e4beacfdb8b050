"""Korean particles fitted to the word before them."""

from __future__ import annotations

import pytest

from companion.core.particles import fit_particles


@pytest.mark.parametrize(
    ("template", "fitted"),
    [
        ("“항상”은/는 말", "“항상”은 말"),
        ("“매번”이라는/라는 말", "“매번”이라는 말"),
        ("“다시”이라는/라는 말", "“다시”라는 말"),
        ("“나”은/는", "“나”는"),
        ("서울으로/로", "서울로"),  # ㄹ takes 로
        ("집으로/로", "집으로"),
        ("“SLA”이/가", "“SLA”가"),
        ("“book”을/를", "“book”을"),
        ("3일과/와", "3일과"),
        ("이 문장에는 쌍이 없다", "이 문장에는 쌍이 없다"),
        # the bracket forms Korean software writes after a %1
        ("표준 입력은(는) 텍스트가 아니에요", "표준 입력은 텍스트가 아니에요"),
        ("메모이(가) 너무 길어요", "메모가 너무 길어요"),
        ("파일을(를) 읽을 수 없어요", "파일을 읽을 수 없어요"),
        ("서울(으)로", "서울로"),
        ("집(으)로", "집으로"),
    ],
)
def test_each_pair_becomes_the_form_its_word_takes(template: str, fitted: str) -> None:
    assert fit_particles(template) == fitted
