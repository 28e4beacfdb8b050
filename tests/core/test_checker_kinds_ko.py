"""Korean replies of the kinds the English pack names: a cost we will not bear, one exception
told as a flood of them, our record set against what the customer met, a late report thrown
back as a question, the law or a debt collector held over the customer, the last shop's work run
down, "지난번에도 안내드렸는데요", the customer made the odd one out, sorry for the feeling only,
the flaw shrunk to nothing, an advert tacked on, a long wait or our own slip told bare, a step
barked as an order, praise for the complaint itself, a colleague disowned, the notice held up
after the fact, the customer's hand named as the cause, "솔직히 … 소용없어요", an account closed
bare, a deadline used as a push, a reason in name only, a colleague's lunch told to the caller,
the customer's face or build given as the reason, a review reply that fits any review,
everyone out at once, a sign pointed at, colleagues called "애들", the customer barred.

These are variants of each kind in other words and registers than the pack's examples, so a
rule that only knew its examples would miss them; beside them, look-alikes a trainer would
write, which must stay unflagged. Every sentence here is our own, written for the test."""

from __future__ import annotations

import pytest

from companion.core.checker import check

BAD: list[tuple[str, str]] = [
    ("cost refused", "택배비는 저희가 부담 안 해요."),
    ("cost refused", "차액은 매장에서 보상해 드릴 수 없습니다."),
    ("everyone", "이번 한 번 봐 드리면 다들 해 달라고 하세요."),
    ("our record", "발송할 때는 분명히 정상이었어요."),
    ("our record", "저희 상담원은 그런 식으로 말하지 않습니다."),
    ("our record", "오배송일 리가 없는데요."),
    ("why now", "왜 이제 와서 말씀하세요?"),
    ("why now", "왜 진작 연락 안 하셨어요?"),
    ("threat", "한 번만 더 전화하시면 업무방해로 신고합니다."),
    ("threat", "이런 식이면 법적 조치 취하겠습니다."),
    ("threat", "월요일까지 입금 안 하시면 채권추심 들어갑니다."),
    ("last shop", "다른 데서 엉터리로 해 놓으셨네요."),
    ("last shop", "예전 정비소에서 대충 해 놔서 그래요."),
    ("as I said", "아까도 말씀드렸는데요, 주차는 안 돼요."),
    ("as I said", "처음에도 안내드렸잖아요."),
    ("odd one out", "손님만 이렇게 까다롭게 구세요."),
    ("odd one out", "이런 걸로 컴플레인 거는 분은 처음 봐요."),
    ("personal remark", "얼굴이 좀 크셔서 단발은 안 어울려요."),
    ("personal remark", "체형이 좀 있으셔서 그 옷은 안 맞으실 거예요."),
    ("non-apology", "불쾌하셨다니 유감이네요."),
    ("non-apology", "그럼 뭘 더 해 드려야 하나요?"),
    ("minimising", "그냥 흠집 하나인데요."),
    ("minimising", "겨우 실밥 조금 가지고요."),
    ("sales pitch", "다음 달 신제품도 많이 기대해 주세요!"),
    ("sales pitch", "오신 김에 이벤트 상품도 보고 가세요."),
    ("wait, no sorry", "수리가 이틀 정도 밀려 있어요."),
    ("wait, no sorry", "3일 뒤에나 방문 가능해요."),
    ("slip, no sorry", "직원이 실수로 다른 주소로 보냈어요."),
    ("slip, no sorry", "주문이 전산에 없네요."),
    ("bare order", "접수부터 하고 오세요."),
    ("colleague disowned", "그건 그 직원 실수예요."),
    ("colleague disowned", "기사님이 그렇게 말하면 안 됐죠."),
    ("hindsight", "약관에 이미 다 나와 있어요."),
    ("your hand", "고객님이 잘못 누르신 거예요."),
    ("your hand", "말씀하신 대로 해 드린 거예요."),
    ("honest verdict", "솔직히 말해서 해 봤자 소용없어요."),
    ("bare outcome", "아이디가 영구 정지되었습니다."),
    ("sold out", "그날은 객실이 다 나갔어요."),
    ("pressure", "지금 안 사시면 할인 혜택 없어져요."),
    ("officialese", "부득이한 사유로 금일 영업을 쉽니다."),
    ("colleague's lunch", "아까 밥 먹으러 나갔어요."),
    ("sarcastic thanks", "그렇게 꼬집어 주시니 참 꼼꼼하시네요."),
    ("sarcastic thanks", "별점 하나 주셔서 참 고맙습니다~ 덕분에 많이 배웁니다."),
    ("overdone", "고객님께 씻을 수 없는 죄를 지었습니다."),
    ("text speak", "ㅈㅅ합니다 늦었네요"),
    ("everyone", "다른 분들도 다 그렇게 내셨어요."),
    ("you are wrong", "그렇게 말씀하셔도 틀린 건 고객님이에요."),
    ("your hand", "충전기를 아무거나 쓰셔서 그래요."),
    ("not our fault", "저희 쪽 문제는 아닌 것 같은데요."),
    ("courier", "택배 기사님이 던져서 깨진 거예요."),
    ("sold out", "그 색상은 단종됐어요."),
    ("guarantee", "무조건 내일 받으세요."),
    ("see above", "앱 공지에 다 있어요."),
    ("see above", "문자로 보내 드린 거 보세요."),
    ("minimising", "그 정도로 아프실 리가 없어요."),
    ("minimising", "몇 분 늦은 건데요."),
    ("they", "본사에서 하라고 해서요."),
    ("not told", "저는 오늘 처음 들었어요."),
    ("own grievance", "저도 사람인데 이렇게 말씀하시면 속상하죠."),
    ("hindsight", "싼 걸로 고르셨으니까요."),
    ("wait, no sorry", "예약 일정이 2주 정도 밀려 있습니다."),
    ("sarcastic thanks", "장문의 항의 글 감사합니다. 잘 읽었습니다."),
    ("everyone out", "담당자들이 전부 회의 중입니다."),
    ("a sign pointed at", "계산대 위에 크게 쓰인 안내문 안 보이세요?"),
    ("out of window", "7일 지나서 반품 불가예요."),
    ("you are wrong", "고객님이 뭔가 오해하고 계신 것 같아요."),
    ("your hand", "세탁 표시 안 보고 빠셔서 그런 거예요."),
    ("our record", "저희 기록상으로는 정상 배송 완료입니다."),
    ("full", "그 시간엔 예약이 꽉 찼어요."),
    ("colleague's errand", "사장님 오늘 골프 치러 가셨어요."),
    ("everyone else content", "다들 별말 없이 쓰시는데요."),
    ("colleagues as strangers", "물류센터 애들이 또 실수했나 봐요."),
    ("waved off", "그냥 넘어가 주세요."),
    ("minimising", "겨우 천 원 차이인데요."),
    ("pressure", "지금 계약 안 하시면 다음 분께 넘어가요."),
    ("wait, no sorry", "기사님 방문은 다음 주 목요일에나 가능해요."),
    ("slip, no sorry", "직원이 주문서를 잘못 봤네요."),
    ("name-calling", "제정신이세요?"),
    ("judgement", "이 가격에 이 정도면 감지덕지죠."),
    ("threat", "고객님 같은 분은 출입 금지입니다."),
    ("own grievance", "저도 월급 받고 일하는 사람이에요."),
    ("own grievance", "저희도 손해 보면서 파는 거예요."),
    ("shrug", "그게 규칙이니까요."),
    (
        "stock reply",
        "소중한 시간 내어 리뷰 남겨 주셔서 감사합니다. 고객님의 기대에 미치지 못해 죄송합니다. "
        "고객 만족이 저희의 최우선 가치이며, 남겨 주신 의견은 서비스 개선에 적극 반영하겠습니다.",
    ),
]

