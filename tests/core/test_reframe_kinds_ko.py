"""Kinds of distorted thought in Korean that the reframe detector used to miss, each said the
ways a native speaker says it (endings, politeness levels, spacing):

- a guess at one's own fault ("제가 말실수했나요?", "제가 잘못한 게 틀림없어요"): personal
- mind reading of someone's mood as aimed at oneself ("저한테 서운했을 거예요"): personal
- "that's just me" ("하긴 난 늘 그렇지 뭐", "제가 그렇죠 뭐"): personal
- a sorry state pinned on oneself ("결국 난 이 꼴이야"): personal
- a result turned into a person ("난 완전 실패야", "저는 실패한 인생이에요"): personal
- "whatever I do", in its spellings ("뭘해도", "뭐를 하든", "아무리 해도"): pervasive
- "wherever I go" ("어딜 가든", "어디서든"): pervasive
- a whole life called a mess ("내 삶이 다 꼬였어"): pervasive
- all-or-nothing ("완벽하지 않으면 소용없어", "모 아니면 도야"): pervasive
- a ruin after a condition ("실수하면 끝이야"): permanent
- catastrophes foretold ("해고될 거예요", "다음에도 컴플레인 받을 거야"): permanent
- "today too" told of a day not yet lived ("내일도 괴롭겠죠"): permanent
- a dread put as "what if" ("못 채우면 어떡하죠?"): permanent, even with "이번엔" before it
- a ruin, a shame or a loss foretold ("망할 거야", "못 챙길지도 몰라", "망칠 것이다"): permanent
- a no said before anything is tried ("보나 마나 안 되겠지", "말해 봐야 소용없어요", "희망이 없어",
  "끝장이야"): permanent
- a shortcoming made into a kind of person ("나는 소심한 사람이야"): personal
- a can't told as a fixed fact ("난 숫자 계산을 못해"): permanent
- someone's manner read as aimed at me ("나한테 짜증 내는 건가?", "날 무시하는 거야?"): personal
- a flaw in oneself taken for certain ("저는 근본적인 문제가 있어요"): personal
- someone else called bad for good ("우리 팀장은 못된 사람이야"): permanent
- mind reading of a low opinion ("다들 내 설명이 길다고 생각했을 거야", "나를 욕하고 있을
  거야"): personal
- one's own failing named as the whole cause ("이렇게 된 건 다 내가 부족해서야"): personal
- nobody needs me ("나는 아무한테도 필요 없는 사람이야"): personal
- effort that changes nothing, nothing I can do ("노력해도 안 바뀌어", "내가 뭘 할 수
  있겠어"): permanent
- a mistake that can never be undone, all of it come to nothing ("돌이킬 수 없어", "다
  물거품이 됐어"): permanent, pervasive
- a feeling taken as proof ("불안한 걸 보니 …"): permanent
- worth denied ("나는 그런 칭찬을 들을 사람이 아니야", "행복할 자격이 없어요"): personal
- a dread left hanging after "if" ("잘리면 대출도 못 갚는데"): permanent
- a thing that will never change, said with "바뀌지 않을", and a life area that does not suit me
  ("저는 직장 생활이랑 영 안 맞아요"): permanent, personal
- "I am nothing", "nothing I am good at", "I am a burden", a skill one lacks ("사회성이 없어"):
  personal; all but me, "why is my life like this", a life gone wrong from the start: pervasive
- "doesn't like me", "could never like me", a mistake made terrible, all of it for nothing, guilt
  taken as proof, a failure "한 거야": each in its cue
- my own lack as the fault, better off without me, a disaster asked as a question, behind
  everyone, "why only this much": each in its cue
- core beliefs said bare ("나는 부족하다", "나는 좋은 엄마가 아니다", "나는 이 일을 해낼 수
  없다"): personal, permanent; the world and the future told dark ("세상은 위험하다", "미래는
  암울하다"): pervasive, permanent
- "never again", nothing but bad things, "unlovable", "whatever I do" with a word between, the
  wording after "조금만 더 잘했어도" and after "결국 다": each in its cue

- the top result missed, said as a condition with a verdict after it ("목표를 못 채우면 저는
  패배자예요"): pervasive; a label said as a guess ("…일지도 몰라"), worth denied as a question
  ("누가 나 같은 걸 …겠냐"), a success put down to luck or praise to manners, a needless
  "괜히 …했어", "because it is me" ("나라서 그래"): personal; mind reading with a word of
  certainty between, an awkward room or a harm already done foretold, "…할 리 없어", a feeling
  or a hunch taken for a fact: each in its cue
- gossip about me guessed, my lack named as the cause, a disappointment or a reaction to me
  guessed, a success made nothing ("칭찬받은 건 별거 아니야"): personal; a symptom read as the
  worst illness: permanent
- one flaw that spoils all, two poles and nothing between ("중간은 없어"), one no read as every
  no ("어디서도 … 않을 거야"), nobody to trust: pervasive; a disaster or a crash foretold or told
  as certain: permanent; one thing of mine named as the whole cause: personal
- being left out read as meant: personal; trust gone for good, a good life shut off for good
  ("행복해질 수 없어"): permanent
- someone's dislike told as a plain fact about me ("팀장님은 저를 좋아하지 않아요"), a label
  built on everyone ("난 다들한테 무시당하는 애야"): personal; a catastrophe foretold ("…면
  그야말로 끔찍할 거야"), effort gone by told as wasted ("다 소용없었어요"): permanent; a thing
  judged wholly worthless ("완전 시간 낭비였어요"): pervasive

- kinds said in everyday wording: one act of mine named as the cause ("…건 내가 …해서야", "내가 한
  농담 때문일 거야"), my being there as the cause ("내가 끼기만 하면"), someone's mood put down to
  me or mine for certain ("내 말투 때문에 기분 상한 게 분명해"), casual self-labels, a label as
  a guess or as all one is ("…그 자체"), "not cut out for it" ("그릇이 아니야", "…랑 안 맞는
  사람"), "if only I had not": personal; one slip told as all of it ruined ("글렀어", "망한 거야",
  "빵점이야", "…했으니 다이어트는 끝났어", "완벽하지 않으면 …할 가치도 없어"), the same wherever
  I go, nothing intact, "they are all like that" ("하나같이"): pervasive; fate ("팔자", "체질"),
  the same from now on ("앞으로도 쭉 이럴 거야"), no end in sight, "how could it change now",
  "what's the point" ("하나 마나"), a future shut ("…하긴 글렀어"), a disaster told as certain
  ("잘리는 거야", "그만두라는 뜻이야", "…게 생겼어", "혼자 남겠지", "매장됐어"): permanent

Near misses and balanced thoughts (a check that is only planned, a guess told as corrected, a
feeling bounded in time, a task that is nearly done) stay unmarked.
"""

from __future__ import annotations

import pytest

from companion.core.reframe import Dimension, detect

PERM, PERV, PERS = Dimension.PERMANENT, Dimension.PERVASIVE, Dimension.PERSONAL

_ENDS = (".", "?", "!", "…")


def _self_markings(thought: str):
    return [m for m in detect(thought, "ko").markings if m.about_self]


def _still_marked(suggestion: str) -> list[str]:
    return [m.text for m in _self_markings(suggestion)]


