"""The reply tools at start-up: installed without the checker, the cool-off screen or its maths;
a running cool-off is still picked up; clipboard watching loads the checker only when needed."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

from companion.core.cooloff import CoolOff
from companion.store import checks as checks_store
from companion.ui import check_tools

HARD = "No. You are wrong, as I already said!!! Per our policy, refunds take 14 days."

# Builds the window and installs only the reply tools, the way the app starts, in a fresh
# interpreter, then reports which of the heavy modules got loaded at each step.
START = """
import json, sys
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

app = QApplication(sys.argv[:1])
from companion import settings
from companion.store import open_store
from companion.ui import check_tools
from companion.ui.controller import Controller
from companion.ui.main_window import MainWindow

HEAVY = ["companion.core.checker", "companion.core.cooloff", "companion.ui.check",
         "companion.ui.cooloff", "companion.cli.check", "companion.ui.clipboard_watcher"]

def loaded():
    return [m for m in HEAVY if m in sys.modules]

def wait(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

store = open_store()
controller = Controller(store, settings.load())
window = MainWindow(controller)
tools = check_tools.install(window, None)
report = {"running": tools.keeper.running, "remaining": tools.keeper.remaining(),
          "at_start": loaded()}
if "--watch" in sys.argv:
    controller.update_settings(controller.settings.replace(watch_clipboard=True))
    report["watching"] = tools.watcher.watching
    QGuiApplication.clipboard().setText("12345")
    wait(700)
    report["after_a_number"] = loaded()
    verdicts = []
    tools.watcher.verdict.connect(lambda title, _report: verdicts.append(title))
    QGuiApplication.clipboard().setText(sys.argv[-1])
    for _ in range(100):  # the rules compile in the background first: up to 10 s
        wait(100)
        if verdicts:
            break
    report["verdicts"] = verdicts
    report["after_a_reply"] = loaded()
store.close()
print(json.dumps(report))
"""


def start(*args: str) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-c", START, *args], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_start_up_loads_neither_the_checker_nor_the_cool_off_screen():
    report = start()
    assert report["running"] is False
    assert report["at_start"] == []


def test_a_running_cool_off_is_restored_at_start_without_the_checker(store):
    # A 3-minute cool-off started a minute ago by the last run, which then quit.
    started = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=60)
    checks_store.start_cooloff(store, CoolOff.start(180, 0.0, started), "hard-reply")
    report = start()
    assert report["running"] is True
    assert 100 < report["remaining"] <= 120  # the wall clock moved on while it was closed
    assert report["at_start"] == ["companion.core.cooloff"]  # its maths, nothing more


def test_clipboard_watching_loads_the_checker_only_for_a_copied_reply():
    report = start("--watch", HARD)
    assert report["at_start"] == []
    assert report["watching"] is True
    # watched, but nothing that looks like a reply
    assert report["after_a_number"] == ["companion.ui.clipboard_watcher"]
    assert report["verdicts"] == ["Copied reply: Hard reply"]
    assert "companion.core.checker" in report["after_a_reply"]
    assert "companion.ui.check" not in report["after_a_reply"]  # no screen for a notification


def test_the_breathing_guide_stops_when_the_window_is_hidden(parts, qtbot):
    tools = parts.window.findChild(check_tools.ReplyTools)
    [action] = [a for a in parts.tray.menu.actions() if a.text() == "I need a minute"]
    action.trigger()
    cool = parts.window.screens["cooloff"]
    assert cool.frame_timer.isActive()
    parts.window.has_tray = True
    parts.window.close()  # hides to the tray: the cool-off goes on, the animation does not
    assert tools.keeper.running
    assert not cool.frame_timer.isActive()
    parts.window.show()
    qtbot.waitExposed(parts.window)
    assert cool.frame_timer.isActive()
    tools.keeper.end_early()
    assert not cool.frame_timer.isActive()


def test_the_rule_pack_is_compiled_in_the_background_after_start(parts, qtbot):
    from companion.core import checker

    checker.load_pack.cache_clear()
    assert checker.load_pack.cache_info().currsize == 0
    qtbot.waitUntil(lambda: checker.load_pack.cache_info().currsize == 1, timeout=15_000)


def test_an_app_hidden_in_the_tray_compiles_the_rule_pack_only_once_a_check_is_likely(qtbot, store):
    from companion import settings
    from companion.ui.controller import Controller
    from companion.ui.main_window import MainWindow

    controller = Controller(store, settings.load(), save_settings=lambda _settings: None)
    window = MainWindow(controller, has_tray=True)
    qtbot.addWidget(window)
    tools = check_tools.install(window, None)
    assert not tools.warm_up_timer.isActive()  # started hidden: nothing compiled ahead
    controller.update_settings(controller.settings.replace(watch_clipboard=True))
    assert tools.warm_up_timer.isActive()  # copied replies are checked from now on
    tools.warm_up_timer.stop()
    controller.update_settings(controller.settings.replace(watch_clipboard=False))
    window.show()
    qtbot.waitExposed(window)
    assert tools.warm_up_timer.isActive()  # the window is open: a check may come any moment
    tools.warm_up_timer.stop()


def test_a_japanese_or_korean_reply_looks_like_a_reply_without_spaces():
    from companion.ui.clipboard_watcher import looks_like_reply

    assert looks_like_reply("ご不便をおかけして申し訳ございません。本日中に発送いたします。")
    assert looks_like_reply("불편을 드려 정말 죄송합니다. 오늘 바로 보내 드리겠습니다.")
    assert not looks_like_reply("注文番号")
    assert not looks_like_reply("12345")
