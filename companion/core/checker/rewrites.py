"""Applying a finding's rewrite, and keeping "ignore here" marks on their words after an edit."""

from __future__ import annotations

from collections.abc import Iterable

from companion.core.checker.model import Finding, Ignored


def _casefit(replacement: str, original: str) -> str:
    """Start the replacement with a capital if the replaced words did."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def apply_suggestion(text: str, finding: Finding, suggestion: str) -> str:
    """The text with one suggestion applied: the span replaced, or the sentence inserted."""
    if finding.insert_at is not None:
        at = max(0, min(finding.insert_at, len(text)))
        before, after = text[:at], text[at:]
        addition = suggestion.strip()
        if before and not before[-1].isspace():
            addition = " " + addition
        if after and not after[0].isspace():
            addition = addition + " "
        elif not after and finding.end == finding.start and before:
            addition = "\n\n" + addition.lstrip()
        return before + addition + after
    start = max(0, min(finding.start, len(text)))
    end = max(start, min(finding.end, len(text)))
    return text[:start] + _casefit(suggestion, text[start:end]) + text[end:]


def shift_ignored(
    ignored: Iterable[Ignored], edit_start: int, removed: int, added: int
) -> frozenset[Ignored]:
    """Keep "ignore here" marks on the same words after an edit; drop the ones the edit touched."""
    delta = added - removed
    edit_end = edit_start + removed
    out: set[Ignored] = set()
    for i in ignored:
        if i.end <= edit_start and not (i.start == i.end == 0):
            out.add(i)
        elif i.start == i.end == 0:
            out.add(i)  # document-level marks are not tied to words
        elif i.start >= edit_end:
            out.add(Ignored(i.rule, i.start + delta, i.end + delta))
    return frozenset(out)
