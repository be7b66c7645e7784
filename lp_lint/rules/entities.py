"""What a rule looks at: the whole maquette, each semester, or each UE, with its document path."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal, NamedTuple

from lp_lint.findings import DocPath
from lp_lint.model.records import UE, Bloc, Contrat, Maquette, Semestre

Scope = Literal["maquette", "semestre", "ue", "contrat", "bloc"]
SCOPES: tuple[Scope, ...] = ("maquette", "semestre", "ue", "contrat", "bloc")


class Entity(NamedTuple):
    scope: Scope
    path: DocPath
    label: str
    """How messages name it: `S5`, `UE4`, or the mention for the whole maquette."""
    anchor: DocPath
    """Where a finding about the entity as a whole points: its code, number or identity."""
    semestre: Semestre | None = None
    ue: UE | None = None
    contrat: Contrat | None = None
    bloc: Bloc | None = None


def entities(maquette: Maquette, scope: Scope) -> Iterator[Entity]:
    if scope == "maquette":
        yield Entity("maquette", (), maquette.formation.mention, ("formation", "mention"))
    elif scope == "semestre":
        for index, semestre in enumerate(maquette.semestres):
            path: DocPath = ("semestres", index)
            yield Entity(
                "semestre", path, f"S{semestre.numero}", (*path, "numero"), semestre=semestre
            )
    elif scope == "contrat":
        for index, contrat in enumerate(
            maquette.alternance.contrats if maquette.alternance else []
        ):
            path = ("alternance", "contrats", index)
            yield Entity("contrat", path, contrat.type, (*path, "type"), contrat=contrat)
    elif scope == "bloc":
        for index, bloc in enumerate(maquette.competences.blocs if maquette.competences else []):
            path = ("competences", "blocs", index)
            yield Entity("bloc", path, bloc.code, (*path, "code"), bloc=bloc)
    else:
        for s_index, u_index, ue in maquette.iter_ues():
            ue_path: DocPath = ("semestres", s_index, "ues", u_index)
            semestre = maquette.semestres[s_index]
            yield Entity("ue", ue_path, ue.code, (*ue_path, "code"), semestre=semestre, ue=ue)


class ScopedEntities(dict[Scope, tuple[Entity, ...]]):
    """A maquette's entities by scope, listed once for all the rules that look at them."""

    def __init__(self, maquette: Maquette) -> None:
        super().__init__()
        self.maquette = maquette

    def __missing__(self, scope: Scope) -> tuple[Entity, ...]:
        found = self[scope] = tuple(entities(self.maquette, scope))
        return found
