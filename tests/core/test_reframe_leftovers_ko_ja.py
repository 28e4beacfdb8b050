"""Kinds of thought the Korean and Japanese word lists read in one form and missed in another, and
rewrites that did not read as a sentence.

Korean: every kind read in 반말 is read in 합니다체, 해요체 and -다 too, and rewritten in the
register it was said in ("…못 갚는데요", "저는 아무것도 아닙니다", "어차피 안 된다"); a
negation in 합니다체 ("항상 그런 건 아닙니다") keeps a cue unmarked as "아니에요" does; and
rewrites a native speaker would not write are gone: two negatives kept ("아직 안 틀린 적이
없어"), a verb left without its subject ("이번 일이 나한테 미워해"), "잘 안 됐" after an object
("발표를 잘 안 됐어요"), a subject said twice ("저는 운도 따랐지만 제가 …", "보고서가 이번
건은 …"), "이제 아직", "모르는다", a statement ending in "?" and a label left inside its
question ("이번엔 왜 못났을까").

Japanese: a certainty said politely ("きっと失敗しますし、…", "どうせうまくいきません") is marked
as its plain form is, and rewritten from the plain verb ("失敗するかもしれないと不安になって
います"); a label on oneself with no copula after it ("僕は何の役にも立たない。") is rewritten
with one ("…だけだ。", not "…だけ。"), and the label-like kinds are read, and rewritten as whole
sentences, in plain and polite form alike: a polite thought gets a polite rewrite ("もう終わりです"
→ "今はつらいです", not "今はつらい"; "人生終わりました" → not "…へこんでいるました"), and no
rewrite leaves a word of the thought hanging after it ("…だけ母親だ", "一部の人はより", "…重なった
結果で", "今日は一部の人しかまだ私のことを…")."""

from __future__ import annotations

import re

import pytest

from companion.core.reframe import Dimension, detect

PERM, PERV, PERS = Dimension.PERMANENT, Dimension.PERVASIVE, Dimension.PERSONAL

# -- Korean: a kind read in 반말 is read in every register ---------------------------------------

_TAIL = re.compile(r"(?:\s?(?:뭐|ㅠ+|ㅜ+))*[\W_]*$")


def _register(sentence: str) -> str:
    """How a Korean sentence ends: 합니다체 (-ㅂ니다, -ㅂ니까), 해요체, -다 or 반말."""
    text = _TAIL.sub("", sentence.strip())
    if text.endswith(("니다", "니까")) and len(text) > 2:
        code = ord(text[-3]) - 0xAC00
        if 0 <= code < 11172 and code % 28 == 17:  # the syllable before ends in ㅂ
            return "formal"
    if text.endswith(("요", "죠")):
        return "polite"
    return "written" if text.endswith("다") else "plain"


