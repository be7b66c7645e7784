"""What running lp-lint says beyond the findings of a maquette: baselines, git versions, rule
packs that do not load, the versions `diff` and `report` compare."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lp_lint.i18n import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    "baseline.stale": {
        "fr": "résolu depuis la référence : {code} sur {key} ({message}) ; mettez la référence à jour (--write-baseline)",
        "en": "resolved since the baseline: {code} on {key} ({message}); update the baseline (--write-baseline)",
    },
    "baseline.resolved": {
        "fr": "résolu par la modification depuis {ref} : {code} sur {key} ({message})",
        "en": "resolved by the change since {ref}: {code} on {key} ({message})",
    },
    "baseline.json": {
        "fr": "{where} : JSON illisible : {problem}",
        "en": "{where}: unreadable JSON: {problem}",
    },
    "baseline.not_baseline": {
        "fr": "{path} : pas un fichier de référence lp-lint (format {format}, version 1)",
        "en": "{path}: not an lp-lint baseline file (format {format}, version 1)",
    },
    "baseline.bad_entries": {
        "fr": "{path} : entrées de référence mal formées",
        "en": "{path}: malformed baseline entries",
    },
    "baseline.bad_ref": {"fr": "référence git invalide : {ref}", "en": "invalid git ref: {ref}"},
    "baseline.git": {"fr": "git : {problem}", "en": "git: {problem}"},
    "baseline.git_show": {"fr": "git show {spec} : {problem}", "en": "git show {spec}: {problem}"},
    "pack.extends": {
        "fr": "extends : pack « {pack} » introuvable ; connus : {known}",
        "en": "extends: pack '{pack}' not found; known: {known}",
    },
    "pack.unknown_check": {
        "fr": "vérification inconnue « {check} » ; connues : {known}",
        "en": "unknown check '{check}'; known: {known}",
    },
    "pack.default_reading": {"fr": "défaut", "en": "default"},
    "pack.bad_params": {
        "fr": "paramètres invalides ({reading}) : {error}",
        "en": "invalid params ({reading}): {error}",
    },
    "pack.undefined_default": {
        "fr": "lecture par défaut « {reading} » non définie dans readings",
        "en": "default reading '{reading}' is not defined in readings",
    },
    "pack.missing_message": {
        "fr": "message manquant pour le cas « {case} »",
        "en": "no message for case '{case}'",
    },
    "pack.unknown_case": {
        "fr": "cas « {case} » inconnu de la vérification {check}",
        "en": "case '{case}' is unknown to check {check}",
    },
    "pack.unknown_placeholders": {
        "fr": "message {case}/{lang} : variables inconnues {names}",
        "en": "message {case}/{lang}: unknown placeholders {names}",
    },
    "pack.bad_placeholders": {
        "fr": "message {case}/{lang} : variables mal formées {names}",
        "en": "message {case}/{lang}: malformed placeholders {names}",
    },
    "pack.scope": {
        "fr": "la quantité {quantity} porte sur « {scope} », la règle sur « {rule} »",
        "en": "quantity {quantity} is about '{scope}', the rule about '{rule}'",
    },
    "pack.own_ue_scope": {
        "fr": "la vérification own-ue porte sur toute la maquette (scope: maquette)",
        "en": "check own-ue is about the whole maquette (scope: maquette)",
    },
    "version.not_at_ref": {
        "fr": "{name} n'existe pas à la référence {ref}",
        "en": "{name} does not exist at ref {ref}",
    },
    "version.unreadable": {
        "fr": "{label} n'est pas une maquette lisible : ",
        "en": "{label} is not a readable maquette: ",
    },
}
