"""Korean: the rule pack, the reframe word lists and the phrasebook, on sentences of our own."""

from __future__ import annotations

import pytest

from companion.core.checker import check, load_pack
from companion.core.checker.model import CATEGORIES
from companion.core.phrasebook import CATEGORY_IDS, load_phrasebook
from companion.core.reframe import Dimension, detect


def _categories(text: str) -> set[str]:
    return {f.category for f in check(text, "ko").findings}


def test_the_pack_loads_and_covers_every_category() -> None:
    pack = load_pack("ko")
    assert pack.lang == "ko"
    assert {r.category for r in pack.rules} == set(CATEGORIES)
    # readability is counted in characters, never with the English reading-ease formula
    assert not pack.words_by_space
    assert all(r.min_reading_ease is None for r in pack.rules)


@pytest.mark.parametrize(
    ("category", "reply"),
    [
        ("refusal", "안 됩니다."),
        ("refusal", "요청하신 교환은 반려되었습니다."),
        ("blame", "주문하실 때 옵션을 잘못 선택하셨습니다."),
        ("blame", "고객님께서 날짜를 착각하신 것 같습니다."),
        ("cant-without-can", "포장을 뜯은 상품은 반품할 수 없습니다."),
        ("absolute", "이 충전기는 절대 고장 나지 않습니다."),
        ("policy-without-why", "회사 규정상 현금 환불은 어렵습니다."),
        ("jargon", "결제 금액은 익일 취소됩니다."),
        ("shouting", "벌써 세 번이나 보내 드렸어요!!!"),
        ("dismissive", "그건 안 돼."),
        ("dismissive", "아까 말씀드렸잖아요."),
        ("dismissive", "일단 진정하세요."),
        ("insult", "말귀를 못 알아들으시네요."),
        ("insult", "계속 이러시면 법적 조치를 취하겠습니다."),
        # 'can't' over every ending of the verb, read through the analyser
        ("cant-without-can", "환불은 안되요."),
        ("cant-without-can", "그 색상은 지금 못 구해 드려요."),
        ("cant-without-can", "주말에는 방문 접수를 해 드릴 수가 없거든요."),
        # 반말 by the sentence's last ending, whatever the verb
        ("dismissive", "그건 우리가 정한 거 아니거든."),
        ("dismissive", "이제 속이 후련하냐"),
        ("dismissive", "이미 다 설명했다."),
        # impatient -라고요 / -다니까요, and a question that is not one
        ("dismissive", "영수증을 먼저 찍어서 보내 주시라고요."),
        ("dismissive", "어제 보내 드렸다니까요."),
        ("dismissive", "저희가 배송을 어떻게 막습니까."),
        ("dismissive", "그럼 뭐 하러 주문하셨어요?"),
        ("dismissive", "네 ㅈㅅ"),
        ("dismissive", "저는 모르겠네요."),
        # staff shorthand, slang, and honouring the goods
        ("jargon", "교환은 SM께 여쭤보셔야 해요."),
        ("jargon", "이번 시즌 컬러가 진짜 죽이죠?"),
        ("jargon", "죄송하지만 그 색상은 재고가 없으세요."),
        # swearing written with X
        ("insult", "진짜 X신 같은 소리 하시네요."),
    ],
)
def test_bad_replies_are_flagged_by_kind(category: str, reply: str) -> None:
    assert category in _categories(reply), reply


