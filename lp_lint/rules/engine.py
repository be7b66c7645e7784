"""Which texts apply to a maquette, and running their rules over it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from lp_lint.findings import Finding, Severity
from lp_lint.i18n import Lang, render
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
)
from lp_lint.reading.sourcemap import SourceMap
from lp_lint.rules.entities import entities
from lp_lint.rules.packs import Pack, Rule
from lp_lint.rules.path_findings import merge_paths
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
    lang: Lang,
    regime_override: str | None = None,
    today: dt.date | None = None,
) -> Selection:
    """Packs in force for the maquette's academic year; the regime named explicitly wins.

    Only a licence professionnelle is judged: another diploma gets one finding and no rule."""
    if not is_licence_pro(maquette):
        values: dict[str, object] = {"diplome": maquette.formation.diplome}
        note = _note(
            NOT_LICENCE_PRO.id,
            NOT_LICENCE_PRO.code,
            Severity.ERROR,
            "not_lp",
            source_map,
            lang,
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
            notes.append(
                _note(NO_YEAR.id, NO_YEAR.code, Severity.WARNING, "no_year", source_map, lang, {})
            )
    elif maquette.formation.annee_universitaire is None:
        notes.append(_period_note(maquette, packs, regime, source_map, lang))
    if regime is None:
        matching = _regimes_in_force(regime_packs, day)
        if len(matching) > 1:
            notes.append(
                _note(
                    TRANSITION_YEAR.id,
                    TRANSITION_YEAR.code,
                    Severity.INFO,
                    "transition",
                    source_map,
                    lang,
                    {"choisi": matching[0].id, "autre": matching[1].id},
                )
            )
        regime = matching[0].source.regime if matching else None
    elif regime in regime_packs and not regime_packs[regime].source.in_force.covers(day):
        notes.append(
            _note(
                OUT_OF_FORCE.id,
                OUT_OF_FORCE.code,
                Severity.WARNING,
                "out_of_force",
                source_map,
                lang,
                {"regime": regime, "annee": judged_year(maquette) or ""},
            )
        )
    chosen = _packs_on(packs, day, regime)
    waiting = [p for p in chosen if _before_renewal(p, maquette)]
    for pack in waiting:
        notes.append(_renewal_note(pack, maquette, source_map, lang))
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


def _renewal_note(pack: Pack, maquette: Maquette, source_map: SourceMap, lang: Lang) -> Finding:
    period = maquette.formation.accreditation
    assert period is not None
    values: dict[str, object] = {
        "pack": pack.id,
        "debut": period.debut,
        "depuis": str(pack.source.in_force.since),
    }
    return _note(
        BEFORE_RENEWAL.id,
        BEFORE_RENEWAL.code,
        Severity.INFO,
        "before_renewal",
        source_map,
        lang,
        values,
    )


def _period_note(
    maquette: Maquette,
    packs: tuple[Pack, ...],
    regime: str | None,
    source_map: SourceMap,
    lang: Lang,
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
            PERIOD_FIRST_YEAR.id,
            PERIOD_FIRST_YEAR.code,
            Severity.WARNING,
            "period_changes",
            source_map,
            lang,
            values,
        )
    return _note(
        PERIOD_FIRST_YEAR.id,
        PERIOD_FIRST_YEAR.code,
        Severity.INFO,
        "period",
        source_map,
        lang,
        values,
    )


def evaluate(
    maquette: Maquette,
    selection: Selection,
    source_map: SourceMap,
    lang: Lang,
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
        for pack in selection.packs:
            for undated in pack.rules:
                rule = undated.at(selection.day)
                if rule is not None:
                    extension = rule.source.etendue_par
                    extra = (extra_values or {}).get(extension, ()) if extension else ()
                    _run_rule(rule, path, source_map, lang, readings, found, extra)
        judged.append((path, found.findings))
        result.internal_error |= found.internal_error
    result.findings.extend(merge_paths(judged, lang))
    return result


def _run_rule(
    rule: Rule,
    path: StudentPath,
    source_map: SourceMap,
    lang: Lang,
    readings: Mapping[str, str],
    result: Evaluation,
    extra: tuple[str, ...] = (),
) -> None:
    params = rule.check.extended(rule.params[rule.reading(dict(readings)) or ""], extra)
    missing: list[Missing] = []
    place = path.original
    try:
        for entity in entities(path.maquette, rule.source.scope):
            outcome = rule.check.run(path.maquette, entity, params, lang)
            missing.extend(m._replace(path=place(m.path)) for m in outcome.missing)
            for hit in outcome.hits:
                message = render(rule.source.message[hit.case].get(lang), hit.values, lang)
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
                render(_TEXTS["internal"][lang], {"rule": rule.id, "error": repr(error)}, lang),
            )
        )
        return
    if missing:
        result.findings.append(_incomplete(rule, missing, source_map, lang))


def _incomplete(rule: Rule, missing: list[Missing], source_map: SourceMap, lang: Lang) -> Finding:
    keys = list(dict.fromkeys(m.key for m in missing))
    shown = ", ".join(keys[:3]) + (" …" if len(keys) > 3 else "")
    message = render(
        _TEXTS["incomplete"][lang],
        {"code": rule.code, "title": rule.source.title.get(lang), "keys": shown},
        lang,
    )
    path = missing[0].path
    return Finding(
        INCOMPLETE.id, INCOMPLETE.code, Severity.INFO, message, source_map.key_span(path), path
    )


def _note(
    rule_id: str,
    code: str,
    severity: Severity,
    key: str,
    source_map: SourceMap,
    lang: Lang,
    values: dict[str, object],
) -> Finding:
    path = ("formation",)
    return Finding(
        rule_id,
        code,
        severity,
        render(_TEXTS[key][lang], values, lang),
        source_map.key_span(path),
        path,
    )


_TEXTS: dict[str, dict[Lang, str]] = {
    "incomplete": {
        "fr": "{code} ({title}) n'a pas pu être vérifiée : à renseigner : {keys}",
        "en": "{code} ({title}) could not be checked: fill in {keys}",
    },
    "internal": {
        "fr": "erreur interne dans la règle {rule} : {error} ; les autres règles ont été appliquées",
        "en": "internal error in rule {rule}: {error}; the other rules were applied",
    },
    "no_year": {
        "fr": "ni formation.annee_universitaire ni formation.regime : les textes applicables sont "
        "choisis à la date du jour ; renseignez l'année universitaire",
        "en": "neither formation.annee_universitaire nor formation.regime: the texts in force "
        "today are applied; give the academic year",
    },
    "transition": {
        "fr": "année de transition entre deux régimes : {choisi} appliqué ; pour {autre}, "
        "écrivez formation.regime: {autre}",
        "en": "transition year between two regimes: {choisi} applied; for {autre}, write "
        "formation.regime: {autre}",
    },
    "not_lp": {
        "fr": "formation.diplome vaut « {diplome} » : lp-lint ne vérifie que les licences "
        "professionnelles et n'a appliqué aucune règle à cette maquette (elle n'est pas jugée "
        "conforme pour autant)",
        "en": "formation.diplome is '{diplome}': lp-lint checks licences professionnelles only and "
        "applied no rule to this maquette (which is not judged compliant either)",
    },
    "period": {
        "fr": "sans formation.annee_universitaire, la période d'accréditation {debut} à {fin} est "
        "jugée sur sa première année, {debut}, dont les textes valent pour toute la période",
        "en": "without formation.annee_universitaire, the accreditation period {debut} to {fin} "
        "is judged on its first year, {debut}, whose texts hold for the whole period",
    },
    "period_changes": {
        "fr": "sans formation.annee_universitaire, la période d'accréditation {debut} à {fin} est "
        "jugée sur sa première année, {debut} ; d'autres textes s'appliquent à partir de "
        "{changements} : vérifiez aussi une maquette par année (annee_universitaire)",
        "en": "without formation.annee_universitaire, the accreditation period {debut} to {fin} "
        "is judged on its first year, {debut}; other texts apply from {changements}: also check "
        "one maquette per year (annee_universitaire)",
    },
    "before_renewal": {
        "fr": "{pack} ne s'applique pas : ce texte vaut à partir du {depuis} et au plus tard au "
        "renouvellement de l'accréditation, et celle de la formation court depuis {debut}",
        "en": "{pack} does not apply: that text holds from {depuis} and at the latest at the "
        "renewal of the accreditation, and the programme's accreditation runs since {debut}",
    },
    "out_of_force": {
        "fr": "le régime {regime} n'était pas en vigueur en {annee} : vérifiez formation.regime",
        "en": "regime {regime} was not in force in {annee}: check formation.regime",
    },
}
