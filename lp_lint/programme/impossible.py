"""Values no programme can have, and codes that name two things: conflicts too."""

from __future__ import annotations

from collections.abc import Iterator

from lp_lint.findings import DocPath
from lp_lint.model.records import Maquette
from lp_lint.programme.coherence import Conflict
from lp_lint.programme.structure import Unit


def jury(maquette: Maquette, _: tuple[Unit, ...]) -> Iterator[Conflict]:
    if maquette.jury is None or maquette.jury.membres is None:
        return
    professionnels = maquette.jury.professionnels
    if professionnels is not None and professionnels > maquette.jury.membres:
        yield Conflict(
            "N005",
            ("jury", "professionnels"),
            (("jury", "membres"),),
            {"professionnels": professionnels, "membres": maquette.jury.membres},
            "jury",
        )


def parcours(maquette: Maquette, _: tuple[Unit, ...]) -> Iterator[Conflict]:
    if maquette.formation.ects == 0:
        yield Conflict("N006", ("formation", "ects"), (), {}, "ects_parcours")


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
            yield Conflict("N007", path, (), {"annee": annee}, "")
    accreditation = formation.accreditation
    if accreditation is not None and accreditation.debut > accreditation.fin:
        yield Conflict(
            "N007",
            ("formation", "accreditation", "fin"),
            (("formation", "accreditation", "debut"),),
            {"annee": f"{accreditation.debut} → {accreditation.fin}"},
            "",
        )


def contrats(maquette: Maquette, _: tuple[Unit, ...]) -> Iterator[Conflict]:
    for index, contrat in enumerate(maquette.alternance.contrats if maquette.alternance else []):
        if contrat.duree_heures == 0:
            path: DocPath = ("alternance", "contrats", index, "duree_heures")
            yield Conflict("N008", path, (), {"type": contrat.type}, contrat_fact(index))


def contrat_fact(index: int | str) -> str:
    return f"contrat:{index}"


def codes(_: Maquette, units: tuple[Unit, ...]) -> Iterator[Conflict]:
    """UE and EC codes are unique in a file: the second of two is an error pointing at the first."""
    first: dict[str, DocPath] = {}
    for unit in units:
        holders = [unit.path, *((*unit.path, "ecs", i) for i in range(len(unit.ue.ecs)))]
        codes_ = [unit.code, *(ec.code for ec in unit.ue.ecs)]
        for code, holder in zip(codes_, holders, strict=True):
            path: DocPath = (*holder, "code")
            if code in first:
                yield Conflict("N009", path, (first[code],), {"code": code}, "")
            else:
                first[code] = path
