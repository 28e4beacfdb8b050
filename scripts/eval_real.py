"""How the reply checker and the reframe detector do on real text nobody here wrote.

Reads the labelled development files at run time from ../shared/eval/ (never copied into the
project): support replies and phrases judged by their own sources (replies-dev.jsonl) and
thoughts from CBT material (thoughts-dev.jsonl), and prints the figures the product is held to,
per form (reply: 12 words or more; phrase: fewer), then the Politeness-corpus figures.

    python scripts/eval_real.py [--eval DIR] [--lang en] [--misses] [--no-politeness]

--misses lists the bad replies left unflagged and the good ones flagged, with the categories
found, to see the kind of problem behind each (tune on kinds, never on one sentence).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from eval_politeness import roc_auc  # noqa: E402

from companion.core.checker import check  # noqa: E402
from companion.core.reframe import detect  # noqa: E402

DEFAULT_EVAL = REPO.parent / "shared" / "eval"
TARGETS = {"bad flagged": "≥ 75 %", "good flagged": "≤ 12 %", "AUC": "≥ 0.82"}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def replies(path: Path, lang: str, misses: bool) -> None:
    rows = _rows(path)
    results = [(row, check(row["text"], lang)) for row in rows]
    print(f"Replies ({path.name}, {len(rows)} rows, lang {lang})")
    print(f"  {'form':<8} {'bad flagged':>14} {'good flagged':>14} {'AUC':>6} {'bad → hard':>12}")
    for form in ("reply", "phrase", "all"):
        chosen = [(r, rep) for r, rep in results if form == "all" or r.get("form") == form]
        bad = [rep for r, rep in chosen if r["label"] == "bad"]
        good = [rep for r, rep in chosen if r["label"] == "good"]
        if not bad or not good:
            continue
        flagged_bad = sum(rep.verdict != "ok" for rep in bad)
        flagged_good = sum(rep.verdict != "ok" for rep in good)
        hard = sum(rep.verdict == "hard" for rep in bad)
        area = roc_auc([rep.score for rep in bad], [rep.score for rep in good])
        print(
            f"  {form:<8} {flagged_bad:>4}/{len(bad):<3} {flagged_bad / len(bad):>5.0%} "
            f"{flagged_good:>4}/{len(good):<3} {flagged_good / len(good):>5.0%} {area:>6.2f} "
            f"{hard / len(bad):>11.0%}"
        )
    print("  targets: " + ", ".join(f"{k} {v}" for k, v in TARGETS.items()))
    if misses:
        for row, report in results:
            flagged = report.verdict != "ok"
            if (row["label"] == "bad") != flagged:
                kind = "missed " if row["label"] == "bad" else "alarm  "
                found = sorted({f.category for f in report.findings})
                print(f"  {kind} {row['id']} [{row.get('source_category', '')}] {found}")


def thoughts(path: Path, misses: bool) -> None:
    rows = _rows(path)

    def marked(text: str) -> bool:
        return not detect(text).is_empty

    distorted = [r for r in rows if r["label"] != "balanced" and r.get("scope") == "in-scope"]
    balanced = [r for r in rows if r["label"] == "balanced"]
    hit = sum(marked(r["text"]) for r in distorted)
    false = sum(marked(r["text"]) for r in balanced)
    print(f"Thoughts ({path.name}, {len(rows)} rows)")
    print(
        f"  distorted (in scope) marked {hit}/{len(distorted)} {hit / max(1, len(distorted)):.0%}"
        f" (target ≥ 85 %), balanced marked {false}/{len(balanced)}"
        f" {false / max(1, len(balanced)):.0%} (target ≤ 10 %)"
    )
    if misses:
        for row in distorted + balanced:
            if marked(row["text"]) != (row["label"] != "balanced"):
                kind = "missed " if row["label"] != "balanced" else "alarm  "
                print(f"  {kind} {row['id']} [{row.get('source_category', '')}]")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the eval folder")
    parser.add_argument("--lang", default="en")
    parser.add_argument("--misses", action="store_true", help="list misses and false alarms")
    parser.add_argument("--no-politeness", action="store_true")
    args = parser.parse_args()
    if not (args.eval / "replies-dev.jsonl").is_file():
        print(f"no eval data in {args.eval}", file=sys.stderr)
        return 2
    replies(args.eval / "replies-dev.jsonl", args.lang, args.misses)
    thoughts(args.eval / "thoughts-dev.jsonl", args.misses)
    if not args.no_politeness and (args.eval / "politeness.csv").is_file():
        import subprocess

        print("Politeness corpus")
        subprocess.run(
            [
                sys.executable,
                str(REPO / "scripts" / "eval_politeness.py"),
                str(args.eval / "politeness.csv"),
            ],
            check=False,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
