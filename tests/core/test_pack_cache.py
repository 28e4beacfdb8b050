"""The rule packs' translations kept between runs: used again only for the same pack and code,
and never trusted when the file is damaged, foreign or too large."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from companion.core import cache
from companion.core.checker import check_with_pack, pack_cache
from companion.core.checker.pack import load_pack
from companion.core.checker.patternset import Translations
from companion.core.checker.tone_model import ToneModel

#: Replies of everyday support, some with findings, in each language whose pack is read.
REPLIES = {
    "en": "As per our policy, we cannot refund opened items. You should have read the terms.",
    "el": "Σύμφωνα με την πολιτική μας δεν γίνεται επιστροφή. Έπρεπε να διαβάσετε τους όρους.",
    "ko": "규정상 환불은 불가능합니다. 약관을 제대로 안 읽으신 것 같네요.",
    "ja": "規定により返金できません。説明をよく読まなかったのはお客様です。",
}


@pytest.fixture
def kept(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "kept"
    cache.keep_in(lambda: folder)
    yield folder
    cache.keep_in(None)


def fresh(lang: str):  # type: ignore[no-untyped-def]
    """The pack read anew, as a new process would (load_pack keeps one per process)."""
    return load_pack.__wrapped__(lang)  # type: ignore[attr-defined]


def findings(pack, text: str) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    return [(f.rule, f.start, f.end) for f in check_with_pack(text, pack).findings]


def spy(monkeypatch: pytest.MonkeyPatch) -> list[Translations]:
    """The Translations each load works with."""
    seen: list[Translations] = []
    real = pack_cache.load

    def load(lang: str, key: str) -> Translations:
        seen.append(real(lang, key))
        return seen[-1]

    monkeypatch.setattr(pack_cache, "load", load)
    return seen


@pytest.mark.parametrize("lang", ["en", "el"])
def test_a_second_read_uses_what_the_first_kept_and_finds_the_same(
    lang: str, kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = spy(monkeypatch)
    first = fresh(lang)
    assert (kept / f"rules-{lang}.json").is_file()
    second = fresh(lang)
    assert seen[0].added > 500  # worked out by the first read
    assert seen[1].added == 0  # every pattern's translation was kept
    assert findings(first, REPLIES[lang]) == findings(second, REPLIES[lang])
    assert findings(second, REPLIES[lang])  # the reply has findings to compare
    uncached = fresh_without_cache(lang)
    assert findings(second, REPLIES[lang]) == findings(uncached, REPLIES[lang])


def fresh_without_cache(lang: str):  # type: ignore[no-untyped-def]
    cache.keep_in(None)
    return fresh(lang)


def test_nothing_is_kept_until_the_shell_names_a_folder(tmp_path: Path) -> None:
    cache.keep_in(None)
    fresh("el")
    assert not list(tmp_path.rglob("rules-*.json"))


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],  # cut short by a full disk
        lambda raw: raw.replace(b"(?:", b"(?!", 1),  # one byte changed
        lambda raw: b"\x00\xff" * 64,  # not JSON at all
        lambda raw: raw.split(b"\n", 1)[0] + b"\n[1, 2, 3]",  # another layout
        lambda raw: b"",  # empty
    ],
    ids=["truncated", "changed", "binary", "layout", "empty"],
)
def test_a_damaged_file_is_ignored_and_made_again(
    damage, kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    fresh("el")
    path = kept / "rules-el.json"
    path.write_bytes(damage(path.read_bytes()))
    seen = spy(monkeypatch)
    pack = fresh("el")
    assert seen[0].added > 500  # nothing of the damaged file was used
    assert findings(pack, REPLIES["el"]) == findings(fresh_without_cache("el"), REPLIES["el"])
    header = json.loads(path.read_bytes().split(b"\n", 1)[0])
    assert header["format"] == pack_cache.FORMAT  # made again whole


def test_a_file_whose_checksum_holds_but_whose_entries_are_wrong_is_ignored(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh("el")
    path = kept / "rules-el.json"
    header = json.loads(path.read_bytes().split(b"\n", 1)[0])
    body = json.dumps({"translated": {"x": [1, 2]}, "lowered": {}}).encode()
    import hashlib

    header["sha256"] = hashlib.sha256(body).hexdigest()
    path.write_bytes(json.dumps(header).encode() + b"\n" + body)
    seen = spy(monkeypatch)
    fresh("el")
    assert seen[0].added > 500


#: a reply with no finding: its score is its lean, half of which the learned model gives
CLEAN = "I've cancelled the order for you, and the refund is on its way."


def test_the_tone_model_is_learned_at_the_first_clean_reply_then_read_back(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = fresh("en")
    assert not (kept / "tone-en.json").exists()  # reading the pack learns nothing yet
    report = check_with_pack(CLEAN, first)
    assert not report.findings
    assert (kept / "tone-en.json").is_file()

    def no_learning(*args: object) -> object:
        raise AssertionError("learned again")

    monkeypatch.setattr(ToneModel, "learn", no_learning)
    second = fresh("en")
    assert check_with_pack(CLEAN, second).score == report.score
    assert second.tone.model.model() == first.tone.model.model()


@pytest.mark.parametrize(
    "damage",
    [
        lambda raw: raw[: len(raw) // 2],
        lambda raw: b"\x00\xff" * 64,
        lambda raw: _resealed(raw, {"bias": "x", "weights": {}}),
        lambda raw: _resealed(raw, {"bias": 0.5, "weights": {"ab": None}}),
        lambda raw: _resealed(raw, [1.0]),
        lambda raw: _resealed_raw(raw, b"[" * 100_000 + b"]" * 100_000),
    ],
    ids=["truncated", "binary", "bias", "weight", "shape", "nested"],
)
def test_a_damaged_tone_model_is_ignored_and_learned_again(damage, kept: Path) -> None:  # type: ignore[no-untyped-def]
    first = fresh("en")
    score = check_with_pack(CLEAN, first).score
    path = kept / "tone-en.json"
    path.write_bytes(damage(path.read_bytes()))
    again = fresh("en")
    assert check_with_pack(CLEAN, again).score == score
    assert again.tone.model.model() == first.tone.model.model()
    # and kept whole again
    assert ToneModel.from_json(json.loads(path.read_bytes().split(b"\n", 1)[1])) is not None


def _resealed(raw: bytes, body: object) -> bytes:
    """``raw``'s header over ``body``, with a checksum that holds."""
    return _resealed_raw(raw, json.dumps(body).encode())


