"""python -m benchmarks [--quick] [--json FILE]

Each figure is measured beside its baseline in the same run (A/B alternated), so the ratios hold
on a noisy machine. Budgets are from the benchmark issue; a missed budget sets "ok": false in the
JSON but never fails anything.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    baseline: float | None = None
    ratio: float | None = None
    budget: float | None = None
    ok: bool | None = None
    note: str = ""

    def as_json(self) -> dict[str, object]:
        data = {k: v for k, v in asdict(self).items() if v is not None and v != ""}
        return data


def judge(figure: Figure, *, on: str = "value") -> Figure:
    if figure.budget is not None:
        measured = figure.ratio if on == "ratio" else figure.value
        figure.ok = measured is not None and measured <= figure.budget
    return figure


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    system = f"{platform.system()} {platform.release()}"
    return f"{system}, {os.cpu_count()} cores, {cpu}, Python {platform.python_version()}"


# --- processes -------------------------------------------------------------------------------


class Spawner:
    """A small helper process that starts the measured commands (see benchmarks/spawner.py)."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "spawner.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def run(self, argv: list[str], env: dict[str, str]) -> tuple[float, float]:
        """Wall seconds and peak RSS (MiB) of one whole process."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.write(json.dumps({"argv": argv, "env": env}) + "\n")
        self.proc.stdin.flush()
        reply = json.loads(self.proc.stdout.readline())
        if reply["code"] != 0:
            raise RuntimeError(f"{argv} exited {reply['code']}")
        return reply["wall"], reply["maxrss_kib"] / 1024

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait(10)


SPAWNER: Spawner | None = None


def run_process(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    assert SPAWNER is not None, "start the spawner first"
    return SPAWNER.run(argv, env)


def app_env(data_dir: Path, config_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The same start wherever the benchmark runs: no desktop named, as on KDE or macOS. Where
    # the colour scheme can only be learnt from Qt's colorScheme() (GNOME-family desktops, GTK
    # or portal themes, Flatpak, Snap, Windows) the app asks for it before its first paint,
    # which builds PySide6's whole Qt namespace; a figure of its own measures GNOME's start.
    from companion.ui.theme import DESKTOP_VARIABLES

    for name in DESKTOP_VARIABLES:
        env.pop(name, None)
    # An installed app has its bytecode compiled (pip does it at install time); measure that,
    # for the app and the bare window alike, not the compiler.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["COMPANION_DATA_DIR"] = str(data_dir)
    env["COMPANION_CONFIG_DIR"] = str(config_dir)
    # The launcher and start-at-login entries the app looks at live here, not in the user's.
    env["XDG_CONFIG_HOME"] = str(config_dir / "xdg-config")
    env["XDG_DATA_HOME"] = str(data_dir / "xdg-data")
    return env


def ab(
    a: list[str], a_env: dict[str, str], b: list[str], b_env: dict[str, str], pairs: int
) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """Alternate A and B ``pairs`` times after one warm-up each (disk cache, .pyc)."""
    run_process(a, a_env)
    run_process(b, b_env)
    results_a, results_b = [], []
    for _ in range(pairs):
        results_a.append(run_process(a, a_env))
        results_b.append(run_process(b, b_env))
    return results_a, results_b


def pair_ratio(
    app: list[tuple[float, float]], base: list[tuple[float, float]], index: int
) -> float:
    return statistics.median(x[index] / y[index] for x, y in zip(app, base, strict=True))


def companion_command() -> list[str]:
    """The installed `companion` script beside this interpreter, as a user starts it."""
    script = Path(sys.executable).with_name("companion")
    return [str(script)] if script.exists() else [sys.executable, "-m", "companion"]


def _wall_figure(
    name: str,
    runs: list[tuple[float, float]],
    base_runs: list[tuple[float, float]],
    budget: float | None = None,
    note: str = "",
) -> Figure:
    """A start-up figure: the median wall time of ``runs`` against ``base_runs`` (A/B pairs),
    and the median of the per-pair ratios."""
    return Figure(
        name,
        round(statistics.median(r[0] for r in runs) * 1000, 1),
        "ms",
        round(statistics.median(r[0] for r in base_runs) * 1000, 1),
        round(pair_ratio(runs, base_runs, 0), 3),
        budget,
        note=note,
    )


def startup_figures(tmp: Path, pairs: int, ten_year_dir: Path | None) -> list[Figure]:
    empty = tmp / "empty"
    env = app_env(empty / "data", empty / "config")
    companion = [*companion_command(), "--exit-after-show"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    app_runs, bare_runs = ab(companion, env, bare, env, pairs)
    rss_app = statistics.median(r[1] for r in app_runs)
    rss_bare = statistics.median(r[1] for r in bare_runs)
    figures = [
        judge(
            _wall_figure(
                "start-up to first paint (--exit-after-show vs bare window)",
                app_runs,
                bare_runs,
                1.25,
                note="whole process, quit once the window has painted, no desktop named; median "
                "of per-pair ratios",
            ),
            on="ratio",
        ),
        judge(
            Figure(
                "peak memory (companion vs bare window)",
                round(rss_app, 1),
                "MiB",
                round(rss_bare, 1),
                round(pair_ratio(app_runs, bare_runs, 1), 3),
                1.5,
                note="aim 1.3",
            ),
            on="ratio",
        ),
    ]
    gnome_runs, gnome_bare_runs = ab(
        companion, dict(env, XDG_CURRENT_DESKTOP="GNOME"), bare, env, pairs
    )
    figures.append(
        _wall_figure(
            "start-up on GNOME (XDG_CURRENT_DESKTOP=GNOME) vs bare",
            gnome_runs,
            gnome_bare_runs,
            note="no budget: the colour scheme asked before the first paint (GNOME's dark style "
            "keeps a light palette), which builds PySide6's Qt namespace",
        )
    )
    if ten_year_dir is not None:
        big_env = app_env(ten_year_dir, empty / "config")
        big_runs, small_runs = ab(companion, big_env, companion, env, pairs)
        figures.append(
            judge(
                _wall_figure(
                    "start-up with a ten-year database vs empty", big_runs, small_runs, 1.1
                ),
                on="ratio",
            )
        )
    return figures


# --- in-process timings -----------------------------------------------------------------------


def median_ms(action: Callable[[], object], repeat: int, warmup: int = 3) -> float:
    for _ in range(warmup):
        action()
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def query_figures(ten_year_dir: Path, repeat: int) -> list[Figure]:
    import datetime as dt

    from companion.core import days
    from companion.store import open_store
    from companion.store import ratio as ratio_store

    store = open_store(ten_year_dir / "companion.db")
    today = days.day_of(dt.datetime.now(dt.UTC), 4)
    figures = [
        judge(
            Figure(
                "today's ratio (ten-year db)",
                round(median_ms(lambda: ratio_store.day_ratio(store, today, 3.0, 4), repeat), 3),
                "ms",
                budget=2.0,
            )
        ),
        judge(
            Figure(
                "365-day daily series (ten-year db)",
                round(
                    median_ms(
                        lambda: ratio_store.history(store, today, 365, 3.0, 4), max(5, repeat // 10)
                    ),
                    3,
                ),
                "ms",
                budget=20.0,
            )
        ),
        judge(
            Figure(
                "complaint trends, two weeks (ten-year db)",
                round(median_ms(lambda: ratio_store.weekly_trends(store, today, 4), repeat), 3),
                "ms",
                budget=20.0,
            )
        ),
    ]
    try:
        from companion.store import happy as happy_store
    except ImportError:
        pass
    else:
        queries = ["thank", "billing help", "wonderful team", "refund processed", "kind"]
        state = {"i": 0}

        def search() -> None:
            state["i"] += 1
            happy_store.search_happy(store, queries[state["i"] % len(queries)], limit=200)

        figures.append(
            judge(
                Figure(
                    "happy-file full-text search, 20,000 entries",
                    round(median_ms(search, repeat), 3),
                    "ms",
                    budget=10.0,
                    note="first 200 matches, as the screen loads them",
                )
            )
        )
    now = dt.datetime.now(dt.UTC)
    figures.append(
        judge(
            Figure(
                "one log write, committed (ten-year db)",
                round(
                    median_ms(
                        lambda: ratio_store.log_interaction(store, True, now, "billing"), repeat
                    ),
                    3,
                ),
                "ms",
                budget=5.0,
            )
        )
    )
    store.close()
    return figures


def sample_reply(size: int, seed: int = 3) -> str:
    """A support reply of about ``size`` characters, with some things to find."""
    rng = random.Random(seed)
    sentences = [
        "Thanks for getting in touch about your order.",
        "I understand how frustrating it is to wait this long.",
        "Unfortunately we can't refund the shipping cost as per our policy.",
        "As I already said, the parcel left our warehouse on Monday.",
        "You should have checked the address before ordering.",
        "Here is what I can do: I'll send a replacement today.",
        "Our system will never charge you twice.",
        "If anything is still not right, just reply and I'll help.",
        "The courier usually delivers within two working days.",
    ]
    return _mix(rng, sentences, size)


def _mix(rng: random.Random, sentences: list[str], size: int) -> str:
    """Sentences drawn at random until the text is about ``size`` characters."""
    parts: list[str] = []
    length = 0
    while length < size:
        sentence = rng.choice(sentences)
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts)[:size]


def varied_replies(count: int, size: int, seed: int = 5) -> list[str]:
    """``count`` different replies of about ``size`` characters, each a new mix of the English
    rule pack's own example sentences (what it must flag and what it must leave alone)."""
    from companion.core.checker import load_pack

    pack = load_pack("en")
    sentences = [s for rule in pack.rules for s in (*rule.examples, *rule.not_examples)]
    rng = random.Random(seed)
    return [_mix(rng, sentences, size) for _ in range(count)]


