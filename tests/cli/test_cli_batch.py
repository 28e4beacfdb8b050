"""`check --batch` and `reframe detect --batch`: JSON lines in, one answer per line out, in
order, bad lines answered with an error and the rest still checked."""

from __future__ import annotations

import json

import pytest

from companion.store import checks as checks_store
from tests.support import run_cli, run_process

LINES = [
    {"id": "a", "text": "No. You are wrong, as I already said!!!"},
    {"id": 7, "text": "Thanks for waiting: I've refunded the order, you'll see it in 3 days."},
    {"id": "c", "text": "Same reply in another language.", "lang": "xx"},
]


def feed(rows: list[object]) -> str:
    return "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows)


def test_check_batch_answers_every_line_in_order_with_its_id(clock):
    stdin = feed([LINES[0], "not json", "", LINES[1], {"id": "no text"}, LINES[2], [1, 2]])
    code, out, err = run_cli(["check", "--batch", "-"], clock, stdin=stdin)
    assert (code, err) == (0, "")
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a.get("id") for a in answers] == ["a", None, 7, "no text", "c", None]
    single = json.loads(run_cli(["check", "-", "--json"], clock, stdin=LINES[0]["text"])[1])
    assert {k: v for k, v in answers[0].items() if k != "id"} == single
    assert answers[0]["verdict"] == "hard" and answers[2]["verdict"] == "ok"
    assert "not a JSON object" in answers[1]["error"] and answers[1]["line"] == 2
    assert answers[3]["error"] == 'no "text" string'
    assert "no checking rules" in answers[4]["error"]
    assert "error" in answers[5]


def test_a_batch_is_not_counted_as_replies_checked(clock, store):
    run_cli(["check", "--batch", "-"], clock, stdin=feed(LINES[:2]))
    stats = checks_store.day_check_stats(store, clock().replace(hour=0), clock().replace(hour=23))
    assert stats.checks == 0


def test_check_batch_from_a_file_in_one_process(tmp_path):
    source = tmp_path / "macros.jsonl"
    source.write_text(feed(LINES[:2] * 50), encoding="utf-8")
    done = run_process("check", "--batch", str(source))
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == 100


def test_check_batch_refuses_a_file_argument_too(clock):
    code, _, err = run_cli(["check", "reply.txt", "--batch", "-"], clock)
    assert code == 2 and "--batch FILE on its own" in err


def test_reframe_detect_batch(clock):
    rows = [
        {"id": 1, "text": "I always mess this up and everyone hates me."},
        {"id": 2, "text": "This call went badly; the next one can go better."},
        "{",
    ]
    code, out, _ = run_cli(["reframe", "detect", "--batch", "-"], clock, stdin=feed(rows))
    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [a.get("id") for a in answers] == [1, 2, None]
    single = json.loads(run_cli(["reframe", "detect", "--json", rows[0]["text"]], clock)[1])
    assert {k: v for k, v in answers[0].items() if k != "id"} == single
    assert answers[0]["permanent"] and not answers[1]["permanent"]
    assert "error" in answers[2]


def test_a_line_json_cannot_read_is_answered_and_the_rest_still_checked(clock):
    # arrays nested deeper than the parser goes, and an id of 5,000 digits (over Python's
    # limit on turning digits into a number): each its own error, not the end of the batch
    nested = "[" * 100_000 + "]" * 100_000
    huge = '{"id": ' + "9" * 5000 + ', "text": "Thanks!"}'
    stdin = feed([nested, LINES[1], huge, LINES[0]])
    for command in (["check", "--batch", "-"], ["reframe", "detect", "--batch", "-"]):
        code, out, err = run_cli(command, clock, stdin=stdin)
        assert (code, err) == (0, "")
        answers = [json.loads(line) for line in out.splitlines()]
        assert [a.get("id") for a in answers] == [None, 7, None, "a"]
        assert [a.get("line") for a in answers[::2]] == [1, 3]
        assert all("not a JSON object" in a["error"] for a in answers[::2])
        assert "error" not in answers[1] and "error" not in answers[3]


def strict_json(line: str) -> dict[str, object]:
    """A line read as strict JSON readers read it: no NaN or Infinity."""

    def refuse(name: str) -> object:
        raise ValueError(name)

    value = json.loads(line, parse_constant=refuse)
    assert isinstance(value, dict)
    return value


