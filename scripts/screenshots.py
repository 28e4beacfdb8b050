"""Regenerate the README screenshots from the real app on a virtual X screen.

    python scripts/screenshots.py                 # writes docs/screenshots/*.png
    python scripts/screenshots.py backups         # only the named ones
    python scripts/screenshots.py --dark          # the dark colour scheme: docs/screenshots/dark/
    python scripts/screenshots.py --size 960x640 --out /tmp/shots   # another screen size
    python scripts/screenshots.py --lang ko       # the window in Korean: docs/screenshots/ko/

Needs Debian's xvfb, xauth, imagemagick (``import``), trayer (a tray host) and, for the
notification, dunst (a notification server, on a private session bus). Runs the app in this
process against a throwaway data folder filled with demo data, shows each screen, and captures
the X screen as a person would see it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZE = (1100, 760)
IMPORT = "/usr/bin/import"  # Debian's ImageMagick; another `import` may be first on PATH
DUNSTRC = """
[global]
    width = 380
    origin = top-right
    offset = 16x44
    padding = 12
    horizontal_padding = 14
    frame_width = 1
    frame_color = "#8a8a8a"
    font = Sans 10
    format = "<b>%s</b>\\n%b"
    show_indicators = yes
[urgency_normal]
    background = "#303034"
    foreground = "#f0f0f0"
    timeout = 0
