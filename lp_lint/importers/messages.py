"""What `lp-lint import` says when a source cannot be read, in French and in English."""

from __future__ import annotations

from lp_lint.i18n import Lang
from lp_lint.importers.common import SourceError

MESSAGES: dict[Lang, dict[str, str]] = {
    "fr": {
        "is_dir": "c'est un dossier, pas un fichier",
        "unreadable": "illisible ({reason})",
        "too_large": "{size} octets, au-delà de la limite de {max} (--max-bytes)",
        "unknown_kind": "type de source inconnu « {suffix} » : attendu .xml (ScoDoc ou CDM-fr), .xlsx, .ods ou .csv",
        "xml_dtd": "XML refusé : une déclaration de type de document (DOCTYPE, entités) n'est jamais lue",
        "xml_syntax": "XML mal formé ({reason})",
        "scodoc_root": "pas un export de formation ScoDoc : l'élément racine est « {tag} », attendu « formation »",
        "archive": "classeur illisible : {reason}",
        "archive_large": "classeur refusé : {size} octets une fois décompressé, au-delà de {max}",
        "archive_entries": "classeur refusé : {count} fichiers dans l'archive, au-delà de {max}",
        "sheet_missing": "feuille « {sheet} » absente (feuilles : {sheets})",
        "sheet_large": "feuille « {sheet} » refusée : {rows} lignes × {columns} colonnes, au-delà de {max_rows} × {max_columns}",
        "header_missing": "en-tête « {column} » introuvable en première ligne de la feuille « {sheet} »",
        "csv_encoding": "CSV illisible : {reason}",
        "cdmfr_root": "pas un document CDM-fr : l'élément racine est « {tag} », attendu « CDM »",
        "cdmfr_no_program": "aucun programme (program) de tête dans ce document CDM-fr",
        "xsd": "schéma CDM-fr illisible ({reason})",
        "xsd_missing": "valider contre le schéma CDM-fr demande le paquet xmlschema : pip install 'lp-lint[cdmfr]'",
        "too_many_elements": "source refusée : plus de {max} UE et EC (modules ScoDoc, enseignements CDM-fr)",
        "output_large": "maquette non écrite : {size} octets, au-delà de la limite de {max} que « lp-lint check » lit (--max-bytes)",
    },
    "en": {
        "is_dir": "this is a directory, not a file",
        "unreadable": "unreadable ({reason})",
        "too_large": "{size} bytes, over the {max} limit (--max-bytes)",
        "unknown_kind": "unknown kind of source '{suffix}': expected .xml (ScoDoc or CDM-fr), .xlsx, .ods or .csv",
        "xml_dtd": "XML refused: a document type declaration (DOCTYPE, entities) is never read",
        "xml_syntax": "malformed XML ({reason})",
        "scodoc_root": "not a ScoDoc formation export: the root element is '{tag}', expected 'formation'",
        "archive": "unreadable workbook: {reason}",
        "archive_large": "workbook refused: {size} bytes once unpacked, over {max}",
        "archive_entries": "workbook refused: {count} files in the archive, over {max}",
        "sheet_missing": "sheet '{sheet}' missing (sheets: {sheets})",
        "sheet_large": "sheet '{sheet}' refused: {rows} rows × {columns} columns, over {max_rows} × {max_columns}",
        "header_missing": "header '{column}' not found on the first row of sheet '{sheet}'",
        "csv_encoding": "unreadable CSV: {reason}",
        "cdmfr_root": "not a CDM-fr document: the root element is '{tag}', expected 'CDM'",
        "cdmfr_no_program": "no top program in this CDM-fr document",
        "xsd": "unreadable CDM-fr schema ({reason})",
        "xsd_missing": "validating against the CDM-fr schema needs the xmlschema package: pip install 'lp-lint[cdmfr]'",
        "too_many_elements": "source refused: more than {max} UEs and ECs (ScoDoc modules, CDM-fr courses)",
        "output_large": "maquette not written: {size} bytes, over the {max} limit 'lp-lint check' reads (--max-bytes)",
    },
}


def describe(error: SourceError, lang: Lang) -> str:
    """The message of `error`, with its position first when it has one."""
    text = MESSAGES[lang][error.key].format(**error.values)
    return f"{error.where}: {text}" if error.where else text
