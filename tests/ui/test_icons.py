"""Icons are read when first drawn: an app idle in the tray loads no SVG engine."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from companion.core.ratio import State
from companion.ui import icons

IDLE = """
import json
from PySide6.QtWidgets import QApplication
app = QApplication([])
from companion.ui import icons
from companion.core.ratio import State
made = [icons.app_icon(), *(icons.state_icon(state) for state in State)]
def svg_loaded():
    return any("Svg" in line for line in open("/proc/self/maps"))
before = svg_loaded()
small = [icons.app_icon().pixmap(size, size).width() for size in (16, 32, 64, 128)]
after_app_icon = svg_loaded()
icons.state_icon(State.ABOVE).pixmap(16, 16)
print(json.dumps([before, small, after_app_icon, svg_loaded()]))
"""


def test_no_svg_engine_until_an_svg_icon_is_drawn():
    result = subprocess.run(
        [sys.executable, "-c", IDLE], capture_output=True, text=True, env=dict(os.environ)
    )
    assert result.returncode == 0, result.stderr
    before, small, after_app_icon, after_state_icon = json.loads(result.stdout.splitlines()[-1])
    assert (before, small, after_app_icon, after_state_icon) == (
        False,
        [16, 32, 64, 128],
        False,
        True,
    )


@pytest.mark.parametrize("state", list(State))
def test_a_state_icon_draws_as_its_svg(qapp, state):
    for size in (16, 32, 48):
        drawn = icons.state_icon(state).pixmap(size, size).toImage()
        assert drawn == icons.svg_icon(f"state-{state.value}").pixmap(size, size).toImage()
    assert not icons.state_icon(state).isNull()


def test_the_app_icon_comes_from_the_png_files_then_the_svg(qapp):
    app_icon = icons.app_icon()
    assert app_icon.availableSizes() == []  # as an SVG icon: any size
    for asked, source in ((16, 48), (48, 48), (64, 128), (200, 256)):
        expected = icons.png_app_icon(source).pixmap(asked, asked).toImage()
        assert app_icon.pixmap(asked, asked).toImage() == expected
    large = app_icon.pixmap(512, 512)
    assert large.width() == 512
    assert large.toImage() == icons.svg_icon("companion").pixmap(512, 512).toImage()
    copy = app_icon.__class__(app_icon)  # a copy shares the engine; a detached one clones it
    assert copy.pixmap(32, 32).toImage() == app_icon.pixmap(32, 32).toImage()
