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
    "version.not_at_ref": {
        "fr": "{name} n'existe pas à la référence {ref}",
        "en": "{name} does not exist at ref {ref}",
    },
    "version.unreadable": {
        "fr": "{label} n'est pas une maquette lisible : ",
        "en": "{label} is not a readable maquette: ",
    },
    "inline.U001": {
        "fr": "« lp-lint: ignore[{rule}] » ne tait aucun constat de cette ligne : retirez-le",
        "en": "'lp-lint: ignore[{rule}]' silences no finding on this line: remove it",
    },
    "inline.U002": {
        "fr": "« lp-lint: ignore[…] » doit dire pourquoi, après le crochet : sans raison, il ne tait rien",
        "en": "'lp-lint: ignore[…]' must say why, after the bracket: without a reason it silences nothing",
    },
    "inline.U003": {
        "fr": "{rule} est une erreur : un commentaire ne peut pas la taire ; seule une dérogation (derogations:, avec l'autorité et la date de la décision) la lève",
        "en": "{rule} is an error: a comment cannot silence it; only a dérogation (derogations:, with the deciding authority and date) waives it",
    },
    "config.extend_missing": {
        "fr": "extend : le fichier {target} n'existe pas",
        "en": "extend: the file {target} does not exist",
    },
    "config.extend_cycle": {
        "fr": "extend : ces configurations s'étendent en boucle : {chain}",
        "en": "extend: these configurations extend each other in a loop: {chain}",
    },
    "config.extend_outside": {
        "fr": "extend : {target} est hors du dépôt de ce fichier : il n'est pas lu",
        "en": "extend: {target} lies outside this file's repository: it is not read",
    },
    "config.extend_too_deep": {
        "fr": "extend : plus de {limit} configurations s'étendent l'une l'autre",
        "en": "extend: more than {limit} configurations extend one another",
    },
}