# each kind in 합니다체, 해요체, 반말 and -다 (a question's -다 form ends in -가 or -나)
KO_KINDS = [
    (
        "저는 아무것도 아닙니다.",
        "저는 아무것도 아니에요.",
        "나는 아무것도 아니야.",
        "나는 아무것도 아니다.",
    ),
    (
        "저는 아무것도 아닌 사람입니다.",
        "저는 아무것도 아닌 것 같아요.",
        "난 아무것도 아닌 사람이야.",
        "나는 아무것도 아닌 존재다.",
    ),
    (
        "저는 좋은 상담원이 아닙니다.",
        "저는 좋은 엄마가 아니에요.",
        "나는 좋은 친구가 아니야.",
        "나는 좋은 딸이 아니다.",
    ),
    ("다 저 때문입니다.", "다 저 때문이에요.", "다 나 때문이야.", "다 나 때문이다."),
    (
        "이런 걸 해서 뭐 합니까.",
        "이런 걸 해서 뭐 해요.",
        "이런 걸 해서 뭐 해.",
        "이런 걸 해서 뭐 하겠는가.",
    ),
    ("저는 왜 이 모양입니까?", "저는 왜 이럴까요?", "나는 왜 이 모양일까?", "나는 왜 이 모양인가?"),
    (
        "저는 왜 이렇게 못났습니까?",
        "저는 왜 이렇게 한심할까요?",
        "나는 왜 이렇게 못났을까?",
        "나는 왜 이렇게 못났나?",
    ),
    (
        "팀장님이 저한테 화났을 겁니다.",
        "팀장님이 저한테 화났을 거예요.",
        "팀장님이 나한테 화났을 거야.",
        "팀장님이 나한테 화났을 것이다.",
    ),
    (
        "제가 분명 뭘 잘못했을 겁니다.",
        "제가 분명 뭘 잘못했을 거예요.",
        "내가 분명 뭘 잘못했을 거야.",
        "내가 분명 뭘 잘못했을 것이다.",
    ),
    (
        "실수하는 제가 너무 싫습니다.",
        "실수하는 제가 너무 싫어요.",
        "실수하는 내가 너무 싫어.",
        "실수하는 내가 너무 싫다.",
    ),
    (
        "제가 하는 일이 다 그렇습니다.",
        "제가 하는 일이 다 그렇죠 뭐.",
        "내가 하는 일이 다 그렇지 뭐.",
        "내가 하는 일이 다 그렇다.",
    ),
    (
        "불안하게 느껴지니까 사실입니다.",
        "불안하게 느껴지니까 진짜예요.",
        "불안하게 느껴지니까 진짜야.",
        "불안하게 느껴지니까 진짜다.",
    ),
    (
        "이러다 정말 잘리는 거 아닙니까?",
        "이러다 정말 잘리는 거 아닐까요?",
        "이러다 정말 잘리는 거 아냐?",
        "이러다 정말 잘리는 것 아닌가?",
    ),
    ("어차피 안 됩니다.", "어차피 안 돼요.", "어차피 안 돼.", "어차피 안 된다."),
    (
        "노력해도 안 바뀝니다.",
        "노력해도 안 바뀌어요.",
        "노력해도 안 바뀌어.",
        "노력해도 안 바뀐다.",
    ),
    (
        "말해 봤자 안 바뀝니다.",
        "말해 봤자 안 바뀌어요.",
        "말해 봤자 안 바뀌어.",
        "말해 봤자 안 바뀐다.",
    ),
    (
        "저는 바보일지도 모릅니다.",
        "저는 바보일지도 몰라요.",
        "나는 바보일지도 몰라.",
        "나는 바보일지도 모른다.",
    ),
    ("저는 역시 안 됩니다.", "저는 역시 안 돼요.", "나는 역시 안 돼.", "나는 역시 안 된다."),
    ("원래 저는 안 됩니다.", "원래 저는 안 돼요.", "원래 나는 안 돼.", "원래 나는 안 된다."),
    (
        "저는 한 번도 실적을 못 냈습니다.",
        "저는 한 번도 실적을 못 냈는데요.",
        "난 한 번도 실적을 못 냈어.",
        "나는 한 번도 실적을 못 냈다.",
    ),
    (
        "잘리면 월세를 못 낼 겁니다.",
        "잘리면 월세를 못 낼 텐데요.",
        "잘리면 월세를 못 낼 텐데.",
        "잘리면 월세를 못 낼 것이다.",
    ),
    ("저는 밥값도 못 합니다.", "저는 밥값도 못 해요.", "난 밥값도 못 해.", "나는 밥값도 못 한다."),
    (
        "팀장님은 저를 좋아하지 않는 게 틀림없습니다.",
        "팀장님은 저를 좋아하지 않는 게 틀림없어요.",
        "팀장님은 나를 좋아하지 않는 게 틀림없어.",
        "팀장님은 나를 좋아하지 않는 게 틀림없다.",
    ),
    ("뭐가 달라지겠습니까.", "뭐가 달라지겠어요.", "뭐가 달라지겠어.", "뭐가 달라지겠는가."),
    (
        "제 편이 아니면 다 적입니다.",
        "제 편이 아니면 다 적이에요.",
        "내 편이 아니면 다 적이야.",
        "내 편이 아니면 다 적이다.",
    ),
    (
        "세상은 너무 잔인합니다.",
        "세상은 너무 잔인해요.",
        "세상은 너무 잔인해.",
        "세상은 너무 잔인하다.",
    ),
    (
        "제 인생은 왜 이 모양입니까?",
        "제 인생은 왜 이럴까요?",
        "내 인생은 왜 이럴까?",
        "내 인생은 왜 이런가?",
    ),
    (
        "세상이 저를 버렸습니다.",
        "세상도 저를 외면해요.",
        "세상이 날 미워해.",
        "세상이 나를 싫어한다.",
    ),
    (
        "저는 원래 이런 사람입니다.",
        "저는 원래 이런 사람이에요.",
        "원래 난 그런 애야.",
        "나는 원래 이런 사람이다.",
    ),
    (
        "저는 한 번도 실수 안 한 적이 없습니다.",
        "한 번도 안 틀린 적이 없어요.",
        "나는 한 번도 안 틀린 적이 없어.",
        "나는 한 번도 안 틀린 적이 없다.",
    ),
    (
        "저는 늘 실수만 합니다.",
        "저는 늘 실수만 해요.",
        "나는 늘 실수만 해.",
        "나는 늘 실수만 한다.",
    ),
    (
        "저는 원래 말을 잘 못합니다.",
        "저는 원래 말을 잘 못해요.",
        "나는 원래 말을 잘 못해.",
        "나는 원래 말을 잘 못한다.",
    ),
    ("모든 게 제 탓입니다.", "모든 게 제 탓이에요.", "모든 게 내 탓이야.", "모든 게 내 탓이다."),
    (
        "제 인생은 실패작입니다.",
        "제 인생은 실패작이에요.",
        "내 인생은 완전 실패야.",
        "내 인생은 실패작이다.",
    ),
    # "나한테만" is the agent as "나한테" is: no register reads it as about the customers only
    (
        "고객님들은 항상 저한테만 화를 내십니다.",
        "고객님들은 항상 저한테만 화를 내세요.",
        "고객들은 항상 나한테만 화를 내.",
        "고객들은 항상 나한테만 화를 낸다.",
    ),
    (
        "저는 상담원 자격이 없습니다.",
        "저는 상담원 자격이 없어요.",
        "나는 상담원 자격이 없어.",
        "나는 상담원 자격이 없다.",
    ),
    (
        "발표를 완전히 망쳤습니다.",
        "발표를 망쳐 버렸어요.",
        "시험을 망했어.",
        "내가 발표를 다 망쳤다.",
    ),
]


