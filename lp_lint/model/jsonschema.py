"""The JSON Schema of the maquette format, for editors (yaml-language-server) and validators."""

from __future__ import annotations

from typing import Any

from lp_lint.model import Maquette

SCHEMA_ID = "https://lp-lint.example/schemas/maquette-v1.json"


def maquette_schema() -> dict[str, Any]:
    schema = Maquette.model_json_schema()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Maquette de licence professionnelle (format lp-lint, version 1)",
        **{k: v for k, v in schema.items() if k != "title"},
    }
