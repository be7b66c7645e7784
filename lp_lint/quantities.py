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

from lp_lint.entities import Entity, Scope
from lp_lint.findings import DocPath
from lp_lint.model import Maquette
from lp_lint.model.structure import UE, VolumeHoraire

NON_TAUGHT = {"stage", "periode_entreprise", "projet_tuteure"}


@dataclass(frozen=True)
class Missing:
    """An input a quantity needed: the key to fill in, and where it would go."""

    key: str
    path: DocPath


@dataclass(frozen=True)
class Measure:
    value: float | None
    path: DocPath
    missing: tuple[Missing, ...] = ()

    @property
    def known(self) -> bool:
        return self.value is not None


@dataclass(frozen=True)
class Quantity:
    name: str
    scope: Scope
    unit: str
    label_fr: str
    label_en: str
    compute: Callable[[Maquette, Entity], Measure] = field(repr=False)


QUANTITIES: dict[str, Quantity] = {}


def quantity(
    name: str, scope: Scope, unit: str, label_fr: str, label_en: str
) -> Callable[[Callable[[Maquette, Entity], Measure]], Callable[[Maquette, Entity], Measure]]:
    """Register a quantity under `name`; its docstring is its documentation."""

    def register(
        function: Callable[[Maquette, Entity], Measure],
    ) -> Callable[[Maquette, Entity], Measure]:
        QUANTITIES[name] = Quantity(name, scope, unit, label_fr, label_en, function)
        return function

    return register


# -- the structure's elements -------------------------------------------------------------------


@dataclass(frozen=True)
class Element:
    code: str
    nature: str
    heures: VolumeHoraire | None
    heures_professionnels: float | None
    path: DocPath

    def missing(self, key: str) -> Missing:
        return Missing(f"{key} ({self.code})", self.path)


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


def _taught(heures: VolumeHoraire) -> float:
    return (heures.cm or 0) + (heures.td or 0) + (heures.tp or 0)


def _projet(element: Element) -> float:
    assert element.heures is not None
    if element.nature == "projet_tuteure":
        return _taught(element.heures) + (element.heures.projet or 0)
    return element.heures.projet or 0


def _sum(parts: list[tuple[float | None, Missing]], path: DocPath) -> Measure:
    missing = tuple(miss for value, miss in parts if value is None)
    if missing:
        return Measure(None, path, missing)
    return Measure(sum(value for value, _ in parts if value is not None), path)


# -- hours --------------------------------------------------------------------------------------


@quantity(
    "heures_enseignees", "maquette", "h", "heures enseignées (CM+TD+TP)", "taught hours (CM+TD+TP)"
)
def heures_enseignees(maquette: Maquette, _: Entity) -> Measure:
    """CM+TD+TP of every element that is not a stage, a company period or the projet tuteuré.

    A course (`enseignement`) must give its hours; a mémoire or other element counts the hours
    it gives and none when it gives none (a mémoire is mostly personal work).
    """
    parts = [
        (_taught(e.heures) if e.heures else None, e.missing("heures"))
        for e in elements(maquette)
        if e.nature not in NON_TAUGHT and (e.heures or e.nature == "enseignement")
    ]
    return _sum(parts, ("semestres",))


@quantity("heures_projet", "maquette", "h", "heures de projet tuteuré", "projet tuteuré hours")
def heures_projet(maquette: Maquette, _: Entity) -> Measure:
    """`projet_tuteure.heures`, else the projet hours found in the structure."""
    if maquette.projet_tuteure and maquette.projet_tuteure.heures is not None:
        return Measure(maquette.projet_tuteure.heures, ("projet_tuteure", "heures"))
    found = [
        e
        for e in elements(maquette)
        if e.nature == "projet_tuteure" or (e.heures and e.heures.projet)
    ]
    if not found:
        return Measure(
            None, ("projet_tuteure",), (Missing("projet_tuteure.heures", ("projet_tuteure",)),)
        )
    parts = [(_projet(e) if e.heures else None, e.missing("heures")) for e in found]
    return _sum(parts, found[0].path)


