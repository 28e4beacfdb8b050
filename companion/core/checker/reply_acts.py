"""Detectors for what a reply does across its words, not what one phrase says.

Two kinds of rule, both data in the packs like every other:

``sentence-pair``
    One act followed by another in the same sentence (or, with ``unless_scope = "next"``, in
    the next one): an apology, then "but" and a refusal or an excuse ("Sorry, but that is not
    something we can change"); thanks or praise, then the customer's anger named as the thing
    being thanked for ("thank you for your three hostile emails"). The rule's ``patterns`` find
    the first act, its ``when`` patterns the second; the finding covers the second act, so the
    apology or the thanks themselves are never marked, and its ``unless`` patterns cancel the
    pair when found in that stretch.

``stock-lines``
    A reply made of stock lines: at least ``max_per_text`` (3 by default) of the agent's
    sentences hold one of the rule's patterns ("we apologise for the inconvenience", "thank
    you for your patience", "please do not hesitate to contact us"), and they are at least
    half of its sentences, while none of the ``unless`` patterns (something only this
    customer's reply would say: a time, an amount, an order, a step taken) is in it. The
    finding is the whole reply.
"""

from __future__ import annotations

from companion.core.checker.detectors import Draft, detector
from companion.core.checker.layout import Layout
from companion.core.checker.model import Finding, Rule


def _agent_sentences(layout: Layout) -> list[tuple[int, int]]:
    """(start, end) of each sentence in the agent's own words, in order."""
    found: list[tuple[int, int]] = []
    text = layout.text
    for a, b in layout.agent:
        pos = a
        while pos < b:
            end = min(layout.sentence_end(pos), b)
            if end <= pos:
                break
            start = pos
            while start < end and text[start].isspace():
                start += 1
            if start < end:
                found.append((start, end))
            pos = end
    return found


@detector("sentence-pair", needs_patterns=True, only_on_match=True)
def find_sentence_pairs(rule: Rule, draft: Draft) -> list[Finding]:
    """Each first act (the rule's patterns) followed in its sentence — or the next one, with
    ``unless_scope = "next"`` — by the second (its ``when`` patterns). The finding covers the
    second act, from its start to the end of its match. Its ``unless`` patterns (a way
    forward) cancel it anywhere after the first act."""
    layout = draft.layout
    first, second = rule.pattern, rule.when
    if first is None or second is None or not second.may_match(layout.hits):
        return []
    unless = rule.unless
    if unless is not None and not unless.may_match(layout.hits):
        unless = None
    found: list[Finding] = []
    covered = -1
    # The first acts come left to right, so each search below remembers what it found: the
    # second act found from one place is the one found from any place before it, and a way
    # forward that starts after a place is after every earlier one. A long sentence with many
    # first acts is read once, not once per act.
    seconds: dict[int, tuple[int, tuple[int, int] | None]] = {}  # sentence end -> (from, hit)
    way_from, no_way_from = -1, len(layout.text) + 1
    for s, _e in first.spans(layout):
        if s < covered or (layout.quoted and not layout.in_agent(s, s + 1)):
            continue
        hi = layout.sentence_end(s)
        if rule.unless_scope == "next":
            hi = layout.next_sentence_end(hi)
        known = seconds.get(hi)
        if known is not None and known[0] <= _e and (known[1] is None or known[1][0] >= _e):
            hit = known[1]
        else:
            hit = second.first(layout, _e, hi)
            seconds[hi] = (_e, hit)
        if hit is None or not layout.in_agent(*hit):
            continue
        # what the agent goes on to offer, anywhere after the apology, turns it into a no
        # with a way forward
        if unless is not None and s <= way_from:
            continue
        if unless is not None and s < no_way_from:
            way = unless.first(layout, s, len(layout.text))
            if way is not None:
                way_from = way[0]
                continue
            no_way_from = s
        found.append(Finding(rule.id, hit[0], hit[1], None, rule))
        covered = hi
        if rule.max_per_text and len(found) >= rule.max_per_text:
            break
    return found


#: How many stock sentences make a reply "made of stock lines" when a rule does not say
STOCK_LINES = 3


@detector("stock-lines", needs_patterns=True, only_on_match=True)
def find_stock_lines(rule: Rule, draft: Draft) -> list[Finding]:
    """The whole reply, when it is made of stock lines and says nothing only this customer's
    reply would say (see the module's help)."""
    assert rule.pattern is not None
    layout = draft.layout
    if draft.words < rule.min_words or not rule.pattern.may_match(layout.hits):
        return []
    sentences = _agent_sentences(layout)
    need = rule.max_per_text or STOCK_LINES
    if len(sentences) < need:
        return []
    stock = sum(1 for a, b in sentences if rule.pattern.search(layout, a, b))
    if stock < need or 2 * stock < len(sentences):
        return []
    unless = rule.unless
    if (
        unless is not None
        and unless.may_match(layout.hits)
        and any(unless.search(layout, a, b) for a, b in layout.agent)
    ):
        return []
    return [Finding(rule.id, 0, 0, None, rule)]
