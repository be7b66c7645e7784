"""A configuration read without pydantic (`config_values`) holds exactly what the model
(`config_model.ConfigFile`) would: the plain reader only ever accepts, or hands over."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from lp_lint.run.config_file import load
from lp_lint.run.config_model import ConfigFile
from lp_lint.run.config_values import KEYS, ConfigValues, plain_config


def model_values(data: object) -> dict[str, Any] | None:
    """What the model makes of `data` (by field name), None when it refuses it."""
    try:
        return ConfigFile.model_validate(data).model_dump()
    except ValidationError:
        return None


def agrees(data: object) -> ConfigValues | None:
    plain = plain_config(data)
    if plain is not None:
        assert plain.model_dump() == model_values(data), data
    return plain


def test_the_plain_values_have_the_model_s_fields_keys_and_defaults() -> None:
    fields = ConfigFile.model_fields
    assert ConfigValues._fields == tuple(fields)
    assert {key: name for key, (name, _) in KEYS.items()} == {
        field.alias or name: name for name, field in fields.items()
    }
    assert agrees({}) is not None


EVERY_KEY = {
    "extend": "../base.yaml",
    "select": ["LP1", "cadre-national"],
    "extend-select": ["RC"],
    "ignore": ["RC605"],
    "severity": {"CN310": "info", "LP104": "warning"},
    "per-file-ignores": {"archives/*.yaml": ["LP1"]},
    "fail-on": "warning",
    "rules": ["regles-maison"],
    "readings": {"LP105": "litterale"},
    "mentions": ["Commerce"],
    "exclude": ["brouillons/"],
    "respect-gitignore": False,
    "regime": "lp-2019",
    "lang": "en",
}


def test_a_configuration_of_every_key_is_read_plainly_and_alike() -> None:
    assert agrees(EVERY_KEY) is not None


@pytest.mark.parametrize(
    "data",
    [
        {"extend_select": ["RC"]},  # the field's name, not the key a file writes
        {"respect-gitignore": "yes"},  # the model's lax reading of a flag decides
        {"respect-gitignore": 1},
        {"select": "LP1"},
        {"severity": {"CN310": "fatal"}},
        {"lang": "de"},
        {"ignore": None},
        {"mentions": ["Commerce", 3]},
        {"extend": "\ud800"},  # a lone surrogate
        {"unknown": 1},
        ["select"],
        None,
    ],
)
def test_what_the_plain_reader_cannot_vouch_for_goes_to_the_model(data: object) -> None:
    assert plain_config(data) is None


VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=6,
)
WORDS = st.sampled_from(
    ["error", "warning", "info", "never", "fr", "en", "lp-1999", "lp-2019", "LP1", "\ud800"]
)
KEY = st.sampled_from([*KEYS, "extend_select", "other"])
VALUE = (
    VALUES
    | WORDS
    | st.lists(WORDS, max_size=3)
    | st.dictionaries(st.text(max_size=3), WORDS | st.lists(WORDS, max_size=2), max_size=3)
)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(KEY, VALUE, max_size=5))
def test_the_plain_reader_never_disagrees_with_the_model(data: dict[str, object]) -> None:
    agrees(data)


def test_a_file_read_either_way_gives_the_same_values(tmp_path: Path) -> None:
    plain = tmp_path / "plain" / ".lp-lint.yaml"
    judged = tmp_path / "judged" / ".lp-lint.yaml"
    for path, flag in ((plain, "false"), (judged, "'no'")):  # 'no': only the model reads it
        path.parent.mkdir()
        path.write_text(f"ignore: [RC605]\nrespect-gitignore: {flag}\n", encoding="utf-8")
    assert load(plain) == load(judged)
    assert load(plain).respect_gitignore is False


def test_a_changed_file_is_read_again(tmp_path: Path) -> None:
    path = tmp_path / ".lp-lint.yaml"
    path.write_text("ignore: [RC605]\n", encoding="utf-8")
    assert load(path).ignore == ["RC605"]
    path.write_text("ignore: [RC606]\n", encoding="utf-8")  # same size: the time tells
    later = path.stat().st_mtime_ns + 10**9
    os.utime(path, ns=(later, later))
    assert load(path).ignore == ["RC606"]
