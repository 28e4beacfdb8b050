"""`companion check` reads each reply in the language it is written in, without being told."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.support import run_cli


def test_check_finds_the_language_of_the_reply_itself() -> None:
    for text, lang in [
        ("Κάνεις λάθος, δεν γίνεται επιστροφή.", "el"),
        ("그건 고객님 잘못입니다.", "ko"),
        ("お客様の勘違いです。", "ja"),
        ("That's not my problem.", "en"),
    ]:
        code, out, _ = run_cli(["check", "--json", "-"], stdin=text)
        assert code in (0, 1)  # 1: a hard reply
        report = json.loads(out)
        assert report["lang"] == lang
        assert report["verdict"] != "ok", text


def test_lang_still_overrides() -> None:
    code, out, _ = run_cli(["check", "--json", "--lang", "en", "-"], stdin="감사합니다")
    assert code == 0 and json.loads(out)["lang"] == "en"


def test_a_language_without_rules_is_not_passed_as_ok() -> None:
    code, out, err = run_cli(["check", "-"], stdin="这是你的问题，不能退款。")
    assert code == 2
    assert "Not checked" in err + out and "Chinese" in err + out


def test_a_batch_of_mixed_languages_is_checked_line_by_line_in_each_language() -> None:
    lines = [
        {"id": 1, "text": "You're wrong, read the manual."},
        {"id": 2, "text": "그건 고객님 잘못입니다."},
        {"id": 3, "text": "お客様の勘違いです。"},
        {"id": 4, "text": "Κάνεις λάθος."},
        {"id": 5, "text": "这是你的问题"},
        {"id": 6, "text": "Thank you!", "lang": "en"},
    ]
    stdin = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    code, out, _ = run_cli(["check", "--batch", "-"], stdin=stdin)
    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [a["id"] for a in answers] == [1, 2, 3, 4, 5, 6]
    assert [a.get("lang") for a in answers[:4]] == ["en", "ko", "ja", "el"]
    assert all(a["verdict"] != "ok" for a in answers[:4])
    assert "Not checked" in answers[4]["error"]
    assert answers[5]["verdict"] == "ok"


def test_reframe_detect_reads_each_thought_in_its_language() -> None:
    code, out, _ = run_cli(["reframe", "detect", "--json", "-"], stdin="私はいつも失敗する。")
    assert code == 0
    found = json.loads(out)
    assert found["lang"] == "ja" and found["permanent"]
    code, out, err = run_cli(["reframe", "detect", "-"], stdin="我总是把事情搞砸。")
    assert code == 2
    assert "Not read" in err and "中文" in err
    lines = [
        {"id": "a", "text": "나는 항상 일을 망쳐."},
        {"id": "b", "text": "Πάντα τα κάνω λάθος."},
        {"id": "c", "text": "我总是把事情搞砸。"},
        {"id": "d", "text": "I always mess up.", "lang": "en"},
    ]
    stdin = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    code, out, _ = run_cli(["reframe", "detect", "--batch", "-"], stdin=stdin)
    answers = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert [a.get("lang") for a in answers] == ["ko", "el", None, "en"]
    assert answers[0]["permanent"] and answers[1]["permanent"] and answers[3]["permanent"]
    assert "Not read" in answers[2]["error"]


def test_the_findings_category_is_named_in_the_users_language() -> None:
    env = {**os.environ, "LANG": "ko_KR.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
    done = subprocess.run(
        [sys.executable, "-m", "companion", "check", "-"],
        input="You're wrong.",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert "Blame" not in done.stdout and "blame (" not in done.stdout
    assert "(P3.1)" in done.stdout


def test_argparse_own_words_follow_the_language() -> None:
    env = {**os.environ, "LANG": "ja_JP.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}

    def run(*argv: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "companion", *argv],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )

    helped = run("today", "--help")
    assert helped.stdout.startswith("使い方: ") and "オプション" in helped.stdout
    assert "usage:" not in helped.stdout and "show this help" not in helped.stdout
    wrong = run("today", "--bogus")
    assert wrong.returncode == 2 and "認識できない引数" in wrong.stderr
    env["LANG"] = "C.UTF-8"
    assert run("today", "--help").stdout.startswith("usage: ")


def _check_stdin(locale: str, text: str) -> subprocess.CompletedProcess[str]:
    """``companion check -`` on ``text`` in a process whose locale is ``locale``."""
    env = {**os.environ, "LANG": locale, "LC_ALL": "", "LC_MESSAGES": ""}
    return subprocess.run(
        [sys.executable, "-m", "companion", "check", "-"],
        input=text,
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )


def test_korean_messages_take_the_particle_their_value_needs() -> None:
    done = _check_stdin("ko_KR.UTF-8", "a\x00b")
    assert done.returncode == 2
    assert "표준 입력은 " in done.stderr and "(는)" not in done.stderr


def test_not_checked_is_said_in_the_users_language() -> None:
    done = _check_stdin("ja_JP.UTF-8", "我们很抱歉，这个不能退款。")
    assert done.returncode == 2
    assert "チェックしていません" in done.stderr and "中文" in done.stderr


def test_a_reply_checked_with_another_languages_rules_is_said_so_not_passed_quietly(clock):
    code, out, err = run_cli(
        ["check", "--lang", "en", "-"], clock, stdin="절대 안 됩니다. 당신 잘못입니다."
    )
    assert code == 0 and "Verdict" in out  # checked as asked: the English rules find nothing
    assert "written in 한국어, but was checked with the English rules" in err
    assert "leave out --lang" in err
    # a few words of another language in a reply of the one asked for say nothing
    code, _, err = run_cli(
        ["check", "--lang", "en", "-"], clock, stdin="Thanks, it ships today. 감사합니다"
    )
    assert err == ""
    code, out, err = run_cli(["check", "--lang", "ko", "-"], clock, stdin="절대 안 됩니다.")
    assert "Verdict: needs care" in out and err == ""
