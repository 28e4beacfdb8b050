"""What reading a shipped rule pack works out, kept on disk between runs.

Reading a pack parses each of its patterns with Python's parser and translates it for RE2 (see
patternset): for the larger packs that is most of the first check in their language. What it
works out depends only on the pack's text and on this code, so it is kept in one file per
language and used again while both stay the same. The tone model learned from the pack's
examples (see tone_model) is kept the same way, in a file of its own, since it is learned only
when a reply first needs it. The files are a cache: they can be removed at any time, one that
is damaged, foreign or too large is ignored (and replaced), and a folder that cannot be written
only means the work is done again next time.

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
from companion.core.checker.tone_model import ToneModel

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
    # tone_model.py learns the kept tone model from the pack's examples
    for source in (
        here / "patternset.py",
        here / "engine.py",
        here / "tone_model.py",
        here.parent / "language.py",
    ):
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


def _read(path: Path | None, pack_key: str) -> Any:
    """The JSON kept in ``path`` under ``pack_key``; None when there is none, or it was kept
    for another key or is damaged or too large (raised as ValueError)."""
    if path is None:
        return None
    try:
        with path.open("rb") as file:
            raw = file.read(READ_LIMIT + 1)
    except OSError:
        return None  # none kept yet, most often
    if len(raw) > READ_LIMIT:
        raise ValueError("too large")
    header, _, body = raw.partition(b"\n")
    head = json.loads(header)
    if not isinstance(head, dict):
        raise ValueError("unexpected header")
    if head.get("format") != FORMAT or head.get("key") != pack_key:
        return None  # another pack's text or another code's: made anew
    if head.get("sha256") != hashlib.sha256(body).hexdigest():
        raise ValueError("its contents do not match their checksum")
    return json.loads(body)


def load(lang: str, pack_key: str) -> Translations:
    """The translations kept for ``lang`` under ``pack_key``, or an empty set of them."""
    path = _path(lang)
    try:
        data = _read(path, pack_key)
        if data is None:
            return Translations()
        translated, lowered = data["translated"], data["lowered"]
        if not _valid(translated, lowered):
            raise ValueError("unexpected contents")
    # JSON errors included; RecursionError: arrays nested deeper than the parser goes
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
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
    _write(
        _path(lang),
        pack_key,
        {"translated": translations.translated, "lowered": translations.lowered},
        f"rule pack translations for {lang}",
    )


def _write(path: Path | None, pack_key: str, data: Any, what: str) -> None:
    """Keep ``data`` as JSON in ``path`` under ``pack_key``, atomically."""
    if path is None:
        return
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    header = json.dumps(
        {"format": FORMAT, "key": pack_key, "sha256": hashlib.sha256(body).hexdigest()}
    ).encode()
    temporary = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, temporary = tempfile.mkstemp(prefix=f".{path.stem}-", dir=path.parent)
        with os.fdopen(fd, "wb") as file:
            file.write(header + b"\n" + body)
        os.replace(temporary, path)
        temporary = None
    except OSError as exc:  # a full disk or a read-only folder: made anew next time
        log.info("%s not kept: %s", what, exc)
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)


class ToneStore:
    """Where the tone model learned from a shipped pack's examples is kept between runs
    (tone-<lang>.json, under the pack's key: a new pack text or new code learns it anew)."""

    __slots__ = ("lang", "pack_key")

    def __init__(self, lang: str, pack_key: str) -> None:
        self.lang, self.pack_key = lang, pack_key

    def _path(self) -> Path | None:
        return cache.file(f"tone-{self.lang}.json")

    def load(self) -> ToneModel | None:
        path = self._path()
        try:
            data = _read(path, self.pack_key)
        except (ValueError, TypeError, RecursionError) as exc:  # as in load
            log.info("ignoring the kept tone model in %s: %s", path, exc)
            return None
        model = ToneModel.from_json(data) if data is not None else None
        if data is not None and model is None:
            log.info("ignoring the kept tone model in %s: unexpected contents", path)
        return model

    def save(self, model: ToneModel) -> None:
        _write(self._path(), self.pack_key, model.to_json(), f"tone model for {self.lang}")