"""


@dataclass(frozen=True, slots=True)
class Options:
    """What to shoot and how: the screen size, the folder written to, the colour scheme."""

    size: tuple[int, int] = SIZE
    out: Path = OUT
    dark: bool = False
    lang: str | None = None
    """The interface language (Settings → Language); None leaves the default."""


def seed_demo(days_back: int = 120) -> None:
    """A plausible few months of logs, a happy file, a reflection: every screen has content."""
    from companion.store import happy as happy_store
    from companion.store import open_store
    from companion.store import ratio as ratio_store

    rng = random.Random(7)
    store = open_store()
    now = dt.datetime.now(dt.UTC)
    topics = ["billing", "late delivery", "login", "refund", "app crash", "shipping"]
    weights = [5, 4, 2, 3, 1, 2]
    rows = []
    for back in range(days_back, 0, -1):
        if rng.random() < 0.2:
            continue  # a day off
        base = now - dt.timedelta(days=back)
        pos, neg = rng.randint(8, 22), rng.randint(1, 7)
        for index in range(pos + neg):
            when = base.replace(hour=9) + dt.timedelta(minutes=index * 17)
            positive = index < pos
            topic = None if positive else rng.choices(topics, weights)[0]
            rows.append((when, positive, topic, None))
    ratio_store.import_interactions(store, rows)
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
        ratio_store.log_interaction(
            store, positive, today - dt.timedelta(minutes=minutes), topic, note
        )
    for days, quote, note, tags, starred in [
        (
            0,
            "You fixed in ten minutes what took our old provider two weeks. Thank you, honestly.",
            "First reply of the morning after the outage",
            ["outage", "speed"],
            True,
        ),
        (
            3,
            "I was ready to cancel, but you listened and found a plan that actually fits us. "
            "Please tell your manager you are brilliant!",
            "Saved a cancellation",
            ["billing", "retention"],
            True,
        ),
        (
            6,
            "Thanks for the café recommendation too — the croissants were perfect.",
            "",
            ["kind"],
            False,
        ),
        (
            9,
            "The step-by-step screenshots made it so easy. My dad set it up himself!",
            "He is 78",
            ["setup"],
            False,
        ),
        (12, "Best support chat I've had all year.", "", [], False),
    ]:
        happy_store.add_happy(
            store,
            quote,
            now - dt.timedelta(days=days, hours=2),
            note=note,
            tags=tags,
            starred=starred,
        )
    store.close()


def seed_reflections(parts: Any, days_back: int = 75) -> None:
    """Mood and energy on most past days, wandering as a real few months would (for History's
    second chart); today is left for the Reflection screenshot to fill in."""
    from companion.core.reflection import Reflection
    from companion.services import Subject
    from companion.store import reflection as reflection_store

    rng = random.Random(11)
    today = parts.controller.today_day()
    mood, energy = 3, 3
    for back in range(days_back, 0, -1):
        if rng.random() < 0.35:
            continue
        # a wander that drifts back towards 3, with the odd hard day
        mood = min(5, max(1, mood + rng.choice([-1, 0, 1]) + (mood < 3) - (mood > 4)))
        energy = min(5, max(1, energy + rng.choice([-1, 0, 1]) + (energy < 2) - (energy > 4)))
        if rng.random() < 0.08:
            mood = 1
        day = today - dt.timedelta(days=back)
        entry = Reflection(day, mood, energy, well="Kept calm on a long call.")
        reflection_store.save_reflection(parts.store, entry, parts.controller.clock())
    parts.controller.changes.announce(Subject.REFLECTIONS)


SAMPLE_REPLY = (
    "Hi Dana,\n\nNo. You are wrong, as I already said in my last email. Per our policy, refunds "
    "are NEVER given after 30 days!!! I can't change that.\n\nRegards,\nSam\n\n"
    "> I want my money back, this is ridiculous."
)
HAPPY_PASTE = (
    "Hi Sam, thank you SO much for sorting out order #A-88213 so fast. You can reach me on "
    "+1 415 555 2671 or dana.lee@example.com if you ever need anything. You made my week!"
)


def capture(name: str, options: Options) -> None:
    target = options.out / f"{name}.png"
    width, height = options.size
    subprocess.run(
        [IMPORT, "-window", "root", "-crop", f"{width}x{height}+0+0", "+repage", str(target)],
        check=True,
    )
    print("wrote", target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)


def settle(app: object, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def shoot(steps: list[tuple[str, Callable[[Any], None]]], options: Options) -> None:
    from PySide6.QtCore import Qt

    from companion import app as companion_app
    from companion.ui import theme

    parts = companion_app.build()
    if options.dark:
        theme.follow(parts.app).force(Qt.ColorScheme.Dark)
    window = parts.window
    window.resize(*options.size)
    window.move(0, 0)
    window.show()
    if parts.tray.available():
        parts.tray.show()
    settle(parts.app, 1.0)
    for name, step in steps:
        step(parts)
        settle(parts.app, 1.5 if name == "notification" else 0.6)
        capture(name, options)


def find_action(parts: Any, text: str) -> Any:
    for action in parts.window.tools_menu.actions():
        if action.text() == text:
            return action
    raise LookupError(text)


def close_popups(parts: Any) -> None:
    from PySide6.QtWidgets import QApplication

    parts.tray.menu.hide()
    for widget in QApplication.topLevelWidgets():
        if widget is not parts.window and widget.isVisible() and widget is not parts.tray.menu:
            widget.close()


def default_steps() -> list[tuple[str, Callable[[Any], None]]]:
    """Each screen as an agent would see it during a day. Names are the PNG file names."""

    def today(parts: Any) -> None:
        parts.window.show_screen("today")

    def history(parts: Any) -> None:
        close_popups(parts)
        seed_reflections(parts)
        parts.window.show_screen("history").range_group.button(90).click()

    def welcome(parts: Any) -> None:
        from companion.ui.welcome import open_welcome

        parts.window.show_screen("today")
        open_welcome(parts.window)

    def tray_menu(parts: Any) -> None:
        from PySide6.QtCore import QPoint

        close_popups(parts)
        parts.window.show_screen("today")
        menu = parts.tray.menu
        menu.popup(QPoint(parts.window.width() - menu.sizeHint().width() - 20, 40))

    def check(parts: Any) -> None:
        close_popups(parts)
        screen = parts.window.show_screen("check")
        screen.set_text(SAMPLE_REPLY)
        screen.run_check("typed")
        screen.select_finding(2)  # the flat "No." lead

    def cooloff(parts: Any) -> None:
        find_action(parts, "I need a minute").trigger()
        parts.window.show_screen("cooloff")

    def happy(parts: Any) -> None:
        parts.window.show_screen("happy")

    def capture(parts: Any) -> None:
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.clipboard().setText(HAPPY_PASTE)
        find_action(parts, "Save to happy file").trigger()

    def lift(parts: Any) -> None:
        close_popups(parts)
        find_action(parts, "Lift me up").trigger()

    def phrasebook(parts: Any) -> None:
        close_popups(parts)
        parts.window.show_screen("phrasebook").show_category("can-do")

    def reframe(parts: Any) -> None:
        screen = parts.window.show_screen("reframe")
        screen.start(
            situation="A customer said our delivery app is a joke and asked for a manager.",
            thought="I always get the angry ones and everyone thinks I'm useless.",
        )

    def reflection(parts: Any) -> None:
        screen = parts.window.show_screen("reflection")
        page = screen.day_page
        page.mood.set_value(4)
        page.energy.set_value(3)
        page.well_edit.setPlainText("Turned a cancellation into a happy customer.")
        page.hard_edit.setPlainText("The double-charge call before lunch.")
        page.improve_edit.setPlainText("Check the payment log before replying to billing tickets.")

    def settings(parts: Any) -> None:
        from companion.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(parts.controller.settings, parts.window)
        dialog.move(80, 60)
        dialog.show()
        parts.screenshot_dialog = dialog

    def backups(parts: Any) -> None:
        close_popups(parts)
        from companion.store import backup
        from companion.ui.backups import BackupKeeper

        for reason in ("daily", "manual"):
            backup.backup_file(parts.store.path, reason)
        keeper = parts.window.findChild(BackupKeeper)
        keeper.open_dialog()
        keeper.dialog.move(120, 90)

    def shortcuts(parts: Any) -> None:
        close_popups(parts)
        from companion.ui.help import HelpActions

        sheet = parts.window.findChild(HelpActions).open_shortcuts()
        sheet.move(160, 40)

    def practices(parts: Any) -> None:
        close_popups(parts)
        from companion.ui.help import show_practice

        practices = show_practice(parts.window, "P3.2")
        practices.move(120, 40)

    def notification(parts: Any) -> None:
        """The shift-end reminder as the desktop's notification server (dunst) draws it."""
        close_popups(parts)
        from companion.ui.reflection_tools import ReflectionActions

        parts.window.show_screen("today")
        parts.window.findChild(ReflectionActions).on_reminder_due()

    return [
        ("today", today),
        ("welcome", welcome),
        ("history", history),
        ("tray-menu", tray_menu),
        ("check", check),
        ("cooloff", cooloff),
        ("happy", happy),
        ("capture", capture),
        ("lift", lift),
        ("phrasebook", phrasebook),
        ("reframe", reframe),
        ("reflection", reflection),
        ("settings", settings),
        ("backups", backups),
        ("shortcuts", shortcuts),
        ("practices", practices),
        ("notification", notification),
    ]


