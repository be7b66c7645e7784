"""Quantities for rules the audit of 2026-11 found missing, each on a text that was read.

Keeping a UE and capitalising it (1999 art. 10 al. 3 and 4), the length of a contrat de
professionnalisation (Code du travail L6325-11 and L6325-12), the ECTS of every UE (Code de
l'éducation D611-2), the annual stage review (2014 annex), the contrat pédagogique, passerelles
and diploma supplement (2019 arrêté), when the MCC are adopted (Code de l'éducation L613-1), and
whether a long stage is paid (L124-6).

Each of these is something a maquette may or may not state. Where it says nothing, the rule stays
silent without asking for it (no completeness finding): a maquette is not incomplete for leaving
out its MCC's adoption date; it breaches the text only when what it states contradicts it.
"""

from __future__ import annotations

import datetime as dt

from lp_lint.model.records import Maquette
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities.core import Measure, Missing, quantity
from lp_lint.rules.quantities.duree_legale import stage_mois_meme_organisme
from lp_lint.rules.quantities.pilotage import _field


def _stated(maquette: Maquette, path: tuple[str, ...], flag: bool = False) -> Measure:
    """The value written at `path`, or silence (not a missing datum) when it is not written."""
    found = _field(maquette, path, flag)
    return found if found.known else Measure(None, ())


@quantity(
    "conservation_ue_min",
    "maquette",
    "/20",
    "note à partir de laquelle une UE est conservée",
    "mark from which a UE is kept",
)
def conservation_ue_min(maquette: Maquette, _: Entity) -> Measure:
    """`modalites_controle.conservation_ue_min`."""
    return _stated(maquette, ("modalites_controle", "conservation_ue_min"))


@quantity(
    "capitalisation_ue_min",
    "maquette",
    "/20",
    "note à partir de laquelle une UE est capitalisée",
    "mark from which a UE is capitalised",
)
def capitalisation_ue_min(maquette: Maquette, _: Entity) -> Measure:
    """`modalites_controle.capitalisation_ue_min`."""
    return _stated(maquette, ("modalites_controle", "capitalisation_ue_min"))


@quantity(
    "duree_mois_pro",
    "contrat",
    "mois",
    "durée du contrat de professionnalisation",
    "length of the contrat de professionnalisation",
)
def duree_mois_pro(_: Maquette, entity: Entity) -> Measure:
    """`duree_mois` of a contrat de professionnalisation (silent for other contracts)."""
    contrat = entity.contrat
    assert contrat is not None
    if contrat.type != "professionnalisation":
        return Measure(None, ())
    if contrat.duree_mois is None:
        return Measure(None, entity.path, (Missing("duree_mois", entity.path),))
    return Measure(contrat.duree_mois, (*entity.path, "duree_mois"))


@quantity("ue_a_des_ects", "ue", "", "ECTS de l'UE", "ECTS of the UE")
def ue_a_des_ects(_: Maquette, entity: Entity) -> Measure:
    """1 when the UE carries ECTS, itself or through its ECs; 0 when neither gives any."""
    ue = entity.ue
    assert ue is not None
    carried = ue.ects is not None or any(ec.ects is not None for ec in ue.ecs)
    return Measure(1 if carried else 0, entity.anchor)


@quantity(
    "bilan_stages_conseil",
    "maquette",
    "",
    "bilan annuel des stages au conseil de perfectionnement",
    "yearly stage review at the conseil de perfectionnement",
)
def bilan_stages_conseil(maquette: Maquette, _: Entity) -> Measure:
    """`pilotage.conseil_perfectionnement.bilan_stages`, when the programme has a stage."""
    if maquette.stage is None:
        return Measure(None, ())
    return _stated(maquette, ("pilotage", "conseil_perfectionnement", "bilan_stages"), True)


@quantity(
    "contrat_pedagogique",
    "maquette",
    "",
    "contrat pédagogique pour la réussite étudiante",
    "learning agreement for student success",
)
def contrat_pedagogique(maquette: Maquette, _: Entity) -> Measure:
    """`pilotage.contrat_pedagogique`."""
    return _stated(maquette, ("pilotage", "contrat_pedagogique"), True)


@quantity(
    "passerelles", "maquette", "", "passerelles de réorientation", "bridges for reorientation"
)
def passerelles(maquette: Maquette, _: Entity) -> Measure:
    """`pilotage.passerelles`."""
    return _stated(maquette, ("pilotage", "passerelles"), True)


@quantity("supplement_au_diplome", "maquette", "", "supplément au diplôme", "diploma supplement")
def supplement_au_diplome(maquette: Maquette, _: Entity) -> Measure:
    """`formation.supplement_au_diplome`."""
    return _stated(maquette, ("formation", "supplement_au_diplome"), True)


@quantity(
    "jours_adoption_mcc_apres_premier_mois",
    "maquette",
    "jours",
    "retard de l'adoption des MCC sur la fin du premier mois",
    "delay of the MCC's adoption past the end of the first month",
    details=("date_adoption", "date_limite"),
)
def jours_adoption_mcc_apres_premier_mois(maquette: Maquette, _: Entity) -> Measure:
    """Days between the end of the year's first month (30 September) and the MCC's adoption."""
    year = maquette.formation.annee_universitaire
    mcc = maquette.modalites_controle
    adopted = mcc.date_adoption if mcc is not None else None
    if year is None or adopted is None:
        return Measure(None, ())
    limit = dt.date(int(year[:4]), 9, 30)
    return Measure(
        (adopted - limit).days,
        ("modalites_controle", "date_adoption"),
        details={"date_adoption": adopted.isoformat(), "date_limite": limit.isoformat()},
    )


@quantity(
    "stage_mois_sans_gratification",
    "maquette",
    "mois",
    "durée d'un stage déclaré sans gratification",
    "length of a stage declared unpaid",
    details=("jours", "heures_equivalentes"),
)
def stage_mois_sans_gratification(maquette: Maquette, entity: Entity) -> Measure:
    """Months with one host (D124-6) of a stage the maquette declares unpaid (`gratification: false`)."""
    if maquette.stage is None or maquette.stage.gratification is not False:
        return Measure(None, ())
    return stage_mois_meme_organisme(maquette, entity)
