"""Metamorphic properties: the same programme written another way gets the same rule codes;
a compliant maquette with one known defect injected never passes.

Examples come from examples/maquettes/ and from the maquette generator. The heavy properties
run thousands of examples and are marked `slow`; HYPOTHESIS_PROFILE=thorough runs more.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lp_lint.reading.include import load_with_includes
from tests.conftest import ROOT
from tests.metamorphic import (
    INJECTIONS,
    INJECTIONS_1999,
    MOVES,
    WRITERS,
    injected,
    lint,
)
from tests.strategies import dump, maquettes

EXAMPLES = sorted((ROOT / "examples" / "maquettes").glob("*.yaml"))
COMPLIANT = {
    "lp-mrn-2018-2019": "lp-1999",
    "lp-reseaux-2010-2011": "lp-1999",
    "lp-web-2023-2024": "lp-2019",
    "lp-commerce-international-2024-2025": "lp-2019",
}
PROFILE = settings.default.max_examples  # 300 in CI, more with HYPOTHESIS_PROFILE=thorough
GENERATED = settings(
    max_examples=3 * PROFILE, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
"""Small generated maquettes lint in a few milliseconds: thousands of lints per run."""
INJECTED = settings(
    max_examples=PROFILE, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
"""Whole examples cost more; the parametrised test above already tries every pair once."""


def example(name: str) -> dict[str, Any]:
    """An example's data, its shared UEs inlined (a rewritten text is linted elsewhere)."""
    path = ROOT / "examples" / "maquettes" / f"{name}.yaml"
    loaded = load_with_includes(path.read_text("utf-8"), str(path))
    assert isinstance(loaded.data, dict) and not loaded.findings
    return yaml.safe_load(yaml.safe_dump(loaded.data))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_an_example_written_another_way_keeps_its_codes(path: Path, writer: str) -> None:
    data = example(path.stem)
    assert lint(WRITERS[writer](data))[0] == lint(path.read_text("utf-8"), str(path))[0]


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
@pytest.mark.parametrize("move", sorted(MOVES))
def test_an_example_with_a_fact_moved_keeps_its_codes(path: Path, move: str) -> None:
    data = example(path.stem)
    moved = MOVES[move](data)
    if move != "projet-block-from-ues":  # every example has its projet block already
        assert moved is not None, f"{move} applies to {path.stem}"
    if moved is not None:
        assert lint(dump(moved))[0] == lint(dump(data))[0]


@pytest.mark.parametrize("name", sorted(COMPLIANT))
def test_the_compliant_examples_pass(name: str) -> None:
    assert lint(dump(example(name)))[1] == 0


DEFECTS = [
    (name, injection)
    for name, regime in sorted(COMPLIANT.items())
    for injection in sorted(INJECTIONS) + (sorted(INJECTIONS_1999) if regime == "lp-1999" else [])
]


@pytest.mark.parametrize(("name", "injection"), DEFECTS)
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_one_known_defect_never_passes(name: str, injection: str, writer: str) -> None:
    codes, status = lint(WRITERS[writer](injected(example(name), injection)))
    assert status != 0, (injection, sorted(codes))
    if injection.startswith("N"):
        assert injection in codes


@pytest.mark.slow
@GENERATED
@given(
    data=maquettes,
    writer=st.sampled_from(sorted(WRITERS)),
    move=st.sampled_from([None, *sorted(MOVES)]),
)
def test_generated_maquettes_keep_their_codes_however_written(
    data: dict[str, Any], writer: str, move: str | None
) -> None:
    moved = MOVES[move](data) if move else None
    assert lint(WRITERS[writer](moved or data))[0] == lint(dump(data))[0]


@pytest.mark.slow
@INJECTED
@given(
    name=st.sampled_from(sorted(COMPLIANT)),
    injection=st.sampled_from(sorted(INJECTIONS)),
    writer=st.sampled_from(sorted(WRITERS)),
    moves=st.lists(st.sampled_from(sorted(MOVES)), max_size=3),
)
def test_a_defect_survives_any_equivalent_rewrite(
    name: str, injection: str, writer: str, moves: list[str]
) -> None:
    data = injected(example(name), injection)
    for move in moves:
        data = MOVES[move](data) or data
    assert lint(WRITERS[writer](data))[1] != 0
