"""The conflicts as findings (codes N001–N009, N012, N013: "incohérence"), in the reader's language."""

from __future__ import annotations

from lp_lint.findings import Finding, Severity
from lp_lint.i18n import Lang, render
from lp_lint.programme.coherence import Conflict
from lp_lint.pseudo_rules import (
    ANNEE_IMPOSSIBLE,
    CODE_EN_DOUBLE,
    CONTRAT_SANS_HEURES,
    JURY_IMPOSSIBLE,
    PARCOURS_SANS_ECTS,
    PSEUDO_RULES,
    TOO_MANY_PATHS,
    TOTAL_BELOW_TYPES,
    TWICE_ECTS_UE,
    TWICE_HEURES_PROFESSIONNELS,
    TWICE_HEURES_PROJET,
    TWICE_HEURES_UE,
    TWICE_STAGE,
    TWICE_STAGE_FRACTIONNE,
)
from lp_lint.reading.sourcemap import SourceMap

TWICE = frozenset(
    {
        TWICE_HEURES_PROJET.code,
        TWICE_HEURES_PROFESSIONNELS.code,
        TWICE_STAGE.code,
        TWICE_ECTS_UE.code,
        TOTAL_BELOW_TYPES.code,
        TWICE_HEURES_UE.code,
        TWICE_STAGE_FRACTIONNE.code,
    }
)
"""One fact stated twice: the rules that need it wait until both statements agree."""

_UNKNOWN = {
    "fr": " ; les règles qui en dépendent ne sont pas vérifiées tant que les deux ne concordent pas",
    "en": "; the rules that depend on it are not checked until both agree",
}

_AT_LEAST: dict[Lang, str] = {"fr": "au moins ", "en": "at least "}
"""Some terms of the sum are not given: the figure shown is what the others add up to."""

MESSAGES: dict[str, dict[Lang, str]] = {
    TWICE_HEURES_PROJET.code: {
        "fr": "projet_tuteure.heures indique {bloc} h mais les UE en portent {partiel}{ues} h : une des "
        "deux valeurs est fausse",
        "en": "projet_tuteure.heures says {bloc} h but the UEs carry {partiel}{ues} h: one of them is wrong",
    },
    TWICE_HEURES_PROFESSIONNELS.code: {
        "fr": "equipe.heures_professionnels indique {total} h mais les enseignements en "
        "déclarent {partiel}{elements} h : une des deux valeurs est fausse",
        "en": "equipe.heures_professionnels says {total} h but the courses declare {partiel}{elements} h: "
        "one of them is wrong",
    },
    TWICE_STAGE.code: {
        "fr": "le stage dure {heures} h, soit {equivalent} semaines à {hebdo} h par semaine, mais "
        "stage.semaines indique {semaines} : une des deux valeurs est fausse",
        "en": "the stage lasts {heures} h, {equivalent} weeks at {hebdo} h a week, but "
        "stage.semaines says {semaines}: one of them is wrong",
    },
    TWICE_ECTS_UE.code: {
        "fr": "l'UE {ue} porte {ects} ECTS mais ses EC en totalisent {partiel}{somme} : une des deux "
        "valeurs est fausse",
        "en": "UE {ue} carries {ects} ECTS but its ECs total {partiel}{somme}: one of them is wrong",
    },
    JURY_IMPOSSIBLE.code: {
        "fr": "le jury compte {professionnels} professionnels pour {membres} membres : il ne peut "
        "pas y avoir plus de professionnels que de membres",
        "en": "the jury has {professionnels} professionals among {membres} members: there cannot "
        "be more professionals than members",
    },
    PARCOURS_SANS_ECTS.code: {
        "fr": "un parcours de 0 ECTS est impossible : indiquez ses ECTS (60, 120 ou 180 depuis 2019)",
        "en": "a parcours of 0 ECTS is impossible: give its ECTS (60, 120 or 180 since 2019)",
    },
    ANNEE_IMPOSSIBLE.code: {
        "fr": "l'année {annee} est impossible : une année universitaire va d'une année à la "
        "suivante (« 2020-2021 ») et une période commence avant de finir",
        "en": "year {annee} is impossible: an academic year runs from one year to the next "
        "('2020-2021') and a period starts before it ends",
    },
    CONTRAT_SANS_HEURES.code: {
        "fr": "un contrat de {type} de 0 heure est impossible : indiquez sa durée en heures, ou "
        "en mois et heures par semaine",
        "en": "a {type} contract of 0 hours is impossible: give its length in hours, or in months "
        "and weekly hours",
    },
    TWICE_HEURES_UE.code: {
        "fr": "l'UE {ue} indique {heures} h ({type}) mais ses EC en portent {partiel}{somme} h : une "
        "des deux valeurs est fausse (les heures d'une UE qui a des EC sont celles de ses EC)",
        "en": "UE {ue} says {heures} h ({type}) but its ECs carry {partiel}{somme} h: one of them is "
        "wrong (the hours of a UE with ECs are those of its ECs)",
    },
    TWICE_STAGE_FRACTIONNE.code: {
        "fr": "le stage fractionné fait {jours} jours par semaine sur {sur} semaines, soit "
        "{equivalent} semaines à temps plein, mais sa durée dite autrement en fait {autre} : une "
        "des deux valeurs est fausse",
        "en": "the split stage is {jours} days a week over {sur} weeks, {equivalent} full-time "
        "weeks, but its length stated otherwise is {autre} weeks: one of them is wrong",
    },
    CODE_EN_DOUBLE.code: {
        "fr": "le code « {code} » est déjà celui d'une autre UE ou d'un autre EC : chaque code est "
        "unique dans la maquette",
        "en": "code '{code}' already names another UE or EC: each code is unique in the maquette",
    },
    TOO_MANY_PATHS.code: {
        "fr": "les choix de la maquette ouvrent plus de {max} parcours d'étudiant : seuls les {max} "
        "premiers sont vérifiés, et la maquette ne peut pas être déclarée conforme",
        "en": "the maquette's choices open more than {max} student paths: only the first {max} "
        "are checked, and the maquette cannot be declared compliant",
    },
    TOTAL_BELOW_TYPES.code: {
        "fr": "heures.total indique {total} h mais les heures par type en totalisent {types} : une "
        "des deux valeurs est fausse",
        "en": "heures.total says {total} h but the hours by type add up to {types}: one of them "
        "is wrong",
    },
}


def conflict_findings(
    conflicts: tuple[Conflict, ...], source_map: SourceMap, lang: Lang
) -> list[Finding]:
    findings = []
    for conflict in conflicts:
        partial = _AT_LEAST[lang] if conflict.values.get("partiel") else ""
        message = render(
            MESSAGES[conflict.code][lang], {**conflict.values, "partiel": partial}, lang
        )
        if conflict.code in TWICE:
            message += _UNKNOWN[lang]
        findings.append(
            Finding(
                PSEUDO_RULES[conflict.code].id,
                conflict.code,
                Severity.ERROR,
                message,
                source_map.finding_span(conflict.path),
                conflict.path,
                related=tuple(source_map.finding_span(p) for p in conflict.related),
            )
        )
    return findings
