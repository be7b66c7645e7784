"""What the outputs of `check` and the editor's server say around the findings: headings,
summaries, labels, quick-fix titles; and the refusals of the file writer."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lp_lint.i18n import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    "text.regime": {
        "fr": "régime {regime} — textes : {packs}",
        "en": "regime {regime} — texts: {packs}",
    },
    "text.no_rules": {
        "fr": "règles non appliquées : corrigez d'abord les erreurs de lecture ou de format",
        "en": "rules not applied: fix the reading or format errors first",
    },
    "text.clean": {"fr": "aucun problème", "en": "no problem found"},
    "text.waived": {
        "fr": "{n} constat(s) couvert(s) par une dérogation (--show-waived pour les voir)",
        "en": "{n} finding(s) covered by a dérogation (--show-waived to see them)",
    },
    "text.waived_by": {"fr": "dérogation :", "en": "dérogation:"},
    "text.fixable": {
        "fr": "{safe} constat(s) corrigeable(s) avec --fix",
        "en": "{safe} finding(s) fixable with --fix",
    },
    "text.fixable_more": {
        "fr": "{safe} constat(s) corrigeable(s) avec --fix ({unsafe} de plus avec --unsafe-fixes)",
        "en": "{safe} finding(s) fixable with --fix ({unsafe} more with --unsafe-fixes)",
    },
    "text.unsafe": {
        "fr": "{unsafe} constat(s) corrigeable(s) avec --fix --unsafe-fixes",
        "en": "{unsafe} finding(s) fixable with --fix --unsafe-fixes",
    },
    "text.summary": {
        "fr": "{errors} erreur(s), {warnings} avertissement(s), {infos} info(s) dans {files} fichier(s)",
        "en": "{errors} error(s), {warnings} warning(s), {infos} info(s) in {files} file(s)",
    },
    "markdown.title": {
        "fr": "## lp-lint : conformité des maquettes",
        "en": "## lp-lint: maquette compliance",
    },
    "markdown.summary": {
        "fr": "{errors} erreur(s), {warnings} avertissement(s), {infos} info(s) dans {files} fichier(s)",
        "en": "{errors} error(s), {warnings} warning(s), {infos} info(s) in {files} file(s)",
    },
    "markdown.header": {
        "fr": "| | ligne | code | constat | référence |",
        "en": "| | line | code | finding | reference |",
    },
    "markdown.clean": {"fr": "aucun problème", "en": "no problem found"},
    "markdown.waived": {"fr": "(dérogation)", "en": "(waived)"},
    "markdown.cut": {
        "fr": "lp-lint : résumé coupé ici, GitHub refuse un résumé d'étape de plus de 1 Mio ; "
        "{lines} ligne(s) non écrite(s). Le rapport entier : `--format sarif -o lp-lint.sarif` "
        "ou `--format json -o lp-lint.json`.",
        "en": "lp-lint: summary cut here, GitHub refuses a step summary over 1 MiB; {lines} "
        "line(s) left out. The whole report: `--format sarif -o lp-lint.sarif` or "
        "`--format json -o lp-lint.json`.",
    },
    "files.write": {
        "fr": "impossible d'écrire {path} : {reason}",
        "en": "cannot write {path}: {reason}",
    },
    "files.is_input": {
        "fr": "{path} est aussi un fichier lu par cette commande : choisissez un autre fichier de sortie",
        "en": "{path} is also a file this command reads: choose another output file",
    },
    "files.twice": {
        "fr": "{path} est demandé deux fois en sortie",
        "en": "{path} is asked for twice as an output",
    },
    "server.derogation_title": {
        "fr": "Ajouter une dérogation à {code} (à compléter)",
        "en": "Add a dérogation to {code} (to fill in)",
    },
    "server.to_fill": {"fr": "À préciser", "en": "To be written"},
    "server.authority": {"fr": "à renseigner : {who}", "en": "to fill in: {who}"},
    "server.date": {"fr": "à renseigner (AAAA-MM-JJ)", "en": "to fill in (YYYY-MM-DD)"},
    "server.fix_all": {
        "fr": "lp-lint : appliquer les corrections sûres",
        "en": "lp-lint: apply the safe fixes",
    },
    "server.required": {"fr": "obligatoire", "en": "required"},
    "server.related": {"fr": "valeur prise en compte", "en": "value taken into account"},
    "server.waived": {"fr": "couvert par {by}", "en": "waived by {by}"},
}
