"""Hours: taught, projet, outside the stage, by professionals."""

from __future__ import annotations

from lp_lint.model.records import Maquette
from lp_lint.programme import programme_of
from lp_lint.programme.coherence import TAUGHT_FACT
from lp_lint.programme.structure import PROJET, STAGE, is_course
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities.core import (
    Measure,
    Missing,
    contradicted,
    elements,
    missing,
    once_per_programme,
    projet_hours,
    quantity,
    taught,
    total,
)

# -- hours --------------------------------------------------------------------------------------


@quantity(
    "heures_enseignees", "maquette", "h", "heures enseignées (CM+TD+TP)", "taught hours (CM+TD+TP)"
)
@once_per_programme
def heures_enseignees(maquette: Maquette, _: Entity) -> Measure:
    """CM+TD+TP of every element that is not a stage, a company period or the projet tuteuré.

    A course (`enseignement`) must give its hours; a mémoire or other element counts the hours
    it gives and none when it gives none (a mémoire is mostly personal work). An untyped
    `total` counts whole. Unknown when a UE's own hours and its ECs' disagree (N012), or when a
    total is below the hours by type beside it (N011).
    """
    conflict = contradicted(maquette, TAUGHT_FACT, ("semestres",))
    if conflict is not None:
        return conflict
    parts = [
        (taught(e.heures) if e.heures else None, missing(e, "heures"))
        for e in elements(maquette)
        if is_course(e)
    ]
    return total(parts, ("semestres",))


@quantity("heures_projet", "maquette", "h", "heures de projet tuteuré", "projet tuteuré hours")
@once_per_programme
def heures_projet(maquette: Maquette, _: Entity) -> Measure:
    """`projet_tuteure.heures`, else the projet hours found in the structure (unknown if both
    are given and disagree)."""
    conflict = contradicted(maquette, "heures_projet", ("projet_tuteure", "heures"))
    if conflict is not None:
        return conflict
    if maquette.projet_tuteure and maquette.projet_tuteure.heures is not None:
        return Measure(maquette.projet_tuteure.heures, ("projet_tuteure", "heures"))
    found = programme_of(maquette).carriers(PROJET)
    if not found:
        return Measure(
            None, ("projet_tuteure",), (Missing("projet_tuteure.heures", ("projet_tuteure",)),)
        )
    parts = [(projet_hours(e) if e.heures else None, missing(e, "heures")) for e in found]
    return total(parts, found[0].path)


@quantity(
    "volume_hors_stage",
    "maquette",
    "h",
    "volume de formation hors stage",
    "training volume outside the stage",
)
def volume_hors_stage(maquette: Maquette, entity: Entity) -> Measure:
    """Taught hours plus projet hours: everything in the training except the stage."""
    courses, projet = heures_enseignees(maquette, entity), heures_projet(maquette, entity)
    if courses.number is None or projet.number is None:
        return Measure(None, ("semestres",), courses.missing + projet.missing)
    return Measure(courses.number + projet.number, ("semestres",))


@quantity(
    "heures_professionnels",
    "maquette",
    "h",
    "heures assurées par des professionnels",
    "hours taught by professionals",
)
def heures_professionnels(maquette: Maquette, _: Entity) -> Measure:
    """`equipe.heures_professionnels`, else the sum over taught elements (each must say it);
    unknown when both are given and disagree."""
    conflict = contradicted(maquette, "heures_professionnels", ("equipe", "heures_professionnels"))
    if conflict is not None:
        return conflict
    if maquette.equipe and maquette.equipe.heures_professionnels is not None:
        return Measure(maquette.equipe.heures_professionnels, ("equipe", "heures_professionnels"))
    parts = [
        (e.heures_professionnels, missing(e, "heures_professionnels"))
        for e in elements(maquette)
        if is_course(e)
    ]
    if all(value is None for value, _ in parts):
        return Measure(None, ("equipe",), (Missing("equipe.heures_professionnels", ("equipe",)),))
    return total(parts, ("semestres",))


def has_stage(maquette: Maquette) -> bool:
    return maquette.stage is not None or programme_of(maquette).holds(STAGE)