QUIET_LINES = [
    # a phone close with thanks and a wish for the day
    "통화 감사합니다. 그럼 이만 끊겠습니다. 즐거운 하루 되세요.",
    # a can't followed by the step to take, or by how long until it works again
    "이 상품은 장바구니에 담아 구입하실 수 없습니다. 전화로 문의해 주십시오.",
    "접근 권한이 없어 글을 읽을 수 없습니다. 궁금하신 점은 관리자에게 문의 바랍니다.",
    "로그인 시도가 많아 10분 동안 로그인할 수 없습니다.",
    # doubled warmth with thanks is no overdone apology
    "정말 정말 감사합니다!",
    "고객님 덕분에 진짜 진짜 힘이 났어요.",
    # an enquiry received, with the usual promise of an answer
    "문의 남겨 주셔서 감사합니다. 가까운 시일 안에 답변 드릴게요.",
    "상담 신청이 접수되었습니다. 빠른 시일 내에 담당자가 연락드리겠습니다.",
    # an everyday answer, where a thing is, and the way there
    "네, 지금은 괜찮아요. 편하실 때 오세요.",
    "원래 정문 옆에 주차장이 있어요. 자리가 없으면 뒤편 공영주차장도 쓰실 수 있습니다.",
    "잃어버리신 우산은 1층 안내센터로 가시면 됩니다.",
    "출구는 계단 내려가서 왼쪽으로 나가시면 됩니다.",
    # a notice that leads with what the customer can do and names the fee that may follow
    (
        "출발 사흘 전까지는 앱에서 바로 취소하실 수 있습니다. 그 이후에는 여행 약관에 따라 "
        "취소 수수료가 부과될 수 있습니다."
    ),
    "접수하신 세탁물은 3층 카운터에 있어요. 번호표만 보여 주시면 됩니다.",
    "불편을 드려 정말 죄송합니다.",
    "기다려 주셔서 감사합니다.",
    "문의해 주셔서 고맙습니다.",
    "걱정하지 않으셔도 됩니다.",
    "고객님 잘못이 아닙니다.",
    "번거로우시겠지만 주문번호를 한 번만 알려 주시겠어요?",
    "실례지만 성함이 어떻게 되세요?",
    "죄송하지만 그 색상은 품절입니다. 대신 비슷한 베이지 색상은 오늘 바로 보내 드릴 수 있습니다.",
    "주문하신 상품은 오늘 출고되어 내일 도착할 예정입니다. 도착하면 문자로 알려 드립니다.",
    "욕설이 계속되면 상담을 이어 가기 어렵습니다. 진정되신 뒤 다시 연락 주시면 도와드리겠습니다.",
    # the customer's quoted words are theirs: their threat and "!!!" are not the agent's
    "> 이거 완전 최악이네요. 환불 안 되면 고소할 거예요!!!\n\n"
    "많이 답답하셨죠. 환불은 오늘 바로 처리해 드렸고, 3영업일 안에 카드로 들어갑니다.",
    # a calm boundary about abuse is not a refusal of the request (P4.5)
    "고객님, 욕설은 삼가 주세요. 계속하시면 저와 상담을 이어 가기 어렵습니다.",
    # asking permission, and a refusal with its reason inside an apology
    "오늘 오후까지 보내 드리면 안 될까요?",
    # checking what the customer said is not impatience
    "내일 도착한다고요? 제가 바로 확인해 보겠습니다.",
    "혹시 어떤 카드로 결제하셨는지 알려 주시겠어요?",
    "고객님께서 찾으시는 사이즈가 있으세요?",
    # The kind replies next to them: a decision passed on with what will be done, a time, an
    # apology for the wait, greetings and kind orders, a drink that is ready, "고소한 맛".
    "제가 결정할 수는 없지만, 오늘 팀장님께 바로 여쭤보고 연락드리겠습니다.",
    "확인해서 내일 오전 10시까지 답변 드리겠습니다.",
    "아마 많이 답답하셨을 거예요. 지금 바로 확인해 드릴게요.",
    "사용하시는 데 지장은 없지만 마음에 걸리시면 새 제품으로 바꿔 드릴게요.",
    "주문이 몰려 답변이 늦었습니다. 기다려 주셔서 감사합니다.",
    "어서 오세요. 편하게 둘러보세요.",
    "맛있게 드세요!",
    "주문하신 커피 나왔습니다.",
    "무엇을 드시겠어요?",
    "양이 적게 느껴지셨다니 아쉽습니다. 다음엔 더 넉넉히 담아 드릴게요.",
    "리뷰 감사합니다! 고소한 맛을 좋아해 주셔서 기뻐요.",
    "네, 확인했습니다. 오늘 발송해 드릴게요.",
    "고객님 같은 분들 덕분에 힘이 납니다. 감사합니다.",
    "잠시만 기다려 주세요.",
    "이미 아시겠지만, 주말에는 배송이 하루 늦어질 수 있어요.",
    "제 담당은 아니지만 담당자에게 바로 연결해 드리겠습니다.",
    # owning the fix or the fault is acknowledgement enough; a recording checked is not a threat
    "확인해 보니 배송이 하루 늦어지고 있어요. "
    "제가 택배사에 직접 확인해서 오늘 안에 다시 알려 드릴게요.",
    "보내 주신 사진 잘 받았습니다. 확인해 보니 제품 불량이 맞습니다. "
    "새 제품으로 교환해 드리겠습니다.",
    "통화 녹음을 확인해서 어떤 안내가 나갔는지 살펴보겠습니다.",
    "냉면이 예전 맛과 다르다니 죄송합니다. 육수를 다시 점검하겠습니다.",
    # not knowing, asked back politely; a rule with what will be tried; thanks for the stars
    "무슨 말씀인지 잘 모르겠어요. 혹시 화면 사진을 보내 주실 수 있을까요?",
    "원칙대로라면 어렵지만, 이번에는 제가 팀장님께 예외를 요청해 보겠습니다.",
    "별점 다섯 개 감사합니다! 다음에도 맛있게 준비할게요.",
    # "잘 못 들었어요" is the agent's own miss; a system down with a time is news, not an excuse
    "제가 잘 못 들었어요. 다시 말씀해 주시겠어요?",
    "시스템 점검 때문에 지금은 조회가 안 됩니다. 오후 2시 이후에 제가 먼저 연락드릴게요.",
    # the same situations, each with what happens next
    "오늘 업무는 6시에 마감돼서, 내일 오전 9시에 가장 먼저 처리해 드리겠습니다.",
    "말씀하신 현상은 정상 동작이지만, 헷갈리실 수 있어서 설정 방법을 알려 드릴게요.",
    "출고는 주문 순서대로 진행되고 있어요. 고객님 주문은 내일 나갈 예정입니다.",
    "잘 다녀오세요.",
    # the polite "-세요" a guide gives as the right way, and news with its date
    "이쪽에 앉으세요.",
    "해당 상품은 현재 재고가 없어 죄송합니다. 입고 예정일은 다음 주 월요일입니다.",
    "환불은 원칙적으로 7일 이내에 가능하지만, "
    "제품 하자가 있는 경우에는 기간과 관계없이 도와드립니다.",
    # the same desks, each with what can be done
    "체크인은 3시부터지만, 짐은 먼저 맡아 드릴 수 있어요.",
    "리뷰 보고 웃음이 났어요. 이렇게 재미있게 써 주셔서 감사합니다!",
    "처음 받아 보는 문의라 정확히 확인하고 싶어요. 오늘 중으로 답변 드릴게요.",
    # a make-good already sent, and a fault that may happen is advice, not a complaint
    "항공편이 2시간 지연되었습니다. 기다리시는 동안 쓰실 식사 쿠폰을 보내 드렸습니다. "
    "탑승 시간은 다시 문자로 알려 드리겠습니다.",
    "이 제품은 방수가 되지 않아 물에 닿으면 고장이 날 수 있어요. "
    "가까운 서비스센터 주소를 보내 드릴게요.",
    # Beside them, the replies those rules must leave alone: a statement written in the plain
    # style of the press, warm praise to a student, a real apology that owns the fault, a
    # counter's kind question, reassurance that answers the worry, a delay explained with what
    # to do if it runs late.
    "모든 책임은 저희에게 있으며 피해를 입으신 분들께 깊이 사과드린다.",
    "수능 보느라 정말 고생했다. 다음에 오면 음료 하나 서비스할게요!",
    "직원 한 명의 실수였지만 교육을 제대로 못 한 저희 책임입니다. "
    "오늘 바로 새로 보내 드리겠습니다.",
    "혹시 예약하고 오셨을까요? 성함을 말씀해 주시면 바로 확인해 드릴게요.",
    "영수증이 없어도 괜찮습니다. 주문하신 전화번호만 알려 주시면 바로 찾아 드릴게요.",
    "환불은 카드사에 따라 3~5영업일이 걸립니다. 늦어지면 언제든 말씀해 주세요.",
    "어르신들도 쉽게 쓰시도록 글씨 크기를 키울 수 있어요. 방법을 전화로 알려 드릴게요.",
    "서비스로 드린 쿠키는 돌려주지 않으셔도 됩니다. 맛있게 드세요!",
    "사실관계를 확인해서 오늘 오후까지 다시 연락드리겠습니다.",
    "면접 잘 보세요! 좋은 소식 기다릴게요.",
    "민원인께서 폭언을 계속하시면 통화가 종료될 수 있음을 안내드립니다.",
    "어머님, 아이가 점심을 거의 못 먹어서 먼저 연락드렸어요.",
    "원인이 밝혀질 때까지 판매를 중단하고, 구매하신 분께 전액 환불을 약속한다.",
    "오늘은 예약이 다 찼어요. 내일 오후 2시는 비어 있는데 잡아 드릴까요?",
    "이 동네 분들이 늘 반갑게 찾아 주셔서 감사합니다.",
    "끊지 마시고 잠시만 기다려 주시면 담당 부서로 바로 연결해 드릴게요.",
    "알바생 개인의 실수라고 넘기지 않겠습니다. 책임은 전적으로 저에게 있습니다.",
    "증거 같은 건 없어도 괜찮아요. 말씀만으로 바로 접수해 드릴게요.",
    "분실물은 안내데스크에서 한 달 동안 보관합니다. 물건 모양을 알려 주시면 찾아 드릴게요.",
    "신입 상담원 교육 자료: 화난 고객에게 “진정하세요”라고 하지 말고 불편부터 인정하세요.",
    # notices, booking texts and refusals that carry their way forward in another form
    "[OO피부과] 이번 주 금요일 오후 4시 시술 예약 안내드립니다. 변경은 이 번호로 회신 주세요.",
    (
        "서버 점검으로 일요일 새벽 3시부터 5시까지 로그인이 안 됩니다. 점검 중에는 예약이 되지 "
        "않으니 미리 해 주세요."
    ),
    "[OO수영장] 이번 주 수요일은 수질 검사로 저녁 7시에 문을 닫습니다. 이용에 참고해 주세요.",
    (
        "그날은 이미 예약이 다 차서 잡아 드리기 어렵습니다. 다음 날 오후는 가능한데, 어느 쪽이 "
        "편하실까요?"
    ),
    (
        "마감 시간이 지나 오늘은 포장 주문이 어렵습니다. 내일 오전 11시부터 가능하고, 원하시면 "
        "배달로 보내 드릴 수도 있어요."
    ),
    (
        "사용 기간이 지난 상품권은 연장이 안 됩니다. 같은 금액의 새 상품권을 발급해 드렸으니 다음 "
        "달까지 써 주세요."
    ),
    (
        "기상 악화로 결항된 건 저희도 어쩔 수 없었지만, 오래 기다리시게 해서 정말 죄송합니다. "
        "내일 첫 배편과 근처 숙소를 잡아 두었습니다."
    ),
    (
        "원목 식탁은 계절에 따라 가는 틈이 생길 수 있습니다. 그래도 쓰시기 불편할 정도라면 "
        "불량으로 보고 교환해 드릴 테니 사진 한 장만 보내 주세요."
    ),
    (
        "환불은 약관상 들어드리기 어렵지만, 쓰시면서 답답하셨던 점은 충분히 이해합니다. 남은 석 "
        "달 동안 요금을 한 단계 낮춰 드리는 건 어떠세요?"
    ),
    # the customer's own time, a result that comes when it comes, a boarding call, coaching,
    # advice in a guide, a house rule for every member, the cause told with the fix
    "바쁘시면 시간 되실 때 천천히 들러 주세요.",
    "조직 검사 결과가 나오는 대로 보호자분께 연락드리겠습니다.",
    "잠시 후 곧 탑승이 시작될 예정이니 게이트 앞에서 기다려 주세요.",
    "처음 한두 주는 허벅지가 당길 수 있어요. 운동하시다 보면 몸이 금방 적응해요.",
    "이사 업체를 고르실 때는 견적서 항목을 직접 꼼꼼히 확인해 보셔야 합니다.",
    "다른 회원님들을 위해 기본 매너를 지켜 주시면 감사하겠습니다.",
    "이 가격이면 더 좋은 품질을 기대하셨을 텐데 실망하게 해 드려 정말 죄송합니다.",
    "타이어 공기압이 낮아서 경고등이 들어온 겁니다. 지금 바로 채워 드릴게요.",
    "증명서 발급은 1층 학생지원센터로 가세요. 제가 미리 연락해 둘게요.",
    "여행 일정이 확정됐습니다.\n자세한 일정표는 홈페이지 공지사항을 확인해 주세요.",
    "저희 이 동네에서만 15년 장사한 집이잖아요. 마음에 드실 때까지 다시 해 드릴게요.",
    "창가 덮개 내려 주세요. 곧 이륙합니다.",
    "수리비는 사진만으로는 정확하지 않아서, 오늘 오후에 직접 보고 3시까지 견적을 드리겠습니다.",
    # a short stem read inside a longer word: 희망합니다 is not 망합니다, 제안됩니다 is not
    # 안 됩니다, 휴일 and 그저 are not 일 and 저, 시장 is not 장, and 2개 새로 is no swearing
    "참가해 주셔서 감사합니다. 내년 행사에서도 다시 뵙기를 희망합니다!",
    "데이터를 많이 쓰시는 분께는 앱에서 무제한 요금제가 자동으로 제안됩니다.",
    "설 연휴에는 택배사 휴일이 많아서 평소보다 이틀 늦게 도착합니다. 양해 부탁드려요.",
    "올 한 해는 그저 정신없이 지나갔네요. 늘 찾아 주셔서 감사합니다.",
    "사장님, 요즘 시장이 안 좋으셔서 걱정 많으시죠? 이번 달 광고비는 절반만 받겠습니다.",
    "깨진 컵 2개새로 보내드렸어요. 불편 드려 죄송합니다.",
    # 귀하 in a signed letter is the polite "you" of business mail
    (
        "안녕하세요!\n\n귀하의 원고가 이번 호에 실리지 못하게 되었음을 "
        "알려 드리게 되어 아쉽습니다. 좋은 원고가 정말 많았습니다. "
        "다음 호에도 꼭 투고해 주시기를 바랍니다.\n\nOO문학회 편집부 드림"
    ),
    # "soon" asked of the customer is a request, not our vague promise; a review under way with
    # what the customer can send meanwhile is a status
    "이번 달 관리비가 아직 납부되지 않았습니다. 가까운 시일 안에 납부해 주시기 바랍니다.",
    (
        "신고하신 게시물은 운영팀에서 검토 중입니다. "
        "참고할 만한 화면이 있으시면 이 메일에 첨부해 주세요."
    ),
    # a can't followed by the way to take instead, or by whom to ask if it goes on
    (
        "입력하신 카드로는 결제를 진행할 수 없습니다. "
        "다른 카드를 선택하시거나 잠시 후 다시 시도해 주세요."
    ),
    (
        "이 아이디는 이미 사용 중이라 등록할 수 없습니다. 다른 아이디를 입력해 주세요. "
        "그래도 안 되면 고객센터로 문의해 주세요."
    ),
    # notices whose guidance is in them: what happens if no one acts in time, no action needed
    # if it was not you, until when a change waits; goods that are out, told as a fact
    (
        "결제 후 정해진 기간 안에 판매자가 주문을 확인하지 않으면 주문은 자동으로 취소되고 "
        "결제 금액은 청구되지 않습니다."
    ),
    "인증 메일의 링크는 곧 만료됩니다. 직접 요청하신 게 아니라면 따로 하실 일은 없습니다.",
    (
        "주소 변경 요청이 아직 처리 중입니다. "
        "이 요청이 처리될 때까지는 다른 정보 수정이 불가할 수 있습니다."
    ),
    (
        "아쉽게도 주문하신 상품 가운데 일부는 현재 주문 가능하지 않습니다. "
        "처음 주문하신 수량은 아래와 같습니다."
    ),
    # the fear named first, then the must with its reason and the help that comes with it
    "많이 무서우실 수 있어요. 그래도 염증을 막으려면 맞으셔야 해서, 최대한 살살 놔 드릴게요.",
    "그래도 계속 안 되시면 앱을 지웠다가 다시 설치하셔야 해요.",
    # praise of the child or the pet in front of the family, in the plain style
    "강아지가 눈이 초롱초롱하네. 털도 윤기가 나고 참 순하게 생겼다.",
    "저희는 동네 의원이라 진단서 발급에 하루가 걸려요. 내일 오전까지 준비해 두겠습니다.",
    # the fault owned whole, a try offered together, a busy day owned with the next step
    "모두 저희 잘못입니다. 고객님 탓이 아니니 마음 쓰지 마세요.",
    (
        "저희 직원 말투가 불쾌하셨을 것 같아요. "
        "의도와 상관없이 제 잘못이고, 오늘 안에 다시 연락드리겠습니다."
    ),
    "한번 같이 해 보죠. 화면 아래 설정 버튼을 눌러 주세요.",
    "오늘 주문이 몰려 정신이 없었지만, 고객님 건은 제가 지금 바로 보내 드리겠습니다.",
    "XX지점 담당자가 내일 오전에 연락드립니다.",
    "문의하실 게 많으셔도 괜찮아요. 하나씩 차근차근 확인해 드릴게요.",
    # near misses of the English kinds: the same situation said the way a trainer would praise
    "택배 기사님이 물건을 다른 집에 두고 가셨다고 해서, 제가 바로 회수 요청을 넣었습니다.",
    "사진을 올려 주시면 제가 바로 확인해 드릴게요.",
    "주문하신 색상이 검은색 맞으실까요? 확인되면 바로 출고하겠습니다.",
    "무료 교환 기간은 끝났지만, 제품 문제라서 이번에는 무상으로 바꿔 드릴게요.",
    "공지가 늦게 전달되어 혼란을 드려 죄송합니다. 바뀐 내용을 지금 정리해 드릴게요.",
    "바쁘신 중에 사진까지 보내 주셔서 감사합니다. 덕분에 바로 원인을 찾았어요.",
    "걱정되셨죠. 결제는 한 번만 된 것으로 확인했습니다.",
    "내일 오전 중에 도착하고, 출발하면 문자로 알려 드립니다.",
    "해당 문의는 업무 시간 안에 신속히 확인해 드리겠습니다.",
    "회원님의 비밀번호가 변경되었음을 알려 드립니다. 직접 바꾸지 않으셨다면 바로 알려 주세요.",
    "가입 신청을 아직 마치지 않으셨습니다. 아래 버튼을 누르면 이어서 하실 수 있어요.",
    "비밀번호는 영문과 숫자를 섞어 10자 이상이어야 합니다.",
    "앱에 들어가시려면 먼저 본인 인증을 해야 합니다.",
    "말투가 거칠어지시면 통화를 이어 가기 어려워요. 조금 뒤에 다시 이야기 나눠요.",
    "이렇게 꼼꼼히 알려 주시는 분은 처음이에요. 덕분에 바로 고쳤습니다.",
    "이 셔츠는 큰 사이즈가 없습니다.",
    # a device going off is no insult; an echo of the customer's news is no sigh
    "노트북이 충전 중에 꺼져서 많이 놀라셨죠. 내일 오전에 기사님이 방문해 점검해 드립니다.",
    "지난주에 세 번이나 못 나오셨다고요. 남은 횟수는 다음 달로 옮겨 두었어요.",
    # care for the customer, or how we tried to reach them, is no reproach and no "as I said"
    "다음에는 아프신데 참지 마시고 바로 연락 주세요.",
    "몇 번 전화드렸는데 통화가 안 돼서 문자로 남겨요. 택배는 경비실에 맡겨 두었습니다.",
    "점검 시간이라 결제가 안 됐어요. 불편을 드려 죄송합니다. 10분 뒤에 다시 시도해 주세요.",
    # the rewrite each of those pairs teaches
    "주문하신 도시락은 아직 출발하지 않았어요. 30분 안에 출발할 예정입니다.",
    "재발급 신청서는 2층 민원실에서 받으실 수 있어요.",
    "담당 선생님은 3층 상담실에 계세요.",
    "남은 차액은 모레 통장으로 들어갑니다.",
    "영수증 같이 넣어 드릴까요?",
    "카드 결제가 중간에 끊겼네요. 한 번만 다시 꽂아 주시겠어요?",
    "천천히 말씀하셔도 괜찮아요. 다 듣고 정리해 드릴게요.",
    "실례지만 어느 분이신지 여쭤봐도 될까요?",
    "더 궁금하신 점 없으시면 통화 마치겠습니다. 좋은 하루 보내세요.",
    "과장님이 지금 회의 중이세요. 연락처 남겨 주시면 끝나는 대로 전화드리라고 전하겠습니다.",
    "지금은 점심시간이라 창구 하나만 열려 있어요. 옆 창구에서 먼저 도와 드릴게요.",
    "그 업무는 4번 창구에서 도와드려요. 제가 먼저 말씀해 둘게요.",
    "다음 입고 날짜가 아직 정해지지 않았어요. 들어오는 날 바로 알려 드릴게요.",
    "더 도와 드릴 게 없을까요?",
    "다 드시고 나서 배가 아프셨다니 걱정되네요. 가게로 연락 주시면 바로 확인해 보겠습니다.",
    "주문이 몰려서 출고가 이틀 늦어집니다. 기다리시게 해서 죄송합니다.",
    "양식이 지난달에 바뀌어서 새 양식으로 다시 써 주셔야 해요.",
    "주소에 호수가 빠져 있어서 배송이 늦어졌어요. 주소 알려 주시면 오늘 다시 보내 드릴게요.",
    "분실 신고는 카드분실센터에서 24시간 받고 있어요. 지금 바로 연결해 드릴게요.",
    "이 젤라또는 피스타치오 맛이에요.",
    "무슨 맛이세요?",
    "찜질방은 밤 열 시까지 들어가실 수 있어요.",
    "기사님이 주차장 입구에서 기다리고 계세요.",
    "손님이 직접 고르신 색상으로 오늘 보내 드렸어요.",
    "서버 오류는 개발팀에서 보고 있어요. 복구되면 보상 내용과 함께 알려 드릴게요.",
    "그 서류는 1층 민원실에서 떼실 수 있어요. 엘리베이터에서 내리시면 바로 왼쪽입니다.",
    "잠깐 기다려 주시겠어요? 바로 확인해 드릴게요.",
    # hurrying ourselves, the price promised to be worth it, not knowing with a time to answer,
    # a possible delay announced with a promise to warn
    "최대한 빨리, 오늘 안에 보내 드릴게요.",
    "이 가격에 충분히 만족하실 수 있도록 더 노력하겠습니다.",
    "양이 적다고 하시는데, 다음엔 넉넉히 담아 드릴게요.",
    "아, 그 부분은 제가 잘 몰랐네요. 확인하고 5분 안에 다시 알려 드릴게요.",
    "주문이 많아 배송이 하루 늦어질 수 있어요. 늦어지면 미리 문자 드릴게요.",
    "포장을 뜯으셔서 교환은 어렵지만, 초기 불량이면 바로 새 걸로 드릴게요.",
    "할인은 없지만, 멤버십 포인트는 5% 적립해 드릴게요.",
    "문의 주셔서 감사합니다. 접수 순서대로 오늘 안에 답변드릴게요.",
    "담당자가 지금 외근 중이라, 돌아오는 대로 오후 네 시 전에 전화드리게 하겠습니다.",
    "지금 요금제는 이번 할인 대상이 아니지만, 비슷한 혜택이 있는 요금제를 안내해 드릴게요.",
    # a teacher writing to a pupil's parent about classes and homework calls them 어머님 / 아버님
    "어머님, 안녕하세요. 민준이가 오늘 수업 중에 조금 어지럽다고 해서 보건실에서 쉬게 했습니다.",
    "아버님, 다음 주 월요일은 학원 휴강일이라 보강 수업을 수요일 오후 5시에 진행합니다.",
    "어머님, 지우가 요즘 숙제를 조금 어려워하는 것 같아 연락드렸어요.",
    "어머님, 내일 현장 체험학습이 있어 도시락과 물을 챙겨 보내 주세요.",
    # a public notice in the written plain style (한다체) is no 반말
    "시스템 점검으로 12월 5일 오전 2시부터 4시까지 서비스가 중단된다.",
    "점검 시간에는 결제와 로그인이 되지 않으니 이용에 참고하기 바란다.",
    "신청서는 12월 10일까지 주민센터에 제출한다. "
    "기한 내 제출이 어려운 경우 담당자에게 미리 연락한다.",
    "문의 사항은 민원실(02-123-4567)로 한다.",
    "동절기에는 운영 시간이 오후 6시까지로 단축된다. 이용에 착오 없기 바란다.",
    # a refusal whose way on is advice on what works best
    "여권 발급은 사진 규격 때문에 반려되는 경우가 많습니다. 흰 배경에 귀가 보이는 사진이어야 하니, "
    "가까운 사진관에서 여권용으로 찍어 오시면 가장 확실합니다.",
    # a rule with the law behind it named as its reason
    "환불 규정상 수강 시작 후 절반이 지나면 환불이 되지 않습니다. 학원법에 정해진 기준이라 "
    "저희가 임의로 바꿀 수 없는 점 양해 부탁드립니다. 대신 다음 달 수강으로 이월은 가능합니다.",
    # 민원 at a public office is any citizen's request; its result told is no grievance ignored
    "민원 처리 결과를 다음과 같이 알려 드립니다. 신청하신 보도블록 교체 공사는 12월 15일에 "
    "시작될 예정입니다.",
    # a delay the customer might cause, told ahead, is nothing gone wrong
    "렌터카 반납이 늦어지실 경우 1시간마다 추가 요금이 붙습니다. "
    "미리 전화 주시면 연장 처리해 드릴게요.",
    # doubled '!' after thanks is delight, not a raised voice
    "정말 감사합니다!! 덕분에 힘내서 더 열심히 할게요!",
]


