"""Where each hour and nature of the structure sits: the elements and the units (UEs).

An element is what carries hours: each EC, or a UE that has no EC. Its natures are its
declared nature plus those its hours imply: projet hours written inside a course, a stage or a
mémoire make that element (and its UE) hold the projet tuteuré too. Each nature a unit holds
keeps the places in the file that state it, so that a finding can point at them.
"""

from __future__ import annotations

from typing import NamedTuple

from lp_lint.findings import DocPath
from lp_lint.model.records import UE, Maquette, VolumeHoraire

PROJET = "projet_tuteure"
STAGE = "stage"


class Element(NamedTuple):
    code: str
    nature: str
    heures: VolumeHoraire | None
    heures_professionnels: float | None
    path: DocPath
    ects: float | None = None

    @property
    def natures(self) -> dict[str, DocPath]:
        """Each nature the element holds → the place that states it."""
        found: dict[str, DocPath] = {self.nature: self.path}
        if self.nature != PROJET and self.heures is not None and self.heures.projet:
            found[PROJET] = (*self.path, "heures", "projet")
        return found


class Unit(NamedTuple):
    """A UE as the rules judge it: its elements and every nature it holds, with their places."""

    code: str
    path: DocPath
    ue: UE
    elements: tuple[Element, ...]
    natures: dict[str, tuple[DocPath, ...]]

    @property
    def anchor(self) -> DocPath:
        return (*self.path, "code")


def _elements(ue: UE, path: DocPath) -> tuple[Element, ...]:
    if not ue.ecs:
        nature = ue.nature or "enseignement"
        return (Element(ue.code, nature, ue.heures, ue.heures_professionnels, path, ue.ects),)
    return tuple(
        Element(ec.code, ec.nature, ec.heures, ec.heures_professionnels, (*path, "ecs", i), ec.ects)
        for i, ec in enumerate(ue.ecs)
    )


def _unit(ue: UE, path: DocPath) -> Unit:
    elements = _elements(ue, path)
    natures: dict[str, tuple[DocPath, ...]] = {}
    if ue.ecs and ue.nature:  # a UE with ECs that also names a nature holds it as well
        natures[ue.nature] = ((*path, "nature"),)
    if ue.ecs and ue.heures is not None and ue.heures.projet:  # and so do its own projet hours
        natures[PROJET] = ((*path, "heures", "projet"),)
    for element in elements:
        for nature, place in element.natures.items():
            natures[nature] = (*natures.get(nature, ()), place)
    return Unit(ue.code, path, ue, elements, natures)


def units(maquette: Maquette) -> tuple[Unit, ...]:
    """Every UE in document order, read whatever its layout."""
    return tuple(_unit(ue, ("semestres", s, "ues", u)) for s, u, ue in maquette.iter_ues())


def implied(place: DocPath) -> bool:
    """True when the place is hours that imply a nature rather than a nature written as such."""
    return place[-2:] == ("heures", "projet")


NON_TAUGHT = frozenset({"stage", "periode_entreprise", PROJET})


def taught(heures: VolumeHoraire) -> float:
    """CM+TD+TP+CI, or the untyped total when given (the types beside it detail part of it)."""
    typed = (heures.cm or 0) + (heures.td or 0) + (heures.tp or 0) + (heures.ci or 0)
    return max(heures.total, typed) if heures.total is not None else typed


def projet_hours(element: Element) -> float:
    """An element of nature projet counts all its hours as projet; any other, its projet hours."""
    assert element.heures is not None
    if element.nature == PROJET:
        return taught(element.heures) + (element.heures.projet or 0)
    return element.heures.projet or 0


def is_course(element: Element) -> bool:
    """Counted in the taught hours: not a stage, company period or projet; a course, or hours given."""
    return element.nature not in NON_TAUGHT and (
        element.heures is not None or element.nature == "enseignement"
    )


def hours_place(element: Element) -> DocPath:
    """Where an element's projet hours are written."""
    if element.nature == PROJET or element.heures is None:
        return (*element.path, "heures")
    return (*element.path, "heures", "projet")
