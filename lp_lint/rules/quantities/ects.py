"""ECTS of semesters, UEs and ECs."""

from __future__ import annotations

from lp_lint.findings import DocPath
from lp_lint.model.records import UE, Maquette
from lp_lint.programme import programme_of
from lp_lint.programme.coherence import TAUGHT_FACT, ects_fact
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities.core import (
    Measure,
    Missing,
    annees,
    contradicted,
    quantity,
    taught,
    total,
)

# -- ECTS ---------------------------------------------------------------------------------------


def _ue_ects(ue: UE, path: DocPath) -> tuple[float | None, Missing]:
    return ue.ects, Missing("ects", (*path, "ects"))


def _any_contradicted(maquette: Maquette, paths: list[DocPath]) -> bool:
    """A UE whose ECTS disagree with its ECs' (N004) leaves every sum over it unknown."""
    programme = programme_of(maquette)
    return any(programme.unknown(ects_fact(path)) for path in paths)


@quantity("ects_semestre", "semestre", "ECTS", "ECTS du semestre", "semester ECTS")
def ects_semestre(maquette: Maquette, entity: Entity) -> Measure:
    """Sum of the ECTS of the semester's UEs (unknown if a UE has none)."""
    assert entity.semestre is not None
    paths: list[DocPath] = [(*entity.path, "ues", i) for i in range(len(entity.semestre.ues))]
    if _any_contradicted(maquette, paths):
        return Measure(None, entity.anchor)
    parts = [_ue_ects(ue, path) for ue, path in zip(entity.semestre.ues, paths, strict=True)]
    return total(parts, entity.anchor)


@quantity("ects_ue", "ue", "ECTS", "ECTS de l'UE", "UE ECTS")
def ects_ue(_: Maquette, entity: Entity) -> Measure:
    """The UE's own ECTS."""
    assert entity.ue is not None
    return Measure(
        entity.ue.ects,
        (*entity.path, "ects"),
        () if entity.ue.ects is not None else (Missing("ects", entity.path),),
    )


@quantity("ects_ecs", "ue", "ECTS", "somme des ECTS des EC", "sum of the ECs' ECTS")
def ects_ecs(_: Maquette, entity: Entity) -> Measure:
    """Sum of the ECTS of the UE's ECs; unknown when no EC carries ECTS (they need not)."""
    assert entity.ue is not None
    carried = [ec.ects for ec in entity.ue.ecs if ec.ects is not None]
    if not carried:
        return Measure(None, (*entity.path, "ecs"))
    parts = [
        (ec.ects, Missing("ects", (*entity.path, "ecs", i))) for i, ec in enumerate(entity.ue.ecs)
    ]
    return total(parts, (*entity.path, "ecs"))


@quantity("ects_parcours", "maquette", "ECTS", "ECTS du parcours", "ECTS of the parcours")
def ects_parcours(maquette: Maquette, _: Entity) -> Measure:
    """`formation.ects`, else the sum of the UEs' ECTS (unknown for a parcours of 0 ECTS, N006)."""
    conflict = contradicted(maquette, "ects_parcours", ("formation", "ects"))
    if conflict is not None:
        return conflict
    if maquette.formation.ects is not None:
        return Measure(maquette.formation.ects, ("formation", "ects"))
    if _any_contradicted(maquette, [unit.path for unit in programme_of(maquette).units]):
        return Measure(None, ("semestres",))
    parts = [_ue_ects(ue, ("semestres", s, "ues", u)) for s, u, ue in maquette.iter_ues()]
    if not parts:
        return Measure(None, ("formation",), (Missing("formation.ects", ("formation",)),))
    return total(parts, ("semestres",))


MISES_EN_SITUATION = frozenset({"projet_tuteure", "stage"})


def _ects_msp(maquette: Maquette, natures: frozenset[str]) -> Measure:
    """ECTS of the UEs (or ECs) that are mises en situation professionnelle.

    A UE made only of such elements (and the mémoire that goes with them) counts whole; in a
    mixed UE, the ECs of those natures count with their own ECTS, which must then be given.
    """
    parts: list[tuple[float | None, Missing]] = []
    for unit in programme_of(maquette).units:
        ue, path, found = unit.ue, unit.path, set(unit.natures)
        if not found & natures:
            continue
        if programme_of(maquette).unknown(ects_fact(path)):
            return Measure(None, ("semestres",))
        if found <= natures | {"memoire"}:
            parts.append(_ue_ects(ue, path))
            continue
        for index, ec in enumerate(ue.ecs):
            if ec.nature in natures:
                parts.append((ec.ects, Missing(f"ects ({ec.code})", (*path, "ecs", index))))
    return total(parts, ("semestres",)) if parts else Measure(0, ("semestres",))


@quantity(
    "ects_mises_en_situation",
    "maquette",
    "ECTS",
    "ECTS des mises en situation professionnelle",
    "ECTS of work placements",
)
def ects_mises_en_situation(maquette: Maquette, _: Entity) -> Measure:
    """ECTS of projets tuteurés and stages (see `_ects_msp`)."""
    return _ects_msp(maquette, MISES_EN_SITUATION)


