"""`check --batch` and `reframe detect --batch`: JSON lines in, one answer per line out, in
order, bad lines answered with an error and the rest still checked."""

from __future__ import annotations

import json

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
