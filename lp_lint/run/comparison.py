"""What changed between two versions of a maquette: identity, structure, numbers, shares and
findings.

The identity is what decides which texts apply: mention, parcours, academic year, the regime
and the packs judged. UEs and ECs are matched by code: a code in one version only is added or
removed, a code whose title changed is renamed, an EC found under another UE (or a UE under
another semester) moved. Hours a UE does not state are unknown ("?"), never 0.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lp_lint.model.records import UE, Maquette
from lp_lint.reports import FileReport
from lp_lint.rules.entities import Entity
from lp_lint.rules.quantities import QUANTITIES
from lp_lint.run.identity import fingerprints

TOTALS = (
    "ects_parcours",
    "heures_enseignees",
    "heures_projet",
    "heures_professionnels",
    "stage_semaines",
)


@dataclass
class Change:
    kind: str  # added | removed | renamed | moved | changed
    what: str  # "UE" | "EC"
    code: str
    detail: str = ""


@dataclass
class Comparison:
    identity: list[tuple[str, str, str]] = field(default_factory=list)
    """(field, before, after) for each identity field that changed; "" when absent."""
    changes: list[Change] = field(default_factory=list)
    totals: list[tuple[str, float | None, float | None]] = field(default_factory=list)
    shares: list[tuple[str, float | None, float | None]] = field(default_factory=list)
    introduced: list[str] = field(default_factory=list)
    resolved: list[str] = field(default_factory=list)


def _ues(maquette: Maquette) -> dict[str, tuple[int, UE]]:
    return {ue.code: (maquette.semestres[s].numero, ue) for s, _, ue in maquette.iter_ues()}


HOUR_KINDS = ("cm", "td", "tp", "projet")
_HOUR_LABELS = {"cm": "CM", "td": "TD", "tp": "TP", "projet": "projet"}
_HOURS_REQUIRED = {"enseignement", "projet_tuteure"}
"""Natures whose element must give its hours: without them, the UE's hours are unknown."""


def ue_hours(ue: UE) -> dict[str, float | None]:
    """A UE's student hours by kind; None (unknown) when a course or a projet leaves its hours
    out. A stage or a mémoire without hours adds nothing."""
    unknown = any(
        element.heures is None
        and (getattr(element, "nature", None) or "enseignement") in _HOURS_REQUIRED
        for element in ue.elements()
    )
    if unknown:
        return dict.fromkeys(HOUR_KINDS)
    given = [element.heures for element in ue.elements() if element.heures is not None]
    return {kind: float(sum(getattr(heures, kind) or 0 for heures in given)) for kind in HOUR_KINDS}


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def compare(
    old: Maquette, new: Maquette, old_report: FileReport, new_report: FileReport
) -> Comparison:
    result = Comparison(identity=_identity_changes(old, new, old_report, new_report))
    before, after = _ues(old), _ues(new)
    for code in [c for c in before if c not in after]:
        result.changes.append(Change("removed", "UE", code, before[code][1].intitule))
    for code in [c for c in after if c not in before]:
        result.changes.append(Change("added", "UE", code, after[code][1].intitule))
    for code in [c for c in after if c in before]:
        result.changes.extend(_ue_changes(code, before[code], after[code]))
    result.changes.extend(_ec_moves(before, after))
    entity = Entity("maquette", (), "", ())
    for name in TOTALS:
        quantity = QUANTITIES[name]
        result.totals.append(
            (name, quantity.compute(old, entity).number, quantity.compute(new, entity).number)
        )
    for label, top, bottom in (
        ("projet", "heures_projet", "volume_hors_stage"),
        ("professionnels", "heures_professionnels", "heures_enseignees"),
    ):
        result.shares.append((label, _share(old, top, bottom), _share(new, top, bottom)))
    old_prints = dict(zip(fingerprints(old_report.findings, "m"), old_report.findings, strict=True))
    new_prints = dict(zip(fingerprints(new_report.findings, "m"), new_report.findings, strict=True))
    result.introduced = [
        f"{f.code} {f.message}"
        for p, f in new_prints.items()
        if p not in old_prints and f.reference
    ]
    result.resolved = [
        f"{f.code} {f.message}"
        for p, f in old_prints.items()
        if p not in new_prints and f.reference
    ]
    return result


def _identity(maquette: Maquette, report: FileReport) -> dict[str, str]:
    formation = maquette.formation
    return {
        "mention": formation.mention,
        "parcours": formation.parcours or "",
        "annee_universitaire": formation.annee_universitaire or "",
        "regime": report.regime or "",
        "packs": ", ".join(report.packs),
    }


def _identity_changes(
    old: Maquette, new: Maquette, old_report: FileReport, new_report: FileReport
) -> list[tuple[str, str, str]]:
    before, after = _identity(old, old_report), _identity(new, new_report)
    return [(name, before[name], after[name]) for name in before if before[name] != after[name]]


def _share(maquette: Maquette, top: str, bottom: str) -> float | None:
    entity = Entity("maquette", (), "", ())
    n, d = (
        QUANTITIES[top].compute(maquette, entity).number,
        QUANTITIES[bottom].compute(maquette, entity).number,
    )
    return None if n is None or not d else n / d


def _ue_changes(code: str, old: tuple[int, UE], new: tuple[int, UE]) -> list[Change]:
    (old_semester, old_ue), (new_semester, new_ue) = old, new
    changes = []
    if old_ue.intitule != new_ue.intitule:
        changes.append(
            Change("renamed", "UE", code, f"« {old_ue.intitule} » → « {new_ue.intitule} »")
        )
    if old_semester != new_semester:
        changes.append(Change("moved", "UE", code, f"S{old_semester} → S{new_semester}"))
    numbers = []
    for label, a, b in (
        ("ECTS", old_ue.ects, new_ue.ects),
        ("coef.", old_ue.coefficient, new_ue.coefficient),
    ):
        if a != b:
            numbers.append(f"{label} {_number(a)} → {_number(b)}")
    old_hours, new_hours = ue_hours(old_ue), ue_hours(new_ue)
    for kind in HOUR_KINDS:
        if old_hours[kind] != new_hours[kind]:
            numbers.append(
                f"{_HOUR_LABELS[kind]} {_number(old_hours[kind])} → {_number(new_hours[kind])} h"
            )
    if numbers:
        changes.append(Change("changed", "UE", code, ", ".join(numbers)))
    old_ecs, new_ecs = {ec.code: ec for ec in old_ue.ecs}, {ec.code: ec for ec in new_ue.ecs}
    for ec_code, ec in new_ecs.items():
        if ec_code in old_ecs and old_ecs[ec_code].intitule != ec.intitule:
            changes.append(
                Change(
                    "renamed", "EC", ec_code, f"« {old_ecs[ec_code].intitule} » → « {ec.intitule} »"
                )
            )
    return changes


def _ec_moves(before: dict[str, tuple[int, UE]], after: dict[str, tuple[int, UE]]) -> list[Change]:
    old_place = {ec.code: (ue.code, ec) for _, ue in before.values() for ec in ue.ecs}
    new_place = {ec.code: (ue.code, ec) for _, ue in after.values() for ec in ue.ecs}
    changes = []
    for code, (ue_code, ec) in old_place.items():
        if code not in new_place:
            changes.append(Change("removed", "EC", code, f"{ec.intitule} ({ue_code})"))
        elif new_place[code][0] != ue_code:
            changes.append(Change("moved", "EC", code, f"{ue_code} → {new_place[code][0]}"))
    for code, (ue_code, ec) in new_place.items():
        if code not in old_place:
            changes.append(Change("added", "EC", code, f"{ec.intitule} ({ue_code})"))
    return changes