@pytest.mark.parametrize("reply", QUIET_LINES)
def test_good_replies_are_left_alone(reply: str) -> None:
    report = check(reply, "ko")
    assert report.verdict == "ok", [(f.rule, reply[f.start : f.end]) for f in report.findings]


FLAGGED_LINES = [
    ("cant-without-can", "이 상품은 장바구니에 담아 구입하실 수 없습니다."),
    ("dismissive", "정말 정말 죄송합니다."),
    # Kinds of cold reply that a Korean support trainer warns about, each in words of our own that
    # no rule example uses: the pack must know the kind, not the sentence.
    # passing the buck
    ("dismissive", "저도 위에서 시킨 대로 하는 거라서요."),
    ("dismissive", "그건 저희 팀 담당이 아닙니다."),
    # one-word reply
    ("dismissive", "넵"),
    ("dismissive", "재고 없어요."),
    # a wait with no time
    ("dismissive", "처리는 시간이 꽤 걸려요."),
    ("dismissive", "나중에 다시 연락드리겠습니다."),
    # a guess
    ("dismissive", "아마 다음 주쯤이면 되지 않을까 싶어요."),
    ("dismissive", "글쎄요, 그건 해 봐야 알겠는데요."),
    # talking down
    ("dismissive", "화면을 똑바로 보세요."),
    ("dismissive", "이런 건 기본이라 다 아시죠?"),
    # making light of it
    ("dismissive", "그 정도 얼룩은 쓰시는 데 지장 없어요."),
    ("dismissive", "하루 늦은 걸 가지고 너무 그러시네요."),
    # our own excuses
    ("dismissive", "저희도 일손이 모자라서요."),
    ("dismissive", "제가 여기 온 지 얼마 안 돼서요."),
    # leaving it to the customer
    ("dismissive", "반품을 하시든 말든 그건 고객님 자유예요."),
    ("dismissive", "마음대로 하시든지요."),
    # shutting the door
    ("dismissive", "저는 할 말 다 했습니다."),
    ("dismissive", "그럼 이만 끊을게요."),
    # sarcasm
    ("dismissive", "네네, 고객님이 다 맞으시겠죠."),
    ("dismissive", "어련하시겠어요."),
    # a sighing question
    ("dismissive", "예? 또 뭐가 문제인데요?"),
    ("dismissive", "휴... 다시 말씀해 보세요."),
    # a bare order
    ("dismissive", "빨리 서명하세요."),
    ("dismissive", "번호표부터 뽑으세요."),
    # arguing with a review
    ("blame", "다른 손님들은 다 맛있게 드시고 가세요."),
    ("blame", "저희는 정량대로 담아 드렸습니다."),
    # service speech
    ("jargon", "이쪽으로 오실게요."),
    ("jargon", "카드 결제 도와 드릴게요."),
    # a casual question
    ("dismissive", "어떤 거 하실래요?"),
    # blame by the customer's action
    ("blame", "충전하다가 떨어뜨리셔서 생긴 고장입니다."),
    # a threat
    ("insult", "한 번만 더 이러시면 출입 금지입니다."),
    # passing the customer on
    ("dismissive", "그건 제조사 서비스센터에 직접 문의하세요."),
    # honouring the goods
    ("jargon", "주문하신 케이크 포장되셨습니다."),
    # a non-apology
    ("dismissive", "제 말투가 거슬리셨다면 죄송합니다."),
    # impatience
    ("dismissive", "영수증이 있어야 한다구요."),
    # arguing back
    ("blame", "그건 아니죠, 제 말이 맞아요."),
    # a no over a serving verb
    ("cant-without-can", "저희는 현금 안 받아요."),
    # inside longer chat, phone, e-mail and review replies
    ("blame", "저희 직원은 손님께 반말한 적이 한 번도 없습니다."),  # a denial
    ("blame", "매장 CCTV 영상도 전부 남아 있습니다."),  # evidence held up to a reviewer
    ("blame", "이 집 냉면은 원래 이 맛이에요."),  # evidence held up to a reviewer
    # blaming customers for our trouble
    ("blame", "고객님 같은 분들 때문에 다른 손님들이 피해를 봅니다."),
    ("dismissive", "사진을 보내 주셔야 처리가 되죠."),  # impatience
    ("dismissive", "이미 공지된 내용이라서요."),  # as already announced
    ("dismissive", "이러시니 솔직히 억울하네요."),  # our own hurt
    ("dismissive", "미리 예약하시지 그러셨어요."),  # hindsight as sarcasm
    ("blame", "당일에 말씀하시면 어떡해요."),  # hindsight as blame
    ("dismissive", "싫으면 안 오시면 돼요."),  # leaving it to the customer
    # calling the customer 이모, asking for the review to change, reproach, "not my affair"
    ("dismissive", "이모, 이것도 같이 드릴까요?"),
    ("dismissive", "평점을 다시 고쳐 주셨으면 합니다."),
    ("dismissive", "한 번 실수 가지고 너무하십니다."),
    ("dismissive", "그 주문은 저는 모르는 일이에요."),
    # the system as the excuse, "can't" over any verb, a threat, a one-word reply, making light
    ("dismissive", "프로그램이 원래 그렇게 설정돼 있어서요."),
    ("cant-without-can", "주말에는 저희가 못 가요."),
    ("cant-without-can", "교환 불가 품목이에요."),
    ("insult", "자꾸 이러시면 저희도 가만 안 있습니다."),
    ("dismissive", "확인중"),
    ("dismissive", "이 정도로 화를 내실 일은 아닌데요."),
    ("dismissive", "그게 그렇게 큰일인가요?"),
    # counter, clinic, shop Q&A and game support: closed, no plans, 'in order', read the page
    ("cant-without-can", "진료는 벌써 끝났습니다."),
    ("cant-without-can", "단종이라 재생산 계획은 없어요."),
    ("dismissive", "발송은 순차적으로 처리됩니다."),
    ("dismissive", "구매 전 상세페이지 꼭 확인 바랍니다."),
    ("blame", "그건 오류가 아닙니다."),
    ("dismissive", "됐구요, 성함이나 알려 주세요."),
    ("dismissive", "등본 한 통 떼어 오세요."),
    # a whole reply that is one order, and "if it hurts, go to the ER"
    ("dismissive", "송금하세요."),
    ("dismissive", "많이 아프시면 큰 병원 가세요."),
    # telecom, insurance, hotel, airline: your own choice, no duty, rules as threats
    ("blame", "약정은 본인이 직접 가입하신 거라서요."),
    ("refusal", "저희가 그걸 바꿔 드릴 이유는 없습니다."),
    ("dismissive", "연체료는 원래 붙는 거예요."),
    ("dismissive", "취소해 달라고 하셔도 방법이 없어요."),
    ("blame", "분실은 택배사 책임이 아닙니다."),
    ("insult", "수칙을 어기시면 즉시 퇴장 조치하겠습니다."),
    ("dismissive", "맛이 싫으시면 시키지 마세요."),
    ("blame", "그 말은 사실과 달라요."),
    ("dismissive", "우선 서류부터 내세요."),
    ("dismissive", "이런 경우는 처음 봅니다."),
    ("dismissive", "제가 왜 물어 드려야 해요?"),
    # Kinds found on public pages in a second round, each in sentences of our own: an apology made
    # light of, the fault put on one employee or an agency, a statement that sets "the facts"
    # against the customer, the reviewer's motive questioned, service refused over a review,
    # customers lumped into a group, a freebie asked back, help given as a favour, pressure after a
    # no, odd counter speech ("계산 도와드릴게요", "기다리실까요?"), "왜 자꾸 …세요?",
    # the customer's body or age blamed, "오버하세요", a guilt trip.
    ("dismissive", "남자답게 시원하게 사과할게요. 한 번만 눈감아 주세요."),
    ("dismissive", "그깟 실수 좀 했다고 너무 그러지 마시고요."),
    ("blame", "이번 일은 편의점 알바생 개인의 일탈일 뿐입니다."),
    ("blame", "행사 공지는 협력 업체에서 임의로 올린 거예요."),
    ("blame", "일각에서 제기된 의혹은 사실무근입니다."),
    ("blame", "커뮤니티에 올라온 게시글은 사실과 다릅니다."),
    ("blame", "별점 하나 주신 저의가 궁금합니다."),
    ("blame", "서비스 더 받으시려고 이러시는 거죠?"),
    ("blame", "영수증 같은 증거가 있으세요?"),
    ("insult", "리뷰에 별점 1개 남기시면 다음부터 배달 안 해 드립니다."),
    ("dismissive", "그 아파트 사시는 분들은 유독 민원이 많으세요."),
    ("dismissive", "서비스로 드린 만두 값은 입금해 주세요."),
    ("dismissive", "원래는 안 되는 건데 이번만 특별히 해 드리는 거예요."),
    ("dismissive", "지금 안 하시면 나중에 고객님만 손해예요."),
    ("jargon", "포장 도와드릴게요."),
    ("jargon", "이쪽으로 들어가실까요?"),
    ("dismissive", "왜 자꾸 전화를 끊으시려고 하는 거예요?"),
    ("blame", "피부가 민감하셔서 생긴 트러블이에요."),
    ("dismissive", "연세가 많으셔서 앱이 어려우신가 봐요."),
    ("dismissive", "그 정도로 호들갑 떠실 일은 아닌데요."),
    ("dismissive", "이런 글 하나에 동네 가게는 장사 접습니다."),
    ("blame", "가입하실 때 계약서에 다 적혀 있었어요."),
    # the same kinds typed without spaces, or with another verb
    ("dismissive", "한번만봐주세요ㅎㅎ"),
    ("blame", "온라인에 떠도는 루머는 근거 없는 이야기입니다."),
    ("dismissive", "끊지마시고 조금만 더 들어 보세요."),
    ("jargon", "현금영수증 도와드릴게요."),
    ("blame", "잇몸이 약하셔서 피가 나는 거예요."),
    # public offices, clinics, banks, airlines and delivery apps
    ("dismissive", "주차 문제는 시청에 문의하세요."),
    ("dismissive", "백 번 민원 넣으셔도 결과는 마찬가지예요."),
    ("blame", "카드 발급이 안 되는 건 손님 소득 문제라서요."),
    ("dismissive", "택배 상자 찌그러지는 건 흔한 일입니다."),
    ("blame", "배달이 늦은 건 눈 때문이지 저희 탓은 아니에요."),
    ("blame", "짜다는 건 손님 입맛이 특이한 거예요."),
    # typed in a hurry: no spaces, 오바 for 오버, 바주세요 for 봐 주세요
    ("dismissive", "왜자꾸 말을 자르세요?"),
    ("dismissive", "좀 오바하시는 거 아니에요?"),
    ("dismissive", "한번만 바주세요 ㅠ"),
    ("dismissive", "원칙은 안되는건데 특별히 바꿔드리는거예요."),
    # pharmacy, public facility, finance and e-mail desks
    ("dismissive", "성분도 모르시면서 왜 그 약만 달라고 하세요?"),
    ("blame", "폐장 직전에 오시면 저희도 난감합니다."),
    ("dismissive", "이미 네 차례 안내드린 내용입니다."),
    # whole replies that are cold without a keyword: boiler-plate, rules read out, the buck passed,
    # sarcasm, a lecture, a promise without a date, an explanation without an apology
    ("dismissive", "접수된 불편 사항은 빠른 시일 안에 해결하도록 하겠습니다."),
    ("dismissive", "교환 문의는 홈페이지 공지사항을 참고해 주시기 바랍니다."),
    ("dismissive", "저희는 예약만 연결하는 플랫폼이라 환불 결정 권한이 없습니다."),
    ("dismissive", "여권 재발급은 2층 여권과로 가 보세요."),
    ("dismissive", "이렇게 까다로우신 손님은 처음이네요."),
    ("dismissive", "후기는 책임감 있게 쓰셔야 합니다."),
    ("dismissive", "원인이 파악되는 대로 연락드리겠습니다."),
    ("dismissive", "원래 새 가죽은 처음에 좀 딱딱합니다. 쓰시다 보면 괜찮아져요."),
    ("no-empathy", "물류센터 전산 오류로 주문이 누락됐던 겁니다. 지금은 정상입니다."),
    ("blame", "배송 메모에 동의하신 것으로 봅니다."),
    ("blame", "다음부터는 결제 전에 옵션을 꼭 확인하세요."),
    # counter staff: the deal or the goods raised, a thing handed over with its name alone,
    # the customer ordered out or taken for a parent by the voice
    ("jargon", "적립 되셨고요, 영수증은 봉투에 넣어 드렸어요."),
    ("jargon", "우산은 계산대 옆에 있으세요."),
    ("dismissive", "번호표요."),
    ("insult", "5분만 드릴 테니 나가 주세요."),
    ("dismissive", "혹시 학생 어머님 되세요?"),
    # a no written as one word, 'we'll know once it's open', 'wait a little longer', and a
    # refusal booked as the customer's change of mind
    ("cant-without-can", "사용 흔적이 있어 교환불가합니다."),
    ("dismissive", "원인은 분해해 봐야 압니다."),
    ("dismissive", "며칠만 더 기다려 주세요."),
    ("dismissive", "방문 날짜를 지금 안 잡으시면 손님 변심으로 처리돼요."),
    ("cant-without-can", "개인 사정에 의한 취소는 보상 대상에 해당하지 않습니다."),
    ("policy-without-why", "약관 제8조 2항에 따라 위약금이 부과됩니다."),
    ("no-empathy", "그날 눈이 많이 와서 기사님 도착이 늦었던 겁니다."),
    ("dismissive", "분실 신고는 그쪽으로 문의 바랍니다."),
    ("blame", "비밀번호를 잘못 넣으셔서 계정이 잠긴 거예요."),
    # counter and cabin speech, a grown-up spoken to as a child, sorry on a condition, a claim
    # never to slip, sent to an outside body, a nickname, a price left to "when we see it"
    ("jargon", "주문하신 차가 많이 뜨거우시니 조심해서 드세요."),
    ("jargon", "환승 수속은 한 시간 정도 걸리십니다."),
    ("jargon", "고객님, 출발 날짜가 언제십니까?"),
    ("dismissive", "위험해요!"),
    ("dismissive", "어머님, 거기 서 계시지 말고 여기 앉아야지요!"),
    ("dismissive", "어제도 말씀드렸는데 아직도 모르시네요."),
    ("dismissive", "응대가 서운했다면 죄송합니다."),
    ("blame", "저희 기사들은 단 한 번도 실수한 적이 없습니다."),
    ("dismissive", "환불 문제는 소비자보호원에 문의해 보세요."),
    ("insult", "그 할망구가 또 전화했어요."),
    ("dismissive", "공임은 현장 상황 보고 결정해야 합니다."),
    # a limit reached with no way on; "soon" with nothing but a wait; 귀하 in a chat
    ("cant-without-can", "쿠폰을 더 발급할 수 없습니다. 이번 달 발급 한도를 이미 채웠습니다."),
    ("dismissive", "빠른 시일 내에 처리될 예정이니 기다려 주세요."),
    # a fear or a no set aside with a bare must
    ("dismissive", "그래도 이 서류는 내일까지 내셔야 돼요."),
    ("dismissive", "무서우셔도 검사는 받으셔야 합니다."),
    # 반말 is still 반말 when a kind word about a photo sits in it
    ("dismissive", "사진 예쁘다고 다 되는 거 아니야. 그건 안 돼."),
    # a small place set against a big one as the answer to a delay
    ("dismissive", "대형 마트에서는 직원이 많으니까 빠르죠."),
    ("dismissive", "여기는 조그만 동네 빵집이라서요."),
    # an apology that shares out the fault or pleads the intent
    ("dismissive", "물론 배송이 늦은 건 맞지만 저희만 잘못한 건 아니에요."),
    ("dismissive", "이번 일은 저희 쪽 잘못만은 아닙니다."),
    ("dismissive", "저희 기사님도 고의로 그런 건 아니었어요."),
    ("dismissive", "저희 직원이 그럴 의도는 전혀 없었습니다."),
    # a shrug about our own people or parcel, guessed instead of checked
    ("dismissive", "담당자가 잠깐 자리를 비웠나 보죠."),
    ("dismissive", "택배가 다른 집으로 갔나 보죠"),
    # our busy day as the answer, said without a subject
    ("dismissive", "오늘은 너무 바빠서요."),
    ("dismissive", "지금 정신이 없어서요."),
    # a swear word written with X, called out to the customer
    ("insult", "아 진짜 말 안 통하는 X아."),
    ("insult", "그게 무슨 소리냐 이 X야"),
    ("insult", "그럼 X 까세요."),
    # the customer's temper or manner judged instead of the problem
    ("insult", "건방지게 어디서 따지세요?"),
    ("insult", "고객님 성격 한번 참 급하시네요."),
    ("insult", "말씀이 참 많으시네요."),
    # our deadline laid on the customer as a bare order
    ("dismissive", "계약서는 오늘 안으로 보내 주세요."),
    ("dismissive", "잔금은 내일까지 송금하세요."),
    # the customer's word on our manner thrown back at them
    ("dismissive", "제 표정이 어때서요?"),
    ("dismissive", "내가 뭘 잘못했냐고요?"),
    # the customer told to stop coming to us
    ("insult", "앞으로 저희 병원은 찾아오지 마세요."),
    ("blame", "불만이시면 다음부터 안 오셔도 돼요."),
    # blame for not telling us, said plainly
    ("blame", "그럼 왜 말을 안 했어요?"),
    # the English kinds, said the Korean way: blame pushed onto a courier or a bank, the
    # customer's side, accusing questions, a bare "you must", clearing ourselves
    ("blame", "택배 기사님이 물건을 다른 집에 잘못 보냈어요."),
    ("blame", "은행에서 이체를 늦게 처리해 준 거예요."),
    ("blame", "끊기는 건 손님 쪽 와이파이 문제예요."),
    ("blame", "도대체 왜 주문하고 바로 취소하셨어요?"),
    ("blame", "확실히 로그인하신 거 맞아요?"),
    ("blame", "사진은 직접 찍어서 올리셔야 돼요."),
    ("blame", "저희 쪽 실수는 전혀 없습니다."),
    ("blame", "손님 말씀은 틀렸어요."),
    # a no, bare or as an outcome, and "past the window"
    ("refusal", "재발급 불가."),
    ("refusal", "서류 누락으로 접수가 종결 처리되었습니다."),
    ("cant-without-can", "무료 교환 기간이 벌써 끝났어요."),
    ("cant-without-can", "배송 날짜는 보장되지 않습니다."),
    # the odd one out, "calm down" variants, a shrug, the company as "they", nobody told me
    ("dismissive", "이런 걸로 전화하신 건 손님밖에 없어요."),
    ("dismissive", "그동안 이런 불만은 한 번도 없었습니다."),
    ("dismissive", "원칙은 원칙이라서요."),
    ("dismissive", "본사에서 그 색은 더 안 만든대요."),
    ("dismissive", "저도 공지받은 게 없어서 모르겠어요."),
    ("dismissive", "좀 있으면 퇴근이라서요."),
    # see above, told several times, hedged promises, waved-away worries, text speak
    ("dismissive", "위에 적어 드린 안내 다시 읽어 보세요."),
    ("dismissive", "메일을 두 번이나 보내 드렸는데요."),
    ("dismissive", "내일쯤 도착하지 않을까 싶네요."),
    ("dismissive", "솔직히 말하면 환불은 힘들 거예요."),
    ("dismissive", "다 잘될 거예요, 신경 쓰지 마세요."),
    ("dismissive", "넹 확인했음."),
    ("dismissive", "주소요?"),
    ("dismissive", "사진 보고 충격을 금치 못했습니다."),
    ("dismissive", "죄송해요, 요즘 문의가 너무 많아서요."),
    ("dismissive", "하루에 세 번씩이나 전화해 주셔서 참 감사하네요."),
    ("dismissive", "저희 고객님의 의견은 무엇보다 소중합니다."),
    ("dismissive", "저도 새벽부터 일하고 있거든요."),
    # judgements and threats in polite words, profanity without the usual words
    ("insult", "고객님은 참 까다로운 분이시네요."),
    ("insult", "젠장, 또 먹통이네."),
    ("insult", "한 번 더 욕하시면 차단합니다."),
    ("jargon", "요금이 인상되었으니 양지하여 주시기 바랍니다."),
    # the same kinds in other verbs and endings
    ("blame", "퀵 기사님이 서류를 빠뜨렸어요."),
    ("blame", "우체국에서 주소를 잘못 읽었습니다."),
    ("blame", "렌즈는 물로 씻으셔서 흐려진 거예요."),
    ("blame", "이 서류는 직접 떼 와야 돼요."),
    ("blame", "이번 주까지 입금하지 않으시면 예약이 취소됩니다."),
    ("blame", "보호 필름 떼신 거 확실해요?"),
    ("blame", "다음부터는 상자를 뜯지 마세요."),
    ("dismissive", "이 정도로 화내시는 분은 처음이에요."),
    ("dismissive", "택배 하루 늦은 거 가지고 난리시네요."),
    ("dismissive", "지금 교대라 다른 직원한테 물어보세요."),
    ("dismissive", "그 행사 내용은 저도 전달 못 받았어요."),
    ("dismissive", "저희가 얼마나 바쁜지 아세요?"),
    ("dismissive", "미안해요, 오늘 예약이 너무 몰려서요."),
    ("dismissive", "정말정말 죄송합니다."),
    ("dismissive", "예약 번호요?"),
    ("insult", "앞으로는 이 메일 주소로 문의하지 마세요."),
    ("blame", "앞으로는 결제 전에 쿠폰 좀 확인하세요."),
    ("dismissive", "안 되는 건 안 되는 거예요."),
    ("dismissive", "네네네, 들었어요."),
    ("dismissive", "주소 입력은 기본이에요."),
    ("dismissive", "이 정도 흠은 있어도 그냥 입으세요."),
    ("dismissive", "원래 그런 디자인이에요."),
    ("dismissive", "뭐가 그렇게 못마땅하세요?"),
    ("dismissive", "제가 뭘 더 어떻게 해 드려요?"),
    ("dismissive", "저희도 남는 것도 없이 드리는 거예요."),
    ("blame", "그 정도는 스스로 알아보셔야죠."),
    ("blame", "그건 제 책임 아닙니다."),
    ("blame", "정비소에서 부품을 잘못 끼웠습니다."),
    ("blame", "고객님 보일러가 낡아서 생긴 일이에요."),
    ("blame", "소리 날 때 바로 맡기셨어야죠."),
    ("refusal", "다른 회원분들도 전부 동일한 기준이에요."),
    ("refusal", "서류 기한 만료로 신청이 취소되었습니다."),
    ("dismissive", "그건 우리 팀 소관이 아니라서요."),
    ("dismissive", "회사에서 그 혜택을 없앴대요."),
    ("dismissive", "요즘 접수가 워낙 밀려서요."),
    ("dismissive", "서버 점검 때문에 문자가 안 갔어요."),
    ("dismissive", "송장은 이미 다 알려 드렸는데요."),
    ("dismissive", "별일 아니라서 괜히 신경 쓰실 필요 없어요."),
    ("dismissive", "왜 이렇게 언성을 높이세요?"),
    ("dismissive", "확인되면 나중에 알려 드릴게요."),
    ("dismissive", "이런 요청 전화는 더 이상 안 받습니다."),
    ("absolute", "새 필터로 바꾸면 다시는 냄새 안 납니다."),
    ("insult", "정말 사람 골치 아프게 하시네요."),
    ("blame", "여행사 측에서 항공권 발권을 빠뜨렸어요."),
    ("blame", "손님 프린터 드라이버가 잘못돼 있어서 그래요."),
    ("blame", "정말로 로그아웃하셨던 거 맞아요?"),
    ("dismissive", "그 문의는 배송 파트 소관이라서요."),
    ("dismissive", "메일을 자세히 안 읽으셨나 봐요."),
    ("dismissive", "그 정도 진동은 원래 있어요."),
    ("dismissive", "오 분 기다리신 걸로 뭘 그러세요."),
    ("dismissive", "하나도 어려운 거 아니에요."),
    ("dismissive", "미안한데 이런 경우는 저희도 처음이라서요."),
    ("absolute", "이 가방은 평생 끄떡없어요."),
    ("policy-without-why", "방침이 그렇게 돼 있어요."),
    ("insult", "한 번 더 문의하시면 차단하겠습니다."),
    ("insult", "어휴, 말귀가 참 안 통하시네요."),
    ("cant-without-can", "요청하신 분할 납부는 승인되지 않았습니다."),
    ("cant-without-can", "이벤트 응모 기간이 마감되었습니다."),
    # pairs a Korean service trainer teaches: the goods honoured, a bare -ㄹ까 to a customer,
    # the customer's slip, hurrying, the phone picked up or put down curtly, sent away from a desk,
    # nothing on offer, a review argued with, a notice in place of an answer
    ("jargon", "주문하신 도시락이 아직 출발 안 하셨어요."),
    ("jargon", "재발급 신청서는 2층 민원실에 계세요."),
    ("jargon", "남은 차액은 모레 통장으로 들어가실 거예요."),
    ("jargon", "마일리지는 연말까지 사용 가능하세요."),
    ("dismissive", "영수증 같이 넣어 줄까?"),
    ("blame", "그건 회원님 착오죠."),
    ("blame", "카드를 자꾸 빼시니까 결제가 끊긴 거예요."),
    ("dismissive", "네네, 알겠으니까 주문번호만 불러 주세요."),
    ("dismissive", "그 얘기는 됐고요, 사진 있으세요?"),
    ("dismissive", "그래서 원하시는 게 뭐예요?"),
    ("dismissive", "시간 없으니까 메뉴 얼른 고르세요."),
    ("dismissive", "여보세요? 누구세요?"),
    ("dismissive", "더 하실 말씀 없으시면 끊겠습니다."),
    ("dismissive", "과장님은 지금 자리에 없는데요."),
    ("dismissive", "지금 점심시간이에요."),
    ("dismissive", "그건 이 창구에서 처리하는 업무가 아닙니다."),
    ("dismissive", "어르신, 그건 앱으로 신청하세요."),
    ("dismissive", "그건 모르겠고 딴 데 알아보세요."),
    ("dismissive", "다음 입고 일정은 미정입니다."),
    ("cant-without-can", "명의자 본인이 아니시면 저희가 도와 드릴 게 없습니다."),
    ("cant-without-can", "그 부분은 답변드릴 수 없는 사항입니다."),
    ("insult", "상담 내용 다 녹음되니까 말조심하세요."),
    ("blame", "사진 보니 거의 다 드셨던데 환불은 어렵겠네요."),
    ("blame", "쿠폰까지 받으셔 놓고 별 하나는 좀 아니지 않나요?"),
    ("blame", "이 가격에 그 양이면 많이 드린 거예요."),
    ("blame", "늦은 건 기사님 문제라 매장이랑은 상관없어요."),
    ("dismissive", "해당 문의는 처리 완료되었습니다."),
    ("dismissive", "주문 폭주로 배송이 지연됩니다."),
    ("dismissive", "같은 문의는 한 번만 남겨 주세요."),
    ("jargon", "이 젤라또는 피스타치오 맛이세요."),
    ("jargon", "이 요금제는 문자가 무료세요."),
    ("jargon", "이 요금제는 영상 통화가 무제한이세요."),
    ("jargon", "찜질방은 밤 열 시까지 입장 가능하세요."),
    ("jargon", "대리 기사 차량은 주차장 입구에 대기 중이십니다."),
    ("jargon", "그 색상은 지금 매장에 없으세요."),
    ("blame", "드라이기를 아무 데나 꽂으시니까 차단기가 내려가죠."),
    ("blame", "손님이 직접 고르신 거예요."),
    ("blame", "날짜를 잘못 고르셨네요."),
    ("dismissive", "본론만요."),
    ("dismissive", "다 아니까 결론만 말씀해 주세요."),
    ("dismissive", "네, 뭐요?"),
    ("dismissive", "잠깐 기다려요."),
    ("dismissive", "여기 그런 직원 없는데요."),
    ("dismissive", "환불 문제는 앱 고객센터에 문의하세요."),
    ("cant-without-can", "다른 상담사도 똑같이 말씀드릴 거예요."),
    ("cant-without-can", "등기는 본인 아니면 못 찾아가세요."),
    ("dismissive", "미용실 파마는 원래 오래 걸려요."),
    ("blame", "싱겁다고 하시는데 레시피대로 만들었습니다."),
    ("blame", "그 머리카락은 저희 게 아닌 것 같은데요."),
    ("blame", "제품 하자 아닙니다."),
    ("dismissive", "답변 완료."),
    ("dismissive", "교환은 한 번만 됩니다. 참고 바랍니다."),
    ("dismissive", "게시판 확인이 늦을 수 있습니다."),
    ("jargon", "주문하신 순대 포장 다 되셨어요."),
    ("jargon", "연체료는 다음 달 요금에 청구되실 거예요."),
    ("policy-without-why", "그런 경우는 규정에 없습니다."),
    ("dismissive", "네, 그래서요?"),
    ("dismissive", "짧게 말씀해 주세요."),
    ("dismissive", "찾으시는 직원은 여기 그런 분 안 계세요."),
    ("dismissive", "어르신, 여기 글씨 안 보이세요?"),
    ("cant-without-can", "주말 할인은 따로 없어요."),
    ("blame", "리뷰 보고 좀 황당했습니다."),
    ("dismissive", "교환 신청 접수 완료."),
    ("dismissive", "문의 내용 확인 후 순차 답변 드립니다."),
    ("dismissive", "게시판에 욕설 쓰시면 삭제합니다."),
    ("jargon", "이번에 디자인이 바뀌셨어요."),
    ("dismissive", "그건 제가 결정할 일이 아니에요."),
    ("dismissive", "다른 지점에서 산 거면 거기 가세요."),
    ("dismissive", "아 그건 됐어요."),
    ("dismissive", "지금 외근 중이에요."),
    ("dismissive", "여기 줄 아니에요."),
    ("dismissive", "접수 시간 지났어요."),
    ("cant-without-can", "고객님 요금제는 변경 대상이 아니십니다."),
    ("cant-without-can", "저희도 어떻게 해 드릴 방법이 없어요."),
    ("blame", "사진이랑 다르다고 하시는데 그건 조명 차이예요."),
]