@quantity(
    "ects_mises_en_situation_alternance",
    "maquette",
    "ECTS",
    "ECTS des mises en situation professionnelle, périodes en entreprise comprises",
    "ECTS of work placements, company periods included",
)
def ects_mises_en_situation_alternance(maquette: Maquette, _: Entity) -> Measure:
    """ECTS of projets tuteurés, stages and the company periods of an alternance."""
    return _ects_msp(maquette, MISES_EN_SITUATION | {"periode_entreprise"})


@quantity(
    "ects_acquis_entree_hors_180",
    "maquette",
    "ECTS",
    "ECTS exigés à l'entrée d'un parcours de 60 ou 120 ECTS",
    "entry ECTS of a 60- or 120-ECTS parcours",
)
def ects_acquis_entree_hors_180(maquette: Maquette, entity: Entity) -> Measure:
    """`formation.ects_acquis_entree` for a parcours that is not the 180-ECTS one; else silent."""
    parcours = ects_parcours(maquette, entity)
    if parcours.number is None or parcours.number >= 180:
        return Measure(None, ())
    entry = maquette.formation.ects_acquis_entree
    if entry is None:
        return Measure(
            None, ("formation",), (Missing("formation.ects_acquis_entree", ("formation",)),)
        )
    return Measure(entry, ("formation", "ects_acquis_entree"))


@quantity(
    "ects_entree_plus_parcours",
    "maquette",
    "ECTS",
    "ECTS d'entrée plus ECTS du parcours",
    "entry ECTS plus parcours ECTS",
)
def ects_entree_plus_parcours(maquette: Maquette, entity: Entity) -> Measure:
    """Entry ECTS plus the parcours' ECTS, when both are given (silent otherwise)."""
    entry = maquette.formation.ects_acquis_entree
    parcours = ects_parcours(maquette, entity)
    if entry is None or parcours.number is None:
        return Measure(None, ())
    return Measure(entry + parcours.number, ("formation", "ects_acquis_entree"))


def _ratio(coefficients: list[tuple[float | None, Missing]], path: DocPath) -> Measure:
    missing = tuple(m for c, m in coefficients if c is None)
    if missing:
        return Measure(None, path, missing)
    values = [c for c, _ in coefficients if c is not None]
    if len(values) < 2:
        return Measure(None, ())
    low, high = min(values), max(values)
    return Measure(high / low, path, details={"coef_min": low, "coef_max": high})


@quantity(
    "rapport_coefficients_ues",
    "maquette",
    "",
    "rapport des coefficients des UE",
    "ratio of the UEs' coefficients",
    details=("coef_min", "coef_max"),
)
def rapport_coefficients_ues(maquette: Maquette, _: Entity) -> Measure:
    """Largest UE coefficient divided by the smallest (each UE must give its coefficient)."""
    coefficients = [
        (ue.coefficient, Missing(f"coefficient ({ue.code})", ("semestres", s, "ues", u)))
        for s, u, ue in maquette.iter_ues()
    ]
    return _ratio(coefficients, ("semestres",))


@quantity(
    "rapport_coefficients_ecs",
    "ue",
    "",
    "rapport des coefficients des EC de l'UE",
    "ratio of the UE's EC coefficients",
    details=("coef_min", "coef_max"),
)
def rapport_coefficients_ecs(_: Maquette, entity: Entity) -> Measure:
    """Within one UE, the largest EC coefficient divided by the smallest; silent when no EC has one."""
    assert entity.ue is not None
    if not any(ec.coefficient is not None for ec in entity.ue.ecs):
        return Measure(None, ())
    coefficients = [
        (ec.coefficient, Missing(f"coefficient ({ec.code})", (*entity.path, "ecs", i)))
        for i, ec in enumerate(entity.ue.ecs)
    ]
    return _ratio(coefficients, entity.anchor)


@quantity(
    "heures_par_ects",
    "ue",
    "h",
    "charge de travail par ECTS",
    "workload per ECTS",
    details=("charge",),
)
def heures_par_ects(maquette: Maquette, entity: Entity) -> Measure:
    """(hours in presence + personal work) / ECTS of a UE, when every element gives its personal work."""
    ue = entity.ue
    programme = programme_of(maquette)
    unit = programme.unit_at(entity.path)
    assert ue is not None and unit is not None
    if programme.unknown(ects_fact(entity.path)) or programme.unknown(TAUGHT_FACT):
        return Measure(None, ())  # N004, N011, N012: no side taken
    parts = [element.heures for element in unit.elements]
    if not ue.ects or not parts or any(h is None or h.travail_personnel is None for h in parts):
        return Measure(None, ())
    workload = sum(taught(h) + (h.projet or 0) + (h.travail_personnel or 0) for h in parts if h)
    return Measure(workload / ue.ects, (*entity.path, "ects"), details={"charge": workload})


@quantity("duree_annees", "maquette", "ans", "durée du cursus", "length of the cursus")
def duree_annees(maquette: Maquette, _: Entity) -> Measure:
    """`formation.duree_annees`, else one year per two semesters."""
    years = annees(maquette)
    if years is None:
        return Measure(None, ("formation",), (Missing("formation.duree_annees", ("formation",)),))
    given = maquette.formation.duree_annees is not None
    return Measure(years, ("formation", "duree_annees") if given else ("semestres",))
