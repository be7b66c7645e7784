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
    "certainty.VERIFIED-T": {"fr": "texte lu", "en": "text read"},
    "certainty.VERIFIED-S": {
        "fr": "lu dans une source secondaire seulement",
        "en": "read in a secondary source only",
    },
    "certainty.RECALLED": {"fr": "non vérifié dans le texte", "en": "not checked against the text"},
    "certainty.NOT-FOUND": {
        "fr": "cherché dans le texte sans y être trouvé (usage)",
        "en": "searched for in the text and not found (practice)",
    },
    "dates.unverified": {"fr": " (date non vérifiée)", "en": " (date unverified)"},
    "source.is_dir": {
        "fr": "c'est un dossier, pas un fichier",
        "en": "this is a directory, not a file",
    },
    "source.unreadable": {"fr": "illisible ({reason})", "en": "unreadable ({reason})"},
    "source.too_large": {
        "fr": "{size} octets, au-delà de la limite de {max} (--max-bytes)",
        "en": "{size} bytes, over the {max} limit (--max-bytes)",
    },
    "source.unknown_kind": {
        "fr": "type de source inconnu « {suffix} » : attendu .xml (ScoDoc ou CDM-fr), .xlsx, .ods ou .csv",
        "en": "unknown kind of source '{suffix}': expected .xml (ScoDoc or CDM-fr), .xlsx, .ods or .csv",
    },
    "source.xml_dtd": {
        "fr": "XML refusé : une déclaration de type de document (DOCTYPE, entités) n'est jamais lue",
        "en": "XML refused: a document type declaration (DOCTYPE, entities) is never read",
    },
    "source.xml_syntax": {"fr": "XML mal formé ({reason})", "en": "malformed XML ({reason})"},
    "source.scodoc_root": {
        "fr": "pas un export de formation ScoDoc : l'élément racine est « {tag} », attendu « formation »",
        "en": "not a ScoDoc formation export: the root element is '{tag}', expected 'formation'",
    },
    "source.archive": {
        "fr": "classeur illisible : {reason}",
        "en": "unreadable workbook: {reason}",
    },
    "source.archive_large": {
        "fr": "classeur refusé : {size} octets une fois décompressé, au-delà de {max}",
        "en": "workbook refused: {size} bytes once unpacked, over {max}",
    },
    "source.archive_entries": {
        "fr": "classeur refusé : {count} fichiers dans l'archive, au-delà de {max}",
        "en": "workbook refused: {count} files in the archive, over {max}",
    },
    "source.sheet_missing": {
        "fr": "feuille « {sheet} » absente (feuilles : {sheets})",
        "en": "sheet '{sheet}' missing (sheets: {sheets})",
    },
    "source.sheet_large": {
        "fr": "feuille « {sheet} » refusée : {rows} lignes × {columns} colonnes, au-delà de {max_rows} × {max_columns}",
        "en": "sheet '{sheet}' refused: {rows} rows × {columns} columns, over {max_rows} × {max_columns}",
    },
    "source.header_missing": {
        "fr": "en-tête « {column} » introuvable en première ligne de la feuille « {sheet} »",
        "en": "header '{column}' not found on the first row of sheet '{sheet}'",
    },
    "source.csv_encoding": {"fr": "CSV illisible : {reason}", "en": "unreadable CSV: {reason}"},
    "source.cdmfr_root": {
        "fr": "pas un document CDM-fr : l'élément racine est « {tag} », attendu « CDM »",
        "en": "not a CDM-fr document: the root element is '{tag}', expected 'CDM'",
    },
    "source.cdmfr_no_program": {
        "fr": "aucun programme (program) de tête dans ce document CDM-fr",
        "en": "no top program in this CDM-fr document",
    },
    "source.xsd": {
        "fr": "schéma CDM-fr illisible ({reason})",
        "en": "unreadable CDM-fr schema ({reason})",
    },
    "source.xsd_missing": {
        "fr": "valider contre le schéma CDM-fr demande le paquet xmlschema : pip install 'lp-lint[cdmfr]'",
        "en": "validating against the CDM-fr schema needs the xmlschema package: pip install 'lp-lint[cdmfr]'",
    },
    "source.too_many_elements": {
        "fr": "source refusée : plus de {max} UE et EC (modules ScoDoc, enseignements CDM-fr)",
        "en": "source refused: more than {max} UEs and ECs (ScoDoc modules, CDM-fr courses)",
    },
    "source.output_large": {
        "fr": "maquette non écrite : {size} octets, au-delà de la limite de {max} que « lp-lint check » lit (--max-bytes)",
        "en": "maquette not written: {size} bytes, over the {max} limit 'lp-lint check' reads (--max-bytes)",
    },
}
