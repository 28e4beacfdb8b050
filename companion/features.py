"""The one manifest: each feature's screens, settings pages, commands and start-up hook.

Adding a feature is one entry here. Everything is named by "module:attribute" strings, so this
file imports nothing: the CLI reads it without loading Qt, and the app imports a feature's
screen or settings page only when it is first shown (its start-up hook, when it has one, is a
light module that adds actions, timers and Today rows).

- ``screens``: sidebar order is manifest order; ``Ctrl+1``, ``Ctrl+2``, … follow it. A screen
  class is built as ``Class(controller, parent)``.
- ``settings_pages``: tabs of the Settings dialog after General, built as ``Class()``.
- ``commands``: a module with ``register(subparsers)``; `companion --help` lists them in order.
- ``install``: ``function(window, tray)`` run once at start-up.
"""

from __future__ import annotations

from typing import NamedTuple


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the translation catalogue (pyside6-lupdate reads the calls by name)
    without importing Qt; the screen translates it in ``context`` when it shows it."""
    return text


# Named tuples rather than frozen dataclasses: the window reads this file before its first
# paint, and a frozen dataclass takes some 0.4 ms to make, a named tuple a seventh of it.


class Screen(NamedTuple):
    key: str
    title: str
    """Shown in the sidebar and the Go menu (translated in the "MainWindow" context)."""
    factory: str


class Feature(NamedTuple):
    name: str
    screens: tuple[Screen, ...] = ()
    settings_pages: tuple[str, ...] = ()
    commands: str | None = None
    install: str | None = None


FEATURES: tuple[Feature, ...] = (
    Feature(
        "ratio",
        screens=(
            Screen(
                "today", QT_TRANSLATE_NOOP("MainWindow", "Today"), "companion.ui.today:TodayScreen"
            ),
            Screen(
                "history",
                QT_TRANSLATE_NOOP("MainWindow", "History"),
                "companion.ui.history:HistoryScreen",
            ),
        ),
        commands="companion.cli.ratio",
    ),
    Feature(
        "check",
        screens=(
            Screen(
                "check",
                QT_TRANSLATE_NOOP("MainWindow", "Check reply"),
                "companion.ui.check:CheckScreen",
            ),
            Screen(
                "cooloff",
                QT_TRANSLATE_NOOP("MainWindow", "Cool-off"),
                "companion.ui.cooloff:CoolOffScreen",
            ),
        ),
        settings_pages=("companion.ui.check_settings:ReplyCheckPage",),
        commands="companion.cli.check",
        install="companion.ui.check_tools:install",
    ),
    Feature(
        "happy",
        screens=(
            Screen(
                "happy",
                QT_TRANSLATE_NOOP("MainWindow", "Happy file"),
                "companion.ui.happy:HappyScreen",
            ),
        ),
        settings_pages=("companion.ui.happy:HappyFilePage",),
        commands="companion.cli.happy",
        install="companion.ui.happy_tools:install",
    ),
    Feature(
        "phrasebook",
        screens=(
            Screen(
                "phrasebook",
                QT_TRANSLATE_NOOP("MainWindow", "Phrasebook"),
                "companion.ui.phrasebook:PhrasebookScreen",
            ),
        ),
        commands="companion.cli.phrasebook",
    ),
    Feature(
        "reframe",
        screens=(
            Screen(
                "reframe",
                QT_TRANSLATE_NOOP("MainWindow", "Reframe"),
                "companion.ui.reframe:ReframeScreen",
            ),
        ),
        commands="companion.cli.reframe",
    ),
    Feature(
        "reflection",
        screens=(
            Screen(
                "reflection",
                QT_TRANSLATE_NOOP("MainWindow", "Reflection"),
                "companion.ui.reflection:ReflectionScreen",
            ),
        ),
        commands="companion.cli.reflection",
        install="companion.ui.reflection_tools:install",
    ),
    Feature(
        "backup",
        commands="companion.cli.backup",
        install="companion.ui.backups:install",
    ),
    Feature(
        "desktop",
        settings_pages=("companion.ui.desktop_settings:DesktopPage",),
        commands="companion.cli.desktop",
        install="companion.ui.desktop_tools:install",
    ),
    Feature(
        "help",
        install="companion.ui.help:install",  # the welcome again, the keys, the practices
    ),
)


def screens() -> list[Screen]:
    """Every screen, in sidebar order."""
    return [screen for feature in FEATURES for screen in feature.screens]


def settings_pages() -> list[str]:
    return [page for feature in FEATURES for page in feature.settings_pages]


def command_modules() -> list[str]:
    return [feature.commands for feature in FEATURES if feature.commands is not None]


def install_hooks() -> list[str]:
    return [feature.install for feature in FEATURES if feature.install is not None]


def resolve(target: str) -> object:
    """The attribute a "module:attribute" string names, importing the module."""
    import importlib

    module_name, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module_name), attribute)
