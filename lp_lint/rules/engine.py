"""Which texts apply to a maquette, and running their rules over it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from lp_lint.findings import Finding, Severity
from lp_lint.i18n import Message, msg
from lp_lint.model.records import Maquette
from lp_lint.programme.paths import StudentPath, student_paths
from lp_lint.pseudo_rules import (
    BEFORE_RENEWAL,
    INCOMPLETE,
    INTERNAL_ERROR,
    NO_YEAR,
    NOT_LICENCE_PRO,
    OUT_OF_FORCE,
    PERIOD_FIRST_YEAR,
    TRANSITION_YEAR,
    PseudoRule,
)
from lp_lint.reading.sourcemap import SourceMap
from lp_lint.rules.entities import ScopedEntities
from lp_lint.rules.packs import Pack, Rule
from lp_lint.rules.path_findings import merge_paths
from lp_lint.rules.prepared import prepared_rules
from lp_lint.rules.quantities import Missing

MAX_RELATED = 50
"""SARIF keeps 100 locations per result; 50 terms are enough to show where a sum comes from."""

RENTREE = (9, 1)
"""An academic year is judged by the texts in force on its first day, taken as 1 September."""


class Selection(NamedTuple):
    packs: tuple[Pack, ...]
    regime: str | None
    day: dt.date | None
    findings: tuple[Finding, ...] = ()


@dataclass
class Evaluation:
    findings: list[Finding] = field(default_factory=list)
    internal_error: bool = False


def year_start(annee: str | None) -> dt.date | None:
    return dt.date(int(annee[:4]), *RENTREE) if annee else None


def judged_year(maquette: Maquette) -> str | None:
    """The academic year judged: the one the maquette describes, else the first year of its
    accreditation period (never the date of the run)."""
    formation = maquette.formation
    if formation.annee_universitaire:
        return formation.annee_universitaire
    return formation.accreditation.debut if formation.accreditation else None


def is_licence_pro(maquette: Maquette) -> bool:
    """Only a licence professionnelle is judged; another diploma gets R006 and nothing else."""
    return maquette.formation.diplome == "licence_professionnelle"


def select_packs(
    maquette: Maquette,
    packs: tuple[Pack, ...],
    source_map: SourceMap,
    regime_override: str | None = None,
    today: dt.date | None = None,
) -> Selection:
    """Packs in force for the maquette's academic year; the regime named explicitly wins.

    Only a licence professionnelle is judged: another diploma gets one finding and no rule."""
    if not is_licence_pro(maquette):
        values: dict[str, object] = {"diplome": maquette.formation.diplome}
        note = _note(
            NOT_LICENCE_PRO,
            Severity.ERROR,
            "not_lp",
            source_map,
            values,
        )
        return Selection((), None, year_start(judged_year(maquette)), (note,))
    regime = regime_override or maquette.formation.regime
    day = year_start(judged_year(maquette))
    regime_packs: dict[str, Pack] = {p.source.regime: p for p in packs if p.source.regime}
    notes: list[Finding] = []
    if day is None:
        named = regime_packs.get(regime) if regime else None
        day = (named.source.in_force.until if named else None) or today or dt.date.today()
        if regime is None:
            notes.append(_note(NO_YEAR, Severity.WARNING, "no_year", source_map, {}))
    elif maquette.formation.annee_universitaire is None:
        notes.append(_period_note(maquette, packs, regime, source_map))
    if regime is None:
        matching = _regimes_in_force(regime_packs, day)
        if len(matching) > 1:
            notes.append(
                _note(
                    TRANSITION_YEAR,
                    Severity.INFO,
                    "transition",
                    source_map,
                    {"choisi": matching[0].id, "autre": matching[1].id},
                )
            )
        regime = matching[0].source.regime if matching else None
    elif regime in regime_packs and not regime_packs[regime].source.in_force.covers(day):
        notes.append(
            _note(
                OUT_OF_FORCE,
                Severity.WARNING,
                "out_of_force",
                source_map,
                {"regime": regime, "annee": judged_year(maquette) or ""},
            )
        )
    chosen = _packs_on(packs, day, regime)
    waiting = [p for p in chosen if _before_renewal(p, maquette)]
    for pack in waiting:
        notes.append(_renewal_note(pack, maquette, source_map))
    return Selection(tuple(p for p in chosen if p not in waiting), regime, day, tuple(notes))


def _regimes_in_force(regime_packs: Mapping[str, Pack], day: dt.date) -> list[Pack]:
    return sorted(
        (p for p in regime_packs.values() if p.source.in_force.covers(day)),
        key=lambda p: p.source.in_force.since,
    )


def _packs_on(packs: tuple[Pack, ...], day: dt.date, regime: str | None) -> tuple[Pack, ...]:
    """The packs without a regime that are in force on `day`, and the regime's pack."""
    return tuple(
        p
        for p in packs
        if (p.source.regime is None and p.source.in_force.covers(day))
        or (p.source.regime is not None and p.source.regime == regime)
    )


