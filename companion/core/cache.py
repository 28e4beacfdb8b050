"""Where core code keeps what it can make again. The shell names the folder at start
(``keep_in``); until it does, nothing is kept, so tests and tools that never name one always
work from scratch. This module imports nothing heavy: the shell sets it before anything else.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

log = logging.getLogger(__name__)

_folder: Callable[[], Path] | None = None


def keep_in(folder: Callable[[], Path] | None) -> None:
    """Keep things in the folder ``folder()`` gives, asked only when something is first kept
    or looked for (so naming it costs the start nothing); None keeps nothing."""
    global _folder
    _folder = folder


def file(name: str) -> Path | None:
    """The path of a kept file named ``name``, or None when nothing is kept (no folder named,
    or the folder cannot be made)."""
    if _folder is None:
        return None
    try:
        return _folder() / name
    except Exception as exc:  # CompanionError for a folder that cannot be made, or worse
        log.info("nothing is kept: %s", exc)
        return None
