"""Named quantities computed from a maquette; rules refer to them by name.

Every quantity returns a `Measure`: its value, where in the file it comes from (so that a finding
points there), and, when an input is absent, what is missing instead of a value. Absent is
unknown, never zero: a rule whose quantity is unknown stays silent and the engine reports what
to fill in.

Counting conventions (documented in docs/regles.md):
- hours are student hours; within one `heures` table an unwritten kind counts as 0, but an
  element with no `heures` table at all is unknown;
- taught hours are the CM+TD+TP of every element that is neither stage, company period nor
  projet tuteuré (a course must give them; a mémoire counts those it gives); an element of
  nature projet tuteuré counts all its hours as projet;
- the projet's hours are `projet_tuteure.heures` when given, else the sum of projet hours found
  in the structure.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from lp_lint.entities import Entity, Scope
from lp_lint.findings import DocPath
from lp_lint.model import Maquette
from lp_lint.model.structure import VolumeHoraire

NON_TAUGHT = {"stage", "periode_entreprise", "projet_tuteure"}


class Missing(NamedTuple):
    """An input a quantity needed: the key to fill in, and where it would go."""

    key: str
    path: DocPath


@dataclass(frozen=True)
class Measure:
    """A quantity's value (a number, or a text for named values), its source, what is missing.

    `details` are extra numbers or words a message may show (the quantity declares their names);
    `parts` are where the numbers of a sum come from (SARIF shows them as related locations).
    """

    value: float | str | None
    path: DocPath
    missing: tuple[Missing, ...] = ()
    details: dict[str, object] = field(default_factory=dict)
    parts: tuple[DocPath, ...] = ()

    @property
    def number(self) -> float | None:
        return self.value if isinstance(self.value, int | float) else None

    @property
    def known(self) -> bool:
        return self.value is not None


class Quantity(NamedTuple):
    name: str
    scope: Scope
    unit: str
    label_fr: str
    label_en: str
    compute: Callable[[Maquette, Entity], Measure]
    details: frozenset[str] = frozenset()


QUANTITIES: dict[str, Quantity] = {}


def quantity(
    name: str, scope: Scope, unit: str, label_fr: str, label_en: str, details: tuple[str, ...] = ()
) -> Callable[[Callable[[Maquette, Entity], Measure]], Callable[[Maquette, Entity], Measure]]:
    """Register a quantity under `name`; its docstring is its documentation."""

    def register(
        function: Callable[[Maquette, Entity], Measure],
    ) -> Callable[[Maquette, Entity], Measure]:
        QUANTITIES[name] = Quantity(
            name, scope, unit, label_fr, label_en, function, frozenset(details)
        )
        return function

    return register


def annees(maquette: Maquette) -> int | None:
    """Years the maquette covers: `formation.duree_annees`, else one per two semesters."""
    if maquette.formation.duree_annees is not None:
        return maquette.formation.duree_annees
    return max(1, -(-len(maquette.semestres) // 2)) if maquette.semestres else None


# -- the structure's elements -------------------------------------------------------------------


class Element(NamedTuple):
    code: str
    nature: str
    heures: VolumeHoraire | None
    heures_professionnels: float | None
    path: DocPath

    def missing(self, key: str) -> Missing:
        return Missing(f"{key} ({self.code})", (*self.path, key))


def elements(maquette: Maquette) -> list[Element]:
    """Every element that carries hours: each EC, or the UE itself when it has no EC."""
    found: list[Element] = []
    for s_index, u_index, ue in maquette.iter_ues():
        ue_path: DocPath = ("semestres", s_index, "ues", u_index)
        if not ue.ecs:
            found.append(
                Element(
                    ue.code,
                    ue.nature or "enseignement",
                    ue.heures,
                    ue.heures_professionnels,
                    ue_path,
                )
            )
        for e_index, ec in enumerate(ue.ecs):
            found.append(
                Element(
                    ec.code,
                    ec.nature,
                    ec.heures,
                    ec.heures_professionnels,
                    (*ue_path, "ecs", e_index),
                )
            )
    return found


def taught(heures: VolumeHoraire) -> float:
    return (heures.cm or 0) + (heures.td or 0) + (heures.tp or 0)


def projet_hours(element: Element) -> float:
    assert element.heures is not None
    if element.nature == "projet_tuteure":
        return taught(element.heures) + (element.heures.projet or 0)
    return element.heures.projet or 0


def total(parts: list[tuple[float | None, Missing]], path: DocPath) -> Measure:
    missing = tuple(miss for value, miss in parts if value is None)
    if missing:
        return Measure(None, path, missing)
    value = sum(value for value, _ in parts if value is not None)
    return Measure(value, path, parts=tuple(miss.path for _, miss in parts))
