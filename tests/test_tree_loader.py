"""libyaml's node tree, walked in Python, loads exactly what the event composer loads; deep or
unusual texts never reach it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from lp_lint.reading import loader, tree
from lp_lint.reading.loader import Limits, Loaded, load_yaml
from tests.conftest import ROOT
from tests.strategies import dump, maquettes

sys.path.insert(0, str(ROOT / "bench"))
from generate import write

REPOSITORY_FILES = sorted(
    [
        *(ROOT / "tests" / "adversarial").glob("*.yaml"),
        *(ROOT / "examples").rglob("*.yaml"),
        *(ROOT / "rules").rglob("cases/*.yaml"),
    ]
)


DEFAULT_LIMITS = Limits()


def both_ways(text: str, limits: Limits = DEFAULT_LIMITS) -> tuple[Loaded, Loaded]:
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(loader, "FAST_TREE", False)
        events = load_yaml(text, limits)
    return events, load_yaml(text, limits)


def assert_same(events: Loaded, walked: Loaded) -> None:
    assert repr(walked.data) == repr(events.data)  # repr: 1, True and 1.0 told apart
    assert walked.source_map.entries == events.source_map.entries
    assert walked.findings == events.findings
    assert walked.nodes == events.nodes


def real_depth(text: str) -> int:
    """How deep collections nest, from the parser's events (no composing)."""
    depth = deepest = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            deepest = max(deepest, depth)
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return deepest


@pytest.mark.parametrize("path", REPOSITORY_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_repository_file_loads_alike(path: Path) -> None:
    assert_same(*both_ways(path.read_bytes().decode("utf-8", "replace")))


def test_generated_maquettes_take_the_tree_and_load_alike(tmp_path: Path) -> None:
    files = write(tmp_path / "s", 4, "S") + write(tmp_path / "m", 3, "M") + write(tmp_path, 1, "L")
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert tree.compose(text, 64, 200_000) is not None  # else the comparison proves nothing
        assert_same(*both_ways(text))


def test_most_examples_take_the_tree() -> None:
    examples = sorted((ROOT / "examples" / "maquettes").glob("*.yaml"))
    taken = [p for p in examples if tree.compose(p.read_text(encoding="utf-8"), 64, 200_000)]
    assert len(taken) >= len(examples) - 2 and len(taken) >= 3


@given(maquettes, st.booleans())
def test_generated_maquettes_load_alike(maquette: dict[str, object], flow: bool) -> None:
    assert_same(*both_ways(dump(maquette, flow)))


FRAGMENTS = st.sampled_from(
    [
        "a: 1\n",
        "a: 2\n",
        "b: &x {c: 2}\n",
        "d: !!str 0701\n",
        "e: !tag x\n",
        "f:\n  - 1\n  - [2,3]\n",
        "f2:\n- x\n- - y\n  - z\n",
        "g: {h: 4,5}\n",
        "i: 0701\n",
        "j: yes\n",
        "k: '12'\n",
        'k2: "<<"\n',
        "'<<': {l: 1}\n",
        "m: !!map {n: 1}\n",
        "? [p]\n: 1\n",
        "? q\n: 1\n",
        "!!str r: 1\n",
        "s: 1.5\n",
        "t: 2024-02-30\n",
        "u: [[[[[[[[[1]]]]]]]]]\n",
        "v: [w: [x: 1]]\n",
        'y: "x\\u2028y"\n',
        "z: x\u2028y\n",
        "aa: [1,\n",
        "--- \nbb: 1\n",
        "cc: ~\n",
        "dd: {ee: [ff, {gg: hh}], ii: !!int 3}\n",
        "jj:\n  - kk: 1\n    kk: 2\n",
        "ll: |\n  text\n  more\n",
        "mm: ! 12\n",
        "nn:\n",
        '"oo": "p"\n',
        "pp: &y 1\n",
        "qq: [&z 1, 2]\n",
    ]
)


@given(st.lists(FRAGMENTS, max_size=12), st.lists(st.integers(0, 40), max_size=3))
def test_odd_yaml_loads_alike(fragments: list[str], repeats: list[int]) -> None:
    text = "".join(fragments) + "".join(f"k{n}: [{', '.join(['1'] * n)}]\n" for n in repeats)
    assert_same(*both_ways(text))
    assert_same(*both_ways(text, Limits(max_depth=6, max_nodes=60)))


def nested(draw: Any, depth: int) -> Any:
    if depth == 0 or draw(st.integers(0, 3)) == 0:
        return draw(st.integers(0, 9) | st.sampled_from(["a", "b c", ""]))
    size = draw(st.integers(1, 3))
    if draw(st.booleans()):
        return [nested(draw, depth - 1) for _ in range(size)]
    return {f"k{i}": nested(draw, depth - 1) for i in range(size)}


@st.composite
def nested_texts(draw: Any, styles: tuple[bool | None, ...] = (False, True, None)) -> str:
    data = nested(draw, draw(st.integers(1, 12)))
    indent = draw(st.integers(2, 6))
    flow = draw(st.sampled_from(styles))
    text: str = yaml.safe_dump(
        data, default_flow_style=flow, indent=indent, width=draw(st.integers(20, 200))
    )
    return text


@st.composite
def written_otherwise(draw: Any, texts: st.SearchStrategy[str]) -> str:
    """A text with other line breaks, a byte-order mark, or a long line: the same nesting."""
    text = draw(texts)
    text = text.replace("\n", draw(st.sampled_from(["\n", "\r\n", "\r"])))
    if draw(st.booleans()):
        text = "\ufeff" + text
    if draw(st.booleans()):
        text += f"long: {'x' * draw(st.integers(200, 2000))}\n"
    return text


ANY_TEXT = written_otherwise(nested_texts() | st.lists(FRAGMENTS, min_size=1).map("".join))


@given(ANY_TEXT)
def test_the_depth_bound_bounds_every_text(text: str) -> None:
    try:
        depth = real_depth(text)
    except yaml.YAMLError:
        return
    assert tree.depth_bound(text) >= depth


@given(written_otherwise(nested_texts(styles=(False,))))
def test_indentation_alone_bounds_the_nesting_of_block_style(text: str) -> None:
    assert "[" not in text and "{" not in text
    try:
        depth = real_depth(text)
    except yaml.YAMLError:  # a document of one scalar, with a line after it
        return
    assert 2 * tree._furthest_block_start(text) + 2 >= depth


def test_long_lines_do_not_keep_a_file_from_the_tree() -> None:
    text = "a:\n  b: " + "mot " * 1000 + "\n  c:\n  - 1\n"
    assert tree.depth_bound(text) <= tree.SAFE_DEPTH
    assert tree.compose(text, 64, 200_000) is not None
    assert_same(*both_ways(text))


@given(nested_texts())
def test_nested_texts_load_alike(text: str) -> None:
    assert_same(*both_ways(text))
    assert_same(*both_ways(text, Limits(max_depth=5, max_nodes=10_000)))


def deep_block(levels: int) -> str:
    return "".join(f"{'  ' * i}k:\n" for i in range(levels)) + f"{'  ' * levels}v\n"


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 5000 + "]" * 5000 + "\n",
        "a: " + "{b: " * 3000 + "1" + "}" * 3000 + "\n",
        deep_block(300),
        "- " * 3000 + "x\n",
    ],
    ids=["flow-sequences", "flow-mappings", "block-mappings", "compact-sequences"],
)
def test_deep_nesting_never_reaches_the_c_composer(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_: object) -> None:
        raise AssertionError("the C composer was given a deep text")

    monkeypatch.setattr(tree, "_TreeParser", refuse)
    assert tree.compose(text, 64, 200_000) is None
    [finding] = load_yaml(text).findings  # the event composer's limit, or libyaml's own
    assert finding.rule_id in {"yaml-limit", "yaml-syntax"}


