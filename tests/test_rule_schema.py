"""The JSON Schemas of rule and pack files, and the reference of checks and quantities: current,
declared by every bundled file for the editor, and as strict as the loader on what matters."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner

from lp_lint.cli.main import main
from lp_lint.docgen import pack_schema_text, rule_schema_text
from lp_lint.outputs.checks_reference import checks_reference
from lp_lint.rules.checks import CHECKS
from lp_lint.rules.packs import bundled_rules_dir
from lp_lint.rules.quantities import QUANTITIES
from tests.test_examples_docs import yaml_data

DOCS = Path(__file__).resolve().parent.parent / "docs"
RULE_SCHEMA = json.loads(rule_schema_text())
PACK_SCHEMA = json.loads(pack_schema_text())
RULE_FILES = sorted(p for p in bundled_rules_dir().glob("*/*.yaml") if p.name != "pack.yaml")
PACK_FILES = sorted(bundled_rules_dir().glob("*/pack.yaml"))


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("regle.schema.json", rule_schema_text()),
        ("pack.schema.json", pack_schema_text()),
        ("verifications.md", checks_reference("fr")),
    ],
)
def test_generated_reference_is_current(name: str, text: str) -> None:
    assert (DOCS / name).read_text(encoding="utf-8") == text, "run: python -m lp_lint.docgen"


@pytest.mark.parametrize("path", RULE_FILES + PACK_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_bundled_files_declare_and_satisfy_their_schema(path: Path) -> None:
    kind = "pack" if path.name == "pack.yaml" else "regle"
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=../../docs/{kind}.schema.json"
    schema = PACK_SCHEMA if kind == "pack" else RULE_SCHEMA
    jsonschema.Draft202012Validator(schema).validate(yaml_data(path))


def rule_data() -> dict[str, Any]:
    data: dict[str, Any] = yaml_data(bundled_rules_dir() / "lp-1999" / "projet-quart.yaml")
    return data


@pytest.mark.parametrize(
    "change",
    [
        {"check": "share-mni"},
        {"params": {**rule_data()["params"], "numerator": "heures_projt"}},
        {"params": {**rule_data()["params"], "numerator": "formation.rncp"}},
        {"params": {**rule_data()["params"], "maximum": 1}},
        {"params": {**rule_data()["params"], "min": "un quart"}},
        {"severite": "error"},
        {"inconnu": "parfois"},
        {"code": "lp104"},
    ],
    ids=str,
)
def test_the_rule_schema_refuses_what_the_loader_refuses(change: dict[str, Any]) -> None:
    validator = jsonschema.Draft202012Validator(RULE_SCHEMA)
    assert validator.is_valid(rule_data())
    assert not validator.is_valid({**rule_data(), **change})


def test_a_field_path_is_a_valid_quantity_in_the_schema() -> None:
    data = yaml_data(bundled_rules_dir() / "lp-2019" / "rncp-niveau-6.yaml")
    assert data["params"]["quantity"] == "formation.rncp.niveau"
    assert jsonschema.Draft202012Validator(RULE_SCHEMA).is_valid(data)


@pytest.mark.parametrize("arguments", [["explain", "--checks"], ["explain"]])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_explain_checks_lists_every_check_and_quantity(arguments: list[str], lang: str) -> None:
    result = CliRunner().invoke(main, [*arguments, "--lang", lang])
    assert result.exit_code == 0, result.output
    assert all(f"### `{name}`" in result.output for name in CHECKS)
    assert all(f"| `{name}` |" in result.output for name in QUANTITIES)
    assert "`formation.rncp.niveau`" in result.output
    assert ("Paramètres :" if lang == "fr" else "Params:") in result.output
