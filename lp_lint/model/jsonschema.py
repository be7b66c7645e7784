"""The JSON Schema of the maquette format, for editors (yaml-language-server) and validators."""

from __future__ import annotations

from typing import Any

from lp_lint.model import Maquette

SCHEMA_ID = "https://lp-lint.example/schemas/maquette-v1.json"


INCLUSION: dict[str, Any] = {
    "type": "object",
    "title": "Inclusion",
    "description": "une UE (ou un EC) commune à plusieurs parcours, écrite une fois dans son "
    "propre fichier : son chemin, relatif au fichier qui l'inclut, sans sortir du dépôt",
    "properties": {
        "inclure": {
            "type": "string",
            "minLength": 1,
            "description": "chemin du fichier de l'UE (ou de l'EC), relatif à ce fichier "
            "(« ../communes/ue-anglais.yaml »)",
        }
    },
    "required": ["inclure"],
    "additionalProperties": False,
}
"""What the loader replaces before validation (lp_lint.reading.include): the model never sees
it, the file an editor checks does."""


def maquette_schema() -> dict[str, Any]:
    schema = Maquette.model_json_schema()
    definitions = schema["$defs"]
    definitions["Inclusion"] = INCLUSION
    for owner, field, item in (("Semestre", "ues", "UE"), ("UE", "ecs", "EC")):
        definitions[owner]["properties"][field]["items"] = {
            "anyOf": [{"$ref": f"#/$defs/{item}"}, {"$ref": "#/$defs/Inclusion"}]
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "Maquette de licence professionnelle (format lp-lint, version 1)",
        **{k: v for k, v in schema.items() if k != "title"},
    }
