"""Training shares of alternance contracts, read with the agreements and rules that adjust them.

Beyond 25 % of training, a contrat de professionnalisation needs a branch agreement or, failing
one, an interprofessional agreement (Code du travail L6325-14): a maquette rarely knows which
applies, unless it says that none does (`aucun_accord`). The apprenticeship floor of 25 % holds
"sous réserve" of the rules of the diploma's certifying body (L6211-2): a maquette that names
such a rule (`regle_certificateur`) is judged by it, not by the floor.
"""

from __future__ import annotations

from lp_lint.model.records import Maquette
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities.alternance import DETAILS, _share
from lp_lint.rules.quantities.core import Measure, quantity


def _pro_sans_accord(maquette: Maquette, entity: Entity, aucun: bool) -> Measure:
    contrat = entity.contrat
    assert contrat is not None
    if contrat.accord_de_branche is not None or bool(contrat.aucun_accord) != aucun:
        return Measure(None, ())
    return _share(maquette, entity, "professionnalisation")


@quantity(
    "part_formation_pro_accord_inconnu",
    "contrat",
    "",
    "part de formation d'un contrat de professionnalisation, accord inconnu",
    "training share of a contrat de professionnalisation, agreement unknown",
    details=DETAILS,
)
def part_formation_pro_accord_inconnu(maquette: Maquette, entity: Entity) -> Measure:
    """The share when no agreement is declared and the maquette does not say that none applies."""
    return _pro_sans_accord(maquette, entity, aucun=False)


@quantity(
    "part_formation_pro_aucun_accord",
    "contrat",
    "",
    "part de formation d'un contrat de professionnalisation sans aucun accord",
    "training share of a contrat de professionnalisation under no agreement",
    details=DETAILS,
)
def part_formation_pro_aucun_accord(maquette: Maquette, entity: Entity) -> Measure:
    """The share when the maquette states that no agreement applies (`aucun_accord: true`)."""
    return _pro_sans_accord(maquette, entity, aucun=True)


@quantity(
    "part_formation_apprentissage_sans_regle",
    "contrat",
    "",
    "part de formation du contrat d'apprentissage, sans règle du certificateur",
    "training share of the apprenticeship contract, without a certifier's rule",
    details=DETAILS,
)
def part_formation_apprentissage_sans_regle(maquette: Maquette, entity: Entity) -> Measure:
    """The apprenticeship share, silent when the certifying body's own rule is declared."""
    assert entity.contrat is not None
    if entity.contrat.regle_certificateur is not None:
        return Measure(None, ())
    return _share(maquette, entity, "apprentissage")
