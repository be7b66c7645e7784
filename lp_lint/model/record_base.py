"""What the generated `records` module stands on: the record base class and the value checks.

A record is the plain-Python twin of a pydantic model of the format: same class name, same
attributes, same methods, and the few pydantic methods the rules call (`model_copy`,
`model_dump`, `model_fields_set`). Building records needs neither pydantic nor its schemas,
which a one-file run cannot afford to import.

Each check either returns the value exactly as pydantic's strict validation would, or raises
`Defer`: the value might be refused, and pydantic — the oracle, which also words the errors —
must judge the whole file. A check never refuses on its own account, so it only has to be right
about what it accepts; it is conservative wherever pydantic has a corner (a `str` subclass, a
lone surrogate, `True` for the literal 1), and tests compare both on every input they have.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any, ClassVar, Self, TypeVar

from lp_lint.model.invariants import date_from_text

T = TypeVar("T")

_LARGEST_EXACT = 2**53
"""An integer past this may not survive pydantic's conversion to a float exactly: deferred."""


class Defer(Exception):
    """The fast validator cannot vouch for this input: pydantic decides."""


class Record:
    """A validated, immutable block of a maquette (see the module docstring)."""

    _fields: ClassVar[tuple[str, ...]] = ()
    model_fields_set: set[str]

    def __setattr__(self, name: str, value: object) -> None:
        raise TypeError(f"{type(self).__name__} is frozen")

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and all(
            getattr(self, name) == getattr(other, name) for name in self._fields
        )

    def __hash__(self) -> int:
        return hash((type(self), tuple(getattr(self, name) for name in self._fields)))

    def __repr__(self) -> str:
        values = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__name__}({values})"

    def model_copy(self, *, update: dict[str, Any] | None = None) -> Self:
        """A copy with some attributes replaced, as pydantic's `model_copy` (no validation)."""
        copy = object.__new__(type(self))
        copy.__dict__.update(self.__dict__)
        if update:
            copy.__dict__.update(update)
            copy.__dict__["model_fields_set"] = self.model_fields_set | set(update)
        return copy

    def model_dump(self, *, exclude_none: bool = False) -> dict[str, Any]:
        """The attributes as plain data, as pydantic's `model_dump` (python mode)."""
        dumped = {name: _dump(getattr(self, name), exclude_none) for name in self._fields}
        if exclude_none:
            return {name: value for name, value in dumped.items() if value is not None}
        return dumped


def _dump(value: object, exclude_none: bool) -> object:
    if isinstance(value, Record):
        return value.model_dump(exclude_none=exclude_none)
    if isinstance(value, list):
        return [_dump(item, exclude_none) for item in value]
    if isinstance(value, dict):
        return {key: _dump(item, exclude_none) for key, item in value.items()}
    return value


def defer() -> Any:
    """Raise `Defer` where an expression is expected."""
    raise Defer


def encodable(value: str) -> bool:
    """False for a lone surrogate, which pydantic's strings cannot hold."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def make(cls: type[T], values: dict[str, Any], given: set[str]) -> T:
    """A record of `cls` holding `values`, `given` naming the keys the file wrote."""
    record = object.__new__(cls)
    values["model_fields_set"] = given
    record.__dict__.update(values)
    return record


def fields_of(data: object, allowed: frozenset[str]) -> dict[str, object]:
    """`data` as a mapping whose keys are all fields of the block (else: defer)."""
    if type(data) is not dict or not allowed.issuperset(data):
        raise Defer
    return data


def number(value: object, low: float | None, low_open: bool, high: float | None) -> float:
    """A finite number within its bounds (`high` is always inclusive in the format), as float."""
    kind = type(value)
    if kind is int:
        if not -_LARGEST_EXACT <= value <= _LARGEST_EXACT:  # type: ignore[operator]
            raise Defer
        value = float(value)  # type: ignore[arg-type]
    elif kind is not float or not math.isfinite(value):  # type: ignore[arg-type]
        raise Defer
    assert isinstance(value, float)
    if low is not None and (value <= low if low_open else value < low):
        raise Defer
    if high is not None and value > high:
        raise Defer
    return value


def integer(value: object, low: int | None, high: int | None) -> int:
    if type(value) is not int:
        raise Defer
    assert isinstance(value, int)
    if (low is not None and value < low) or (high is not None and value > high):
        raise Defer
    return value


def text(value: object, shortest: int, longest: int | None, form: re.Pattern[str] | None) -> str:
    if type(value) is not str:
        raise Defer
    assert isinstance(value, str)
    if len(value) < shortest or (longest is not None and len(value) > longest):
        raise Defer
    if not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: pydantic's strings cannot hold one
            raise Defer from None
    if form is not None and not form.fullmatch(value):
        raise Defer
    return value


def boolean(value: object) -> bool:
    if type(value) is not bool:
        raise Defer
    assert isinstance(value, bool)
    return value


def date(value: object) -> dt.date:
    value = date_from_text(value)
    if type(value) is not dt.date:
        raise Defer
    assert isinstance(value, dt.date)
    return value


def word(value: object, allowed: frozenset[object]) -> Any:
    """One of a closed list of words (or the number of a version), of exactly its type."""
    if type(value) not in (str, int) or value not in allowed:
        raise Defer
    return value


def items(value: object, shortest: int, longest: int | None) -> list[object]:
    if type(value) is not list:
        raise Defer
    assert isinstance(value, list)
    if len(value) < shortest or (longest is not None and len(value) > longest):
        raise Defer
    return value


def check(error: object | None) -> None:
    """An invariant of `invariants` that fails: pydantic words the error."""
    if error is not None:
        raise Defer
