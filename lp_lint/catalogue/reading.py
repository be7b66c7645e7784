"""What reading a maquette says: shape errors (pydantic's types in the reader's words), the
hints for YAML's traps, unknown keys, and the titles of the mechanical fixes."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lp_lint.i18n import Lang

TEXTS: dict[str, dict[Lang, str]] = {
    "shape.missing": {
        "fr": "clé obligatoire « {key} » manquante",
        "en": "required key '{key}' is missing",
    },
    "shape.default": {
        "fr": "« {key} » : valeur « {value} » refusée ({expected})",
        "en": "'{key}': value '{value}' refused ({expected})",
    },
    "shape.literal_error": {
        "fr": "« {key} » : « {value} » n'est pas une valeur admise ; valeurs possibles : {expected}",
        "en": "'{key}': '{value}' is not an allowed value; allowed: {expected}",
    },
    "shape.greater_than_equal": {
        "fr": "« {key} » : {value} est trop petit, la valeur doit être au moins {ge}",
        "en": "'{key}': {value} is too small, the value must be at least {ge}",
    },
    "shape.greater_than": {
        "fr": "« {key} » : {value} est trop petit, la valeur doit être supérieure à {gt}",
        "en": "'{key}': {value} is too small, the value must be greater than {gt}",
    },
    "shape.less_than_equal": {
        "fr": "« {key} » : {value} est trop grand, la valeur doit être au plus {le}",
        "en": "'{key}': {value} is too large, the value must be at most {le}",
    },
    "shape.string_pattern_mismatch": {
        "fr": "« {key} » : « {value} » n'a pas la forme attendue ({expected})",
        "en": "'{key}': '{value}' does not have the expected form ({expected})",
    },
    "shape.value_error": {"fr": "« {key} » : {detail}", "en": "'{key}': {detail}"},
    "invariant.split_stage": {
        "fr": "jours_par_semaine et sur_semaines vont ensemble",
        "en": "jours_par_semaine and sur_semaines go together",
    },
    "invariant.choice_count": {
        "fr": "nombre ({nombre}) dépasse le nombre d'éléments listés ({listed})",
        "en": "nombre ({nombre}) is more than the elements listed ({listed})",
    },
    "invariant.choice_member": {
        "fr": "« {code} » n'est pas le code d'une {kind} écrite à côté",
        "en": "'{code}' is not the code of a {kind} written beside it",
    },
    "invariant.choice_twice": {
        "fr": "« {code} » figure deux fois dans les choix",
        "en": "'{code}' appears twice in the choices",
    },
    "hint.then": {"fr": " ; ", "en": "; "},
    "hint.quote": {
        "fr": 'écrivez-la entre guillemets : "{value}"',
        "en": 'write it in quotes: "{value}"',
    },
    "hint.decimal_comma": {
        "fr": "en YAML le séparateur décimal est le point : écrivez {value}",
        "en": "YAML decimals use a point: write {value}",
    },
    "hint.bool": {
        "fr": "pour un booléen, écrivez true ou false (« {value} » est ambigu en YAML)",
        "en": "for a boolean, write true or false ('{value}' is ambiguous in YAML)",
    },
    "hint.unquote": {
        "fr": "un nombre s'écrit sans guillemets : {value}",
        "en": "a number is written without quotes: {value}",
    },
    "hint.plain_number": {
        "fr": "écrivez un nombre décimal simple, comme 12 ou 6.5",
        "en": "write a plain decimal number, such as 12 or 6.5",
    },
    "hint.leading_zero_number": {
        "fr": "un nombre ne commence pas par 0 (YAML le lirait en octal) : retirez le zéro initial",
        "en": "a number does not start with 0 (YAML would read it as octal): drop the leading zero",
    },
    "unknown_key.suggest": {
        "fr": "clé inconnue « {key} » : vouliez-vous dire « {suggestion} » ?",
        "en": "unknown key '{key}': did you mean '{suggestion}'?",
    },
    "unknown_key.list": {
        "fr": "clé inconnue « {key} » ; clés possibles ici : {allowed}",
        "en": "unknown key '{key}'; keys allowed here: {allowed}",
    },
    "expected.string_type": {"fr": "texte attendu", "en": "text expected"},
    "expected.float_type": {"fr": "nombre attendu", "en": "number expected"},
    "expected.int_type": {"fr": "nombre entier attendu", "en": "whole number expected"},
    "expected.int_from_float": {"fr": "nombre entier attendu", "en": "whole number expected"},
    "expected.bool_type": {"fr": "true ou false attendu", "en": "true or false expected"},
    "expected.date_type": {"fr": "date AAAA-MM-JJ attendue", "en": "date YYYY-MM-DD expected"},
    "expected.list_type": {"fr": "liste attendue", "en": "list expected"},
    "expected.model_type": {"fr": "dictionnaire de clés attendu", "en": "mapping of keys expected"},
    "expected.model_attributes_type": {
        "fr": "dictionnaire de clés attendu",
        "en": "mapping of keys expected",
    },
    "expected.dict_type": {"fr": "dictionnaire de clés attendu", "en": "mapping of keys expected"},
    "expected.string_too_short": {"fr": "texte vide", "en": "empty text"},
    "expected.string_too_long": {"fr": "texte trop long", "en": "text too long"},
    "expected.string_pattern_mismatch": {
        "fr": "par exemple « 2016-2017 »",
        "en": "for example '2016-2017'",
    },
    "expected.bound": {"fr": "{bound} {limit}", "en": "{bound} {limit}"},
    "fix.quote": {"fr": "Mettre « {old} » entre guillemets", "en": "Quote '{old}'"},
    "fix.write": {"fr": "Écrire {new} au lieu de {old}", "en": "Write {new} instead of {old}"},
    "fix.rename": {"fr": "Renommer « {old} » en « {new} »", "en": "Rename '{old}' to '{new}'"},
    "yaml.problem.mapping_values": {
        "fr": "« : » inattendu ici (indentation décalée, ou valeur contenant « : » à mettre entre guillemets)",
        "en": "mapping values are not allowed",
    },
    "yaml.problem.cannot_start": {
        "fr": "caractère qui ne peut pas commencer une valeur (tabulation pour indenter ? @ ou ` en début de texte à mettre entre guillemets ?)",
        "en": "found character that cannot start any token",
    },
    "yaml.problem.tab": {
        "fr": "tabulation interdite pour indenter : utilisez des espaces",
        "en": "found character '\\t' that cannot start any token",
    },
    "yaml.problem.open_bracket": {
        "fr": "« , » ou « ] » attendu : crochet non fermé ?",
        "en": "did not find expected ',' or ']'",
    },
    "yaml.problem.open_brace": {
        "fr": "« , » ou « } » attendu : accolade non fermée ?",
        "en": "did not find expected ',' or '}'",
    },
    "yaml.problem.colon": {"fr": "« : » attendu après la clé", "en": "could not find expected ':'"},
    "yaml.problem.key": {
        "fr": "clé attendue (vérifiez l'indentation)",
        "en": "did not find expected key",
    },
    "yaml.problem.dash": {
        "fr": "« - » attendu (vérifiez l'indentation de la liste)",
        "en": "did not find expected '-' indicator",
    },
    "yaml.problem.undefined_alias": {
        "fr": "alias sans ancre définie",
        "en": "found undefined alias",
    },
    "yaml.problem.end_of_stream": {
        "fr": "fin de fichier inattendue (guillemet ou crochet non fermé ?)",
        "en": "found unexpected end of stream",
    },
    "yaml.problem.escape": {
        "fr": "séquence d'échappement inconnue entre guillemets doubles",
        "en": "found unknown escape character",
    },
    "yaml.problem.control": {
        "fr": "caractère de contrôle interdit",
        "en": "control characters are not allowed",
    },
    "yaml.problem.unacceptable": {
        "fr": "caractère de contrôle interdit",
        "en": "found unacceptable character",
    },
    "yaml.problem.depth": {
        "fr": "imbrication trop profonde (option --max-depth)",
        "en": "exceeded maximum nesting depth",
    },
    "yaml.problem.block_end": {
        "fr": "élément mal aligné : vérifiez l'indentation de cette ligne et de la précédente",
        "en": "expected <block end>",
    },
    "yaml.pyyaml": {
        "fr": "texte que YAML ne sait pas lire ici (PyYAML : « {problem} »)",
        "en": "{problem}",
    },
}

PYYAML_PROBLEMS: dict[str, str] = {
    # PyYAML's words (a part of its message) → the key of their French wording
    "mapping values are not allowed": "yaml.problem.mapping_values",
    "found character that cannot start any token": "yaml.problem.cannot_start",
    "found character '\\t' that cannot start any token": "yaml.problem.tab",
    "did not find expected ',' or ']'": "yaml.problem.open_bracket",
    "did not find expected ',' or '}'": "yaml.problem.open_brace",
    "could not find expected ':'": "yaml.problem.colon",
    "did not find expected key": "yaml.problem.key",
    "did not find expected '-' indicator": "yaml.problem.dash",
    "found undefined alias": "yaml.problem.undefined_alias",
    "found unexpected end of stream": "yaml.problem.end_of_stream",
    "found unknown escape character": "yaml.problem.escape",
    "control characters are not allowed": "yaml.problem.control",
    "found unacceptable character": "yaml.problem.unacceptable",
    "exceeded maximum nesting depth": "yaml.problem.depth",
    "expected <block end>, but found": "yaml.problem.block_end",
}
"""English keeps PyYAML's own text, which names what it met; French says it in the catalogue's words."""