def test_gwiha_in_a_chat_is_a_hint_and_in_a_signed_letter_nothing() -> None:
    chat = check("귀하께서 문의하신 건은 오늘 처리됩니다.", "ko")
    assert chat.verdict == "ok" and {f.rule for f in chat.findings} == {"jargon-formal-you"}
    letter = check(
        "귀하의 신청서가 접수되었습니다. 검토 후 연락드리겠습니다.\n\n운영사무국 드림", "ko"
    )
    assert not letter.findings, letter.findings


@pytest.mark.parametrize(("category", "reply"), FLAGGED_LINES)
def test_kinds_of_cold_reply_are_flagged(category: str, reply: str) -> None:
    report = check(reply, "ko")
    assert report.verdict != "ok" and category in _categories(reply), (reply, report.findings)


STOCK_LINES = [
    "보내 주신 의견은 담당 부서에 잘 전달했습니다. 더 좋은 모습으로 찾아뵙겠습니다.",
    "보내 주신 제안은 내부적으로 검토하겠습니다.",
]


@pytest.mark.parametrize("stock", STOCK_LINES)
def test_stock_lines_alone_are_a_hint_and_count_beside_a_cold_finding(stock: str) -> None:
    report = check(stock, "ko")
    assert report.verdict == "ok" and "dismissive-canned" in {f.rule for f in report.findings}
    # the same stock line with a wait that has no date is a cold reply
    cold = "말씀하신 내용은 담당 부서에 전달했습니다. 결과는 추후 안내드리겠습니다."
    assert check(cold, "ko").verdict == "care"


