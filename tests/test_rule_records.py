"""The plain twins of the pack-file and params models (`rules/records.py`): generated from the
models, and rebuilt from their dumps with the same values — which is all a run from the pack
cache reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lp_lint.reading.loader import load_yaml
from lp_lint.rules import codegen, pack_files, records
from lp_lint.rules.checks import CHECKS
from lp_lint.rules.compiled import _iso_date
from lp_lint.rules.packs import bundled_rules_dir

RULE_FILES = sorted(p for p in bundled_rules_dir().glob("*/*.yaml") if p.name != "pack.yaml")
PACK_FILES = sorted(bundled_rules_dir().glob("*/pack.yaml"))


def test_the_generated_module_is_up_to_date() -> None:
    path = Path(codegen.__file__).with_name("records.py")
    assert path.read_text(encoding="utf-8") == codegen.generate(), "run: python -m lp_lint.docgen"


def as_json(dump: dict[str, object]) -> dict[str, object]:
    """A dump as the pack cache keeps it."""
    kept: dict[str, object] = json.loads(json.dumps(dump, default=_iso_date))
    return kept


@pytest.mark.parametrize(
    ("model", "twin", "path"),
    [(pack_files.RuleFile, records.RuleFile, p) for p in RULE_FILES]
    + [(pack_files.PackFile, records.PackFile, p) for p in PACK_FILES],
    ids=lambda v: v.parent.name + "/" + v.name if isinstance(v, Path) else "",
)
def test_a_twin_holds_what_its_model_validated(model: type, twin: type, path: Path) -> None:
    validated = model.model_validate(load_yaml(path.read_text(encoding="utf-8")).data)
    dump = validated.model_dump()
    from_python = records.thaw(twin, dump)
    from_json = records.thaw(twin, as_json(validated.model_dump(mode="json")))
    assert from_python == from_json
    assert from_python.model_dump() == dump
    assert type(from_python).__name__ == model.__name__


def test_every_rule_s_params_become_twins_with_the_same_values() -> None:
    seen = set()
    for path in RULE_FILES:
        rule = pack_files.RuleFile.model_validate(load_yaml(path.read_text("utf-8")).data)
        check = CHECKS[rule.check]
        twin = check.validate(rule.params)
        assert type(twin) is check.params
        assert twin.model_dump() == check.params_model.model_validate(rule.params).model_dump()
        assert records.thaw(check.params, as_json(twin.model_dump())) == twin
        seen.add(rule.check)
    assert seen == set(CHECKS)  # every check's params met at least once


def test_a_dump_of_another_shape_is_refused_not_half_read() -> None:
    texts = {"fr": "a", "en": "b"}
    assert records.thaw(records.Texts, texts).get("en") == "b"
    with pytest.raises(KeyError):
        records.thaw(records.Texts, {"fr": "a"})
    with pytest.raises(ValueError):
        records.thaw(records.Pouvoir, {"autorite": "recteur", "depuis": "2019-13-45"})


def test_a_twin_is_frozen_and_copies_like_its_model() -> None:
    force = records.thaw(
        records.InForce,
        {"since": "2019-09-01", "until": None, "verified": True, "from_renewal": False},
    )
    with pytest.raises(TypeError):
        force.since = force.until  # type: ignore[misc]
    later = force.model_copy(update={"verified": False})
    assert (later.verified, force.verified) == (False, True)