def fresh_replies_ms(check: Callable[[str], object], replies: list[str], warmup: int) -> float:
    """The median time to check a reply the checker has not seen, after ``warmup`` others: an
    agent's replies all differ, and the pattern sets' automata grow with each new text."""
    for reply in replies[:warmup]:
        check(reply)
    samples = []
    for reply in replies[warmup:]:
        start = time.perf_counter()
        check(reply)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def checker_figures(repeat: int) -> list[Figure]:
    try:
        from companion.core import checker
    except ImportError:
        return []
    small, middle, big = (sample_reply(1024 * n) for n in (1, 10, 100))
    checker.check(small)
    one_kb = median_ms(lambda: checker.check(small), repeat * 5)
    ten_kb = median_ms(lambda: checker.check(middle), repeat)
    hundred_kb = median_ms(lambda: checker.check(big), max(5, repeat // 5), warmup=1)
    fresh_kb = fresh_replies_ms(checker.check, varied_replies(100 + repeat * 5, 1024), 100)
    # a pattern's first words on every line and no full stop: a rule read on to the end of the
    # sentence from each of them would cost time by the square of the length
    unbroken = ("if you had a minute we could talk it over and " * 2300)[: 100 * 1024]
    unbroken_kb = median_ms(lambda: checker.check(unbroken), max(5, repeat // 5), warmup=1)
    figures = [
        judge(Figure("reply checker, 1 KB", round(one_kb, 4), "ms", budget=1.0)),
        Figure(
            "reply checker, 1 KB, each reply new",
            round(fresh_kb, 3),
            "ms",
            note="a different reply every time, after 100 others",
        ),
        Figure("reply checker, 10 KB", round(ten_kb, 3), "ms"),
        judge(Figure("reply checker, 100 KB", round(hundred_kb, 3), "ms", budget=50.0)),
        judge(
            Figure(
                "reply checker, 100 KB, one phrase over and over",
                round(unbroken_kb, 3),
                "ms",
                budget=50.0,
                note="no full stop, the words of a rule on every line",
            )
        ),
        Figure(
            "reply checker, 100 KB / 10 KB time",
            round(hundred_kb / ten_kb, 1),
            "×",
            note="≈10 means linear cost (1 KB carries a fixed cost per check)",
        ),
    ]
    proselint_ms = _proselint_ms(small, max(3, repeat // 20))
    if proselint_ms is None:
        figures.append(
            Figure(
                "proselint comparison",
                0,
                "",
                note="proselint not installed (pip install -e '.[dev]')",
            )
        )
    if proselint_ms is not None:
        speedup = proselint_ms / one_kb
        figures.append(Figure("proselint, same 1 KB text", round(proselint_ms, 2), "ms"))
        figures.append(
            Figure(
                "reply checker speed-up over proselint (1 KB)",
                round(speedup, 1),
                "×",
                baseline=round(proselint_ms, 2),
                note="a figure without a budget: proselint is no longer the slow linter it was",
            )
        )
    return figures


def language_figures(repeat: int) -> list[Figure]:
    """Checking in Korean, Japanese and Greek, each in fresh processes (bench_languages.py):
    the first check (pack and analyser loaded) the first time the language is ever used, when
    the pack's translations are worked out and kept, and every time after, when they are read;
    then the cost per KB, and the memory the language adds to a process that has checked
    English."""
    from companion.core.checker import shipped_languages

    def run(lang: str, kept: Path) -> dict[str, float] | str:
        proc = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.bench_languages",
                lang,
                str(max(5, repeat // 5)),
                str(kept),
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            check=False,
        )
        if proc.returncode != 0:
            return (proc.stderr.strip().splitlines() or ["failed"])[-1]
        result: dict[str, float] = json.loads(proc.stdout)
        return result

    figures: list[Figure] = []
    for lang in ("ko", "ja", "el"):
        if lang not in shipped_languages():
            figures.append(Figure(f"checker in {lang}", 0, "", note="no rule pack"))
            continue
        with tempfile.TemporaryDirectory(prefix="companion-kept-") as kept:
            first_ever = run(lang, Path(kept))
            got = first_ever if isinstance(first_ever, str) else run(lang, Path(kept))
        if isinstance(got, str):  # the first run's error, or the second's
            figures.append(Figure(f"checker in {lang}", 0, "", note=str(got)))
            continue
        figures += [
            Figure(
                f"first check in {lang}, the first time ever (works out what it keeps)",
                round(first_ever["first_ms"], 1),
                "ms",
            ),
            judge(
                Figure(
                    f"first check in {lang} (loads its pack/analyser)",
                    round(got["first_ms"], 1),
                    "ms",
                    budget=500.0,
                )
            ),
            judge(
                Figure(
                    f"checker in {lang}, per KB (10 KB reply)",
                    round(got["per_kb_ms"], 3),
                    "ms",
                    budget=5.0,
                )
            ),
            judge(
                Figure(
                    f"checker in {lang}, per KB (60 KB, no full stop)",
                    round(got["per_kb_unbroken_ms"], 3),
                    "ms",
                    budget=5.0,
                )
            ),
            judge(
                Figure(
                    f"memory added by {lang} to an English-only process",
                    round(got["rss_mib"] - got["english_rss_mib"], 1),
                    "MiB",
                    baseline=round(got["english_rss_mib"], 1),
                    budget=60.0,
                )
            ),
        ]
    return figures


def _proselint_ms(text: str, repeat: int) -> float | None:
    """proselint's own API with all its checks registered, as its command line does (a dev
    extra, never a runtime dependency)."""
    try:
        from proselint.checks import __register__  # type: ignore[import-not-found]
        from proselint.registry import CheckRegistry  # type: ignore[import-not-found]
        from proselint.tools import LintFile  # type: ignore[import-not-found]
    except ImportError:
        return None
    registry = CheckRegistry()
    if not registry.checks:
        registry.register_many(__register__)
    if not LintFile("reply.txt", "This is very unique.").lint():
        return None  # not linting at all: a figure would be meaningless
    return median_ms(lambda: LintFile("reply.txt", text).lint(), repeat, warmup=1)


def reframe_figures(repeat: int) -> list[Figure]:
    try:
        from companion.core import reframe
    except ImportError:
        return []
    thought = (
        "I always get the angry customers and everyone thinks I'm useless at billing; "
        "every time the courier is late it is my fault and nothing I do ever works out."
    )
    thought = (thought * 2)[:200]
    detect = reframe.detect
    detect(thought)
    # the longest thought the screen takes, pasted as one clause of Greek: the screen reads it
    # as it is typed, so it must stay quick (it cost 0.9 s when each cue read its whole clause)
    pasted = ("πάντα τα κάνω όλα λάθος " * 900)[: reframe.MAX_THOUGHT_CHARS]
    detect(pasted, "el")
    return [
        judge(
            Figure(
                "reframe detection, 200-character thought",
                round(median_ms(lambda: detect(thought), repeat * 5), 4),
                "ms",
                budget=0.5,
            )
        ),
        judge(
            Figure(
                "reframe detection, 20,000 characters of Greek in one clause",
                round(median_ms(lambda: detect(pasted, "el"), max(3, repeat // 10), warmup=1), 1),
                "ms",
                budget=100.0,
            )
        ),
    ]


def size_figure() -> Figure:
    """What `pip install .` puts on disk, the fresh venv included (see installed_size.py)."""
    from benchmarks import installed_size

    size = installed_size.measure()
    biggest = ", ".join(f"{name} {mib:.0f}" for name, mib in size.packages[:3])
    return judge(
        Figure(
            "installed size (fresh venv + pip install .)",
            round(size.total_mib, 1),
            "MiB",
            budget=installed_size.BUDGET_MIB,
            note=f"empty venv {size.empty_mib:.0f} MiB; largest: {biggest} MiB",
        )
    )


def _shift_end(hours: float) -> str:
    """A shift end this many hours from now on today's clock, kept within the day."""
    now = dt.datetime.now()
    when = now + dt.timedelta(hours=hours)
    if when.date() != now.date():
        when = now.replace(hour=23, minute=59) if hours > 0 else now.replace(hour=0, minute=1)
    return when.strftime("%H:%M")


def _tray_users(
    tmp: Path, name: str, pairs: int, shift_end: str, host: Any
) -> list[dict[str, str]]:
    """Data folders of users whose database exists already (so the runs measure a start, not
    a first start's migration) and whose shift ends at ``shift_end``."""
    envs = []
    for index in range(pairs):
        folder = tmp / f"{name}-{index}"
        env = app_env(folder / "data", folder / "config")
        subprocess.run(
            [*companion_command(), "today"], env=env, check=True, stdout=subprocess.DEVNULL
        )
        settings_file = folder / "config" / "settings.json"
        settings_file.parent.mkdir(parents=True, exist_ok=True)
        values = json.loads(settings_file.read_text()) if settings_file.exists() else {}
        settings_file.write_text(json.dumps({**values, "shift_end": shift_end}))
        envs.append(host.env(env))
    return envs


def tray_figures(tmp: Path, pairs: int, idle_seconds: float) -> list[Figure]:
    """Idle memory of `companion --hidden` beside a bare tray app, both in a real tray where
    Xvfb and trayer are installed, and the app's idle CPU there (see benchmarks/tray.py).

    Measured in the middle of a shift (its end two hours away), where the app spends the day,
    so the figure does not depend on the time it is run at; a figure without a budget measures
    a start after the shift's end, when the end-of-shift reminder is shown at once."""
    from benchmarks import tray

    host = tray.TrayHost().start()
    try:
        bare_env = host.env(app_env(tmp / "tray-bare" / "data", tmp / "tray-bare" / "config"))
        during = _tray_users(tmp, "tray", pairs, _shift_end(2), host)
        bare, app = tray.measure(
            [*companion_command(), "--hidden"], during, bare_env, pairs, 1.0, idle_seconds
        )
        after = _tray_users(tmp, "tray-after", pairs, _shift_end(-1), host)
        bare_after, app_after = tray.measure(
            [*companion_command(), "--hidden"], after, bare_env, pairs, 1.0, None
        )
    finally:
        host.close()
    rss_app = statistics.median(run.rss for run in app)
    rss_bare = statistics.median(run.rss for run in bare)
    anon_app = statistics.median(run.anon for run in app)
    anon_bare = statistics.median(run.anon for run in bare)
    idle = app[0].cpu_per_minute
    assert idle is not None
    return [
        judge(
            Figure(
                f"idle memory at {tray.RSS_AT_SECONDS:.0f} s (--hidden vs bare tray app)",
                round(rss_app, 1),
                "MiB",
                round(rss_bare, 1),
                round(tray.median_ratio(app, bare), 3),
                1.3,
                note=f"{host.description}; mid-shift; VmRSS, median of {pairs} overlapping "
                f"pairs; anonymous {anon_app:.1f} vs {anon_bare:.1f} MiB",
            ),
            on="ratio",
        ),
        Figure(
            "idle memory after the shift's end (reminder shown) vs bare",
            round(statistics.median(run.rss for run in app_after), 1),
            "MiB",
            round(statistics.median(run.rss for run in bare_after), 1),
            round(tray.median_ratio(app_after, bare_after), 3),
            note="no budget: the end-of-shift reminder is shown at start-up (here without a "
            "notification server, as Qt's own balloon)",
        ),
        judge(
            Figure(
                f"idle CPU, hidden, over {idle_seconds:.0f} s",
                round(idle, 4),
                "s/min",
                budget=0.1,
                note=f"{host.description}; counted from {tray.SETTLE_SECONDS:.0f} s after start",
            )
        ),
    ]


# --- main -------------------------------------------------------------------------------------


def print_table(figures: list[Figure]) -> None:
    print(f"{'figure':58} {'value':>12} {'baseline':>10} {'ratio':>8} {'budget':>8}  ok")
    for f in figures:
        value = f"{f.value:g} {f.unit}".strip()
        baseline = "" if f.baseline is None else f"{f.baseline:g}"
        ratio = "" if f.ratio is None else f"{f.ratio:.3f}"
        budget = "" if f.budget is None else f"{f.budget:g}"
        ok = "" if f.ok is None else ("yes" if f.ok else "NO")
        print(f"{f.name[:58]:58} {value:>12} {baseline:>10} {ratio:>8} {budget:>8}  {ok}")
        if f.note:
            print(f"{'':60}{f.note}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="fewer repeats; under a minute")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--keep", type=Path, help="keep the ten-year database in this folder")
    parser.add_argument(
        "--size",
        action="store_true",
        help="also measure the installed size (pip install . into a fresh venv; a minute or so)",
    )
    args = parser.parse_args(argv)
    global SPAWNER
    SPAWNER = Spawner()  # first, while this process is small
    pairs = 5 if args.quick else 15
    repeat = 50 if args.quick else 300
    idle_seconds = 15.0 if args.quick else 60.0
    tray_pairs = 3 if args.quick else 7

    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="companion-bench-") as name:
        tmp = Path(name)
        ten_year = args.keep or tmp / "ten-year"
        ten_year.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("COMPANION_DATA_DIR", str(tmp / "in-process"))
        os.environ.setdefault("COMPANION_CONFIG_DIR", str(tmp / "in-process-config"))
        start = time.perf_counter()
        if not (ten_year / "companion.db").exists():
            from benchmarks import tenyear

            made = tenyear.build(ten_year)
            print(f"built the ten-year database in {time.perf_counter() - start:.1f} s: {made}")
        figures += startup_figures(tmp, pairs, ten_year)
        figures += query_figures(ten_year, repeat)
        figures += checker_figures(repeat)
        figures += reframe_figures(repeat)
        figures += language_figures(repeat)
        figures += tray_figures(tmp, tray_pairs, idle_seconds)
        if args.size:
            figures.append(size_figure())
        if args.keep is None:
            shutil.rmtree(ten_year, ignore_errors=True)

    SPAWNER.close()
    print_table(figures)
    ok = all(f.ok for f in figures if f.budget is not None)
    print(f"\nall budgets met: {'yes' if ok else 'NO'}   ({machine()})")
    if args.json:
        args.json.write_text(
            json.dumps(
                {"ok": ok, "machine": machine(), "figures": [f.as_json() for f in figures]},
                indent=2,
            )
            + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
