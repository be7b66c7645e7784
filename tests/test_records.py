"""The generated validator (lp_lint/model/records.py) against pydantic, its oracle.

Whatever the generated validator accepts, pydantic accepts, and both build the same values (of
the same types, with the same keys given); whatever it cannot vouch for, it hands to pydantic.
And a whole run gives the same findings with the fast path as with pydantic alone.
"""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, Field, ValidationError, field_validator

from lp_lint.model import Maquette, codegen, records
from lp_lint.model.base import Strict
from lp_lint.model.record_base import Record
from lp_lint.reading.include import load_with_includes
from lp_lint.reading.loader import load_yaml
from lp_lint.reading.scalars import AmbiguousScalar
from lp_lint.reading.shaping import as_records, shape
from lp_lint.rules.packs import bundled_rules_dir
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_text
from lp_lint.run.rule_sets import packs_for
from tests.conftest import ROOT
from tests.strategies import maquettes
from tests.test_properties import _mutate, _paths

EXAMPLES = sorted((ROOT / "examples" / "maquettes").glob("*.yaml"))
CASES = sorted(bundled_rules_dir().glob("*/cases/*/*.yaml"))
ADVERSARIAL = sorted((ROOT / "tests" / "adversarial").glob("*"))
RECORDS = Path(codegen.__file__).with_name("records.py")


def snapshot(value: Any) -> Any:
    """Everything the rules could tell apart: classes, keys given, values and their types."""
    if isinstance(value, Record | BaseModel):
        fields = value._fields if isinstance(value, Record) else type(value).model_fields
        return (
            type(value).__name__,
            sorted(value.model_fields_set),
            [(name, snapshot(getattr(value, name))) for name in fields],
        )
    if isinstance(value, list):
        return [snapshot(item) for item in value]
    return (type(value).__name__, value)


def oracle(data: Any) -> Maquette | None:
    try:
        return Maquette.model_validate(data)
    except ValidationError:
        return None


def assert_agree(data: Any) -> records.Maquette | None:
    fast = records.build(data)
    if fast is not None:
        slow = oracle(data)
        assert slow is not None, "the generated validator accepted what pydantic refuses"
        assert snapshot(fast) == snapshot(slow)
        assert snapshot(as_records(slow)) == snapshot(fast)
    return fast


def data_of(path: Path) -> Any:
    """The data the rules see: a shared UE (`inclure:`) read in place, as the pipeline does."""
    text = path.read_text(encoding="utf-8", errors="replace")
    return load_with_includes(text, str(path)).data


def test_the_generated_module_is_up_to_date() -> None:
    assert RECORDS.read_text(encoding="utf-8") == codegen.generate(), (
        "run: python -m lp_lint.docgen"
    )


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_every_example_is_built_without_pydantic(path: Path) -> None:
    assert assert_agree(data_of(path)) is not None


def test_rule_cases_agree_and_valid_ones_take_the_fast_path() -> None:
    fast = [path for path in CASES if assert_agree(data_of(path)) is not None]
    valid = [path for path in CASES if oracle(data_of(path)) is not None]
    assert len(CASES) > 100
    assert fast == valid  # no valid case needs pydantic


@pytest.mark.parametrize("path", ADVERSARIAL, ids=lambda p: p.name)
def test_adversarial_inputs_agree(path: Path) -> None:
    assert_agree(data_of(path))


@pytest.mark.slow
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(maquettes)
def test_generated_maquettes_take_the_fast_path(data: dict[str, Any]) -> None:
    assert assert_agree(data) is not None


ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 400),
    st.sampled_from([10**20, 2**53 + 1, -(2**60), 10_000, 10_001, 0, 1, 12, 20, 21, 40, 41]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0.0, 1.0, 1.5, 7.0, 7.5, 300.0, 300.5, 10_000.0, -0.0, 1e308]),
    st.text(max_size=5),
    st.sampled_from(
        [
            "",
            "2016-2017",
            "2016-2017\n",
            "1899-1900",
            "2022-09-15",
            "2022-02-30",
            "\ud800",
            "x" * 41,
        ]
    ),
    st.sampled_from(["stage", "lp-1999", "rapport", "professionnalisation", "annuelle", "recteur"]),
    st.dates(dt.date(1990, 1, 1), dt.date(2040, 1, 1)),
    st.just(dt.datetime(2022, 9, 15, 8, 0)),
    st.builds(AmbiguousScalar, st.sampled_from(["0701", "NO", "1.10"]), st.just("yaml11-bool")),
    st.lists(st.integers(0, 3), max_size=3),
    st.just({}),
    st.just({"inconnue": 1}),
    st.just(["UE1", "UE1"]),
)


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(maquettes, st.data())
def test_mutated_maquettes_agree(data: dict[str, Any], draw: st.DataObject) -> None:
    """A value deleted, replaced, wrapped or nested under a stray key: never accepted where
    pydantic refuses."""
    target = draw.draw(st.sampled_from(_paths(data)))
    how = draw.draw(st.sampled_from(["delete", "replace", "wrap", "nest"]))
    _mutate(data, target, how, draw.draw(ODD_VALUES))
    assert_agree(data)


