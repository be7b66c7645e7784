"""How a plain (unquoted) YAML scalar becomes a value.

YAML 1.1, which PyYAML implements, reads `0701` as the octal number 449, `12:30` as 750,
`NO` as false and `1.10` as 1.1. In a maquette these are almost always codes, times or words
that lost their quotes. lp-lint reads plainly only what cannot be misread (decimal numbers,
`true`/`false`, ISO dates, `null`) and keeps everything else that YAML would have turned into
a number or a boolean as an `AmbiguousScalar`, which no field accepts: the author gets a
positioned error with the fix (quote it, or write it another way) instead of a silent surprise.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?([0-9]+\.[0-9]*|\.[0-9]+)([eE][-+]?[0-9]+)?")
_LEADING_ZERO = re.compile(r"[-+]?0[0-9_]+")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NULLS = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}
_YAML11_BOOLS = {
    word
    for base in ("yes", "no", "on", "off", "y", "n")
    for word in (base, base.capitalize(), base.upper())
}
_DECIMAL_COMMA = re.compile(r"[-+]?[0-9]+,[0-9]+")
_YAML11_NUMBER = re.compile(
    r"[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?"
    r"|[0-9][0-9_]*(\.[0-9_]*)?([eE][-+]?[0-9]+)?|\.(inf|Inf|INF|nan|NaN|NAN))"
)


@dataclass(frozen=True)
class AmbiguousScalar:
    """A plain scalar YAML 1.1 would silently turn into something else; `kind` says what."""

    text: str
    kind: str  # "leading-zero" | "yaml11-bool" | "yaml11-number"

    def __str__(self) -> str:
        return self.text


ScalarValue = str | int | float | bool | dt.date | None | AmbiguousScalar


FAST_PATH = True
"""Read plain words and small integers without the patterns (tests compare both ways)."""
_NUMERIC_START = frozenset("+-.0123456789")
_WORDS: dict[str, ScalarValue] = {
    **{word: None for word in _NULLS},
    **{word: True for word in _TRUE},
    **{word: False for word in _FALSE},
    **{word: AmbiguousScalar(word, "yaml11-bool") for word in _YAML11_BOOLS},
}
"""Every text that does not start like a number and that YAML would not read as text."""


def resolve_plain(text: str) -> ScalarValue:
    """The value of an unquoted scalar, by lp-lint's narrow rules (see the module docstring).

    Nearly every plain scalar of a maquette is a word or a small integer: a word (not starting
    like a number) can only be one of `_WORDS`, and ASCII digits without a leading zero are an
    integer; everything else goes through the patterns.
    """
    if FAST_PATH:
        if text[:1] not in _NUMERIC_START:
            return _WORDS.get(text, text)
        if text.isdigit() and text.isascii() and (text[0] != "0" or len(text) == 1):
            return int(text) if len(text) <= _MAX_INT_DIGITS else float(text)  # as `_integer`
    return resolve_by_patterns(text)


def resolve_by_patterns(text: str) -> ScalarValue:
    """`resolve_plain` for any text, pattern by pattern."""
    if text in _NULLS:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if text in _YAML11_BOOLS:
        return AmbiguousScalar(text, "yaml11-bool")
    if _LEADING_ZERO.fullmatch(text):
        return AmbiguousScalar(text, "leading-zero")
    if _INT.fullmatch(text):
        return _integer(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    if _DATE.fullmatch(text):
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return text
    if _YAML11_NUMBER.fullmatch(text):
        return AmbiguousScalar(text, "yaml11-number")
    return text


_MAX_INT_DIGITS = 300
"""Beyond any plausible value, and below Python's 4 300-digit conversion limit (which raises)."""


def _integer(text: str) -> int | float:
    """A decimal integer; one too long to be plausible becomes a float (infinite past 1e308),
    which every numeric field then refuses with a positioned error."""
    if len(text.lstrip("+-")) > _MAX_INT_DIGITS:
        return float(text)
    return int(text)


def is_decimal_comma(text: str) -> bool:
    """`6,5`: a French decimal written where YAML expects `6.5`."""
    return bool(_DECIMAL_COMMA.fullmatch(text))


STANDARD_TAGS = {
    "tag:yaml.org,2002:str": str,
    "tag:yaml.org,2002:int": int,
    "tag:yaml.org,2002:float": float,
    "tag:yaml.org,2002:bool": bool,
    "tag:yaml.org,2002:null": type(None),
}
"""Explicit tags a maquette may use (e.g. `!!str 0701`); any other tag is refused."""


def resolve_tagged(text: str, tag: str) -> ScalarValue:
    """A scalar with an explicit standard tag; raises ValueError when the text does not fit."""
    target = STANDARD_TAGS[tag]
    if target is str:
        return text
    value = resolve_plain(text)
    if target is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if type(value) is not target:
        raise ValueError(text)
    return value
