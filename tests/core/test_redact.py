"""Redaction: what is hidden, what is left alone, and that it never breaks on odd input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core import redact as redact_module
from companion.core.redact import (
    KINDS,
    apply_spans,
    known_regions,
    luhn_valid,
    redact,
    regions_for,
    split_region_codes,
    system_region,
)


@pytest.fixture(autouse=True)
def no_system_region(monkeypatch: pytest.MonkeyPatch) -> None:
    """The machine's own locale must not decide what these tests see."""
    monkeypatch.setattr(redact_module, "system_region", lambda: None)


def hidden(text: str) -> list[tuple[str, str]]:
    """(kind, original text) of every span, for readable assertions."""
    return [(span.kind, text[span.start : span.end]) for span in redact(text).spans]


# --- e-mail -------------------------------------------------------------------------------


def stand_in(kind: str, text: str) -> str:
    """What stands in for a detail of ``kind`` in ``text``: the words of the text's language."""
    from companion.core.language import detect_language
    from companion.core.redact import LOCAL_REPLACEMENTS, REPLACEMENTS

    language = "en" if text.isascii() else detect_language(text)
    return LOCAL_REPLACEMENTS.get(language, REPLACEMENTS)[kind]  # type: ignore[index]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("write to jane.doe@example.com please", "jane.doe@example.com"),
        ("Mail: J.O'Brien+billing@mail.example.co.uk.", "J.O'Brien+billing@mail.example.co.uk"),
        ("(support@shop.io)", "support@shop.io"),
        ("'quoted@example.org'", "quoted@example.org"),
        ("UPPER@EXAMPLE.COM", "UPPER@EXAMPLE.COM"),
        ("idn user@xn--80ak6aa92e.xn--p1ai here", "user@xn--80ak6aa92e.xn--p1ai"),
        ("Schreiben Sie an jörg@bücher.de, danke", "jörg@bücher.de"),
        ("Γράψτε στο νίκος@παράδειγμα.ελ παρακαλώ", "νίκος@παράδειγμα.ελ"),
        ("メールはinfo@example.comまでお願いします", "info@example.com"),
        ("문의는 help@shop.co.kr로 보내 주세요", "help@shop.co.kr"),
        ("adresse: françois.dupont@société.fr.", "françois.dupont@société.fr"),
    ],
)
def test_email_is_hidden(text: str, address: str) -> None:
    result = redact(text)
    assert ("email", address) in hidden(text)
    assert address not in result.text
    assert stand_in("email", text) in result.text


@pytest.mark.parametrize(
    "text",
    [
        "meet me @ the office",
        "our handle is @companion on the forum",
        "price is 5@3 for two",
        "user@localhost is not an address here",
        "the file name.tar.gz was attached",
    ],
)
def test_not_an_email(text: str) -> None:
    assert [kind for kind, _ in hidden(text)] == []
    assert redact(text).text == text


# --- phone --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Call me on +44 20 7946 0958 tomorrow", "+44 20 7946 0958"),
        ("my number is (415) 555-2671.", "(415) 555-2671"),
        ("call 415.555.2671 ok", "415.555.2671"),
        ("+1 415 555 2671", "+1 415 555 2671"),
        ("French mobile +33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("Tokyo office +81 3-1234-5678", "+81 3-1234-5678"),
    ],
)
def test_phone_is_hidden(text: str, number: str) -> None:
    assert ("phone", number) in hidden(text)
    assert number not in redact(text).text


def test_local_format_uses_the_given_region() -> None:
    text = "ring 030 1234567 after lunch"
    assert hidden(text) == []
    result = redact(text, regions=("DE",))
    assert result.text == "ring [phone] after lunch"
    assert redact("ring 020 7946 0958 after lunch", regions=("US",)).text.count("[phone]") == 0


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("상담 후 010-1234-5678로 연락 부탁드립니다.", "010-1234-5678"),
        ("사무실 번호는 02-123-4567입니다", "02-123-4567"),
        ("03-1234-5678までお電話ください。", "03-1234-5678"),
        ("携帯は090-1234-5678です", "090-1234-5678"),
        ("携帯は０９０－１２３４－５６７８です", "０９０－１２３４－５６７８"),
        ("Καλέστε μας στο 210 1234567 αύριο.", "210 1234567"),
        ("Στο κινητό 6912345678 μετά τις 5.", "6912345678"),
        ("Ring me on 020 7946 0958 tomorrow", "020 7946 0958"),  # English: US and GB
    ],
)
def test_local_numbers_of_the_texts_language_are_hidden(text: str, number: str) -> None:
    assert ("phone", number) in hidden(text)
    assert stand_in("phone", text) in redact(text).text


