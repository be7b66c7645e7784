"""Teaching hours year of study by year (Code de l'éducation D124-2).

D124-2 asks a cursus that includes stages for a minimum of teaching in each year of teaching,
not on average over a parcours of two or three years: a light year hidden behind a heavy one is
still below the minimum. Semesters 2k-1 and 2k make a year (S5 and S6 are the third year).
The quantities report the weakest year, named in the message; they stay silent without a stage.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from lp_lint.findings import DocPath
from lp_lint.model.records import Maquette, VolumeHoraire
from lp_lint.programme import Element
from lp_lint.programme.coherence import TAUGHT_FACT
from lp_lint.programme.structure import is_course
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities.core import (
    Measure,
    Missing,
    contradicted,
    elements,
    missing,
    quantity,
    taught,
)
from lp_lint.rules.quantities.heures import has_stage

DETAILS = ("annee",)


def _years(maquette: Maquette) -> dict[int, list[Element]]:
    """Taught elements by year of study (semesters 1–2 → 1, …, 5–6 → 3)."""
    found: dict[int, list[Element]] = defaultdict(list)
    for element in elements(maquette):
        if not is_course(element):
            continue
        numero = maquette.semestres[int(element.path[1])].numero
        found[(numero + 1) // 2].append(element)
    return dict(found)


def _weakest(maquette: Maquette, hours: Callable[[VolumeHoraire], float]) -> Measure:
    if not has_stage(maquette):
        return Measure(None, ())
    conflict = contradicted(maquette, TAUGHT_FACT, ("semestres",))
    if conflict is not None:
        return conflict
    years = _years(maquette)
    if not years:
        return Measure(None, ("semestres",), (Missing("semestres", ()),))
    absent = tuple(missing(e, "heures") for group in years.values() for e in group if not e.heures)
    if absent:
        return Measure(None, ("semestres",), absent)
    totals = {
        year: sum(hours(e.heures) for e in group if e.heures) for year, group in years.items()
    }
    year = min(totals, key=lambda y: (totals[y], y))
    group = years[year]
    parts: tuple[DocPath, ...] = tuple(e.path for e in group)
    label = f"S{2 * year - 1}–S{2 * year}"
    return Measure(
        totals[year], _semester_path(maquette, year), details={"annee": label}, parts=parts
    )


def _semester_path(maquette: Maquette, year: int) -> DocPath:
    for index, semestre in enumerate(maquette.semestres):
        if (semestre.numero + 1) // 2 == year:
            return ("semestres", index, "numero")
    return ("semestres",)


def _in_presence(heures: VolumeHoraire) -> float:
    return taught(heures) - (heures.distanciel or 0)


@quantity(
    "heures_enseignees_annee_la_plus_faible",
    "maquette",
    "h",
    "heures enseignées de l'année d'études la moins dotée",
    "taught hours of the lightest year of study",
    details=DETAILS,
)
def heures_enseignees_annee_la_plus_faible(maquette: Maquette, _: Entity) -> Measure:
    """CM+TD+TP of the year of study that has the fewest; silent when the cursus has no stage."""
    return _weakest(maquette, taught)


@quantity(
    "heures_presentiel_annee_la_plus_faible",
    "maquette",
    "h",
    "heures en présence de l'année d'études la moins dotée",
    "hours in presence of the lightest year of study",
    details=DETAILS,
)
def heures_presentiel_annee_la_plus_faible(maquette: Maquette, _: Entity) -> Measure:
    """CM+TD+TP less the hours at a distance, for the year that has the fewest; silent without a stage."""
    return _weakest(maquette, _in_presence)
