"""Blocs de compétences: declared, each coherent, and mapped to the UEs both ways."""

from __future__ import annotations

from collections import Counter

from lp_lint.model.records import Maquette
from lp_lint.programme.paths import whole
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities.core import Measure, quantity


def _blocs_declared(maquette: Maquette) -> bool:
    return maquette.competences is not None and bool(maquette.competences.blocs)


@quantity(
    "blocs_declares", "maquette", "", "blocs de compétences déclarés", "competence blocks declared"
)
def blocs_declares(maquette: Maquette, _: Entity) -> Measure:
    """1 when at least one bloc de compétences is declared, else 0."""
    return Measure(1 if _blocs_declared(maquette) else 0, ("competences",))


@quantity("competences_du_bloc", "bloc", "", "compétences du bloc", "competences of the block")
def competences_du_bloc(_: Maquette, entity: Entity) -> Measure:
    """Number of competences listed in the bloc."""
    assert entity.bloc is not None
    return Measure(len(entity.bloc.competences), entity.anchor)


@quantity(
    "competences_en_double",
    "maquette",
    "",
    "compétences présentes dans plusieurs blocs",
    "competences in several blocks",
    details=("liste",),
)
def competences_en_double(maquette: Maquette, _: Entity) -> Measure:
    """How many competences appear in more than one bloc (compared without case or outer spaces)."""
    if not _blocs_declared(maquette):
        return Measure(None, ())
    assert maquette.competences is not None
    counts = Counter(
        c.strip().casefold() for bloc in maquette.competences.blocs for c in set(bloc.competences)
    )
    repeated = sorted(c for c, n in counts.items() if n > 1)
    return Measure(len(repeated), ("competences", "blocs"), details={"liste": "; ".join(repeated)})


@quantity("blocs_de_l_ue", "ue", "", "blocs qui contiennent l'UE", "blocks holding the UE")
def blocs_de_l_ue(maquette: Maquette, entity: Entity) -> Measure:
    """Number of blocs that list this UE; silent when no bloc is declared."""
    if not _blocs_declared(maquette):
        return Measure(None, ())
    assert maquette.competences is not None and entity.ue is not None
    count = sum(entity.ue.code in bloc.ues for bloc in maquette.competences.blocs)
    return Measure(count, entity.anchor)


@quantity(
    "ues_inconnues_du_bloc",
    "bloc",
    "",
    "UE du bloc absentes de la maquette",
    "UEs of the block missing from the maquette",
    details=("liste",),
)
def ues_inconnues_du_bloc(maquette: Maquette, entity: Entity) -> Measure:
    """UE codes a bloc lists that no UE of the maquette has."""
    assert entity.bloc is not None
    known = {ue.code for _s, _u, ue in whole(maquette).iter_ues()}
    unknown = [code for code in entity.bloc.ues if code not in known]
    return Measure(len(unknown), (*entity.path, "ues"), details={"liste": ", ".join(unknown)})


@quantity("ues_du_bloc", "bloc", "", "UE du bloc", "UEs of the block")
def ues_du_bloc(_: Maquette, entity: Entity) -> Measure:
    """Number of UEs a bloc lists."""
    assert entity.bloc is not None
    return Measure(len(entity.bloc.ues), entity.anchor)
