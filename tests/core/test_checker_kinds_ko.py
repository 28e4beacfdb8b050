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

Later: a post removed or a card declined told bare, our staffing as the answer,
"또 고객님이세요?", "다 해 드리면 뭐 먹고 살아요", "누가 잘못 놨나 봐요",
"담당자한테 이미 전달했어요", "1초만요", "그냥 누르시면 되는데요", "정정해 드릴게요",
"교훈 삼겠습니다", the home blamed, a cure promised, fear sold, "당연히 안 맞죠",
"이왕 하시는 김에 …까지", "자연스러운 현상이에요", "잘못 누르신 거 아니에요?", "…지 마세요".

Then: a case closed on the customer with no way back, a rating changed for a coupon, a password
or a card's security code asked for by chat, a refund pushed into points, leaving made hard,
"신고하셔도 달라지지 않습니다", an upgrade sold to a complaint, honesty doubted, "다른 분들은
문제없이 쓰세요", the family sent for, a step with no date, the double passive of a report.

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
    # this round's kinds: moderation verdicts, bare outcomes, staffing, scoffs, cures
    ("moderation verdict", "해당 게시글은 운영 정책 위반으로 삭제되었습니다."),
    ("moderation verdict", "광고성 글이라 삭제했어요."),
    ("moderation verdict", "중복 게시물이라 블라인드 처리합니다."),
    ("moderation verdict", "주제와 무관한 글은 잠금 처리되었습니다."),
    ("moderation verdict", "욕설 금지입니다."),
    ("bare outcome", "카드 승인이 거절됐어요."),
    ("bare outcome", "결제가 실패했습니다."),
    ("bare outcome", "대출 심사에서 부결되셨습니다."),
    ("bare outcome", "카드 한도 초과로 결제 안 됐어요."),
    ("our staffing", "오늘 직원이 두 명이나 빠져서요."),
    ("our staffing", "저희가 요즘 인원이 부족해서 어쩔 수 없어요."),
    ("our staffing", "주말이라 사람이 없어서 늦어요."),
    ("our staffing", "오늘 저 혼자 매장 보고 있어서요."),
    ("you again", "아, 또 고객님이세요?"),
    ("you again", "또 전화하셨네요."),
    ("you again", "또 그분이네."),
    ("you again", "어머님 또 오셨어요?"),
    ("if everyone did", "변심 환불을 다 해 드리면 저희는 뭐 먹고 살아요?"),
    ("if everyone did", "다들 그렇게 해 달라고 하면 장사를 어떻게 해요."),
    ("if everyone did", "모든 손님한테 이렇게 해 드리면 가게 문 닫아야 돼요."),
    ("if everyone did", "이걸 다 받아 주면 남는 게 없어요."),
    ("someone else did it", "누가 진열을 잘못해 놨나 봐요."),
    ("someone else did it", "창고에서 누가 주문을 바꿔 넣었나 보네요."),
    ("someone else did it", "누군가 실수로 취소 버튼을 누른 것 같아요."),
    ("someone else did it", "아마 아르바이트생 누가 잘못 찍었나 봐요."),
    ("already passed on", "담당자한테 이미 전달했어요."),
    ("already passed on", "메모 남겨 놨으니까 그만 전화하셔도 돼요."),
    ("already passed on", "선생님께 벌써 말씀드렸어요."),
    ("already passed on", "담당자도 내용 다 알고 있어요."),
    ("back in a sec", "잠깐만요, 금방 와요."),
    ("back in a sec", "1초만요."),
    ("back in a sec", "잠시만요, 바로 올게요."),
    ("just / do it yourself", "그냥 링크만 누르시면 되는데요."),
    ("just / do it yourself", "그거 앱에서 직접 하시면 돼요."),
    ("just / do it yourself", "사실 그건 고객님이 직접 하실 수 있는 거예요."),
    ("just / do it yourself", "그냥 재부팅만 하시면 되는 거예요."),
    ("let me correct you", "제가 정정해 드릴게요."),
    ("let me correct you", "그건 잘못 알고 계신 거고요."),
    ("let me correct you", "바로잡아 드리자면, 그건 무료가 아니에요."),
    ("let me correct you", "정확히 말씀드리면 그게 아니에요."),
    ("lessons learned", "이번 일을 교훈 삼겠습니다."),
    ("lessons learned", "이번 일을 계기로 더 발전하는 모습 보여 드리겠습니다."),
    ("lessons learned", "뼈저리게 반성하고 있습니다."),
    ("lessons learned", "이번 일을 거울삼아 다시는 이런 일이 없도록 하겠습니다."),
    ("the home blamed", "집에서 어떻게 가르치시는 거예요?"),
    ("the home blamed", "아이가 집에서 뭔가 문제가 있는 것 같아요."),
    ("the home blamed", "가정교육 문제죠."),
    ("the home blamed", "어머님이 집에서 너무 오냐오냐하셔서 그래요."),
    ("the home blamed", "부모님이 신경을 안 쓰시니까 애가 이렇죠."),
    ("cure promised", "한 번만 받으시면 완치돼요."),
    ("cure promised", "이 시술 받으시면 싹 낫습니다."),
    ("cure promised", "저희 한의원 오시면 다 낫습니다."),
    ("cure promised", "세 번이면 허리 통증 완전히 없어져요."),
    ("fear sold", "지금 치료 안 하시면 나중에 걷지도 못하세요."),
    ("fear sold", "이대로 두시면 큰일 나요."),
    ("fear sold", "방치하시면 나중엔 손도 못 써요."),
    ("fear sold", "지금 안 하시면 이 다 빠져요."),
    ("scoff", "당연히 안 맞죠."),
    ("scoff", "그게 들어갈 리가 있나요."),
    ("scoff", "그 사이즈가 맞을 리가 없잖아요."),
    ("scoff", "그러니까 안 맞죠."),
    ("upsell on top", "이왕 하시는 김에 팔 전체까지 하세요."),
    ("upsell on top", "오신 김에 뒷머리도 같이 하시죠."),
    ("upsell on top", "하는 김에 스케일링도 같이 받으세요."),
    ("upsell on top", "기왕 바꾸시는 거 타이어 네 개 다 바꾸세요."),
    ("natural, leave it", "자연스러운 현상이에요."),
    ("natural, leave it", "그냥 두시면 저절로 괜찮아져요."),
    ("natural, leave it", "시간 지나면 알아서 없어져요."),
    ("natural, leave it", "며칠 쓰시다 보면 괜찮아져요."),
    ("slip asked", "혹시 잘못 누르신 거 아니에요?"),
    ("slip asked", "주소 잘못 적으신 거 아닌가요?"),
    ("slip asked", "확실히 제대로 입력하신 거 맞으세요?"),
    ("slip asked", "혹시 다른 카드로 결제하신 거 아닐까요?"),
    ("bare prohibition", "일어나지 마세요."),
    ("bare prohibition", "여기서 사진 찍지 마세요."),
    ("bare prohibition", "화장실 쓰지 마세요."),
    ("bare prohibition", "안에서 음식 드시지 마세요."),
    ("bare prohibition", "만지지 마세요."),
    # what a team lead sends back: a case closed on the customer, a rating bought, a password
    # asked for by chat, a refund pushed into credit, leaving made hard, a complaint called
    # futile, an upgrade sold to a complaint, honesty doubted, "다른 분들은 문제없이 쓰세요",
    # the family sent for
    ("case closed on them", "이틀째 회신이 없으셔서 상담 건을 종결했습니다."),
    ("case closed on them", "접수하신 문의는 상태를 '해결됨'으로 바꿨습니다."),
    ("case closed on them", "상담 완료된 건에는 추가 답변이 불가합니다. 새로 접수해 주세요."),
    ("case closed on them", "설치 기사님이 다녀갔으니 이 건은 종결로 하겠습니다."),
    ("review for a reward", "리뷰에서 '불친절' 한 단어만 빼 주시면 쿠폰 보내 드릴게요."),
    ("review for a reward", "평점만 다시 매겨 올려 주시면 음료 한 잔 서비스해 드릴게요."),
    ("refund as credit", "환불보다는 마일리지로 받으시는 게 나으세요."),
    ("refund as credit", "반품 환불 금액은 예치금으로 처리하겠습니다."),
    ("cancel hurdle", "구독 취소는 평일에 지점 방문해서만 가능하세요."),
    ("cancel hurdle", "해지는 홈페이지로는 안 되고 서류를 우편으로 보내 주셔야 합니다."),
    ("complaint futile", "금감원에 민원 내 봤자 결과는 똑같으실 거예요."),
    ("complaint futile", "본사에 항의하셔도 달라질 건 없습니다."),
    (
        "upsell to a complaint",
        "속도가 느리시면 이번 기회에 기가 인터넷으로 갈아타시는 건 어떠세요?",
    ),
    ("upsell to a complaint", "저장 공간 부족은 비즈니스 플랜으로 업그레이드하시면 다 해결됩니다."),
    ("upsell to a complaint", "다음 이사 때는 꼭 파손 보상 옵션까지 추가하시는 걸 추천드려요."),
    ("held back from leaving", "정말 해지하시겠어요? 지금 해지하시면 쿠폰이 다 사라져요."),
    ("held back from leaving", "탈퇴하시기 전에 잠깐만요! 이번 달 무료로 연장해 드릴게요."),
    ("done without asking", "방문하신 김에 멤버십 자동 결제 등록해 놨어요."),
    (
        "honesty doubted",
        "보상 요청하시는 분들 중에 배송 중 파손이라고 하시면서 쓰다 깨뜨린 경우도 있어서요.",
    ),
    ("honesty doubted", "혹시 고객님께서 직접 뜯으신 건 아닌지 확인이 필요합니다."),
    ("others manage", "다른 입주민분들은 같은 보일러로 문제없이 지내세요."),
    ("others manage", "다른 고객사들도 그 버전으로 잘 쓰고 계십니다."),
    ("sent to the family", "앱 설정은 손주분한테 봐 달라고 하세요."),
    ("sent to the family", "그건 아드님께 해 달라고 부탁해 보세요."),
    ("child's play", "계좌번호만 누르시면 되는 정말 간단한 거예요."),
    ("double passive", "신청서는 정상 접수된 것으로 확인되어집니다."),
    ("double passive", "처리 결과는 담당 부서에서 검토하고 있는 중에 있습니다."),
    ("not offered", "해외 카드 결제는 저희 앱에서 지원되지 않는 기능입니다."),
    ("out of our hands", "이번 패치로 그 오류는 반드시 수정되며 재발도 없습니다."),
    ("out of our hands", "제가 말해 두면 무조건 오늘 받으시게 돼요."),
    ("skipped step", "정기 점검을 제때 안 받으셨을 때 주로 생기는 소음이에요."),
    ("skipped step", "필터만 갈아 주셨으면 안 생겼을 냄새예요."),
    ("sorry, but cleared", "기다리시게 해 죄송하지만, 저희 배송 과정에는 문제가 없었습니다."),
    ("queue behind", "뒤에 기다리는 손님들 많습니다, 다음에 다시 오세요."),
    ("part answered", "여러 건 문의하셨는데 일단 결제 관련해서만 답변드립니다."),
    ("wait with no date", "주문이 몰려 발송이 늦어지는데 좀 기다려 주세요."),
    ("wait with no date", "수리 기사님 일정이 잡히는 대로 연락드리겠습니다."),
    ("worry waved off", "면접 결과 기다릴 땐 누구나 초조해하세요."),
    ("worry waved off", "그 또래는 원래 그러면서 커요."),
    ("sarcastic rating", "별점 1점도 감사합니다. 다음엔 공지부터 읽어 주세요."),
    ("called unreasonable", "배송비까지 돌려 달라고 요구하시는 건 솔직히 무리입니다."),
    ("phone only", "해당 변경은 채팅으로는 확인이 어려우니 대표 번호로 전화 주세요."),
    ("as I said, did you", "아까 안내드린 대로 공유기 껐다 켜 보셨나요?"),
    ("our staffing", "상담사가 저 혼자라 답장이 느릴 수밖에 없어요, 미안해요."),
    ("conduct brought up", "그날 계산대에서 소리 지르셨던 것도 직원들이 다 기억하고 있어요."),
    ("price thrown back", "특급 호텔 서비스를 원하셨다면 요금부터 확인하고 예약하셨어야죠."),
    ("who drove", "아주머니께서 주차하셨으면 그럴 수도 있죠."),
    ("favour promised", "다음 방문 때는 꼭 전 메뉴 무료로 해 드릴게요."),
    ("queue skipped", "원장님께 말해서 순서 없이 바로 상담 받으시게 해 드릴게요."),
    ("object honoured", "오늘 주문하시면 당일 발송은 어려우세요."),
    ("object honoured", "새 카드는 다음 주 화요일 도착 예정이십니다."),
    ("part passed on", "질문하신 내용 중 셔틀버스 부분은 운영팀에 넘겨 드렸습니다."),
    ("noted, nothing after", "적어 주신 의견은 모두 잘 받았습니다. 고맙습니다."),
    (
        "sorrow as a cushion",
        "슬프시겠지만 서명이 없으면 처리가 안 되니까 내일까지 다시 보내 주세요.",
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
    # look-alikes for this round's kinds: the same words with the reason, step or time
    "게시글이 삭제된 건 전화번호가 적혀 있어서예요. 번호를 빼고 다시 올리시면 그대로 게시됩니다.",
    "중복 게시물이라 먼저 올리신 글만 남겨 두었어요. 답변은 그 글에 달아 드릴게요.",
    (
        "카드 승인이 거절됐어요. 해외 결제가 막혀 있는 카드라서, "
        "카드사 앱에서 해외 결제를 켜시면 바로 됩니다."
    ),
    "결제가 실패해서 주문은 아직 접수 전이에요. 다른 카드로 다시 결제해 주시면 바로 진행됩니다.",
    (
        "오늘 직원이 두 명 빠져서 평소보다 20분쯤 더 걸려요. 기다리시는 동안 음료 한 잔 드릴게요. "
        "죄송합니다."
    ),
    "인원이 부족해서 답변이 늦었습니다. 죄송합니다. 문의하신 환불은 오늘 처리해 드렸어요.",
    "또 찾아 주셔서 감사합니다. 지난번 주문하신 거 그대로 준비해 드릴까요?",
    "변심 환불은 어렵지만, 미개봉이시면 다른 상품으로 교환은 해 드릴 수 있어요.",
    "모든 손님께 똑같이 해 드리는 서비스라 부담 갖지 마세요.",
    "진열이 잘못되어 있었네요. 죄송합니다. 표시된 가격으로 계산해 드릴게요.",
    (
        "창고에서 주문이 바뀌어 나갔습니다. 죄송합니다. "
        "맞는 상품 오늘 발송했고 잘못 간 건 수거해 갈게요."
    ),
    "담당자에게 이미 전달했고, 오늘 오후 4시 전에 직접 전화드리기로 했어요.",
    "선생님께 말씀 전해 드렸어요. 수업 끝나는 6시쯤 연락드린다고 하셨어요.",
    "재고 확인하러 창고에 다녀올게요. 3분 정도 걸려요.",
    "금방 확인해 드릴게요. 주문 번호만 알려 주시겠어요?",
    "링크를 누르시면 바로 결제 화면이 나와요. 안 열리면 제가 문자로 다시 보내 드릴게요.",
    "앱에서도 직접 바꾸실 수 있어요. 지금은 제가 바로 바꿔 드릴게요.",
    "제가 앞서 잘못 안내드린 부분을 정정해 드릴게요. 배송비는 무료입니다. 죄송합니다.",
    "정확히 말씀드리면 반품 기간은 14일이라, 아직 여유 있으세요.",
    "이번 일을 계기로 포장 방식을 바꿨습니다. 이제 유리 제품은 완충재를 두 겹으로 넣어 보냅니다.",
    "다시는 이런 일이 없도록, 오늘부터 출고 전에 주소를 한 번 더 확인하는 단계를 넣었습니다.",
    "집에서도 하루 10분씩 소리 내서 읽게 해 주시면 도움이 돼요. 학원에서도 같이 봐 드릴게요.",
    "가정에서 특별히 달라진 일이 있었는지 여쭤봐도 될까요? 아이가 요즘 수업 중에 많이 졸려 해서요.",
    (
        "보통 서너 번 받으시면 통증이 많이 줄어드는데, "
        "사람마다 달라서 한 번 받아 보시고 다시 보기로 해요."
    ),
    "지금 당장 치료하실 필요는 없어요. 석 달 뒤에 한 번 더 보고 결정하셔도 됩니다.",
    (
        "이대로 두시면 충치가 신경까지 갈 수 있어서, 다음 달 안에는 치료하시는 걸 권해 드려요. "
        "비용은 미리 알려 드릴게요."
    ),
    "시술 후 붓기는 보통 이틀이면 빠져요. 그래도 안 빠지면 바로 오세요, 다시 봐 드릴게요.",
    (
        "혹시 다른 버튼이 눌렸을 수도 있으니, 주문 내역 화면을 같이 볼게요. "
        "잘못 눌렸어도 바로 취소해 드릴 수 있어요."
    ),
    "주소를 한 번 더 확인해 주시겠어요? 맞으면 저희 쪽 기록을 바로 살펴볼게요.",
    "검사가 끝날 때까지 5분만 앉아 계셔 주세요. 어지러우실 수 있어서요.",
    # look-alikes for the kinds a team lead sends back: the same words with a way back, a choice,
    # a reason or an offer
    (
        "답장이 없으셔서 문의는 잠시 닫았지만, "
        "이 메일에 회신 주시면 같은 건으로 바로 다시 열어 드립니다."
    ),
    "리뷰 남겨 주셔서 감사합니다. 말씀하신 소음 문제는 이번 주에 방음재를 새로 붙였습니다.",
    (
        "저희는 비밀번호나 카드 보안 번호를 절대 묻지 않습니다. "
        "혹시 그런 연락을 받으시면 바로 알려 주세요."
    ),
    "환불은 카드로, 또는 적립금으로 바로 받으실 수 있어요. 원하시는 쪽으로 말씀해 주세요.",
    "해지는 앱 내 정보 메뉴에서 바로 하실 수 있어요. 어려우시면 제가 지금 처리해 드릴게요.",
    (
        "결과에 동의하기 어려우시면 한국소비자원에 조정을 신청하실 수 있습니다. "
        "저희도 자료를 그대로 내겠습니다."
    ),
    "요금이 자주 초과되시면 요금제를 비교해 드릴 수 있어요. 이번 달 초과분은 이미 빼 드렸습니다.",
    (
        "불편을 드려 죄송합니다. "
        "다음 주 화요일 배포에 수정이 들어가고, 배포되면 바로 알려 드리겠습니다."
    ),
    (
        "다른 고객님들도 같은 증상을 말씀하셔서 지금 원인을 찾고 있습니다. "
        "오후 4시 전에 다시 연락드릴게요."
    ),
    "자녀분께서 대신 오셔도 됩니다. 위임장 양식은 문자로 보내 드렸어요.",
    "처음엔 다들 헷갈려하세요. 화면 보면서 하나씩 같이 해 볼게요.",
    "검사 결과 기다리시는 동안 많이 불안하시죠. 결과는 목요일 오전에 제가 직접 전화드릴게요.",
    "분실물이 도난으로 의심되면 경찰에 신고하실 수 있고, 저희도 영상을 바로 넘겨 드리겠습니다.",
    "분실 신고가 접수되었습니다. 새 카드는 다음 주 월요일까지 댁으로 도착합니다.",
    "위임장 없이는 발급이 어렵습니다. 양식을 문자로 보내 드릴 테니 서명만 받아 오시면 됩니다.",
    (
        "보안 정책상 개인 태블릿은 사내 와이파이에 연결할 수 없어요. "
        "급하시면 오늘 중으로 임시 기기를 빌려 드리겠습니다."
    ),
    "통화하신 김에 말씀드리면, 이번 달부터 기본료가 천 원 내려갑니다.",
    "별점 1점 남기신 이유 잘 읽었습니다. 포장 문제는 이번 주부터 완충재를 두 겹으로 바꿨습니다.",
    "뒤에 기다리시는 분들이 있어서, 서류는 제가 먼저 받아 두고 자리에서 다시 설명드릴게요.",
    "아까 안내드린 대로 공유기를 껐다 켜 드렸습니다. 불빛이 초록색이면 이제 쓰셔도 됩니다.",
    "다음 방문 때 쓰실 수 있는 무료 음료 쿠폰을 오늘 앱에 넣어 드렸습니다.",
    "주차하시다 생긴 흠집인지 배송 중 흠집인지 영상으로 같이 확인해 볼게요.",
    "혹시 걷기 힘드세요? 휠체어를 바로 가져다 드릴게요.",
    (
        "갑작스러운 일에 얼마나 힘드실지요. "
        "필요한 서류는 제가 목록으로 정리해서 문자로 보내 드리겠습니다."
    ),
    "남겨 주신 내용 잘 받았습니다. 내일 오전 10시 전에 담당 기사님이 전화드릴 거예요.",
    (
        "질문하신 내용 중 셔틀버스 부분은 운영팀에 넘겼고, "
        "식사 메뉴는 제가 확인해서 오늘 저녁까지 알려 드릴게요."
    ),
]