# (thought, dimension, cue that marks it)
MARKED = [
    # a guess at one's own fault
    ("아까 통화에서 제가 말실수를 했나 봐요.", PERS, "must-have-done-wrong"),
    ("내가 또 잘못 처리했을지도 몰라.", PERS, "must-have-done-wrong"),
    ("고객이 전화를 끊은 걸 보면 내가 틀렸을 거야.", PERS, "must-have-done-wrong"),
    ("제가 뭘 잘못 안내했나요?", PERS, "must-have-done-wrong"),
    ("혹시 제가 말실수했나…", PERS, "must-have-done-wrong"),
    ("제가 잘못한 게 틀림없어요.", PERS, "must-have-done-wrong-sure"),
    ("내가 실수한 게 분명해, 그래서 답장이 없는 거야.", PERS, "must-have-done-wrong-sure"),
    # mind reading of a mood as aimed at oneself
    ("팀장님이 나한테 단단히 삐졌나 봐.", PERS, "angry-with-me"),
    ("선배가 저한테 서운했을 거예요.", PERS, "angry-with-me"),
    ("동료가 저한테 삐졌나요?", PERS, "angry-with-me"),
    ("고객님이 나한테 화가 난 것 같아.", PERS, "angry-with-me-now"),
    # "that's just me"
    ("하긴 난 늘 그렇지 뭐.", PERS, "thats-just-me"),
    ("내가 하는 게 늘 이렇지.", PERS, "thats-just-me"),
    ("제가 그렇죠 뭐.", PERS, "thats-just-me-polite"),
    # a sorry state
    ("저는 이 모양 이 꼴이에요.", PERS, "sorry-state-polite"),
    ("결국 난 이 꼴이야.", PERS, "sorry-state"),
    # a result turned into a person
    ("실적을 못 채우면 난 완전 실패야.", PERS, "i-am-a-failure"),
    ("저는 그냥 실패한 인생이에요.", PERS, "i-am-a-failure-polite"),
    ("전 결국 실패입니다.", PERS, "i-am-a-failure-polite"),
    ("난 실패작이야.", PERS, "self-judgement"),
    # "whatever I do", in its spellings
    ("나는 아무리 해도 안 되나 봐.", PERV, "cant-anything"),
    ("저는 뭘 하든 잘 안 돼요.", PERV, "cant-anything"),
    ("뭐를 해도 못 하겠어.", PERV, "cant-anything"),
    ("나는 뭘해도 못 하겠어.", PERV, "cant-anything"),
    # "wherever I go"
    ("저는 어디를 가도 적응을 못 해요.", PERV, "wherever-i-go"),
    ("나는 어디서든 겉돌아.", PERV, "wherever-i-go"),
    # a whole life
    ("내 삶이 다 꼬였어.", PERV, "life-is-tangled"),
    ("제 인생 전체가 엉망이에요.", PERV, "life-is-a-mess"),
    # all-or-nothing
    ("완벽하지 않으면 다 소용없어.", PERV, "all-or-nothing"),
    ("1등 아니면 의미 없어요.", PERV, "all-or-nothing-polite"),
    ("모 아니면 도야.", PERV, "all-or-nothing"),
    ("100점이 아니면 0점입니다.", PERV, "all-or-nothing-formal"),
    # a ruin after a condition
    ("이번 평가에서 실수하면 끝이야.", PERM, "if-then-over"),
    ("이 건 놓치면 다 끝난 거예요.", PERM, "if-then-over-polite"),
    ("마감을 못 지키면 끝입니다.", PERM, "if-then-over-formal"),
    # catastrophes foretold
    ("이번 달 실적 못 채우면 해고될 거예요.", PERM, "will-fail-polite"),
    ("다음에도 컴플레인 받을 거야.", PERM, "will-fail"),
    ("나는 앞으로도 계속 무시당할 거야.", PERM, "will-fail"),
    ("분명 시말서 쓸 겁니다.", PERM, "will-fail-formal"),
    # "today too", of a day not yet lived
    ("오늘도 지치겠지.", PERM, "today-too-forecast"),
    ("내일도 괴롭겠죠.", PERM, "today-too-forecast"),
    # a dread put as "what if"
    ("고객이 다시 항의 전화하면 어쩌지?", PERM, "what-if"),
    ("교육 시간에 질문에 대답 못 하면 어떡해…", PERM, "what-if"),
    ("이번에도 목표 못 채우면 어떡하죠?", PERM, "what-if-polite"),
    ("상담 중에 전산이 멈추면 진짜 큰일이야.", PERM, "what-if"),
    ("이번엔 말 더듬으면 어쩌지?", PERM, "what-if"),
    # a ruin, a shame or a loss foretold
    ("이번 프로젝트는 망할 거야.", PERM, "will-fail"),
    ("괜히 나섰다가 회의를 곤란하게 만들 거예요.", PERM, "will-fail-polite"),
    ("이번 달 인센티브를 못 챙길지도 몰라.", PERM, "will-fail"),
    ("거래처 미팅을 망칠 것이다.", PERM, "will-fail-written"),
    ("이번엔 분명 잘릴 거야.", PERM, "will-fail"),
    ("팀 회의에서 망신당할 게 뻔해요.", PERM, "will-fail-polite"),
    # a no said before anything is tried
    ("보나 마나 또 안 되겠지.", PERM, "anyway-no"),
    ("보나 마나 이번에도 못 해요.", PERM, "anyway-no"),
    ("내가 말해 봤자 안 바뀌어.", PERM, "tried-no"),
    ("팀장님께 얘기해 봐야 소용없어요.", PERM, "tried-no-use"),
    ("이 회사에선 희망이 없어.", PERM, "no-hope"),
    ("저한테는 미래가 없어요.", PERM, "no-hope"),
    ("이번 건으로 완전 끝장났다.", PERM, "done-for"),
    ("완전히 끝장났어요.", PERM, "done-for-polite"),
    # a shortcoming made into a kind of person
    ("난 천성이 소심한 사람이야.", PERS, "kind-of-person"),
    ("저는 자신감 없는 사람이에요.", PERS, "kind-of-person"),
    ("난 사람들 앞에서 말을 못하는 사람인 것 같아.", PERS, "kind-of-person"),
    # a can't told as a fixed fact
    ("난 숫자 계산을 못해.", PERM, "cant-do"),
    ("나는 운전은 진짜 못해.", PERM, "cant-do"),
    ("저는 원래 숫자 계산을 잘 못 해요.", PERM, "cant-do-polite"),
    # a trait said to be how one was made ("원래")
    ("난 원래 게을러서 마감을 자꾸 넘겨.", PERM, "originally"),
    ("저는 원래 좀 덜렁대서 또 빠뜨렸어요.", PERM, "originally"),
    ("나는 이런 일은 도저히 못 한다.", PERM, "cant-do-written"),
    ("저는 엑셀을 잘 못합니다.", PERM, "cant-do-formal"),
    # someone's manner read as aimed at me
    ("저 손님 지금 나 무시하는 거야?", PERS, "hates-me"),
    ("팀장님이 괜히 나한테 짜증 내는 건가?", PERS, "taking-it-out-on-me"),
    ("선배가 저한테 차갑게 대하는 것 같아요.", PERS, "taking-it-out-on-me"),
    ("손님이 왜 나한테 소리 지르나?", PERS, "taking-it-out-on-me"),
    # a flaw in oneself taken for certain
    ("저는 근본적인 문제가 있어요.", PERS, "flaw-in-me"),
    ("나는 사람 사귀는 데 문제가 많아.", PERS, "flaw-in-me"),
    # someone else called bad for good
    ("우리 팀장은 못된 사람이야.", PERM, "bad-person"),
    ("그 고객은 진짜 이기적인 인간이다.", PERM, "bad-person"),
    ("저희 부장님은 정말 무례한 분이에요.", PERM, "bad-person-formal"),
    ("나는 나쁜 엄마야.", PERM, "bad-person"),
    # mind reading of a low opinion
    ("다들 내 설명이 길다고 생각했을 거야.", PERS, "they-think"),
    ("팀장님은 내가 일을 못한다고 생각해.", PERS, "they-think"),
    ("선배는 내가 잘못했다고 생각해.", PERS, "they-think"),
    ("그 고객은 나를 초보로 볼 거야.", PERS, "they-think"),
    ("선배는 제가 눈치 없다고 생각하실 거예요.", PERS, "they-think-polite"),
    ("그 선배가 뒤에서 나를 욕하고 있을 거야.", PERS, "talking-about-me"),
    ("다들 저를 비웃는 것 같아요.", PERS, "talking-about-me"),
    # one's own failing named as the whole cause
    ("이렇게 된 건 다 내가 부족해서야.", PERS, "because-i-was"),
    ("계약이 날아간 건 제가 말을 잘못 해서예요.", PERS, "because-i-was"),
    ("팀 분위기가 안 좋은 건 나 때문일 거야.", PERS, "because-of-me"),
    # nobody needs me
    ("나는 아무한테도 필요 없는 사람이야.", PERS, "nobody-needs-me"),
    ("저는 있으나 마나 한 존재예요.", PERS, "nobody-needs-me"),
    # effort that changes nothing, nothing I can do
    ("노력해도 안 바뀌어.", PERM, "tried-hard-no"),
    ("공부해도 점수가 안 올라.", PERM, "tried-hard-no"),
    ("내가 뭘 할 수 있겠어.", PERM, "what-can-i-do"),
    ("제가 어떻게 막겠어요?", PERM, "what-can-i-do-polite"),
    # a mistake that can never be undone, all of it come to nothing
    ("이번 실수는 돌이킬 수 없어.", PERM, "irreversible"),
    ("만회할 수 없는 실수를 했어요.", PERM, "irreversible"),
    ("그동안 준비한 게 다 물거품이 됐어.", PERV, "came-to-nothing"),
    ("모든 노력이 수포로 돌아갔어요.", PERV, "came-to-nothing"),
    ("이번 분기는 재앙이야.", PERV, "disaster"),
    # a ruin after a setback, a certainty foretold, one left behind
    ("보고서에서 실수했으니 이제 다 끝났어.", PERM, "all-over"),
    ("다음 평가도 떨어질 게 분명해.", PERM, "will-fail"),
    ("찜찜한 걸 보니 큰 문제가 생길 거야.", PERM, "feeling-as-proof"),
    ("동기들 중에 나만 뒤처지고 있어.", PERV, "only-me"),
    # "never again", nothing but bad things, unlovable
    ("이번에 떨어지면 다시는 기회가 없을 거야.", PERM, "never-again"),
    ("이 회사 나가면 다시는 취직 못 할 거예요.", PERM, "never-again"),
    ("앞으로도 안 좋은 일만 생길 거야.", PERV, "only-bad"),
    ("저는 사랑받을 수 없는 사람이에요.", PERS, "unlovable"),
    # "whatever I do" with a word between, one's failing as the reason
    ("난 뭘 해도 끝까지 못 가.", PERV, "cant-anything-word"),
    ("일이 틀어진 건 제가 모자라기 때문이에요.", PERS, "because-i-was-since"),
    # everyone, with a word between, and what they all do
    ("손님들은 결국 다 떠나.", PERV, "everyone-is"),
    ("실수하면 다들 나를 원망할 거야.", PERV, "everyone"),
    ("다들 뒤에서 날 비웃었겠지.", PERV, "everyone"),
    # hindsight, nothing means anything, put down as a thing
    ("내가 조금만 더 확인했어도 이런 일은 없었을 텐데.", PERS, "hindsight"),
    ("내가 하는 일은 다 의미가 없어.", PERM, "no-meaning"),
    ("나 같은 건 여기 있을 필요가 없어.", PERS, "someone-like-me"),
    # worth denied
    ("나는 그런 칭찬을 들을 사람이 아니야.", PERS, "not-worth-it"),
    ("저는 이런 대접을 받을 사람이 아니에요.", PERS, "not-worth-it-polite"),
    ("나는 이 자리에 뽑힐 사람이 아니다.", PERS, "not-worth-it-written"),
    ("저는 행복할 자격이 없어요.", PERS, "not-worth-it-none"),
    # a dread left hanging after "if"
    ("이번에 잘리면 대출도 못 갚는데.", PERM, "what-if-hanging"),
    ("회사가 문 닫으면 나는 기댈 곳도 없는데.", PERM, "what-if-hanging-none"),
    # a thing that will never change, a life area that does not suit me, a why with a word
    ("내 처지는 앞으로도 절대 변하지 않을 거야.", PERM, "wont-change"),
    ("우리 팀 분위기는 절대 안 변할 거예요.", PERM, "wont-change-polite"),
    ("저는 직장 생활이랑 영 안 맞아요.", PERS, "not-cut-out"),
    ("저는 왜 손이 이리 느릴까요?", PERS, "why-am-i-so"),
    ("여자친구가 결국 떠나갈지도 몰라.", PERM, "will-fail"),
    # nothing, nothing I am good at, a burden, a skill one lacks
    ("난 결국 아무것도 아니야.", PERS, "i-am-nothing"),
    ("저는 그냥 아무것도 아니에요.", PERS, "i-am-nothing"),
    ("내가 잘하는 건 하나도 없어.", PERS, "nothing-im-good-at"),
    ("저는 짐이에요.", PERS, "self-judgement-polite"),
    ("나는 사회성이 없어.", PERS, "no-talent"),
    ("저는 끈기 없는 사람이에요.", PERS, "no-talent"),
    # all but me, why my life is like this, a life wrong from the start
    ("나만 빼고 다들 잘 지내.", PERV, "all-but-me"),
    ("내 인생은 왜 이럴까.", PERV, "why-my-life"),
    ("제 삶은 왜 이 모양일까요?", PERV, "why-my-life-polite"),
    ("내 인생은 처음부터 잘못됐어.", PERV, "life-is-tangled"),
    # "doesn't like me", "could never like me"
    ("그 선배는 나를 좋아하지 않는 게 틀림없어.", PERS, "doesnt-like-me"),
    ("그분이 저를 좋아할 리가 없어요.", PERS, "would-never-like-me"),
    ("팀 사람들이 나를 귀찮아해.", PERS, "hates-me"),
    # a mistake made terrible, all of it for nothing
    ("내가 보고서를 틀린 건 끔찍한 일이야.", PERV, "terrible-mistake"),
    ("제가 치명적인 실수를 했어요.", PERV, "terrible-mistake"),
    ("그동안 한 건 다 쓸데없는 짓이었어.", PERV, "all-for-nothing"),
    # guilt taken as proof, a failure told as done, a job that does not suit me at all
    ("죄책감이 드니까 내가 뭔가 잘못한 게 분명해.", PERM, "feeling-as-proof"),
    ("목표를 못 채우면 난 완전히 실패한 거야.", PERS, "i-am-a-failure"),
    ("저는 결국 실패한 거예요.", PERS, "i-am-a-failure-polite"),
    ("나는 이 일에 전혀 맞지 않아.", PERS, "not-cut-out"),
    ("우리 애가 힘든 건 내가 못난 엄마이기 때문이야.", PERS, "because-i-was-since"),
    # my own lack as the fault, better off without me
    ("결국 다 내가 부족한 탓이야.", PERS, "my-lack-fault"),
    ("나만 없으면 다들 편해질 거야.", PERS, "better-off-without-me"),
    ("제가 없으면 팀이 더 잘 될 거예요.", PERS, "better-off-without-me-polite"),
    # a disaster asked as a question, behind everyone, "why only this much"
    ("이러다 진짜 잘리는 거 아냐?", PERM, "will-fail-question"),
    ("이번 프로젝트 망하는 건 아닐까?", PERM, "will-fail-question"),
    ("나는 동기들보다 한참 뒤처져 있어.", PERV, "behind-everyone"),
    ("나는 왜 이렇게밖에 못 할까?", PERS, "why-am-i-so"),
    # core beliefs said bare
    ("나는 나약하다.", PERS, "core-belief-written"),
    ("난 정말 부족해.", PERS, "core-belief"),
    ("저는 너무 보잘것없어요.", PERS, "core-belief-polite"),
    ("나는 좋은 아빠가 아니다.", PERS, "not-a-good-one"),
    ("저는 좋은 상담원이 아니에요.", PERS, "not-a-good-one"),
    ("나는 이 프로젝트를 해낼 수 없다.", PERM, "can-never-manage"),
    ("저는 이 압박을 감당할 수 없어요.", PERM, "can-never-manage"),
    # the top result missed, said as a condition, and nothing left after it
    ("자격증 시험에서 만점이 아니면 난 낙오자야.", PERV, "short-of-top"),
    ("이번 분기 목표를 못 채우면 저는 패배자예요.", PERV, "short-of-top-polite"),
    ("승진하지 못하면 내 인생은 실패다.", PERV, "short-of-top-written"),
    ("상위권에 못 들면 다 의미 없어.", PERV, "short-of-top"),
    ("1등 자리를 지키지 못하면 그건 실패입니다.", PERV, "short-of-top-formal"),
    # a label put on oneself, said bare or as a guess
    ("난 진짜 못났다.", PERS, "self-judgement"),
    ("저는 참 못났어요.", PERS, "self-judgement-polite"),
    ("나 진짜 한심한 놈일지도 몰라.", PERS, "label-maybe"),
    ("저는 쓸모없는 직원인지도 몰라요.", PERS, "label-maybe"),
    ("난 부모님께 실망스러운 딸일지도 몰라.", PERS, "label-maybe"),
    # worth denied as a question that answers itself
    ("이 모양인 날 누가 만나 주겠어.", PERS, "who-would-want-me"),
    ("누가 나 같은 걸 뽑아 주겠냐.", PERS, "who-would-want-me"),
    ("이런 절 누가 써 주겠어요?", PERS, "who-would-want-me-polite"),
    ("누가 저 같은 사람을 믿어 주겠어요.", PERS, "who-would-want-me-polite"),
    # a success put down to luck, praise put down to manners
    ("이번 실적은 순전히 운이 따랐던 거예요.", PERS, "only-luck-polite"),
    ("그 계약은 그냥 얻어걸린 거지 뭐.", PERS, "only-luck"),
    ("합격한 건 운빨이었어.", PERS, "only-luck"),
    ("고객님 칭찬은 그냥 인사치레였을 거야.", PERS, "praise-discounted"),
    ("좋은 말은 다 빈말이죠.", PERS, "praise-discounted-polite"),
    ("그건 예의상 해 주신 말이에요.", PERS, "praise-discounted-polite"),
    # a thing done, blamed on oneself as needless
    ("회의 때 괜히 손을 들었어.", PERS, "needless-regret"),
    ("제가 괜히 나서서 말씀드렸네요.", PERS, "needless-regret-polite"),
    ("괜히 그 고객에게 먼저 연락했다.", PERS, "needless-regret-written"),
    # "that's me", with "because it is me"
    ("하긴 나라서 그래.", PERS, "thats-just-me"),
    ("저라서 또 안 되죠 뭐.", PERS, "thats-just-me-polite"),
    ("또 나라서 이래.", PERS, "thats-just-me"),
    # mind reading with a word of certainty between
    ("팀장님은 날 분명히 미워할 거야.", PERS, "hates-me"),
    ("선배는 저를 속으로 무시하고 있을 거예요.", PERS, "hates-me"),
    ("그 고객은 나를 이미 한심해할 거야.", PERS, "hates-me"),
    # an awkward room, a harm already done, a future that cannot get better
    ("내가 농담하면 다들 썰렁해질 거야.", PERM, "will-fail"),
    ("제가 끼면 회식 자리가 서먹해질 거예요.", PERM, "will-fail-polite"),
    ("검수에서 뭔가 틀어졌을 거야.", PERM, "will-fail"),
    ("난 절대 나아질 리가 없어.", PERM, "wont-change"),
    ("저는 괜찮아질 리 없어요.", PERM, "wont-change-polite"),
    # a feeling or a hunch taken for a fact
    ("초조하니까 분명 사고가 날 거예요.", PERM, "feeling-as-proof"),
    ("난 무시당했다고 느낀다. 따라서 그건 진실이다.", PERM, "feeling-so-fact-written"),
    ("이렇게 느껴지니까 진짜야.", PERM, "feeling-so-fact"),
    ("내 촉이 그런 걸 보면 틀림없어.", PERM, "hunch-so-fact"),
    # gossip about me guessed, a lack of mine named as the cause, a disappointment or a reaction
    # to me guessed, a success made nothing, a symptom read as the worst illness
    ("회의실에서 다들 내 얘기를 하고 있었을 거야.", PERS, "talking-about-me"),
    ("팀 사람들이 제 얘기하는 것 같아요.", PERS, "talking-about-me"),
    ("이런 일은 꼭 저한테만 생겨요.", PERV, "only-to-me"),
    ("저는 엄마로서 실격이에요.", PERS, "self-judgement-polite"),
    ("난 팀장으로서 빵점이야.", PERS, "self-judgement"),
    ("제가 부족해서 팀이 힘든 거예요.", PERS, "my-lack-so"),
    ("내가 못나서 애가 고생하는 거야.", PERS, "my-lack-so"),
    ("다 내가 능력이 없어서 일이 이렇게 된 거지.", PERS, "my-lack-so"),
    ("부모님이 많이 실망하셨을 거야.", PERS, "they-must-be-let-down"),
    ("팀장님이 분명 실망했을 거예요.", PERS, "they-must-be-let-down-polite"),
    ("동료들도 다 실망했을 거야.", PERS, "they-must-be-let-down"),
    ("내가 먼저 연락하면 귀찮아할 거야.", PERS, "they-will-mind"),
    ("제가 도와 달라고 하면 부담스러워할 거예요.", PERS, "they-will-mind-polite"),
    ("내가 질문하면 다들 한심하게 볼 게 뻔해.", PERS, "they-will-mind"),
    ("칭찬받은 건 별거 아니야.", PERS, "good-thing-discounted"),
    ("이번 실적은 대단한 것도 아니야.", PERS, "good-thing-discounted"),
    ("합격한 건 누구나 할 수 있는 일이었어.", PERS, "good-thing-discounted"),
    ("배가 계속 아픈 걸 보니 큰 병에 걸린 게 틀림없어.", PERM, "illness-sure"),
    ("아무래도 심각한 병일 거예요.", PERM, "illness-sure-polite"),
    # the result decided before trying
    ("내가 뭘 해도 결과는 똑같을 거야.", PERM, "whatever-same"),
    ("어떻게 해도 마찬가지일 거예요.", PERM, "whatever-same-polite"),
    ("아무리 노력해도 다 소용없을 거야.", PERM, "whatever-same"),
    ("기침이 안 멈추는 걸 보면 나쁜 병인 게 분명해.", PERM, "illness-sure"),
    # one flaw spoils all, two poles and nothing between, one no read as every no, nobody to
    # trust, a disaster or a crash foretold, one thing of mine named as the whole cause
    ("하나라도 틀리면 다 망친 거예요.", PERV, "one-flaw-spoils-polite"),
    ("한 번이라도 지각하면 그걸로 끝이다.", PERV, "one-flaw-spoils-written"),
    ("보고서에 오타가 하나라도 있으면 다 소용없어.", PERV, "one-flaw-spoils"),
    ("합격 아니면 불합격, 중간은 없어.", PERV, "two-poles"),
    ("우리 편이 아니면 다 적이야.", PERV, "two-poles"),
    ("1등 아니면 꼴찌나 다름없어요.", PERV, "two-poles-polite"),
    ("이직 면접에서 떨어졌으니 어디서도 날 안 받아 줄 거야.", PERV, "nowhere-will"),
    ("이번에 떨어졌으니 어느 회사도 저를 뽑지 않을 거예요.", PERV, "nowhere-will-polite"),
    ("이 바닥에 믿을 사람은 하나도 없어.", PERV, "no-one-to-trust"),
    ("여기엔 의지할 사람이 한 명도 없어요.", PERV, "no-one-to-trust"),
    ("전화를 안 받는 걸 보니 사고가 난 게 틀림없어.", PERM, "disaster-sure"),
    ("아무래도 무슨 일이 생긴 게 분명해요.", PERM, "disaster-sure-polite"),
    ("이번에 실수하면 회사 생활이 끝날 거야.", PERM, "will-fail"),
    ("배가 흔들리는 걸 보니 큰 사고 날 거예요.", PERM, "will-fail-polite"),
    ("이 멍울은 유방암일지도 몰라.", PERM, "will-fail"),
    ("회의가 늘어진 건 다 내 질문 때문이야.", PERS, "my-thing-caused-it"),
    ("분위기가 가라앉은 건 제 농담 때문이에요.", PERS, "my-thing-caused-it"),
    # a worth denied outright, being left out read as meant, trust gone for good, a good life
    # shut off for good
    ("저는 재능이 전혀 없어요.", PERS, "self-judgement-polite"),
    ("친구들이 나를 따돌리는 게 분명해.", PERS, "shut-out-by-them"),
    ("팀원들이 저를 일부러 소외시키고 있어요.", PERS, "shut-out-by-them"),
    ("이번 일로 고객의 신뢰를 완전히 잃었어.", PERM, "trust-lost-for-good"),
    ("그 실수로 제 평판을 영영 잃었습니다.", PERM, "trust-lost-for-good"),
    ("나는 행복해질 수 없어.", PERM, "can-never-be"),
    ("저는 절대 성공할 수 없어요.", PERM, "can-never-be-polite"),
    ("난 평생 사랑받을 수 없을 거야.", PERM, "can-never-be"),
    # being left, a loss, a thing I cannot manage, a blank mind foretold
    ("결국 나는 혼자 남겨질 거야.", PERM, "will-fail"),
    ("모아 둔 돈을 다 날릴 거예요.", PERM, "will-fail-polite"),
    ("이번 달 카드값을 못 갚을 거야.", PERM, "will-fail"),
    ("면접장에서 머리가 하얘질 게 뻔해.", PERM, "will-fail"),
    # someone's dislike told as a plain fact about me, in every register
    ("팀장님은 나를 좋아하지 않아.", PERS, "doesnt-like-me-said"),
    ("선배는 저를 안 좋아해요.", PERS, "doesnt-like-me-said"),
    ("과장님은 저를 좋아하지 않습니다.", PERS, "doesnt-like-me-said"),
    ("그 고객은 날 좋아하지 않는다.", PERS, "doesnt-like-me-said"),
    ("팀장님은 날 좋아하지 않을 거야.", PERS, "doesnt-like-me-will"),
    ("선배는 저를 좋아하지 않았을 거예요.", PERS, "doesnt-like-me-did"),
    # a label built on everyone
    ("저는 모두에게 거절당하는 사람이에요.", PERS, "rejected-by-all"),
    ("난 다들한테 무시당하는 애야.", PERS, "rejected-by-all"),
    ("저는 누구에게나 외면당하는 사람입니다.", PERS, "rejected-by-all"),
    ("나는 어디서나 미움받는 존재다.", PERS, "rejected-by-all-received"),
    # a catastrophe foretold
    ("이번 심사에서 떨어지면 그야말로 끔찍할 거야.", PERM, "terrible-forecast"),
    ("면접에서 떨어지면 정말 끔찍할 거예요.", PERM, "terrible-forecast"),
    ("발표를 망치면 끔찍할 겁니다.", PERM, "terrible-forecast"),
    ("고객 앞에서 말을 더듬으면 최악일 것이다.", PERM, "terrible-forecast"),
    ("통화 중에 실수하면 진짜 끔찍하겠죠.", PERM, "terrible-forecast"),
    # effort gone by told as wasted
    ("제 노력은 다 소용없었어요.", PERM, "no-meaning-past"),
    ("그동안 한 공부가 전부 의미가 없었습니다.", PERM, "no-meaning-past"),
    ("석 달 동안 준비한 게 하나도 소용없었다.", PERM, "no-meaning-past"),
    # a thing judged wholly worthless
    ("오늘 교육은 완전 시간 낭비야.", PERV, "waste-of-time"),
    ("이 보고서 작업은 전부 헛수고입니다.", PERV, "waste-of-time"),
    ("이번 워크숍은 완전 시간 낭비였어요.", PERV, "waste-of-time-past"),
    ("그 회의는 완전히 시간 낭비였다.", PERV, "waste-of-time-past"),
    # ---- kinds said in everyday wording
    # one act of mine named as why something happened to others
    ("팀 회식이 취소된 건 내가 장소를 늦게 잡아서야.", PERS, "i-caused-it"),
    ("엄마가 속상해하신 건 제가 연락을 자주 안 드려서예요.", PERS, "i-caused-it"),
    ("내가 괜히 농담을 던져서 회의가 어색해진 거야.", PERS, "i-caused-it"),
    ("후배가 그만둔 건 제가 제대로 못 가르친 탓이에요.", PERS, "i-caused-it-blame"),
    ("어제 내가 한 농담 때문일 거야.", PERS, "i-caused-it-blame"),
    # an outcome put down to my being there
    ("제가 나서기만 하면 꼭 일이 틀어져요.", PERS, "my-presence-jinx"),
    # someone's mood put down, for certain, to me or mine
    ("선배가 답이 없다. 내 말투 때문에 기분 상한 게 분명해요.", PERS, "upset-by-mine-sure"),
    # casual self-labels, a label as a guess or as all one is, a skill made a kind of person
    ("난 겁쟁이야.", PERS, "self-judgement"),
    ("난 뭘 해도 한심한 놈이야.", PERS, "self-judgement"),
    ("나 완전 허접해.", PERS, "self-judgement"),
    ("난 진짜 구제불능인가 봐.", PERS, "self-judgement-guess"),
    ("알람 끄고 다시 잤다. 게으름뱅이 그 자체다.", PERS, "label-itself"),
    ("저는 팀장 할 그릇이 못 돼요.", PERS, "not-my-calibre"),
    ("저는 운동이랑 안 맞는 타입이에요.", PERS, "not-suited-person"),
    ("나 같은 길치가 무슨 여행 가이드야.", PERS, "someone-like-me"),
    ("다들 나한테 관심 따위 없어.", PERS, "no-interest-in-me"),
    # a hindsight said as "if only I had not"
    ("내가 그날 운전만 하지 않았어도…", PERS, "hindsight"),
    # one slip told as the whole thing ruined or scored zero
    ("첫 문제부터 막혔으니 이번 시험은 이미 글렀어.", PERV, "spoilt-for-good"),
    ("오타 하나 때문에 이번 보고서는 망한 거야.", PERV, "ruined-verdict"),
    ("이번 분기 내 실적은 완전 빵점이에요.", PERV, "zero-verdict"),
    ("야식 한 번 먹었으니 다이어트는 끝났어.", PERV, "one-slip-over"),
    ("보고서가 완벽하지 않으면 낼 가치도 없어.", PERV, "all-or-nothing"),
    # one place, one person or one part told as all of them
    ("어딜 가든 똑같을 거예요.", PERV, "same-wherever"),
    ("우리 강아지는 어딜 가든 말썽꾸러기 소리 듣겠지.", PERV, "same-wherever"),
    ("이 집은 어디 하나 멀쩡한 곳이 없어요.", PERV, "nothing-intact"),
    ("손님들은 하나같이 이기적이야.", PERV, "everyone-is"),
    ("팀 사람들은 저 같은 신입을 다 무시해요.", PERV, "everyone"),
    # "that's just how it is now": fate, a body that never changes, the same from now on
    ("난 줄만 서면 내 앞에서 끊기는 팔자야.", PERM, "fated"),
    ("나는 결혼 못 할 팔자인가 봐요.", PERM, "fated"),
    ("나는 아무리 연습해도 실력이 안 느는 체질인가 봐.", PERM, "fated-body"),
    ("이 회사는 앞으로도 쭉 이럴 거예요.", PERM, "same-from-now-on"),
    ("나는 계속 제자리걸음일 거야.", PERM, "stuck-for-good"),
    ("이 야근에 끝이 있긴 한가요?", PERM, "no-end"),
    ("이 성격이 이제 와서 바뀔 리가 있겠어요?", PERM, "cant-be-fixed-question"),
    ("단 하루도 편하게 쉰 적이 없어.", PERM, "never"),
    # what's the point, and a future shut
    ("운동하나 마나야.", PERM, "no-use-doing"),
    ("올해 승진하긴 글렀어요.", PERM, "will-never-get-to"),
    # a disaster told as certain, asked as a question or hung on "what if"
    ("저 이제 잘리는 거예요.", PERM, "fired-sure"),
    ("면담하자는 건 그만두라는 뜻이겠지.", PERM, "means-im-out"),
    ("이러다 가게 문 닫게 생겼어요.", PERM, "looks-doomed"),
    ("이러다 결국 혼자 남겠죠.", PERM, "alone-forever"),
    ("댓글이 다 캡처됐어. 나 완전 매장됐어.", PERM, "socially-buried"),
    ("이러다 길바닥에 나앉는 거 아닐까요?", PERM, "will-fail-question"),
    ("수술이 잘못되면 우리 가족은 어떡하지?", PERM, "what-if"),
]


