"""How well the reply checker's score tracks human politeness judgements.

Reads the Stanford Politeness Corpus from ../shared/eval/politeness.csv (never copied into the
project), scores every polite/impolite-quartile request with ``companion.core.checker``,
picks the score threshold on the wikipedia rows (the development domain) and prints accuracy
and ROC AUC per domain beside the paper's figures (Danescu-Niculescu-Mizil et al., ACL 2013).

    python scripts/eval_politeness.py [path/to/politeness.csv]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from companion.core.checker import check  # noqa: E402
from companion.core.errors import InvalidInput  # noqa: E402

DEFAULT_CSV = REPO.parent / "shared" / "eval" / "politeness.csv"

# Binary polite/impolite accuracy (%) as given in ../shared/eval/README.md (recalled, unverified).
PAPER = {
    "wikipedia": {
        "bag-of-words SVM": 79.84,
        "linguistically informed SVM": 83.79,
        "human agreement": 86.72,
    },
    "stackexchange": {
        "bag-of-words SVM (in-domain)": 74.47,
        "linguistically informed SVM (in-domain)": 78.19,
        "bag-of-words SVM, trained on Wiki": 64.23,
        "linguistically informed SVM, trained on Wiki": 67.53,
        "human agreement": 80.89,
    },
}


def roc_auc(impolite: list[float], polite: list[float]) -> float:
    """P(score of an impolite request > score of a polite one), ties counted half
    (Mann–Whitney U over the ranks, so it is exact and O(n log n))."""
    scored = sorted([(s, 1) for s in impolite] + [(s, 0) for s in polite])
    rank_sum = 0.0
    i = 0
    while i < len(scored):
        j = i
        while j < len(scored) and scored[j][0] == scored[i][0]:
            j += 1
        mid_rank = (i + 1 + j) / 2  # average rank of the tied block
        rank_sum += mid_rank * sum(label for _, label in scored[i:j])
        i = j
    n1, n0 = len(impolite), len(polite)
    return (rank_sum - n1 * (n1 + 1) / 2) / (n1 * n0)


def accuracy(impolite: list[float], polite: list[float], threshold: float) -> float:
    """Share classified right when "impolite" means score >= threshold."""
    right = sum(s >= threshold for s in impolite) + sum(s < threshold for s in polite)
    return right / (len(impolite) + len(polite))


def best_threshold(impolite: list[float], polite: list[float]) -> float:
    candidates = sorted(set(impolite) | set(polite))
    candidates.append(candidates[-1] + 1e-9)
    return max(candidates, key=lambda t: accuracy(impolite, polite, t))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    parser.add_argument(
        "--categories",
        action="store_true",
        help="also show which finding categories fire per label",
    )
    args = parser.parse_args(argv)
    if not args.csv.is_file():
        print(f"No corpus at {args.csv}", file=sys.stderr)
        return 2

    scores: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    # whether each request had a finding (a request with none still scores a little by its tone)
    found: dict[str, dict[str, list[bool]]] = defaultdict(lambda: defaultdict(list))
    fired: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with args.csv.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            label = row["label"]
            if label not in ("polite", "impolite"):
                continue
            try:
                report = check(row["text"])
            except InvalidInput:
                continue
            scores[row["domain"]][label].append(report.score)
            found[row["domain"]][label].append(bool(report.findings))
            fired[(row["domain"], label)].update({f.category for f in report.findings})

    dev = scores["wikipedia"]
    threshold = best_threshold(dev["impolite"], dev["polite"])
    print(f"Threshold chosen on wikipedia: score >= {threshold:.3f} means impolite\n")
    print(f"{'domain':15} {'n':>6} {'accuracy %':>11} {'ROC AUC':>8}   paper (accuracy %)")
    for domain in ("wikipedia", "stackexchange"):
        imp, pol = scores[domain]["impolite"], scores[domain]["polite"]
        acc = accuracy(imp, pol, threshold) * 100
        auc = roc_auc(imp, pol)
        paper = "; ".join(f"{k} {v:.2f}" for k, v in PAPER[domain].items())
        print(f"{domain:15} {len(imp) + len(pol):6d} {acc:11.2f} {auc:8.3f}   {paper}")
        flagged = {
            lab: sum(found[domain][lab]) / len(found[domain][lab]) for lab in ("polite", "impolite")
        }
        print(
            f"{'':15} any finding: impolite {flagged['impolite']:.0%}, "
            f"polite {flagged['polite']:.0%}"
        )
    if args.categories:
        print("\nShare of requests with a finding, by category")
        for (domain, label), counter in sorted(fired.items()):
            n = len(scores[domain][label])
            top = ", ".join(f"{c} {k / n:.0%}" for c, k in counter.most_common())
            print(f"  {domain}/{label}: {top}")
    print(
        "\nCorpus: Danescu-Niculescu-Mizil, Sudhof, Jurafsky, Leskovec, Potts (ACL 2013), CC BY 4.0"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
