"""How cold a reply with no finding reads, learned from the pack's own examples.

Each rule of a pack lists lines it must flag (``examples``) and look-alikes it must leave alone
(``not_examples``): a few thousand short replies per language, written for the pack, that say
what a cold line and a kind one sound like in that language. A Bernoulli naive Bayes model over
the character n-grams of those lines (two to four characters inside a word, with the spaces
around it, so it works the same for English, Greek, Korean and Japanese, which has no spaces)
learns from them which stretches of wording lean cold and which lean kind. It is worked out
from nothing but the pack, so it always matches the rules beside it, the first time a reply
needs it (see LearnedTone).

It never makes a finding: a reply's verdict and its findings come from the rules alone, each
with its span and its reason. It only ranks the replies the rules found nothing in (see
scoring.lean), where the hand-written [tone] patterns see few words: measured on replies from
public pages that were never read while the packs were written, it ranked their bad replies
above their good ones far more often than the patterns did (docs/checker.md).
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

#: n-grams of these lengths, inside a word padded with a space on each side
SIZES = (2, 3, 4)
#: an n-gram seen in fewer lines than this says nothing general and is dropped
MIN_LINES = 3
#: Laplace smoothing of the per-class share of lines holding an n-gram
ALPHA = 1.0
#: only the start of a long reply is read: its tone is set there, and the work stays bounded
READ_CHARS = 4000
#: Naive Bayes takes each n-gram as a witness of its own, but every letter sits in about nine
#: of them (three sizes, about three places each), so its log-odds run far too far: they are
#: divided by this before they become a share, which keeps a text's coldness between the
#: extremes and leaves the [tone] patterns a say in the lean.
OVERLAP = 10.0
#: weights are kept in steps of this many nats (finer steps ranked no better), so that the few
#: dozen values they take are shared by all the n-grams that have them
STEP = 0.125

_SPACES = re.compile(r"\s+")


def _spans(text: str) -> set[str]:
    """Every stretch of two to four characters of the start of ``text``, lower-cased, its
    words one space apart with a space before the first and after the last: the n-grams of
    ``grams`` and, in one pass, those that run across a space into the next word."""
    padded = f" {_SPACES.sub(' ', text[:READ_CHARS].lower()).strip()} "
    size = len(padded)
    return {padded[i : i + n] for n in SIZES for i in range(size - n + 1)}


def grams(text: str) -> set[str]:
    """The distinct character n-grams of ``text`` (lower-cased), each inside one word with the
    spaces around it: " no", "no ", " no " (a word as short as the size: once, whole)."""
    return {g for g in _spans(text) if " " not in g[1:-1] and g.strip()}


def _shared(weights: dict[str, float]) -> dict[str, float]:
    """``weights`` with one float object for each value they take (a few dozen), not one per
    n-gram: the model of a pack stays under a megabyte in memory."""
    levels: dict[float, float] = {}
    return {gram: levels.setdefault(value, value) for gram, value in weights.items()}


@dataclass(frozen=True, slots=True)
class ToneModel:
    """``bias`` plus the ``weights`` of the n-grams a text holds is the log-odds that it is one
    of the cold lines rather than a kind one."""

    bias: float = 0.0
    weights: dict[str, float] = field(default_factory=dict)

    @classmethod
    def learn(cls, cold: Iterable[str], kind: Iterable[str]) -> ToneModel:
        """The model of the lines in ``cold`` against those in ``kind`` (a line in both is
        left out of ``kind``)."""
        cold_lines = sorted({line for line in cold if line.strip()})
        taken = set(cold_lines)
        kind_lines = sorted({line for line in kind if line.strip()} - taken)
        if not cold_lines or not kind_lines:
            return cls()
        cold_counts: Counter[str] = Counter()
        kind_counts: Counter[str] = Counter()
        for line in cold_lines:
            cold_counts.update(grams(line))
        for line in kind_lines:
            kind_counts.update(grams(line))
        n_cold, n_kind = len(cold_lines), len(kind_lines)
        bias = math.log(n_cold / n_kind)
        weights: dict[str, float] = {}
        for gram in sorted(cold_counts.keys() | kind_counts.keys()):
            c, k = cold_counts[gram], kind_counts[gram]
            if c + k < MIN_LINES:
                continue
            p_cold = (c + ALPHA) / (n_cold + 2 * ALPHA)
            p_kind = (k + ALPHA) / (n_kind + 2 * ALPHA)
            # absent from a text, a gram still says something (log of 1 - p): that part is the
            # same for every text, so it goes into the bias
            bias += math.log((1 - p_cold) / (1 - p_kind))
            weights[gram] = math.log(p_cold / (1 - p_cold)) - math.log(p_kind / (1 - p_kind))
        return cls(bias, _shared({g: round(w / STEP) * STEP for g, w in weights.items()}))

    def to_json(self) -> dict[str, Any]:
        return {"bias": self.bias, "weights": self.weights}

    @classmethod
    def from_json(cls, data: Any) -> ToneModel | None:
        """The model ``to_json`` gave, or None if ``data`` is not one."""
        if not isinstance(data, dict):
            return None
        bias, weights = data.get("bias"), data.get("weights")
        if type(bias) is not float or not isinstance(weights, dict):
            return None
        if not all(isinstance(k, str) and type(v) is float for k, v in weights.items()):
            return None
        return cls(bias, _shared(weights))

    def coldness(self, text: str) -> float:
        """From 0 (reads like the kind lines) to 1 (like the cold ones); 0.5 with no model."""
        if not self.weights:
            return 0.5
        get = self.weights.get
        # the n-grams that run across words are never among the weights: no need to sort
        # them out first
        logit = (self.bias + sum(get(g, 0.0) for g in _spans(text))) / OVERLAP
        if logit >= 0:
            return 1.0 / (1.0 + math.exp(-min(logit, 700.0)))
        return math.exp(max(logit, -700.0)) / (1.0 + math.exp(max(logit, -700.0)))


class Store(Protocol):
    """Where a learned model is kept between runs (see pack_cache.ToneStore)."""

    def load(self) -> ToneModel | None: ...

    def save(self, model: ToneModel) -> None: ...


class LearnedTone:
    """The model of the lines in ``cold`` against those in ``kind``, learned the first time a
    reply needs it and not before: most of a shift's replies are read by the rules alone, and a
    pack read at start-up costs no memory for it until then. A ``store`` keeps it between runs
    (reading it back takes a few milliseconds; learning it, up to a tenth of a second)."""

    __slots__ = ("_cold", "_kind", "_lock", "_model", "_store")

    def __init__(
        self, cold: Iterable[str] = (), kind: Iterable[str] = (), store: Store | None = None
    ) -> None:
        self._cold, self._kind = tuple(cold), tuple(kind)
        self._store = store
        self._model: ToneModel | None = None
        self._lock = threading.Lock()

    def model(self) -> ToneModel:
        with self._lock:  # replies may be checked on several threads at once
            if self._model is None:
                kept = self._store.load() if self._store is not None else None
                if kept is None:
                    kept = ToneModel.learn(self._cold, self._kind)
                    if self._store is not None:
                        self._store.save(kept)
                self._model = kept
                self._cold = self._kind = ()  # the lines stay in the rules; no need to hold them
            return self._model

    @property
    def ready(self) -> bool:
        """Whether asking for the model costs nothing: learned or read already, or nothing to
        learn (a caller on a GUI thread checks in the background until then)."""
        return self._model is not None or not (self._cold and self._kind)

    def coldness(self, text: str) -> float:
        return self.model().coldness(text)
