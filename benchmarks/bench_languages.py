"""The cost of checking a reply in Korean, Japanese and Greek, in a fresh process each.

``python -m benchmarks.bench_languages LANG [REPEAT [FOLDER]]`` prints one JSON object: the time
of the first check in LANG (the rule pack and, for Korean and Japanese, the word analyser loaded
on the way; with FOLDER, the packs' translations are kept there as the app keeps them, so a
second run reads what the first one kept),
the median time per KB after that (1 KB and 10 KB replies, and 60 KB with no full stop), and
resident memory after a check in English alone and after one in LANG too. The suite
(``python -m benchmarks``) runs it once per language and sets the figures beside their budgets.
"""

from __future__ import annotations

import json
import random
import re
import statistics
import sys
import time
from pathlib import Path

#: Sentences of an everyday support reply in each language, written for this benchmark; some
#: of them trip a rule, as real replies do.
SENTENCES: dict[str, list[str]] = {
    "en": [
        "Thanks for getting in touch about your order.",
        "I checked the tracking and the parcel left our warehouse yesterday.",
        "As per our policy, we cannot refund opened items.",
        "You should have read the terms before buying.",
        "I'll email you the label within the hour.",
    ],
    "ko": [
        "문의 주셔서 감사합니다.",
        "주문하신 상품은 어제 물류센터에서 출고되었습니다.",
        "규정상 개봉한 상품은 환불이 불가능합니다.",
        "그건 저희가 해 드릴 수 없어요.",
        "고객님께서 약관을 제대로 안 읽으신 것 같네요.",
        "오늘 안에 반품 라벨을 메일로 보내 드리겠습니다.",
        "불편을 드려 정말 죄송합니다.",
    ],
    "ja": [
        "お問い合わせいただきありがとうございます。",
        "ご注文の商品は昨日倉庫から出荷されました。",
        "規定により開封済みの商品は返金できません。",
        "それは当社では対応しかねます。",
        "お客様が説明をよく読まなかったのが原因です。",
        "本日中に返品用のラベルをメールでお送りします。",
        "ご不便をおかけして申し訳ございません。",
    ],
    "el": [
        "Σας ευχαριστούμε που επικοινωνήσατε μαζί μας.",
        "Το δέμα σας έφυγε χθες από την αποθήκη μας.",
        "Σύμφωνα με την πολιτική μας, δεν γίνεται επιστροφή χρημάτων.",
        "Έπρεπε να διαβάσετε τους όρους πριν την αγορά.",
        "Θα σας στείλω την ετικέτα επιστροφής μέσα στην ώρα.",
        "Λυπούμαστε πολύ για την ταλαιπωρία.",
    ],
}


def sample(lang: str, size: int, seed: int = 5) -> str:
    """About ``size`` bytes (UTF-8) of sentences in ``lang``, picked at random."""
    pick = random.Random(seed)
    out: list[str] = []
    used = 0
    while used < size:
        sentence = pick.choice(SENTENCES[lang])
        out.append(sentence)
        used += len(sentence.encode()) + 1
    joiner = "" if lang == "ja" else " "
    return joiner.join(out)


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure(lang: str, repeat: int) -> dict[str, float]:
    from companion.core import checker

    checker.check(sample("en", 1024), "en")
    english_rss = rss_mib()
    one_kb = sample(lang, 1024)
    start = time.perf_counter()
    checker.check(one_kb)  # found to be in ``lang``: its pack and analyser load here
    first_ms = (time.perf_counter() - start) * 1000
    ten_kb = sample(lang, 10 * 1024, seed=6)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        checker.check(ten_kb)
        times.append((time.perf_counter() - start) * 1000 / 10)
    # the same sentences without a full stop: one sentence of 60 KB, where anything read from
    # each match to the end of its sentence would cost by the square of the length
    unbroken = re.sub(r"[.!?。！？]+", " ", sample(lang, 60 * 1024, seed=7))
    long_times = []
    for _ in range(max(3, repeat // 5)):
        start = time.perf_counter()
        checker.check(unbroken)
        long_times.append((time.perf_counter() - start) * 1000 / 60)
    small = []
    for _ in range(repeat):
        start = time.perf_counter()
        checker.check(one_kb)
        small.append((time.perf_counter() - start) * 1000)
    lang_rss = rss_mib()  # after every check: the analyser's dictionary pages are in by then
    return {
        "first_ms": first_ms,
        "per_kb_ms": statistics.median(times),
        "per_kb_unbroken_ms": statistics.median(long_times),
        "one_kb_ms": statistics.median(small),
        "english_rss_mib": english_rss,
        "rss_mib": lang_rss,
    }


if __name__ == "__main__":
    language = sys.argv[1]
    if len(sys.argv) > 3:
        from companion.core import cache

        cache.keep_in(lambda: Path(sys.argv[3]))
    print(json.dumps(measure(language, int(sys.argv[2]) if len(sys.argv) > 2 else 20)))