def test_a_refusal_with_its_reason_inside_an_apology_is_not_cant_without_can() -> None:
    text = "죄송합니다. 주문 즉시 제작에 들어가기 때문에 취소가 어렵습니다. 다시 한번 죄송합니다."
    assert "cant-without-can" not in {f.rule for f in check(text, "ko").findings}
    # the same refusal with neither reason nor apology is flagged
    assert "cant-without-can" in {f.rule for f in check("취소가 어렵습니다.", "ko").findings}


def test_verdicts() -> None:
    assert check("오늘 출고되어 내일 도착합니다.", "ko").verdict == "ok"
    assert check("규정상 어렵습니다.", "ko").verdict == "care"
    assert check("이런 진상은 처음 봅니다.", "ko").verdict == "hard"


def test_a_rewrite_fits_the_sentence() -> None:
    text = "말씀드렸다시피 환불은 3일 정도 걸립니다."
    [finding] = [f for f in check(text, "ko").findings if f.rule == "dismissive-as-i-said"]
    from companion.core.checker.rewrites import rewrites

    texts = [r.text for r in rewrites(text, finding)]
    assert "다시 정리해 드리면 환불은 3일 정도 걸립니다." in texts


@pytest.mark.parametrize(
    ("thought", "dimension", "words"),
    [
        ("나는 항상 실수만 해.", Dimension.PERMANENT, "항상"),
        ("또 고객한테 혼났어.", Dimension.PERMANENT, "또"),
        ("평생 이 일만 하다 끝나겠지.", Dimension.PERMANENT, "평생"),
        ("아무도 내 말을 안 들어.", Dimension.PERVASIVE, "아무도"),
        ("오늘 상담은 완전히 망했어.", Dimension.PERVASIVE, "완전히 망했"),
        ("다 내 탓이야.", Dimension.PERSONAL, "다 내 탓"),
        ("나는 정말 쓸모없는 상담원이야.", Dimension.PERSONAL, "정말 쓸모없는 상담원이야"),
        ("고객이 날 무시해.", Dimension.PERSONAL, "날 무시"),
        ("팀장님이 나한테 실망한 거겠지.", Dimension.PERSONAL, "나한테 실망"),
        ("내일 회의도 분명 망칠 거야.", Dimension.PERMANENT, "분명 망칠 거야"),
        ("손님들은 다 똑같아.", Dimension.PERVASIVE, "손님들은 다 똑같"),
        ("나는 왜 이렇게 되는 일이 없을까.", Dimension.PERSONAL, "나는 왜 이렇게"),
        ("원래 나는 이런 사람이야.", Dimension.PERMANENT, "원래 나는 이런 사람이야"),
    ],
)
def test_reframe_marks_distorted_thoughts(thought: str, dimension: Dimension, words: str) -> None:
    result = detect(thought, "ko")
    assert words in [m.text for m in result.of(dimension)], result.markings
    assert result.suggestions[dimension]


