"""Rule packs: ``resources/rules/<lang>.toml`` read, validated and compiled once per process.

Every error names the file and the rule, so a pack's author can fix it without reading code.
The format is documented at the top of ``resources/rules/en.toml``.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from typing import Any

import companion.core.checker.pack_cache as pack_cache
import companion.core.checker.reply_acts  # noqa: F401  (registers its kinds of rule)
from companion.core.checker.analysis import ANALYSERS
from companion.core.checker.detectors import DETECTORS
from companion.core.checker.engine import BadPattern, Matcher, compile_patterns, lower_pattern
from companion.core.checker.layout import Quoting, Sentences
from companion.core.checker.model import (
    CATEGORIES,
    NORMAL_CASE,
    PHRASE_CATEGORIES,
    SEVERITY_WEIGHTS,
    Rule,
    RulePack,
    Tone,
)
from companion.core.checker.patternset import PatternSet, Translations
from companion.core.checker.tone_model import LearnedTone, Store
from companion.core.errors import CompanionError, InvalidInput
from companion.core.resources import resource

_APPLY_MODES = frozenset({"replace", "after-sentence", "start", "end"})
_UNLESS_SCOPES = frozenset({"sentence", "next", "document"})
_SECTIONS = frozenset(
    {"pack", "verdict", "words", "friendly", "quoting", "signoff", "tone", "categories", "rule"}
)
#: A word class used in a pattern: {name} (lower-case letters and hyphens, so it is never a
#: regex repeat such as {2,} or an escaped \{)
_WORD_CLASS = re.compile(r"(?<!\\)\{([a-z][a-z-]*)\}")


def _after(words: tuple[str, ...]) -> str:
    """A look-behind: the apostrophe follows one of ``words``, or ``word(?:`` in a pattern."""
    return "|".join(f"(?<=\\b{w})|(?<=\\b{w}\\(\\?:)" for w in words)


# In a pack that sets apostrophes = "optional", the contractions that stay one word without their
# apostrophe also match written without it ("dont", "Im", "thats", "youre"). "it's", "we're",
# "we'll", "I'll", "I'd" and "he'll" stay as written: without the mark they are other words
# (its, were, well, ill, id, hell).
_BARE_CONTRACTION = re.compile(
    r"\['’\](?=(?:t|ve|m)(?![a-z]))"  # don't, can't, I've, I'm
    rf"|(?:{_after(('that', 'what', 'here', 'there'))})\['’\](?=s(?![a-z]))"
    rf"|(?:{_after(('you', 'they'))})\['’\](?=(?:re|ll)(?![a-z]))"
)


def _look_behinds(pattern: str) -> list[tuple[int, int]]:
    """Where ``pattern``'s look-behind groups are (their length must stay fixed)."""
    spans: list[tuple[int, int]] = []
    groups: list[tuple[int, bool]] = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            groups.append((i, pattern.startswith(("(?<=", "(?<!"), i)))
        elif c == ")" and groups:
            start, behind = groups.pop()
            if behind:
                spans.append((start, i))
        i += 1
    return spans


def _bare_contractions(pattern: str) -> str:
    """``pattern`` with the apostrophe of those contractions made optional (outside its
    look-behinds)."""
    behind = _look_behinds(pattern) if "(?<" in pattern else []

    def one(m: re.Match[str]) -> str:
        if any(a < m.start() < b for a, b in behind):
            return m.group()
        return "['’]?"

    return _BARE_CONTRACTION.sub(one, pattern)


def _loosened(pattern: str, bare: bool) -> str:
    """``pattern`` as the pack reads it: with bare contractions when it sets them optional."""
    return _bare_contractions(pattern) if bare else pattern


_PATTERN_KEYS = ("patterns", "lemmas", "unless", "when", "when_quoted")


class RulePackError(CompanionError):
    """A shipped or user rule pack cannot be used; the message names the file and the rule."""


def _need(table: Mapping[str, Any], key: str, kind: type, where: str) -> Any:
    if key not in table:
        raise RulePackError(f"{where}: missing '{key}'")
    value = table[key]
    if not isinstance(value, kind):
        raise RulePackError(f"{where}: '{key}' must be {kind.__name__}")
    return value


def _strings(table: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = table.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RulePackError(f"{where}: '{key}' must be a list of strings")
    return tuple(value)


def _word_classes(data: Mapping[str, Any], source: str) -> dict[str, str]:
    """The pack's [words]: each name's alternatives as one group. A class may use the classes
    defined before it."""
    table = data.get("words", {})
    if not isinstance(table, dict):
        raise RulePackError(f"{source}: [words] must be a table")
    classes: dict[str, str] = {}
    for name, value in table.items():
        where = f"{source} [words] {name}"
        if not re.fullmatch(r"[a-z][a-z-]*", name):
            raise RulePackError(f"{where}: a word class is named in lower-case letters and hyphens")
        alternatives = [value] if isinstance(value, str) else value
        if not isinstance(alternatives, list) or not all(
            isinstance(v, str) and v for v in alternatives
        ):
            raise RulePackError(f"{where}: a word class is a pattern or a list of patterns")
        body = "|".join(_expand(v, classes, where) for v in alternatives)
        try:
            re.compile(body)
        except re.error as exc:
            raise RulePackError(f"{where}: bad pattern: {exc}") from exc
        classes[name] = f"(?:{body})"
    return classes


def _expand(pattern: str, classes: Mapping[str, str], where: str) -> str:
    """``pattern`` with each {name} replaced by the pack's word class of that name."""
    if "{" not in pattern:
        return pattern

    def one(m: re.Match[str]) -> str:
        if m.group(1) not in classes:
            raise RulePackError(f"{where}: unknown word class {{{m.group(1)}}} in '{pattern}'")
        return classes[m.group(1)]

    return _WORD_CLASS.sub(one, pattern)


def _with_classes(
    raw: Mapping[str, Any], classes: Mapping[str, str], where: str, bare: bool = False
) -> dict[str, Any]:
    """A rule's table with the word classes in its patterns and suggestions spelled out (and,
    with ``bare``, the apostrophes of one-word contractions made optional)."""

    def spelt(pattern: str) -> str:
        return _loosened(_expand(pattern, classes, where), bare)

    out = dict(raw)
    for key in _PATTERN_KEYS:
        value = out.get(key)
        if isinstance(value, str):
            out[key] = spelt(value)
        elif isinstance(value, list):
            out[key] = [spelt(v) if isinstance(v, str) else v for v in value]
    suggestions = out.get("suggestions")
    if isinstance(suggestions, list):
        out["suggestions"] = [
            {**item, "for": spelt(item["for"])}
            if isinstance(item, dict) and isinstance(item.get("for"), str)
            else item
            for item in suggestions
        ]
    return out


def _count(raw: Mapping[str, Any], key: str, where: str) -> int:
    value = raw.get(key, 0)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise RulePackError(f"{where}: '{key}' must be a whole number of 0 or more")
    return value


def _joined(
    patterns: tuple[str, ...], where: str, key: str, end: str = ""
) -> re.Pattern[str] | None:
    """A caps rule's ``keywords`` (which must end where they are searched up to: ``end`` is
    then an end anchor) or ``blanks`` (matched against a whole run of words in capitals), as
    one case-blind pattern."""
    if not patterns:
        return None
    try:
        return re.compile(f"(?:{'|'.join(patterns)}){end}", re.IGNORECASE)
    except re.error as exc:
        raise RulePackError(f"{where}: bad {key} pattern: {exc}") from exc


def _matcher(
    patterns: tuple[str, ...],
    word_bounded: bool,
    case_sensitive: bool,
    where: str,
    pattern_set: PatternSet,
    fold: bool = False,
) -> Matcher:
    try:
        return compile_patterns(patterns, word_bounded, case_sensitive, pattern_set, fold=fold)
    except BadPattern as exc:
        raise RulePackError(f"{where}: {exc}") from exc


def _alternatives(table: Mapping[str, Any], key: str, source: str) -> re.Pattern[str] | None:
    """The patterns under ``key`` as one case-insensitive expression (None: there are none)."""
    patterns = _strings(table, key, f"{source} [{key}]")
    if not patterns:
        return None
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE | re.MULTILINE)
    except re.error as exc:
        raise RulePackError(f"{source} {key}: bad pattern: {exc}") from exc


def _reported(table: Mapping[str, Any], source: str) -> tuple[re.Pattern[str], ...]:
    """The [quoting] ``reported`` patterns, each case-insensitive, whose first group is the
    customer's words in quotation marks ("you wrote “…”")."""
    found = []
    for p in _strings(table, "reported", f"{source} [reported]"):
        try:
            pattern = re.compile(p, re.IGNORECASE)
        except re.error as exc:
            raise RulePackError(f"{source} reported: bad pattern: {exc}") from exc
        if pattern.groups < 1:
            raise RulePackError(f"{source} reported: {p!r} needs a group for the quoted words")
        found.append(pattern)
    return tuple(found)


def _tone(
    table: Any,
    classes: Mapping[str, str],
    word_bounded: bool,
    pattern_set: PatternSet,
    fold: bool,
    bare: bool,
    source: str,
    rules: Sequence[Rule],
    store: Store | None,
) -> Tone:
    """The [tone] section: ``warm`` and ``cool`` patterns, each its own matcher (a reply counts
    each one once), and ``base`` and ``step``, which keep every lean under a hint's weight;
    ``learned``, the share of the lean a model learned from the rules' examples gives (kept in
    ``store`` between runs)."""
    where = f"{source} [tone]"
    if not isinstance(table, dict):
        raise RulePackError(f"{where} must be a table")
    if set(table) - {"base", "step", "warm", "cool", "learned"}:
        raise RulePackError(
            f"{where}: only 'base', 'step', 'warm', 'cool' and 'learned' belong here"
        )
    learned = table.get("learned", 0.0)
    if isinstance(learned, bool) or not isinstance(learned, int | float) or not 0 <= learned <= 1:
        raise RulePackError(f"{where}: 'learned' must be a number from 0 to 1")
    base, step = table.get("base", 0.0), table.get("step", 0.0)
    ceiling = SEVERITY_WEIGHTS["hint"]
    for key, value in (("base", base), ("step", step)):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise RulePackError(f"{where}: '{key}' must be a number")
        if not 0 <= value < ceiling:
            raise RulePackError(f"{where}: '{key}' must be at least 0 and under {ceiling}")

    def matchers(key: str) -> tuple[Matcher, ...]:
        return tuple(
            _matcher(
                (_loosened(_expand(p, classes, where), bare),),
                word_bounded,
                False,
                f"{where} {key}",
                pattern_set,
                fold,
            )
            for p in _strings(table, key, where)
        )

    model = (
        LearnedTone(
            (e for r in rules for e in r.examples),
            (e for r in rules for e in r.not_examples),
            store,
        )
        if learned
        else LearnedTone()
    )
    return Tone(matchers("warm"), matchers("cool"), float(base), float(step), float(learned), model)


_SUGGESTION_FORM = "a suggestion is a string or a table { text = '…', for = '<pattern>' }"


def _suggestions(
    raw: Mapping[str, Any], apply: str, marks: str, where: str
) -> tuple[tuple[str, ...], tuple[re.Pattern[str] | None, ...]]:
    """A rule's suggestions: each one's text, and where it fits (its ``for`` pattern)."""
    value = raw.get("suggestions", [])
    if not isinstance(value, list):
        value = [value]
    texts: list[str] = []
    fits: list[re.Pattern[str] | None] = []
    for item in value:
        fit: re.Pattern[str] | None = None
        if isinstance(item, dict):
            if set(item) - {"text", "for"} or not isinstance(item.get("text"), str):
                raise RulePackError(f"{where}: {_SUGGESTION_FORM}")
            pattern = item.get("for")
            if pattern is not None:
                if not isinstance(pattern, str) or not pattern:
                    raise RulePackError(f"{where}: a suggestion's 'for' must be a pattern")
                try:
                    fit = re.compile(pattern, re.IGNORECASE)
                except re.error as exc:
                    raise RulePackError(f"{where}: bad 'for' pattern: {exc}") from exc
                if fit.groups > 1:
                    raise RulePackError(f"{where}: a 'for' pattern has one group at most")
            item = item["text"]
        if not isinstance(item, str):
            raise RulePackError(f"{where}: {_SUGGESTION_FORM}")
        if item != item.strip():
            raise RulePackError(f"{where}: suggestion '{item}' starts or ends with a space")
        if apply != "replace":
            if not item or item[-1] not in marks:
                raise RulePackError(
                    f"{where}: an '{apply}' suggestion is added as a sentence of its own, so it "
                    f"ends like one: '{item}'"
                )
            if NORMAL_CASE in item:
                raise RulePackError(f"{where}: '{NORMAL_CASE}' needs words to replace")
        texts.append(item)
        fits.append(fit)
    return tuple(texts), tuple(fits)


def _rule(
    raw: Mapping[str, Any],
    where: str,
    categories: Mapping[str, Any],
    word_bounded: bool,
    pattern_set: PatternSet,
    lang: str = "",
    marks: str = ".!?…",
    fold: bool = False,
) -> Rule:
    """One [[rule]] entry, validated (``raw["id"]`` is checked already)."""
    category = _need(raw, "category", str, where)
    if category not in CATEGORIES:
        raise RulePackError(f"{where}: unknown category '{category}'")
    cat_defaults = categories.get(category, {})
    kind = str(raw.get("kind", "pattern"))
    if kind not in DETECTORS:
        raise RulePackError(f"{where}: unknown kind '{kind}'")
    severity = _need(raw, "severity", str, where)
    if severity not in SEVERITY_WEIGHTS:
        raise RulePackError(f"{where}: severity must be one of {sorted(SEVERITY_WEIGHTS)}")
    practice = raw.get("practice", cat_defaults.get("practice"))
    if not isinstance(practice, str) or not re.fullmatch(r"P\d\.\d", practice):
        raise RulePackError(f"{where}: practice must look like 'P3.2'")
    why = raw.get("why", cat_defaults.get("why", ""))
    if not isinstance(why, str) or not why:
        raise RulePackError(f"{where}: missing 'why' (on the rule or its category)")
    phrase = raw.get("phrase_category", cat_defaults.get("phrase_category"))
    if phrase is not None and phrase not in PHRASE_CATEGORIES:
        raise RulePackError(f"{where}: unknown phrase_category '{phrase}'")
    apply = str(raw.get("apply", "replace"))
    if apply not in _APPLY_MODES:
        raise RulePackError(f"{where}: apply must be one of {sorted(_APPLY_MODES)}")
    unless_scope = str(raw.get("unless_scope", "sentence"))
    if unless_scope not in _UNLESS_SCOPES:
        raise RulePackError(f"{where}: unless_scope must be one of {sorted(_UNLESS_SCOPES)}")
    patterns = _strings(raw, "patterns", where)
    lemmas = _strings(raw, "lemmas", where)
    if lemmas and kind != "pattern":
        raise RulePackError(f"{where}: only a 'pattern' rule may have lemmas")
    if DETECTORS[kind].needs_patterns and not patterns and not lemmas:
        raise RulePackError(f"{where}: a '{kind}' rule needs patterns")
    compiled_lemmas: list[re.Pattern[str]] = []
    for lemma in lemmas:
        try:
            compiled_lemmas.append(re.compile(lemma, re.IGNORECASE))
        except re.error as exc:
            raise RulePackError(f"{where}: bad lemma pattern {lemma!r}: {exc}") from exc
    bounded = bool(raw.get("word_boundaries", word_bounded))
    case_sensitive = bool(raw.get("case_sensitive", False))
    unless = _strings(raw, "unless", where)
    when = _strings(raw, "when", where)
    when_quoted = _strings(raw, "when_quoted", where)
    suggestions, suggestion_for = _suggestions(raw, apply, marks, where)
    advice = raw.get("advice", "")
    if not isinstance(advice, str):
        raise RulePackError(f"{where}: 'advice' must be a string")
    examples = _strings(raw, "examples", where)
    not_examples = _strings(raw, "not_examples", where)
    if any(not e.strip() for e in examples + not_examples):
        raise RulePackError(f"{where}: 'examples' and 'not_examples' may not hold empty text")
    return Rule(
        id=raw["id"],
        kind=kind,
        category=category,
        practice=practice,
        severity=severity,
        message=_need(raw, "message", str, where),
        why=why,
        suggestions=suggestions,
        phrase_category=phrase,
        apply=apply,
        pattern=(
            _matcher(patterns, bounded, case_sensitive, where, pattern_set, fold)
            if patterns
            else None
        ),
        lemmas=tuple(compiled_lemmas),
        unless=_matcher(unless, bounded, False, where, pattern_set, fold) if unless else None,
        unless_scope=unless_scope,
        when=_matcher(when, bounded, False, where, pattern_set, fold) if when else None,
        when_quoted=(
            _matcher(when_quoted, bounded, False, where, pattern_set, fold) if when_quoted else None
        ),
        at_sentence_start=bool(raw.get("at_sentence_start", False)),
        min_words=int(raw.get("min_words", 0)),
        max_per_text=int(raw.get("max_per_text", 0)),
        hint_from_words=_count(raw, "hint_from_words", where),
        min_letters=int(raw.get("min_letters", 4)),
        min_acronyms=_count(raw, "min_acronyms", where) or 2,
        allow=frozenset(a.casefold() for a in _strings(raw, "allow", where)),
        keywords=_joined(_strings(raw, "keywords", where), where, "keywords", "\\Z"),
        blanks=_joined(_strings(raw, "blanks", where), where, "blanks"),
        max_sentence_words=int(raw.get("max_sentence_words", 0)),
        max_words=int(raw.get("max_words", 0)),
        min_reading_ease=float(raw["min_reading_ease"]) if "min_reading_ease" in raw else None,
        weight=SEVERITY_WEIGHTS[severity],
        suggestion_for=suggestion_for,
        advice=advice.strip(),
        examples=examples,
        not_examples=not_examples,
        lang=lang,
        sentence_marks=marks,
    )


def parse_pack(
    data: Mapping[str, Any],
    source: str,
    *,
    use_re2: bool = True,
    translations: Translations | None = None,
    tone_store: Store | None = None,
) -> RulePack:
    """Validate a decoded rule pack and compile its patterns; raise RulePackError if unusable.

    ``use_re2=False`` leaves out the pattern set, so every pattern runs on every text (the
    findings are the same, only slower). ``translations``: what an earlier run of the same
    pack worked out for its patterns (see pack_cache), added to as patterns are read;
    ``tone_store``, where the tone model learned from its examples is kept.
    """
    pack = data.get("pack")
    if not isinstance(pack, dict):
        raise RulePackError(f"{source}: missing [pack] table")
    lang = _need(pack, "lang", str, f"{source} [pack]")
    name = str(pack.get("name", lang))
    word_bounded = bool(pack.get("word_boundaries", True))
    words_by_space = bool(pack.get("words_by_space", True))
    sentence_end = str(pack.get("sentence_end", ".!?…"))
    analyser = str(pack.get("analyser", "surface"))
    fold = pack.get("fold", "")
    if fold not in ("", "accents"):
        raise RulePackError(f'{source} [pack]: fold is "accents" or left out')
    reading_ease = bool(pack.get("reading_ease", lang == "en"))
    apostrophes = pack.get("apostrophes", "")
    if apostrophes not in ("", "optional"):
        raise RulePackError(f'{source} [pack]: apostrophes is "optional" or left out')
    bare = apostrophes == "optional"
    if analyser not in ANALYSERS:
        raise RulePackError(
            f"{source} [pack]: analyser must be one of {sorted(ANALYSERS)}, not '{analyser}'"
        )
    verdict = data.get("verdict", {})
    care_at = float(verdict.get("care", 0.2))
    hard_at = float(verdict.get("hard", 0.6))
    if not 0 < care_at < hard_at <= 1:
        raise RulePackError(f"{source} [verdict]: need 0 < care < hard <= 1")
    pattern_set = PatternSet(use_re2, translations)

    unknown = set(data) - _SECTIONS
    if unknown:
        raise RulePackError(f"{source}: unknown section(s) {sorted(unknown)}")
    if set(verdict) - {"care", "hard"}:
        raise RulePackError(f"{source} [verdict]: only 'care' and 'hard' belong here")
    classes = _word_classes(data, source)
    friendly_patterns = tuple(
        _loosened(_expand(p, classes, f"{source} [friendly]"), bare)
        for p in _strings(data.get("friendly", {}), "patterns", f"{source} [friendly]")
    )
    friendly = (
        _matcher(
            friendly_patterns, word_bounded, False, f"{source} friendly", pattern_set, bool(fold)
        )
        if friendly_patterns
        else None
    )
    quoting = data.get("quoting", {})
    quote_line = _alternatives(quoting, "line", source)
    quote_block = _alternatives(quoting, "block", source)
    quote_reported = _reported(quoting, source)
    signoff = _alternatives(data.get("signoff", {}), "patterns", source)

    categories = data.get("categories", {})
    if not isinstance(categories, dict):
        raise RulePackError(f"{source}: [categories] must be a table")
    for cat in categories:
        if cat not in CATEGORIES:
            raise RulePackError(f"{source}: unknown category '{cat}'")

    raw_rules = data.get("rule", [])
    if not isinstance(raw_rules, list) or not raw_rules:
        raise RulePackError(f"{source}: no [[rule]] entries")
    rules: list[Rule] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_rules):
        rid = _need(raw, "id", str, f"{source} rule #{i + 1}")
        where = f"{source} rule '{rid}'"
        if rid in seen:
            raise RulePackError(f"{where}: duplicate id")
        seen.add(rid)
        raw = _with_classes(raw, classes, where, bare)
        rules.append(
            _rule(raw, where, categories, word_bounded, pattern_set, lang, sentence_end, bool(fold))
        )
        if rules[-1].min_reading_ease is not None and not reading_ease:
            raise RulePackError(f"{where}: min_reading_ease needs [pack] reading_ease = true")

    def quote_ids(key: str) -> tuple[int | None, ...]:
        """Set numbers of the lower-cased quoting patterns (checked by _alternatives already)."""
        return tuple(
            pattern_set.add(lower_pattern(p, bool(fold)), re.MULTILINE)[0]
            for p in _strings(quoting, key, source)
        )

    quote_line_ids, quote_block_ids = quote_ids("line"), quote_ids("block")
    tone = _tone(
        data.get("tone", {}),
        classes,
        word_bounded,
        pattern_set,
        bool(fold),
        bare,
        source,
        rules,
        tone_store,
    )
    pattern_set.compile()
    # a pattern text several rules share is added to the set once: its number has each of them
    owners: list[tuple[int, ...]] = [()] * (len(pattern_set) + 1)
    always_rules: set[int] = set()
    for index, rule in enumerate(rules):
        skippable = DETECTORS[rule.kind].only_on_match
        if not skippable or rule.pattern is None or rule.pattern.always or rule.lemmas:
            always_rules.add(index)
            continue
        for number in rule.pattern.idset:
            owners[number] = (*owners[number], index)
    return RulePack(
        lang=lang,
        name=name,
        rules=tuple(rules),
        care_at=care_at,
        hard_at=hard_at,
        friendly=friendly,
        quoting=Quoting(quote_line, quote_block, quote_line_ids, quote_block_ids, quote_reported),
        signoff=signoff,
        sentences=Sentences.of(sentence_end),
        words_by_space=words_by_space,
        analyser=analyser,
        fold=bool(fold),
        reading_ease=reading_ease,
        pattern_set=pattern_set,
        rule_ids=frozenset(seen),
        owners=tuple(owners),
        always_rules=frozenset(always_rules),
        tone=tone,
    )