def test_a_lone_surrogate_in_korean_or_japanese_text_is_one_answer_not_the_end(clock):
    # "\udcff" in the JSON: Python reads it as a lone surrogate, which the analysers refuse
    stdin = feed(
        [
            '{"id": 1, "text": "안 됩니다\\udcff."}',
            '{"id": 2, "text": "返金はできません\\ud800。"}',
            LINES[1],
        ]
    )
    for command in (["check", "--batch", "-"], ["reframe", "detect", "--batch", "-"]):
        code, out, err = run_cli(command, clock, stdin=stdin)
        assert (code, err) == (0, "")
        answers = [json.loads(line) for line in out.splitlines()]
        assert [a.get("id") for a in answers] == [1, 2, 7]
        assert not any("error" in a for a in answers)


def test_a_line_break_inside_a_text_does_not_split_its_line(clock):
    texts = ["one\u2028two", "page\x0cbreak", "next\u2029line", "old\x85mac", "a\x1eb"]
    stdin = "".join(
        json.dumps({"id": n, "text": t}, ensure_ascii=False) + "\n" for n, t in enumerate(texts)
    ) + "\r\n".join([json.dumps(LINES[1]), ""])
    code, out, err = run_cli(["check", "--batch", "-"], clock, stdin=stdin)
    assert (code, err) == (0, "")
    answers = [strict_json(line) for line in out.split("\n") if line]
    assert [a.get("id") for a in answers] == [0, 1, 2, 3, 4, 7]
    assert not any("error" in a for a in answers)


@pytest.mark.parametrize("number", ["NaN", "Infinity", "-Infinity", "1e400"])
def test_a_number_json_has_no_place_for_is_an_error_and_every_answer_is_json(clock, number):
    stdin = feed(['{"id": ' + number + ', "text": "Thanks!"}', LINES[1]])
    for command in (["check", "--batch", "-"], ["reframe", "detect", "--batch", "-"]):
        code, out, _ = run_cli(command, clock, stdin=stdin)
        assert code == 0
        answers = [strict_json(line) for line in out.splitlines()]
        assert answers[0] == {"id": None, "line": 1, "error": answers[0]["error"]}
        assert answers[1]["id"] == 7 and "error" not in answers[1]


def test_a_byte_that_is_not_utf8_costs_only_its_own_line(clock, tmp_path):
    source = tmp_path / "macros.jsonl"
    source.write_bytes(
        b'{"id": 1, "text": "No. You are wrong, as I already said!!!"}\n'
        b'{"id": 2, "text": "Thanks \xff for waiting."}\n'
        b'{"id": 3, "text": "All done: your refund is on its way."}\n'
    )
    code, out, err = run_cli(["check", "--batch", str(source)], clock)
    assert (code, err) == (0, "")
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["id"] for a in answers] == [1, 2, 3]
    assert answers[0]["verdict"] == "hard" and "error" not in answers[1]


def test_a_text_too_long_to_check_whole_says_so_in_its_answer(clock):
    long = "Thanks for waiting. " * 60_000 + "No. That is your fault."
    code, out, _ = run_cli(["check", "--batch", "-"], clock, stdin=feed([{"id": 1, "text": long}]))
    answer = json.loads(out)
    assert code == 0 and answer["truncated"] is True
    assert answer["checked_chars"] == 1_000_000 < len(long)
    short = json.loads(run_cli(["check", "--batch", "-"], clock, stdin=feed(LINES[1:2]))[1])
    assert "truncated" not in short


def test_a_text_the_code_fails_on_is_one_error_and_the_rest_are_answered(clock, monkeypatch):
    import companion.core.checker as checker

    real = checker.check

    def failing(text, lang=None, **kwargs):  # type: ignore[no-untyped-def]
        if "explode" in text:
            raise KeyError("boom")
        return real(text, lang, **kwargs)

    monkeypatch.setattr(checker, "check", failing)
    stdin = feed([LINES[1], {"id": "x", "text": "explode"}, LINES[0]])
    code, out, err = run_cli(["check", "--batch", "-"], clock, stdin=stdin)
    answers = [json.loads(line) for line in out.splitlines()]
    assert (code, err) == (0, "")
    assert [a["id"] for a in answers] == [7, "x", "a"]
    assert answers[1]["line"] == 2 and "KeyError" in answers[1]["error"]