@pytest.mark.parametrize("forms", KO_KINDS, ids=lambda forms: forms[2])
def test_a_korean_kind_is_read_and_rewritten_in_every_register(forms: tuple[str, ...]) -> None:
    for thought in forms:
        detection = detect(thought, "ko")
        assert any(m.about_self for m in detection.markings), thought
        register = _register(thought)
        suggestions = [s for s in detection.suggestions.values() if s]
        assert suggestions, thought
        for suggestion in suggestions:
            for sentence in re.split(r"(?<=[.!?])\s+", suggestion):
                assert _register(sentence) == register, (thought, suggestion)


# a hanging dread after "if" is 반말 or 해요체
@pytest.mark.parametrize(
    ("thought", "expected"),
    [
        (
            "면접에서 떨어지면 대출도 못 갚는데요.",
            "면접에서 떨어지면 대출도 못 갚게 될 수도 있지만, 그때 방법을 찾으면 돼요.",
        ),
        (
            "잘리면 저는 갈 데가 없는데요.",
            "잘리면 저는 갈 데가 없을 수도 있지만, 그때 방법을 찾으면 돼요.",
        ),
        (
            "면접에서 떨어지면 대출도 못 갚는데.",
            "면접에서 떨어지면 대출도 못 갚게 될 수도 있지만, 그때 방법을 찾으면 돼.",
        ),
    ],
)
def test_a_hanging_dread_is_read_in_polite_form(thought: str, expected: str) -> None:
    assert detect(thought, "ko").suggestions[PERM] == expected


@pytest.mark.parametrize(
    "thought",
    [
        "항상 그런 건 아닙니다.",
        "다 제 탓은 아닙니다.",
        "제 잘못 때문이 아닙니다.",
        "모든 게 끝난 건 아닙니다.",
        "다 내 탓인 건 아닌 것 같아.",
        "이건 아무것도 아닌 일이야.",
    ],
)
def test_a_negation_in_formal_form_keeps_a_cue_unmarked(thought: str) -> None:
    assert detect(thought, "ko").is_empty, detect(thought, "ko").markings


# -- Korean: rewrites read as a native speaker would write them -----------------------------------