@pytest.mark.parametrize(
    "thought",
    [
        "항상 그런 건 아니에요.",
        "늘 그렇진 않아.",
        "다 내 탓은 아니야.",
        "누구나 실수할 수 있어.",
        "오늘 고객이 화를 냈지만 배송이 늦어서 그랬던 거야.",
        "이번 통화는 힘들었지만 다음엔 먼저 확인부터 해 보자.",
        "> 당신은 항상 이런 식이네요\n고객이 화가 많이 났었다.",
        "이번 통화만 잘 안 된 거야. 다음엔 다르게 해 볼 수 있어.",
        "실패할 수도 있지만 해 볼 만해.",
    ],
)
def test_reframe_leaves_negated_and_balanced_thoughts(thought: str) -> None:
    assert detect(thought, "ko").markings == (), thought


def test_a_reframe_rewrites_the_agents_own_words() -> None:
    result = detect("나는 항상 실수해.", "ko")
    assert result.suggestions[Dimension.PERMANENT] == "나는 가끔 실수해. 다음번은 다를 수 있어."


def test_the_phrasebook_has_every_category_with_eight_phrases() -> None:
    book = load_phrasebook("ko")
    assert book.language == "ko"
    assert [c.id for c in book.categories] == list(CATEGORY_IDS)
    assert all(len(c.phrases) >= 8 for c in book.categories)


