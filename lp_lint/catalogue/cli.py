"""What the command line says of itself: click's words (usage, headings, its errors), in the
reader's language rather than click's English."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lp_lint.i18n import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    "click.usage": {"fr": "Utilisation :", "en": "Usage:"},
    "click.options": {"fr": "Options", "en": "Options"},
    "click.commands": {"fr": "Commandes", "en": "Commands"},
    "click.error": {"fr": "Erreur :", "en": "Error:"},
    "click.try": {
        "fr": "Essayez « {command} » pour l'aide.",
        "en": "Try '{command}' for help.",
    },
    "click.no_such_option": {
        "fr": "option inconnue « {option} »",
        "en": "no such option '{option}'",
    },
    "click.missing_argument": {"fr": "argument {name} manquant", "en": "missing argument {name}"},
    "click.missing_option": {"fr": "option {name} manquante", "en": "missing option {name}"},
    "click.needs_value": {
        "fr": "l'option « {option} » demande une valeur",
        "en": "option '{option}' requires a value",
    },
    "click.bad_value": {
        "fr": "valeur refusée pour {name} : {problem}",
        "en": "invalid value for {name}: {problem}",
    },
    "click.not_a_choice": {
        "fr": "« {value} » n'en est pas une valeur possible ({choices})",
        "en": "'{value}' is not one of its values ({choices})",
    },
    "cli.interrupted": {"fr": "interrompu", "en": "interrupted"},
    "cli.terminated": {"fr": "arrêté", "en": "terminated"},
    "cli.internal": {"fr": "erreur interne ({error})", "en": "internal error ({error})"},
    "server.crash": {
        "fr": "erreur interne de lp-lint sur ce document ({error}) ; les autres constats manquent, "
        "le serveur continue (détails dans son journal)",
        "en": "lp-lint internal error on this document ({error}); the other findings are missing, "
        "the server carries on (details in its log)",
    },
    "config.not_a_table": {
        "fr": "« {key} » doit être une table TOML (écrivez [tool.lp-lint])",
        "en": "'{key}' must be a TOML table (write [tool.lp-lint])",
    },
}
