"""The reply checker: what may hurt a support reply, and the practice each finding comes from.

Rules are data (``resources/rules/<lang>.toml``). The package reads them (``pack``), matches
their patterns (``engine`` with ``patternset``), lays a reply out in sentences and quoted text
(``layout``), runs one detector per kind of rule (``detectors``, with ``readability``), and
scores the findings (``scoring``); ``analysis`` holds the word analysers languages such as
Korean and Japanese plug in. Callers need only the names below.
"""

from companion.core.checker.analysis import (
    Analyser,
    AnalyserUnavailable,
    SurfaceAnalyser,
    Token,
    analyser_for,
)
from companion.core.checker.checking import NoRules, check, check_with_pack, is_ready_for
from companion.core.checker.model import (
    CATEGORIES,
    MAX_CHECK_CHARS,
    PHRASE_CATEGORIES,
    SEVERITY_WEIGHTS,
    Finding,
    Ignored,
    Report,
    Rule,
    RulePack,
    Verdict,
    shift_ignored,
)
from companion.core.checker.pack import RulePackError, load_pack, parse_pack, shipped_languages
from companion.core.checker.readability import reading_ease
from companion.core.checker.rewrites import (
    Rewrite,
    apply_suggestion,
    fit_suggestion,
    report_json,
    rewrites,
)

__all__ = [
    "CATEGORIES",
    "MAX_CHECK_CHARS",
    "PHRASE_CATEGORIES",
    "SEVERITY_WEIGHTS",
    "Analyser",
    "AnalyserUnavailable",
    "Finding",
    "Ignored",
    "NoRules",
    "Report",
    "Rewrite",
    "Rule",
    "RulePack",
    "RulePackError",
    "SurfaceAnalyser",
    "Token",
    "Verdict",
    "analyser_for",
    "apply_suggestion",
    "check",
    "check_with_pack",
    "fit_suggestion",
    "is_ready_for",
    "load_pack",
    "parse_pack",
    "reading_ease",
    "report_json",
    "rewrites",
    "shift_ignored",
    "shipped_languages",
]