KO_REWRITES = [
    ("나는 한 번도 안 틀린 적이 없어.", PERM, "나는 틀린 적이 몇 번 있어. 다음번은 다를 수 있어."),
    (
        "저는 한 번도 실수 안 한 적이 없습니다.",
        PERM,
        "저는 실수한 적이 몇 번 있습니다. 다음번은 다를 수 있습니다.",
    ),
    ("나는 아무것도 아닌 사람이야.", PERS, "나는 아직 자신을 찾아가는 중인 사람이야."),
    ("저는 아무것도 아닙니다.", PERS, "저는 아직 자신을 찾아가는 중입니다."),
    (
        "세상이 날 미워해.",
        PERV,
        "요즘 일이 잘 안 풀려서 힘들어. 이건 한 가지 일이지, 전부가 아니야.",
    ),
    (
        "이제 돌이킬 수 없어요.",
        PERM,
        "아직 바로잡을 방법이 남아 있어요. 다음번은 다를 수 있어요.",
    ),
    ("저는 운이 좋았을 뿐이에요.", PERS, "운도 따랐지만 제가 잘한 부분도 있었어요."),
    (
        "발표를 완전히 망쳤어요.",
        PERV,
        "발표를 제대로 못 했어요. 이건 한 가지 일이지, 전부가 아니에요.",
    ),
    (
        "내가 발표를 다 망쳤어.",
        PERV,
        "내가 발표를 이번엔 제대로 못 했어. 이건 한 가지 일이지, 전부가 아니야.",
    ),
    ("다 망쳤어.", PERV, "이번 건은 잘 안 됐어. 이건 한 가지 일이지, 전부가 아니야."),
    (
        "보고서가 다 엉망이에요.",
        PERV,
        "보고서가 이번엔 좀 엉망이에요. 이건 한 가지 일이지, 전부가 아니에요.",
    ),
    ("나는 왜 이렇게 못났을까?", PERS, "이번엔 왜 일이 꼬였을까?"),
    ("저는 왜 이 모양입니까?", PERS, "이번엔 왜 일이 꼬였는지 모르겠습니다."),
    (
        "제 인생은 왜 이 모양입니까?",
        PERV,
        "요즘 왜 일이 잘 안 풀리는지 모르겠습니다. 이건 한 가지 일이지, 전부가 아닙니다.",
    ),
    ("저는 누구에게도 필요 없는 사람이에요.", PERS, "저는 아직 제 자리를 찾는 중인 사람이에요."),
    ("저는 원래 이런 사람이에요.", PERM, "저는 요즘 이런 편이에요. 다음번은 다를 수 있어요."),
    ("저는 역시 안 됩니다.", PERS, "저는 이번에 잘 안 됐습니다."),
    ("저는 원래 말을 잘 못해요.", PERM, "저는 말을 아직 익히는 중이에요. 다음번은 다를 수 있어요."),
    (
        "저는 늘 실수만 합니다.",
        PERV,
        "저는 가끔 실수도 합니다. 이건 한 가지 일이지, 전부가 아닙니다.",
    ),
    ("모든 게 제 탓이에요.", PERS, "여러 가지가 겹친 일이에요."),
    ("저는 상담원 자격이 없어요.", PERS, "저는 상담원 일은 아직 배울 게 남아 있어요."),
    (
        "오늘 통화는 다 망했어요.",
        PERV,
        "오늘 통화는 잘 안 됐어요. 이건 한 가지 일이지, 전부가 아니에요.",
    ),
    ("이번 달 평가는 끝났습니다.", PERM, "지금은 많이 힘듭니다."),
    (
        "저는 아무리 해도 실적이 안 올라요.",
        PERM,
        "저는 해 봤는데 아직은 실적이 안 올라요. 다음번은 다를 수 있어요.",
    ),
    ("상담은 저랑 안 맞아요.", PERS, "상담에 아직 손이 익지 않아요."),
    ("저는 이 일에 안 맞는 것 같아요.", PERS, "저는 이 일에 아직 손이 익지 않는 것 같아요."),
    (
        "진상 고객 때문에 오늘 하루가 다 망했어요.",
        PERV,
        "진상 고객 때문에 오늘 하루가 잘 안 됐어요. 이건 한 가지 일이지, 전부가 아니에요.",
    ),
    (
        "나는 어차피 승진 못 할 것이다.",
        PERM,
        "나는 솔직히 승진 못 할까 봐 걱정된다. 다음번은 다를 수 있다.",
    ),
    ("제 인생은 실패작이에요.", PERS, "요즘 일이 잘 안 풀리는 중이에요."),
    ("내 인생은 완전 실패야.", PERS, "요즘 일이 잘 안 풀리는 중이야."),
    ("원래 저는 안 됩니다.", PERS, "저는 이번에 잘 안 됐습니다."),
    ("저는 밥값도 못 합니다.", PERS, "저는 아직 배우는 중입니다."),
    (
        "저는 이 일을 절대 해낼 수 없습니다.",
        PERM,
        "저는 이 일을 해낼 수 있을지 아직 모르겠습니다. 다음번은 다를 수 있습니다.",
    ),
    (
        "저는 절대 이 일을 해낼 수 없어요.",
        PERM,
        "저는 이 일을 해낼 수 있을지 아직 모르겠어요. 다음번은 다를 수 있어요.",
    ),
    (
        "나는 도저히 이걸 감당할 수 없어.",
        PERM,
        "나는 이걸 감당할 수 있을지 아직 모르겠어. 다음번은 다를 수 있어.",
    ),
    (
        "잘리면 월세를 못 낼 텐데요.",
        PERM,
        "잘리면 월세를 못 낼까 봐 걱정돼요. 다음번은 다를 수 있어요.",
    ),
    ("난 밥값도 못 해.", PERS, "난 아직 배우는 중이야."),
    ("저는 안 된다.", PERS, "저는 이번에 잘 안 됐다."),
    (
        "팀장님은 저를 좋아하지 않는 게 틀림없어요.",
        PERS,
        "팀장님은 저를 아직 잘 모르는 게 틀림없어요.",
    ),
]


