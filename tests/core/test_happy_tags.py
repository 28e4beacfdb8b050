"""Tags keep how they were written (a Greek final sigma too) and are compared loosely."""

from __future__ import annotations

import pytest

from companion.core.happy import normalise_tag, normalise_tags, tag_key


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Ευχαριστίες", "ευχαριστίες"),
        ("#ΕΥΧΑΡΙΣΤΊΕΣ", "ευχαριστίες"),
        ("Γρήγορες Λύσεις", "γρήγορες λύσεις"),
        # Written, or stored by an older version, with "σ" at the end of a word.
        ("ευχαριστίεσ", "ευχαριστίες"),
        ("γρήγορεσ λύσεισ", "γρήγορες λύσεις"),
        ("Σοφία", "σοφία"),
        ("ΟΔΥΣΣΕΑΣ", "οδυσσεας"),
        ("σ", "σ"),
        ("#Billing", "billing"),
        ("감사 인사", "감사 인사"),
    ],
)
def test_a_tag_keeps_its_written_letters(typed: str, stored: str) -> None:
    assert normalise_tag(typed) == stored


@pytest.mark.parametrize(
    "spelling",
    ["ευχαριστιες", "ΕΥΧΑΡΙΣΤΙΕΣ", "Ευχαριστίες", "ευχαριστίεσ", "#ευχαριστίες"],
)
def test_spellings_of_a_tag_share_its_key(spelling: str) -> None:
    assert tag_key(spelling) == tag_key("ευχαριστίες")


def test_different_tags_have_different_keys() -> None:
    assert tag_key("κεφάλαια") != tag_key("κεφάλι")
    assert tag_key("billing") != tag_key("shipping")


def test_spellings_of_one_tag_are_kept_once_as_first_written() -> None:
    assert normalise_tags(["Ευχαριστίες", "ευχαριστιες", "ΕΥΧΑΡΙΣΤΙΕΣ, κεφάλαια"]) == (
        "ευχαριστίες",
        "κεφάλαια",
    )
