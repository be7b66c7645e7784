"""Professional experience in its several forms: stage, company periods, other mises en situation.

A company period under an apprenticeship or professionalisation contract is not a stage (Code de
l'éducation L124-1): the stage rules do not judge it, but it is professional experience (cadre
national 2014, art. 9) and a mise en situation professionnelle (arrêté of 2019, whose list,
"notamment projets tutorés et stages", is open).
"""

from __future__ import annotations

from lp_lint.model.records import Maquette
from lp_lint.programme import programme_of
from lp_lint.programme.structure import STAGE
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities.core import Measure, Missing, elements, quantity
from lp_lint.rules.quantities.ects import MISES_EN_SITUATION, _ects_msp, ects_parcours
from lp_lint.rules.quantities.heures import has_stage

TIERS = 1 / 3
EPSILON = 1e-9
LARGES = MISES_EN_SITUATION | {"periode_entreprise", "mise_en_situation"}
"""The widest reading of the 2019 list: projets, stages, company periods, other declared ones."""


@quantity(
    "experience_professionnelle_presente",
    "maquette",
    "",
    "stage ou périodes en entreprise sous contrat",
    "stage or company periods under contract",
)
def experience_professionnelle_presente(maquette: Maquette, _: Entity) -> Measure:
    """1 when the maquette has a stage or company periods (`periode_entreprise`), else 0."""
    if has_stage(maquette) or any(e.nature == "periode_entreprise" for e in elements(maquette)):
        return Measure(1, ())
    if not maquette.semestres:
        return Measure(None, ("semestres",), (Missing("semestres", ()),))
    return Measure(0, ("semestres",))


@quantity(
    "ects_mises_en_situation_larges",
    "maquette",
    "ECTS",
    "ECTS de toutes les mises en situation professionnelle déclarées",
    "ECTS of every declared work placement",
)
def ects_mises_en_situation_larges(maquette: Maquette, _: Entity) -> Measure:
    """ECTS of projets, stages, company periods and other declared mises en situation."""
    return _ects_msp(maquette, LARGES)


@quantity(
    "ects_projets_stages_si_lecture_large_suffit",
    "maquette",
    "ECTS",
    "ECTS des projets et stages, quand la lecture large atteint le tiers",
    "ECTS of projets and stages, when the wide reading reaches a third",
    details=("ects_larges",),
)
def ects_projets_stages_si_lecture_large_suffit(maquette: Maquette, entity: Entity) -> Measure:
    """Projets and stages only; silent when the widest reading already fails (LP202 says so)."""
    wide = _ects_msp(maquette, LARGES)
    total = ects_parcours(maquette, entity)
    if wide.number is None or not total.number or wide.number < total.number * TIERS - EPSILON:
        return Measure(None, ())
    narrow = _ects_msp(maquette, MISES_EN_SITUATION)
    if narrow.number is None:
        return Measure(None, ())
    return Measure(narrow.number, narrow.path, details={"ects_larges": wide.number})


@quantity(
    "stage_hors_ue",
    "maquette",
    "",
    "stage décrit sans UE qui le porte",
    "stage described with no UE carrying it",
)
def stage_hors_ue(maquette: Maquette, _: Entity) -> Measure:
    """1 when a `stage` block exists and no UE holds the stage (see `Programme.block_only`)."""
    if maquette.stage is None:
        return Measure(None, ())
    if not maquette.semestres:
        return Measure(None, ("semestres",), (Missing("semestres", ()),))
    block = programme_of(maquette).block_only(STAGE)
    return Measure(0, ()) if block is None else Measure(1, block)