GOOD: list[str] = [
    "아니요, 그 날짜는 어렵지만 대신 금요일 오전 배송은 가능합니다.",
    "배송비는 저희가 부담할게요. 오늘 바로 수거 기사님 보내 드리겠습니다.",
    "발송할 때는 정상이었는데 이런 일이 생겨 죄송합니다. 새 제품 오늘 보내 드릴게요.",
    "저희 상담원이 그렇게 말씀드렸다면 잘못 안내한 겁니다. 죄송합니다.",
    "왜 이런 문제가 생겼는지 확인해서 내일까지 알려 드릴게요.",
    "법적 절차에 대해서는 저희 법무팀이 직접 안내드릴 거예요.",
    "한 번만 더 눌러 보시고 그래도 안 되면 말씀해 주세요.",
    "다른 데서 하신 부분도 같이 봐 드릴게요.",
    "아까 말씀드린 환불은 오늘 처리됐어요.",
    "처음에 안내드린 시간이 틀려서 다시 알려 드립니다. 죄송합니다.",
    "손님만 괜찮으시면 오늘 바로 진행할게요.",
    "얼굴형에 맞춰서 앞머리 길이를 조절해 드릴게요.",
    "피부가 건조하신 편이라 보습 크림을 같이 드릴게요.",
    "흠집 하나라도 있으면 바로 교환해 드립니다.",
    "다음 달 신제품 출시 일정은 나오는 대로 문자로 알려 드릴게요.",
    "수리 일정이 이틀 정도 밀려 있어서 죄송합니다. 대신 대여품을 오늘 보내 드릴게요.",
    "직원이 실수로 다른 주소로 보냈습니다. 정말 죄송합니다. 오늘 바로 다시 보내 드렸어요.",
    "접수는 1층 창구에서 도와 드리고 있어요.",
    "말씀하신 대로 다음 주 화요일로 바꿔 두었습니다.",
    "솔직히 말씀드리면 이 모델이 더 오래 쓰실 수 있어요.",
    "계정이 잠시 제한되었어요. 비밀번호를 다시 설정하시면 바로 풀립니다.",
    "그날은 객실이 다 나갔어요. 대신 다음 날은 바다 전망 객실이 남아 있는데 잡아 드릴까요?",
    "지금 구매하지 않으셔도 이번 달 말까지는 같은 가격이에요.",
    "예기치 못한 폭설로 배송이 하루 늦어졌습니다. 죄송합니다. 내일 오전에 도착합니다.",
    "점심시간이라 담당자는 1시에 돌아와요. 돌아오면 바로 전화드리라고 할게요.",
    "꼼꼼하게 짚어 주셔서 감사합니다. 말씀하신 두 가지 모두 고쳐 두었습니다.",
    "그쪽 잘못이 아니라 저희 확인이 늦었습니다. 죄송합니다.",
    "약관에 나와 있는 내용이지만 찾기 어려우셨을 것 같아요. 요점만 정리해 드릴게요.",
    "기대에 미치지 못해 죄송합니다. 말씀하신 식은 음식은 오늘부터 보온 가방으로 바꿨어요.",
    "제가 그 변경 사항은 아직 전달받지 못해서, 팀장님께 바로 확인하고 10분 안에 알려 드릴게요.",
    "약관상 환불 신청 기간이 7일이라, 오늘 신청하시면 환불 가능합니다.",
    "그 색상은 단종됐지만, 비슷한 네이비 색상이 있어요. 사진 보내 드릴까요?",
    "본사에 확인해 보니 이번 주 안에 입고된대요. 들어오면 바로 연락드릴게요.",
    "저도 처음 듣는 내용이라, 팀장님께 확인해서 10분 안에 알려 드릴게요.",
    "예약이 2주 정도 밀려 있어서 죄송합니다. 취소 자리가 나면 바로 연락드릴게요.",
    "택배 기사님이 배송 중에 파손하신 것 같아요. 죄송합니다. 새 상품 오늘 보내 드렸어요.",
    "7일이 지났지만 초기 불량이라 교환해 드릴게요.",
    "별일 없을 거예요. 그래도 내일 다시 한번 전화드려서 확인할게요.",
    "여기 적힌 글씨가 잘 안 보이세요? 제가 읽어 드릴게요.",
    "담당자가 모두 회의 중이라, 끝나는 대로 3시 전에 전화드리겠습니다.",
    "앞으로는 앱에서 미리 예약하시면 기다리지 않으셔도 돼요.",
    "저희 기록상 배송 완료로 나오는데, 못 받으셨다니 죄송해요. 바로 택배사에 확인해 볼게요.",
    "그 시간엔 예약이 꽉 찼어요. 대신 한 시간 뒤는 바로 가능해요.",
    "사장님은 오늘 자리에 안 계셔서, 내일 오전에 직접 전화드리라고 전해 두겠습니다.",
    "다들 처음엔 헷갈려하세요. 제가 화면 보면서 같이 해 드릴게요.",
    "기사님 방문은 다음 주 목요일에나 가능해서 죄송해요. 취소가 나면 앞당겨 드릴게요.",
    "직원이 주문서를 잘못 봤습니다. 정말 죄송합니다. 바로 다시 만들어 드릴게요.",
    "이번 일은 그냥 넘어가지 않고 꼭 바로잡겠습니다.",
    "조금만 기다려 보세요. 5분이면 나와요.",
]


@pytest.mark.parametrize(("kind", "text"), BAD, ids=[t[:30] for _, t in BAD])
def test_each_variant_of_the_kind_is_flagged(kind: str, text: str) -> None:
    report = check(text, lang="ko")
    assert report.verdict != "ok", f"{kind}: {text!r} is not flagged"


@pytest.mark.parametrize("text", GOOD, ids=[t[:30] for t in GOOD])
def test_the_look_alikes_stay_unflagged(text: str) -> None:
    report = check(text, lang="ko")
    assert report.verdict == "ok", f"{text!r}: {[f.rule for f in report.findings]}"
