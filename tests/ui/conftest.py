"""The window's tests read its English texts: the interface language is English whatever the
language of the machine running them (a test that wants another one installs it itself)."""

from __future__ import annotations

import pytest

from companion.ui import i18n


@pytest.fixture(autouse=True)
def english_interface(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C.UTF-8")


@pytest.fixture(autouse=True, scope="session")
def english_rules_loaded() -> None:
    """The app compiles the English rule pack in the background soon after it starts (see
    check_tools.warm_up_checker); the screens' tests start from there, so an English draft is
    checked at once (its tone model learned too, as after the app's first clean reply, so the
    first test of a run is no different from the others). A first draft in another language
    still goes to a worker."""
    from companion.core import checker

    checker.load_pack("en").tone.model.model()


@pytest.fixture
def language(qapp):  # type: ignore[no-untyped-def]
    """Install a language for one test; English again afterwards."""

    def install(code: str) -> None:
        i18n.install_translations(qapp, code)

    yield install
    i18n.install_translations(qapp, "en")