@quantity(
    "volume_hors_stage",
    "maquette",
    "h",
    "volume de formation hors stage",
    "training volume outside the stage",
)
def volume_hors_stage(maquette: Maquette, entity: Entity) -> Measure:
    """Taught hours plus projet hours: everything in the training except the stage."""
    taught, projet = heures_enseignees(maquette, entity), heures_projet(maquette, entity)
    if taught.value is None or projet.value is None:
        return Measure(None, ("semestres",), taught.missing + projet.missing)
    return Measure(taught.value + projet.value, ("semestres",))


@quantity(
    "heures_professionnels",
    "maquette",
    "h",
    "heures assurées par des professionnels",
    "hours taught by professionals",
)
def heures_professionnels(maquette: Maquette, _: Entity) -> Measure:
    """`equipe.heures_professionnels`, else the sum over taught elements (each must say it)."""
    if maquette.equipe and maquette.equipe.heures_professionnels is not None:
        return Measure(maquette.equipe.heures_professionnels, ("equipe", "heures_professionnels"))
    parts = [
        (e.heures_professionnels, e.missing("heures_professionnels"))
        for e in elements(maquette)
        if e.nature not in NON_TAUGHT and (e.heures or e.nature == "enseignement")
    ]
    if all(value is None for value, _ in parts):
        return Measure(None, ("equipe",), (Missing("equipe.heures_professionnels", ("equipe",)),))
    return _sum(parts, ("semestres",))


# -- stage --------------------------------------------------------------------------------------


@quantity("stage_semaines", "maquette", "semaines", "durée du stage", "stage length")
def stage_semaines(maquette: Maquette, _: Entity) -> Measure:
    """Full-time weeks: `semaines`, else `heures` / `heures_par_semaine`, else days × weeks / 5."""
    stage = maquette.stage
    if stage is None:
        return Measure(None, ("stage",), (Missing("stage.semaines", ()),))
    if stage.semaines is not None:
        return Measure(stage.semaines, ("stage", "semaines"))
    if stage.heures is not None:
        return Measure(stage.heures / stage.heures_par_semaine, ("stage", "heures"))
    if stage.jours_par_semaine is not None and stage.sur_semaines is not None:
        return Measure(
            stage.jours_par_semaine * stage.sur_semaines / 5, ("stage", "jours_par_semaine")
        )
    return Measure(None, ("stage",), (Missing("stage.semaines", ("stage",)),))


# -- ECTS ---------------------------------------------------------------------------------------


def _ue_ects(ue: UE, path: DocPath) -> tuple[float | None, Missing]:
    return ue.ects, Missing("ects", path)


@quantity("ects_semestre", "semestre", "ECTS", "ECTS du semestre", "semester ECTS")
def ects_semestre(_: Maquette, entity: Entity) -> Measure:
    """Sum of the ECTS of the semester's UEs (unknown if a UE has none)."""
    assert entity.semestre is not None
    parts = [_ue_ects(ue, (*entity.path, "ues", i)) for i, ue in enumerate(entity.semestre.ues)]
    return _sum(parts, entity.anchor)


@quantity("ects_ue", "ue", "ECTS", "ECTS de l'UE", "UE ECTS")
def ects_ue(_: Maquette, entity: Entity) -> Measure:
    """The UE's own ECTS."""
    assert entity.ue is not None
    return Measure(
        entity.ue.ects,
        (*entity.path, "ects"),
        () if entity.ue.ects is not None else (Missing("ects", entity.path),),
    )


@quantity("ects_ecs", "ue", "ECTS", "somme des ECTS des EC", "sum of the ECs' ECTS")
def ects_ecs(_: Maquette, entity: Entity) -> Measure:
    """Sum of the ECTS of the UE's ECs; unknown when no EC carries ECTS (they need not)."""
    assert entity.ue is not None
    carried = [ec.ects for ec in entity.ue.ecs if ec.ects is not None]
    if not carried:
        return Measure(None, (*entity.path, "ecs"))
    parts = [
        (ec.ects, Missing("ects", (*entity.path, "ecs", i))) for i, ec in enumerate(entity.ue.ecs)
    ]
    return _sum(parts, (*entity.path, "ecs"))