def test_the_phrasebook_passes_its_own_checker() -> None:
    """Every shipped Korean phrase reads as a good reply to the Korean checker."""
    book = load_phrasebook("ko")
    flagged = [p.text for p in book.phrases() if check(p.text, "ko").verdict != "ok"]
    assert not flagged, flagged


def test_a_mistake_is_only_normal_with_a_universal_word_before_it() -> None:
    from companion.core.reframe import detect

    assert [m.text for m in detect("매번 실수해요.").markings] == ["매번"]
    assert detect("누구나 실수해요. 다음엔 더 잘할 거예요.").is_empty


def test_korean_explanations_take_the_particle_their_word_needs() -> None:
    from companion.core.reframe import detect

    [marking] = detect("나는 항상 일을 망쳐.").markings
    assert marking.explanation.startswith("“항상”이라는 말은")
    assert "/" not in marking.explanation


def test_korean_everyone_rewrite_keeps_the_words_about_the_agent() -> None:
    from companion.core.reframe import detect

    suggestion = detect("고객들은 다 이기적이야.").suggestions["pervasive"]
    assert suggestion is not None and suggestion.startswith("어떤 사람은 이기적이야.")
    for value in detect("다들 나를 싫어해.").suggestions.values():
        assert value is None or "한 사람이해" not in value