def _before_renewal(pack: Pack, maquette: Maquette) -> bool:
    """A text that applies "at the latest at the renewal of the accreditation" does not yet bind
    a maquette whose accreditation began before the text's first year."""
    period = maquette.formation.accreditation
    start = year_start(period.debut) if period else None
    return bool(pack.source.in_force.from_renewal and start and start < pack.source.in_force.since)


def _renewal_note(pack: Pack, maquette: Maquette, source_map: SourceMap) -> Finding:
    period = maquette.formation.accreditation
    assert period is not None
    values: dict[str, object] = {
        "pack": pack.id,
        "debut": period.debut,
        "depuis": str(pack.source.in_force.since),
    }
    return _note(
        BEFORE_RENEWAL,
        Severity.INFO,
        "before_renewal",
        source_map,
        values,
    )


def _period_note(
    maquette: Maquette,
    packs: tuple[Pack, ...],
    regime: str | None,
    source_map: SourceMap,
) -> Finding:
    """A period judged by its first year: say so, and say from which year other texts apply."""
    period = maquette.formation.accreditation
    assert period is not None
    first, last = int(period.debut[:4]), int(period.fin[:4])
    regime_packs: dict[str, Pack] = {p.source.regime: p for p in packs if p.source.regime}

    def texts(year: int) -> set[str]:
        day = dt.date(year, *RENTREE)
        chosen = regime or next(
            (p.source.regime for p in _regimes_in_force(regime_packs, day)), None
        )
        return {p.id for p in _packs_on(packs, day, chosen)}

    changes = [f"{y}-{y + 1}" for y in range(first + 1, last + 1) if texts(y) != texts(y - 1)]
    values: dict[str, object] = {
        "debut": period.debut,
        "fin": period.fin,
        "changements": ", ".join(changes),
    }
    if changes:
        return _note(
            PERIOD_FIRST_YEAR,
            Severity.WARNING,
            "period_changes",
            source_map,
            values,
        )
    return _note(
        PERIOD_FIRST_YEAR,
        Severity.INFO,
        "period",
        source_map,
        values,
    )


def evaluate(
    maquette: Maquette,
    selection: Selection,
    source_map: SourceMap,
    readings: Mapping[str, str],
    extra_values: Mapping[str, tuple[str, ...]] | None = None,
) -> Evaluation:
    """Every rule in force over every student path (one path when the maquette has no choice).

    `extra_values` are the configuration's lists by name; a rule that names one (`etendue_par`)
    accepts its values besides its own."""
    result = Evaluation(list(selection.findings))
    judged: list[tuple[StudentPath, list[Finding]]] = []
    for path in student_paths(maquette):
        found = Evaluation()
        scoped = ScopedEntities(path.maquette)
        for rule, params in prepared_rules(selection.packs, selection.day, readings, extra_values):
            _run_rule(rule, params, path, scoped, source_map, found)
        judged.append((path, found.findings))
        result.internal_error |= found.internal_error
    result.findings.extend(merge_paths(judged))
    return result


def _run_rule(
    rule: Rule,
    params: Any,
    path: StudentPath,
    scoped: ScopedEntities,
    source_map: SourceMap,
    result: Evaluation,
) -> None:
    missing: list[Missing] = []
    place = path.original
    try:
        for entity in scoped[rule.source.scope]:
            outcome = rule.check.run(path.maquette, entity, params)
            missing.extend(m._replace(path=place(m.path)) for m in outcome.missing)
            for hit in outcome.hits:
                texts = rule.source.message[hit.case]
                message = Message(f"{rule.id}:{hit.case}", texts.fr, texts.en, hit.values)
                result.findings.append(
                    Finding(
                        rule.id,
                        rule.code,
                        rule.severity,
                        message,
                        source_map.finding_span(place(hit.path)),
                        place(hit.path),
                        rule.reference,
                        related=tuple(
                            source_map.finding_span(place(p)) for p in hit.related[:MAX_RELATED]
                        ),
                    )
                )
    except Exception as error:  # a bug in one rule must not stop the others
        result.internal_error = True
        result.findings.append(
            Finding(
                INTERNAL_ERROR.id,
                INTERNAL_ERROR.code,
                Severity.ERROR,
                msg("rule.internal", rule=rule.id, error=repr(error)),
            )
        )
        return
    if missing:
        result.findings.append(_incomplete(rule, missing, source_map))


def _incomplete(rule: Rule, missing: list[Missing], source_map: SourceMap) -> Finding:
    keys = list(dict.fromkeys(m.key for m in missing))
    shown = ", ".join(keys[:3]) + (" …" if len(keys) > 3 else "")
    title = Message(f"{rule.id}:title", rule.source.title.fr, rule.source.title.en)
    message = msg("rule.incomplete", code=rule.code, title=title, keys=shown)
    path = missing[0].path
    return Finding(
        INCOMPLETE.id, INCOMPLETE.code, Severity.INFO, message, source_map.key_span(path), path
    )


def _note(
    pseudo: PseudoRule,
    severity: Severity,
    key: str,
    source_map: SourceMap,
    values: dict[str, object],
) -> Finding:
    path = ("formation",)
    return Finding(
        pseudo.id,
        pseudo.code,
        severity,
        msg(f"regime.{key}", **values),
        source_map.key_span(path),
        path,
    )
