"""JSON Schemas of rule files and pack files, for editors (yaml-language-server) and validators.

A rule file's `params` depend on its `check`: the schema says so with one `if`/`then` per check,
each carrying that check's own params model, its quantity params restricted to the known
quantities and field paths. An editor then completes and checks a rule as it does a maquette.
"""

from __future__ import annotations

from typing import Any

from lp_lint.rules.checks import CHECKS, QUANTITY_PARAMS
from lp_lint.rules.pack_files import PackFile, RuleFile
from lp_lint.rules.quantities import QUANTITIES
from lp_lint.rules.quantities.core import field_paths

DRAFT = "https://json-schema.org/draft/2020-12/schema"
BASE_ID = "https://lp-lint.example/schemas/"


def rule_schema() -> dict[str, Any]:
    schema = RuleFile.model_json_schema()
    schema["properties"]["check"] = {
        **schema["properties"]["check"],
        "enum": sorted(CHECKS),
    }
    schema["$defs"]["Quantite"] = {
        "description": "a named quantity (lp-lint explain --checks), or a field's dotted path",
        "enum": [*sorted(QUANTITIES), *field_paths()],
    }
    schema["allOf"] = [
        {
            "if": {"properties": {"check": {"const": name}}, "required": ["check"]},
            "then": {"properties": {"params": _params(name)}},
        }
        for name in sorted(CHECKS)
    ]
    return _document(schema, "regle-v1.json", "Règle de lp-lint (un fichier de rules/<pack>/)")


def pack_schema() -> dict[str, Any]:
    return _document(
        PackFile.model_json_schema(), "pack-v1.json", "Pack de règles de lp-lint (pack.yaml)"
    )


def _params(check: str) -> dict[str, Any]:
    params: dict[str, Any] = CHECKS[check].params_model.model_json_schema()
    quantity = {"$ref": "#/$defs/Quantite"}
    for name, spec in params.get("properties", {}).items():
        if name in QUANTITY_PARAMS:
            is_list = spec.get("type") == "array"
            params["properties"][name] = (
                {**spec, "items": quantity} if is_list else {**spec, **quantity}
            )
    params.pop("title", None)
    return params


def _document(schema: dict[str, Any], name: str, title: str) -> dict[str, Any]:
    return {
        "$schema": DRAFT,
        "$id": BASE_ID + name,
        "title": title,
        **{k: v for k, v in schema.items() if k != "title"},
    }
