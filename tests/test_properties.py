"""Properties over generated maquettes: no exception, positions inside the file, determinism."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lp_lint.reading.lines import split_lines
from lp_lint.reports import FileReport
from tests.conftest import Lint
from tests.strategies import dump, maquettes

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def inside(report: FileReport, text: str) -> bool:
    lines = split_lines(text)  # the file's lines as lp-lint numbers them (a lone CR ends one)
    for finding in report.findings:
        start, end = finding.span.start, finding.span.end
        if not (1 <= start.line <= len(lines) and 1 <= end.line <= len(lines)):
            return False
        if (start.line, start.column) > (end.line, end.column):
            return False
        if start.column > len(lines[start.line - 1]) + 1:
            return False
    return True


@pytest.mark.slow
@SETTINGS
@given(data=maquettes, flow=st.booleans())
def test_generated_maquettes_lint_cleanly_in_shape(
    lint: Lint, data: dict[str, Any], flow: bool
) -> None:
    text = dump(data, flow)
    report = lint(text)
    assert report.rules_applied, [f.text("fr") for f in report.findings]
    assert not report.internal_error
    assert inside(report, text)
    assert lint(text).findings == report.findings


@pytest.mark.slow
@SETTINGS
@given(data=maquettes, cut=st.integers(0, 10_000), noise=st.binary(max_size=8))
def test_damaged_maquettes_never_raise(
    lint: Lint, data: dict[str, Any], cut: int, noise: bytes
) -> None:
    raw = dump(data).encode()
    position = cut % (len(raw) + 1)
    damaged = raw[:position] + noise + raw[position + len(noise) :]
    report = lint(damaged)
    assert not report.internal_error
    text = damaged.decode("utf-8", errors="replace")
    assert inside(report, text)


@pytest.mark.slow
@SETTINGS
@given(data=maquettes)
def test_key_order_does_not_change_rule_findings(lint: Lint, data: dict[str, Any]) -> None:
    forward = dump(data)
    backward = dump(dict(reversed(list(data.items()))))
    first, second = lint(forward), lint(backward)
    assert sorted((f.rule_id, f.path, f.text("fr")) for f in first.findings) == sorted(
        (f.rule_id, f.path, f.text("fr")) for f in second.findings
    )


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(["0701", "08", "6,5", "NO", "oui", "12:30", "1.10", ".inf", "~"]),
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*prefix, index))
    return found


def _mutate(data: dict[str, Any], path: tuple[Any, ...], how: str, replacement: Any) -> None:
    parent: Any = data
    for part in path[:-1]:
        parent = parent[part]
    last = path[-1]
    if how == "delete":
        del parent[last]
    elif how == "replace":
        parent[last] = replacement
    elif how == "wrap":
        parent[last] = [parent[last]]
    else:
        parent[last] = {"inconnu": parent[last]}


@pytest.mark.slow
@settings(
    max_examples=600, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=maquettes, choice=st.data())
def test_mutated_maquettes_give_positioned_findings(
    lint: Lint, data: dict[str, Any], choice: st.DataObject
) -> None:
    """Deleted keys, wrong types, random scalars, reshaped structure: findings, never exceptions."""
    paths = _paths(data)
    path = choice.draw(st.sampled_from(paths))
    how = choice.draw(st.sampled_from(["delete", "replace", "wrap", "nest"]))
    _mutate(data, path, how, choice.draw(scalars))
    text = dump(data)
    report = lint(text)
    assert not report.internal_error
    assert inside(report, text)
    assert lint(text).findings == report.findings


@pytest.mark.slow
@settings(max_examples=150, deadline=None)
@given(raw=st.binary(max_size=300) | maquettes.map(lambda d: dump(d).encode()))
def test_the_command_exits_with_a_documented_code(raw: bytes) -> None:
    import tempfile

    from click.testing import CliRunner

    from lp_lint.cli.main import main

    with tempfile.TemporaryDirectory() as folder:
        path = f"{folder}/m.yaml"
        with open(path, "wb") as handle:
            handle.write(raw)
        result = CliRunner().invoke(main, ["--isolated", "--format", "json", path])
    assert result.exit_code in (0, 1), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