@pytest.mark.parametrize(("thought", "dimension", "expected"), KO_REWRITES)
def test_a_korean_rewrite_reads_as_korean(
    thought: str, dimension: Dimension, expected: str
) -> None:
    assert detect(thought, "ko").suggestions[dimension] == expected


_ODD = [
    re.compile(r"아직 안 [가-힣]+ 적이 없"),  # two negatives kept
    re.compile(r"이번 일이 나한테 [가-힣]+(?:해|했|한다)"),  # the world's verb without the world
    re.compile(r"[을를] 잘 안 됐"),  # an object before an intransitive verb
    re.compile(r"이제 아직"),
    re.compile(r"모르는다"),
    re.compile(r"이번 일은 아[닌닙]"),
    re.compile(r"(?:저는|나는) 운도 따랐지만"),
    re.compile(r"이번엔 왜 (?:못났|한심|멍청|오늘)"),
    re.compile(r"니다\?"),
    re.compile(r"이번에 [^.]*아직 익히는"),  # "this time" and "still learning" at once
    re.compile(r"이번 일이 여러 가지가"),  # two subjects
    re.compile(r"실수만 (?:합니다|한다)"),  # "only mistakes" left in 합니다체 and -다
    re.compile(r"(?:상담원|직원) 아직"),  # a job left without its particle
    re.compile(r"[은는] 이번 건은"),  # two topics
    re.compile(r"이번 달 지금은"),
    re.compile(r"아무리 해 봤는데"),
    re.compile(r"(?:에|랑|하고) 아직 손에 익지"),
    re.compile(r"[이가] 이번 건은"),
    re.compile(r"(?:인생|삶)은 오늘 좀 서툴렀을"),  # a person's label put on a life
    re.compile(r"원래 (?:저는|나는) 이번에"),
    re.compile(r"밥값도 아직"),
    re.compile(r"아직 [^.]*아직"),  # "아직" twice
    re.compile(r"나를 [^.]*(?:니다|요)\."),  # "나를" in 합니다체 or 해요체
]


@pytest.mark.parametrize("forms", KO_KINDS, ids=lambda forms: forms[2])
def test_no_korean_rewrite_reads_oddly(forms: tuple[str, ...]) -> None:
    for thought in (*forms, "팀장님은 나를 좋아하지 않는다.", "나는 아무것도 아닌 존재야."):
        for suggestion in filter(None, detect(thought, "ko").suggestions.values()):
            assert not any(p.search(suggestion) for p in _ODD), (thought, suggestion)


# -- Japanese: a polite certainty is read as the plain one is ------------------------------------