@pytest.mark.parametrize(("thought", "dimension", "cue"), MARKED)
def test_kind_is_marked(thought: str, dimension: Dimension, cue: str) -> None:
    marks = [m for m in _self_markings(thought) if m.dimension is dimension]
    assert marks, f"{thought!r} is not marked {dimension.value}"
    assert cue in {m.cue for m in marks}


@pytest.mark.parametrize(("thought", "dimension", "cue"), MARKED)
def test_suggestion_is_a_sentence_without_the_marked_words(
    thought: str, dimension: Dimension, cue: str
) -> None:
    detection = detect(thought, "ko")
    marked = [m.text.strip() for m in detection.of(dimension) if m.cue == cue]
    suggestion = detection.suggestions[dimension]
    assert suggestion, f"no suggestion for {thought!r}"
    assert suggestion.endswith(_ENDS)
    for text in marked:
        assert text not in suggestion
    assert not _still_marked(suggestion), suggestion


NOT_MARKED = [
    # a check that is only planned, a guess that allows it may be otherwise
    "제가 잘못 안내했나 확인해 볼게요.",
    "내가 틀렸을 수도 있어, 다시 보자.",
    # a guess told as corrected; an admission that goes on to a plan
    "내가 잘못했을 거라고 생각했는데 시스템 오류였어.",
    "내가 잘못 안내했어, 다음엔 확인할게.",
    "팀장님이 나한테 화났다고 생각했는데 그냥 바빴대.",
    "제가 잘못 안내했나 싶어서 확인했더니 맞게 안내했더라고요.",
    "선배가 저한테 삐졌나 싶었는데 그냥 바쁘셨대요.",
    # a worry named as one
    "내가 실수했을까 봐 걱정했는데 괜찮았어.",
    "선배가 나한테 서운했을까 봐 마음이 쓰여.",
    # what someone said or did, not a guess
    "고객이 나한테 화가 났었어.",
    # "whatever", "wherever" with nothing bad after them
    "뭘 해도 돼?",
    "어디서나 친절하게 응대하려고 해.",
    "어디를 가도 배울 건 있어.",
    # a day, not a life
    "오늘 하루가 좀 엉망이었어.",
    # the healthy versions of all-or-nothing and of "that's just me"
    "완벽하지 않아도 괜찮아.",
    "성공하든 실패하든 배우는 게 있어.",
    "내가 늘 그렇지는 않아.",
    # "끝" of a task that is nearly done
    "이 건만 처리하면 끝이야.",
    "이 메일만 보내면 끝이에요.",
    # failure as a word, not a verdict
    "난 실패가 두려워.",
    "나는 실패에서 배우는 중이야.",
    # a sorry state of the world, not of oneself
    "세상이 이 모양 이 꼴이야.",
    # a feeling bounded in time, a day that went badly, a plan for tomorrow
    "오늘 힘들었어.",
    "오늘은 좀 힘들겠지만 괜찮아.",
    "내일도 열심히 해 보자.",
    # a catastrophe foretold of someone else is not the agent's own
    "걔는 곧 해고될 거야.",
    "그 사람은 분명 잘릴 거예요.",
    # normalising
    "다들 실수해, 누구나 그래.",
    # a "what if" told as past, a worry named as one, a plan
    "혹시 늦으면 어떡하지 싶어서 일찍 나왔어.",
    "틀리면 어쩌지 했는데 괜찮았어.",
    "실수할까 봐 불안하네. 그래도 연습했으니까 괜찮을 거야.",
    "실수하면 다시 고치면 되지.",
    # a "maybe" with nothing bad in it, a forecast told as wrong
    "내일은 비가 올지도 몰라.",
    "오늘은 망할 것 같았는데 생각보다 잘 됐어.",
    # "어차피", "해 봐야" and "희망" on the way to doing something
    "어차피 할 일이니까 지금 해 두자.",
    "해 봐야 알지, 일단 해 보자.",
    "희망이 없다고 생각했는데 길이 보였어.",
    "끝장을 보자!",
    # a trait that is not a verdict, a kind of person that is someone else
    "나는 성격이 좀 급한 편이야.",
    "나는 말 못하는 사람을 잘 챙기는 편이야.",
    "나는 부족한 점도 있지만 좋은 점도 많아.",
    "사장님은 좋은 분이야.",
    # a can't that is bounded, being learnt, or a won't
    "나는 아직 잘 못해.",
    "나는 오늘은 못 해, 내일 할게.",
    "나는 요리를 잘 못하지만 배우는 중이야.",
    "나는 그 사람을 용서 못 해.",
    # a reading told as corrected, a fault put on a thing
    "나한테 화낸 게 아니라 상황에 화가 난 거였어.",
    "선배가 왜 저한테 차갑게 대하나 싶었는데 그냥 바빴대요.",
    "그 선배가 날 미워한다고 생각했는데 오해였어.",
    "나는 괜찮은데 시스템에 문제가 있어.",
    # a good opinion guessed, a step of one's own to change, a feeling read for what matters
    "다들 내가 열심히 한다고 생각해.",
    "팀장님은 내가 잘했다고 생각하셨을 거야.",
    "오늘 실수한 건 내가 서둘러서야. 다음엔 천천히 하자.",
    "불안한 걸 보니 내가 이 일을 소중하게 생각하나 봐.",
    # a condition, a plan, how a tool works, something not needed
    "이렇게 해도 안 되면 다른 방법을 찾자.",
    "열심히 해도 안 될 때가 있지만 괜찮아.",
    "내가 뭘 할 수 있는지 정리해 보자.",
    "삭제하면 되돌릴 수 없으니까 조심하자.",
    "이 서류는 필요 없는 거야.",
    "하루 일이 다 끝났어.",
    # a promise, people who stay, a "whatever" that is good news
    "다시는 안 그럴게.",
    "다시는 실수하지 않도록 조심하자.",
    "뭘 해도 좋아.",
    "나 같은 사람도 할 수 있어.",
    "좋은 일만 생길 거야.",
    # not one to give up, a small worry that is no dread, a can't bounded to now
    "나는 포기할 사람이 아니야.",
    "비 오면 우산이 없는데.",
    "시간 되면 같이 밥 먹으면 좋겠는데.",
    "나는 오늘은 글을 잘 못 쓰겠다.",
    "나는 아직 잘 못 봐.",
    # nothing as a thing, luggage
    "그건 아무것도 아니야.",
    "이삿짐이야.",
    "짐이 많아서 힘들어.",
    # someone else's hard day, a healthy "완벽하지 않아도", a reading told as corrected
    "그 고객은 최악의 일을 겪었어.",
    "완벽하게 하지 않아도 괜찮아.",
    "그 사람이 나를 좋아하지 않는다고 생각했는데 아니었어.",
    # someone else's forecast, a comparison in my favour
    "그 사람은 이러다 잘리는 거 아냐?",
    "나는 남들보다 빨리 배우는 편이야.",
    # the weather, a concession that goes on to hope, a tired evening
    "내일 비 오면 어쩌지? 우산 챙겨야겠다.",
    "그 일은 되돌릴 수 없지만 다음번엔 미리 확인하면 돼.",
    "오늘 너무 지쳐서 아무것도 하기 싫어.",
    # one weak subject, a lack being worked on, a bright future, a meeting one cannot attend
    "나는 수학이 약해.",
    "나는 아직 부족하지만 배우고 있어.",
    "내 미래는 밝아.",
    "세상은 넓다.",
    "나는 오늘 회의에 참석할 수 없어.",
    "나는 좋은 엄마가 아니라고 생각했는데 아이가 고맙다고 했어.",
    # near misses of the kinds above: a top result missed and taken calmly, a result that
    # disappoints (not a person), relief, luck with one's own part, a feeling checked
    "1등은 못 했지만 많이 배웠어.",
    "만점이 아니어도 괜찮아, 다음에 다시 보면 돼.",
    "실망스러운 결과였지만 다음엔 나아질 거야.",
    "괜히 걱정했네, 잘 끝났어.",
    "괜히 긴장했어요. 생각보다 순조로웠어요.",
    "괜히 기분이 좋아졌어.",
    "운이 좋았지만 준비도 열심히 했어.",
    "오늘은 운이 좋았던 것 같아.",
    "칭찬은 예의상 한 말이라고 생각했는데 진심이었어.",
    "누가 이 일을 맡겠어? 내가 해 볼게.",
    "불안하니까 잠이 잘 안 와.",
    "그렇게 느껴지지만, 확인해 봐야 알 수 있어.",
    "그 사람은 나를 정말 좋아해.",
    # near misses: a small mistake made small, a worry told as corrected, a welcome expected
    "실수는 별거 아니야, 다시 하면 돼.",
    "이 정도 실수는 아무것도 아니야.",
    "부모님이 실망하셨을까 봐 걱정했는데 오히려 격려해 주셨어.",
    "그 사람이 싫어할 거라 생각했는데 좋아했어.",
    "내가 먼저 연락하면 반가워할 거야.",
    "이번 프로젝트가 실망스럽지만 배울 점이 많았어.",
    "머리가 아파서 오늘은 병원에 가 보려고 해.",
    "뭘 해도 재밌을 거야.",
    "그 말이 예의상 한 말이라도 고마운 건 고마운 거야.",
    "어제 영화 보다가 내가 운 거야.",
    "오늘은 운이 없었을 뿐이야.",
    # near misses: a choice between two plans, a middle point, trust found, a cause that is not me
    "내일 아니면 모레 갈게.",
    "친구 아니면 동료랑 같이 가려고.",
    "중간에 쉬었다가 다시 하자.",
    "믿을 사람이 생겨서 든든해.",
    "오타가 하나라도 있으면 고쳐서 다시 보내면 돼.",
    "사고가 난 줄 알았는데 휴대폰이 꺼져 있었대.",
    "회의가 늘어진 건 안건이 많았기 때문이야.",
    "어디서도 이런 맛은 못 볼 거야.",
    "성공 아니면 실패로만 볼 필요는 없어.",
    "1등을 못 하면 실패라고 생각할 필요는 없어요.",
    # one time named as one time; a cause named and denied
    "보고서는 망쳤지만 이번 한 번일 뿐이야.",
    "발표를 망친 건 한 번뿐이에요.",
    "고객이 화난 건 배송 때문이지 내 실수 때문이 아니야.",
    "일이 꼬인 건 제 탓은 아니에요.",
    "이 방법이면 행복해질 수 있어.",
    "나는 원래 아침에 커피를 마셔.",
    "나는 원래 예민한 고객 응대가 적성에 맞았어.",
    "아무것도 못 해도 괜찮아, 오늘은 쉬는 날이야.",
    "오늘은 아무것도 안 해도 돼요.",
    "넌 왜 이렇게 예쁘니?",
    "너는 왜 이렇게 부족한 나를 좋아해?",
    "처음엔 전화가 무서웠지만 나는 늘 조금씩 변해 왔어.",
    "올해는 운이 좋았어.",
    "보고서는 이미 다 끝냈어.",
    "다른 사람들은 다 퇴근했는데 나만 남았어.",
    "나는 술이 약한 체질이야.",
    "친구들이 나를 따돌린다고 생각했는데 다들 시험 기간이라 바빴대.",
    "신뢰를 잃었다가 다시 얻는 데 1년이 걸렸어.",
    "이번 일로 잃을 건 없어.",
    "잃을 게 없으니 도전해 보자.",
    # a dislike supposed, denied or run on; someone else's taste
    "선배가 날 좋아하지 않아도 일은 같이 잘할 수 있어.",
    "고객님은 매운 음식을 좋아하지 않아요.",
    "팀장님이 저를 좋아하지 않는 건 아니에요.",
    # kindness to everyone, a rejection told as what it was
    "나는 모든 사람에게 친절한 사람이야.",
    "저번 면접에서 거절당한 적이 있을 뿐이에요.",
    # a dread told as past, a blow named as bearable, a film that was awful
    "실수하면 끔찍할 거라고 생각했는데, 막상 해 보니 괜찮았어.",
    "실패하면 속상하겠지만 감당할 수 있을 거야.",
    "어제 본 영화는 정말 끔찍했어요.",
    # effort not wasted
    "노력이 다 소용없었던 건 아니야.",
    # a waste feared and not found, denied, or a part skipped
    "시간 낭비일 줄 알았는데 배운 게 많았어요.",
    "그 회의가 완전 시간 낭비는 아니었어.",
    "이 부분은 시간 낭비니까 건너뛰자.",
    # ---- look-alikes of the everyday kinds
    # credit, another cause named, a fact about the body, work done, a look, a result reported
    "내가 도와줘서 잘된 거야.",
    "내가 늦은 건 버스 때문이야.",
    "내가 일찍 출발해서 다행이었어.",
    "아무리 먹어도 살이 안 찌는 체질이야.",
    "술이 약한 체질이라 한 잔만 마셨어.",
    "보고서 다 썼으니 오늘 일은 끝났다.",
    "강아지가 참 순하게 생겼네.",
    "이번 실험은 실패다. 다시 해 보자.",
    # someone else's trait or luck, the weather, a plan, a film's ending
    "우리 팀장님은 리더 할 그릇이야.",
    "언니는 놀면서도 돈 버는 팔자야.",
    "나 같은 경우에는 아침에 운동해.",
    "내일 비 오면 우리 가족은 어떡하지?",
    "이 정도면 계속 이대로 가도 괜찮겠다.",
    "그 영화는 끝이 좀 허무했어.",
    "엄마는 내가 커서도 쭉 이럴 거라고 하셨다.",
    "우리 강아지 짖는 소리에 화나신 것 같아서 사과드리고 왔다.",
    "내 선물에 기뻐하신 게 분명해.",
    "사람들은 나 같은 스타일을 좋아해.",
    "조카가 이번 시험을 망쳤다. 주말에 맛있는 거 사 줘야지.",
]


