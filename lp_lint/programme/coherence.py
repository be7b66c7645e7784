"""Two statements of one fact that disagree, and values that cannot be: each is a conflict.

A conflict points at one statement and names the other as a related location; the fact it is
about becomes unknown for the rules (`Conflict.fact`), so that no rule picks a side.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from lp_lint.findings import DocPath
from lp_lint.model.records import EC, Maquette
from lp_lint.programme.structure import (
    PROJET,
    Unit,
    hours_place,
    is_course,
    projet_hours,
    taught,
)
from lp_lint.pseudo_rules import (
    TOTAL_BELOW_TYPES,
    TWICE_ECTS_UE,
    TWICE_HEURES_PROFESSIONNELS,
    TWICE_HEURES_PROJET,
    TWICE_HEURES_UE,
    TWICE_STAGE,
    TWICE_STAGE_FRACTIONNE,
)

HOURS_TOLERANCE = 0.5
"""Hours written twice may differ by rounding, never by more than half an hour."""
WEEKS_TOLERANCE = 0.05
"""A quarter of a day: weeks and hours written twice agree to within the rounding of either."""
ECTS_TOLERANCE = 0.001


class Conflict(NamedTuple):
    code: str
    path: DocPath
    related: tuple[DocPath, ...]
    values: dict[str, object]
    fact: str
    """The fact made unknown for the rules (`heures_projet`, `ects:UE3`…), or "" for none."""


def _disagree(stated: float, terms: list[float | None], tolerance: float) -> bool:
    """The terms (some maybe unknown) cannot sum to `stated`."""
    known = sum(t for t in terms if t is not None)
    if all(t is not None for t in terms):
        return abs(known - stated) > tolerance
    return known > stated + tolerance


def projet_twice(maquette: Maquette, units: tuple[Unit, ...]) -> Iterator[Conflict]:
    block = maquette.projet_tuteure
    carriers = [e for u in units for e in u.elements if PROJET in e.natures]
    if block is None or block.heures is None or not carriers:
        return
    terms = [projet_hours(e) if e.heures is not None else None for e in carriers]
    if _disagree(block.heures, terms, HOURS_TOLERANCE):
        yield Conflict(
            TWICE_HEURES_PROJET.code,
            ("projet_tuteure", "heures"),
            tuple(hours_place(e) for e in carriers),
            {"bloc": block.heures, "ues": sum(t or 0 for t in terms), "partiel": None in terms},
            "heures_projet",
        )


def professionnels_twice(maquette: Maquette, units: tuple[Unit, ...]) -> Iterator[Conflict]:
    stated = maquette.equipe.heures_professionnels if maquette.equipe else None
    courses = [e for u in units for e in u.elements if is_course(e)]
    terms = [e.heures_professionnels for e in courses]
    if stated is None or all(t is None for t in terms):
        return
    if _disagree(stated, terms, HOURS_TOLERANCE):
        yield Conflict(
            TWICE_HEURES_PROFESSIONNELS.code,
            ("equipe", "heures_professionnels"),
            tuple(
                (*e.path, "heures_professionnels")
                for e in courses
                if e.heures_professionnels is not None
            ),
            {"total": stated, "elements": sum(t or 0 for t in terms), "partiel": None in terms},
            "heures_professionnels",
        )


def stage_twice(maquette: Maquette, _: tuple[Unit, ...]) -> Iterator[Conflict]:
    """The stage's length said in two of its three ways (weeks, hours, days a week over weeks)
    that do not agree."""
    stage = maquette.stage
    if stage is None:
        return
    if stage.semaines is not None and stage.heures is not None:
        weeks = stage.heures / stage.heures_par_semaine
        if abs(weeks - stage.semaines) > WEEKS_TOLERANCE:
            yield Conflict(
                TWICE_STAGE.code,
                ("stage", "heures"),
                (("stage", "semaines"),),
                {
                    "heures": stage.heures,
                    "semaines": stage.semaines,
                    "hebdo": stage.heures_par_semaine,
                    "equivalent": weeks,
                },
                "stage_semaines",
            )
    if stage.jours_par_semaine is None or stage.sur_semaines is None:
        return
    split = stage.jours_par_semaine * stage.sur_semaines / 5
    other, place = (
        (stage.semaines, ("stage", "semaines"))
        if stage.semaines is not None
        else (
            None if stage.heures is None else stage.heures / stage.heures_par_semaine,
            ("stage", "heures"),
        )
    )
    if other is not None and abs(split - other) > WEEKS_TOLERANCE:
        yield Conflict(
            TWICE_STAGE_FRACTIONNE.code,
            ("stage", "jours_par_semaine"),
            (place, ("stage", "sur_semaines")),
            {
                "jours": stage.jours_par_semaine,
                "sur": stage.sur_semaines,
                "equivalent": split,
                "autre": other,
            },
            "stage_semaines",
        )


def ects_twice(_: Maquette, units: tuple[Unit, ...]) -> Iterator[Conflict]:
    for unit in units:
        terms = [ec.ects for ec in unit.ue.ecs]
        if unit.ue.ects is None or all(t is None for t in terms):
            continue
        if _disagree(unit.ue.ects, terms, ECTS_TOLERANCE):
            yield Conflict(
                TWICE_ECTS_UE.code,
                (*unit.path, "ects"),
                tuple((*unit.path, "ecs", i, "ects") for i, t in enumerate(terms) if t is not None),
                {
                    "ue": unit.code,
                    "ects": unit.ue.ects,
                    "somme": sum(t or 0 for t in terms),
                    "partiel": None in terms,
                },
                ects_fact(unit.path),
            )


def total_below_types(_: Maquette, units: tuple[Unit, ...]) -> Iterator[Conflict]:
    """An untyped total is all the taught hours: the types written beside it cannot exceed it."""
    for element in (e for u in units for e in u.elements):
        heures = element.heures
        if heures is None or heures.total is None:
            continue
        typed = (heures.cm or 0) + (heures.td or 0) + (heures.tp or 0) + (heures.ci or 0)
        if typed > heures.total + HOURS_TOLERANCE:
            yield Conflict(
                TOTAL_BELOW_TYPES.code,
                (*element.path, "heures", "total"),
                (),
                {"total": heures.total, "types": typed},
                TAUGHT_FACT,
            )


TAUGHT_FACT = "heures_enseignees"


def ects_fact(path: DocPath) -> str:
    return "ects:" + ".".join(str(p) for p in path)


def ue_summary_twice(_: Maquette, units: tuple[Unit, ...]) -> Iterator[Conflict]:
    """A UE with ECs that also gives its own hours (or professionals' hours) states them twice:
    each type it gives must be what its ECs add up to (a type an EC leaves out counts 0 there)."""
    for unit in units:
        ue = unit.ue
        if not ue.ecs:
            continue
        stated = ue.heures.model_dump(exclude_none=True) if ue.heures is not None else {}
        if ue.heures_professionnels is not None:
            stated["heures_professionnels"] = ue.heures_professionnels
        for kind, value in stated.items():
            terms = [_ec_hours(ec, kind) for ec in ue.ecs]
            if not _disagree(value, terms, HOURS_TOLERANCE):
                continue
            own = (
                ("heures_professionnels",) if kind == "heures_professionnels" else ("heures", kind)
            )
            yield Conflict(
                TWICE_HEURES_UE.code,
                (*unit.path, *own),
                tuple(
                    (*unit.path, "ecs", i, *own[:1]) for i, t in enumerate(terms) if t is not None
                ),
                {
                    "ue": unit.code,
                    "type": kind,
                    "heures": value,
                    "somme": sum(t or 0 for t in terms),
                    "partiel": None in terms,
                },
                _HOURS_FACT.get(kind, TAUGHT_FACT),
            )


_HOURS_FACT = {"projet": "heures_projet", "heures_professionnels": "heures_professionnels"}
"""The fact a disagreement makes unknown; every other type, the taught hours (TAUGHT_FACT)."""


def _ec_hours(ec: EC, kind: str) -> float | None:
    if kind == "heures_professionnels":
        return ec.heures_professionnels
    heures = ec.heures
    if heures is None:
        return None
    if kind == "total":  # an untyped total is all the taught hours, whatever their type
        return taught(heures)
    written: float | None = getattr(heures, kind, None)
    if kind in _TYPES and heures.total is not None:  # beside a total, an unwritten type is
        return written  # unknown, not 0
    return written or 0


_TYPES = frozenset({"cm", "td", "tp", "ci"})
