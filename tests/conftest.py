"""Every test gets its own data and config folders; Qt runs offscreen.

QT_QPA_PLATFORM is set before anything imports Qt: with no display, Qt would abort the run.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

# A short, private runtime folder for the whole run (Unix socket paths are length-limited and Qt
# warns about a runtime folder that is not 0700).
_RUNTIME = tempfile.mkdtemp(prefix="cmp-rt-")
os.chmod(_RUNTIME, 0o700)
os.environ["XDG_RUNTIME_DIR"] = _RUNTIME


def pytest_unconfigure(config: pytest.Config) -> None:
    """The runtime folder goes with the run (one was left in the temp folder per run)."""
    shutil.rmtree(_RUNTIME, ignore_errors=True)


@pytest.fixture(scope="session")
def qapp(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's application, with the plural forms the app loads at start ("1 entry")."""
    from companion.ui.i18n import install_translations

    install_translations(qapp)
    return qapp


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test can touch the real user data, config, cache or autostart folder."""
    monkeypatch.setenv("COMPANION_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("COMPANION_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    return tmp_path


class FakeClock:
    """A wall clock the test moves by hand (aware UTC datetimes)."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@pytest.fixture
def clock() -> FakeClock:
    # Midday of the Companion day it is now (days start at the default hour), so "today" is the
    # same day for the app under test and for a command run on the real clock: between midnight
    # and the day-start hour that is yesterday's date, not the calendar's.
    from companion.core.days import day_of
    from companion.settings import Settings

    today = day_of(dt.datetime.now(dt.UTC), Settings().day_start_hour)
    local_noon = dt.datetime.combine(today, dt.time(hour=12)).astimezone()
    return FakeClock(local_noon.astimezone(dt.UTC))


@pytest.fixture
def store() -> Iterator[object]:
    from companion.store import open_store

    opened = open_store()
    yield opened
    opened.close()


@pytest.fixture
def parts(qtbot: object, clock: FakeClock) -> Iterator[object]:
    """The real app (controller, main window, tray) on a fresh database, window shown."""
    from companion import app

    built = app.build(clock=clock)
    qtbot.addWidget(built.window)  # type: ignore[attr-defined]
    built.window.show()
    qtbot.waitExposed(built.window)  # type: ignore[attr-defined]
    yield built
    built.window.has_tray = True  # closing must not quit the shared QApplication
    built.window.close()
    built.tray.icon.hide()
    built.store.close()
    # Free this app's Qt objects here, on the GUI thread: left to the collector, they could be
    # freed later on whatever thread it runs on (a worker), where Qt warns about timers.
    gc.collect()
