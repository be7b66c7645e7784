"""The fast paths give exactly what the general paths give: the same data, spans and findings,
on the repository's files, generated maquettes and odd YAML, sequentially and in parallel."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lp_lint.reading import loader, scalars
from lp_lint.reading.loader import Limits, Loaded, load_yaml
from lp_lint.reports import Report
from lp_lint.rules.checks.presence import _normalized_set, normalized
from lp_lint.rules.loading import load_packs
from lp_lint.rules.packs import bundled_rules_dir
from lp_lint.run.batch import lint_paths
from lp_lint.run.options import Options
from lp_lint.run.pipeline import lint_file
from tests.conftest import ROOT
from tests.strategies import dump, maquettes

sys.path.insert(0, str(ROOT / "bench"))
from generate import write


def findings(report: Report) -> list[tuple[str, list[object]]]:
    return [(file.path, file.findings) for file in report.files]


def corpus(tmp_path: Path) -> list[Path]:
    return (
        write(tmp_path / "s", 15, "S")
        + write(tmp_path / "m", 10, "M")
        + write(tmp_path / "l", 3, "L")
    )


def test_compiled_packs_and_yaml_packs_agree(tmp_path: Path) -> None:
    files = corpus(tmp_path)
    slow = load_packs((bundled_rules_dir(),), (("plain", 0, 0),), use_cache=False)
    fast_report = lint_paths([str(tmp_path)], Options(ignore=("N014",)))  # across files: none alone
    by_path = {f.path: f.findings for f in fast_report.files}
    for path in files:
        assert lint_file(path, Options(), slow).findings == by_path[str(path)]
    assert len(by_path) == len(files) and sum(len(f) for f in by_path.values()) > 30


def test_parallel_and_serial_runs_agree(tmp_path: Path) -> None:
    corpus(tmp_path)
    serial = lint_paths([str(tmp_path)], Options(), jobs=1)
    parallel = lint_paths([str(tmp_path)], Options(), jobs=2)
    assert findings(serial) == findings(parallel)
    assert len(serial.files) == 28


def test_the_generator_is_deterministic(tmp_path: Path) -> None:
    first = [p.read_text(encoding="utf-8") for p in write(tmp_path / "a", 5, "M")]
    second = [p.read_text(encoding="utf-8") for p in write(tmp_path / "b", 5, "M")]
    assert first == second


# -- each fast path against the general path it stands in for --------------------------------

YAML_FILES = sorted(
    [
        *(ROOT / "tests" / "adversarial").glob("*.yaml"),
        *(ROOT / "examples").rglob("*.yaml"),
        *(ROOT / "rules").rglob("cases/*.yaml"),
    ]
)
PLAIN_WORDS = st.sampled_from(
    ["", "~", "null", "NULL", "Null", "true", "False", "yes", "No", "ON", "y", "N", "off"]
)
NUMBERISH = st.text(alphabet="0123456789+-._:eEbxaf,~ ", max_size=12)
plain_texts = (
    PLAIN_WORDS | NUMBERISH | st.text(max_size=12) | st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
)


def loaded_both_ways(text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Loaded, Loaded]:
    monkeypatch.setattr(loader, "FAST_PATHS", False)
    monkeypatch.setattr(scalars, "FAST_PATH", False)
    slow = load_yaml(text, Limits(max_depth=8, max_nodes=400))
    monkeypatch.setattr(loader, "FAST_PATHS", True)
    monkeypatch.setattr(scalars, "FAST_PATH", True)
    return slow, load_yaml(text, Limits(max_depth=8, max_nodes=400))


def assert_same(slow: Loaded, fast: Loaded) -> None:
    assert repr(fast.data) == repr(slow.data)  # repr: 1 and True and 1.0 are told apart
    assert fast.source_map.entries == slow.source_map.entries
    assert fast.findings == slow.findings


@given(plain_texts)
def test_plain_scalars_read_the_same_without_the_patterns(text: str) -> None:
    fast, slow = scalars.resolve_plain(text), scalars.resolve_by_patterns(text)
    assert (type(fast), fast) == (type(slow), slow)


@pytest.mark.parametrize("path", YAML_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_composer_fast_path_loads_every_repository_file_alike(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = path.read_bytes().decode("utf-8", "replace")
    assert_same(*loaded_both_ways(text, monkeypatch))


FRAGMENTS = st.sampled_from(
    [
        "a: 1\n",
        "a: &x {b: 2}\n",
        "c: *x\n",
        "<<: *x\n",
        "d: !!str 0701\n",
        "e: !tag x\n",
        "f:\n  - 1\n  - [2,3]\n",
        "g: {h: 4,5}\n",
        "i: 0701\n",
        "j: yes\n",
        "k: '12'\n",
        "l: &y [1, 2]\n",
        "m: *y\n",
        "n:\n  <<: [*x]\n  o: 1\n",
        "? [p]\n: 1\n",
        "a: 2\n",
        "q: 1.5\n",
        "r: 2024-02-30\n",
        "s:\n  - &z {t: 1}\n  - *z\n",
        "u: [[[[[[[[[1]]]]]]]]]\n",
        'v: "x\\u2028y"\n',
        "w: x\u2028y\n",
        "x: [1,\n",
        "--- \ny: 1\n",
        "z: ~\n",
        "aa: {bb: [cc, {dd: ee}], ff: !!int 3}\n",
        "gg: *unknown\n",
        "hh:\n- ii: 1\n  ii: 2\n",
    ]
)


@given(st.lists(FRAGMENTS, max_size=12), st.lists(st.integers(0, 40), max_size=3))
def test_the_composer_fast_path_agrees_on_odd_yaml(
    fragments: list[str], repeats: list[int]
) -> None:
    text = "".join(fragments) + "".join(f"k{n}: [{', '.join(['1'] * n)}]\n" for n in repeats)
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert_same(*loaded_both_ways(text, monkeypatch))


@given(maquettes, st.booleans())
def test_the_composer_fast_path_agrees_on_generated_maquettes(
    maquette: dict[str, object], flow: bool
) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert_same(*loaded_both_ways(dump(maquette, flow), monkeypatch))


@pytest.mark.parametrize("jobs", [1, 2])
def test_whole_runs_agree_with_and_without_the_fast_paths(
    jobs: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus(tmp_path)
    for example in (ROOT / "examples").rglob("*.yaml"):
        (tmp_path / example.name).write_bytes(example.read_bytes())
    fast = lint_paths([str(tmp_path)], Options(), jobs=jobs)
    monkeypatch.setattr(loader, "FAST_PATHS", False)
    monkeypatch.setattr(scalars, "FAST_PATH", False)
    slow = lint_paths([str(tmp_path)], Options(), jobs=jobs)
    assert findings(fast) == findings(slow)
    assert sum(len(f.findings) for f in fast.files) > 30


@given(st.lists(st.lists(st.text(max_size=8) | st.integers(), min_size=1, max_size=5), max_size=6))
def test_accepted_texts_normalised_once_are_those_of_each_list(
    lists: list[list[str | int]],
) -> None:
    for values in lists:  # one cache, lists in turn: never another list's answer
        expected = {normalized(v) for v in values if isinstance(v, str)}
        assert _normalized_set(tuple(values)) == expected


@pytest.mark.parametrize("digits", [1, 299, 300, 301, 4400])
def test_long_integers_read_the_same_without_the_patterns(digits: int) -> None:
    text = "9" * digits
    fast, slow = scalars.resolve_plain(text), scalars.resolve_by_patterns(text)
    assert (type(fast), fast) == (type(slow), slow)
    assert isinstance(fast, int) == (digits <= 300)