@pytest.mark.parametrize(
    ("text", "lang", "number"),
    [
        ("Rufen Sie mich unter 030 1234567 an.", "de", "030 1234567"),
        ("Appelez-moi au 01 23 45 67 89 demain.", "fr", "01 23 45 67 89"),
        ("Call 010-1234-5678 after the meeting", "ko", "010-1234-5678"),
    ],
)
def test_the_callers_language_names_the_regions(text: str, lang: str, number: str) -> None:
    assert hidden(text) == [] or ("phone", number) not in hidden(text)
    result = redact(text, lang=lang)
    assert [text[s.start : s.end] for s in result.spans] == [number]


@pytest.mark.parametrize(
    ("text", "extra", "number"),
    [
        ("Rufen Sie mich unter 030 1234567 an.", ("DE",), "030 1234567"),
        ("Appelez-moi au 01 23 45 67 89 demain.", ("fr",), "01 23 45 67 89"),
    ],
)
def test_regions_from_settings_are_added(text: str, extra: tuple[str, ...], number: str) -> None:
    assert "[phone]" not in redact(text).text
    result = redact(text, extra_regions=extra)
    assert [text[s.start : s.end] for s in result.spans] == [number]


def test_the_systems_region_is_added(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(redact_module, "system_region", lambda: "DE")
    assert redact("unter 030 1234567 bitte").text == "unter [phone] bitte"


@pytest.mark.parametrize(
    ("environment", "region"),
    [
        ({"LANG": "ko_KR.UTF-8"}, "KR"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "ja_JP.UTF-8"}, "JP"),
        ({"LC_TELEPHONE": "el_GR.UTF-8", "LANG": "en_GB.UTF-8"}, "GR"),
        ({"LANG": "C.UTF-8"}, None),
        ({"LANG": "POSIX"}, None),
    ],
)
def test_region_of_the_locale(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], region: str | None
) -> None:
    for variable in ("LC_ALL", "LC_TELEPHONE", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    system_region.cache_clear()
    try:
        assert system_region() == region
    finally:
        system_region.cache_clear()


def test_regions_for_a_text() -> None:
    assert regions_for("감사합니다 고객님") == ("KR",)
    assert regions_for("ありがとうございます") == ("JP",)
    assert regions_for("Ευχαριστώ πολύ") == ("GR", "CY")
    assert regions_for("Thank you") == ("US", "GB")
    # An English reply quoting a Korean customer reads Korean numbers too.
    quoting = "Thank you for writing back so quickly; we will call the number you gave: 연락처"
    assert regions_for(quoting) == ("US", "GB", "KR")
    assert regions_for("Thank you", "ja", ["de", "xx", "DE"]) == ("JP", "DE")
    assert regions_for("", "tlh") == ("US",)
    assert known_regions([" fr", "ZZ", "gb", "FR"]) == ("FR", "GB")


def test_region_codes_as_people_write_them() -> None:
    assert split_region_codes("DE、FR，ＪＰ; kr  gr,,") == ["DE", "FR", "JP", "kr", "gr"]
    assert known_regions(split_region_codes("DE、FR，ＪＰ; kr")) == ("DE", "FR", "JP", "KR")
    # "UK" is what people call it; the code is GB.
    assert known_regions(["UK", "uk", "GB"]) == ("GB",)
    assert regions_for("Thank you", "ja", ["ＵＫ"]) == ("JP", "GB")


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Thanks, call me on +82 10-1234-5678", "+82 10-1234-5678"),
        ("Meine Nummer: +30 210 1234567", "+30 210 1234567"),
        ("東京 +81 90-1234-5678 まで", "+81 90-1234-5678"),
        ("London +44 20 7946 0958", "+44 20 7946 0958"),
        ("연락처 +44 20 7946 0958", "+44 20 7946 0958"),
    ],
)
def test_any_number_with_a_country_code_is_hidden(text: str, number: str) -> None:
    assert ("phone", number) in hidden(text)


@pytest.mark.parametrize(
    "text",
    [
        "on 2024-03-15 we shipped it",
        "meeting 12/03/2024 10:30",
        "It cost 1,234,567.89 in total",
        "from 10:00-12:00 I am around",
        "version 3.14.15 fixed it",
        "I paid 1234567890 by mistake",
        "only 12345 left",
    ],
)
def test_not_a_phone(text: str) -> None:
    assert redact(text).text == text


