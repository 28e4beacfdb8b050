"""The main window builds its screens lazily: none while it is hidden, the first when shown."""

from __future__ import annotations

import pytest

from companion import settings
from companion.ui.controller import Controller
from companion.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, store):
    controller = Controller(store, settings.load(), save_settings=lambda _settings: None)
    shell = MainWindow(controller, has_tray=True)
    qtbot.addWidget(shell)
    return shell


def test_a_window_started_hidden_builds_no_screen_until_it_is_shown(window, qtbot):
    assert window.screens == {}
    window.show()
    qtbot.waitExposed(window)
    assert list(window.screens) == ["today"]
    assert window.current_screen_key() == "today"
    assert window.screens["today"].isAncestorOf(window.focusWidget())


def test_a_screen_asked_for_while_hidden_is_the_one_shown(window, qtbot):
    window.show_screen("reframe")
    window.show()
    qtbot.waitExposed(window)
    assert list(window.screens) == ["reframe"]
    assert window.current_screen_key() == "reframe"


SAME_MARGINS = [
    "today",
    "history",
    "check",
    "cooloff",
    "happy",
    "phrasebook",
    "reframe",
    "reflection",
]


@pytest.mark.parametrize("key", SAME_MARGINS)
def test_every_screen_starts_its_content_at_the_same_place(window, qtbot, key):
    from companion.ui.style import SCREEN_MARGINS

    screen = window.screen_widget(key)
    margins = screen.layout().contentsMargins()
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == SCREEN_MARGINS
