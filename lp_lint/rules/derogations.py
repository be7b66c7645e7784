"""Dérogations: exceptions granted by the university, recorded in the maquette.

A dérogation names a rule (code or id), optionally one UE (`portee`), its reason, the body and
date of the decision, and an end date. A finding it covers is reported as waived and does not
fail; an expired dérogation waives nothing and is itself a finding, as is one that covers nothing.
A dérogation is in force for an academic year when it has not ended before that year began,
and applies only when decided by the end of that year (a later decision cannot waive it), by an
authority the rule's text lets waive it: an establishment cannot waive a decree or the Code du
travail; a ministerial accreditation can waive what the arrêté leaves to it (see each pack's
`derogeable_par`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from lp_lint.findings import Finding, Severity
from lp_lint.i18n import Message, joined, msg, plain
from lp_lint.model.records import Derogation, Maquette
from lp_lint.pseudo_rules import (
    DEROGATION_AUTHORITY,
    DEROGATION_EXPIRED,
    DEROGATION_LATE,
    DEROGATION_UNKNOWN_RULE,
    DEROGATION_UNUSED,
    PseudoRule,
)
from lp_lint.reading.sourcemap import SourceMap
from lp_lint.rules.records import Pouvoir


def apply_derogations(
    findings: list[Finding],
    maquette: Maquette,
    source_map: SourceMap,
    day: dt.date,
    rule_codes: Mapping[str, str],
    waivers: Mapping[str, tuple[Pouvoir, ...]] | None = None,
) -> list[Finding]:
    """Mark covered findings as waived and add findings about the dérogations themselves.

    `day` is the first day of the academic year judged; `rule_codes` maps ids and codes to codes;
    `waivers` maps codes to the authorities that may waive them (absent: any).
    """
    notes: list[Finding] = []
    active: list[tuple[int, Derogation, str]] = []
    for index, derogation in enumerate(maquette.derogations):
        code = rule_codes.get(derogation.regle)
        problem = _problem(derogation, code, day, waivers)
        if problem is not None:
            pseudo, key, field, values = problem
            path = ("derogations", index, field)
            notes.append(
                _note(pseudo, key, path, source_map, {"regle": derogation.regle, **values})
            )
        elif code is not None:
            active.append((index, derogation, code))
    used: set[int] = set()
    result = [_waive(f, active, used) for f in findings]
    for index, derogation, _ in active:
        if index not in used:
            values = {"regle": derogation.regle}
            notes.append(
                _note(DEROGATION_UNUSED, "unused", ("derogations", index), source_map, values)
            )
    return result + notes


def _problem(
    derogation: Derogation,
    code: str | None,
    day: dt.date,
    waivers: Mapping[str, tuple[Pouvoir, ...]] | None,
) -> tuple[PseudoRule, str, str, dict[str, object]] | None:
    """Why a dérogation waives nothing in the year that begins on `day` (its note, the field
    it is about, the note's values), or None when it applies."""
    if code is None:
        return DEROGATION_UNKNOWN_RULE, "unknown", "regle", {}
    if derogation.date_fin is not None and derogation.date_fin < day:
        return DEROGATION_EXPIRED, "expired", "date_fin", {"fin": derogation.date_fin.isoformat()}
    if derogation.date_decision > _year_end(day):
        decision = derogation.date_decision.isoformat()
        return DEROGATION_LATE, "late", "date_decision", {"decision": decision}
    if waivers is not None and not _may_waive(derogation, waivers.get(code, ()), day):
        values: dict[str, object] = {
            "autorite": msg(f"authority.{derogation.autorite}"),
            "pouvoirs": _authorities(waivers.get(code, ()), day),
        }
        return DEROGATION_AUTHORITY, "authority", "autorite", values
    return None


def _year_end(day: dt.date) -> dt.date:
    """The last day of the academic year that begins on `day`."""
    return day.replace(year=day.year + 1) - dt.timedelta(days=1)


def _may_waive(derogation: Derogation, powers: tuple[Pouvoir, ...], day: dt.date) -> bool:
    return any(
        p.autorite == derogation.autorite and (p.depuis is None or p.depuis <= day) for p in powers
    )


def _authorities(powers: tuple[Pouvoir, ...], day: dt.date) -> Message:
    names = [msg(f"authority.{p.autorite}") for p in powers if p.depuis is None or p.depuis <= day]
    return joined(names, plain(", ")) if names else msg("authority.nobody")


def _waive(finding: Finding, active: list[tuple[int, Derogation, str]], used: set[int]) -> Finding:
    if finding.reference is None:
        return finding
    for index, derogation, code in active:
        scoped = derogation.portee is None or f"[{derogation.portee}]" in finding.key
        if code == finding.code and scoped:
            used.add(index)
            label = f"derogations[{index}] ({derogation.instance}, {derogation.date_decision.isoformat()})"
            return finding._replace(waived_by=label)
    return finding


def _note(
    pseudo: PseudoRule,
    key: str,
    path: tuple[str | int, ...],
    source_map: SourceMap,
    values: dict[str, object],
) -> Finding:
    message = msg(f"derogation.{key}", **values)
    span = source_map.finding_span(path)
    return Finding(pseudo.id, pseudo.code, Severity.WARNING, message, span, path)
