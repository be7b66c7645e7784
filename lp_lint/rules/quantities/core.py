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
  in the structure; both given and in disagreement, they are unknown (a conflict, N001);
- a fact the file states twice in disagreement, or as an impossible value, is unknown without
  anything to fill in: the normalisation (`lp_lint.programme`) reports it.

Absent, declared, unknown (one policy, see `listed`): a block that is absent is unknown; a
block that enumerates things (award conditions, members by category) is complete as written
once declared, so what it leaves out is absent, not unknown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from lp_lint.findings import DocPath
from lp_lint.model.records import Maquette
from lp_lint.programme import Element, programme_of
from lp_lint.programme.structure import NON_TAUGHT as NON_TAUGHT
from lp_lint.programme.structure import projet_hours as projet_hours
from lp_lint.programme.structure import taught as taught
from lp_lint.rules.entities import Entity, Scope


class Missing(NamedTuple):
    """An input a quantity needed: the key to fill in, and where it would go."""

    key: str
    path: DocPath


@dataclass(frozen=True)
class Measure:
    """A quantity's value (a number, or a text for named values), its source, what is missing.

    `details` are extra numbers or words a message may show (the quantity declares their names);
    `parts` are where the numbers of a sum come from (SARIF shows them as related locations).
    A value with `missing` inputs is provisional: a range check accepts it within its bounds and
    asks for the inputs (D001) instead of failing it beyond them.
    """

    value: float | str | None
    path: DocPath
    missing: tuple[Missing, ...] = ()
    details: dict[str, object] = field(default_factory=dict)
    parts: tuple[DocPath, ...] = ()
    omitted: bool = False
    """The declared block that should state it leaves it out (see `listed`)."""

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


def listed(block: object | None, block_path: DocPath, key: str) -> Measure:
    """An entry of a block that enumerates (award conditions, members by category).

    The one policy for absent data: no block at all is unknown (the rule stays silent and D001
    says what to fill in); a declared block is complete as written, so an entry it leaves out is
    `omitted` — a breach where the text requires it, none where it does not.
    """
    if block is None:
        name = ".".join(str(p) for p in (*block_path, key))
        return Measure(None, block_path, (Missing(name, block_path),))
    value = getattr(block, key)
    if value is None:
        return Measure(None, block_path, omitted=True)
    return Measure(value, (*block_path, key))


def contradicted(maquette: Maquette, fact: str, path: DocPath) -> Measure | None:
    """An unknown measure when the file contradicts itself on `fact` (reported as N0xx)."""
    return Measure(None, path) if programme_of(maquette).unknown(fact) else None


def annees(maquette: Maquette) -> int | None:
    """Years the maquette covers: `formation.duree_annees`, else one per two semesters."""
    if maquette.formation.duree_annees is not None:
        return maquette.formation.duree_annees
    return max(1, -(-len(maquette.semestres) // 2)) if maquette.semestres else None


# -- the structure's elements, as the programme reads them -------------------------------------


def elements(maquette: Maquette) -> list[Element]:
    """Every element that carries hours: each EC, or the UE itself when it has no EC."""
    return programme_of(maquette).elements


def missing(element: Element, key: str) -> Missing:
    return Missing(f"{key} ({element.code})", (*element.path, key))


def total(parts: list[tuple[float | None, Missing]], path: DocPath) -> Measure:
    missing = tuple(miss for value, miss in parts if value is None)
    if missing:
        return Measure(None, path, missing)
    value = sum(value for value, _ in parts if value is not None)
    return Measure(value, path, parts=tuple(miss.path for _, miss in parts))
