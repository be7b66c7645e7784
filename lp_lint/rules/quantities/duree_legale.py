"""The stage's length as the Code de l'éducation counts it (art. D124-6).

For the limits in months of the stage articles (six months with one host, two months before a
gratification), seven hours of presence count as a day and twenty-two days as a month: six
months are 132 days, 924 hours. A length in weeks counts five days a week; a split stage counts
its days; a length in hours counts one day per seven hours.
"""

from __future__ import annotations

from lp_lint.model.records import Maquette, Stage
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities.core import Measure, Missing, contradicted, quantity

HEURES_PAR_JOUR = 7
JOURS_PAR_MOIS = 22
JOURS_PAR_SEMAINE = 5


def jours_de_presence(stage: Stage) -> Measure:
    """Days of presence: weeks × 5, or days a week × weeks, or hours ÷ 7."""
    if stage.semaines is not None:
        return Measure(stage.semaines * JOURS_PAR_SEMAINE, ("stage", "semaines"))
    if stage.jours_par_semaine is not None and stage.sur_semaines is not None:
        return Measure(stage.jours_par_semaine * stage.sur_semaines, ("stage", "jours_par_semaine"))
    if stage.heures is not None:
        return Measure(stage.heures / HEURES_PAR_JOUR, ("stage", "heures"))
    return Measure(None, ("stage",), (Missing("stage.semaines", ("stage",)),))


def _mois(days: Measure) -> Measure:
    if days.number is None:
        return days
    return Measure(
        days.number / JOURS_PAR_MOIS,
        days.path,
        details={"jours": days.number, "heures_equivalentes": days.number * HEURES_PAR_JOUR},
    )


@quantity(
    "stage_mois_meme_organisme",
    "maquette",
    "mois",
    "durée du stage chez un même organisme, en mois de 22 jours",
    "stage length with one host, in months of 22 days",
    details=("jours", "heures_equivalentes"),
)
def stage_mois_meme_organisme(maquette: Maquette, _: Entity) -> Measure:
    """Months of presence (days ÷ 22) unless the maquette says the stage has several hosts.

    When it does not say (`meme_organisme` absent), the months are an upper bound: a stage within
    the limit passes whatever the hosts, one beyond it asks for `meme_organisme` (D001)."""
    stage = maquette.stage
    if stage is None or stage.meme_organisme is False:
        return Measure(None, ())
    conflict = contradicted(maquette, "stage_semaines", ("stage",))  # N003, N013: no side taken
    if conflict is not None:
        return conflict
    months = _mois(jours_de_presence(stage))
    if stage.meme_organisme is None and months.value is not None:
        return months._replace(missing=(Missing("stage.meme_organisme", ("stage",)),))
    return months
