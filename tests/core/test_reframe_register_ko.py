"""A Korean rewrite keeps the register the thought was written in: 합니다체 in, 합니다체 out
("…놓칩니다." → "…놓칩니다. 다음번은 다를 수 있습니다."), 해요체 in, 해요체 out, 반말 in, 반말 out,
and a thought written in -다 is rewritten in -다. The replacement of a cue that takes the
sentence's ending in, and the line a suggestion adds after the rewrite, are both chosen by the
register of the thought's sentence."""

from __future__ import annotations

import re

import pytest

from companion.core.reframe import Dimension, detect, load_word_lists, parse_word_lists
from companion.core.reframe_words import WordListError

PERM, PERV, PERS = Dimension.PERMANENT, Dimension.PERVASIVE, Dimension.PERSONAL
FORMAL, POLITE, PLAIN, WRITTEN = "formal", "polite", "plain", "written"

_TAIL = re.compile(r"(?:\s?(?:뭐|ㅠ+|ㅜ+))*[\W_]*$")


def _has_final_b(syllable: str) -> bool:
    """Whether a Hangul syllable ends in ㅂ (합, 습, 됩, 닙): 합니다체 is -ㅂ니다, -ㅂ니까."""
    code = ord(syllable) - 0xAC00
    return 0 <= code < 11172 and code % 28 == 17


def _register(sentence: str) -> str:
    """How a Korean sentence ends, read here without the word lists."""
    text = _TAIL.sub("", sentence.strip())
    if text.endswith(("니다", "니까")) and len(text) > 2 and _has_final_b(text[-3]):
        return FORMAL
    if text.endswith(("요", "죠")):
        return POLITE
    if text.endswith("다"):
        return WRITTEN
    return PLAIN


