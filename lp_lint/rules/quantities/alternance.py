"""Alternance contracts: the training's share of each contract, in hours.

A contract's total hours are `duree_heures` when given, else months × weekly hours × 52 / 12
(the calendar weeks of the contract's months, paid leave included, as the contract runs).
"""

from __future__ import annotations

from lp_lint.model.records import Contrat, Maquette
from lp_lint.programme import programme_of
from lp_lint.programme.impossible import contrat_fact
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities.core import Measure, Missing, quantity

WEEKS_PER_MONTH = 52 / 12
DETAILS = ("heures_formation", "heures_contrat")


def heures_contrat(contrat: Contrat) -> float | None:
    if contrat.duree_heures is not None:
        return contrat.duree_heures
    if contrat.duree_mois is None or contrat.heures_travail_hebdo is None:
        return None
    return contrat.duree_mois * contrat.heures_travail_hebdo * WEEKS_PER_MONTH


def _share(maquette: Maquette, entity: Entity, kind: str) -> Measure:
    contrat = entity.contrat
    assert contrat is not None
    if contrat.type != kind:
        return Measure(None, ())
    if programme_of(maquette).unknown(contrat_fact(entity.path[-1])):  # a contract of 0 h, N008
        return Measure(None, ())
    hours = heures_contrat(contrat)
    missing = []
    if hours is None:
        missing.append(Missing("duree_heures (ou duree_mois et heures_travail_hebdo)", entity.path))
    if contrat.heures_formation is None:
        missing.append(Missing("heures_formation", entity.path))
    if hours is None or contrat.heures_formation is None or hours <= 0:
        return Measure(None, entity.path, tuple(missing))
    return Measure(
        contrat.heures_formation / hours,
        (*entity.path, "heures_formation"),
        details={"heures_formation": contrat.heures_formation, "heures_contrat": round(hours)},
    )


@quantity(
    "part_formation_pro",
    "contrat",
    "",
    "part de formation du contrat de professionnalisation",
    "training share of the contrat de professionnalisation",
    details=DETAILS,
)
def part_formation_pro(maquette: Maquette, entity: Entity) -> Measure:
    """Training hours / contract hours, for a contrat de professionnalisation (silent otherwise)."""
    return _share(maquette, entity, "professionnalisation")


@quantity(
    "heures_formation_pro",
    "contrat",
    "h",
    "heures de formation du contrat de professionnalisation",
    "training hours of the contrat de professionnalisation",
)
def heures_formation_pro(_: Maquette, entity: Entity) -> Measure:
    """`heures_formation` of a contrat de professionnalisation (silent for other contracts)."""
    contrat = entity.contrat
    assert contrat is not None
    if contrat.type != "professionnalisation":
        return Measure(None, ())
    if contrat.heures_formation is None:
        return Measure(None, entity.path, (Missing("heures_formation", entity.path),))
    return Measure(contrat.heures_formation, (*entity.path, "heures_formation"))
