"""Reply-checker speed: median time for a 1 KB reply and a 100 KB text (budget 1 ms / 50 ms).

python benchmarks/bench_checker.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from companion.core.checker import check, load_pack

REPLY = (
    "Hi Sam, thanks for your patience. I'm sorry the parcel is late; I can see it left our "
    "warehouse on Monday. Unfortunately we can't change the courier now, but what I can do is "
    "send a replacement today. As per our policy, refunds take 5 days. Obviously this is NOT "
    "what you wanted!! If anything is still not right, just reply and I'll help.\n"
)


def median_ms(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        check(text)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main() -> int:
    start = time.perf_counter()
    load_pack.cache_clear()
    load_pack("en")
    print(f"rule pack load and compile: {(time.perf_counter() - start) * 1000:.1f} ms (once)")
    for label, size, runs, budget in (
        ("1 KB", 1_024, 500, 1.0),
        ("10 KB", 10_240, 100, 5.0),
        ("100 KB", 102_400, 20, 50.0),
        ("1 MB", 1_000_000, 3, 500.0),
    ):
        text = (REPLY * (size // len(REPLY) + 1))[:size]
        ms = median_ms(text, runs)
        verdict = "within" if ms <= budget else "OVER"
        print(f"{label:>7}: median {ms:8.3f} ms  (budget {budget:g} ms: {verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
