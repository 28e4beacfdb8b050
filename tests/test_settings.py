"""Every declared setting survives a save and a load, a number outside its range is brought into
it, and settings.json is readable by the user only."""

from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from companion import features, paths, settings
from companion.core.errors import CompanionError
from companion.settings import Kind, Setting, Settings

RANGED = [one for one in settings.SETTINGS if one.range is not None]


def other_value(declared: Setting) -> Any:
    """A valid value of ``declared`` that is not its default."""
    if declared.choices:
        return declared.choices[-1][0]
    if declared.range is not None:
        low, high = declared.range
        middle = low + declared.step * int((high - low) / declared.step / 2)  # on a step
        return middle if declared.kind is Kind.FLOAT else int(middle)
    if declared.kind is Kind.BOOL:
        return not declared.default
    if declared.kind is Kind.TIME:
        return "06:45"
    if declared.kind is Kind.TEXT_LIST:
        return ("shouting", "refusal-flat-no")
    return "something else"


def every_setting_changed() -> Settings:
    return Settings(**{one.name: other_value(one) for one in settings.SETTINGS})


def test_every_field_is_declared_with_a_valid_default_on_a_known_page() -> None:
    fields = set(Settings.__dataclass_fields__) - {"extra"}
    assert {one.name for one in settings.SETTINGS} == fields
    pages = {"general", settings.KEPT} | {
        feature.name for feature in features.FEATURES if feature.settings_pages
    }
    for one in settings.SETTINGS:
        assert one.page in pages, one.name
        assert one.label, one.name
        assert one.checked(one.default) == (one.default, False), one.name
        assert other_value(one) != one.default, one.name


@pytest.mark.parametrize("declared", settings.SETTINGS, ids=lambda one: one.name)
def test_each_setting_round_trips_through_the_file(declared: Setting) -> None:
    value = other_value(declared)
    changed = Settings().replace(**{declared.name: value})
    assert getattr(changed, declared.name) == value  # valid, so kept as it is
    settings.save(changed)
    assert settings.load() == changed
    assert declared.name in json.loads(settings.settings_path().read_text(encoding="utf-8"))


def test_all_settings_changed_at_once_round_trip(tmp_path: Path) -> None:
    changed = every_setting_changed()
    assert changed != Settings()
    settings.save(changed, tmp_path / "settings.json")
    assert settings.load(tmp_path / "settings.json") == changed


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("declared", RANGED, ids=lambda one: one.name)
def test_a_number_outside_its_range_is_clamped_and_logged(
    declared: Setting, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assert declared.range is not None
    low, high = declared.range
    path = tmp_path / "settings.json"
    for written, expected in [
        (low - 1, low),
        (high + 1, high),
        (10**400, high),  # too big for a float, yet a number
        (-(10**400), low),
    ]:
        caplog.clear()
        with caplog.at_level(logging.WARNING, logger="companion.settings"):
            loaded = settings.load(write(path, json.dumps({declared.name: written})))
        value = getattr(loaded, declared.name)
        assert value == expected and type(value) is type(declared.default), written
        assert f"replaced invalid values for {declared.name}" in caplog.text
    assert getattr(Settings().replace(**{declared.name: high * 3}), declared.name) == high


def test_infinity_is_clamped_and_nan_gives_the_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert settings.load(write(path, '{"target": Infinity}')).target == 20.0
    assert settings.load(write(path, '{"target": -Infinity}')).target == 0.5
    assert settings.load(write(path, '{"target": NaN}')).target == 3.0


def test_a_whole_number_for_a_float_is_kept_as_a_float(tmp_path: Path) -> None:
    loaded = settings.load(write(tmp_path / "settings.json", '{"target": 5}'))
    assert loaded.target == 5.0 and isinstance(loaded.target, float)


@pytest.mark.parametrize(
    ("content", "name"),
    [
        ('{"day_start_hour": 24}', "day_start_hour"),
        ('{"day_start_hour": -1}', "day_start_hour"),
        ('{"day_start_hour": 4.0}', "day_start_hour"),
        ('{"cooloff_minutes": true}', "cooloff_minutes"),
        ('{"cooloff_minutes": "5"}', "cooloff_minutes"),
        ('{"target": "3"}', "target"),
        ('{"shift_end": "25:00"}', "shift_end"),
        ('{"shift_end": 17}', "shift_end"),
        ('{"start_at_login": 1}', "start_at_login"),
        ('{"disabled_rules": ["shouting", 3]}', "disabled_rules"),
        ('{"disabled_rules": "shouting"}', "disabled_rules"),
    ],
)
def test_a_value_of_the_wrong_type_or_not_a_choice_gives_its_default(
    tmp_path: Path, content: str, name: str
) -> None:
    loaded = settings.load(write(tmp_path / "settings.json", content))
    assert getattr(loaded, name) == settings.BY_NAME[name].default


def test_keys_that_are_not_settings_are_kept(tmp_path: Path) -> None:
    path = write(tmp_path / "settings.json", '{"from_a_newer_version": [1, 2], "target": 4}')
    settings.save(settings.load(path).replace(cooloff_minutes=5), path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["from_a_newer_version"] == [1, 2]
    assert (saved["target"], saved["cooloff_minutes"]) == (4.0, 5)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_settings_file_is_private_whatever_the_umask() -> None:
    old = os.umask(0o022)
    try:
        settings.save(Settings(target=2.0))
    finally:
        os.umask(old)
    assert mode(settings.settings_path()) == 0o600
    assert [p.name for p in settings.settings_path().parent.iterdir()] == ["settings.json"]


@pytest.mark.parametrize("bits", [0o644, 0o666, 0o400, 0o700])
def test_an_existing_settings_file_becomes_private(tmp_path: Path, bits: int) -> None:
    path = write(tmp_path / "settings.json", "{}")
    path.chmod(bits)
    settings.save(Settings(target=2.0), path)
    assert mode(path) == 0o600
    assert settings.load(path).target == 2.0


def test_a_linked_settings_file_is_written_through_the_link(tmp_path: Path) -> None:
    dotfiles = tmp_path / "dotfiles"
    dotfiles.mkdir()
    real = write(dotfiles / "companion.json", "{}")
    real.chmod(0o644)
    link = tmp_path / "settings.json"
    link.symlink_to(real)
    settings.save(Settings(target=2.0), link)
    assert link.is_symlink() and mode(real) == 0o600
    assert settings.load(real).target == 2.0


def test_a_failed_first_save_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(path: Path, text: str) -> None:
        raise CompanionError(f"Could not write {path}: No space left on device")

    monkeypatch.setattr(paths, "write_atomically", disk_full)
    with pytest.raises(CompanionError, match="No space left"):
        settings.save(Settings(), tmp_path / "settings.json")
    assert list(tmp_path.iterdir()) == []


def test_saving_over_a_folder_says_so(tmp_path: Path) -> None:
    (tmp_path / "settings.json").mkdir()
    with pytest.raises(CompanionError, match="is a folder"):
        settings.save(Settings(), tmp_path / "settings.json")
