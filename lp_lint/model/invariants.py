"""What the format asks beyond each value's type, written once for both validators.

The pydantic models (the format's definition, its documentation and its error messages) and
the generated validator of `records` call the same functions here, so that the two can never
disagree on a choice's members or a split stage. Nothing here imports pydantic.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Iterable, Sized
from typing import Protocol

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


def split_stage_error(jours_par_semaine: float | None, sur_semaines: float | None) -> str | None:
    """A split stage gives both its days a week and its number of weeks, or neither."""
    if (jours_par_semaine is None) != (sur_semaines is None):
        return "jours_par_semaine et sur_semaines vont ensemble"
    return None


def choice_count_error(nombre: int, parmi: Sized | None) -> str | None:
    """A choice cannot ask for more elements than it lists."""
    if parmi is not None and nombre > len(parmi):
        return f"nombre ({nombre}) dépasse le nombre d'éléments listés ({len(parmi)})"
    return None


class _Choice(Protocol):
    @property
    def parmi(self) -> list[str]: ...


def choice_members_error(choix: Iterable[_Choice], codes: Collection[str], kind: str) -> str | None:
    """Each member of a choice is written beside it, and belongs to one choice only."""
    seen: set[str] = set()
    for group in choix:
        for code in group.parmi:
            if code not in codes:
                return f"« {code} » n'est pas le code d'une {kind} écrite à côté"
            if code in seen:
                return f"« {code} » figure deux fois dans les choix"
            seen.add(code)
    return None
