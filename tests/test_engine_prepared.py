"""Rules prepared once per run and entities listed once per maquette judge exactly as each rule
dated, read and listed on its own did; the cycle collector is resumed after each file."""

from __future__ import annotations

import datetime as dt
import gc
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lp_lint.findings import Finding
from lp_lint.model.records import Maquette
from lp_lint.programme.paths import student_paths
from lp_lint.reading.loader import load_yaml
from lp_lint.reading.shaping import shape
from lp_lint.reading.sourcemap import SourceMap
from lp_lint.rules import engine, prepared
from lp_lint.rules.entities import ScopedEntities, entities
from lp_lint.rules.packs import PackSet
from lp_lint.rules.path_findings import merge_paths
from lp_lint.run.batch import RunPacks
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_text
from tests.conftest import ROOT
from tests.strategies import dump, maquettes

sys.path.insert(0, str(ROOT / "bench"))
from generate import write

PACKS: PackSet = RunPacks()(Options())
READINGS = st.sampled_from(
    [
        {},
        {"LP104": "heures-enseignees"},
        {"projet-quart": "litterale", "mises-en-situation-tiers": "projets-et-stages"},
        {"LP202": "avec-alternance"},
    ]
)
EXTRAS = st.sampled_from([None, {}, {"mentions": ("Chimie fine", "Robotique")}])


def evaluated_rule_by_rule(
    maquette: Maquette,
    selection: engine.Selection,
    source_map: SourceMap,
    readings: Mapping[str, str],
    extra_values: Mapping[str, tuple[str, ...]] | None,
) -> engine.Evaluation:
    """The engine as it read before rules were prepared: each rule dated, its reading chosen,
    its params extended and its entities listed, on every path, for every file."""
    result = engine.Evaluation(list(selection.findings))
    judged = []
    for path in student_paths(maquette):
        found = engine.Evaluation()
        for pack in selection.packs:
            for undated in pack.rules:
                rule = undated.at(selection.day)
                if rule is None:
                    continue
                extension = rule.source.etendue_par
                extra = (extra_values or {}).get(extension, ()) if extension else ()
                params = rule.check.extended(rule.params[rule.reading(dict(readings)) or ""], extra)
                scoped = {rule.source.scope: tuple(entities(path.maquette, rule.source.scope))}
                engine._run_rule(rule, params, path, scoped, source_map, found)  # type: ignore[arg-type]
        judged.append((path, found.findings))
        result.internal_error |= found.internal_error
    result.findings.extend(merge_paths(judged))
    return result


def judged_both_ways(
    text: str, readings: Mapping[str, str], extra: Mapping[str, tuple[str, ...]] | None
) -> tuple[list[Finding], list[Finding]] | None:
    loaded = load_yaml(text)
    if loaded.data is None:
        return None
    maquette, _ = shape(loaded.data, loaded.source_map)
    if maquette is None:
        return None
    selection = engine.select_packs(
        maquette, PACKS.packs, loaded.source_map, None, dt.date(2024, 1, 1)
    )
    fast = engine.evaluate(maquette, selection, loaded.source_map, readings, extra)
    slow = evaluated_rule_by_rule(maquette, selection, loaded.source_map, readings, extra)
    assert fast.internal_error == slow.internal_error
    return fast.findings, slow.findings


def test_generated_and_example_maquettes_are_judged_alike(tmp_path: Path) -> None:
    files = write(tmp_path, 12, "M") + sorted((ROOT / "examples" / "maquettes").glob("*.yaml"))
    compared = 0
    for path in files:
        for readings, extra in (({}, None), ({"LP104": "heures-enseignees"}, {"mentions": ("X",)})):
            both = judged_both_ways(path.read_text(encoding="utf-8"), readings, extra)
            if both is not None:
                fast, slow = both
                assert fast == slow
                compared += bool(fast)
    assert compared >= 20


@settings(max_examples=60, deadline=None)
@given(maquettes, READINGS, EXTRAS)
def test_any_maquette_is_judged_alike(
    maquette: dict[str, object],
    readings: dict[str, str],
    extra: dict[str, tuple[str, ...]] | None,
) -> None:
    both = judged_both_ways(dump(maquette), readings, extra)
    if both is not None:
        assert both[0] == both[1]


@given(st.dates(dt.date(1995, 1, 1), dt.date(2035, 12, 31)) | st.none(), READINGS, EXTRAS)
def test_prepared_rules_are_the_rules_in_force_with_their_params(
    day: dt.date | None,
    readings: dict[str, str],
    extra: dict[str, tuple[str, ...]] | None,
) -> None:
    packs = PACKS.packs
    ready = prepared.prepared_rules(packs, day, readings, extra)
    expected = [rule for pack in packs for u in pack.rules if (rule := u.at(day)) is not None]
    assert [p.rule for p in ready] == expected
    for rule, params in ready:
        extension = rule.source.etendue_par
        values = (extra or {}).get(extension, ()) if extension else ()
        assert params == rule.check.extended(rule.params[rule.reading(readings) or ""], values)
    assert prepared.prepared_rules(packs, day, dict(readings), extra) is ready


def test_other_packs_are_never_given_another_run_s_rules() -> None:
    day = dt.date(2024, 9, 1)
    first = prepared.prepared_rules(PACKS.packs, day, {}, None)
    fewer = PACKS.packs[:1]
    assert [p.rule for p in prepared.prepared_rules(fewer, day, {}, None)] == [
        rule for u in fewer[0].rules if (rule := u.at(day)) is not None
    ]
    copies = tuple(pack._replace() for pack in PACKS.packs)  # equal packs, other objects
    again = prepared.prepared_rules(copies, day, {}, None)
    assert again is not first and [p.rule for p in again] == [p.rule for p in first]


def test_entities_are_listed_once_per_scope() -> None:
    loaded = load_yaml((ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml").read_text())
    maquette, _ = shape(loaded.data, loaded.source_map)
    assert maquette is not None
    scoped = ScopedEntities(maquette)
    for scope in ("maquette", "semestre", "ue", "contrat", "bloc"):
        assert scoped[scope] == tuple(entities(maquette, scope))
        assert scoped[scope] is scoped[scope]
    assert len(scoped["ue"]) > 3


@pytest.mark.parametrize("enabled", [True, False])
def test_the_cycle_collector_is_left_as_it_was_found(enabled: bool) -> None:
    text = (ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml").read_text()
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        assert lint_text(text, "m.yaml", Options(), PACKS).findings
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_a_file_s_programmes_are_not_kept_once_it_is_judged() -> None:
    from lp_lint.programme import build

    text = (ROOT / "examples" / "maquettes" / "lp-mrn-2016-2017.yaml").read_text()
    assert lint_text(text, "m.yaml", Options(), PACKS).findings
    assert not build._CACHE
