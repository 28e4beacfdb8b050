"""The tone model learned from a pack's examples: it ranks the replies the rules found nothing
in, and never makes a verdict or a finding."""

from __future__ import annotations

import dataclasses

import pytest

from companion.core.checker import check, check_with_pack
from companion.core.checker.model import SEVERITY_WEIGHTS
from companion.core.checker.pack import load_pack
from companion.core.checker.tone_model import READ_CHARS, ToneModel, grams

COLD = [
    "Your order has been cancelled.",
    "The form must be completed first.",
    "Refunds are not given for opened items.",
    "The ticket has been closed.",
    "Call back during office hours.",
]
KIND = [
    "I've cancelled it for you, and the money is back on your card today.",
    "I'm happy to fill the form in with you over the phone.",
    "Thanks for sending the photos; I've arranged a swap for you.",
    "I've reopened your ticket so we can look at it together.",
    "I'll call you back at ten, if that time suits you.",
]

# (language, a reply that only states the outcome, one that does it for the customer): the
# rules find nothing in either, and the [tone] patterns alone cannot tell them apart
PAIRS = [
    (
        "en",
        "Your order has been cancelled.",
        "I've cancelled the order for you, and the full amount is back on your card today.",
    ),
]


def test_grams_are_read_inside_words_with_the_spaces_around_them() -> None:
    assert grams("No") == {" n", "no", "o ", " no", "no ", " no "}
    assert grams("I") == {" i", "i ", " i "}  # a word shorter than a size: once, whole
    assert grams("No") <= grams("no way")
    assert not any(" " in g.strip() for g in grams("no way"))  # never across two words


def test_a_text_without_spaces_is_read_in_grams_too() -> None:
    found = grams("返金はできません")
    assert "でき" in found and "できま" in found and "返金はで" in found


def test_only_the_start_of_a_long_text_is_read() -> None:
    long = "thanks a lot " * 1000 + "never again"
    assert grams(long) == grams(long[:READ_CHARS])
    assert not any("never" in g for g in grams(long))


def test_what_was_learned_ranks_unseen_lines_by_the_wording_they_share() -> None:
    model = ToneModel.learn(COLD * 3, KIND * 3)
    assert model.weights
    cold = model.coldness("Your refund has been cancelled.")
    kind = model.coldness("I've arranged the refund for you today.")
    assert 0 <= kind < 0.5 < cold <= 1


def test_a_line_in_both_lists_counts_as_cold_only() -> None:
    both = ToneModel.learn(COLD, KIND + COLD)
    assert both == ToneModel.learn(COLD, KIND)


@pytest.mark.parametrize(("cold", "kind"), [([], KIND), (COLD, []), ([" "], ["\n"])])
def test_nothing_to_learn_from_gives_no_model_and_an_even_share(
    cold: list[str], kind: list[str]
) -> None:
    model = ToneModel.learn(cold, kind)
    assert model.weights == {}
    assert model.coldness("Your order has been cancelled.") == 0.5


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"bias": 1, "weights": {}},  # an int: not what to_json gives
        {"bias": True, "weights": {}},
        {"bias": 0.5, "weights": []},
        {"bias": 0.5, "weights": {"ab": "1.0"}},
        {"bias": 0.5},
    ],
)
def test_a_kept_model_of_another_shape_is_refused(data: object) -> None:
    assert ToneModel.from_json(data) is None


def test_a_kept_model_reads_back_the_same() -> None:
    model = ToneModel.learn(COLD * 3, KIND * 3)
    again = ToneModel.from_json(model.to_json())
    assert again == model
    assert again is not None and again.coldness(COLD[0]) == model.coldness(COLD[0])


@pytest.mark.parametrize("lang", ["en", "ko", "ja", "el"])
def test_every_shipped_pack_learns_its_model_from_its_own_examples(lang: str) -> None:
    pack = load_pack(lang)
    assert 0 < pack.tone.learned <= 1
    assert len(pack.tone.model.model().weights) > 1000
    examples = [e for r in pack.rules for e in r.examples]
    not_examples = [e for r in pack.rules for e in r.not_examples]
    cold = sum(pack.tone.model.coldness(e) > 0.5 for e in examples) / len(examples)
    kind = sum(pack.tone.model.coldness(e) > 0.5 for e in not_examples) / len(not_examples)
    assert cold > 0.7 and kind < 0.5  # it learned which is which


