"""Redaction: what is hidden, what is left alone, and that it never breaks on odd input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from companion.core.redact import KINDS, apply_spans, luhn_valid, redact


def hidden(text: str) -> list[tuple[str, str]]:
    """(kind, original text) of every span, for readable assertions."""
    return [(span.kind, text[span.start : span.end]) for span in redact(text).spans]


# --- e-mail -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("write to jane.doe@example.com please", "jane.doe@example.com"),
        ("Mail: J.O'Brien+billing@mail.example.co.uk.", "J.O'Brien+billing@mail.example.co.uk"),
        ("(support@shop.io)", "support@shop.io"),
        ("'quoted@example.org'", "quoted@example.org"),
        ("UPPER@EXAMPLE.COM", "UPPER@EXAMPLE.COM"),
        ("idn user@xn--80ak6aa92e.xn--p1ai here", "user@xn--80ak6aa92e.xn--p1ai"),
    ],
)
def test_email_is_hidden(text: str, address: str) -> None:
    result = redact(text)
    assert ("email", address) in hidden(text)
    assert address not in result.text
    assert "[email]" in result.text


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
    text = "ring 020 7946 0958 after lunch"
    assert hidden(text) == []
    result = redact(text, regions=("GB",))
    assert result.text == "ring [phone] after lunch"


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
    ],
)
def test_card_is_hidden(text: str, card: str) -> None:
    assert ("card", card) in hidden(text)
    assert redact(text).text.count("[card]") == 1


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
    ],
)
def test_order_number_is_hidden(text: str, identifier: str) -> None:
    assert ("order", identifier) in hidden(text)
    result = redact(text).text
    assert identifier not in result
    assert "[order]" in result


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