def _sentences(suggestion: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", suggestion.strip()) if s]


# (thought, the register it is written in): every kind whose rewrite carries an ending, and kinds
# that keep the thought's ending and add a line after it, in each register they are said in
THOUGHTS = [
    # wont-change
    ("우리 부서 분위기는 앞으로도 안 바뀔 겁니다.", FORMAL),
    ("제 말버릇은 절대 안 바뀔 거예요.", POLITE),
    ("제 상황은 나아질 리 없어요.", POLITE),
    ("내 성격은 평생 안 변할 거야.", PLAIN),
    ("제 처지는 나아질 리 없습니다.", FORMAL),
    # is-over
    ("제 회사 생활은 이제 끝났습니다.", FORMAL),
    ("제 커리어는 이제 끝났어요.", POLITE),
    ("내 평판은 이제 끝장났어.", PLAIN),
    ("내 경력은 이제 끝났다.", WRITTEN),
    # i-am-done
    ("난 이제 끝이야.", PLAIN),
    ("나는 정말 끝이다.", WRITTEN),
    # all-over
    ("보고서에서 실수했으니 이제 다 끝났어.", PLAIN),
    ("면접에서 떨어졌으니 이제 다 끝났다.", WRITTEN),
    ("이번 실수로 이제 다 끝났어요.", POLITE),
    ("이번 실수로 이제 다 끝났습니다.", FORMAL),
    # done-for
    ("이번 감사로 완전히 끝장났어.", PLAIN),
    ("계약이 틀어져서 진짜 끝장났다.", WRITTEN),
    ("이번 실수로 완전히 끝장났어요.", POLITE),
    ("이번 실수로 완전히 끝장났습니다.", FORMAL),
    # will-fail
    ("다음 달 평가에서 분명 떨어질 겁니다.", FORMAL),
    ("이번 발표도 결국 망칠 거예요.", POLITE),
    ("내일 면접에서 또 떨어질 거야.", PLAIN),
    ("이번 시험도 결국 떨어질 것이다.", WRITTEN),
    # will-fail-question
    ("이러다 진짜 쫓겨나는 거 아냐?", PLAIN),
    ("이러다 정말 잘리는 거 아닐까요?", POLITE),
    ("이러다 정말 해고되는 거 아닙니까?", FORMAL),
    # what-can-i-do
    ("제가 뭘 바꿀 수 있겠습니까?", FORMAL),
    ("제가 뭘 할 수 있겠어요?", POLITE),
    ("내가 뭘 바꾸겠어.", PLAIN),
    # always-like-this
    ("저는 늘 이런 식입니다.", FORMAL),
    ("전 항상 이런 식이에요.", POLITE),
    ("나는 맨날 이런 꼴이야.", PLAIN),
    ("나는 늘 이런 식이다.", WRITTEN),
    # bad-person
    ("저희 과장님은 정말 무례한 분입니다.", FORMAL),
    ("그 거래처 사장은 진짜 이기적인 사람이에요.", POLITE),
    ("옆 팀 선배는 완전 뻔뻔한 사람이야.", PLAIN),
    ("그 손님은 정말 무례한 사람이다.", WRITTEN),
    # what-if
    ("내일 발표하다가 말이 막히면 어떡하죠?", POLITE),
    ("회의에서 질문을 못 알아들으면 어쩌지?", PLAIN),
    ("이번 달에도 실적을 못 채우면 큰일이다.", WRITTEN),
    ("이번 달에도 실적을 못 채우면 어떡합니까?", FORMAL),
    # what-if-hanging
    ("이번에 떨어지면 학자금도 못 갚는데.", PLAIN),
    # what-if-hanging-none
    ("회사에서 잘리면 나는 갈 곳이 없는데.", PLAIN),
    # why-my-life
    ("내 인생은 왜 맨날 이 모양일까?", PLAIN),
    ("제 삶은 왜 이럴까요?", POLITE),
    # all-or-nothing
    ("만점이 아니면 실패입니다.", FORMAL),
    ("1등이 아니면 다 소용없어요.", POLITE),
    ("완벽하지 않으면 의미 없어.", PLAIN),
    # short-of-top
    ("이번 승진 심사를 못 통과하면 저는 실패자입니다.", FORMAL),
    ("이번 목표를 못 채우면 저는 낙오자예요.", POLITE),
    ("1등을 못 하면 나는 패배자야.", PLAIN),
    ("목표를 못 채우면 나는 실패자다.", WRITTEN),
    # self-judgement
    ("저는 정말 한심한 직원입니다.", FORMAL),
    ("저는 너무 한심해요.", POLITE),
    ("나는 진짜 쓸모없는 인간이야.", PLAIN),
    ("나는 정말 한심하다.", WRITTEN),
    # cant-do
    ("저는 숫자 계산을 원래 못 합니다.", FORMAL),
    ("저는 운전을 정말 못 해요.", POLITE),
    ("난 발표를 진짜 못해.", PLAIN),
    ("나는 정리를 도저히 못 한다.", WRITTEN),
    # not-worth-it
    ("저는 이런 칭찬을 받을 사람이 아닙니다.", FORMAL),
    ("저는 이런 대접을 받을 사람이 아니에요.", POLITE),
    ("나는 축하받을 사람이 아니야.", PLAIN),
    ("나는 인정받을 사람이 아니다.", WRITTEN),
    # core-belief
    ("저는 너무 부족합니다.", FORMAL),
    ("저는 정말 부족해요.", POLITE),
    ("나는 너무 초라해.", PLAIN),
    ("나는 너무 부족하다.", WRITTEN),
    # no-good
    ("저는 역시 안 돼요.", POLITE),
    ("난 역시 안 돼.", PLAIN),
    # better-off-without-me
    ("제가 없으면 다들 편해질 겁니다.", FORMAL),
    ("제가 없으면 다들 편해질 거예요.", POLITE),
    ("내가 없으면 다들 편할 거야.", PLAIN),
    ("내가 없으면 다들 편해질 것이다.", WRITTEN),
    # hindsight
    ("제가 좀 더 확인했으면 이런 일은 없었을 겁니다.", FORMAL),
    ("제가 조금만 더 조심했더라면 괜찮았을 거예요.", POLITE),
    ("내가 좀 더 신경 썼으면 이렇게 안 됐을 거야.", PLAIN),
    # needless-regret
    ("제가 괜히 먼저 나서서 말씀드렸습니다.", FORMAL),
    ("괜히 나서서 의견을 냈어요.", POLITE),
    ("괜히 나서서 말했어.", PLAIN),
    # they-think
    ("다들 제가 일을 못 한다고 생각할 겁니다.", FORMAL),
    ("다들 제가 느리다고 생각할 거예요.", POLITE),
    ("다들 내가 눈치 없다고 생각할 거야.", PLAIN),
    # someone-like-me
    ("저 같은 사람을 누가 믿어 주겠습니까?", FORMAL),
    ("저 같은 사람을 누가 믿어 주겠어요?", POLITE),
    # who-would-want-me
    ("누가 이런 나를 뽑아 주겠어?", PLAIN),
    # why-am-i-like-this
    ("전 왜 늘 이 모양일까요?", POLITE),
    ("나는 왜 맨날 이럴까?", PLAIN),
    # thats-just-me
    ("제가 늘 그렇죠 뭐.", POLITE),
    ("내가 늘 그렇지 뭐.", PLAIN),
    # sorry-state
    ("저는 이 모양 이 꼴입니다.", FORMAL),
    ("전 이 모양 이 꼴이에요.", POLITE),
    ("결국 나는 이 꼴이야.", PLAIN),
    # i-am-a-failure
    ("저는 결국 실패한 인생입니다.", FORMAL),
    ("저는 결국 완전 실패예요.", POLITE),
    ("결국 난 완전 실패야.", PLAIN),
    ("결국 나는 완전 실패다.", WRITTEN),
    # only-luck
    ("이번 수주는 그냥 운이 좋았을 뿐입니다.", FORMAL),
    ("그 계약은 운이 좋았을 뿐이에요.", POLITE),
    ("이번 실적은 그냥 운이 좋았을 뿐이야.", PLAIN),
    # praise-discounted
    ("칭찬은 다 빈말입니다.", FORMAL),
    ("그 칭찬은 그냥 예의상 한 말이에요.", POLITE),
    ("그 칭찬은 다 빈말이야.", PLAIN),
    # they-must-be-let-down
    ("팀장님이 분명 실망하셨을 겁니다.", FORMAL),
    ("부장님이 많이 실망하셨을 거예요.", POLITE),
    ("엄마가 많이 실망했을 거야.", PLAIN),
    # they-will-mind
    ("제가 부탁하면 부담스러워할 겁니다.", FORMAL),
    ("제가 물어보면 귀찮아할 거예요.", POLITE),
    ("내가 부탁하면 귀찮아할 거야.", PLAIN),
    # good-thing-discounted
    ("칭찬받은 건 별거 아닙니다.", FORMAL),
    ("칭찬받은 건 별거 아니에요.", POLITE),
    ("이번 성과는 별거 아니야.", PLAIN),
    # illness-sure
    ("아무래도 큰 병일 겁니다.", FORMAL),
    ("아무래도 나쁜 병일 거예요.", POLITE),
    ("아무래도 큰 병일 거야.", PLAIN),
    # whatever-same
    ("어떻게 해도 결과는 마찬가지일 겁니다.", FORMAL),
    ("뭘 해도 마찬가지일 거예요.", POLITE),
    ("어떻게 해도 똑같을 거야.", PLAIN),
    # one-flaw-spoils
    ("하나라도 틀리면 다 망친 겁니다.", FORMAL),
    ("한 번이라도 늦으면 다 망친 거예요.", POLITE),
    ("하나라도 빠뜨리면 다 망친 거야.", PLAIN),
    ("한 번이라도 실수하면 그걸로 끝이다.", WRITTEN),
    # two-poles
    ("합격 아니면 불합격이지, 중간은 없습니다.", FORMAL),
    ("성공 아니면 실패지, 중간은 없어요.", POLITE),
    ("이기거나 지거나, 중간은 없어.", PLAIN),
    # nowhere-will
    ("이번에 떨어졌으니 어느 회사도 저를 뽑지 않을 겁니다.", FORMAL),
    ("이번에 떨어졌으니 어디서도 저를 안 뽑을 거예요.", POLITE),
    ("여기서 떨어졌으니 어디서도 나를 안 뽑을 거야.", PLAIN),
    # disaster-sure
    ("연락이 없는 걸 보니 무슨 일이 생긴 게 분명합니다.", FORMAL),
    ("전화를 안 받는 걸 보니 무슨 일이 생긴 게 분명해요.", POLITE),
    ("답장이 없는 걸 보니 무슨 일이 생긴 게 분명해.", PLAIN),
    # can-never-be
    ("저는 절대 행복해질 수 없습니다.", FORMAL),
    ("저는 절대 성공할 수 없어요.", POLITE),
    ("나는 절대 행복해질 수 없어.", PLAIN),
    # feeling-so-fact
    ("이렇게 느껴지니까 이게 사실이야.", PLAIN),
    ("나는 버림받았다고 느낀다. 그러니까 그건 사실이다.", WRITTEN),
    # hunch-so-fact
    ("내 촉이 그러니까 틀림없어.", PLAIN),
    # whats-the-point
    ("이렇게 야근까지 해서 뭐 해.", PLAIN),
    # what-would-change
    ("내가 말한다고 뭐가 달라지겠어.", PLAIN),
    # always
    ("저는 항상 마감을 놓칩니다.", FORMAL),
    ("저는 항상 마감을 놓쳐요.", POLITE),
    ("나는 항상 마감을 놓쳐.", PLAIN),
    ("나는 항상 마감을 놓친다.", WRITTEN),
    # never
    ("저는 한 번도 제대로 못 했습니다.", FORMAL),
    ("나는 한 번도 제대로 못 했어.", PLAIN),
    ("저는 한 번도 제대로 못 했어요.", POLITE),
    # forever
    ("저는 평생 이렇게 살 겁니다.", FORMAL),
    ("나는 평생 이렇게 살 거야.", PLAIN),
    ("저는 평생 이렇게 살 거예요.", POLITE),
    # everyone
    ("다들 저를 싫어합니다.", FORMAL),
    ("다들 저를 싫어해요.", POLITE),
    ("다들 나를 싫어해.", PLAIN),
    ("다들 나를 싫어한다.", WRITTEN),
    # nothing-works
    ("되는 게 하나도 없습니다.", FORMAL),
    ("되는 게 하나도 없어.", PLAIN),
    # completely-ruined
    ("오늘 상담은 완전히 망쳤습니다.", FORMAL),
    ("오늘 상담은 완전히 망쳤다.", WRITTEN),
    # irreversible
    ("이번 실수는 돌이킬 수 없습니다.", FORMAL),
    ("이번 실수는 돌이킬 수 없다.", WRITTEN),
    # no-hope
    ("이 회사에선 희망이 없습니다.", FORMAL),
    ("이 회사에선 희망이 없다.", WRITTEN),
    # again
    ("저는 또 실수했습니다.", FORMAL),
    ("저는 또 실수했어요.", POLITE),
    ("나는 또 실수했어.", PLAIN),
    ("나는 또 실수했다.", WRITTEN),
    # cant-anything
    ("저는 뭘 해도 잘 안 됩니다.", FORMAL),
    ("저는 뭘 해도 잘 안 돼요.", POLITE),
    ("나는 뭘 해도 잘 안 돼.", PLAIN),
    ("나는 뭘 해도 잘 안 된다.", WRITTEN),
    # wherever-i-go
    ("저는 어디를 가도 적응을 못 합니다.", FORMAL),
    ("나는 어디를 가도 적응을 못 해.", PLAIN),
    # life-is-a-mess
    ("제 인생 전체가 엉망입니다.", FORMAL),
    ("내 인생 전체가 엉망이야.", PLAIN),
    # doesnt-like-me-said
    ("팀장님은 저를 좋아하지 않습니다.", FORMAL),
    ("팀장님은 저를 좋아하지 않아요.", POLITE),
    ("팀장님은 나를 안 좋아해.", PLAIN),
    ("팀장님은 나를 좋아하지 않는다.", WRITTEN),
    # rejected-by-all
    ("저는 모두에게 무시당하는 사람입니다.", FORMAL),
    ("저는 다들한테 미움받는 사람이에요.", POLITE),
    ("난 누구한테나 거절당하는 애야.", PLAIN),
    ("나는 모든 사람에게 외면당하는 존재다.", WRITTEN),
    # terrible-forecast
    ("이번 달 평가를 망치면 정말 끔찍할 겁니다.", FORMAL),
    ("이번 달 평가를 망치면 정말 끔찍하겠죠.", POLITE),
    ("이번 달 평가를 망치면 정말 끔찍할 거야.", PLAIN),
    ("이번 달 평가를 망치면 정말 끔찍할 것이다.", WRITTEN),
    # waste-of-time, waste-of-time-past
    ("이번 교육은 완전 시간 낭비였습니다.", FORMAL),
    ("이번 교육은 완전 시간 낭비예요.", POLITE),
    ("이번 교육은 완전 시간 낭비였어.", PLAIN),
    ("이번 교육은 완전 시간 낭비다.", WRITTEN),
]


@pytest.mark.parametrize(("thought", "register"), THOUGHTS)
def test_every_suggestion_keeps_the_register_of_the_thought(thought: str, register: str) -> None:
    assert _register(thought) == register, "the thought is not written in that register"
    detection = detect(thought, "ko")
    suggestions = [s for s in detection.suggestions.values() if s]
    assert suggestions, f"no suggestion for {thought!r}"
    # 반말 may end a sentence in -다 too ("…걱정된다"), but never in -요 or -ㅂ니다
    allowed = {PLAIN, WRITTEN} if register == PLAIN else {register}
    for suggestion in suggestions:
        found = [_register(s) for s in _sentences(suggestion)]
        assert set(found) <= allowed, (suggestion, found)


REWRITES = [
    # 합니다체: the replacement and the added line both end in -ㅂ니다
    (
        "저는 항상 마감을 놓칩니다.",
        PERM,
        "저는 가끔 마감을 놓칩니다. 다음번은 다를 수 있습니다.",
    ),
    ("저는 결국 실패한 인생입니다.", PERS, "저는 이번 결과가 아쉬울 뿐입니다."),
    ("이번 실수로 완전히 끝장났습니다.", PERM, "이번 실수로 지금은 많이 힘듭니다."),
    (
        "저는 뭘 해도 잘 안 됩니다.",
        PERV,
        "저는 이번엔 잘 안 됩니다. 이건 한 가지 일이지, 전부가 아닙니다.",
    ),
    ("이러다 정말 해고되는 거 아닙니까?", PERM, "이러다 일이 잘못될까 봐 걱정됩니다."),
    # 해요체 stays 해요체, with one "-요" only
    ("이러다 정말 잘리는 거 아닐까요?", PERM, "이러다 일이 잘못될까 봐 걱정돼요."),
    (
        "저는 항상 마감을 놓쳐요.",
        PERM,
        "저는 가끔 마감을 놓쳐요. 다음번은 다를 수 있어요.",
    ),
    # 반말 stays 반말
    ("나는 항상 마감을 놓쳐.", PERM, "나는 가끔 마감을 놓쳐. 다음번은 다를 수 있어."),
    (
        "다들 나를 싫어해.",
        PERV,
        "몇몇은 상황을 답답해해. 이건 한 가지 일이지, 전부가 아니야.",
    ),
    (
        "이렇게 야근까지 해서 뭐 해.",
        PERM,
        "이렇게 야근까지 해서 얻는 게 지금은 잘 안 보여. 다음번은 다를 수 있어.",
    ),
    # -다 stays -다
    ("그 손님은 정말 무례한 사람이다.", PERM, "그 손님은 오늘 좀 힘든 일이 있었나 보다."),
    (
        "오늘 상담은 완전히 망쳤다.",
        PERV,
        "오늘 상담은 잘 안 됐다. 이건 한 가지 일일 뿐, 전부가 아니다.",
    ),
    ("결국 나는 완전 실패다.", PERS, "결국 나는 이번 결과가 아쉬울 뿐이다."),
    # "한 번도 제대로 못" keeps its negative: only "한 번도" is bounded in time
    (
        "저는 한 번도 제대로 못 했습니다.",
        PERM,
        "저는 아직 제대로 못 했습니다. 다음번은 다를 수 있습니다.",
    ),
]


@pytest.mark.parametrize(("thought", "dimension", "expected"), REWRITES)
def test_rewrite_in_the_register_of_the_thought(
    thought: str, dimension: Dimension, expected: str
) -> None:
    assert detect(thought, "ko").suggestions[dimension] == expected


@pytest.mark.parametrize(
    ("sentence", "register"),
    [
        ("저는 부족합니다.", FORMAL),
        ("제가 뭘 할 수 있겠습니까?", FORMAL),
        ("이러다 해고되는 거 아닙니까?", FORMAL),
        ("제가 그렇죠 뭐.", POLITE),
        ("너무 힘들어요ㅠㅠ", POLITE),
        ("나는 좋은 아빠가 아니다.", WRITTEN),
        ("회사를 계속 다니다.", WRITTEN),
        ("다 내가 못하니까.", PLAIN),
        ("내가 늘 그렇지 뭐.", PLAIN),
    ],
)
def test_the_word_lists_name_the_register_a_sentence_ends_in(sentence: str, register: str) -> None:
    assert load_word_lists("ko").context.register_of(sentence) == register
    assert _register(sentence) == register


_LISTS = """
[meta]
language = "zz"
word_boundaries = false
[context]
negation_window = 0
clause_breaks = ","
someone_else = "x"
registers = [["formal", "니다$"]]
[dimensions.permanent]
explanation = "x"
external = "x"
suggestion = "{rewritten}{end}"
[dimensions.pervasive]
explanation = "x"
external = "x"
suggestion = "{rewritten}{end}"
[dimensions.personal]
explanation = "x"
external = "x"
suggestion = "{rewritten}{end}"
[[cues]]
id = "always"
dimension = "permanent"
patterns = ["항상"]
replacement = "가끔"
"""


def test_a_register_must_be_named_in_the_context() -> None:
    parse_word_lists(_LISTS + 'replacements = { formal = "가끔은" }\n')
    with pytest.raises(WordListError, match="registers"):
        parse_word_lists(_LISTS + 'replacements = { casual = "가끔은" }\n')
    with pytest.raises(WordListError, match="no group"):
        parse_word_lists(_LISTS + 'replacements = { formal = "\\\\g<v>" }\n')
