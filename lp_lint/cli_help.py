"""Help texts of the command line, in the language of the environment (French by default)."""

from __future__ import annotations

from lp_lint.i18n import Lang, default_lang

_HELP: dict[Lang, dict[str, str]] = {
    "fr": {
        "main": "Vérifie la conformité des maquettes de licence professionnelle aux textes.\n\n"
        "« lp-lint FICHIER… » équivaut à « lp-lint check FICHIER… ».\n\n"
        "Codes de sortie : 0 conforme, 1 constat au seuil de --fail-on (une erreur par défaut), "
        "2 usage ou configuration, 3 erreur interne, 130 interrompu, 143 arrêté.",
        "check": "Vérifie des maquettes (fichiers, ou dossiers parcourus à la recherche de fichiers "
        ".yaml/.yml ayant une clé « formation: » au premier niveau).",
        "format": "format de sortie (défaut : text, ou github sous GitHub Actions)",
        "output": "écrire dans ce fichier, au format FORMAT s'il est donné (répétable ; remplacé d'un coup, jamais à moitié écrit)",
        "lang": "langue des messages (défaut : LP_LINT_LANG ou LANG, sinon français)",
        "regime": "imposer le régime au lieu de le déduire de l'année universitaire",
        "reading": "choisir la lecture d'une règle ambiguë, ex. projet-quart=heures-enseignees",
        "rules": "dossier de packs de règles supplémentaires (cadrage local), répétable",
        "strict": "les avertissements font aussi échouer (code 1)",
        "color": "couleurs : auto (terminal seulement), always, never ; NO_COLOR est respecté",
        "max_bytes": "taille maximale d'un fichier, en octets",
        "max_depth": "profondeur d'imbrication YAML maximale",
        "max_nodes": "nombre maximal de nœuds YAML, alias développés",
        "rules_cmd": "Liste les règles : code, identifiant, sévérité, pack, dates, référence.",
        "schema_cmd": "Affiche le schéma JSON du format de maquette (pour les éditeurs).",
        "explain_cmd": "Explique une règle (code ou identifiant) : texte, article, lecture en vigueur, exemples.",
        "init_cmd": "Crée une maquette à compléter (les questions sont posées si les options manquent).",
        "ask_mention": "Mention nationale",
        "ask_annee": "Année universitaire (ex. 2025-2026)",
        "ask_parcours": "Parcours",
        "ask_etablissement": "Établissement",
        "force": "remplacer le fichier s'il existe",
        "bad_annee": "« {value} » : une année universitaire s'écrit 2025-2026",
        "no_folder": "dossier introuvable : {path} (créez-le, ou choisissez un autre chemin)",
        "exists": "{path} existe déjà : rien n'est écrit (--force pour le remplacer)",
        "created": "{path} créé : complétez-le, puis « lp-lint {path} » dit ce qu'il manque",
        "created_schema": "{path} créé : le schéma qui donne à l'éditeur complétion et erreurs",
        "report_cmd": "Résumé d'une maquette sur une page (HTML avec graphiques, ou Markdown) : verdict, seuils du régime, constats par sévérité, ce qui n'a pas pu être vérifié, structure, heures, dérogations. Avec un dossier : une page pour l'offre entière (-o DOSSIER).",
        "is_dir": "c'est un dossier : la page d'une maquette s'écrit dans un fichier",
        "report_output": "écrire la page dans ce fichier ; pour un dossier de maquettes, le dossier où écrire index.html et une page par maquette",
        "diff_cmd": "Compare deux versions d'une maquette : OLD et NEW sont des fichiers, ou REF:FICHIER pour une version git.",
        "bad_pair": "« {value} » : attendu RÈGLE=LECTURE",
        "version": "afficher la version et s'arrêter",
        "rules_header": "code|identifiant|sévérité|pack|en vigueur|règle (texte et article dessous)",
        "help": "afficher cette aide et s'arrêter",
        "select": "règles à appliquer, séparées par des virgules (codes, identifiants, packs, préfixes comme LP1)",
        "extend_select": "règles ajoutées à la sélection",
        "ignore": "règles à ne jamais signaler, séparées par des virgules",
        "fail_on": "sévérité à partir de laquelle la vérification échoue (défaut : error)",
        "config": "fichier de configuration à utiliser (au lieu de le chercher)",
        "isolated": "ignorer tout fichier de configuration",
        "stdin_filename": "avec le chemin « - » (maquette lue sur l'entrée standard) : le nom de fichier à afficher et à configurer",
        "jobs": "processus en parallèle pour un lot de fichiers (0 : un par cœur)",
        "only_maquettes": "ignorer les fichiers nommés qui ne sont pas des maquettes (pas de clé « formation: »), pour pre-commit",
        "show_waived": "afficher aussi les constats couverts par une dérogation",
        "show_source": "afficher sous chaque constat la ligne de la maquette en cause",
        "statistics": "compter les constats par règle après le rapport",
        "baseline": "ne signaler que les constats absents de ce fichier de référence",
        "write_baseline": "enregistrer les constats actuels comme référence (code de sortie 0)",
        "diff_base": "ne signaler que ce que la modification depuis cette référence git a introduit, et ce qu'elle a résolu",
    },
    "en": {
        "main": "Checks licence professionnelle maquettes against the regulatory texts.\n\n"
        "'lp-lint FILE...' means 'lp-lint check FILE...'.\n\n"
        "Exit codes: 0 compliant, 1 a finding at the --fail-on threshold (an error by default), 2 usage or "
        "configuration, 3 internal error, 130 interrupted, 143 terminated.",
        "check": "Check maquettes (files, or directories searched for .yaml/.yml files that have a "
        "top-level 'formation:' key).",
        "format": "output format (default: text, or github under GitHub Actions)",
        "output": "write to this file, in FORMAT when given (repeatable; replaced at once, never half-written)",
        "lang": "message language (default: LP_LINT_LANG or LANG, else French)",
        "regime": "force the regime instead of deducing it from the academic year",
        "reading": "choose the reading of an ambiguous rule, e.g. projet-quart=heures-enseignees",
        "rules": "folder of extra rule packs (local rules), repeatable",
        "strict": "warnings fail too (exit code 1)",
        "color": "colours: auto (terminal only), always, never; NO_COLOR is honoured",
        "max_bytes": "largest file accepted, in bytes",
        "max_depth": "deepest YAML nesting accepted",
        "max_nodes": "most YAML nodes accepted, aliases expanded",
        "rules_cmd": "List the rules: code, id, severity, pack, dates, reference.",
        "schema_cmd": "Print the JSON Schema of the maquette format (for editors).",
        "explain_cmd": "Explain a rule (code or id): text, article, reading in force, examples.",
        "init_cmd": "Create a maquette to fill in (questions are asked when options are missing).",
        "ask_mention": "National mention",
        "ask_annee": "Academic year (e.g. 2025-2026)",
        "ask_parcours": "Parcours",
        "ask_etablissement": "Institution",
        "force": "replace the file if it exists",
        "bad_annee": "'{value}': an academic year is written 2025-2026",
        "no_folder": "no such folder: {path} (create it, or choose another path)",
        "exists": "{path} already exists: nothing written (--force to replace it)",
        "created": "{path} created: fill it in, then 'lp-lint {path}' says what is missing",
        "created_schema": "{path} created: the schema that gives the editor completion and errors",
        "report_cmd": "One-page summary of a maquette (HTML with charts, or Markdown): verdict, thresholds of the regime, findings by severity, what could not be checked, structure, hours, dérogations. With a folder: one page for the whole offer (-o FOLDER).",
        "is_dir": "this is a folder: the page of one maquette is written to a file",
        "report_output": "write the page to this file; for a folder of maquettes, the folder that receives index.html and one page per maquette",
        "diff_cmd": "Compare two versions of a maquette: OLD and NEW are files, or REF:FILE for a git version.",
        "bad_pair": "'{value}': expected RULE=READING",
        "version": "show the version and exit",
        "rules_header": "code|id|severity|pack|in force|rule (text and article below)",
        "help": "show this help and exit",
        "select": "rules to apply, comma-separated (codes, ids, packs, prefixes such as LP1)",
        "extend_select": "rules added to the selection",
        "ignore": "rules never reported, comma-separated",
        "fail_on": "least severity that fails the run (default: error)",
        "config": "configuration file to use (instead of searching for one)",
        "isolated": "ignore every configuration file",
        "stdin_filename": "with the path '-' (maquette read from standard input): the file name to report and configure",
        "jobs": "parallel processes for a batch of files (0: one per core)",
        "only_maquettes": "skip named files that are not maquettes (no 'formation:' key), for pre-commit",
        "show_waived": "also show findings covered by a dérogation",
        "show_source": "show the maquette's line under each finding",
        "statistics": "count findings per rule after the report",
        "baseline": "report only findings absent from this baseline file",
        "write_baseline": "record today's findings as the baseline (exit code 0)",
        "diff_base": "report only what the change since this git ref introduced, and what it resolved",
    },
}

HELP = _HELP[default_lang()]


def say(key: str, lang: Lang) -> str:
    """A text of the command line in `lang` (HELP is in the environment's language)."""
    return _HELP[lang][key]
