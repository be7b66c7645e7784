"""Values no programme can have, and codes that name two things: conflicts too."""

from __future__ import annotations

from collections.abc import Iterator

from lp_lint.findings import DocPath
from lp_lint.model.records import Maquette
from lp_lint.programme.coherence import Conflict
from lp_lint.programme.structure import Unit
from lp_lint.pseudo_rules import (
    ANNEE_IMPOSSIBLE,
    CODE_EN_DOUBLE,
    CONTRAT_SANS_HEURES,
    JURY_IMPOSSIBLE,
    PARCOURS_SANS_ECTS,
)


def jury(maquette: Maquette, _: tuple[Unit, ...]) -> Iterator[Conflict]:
    if maquette.jury is None or maquette.jury.membres is None:
        return
    professionnels = maquette.jury.professionnels
    if professionnels is not None and professionnels > maquette.jury.membres:
        yield Conflict(
            JURY_IMPOSSIBLE.code,
            ("jury", "professionnels"),
            (("jury", "membres"),),
            {"professionnels": professionnels, "membres": maquette.jury.membres},
            "jury",
        )


def parcours(maquette: Maquette, _: tuple[Unit, ...]) -> Iterator[Conflict]:
    if maquette.formation.ects == 0:
        yield Conflict(PARCOURS_SANS_ECTS.code, ("formation", "ects"), (), {}, "ects_parcours")


def _backwards(annee: str) -> bool:
    first, second = annee.split("-")
    return int(second) != int(first) + 1


def annees(maquette: Maquette, _: tuple[Unit, ...]) -> Iterator[Conflict]:
    """An academic year runs from one calendar year to the next; a period runs forwards."""
    formation = maquette.formation
    written: list[tuple[str | None, DocPath]] = [
        (formation.annee_universitaire, ("formation", "annee_universitaire"))
    ]
    if formation.accreditation is not None:
        periode = ("formation", "accreditation")
        written += [
            (formation.accreditation.debut, (*periode, "debut")),
            (formation.accreditation.fin, (*periode, "fin")),
        ]
    for annee, path in written:
        if annee is not None and _backwards(annee):
            yield Conflict(ANNEE_IMPOSSIBLE.code, path, (), {"annee": annee}, "")
    accreditation = formation.accreditation
    if accreditation is not None and accreditation.debut > accreditation.fin:
        yield Conflict(
            ANNEE_IMPOSSIBLE.code,
            ("formation", "accreditation", "fin"),
            (("formation", "accreditation", "debut"),),
            {"annee": f"{accreditation.debut} → {accreditation.fin}"},
            "",
        )


def contrats(maquette: Maquette, _: tuple[Unit, ...]) -> Iterator[Conflict]:
    for index, contrat in enumerate(maquette.alternance.contrats if maquette.alternance else []):
        if contrat.duree_heures == 0:
            path: DocPath = ("alternance", "contrats", index, "duree_heures")
            yield Conflict(
                CONTRAT_SANS_HEURES.code, path, (), {"type": contrat.type}, contrat_fact(index)
            )


def contrat_fact(index: int | str) -> str:
    return f"contrat:{index}"


def codes(_: Maquette, units: tuple[Unit, ...]) -> Iterator[Conflict]:
    """UE and EC codes are unique in a file: the second of two is an error pointing at the first.

    Codes differing only in case or surrounding spaces (`EC11`, `ec11 `) are one code: the
    information systems that receive them (Apogée, ScoDoc) do not tell them apart."""
    first: dict[str, DocPath] = {}
    for unit in units:
        holders = [unit.path, *((*unit.path, "ecs", i) for i in range(len(unit.ue.ecs)))]
        codes_ = [unit.code, *(ec.code for ec in unit.ue.ecs)]
        for code, holder in zip(codes_, holders, strict=True):
            path: DocPath = (*holder, "code")
            key = code.strip().casefold()
            if key in first:
                yield Conflict(CODE_EN_DOUBLE.code, path, (first[key],), {"code": code}, "")
            else:
                first[key] = path