# (plain, polite): the same certainty in each form
JA_CERTAINTIES = [
    ("きっと失敗するし、怒られる。", "きっと失敗しますし、怒られます。"),
    ("どうせまた面接に落ちるに違いない。", "どうせまた面接に落ちます。"),
    ("きっと部長に叱られる。", "きっと部長に叱られます。"),
    ("このままだときっとクビになるだろう。", "このままだときっとクビになります。"),
    ("結局また失敗する。", "結局また失敗します。"),
    ("どうせうまくいかない。", "どうせうまくいきません。"),
    ("きっと取引先に嫌われるし、もう無理だ。", "きっと取引先に嫌われますし、もう無理です。"),
]


@pytest.mark.parametrize(("plain", "polite"), JA_CERTAINTIES)
def test_a_polite_certainty_is_marked_as_the_plain_one_is(plain: str, polite: str) -> None:
    for thought in (plain, polite):
        detection = detect(thought, "ja")
        assert detection.of(PERM), thought
        suggestion = detection.suggestions[PERM]
        assert suggestion is not None, thought
        assert "かもしれない" in suggestion, suggestion
        # the rewrite is made from the plain verb, never from the polite one
        assert "ますかもしれ" not in suggestion and "ませんかもしれ" not in suggestion, suggestion


@pytest.mark.parametrize(
    ("thought", "expected"),
    [
        (
            "きっと失敗しますし、きっと叱られます。",
            "失敗するかもしれないし、叱られるかもしれないと不安になっています。"
            "次はまた違う結果になるかもしれません。",
        ),
        (
            "どうせまた面接に落ちます。",
            "面接に落ちるかもしれないと不安になっています。次はまた違う結果になるかもしれません。",
        ),
        (
            "絶対に大問題になります。",
            "大問題になるかもしれないと不安になっています。次はまた違う結果になるかもしれません。",
        ),
        (
            "どうせうまくいきません。",
            "うまくいかないかもしれないと不安になっています。次はまた違う結果になるかもしれません。",
        ),
        # "と思います" goes with the certainty it frames ("…不安になっていますと思います" is not
        # Japanese)
        (
            "きっと失敗すると思いますし、きっと叱られます。",
            "失敗するかもしれないし、叱られるかもしれないと不安になっています。"
            "次はまた違う結果になるかもしれません。",
        ),
        (
            "きっと失敗すると思う。",
            "失敗するかもしれないと不安になっている。次はまた違う結果になるかもしれません。",
        ),
        # "はずです" and "に決まってます" are certainties too
        (
            "きっと失敗するはずです。",
            "失敗するかもしれないと不安になっています。次はまた違う結果になるかもしれません。",
        ),
        (
            "絶対に失敗するに決まってますし、きっと叱られます。",
            "失敗するかもしれないし、叱られるかもしれないと不安になっています。"
            "次はまた違う結果になるかもしれません。",
        ),
        (
            "きっと部長に叱られるはずだ。",
            "部長に叱られるかもしれないと不安になっている。次はまた違う結果になるかもしれません。",
        ),
        # "よね" goes with the certainty too ("…不安になっていますよね" asks the reader to agree)
        (
            "きっと課長に嫌われますよね。",
            "課長に嫌われるかもしれないと不安になっています。次はまた違う結果になるかもしれません。",
        ),
        (
            "きっと課長に嫌われるよね。",
            "課長に嫌われるかもしれないと不安になっている。次はまた違う結果になるかもしれません。",
        ),
    ],
)
def test_a_polite_certainty_is_rewritten_from_its_plain_verb(thought: str, expected: str) -> None:
    assert detect(thought, "ja").suggestions[PERM] == expected


@pytest.mark.parametrize(
    "thought",
    [
        "きっと失敗しません。",
        "きっと失敗しますか？",
        "きっと失敗すると思った。",
        "きっと失敗するはずがない。",
    ],
)
def test_no_certainty_is_read_into_a_polite_negative_or_question(thought: str) -> None:
    assert not detect(thought, "ja").of(PERM), thought


# -- Japanese: a label is rewritten as a whole sentence, in plain and polite form -----------------

