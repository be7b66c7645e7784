"""The stage's length."""

from __future__ import annotations

from lp_lint.model.records import Maquette
from lp_lint.programme import programme_of
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities.core import (
    Measure,
    Missing,
    contradicted,
    quantity,
)

# -- stage --------------------------------------------------------------------------------------


@quantity("stage_semaines", "maquette", "semaines", "durée du stage", "stage length")
def stage_semaines(maquette: Maquette, _: Entity) -> Measure:
    """Full-time weeks: `semaines`, else `heures` / `heures_par_semaine`, else days × weeks / 5
    (unknown when weeks and hours are both given and disagree)."""
    stage = maquette.stage
    if stage is None:
        return Measure(None, ("stage",), (Missing("stage.semaines", ()),))
    conflict = contradicted(maquette, "stage_semaines", ("stage", "heures"))
    if conflict is not None:
        return conflict
    if stage.semaines is not None:
        return Measure(stage.semaines, ("stage", "semaines"))
    if stage.heures is not None:
        return Measure(stage.heures / stage.heures_par_semaine, ("stage", "heures"))
    if stage.jours_par_semaine is not None and stage.sur_semaines is not None:
        return Measure(
            stage.jours_par_semaine * stage.sur_semaines / 5, ("stage", "jours_par_semaine")
        )
    return Measure(None, ("stage",), (Missing("stage.semaines", ("stage",)),))


def _present(maquette: Maquette, nature: str, block: object) -> Measure:
    if block is not None or programme_of(maquette).holds(nature):
        return Measure(1, ())
    if not maquette.semestres:
        return Measure(None, ("semestres",), (Missing("semestres", ()),))
    return Measure(0, ("semestres",))


@quantity("stage_present", "maquette", "", "stage", "stage")
def stage_present(maquette: Maquette, _: Entity) -> Measure:
    """1 when the maquette has a `stage` block or an element of nature stage, else 0."""
    return _present(maquette, "stage", maquette.stage)


@quantity("projet_present", "maquette", "", "projet tuteuré", "projet tuteuré")
def projet_present(maquette: Maquette, _: Entity) -> Measure:
    """1 when the maquette has a `projet_tuteure` block or an element that holds it (of that
    nature, or with projet hours), else 0."""
    return _present(maquette, "projet_tuteure", maquette.projet_tuteure)


def _both(memoire: bool | None, soutenance: bool | None) -> bool | None:
    if memoire is False or soutenance is False:
        return False
    return True if memoire and soutenance else None


def _merged(answers: list[bool | None]) -> bool | None:
    """One nature stated in several places (its block and its UEs) gives one answer."""
    if any(answers):
        return True
    return False if any(a is False for a in answers) else None


def _answer(maquette: Maquette, nature: str) -> bool | None:
    answers = []
    block = getattr(maquette, nature)
    if block is not None:
        answers.append(_both(block.memoire, block.soutenance))
    for unit in programme_of(maquette).units:
        if nature in unit.natures:
            flags = [unit.ue, *unit.ue.ecs]
            memoire = any(f.memoire for f in flags) or None
            soutenance = any(f.soutenance for f in flags) or None
            answers.append(_both(memoire, soutenance))
    return _merged(answers)


@quantity(
    "memoire_soutenance",
    "maquette",
    "",
    "mémoire et soutenance du stage ou du projet",
    "mémoire and oral defence of the stage or projet",
)
def memoire_soutenance(maquette: Maquette, _: Entity) -> Measure:
    """1 when the stage or the projet has both a mémoire and an oral soutenance (blocks or UEs);
    0 when each of them that the maquette has is said to lack one."""
    answers = [
        answer
        for nature in ("stage", "projet_tuteure")
        if (answer := _answer(maquette, nature)) is not None
        or getattr(maquette, nature) is not None
        or programme_of(maquette).holds(nature)
    ]
    if any(answers):
        return Measure(1, ())
    if answers and all(a is False for a in answers):
        return Measure(0, ("stage",))
    return Measure(None, ("stage",), (Missing("stage.memoire, stage.soutenance", ("stage",)),))


@quantity(
    "stage_evaluation_complete",
    "maquette",
    "",
    "évaluation du stage par rapport et soutenance",
    "stage assessed by report and defence",
)
def stage_evaluation_complete(maquette: Maquette, _: Entity) -> Measure:
    """1 when `stage.evaluation` holds both a report (rapport or mémoire) and a soutenance; a
    list written empty holds neither (a declared list is complete), an absent one is unknown."""
    if maquette.stage is None:
        return Measure(None, ())
    ways = set(maquette.stage.evaluation)
    if not ways and "evaluation" not in maquette.stage.model_fields_set:
        return Measure(None, ("stage",), (Missing("stage.evaluation", ("stage",)),))
    complete = bool(ways & {"rapport", "memoire"}) and "soutenance" in ways
    return Measure(1 if complete else 0, ("stage", "evaluation"))


@quantity(
    "stage_tuteur_academique",
    "maquette",
    "",
    "tuteur enseignant du stage",
    "academic tutor of the stage",
)
def stage_tuteur_academique(maquette: Maquette, _: Entity) -> Measure:
    """1 when `stage.tuteur_academique` is true, 0 when false."""
    if maquette.stage is None:
        return Measure(None, ())
    tutor = maquette.stage.tuteur_academique
    if tutor is None:
        return Measure(None, ("stage",), (Missing("stage.tuteur_academique", ("stage",)),))
    return Measure(1 if tutor else 0, ("stage", "tuteur_academique"))
