"""The translations of a shipped rule pack's patterns, kept on disk between runs.

Reading a pack parses each of its patterns with Python's parser and translates it for RE2 (see
patternset): for the larger packs that is most of the first check in their language. What it
works out depends only on the pack's text and on this code, so it is kept in one file per
language and used again while both stay the same. The file is a cache: it can be removed at any
time, one that is damaged, foreign or too large is ignored (and replaced), and a folder that
cannot be written only means the work is done again next time.

Nothing is kept until the shell names the folder (companion.core.cache), so tests and tools
that never do read every pack from scratch.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from companion.core import cache
from companion.core.checker.patternset import Translations

log = logging.getLogger(__name__)

#: The layout of the file; a file of another one is ignored.
FORMAT = 1
#: Most bytes read from a kept file (the largest pack's file is about 1 MB).
READ_LIMIT = 16 * 1024 * 1024


def _code_fingerprint() -> bytes:
    """What the translations depend on besides the pack: the code that works them out, and
    the Python and RE2 they are made for."""
    digest = hashlib.sha256(f"{FORMAT}:{sys.version}".encode())
    with contextlib.suppress(ImportError):
        import re2

        digest.update(str(getattr(re2, "__version__", "")).encode())
    here = Path(__file__).parent
    # engine.py lower-cases and folds each pattern with language.py's fold_accents
    for source in (here / "patternset.py", here / "engine.py", here.parent / "language.py"):
        try:
            digest.update(source.read_bytes())
        except OSError:  # a frozen build without its sources: its version tells the code
            from companion import __version__

            digest.update(__version__.encode())
    return digest.digest()


def _path(lang: str) -> Path | None:
    return cache.file(f"rules-{lang}.json")


def key(pack_text: bytes) -> str:
    """The key a kept file must hold to be used for a pack of this text."""
    return hashlib.sha256(_code_fingerprint() + pack_text).hexdigest()


def load(lang: str, pack_key: str) -> Translations:
    """The translations kept for ``lang`` under ``pack_key``, or an empty set of them."""
    path = _path(lang)
    if path is None:
        return Translations()
    try:
        with path.open("rb") as file:
            raw = file.read(READ_LIMIT + 1)
    except OSError:
        return Translations()  # none kept yet, most often
    try:
        if len(raw) > READ_LIMIT:
            raise ValueError("too large")
        header, _, body = raw.partition(b"\n")
        head = json.loads(header)
        if head.get("format") != FORMAT or head.get("key") != pack_key:
            return Translations()  # another pack's text or another code's: made anew
        if head.get("sha256") != hashlib.sha256(body).hexdigest():
            raise ValueError("its contents do not match their checksum")
        data = json.loads(body)
        translated, lowered = data["translated"], data["lowered"]
        if not _valid(translated, lowered):
            raise ValueError("unexpected contents")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:  # JSON errors included
        log.info("ignoring the kept translations in %s: %s", path, exc)
        return Translations()
    return Translations(translated, lowered)


def _valid(translated: Any, lowered: Any) -> bool:
    if not isinstance(translated, dict) or not isinstance(lowered, dict):
        return False
    for entry in translated.values():
        if entry is None:
            continue
        if not (isinstance(entry, list) and len(entry) == 2):
            return False
        if not all(part is None or isinstance(part, str) for part in entry):
            return False
    return all(isinstance(v, str) for v in lowered.values())


def save(lang: str, pack_key: str, translations: Translations) -> None:
    """Keep ``translations`` for ``lang`` when this run worked any out (atomically: a reader
    sees the old file or the new one; a failure leaves the old one)."""
    if not translations.added:
        return
    path = _path(lang)
    if path is None:
        return
    body = json.dumps(
        {"translated": translations.translated, "lowered": translations.lowered},
        ensure_ascii=False,
        separators=(",", ":"),
    ).encode("utf-8")
    header = json.dumps(
        {"format": FORMAT, "key": pack_key, "sha256": hashlib.sha256(body).hexdigest()}
    ).encode()
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, temporary = tempfile.mkstemp(prefix=f".rules-{lang}-", dir=path.parent)
        with os.fdopen(fd, "wb") as file:
            file.write(header + b"\n" + body)
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:  # a full disk or a read-only folder: made anew next time
        log.info("rule pack translations for %s not kept: %s", lang, exc)
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
