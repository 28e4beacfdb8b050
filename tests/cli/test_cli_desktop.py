"""`companion desktop install|uninstall` and `companion completion SHELL` as a user runs them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from companion import desktop
from companion.cli import build_parser
from companion.cli.completion import commands
from tests.support import run_cli, run_process
from tests.test_desktop import parse_exec, validate


def launcher() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "applications" / desktop.DESKTOP_FILE


def exec_lines() -> list[list[str]]:
    text = launcher().read_text(encoding="utf-8")
    return [parse_exec(line[5:]) for line in text.splitlines() if line.startswith("Exec=")]


def test_install_then_uninstall():
    code, out, err = run_cli(["desktop", "install"])
    assert (code, err) == (0, "")
    assert out.startswith(f"Added Companion to the app launcher: {launcher()}\n")
    assert "Log positive, Log negative and Check clipboard" in out
    # Run inside pytest, Companion was started by this interpreter, not by its script.
    assert exec_lines()[0] == [sys.executable, "-m", "companion"]
    validate(["desktop-file-validate"], launcher())

    code, out, _ = run_cli(["desktop", "uninstall"])
    assert code == 0 and out == "Removed Companion from the app launcher (6 files).\n"
    assert not launcher().exists()
    code, out, _ = run_cli(["desktop", "uninstall"])
    assert code == 0 and "nothing to remove" in out


def test_the_script_installs_a_launcher_that_runs_the_script(tmp_path):
    script = Path(sys.executable).with_name("companion")
    if not script.is_file():
        pytest.skip("Companion is not installed with its script beside this interpreter")
    env = dict(os.environ)
    result = subprocess.run(
        [str(script), "desktop", "install"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert exec_lines()[1:] == [
        [str(script), "log", "+"],
        [str(script), "log", "-"],
        [str(script), "check", "--clipboard"],
    ]


def test_python_dash_m_installs_a_launcher_that_runs_python_dash_m():
    result = run_process("desktop", "install")
    assert result.returncode == 0, result.stderr
    assert exec_lines()[0] == [sys.executable, "-m", "companion"]
    validate(
        ["appstreamcli", "validate", "--no-net"],
        next(launcher().parent.parent.glob("metainfo/*.xml")),
    )


def test_windows_and_macos_are_told_it_is_for_linux(monkeypatch):
    monkeypatch.setattr(sys, "platform", "darwin")
    code, out, err = run_cli(["desktop", "install"])
    assert (code, out) == (2, "")
    assert err.startswith("companion: The app launcher entry is for Linux desktops")
    assert len(err.splitlines()) == 1
    assert not launcher().exists()


def test_desktop_needs_an_action():
    code, _, err = run_cli(["desktop"])
    assert code == 2 and "required" in err


# --- completion -----------------------------------------------------------------------------------


def script(shell: str, tmp_path: Path) -> Path:
    code, out, err = run_cli(["completion", shell])
    assert (code, err) == (0, "")
    path = tmp_path / f"companion.{shell}"
    path.write_text(out, encoding="utf-8")
    return path


def bash_complete(path: Path, *words: str) -> list[str]:
    """What bash offers for the command line ``words`` (the last one being completed)."""
    quoted = " ".join("'" + word.replace("'", "'\\''") + "'" for word in words)
    program = (
        f"source '{path}'; COMP_WORDS=(companion {quoted}); COMP_CWORD={len(words)}; "
        "_companion; printf '%s\\n' \"${COMPREPLY[@]}\""
    )
    result = subprocess.run(
        ["bash", "--norc", "-c", program], capture_output=True, text=True, check=True
    )
    return [line for line in result.stdout.splitlines() if line]


@pytest.fixture
def bash_script(tmp_path) -> Path:
    if shutil.which("bash") is None:
        pytest.skip("no bash here")
    return script("bash", tmp_path)


def test_bash_completes_every_command(bash_script):
    top = {name for name, _ in commands(build_parser())[0].subcommands}
    assert {"log", "check", "desktop", "completion", "export"} <= top
    assert set(bash_complete(bash_script, "")) == top
    assert bash_complete(bash_script, "ex") == ["export"]
    assert bash_complete(bash_script, "desktop", "") == ["install", "uninstall"]
    assert bash_complete(bash_script, "completion", "") == ["bash", "zsh", "fish"]


def test_bash_completes_choices_and_options(bash_script):
    assert bash_complete(bash_script, "log", "") == ["+", "-"]
    assert bash_complete(bash_script, "log", "--topic", "billing", "--n") == ["--note"]
    assert bash_complete(bash_script, "export", "reflections", "--format", "") == ["md", "csv"]
    assert bash_complete(bash_script, "export", "reflections", "--b") == ["--bom"]
    assert "--clipboard" in bash_complete(bash_script, "check", "--")


def test_bash_completes_files_where_a_file_goes(bash_script, tmp_path, monkeypatch):
    (tmp_path / "draft reply.txt").write_text("Hello")
    monkeypatch.chdir(tmp_path)
    assert bash_complete(bash_script, "check", "dra") == ["draft reply.txt"]
    assert bash_complete(bash_script, "export", "happy", "-o", "dra") == ["draft reply.txt"]
    assert bash_complete(bash_script, "today", "dra") == []  # takes no file


def test_fish_completes_from_its_script(tmp_path):
    if shutil.which("fish") is None:
        pytest.skip("no fish here")
    path = script("fish", tmp_path)

    def complete(line: str) -> list[str]:
        result = subprocess.run(
            ["fish", "--no-config", "-c", f"source '{path}'; complete -C '{line}'"],
            capture_output=True,
            text=True,
            check=True,
        )
        return [row.split("\t")[0] for row in result.stdout.splitlines()]

    assert "export" in complete("companion ")
    assert complete("companion desktop ") == ["install", "uninstall"]
    assert complete("companion export reflections --format ") == ["csv", "md"]
    assert "--clipboard" in complete("companion check --")


def test_zsh_completes_through_its_bash_layer(tmp_path):
    if shutil.which("zsh") is None:
        pytest.skip("no zsh here")
    path = script("zsh", tmp_path)

    def complete(*words: str) -> list[str]:
        # zsh's compgen offers every word and leaves matching the prefix to the completion
        # system, so only whole-word cases are asked here.
        array = " ".join('"' + word + '"' for word in words)
        runner = tmp_path / "run.zsh"
        runner.write_text(
            f"source '{path}'\n"
            "emulate sh -c '\n"
            f"  COMP_WORDS=(companion {array}); COMP_CWORD={len(words)}; _companion\n"
            '  printf "%s\\n" "${COMPREPLY[@]}"\n'
            "'\n"
        )
        result = subprocess.run(
            ["zsh", "-f", str(runner)], capture_output=True, text=True, check=True
        )
        return [line for line in result.stdout.splitlines() if line]

    assert complete("desktop", "") == ["install", "uninstall"]
    assert complete("export", "reflections", "--format", "") == ["md", "csv"]
    assert "completion" in complete("")


def test_completion_needs_a_known_shell():
    code, _, err = run_cli(["completion", "tcsh"])
    assert code == 2 and "invalid choice" in err
