"""The command line answers in the user's language, from the window's catalogue (.qm) read
without Qt; English stays English and JSON stays the same in every language."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.cli import i18n
from companion.core import interface_language
from tests.support import run_cli, run_process

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(sys.executable).parent
# 1 December 2026, a Tuesday, at noon local time.
NOON = dt.datetime(2026, 12, 1, 12, 0).astimezone().astimezone(dt.UTC)


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(TOOLS)) or shutil.which(f"pyside6-{name}")
    assert found is not None, f"pyside6-{name} comes with PySide6 (the dev extras)"
    return found


def message(source: str, translation: str | list[str], comment: str = "") -> str:
    def escape(text: str) -> str:
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    note = f"<comment>{escape(comment)}</comment>" if comment else ""
    if isinstance(translation, list):
        forms = "".join(f"<numerusform>{escape(form)}</numerusform>" for form in translation)
        return (
            f'<message numerus="yes"><source>{escape(source)}</source>{note}'
            f"<translation>{forms}</translation></message>"
        )
    return (
        f"<message><source>{escape(source)}</source>{note}"
        f"<translation>{escape(translation)}</translation></message>"
    )


def build_catalogue(
    folder: Path, language: str, contexts: dict[str, list[str]], name: str | None = None
) -> Path:
    """companion_<language>.qm in ``folder``, compiled by lrelease from a .ts written here."""
    body = "".join(
        f"<context><name>{context}</name>{''.join(messages)}</context>"
        for context, messages in contexts.items()
    )
    ts = folder / f"companion_{name or language}.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="{language}" sourcelanguage="en">{body}</TS>\n',
        encoding="utf-8",
    )
    qm = ts.with_suffix(".qm")
    subprocess.run([tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


KOREAN = {
    "CliRatio": [
        message("%1: %2", "%1: %2", "the day, then how it stands"),
        message("no logs yet (target %1)", "아직 기록이 없어요 (목표 %1)"),
        message("+%1 / -%2  ratio %3  target %4  %5", "긍정 %1 / 부정 %2  비율 %3  목표 %4  %5"),
        message("below target", "목표 미달"),
        message(" (%L1 more positives to reach it)", " (긍정 %L1건이 더 있으면 목표 달성)"),
        message("Logged positive. Today: %1", "긍정으로 기록했어요. 오늘: %1"),
        message("today's counts and ratio against the target", "오늘의 기록 수와 목표 대비 비율"),
    ],
    "CliErrors": [message("There is no file %1.", "%1 파일이 없어요.")],
}


@pytest.fixture
def catalogues(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A catalogue folder of this test's own, with a small Korean catalogue in it."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    build_catalogue(folder, "ko", KOREAN)
    shutil.copy(ROOT / "resources" / "i18n" / "companion_en.qm", folder)
    monkeypatch.setattr(i18n, "CATALOGUE_DIR", folder)
    i18n.forget_catalogues()
    yield folder
    i18n.forget_catalogues()
    i18n.activate("en")


def clock() -> dt.datetime:
    return NOON


def speak(monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    monkeypatch.setenv("LANG", lang)


# --- the command line in Korean -------------------------------------------------------------


def test_today_answers_in_korean(catalogues, monkeypatch):
    speak(monkeypatch, "ko_KR.UTF-8")
    code, out, err = run_cli(["today"], clock)
    assert (code, err) == (0, "")
    assert out == "2026년 12월 1일 (화): 아직 기록이 없어요 (목표 3 : 1)\n"
    run_cli(["log", "-"], clock)
    code, out, _ = run_cli(["log", "+"], clock)
    assert out.startswith(
        "긍정으로 기록했어요. 오늘: 긍정 1 / 부정 1  비율 1 : 1  목표 3 : 1  목표 미달"
    )
    assert "(긍정 2건이 더 있으면 목표 달성)" in out


def test_help_is_in_korean(catalogues, monkeypatch, capsys):
    speak(monkeypatch, "ko_KR.UTF-8")
    with pytest.raises(SystemExit):
        run_cli(["--help"])
    assert "오늘의 기록 수와 목표 대비 비율" in capsys.readouterr().out


def test_a_command_the_app_runs_speaks_the_language_too(catalogues, monkeypatch):
    """The running app builds the parser itself for a command handed to it."""
    from companion.cli import build_parser

    speak(monkeypatch, "ko_KR.UTF-8")
    assert "오늘의 기록 수와 목표 대비 비율" in build_parser().format_help()
    speak(monkeypatch, "C.UTF-8")
    assert "today's counts and ratio against the target" in build_parser().format_help()


def test_an_error_from_core_is_translated_at_the_edge(catalogues, monkeypatch, tmp_path):
    speak(monkeypatch, "ko_KR.UTF-8")
    missing = tmp_path / "nothing.txt"
    code, out, err = run_cli(["check", str(missing)])
    assert code == 2 and out == ""
    assert err == f"companion: {missing} 파일이 없어요.\n"


def test_a_text_not_yet_translated_stays_english(catalogues, monkeypatch):
    speak(monkeypatch, "ko_KR.UTF-8")
    assert run_cli(["undo"], clock)[1] == "Nothing to undo today.\n"


def test_english_stays_english(catalogues, monkeypatch):
    for lang in ("C.UTF-8", "en_US.UTF-8", "POSIX", "fr_FR.UTF-8"):
        speak(monkeypatch, lang)
        out = run_cli(["today"], clock)[1]
        assert out == "Tue 1 Dec 2026: no logs yet (target 3 : 1)\n", lang


def test_json_is_the_same_in_every_language(catalogues, monkeypatch):
    run_cli(["log", "+", "--topic", "billing"], clock)
    run_cli(["log", "-"], clock)
    answers = set()
    for lang in ("C.UTF-8", "ko_KR.UTF-8", "ja_JP.UTF-8", "el_GR.UTF-8"):
        speak(monkeypatch, lang)
        answers.add(run_cli(["today", "--json"], clock)[1])
        answers.add(run_cli(["reflect", "show", "--json"], clock)[1])
    assert len(answers) == 2
    assert all(json.loads(answer) for answer in answers)


def test_phrases_follow_the_interface_unless_a_language_is_named(catalogues, monkeypatch):
    english = run_cli(["phrases", "--json"])[1]
    speak(monkeypatch, "ko_KR.UTF-8")
    assert run_cli(["phrases", "--json", "--lang", "en"])[1] == english
    speak(monkeypatch, "C.UTF-8")
    assert run_cli(["phrases", "--json"])[1] == english


def test_the_language_setting_wins_over_the_system(catalogues, monkeypatch, tmp_path):
    speak(monkeypatch, "C.UTF-8")
    config = Path(os.environ["COMPANION_CONFIG_DIR"])
    config.mkdir(parents=True, exist_ok=True)
    (config / "settings.json").write_text(json.dumps({"language": "ko"}), encoding="utf-8")
    assert run_cli(["today"], clock)[1].startswith("2026년 12월 1일 (화): 아직 기록이 없어요")
    (config / "settings.json").write_text(json.dumps({"language": "system"}), encoding="utf-8")
    assert run_cli(["today"], clock)[1].startswith("Tue 1 Dec 2026: no logs yet")


def test_greek_and_japanese_dates_and_numbers_without_a_catalogue(catalogues, monkeypatch):
    run_cli(["log", "+"], clock)
    run_cli(["log", "+"], clock)
    run_cli(["log", "+"], clock)
    run_cli(["log", "+"], clock)
    run_cli(["log", "+"], clock)
    run_cli(["log", "+"], clock)
    run_cli(["log", "+"], clock)
    run_cli(["log", "-"], clock)
    run_cli(["log", "-"], clock)
    speak(monkeypatch, "el_GR.UTF-8")
    out = run_cli(["today"], clock)[1]
    assert out.startswith("Τρί 1 Δεκ 2026: +7 / -2  ratio 3,5 : 1  target 3 : 1  above target")
    speak(monkeypatch, "ja_JP.UTF-8")
    out = run_cli(["today"], clock)[1]
    assert out.startswith("2026年12月1日(火): +7 / -2  ratio 3.5 : 1")


# --- choosing the language --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "ko_KR.UTF-8"}, "ko"),
        ({"LANG": "ja_JP.UTF-8"}, "ja"),
        ({"LANG": "el_GR.UTF-8"}, "el"),
        ({"LANG": "el_CY"}, "el"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "POSIX"}, "en"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_MESSAGES": "ja_JP.UTF-8", "LANG": "ko_KR.UTF-8"}, "ja"),
        ({"LC_ALL": "el_GR.UTF-8", "LC_MESSAGES": "ja_JP.UTF-8", "LANG": "ko_KR"}, "el"),
        ({"LC_ALL": "C", "LANG": "ko_KR.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "ko_KR.UTF-8"}, "ko"),
        ({}, "en"),
    ],
)
def test_the_system_language_follows_lc_all_lc_messages_lang(environ, expected):
    assert interface_language.system_language(environ, lambda: "") == expected


def test_without_locale_variables_the_system_is_asked():
    assert interface_language.system_language({}, lambda: "ja_JP") == "ja"


@pytest.mark.parametrize(
    ("setting", "expected"), [("ko", "ko"), ("system", "el"), (None, "el"), ("xx", "el")]
)
def test_the_setting_names_the_language_or_follows_the_system(setting, expected):
    assert interface_language.resolve_language(setting, {"LANG": "el_GR.UTF-8"}) == expected


@pytest.mark.parametrize(
    "content", ['{"language": 3}', "not json", "[1, 2]", '{"language": "fr"}', '{"other": 1}']
)
def test_a_missing_or_odd_setting_follows_the_system(tmp_path, content):
    (tmp_path / "settings.json").write_text(content, encoding="utf-8")
    assert interface_language.language_setting(tmp_path) is None
    assert interface_language.language_setting(tmp_path / "nowhere") is None


# --- the catalogue reader reads what QTranslator reads ------------------------------------------

PLURALS = {
    # language: as many forms as Qt gives it, each naming its own index
    "el": ["el-0 %n", "el-1 %n"],
    "ja": ["ja-0 %n"],
    "ru": ["ru-0 %n", "ru-1 %n", "ru-2 %n"],
    "pl": ["pl-0 %n", "pl-1 %n", "pl-2 %n"],
    "lt": ["lt-0 %n", "lt-1 %n", "lt-2 %n"],
    "ar": ["ar-0 %n", "ar-1 %n", "ar-2 %n", "ar-3 %n", "ar-4 %n", "ar-5 %n"],
    "fr": ["fr-0 %n", "fr-1 %n"],
    "cy": ["cy-0 %n", "cy-1 %n", "cy-2 %n", "cy-3 %n", "cy-4 %n"],
    "sl": ["sl-0 %n", "sl-1 %n", "sl-2 %n", "sl-3 %n"],
}


@pytest.mark.parametrize("language", sorted(PLURALS))
def test_counts_take_the_forms_qtranslator_gives(tmp_path, language):
    from PySide6.QtCore import QTranslator

    contexts = {
        "CliCheck": [
            message("%n finding(s)", PLURALS[language]),
            message("Plain", f"Plain in {language}"),
            message("Twice", "Twice, the first", "first"),
            message("Twice", "Twice, the second", "second"),
            message("Only with a comment", "Found without it", "a note"),
        ]
    }
    qm = build_catalogue(tmp_path, language, contexts)
    ours = i18n.Catalogue.load(qm)
    assert isinstance(ours, i18n.Catalogue)
    theirs = QTranslator()
    assert theirs.load(str(qm))
    for n in [*range(0, 130), 1000, 1001, 1011, 1_000_000, 2_000_001]:
        expected = theirs.translate("CliCheck", "%n finding(s)", None, n)
        assert ours.translate("CliCheck", "%n finding(s)", "", n) == expected, n
    for source, comment in [
        ("Plain", ""),
        ("Twice", "first"),
        ("Twice", "second"),
        ("Only with a comment", "a note"),
        ("Only with a comment", "another note"),
        ("Missing", ""),
    ]:
        assert ours.translate("CliCheck", source, comment) == theirs.translate(
            "CliCheck", source, comment or None
        ), (source, comment)


def test_a_damaged_or_missing_catalogue_leaves_english(tmp_path, monkeypatch):
    (tmp_path / "companion_ko.qm").write_bytes(b"not a catalogue at all")
    monkeypatch.setattr(i18n, "CATALOGUE_DIR", tmp_path)
    i18n.forget_catalogues()
    try:
        for language in ("ko", "ja"):
            i18n.activate(language)
            assert i18n.Texts("CliRatio").tr("Nothing to undo today.") == "Nothing to undo today."
    finally:
        i18n.activate("en")
        i18n.forget_catalogues()


def test_a_truncated_catalogue_leaves_english(tmp_path):
    qm = build_catalogue(tmp_path, "ko", KOREAN)
    data = qm.read_bytes()
    for cut in (20, len(data) // 2, len(data) - 3):
        qm.write_bytes(data[:cut])
        assert i18n.Catalogue.load(qm) is False, cut


def test_english_counts_come_from_the_english_catalogue(catalogues):
    i18n.activate("en")
    texts = i18n.Texts("HappyScreen")
    assert texts.tr("%Ln entry(s)", "", 1) == "1 entry"
    assert texts.tr("%Ln entry(s)", "", 1234) == "1,234 entries"


def test_arguments_fill_in_one_pass():
    text = i18n.Text("%2 before %1, %1 again, %3 stays")
    assert text.arg("a%2", "b") == "b before a%2, a%2 again, %3 stays"
    i18n.activate("el")
    try:
        assert i18n.Text("%L1 characters").arg(12345) == "12.345 characters"
    finally:
        i18n.activate("en")


# --- days and numbers as QLocale writes them ------------------------------------------------------

PATTERNS = sorted(
    {pattern for table in interface_language.DATE_FORMATS for pattern in table.values()}
    | {"yyyy-MM-dd HH:mm", "dd/MM/yy", "d 'de' MMMM", "HH:mm:ss"}
)


@pytest.mark.parametrize("language", interface_language.LANGUAGES)
def test_days_read_as_qlocale_writes_them(language):
    from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

    locale = QLocale(language)
    start = dt.datetime(2026, 1, 1, 7, 5, 9)
    for offset in range(0, 400, 3):
        moment = start + dt.timedelta(days=offset, hours=offset % 17)
        qt_moment = QDateTime(
            QDate(moment.year, moment.month, moment.day),
            QTime(moment.hour, moment.minute, moment.second),
        )
        for pattern in PATTERNS:
            assert i18n.date_text(moment, pattern, language) == locale.toString(
                qt_moment, pattern
            ), (language, pattern, moment)


@pytest.mark.parametrize("language", interface_language.LANGUAGES)
def test_numbers_read_as_qlocale_writes_them(language):
    from PySide6.QtCore import QLocale

    locale = QLocale(language)
    for value in (0, 7, 999, 1000, 1234, 12345, 1234567, -4321):
        assert i18n.number(value, 0, language) == locale.toString(value)
    for value in (0.5, 3.25, 1234.5, 98765.432):
        assert i18n.number(value, 2, language) == locale.toString(value, "f", 2)


def test_the_window_and_the_terminal_say_a_day_alike():
    for language, expected in [
        ("ko", "12월 1일 화요일"),
        ("ja", "12月1日(火)"),
        ("el", "Τρίτη 1 Δεκεμβρίου"),
        ("en", "Tuesday 1 December"),
    ]:
        i18n.activate(language)
        assert i18n.day_text(dt.date(2026, 12, 1)) == expected
    i18n.activate("en")


# --- extraction and start-up ----------------------------------------------------------------------


def test_lupdate_finds_every_text_in_the_context_its_module_names(tmp_path):
    """Each module's ``X = Texts("X")`` is the context lupdate reads from ``X.tr(…)``."""
    import xml.etree.ElementTree as ET

    sources = sorted((ROOT / "companion" / "cli").glob("*.py"))
    declared = {}
    for path in sources:
        for name, context in re.findall(r'^(\w+) = Texts\("(\w+)"\)', path.read_text(), re.M):
            assert name == context, path
            declared[context] = path
    ts = tmp_path / "cli.ts"
    subprocess.run(
        [tool("lupdate"), *map(str, sources), "-locations", "none", "-ts", str(ts)],
        check=True,
        capture_output=True,
    )
    found: dict[str, list[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        found[context.findtext("name", "")] = [
            m.findtext("source", "") for m in context.iter("message")
        ]
    assert set(found) == set(declared)
    assert sum(len(texts) for texts in found.values()) > 150
    for path in sources:  # lupdate would take an f-string's {placeholders} as they are
        assert not re.search(r"\.tr\(\s*f[\"']", path.read_text()), path
    assert "today's counts and ratio against the target" in found["CliRatio"]


@pytest.mark.parametrize("lang", ["C.UTF-8", "ko_KR.UTF-8"])
def test_the_command_line_loads_no_qt(lang, tmp_path):
    env = {**os.environ, "LANG": lang, "PYTHONPROFILEIMPORTTIME": "1"}
    done = run_process("log", "--help", env=env)
    assert done.returncode == 0
    assert "PySide6" not in done.stderr
    done = run_process("today", env=env)
    assert done.returncode == 0 and "PySide6" not in done.stderr
