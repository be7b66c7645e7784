"""Texts of the command line, French and English, put into words when they are shown.

Commands name their help by key (`HELP["format"]` is `"format"`, checked to exist): click keeps
the key, and `cli.localized` writes the text in the language of the command line being run.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from lp_lint.i18n import Lang

_HELP: dict[Lang, dict[str, str]] = {
    "fr": {
        "main": "Vérifie la conformité des maquettes de licence professionnelle aux textes.\n\n"
        "« lp-lint FICHIER… » équivaut à « lp-lint check FICHIER… ».\n\n"
        "Codes de sortie : 0 conforme, 1 constat au seuil de --fail-on (une erreur par défaut), "
        "2 usage ou configuration, 3 erreur interne, 130 interrompu, 143 arrêté.",
        "check": "Vérifie des maquettes (fichiers, ou dossiers parcourus à la recherche de fichiers "
        ".yaml/.yml dont le premier niveau a une clé « formation » : un dictionnaire, ou à côté de "
        "« version »).",
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
        "explain_checks": "lister plutôt les vérifications et quantités qu'une règle peut nommer, avec leurs paramètres",
        "init_cmd": "Crée une maquette à compléter (les questions sont posées si les options manquent).",
        "ask_mention": "Mention nationale",
        "ask_annee": "Année universitaire (ex. 2025-2026)",
        "ask_parcours": "Parcours",
        "ask_etablissement": "Établissement",
        "force": "remplacer le fichier s'il existe",
        "bad_annee": "« {value} » : une année universitaire s'écrit 2025-2026",
        "no_folder": "dossier introuvable : {path} (créez-le, ou choisissez un autre chemin)",
        "no_answer": "« {question} » est demandé, mais l'entrée standard n'est pas un terminal : donnez-le en option ({option})",
        "exists": "{path} existe déjà : rien n'est écrit (--force pour le remplacer)",
        "created": "{path} créé : complétez-le, puis « lp-lint {path} » dit ce qu'il manque",
        "created_schema": "{path} créé : le schéma qui donne à l'éditeur complétion et erreurs",
        "report_cmd": "Résumé d'une maquette sur une page (HTML avec graphiques, ou Markdown) : verdict, seuils du régime, constats par sévérité, ce qui n'a pas pu être vérifié, structure, heures, dérogations. Avec un dossier : une page pour l'offre entière (-o DOSSIER).",
        "is_dir": "c'est un dossier : la page d'une maquette s'écrit dans un fichier",
        "report_output": "écrire la page dans ce fichier (répétable ; format tiré de l'extension .html ou .md, sauf --format) ; pour un dossier de maquettes, le dossier où écrire index.html et une page par maquette",
        "report_format": "format de la page : html (défaut, ou selon l'extension de -o), markdown ou md",
        "diff_cmd": "Compare deux versions d'une maquette : OLD et NEW sont des fichiers, ou REF:FICHIER pour une version git.",
        "bad_pair": "« {value} » : attendu RÈGLE=LECTURE",
        "version": "afficher la version et s'arrêter",
        "rules_header": "code|identifiant|sévérité|pack|en vigueur (? : date non vérifiée)|règle (texte, article et certitude dessous)",
        "help": "afficher cette aide et s'arrêter",
        "select": "règles à appliquer, séparées par des virgules (codes, identifiants, packs, préfixes comme LP1)",
        "extend_select": "règles ajoutées à la sélection",
        "ignore": "règles à ne jamais signaler, séparées par des virgules",
        "fail_on": "sévérité à partir de laquelle la vérification échoue (défaut : error)",
        "config": "fichier de configuration à utiliser (au lieu de le chercher)",
        "isolated": "ignorer tout fichier de configuration",
        "stdin_filename": "avec le chemin « - » (maquette lue sur l'entrée standard) : le nom de fichier à afficher et à configurer",
        "jobs": "processus en parallèle pour un lot de fichiers (0 : un par cœur ; sans l'option, un par cœur à partir de 200 fichiers ; au plus un par fichier, et 32)",
        "only_maquettes": "ignorer les fichiers nommés qui ne sont pas des maquettes (pas de clé « formation » au premier niveau), pour pre-commit",
        "show_waived": "afficher aussi les constats couverts par une dérogation",
        "show_source": "afficher sous chaque constat la ligne de la maquette en cause",
        "statistics": "compter les constats par règle après le rapport",
        "exclude": "dans un dossier, laisser de côté ces fichiers ou dossiers (syntaxe de .gitignore, répétable ou séparés par des virgules ; s'ajoute à « exclude » de la configuration)",
        "respect_gitignore": "dans un dossier, laisser de côté ce que les fichiers .gitignore ignorent (par défaut ; lus sans git)",
        "show_files": "lister les fichiers que la vérification lirait, sans les vérifier",
        "show_settings": "afficher les fichiers de configuration et les réglages qui s'appliquent au premier fichier, sans rien vérifier",
        "settings_file": "fichier",
        "settings_config": "configuration",
        "settings_none": "aucune",
        "settings_cli": "ligne de commande",
        "quiet": "n'afficher que les constats : ni bilan, ni fichier sans constat, ni note sur les fichiers écrits",
        "fix": "corriger sur place ce qui est mécanique (guillemets, virgule décimale…), par modifications minimales du texte ; le rapport montre ce qui reste",
        "unsafe_fixes": "avec --fix ou --diff : appliquer aussi les corrections qui devinent (clé mal orthographiée, yes → true)",
        "diff": "montrer les corrections de --fix sous forme de diff, sans rien écrire (code 1 s'il y en a)",
        "fixed": "{count} correction(s) appliquée(s) dans {files} fichier(s)",
        "fix_skipped": "{path} : lien symbolique ou fichier spécial, corrections non écrites",
        "fix_stdin": "--fix et --diff corrigent des fichiers, pas l'entrée standard",
        "server_cmd": "Serveur de langage (LSP) sur l'entrée et la sortie standard, pour les éditeurs : constats en direct, explications au survol, corrections rapides.",
        "server_missing": "le serveur a besoin de pygls : pip install 'lp-lint[server]'",
        "baseline": "ne signaler que les constats absents de ce fichier de référence",
        "write_baseline": "enregistrer les constats actuels comme référence (code de sortie 0)",
        "diff_base": "ne signaler que ce que la modification depuis cette référence git a introduit, et ce qu'elle a résolu",
        "output_no_file": "« {value} » : le nom du fichier manque après « = »",
        "output_unknown_format": "« {value} » : « {name} » n'est pas un format ({formats}) ; un fichier dont le nom contient « = » s'écrit ./{value}",
        "output_unknown_format_suggest": "« {value} » : format inconnu « {name} » ; vouliez-vous dire « {suggestion} » ? (formats : {formats})",
        "output_extension_conflict": "{path} : l'extension {suffix} annonce le format {named}, mais --format demande {explicit} ; -o {explicit}={path} l'impose",
        "output_written": "{format} écrit dans {path}",
        "text_only": "{option} ne s'applique qu'au format text : rien ne l'afficherait en {format}",
        "output_repeated": "un dossier de maquettes donne un seul dossier de pages : -o est donné {count} fois",
    },
    "en": {
        "main": "Checks licence professionnelle maquettes against the regulatory texts.\n\n"
        "'lp-lint FILE...' means 'lp-lint check FILE...'.\n\n"
        "Exit codes: 0 compliant, 1 a finding at the --fail-on threshold (an error by default), 2 usage or "
        "configuration, 3 internal error, 130 interrupted, 143 terminated.",
        "check": "Check maquettes (files, or directories searched for .yaml/.yml files that have a "
        "top-level 'formation' key: a mapping, or beside 'version').",
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
        "explain_checks": "list instead the checks and quantities a rule can name, with their params",
        "init_cmd": "Create a maquette to fill in (questions are asked when options are missing).",
        "ask_mention": "National mention",
        "ask_annee": "Academic year (e.g. 2025-2026)",
        "ask_parcours": "Parcours",
        "ask_etablissement": "Institution",
        "force": "replace the file if it exists",
        "bad_annee": "'{value}': an academic year is written 2025-2026",
        "no_folder": "no such folder: {path} (create it, or choose another path)",
        "no_answer": "'{question}' is asked, but standard input is not a terminal: give it as an option ({option})",
        "exists": "{path} already exists: nothing written (--force to replace it)",
        "created": "{path} created: fill it in, then 'lp-lint {path}' says what is missing",
        "created_schema": "{path} created: the schema that gives the editor completion and errors",
        "report_cmd": "One-page summary of a maquette (HTML with charts, or Markdown): verdict, thresholds of the regime, findings by severity, what could not be checked, structure, hours, dérogations. With a folder: one page for the whole offer (-o FOLDER).",
        "is_dir": "this is a folder: the page of one maquette is written to a file",
        "report_output": "write the page to this file (repeatable; format from the extension .html or .md unless --format); for a folder of maquettes, the folder that receives index.html and one page per maquette",
        "report_format": "page format: html (default, or from the extension of -o), markdown or md",
        "diff_cmd": "Compare two versions of a maquette: OLD and NEW are files, or REF:FILE for a git version.",
        "bad_pair": "'{value}': expected RULE=READING",
        "version": "show the version and exit",
        "rules_header": "code|id|severity|pack|in force (?: date unverified)|rule (text, article and certainty below)",
        "help": "show this help and exit",
        "select": "rules to apply, comma-separated (codes, ids, packs, prefixes such as LP1)",
        "extend_select": "rules added to the selection",
        "ignore": "rules never reported, comma-separated",
        "fail_on": "least severity that fails the run (default: error)",
        "config": "configuration file to use (instead of searching for one)",
        "isolated": "ignore every configuration file",
        "stdin_filename": "with the path '-' (maquette read from standard input): the file name to report and configure",
        "jobs": "parallel processes for a batch of files (0: one per core; without the option, one per core from 200 files; at most one per file, and 32)",
        "only_maquettes": "skip named files that are not maquettes (no top-level 'formation' key), for pre-commit",
        "show_waived": "also show findings covered by a dérogation",
        "show_source": "show the maquette's line under each finding",
        "statistics": "count findings per rule after the report",
        "exclude": "in a folder, leave out these files or folders (.gitignore syntax, repeatable or comma-separated; added to the configuration's 'exclude')",
        "respect_gitignore": "in a folder, leave out what .gitignore files ignore (the default; read without git)",
        "show_files": "list the files the check would read, without checking them",
        "show_settings": "show the configuration files and settings that apply to the first file, checking nothing",
        "settings_file": "file",
        "settings_config": "configuration",
        "settings_none": "none",
        "settings_cli": "command line",
        "quiet": "show findings only: no summary, no file without findings, no note on the files written",
        "fix": "fix in place what is mechanical (quotes, decimal comma…), with minimal text edits; the report shows what remains",
        "unsafe_fixes": "with --fix or --diff: also apply the fixes that guess (a misspelt key, yes → true)",
        "diff": "show the fixes of --fix as a diff, writing nothing (exit code 1 if there are any)",
        "fixed": "{count} fix(es) applied in {files} file(s)",
        "fix_skipped": "{path}: a symbolic link or a special file, fixes not written",
        "fix_stdin": "--fix and --diff fix files, not standard input",
        "server_cmd": "Language server (LSP) over standard input and output, for editors: live findings, explanations on hover, quick fixes.",
        "server_missing": "the server needs pygls: pip install 'lp-lint[server]'",
        "baseline": "report only findings absent from this baseline file",
        "write_baseline": "record today's findings as the baseline (exit code 0)",
        "diff_base": "report only what the change since this git ref introduced, and what it resolved",
        "output_no_file": "'{value}': the file name is missing after '='",
        "output_unknown_format": "'{value}': '{name}' is not a format ({formats}); a file whose name holds '=' is written ./{value}",
        "output_unknown_format_suggest": "'{value}': unknown format '{name}'; did you mean '{suggestion}'? (formats: {formats})",
        "output_extension_conflict": "{path}: the extension {suffix} stands for the {named} format, but --format asks for {explicit}; -o {explicit}={path} forces it",
        "output_written": "{format} written to {path}",
        "text_only": "{option} applies to the text format only: nothing would show it in {format}",
        "output_repeated": "a folder of maquettes gives one folder of pages: -o is given {count} times",
    },
}


class _Keys(Mapping[str, str]):
    """`HELP[key]` is `key` itself, once checked to name a text: a help text waits for its
    language until it is shown."""

    def __getitem__(self, key: str) -> str:
        if key not in _HELP["fr"]:
            raise KeyError(key)
        return key

    def __iter__(self) -> Iterator[str]:
        return iter(_HELP["fr"])

    def __len__(self) -> int:
        return len(_HELP["fr"])


HELP: Mapping[str, str] = _Keys()


def says(key: str) -> bool:
    """Whether `key` names a text of the command line (else it is a text already)."""
    return key in _HELP["fr"] or _import_texts(key) is not None


def say(key: str, lang: Lang) -> str:
    """A text of the command line in `lang`."""
    texts = _import_texts(key)
    return texts[lang] if texts is not None else _HELP[lang][key]


def _import_texts(key: str) -> dict[Lang, str] | None:
    """The texts of `lp-lint import` (`import.cmd`), kept beside that command."""
    if not key.startswith("import."):
        return None
    from lp_lint.cli.imports import IMPORT_HELP

    name = key.removeprefix("import.")
    return (
        {lang: IMPORT_HELP[lang][name] for lang in ("fr", "en")}
        if name in IMPORT_HELP["fr"]
        else None
    )