@pytest.mark.parametrize(("lang", "outcome", "done_for_them"), PAIRS)
def test_a_reply_that_does_it_for_the_customer_ranks_warmer_than_the_bare_outcome(
    lang: str, outcome: str, done_for_them: str
) -> None:
    bare, warm = check(outcome, lang=lang), check(done_for_them, lang=lang)
    assert (bare.findings, warm.findings) == ((), ())
    assert bare.score > warm.score


def test_the_learned_share_never_lifts_a_reply_to_a_verdict() -> None:
    pack = load_pack("en")
    model = pack.tone.model.model()
    coldest = sorted(model.weights, key=model.weights.__getitem__)[-300:]
    # words made of nothing but the coldest n-grams, with the [tone] patterns' cool kinds too
    text = " ".join(g.strip() for g in coldest) + " You must not. Per policy, no."
    layout = pack.layout(text)
    from companion.core.checker.scoring import lean

    assert model.coldness(layout.agent_text()) > 0.99
    assert lean(pack.tone, layout) < SEVERITY_WEIGHTS["hint"]
    everything = dataclasses.replace(pack.tone, learned=1.0)
    assert lean(everything, layout) < SEVERITY_WEIGHTS["hint"]


def test_the_customers_quoted_words_are_not_read_by_the_model() -> None:
    pack = load_pack("en")
    plain = "I've cancelled the order for you, and the full amount is back on your card today."
    quoted = "> Cancelled. Closed. Not refunded. Denied.\n\n" + plain
    report = check_with_pack(quoted, pack)
    assert not report.findings
    assert report.score == check_with_pack(plain, pack).score


def test_a_pack_learns_a_model_only_when_its_tone_gives_the_model_a_share() -> None:
    from companion.core.checker import parse_pack
    from tests.support import one_rule_pack

    data = one_rule_pack(
        patterns=["cancelled|closed|must|not given|office hours"],
        examples=COLD * 3,
        not_examples=KIND * 3,
    )
    assert parse_pack(data, "zz.toml").tone.model.model().weights == {}
    data["tone"] = {"learned": 1.0}
    pack = parse_pack(data, "zz.toml")
    assert pack.tone.model.model() == ToneModel.learn(COLD * 3, KIND * 3)
    # a reply with no finding now scores how cold it reads, from 0 to under a hint's weight
    kind = check_with_pack("I've arranged a new card for you today.", pack)
    cold = check_with_pack("Your card has been stopped.", pack)
    assert (kind.findings, cold.findings) == ((), ())
    assert 0 <= kind.score < cold.score < SEVERITY_WEIGHTS["hint"]


def test_a_learned_model_shares_one_object_per_weight_value() -> None:
    weights = load_pack("ja").tone.model.model().weights
    assert len(weights) > 5000
    assert len({id(v) for v in weights.values()}) == len(set(weights.values())) < 600


def test_the_model_is_learned_once_however_many_threads_ask_at_first() -> None:
    import threading

    from companion.core.checker.tone_model import LearnedTone

    calls: list[int] = []

    class Counting:
        def load(self) -> ToneModel | None:
            calls.append(1)
            return None

        def save(self, model: ToneModel) -> None:
            pass

    learned = LearnedTone(COLD * 3, KIND * 3, Counting())
    seen: list[ToneModel] = []
    threads = [threading.Thread(target=lambda: seen.append(learned.model())) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(calls) == 1 and len(seen) == 8
    assert all(m is seen[0] for m in seen)


def test_a_model_still_to_learn_sends_the_first_check_to_the_background() -> None:
    from companion.core.checker import check_with_pack, is_ready_for
    from companion.core.checker.tone_model import LearnedTone

    learned = LearnedTone(COLD, KIND)
    assert not learned.ready
    learned.model()
    assert learned.ready and LearnedTone().ready
    pack = load_pack.__wrapped__("en")  # type: ignore[attr-defined]
    check_with_pack("No. You are wrong.", pack)  # findings: the lean is not needed yet
    assert not pack.tone.model.ready
    check_with_pack("The charger ships on Monday.", pack)
    assert pack.tone.model.ready
    check("The charger ships on Monday.", lang="en")
    assert is_ready_for("The charger ships on Monday.")