def test_a_text_within_the_bound_but_past_the_limit_is_reported_by_the_event_composer() -> None:
    text = deep_block(20)
    assert tree.depth_bound(text) <= tree.SAFE_DEPTH
    events, walked = both_ways(text, Limits(max_depth=10))
    assert_same(events, walked)
    assert [f.rule_id for f in walked.findings] == ["yaml-limit"]


@pytest.mark.parametrize(
    "text",
    ["a: &x 1\nb: *x\n", "a: !!str 1\n", "a: 1\na: 2\n", "<<: {a: 1}\n", "? [a]\n: 1\n", "", "x\n"],
)
def test_unusual_texts_are_left_to_the_event_composer(text: str) -> None:
    assert tree.compose(text, 64, 200_000) is None
    assert_same(*both_ways(text))


ALIASED = st.sampled_from(
    [
        "a: &x 1\nb: *x\n",
        "a: &x [1]\nb: [*x, *x]\n",
        "a: &x 1\nb: {c:*x}\n",
        "a: &x 1\nb: [?*x]\n",
        'a: &x 1\nb: {"c":*x}\n',
        "a: &x 1\nb:\n- *x\n",
        "a: &x 1\r*x : 2\r",
        "- &x 1\n- *x\n",
        "a: &x 1\n\ufeff*x : 2\n",
        "a: &x {b: 1}\nc:\n  <<: *x\n",
    ]
)
WORDS_WITH_STARS = st.sampled_from(["d: Bac+3*\n", "e: 2*3\n", "f: R*D et *x\n", "g: '*x'\n"])


@given(st.lists(ALIASED | WORDS_WITH_STARS | FRAGMENTS, min_size=1, max_size=6).map("".join))
def test_every_alias_is_seen_before_the_tree_is_built(text: str) -> None:
    try:
        events = list(yaml.parse(text, Loader=yaml.SafeLoader))
    except yaml.YAMLError:
        events = []
    if any(isinstance(event, yaml.AliasEvent) for event in events):
        assert tree.may_alias(text)
    assert_same(*both_ways(text))


def test_a_star_inside_a_word_does_not_keep_a_file_from_the_tree() -> None:
    text = "a: Bac+3*\nb: 2*3\nc: [x*y]\n"
    assert not tree.may_alias(text)
    assert tree.compose(text, 64, 200_000) is not None
    assert_same(*both_ways(text))
