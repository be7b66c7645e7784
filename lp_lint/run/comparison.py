"""What changed between two versions of a maquette: identity, structure, numbers, shares and
findings.

The identity is what decides which texts apply: mention, parcours, academic year, the regime
and the packs judged. UEs and ECs are matched by code: a code in one version only is added or
removed, a code whose title changed is renamed, an EC found under another UE (or a UE under
another semester) moved. Hours a UE does not state are unknown ("?"), never 0.

Totals and shares count one student path, as the rules do: with choices, a figure that differs
between paths is given as its range over them (`(low, high)`), never as the sum of every option.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from lp_lint.i18n import Message, plain
from lp_lint.model.records import UE, Maquette
from lp_lint.programme.paths import student_paths
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


Figure = float | tuple[float, float] | None
"""A total or a share: one number, its range over the student paths, or unknown."""


def per_path(maquette: Maquette, compute: Callable[[Maquette], float | None]) -> Figure:
    """`compute` on each student path: one value when they agree, else (lowest, highest);
    unknown as soon as one path's is."""
    values = [compute(path.maquette) for path in student_paths(maquette)]
    known = [v for v in values if v is not None]
    if len(known) < len(values) or not known:
        return None
    low, high = min(known), max(known)
    return low if high - low < 1e-9 else (low, high)


@dataclass
class Comparison:
    identity: list[tuple[str, str, str]] = field(default_factory=list)
    """(field, before, after) for each identity field that changed; "" when absent."""
    changes: list[Change] = field(default_factory=list)
    totals: list[tuple[str, Figure, Figure]] = field(default_factory=list)
    shares: list[tuple[str, Figure, Figure]] = field(default_factory=list)
    introduced: list[Message] = field(default_factory=list)
    resolved: list[Message] = field(default_factory=list)


def _ues(maquette: Maquette) -> dict[str, tuple[int, UE]]:
    return {ue.code: (maquette.semestres[s].numero, ue) for s, _, ue in maquette.iter_ues()}


HOUR_KINDS = ("cm", "td", "tp", "ci", "sans_type", "projet")
"""`sans_type`: the part of a written `total` that its typed hours do not detail."""
_HOUR_LABELS = {
    "cm": "CM",
    "td": "TD",
    "tp": "TP",
    "ci": "C/TD",
    "sans_type": "sans type",
    "projet": "projet",
}
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
    sums = {kind: 0.0 for kind in HOUR_KINDS}
    for heures in given:
        typed = 0.0
        for kind in ("cm", "td", "tp", "ci", "projet"):
            sums[kind] += getattr(heures, kind) or 0.0
            typed += (getattr(heures, kind) or 0.0) if kind != "projet" else 0.0
        sums["sans_type"] += max((heures.total or 0.0) - typed, 0.0)
    return dict(sums)


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
    for name in TOTALS:
        result.totals.append((name, per_path(old, _total(name)), per_path(new, _total(name))))
    for label, top, bottom in (
        ("projet", "heures_projet", "volume_hors_stage"),
        ("professionnels", "heures_professionnels", "heures_enseignees"),
    ):
        share = _share_of(top, bottom)
        result.shares.append((label, per_path(old, share), per_path(new, share)))
    old_prints = dict(zip(fingerprints(old_report.findings, "m"), old_report.findings, strict=True))
    new_prints = dict(zip(fingerprints(new_report.findings, "m"), new_report.findings, strict=True))
    result.introduced = [
        plain(f"{f.code} ") + f.message
        for p, f in new_prints.items()
        if p not in old_prints and f.reference
    ]
    result.resolved = [
        plain(f"{f.code} ") + f.message
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


_WHOLE = Entity("maquette", (), "", ())


def _total(name: str) -> Callable[[Maquette], float | None]:
    return lambda maquette: QUANTITIES[name].compute(maquette, _WHOLE).number


def _share_of(top: str, bottom: str) -> Callable[[Maquette], float | None]:
    def share(maquette: Maquette) -> float | None:
        n = QUANTITIES[top].compute(maquette, _WHOLE).number
        d = QUANTITIES[bottom].compute(maquette, _WHOLE).number
        return None if n is None or not d else n / d

    return share


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