JA_LABELS = [
    ("僕は何の役にも立たない。", "今回はうまくいかなかっただけだ。"),
    ("僕は何の役にも立たないと思う。", "今回はうまくいかなかっただけだと思う。"),
    ("私はダメな人間。", "今回はうまくいかなかっただけだ。"),
    ("私は役立たずなので、迷惑をかけてしまう。", "今回はうまくいかなかっただけなので、"),
    ("私はダメなのかもしれない。", "今回はうまくいかなかっただけなのかもしれない。"),
    ("私は役立たずだ。", "今回はうまくいかなかっただけだ。"),
    ("私は役立たずです。", "今回はうまくいかなかっただけです。"),
    ("僕は誰の役にも立てません。", "今回はうまくいかなかっただけです。"),
    ("私は使い物になりません。", "今回はうまくいかなかっただけです。"),
    ("私は何もできません。", "今回はうまくいかなかっただけです。"),
    ("私には無理だ。", "今の自分には難しい。"),
    ("私には無理です。", "今の自分には難しいです。"),
    ("私はこの仕事に向いてない。", "私はまだ慣れていない。"),
    ("私はこの仕事に向いていません。", "私はまだ慣れていません。"),
    ("私は人を見る目がない。", "今回は見抜けなかった。"),
    ("私は人を見る目がありません。", "今回は見抜けませんでした。"),
    ("私は魅力がない。", "私の良さが、今回は伝わらなかった。"),
    ("私は魅力がありません。", "私の良さが、今回は伝わりませんでした。"),
    ("自分のことが情けない。", "自分に厳しくなっている。"),
    ("自分のことが情けないです。", "自分に厳しくなっています。"),
    ("自分が嫌いだ。", "自分に厳しくなっている。"),
    ("自分が嫌いです。", "自分に厳しくなっています。"),
]


@pytest.mark.parametrize(("thought", "rewritten"), JA_LABELS)
def test_a_label_is_rewritten_as_a_whole_sentence(thought: str, rewritten: str) -> None:
    suggestion = detect(thought, "ja").suggestions[PERS]
    assert suggestion is not None, thought
    assert suggestion.startswith(rewritten), suggestion


@pytest.mark.parametrize(
    ("thought", "words"),
    [
        ("何もできません。", "この件ではできません。"),
        ("どれもうまくいきません。", "この件ではうまくいきません。"),
    ],
)
def test_nothing_works_is_read_in_polite_form(thought: str, words: str) -> None:
    suggestion = detect(thought, "ja").suggestions[PERV]
    assert suggestion is not None and suggestion.startswith(words), suggestion