def _all_findings(path: Path, monkeypatch: pytest.MonkeyPatch, fast: bool) -> list[Any]:
    with monkeypatch.context() as patch:
        if not fast:
            patch.setattr(records, "build", lambda data: None)
        text = path.read_text(encoding="utf-8", errors="replace")
        options = Options()
        return lint_text(text, str(path), options, packs_for(options)).findings


@pytest.mark.parametrize("path", EXAMPLES + ADVERSARIAL, ids=lambda p: p.name)
def test_findings_are_the_same_through_pydantic(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = _all_findings(path, monkeypatch, fast=True)
    assert fast == _all_findings(path, monkeypatch, fast=False)


@pytest.mark.slow
def test_rule_cases_findings_are_the_same_through_pydantic(monkeypatch: pytest.MonkeyPatch) -> None:
    for path in CASES:
        fast = _all_findings(path, monkeypatch, fast=True)
        assert fast == _all_findings(path, monkeypatch, fast=False), path


class _Open(Strict):
    limit: float = Field(lt=3)


class _Checked(Strict):
    name: str

    @field_validator("name")
    @classmethod
    def _lower(cls, name: str) -> str:
        return name.lower()


class _Lax(BaseModel):
    name: str


@pytest.mark.parametrize("model", [_Open, _Checked, _Lax])
def test_the_generator_refuses_what_it_cannot_translate(model: type[BaseModel]) -> None:
    with pytest.raises(codegen.Unsupported):
        codegen.generate(model)


def test_records_copy_and_dump_as_pydantic_does() -> None:
    data = data_of(EXAMPLES[0])
    fast, slow = records.build(data), Maquette.model_validate(data)
    assert fast is not None
    ue, slow_ue = fast.semestres[0].ues[0], slow.semestres[0].ues[0]
    copied, slow_copied = ue.model_copy(update={"ecs": []}), slow_ue.model_copy(update={"ecs": []})
    assert snapshot(copied) == snapshot(slow_copied) and ue.ecs == fast.semestres[0].ues[0].ecs
    assert ue.model_dump(exclude_none=True) == slow_ue.model_dump(exclude_none=True)
    assert ue.model_dump() == slow_ue.model_dump()
    assert fast == records.build(data) and fast != copied
    assert pickle.loads(pickle.dumps(fast)) == fast == copy.deepcopy(fast)  # -j, partial
    with pytest.raises(TypeError):
        ue.code = "autre"  # type: ignore[misc]


class _Text(str):
    """A str subclass: pydantic accepts it, the generated validator hands it over."""


@pytest.mark.parametrize(
    "change",
    [
        {"version": True},  # pydantic's literal 1 takes True
        {"formation": {"mention": _Text("Commerce")}},
    ],
    ids=["literal-true", "str-subclass"],
)
def test_what_only_pydantic_accepts_still_reaches_the_rules_as_records(
    change: dict[str, Any],
) -> None:
    data = {"version": 1, "formation": {"mention": "Commerce"}, **change}
    assert records.build(data) is None and oracle(data) is not None
    maquette, findings = shape(data, load_yaml("version: 1\n").source_map)
    assert findings == [] and isinstance(maquette, records.Maquette)
    assert snapshot(maquette) == snapshot(as_records(oracle(data)))
    assert type(maquette.formation.mention) is str and maquette.version == 1


def test_a_refused_file_is_none_with_pydantic_findings() -> None:
    data = {"version": 1, "formation": {"mention": "Commerce", "ects": -1}}
    maquette, findings = shape(data, load_yaml("version: 1\n").source_map)
    assert maquette is None and [f.code for f in findings] == ["S001"]
