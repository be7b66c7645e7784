"""Named quantities computed from a maquette; rules refer to them by name (see `core`).

Importing this package registers every quantity of its modules.
"""

from lp_lint.rules.quantities import (
    accords,
    alternance,
    competences,
    complements,
    duree_legale,
    ects,
    heures,
    mises_en_situation,
    par_annee,
    pilotage,
    stage,
    usages,
)
from lp_lint.rules.quantities.core import QUANTITIES, Measure, Missing, Quantity

__all__ = [
    "QUANTITIES",
    "Measure",
    "Missing",
    "Quantity",
    "accords",
    "alternance",
    "competences",
    "complements",
    "duree_legale",
    "ects",
    "heures",
    "mises_en_situation",
    "par_annee",
    "pilotage",
    "stage",
    "usages",
]