#: the languages whose pack load_pack has compiled in this process
_LOADED: set[str] = set()


def loaded_packs() -> frozenset[str]:
    """The languages whose shipped pack is compiled already (checking in them starts at once)."""
    return frozenset(_LOADED)


@functools.cache
def load_pack(lang: str = "en") -> RulePack:
    """The shipped rule pack for ``lang``, parsed and compiled once per process."""
    if not re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?", lang):
        raise InvalidInput(f"Unknown checker language '{lang}'.")
    path = resource("rules", f"{lang}.toml")
    if not path.is_file():
        raise InvalidInput(f"There are no checking rules for language '{lang}' yet.")
    try:
        raw = path.read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RulePackError(f"Rule pack {path.name} cannot be read: {exc}") from exc
    pack_key = pack_cache.key(raw)
    translations = pack_cache.load(lang, pack_key)
    pack = parse_pack(
        data,
        path.name,
        translations=translations,
        tone_store=pack_cache.ToneStore(lang, pack_key),
    )
    pack_cache.save(lang, pack_key, translations)
    _LOADED.add(lang)
    return pack


@functools.cache
def shipped_languages() -> tuple[str, ...]:
    """Languages with a rule pack in resources/rules."""
    folder = resource("rules")
    return tuple(sorted(p.stem for p in folder.glob("*.toml"))) if folder.is_dir() else ()