# --- card ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("Card 4111 1111 1111 1111 expires", "4111 1111 1111 1111"),
        ("paid with 5555-5555-5555-4444 yesterday", "5555-5555-5555-4444"),
        ("amex 378282246310005", "378282246310005"),
        ("my card:4012888888881881.", "4012888888881881"),
        ("card 4111.1111.1111.1111 please", "4111.1111.1111.1111"),
        ("card 4111  1111  1111  1111 please", "4111  1111  1111  1111"),
        ("카드번호 5555 5555 5555 4444 입니다", "5555 5555 5555 4444"),
    ],
)
def test_card_is_hidden(text: str, card: str) -> None:
    assert ("card", card) in hidden(text)
    assert redact(text).text.count(stand_in("card", text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Invoice total 1234567890123456",  # fails Luhn
        "Tracking 9400 1000 0000 0000 0000 00",  # too long and not a card prefix
        "serial 1111 1111 1111 1117",  # passes Luhn but no card network starts with 1
        "short 4111 1111 1111",  # 12 digits
    ],
)
def test_not_a_card(text: str) -> None:
    assert [kind for kind, _ in hidden(text) if kind == "card"] == []


def test_luhn() -> None:
    assert luhn_valid("4111111111111111")
    assert luhn_valid("79927398713")
    assert not luhn_valid("4111111111111112")
    assert not luhn_valid("")
    assert not luhn_valid("41a1")
    assert not luhn_valid("٤١١١")  # Arabic-Indic digits are not card digits


# --- order / account ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "identifier"),
    [
        ("Your order #A12-3456 shipped", "A12-3456"),
        ("order no. 778812 arrived", "778812"),
        ("Order number: 55123 is on its way", "55123"),
        ("my account number is 99881234", "99881234"),
        ("Account no 4421-88 was charged", "4421-88"),
        ("ref: XK99812", "XK99812"),
        ("ticket #4521 closed", "4521"),
        ("Invoice INV-2024-0042 attached", "INV-2024-0042"),
        ("주문번호 A-558213 확인 부탁드립니다", "A-558213"),
        ("주문번호는 20240315-0042입니다", "20240315-0042"),
        ("계좌번호: 110-123-456789", "110-123-456789"),
        ("ご注文番号：ABC-12345の件です", "ABC-12345"),
        ("注文番号は１２３４５６です", "１２３４５６"),
        ("口座番号 1234567 にお振込み", "1234567"),
        ("Ο αριθμός παραγγελίας σας είναι 558213.", "558213"),
        ("αριθμος παραγγελιας 558213", "558213"),
        ("Αριθμός λογαριασμού: GR-99812", "GR-99812"),
        # Greek capitals look like Latin ones but are other letters.
        ("Ο αριθμός παραγγελίας σας είναι ΑΒ-123456.", "ΑΒ-123456"),
        ("Κωδικός κράτησης: ΚΡ4471-Ω", "ΚΡ4471-Ω"),
        ("номер заказа, order ЗК-55812", "ЗК-55812"),
        ("order number ＡＢ－１２３４５", "ＡＢ－１２３４５"),
        ("Ihre Bestellnummer lautet 4711-0815.", "4711-0815"),
        ("Kundennummer: K-998812", "K-998812"),
        ("Kontonummer 123456789", "123456789"),
        ("Votre numéro de commande est 558213.", "558213"),
        ("numéro de compte : FR-77812", "FR-77812"),
        ("order number A-558213", "A-558213"),
        ("account number: 77-881234", "77-881234"),
    ],
)
def test_order_number_is_hidden(text: str, identifier: str) -> None:
    assert ("order", identifier) in hidden(text)
    result = redact(text).text
    assert identifier not in result
    assert stand_in("order", text) in result


@pytest.mark.parametrize(
    "text",
    [
        "in order to help you",
        "order of 3 items",
        "I have 5 orders",
        "account for the delay",
        "the ticket was lovely",
        "the reference guide helped",
        "order ABCD please",  # no digit: a word, not an identifier
    ],
)
def test_not_an_order_number(text: str) -> None:
    assert redact(text).text == text


def test_label_stays_readable() -> None:
    assert redact("Your order #A12-3456 shipped").text == "Your order #[order] shipped"
    assert redact("주문번호 #A-558213 확인").text == "주문번호 #[주문번호] 확인"