# the can't with another verb keeps its verb, so "못" stays in the rewrite: only the marking and
# that the rewrite is no longer marked are checked
CANT_WITH_A_VERB = [
    ("나는 면접을 잘 못 봐.", "나는 면접을 아직 서툴러서 제대로 못 봐. 다음번은 다를 수 있어."),
    (
        "저는 보고서를 정말 못 써요.",
        "저는 보고서를 아직 서툴러서 제대로 못 써요. 다음번은 다를 수 있어요.",
    ),
]


# the world and the future told dark keep their subject and their word, bounded: "세상은 가끔
# 잔인해", "내 앞날은 지금은 좀 깜깜해"
DARK = [
    ("세상은 너무 잔인해.", PERV, "dark-world", "세상은 가끔 잔인해."),
    ("내 앞날은 깜깜해.", PERM, "dark-future", "내 앞날은 지금은 좀 깜깜해."),
]


@pytest.mark.parametrize(("thought", "dimension", "cue", "rewritten"), DARK)
def test_the_world_and_the_future_told_dark_are_bounded(
    thought: str, dimension: Dimension, cue: str, rewritten: str
) -> None:
    assert cue in {m.cue for m in _self_markings(thought) if m.dimension is dimension}
    suggestion = detect(thought, "ko").suggestions[dimension]
    assert suggestion is not None
    assert suggestion.startswith(rewritten)
    assert not _still_marked(suggestion), suggestion


