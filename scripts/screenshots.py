"""Regenerate the README screenshots from the real app on a virtual X screen.

    python scripts/screenshots.py            # writes docs/screenshots/*.png

Needs Debian's xvfb, xauth, imagemagick (``import``) and trayer (a tray host). Runs the app in
this process against a throwaway data folder filled with demo data, shows each screen, and
captures the X screen as a person would see it.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1100, 760)
IMPORT = "/usr/bin/import"  # Debian's ImageMagick; another `import` may be first on PATH


def seed_demo(days_back: int = 120) -> None:
    """A plausible few months of logs so History and trends have something to show."""
    from companion.store import open_store
    from companion.store import ratio as ratio_store

    rng = random.Random(7)
    store = open_store()
    now = dt.datetime.now(dt.UTC)
    topics = ["billing", "late delivery", "login", "refund", "app crash", "shipping"]
    weights = [5, 4, 2, 3, 1, 2]
    for back in range(days_back, 0, -1):
        if rng.random() < 0.2:
            continue  # a day off
        base = now - dt.timedelta(days=back)
        pos, neg = rng.randint(8, 22), rng.randint(1, 7)
        for index in range(pos + neg):
            when = base.replace(hour=9) + dt.timedelta(minutes=index * 17)
            positive = index < pos
            topic = None if positive else rng.choices(topics, weights)[0]
            ratio_store.log_interaction(store, positive, when, topic=topic)
    today = now.replace(second=0, microsecond=0)
    for minutes, positive, topic, note in [
        (150, True, None, "Thanked me for the quick fix"),
        (120, False, "billing", "Charged twice, very upset"),
        (100, True, "billing", None),
        (80, True, None, None),
        (60, False, "late delivery", None),
        (40, True, "login", "Reset worked first time"),
        (20, True, None, None),
    ]:
        ratio_store.log_interaction(store, positive, today - dt.timedelta(minutes=minutes), topic, note)
    store.close()


def capture(name: str) -> None:
    target = OUT / f"{name}.png"
    subprocess.run([IMPORT, "-window", "root", "-crop", f"{SIZE[0]}x{SIZE[1]}+0+0", "+repage",
                    str(target)], check=True)
    print("wrote", target.relative_to(ROOT))


def settle(app: object, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def shoot(steps: list[tuple[str, Callable[[object], None]]]) -> None:
    from companion import app as companion_app

    parts = companion_app.build()
    window = parts.window
    window.resize(*SIZE)
    window.move(0, 0)
    window.show()
    if parts.tray.available():
        parts.tray.show()
    settle(parts.app, 1.0)
    for name, step in steps:
        step(parts)
        settle(parts.app)
        capture(name)


def default_steps() -> list[tuple[str, Callable[[object], None]]]:
    def today(parts: object) -> None:
        parts.window.show_screen("today")  # type: ignore[attr-defined]

    def history(parts: object) -> None:
        parts.window.show_screen("history")  # type: ignore[attr-defined]
        parts.window.screen("history").range_group.button(90).click()  # type: ignore[attr-defined]

    def tray_menu(parts: object) -> None:
        parts.window.show_screen("today")  # type: ignore[attr-defined]
        from PySide6.QtCore import QPoint

        menu = parts.tray.menu  # type: ignore[attr-defined]
        menu.popup(QPoint(SIZE[0] - menu.sizeHint().width() - 20, 40))

    def close_menu(parts: object) -> None:
        parts.tray.menu.hide()  # type: ignore[attr-defined]

    steps = [("today", today), ("history", history), ("tray-menu", tray_menu)]
    extra = os.environ.get("COMPANION_SCREENSHOT_STEPS")
    if extra:  # e.g. "happy,phrasebook": screens by key
        for key in extra.split(","):
            steps.append((key, lambda parts, k=key: (close_menu(parts),
                                                     parts.window.show_screen(k))))  # type: ignore[attr-defined]
    return steps


def main() -> int:
    if os.environ.get("COMPANION_IN_XVFB") != "1":
        if shutil.which("xvfb-run") is None:
            print("needs xvfb-run (apt-get install xvfb xauth imagemagick trayer)", file=sys.stderr)
            return 2
        env = dict(os.environ, COMPANION_IN_XVFB="1")
        env.pop("QT_QPA_PLATFORM", None)
        return subprocess.call(
            ["xvfb-run", "-a", "-s", f"-screen 0 {SIZE[0]}x{SIZE[1]}x24", sys.executable, __file__],
            env=env,
        )
    OUT.mkdir(parents=True, exist_ok=True)
    tray_host = None
    if shutil.which("trayer"):
        tray_host = subprocess.Popen(
            ["trayer", "--edge", "top", "--align", "right", "--widthtype", "pixel", "--width", "80",
             "--height", "28", "--transparent", "false", "--tint", "0x333333"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COMPANION_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["COMPANION_CONFIG_DIR"] = str(Path(tmp) / "config")
        seed_demo()
        try:
            shoot(default_steps())
        finally:
            if tray_host is not None:
                tray_host.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
