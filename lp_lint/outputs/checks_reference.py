"""`lp-lint explain --checks` and docs/verifications.md: what a rule file can name — every check
with its params, scopes and message cases, every named quantity, and the fields a rule may read
by their path — made from the registries themselves, so that it cannot drift from the code."""

from __future__ import annotations

import inspect
from typing import Any

from lp_lint.i18n import Lang
from lp_lint.rules.checks import CHECKS, Check
from lp_lint.rules.quantities import QUANTITIES
from lp_lint.rules.quantities.core import field_paths

_TEXTS: dict[str, dict[Lang, str]] = {
    "title": {"fr": "Vérifications et quantités", "en": "Checks and quantities"},
    "intro": {
        "fr": "Ce qu'un fichier de règle peut nommer : `check` (une vérification, avec ses "
        "`params`) et, dans ses params, des quantités. Généré depuis le code (`python -m "
        "lp_lint.docgen`, `lp-lint explain --checks`).",
        "en": "What a rule file can name: `check` (a check, with its `params`) and, in its "
        "params, quantities. Generated from the code (`python -m lp_lint.docgen`, `lp-lint "
        "explain --checks`).",
    },
    "checks": {"fr": "Vérifications", "en": "Checks"},
    "params": {"fr": "Paramètres :", "en": "Params:"},
    "scopes": {"fr": "Portées :", "en": "Scopes:"},
    "cases": {"fr": "Cas et variables des messages :", "en": "Cases and message placeholders:"},
    "extensible": {
        "fr": "Une liste de la configuration (`etendue_par`) s'ajoute à",
        "en": "A configuration list (`etendue_par`) adds to",
    },
    "required": {"fr": "obligatoire", "en": "required"},
    "default": {"fr": "défaut", "en": "default"},
    "quantities": {"fr": "Quantités nommées", "en": "Named quantities"},
    "quantity_head": {
        "fr": "| nom | portée | unité | ce qu'elle mesure |",
        "en": "| name | scope | unit | what it measures |",
    },
    "fields": {"fr": "Champs lus par leur chemin", "en": "Fields read by their path"},
    "fields_intro": {
        "fr": "Une quantité qui ne fait que lire un champ s'écrit par son chemin "
        "(`quantity: formation.rncp.niveau`) : sa valeur telle qu'écrite (oui/non valant 1/0), "
        "inconnue quand elle manque (D001 la demande). Portée : la maquette. Chemins possibles :",
        "en": "A quantity that only reads a field is written as its path (`quantity: "
        "formation.rncp.niveau`): its value as written (yes/no as 1/0), unknown when absent "
        "(D001 asks for it). Scope: the maquette. Possible paths:",
    },
}


def checks_reference(lang: Lang) -> str:
    """The whole reference, in Markdown (a terminal shows it as plain text just as well)."""
    say = {key: texts[lang] for key, texts in _TEXTS.items()}
    parts = [f"# {say['title']}\n", f"{say['intro']}\n", f"## {say['checks']}\n"]
    for name in sorted(CHECKS):
        parts.extend(_check(CHECKS[name], say))
    parts.append(f"## {say['quantities']}\n")
    parts.append(say["quantity_head"] + "\n| --- | --- | --- | --- |")
    for name in sorted(QUANTITIES):
        quantity = QUANTITIES[name]
        label = quantity.label_fr if lang == "fr" else quantity.label_en
        doc = " ".join((quantity.compute.__doc__ or "").split()).replace("|", "\\|")
        parts.append(f"| `{name}` | {quantity.scope} | {quantity.unit or '—'} | {label}. {doc} |")
    parts.append(f"\n## {say['fields']}\n\n{say['fields_intro']}\n")
    parts.extend(f"- `{path}`" for path in field_paths())
    return "\n".join(parts) + "\n"


def _check(check: Check[Any], say: dict[str, str]) -> list[str]:
    lines = [f"### `{check.name}`\n", f"{inspect.cleandoc(check.doc)}\n"]
    lines.append(f"{say['scopes']} {', '.join(check.scopes)}\n")
    schema = check.params_model.model_json_schema()
    required = set(schema.get("required", []))
    lines.append(f"{say['params']}\n")
    for name, spec in schema.get("properties", {}).items():
        status = (
            say["required"]
            if name in required
            else f"{say['default']} {_shown(spec.get('default'))}"
        )
        description = f" — {spec['description']}" if "description" in spec else ""
        lines.append(f"- `{name}` ({_type(spec)}, {status}){description}")
    lines.append(f"\n{say['cases']}\n")
    for case, names in sorted(check.cases.items()):
        lines.append(f"- `{case}`: {', '.join(f'{{{n}}}' for n in sorted(names))}")
    if check.extensible:
        lines.append(f"\n{say['extensible']} `{check.extensible}`.")
    lines.append("")
    return lines


def _type(spec: dict[str, Any]) -> str:
    if "anyOf" in spec:
        return " | ".join(_type(s) for s in spec["anyOf"])
    if "enum" in spec:
        return " | ".join(f"`{v}`" for v in spec["enum"])
    if spec.get("type") == "array":
        return f"[{_type(spec.get('items', {}))}]"
    return str(spec.get("type", "…"))


def _shown(value: object) -> str:
    return (
        "—" if value is None else f"`{value}`".lower() if isinstance(value, bool) else f"`{value}`"
    )