@pytest.mark.parametrize(
    ("text", "redacted"),
    [
        ("About #A-558213: it arrived", "About [order]: it arrived"),
        ("#A-558213", "[order]"),
        ("(#558213)", "([order])"),
        ("#A-558213の件", "[注文番号]の件"),
        ("＃５５８２１３について", "[注文番号]について"),
        ("#ΑΒ-558213 έφτασε σήμερα", "[αρ. παραγγελίας] έφτασε σήμερα"),
        ("#A-558213입니다", "[주문번호]입니다"),
    ],
)
def test_an_identifier_after_a_hash_is_an_order(text: str, redacted: str) -> None:
    assert redact(text).text == redacted


@pytest.mark.parametrize(
    "text",
    [
        "We're #1 in support!",
        "#2024 was great",
        "#thankyou",
        "&#12345; is markup",
        "ranked #12",
        "#ευχαριστώ πολύ",
        "#1η θέση",
    ],
)
def test_a_hash_before_a_short_number_or_a_word_stays(text: str) -> None:
    assert redact(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "주문하신 상품이 잘 도착했어요",
        "ご注文ありがとうございます",
        "Η παραγγελία σας έφτασε",
        "Ihre Bestellung ist da",
        "Votre commande est arrivée",
        "주문번호를 알려주세요",
    ],
)
def test_an_order_mentioned_without_a_number_stays(text: str) -> None:
    assert redact(text).text == text


# --- combined -----------------------------------------------------------------------------


def test_spans_point_into_the_original() -> None:
    text = "Hi, I'm jo@example.com, call +1 415 555 2671, order #88812, card 4111111111111111."
    result = redact(text)
    assert [span.kind for span in result.spans] == ["email", "phone", "order", "card"]
    assert [text[s.start : s.end] for s in result.spans] == [
        "jo@example.com",
        "+1 415 555 2671",
        "88812",
        "4111111111111111",
    ]
    assert result.text == "Hi, I'm [email], call [phone], order #[order], card [card]."
    assert apply_spans(text, result.spans) == result.text
    assert result.changed


def test_kinds_can_be_limited() -> None:
    text = "jo@example.com +1 415 555 2671"
    assert redact(text, kinds=("phone",)).text == "jo@example.com [phone]"
    assert redact(text, kinds=()).text == text


def test_nothing_to_hide() -> None:
    text = "You made my whole week, thank you so much!"
    result = redact(text)
    assert result.text == text
    assert result.spans == ()
    assert not result.changed


def test_large_text_is_redacted_throughout() -> None:
    text = ("Thanks so much, call me at +1 415 555 2671 or jo@example.com. " * 2000)[:100_000]
    result = redact(text)
    assert "jo@example.com" not in result.text
    assert "2671" not in result.text


# --- fuzz ---------------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_and_spans_are_inside(text: str) -> None:
    result = redact(text)
    previous_end = 0
    for span in result.spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert span.kind in KINDS
        previous_end = span.end
    assert apply_spans(text, result.spans) == result.text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.emails(), st.text(max_size=20)), min_size=1, max_size=6),
    st.lists(st.emails(), min_size=1, max_size=3),
    st.sampled_from([" ", "\n", ", ", " and "]),
)
def test_no_email_survives(noise: list[str], addresses: list[str], joiner: str) -> None:
    text = joiner.join(noise + addresses)
    result = redact(text)
    for address in addresses:
        assert address not in result.text, (text, result.text)


@settings(max_examples=200, deadline=None)
@given(st.emails(), st.text(max_size=30), st.text(max_size=30))
def test_email_in_any_surroundings_is_hidden(address: str, before: str, after: str) -> None:
    text = f"{before} {address} {after}"
    assert address not in redact(text).text


def test_every_phone_in_a_long_paste_is_hidden() -> None:
    text = " ".join(f"ticket {n} call +1 415 555 {n:04d}." for n in range(1500))
    result = redact(text)
    assert "415 555" not in result.text
    assert sum(span.kind == "phone" for span in result.spans) == 1500


def test_a_hidden_detail_is_named_in_the_texts_language() -> None:
    assert redact("주문번호 A-558213 확인 부탁드려요").text == "주문번호 [주문번호] 확인 부탁드려요"
    assert redact("注文番号：A-558213 をご確認ください").text.startswith("注文番号：[注文番号]")
    assert "[τηλέφωνο]" in redact("Καλέστε με στο 6912345678 αύριο.").text
    assert redact("order number A-558213").text == "order number [order]"
