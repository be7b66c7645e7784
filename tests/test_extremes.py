"""Every numeric field of the examples set to extreme values, every output format and the report
page rendered: never an internal error, never an exception, output of bounded size.

The fast sweep runs with the suite; the heavy one (`slow`) runs thousands of examples, and ten
times more under HYPOTHESIS_PROFILE=thorough (see the README, « Robustesse et sécurité »).
"""

from __future__ import annotations

import copy
import io
import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lp_lint.cli.versions import maquette_and_report
from lp_lint.outputs.formats import FORMATS, Settings, get_formatter
from lp_lint.outputs.report.facts import Judged
from lp_lint.outputs.report.page import html_page, markdown_page
from lp_lint.reading.include import load_with_includes
from lp_lint.reports import Report, UsageError
from lp_lint.run.capping import MAX_PER_FILE
from lp_lint.run.options import Options
from lp_lint.run.pipeline import judged_rules, lint_text
from lp_lint.run.rule_sets import packs_for
from tests.conftest import ROOT

EXAMPLES = sorted((ROOT / "examples" / "maquettes").glob("*.yaml"))

EXTREMES = [
    "0",
    "-1",
    "-0.0",
    "1e308",
    "-1e308",
    "1.7976931348623157e308",
    "1e400",
    "5e-324",
    "1e-300",
    ".inf",
    "-.inf",
    ".nan",
    "9" * 5000,
    "-" + "9" * 5000,
    "4" * 4301,
    "10000",
    "10000.000001",
    "300.5",
    "0.1",
]
"""Written as YAML text: values Python cannot even parse (10**5000) reach the loader as such."""

ABSENT = [
    ("stage", "heures_par_semaine"),
    ("stage", "heures"),
    ("projet_tuteure", "heures"),
    ("projet_tuteure", "part_en_entreprise"),
    ("modalites_controle", "seuil_eliminatoire"),
    ("equipe", "heures_professionnels"),
]
"""Numeric fields the examples leave out, added (under blocks they have) to be swept too."""


def _numeric_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _numeric_paths(item, (*path, key))]
    if isinstance(value, list):
        return [p for index, item in enumerate(value) for p in _numeric_paths(item, (*path, index))]
    return [path] if isinstance(value, int | float) and not isinstance(value, bool) else []


def _list_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _list_paths(item, (*path, key))]
    if isinstance(value, list):
        inner = [p for index, item in enumerate(value) for p in _list_paths(item, (*path, index))]
        return [path, *inner] if value else inner
    return []


@cache
def example(index: int) -> tuple[dict[str, Any], list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """(data, numeric paths, list paths) of an example, read by lp-lint's own loader."""
    text = EXAMPLES[index].read_text(encoding="utf-8")
    data = load_with_includes(text, str(EXAMPLES[index])).data  # shared UEs inlined
    paths = [p for p in _numeric_paths(data) if p != ("version",)]
    paths += [(block, key) for block, key in ABSENT if isinstance(data.get(block), dict)]
    return data, paths, _list_paths(data)


def _set(data: Any, path: tuple[Any, ...], value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


@st.composite
def extreme_maquettes(draw: st.DrawFn) -> str:
    """An example's YAML text with some numeric fields extreme and some lists made huge."""
    index = draw(st.integers(0, len(EXAMPLES) - 1))
    original, paths, lists = example(index)
    data = copy.deepcopy(original)
    chosen = draw(st.lists(st.sampled_from(paths), min_size=1, max_size=len(paths), unique=True))
    marks: dict[str, str] = {}
    for number, path in enumerate(chosen):
        mark = f"xtreme{number}x"
        marks[mark] = draw(st.sampled_from(EXTREMES))
        _set(data, path, mark)
    for path in draw(st.lists(st.sampled_from(lists), max_size=2, unique=True)):
        items = _get(data, path)
        _set(data, path, items * draw(st.integers(2, 100)))
    return re.sub(r"xtreme[0-9]+x", lambda m: marks[m.group(0)], dump(data))


def dump(data: Any) -> str:
    return yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1_000_000)


_DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@cache
def _options() -> tuple[Options, Any]:
    options = Options(lang="fr")
    return options, packs_for(options)


def _outputs(text: str) -> tuple[dict[str, str], int]:
    """Every output format of the lint of `text`, the report pages when it is readable, and the
    size each may reach: a share for every finding (capped) and every UE (the expanded nodes
    are capped), whatever the file's own size (aliases expand)."""
    options, pack_set = _options()
    pages, ues = {}, 0
    try:
        maquette, file_report = maquette_and_report("m.yaml", text, options)
        rules = tuple(judged_rules(pack_set, file_report.packs, "m.yaml", options))
        judged = Judged(maquette, file_report, rules, options.readings, (), "fr")
        pages["report.html"] = html_page(judged, "fr")
        pages["report.md"] = markdown_page(judged, "fr")
        ues = sum(1 for _ in maquette.iter_ues())
    except UsageError:  # `report` refuses an unreadable maquette with exit code 2
        file_report = lint_text(text, "m.yaml", options, pack_set)
    assert not file_report.internal_error, [f.text("fr") for f in file_report.findings]
    assert "X001" not in {f.code for f in file_report.findings}
    assert len(file_report.findings) <= MAX_PER_FILE + 1
    report = Report([file_report], pack_set.rules)
    outputs = {}
    for name in FORMATS:
        buffer = io.StringIO()
        get_formatter(name)(report, buffer, Settings("fr", False, statistics=True))
        outputs[name] = buffer.getvalue()
    allowed = 100_000 + 8_000 * len(file_report.findings) + 2_000 * ues
    return {**outputs, **pages}, allowed


def check(text: str) -> None:
    outputs, allowed = _outputs(text)
    for name, output in outputs.items():
        assert len(output) <= allowed, name
        if name == "report.html":
            assert not re.search(r'(width|x|x1|x2)="-?(inf|nan)', output), "SVG"


SWEEP = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None)


@pytest.mark.slow
@settings(SWEEP, max_examples=200)
@given(text=extreme_maquettes())
def test_extreme_values_in_every_format(text: str) -> None:
    check(text)


@pytest.mark.slow
@settings(SWEEP, max_examples=settings().max_examples * 5)
@given(text=extreme_maquettes())
def test_extreme_values_in_every_format_at_length(text: str) -> None:
    check(text)


@pytest.mark.parametrize("index", range(len(EXAMPLES)))
@pytest.mark.parametrize("value", EXTREMES)
def test_every_field_at_once(index: int, value: str) -> None:
    """The corner hypothesis may not draw: every numeric field of an example extreme at once."""
    original, paths, _ = example(index)
    data = copy.deepcopy(original)
    for path in paths:
        _set(data, path, "xtremex")
    check(dump(data).replace("xtremex", value))


def test_the_sweep_reaches_every_example() -> None:
    assert len(EXAMPLES) >= 5 and all(len(example(i)[1]) > 30 for i in range(len(EXAMPLES)))


def test_an_example_left_alone_is_clean() -> None:
    """The sweep's own yardstick: an untouched example lints without an internal error."""
    text = Path(EXAMPLES[0]).read_text(encoding="utf-8")
    assert _outputs(text)[0]["json"].startswith("{")
