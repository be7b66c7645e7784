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
from lp_lint.i18n import Lang, format_value, render
from lp_lint.model.records import Derogation, Maquette
from lp_lint.pseudo_rules import (
    DEROGATION_AUTHORITY,
    DEROGATION_EXPIRED,
    DEROGATION_LATE,
    DEROGATION_UNKNOWN_RULE,
    DEROGATION_UNUSED,
)
from lp_lint.reading.sourcemap import SourceMap
from lp_lint.rules.packs import Pouvoir


def apply_derogations(
    findings: list[Finding],
    maquette: Maquette,
    source_map: SourceMap,
    lang: Lang,
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
        path = ("derogations", index)
        if code is None:
            notes.append(
                _note(
                    DEROGATION_UNKNOWN_RULE.id,
                    DEROGATION_UNKNOWN_RULE.code,
                    "unknown",
                    (*path, "regle"),
                    source_map,
                    lang,
                    {"regle": derogation.regle},
                )
            )
        elif derogation.date_fin is not None and derogation.date_fin < day:
            notes.append(
                _note(
                    DEROGATION_EXPIRED.id,
                    DEROGATION_EXPIRED.code,
                    "expired",
                    (*path, "date_fin"),
                    source_map,
                    lang,
                    {"regle": derogation.regle, "fin": derogation.date_fin.isoformat()},
                )
            )
        elif derogation.date_decision > _year_end(day):
            notes.append(
                _note(
                    DEROGATION_LATE.id,
                    DEROGATION_LATE.code,
                    "late",
                    (*path, "date_decision"),
                    source_map,
                    lang,
                    {"regle": derogation.regle, "decision": derogation.date_decision.isoformat()},
                )
            )
        elif waivers is not None and not _may_waive(derogation, waivers.get(code, ()), day):
            allowed = _authorities(waivers.get(code, ()), day, lang)
            notes.append(
                _note(
                    DEROGATION_AUTHORITY.id,
                    DEROGATION_AUTHORITY.code,
                    "authority",
                    (*path, "autorite"),
                    source_map,
                    lang,
                    {
                        "regle": derogation.regle,
                        "autorite": AUTHORITY_NAMES[derogation.autorite][lang],
                        "pouvoirs": allowed,
                    },
                )
            )
        else:
            active.append((index, derogation, code))
    used: set[int] = set()
    result = [_waive(f, active, used) for f in findings]
    for index, derogation, _ in active:
        if index not in used:
            notes.append(
                _note(
                    DEROGATION_UNUSED.id,
                    DEROGATION_UNUSED.code,
                    "unused",
                    ("derogations", index),
                    source_map,
                    lang,
                    {"regle": derogation.regle},
                )
            )
    return result + notes


def _year_end(day: dt.date) -> dt.date:
    """The last day of the academic year that begins on `day`."""
    return day.replace(year=day.year + 1) - dt.timedelta(days=1)


def _may_waive(derogation: Derogation, powers: tuple[Pouvoir, ...], day: dt.date) -> bool:
    return any(
        p.autorite == derogation.autorite and (p.depuis is None or p.depuis <= day) for p in powers
    )


def _authorities(powers: tuple[Pouvoir, ...], day: dt.date, lang: Lang) -> str:
    names = [
        AUTHORITY_NAMES[p.autorite][lang] for p in powers if p.depuis is None or p.depuis <= day
    ]
    return ", ".join(names) or _NOBODY[lang]


AUTHORITY_NAMES: dict[str, dict[Lang, str]] = {
    "etablissement": {"fr": "l'établissement", "en": "the institution"},
    "recteur": {"fr": "le recteur de région académique", "en": "the regional rector"},
    "ministre": {
        "fr": "le ministre (habilitation, accréditation)",
        "en": "the minister (accreditation)",
    },
}
_NOBODY: dict[Lang, str] = {
    "fr": "aucune autorité (un décret ou une loi ne se déroge pas dans la maquette)",
    "en": "no authority (a decree or a statute is not waived in a maquette)",
}


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
    rule_id: str,
    code: str,
    key: str,
    path: tuple[str | int, ...],
    source_map: SourceMap,
    lang: Lang,
    values: dict[str, object],
) -> Finding:
    message = render(_TEXTS[key][lang], {k: format_value(v, lang) for k, v in values.items()}, lang)
    return Finding(rule_id, code, Severity.WARNING, message, source_map.finding_span(path), path)


_TEXTS: dict[str, dict[Lang, str]] = {
    "unknown": {
        "fr": "dérogation à « {regle} », qui n'est ni un code ni un identifiant de règle (voir lp-lint rules)",
        "en": "dérogation to '{regle}', which is neither a rule code nor a rule id (see lp-lint rules)",
    },
    "expired": {
        "fr": "la dérogation à {regle} a pris fin le {fin}, avant l'année jugée : elle ne s'applique plus (renouvelez-la ou retirez-la)",
        "en": "the dérogation to {regle} ended on {fin}, before the year judged: it no longer applies (renew or remove it)",
    },
    "late": {
        "fr": "la dérogation à {regle} a été décidée le {decision}, après l'année jugée : elle ne s'applique pas à cette année",
        "en": "the dérogation to {regle} was decided on {decision}, after the year judged: it does not apply to that year",
    },
    "authority": {
        "fr": "la dérogation à {regle} est décidée par {autorite}, qui ne peut pas lever cette règle cette année-là ; peut y déroger : {pouvoirs}",
        "en": "the dérogation to {regle} is decided by {autorite}, who cannot waive that rule that year; may waive it: {pouvoirs}",
    },
    "unused": {
        "fr": "la dérogation à {regle} ne couvre aucun constat : retirez-la si elle n'a plus d'objet",
        "en": "the dérogation to {regle} covers no finding: remove it if it is no longer needed",
    },
}