@pytest.mark.parametrize(("thought", "expected"), CANT_WITH_A_VERB)
def test_a_cant_with_another_verb_is_bounded_to_now(thought: str, expected: str) -> None:
    assert "cant-do-verb" in {m.cue for m in _self_markings(thought)}
    suggestion = detect(thought, "ko").suggestions[PERM]
    assert suggestion == expected
    assert not _still_marked(suggestion), suggestion


@pytest.mark.parametrize("thought", NOT_MARKED)
def test_near_miss_or_balanced_is_not_marked(thought: str) -> None:
    assert not _self_markings(thought), [(m.cue, m.text) for m in _self_markings(thought)]


REWRITES = [
    # luck as a trait, a verdict of "too late", the inner critic's "only this much", the whole
    # fault taken on, a skill not yet learnt as how one is made, everyone else doing well
    ("난 진짜 운이 없어.", PERM, "난 이번엔 운이 안 따랐어. 다음번은 다를 수 있어."),
    ("저는 원래 인복이 없어요.", PERM, "저는 이번엔 운이 안 따랐어요. 다음번은 다를 수 있어요."),
    (
        "이제 와서 자격증 공부는 어차피 늦었어.",
        PERM,
        "이제 와서 자격증 공부는 늦었다는 생각이 들어. 다음번은 다를 수 있어.",
    ),
    ("보고서를 왜 이것밖에 못 써?", PERS, "보고서를 이번엔 여기까지 했어."),
    ("고작 이만큼밖에 못 했어?", PERS, "이번엔 여기까지 했어."),
    ("그 정도도 못 해요?", PERS, "이번엔 여기까지 했어요."),
    ("넌 왜 이렇게 한심해?", PERS, "이번엔 좀 힘들었구나."),
    ("넌 왜 또 엉망이야?", PERM, "이번엔 좀 힘들었구나. 다음번은 다를 수 있어."),
    ("제가 다 잘못했어요.", PERS, "제가 놓친 부분도 있었어요."),
    ("그래, 내가 전부 잘못했지…", PERS, "그래, 내가 놓친 부분도 있었지."),
    ("나는 숫자 머리가 없어.", PERM, "나는 숫자는 아직 익숙하지 않아. 다음번은 다를 수 있어."),
    ("전 영업 체질이 아니에요.", PERM, "전 영업은 아직 익숙하지 않아요. 다음번은 다를 수 있어요."),
    ("나는 절대 못할 거야.", PERM, "나는 아직 못할까 봐 걱정돼. 다음번은 다를 수 있어."),
    ("제가 뭘 잘못 안내했나요?", PERS, "어디선가 일이 어긋났나요?"),
    ("내가 실수한 게 분명해.", PERS, "어디선가 일이 어긋난 게 분명해."),
    ("팀장님이 나한테 단단히 삐졌나 봐.", PERS, "팀장님이 다른 사정이 있었나 봐."),
    ("고객님이 나한테 화가 난 것 같아.", PERS, "고객님이 다른 사정이 있는 것 같아."),
    ("제가 그렇죠 뭐.", PERS, "이번엔 일이 잘 안 풀렸네요."),
    ("저는 이 모양 이 꼴이에요.", PERS, "저는 좀 헤매는 중이에요."),
    (
        "실적을 못 채우면 난 완전 실패야.",
        PERS,
        "실적을 못 채우면 난 이번 결과가 아쉬울 뿐이야.",
    ),
    (
        "저는 어디를 가도 적응을 못 해요.",
        PERV,
        "저는 이번 일에서는 적응을 못 해요. 이건 한 가지 일이지, 전부가 아니에요.",
    ),
    ("내 삶이 다 꼬였어.", PERV, "이번 일이 좀 꼬였어. 이건 한 가지 일이지, 전부가 아니야."),
    ("1등 아니면 의미 없어요.", PERV, "꼭 완벽하지 않아도 의미는 있어요."),
    ("이번 평가에서 실수하면 끝이야.", PERM, "이번 평가에서 실수하면 많이 힘들 거야."),
    ("마감을 못 지키면 끝입니다.", PERM, "마감을 못 지키면 많이 힘들 겁니다."),
    (
        "이번 달 실적 못 채우면 해고될 거예요.",
        PERM,
        "이번 달 실적 못 채우면 해고될까 봐 걱정돼요. 다음번은 다를 수 있어요.",
    ),
    ("내일도 괴롭겠죠.", PERM, "내일은 좀 괴롭겠죠. 다음번은 다를 수 있어요."),
    (
        "이번에도 목표 못 채우면 어떡하죠?",
        PERM,
        "이번에도 목표 못 채우면 그때 차근차근 대처할 수 있어요.",
    ),
    (
        "이번 달 인센티브를 못 챙길지도 몰라.",
        PERM,
        "이번 달 인센티브를 못 챙길까 봐 걱정돼. 다음번은 다를 수 있어.",
    ),
    (
        "거래처 미팅을 망칠 것이다.",
        PERM,
        "거래처 미팅을 망칠까 봐 걱정된다. 다음번은 다를 수 있다.",
    ),
    ("보나 마나 또 안 되겠지.", PERM, "지금은 안 되겠지. 다음번은 다를 수 있어."),
    (
        "팀장님께 얘기해 봐야 소용없어요.",
        PERM,
        "팀장님께 얘기해 볼 만한 이유가 아직 남아 있어요. 다음번은 다를 수 있어요.",
    ),
    (
        "이 회사에선 희망이 없어.",
        PERM,
        "이 회사에선 아직 못 찾은 길이 남아 있어. 다음번은 다를 수 있어.",
    ),
    ("완전히 끝장났어요.", PERM, "지금은 많이 힘들어요."),
    ("난 천성이 소심한 사람이야.", PERS, "난 천성이 소심한 편이야."),
    ("난 숫자 계산을 못해.", PERM, "난 숫자 계산을 아직 익히는 중이야. 다음번은 다를 수 있어."),
    ("팀장님이 괜히 나한테 짜증 내는 건가?", PERS, "팀장님이 다른 일로 지쳐 있는 건가?"),
    ("저 손님 지금 나 무시하는 거야?", PERS, "저 손님 지금 상황을 답답해하는 거야?"),
    ("저는 근본적인 문제가 있어요.", PERS, "저는 아직 서툰 부분이 있어요."),
    ("우리 팀장은 못된 사람이야.", PERM, "우리 팀장은 오늘 좀 힘든 일이 있었나 봐."),
    ("나는 그런 칭찬을 들을 사람이 아니야.", PERS, "나는 그런 칭찬을 들을 만한 사람일 수도 있어."),
    ("저는 행복할 자격이 없어요.", PERS, "저는 행복할 자격이 있어요."),
    ("저는 그냥 아무것도 아니에요.", PERS, "저는 아직 자신을 찾아가는 중이에요."),
    ("내가 잘하는 건 하나도 없어.", PERS, "내가 잘하는 것도 분명 있어."),
    ("그분이 저를 좋아할 리가 없어요.", PERS, "그분이 저를 좋아할지 아직 알 수 없어요."),
    ("나만 없으면 다들 편해질 거야.", PERS, "나도 여기에 필요한 사람이야."),
    ("이러다 진짜 잘리는 거 아냐?", PERM, "이러다 일이 잘못될까 봐 걱정돼."),
    ("나는 좋은 아빠가 아니다.", PERS, "나는 좋은 아빠가 되려고 애쓰는 중이다."),
    ("난 정말 부족해.", PERS, "난 아직 채워 가는 중이야."),
    (
        "저는 이 압박을 감당할 수 없어요.",
        PERM,
        "저는 이 압박을 감당할 수 있을지 아직 모르겠어요. 다음번은 다를 수 있어요.",
    ),
    (
        "저는 아무것도 못 해요.",
        PERV,
        "저는 이번엔 잘 못 해요. 이건 한 가지 일이지, 전부가 아니에요.",
    ),
    (
        "내 인생은 왜 이럴까.",
        PERV,
        "요즘 왜 일이 잘 안 풀릴까. 이건 한 가지 일이지, 전부가 아니야.",
    ),
    (
        "이번에 잘리면 대출도 못 갚는데.",
        PERM,
        "이번에 잘리면 대출도 못 갚게 될 수도 있지만, 그때 방법을 찾으면 돼.",
    ),
    ("다들 내 설명이 길다고 생각했을 거야.", PERS, "다들 내 설명이 길다고 생각하는지는 아직 몰라."),
    (
        "그 선배가 뒤에서 나를 욕하고 있을 거야.",
        PERS,
        "그 선배가 뒤에서 다른 얘기를 하고 있을 거야.",
    ),
    ("이렇게 된 건 다 내가 부족해서야.", PERS, "이렇게 된 건 여러 가지가 겹쳐서야."),
    ("나는 아무한테도 필요 없는 사람이야.", PERS, "나는 아직 내 자리를 찾는 중인 사람이야."),
    ("노력해도 안 바뀌어.", PERM, "노력해 봤는데 아직은 안 바뀌어. 다음번은 다를 수 있어."),
    ("내가 뭘 할 수 있겠어.", PERM, "지금 할 수 있는 작은 일부터 찾아보자."),
    (
        "이번 실수는 돌이킬 수 없어.",
        PERM,
        "이번 실수는 아직 바로잡을 방법이 남아 있어. 다음번은 다를 수 있어.",
    ),
    (
        "그동안 준비한 게 다 물거품이 됐어.",
        PERV,
        "그동안 준비한 게 이번엔 기대만큼 빛을 못 봤어. 이건 한 가지 일이지, 전부가 아니야.",
    ),
    (
        "이번 분기 목표를 못 채우면 저는 패배자예요.",
        PERV,
        "이번 분기 결과가 완벽하지 않아도 실패는 아니에요.",
    ),
    ("승진하지 못하면 내 인생은 실패다.", PERV, "결과가 완벽하지 않아도 실패는 아니다."),
    ("나 진짜 한심한 놈일지도 몰라.", PERS, "나 오늘 일이 아쉬웠을 뿐일지도 몰라."),
    ("이런 절 누가 써 주겠어요?", PERS, "저를 알아봐 줄 사람도 분명 있을 거예요."),
    ("그 계약은 그냥 얻어걸린 거지 뭐.", PERS, "그 계약은 운도 따랐지만 내가 잘한 부분도 있었어."),
    ("좋은 말은 다 빈말이죠.", PERS, "칭찬에는 진심도 담겨 있었을 거예요."),
    ("제가 괜히 나서서 말씀드렸네요.", PERS, "그땐 그게 맞다고 생각해서 한 일이었어요."),
    ("하긴 나라서 그래.", PERS, "이번엔 일이 잘 안 풀렸네."),
    ("또 나라서 이래.", PERS, "이번엔 일이 잘 안 풀렸네."),
    ("팀장님은 날 분명히 미워할 거야.", PERS, "팀장님은 상황을 답답해할 거야."),
    (
        "내가 농담하면 다들 썰렁해질 거야.",
        PERM,
        "내가 농담하면 다들 썰렁해질까 봐 걱정돼. 다음번은 다를 수 있어.",
    ),
    ("저는 괜찮아질 리 없어요.", PERM, "저는 시간이 좀 걸릴 거예요. 다음번은 다를 수 있어요."),
    (
        "난 무시당했다고 느낀다. 따라서 그건 진실이다.",
        PERM,
        "난 무시당했다고 느끼지만, 느낌이 곧 사실은 아니다.",
    ),
    ("내 촉이 그런 걸 보면 틀림없어.", PERM, "느낌은 그래도 확인해 봐야 알 수 있어."),
    ("저는 엄마로서 실격이에요.", PERS, "저는 엄마로서 오늘 좀 서툴렀을 뿐이에요."),
    ("제가 부족해서 팀이 힘든 거예요.", PERS, "여러 사정이 겹쳐서 팀이 힘든 거예요."),
    ("부모님이 많이 실망하셨을 거야.", PERS, "부모님이 어떻게 생각하는지는 아직 몰라."),
    (
        "제가 도와 달라고 하면 부담스러워할 거예요.",
        PERS,
        "제가 도와 달라고 하면 어떻게 받아들일지는 아직 몰라요.",
    ),
    ("칭찬받은 건 별거 아니야.", PERS, "작은 성과라도 내가 해낸 일이야."),
    ("아무래도 심각한 병일 거예요.", PERM, "큰 병일까 봐 걱정돼요. 다음번은 다를 수 있어요."),
    ("하나라도 틀리면 다 망친 거예요.", PERV, "작은 흠이 있어도 전부를 망친 건 아니에요."),
    ("합격 아니면 불합격, 중간은 없어.", PERV, "그 사이에도 여러 결과가 있어."),
    (
        "이 바닥에 믿을 사람은 하나도 없어.",
        PERV,
        "이 바닥에 믿을 만한 사람도 분명 있어. 이건 한 가지 일이지, 전부가 아니야.",
    ),
    ("회의가 늘어진 건 다 내 질문 때문이야.", PERS, "회의가 늘어진 건 여러 사정 때문이야."),
    (
        "이번 일로 고객의 신뢰를 완전히 잃었어.",
        PERM,
        "이번 일로 고객의 신뢰에 금이 조금 갔어. 다음번은 다를 수 있어.",
    ),
    ("친구들이 나를 따돌리는 게 분명해.", PERS, "친구들이 다른 일에 신경 쓰는 게 분명해."),
    (
        "이번 달 카드값을 못 갚을 거야.",
        PERM,
        "이번 달 카드값을 못 갚을까 봐 걱정돼. 다음번은 다를 수 있어.",
    ),
    ("팀장님은 나를 좋아하지 않아.", PERS, "팀장님은 나를 아직 잘 모르는 걸지도 몰라."),
    ("선배는 저를 안 좋아해요.", PERS, "선배는 저를 아직 잘 모르는 걸지도 몰라요."),
    (
        "과장님은 저를 좋아하지 않습니다.",
        PERS,
        "과장님은 저를 아직 잘 모르는 것일지도 모릅니다.",
    ),
    ("그 고객은 날 좋아하지 않는다.", PERS, "그 고객은 날 아직 잘 모르는 것일지도 모른다."),
    ("팀장님은 날 좋아하지 않을 거야.", PERS, "팀장님은 날 아직 잘 모를 거야."),
    ("선배는 저를 좋아하지 않았을 거예요.", PERS, "선배는 저를 아직 잘 몰랐을 거예요."),
    ("난 다들한테 무시당하는 애야.", PERS, "난 몇몇 사람에게 무시당한 적이 있을 뿐이야."),
    (
        "저는 누구에게나 외면당하는 사람입니다.",
        PERS,
        "저는 몇몇 사람에게 외면당한 적이 있을 뿐입니다.",
    ),
    ("나는 어디서나 미움받는 존재다.", PERS, "나는 몇몇 사람에게 미움받은 적이 있을 뿐이다."),
    (
        "이번 심사에서 떨어지면 그야말로 끔찍할 거야.",
        PERM,
        "이번 심사에서 떨어지면 힘들겠지만 감당할 수 있을 거야.",
    ),
    (
        "면접에서 떨어지면 정말 끔찍할 거예요.",
        PERM,
        "면접에서 떨어지면 힘들겠지만 감당할 수 있을 거예요.",
    ),
    ("발표를 망치면 끔찍할 겁니다.", PERM, "발표를 망치면 힘들겠지만 감당할 수 있을 겁니다."),
    (
        "제 노력은 다 소용없었어요.",
        PERM,
        "제 노력은 당장 눈에 띄는 결과로 이어지지 않았어요. 다음번은 다를 수 있어요.",
    ),
    (
        "그동안 쏟은 노력이 다 소용없었습니다.",
        PERM,
        "그동안 쏟은 노력이 당장 눈에 띄는 결과로 이어지지 않았습니다. 다음번은 다를 수 있습니다.",
    ),
    (
        "그동안 쏟은 노력이 다 소용없었어.",
        PERM,
        "그동안 쏟은 노력이 당장 눈에 띄는 결과로 이어지지 않았어. 다음번은 다를 수 있어.",
    ),
    (
        "석 달 동안 준비한 게 하나도 소용없었다.",
        PERM,
        "석 달 동안 준비한 게 당장 눈에 띄는 결과로 이어지지 않았다. 다음번은 다를 수 있다.",
    ),
    ("오늘 교육은 완전 시간 낭비야.", PERV, "오늘 교육은 기대보다 아쉽지만 얻는 것도 있어."),
    (
        "이 보고서 작업은 전부 헛수고입니다.",
        PERV,
        "이 보고서 작업은 기대보다 아쉽지만 얻는 것도 있습니다.",
    ),
    (
        "이번 워크숍은 완전 시간 낭비였어요.",
        PERV,
        "이번 워크숍은 기대보다 아쉬웠지만 얻은 것도 있었어요.",
    ),
    # ---- the everyday kinds, rewritten in the thought's own register
    # one act of mine named as why something happened to others
    (
        "팀 회식이 취소된 건 내가 장소를 늦게 잡아서야.",
        PERS,
        "팀 회식이 취소된 건 여러 가지가 겹쳐서야.",
    ),
    (
        "엄마가 속상해하신 건 제가 연락을 자주 안 드려서예요.",
        PERS,
        "엄마가 속상해하신 건 여러 가지가 겹쳐서예요.",
    ),
    (
        "내가 괜히 농담을 던져서 회의가 어색해진 거야.",
        PERS,
        "여러 가지가 겹쳐서 회의가 어색해진 거야.",
    ),
    (
        "후배가 그만둔 건 제가 제대로 못 가르친 탓이에요.",
        PERS,
        "후배가 그만둔 건 여러 가지가 겹쳤기 때문이에요.",
    ),
    ("어제 내가 한 농담 때문일 거야.", PERS, "여러 가지가 겹쳤기 때문일 거야."),
    # an outcome put down to my being there
    ("제가 나서기만 하면 꼭 일이 틀어져요.", PERS, "누가 해도 가끔 일이 틀어져요."),
    (
        "선배가 답이 없다. 내 말투 때문에 기분 상한 게 분명해요.",
        PERS,
        "다른 사정이 있을 수도 있어요.",
    ),
    # casual self-labels, a label as a guess or as all one is, a skill made a kind of person
    ("난 겁쟁이야.", PERS, "난 오늘 좀 서툴렀을 뿐이야."),
    ("난 뭘 해도 한심한 놈이야.", PERS, "난 오늘 좀 서툴렀을 뿐이야."),
    ("나 완전 허접해.", PERS, "나 오늘 좀 서툴렀을 뿐이야."),
    ("난 진짜 구제불능인가 봐.", PERS, "난 오늘 좀 서툴렀던 것 같아."),
    ("알람 끄고 다시 잤다. 게으름뱅이 그 자체다.", PERS, "오늘 하루 그랬을 뿐이다."),
    ("저는 팀장 할 그릇이 못 돼요.", PERS, "저는 아직 배워 가는 중이에요."),
    ("저는 운동이랑 안 맞는 타입이에요.", PERS, "저는 운동에 아직 서툰 편이에요."),
    ("나 같은 길치가 무슨 여행 가이드야.", PERS, "나도 배우면서 하는 중이야."),
    ("다들 나한테 관심 따위 없어.", PERS, "다들 지금 여유가 없어."),
    # a hindsight said as "if only I had not"
    ("내가 그날 운전만 하지 않았어도…", PERS, "그땐 몰랐던 걸 이제 알게 됐어."),
    # one slip told as the whole thing ruined or scored zero
    (
        "첫 문제부터 막혔으니 이번 시험은 이미 글렀어.",
        PERV,
        "첫 문제부터 막혔으니 이번 시험은 좀 꼬였어. 이건 한 가지 일이지, 전부가 아니야.",
    ),
    (
        "오타 하나 때문에 이번 보고서는 망한 거야.",
        PERV,
        "오타 하나 때문에 이번 보고서는 아쉬운 데가 생긴 거야. 이건 한 가지 일이지, 전부가 아니야.",
    ),
    (
        "이번 분기 내 실적은 완전 빵점이에요.",
        PERV,
        "이번 분기 내 실적은 아쉬운 점이 있었을 뿐이에요. 이건 한 가지 일이지, 전부가 아니에요.",
    ),
    (
        "야식 한 번 먹었으니 다이어트는 끝났어.",
        PERV,
        "야식 한 번 먹었으니 다이어트는 오늘 하루 삐끗했을 뿐이야.",
    ),
    ("보고서가 완벽하지 않으면 낼 가치도 없어.", PERV, "꼭 완벽하지 않아도 의미는 있어."),
    # one place, one person or one part told as all of them
    ("어딜 가든 똑같을 거예요.", PERV, "다른 곳에선 다를 수 있어요."),
    (
        "우리 강아지는 어딜 가든 말썽꾸러기 소리 듣겠지.",
        PERV,
        "우리 강아지는 다른 곳에선 다를 수 있어.",
    ),
    (
        "이 집은 어디 하나 멀쩡한 곳이 없어요.",
        PERV,
        "이 집은 몇 군데가 안 좋아요. 이건 한 가지 일이지, 전부가 아니에요.",
    ),
    (
        "손님들은 하나같이 이기적이야.",
        PERV,
        "어떤 사람은 이기적이야. 이건 한 가지 일이지, 전부가 아니야.",
    ),
    (
        "팀 사람들은 저 같은 신입을 다 무시해요.",
        PERV,
        "몇몇은 저 같은 신입을 다 무시해요. 이건 한 가지 일이지, 전부가 아니에요.",
    ),
    # "that's just how it is now": fate, a body that never changes, the same from now on
    (
        "난 줄만 서면 내 앞에서 끊기는 팔자야.",
        PERM,
        "난 줄만 서면 내 앞에서 끊기는 시기야. 다음번은 다를 수 있어.",
    ),
    (
        "나는 아무리 연습해도 실력이 안 느는 체질인가 봐.",
        PERM,
        "나는 아무리 연습해도 실력이 안 느는 시기인가 봐. 다음번은 다를 수 있어.",
    ),
    ("이 회사는 앞으로도 쭉 이럴 거예요.", PERM, "이 회사는 앞으로는 어떨지 아직 몰라요."),
    ("나는 계속 제자리걸음일 거야.", PERM, "나는 당분간 제자리걸음일 거야. 다음번은 다를 수 있어."),
    ("이 야근에 끝이 있긴 한가요?", PERM, "이 야근에 지금은 끝이 안 보일 뿐이에요."),
    (
        "이 성격이 이제 와서 바뀔 리가 있겠어요?",
        PERM,
        "이 성격이 바뀔 때까지 시간이 좀 걸릴 거예요.",
    ),
    ("단 하루도 편하게 쉰 적이 없어.", PERM, "아직 편하게 쉰 적이 없어. 다음번은 다를 수 있어."),
    # what's the point, and a future shut
    ("운동하나 마나야.", PERM, "운동하는 게 그래도 나아."),
    ("올해 승진하긴 글렀어요.", PERM, "올해 승진하기가 지금은 쉽지 않아요."),
    # a disaster told as certain, asked as a question or hung on "what if"
    ("저 이제 잘리는 거예요.", PERM, "저 잘릴까 봐 걱정돼요."),
    ("면담하자는 건 그만두라는 뜻이겠지.", PERM, "면담하자는 건 무슨 뜻인지 들어 봐야 알아."),
    # the 해요체 ending goes with the words ("…알아요이겠죠" was left before)
    ("그만두라는 뜻이겠죠.", PERM, "무슨 뜻인지 들어 봐야 알아요."),
    ("이러다 가게 문 닫게 생겼어요.", PERM, "이러다 가게 문 닫게 될까 봐 걱정돼요."),
    ("이러다 결국 혼자 남겠죠.", PERM, "이러다 혼자 남을까 봐 걱정돼요."),
    ("댓글이 다 캡처됐어. 나 완전 매장됐어.", PERM, "나 지금은 많이 창피해."),
    ("이러다 길바닥에 나앉는 거 아닐까요?", PERM, "일이 잘못될까 봐 걱정돼요."),
    (
        "수술이 잘못되면 우리 가족은 어떡하지?",
        PERM,
        "수술이 잘못되면 그때 차근차근 대처할 수 있어.",
    ),
]


@pytest.mark.parametrize(("thought", "dimension", "expected"), REWRITES)
def test_rewrite_reads_as_korean(thought: str, dimension: Dimension, expected: str) -> None:
    assert detect(thought, "ko").suggestions[dimension] == expected
