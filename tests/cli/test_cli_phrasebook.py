"""`companion phrases`: the phrasebook and the agent's own rehearsed answers, through the entry
point."""

from __future__ import annotations

import json

from companion.store import happy as happy_store
from companion.store import open_store
from tests.support import run_cli


def test_phrases(clock) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run_cli(["phrases", "--category", "boundary", "--json"], clock)
    data = json.loads(out)
    assert code == 0 and len(data) >= 8
    assert {d["category"] for d in data} == {"boundary"}
    assert data[0]["category_title"] == "Set a calm boundary" and data[0]["own"] is False
    code, out, _ = run_cli(["phrases", "refund"], clock)
    assert code == 0 and "refund" in out.lower() and "(P" in out
    code, out, _ = run_cli(["phrases", "zzzzqq"], clock)
    assert "No phrases match." in out
    code, _, _err = run_cli(["phrases", "--category", "nope"], clock)
    assert code == 2


def test_phrases_include_rehearsed_answers(clock) -> None:  # type: ignore[no-untyped-def]
    store = open_store()
    try:
        happy_store.add_phrase(
            store, "explain-why", "It pays for faster support.", clock(), objection="Why pay more?"
        )
    finally:
        store.close()
    _code, out, _ = run_cli(["phrases", "pay", "more", "--json"], clock)
    [answer] = [d for d in json.loads(out) if d["own"]]
    assert answer["objection"] == "Why pay more?"
    _code, out, _ = run_cli(["phrases", "pay", "more"], clock)
    assert "When they say: Why pay more?" in out