# (plain, polite, dimension, the polite thought's rewrite): both are marked, and the polite one is
# rewritten politely
JA_POLITE = [
    ("もう終わりだ。", "もう終わりです。", PERM, "今はつらいです。"),
    ("人生終わった。", "人生終わりました。", PERV, "今はかなりへこんでいます。"),
    ("私はダメな母親だ。", "私はダメな母親です。", PERS, "今回はうまくいかなかっただけです。"),
    (
        "私はみんなより劣っている。",
        "私はみんなより劣っています。",
        PERS,
        "今回はうまくいかなかっただけです。",
    ),
    (
        "私のせいでチームに迷惑をかけた。",
        "私のせいでチームに迷惑をかけました。",
        PERS,
        "いくつかのことが重なってチームに迷惑をかけました。",
    ),
    ("この先ずっと一人だ。", "この先ずっと一人です。", PERM, "今は一人だと感じています。"),
    ("取り返しがつかない。", "取り返しがつきません。", PERM, "立て直すには時間がかかります。"),
    ("こんな自分が許せない。", "こんな自分が許せません。", PERS, "自分に厳しくなっています。"),
    (
        "きっと嫌われているし、避けられている。",
        "きっと嫌われていますし、避けられています。",
        PERS,
        "きっと相手にも事情がありました",
    ),
    (
        "誰も私を必要としていない。",
        "誰も私を必要としていません。",
        PERS,
        "まだ私のことをよく知らない人が多いだけかもしれません。",
    ),
    (
        "完璧じゃないと意味がない。",
        "完璧じゃないと意味がありません。",
        PERV,
        "完璧でなくても、得るものはあります。",
    ),
    (
        "お客様は私を信用していない。",
        "お客様は私を信用していません。",
        PERS,
        "お客様はまだ私のことをよく知らないだけかもしれません。",
    ),
    (
        "上司は私にがっかりしている。",
        "上司は私にがっかりしています。",
        PERS,
        "上司は今回のことを残念に思っているだけかもしれません。",
    ),
    (
        "課長はきっと私を無能だと思っている。",
        "課長はきっと私を無能だと思っています。",
        PERS,
        "課長は今回のことを残念に思っているだけかもしれません。",
    ),
    (
        "私は全然成長していない。",
        "私は全然成長していません。",
        PERS,
        "今回はうまくいかなかっただけです。",
    ),
    (
        "私なんかが何をやっても無駄だ。",
        "私なんかが何をやっても無駄です。",
        PERS,
        "私にもできることはあります。",
    ),
    (
        "私には何の資格もない。",
        "私には何の資格もありません。",
        PERS,
        "私には経験がまだ足りません。",
    ),
    (
        "私の長所なんて大したことない。",
        "私の長所なんて大したことありません。",
        PERS,
        "私にもいいところはあります。",
    ),
    (
        "私にはこのチームにいる資格がない。",
        "私にはこのチームにいる資格がありません。",
        PERV,
        "私はこのチームで続けて大丈夫です。",
    ),
    (
        "ミスばかりする自分が嫌になる。",
        "ミスばかりする自分が嫌になります。",
        PERS,
        "ミスばかりするときもあります。",
    ),
    (
        "私は人として終わってる。",
        "私は人として終わっています。",
        PERS,
        "今回はうまくいかなかっただけです。",
    ),
    (
        "私がいるとチームに迷惑だ。",
        "私がいるとチームに迷惑です。",
        PERS,
        "私がいることで、うまくいっていることもあります。",
    ),
    (
        "私がいなくても誰も困らない。",
        "私がいなくても誰も困りません。",
        PERS,
        "私がいることで、助かっている人もいます。",
    ),
    ("失敗の連続だ。", "失敗の連続です。", PERM, "失敗も成功もあります。"),
    (
        "完璧にできなければ失敗と同じだ。",
        "完璧にできなければ失敗と同じです。",
        PERV,
        "完璧にできなくても、できた部分は残ります。",
    ),
    (
        "いつでも完璧であるべきだ。",
        "いつでも完璧であるべきです。",
        PERV,
        "できる範囲でやれば大丈夫です。",
    ),
    (
        "もう私の評価は最悪だ。",
        "もう私の評価は最悪です。",
        PERV,
        "評価は、今回のことだけでは決まりません。",
    ),
    (
        "たまたまうまくいっただけだ。",
        "たまたまうまくいっただけです。",
        PERS,
        "うまくいったのは、準備してきたことの結果でもあります。"
        "うまくいったことは、自分の力として受け取って大丈夫です。",
    ),
    (
        "成功か失敗かのどちらかしかない。",
        "成功か失敗かのどちらかしかありません。",
        PERV,
        "うまくいった部分とそうでない部分があります。",
    ),
    (
        "こんな簡単なことも覚えられないなんて情けない。",
        "こんな簡単なことも覚えられないなんて情けないです。",
        PERS,
        "こんな簡単なことも覚えられないのは悔しいです。",
    ),
    (
        "このままではクビになる。",
        "このままではクビになりますし、路頭に迷います。",
        PERM,
        "このままではクビになるかもしれないと不安になっていますし、",
    ),
]


@pytest.mark.parametrize(("plain", "polite", "dimension", "rewritten"), JA_POLITE)
def test_a_polite_thought_is_marked_and_rewritten_politely(
    plain: str, polite: str, dimension: Dimension, rewritten: str
) -> None:
    assert detect(plain, "ja").of(dimension), plain
    suggestion = detect(polite, "ja").suggestions[dimension]
    assert suggestion is not None and suggestion.startswith(rewritten), (polite, suggestion)


_JA_ODD = [
    re.compile(r"だけ(?:[一-龯ァ-ヶ]|[。、]|し、)"),  # a label's rewrite without its copula or noun
    re.compile(r"(?:いる|ある|ない)(?:ました|です)"),  # a plain rewrite before a polite ending
    re.compile(r"一部の人はより"),
    re.compile(r"重なった結果で"),
    re.compile(r"しかまだ"),
    re.compile(r"にはこの[^。]*で続けて"),  # "私には" left before "…で続けていい"
]


@pytest.mark.parametrize(("plain", "polite", "_dimension", "_rewritten"), JA_POLITE)
def test_no_japanese_rewrite_leaves_a_word_hanging(
    plain: str, polite: str, _dimension: Dimension, _rewritten: str
) -> None:
    for thought in (plain, polite):
        for suggestion in filter(None, detect(thought, "ja").suggestions.values()):
            assert not any(p.search(suggestion) for p in _JA_ODD), (thought, suggestion)
