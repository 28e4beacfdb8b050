"""The window's tests read its English texts: the interface language is English whatever the
language of the machine running them (a test that wants another one installs it itself)."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def english_interface(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
