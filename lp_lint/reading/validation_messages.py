"""French and English wording of shape errors (pydantic error types → reader's words)."""

from __future__ import annotations

from lp_lint.i18n import Lang, format_value

TYPE_MESSAGES: dict[str, dict[Lang, str]] = {
    "missing": {
        "fr": "clé obligatoire « {key} » manquante",
        "en": "required key '{key}' is missing",
    },
    "default": {
        "fr": "« {key} » : valeur « {value} » refusée ({expected})",
        "en": "'{key}': value '{value}' refused ({expected})",
    },
    "literal_error": {
        "fr": "« {key} » : « {value} » n'est pas une valeur admise ; valeurs possibles : {expected}",
        "en": "'{key}': '{value}' is not an allowed value; allowed: {expected}",
    },
    "greater_than_equal": {
        "fr": "« {key} » : {value} est trop petit, la valeur doit être au moins {ge}",
        "en": "'{key}': {value} is too small, the value must be at least {ge}",
    },
    "greater_than": {
        "fr": "« {key} » : {value} est trop petit, la valeur doit être supérieure à {gt}",
        "en": "'{key}': {value} is too small, the value must be greater than {gt}",
    },
    "less_than_equal": {
        "fr": "« {key} » : {value} est trop grand, la valeur doit être au plus {le}",
        "en": "'{key}': {value} is too large, the value must be at most {le}",
    },
    "string_pattern_mismatch": {
        "fr": "« {key} » : « {value} » n'a pas la forme attendue ({expected})",
        "en": "'{key}': '{value}' does not have the expected form ({expected})",
    },
    "value_error": {
        "fr": "« {key} » : {detail}",
        "en": "'{key}': {detail}",
    },
}

HINTS: dict[str, dict[Lang, str]] = {
    "quote": {
        "fr": 'écrivez-la entre guillemets : "{value}"',
        "en": 'write it in quotes: "{value}"',
    },
    "decimal_comma": {
        "fr": "en YAML le séparateur décimal est le point : écrivez {value}",
        "en": "YAML decimals use a point: write {value}",
    },
    "bool": {
        "fr": "pour un booléen, écrivez true ou false (« {value} » est ambigu en YAML)",
        "en": "for a boolean, write true or false ('{value}' is ambiguous in YAML)",
    },
    "unquote": {
        "fr": "un nombre s'écrit sans guillemets : {value}",
        "en": "a number is written without quotes: {value}",
    },
    "plain_number": {
        "fr": "écrivez un nombre décimal simple, comme 12 ou 6.5",
        "en": "write a plain decimal number, such as 12 or 6.5",
    },
    "leading_zero_number": {
        "fr": "un nombre ne commence pas par 0 (YAML le lirait en octal) : retirez le zéro initial",
        "en": "a number does not start with 0 (YAML would read it as octal): drop the leading zero",
    },
}

UNKNOWN_KEY: dict[str, dict[Lang, str]] = {
    "suggest": {
        "fr": "clé inconnue « {key} » : vouliez-vous dire « {suggestion} » ?",
        "en": "unknown key '{key}': did you mean '{suggestion}'?",
    },
    "list": {
        "fr": "clé inconnue « {key} » ; clés possibles ici : {allowed}",
        "en": "unknown key '{key}'; keys allowed here: {allowed}",
    },
}

_EXPECTED: dict[str, dict[Lang, str]] = {
    "string_type": {"fr": "texte attendu", "en": "text expected"},
    "float_type": {"fr": "nombre attendu", "en": "number expected"},
    "int_type": {"fr": "nombre entier attendu", "en": "whole number expected"},
    "int_from_float": {"fr": "nombre entier attendu", "en": "whole number expected"},
    "bool_type": {"fr": "true ou false attendu", "en": "true or false expected"},
    "date_type": {"fr": "date AAAA-MM-JJ attendue", "en": "date YYYY-MM-DD expected"},
    "list_type": {"fr": "liste attendue", "en": "list expected"},
    "model_type": {"fr": "dictionnaire de clés attendu", "en": "mapping of keys expected"},
    "model_attributes_type": {
        "fr": "dictionnaire de clés attendu",
        "en": "mapping of keys expected",
    },
    "dict_type": {"fr": "dictionnaire de clés attendu", "en": "mapping of keys expected"},
    "string_too_short": {"fr": "texte vide", "en": "empty text"},
    "string_too_long": {"fr": "texte trop long", "en": "text too long"},
    "string_pattern_mismatch": {"fr": "par exemple « 2016-2017 »", "en": "for example '2016-2017'"},
}


def describe_expected(kind: str, context: dict[str, object], lang: Lang) -> str:
    if kind == "literal_error":
        expected = str(context.get("expected", ""))
        return expected.replace(" or ", " ou ") if lang == "fr" else expected
    if kind in _EXPECTED:
        return _EXPECTED[kind][lang]
    for bound in ("ge", "gt", "le", "lt"):
        if bound in context:
            return f"{bound} {format_value(context[bound], lang)}"
    return kind
