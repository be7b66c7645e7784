"""What the format asks beyond each value's type, written once for both validators.

The pydantic models (the format's definition, its documentation and its error messages) and
the generated validator of `records` call the same functions here, so that the two can never
disagree on a choice's members or a split stage. Each check answers None, or the message of
what is wrong (words of the catalogue, in either language); a model raises it as an
`InvariantError`, which the shape validation shows in the reader's language. Nothing here
imports pydantic.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Sized
from typing import Protocol

from lp_lint.i18n import Message, msg


class InvariantError(ValueError):
    """A model's invariant that fails, with its message (its text, for pydantic, is French)."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render("fr"))
        self.message = message


_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def date_from_text(value: object) -> object:
    """A date written as text ("2022-09-15") is the same date: JSON has no other way to write
    it, and quoting a date in YAML must not change the verdict. Only the ISO calendar form is
    read; anything else stays text and is refused by the strict date type."""
    if isinstance(value, str) and _ISO_DATE.fullmatch(value):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    return value


def split_stage_error(
    jours_par_semaine: float | None, sur_semaines: float | None
) -> Message | None:
    """A split stage gives both its days a week and its number of weeks, or neither."""
    if (jours_par_semaine is None) != (sur_semaines is None):
        return msg("invariant.split_stage")
    return None


def choice_count_error(nombre: int, parmi: Sized | None) -> Message | None:
    """A choice cannot ask for more elements than it lists."""
    if parmi is not None and nombre > len(parmi):
        return msg("invariant.choice_count", nombre=nombre, listed=len(parmi))
    return None


class _Choice(Protocol):
    @property
    def parmi(self) -> list[str]: ...


def choice_members_error(
    choix: Iterable[_Choice], codes: Collection[str], kind: str
) -> Message | None:
    """Each member of a choice is written beside it, and belongs to one choice only."""
    seen: set[str] = set()
    for group in choix:
        for code in group.parmi:
            if code not in codes:
                return msg("invariant.choice_member", code=code, kind=kind)
            if code in seen:
                return msg("invariant.choice_twice", code=code)
            seen.add(code)
    return None
