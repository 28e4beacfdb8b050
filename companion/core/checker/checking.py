"""``check``: one reply through its pack's rules to a report. Pure: it reads the shipped rule
pack once per language and nothing else."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable

from companion.core.checker.analysis import analyser_for, loaded_analysers
from companion.core.checker.detectors import DETECTORS, Draft
from companion.core.checker.model import MAX_CHECK_CHARS, Finding, Ignored, Report, Rule, RulePack
from companion.core.checker.pack import load_pack, loaded_packs, shipped_languages
from companion.core.checker.scoring import (
    as_hints_in_long_replies,
    in_report_order,
    lean,
    score,
    verdict,
)
from companion.core.errors import InvalidInput
from companion.core.language import detect_language, language_code, language_name
from companion.core.plain_text import Plain, plain


def check(
    text: str,
    lang: str | None = None,
    *,
    disabled_rules: Collection[str] = frozenset(),
    ignored: Collection[Ignored] = frozenset(),
) -> Report:
    """Check a draft reply in ``lang`` (None: the language the text is written in). Raises
    InvalidInput when there is nothing to check or no rules for its language, and
    AnalyserUnavailable when its language needs a word analyser that is not installed: a
    text is never passed as fine because it could not be read.

    ``disabled_rules`` holds rule ids (or category names) switched off in Settings; ``ignored``
    the single matches the user chose to ignore here.
    """
    _refuse_empty(text)
    return _check(text, pack_for(text, lang), disabled_rules, ignored)


class NoRules(InvalidInput):
    """The text's language has no rule pack: it is not checked (and never passed as fine).
    ``language`` is its code."""

    def __init__(self, language: str) -> None:
        super().__init__(
            f"Not checked: there are no checking rules for {language_name(language)} yet."
        )
        self.language = language


def pack_for(text: str, lang: str | None = None) -> RulePack:
    """The rule pack that checks ``text``: ``lang``'s, or that of the language it is written
    in, with its word analyser loaded (so a missing one is said before anything is checked)."""
    code = detect_language(text, known=shipped_languages()) if lang is None else language_code(lang)
    if code not in shipped_languages():
        if re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?", code) is None:
            raise InvalidInput(f"Unknown checker language '{lang}'.")
        raise NoRules(code)
    pack = load_pack(code)
    if pack.analyser != "surface":
        analyser_for(pack.analyser)
    return pack


def is_ready_for(text: str, lang: str | None = None) -> bool:
    """Whether checking ``text`` needs nothing loaded first: a caller on a GUI thread checks a
    text in a language it has not met yet in the background (a pack takes a tenth of a second
    or more to compile, an analyser or the pack's tone model as long to load), and quickly
    everything after."""
    code = detect_language(text, known=shipped_languages()) if lang is None else language_code(lang)
    if code not in loaded_packs():
        return False
    pack = load_pack(code)
    # the tone model is learned (or read back) the first time a reply needs it
    if not pack.tone.model.ready:
        return False
    return pack.analyser == "surface" or pack.analyser in loaded_analysers()


def check_with_pack(
    text: str,
    pack: RulePack,
    *,
    disabled_rules: Collection[str] = frozenset(),
    ignored: Collection[Ignored] = frozenset(),
) -> Report:
    """``check`` with a pack of the caller's (one from ``parse_pack``)."""
    _refuse_empty(text)
    return _check(text, pack, disabled_rules, ignored)


def _refuse_empty(text: str) -> None:
    if not isinstance(text, str) or not text.strip():
        raise InvalidInput("Nothing to check: the text is empty.")
    if not _WORD.search(text):  # emoji, symbols, numbers alone: no words to judge
        raise InvalidInput("Nothing to check: the text has no words.")


_WORD = re.compile(r"[^\W\d_]")


def _rules_to_run(
    pack: RulePack, hits: frozenset[int] | None, disabled_rules: Collection[str]
) -> Iterable[Rule]:
    """The pack's rules that may find something in a text the pattern set saw as ``hits``
    (all of them when it could not tell), in pack order, less the disabled ones."""
    rules: Iterable[Rule] = pack.rules
    if hits is not None:
        live = {index for number in hits for index in pack.owners[number]} | pack.always_rules
        rules = [pack.rules[index] for index in sorted(live)]
    if disabled_rules:
        rules = [
            r for r in rules if r.id not in disabled_rules and r.category not in disabled_rules
        ]
    return rules


def _placed_in(seen: Plain, finding: Finding) -> Finding:
    """``finding`` (of the text as its reader sees it) placed in the text it was made from."""
    start, end = seen.span(finding.start, finding.end)
    at = finding.insert_at
    return finding._replace(start=start, end=end, insert_at=None if at is None else seen.start(at))


def _check(
    text: str, pack: RulePack, disabled_rules: Collection[str], ignored: Collection[Ignored]
) -> Report:
    truncated = len(text) > MAX_CHECK_CHARS
    if truncated:
        text = text[:MAX_CHECK_CHARS]
    # the rules read what the reader sees; the findings are placed in the user's own text
    seen = plain(text, pack.lang)
    draft = Draft(pack.layout(text if seen is None else seen.text), pack)
    findings: list[Finding] = []
    if draft.agent_text.strip():
        for rule in _rules_to_run(pack, draft.layout.hits, disabled_rules):
            findings.extend(DETECTORS[rule.kind].find(rule, draft))
    if seen is not None:
        findings = [_placed_in(seen, f) for f in findings]
    if ignored:
        skip = {(i.rule, i.start, i.end) for i in ignored}
        findings = [f for f in findings if (f.rule, f.start, f.end) not in skip]
    findings = in_report_order(as_hints_in_long_replies(findings, draft.words))
    # a reply with nothing found scores its tone; one with findings, their weights
    leaning = not findings and draft.agent_text.strip()
    points = lean(pack.tone, draft.layout) if leaning else score(findings)
    return Report(
        verdict=verdict(points, findings, pack.care_at, pack.hard_at),
        score=points,
        findings=tuple(findings),
        lang=pack.lang,
        truncated=truncated,
        checked_chars=len(text),
        words=draft.words,
        reading_ease=draft.reading_ease() if draft.ease_measured else None,
    )