@contextmanager
def notification_server(folder: Path) -> Iterator[None]:
    """A private session bus with dunst on it, drawing on this X screen, for the app's
    notifications (nothing when dbus-daemon or dunst is missing: the shot shows the fallback)."""
    daemon, dunst = shutil.which("dbus-daemon"), shutil.which("dunst")
    if daemon is None or dunst is None:
        print("no dbus-daemon or dunst: the notification falls back", file=sys.stderr)
        yield
        return
    bus = subprocess.Popen(
        [daemon, "--session", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert bus.stdout is not None
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = bus.stdout.readline().strip()
    config = folder / "dunstrc"
    config.write_text(DUNSTRC, encoding="utf-8")
    server = subprocess.Popen(
        [dunst, "-config", str(config)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    time.sleep(1.0)
    try:
        yield
    finally:
        server.terminate()
        server.wait(10)
        bus.terminate()
        bus.wait(10)
        bus.stdout.close()


def parse(argv: list[str]) -> tuple[Options, set[str]]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("names", nargs="*", help="only these screenshots (file names, no .png)")
    parser.add_argument("--dark", action="store_true", help="the dark colour scheme")
    parser.add_argument("--size", default=f"{SIZE[0]}x{SIZE[1]}", help="the screen, WxH")
    parser.add_argument("--out", type=Path, help="the folder written to")
    parser.add_argument(
        "--lang",
        choices=("en", "ko", "ja", "el"),
        help="the interface language; writes docs/screenshots/<lang>/ (texts not translated "
        "yet show in English)",
    )
    args = parser.parse_args(argv)
    width, _, height = args.size.partition("x")
    size = (int(width), int(height))
    folder = OUT / args.lang if args.lang else OUT
    out = args.out or (folder / "dark" if args.dark else folder)
    return Options(size, out.resolve(), args.dark, args.lang), set(args.names)


def main() -> int:
    options, wanted = parse(sys.argv[1:])
    if os.environ.get("COMPANION_IN_XVFB") != "1":
        if shutil.which("xvfb-run") is None:
            print("needs xvfb-run (apt-get install xvfb xauth imagemagick trayer)", file=sys.stderr)
            return 2
        env = dict(os.environ, COMPANION_IN_XVFB="1")
        env.pop("QT_QPA_PLATFORM", None)
        width, height = options.size
        return subprocess.call(
            [
                "xvfb-run",
                "-a",
                "-s",
                f"-screen 0 {width}x{height}x24",
                sys.executable,
                __file__,
                *sys.argv[1:],
            ],
            env=env,
        )
    options.out.mkdir(parents=True, exist_ok=True)
    tray_host = None
    if shutil.which("trayer"):
        tray_host = subprocess.Popen(
            [
                "trayer",
                "--edge",
                "top",
                "--align",
                "right",
                "--widthtype",
                "pixel",
                "--width",
                "80",
                "--height",
                "28",
                "--transparent",
                "false",
                "--tint",
                "0x333333",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(1.0)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["COMPANION_DATA_DIR"] = str(Path(tmp) / "data")
        os.environ["COMPANION_CONFIG_DIR"] = str(Path(tmp) / "config")
        # No desktop bus unless the notification is shot: the other steps show no notification.
        os.environ.pop("DBUS_SESSION_BUS_ADDRESS", None)
        if options.lang is not None:
            from companion import settings

            settings.save(settings.load().replace(language=options.lang))
        seed_demo()
        steps = [step for step in default_steps() if not wanted or step[0] in wanted]
        try:
            if any(name == "notification" for name, _step in steps):
                with notification_server(Path(tmp)):
                    shoot(steps, options)
            else:
                shoot(steps, options)
        finally:
            if tray_host is not None:
                tray_host.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
