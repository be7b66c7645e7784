"""The rules a maquette is judged by, made ready once per run for each academic year.

Which version of each rule is in force on a day, the params of the reading chosen and the
values a configuration list adds are the same for every maquette of a year: a batch of
thousands of maquettes over a handful of years prepares them a handful of times.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any, NamedTuple

from lp_lint.rules.packs import Pack, Rule

_CACHE_SIZE = 32


class Prepared(NamedTuple):
    rule: Rule
    params: Any
    """The params of the reading chosen, with the configuration list's values."""


_Key = tuple[tuple[int, ...], dt.date | None, tuple[tuple[str, str], ...], tuple[Any, ...]]
_CACHE: dict[_Key, tuple[tuple[Pack, ...], tuple[Prepared, ...]]] = {}


def prepared_rules(
    packs: tuple[Pack, ...],
    day: dt.date | None,
    readings: Mapping[str, str],
    extra_values: Mapping[str, tuple[str, ...]] | None,
) -> tuple[Prepared, ...]:
    """Every rule of `packs` in force on `day`, in order, ready to run.

    Kept by the packs' identity (the entry holds them, so an id is never reused while it is
    kept), the day, the readings and the configuration lists."""
    extra = extra_values or {}
    key = (
        tuple(id(pack) for pack in packs),
        day,
        tuple(sorted(readings.items())),
        tuple(sorted(extra.items())),
    )
    entry = _CACHE.get(key)
    if entry is not None and all(a is b for a, b in zip(entry[0], packs, strict=True)):
        return entry[1]
    chosen = dict(readings)
    found = tuple(
        _prepare(rule, chosen, extra)
        for pack in packs
        for undated in pack.rules
        if (rule := undated.at(day)) is not None
    )
    if len(_CACHE) >= _CACHE_SIZE:
        _CACHE.pop(next(iter(_CACHE)), None)
    _CACHE[key] = (packs, found)
    return found


def _prepare(
    rule: Rule, readings: dict[str, str], extra: Mapping[str, tuple[str, ...]]
) -> Prepared:
    extension = rule.source.etendue_par
    values = extra.get(extension, ()) if extension else ()
    params = rule.check.extended(rule.params[rule.reading(readings) or ""], values)
    return Prepared(rule, params)
