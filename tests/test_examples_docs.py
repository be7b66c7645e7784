"""Examples, golden outputs, generated docs and the JSON Schema agree with the code."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from lp_lint.docgen import render_format_doc, schema_text
from lp_lint.outputs.formats import Settings
from lp_lint.outputs.formats.json_report import document
from lp_lint.reading.loader import load_yaml
from lp_lint.run.batch import lint_paths
from lp_lint.run.options import Options
from tests.conftest import ROOT

EXAMPLES = sorted((ROOT / "examples" / "maquettes").glob("*.yaml"))
GOLDEN = ROOT / "tests" / "golden"
SCHEMA = json.loads(schema_text())


def as_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    return value.isoformat() if isinstance(value, dt.date) else value


def yaml_data(path: Path) -> Any:
    loaded = load_yaml(path.read_text(encoding="utf-8"))
    assert not loaded.findings
    return as_json(loaded.data)


def test_there_are_examples_of_both_regimes() -> None:
    names = {p.stem for p in EXAMPLES}
    assert {"lp-mrn-2016-2017", "lp-mrn-2018-2019", "lp-web-2023-2024"} <= names


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_example_matches_its_golden_report(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Golden files were read line by line against the example; regenerate only after review."""
    monkeypatch.chdir(ROOT)
    relative = example.relative_to(ROOT)
    produced = document(lint_paths([str(relative)], Options()), Settings())
    golden = json.loads((GOLDEN / f"{example.stem}.json").read_text(encoding="utf-8"))
    produced["tool"].pop("version")
    golden["tool"].pop("version")
    assert produced.pop("root") == str(ROOT)  # where the checkout is: not in the golden file
    assert produced == golden


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.stem)
def test_example_declares_and_satisfies_the_schema(example: Path) -> None:
    first = example.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# yaml-language-server: $schema=")
    jsonschema.validate(yaml_data(example), SCHEMA, cls=jsonschema.Draft202012Validator)


def test_schema_rejects_what_the_loader_rejects() -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    base = yaml_data(EXAMPLES[0])
    for broken in (
        {**base, "inconnu": 1},
        {**base, "version": 2},
        {**base, "stage": {"semaines": -1}},
        {**base, "formation": {"mention": 12}},
    ):
        assert list(validator.iter_errors(broken))


def test_schema_copy_in_docs_is_current() -> None:
    assert (ROOT / "docs" / "maquette.schema.json").read_text(encoding="utf-8") == schema_text()


def test_rules_doc_is_current() -> None:
    from lp_lint.docgen import rules_doc

    assert (ROOT / "docs" / "regles.md").read_text(encoding="utf-8") == rules_doc(), (
        "run: python -m lp_lint.docgen"
    )


def test_format_reference_in_docs_is_current() -> None:
    current = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    assert render_format_doc(current) == current, "run: python -m lp_lint.docgen"


def test_every_field_of_the_format_is_documented() -> None:
    from lp_lint.docgen import _models
    from lp_lint.model import Maquette

    for model in _models(Maquette):
        assert model.__doc__, model.__name__
        for name, field in model.model_fields.items():
            assert field.description, f"{model.__name__}.{name}"
