"""The values of a configuration file, read without pydantic when they are plainly right.

A pre-commit hook reads the repository's configuration at every commit; importing pydantic for
it would cost more than the rest of the run. `plain_config` accepts only what the model
(`config_model.ConfigFile`) accepts unchanged — known keys spelt as documented, texts, lists of
texts, tables of texts, the listed words, true or false, nothing absent where a value is due —
and answers None for anything else, which the model then judges and explains. It never refuses
on its own: a test holds it to the model on every input hypothesis makes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from lp_lint.model.record_base import Defer, Record, encodable


class ConfigValues(Record):
    """A configuration file's values, by the model's field names (defaults filled in)."""

    _fields: ClassVar[tuple[str, ...]] = (
        "extend",
        "select",
        "extend_select",
        "ignore",
        "severity",
        "per_file_ignores",
        "fail_on",
        "rules",
        "readings",
        "mentions",
        "exclude",
        "respect_gitignore",
        "regime",
        "lang",
    )
    extend: str | None
    select: list[str] | None
    extend_select: list[str]
    ignore: list[str]
    severity: dict[str, str]
    per_file_ignores: dict[str, list[str]]
    fail_on: str | None
    rules: list[str]
    readings: dict[str, str]
    mentions: list[str]
    exclude: list[str]
    respect_gitignore: bool | None
    regime: str | None
    lang: str | None

    @classmethod
    def of(cls, values: dict[str, Any]) -> ConfigValues:
        """The record of complete values (a `model_dump` of the model, or `plain_config`'s)."""
        record = object.__new__(cls)
        record.__dict__.update({name: values[name] for name in cls._fields})
        record.__dict__["model_fields_set"] = set(cls._fields)
        return record


def _text(value: object) -> str:
    if type(value) is not str or not (value.isascii() or encodable(value)):
        raise Defer
    return value


def _texts(value: object) -> list[str]:
    if type(value) is not list:
        raise Defer
    return [_text(item) for item in value]


def _table(element: Callable[[object], Any]) -> Callable[[object], dict[str, Any]]:
    def read(value: object) -> dict[str, Any]:
        if type(value) is not dict:
            raise Defer
        return {_text(key): element(item) for key, item in value.items()}

    return read


def _word(*words: str) -> Callable[[object], str]:
    def read(value: object) -> str:
        if type(value) is not str or value not in words:
            raise Defer
        return value

    return read


def _flag(value: object) -> bool:
    if type(value) is not bool:
        raise Defer
    return value


def _or_none(read: Callable[[object], Any]) -> Callable[[object], Any]:
    return lambda value: None if value is None else read(value)


_SEVERITY = _word("error", "warning", "info")
KEYS: dict[str, tuple[str, Callable[[object], Any]]] = {
    "extend": ("extend", _or_none(_text)),
    "select": ("select", _or_none(_texts)),
    "extend-select": ("extend_select", _texts),
    "ignore": ("ignore", _texts),
    "severity": ("severity", _table(_SEVERITY)),
    "per-file-ignores": ("per_file_ignores", _table(_texts)),
    "fail-on": ("fail_on", _or_none(_word("error", "warning", "info", "never"))),
    "rules": ("rules", _texts),
    "readings": ("readings", _table(_text)),
    "mentions": ("mentions", _texts),
    "exclude": ("exclude", _texts),
    "respect-gitignore": ("respect_gitignore", _or_none(_flag)),
    "regime": ("regime", _or_none(_word("lp-1999", "lp-2019"))),
    "lang": ("lang", _or_none(_word("fr", "en"))),
}
"""Each key as a file writes it → the field it sets and the reading of its value."""


def _defaults() -> dict[str, Any]:
    """Each field's default, the lists and tables new for each configuration."""
    return {
        **dict.fromkeys(("extend", "select", "fail_on", "respect_gitignore", "regime", "lang")),
        **{name: [] for name in ("extend_select", "ignore", "rules", "mentions", "exclude")},
        **{name: {} for name in ("severity", "per_file_ignores", "readings")},
    }


def plain_config(data: object) -> ConfigValues | None:
    """The values of `data` when the model would accept them as they are, else None."""
    if type(data) is not dict:
        return None
    values = _defaults()
    try:
        for key, value in data.items():
            name, read = KEYS[key]
            values[name] = read(value)
    except (KeyError, TypeError, Defer):  # TypeError: a key that cannot be looked up
        return None
    return ConfigValues.of(values)