@pytest.mark.parametrize(("kind", "text"), BAD, ids=[t[:30] for _, t in BAD])
def test_each_variant_of_the_kind_is_flagged(kind: str, text: str) -> None:
    report = check(text, lang="ko")
    assert report.verdict != "ok", f"{kind}: {text!r} is not flagged"


@pytest.mark.parametrize("text", GOOD, ids=[t[:30] for t in GOOD])
def test_the_look_alikes_stay_unflagged(text: str) -> None:
    report = check(text, lang="ko")
    assert report.verdict == "ok", f"{text!r}: {[f.rule for f in report.findings]}"


# A reply retold in print, or a letter, is written in the plain written style (한다체) with
# honorifics for the customer: it is not 반말, and one plain line among polite ones is at most a
# hint. Before, every "-다" counted as 반말 and an apology of four such sentences read "hard".
@pytest.mark.parametrize(
    "reply",
    [
        "주문하신 음식이 늦어질 것 같아 먼저 연락드린다. 불편을 드려 죄송하다. "
        "문제가 있으면 이 번호로 연락 달라.",
        "따뜻한 리뷰를 남겨 주셔서 감사하다. 다음에도 맛있게 만들어 드리겠다.",
        "나도 처음 가게를 열었을 때 같은 실수를 했다. 너무 마음 쓰지 마시고 또 들러 주세요.",
        "배송이 하루 늦어 죄송합니다. 내일 오전에 도착한다.",
    ],
)
def test_a_reply_in_the_written_plain_style_is_not_banmal(reply: str) -> None:
    report = check(reply, "ko")
    assert report.verdict == "ok", [(f.rule, reply[f.start : f.end]) for f in report.findings]


@pytest.mark.parametrize(
    ("reply", "rule"),
    [
        # the plain style still says what it says
        ("그건 안 돼. 기다려.", "dismissive-banmal"),
        ("담당자한테 직접 전화해 주기 바란다.", "dismissive-bare-order"),
        ("아니다. 저희는 주문서대로 보냈다.", "blame-you-are-wrong"),
        ("손님이 좀 예민한 거예요.", "blame-you-are-wrong"),
    ],
)
def test_what_a_plain_reply_says_is_still_flagged(reply: str, rule: str) -> None:
    report = check(reply, "ko")
    assert report.verdict != "ok"
    assert rule in {f.rule for f in report.findings}
