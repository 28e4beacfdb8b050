"""`companion reframe detect`: the word check of the reframe guide, in the terminal."""

from __future__ import annotations

import json

from tests.support import run_cli, run_process


def test_detect_json_contract_exactly() -> None:
    code, out, err = run_cli(
        ["reframe", "detect", "Everyone always blames me, it's my fault.", "--json"]
    )
    assert code == 0 and err == ""
    data = json.loads(out)
    assert list(data) == ["permanent", "pervasive", "personal", "suggestions", "lang"]
    assert data["permanent"] == [{"start": 9, "end": 15, "text": "always"}]
    assert data["pervasive"] == [{"start": 0, "end": 8, "text": "Everyone"}]
    assert data["personal"] == [{"start": 32, "end": 40, "text": "my fault"}]
    assert list(data["suggestions"]) == ["permanent", "pervasive", "personal"]
    # the clause holding only the other dimensions' words is left out, not copied unchanged
    assert data["suggestions"]["personal"] == "It's not only down to me."


def test_detect_reads_standard_input() -> None:
    code, out, _ = run_cli(["reframe", "detect", "--json"], stdin="The parcel was late.")
    assert code == 0
    assert json.loads(out) == {
        "permanent": [],
        "pervasive": [],
        "personal": [],
        "suggestions": {"permanent": None, "pervasive": None, "personal": None},
        "lang": "en",
    }
    code, out, _ = run_cli(["reframe", "detect", "-"], stdin="> always happy to help\nI'm useless")
    assert code == 0
    assert "Personal" in out and "“I'm useless”" in out and "always" not in out
    assert "Try: I'm having a hard time." in out


def test_detect_plain_output_says_when_nothing_is_found() -> None:
    code, out, _ = run_cli(["reframe", "detect", "I'm not bad at this"])
    assert code == 0 and out.strip() == "No permanent, pervasive or personal wording found."


def test_detect_refuses_huge_input_with_exit_2() -> None:
    code, out, err = run_cli(["reframe", "detect", "-"], stdin="x" * 30_000)
    assert code == 2 and out == "" and "limited to" in err


def test_detect_as_a_real_process(tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = run_process("reframe", "detect", "--json", stdin="Nobody ever listens to me")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["pervasive"] == [{"start": 0, "end": 6, "text": "Nobody"}]


def test_an_empty_thought_is_said_plainly_not_read_as_a_clean_one() -> None:
    for argv, stdin in ((["reframe", "detect", ""], None), (["reframe", "detect", "-"], " \n")):
        code, out, err = run_cli(argv, stdin=stdin)
        assert (code, out) == (2, "")
        assert err == "companion: Nothing to read: the thought is empty.\n"
    rows = '{"id": 1, "text": ""}\n{"id": 2, "text": "I always fail."}\n'
    code, out, _ = run_cli(["reframe", "detect", "--batch", "-"], stdin=rows)
    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and "empty" in answers[0]["error"] and "error" not in answers[1]


def test_a_language_that_is_no_code_is_named_as_it_was_typed() -> None:
    for given in ("../x", ".", "-ko"):
        code, _, err = run_cli(["reframe", "detect", f"--lang={given}", "I always fail."])
        assert code == 2
        assert f"no word lists for {given} yet." in err


def test_a_thought_of_ending_ones_life_is_answered_with_where_to_find_help_first() -> None:
    code, out, err = run_cli(["reframe", "detect", "I don't want to be alive anymore."])
    assert code == 0 and err == ""
    first, second = out.splitlines()[:2]
    assert first == "You don't have to carry this alone"
    assert "988" in second and "116 123" in second
    assert "No permanent" not in out  # not passed as a clean thought
    code, out, _ = run_cli(["reframe", "detect", "I always fail, I want to die."])
    assert code == 0 and out.startswith("You don't have to carry this alone\n")
    assert "Permanent" in out  # the wording is still marked, after the note
    code, out, _ = run_cli(["reframe", "detect", "--json", "もう死にたい。"])
    support = json.loads(out)["support"]
    assert support["heading"] and "0120-279-338" in support["message"]
    _, out, _ = run_cli(["reframe", "detect", "--json", "I'm dying to go home."])
    assert "support" not in json.loads(out)