def _resealed_raw(raw: bytes, data: bytes) -> bytes:
    import hashlib

    header = json.loads(raw.split(b"\n", 1)[0])
    header["sha256"] = hashlib.sha256(data).hexdigest()
    return json.dumps(header).encode() + b"\n" + data


def test_kept_translations_nested_deeper_than_json_reads_are_ignored(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh("el")
    path = kept / "rules-el.json"
    path.write_bytes(_resealed_raw(path.read_bytes(), b"[" * 100_000 + b"]" * 100_000))
    seen = spy(monkeypatch)
    pack = fresh("el")
    assert seen[0].added > 500
    assert findings(pack, REPLIES["el"])


def test_a_file_kept_for_another_text_of_the_pack_is_not_used(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh("el")
    assert pack_cache.load("el", pack_cache.key(b"another pack")).translated == {}
    assert pack_cache.load("el", pack_cache.key(_pack_text("el"))).translated


def test_a_huge_file_is_not_read_whole(kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    kept.mkdir(parents=True)
    path = kept / "rules-el.json"
    with path.open("wb") as file:
        file.truncate(pack_cache.READ_LIMIT + 10)
    reads: list[int] = []
    real_open = Path.open

    def watched_open(self: Path, *args, **kwargs):  # type: ignore[no-untyped-def]
        handle = real_open(self, *args, **kwargs)
        if self == path:
            real_read = handle.read

            def read(size: int = -1) -> bytes:
                reads.append(size)
                return real_read(size)

            handle.read = read  # type: ignore[method-assign]
        return handle

    monkeypatch.setattr(Path, "open", watched_open)
    assert pack_cache.load("el", pack_cache.key(_pack_text("el"))).translated == {}
    assert reads and all(0 < size <= pack_cache.READ_LIMIT + 1 for size in reads)


def test_a_folder_that_cannot_be_written_only_means_nothing_is_kept(
    kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    def refused(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    pack = fresh("el")
    assert findings(pack, REPLIES["el"])
    assert not (kept / "rules-el.json").exists()


def test_a_full_disk_leaves_no_half_file(kept: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_replace = os.replace

    def full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    pack = fresh("el")
    assert findings(pack, REPLIES["el"])
    assert not list(kept.iterdir())  # the temporary file went too
    monkeypatch.setattr(os, "replace", real_replace)


def test_a_folder_that_cannot_be_made_keeps_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")

    def folder() -> Path:
        from companion import paths

        os.environ["COMPANION_CACHE_DIR"] = str(blocker / "sub")
        try:
            return paths.cache_dir()
        finally:
            del os.environ["COMPANION_CACHE_DIR"]

    cache.keep_in(folder)
    try:
        assert findings(fresh("el"), REPLIES["el"])
    finally:
        cache.keep_in(None)


@pytest.mark.parametrize("lang", sorted(REPLIES))
def test_every_pack_reads_the_same_from_what_it_kept(
    lang: str, kept: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each rule's own examples find the same with kept translations as without."""
    first = fresh(lang)
    seen = spy(monkeypatch)
    second = fresh(lang)
    assert seen[0].added == 0
    texts = [REPLIES[lang]] + [e for rule in first.rules for e in rule.examples[:3]]
    assert len(texts) > 50
    for text in texts:
        assert findings(first, text) == findings(second, text), text


def _pack_text(lang: str) -> bytes:
    from companion.core.resources import resource

    return resource("rules", f"{lang}.toml").read_bytes()


def test_a_compiled_pack_does_not_hold_on_to_what_was_kept(kept: Path) -> None:
    """The translations are read and written by the loader; the pack in use for the rest of
    the shift keeps none of them (a megabyte or two of text)."""
    pack = fresh("el")
    assert pack.pattern_set.translations.translated == {}
    assert pack.pattern_set.translations.lowered == {}


@pytest.mark.parametrize("source", ["patternset.py", "engine.py", "tone_model.py", "language.py"])
def test_what_was_kept_is_not_used_once_the_code_that_reads_patterns_changes(
    source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # language.py folds the Greek patterns' accents (engine.py calls it): a new fold with an
    # old file would read a pattern the old way
    before = pack_cache.key(b"[pack]")
    real = Path.read_bytes

    def changed(path: Path) -> bytes:
        data = real(path)
        return data + b"\n# changed" if path.name == source else data

    monkeypatch.setattr(Path, "read_bytes", changed)
    assert pack_cache.key(b"[pack]") != before
