"""From findings to a report: their order, one finding per phrase, the score and the verdict."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from companion.core.checker.engine import Matcher
from companion.core.checker.layout import Layout
from companion.core.checker.model import CATEGORIES, SEVERITY_WEIGHTS, Finding, Tone, Verdict

_CATEGORY_ORDER = {c: i for i, c in enumerate(CATEGORIES)}

#: Blame and a refusal in one reply ("you should have read the terms; we can't refund this")
#: make it a hard reply even when neither is one alone: the customer is told it is their fault
#: and that nothing will be done, which is what turns a complaint into a fight.
BLAME = frozenset({"blame"})
REFUSAL = frozenset({"refusal", "cant-without-can"})

#: How a reply is written rather than what its words say: "we ALREADY TOLD YOU" is both shouted
#: and impatient, so a finding of these categories does not compete with one about the words.
FORM = frozenset({"shouting"})


def report_order(f: Finding) -> tuple[bool, int, int]:
    """Sort key: document-level findings first, then by place, then by category."""
    return (f.end != f.start, f.start, _CATEGORY_ORDER[f.source.category])


def _overlap_order(f: Finding) -> tuple[int, float, int]:
    return (f.start, -f.source.weight, f.end)


def _one_per_phrase(findings: Iterable[Finding]) -> list[Finding]:
    kept: list[Finding] = []
    last_end = -1
    for f in sorted(findings, key=_overlap_order):
        if f.start < last_end:
            if f.source.weight > kept[-1].source.weight:
                kept[-1] = f
                last_end = f.end
            continue
        kept.append(f)
        last_end = f.end
    return kept


def resolve_overlaps(findings: Iterable[Finding]) -> list[Finding]:
    """Where two rules flag overlapping words, keep the heavier one so one phrase says one thing.
    How the words are written (FORM) is not what they say: a finding about capitals stands
    beside one about the same words."""
    findings = list(findings)
    doc = [f for f in findings if f.end == f.start]
    spans = [f for f in findings if f.end > f.start]
    words = _one_per_phrase(f for f in spans if f.source.category not in FORM)
    form = _one_per_phrase(f for f in spans if f.source.category in FORM)
    return doc + words + form


def _overlapping(findings: Sequence[Finding]) -> bool:
    """Whether two findings in report order flag overlapping words."""
    last_end = -1
    for f in findings:
        if f.start < last_end:
            return True
        if f.end > f.start:
            last_end = f.end
    return False


def in_report_order(findings: Sequence[Finding]) -> list[Finding]:
    """The findings in report order, overlaps resolved (ties go by the order given, which is
    the pack's). Overlaps are rare, so they are only looked for once the findings are sorted."""
    ordered = sorted(findings, key=report_order)
    if _overlapping(ordered):
        ordered = sorted(resolve_overlaps(findings), key=report_order)
    return ordered


def blames_and_refuses(findings: Iterable[Finding]) -> bool:
    """Whether the findings hold both blame and a refusal (see BLAME and REFUSAL)."""
    blame = refusal = False
    for f in findings:
        category = f.source.category
        blame = blame or category in BLAME
        refusal = refusal or category in REFUSAL
    return blame and refusal


def as_hints_in_long_replies(findings: Iterable[Finding], words: int) -> list[Finding]:
    """The findings of a reply of ``words`` words, each of a rule with ``hint_from_words`` at or
    below that made a hint (its rule seen with hint severity and weight), so the score, the
    colours and the words on the screen all say the same: one stock line among many words of
    the agent's own is no form letter."""
    hint = SEVERITY_WEIGHTS["hint"]
    out = []
    for f in findings:
        rule = f.source
        if rule.hint_from_words and words >= rule.hint_from_words and rule.weight > hint:
            f = f._replace(source=dataclasses.replace(rule, severity="hint", weight=hint))
        out.append(f)
    return out


def score(findings: Iterable[Finding]) -> float:
    """1 - product of (1 - weight); repeats of one rule count less each time, so length alone
    does not make a reply "hard". Blame with a refusal weighs as one more "hard" finding."""
    findings = list(findings)
    per_rule: dict[str, int] = {}
    keep = 1.0
    for f in findings:
        n = per_rule.get(f.rule, 0)
        per_rule[f.rule] = n + 1
        keep *= 1.0 - f.source.weight * (0.5**n)
    if blames_and_refuses(findings):
        keep *= 1.0 - SEVERITY_WEIGHTS["hard"]
    return round(1.0 - keep, 3)


def verdict(score: float, findings: Iterable[Finding], care_at: float, hard_at: float) -> Verdict:
    """ "hard" from ``hard_at``, with any finding of "hard" severity (insults, open hostility,
    profanity) or with blame and a refusal together; "care" from ``care_at``."""
    findings = list(findings)
    if (
        score >= hard_at
        or any(f.source.severity == "hard" for f in findings)
        or blames_and_refuses(findings)
    ):
        return "hard"
    if score >= care_at:
        return "care"
    return "ok"


def lean(tone: Tone, layout: Layout) -> float:
    """The score of a reply with no finding (see Tone): ``base``, less ``step`` for each warm
    pattern and plus ``step`` for each cool one found in the agent's own words, kept from 0 to
    just under a hint's weight; mixed, by the pack's ``learned`` share, with how cold the
    agent's own words read to the model learned from the pack's examples (the same range)."""
    if not tone.warm and not tone.cool and not tone.learned:
        return 0.0

    def found(matcher: Matcher) -> bool:
        return matcher.may_match(layout.hits) and any(
            matcher.search(layout, a, b) for a, b in layout.agent
        )

    warm = sum(1 for m in tone.warm if found(m))
    cool = sum(1 for m in tone.cool if found(m))
    ceiling = SEVERITY_WEIGHTS["hint"] - 0.02
    by_patterns = min(ceiling, max(0.0, tone.base + tone.step * (cool - warm)))
    if not tone.learned:
        return round(by_patterns, 3)
    by_model = ceiling * tone.model.coldness(layout.agent_text())
    return round((1 - tone.learned) * by_patterns + tone.learned * by_model, 3)
