"""Counts are worded with each language's plural forms: the code says "%n entry(s)" and
resources/i18n gives English its "1 entry" and "2 entries", as a translation would."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from companion.core import resources

ROOT = Path(__file__).resolve().parents[2]
TS = resources.resource("i18n", "companion_en.ts")
QM = resources.resource("i18n", "companion_en.qm")
TOOLS = Path(sys.executable).parent


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}", path=str(TOOLS)) or shutil.which(f"pyside6-{name}")
    if found is None:
        pytest.skip(f"pyside6-{name} is not installed")
    return found


def plural_messages(ts: Path) -> dict[tuple[str, str], list[str] | None]:
    """(context, source) → the forms given, for every numerus message of a .ts file (None
    for one the code no longer has)."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if message.get("numerus") != "yes":
                continue
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") in ("vanished", "obsolete"):
                found[(name, message.findtext("source", ""))] = None
                continue
            forms = [] if translation.get("type") else translation.findall("numerusform")
            found[(name, message.findtext("source", ""))] = [f.text or "" for f in forms]
    return found


def test_every_count_in_the_code_has_its_english_forms(tmp_path):
    sources = [str(p) for p in sorted((ROOT / "companion").rglob("*.py"))]
    fresh = tmp_path / "fresh.ts"
    shutil.copy(TS, fresh)
    subprocess.run(
        [tool("lupdate"), *sources, "-pluralonly", "-locations", "none", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    found = plural_messages(fresh)
    gone = sorted(key for key, forms in found.items() if forms is None)
    assert not gone, f"take these out of resources/i18n/companion_en.ts: {gone}"
    in_code = {key: forms for key, forms in found.items() if forms is not None}
    missing = sorted(key for key, forms in in_code.items() if len(forms) != 2)
    assert not missing, (
        "give these their English forms in resources/i18n/companion_en.ts (pyside6-lupdate "
        "companion/**/*.py -pluralonly -locations none -ts …, then pyside6-lrelease): "
        f"{missing}"
    )
    for (_context, source), (one, many) in in_code.items():
        assert "(s)" not in one + many, source
        assert "%n" in many or "%Ln" in many, source


def test_the_compiled_forms_are_those_of_the_ts_file(tmp_path):
    compiled = tmp_path / "companion_en.qm"
    subprocess.run(
        [tool("lrelease"), str(TS), "-qm", str(compiled)], check=True, capture_output=True
    )
    assert compiled.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on companion_en.ts"


# The Check screen is being reworked; its "%d finding(s)" lines move to %n with that work.
NOT_YET: set[str] = set()


def test_no_visible_text_counts_with_a_bracketed_plural():
    """'1 day(s)' or '%d finding(s)' in a text people read: the forms belong in a plural."""
    pattern = re.compile(r"""tr\(\s*(f?["'])(?:(?!\1).)*\w\((?:s|es|ies)\)""")
    offenders = []
    for path in sorted((ROOT / "companion").rglob("*.py")):
        if path.relative_to(ROOT).as_posix() in NOT_YET:
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line) and '"", ' not in line and "%n" not in line:
                offenders.append(f"{path.relative_to(ROOT)}:{number}")
    assert not offenders


@pytest.mark.parametrize(
    ("count", "expected"),
    [(0, "0 entries"), (1, "1 entry"), (2, "2 entries"), (21, "21 entries")],
)
def test_english_counts_read_as_english(qapp, count, expected):
    text = QCoreApplication.translate("HappyScreen", "%Ln entry(s)", None, count)
    assert text == expected


def translations_script():  # type: ignore[no-untyped-def]
    """scripts/translations.py, the one place that knows what complete and current mean."""
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "scripts" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["translations"] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    tool("lupdate")
    return module


CATALOGUES = sorted(path.stem.removeprefix("companion_") for path in TS.parent.glob("*.ts"))


@pytest.mark.parametrize("language", CATALOGUES)
def test_each_catalogue_is_complete_current_and_built(language):
    """Every text of the code is in resources/i18n/companion_<lang>.ts and translated, none
    the code dropped is left, and the .qm the app loads is built from it (run
    scripts/translations.py update, translate, then release)."""
    assert language in CATALOGUES
    assert translations_script().problems(language) == []


def test_a_stale_catalogue_is_caught(tmp_path, monkeypatch):
    """A text added to the code and missing from a catalogue fails the check above."""
    script = translations_script()
    (tmp_path / "companion").mkdir()
    (tmp_path / "companion" / "screen.py").write_text(
        "from PySide6.QtWidgets import QWidget\n\n\nclass Screen(QWidget):\n"
        '    def title(self) -> str:\n        return self.tr("%n day(s)", "", 2)\n',
        encoding="utf-8",
    )
    i18n = tmp_path / "resources" / "i18n"
    i18n.mkdir(parents=True)
    shutil.copy(TS, i18n / "companion_en.ts")
    shutil.copy(QM, i18n / "companion_en.qm")
    monkeypatch.setattr(script, "ROOT", tmp_path)
    monkeypatch.setattr(script, "I18N", i18n)
    monkeypatch.setattr(script, "QT_TEXTS", tmp_path / "companion" / "qt_texts.py")
    found = script.problems("en")
    assert any("not current" in problem for problem in found)
    script.update(["en"])
    assert any("unfinished" in problem for problem in script.problems("en"))


def test_japanese_sentences_follow_one_another_without_a_space(qapp) -> None:
    from companion.ui import i18n
    from companion.ui.words import join_sentences

    qapp.setProperty("companionLanguage", "ja")
    try:
        assert join_sentences("一つ目です。", "二つ目です。") == "一つ目です。二つ目です。"
    finally:
        qapp.setProperty("companionLanguage", "en")
    assert i18n.ui_language() == "en"
    assert join_sentences("One.", "Two.") == "One. Two."
