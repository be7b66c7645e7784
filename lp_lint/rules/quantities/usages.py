"""Practices of the 1999 regime that many 2019-regime maquettes keep, for one-year parcours only.

A 12-to-16-week stage and a projet at a quarter of the volume are no rule of the 2019 arrêté
(not found in it): lp-lint mentions them as information, and only for a parcours of one year
(60 ECTS), the form they came from; a 120- or 180-ECTS parcours is never measured against them.
"""

from __future__ import annotations

from lp_lint.model.records import Maquette
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities.core import Measure, annees, quantity
from lp_lint.rules.quantities.ects import ects_parcours
from lp_lint.rules.quantities.heures import heures_projet
from lp_lint.rules.quantities.stage import stage_semaines


def parcours_d_un_an(maquette: Maquette, entity: Entity) -> bool:
    """False for a parcours known to have 120 ECTS or more, or to last two years or more."""
    ects = ects_parcours(maquette, entity).number
    if ects is not None:
        return ects < 120
    years = annees(maquette)
    return years is None or years < 2


@quantity(
    "stage_semaines_parcours_un_an",
    "maquette",
    "semaines",
    "durée du stage d'un parcours d'un an",
    "stage length of a one-year parcours",
)
def stage_semaines_parcours_un_an(maquette: Maquette, entity: Entity) -> Measure:
    """`stage_semaines` for a one-year parcours; silent for 120- and 180-ECTS parcours."""
    if not parcours_d_un_an(maquette, entity):
        return Measure(None, ())
    return stage_semaines(maquette, entity)


@quantity(
    "heures_projet_parcours_un_an",
    "maquette",
    "h",
    "heures de projet tuteuré d'un parcours d'un an",
    "projet tuteuré hours of a one-year parcours",
)
def heures_projet_parcours_un_an(maquette: Maquette, entity: Entity) -> Measure:
    """`heures_projet` for a one-year parcours; silent for 120- and 180-ECTS parcours."""
    if not parcours_d_un_an(maquette, entity):
        return Measure(None, ())
    return heures_projet(maquette, entity)
