#!/usr/bin/env python3
"""Keep the interface's translations in step with the code.

    python scripts/translations.py update [LANG…]   texts of companion/**/*.py into
                                                    resources/i18n/companion_<lang>.ts
    python scripts/translations.py release [LANG…]  compile each .ts into the .qm beside it
    python scripts/translations.py check            every .ts complete and current, every .qm
                                                    built from its .ts (exit 1 otherwise)

Without LANG, every companion_<lang>.ts present. English is the code's own language: its file
holds only the plural forms ("%n day(s)" → "1 day", "2 days"). Greek, which Qt ships no
catalogue for, also gets Qt's standard buttons and context menus (companion/ui/qt_texts.py).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
QT_TEXTS = ROOT / "companion" / "ui" / "qt_texts.py"
QT_SHIPS = {"ko", "ja"}
"""Languages whose Qt catalogue (qtbase_<lang>.qm) comes with PySide6."""


def tool(name: str) -> str:
    here = Path(sys.executable).parent
    found = shutil.which(f"pyside6-{name}", path=str(here)) or shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (pip install -e .)")
    return found


def ts_path(language: str) -> Path:
    return I18N / f"companion_{language}.ts"


def present() -> list[str]:
    return sorted(p.stem.removeprefix("companion_") for p in I18N.glob("companion_*.ts"))


def sources(language: str) -> list[str]:
    found = sorted((ROOT / "companion").rglob("*.py"))
    if language == "en" or language in QT_SHIPS:
        found = [path for path in found if path != QT_TEXTS]
    return [str(path) for path in found]


def lupdate(language: str, ts: Path) -> None:
    command = [
        tool("lupdate"),
        *sources(language),
        "-no-obsolete",
        "-locations",
        "none",
        "-source-language",
        "en",
        "-target-language",
        language,
    ]
    if language == "en":
        command.append("-pluralonly")
    subprocess.run([*command, "-ts", str(ts)], check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("lrelease"), str(ts), "-qm", str(qm)], check=True, capture_output=True, text=True
    )


def update(languages: list[str]) -> None:
    for language in languages:
        lupdate(language, ts_path(language))
        print(f"{ts_path(language).relative_to(ROOT)}: {summary(ts_path(language))}")


def release(languages: list[str]) -> None:
    for language in languages:
        ts = ts_path(language)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"{ts.with_suffix('.qm').relative_to(ROOT)}")


@dataclass(frozen=True, slots=True)
class Report:
    messages: int
    unfinished: list[str]
    gone: list[str]
    """Messages the code no longer has (vanished or obsolete)."""


def read(ts: Path) -> Report:
    messages = 0
    unfinished: list[str] = []
    gone: list[str] = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            where = f"{name}: {message.findtext('source', '')!r}"
            if kind in ("vanished", "obsolete"):
                gone.append(where)
                continue
            messages += 1
            forms = [] if translation is None else translation.findall("numerusform")
            empty = (
                any(not (form.text or "").strip() for form in forms)
                if forms
                else translation is None or not (translation.text or "").strip()
            )
            if kind == "unfinished" or empty:
                unfinished.append(where)
    return Report(messages, unfinished, gone)


def summary(ts: Path) -> str:
    report = read(ts)
    return f"{report.messages} texts, {len(report.unfinished)} unfinished"


def problems(language: str) -> list[str]:
    """What keeps ``language``'s files from being complete and current, in words."""
    ts = ts_path(language)
    found: list[str] = []
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / ts.name
        shutil.copy(ts, fresh)
        lupdate(language, fresh)
        if fresh.read_bytes() != ts.read_bytes():
            report = read(fresh)
            new = sorted(set(report.unfinished) - set(read(ts).unfinished))
            found.append(
                f"{ts.name} is not current with the code (run: scripts/translations.py update "
                f"{language}); new or changed: {new[:10]}{' …' if len(new) > 10 else ''}"
            )
        report = read(ts)
        if report.unfinished:
            found.append(
                f"{ts.name}: {len(report.unfinished)} unfinished, e.g. {report.unfinished[:5]}"
            )
        if report.gone:
            found.append(f"{ts.name}: texts the code no longer has: {report.gone[:5]}")
        qm = ts.with_suffix(".qm")
        compiled = Path(folder) / qm.name
        lrelease(ts, compiled)
        if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
            found.append(f"{qm.name} is not built from {ts.name} (run: release {language})")
    return found


def check(languages: list[str]) -> int:
    failed = False
    for language in languages:
        found = problems(language)
        failed = failed or bool(found)
        print(f"{language}: " + ("ok" if not found else "\n  ".join(["", *found])))
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("update", "release", "check"))
    parser.add_argument("languages", nargs="*", metavar="LANG")
    args = parser.parse_args(argv)
    languages = args.languages or present()
    if args.command == "update":
        update(languages)
    elif args.command == "release":
        release(languages)
    else:
        return check(languages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