@pytest.mark.parametrize(
    ("quiet", "still_flagged", "rule"),
    [
        # '졸라서/졸라도' are the verb 조르다; '졸라' before another word is the swear word
        ("아이가 사 달라고 졸라서 결국 주문하셨군요.", "졸라 귀찮게 하시네요.", "insult-profanity"),
        ("계속 졸라도 규정상 어렵다고 말씀드렸어요.", "졸라 귀찮게 하시네요.", "insult-profanity"),
        # a count being checked and sincere praise; the customer's words called all right mock
        (
            "수량이 다 맞으시죠? 확인 부탁드려요.",
            "네네, 고객님 말씀이 다 맞으시죠.",
            "dismissive-sarcasm",
        ),
        (
            "아주 잘하셨어요! 그렇게 보관하시면 돼요.",
            "네네, 고객님 말씀이 다 맞으시죠.",
            "dismissive-sarcasm",
        ),
    ],
)
def test_words_that_only_sound_cold_are_left_alone(
    quiet: str, still_flagged: str, rule: str
) -> None:
    assert rule not in {f.rule for f in check(quiet, lang="ko").findings}
    assert rule in {f.rule for f in check(still_flagged, lang="ko").findings}


def _ko_rules(text: str) -> set[str]:
    return {f.rule for f in check(text, lang="ko").findings}


@pytest.mark.parametrize(
    "text",
    [
        "탈퇴하면 되돌릴 수 없습니다.",
        "이 작업은 복구할 수 없습니다. 정말 삭제하시겠습니까?",
        "예약을 취소하시겠습니까? 취소한 예약은 되돌릴 수 없습니다.",
    ],
)
def test_a_cannot_be_undone_warning_is_no_refusal(text: str) -> None:
    """Warning before an action that it cannot be undone informs; refusing the customer's own
    request ('주문은 취소할 수 없습니다') still says only what we can't do."""
    assert "cant-without-can" not in _ko_rules(text)
    assert "cant-without-can" in _ko_rules("주문은 취소할 수 없습니다.")


@pytest.mark.parametrize(
    "text",
    [
        "이 화면에서는 비밀번호를 바꿀 수 없습니다. '계정 설정' 메뉴를 이용해 주세요.",
        "마감된 신청서는 수정할 수 없습니다. 행사 주최자에게 문의하시기 바랍니다.",
        "다른 분이 먼저 고쳐서 저장할 수 없습니다. 새로고침한 뒤 다시 작성해 주세요.",
    ],
)
def test_a_cant_followed_by_the_menu_or_person_to_use_has_a_way_forward(text: str) -> None:
    assert not _ko_rules(text) & {"cant-without-can", "no-next-step"}
    assert "cant-without-can" in _ko_rules("마감된 신청서는 수정할 수 없습니다.")


def test_no_need_to_log_in_again_is_no_refusal() -> None:
    assert "refusal-declined" not in _ko_rules(
        "자동 로그인을 켜 두시면 다음부터는 로그인할 필요가 없습니다."
    )
    assert "refusal-declined" in _ko_rules("저희가 환불해 드릴 의무는 없습니다.")


def test_goods_on_their_way_soon_after_payment_is_no_vague_wait() -> None:
    assert "dismissive-vague-wait" not in _ko_rules(
        "입금 확인되었습니다. 주문하신 상품을 빠른 시일 내에 받아보실 수 있도록 준비하겠습니다."
    )
    assert "dismissive-vague-wait" in _ko_rules("빠른 시일 내에 처리하겠습니다.")


def test_an_error_notice_naming_the_help_desk_is_no_pass_on() -> None:
    assert "dismissive-elsewhere" not in _ko_rules(
        "파일을 올리는 중 오류가 발생했습니다. 고객센터에 문의하십시오."
    )
    assert "dismissive-elsewhere" in _ko_rules("배송 문제는 택배사에 문의하십시오.")


def _ko_verdict(text: str) -> str:
    return check(text, "ko").verdict


@pytest.mark.parametrize(
    "text",
    [
        # a no by the shop's rule, then what was already done instead
        "죄송하지만 다운로드한 강의는 판매처 정책상 환불이 어렵습니다. "
        "대신 다음 강의 30% 할인 쿠폰을 계정에 넣어 드렸어요.",
        # the rule told with its reason, and waived this once
        "저희 공방은 재료를 미리 주문해 두어야 해서 이틀 전부터 취소 수수료를 받는 규정입니다. "
        "다만 처음 있는 일이라 이번에는 수수료 없이 취소해 드렸습니다.",
    ],
)
def test_a_rule_said_with_its_reason_or_with_what_we_did_is_no_wall(text: str) -> None:
    assert "policy-without-why" not in _ko_rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "안녕하세요 고객님. 보내 드린 안내 메일에 절차가 다 "
        "나와 있어요. 메일 제대로 한번 읽어 보시면 될 것 같아요.",
        "안녕하세요. 확인해 보니 안 되는 걸로 나옵니다. 그냥 그렇게 알고 계시면 됩니다.",
        "문의 주셔서 감사합니다. 일정이 밀린 건 직원이 두 명이나 "
        "그만둬서라 저도 어쩔 수가 없어요. 나오면 알려 드릴게요.",
        "안녕하세요. 다만 배송비 보상은 진행이 불가합니다. "
        "추가 문의 사항은 고객센터로 연락 주세요.",
        "보내 주신 의견은 소중히 접수되었으며 서비스 개선에 "
        "참고하겠습니다. 저희는 언제나 최선을 다하고 있습니다.",
    ],
)
def test_a_cold_whole_reply_is_flagged(text: str) -> None:
    assert _ko_verdict(text) in ("care", "hard")


@pytest.mark.parametrize(
    "text",
    [
        # cold words the customer heard, quoted and reported back with an apology
        '상담원에게 "그건 고객님 사정이시죠"라는 답을 들으셨다니 정말 죄송합니다. '
        "해당 상담 건을 바로 확인하겠습니다.",
        '"그렇게 따지실 거면 다른 데서 사세요"라는 말을 들으셨다니 너무 죄송합니다. '
        "직원 교육을 다시 하겠습니다.",
        "“설명서를 제대로 읽어 보셨다면”이라는 답을 받으셨다니 죄송합니다. "
        "제가 처음부터 다시 안내해 드릴게요.",
    ],
)
def test_cold_words_quoted_and_reported_are_not_the_agents(text: str) -> None:
    assert _ko_verdict(text) == "ok", _ko_rules(text)


def test_a_cold_line_outside_the_quote_is_still_flagged() -> None:
    text = '고객님이 "환불해 주세요"라고 하셔도 그건 고객님 사정이시죠.'
    assert _ko_verdict(text) in ("care", "hard")


@pytest.mark.parametrize(
    "text",
    [
        # a word set in quotation marks after a connective ending: the sentence goes on
        "요즘 일이 많으셔서 ‘지치셨을’ 것 같아요.",
        "오래 기다리셔서 ‘답답’ 하셨겠어요. 어떤 점이 가장 불편하셨나요?",
        "주문하실 때 '선물 포장'을 고르시면 카드도 함께 넣어 드려요.",
        "이번에 꼭 바꾸고 싶으신 '한 가지'가 있다면 무엇일까요?",
    ],
)
def test_a_quoted_word_after_a_connective_is_no_banmal(text: str) -> None:
    assert "dismissive-banmal" not in {f.rule for f in check(text, "ko").findings}


@pytest.mark.parametrize("text", ["그건 안 돼 '정책'이야.", "이미 보냈어.", "그건 나도 몰라."])
def test_banmal_before_or_without_a_quotation_is_still_banmal(text: str) -> None:
    assert "dismissive-banmal" in {f.rule for f in check(text, "ko").findings}


@pytest.mark.parametrize(
    "text",
    [
        "제가 문자를 못 봤었네요. 죄송해요. 지금 바로 보내 드릴게요.",
        "어제 전화를 못 받았었어요. 죄송합니다, 지금 처리해 드릴게요.",
    ],
)
def test_a_past_miss_owned_with_an_apology_is_no_refusal(text: str) -> None:
    assert "cant-without-can" not in {f.rule for f in check(text, "ko").findings}
